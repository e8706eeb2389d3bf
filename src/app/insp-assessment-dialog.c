/* insp-assessment-dialog.c — one group's impact assessment, entered or edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The group, the moment and the date, then a row for each indicator and concern: the
 * expected effect in a spin button (−2 … +2, or empty: not scored), the confidence and the
 * rationale. Tab goes from field to field and row to row; digits, the arrow keys, Page Up
 * and Page Down change an effect; Delete or Backspace empties it. Ctrl+S or Enter in a text
 * field saves; a mistake the core finds is said above the fields, and nothing typed is lost.
 * Escape closes at once when nothing changed, and asks first when something did.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-assessment-dialog.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-group.h"

/* The value of an effect the group did not give. */
#define UNSCORED -3

typedef struct
{
  const char    *item;
  GtkSpinButton *effect;
  GtkDropDown   *confidence;
  GtkEntry      *rationale;
} ScoreRow;

struct _InspAssessmentDialog
{
  AdwWindow       parent_instance;

  InspWorkspace  *workspace;
  char           *application;
  InspAssessment *assessment;    /* the one edited, or a new one */
  GPtrArray      *groups;        /* InspGroup offered, in order */
  ScoreRow        rows[32];
  gboolean        filling;
  gboolean        changed;

  /* Template widgets */
  GtkButton      *save_button;
  GtkLabel       *error_label;
  GtkBox         *content_box;
  AdwComboRow    *group_row;
  AdwComboRow    *moment_row;
  AdwEntryRow    *date_row;
};

G_DEFINE_FINAL_TYPE (InspAssessmentDialog, insp_assessment_dialog, ADW_TYPE_WINDOW)

static void
show_error (InspAssessmentDialog *self,
            const char           *message)
{
  insp_error_label_set_text (self->error_label, message);
}

static void
on_changed (InspAssessmentDialog *self)
{
  if (!self->filling)
    self->changed = TRUE;
}

/* --- The effect: a spin button that may be empty --------------------------------------------- */

static char *
format_effect (int effect)
{
  if (effect == UNSCORED)
    return g_strdup ("");
  if (effect > 0)
    return g_strdup_printf ("+%d", effect);
  if (effect < 0)
    return g_strdup_printf ("−%d", -effect);
  return g_strdup ("0");
}

static gboolean
on_effect_output (GtkSpinButton *spin)
{
  g_autofree char *text = format_effect ((int) gtk_spin_button_get_value (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_effect_input (GtkSpinButton *spin,
                 double        *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  g_autoptr(GString) ascii = g_string_new (text);
  gint64 number;
  char *end;

  if (text[0] == '\0')
    {
      *value = UNSCORED;
      return TRUE;
    }
  /* The minus sign shown, or the one typed. */
  g_string_replace (ascii, "−", "-", 0);
  number = g_ascii_strtoll (ascii->str, &end, 10);
  if (end == ascii->str || *end != '\0' || number < -2 || number > 2)
    return GTK_INPUT_ERROR;
  *value = (double) number;
  return TRUE;
}

static void
on_effect_value_changed (GtkSpinButton        *spin,
                         InspAssessmentDialog *self)
{
  int effect = (int) gtk_spin_button_get_value (spin);
  g_autofree char *text = format_effect (effect);

  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                  effect == UNSCORED ? _("Not scored") : text, -1);
  on_changed (self);
}

/* Delete or Backspace on an effect: not scored. */
static gboolean
on_effect_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkSpinButton         *spin)
{
  g_autofree char *shown = NULL;

  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_BackSpace)
    return FALSE;

  /* Only when the field shows the value as it was set, not while one types in it. */
  shown = format_effect ((int) gtk_spin_button_get_value (spin));
  if ((state & GDK_MODIFIER_MASK) == 0 && shown[0] != '\0'
      && g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (spin))) == 0)
    {
      gtk_spin_button_set_value (spin, UNSCORED);
      return TRUE;
    }
  return FALSE;
}

