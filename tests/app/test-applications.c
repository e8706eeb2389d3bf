/* test-applications.c — the Applications page: the empty state, registering an application
 * through its triage, an activity that brings a phase to its recommended level, Undo after
 * deleting it, a phase's dates and groups, pilot rounds, deleting an application, and names
 * for every control of the page and its dialogs
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()).
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include "insp-activity-dialog.h"
#include "insp-application.h"
#include "insp-application-dialog.h"
#include "insp-inventory.h"
#include "insp-group.h"
#include "insp-person.h"
#include "insp-applications-page.h"
#include "insp-phase-dialog.h"
#include "insp-test-app.h"
#include "insp-track-view.h"

#define SHOW_TIMEOUT_MS 10000
#define JOB_TIMEOUT_MS 20000

static gpointer
get_child (gpointer    widget,
          GType       type,
          const char *name)
{
  return insp_test_get_template_child (widget, type, name);
}

static InspApplicationsPage *
show_page (InspTestApp *fixture)
{
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  insp_window_show_page (fixture->window, "applications");
  insp_test_wait_idle ();
  return INSP_APPLICATIONS_PAGE (insp_window_get_page (fixture->window, "applications"));
}

/* --- Accessible names and the keyboard, as test-a11y.c checks the main window ---------------- */

static char *
get_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  const char *text = NULL;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      char *label = gtk_test_accessible_check_property (accessible,
                                                        GTK_ACCESSIBLE_PROPERTY_LABEL, "");

      if (label != NULL)
        return label;
    }
  if (gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return g_strdup ("(labelled by another widget)");

  if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget))
    text = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (text == NULL || text[0] == '\0')
    text = gtk_widget_get_tooltip_text (widget);
  return text == NULL || text[0] == '\0' ? NULL : g_strdup (text);
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_ENTRY (widget) || GTK_IS_MENU_BUTTON (widget)
         || GTK_IS_LIST_BOX_ROW (widget) || ADW_IS_COMBO_ROW (widget) || GTK_IS_SWITCH (widget)
         || GTK_IS_TEXT_VIEW (widget) || GTK_IS_DROP_DOWN (widget);
}

static gboolean
can_take_focus (GtkWidget *widget)
{
  GtkEditable *delegate = NULL;

  if (gtk_widget_get_focusable (widget))
    return TRUE;
  if (GTK_IS_EDITABLE (widget))
    delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));
  return delegate != NULL && gtk_widget_get_focusable (GTK_WIDGET (delegate));
}

static void
check_controls (GtkWidget *widget,
                GString   *problems,
                guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (is_control (child))
        {
          g_autofree char *name = get_accessible_name (child);

          (*n_checked)++;
          if (name == NULL)
            g_string_append_printf (problems, "  a %s in a %s has no accessible name\n",
                                    G_OBJECT_TYPE_NAME (child), G_OBJECT_TYPE_NAME (widget));
          if (!can_take_focus (child) && !GTK_IS_MENU_BUTTON (child) && !GTK_IS_DROP_DOWN (child)
              && gtk_widget_get_ancestor (child, GTK_TYPE_WINDOW_CONTROLS) == NULL)
            g_string_append_printf (problems, "  a %s (“%s”) cannot take the focus\n",
                                    G_OBJECT_TYPE_NAME (child), name ? name : "");
        }
      if (!GTK_IS_MENU_BUTTON (child))
        check_controls (child, problems, n_checked);
    }
}

static void
assert_controls_named (GtkWidget *root,
                       guint      min_checked)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_checked = 0;

  check_controls (root, problems, &n_checked);
  if (problems->len > 0)
    g_error ("In the %s:\n%s", G_OBJECT_TYPE_NAME (root), problems->str);
  g_assert_cmpuint (n_checked, >=, min_checked);
}

/* --- Tests ----------------------------------------------------------------------------------- */

