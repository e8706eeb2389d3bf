/* test-versions.c — versions of the vision: the history, what changed between two versions,
 * saving, restoring and undoing, and the works council's review up to its sign-off
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()), on
 * the example workspace: versions 1 ("Draft for the works council", reviewed and signed off
 * on 19 May 2026) and 2 ("Revised after review", which changed the red lines, the
 * complaints procedure and the review cadence).
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include "insp-compare-view.h"
#include "insp-error.h"
#include "insp-name-dialog.h"
#include "insp-review-dialog.h"
#include "insp-section.h"
#include "insp-test-app.h"
#include "insp-version.h"
#include "insp-versions-dialog.h"

#define SHOW_TIMEOUT_MS 10000
#define JOB_TIMEOUT_MS 20000

/* --- Helpers ------------------------------------------------------------------------------ */

static InspWorkspace *
get_workspace (InspTestApp *fixture)
{
  InspWorkspace *workspace;

  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  workspace = insp_window_get_workspace (fixture->window);
  g_assert_nonnull (workspace);
  return workspace;
}

/* The first run's empty workspace becomes the example. */
static void
load_example (InspTestApp *fixture)
{
  g_autoptr(GError) error = NULL;

  insp_workspace_init_example (get_workspace (fixture), "en", &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();
}

static InspVersionsDialog *
open_versions (InspTestApp *fixture,
               gboolean     example)
{
  InspVersionsDialog *dialog;

  if (example)
    load_example (fixture);

  dialog = insp_versions_dialog_new (GTK_WINDOW (fixture->window), get_workspace (fixture));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, dialog, SHOW_TIMEOUT_MS));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog))
                 == GTK_WINDOW (fixture->window));
  return dialog;
}

/* Closes the dialog as Escape does, and waits until it is gone (after its toasts moved). */
static void
close_versions (InspVersionsDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (insp_test_wait_for (insp_test_is_null, &weak, SHOW_TIMEOUT_MS));
}

static InspSection *
find_current_section (InspWorkspace *workspace,
                      const char    *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (workspace, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_key (g_ptr_array_index (sections, i)), key) == 0)
      return g_object_ref (g_ptr_array_index (sections, i));
  g_assert_not_reached ();
  return NULL;
}

static const char *
section_uuid (InspWorkspace *workspace,
              const char    *key)
{
  g_autoptr(InspSection) section = find_current_section (workspace, key);

  return g_intern_string (insp_section_get_uuid (section));
}

static InspVersion *
find_version (InspWorkspace *workspace,
              guint          number)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("%u", number);
  InspVersion *version = insp_workspace_find_version (workspace, text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (insp_version_get_number (version), ==, number);
  return version;
}

static guint
count_versions (InspWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = insp_workspace_list_versions (workspace, &error);

  g_assert_no_error (error);
  return versions->len;
}

/* Every section's title and text, in order: what "back exactly" is checked on. */
static char *
dump_vision (InspWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (workspace, &error);
  GString *dump = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);

      g_string_append_printf (dump, "[%s|%s|%s|%s]\n%s\n", insp_section_get_uuid (section),
                              insp_section_get_key (section) ?: "",
                              insp_section_get_title (section) ?: "",
                              insp_section_get_status (section),
                              insp_section_get_text (section));
    }
  return g_string_free (dump, FALSE);
}

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type,
                                                                name));

  g_assert_nonnull (child);
  return child;
}

/* The rows of the history, top to bottom: "title\nsubtitle". */
static GPtrArray *
list_history (InspVersionsDialog *dialog)
{
  GtkWidget *list = template_child (dialog, INSP_TYPE_VERSIONS_DIALOG, "version_list");
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child))
      g_ptr_array_add (rows,
                       g_strdup_printf ("%s\n%s",
                                        adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)),
                                        adw_action_row_get_subtitle (ADW_ACTION_ROW (child))));
  return rows;
}

