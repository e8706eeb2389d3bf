/* insp-test-util.h — small helpers shared by the core tests
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void insp_test_remove_tree (const char *path);

G_END_DECLS
