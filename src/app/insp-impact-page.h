/* insp-impact-page.h — impact assessments on workable work
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_IMPACT_PAGE (insp_impact_page_get_type ())

G_DECLARE_FINAL_TYPE (InspImpactPage, insp_impact_page, INSP, IMPACT_PAGE, GtkWidget)

void insp_impact_page_set_workspace (InspImpactPage *self,
                                     InspWorkspace  *workspace);
void insp_impact_page_show_application (InspImpactPage *self,
                                        const char     *uuid);
const char *insp_impact_page_get_application (InspImpactPage *self);

G_END_DECLS
