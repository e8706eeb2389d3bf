/* insp-invisible-work-view.c — the invisible work of an application, its total and its share
 * of the budget
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The five kinds of work that "AI is plug and play" forgets, each with its estimates (or one
 * row to estimate it), then the own items; each row expands to its title, hours, budget and
 * owner, saved as the user leaves a field. At the top the total, its share of the project
 * budget (edited here), and the paper's answer to that misconception.
 *
 * The view follows the workspace: a change made elsewhere rebuilds it at idle; a change made
 * in one of its own fields only updates the total, so the keyboard stays where it is.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-invisible-work-view.h"

#include <glib/gi18n.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-error-label.h"
#include "insp-invisible-work.h"
#include "insp-name-dialog.h"
#include "insp-toast.h"

#define MAX_AMOUNT 1e9

struct _InspInvisibleWorkView
{
  GtkWidget          parent_instance;

  GtkWidget         *box;              /* the only child */
  GtkLabel          *error_label;
  GtkLabel          *total_label;
  GtkLabel          *unestimated_label;
  GtkSpinButton     *budget_spin;
  GtkWidget         *list;

  InspWorkspace     *workspace;
  char              *application;
  GPtrArray         *items;            /* InspInvisibleItem, as listed */
  char              *total_text;

  InspInvisibleItem *removed;          /* the item deleted last, for Undo */
  char              *removed_application;

  guint              reload_id;
  gboolean           saving;           /* a change of our own: no rebuild */
  gboolean           filling;
};

