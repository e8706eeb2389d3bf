/* test-activity.c — the activity dialog: the groups that took part and the participants named,
 * kept across a save; a deleted person's trace; the actions it produced, added from the dialog;
 * names for the new controls
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()).
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include "insp-action.h"
#include "insp-action-dialog.h"
#include "insp-activity-dialog.h"
#include "insp-application.h"
#include "insp-applications-page.h"
#include "insp-person.h"
#include "insp-test-app.h"
#include "insp-track-view.h"

#define JOB_TIMEOUT_MS 20000

static gpointer
get_child (gpointer    widget,
           const char *name)
{
  return insp_test_get_template_child (widget, INSP_TYPE_ACTIVITY_DIALOG, name);
}

static InspTrackView *
show_track (InspTestApp *fixture)
{
  InspApplicationsPage *page;

  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  insp_window_show_page (fixture->window, "applications");
  insp_test_wait_idle ();
  page = INSP_APPLICATIONS_PAGE (insp_window_get_page (fixture->window, "applications"));
  return insp_applications_page_get_track_view (page);
}

static InspApplication *
register_application (InspWorkspace *workspace)
{
  InspApplication *application = insp_application_new ();
  g_autoptr(GError) error = NULL;

  insp_application_set_name (application, "AI rostering planner");
  insp_application_set_risk_level (application, "high");
  g_assert_true (insp_workspace_save_application (workspace, application, &error));
  g_assert_no_error (error);
  return application;
}

static InspPerson *
add_person (InspWorkspace *workspace,
            const char    *name,
            const char    *department,
            const char    *role)
{
  InspPerson *person = insp_person_new ();
  const char *roles[] = { role, NULL };
  g_autoptr(GError) error = NULL;

  insp_person_set_name (person, name);
  insp_person_set_department (person, department);
  insp_person_set_roles (person, roles);
  g_assert_true (insp_workspace_save_person (workspace, person, &error));
  g_assert_no_error (error);
  return person;
}

static InspActivity *
get_only_activity (InspWorkspace   *workspace,
                   InspApplication *application)
{
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GError) error = NULL;

  activities = insp_workspace_list_activities (workspace, insp_application_get_uuid (application),
                                               &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 1);
  return g_object_ref (g_ptr_array_index (activities, 0));
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static GtkWidget *
find_button_named (GtkWidget  *widget,
                   const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL))
        {
          g_autofree char *problem =
            gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, name);

          if (problem == NULL)
            return child;
        }
      if ((found = find_button_named (child, name)) != NULL)
        return found;
    }
  return NULL;
}

static void
assert_label (GtkWidget  *widget,
              const char *name)
{
  g_autofree char *problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                 name);

  if (problem != NULL)
    g_error ("a %s: %s", G_OBJECT_TYPE_NAME (widget), problem);
}

/* --- Tests ----------------------------------------------------------------------------------- */

