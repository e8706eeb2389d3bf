/* insp-phase-dialog.h — a phase of an innovation track: its status, dates and groups, edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-application.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_PHASE_DIALOG (insp_phase_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspPhaseDialog, insp_phase_dialog, INSP, PHASE_DIALOG, AdwWindow)

InspPhaseDialog *insp_phase_dialog_new (GtkWindow            *parent,
                                        InspWorkspace        *workspace,
                                        const char           *application,
                                        const InspTrackPhase *phase,
                                        const char           *title);

G_END_DECLS
