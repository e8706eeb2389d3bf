/* test-doc-pdf.c — the PDF writer and the page layout it shares with printing
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "insp-doc-layout.h"
#include "insp-doc-writer.h"
#include "insp-document.h"

#define HOSTILE "<b>&\"x\"</b> ]]> back\\slash *star* _under_ #hash " \
                "zw\u200Dj שלום עולם مرحبا"

static const char *heading_texts[] = {
  "Why we change", "The current practice", "Consultation rounds", "Checks before rollout",
  "Appendix: all the rows",
};

static InspDocument *
build_document (gboolean title_page)
{
  InspDocument *doc = insp_document_new ();
  InspDocMeta *meta = insp_document_get_meta (doc);
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *block, *list, *item, *table;

  meta->title = g_strdup ("Vision on digital tools");
  meta->subtitle = g_strdup ("Inspraak");
  meta->organisation = g_strdup ("City of Ghent");
  meta->version = g_strdup ("Version 3 (2026-10-02)");
  meta->status = g_strdup ("Draft — for consultation");
  meta->date = g_strdup ("2 October 2026");
  g_free (meta->language);
  meta->language = g_strdup ("en");
  meta->title_page = title_page;

  insp_doc_add_toc (body);
  insp_doc_add_page_break (body);
  insp_doc_add_heading (body, 1, heading_texts[0]);
  block = insp_doc_add_paragraph (body, "We ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS, "involve");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, " ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_STRONG, "everyone");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, " in ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_CODE, "pilots");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ", see ");
  insp_doc_block_add_link (block, "the paper", "https://example.org/p");
  insp_doc_block_add_line_break (block);
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, "Owner: ");
  insp_doc_block_add_blank (block, "the project owner");
  insp_doc_add_paragraph (body, HOSTILE);

  insp_doc_add_heading (body, 2, heading_texts[1]);
  list = insp_doc_add_list (body, FALSE);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("Bullet point number %u about the way we "
                                               "work today", i + 1);

      item = insp_doc_list_add_item (list, text);
      if (i == 2)
        {
          InspDocBlock *nested = insp_doc_add_list (item, TRUE);

          insp_doc_list_add_item (nested, "Nested first");
          insp_doc_list_add_item (nested, "Nested second");
        }
    }

  insp_doc_add_heading (body, 3, heading_texts[2]);
  block = insp_doc_add_checklist (body);
  insp_doc_checklist_add_item (block, TRUE, "Staff informed");
  insp_doc_checklist_add_item (block, FALSE, "Works council consulted");
  insp_doc_add_field (body, "Remarks of the works council", 4);
  insp_doc_add_note (body, "Why this matters: people who use the tools know them best.");
  block = insp_doc_add_quote (body);
  insp_doc_add_paragraph (block, "Nothing about us without us.");
  insp_doc_add_code (body, "code <b>&amp;</b>\n  indented");
  insp_doc_add_rule (body);

  insp_doc_add_heading (body, 4, heading_texts[3]);
  insp_doc_add_paragraph (body, "A short paragraph.");

  insp_doc_add_heading (body, 1, heading_texts[4]);
  table = insp_doc_add_table (body, 3, 1);
  insp_doc_table_add_row (table, "Tool", "Owner", "Status", NULL);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *tool = g_strdup_printf ("Tool %u", i + 1);

      insp_doc_table_add_row (table, tool, "ICT department",
                              i % 7 == 0 ? "In use, with a longer remark that wraps over more "
                                           "than one line in its cell" : "Planned", NULL);
    }
  return doc;
}

static char *
write_pdf (InspDocument *doc,
           const char   *dir)
{
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (insp_document_export (doc, INSP_DOC_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static char *
run (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

static gboolean
have_tools (void)
{
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (qpdf == NULL || pdftotext == NULL)
    {
      g_test_skip ("qpdf or pdftotext is not installed");
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_heading (const char *line)
{
  g_autofree char *stripped = g_strstrip (g_strdup (line));

  for (guint i = 0; i < G_N_ELEMENTS (heading_texts); i++)
    if (strcmp (stripped, heading_texts[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
test_pdf_contents (void)
{
  g_autoptr(InspDocument) doc = build_document (TRUE);
  g_autofree char *dir = g_dir_make_tmp ("insp-pdf-XXXXXX", NULL);
  g_autofree char *path = NULL, *check = NULL, *text = NULL, *footer = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(InspDocLayout) layout = NULL;
  guint n_pages, n_headings, table_pages = 0;
  const InspDocLayoutHeading *headings;

  if (!have_tools ())
    return;

  path = write_pdf (doc, dir);
  check = run ((const char *[]) { "qpdf", "--check", path, NULL });
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors"));
  text = run ((const char *[]) { "pdftotext", "-layout", path, "-", NULL });

  layout = insp_doc_layout_new (doc);
  n_pages = insp_doc_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >, 8);
  footer = g_strdup_printf ("page 2 of %u", n_pages);
  g_assert_nonnull (strstr (text, footer));
  g_assert_nonnull (strstr (text, "City of Ghent · Vision on digital tools"));
  g_assert_nonnull (strstr (text, "Version 3 (2026-10-02) · Draft — for consultation"));
  g_assert_nonnull (strstr (text, "Contents"));

  /* The hostile strings, literally. */
  g_assert_nonnull (strstr (text, "<b>&\"x\"</b> ]]> back\\slash *star* _under_ #hash"));
  /* A zero-width joiner has no glyph: the PDF carries it as ActualText, which pdftotext
   * (poppler 22) drops when a span has no glyphs; look for it in the uncompressed PDF. */
  g_assert_true (g_regex_match_simple ("zw\u200D?j", text, 0, 0));
  {
    g_autofree char *qdf_path = g_build_filename (dir, "qdf.pdf", NULL);
    g_autofree char *qdf = NULL, *ignored = NULL;

    ignored = run ((const char *[]) { "qpdf", "--qdf", "--object-streams=disable", path,
                                      qdf_path, NULL });
    g_assert_true (g_file_get_contents (qdf_path, &qdf, NULL, NULL));
    g_assert_nonnull (g_strstr_len (qdf, -1, "/ActualText <feff200d>"));
    g_unlink (qdf_path);
  }
  /* Right-to-left text: pdftotext (poppler 22) sometimes splits a Hebrew word before a
   * narrow letter (vav) although the glyphs are set without a gap; allow for that. */
  g_assert_true (g_regex_match_simple ("ש ?ל ?ו ?ם ע ?ו ?ל ?ם", text, 0, 0));
  g_assert_nonnull (strstr (text, "مرحبا"));
  g_assert_nonnull (strstr (text, "code <b>&amp;</b>"));
  g_assert_nonnull (strstr (text, "the paper (https://example.org/p)"));
  g_assert_nonnull (strstr (text, "[to be completed: the project owner]"));

  /* The TOC: every heading of levels 1–3 with its page number. */
  headings = insp_doc_layout_get_headings (layout, &n_headings);
  g_assert_cmpuint (n_headings, ==, G_N_ELEMENTS (heading_texts));
  for (guint i = 0; i < n_headings; i++)
    {
      g_assert_cmpstr (headings[i].text, ==, heading_texts[i]);
      if (headings[i].level <= 3)
        {
          g_autofree char *pattern = g_strdup_printf ("%s[ .]+%u\n", heading_texts[i],
                                                      headings[i].page + 1);
          g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);

          g_assert_true (g_regex_match (regex, text, 0, NULL));
        }
    }

  /* Pages: a heading never last on its page; the table's header row on every page it
   * crosses. */
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
      int last = -1, before_last = -1;
      g_autofree char *this_footer = g_strdup_printf ("page %u of %u", p + 1, n_pages);

      for (guint l = 0; lines[l] != NULL; l++)
        if (*g_strstrip (lines[l]) != '\0')
          {
            before_last = last;
            last = l;
          }
      g_assert_cmpint (before_last, >=, 0);
      if (p == 0)
        continue;   /* the title page */
      g_assert_nonnull (strstr (lines[last], this_footer));
      g_assert_false (is_heading (lines[before_last]));
      if (strstr (pages[p], "Tool 2") != NULL)
        {
          g_assert_nonnull (strstr (pages[p], "Tool"));
          g_assert_true (g_regex_match_simple ("Tool +Owner +Status", pages[p], 0, 0));
          table_pages++;
        }
    }
  g_assert_cmpuint (table_pages, >=, 3);

  g_unlink (path);
  g_rmdir (dir);
}

