/* insp-applications-page.c — the AI applications and their innovation tracks
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The applications on the left, each with its status and how much to involve employees; the
 * one chosen on the right: what it is, the triage and why, and its innovation track. An
 * application is registered and edited in a dialog; the page follows the workspace.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-applications-page.h"

#include <glib/gi18n.h>

#include "insp-application.h"
#include "insp-application-dialog.h"
#include "insp-enums.h"
#include "insp-track-view.h"

struct _InspApplicationsPage
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  AdwStatusPage *status_page;
  AdwLeaflet    *leaflet;
  GtkWidget     *sidebar;
  GtkWidget     *detail;
  GtkListBox    *application_list;
  GtkLabel      *title_label;
  GtkWidget     *stop_box;
  GtkLabel      *error_label;
  AdwActionRow  *intensity_row;
  GtkLabel      *intensity_label;
  AdwActionRow  *risk_row;
  AdwActionRow  *triggers_row;
  AdwActionRow  *purpose_row;
  AdwActionRow  *vendor_row;
  AdwActionRow  *make_or_buy_row;
  AdwActionRow  *status_row;
  AdwActionRow  *asked_row;
  AdwActionRow  *informed_row;
  InspTrackView *track_view;

  InspWorkspace *workspace;
  GPtrArray     *applications;  /* InspApplication, oldest first */
  char          *selected;      /* the uuid of the application shown */
  gboolean       filling;       /* rebuilding the list: not a choice */
};

G_DEFINE_FINAL_TYPE (InspApplicationsPage, insp_applications_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (InspApplicationsPage *self,
            const GError         *error)
{
  if (error == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
      return;
    }

  g_warning ("%s", error->message);
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static InspApplication *
find_application (InspApplicationsPage *self,
                  const char           *uuid)
{
  for (guint i = 0; self->applications != NULL && i < self->applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (self->applications, i);

      if (g_strcmp0 (insp_application_get_uuid (application), uuid) == 0)
        return application;
    }
  return NULL;
}

/* "High involvement", and the like: how much to involve employees, in a few words. */
static const char *
describe_intensity (InspIntensity intensity)
{
  switch (intensity)
    {
    case INSP_INTENSITY_NONE:
      return _("Inform at rollout");
    case INSP_INTENSITY_LOW:
      return _("Low involvement");
    case INSP_INTENSITY_MEDIUM:
      return _("Medium involvement");
    case INSP_INTENSITY_HIGH:
      return _("High involvement");
    case INSP_INTENSITY_STOP:
    default:
      return _("Prohibited — stop");
    }
}

static char *
describe_application (InspApplication *application)
{
  const char *status = insp_enum_get_label (&insp_enum_application_status,
                                            insp_application_get_status (application));

  /* Translators: an application's status and how much to involve employees,
   * e.g. "In use · High involvement" */
  return g_strdup_printf (_("%s · %s"), status,
                          describe_intensity (insp_application_get_intensity (application,
                                                                              NULL)));
}

static char *
format_date (const char *date)
{
  g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", date);
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (iso, NULL);
  char *shown = parsed != NULL ? g_date_time_format (parsed, "%-d %B %Y") : g_strdup (date);

  return g_strstrip (shown);
}

/* --- The list -------------------------------------------------------------------------------- */

static GtkWidget *
create_row (InspApplication *application)
{
  g_autofree char *subtitle = describe_application (application);
  g_autofree char *accessible = NULL;
  GtkWidget *row, *box, *title, *detail;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  title = g_object_new (GTK_TYPE_LABEL,
                        "label", insp_application_get_name (application),
                        "xalign", 0.0f,
                        "ellipsize", PANGO_ELLIPSIZE_END,
                        NULL);
  detail = g_object_new (GTK_TYPE_LABEL,
                         "label", subtitle,
                         "xalign", 0.0f,
                         "ellipsize", PANGO_ELLIPSIZE_END,
                         NULL);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  if (insp_application_get_intensity (application, NULL) == INSP_INTENSITY_STOP)
    gtk_widget_add_css_class (detail, "error");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "uuid",
                          g_strdup (insp_application_get_uuid (application)), g_free);
  g_object_set_data (G_OBJECT (row), "subtitle", detail);
  /* Translators: how a screen reader names an application in the list: its name, then
   * its status and involvement, e.g. "Rostering planner, In use · High involvement" */
  accessible = g_strdup_printf (_("%s, %s"), insp_application_get_name (application),
                                subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return row;
}

static GtkListBoxRow *
find_row (InspApplicationsPage *self,
          const char           *uuid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->application_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "uuid"), uuid) == 0)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

/* --- The application shown ------------------------------------------------------------------- */

