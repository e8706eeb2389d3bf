/* insp-toast.h — toasts shown one at a time, and the Undo toast of every page
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void      insp_toast_show            (AdwToastOverlay *overlay,
                                      AdwToast        *toast);
void      insp_toast_show_for        (GtkWidget       *widget,
                                      AdwToast        *toast);
AdwToast *insp_toast_new_undo        (const char      *title,
                                      GCallback        undo,
                                      gpointer         instance);
gint64    insp_toast_get_last_moved  (AdwToastOverlay *overlay);

G_END_DECLS
