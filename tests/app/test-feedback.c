/* test-feedback.c — feedback and complaints on the example: listed newest first with the open
 * ones marked; added in the dialog, where the core's error for a wrong date shows and keeps
 * what was typed; closed; deleted and put back with Undo; an action added from an item is
 * linked to it; the improvement phase counts the open ones; the topics an activity addresses,
 * saved in its dialog, show the example's workload disagreement discussed; names
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
#include "insp-applications-page.h"
#include "insp-assessment.h"
#include "insp-feedback.h"
#include "insp-feedback-dialog.h"
#include "insp-feedback-view.h"
#include "insp-test-app.h"
#include "insp-track-view.h"

#define JOB_TIMEOUT_MS 20000

/* The example's rostering planner and what its employees raised. */
#define PLANNER "37a9a82a-342a-472f-b942-7a2c48d1c5bc"
#define PRIVACY "b1d1b688-bf82-483e-8b30-360717d4edca"
#define WORKLOAD "ee9c4751-8dca-4bd8-91db-3c787f99d351"
#define FAIRNESS "f579db50-7a49-43d1-92b4-6b57e0522115"

typedef struct
{
  InspWorkspace        *workspace;
  InspApplicationsPage *page;
  InspFeedbackView     *view;
  InspTrackView        *track;
} Shown;

static void
show_planner (InspTestApp *fixture,
              Shown       *shown)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  shown->workspace = insp_window_get_workspace (fixture->window);
  insp_workspace_init_example (shown->workspace, "en", &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();
  insp_window_show_page (fixture->window, "applications");
  insp_test_wait_idle ();
  shown->page = INSP_APPLICATIONS_PAGE (insp_window_get_page (fixture->window, "applications"));
  insp_applications_page_show_application (shown->page, PLANNER);
  insp_test_wait_idle ();
  shown->view = insp_test_get_template_child (shown->page, INSP_TYPE_APPLICATIONS_PAGE,
                                              "feedback_view");
  shown->track = insp_applications_page_get_track_view (shown->page);
  g_assert_cmpstr (insp_feedback_view_get_application (shown->view), ==, PLANNER);
}

static GtkListBox *
get_list (InspFeedbackView *view)
{
  return GTK_LIST_BOX (insp_test_find_descendant (GTK_WIDGET (view), GTK_TYPE_LIST_BOX));
}

/* The items shown, in order. */
static GPtrArray *
list_items (InspFeedbackView *view)
{
  GPtrArray *items = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (get_list (view)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_EXPANDER_ROW (child))
      g_ptr_array_add (items, child);
  return items;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0
          && gtk_widget_get_visible (child))
        return TRUE;
      if (has_label (child, text))
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            GType       type,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL))
        {
          g_autofree char *problem =
            gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, name);

          if (problem == NULL)
            return child;
        }
      if ((found = find_named (child, type, name)) != NULL)
        return found;
    }
  return NULL;
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
dup_view_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

static gpointer
dialog_child (gpointer    dialog,
              const char *name)
{
  return insp_test_get_template_child (dialog, INSP_TYPE_FEEDBACK_DIALOG, name);
}

static InspFeedback *
find_feedback (InspWorkspace *workspace,
               const char    *uuid)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = insp_workspace_list_feedback (workspace, PLANNER, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      InspFeedback *feedback = g_ptr_array_index (items, i);

      if (g_str_equal (feedback->uuid, uuid))
        return insp_feedback_copy (feedback);
    }
  return NULL;
}

static guint
count_linked_actions (InspWorkspace *workspace,
                      const char    *feedback)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;

  actions = insp_workspace_list_feedback_actions (workspace, feedback, &error);
  g_assert_no_error (error);
  return actions->len;
}

/* --- Tests ----------------------------------------------------------------------------------- */

