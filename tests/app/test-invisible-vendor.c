/* test-invisible-vendor.c — the invisible work and the vendor dialogue of an application: the
 * totals of the example, an own item that changes them, deleting it and Undo; a vendor added
 * with its built-in questions, one answered and rated and still so when shown again; the
 * example's two vendors compared; a vendor removed after a confirmation that counts its
 * answers, kept on Cancel; names for every control
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME.
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include "insp-applications-page.h"
#include "insp-invisible-work.h"
#include "insp-invisible-work-view.h"
#include "insp-test-app.h"
#include "insp-vendor.h"
#include "insp-vendor-view.h"

#define JOB_TIMEOUT_MS 20000

/* The example's rostering planner: three kinds estimated, 180 h and € 13 500. */
#define PLANNER "37a9a82a-342a-472f-b942-7a2c48d1c5bc"

static InspApplicationsPage *
show_page (InspTestApp *fixture)
{
  InspApplicationsPage *page;
  InspInvisibleWorkView *view;

  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  insp_window_show_page (fixture->window, "applications");
  insp_test_wait_idle ();
  page = INSP_APPLICATIONS_PAGE (insp_window_get_page (fixture->window, "applications"));
  view = insp_test_get_template_child (page, INSP_TYPE_APPLICATIONS_PAGE, "invisible_work_view");
  g_assert_cmpstr (insp_invisible_work_view_get_application (view), ==, PLANNER);
  return page;
}

static InspInvisibleWorkView *
get_invisible_view (InspApplicationsPage *page)
{
  return insp_test_get_template_child (page, INSP_TYPE_APPLICATIONS_PAGE, "invisible_work_view");
}

static InspVendorView *
get_vendor_view (InspApplicationsPage *page)
{
  return insp_test_get_template_child (page, INSP_TYPE_APPLICATIONS_PAGE, "vendor_view");
}

/* --- Finding widgets ------------------------------------------------------------------------- */

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static GPtrArray *
find_all (gpointer widget,
          GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (widget), type, found);
  return found;
}

/* The row titled @title (an expander row of an item or a question). */
static GtkWidget *
find_row (gpointer    widget,
          const char *title)
{
  g_autoptr(GPtrArray) rows = find_all (widget, ADW_TYPE_EXPANDER_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static gboolean
has_label (gpointer    widget,
           const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

/* Answers the name dialog that is open, and closes it. */
static void
answer_name_dialog (const char *name)
{
  GtkWindow *dialog = NULL;

  insp_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, &dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (
                                         ADW_MESSAGE_DIALOG (dialog))), name);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  gtk_window_destroy (dialog);  /* a response emitted, not clicked, leaves it open */
  insp_test_wait_until_closed (&dialog);
  insp_test_wait_idle ();
}

/* --- Accessible names ------------------------------------------------------------------------ */

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
  if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (text == NULL || text[0] == '\0')
    text = gtk_widget_get_tooltip_text (widget);
  return text == NULL || text[0] == '\0' ? NULL : g_strdup (text);
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_ENTRY (widget) || GTK_IS_SPIN_BUTTON (widget)
         || ADW_IS_COMBO_ROW (widget) || ADW_IS_ENTRY_ROW (widget)
         || ADW_IS_EXPANDER_ROW (widget) || GTK_IS_DROP_DOWN (widget);
}

static void
assert_controls_named (GtkWidget *root,
                       guint      min_checked)
{
  g_autoptr(GPtrArray) widgets = find_all (root, GTK_TYPE_WIDGET);
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_checked = 0;

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      g_autofree char *name = NULL;

      if (!is_control (widget) || gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) != NULL)
        continue;
      n_checked++;
      name = get_accessible_name (widget);
      if (name == NULL)
        g_string_append_printf (problems, "  a %s in a %s has no accessible name\n",
                                G_OBJECT_TYPE_NAME (widget),
                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
    }
  if (problems->len > 0)
    g_error ("In the %s:\n%s", G_OBJECT_TYPE_NAME (root), problems->str);
  g_assert_cmpuint (n_checked, >=, min_checked);
}

/* --- Invisible work -------------------------------------------------------------------------- */

