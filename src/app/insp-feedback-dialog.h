/* insp-feedback-dialog.h — a feedback item or complaint added or edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-feedback.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_FEEDBACK_DIALOG (insp_feedback_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspFeedbackDialog, insp_feedback_dialog, INSP, FEEDBACK_DIALOG,
                      AdwWindow)

InspFeedbackDialog *insp_feedback_dialog_new (GtkWindow          *parent,
                                              InspWorkspace      *workspace,
                                              const char         *application,
                                              const InspFeedback *feedback);

G_END_DECLS