static void
test_empty (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  GtkStack *stack = get_child (page, INSP_TYPE_APPLICATIONS_PAGE, "stack");
  AdwStatusPage *status = get_child (page, INSP_TYPE_APPLICATIONS_PAGE, "status_page");
  GtkWidget *button = adw_status_page_get_child (status);
  GtkWindow *dialog = NULL;

  /* A first run: an empty workspace says what to do first. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No AI Applications Yet");
  g_assert_true (insp_test_wait_for (insp_test_widget_is_mapped, button, 10000));
  assert_controls_named (GTK_WIDGET (page), 3);

  /* Its button, from the keyboard, opens the dialog with the keyboard in the name. */
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
  insp_test_wait_idle ();
  insp_test_wait_for_window (INSP_TYPE_APPLICATION_DIALOG, &dialog);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (dialog),
                                         get_child (dialog, INSP_TYPE_APPLICATION_DIALOG,
                                                    "name_row")));

  /* Escape cancels: nothing registered. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

static GPtrArray *
find_check_buttons (GtkWidget *widget,
                    GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_CHECK_BUTTON (child))
        g_ptr_array_add (found, child);
      else
        find_check_buttons (child, found);
    }
  return found;
}

static void
test_register (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkStack *stack = get_child (page, INSP_TYPE_APPLICATIONS_PAGE, "stack");
  GtkListBox *list = get_child (page, INSP_TYPE_APPLICATIONS_PAGE, "application_list");
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  GtkWidget *save, *stop_box, *error_label;
  AdwComboRow *risk;
  GtkLabel *intensity;
  InspApplication *registered;
  GtkListBoxRow *row;
  GtkLabel *subtitle;

  insp_test_activate_action (GTK_WIDGET (page), "applications.register", NULL);
  insp_test_wait_for_window (INSP_TYPE_APPLICATION_DIALOG, &dialog);
  assert_controls_named (GTK_WIDGET (dialog), 25);

  save = get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "save_button");
  risk = get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "risk_row");
  intensity = get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "intensity_label");
  stop_box = get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "stop_box");
  error_label = get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "error_label");
  find_check_buttons (get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "triggers_group"),
                      checks);
  g_assert_cmpuint (checks->len, ==, 5);

  /* Nothing to save without a name. */
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "name_row"),
                         "Chatbot for HR questions");
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "vendor_row"),
                         "Praatpaal bv");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* The triage, live: not assessed and nothing ticked … */
  g_assert_cmpstr (gtk_label_get_label (intensity), ==, "None");
  /* … a chatbot talks to workers: one reason … */
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);
  g_assert_cmpstr (gtk_label_get_label (intensity), ==, "Low");
  /* … prohibited: stop, said plainly … */
  adw_combo_row_set_selected (risk, 4);
  g_assert_cmpstr (gtk_label_get_label (intensity), ==, "Stop");
  g_assert_true (gtk_widget_get_visible (stop_box));
  /* … and high-risk. */
  adw_combo_row_set_selected (risk, 3);
  g_assert_cmpstr (gtk_label_get_label (intensity), ==, "High");
  g_assert_false (gtk_widget_get_visible (stop_box));

  /* A date that is not one keeps Save off and says how to write it. */
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "informed_row"),
                         "12/05/2026");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "YYYY-MM-DD"));
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_APPLICATION_DIALOG, "informed_row"),
                         "2026-05-12");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_visible (error_label));

  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);

  /* Written … */
  applications = insp_workspace_list_applications (workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 1);
  registered = g_ptr_array_index (applications, 0);
  g_assert_cmpstr (insp_application_get_name (registered), ==, "Chatbot for HR questions");
  g_assert_cmpstr (insp_application_get_risk_level (registered), ==, "high");
  g_assert_cmpstr (insp_application_get_informed_date (registered), ==, "2026-05-12");
  g_assert_cmpuint (g_strv_length ((GStrv) insp_application_get_triggers (registered)), ==, 1);
  g_assert_cmpstr (insp_application_get_triggers (registered)[0], ==, "interacts");

  /* … and shown: in the list with its involvement, and chosen. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "applications");
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  g_assert_true (gtk_list_box_get_selected_row (list) == row);
  subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  g_assert_cmpstr (gtk_label_get_label (subtitle), ==, "Idea · High involvement");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_child (page, INSP_TYPE_APPLICATIONS_PAGE,
                                                              "intensity_label"))), ==,
                   "High");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_child (page, INSP_TYPE_APPLICATIONS_PAGE,
                                                              "title_label"))), ==,
                   "Chatbot for HR questions");
}

static InspApplication *
register_high_risk (InspWorkspace *workspace)
{
  InspApplication *application = insp_application_new ();
  g_autoptr(GError) error = NULL;

  insp_application_set_name (application, "AI rostering planner");
  insp_application_set_risk_level (application, "high");
  g_assert_true (insp_workspace_save_application (workspace, application, &error));
  g_assert_no_error (error);
  return application;
}

static void
fill_activity (GtkWindow *dialog)
{
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "title_row"),
                         "Data-Date: how does a planner build a roster?");
  /* Data-Date, held, co-create: the ladder's third rung. */
  adw_combo_row_set_selected (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "method_row"), 2);
  gtk_switch_set_active (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "held_switch"), TRUE);
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "date_row"),
                         "2026-03-02");
  adw_combo_row_set_selected (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "level_row"), 2);
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "head_count_row"), "12");
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG,
                                    "participant_hours_row"), "18");
  /* Either decimal mark. */
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "organiser_hours_row"),
                         "6,5");
}

