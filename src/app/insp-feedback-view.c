/* insp-feedback-view.c — the feedback and complaints about an AI application, and what
 * followed
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What employees raised once the application runs, newest first, the open ones marked: each
 * item with its date, channel and topic, what was raised, what was decided and the outcome,
 * and the actions it led to. Items are added and edited in a small dialog; an action added
 * from an item is linked to it. Deleting an item offers Undo, which also links its actions
 * to it again.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-feedback-view.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-action.h"
#include "insp-action-dialog.h"
#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-feedback.h"
#include "insp-feedback-dialog.h"
#include "insp-toast.h"

/* Longer descriptions are cut short in an item's title; the whole text is inside. */
#define TITLE_CHARS 90

struct _InspFeedbackView
{
  AdwBin         parent_instance;

  GtkLabel      *error_label;
  GtkListBox    *list;
  GtkLabel      *empty_label;

  InspWorkspace *workspace;
  char          *application;
  GPtrArray     *items;          /* InspFeedback, newest first */
  GHashTable    *expanded;       /* the uuids of the items shown open */

  /* The item deleted last, its application and its actions, for Undo. */
  InspFeedback  *removed;
  GPtrArray     *removed_actions;

  guint          reload_id;
};

G_DEFINE_FINAL_TYPE (InspFeedbackView, insp_feedback_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (InspFeedbackView *self,
            const GError     *error)
{
  insp_error_label_show (self->error_label, error);
}

/* "6 July 2026" */
static char *
format_date (const char *date)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) parsed = NULL;

  if (date == NULL)
    return g_strdup ("");
  iso = g_strdup_printf ("%sT00:00:00Z", date);
  parsed = g_date_time_new_from_iso8601 (iso, NULL);
  return parsed != NULL ? g_strstrip (g_date_time_format (parsed, "%-d %B %Y"))
                        : g_strdup (date);
}

static InspFeedback *
find_item (InspFeedbackView *self,
           const char       *uuid)
{
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    {
      InspFeedback *feedback = g_ptr_array_index (self->items, i);

      if (g_strcmp0 (feedback->uuid, uuid) == 0)
        return feedback;
    }
  return NULL;
}

static GtkWindow *
get_window (InspFeedbackView *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* --- Building -------------------------------------------------------------------------------- */

static GtkWidget *
create_text_row (const char *title,
                 const char *text,
                 const char *missing)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text != NULL ? text : missing);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static GtkWidget *
create_action_row (InspAction *action)
{
  GtkWidget *row = adw_action_row_new ();
  const char *due = insp_action_get_due_date (action);
  g_autofree char *due_text = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *icon = gtk_image_new_from_icon_name ("checkbox-checked-symbolic");

  if (due != NULL)
    /* Translators: when an action is due, e.g. "Due 2026-06-01" */
    due_text = g_strdup_printf (_("Due %s"), due);
  subtitle = g_strjoin (" · ",
                        insp_enum_get_label (&insp_enum_action_domain,
                                             insp_action_get_domain (action)) ?: "",
                        insp_enum_get_label (&insp_enum_action_status,
                                             insp_action_get_status (action)) ?: "",
                        due_text, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), insp_action_get_title (action));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Action"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static GtkWidget *
create_button (const char *label,
               const char *name,
               const char *action_name,
               const char *uuid)
{
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "label", label,
                                    "use-underline", TRUE,
                                    "action-name", action_name,
                                    "action-target", g_variant_new_string (uuid),
                                    NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static void
on_expanded_changed (AdwExpanderRow   *row,
                     GParamSpec       *pspec,
                     InspFeedbackView *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (row), "uuid");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (uuid));
  else
    g_hash_table_remove (self->expanded, uuid);
}

/* An expander row holds a switch of its own, never shown here (no enable-switch): named all
 * the same, so that every control has a name. */
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

