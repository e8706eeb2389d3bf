/* test-templates-vendor.c — the templates for the vendor and the works council's agreements,
 * read as documents
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-error.h"
#include "insp-person.h"
#include "insp-template-private.h"
#include "insp-test-doc.h"
#include "insp-test-util.h"
#include "insp-vendor.h"

#define PLANNER "37a9a82a-342a-472f-b942-7a2c48d1c5bc"
#define CHATBOT "0fb240ac-31db-4ae3-9079-12dabaacf850"

/* The widest table's number of columns. */
static guint
max_columns (InspDocBlock *block)
{
  guint n = block->type == INSP_DOC_TABLE ? block->n_columns : 0;

  if (block->children != NULL)
    for (guint i = 0; i < block->children->len; i++)
      n = MAX (n, max_columns (g_ptr_array_index (block->children, i)));
  return n;
}

/* No person who did not consent to be named appears by name. */
static void
assert_no_unnamed_persons (InspWorkspace *workspace,
                           const char    *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) persons = insp_workspace_list_persons (workspace, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < persons->len; i++)
    {
      InspPerson *person = g_ptr_array_index (persons, i);
      g_autofree char *escaped = NULL;
      g_autofree char *pattern = NULL;

      if (insp_person_get_consent_named (person))
        continue;
      escaped = g_regex_escape_string (insp_person_get_name (person), -1);
      pattern = g_strdup_printf ("\\b%s\\b", escaped);
      g_assert_false (g_regex_match_simple (pattern, text, 0, 0));
    }
}

static void
test_registry (void)
{
  static const char *const ids[] = {
    "vendor-questionnaire", "vendor-assessment", "agreement-collective", "agreement-pilot",
    "charter",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const InspTemplate *template = insp_template_lookup (ids[i], NULL);

      g_assert_nonnull (template);
      g_assert_cmpuint (template->formats, ==, INSP_DOC_FORMATS_DOCUMENT);
      g_assert_cmpint (template->group, ==, i < 2 ? INSP_TEMPLATE_GROUP_VENDOR
                                                  : INSP_TEMPLATE_GROUP_WORKS_COUNCIL);
      g_assert_cmpint (template->per_application, ==,
                       i < 2 || g_str_equal (ids[i], "agreement-pilot"));
      g_assert_nonnull (insp_template_get_name (template));
    }
}

static void
test_questionnaire_example (InspTestWorkspace *fixture,
                            gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "vendor-questionnaire",
                                                     PLANNER, NULL, NULL, &error);
  g_autoptr(InspDocument) none = NULL;
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  InspDocMeta *meta;
  guint n_builtin;

  g_assert_no_error (error);
  meta = insp_document_get_meta (doc);
  g_assert_cmpstr (meta->title, ==, "Questionnaire for the AI vendor");
  g_assert_cmpstr (meta->organisation, ==, "Vervoer Van Dyck nv");
  g_assert_cmpstr (meta->subtitle, ==, "AI rostering planner");
  g_assert_true (meta->title_page);

  headings = insp_test_doc_dup_headings (doc);
  g_assert_cmpstr (headings, ==,
                   "Why we ask these questions\n"
                   "The application and the vendor\n"
                   "Effectiveness\n"
                   "Reliability and robustness\n"
                   "Data quality\n"
                   "Built-in ethical checks\n"
                   "Lawfulness\n"
                   "Answered by\n");

  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "Vervoer Van Dyck nv is considering the AI application"));
  g_assert_nonnull (strstr (text, "remains responsible"));
  g_assert_nonnull (strstr (text, "AI application|AI rostering planner\n"));
  g_assert_nonnull (strstr (text, "1. What evidence shows that the application does what it "
                                  "promises"));
  /* The application's own questions, once each, after the built-in ones of their group. */
  g_assert_nonnull (strstr (text, "Our own questions about this application"));
  g_assert_nonnull (strstr (text, "3. In which situations does the application work less "
                                  "well, or should it not be used?\n"
                                  "Our own questions about this application\n"
                                  "4. How does the planner deal with traffic, loading and "
                                  "waiting times that are not in the data?\n"));
  /* A built-in question two vendors were asked is asked once. */
  g_assert_true (strstr (text, "What evidence shows") == g_strrstr (text, "What evidence "
                                                                          "shows"));
  /* No answers of the vendors in the blank questionnaire. */
  g_assert_null (strstr (text, "reference customer in transport"));

  insp_vendor_get_builtin_questions (&n_builtin);
  /* every question, three about the vendor, three to sign */
  g_assert_cmpuint (insp_test_doc_count_blocks (insp_document_get_body (doc), INSP_DOC_FIELD), >,
                    n_builtin + 6);

  /* Two applications: the template asks which. */
  none = insp_test_doc_build (fixture->workspace, "vendor-questionnaire", NULL, NULL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, INSP_ERROR, INSP_ERROR_USAGE);
}

