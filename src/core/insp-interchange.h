/* insp-interchange.h — the JSON interchange format: export, validation, import
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the core: InspWorkspace is the front door that calls these.
 */

#pragma once

#include "insp-store.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_INTERCHANGE_FORMAT "inspraak-workspace"
#define INSP_INTERCHANGE_VERSION 1
#define INSP_CASEBOOK_FORMAT "inspraak-casebook"
#define INSP_CASEBOOK_VERSION 1

gboolean           _insp_interchange_export       (InspStore      *store,
                                                   GOutputStream  *out,
                                                   GCancellable   *cancellable,
                                                   GError        **error);
InspImportSummary *_insp_interchange_plan         (InspStore      *store,
                                                   InspImport     *import,
                                                   gboolean        replace,
                                                   GError        **error);
gboolean           _insp_interchange_apply        (InspStore      *store,
                                                   InspImport     *import,
                                                   gboolean        replace,
                                                   GError        **error);
const char * const *_insp_interchange_get_tables  (void);
char               *_insp_now_timestamp           (void);
void                _insp_import_summary_clear_removed (InspImportSummary *summary,
                                                        guint              index);
gboolean            _insp_casebook_export         (InspStore           *store,
                                                   const char * const  *uuids,
                                                   GOutputStream       *out,
                                                   GError             **error);
InspImport         *_insp_casebook_parse          (GBytes              *data,
                                                   const char          *display_name,
                                                   guint                max_errors,
                                                   GError             **error);
gboolean            _insp_casebook_apply          (InspStore           *store,
                                                   InspImport          *import,
                                                   guint               *added,
                                                   guint               *updated,
                                                   guint               *unchanged,
                                                   GError             **error);

G_END_DECLS