static AdwMessageDialog *
wait_for_message_dialog (AdwMessageDialog *not_this)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      guint n = g_list_model_get_n_items (toplevels);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (window) && ADW_MESSAGE_DIALOG (window) != not_this
              && gtk_widget_get_visible (GTK_WIDGET (window)))
            {
              g_assert_true (insp_test_wait_for (insp_test_window_is_shown, window,
                                                 SHOW_TIMEOUT_MS));
              return ADW_MESSAGE_DIALOG (window);
            }
        }
      insp_test_wait_idle ();
    }
  g_assert_not_reached ();
  return NULL;
}

/* Answers a message dialog as its button does, and waits until it is gone. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_autoptr(AdwMessageDialog) keep = g_object_ref (dialog);

  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  insp_test_wait_idle ();
}

/* The entry rows of a message dialog's extra child, in order. */
static GtkEditable *
get_entry_row (AdwMessageDialog *dialog,
               guint             index)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *list = insp_test_find_descendant (box, GTK_TYPE_LIST_BOX);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) index);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return GTK_EDITABLE (row);
}

static const char *
get_error_label (AdwMessageDialog *dialog)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (dialog), "error-label");

  g_assert_nonnull (label);
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      found = find_button_with_label (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GdkFrameClock *clock;
  gint64         until;   /* µs of frame time */
} FrameWait;

static gboolean
frame_time_reached (gpointer data)
{
  FrameWait *wait = data;

  return gdk_frame_clock_get_frame_time (wait->clock) >= wait->until;
}

/* Presses the Undo of the toast shown, once the toast has appeared, as a person would: its
 * button exists from the first frame of its appearance, and a toast dismissed in that same
 * frame makes libadwaita 1.2 read freed memory when its appearance ends (the hide animation,
 * started in the same frame and lasting as long, ends first and frees the toast). */
static void
press_undo (InspVersionsDialog *dialog)
{
  GtkWidget *overlay = template_child (dialog, INSP_TYPE_VERSIONS_DIALOG, "toast_overlay");
  GtkWidget *undo = NULL;
  FrameWait wait;

  for (guint attempt = 0; attempt < 100 && undo == NULL; attempt++)
    {
      undo = find_button_with_label (overlay, "_Undo");
      if (undo == NULL)
        insp_test_wait_idle ();
    }
  g_assert_nonnull (undo);

  /* A toast appears in 300 ms, from a frame time no later than the one read now. */
  wait.clock = gtk_widget_get_frame_clock (undo);
  g_assert_nonnull (wait.clock);
  wait.until = gdk_frame_clock_get_frame_time (wait.clock) + 400 * G_TIME_SPAN_MILLISECOND;
  g_assert_true (insp_test_wait_for (frame_time_reached, &wait, JOB_TIMEOUT_MS));
  insp_test_wait_idle ();

  g_signal_emit_by_name (undo, "clicked");
  insp_test_wait_idle ();
}

/* The text of @buffer that carries @tag_name, its runs joined with "|". */
static char *
get_tagged (GtkTextBuffer *buffer,
            const char    *tag_name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GString *tagged = g_string_new (NULL);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    {
      GtkTextIter end = iter;

      if (!gtk_text_iter_starts_tag (&iter, tag))
        continue;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      {
        g_autofree char *text = gtk_text_iter_get_text (&iter, &end);

        if (tagged->len > 0)
          g_string_append_c (tagged, '|');
        g_string_append (tagged, text);
      }
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag));

  return g_string_free (tagged, FALSE);
}

static GtkTextBuffer *
get_compare_buffer (InspVersionsDialog *dialog,
                    const char         *section)
{
  GtkTextView *view = insp_compare_view_get_text_view (
    insp_versions_dialog_get_compare_view (dialog), section);

  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (view);
}

