/* test-recent-exports.c — the list of exports made from each workspace
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "insp-error.h"
#include "insp-recent-exports.h"
#include "insp-test-util.h"

static InspRecentExport *
make_entry (const char *template_id,
            const char *path)
{
  InspRecentExport *entry = insp_recent_export_new ();

  entry->template_id = g_strdup (template_id);
  entry->format = g_strdup ("pdf");
  entry->language = g_strdup ("nl");
  entry->vision_version = g_strdup ("2");
  entry->path = g_strdup (path);
  entry->date = g_strdup ("2026-11-28T10:00:00Z");
  return entry;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("insp-recent-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "recent-exports.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  const InspRecentExport *first;
  struct stat st;

  entries = insp_recent_exports_load (file, "/a.inspraak", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);

  for (guint i = 0; i < INSP_RECENT_EXPORTS_MAX + 3; i++)
    {
      g_autofree char *path = g_strdup_printf ("/out/vision-%u.pdf", i);
      g_autoptr(InspRecentExport) entry = make_entry ("vision", path);

      g_assert_true (insp_recent_exports_add (file, "/a.inspraak", entry, &error));
      g_assert_no_error (error);
    }
  {
    /* The same file again moves to the top instead of being listed twice. */
    g_autoptr(InspRecentExport) entry = make_entry ("review-pack", "/out/vision-11.pdf");
    g_assert_true (insp_recent_exports_add (file, "/a.inspraak", entry, &error));
  }
  {
    g_autoptr(InspRecentExport) other = make_entry ("charter", "/out/charter.odt");
    g_assert_true (insp_recent_exports_add (file, "/b.inspraak", other, &error));
  }

  g_assert_cmpint (g_stat (file, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  entries = insp_recent_exports_load (file, "/a.inspraak", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, INSP_RECENT_EXPORTS_MAX);
  first = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (first->template_id, ==, "review-pack");
  g_assert_cmpstr (first->path, ==, "/out/vision-11.pdf");
  g_assert_cmpstr (first->language, ==, "nl");
  g_assert_cmpstr (first->vision_version, ==, "2");
  g_assert_null (first->application);
  g_assert_cmpstr (((InspRecentExport *) g_ptr_array_index (entries, 1))->path, ==,
                   "/out/vision-12.pdf");
  g_clear_pointer (&entries, g_ptr_array_unref);

  entries = insp_recent_exports_load (file, "/b.inspraak", &error);
  g_assert_cmpuint (entries->len, ==, 1);

  insp_test_remove_tree (dir);
}

static void
test_damaged (void)
{
  g_autofree char *dir = g_dir_make_tmp ("insp-recent-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "recent-exports.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(InspRecentExport) entry = make_entry ("vision", "/out/v.pdf");

  g_assert_true (g_file_set_contents (file, "{\"format\": \"something else\"}", -1, NULL));
  g_assert_null (insp_recent_exports_load (file, "/a.inspraak", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, file));
  g_clear_error (&error);

  /* Adding starts a damaged list afresh. */
  g_assert_true (insp_recent_exports_add (file, "/a.inspraak", entry, &error));
  entries = insp_recent_exports_load (file, "/a.inspraak", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);

  insp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recent-exports/round-trip", test_round_trip);
  g_test_add_func ("/recent-exports/damaged", test_damaged);

  return g_test_run ();
}
