/* insp-doc-writer-private.h — what the writers share
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "insp-doc-writer.h"

G_BEGIN_DECLS

/* Appends @text escaped for XML 1.0 character data and attribute values (&, <, >, ", ').
 * Characters XML cannot hold at all (control characters other than tab, newline and carriage
 * return; lone surrogates; U+FFFE, U+FFFF) are dropped; everything else, zero-width joiners
 * and right-to-left text included, is kept as it is. */
void      _insp_doc_append_xml_escaped   (GString        *out,
                                          const char     *text,
                                          gssize          length);

/* Writes all of @buffer to @out. */
gboolean  _insp_doc_write_string         (GOutputStream  *out,
                                          GString        *buffer,
                                          GError        **error);

/* Whether a link may be made clickable in an export: http, https and mailto URIs and links
 * within the document ("#h3"). Other links are shown as their text only (insp-doc-html.c). */
gboolean  _insp_doc_link_is_safe         (const char     *uri);

/* The running header ("organisation · title") and footer ("version · status") of every page
 * but the title page, and the words around the page number, split at the numbers: "page ",
 * " of ", "" — the same in every format. */
char     *_insp_doc_dup_running_header   (InspDocMeta    *meta);
char     *_insp_doc_dup_running_footer   (InspDocMeta    *meta);
char    **_insp_doc_dup_page_parts       (void);

G_END_DECLS
