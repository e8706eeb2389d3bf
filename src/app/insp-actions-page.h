/* insp-actions-page.h — the actions from every track, in technology, environment and people
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_ACTIONS_PAGE (insp_actions_page_get_type ())

G_DECLARE_FINAL_TYPE (InspActionsPage, insp_actions_page, INSP, ACTIONS_PAGE, GtkWidget)

void insp_actions_page_set_workspace (InspActionsPage *self,
                                      InspWorkspace   *workspace);

G_END_DECLS