/* Headings near the foot of a page go to the next one with what follows them. */
static void
test_pdf_keep_with_next (void)
{
  static const char *texts[] = { "Lonely heading", "Second heading" };
  g_autofree char *dir = g_dir_make_tmp ("insp-pdf-XXXXXX", NULL);
  guint moved = 0;

  if (!have_tools ())
    return;

  for (guint n = 30; n < 52; n++)
    {
      g_autoptr(InspDocument) doc = insp_document_new ();
      InspDocBlock *body = insp_document_get_body (doc);
      g_autoptr(InspDocLayout) layout = NULL;
      g_autofree char *path = NULL, *text = NULL;
      g_auto(GStrv) pages = NULL;
      const InspDocLayoutHeading *headings;
      InspDocBlock *table;
      guint n_headings;

      for (guint i = 0; i < n; i++)
        insp_doc_add_paragraph (body, i % 3 == 0 ? "A filler paragraph." :
                                "A filler paragraph of two lines: it goes on long enough to "
                                "wrap once on an A4 page with the margins of this layout.");
      insp_doc_add_heading (body, 2, texts[0]);
      insp_doc_add_heading (body, 3, texts[1]);
      table = insp_doc_add_table (body, 2, 1);
      insp_doc_table_add_row (table, "Name", "Value", NULL);
      for (guint i = 0; i < 3; i++)
        insp_doc_table_add_row (table, "Row", "A value that is long enough to wrap in its cell "
                                "at least once or twice, so that the row is tall", NULL);

      layout = insp_doc_layout_new (doc);
      headings = insp_doc_layout_get_headings (layout, &n_headings);
      g_assert_cmpuint (n_headings, ==, 2);
      if (headings[0].page > 0 && headings[0].y < 75)
        moved++;

      path = write_pdf (doc, dir);
      text = run ((const char *[]) { "pdftotext", "-layout", path, "-", NULL });
      pages = g_strsplit (text, "\f", -1);
      for (guint p = 0; pages[p] != NULL && p < insp_doc_layout_get_n_pages (layout); p++)
        {
          g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
          int last = -1, before_last = -1;

          for (guint l = 0; lines[l] != NULL; l++)
            if (*g_strstrip (lines[l]) != '\0')
              {
                before_last = last;
                last = l;
              }
          g_assert_cmpint (before_last, >=, 0);
          g_assert_cmpstr (lines[before_last], !=, texts[0]);
          g_assert_cmpstr (lines[before_last], !=, texts[1]);
        }
      g_unlink (path);
    }
  /* Some of those documents had the headings at the foot of a page. */
  g_assert_cmpuint (moved, >, 0);
  g_rmdir (dir);
}

