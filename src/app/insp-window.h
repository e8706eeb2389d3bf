/* insp-window.h — the main window: a sidebar of pages next to the page shown
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-app.h"
#include "insp-workspace.h"
#include "insp-workspace-list.h"

G_BEGIN_DECLS

#define INSP_TYPE_WINDOW (insp_window_get_type ())

G_DECLARE_FINAL_TYPE (InspWindow, insp_window, INSP, WINDOW, AdwApplicationWindow)

InspWindow    *insp_window_new           (InspApp         *application);
void           insp_window_show_page     (InspWindow      *self,
                                          const char      *page_id);
const char    *insp_window_get_page_id   (InspWindow      *self);
GtkWidget     *insp_window_get_page      (InspWindow      *self,
                                          const char      *page_id);
void           insp_window_add_toast     (InspWindow      *self,
                                          AdwToast        *toast);
InspWorkspace *insp_window_get_workspace (InspWindow      *self);
gboolean       insp_window_get_busy      (InspWindow      *self);

G_END_DECLS
