/* test-cli.c — inspraak-cli as a black box: arguments, exit codes, messages, files
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test runs the real program (INSPRAAK_CLI) in a temporary folder of its own, with an
 * explicit --workspace, and checks its exit status, its output and what it left on disk.
 * Every validation rule of the importer has a test of its own that checks the exit status,
 * the exact first line of the error (with its location) and that the workspace did not
 * change.
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "insp-store.h"
#include "insp-test-util.h"

#define WORKSPACE "ws.inspraak"
#define TRY_HELP "Try “inspraak-cli --help”."

/* UUIDs for the documents of the tests. */
#define ORG "5b7f3d2e-8a41-4c9e-9f1a-2d6c0b8e4a71"
#define U1  "4a6b8c0d-2e1f-4a3b-9c5d-6e7f8a9b0c1d"
#define U2  "4a6b8c0d-2e1f-4a3b-9c5d-6e7f8a9b0c1e"
#define U3  "9e1d7c3b-5a2f-4b8e-a6d4-3f2e1c0b9a87"

/* The start of a valid document, written with ' for " (see write_doc ()). */
#define HEAD "{'format': 'inspraak-workspace', 'version': 1, " \
             "'organisations': [{'uuid': '" ORG "', 'name': 'Test nv'}]"
#define APP  "'applications': [{'uuid': '" U3 "', 'name': 'Planner'}]"

typedef struct
{
  char  *dir;
  char  *out;       /* standard output of the last run */
  gsize  out_len;
  char  *err;       /* standard error of the last run */
} Fixture;

/* An example workspace made once, copied into the tests that need one, and its export. */
static char *template_dir;
static char *template_export;

/* ------------------------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------------------------ */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("inspraak-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  insp_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->out, g_free);
  g_clear_pointer (&fixture->err, g_free);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static char *
bytes_to_string (GBytes *bytes,
                 gsize  *length)
{
  gsize size = 0;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

  if (length != NULL)
    *length = size;
  return g_strndup (data != NULL ? data : "", size);
}

/* Runs inspraak-cli in the fixture's folder with @args, @env (NAME, VALUE, …, NULL) set and
 * @input on its standard input. Returns its exit status; a crash fails the test. */
static int
run_full (Fixture            *fixture,
          const char * const *env,
          GBytes             *input,
          const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GBytes) nothing = g_bytes_new_static ("", 0);
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("INSPRAAK_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                        | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, input != NULL ? input : nothing, NULL, &out, &err, &error);
  g_assert_no_error (error);

  g_free (fixture->out);
  g_free (fixture->err);
  fixture->out = bytes_to_string (out, &fixture->out_len);
  fixture->err = bytes_to_string (err, NULL);

  if (!g_subprocess_get_if_exited (process))
    g_error ("inspraak-cli did not exit normally (signal %d); stderr: %s",
             g_subprocess_get_term_sig (process), fixture->err);

  return g_subprocess_get_exit_status (process);
}

static GPtrArray *
collect_args (const char *first,
              va_list     args)
{
  GPtrArray *array = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (array, (char *) arg);
  g_ptr_array_add (array, NULL);

  return array;
}

/* run (fixture, "--workspace", WORKSPACE, "check", NULL) */
static int
run (Fixture    *fixture,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect_args (first, ap);
  va_end (ap);

  return run_full (fixture, NULL, NULL, (const char * const *) args->pdata);
}

static int
run_in_language (Fixture    *fixture,
                 const char *language,
                 const char *first,
                 ...)
{
  const char *env[] = { "LANGUAGE", language, "LANG", "C.UTF-8", NULL };
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect_args (first, ap);
  va_end (ap);

  return run_full (fixture, env, NULL, (const char * const *) args->pdata);
}

static int
run_with_input (Fixture    *fixture,
                const char *input,
                const char *first,
                ...)
{
  g_autoptr(GBytes) bytes = g_bytes_new (input, strlen (input));
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect_args (first, ap);
  va_end (ap);

  return run_full (fixture, NULL, bytes, (const char * const *) args->pdata);
}

static char *
first_line (const char *text)
{
  const char *end = strchr (text, '\n');

  return end != NULL ? g_strndup (text, end - text) : g_strdup (text);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        n++;
    }
  return n;
}

static void
assert_first_error (Fixture    *fixture,
                    const char *expected)
{
  g_autofree char *line = first_line (fixture->err);

  g_assert_cmpstr (line, ==, expected);
}

static void
write_bytes (Fixture    *fixture,
             const char *name,
             const char *data,
             gsize       length)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, (gssize) length, &error);
  g_assert_no_error (error);
}

/* Writes a document written with ' for " (so that the tests stay readable). */
static void
write_doc (Fixture    *fixture,
           const char *name,
           const char *doc)
{
  g_autofree char *json = g_strdup (doc);

  g_strdelimit (json, "'", '"');
  write_bytes (fixture, name, json, strlen (json));
}

