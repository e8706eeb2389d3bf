/* insp-list-row.h — the two-line rows of the pages' sidebars
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget     *insp_list_row_new       (const char  *uuid,
                                        const char  *title,
                                        const char  *subtitle,
                                        GtkWidget  **detail);
void           insp_list_row_append    (GtkWidget   *row,
                                        GtkWidget   *widget);
GtkListBoxRow *insp_list_box_find_row  (GtkListBox  *list,
                                        const char  *uuid);

G_END_DECLS
