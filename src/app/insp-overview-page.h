/* insp-overview-page.h — how far the organisation puts the 11 recommendations into practice
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_OVERVIEW_PAGE (insp_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (InspOverviewPage, insp_overview_page, INSP, OVERVIEW_PAGE, GtkWidget)

void insp_overview_page_set_workspace (InspOverviewPage *self,
                                       InspWorkspace    *workspace);

G_END_DECLS
