/* insp-versions-dialog.h — the versions of the vision: history, comparison, restore, review
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-compare-view.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_VERSIONS_DIALOG (insp_versions_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspVersionsDialog, insp_versions_dialog, INSP, VERSIONS_DIALOG, AdwWindow)

InspVersionsDialog *insp_versions_dialog_new               (GtkWindow          *parent,
                                                            InspWorkspace      *workspace);
void                insp_versions_dialog_select_version    (InspVersionsDialog *self,
                                                            guint               number);
guint               insp_versions_dialog_get_selected      (InspVersionsDialog *self);
void                insp_versions_dialog_compare           (InspVersionsDialog *self,
                                                            guint               from,
                                                            guint               to);
InspCompareView    *insp_versions_dialog_get_compare_view  (InspVersionsDialog *self);

char               *insp_versions_format_date              (const char         *date);

G_END_DECLS