static void
test_activity (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspApplication) application = register_high_risk (workspace);
  InspTrackView *track = insp_applications_page_get_track_view (page);
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  GtkWindow *dialog = NULL;
  const char *words = NULL;
  int comparison = 1;

  insp_test_wait_idle ();
  g_assert_cmpstr (insp_track_view_get_application (track), ==,
                   insp_application_get_uuid (application));

  /* High involvement: the needs phase should reach co-create, and reached nothing yet. */
  g_assert_true (insp_track_view_get_phase_state (track, "needs", 1, &comparison, &words));
  g_assert_cmpint (comparison, <, 0);
  g_assert_cmpstr (words, ==, "Nothing reached yet — the recommended minimum is Co-create");
  g_assert_cmpstr (insp_track_view_get_effort_text (track), ==,
                   "0 activities · 0 people · 0 h of participants, 0 h of organisers");
  assert_controls_named (GTK_WIDGET (page), 20);

  insp_test_activate_action (GTK_WIDGET (track), "track.add-activity",
                             g_variant_new ("(su)", "needs", 1));
  insp_test_wait_for_window (INSP_TYPE_ACTIVITY_DIALOG, &dialog);
  assert_controls_named (GTK_WIDGET (dialog), 10);

  /* Hours that are not a number keep Save off. */
  fill_activity (dialog);
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "head_count_row"),
                         "a dozen");
  g_assert_false (gtk_widget_get_sensitive (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG,
                                                       "save_button")));
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTIVITY_DIALOG, "head_count_row"), "12");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);

  /* The phase meets its recommended level, in the view's state and in words. */
  g_assert_true (insp_track_view_get_phase_state (track, "needs", 1, &comparison, &words));
  g_assert_cmpint (comparison, ==, 0);
  g_assert_cmpstr (words, ==, "Reached: Co-create — meets the recommended Co-create");
  g_assert_cmpstr (insp_track_view_get_effort_text (track), ==,
                   "1 activity · 12 people · 18 h of participants, 6.5 h of organisers");
  /* The next phase is still below. */
  g_assert_true (insp_track_view_get_phase_state (track, "decision", 1, &comparison, &words));
  g_assert_cmpint (comparison, <, 0);

  activities = insp_workspace_list_activities (workspace,
                                               insp_application_get_uuid (application), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 1);
  uuid = g_strdup (insp_activity_get_uuid (g_ptr_array_index (activities, 0)));
  g_assert_cmpstr (insp_activity_get_method (g_ptr_array_index (activities, 0)), ==,
                   "data-date");
  g_assert_cmpfloat (insp_activity_get_organiser_hours (g_ptr_array_index (activities, 0)), ==,
                     6.5);
  g_clear_pointer (&activities, g_ptr_array_unref);

  /* Deleted from its dialog … */
  insp_test_activate_action (GTK_WIDGET (track), "track.edit-activity",
                             g_variant_new_string (uuid));
  insp_test_wait_for_window (INSP_TYPE_ACTIVITY_DIALOG, &dialog);
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.delete", NULL);
  insp_test_wait_until_closed (&dialog);
  g_assert_true (insp_track_view_get_phase_state (track, "needs", 1, &comparison, NULL));
  g_assert_cmpint (comparison, <, 0);

  /* … and back with Undo, the same activity. */
  insp_test_activate_action (GTK_WIDGET (track), "track.undo-delete", NULL);
  g_assert_true (insp_track_view_get_phase_state (track, "needs", 1, &comparison, &words));
  g_assert_cmpint (comparison, ==, 0);
  activities = insp_workspace_list_activities (workspace,
                                               insp_application_get_uuid (application), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 1);
  g_assert_cmpstr (insp_activity_get_uuid (g_ptr_array_index (activities, 0)), ==, uuid);

  /* The status, chosen from the keyboard: written, and the focus stays on it. */
  {
    GtkWidget *status = insp_test_find_descendant (GTK_WIDGET (track), GTK_TYPE_DROP_DOWN);
    g_autoptr(InspTrack) stored = NULL;
    GtkWidget *focus;

    g_assert_nonnull (status);
    g_assert_true (gtk_widget_child_focus (status, GTK_DIR_TAB_FORWARD));
    gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 1);
    insp_test_wait_idle ();
    stored = insp_workspace_get_track (workspace, insp_application_get_uuid (application),
                                       &error);
    g_assert_no_error (error);
    g_assert_cmpstr (((InspTrackPhase *) g_ptr_array_index (stored->phases, 0))->status, ==,
                     "ongoing");
    focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN)
                   == insp_test_find_descendant (GTK_WIDGET (track), GTK_TYPE_DROP_DOWN));
    g_assert_cmpuint (gtk_drop_down_get_selected (
                        GTK_DROP_DOWN (insp_test_find_descendant (GTK_WIDGET (track),
                                                                  GTK_TYPE_DROP_DOWN))), ==, 1);
  }

  /* A second pilot round is a phase of its own. */
  g_assert_false (insp_track_view_get_phase_state (track, "pilot", 2, NULL, NULL));
  insp_test_activate_action (GTK_WIDGET (track), "track.add-round", NULL);
  g_assert_true (insp_track_view_get_phase_state (track, "pilot", 2, &comparison, NULL));
}