static void
check_invisible_work (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  InspInvisibleWorkView *view = get_invisible_view (page);
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  AdwToastOverlay *overlay;
  const char *uuid = NULL;

  /* The example's totals, and no share without a project budget. */
  g_assert_cmpstr (insp_invisible_work_view_get_total_text (view), ==, "180 h · € 13500");
  g_assert_true (has_label (view, "Not estimated yet: Training users, Communication and "
                                  "transparency"));
  assert_controls_named (GTK_WIDGET (view), 12);

  /* An own item, from the view's button. */
  insp_test_activate_action (GTK_WIDGET (view), "invisible.add", NULL);
  answer_name_dialog ("Rewrite the planning procedure");
  row = find_row (view, "Rewrite the planning procedure");
  g_assert_nonnull (row);

  /* Its hours and budget, in its spin buttons: the total follows. */
  spins = find_all (row, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (spins->len, ==, 2);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 20);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 1), 1500);
  insp_test_wait_idle ();
  g_assert_cmpstr (insp_invisible_work_view_get_total_text (view), ==, "200 h · € 15000");

  /* A project budget gives the share. */
  {
    g_autoptr(GPtrArray) all = find_all (view, GTK_TYPE_SPIN_BUTTON);

    gtk_spin_button_set_value (g_ptr_array_index (all, 0), 150000);
    insp_test_wait_idle ();
    g_assert_cmpstr (insp_invisible_work_view_get_total_text (view), ==,
                     "200 h · € 15000, 10 % of the project budget");
  }

  /* Delete it, then Undo: back, hours and all. */
  items = insp_workspace_list_invisible_work (workspace, PLANNER, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      InspInvisibleItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->title, "Rewrite the planning procedure") == 0)
        uuid = item->uuid;
    }
  g_assert_nonnull (uuid);
  insp_test_activate_action (GTK_WIDGET (view), "invisible.delete",
                             g_variant_new_string (uuid));
  insp_test_wait_idle ();
  g_assert_null (find_row (view, "Rewrite the planning procedure"));
  g_assert_cmpstr (insp_invisible_work_view_get_total_text (view), ==,
                   "180 h · € 13500, 9 % of the project budget");
  overlay = ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (GTK_WIDGET (view),
                                                        ADW_TYPE_TOAST_OVERLAY));
  g_assert_nonnull (overlay);
  insp_test_activate_action (GTK_WIDGET (view), "invisible.undo-delete", NULL);
  insp_test_wait_idle ();
  g_assert_nonnull (find_row (view, "Rewrite the planning procedure"));
  g_assert_cmpstr (insp_invisible_work_view_get_total_text (view), ==,
                   "200 h · € 15000, 10 % of the project budget");
  g_assert_null (insp_invisible_work_view_get_error_text (view));
}

static void
test_invisible_work (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = insp_workspace_get_default_dir (&error);
  g_autofree char *path = g_build_filename (dir, INSP_WORKSPACE_DEFAULT_NAME, NULL);
  g_autoptr(InspWorkspace) workspace = insp_workspace_open (path, TRUE, &error);

  g_assert_no_error (error);
  g_assert_true (insp_workspace_init_example (workspace, "en", &error));
  g_clear_object (&workspace);
  insp_test_app_run (NULL, check_invisible_work);
}

/* --- Vendors --------------------------------------------------------------------------------- */