static void
assert_has_description (GtkWidget  *widget,
                        const char *expected)
{
  g_autofree char *differs = gtk_test_accessible_check_property (
    GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  if (differs != NULL)
    g_error ("accessible description “%s”, expected “%s”", differs, expected);
}

/* Whether the menu of the chosen version has an item labelled @label. */
static gboolean
menu_has_item (InspVersionsDialog *dialog,
               const char         *label)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (template_child (dialog, INSP_TYPE_VERSIONS_DIALOG,
                                                           "menu_button"));
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *item = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &item)
              && g_strcmp0 (item, label) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* --- Accessible names (as test-a11y.c checks the main window) ----------------------------- */

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
         || GTK_IS_DROP_DOWN (widget) || GTK_IS_TEXT_VIEW (widget);
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
          if (!gtk_widget_get_focusable (child) && !GTK_IS_MENU_BUTTON (child)
              && !GTK_IS_DROP_DOWN (child)
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

/* --- Tests -------------------------------------------------------------------------------- */

/* The example's two versions, newest first under the current text; version 1 reviewed. */
static void
test_history (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, TRUE);
  g_autoptr(GPtrArray) rows = list_history (dialog);
  GtkWidget *stack = template_child (dialog, INSP_TYPE_VERSIONS_DIALOG, "stack");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "versions");
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (rows, 0), ==,
                   "Current text\nThe same as version 2");
  g_assert_cmpstr (g_ptr_array_index (rows, 1), ==,
                   "Version 2 — Revised after review\n8 June 2026 · HR manager");
  g_assert_cmpstr (g_ptr_array_index (rows, 2), ==,
                   "Version 1 — Draft for the works council\n"
                   "20 April 2026 · HR manager · Reviewed");

  /* At first: the current text against the latest version. */
  g_assert_cmpuint (insp_versions_dialog_get_selected (dialog), ==, 0);
  g_assert_cmpstr (insp_compare_view_get_summary (insp_versions_dialog_get_compare_view (dialog)),
                   ==, "No differences: the 9 sections are the same.");
  g_assert_false (gtk_widget_get_sensitive (template_child (dialog, INSP_TYPE_VERSIONS_DIALOG,
                                                            "menu_button")));

  /* Version 1's menu opens its review; it has no review to put back. */
  insp_versions_dialog_select_version (dialog, 1);
  insp_test_wait_idle ();
  g_assert_true (gtk_widget_get_sensitive (template_child (dialog, INSP_TYPE_VERSIONS_DIALOG,
                                                           "menu_button")));
  g_assert_true (menu_has_item (dialog, "_Open Review"));
  g_assert_false (menu_has_item (dialog, "_Put in Review"));
  g_assert_false (menu_has_item (dialog, "Show Removed Re_view"));

  /* Every control is named and takes the focus: the history's three rows, the two
   * drop-downs, Save Version…, the menu, the back button, the empty state's button; the
   * compare view's section toggles and texts. */
  assert_controls_named (GTK_WIDGET (dialog), 20);

  /* Escape closes it. */
  close_versions (dialog);
}