static char *
read_file (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The export of @workspace (in the fixture's folder), which must succeed. */
static char *
export (Fixture    *fixture,
        const char *workspace)
{
  g_assert_cmpint (run (fixture, "--workspace", workspace, "export", NULL), ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  g_assert_cmpuint (strlen (fixture->out), ==, fixture->out_len);
  return g_strdup (fixture->out);
}

/* Puts a copy of the example workspace in the fixture's folder as ws.inspraak. */
static void
copy_example (Fixture *fixture)
{
  g_autofree char *source = g_build_filename (template_dir, WORKSPACE, NULL);
  g_autofree char *dest = path_in (fixture, WORKSPACE);
  g_autoptr(GFile) from = g_file_new_for_path (source);
  g_autoptr(GFile) to = g_file_new_for_path (dest);
  g_autoptr(GError) error = NULL;

  g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
assert_workspace_unchanged (Fixture *fixture)
{
  g_autofree char *after = export (fixture, WORKSPACE);

  g_assert_true (g_str_equal (after, template_export));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in the fixture's folder, sorted and joined with spaces. */
static char *
list_dir (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static guint
file_mode (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static guint
count_rows (const char *json,
            const char *entity)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  return json_array_get_length (json_object_get_array_member (root, entity));
}

static sqlite3 *
open_sqlite (Fixture    *fixture,
             const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* ------------------------------------------------------------------------------------------
 * Version, help and usage errors
 * ------------------------------------------------------------------------------------------ */

static void
test_version (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_cmpint (run (fixture, "--version", NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, "inspraak-cli " PACKAGE_VERSION "\n");
  g_assert_cmpstr (fixture->err, ==, "");
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const commands[] = { "init", "import", "export", "check" };
  static const char * const options[] = { "--example", "--all-errors", "--output", "--json" };
  g_autofree char *names = NULL;

  g_assert_cmpint (run (fixture, "--help", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (fixture->out, "Usage:\n"));
  g_assert_cmpstr (fixture->err, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *synopsis = g_strdup_printf ("  inspraak-cli [--workspace FILE] %s",
                                                   commands[i]);

      g_assert_nonnull (strstr (fixture->out, synopsis));
    }

  /* "inspraak-cli COMMAND --help" shows the command's options. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_assert_cmpint (run (fixture, commands[i], "--help", NULL), ==, 0);
      g_assert_true (g_str_has_prefix (fixture->out, "Usage:\n"));
      g_assert_nonnull (strstr (fixture->out, options[i]));
      g_assert_nonnull (strstr (fixture->out, "--workspace FILE"));
      g_assert_cmpstr (fixture->err, ==, "");
    }

  /* Nothing was created. */
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "");
}

typedef struct
{
  const char *name;
  const char *args[8];
  const char *expected;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "no-command", { NULL }, "inspraak-cli: no command given" },
  { "unknown-command", { "frobnicate", NULL }, "inspraak-cli: unknown command “frobnicate”" },
  { "unknown-option", { "--frobnicate", "check", NULL },
    "inspraak-cli: unknown option “--frobnicate”" },
  { "option-of-another-command", { "init", "--json", NULL },
    "inspraak-cli: unknown option “--json”" },
  { "workspace-without-file", { "--workspace", NULL },
    "inspraak-cli: the option “--workspace” needs a file name" },
  { "workspace-empty-file", { "--workspace=", "check", NULL },
    "inspraak-cli: the option “--workspace” needs a file name" },
  { "output-without-file", { "--workspace", WORKSPACE, "export", "--output", NULL },
    "inspraak-cli: the option “--output” needs a file name" },
  { "import-without-file", { "--workspace", WORKSPACE, "import", NULL },
    "inspraak-cli: import needs a JSON file, or “-” for standard input" },
  { "import-two-files", { "--workspace", WORKSPACE, "import", "a.json", "b.json", NULL },
    "inspraak-cli: unexpected argument “b.json”" },
  { "flag-with-value", { "--workspace", WORKSPACE, "check", "--json=yes", NULL },
    "inspraak-cli: the option “--json” takes no value" },
  { "check-with-argument", { "--workspace", WORKSPACE, "check", "now", NULL },
    "inspraak-cli: unexpected argument “now”" },
  { "vision-without-command", { "--workspace", WORKSPACE, "vision", NULL },
    "inspraak-cli: vision needs “list-versions” or “diff”" },
  { "vision-unknown-command", { "--workspace", WORKSPACE, "vision", "merge", NULL },
    "inspraak-cli: unknown vision command “merge” (use “list-versions” or “diff”)" },
  { "vision-diff-without-version", { "--workspace", WORKSPACE, "vision", "diff", NULL },
    "inspraak-cli: vision diff needs one version (compared with the current text) or two" },
  { "vision-diff-three-versions", { "--workspace", WORKSPACE, "vision", "diff", "1", "2", "3",
                                    NULL },
    "inspraak-cli: unexpected argument “3”" },
  { "vision-list-with-argument", { "--workspace", WORKSPACE, "vision", "list-versions", "1",
                                   NULL },
    "inspraak-cli: unexpected argument “1”" },
};

static void
test_usage_error (Fixture       *fixture,
                  gconstpointer  data)
{
  const UsageCase *usage = data;
  g_autofree char *expected = g_strconcat (usage->expected, "\n" TRY_HELP "\n", NULL);
  g_autofree char *names = NULL;

  g_assert_cmpint (run_full (fixture, NULL, NULL, usage->args), ==, 64);
  g_assert_cmpstr (fixture->err, ==, expected);
  g_assert_cmpstr (fixture->out, ==, "");

  /* A usage error touches nothing. */
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "");
}

/* ------------------------------------------------------------------------------------------
 * init, export, check
 * ------------------------------------------------------------------------------------------ */

static void
test_init (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *json = NULL;

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "init", NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, WORKSPACE ": workspace created\n");
  g_assert_cmpstr (fixture->err, ==, "");
  g_assert_cmpuint (file_mode (fixture, WORKSPACE), ==, 0600);

  json = export (fixture, WORKSPACE);
  g_assert_cmpuint (count_rows (json, "organisations"), ==, 1);
  g_assert_cmpuint (count_rows (json, "groups"), ==, 6);
  g_assert_cmpuint (count_rows (json, "sections"), ==, 9);
  g_assert_cmpuint (count_rows (json, "persons"), ==, 0);

  /* A workspace without content may be initialised again. */
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "init", NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, WORKSPACE ": the workspace is empty and ready\n");
}

static void
test_init_example (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *json = NULL;

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "init", "--example", NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==,
                   WORKSPACE ": workspace created with the example organisation\n");
  g_assert_cmpstr (fixture->err, ==, "");

  json = export (fixture, WORKSPACE);
  g_assert_nonnull (strstr (json, "\"name\": \"Vervoer Van Dyck nv\""));
  g_assert_nonnull (strstr (json, "Night-shift drivers"));
  g_assert_cmpuint (count_rows (json, "applications"), ==, 2);
  g_assert_cmpuint (count_rows (json, "versions"), ==, 2);
}

static void
test_init_twice (Fixture       *fixture,
                 gconstpointer  data)
{
  copy_example (fixture);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "init", NULL), ==, 73);
  g_assert_cmpstr (fixture->err, ==,
                   WORKSPACE ": the workspace already has content; init needs a new or empty "
                   "one\n");
  g_assert_cmpstr (fixture->out, ==, "");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "init", "--example", NULL), ==, 73);
  assert_first_error (fixture,
                      WORKSPACE ": the workspace already has content; init needs a new or "
                      "empty one");

  assert_workspace_unchanged (fixture);
}

static void
test_export_stdout (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *names = NULL;

  copy_example (fixture);
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "export", NULL), ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  g_assert_true (g_str_has_prefix (fixture->out,
                                   "{\n  \"format\": \"inspraak-workspace\",\n"
                                   "  \"version\": 1,\n  \"organisations\": [\n"));
  g_assert_true (g_str_has_suffix (fixture->out, "\n}\n"));
  g_assert_cmpstr (fixture->out, ==, template_export);

  /* Exporting writes nothing next to the workspace. */
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, WORKSPACE);
}

static void
test_export_output (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *written = NULL;
  g_autofree char *names = NULL;

  copy_example (fixture);
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "export", "--output", "out.json",
                        NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, "");
  g_assert_cmpstr (fixture->err, ==, "");
  written = read_file (fixture, "out.json");
  g_assert_cmpstr (written, ==, template_export);
  g_assert_cmpuint (file_mode (fixture, "out.json"), ==, 0600);

  /* Written atomically: no temporary file is left behind. */
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "out.json " WORKSPACE);
}