/* The example's three items, newest first, the two open ones marked; the phase counts them. */
static void
test_listed (InspTestApp *fixture)
{
  Shown shown;
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *item;

  show_planner (fixture, &shown);
  items = list_items (shown.view);
  g_assert_cmpuint (items->len, ==, 3);

  item = g_ptr_array_index (items, 0);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (item)),
                                   "14 July 2026 · Fairness · Via a frontrunner"));
  g_assert_true (has_label (item, "Open"));
  item = g_ptr_array_index (items, 1);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (item)),
                                   "6 July 2026 · Workload"));
  g_assert_true (has_label (item, "Open"));
  /* Its action, and its decision, inside. */
  g_assert_true (has_label (item, "Planners review every AI roster before it is published"));
  g_assert_true (has_label (item, "Until further notice, planners check and correct every "
                                  "roster before publishing it; real loading and waiting times "
                                  "will be added to the data."));
  item = g_ptr_array_index (items, 2);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (item)),
                                   "5 May 2026 · Privacy"));
  g_assert_true (has_label (item, "Closed"));
  g_assert_false (has_label (item, "Open"));

  g_assert_cmpstr (insp_track_view_get_open_feedback_text (shown.track), ==,
                   "2 open feedback items");
}

/* Added in the dialog: a wrong date shows the core's own words and keeps everything typed;
 * then it is added, first in the list, and counted as open; then closed. */
static void
test_add_and_close (InspTestApp *fixture)
{
  Shown shown;
  g_autoptr(InspFeedback) expected = insp_feedback_new ();
  g_autoptr(InspFeedback) added = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *uuid = NULL;
  GtkWindow *dialog = NULL;
  GtkLabel *error_label;

  show_planner (fixture, &shown);
  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.add", NULL);
  insp_test_wait_for_window (INSP_TYPE_FEEDBACK_DIALOG, &dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Add Feedback");

  gtk_editable_set_text (dialog_child (dialog, "date_row"), "2026-02-30");
  gtk_editable_set_text (dialog_child (dialog, "channel_row"), "Works council");
  adw_combo_row_set_selected (dialog_child (dialog, "topic_row"), 3);   /* safety */
  set_view_text (dialog_child (dialog, "description_view"),
                 "Drivers read the new roster on the phone while driving.");
  set_view_text (dialog_child (dialog, "decision_view"), "Rosters are sent before the shift.");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_idle ();

  /* What the core says of that date, word for word. */
  expected->date = g_strdup ("2026-02-30");
  expected->description = g_strdup ("Drivers read the new roster on the phone while driving.");
  g_assert_false (insp_workspace_save_feedback (shown.workspace, PLANNER, expected, &error));
  g_assert_nonnull (error);
  error_label = dialog_child (dialog, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_label (error_label), ==, error->message);
  g_assert_true (insp_test_window_is_shown (dialog));
  g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, "date_row")), ==, "2026-02-30");
  g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, "channel_row")), ==,
                   "Works council");
  description = dup_view_text (dialog_child (dialog, "description_view"));
  g_assert_cmpstr (description, ==, "Drivers read the new roster on the phone while driving.");
  g_assert_cmpuint (adw_combo_row_get_selected (dialog_child (dialog, "topic_row")), ==, 3);

  /* Put right, and added. */
  gtk_editable_set_text (dialog_child (dialog, "date_row"), "2026-08-03");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  insp_test_wait_idle ();

  items = list_items (shown.view);
  g_assert_cmpuint (items->len, ==, 4);
  g_assert_cmpstr (adw_expander_row_get_subtitle (g_ptr_array_index (items, 0)), ==,
                   "3 August 2026 · Safety · Works council");
  uuid = g_strdup (g_object_get_data (g_ptr_array_index (items, 0), "uuid"));
  added = find_feedback (shown.workspace, uuid);
  g_assert_cmpstr (added->status, ==, "open");
  g_assert_cmpstr (added->topic, ==, "safety");
  g_assert_cmpstr (added->decision, ==, "Rosters are sent before the shift.");
  g_assert_null (added->outcome);
  g_assert_cmpstr (insp_track_view_get_open_feedback_text (shown.track), ==,
                   "3 open feedback items");

  /* Closed, with its outcome, in the same dialog. */
  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.edit",
                             g_variant_new_string (uuid));
  insp_test_wait_for_window (INSP_TYPE_FEEDBACK_DIALOG, &dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Edit Feedback");
  g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, "date_row")), ==, "2026-08-03");
  adw_combo_row_set_selected (dialog_child (dialog, "status_row"), 1);
  set_view_text (dialog_child (dialog, "outcome_view"), "No more reading while driving.");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  insp_test_wait_idle ();

  g_clear_pointer (&added, insp_feedback_free);
  added = find_feedback (shown.workspace, uuid);
  g_assert_cmpstr (added->status, ==, "closed");
  g_assert_cmpstr (added->outcome, ==, "No more reading while driving.");
  g_clear_pointer (&items, g_ptr_array_unref);
  items = list_items (shown.view);
  g_assert_true (has_label (g_ptr_array_index (items, 0), "Closed"));
  g_assert_cmpstr (insp_track_view_get_open_feedback_text (shown.track), ==,
                   "2 open feedback items");

  /* Escape leaves a new one without a trace. */
  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.add", NULL);
  insp_test_wait_for_window (INSP_TYPE_FEEDBACK_DIALOG, &dialog);
  set_view_text (dialog_child (dialog, "description_view"), "Not kept");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);
  insp_test_wait_idle ();
  g_clear_pointer (&items, g_ptr_array_unref);
  items = list_items (shown.view);
  g_assert_cmpuint (items->len, ==, 4);
}

