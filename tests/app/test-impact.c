/* test-impact.c — the Impact page: its empty states, a full assessment entered with the
 * keyboard, the example's disagreement on workload, the chart's text alternative, and Undo
 * after deleting an assessment
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()).
 *
 * GTK 4 has no public way to send a key press to a widget. The keyboard test therefore does
 * what the keys do, through the widget that has the focus: Tab is
 * gtk_widget_child_focus (GTK_DIR_TAB_FORWARD) on the dialog, the arrow keys on an effect are
 * the spin button's "change-value" key-binding signal, typing is setting the focused text
 * field's text, and Ctrl+S and Escape are the actions their shortcuts are bound to. It proves
 * that the focus reaches every field of every item in order and that every value can be set
 * where the focus is; it does not prove the key bindings of GTK themselves.
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include "insp-application.h"
#include "insp-assessment.h"
#include "insp-assessment-dialog.h"
#include "insp-enums.h"
#include "insp-group.h"
#include "insp-impact-chart.h"
#include "insp-impact-page.h"
#include "insp-test-app.h"

#define JOB_TIMEOUT_MS 20000

static gpointer
get_child (gpointer    widget,
           GType       type,
           const char *name)
{
  return insp_test_get_template_child (widget, type, name);
}

static InspImpactPage *
show_page (InspTestApp *fixture,
           gboolean     example)
{
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  if (example)
    {
      g_autoptr(GError) error = NULL;

      insp_workspace_init_example (insp_window_get_workspace (fixture->window), "en", &error);
      g_assert_no_error (error);
      insp_test_wait_idle ();
    }
  insp_window_show_page (fixture->window, "impact");
  insp_test_wait_idle ();
  return INSP_IMPACT_PAGE (insp_window_get_page (fixture->window, "impact"));
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

static const char *
get_row_title (GtkListBox *list,
               int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static GPtrArray *
list_assessments (InspWorkspace *workspace)
{
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  InspApplication *first;
  GPtrArray *assessments;

  applications = insp_workspace_list_applications (workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, >, 0);
  first = g_ptr_array_index (applications, 0);
  assessments = insp_workspace_list_assessments (workspace, insp_application_get_uuid (first),
                                                 &error);
  g_assert_no_error (error);
  return assessments;
}

/* --- Tests ----------------------------------------------------------------------------------- */

static void
test_empty (InspTestApp *fixture)
{
  InspImpactPage *page = show_page (fixture, FALSE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkStack *stack = get_child (page, INSP_TYPE_IMPACT_PAGE, "stack");
  GtkStack *assessments_stack = get_child (page, INSP_TYPE_IMPACT_PAGE, "assessments_stack");
  AdwStatusPage *status = get_child (page, INSP_TYPE_IMPACT_PAGE, "status_page");
  GtkWidget *button = adw_status_page_get_child (status);
  g_autoptr(InspApplication) application = insp_application_new ();
  g_autoptr(GError) error = NULL;
  GVariant *target;

  /* No application: register one first, and a button goes there. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-applications");
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "Register an AI Application First");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.show-page");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "applications");
  g_assert_true (insp_test_wait_for (insp_test_widget_is_mapped, button, 10000));
  g_assert_true (gtk_widget_get_sensitive (button));

  /* An application without assessments: ask each group. */
  insp_application_set_name (application, "Rostering planner");
  g_assert_true (insp_workspace_save_application (workspace, application, &error));
  g_assert_no_error (error);
  insp_window_show_page (fixture->window, "impact");
  insp_test_wait_idle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "content");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (assessments_stack), ==, "empty");
  g_assert_nonnull (strstr (adw_status_page_get_description (get_child (page,
                                                                        INSP_TYPE_IMPACT_PAGE,
                                                                        "empty_page")),
                            "Ask each group what it expects"));
}

static void
test_example (InspTestApp *fixture)
{
  InspImpactPage *page = show_page (fixture, TRUE);
  GtkStack *assessments_stack = get_child (page, INSP_TYPE_IMPACT_PAGE, "assessments_stack");
  GtkListBox *list = get_child (page, INSP_TYPE_IMPACT_PAGE, "assessment_list");
  GtkListBox *disagreements = get_child (page, INSP_TYPE_IMPACT_PAGE, "disagreement_list");
  InspImpactChart *chart = get_child (page, INSP_TYPE_IMPACT_PAGE, "chart");
  const char *summary = insp_impact_chart_get_summary (chart);
  g_autofree char *mismatch = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (assessments_stack), ==, "assessments");
  g_assert_cmpuint (count_rows (list), ==, 2);
  g_assert_cmpstr (get_row_title (list, 0), ==, "Management");
  g_assert_cmpstr (get_row_title (list, 1), ==, "End users");

  /* Management and the drivers disagree about workload: the conversation to have. */
  g_assert_cmpuint (count_rows (disagreements), ==, 1);
  g_assert_cmpstr (get_row_title (disagreements, 0), ==,
                   "Workload: Management +1, End users −2 — not yet discussed");

  /* The chart says in a sentence what it draws, for screen readers. */
  g_assert_nonnull (strstr (summary, "Management: "));
  g_assert_nonnull (strstr (summary, "End users: "));
  g_assert_nonnull (strstr (summary, "Workload −2"));
  g_assert_nonnull (strstr (summary, "Workload +1"));
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);
  g_assert_null (mismatch);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart),
                                               GTK_ACCESSIBLE_ROLE_IMG));
}