static void
test_export_output_replaces (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "out.json");
  g_autofree char *written = NULL;
  g_autofree char *names = NULL;

  copy_example (fixture);
  write_bytes (fixture, "out.json", "old", 3);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "export", "--output=out.json",
                        NULL), ==, 0);
  written = read_file (fixture, "out.json");
  g_assert_cmpstr (written, ==, template_export);
  g_assert_cmpuint (file_mode (fixture, "out.json"), ==, 0600);
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "out.json " WORKSPACE);
}

static void
test_export_cannot_create (Fixture       *fixture,
                           gconstpointer  data)
{
  copy_example (fixture);
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "export", "--output",
                        "missing/out.json", NULL), ==, 73);
  g_assert_true (g_str_has_prefix (fixture->err, "missing/out.json: cannot create the file ("));
  g_assert_cmpuint (count_lines (fixture->err), ==, 1);
  g_assert_cmpstr (fixture->out, ==, "");
}

static void
test_missing_workspace (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *names = NULL;

  g_assert_cmpint (run (fixture, "--workspace", "nope.inspraak", "export", NULL), ==, 66);
  g_assert_cmpstr (fixture->err, ==, "nope.inspraak: no such workspace\n");
  g_assert_cmpstr (fixture->out, ==, "");

  g_assert_cmpint (run (fixture, "--workspace", "nope.inspraak", "export", "--output", "o.json",
                        NULL), ==, 66);
  g_assert_cmpint (run (fixture, "--workspace", "nope.inspraak", "check", NULL), ==, 66);
  g_assert_cmpstr (fixture->err, ==, "nope.inspraak: no such workspace\n");

  /* Neither command creates the workspace, nor the output. */
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "");
}

static JsonNode *parse_output (Fixture *fixture);

/* The example raises real flags: one line each, and as JSON of the documented shape,
 * errors before warnings before advice. Exit 0 whatever the flags. */
static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *severities[] = { "error", "warning", "info" };
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *flags;
  guint last = 0;

  copy_example (fixture);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "check", NULL), ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  lines = g_strsplit (fixture->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 3);
  for (guint i = 0; lines[i + 1] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_true (g_strv_contains (severities, fields[0]));
    }
  g_assert_nonnull (strstr (fixture->out, "disagreement-undiscussed"));

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "check", "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  root = parse_output (fixture);
  flags = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (flags), ==, g_strv_length (lines) - 1);
  for (guint i = 0; i < json_array_get_length (flags); i++)
    {
      JsonObject *flag = json_array_get_object_element (flags, i);
      JsonObject *subject = json_object_get_object_member (flag, "subject");
      const char *severity = json_object_get_string_member (flag, "severity");
      guint rank = 0;

      g_assert_cmpuint (json_object_get_size (flag), ==, 4);
      g_assert_nonnull (json_object_get_string_member (flag, "id"));
      g_assert_nonnull (json_object_get_string_member (flag, "message"));
      g_assert_nonnull (json_object_get_string_member (subject, "type"));
      g_assert_cmpuint (strlen (json_object_get_string_member (subject, "uuid")), ==, 36);
      while (rank < G_N_ELEMENTS (severities) && g_strcmp0 (severities[rank], severity) != 0)
        rank++;
      g_assert_cmpuint (rank, <, G_N_ELEMENTS (severities));
      g_assert_cmpuint (rank, >=, last);
      last = rank;
    }

  assert_workspace_unchanged (fixture);
}

static JsonNode *
parse_output (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (fixture->out, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static void
test_vision_list_versions (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *versions;
  JsonObject *first;

  copy_example (fixture);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "list-versions", NULL),
                   ==, 0);
  g_assert_cmpstr (fixture->out, ==,
                   "  1  2026-04-20  Draft for the works council (HR manager) — reviewed\n"
                   "  2  2026-06-08  Revised after review (HR manager)\n");
  g_assert_cmpstr (fixture->err, ==, "");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "list-versions", "--json",
                        NULL), ==, 0);
  root = parse_output (fixture);
  versions = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (versions), ==, 2);
  first = json_array_get_object_element (versions, 0);
  g_assert_cmpint (json_object_get_int_member (first, "number"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (first, "label"), ==,
                   "Draft for the works council");
  g_assert_cmpstr (json_object_get_string_member (first, "created"), ==,
                   "2026-04-20T14:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (first, "author_role"), ==, "HR manager");
  g_assert_true (json_object_get_boolean_member (first, "reviewed"));
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (versions, 1),
                                                  "reviewed"));
  g_assert_cmpuint (json_object_get_size (first), ==, 5);

  assert_workspace_unchanged (fixture);
}

static JsonObject *
find_section_member (JsonArray  *sections,
                     const char *key)
{
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonObject *section = json_array_get_object_element (sections, i);

      if (json_object_has_member (section, "key")
          && g_strcmp0 (json_object_get_string_member (section, "key"), key) == 0)
        return section;
    }
  return NULL;
}

static void
test_vision_diff (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *sections;
  JsonObject *object, *red_lines, *purpose;
  GString *added = g_string_new (NULL);
  JsonArray *runs;

  copy_example (fixture);

  /* Two versions, by number and by label. */
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "diff", "1",
                        "Revised after review", "--json", NULL), ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  root = parse_output (fixture);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "from"),
                                               "number"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "to"),
                                               "number"), ==, 2);
  sections = json_object_get_array_member (object, "sections");
  g_assert_cmpuint (json_array_get_length (sections), ==, 9);

  purpose = find_section_member (sections, "purpose");
  g_assert_cmpstr (json_object_get_string_member (purpose, "change"), ==, "unchanged");
  g_assert_cmpstr (json_object_get_string_member (purpose, "title"), ==, "Purpose and scope");

  red_lines = find_section_member (sections, "red-lines");
  g_assert_cmpstr (json_object_get_string_member (red_lines, "change"), ==, "changed");
  runs = json_object_get_array_member (red_lines, "runs");
  for (guint i = 0; i < json_array_get_length (runs); i++)
    {
      JsonObject *run = json_array_get_object_element (runs, i);
      const char *op = json_object_get_string_member (run, "op");

      g_assert_true (g_str_equal (op, "equal") || g_str_equal (op, "insert")
                     || g_str_equal (op, "delete"));
      if (g_str_equal (op, "insert"))
        g_string_append (added, json_object_get_string_member (run, "text"));
    }
  g_assert_nonnull (strstr (added->str, "emotion recognition at work"));
  g_assert_cmpint (json_object_get_int_member (red_lines, "words_added"), >, 20);
  g_string_free (added, TRUE);

  /* One version: against the current text. */
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "diff", "2", "--json",
                        NULL), ==, 0);
  g_clear_pointer (&root, json_node_unref);
  root = parse_output (fixture);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "to"), ==,
                   "current");

  /* As text, wdiff-like; in Dutch with the Dutch titles. */
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "diff", "1", "2", NULL),
                   ==, 0);
  g_assert_nonnull (strstr (fixture->out, "== Purpose and scope (unchanged)\n"));
  g_assert_nonnull (strstr (fixture->out, "{+let AI alone take a decision"));
  g_assert_cmpint (run_in_language (fixture, "nl", "--workspace", WORKSPACE, "vision", "diff",
                                    "1", "2", NULL), ==, 0);
  g_assert_null (strstr (fixture->out, "(unchanged)"));

  assert_workspace_unchanged (fixture);
}

