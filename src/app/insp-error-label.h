/* insp-error-label.h — the label where a page or dialog says what went wrong
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void insp_error_label_show     (GtkLabel     *label,
                                const GError *error);
void insp_error_label_set_text (GtkLabel     *label,
                                const char   *message);

G_END_DECLS
