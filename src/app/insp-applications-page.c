/* insp-applications-page.c — the AI applications and their innovation tracks
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The applications on the left, each with its status and how much to involve employees; the
 * one chosen on the right: what it is, the triage and why, and its innovation track. An
 * application is registered and edited in a dialog, and deleted after a confirmation; the
 * page follows the workspace.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-applications-page.h"

#include <glib/gi18n.h>

#include "insp-application.h"
#include "insp-application-dialog.h"
#include "insp-error-label.h"
#include "insp-feedback-view.h"
#include "insp-flag-list.h"
#include "insp-list-row.h"
#include "insp-enums.h"
#include "insp-inventory.h"
#include "insp-person.h"
#include "insp-track-view.h"
#include "insp-invisible-work-view.h"
#include "insp-vendor-view.h"

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
  InspInvisibleWorkView *invisible_work_view;
  InspVendorView *vendor_view;
  InspFlagList  *flag_list;
  GtkWidget     *track_group;
  InspFeedbackView *feedback_view;
  AdwPreferencesGroup *data_group;
  AdwPreferencesGroup *precondition_group;
  AdwPreferencesGroup *person_group;
  AdwEntryRow   *other_precondition_row;
  GtkWidget     *add_data_button;
  GtkWidget     *link_person_button;

  InspWorkspace *workspace;
  GPtrArray     *data_rows;          /* the rows added to the groups, not owned */
  GPtrArray     *precondition_rows;
  GPtrArray     *person_rows;
  GPtrArray     *preconditions;      /* InspPrecondition of the application shown */
  gboolean       saving;             /* writing a precondition: its rows are up to date */
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
  insp_error_label_show (self->error_label, error);
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
  GtkWidget *row, *detail;

  row = insp_list_row_new (insp_application_get_uuid (application),
                           insp_application_get_name (application), subtitle, &detail);
  if (insp_application_get_intensity (application, NULL) == INSP_INTENSITY_STOP)
    gtk_widget_add_css_class (detail, "error");
  g_object_set_data (G_OBJECT (row), "subtitle", detail);
  return row;
}

static GtkListBoxRow *
find_row (InspApplicationsPage *self,
          const char           *uuid)
{
  return insp_list_box_find_row (self->application_list, uuid);
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

static void reload_inventory (InspApplicationsPage *self);

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
  /* A prohibited use has no track to run. */
  gtk_widget_set_visible (self->track_group, intensity != INSP_INTENSITY_STOP);

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
  insp_invisible_work_view_set_application (self->invisible_work_view,
                                            insp_application_get_uuid (application));
  insp_vendor_view_set_application (self->vendor_view, insp_application_get_uuid (application));
  insp_flag_list_set_subject (self->flag_list, "application",
                              insp_application_get_uuid (application));
  reload_inventory (self);
}

static void
update_actions (InspApplicationsPage *self)
{
  gboolean shown = self->workspace != NULL && find_application (self, self->selected) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "applications.register",
                                 self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "applications.edit", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "applications.delete", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "applications.add-data", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "applications.link-person", shown);
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
      insp_invisible_work_view_set_application (self->invisible_work_view, NULL);
      insp_vendor_view_set_application (self->vendor_view, NULL);
      insp_flag_list_set_subject (self->flag_list, "application", NULL);
      reload_inventory (self);
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

/* --- Data, preconditions and people of the application shown -------------------------------- */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
create_remove_button (const char *accessible)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, accessible);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return button;
}

static void
on_delete_data_clicked (GtkButton            *button,
                        InspApplicationsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!insp_workspace_delete_data_item (self->workspace,
                                        g_object_get_data (G_OBJECT (button), "uuid"), &error))
    show_error (self, error);
  gtk_widget_grab_focus (self->add_data_button);
}

static void
reload_data_items (InspApplicationsPage *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self->data_group, self->data_rows);
  if (self->workspace == NULL || self->selected == NULL)
    return;
  items = insp_workspace_list_data_items (self->workspace, self->selected, &error);
  if (items == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < items->len; i++)
    {
      InspDataItem *item = g_ptr_array_index (items, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      g_autofree char *subtitle = NULL;
      g_autofree char *remove = NULL;
      GtkWidget *row, *button;

      if (item->purpose != NULL && item->purpose[0] != '\0')
        g_ptr_array_add (parts, item->purpose);
      if (item->retention != NULL && item->retention[0] != '\0')
        g_ptr_array_add (parts, item->retention);
      if (item->access != NULL && item->access[0] != '\0')
        g_ptr_array_add (parts, item->access);
      g_ptr_array_add (parts, item->dpia_done ? _("Impact assessment made")
                                              : _("No impact assessment yet"));
      g_ptr_array_add (parts, NULL);
      subtitle = g_strjoinv (" · ", (char **) parts->pdata);

      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", item->what,
                          "subtitle", subtitle,
                          "use-markup", FALSE,
                          NULL);
      /* Translators: a button that deletes an item of data about workers, e.g.
       * "Delete “Hours worked”" */
      remove = g_strdup_printf (_("Delete “%s”"), item->what);
      button = create_remove_button (remove);
      g_object_set_data_full (G_OBJECT (button), "uuid", g_strdup (item->uuid), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_delete_data_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->data_group, row);
      g_ptr_array_add (self->data_rows, row);
    }
}

