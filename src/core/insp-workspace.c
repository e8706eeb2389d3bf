/* insp-workspace.c — the front door to a workspace, for the app and the CLI
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-workspace.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "insp-core-resources.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-store.h"
#include "insp-workspace-private.h"

struct _InspWorkspace
{
  GObject           parent_instance;

  InspStore        *store;
  InspOrganisation *organisation;
};

G_DEFINE_FINAL_TYPE (InspWorkspace, insp_workspace, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
insp_workspace_dispose (GObject *object)
{
  InspWorkspace *self = INSP_WORKSPACE (object);

  g_clear_object (&self->organisation);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (insp_workspace_parent_class)->dispose (object);
}

static void
insp_workspace_class_init (InspWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = insp_workspace_dispose;

  /**
   * InspWorkspace::changed:
   * @self: the workspace
   *
   * Emitted after a change was committed. The detail names the entity that changed, as
   * in the JSON format ("organisations", "persons", …).
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
insp_workspace_init (InspWorkspace *self)
{
  self->organisation = insp_organisation_new ();
}

static void
emit_changed (InspWorkspace *self,
              const char    *entity)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (entity));
}

/**
 * insp_workspace_get_default_dir:
 * @error: why the folder could not be made
 *
 * Returns: (transfer full) (nullable): the folder that holds the app's workspaces,
 *   `$XDG_DATA_HOME/inspraak/workspaces`, made (0700) when it does not exist yet
 */
char *
insp_workspace_get_default_dir (GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "inspraak", "workspaces",
                                           NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot create the folder (%s)"),
                   dir, g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&dir);
}

/**
 * insp_get_content_language:
 *
 * Returns: "nl" when the user interface is in Dutch, else "en": the language of the
 *   example workspace and of exports by default
 */
const char *
insp_get_content_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nl"))
        return "nl";
      if (g_str_has_prefix (names[i], "en") || strcmp (names[i], "C") == 0)
        return "en";
    }

  return "en";
}

static char *
new_uuid (void)
{
  return g_uuid_string_random ();
}

/* The organisation, the built-in stakeholder groups and the built-in vision sections are in
 * every workspace. Adds the ones that are missing. */