static void
check_vendors (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  InspVendorView *view = get_vendor_view (page);
  const char *question_text = insp_vendor_builtin_question_get_text ("robustness-accuracy");
  g_autoptr(GPtrArray) vendors = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *compare = NULL;
  GtkWidget *row, *combo;
  InspVendor *added = NULL;
  guint n_builtin;

  /* The example's two vendors, compared side by side with their counts. */
  g_assert_cmpuint (insp_vendor_view_get_n_vendors (view), ==, 2);
  insp_test_activate_action (GTK_WIDGET (view), "vendors.compare", NULL);
  insp_test_wait_for_window (ADW_TYPE_WINDOW, &compare);
  g_assert_true (has_label (compare, "Kwadrant Planning bv"));
  g_assert_true (has_label (compare, "Rotaflow sa"));
  g_assert_true (has_label (compare, "Questions per Rating"));
  g_assert_true (has_label (compare, "Satisfactory"));
  gtk_window_destroy (compare);
  insp_test_wait_until_closed (&compare);

  /* A third vendor gets every built-in question, unanswered. */
  insp_test_activate_action (GTK_WIDGET (view), "vendors.add", NULL);
  answer_name_dialog ("Planwise nv");
  g_assert_cmpuint (insp_vendor_view_get_n_vendors (view), ==, 3);
  insp_vendor_get_builtin_questions (&n_builtin);
  vendors = insp_workspace_list_vendors (workspace, PLANNER, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < vendors->len; i++)
    if (g_str_equal (((InspVendor *) g_ptr_array_index (vendors, i))->name, "Planwise nv"))
      added = g_ptr_array_index (vendors, i);
  g_assert_nonnull (added);
  {
    /* Its expander, open, with one row per built-in question. */
    g_autoptr(GPtrArray) expanders = find_all (view, GTK_TYPE_EXPANDER);
    GtkWidget *expander = NULL;
    g_autoptr(GPtrArray) rows = NULL;

    for (guint i = 0; i < expanders->len; i++)
      if (g_str_has_prefix (gtk_expander_get_label (g_ptr_array_index (expanders, i)),
                            "Planwise nv"))
        expander = g_ptr_array_index (expanders, i);
    g_assert_nonnull (expander);
    g_assert_true (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
    rows = find_all (expander, ADW_TYPE_EXPANDER_ROW);
    g_assert_cmpuint (rows->len, ==, n_builtin);
    row = find_row (expander, question_text);
    g_assert_nonnull (row);
    g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Unanswered");
    assert_controls_named (expander, n_builtin * 4);
  }

  /* Answer it, Enter; rate it partial. */
  entries = find_all (row, ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (entries->len, ==, 2);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "94 % on our own test rosters");
  g_signal_emit_by_name (g_ptr_array_index (entries, 0), "entry-activated");
  {
    g_autoptr(GPtrArray) combos = find_all (row, ADW_TYPE_COMBO_ROW);

    combo = g_ptr_array_index (combos, 0);
  }
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 1);
  insp_test_wait_idle ();

  /* Shown again, from the workspace: kept. */
  insp_vendor_view_set_application (view, NULL);
  insp_vendor_view_set_application (view, PLANNER);
  questions = insp_workspace_list_vendor_questions (workspace, added->uuid, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < questions->len; i++)
    {
      InspVendorQuestion *q = g_ptr_array_index (questions, i);

      if (g_strcmp0 (q->key, "robustness-accuracy") == 0)
        {
          g_assert_cmpstr (q->answer, ==, "94 % on our own test rosters");
          g_assert_cmpstr (q->rating, ==, "partial");
        }
      else
        g_assert_cmpstr (q->rating, ==, "unanswered");
    }
  {
    g_autoptr(GPtrArray) expanders = find_all (view, GTK_TYPE_EXPANDER);
    g_autofree char *label = g_strdup_printf ("Planwise nv — 1 of %u questions rated",
                                              n_builtin);
    GtkWidget *expander = NULL;

    for (guint i = 0; i < expanders->len; i++)
      if (g_str_has_prefix (gtk_expander_get_label (g_ptr_array_index (expanders, i)),
                            "Planwise nv"))
        expander = g_ptr_array_index (expanders, i);
    g_assert_nonnull (expander);
    g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (expander)), ==, label);
    /* Shown again, the vendors are closed; opened from the keyboard, it is the same. */
    g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
    gtk_widget_activate (expander);
    g_assert_true (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
    row = find_row (expander, question_text);
    g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                     "Partly satisfactory · 94 % on our own test rosters");
  }
  g_assert_null (insp_vendor_view_get_error_text (view));
}

static void
test_vendors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = insp_workspace_get_default_dir (&error);
  g_autofree char *path = g_build_filename (dir, INSP_WORKSPACE_DEFAULT_NAME, NULL);
  g_autoptr(InspWorkspace) workspace = insp_workspace_open (path, TRUE, &error);

  g_assert_no_error (error);
  g_assert_true (insp_workspace_init_example (workspace, "en", &error));
  g_clear_object (&workspace);
  insp_test_app_run (NULL, check_vendors);
}

/* The example vendor's expander, found by the start of its label. */
static GtkWidget *
find_vendor_expander (InspVendorView *view,
                      const char     *name)
{
  g_autoptr(GPtrArray) expanders = find_all (view, GTK_TYPE_EXPANDER);

  for (guint i = 0; i < expanders->len; i++)
    if (g_str_has_prefix (gtk_expander_get_label (g_ptr_array_index (expanders, i)), name))
      return g_ptr_array_index (expanders, i);
  return NULL;
}

/* Opens the vendor from the keyboard and presses its "Remove Vendor…"; sets @dialog to the
 * confirmation (watched until it closes), with its body checked to count @n_answers. */