/* 1 → 2: the red lines, the complaints and the review cadence changed; words marked. */
static void
test_compare (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  InspCompareView *view = insp_versions_dialog_get_compare_view (dialog);
  const char *red_lines = section_uuid (workspace, "red-lines");
  const char *complaints = section_uuid (workspace, "complaints");
  const char *review = section_uuid (workspace, "review");
  const char *purpose = section_uuid (workspace, "purpose");
  g_autofree char *inserted = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *all = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  insp_versions_dialog_compare (dialog, 1, 2);
  insp_test_wait_idle ();
  g_assert_cmpstr (insp_compare_view_get_summary (view), ==,
                   "3 of 9 sections changed: 3 changed");

  /* The red lines: new lines underlined. */
  buffer = get_compare_buffer (dialog, red_lines);
  inserted = get_tagged (buffer, INSP_COMPARE_TAG_INSERTED);
  g_assert_nonnull (strstr (inserted, "discipline, dismissal, promotion or pay"));
  g_assert_nonnull (strstr (inserted, "without a login"));
  g_clear_pointer (&inserted, g_free);

  /* The complaints section was empty: all of it is new. */
  buffer = get_compare_buffer (dialog, complaints);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  all = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  inserted = get_tagged (buffer, INSP_COMPARE_TAG_INSERTED);
  g_assert_cmpstr (inserted, ==, all);
  g_assert_true (g_str_has_prefix (all, "A complaint about an AI application"));
  g_clear_pointer (&inserted, g_free);

  /* The review cadence: words struck through, others underlined. */
  buffer = get_compare_buffer (dialog, review);
  deleted = get_tagged (buffer, INSP_COMPARE_TAG_DELETED);
  inserted = get_tagged (buffer, INSP_COMPARE_TAG_INSERTED);
  g_assert_nonnull (strstr (deleted, "two years"));
  g_assert_nonnull (strstr (inserted, "once a year"));
  {
    GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                 INSP_COMPARE_TAG_DELETED);
    GtkTextTag *insert_tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                        INSP_COMPARE_TAG_INSERTED);
    gboolean strikethrough;
    PangoUnderline underline;

    /* Told apart without colour. */
    g_object_get (tag, "strikethrough", &strikethrough, NULL);
    g_object_get (insert_tag, "underline", &underline, NULL);
    g_assert_true (strikethrough);
    g_assert_cmpint (underline, ==, PANGO_UNDERLINE_SINGLE);
  }

  /* A screen reader hears what changed, in words. */
  assert_has_description (insp_compare_view_get_section_widget (view, complaints),
                          "Changed: 129 words added");
  assert_has_description (GTK_WIDGET (insp_compare_view_get_text_view (view, complaints)),
                          "129 words added");

  /* Unchanged sections show their header only; the changed ones their text. */
  g_assert_false (insp_compare_view_get_expanded (view, purpose));
  g_assert_true (insp_compare_view_get_expanded (view, red_lines));
  insp_compare_view_set_expanded (view, purpose, TRUE);
  g_assert_true (insp_compare_view_get_expanded (view, purpose));
  buffer = get_compare_buffer (dialog, purpose);
  g_clear_pointer (&inserted, g_free);
  inserted = get_tagged (buffer, INSP_COMPARE_TAG_INSERTED);
  g_assert_cmpstr (inserted, ==, "");

  /* Between two versions nothing is restored into the current text. */
  g_assert_cmpuint (insp_compare_view_get_restore_version (view), ==, 0);

  /* Choosing version 1 in the history compares it with the current text, with Restore. */
  insp_versions_dialog_select_version (dialog, 1);
  insp_test_wait_idle ();
  g_assert_cmpuint (insp_compare_view_get_restore_version (view), ==, 1);
  g_assert_cmpstr (insp_compare_view_get_summary (view), ==,
                   "3 of 9 sections changed: 3 changed");

  close_versions (dialog);
}

/* Save Version… (a name in use is refused with the core's reason), restore version 1, and
 * Undo: the text is back exactly. */