static gboolean
ensure_builtins (InspWorkspace *self,
                 GError       **error)
{
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (self->store, "SELECT count(*) FROM organisations", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_step (stmt);
  if (sqlite3_column_int (stmt, 0) == 0)
    {
      g_autofree char *uuid = new_uuid ();

      sqlite3_reset (stmt);
      stmt = insp_store_prepare (self->store,
                                 "INSERT INTO organisations (uuid, name, created, modified) "
                                 "VALUES (?, '', ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          sqlite3_reset (stmt);
          insp_store_set_error (self->store, error);
          return FALSE;
        }
    }
  sqlite3_reset (stmt);

  for (guint kind = 0; kind < 2; kind++)
    {
      const InspEnum *keys = kind == 0 ? &insp_enum_group_key : &insp_enum_section_key;
      const char *sql = kind == 0
        ? "INSERT INTO groups (uuid, key, builtin, position, created, modified) "
          "VALUES (?, ?, 1, ?, ?, ?) ON CONFLICT (key) DO NOTHING"
        : "INSERT INTO sections (uuid, key, position, created, modified) "
          "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING";

      for (guint i = 0; i < keys->n_values; i++)
        {
          g_autofree char *uuid = new_uuid ();

          stmt = insp_store_prepare (self->store, sql, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, keys->values[i].id, -1, SQLITE_STATIC);
          sqlite3_bind_int (stmt, 3, (int) i);
          sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            {
              sqlite3_reset (stmt);
              insp_store_set_error (self->store, error);
              return FALSE;
            }
          sqlite3_reset (stmt);
        }
    }

  return TRUE;
}

static gboolean
load_organisation (InspWorkspace *self,
                   GError       **error)
{
  g_autoptr(InspOrganisation) loaded = insp_organisation_new ();
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (self->store,
                             "SELECT uuid, name, sector, size_band, country, has_works_council, "
                             "has_prevention_committee, has_union_delegation "
                             "FROM organisations ORDER BY created, uuid LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      insp_organisation_set_uuid (loaded, (const char *) sqlite3_column_text (stmt, 0));
      insp_organisation_set_name (loaded, (const char *) sqlite3_column_text (stmt, 1));
      insp_organisation_set_sector (loaded, (const char *) sqlite3_column_text (stmt, 2));
      insp_organisation_set_size_band (loaded, (const char *) sqlite3_column_text (stmt, 3));
      insp_organisation_set_country (loaded, (const char *) sqlite3_column_text (stmt, 4));
      insp_organisation_set_has_works_council (loaded, sqlite3_column_int (stmt, 5));
      insp_organisation_set_has_prevention_committee (loaded, sqlite3_column_int (stmt, 6));
      insp_organisation_set_has_union_delegation (loaded, sqlite3_column_int (stmt, 7));
    }
  sqlite3_reset (stmt);

  insp_organisation_assign (self->organisation, loaded);
  return TRUE;
}

InspStore *
_insp_workspace_get_store (InspWorkspace *self)
{
  return self->store;
}

void
_insp_workspace_emit_changed (InspWorkspace *self,
                              const char    *entity)
{
  emit_changed (self, entity);
}

char *
_insp_workspace_new_uuid (void)
{
  return new_uuid ();
}

/* Writes an entity in one transaction: a new one (*uuid NULL) gets a uuid, which it loses
 * again when the write fails; on success "changed::ENTITY" is emitted. */
gboolean
_insp_workspace_save (InspWorkspace        *self,
                      char                **uuid,
                      InspTransactionFunc   func,
                      gpointer              data,
                      const char           *entity,
                      GError              **error)
{
  gboolean is_new = *uuid == NULL;

  if (is_new)
    *uuid = new_uuid ();
  if (!_insp_workspace_in_transaction (self, func, data, error))
    {
      if (is_new)
        g_clear_pointer (uuid, g_free);
      return FALSE;
    }

  emit_changed (self, entity);
  return TRUE;
}

/* Runs @func in one transaction: all of it, or nothing. */
gboolean
_insp_workspace_in_transaction (InspWorkspace       *self,
                                InspTransactionFunc  func,
                                gpointer             data,
                                GError             **error)
{
  if (!insp_store_begin (self->store, error))
    return FALSE;

  if (!func (self, data, error) || !insp_store_commit (self->store, error))
    {
      insp_store_rollback (self->store);
      return FALSE;
    }

  return TRUE;
}

static gboolean
seed (InspWorkspace *self,
      gpointer       data,
      GError       **error)
{
  return ensure_builtins (self, error);
}

static gboolean
has_organisation (InspWorkspace *self)
{
  sqlite3_stmt *stmt = insp_store_prepare (self->store, "SELECT count(*) FROM organisations",
                                           NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  found = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0;
  sqlite3_reset (stmt);
  return found;
}

static InspWorkspace *
open_with_flags (const char     *path,
                 InspStoreFlags  flags,
                 GError        **error)
{
  g_autoptr(InspWorkspace) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (INSP_TYPE_WORKSPACE, NULL);
  self->store = insp_store_open (path, flags, error);
  if (self->store == NULL)
    return NULL;

  /* A new file, or one whose creation was interrupted before its rows were made. */
  if ((insp_store_was_created (self->store) || !has_organisation (self))
      && !_insp_workspace_in_transaction (self, seed, NULL, error))
    return NULL;

  if (!load_organisation (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * insp_workspace_open:
 * @path: the workspace file
 * @create: whether to create the file when it does not exist
 * @error: why it cannot be opened: it is missing, not a workspace, damaged, from a newer
 *   version of Inspraak, or in use
 *
 * Opens a workspace, bringing an older one up to date (after a backup next to it).
 *
 * Returns: (transfer full) (nullable): the workspace
 */
InspWorkspace *
insp_workspace_open (const char *path,
                     gboolean    create,
                     GError    **error)
{
  return open_with_flags (path, create ? INSP_STORE_CREATE : INSP_STORE_OPEN_EXISTING, error);
}

/**
 * insp_workspace_open_for_reading:
 * @path: the workspace file
 * @error: as insp_workspace_open ()
 *
 * Opens an existing workspace for a task that only reads it, such as an export: the file is
 * not read through for damage first (a damaged page shows as an error when it is read),
 * unless it must be brought up to date.
 *
 * Returns: (transfer full) (nullable): the workspace
 */
InspWorkspace *
insp_workspace_open_for_reading (const char  *path,
                                 GError     **error)
{
  return open_with_flags (path, INSP_STORE_OPEN_EXISTING | INSP_STORE_READING, error);
}

/* A file name for a workspace about @name in @dir that is not taken yet. */
static char *
free_path_for (const char *dir,
               const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", NULL);
  GString *slug = g_string_new (NULL);
  g_autofree char *base = NULL;

  for (const char *p = ascii; *p != '\0' && slug->len < 48; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "workspace");
  base = g_string_free (slug, FALSE);

  for (guint n = 1; ; n++)
    {
      g_autofree char *file = n == 1
        ? g_strconcat (base, INSP_WORKSPACE_SUFFIX, NULL)
        : g_strdup_printf ("%s-%u%s", base, n, INSP_WORKSPACE_SUFFIX);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

/**
 * insp_workspace_create_new:
 * @dir: the folder of workspaces
 * @organisation_name: the organisation the new workspace is about
 * @error: why it could not be created
 *
 * Creates a workspace in @dir with a file name made from @organisation_name.
 *
 * Returns: (transfer full) (nullable): the new workspace's path
 */
char *
insp_workspace_create_new (const char  *dir,
                           const char  *organisation_name,
                           GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(InspOrganisation) organisation = NULL;

  g_return_val_if_fail (dir != NULL, NULL);

  path = free_path_for (dir, organisation_name);
  workspace = insp_workspace_open (path, TRUE, error);
  if (workspace == NULL)
    return NULL;

  organisation = insp_organisation_copy (workspace->organisation);
  insp_organisation_set_name (organisation, organisation_name);
  if (!insp_workspace_update_organisation (workspace, organisation, error))
    {
      g_clear_object (&workspace);
      g_unlink (path);
      return NULL;
    }

  return g_steal_pointer (&path);
}

/**
 * insp_workspace_copy_in:
 * @src_path: a workspace file anywhere, such as one a colleague sent
 * @dir: the folder of workspaces
 * @error: why it cannot be taken in
 *
 * Checks @src_path and copies it into @dir, bringing the copy up to date. The original is
 * only read, never changed.
 *
 * Returns: (transfer full) (nullable): the copy's path
 */
char *
insp_workspace_copy_in (const char  *src_path,
                        const char  *dir,
                        GError     **error)
{
  g_autofree char *base = NULL;
  g_autofree char *dest = NULL;
  g_autoptr(InspWorkspace) copy = NULL;

  g_return_val_if_fail (src_path != NULL, NULL);
  g_return_val_if_fail (dir != NULL, NULL);

  base = g_path_get_basename (src_path);
  if (g_str_has_suffix (base, INSP_WORKSPACE_SUFFIX))
    base[strlen (base) - strlen (INSP_WORKSPACE_SUFFIX)] = '\0';
  dest = free_path_for (dir, base);

  if (!insp_store_copy_in (src_path, dest, error))
    return NULL;

  copy = insp_workspace_open (dest, FALSE, error);
  if (copy == NULL)
    {
      g_unlink (dest);
      return NULL;
    }

  return g_steal_pointer (&dest);
}

const char *
insp_workspace_get_path (InspWorkspace *self)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  return insp_store_get_path (self->store);
}

/**
 * insp_workspace_is_empty:
 * @self: a workspace
 *
 * Returns: whether the workspace holds nothing but what every new workspace has: an
 *   unnamed organisation, the built-in groups and the empty built-in vision sections
 */
gboolean
insp_workspace_is_empty (InspWorkspace *self)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  const char * const *tables = _insp_interchange_get_tables ();
  sqlite3_stmt *stmt;
  gboolean empty;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      if (strcmp (tables[i], "organisations") == 0)
        g_string_append (sql, "(SELECT count(*) FROM organisations WHERE name != '' "
                              "OR sector IS NOT NULL OR size_band IS NOT NULL "
                              "OR country IS NOT NULL) + ");
      else if (strcmp (tables[i], "groups") == 0)
        g_string_append (sql, "(SELECT count(*) FROM groups WHERE builtin = 0 "
                              "OR name IS NOT NULL OR perspective IS NOT NULL) + ");
      else if (strcmp (tables[i], "sections") == 0)
        g_string_append (sql, "(SELECT count(*) FROM sections WHERE key IS NULL "
                              "OR title IS NOT NULL OR text != '') + ");
      else
        g_string_append_printf (sql, "(SELECT count(*) FROM %s) + ", tables[i]);
    }
  g_string_append (sql, "0");

  stmt = insp_store_prepare (self->store, sql->str, NULL);
  if (stmt == NULL)
    return FALSE;
  empty = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == 0;
  sqlite3_reset (stmt);

  return empty;
}

/**
 * insp_workspace_get_organisation:
 * @self: a workspace
 *
 * Returns: (transfer none): the organisation; it stays current as the workspace changes
 */
InspOrganisation *
insp_workspace_get_organisation (InspWorkspace *self)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  return self->organisation;
}

static gboolean
update_organisation (InspWorkspace *self,
                     gpointer       data,
                     GError       **error)
{
  InspOrganisation *changes = data;
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;
  const char *size_band = insp_organisation_get_size_band (changes);
  const char *country = insp_organisation_get_country (changes);

  if (size_band != NULL && !insp_enum_contains (&insp_enum_size_band, size_band))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA, _("Unknown size band “%s”"),
                   size_band);
      return FALSE;
    }
  if (country != NULL && !insp_enum_contains (&insp_enum_country, country))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA, _("Unknown country “%s”"),
                   country);
      return FALSE;
    }

  stmt = insp_store_prepare (self->store,
                             "UPDATE organisations SET name = ?, sector = ?, size_band = ?, "
                             "country = ?, has_works_council = ?, has_prevention_committee = ?, "
                             "has_union_delegation = ?, modified = ? WHERE uuid = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, insp_organisation_get_name (changes) ?: "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, insp_organisation_get_sector (changes), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, size_band, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, country, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, insp_organisation_get_has_works_council (changes));
  sqlite3_bind_int (stmt, 6, insp_organisation_get_has_prevention_committee (changes));
  sqlite3_bind_int (stmt, 7, insp_organisation_get_has_union_delegation (changes));
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, insp_organisation_get_uuid (self->organisation), -1,
                     SQLITE_TRANSIENT);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      insp_store_set_error (self->store, error);
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (sqlite3_changes (insp_store_get_db (self->store)) != 1)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_CORRUPT,
                   _("%s: the workspace has no organisation to update"),
                   insp_workspace_get_path (self));
      return FALSE;
    }

  return TRUE;
}

