/* insp-bench-export.c — how long exporting the vision takes, against pandoc
 *
 *   insp-bench-export WORKSPACE RUNS
 *
 * Builds the vision document of WORKSPACE (the large workspace's 20 sections of ~1,000 words)
 * and writes it in every document format, in memory, RUNS times each; then, as whole
 * programs writing files, `inspraak-cli render vision` (found through $INSPRAAK_CLI) and
 * pandoc converting the same text from Markdown to HTML, ODT, DOCX and CommonMark. Prints
 * the medians in milliseconds, one per line ("-" when a program is missing):
 *
 *   words 20345
 *   build_ms 12.3
 *   write_pdf_ms 456.7        in memory, in this process
 *   cli_html_ms 78.9          inspraak-cli render, a whole run
 *   pandoc_html_ms 330.0      pandoc -f commonmark, a whole run
 */
#define G_LOG_DOMAIN "inspraak-bench"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "insp-bench-util.h"
#include "insp-template.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The median wall time of a command, or a negative number when it failed. */
static double
time_command (const char * const *argv,
              guint               runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = now_ms ();
      int status = 0;
      double took;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH
                         | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, &error)
          || !g_spawn_check_wait_status (status, NULL))
        return -1;
      took = now_ms () - start;
      g_array_append_val (times, took);
    }
  return insp_bench_median (times);
}

static void
print_figure (const char *key,
              double      ms)
{
  if (ms < 0)
    g_print ("%s -\n", key);
  else
    g_print ("%s %.1f\n", key, ms);
}

int
main (int   argc,
      char *argv[])
{
  static const InspDocFormat formats[] = {
    INSP_DOC_FORMAT_PDF, INSP_DOC_FORMAT_ODT, INSP_DOC_FORMAT_DOCX, INSP_DOC_FORMAT_HTML,
    INSP_DOC_FORMAT_MD,
  };
  static const char *const pandoc_formats[][2] = {
    { "html", "html" }, { "odt", "odt" }, { "docx", "docx" }, { "md", "commonmark" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(InspDocument) doc = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *markdown = NULL;
  const InspTemplate *template = insp_template_lookup ("vision", NULL);
  const char *cli = g_getenv ("INSPRAAK_CLI");
  g_autofree char *pandoc = g_find_program_in_path ("pandoc");
  guint runs;
  double start;

  if (argc != 3)
    {
      g_printerr ("usage: insp-bench-export WORKSPACE RUNS\n");
      return 2;
    }
  runs = MAX (1, (guint) g_ascii_strtoull (argv[2], NULL, 10));

  workspace = insp_workspace_open (argv[1], FALSE, &error);
  if (workspace == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < runs; i++)
    {
      double took;

      g_clear_pointer (&doc, insp_document_free);
      start = now_ms ();
      doc = insp_template_build (template, workspace, NULL, &error);
      took = now_ms () - start;
      if (doc == NULL)
        g_error ("%s", error->message);
      g_array_append_val (times, took);
    }
  g_print ("words %u\n", insp_document_count_words (doc));
  print_figure ("build_ms", insp_bench_median (times));

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *key = g_strdup_printf ("write_%s_ms",
                                              insp_doc_format_get_id (formats[f]));
      gboolean ok = TRUE;

      g_array_set_size (times, 0);
      for (guint i = 0; i < runs && ok; i++)
        {
          g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
          double took;

          start = now_ms ();
          ok = insp_document_write (doc, formats[f], out, NULL);
          took = now_ms () - start;
          g_array_append_val (times, took);
        }
      print_figure (key, ok ? insp_bench_median (times) : -1);
    }

  /* Whole programs, writing files: ours, then pandoc on the same text as Markdown. */
  dir = g_dir_make_tmp ("insp-bench-export-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  markdown = g_build_filename (dir, "vision.md", NULL);
  if (!insp_document_export (doc, INSP_DOC_FORMAT_MD, markdown, &error))
    g_clear_error (&error);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      const char *id = insp_doc_format_get_id (formats[f]);
      g_autofree char *key = g_strdup_printf ("cli_%s_ms", id);
      g_autofree char *output = g_strdup_printf ("%s/cli.%s", dir, id);
      const char *command[] = {
        cli, "--workspace", argv[1], "render", "vision", "--format", id, "--output", output,
        NULL
      };

      print_figure (key, cli != NULL ? time_command (command, runs) : -1);
      g_remove (output);
    }

  for (guint f = 0; f < G_N_ELEMENTS (pandoc_formats); f++)
    {
      g_autofree char *key = g_strdup_printf ("pandoc_%s_ms", pandoc_formats[f][0]);
      g_autofree char *output = g_strdup_printf ("%s/pandoc.%s", dir, pandoc_formats[f][0]);
      const char *command[] = {
        pandoc, "-f", "commonmark", "-t", pandoc_formats[f][1], "-o", output, markdown, NULL
      };

      print_figure (key, pandoc != NULL && g_file_test (markdown, G_FILE_TEST_EXISTS)
                         ? time_command (command, runs) : -1);
      g_remove (output);
    }

  g_remove (markdown);
  g_rmdir (dir);
  return 0;
}
