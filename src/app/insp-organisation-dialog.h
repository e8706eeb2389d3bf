/* insp-organisation-dialog.h — the organisation's own details, edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_ORGANISATION_DIALOG (insp_organisation_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspOrganisationDialog, insp_organisation_dialog,
                      INSP, ORGANISATION_DIALOG, AdwWindow)

InspOrganisationDialog *insp_organisation_dialog_new (GtkWindow     *parent,
                                                      InspWorkspace *workspace);

G_END_DECLS