static void
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && text[0] != '\0' ? text
                                    /* Translators: a detail of an application left empty */
                                    : _("Not filled in"));
}

static char *
describe_triggers (InspApplication *application)
{
  const char * const *triggers = insp_application_get_triggers (application);
  const char *other = insp_application_get_other_trigger (application);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  /* In the paper's order, whatever the order they were ticked in. */
  for (guint i = 0; i < insp_enum_trigger.n_values; i++)
    if (triggers != NULL && g_strv_contains (triggers, insp_enum_trigger.values[i].id))
      g_ptr_array_add (labels, (gpointer) _(insp_enum_trigger.values[i].label));
  if (other != NULL && other[0] != '\0')
    g_ptr_array_add (labels, (gpointer) other);
  if (labels->len == 0)
    return g_strdup (_("None of the five holds"));
  g_ptr_array_add (labels, NULL);
  return g_strjoinv ("\n", (char **) labels->pdata);
}

static void
show_application (InspApplicationsPage *self,
                  InspApplication      *application)
{
  g_autofree char *why = NULL;
  g_autofree char *triggers = describe_triggers (application);
  InspIntensity intensity = insp_application_get_intensity (application, &why);
  const char *risk = insp_application_get_risk_level (application);
  const char *status = insp_application_get_status (application);
  const char *informed = insp_application_get_informed_date (application);

  gtk_label_set_text (self->title_label, insp_application_get_name (application));
  gtk_widget_set_visible (self->stop_box, intensity == INSP_INTENSITY_STOP);

  gtk_label_set_text (self->intensity_label, insp_intensity_get_label (intensity));
  if (intensity == INSP_INTENSITY_STOP)
    gtk_widget_add_css_class (GTK_WIDGET (self->intensity_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->intensity_label), "error");
  adw_action_row_set_subtitle (self->intensity_row, why);
  adw_action_row_set_subtitle (self->risk_row,
                               risk != NULL ? insp_enum_get_label (&insp_enum_risk_level, risk)
                                            : _("Not assessed yet"));
  adw_action_row_set_subtitle (self->triggers_row, triggers);

  set_subtitle (self->purpose_row, insp_application_get_purpose (application));
  set_subtitle (self->vendor_row, insp_application_get_vendor (application));
  adw_action_row_set_subtitle (self->make_or_buy_row,
                               insp_enum_get_label (&insp_enum_make_or_buy,
                                                    insp_application_get_make_or_buy (
                                                      application)));
  if (g_strcmp0 (status, "stopped") == 0)
    adw_action_row_set_subtitle (self->status_row,
                                 _("Stopped — AI was not the best solution. That is a "
                                   "legitimate outcome of an innovation track."));
  else
    adw_action_row_set_subtitle (self->status_row,
                                 insp_enum_get_label (&insp_enum_application_status, status));
  adw_action_row_set_subtitle (self->asked_row,
                               insp_application_get_employee_initiated (application)
                               ? _("Yes, the idea came from the employees")
                               : _("No"));
  if (informed != NULL)
    {
      g_autofree char *date = format_date (informed);

      adw_action_row_set_subtitle (self->informed_row, date);
    }
  else if (g_strcmp0 (risk, "high") == 0)
    adw_action_row_set_subtitle (self->informed_row,
                                 _("Not yet — needed before a high-risk system is used at "
                                   "work"));
  else
    adw_action_row_set_subtitle (self->informed_row, _("Not yet"));

  insp_track_view_set_application (self->track_view, insp_application_get_uuid (application));
}

static void
update_actions (InspApplicationsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "applications.register",
                                 self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "applications.edit",
                                 self->workspace != NULL
                                 && find_application (self, self->selected) != NULL);
}

static void
select_application (InspApplicationsPage *self,
                    const char           *uuid)
{
  GtkListBoxRow *row = find_row (self, uuid);

  if (row != NULL)
    gtk_list_box_select_row (self->application_list, row);
}

static void
on_row_selected (InspApplicationsPage *self,
                 GtkListBoxRow        *row)
{
  InspApplication *application;

  if (row == NULL || self->filling)
    return;

  application = find_application (self, g_object_get_data (G_OBJECT (row), "uuid"));
  if (application == NULL)
    return;

  g_free (self->selected);
  self->selected = g_strdup (insp_application_get_uuid (application));
  show_application (self, application);
  update_actions (self);
}

static void
on_row_activated (InspApplicationsPage *self,
                  GtkListBoxRow        *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->detail);
}

