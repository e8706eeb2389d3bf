/* insp-action-dialog.c — an action added or edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What was agreed, in which of the three domains of guidance ethics, for which AI application
 * (if any), who follows it up, by when, and where it stands. The due date is checked as it is
 * typed; Save is possible once there is a title and the date is a real day or empty. When saving
 * fails, the dialog stays with everything typed and says why.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-action-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-application.h"
#include "insp-enums.h"

/* What each domain means, in one line, in insp_enum_action_domain's order. */
static const char * const domain_help[] = {
  N_("The technology itself: choose, design or improve it"),
  N_("The work environment: arrange the work differently, make agreements"),
  N_("The people: training, support, well-being"),
};

struct _InspActionDialog
{
  AdwWindow      parent_instance;

  InspWorkspace *workspace;
  InspAction    *action;         /* the one edited, or a new one */
  gboolean       is_new;
  GPtrArray     *applications;   /* the uuids offered, after "None" */

  /* Template widgets */
  GtkButton     *save_button;
  GtkLabel      *error_label;
  AdwEntryRow   *title_row;
  AdwComboRow   *domain_row;
  AdwComboRow   *application_row;
  GtkTextView   *description_view;
  AdwEntryRow   *owner_row;
  AdwEntryRow   *due_row;
  AdwComboRow   *status_row;
};

G_DEFINE_FINAL_TYPE (InspActionDialog, insp_action_dialog, ADW_TYPE_WINDOW)

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

/* A date as the core keeps it: YYYY-MM-DD, a real day. */
static gboolean
is_valid_date (const char *text)
{
  GDate date;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  return g_date_valid (&date) && g_date_get_year (&date) >= 1900;
}

static void
show_error (InspActionDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
validate (InspActionDialog *self)
{
  g_autofree char *title = dup_stripped_text (self->title_row);
  g_autofree char *date = dup_stripped_text (self->due_row);
  gboolean date_ok = date[0] == '\0' || is_valid_date (date);

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->due_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               date_ok ? GTK_ACCESSIBLE_INVALID_FALSE
                                       : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  show_error (self, date_ok ? NULL
                            : _("Write the due date as YYYY-MM-DD, such as 2026-05-12, or "
                                "leave it empty."));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 title[0] != '\0' && date_ok);
  return title[0] != '\0' && date_ok;
}

static void
on_changed (InspActionDialog *self)
{
  validate (self);
}

static void
on_domain_selected (InspActionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->domain_row);

  if (selected < G_N_ELEMENTS (domain_help))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->domain_row), _(domain_help[selected]));
}

/* --- Saving ---------------------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspActionDialog *self = INSP_ACTION_DIALOG (widget);
  InspAction *action = self->action;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = dup_stripped_text (self->title_row);
  g_autofree char *owner = dup_stripped_text (self->owner_row);
  g_autofree char *date = dup_stripped_text (self->due_row);
  g_autofree char *description = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;
  guint domain = adw_combo_row_get_selected (self->domain_row);
  guint application = adw_combo_row_get_selected (self->application_row);
  guint status = adw_combo_row_get_selected (self->status_row);

  if (!validate (self))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  insp_action_set_title (action, title);
  insp_action_set_description (action, description[0] != '\0' ? description : NULL);
  insp_action_set_owner (action, owner[0] != '\0' ? owner : NULL);
  insp_action_set_due_date (action, date[0] != '\0' ? date : NULL);
  if (domain < insp_enum_action_domain.n_values)
    insp_action_set_domain (action, insp_enum_action_domain.values[domain].id);
  if (status < insp_enum_action_status.n_values)
    insp_action_set_status (action, insp_enum_action_status.values[status].id);
  insp_action_set_application (action,
                               application > 0 && application <= self->applications->len
                               ? g_ptr_array_index (self->applications, application - 1)
                               : NULL);

  if (!insp_workspace_save_action (self->workspace, action, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The action could not be saved: %s"),
                                                  error->message);

      /* The dialog stays, with what was typed, to try again. */
      show_error (self, message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, insp_action_get_uuid (action));
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

/* "None", then the applications of the workspace; the action's own is chosen. */
static void
fill_applications (InspActionDialog *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  const char *chosen = insp_action_get_application (self->action);
  guint selected = 0;

  /* Translators: an action that is not about one AI application */
  gtk_string_list_append (choices, C_("application", "None"));
  applications = insp_workspace_list_applications (self->workspace, &error);
  if (applications == NULL)
    g_warning ("%s", error->message);
  for (guint i = 0; applications != NULL && i < applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (applications, i);

      g_ptr_array_add (self->applications, g_strdup (insp_application_get_uuid (application)));
      gtk_string_list_append (choices, insp_application_get_name (application));
      if (g_strcmp0 (chosen, insp_application_get_uuid (application)) == 0)
        selected = self->applications->len;
    }
  adw_combo_row_set_model (self->application_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->application_row, selected);
}

static void
fill (InspActionDialog *self)
{
  InspAction *action = self->action;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), insp_action_get_title (action) ?: "");
  adw_combo_row_set_selected (self->domain_row,
                              (guint) MAX (0, insp_enum_index (&insp_enum_action_domain,
                                                               insp_action_get_domain (action))));
  gtk_text_buffer_set_text (buffer, insp_action_get_description (action) ?: "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), insp_action_get_owner (action) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row),
                         insp_action_get_due_date (action) ?: "");
  adw_combo_row_set_selected (self->status_row,
                              (guint) MAX (0, insp_enum_index (&insp_enum_action_status,
                                                               insp_action_get_status (action))));
  fill_applications (self);
}

static void
insp_action_dialog_dispose (GObject *object)
{
  InspActionDialog *self = INSP_ACTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_ACTION_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->action);
  g_clear_pointer (&self->applications, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_action_dialog_parent_class)->dispose (object);
}

static void
insp_action_dialog_class_init (InspActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_action_dialog_dispose;

  /**
   * InspActionDialog::saved:
   * @self: the dialog
   * @uuid: the action, added or changed
   *
   * Emitted once the action is written, just before the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_assert (G_N_ELEMENTS (domain_help) == insp_enum_action_domain.n_values);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, domain_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, application_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, status_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_domain_selected);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_action_dialog_init (InspActionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->applications = g_ptr_array_new_with_free_func (g_free);
  set_choices (self->domain_row, &insp_enum_action_domain);
  set_choices (self->status_row, &insp_enum_action_status);
}

/**
 * insp_action_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace
 * @action: (nullable): the action to edit; %NULL to add a new one
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspActionDialog *
insp_action_dialog_new (GtkWindow     *parent,
                        InspWorkspace *workspace,
                        InspAction    *action)
{
  InspActionDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (action == NULL || INSP_IS_ACTION (action), NULL);

  self = g_object_new (INSP_TYPE_ACTION_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);
  self->is_new = action == NULL;
  self->action = action != NULL ? g_object_ref (action) : insp_action_new ();
  if (self->is_new)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Action"));
      gtk_button_set_label (self->save_button, _("_Add"));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Action"));
    }

  fill (self);
  on_domain_selected (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}