static void
test_save_restore_undo (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspVersion) version_1 = find_version (workspace, 1);
  g_autoptr(InspSection) red_lines = find_current_section (workspace, "red-lines");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after_undo = NULL;
  AdwMessageDialog *save, *again, *confirm;

  /* Something to save. */
  insp_workspace_set_section_text (workspace, insp_section_get_uuid (red_lines),
                                   "We will never let an algorithm decide alone.", &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();
  rows = list_history (dialog);
  g_assert_cmpstr (g_ptr_array_index (rows, 0), ==,
                   "Current text\n1 section changed since version 2");
  g_clear_pointer (&rows, g_ptr_array_unref);

  insp_test_activate_action (GTK_WIDGET (dialog), "versions.save", NULL);
  save = wait_for_message_dialog (NULL);
  g_assert_cmpstr (gtk_editable_get_text (get_entry_row (save, 0)), ==, "Version 3");
  assert_controls_named (GTK_WIDGET (save), 4);

  /* A name is required … */
  gtk_editable_set_text (get_entry_row (save, 0), "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (save, "save"));
  /* … and must be unique: the dialog comes back with the reason. */
  gtk_editable_set_text (get_entry_row (save, 0), "Draft for the works council");
  gtk_editable_set_text (get_entry_row (save, 1), "HR manager");
  respond (save, "save");
  again = wait_for_message_dialog (NULL);
  g_assert_cmpstr (get_error_label (again), ==,
                   "Version 1 is already called “Draft for the works council”: give this one "
                   "another name");
  g_assert_cmpstr (gtk_editable_get_text (get_entry_row (again, 1)), ==, "HR manager");
  gtk_editable_set_text (get_entry_row (again, 0), "Red lines sharpened");
  respond (again, "save");

  g_assert_cmpuint (count_versions (workspace), ==, 3);
  g_assert_cmpuint (insp_versions_dialog_get_selected (dialog), ==, 3);
  rows = list_history (dialog);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, 1),
                                   "Version 3 — Red lines sharpened\n"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, 1), " · HR manager"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Restore version 1, after saying what will happen. */
  before = dump_vision (workspace);
  insp_versions_dialog_select_version (dialog, 1);
  insp_test_activate_action (GTK_WIDGET (dialog), "versions.restore", NULL);
  confirm = wait_for_message_dialog (NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==, "Restore Version 1?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm),
                            "saved as a new version"));
  respond (confirm, "restore");

  /* The current text is version 1's; the text before is version 4. */
  g_assert_cmpuint (count_versions (workspace), ==, 4);
  {
    g_autoptr(InspVersion) snapshot = find_version (workspace, 4);
    g_autoptr(GPtrArray) diffs = insp_workspace_compare (workspace, version_1, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (insp_version_get_label (snapshot), ==, "Before restoring version 1");
    for (guint i = 0; i < diffs->len; i++)
      g_assert_cmpint (((InspSectionDiff *) g_ptr_array_index (diffs, i))->change, ==,
                       INSP_SECTION_CHANGE_UNCHANGED);
  }
  rows = list_history (dialog);
  g_assert_cmpstr (g_ptr_array_index (rows, 0), ==,
                   "Current text\n3 sections changed since version 4");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Undo: back exactly as before. */
  press_undo (dialog);
  after_undo = dump_vision (workspace);
  g_assert_cmpstr (after_undo, ==, before);

  close_versions (dialog);
}

/* Restore This Section in the comparison with the current text, and its Undo. */
static void
test_restore_section (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  InspCompareView *view = insp_versions_dialog_get_compare_view (dialog);
  const char *red_lines = section_uuid (workspace, "red-lines");
  const char *review = section_uuid (workspace, "review");
  g_autoptr(InspVersion) version_1 = find_version (workspace, 1);
  g_autoptr(InspSection) changed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after_undo = NULL;
  GtkWidget *card, *restore;

  insp_versions_dialog_select_version (dialog, 1);
  insp_test_wait_idle ();
  g_assert_cmpuint (insp_compare_view_get_restore_version (view), ==, 1);

  /* Only sections that differ have the button. */
  g_assert_null (find_button_with_label (
    insp_compare_view_get_section_widget (view, section_uuid (workspace, "purpose")),
    "Restore This Section"));
  card = insp_compare_view_get_section_widget (view, review);
  restore = find_button_with_label (card, "Restore This Section");
  g_assert_nonnull (restore);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (restore), ==,
                   "Put this section back as it is in version 1");

  before = dump_vision (workspace);
  g_signal_emit_by_name (restore, "clicked");
  insp_test_wait_idle ();

  /* Only that section is as in version 1. */
  changed = find_current_section (workspace, "review");
  g_assert_cmpstr (insp_section_get_text (changed), ==,
                   "We review this vision every two years, together with the works council.");
  {
    g_autoptr(InspSection) still = find_current_section (workspace, "red-lines");

    g_assert_true (g_str_has_prefix (insp_section_get_text (still),
                                     "We will never:\n\n- let AI alone"));
  }
  g_assert_cmpstr (insp_compare_view_get_summary (view), ==,
                   "2 of 9 sections changed: 2 changed");
  g_assert_nonnull (insp_compare_view_get_section_widget (view, red_lines));

  press_undo (dialog);
  after_undo = dump_vision (workspace);
  g_assert_cmpstr (after_undo, ==, before);

  close_versions (dialog);
}

