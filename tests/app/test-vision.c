/* test-vision.c — writing the AI vision: autosave survives a crash, undo after styling,
 * sections added, moved, removed and put back, search across sections
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()).
 * The crash test starts this same program again as "the typist": it runs the app, types
 * into a section, says when the autosave has written, and is then killed with SIGKILL.
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <signal.h>
#include <string.h>

#include "insp-markdown-view.h"
#include "insp-section.h"
#include "insp-test-app.h"
#include "insp-vision-page.h"

#define JOB_TIMEOUT_MS 20000
#define TYPIST_ENV "INSPRAAK_TEST_TYPIST"
#define TYPED "Nobody is judged by an algorithm alone."

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

static InspVisionPage *
show_vision (InspTestApp *fixture)
{
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  insp_window_show_page (fixture->window, "vision");
  insp_test_wait_idle ();
  return INSP_VISION_PAGE (insp_window_get_page (fixture->window, "vision"));
}

static GtkTextBuffer *
get_buffer (InspVisionPage *page)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (insp_vision_page_get_view (page)));
}

static char *
get_text (InspVisionPage *page)
{
  return insp_markdown_view_get_text (INSP_MARKDOWN_VIEW (insp_vision_page_get_view (page)));
}

/* Types @text at the end of the section, one key at a time, as a person would. */
static void
type_text (InspVisionPage *page,
           const char     *text,
           guint           delay_ms)
{
  GtkWidget *view = insp_vision_page_get_view (page);
  GtkTextBuffer *buffer = get_buffer (page);
  GtkTextIter end;

  gtk_widget_grab_focus (view);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      char key[8] = { 0 };
      gint64 until = g_get_monotonic_time () + delay_ms * 1000;

      g_utf8_strncpy (key, p, 1);
      g_signal_emit_by_name (view, "insert-at-cursor", key);
      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }
}

static gboolean
is_saved (gpointer data)
{
  return !insp_vision_page_has_unsaved_changes (data);
}

static InspSection *
get_section (const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = insp_workspace_get_default_dir (&error);
  g_autofree char *path = g_build_filename (dir, INSP_WORKSPACE_DEFAULT_NAME, NULL);
  g_autoptr(InspWorkspace) workspace = insp_workspace_open (path, FALSE, &error);
  g_autoptr(GPtrArray) sections = NULL;

  g_assert_no_error (error);
  sections = insp_workspace_list_sections (workspace, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_key (g_ptr_array_index (sections, i)), key) == 0)
      return g_object_ref (g_ptr_array_index (sections, i));
  g_assert_not_reached ();
  return NULL;
}

/* The typist: runs the app, types for about two seconds into "Red lines", and after the
 * autosave says so on stdout; then waits to be killed. */
static void
typist (InspTestApp *fixture)
{
  InspVisionPage *page = show_vision (fixture);
  g_autoptr(InspSection) red_lines = get_section ("red-lines");

  insp_vision_page_show_section (page, insp_section_get_uuid (red_lines));
  insp_test_wait_idle ();

  type_text (page, "\n\n" TYPED, 50);
  g_assert_true (insp_test_wait_for (is_saved, page, 3000));
  g_print ("saved\n");
  fflush (stdout);

  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

static void
on_killed (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *) data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
check_text_after_restart (InspTestApp *fixture)
{
  InspVisionPage *page = show_vision (fixture);
  g_autoptr(InspSection) red_lines = get_section ("red-lines");
  g_autofree char *shown = NULL;

  insp_vision_page_show_section (page, insp_section_get_uuid (red_lines));
  insp_test_wait_idle ();
  shown = get_text (page);
  g_assert_true (g_str_has_suffix (shown, "\n\n" TYPED));
}

static void
test_crash_keeps_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autofree char *line = NULL;
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(InspSection) before = NULL;
  g_autoptr(InspSection) after = NULL;
  g_autofree char *expected = NULL;
  gboolean killed = FALSE;
  gint64 saved_at;

  make_example_workspace ();
  before = get_section ("red-lines");

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, TYPIST_ENV, "1", TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self_path, NULL);
  g_assert_no_error (error);

  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  /* (GTest writes a line of its own first.) */
  do
    {
      g_free (line);
      line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
      if (error != NULL || line == NULL)
        g_subprocess_force_exit (child);
      g_assert_no_error (error);
      g_assert_nonnull (line);
    }
  while (strcmp (line, "saved") != 0);
  saved_at = g_get_monotonic_time ();

  /* Within a second of the last autosave: no chance to write anything more. */
  g_subprocess_send_signal (child, SIGKILL);
  g_assert_cmpint (g_get_monotonic_time () - saved_at, <, G_USEC_PER_SEC);
  g_subprocess_wait_async (child, NULL, on_killed, &killed);
  g_assert_true (insp_test_wait_for (is_true, &killed, JOB_TIMEOUT_MS));
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  /* The text is in the workspace, and the app shows it when started again. */
  after = get_section ("red-lines");
  expected = g_strconcat (insp_section_get_text (before), "\n\n" TYPED, NULL);
  g_assert_cmpstr (insp_section_get_text (after), ==, expected);
  insp_test_app_run (NULL, check_text_after_restart);
}

