/* insp-actions-page.c — the actions from every track, in technology, environment and people
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every action of the workspace, the soonest due first: what was agreed in a participation
 * activity or after a complaint, in the three domains of guidance ethics. A bar filters them
 * by domain, application and status, or shows only the overdue ones. Each row says where the
 * action came from (an application, a phase or activity of its track, a section of the vision)
 * and can show that application. An action is added and edited in a dialog (activating its row
 * edits it) and deleted from its row, with Undo in a toast. The page follows the workspace.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-actions-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-action.h"
#include "insp-action-dialog.h"
#include "insp-application.h"
#include "insp-applications-page.h"
#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-section.h"
#include "insp-toast.h"
#include "insp-window.h"

struct _InspActionsPage
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  AdwStatusPage *status_page;
  GtkDropDown   *domain_dropdown;
  GtkDropDown   *application_dropdown;
  GtkDropDown   *status_dropdown;
  GtkToggleButton *overdue_toggle;
  GtkLabel      *error_label;
  GtkStack      *list_stack;
  GtkListBox    *action_list;

  InspWorkspace *workspace;
  GPtrArray     *actions;         /* InspAction shown, the soonest due first */
  GPtrArray     *applications;    /* InspApplication, in the application filter's order */
  GHashTable    *origins;         /* uuid of a phase, activity or section → its name in a row */
  GHashTable    *tracks_read;     /* the applications whose phases and activities are in it */
  InspAction    *removed;         /* the last one deleted, for Undo */
  gboolean       filling;         /* rebuilding a filter: not a choice */
};

G_DEFINE_FINAL_TYPE (InspActionsPage, insp_actions_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (InspActionsPage *self);

static void
show_error (InspActionsPage *self,
            const GError    *error)
{
  insp_error_label_show (self->error_label, error);
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
format_date (const char *date)
{
  g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", date);
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (iso, NULL);
  char *shown = parsed != NULL ? g_date_time_format (parsed, "%-d %B %Y") : g_strdup (date);

  return g_strstrip (shown);
}

static const char *
get_application_name (InspActionsPage *self,
                      const char      *uuid)
{
  for (guint i = 0; uuid != NULL && self->applications != NULL && i < self->applications->len;
       i++)
    {
      InspApplication *application = g_ptr_array_index (self->applications, i);

      if (g_strcmp0 (insp_application_get_uuid (application), uuid) == 0)
        return insp_application_get_name (application);
    }
  return NULL;
}

static InspAction *
find_action (InspActionsPage *self,
             const char      *uuid)
{
  for (guint i = 0; self->actions != NULL && i < self->actions->len; i++)
    {
      InspAction *action = g_ptr_array_index (self->actions, i);

      if (g_strcmp0 (insp_action_get_uuid (action), uuid) == 0)
        return action;
    }
  return NULL;
}

/* Names the phases and activities of @application's track in origins, once per reload. */
static void
read_track (InspActionsPage *self,
            const char      *application)
{
  g_autoptr(InspTrack) track = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GError) error = NULL;

  if (application == NULL || g_hash_table_contains (self->tracks_read, application))
    return;
  g_hash_table_add (self->tracks_read, g_strdup (application));

  track = insp_workspace_get_track (self->workspace, application, &error);
  if (track == NULL)
    g_debug ("%s", error->message);
  g_clear_error (&error);
  for (guint i = 0; track != NULL && i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

      if (phase->uuid != NULL)
        g_hash_table_insert (self->origins, g_strdup (phase->uuid),
                             insp_phase_dup_label (phase->phase, phase->round));
    }

  activities = insp_workspace_list_activities (self->workspace, application, &error);
  if (activities == NULL)
    g_debug ("%s", error->message);
  for (guint i = 0; activities != NULL && i < activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (activities, i);
      g_autofree char *phase = insp_phase_dup_label (insp_activity_get_phase (activity),
                                             insp_activity_get_round (activity));
      const char *title = insp_activity_get_title (activity);

      if (title == NULL || title[0] == '\0')
        title = insp_enum_get_label (&insp_enum_method, insp_activity_get_method (activity));
      g_hash_table_insert (self->origins, g_strdup (insp_activity_get_uuid (activity)),
                           /* Translators: an activity and its phase, e.g.
                            * "Acceptance workshop (Pilot)" */
                           g_strdup_printf (_("%s (%s)"), title != NULL ? title : "", phase));
    }
}

/* Names the sections of the vision in origins. */
static void
read_sections (InspActionsPage *self)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;

  if (g_hash_table_contains (self->tracks_read, ""))
    return;
  g_hash_table_add (self->tracks_read, g_strdup (""));

  sections = insp_workspace_list_sections (self->workspace, &error);
  if (sections == NULL)
    g_debug ("%s", error->message);
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);

      g_hash_table_insert (self->origins, g_strdup (insp_section_get_uuid (section)),
                           g_strdup (insp_section_get_display_title (section)));
    }
}