static const char *
topic (guint index)
{
  return insp_enum_topic.values[index].id;
}

/* The effect given to item @t in the keyboard test: −2 … +2 in turn, and the last item left
 * unscored. */
static int
planned_effect (guint t)
{
  return (int) (t % 5) - 2;
}

static gboolean
window_is_active (gpointer data)
{
  return gtk_window_is_active (data);
}

static void
test_keyboard_entry (InspTestApp *fixture)
{
  InspImpactPage *page = show_page (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkListBox *list = get_child (page, INSP_TYPE_IMPACT_PAGE, "assessment_list");
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  InspAssessment *added = NULL;
  GtkListBoxRow *row;
  GtkWindow *dialog = NULL;
  GtkWidget *focus;
  guint item = 0, field = 0, steps = 0;
  const char *hr_uuid = NULL;

  groups = insp_workspace_list_groups (workspace, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (insp_group_get_key (g_ptr_array_index (groups, i)), "hr") == 0)
      hr_uuid = insp_group_get_uuid (g_ptr_array_index (groups, i));
  g_assert_nonnull (hr_uuid);

  /* Ctrl+N (its action) opens the dialog with the focus on the group. */
  insp_test_activate_action (GTK_WIDGET (page), "impact.add", NULL);
  insp_test_wait_for_window (INSP_TYPE_ASSESSMENT_DIALOG, &dialog);

  /* Escape with nothing changed closes without asking. */
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.cancel", NULL);
  insp_test_wait_until_closed (&dialog);
  insp_test_activate_action (GTK_WIDGET (page), "impact.add", NULL);
  insp_test_wait_for_window (INSP_TYPE_ASSESSMENT_DIALOG, &dialog);
  /* Keys go to the active window: wait until it is (other tests share the display). */
  gtk_window_present (dialog);
  g_assert_true (insp_test_wait_for (window_is_active, dialog, JOB_TIMEOUT_MS));
  insp_test_wait_idle ();

  focus = gtk_window_get_focus (dialog);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_COMBO_ROW));
  /* The group: HR, the second; the moment stays "Before", the date today. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_ancestor (focus,
                                                                       ADW_TYPE_COMBO_ROW)),
                              1);
  insp_test_wait_idle ();
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
  g_assert_nonnull (gtk_widget_get_ancestor (gtk_window_get_focus (dialog), ADW_TYPE_COMBO_ROW));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
  g_assert_nonnull (gtk_widget_get_ancestor (gtk_window_get_focus (dialog),
                                             ADW_TYPE_ENTRY_ROW));
  gtk_editable_set_text (GTK_EDITABLE (gtk_window_get_focus (dialog)), "2026-03-02");

  /* Then Tab by Tab: effect, confidence, rationale, item after item. */
  while (item < insp_enum_topic.n_values && steps++ < 200)
    {
      GtkWidget *spin;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
      focus = gtk_window_get_focus (dialog);
      g_assert_nonnull (focus);
      spin = gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON);

      if (field == 0)
        {
          int effect = planned_effect (item);

          /* Every item's effect, in order: the focus skips none. */
          g_assert_true (spin == insp_assessment_dialog_get_effect (INSP_ASSESSMENT_DIALOG (dialog),
                                                                    topic (item)));
          if (item == insp_enum_topic.n_values - 1)
            {
              /* Not scored: left empty. */
            }
          else if (item % 2 == 0)
            {
              /* Typed, as a person types "-2" or "+1", taken on leaving the field. */
              g_autofree char *text = effect > 0 ? g_strdup_printf ("+%d", effect)
                                                 : g_strdup_printf ("%d", effect);

              gtk_editable_set_text (GTK_EDITABLE (focus), text);
            }
          else
            {
              /* The Up arrow, from empty: −2 first. */
              for (int i = -3; i < effect; i++)
                g_signal_emit_by_name (spin, "change-value", GTK_SCROLL_STEP_UP);
              g_assert_cmpint ((int) gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==,
                               effect);
            }
        }
      else if (field == 1)
        {
          GtkWidget *dropdown = gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN);

          g_assert_nonnull (dropdown);
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), item % 3);
        }
      else
        {
          g_autofree char *rationale = g_strdup_printf ("Reason %u", item);

          g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));
          gtk_editable_set_text (GTK_EDITABLE (focus), rationale);
          item++;
        }
      field = (field + 1) % 3;
    }
  g_assert_cmpuint (item, ==, insp_enum_topic.n_values);

  /* Ctrl+S (its action) saves and closes. */
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_until_closed (&dialog);

  assessments = list_assessments (workspace);
  g_assert_cmpuint (assessments->len, ==, 3);
  for (guint i = 0; i < assessments->len; i++)
    if (g_strcmp0 (insp_assessment_get_group (g_ptr_array_index (assessments, i)), hr_uuid) == 0)
      added = g_ptr_array_index (assessments, i);
  g_assert_nonnull (added);
  g_assert_cmpstr (insp_assessment_get_moment (added), ==, "before");
  g_assert_cmpstr (insp_assessment_get_date (added), ==, "2026-03-02");
  g_assert_cmpuint (insp_assessment_get_scores (added)->len, ==, insp_enum_topic.n_values - 1);
  for (guint t = 0; t + 1 < insp_enum_topic.n_values; t++)
    {
      const InspScore *score = insp_assessment_get_score (added, insp_enum_topic.values[t].id);
      g_autofree char *rationale = g_strdup_printf ("Reason %u", t);

      g_assert_nonnull (score);
      g_assert_cmpint (score->effect, ==, planned_effect (t));
      g_assert_cmpstr (score->confidence, ==, insp_enum_confidence.values[t % 3].id);
      g_assert_cmpstr (score->rationale, ==, rationale);
    }
  g_assert_null (insp_assessment_get_score (added, topic (insp_enum_topic.n_values - 1)));

  /* It shows in the list, between management and the end users (the groups' order). */
  g_assert_cmpuint (count_rows (list), ==, 3);
  g_assert_cmpstr (get_row_title (list, 1), ==, "HR");
  row = gtk_list_box_get_row_at_index (list, 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Before · 2 March 2026 · 17 items scored");
}