static void
test_undo_after_styling (InspTestApp *fixture)
{
  InspVisionPage *page = show_vision (fixture);
  GtkWidget *view = insp_vision_page_get_view (page);
  GtkTextBuffer *buffer = get_buffer (page);
  g_autoptr(InspSection) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (buffer);

  added = insp_workspace_add_section (insp_window_get_workspace (fixture->window), "Cobots",
                                      &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();
  insp_vision_page_show_section (page, insp_section_get_uuid (added));
  insp_test_wait_idle ();

  type_text (page, "plain word", 0);
  insp_test_wait_idle ();

  /* Select "word" and make it bold: the text changes, and so does the styling. */
  gtk_text_buffer_get_end_iter (buffer, &end);
  start = end;
  gtk_text_iter_backward_chars (&start, 4);
  gtk_text_buffer_select_range (buffer, &start, &end);
  insp_test_activate_action (view, "format.bold", NULL);
  insp_test_wait_idle ();
  text = get_text (page);
  g_assert_cmpstr (text, ==, "plain **word**");
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 9);
  g_assert_true (gtk_text_iter_has_tag (&start, gtk_text_tag_table_lookup (tags,
                                                                           "md-strong")));

  /* Undo gives back the text exactly, without the styling; redo both again. */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  insp_test_wait_idle ();
  g_free (text);
  text = get_text (page);
  g_assert_cmpstr (text, ==, "plain word");
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 7);
  g_assert_false (gtk_text_iter_has_tag (&start, gtk_text_tag_table_lookup (tags,
                                                                            "md-strong")));
  gtk_text_buffer_redo (buffer);
  insp_test_wait_idle ();
  g_free (text);
  text = get_text (page);
  g_assert_cmpstr (text, ==, "plain **word**");

  /* Enter continues a list, and ends it after an empty item. */
  type_text (page, "\n\n- first", 0);
  g_assert_true (insp_markdown_view_newline (INSP_MARKDOWN_VIEW (view)));
  type_text (page, "second", 0);
  g_assert_true (insp_markdown_view_newline (INSP_MARKDOWN_VIEW (view)));
  g_assert_true (insp_markdown_view_newline (INSP_MARKDOWN_VIEW (view)));
  g_free (text);
  text = get_text (page);
  g_assert_cmpstr (text, ==, "plain **word**\n\n- first\n- second\n");

  /* Ctrl+K makes the selection a link, with the address selected to type over; Ctrl+B on
   * bold text takes the bold off again. */
  gtk_text_buffer_get_start_iter (buffer, &start);
  end = start;
  gtk_text_iter_forward_chars (&end, 5);
  gtk_text_buffer_select_range (buffer, &start, &end);
  insp_test_activate_action (view, "format.link", NULL);
  g_free (text);
  text = get_text (page);
  g_assert_true (g_str_has_prefix (text, "[plain](https://) **word**"));
  {
    g_autofree char *selected = NULL;

    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
    selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (selected, ==, "https://");
  }
  gtk_text_buffer_undo (buffer);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 8);
  end = start;
  gtk_text_iter_forward_chars (&end, 4);
  gtk_text_buffer_select_range (buffer, &start, &end);
  insp_test_activate_action (view, "format.bold", NULL);
  g_free (text);
  text = get_text (page);
  g_assert_true (g_str_has_prefix (text, "plain word\n"));
  gtk_text_buffer_undo (buffer);
  g_free (text);
  text = get_text (page);
  g_assert_cmpstr (text, ==, "plain **word**\n\n- first\n- second\n");

  /* Leaving the page writes the text at once. */
  insp_window_show_page (fixture->window, "overview");
  insp_test_wait_idle ();
  g_assert_false (insp_vision_page_has_unsaved_changes (page));
  {
    g_autoptr(InspSection) stored = insp_workspace_get_section (
      insp_window_get_workspace (fixture->window), insp_section_get_uuid (added), &error);

    g_assert_cmpstr (insp_section_get_text (stored), ==, text);
  }
}

/* The styling tags at each character, as a string per character. */
static char *
describe_tags (GtkTextBuffer *buffer)
{
  GString *out = g_string_new (NULL);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    {
      GSList *tags = gtk_text_iter_get_tags (&iter);

      g_string_append_printf (out, "%d:", gtk_text_iter_get_offset (&iter));
      for (GSList *l = tags; l != NULL; l = l->next)
        {
          g_autofree char *name = NULL;

          g_object_get (l->data, "name", &name, NULL);
          if (name != NULL && g_str_has_prefix (name, "md-"))
            g_string_append_printf (out, "%s,", name);
        }
      g_string_append_c (out, '\n');
      g_slist_free (tags);
    }
  while (gtk_text_iter_forward_char (&iter));

  return g_string_free (out, FALSE);
}

/* Restyling touches only what changed: after any edits, the tags are those a fresh view
 * gives the same text. */