static void
test_vision_unknown_version (Fixture       *fixture,
                             gconstpointer  data)
{
  copy_example (fixture);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "diff", "Final", NULL),
                   ==, 65);
  g_assert_cmpstr (fixture->out, ==, "");
  g_assert_cmpstr (fixture->err, ==,
                   "There is no version “Final”. The versions are:\n"
                   "  1  Draft for the works council\n"
                   "  2  Revised after review\n");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "diff", "1", "3", NULL),
                   ==, 65);
  assert_workspace_unchanged (fixture);
}

static void
test_vision_no_versions (Fixture       *fixture,
                         gconstpointer  data)
{
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "init", NULL), ==, 0);
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "list-versions", NULL),
                   ==, 0);
  g_assert_cmpstr (fixture->out, ==, "The vision has no versions yet.\n");
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "list-versions", "--json",
                        NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, "[]\n");
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "vision", "diff", "1", NULL), ==, 65);
  g_assert_cmpstr (fixture->err, ==,
                   "There is no version “1”: the vision has no versions yet\n");
}

static void
test_check_damaged (Fixture       *fixture,
                    gconstpointer  data)
{
  sqlite3 *db;

  copy_example (fixture);

  /* A phase of an application that does not exist: SQLite's foreign-key check finds it. */
  db = open_sqlite (fixture, WORKSPACE);
  exec_sql (db, "PRAGMA foreign_keys = OFF");
  exec_sql (db, "INSERT INTO phases (uuid, application, phase, created, modified) VALUES "
                "('" U1 "', '" U3 "', 'needs', '2026-01-01T00:00:00Z', "
                "'2026-01-01T00:00:00Z')");
  sqlite3_close (db);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "check", NULL), ==, 65);
  g_assert_cmpstr (fixture->err, ==,
                   WORKSPACE ": the workspace is damaged (a row of “phases” refers to a missing "
                   "row of “applications”)\n");
  g_assert_cmpstr (fixture->out, ==, "");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "check", "--json", NULL), ==, 65);
  g_assert_cmpstr (fixture->out, ==, "");
}

/* Every command refuses a file that is not a workspace, and leaves it as it was. */
static void
test_not_a_workspace (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const commands[][3] = {
    { "init", NULL, NULL },
    { "init", "--example", NULL },
    { "import", "doc.json", NULL },
    { "export", NULL, NULL },
    { "export", "--output", "out.json" },
    { "check", NULL, NULL },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autofree char *junk = g_malloc (8192);
  g_autofree char *names = NULL;

  for (guint i = 0; i < 8192; i++)
    junk[i] = (char) g_rand_int_range (rand, 0, 256);
  write_bytes (fixture, "junk.inspraak", junk, 8192);
  write_doc (fixture, "doc.json", HEAD "}");

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      const char *args[] = { "--workspace", "junk.inspraak", commands[c][0], commands[c][1],
                             commands[c][2], NULL };
      g_autofree char *after = NULL;

      g_assert_cmpint (run_full (fixture, NULL, NULL, args), ==, 65);
      g_assert_cmpstr (fixture->err, ==,
                       "junk.inspraak: not an Inspraak workspace (not a database file)\n");
      g_assert_cmpstr (fixture->out, ==, "");

      after = read_file (fixture, "junk.inspraak");
      g_assert_cmpmem (after, 8192, junk, 8192);
    }

  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "doc.json junk.inspraak");
}

/* A workspace written by a newer Inspraak is refused by every command and left alone. */
static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const commands[][2] = {
    { "init", NULL },
    { "import", "doc.json" },
    { "export", NULL },
    { "check", NULL },
  };
  g_autofree char *before = NULL;
  sqlite3 *db;

  copy_example (fixture);
  db = open_sqlite (fixture, WORKSPACE);
  exec_sql (db, "PRAGMA user_version = 99");
  exec_sql (db, "PRAGMA journal_mode = DELETE");
  sqlite3_close (db);
  before = read_file (fixture, WORKSPACE);
  write_doc (fixture, "doc.json", HEAD "}");

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      const char *args[] = { "--workspace", WORKSPACE, commands[c][0], commands[c][1], NULL };
      g_autofree char *after = NULL;
      g_autofree char *path = path_in (fixture, WORKSPACE);
      gsize length = 0;

      /* The latest version: 5 with the practice search (004 comes with another patch). */
      g_autofree char *expected = g_strdup_printf (WORKSPACE ": made by a newer version of "
                                                   "Inspraak (workspace version 99; this "
                                                   "version reads up to %d)\n",
                                                   insp_store_get_latest_version ());

      g_assert_cmpint (run_full (fixture, NULL, NULL, args), ==, 65);
      g_assert_cmpstr (fixture->err, ==, expected);
      g_file_get_contents (path, &after, &length, NULL);
      g_assert_cmpmem (after, length, before, length);
    }
}

/* ------------------------------------------------------------------------------------------
 * Import
 * ------------------------------------------------------------------------------------------ */

static void
round_trip (Fixture    *fixture,
            const char *language,
            const char *sample)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_cmpint (run_in_language (fixture, language, "--workspace", "first.inspraak", "init",
                                    "--example", NULL), ==, 0);
  g_assert_cmpint (run_in_language (fixture, language, "--workspace", "first.inspraak",
                                    "export", "--output", "a.json", NULL), ==, 0);
  a = read_file (fixture, "a.json");
  g_assert_nonnull (strstr (a, sample));

  g_assert_cmpint (run_in_language (fixture, language, "--workspace", "second.inspraak", "init",
                                    NULL), ==, 0);
  g_assert_cmpint (run_in_language (fixture, language, "--workspace", "second.inspraak",
                                    "import", "a.json", NULL), ==, 0);
  g_assert_cmpint (run_in_language (fixture, language, "--workspace", "second.inspraak",
                                    "export", NULL), ==, 0);
  b = g_strdup (fixture->out);

  g_assert_cmpuint (strlen (a), ==, strlen (b));
  g_assert_true (g_str_equal (a, b));
}

static void
test_round_trip_en (Fixture       *fixture,
                    gconstpointer  data)
{
  round_trip (fixture, "", "Night-shift drivers");
}

static void
test_round_trip_nl (Fixture       *fixture,
                    gconstpointer  data)
{
  round_trip (fixture, "nl", "Chauffeurs nachtploeg");
}