static void
save_precondition (InspApplicationsPage *self,
                   InspPrecondition     *precondition)
{
  g_autoptr(GError) error = NULL;

  self->saving = TRUE;
  if (!insp_workspace_save_precondition (self->workspace, self->selected, precondition, &error))
    show_error (self, error);
  self->saving = FALSE;
}

static void
on_precondition_toggled (GtkCheckButton       *check,
                         InspApplicationsPage *self)
{
  InspPrecondition *precondition = g_object_get_data (G_OBJECT (check), "precondition");

  if (precondition->met == gtk_check_button_get_active (check))
    return;
  precondition->met = gtk_check_button_get_active (check);
  save_precondition (self, precondition);
}

/* Writes a note or strategy that changed: on Enter, Apply, or leaving the field. */
static void
commit_precondition_text (InspApplicationsPage *self,
                          AdwEntryRow          *row)
{
  InspPrecondition *precondition = g_object_get_data (G_OBJECT (row), "precondition");
  char **field = g_object_get_data (G_OBJECT (row), "strategy") != NULL
                 ? &precondition->strategy : &precondition->notes;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (g_strcmp0 (*field != NULL ? *field : "", text) == 0)
    return;
  if (g_str_equal (precondition->kind, "other") && field == &precondition->notes
      && text[0] == '\0')
    return;  /* an own item keeps its description */
  g_free (*field);
  *field = g_strdup (text);
  save_precondition (self, precondition);
}

static void
on_precondition_focus_leave (GtkEventControllerFocus *controller,
                             InspApplicationsPage    *self)
{
  commit_precondition_text (self,
                            ADW_ENTRY_ROW (gtk_event_controller_get_widget (
                                             GTK_EVENT_CONTROLLER (controller))));
}

static GtkWidget *
create_precondition_entry (InspApplicationsPage *self,
                           InspPrecondition     *precondition,
                           const char           *title,
                           const char           *text,
                           gboolean              strategy)
{
  GtkWidget *entry = g_object_new (ADW_TYPE_ENTRY_ROW,
                                   "title", title,
                                   "text", text != NULL ? text : "",
                                   "show-apply-button", TRUE,
                                   NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data (G_OBJECT (entry), "precondition", precondition);
  if (strategy)
    g_object_set_data (G_OBJECT (entry), "strategy", GINT_TO_POINTER (TRUE));
  g_signal_connect_object (entry, "apply", G_CALLBACK (commit_precondition_text), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "entry-activated", G_CALLBACK (commit_precondition_text),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_precondition_focus_leave), self, 0);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

/* An expander row holds a switch of its own, never shown here (no enable-switch): named all
 * the same, so that every control of the page has a name. */
static void
label_hidden_switches (GtkWidget  *widget,
                       const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SWITCH (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        title, -1);
      label_hidden_switches (child, title);
    }
}

static void
reload_preconditions (InspApplicationsPage *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *preconditions = NULL;

  clear_rows (self->precondition_group, self->precondition_rows);
  g_clear_pointer (&self->preconditions, g_ptr_array_unref);
  if (self->workspace == NULL || self->selected == NULL)
    return;
  preconditions = insp_workspace_list_preconditions (self->workspace, self->selected, &error);
  if (preconditions == NULL)
    {
      show_error (self, error);
      return;
    }
  self->preconditions = preconditions;

  /* Each row goes before the entry for another item, which stays last. */
  adw_preferences_group_remove (self->precondition_group,
                                GTK_WIDGET (self->other_precondition_row));
  for (guint i = 0; i < preconditions->len; i++)
    {
      InspPrecondition *precondition = g_ptr_array_index (preconditions, i);
      gboolean other = g_str_equal (precondition->kind, "other");
      const char *title = other ? precondition->notes
                                : insp_enum_get_label (&insp_enum_precondition,
                                                       precondition->kind);
      GtkWidget *row, *check;

      row = g_object_new (ADW_TYPE_EXPANDER_ROW,
                          "title", title,
                          "subtitle", precondition->strategy != NULL
                                      ? precondition->strategy : "",
                          "use-markup", FALSE,
                          NULL);
      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), precondition->met);
      gtk_widget_set_tooltip_text (check, _("In place"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      g_object_set_data (G_OBJECT (check), "precondition", precondition);
      g_object_set_data (G_OBJECT (row), "check", check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_precondition_toggled), self, 0);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                create_precondition_entry (self, precondition,
                                                           other ? _("Description")
                                                                 : _("Notes"),
                                                           precondition->notes, FALSE));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                create_precondition_entry (self, precondition,
                                                           _("Strategy"),
                                                           precondition->strategy, TRUE));
      label_hidden_switches (row, title);
      adw_preferences_group_add (self->precondition_group, row);
      g_ptr_array_add (self->precondition_rows, row);
    }
  adw_preferences_group_add (self->precondition_group,
                             GTK_WIDGET (self->other_precondition_row));
}