/* A table row taller than a page splits between lines; its header row comes along. */
static void
test_pdf_tall_row (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *table = insp_doc_add_table (body, 2, 1);
  g_autoptr(GString) tall = g_string_new (NULL);
  g_autoptr(InspDocLayout) layout = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 150; i++)
    g_string_append_printf (tall, "Line %u of a very tall cell.\n", i + 1);
  insp_doc_table_add_row (table, "Header", "Text", NULL);
  insp_doc_table_add_row (table, "Tall", tall->str, NULL);
  insp_doc_table_add_row (table, "After", "a short row", NULL);

  layout = insp_doc_layout_new (doc);
  g_assert_cmpuint (insp_doc_layout_get_n_pages (layout), >=, 2);
  g_assert_true (insp_doc_write_pdf (doc, out, &error));
  g_assert_no_error (error);
}

/* Odd documents still make a PDF: nothing at all, empty blocks, a table of header rows only. */
static void
test_pdf_edge_cases (void)
{
  for (guint variant = 0; variant < 2; variant++)
    {
      g_autoptr(InspDocument) doc = insp_document_new ();
      InspDocBlock *body = insp_document_get_body (doc);
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      g_autoptr(GError) error = NULL;
      InspDocBlock *table;

      insp_document_get_meta (doc)->title_page = variant == 1;
      if (variant == 1)
        {
          insp_doc_add_toc (body);
          insp_doc_add_page_break (body);
          insp_doc_add_page_break (body);
          insp_doc_add_paragraph (body, NULL);
          insp_doc_add_list (body, TRUE);
          insp_doc_add_checklist (body);
          insp_doc_add_note (body, NULL);
          insp_doc_add_quote (body);
          insp_doc_add_code (body, "");
          insp_doc_add_field (body, NULL, 0);
          insp_doc_add_table (body, 2, 0);
          table = insp_doc_add_table (body, 2, 3);
          insp_doc_table_add_row (table, "Only", "a header", NULL);
          insp_doc_add_heading (body, 4, NULL);
          insp_doc_add_heading (body, 1, "Last");
        }
      g_assert_true (insp_doc_write_pdf (doc, out, &error));
      g_assert_no_error (error);
    }
}

