/* insp-application-dialog.c — an AI application registered or edited, with its triage
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the application is and where it stands, when the employees' representatives were
 * informed, and the triage: the paper's five reasons to involve employees and the EU AI Act
 * risk level, each explained in a sentence. As they are ticked, the dialog shows what follows
 * from them: how much to involve employees, why, and the least participation each phase of
 * the track should reach. Save writes it all in one transaction; when that fails, the dialog
 * stays with everything typed and says why.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-application-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-triage.h"

/* One sentence of help per involvement trigger, in insp_enum_trigger's order. */
static const struct
{
  const char *trigger;
  const char *help;
} trigger_help[] = {
  { "worker-data",
    N_("It measures, collects or analyses data about workers, their work, or the objects and "
       "processes they handle — such as rosters made from availability, or tracking.") },
  { "interacts",
    N_("Workers talk to it or work with it, such as a chatbot or a cobot.") },
  { "takes-over-tasks",
    N_("It does part of the work that workers do today.") },
  { "autonomous",
    N_("It acts or decides on its own, or nearly so, without a person approving each step.") },
  { "safety",
    N_("It can affect workers’ safety, such as a cobot, or planning that sets driving and rest "
       "times.") },
};

/* What each application status means, in insp_enum_application_status's order. */
static const char * const status_help[] = {
  N_("Being considered; nothing is decided yet"),
  N_("Being chosen, bought or built"),
  N_("Being tried out with a group of employees"),
  N_("Used across the organisation"),
  N_("AI was not the best solution: a legitimate outcome of an innovation track"),
};

struct _InspApplicationDialog
{
  AdwWindow        parent_instance;

  InspWorkspace   *workspace;
  char            *uuid;
  InspApplication *application;   /* as read, or a new one */
  gboolean         unreadable;    /* the one to edit could not be read: nothing to save */

  GtkWidget       *trigger_checks[5];
  GtkWidget       *recommended_labels[5];

  /* Template widgets */
  GtkButton           *save_button;
  GtkLabel            *error_label;
  AdwEntryRow         *name_row;
  AdwEntryRow         *vendor_row;
  AdwComboRow         *make_or_buy_row;
  AdwComboRow         *status_row;
  GtkSwitch           *employee_switch;
  GtkTextView         *purpose_view;
  AdwEntryRow         *informed_row;
  AdwPreferencesGroup *triggers_group;
  AdwEntryRow         *other_row;
  AdwComboRow         *risk_row;
  AdwActionRow        *intensity_row;
  GtkLabel            *intensity_label;
  GtkWidget           *stop_box;
  AdwPreferencesGroup *recommended_group;
};

G_DEFINE_FINAL_TYPE (InspApplicationDialog, insp_application_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_STATIC_ASSERT (G_N_ELEMENTS (trigger_help) == 5);

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

/* The risk level chosen, or NULL when not assessed (the first choice). */
static const char *
get_risk_level (InspApplicationDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->risk_row);

  if (selected == 0 || selected > insp_enum_risk_level.n_values)
    return NULL;
  return insp_enum_risk_level.values[selected - 1].id;
}

static GStrv
dup_triggers (InspApplicationDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (self->trigger_checks); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->trigger_checks[i])))
      g_strv_builder_add (builder, insp_enum_trigger.values[i].id);
  return g_strv_builder_end (builder);
}

static void
show_error (InspApplicationDialog *self,
            const char            *message)
{
  insp_error_label_set_text (self->error_label, message);
}

static gboolean
validate (InspApplicationDialog *self)
{
  g_autofree char *name = dup_stripped_text (self->name_row);
  g_autofree char *date = dup_stripped_text (self->informed_row);
  gboolean date_ok = date[0] == '\0' || is_valid_date (date);

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->informed_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->informed_row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->informed_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               date_ok ? GTK_ACCESSIBLE_INVALID_FALSE
                                       : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  show_error (self, date_ok ? NULL
                            : _("Write the date as YYYY-MM-DD, such as 2026-05-12, or leave it "
                                "empty until they are informed."));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 !self->unreadable && name[0] != '\0' && date_ok);
  return !self->unreadable && name[0] != '\0' && date_ok;
}

/* --- The result, live ------------------------------------------------------------------------ */

