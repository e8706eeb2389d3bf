/* insp-applications-page.h — the AI applications and their innovation tracks
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INSP_TYPE_APPLICATIONS_PAGE (insp_applications_page_get_type ())

G_DECLARE_FINAL_TYPE (InspApplicationsPage, insp_applications_page,
                      INSP, APPLICATIONS_PAGE, GtkWidget)

G_END_DECLS