static GPtrArray *
find_checks (GtkWidget *box)
{
  GPtrArray *checks = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child))
      g_ptr_array_add (checks, child);
  return checks;
}

static const InspTrackPhase *
find_phase (InspTrack  *track,
            const char *phase,
            guint       round)
{
  for (guint i = 0; i < track->phases->len; i++)
    {
      const InspTrackPhase *p = g_ptr_array_index (track->phases, i);

      if (g_str_equal (p->phase, phase) && p->round == round)
        return p;
    }
  return NULL;
}

/* A phase's dates and groups, edited in its dialog and shown in the track; an end date
 * before the start is refused, and the dialog keeps what was typed. */
static void
test_phase (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspApplication) application = register_high_risk (workspace);
  InspTrackView *track = insp_applications_page_get_track_view (page);
  g_autoptr(InspGroup) planners = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(InspTrack) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  GtkLabel *error_label;
  const InspTrackPhase *pilot;

  planners = insp_workspace_add_group (workspace, "Planners", NULL, &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();
  g_assert_cmpstr (insp_track_view_get_phase_details (track, "pilot", 1), ==, "");

  insp_test_activate_action (GTK_WIDGET (track), "track.edit-phase",
                             g_variant_new ("(su)", "pilot", 1));
  insp_test_wait_for_window (INSP_TYPE_PHASE_DIALOG, &dialog);
  assert_controls_named (GTK_WIDGET (dialog), 5);

  /* The end before the start: refused, said, and nothing typed is lost. */
  adw_combo_row_set_selected (get_child (dialog, INSP_TYPE_PHASE_DIALOG, "status_row"), 1);
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_PHASE_DIALOG, "start_row"), "2026-04-30");
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_PHASE_DIALOG, "end_row"), "2026-03-02");
  checks = find_checks (get_child (dialog, INSP_TYPE_PHASE_DIALOG, "groups_box"));
  g_assert_cmpuint (checks->len, ==, 7);
  g_assert_cmpstr (gtk_check_button_get_label (g_ptr_array_index (checks, 5)), ==,
                   "Employee representatives");
  g_assert_cmpstr (gtk_check_button_get_label (g_ptr_array_index (checks, 6)), ==, "Planners");
  gtk_check_button_set_active (g_ptr_array_index (checks, 5), TRUE);
  gtk_check_button_set_active (g_ptr_array_index (checks, 6), TRUE);
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_idle ();
  g_assert_nonnull (dialog);
  error_label = get_child (dialog, INSP_TYPE_PHASE_DIALOG, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_label (error_label), ==,
                   "The phase could not be saved: Pilot: the end date comes before the start "
                   "date");
  g_assert_cmpstr (gtk_editable_get_text (get_child (dialog, INSP_TYPE_PHASE_DIALOG,
                                                     "start_row")), ==, "2026-04-30");
  g_assert_cmpstr (gtk_editable_get_text (get_child (dialog, INSP_TYPE_PHASE_DIALOG,
                                                     "end_row")), ==, "2026-03-02");
  g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, 6)));
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (dialog, INSP_TYPE_PHASE_DIALOG,
                                                           "status_row")), ==, 1);
  stored = insp_workspace_get_track (workspace, insp_application_get_uuid (application), &error);
  g_assert_no_error (error);
  pilot = find_phase (stored, "pilot", 1);
  g_assert_null (pilot->start_date);
  g_assert_cmpstr (pilot->status, ==, "not-started");
  g_clear_pointer (&stored, insp_track_free);

  /* Corrected and saved: stored, and shown in the track. */
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_PHASE_DIALOG, "start_row"), "2026-03-02");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_PHASE_DIALOG, "end_row"), "2026-04-30");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);

  g_assert_cmpstr (insp_track_view_get_phase_details (track, "pilot", 1), ==,
                   "2 Mar – 30 Apr 2026 · Employee representatives, Planners");
  stored = insp_workspace_get_track (workspace, insp_application_get_uuid (application), &error);
  g_assert_no_error (error);
  pilot = find_phase (stored, "pilot", 1);
  g_assert_cmpstr (pilot->status, ==, "ongoing");
  g_assert_cmpstr (pilot->start_date, ==, "2026-03-02");
  g_assert_cmpstr (pilot->end_date, ==, "2026-04-30");
  g_assert_cmpuint (g_strv_length (pilot->groups), ==, 2);

  /* A start date only; Escape closes without saving. */
  insp_test_activate_action (GTK_WIDGET (track), "track.edit-phase",
                             g_variant_new ("(su)", "needs", 1));
  insp_test_wait_for_window (INSP_TYPE_PHASE_DIALOG, &dialog);
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_PHASE_DIALOG, "start_row"), "2026-01-12");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  g_assert_cmpstr (insp_track_view_get_phase_details (track, "needs", 1), ==,
                   "from 12 Jan 2026");
  insp_test_activate_action (GTK_WIDGET (track), "track.edit-phase",
                             g_variant_new ("(su)", "needs", 1));
  insp_test_wait_for_window (INSP_TYPE_PHASE_DIALOG, &dialog);
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_PHASE_DIALOG, "start_row"), "");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);
  g_assert_cmpstr (insp_track_view_get_phase_details (track, "needs", 1), ==,
                   "from 12 Jan 2026");

  /* The track with its new buttons: every control named. */
  assert_controls_named (GTK_WIDGET (track), 12);
}

