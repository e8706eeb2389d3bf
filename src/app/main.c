/* main.c — the entry point of the Inspraak application
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "insp-app.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(InspApp) app = NULL;
  const char *localedir;

  /* Uninstalled (meson devenv, tests) the catalogues live in the build tree. */
  localedir = g_getenv ("INSPRAAK_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = insp_app_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
