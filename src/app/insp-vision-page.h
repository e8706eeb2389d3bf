/* insp-vision-page.h — the organisation's AI vision, written with its employees
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INSP_TYPE_VISION_PAGE (insp_vision_page_get_type ())

G_DECLARE_FINAL_TYPE (InspVisionPage, insp_vision_page, INSP, VISION_PAGE, GtkWidget)

G_END_DECLS