/* Deleted, its action no longer linked; Undo puts both back. */
static void
test_delete_undo (InspTestApp *fixture)
{
  Shown shown;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(InspFeedback) back = NULL;

  show_planner (fixture, &shown);
  g_assert_cmpuint (count_linked_actions (shown.workspace, WORKLOAD), ==, 1);

  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.delete",
                             g_variant_new_string (WORKLOAD));
  insp_test_wait_idle ();
  items = list_items (shown.view);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_null (find_feedback (shown.workspace, WORKLOAD));
  g_assert_cmpstr (insp_track_view_get_open_feedback_text (shown.track), ==,
                   "1 open feedback item");

  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.undo-delete", NULL);
  insp_test_wait_idle ();
  g_clear_pointer (&items, g_ptr_array_unref);
  items = list_items (shown.view);
  g_assert_cmpuint (items->len, ==, 3);
  back = find_feedback (shown.workspace, WORKLOAD);
  g_assert_nonnull (back);
  g_assert_cmpstr (back->channel, ==, "Union delegation");
  g_assert_cmpstr (back->status, ==, "open");
  g_assert_cmpuint (count_linked_actions (shown.workspace, WORKLOAD), ==, 1);
  g_assert_cmpstr (insp_track_view_get_open_feedback_text (shown.track), ==,
                   "2 open feedback items");
}

/* "Add Action…" on an item: the action is the planner's and linked to the item. */
static void
test_add_action (InspTestApp *fixture)
{
  Shown shown;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  InspAction *action;

  show_planner (fixture, &shown);
  g_assert_cmpuint (count_linked_actions (shown.workspace, FAIRNESS), ==, 0);

  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.add-action",
                             g_variant_new_string (FAIRNESS));
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Add Action");
  gtk_editable_set_text (insp_test_get_template_child (dialog, INSP_TYPE_ACTION_DIALOG,
                                                       "title_row"),
                         "Spread weekend shifts fairly");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  insp_test_wait_idle ();

  actions = insp_workspace_list_feedback_actions (shown.workspace, FAIRNESS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  action = g_ptr_array_index (actions, 0);
  g_assert_cmpstr (insp_action_get_title (action), ==, "Spread weekend shifts fairly");
  g_assert_cmpstr (insp_action_get_application (action), ==, PLANNER);
  g_assert_true (has_label (g_ptr_array_index (list_items (shown.view), 0),
                            "Spread weekend shifts fairly"));
}