static void
update_triage (InspApplicationDialog *self)
{
  g_auto(GStrv) triggers = dup_triggers (self);
  g_autofree char *why = NULL;
  InspIntensity intensity;

  /* Still being built. */
  if (self->recommended_labels[G_N_ELEMENTS (self->recommended_labels) - 1] == NULL)
    return;

  intensity = insp_triage_intensity (get_risk_level (self), (const char * const *) triggers,
                                     &why);
  gtk_label_set_text (self->intensity_label, insp_intensity_get_label (intensity));
  adw_action_row_set_subtitle (self->intensity_row, why);
  gtk_widget_set_visible (self->stop_box, intensity == INSP_INTENSITY_STOP);
  if (intensity == INSP_INTENSITY_STOP)
    gtk_widget_add_css_class (GTK_WIDGET (self->intensity_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->intensity_label), "error");

  for (guint i = 0; i < insp_enum_phase.n_values; i++)
    {
      const char *level = insp_triage_recommended_level (intensity,
                                                         insp_enum_phase.values[i].id);

      gtk_label_set_text (GTK_LABEL (self->recommended_labels[i]),
                          level != NULL ? insp_enum_get_label (&insp_enum_level, level)
                                        /* Translators: no minimum participation level is
                                         * recommended for a phase */
                                        : C_("minimum", "None"));
    }
}

static void
on_changed (InspApplicationDialog *self)
{
  validate (self);
}

static void
on_triage_changed (InspApplicationDialog *self)
{
  update_triage (self);
}

static void
on_status_selected (InspApplicationDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (selected < G_N_ELEMENTS (status_help))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row), _(status_help[selected]));
}

/* --- Saving ---------------------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspApplicationDialog *self = INSP_APPLICATION_DIALOG (widget);
  InspApplication *application = self->application;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_stripped_text (self->name_row);
  g_autofree char *vendor = dup_stripped_text (self->vendor_row);
  g_autofree char *date = dup_stripped_text (self->informed_row);
  g_autofree char *other = dup_stripped_text (self->other_row);
  g_autofree char *purpose = NULL;
  g_auto(GStrv) triggers = dup_triggers (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->purpose_view);
  GtkTextIter start, end;
  guint make_or_buy = adw_combo_row_get_selected (self->make_or_buy_row);
  guint status = adw_combo_row_get_selected (self->status_row);

  if (!validate (self))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  purpose = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  insp_application_set_name (application, name);
  insp_application_set_purpose (application, purpose[0] != '\0' ? purpose : NULL);
  insp_application_set_vendor (application, vendor[0] != '\0' ? vendor : NULL);
  if (make_or_buy < insp_enum_make_or_buy.n_values)
    insp_application_set_make_or_buy (application, insp_enum_make_or_buy.values[make_or_buy].id);
  if (status < insp_enum_application_status.n_values)
    insp_application_set_status (application, insp_enum_application_status.values[status].id);
  insp_application_set_employee_initiated (application,
                                           gtk_switch_get_active (self->employee_switch));
  insp_application_set_informed_date (application, date[0] != '\0' ? date : NULL);
  insp_application_set_triggers (application, (const char * const *) triggers);
  insp_application_set_other_trigger (application, other[0] != '\0' ? other : NULL);
  insp_application_set_risk_level (application, get_risk_level (self));

  if (!insp_workspace_save_application (self->workspace, application, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The application could not be saved: %s"),
                                                  error->message);

      /* The dialog stays, with what was typed, to try again. */
      show_error (self, message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, insp_application_get_uuid (application));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- Building -------------------------------------------------------------------------------- */

static void
set_choices (AdwComboRow    *row,
             const InspEnum *e,
             const char     *first)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (choices, first);
  for (guint i = 0; i < e->n_values; i++)
    gtk_string_list_append (choices, _(e->values[i].label));
  adw_combo_row_set_model (row, G_LIST_MODEL (choices));
}

static void
add_trigger_rows (InspApplicationDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (trigger_help); i++)
    {
      GtkWidget *row, *check;

      g_assert (g_str_equal (trigger_help[i].trigger, insp_enum_trigger.values[i].id));

      check = g_object_new (GTK_TYPE_CHECK_BUTTON, "valign", GTK_ALIGN_CENTER, NULL);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", _(insp_enum_trigger.values[i].label),
                          "subtitle", _(trigger_help[i].help),
                          "use-markup", FALSE,
                          "activatable-widget", check,
                          NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _(trigger_help[i].help), -1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_triage), self);
      adw_preferences_group_add (self->triggers_group, row);
      self->trigger_checks[i] = check;
    }
}

static void
add_recommended_rows (InspApplicationDialog *self)
{
  for (guint i = 0; i < insp_enum_phase.n_values; i++)
    {
      g_autofree char *title = g_strdup_printf (_("%d. %s"), (int) i + 1,
                                                _(insp_enum_phase.values[i].label));
      GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "valign", GTK_ALIGN_CENTER, NULL);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", title,
                                     "use-markup", FALSE,
                                     NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->recommended_group, row);
      self->recommended_labels[i] = label;
    }
}