static void
test_groups_and_participants (InspTestApp *fixture)
{
  InspTrackView *track = show_track (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspApplication) application = register_application (workspace);
  g_autoptr(InspPerson) ann = add_person (workspace, "Ann Peeters", "Planning", "frontrunner");
  g_autoptr(InspPerson) bart = add_person (workspace, "Bart Claes", "Logistics", "end-user");
  g_autoptr(InspActivity) activity = NULL;
  InspParticipant *participant;
  GtkWindow *dialog = NULL;
  GtkWidget *check, *row, *dropdown, *toggle;
  GPtrArray *participants;
  const char * const *groups;
  guint n_checked = 0;

  insp_test_wait_idle ();
  insp_test_activate_action (GTK_WIDGET (track), "track.add-activity",
                             g_variant_new ("(su)", "needs", 1));
  insp_test_wait_for_window (INSP_TYPE_ACTIVITY_DIALOG, &dialog);

  /* A new activity: its actions wait until it is saved. */
  g_assert_false (gtk_widget_get_sensitive (get_child (dialog, "add_action_button")));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (get_child (dialog,
                                                                              "actions_group")),
                            "Save the activity first"));

  gtk_editable_set_text (get_child (dialog, "title_row"), "Data-Date on rostering");
  gtk_editable_set_text (get_child (dialog, "head_count_row"), "14");

  /* Two groups checked. */
  check = gtk_widget_get_first_child (get_child (dialog, "groups_box"));
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  check = gtk_widget_get_next_sibling (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  /* Bart, found by typing and Enter in the popover's search. (The popover itself is not popped
   * up: GTK 4.8 under Xvfb finds no monitor for a popup of a dialog.) */
  g_assert_cmpuint (count_children (get_child (dialog, "person_list")), ==, 2);
  gtk_editable_set_text (get_child (dialog, "person_search"), "bart");
  g_signal_emit_by_name (get_child (dialog, "person_search"), "activate");
  insp_test_wait_idle ();
  g_assert_cmpuint (count_children (get_child (dialog, "participants_list")), ==, 1);

  /* Bart is not offered twice: only Ann is left. */
  g_assert_cmpuint (count_children (get_child (dialog, "person_list")), ==, 1);
  row = gtk_widget_get_first_child (get_child (dialog, "person_list"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ann Peeters");

  /* His role in this activity: works council member (after "No role"). */
  row = gtk_widget_get_first_child (get_child (dialog, "participants_list"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Bart Claes");
  dropdown = insp_test_find_descendant (row, GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (dropdown);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 6);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 2);

  /* Names: the role, also on the button inside the drop-down, and the remove button. */
  assert_label (dropdown, "Role of Bart Claes");
  toggle = insp_test_find_descendant (dropdown, GTK_TYPE_TOGGLE_BUTTON);
  g_assert_nonnull (toggle);
  assert_label (toggle, "Role of Bart Claes");
  g_assert_nonnull (find_button_named (row, "Remove Bart Claes"));
  g_assert_true (gtk_widget_get_focusable (find_button_named (row, "Remove Bart Claes")));

  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);

  activity = get_only_activity (workspace, application);
  groups = insp_activity_get_groups (activity);
  g_assert_nonnull (groups);
  g_assert_cmpuint (g_strv_length ((char **) groups), ==, 2);
  participants = insp_activity_get_participants (activity);
  g_assert_cmpuint (participants->len, ==, 1);
  participant = g_ptr_array_index (participants, 0);
  g_assert_cmpstr (participant->person, ==, insp_person_get_uuid (bart));
  g_assert_cmpstr (participant->role, ==, "works-council");
  g_assert_cmpstr (participant->department, ==, "Logistics");
  /* The head count stays what was typed. */
  g_assert_cmpint (insp_activity_get_head_count (activity), ==, 14);

  /* Reopened: the same groups and participant. */
  insp_test_activate_action (GTK_WIDGET (track), "track.edit-activity",
                             g_variant_new_string (insp_activity_get_uuid (activity)));
  insp_test_wait_for_window (INSP_TYPE_ACTIVITY_DIALOG, &dialog);
  for (check = gtk_widget_get_first_child (get_child (dialog, "groups_box")); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
      n_checked++;
  g_assert_cmpuint (n_checked, ==, 2);
  row = gtk_widget_get_first_child (get_child (dialog, "participants_list"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Bart Claes");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Logistics");
  dropdown = insp_test_find_descendant (row, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 2);

  /* Removed by its button: saved without participants. */
  g_signal_emit_by_name (find_button_named (row, "Remove Bart Claes"), "clicked");
  insp_test_wait_idle ();
  g_assert_cmpuint (count_children (get_child (dialog, "participants_list")), ==, 0);
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  g_clear_object (&activity);
  activity = get_only_activity (workspace, application);
  g_assert_cmpuint (insp_activity_get_participants (activity)->len, ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) insp_activity_get_groups (activity)), ==, 2);
}

static void
test_trace (InspTestApp *fixture)
{
  InspTrackView *track = show_track (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspApplication) application = register_application (workspace);
  g_autoptr(InspPerson) ann = add_person (workspace, "Ann Peeters", "Planning", "frontrunner");
  g_autoptr(InspPerson) deleted = NULL;
  g_autoptr(InspActivity) activity = insp_activity_new ();
  g_autoptr(GPtrArray) participants =
    g_ptr_array_new_with_free_func ((GDestroyNotify) insp_participant_free);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  GtkWidget *row;

  insp_activity_set_title (activity, "Reverse brainstorm");
  g_ptr_array_add (participants,
                   insp_participant_new (insp_person_get_uuid (ann), "frontrunner", "Planning"));
  insp_activity_set_participants (activity, participants);
  g_assert_true (insp_workspace_save_activity (workspace, insp_application_get_uuid (application),
                                               "needs", 1, activity, &error));
  g_assert_no_error (error);
  deleted = insp_workspace_delete_person (workspace, insp_person_get_uuid (ann), &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_clear_object (&activity);
  activity = get_only_activity (workspace, application);
  insp_test_wait_idle ();

  insp_test_activate_action (GTK_WIDGET (track), "track.edit-activity",
                             g_variant_new_string (insp_activity_get_uuid (activity)));
  insp_test_wait_for_window (INSP_TYPE_ACTIVITY_DIALOG, &dialog);

  /* Role and department only; no role to change, but it can be removed. */
  row = gtk_widget_get_first_child (get_child (dialog, "participants_list"));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Frontrunner (no longer in the workspace)");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Planning");
  g_assert_null (insp_test_find_descendant (row, GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (find_button_named (row, "Remove Frontrunner (no longer in the workspace)"));

  /* Saved again untouched, the trace stays. */
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  g_clear_object (&activity);
  activity = get_only_activity (workspace, application);
  g_assert_cmpuint (insp_activity_get_participants (activity)->len, ==, 1);
}

static gboolean
has_one_action_row (gpointer data)
{
  return count_children (data) == 1;
}

static void
test_add_action (InspTestApp *fixture)
{
  InspTrackView *track = show_track (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspApplication) application = register_application (workspace);
  g_autoptr(InspActivity) activity = insp_activity_new ();
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  InspActionFilter filter = { NULL, };
  GtkWindow *dialog = NULL;
  GtkWindow *action_dialog = NULL;
  InspAction *action;
  GtkWidget *row;

  insp_activity_set_title (activity, "Acceptance workshop");
  g_assert_true (insp_workspace_save_activity (workspace, insp_application_get_uuid (application),
                                               "decision", 1, activity, &error));
  g_assert_no_error (error);
  g_clear_object (&activity);
  activity = get_only_activity (workspace, application);
  insp_test_wait_idle ();

  insp_test_activate_action (GTK_WIDGET (track), "track.edit-activity",
                             g_variant_new_string (insp_activity_get_uuid (activity)));
  insp_test_wait_for_window (INSP_TYPE_ACTIVITY_DIALOG, &dialog);
  g_assert_true (gtk_widget_get_sensitive (get_child (dialog, "add_action_button")));
  g_assert_false (gtk_widget_get_visible (get_child (dialog, "actions_list")));

  /* The button, from the keyboard, opens the action dialog. */
  g_assert_true (gtk_widget_grab_focus (get_child (dialog, "add_action_button")));
  g_assert_true (gtk_widget_activate (get_child (dialog, "add_action_button")));
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &action_dialog);
  gtk_editable_set_text (insp_test_get_template_child (action_dialog, INSP_TYPE_ACTION_DIALOG,
                                                       "title_row"),
                         "Show the roster rules to the planners");
  gtk_editable_set_text (insp_test_get_template_child (action_dialog, INSP_TYPE_ACTION_DIALOG,
                                                       "due_row"),
                         "2026-06-01");
  insp_test_activate_action (GTK_WIDGET (action_dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&action_dialog);

  filter.activity = insp_activity_get_uuid (activity);
  actions = insp_workspace_list_actions (workspace, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  action = g_ptr_array_index (actions, 0);
  g_assert_cmpstr (insp_action_get_activity (action), ==, insp_activity_get_uuid (activity));
  g_assert_cmpstr (insp_action_get_application (action), ==,
                   insp_application_get_uuid (application));
  g_assert_nonnull (insp_action_get_phase (action));

  /* The dialog, still open, lists it. */
  g_assert_true (insp_test_wait_for (has_one_action_row, get_child (dialog, "actions_list"),
                                     JOB_TIMEOUT_MS));
  row = gtk_widget_get_first_child (get_child (dialog, "actions_list"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Show the roster rules to the planners");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "2026-06-01"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/activity/groups-and-participants", test_groups_and_participants, NULL);
  insp_test_add ("/activity/trace", test_trace, NULL);
  insp_test_add ("/activity/add-action", test_add_action, NULL);

  return g_test_run ();
}
