/* insp-applications-page.h — the AI applications and their innovation tracks
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-track-view.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_APPLICATIONS_PAGE (insp_applications_page_get_type ())

G_DECLARE_FINAL_TYPE (InspApplicationsPage, insp_applications_page,
                      INSP, APPLICATIONS_PAGE, GtkWidget)

void           insp_applications_page_set_workspace    (InspApplicationsPage *self,
                                                        InspWorkspace        *workspace);
void           insp_applications_page_show_application (InspApplicationsPage *self,
                                                        const char           *uuid);
InspTrackView *insp_applications_page_get_track_view   (InspApplicationsPage *self);
const char    *insp_applications_page_get_application  (InspApplicationsPage *self);

G_END_DECLS
