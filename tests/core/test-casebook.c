/* test-casebook.c — the practice casebook: what is checked before a practice is written,
 * the search with case and accents folded, and the casebook file: round trip, strict
 * validation with exact locations, nothing changed on error, hostile input
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "insp-error.h"
#include "insp-practice.h"
#include "insp-test-util.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

#define SCANNERS "fca430dd-2f47-4458-b6f4-223d480ddd0e"
#define WORKSHOP "86b82628-c795-4d3e-a780-614886469f68"
#define FRONTRUNNERS "f1b7d993-564c-4b3f-90f6-bc1fd02a6e40"
#define NEW_UUID "0b5e8a2c-5f0e-4c1a-9d3b-2a7c9e6f1d40"

static InspPractice *
save_practice (Fixture    *fixture,
               const char *title,
               const char *kind,
               const char *effect)
{
  g_autoptr(GError) error = NULL;
  InspPractice *practice = insp_practice_new ();

  practice->title = g_strdup (title);
  g_free (practice->kind);
  practice->kind = g_strdup (kind);
  practice->effect = g_strdup (effect);
  g_assert_true (insp_workspace_save_practice (fixture->workspace, practice, &error));
  g_assert_no_error (error);
  return practice;
}

/* The casebook of the workspace, as bytes: what the tests compare before and after. */
static char *
dump (InspWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (insp_workspace_export_casebook (workspace, NULL, out, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The whole workspace, as bytes. */
static char *
dump_workspace (InspWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (insp_workspace_export_json (workspace, out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gboolean
import_text (InspWorkspace       *workspace,
             const char          *text,
             gsize                length,
             InspCasebookCounts  *counts,
             GError             **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return insp_workspace_import_casebook (workspace, bytes, "cb.json", 10, counts, error);
}

static void
test_save (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspPractice) practice = insp_practice_new ();
  g_autoptr(InspPractice) read = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_false (insp_workspace_save_practice (fixture->workspace, practice, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "A practice needs a name");
  g_clear_error (&error);

  practice->title = g_strdup ("  Data-Date with the drivers ");
  g_free (practice->kind);
  practice->kind = g_strdup ("neutral");
  g_assert_false (insp_workspace_save_practice (fixture->workspace, practice, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==,
                   "Data-Date with the drivers: “neutral” is not a kind of practice; "
                   "use good or bad");
  g_clear_error (&error);
  g_assert_null (practice->uuid);

  g_free (practice->kind);
  practice->kind = g_strdup ("good");
  practice->sector = g_strdup ("");
  g_assert_true (insp_workspace_save_practice (fixture->workspace, practice, &error));
  g_assert_no_error (error);
  g_assert_nonnull (practice->uuid);
  g_assert_nonnull (practice->modified);

  read = insp_workspace_get_practice (fixture->workspace, practice->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->title, ==, "Data-Date with the drivers");
  g_assert_null (read->sector);
  g_assert_cmpstr (read->kind, ==, "good");

  list = insp_workspace_list_practices (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);

  g_assert_true (insp_workspace_delete_practice (fixture->workspace, practice->uuid, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, insp_practice_free);
  read = insp_workspace_get_practice (fixture->workspace, practice->uuid, &error);
  g_assert_null (read);
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
}

static guint
count_hits (Fixture    *fixture,
            const char *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = insp_workspace_search_practices (fixture->workspace, query, 50,
                                                               &error);

  g_assert_no_error (error);
  return hits->len;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspPractice) accented = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  InspPracticeHit *hit;

  accented = save_practice (fixture, "Co-creatie met chauffeurs", "good",
                            "Meer wérkbare roosters en minder werkstress");

  hits = insp_workspace_search_practices (fixture->workspace, "werkbare", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->practice->uuid, ==, accented->uuid);
  g_assert_nonnull (strstr (hit->snippet_markup, "<b>wérkbare</b>"));

  g_assert_cmpuint (count_hits (fixture, "WERKBARE"), ==, 1);
  g_assert_cmpuint (count_hits (fixture, "Wérkba"), ==, 1);     /* a prefix */
  g_assert_cmpuint (count_hits (fixture, "chauffeurs werkstress"), ==, 1);
  g_assert_cmpuint (count_hits (fixture, "chauffeurs scanners"), ==, 0);

  /* the example's practices: title, sector, description, effect and lessons */
  g_assert_cmpuint (count_hits (fixture, "handheld"), ==, 1);    /* title */
  g_assert_cmpuint (count_hits (fixture, "logistics"), ==, 2);   /* sector */
  g_assert_cmpuint (count_hits (fixture, "half-days"), ==, 1);   /* lessons */

  /* user text is never search syntax */
  g_assert_cmpuint (count_hits (fixture, "\"werkbare"), ==, 1);
  g_assert_cmpuint (count_hits (fixture, "werkbare OR NOT NEAR("), ==, 0);
  g_assert_cmpuint (count_hits (fixture, "title:handheld"), ==, 0);   /* two words */
  g_assert_cmpuint (count_hits (fixture, "* ^ -- ()"), ==, 0);
  g_assert_cmpuint (count_hits (fixture, ""), ==, 0);

  /* the index follows changes and deletions */
  g_free (accented->effect);
  accented->effect = g_strdup ("Minder overuren");
  g_assert_true (insp_workspace_save_practice (fixture->workspace, accented, &error));
  g_assert_cmpuint (count_hits (fixture, "werkbare"), ==, 0);
  g_assert_cmpuint (count_hits (fixture, "overuren"), ==, 1);
  g_assert_true (insp_workspace_delete_practice (fixture->workspace, accented->uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture, "overuren"), ==, 0);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (fixture->dir, "casebook.json", NULL);
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.inspraak", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = dump (fixture->workspace);
  g_autofree char *after = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(InspWorkspace) other = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) other_list = NULL;
  InspCasebookCounts counts;
  gsize length;
  GStatBuf st;

  g_assert_true (insp_workspace_export_casebook_to_file (fixture->workspace, NULL, file,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (file, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (file, &contents, &length, &error));
  g_assert_cmpstr (contents, ==, before);
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"inspraak-casebook\",\n"
                                   "  \"version\": 1,\n  \"practices\": [\n"));

  other = insp_workspace_open (other_path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (import_text (other, contents, length, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 3);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (counts.unchanged, ==, 0);

  /* the same practices, field by field, created and modified included */
  after = dump (other);
  g_assert_cmpstr (after, ==, before);
  list = insp_workspace_list_practices (fixture->workspace, &error);
  other_list = insp_workspace_list_practices (other, &error);
  g_assert_cmpuint (list->len, ==, other_list->len);
  for (guint i = 0; i < list->len; i++)
    {
      InspPractice *a = g_ptr_array_index (list, i);
      InspPractice *b = g_ptr_array_index (other_list, i);

      g_assert_cmpstr (a->uuid, ==, b->uuid);
      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpstr (a->kind, ==, b->kind);
      g_assert_cmpstr (a->sector, ==, b->sector);
      g_assert_cmpstr (a->description, ==, b->description);
      g_assert_cmpstr (a->effect, ==, b->effect);
      g_assert_cmpstr (a->lessons, ==, b->lessons);
      g_assert_cmpstr (a->created, ==, b->created);
      g_assert_cmpstr (a->modified, ==, b->modified);
    }
  /* and the imported ones are searchable */
  {
    g_autoptr(GPtrArray) hits = insp_workspace_search_practices (other, "handheld", 5, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
  }

  /* again: nothing newer, nothing changed */
  g_assert_true (import_text (other, contents, length, &counts, &error));
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (counts.unchanged, ==, 3);

  /* a newer copy of one practice updates it; an older one never overwrites */
  {
    g_autoptr(GString) text = g_string_new (contents);

    g_string_replace (text, "\"title\": \"Handheld scanners", "\"title\": \"Hand scanners", 1);
    g_string_replace (text, "\"modified\": \"2026-01-12T11:00:00Z\"",
                      "\"modified\": \"2026-09-01T08:00:00Z\"", 1);
    g_string_replace (text, "\"title\": \"Acceptance workshop",
                      "\"title\": \"Old acceptance workshop", 1);
    g_string_replace (text, "\"modified\": \"2026-03-02T09:00:00Z\"",
                      "\"modified\": \"2025-03-02T09:00:00Z\"", 1);
    newer = g_string_free (g_steal_pointer (&text), FALSE);
  }
  g_assert_true (import_text (other, newer, strlen (newer), &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 1);
  g_assert_cmpuint (counts.unchanged, ==, 2);
  {
    g_autoptr(InspPractice) scanners = insp_workspace_get_practice (other, SCANNERS, &error);
    g_autoptr(InspPractice) workshop = insp_workspace_get_practice (other, WORKSHOP, &error);

    g_assert_true (g_str_has_prefix (scanners->title, "Hand scanners"));
    g_assert_cmpstr (scanners->modified, ==, "2026-09-01T08:00:00Z");
    g_assert_true (g_str_has_prefix (workshop->title, "Acceptance workshop"));
  }
}

static void
test_export_chosen (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (fixture->dir, "two.json", NULL);
  g_autofree char *contents = NULL;
  const char *chosen[] = { FRONTRUNNERS, SCANNERS, NULL };
  const char *unknown[] = { SCANNERS, NEW_UUID, NULL };

  g_assert_true (insp_workspace_export_casebook_to_file (fixture->workspace, chosen, file,
                                                         &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, SCANNERS));
  g_assert_nonnull (strstr (contents, FRONTRUNNERS));
  g_assert_null (strstr (contents, WORKSHOP));

  /* an unknown uuid: refused, the old file kept */
  g_assert_false (insp_workspace_export_casebook_to_file (fixture->workspace, unknown, file,
                                                          &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No practice has the uuid " NEW_UUID);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, FRONTRUNNERS));
}

#define HEAD "{\"format\": \"inspraak-casebook\", \"version\": 1, \"practices\": ["
#define GOOD_ROW(uuid, title) \
  "{\"uuid\": \"" uuid "\", \"title\": \"" title "\", \"kind\": \"good\"}"

static const struct
{
  const char *name;
  const char *json;
  const char *message;
} invalid[] = {
  { "not-json", "practices: []",
    "cb.json:1:1: unexpected character “p”" },
  { "not-object", "[]",
    "cb.json: $: must be an object, not an array" },
  { "workspace-file", "{\"format\": \"inspraak-workspace\", \"version\": 1}",
    "cb.json: $.format: expected “inspraak-casebook”: this is not an Inspraak casebook file" },
  { "no-format", "{\"version\": 1, \"practices\": []}",
    "cb.json: $.format: expected “inspraak-casebook”: this is not an Inspraak casebook file" },
  { "version-2", "{\"format\": \"inspraak-casebook\", \"version\": 2, \"practices\": []}",
    "cb.json: $.version: unsupported version 2 (this version of Inspraak reads version 1)" },
  { "version-string", "{\"format\": \"inspraak-casebook\", \"version\": \"1\"}",
    "cb.json: $.version: a whole number is required" },
  { "no-practices", "{\"format\": \"inspraak-casebook\", \"version\": 1}",
    "cb.json: $: the required field “practices” is missing" },
  { "other-entity", HEAD "], \"groups\": []}",
    "cb.json: $.groups: unknown field" },
  { "practices-object", "{\"format\": \"inspraak-casebook\", \"version\": 1, "
    "\"practices\": {}}",
    "cb.json: $.practices: must be an array, not an object" },
  { "row-not-object", HEAD GOOD_ROW (NEW_UUID, "A") ", 3]}",
    "cb.json: $.practices[1]: must be an object, not a number" },
  { "unknown-field", HEAD GOOD_ROW (NEW_UUID, "A") ", {\"uuid\": "
    "\"1b5e8a2c-5f0e-4c1a-9d3b-2a7c9e6f1d40\", \"title\": \"B\", \"colour\": \"red\"}]}",
    "cb.json: $.practices[1].colour: unknown field" },
  { "bad-kind", HEAD "{\"uuid\": \"" NEW_UUID "\", \"title\": \"A\", \"kind\": \"so-so\"}]}",
    "cb.json: $.practices[0].kind: “so-so” is not one of good, bad" },
  { "title-number", HEAD "{\"uuid\": \"" NEW_UUID "\", \"title\": 5}]}",
    "cb.json: $.practices[0].title: must be a string, not a number" },
  { "title-missing", HEAD "{\"uuid\": \"" NEW_UUID "\", \"kind\": \"bad\"}]}",
    "cb.json: $.practices[0]: the required field “title” is missing" },
  { "title-null", HEAD "{\"uuid\": \"" NEW_UUID "\", \"title\": null}]}",
    "cb.json: $.practices[0].title: must not be null" },
  { "uuid-uppercase", HEAD GOOD_ROW ("0B5E8A2C-5F0E-4C1A-9D3B-2A7C9E6F1D40", "A") "]}",
    "cb.json: $.practices[0].uuid: “0B5E8A2C-5F0E-4C1A-9D3B-2A7C9E6F1D40” is not a UUID in "
    "lowercase canonical form" },
  { "uuid-missing", HEAD "{\"title\": \"A\"}]}",
    "cb.json: $.practices[0]: the required field “uuid” is missing" },
  { "duplicate-uuid", HEAD GOOD_ROW (NEW_UUID, "A") ", " GOOD_ROW (NEW_UUID, "B") "]}",
    "cb.json: $.practices[1].uuid: duplicate uuid (also at $.practices[0])" },
  { "bad-modified", HEAD "{\"uuid\": \"" NEW_UUID "\", \"title\": \"A\", "
    "\"modified\": \"yesterday\"}]}",
    "cb.json: $.practices[0].modified: “yesterday” is not a UTC time of the form "
    "YYYY-MM-DDTHH:MM:SSZ" },
  { "sector-bool", HEAD "{\"uuid\": \"" NEW_UUID "\", \"title\": \"A\", \"sector\": true}]}",
    "cb.json: $.practices[0].sector: must be a string, not a boolean" },
  { "trailing", HEAD "]} x",
    "cb.json:1:64: trailing data after the JSON value" },
};

/* Every problem refused with its exact location, and the workspace left as it was, even
 * when the good rows come first. */
static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = dump_workspace (fixture->workspace);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      InspCasebookCounts counts = { 7, 7, 7 };

      g_test_message ("%s", invalid[i].name);
      g_assert_false (import_text (fixture->workspace, invalid[i].json,
                                   strlen (invalid[i].json), &counts, &error));
      g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
      g_assert_cmpstr (error->message, ==, invalid[i].message);
      g_assert_cmpuint (counts.added, ==, 7);
      after = dump_workspace (fixture->workspace);
      g_assert_cmpstr (after, ==, before);
    }
}

/* A practice cannot take the uuid of another row of the workspace. */
static void
test_uuid_taken (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_workspace (fixture->workspace);
  g_autofree char *after = NULL;
  const char *json = HEAD GOOD_ROW (NEW_UUID, "New") ", "
                     GOOD_ROW ("37a9a82a-342a-472f-b942-7a2c48d1c5bc", "Planner") "]}";

  g_assert_false (import_text (fixture->workspace, json, strlen (json), NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==,
                   "cb.json: $.practices[1].uuid: the workspace has a row of “applications” "
                   "with this uuid");
  after = dump_workspace (fixture->workspace);
  g_assert_cmpstr (after, ==, before);
}

/* Several problems at once, each on its line, up to the limit asked for. */
static void
test_several_problems (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *json = HEAD "{\"uuid\": \"" NEW_UUID "\", \"title\": 1, \"kind\": \"x\"}, "
                     "{\"uuid\": \"" NEW_UUID "\", \"lessons\": []}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));

  g_assert_false (import_text (fixture->workspace, json, strlen (json), NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "cb.json: $.practices[0].title: must be a string, not a number\n"
                   "cb.json: $.practices[0].kind: “x” is not one of good, bad\n"
                   "cb.json: $.practices[1].uuid: duplicate uuid (also at $.practices[0])\n"
                   "cb.json: $.practices[1]: the required field “title” is missing\n"
                   "cb.json: $.practices[1].lessons: must be a string, not an array");
  g_clear_error (&error);

  g_assert_false (insp_workspace_import_casebook (fixture->workspace, bytes, "cb.json", 1,
                                                  NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "cb.json: $.practices[0].title: must be a string, not a number");
}

static void
test_hostile (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = dump_workspace (fixture->workspace);
  g_autofree char *after = NULL;
  g_autoptr(GString) huge = g_string_new (HEAD "{\"uuid\": \"" NEW_UUID "\", \"title\": \"");
  g_autoptr(GError) error = NULL;
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

  /* a 10 MB string */
  for (guint i = 0; i < 10 * 1024 * 1024 / 64; i++)
    g_string_append (huge, "werkbaar werk werkbaar werk werkbaar werk werkbaar werk werkbaar");
  g_string_append (huge, "\"}]}");
  g_assert_false (import_text (fixture->workspace, huge->str, huge->len, NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "cb.json:1:119: string longer than 1 MiB");
  g_clear_error (&error);

  /* not text at all */
  g_assert_false (import_text (fixture->workspace, binary, sizeof binary - 1, NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, "cb.json:1:1: "));
  g_clear_error (&error);

  /* empty */
  g_assert_false (import_text (fixture->workspace, "", 0, NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);

  after = dump_workspace (fixture->workspace);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/casebook/save", test_save, NULL);
  insp_test_add_workspace ("/casebook/search", test_search, "en");
  insp_test_add_workspace ("/casebook/round-trip", test_round_trip, "en");
  insp_test_add_workspace ("/casebook/export-chosen", test_export_chosen, "en");
  insp_test_add_workspace ("/casebook/invalid", test_invalid, "en");
  insp_test_add_workspace ("/casebook/uuid-taken", test_uuid_taken, "en");
  insp_test_add_workspace ("/casebook/several-problems", test_several_problems, NULL);
  insp_test_add_workspace ("/casebook/hostile", test_hostile, "en");

  return g_test_run ();
}
