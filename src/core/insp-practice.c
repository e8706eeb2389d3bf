/* insp-practice.c — the casebook: good and bad practices of involvement, their effect on
 * workable work and the lessons learned; searchable, and exchanged as JSON on its own
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Knowledge centres collect practice across organisations (recommendation 11): the casebook
 * is exported and imported on its own, in the format "inspraak-casebook", checked as
 * strictly as a workspace file (insp-interchange.c does both). The search works like the
 * vision's: an FTS5 index with diacritics folded, brought up to date before each search.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-practice.h"

#include <glib/gi18n-lib.h>

#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-section-private.h"
#include "insp-validate-private.h"
#include "insp-workspace-private.h"

#define PRACTICE_COLUMNS \
  "uuid, title, kind, sector, description, effect, lessons, created, modified"

/**
 * insp_practice_new:
 *
 * Returns: (transfer full): a new good practice, without a title yet
 */
InspPractice *
insp_practice_new (void)
{
  InspPractice *practice = g_new0 (InspPractice, 1);

  practice->kind = g_strdup ("good");
  return practice;
}

/**
 * insp_practice_copy:
 * @practice: a practice
 *
 * Returns: (transfer full): a copy of @practice
 */
InspPractice *
insp_practice_copy (const InspPractice *practice)
{
  InspPractice *copy = g_new0 (InspPractice, 1);

  copy->uuid = g_strdup (practice->uuid);
  copy->title = g_strdup (practice->title);
  copy->kind = g_strdup (practice->kind);
  copy->sector = g_strdup (practice->sector);
  copy->description = g_strdup (practice->description);
  copy->effect = g_strdup (practice->effect);
  copy->lessons = g_strdup (practice->lessons);
  copy->created = g_strdup (practice->created);
  copy->modified = g_strdup (practice->modified);
  return copy;
}

void
insp_practice_free (InspPractice *practice)
{
  if (practice == NULL)
    return;
  g_free (practice->uuid);
  g_free (practice->title);
  g_free (practice->kind);
  g_free (practice->sector);
  g_free (practice->description);
  g_free (practice->effect);
  g_free (practice->lessons);
  g_free (practice->created);
  g_free (practice->modified);
  g_free (practice);
}

void
insp_practice_hit_free (InspPracticeHit *hit)
{
  if (hit == NULL)
    return;
  insp_practice_free (hit->practice);
  g_free (hit->snippet_markup);
  g_free (hit);
}

static const char *
or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/* The practice of the row, from the columns PRACTICE_COLUMNS from @first on. */
static InspPractice *
practice_from_row (sqlite3_stmt *stmt,
                   int           first)
{
  InspPractice *practice = g_new0 (InspPractice, 1);

  practice->uuid = insp_store_column_dup (stmt, first);
  practice->title = insp_store_column_dup (stmt, first + 1);
  practice->kind = insp_store_column_dup (stmt, first + 2);
  practice->sector = insp_store_column_dup (stmt, first + 3);
  practice->description = insp_store_column_dup (stmt, first + 4);
  practice->effect = insp_store_column_dup (stmt, first + 5);
  practice->lessons = insp_store_column_dup (stmt, first + 6);
  practice->created = insp_store_column_dup (stmt, first + 7);
  practice->modified = insp_store_column_dup (stmt, first + 8);
  return practice;
}

/**
 * insp_workspace_list_practices:
 * @self: a workspace
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspPractice) (nullable): the casebook, by
 *   title
 */
