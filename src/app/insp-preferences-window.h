/* insp-preferences-window.h — the preferences
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INSP_TYPE_PREFERENCES_WINDOW (insp_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (InspPreferencesWindow, insp_preferences_window,
                      INSP, PREFERENCES_WINDOW, AdwPreferencesWindow)

InspPreferencesWindow *insp_preferences_window_new (GtkWindow *parent);

G_END_DECLS