/* What an action came from, in its application's track: its activity, or else its phase. */
static const char *
get_track_origin (InspActionsPage *self,
                  InspAction      *action)
{
  const char *activity = insp_action_get_activity (action);
  const char *phase = insp_action_get_phase (action);

  if (activity == NULL && phase == NULL)
    return NULL;
  read_track (self, insp_action_get_application (action));
  if (activity != NULL && g_hash_table_contains (self->origins, activity))
    return g_hash_table_lookup (self->origins, activity);
  return phase != NULL ? g_hash_table_lookup (self->origins, phase) : NULL;
}

static const char *
get_section_origin (InspActionsPage *self,
                    InspAction      *action)
{
  const char *section = insp_action_get_section (action);

  if (section == NULL)
    return NULL;
  read_sections (self);
  return g_hash_table_lookup (self->origins, section);
}

/* --- The filters ----------------------------------------------------------------------------- */

static void
set_enum_choices (GtkDropDown    *dropdown,
                  const InspEnum *e,
                  const char     *all)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, all);
  for (guint i = 0; i < e->n_values; i++)
    gtk_string_list_append (choices, _(e->values[i].label));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (choices));
}

static const char *
get_enum_choice (GtkDropDown    *dropdown,
                 const InspEnum *e)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected > e->n_values)
    return NULL;
  return e->values[selected - 1].id;
}

static const char *
get_application_choice (InspActionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->application_dropdown);

  if (selected == 0 || self->applications == NULL || selected > self->applications->len)
    return NULL;
  return insp_application_get_uuid (g_ptr_array_index (self->applications, selected - 1));
}

static gboolean
is_filtered (InspActionsPage *self)
{
  return gtk_drop_down_get_selected (self->domain_dropdown) != 0
         || gtk_drop_down_get_selected (self->application_dropdown) != 0
         || gtk_drop_down_get_selected (self->status_dropdown) != 0
         || gtk_toggle_button_get_active (self->overdue_toggle);
}

/* GTK 4.8's drop-down does not pass its name on to the button inside it, which is what a screen
 * reader lands on. */
static void
name_dropdown_button (GtkDropDown *dropdown,
                      const char  *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
}

/* The applications of the workspace, in the filter; the one chosen stays chosen. */
static void
reload_applications (InspActionsPage *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = g_strdup (get_application_choice (self));
  guint selected = 0;

  if (self->workspace != NULL)
    {
      applications = insp_workspace_list_applications (self->workspace, &error);
      if (applications == NULL)
        show_error (self, error);
    }
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  self->applications = g_steal_pointer (&applications);

  gtk_string_list_append (choices, _("All Applications"));
  for (guint i = 0; self->applications != NULL && i < self->applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (self->applications, i);

      gtk_string_list_append (choices, insp_application_get_name (application));
      if (g_strcmp0 (chosen, insp_application_get_uuid (application)) == 0)
        selected = i + 1;
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->application_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->application_dropdown, selected);
  self->filling = FALSE;
}

static void
on_filter_changed (InspActionsPage *self)
{
  if (!self->filling)
    reload (self);
}

