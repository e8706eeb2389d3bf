/* insp-window-private.h — what insp-window.c shares with insp-window-actions.c
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "insp-window.h"

G_BEGIN_DECLS

struct _InspWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* The workspace shown; NULL while it is being opened, or when it could not be. */
  InspWorkspace        *workspace;
  /* The folder of workspaces and the switcher's list of them, made when first needed. */
  char                 *workspace_dir;
  InspWorkspaceList    *workspace_list;
  /* The file chooser shown, kept alive until it answers. */
  GtkNativeDialog      *file_chooser;

  guint                 startup_idle_id;
  guint                 busy_timeout_id;
  guint                 startup_started : 1;
  guint                 busy : 1;
  guint                 close_pending : 1;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *busy_status;
  GtkSpinner           *busy_spinner;
  GtkLabel             *busy_label;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkMenuButton        *workspace_button;
  GtkLabel             *workspace_label;
  GtkPopover           *workspace_popover;
  GtkListBox           *workspace_list_box;
  GtkMenuButton        *primary_menu_button;
  GtkListBox           *sidebar_list;
  GtkWidget            *content;
  AdwWindowTitle       *page_title;
  GtkButton            *back_button;
  GtkStack             *stack;
};

gboolean     _insp_window_is_page_id            (const char      *page_id);
void         _insp_window_class_actions_init    (InspWindowClass *klass);
void         _insp_window_actions_init          (InspWindow      *self);
void         _insp_window_update_actions        (InspWindow      *self);

void         _insp_window_set_workspace         (InspWindow      *self,
                                                 InspWorkspace   *workspace);
const char  *_insp_window_ensure_workspace_dir  (InspWindow      *self,
                                                 GError         **error);
void         _insp_window_remember_workspace    (InspWindow      *self,
                                                 const char      *path);
void         _insp_window_begin_busy            (InspWindow      *self,
                                                 const char      *message);
void         _insp_window_end_busy              (InspWindow      *self);
void         _insp_window_show_error            (InspWindow      *self,
                                                 const char      *heading,
                                                 const char      *body,
                                                 const char      *details);
void         _insp_window_show_toast            (InspWindow      *self,
                                                 const char      *title);

/* The workspace actions without their file choosers: what happens to the file chosen.
 * insp-window-actions.c; the tests call them with a file of their own. */
void         _insp_window_open_startup_workspace (InspWindow     *self);
void         _insp_window_switch_workspace      (InspWindow      *self,
                                                 const char      *path);
void         _insp_window_create_workspace      (InspWindow      *self,
                                                 const char      *organisation_name);
void         _insp_window_open_file             (InspWindow      *self,
                                                 GFile           *file);
void         _insp_window_save_copy_to_file     (InspWindow      *self,
                                                 GFile           *file);
void         _insp_window_import_file           (InspWindow      *self,
                                                 GFile           *file);
void         _insp_window_export_to_file        (InspWindow      *self,
                                                 GFile           *file);

G_END_DECLS
