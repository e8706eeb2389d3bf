/* insp-activity-dialog.h — a participation activity of an innovation track, edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-application.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_ACTIVITY_DIALOG (insp_activity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspActivityDialog, insp_activity_dialog,
                      INSP, ACTIVITY_DIALOG, AdwWindow)

InspActivityDialog *insp_activity_dialog_new (GtkWindow     *parent,
                                              InspWorkspace *workspace,
                                              const char    *application,
                                              const char    *phase,
                                              guint          round,
                                              InspActivity  *activity);

G_END_DECLS