static void
on_applications_changed (InspActionsPage *self)
{
  reload_applications (self);
  reload (self);
}

/* --- The list -------------------------------------------------------------------------------- */

/* The soonest due first, those without a due date last; by title on the same day. */
static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  InspAction *first = *(InspAction **) a;
  InspAction *second = *(InspAction **) b;
  const char *first_due = insp_action_get_due_date (first);
  const char *second_due = insp_action_get_due_date (second);

  if (first_due == NULL || second_due == NULL)
    {
      if (first_due != second_due)
        return first_due == NULL ? 1 : -1;
    }
  else if (strcmp (first_due, second_due) != 0)
    {
      return strcmp (first_due, second_due);
    }
  return g_utf8_collate (insp_action_get_title (first) ?: "",
                         insp_action_get_title (second) ?: "");
}

static char *
describe_action (InspActionsPage *self,
                 InspAction      *action,
                 gboolean         overdue)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *domain = insp_enum_get_label (&insp_enum_action_domain,
                                            insp_action_get_domain (action));
  const char *owner = insp_action_get_owner (action);
  const char *due = insp_action_get_due_date (action);
  const char *application = get_application_name (self, insp_action_get_application (action));
  const char *track_origin = get_track_origin (self, action);
  const char *section = get_section_origin (self, action);

  if (domain != NULL)
    g_ptr_array_add (parts, g_strdup (domain));
  if (owner != NULL && owner[0] != '\0')
    g_ptr_array_add (parts, g_strdup (owner));
  if (due != NULL)
    {
      g_autofree char *date = format_date (due);

      if (overdue)
        /* Translators: an action past its due date, e.g. "Overdue since 12 May 2026" */
        g_ptr_array_add (parts, g_strdup_printf (_("Overdue since %s"), date));
      else
        /* Translators: when an action is due, e.g. "Due 12 May 2026" */
        g_ptr_array_add (parts, g_strdup_printf (_("Due %s"), date));
    }
  else
    {
      g_ptr_array_add (parts, g_strdup (_("No due date")));
    }
  if (application != NULL && track_origin != NULL)
    /* Translators: the AI application an action came from, and the activity or phase of its
     * track, e.g. "From Rostering planner: Acceptance workshop (Pilot)" */
    g_ptr_array_add (parts, g_strdup_printf (_("From %s: %s"), application, track_origin));
  else if (application != NULL)
    /* Translators: the AI application an action came from */
    g_ptr_array_add (parts, g_strdup_printf (_("From %s"), application));
  if (section != NULL)
    /* Translators: the section of the AI vision an action came from */
    g_ptr_array_add (parts, g_strdup_printf (_("From the vision section “%s”"), section));
  g_ptr_array_add (parts, NULL);
  /* The parts, e.g. "People · Jan Peeters · Due 12 May 2026 · From Rostering planner" */
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
create_row (InspActionsPage *self,
            InspAction      *action,
            const char      *today)
{
  gboolean overdue = insp_action_is_overdue (action, today);
  g_autofree char *subtitle = describe_action (self, action, overdue);
  g_autofree char *accessible = NULL;
  g_autofree char *delete_name = NULL;
  const char *application = get_application_name (self, insp_action_get_application (action));
  const char *status = insp_enum_get_label (&insp_enum_action_status,
                                            insp_action_get_status (action));
  GtkWidget *row, *label, *button;

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", insp_action_get_title (action),
                      "subtitle", subtitle,
                      "subtitle-lines", 3,
                      "use-markup", FALSE,
                      "activatable", TRUE,
                      NULL);
  if (overdue)
    gtk_widget_add_css_class (row, "warning");

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", overdue ? _("Overdue") : status,
                        "valign", GTK_ALIGN_CENTER,
                        NULL);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, overdue ? "warning" : "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  if (application != NULL)
    {
      g_autofree char *show_name = NULL;

      /* Translators: the button that shows an action's AI application, as a screen reader
       * names it, e.g. "Show “Rostering planner” on the Applications page" */
      show_name = g_strdup_printf (_("Show “%s” on the Applications page"), application);
      button = g_object_new (GTK_TYPE_BUTTON,
                             "icon-name", "go-jump-symbolic",
                             "valign", GTK_ALIGN_CENTER,
                             "tooltip-text", _("Go to the Application"),
                             "action-name", "actions.show-application",
                             "action-target",
                             g_variant_new_string (insp_action_get_application (action)),
                             NULL);
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      show_name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  /* Translators: the button that deletes an action, as a screen reader names it */
  delete_name = g_strdup_printf (_("Delete “%s”"), insp_action_get_title (action));
  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "user-trash-symbolic",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", _("Delete Action"),
                         "action-name", "actions.delete",
                         "action-target", g_variant_new_string (insp_action_get_uuid (action)),
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  delete_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (insp_action_get_uuid (action)),
                          g_free);
  /* Translators: how a screen reader names an action in the list: its title, its status,
   * then its domain, owner and due date, e.g. "Train the planners, Open, People · …" */
  accessible = g_strdup_printf (_("%s, %s, %s"), insp_action_get_title (action),
                                overdue ? _("Overdue") : status, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return row;
}

