/* insp-window.c — the main window: a sidebar of pages next to the page shown
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-window.h"

#include <glib/gi18n.h>

#include "insp-actions-page.h"
#include "insp-applications-page.h"
#include "insp-exports-page.h"
#include "insp-impact-page.h"
#include "insp-overview-page.h"
#include "insp-people-page.h"
#include "insp-practices-page.h"
#include "insp-vision-page.h"
#include "insp-window-private.h"

/* The smallest sizes the window restores: below them it would not be usable. */
#define MIN_RESTORED_WIDTH  360
#define MIN_RESTORED_HEIGHT 294

typedef struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} InspPageInfo;

/* The pages in sidebar order. A page is built the first time it is shown, so that the
 * window maps without waiting for pages nobody has asked for yet. */
static const InspPageInfo page_infos[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", insp_overview_page_get_type },
  { "vision", N_("AI Vision"), "view-reveal-symbolic", insp_vision_page_get_type },
  { "applications", N_("Applications"), "system-run-symbolic", insp_applications_page_get_type },
  { "people", N_("People"), "system-users-symbolic", insp_people_page_get_type },
  { "impact", N_("Impact"), "power-profile-balanced-symbolic", insp_impact_page_get_type },
  { "actions", N_("Actions"), "checkbox-checked-symbolic", insp_actions_page_get_type },
  { "practices", N_("Practices"), "user-bookmarks-symbolic", insp_practices_page_get_type },
  { "exports", N_("Exports"), "document-send-symbolic", insp_exports_page_get_type },
};

G_DEFINE_FINAL_TYPE (InspWindow, insp_window, ADW_TYPE_APPLICATION_WINDOW)

static const InspPageInfo *
insp_page_info_lookup (const char *page_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    {
      if (g_strcmp0 (page_infos[i].id, page_id) == 0)
        return &page_infos[i];
    }

  return NULL;
}

gboolean
_insp_window_is_page_id (const char *page_id)
{
  return insp_page_info_lookup (page_id) != NULL;
}

static GtkWidget *
insp_window_create_sidebar_row (const InspPageInfo *info)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *image;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  /* The icon only decorates: the row's name is its label. */
  image = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", info->icon_name,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  gtk_box_append (GTK_BOX (box), image);

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", _(info->title),
                        "xalign", 0.0f,
                        "ellipsize", PANGO_ELLIPSIZE_END,
                        NULL);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title),
                                  -1);

  return row;
}

static GtkWidget *
insp_window_ensure_page (InspWindow         *self,
                         const InspPageInfo *info)
{
  GtkWidget *page;

  page = gtk_stack_get_child_by_name (self->stack, info->id);
  if (page == NULL)
    {
      g_debug ("Building page %s", info->id);
      page = g_object_new (info->get_type (), NULL);
      gtk_stack_add_titled (self->stack, page, info->id, _(info->title));
    }

  return page;
}

static void
on_sidebar_list_row_selected (GtkListBox    *list,
                              GtkListBoxRow *row,
                              InspWindow    *self)
{
  const InspPageInfo *info;
  int index;

  if (row == NULL)
    return;

  index = gtk_list_box_row_get_index (row);
  g_assert (index >= 0 && index < (int) G_N_ELEMENTS (page_infos));
  info = &page_infos[index];

  gtk_stack_set_visible_child (self->stack, insp_window_ensure_page (self, info));
  adw_window_title_set_title (self->page_title, _(info->title));
}

static void
on_sidebar_list_row_activated (GtkListBox    *list,
                               GtkListBoxRow *row,
                               InspWindow    *self)
{
  /* In a narrow window the sidebar covers the page: go to the page the person chose. */
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_button_clicked (GtkButton  *button,
                        InspWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
insp_window_restore_state (InspWindow *self)
{
  int width;
  int height;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self),
                               MAX (width, MIN_RESTORED_WIDTH),
                               MAX (height, MIN_RESTORED_HEIGHT));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
insp_window_save_state (InspWindow *self)
{
  int width;
  int height;

  /* The default size follows the window as it is resized, but not while it is
   * maximized: it is the size to return to. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
insp_window_close_request (GtkWindow *window)
{
  InspWindow *self = INSP_WINDOW (window);

  insp_window_save_state (self);

  return GTK_WINDOW_CLASS (insp_window_parent_class)->close_request (window);
}

static void
insp_window_dispose (GObject *object)
{
  InspWindow *self = INSP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (insp_window_parent_class)->dispose (object);
}

static void
insp_window_class_init (InspWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = insp_window_dispose;
  window_class->close_request = insp_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/insp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, InspWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, workspace_button);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, content);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked);

  _insp_window_class_actions_init (klass);
}

static void
insp_window_init (InspWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  insp_window_restore_state (self);

  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    gtk_list_box_append (self->sidebar_list, insp_window_create_sidebar_row (&page_infos[i]));

  _insp_window_actions_init (self);

  /* The overview first; a narrow window starts on the sidebar. */
  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, 0));
}

/**
 * insp_window_new:
 * @application: the application
 *
 * Creates a main window showing the overview.
 *
 * Returns: (transfer none): a new #InspWindow, owned by its toplevel list
 */
InspWindow *
insp_window_new (InspApplication *application)
{
  g_return_val_if_fail (INSP_IS_APPLICATION (application), NULL);

  return g_object_new (INSP_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * insp_window_show_page:
 * @self: a window
 * @page_id: a page: "overview", "vision", "applications", "people", "impact", "actions",
 *   "practices" or "exports"
 *
 * Selects the page in the sidebar and shows it, building it when it is shown for the
 * first time. In a narrow window the page replaces the sidebar.
 */
void
insp_window_show_page (InspWindow *self,
                       const char *page_id)
{
  const InspPageInfo *info;
  GtkListBoxRow *row;

  g_return_if_fail (INSP_IS_WINDOW (self));

  info = insp_page_info_lookup (page_id);
  g_return_if_fail (info != NULL);

  row = gtk_list_box_get_row_at_index (self->sidebar_list, (int) (info - page_infos));
  gtk_list_box_select_row (self->sidebar_list, row);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/**
 * insp_window_get_page_id:
 * @self: a window
 *
 * Returns: the id of the page shown, such as "overview"
 */
const char *
insp_window_get_page_id (InspWindow *self)
{
  g_return_val_if_fail (INSP_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * insp_window_get_page:
 * @self: a window
 * @page_id: a page id
 *
 * Returns: (transfer none) (nullable): the page, or %NULL when it has not been shown yet
 */
GtkWidget *
insp_window_get_page (InspWindow *self,
                      const char *page_id)
{
  g_return_val_if_fail (INSP_IS_WINDOW (self), NULL);
  g_return_val_if_fail (_insp_window_is_page_id (page_id), NULL);

  return gtk_stack_get_child_by_name (self->stack, page_id);
}

/**
 * insp_window_add_toast:
 * @self: a window
 * @toast: (transfer full): the toast
 *
 * Shows a toast at the bottom of the window, such as "Person removed" with Undo.
 */
void
insp_window_add_toast (InspWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (INSP_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
