/* insp-phase-dialog.c — a phase of an innovation track: its status, dates and groups, edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a phase stands, when it starts and ends, and which stakeholder groups take part in
 * it. The core checks the dates; when it refuses them, the dialog says why and stays, with
 * everything typed, to try again.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-phase-dialog.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-group-checks.h"

struct _InspPhaseDialog
{
  AdwWindow      parent_instance;

  InspWorkspace *workspace;
  char          *application;
  char          *phase;
  guint          round;
  char          *status;

  /* Template widgets */
  GtkButton            *save_button;
  GtkLabel             *error_label;
  AdwPreferencesGroup  *phase_group;
  AdwComboRow          *status_row;
  AdwEntryRow          *start_row;
  AdwEntryRow          *end_row;
  GtkBox               *groups_box;
};

G_DEFINE_FINAL_TYPE (InspPhaseDialog, insp_phase_dialog, ADW_TYPE_WINDOW)

/* --- Reading the fields ---------------------------------------------------------------------- */

static char *
dup_date (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
show_error (InspPhaseDialog *self,
            const char      *message)
{
  insp_error_label_set_text (self->error_label, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->end_row), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
on_changed (InspPhaseDialog *self)
{
  /* A new try: the last refusal no longer applies. */
  show_error (self, NULL);
}

/* --- Actions --------------------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspPhaseDialog *self = INSP_PHASE_DIALOG (widget);
  g_autofree char *start = dup_date (self->start_row);
  g_autofree char *end = dup_date (self->end_row);
  g_auto(GStrv) groups = insp_group_checks_dup_chosen (self->groups_box);
  guint selected = adw_combo_row_get_selected (self->status_row);
  g_autoptr(GError) error = NULL;

  /* All in one transaction: when the core refuses the dates, nothing is written. */
  if (!insp_workspace_set_phase_details (self->workspace, self->application, self->phase,
                                         self->round,
                                         selected < insp_enum_phase_status.n_values
                                         ? insp_enum_phase_status.values[selected].id : NULL,
                                         start, end, (const char * const *) groups, &error))
    {
      /* Translators: %s says why, e.g. "Pilot: the end date comes before the start date" */
      g_autofree char *message = g_strdup_printf (_("The phase could not be saved: %s"),
                                                  error->message);

      /* The dialog stays, with what was typed, to try again. */
      show_error (self, message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- The dialog ------------------------------------------------------------------------------ */

static void
insp_phase_dialog_dispose (GObject *object)
{
  InspPhaseDialog *self = INSP_PHASE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_PHASE_DIALOG);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (insp_phase_dialog_parent_class)->dispose (object);
}

static void
insp_phase_dialog_finalize (GObject *object)
{
  InspPhaseDialog *self = INSP_PHASE_DIALOG (object);

  g_free (self->application);
  g_free (self->phase);
  g_free (self->status);

  G_OBJECT_CLASS (insp_phase_dialog_parent_class)->finalize (object);
}

static void
insp_phase_dialog_class_init (InspPhaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_phase_dialog_dispose;
  object_class->finalize = insp_phase_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-phase-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspPhaseDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspPhaseDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspPhaseDialog, phase_group);
  gtk_widget_class_bind_template_child (widget_class, InspPhaseDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, InspPhaseDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, InspPhaseDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, InspPhaseDialog, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_phase_dialog_init (InspPhaseDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < insp_enum_phase_status.n_values; i++)
    gtk_string_list_append (statuses, _(insp_enum_phase_status.values[i].label));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

/**
 * insp_phase_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace
 * @application: the uuid of the application whose track it is
 * @phase: the phase as the track shows it
 * @title: the phase's name as the track shows it, such as "3. Pilot, round 2"
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspPhaseDialog *
insp_phase_dialog_new (GtkWindow            *parent,
                       InspWorkspace        *workspace,
                       const char           *application,
                       const InspTrackPhase *phase,
                       const char           *title)
{
  InspPhaseDialog *self;
  int status;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (application != NULL, NULL);
  g_return_val_if_fail (phase != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (INSP_TYPE_PHASE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->application = g_strdup (application);
  self->phase = g_strdup (phase->phase);
  self->round = MAX (phase->round, 1);
  self->status = g_strdup (phase->status);

  adw_preferences_group_set_title (self->phase_group, title);
  status = insp_enum_index (&insp_enum_phase_status, phase->status);
  adw_combo_row_set_selected (self->status_row, (guint) MAX (status, 0));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), phase->start_date ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), phase->end_date ?: "");
  insp_group_checks_fill (self->groups_box, workspace,
                          (const char * const *) phase->groups, NULL, NULL);
  show_error (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->status_row));
  return self;
}
