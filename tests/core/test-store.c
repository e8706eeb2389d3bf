/* test-store.c — the workspace file: create, refuse, migrate, lock, copy out and in, list
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test works in its own temporary folder. Odd files are made with raw SQLite; the
 * workspace is only ever touched through insp_workspace_* and insp_store_*.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "insp-test-util.h"
#include "insp-application.h"
#include "insp-error.h"
#include "insp-store.h"
#include "insp-workspace.h"
#include "insp-workspace-list.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("inspraak-store-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  insp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* The fixtures folder: meson passes it; otherwise next to the test's sources. */
static char *
fixture_file (const char *name)
{
  const char *dir = g_getenv ("INSPRAAK_TEST_FIXTURES");

  if (dir != NULL)
    return g_build_filename (dir, name, NULL);
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* ---- Files ------------------------------------------------------------------------- */

static char *
file_checksum (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_checksum_update (checksum, (const guchar *) contents, length);
  return g_strdup (g_checksum_get_string (checksum));
}

static void
write_file (const char   *path,
            const void   *data,
            gsize         length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
}

static void
copy_file (const char *src,
           const char *dest)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (src, &contents, &length, &error);
  g_assert_no_error (error);
  write_file (dest, contents, length);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  struct stat st;

  if (g_stat (path, &st) != 0)
    g_error ("%s: %s", path, g_strerror (errno));
  if ((st.st_mode & 0777) != mode)
    g_error ("%s: mode %03o, expected %03o", path, st.st_mode & 0777, mode);
}

static gboolean
sibling_exists (const char *path,
                const char *suffix)
{
  g_autofree char *sibling = g_strconcat (path, suffix, NULL);

  return g_file_test (sibling, G_FILE_TEST_EXISTS);
}

/* SQLite's side files: none may appear next to a file that is only read or refused. */
static void
assert_no_side_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (sibling_exists (path, suffixes[i]))
      g_error ("%s%s was created next to a file that should only have been read", path,
               suffixes[i]);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The names in @path, sorted, separated by spaces: easy to compare and to read. */
static char *
list_dir (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* No temporary ".NAME.xxxxxxxx" file was left behind. */
static void
assert_no_hidden_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.')
      g_error ("%s: temporary file “%s” left behind", path, name);
}

/* ---- Raw SQLite, for files the app would never make --------------------------------- */

