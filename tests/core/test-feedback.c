/* test-feedback.c — feedback and complaints after rollout: what is checked before they are
 * written, newest first, the open ones counted, and the actions they led to
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-action.h"
#include "insp-application.h"
#include "insp-error.h"
#include "insp-feedback.h"
#include "insp-test-util.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

#define PLANNER "37a9a82a-342a-472f-b942-7a2c48d1c5bc"
#define CHATBOT "0fb240ac-31db-4ae3-9079-12dabaacf850"
#define LOGIN_FEEDBACK "b1d1b688-bf82-483e-8b30-360717d4edca"
#define WORKLOAD_FEEDBACK "ee9c4751-8dca-4bd8-91db-3c787f99d351"
#define FAIRNESS_FEEDBACK "f579db50-7a49-43d1-92b4-6b57e0522115"

static char *
register_planner (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = insp_application_new ();

  insp_application_set_name (application, "Rostering planner");
  g_assert_true (insp_workspace_save_application (fixture->workspace, application, &error));
  g_assert_no_error (error);
  return g_strdup (insp_application_get_uuid (application));
}

static InspFeedback *
make_feedback (const char *date,
               const char *description)
{
  InspFeedback *feedback = insp_feedback_new ();

  feedback->date = g_strdup (date);
  feedback->description = g_strdup (description);
  return feedback;
}

static void
assert_refused (Fixture      *fixture,
                const char   *application,
                InspFeedback *feedback,
                const char   *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (insp_workspace_save_feedback (fixture->workspace, application, feedback,
                                                &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (feedback->uuid);
}

static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  InspFeedback *first;

  list = insp_workspace_list_feedback (fixture->workspace, PLANNER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  /* newest first */
  first = g_ptr_array_index (list, 0);
  g_assert_cmpstr (first->uuid, ==, FAIRNESS_FEEDBACK);
  g_assert_cmpstr (first->application, ==, PLANNER);
  g_assert_cmpstr (first->date, ==, "2026-07-14");
  g_assert_cmpstr (first->topic, ==, "fairness");
  g_assert_cmpstr (first->status, ==, "open");
  g_assert_null (first->decision);
  g_assert_cmpstr (((InspFeedback *) g_ptr_array_index (list, 1))->uuid, ==,
                   WORKLOAD_FEEDBACK);
  g_assert_cmpstr (((InspFeedback *) g_ptr_array_index (list, 2))->uuid, ==, LOGIN_FEEDBACK);

  g_assert_cmpuint (insp_workspace_count_open_feedback (fixture->workspace, PLANNER, &error),
                    ==, 2);
  g_assert_no_error (error);
  g_assert_cmpuint (insp_workspace_count_open_feedback (fixture->workspace, CHATBOT, &error),
                    ==, 0);
  g_assert_no_error (error);

  actions = insp_workspace_list_feedback_actions (fixture->workspace, LOGIN_FEEDBACK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpstr (insp_action_get_feedback (g_ptr_array_index (actions, 0)), ==,
                   LOGIN_FEEDBACK);
  g_clear_pointer (&actions, g_ptr_array_unref);
  actions = insp_workspace_list_feedback_actions (fixture->workspace, FAIRNESS_FEEDBACK,
                                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 0);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *planner = register_planner (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(InspFeedback) feedback = NULL;

  feedback = make_feedback (NULL, "Rosters ignore the drivers' rest times");
  assert_refused (fixture, planner, feedback,
                  "Feedback: say when it was raised, as YYYY-MM-DD, such as 2026-05-12");
  g_free (feedback->date);
  feedback->date = g_strdup ("2026-02-30");
  assert_refused (fixture, planner, feedback,
                  "Feedback: “2026-02-30” is not a date; write it as YYYY-MM-DD, "
                  "such as 2026-05-12");
  g_free (feedback->date);
  feedback->date = g_strdup ("12/05/2026");
  assert_refused (fixture, planner, feedback,
                  "Feedback: “12/05/2026” is not a date; write it as YYYY-MM-DD, "
                  "such as 2026-05-12");
  g_free (feedback->date);
  feedback->date = g_strdup ("2026-05-12");

  g_free (feedback->description);
  feedback->description = g_strdup ("  \n ");
  assert_refused (fixture, planner, feedback,
                  "Feedback of 2026-05-12: describe what the employees raised");
  g_free (feedback->description);
  feedback->description = g_strdup ("  Rosters ignore the drivers' rest times ");

  g_free (feedback->topic);
  feedback->topic = g_strdup ("mood");
  assert_refused (fixture, planner, feedback,
                  "Feedback of 2026-05-12: “mood” is not a topic; use workload, fairness, "
                  "privacy, safety, usability, other");
  g_free (feedback->topic);
  feedback->topic = g_strdup ("workload");

  g_free (feedback->status);
  feedback->status = g_strdup ("pending");
  assert_refused (fixture, planner, feedback,
                  "Feedback of 2026-05-12: “pending” is not a status; use open, closed");
  g_free (feedback->status);
  feedback->status = g_strdup ("open");

  /* an application that does not exist */
  g_assert_false (insp_workspace_save_feedback (fixture->workspace,
                                                "00000000-0000-4000-8000-000000000000",
                                                feedback, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (feedback->uuid);

  g_assert_true (insp_workspace_save_feedback (fixture->workspace, planner, feedback, &error));
  g_assert_no_error (error);
  g_assert_nonnull (feedback->uuid);
  g_assert_cmpstr (feedback->application, ==, planner);
  g_assert_cmpuint (insp_workspace_count_open_feedback (fixture->workspace, planner, &error),
                    ==, 1);

  list = insp_workspace_list_feedback (fixture->workspace, planner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  /* the description is stored trimmed, empty texts as NULL */
  g_assert_cmpstr (((InspFeedback *) g_ptr_array_index (list, 0))->description, ==,
                   "Rosters ignore the drivers' rest times");
  g_assert_null (((InspFeedback *) g_ptr_array_index (list, 0))->channel);

  /* closing it */
  g_free (feedback->status);
  feedback->status = g_strdup ("closed");
  feedback->outcome = g_strdup ("Rest times are a hard rule in the planner since June");
  g_assert_true (insp_workspace_save_feedback (fixture->workspace, planner, feedback, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (insp_workspace_count_open_feedback (fixture->workspace, planner, &error),
                    ==, 0);
  g_assert_no_error (error);
}

static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *planner = register_planner (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(InspFeedback) feedback = make_feedback ("2026-07-06", "Rosters are unrealistic");
  g_autoptr(InspAction) action = insp_action_new ();
  g_autoptr(InspAction) other = insp_action_new ();
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_true (insp_workspace_save_feedback (fixture->workspace, planner, feedback, &error));
  g_assert_no_error (error);

  insp_action_set_application (action, planner);
  insp_action_set_domain (action, "technology");
  insp_action_set_title (action, "Planners review every roster");
  insp_action_set_feedback (action, feedback->uuid);
  g_assert_cmpstr (insp_action_get_feedback (action), ==, feedback->uuid);
  g_assert_true (insp_workspace_save_action (fixture->workspace, action, &error));
  g_assert_no_error (error);

  insp_action_set_application (other, planner);
  insp_action_set_domain (other, "people");
  insp_action_set_title (other, "Train the planners");
  g_assert_true (insp_workspace_save_action (fixture->workspace, other, &error));
  g_assert_no_error (error);

  linked = insp_workspace_list_feedback_actions (fixture->workspace, feedback->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 1);
  g_assert_cmpstr (insp_action_get_uuid (g_ptr_array_index (linked, 0)), ==,
                   insp_action_get_uuid (action));
  g_assert_cmpstr (insp_action_get_feedback (g_ptr_array_index (linked, 0)), ==,
                   feedback->uuid);

  /* the link is removed with the setter, too */
  insp_action_set_feedback (other, feedback->uuid);
  g_assert_true (insp_workspace_save_action (fixture->workspace, other, &error));
  insp_action_set_feedback (other, NULL);
  g_assert_true (insp_workspace_save_action (fixture->workspace, other, &error));
  g_assert_no_error (error);
  g_clear_pointer (&linked, g_ptr_array_unref);
  linked = insp_workspace_list_feedback_actions (fixture->workspace, feedback->uuid, &error);
  g_assert_cmpuint (linked->len, ==, 1);

  /* deleting the feedback keeps its actions, unlinked */
  g_assert_true (insp_workspace_delete_feedback (fixture->workspace, feedback->uuid, &error));
  g_assert_no_error (error);
  all = insp_workspace_list_actions (fixture->workspace, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  for (guint i = 0; i < all->len; i++)
    g_assert_null (insp_action_get_feedback (g_ptr_array_index (all, i)));
  g_clear_pointer (&linked, g_ptr_array_unref);
  linked = insp_workspace_list_feedback (fixture->workspace, planner, &error);
  g_assert_cmpuint (linked->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/feedback/example", test_example, "en");
  insp_test_add_workspace ("/feedback/validation", test_validation, NULL);
  insp_test_add_workspace ("/feedback/actions", test_actions, NULL);

  return g_test_run ();
}