GPtrArray *
insp_workspace_list_practices (InspWorkspace  *self,
                               GError        **error)
{
  InspStore *store;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              insp_practice_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store, "SELECT " PRACTICE_COLUMNS " FROM practices "
                             "ORDER BY lower (title), uuid", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, practice_from_row (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * insp_workspace_get_practice:
 * @self: a workspace
 * @uuid: a practice
 * @error: why it could not be read, or that there is none with @uuid
 *
 * Returns: (transfer full) (nullable): the practice
 */
InspPractice *
insp_workspace_get_practice (InspWorkspace  *self,
                             const char     *uuid,
                             GError        **error)
{
  InspStore *store;
  InspPractice *practice = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store, "SELECT " PRACTICE_COLUMNS " FROM practices "
                             "WHERE uuid = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    practice = practice_from_row (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND, _("No practice has the uuid %s"),
                 uuid != NULL ? uuid : "");
  else if (rc != SQLITE_ROW)
    insp_store_set_error (store, error);
  return practice;
}

typedef struct
{
  InspPractice *practice;
  const char   *title;
} PracticeChange;

static gboolean
write_practice (InspWorkspace  *self,
                gpointer        data,
                GError        **error)
{
  PracticeChange *change = data;
  InspPractice *practice = change->practice;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  const char *values[] = {
    practice->uuid, change->title, practice->kind, or_null (practice->sector),
    or_null (practice->description), or_null (practice->effect),
    or_null (practice->lessons), now,
  };
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO practices (uuid, title, kind, sector, description, "
                             "effect, lessons, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, "
                             "?6, ?7, ?8, ?8) ON CONFLICT (uuid) DO UPDATE SET title = ?2, "
                             "kind = ?3, sector = ?4, description = ?5, effect = ?6, "
                             "lessons = ?7, modified = ?8", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    sqlite3_bind_text (stmt, (int) i + 1, values[i], -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  g_free (practice->modified);
  practice->modified = g_strdup (now);
  if (practice->created == NULL)
    practice->created = g_strdup (now);
  return TRUE;
}

/**
 * insp_workspace_save_practice:
 * @self: a workspace
 * @practice: a new practice, or one read from @self and changed
 * @error: what is wrong with it
 *
 * Returns: whether it was saved; a new one gets its uuid
 */
gboolean
insp_workspace_save_practice (InspWorkspace  *self,
                              InspPractice   *practice,
                              GError        **error)
{
  g_autofree char *title = NULL;
  PracticeChange change = { practice, NULL };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (practice != NULL, FALSE);

  if (!insp_check_name (practice->title, _("A practice"), error))
    return FALSE;
  title = g_strstrip (g_strdup (practice->title));
  if (!insp_enum_contains (&insp_enum_practice_kind, practice->kind))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: “%s” is not a kind of practice; use good or bad"), title,
                   practice->kind != NULL ? practice->kind : "");
      return FALSE;
    }

  change.title = title;
  return _insp_workspace_save (self, &practice->uuid, write_practice, &change, "practices",
                               error);
}

static gboolean
delete_practice (InspWorkspace  *self,
                 gpointer        data,
                 GError        **error)
{
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM practices WHERE uuid = ?", data, NULL, error);
}

/**
 * insp_workspace_delete_practice:
 * @self: a workspace
 * @uuid: a practice
 * @error: why it could not be deleted
 *
 * Returns: whether it is gone (saving the practice again, uuid and all, puts it back)
 */
gboolean
insp_workspace_delete_practice (InspWorkspace  *self,
                                const char     *uuid,
                                GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, delete_practice, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "practices");
  return TRUE;
}

/* Brings the search index up to date with the practices written since the last search. */
static gboolean
refresh_index (InspWorkspace  *self,
               gpointer        data,
               GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  static const char *statements[] = {
    "DELETE FROM practice_search WHERE practice IN (SELECT practice FROM practice_search_stale)",
    ("INSERT INTO practice_search (practice, title, sector, description, effect, lessons) "
     "SELECT uuid, title, sector, description, effect, lessons FROM practices "
     "WHERE uuid IN (SELECT practice FROM practice_search_stale)"),
    "DELETE FROM practice_search_stale",
  };

  for (guint j = 0; j < G_N_ELEMENTS (statements); j++)
    {
      if (!insp_store_exec (store, statements[j], error))
        return FALSE;
    }
  return TRUE;
}

/**
 * insp_workspace_search_practices:
 * @self: a workspace
 * @query: words to find, as typed (never read as search syntax)
 * @max_hits: the most results to return
 * @error: why the search failed
 *
 * Finds the practices whose title, sector, description, effect and lessons together contain
 * all the words of @query (each also as the start of a longer word), case and diacritics
 * folded: "werkbare" finds "Wérkbare". Best matches first.
 *
 * Returns: (transfer container) (element-type InspPracticeHit) (nullable): the results
 */
GPtrArray *
insp_workspace_search_practices (InspWorkspace  *self,
                                 const char     *query,
                                 guint           max_hits,
                                 GError        **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              insp_practice_hit_free);
  g_autofree char *match = NULL;
  InspStore *store;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  if (query == NULL || !g_utf8_validate (query, -1, NULL)
      || (match = _insp_search_make_match (query)) == NULL)
    return g_steal_pointer (&hits);

  if (!_insp_workspace_in_transaction (self, refresh_index, NULL, error))
    return NULL;

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store,
                             "SELECT p.uuid, p.title, p.kind, p.sector, p.description, "
                             "p.effect, p.lessons, p.created, p.modified, "
                             "snippet (practice_search, -1, char (1), char (2), '…', 16) "
                             "FROM practice_search JOIN practices AS p ON p.uuid = practice "
                             "WHERE practice_search MATCH ? ORDER BY rank, lower (p.title) "
                             "LIMIT ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) MIN (max_hits, G_MAXINT));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspPracticeHit *hit = g_new0 (InspPracticeHit, 1);

      hit->practice = practice_from_row (stmt, 0);
      hit->snippet_markup = _insp_search_snippet_to_markup ((const char *)
                                                            sqlite3_column_text (stmt, 9));
      g_ptr_array_add (hits, hit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&hits);
}