static sqlite3 *
raw_open (const char *path,
          int         flags)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, flags, NULL);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errstr (rc));
  return db;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static int
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Runs @sql on the file at @path with a connection of its own, which is then closed. */
static void
raw_exec_file (const char *path,
               const char *sql)
{
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READWRITE);

  raw_exec (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static int
raw_int_file (const char *path,
              const char *sql)
{
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READWRITE);
  int value = raw_int (db, sql);

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

/* ---- Workspaces ---------------------------------------------------------------------- */

static InspWorkspace *
open_workspace (const char *path,
                gboolean    create)
{
  g_autoptr(GError) error = NULL;
  InspWorkspace *workspace = insp_workspace_open (path, create, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  return workspace;
}

static void
set_name (InspWorkspace *workspace,
          const char    *name)
{
  g_autoptr(InspOrganisation) changes = NULL;
  g_autoptr(GError) error = NULL;

  changes = insp_organisation_copy (insp_workspace_get_organisation (workspace));
  insp_organisation_set_name (changes, name);
  g_assert_true (insp_workspace_update_organisation (workspace, changes, &error));
  g_assert_no_error (error);
}

/* A closed workspace at @path, as the app leaves it: one file in WAL mode. */
static void
make_workspace (const char *path,
                const char *name,
                gboolean    example)
{
  g_autoptr(InspWorkspace) workspace = open_workspace (path, TRUE);
  g_autoptr(GError) error = NULL;

  if (example)
    {
      g_assert_true (insp_workspace_init_example (workspace, "en", &error));
      g_assert_no_error (error);
    }
  if (name != NULL)
    set_name (workspace, name);
}

static char *
export_string (InspWorkspace *workspace)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (insp_workspace_export_json (workspace, out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
export_file (const char *path)
{
  g_autoptr(InspWorkspace) workspace = open_workspace (path, FALSE);

  return export_string (workspace);
}

static void
assert_error_names_file (const GError *error,
                         const char   *path)
{
  g_autofree char *prefix = g_strconcat (path, ": ", NULL);

  g_assert_nonnull (error);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("error “%s” does not start with “%s”", error->message, prefix);
}

/* ---- 1. Create ----------------------------------------------------------------------- */

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "new.inspraak");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(InspWorkspace) workspace = open_workspace (path, TRUE);
  g_autoptr(InspOrganisation) changes = NULL;
  InspOrganisation *organisation;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  /* Private from the start, side files included. */
  assert_mode (path, 0600);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (shm, G_FILE_TEST_EXISTS));
  assert_mode (wal, 0600);
  assert_mode (shm, 0600);

  db = raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, INSP_STORE_APPLICATION_ID);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, insp_store_get_latest_version ());
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM organisations"), ==, 1);
  sqlite3_close (db);

  changes = insp_organisation_copy (insp_workspace_get_organisation (workspace));
  insp_organisation_set_name (changes, "Zorgnet");
  insp_organisation_set_sector (changes, "Thuiszorg");
  insp_organisation_set_size_band (changes, "medium");
  insp_organisation_set_country (changes, "BE");
  insp_organisation_set_has_works_council (changes, TRUE);
  g_assert_true (insp_workspace_update_organisation (workspace, changes, &error));
  g_assert_no_error (error);
  g_clear_object (&workspace);

  /* Closed cleanly: one self-contained file. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  assert_mode (path, 0600);

  workspace = open_workspace (path, FALSE);
  organisation = insp_workspace_get_organisation (workspace);
  g_assert_cmpstr (insp_organisation_get_uuid (organisation), ==,
                   insp_organisation_get_uuid (changes));
  g_assert_cmpstr (insp_organisation_get_name (organisation), ==, "Zorgnet");
  g_assert_cmpstr (insp_organisation_get_sector (organisation), ==, "Thuiszorg");
  g_assert_cmpstr (insp_organisation_get_size_band (organisation), ==, "medium");
  g_assert_cmpstr (insp_organisation_get_country (organisation), ==, "BE");
  g_assert_true (insp_organisation_get_has_works_council (organisation));
  g_assert_false (insp_organisation_get_has_union_delegation (organisation));
  g_assert_true (insp_workspace_check (workspace, &error));
  g_assert_no_error (error);
}

static void
test_create_store (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "store.inspraak");
  g_autoptr(InspStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* Without the flag, nothing is created. */
  store = insp_store_open (path, INSP_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  assert_error_names_file (error, path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = insp_store_open (path, INSP_STORE_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (insp_store_was_created (store));
  g_assert_cmpstr (insp_store_get_path (store), ==, path);
  g_assert_cmpint (insp_store_get_schema_version (store), ==, insp_store_get_latest_version ());
  g_assert_cmpint (insp_store_get_latest_version (), >=, 1);
  assert_mode (path, 0600);
  g_clear_object (&store);

  store = insp_store_open (path, INSP_STORE_CREATE, &error);
  g_assert_no_error (error);
  g_assert_false (insp_store_was_created (store));
  g_assert_true (insp_store_check (store, &error));
  g_assert_no_error (error);
}

/* ---- 2. Refusals --------------------------------------------------------------------- */

/* @path is refused, with @code and a message that names it (exactly @message when given),
 * by both doors; the file and its folder are exactly as before. */
static void
assert_refused (const char *path,
                InspError   code,
                const char *message)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = g_file_test (path, G_FILE_TEST_EXISTS) ? file_checksum (path) : NULL;
  g_autofree char *listing = list_dir (dir);
  g_autofree char *after = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  workspace = insp_workspace_open (path, FALSE, &error);
  g_assert_null (workspace);
  g_assert_error (error, INSP_ERROR, (int) code);
  assert_error_names_file (error, path);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);
  assert_no_side_files (path);

  g_assert_false (insp_store_validate_file (path, &error));
  g_assert_error (error, INSP_ERROR, (int) code);
  assert_error_names_file (error, path);
  if (message != NULL && code != INSP_ERROR_NOT_FOUND)
    g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);
  assert_no_side_files (path);

  after = before != NULL ? file_checksum (path) : NULL;
  g_assert_cmpstr (before, ==, after);
  listing_after = list_dir (dir);
  g_assert_cmpstr (listing, ==, listing_after);
}

