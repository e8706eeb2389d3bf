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
#include "insp-toast.h"
#include "insp-vision-page.h"
#include "insp-window-private.h"

/* The smallest sizes the window restores: below them it would not be usable. */
#define MIN_RESTORED_WIDTH  360
#define MIN_RESTORED_HEIGHT 294

/* Work that ends sooner than this shows no progress: a spinner that flashes by only
 * distracts. */
#define BUSY_DELAY_MS 300

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

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static void
insp_window_bind_page_property (InspWindow *self,
                                GtkWidget  *page,
                                const char *name)
{
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), name) != NULL)
    g_object_bind_property (self, name, page, name, G_BINDING_SYNC_CREATE);
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

      /* A page that shows the workspace follows the window's. */
      insp_window_bind_page_property (self, page, "workspace");
      insp_window_bind_page_property (self, page, "busy");
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

/* The workspace switcher */

static GtkWidget *
insp_window_create_workspace_row (gpointer item,
                                  gpointer user_data)
{
  InspWorkspaceInfo *info = item;
  InspWindow *self = user_data;
  const char *path = insp_workspace_info_get_path (info);
  const char *name = insp_workspace_info_get_organisation_name (info);
  gboolean current;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *check;

  if (name == NULL || name[0] == '\0')
    name = insp_workspace_info_get_file_name (info);
  current = self->workspace != NULL
            && g_strcmp0 (path, insp_workspace_get_path (self->workspace)) == 0;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", name,
                        "xalign", 0.0f,
                        "hexpand", TRUE,
                        "ellipsize", PANGO_ELLIPSIZE_END,
                        "max-width-chars", 32,
                        NULL);
  gtk_box_append (GTK_BOX (box), label);

  /* The check mark only shows what the description says. */
  check = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", "object-select-symbolic",
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        "opacity", current ? 1.0 : 0.0,
                        NULL);
  gtk_box_append (GTK_BOX (box), check);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.switch-workspace");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", path);
  gtk_widget_set_tooltip_text (row, insp_workspace_info_get_file_name (info));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  if (current)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("Current workspace"),
                                    -1);

  return row;
}

static void
insp_window_reload_workspace_list (InspWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *dir;

  if (self->workspace_list != NULL)
    {
      insp_workspace_list_reload (self->workspace_list);
      return;
    }

  /* Made when the switcher first opens: reading every workspace has no place at start-up. */
  dir = _insp_window_ensure_workspace_dir (self, &error);
  if (dir == NULL)
    {
      g_debug ("No list of workspaces: %s", error->message);
      return;
    }

  self->workspace_list = insp_workspace_list_new (dir);
  gtk_list_box_bind_model (self->workspace_list_box, G_LIST_MODEL (self->workspace_list),
                           insp_window_create_workspace_row, self, NULL);
}

static void
on_workspace_popover_show (GtkPopover *popover,
                           InspWindow *self)
{
  insp_window_reload_workspace_list (self);
}

static void
insp_window_update_switcher (InspWindow *self)
{
  g_autofree char *name = NULL;

  if (self->workspace != NULL)
    name = insp_organisation_dup_display_name (insp_workspace_get_organisation (self->workspace));
  else
    name = g_strdup ("Inspraak");

  gtk_label_set_label (self->workspace_label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->workspace_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, name,
                                  -1);

  /* The names and the check mark in the list, when it is shown. */
  if (self->workspace_list != NULL)
    insp_workspace_list_reload (self->workspace_list);
}

static void
on_workspace_changed (InspWorkspace *workspace,
                      InspWindow    *self)
{
  insp_window_update_switcher (self);
}

/* The workspace */

/**
 * insp_window_get_workspace:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the workspace shown, or %NULL while it is being
 *   opened or when none could be
 */
InspWorkspace *
insp_window_get_workspace (InspWindow *self)
{
  g_return_val_if_fail (INSP_IS_WINDOW (self), NULL);

  return self->workspace;
}

void
_insp_window_set_workspace (InspWindow    *self,
                            InspWorkspace *workspace)
{
  g_assert (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed, self);

  g_set_object (&self->workspace, workspace);

  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed::organisations",
                             G_CALLBACK (on_workspace_changed), self, 0);

  g_debug ("Showing workspace %s", workspace ? insp_workspace_get_path (workspace) : "(none)");
  insp_window_update_switcher (self);
  _insp_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/* Returns the folder of workspaces, made when it is missing. */
const char *
_insp_window_ensure_workspace_dir (InspWindow  *self,
                                   GError     **error)
{
  if (self->workspace_dir == NULL)
    self->workspace_dir = insp_workspace_get_default_dir (error);

  return self->workspace_dir;
}

/* Opens the workspace at @path at the next start. They all live in the folder of
 * workspaces, so its file name is enough. */
void
_insp_window_remember_workspace (InspWindow *self,
                                 const char *path)
{
  g_autofree char *file_name = g_path_get_basename (path);

  g_settings_set_string (self->settings, "current-workspace", file_name);
}

/* Busy: a job runs in another thread */

/**
 * insp_window_get_busy:
 * @self: a window
 *
 * Returns: whether the window opens, imports or writes a workspace in the background; the
 *   workspace actions wait until it is done
 */
gboolean
insp_window_get_busy (InspWindow *self)
{
  g_return_val_if_fail (INSP_IS_WINDOW (self), FALSE);

  return self->busy;
}

static gboolean
on_busy_timeout (gpointer user_data)
{
  InspWindow *self = user_data;

  self->busy_timeout_id = 0;

  gtk_widget_set_visible (self->busy_status, TRUE);
  gtk_spinner_start (self->busy_spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->leaflet), FALSE);

  return G_SOURCE_REMOVE;
}

