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
