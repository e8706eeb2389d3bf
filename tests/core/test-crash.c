/* test-crash.c — an import killed at any moment leaves the old or the new workspace, intact
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates the large workspace of the benchmark (build-aux/gen-large-json), then runs
 * `inspraak-cli import --replace` of it into a copy of the example workspace and kills it
 * with SIGKILL at points spread over the time a whole import takes. After every kill the
 * workspace must pass SQLite's integrity and foreign-key checks, and its export must be
 * exactly the example's (nothing happened) or exactly that of an import that was left to
 * finish (all of it happened).
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include "insp-test-util.h"

/* Where to kill, as fractions of the time a whole import takes. */
static const double kill_points[] = { 0.15, 0.35, 0.55, 0.75, 0.9 };

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("inspraak-crash-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  insp_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Runs a program in the fixture's folder to its end; it must succeed. */
static void
run_ok (Fixture            *fixture,
        const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (process))
    g_error ("%s %s failed: %s", argv[0], argv[1], err);
}

static void
cli_ok (Fixture    *fixture,
        const char *workspace,
        const char *command,
        const char *arg1,
        const char *arg2)
{
  const char *argv[] = { g_getenv ("INSPRAAK_CLI"), "--workspace", workspace, command, arg1,
                         arg2, NULL };

  run_ok (fixture, argv);
}

static GBytes *
read_bytes (Fixture    *fixture,
            const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GBytes *
export_bytes (Fixture    *fixture,
              const char *workspace)
{
  g_autofree char *path = path_in (fixture, "export.json");

  g_unlink (path);
  cli_ok (fixture, workspace, "export", "--output", "export.json");
  return read_bytes (fixture, "export.json");
}

static void
copy_file (Fixture    *fixture,
           const char *from_name,
           const char *to_name)
{
  g_autofree char *from_path = path_in (fixture, from_name);
  g_autofree char *to_path = path_in (fixture, to_name);
  g_autoptr(GFile) from = g_file_new_for_path (from_path);
  g_autoptr(GFile) to = g_file_new_for_path (to_path);
  g_autoptr(GError) error = NULL;

  g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
remove_workspace (Fixture    *fixture,
                  const char *name)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (name, suffixes[i], NULL);
      g_autofree char *path = path_in (fixture, file);

      g_unlink (path);
    }
}

static goffset
file_size (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (goffset) st.st_size : -1;
}

/* Opens the workspace with SQLite itself, as after a crash, and runs its checks. */
static void
assert_sqlite_intact (Fixture    *fixture,
                      const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  sqlite3_close (db);
}

/* build-aux/gen-large-json, from G_TEST_SRCDIR (the tests folder or tests/core). */
static char *
find_generator (void)
{
  for (guint up = 1; up <= 2; up++)
    {
      g_autofree char *path = up == 1
        ? g_test_build_filename (G_TEST_DIST, "..", "build-aux", "gen-large-json", NULL)
        : g_test_build_filename (G_TEST_DIST, "..", "..", "build-aux", "gen-large-json", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }

  g_error ("build-aux/gen-large-json not found from G_TEST_SRCDIR");
}

static void
test_kill_import (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *generator = find_generator ();
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autoptr(GBytes) old_content = NULL;
  g_autoptr(GBytes) new_content = NULL;
  const char *cli = g_getenv ("INSPRAAK_CLI");
  guint n_killed = 0;
  guint n_old = 0;
  guint n_new = 0;
  gint64 start;
  gint64 duration;

  if (python == NULL)
    {
      g_test_skip ("python3 is needed to generate the large workspace");
      return;
    }

  /* The large file: 100 applications, 10,000 activities, 5,000 persons, 50 versions … */
  {
    const char *argv[] = { python, generator, "large.json", NULL };

    run_ok (fixture, argv);
  }
  g_test_message ("large.json: %.1f MiB", file_size (fixture, "large.json") / 1048576.0);

  /* The old content: the example. */
  cli_ok (fixture, "old.inspraak", "init", "--example", NULL);
  old_content = export_bytes (fixture, "old.inspraak");

  /* The new content, and how long a whole import takes. */
  copy_file (fixture, "old.inspraak", "reference.inspraak");
  start = g_get_monotonic_time ();
  cli_ok (fixture, "reference.inspraak", "import", "--replace", "large.json");
  duration = g_get_monotonic_time () - start;
  new_content = export_bytes (fixture, "reference.inspraak");
  g_test_message ("a whole import takes %.2f s", duration / 1e6);
  g_assert_false (g_bytes_equal (old_content, new_content));

  for (guint k = 0; k < G_N_ELEMENTS (kill_points); k++)
    {
      const char *argv[] = { cli, "--workspace", "victim.inspraak", "import", "--replace",
                             "large.json", NULL };
      g_autoptr(GSubprocessLauncher) launcher = NULL;
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GBytes) content = NULL;
      g_autoptr(GError) error = NULL;
      gint64 delay = (gint64) (kill_points[k] * duration);
      gboolean killed;
      goffset wal_size;

      remove_workspace (fixture, "victim.inspraak");
      copy_file (fixture, "old.inspraak", "victim.inspraak");

      launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                            | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
      g_subprocess_launcher_set_cwd (launcher, fixture->dir);
      process = g_subprocess_launcher_spawnv (launcher, argv, &error);
      g_assert_no_error (error);

      g_usleep (delay);
      wal_size = file_size (fixture, "victim.inspraak-wal");
      g_subprocess_send_signal (process, SIGKILL);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);

      killed = g_subprocess_get_if_signaled (process);
      if (killed)
        {
          g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
          n_killed++;
        }
      else
        {
          g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
        }

      assert_sqlite_intact (fixture, "victim.inspraak");

      content = export_bytes (fixture, "victim.inspraak");
      if (g_bytes_equal (content, old_content))
        n_old++;
      else if (g_bytes_equal (content, new_content))
        n_new++;
      else
        g_error ("after a kill at %.0f ms the workspace holds neither the old nor the new "
                 "content", delay / 1e3);

      g_test_message ("kill at %4.0f ms (WAL %" G_GOFFSET_FORMAT " bytes): %s, %s",
                      delay / 1e3, wal_size, killed ? "killed" : "had finished",
                      g_bytes_equal (content, old_content) ? "old content" : "new content");
    }

  g_test_message ("%u of %zu runs killed: %u old, %u new", n_killed,
                  G_N_ELEMENTS (kill_points), n_old, n_new);
  g_assert_cmpuint (n_killed, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/crash/kill-import", Fixture, NULL, fixture_set_up, test_kill_import,
              fixture_tear_down);

  return g_test_run ();
}
