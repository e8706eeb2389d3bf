/* insp-application-dialog.h — an AI application registered or edited, with its triage
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_APPLICATION_DIALOG (insp_application_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspApplicationDialog, insp_application_dialog,
                      INSP, APPLICATION_DIALOG, AdwWindow)

InspApplicationDialog *insp_application_dialog_new (GtkWindow     *parent,
                                                    InspWorkspace *workspace,
                                                    const char    *uuid);

G_END_DECLS
