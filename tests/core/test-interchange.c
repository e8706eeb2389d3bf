/* test-interchange.c — the workspace front door: example, export, import, organisation
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "insp-test-util.h"
#include "insp-error.h"
#include "insp-workspace.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("inspraak-test-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  insp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static InspWorkspace *
open_new (Fixture    *fixture,
          const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  InspWorkspace *workspace = insp_workspace_open (path, TRUE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  return workspace;
}

static char *
export_string (InspWorkspace *workspace)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  char *data;

  g_assert_true (insp_workspace_export_json (workspace, out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);
  data = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
  return data;
}

static InspImport *
parse (const char *json,
       GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return insp_import_new (bytes, "test.json", 20, error);
}

static void
import_string (InspWorkspace *workspace,
               const char    *json,
               gboolean       replace)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspImport) import = parse (json, &error);
  g_autoptr(InspImportSummary) summary = NULL;

  g_assert_no_error (error);
  summary = insp_workspace_plan_import (workspace, import, replace, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  g_assert_true (insp_workspace_apply_import (workspace, import, replace, &error));
  g_assert_no_error (error);
}

static void
test_new_workspace (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(InspWorkspace) workspace = open_new (fixture, "new.inspraak");
  g_autofree char *json = export_string (workspace);
  struct stat st;

  g_assert_true (insp_workspace_is_empty (workspace));
  g_assert_cmpint (g_stat (insp_workspace_get_path (workspace), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Every workspace has the organisation, the six groups and the nine sections. */
  g_assert_nonnull (strstr (json, "\"key\": \"representatives\""));
  g_assert_nonnull (strstr (json, "\"key\": \"red-lines\""));
  g_assert_nonnull (strstr (json, "\"format\": \"inspraak-workspace\""));
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (workspace)),
                   ==, "");
}

static void
round_trip (Fixture    *fixture,
            const char *lang)
{
  g_autoptr(InspWorkspace) first = open_new (fixture, "first.inspraak");
  g_autoptr(InspWorkspace) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (insp_workspace_init_example (first, lang, &error));
  g_assert_no_error (error);
  g_assert_false (insp_workspace_is_empty (first));
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (first)), ==,
                   "Vervoer Van Dyck nv");

  /* The example needs an empty workspace. */
  g_assert_false (insp_workspace_init_example (first, lang, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_EXISTS);
  g_clear_error (&error);

  a = export_string (first);
  second = open_new (fixture, "second.inspraak");
  import_string (second, a, FALSE);
  b = export_string (second);
  g_assert_cmpstr (a, ==, b);
}

static void
test_round_trip_en (Fixture       *fixture,
                    gconstpointer  data)
{
  round_trip (fixture, "en");
}

static void
test_round_trip_nl (Fixture       *fixture,
                    gconstpointer  data)
{
  round_trip (fixture, "nl");
}

static void
test_example_languages (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(InspWorkspace) en = open_new (fixture, "en.inspraak");
  g_autoptr(InspWorkspace) nl = open_new (fixture, "nl.inspraak");
  g_autoptr(GError) error = NULL;
  g_autofree char *json_en = NULL;
  g_autofree char *json_nl = NULL;

  g_assert_true (insp_workspace_init_example (en, "en", &error));
  g_assert_true (insp_workspace_init_example (nl, "nl", &error));
  g_assert_no_error (error);
  json_en = export_string (en);
  json_nl = export_string (nl);
  g_assert_nonnull (strstr (json_en, "Night-shift drivers"));
  g_assert_nonnull (strstr (json_nl, "Chauffeurs nachtploeg"));
  g_assert_null (strstr (json_nl, "Night-shift drivers"));
}

