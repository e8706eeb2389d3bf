/* insp-invisible-work-view.h — the invisible work of an application, its total and its share
 * of the budget
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_INVISIBLE_WORK_VIEW (insp_invisible_work_view_get_type ())

G_DECLARE_FINAL_TYPE (InspInvisibleWorkView, insp_invisible_work_view, INSP, INVISIBLE_WORK_VIEW,
                      GtkWidget)

GtkWidget     *insp_invisible_work_view_new             (void);
InspWorkspace *insp_invisible_work_view_get_workspace   (InspInvisibleWorkView *self);
void           insp_invisible_work_view_set_workspace   (InspInvisibleWorkView *self,
                                                         InspWorkspace         *workspace);
const char    *insp_invisible_work_view_get_application (InspInvisibleWorkView *self);
void           insp_invisible_work_view_set_application (InspInvisibleWorkView *self,
                                                         const char            *uuid);
const char    *insp_invisible_work_view_get_error_text  (InspInvisibleWorkView *self);
const char    *insp_invisible_work_view_get_total_text  (InspInvisibleWorkView *self);

G_END_DECLS
