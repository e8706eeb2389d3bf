/* insp-track-private.h — a track and its disagreements from activities already read
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guidance rules read every application's activities once and hand them to both.
 */

#pragma once

#include "insp-application.h"

G_BEGIN_DECLS

InspTrack *_insp_workspace_get_track_with          (InspWorkspace  *self,
                                                    const char     *application,
                                                    GPtrArray      *activities,
                                                    GError        **error);
GPtrArray *_insp_workspace_list_disagreements_with (InspWorkspace  *self,
                                                    const char     *application,
                                                    GPtrArray      *activities,
                                                    GError        **error);

G_END_DECLS
