/* insp-practices-page.h — a casebook of good and bad practice
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_PRACTICES_PAGE (insp_practices_page_get_type ())

G_DECLARE_FINAL_TYPE (InspPracticesPage, insp_practices_page, INSP, PRACTICES_PAGE, GtkWidget)

void     insp_practices_page_set_workspace (InspPracticesPage *self,
                                            InspWorkspace     *workspace);
gboolean insp_practices_page_flush         (InspPracticesPage *self);
gboolean insp_practices_page_import_file   (InspPracticesPage *self,
                                            GFile             *file);
gboolean insp_practices_page_export_file   (InspPracticesPage *self,
                                            GFile             *file);

G_END_DECLS