static void
test_questionnaire_empty (InspTestWorkspace *fixture,
                          gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "vendor-questionnaire",
                                                     NULL, NULL, NULL, &error);
  g_autofree char *text = NULL;
  guint n_builtin;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (insp_document_get_meta (doc)->organisation,
                                   "[to be completed"));
  g_assert_null (insp_document_get_meta (doc)->subtitle);
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "The organisation is considering the AI application"));
  g_assert_nonnull (strstr (text, "[to be completed: the AI application’s name]"));
  g_assert_nonnull (strstr (text, "[to be completed: what the application is for]"));
  g_assert_null (strstr (text, "Our own questions"));
  insp_vendor_get_builtin_questions (&n_builtin);
  g_assert_cmpuint (insp_test_doc_count_blocks (insp_document_get_body (doc), INSP_DOC_FIELD), ==,
                    n_builtin + 6);
}

static void
test_assessment_example (InspTestWorkspace *fixture,
                         gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "vendor-assessment",
                                                     PLANNER, NULL, NULL, &error);
  g_autoptr(InspDocument) chatbot = NULL;
  g_autoptr(InspVendor) vendor = NULL;
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (insp_document_get_meta (doc)->title, ==, "Vendor assessment");
  g_assert_cmpstr (insp_document_get_meta (doc)->organisation, ==, "Vervoer Van Dyck nv");
  g_assert_cmpstr (insp_document_get_meta (doc)->subtitle, ==, "AI rostering planner");

  headings = insp_test_doc_dup_headings (doc);
  g_assert_cmpstr (headings, ==,
                   "About this assessment\n"
                   "Summary\n"
                   "Notes on the vendors\n"
                   "Effectiveness\n"
                   "Reliability and robustness\n"
                   "Data quality\n"
                   "Built-in ethical checks\n"
                   "Lawfulness\n");

  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "Vendor chosen: Kwadrant Planning bv\n"));
  /* The count of ratings per vendor. */
  g_assert_nonnull (strstr (text, "Vendor|Satisfactory|Partly satisfactory|Unsatisfactory|"
                                  "Unanswered\n"));
  g_assert_nonnull (strstr (text, "Kwadrant Planning bv|3|3|1|3\n"));
  g_assert_nonnull (strstr (text, "Rotaflow sa|1|1|1|2\n"));
  g_assert_nonnull (strstr (text, "Rotaflow sa: Not chosen"));
  /* Both vendors side by side: a column each. */
  g_assert_cmpuint (max_columns (insp_document_get_body (doc)), ==, 5);
  g_assert_nonnull (strstr (text, "Question|Kwadrant Planning bv|Rotaflow sa\n"));
  g_assert_nonnull (strstr (text, "Satisfactory\nAt a reference customer in transport"));
  g_assert_nonnull (strstr (text, "Follow-up: Call the reference customer ourselves."));
  g_assert_nonnull (strstr (text, "Not asked"));
  g_assert_null (strstr (text, "[to be completed"));

  /* An application without vendors: the questions as a form to fill in. */
  chatbot = insp_test_doc_build (fixture->workspace, "vendor-assessment", CHATBOT, NULL, NULL,
                                 &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = insp_test_doc_dup_text (chatbot);
  g_assert_nonnull (strstr (text, "No vendor has been asked yet. [to be completed: the "
                                  "vendors asked"));
  g_assert_nonnull (strstr (text, "Question|Answer|Rating|Follow-up\n"));
  g_assert_nonnull (strstr (text, "HR question chatbot"));

  /* One vendor: its answer, rating and follow-up in columns of their own. */
  vendor = insp_vendor_new ();
  vendor->name = g_strdup ("Chatwise bv");
  g_assert_true (insp_workspace_add_vendor (fixture->workspace, CHATBOT, vendor, &error));
  g_assert_no_error (error);
  g_clear_pointer (&chatbot, insp_document_free);
  chatbot = insp_test_doc_build (fixture->workspace, "vendor-assessment", CHATBOT, NULL, NULL,
                                 &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = insp_test_doc_dup_text (chatbot);
  g_assert_nonnull (strstr (text, "Chatwise bv|0|0|0|17\n"));
  g_assert_nonnull (strstr (text, "Question|Answer|Rating|Follow-up\n"
                                  "What evidence shows that the application does what it "
                                  "promises, at organisations like ours?||Unanswered|\n"));
  g_assert_cmpuint (max_columns (insp_document_get_body (chatbot)), ==, 5);
  g_assert_null (strstr (text, "No vendor has been asked yet."));
}

static void
test_assessment_empty (InspTestWorkspace *fixture,
                       gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "vendor-assessment", NULL,
                                                     NULL, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "[to be completed: the AI application’s name]"));
  g_assert_nonnull (strstr (text, "[to be completed: the vendors asked"));
  g_assert_nonnull (strstr (text, "Can a person always check, change or overrule"));
  g_assert_null (strstr (text, "Summary"));
}