static GtkWidget *
create_item (InspFeedbackView   *self,
             const InspFeedback *feedback)
{
  GtkWidget *row = adw_expander_row_new ();
  gboolean open = g_strcmp0 (feedback->status, "open") == 0;
  g_autofree char *date = format_date (feedback->date);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *item_name = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *buttons, *buttons_row;

  if (g_utf8_strlen (feedback->description, -1) > TITLE_CHARS)
    {
      g_autofree char *start = g_utf8_substring (feedback->description, 0, TITLE_CHARS - 1);
      char *space = strrchr (start, ' ');

      /* At a word's end, when there is one. */
      if (space != NULL && space > start)
        *space = '\0';
      title = g_strconcat (g_strchomp (start), "…", NULL);
    }
  else
    title = g_strdup (feedback->description);
  subtitle = g_strjoin (" · ", date,
                        insp_enum_get_label (&insp_enum_feedback_topic, feedback->topic) ?: "",
                        feedback->channel != NULL ? feedback->channel : NULL, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (feedback->uuid), g_free);

  {
    GtkWidget *status = gtk_label_new (insp_enum_get_label (&insp_enum_feedback_status,
                                                            feedback->status));

    gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (status, "caption-heading");
    gtk_widget_add_css_class (status, open ? "warning" : "dim-label");
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), status);
  }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_text_row (_("What was raised"), feedback->description, ""));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_text_row (_("What was decided"), feedback->decision,
                                             _("Nothing decided yet")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_text_row (_("Outcome"), feedback->outcome,
                                             _("No outcome yet")));

  actions = insp_workspace_list_feedback_actions (self->workspace, feedback->uuid, &error);
  if (actions == NULL)
    show_error (self, error);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              create_action_row (g_ptr_array_index (actions, i)));

  /* Translators: names an item for a screen reader's buttons, e.g. "Workload, 6 July 2026" */
  item_name = g_strdup_printf (_("%s, %s"),
                               insp_enum_get_label (&insp_enum_feedback_topic, feedback->topic)
                               ?: "", date);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  {
    /* Translators: how a screen reader names a feedback item's buttons, e.g. "Edit Feedback
     * Workload, 6 July 2026" */
    g_autofree char *edit = g_strdup_printf (_("Edit Feedback %s"), item_name);
    /* Translators: e.g. "Add Action for Feedback Workload, 6 July 2026" */
    g_autofree char *add = g_strdup_printf (_("Add Action for Feedback %s"), item_name);
    /* Translators: e.g. "Delete Feedback Workload, 6 July 2026" */
    g_autofree char *delete = g_strdup_printf (_("Delete Feedback %s"), item_name);
    GtkWidget *delete_button = create_button (_("_Delete"), delete, "feedback.delete",
                                              feedback->uuid);

    gtk_box_append (GTK_BOX (buttons), create_button (_("_Edit…"), edit, "feedback.edit",
                                                      feedback->uuid));
    gtk_box_append (GTK_BOX (buttons), create_button (_("Add _Action…"), add,
                                                      "feedback.add-action", feedback->uuid));
    gtk_widget_set_hexpand (delete_button, TRUE);
    gtk_widget_set_halign (delete_button, GTK_ALIGN_END);
    gtk_box_append (GTK_BOX (buttons), delete_button);
  }
  buttons_row = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                              "child", buttons,
                              "activatable", FALSE,
                              "selectable", FALSE,
                              NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (buttons_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item_name, -1);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), buttons_row);
  label_hidden_switches (row, title);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 g_hash_table_contains (self->expanded, feedback->uuid));
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_expanded_changed), self, 0);
  return row;
}

static void
reload (InspFeedbackView *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  show_error (self, NULL);

  if (self->workspace != NULL && self->application != NULL)
    {
      self->items = insp_workspace_list_feedback (self->workspace, self->application, &error);
      if (self->items == NULL)
        show_error (self, error);
    }
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    gtk_list_box_append (self->list, create_item (self, g_ptr_array_index (self->items, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->list), self->items != NULL && self->items->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label),
                          self->items != NULL && self->items->len == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.add",
                                 self->workspace != NULL && self->application != NULL);
}

