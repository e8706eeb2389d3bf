/* insp-store.c — one SQLite file holding one workspace: open, migrate, transact, copy
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-store.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "insp-core-resources.h"
#include "insp-error.h"

/* The migrations, in order: migration N brings a workspace to version N. Never edit one
 * that was released; add the next. */
static const char *migrations[] = {
  RESOURCE_PREFIX "/core/schema/001-initial.sql",
  RESOURCE_PREFIX "/core/schema/002-section-search.sql",
  RESOURCE_PREFIX "/core/schema/003-review-history.sql",
  RESOURCE_PREFIX "/core/schema/004-project-budget.sql",
  RESOURCE_PREFIX "/core/schema/005-practice-search.sql",
};

struct _InspStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL -> sqlite3_stmt */
  gboolean    created;
  gboolean    quick_checked;  /* the file passed SQLite's quick check as it was opened */
};

G_DEFINE_FINAL_TYPE (InspStore, insp_store, G_TYPE_OBJECT)

static void
insp_store_finalize (GObject *object)
{
  InspStore *self = INSP_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (insp_store_parent_class)->finalize (object);
}

static void
insp_store_class_init (InspStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_store_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
insp_store_init (InspStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

int
insp_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static void
set_sqlite_error (const char *path,
                  sqlite3    *db,
                  int         rc,
                  GError    **error)
{
  const char *message = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, INSP_ERROR, INSP_ERROR_BUSY,
                   _("%s: the workspace is in use by another program; try again later"), path);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, INSP_ERROR, INSP_ERROR_CORRUPT,
                   _("%s: the workspace is damaged (%s)"), path, message);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_WORKSPACE,
                   _("%s: not an Inspraak workspace (%s)"), path, message);
      break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, INSP_ERROR, INSP_ERROR_IO,
                   _("%s: could not read or write the workspace (%s)"), path, message);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA, "%s: %s", path, message);
      break;
    default:
      g_set_error (error, INSP_ERROR, INSP_ERROR_FAILED, "%s: %s", path, message);
      break;
    }
}

/**
 * insp_store_set_error:
 * @self: a store
 * @error: where to put the error
 *
 * Turns the store's last SQLite error into a #GError that names the file.
 */
void
insp_store_set_error (InspStore  *self,
                      GError    **error)
{
  set_sqlite_error (self->path, self->db, sqlite3_extended_errcode (self->db), error);
}

/**
 * insp_store_open_read_only:
 * @path: a database file
 * @db: (out): the connection, to close with sqlite3_close_v2 () whatever the result
 *
 * Opens @path for reading without changing anything next to it: a workspace that was
 * closed cleanly has no -wal file, and is then opened as immutable, so that SQLite creates
 * no -wal or -shm file beside it.
 *
 * Returns: SQLite's result code
 */
int
insp_store_open_read_only (const char  *path,
                           sqlite3    **db)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *uri = NULL;

  uri = g_strdup_printf ("file:%s?mode=ro%s", escaped,
                         g_file_test (wal, G_FILE_TEST_EXISTS) ? "" : "&immutable=1");
  return sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
}

/* What a file must be before Inspraak opens it for writing: an SQLite file that is an
 * Inspraak workspace of a version this program knows, intact. Reads only. */
static gboolean
inspect_file (const char *path,
              gboolean    thorough,
              gboolean   *empty_out,
              gboolean   *checked_out,
              GError    **error)
{
  static const char header[16] = "SQLite format 3";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char head[100];
  gssize got;
  int fd;
  int rc;
  int application_id = 0;
  int version = 0;
  g_autofree char *check = NULL;

  *checked_out = FALSE;
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND, _("%s: cannot open (%s)"), path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  got = read (fd, head, sizeof head);
  close (fd);

  if (got == 0)
    {
      *empty_out = TRUE;
      return TRUE;
    }
  *empty_out = FALSE;
  if (got < (gssize) sizeof head || memcmp (head, header, sizeof header) != 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_WORKSPACE,
                   _("%s: not an Inspraak workspace (not a database file)"), path);
      return FALSE;
    }

  rc = insp_store_open_read_only (path, &db);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT (SELECT application_id FROM pragma_application_id),"
                                 " (SELECT user_version FROM pragma_user_version)",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      application_id = sqlite3_column_int (stmt, 0);
      version = sqlite3_column_int (stmt, 1);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED
          || (rc & 0xff) == SQLITE_CORRUPT)
        set_sqlite_error (path, db, rc, error);
      else
        g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_WORKSPACE,
                     _("%s: not an Inspraak workspace (%s)"), path, sqlite3_errstr (rc));
      sqlite3_close_v2 (db);
      return FALSE;
    }

  if (application_id != INSP_STORE_APPLICATION_ID)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_WORKSPACE,
                   _("%s: not an Inspraak workspace (a database of another program)"), path);
      sqlite3_close_v2 (db);
      return FALSE;
    }

  if (version > insp_store_get_latest_version ())
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NEWER_VERSION,
                   _("%s: made by a newer version of Inspraak (workspace version %d; this "
                     "version reads up to %d)"),
                   path, version, insp_store_get_latest_version ());
      sqlite3_close_v2 (db);
      return FALSE;
    }

  /* Read through only before anything may be written (or migrated). */
  *checked_out = thorough || version < insp_store_get_latest_version ();
  if (!*checked_out)
    {
      sqlite3_close_v2 (db);
      return TRUE;
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    check = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    check = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_CORRUPT, _("%s: the workspace is damaged (%s)"),
                   path, check);
      return FALSE;
    }

  return TRUE;
}