/* Version 1's review is signed off: shown read-only, with when and by whom. */
static void
test_signed_review (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspVersion) version_1 = find_version (workspace, 1);
  GPtrArray *sections = insp_version_get_sections (version_1);
  GtkWindow *review;
  GtkDropDown *dropdown;
  GtkTextView *comments;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  insp_versions_dialog_select_version (dialog, 1);
  insp_test_activate_action (GTK_WIDGET (dialog), "versions.review", NULL);
  review = insp_test_find_toplevel (INSP_TYPE_REVIEW_DIALOG);
  g_assert_nonnull (review);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, review, SHOW_TIMEOUT_MS));

  g_assert_cmpstr (gtk_window_get_title (review), ==, "Review of Version 1");
  g_assert_true (insp_review_dialog_is_read_only (INSP_REVIEW_DIALOG (review)));
  g_assert_cmpstr (insp_review_dialog_get_state_text (INSP_REVIEW_DIALOG (review)), ==,
                   "Signed off on 19 May 2026 by Works council (secretary)");

  /* Every control of every section can be read, none changed. */
  g_assert_cmpuint (sections->len, ==, 9);
  for (guint i = 0; i < sections->len; i++)
    {
      const char *uuid = insp_section_get_uuid (g_ptr_array_index (sections, i));

      dropdown = insp_review_dialog_get_verdict_dropdown (INSP_REVIEW_DIALOG (review), uuid);
      comments = insp_review_dialog_get_comments_view (INSP_REVIEW_DIALOG (review), uuid);
      g_assert_nonnull (dropdown);
      g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dropdown)));
      g_assert_false (gtk_text_view_get_editable (comments));
    }
  g_assert_false (gtk_text_view_get_editable (
    insp_review_dialog_get_opinion_view (INSP_REVIEW_DIALOG (review))));
  g_assert_false (gtk_widget_get_visible (template_child (review, INSP_TYPE_REVIEW_DIALOG,
                                                          "sign_button")));
  /* Sign Off… does nothing any more. */
  gtk_widget_activate_action (GTK_WIDGET (review), "review.sign", NULL);
  insp_test_wait_idle ();
  g_assert_null (insp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* The red lines: "To be corrected", with the council's comments. */
  dropdown = insp_review_dialog_get_verdict_dropdown (INSP_REVIEW_DIALOG (review),
                                                      section_uuid (workspace, "red-lines"));
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown)), ==,
                   "To be corrected");
  comments = insp_review_dialog_get_comments_view (INSP_REVIEW_DIALOG (review),
                                                   section_uuid (workspace, "red-lines"));
  buffer = gtk_text_view_get_buffer (comments);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (text, "Far too short."));

  assert_controls_named (GTK_WIDGET (review), 30);

  gtk_window_close (review);
  close_versions (dialog);
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* Version 2 put in review: a verdict and comments saved as they are given, the opinion,
 * the sign-off; after it every change is refused. */
