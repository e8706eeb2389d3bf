/* insp-vendor-view.h — the vendor dialogue of an application: a questionnaire per vendor
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_VENDOR_VIEW (insp_vendor_view_get_type ())

G_DECLARE_FINAL_TYPE (InspVendorView, insp_vendor_view, INSP, VENDOR_VIEW, GtkWidget)

GtkWidget     *insp_vendor_view_new             (void);
InspWorkspace *insp_vendor_view_get_workspace   (InspVendorView *self);
void           insp_vendor_view_set_workspace   (InspVendorView *self,
                                                 InspWorkspace  *workspace);
const char    *insp_vendor_view_get_application (InspVendorView *self);
void           insp_vendor_view_set_application (InspVendorView *self,
                                                 const char     *uuid);
const char    *insp_vendor_view_get_error_text  (InspVendorView *self);
guint          insp_vendor_view_get_n_vendors   (InspVendorView *self);

G_END_DECLS