/**
 * insp_store_validate_file:
 * @path: a file
 * @error: why it is not a workspace this version can open
 *
 * Checks, reading only, that @path is an intact Inspraak workspace of a version this
 * program reads.
 *
 * Returns: whether it is
 */
gboolean
insp_store_validate_file (const char  *path,
                          GError     **error)
{
  gboolean empty, checked;

  if (!inspect_file (path, TRUE, &empty, &checked, error))
    return FALSE;
  if (empty)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_WORKSPACE,
                   _("%s: not an Inspraak workspace (the file is empty)"), path);
      return FALSE;
    }
  return TRUE;
}

gboolean
insp_store_exec (InspStore   *self,
                 const char  *sql,
                 GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      insp_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * insp_store_run:
 * @self: a store
 * @stmt: (transfer none): a prepared statement with its parameters bound
 * @error: why it failed
 *
 * Runs a statement that returns no rows (INSERT, UPDATE, DELETE) and resets it.
 *
 * Returns: whether it succeeded
 */
gboolean
insp_store_run (InspStore     *self,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      insp_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
replace_rows (InspStore           *self,
              const char          *table,
              const char          *owner_column,
              const char          *owner,
              const char          *value_column,
              const char * const  *values,
              const char          *target_table,
              GError             **error)
{
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?", table,
                                                 owner_column);
  g_autofree char *insert_sql = NULL;
  sqlite3_stmt *stmt = insp_store_prepare (self, delete_sql, error);

  if (target_table == NULL)
    insert_sql = g_strdup_printf ("INSERT OR IGNORE INTO %s (%s, %s) VALUES (?, ?)", table,
                                  owner_column, value_column);
  else
    insert_sql = g_strdup_printf ("INSERT OR IGNORE INTO %s (%s, %s) SELECT ?, uuid FROM %s "
                                  "WHERE uuid = ?", table, owner_column, value_column,
                                  target_table);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (self, stmt, error))
    return FALSE;

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      stmt = insp_store_prepare (self, insert_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, values[i], -1, SQLITE_TRANSIENT);
      if (!insp_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * insp_store_replace_values:
 * @self: a store
 * @table: a table of (owner, value) rows, such as "application_triggers"
 * @owner_column: its owner column
 * @owner: the owner's uuid
 * @value_column: its value column
 * @values: (array zero-terminated=1) (nullable): the values the owner has from now on
 * @error: why they could not be written
 *
 * Replaces the set of values of one owner (an application's triggers, a person's roles).
 * The table and column names are the caller's constants, never user input.
 *
 * Returns: whether the values are written
 */
gboolean
insp_store_replace_values (InspStore           *self,
                           const char          *table,
                           const char          *owner_column,
                           const char          *owner,
                           const char          *value_column,
                           const char * const  *values,
                           GError             **error)
{
  return replace_rows (self, table, owner_column, owner, value_column, values, NULL, error);
}

/**
 * insp_store_replace_links:
 * @self: a store
 * @table: a table of (owner, uuid) rows, such as "activity_groups"
 * @owner_column: its owner column
 * @owner: the owner's uuid
 * @value_column: the column of the uuids linked to
 * @uuids: (array zero-terminated=1) (nullable): what the owner is linked to from now on
 * @target_table: the table of the rows linked to, such as "groups"
 * @error: why the links could not be written
 *
 * As insp_store_replace_values (), for links to rows of @target_table: a uuid that is not
 * there (any more) is left out.
 *
 * Returns: whether the links are written
 */
gboolean
insp_store_replace_links (InspStore           *self,
                          const char          *table,
                          const char          *owner_column,
                          const char          *owner,
                          const char          *value_column,
                          const char * const  *uuids,
                          const char          *target_table,
                          GError             **error)
{
  return replace_rows (self, table, owner_column, owner, value_column, uuids, target_table,
                       error);
}

/**
 * insp_store_column_dup:
 * @stmt: a statement on a row
 * @column: a column
 *
 * Returns: (transfer full) (nullable): the column's text, %NULL for NULL
 */
char *
insp_store_column_dup (sqlite3_stmt *stmt,
                       int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/**
 * insp_store_delete_row:
 * @self: a store
 * @sql: a DELETE statement with one parameter, the uuid
 * @uuid: the row's uuid
 * @gone: (nullable): the error message when there was no such row; %NULL: not an error
 * @error: why it could not be deleted
 *
 * Returns: whether the row is gone
 */
gboolean
insp_store_delete_row (InspStore   *self,
                       const char  *sql,
                       const char  *uuid,
                       const char  *gone,
                       GError     **error)
{
  sqlite3_stmt *stmt = insp_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (self, stmt, error))
    return FALSE;
  if (gone != NULL && sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, INSP_ERROR, INSP_ERROR_NOT_FOUND, gone);
      return FALSE;
    }
  return TRUE;
}

/* Copies the database @from into the file @dest_path (which must not exist), 0600. */
static gboolean
backup_to (const char *display_path,
           sqlite3    *from,
           const char *dest_path,
           GError    **error)
{
  sqlite3 *to = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  fd = g_open (dest_path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, INSP_ERROR, saved_errno == EEXIST ? INSP_ERROR_EXISTS : INSP_ERROR_IO,
                   _("%s: cannot create the file (%s)"), dest_path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (dest_path, &to, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (to, "main", from, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        {
          rc = sqlite3_errcode (to);
        }
    }

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (display_path, to, rc, error);
      sqlite3_close_v2 (to);
      g_unlink (dest_path);
      return FALSE;
    }

  sqlite3_close_v2 (to);
  return TRUE;
}

/* Before an older workspace is migrated, it is copied as it is to PATH.bak-vN (0600), N
 * being its version: byte for byte when it was closed cleanly, else consistently through
 * SQLite (its -wal file holds committed changes too). Reads only. */
static gboolean
backup_before_migration (const char *path,
                         GError    **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize length;
  int version = -1;
  int fd;

  if (insp_store_open_read_only (path, &db) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (version < 1 || version >= insp_store_get_latest_version ())
    {
      sqlite3_close_v2 (db);
      return TRUE;
    }

  backup = g_strdup_printf ("%s.bak-v%d", path, version);
  g_unlink (backup);

  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      gboolean ok = backup_to (path, db, backup, error);

      sqlite3_close_v2 (db);
      return ok;
    }
  sqlite3_close_v2 (db);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot read (%s)"), path,
                   local_error->message);
      return FALSE;
    }
  fd = g_open (backup, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0 || write (fd, contents, length) != (gssize) length || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_unlink (backup);
      g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot create the file (%s)"),
                   backup, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  return TRUE;
}

static gboolean
migrate (InspStore *self,
         int        from,
         GError   **error)
{
  for (int version = from + 1; version <= insp_store_get_latest_version (); version++)
    {
      g_autoptr(GBytes) sql = NULL;
      g_autofree char *script = NULL;
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      sql = g_resource_lookup_data (insp_core_get_resource (), migrations[version - 1], 0,
                                    error);
      if (sql == NULL)
        return FALSE;
      script = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));

      if (!insp_store_begin (self, error))
        return FALSE;
      if (!insp_store_exec (self, script, error)
          || !insp_store_exec (self, set_version, error)
          || !insp_store_commit (self, error))
        {
          insp_store_rollback (self);
          return FALSE;
        }
      g_debug ("%s: migrated to version %d", self->path, version);
    }

  return TRUE;
}

