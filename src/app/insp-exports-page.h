/* insp-exports-page.h — documents for the works council, employees and suppliers
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INSP_TYPE_EXPORTS_PAGE (insp_exports_page_get_type ())

G_DECLARE_FINAL_TYPE (InspExportsPage, insp_exports_page, INSP, EXPORTS_PAGE, GtkWidget)

G_END_DECLS
