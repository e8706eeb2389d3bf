/* insp-recent-exports.h — the exports made from each workspace, to make the next revision
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small JSON file beside the workspaces remembers, per workspace, the last exports with
 * their settings (template, format, language, application, versions) and where they went,
 * newest first. It holds no personal data beyond file names; it is readable by its owner
 * only and written atomically.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many exports are remembered per workspace. */
#define INSP_RECENT_EXPORTS_MAX 10

typedef struct
{
  char *template_id;
  char *format;           /* a format's identifier, "pdf" */
  char *language;         /* "en" or "nl" */
  char *application;      /* nullable: an application's uuid */
  char *vision_version;   /* nullable: a version's number; NULL: the current text */
  char *since;            /* nullable */
  char *path;             /* the file written */
  char *date;             /* when, ISO 8601 UTC */
} InspRecentExport;

InspRecentExport *insp_recent_export_new   (void);
InspRecentExport *insp_recent_export_copy  (const InspRecentExport  *entry);
void              insp_recent_export_free  (InspRecentExport        *entry);

GPtrArray        *insp_recent_exports_load (const char              *file,
                                            const char              *workspace_path,
                                            GError                 **error);
gboolean          insp_recent_exports_add  (const char              *file,
                                            const char              *workspace_path,
                                            const InspRecentExport  *entry,
                                            GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspRecentExport, insp_recent_export_free)

G_END_DECLS