static void
on_back_clicked (InspApplicationsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

/* Reads the applications again, keeping the one shown. */
static void
reload (InspApplicationsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) applications = NULL;
  InspApplication *shown;
  GtkWidget *child;

  if (self->workspace != NULL)
    {
      applications = insp_workspace_list_applications (self->workspace, &error);
      if (applications == NULL)
        {
          show_error (self, error);
          return;
        }
    }
  show_error (self, NULL);

  g_clear_pointer (&self->applications, g_ptr_array_unref);
  self->applications = g_steal_pointer (&applications);

  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->application_list))) != NULL)
    gtk_list_box_remove (self->application_list, child);
  for (guint i = 0; self->applications != NULL && i < self->applications->len; i++)
    gtk_list_box_append (self->application_list,
                         create_row (g_ptr_array_index (self->applications, i)));
  self->filling = FALSE;

  if (self->applications == NULL || self->applications->len == 0)
    {
      g_clear_pointer (&self->selected, g_free);
      insp_track_view_set_application (self->track_view, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_actions (self);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "applications");
  shown = find_application (self, self->selected);
  if (shown == NULL)
    shown = g_ptr_array_index (self->applications, 0);
  g_free (self->selected);
  self->selected = g_strdup (insp_application_get_uuid (shown));
  show_application (self, shown);
  select_application (self, self->selected);
  update_actions (self);
}

/* --- Actions --------------------------------------------------------------------------------- */

static void
on_dialog_saved (InspApplicationDialog *dialog,
                 const char            *uuid,
                 InspApplicationsPage  *self)
{
  /* The list was read again when the workspace said so: show the one saved. */
  g_free (self->selected);
  self->selected = g_strdup (uuid);
  reload (self);
  adw_leaflet_set_visible_child (self->leaflet, self->detail);
}

static void
open_dialog (InspApplicationsPage *self,
             const char           *uuid)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  InspApplicationDialog *dialog;

  if (self->workspace == NULL || !GTK_IS_WINDOW (root))
    return;

  dialog = insp_application_dialog_new (GTK_WINDOW (root), self->workspace, uuid);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
register_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_dialog (INSP_APPLICATIONS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspApplicationsPage *self = INSP_APPLICATIONS_PAGE (widget);

  if (find_application (self, self->selected) != NULL)
    open_dialog (self, self->selected);
}

/* --- The page -------------------------------------------------------------------------------- */

/**
 * insp_applications_page_set_workspace:
 * @self: the applications page
 * @workspace: (nullable): the workspace to show
 */
void
insp_applications_page_set_workspace (InspApplicationsPage *self,
                                      InspWorkspace        *workspace)
{
  g_return_if_fail (INSP_IS_APPLICATIONS_PAGE (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_pointer (&self->selected, g_free);

  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed::applications", G_CALLBACK (reload), self,
                             G_CONNECT_SWAPPED);

  insp_track_view_set_application (self->track_view, NULL);
  insp_track_view_set_workspace (self->track_view, workspace);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * insp_applications_page_show_application:
 * @self: the applications page
 * @uuid: an application
 *
 * Shows an application, as if chosen in the list.
 */
void
insp_applications_page_show_application (InspApplicationsPage *self,
                                         const char           *uuid)
{
  g_return_if_fail (INSP_IS_APPLICATIONS_PAGE (self));

  select_application (self, uuid);
}

/**
 * insp_applications_page_get_track_view:
 * @self: the applications page
 *
 * Returns: (transfer none): the track of the application shown
 */
InspTrackView *
insp_applications_page_get_track_view (InspApplicationsPage *self)
{
  g_return_val_if_fail (INSP_IS_APPLICATIONS_PAGE (self), NULL);

  return self->track_view;
}

static void
insp_applications_page_dispose (GObject *object)
{
  InspApplicationsPage *self = INSP_APPLICATIONS_PAGE (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->selected, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_APPLICATIONS_PAGE);

  G_OBJECT_CLASS (insp_applications_page_parent_class)->dispose (object);
}

static void
insp_applications_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  InspApplicationsPage *self = INSP_APPLICATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_applications_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  InspApplicationsPage *self = INSP_APPLICATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_applications_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_applications_page_class_init (InspApplicationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_applications_page_dispose;
  object_class->get_property = insp_applications_page_get_property;
  object_class->set_property = insp_applications_page_set_property;

  /**
   * InspApplicationsPage:workspace: (nullable)
   *
   * The workspace whose applications are shown; the window's.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (INSP_TYPE_TRACK_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-applications-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, detail);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, application_list);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, stop_box);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, intensity_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, intensity_label);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, risk_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, triggers_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, vendor_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, make_or_buy_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, asked_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, informed_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, track_view);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "applications.register", NULL,
                                   register_action);
  gtk_widget_class_install_action (widget_class, "applications.edit", NULL, edit_action);
}

static void
insp_applications_page_init (InspApplicationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
}