/**
 * insp_workspace_update_organisation:
 * @self: a workspace
 * @changes: the organisation as it should be (a copy of insp_workspace_get_organisation ()
 *   that was edited)
 * @error: why it could not be saved
 *
 * Saves the organisation's details in one transaction.
 *
 * Returns: whether it was saved
 */
gboolean
insp_workspace_update_organisation (InspWorkspace     *self,
                                    InspOrganisation  *changes,
                                    GError           **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (INSP_IS_ORGANISATION (changes), FALSE);

  if (!_insp_workspace_in_transaction (self, update_organisation, changes, error))
    return FALSE;

  load_organisation (self, NULL);
  emit_changed (self, "organisations");
  return TRUE;
}

typedef struct
{
  InspImport *import;
  gboolean    replace;
} ApplyData;

static gboolean
apply_import (InspWorkspace *self,
              gpointer       data,
              GError       **error)
{
  ApplyData *apply = data;

  return _insp_interchange_apply (self->store, apply->import, apply->replace, error)
         && ensure_builtins (self, error);
}

static void
emit_changed_all (InspWorkspace *self)
{
  const char * const *tables = _insp_interchange_get_tables ();

  load_organisation (self, NULL);
  for (guint i = 0; tables[i] != NULL; i++)
    emit_changed (self, tables[i]);
}