/* GTK 4.8's drop-down does not pass its name on to the button inside it. */
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

/* --- Building -------------------------------------------------------------------------------- */

static GtkWidget *
create_heading (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "margin-bottom", 6,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
create_column_heading (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "xalign", 0.0f, NULL);

  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* The items @first … @last - 1 of insp_enum_topic under a heading, in a grid. */
static void
add_section (InspAssessmentDialog *self,
             const char           *heading,
             guint                 first,
             guint                 last)
{
  g_autoptr(GtkStringList) confidences = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *grid = g_object_new (GTK_TYPE_GRID,
                                  "row-spacing", 6,
                                  "column-spacing", 12,
                                  NULL);

  for (guint i = 0; i < insp_enum_confidence.n_values; i++)
    gtk_string_list_append (confidences, _(insp_enum_confidence.values[i].label));

  gtk_box_append (GTK_BOX (box), create_heading (heading));
  gtk_grid_attach (GTK_GRID (grid), create_column_heading (_("Item")), 0, 0, 1, 1);
  /* Translators: a column heading: the expected effect, −2 … +2 */
  gtk_grid_attach (GTK_GRID (grid), create_column_heading (_("Effect")), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), create_column_heading (_("Confidence")), 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), create_column_heading (_("Rationale")), 3, 0, 1, 1);

  for (guint t = first; t < last; t++)
    {
      ScoreRow *row = &self->rows[t];
      const char *label = _(insp_enum_topic.values[t].label);
      g_autofree char *effect_name = NULL;
      g_autofree char *confidence_name = NULL;
      g_autofree char *rationale_name = NULL;
      GtkAdjustment *adjustment = gtk_adjustment_new (UNSCORED, UNSCORED, 2, 1, 1, 0);
      GtkEventController *keys;
      GtkWidget *name;
      int y = (int) (t - first) + 1;

      row->item = insp_enum_topic.values[t].id;
      name = g_object_new (GTK_TYPE_LABEL,
                           "label", label,
                           "xalign", 0.0f,
                           "wrap", TRUE,
                           "width-chars", 18,
                           "max-width-chars", 30,
                           NULL);
      gtk_grid_attach (GTK_GRID (grid), name, 0, y, 1, 1);

      row->effect = GTK_SPIN_BUTTON (gtk_spin_button_new (adjustment, 1, 0));
      gtk_editable_set_width_chars (GTK_EDITABLE (row->effect), 3);
      gtk_widget_set_valign (GTK_WIDGET (row->effect), GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row->effect),
                                   _("From −2 (much worse) to +2 (much better); "
                                     "empty: not scored"));
      g_signal_connect (row->effect, "output", G_CALLBACK (on_effect_output), NULL);
      g_signal_connect (row->effect, "input", G_CALLBACK (on_effect_input), NULL);
      g_signal_connect (row->effect, "value-changed", G_CALLBACK (on_effect_value_changed),
                        self);
      keys = gtk_event_controller_key_new ();
      gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
      g_signal_connect (keys, "key-pressed", G_CALLBACK (on_effect_key_pressed), row->effect);
      gtk_widget_add_controller (GTK_WIDGET (row->effect), keys);
      /* Translators: how a screen reader names an effect field, e.g. "Workload: effect" */
      effect_name = g_strdup_printf (_("%s: expected effect"), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->effect),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, effect_name,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, _("Not scored"),
                                      -1);
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->effect), 1, y, 1, 1);
      on_effect_output (row->effect);

      row->confidence = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (confidences)),
                                                          NULL));
      gtk_drop_down_set_selected (row->confidence, 1);
      gtk_widget_set_valign (GTK_WIDGET (row->confidence), GTK_ALIGN_CENTER);
      g_signal_connect_swapped (row->confidence, "notify::selected", G_CALLBACK (on_changed),
                                self);
      /* Translators: how a screen reader names a confidence field, e.g. "Workload: confidence" */
      confidence_name = g_strdup_printf (_("%s: confidence"), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->confidence),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, confidence_name, -1);
      name_dropdown_button (row->confidence, confidence_name);
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->confidence), 2, y, 1, 1);

      row->rationale = g_object_new (GTK_TYPE_ENTRY,
                                     "hexpand", TRUE,
                                     "width-chars", 24,
                                     "activates-default", TRUE,
                                     "placeholder-text", _("Why?"),
                                     "valign", GTK_ALIGN_CENTER,
                                     NULL);
      g_signal_connect_swapped (row->rationale, "changed", G_CALLBACK (on_changed), self);
      /* Translators: how a screen reader names a rationale field, e.g. "Workload: rationale" */
      rationale_name = g_strdup_printf (_("%s: rationale"), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->rationale),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, rationale_name, -1);
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (row->rationale), 3, y, 1, 1);
    }

  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (self->content_box, box);
}

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
fill (InspAssessmentDialog *self)
{
  InspAssessment *assessment = self->assessment;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *date = insp_assessment_get_date (assessment);
  g_autofree char *today = NULL;
  guint selected = 0;
  int moment;

  self->filling = TRUE;

  self->groups = insp_workspace_list_groups (self->workspace, &error);
  if (self->groups == NULL)
    {
      show_error (self, error->message);
      self->groups = g_ptr_array_new_with_free_func (g_object_unref);
    }
  for (guint i = 0; i < self->groups->len; i++)
    {
      InspGroup *group = g_ptr_array_index (self->groups, i);

      gtk_string_list_append (names, insp_group_get_display_name (group));
      if (g_strcmp0 (insp_group_get_uuid (group), insp_assessment_get_group (assessment)) == 0)
        selected = i;
    }
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->group_row, selected);

  moment = insp_enum_index (&insp_enum_moment, insp_assessment_get_moment (assessment));
  adw_combo_row_set_selected (self->moment_row, (guint) MAX (0, moment));
  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
      date = today;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);

  for (guint t = 0; t < insp_enum_topic.n_values; t++)
    {
      ScoreRow *row = &self->rows[t];
      const InspScore *score = insp_assessment_get_score (assessment, row->item);

      if (score == NULL)
        continue;
      gtk_spin_button_set_value (row->effect, CLAMP (score->effect, -2, 2));
      gtk_drop_down_set_selected (row->confidence,
                                  (guint) MAX (0, insp_enum_index (&insp_enum_confidence,
                                                                   score->confidence)));
      gtk_editable_set_text (GTK_EDITABLE (row->rationale), score->rationale ?: "");
    }

  self->filling = FALSE;
  self->changed = FALSE;
}

