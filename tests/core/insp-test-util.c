/* insp-test-util.c — small helpers shared by the core tests
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "insp-test-util.h"

#include <glib/gstdio.h>

/* Removes @path and everything below it; a symbolic link is removed, not followed. */
void
insp_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        insp_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Opens a new workspace in a temporary folder; with @example_lang ("en", "nl"), filled with
 * the example organisation. */
void
insp_test_workspace_set_up (InspTestWorkspace *fixture,
                            gconstpointer      example_lang)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("inspraak-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "w.inspraak", NULL);
  fixture->workspace = insp_workspace_open (fixture->path, TRUE, &error);
  g_assert_no_error (error);
  if (example_lang != NULL)
    {
      insp_workspace_init_example (fixture->workspace, example_lang, &error);
      g_assert_no_error (error);
    }
}

void
insp_test_workspace_tear_down (InspTestWorkspace *fixture,
                               gconstpointer      data)
{
  g_clear_object (&fixture->workspace);
  insp_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}
