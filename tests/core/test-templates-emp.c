/* test-templates-emp.c — the templates for employees and the works council: the three
 * checklists, the employee guide and the complaints procedure, read as documents
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-organisation.h"
#include "insp-template-private.h"
#include "insp-test-doc.h"
#include "insp-test-util.h"

static InspDocument *
build (InspWorkspace *workspace,
       const char    *id)
{
  g_autoptr(GError) error = NULL;
  const InspTemplate *template = insp_template_lookup (id, &error);
  InspRenderOptions options = { NULL, NULL, NULL, "en" };
  InspDocument *doc;

  g_assert_no_error (error);
  g_assert_nonnull (template);
  g_assert_false (template->per_application);
  g_assert_true (insp_template_supports (template, INSP_DOC_FORMAT_PDF, NULL));
  g_assert_false (insp_template_supports (template, INSP_DOC_FORMAT_CSV, NULL));
  doc = insp_template_build (template, workspace, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

#define assert_contains(haystack, needle) \
  g_assert_nonnull (strstr ((haystack), (needle)))
#define assert_lacks(haystack, needle) \
  g_assert_null (strstr ((haystack), (needle)))

/* The persons of the example who did not consent to be named. */
static void
assert_no_unconsented_names (const char *text)
{
  assert_lacks (text, "Lotte");
  assert_lacks (text, "Tom");
  assert_lacks (text, "Yusuf");
  assert_lacks (text, "Els");
}

static void
test_registry (void)
{
  static const char *const ids[] = {
    "checklist-employees", "checklist-employers", "checklist-expected-questions",
    "complaints-procedure", "employee-guide",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const InspTemplate *template = insp_template_lookup (ids[i], NULL);

      g_assert_nonnull (template);
      g_assert_nonnull (template->name);
      g_assert_cmpuint (template->formats, ==, INSP_DOC_FORMATS_DOCUMENT);
      g_assert_true (template->group == INSP_TEMPLATE_GROUP_EMPLOYEES
                     || template->group == INSP_TEMPLATE_GROUP_WORKS_COUNCIL);
    }
  g_assert_true (insp_template_lookup ("employee-guide", NULL)->group
                 == INSP_TEMPLATE_GROUP_EMPLOYEES);
  g_assert_true (insp_template_lookup ("checklist-employers", NULL)->group
                 == INSP_TEMPLATE_GROUP_WORKS_COUNCIL);
}

static void
test_checklist_employees (InspTestWorkspace *fixture,
                          gconstpointer      data)
{
  g_autoptr(InspDocument) doc = build (fixture->workspace, "checklist-employees");
  g_autofree char *headings = insp_test_doc_dup_headings (doc);
  g_autofree char *text = insp_test_doc_dup_text (doc);
  InspDocMeta *meta = insp_document_get_meta (doc);

  g_assert_cmpstr (meta->title, ==, "Questions to ask about AI at work");
  g_assert_cmpstr (meta->organisation, ==, "Vervoer Van Dyck nv");
  g_assert_cmpstr (meta->status, ==, "Template — to adapt");
  assert_contains (headings, "Why and when to ask\n");
  assert_contains (headings, "Workload and work stress\n");
  assert_contains (headings, "Autonomy and control over your work\n");
  assert_contains (headings, "Job security\n");
  assert_contains (headings, "Privacy and surveillance\n");
  assert_contains (headings, "Health and safety\n");
  assert_contains (text, "AI rostering planner");
  assert_contains (text, "HR question chatbot");
  assert_lacks (text, "[to be completed");
  g_assert_cmpuint (insp_test_doc_count_blocks (insp_document_get_body (doc), INSP_DOC_CHECKLIST),
                    >=, 10);
  g_assert_cmpuint (insp_test_doc_count_blocks (insp_document_get_body (doc), INSP_DOC_CHECK_ITEM),
                    >=, 30);
  assert_no_unconsented_names (text);
}

static void
test_checklist_employers (InspTestWorkspace *fixture,
                          gconstpointer      data)
{
  g_autoptr(InspDocument) doc = build (fixture->workspace, "checklist-employers");
  g_autofree char *headings = insp_test_doc_dup_headings (doc);
  g_autofree char *text = insp_test_doc_dup_text (doc);

  g_assert_cmpstr (insp_document_get_meta (doc)->organisation, ==, "Vervoer Van Dyck nv");
  assert_contains (headings, "Why this application\n");
  assert_contains (headings, "Who is affected\n");
  assert_contains (headings, "Participation in every phase\n");
  assert_contains (headings, "The hidden work, budgeted\n");
  assert_contains (headings, "Questions for the vendor\n");
  assert_contains (headings, "Evaluation\n");
  assert_contains (headings, "The recommended minimum level per phase\n");
  /* The applications with their risk level and involvement. */
  assert_contains (text, "\nAI rostering planner|In use|High risk|High\n");
  /* The triage table: high involvement asks for collaboration in the pilot. */
  assert_contains (text, "High|Co-create|Co-create|Collaborate|Dialogue|Dialogue\n");
  assert_contains (text, "Article 26(7)");
  assert_no_unconsented_names (text);
}