static void
test_import_summary (Fixture       *fixture,
                     gconstpointer  data)
{
  write_bytes (fixture, "example.json", template_export, strlen (template_export));

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "example.json", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out, "People: 9 new\n"));
  g_assert_nonnull (strstr (fixture->out, "AI applications: 2 new\n"));
  g_assert_cmpstr (fixture->err, ==, "");

  /* The same file again changes the same rows. */
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "example.json", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out, "People: 9 updated\n"));
  g_assert_null (strstr (fixture->out, " new"));

  assert_workspace_unchanged (fixture);
}

static void
test_import_merge (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *json = NULL;

  copy_example (fixture);
  write_doc (fixture, "doc.json",
             HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana'}]}");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "doc.json", NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, "Organisation: 1 updated\nPeople: 1 new\n");

  json = export (fixture, WORKSPACE);
  g_assert_cmpuint (count_rows (json, "persons"), ==, 10);
  g_assert_cmpuint (count_rows (json, "applications"), ==, 2);
  g_assert_nonnull (strstr (json, "\"name\": \"Test nv\""));
  g_assert_null (strstr (json, "Vervoer Van Dyck nv"));
}

static void
test_import_replace (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *json = NULL;

  copy_example (fixture);
  write_doc (fixture, "doc.json",
             HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana'}]}");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "--replace", "doc.json",
                        NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->out, "People: 1 new, 9 removed\n"));
  g_assert_nonnull (strstr (fixture->out, "AI applications: 2 removed\n"));

  json = export (fixture, WORKSPACE);
  g_assert_cmpuint (count_rows (json, "persons"), ==, 1);
  g_assert_cmpuint (count_rows (json, "applications"), ==, 0);
  g_assert_cmpuint (count_rows (json, "versions"), ==, 0);
  g_assert_nonnull (strstr (json, "\"uuid\": \"" ORG "\""));
  g_assert_null (strstr (json, "Vervoer Van Dyck nv"));

  /* What every workspace has comes back: the built-in groups and vision sections. */
  g_assert_cmpuint (count_rows (json, "groups"), ==, 6);
  g_assert_cmpuint (count_rows (json, "sections"), ==, 9);
}

static void
test_import_stdin (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *valid = g_strdup (HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana'}]}");
  g_autofree char *invalid = g_strdup (HEAD ", 'persons': [{'uuid': '" U1 "'}]}");

  copy_example (fixture);
  g_strdelimit (valid, "'", '"');
  g_strdelimit (invalid, "'", '"');

  g_assert_cmpint (run_with_input (fixture, invalid, "--workspace", WORKSPACE, "import", "-",
                                   NULL), ==, 65);
  g_assert_cmpstr (fixture->err, ==,
                   "<stdin>: $.persons[0]: the required field “name” is missing\n");
  assert_workspace_unchanged (fixture);

  g_assert_cmpint (run_with_input (fixture, "{\n  'a': 1\n}", "--workspace", WORKSPACE,
                                   "import", "-", NULL), ==, 65);
  g_assert_cmpstr (fixture->err, ==, "<stdin>:2:3: single quotes are not allowed in JSON\n");

  g_assert_cmpint (run_with_input (fixture, valid, "--workspace", WORKSPACE, "import", "-",
                                   NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, "Organisation: 1 updated\nPeople: 1 new\n");
}

static void
test_import_missing_file (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *folder = path_in (fixture, "folder.json");
  g_autofree char *names = NULL;

  copy_example (fixture);
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "missing.json", NULL), ==,
                   66);
  g_assert_cmpstr (fixture->err, ==, "missing.json: cannot read (No such file or directory)\n");
  g_assert_cmpstr (fixture->out, ==, "");
  assert_workspace_unchanged (fixture);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "folder.json", NULL), ==,
                   66);
  g_assert_cmpstr (fixture->err, ==, "folder.json: cannot read (Is a directory)\n");

  /* Into a workspace that does not exist yet: it is not created. */
  g_assert_cmpint (run (fixture, "--workspace", "new.inspraak", "import", "missing.json", NULL),
                   ==, 66);
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "folder.json " WORKSPACE);
}

/* A failed import into a workspace that did not exist leaves no workspace behind; a good one
 * creates it. */
static void
test_import_new_workspace (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *names = NULL;

  write_doc (fixture, "bad.json",
             HEAD ", 'phases': [{'uuid': '" U1 "', 'application': '" U3 "', "
             "'phase': 'needs'}]}");
  write_doc (fixture, "good.json", HEAD ", " APP "}");

  g_assert_cmpint (run (fixture, "--workspace", "new.inspraak", "import", "bad.json", NULL), ==,
                   65);
  assert_first_error (fixture,
                      "bad.json: $.phases[0].application: no row of “applications” has the uuid "
                      U3 ", in the file or in the workspace");
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "bad.json good.json");

  g_assert_cmpint (run (fixture, "--workspace", "new.inspraak", "import", "good.json", NULL), ==,
                   0);
  g_assert_cmpuint (file_mode (fixture, "new.inspraak"), ==, 0600);
  g_clear_pointer (&names, g_free);
  names = list_dir (fixture);
  g_assert_cmpstr (names, ==, "bad.json good.json new.inspraak");
}

static void
test_all_errors (Fixture       *fixture,
                 gconstpointer  data)
{
  GString *doc = g_string_new (HEAD ", 'persons': [");
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;

  copy_example (fixture);
  write_doc (fixture, "three.json",
             HEAD ", 'persons': [{'uuid': '" U1 "'}, {'uuid': '" U2 "', 'name': 5}], "
             "'practices': [{'uuid': '" U3 "', 'title': 'x', 'kind': 'ugly'}]}");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "three.json", NULL), ==, 65);
  g_assert_cmpstr (fixture->err, ==,
                   "three.json: $.persons[0]: the required field “name” is missing\n");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "--all-errors",
                        "three.json", NULL), ==, 65);
  g_assert_cmpstr (fixture->err, ==,
                   "three.json: $.persons[0]: the required field “name” is missing\n"
                   "three.json: $.persons[1].name: must be a string, not a number\n"
                   "three.json: $.practices[0].kind: “ugly” is not one of good, bad\n");
  assert_workspace_unchanged (fixture);

  /* 30 problems: the first 20 are reported. */
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (doc, "%s{'uuid': '00000000-0000-4000-8000-%012u'}",
                            i > 0 ? ", " : "", i);
  g_string_append (doc, "]}");
  text = g_string_free (doc, FALSE);
  write_doc (fixture, "thirty.json", text);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "--all-errors",
                        "thirty.json", NULL), ==, 65);
  g_assert_cmpuint (count_lines (fixture->err), ==, 20);
  g_assert_true (g_str_has_suffix (fixture->err,
                                   "thirty.json: $.persons[19]: the required field “name” is "
                                   "missing\n"));
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "thirty.json", NULL), ==,
                   65);
  g_assert_cmpuint (count_lines (fixture->err), ==, 1);

  /* Reference errors, found when the import is planned, come several at a time too. */
  write_doc (fixture, "refs.json",
             HEAD ", 'phases': [{'uuid': '" U1 "', 'application': '" U3 "', "
             "'phase': 'needs'}, {'uuid': '" U2 "', 'application': '" U3 "', "
             "'phase': 'pilot'}]}");
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "--all-errors",
                        "refs.json", NULL), ==, 65);
  g_assert_cmpuint (count_lines (fixture->err), ==, 2);

  json = export (fixture, WORKSPACE);
  g_assert_true (g_str_equal (json, template_export));
}