/* A pilot round added and removed; a round with an activity is not removed, and the view
 * says why. */
static void
test_rounds (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspApplication) application = register_high_risk (workspace);
  InspTrackView *track = insp_applications_page_get_track_view (page);
  g_autoptr(InspActivity) activity = insp_activity_new ();
  g_autoptr(GError) error = NULL;

  insp_test_wait_idle ();
  g_assert_false (insp_track_view_get_phase_state (track, "pilot", 2, NULL, NULL));
  insp_test_activate_action (GTK_WIDGET (track), "track.add-round", NULL);
  g_assert_true (insp_track_view_get_phase_state (track, "pilot", 2, NULL, NULL));
  insp_test_activate_action (GTK_WIDGET (track), "track.remove-round",
                             g_variant_new_uint32 (2));
  g_assert_false (insp_track_view_get_phase_state (track, "pilot", 2, NULL, NULL));
  g_assert_true (insp_track_view_get_phase_state (track, "pilot", 1, NULL, NULL));
  g_assert_null (insp_track_view_get_error_text (track));

  /* A round with an activity stays. */
  insp_test_activate_action (GTK_WIDGET (track), "track.add-round", NULL);
  insp_activity_set_title (activity, "Pilot feedback, round 2");
  insp_activity_set_method (activity, "pilot-feedback");
  g_assert_true (insp_workspace_save_activity (workspace, insp_application_get_uuid (application),
                                               "pilot", 2, activity, &error));
  g_assert_no_error (error);
  insp_test_wait_idle ();
  insp_test_activate_action (GTK_WIDGET (track), "track.remove-round",
                             g_variant_new_uint32 (2));
  g_assert_true (insp_track_view_get_phase_state (track, "pilot", 2, NULL, NULL));
  g_assert_cmpstr (insp_track_view_get_error_text (track), ==,
                   "Round 2 of the pilot has activities: move or delete them first");
  assert_controls_named (GTK_WIDGET (track), 12);
}

