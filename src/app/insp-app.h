/* insp-app.h — the Inspraak application
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INSP_TYPE_APP (insp_app_get_type ())

G_DECLARE_FINAL_TYPE (InspApp, insp_app, INSP, APP, AdwApplication)

InspApp *insp_app_new       (void);
void     insp_app_show_help (InspApp    *self,
                             GtkWindow  *parent,
                             const char *page_id);

G_END_DECLS
