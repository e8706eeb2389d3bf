/* fuzz-import.c — libFuzzer target for the importer: pre-scan, parse, validate, plan
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input must give either a document that plans cleanly against an empty workspace, or
 * an INSP_ERROR_INVALID_DATA whose message names the file: never a crash, a leak or a
 * critical.
 */
#define G_LOG_DOMAIN "inspraak-fuzz"

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "insp-error.h"
#include "insp-workspace.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static InspWorkspace *workspace;

static void
ensure_workspace (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (workspace != NULL)
    return;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  dir = g_dir_make_tmp ("inspraak-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "fuzz.inspraak", NULL);
  workspace = insp_workspace_open (path, TRUE, &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(InspImport) import = NULL;
  g_autoptr(InspImportSummary) summary = NULL;

  ensure_workspace ();

  import = insp_import_new (bytes, "fuzz.json", 20, &error);
  if (import == NULL)
    {
      g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
      g_assert_true (g_str_has_prefix (error->message, "fuzz.json:"));
      return 0;
    }

  summary = insp_workspace_plan_import (workspace, import, FALSE, &error);
  if (summary == NULL)
    {
      g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
      g_assert_true (g_str_has_prefix (error->message, "fuzz.json: $"));
    }

  return 0;
}
