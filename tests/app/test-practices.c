/* test-practices.c — the Practices page: the example's practices listed, a search with accents
 * folded, adding and editing a practice in place, deleting it and Undo, the casebook exported
 * and imported into an empty workspace, a refused casebook that changes nothing, the empty
 * state, and names for every control of the page
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()).
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "insp-name-dialog.h"
#include "insp-practice.h"
#include "insp-practices-page.h"
#include "insp-test-app.h"
#include "insp-toast.h"

#define SHOW_TIMEOUT_MS 10000
#define JOB_TIMEOUT_MS 20000
#define SAVE_TIMEOUT_MS 10000

/* A toast's show animation (300 ms on libadwaita 1.2), and a little more. */
#define TOAST_ANIMATION_MS 500

#define SCANNERS_UUID "fca430dd-2f47-4458-b6f4-223d480ddd0e"

static gpointer
get_child (gpointer    widget,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), INSP_TYPE_PRACTICES_PAGE,
                                                  name);

  g_assert_nonnull (child);
  return child;
}

static InspPracticesPage *
show_page (InspTestApp *fixture,
           const char  *example)
{
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  if (example != NULL)
    {
      g_autoptr(GError) error = NULL;

      insp_workspace_init_example (insp_window_get_workspace (fixture->window), example,
                                   &error);
      g_assert_no_error (error);
      insp_test_wait_idle ();
    }
  insp_window_show_page (fixture->window, "practices");
  insp_test_wait_idle ();
  return INSP_PRACTICES_PAGE (insp_window_get_page (fixture->window, "practices"));
}

static GPtrArray *
list_practices (InspWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *practices = insp_workspace_list_practices (workspace, &error);

  g_assert_no_error (error);
  return practices;
}

static InspPractice *
get_practice (InspWorkspace *workspace,
              const char    *uuid)
{
  g_autoptr(GError) error = NULL;
  InspPractice *practice = insp_workspace_get_practice (workspace, uuid, &error);

  g_assert_no_error (error);
  return practice;
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

/* The labels of a row, top to bottom, joined by "|", markup included. */
static char *
dup_row_text (GtkListBoxRow *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (row);
  g_autoptr(GString) text = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        if (text->len > 0)
          g_string_append_c (text, '|');
        g_string_append (text, gtk_label_get_label (GTK_LABEL (child)));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
search (InspPracticesPage *page,
        const char        *text)
{
  GtkEditable *entry = get_child (page, "search_entry");

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "search-changed");
  insp_test_wait_idle ();
}

/* --- Toasts and dialogs ---------------------------------------------------------------------- */

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

typedef struct
{
  InspTestApp *fixture;
  const char  *title;
} ToastWait;

static gboolean
toast_is_shown (gpointer data)
{
  ToastWait *wait = data;
  GtkWidget *overlay = insp_test_get_template_child (wait->fixture->window,
                                                   INSP_TYPE_WINDOW, "toast_overlay");

  return has_label (overlay, wait->title);
}

static gboolean
toast_has_settled (gpointer data)
{
  InspTestApp *fixture = data;
  AdwToastOverlay *overlay = insp_test_get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                                           "toast_overlay");

  return g_get_monotonic_time () - insp_toast_get_last_moved (overlay)
         > TOAST_ANIMATION_MS * 1000;
}

/* Waits for the toast called @title, and until it has appeared: as a person sees it, and
 * ready to be replaced (libadwaita 1.2 frees a toast dismissed while it appears). */
static void
assert_toast (InspTestApp *fixture,
              const char  *title)
{
  ToastWait wait = { fixture, title };

  if (!insp_test_wait_for (toast_is_shown, &wait, SHOW_TIMEOUT_MS))
    g_error ("No toast “%s”", title);
  g_assert_true (insp_test_wait_for (toast_has_settled, fixture, SHOW_TIMEOUT_MS));
}

static gboolean
has_no_toplevel (gpointer type)
{
  return !insp_test_has_toplevel (type);
}