static void
on_preconditions_changed (InspApplicationsPage *self)
{
  /* The page wrote it, and shows it already: rebuilding would take the focus away. */
  if (!self->saving)
    reload_preconditions (self);
}

static void
on_other_precondition_apply (InspApplicationsPage *self)
{
  g_autoptr(InspPrecondition) precondition = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->other_precondition_row));

  if (self->workspace == NULL || self->selected == NULL || text[0] == '\0')
    return;
  precondition = g_new0 (InspPrecondition, 1);
  precondition->kind = g_strdup ("other");
  precondition->notes = g_strdup (text);
  if (!insp_workspace_save_precondition (self->workspace, self->selected, precondition,
                                         &error))
    {
      show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->other_precondition_row), "");
}

static void
on_unlink_clicked (GtkButton            *button,
                   InspApplicationsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!insp_workspace_unlink_person (self->workspace, self->selected,
                                     g_object_get_data (G_OBJECT (button), "person"),
                                     g_object_get_data (G_OBJECT (button), "role"), &error))
    show_error (self, error);
  gtk_widget_grab_focus (self->link_person_button);
}

static void
reload_persons (InspApplicationsPage *self)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self->person_group, self->person_rows);
  if (self->workspace == NULL || self->selected == NULL)
    return;
  links = insp_workspace_list_application_persons (self->workspace, self->selected, &error);
  if (links == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < links->len; i++)
    {
      InspApplicationPerson *link = g_ptr_array_index (links, i);
      const char *role = insp_enum_get_label (&insp_enum_person_role, link->role);
      g_autofree char *title = NULL;
      g_autofree char *remove = NULL;
      GtkWidget *row, *button;

      if (link->task != NULL && link->task[0] != '\0')
        /* Translators: a person linked to an application: name — role — task */
        title = g_strdup_printf (_("%s — %s — %s"), link->name, role, link->task);
      else
        /* Translators: a person linked to an application: name — role */
        title = g_strdup_printf (_("%s — %s"), link->name, role);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", title,
                          "use-markup", FALSE,
                          NULL);
      /* Translators: a button that takes a person off an application, e.g. "Unlink An" */
      remove = g_strdup_printf (_("Unlink %s"), link->name);
      button = create_remove_button (remove);
      g_object_set_data_full (G_OBJECT (button), "person", g_strdup (link->person), g_free);
      g_object_set_data_full (G_OBJECT (button), "role", g_strdup (link->role), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_unlink_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->person_group, row);
      g_ptr_array_add (self->person_rows, row);
    }
}

static void
reload_inventory (InspApplicationsPage *self)
{
  reload_data_items (self);
  if (!self->saving)
    reload_preconditions (self);
  reload_persons (self);
}

/* --- The forms ------------------------------------------------------------------------------- */

static GtkWidget *
add_entry_row (GtkListBox *list,
               const char *title,
               const char *key,
               GtkWidget  *dialog)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ENTRY_ROW, "title", title, NULL);

  gtk_list_box_append (list, row);
  g_object_set_data (G_OBJECT (dialog), key, row);
  return row;
}

static GtkListBox *
create_form_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return GTK_LIST_BOX (list);
}

static const char *
get_form_text (GtkWidget  *dialog,
               const char *key)
{
  return gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), key));
}

static void
on_data_what_changed (GtkEditable      *what,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (what)));

  adw_message_dialog_set_response_enabled (dialog, "add", text[0] != '\0');
}