static void
ask_remove_vendor (InspVendorView  *view,
                   const char      *name,
                   guint            n_answers,
                   GtkWindow      **dialog)
{
  GtkWidget *expander = find_vendor_expander (view, name);
  g_autofree char *button_name = g_strdup_printf ("Remove Vendor “%s”…", name);
  g_autofree char *heading = g_strdup_printf ("Remove Vendor “%s”?", name);
  g_autofree char *count = g_strdup_printf ("with the %u answers recorded in it", n_answers);
  g_autoptr(GPtrArray) buttons = NULL;
  GtkWidget *button = NULL;

  g_assert_nonnull (expander);
  if (!gtk_expander_get_expanded (GTK_EXPANDER (expander)))
    gtk_widget_activate (expander);
  g_assert_true (gtk_expander_get_expanded (GTK_EXPANDER (expander)));

  buttons = find_all (expander, GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                   "vendors.remove") == 0)
      button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, button_name);
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Remove Vendor…");
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (button)));

  /* As Enter or Space on the focused button does. */
  gtk_widget_activate (button);
  insp_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (*dialog)), ==, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (*dialog)), count));
  /* Enter keeps the vendor: Cancel is the default. */
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (*dialog)), ==,
                   "cancel");
}

static void
respond (GtkWindow  **dialog,
         const char  *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (*dialog), response);
  gtk_window_destroy (*dialog);  /* a response emitted, not clicked, leaves it open */
  insp_test_wait_until_closed (dialog);
  insp_test_wait_idle ();
}

static void
check_remove_vendor (InspTestApp *fixture)
{
  InspApplicationsPage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  InspVendorView *view = get_vendor_view (page);
  g_autoptr(GPtrArray) vendors = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  GtkWindow *dialog = NULL;
  guint n_answers = 0;

  vendors = insp_workspace_list_vendors (workspace, PLANNER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vendors->len, ==, 2);
  for (guint i = 0; i < vendors->len; i++)
    if (g_str_equal (((InspVendor *) g_ptr_array_index (vendors, i))->name, "Rotaflow sa"))
      uuid = g_strdup (((InspVendor *) g_ptr_array_index (vendors, i))->uuid);
  g_assert_nonnull (uuid);
  questions = insp_workspace_list_vendor_questions (workspace, uuid, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < questions->len; i++)
    {
      InspVendorQuestion *q = g_ptr_array_index (questions, i);

      if (g_strcmp0 (q->rating, "unanswered") != 0 || (q->answer != NULL && q->answer[0]))
        n_answers++;
    }
  g_assert_cmpuint (n_answers, >, 1);

  /* Cancel keeps it. */
  ask_remove_vendor (view, "Rotaflow sa", n_answers, &dialog);
  respond (&dialog, "cancel");
  g_assert_cmpuint (insp_vendor_view_get_n_vendors (view), ==, 2);

  /* Remove takes it and its questionnaire; the other stays, and the keyboard goes on from
   * "Add Vendor…". */
  ask_remove_vendor (view, "Rotaflow sa", n_answers, &dialog);
  respond (&dialog, "remove");
  g_assert_cmpuint (insp_vendor_view_get_n_vendors (view), ==, 1);
  g_assert_null (find_vendor_expander (view, "Rotaflow sa"));
  g_assert_nonnull (find_vendor_expander (view, "Kwadrant Planning bv"));
  g_clear_pointer (&vendors, g_ptr_array_unref);
  vendors = insp_workspace_list_vendors (workspace, PLANNER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vendors->len, ==, 1);
  g_clear_pointer (&questions, g_ptr_array_unref);
  questions = insp_workspace_list_vendor_questions (workspace, uuid, &error);
  g_assert_true (questions == NULL || questions->len == 0);
  g_clear_error (&error);
  g_assert_null (insp_vendor_view_get_error_text (view));
}

static void
test_remove_vendor (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = insp_workspace_get_default_dir (&error);
  g_autofree char *path = g_build_filename (dir, INSP_WORKSPACE_DEFAULT_NAME, NULL);
  g_autoptr(InspWorkspace) workspace = insp_workspace_open (path, TRUE, &error);

  g_assert_no_error (error);
  g_assert_true (insp_workspace_init_example (workspace, "en", &error));
  g_clear_object (&workspace);
  insp_test_app_run (NULL, check_remove_vendor);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add_func ("/invisible-vendor/invisible-work", test_invisible_work);
  insp_test_add_func ("/invisible-vendor/vendors", test_vendors);
  insp_test_add_func ("/invisible-vendor/remove-vendor", test_remove_vendor);

  return g_test_run ();
}
