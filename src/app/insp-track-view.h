/* insp-track-view.h — an application's innovation track, phase by phase
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_TRACK_VIEW (insp_track_view_get_type ())

G_DECLARE_FINAL_TYPE (InspTrackView, insp_track_view, INSP, TRACK_VIEW, GtkWidget)

GtkWidget     *insp_track_view_new             (void);
InspWorkspace *insp_track_view_get_workspace   (InspTrackView  *self);
void           insp_track_view_set_workspace   (InspTrackView  *self,
                                                InspWorkspace  *workspace);
const char    *insp_track_view_get_application (InspTrackView  *self);
void           insp_track_view_set_application (InspTrackView  *self,
                                                const char     *uuid);
gboolean       insp_track_view_get_phase_state (InspTrackView  *self,
                                                const char     *phase,
                                                guint           round,
                                                int            *comparison,
                                                const char    **words);
const char    *insp_track_view_get_phase_details (InspTrackView *self,
                                                  const char    *phase,
                                                  guint          round);
const char    *insp_track_view_get_error_text  (InspTrackView  *self);
const char    *insp_track_view_get_effort_text (InspTrackView  *self);
const char    *insp_track_view_get_open_feedback_text (InspTrackView *self);

G_END_DECLS
