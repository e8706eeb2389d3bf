/* insp-practice.h — the casebook: good and bad practices of involvement, their effect on
 * workable work and the lessons learned; searchable, and exchanged as JSON on its own
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

/* A practice of involvement, good or bad. */
typedef struct
{
  char *uuid;          /* NULL for a new practice */
  char *title;
  char *kind;          /* "good", "bad" */
  char *sector;
  char *description;
  char *effect;        /* its effect on workable work */
  char *lessons;
  char *created;       /* set when read: YYYY-MM-DDTHH:MM:SSZ */
  char *modified;
} InspPractice;

/* A practice found by insp_workspace_search_practices (). */
typedef struct
{
  InspPractice *practice;
  char         *snippet_markup;   /* Pango markup, the matched words in bold */
} InspPracticeHit;

/* What a casebook import did. */
typedef struct
{
  guint added;
  guint updated;     /* the file's copy was newer (later "modified") */
  guint unchanged;   /* the workspace's copy was as new or newer: kept */
} InspCasebookCounts;

InspPractice *insp_practice_new                        (void);
InspPractice *insp_practice_copy                       (const InspPractice  *practice);
void          insp_practice_free                       (InspPractice        *practice);
void          insp_practice_hit_free                   (InspPracticeHit     *hit);

GPtrArray    *insp_workspace_list_practices            (InspWorkspace       *self,
                                                        GError             **error);
InspPractice *insp_workspace_get_practice              (InspWorkspace       *self,
                                                        const char          *uuid,
                                                        GError             **error);
gboolean      insp_workspace_save_practice             (InspWorkspace       *self,
                                                        InspPractice        *practice,
                                                        GError             **error);
gboolean      insp_workspace_delete_practice           (InspWorkspace       *self,
                                                        const char          *uuid,
                                                        GError             **error);
GPtrArray    *insp_workspace_search_practices          (InspWorkspace       *self,
                                                        const char          *query,
                                                        guint                max_hits,
                                                        GError             **error);

gboolean      insp_workspace_export_casebook           (InspWorkspace       *self,
                                                        const char * const  *uuids,
                                                        GOutputStream       *out,
                                                        GError             **error);
gboolean      insp_workspace_export_casebook_to_file   (InspWorkspace       *self,
                                                        const char * const  *uuids,
                                                        const char          *path,
                                                        GError             **error);
gboolean      insp_workspace_import_casebook           (InspWorkspace       *self,
                                                        GBytes              *data,
                                                        const char          *display_name,
                                                        guint                max_errors,
                                                        InspCasebookCounts  *counts,
                                                        GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspPractice, insp_practice_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspPracticeHit, insp_practice_hit_free)

G_END_DECLS
