/* insp-assessment-dialog.h — one group's impact assessment, entered or edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-assessment.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_ASSESSMENT_DIALOG (insp_assessment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspAssessmentDialog, insp_assessment_dialog, INSP, ASSESSMENT_DIALOG,
                      AdwWindow)

InspAssessmentDialog *insp_assessment_dialog_new            (GtkWindow            *parent,
                                                             InspWorkspace        *workspace,
                                                             const char           *application,
                                                             InspAssessment       *assessment);
GtkWidget            *insp_assessment_dialog_get_effect     (InspAssessmentDialog *self,
                                                             const char           *item);

G_END_DECLS