/* While another program holds the write lock, the CLI waits 5 s, then gives up. */
static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 start;
  gint64 elapsed;
  sqlite3 *db;

  copy_example (fixture);
  write_doc (fixture, "doc.json", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana'}]}");

  db = open_sqlite (fixture, WORKSPACE);
  exec_sql (db, "BEGIN IMMEDIATE");

  start = g_get_monotonic_time ();
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "doc.json", NULL), ==, 75);
  elapsed = g_get_monotonic_time () - start;
  g_assert_cmpstr (fixture->err, ==,
                   WORKSPACE ": the workspace is in use by another program; try again later\n");
  g_assert_cmpstr (fixture->out, ==, "");
  g_assert_cmpint (elapsed, >=, 4500 * 1000);
  g_assert_cmpint (elapsed, <, 30 * 1000 * 1000);

  exec_sql (db, "ROLLBACK");
  sqlite3_close (db);
  assert_workspace_unchanged (fixture);

  /* Once the lock is gone, the same import works. */
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "doc.json", NULL), ==, 0);
}

/* ------------------------------------------------------------------------------------------
 * One test per validation rule
 * ------------------------------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *doc;        /* written with ' for ", unless raw */
  gboolean    raw;        /* written as is */
  gssize      length;     /* -1: up to the NUL */
  void      (*make) (Fixture    *fixture,
                     const char *file);   /* writes the file itself */
  const char *expected;   /* the first line of standard error */
} InvalidCase;

static void
make_deep (Fixture    *fixture,
           const char *file)
{
  gsize n = 100000;
  g_autofree char *data = g_malloc (n);

  memset (data, '[', n);
  write_bytes (fixture, file, data, n);
}

static void
make_long_string (Fixture    *fixture,
                  const char *file)
{
  gsize n = 2 * 1024 * 1024;
  g_autofree char *data = g_malloc (n + 4);

  data[0] = '[';
  data[1] = '"';
  memset (data + 2, 'a', n);
  data[n + 2] = '"';
  data[n + 3] = ']';
  write_bytes (fixture, file, data, n + 4);
}

/* A sparse file of 257 MiB: larger than any document the importer accepts. */
static void
make_huge (Fixture    *fixture,
           const char *file)
{
  g_autofree char *path = path_in (fixture, file);
  int fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 257 * 1024 * 1024), ==, 0);
  close (fd);
}