static void
update_actions (InspActionsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.add", self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.delete", self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.undo-delete",
                                 self->workspace != NULL && self->removed != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.show-all", is_filtered (self));
}

/* Reads the actions again, as the filters say. */
static void
reload (InspActionsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autofree char *today = dup_today ();
  InspActionFilter filter = { NULL, };
  GtkWidget *child;

  if (self->workspace != NULL)
    {
      filter.domain = get_enum_choice (self->domain_dropdown, &insp_enum_action_domain);
      filter.application = get_application_choice (self);
      filter.status = get_enum_choice (self->status_dropdown, &insp_enum_action_status);
      filter.overdue_on = gtk_toggle_button_get_active (self->overdue_toggle) ? today : NULL;

      all = insp_workspace_list_actions (self->workspace, NULL, &error);
      if (all != NULL)
        actions = insp_workspace_list_actions (self->workspace, &filter, &error);
      if (actions == NULL)
        {
          show_error (self, error);
          return;
        }
      g_ptr_array_sort (actions, compare_due);
    }
  show_error (self, NULL);

  g_clear_pointer (&self->actions, g_ptr_array_unref);
  self->actions = g_steal_pointer (&actions);
  g_hash_table_remove_all (self->origins);
  g_hash_table_remove_all (self->tracks_read);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->action_list))) != NULL)
    gtk_list_box_remove (self->action_list, child);
  for (guint i = 0; self->actions != NULL && i < self->actions->len; i++)
    gtk_list_box_append (self->action_list,
                         create_row (self, g_ptr_array_index (self->actions, i), today));

  gtk_stack_set_visible_child_name (self->stack,
                                    all != NULL && all->len > 0 ? "actions" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack,
                                    self->actions != NULL && self->actions->len > 0
                                    ? "list" : "no-match");
  update_actions (self);
}

/* --- Actions --------------------------------------------------------------------------------- */

