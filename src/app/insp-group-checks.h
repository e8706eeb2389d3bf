/* insp-group-checks.h — a check button per stakeholder group, to say which groups took part
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

void   insp_group_checks_fill       (GtkBox              *box,
                                     InspWorkspace       *workspace,
                                     const char * const  *chosen,
                                     GCallback            on_toggled,
                                     gpointer             data);
GStrv  insp_group_checks_dup_chosen (GtkBox              *box);

G_END_DECLS
