/* insp-flag-list.h — the guidance's flags where they apply, each with a way to fix it
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_FLAG_LIST (insp_flag_list_get_type ())

G_DECLARE_FINAL_TYPE (InspFlagList, insp_flag_list, INSP, FLAG_LIST, GtkWidget)

GtkWidget  *insp_flag_list_new            (void);
void        insp_flag_list_set_flags      (InspFlagList  *self,
                                           GPtrArray     *flags,
                                           const char    *subject_type,
                                           const char    *subject);
void        insp_flag_list_set_workspace  (InspFlagList  *self,
                                           InspWorkspace *workspace);
void        insp_flag_list_set_subject    (InspFlagList  *self,
                                           const char    *subject_type,
                                           const char    *subject);
guint       insp_flag_list_get_n_flags    (InspFlagList  *self);
const char *insp_flag_list_get_flag_id    (InspFlagList  *self,
                                           guint          index);
GtkWidget  *insp_flag_list_get_fix_button (InspFlagList  *self,
                                           guint          index);
const char *insp_flag_list_get_rule_title (const char    *id);

G_END_DECLS
