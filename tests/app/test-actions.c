/* test-actions.c — the Actions page: the empty state, adding an action through its dialog,
 * filtering by domain and by overdue, Undo after deleting one, where an action came from (a
 * phase, an activity, a section of the vision) and going to its application, and names for
 * every control
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
#include "insp-actions-page.h"
#include "insp-application.h"
#include "insp-section.h"
#include "insp-test-app.h"

#define SHOW_TIMEOUT_MS 10000
#define JOB_TIMEOUT_MS 20000

static gpointer
get_child (gpointer    widget,
          GType       type,
          const char *name)
{
  return insp_test_get_template_child (widget, type, name);
}

static InspActionsPage *
show_page (InspTestApp *fixture)
{
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  insp_window_show_page (fixture->window, "actions");
  insp_test_wait_idle ();
  return INSP_ACTIONS_PAGE (insp_window_get_page (fixture->window, "actions"));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}

static GtkListBoxRow *
get_row (GtkListBox *list,
         guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) index);

  g_assert_nonnull (row);
  return row;
}

/* --- Tests ----------------------------------------------------------------------------------- */

static void
test_empty (InspTestApp *fixture)
{
  InspActionsPage *page = show_page (fixture);
  GtkStack *stack = get_child (page, INSP_TYPE_ACTIONS_PAGE, "stack");
  AdwStatusPage *status = get_child (page, INSP_TYPE_ACTIONS_PAGE, "status_page");
  GtkWidget *button = adw_status_page_get_child (status);
  GtkWindow *dialog = NULL;

  /* An empty workspace says what actions are for. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Actions Yet");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "complaint"));
  g_assert_true (insp_test_wait_for (insp_test_widget_is_mapped, button, 10000));
  insp_test_assert_controls_named (GTK_WIDGET (page), 1);

  /* Its button, from the keyboard, opens the dialog with the keyboard in the title. */
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
  insp_test_wait_idle ();
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &dialog);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (dialog),
                                         get_child (dialog, INSP_TYPE_ACTION_DIALOG,
                                                    "title_row")));

  /* Escape cancels: nothing added. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

static void
test_add_filter_delete (InspTestApp *fixture)
{
  InspActionsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkStack *stack = get_child (page, INSP_TYPE_ACTIONS_PAGE, "stack");
  GtkStack *list_stack = get_child (page, INSP_TYPE_ACTIONS_PAGE, "list_stack");
  GtkListBox *list = get_child (page, INSP_TYPE_ACTIONS_PAGE, "action_list");
  GtkDropDown *domain = get_child (page, INSP_TYPE_ACTIONS_PAGE, "domain_dropdown");
  GtkDropDown *applications = get_child (page, INSP_TYPE_ACTIONS_PAGE, "application_dropdown");
  GtkToggleButton *overdue = get_child (page, INSP_TYPE_ACTIONS_PAGE, "overdue_toggle");
  g_autoptr(InspApplication) application = insp_application_new ();
  g_autoptr(InspAction) later = insp_action_new ();
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  GtkWindow *dialog = NULL;
  GtkWidget *save, *error_label;
  AdwActionRow *row;
  InspAction *added = NULL;

  insp_application_set_name (application, "Rostering planner");
  g_assert_true (insp_workspace_save_application (workspace, application, &error));
  g_assert_no_error (error);
  insp_test_wait_idle ();
  /* "All Applications", then the one registered. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (applications)), ==, 2);

  /* Added through the dialog, every field. */
  insp_test_activate_action (GTK_WIDGET (page), "actions.add", NULL);
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &dialog);
  insp_test_assert_controls_named (GTK_WIDGET (dialog), 8);
  save = get_child (dialog, INSP_TYPE_ACTION_DIALOG, "save_button");
  error_label = get_child (dialog, INSP_TYPE_ACTION_DIALOG, "error_label");
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "title_row"),
                         "Train the planners");
  g_assert_true (gtk_widget_get_sensitive (save));
  adw_combo_row_set_selected (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "domain_row"), 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (get_child (dialog, INSP_TYPE_ACTION_DIALOG,
                                                           "domain_row")),
                   ==, "The people: training, support, well-being");
  adw_combo_row_set_selected (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "application_row"),
                              1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (get_child (dialog,
                                                                 INSP_TYPE_ACTION_DIALOG,
                                                                 "description_view")),
                            "Agreed in the focus group.", -1);
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "owner_row"),
                         "An Peeters");
  /* A date that is not a day: said, and nothing to save. */
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "due_row"), "2020-02-31");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (error_label));
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "due_row"), "2020-02-15");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_visible (error_label));
  adw_combo_row_set_selected (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "status_row"), 1);
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);

  actions = insp_workspace_list_actions (workspace, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  added = g_ptr_array_index (actions, 0);
  uuid = g_strdup (insp_action_get_uuid (added));
  g_assert_cmpstr (insp_action_get_title (added), ==, "Train the planners");
  g_assert_cmpstr (insp_action_get_domain (added), ==, "people");
  g_assert_cmpstr (insp_action_get_application (added), ==,
                   insp_application_get_uuid (application));
  g_assert_cmpstr (insp_action_get_description (added), ==, "Agreed in the focus group.");
  g_assert_cmpstr (insp_action_get_owner (added), ==, "An Peeters");
  g_assert_cmpstr (insp_action_get_due_date (added), ==, "2020-02-15");
  g_assert_cmpstr (insp_action_get_status (added), ==, "in-progress");
  g_clear_pointer (&actions, g_ptr_array_unref);

  /* Shown, overdue in words and in the warning style, with where it came from. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "actions");
  g_assert_cmpuint (count_rows (list), ==, 1);
  row = ADW_ACTION_ROW (get_row (list, 0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Train the planners");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "People · An Peeters · Overdue since 15 February 2020 · "
                   "From Rostering planner");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "warning"));

  /* A second one, later and in technology, sorted after it. */
  insp_action_set_title (later, "Let planners override the roster");
  insp_action_set_domain (later, "technology");
  insp_action_set_due_date (later, "2999-01-01");
  insp_action_set_status (later, "open");
  g_assert_true (insp_workspace_save_action (workspace, later, &error));
  g_assert_no_error (error);
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 2);
  row = ADW_ACTION_ROW (get_row (list, 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Let planners override the roster");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "warning"));
  insp_test_assert_controls_named (GTK_WIDGET (page), 10);

  /* By domain: technology … */
  gtk_drop_down_set_selected (domain, 1);
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (get_row (list, 0))), ==,
                   "Let planners override the roster");
  /* … and overdue as well: none, and the page says so. */
  gtk_toggle_button_set_active (overdue, TRUE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "no-match");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "actions");
  /* Overdue in every domain: the first. */
  gtk_drop_down_set_selected (domain, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (get_row (list, 0))), ==,
                   "Train the planners");
  /* Show all again. */
  insp_test_activate_action (GTK_WIDGET (page), "actions.show-all", NULL);
  g_assert_false (gtk_toggle_button_get_active (overdue));
  g_assert_cmpuint (count_rows (list), ==, 2);

  /* Activating a row edits it. */
  g_signal_emit_by_name (list, "row-activated", get_row (list, 0));
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &dialog);
  g_assert_cmpstr (gtk_editable_get_text (get_child (dialog, INSP_TYPE_ACTION_DIALOG,
                                                     "title_row")), ==, "Train the planners");
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (dialog, INSP_TYPE_ACTION_DIALOG,
                                                           "application_row")), ==, 1);
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "owner_row"), "Jan");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get_row (list, 0))), ==,
                   "People · Jan · Overdue since 15 February 2020 · From Rostering planner");

  /* Deleted … */
  insp_test_activate_action (GTK_WIDGET (page), "actions.delete", g_variant_new_string (uuid));
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 1);
  actions = insp_workspace_list_actions (workspace, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_clear_pointer (&actions, g_ptr_array_unref);

  /* … and back with Undo, the same action. */
  insp_test_activate_action (GTK_WIDGET (page), "actions.undo-delete", NULL);
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 2);
  actions = insp_workspace_list_actions (workspace, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 2);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < actions->len; i++)
      found |= g_strcmp0 (insp_action_get_uuid (g_ptr_array_index (actions, i)), uuid) == 0;
    g_assert_true (found);
  }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (get_row (list, 0))), ==,
                   "Train the planners");
}

