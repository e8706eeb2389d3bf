/* test-track.c — AI applications and their innovation tracks: registering through triage,
 * activities, the level each phase reached against the recommended minimum, effort totals
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-action.h"
#include "insp-application.h"
#include "insp-error.h"
#include "insp-group.h"
#include "insp-inventory.h"
#include "insp-person.h"
#include "insp-test-util.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

static InspApplication *
register_planner (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  InspApplication *application = insp_application_new ();
  const char *triggers[] = { "worker-data", "takes-over-tasks", NULL };

  insp_application_set_name (application, "Rostering planner");
  insp_application_set_risk_level (application, "limited");
  insp_application_set_triggers (application, triggers);
  insp_application_set_informed_date (application, "2026-05-12");
  g_assert_true (insp_workspace_save_application (fixture->workspace, application, &error));
  g_assert_no_error (error);
  g_assert_nonnull (insp_application_get_uuid (application));
  return application;
}

static InspActivity *
add_activity (Fixture    *fixture,
              const char *application,
              const char *phase,
              guint       round,
              const char *level,
              gboolean    held,
              int         head_count,
              double      participant_hours,
              double      organiser_hours)
{
  g_autoptr(GError) error = NULL;
  InspActivity *activity = insp_activity_new ();

  insp_activity_set_title (activity, "Session");
  insp_activity_set_method (activity, "acceptance-workshop");
  insp_activity_set_level (activity, level);
  insp_activity_set_held (activity, held);
  insp_activity_set_head_count (activity, head_count);
  insp_activity_set_participant_hours (activity, participant_hours);
  insp_activity_set_organiser_hours (activity, organiser_hours);
  g_assert_true (insp_workspace_save_activity (fixture->workspace, application, phase, round,
                                               activity, &error));
  g_assert_no_error (error);
  return activity;
}

static InspTrackPhase *
track_phase (InspTrack  *track,
             const char *phase,
             guint       round)
{
  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *p = g_ptr_array_index (track->phases, i);

      if (g_str_equal (p->phase, phase) && p->round == round)
        return p;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = register_planner (fixture);
  g_autoptr(InspApplication) read = NULL;
  g_autoptr(InspApplication) bad = insp_application_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *why = NULL;
  const char *unknown[] = { "telepathy", NULL };

  read = insp_workspace_get_application (fixture->workspace,
                                         insp_application_get_uuid (application), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (insp_application_get_name (read), ==, "Rostering planner");
  g_assert_cmpstr (insp_application_get_status (read), ==, "idea");
  g_assert_cmpstr (insp_application_get_make_or_buy (read), ==, "undecided");
  g_assert_cmpuint (g_strv_length ((GStrv) insp_application_get_triggers (read)), ==, 2);
  /* Limited risk with triggers: medium, and it says why. */
  g_assert_cmpint (insp_application_get_intensity (read, &why), ==, INSP_INTENSITY_MEDIUM);
  g_assert_nonnull (why);

  /* Triage changed: high risk. */
  insp_application_set_risk_level (read, "high");
  insp_application_set_status (read, "stopped");
  g_assert_true (insp_workspace_save_application (fixture->workspace, read, &error));
  g_clear_object (&application);
  application = insp_workspace_get_application (fixture->workspace,
                                                insp_application_get_uuid (read), &error);
  g_assert_cmpint (insp_application_get_intensity (application, NULL), ==,
                   INSP_INTENSITY_HIGH);
  g_assert_cmpstr (insp_application_get_status (application), ==, "stopped");

  /* Bad input is refused with what and where, and nothing is written. */
  g_assert_false (insp_workspace_save_application (fixture->workspace, bad, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  insp_application_set_name (bad, "Chatbot");
  insp_application_set_status (bad, "later");
  g_assert_false (insp_workspace_save_application (fixture->workspace, bad, &error));
  g_assert_nonnull (strstr (error->message, "later"));
  g_clear_error (&error);
  insp_application_set_status (bad, "idea");
  insp_application_set_triggers (bad, unknown);
  g_assert_false (insp_workspace_save_application (fixture->workspace, bad, &error));
  g_clear_error (&error);
  insp_application_set_triggers (bad, NULL);
  insp_application_set_informed_date (bad, "12/05/2026");
  g_assert_false (insp_workspace_save_application (fixture->workspace, bad, &error));
  g_assert_nonnull (strstr (error->message, "Chatbot"));
  g_clear_error (&error);
  g_assert_null (insp_application_get_uuid (bad));

  all = insp_workspace_list_applications (fixture->workspace, &error);
  g_assert_cmpuint (all->len, ==, 1);
}

static void
test_track_levels (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = register_planner (fixture);
  const char *uuid = insp_application_get_uuid (application);
  g_autoptr(InspTrack) empty = NULL;
  g_autoptr(InspTrack) track = NULL;
  g_autoptr(InspActivity) a1 = NULL, a2 = NULL, a3 = NULL, a4 = NULL, a5 = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  InspTrackPhase *phase;

  /* A new track: five phases not started, the recommended levels of a medium intensity. */
  empty = insp_workspace_get_track (fixture->workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (empty->intensity, ==, INSP_INTENSITY_MEDIUM);
  g_assert_cmpuint (empty->phases->len, ==, 5);
  g_assert_cmpstr (track_phase (empty, "needs", 1)->status, ==, "not-started");
  g_assert_cmpstr (track_phase (empty, "pilot", 1)->recommended, ==, "co-create");
  g_assert_null (track_phase (empty, "pilot", 1)->reached);
  g_assert_cmpint (track_phase (empty, "pilot", 1)->comparison, <, 0);

  /* Held activities raise the level reached; planned ones do not. */
  a1 = add_activity (fixture, uuid, "needs", 1, "inform", TRUE, 40, 40, 6);
  a2 = add_activity (fixture, uuid, "needs", 1, "co-create", FALSE, 12, 24, 8);
  a3 = add_activity (fixture, uuid, "pilot", 1, "dialogue", TRUE, 8, 12, 4);
  a4 = add_activity (fixture, uuid, "pilot", 2, "co-create", TRUE, 10, 20, 5);
  a5 = add_activity (fixture, uuid, "rollout", 1, "collaborate", TRUE, -1, -1, -1);
  insp_workspace_set_phase_status (fixture->workspace, uuid, "needs", 1, "done", &error);
  g_assert_no_error (error);

  track = insp_workspace_get_track (fixture->workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (track->phases->len, ==, 6);   /* the pilot ran twice */

  phase = track_phase (track, "needs", 1);
  g_assert_cmpstr (phase->status, ==, "done");
  g_assert_cmpstr (phase->reached, ==, "inform");
  g_assert_cmpstr (phase->recommended, ==, "dialogue");
  g_assert_cmpint (phase->comparison, <, 0);
  g_assert_cmpuint (phase->n_held, ==, 1);
  g_assert_cmpuint (phase->n_planned, ==, 1);

  phase = track_phase (track, "pilot", 1);
  g_assert_cmpstr (phase->reached, ==, "dialogue");
  g_assert_cmpint (phase->comparison, <, 0);
  phase = track_phase (track, "pilot", 2);
  g_assert_cmpstr (phase->reached, ==, "co-create");
  g_assert_cmpint (phase->comparison, ==, 0);
  phase = track_phase (track, "rollout", 1);
  g_assert_cmpstr (phase->reached, ==, "collaborate");
  g_assert_cmpint (phase->comparison, >, 0);

  /* The order: phases in order, the pilot's rounds together. */
  g_assert_cmpstr (((InspTrackPhase *) g_ptr_array_index (track->phases, 2))->phase, ==,
                   "pilot");
  g_assert_cmpuint (((InspTrackPhase *) g_ptr_array_index (track->phases, 3))->round, ==, 2);

  /* Effort of what was held: the unknown figures count as nothing. */
  g_assert_cmpuint (track->n_activities, ==, 5);
  g_assert_cmpuint (track->head_count, ==, 58);
  g_assert_cmpfloat_with_epsilon (track->participant_hours, 72, 1e-9);
  g_assert_cmpfloat_with_epsilon (track->organiser_hours, 15, 1e-9);

  /* Moving an activity to another phase, and deleting one, change the track. */
  insp_activity_set_held (a2, TRUE);
  insp_workspace_save_activity (fixture->workspace, uuid, "decision", 1, a2, &error);
  g_assert_no_error (error);
  insp_workspace_delete_activity (fixture->workspace, insp_activity_get_uuid (a5), &error);
  g_assert_no_error (error);
  g_clear_pointer (&track, insp_track_free);
  track = insp_workspace_get_track (fixture->workspace, uuid, &error);
  g_assert_cmpstr (track_phase (track, "decision", 1)->reached, ==, "co-create");
  g_assert_cmpuint (track_phase (track, "needs", 1)->n_planned, ==, 0);
  g_assert_null (track_phase (track, "rollout", 1)->reached);

  activities = insp_workspace_list_activities (fixture->workspace, uuid, &error);
  g_assert_cmpuint (activities->len, ==, 4);
  g_assert_cmpstr (insp_activity_get_phase (g_ptr_array_index (activities, 1)), ==,
                   "decision");

  /* Only the pilot has rounds; unknown phases and levels are refused. */
  g_assert_false (insp_workspace_set_phase_status (fixture->workspace, uuid, "needs", 2,
                                                   "ongoing", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  insp_activity_set_level (a1, "shout");
  g_assert_false (insp_workspace_save_activity (fixture->workspace, uuid, "needs", 1, a1,
                                                &error));
  g_clear_error (&error);
  g_assert_false (insp_workspace_set_phase_status (fixture->workspace, "no-such-app", "needs",
                                                   1, "ongoing", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
}

static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) applications = insp_workspace_list_applications (fixture->workspace,
                                                                        &error);
  InspApplication *planner = NULL;
  g_autoptr(InspTrack) track = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 2);
  for (guint i = 0; i < applications->len; i++)
    if (g_strcmp0 (insp_application_get_risk_level (g_ptr_array_index (applications, i)),
                   "high") == 0)
      planner = g_ptr_array_index (applications, i);
  g_assert_nonnull (planner);

  /* The paper's story: a high-risk planner rolled out with too little involvement. */
  track = insp_workspace_get_track (fixture->workspace, insp_application_get_uuid (planner),
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (track->intensity, ==, INSP_INTENSITY_HIGH);
  g_assert_cmpint (track_phase (track, "needs", 1)->comparison, <, 0);
  g_assert_cmpuint (track->n_activities, >, 0);
  g_assert_cmpfloat (track->participant_hours, >, 0);
}

static void
test_inventory (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = register_planner (fixture);
  const char *uuid = insp_application_get_uuid (application);
  g_autoptr(InspDataItem) item = insp_data_item_new ();
  g_autoptr(InspDataItem) empty = insp_data_item_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) checklist = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(InspPrecondition) other = g_new0 (InspPrecondition, 1);
  InspPrecondition *time;

  item->what = g_strdup ("Availability per shift");
  item->retention = g_strdup ("12 months");
  item->dpia_done = TRUE;
  g_assert_true (insp_workspace_save_data_item (fixture->workspace, uuid, item, &error));
  g_assert_no_error (error);
  g_assert_false (insp_workspace_save_data_item (fixture->workspace, uuid, empty, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (insp_workspace_save_data_item (fixture->workspace, "no-app", item, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  items = insp_workspace_list_data_items (fixture->workspace, uuid, &error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_true (((InspDataItem *) g_ptr_array_index (items, 0))->dpia_done);
  g_assert_true (insp_workspace_delete_data_item (fixture->workspace, item->uuid, &error));

  /* The checklist lists the seven built-in items before anything is filled in. */
  checklist = insp_workspace_list_preconditions (fixture->workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checklist->len, ==, 7);
  time = g_ptr_array_index (checklist, 2);
  g_assert_cmpstr (time->kind, ==, "time-budgeted");
  g_assert_null (time->uuid);
  time->met = TRUE;
  time->notes = g_strdup ("Two hours per frontrunner per week");
  g_assert_true (insp_workspace_save_precondition (fixture->workspace, uuid, time, &error));
  other->kind = g_strdup ("other");
  g_assert_false (insp_workspace_save_precondition (fixture->workspace, uuid, other, &error));
  g_clear_error (&error);
  other->notes = g_strdup ("A reorganisation at the same time");
  other->strategy = g_strdup ("Plan the pilot after it");
  g_assert_true (insp_workspace_save_precondition (fixture->workspace, uuid, other, &error));

  again = insp_workspace_list_preconditions (fixture->workspace, uuid, &error);
  g_assert_cmpuint (again->len, ==, 8);
  g_assert_true (((InspPrecondition *) g_ptr_array_index (again, 2))->met);
  g_assert_nonnull (((InspPrecondition *) g_ptr_array_index (again, 2))->uuid);
  g_assert_cmpstr (((InspPrecondition *) g_ptr_array_index (again, 7))->strategy, ==,
                   "Plan the pilot after it");
}

static const char *
first_group (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = insp_workspace_list_groups (fixture->workspace, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, >, 1);
  return g_intern_string (insp_group_get_uuid (g_ptr_array_index (groups, 0)));
}

static InspActivity *
reread_activity (Fixture    *fixture,
                 const char *application,
                 const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = insp_workspace_list_activities (fixture->workspace,
                                                                    application, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < activities->len; i++)
    if (g_str_equal (insp_activity_get_uuid (g_ptr_array_index (activities, i)), uuid))
      return g_object_ref (g_ptr_array_index (activities, i));
  g_assert_not_reached ();
  return NULL;
}

/* Groups and participants of an activity; a deleted participant leaves a role-only trace;
 * the actions an activity produced. */
static void
test_participants (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) planner = register_planner (fixture);
  const char *app = insp_application_get_uuid (planner);
  g_autoptr(InspActivity) session = add_activity (fixture, app, "pilot", 1, "co-create", TRUE,
                                                  8, 16, 6);
  g_autoptr(InspActivity) again = NULL;
  g_autoptr(InspPerson) anna = insp_person_new ();
  g_autoptr(InspPerson) deleted = NULL;
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (
    (GDestroyNotify) insp_participant_free);
  g_autoptr(InspAction) action = insp_action_new ();
  g_autoptr(GPtrArray) produced = NULL;
  InspActionFilter filter = { 0 };
  const char *frontrunner[] = { "frontrunner", NULL };
  const char *groups[] = { first_group (fixture), "no-such-group", NULL };
  InspParticipant *trace;

  insp_person_set_name (anna, "Anna Peeters");
  insp_person_set_roles (anna, frontrunner);
  g_assert_true (insp_workspace_save_person (fixture->workspace, anna, &error));
  g_assert_no_error (error);

  /* An unknown group is left out; an unknown person is refused, and so is nobody. */
  insp_activity_set_groups (session, groups);
  g_ptr_array_add (participants, insp_participant_new ("no-such-person", NULL, NULL));
  insp_activity_set_participants (session, participants);
  g_assert_false (insp_workspace_save_activity (fixture->workspace, app, "pilot", 1, session,
                                                &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“Session”"));
  g_clear_error (&error);
  g_ptr_array_set_size (participants, 0);
  g_ptr_array_add (participants, insp_participant_new (NULL, NULL, "Production"));
  insp_activity_set_participants (session, participants);
  g_assert_false (insp_workspace_save_activity (fixture->workspace, app, "pilot", 1, session,
                                                &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_ptr_array_set_size (participants, 0);
  g_ptr_array_add (participants, insp_participant_new (insp_person_get_uuid (anna),
                                                       "frontrunner", "Production"));
  g_ptr_array_add (participants, insp_participant_new (NULL, "works-council", NULL));
  insp_activity_set_participants (session, participants);
  g_assert_true (insp_workspace_save_activity (fixture->workspace, app, "pilot", 1, session,
                                               &error));
  g_assert_no_error (error);

  again = reread_activity (fixture, app, insp_activity_get_uuid (session));
  g_assert_cmpuint (g_strv_length ((GStrv) insp_activity_get_groups (again)), ==, 1);
  g_assert_cmpstr (insp_activity_get_groups (again)[0], ==, groups[0]);
  g_assert_cmpuint (insp_activity_get_participants (again)->len, ==, 2);
  g_assert_cmpstr (((InspParticipant *) g_ptr_array_index (
                      insp_activity_get_participants (again), 0))->person, ==,
                   insp_person_get_uuid (anna));
  g_clear_object (&again);

  /* Anna deleted: her place stays, as a frontrunner from Production. */
  deleted = insp_workspace_delete_person (fixture->workspace, insp_person_get_uuid (anna),
                                          &error);
  g_assert_no_error (error);
  again = reread_activity (fixture, app, insp_activity_get_uuid (session));
  g_assert_cmpuint (insp_activity_get_participants (again)->len, ==, 2);
  trace = g_ptr_array_index (insp_activity_get_participants (again), 0);
  g_assert_null (trace->person);
  g_assert_cmpstr (trace->role, ==, "frontrunner");
  g_assert_cmpstr (trace->department, ==, "Production");
  /* … and the trace is saved again as it is. */
  insp_activity_set_outcome (again, "Shift swaps by the team");
  g_assert_true (insp_workspace_save_activity (fixture->workspace, app, "pilot", 1, again,
                                               &error));
  g_assert_no_error (error);

  /* The actions the activity produced. */
  insp_action_set_application (action, app);
  insp_action_set_domain (action, "people");
  insp_action_set_title (action, "Agree a swap rule");
  insp_action_set_activity (action, insp_activity_get_uuid (session));
  g_assert_true (insp_workspace_save_action (fixture->workspace, action, &error));
  g_assert_no_error (error);
  filter.activity = insp_activity_get_uuid (session);
  produced = insp_workspace_list_actions (fixture->workspace, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (produced->len, ==, 1);
  g_clear_pointer (&produced, g_ptr_array_unref);
  filter.activity = "another";
  produced = insp_workspace_list_actions (fixture->workspace, &filter, &error);
  g_assert_cmpuint (produced->len, ==, 0);
}

/* A phase's dates and groups; the rounds of a pilot; deleting an application. */
static void
test_phases_and_rounds (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) planner = register_planner (fixture);
  const char *app = insp_application_get_uuid (planner);
  const char *groups[] = { first_group (fixture), NULL };
  g_autoptr(InspTrack) track = NULL;
  g_autoptr(InspActivity) in_round_2 = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(InspAction) action = insp_action_new ();
  InspTrackPhase *pilot;

  g_assert_false (insp_workspace_set_phase_details (fixture->workspace, app, "pilot", 1, NULL,
                                                    "2026-06-30", "2026-06-01", NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "end date"));
  g_clear_error (&error);
  g_assert_false (insp_workspace_set_phase_details (fixture->workspace, app, "pilot", 1, NULL,
                                                    "30/06/2026", NULL, NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_true (insp_workspace_set_phase_details (fixture->workspace, app, "pilot", 1, NULL,
                                                   "2026-06-01", "2026-06-30", groups, &error));
  g_assert_no_error (error);

  track = insp_workspace_get_track (fixture->workspace, app, &error);
  pilot = g_ptr_array_index (track->phases, 2);
  g_assert_cmpstr (pilot->phase, ==, "pilot");
  g_assert_cmpstr (pilot->start_date, ==, "2026-06-01");
  g_assert_cmpstr (pilot->end_date, ==, "2026-06-30");
  g_assert_cmpstrv (pilot->groups, groups);
  g_assert_cmpuint (g_strv_length (((InspTrackPhase *) g_ptr_array_index (track->phases,
                                                                           0))->groups), ==, 0);
  g_clear_pointer (&track, insp_track_free);

  /* Rounds 2 and 3; only the last can go, and only while it is empty. */
  g_assert_cmpuint (insp_workspace_add_pilot_round (fixture->workspace, app, &error), ==, 2);
  g_assert_cmpuint (insp_workspace_add_pilot_round (fixture->workspace, app, &error), ==, 3);
  g_assert_no_error (error);
  track = insp_workspace_get_track (fixture->workspace, app, &error);
  g_assert_cmpuint (track->phases->len, ==, 7);
  g_assert_cmpuint (((InspTrackPhase *) g_ptr_array_index (track->phases, 4))->round, ==, 3);
  g_clear_pointer (&track, insp_track_free);
  g_assert_false (insp_workspace_remove_pilot_round (fixture->workspace, app, 2, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  in_round_2 = add_activity (fixture, app, "pilot", 3, "dialogue", FALSE, -1, -1, -1);
  g_assert_false (insp_workspace_remove_pilot_round (fixture->workspace, app, 3, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "Round 3"));
  g_clear_error (&error);
  g_assert_true (insp_workspace_delete_activity (fixture->workspace,
                                                 insp_activity_get_uuid (in_round_2), &error));
  g_assert_true (insp_workspace_remove_pilot_round (fixture->workspace, app, 3, &error));
  g_assert_no_error (error);
  track = insp_workspace_get_track (fixture->workspace, app, &error);
  g_assert_cmpuint (track->phases->len, ==, 6);
  g_clear_pointer (&track, insp_track_free);
  g_assert_cmpuint (insp_workspace_add_pilot_round (fixture->workspace, "nothing", &error), ==,
                    0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Deleting the application takes its track and actions along. */
  insp_action_set_application (action, app);
  insp_action_set_domain (action, "technology");
  insp_action_set_title (action, "Fix the weekend rule");
  g_assert_true (insp_workspace_save_action (fixture->workspace, action, &error));
  g_assert_true (insp_workspace_delete_application (fixture->workspace, app, &error));
  g_assert_no_error (error);
  g_assert_null (insp_workspace_get_track (fixture->workspace, app, &error));
  g_clear_error (&error);
  actions = insp_workspace_list_actions (fixture->workspace, NULL, &error);
  g_assert_cmpuint (actions->len, ==, 0);
  g_assert_false (insp_workspace_delete_application (fixture->workspace, app, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/track/register", test_register, NULL);
  insp_test_add_workspace ("/track/levels", test_track_levels, NULL);
  insp_test_add_workspace ("/track/inventory", test_inventory, NULL);
  insp_test_add_workspace ("/track/participants", test_participants, NULL);
  insp_test_add_workspace ("/track/phases-and-rounds", test_phases_and_rounds, NULL);
  insp_test_add_workspace ("/track/example/en", test_example, "en");
  insp_test_add_workspace ("/track/example/nl", test_example, "nl");

  return g_test_run ();
}
