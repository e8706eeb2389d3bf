/* test-impact.c — impact assessments: what is checked before they are written, the
 * disagreements between groups and whether they were discussed, how expectations moved
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "insp-action.h"
#include "insp-application.h"
#include "insp-assessment.h"
#include "insp-error.h"
#include "insp-group.h"
#include "insp-test-util.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

static char *
register_planner (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = insp_application_new ();

  insp_application_set_name (application, "Rostering planner");
  insp_application_set_risk_level (application, "limited");
  g_assert_true (insp_workspace_save_application (fixture->workspace, application, &error));
  g_assert_no_error (error);
  return g_strdup (insp_application_get_uuid (application));
}

static const char *
group_uuid (Fixture    *fixture,
            const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = insp_workspace_list_groups (fixture->workspace, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < groups->len; i++)
    if (g_str_equal (insp_group_get_key (g_ptr_array_index (groups, i)), key))
      return g_intern_string (insp_group_get_uuid (g_ptr_array_index (groups, i)));
  g_assert_not_reached ();
  return NULL;
}

/* Saves an assessment by the group @key on @date: "workload=-2,autonomy=1". */
static InspAssessment *
assess (Fixture    *fixture,
        const char *application,
        const char *key,
        const char *moment,
        const char *date,
        const char *scores)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pairs = g_strsplit (scores, ",", -1);
  InspAssessment *assessment = insp_assessment_new ();

  insp_assessment_set_group (assessment, group_uuid (fixture, key));
  insp_assessment_set_moment (assessment, moment);
  insp_assessment_set_date (assessment, date);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);

      g_assert_true (insp_assessment_set_score (assessment, pair[0], atoi (pair[1]), "high",
                                                NULL));
    }
  g_assert_true (insp_workspace_save_assessment (fixture->workspace, application, assessment,
                                                 &error));
  g_assert_no_error (error);
  return assessment;
}