static void
test_collective (InspTestWorkspace *fixture,
                 gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "agreement-collective",
                                                     NULL, NULL, NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  gboolean example = data != NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (insp_document_get_meta (doc)->title, ==,
                   "Agreement on algorithmic and automated decision systems");
  g_assert_cmpstr (insp_document_get_meta (doc)->status, ==,
                   "Template — to adapt and negotiate");

  headings = insp_test_doc_dup_headings (doc);
  g_assert_cmpstr (headings, ==,
                   "Parties\n"
                   "Article 1. Scope and definitions\n"
                   "Article 2. Information and consultation before introduction\n"
                   "Article 3. Limits on data collection and surveillance\n"
                   "Article 4. Human review and the right to explanation and to contest\n"
                   "Article 5. No fully automated decisions on hiring, discipline or "
                   "dismissal\n"
                   "Article 6. Training\n"
                   "Article 7. Job security and redeployment\n"
                   "Article 8. Joint evaluation committee\n"
                   "Article 9. Data access for the employees’ representatives\n"
                   "Article 10. Dispute procedure\n"
                   "Article 11. Duration and evaluation\n"
                   "Signatures\n");

  text = insp_test_doc_dup_text (doc);
  g_assert_cmpuint (insp_test_doc_count_blocks (insp_document_get_body (doc), INSP_DOC_FIELD),
                    ==, 2);
  g_assert_nonnull (strstr (text, "represented by [to be completed: the name and function"));
  g_assert_nonnull (strstr (text, "within [to be completed: the number of working days] "
                                  "working days."));
  if (example)
    {
      g_assert_cmpstr (insp_document_get_meta (doc)->organisation, ==, "Vervoer Van Dyck nv");
      g_assert_nonnull (strstr (text, "\nVervoer Van Dyck nv, hereinafter “the employer”"));
      g_assert_nonnull (strstr (text, "the employees’ representatives (works council, "
                                      "prevention committee, union delegation)"));
      g_assert_nonnull (strstr (text, "the employees of Vervoer Van Dyck nv."));
      assert_no_unnamed_persons (fixture->workspace, text);
    }
  else
    {
      g_assert_nonnull (strstr (text, "[to be completed: the organisation’s name], "
                                      "hereinafter"));
      g_assert_nonnull (strstr (text, "([to be completed: the representative bodies])"));
    }
}

static void
test_pilot_example (InspTestWorkspace *fixture,
                    gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "agreement-pilot", PLANNER,
                                                     NULL, NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (insp_document_get_meta (doc)->title, ==, "Framework agreement for a pilot");
  g_assert_cmpstr (insp_document_get_meta (doc)->subtitle, ==, "AI rostering planner");
  g_assert_cmpstr (insp_document_get_meta (doc)->organisation, ==, "Vervoer Van Dyck nv");

  headings = insp_test_doc_dup_headings (doc);
  g_assert_cmpstr (headings, ==,
                   "Parties\n"
                   "Article 1. Scope\n"
                   "Article 2. Duration\n"
                   "Article 3. Participants\n"
                   "Article 4. Data\n"
                   "Article 5. Evaluation criteria\n"
                   "Article 6. Right to stop\n"
                   "Article 7. After the pilot\n"
                   "Signatures\n");

  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "to try out the AI application “AI rostering planner” in a "
                                  "pilot"));
  g_assert_nonnull (strstr (text, "Proposes weekly rosters for drivers"));
  g_assert_nonnull (strstr (text, "supplied by: Kwadrant Planning bv.\n"));
  g_assert_nonnull (strstr (text, "The pilot runs from 7 April 2026 to 8 May 2026."));
  g_assert_nonnull (strstr (text, "take part in the pilot: HR, Technical staff, End users, "
                                  "Employee representatives.\n"));
  g_assert_nonnull (strstr (text, "Availability entered by employees (days and shifts they "
                                  "can work)|Plan people only when they are available|"
                                  "12 months, then deleted|"));
  g_assert_nonnull (strstr (text, "\nWork stress\n"));
  g_assert_nonnull (strstr (text, "\nPhysical working conditions\n"));
  g_assert_nonnull (strstr (text, "[to be completed: the criteria of success"));
  assert_no_unnamed_persons (fixture->workspace, text);

  /* A second round of the pilot: each round's dates. */
  g_assert_cmpuint (insp_workspace_add_pilot_round (fixture->workspace, PLANNER, &error), ==, 2);
  g_assert_no_error (error);
  g_clear_pointer (&doc, insp_document_free);
  g_clear_pointer (&text, g_free);
  doc = insp_test_doc_build (fixture->workspace, "agreement-pilot", PLANNER, NULL, NULL, &error);
  g_assert_no_error (error);
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "Round 1 of the pilot runs from 7 April 2026 to 8 May 2026."));
  g_assert_nonnull (strstr (text, "Round 2 of the pilot runs from [to be completed: the start "
                                  "date] to [to be completed: the end date]."));

  /* The chatbot has no pilot yet: blanks for its dates, groups and data. */
  g_clear_pointer (&doc, insp_document_free);
  g_clear_pointer (&text, g_free);
  doc = insp_test_doc_build (fixture->workspace, "agreement-pilot", CHATBOT, NULL, NULL, &error);
  g_assert_no_error (error);
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "The pilot runs from [to be completed: the start date] to "
                                  "[to be completed: the end date]."));
  g_assert_nonnull (strstr (text, "[to be completed: the groups that take part]"));
  g_assert_nonnull (strstr (text, "[to be completed: the vendor or the team that builds it]."));
}