/* --- Accessible names, as test-a11y.c checks the main window --------------------------------- */

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
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (text == NULL || text[0] == '\0')
    text = gtk_widget_get_tooltip_text (widget);
  return text == NULL || text[0] == '\0' ? NULL : g_strdup (text);
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_ENTRY (widget) || GTK_IS_LIST_BOX_ROW (widget)
         || GTK_IS_SWITCH (widget) || GTK_IS_TEXT_VIEW (widget)
         || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_MENU_BUTTON (widget);
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
        }
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
  InspPracticesPage *page = show_page (fixture, NULL);
  AdwStatusPage *status = get_child (page, "status_page");

  /* No practices yet: the page says what a casebook is for, and how to start one. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==, "empty");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "workable work"));
  g_assert_true (insp_test_wait_for (insp_test_widget_is_mapped, get_child (page,
                                                                            "empty_add_button"),
                                     SHOW_TIMEOUT_MS));
  g_assert_true (gtk_widget_get_visible (get_child (page, "empty_import_button")));
  g_assert_cmpuint (count_rows (get_child (page, "practice_list")), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (get_child (page, "search_entry")));
  /* Nothing to export yet; a casebook to import. */
  g_assert_false (gtk_widget_is_sensitive (get_child (page, "delete_button")));
  assert_controls_named (GTK_WIDGET (page), 5);
}