G_DEFINE_FINAL_TYPE (InspInvisibleWorkView, insp_invisible_work_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (InspInvisibleWorkView *self);

/* --- Words ----------------------------------------------------------------------------------- */

static char *
format_hours (double hours)
{
  gint64 whole = (gint64) (hours + 0.5);

  if (ABS (hours - (double) whole) < 0.05)
    return g_strdup_printf ("%" G_GINT64_FORMAT, whole);
  return g_strdup_printf ("%.1f", hours);
}

/* "€ 12 400": whole euros, grouped as the user's locale groups thousands. */
static char *
format_money (double amount)
{
  g_autofree char *number = g_strdup_printf ("%'.0f", amount);

  /* Translators: an amount in euros, e.g. "€ 12 400"; put the sign where your language
   * does */
  return g_strdup_printf (_("€ %s"), number);
}

static const char *
kind_label (const char *kind)
{
  return insp_enum_get_label (&insp_enum_invisible_work, kind);
}

static char *
describe_item (const InspInvisibleItem *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (item->uuid == NULL)
    return g_strdup (_("Not estimated yet"));
  if (item->title != NULL && g_strcmp0 (item->kind, "other") != 0)
    g_ptr_array_add (parts, g_strdup (kind_label (item->kind)));
  if (item->hours >= 0)
    {
      g_autofree char *hours = format_hours (item->hours);

      /* Translators: hours of work, e.g. "40 h" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s h"), hours));
    }
  if (item->budget >= 0)
    g_ptr_array_add (parts, format_money (item->budget));
  if (item->owner != NULL)
    g_ptr_array_add (parts, g_strdup (item->owner));
  if (parts->len == 0)
    return g_strdup (_("No hours or budget yet"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* --- Messages and totals --------------------------------------------------------------------- */

static void
show_error (InspInvisibleWorkView *self,
            const GError          *error)
{
  insp_error_label_show (self->error_label, error);
}

static void
update_totals (InspInvisibleWorkView *self)
{
  g_autoptr(InspInvisibleWorkTotals) totals = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *money = NULL;

  g_clear_pointer (&self->total_text, g_free);
  if (self->workspace == NULL || self->application == NULL)
    return;

  totals = insp_workspace_get_invisible_work_totals (self->workspace, self->application,
                                                     &error);
  if (totals == NULL)
    {
      if (!g_error_matches (error, INSP_ERROR, INSP_ERROR_NOT_FOUND))
        show_error (self, error);
      return;
    }

  hours = format_hours (totals->total_hours);
  money = format_money (totals->total_budget);
  if (totals->budget_share >= 0)
    /* Translators: the invisible work in total, e.g. "120 h · € 12 400, 14 % of the project
     * budget" */
    self->total_text = g_strdup_printf (_("%s h · %s, %.0f %% of the project budget"), hours,
                                        money, totals->budget_share * 100);
  else
    /* Translators: the invisible work in total, e.g. "120 h · € 12 400" */
    self->total_text = g_strdup_printf (_("%s h · %s"), hours, money);
  gtk_label_set_text (self->total_label, self->total_text);

  if (totals->unestimated_kinds[0] != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;

      for (guint i = 0; totals->unestimated_kinds[i] != NULL; i++)
        g_ptr_array_add (names, (gpointer) kind_label (totals->unestimated_kinds[i]));
      g_ptr_array_add (names, NULL);
      list = g_strjoinv (C_("list", ", "), (char **) names->pdata);
      /* Translators: the kinds of invisible work without hours or budget, e.g. "Not
       * estimated yet: Labelling data, Communication" */
      text = g_strdup_printf (_("Not estimated yet: %s"), list);
      gtk_label_set_text (self->unestimated_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->unestimated_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->unestimated_label), FALSE);

  self->filling = TRUE;
  gtk_spin_button_set_value (self->budget_spin, MAX (totals->project_budget, 0));
  self->filling = FALSE;
}

/* --- Saving ---------------------------------------------------------------------------------- */

static void
save_item (InspInvisibleWorkView *self,
           InspInvisibleItem     *item,
           AdwExpanderRow        *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;

  if (self->workspace == NULL || self->application == NULL)
    return;

  self->saving = TRUE;
  if (!insp_workspace_save_invisible_item (self->workspace, self->application, item, &error))
    {
      self->saving = FALSE;
      show_error (self, error);
      return;
    }
  self->saving = FALSE;
  show_error (self, NULL);

  /* A kind estimated for the first time keeps its row, now with its uuid. */
  subtitle = describe_item (item);
  adw_expander_row_set_subtitle (row, subtitle);
  update_totals (self);
}

static InspInvisibleItem *
row_get_item (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "item");
}

static AdwExpanderRow *
row_get_expander (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "expander");
}

static void
on_amount_changed (GtkSpinButton         *spin,
                   InspInvisibleWorkView *self)
{
  InspInvisibleItem *item = row_get_item (GTK_WIDGET (spin));
  const char *field = g_object_get_data (G_OBJECT (spin), "field");
  double value = gtk_spin_button_get_value (spin);

  if (self->filling || item == NULL)
    return;
  if (g_str_equal (field, "hours"))
    item->hours = value;
  else
    item->budget = value;
  save_item (self, item, row_get_expander (GTK_WIDGET (spin)));
}

static void
save_text (InspInvisibleWorkView *self,
           AdwEntryRow           *entry)
{
  InspInvisibleItem *item = row_get_item (GTK_WIDGET (entry));
  const char *field = g_object_get_data (G_OBJECT (entry), "field");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  char **target;

  if (self->filling || item == NULL)
    return;
  target = g_str_equal (field, "title") ? &item->title : &item->owner;
  if (g_strcmp0 (*target, text[0] != '\0' ? text : NULL) == 0)
    return;
  g_free (*target);
  *target = text[0] != '\0' ? g_steal_pointer (&text) : NULL;
  save_item (self, item, row_get_expander (GTK_WIDGET (entry)));
  if (g_str_equal (field, "title"))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row_get_expander (GTK_WIDGET (entry))),
                                   insp_invisible_item_get_display_title (item));
}

static void
on_entry_activated (AdwEntryRow           *entry,
                    InspInvisibleWorkView *self)
{
  save_text (self, entry);
}

static void
on_entry_leave (GtkEventControllerFocus *controller,
                InspInvisibleWorkView   *self)
{
  save_text (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (
                                    GTK_EVENT_CONTROLLER (controller))));
}