static void
on_data_response (AdwMessageDialog     *dialog,
                  const char           *response,
                  InspApplicationsPage *self)
{
  g_autoptr(InspDataItem) item = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add") || self->workspace == NULL || self->selected == NULL)
    return;
  item = insp_data_item_new ();
  item->what = g_strdup (get_form_text (GTK_WIDGET (dialog), "what"));
  item->purpose = g_strdup (get_form_text (GTK_WIDGET (dialog), "purpose"));
  item->retention = g_strdup (get_form_text (GTK_WIDGET (dialog), "retention"));
  item->access = g_strdup (get_form_text (GTK_WIDGET (dialog), "access"));
  item->dpia_done = gtk_switch_get_active (g_object_get_data (G_OBJECT (dialog), "dpia"));
  if (!insp_workspace_save_data_item (self->workspace, self->selected, item, &error))
    show_error (self, error);
}

static GtkWidget *
create_dialog (InspApplicationsPage *self,
               const char           *heading,
               const char           *body,
               const char           *label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  return dialog;
}

static void
add_data_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  InspApplicationsPage *self = INSP_APPLICATIONS_PAGE (widget);
  GtkListBox *list = create_form_list ();
  GtkWidget *dialog, *what, *row, *toggle;

  dialog = create_dialog (self, _("Add Data About Workers"),
                          _("What does this application measure or use about workers?"),
                          _("_Add"));
  what = add_entry_row (list, _("What"), "what", dialog);
  add_entry_row (list, _("Purpose"), "purpose", dialog);
  add_entry_row (list, _("How long it is kept"), "retention", dialog);
  add_entry_row (list, _("Who can see it"), "access", dialog);
  toggle = gtk_switch_new ();
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Impact assessment made"), -1);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", _("Impact assessment made"),
                      "activatable-widget", toggle,
                      NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  gtk_list_box_append (list, row);
  g_object_set_data (G_OBJECT (dialog), "dpia", toggle);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (list));
  g_signal_connect_object (what, "changed", G_CALLBACK (on_data_what_changed), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_data_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_link_response (AdwMessageDialog     *dialog,
                  const char           *response,
                  InspApplicationsPage *self)
{
  GPtrArray *persons = g_object_get_data (G_OBJECT (dialog), "persons");
  AdwComboRow *person_row = g_object_get_data (G_OBJECT (dialog), "person");
  AdwComboRow *role_row = g_object_get_data (G_OBJECT (dialog), "role");
  guint person = adw_combo_row_get_selected (person_row);
  guint role = adw_combo_row_get_selected (role_row);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add") || self->workspace == NULL || self->selected == NULL
      || person >= persons->len || role >= insp_enum_person_role.n_values)
    return;
  if (!insp_workspace_link_person (self->workspace, self->selected,
                                   insp_person_get_uuid (g_ptr_array_index (persons, person)),
                                   insp_enum_person_role.values[role].id,
                                   get_form_text (GTK_WIDGET (dialog), "task"), &error))
    show_error (self, error);
}

static void
link_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  InspApplicationsPage *self = INSP_APPLICATIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkListBox *list = create_form_list ();
  GPtrArray *persons;
  GtkWidget *dialog, *person_row, *role_row;

  persons = insp_workspace_list_persons (self->workspace, &error);
  if (persons == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < persons->len; i++)
    gtk_string_list_append (names, insp_person_get_name (g_ptr_array_index (persons, i)));
  for (guint i = 0; i < insp_enum_person_role.n_values; i++)
    gtk_string_list_append (roles, _(insp_enum_person_role.values[i].label));

  dialog = create_dialog (self, _("Link a Person"),
                          persons->len > 0
                          ? _("Who takes part in this application’s track, and how?")
                          : _("Add people on the People page first."),
                          _("_Link"));
  g_object_set_data_full (G_OBJECT (dialog), "persons", persons,
                          (GDestroyNotify) g_ptr_array_unref);
  person_row = g_object_new (ADW_TYPE_COMBO_ROW,
                             "title", _("Person"),
                             "model", names,
                             NULL);
  role_row = g_object_new (ADW_TYPE_COMBO_ROW,
                           "title", _("Role"),
                           "model", roles,
                           NULL);
  gtk_list_box_append (list, person_row);
  gtk_list_box_append (list, role_row);
  g_object_set_data (G_OBJECT (dialog), "person", person_row);
  g_object_set_data (G_OBJECT (dialog), "role", role_row);
  add_entry_row (list, _("Task"), "task", dialog);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (list));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add",
                                           persons->len > 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_link_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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

