/* insp-people-page.h — persons, frontrunners and stakeholder groups
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_PEOPLE_PAGE (insp_people_page_get_type ())

G_DECLARE_FINAL_TYPE (InspPeoplePage, insp_people_page, INSP, PEOPLE_PAGE, GtkWidget)

void insp_people_page_set_workspace (InspPeoplePage *self,
                                     InspWorkspace  *workspace);

G_END_DECLS