static void
test_merge_matches_builtins (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(InspWorkspace) source = open_new (fixture, "source.inspraak");
  g_autoptr(InspWorkspace) target = open_new (fixture, "target.inspraak");
  g_autoptr(InspOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(InspImport) import = NULL;
  g_autoptr(InspImportSummary) summary = NULL;
  g_autofree char *json = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  guint added, updated, removed;

  g_assert_true (insp_workspace_init_example (source, "en", &error));
  g_assert_no_error (error);
  json = export_string (source);

  /* The target has content of its own, so the file is merged, not adopted. */
  organisation = insp_organisation_copy (insp_workspace_get_organisation (target));
  insp_organisation_set_name (organisation, "Target nv");
  g_assert_true (insp_workspace_update_organisation (target, organisation, &error));
  g_assert_no_error (error);

  import = parse (json, &error);
  g_assert_no_error (error);
  summary = insp_workspace_plan_import (target, import, FALSE, &error);
  g_assert_no_error (error);

  /* The organisation and the built-in groups and sections are matched, not added. */
  g_assert_cmpstr (insp_import_summary_get_entity (summary, 0, &added, &updated, &removed), ==,
                   "Organisation");
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 1);
  insp_import_summary_get_entity (summary, 1, &added, &updated, &removed);
  g_assert_cmpuint (updated, ==, 6);
  g_assert_cmpuint (added, ==, 1);
  insp_import_summary_get_entity (summary, 2, &added, &updated, &removed);
  g_assert_cmpuint (added, ==, 9);
  g_assert_cmpuint (updated, ==, 0);
  text = insp_import_summary_to_string (summary);
  g_assert_nonnull (strstr (text, "People: 9 new"));

  insp_workspace_apply_import (target, import, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (target)), ==,
                   "Vervoer Van Dyck nv");
  g_assert_true (insp_workspace_check (target, &error));
  g_assert_no_error (error);

  /* Importing the same file again changes nothing. */
  after = export_string (target);
  g_clear_pointer (&summary, insp_import_summary_free);
  summary = insp_workspace_plan_import (target, import, FALSE, &error);
  g_assert_cmpuint (insp_import_summary_get_total (summary, &added, NULL, &removed), ==, 89);
  g_assert_cmpuint (added, ==, 0);
  g_assert_true (insp_workspace_apply_import (target, import, FALSE, &error));
  g_free (json);
  json = export_string (target);
  /* Only the modification times may differ: they come from the file, so they don't. */
  g_assert_cmpstr (json, ==, after);
}