static void
on_project_budget_changed (GtkSpinButton         *spin,
                           InspInvisibleWorkView *self)
{
  g_autoptr(InspApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  double value = gtk_spin_button_get_value (spin);

  if (self->filling || self->workspace == NULL || self->application == NULL)
    return;

  application = insp_workspace_get_application (self->workspace, self->application, &error);
  if (application == NULL)
    {
      show_error (self, error);
      return;
    }
  /* 0: no project budget given. */
  insp_application_set_project_budget (application, value > 0 ? value : -1);
  self->saving = TRUE;
  if (!insp_workspace_save_application (self->workspace, application, &error))
    show_error (self, error);
  else
    show_error (self, NULL);
  self->saving = FALSE;
  update_totals (self);
}

/* --- Building -------------------------------------------------------------------------------- */

static GtkWidget *
create_spin (double      value,
             double      step,
             const char *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, MAX_AMOUNT, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), step < 1 ? 1 : 0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), MAX (value, 0));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  /* GTK 4.8 leaves the spin button's own buttons without a name. */
  for (GtkWidget *child = gtk_widget_get_first_child (spin); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *icon_name = GTK_IS_BUTTON (child)
                              ? gtk_button_get_icon_name (GTK_BUTTON (child)) : NULL;
      g_autofree char *button_name = NULL;

      if (g_strcmp0 (icon_name, "value-increase-symbolic") == 0)
        /* Translators: how a screen reader names the + of a number field, e.g. "Increase
         * Hours for Labelling data" */
        button_name = g_strdup_printf (_("Increase %s"), name);
      else if (g_strcmp0 (icon_name, "value-decrease-symbolic") == 0)
        /* Translators: the − of a number field, e.g. "Decrease Hours for Labelling data" */
        button_name = g_strdup_printf (_("Decrease %s"), name);
      if (button_name != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        button_name, -1);
    }
  return spin;
}

static void
add_amount_row (InspInvisibleWorkView *self,
                AdwExpanderRow        *expander,
                InspInvisibleItem     *item,
                const char            *field,
                const char            *title,
                const char            *item_title)
{
  /* Translators: how a screen reader names a field of an invisible-work item, e.g. "Hours
   * for Cleaning and structuring data" */
  g_autofree char *name = g_strdup_printf (_("%s for %s"), title, item_title);
  gboolean hours = g_str_equal (field, "hours");
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW, "title", title, NULL);
  GtkWidget *spin = create_spin (hours ? item->hours : item->budget, hours ? 0.5 : 100, name);

  g_object_set_data (G_OBJECT (spin), "item", item);
  g_object_set_data (G_OBJECT (spin), "expander", expander);
  g_object_set_data (G_OBJECT (spin), "field", (gpointer) field);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_amount_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_expander_row_add_row (expander, row);
}

static void
add_text_row (InspInvisibleWorkView *self,
              AdwExpanderRow        *expander,
              InspInvisibleItem     *item,
              const char            *field,
              const char            *title,
              const char            *value)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                 "title", title,
                                 "text", value != NULL ? value : "",
                                 NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data (G_OBJECT (row), "item", item);
  g_object_set_data (G_OBJECT (row), "expander", expander);
  g_object_set_data (G_OBJECT (row), "field", (gpointer) field);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_leave), self);
  gtk_widget_add_controller (row, focus);
  adw_expander_row_add_row (expander, row);
}

/* AdwExpanderRow keeps a switch of its own, hidden unless asked for; named all the same, so
 * no control of the page is without a name. Called before the row has rows of its own. */
static void
name_expander_switch (GtkWidget  *widget,
                      const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SWITCH (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      else
        name_expander_switch (child, name);
    }
}

static GtkWidget *
create_item_row (InspInvisibleWorkView *self,
                 InspInvisibleItem     *item)
{
  const char *title = insp_invisible_item_get_display_title (item);
  g_autofree char *subtitle = describe_item (item);
  GtkWidget *row = g_object_new (ADW_TYPE_EXPANDER_ROW,
                                 "title", title,
                                 "subtitle", subtitle,
                                 "use-markup", FALSE,
                                 NULL);
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (row);

  name_expander_switch (row, title);

  if (g_str_equal (item->kind, "other"))
    add_text_row (self, expander, item, "title", _("Title"), item->title);
  add_amount_row (self, expander, item, "hours", _("Hours"), title);
  add_amount_row (self, expander, item, "budget", _("Budget in euros"), title);
  add_text_row (self, expander, item, "owner", _("Owner"), item->owner);

  if (item->uuid != NULL)
    {
      /* Translators: how a screen reader names the button that deletes an invisible-work
       * item, e.g. "Delete Labelling data" */
      g_autofree char *name = g_strdup_printf (_("Delete %s"), title);
      GtkWidget *action_row = g_object_new (ADW_TYPE_ACTION_ROW, NULL);
      GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                        "label", _("_Delete Item"),
                                        "use-underline", TRUE,
                                        "valign", GTK_ALIGN_CENTER,
                                        "action-name", "invisible.delete",
                                        "action-target", g_variant_new_string (item->uuid),
                                        NULL);

      gtk_widget_add_css_class (button, "destructive-action");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), button);
      adw_expander_row_add_row (expander, action_row);
    }
  return row;
}