void
_insp_window_begin_busy (InspWindow *self,
                         const char *message)
{
  g_assert (!self->busy);

  self->busy = TRUE;
  gtk_label_set_label (self->busy_label, message);
  self->busy_timeout_id = g_timeout_add (BUSY_DELAY_MS, on_busy_timeout, self);

  _insp_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
_insp_window_end_busy (InspWindow *self)
{
  g_assert (self->busy);

  self->busy = FALSE;
  g_clear_handle_id (&self->busy_timeout_id, g_source_remove);
  gtk_spinner_stop (self->busy_spinner);
  gtk_widget_set_visible (self->busy_status, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->leaflet), TRUE);

  _insp_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

  /* Closed while the work ran: close now that it is done. */
  if (self->close_pending)
    {
      self->close_pending = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* Messages */

void
_insp_window_show_toast (InspWindow *self,
                         const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 3);
  insp_window_add_toast (self, toast);
}

/**
 * _insp_window_show_error:
 * @self: a window
 * @heading: what failed, such as "Cannot Import “x.json”"
 * @body: the core's message, or a sentence on what to do when @details has the message
 * @details: (nullable): the full message, such as a list of problems with their locations,
 *   shown as text that can be selected and copied
 */
void
_insp_window_show_error (InspWindow *self,
                         const char *heading,
                         const char *body,
                         const char *details)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  if (details != NULL)
    {
      GtkWidget *scrolled;
      GtkWidget *label;

      label = g_object_new (GTK_TYPE_LABEL,
                            "label", details,
                            "selectable", TRUE,
                            "wrap", TRUE,
                            "wrap-mode", PANGO_WRAP_WORD_CHAR,
                            "xalign", 0.0f,
                            "yalign", 0.0f,
                            "valign", GTK_ALIGN_START,
                            "margin-top", 6,
                            "margin-bottom", 6,
                            "margin-start", 6,
                            "margin-end", 6,
                            NULL);
      gtk_widget_add_css_class (label, "monospace");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems Found"),
                                      -1);
      scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                               "child", label,
                               "hscrollbar-policy", GTK_POLICY_NEVER,
                               "propagate-natural-height", TRUE,
                               "max-content-height", 240,
                               NULL);
      gtk_widget_add_css_class (scrolled, "card");
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
    }

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Start-up and closing */

static gboolean
on_startup_idle (gpointer user_data)
{
  InspWindow *self = user_data;

  self->startup_idle_id = 0;
  _insp_window_open_startup_workspace (self);

  return G_SOURCE_REMOVE;
}

static gboolean
on_first_frame_tick (GtkWidget     *widget,
                     GdkFrameClock *frame_clock,
                     gpointer       user_data)
{
  InspWindow *self = INSP_WINDOW (widget);

  /* The frame is painted in this same dispatch, so the idle runs once the window shows.
   * Not at an idle priority: frames would starve it for as long as something animates. */
  self->startup_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, on_startup_idle, self, NULL);

  return G_SOURCE_REMOVE;
}

static void
insp_window_map (GtkWidget *widget)
{
  InspWindow *self = INSP_WINDOW (widget);

  GTK_WIDGET_CLASS (insp_window_parent_class)->map (widget);

  if (!self->startup_started)
    {
      self->startup_started = TRUE;
      gtk_widget_add_tick_callback (widget, on_first_frame_tick, NULL, NULL);
    }
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

  /* Work in the background finishes first (an import is one transaction, a copy is
   * written in full), then the window closes. */
  if (self->busy)
    {
      self->close_pending = TRUE;
      return TRUE;
    }

  insp_window_save_state (self);

  return GTK_WINDOW_CLASS (insp_window_parent_class)->close_request (window);
}

static void
insp_window_dispose (GObject *object)
{
  InspWindow *self = INSP_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  g_clear_handle_id (&self->startup_idle_id, g_source_remove);
  g_clear_handle_id (&self->busy_timeout_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_WINDOW);
  g_clear_object (&self->settings);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->workspace_list);

  G_OBJECT_CLASS (insp_window_parent_class)->dispose (object);
}

static void
insp_window_finalize (GObject *object)
{
  InspWindow *self = INSP_WINDOW (object);

  g_free (self->workspace_dir);

  G_OBJECT_CLASS (insp_window_parent_class)->finalize (object);
}

static void
insp_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  InspWindow *self = INSP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_window_class_init (InspWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = insp_window_dispose;
  object_class->finalize = insp_window_finalize;
  object_class->get_property = insp_window_get_property;
  widget_class->map = insp_window_map;
  window_class->close_request = insp_window_close_request;

  /**
   * InspWindow:workspace: (nullable)
   *
   * The workspace shown: the pages that show its content follow it.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         INSP_TYPE_WORKSPACE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspWindow:busy:
   *
   * Whether a workspace is being opened, imported or written in the background.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/insp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, InspWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, busy_status);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, busy_label);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, workspace_button);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, workspace_label);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, workspace_popover);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, workspace_list_box);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, content);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, InspWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_workspace_popover_show);

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

  /* The workspace is opened once the window is on screen (see insp_window_map ()): busy
   * until then, so that nothing offers to work on a workspace that is not there yet. */
  _insp_window_begin_busy (self, _("Opening the workspace…"));
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
insp_window_new (InspApp *application)
{
  g_return_val_if_fail (INSP_IS_APP (application), NULL);

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
 * Shows a toast at the bottom of the window, such as "Person removed" with Undo, in place
 * of the toast shown (insp_toast_show ()).
 */
void
insp_window_add_toast (InspWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (INSP_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  insp_toast_show (self->toast_overlay, toast);
}