static void
test_example_and_search (InspTestApp *fixture)
{
  InspPracticesPage *page = show_page (fixture, "nl");
  GtkListBox *list = get_child (page, "practice_list");
  g_autofree char *text = NULL;
  GtkListBoxRow *row;

  /* The example's three practices, by title, each with its kind and sector. */
  g_assert_cmpuint (count_rows (list), ==, 3);
  text = dup_row_text (gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (text, ==,
                   "Acceptatieworkshop met demo's in een voedingsdistributiecentrum"
                   "|Good practice · Groothandel en distributie");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==,
                   "practice");
  assert_controls_named (GTK_WIDGET (page), 12);

  /* "geinformeerd" finds "geïnformeerd": accents folded, the word found shown in bold. */
  search (page, "geinformeerd");
  g_assert_cmpuint (count_rows (list), ==, 1);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "uuid"), ==, SCANNERS_UUID);
  text = dup_row_text (row);
  g_assert_nonnull (strstr (text, "Handscanners ingevoerd zonder overleg (2023)"
                                  "|Bad practice · Logistiek en transport|"));
  g_assert_nonnull (strstr (text, "<b>geïnformeerd</b>"));
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "list_stack")), ==,
                   "list");

  /* Choosing it shows it. */
  gtk_list_box_select_row (list, row);
  insp_test_wait_idle ();
  g_assert_cmpstr (gtk_editable_get_text (get_child (page, "title_row")), ==,
                   "Handscanners ingevoerd zonder overleg (2023)");
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (page, "kind_row")), ==, 1);

  /* Nothing found: said so. */
  search (page, "blockchain");
  g_assert_cmpuint (count_rows (list), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "list_stack")), ==,
                   "no-results");

  /* Ctrl+F's action goes to the search; Escape's "stop-search" shows all again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "practices.search", NULL));
  g_signal_emit_by_name (get_child (page, "search_entry"), "stop-search");
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 3);
}

static void
test_add_edit_delete_undo (InspTestApp *fixture)
{
  InspPracticesPage *page = show_page (fixture, NULL);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkListBox *list = get_child (page, "practice_list");
  g_autoptr(GPtrArray) practices = NULL;
  g_autoptr(InspPractice) practice = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;

  /* Add Practice… (Ctrl+N) asks for a title. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "practices.add", NULL));
  g_assert_true (insp_test_wait_for (insp_test_has_toplevel,
                                     GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG),
                                     SHOW_TIMEOUT_MS));
  dialog = ADW_MESSAGE_DIALOG (insp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                         "Data-Date with the drivers");
  g_assert_true (gtk_widget_activate_action (adw_message_dialog_get_extra_child (dialog),
                                             "default.activate", NULL));
  g_assert_true (insp_test_wait_for (has_no_toplevel,
                                     GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG),
                                     SHOW_TIMEOUT_MS));
  insp_test_wait_idle ();

  /* Written, a good practice, listed and shown. */
  practices = list_practices (workspace);
  g_assert_cmpuint (practices->len, ==, 1);
  uuid = g_strdup (((InspPractice *) g_ptr_array_index (practices, 0))->uuid);
  g_assert_cmpstr (((InspPractice *) g_ptr_array_index (practices, 0))->kind, ==, "good");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==,
                   "practice");
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (gtk_label_get_label (get_child (page, "title_label")), ==,
                   "Data-Date with the drivers");
  assert_controls_named (GTK_WIDGET (page), 12);

  /* Edited in place: written when typing pauses, with nothing to press. */
  gtk_editable_set_text (get_child (page, "sector_row"), "Logistics");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (get_child (page, "effect_view")),
                            "Less stress about the new planner.", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (get_child (page, "lessons_view")),
                            "Demystify first.", -1);
  adw_combo_row_set_selected (get_child (page, "kind_row"), 1);
  /* The kind is written at once, with what was typed so far. */
  practice = get_practice (workspace, uuid);
  g_assert_cmpstr (practice->kind, ==, "bad");
  g_assert_cmpstr (practice->sector, ==, "Logistics");
  g_clear_pointer (&practice, insp_practice_free);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (get_child (page, "description_view")),
                            "Experts and drivers met for an hour.", -1);
  g_usleep (1500 * 1000);
  insp_test_wait_idle ();
  practice = get_practice (workspace, uuid);
  g_assert_cmpstr (practice->description, ==, "Experts and drivers met for an hour.");
  g_assert_cmpstr (practice->effect, ==, "Less stress about the new planner.");
  g_assert_cmpstr (practice->lessons, ==, "Demystify first.");
  g_clear_pointer (&practice, insp_practice_free);
  text = dup_row_text (gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (text, ==, "Data-Date with the drivers|Bad practice · Logistics");
  g_clear_pointer (&text, g_free);

  /* An empty title is not written: the practice keeps its own, the rest is written, and the
   * page says why in place. */
  gtk_editable_set_text (get_child (page, "title_row"), "");
  gtk_editable_set_text (get_child (page, "sector_row"), "Transport");
  g_assert_true (insp_practices_page_flush (page));
  g_assert_true (gtk_widget_get_visible (get_child (page, "error_label")));
  g_assert_cmpstr (gtk_label_get_label (get_child (page, "error_label")), ==,
                   "A practice needs a title.");
  practice = get_practice (workspace, uuid);
  g_assert_cmpstr (practice->title, ==, "Data-Date with the drivers");
  g_assert_cmpstr (practice->sector, ==, "Transport");
  g_clear_pointer (&practice, insp_practice_free);

  /* Typed and left at once (another page shown): written all the same. */
  gtk_editable_set_text (get_child (page, "title_row"), "Data-Date with the truck drivers");
  insp_window_show_page (fixture->window, "people");
  insp_test_wait_idle ();
  practice = get_practice (workspace, uuid);
  g_assert_cmpstr (practice->title, ==, "Data-Date with the truck drivers");
  g_clear_pointer (&practice, insp_practice_free);
  insp_window_show_page (fixture->window, "practices");
  insp_test_wait_idle ();
  g_assert_false (gtk_widget_get_visible (get_child (page, "error_label")));

  /* Delete: gone, the empty state again, and a toast with Undo … */
  g_signal_emit_by_name (get_child (page, "delete_button"), "clicked");
  insp_test_wait_idle ();
  g_clear_pointer (&practices, g_ptr_array_unref);
  practices = list_practices (workspace);
  g_assert_cmpuint (practices->len, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==, "empty");
  assert_toast (fixture, "“Data-Date with the truck drivers” deleted");

  /* … that puts it back as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "practices.undo-delete", NULL));
  insp_test_wait_idle ();
  practice = get_practice (workspace, uuid);
  g_assert_cmpstr (practice->title, ==, "Data-Date with the truck drivers");
  g_assert_cmpstr (practice->kind, ==, "bad");
  g_assert_cmpstr (practice->description, ==, "Experts and drivers met for an hour.");
  g_assert_cmpstr (practice->lessons, ==, "Demystify first.");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==,
                   "practice");
  g_assert_cmpstr (gtk_editable_get_text (get_child (page, "title_row")), ==,
                   "Data-Date with the truck drivers");
  text = dup_view_text (get_child (page, "effect_view"));
  g_assert_cmpstr (text, ==, "Less stress about the new planner.");
}

static void
test_export_import (InspTestApp *fixture)
{
  InspPracticesPage *page = show_page (fixture, NULL);
  InspWorkspace *empty = insp_window_get_workspace (fixture->window);
  g_autofree char *dir = g_dir_make_tmp ("insp-practices-XXXXXX", NULL);
  g_autofree char *example_path = g_build_filename (dir, "example.inspraak", NULL);
  g_autofree char *casebook_path = g_build_filename (dir, "casebook.json", NULL);
  g_autoptr(InspWorkspace) example = NULL;
  g_autoptr(GFile) casebook = g_file_new_for_path (casebook_path);
  g_autoptr(GPtrArray) practices = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  /* The example's casebook, exported from the page … */
  example = insp_workspace_open (example_path, TRUE, &error);
  g_assert_no_error (error);
  insp_workspace_init_example (example, "en", &error);
  g_assert_no_error (error);
  insp_practices_page_set_workspace (page, example);
  insp_test_wait_idle ();
  g_assert_true (insp_practices_page_export_file (page, casebook));
  assert_toast (fixture, "Casebook exported to “casebook.json”");
  g_assert_cmpint (g_stat (casebook_path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* … and imported into an empty workspace: three added, said in a toast, and listed. */
  insp_practices_page_set_workspace (page, empty);
  insp_test_wait_idle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==, "empty");
  g_assert_true (insp_practices_page_import_file (page, casebook));
  insp_test_wait_idle ();
  assert_toast (fixture, "3 added, 0 updated, 0 unchanged");
  practices = list_practices (empty);
  g_assert_cmpuint (practices->len, ==, 3);
  g_assert_cmpuint (count_rows (get_child (page, "practice_list")), ==, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==,
                   "practice");

  /* Again: nothing new. */
  g_assert_true (insp_practices_page_import_file (page, casebook));
  assert_toast (fixture, "0 added, 0 updated, 3 unchanged");

  g_clear_object (&example);
  g_remove (casebook_path);
  g_remove (example_path);
  g_rmdir (dir);
}

static void
test_refused_casebook (InspTestApp *fixture)
{
  InspPracticesPage *page = show_page (fixture, "en");
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autofree char *dir = g_dir_make_tmp ("insp-practices-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cb.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) before = list_practices (workspace);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  /* The first practice is new and valid; the second's kind is not one. */
  const char *json =
    "{\"format\": \"inspraak-casebook\", \"version\": 1, \"practices\": ["
    "{\"uuid\": \"0b6e4a57-45d3-4a4e-9a39-2f1e6f0f7c11\", \"title\": \"Fine\", "
    "\"kind\": \"good\"}, "
    "{\"uuid\": \"0b6e4a57-45d3-4a4e-9a39-2f1e6f0f7c12\", \"title\": \"Broken\", "
    "\"kind\": \"ugly\"}]}";

  g_assert_true (g_file_set_contents (path, json, -1, &error));
  g_assert_no_error (error);

  g_assert_false (insp_practices_page_import_file (page, file));
  g_assert_true (insp_test_wait_for (insp_test_has_toplevel,
                                     GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG),
                                     SHOW_TIMEOUT_MS));
  dialog = ADW_MESSAGE_DIALOG (insp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Casebook Not Imported");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "cb.json: $.practices[1].kind: “ugly” is not one of good, bad");

  /* All or nothing: not even the valid practice was added. */
  after = list_practices (workspace);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_cmpuint (count_rows (get_child (page, "practice_list")), ==, 3);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/practices/empty", test_empty, NULL);
  insp_test_add ("/practices/example-and-search", test_example_and_search, NULL);
  insp_test_add ("/practices/add-edit-delete-undo", test_add_edit_delete_undo, NULL);
  insp_test_add ("/practices/export-import", test_export_import, NULL);
  insp_test_add ("/practices/refused-casebook", test_refused_casebook, NULL);

  return g_test_run ();
}
