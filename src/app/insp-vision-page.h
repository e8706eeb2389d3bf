/* insp-vision-page.h — the organisation's AI vision, written with its employees
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_VISION_PAGE (insp_vision_page_get_type ())

G_DECLARE_FINAL_TYPE (InspVisionPage, insp_vision_page, INSP, VISION_PAGE, GtkWidget)

void       insp_vision_page_set_workspace (InspVisionPage *self,
                                           InspWorkspace  *workspace);
gboolean   insp_vision_page_flush         (InspVisionPage *self);
gboolean   insp_vision_page_has_unsaved_changes (InspVisionPage *self);
void       insp_vision_page_show_section  (InspVisionPage *self,
                                           const char     *uuid);
GtkWidget *insp_vision_page_get_view      (InspVisionPage *self);

G_END_DECLS