static void
on_delete_response (AdwMessageDialog     *dialog,
                    const char           *response,
                    InspApplicationsPage *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "uuid");
  g_autofree char *next = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->workspace == NULL
      || find_application (self, uuid) == NULL)
    return;

  /* Then the list shows the one after it (or before it, when it was the last). */
  for (guint i = 0; i < self->applications->len; i++)
    if (g_str_equal (insp_application_get_uuid (g_ptr_array_index (self->applications, i)),
                     uuid))
      {
        if (i + 1 < self->applications->len)
          next = g_strdup (insp_application_get_uuid (g_ptr_array_index (self->applications,
                                                                         i + 1)));
        else if (i > 0)
          next = g_strdup (insp_application_get_uuid (g_ptr_array_index (self->applications,
                                                                         i - 1)));
        break;
      }
  g_free (self->selected);
  self->selected = g_steal_pointer (&next);

  if (!insp_workspace_delete_application (self->workspace, uuid, &error))
    {
      g_free (self->selected);
      self->selected = g_strdup (uuid);
      show_error (self, error);
    }
}

/* Export… goes to the Exports page with the track guide of this application chosen. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspApplicationsPage *self = INSP_APPLICATIONS_PAGE (widget);

  if (self->selected == NULL)
    return;
  gtk_widget_activate_action (widget, "win.show-export", "(ss)", "track-guide",
                              self->selected);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspApplicationsPage *self = INSP_APPLICATIONS_PAGE (widget);
  InspApplication *application = find_application (self, self->selected);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (application == NULL)
    return;

  /* Translators: the heading of the confirmation before an AI application is deleted */
  heading = g_strdup_printf (_("Delete “%s”?"), insp_application_get_name (application));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("Its innovation track, participation activities, data "
                                     "inventory, preconditions and actions are deleted with "
                                     "it. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "uuid",
                          g_strdup (insp_application_get_uuid (application)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
    {
      g_signal_connect_object (workspace, "changed::applications", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::data_items", G_CALLBACK (reload_inventory),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::preconditions",
                               G_CALLBACK (on_preconditions_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::persons", G_CALLBACK (reload_inventory),
                               self, G_CONNECT_SWAPPED);
    }

  insp_track_view_set_application (self->track_view, NULL);
  insp_track_view_set_workspace (self->track_view, workspace);
  insp_invisible_work_view_set_application (self->invisible_work_view, NULL);
  insp_invisible_work_view_set_workspace (self->invisible_work_view, workspace);
  insp_vendor_view_set_application (self->vendor_view, NULL);
  insp_vendor_view_set_workspace (self->vendor_view, workspace);
  insp_flag_list_set_subject (self->flag_list, "application", NULL);
  insp_flag_list_set_workspace (self->flag_list, workspace);
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
  g_clear_pointer (&self->data_rows, g_ptr_array_unref);
  g_clear_pointer (&self->precondition_rows, g_ptr_array_unref);
  g_clear_pointer (&self->person_rows, g_ptr_array_unref);
  g_clear_pointer (&self->preconditions, g_ptr_array_unref);

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
  g_type_ensure (INSP_TYPE_INVISIBLE_WORK_VIEW);
  g_type_ensure (INSP_TYPE_VENDOR_VIEW);
  g_type_ensure (INSP_TYPE_FEEDBACK_VIEW);
  g_type_ensure (INSP_TYPE_FLAG_LIST);
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
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage,
                                        invisible_work_view);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, vendor_view);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, flag_list);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, track_group);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, feedback_view);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, data_group);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, precondition_group);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, person_group);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage,
                                        other_precondition_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, add_data_button);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationsPage, link_person_button);
  gtk_widget_class_bind_template_callback (widget_class, on_other_precondition_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "applications.register", NULL,
                                   register_action);
  gtk_widget_class_install_action (widget_class, "applications.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "applications.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "applications.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "applications.add-data", NULL,
                                   add_data_action);
  gtk_widget_class_install_action (widget_class, "applications.link-person", NULL,
                                   link_person_action);
}

static void
insp_applications_page_init (InspApplicationsPage *self)
{
  self->data_rows = g_ptr_array_new ();
  self->precondition_rows = g_ptr_array_new ();
  self->person_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The feedback shown is the track's application's. */
  g_object_bind_property (self->track_view, "workspace", self->feedback_view, "workspace",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->track_view, "application", self->feedback_view, "application",
                          G_BINDING_SYNC_CREATE);

  update_actions (self);
}

/**
 * insp_applications_page_get_application:
 * @self: the page
 *
 * Returns: (nullable): the uuid of the application shown, if any
 */
const char *
insp_applications_page_get_application (InspApplicationsPage *self)
{
  g_return_val_if_fail (INSP_IS_APPLICATIONS_PAGE (self), NULL);

  return self->selected;
}