static const InvalidCase invalid_cases[] = {
  /* The strict pre-scan: FILE:LINE:COLUMN: message */
  { "syntax/empty-file", "", TRUE, -1, NULL, "f.json:1:1: file is empty" },
  { "syntax/byte-order-mark", "\xef\xbb\xbf{}", TRUE, -1, NULL,
    "f.json:1:1: byte order mark is not allowed" },
  { "syntax/utf-16", "\xff\xfe{\0}\0", TRUE, 6, NULL,
    "f.json:1:1: UTF-16 is not allowed, JSON must be UTF-8" },
  { "syntax/comment", "{\n  // the format\n  'format': 'inspraak-workspace'\n}", FALSE, -1,
    NULL, "f.json:2:3: comments are not allowed in JSON" },
  { "syntax/trailing-comma", "{\n  'format': 'inspraak-workspace',\n  'version': 1,\n}", FALSE,
    -1, NULL, "f.json:3:15: trailing commas are not allowed in JSON" },
  { "syntax/single-quotes", "{\n  'format': 'inspraak-workspace'\n}", TRUE, -1, NULL,
    "f.json:2:3: single quotes are not allowed in JSON" },
  { "syntax/duplicate-key", "{'format': 'inspraak-workspace', 'version': 1, 'format': 'x'}",
    FALSE, -1, NULL, "f.json:1:48: duplicate key “format”" },
  { "syntax/nan", "{'version': NaN}", FALSE, -1, NULL, "f.json:1:13: invalid number" },
  { "syntax/hexadecimal-number", "{'version': 0x1}", FALSE, -1, NULL,
    "f.json:1:14: invalid number" },
  { "syntax/leading-zero", "{'version': 01}", FALSE, -1, NULL, "f.json:1:14: invalid number" },
  { "syntax/control-character", "{'format': 'inspraak\tworkspace'}", FALSE, -1, NULL,
    "f.json:1:21: control character in string must be escaped" },
  { "syntax/unpaired-surrogate", "{'format': '\\ud800'}", FALSE, -1, NULL,
    "f.json:1:13: unpaired surrogate in \\u escape" },
  { "syntax/nul-escape", "{'format': 'a\\u0000'}", FALSE, -1, NULL,
    "f.json:1:14: \\u0000 (a NUL character) is not allowed" },
  { "syntax/nul-byte", "{'format': 1}\0", FALSE, 14, NULL,
    "f.json:1:14: NUL byte is not allowed" },
  { "syntax/invalid-utf-8", "{'format': 'caf\xe9'}", FALSE, -1, NULL,
    "f.json:1:16: invalid UTF-8" },
  { "syntax/trailing-garbage", "{}\n{}", FALSE, -1, NULL,
    "f.json:2:1: trailing data after the JSON value" },
  { "syntax/unexpected-end", "{\n  'format': 'inspraak-workspace',\n  'organisations': [",
    FALSE, -1, NULL, "f.json:3:21: unexpected end of file" },
  { "syntax/deep-nesting", NULL, FALSE, -1, make_deep,
    "f.json:1:65: nesting deeper than 64 levels" },
  { "syntax/long-string", NULL, FALSE, -1, make_long_string,
    "f.json:1:2: string longer than 1 MiB" },
  { "syntax/too-large", NULL, FALSE, -1, make_huge, "f.json:1:1: file is larger than 256 MiB" },

  /* The document's shape: FILE: $.path[N].field: message */
  { "shape/not-an-object", "[]", FALSE, -1, NULL, "f.json: $: must be an object, not an array" },
  { "shape/format", "{'format': 'inspraak', 'version': 1}", FALSE, -1, NULL,
    "f.json: $.format: expected “inspraak-workspace”: this is not an Inspraak workspace file" },
  { "shape/version-unsupported", "{'format': 'inspraak-workspace', 'version': 2}", FALSE, -1,
    NULL, "f.json: $.version: unsupported version 2 (this version of Inspraak reads version 1)" },
  { "shape/version-not-a-number", "{'format': 'inspraak-workspace', 'version': '1'}", FALSE, -1,
    NULL, "f.json: $.version: a whole number is required" },
  { "shape/organisations-missing", "{'format': 'inspraak-workspace', 'version': 1}", FALSE, -1,
    NULL, "f.json: $: the required field “organisations” is missing" },
  { "shape/two-organisations",
    "{'format': 'inspraak-workspace', 'version': 1, 'organisations': [{'uuid': '" U1 "'}, "
    "{'uuid': '" U2 "'}]}", FALSE, -1, NULL,
    "f.json: $.organisations: exactly one organisation is required, not 2" },
  { "shape/unknown-entity", HEAD ", 'people': []}", FALSE, -1, NULL,
    "f.json: $.people: unknown field" },
  { "shape/entity-not-an-array", HEAD ", 'persons': {}}", FALSE, -1, NULL,
    "f.json: $.persons: must be an array, not an object" },
  { "shape/row-not-an-object", HEAD ", 'persons': ['Jana']}", FALSE, -1, NULL,
    "f.json: $.persons[0]: must be an object, not a string" },
  { "shape/unknown-field", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana', "
    "'colour': 'red'}]}", FALSE, -1, NULL, "f.json: $.persons[0].colour: unknown field" },
  { "shape/wrong-type", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 5}]}", FALSE, -1, NULL,
    "f.json: $.persons[0].name: must be a string, not a number" },
  { "shape/not-a-boolean", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana', "
    "'consent_named': 'yes'}]}", FALSE, -1, NULL,
    "f.json: $.persons[0].consent_named: must be true or false, not a string" },
  { "shape/not-a-whole-number", HEAD ", 'groups': [{'uuid': '" U1 "', 'key': 'drivers', "
    "'position': 1.5}]}", FALSE, -1, NULL,
    "f.json: $.groups[0].position: must be a whole number, not a number" },
  { "shape/required-field-missing", HEAD ", 'persons': [{'uuid': '" U1 "'}]}", FALSE, -1, NULL,
    "f.json: $.persons[0]: the required field “name” is missing" },
  { "shape/uuid-missing", HEAD ", 'persons': [{'name': 'Jana'}]}", FALSE, -1, NULL,
    "f.json: $.persons[0]: the required field “uuid” is missing" },
  { "shape/null-not-allowed", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': null}]}", FALSE,
    -1, NULL, "f.json: $.persons[0].name: must not be null" },
  { "shape/unknown-enum-value", HEAD ", 'applications': [{'uuid': '" U3 "', 'name': 'Planner', "
    "'status': 'live'}]}", FALSE, -1, NULL,
    "f.json: $.applications[0].status: “live” is not one of idea, preparation, pilot, in-use, "
    "stopped" },
  { "shape/invalid-date", HEAD ", 'applications': [{'uuid': '" U3 "', 'name': 'Planner', "
    "'informed_date': '2026-02-30'}]}", FALSE, -1, NULL,
    "f.json: $.applications[0].informed_date: “2026-02-30” is not a date of the form "
    "YYYY-MM-DD" },
  { "shape/invalid-timestamp", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana', "
    "'created': '2026-01-05 09:00'}]}", FALSE, -1, NULL,
    "f.json: $.persons[0].created: “2026-01-05 09:00” is not a UTC time of the form "
    "YYYY-MM-DDTHH:MM:SSZ" },
  { "shape/malformed-uuid", HEAD ", 'persons': [{'uuid': '4A6B8C0D-2E1F-4A3B-9C5D-6E7F8A9B0C1D', "
    "'name': 'Jana'}]}", FALSE, -1, NULL,
    "f.json: $.persons[0].uuid: “4A6B8C0D-2E1F-4A3B-9C5D-6E7F8A9B0C1D” is not a UUID in "
    "lowercase canonical form" },
  { "shape/duplicate-uuid", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana'}, "
    "{'uuid': '" U1 "', 'name': 'Jan'}]}", FALSE, -1, NULL,
    "f.json: $.persons[1].uuid: duplicate uuid (also at $.persons[0])" },
  { "shape/duplicate-uuid-across-entities", HEAD ", 'persons': [{'uuid': '" U1 "', "
    "'name': 'Jana'}], 'practices': [{'uuid': '" U1 "', 'title': 'Pilot'}]}", FALSE, -1, NULL,
    "f.json: $.practices[0].uuid: duplicate uuid (also at $.persons[0])" },
  { "shape/invalid-identifier", HEAD ", 'groups': [{'uuid': '" U1 "', 'key': 'Night shift'}]}",
    FALSE, -1, NULL,
    "f.json: $.groups[0].key: “Night shift” is not an identifier (lowercase letters, digits and "
    "hyphens)" },
  { "shape/effect-out-of-range", HEAD ", " APP ", 'groups': [{'uuid': '" U2 "', "
    "'key': 'drivers'}], 'assessments': [{'uuid': '" U1 "', 'application': '" U3 "', "
    "'group': '" U2 "', 'date': '2026-02-05', 'scores': [{'item': 'workload', 'effect': 3}]}]}",
    FALSE, -1, NULL, "f.json: $.assessments[0].scores[0].effect: 3 is out of range (-2 to 2)" },
  { "shape/round-out-of-range", HEAD ", " APP ", 'phases': [{'uuid': '" U1 "', "
    "'application': '" U3 "', 'phase': 'pilot', 'round': 0}]}", FALSE, -1, NULL,
    "f.json: $.phases[0].round: 0 is out of range (1 to 1000)" },
  { "shape/negative-number", HEAD ", " APP ", 'invisible_work': [{'uuid': '" U1 "', "
    "'application': '" U3 "', 'kind': 'labelling', 'hours': -4}]}", FALSE, -1, NULL,
    "f.json: $.invisible_work[0].hours: must not be negative" },
  { "shape/nested-not-an-array", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana', "
    "'roles': 'hr'}]}", FALSE, -1, NULL,
    "f.json: $.persons[0].roles: must be an array, not a string" },
  { "shape/nested-not-an-object", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana', "
    "'trainings': ['AI basics']}]}", FALSE, -1, NULL,
    "f.json: $.persons[0].trainings[0]: must be an object, not a string" },
  { "shape/nested-duplicate", HEAD ", 'persons': [{'uuid': '" U1 "', 'name': 'Jana', "
    "'roles': ['hr', 'manager', 'hr']}]}", FALSE, -1, NULL,
    "f.json: $.persons[0].roles[2]: the same item appears twice in this list" },
  { "shape/unique-value-in-file", HEAD ", 'versions': [{'uuid': '" U1 "', 'number': 3, "
    "'label': 'Third'}, {'uuid': '" U2 "', 'number': 3, 'label': 'Fourth'}]}", FALSE, -1, NULL,
    "f.json: $.versions[1].number: the same value as $.versions[0].number" },

  /* Against the workspace, when the import is planned. */
  { "plan/unresolved-reference", HEAD ", 'phases': [{'uuid': '" U1 "', "
    "'application': '" U3 "', 'phase': 'needs'}]}", FALSE, -1, NULL,
    "f.json: $.phases[0].application: no row of “applications” has the uuid " U3 ", in the file "
    "or in the workspace" },
  { "plan/reference-to-another-entity", HEAD ", " APP ", 'phases': [{'uuid': '" U1 "', "
    "'application': '" U3 "', 'phase': 'needs'}], 'activities': [{'uuid': '" U2 "', "
    "'phase': '" U3 "', 'title': 'Data date'}]}", FALSE, -1, NULL,
    "f.json: $.activities[0].phase: no row of “phases” has the uuid " U3 ", in the file or in "
    "the workspace" },
  { "plan/unresolved-nested-reference", HEAD ", 'applications': [{'uuid': '" U3 "', "
    "'name': 'Planner', 'affected_groups': ['" U1 "']}]}", FALSE, -1, NULL,
    "f.json: $.applications[0].affected_groups[0]: no row of “groups” has the uuid " U1 ", in "
    "the file or in the workspace" },
  { "plan/unique-value-in-workspace", HEAD ", 'versions': [{'uuid': '" U1 "', 'number': 1, "
    "'label': 'Another first'}]}", FALSE, -1, NULL,
    "f.json: $.versions[0].number: the workspace already has another row with this value" },
};

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  const InvalidCase *invalid = data;

  copy_example (fixture);
  if (invalid->make != NULL)
    {
      invalid->make (fixture, "f.json");
    }
  else if (invalid->raw)
    {
      write_bytes (fixture, "f.json", invalid->doc,
                   invalid->length >= 0 ? (gsize) invalid->length : strlen (invalid->doc));
    }
  else if (invalid->length >= 0)
    {
      g_autofree char *doc = g_memdup2 (invalid->doc, invalid->length);

      for (gssize i = 0; i < invalid->length; i++)
        {
          if (doc[i] == '\'')
            doc[i] = '"';
        }
      write_bytes (fixture, "f.json", doc, invalid->length);
    }
  else
    {
      write_doc (fixture, "f.json", invalid->doc);
    }

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "import", "f.json", NULL), ==, 65);
  assert_first_error (fixture, invalid->expected);
  g_assert_cmpuint (count_lines (fixture->err), ==, 1);
  g_assert_cmpstr (fixture->out, ==, "");

  assert_workspace_unchanged (fixture);
}

