/* insp-bench-editor.c — the vision editor on a 20,000-word section: one autosave, and the
 * restyling after one keystroke
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints "autosave_20000_ms MEDIAN" and "restyle_20000_ms MEDIAN" (of 30 runs each). The
 * autosave writes the whole section as the app does, each time with one more character;
 * the restyle inserts one character in the middle and restyles from a fresh parse.
 * Needs a display (the bench runs it under Xvfb).
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>

#include "insp-bench-util.h"
#include "insp-markdown-view.h"
#include "insp-section.h"
#include "insp-workspace.h"

#define N_WORDS 20000
#define N_RUNS 30

static const char *words[] = {
  "werkbaar", "werk", "employees", "AI", "rostering", "planner", "involvement", "the",
  "and", "of", "works", "council", "wérkbare", "pilot", "phase", "workload", "autonomy",
};

static char *
make_text (void)
{
  GString *text = g_string_new ("# A long vision section\n\n");
  guint n = 0;

  while (n < N_WORDS)
    {
      /* Paragraphs of ~80 words with emphasis and a link; now and then a heading or a list. */
      if (n % 800 == 0 && n > 0)
        g_string_append (text, "\n## Another part\n\n");
      if (n % 400 == 200)
        {
          for (guint i = 0; i < 5; i++, n += 4)
            g_string_append_printf (text, "- **%s** item %s %s\n", words[n % 17],
                                    words[(n + 1) % 17], words[(n + 2) % 17]);
          g_string_append_c (text, '\n');
        }
      for (guint i = 0; i < 80; i++, n++)
        {
          if (i % 20 == 5)
            g_string_append_printf (text, "*%s* ", words[(n * 7) % 17]);
          else if (i % 40 == 30)
            g_string_append_printf (text, "[%s](https://example.org) ", words[(n * 3) % 17]);
          else
            g_string_append_printf (text, "%s ", words[(n * 13) % 17]);
        }
      g_string_append (text, "\n\n");
    }

  return g_string_free (text, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("inspraak-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *text = make_text ();
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GArray) save_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) style_times = g_array_new (FALSE, FALSE, sizeof (double));
  const char *uuid;
  GString *typed;
  GtkWidget *window, *scroller, *view;
  GtkTextBuffer *buffer;

  gtk_init ();

  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.inspraak", NULL);
  workspace = insp_workspace_open (path, TRUE, &error);
  g_assert_no_error (error);
  sections = insp_workspace_list_sections (workspace, &error);
  g_assert_no_error (error);
  uuid = insp_section_get_uuid (g_ptr_array_index (sections, 0));

  /* Autosave: the whole text is written each time, as the editor does. */
  typed = g_string_new (text);
  insp_workspace_set_section_text (workspace, uuid, typed->str, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < N_RUNS; r++)
    {
      gint64 start;
      double ms;

      g_string_append_c (typed, 'a' + (char) (r % 26));
      start = g_get_monotonic_time ();
      insp_workspace_set_section_text (workspace, uuid, typed->str, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_array_append_val (save_times, ms);
    }
  g_string_free (typed, TRUE);

  /* Restyling, in a window on screen as in the app. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  scroller = gtk_scrolled_window_new ();
  view = insp_markdown_view_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));
  insp_markdown_view_set_text (INSP_MARKDOWN_VIEW (view), text);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  for (guint r = 0; r < N_RUNS; r++)
    {
      GtkTextIter middle;
      gint64 start;
      double ms;

      gtk_text_buffer_get_iter_at_offset (buffer, &middle,
                                          gtk_text_buffer_get_char_count (buffer) / 2);
      gtk_text_buffer_insert (buffer, &middle, "x", 1);
      start = g_get_monotonic_time ();
      insp_markdown_view_restyle (INSP_MARKDOWN_VIEW (view));
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (style_times, ms);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  g_print ("autosave_20000_ms %.2f\n", insp_bench_median (save_times));
  g_print ("restyle_20000_ms %.2f\n", insp_bench_median (style_times));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&workspace);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
  return 0;
}