static void
test_checklist_expected (InspTestWorkspace *fixture,
                         gconstpointer      data)
{
  g_autoptr(InspDocument) doc = build (fixture->workspace, "checklist-expected-questions");
  g_autofree char *headings = insp_test_doc_dup_headings (doc);
  g_autofree char *text = insp_test_doc_dup_text (doc);
  InspDocBlock *body = insp_document_get_body (doc);

  assert_contains (headings, "About my job\n");
  assert_contains (headings, "About my data and decisions about me\n");
  assert_contains (text, "Will my job disappear or change?");
  /* Every question has a field for its answer, and there is no checklist. */
  g_assert_cmpuint (insp_test_doc_count_blocks (body, INSP_DOC_FIELD), >=, 15);
  g_assert_cmpuint (insp_test_doc_count_blocks (body, INSP_DOC_CHECKLIST), ==, 0);
  assert_contains (text, "Our answer");
}

static void
test_employee_guide (InspTestWorkspace *fixture,
                     gconstpointer      data)
{
  g_autoptr(InspDocument) doc = build (fixture->workspace, "employee-guide");
  g_autofree char *headings = insp_test_doc_dup_headings (doc);
  g_autofree char *text = insp_test_doc_dup_text (doc);

  g_assert_cmpstr (insp_document_get_meta (doc)->organisation, ==, "Vervoer Van Dyck nv");
  assert_contains (headings, "The AI applications being introduced\n");
  assert_contains (headings, "The five phases of a track\n");
  assert_contains (headings, "How much say: the participation ladder\n");
  assert_contains (headings, "Who can help you\n");
  assert_contains (headings, "Your rights to information and consultation\n");
  assert_contains (headings, "How to ask for a say\n");
  assert_contains (headings, "Feedback and complaints\n");
  assert_contains (text, "Vervoer Van Dyck nv introduces AI applications");
  /* The applications and the phase each is in. */
  assert_contains (text, "AI rostering planner|Organisation-wide rollout (Ongoing)");
  assert_contains (text, "HR question chatbot|Needs identification and analysis (Ongoing)");
  /* The core's four levels. */
  assert_contains (text, "\nInform|");
  assert_contains (text, "\nDialogue|");
  assert_contains (text, "\nCo-create|");
  assert_contains (text, "\nCollaborate|");
  /* Frontrunners who consented, by name; works council members who did not, counted. */
  assert_contains (text, "Bart (Planning)");
  assert_contains (text, "Nadia (Warehouse)");
  assert_contains (text, "2 people, who prefer not to be named here");
  assert_no_unconsented_names (text);
  /* The vision's own words on feedback. */
  assert_contains (text, "Employees can give feedback on every AI application");
  assert_lacks (text, "what the AI vision says");
}

static void
test_complaints_procedure (InspTestWorkspace *fixture,
                           gconstpointer      data)
{
  g_autoptr(InspDocument) doc = build (fixture->workspace, "complaints-procedure");
  g_autofree char *headings = insp_test_doc_dup_headings (doc);
  g_autofree char *text = insp_test_doc_dup_text (doc);
  InspDocMeta *meta = insp_document_get_meta (doc);

  g_assert_cmpstr (meta->title, ==, "Feedback and complaints procedure");
  g_assert_cmpstr (meta->organisation, ==, "Vervoer Van Dyck nv");
  assert_contains (headings, "Purpose and scope\n");
  assert_contains (headings, "Who to contact\n");
  assert_contains (headings, "Channels\n");
  assert_contains (headings, "Time limits\n");
  assert_contains (headings, "How decisions are made\n");
  assert_contains (headings, "How decisions are reported\n");
  assert_contains (headings, "Follow-up\n");
  /* The channels the workspace's feedback came in through. */
  assert_contains (text, "Pilot feedback round\n");
  assert_contains (text, "Union delegation\n");
  assert_contains (text, "Via a frontrunner\n");
  /* What the organisation must fill in. */
  assert_contains (text, "[to be completed: name, function and how to reach them]");
  assert_contains (text, "[to be completed: number of working days]");
  /* Counts, not the complaints themselves. */
  assert_contains (text, "\nAI rostering planner|3|2|1\n");
  assert_lacks (text, "Antwerp ring");
  assert_contains (text, "Bart (Planning)");
  assert_no_unconsented_names (text);
  assert_contains (text, "A complaint about an AI application");
}

