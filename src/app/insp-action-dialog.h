/* insp-action-dialog.h — an action added or edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-action.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_ACTION_DIALOG (insp_action_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspActionDialog, insp_action_dialog, INSP, ACTION_DIALOG, AdwWindow)

InspActionDialog *insp_action_dialog_new        (GtkWindow        *parent,
                                                 InspWorkspace    *workspace,
                                                 InspAction       *action);
void              insp_action_dialog_set_origin (InspActionDialog *self,
                                                 const char       *application,
                                                 const char       *phase,
                                                 const char       *activity);
void              insp_action_dialog_set_feedback (InspActionDialog *self,
                                                   const char       *feedback);

G_END_DECLS