/* --- Saving and closing ---------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspAssessmentDialog *self = INSP_ASSESSMENT_DIALOG (widget);
  g_autoptr(InspAssessment) assessment = g_object_ref (self->assessment);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  guint group = adw_combo_row_get_selected (self->group_row);
  guint moment = adw_combo_row_get_selected (self->moment_row);

  date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  insp_assessment_set_group (assessment,
                             group < self->groups->len
                             ? insp_group_get_uuid (g_ptr_array_index (self->groups, group))
                             : NULL);
  if (moment < insp_enum_moment.n_values)
    insp_assessment_set_moment (assessment, insp_enum_moment.values[moment].id);
  insp_assessment_set_date (assessment, date[0] != '\0' ? date : NULL);

  for (guint t = 0; t < insp_enum_topic.n_values; t++)
    {
      ScoreRow *row = &self->rows[t];
      guint confidence = gtk_drop_down_get_selected (row->confidence);
      g_autofree char *rationale = NULL;
      int effect;

      /* What was typed and not yet taken. */
      gtk_spin_button_update (row->effect);
      effect = (int) gtk_spin_button_get_value (row->effect);
      if (effect == UNSCORED)
        {
          insp_assessment_remove_score (assessment, row->item);
          continue;
        }
      rationale = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->rationale))));
      insp_assessment_set_score (assessment, row->item, effect,
                                 confidence < insp_enum_confidence.n_values
                                 ? insp_enum_confidence.values[confidence].id : NULL,
                                 rationale);
    }

  if (!insp_workspace_save_assessment (self->workspace, self->application, assessment, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("The assessment could not be saved: %s"), error->message);

      /* The dialog stays, with what was typed, to try again. */
      show_error (self, message);
      return;
    }

  self->changed = FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_discard_response (InspAssessmentDialog *self,
                     const char           *response)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->changed = FALSE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

