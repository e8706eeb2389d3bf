/* insp-test-util.h — small helpers shared by the core tests
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

/* A workspace in a temporary folder of its own, for g_test_add (). */
typedef struct
{
  char          *dir;
  char          *path;
  InspWorkspace *workspace;
} InspTestWorkspace;

void insp_test_remove_tree         (const char        *path);
void insp_test_workspace_set_up    (InspTestWorkspace *fixture,
                                    gconstpointer      example_lang);
void insp_test_workspace_tear_down (InspTestWorkspace *fixture,
                                    gconstpointer      data);

/* Adds a test on a new workspace; @data "en" or "nl" makes it the example in that language. */
#define insp_test_add_workspace(path, func, data) \
  g_test_add (path, InspTestWorkspace, data, insp_test_workspace_set_up, func, \
              insp_test_workspace_tear_down)

G_END_DECLS