/**
 * insp_workspace_init_example:
 * @self: an empty workspace
 * @lang: "en" or "nl"
 * @error: why the example could not be made
 *
 * Fills an empty workspace with the example of a logistics company that introduces an AI
 * rostering planner, in @lang.
 *
 * Returns: whether the example was made
 */
gboolean
insp_workspace_init_example (InspWorkspace  *self,
                             const char     *lang,
                             GError        **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(InspImport) import = NULL;
  ApplyData apply;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!insp_workspace_is_empty (self))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_EXISTS,
                   _("%s: the workspace already has content; the example needs an empty one"),
                   insp_workspace_get_path (self));
      return FALSE;
    }

  path = g_strdup_printf (RESOURCE_PREFIX "/core/example/example-%s.json",
                          g_strcmp0 (lang, "nl") == 0 ? "nl" : "en");
  bytes = g_resource_lookup_data (insp_core_get_resource (), path, 0, error);
  if (bytes == NULL)
    return FALSE;

  import = insp_import_new (bytes, path, 1, error);
  if (import == NULL)
    return FALSE;

  apply.import = import;
  apply.replace = TRUE;
  if (!_insp_workspace_in_transaction (self, apply_import, &apply, error))
    return FALSE;

  emit_changed_all (self);
  return TRUE;
}