/* Deleting an application after the confirmation: the next one is shown, then the empty
 * state. */
static void
test_delete (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspApplication) first = register_high_risk (workspace);
  g_autoptr(InspApplication) second = insp_application_new ();
  GtkListBox *list = get_child (page, INSP_TYPE_APPLICATIONS_PAGE, "application_list");
  GtkStack *stack = get_child (page, INSP_TYPE_APPLICATIONS_PAGE, "stack");
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;

  insp_application_set_name (second, "Chatbot for HR questions");
  g_assert_true (insp_workspace_save_application (workspace, second, &error));
  g_assert_no_error (error);
  insp_applications_page_show_application (page, insp_application_get_uuid (first));
  insp_test_wait_idle ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_child (page, INSP_TYPE_APPLICATIONS_PAGE,
                                                              "title_label"))), ==,
                   "AI rostering planner");

  /* Cancel is the default, and keeps it. */
  insp_test_activate_action (GTK_WIDGET (page), "applications.delete", NULL);
  insp_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, &dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Delete “AI rostering planner”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "cannot be undone"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                                               "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);  /* a response emitted, not clicked, leaves it open */
  insp_test_wait_until_closed (&dialog);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));

  /* Delete: the next one is shown. */
  insp_test_activate_action (GTK_WIDGET (page), "applications.delete", NULL);
  insp_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, &dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_destroy (dialog);
  insp_test_wait_until_closed (&dialog);
  applications = insp_workspace_list_applications (workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 1);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_child (page, INSP_TYPE_APPLICATIONS_PAGE,
                                                              "title_label"))), ==,
                   "Chatbot for HR questions");
  g_assert_cmpstr (insp_track_view_get_application (insp_applications_page_get_track_view (page)),
                   ==, insp_application_get_uuid (second));

  /* The last one: the empty state. */
  insp_test_activate_action (GTK_WIDGET (page), "applications.delete", NULL);
  insp_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, &dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_destroy (dialog);
  insp_test_wait_until_closed (&dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (insp_track_view_get_application (insp_applications_page_get_track_view (page)));
}