static void
clear_rows (InspInvisibleWorkView *self)
{
  GtkWidget *child;

  /* Not a change of the user's: a field losing the focus as it goes is not saved again. */
  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  self->filling = FALSE;
}

static void
rebuild (InspInvisibleWorkView *self)
{
  if (self->items == NULL)
    {
      gtk_widget_set_visible (self->box, FALSE);
      return;
    }
  gtk_widget_set_visible (self->box, TRUE);

  self->filling = TRUE;
  for (guint i = 0; i < self->items->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list),
                         create_item_row (self, g_ptr_array_index (self->items, i)));
  self->filling = FALSE;
  update_totals (self);
}

static void
reload (InspInvisibleWorkView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  clear_rows (self);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  if (self->workspace != NULL && self->application != NULL)
    {
      self->items = insp_workspace_list_invisible_work (self->workspace, self->application,
                                                        &error);
      if (self->items == NULL && !g_error_matches (error, INSP_ERROR, INSP_ERROR_NOT_FOUND))
        show_error (self, error);
    }
  rebuild (self);
}

static gboolean
on_reload_idle (gpointer data)
{
  InspInvisibleWorkView *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (InspInvisibleWorkView *self)
{
  if (self->saving)
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (on_reload_idle, self);
}

/* --- Actions --------------------------------------------------------------------------------- */

static GtkWindow *
get_window (InspInvisibleWorkView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_add_response (AdwMessageDialog      *dialog,
                 const char            *response,
                 InspInvisibleWorkView *self)
{
  g_autofree char *title = NULL;
  g_autoptr(InspInvisibleItem) item = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, INSP_NAME_DIALOG_ACCEPT) != 0 || self->workspace == NULL
      || self->application == NULL)
    return;
  title = insp_name_dialog_dup_name (dialog);
  if (title == NULL)
    return;

  item = insp_invisible_item_new ();
  item->kind = g_strdup ("other");
  item->title = g_steal_pointer (&title);
  item->hours = -1;
  item->budget = -1;
  if (!insp_workspace_save_invisible_item (self->workspace, self->application, item, &error))
    show_error (self, error);
  else
    show_error (self, NULL);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  InspInvisibleWorkView *self = INSP_INVISIBLE_WORK_VIEW (widget);
  GtkWindow *window = get_window (self);
  AdwMessageDialog *dialog;

  if (window == NULL || self->application == NULL)
    return;
  dialog = insp_name_dialog_present (window, _("Add Invisible Work"),
                                     _("Work the application needs that is easily forgotten, "
                                       "such as rewriting procedures or extra support in the "
                                       "first weeks."),
                                     _("Title"), _("Title of the work"), _("_Add"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response), self, 0);
}

