/* insp-doc-zip.h — a zip package built in memory, and what the ODT and DOCX writers share
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The package is built in a memory buffer with libzip and only then written to the output
 * stream, so a writer never leaves half an archive behind. Entries are written in the order
 * they are added; a stored entry has no extra field and no data descriptor, as ODF requires
 * of its `mimetype` entry.
 */

#pragma once

#include <gio/gio.h>

#include "insp-document.h"

G_BEGIN_DECLS

typedef struct _InspDocZip InspDocZip;

InspDocZip *_insp_doc_zip_new    (void);
void        _insp_doc_zip_free   (InspDocZip     *zip);

/* Adds an entry; the zip takes @data. @store: stored as it is rather than compressed. */
void        _insp_doc_zip_add    (InspDocZip     *zip,
                                  const char     *name,
                                  GString        *data,
                                  gboolean        store);

/* Builds the archive and writes all of it to @out. */
gboolean    _insp_doc_zip_write  (InspDocZip     *zip,
                                  GOutputStream  *out,
                                  GError        **error);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspDocZip, _insp_doc_zip_free)

G_END_DECLS