/* ------------------------------------------------------------------------------------------ */

static void
make_template (void)
{
  Fixture fixture = { NULL, };

  fixture_set_up (&fixture, NULL);
  g_assert_cmpint (run (&fixture, "--workspace", WORKSPACE, "init", "--example", NULL), ==, 0);
  template_export = export (&fixture, WORKSPACE);
  template_dir = g_steal_pointer (&fixture.dir);
  g_clear_pointer (&fixture.out, g_free);
  g_clear_pointer (&fixture.err, g_free);
}

/* The casebook alone: export, import back (nothing newer: unchanged), and the importer's
 * strictness and exit codes. */
static void
test_casebook (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  GStatBuf st;

  copy_example (fixture);
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "casebook", "export", "--output",
                        "cb.json", NULL), ==, 0);
  g_assert_cmpstr (fixture->err, ==, "");
  contents = read_file (fixture, "cb.json");
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"inspraak-casebook\",\n"));
  path = path_in (fixture, "cb.json");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "casebook", "export", NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, contents);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "casebook", "import", "cb.json",
                        NULL), ==, 0);
  g_assert_cmpstr (fixture->out, ==, "Practices: 0 added, 0 updated, 3 unchanged\n");
  assert_workspace_unchanged (fixture);

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "casebook", "import",
                        "missing.json", NULL), ==, 66);
  g_assert_cmpstr (fixture->err, ==, "missing.json: cannot read (No such file or directory)\n");

  write_doc (fixture, "bad.json",
             "{'format': 'inspraak-casebook', 'version': 1, 'practices': ["
             "{'uuid': '" U3 "', 'title': 'New'}, "
             "{'uuid': '" ORG "', 'title': 'Other', 'kind': 'so-so'}]}");
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "casebook", "import", "bad.json",
                        NULL), ==, 65);
  g_assert_cmpstr (fixture->err, ==,
                   "bad.json: $.practices[1].kind: “so-so” is not one of good, bad\n");
  assert_workspace_unchanged (fixture);

  write_doc (fixture, "ws.json", "{'format': 'inspraak-workspace', 'version': 1}");
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "casebook", "import", "ws.json",
                        NULL), ==, 65);
  g_assert_cmpstr (fixture->err, ==,
                   "ws.json: $.format: expected “inspraak-casebook”: this is not an Inspraak "
                   "casebook file\n");

  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "casebook", NULL), ==, 64);
  g_assert_cmpint (run (fixture, "--workspace", WORKSPACE, "casebook", "import", NULL), ==, 64);
  assert_workspace_unchanged (fixture);
}

#define ADD(path, func) \
  g_test_add ("/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  ADD ("version", test_version);
  ADD ("help", test_help);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/usage/%s", usage_cases[i].name);

      g_test_add (path, Fixture, &usage_cases[i], fixture_set_up, test_usage_error,
                  fixture_tear_down);
    }
  ADD ("init", test_init);
  ADD ("init-example", test_init_example);
  ADD ("init-twice", test_init_twice);
  ADD ("export-stdout", test_export_stdout);
  ADD ("export-output", test_export_output);
  ADD ("export-output-replaces", test_export_output_replaces);
  ADD ("export-cannot-create", test_export_cannot_create);
  ADD ("missing-workspace", test_missing_workspace);
  ADD ("check", test_check);
  ADD ("check-damaged", test_check_damaged);
  ADD ("vision-list-versions", test_vision_list_versions);
  ADD ("vision-diff", test_vision_diff);
  ADD ("vision-unknown-version", test_vision_unknown_version);
  ADD ("vision-no-versions", test_vision_no_versions);
  ADD ("not-a-workspace", test_not_a_workspace);
  ADD ("newer-version", test_newer_version);
  ADD ("round-trip-en", test_round_trip_en);
  ADD ("round-trip-nl", test_round_trip_nl);
  ADD ("import-summary", test_import_summary);
  ADD ("import-merge", test_import_merge);
  ADD ("import-replace", test_import_replace);
  ADD ("import-stdin", test_import_stdin);
  ADD ("import-missing-file", test_import_missing_file);
  ADD ("import-new-workspace", test_import_new_workspace);
  ADD ("all-errors", test_all_errors);
  ADD ("busy", test_busy);
  ADD ("casebook", test_casebook);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/invalid/%s", invalid_cases[i].name);

      g_test_add (path, Fixture, &invalid_cases[i], fixture_set_up, test_invalid,
                  fixture_tear_down);
    }

  make_template ();
  status = g_test_run ();

  insp_test_remove_tree (template_dir);
  g_free (template_dir);
  g_free (template_export);
  return status;
}
