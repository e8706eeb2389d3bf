/* insp-application.h — the Inspraak application
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INSP_TYPE_APPLICATION (insp_application_get_type ())

G_DECLARE_FINAL_TYPE (InspApplication, insp_application, INSP, APPLICATION, AdwApplication)

InspApplication *insp_application_new       (void);
void             insp_application_show_help (InspApplication *self,
                                             GtkWindow       *parent,
                                             const char      *page_id);

G_END_DECLS
