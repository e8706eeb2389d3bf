/* test-guidance.c — the thirteen guidance rules: for each, a case that raises it and a near
 * case that does not; their order; an organisation that follows the paper raises none
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-action.h"
#include "insp-application.h"
#include "insp-assessment.h"
#include "insp-group.h"
#include "insp-guidance.h"
#include "insp-person.h"
#include "insp-section.h"
#include "insp-test-util.h"
#include "insp-workspace-private.h"

typedef InspTestWorkspace Fixture;

#define TODAY "2026-11-28"

static char *
add_application (Fixture    *fixture,
                 const char *risk,
                 const char *triggers,
                 const char *make_or_buy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = insp_application_new ();
  g_auto(GStrv) list = g_strsplit (triggers, ",", -1);

  insp_application_set_name (application, "Planner");
  insp_application_set_risk_level (application, risk);
  insp_application_set_triggers (application,
                                 triggers[0] != '\0' ? (const char * const *) list : NULL);
  insp_application_set_make_or_buy (application, make_or_buy);
  g_assert_true (insp_workspace_save_application (fixture->workspace, application, &error));
  g_assert_no_error (error);
  return g_strdup (insp_application_get_uuid (application));
}

static void
set_status (Fixture    *fixture,
            const char *app,
            const char *phase,
            const char *status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (insp_workspace_set_phase_status (fixture->workspace, app, phase, 1, status,
                                                  &error));
  g_assert_no_error (error);
}

static void
add_held (Fixture    *fixture,
          const char *app,
          const char *phase,
          const char *level,
          const char *date,
          const char *topic)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspActivity) activity = insp_activity_new ();
  const char *topics[] = { topic, NULL };

  insp_activity_set_title (activity, "Session");
  insp_activity_set_level (activity, level);
  insp_activity_set_held (activity, date != NULL);
  insp_activity_set_date (activity, date);
  insp_activity_set_topics (activity, topic != NULL ? topics : NULL);
  g_assert_true (insp_workspace_save_activity (fixture->workspace, app, phase, 1, activity,
                                               &error));
  g_assert_no_error (error);
}

static const char *
group_uuid (Fixture    *fixture,
            const char *key)
{
  g_autoptr(GPtrArray) groups = insp_workspace_list_groups (fixture->workspace, NULL);

  for (guint i = 0; i < groups->len; i++)
    if (g_str_equal (insp_group_get_key (g_ptr_array_index (groups, i)), key))
      return g_intern_string (insp_group_get_uuid (g_ptr_array_index (groups, i)));
  g_assert_not_reached ();
  return NULL;
}

static void
assess (Fixture    *fixture,
        const char *app,
        const char *key,
        const char *date,
        int         workload)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspAssessment) assessment = insp_assessment_new ();

  insp_assessment_set_group (assessment, group_uuid (fixture, key));
  insp_assessment_set_date (assessment, date);
  insp_assessment_set_score (assessment, "workload", workload, NULL, NULL);
  g_assert_true (insp_workspace_save_assessment (fixture->workspace, app, assessment, &error));
  g_assert_no_error (error);
}

static void
run_sql (Fixture    *fixture,
         const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (insp_store_exec (_insp_workspace_get_store (fixture->workspace), sql,
                                  &error));
  g_assert_no_error (error);
}

/* The identifiers of the flags raised, joined with spaces: those about @app, or all. */
static char *
flags_of (Fixture    *fixture,
          const char *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) flags = insp_workspace_list_flags (fixture->workspace, TODAY, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < flags->len; i++)
    {
      InspFlag *flag = g_ptr_array_index (flags, i);

      if (app != NULL && g_strcmp0 (flag->application, app) != 0)
        continue;
      g_assert_nonnull (flag->message);
      g_assert_cmpuint (strlen (flag->message), >, 40);
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", flag->id);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
raises (Fixture    *fixture,
        const char *app,
        const char *id)
{
  g_autofree char *flags = flags_of (fixture, app);
  g_auto(GStrv) ids = g_strsplit (flags, " ", -1);

  return g_strv_contains ((const char * const *) ids, id);
}

static void
test_prohibited (Fixture *fixture, gconstpointer data)
{
  g_autofree char *stop = add_application (fixture, "unacceptable", "worker-data", "buy");
  g_autofree char *high = add_application (fixture, "high", "", "buy");
  g_autofree char *flags = flags_of (fixture, stop);

  /* Only its own flag: the rest of the advice is beside the point. */
  g_assert_cmpstr (flags, ==, "prohibited-system");
  g_assert_false (raises (fixture, high, "prohibited-system"));
}

static void
test_involvement_recommended (Fixture *fixture, gconstpointer data)
{
  g_autofree char *app = add_application (fixture, "limited", "", "make");
  g_autofree char *none = add_application (fixture, "minimal", "", "make");

  g_assert_true (raises (fixture, app, "involvement-recommended"));
  g_assert_false (raises (fixture, none, "involvement-recommended"));
  add_held (fixture, app, "needs", "inform", NULL, NULL);   /* planned is enough */
  g_assert_false (raises (fixture, app, "involvement-recommended"));
}

static void
test_level_below (Fixture *fixture, gconstpointer data)
{
  /* High intensity: the pilot needs "collaborate". */
  g_autofree char *app = add_application (fixture, "high", "", "make");
  g_autoptr(GPtrArray) flags = NULL;
  InspFlag *flag = NULL;

  add_held (fixture, app, "pilot", "co-create", "2026-05-01", NULL);
  g_assert_false (raises (fixture, app, "level-below-recommended"));   /* not started */
  set_status (fixture, app, "pilot", "ongoing");
  g_assert_true (raises (fixture, app, "level-below-recommended"));
  flags = insp_workspace_list_flags (fixture->workspace, TODAY, NULL);
  for (guint i = 0; i < flags->len; i++)
    if (g_str_equal (((InspFlag *) g_ptr_array_index (flags, i))->id,
                     "level-below-recommended"))
      flag = g_ptr_array_index (flags, i);
  g_assert_cmpstr (flag->subject_type, ==, "phase");
  g_assert_cmpstr (flag->phase, ==, "pilot");
  g_assert_cmpstr (flag->application, ==, app);
  g_assert_nonnull (strstr (flag->message, "Collaborate"));
  add_held (fixture, app, "pilot", "collaborate", "2026-05-10", NULL);
  g_assert_false (raises (fixture, app, "level-below-recommended"));
}

static void
test_late_involvement (Fixture *fixture, gconstpointer data)
{
  g_autofree char *app = add_application (fixture, "limited", "", "make");

  add_held (fixture, app, "rollout", "inform", "2026-09-01", NULL);
  add_held (fixture, app, "pilot", "dialogue", NULL, NULL);    /* planned only */
  g_assert_false (raises (fixture, app, "late-involvement"));
  set_status (fixture, app, "rollout", "ongoing");
  g_assert_true (raises (fixture, app, "late-involvement"));
  add_held (fixture, app, "decision", "dialogue", "2026-03-01", NULL);
  g_assert_false (raises (fixture, app, "late-involvement"));
}

static void
test_rollout_without_pilot (Fixture *fixture, gconstpointer data)
{
  g_autofree char *app = add_application (fixture, "minimal", "", "make");

  set_status (fixture, app, "pilot", "ongoing");
  g_assert_false (raises (fixture, app, "rollout-without-pilot"));
  set_status (fixture, app, "rollout", "done");
  g_assert_true (raises (fixture, app, "rollout-without-pilot"));
  set_status (fixture, app, "pilot", "done");
  g_assert_false (raises (fixture, app, "rollout-without-pilot"));
}

static void
test_continuous_involvement (Fixture *fixture, gconstpointer data)
{
  g_autofree char *app = add_application (fixture, "minimal", "", "make");

  set_status (fixture, app, "rollout", "ongoing");
  g_assert_false (raises (fixture, app, "no-continuous-involvement"));
  set_status (fixture, app, "rollout", "done");
  add_held (fixture, app, "improvement", "dialogue", "2026-05-31", NULL);  /* 181 days */
  g_assert_true (raises (fixture, app, "no-continuous-involvement"));
  add_held (fixture, app, "improvement", "dialogue", "2026-06-01", NULL);  /* 180 days */
  g_assert_false (raises (fixture, app, "no-continuous-involvement"));
}

static void
test_frontrunner (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  /* limited + one trigger: medium. limited alone: low. */
  g_autofree char *medium = add_application (fixture, "limited", "interacts", "make");
  g_autofree char *low = add_application (fixture, "limited", "", "make");
  g_autoptr(InspPerson) anna = insp_person_new ();

  g_assert_true (raises (fixture, medium, "no-frontrunner"));
  g_assert_false (raises (fixture, low, "no-frontrunner"));
  insp_person_set_name (anna, "Anna");
  g_assert_true (insp_workspace_save_person (fixture->workspace, anna, &error));
  g_assert_true (insp_workspace_link_person (fixture->workspace, medium,
                                             insp_person_get_uuid (anna), "frontrunner",
                                             "Tests the rosters", &error));
  g_assert_no_error (error);
  g_assert_false (raises (fixture, medium, "no-frontrunner"));
}

static void
test_employee_impact_view (Fixture *fixture, gconstpointer data)
{
  g_autofree char *app = add_application (fixture, "limited", "", "make");
  g_autofree char *none = add_application (fixture, "minimal", "", "make");

  g_assert_false (raises (fixture, none, "no-employee-impact-view"));
  assess (fixture, app, "management", "2026-02-01", 1);
  g_assert_true (raises (fixture, app, "no-employee-impact-view"));
  assess (fixture, app, "representatives", "2026-02-02", 0);
  g_assert_false (raises (fixture, app, "no-employee-impact-view"));
}

static void
test_invisible_work (Fixture *fixture, gconstpointer data)
{
  g_autofree char *app = add_application (fixture, "minimal", "", "make");
  const char *kinds[] = { "data-cleaning", "labelling", "user-training", "communication" };

  set_status (fixture, app, "decision", "ongoing");
  g_assert_false (raises (fixture, app, "invisible-work-unbudgeted"));
  set_status (fixture, app, "decision", "done");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO invisible_work (uuid, application, "
                                              "kind, hours, created, modified) VALUES "
                                              "('iw%u', '%s', '%s', 8, 'x', 'x')", i, app,
                                              kinds[i]);
      run_sql (fixture, sql);
    }
  g_assert_true (raises (fixture, app, "invisible-work-unbudgeted"));
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO invisible_work (uuid, application, "
                                            "kind, budget, created, modified) VALUES ('iw9', "
                                            "'%s', 'system-changes', 2000, 'x', 'x')", app);
    run_sql (fixture, sql);
  }
  g_assert_false (raises (fixture, app, "invisible-work-unbudgeted"));
}

