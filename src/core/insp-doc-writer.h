/* insp-doc-writer.h — rendering a document in a file format
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One writer per format, each a function from an InspDocument to a stream. Writers know the
 * document model and their format, nothing of templates or the workspace.
 */

#pragma once

#include <gio/gio.h>

#include "insp-document.h"

G_BEGIN_DECLS

typedef enum
{
  INSP_DOC_FORMAT_PDF,
  INSP_DOC_FORMAT_ODT,
  INSP_DOC_FORMAT_DOCX,
  INSP_DOC_FORMAT_HTML,
  INSP_DOC_FORMAT_MD,
  INSP_DOC_FORMAT_CSV,
} InspDocFormat;

#define INSP_DOC_N_FORMATS (INSP_DOC_FORMAT_CSV + 1)

/* The formats as bits, for a template's list of the formats it supports. */
#define INSP_DOC_FORMAT_BIT(format) (1u << (format))
#define INSP_DOC_FORMATS_DOCUMENT (INSP_DOC_FORMAT_BIT (INSP_DOC_FORMAT_PDF) | \
                                   INSP_DOC_FORMAT_BIT (INSP_DOC_FORMAT_ODT) | \
                                   INSP_DOC_FORMAT_BIT (INSP_DOC_FORMAT_DOCX) | \
                                   INSP_DOC_FORMAT_BIT (INSP_DOC_FORMAT_HTML) | \
                                   INSP_DOC_FORMAT_BIT (INSP_DOC_FORMAT_MD))
#define INSP_DOC_FORMATS_TABLE INSP_DOC_FORMAT_BIT (INSP_DOC_FORMAT_CSV)

typedef gboolean (*InspDocWriteFunc) (InspDocument   *doc,
                                      GOutputStream  *out,
                                      GError        **error);

const char   *insp_doc_format_get_id         (InspDocFormat   format);
const char   *insp_doc_format_get_extension  (InspDocFormat   format);
const char   *insp_doc_format_get_mime_type  (InspDocFormat   format);
const char   *insp_doc_format_get_name       (InspDocFormat   format);
gboolean      insp_doc_format_from_id        (const char     *id,
                                              InspDocFormat  *format);
char         *insp_doc_formats_dup_list      (guint           formats);

gboolean      insp_document_write            (InspDocument   *doc,
                                              InspDocFormat   format,
                                              GOutputStream  *out,
                                              GError        **error);
gboolean      insp_document_export           (InspDocument   *doc,
                                              InspDocFormat   format,
                                              const char     *path,
                                              GError        **error);

/* The writers (insp-doc-FORMAT.c). */
gboolean      insp_doc_write_pdf             (InspDocument   *doc,
                                              GOutputStream  *out,
                                              GError        **error);
gboolean      insp_doc_write_odt             (InspDocument   *doc,
                                              GOutputStream  *out,
                                              GError        **error);
gboolean      insp_doc_write_docx            (InspDocument   *doc,
                                              GOutputStream  *out,
                                              GError        **error);
gboolean      insp_doc_write_html            (InspDocument   *doc,
                                              GOutputStream  *out,
                                              GError        **error);
gboolean      insp_doc_write_md              (InspDocument   *doc,
                                              GOutputStream  *out,
                                              GError        **error);
gboolean      insp_doc_write_csv             (InspDocument   *doc,
                                              GOutputStream  *out,
                                              GError        **error);

G_END_DECLS