static void
undo_delete (InspInvisibleWorkView *self)
{
  g_autoptr(InspInvisibleItem) removed = g_steal_pointer (&self->removed);
  g_autofree char *application = g_steal_pointer (&self->removed_application);
  g_autoptr(GError) error = NULL;

  if (removed == NULL || self->workspace == NULL)
    return;
  /* The same item, uuid and all. */
  if (!insp_workspace_save_invisible_item (self->workspace, application, removed, &error))
    show_error (self, error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspInvisibleWorkView *self = INSP_INVISIBLE_WORK_VIEW (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    {
      InspInvisibleItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *title = NULL;

      if (g_strcmp0 (item->uuid, uuid) != 0)
        continue;

      g_clear_pointer (&self->removed, insp_invisible_item_free);
      self->removed = insp_invisible_item_copy (item);
      g_free (self->removed_application);
      self->removed_application = g_strdup (self->application);
      if (!insp_workspace_delete_invisible_item (self->workspace, uuid, &error))
        {
          show_error (self, error);
          return;
        }
      show_error (self, NULL);
      /* Translators: a toast after an invisible-work item was deleted, with Undo */
      title = g_strdup_printf (_("“%s” deleted"),
                               insp_invisible_item_get_display_title (self->removed));
      insp_toast_show_for (GTK_WIDGET (self),
                           insp_toast_new_undo (title, G_CALLBACK (undo_delete), self));
      return;
    }
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_delete (INSP_INVISIBLE_WORK_VIEW (widget));
}

/* --- The view -------------------------------------------------------------------------------- */

/**
 * insp_invisible_work_view_new:
 *
 * Returns: (transfer floating): a new view, showing nothing until it has a workspace and an
 *   application
 */
GtkWidget *
insp_invisible_work_view_new (void)
{
  return g_object_new (INSP_TYPE_INVISIBLE_WORK_VIEW, NULL);
}

/**
 * insp_invisible_work_view_get_workspace:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the workspace
 */
InspWorkspace *
insp_invisible_work_view_get_workspace (InspInvisibleWorkView *self)
{
  g_return_val_if_fail (INSP_IS_INVISIBLE_WORK_VIEW (self), NULL);
  return self->workspace;
}

/**
 * insp_invisible_work_view_set_workspace:
 * @self: a view
 * @workspace: (nullable): the workspace the application is in
 */
void
insp_invisible_work_view_set_workspace (InspInvisibleWorkView *self,
                                        InspWorkspace         *workspace)
{
  g_return_if_fail (INSP_IS_INVISIBLE_WORK_VIEW (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_pointer (&self->removed, insp_invisible_item_free);
  g_clear_pointer (&self->removed_application, g_free);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed::invisible_work",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::applications",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
    }

  show_error (self, NULL);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * insp_invisible_work_view_get_application:
 * @self: a view
 *
 * Returns: (nullable): the uuid of the application shown
 */
const char *
insp_invisible_work_view_get_application (InspInvisibleWorkView *self)
{
  g_return_val_if_fail (INSP_IS_INVISIBLE_WORK_VIEW (self), NULL);
  return self->application;
}

/**
 * insp_invisible_work_view_set_application:
 * @self: a view
 * @uuid: (nullable): the application whose invisible work to show
 */
void
insp_invisible_work_view_set_application (InspInvisibleWorkView *self,
                                          const char            *uuid)
{
  g_return_if_fail (INSP_IS_INVISIBLE_WORK_VIEW (self));

  if (g_strcmp0 (self->application, uuid) == 0)
    return;

  g_free (self->application);
  self->application = g_strdup (uuid);
  show_error (self, NULL);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION]);
}

/**
 * insp_invisible_work_view_get_error_text:
 * @self: a view
 *
 * Returns: (nullable): the error shown, or %NULL
 */
const char *
insp_invisible_work_view_get_error_text (InspInvisibleWorkView *self)
{
  g_return_val_if_fail (INSP_IS_INVISIBLE_WORK_VIEW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

/**
 * insp_invisible_work_view_get_total_text:
 * @self: a view
 *
 * Returns: (nullable): the total as shown, such as "120 h · € 12 400, 14 % of the project
 *   budget", after any change waiting to be shown
 */
const char *
insp_invisible_work_view_get_total_text (InspInvisibleWorkView *self)
{
  g_return_val_if_fail (INSP_IS_INVISIBLE_WORK_VIEW (self), NULL);

  if (self->reload_id != 0)
    reload (self);
  return self->total_text;
}

static void
insp_invisible_work_view_dispose (GObject *object)
{
  InspInvisibleWorkView *self = INSP_INVISIBLE_WORK_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_invisible_work_view_parent_class)->dispose (object);
}

static void
insp_invisible_work_view_finalize (GObject *object)
{
  InspInvisibleWorkView *self = INSP_INVISIBLE_WORK_VIEW (object);

  g_free (self->application);
  g_free (self->removed_application);
  g_free (self->total_text);
  g_clear_pointer (&self->removed, insp_invisible_item_free);

  G_OBJECT_CLASS (insp_invisible_work_view_parent_class)->finalize (object);
}

static void
insp_invisible_work_view_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  InspInvisibleWorkView *self = INSP_INVISIBLE_WORK_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_APPLICATION:
      g_value_set_string (value, self->application);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_invisible_work_view_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  InspInvisibleWorkView *self = INSP_INVISIBLE_WORK_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_invisible_work_view_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_APPLICATION:
      insp_invisible_work_view_set_application (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_invisible_work_view_class_init (InspInvisibleWorkViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_invisible_work_view_dispose;
  object_class->finalize = insp_invisible_work_view_finalize;
  object_class->get_property = insp_invisible_work_view_get_property;
  object_class->set_property = insp_invisible_work_view_set_property;

  /**
   * InspInvisibleWorkView:workspace: (nullable)
   *
   * The workspace the application is in.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspInvisibleWorkView:application: (nullable)
   *
   * The uuid of the application whose invisible work is shown.
   */
  properties[PROP_APPLICATION] =
    g_param_spec_string ("application", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "insp-invisible-work-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "invisible.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "invisible.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "invisible.undo-delete", NULL,
                                   undo_delete_action);
}

static void
insp_invisible_work_view_init (InspInvisibleWorkView *self)
{
  GtkWidget *card, *label, *budget_list, *budget_row, *button;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Invisible Work"), -1);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_visible (self->box, FALSE);

  self->error_label = g_object_new (GTK_TYPE_LABEL,
                                    "visible", FALSE,
                                    "xalign", 0.0f,
                                    "wrap", TRUE,
                                    NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->error_label));

  /* The total, what is not estimated yet, and what the paper says to "plug and play". */
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (card, "card");
  self->total_label = g_object_new (GTK_TYPE_LABEL,
                                    "xalign", 0.0f,
                                    "wrap", TRUE,
                                    "selectable", FALSE,
                                    "margin-top", 12,
                                    "margin-start", 12,
                                    "margin-end", 12,
                                    NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "numeric");
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->total_label));
  self->unestimated_label = g_object_new (GTK_TYPE_LABEL,
                                          "xalign", 0.0f,
                                          "wrap", TRUE,
                                          "visible", FALSE,
                                          "margin-start", 12,
                                          "margin-end", 12,
                                          NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->unestimated_label), "warning");
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->unestimated_label));
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", _("“AI is plug and play”? It is not: cleaning data, training "
                                   "users and adapting processes take time, and time not "
                                   "budgeted is taken from the work itself."),
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "margin-bottom", 12,
                        "margin-start", 12,
                        "margin-end", 12,
                        NULL);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (card), label);
  gtk_box_append (GTK_BOX (self->box), card);

  /* The project budget the total is a share of. */
  budget_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (budget_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (budget_list, "boxed-list");
  budget_row = g_object_new (ADW_TYPE_ACTION_ROW,
                             "title", _("Project budget in euros"),
                             "subtitle", _("0 when no budget is given"),
                             NULL);
  self->budget_spin = GTK_SPIN_BUTTON (create_spin (0, 1000, _("Project budget in euros")));
  g_signal_connect (self->budget_spin, "value-changed",
                    G_CALLBACK (on_project_budget_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (budget_row), GTK_WIDGET (self->budget_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (budget_row),
                                         GTK_WIDGET (self->budget_spin));
  gtk_list_box_append (GTK_LIST_BOX (budget_list), budget_row);
  gtk_box_append (GTK_BOX (self->box), budget_list);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Invisible work items"), -1);
  gtk_box_append (GTK_BOX (self->box), self->list);

  button = g_object_new (GTK_TYPE_BUTTON,
                         "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                "label", _("Add _Item…"),
                                                "icon-name", "list-add-symbolic",
                                                "use-underline", TRUE,
                                                NULL),
                         "halign", GTK_ALIGN_START,
                         "tooltip-text", _("Add work of your own that the application needs"),
                         "action-name", "invisible.add",
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Item…"), -1);
  gtk_box_append (GTK_BOX (self->box), button);
}
