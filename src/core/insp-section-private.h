/* insp-section-private.h — sections as the core's other modules make them
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "insp-section.h"

G_BEGIN_DECLS

InspSection *_insp_section_new_snapshot (const char *uuid,
                                         const char *key,
                                         const char *title,
                                         const char *text,
                                         const char *status,
                                         guint       position);

/* Full-text search helpers shared by the sections' and the practices' search. */
char        *_insp_search_make_match        (const char *query);
char        *_insp_search_snippet_to_markup (const char *snippet);

G_END_DECLS