static void
test_review_flow (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  const char *red_lines = section_uuid (workspace, "red-lines");
  const char *training = section_uuid (workspace, "training");
  g_autoptr(InspReview) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  InspReviewDialog *review;
  AdwMessageDialog *sign, *again;
  const InspVerdict *verdict;
  const char *uuid;

  insp_versions_dialog_select_version (dialog, 2);
  insp_test_activate_action (GTK_WIDGET (dialog), "versions.review", NULL);
  review = INSP_REVIEW_DIALOG (insp_test_find_toplevel (INSP_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (review);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, review, SHOW_TIMEOUT_MS));
  uuid = insp_review_dialog_get_review (review);
  g_assert_false (insp_review_dialog_is_read_only (review));
  g_assert_cmpstr (insp_review_dialog_get_state_text (review), ==, "In review");
  rows = list_history (dialog);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, 1), " · In review"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* A verdict is saved when it is chosen. */
  gtk_drop_down_set_selected (insp_review_dialog_get_verdict_dropdown (review, red_lines), 0);
  stored = insp_workspace_get_review (workspace, uuid, &error);
  g_assert_no_error (error);
  verdict = insp_review_get_verdict (stored, red_lines);
  g_assert_cmpstr (verdict->verdict, ==, "acceptable");
  g_clear_object (&stored);

  /* Comments after a pause, or when the focus leaves them; the opinion too. */
  set_text (insp_review_dialog_get_comments_view (review, training),
            "Include the night shift.");
  gtk_drop_down_set_selected (insp_review_dialog_get_verdict_dropdown (review, training), 1);
  set_text (insp_review_dialog_get_opinion_view (review),
            "The council supports this version.");
  gtk_widget_grab_focus (GTK_WIDGET (insp_review_dialog_get_verdict_dropdown (review, training)));
  insp_test_wait_idle ();
  g_assert_true (insp_review_dialog_flush (review));
  stored = insp_workspace_get_review (workspace, uuid, &error);
  g_assert_no_error (error);
  verdict = insp_review_get_verdict (stored, training);
  g_assert_cmpstr (verdict->verdict, ==, "improvable");
  g_assert_cmpstr (verdict->comments, ==, "Include the night shift.");
  g_assert_cmpstr (insp_review_get_opinion (stored), ==, "The council supports this version.");
  g_clear_object (&stored);

  /* Sign Off…: today, by whom; a date that is no date is refused with the reason. */
  assert_controls_named (GTK_WIDGET (review), 30);
  insp_test_activate_action (GTK_WIDGET (review), "review.sign", NULL);
  sign = wait_for_message_dialog (NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (sign), "can no longer be changed"));
  g_assert_cmpstr (gtk_editable_get_text (get_entry_row (sign, 0)), ==, today);
  g_assert_false (adw_message_dialog_get_response_enabled (sign, "sign"));
  assert_controls_named (GTK_WIDGET (sign), 4);
  gtk_editable_set_text (get_entry_row (sign, 0), "19/05/2026");
  gtk_editable_set_text (get_entry_row (sign, 1), "Works council (secretary)");
  respond (sign, "sign");
  again = wait_for_message_dialog (NULL);
  g_assert_cmpstr (get_error_label (again), ==,
                   "“19/05/2026” is not a date: write it as YYYY-MM-DD, such as 2026-05-19");
  g_assert_false (insp_review_dialog_is_read_only (review));
  gtk_editable_set_text (get_entry_row (again, 0), "2026-06-15");
  respond (again, "sign");

  g_assert_true (insp_review_dialog_is_read_only (review));
  g_assert_cmpstr (insp_review_dialog_get_state_text (review), ==,
                   "Signed off on 15 June 2026 by Works council (secretary)");
  g_assert_false (gtk_widget_get_sensitive (
    GTK_WIDGET (insp_review_dialog_get_verdict_dropdown (review, red_lines))));
  g_assert_false (gtk_text_view_get_editable (insp_review_dialog_get_comments_view (review,
                                                                                    training)));

  /* History: a signed review is refused any change, with the reason. */
  g_assert_false (insp_workspace_set_verdict (workspace, uuid, red_lines, "to-correct", NULL,
                                              &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "signed off"));
  g_clear_error (&error);

  insp_test_wait_idle ();
  rows = list_history (dialog);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, 1), " · Reviewed"));

  gtk_window_close (GTK_WINDOW (review));
  close_versions (dialog);
}

static gboolean
on_spin_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Runs the main loop for @ms, as time passes for a person. */
static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_spin_timeout, &done);
  insp_test_wait_for (is_true, &done, ms + 5000);
}

/* Signed off elsewhere (another window, an import) while the comments are being written:
 * the dialog becomes read-only under the cursor, and keeps what was typed. */