static void
test_refuse_text (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "notes.inspraak");
  const char *text = "Agenda ondernemingsraad\n- roosterplanner\n- opleidingen\n";

  write_file (path, text, strlen (text));
  assert_refused (path, INSP_ERROR_NOT_WORKSPACE, NULL);
}

/* Opening without creating never turns a file into a workspace, not even an empty one. */
static void
test_refuse_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "empty.inspraak");

  write_file (path, "", 0);
  assert_refused (path, INSP_ERROR_NOT_WORKSPACE, NULL);
}

static void
test_refuse_random (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "random.inspraak");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint32 words[1024];

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    words[i] = g_rand_int (rand);
  write_file (path, words, sizeof words);
  assert_refused (path, INSP_ERROR_NOT_WORKSPACE, NULL);
}

static void
test_refuse_truncated (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *whole = path_in (fixture, "whole.inspraak");
  g_autofree char *path = path_in (fixture, "truncated.inspraak");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  make_workspace (whole, "Zorgnet", TRUE);
  g_file_get_contents (whole, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  write_file (path, contents, 1000);

  /* It says it is a workspace, but its pages are gone. */
  assert_refused (path, INSP_ERROR_CORRUPT, NULL);
}

static void
test_refuse_other_program (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "contacts.inspraak");
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  raw_exec (db, "CREATE TABLE contacts (name TEXT, phone TEXT);"
                "INSERT INTO contacts VALUES ('An Peeters', '+32 3 123 45 67');");
  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, 0);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  assert_refused (path, INSP_ERROR_NOT_WORKSPACE, NULL);
}

static void
test_refuse_newer (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "future.inspraak");
  g_autofree char *message = NULL;

  make_workspace (path, "Zorgnet", FALSE);
  raw_exec_file (path, "PRAGMA user_version = 99");
  assert_no_side_files (path);

  message = g_strdup_printf ("%s: made by a newer version of Inspraak (workspace version 99; "
                             "this version reads up to %d)",
                             path, insp_store_get_latest_version ());
  assert_refused (path, INSP_ERROR_NEWER_VERSION, message);
}

static void
test_refuse_missing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "missing.inspraak");

  assert_refused (path, INSP_ERROR_NOT_FOUND, NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Checking a good workspace reads it only: nothing appears next to it either. */
static void
test_validate_reads_only (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "good.inspraak");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(GError) error = NULL;

  make_workspace (path, "Zorgnet", TRUE);
  before = file_checksum (path);
  listing = list_dir (fixture->dir);

  g_assert_true (insp_store_validate_file (path, &error));
  g_assert_no_error (error);

  after = file_checksum (path);
  listing_after = list_dir (fixture->dir);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (listing, ==, listing_after);
}

/* A file name is a file name, not a URI: "#", "?" and "%" are ordinary characters. */
static void
test_odd_file_names (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const names[] = {
    "Overleg #2.inspraak",
    "Wat nu?.inspraak",
    "100%25 werkbaar.inspraak",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = path_in (fixture, names[i]);
      g_autoptr(InspWorkspace) workspace = NULL;
      g_autoptr(GError) error = NULL;

      make_workspace (path, "Zorgnet", FALSE);

      g_assert_true (insp_store_validate_file (path, &error));
      g_assert_no_error (error);

      workspace = insp_workspace_open (path, FALSE, &error);
      g_assert_no_error (error);
      g_assert_nonnull (workspace);
      g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (workspace)),
                       ==, "Zorgnet");
    }
}

/* ---- 3. Migration -------------------------------------------------------------------- */

