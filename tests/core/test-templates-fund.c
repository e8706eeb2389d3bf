/* test-templates-fund.c — the templates for funders and policy, and the casebook, read as
 * documents: the involvement report, the monitoring figures, the practice casebook
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-application.h"
#include "insp-error.h"
#include "insp-template-private.h"
#include "insp-test-doc.h"
#include "insp-test-util.h"

#define PLANNER "37a9a82a-342a-472f-b942-7a2c48d1c5bc"

/* The people of the example workspace who did not consent to be named. */
static const char *const unnamed[] = { "Lotte", "Tom", "Yusuf", "Els" };

static void
assert_no_unnamed (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (unnamed); i++)
    {
      g_autofree char *pattern = g_strdup_printf ("\\b%s\\b", unnamed[i]);

      if (g_regex_match_simple (pattern, text, 0, 0))
        g_error ("“%s”, who did not consent to be named, appears in:\n%s", unnamed[i], text);
    }
}

/* The first table of the document's body. */
static InspDocBlock *
find_table (InspDocument *doc)
{
  InspDocBlock *body = insp_document_get_body (doc);

  for (guint i = 0; i < body->children->len; i++)
    {
      InspDocBlock *block = g_ptr_array_index (body->children, i);

      if (block->type == INSP_DOC_TABLE)
        return block;
    }
  return NULL;
}

static char *
dup_cell (InspDocBlock *table,
          guint         row,
          guint         column)
{
  InspDocBlock *block = g_ptr_array_index (table->children, row);

  return insp_doc_block_dup_plain (g_ptr_array_index (block->children, column));
}

/* The cell of @row in the column whose header is @name. */
static char *
dup_cell_by_name (InspDocBlock *table,
                  guint         row,
                  const char   *name)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      g_autofree char *header = dup_cell (table, 0, i);

      if (g_str_equal (header, name))
        return dup_cell (table, row, i);
    }
  g_error ("no column “%s”", name);
  return NULL;
}

static void
test_involvement_report (InspTestWorkspace *fixture,
                         gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "involvement-report",
                                                     PLANNER, NULL, NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  const InspTemplate *template = insp_template_lookup ("involvement-report", NULL);
  InspDocMeta *meta;

  g_assert_no_error (error);
  g_assert_true (template->per_application);
  g_assert_true (template->group == INSP_TEMPLATE_GROUP_FUNDERS);
  meta = insp_document_get_meta (doc);
  g_assert_cmpstr (meta->title, ==, "Employee involvement report");
  g_assert_cmpstr (meta->organisation, ==, "Vervoer Van Dyck nv");
  g_assert_cmpstr (meta->subtitle, ==, "AI rostering planner");
  g_assert_true (meta->title_page);

  headings = insp_test_doc_dup_headings (doc);
  g_assert_true (g_str_has_prefix (headings, "About this report\n"
                                             "The AI application\n"
                                             "Summary\n"
                                             "Phase by phase\n"
                                             "Needs identification and analysis\n"
                                             "Information session: a computer that "
                                             "makes our rosters?\n"));
  g_assert_nonnull (strstr (headings, "\nPilot\nTest week with the frontrunners\n"));
  g_assert_nonnull (strstr (headings, "\nContinuous improvement\n"));
  g_assert_true (g_str_has_suffix (headings, "Frontrunners\nSign-off\n"));

  text = insp_test_doc_dup_text (doc);
  /* The deliverable funders are asked to require, said in the introduction. */
  g_assert_nonnull (strstr (text, "subsidise"));
  /* Real activities, their level against the recommended one, the effort. */
  g_assert_nonnull (strstr (text, "Information session: a computer that makes our rosters?"));
  g_assert_nonnull (strstr (text, "Level reached: Inform, below the recommended Co-create"));
  g_assert_nonnull (strstr (text, "Test week with the frontrunners"));
  g_assert_nonnull (strstr (text, "hours of the participants and"));
  g_assert_nonnull (strstr (text, "\nRisk level (EU AI Act)|High risk\n"));
  /* Frontrunners who consented, by name. */
  g_assert_nonnull (strstr (text, "Bart"));
  g_assert_nonnull (strstr (text, "Nadia"));
  /* Someone who did not consent: by role and department only. */
  g_assert_nonnull (strstr (text, "End user, Planning"));
  g_assert_nonnull (strstr (text, "Pieter (Technical); Finance\n"));
  assert_no_unnamed (text);
  g_assert_null (strstr (text, "[to be completed: the AI application"));
}