static void
test_vision_sections (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (fixture->workspace, &error);
  const char *keys[] = { "feedback", "disagreement", "complaints" };
  g_autofree char *flags = NULL;

  /* A new workspace: the three sections are there, empty. */
  g_assert_no_error (error);
  flags = flags_of (fixture, NULL);
  g_assert_cmpstr (flags, ==, "vision-section-missing vision-section-missing "
                              "vision-section-missing");
  for (guint i = 0; i < sections->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      if (g_strcmp0 (insp_section_get_key (g_ptr_array_index (sections, i)), keys[k]) == 0)
        g_assert_true (insp_workspace_set_section_text (
                         fixture->workspace,
                         insp_section_get_uuid (g_ptr_array_index (sections, i)),
                         "Agreed with the works council.", &error));
  g_clear_pointer (&flags, g_free);
  flags = flags_of (fixture, NULL);
  g_assert_cmpstr (flags, ==, "");

  /* A workspace without the section at all (an older import): about the organisation. */
  run_sql (fixture, "DELETE FROM sections WHERE key = 'complaints'");
  {
    g_autoptr(GPtrArray) all = insp_workspace_list_flags (fixture->workspace, TODAY, &error);

    g_assert_cmpuint (all->len, ==, 1);
    g_assert_cmpstr (((InspFlag *) g_ptr_array_index (all, 0))->subject_type, ==,
                     "organisation");
  }
}

static void
test_vendor_questions (Fixture *fixture, gconstpointer data)
{
  g_autofree char *bought = add_application (fixture, "minimal", "", "buy");
  g_autofree char *made = add_application (fixture, "minimal", "", "make");
  g_autofree char *sql = NULL;

  set_status (fixture, bought, "decision", "ongoing");
  set_status (fixture, made, "decision", "ongoing");
  sql = g_strdup_printf ("INSERT INTO vendors (uuid, application, name, created, modified) "
                         "VALUES ('v1', '%s', 'Roster BV', 'x', 'x'), ('v2', '%s', 'Own', "
                         "'x', 'x'); INSERT INTO vendor_questions (uuid, vendor, question_group, "
                         "question, rating, created, modified) VALUES ('q1', 'v1', "
                         "'effectiveness', 'How accurate?', 'unanswered', 'x', 'x'), ('q2', "
                         "'v2', 'effectiveness', 'How accurate?', 'unanswered', 'x', 'x')",
                         bought, made);
  run_sql (fixture, sql);
  g_assert_true (raises (fixture, bought, "vendor-questions-open"));
  g_assert_false (raises (fixture, made, "vendor-questions-open"));
  run_sql (fixture, "UPDATE vendor_questions SET rating = 'partial' WHERE uuid = 'q1'");
  g_assert_false (raises (fixture, bought, "vendor-questions-open"));
}

static void
test_representatives_informed (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *app = add_application (fixture, "high", "", "make");
  g_autoptr(InspApplication) found = NULL;

  g_assert_false (raises (fixture, app, "representatives-not-informed"));
  set_status (fixture, app, "rollout", "ongoing");
  g_assert_true (insp_workspace_set_phase_details (fixture->workspace, app, "rollout", 1, NULL,
                                                   "2026-09-01", NULL, NULL, &error));
  g_assert_true (raises (fixture, app, "representatives-not-informed"));
  found = insp_workspace_get_application (fixture->workspace, app, &error);
  insp_application_set_informed_date (found, "2026-09-02");        /* too late */
  g_assert_true (insp_workspace_save_application (fixture->workspace, found, &error));
  g_assert_true (raises (fixture, app, "representatives-not-informed"));
  insp_application_set_informed_date (found, "2026-09-01");
  g_assert_true (insp_workspace_save_application (fixture->workspace, found, &error));
  g_assert_false (raises (fixture, app, "representatives-not-informed"));
}

static void
test_disagreement (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *app = add_application (fixture, "minimal", "", "make");
  g_autoptr(InspAssessment) concern = insp_assessment_new ();

  assess (fixture, app, "management", "2026-02-01", 1);
  assess (fixture, app, "end-users", "2026-02-10", 0);
  g_assert_false (raises (fixture, app, "disagreement-undiscussed"));   /* 1 apart */
  assess (fixture, app, "end-users", "2026-03-10", -1);
  g_assert_true (raises (fixture, app, "disagreement-undiscussed"));
  add_held (fixture, app, "pilot", "dialogue", "2026-03-01", "workload");   /* before */
  g_assert_true (raises (fixture, app, "disagreement-undiscussed"));
  add_held (fixture, app, "pilot", "dialogue", "2026-03-20", "workload");
  g_assert_false (raises (fixture, app, "disagreement-undiscussed"));

  /* Concerns are not indicators: a gap on job loss raises nothing. */
  insp_assessment_set_group (concern, group_uuid (fixture, "finance"));
  insp_assessment_set_date (concern, "2026-04-01");
  insp_assessment_set_score (concern, "job-loss", 2, NULL, NULL);
  g_assert_true (insp_workspace_save_assessment (fixture->workspace, app, concern, &error));
  run_sql (fixture, "INSERT INTO assessment_scores (assessment, item, effect) "
                    "SELECT uuid, 'job-loss', -2 FROM assessments WHERE date = '2026-03-10'");
  g_assert_false (raises (fixture, app, "disagreement-undiscussed"));
}

/* Errors first, then warnings, then advice; the organisation, applications, phases. */
static void
test_order (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *app = add_application (fixture, "high", "", "make");
  g_autoptr(GPtrArray) flags = NULL;

  set_status (fixture, app, "rollout", "ongoing");
  flags = insp_workspace_list_flags (fixture->workspace, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flags->len, >, 4);
  for (guint i = 1; i < flags->len; i++)
    {
      InspFlag *a = g_ptr_array_index (flags, i - 1);
      InspFlag *b = g_ptr_array_index (flags, i);

      g_assert_cmpint (a->severity, <=, b->severity);
    }
  g_assert_cmpstr (((InspFlag *) g_ptr_array_index (flags, 0))->id, ==,
                   "representatives-not-informed");
  g_assert_cmpstr (insp_severity_to_string (INSP_SEVERITY_WARNING), ==, "warning");

  /* One application's flags are its share of all, in the same order; the organisation's
   * are the rest. */
  {
    g_autoptr(GPtrArray) own = insp_workspace_list_application_flags (fixture->workspace, app,
                                                                      TODAY, &error);
    g_autoptr(GPtrArray) rest = insp_workspace_list_application_flags (fixture->workspace,
                                                                       NULL, TODAY, &error);
    guint j = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (own->len + rest->len, ==, flags->len);
    for (guint i = 0; i < flags->len; i++)
      if (g_strcmp0 (((InspFlag *) g_ptr_array_index (flags, i))->application, app) == 0)
        g_assert_cmpstr (((InspFlag *) g_ptr_array_index (own, j++))->id, ==,
                         ((InspFlag *) g_ptr_array_index (flags, i))->id);
    g_assert_cmpuint (j, ==, own->len);
  }
  g_assert_cmpuint (g_strv_length ((GStrv) insp_guidance_list_rule_ids ()), ==, 13);
}

/* The example keeps the paper's story: the planner raises real flags. */
static void
test_example (Fixture *fixture, gconstpointer data)
{
  g_autofree char *flags = flags_of (fixture, NULL);

  g_test_message ("example flags: %s", flags);
  g_assert_nonnull (strstr (flags, "disagreement-undiscussed")
                    ? flags : strstr (flags, "level-below-recommended"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/guidance/prohibited-system", test_prohibited, NULL);
  insp_test_add_workspace ("/guidance/involvement-recommended", test_involvement_recommended,
                           NULL);
  insp_test_add_workspace ("/guidance/level-below-recommended", test_level_below, NULL);
  insp_test_add_workspace ("/guidance/late-involvement", test_late_involvement, NULL);
  insp_test_add_workspace ("/guidance/rollout-without-pilot", test_rollout_without_pilot,
                           NULL);
  insp_test_add_workspace ("/guidance/no-continuous-involvement",
                           test_continuous_involvement, NULL);
  insp_test_add_workspace ("/guidance/no-frontrunner", test_frontrunner, NULL);
  insp_test_add_workspace ("/guidance/no-employee-impact-view", test_employee_impact_view,
                           NULL);
  insp_test_add_workspace ("/guidance/invisible-work-unbudgeted", test_invisible_work, NULL);
  insp_test_add_workspace ("/guidance/vision-section-missing", test_vision_sections, NULL);
  insp_test_add_workspace ("/guidance/vendor-questions-open", test_vendor_questions, NULL);
  insp_test_add_workspace ("/guidance/representatives-not-informed",
                           test_representatives_informed, NULL);
  insp_test_add_workspace ("/guidance/disagreement-undiscussed", test_disagreement, NULL);
  insp_test_add_workspace ("/guidance/order", test_order, NULL);
  insp_test_add_workspace ("/guidance/example/en", test_example, "en");

  return g_test_run ();
}
