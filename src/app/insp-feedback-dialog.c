/* insp-feedback-dialog.c — a feedback item or complaint added or edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What employees raised about an AI application once it runs: when, through which channel, on
 * which topic, what they said, what was decided, the outcome, and whether it is still open.
 * The core checks what is typed; when saving fails, the dialog stays with everything typed and
 * says why, in place.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-feedback-dialog.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-error-label.h"

struct _InspFeedbackDialog
{
  AdwWindow      parent_instance;

  InspWorkspace *workspace;
  char          *application;
  InspFeedback  *feedback;       /* a copy of the one edited, or a new one */

  /* Template widgets */
  GtkButton     *save_button;
  GtkLabel      *error_label;
  AdwEntryRow   *date_row;
  AdwEntryRow   *channel_row;
  AdwComboRow   *topic_row;
  AdwComboRow   *status_row;
  GtkTextView   *description_view;
  GtkTextView   *decision_view;
  GtkTextView   *outcome_view;
};

G_DEFINE_FINAL_TYPE (InspFeedbackDialog, insp_feedback_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- Reading the fields ---------------------------------------------------------------------- */

static char *
dup_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The text of a view, without the spaces around it; %NULL when empty. */
static char *
dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* Save needs something raised; the core checks the rest when saving. */
static void
update_save (InspFeedbackDialog *self)
{
  g_autofree char *description = dup_view_text (self->description_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", description != NULL);
}

/* --- Saving ---------------------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspFeedbackDialog *self = INSP_FEEDBACK_DIALOG (widget);
  g_autoptr(InspFeedback) feedback = insp_feedback_copy (self->feedback);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = dup_stripped_text (self->date_row);
  g_autofree char *channel = dup_stripped_text (self->channel_row);
  guint topic = adw_combo_row_get_selected (self->topic_row);
  guint status = adw_combo_row_get_selected (self->status_row);

  g_free (feedback->date);
  feedback->date = date[0] != '\0' ? g_steal_pointer (&date) : NULL;
  g_free (feedback->channel);
  feedback->channel = channel[0] != '\0' ? g_steal_pointer (&channel) : NULL;
  if (topic < insp_enum_feedback_topic.n_values)
    {
      g_free (feedback->topic);
      feedback->topic = g_strdup (insp_enum_feedback_topic.values[topic].id);
    }
  if (status < insp_enum_feedback_status.n_values)
    {
      g_free (feedback->status);
      feedback->status = g_strdup (insp_enum_feedback_status.values[status].id);
    }
  g_free (feedback->description);
  feedback->description = dup_view_text (self->description_view);
  g_free (feedback->decision);
  feedback->decision = dup_view_text (self->decision_view);
  g_free (feedback->outcome);
  feedback->outcome = dup_view_text (self->outcome_view);

  if (!insp_workspace_save_feedback (self->workspace, self->application, feedback, &error))
    {
      /* The dialog stays, with what was typed, to try again. */
      insp_error_label_show (self->error_label, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, feedback->uuid);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- Building -------------------------------------------------------------------------------- */

static void
set_choices (AdwComboRow    *row,
             const InspEnum *e)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  for (guint i = 0; i < e->n_values; i++)
    gtk_string_list_append (choices, _(e->values[i].label));
  adw_combo_row_set_model (row, G_LIST_MODEL (choices));
}

static void
fill (InspFeedbackDialog *self)
{
  InspFeedback *feedback = self->feedback;

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), feedback->date ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->channel_row), feedback->channel ?: "");
  adw_combo_row_set_selected (self->topic_row,
                              (guint) MAX (0, insp_enum_index (&insp_enum_feedback_topic,
                                                               feedback->topic)));
  adw_combo_row_set_selected (self->status_row,
                              (guint) MAX (0, insp_enum_index (&insp_enum_feedback_status,
                                                               feedback->status)));
  set_view_text (self->description_view, feedback->description);
  set_view_text (self->decision_view, feedback->decision);
  set_view_text (self->outcome_view, feedback->outcome);
}

static void
insp_feedback_dialog_dispose (GObject *object)
{
  InspFeedbackDialog *self = INSP_FEEDBACK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_FEEDBACK_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->feedback, insp_feedback_free);
  g_clear_pointer (&self->application, g_free);

  G_OBJECT_CLASS (insp_feedback_dialog_parent_class)->dispose (object);
}

static void
insp_feedback_dialog_class_init (InspFeedbackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_feedback_dialog_dispose;

  /**
   * InspFeedbackDialog::saved:
   * @self: the dialog
   * @uuid: the feedback item, added or changed
   *
   * Emitted once the item is written, just before the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-feedback-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, decision_view);
  gtk_widget_class_bind_template_child (widget_class, InspFeedbackDialog, outcome_view);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_feedback_dialog_init (InspFeedbackDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_choices (self->topic_row, &insp_enum_feedback_topic);
  set_choices (self->status_row, &insp_enum_feedback_status);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (update_save), self, G_CONNECT_SWAPPED);
}

/**
 * insp_feedback_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace
 * @application: the uuid of the application the feedback is about
 * @feedback: (nullable): the item to edit, as read from @workspace; %NULL to add one
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspFeedbackDialog *
insp_feedback_dialog_new (GtkWindow          *parent,
                          InspWorkspace      *workspace,
                          const char         *application,
                          const InspFeedback *feedback)
{
  InspFeedbackDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (application != NULL, NULL);

  self = g_object_new (INSP_TYPE_FEEDBACK_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);
  self->application = g_strdup (application);
  if (feedback != NULL)
    {
      self->feedback = insp_feedback_copy (feedback);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Feedback"));
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->feedback = insp_feedback_new ();
      self->feedback->date = g_date_time_format (now, "%Y-%m-%d");
      gtk_window_set_title (GTK_WINDOW (self), _("Add Feedback"));
      gtk_button_set_label (self->save_button, _("_Add"));
    }

  fill (self);
  update_save (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
  return self;
}