static void
test_involvement_report_choice (InspTestWorkspace *fixture,
                                gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "involvement-report", NULL,
                                                     NULL, NULL, &error);

  /* Two applications: the report asks which one. */
  g_assert_null (doc);
  g_assert_error (error, INSP_ERROR, INSP_ERROR_USAGE);
  g_assert_nonnull (strstr (error->message, PLANNER));
}

static void
test_involvement_report_empty (InspTestWorkspace *fixture,
                               gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "involvement-report", NULL,
                                                     NULL, NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  InspDocMeta *meta;

  g_assert_no_error (error);
  meta = insp_document_get_meta (doc);
  g_assert_cmpstr (meta->organisation, ==, "[to be completed: the organisation’s name]");
  g_assert_cmpstr (meta->subtitle, ==, "[to be completed: the AI application]");

  headings = insp_test_doc_dup_headings (doc);
  g_assert_cmpstr (headings, ==, "About this report\nThe AI application\nPhase by phase\n"
                                 "Sign-off\n");
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "[to be completed: the AI application, its purpose and "
                                  "its risk level]"));
  g_assert_nonnull (strstr (text, "[to be completed: per phase, the activities planned and "
                                  "held to involve employees]"));
  g_assert_null (strstr (text, "Level reached"));
}

static void
test_monitoring (InspTestWorkspace *fixture,
                 gconstpointer      data)
{
  static const char *const header[] = {
    "row", "sector", "size_band", "country", "risk_level", "triggers", "intensity",
    "phase_reached", "level_needs", "level_decision", "level_pilot", "level_rollout",
    "level_improvement", "held_activities", "head_count", "participant_hours",
    "organiser_hours", "first_held_phase", "frontrunners", "vision_sections_agreed",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "monitoring", NULL, NULL,
                                                     NULL, &error);
  g_autoptr(GPtrArray) applications = NULL;
  const InspTemplate *template = insp_template_lookup ("monitoring", NULL);
  g_autofree char *text = NULL;
  InspDocBlock *table;
  guint planner = 0;

  g_assert_no_error (error);
  g_assert_false (template->per_application);
  g_assert_true (insp_template_supports (template, INSP_DOC_FORMAT_CSV, NULL));
  g_assert_false (insp_template_supports (template, INSP_DOC_FORMAT_PDF, NULL));

  /* One table and nothing else: a header row, then one row per application. */
  g_assert_cmpuint (insp_document_get_body (doc)->children->len, ==, 1);
  table = find_table (doc);
  g_assert_nonnull (table);
  g_assert_cmpuint (table->number, ==, 1);
  g_assert_cmpuint (table->n_columns, ==, G_N_ELEMENTS (header));
  g_assert_cmpuint (table->children->len, ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    {
      g_autofree char *cell = dup_cell (table, 0, i);

      g_assert_cmpstr (cell, ==, header[i]);
    }

  applications = insp_workspace_list_applications (fixture->workspace, NULL);
  for (guint i = 0; i < applications->len; i++)
    if (g_str_equal (insp_application_get_uuid (g_ptr_array_index (applications, i)),
                     PLANNER))
      planner = i + 1;
  g_assert_cmpuint (planner, >, 0);

  {
    static const struct { const char *column; const char *value; } expected[] = {
      { "sector", "Logistics and transport" },
      { "size_band", "medium" },
      { "country", "BE" },
      { "risk_level", "high" },
      { "triggers", "worker-data|takes-over-tasks|autonomous" },
      { "intensity", "high" },
      { "phase_reached", "rollout" },
      { "level_needs", "inform" },
      { "level_pilot", "co-create" },
      { "level_improvement", "" },
      { "first_held_phase", "needs" },
      { "frontrunners", "2" },
    };
    g_autofree char *row = g_strdup_printf ("%u", planner);
    g_autofree char *position = dup_cell_by_name (table, planner, "row");
    g_autofree char *held = dup_cell_by_name (table, planner, "held_activities");
    g_autofree char *hours = dup_cell_by_name (table, planner, "participant_hours");
    g_autofree char *agreed = dup_cell_by_name (table, planner, "vision_sections_agreed");

    g_assert_cmpstr (position, ==, row);
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autofree char *cell = dup_cell_by_name (table, planner, expected[i].column);

        g_assert_cmpstr (cell, ==, expected[i].value);
      }
    g_assert_cmpuint (g_ascii_strtoull (held, NULL, 10), >, 0);
    /* A plain number: digits and at most one '.'. */
    g_assert_true (g_regex_match_simple ("^[0-9]+(\\.[0-9]+)?$", hours, 0, 0));
    g_assert_true (g_regex_match_simple ("^[0-9]+$", agreed, 0, 0));
  }

  /* No names: not the organisation's, not the applications', not a person's. */
  text = insp_test_doc_dup_text (doc);
  g_assert_null (strstr (text, "Van Dyck"));
  g_assert_null (strstr (text, "AI rostering planner"));
  g_assert_null (strstr (text, "HR question chatbot"));
  g_assert_null (strstr (text, "Bart"));
  g_assert_null (strstr (text, "Nadia"));
  assert_no_unnamed (text);
  g_assert_null (strstr (text, "[to be completed"));
}

