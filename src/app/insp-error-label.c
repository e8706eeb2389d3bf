/* insp-error-label.c — the label where a page or dialog says what went wrong
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every page and dialog keeps an error in view, in place, until the next attempt succeeds:
 * the message says what and where (the core writes it so). A refusal is what the user can
 * act on, not a fault of the program: it is logged for debugging only.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-error-label.h"

/**
 * insp_error_label_show:
 * @label: an error label
 * @error: (nullable): what went wrong; %NULL hides the label
 */
void
insp_error_label_show (GtkLabel     *label,
                       const GError *error)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  if (error != NULL)
    g_debug ("%s", error->message);
  insp_error_label_set_text (label, error != NULL ? error->message : NULL);
}

/**
 * insp_error_label_set_text:
 * @label: an error label
 * @message: (nullable): what went wrong; %NULL hides the label
 */
void
insp_error_label_set_text (GtkLabel   *label,
                           const char *message)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}