static void
make_example_workspace (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = insp_workspace_get_default_dir (&error);
  g_autofree char *path = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, INSP_WORKSPACE_DEFAULT_NAME, NULL);
  workspace = insp_workspace_open (path, TRUE, &error);
  g_assert_no_error (error);
  insp_workspace_init_example (workspace, "en", &error);
  g_assert_no_error (error);
}

static void
check_example (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  GtkListBox *list = get_child (page, INSP_TYPE_APPLICATIONS_PAGE, "application_list");
  InspTrackView *track = insp_applications_page_get_track_view (page);
  int comparison;

  /* The rostering planner: high-risk, and its needs phase stayed at inform. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_true (insp_track_view_get_phase_state (track, "needs", 1, &comparison, NULL));
  g_assert_cmpint (comparison, <, 0);

  /* Every control of a full page is named and reachable. */
  assert_controls_named (GTK_WIDGET (page), 35);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* Data about workers, a precondition ticked and a person linked, all from the page. */
static void
test_inventory (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspApplication) application = register_high_risk (workspace);
  const char *uuid = insp_application_get_uuid (application);
  g_autoptr(InspPerson) person = insp_person_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) preconditions = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  GtkWidget *check;
  InspApplicationPerson *link;

  insp_person_set_name (person, "An Peeters");
  g_assert_true (insp_workspace_save_person (workspace, person, &error));
  g_assert_no_error (error);
  insp_test_wait_idle ();

  /* Add data. */
  insp_test_activate_action (GTK_WIDGET (page), "applications.add-data", NULL);
  insp_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, &dialog);
  assert_controls_named (GTK_WIDGET (dialog), 5);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "what"), "Hours worked");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "purpose"), "Rostering");
  gtk_switch_set_active (g_object_get_data (G_OBJECT (dialog), "dpia"), TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  gtk_window_destroy (dialog);  /* a response emitted, not clicked, leaves it open */
  insp_test_wait_until_closed (&dialog);
  items = insp_workspace_list_data_items (workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (((InspDataItem *) g_ptr_array_index (items, 0))->what, ==, "Hours worked");
  g_assert_true (((InspDataItem *) g_ptr_array_index (items, 0))->dpia_done);

  /* Tick the first precondition. */
  check = find_descendant (get_child (page, INSP_TYPE_APPLICATIONS_PAGE, "precondition_group"),
                           GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  insp_test_wait_idle ();
  preconditions = insp_workspace_list_preconditions (workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (((InspPrecondition *) g_ptr_array_index (preconditions, 0))->met);
  g_assert_nonnull (((InspPrecondition *) g_ptr_array_index (preconditions, 0))->uuid);

  /* Link the person as the first role. */
  insp_test_activate_action (GTK_WIDGET (page), "applications.link-person", NULL);
  insp_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, &dialog);
  assert_controls_named (GTK_WIDGET (dialog), 3);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "task"), "Tests the planner");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  gtk_window_destroy (dialog);  /* a response emitted, not clicked, leaves it open */
  insp_test_wait_until_closed (&dialog);
  links = insp_workspace_list_application_persons (workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  link = g_ptr_array_index (links, 0);
  g_assert_cmpstr (link->person, ==, insp_person_get_uuid (person));
  g_assert_cmpstr (link->task, ==, "Tests the planner");

  /* The page shows them, every control named. */
  insp_test_wait_idle ();
  assert_controls_named (GTK_WIDGET (page), 30);
}

static void
test_example (void)
{
  make_example_workspace ();
  insp_test_app_run (NULL, check_example);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/applications/empty", test_empty, NULL);
  insp_test_add ("/applications/register", test_register, NULL);
  insp_test_add ("/applications/activity", test_activity, NULL);
  insp_test_add ("/applications/inventory", test_inventory, NULL);
  insp_test_add ("/applications/phase", test_phase, NULL);
  insp_test_add ("/applications/rounds", test_rounds, NULL);
  insp_test_add ("/applications/delete", test_delete, NULL);
  insp_test_add_func ("/applications/example", test_example);

  return g_test_run ();
}
