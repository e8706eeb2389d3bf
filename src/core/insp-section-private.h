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

G_END_DECLS