/**
 * insp_store_open:
 * @path: the workspace file
 * @flags: whether to create it
 * @error: why it cannot be opened
 *
 * Opens a workspace file, after checking it without writing: a file that is not a
 * workspace, is damaged or comes from a newer version is refused and left untouched. An
 * older workspace is copied to `PATH.bak-vN` and brought up to date.
 *
 * Returns: (transfer full) (nullable): the store
 */
InspStore *
insp_store_open (const char      *path,
                 InspStoreFlags   flags,
                 GError         **error)
{
  g_autoptr(InspStore) self = NULL;
  gboolean empty = TRUE;
  int version;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (INSP_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      int fd;

      if (!(flags & INSP_STORE_CREATE))
        {
          g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND, _("%s: no such workspace"), path);
          return NULL;
        }

      /* Made private before anything is written to it: it will hold personal data. */
      fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
      if (fd < 0 || fchmod (fd, 0600) != 0)
        {
          int saved_errno = errno;

          if (fd >= 0)
            close (fd);
          g_set_error (error, INSP_ERROR, INSP_ERROR_EXISTS,
                       _("%s: cannot create the workspace (%s)"), path,
                       g_strerror (saved_errno));
          return NULL;
        }
      close (fd);
      self->created = TRUE;
    }
  else if (!inspect_file (path, !(flags & INSP_STORE_READING), &empty, &self->quick_checked,
                          error))
    {
      return NULL;
    }
  else if (empty && !(flags & INSP_STORE_CREATE))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_WORKSPACE,
                   _("%s: not an Inspraak workspace (the file is empty)"), path);
      return NULL;
    }
  else if (empty)
    {
      /* Left empty by a creation that did not finish, or made empty on purpose: it will
       * hold personal data, so it becomes private before anything is written. */
      if (g_chmod (path, 0600) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot create the workspace (%s)"),
                       path, g_strerror (saved_errno));
          return NULL;
        }
      self->created = TRUE;
    }

  if (!self->created && !backup_before_migration (path, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (path, self->db, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  if (!insp_store_exec (self, "PRAGMA journal_mode = WAL", error)
      || !insp_store_exec (self, "PRAGMA synchronous = NORMAL", error)
      || !insp_store_exec (self, "PRAGMA foreign_keys = ON", error)
      /* Reads through memory rather than a system call per page, and a cache that holds a
       * large workspace's working set (16 MiB): the guidance rules read it all. */
      || !insp_store_exec (self, "PRAGMA mmap_size = 268435456", error)
      || !insp_store_exec (self, "PRAGMA cache_size = -16384", error))
    return NULL;

  version = insp_store_get_schema_version (self);
  if (self->created)
    {
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d",
                                                 INSP_STORE_APPLICATION_ID);

      if (!insp_store_exec (self, set_id, error))
        return NULL;
    }

  if (!migrate (self, version, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
insp_store_get_path (InspStore *self)
{
  g_return_val_if_fail (INSP_IS_STORE (self), NULL);

  return self->path;
}

sqlite3 *
insp_store_get_db (InspStore *self)
{
  g_return_val_if_fail (INSP_IS_STORE (self), NULL);

  return self->db;
}

/**
 * insp_store_was_created:
 * @self: a store
 *
 * Returns: whether the file was new when it was opened, so the workspace still needs the
 *   rows every workspace has
 */
gboolean
insp_store_was_created (InspStore *self)
{
  g_return_val_if_fail (INSP_IS_STORE (self), FALSE);

  return self->created;
}

int
insp_store_get_schema_version (InspStore *self)
{
  sqlite3_stmt *stmt;
  int version = 0;

  g_return_val_if_fail (INSP_IS_STORE (self), 0);

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

/**
 * insp_store_prepare:
 * @self: a store
 * @sql: one SQL statement
 * @error: why it could not be prepared
 *
 * Returns: (transfer none) (nullable): the statement, prepared once per store and reset
 *   with its bindings cleared
 */
sqlite3_stmt *
insp_store_prepare (InspStore   *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (INSP_IS_STORE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL)
      != SQLITE_OK)
    {
      insp_store_set_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/**
 * insp_store_begin:
 * @self: a store
 * @error: %INSP_ERROR_BUSY when another program holds the workspace for more than 5 s
 *
 * Starts a write transaction.
 *
 * Returns: whether it started
 */
gboolean
insp_store_begin (InspStore  *self,
                  GError    **error)
{
  return insp_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
insp_store_commit (InspStore  *self,
                   GError    **error)
{
  return insp_store_exec (self, "COMMIT", error);
}

void
insp_store_rollback (InspStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/**
 * insp_store_check:
 * @self: a store
 * @error: the first problem, when the workspace is damaged
 *
 * SQLite's quick check reads every page and record (a damaged file, a broken constraint);
 * unlike its full integrity check it does not compare every index with its table, which
 * costs as much again on a large workspace and finds what reading would report anyway. A
 * store opened from an existing file had its quick check then: only the foreign keys are
 * checked again.
 *
 * Returns: whether SQLite's quick and foreign-key checks find nothing wrong
 */
gboolean
insp_store_check (InspStore  *self,
                  GError    **error)
{
  g_autofree char *problem = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Opening ran the quick check already; reading it all again finds nothing new. */
  if (!self->quick_checked)
    {
      if (sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL) != SQLITE_OK)
        {
          insp_store_set_error (self, error);
          return FALSE;
        }
      if (sqlite3_step (stmt) == SQLITE_ROW
          && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
        problem = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }

  if (problem == NULL)
    {
      if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL)
          != SQLITE_OK)
        {
          insp_store_set_error (self, error);
          return FALSE;
        }
      if (sqlite3_step (stmt) == SQLITE_ROW)
        problem = g_strdup_printf (_("a row of “%s” refers to a missing row of “%s”"),
                                   sqlite3_column_text (stmt, 0),
                                   sqlite3_column_text (stmt, 2));
      sqlite3_finalize (stmt);
    }

  if (problem != NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_CORRUPT, _("%s: the workspace is damaged (%s)"),
                   self->path, problem);
      return FALSE;
    }

  return TRUE;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0
         && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* A name for a temporary file next to @path that does not exist. */
static char *
temporary_sibling (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);

  for (;;)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x", base, g_random_int ());
      char *candidate = g_build_filename (dir, name, NULL);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return candidate;
      g_free (candidate);
    }
}

/**
 * insp_store_save_copy:
 * @self: a store
 * @dest_path: where to write the copy; an existing file is replaced
 * @error: why it could not be written
 *
 * Writes a consistent copy of the workspace (0600), atomically: the copy is complete, or
 * nothing is written.
 *
 * Returns: whether the copy was written
 */
gboolean
insp_store_save_copy (InspStore   *self,
                      const char  *dest_path,
                      GError     **error)
{
  g_autofree char *temp = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *sql = NULL;
  int saved_errno;

  g_return_val_if_fail (INSP_IS_STORE (self), FALSE);

  if (g_strcmp0 (dest_path, self->path) == 0 || same_file (dest_path, self->path))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_EXISTS,
                   _("%s: a copy cannot replace the workspace itself"), dest_path);
      return FALSE;
    }

  temp = temporary_sibling (dest_path);
  {
    /* Private before any data is in it; VACUUM INTO fills an existing empty file. */
    int fd = g_open (temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);

    if (fd < 0)
      {
        saved_errno = errno;
        g_set_error (error, INSP_ERROR, INSP_ERROR_EXISTS, _("%s: cannot write the copy (%s)"),
                     dest_path, g_strerror (saved_errno));
        return FALSE;
      }
    close (fd);
  }
  escaped = sqlite3_mprintf ("%q", temp);
  sql = g_strdup_printf ("VACUUM INTO '%s'", escaped);
  sqlite3_free (escaped);
  escaped = NULL;

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot write the copy (%s)"),
                   dest_path, sqlite3_errmsg (self->db));
      g_unlink (temp);
      return FALSE;
    }

  if (g_chmod (temp, 0600) != 0 || g_rename (temp, dest_path) != 0)
    {
      saved_errno = errno;
      g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot write the copy (%s)"),
                   dest_path, g_strerror (saved_errno));
      g_unlink (temp);
      return FALSE;
    }

  return TRUE;
}