static void
open_dialog (InspActionsPage *self,
             InspAction      *action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  InspActionDialog *dialog;

  if (self->workspace == NULL || !GTK_IS_WINDOW (root))
    return;

  dialog = insp_action_dialog_new (GTK_WINDOW (root), self->workspace, action);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_row_activated (InspActionsPage *self,
                  GtkListBoxRow   *row)
{
  InspAction *action = find_action (self, g_object_get_data (G_OBJECT (row), "uuid"));

  if (action != NULL)
    open_dialog (self, action);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (INSP_ACTIONS_PAGE (widget), NULL);
}

static void
undo_delete (InspActionsPage *self)
{
  g_autoptr(InspAction) removed = g_steal_pointer (&self->removed);
  g_autoptr(GError) error = NULL;

  if (removed == NULL || self->workspace == NULL)
    return;

  /* The same action, uuid and all, back where it was. */
  if (!insp_workspace_save_action (self->workspace, removed, &error))
    show_error (self, error);
  update_actions (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_delete (INSP_ACTIONS_PAGE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspActionsPage *self = INSP_ACTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(InspAction) removed = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->workspace == NULL)
    return;

  removed = insp_workspace_delete_action (self->workspace, g_variant_get_string (parameter, NULL),
                                          &error);
  if (removed == NULL)
    {
      show_error (self, error);
      return;
    }

  g_set_object (&self->removed, removed);
  update_actions (self);

  /* Translators: a toast after an action was deleted, with Undo */
  title = g_strdup_printf (_("“%s” deleted"), insp_action_get_title (removed));
  toast = insp_toast_new_undo (title, G_CALLBACK (undo_delete), self);
  insp_toast_show_for (GTK_WIDGET (self), toast);
}

/* The application an action came from, on the Applications page. */
static void
show_application_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *page;

  if (!INSP_IS_WINDOW (root))
    return;

  insp_window_show_page (INSP_WINDOW (root), "applications");
  page = insp_window_get_page (INSP_WINDOW (root), "applications");
  if (INSP_IS_APPLICATIONS_PAGE (page))
    insp_applications_page_show_application (INSP_APPLICATIONS_PAGE (page),
                                             g_variant_get_string (parameter, NULL));
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  InspActionsPage *self = INSP_ACTIONS_PAGE (widget);

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->domain_dropdown, 0);
  gtk_drop_down_set_selected (self->application_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_toggle_button_set_active (self->overdue_toggle, FALSE);
  self->filling = FALSE;
  reload (self);
}

/* --- The page -------------------------------------------------------------------------------- */

/**
 * insp_actions_page_set_workspace:
 * @self: the actions page
 * @workspace: (nullable): the workspace to show
 */
void
insp_actions_page_set_workspace (InspActionsPage *self,
                                 InspWorkspace   *workspace)
{
  g_return_if_fail (INSP_IS_ACTIONS_PAGE (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->removed);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed::actions", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::applications",
                               G_CALLBACK (on_applications_changed), self, G_CONNECT_SWAPPED);
      /* The names of where actions came from. */
      g_signal_connect_object (workspace, "changed::activities", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::phases", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::sections", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
    }

  reload_applications (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
insp_actions_page_dispose (GObject *object)
{
  InspActionsPage *self = INSP_ACTIONS_PAGE (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->removed);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->origins, g_hash_table_unref);
  g_clear_pointer (&self->tracks_read, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_ACTIONS_PAGE);

  G_OBJECT_CLASS (insp_actions_page_parent_class)->dispose (object);
}

static void
insp_actions_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  InspActionsPage *self = INSP_ACTIONS_PAGE (object);

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
insp_actions_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  InspActionsPage *self = INSP_ACTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_actions_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_actions_page_class_init (InspActionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_actions_page_dispose;
  object_class->get_property = insp_actions_page_get_property;
  object_class->set_property = insp_actions_page_set_property;

  /**
   * InspActionsPage:workspace: (nullable)
   *
   * The workspace whose actions are shown; the window's.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-actions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, domain_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, application_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, InspActionsPage, action_list);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "actions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "actions.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "actions.undo-delete", NULL,
                                   undo_delete_action);
  gtk_widget_class_install_action (widget_class, "actions.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "actions.show-application", "s",
                                   show_application_action);
  /* Ctrl+N adds an action, as the button does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "actions.add", NULL);
}

static void
insp_actions_page_init (InspActionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->origins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->tracks_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->filling = TRUE;
  /* Translators: the domain filter's first choice */
  set_enum_choices (self->domain_dropdown, &insp_enum_action_domain, _("All Domains"));
  /* Translators: the status filter's first choice */
  set_enum_choices (self->status_dropdown, &insp_enum_action_status, _("All Statuses"));
  self->filling = FALSE;
  name_dropdown_button (self->domain_dropdown, _("Domain"));
  name_dropdown_button (self->application_dropdown, _("AI application"));
  name_dropdown_button (self->status_dropdown, _("Status"));
  reload_applications (self);
  reload (self);
}