static const InspDisagreement *
find_workload (GPtrArray *disagreements)
{
  for (guint i = 0; i < disagreements->len; i++)
    {
      InspDisagreement *disagreement = g_ptr_array_index (disagreements, i);

      if (g_str_equal (disagreement->item, "workload"))
        return disagreement;
    }
  return NULL;
}

static GtkCheckButton *
find_topic_check (GtkWidget  *widget,
                  const char *topic)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found;

      if (GTK_IS_CHECK_BUTTON (child)
          && g_strcmp0 (g_object_get_data (G_OBJECT (child), "topic"), topic) == 0)
        return GTK_CHECK_BUTTON (child);
      if ((found = find_topic_check (child, topic)) != NULL)
        return found;
    }
  return NULL;
}

/* An activity held after the groups' assessments that names workload: the disagreement
 * between management and the drivers is seen to be discussed. */
static void
test_topics (InspTestApp *fixture)
{
  Shown shown;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GError) error = NULL;
  const InspDisagreement *workload;
  GtkWindow *dialog = NULL;
  GtkCheckButton *check;
  InspActivity *saved = NULL;

  show_planner (fixture, &shown);
  before = insp_workspace_list_disagreements (shown.workspace, PLANNER, &error);
  g_assert_no_error (error);
  workload = find_workload (before);
  g_assert_nonnull (workload);
  g_assert_false (workload->discussed);

  insp_test_activate_action (GTK_WIDGET (shown.track), "track.add-activity",
                             g_variant_new ("(su)", "improvement", 1));
  insp_test_wait_for_window (INSP_TYPE_ACTIVITY_DIALOG, &dialog);
  gtk_editable_set_text (insp_test_get_template_child (dialog, INSP_TYPE_ACTIVITY_DIALOG,
                                                       "title_row"),
                         "Roster talk with drivers and management");
  gtk_switch_set_active (insp_test_get_template_child (dialog, INSP_TYPE_ACTIVITY_DIALOG,
                                                       "held_switch"), TRUE);
  gtk_editable_set_text (insp_test_get_template_child (dialog, INSP_TYPE_ACTIVITY_DIALOG,
                                                       "date_row"), "2026-12-01");
  check = find_topic_check (GTK_WIDGET (dialog), "workload");
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, TRUE);
  gtk_check_button_set_active (find_topic_check (GTK_WIDGET (dialog), "job-content"), TRUE);
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  insp_test_wait_idle ();

  after = insp_workspace_list_disagreements (shown.workspace, PLANNER, &error);
  g_assert_no_error (error);
  workload = find_workload (after);
  g_assert_nonnull (workload);
  g_assert_true (workload->discussed);

  /* Kept with the activity, and shown checked when it is opened again. */
  activities = insp_workspace_list_activities (shown.workspace, PLANNER, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < activities->len; i++)
    if (g_strcmp0 (insp_activity_get_title (g_ptr_array_index (activities, i)),
                   "Roster talk with drivers and management") == 0)
      saved = g_ptr_array_index (activities, i);
  g_assert_nonnull (saved);
  g_assert_cmpuint (g_strv_length ((char **) insp_activity_get_topics (saved)), ==, 2);
  g_assert_true (g_strv_contains (insp_activity_get_topics (saved), "workload"));
  g_assert_true (g_strv_contains (insp_activity_get_topics (saved), "job-content"));
  dialog = GTK_WINDOW (insp_activity_dialog_new (GTK_WINDOW (fixture->window), shown.workspace,
                                                 PLANNER, "improvement", 1, saved));
  gtk_window_present (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  insp_test_wait_idle ();
  g_assert_true (gtk_check_button_get_active (find_topic_check (GTK_WIDGET (dialog),
                                                                "workload")));
  g_assert_false (gtk_check_button_get_active (find_topic_check (GTK_WIDGET (dialog),
                                                                 "autonomy")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);
}

/* An action's topics, saved in its dialog. */
static void
test_action_topics (InspTestApp *fixture)
{
  Shown shown;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  InspAction *action;

  show_planner (fixture, &shown);
  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.add-action",
                             g_variant_new_string (FAIRNESS));
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &dialog);
  gtk_editable_set_text (insp_test_get_template_child (dialog, INSP_TYPE_ACTION_DIALOG,
                                                       "title_row"),
                         "Weekend shifts in turn");
  gtk_check_button_set_active (find_topic_check (GTK_WIDGET (dialog), "work-life-balance"),
                               TRUE);
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);
  insp_test_wait_idle ();

  actions = insp_workspace_list_feedback_actions (shown.workspace, FAIRNESS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  action = g_ptr_array_index (actions, 0);
  g_assert_cmpuint (g_strv_length ((char **) insp_action_get_topics (action)), ==, 1);
  g_assert_cmpstr (insp_action_get_topics (action)[0], ==, "work-life-balance");
}