static void
test_empty (InspTestWorkspace *fixture,
            gconstpointer      data)
{
  static const char *const ids[] = {
    "checklist-employees", "checklist-employers", "checklist-expected-questions",
    "complaints-procedure", "employee-guide",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(InspDocument) doc = build (fixture->workspace, ids[i]);
      g_autofree char *text = insp_test_doc_dup_text (doc);
      InspDocMeta *meta = insp_document_get_meta (doc);

      g_test_message ("%s", ids[i]);
      g_assert_cmpstr (meta->organisation, ==, "[to be completed: the organisation’s name]");
      assert_lacks (text, "Vervoer Van Dyck");
      assert_lacks (text, "rostering");
      assert_lacks (text, "Bart");
      if (g_str_has_prefix (ids[i], "checklist-"))
        assert_contains (text, "[to be completed: the AI applications this is about]");
    }

  {
    g_autoptr(InspDocument) doc = build (fixture->workspace, "employee-guide");
    g_autofree char *text = insp_test_doc_dup_text (doc);

    assert_contains (text, "[to be completed: the organisation’s name] introduces AI");
    assert_contains (text, "[to be completed: the AI applications being introduced, and "
                           "their phase]");
    assert_contains (text, "[to be completed: the frontrunners]");
    assert_contains (text, "[to be completed: the members of the works council]");
    assert_contains (text, "[to be completed: which of these the organisation has]");
    assert_lacks (text, "Without a works council");
    assert_contains (text, "[to be completed: what the AI vision says under");
  }
  {
    g_autoptr(InspDocument) doc = build (fixture->workspace, "complaints-procedure");
    g_autofree char *text = insp_test_doc_dup_text (doc);

    assert_contains (text, "[to be completed: the AI applications this procedure covers]");
    assert_contains (text, "[to be completed: the channels for feedback and complaints]");
    assert_contains (text, "No AI application is recorded yet.");
    assert_contains (text, "[to be completed: the employees’ representatives: works council, "
                           "CPBW, union delegation]");
    assert_lacks (text, "a member of the works council;");
    assert_lacks (text, "Feedback so far came in");
  }
}

/* An organisation described as having no representatives: the guide says what then, and
 * names no works council. */
static void
test_no_representatives (InspTestWorkspace *fixture,
                         gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspOrganisation) organisation = insp_organisation_new ();
  g_autoptr(InspDocument) guide = NULL;
  g_autoptr(InspDocument) procedure = NULL;
  g_autofree char *guide_text = NULL;
  g_autofree char *procedure_text = NULL;

  insp_organisation_set_name (organisation, "Bakkerij Peeters");
  g_assert_true (insp_workspace_update_organisation (fixture->workspace, organisation,
                                                     &error));
  g_assert_no_error (error);

  guide = build (fixture->workspace, "employee-guide");
  guide_text = insp_test_doc_dup_text (guide);
  assert_contains (guide_text, "Bakkerij Peeters introduces AI applications");
  assert_contains (guide_text, "Without a works council, CPBW or union delegation");
  assert_lacks (guide_text, "Members of the works council");
  assert_lacks (guide_text, "which of these the organisation has");

  procedure = build (fixture->workspace, "complaints-procedure");
  procedure_text = insp_test_doc_dup_text (procedure);
  assert_lacks (procedure_text, "a member of the works council;");
  assert_lacks (procedure_text, "the employees’ representatives: works council");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates-emp/registry", test_registry);
  insp_test_add_workspace ("/templates-emp/checklist-employees", test_checklist_employees,
                           "en");
  insp_test_add_workspace ("/templates-emp/checklist-employers", test_checklist_employers,
                           "en");
  insp_test_add_workspace ("/templates-emp/checklist-expected", test_checklist_expected, "en");
  insp_test_add_workspace ("/templates-emp/employee-guide", test_employee_guide, "en");
  insp_test_add_workspace ("/templates-emp/complaints-procedure", test_complaints_procedure,
                           "en");
  insp_test_add_workspace ("/templates-emp/empty", test_empty, NULL);
  insp_test_add_workspace ("/templates-emp/no-representatives", test_no_representatives, NULL);
  return g_test_run ();
}
