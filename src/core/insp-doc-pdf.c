/* insp-doc-pdf.c — the PDF writer: the A4 layout drawn on a cairo PDF surface
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages come from InspDocLayout, as printing and preview do. The PDF adds an outline (a
 * bookmark for every heading, nested by level) and metadata. Links (addresses, and the table
 * of contents' page numbers) are clickable from cairo 1.18 on; with cairo 1.16 link tags
 * damage the file (PLATFORM.md), so the layout leaves them out there. Either way an address
 * is printed after its link text.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "insp-doc-layout.h"
#include "insp-doc-writer-private.h"
#include "insp-error.h"

typedef struct
{
  GOutputStream *out;
  GError        *error;   /* the first write error */
} Sink;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->out, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
add_outline (cairo_surface_t *surface,
             InspDocLayout   *layout)
{
  int parents[5] = { CAIRO_PDF_OUTLINE_ROOT };
  guint n;
  const InspDocLayoutHeading *headings = insp_doc_layout_get_headings (layout, &n);

  for (guint i = 0; i < n; i++)
    {
      const InspDocLayoutHeading *h = &headings[i];
      guint level = CLAMP (h->level, 1, 4);
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *attrs = NULL;
      int id;

      g_ascii_formatd (y, sizeof y, "%.1f", h->y);
      attrs = g_strdup_printf ("page=%u pos=[0 %s]", h->page + 1, y);
      id = cairo_pdf_surface_add_outline (surface, parents[level - 1],
                                          h->text != NULL && *h->text != '\0' ? h->text : "—",
                                          attrs, level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
      parents[level] = id;
      /* A deeper heading after this one nests under it, even when levels are skipped. */
      for (guint l = level + 1; l < G_N_ELEMENTS (parents); l++)
        parents[l] = id;
    }
}

static void
set_metadata (cairo_surface_t *surface,
              InspDocMeta     *meta)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  if (meta->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, meta->title);
  if (meta->organisation != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, meta->organisation);
  if (meta->subtitle != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, meta->subtitle);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Inspraak");
  if (date != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/**
 * insp_doc_write_pdf:
 * @doc: a document
 * @out: where to write the PDF
 * @error: why it could not be written
 *
 * Returns: whether the whole PDF was written
 */
gboolean
insp_doc_write_pdf (InspDocument   *doc,
                    GOutputStream  *out,
                    GError        **error)
{
  g_autoptr(InspDocLayout) layout = insp_doc_layout_new (doc);
  Sink sink = { out, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  insp_doc_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &sink, width, height);
  set_metadata (surface, insp_document_get_meta (doc));

  cr = cairo_create (surface);
  for (guint page = 0; page < insp_doc_layout_get_n_pages (layout); page++)
    {
      insp_doc_layout_render_page (layout, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);

  add_outline (surface, layout);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_IO,
                   /* Translators: %s is cairo's reason, in English */
                   _("Could not write the PDF document: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
