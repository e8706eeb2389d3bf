/* test-exports.c — the Exports page: the templates listed with names for every control, a
 * preview of the first pages in the app's language and in the other one, an export written by
 * the command line in a subprocess and listed among the recent exports, Export Again, a failed
 * export that says why and leaves no file, Export… from the vision's menu, and Print to a PDF
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()).
 */

#define _GNU_SOURCE
#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "insp-doc-layout.h"
#include "insp-exports-page.h"
#include "insp-print.h"
#include "insp-template.h"
#include "insp-test-app.h"

#define JOB_TIMEOUT_MS 30000

static gpointer
get_child (gpointer    page,
           const char *name)
{
  return insp_test_get_template_child (page, INSP_TYPE_EXPORTS_PAGE, name);
}

static InspExportsPage *
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
  insp_window_show_page (fixture->window, "exports");
  insp_test_wait_idle ();
  return INSP_EXPORTS_PAGE (insp_window_get_page (fixture->window, "exports"));
}

static gboolean
preview_is_ready (gpointer data)
{
  InspDocPreview *preview = data;

  return !insp_doc_preview_is_busy (preview) && insp_doc_preview_get_n_shown (preview) > 0;
}

static gboolean
preview_is_busy (gpointer data)
{
  return insp_doc_preview_is_busy (data);
}

static void
on_exported (InspExportsPage *page,
             const char      *path,
             guint           *count)
{
  (*count)++;
}

static gboolean
count_reached (gpointer data)
{
  guint *count = data;

  return *count > 0;
}

static gboolean
label_is_visible (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static void
test_preview_and_names (InspTestApp *fixture)
{
  InspExportsPage *page = show_page (fixture, TRUE);
  InspDocPreview *preview = insp_exports_page_get_preview (page);
  guint n_templates;

  insp_template_list (&n_templates);
  g_assert_true (insp_test_wait_for (preview_is_ready, preview, JOB_TIMEOUT_MS));
  g_assert_cmpuint (insp_doc_preview_get_n_pages (preview), >=, 3);
  g_assert_cmpuint (insp_doc_preview_get_n_shown (preview), ==, 3);

  /* One radio button per template, every control named. */
  insp_test_assert_controls_named (GTK_WIDGET (page), n_templates + 4);

  /* The other language: built by inspraak-cli preview, laid out here. */
  adw_combo_row_set_selected (get_child (page, "language_row"), 1);
  g_assert_true (insp_test_wait_for (preview_is_busy, preview, JOB_TIMEOUT_MS));
  g_assert_true (insp_test_wait_for (preview_is_ready, preview, JOB_TIMEOUT_MS));
  g_assert_false (gtk_widget_get_visible (get_child (page, "error_label")));
  g_assert_cmpuint (insp_doc_preview_get_n_pages (preview), >=, 3);
}

static void
test_export_and_again (InspTestApp *fixture)
{
  InspExportsPage *page = show_page (fixture, TRUE);
  g_autofree char *dir = g_dir_make_tmp ("insp-exports-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vision.odt", NULL);
  g_autofree char *data = NULL;
  GtkListBox *recent = get_child (page, "recent_list");
  AdwComboRow *format_row = get_child (page, "format_row");
  GtkWidget *again;
  GStatBuf st;
  guint exported = 0;
  gsize length;

  g_signal_connect (page, "exported", G_CALLBACK (on_exported), &exported);
  insp_exports_page_select (page, "vision", NULL);
  /* ODT: the second format of the vision. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (format_row)), ==, 5);
  adw_combo_row_set_selected (format_row, 1);
  g_assert_false (gtk_widget_get_visible (get_child (page, "recent_group")));

  insp_exports_page_export_to (page, path);
  g_assert_true (insp_test_wait_for (count_reached, &exported, JOB_TIMEOUT_MS));
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (data, "PK", 2) == 0);
  /* The stored mimetype entry comes first (the zip header holds NUL bytes: memmem). */
  g_assert_nonnull (memmem (data, MIN (length, 200), "application/vnd.oasis.opendocument.text",
                            strlen ("application/vnd.oasis.opendocument.text")));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Listed among the recent exports, one click from the next revision. */
  g_assert_true (gtk_widget_get_visible (get_child (page, "recent_group")));
  g_assert_nonnull (gtk_list_box_get_row_at_index (recent, 0));
  g_assert_null (gtk_list_box_get_row_at_index (recent, 1));
  g_remove (path);
  adw_combo_row_set_selected (format_row, 0);
  again = insp_test_find_descendant (GTK_WIDGET (recent), GTK_TYPE_BUTTON);
  g_assert_nonnull (again);
  exported = 0;
  g_signal_emit_by_name (again, "clicked");
  g_assert_true (insp_test_wait_for (count_reached, &exported, JOB_TIMEOUT_MS));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The settings of that export are chosen again. */
  g_assert_cmpuint (adw_combo_row_get_selected (format_row), ==, 1);
  g_assert_null (gtk_list_box_get_row_at_index (recent, 1));

  g_remove (path);
  g_rmdir (dir);
}

static void
test_export_fails (InspTestApp *fixture)
{
  InspExportsPage *page = show_page (fixture, TRUE);
  const char *path = "/nonexistent-insp-dir/vision.pdf";
  GtkLabel *error_label = get_child (page, "error_label");

  insp_exports_page_export_to (page, path);
  g_assert_true (insp_test_wait_for (label_is_visible, error_label, JOB_TIMEOUT_MS));
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "vision.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_widget_get_visible (get_child (page, "recent_group")));
}

static void
test_export_from_vision_menu (InspTestApp *fixture)
{
  InspExportsPage *page;

  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  insp_window_show_page (fixture->window, "vision");
  insp_test_wait_idle ();
  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.show-export",
                             g_variant_new ("(ss)", "vision", ""));
  insp_test_wait_idle ();
  g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, "exports");
  page = INSP_EXPORTS_PAGE (insp_window_get_page (fixture->window, "exports"));
  g_assert_cmpstr (adw_preferences_group_get_title (get_child (page, "settings_group")), ==,
                   "AI vision");
}

