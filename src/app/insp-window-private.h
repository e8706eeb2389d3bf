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

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  AdwWindowTitle       *workspace_button;
  GtkMenuButton        *primary_menu_button;
  GtkListBox           *sidebar_list;
  GtkWidget            *content;
  AdwWindowTitle       *page_title;
  GtkButton            *back_button;
  GtkStack             *stack;
};

gboolean _insp_window_is_page_id           (const char      *page_id);
void     _insp_window_class_actions_init   (InspWindowClass *klass);
void     _insp_window_actions_init         (InspWindow      *self);

G_END_DECLS
