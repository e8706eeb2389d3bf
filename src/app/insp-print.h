/* insp-print.h — printing a document exactly as its PDF is laid out
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "insp-document.h"

G_BEGIN_DECLS

typedef void (*InspPrintDone) (GtkPrintOperationResult  result,
                               const GError            *error,
                               gpointer                 user_data);

/* Prints @doc (taking it) with the print dialog, or to @export_pdf without one when it is
 * not NULL (for tests). The pages are the PDF writer's: print and PDF are identical.
 * @done, if any, is called once when the operation has ended. */
void insp_print_document (GtkWindow     *parent,
                          InspDocument  *doc,
                          const char    *export_pdf,
                          InspPrintDone  done,
                          gpointer       user_data);

G_END_DECLS