/* Where @label is among the choices of @row; fails when it is not. */
static guint
find_choice (AdwComboRow *row,
             const char  *label)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      return i;
  g_error ("“%s” is not offered in “%s”", label,
           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return 0;
}

static const char *
get_choice (AdwComboRow *row)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (row)),
                                     adw_combo_row_get_selected (row));
}

/* The uuid of the pilot's round @round in @application's track. */
static char *
dup_pilot_uuid (InspWorkspace *workspace,
                const char    *application,
                guint          round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspTrack) track = insp_workspace_get_track (workspace, application, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

      if (g_str_equal (phase->phase, "pilot") && phase->round == round)
        return g_strdup (phase->uuid);
    }
  return NULL;
}

static void
test_origin (InspTestApp *fixture)
{
  InspActionsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkListBox *list = get_child (page, INSP_TYPE_ACTIONS_PAGE, "action_list");
  g_autoptr(InspApplication) application = insp_application_new ();
  g_autoptr(InspApplication) other = insp_application_new ();
  g_autoptr(InspActivity) activity = insp_activity_new ();
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *round_2 = NULL;
  const char *red_lines = NULL;
  const char *red_lines_title = NULL;
  AdwComboRow *application_row, *phase_row, *activity_row, *section_row;
  GtkWindow *dialog = NULL;
  InspAction *added;
  GtkWidget *row;

  /* An application whose pilot runs in a second round, with an activity in it. */
  insp_application_set_name (application, "Rostering planner");
  /* High risk: every phase has a recommended level. (The track view has a critical warning
   * for a phase without one, in create_level_bar (); not for this test.) */
  insp_application_set_risk_level (application, "high");
  g_assert_true (insp_workspace_save_application (workspace, application, &error));
  insp_application_set_name (other, "Chatbot");
  insp_application_set_risk_level (other, "high");
  g_assert_true (insp_workspace_save_application (workspace, other, &error));
  g_assert_true (insp_workspace_set_phase_status (workspace,
                                                  insp_application_get_uuid (application),
                                                  "pilot", 1, "done", &error));
  g_assert_cmpuint (insp_workspace_add_pilot_round (workspace,
                                                    insp_application_get_uuid (application),
                                                    &error), ==, 2);
  g_assert_no_error (error);
  insp_activity_set_title (activity, "Acceptance workshop");
  insp_activity_set_method (activity, "acceptance-workshop");
  insp_activity_set_date (activity, "2026-05-12");
  g_assert_true (insp_workspace_save_activity (workspace,
                                               insp_application_get_uuid (application),
                                               "pilot", 2, activity, &error));
  g_assert_no_error (error);
  round_2 = dup_pilot_uuid (workspace, insp_application_get_uuid (application), 2);
  g_assert_nonnull (round_2);
  sections = insp_workspace_list_sections (workspace, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_key (g_ptr_array_index (sections, i)), "red-lines") == 0)
      {
        red_lines = insp_section_get_uuid (g_ptr_array_index (sections, i));
        red_lines_title = insp_section_get_display_title (g_ptr_array_index (sections, i));
      }
  g_assert_nonnull (red_lines);
  insp_test_wait_idle ();

  /* A new action: without an application, there is no phase or activity to choose. */
  insp_test_activate_action (GTK_WIDGET (page), "actions.add", NULL);
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &dialog);
  application_row = get_child (dialog, INSP_TYPE_ACTION_DIALOG, "application_row");
  phase_row = get_child (dialog, INSP_TYPE_ACTION_DIALOG, "phase_row");
  activity_row = get_child (dialog, INSP_TYPE_ACTION_DIALOG, "activity_row");
  section_row = get_child (dialog, INSP_TYPE_ACTION_DIALOG, "section_row");
  insp_test_assert_controls_named (GTK_WIDGET (dialog), 11);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (phase_row)));
  g_assert_cmpstr (get_choice (phase_row), ==, "None");
  g_assert_cmpstr (get_choice (section_row), ==, "None");
  gtk_editable_set_text (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "title_row"),
                         "Let planners swap shifts");

  /* The application's track: its started phases, the pilot's rounds named, its activity. */
  adw_combo_row_set_selected (application_row, find_choice (application_row,
                                                            "Rostering planner"));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (phase_row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (phase_row)), ==,
                   "Phases that have not started yet are not offered");
  find_choice (phase_row, "Pilot");
  adw_combo_row_set_selected (phase_row, find_choice (phase_row, "Pilot, round 2"));
  adw_combo_row_set_selected (activity_row,
                              find_choice (activity_row, "Acceptance workshop, 12 May 2026"));
  adw_combo_row_set_selected (section_row, find_choice (section_row, red_lines_title));

  /* Another application: its own track, nothing of the first chosen. */
  adw_combo_row_set_selected (application_row, find_choice (application_row, "Chatbot"));
  g_assert_cmpstr (get_choice (phase_row), ==, "None");
  g_assert_cmpstr (get_choice (activity_row), ==, "None");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (activity_row)), ==, 1);
  g_assert_cmpstr (get_choice (section_row), ==, red_lines_title);

  /* Back, and chosen again from the keyboard's point of view: as a caller would. */
  insp_action_dialog_set_origin (INSP_ACTION_DIALOG (dialog),
                                 insp_application_get_uuid (application), round_2,
                                 insp_activity_get_uuid (activity));
  g_assert_cmpstr (get_choice (application_row), ==, "Rostering planner");
  g_assert_cmpstr (get_choice (phase_row), ==, "Pilot, round 2");
  g_assert_cmpstr (get_choice (activity_row), ==, "Acceptance workshop, 12 May 2026");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);

  /* Saved with the action. */
  actions = insp_workspace_list_actions (workspace, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  added = g_ptr_array_index (actions, 0);
  g_assert_cmpstr (insp_action_get_application (added), ==,
                   insp_application_get_uuid (application));
  g_assert_cmpstr (insp_action_get_phase (added), ==, round_2);
  g_assert_cmpstr (insp_action_get_activity (added), ==, insp_activity_get_uuid (activity));
  g_assert_cmpstr (insp_action_get_section (added), ==, red_lines);

  /* The row names where it came from, and offers to go to the application. */
  g_assert_cmpuint (count_rows (list), ==, 1);
  row = GTK_WIDGET (get_row (list, 0));
  {
    g_autofree char *expected = g_strdup_printf ("Technology · No due date · "
                                                 "From Rostering planner: Acceptance workshop "
                                                 "(Pilot, round 2) · "
                                                 "From the vision section “%s”",
                                                 red_lines_title);

    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected);
  }
  insp_test_assert_controls_named (GTK_WIDGET (page), 6);

  /* Reopened, it shows them. */
  g_signal_emit_by_name (list, "row-activated", get_row (list, 0));
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &dialog);
  g_assert_cmpstr (get_choice (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "application_row")),
                   ==, "Rostering planner");
  g_assert_cmpstr (get_choice (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "phase_row")), ==,
                   "Pilot, round 2");
  g_assert_cmpstr (get_choice (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "activity_row")),
                   ==, "Acceptance workshop, 12 May 2026");
  g_assert_cmpstr (get_choice (get_child (dialog, INSP_TYPE_ACTION_DIALOG, "section_row")), ==,
                   red_lines_title);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);

  /* Only the phase, without the activity: the row names the phase. */
  insp_action_set_activity (added, NULL);
  insp_action_set_section (added, NULL);
  g_assert_true (insp_workspace_save_action (workspace, added, &error));
  g_assert_no_error (error);
  insp_test_wait_idle ();
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get_row (list, 0))), ==,
                   "Technology · No due date · From Rostering planner: Pilot, round 2");

  /* Go to the application: the Applications page. */
  insp_test_activate_action (GTK_WIDGET (page), "actions.show-application",
                             g_variant_new_string (insp_application_get_uuid (application)));
  insp_test_wait_idle ();
  g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, "applications");
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/actions/empty", test_empty, NULL);
  insp_test_add ("/actions/add-filter-delete", test_add_filter_delete, NULL);
  insp_test_add ("/actions/origin", test_origin, NULL);

  return g_test_run ();
}