static void
test_migrate_v1_fixture (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *source = fixture_file ("workspace-v1.inspraak");
  g_autofree char *path = path_in (fixture, "example.inspraak");
  g_autofree char *backup = g_strconcat (path, ".bak-v1", NULL);
  g_autofree char *before = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_test (source, G_FILE_TEST_IS_REGULAR))
    g_error ("%s: missing (run through meson test, or set INSPRAAK_TEST_FIXTURES)", source);
  copy_file (source, path);
  before = file_checksum (path);
  g_assert_cmpint (raw_int_file (path, "PRAGMA user_version"), ==, 1);

  workspace = open_workspace (path, FALSE);
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (workspace)), ==,
                   "Vervoer Van Dyck nv");
  g_assert_false (insp_workspace_is_empty (workspace));
  g_assert_true (insp_workspace_check (workspace, &error));
  g_assert_no_error (error);
  g_clear_object (&workspace);

  g_assert_cmpint (raw_int_file (path, "PRAGMA user_version"), ==,
                   insp_store_get_latest_version ());
  g_assert_cmpint (raw_int_file (path, "PRAGMA application_id"), ==, INSP_STORE_APPLICATION_ID);

  if (insp_store_get_latest_version () == 1)
    {
      /* Nothing to migrate, so nothing to back up. */
      g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
      listing = list_dir (fixture->dir);
      g_assert_cmpstr (listing, ==, "example.inspraak");
    }
  else
    {
      g_autofree char *saved = NULL;

      g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
      assert_mode (backup, 0600);
      saved = file_checksum (backup);
      g_assert_cmpstr (saved, ==, before);
    }
}

/* A version 0 file (a workspace whose creation stopped before its schema was written) has
 * nothing to keep: it is brought up to date without a backup. The byte-identical backup of
 * a workspace with content is checked by /store/migrate/v1-fixture once a second migration
 * exists. */
static void
test_migrate_backup (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "early.inspraak");
  g_autofree char *backup = g_strconcat (path, ".bak-v0", NULL);
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d",
                                             INSP_STORE_APPLICATION_ID);
  g_autofree char *before = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(InspStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  raw_exec (db, set_id);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_chmod (path, 0600);
  before = file_checksum (path);

  store = insp_store_open (path, INSP_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (insp_store_get_schema_version (store), ==, insp_store_get_latest_version ());
  g_clear_object (&store);

  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  saved = file_checksum (path);
  g_assert_cmpstr (saved, !=, before);
}

/* A workspace whose creation stopped after its schema was written, before its first rows:
 * opening it again must give a whole workspace, whose organisation can be saved. */
static void
test_interrupted_create (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "interrupted.inspraak");
  g_autoptr(InspStore) store = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  store = insp_store_open (path, INSP_STORE_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  workspace = open_workspace (path, FALSE);
  g_assert_nonnull (insp_organisation_get_uuid (insp_workspace_get_organisation (workspace)));
  set_name (workspace, "Zorgnet");
  g_clear_object (&workspace);

  workspace = open_workspace (path, FALSE);
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (workspace)), ==,
                   "Zorgnet");
  json = export_string (workspace);
  g_assert_nonnull (strstr (json, "\"key\": \"representatives\""));
}

/* ---- 4. Busy ------------------------------------------------------------------------- */

static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "busy.inspraak");
  g_autofree char *message = NULL;
  g_autoptr(InspWorkspace) workspace = open_workspace (path, TRUE);
  g_autoptr(InspOrganisation) changes = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other;
  gint64 start;
  gint64 elapsed;

  other = raw_open (path, SQLITE_OPEN_READWRITE);
  raw_exec (other, "BEGIN IMMEDIATE; UPDATE organisations SET sector = 'other program'");

  changes = insp_organisation_copy (insp_workspace_get_organisation (workspace));
  insp_organisation_set_name (changes, "Zorgnet");

  start = g_get_monotonic_time ();
  g_assert_false (insp_workspace_update_organisation (workspace, changes, &error));
  elapsed = g_get_monotonic_time () - start;

  g_assert_error (error, INSP_ERROR, INSP_ERROR_BUSY);
  message = g_strdup_printf ("%s: the workspace is in use by another program; try again later",
                             path);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (elapsed, >=, 4500 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (elapsed, <, 10 * G_TIME_SPAN_SECOND);
  g_clear_error (&error);
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (workspace)), ==,
                   "");

  raw_exec (other, "ROLLBACK");
  g_assert_true (insp_workspace_update_organisation (workspace, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_close (other), ==, SQLITE_OK);
  g_clear_object (&workspace);

  workspace = open_workspace (path, FALSE);
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (workspace)), ==,
                   "Zorgnet");
  g_assert_null (insp_organisation_get_sector (insp_workspace_get_organisation (workspace)));
}

/* ---- 5. Save a copy ------------------------------------------------------------------ */