static void
test_invalid_date (InspTestApp *fixture)
{
  InspImpactPage *page = show_page (fixture, TRUE);
  GtkWindow *dialog = NULL;
  GtkWidget *date, *error_label, *effect;

  insp_test_activate_action (GTK_WIDGET (page), "impact.add", NULL);
  insp_test_wait_for_window (INSP_TYPE_ASSESSMENT_DIALOG, &dialog);
  date = get_child (dialog, INSP_TYPE_ASSESSMENT_DIALOG, "date_row");
  error_label = get_child (dialog, INSP_TYPE_ASSESSMENT_DIALOG, "error_label");
  effect = insp_assessment_dialog_get_effect (INSP_ASSESSMENT_DIALOG (dialog), "workload");

  /* The core's error is said in the dialog, and nothing typed is lost. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (effect), -1);
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-02-31");
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  insp_test_wait_idle ();
  g_assert_nonnull (insp_test_find_toplevel (INSP_TYPE_ASSESSMENT_DIALOG));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)),
                            "could not be saved"));
  g_assert_cmpint ((int) gtk_spin_button_get_value (GTK_SPIN_BUTTON (effect)), ==, -1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "2026-02-31");

  /* Escape after a change asks before anything is thrown away. */
  insp_test_activate_action (GTK_WIDGET (dialog), "dialog.cancel", NULL);
  insp_test_wait_idle ();
  g_assert_nonnull (insp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (insp_test_find_toplevel (INSP_TYPE_ASSESSMENT_DIALOG));
}

static void
test_delete_undo (InspTestApp *fixture)
{
  InspImpactPage *page = show_page (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkListBox *list = get_child (page, INSP_TYPE_IMPACT_PAGE, "assessment_list");
  GtkListBox *disagreements = get_child (page, INSP_TYPE_IMPACT_PAGE, "disagreement_list");
  g_autoptr(GPtrArray) assessments = list_assessments (workspace);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *uuid = g_strdup (insp_assessment_get_uuid (g_ptr_array_index (assessments,
                                                                                 1)));

  g_assert_cmpuint (count_rows (list), ==, 2);

  /* The end users' assessment deleted: no disagreement left. */
  insp_test_activate_action (GTK_WIDGET (page), "impact.delete", g_variant_new_string (uuid));
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (get_row_title (disagreements, 0), ==,
                   "No disagreements of two points or more");
  after = list_assessments (workspace);
  g_assert_cmpuint (after->len, ==, 1);
  g_clear_pointer (&after, g_ptr_array_unref);

  /* Undo: the same assessment, scores and all, and the disagreement again. */
  insp_test_activate_action (GTK_WIDGET (page), "impact.undo-delete", NULL);
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 2);
  after = list_assessments (workspace);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpstr (insp_assessment_get_uuid (g_ptr_array_index (after, 1)), ==, uuid);
  g_assert_cmpuint (insp_assessment_get_scores (g_ptr_array_index (after, 1))->len, ==,
                    insp_enum_topic.n_values);
  g_assert_cmpstr (get_row_title (disagreements, 0), ==,
                   "Workload: Management +1, End users −2 — not yet discussed");
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/impact/empty", test_empty, NULL);
  insp_test_add ("/impact/example", test_example, NULL);
  insp_test_add ("/impact/keyboard-entry", test_keyboard_entry, NULL);
  insp_test_add ("/impact/invalid-date", test_invalid_date, NULL);
  insp_test_add ("/impact/delete-undo", test_delete_undo, NULL);

  return g_test_run ();
}