static void
assert_named (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL)
      && !(GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL))
    g_error ("a %s has no name", G_OBJECT_TYPE_NAME (widget));
}

/* Every button, check button and text of the view and the dialog has a name. */
static void
assert_all_named (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if ((GTK_IS_BUTTON (child) && !GTK_IS_TOGGLE_BUTTON (child)
           && gtk_widget_get_focusable (child) && gtk_widget_get_visible (child)
           && gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) != NULL
           && g_str_has_prefix (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)),
                                "feedback."))
          || GTK_IS_CHECK_BUTTON (child) || GTK_IS_TEXT_VIEW (child))
        assert_named (child);
      assert_all_named (child);
    }
}

static void
test_names (InspTestApp *fixture)
{
  Shown shown;
  GtkWindow *dialog = NULL;

  show_planner (fixture, &shown);
  assert_all_named (GTK_WIDGET (shown.view));
  g_assert_nonnull (find_named (GTK_WIDGET (shown.view), GTK_TYPE_BUTTON, "Add Feedback"));
  g_assert_nonnull (find_named (GTK_WIDGET (shown.view), GTK_TYPE_BUTTON,
                                "Add Action for Feedback Workload, 6 July 2026"));
  g_assert_nonnull (find_named (GTK_WIDGET (shown.view), GTK_TYPE_BUTTON,
                                "Delete Feedback Fairness, 14 July 2026"));
  g_assert_nonnull (find_named (GTK_WIDGET (shown.view), GTK_TYPE_BUTTON,
                                "Edit Feedback Privacy, 5 May 2026"));
  g_assert_nonnull (find_named (GTK_WIDGET (shown.view), GTK_TYPE_LIST_BOX,
                                "Feedback and Complaints"));

  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.add", NULL);
  insp_test_wait_for_window (INSP_TYPE_FEEDBACK_DIALOG, &dialog);
  assert_all_named (GTK_WIDGET (dialog));
  g_assert_nonnull (find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, "What Was Raised"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);

  insp_test_activate_action (GTK_WIDGET (shown.view), "feedback.add-action",
                             g_variant_new_string (FAIRNESS));
  insp_test_wait_for_window (INSP_TYPE_ACTION_DIALOG, &dialog);
  assert_all_named (GTK_WIDGET (dialog));
  g_assert_nonnull (find_named (GTK_WIDGET (dialog), GTK_TYPE_FLOW_BOX,
                                "Workability Indicators"));
  g_assert_nonnull (find_named (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, "Workload"));
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

  insp_test_add ("/feedback/listed", test_listed, NULL);
  insp_test_add ("/feedback/add-and-close", test_add_and_close, NULL);
  insp_test_add ("/feedback/delete-undo", test_delete_undo, NULL);
  insp_test_add ("/feedback/add-action", test_add_action, NULL);
  insp_test_add ("/feedback/topics", test_topics, NULL);
  insp_test_add ("/feedback/action-topics", test_action_topics, NULL);
  insp_test_add ("/feedback/names", test_names, NULL);

  return g_test_run ();
}
