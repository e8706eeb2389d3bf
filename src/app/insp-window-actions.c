/* insp-window-actions.c — the actions of the main window ("win.*")
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-window-private.h"

/* The four workspace actions below stay DISABLED until the lead engineer wires them to the
 * core's workspace front door (InspWorkspace: open, copy out, import, export), which is being
 * written now. A disabled action greys out its menu item and makes its shortcut do nothing,
 * which is honest; a handler that pretended to work would not be. */

static void
insp_window_actions_open_workspace (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  /* Wired by the lead on top of the core: choose a workspace and open it. */
}

static void
insp_window_actions_save_copy (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  /* Wired by the lead on top of the core: save a consistent copy of the workspace. */
}

static void
insp_window_actions_import (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  /* Wired by the lead on top of the core: import interchange JSON into the workspace. */
}

static void
insp_window_actions_export_workspace (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  /* Wired by the lead on top of the core: export the workspace as interchange JSON. */
}

static void
insp_window_actions_print (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  /* Enabled once a page shows a document that can be printed. */
}

static void
insp_window_actions_show_page (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  const char *page_id = g_variant_get_string (parameter, NULL);

  if (!_insp_window_is_page_id (page_id))
    {
      g_debug ("No page called “%s”", page_id);
      return;
    }

  insp_window_show_page (INSP_WINDOW (widget), page_id);
}

void
_insp_window_class_actions_init (InspWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open-workspace", NULL,
                                   insp_window_actions_open_workspace);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL,
                                   insp_window_actions_save_copy);
  gtk_widget_class_install_action (widget_class, "win.import", NULL,
                                   insp_window_actions_import);
  gtk_widget_class_install_action (widget_class, "win.export-workspace", NULL,
                                   insp_window_actions_export_workspace);
  gtk_widget_class_install_action (widget_class, "win.print", NULL,
                                   insp_window_actions_print);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   insp_window_actions_show_page);
}

void
_insp_window_actions_init (InspWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  /* Disabled until the lead wires them (see the top of this file). */
  gtk_widget_action_set_enabled (widget, "win.open-workspace", FALSE);
  gtk_widget_action_set_enabled (widget, "win.save-copy", FALSE);
  gtk_widget_action_set_enabled (widget, "win.import", FALSE);
  gtk_widget_action_set_enabled (widget, "win.export-workspace", FALSE);

  /* Nothing to print until a page has a document to show. */
  gtk_widget_action_set_enabled (widget, "win.print", FALSE);
}