static void
test_signed_meanwhile (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  const char *training = section_uuid (workspace, "training");
  g_autoptr(GError) error = NULL;
  InspReviewDialog *review;
  GtkTextView *comments;

  insp_versions_dialog_select_version (dialog, 2);
  insp_test_activate_action (GTK_WIDGET (dialog), "versions.review", NULL);
  review = INSP_REVIEW_DIALOG (insp_test_find_toplevel (INSP_TYPE_REVIEW_DIALOG));
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, review, SHOW_TIMEOUT_MS));

  comments = insp_review_dialog_get_comments_view (review, training);
  set_text (comments, "Also for the night shift.");
  g_assert_true (insp_review_dialog_flush (review));
  spin (300);

  insp_workspace_sign_review (workspace, insp_review_dialog_get_review (review), "2026-06-15",
                              "Works council", &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();
  g_assert_true (insp_review_dialog_is_read_only (review));
  g_assert_false (gtk_text_view_get_editable (comments));

  /* The cursor stops blinking in a text that is no longer edited. */
  spin (2500);
  g_assert_cmpstr (insp_review_dialog_get_state_text (review), ==,
                   "Signed off on 15 June 2026 by Works council");

  gtk_window_destroy (GTK_WINDOW (review));
  close_versions (dialog);
}

/* Remove Review… asks why; the review stays listed, as removed, with the reason. */
static void
test_remove_review (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, TRUE);
  g_autoptr(GPtrArray) rows = NULL;
  AdwMessageDialog *ask;
  GtkWindow *review;
  g_autofree char *expected = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  insp_versions_dialog_select_version (dialog, 2);
  insp_test_activate_action (GTK_WIDGET (dialog), "versions.review", NULL);
  review = insp_test_find_toplevel (INSP_TYPE_REVIEW_DIALOG);
  g_assert_nonnull (review);
  gtk_window_destroy (review);
  insp_test_wait_idle ();

  insp_test_activate_action (GTK_WIDGET (dialog), "versions.remove-review", NULL);
  ask = wait_for_message_dialog (NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (ask, INSP_NAME_DIALOG_ACCEPT));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ask)),
                         "Put in review by mistake");
  respond (ask, INSP_NAME_DIALOG_ACCEPT);

  rows = list_history (dialog);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, 1), " · Review removed"));

  insp_test_activate_action (GTK_WIDGET (dialog), "versions.show-removed-review", NULL);
  review = insp_test_find_toplevel (INSP_TYPE_REVIEW_DIALOG);
  g_assert_nonnull (review);
  g_assert_true (insp_review_dialog_is_read_only (INSP_REVIEW_DIALOG (review)));
  today = insp_versions_format_date (g_date_time_format (now, "%Y-%m-%d"));
  expected = g_strdup_printf ("Removed on %s: Put in review by mistake", today);
  g_assert_cmpstr (insp_review_dialog_get_state_text (INSP_REVIEW_DIALOG (review)), ==, expected);

  gtk_window_destroy (review);
  close_versions (dialog);
}

/* No versions yet: a status page that says what a version is for, and saves the first. */
static void
test_empty (InspTestApp *fixture)
{
  InspVersionsDialog *dialog = open_versions (fixture, FALSE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkWidget *stack = template_child (dialog, INSP_TYPE_VERSIONS_DIALOG, "stack");
  GtkWidget *status;
  AdwMessageDialog *save;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  status = gtk_stack_get_visible_child (GTK_STACK (stack));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Versions Yet");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                            "works council"));

  insp_test_activate_action (GTK_WIDGET (dialog), "versions.save", NULL);
  save = wait_for_message_dialog (NULL);
  g_assert_cmpstr (gtk_editable_get_text (get_entry_row (save, 0)), ==, "Version 1");
  respond (save, "save");

  g_assert_cmpuint (count_versions (workspace), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "versions");

  close_versions (dialog);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/versions/history", test_history, NULL);
  insp_test_add ("/versions/compare", test_compare, NULL);
  insp_test_add ("/versions/save-restore-undo", test_save_restore_undo, NULL);
  insp_test_add ("/versions/restore-section", test_restore_section, NULL);
  insp_test_add ("/versions/signed-review", test_signed_review, NULL);
  insp_test_add ("/versions/review-flow", test_review_flow, NULL);
  insp_test_add ("/versions/signed-meanwhile", test_signed_meanwhile, NULL);
  insp_test_add ("/versions/remove-review", test_remove_review, NULL);
  insp_test_add ("/versions/empty", test_empty, NULL);

  return g_test_run ();
}