static void
test_pilot_empty (InspTestWorkspace *fixture,
                  gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "agreement-pilot", NULL,
                                                     NULL, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_null (insp_document_get_meta (doc)->subtitle);
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "“[to be completed: the AI application’s name]”"));
  g_assert_nonnull (strstr (text, "[to be completed: the start date]"));
  g_assert_nonnull (strstr (text, "[to be completed: the groups that take part]"));
  g_assert_nonnull (strstr (text, "[to be completed: the data the application uses]"));
  g_assert_nonnull (strstr (text, "\nWork stress\n"));
}

static void
test_charter (InspTestWorkspace *fixture,
              gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "charter", NULL, NULL,
                                                     NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (insp_document_get_meta (doc)->title, ==,
                   "Charter for involving employees in AI");
  headings = insp_test_doc_dup_headings (doc);
  g_assert_cmpstr (headings, ==,
                   "Preamble\nCommitments\nKeeping the commitments\nSignatures\n");
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "Involvement from the start\n"));
  g_assert_nonnull (strstr (text, "More involvement where the risk is higher\n"));
  g_assert_nonnull (strstr (text, "Hidden work budgeted\n"));
  g_assert_nonnull (strstr (text, "The vendor questioned\n"));
  g_assert_nonnull (strstr (text, "A vision written together\n"));
  g_assert_cmpuint (insp_test_doc_count_blocks (insp_document_get_body (doc), INSP_DOC_FIELD),
                    ==, 3);
  g_assert_nonnull (strstr (text, "Signed in [to be completed: place] on [to be completed: "
                                  "date]."));
  if (data != NULL)
    {
      g_assert_nonnull (strstr (text, "Vervoer Van Dyck nv introduces AI at work."));
      g_assert_nonnull (strstr (text, "Vervoer Van Dyck nv commits itself"));
      assert_no_unnamed_persons (fixture->workspace, text);
    }
  else
    {
      g_assert_nonnull (strstr (text, "[to be completed: the organisation’s name] introduces "
                                      "AI"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates-vendor/registry", test_registry);
  insp_test_add_workspace ("/templates-vendor/questionnaire/example",
                           test_questionnaire_example, "en");
  insp_test_add_workspace ("/templates-vendor/questionnaire/empty",
                           test_questionnaire_empty, NULL);
  insp_test_add_workspace ("/templates-vendor/assessment/example",
                           test_assessment_example, "en");
  insp_test_add_workspace ("/templates-vendor/assessment/empty", test_assessment_empty, NULL);
  insp_test_add_workspace ("/templates-vendor/collective/example", test_collective, "en");
  insp_test_add_workspace ("/templates-vendor/collective/empty", test_collective, NULL);
  insp_test_add_workspace ("/templates-vendor/pilot/example", test_pilot_example, "en");
  insp_test_add_workspace ("/templates-vendor/pilot/empty", test_pilot_empty, NULL);
  insp_test_add_workspace ("/templates-vendor/charter/example", test_charter, "en");
  insp_test_add_workspace ("/templates-vendor/charter/empty", test_charter, NULL);

  return g_test_run ();
}