/**
 * insp_workspace_check:
 * @self: a workspace
 * @error: the first problem found when the workspace is damaged
 *
 * Runs SQLite's integrity and foreign-key checks.
 *
 * Returns: whether the workspace is intact
 */
gboolean
insp_workspace_check (InspWorkspace  *self,
                      GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  return insp_store_check (self->store, error);
}

/**
 * insp_workspace_save_copy:
 * @self: a workspace
 * @dest_path: where to write the copy
 * @error: why it could not be written
 *
 * Writes a consistent copy of the workspace (0600), atomically.
 *
 * Returns: whether the copy was written
 */
gboolean
insp_workspace_save_copy (InspWorkspace  *self,
                          const char     *dest_path,
                          GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  return insp_store_save_copy (self->store, dest_path, error);
}

/**
 * insp_workspace_export_json:
 * @self: a workspace
 * @out: where to write
 * @cancellable: (nullable): a cancellable
 * @error: why it could not be written
 *
 * Writes the whole workspace in the interchange format, canonically: the same workspace
 * always gives the same bytes.
 *
 * Returns: whether it was written
 */
gboolean
insp_workspace_export_json (InspWorkspace  *self,
                            GOutputStream  *out,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  return _insp_interchange_export (self->store, out, cancellable, error);
}

static gboolean
write_json (GOutputStream  *out,
            gpointer        data,
            GError        **error)
{
  return insp_workspace_export_json (data, out, NULL, error);
}