static void
test_incremental_styling (void)
{
  static const char *pieces[] = {
    "*", "**", "_", "`", "# ", "\n", "\n\n", "- ", "1. ", "> ", "[a](b)", "word ", "wérk ",
    "```\n", "---\n", "  ", "x",
  };
  GtkWidget *view = g_object_ref_sink (insp_markdown_view_new ());
  GtkWidget *fresh = g_object_ref_sink (insp_markdown_view_new ());
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  insp_markdown_view_set_text (INSP_MARKDOWN_VIEW (view),
                               "# Title\n\nSome *text* and **more**.\n\n- one\n- two\n");

  for (guint round = 0; round < 400; round++)
    {
      int n = gtk_text_buffer_get_char_count (buffer);
      GtkTextIter a, b;
      g_autofree char *text = NULL;
      g_autofree char *got = NULL;
      g_autofree char *expected = NULL;

      /* One to three edits between restyles, as a burst of typing or a paste would. */
      for (guint edits = g_test_rand_int_range (1, 4); edits > 0; edits--)
        {
          n = gtk_text_buffer_get_char_count (buffer);
          gtk_text_buffer_get_iter_at_offset (buffer, &a, g_test_rand_int_range (0, n + 1));
          if (n > 0 && g_test_rand_int_range (0, 3) == 0)
            {
              b = a;
              gtk_text_iter_forward_chars (&b, g_test_rand_int_range (1, 6));
              gtk_text_buffer_delete (buffer, &a, &b);
            }
          else
            gtk_text_buffer_insert (buffer, &a,
                                    pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))],
                                    -1);
        }
      insp_markdown_view_restyle (INSP_MARKDOWN_VIEW (view));

      text = insp_markdown_view_get_text (INSP_MARKDOWN_VIEW (view));
      insp_markdown_view_set_text (INSP_MARKDOWN_VIEW (fresh), text);
      got = describe_tags (buffer);
      expected = describe_tags (gtk_text_view_get_buffer (GTK_TEXT_VIEW (fresh)));
      if (g_strcmp0 (got, expected) != 0)
        g_error ("round %u: styling differs for text:\n%s", round, text);
    }

  g_object_unref (view);
  g_object_unref (fresh);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static void
test_sections (InspTestApp *fixture)
{
  InspVisionPage *page = show_vision (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                  INSP_TYPE_VISION_PAGE,
                                                                  "section_list"));
  GtkListBox *results = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                     INSP_TYPE_VISION_PAGE,
                                                                     "result_list"));
  GtkEditable *search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                     INSP_TYPE_VISION_PAGE,
                                                                     "search_entry"));
  g_autoptr(InspSection) added = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay;

  /* An empty workspace still has the nine built-in sections to write. */
  g_assert_cmpuint (count_rows (list), ==, 9);
  /* Built-in sections cannot be removed. */
  gtk_widget_activate_action (GTK_WIDGET (page), "vision.remove-section", NULL);
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 9);

  added = insp_workspace_add_section (workspace, "Chatbot", &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 10);

  /* Alt+Up moves it up. */
  insp_vision_page_show_section (page, insp_section_get_uuid (added));
  insp_test_activate_action (GTK_WIDGET (page), "vision.move-up", NULL);
  insp_test_wait_idle ();
  sections = insp_workspace_list_sections (workspace, &error);
  g_assert_cmpstr (insp_section_get_uuid (g_ptr_array_index (sections, 8)), ==,
                   insp_section_get_uuid (added));

  /* Removing it says so, with Undo. */
  type_text (page, "Our chatbot says it is a machine.", 0);
  insp_test_activate_action (GTK_WIDGET (page), "vision.remove-section", NULL);
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 9);
  overlay = ADW_TOAST_OVERLAY (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                              INSP_TYPE_WINDOW,
                                                              "toast_overlay"));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "vision.undo-remove", NULL));
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (list), ==, 10);
  {
    g_autoptr(InspSection) back = insp_workspace_get_section (workspace,
                                                              insp_section_get_uuid (added),
                                                              &error);

    g_assert_no_error (error);
    g_assert_cmpstr (insp_section_get_text (back), ==, "Our chatbot says it is a machine.");
    g_assert_cmpuint (insp_section_get_position (back), ==, 8);
  }

  /* Search across sections, diacritics folded. */
  gtk_editable_set_text (search, "MACHÍNE");
  g_signal_emit_by_name (search, "search-changed");
  insp_test_wait_idle ();
  g_assert_cmpuint (count_rows (results), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv (TYPIST_ENV) != NULL)
    {
      g_unsetenv (TYPIST_ENV);
      insp_test_app_init (&argc, &argv);
      insp_test_app_run (NULL, typist);
      return 1;
    }

  insp_test_app_init (&argc, &argv);

  insp_test_add_func ("/vision/crash-keeps-text", test_crash_keeps_text);
  insp_test_add ("/vision/undo-after-styling", test_undo_after_styling, NULL);
  insp_test_add ("/vision/sections", test_sections, NULL);
  insp_test_add_func ("/vision/incremental-styling", test_incremental_styling);

  return g_test_run ();
}