static void
test_save_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "work.inspraak");
  g_autofree char *dest = path_in (fixture, "Kopie voor de CPBW.inspraak");
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *copy_json = NULL;
  g_autofree char *again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_workspace (path, NULL, TRUE);
  workspace = open_workspace (path, FALSE);
  json = export_string (workspace);

  g_assert_true (insp_workspace_save_copy (workspace, dest, &error));
  g_assert_no_error (error);
  assert_mode (dest, 0600);
  assert_no_hidden_files (fixture->dir);
  copy_json = export_file (dest);
  g_assert_cmpstr (copy_json, ==, json);

  /* An existing copy is replaced, the same way. */
  set_name (workspace, "Vervoer Van Dyck nv (bijgewerkt)");
  g_assert_true (insp_workspace_save_copy (workspace, dest, &error));
  g_assert_no_error (error);
  assert_mode (dest, 0600);
  assert_no_hidden_files (fixture->dir);
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&copy_json, g_free);
  json = export_string (workspace);
  copy_json = export_file (dest);
  g_assert_cmpstr (copy_json, ==, json);

  /* Never onto the workspace itself. */
  before = file_checksum (dest);
  g_assert_false (insp_workspace_save_copy (workspace, path, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_EXISTS);
  assert_error_names_file (error, path);
  g_clear_error (&error);
  assert_no_hidden_files (fixture->dir);
  again = export_string (workspace);
  g_assert_cmpstr (again, ==, json);
  after = file_checksum (dest);
  g_assert_cmpstr (after, ==, before);
}

/* The workspace's own file under another spelling of its path is still its own file. */
static void
test_save_copy_own_file (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "work.inspraak");
  g_autofree char *other_spelling = g_build_filename (fixture->dir, ".", "work.inspraak", NULL);
  g_autoptr(InspWorkspace) workspace = open_workspace (path, TRUE);
  g_autoptr(GError) error = NULL;

  set_name (workspace, "Zorgnet");
  g_assert_false (insp_workspace_save_copy (workspace, other_spelling, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_EXISTS);
  g_clear_error (&error);
  assert_no_hidden_files (fixture->dir);

  /* And the workspace goes on working: later edits are kept. */
  set_name (workspace, "Zorgnet Antwerpen");
  g_clear_object (&workspace);
  workspace = open_workspace (path, FALSE);
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (workspace)), ==,
                   "Zorgnet Antwerpen");
}

/* ---- 6. Copy in ---------------------------------------------------------------------- */

