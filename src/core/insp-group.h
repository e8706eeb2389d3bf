/* insp-group.h — the stakeholder groups of an organisation
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_GROUP (insp_group_get_type ())

G_DECLARE_FINAL_TYPE (InspGroup, insp_group, INSP, GROUP, GObject)

const char *insp_group_get_uuid         (InspGroup     *self);
const char *insp_group_get_key          (InspGroup     *self);
const char *insp_group_get_display_name (InspGroup     *self);
gboolean    insp_group_is_builtin       (InspGroup     *self);

GPtrArray  *insp_workspace_list_groups  (InspWorkspace *self,
                                         GError       **error);
InspGroup  *insp_workspace_add_group    (InspWorkspace *self,
                                         const char    *name,
                                         const char    *perspective,
                                         GError       **error);
gboolean    insp_workspace_rename_group (InspWorkspace *self,
                                         const char    *uuid,
                                         const char    *name,
                                         GError       **error);

G_END_DECLS