static void
test_unresolved_reference (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(InspWorkspace) workspace = open_new (fixture, "w.inspraak");
  g_autoptr(GError) error = NULL;
  g_autoptr(InspImport) import = NULL;
  g_autoptr(InspImportSummary) summary = NULL;
  g_autofree char *before = export_string (workspace);
  g_autofree char *after = NULL;
  const char *json =
    "{\"format\": \"inspraak-workspace\", \"version\": 1,\n"
    " \"organisations\": [{\"uuid\": \"11111111-1111-4111-8111-111111111111\", \"name\": \"X\"}],\n"
    " \"phases\": [{\"uuid\": \"22222222-2222-4222-8222-222222222222\",\n"
    "   \"application\": \"33333333-3333-4333-8333-333333333333\", \"phase\": \"needs\"}]}";

  import = parse (json, &error);
  g_assert_no_error (error);
  summary = insp_workspace_plan_import (workspace, import, FALSE, &error);
  g_assert_null (summary);
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==,
                   "test.json: $.phases[0].application: no row of “applications” has the uuid "
                   "33333333-3333-4333-8333-333333333333, in the file or in the workspace");
  g_clear_error (&error);

  g_assert_false (insp_workspace_apply_import (workspace, import, FALSE, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  after = export_string (workspace);
  g_assert_cmpstr (before, ==, after);
}

static void
test_shape_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "[]", "test.json: $: must be an object, not an array" },
    { "{\"format\": \"x\", \"version\": 1}",
      "test.json: $.format: expected “inspraak-workspace”: this is not an Inspraak workspace file" },
    { "{\"format\": \"inspraak-workspace\", \"version\": 2}",
      "test.json: $.version: unsupported version 2 (this version of Inspraak reads version 1)" },
    { "{\"format\": \"inspraak-workspace\", \"version\": 1, \"organisations\": []}",
      "test.json: $.organisations: exactly one organisation is required, not 0" },
    { "{\"format\": \"inspraak-workspace\", \"version\": 1, \"organisations\": "
      "[{\"uuid\": \"11111111-1111-4111-8111-111111111111\", \"size_band\": \"huge\"}]}",
      "test.json: $.organisations[0].size_band: “huge” is not one of micro, small, medium, large" },
    { "{\"format\": \"inspraak-workspace\", \"version\": 1, \"organisations\": "
      "[{\"uuid\": \"11111111-1111-4111-8111-111111111111\"}], \"persons\": "
      "[{\"uuid\": \"11111111-1111-4111-8111-111111111111\", \"name\": \"A\"}]}",
      "test.json: $.persons[0].uuid: duplicate uuid (also at $.organisations[0])" },
    { "{\"format\": \"inspraak-workspace\", \"version\": 1, \"organisations\": "
      "[{\"uuid\": \"11111111-1111-4111-8111-111111111111\", \"colour\": 1}]}",
      "test.json: $.organisations[0].colour: unknown field" },
    { "{\"format\": \"inspraak-workspace\", \"version\": 1, \"organisations\": "
      "[{\"uuid\": \"11111111-1111-4111-8111-111111111111\"}], \"persons\": [{\"uuid\": "
      "\"21111111-1111-4111-8111-111111111111\", \"trainings\": [{\"title\": \"A\", "
      "\"date\": \"2026-02-30\"}]}]}",
      "test.json: $.persons[0]: the required field “name” is missing\n"
      "test.json: $.persons[0].trainings[0].date: “2026-02-30” is not a date of the form "
      "YYYY-MM-DD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(InspImport) import = parse (cases[i].json, &error);

      g_assert_null (import);
      g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
on_changed (InspWorkspace *workspace,
            guint         *count)
{
  (*count)++;
}

static void
test_organisation (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(InspWorkspace) workspace = open_new (fixture, "org.inspraak");
  g_autoptr(InspWorkspace) again = NULL;
  g_autoptr(InspOrganisation) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint changed = 0;

  g_signal_connect (workspace, "changed::organisations", G_CALLBACK (on_changed), &changed);
  edit = insp_organisation_copy (insp_workspace_get_organisation (workspace));
  insp_organisation_set_name (edit, "Zorgnet Oost");
  insp_organisation_set_sector (edit, "Care");
  insp_organisation_set_size_band (edit, "large");
  insp_organisation_set_country (edit, "BE");
  insp_organisation_set_has_works_council (edit, TRUE);
  insp_organisation_set_has_union_delegation (edit, TRUE);
  g_assert_true (insp_workspace_update_organisation (workspace, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (insp_workspace_is_empty (workspace));

  summary = insp_organisation_dup_summary (insp_workspace_get_organisation (workspace));
  g_assert_cmpstr (summary, ==,
                   "Care · 250 employees or more · Belgium · Employee bodies: works council, "
                   "union delegation");

  insp_organisation_set_country (edit, "FR");
  g_assert_false (insp_workspace_update_organisation (workspace, edit, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);

  g_clear_object (&workspace);
  {
    g_autofree char *path = g_build_filename (fixture->dir, "org.inspraak", NULL);

    again = insp_workspace_open (path, FALSE, &error);
  }
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (again)), ==,
                   "Zorgnet Oost");
  g_assert_cmpstr (insp_organisation_get_country (insp_workspace_get_organisation (again)), ==,
                   "BE");
}

static void
test_export_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(InspWorkspace) workspace = open_new (fixture, "e.inspraak");
  g_autofree char *path = g_build_filename (fixture->dir, "out.json", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "missing", "out.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = export_string (workspace);
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (insp_workspace_export_json_to_file (workspace, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  g_assert_false (insp_workspace_export_json_to_file (workspace, bad, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_EXISTS);
  g_assert_true (g_str_has_prefix (error->message, bad));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

static void
test_create_new (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = insp_workspace_create_new (fixture->dir, "Vervoer Van Dyck nv", &error);
  g_autofree char *second = insp_workspace_create_new (fixture->dir, "Vervoer Van Dyck nv",
                                                       &error);
  g_autofree char *odd = insp_workspace_create_new (fixture->dir, "  ", &error);
  g_autofree char *base = g_path_get_basename (first);
  g_autofree char *base2 = g_path_get_basename (second);
  g_autofree char *base3 = g_path_get_basename (odd);

  g_assert_no_error (error);
  g_assert_cmpstr (base, ==, "vervoer-van-dyck-nv.inspraak");
  g_assert_cmpstr (base2, ==, "vervoer-van-dyck-nv-2.inspraak");
  g_assert_cmpstr (base3, ==, "workspace.inspraak");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/interchange/new-workspace", test_new_workspace);
  ADD ("/interchange/round-trip/en", test_round_trip_en);
  ADD ("/interchange/round-trip/nl", test_round_trip_nl);
  ADD ("/interchange/example-languages", test_example_languages);
  ADD ("/interchange/merge-matches-builtins", test_merge_matches_builtins);
  ADD ("/interchange/unresolved-reference", test_unresolved_reference);
  ADD ("/interchange/shape-errors", test_shape_errors);
  ADD ("/interchange/organisation", test_organisation);
  ADD ("/interchange/export-file", test_export_file);
  ADD ("/interchange/create-new", test_create_new);

  return g_test_run ();
}