static void
test_copy_in (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *elsewhere = path_in (fixture, "Downloads");
  g_autofree char *workspaces = path_in (fixture, "workspaces");
  g_autofree char *random = g_build_filename (elsewhere, "bijlage.inspraak", NULL);
  g_autofree char *default_path = g_build_filename (workspaces, "default.inspraak", NULL);
  g_autofree char *source = g_build_filename (elsewhere, "Van Dyck.inspraak", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;
  g_autofree char *elsewhere_listing = NULL;
  g_autofree char *elsewhere_after = NULL;
  g_autofree char *random_before = NULL;
  g_autofree char *random_after = NULL;
  g_autofree char *source_before = NULL;
  g_autofree char *source_after = NULL;
  g_autofree char *json = NULL;
  g_autofree char *copy_json = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *copy_dir = NULL;
  g_autofree char *second = NULL;
  g_autofree char *second_base = NULL;
  guint32 words[1024];

  g_assert_cmpint (g_mkdir (elsewhere, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (workspaces, 0700), ==, 0);
  make_workspace (default_path, NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    words[i] = g_rand_int (rand);
  write_file (random, words, sizeof words);

  /* Not a workspace: refused, nothing changes anywhere. */
  listing = list_dir (workspaces);
  random_before = file_checksum (random);
  g_assert_null (insp_workspace_copy_in (random, workspaces, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_WORKSPACE);
  assert_error_names_file (error, random);
  g_clear_error (&error);
  listing_after = list_dir (workspaces);
  g_assert_cmpstr (listing_after, ==, listing);
  random_after = file_checksum (random);
  g_assert_cmpstr (random_after, ==, random_before);

  /* A workspace, closed as the app leaves it. */
  {
    g_autoptr(InspWorkspace) original = NULL;

    make_workspace (source, NULL, TRUE);
    original = open_workspace (source, FALSE);
    json = export_string (original);
  }
  source_before = file_checksum (source);
  elsewhere_listing = list_dir (elsewhere);

  copy = insp_workspace_copy_in (source, workspaces, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  copy_dir = g_path_get_dirname (copy);
  g_assert_cmpstr (copy_dir, ==, workspaces);
  g_assert_true (g_str_has_suffix (copy, ".inspraak"));
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  assert_mode (copy, 0600);
  assert_no_hidden_files (workspaces);

  source_after = file_checksum (source);
  g_assert_cmpstr (source_after, ==, source_before);
  elsewhere_after = list_dir (elsewhere);
  g_assert_cmpstr (elsewhere_after, ==, elsewhere_listing);

  copy_json = export_file (copy);
  g_assert_cmpstr (copy_json, ==, json);

  /* Taking the same file in again never replaces the first copy. */
  second = insp_workspace_copy_in (source, workspaces, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_assert_cmpstr (second, !=, copy);
  second_base = g_path_get_basename (second);
  g_assert_true (g_str_has_suffix (second_base, ".inspraak"));
  g_assert_false (second_base[0] == '.');
}

/* ---- 7. Damaged ---------------------------------------------------------------------- */

static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "damaged.inspraak");
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  make_workspace (path, "Zorgnet", TRUE);
  {
    g_autoptr(InspWorkspace) intact = open_workspace (path, FALSE);

    g_assert_true (insp_workspace_check (intact, &error));
    g_assert_no_error (error);
  }

  raw_exec_file (path,
                 "PRAGMA foreign_keys = OFF;"
                 "INSERT INTO phases (uuid, application, phase, created, modified) VALUES ("
                 " '6f1c2a52-8d1e-4d4b-9a55-0d8a4f3c7e21',"
                 " '00000000-0000-4000-8000-000000000000', 'needs',"
                 " '2026-11-28T09:30:00Z', '2026-11-28T09:30:00Z')");

  workspace = open_workspace (path, FALSE);
  g_assert_false (insp_workspace_check (workspace, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_CORRUPT);
  assert_error_names_file (error, path);
  g_assert_nonnull (strstr (error->message, "phases"));
}

/* Opened only to be read, a workspace is not read through first; a damaged one still shows
 * its damage when it is read or checked, and is refused when it is opened to be written. */
static void
test_open_for_reading (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *whole = path_in (fixture, "whole.inspraak");
  g_autofree char *path = path_in (fixture, "truncated.inspraak");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  make_workspace (whole, "Zorgnet", TRUE);
  {
    g_autoptr(InspWorkspace) reading = insp_workspace_open_for_reading (whole, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (reading)),
                     ==, "Zorgnet");
    g_assert_true (insp_workspace_check (reading, &error));
  }

  g_file_get_contents (whole, &contents, &length, &error);
  g_assert_no_error (error);
  write_file (path, contents, length / 2);
  {
    g_autoptr(InspWorkspace) reading = insp_workspace_open_for_reading (path, NULL);
    g_autoptr(GPtrArray) applications = NULL;

    /* Either refused on opening (the page it needed is gone) or when read or checked. */
    if (reading != NULL)
      {
        applications = insp_workspace_list_applications (reading, &error);
        if (applications != NULL)
          g_assert_false (insp_workspace_check (reading, &error));
        g_assert_error (error, INSP_ERROR, INSP_ERROR_CORRUPT);
        g_clear_error (&error);
      }
  }
  assert_refused (path, INSP_ERROR_CORRUPT, NULL);
}

/* ---- 8. The list of workspaces ------------------------------------------------------- */

typedef struct
{
  guint calls;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *changed = user_data;

  changed->calls++;
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
}

/* The organisation names in the list, in its order, "|" between them. */
static char *
list_names (InspWorkspaceList *list)
{
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_true (g_list_model_get_item_type (model) == INSP_TYPE_WORKSPACE_INFO);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(InspWorkspaceInfo) info = g_list_model_get_item (model, i);
      g_autofree char *dir = g_path_get_dirname (insp_workspace_info_get_path (info));
      g_autofree char *base = g_path_get_basename (insp_workspace_info_get_path (info));

      g_assert_cmpstr (dir, ==, insp_workspace_list_get_dir (list));
      g_assert_cmpstr (base, ==, insp_workspace_info_get_file_name (info));
      if (i > 0)
        g_string_append_c (names, '|');
      g_string_append (names, insp_workspace_info_get_organisation_name (info));
    }
  g_assert_null (g_list_model_get_item (model, g_list_model_get_n_items (model)));

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_workspace_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *zorgnet = NULL;
  g_autofree char *atelier = NULL;
  g_autofree char *fourth = NULL;
  g_autofree char *unnamed = path_in (fixture, "default.inspraak");
  g_autofree char *backup = path_in (fixture, "x.inspraak.bak-v1");
  g_autofree char *hidden = path_in (fixture, ".hidden.inspraak");
  g_autofree char *notes = path_in (fixture, "notes.txt");
  g_autoptr(InspWorkspaceList) list = NULL;
  g_autoptr(InspWorkspaceInfo) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  ItemsChanged changed = { 0, };

  zorgnet = insp_workspace_create_new (fixture->dir, "Zorgnet", &error);
  g_assert_no_error (error);
  atelier = insp_workspace_create_new (fixture->dir, "Atelier Noord", &error);
  g_assert_no_error (error);
  make_workspace (unnamed, NULL, FALSE);

  /* Real workspaces, but not ones to list. */
  make_workspace (backup, "Backup", FALSE);
  make_workspace (hidden, "Hidden", FALSE);
  write_file (notes, "notes\n", 6);

  list = insp_workspace_list_new (fixture->dir);
  g_assert_cmpstr (insp_workspace_list_get_dir (list), ==, fixture->dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  names = list_names (list);
  g_assert_cmpstr (names, ==, "Atelier Noord|Zorgnet|");

  last = g_list_model_get_item (G_LIST_MODEL (list), 2);
  g_assert_cmpstr (insp_workspace_info_get_path (last), ==, unnamed);
  g_assert_cmpstr (insp_workspace_info_get_file_name (last), ==, "default.inspraak");

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changed);
  fourth = insp_workspace_create_new (fixture->dir, "Bakkerij Boon", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed.calls, ==, 0);

  insp_workspace_list_reload (list);
  g_assert_cmpuint (changed.calls, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 3);
  g_assert_cmpuint (changed.added, ==, 4);
  g_clear_pointer (&names, g_free);
  names = list_names (list);
  g_assert_cmpstr (names, ==, "Atelier Noord|Bakkerij Boon|Zorgnet|");
}

/* Listing reads the workspaces only: the folder is as it was. */
static void
test_workspace_list_reads_only (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(InspWorkspaceList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *zorgnet = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;

  zorgnet = insp_workspace_create_new (fixture->dir, "Zorgnet", &error);
  g_assert_no_error (error);
  listing = list_dir (fixture->dir);

  list = insp_workspace_list_new (fixture->dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  listing_after = list_dir (fixture->dir);
  g_assert_cmpstr (listing_after, ==, listing);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/create", test_create);
  ADD ("/store/create/store", test_create_store);
  ADD ("/store/refuse/text", test_refuse_text);
  ADD ("/store/refuse/empty", test_refuse_empty);
  ADD ("/store/refuse/random", test_refuse_random);
  ADD ("/store/refuse/truncated", test_refuse_truncated);
  ADD ("/store/refuse/other-program", test_refuse_other_program);
  ADD ("/store/refuse/newer-version", test_refuse_newer);
  ADD ("/store/refuse/missing", test_refuse_missing);
  ADD ("/store/validate/reads-only", test_validate_reads_only);
  ADD ("/store/validate/odd-file-names", test_odd_file_names);
  ADD ("/store/migrate/v1-fixture", test_migrate_v1_fixture);
  ADD ("/store/migrate/backup", test_migrate_backup);
  ADD ("/store/migrate/interrupted-create", test_interrupted_create);
  ADD ("/store/busy", test_busy);
  ADD ("/store/save-copy", test_save_copy);
  ADD ("/store/save-copy/own-file", test_save_copy_own_file);
  ADD ("/store/copy-in", test_copy_in);
  ADD ("/store/damaged", test_damaged);
  ADD ("/store/open-for-reading", test_open_for_reading);
  ADD ("/store/workspace-list", test_workspace_list);
  ADD ("/store/workspace-list/reads-only", test_workspace_list_reads_only);

#undef ADD

  return g_test_run ();
}