/**
 * _insp_write_private_file:
 * @path: the file to write
 * @writer: writes the content to a stream
 * @data: @writer's data
 * @error: why the file could not be written
 *
 * Writes a file readable by its owner only, atomically: on failure, no file (or the old one,
 * untouched) is left, and the error says why.
 *
 * Returns: whether it was written
 */
gboolean
_insp_write_private_file (const char        *path,
                          InspStreamWriter   writer,
                          gpointer           data,
                          GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) local_error = NULL;

  out = g_file_replace (file, NULL, FALSE,
                        G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                        NULL, &local_error);
  if (out == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_EXISTS, _("%s: cannot create the file (%s)"),
                   path, local_error->message);
      return FALSE;
    }

  if (!writer (G_OUTPUT_STREAM (out), data, &local_error))
    {
      g_autoptr(GCancellable) discard = g_cancellable_new ();

      /* Closing with a cancelled cancellable throws the temporary file away. */
      g_cancellable_cancel (discard);
      g_output_stream_close (G_OUTPUT_STREAM (out), discard, NULL);
      if (local_error->domain == INSP_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot write the file (%s)"),
                     path, local_error->message);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &local_error))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot write the file (%s)"),
                   path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * insp_workspace_export_json_to_file:
 * @self: a workspace
 * @path: the JSON file to write
 * @error: why it could not be written
 *
 * Like insp_workspace_export_json (), to a file that is readable by its owner only and
 * written atomically: on failure, no file (or the old one) is left.
 *
 * Returns: whether it was written
 */
gboolean
insp_workspace_export_json_to_file (InspWorkspace  *self,
                                    const char     *path,
                                    GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return _insp_write_private_file (path, write_json, self, error);
}

/* Importing into an empty workspace takes the file as it is, built-in rows included, so that
 * an export imported into a new workspace exports the same bytes again. */
static gboolean
effective_replace (InspWorkspace *self,
                   gboolean       replace)
{
  return replace || insp_workspace_is_empty (self);
}

/**
 * insp_workspace_plan_import:
 * @self: a workspace
 * @import: a document from insp_import_new ()
 * @replace: whether the workspace is emptied first
 * @error: the references that do not resolve, or values that clash with the workspace,
 *   with their JSON paths
 *
 * Works out what importing @import would change, without changing anything.
 *
 * Returns: (transfer full) (nullable): what would be added, updated and removed
 */
InspImportSummary *
insp_workspace_plan_import (InspWorkspace  *self,
                            InspImport     *import,
                            gboolean        replace,
                            GError        **error)
{
  InspImportSummary *summary;
  gboolean adopt;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (import != NULL, NULL);

  adopt = !replace && insp_workspace_is_empty (self);
  summary = _insp_interchange_plan (self->store, import, effective_replace (self, replace),
                                    error);

  /* An empty workspace's built-in rows are not worth mentioning as removed. */
  if (summary != NULL && adopt)
    {
      for (guint e = 0; e < insp_import_summary_get_n_entities (summary); e++)
        _insp_import_summary_clear_removed (summary, e);
    }

  return summary;
}

/**
 * insp_workspace_apply_import:
 * @self: a workspace
 * @import: a document from insp_import_new ()
 * @replace: whether the workspace is emptied first
 * @error: why it was not imported
 *
 * Imports @import in one transaction: rows are matched by UUID (the organisation, and
 * built-in groups and sections by their key) and updated, the others added. On any error
 * the workspace is exactly as it was.
 *
 * Returns: whether it was imported
 */
gboolean
insp_workspace_apply_import (InspWorkspace  *self,
                             InspImport     *import,
                             gboolean        replace,
                             GError        **error)
{
  ApplyData apply;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  apply.import = import;
  apply.replace = effective_replace (self, replace);
  if (!_insp_workspace_in_transaction (self, apply_import, &apply, error))
    return FALSE;

  emit_changed_all (self);
  return TRUE;
}
