/* insp-feedback-view.h — the feedback and complaints about an AI application, and what
 * followed
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_FEEDBACK_VIEW (insp_feedback_view_get_type ())

G_DECLARE_FINAL_TYPE (InspFeedbackView, insp_feedback_view, INSP, FEEDBACK_VIEW, AdwBin)

GtkWidget     *insp_feedback_view_new             (void);
InspWorkspace *insp_feedback_view_get_workspace   (InspFeedbackView *self);
void           insp_feedback_view_set_workspace   (InspFeedbackView *self,
                                                   InspWorkspace    *workspace);
const char    *insp_feedback_view_get_application (InspFeedbackView *self);
void           insp_feedback_view_set_application (InspFeedbackView *self,
                                                   const char       *uuid);

G_END_DECLS