static void
test_checks (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *app = register_planner (fixture);
  g_autoptr(InspAssessment) assessment = insp_assessment_new ();
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(InspAssessment) again = NULL;
  const InspScore *score;

  g_assert_false (insp_assessment_set_score (assessment, "happiness", 1, NULL, NULL));
  g_assert_true (insp_assessment_set_score (assessment, "workload", -2, "high",
                                            "Weekend shifts pile up"));
  g_assert_true (insp_assessment_set_score (assessment, "work-stress", -1, NULL, NULL));

  /* No group, then no date. */
  g_assert_false (insp_workspace_save_assessment (fixture->workspace, app, assessment, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "stakeholder group"));
  g_clear_error (&error);
  insp_assessment_set_group (assessment, group_uuid (fixture, "end-users"));
  g_assert_false (insp_workspace_save_assessment (fixture->workspace, app, assessment, &error));
  g_assert_nonnull (strstr (error->message, "date"));
  g_clear_error (&error);
  insp_assessment_set_date (assessment, "2026-02-31");
  g_assert_false (insp_workspace_save_assessment (fixture->workspace, app, assessment, &error));
  g_assert_nonnull (strstr (error->message, "2026-02-31"));
  g_clear_error (&error);
  insp_assessment_set_date (assessment, "2026-02-10");

  /* An effect out of range, a confidence that is not one: said with the indicator. */
  insp_assessment_set_score (assessment, "autonomy", 3, NULL, NULL);
  g_assert_false (insp_workspace_save_assessment (fixture->workspace, app, assessment, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, "Autonomy: the expected effect is 3"));
  g_clear_error (&error);
  insp_assessment_set_score (assessment, "autonomy", 1, "certain", NULL);
  g_assert_false (insp_workspace_save_assessment (fixture->workspace, app, assessment, &error));
  g_assert_true (g_str_has_prefix (error->message, "Autonomy: "));
  g_assert_nonnull (strstr (error->message, "certain"));
  g_clear_error (&error);
  insp_assessment_remove_score (assessment, "autonomy");
  g_assert_null (insp_assessment_get_uuid (assessment));

  g_assert_false (insp_workspace_save_assessment (fixture->workspace, "nothing", assessment,
                                                  &error));
  g_clear_error (&error);
  g_assert_true (insp_workspace_save_assessment (fixture->workspace, app, assessment, &error));
  g_assert_no_error (error);

  /* Read back: the scores in the order of the indicators. */
  listed = insp_workspace_list_assessments (fixture->workspace, app, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  again = g_object_ref (g_ptr_array_index (listed, 0));
  g_assert_cmpuint (insp_assessment_get_scores (again)->len, ==, 2);
  g_assert_cmpstr (((InspScore *) g_ptr_array_index (insp_assessment_get_scores (again),
                                                     0))->item, ==, "work-stress");
  score = insp_assessment_get_score (again, "workload");
  g_assert_cmpint (score->effect, ==, -2);
  g_assert_cmpstr (score->confidence, ==, "high");
  g_assert_cmpstr (score->rationale, ==, "Weekend shifts pile up");
  g_assert_cmpstr (insp_assessment_get_application (again), ==, app);

  /* Deleted, and back by saving it again. */
  g_assert_true (insp_workspace_delete_assessment (fixture->workspace,
                                                   insp_assessment_get_uuid (again), &error));
  g_assert_false (insp_workspace_delete_assessment (fixture->workspace,
                                                    insp_assessment_get_uuid (again), &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (insp_workspace_save_assessment (fixture->workspace, app, again, &error));
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = insp_workspace_list_assessments (fixture->workspace, app, &error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpuint (insp_assessment_get_scores (g_ptr_array_index (listed, 0))->len, ==, 2);
}

static InspDisagreement *
find_disagreement (GPtrArray  *found,
                   const char *item)
{
  for (guint i = 0; i < found->len; i++)
    if (g_str_equal (((InspDisagreement *) g_ptr_array_index (found, i))->item, item))
      return g_ptr_array_index (found, i);
  return NULL;
}

static void
test_disagreements (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *app = register_planner (fixture);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(InspAssessment) management = NULL, drivers = NULL, drivers_later = NULL;
  g_autoptr(InspAssessment) finance = NULL;
  g_autoptr(InspActivity) workshop = insp_activity_new ();
  g_autoptr(InspAction) action = insp_action_new ();
  InspDisagreement *workload;
  const char *workload_topic[] = { "workload", NULL };
  const char *autonomy_topic[] = { "autonomy", NULL };

  management = assess (fixture, app, "management", "before", "2026-02-05",
                       "workload=1,autonomy=1,motivation=1,learning=2");
  drivers = assess (fixture, app, "end-users", "before", "2026-02-10",
                    "workload=-2,autonomy=-1,motivation=0,learning=0");
  finance = assess (fixture, app, "finance", "before", "2026-02-01", "learning=1");

  /* A gap of 3 and one of exactly 2 disagree; gaps of 1 do not. */
  found = insp_workspace_list_disagreements (fixture->workspace, app, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 3);
  /* In the order of the indicators: learning comes before workload and autonomy. */
  g_assert_cmpstr (((InspDisagreement *) g_ptr_array_index (found, 0))->item, ==,
                   "learning");
  workload = find_disagreement (found, "workload");
  g_assert_nonnull (workload);
  g_assert_cmpstr (workload->group_a, ==, group_uuid (fixture, "management"));
  g_assert_cmpstr (workload->group_b, ==, group_uuid (fixture, "end-users"));
  g_assert_cmpint (workload->effect_a, ==, 1);
  g_assert_cmpint (workload->effect_b, ==, -2);
  g_assert_cmpstr (workload->since, ==, "2026-02-10");
  g_assert_false (workload->discussed);
  g_assert_nonnull (find_disagreement (found, "autonomy"));
  g_assert_null (find_disagreement (found, "motivation"));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A planned activity, or a held one before the later assessment, does not discuss it;
   * a held one after it does, and so does an action naming the item. */
  insp_activity_set_title (workshop, "Workload dialogue");
  insp_activity_set_topics (workshop, workload_topic);
  insp_activity_set_date (workshop, "2026-03-01");
  g_assert_true (insp_workspace_save_activity (fixture->workspace, app, "pilot", 1, workshop,
                                               &error));
  found = insp_workspace_list_disagreements (fixture->workspace, app, &error);
  g_assert_false (find_disagreement (found, "workload")->discussed);
  g_clear_pointer (&found, g_ptr_array_unref);
  insp_activity_set_held (workshop, TRUE);
  insp_activity_set_date (workshop, "2026-02-09");
  g_assert_true (insp_workspace_save_activity (fixture->workspace, app, "pilot", 1, workshop,
                                               &error));
  found = insp_workspace_list_disagreements (fixture->workspace, app, &error);
  g_assert_false (find_disagreement (found, "workload")->discussed);
  g_clear_pointer (&found, g_ptr_array_unref);
  insp_activity_set_date (workshop, "2026-03-01");
  g_assert_true (insp_workspace_save_activity (fixture->workspace, app, "pilot", 1, workshop,
                                               &error));
  found = insp_workspace_list_disagreements (fixture->workspace, app, &error);
  g_assert_true (find_disagreement (found, "workload")->discussed);
  g_assert_false (find_disagreement (found, "autonomy")->discussed);
  g_clear_pointer (&found, g_ptr_array_unref);

  insp_action_set_application (action, app);
  insp_action_set_domain (action, "people");
  insp_action_set_title (action, "Let drivers swap shifts");
  insp_action_set_topics (action, autonomy_topic);
  g_assert_true (insp_workspace_save_action (fixture->workspace, action, &error));
  g_assert_no_error (error);
  found = insp_workspace_list_disagreements (fixture->workspace, app, &error);
  g_assert_true (find_disagreement (found, "autonomy")->discussed);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* The drivers' later assessment is the one compared; the earlier one shows as movement. */
  drivers_later = assess (fixture, app, "end-users", "after-pilot", "2026-07-01",
                          "workload=0,autonomy=0,motivation=0,learning=0");
  found = insp_workspace_list_disagreements (fixture->workspace, app, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((InspDisagreement *) g_ptr_array_index (found, 0))->item, ==,
                   "learning");
  g_clear_pointer (&found, g_ptr_array_unref);
  {
    g_autoptr(GPtrArray) assessments = insp_workspace_list_assessments (fixture->workspace,
                                                                        app, &error);
    g_autoptr(GPtrArray) moved = insp_assessments_find_movements (assessments);
    InspMovement *first;

    g_assert_cmpuint (moved->len, ==, 2);
    first = g_ptr_array_index (moved, 0);
    g_assert_cmpstr (first->group, ==, group_uuid (fixture, "end-users"));
    g_assert_cmpstr (first->item, ==, "workload");
    g_assert_cmpint (first->from, ==, -2);
    g_assert_cmpint (first->to, ==, 0);
    g_assert_cmpstr (first->from_date, ==, "2026-02-10");
    g_assert_cmpstr (first->to_date, ==, "2026-07-01");
    g_assert_cmpstr (((InspMovement *) g_ptr_array_index (moved, 1))->item, ==, "autonomy");
  }
}

/* The example's management and drivers disagree about the workload. */
static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) applications = NULL;
  gboolean workload = FALSE;

  /* The fixture made the example in the language of @data. */
  applications = insp_workspace_list_applications (fixture->workspace, &error);
  for (guint i = 0; i < applications->len; i++)
    {
      const char *uuid = insp_application_get_uuid (g_ptr_array_index (applications, i));
      g_autoptr(GPtrArray) found = insp_workspace_list_disagreements (fixture->workspace, uuid,
                                                                      &error);

      g_assert_no_error (error);
      workload = workload || find_disagreement (found, "workload") != NULL;
    }
  g_assert_true (workload);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/impact/checks", test_checks, NULL);
  insp_test_add_workspace ("/impact/disagreements", test_disagreements, NULL);
  insp_test_add_workspace ("/impact/example/en", test_example, "en");
  insp_test_add_workspace ("/impact/example/nl", test_example, "nl");

  return g_test_run ();
}