static gboolean
on_reload_idle (gpointer data)
{
  InspFeedbackView *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (InspFeedbackView *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (on_reload_idle, self);
}

/* --- Actions --------------------------------------------------------------------------------- */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  InspFeedbackView *self = INSP_FEEDBACK_VIEW (widget);

  if (self->workspace == NULL || self->application == NULL)
    return;
  gtk_window_present (GTK_WINDOW (insp_feedback_dialog_new (get_window (self), self->workspace,
                                                            self->application, NULL)));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspFeedbackView *self = INSP_FEEDBACK_VIEW (widget);
  InspFeedback *feedback = find_item (self, g_variant_get_string (parameter, NULL));

  if (feedback == NULL)
    return;
  gtk_window_present (GTK_WINDOW (insp_feedback_dialog_new (get_window (self), self->workspace,
                                                            self->application, feedback)));
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  InspFeedbackView *self = INSP_FEEDBACK_VIEW (widget);
  InspFeedback *feedback = find_item (self, g_variant_get_string (parameter, NULL));
  InspActionDialog *dialog;

  if (feedback == NULL)
    return;
  dialog = insp_action_dialog_new (get_window (self), self->workspace, NULL);
  insp_action_dialog_set_origin (dialog, self->application, NULL, NULL);
  insp_action_dialog_set_feedback (dialog, feedback->uuid);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_delete (InspFeedbackView *self)
{
  g_autoptr(InspFeedback) removed = g_steal_pointer (&self->removed);
  g_autoptr(GPtrArray) actions = g_steal_pointer (&self->removed_actions);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.undo-delete", FALSE);
  if (removed == NULL || self->workspace == NULL)
    return;

  /* The same item, uuid and all, back where it was, with its actions linked again. */
  if (!insp_workspace_save_feedback (self->workspace, removed->application, removed, &error))
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      InspAction *action = g_ptr_array_index (actions, i);

      insp_action_set_feedback (action, removed->uuid);
      if (!insp_workspace_save_action (self->workspace, action, &error))
        {
          show_error (self, error);
          return;
        }
    }
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_delete (INSP_FEEDBACK_VIEW (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspFeedbackView *self = INSP_FEEDBACK_VIEW (widget);
  InspFeedback *feedback = find_item (self, g_variant_get_string (parameter, NULL));
  g_autoptr(InspFeedback) removed = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  if (feedback == NULL)
    return;

  removed = insp_feedback_copy (feedback);
  actions = insp_workspace_list_feedback_actions (self->workspace, removed->uuid, &error);
  if (actions == NULL
      || !insp_workspace_delete_feedback (self->workspace, removed->uuid, &error))
    {
      show_error (self, error);
      return;
    }

  g_clear_pointer (&self->removed, insp_feedback_free);
  g_clear_pointer (&self->removed_actions, g_ptr_array_unref);
  self->removed = g_steal_pointer (&removed);
  self->removed_actions = g_steal_pointer (&actions);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.undo-delete", TRUE);

  date = format_date (self->removed->date);
  /* Translators: a toast after a feedback item was deleted, with Undo; %s is its date */
  title = g_strdup_printf (_("Feedback of %s deleted"), date);
  insp_toast_show_for (GTK_WIDGET (self),
                       insp_toast_new_undo (title, G_CALLBACK (undo_delete), self));
}

/* --- Public ---------------------------------------------------------------------------------- */

/**
 * insp_feedback_view_new:
 *
 * Returns: (transfer floating): a new feedback view
 */
GtkWidget *
insp_feedback_view_new (void)
{
  return g_object_new (INSP_TYPE_FEEDBACK_VIEW, NULL);
}

/**
 * insp_feedback_view_get_workspace:
 * @self: a feedback view
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
InspWorkspace *
insp_feedback_view_get_workspace (InspFeedbackView *self)
{
  g_return_val_if_fail (INSP_IS_FEEDBACK_VIEW (self), NULL);

  return self->workspace;
}

/**
 * insp_feedback_view_set_workspace:
 * @self: a feedback view
 * @workspace: (nullable): a workspace
 */
void
insp_feedback_view_set_workspace (InspFeedbackView *self,
                                  InspWorkspace    *workspace)
{
  g_return_if_fail (INSP_IS_FEEDBACK_VIEW (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_pointer (&self->removed, insp_feedback_free);
  g_clear_pointer (&self->removed_actions, g_ptr_array_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.undo-delete", FALSE);
  g_hash_table_remove_all (self->expanded);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed::feedback", G_CALLBACK (queue_reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::actions", G_CALLBACK (queue_reload), self,
                               G_CONNECT_SWAPPED);
    }

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * insp_feedback_view_get_application:
 * @self: a feedback view
 *
 * Returns: (nullable): the uuid of the application whose feedback is shown
 */
const char *
insp_feedback_view_get_application (InspFeedbackView *self)
{
  g_return_val_if_fail (INSP_IS_FEEDBACK_VIEW (self), NULL);

  return self->application;
}

/**
 * insp_feedback_view_set_application:
 * @self: a feedback view
 * @uuid: (nullable): the uuid of an application
 */
void
insp_feedback_view_set_application (InspFeedbackView *self,
                                    const char       *uuid)
{
  g_return_if_fail (INSP_IS_FEEDBACK_VIEW (self));

  if (g_strcmp0 (self->application, uuid) == 0)
    return;

  g_free (self->application);
  self->application = g_strdup (uuid);
  g_hash_table_remove_all (self->expanded);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION]);
}

/* --- Class ----------------------------------------------------------------------------------- */

static void
insp_feedback_view_dispose (GObject *object)
{
  InspFeedbackView *self = INSP_FEEDBACK_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->removed, insp_feedback_free);
  g_clear_pointer (&self->removed_actions, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_feedback_view_parent_class)->dispose (object);
}

static void
insp_feedback_view_finalize (GObject *object)
{
  InspFeedbackView *self = INSP_FEEDBACK_VIEW (object);

  g_free (self->application);
  g_hash_table_unref (self->expanded);

  G_OBJECT_CLASS (insp_feedback_view_parent_class)->finalize (object);
}

static void
insp_feedback_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  InspFeedbackView *self = INSP_FEEDBACK_VIEW (object);

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
insp_feedback_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  InspFeedbackView *self = INSP_FEEDBACK_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_feedback_view_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_APPLICATION:
      insp_feedback_view_set_application (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_feedback_view_class_init (InspFeedbackViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_feedback_view_dispose;
  object_class->finalize = insp_feedback_view_finalize;
  object_class->get_property = insp_feedback_view_get_property;
  object_class->set_property = insp_feedback_view_set_property;

  /**
   * InspFeedbackView:workspace: (nullable)
   *
   * The workspace shown.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspFeedbackView:application: (nullable)
   *
   * The uuid of the application whose feedback is shown.
   */
  properties[PROP_APPLICATION] =
    g_param_spec_string ("application", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "feedback.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "feedback.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "feedback.add-action", "s",
                                   add_action_action);
  gtk_widget_class_install_action (widget_class, "feedback.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "feedback.undo-delete", NULL,
                                   undo_delete_action);
}

static void
insp_feedback_view_init (InspFeedbackView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add;

  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->error_label = GTK_LABEL (g_object_new (GTK_TYPE_LABEL,
                                               "visible", FALSE,
                                               "xalign", 0.0f,
                                               "wrap", TRUE,
                                               "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                               NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  self->empty_label = GTK_LABEL (g_object_new (GTK_TYPE_LABEL,
                                               "label", _("Nothing raised yet. Note here what "
                                                          "employees say once the application "
                                                          "runs, and follow it up."),
                                               "visible", FALSE,
                                               "xalign", 0.0f,
                                               "wrap", TRUE,
                                               NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->empty_label));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Feedback and Complaints"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  add = g_object_new (GTK_TYPE_BUTTON,
                      "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                             "icon-name", "list-add-symbolic",
                                             "label", _("Add _Feedback…"),
                                             "use-underline", TRUE,
                                             NULL),
                      "halign", GTK_ALIGN_START,
                      "action-name", "feedback.add",
                      "tooltip-text", _("Note what employees raised about this application"),
                      NULL);
  gtk_widget_add_css_class (add, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Feedback"), -1);
  gtk_box_append (GTK_BOX (box), add);

  adw_bin_set_child (ADW_BIN (self), box);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.add", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.undo-delete", FALSE);
}