static void
fill (InspApplicationDialog *self)
{
  InspApplication *application = self->application;
  const char * const *triggers = insp_application_get_triggers (application);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->purpose_view);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         insp_application_get_name (application) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->vendor_row),
                         insp_application_get_vendor (application) ?: "");
  adw_combo_row_set_selected (self->make_or_buy_row,
                              (guint) MAX (0, insp_enum_index (&insp_enum_make_or_buy,
                                                               insp_application_get_make_or_buy (
                                                                 application))));
  adw_combo_row_set_selected (self->status_row,
                              (guint) MAX (0, insp_enum_index (&insp_enum_application_status,
                                                               insp_application_get_status (
                                                                 application))));
  gtk_switch_set_active (self->employee_switch,
                         insp_application_get_employee_initiated (application));
  gtk_text_buffer_set_text (buffer, insp_application_get_purpose (application) ?: "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->informed_row),
                         insp_application_get_informed_date (application) ?: "");
  for (guint i = 0; i < G_N_ELEMENTS (self->trigger_checks); i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->trigger_checks[i]),
                                 triggers != NULL
                                 && g_strv_contains (triggers, insp_enum_trigger.values[i].id));
  gtk_editable_set_text (GTK_EDITABLE (self->other_row),
                         insp_application_get_other_trigger (application) ?: "");
  adw_combo_row_set_selected (self->risk_row,
                              (guint) (insp_enum_index (&insp_enum_risk_level,
                                                        insp_application_get_risk_level (
                                                          application)) + 1));
}

static void
insp_application_dialog_constructed (GObject *object)
{
  InspApplicationDialog *self = INSP_APPLICATION_DIALOG (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (insp_application_dialog_parent_class)->constructed (object);

  g_assert (INSP_IS_WORKSPACE (self->workspace));

  if (self->uuid != NULL)
    {
      /* A copy of its own: what the page shows changes only once it is saved. */
      self->application = insp_workspace_get_application (self->workspace, self->uuid, &error);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Application"));
      if (self->application == NULL)
        {
          /* Say why, and do not offer to write a new one in its place. */
          self->unreadable = TRUE;
          self->application = insp_application_new ();
        }
    }
  else
    {
      self->application = insp_application_new ();
      gtk_window_set_title (GTK_WINDOW (self), _("Register Application"));
      gtk_button_set_label (self->save_button, _("_Register"));
    }

  fill (self);
  on_status_selected (self);
  update_triage (self);
  validate (self);
  if (error != NULL)
    show_error (self, error->message);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
insp_application_dialog_dispose (GObject *object)
{
  InspApplicationDialog *self = INSP_APPLICATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_APPLICATION_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (insp_application_dialog_parent_class)->dispose (object);
}

static void
insp_application_dialog_finalize (GObject *object)
{
  InspApplicationDialog *self = INSP_APPLICATION_DIALOG (object);

  g_free (self->uuid);

  G_OBJECT_CLASS (insp_application_dialog_parent_class)->finalize (object);
}

static void
insp_application_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  InspApplicationDialog *self = INSP_APPLICATION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_application_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  InspApplicationDialog *self = INSP_APPLICATION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    case PROP_UUID:
      self->uuid = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_application_dialog_class_init (InspApplicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = insp_application_dialog_constructed;
  object_class->dispose = insp_application_dialog_dispose;
  object_class->finalize = insp_application_dialog_finalize;
  object_class->get_property = insp_application_dialog_get_property;
  object_class->set_property = insp_application_dialog_set_property;

  /**
   * InspApplicationDialog:workspace:
   *
   * The workspace the application is written into.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * InspApplicationDialog:uuid: (nullable)
   *
   * The application edited; %NULL to register a new one.
   */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * InspApplicationDialog::saved:
   * @self: the dialog
   * @uuid: the application, registered or changed
   *
   * Emitted once the application is written, just before the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_assert (G_N_ELEMENTS (trigger_help) == insp_enum_trigger.n_values);
  g_assert (G_N_ELEMENTS (status_help) == insp_enum_application_status.n_values);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX
                                               "/ui/insp-application-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, vendor_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, make_or_buy_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, employee_switch);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, purpose_view);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, informed_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, triggers_group);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, other_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, risk_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, intensity_row);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, intensity_label);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog, stop_box);
  gtk_widget_class_bind_template_child (widget_class, InspApplicationDialog,
                                        recommended_group);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_triage_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_application_dialog_init (InspApplicationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_trigger_rows (self);
  add_recommended_rows (self);
  set_choices (self->make_or_buy_row, &insp_enum_make_or_buy, NULL);
  set_choices (self->status_row, &insp_enum_application_status, NULL);
  /* Translators: the risk level of an application that nobody assessed yet */
  set_choices (self->risk_row, &insp_enum_risk_level, _("Not assessed yet"));
}

/**
 * insp_application_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace
 * @uuid: (nullable): the application to edit; %NULL to register a new one
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspApplicationDialog *
insp_application_dialog_new (GtkWindow     *parent,
                             InspWorkspace *workspace,
                             const char    *uuid)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);

  return g_object_new (INSP_TYPE_APPLICATION_DIALOG,
                       "transient-for", parent,
                       "workspace", workspace,
                       "uuid", uuid,
                       NULL);
}
