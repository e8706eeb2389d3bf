/* insp-topic-checks.h — the workability indicators and concerns something addresses, chosen
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   insp_topic_checks_fill       (GtkBox             *box,
                                     const char * const *chosen);
GStrv  insp_topic_checks_dup_chosen (GtkBox             *box);

G_END_DECLS
