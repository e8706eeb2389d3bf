/* insp-validate-private.h — the checks every entity's data passes before it is written
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "insp-enums.h"

G_BEGIN_DECLS

#define INSP_MAX_NAME_LENGTH 200

gboolean insp_check_enum (const InspEnum  *e,
                          const char      *value,
                          gboolean         optional,
                          const char      *what,
                          GError         **error);
gboolean insp_check_date (const char      *date,
                          const char      *what,
                          GError         **error);
gboolean insp_check_name (const char      *name,
                          const char      *what,
                          GError         **error);

G_END_DECLS
