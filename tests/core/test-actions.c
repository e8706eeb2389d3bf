/* test-actions.c — actions: filtered by domain, application, status and overdue; saved,
 * refused when wrong, deleted and put back
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-action.h"
#include "insp-error.h"
#include "insp-test-util.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

static InspAction *
add (Fixture    *fixture,
     const char *title,
     const char *domain,
     const char *status,
     const char *due)
{
  g_autoptr(GError) error = NULL;
  InspAction *action = insp_action_new ();

  insp_action_set_title (action, title);
  insp_action_set_domain (action, domain);
  insp_action_set_status (action, status);
  insp_action_set_due_date (action, due);
  g_assert_true (insp_workspace_save_action (fixture->workspace, action, &error));
  g_assert_no_error (error);
  return action;
}

static guint
count (Fixture                *fixture,
       const InspActionFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) actions = insp_workspace_list_actions (fixture->workspace, filter,
                                                              &error);

  g_assert_no_error (error);
  return actions->len;
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(InspAction) a = add (fixture, "Personal login", "technology", "done", "2026-05-29");
  g_autoptr(InspAction) b = add (fixture, "Swap shifts in the app", "environment", "open",
                                 "2026-06-30");
  g_autoptr(InspAction) c = add (fixture, "Planner training", "people", "in-progress",
                                 "2026-09-01");
  g_autoptr(InspAction) d = add (fixture, "Well-being survey", "people", "open", NULL);
  InspActionFilter people = { .domain = "people" };
  InspActionFilter open = { .status = "open" };
  InspActionFilter overdue = { .overdue_on = "2026-07-15" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_cmpuint (count (fixture, NULL), ==, 4);
  g_assert_cmpuint (count (fixture, &people), ==, 2);
  g_assert_cmpuint (count (fixture, &open), ==, 2);
  /* Overdue: still open or in progress after the due date; done is never overdue. */
  g_assert_cmpuint (count (fixture, &overdue), ==, 1);
  g_assert_true (insp_action_is_overdue (b, "2026-07-15"));
  g_assert_false (insp_action_is_overdue (a, "2026-07-15"));
  g_assert_false (insp_action_is_overdue (d, "2030-01-01"));

  /* Due first first; without a date last. */
  all = insp_workspace_list_actions (fixture->workspace, NULL, &error);
  g_assert_cmpstr (insp_action_get_title (g_ptr_array_index (all, 0)), ==, "Personal login");
  g_assert_cmpstr (insp_action_get_title (g_ptr_array_index (all, 3)), ==,
                   "Well-being survey");
}

static void
test_save_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspAction) action = insp_action_new ();
  g_autoptr(InspAction) deleted = NULL;
  g_autoptr(GPtrArray) all = NULL;
  const char *topics[] = { "workload", "autonomy", NULL };
  const char *bad_topics[] = { "mood", NULL };

  insp_action_set_title (action, "Realistic rosters");
  insp_action_set_domain (action, "environment");
  insp_action_set_topics (action, topics);
  insp_action_set_owner (action, "Planning");
  g_assert_true (insp_workspace_save_action (fixture->workspace, action, &error));

  /* Refused, each with the action's title in the message. */
  insp_action_set_domain (action, "money");
  g_assert_false (insp_workspace_save_action (fixture->workspace, action, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "Realistic rosters"));
  g_clear_error (&error);
  insp_action_set_domain (action, "environment");
  insp_action_set_due_date (action, "soon");
  g_assert_false (insp_workspace_save_action (fixture->workspace, action, &error));
  g_clear_error (&error);
  insp_action_set_due_date (action, NULL);
  insp_action_set_topics (action, bad_topics);
  g_assert_false (insp_workspace_save_action (fixture->workspace, action, &error));
  g_clear_error (&error);
  insp_action_set_topics (action, topics);
  insp_action_set_title (action, " ");
  g_assert_false (insp_workspace_save_action (fixture->workspace, action, &error));
  g_clear_error (&error);

  /* Delete, then undo by saving what was returned. */
  deleted = insp_workspace_delete_action (fixture->workspace, insp_action_get_uuid (action),
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (fixture, NULL), ==, 0);
  g_assert_true (insp_workspace_save_action (fixture->workspace, deleted, &error));
  all = insp_workspace_list_actions (fixture->workspace, NULL, &error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpstr (insp_action_get_uuid (g_ptr_array_index (all, 0)), ==,
                   insp_action_get_uuid (action));
  g_assert_cmpuint (g_strv_length ((GStrv) insp_action_get_topics (g_ptr_array_index (all, 0))),
                    ==, 2);
  g_assert_null (insp_workspace_delete_action (fixture->workspace, "nope", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/actions/filters", InspTestWorkspace, NULL, insp_test_workspace_set_up,
              test_filters, insp_test_workspace_tear_down);
  g_test_add ("/actions/save-delete", InspTestWorkspace, NULL, insp_test_workspace_set_up,
              test_save_delete, insp_test_workspace_tear_down);

  return g_test_run ();
}
