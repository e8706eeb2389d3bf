/* insp-test-doc.h — reading a document built by a template, for the template tests
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "insp-document.h"
#include "insp-template.h"

G_BEGIN_DECLS

/* The document of template @id in English, with the options given (each nullable). */
InspDocument *insp_test_doc_build (InspWorkspace  *workspace,
                                   const char     *id,
                                   const char     *application,
                                   const char     *version,
                                   const char     *since,
                                   GError        **error);
/* Every heading's text, one per line. */
char  *insp_test_doc_dup_headings  (InspDocument     *doc);
/* All the text, depth first, a block per line; a table's row as its cells joined by "|".
 * With INSP_TEST_DUMP set, also printed to standard error. */
char  *insp_test_doc_dup_text      (InspDocument     *doc);
/* How many blocks of @type @block holds, itself included. */
guint  insp_test_doc_count_blocks  (InspDocBlock     *block,
                                    InspDocBlockType  type);

G_END_DECLS