/* A stream that fails after a few bytes. */
typedef struct
{
  GOutputStream parent;
  gsize         written;
} FailingStream;

typedef GOutputStreamClass FailingStreamClass;

static GType failing_stream_get_type (void);

G_DEFINE_TYPE (FailingStream, failing_stream, G_TYPE_OUTPUT_STREAM)

static gssize
failing_stream_write (GOutputStream  *stream,
                      const void     *buffer,
                      gsize           count,
                      GCancellable   *cancellable,
                      GError        **error)
{
  FailingStream *self = (FailingStream *) stream;

  if (self->written + count > 1000)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
      return -1;
    }
  self->written += count;
  return count;
}

static void
failing_stream_class_init (FailingStreamClass *klass)
{
  klass->write_fn = failing_stream_write;
}

static void
failing_stream_init (FailingStream *self)
{
}

static void
test_pdf_write_error (void)
{
  g_autoptr(InspDocument) doc = build_document (FALSE);
  g_autoptr(GOutputStream) failing = g_object_new (failing_stream_get_type (), NULL);
  g_autoptr(GOutputStream) closed = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_false (insp_doc_write_pdf (doc, failing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);

  g_assert_true (g_output_stream_close (closed, NULL, NULL));
  g_assert_false (insp_document_write (doc, INSP_DOC_FORMAT_PDF, closed, &error));
  g_assert_nonnull (error);
}

static void
test_pdf_no_title_page (void)
{
  g_autoptr(InspDocument) doc = build_document (FALSE);
  g_autoptr(InspDocLayout) layout = insp_doc_layout_new (doc);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  insp_doc_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  /* Any cairo target: an image surface, as a preview would use. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 85);
  cr = cairo_create (surface);
  cairo_scale (cr, 0.1, 0.1);
  insp_doc_layout_render_page (layout, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_true (insp_doc_write_pdf (doc, out, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), >,
                    1000);
  g_assert_true (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                         "%PDF-", 5) == 0);
}

static void
test_pdf_speed (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  InspDocBlock *body = insp_document_get_body (doc);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  gint64 start, laid_out, written;
  guint words;

  insp_document_get_meta (doc)->title = g_strdup ("A large vision");
  insp_document_get_meta (doc)->title_page = TRUE;
  insp_doc_add_toc (body);
  for (guint i = 0; insp_document_count_words (doc) < 20000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Section %u", i + 1);

      insp_doc_add_heading (body, i % 4 == 0 ? 1 : 2, title);
      for (guint p = 0; p < 6; p++)
        {
          /* Varied text, so that nothing is measured only once. */
          g_autofree char *text = g_strdup_printf ("Digital tools change how we work (%u.%u), "
                                                   "so the people who use them every day have "
                                                   "a say in which tools we choose, how we "
                                                   "introduce them and how we follow up on "
                                                   "their effects on workload, privacy and the "
                                                   "quality of our work %x.", i, p,
                                                   g_str_hash (title) + p);

          insp_doc_add_paragraph (body, text);
        }
    }
  words = insp_document_count_words (doc);

  start = g_get_monotonic_time ();
  {
    g_autoptr(InspDocLayout) layout = insp_doc_layout_new (doc);

    laid_out = g_get_monotonic_time ();
    g_test_message ("%u words: layout of %u pages in %.3f s", words,
                    insp_doc_layout_get_n_pages (layout), (laid_out - start) / 1e6);
  }
  start = g_get_monotonic_time ();
  g_assert_true (insp_doc_write_pdf (doc, out, &error));
  g_assert_no_error (error);
  written = g_get_monotonic_time ();
  g_test_message ("%u words: whole PDF (layout and writing) in %.3f s, %zu bytes", words,
                  (written - start) / 1e6,
                  g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/doc-pdf/contents", test_pdf_contents);
  g_test_add_func ("/doc-pdf/no-title-page", test_pdf_no_title_page);
  g_test_add_func ("/doc-pdf/write-error", test_pdf_write_error);
  g_test_add_func ("/doc-pdf/keep-with-next", test_pdf_keep_with_next);
  g_test_add_func ("/doc-pdf/tall-row", test_pdf_tall_row);
  g_test_add_func ("/doc-pdf/edge-cases", test_pdf_edge_cases);
  g_test_add_func ("/doc-pdf/speed", test_pdf_speed);
  return g_test_run ();
}