/* The uuids asked for exist, or an error naming the first that does not. */
static gboolean
check_practices_exist (InspWorkspace       *self,
                       const char * const  *uuids,
                       GError             **error)
{
  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      g_autoptr(InspPractice) practice = insp_workspace_get_practice (self, uuids[i], error);

      if (practice == NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * insp_workspace_export_casebook:
 * @self: a workspace
 * @uuids: (nullable) (array zero-terminated=1): the practices to export; %NULL for all
 * @out: where to write
 * @error: why it could not be written, or which practice does not exist
 *
 * Writes the practices as a casebook: `{"format": "inspraak-casebook", "version": 1,
 * "practices": […]}`, each practice as in the workspace format.
 *
 * Returns: whether it was written
 */
gboolean
insp_workspace_export_casebook (InspWorkspace       *self,
                                const char * const  *uuids,
                                GOutputStream       *out,
                                GError             **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  return check_practices_exist (self, uuids, error)
         && _insp_casebook_export (_insp_workspace_get_store (self), uuids, out, error);
}

typedef struct
{
  InspStore           *store;
  const char * const  *uuids;
} CasebookExport;

static gboolean
write_casebook (GOutputStream  *out,
                gpointer        data,
                GError        **error)
{
  CasebookExport *export = data;

  return _insp_casebook_export (export->store, export->uuids, out, error);
}

/**
 * insp_workspace_export_casebook_to_file:
 * @self: a workspace
 * @uuids: (nullable) (array zero-terminated=1): the practices to export; %NULL for all
 * @path: the JSON file to write
 * @error: why it could not be written
 *
 * Like insp_workspace_export_casebook (), to a file that is readable by its owner only and
 * written atomically: on failure, no file (or the old one) is left.
 *
 * Returns: whether it was written
 */
gboolean
insp_workspace_export_casebook_to_file (InspWorkspace       *self,
                                        const char * const  *uuids,
                                        const char          *path,
                                        GError             **error)
{
  CasebookExport export = { NULL, uuids };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_practices_exist (self, uuids, error))
    return FALSE;

  export.store = _insp_workspace_get_store (self);
  return _insp_write_private_file (path, write_casebook, &export, error);
}

typedef struct
{
  InspImport         *import;
  InspCasebookCounts *counts;
} CasebookImport;

static gboolean
apply_casebook (InspWorkspace  *self,
                gpointer        data,
                GError        **error)
{
  CasebookImport *apply = data;

  return _insp_casebook_apply (_insp_workspace_get_store (self), apply->import,
                               &apply->counts->added, &apply->counts->updated,
                               &apply->counts->unchanged, error);
}

/**
 * insp_workspace_import_casebook:
 * @self: a workspace
 * @data: an inspraak-casebook document
 * @display_name: the file's name in messages, such as "casebook.json"
 * @max_errors: how many problems to report at most (1: the first only)
 * @counts: (out) (optional): how many practices were added, updated and left unchanged
 * @error: the problems found, one per line, as "casebook.json: $.practices[3].kind: …"
 *
 * Imports a casebook with the checks of a workspace import: strict JSON, the format and
 * version, unknown fields, types, values and duplicate uuids. All or nothing: on any problem
 * the workspace is left as it was. A practice the workspace has already (same uuid) is
 * replaced only when the file's "modified" is later than the workspace's; otherwise the
 * workspace's copy is kept and counted as unchanged.
 *
 * Returns: whether the casebook was imported
 */
gboolean
insp_workspace_import_casebook (InspWorkspace       *self,
                                GBytes              *data,
                                const char          *display_name,
                                guint                max_errors,
                                InspCasebookCounts  *counts,
                                GError             **error)
{
  g_autoptr(InspImport) import = NULL;
  InspCasebookCounts local_counts = { 0, 0, 0 };
  CasebookImport apply;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  import = _insp_casebook_parse (data, display_name, max_errors, error);
  if (import == NULL)
    return FALSE;

  apply.import = import;
  apply.counts = &local_counts;
  if (!_insp_workspace_in_transaction (self, apply_casebook, &apply, error))
    return FALSE;

  if (counts != NULL)
    *counts = local_counts;
  if (local_counts.added + local_counts.updated > 0)
    _insp_workspace_emit_changed (self, "practices");
  return TRUE;
}
