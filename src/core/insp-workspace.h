/* insp-workspace.h — the front door to a workspace, for the app and the CLI
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workspace is one SQLite file about one organisation. Nothing above the core opens the
 * file, runs SQL or parses JSON: it calls these functions.
 */

#pragma once

#include <gio/gio.h>

#include "insp-organisation.h"

G_BEGIN_DECLS

#define INSP_WORKSPACE_DEFAULT_NAME "default.inspraak"
#define INSP_WORKSPACE_SUFFIX ".inspraak"

/* What an import will change (or changed), per entity. */
typedef struct _InspImportSummary InspImportSummary;

/* A JSON document that was parsed and whose shape was checked, ready to plan and apply. */
typedef struct _InspImport InspImport;

#define INSP_TYPE_WORKSPACE (insp_workspace_get_type ())

G_DECLARE_FINAL_TYPE (InspWorkspace, insp_workspace, INSP, WORKSPACE, GObject)

char              *insp_workspace_get_default_dir      (GError            **error);
const char        *insp_get_content_language           (void);

InspWorkspace     *insp_workspace_open                 (const char         *path,
                                                        gboolean            create,
                                                        GError            **error);
InspWorkspace     *insp_workspace_open_for_reading     (const char         *path,
                                                        GError            **error);
char              *insp_workspace_create_new           (const char         *dir,
                                                        const char         *organisation_name,
                                                        GError            **error);
char              *insp_workspace_copy_in              (const char         *src_path,
                                                        const char         *dir,
                                                        GError            **error);
const char        *insp_workspace_get_path             (InspWorkspace      *self);
gboolean           insp_workspace_is_empty             (InspWorkspace      *self);
InspOrganisation  *insp_workspace_get_organisation     (InspWorkspace      *self);
gboolean           insp_workspace_update_organisation  (InspWorkspace      *self,
                                                        InspOrganisation   *changes,
                                                        GError            **error);
gboolean           insp_workspace_init_example         (InspWorkspace      *self,
                                                        const char         *lang,
                                                        GError            **error);
gboolean           insp_workspace_check                (InspWorkspace      *self,
                                                        GError            **error);
gboolean           insp_workspace_save_copy            (InspWorkspace      *self,
                                                        const char         *dest_path,
                                                        GError            **error);
gboolean           insp_workspace_export_json          (InspWorkspace      *self,
                                                        GOutputStream      *out,
                                                        GCancellable       *cancellable,
                                                        GError            **error);
gboolean           insp_workspace_export_json_to_file  (InspWorkspace      *self,
                                                        const char         *path,
                                                        GError            **error);
InspImportSummary *insp_workspace_plan_import          (InspWorkspace      *self,
                                                        InspImport         *import,
                                                        gboolean            replace,
                                                        GError            **error);
gboolean           insp_workspace_apply_import         (InspWorkspace      *self,
                                                        InspImport         *import,
                                                        gboolean            replace,
                                                        GError            **error);

InspImport        *insp_import_new                     (GBytes             *data,
                                                        const char         *display_name,
                                                        guint               max_errors,
                                                        GError            **error);
void               insp_import_free                    (InspImport         *import);

guint              insp_import_summary_get_n_entities  (InspImportSummary  *summary);
const char        *insp_import_summary_get_entity      (InspImportSummary  *summary,
                                                        guint               index,
                                                        guint              *added,
                                                        guint              *updated,
                                                        guint              *removed);
guint              insp_import_summary_get_total       (InspImportSummary  *summary,
                                                        guint              *added,
                                                        guint              *updated,
                                                        guint              *removed);
char              *insp_import_summary_to_string       (InspImportSummary  *summary);
void               insp_import_summary_free            (InspImportSummary  *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspImport, insp_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspImportSummary, insp_import_summary_free)

G_END_DECLS