static void
on_print_done (GtkPrintOperationResult  result,
               const GError            *error,
               gpointer                 user_data)
{
  GtkPrintOperationResult *out = user_data;

  g_assert_no_error ((GError *) error);
  *out = result;
}

static gboolean
print_is_done (gpointer data)
{
  return *(GtkPrintOperationResult *) data != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS;
}

static void
test_print (InspTestApp *fixture)
{
  g_autofree char *dir = g_dir_make_tmp ("insp-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocLayout) layout = NULL;
  GtkPrintOperationResult result = GTK_PRINT_OPERATION_RESULT_IN_PROGRESS;
  const InspTemplate *template = insp_template_lookup ("vision", NULL);
  InspWorkspace *workspace;
  InspDocument *doc;
  gsize length;
  guint pages = 0;

  show_page (fixture, TRUE);
  workspace = insp_window_get_workspace (fixture->window);
  doc = insp_template_build (template, workspace, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(InspDocument) same = insp_template_build (template, workspace, NULL, NULL);

    layout = insp_doc_layout_new (same);
  }
  insp_print_document (GTK_WINDOW (fixture->window), doc, path, on_print_done, &result);
  g_assert_true (insp_test_wait_for (print_is_done, &result, JOB_TIMEOUT_MS));
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  /* The printed pages are the PDF writer's: as many, A4. */
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF"));
  for (const char *p = data;
       (p = memmem (p, data + length - p, "/Type /Page", strlen ("/Type /Page"))) != NULL;
       p++)
    if (p[strlen ("/Type /Page")] != 's')
      pages++;
  g_assert_cmpuint (pages, ==, insp_doc_layout_get_n_pages (layout));

  g_remove (path);
  g_rmdir (dir);
}

/* The language and format Preferences propose are the page's first choice. */
static void
test_preferences (InspTestApp *fixture)
{
  InspExportsPage *page = show_page (fixture, TRUE);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_assert_cmpuint (adw_combo_row_get_selected (get_child (page, "language_row")), ==, 1);
  /* DOCX: the third format of the vision. */
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (page, "format_row")), ==, 2);

  g_settings_set_string (settings, "export-language", "en");
  g_settings_set_string (settings, "export-format", "html");
  insp_test_wait_idle ();
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (page, "language_row")), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (page, "format_row")), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  static const char *const preference_settings[] = {
    "export-language", "'nl'", "export-format", "'docx'", NULL
  };
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/exports/preview-and-names", test_preview_and_names, NULL);
  insp_test_add ("/exports/export-and-again", test_export_and_again, NULL);
  insp_test_add ("/exports/export-fails", test_export_fails, NULL);
  insp_test_add ("/exports/from-vision-menu", test_export_from_vision_menu, NULL);
  insp_test_add ("/exports/print", test_print, NULL);
  insp_test_add ("/exports/preferences", test_preferences, preference_settings);

  return g_test_run ();
}
