/* insp-overview-page.h — how far the organisation puts the 11 recommendations into practice
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INSP_TYPE_OVERVIEW_PAGE (insp_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (InspOverviewPage, insp_overview_page, INSP, OVERVIEW_PAGE, GtkWidget)

G_END_DECLS
