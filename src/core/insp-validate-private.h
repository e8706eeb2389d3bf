/* insp-validate-private.h — the checks every entity's data passes before it is written
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "insp-enums.h"
#include "insp-workspace.h"

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

gboolean insp_check_application (InspWorkspace   *workspace,
                                 const char      *uuid,
                                 GError         **error);
const char *insp_or_null       (const char      *text);
gboolean    insp_is_blank      (const char      *text);

G_END_DECLS