/* Closes at once when nothing changed; otherwise asks whether to discard the changes. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspAssessmentDialog *self = INSP_ASSESSMENT_DIALOG (widget);
  AdwMessageDialog *ask;

  if (!self->changed)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  ask = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                    _("Discard the Changes?"),
                                                    _("What you entered in this assessment "
                                                      "is not saved.")));
  adw_message_dialog_add_responses (ask,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ask, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ask, "keep");
  adw_message_dialog_set_close_response (ask, "keep");
  g_signal_connect_object (ask, "response", G_CALLBACK (on_discard_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (ask));
}

static gboolean
on_close_request (InspAssessmentDialog *self)
{
  if (!self->changed)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.cancel", NULL);
  return TRUE;
}

static void
insp_assessment_dialog_dispose (GObject *object)
{
  InspAssessmentDialog *self = INSP_ASSESSMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_ASSESSMENT_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->application, g_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_assessment_dialog_parent_class)->dispose (object);
}

static void
insp_assessment_dialog_class_init (InspAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_assessment_dialog_dispose;

  g_assert (insp_enum_topic.n_values <= G_N_ELEMENTS (((InspAssessmentDialog *) NULL)->rows));

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-assessment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspAssessmentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspAssessmentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspAssessmentDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, InspAssessmentDialog, group_row);
  gtk_widget_class_bind_template_child (widget_class, InspAssessmentDialog, moment_row);
  gtk_widget_class_bind_template_child (widget_class, InspAssessmentDialog, date_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
}

static void
insp_assessment_dialog_init (InspAssessmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_choices (self->moment_row, &insp_enum_moment);
  add_section (self, _("Workability Indicators"), 0, INSP_N_INDICATORS);
  add_section (self, _("Concerns and Organisational Impact"), INSP_N_INDICATORS,
               insp_enum_topic.n_values);
}

/**
 * insp_assessment_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace
 * @application: the application assessed
 * @assessment: (nullable): the assessment to edit; %NULL to enter a new one
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspAssessmentDialog *
insp_assessment_dialog_new (GtkWindow      *parent,
                            InspWorkspace  *workspace,
                            const char     *application,
                            InspAssessment *assessment)
{
  InspAssessmentDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (application != NULL, NULL);
  g_return_val_if_fail (assessment == NULL || INSP_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (INSP_TYPE_ASSESSMENT_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);
  self->application = g_strdup (application);
  self->assessment = assessment != NULL ? g_object_ref (assessment) : insp_assessment_new ();
  gtk_window_set_title (GTK_WINDOW (self),
                        assessment == NULL ? _("New Impact Assessment")
                                           : _("Edit Impact Assessment"));

  fill (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->group_row));
  return self;
}

/**
 * insp_assessment_dialog_get_effect:
 * @self: the dialog
 * @item: an indicator or concern
 *
 * Returns: (transfer none) (nullable): the spin button of @item's effect
 */
GtkWidget *
insp_assessment_dialog_get_effect (InspAssessmentDialog *self,
                                   const char           *item)
{
  int index = insp_enum_index (&insp_enum_topic, item);

  g_return_val_if_fail (INSP_IS_ASSESSMENT_DIALOG (self), NULL);

  return index >= 0 ? GTK_WIDGET (self->rows[index].effect) : NULL;
}