/**
 * insp_store_copy_in:
 * @src_path: a workspace file anywhere
 * @dest_path: where to put the copy; it must not exist
 * @error: why it cannot be copied
 *
 * Checks @src_path, reading only, then copies it consistently to @dest_path (0600).
 *
 * Returns: whether it was copied
 */
gboolean
insp_store_copy_in (const char  *src_path,
                    const char  *dest_path,
                    GError     **error)
{
  g_autofree char *temp = NULL;
  sqlite3 *src = NULL;
  int rc;

  if (!insp_store_validate_file (src_path, error))
    return FALSE;

  if (g_file_test (dest_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_EXISTS, _("%s: the file exists already"),
                   dest_path);
      return FALSE;
    }

  rc = insp_store_open_read_only (src_path, &src);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (src_path, src, rc, error);
      sqlite3_close_v2 (src);
      return FALSE;
    }

  temp = temporary_sibling (dest_path);
  if (!backup_to (src_path, src, temp, error))
    {
      sqlite3_close_v2 (src);
      return FALSE;
    }
  sqlite3_close_v2 (src);

  if (g_rename (temp, dest_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot write the copy (%s)"),
                   dest_path, g_strerror (saved_errno));
      g_unlink (temp);
      return FALSE;
    }

  return TRUE;
}
