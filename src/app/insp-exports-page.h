/* insp-exports-page.h — documents for the works council, employees and suppliers
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-doc-preview.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_EXPORTS_PAGE (insp_exports_page_get_type ())

G_DECLARE_FINAL_TYPE (InspExportsPage, insp_exports_page, INSP, EXPORTS_PAGE, GtkWidget)

void            insp_exports_page_set_workspace (InspExportsPage *self,
                                                 InspWorkspace   *workspace);
void            insp_exports_page_select        (InspExportsPage *self,
                                                 const char      *template_id,
                                                 const char      *application);
void            insp_exports_page_export_to     (InspExportsPage *self,
                                                 const char      *path);
InspDocPreview *insp_exports_page_get_preview   (InspExportsPage *self);

G_END_DECLS
