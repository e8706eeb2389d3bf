/* insp-name-dialog.h — a message dialog that asks for a name
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INSP_NAME_DIALOG_ACCEPT "accept"

AdwMessageDialog *insp_name_dialog_present  (GtkWindow        *parent,
                                             const char       *heading,
                                             const char       *body,
                                             const char       *placeholder,
                                             const char       *accessible_name,
                                             const char       *accept_label);
char             *insp_name_dialog_dup_name (AdwMessageDialog *dialog);
GtkWidget        *insp_dialog_append_hint_and_error (GtkBox     *box,
                                                     const char *hint,
                                                     const char *error_message);

G_END_DECLS