static void
test_monitoring_empty (InspTestWorkspace *fixture,
                       gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "monitoring", NULL, NULL,
                                                     NULL, &error);
  InspDocBlock *table;

  g_assert_no_error (error);
  table = find_table (doc);
  g_assert_nonnull (table);
  /* The header row only: nothing invented. */
  g_assert_cmpuint (table->children->len, ==, 1);
}

static void
test_casebook (InspTestWorkspace *fixture,
               gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "casebook", NULL, NULL,
                                                     NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  const InspTemplate *template = insp_template_lookup ("casebook", NULL);
  const char *good;
  const char *bad;

  g_assert_no_error (error);
  g_assert_true (template->group == INSP_TEMPLATE_GROUP_SHARING);
  g_assert_cmpstr (insp_document_get_meta (doc)->title, ==, "Practice casebook");
  g_assert_cmpstr (insp_document_get_meta (doc)->organisation, ==, "Vervoer Van Dyck nv");

  headings = insp_test_doc_dup_headings (doc);
  g_assert_true (g_str_has_prefix (headings, "About this casebook\nGood practices\n"));
  good = strstr (headings, "\nGood practices\n");
  bad = strstr (headings, "\nBad practices\n");
  g_assert_nonnull (bad);
  /* Each practice under its kind. */
  g_assert_true (strstr (headings, "Frontrunners test the planner on their own routes") > good);
  g_assert_true (strstr (headings, "Frontrunners test the planner on their own routes") < bad);
  g_assert_true (strstr (headings, "Handheld scanners introduced without consultation") > bad);

  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "Effect on workable work\n"));
  g_assert_nonnull (strstr (text, "Lessons learned\n"));
  g_assert_nonnull (strstr (text, "Sector: Wholesale and distribution"));
  g_assert_nonnull (strstr (text, "two experienced warehouse workers left"));
  g_assert_null (strstr (text, "[to be completed"));
  assert_no_unnamed (text);
}

static void
test_casebook_empty (InspTestWorkspace *fixture,
                     gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "casebook", NULL, NULL,
                                                     NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  headings = insp_test_doc_dup_headings (doc);
  g_assert_cmpstr (headings, ==, "About this casebook\nGood practices\nBad practices\n");
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "[to be completed: a good practice: "));
  g_assert_nonnull (strstr (text, "[to be completed: a bad practice: "));
  g_assert_null (strstr (text, "Lessons learned"));
}

static void
test_order (void)
{
  guint n;
  const InspTemplate *const *all = insp_template_list (&n);
  int report = -1, monitoring = -1, casebook = -1;

  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (all[i]->id, "involvement-report"))
        report = (int) i;
      else if (g_str_equal (all[i]->id, "monitoring"))
        monitoring = (int) i;
      else if (g_str_equal (all[i]->id, "casebook"))
        casebook = (int) i;
    }
  g_assert_cmpint (report, >=, 0);
  g_assert_cmpint (report, <, monitoring);
  g_assert_cmpint (monitoring, <, casebook);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates-fund/order", test_order);
  insp_test_add_workspace ("/templates-fund/involvement-report/example",
                           test_involvement_report, "en");
  insp_test_add_workspace ("/templates-fund/involvement-report/choice",
                           test_involvement_report_choice, "en");
  insp_test_add_workspace ("/templates-fund/involvement-report/empty",
                           test_involvement_report_empty, NULL);
  insp_test_add_workspace ("/templates-fund/monitoring/example", test_monitoring, "en");
  insp_test_add_workspace ("/templates-fund/monitoring/empty", test_monitoring_empty, NULL);
  insp_test_add_workspace ("/templates-fund/casebook/example", test_casebook, "en");
  insp_test_add_workspace ("/templates-fund/casebook/empty", test_casebook_empty, NULL);

  return g_test_run ();
}
