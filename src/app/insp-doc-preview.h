/* insp-doc-preview.h — the first pages of a document, as its PDF lays them out
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-document.h"

G_BEGIN_DECLS

#define INSP_TYPE_DOC_PREVIEW (insp_doc_preview_get_type ())

G_DECLARE_FINAL_TYPE (InspDocPreview, insp_doc_preview, INSP, DOC_PREVIEW, AdwBin)

GtkWidget *insp_doc_preview_new           (void);
void       insp_doc_preview_set_document  (InspDocPreview *self,
                                           InspDocument   *doc);
guint      insp_doc_preview_get_n_pages   (InspDocPreview *self);
guint      insp_doc_preview_get_n_shown   (InspDocPreview *self);
gboolean   insp_doc_preview_is_busy       (InspDocPreview *self);

G_END_DECLS
