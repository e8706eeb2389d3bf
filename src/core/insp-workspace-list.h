/* insp-workspace-list.h — the workspaces in a folder, as a list model for the switcher
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define INSP_TYPE_WORKSPACE_INFO (insp_workspace_info_get_type ())

G_DECLARE_FINAL_TYPE (InspWorkspaceInfo, insp_workspace_info, INSP, WORKSPACE_INFO, GObject)

const char *insp_workspace_info_get_path              (InspWorkspaceInfo *self);
const char *insp_workspace_info_get_file_name         (InspWorkspaceInfo *self);
const char *insp_workspace_info_get_organisation_name (InspWorkspaceInfo *self);

#define INSP_TYPE_WORKSPACE_LIST (insp_workspace_list_get_type ())

G_DECLARE_FINAL_TYPE (InspWorkspaceList, insp_workspace_list, INSP, WORKSPACE_LIST, GObject)

InspWorkspaceList *insp_workspace_list_new    (const char        *dir);
const char        *insp_workspace_list_get_dir (InspWorkspaceList *self);
void               insp_workspace_list_reload (InspWorkspaceList *self);

G_END_DECLS
