/* insp-doc-layout.h — a document paginated for A4, shared by PDF, printing and preview
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * insp_doc_layout_new () lays a document out once with Pango: A4 pages measured in points
 * (1/72 inch), a title page from the metadata when it asks for one, a running header and
 * footer with "page X of Y" on every other page, a table of contents with page numbers, tables
 * that repeat their header rows on every page they cross, and no heading left alone at the
 * foot of a page. The layout keeps what it measured, so drawing a page costs no new layout.
 *
 * insp_doc_layout_render_page () draws one page with its top-left corner at the cairo origin,
 * one unit a point: the PDF writer draws on a PDF surface page by page, printing draws on the
 * GtkPrintContext's cairo context, and a preview scales the context to its size first. Every
 * target gets the same pages, as metrics are measured unhinted.
 *
 * No GTK here: the core may use cairo and Pango only.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "insp-document.h"

G_BEGIN_DECLS

typedef struct _InspDocLayout InspDocLayout;

/* A heading as laid out, for bookmarks and tables of contents. */
typedef struct
{
  const char *text;     /* the heading's plain text */
  const char *id;       /* the heading's anchor ("h1", …), or NULL */
  guint       level;    /* 1–4 */
  guint       page;     /* 0-based page the heading is on */
  double      y;        /* its top on that page, in points */
} InspDocLayoutHeading;

InspDocLayout              *insp_doc_layout_new           (InspDocument   *doc);
void                        insp_doc_layout_free          (InspDocLayout  *layout);

guint                       insp_doc_layout_get_n_pages   (InspDocLayout  *layout);
/* The size of every page, A4 in points. */
void                        insp_doc_layout_get_page_size (InspDocLayout  *layout,
                                                           double         *width,
                                                           double         *height);
/* Draws page @page (0-based) with its top-left corner at the origin of @cr, in points. */
void                        insp_doc_layout_render_page   (InspDocLayout  *layout,
                                                           cairo_t        *cr,
                                                           guint           page);
/* Every heading in document order with the page it is on; owned by @layout. */
const InspDocLayoutHeading *insp_doc_layout_get_headings  (InspDocLayout  *layout,
                                                           guint          *n_headings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspDocLayout, insp_doc_layout_free)

G_END_DECLS
