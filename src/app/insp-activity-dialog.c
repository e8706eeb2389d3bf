/* insp-activity-dialog.c — a participation activity of an innovation track, edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What was (or will be) done to involve employees in one phase of a track: its method, with
 * what each method is for; planned or held; its date; the participation level it reaches,
 * with what each rung of the ladder means; who took part and the hours it took; and what
 * came out of it. Save writes it in one transaction and keeps the dialog, with everything
 * typed, when that fails. Delete removes it; the track view offers Undo.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-activity-dialog.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "insp-enums.h"

/* What each method is for and where it usually helps, in insp_enum_method's order; written
 * from the paper. */
static const struct
{
  const char *method;
  const char *phase;       /* the phase a new activity there starts with it */
  const char *description;
} methods[] = {
  { "info-sheet", NULL,
    N_("Explains the application in plain words: what it does and what it cannot do. Helps "
       "most at the start and at the rollout.") },
  { "info-session", "rollout",
    N_("A webinar or meeting where the technology is explained and employees ask their "
       "questions. Helps most at the start and at the rollout.") },
  { "data-date", "needs",
    N_("In 1 to 1.5 hours, experts and workers demystify a technology, then talk about its "
       "use here. Helps most in needs identification.") },
  { "ideation-cards", NULL,
    N_("A card game to learn what AI can and cannot do, and to invent AI solutions for "
       "problems at work. Helps most in needs identification.") },
  { "reverse-brainstorm", NULL,
    N_("Imagine how the application could make work as unworkable as possible, then solve "
       "those problems. Helps most in needs identification and the strategic choice.") },
  { "employee-journey", NULL,
    N_("Walk through the work process with employees and team leaders to find where they "
       "see room for technology. Helps most in needs identification.") },
  { "opportunity-scan", NULL,
    N_("Weigh which innovation suits best, with workable work and feasibility in the "
       "balance. Helps most in the strategic choice.") },
  { "acceptance-workshop", "decision",
    N_("Show demos or prototypes and learn which kind of technology employees and team "
       "leaders prefer. Helps most in the strategic choice.") },
  { "guidance-ethics", NULL,
    N_("Agree under which conditions (transparency, safety, …) the technology can be used, "
       "and which actions that needs. Helps most in the strategic choice and the pilot.") },
  { "digital-inclusion", NULL,
    N_("Test the use of the technology against personas with their own strengths and "
       "weaknesses, so that nobody is left behind. Helps most in the pilot.") },
  { "wellbeing-survey", "improvement",
    N_("A psychosocial risk analysis of the application’s impact on employees’ well-being. "
       "Helps most after the pilot and in continuous improvement.") },
  { "pilot-feedback", "pilot",
    N_("The employees who try the pilot say what works and what does not, round after "
       "round. Helps most in the pilot.") },
  { "other", NULL,
    N_("Any other way to involve employees: say what it was in the title and the "
       "outcome.") },
};

/* The participation ladder, in insp_enum_level's order. */
static const char * const level_meanings[] = {
  N_("Employees hear what is planned and why, and can ask questions."),
  N_("Employees react, give feedback and name their wishes."),
  N_("Employees invent and test solutions together with the organisation."),
  N_("Employees own tasks in the innovation process."),
};

struct _InspActivityDialog
{
  AdwWindow      parent_instance;

  InspWorkspace *workspace;
  char          *application;
  char          *phase;
  guint          round;
  InspActivity  *activity;     /* NULL: a new one */

  /* Template widgets */
  GtkButton            *save_button;
  GtkLabel             *error_label;
  AdwPreferencesGroup  *activity_group;
  AdwEntryRow          *title_row;
  AdwComboRow          *method_row;
  GtkLabel             *method_label;
  GtkSwitch            *held_switch;
  AdwEntryRow          *date_row;
  AdwComboRow          *level_row;
  GtkLabel             *level_label;
  AdwEntryRow          *head_count_row;
  AdwEntryRow          *participant_hours_row;
  AdwEntryRow          *organiser_hours_row;
  GtkTextView          *outcome_view;
  AdwPreferencesGroup  *delete_group;
};

G_DEFINE_FINAL_TYPE (InspActivityDialog, insp_activity_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_APPLICATION_UUID,
  PROP_PHASE,
  PROP_ROUND,
  PROP_ACTIVITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DELETED,
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

/* A number of people or hours; empty is "not known" (-1). Accepts 1.5 and 1,5. */
static gboolean
parse_amount (AdwEntryRow *row,
              gboolean     whole,
              double      *amount)
{
  g_autofree char *text = dup_stripped_text (row);
  char *end = NULL;
  double value;

  if (text[0] == '\0')
    {
      *amount = -1;
      return TRUE;
    }
  g_strdelimit (text, ",", '.');
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || value < 0 || value > 1e6
      || (whole && value != (double) (gint64) value))
    return FALSE;
  *amount = value;
  return TRUE;
}

static void
set_row_valid (AdwEntryRow *row,
               gboolean     valid)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE
                                     : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
}

static void
show_error (InspActivityDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Checks what is typed; says what is wrong; Save only when it can be written. */
static gboolean
validate (InspActivityDialog *self)
{
  g_autofree char *title = dup_stripped_text (self->title_row);
  g_autofree char *date = dup_stripped_text (self->date_row);
  gboolean date_ok = date[0] == '\0' || is_valid_date (date);
  double amount;
  gboolean people_ok = parse_amount (self->head_count_row, TRUE, &amount);
  gboolean participants_ok = parse_amount (self->participant_hours_row, FALSE, &amount);
  gboolean organisers_ok = parse_amount (self->organiser_hours_row, FALSE, &amount);
  const char *problem = NULL;

  set_row_valid (self->date_row, date_ok);
  set_row_valid (self->head_count_row, people_ok);
  set_row_valid (self->participant_hours_row, participants_ok);
  set_row_valid (self->organiser_hours_row, organisers_ok);

  if (!date_ok)
    problem = _("Write the date as YYYY-MM-DD, such as 2026-05-12, or leave it empty.");
  else if (!people_ok)
    problem = _("The number of people is a whole number, such as 12, or empty when it is "
                "not known.");
  else if (!participants_ok || !organisers_ok)
    problem = _("Hours are a number, such as 1.5, or empty when they are not known.");
  show_error (self, problem);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 title[0] != '\0' && problem == NULL);
  return title[0] != '\0' && problem == NULL;
}

static void
on_changed (InspActivityDialog *self)
{
  validate (self);
}

static void
on_method_selected (InspActivityDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->method_row);

  /* Under the row: in its subtitle, it would crowd out the method chosen. */
  if (selected < G_N_ELEMENTS (methods))
    {
      gtk_label_set_text (self->method_label, _(methods[selected].description));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->method_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _(methods[selected].description), -1);
    }
}

static void
on_level_selected (InspActivityDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->level_row);

  if (selected < G_N_ELEMENTS (level_meanings))
    {
      gtk_label_set_text (self->level_label, _(level_meanings[selected]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _(level_meanings[selected]), -1);
    }
}

/* --- Actions --------------------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspActivityDialog *self = INSP_ACTIVITY_DIALOG (widget);
  g_autoptr(InspActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = dup_stripped_text (self->title_row);
  g_autofree char *date = dup_stripped_text (self->date_row);
  g_autofree char *outcome = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->outcome_view);
  GtkTextIter start, end;
  guint method = adw_combo_row_get_selected (self->method_row);
  guint level = adw_combo_row_get_selected (self->level_row);
  double head_count, participant_hours, organiser_hours;

  if (!validate (self))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  outcome = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (outcome);
  parse_amount (self->head_count_row, TRUE, &head_count);
  parse_amount (self->participant_hours_row, FALSE, &participant_hours);
  parse_amount (self->organiser_hours_row, FALSE, &organiser_hours);

  activity = self->activity != NULL ? g_object_ref (self->activity) : insp_activity_new ();
  insp_activity_set_title (activity, title);
  if (method < insp_enum_method.n_values)
    insp_activity_set_method (activity, insp_enum_method.values[method].id);
  insp_activity_set_held (activity, gtk_switch_get_active (self->held_switch));
  insp_activity_set_date (activity, date[0] != '\0' ? date : NULL);
  if (level < insp_enum_level.n_values)
    insp_activity_set_level (activity, insp_enum_level.values[level].id);
  insp_activity_set_head_count (activity, head_count < 0 ? -1 : (int) head_count);
  insp_activity_set_participant_hours (activity, participant_hours);
  insp_activity_set_organiser_hours (activity, organiser_hours);
  insp_activity_set_outcome (activity, outcome[0] != '\0' ? outcome : NULL);

  if (!insp_workspace_save_activity (self->workspace, self->application, self->phase,
                                     self->round, activity, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The activity could not be saved: %s"),
                                                  error->message);

      /* The dialog stays, with what was typed, to try again. */
      show_error (self, message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspActivityDialog *self = INSP_ACTIVITY_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->activity == NULL || insp_activity_get_uuid (self->activity) == NULL)
    return;

  if (!insp_workspace_delete_activity (self->workspace, insp_activity_get_uuid (self->activity),
                                       &error))
    {
      g_autofree char *message = g_strdup_printf (_("The activity could not be deleted: %s"),
                                                  error->message);

      show_error (self, message);
      return;
    }

  /* Whoever opened the dialog offers Undo: the activity, as it was stored. */
  g_signal_emit (self, signals[DELETED], 0, self->activity);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- Filling in ------------------------------------------------------------------------------ */

static void
set_amount (AdwEntryRow *row,
            double       amount)
{
  g_autofree char *text = NULL;

  if (amount < 0)
    return;
  if (amount == (double) (gint64) amount)
    text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) amount);
  else
    text = g_strdup_printf ("%.1f", amount);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static guint
default_method (const char *phase)
{
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    if (g_strcmp0 (methods[i].phase, phase) == 0)
      return i;
  return G_N_ELEMENTS (methods) - 1;
}

static void
insp_activity_dialog_constructed (GObject *object)
{
  InspActivityDialog *self = INSP_ACTIVITY_DIALOG (object);
  InspActivity *activity = self->activity;
  g_autofree char *where = NULL;
  const char *phase_name;

  G_OBJECT_CLASS (insp_activity_dialog_parent_class)->constructed (object);

  g_assert (INSP_IS_WORKSPACE (self->workspace));
  g_assert (self->application != NULL);
  g_assert (insp_enum_contains (&insp_enum_phase, self->phase));

  phase_name = insp_enum_get_label (&insp_enum_phase, self->phase);
  if (g_str_equal (self->phase, "pilot"))
    /* Translators: where an activity belongs, e.g. "In the phase Pilot, round 2" */
    where = g_strdup_printf (_("In the phase %s, round %u"), phase_name, self->round);
  else
    /* Translators: where an activity belongs, e.g. "In the phase Strategic choice" */
    where = g_strdup_printf (_("In the phase %s"), phase_name);
  adw_preferences_group_set_description (self->activity_group, where);

  if (activity == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Activity"));
      gtk_button_set_label (self->save_button, _("_Add"));
      adw_combo_row_set_selected (self->method_row, default_method (self->phase));
      adw_combo_row_set_selected (self->level_row, 0);
    }
  else
    {
      int method = insp_enum_index (&insp_enum_method, insp_activity_get_method (activity));
      int level = insp_enum_index (&insp_enum_level, insp_activity_get_level (activity));
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->outcome_view);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Activity"));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                             insp_activity_get_title (activity) ?: "");
      adw_combo_row_set_selected (self->method_row,
                                  method >= 0 ? (guint) method : G_N_ELEMENTS (methods) - 1);
      gtk_switch_set_active (self->held_switch, insp_activity_get_held (activity));
      gtk_editable_set_text (GTK_EDITABLE (self->date_row),
                             insp_activity_get_date (activity) ?: "");
      adw_combo_row_set_selected (self->level_row, (guint) MAX (level, 0));
      if (insp_activity_get_head_count (activity) >= 0)
        set_amount (self->head_count_row, insp_activity_get_head_count (activity));
      set_amount (self->participant_hours_row, insp_activity_get_participant_hours (activity));
      set_amount (self->organiser_hours_row, insp_activity_get_organiser_hours (activity));
      gtk_text_buffer_set_text (buffer, insp_activity_get_outcome (activity) ?: "", -1);
      gtk_widget_set_visible (GTK_WIDGET (self->delete_group), TRUE);
    }

  on_method_selected (self);
  on_level_selected (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* The list of methods (or levels) shows what each is for under its name. */
static void
on_list_item_setup (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, NULL);
  GtkWidget *description = g_object_new (GTK_TYPE_LABEL,
                                         "xalign", 0.0f,
                                         "wrap", TRUE,
                                         "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                         "max-width-chars", 44,
                                         "width-chars", 30,
                                         NULL);

  gtk_widget_add_css_class (description, "caption");
  gtk_widget_add_css_class (description, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), description);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
on_list_item_bind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  data)
{
  const char * (*describe) (guint) = data;
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *description = describe (gtk_list_item_get_position (item));

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      gtk_string_object_get_string (string));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), description);
}

static const char *
describe_method (guint position)
{
  return position < G_N_ELEMENTS (methods) ? _(methods[position].description) : "";
}

static const char *
describe_level (guint position)
{
  return position < G_N_ELEMENTS (level_meanings) ? _(level_meanings[position]) : "";
}

static void
set_choices (AdwComboRow    *row,
             const InspEnum *e,
             const char *  (*describe) (guint))
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  for (guint i = 0; i < e->n_values; i++)
    gtk_string_list_append (choices, _(e->values[i].label));
  adw_combo_row_set_model (row, G_LIST_MODEL (choices));

  g_signal_connect (factory, "setup", G_CALLBACK (on_list_item_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_list_item_bind), describe);
  adw_combo_row_set_list_factory (row, factory);
}

static void
insp_activity_dialog_dispose (GObject *object)
{
  InspActivityDialog *self = INSP_ACTIVITY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_ACTIVITY_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->activity);

  G_OBJECT_CLASS (insp_activity_dialog_parent_class)->dispose (object);
}

static void
insp_activity_dialog_finalize (GObject *object)
{
  InspActivityDialog *self = INSP_ACTIVITY_DIALOG (object);

  g_free (self->application);
  g_free (self->phase);

  G_OBJECT_CLASS (insp_activity_dialog_parent_class)->finalize (object);
}

static void
insp_activity_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  InspActivityDialog *self = INSP_ACTIVITY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_APPLICATION_UUID:
      g_value_set_string (value, self->application);
      break;

    case PROP_PHASE:
      g_value_set_string (value, self->phase);
      break;

    case PROP_ROUND:
      g_value_set_uint (value, self->round);
      break;

    case PROP_ACTIVITY:
      g_value_set_object (value, self->activity);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_activity_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  InspActivityDialog *self = INSP_ACTIVITY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    case PROP_APPLICATION_UUID:
      self->application = g_value_dup_string (value);
      break;

    case PROP_PHASE:
      self->phase = g_value_dup_string (value);
      break;

    case PROP_ROUND:
      self->round = g_value_get_uint (value);
      break;

    case PROP_ACTIVITY:
      self->activity = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_activity_dialog_class_init (InspActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = insp_activity_dialog_constructed;
  object_class->dispose = insp_activity_dialog_dispose;
  object_class->finalize = insp_activity_dialog_finalize;
  object_class->get_property = insp_activity_dialog_get_property;
  object_class->set_property = insp_activity_dialog_set_property;

  /**
   * InspActivityDialog:workspace:
   *
   * The workspace the activity is written into.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * InspActivityDialog:application-uuid:
   *
   * The uuid of the application whose track the activity belongs to.
   */
  properties[PROP_APPLICATION_UUID] =
    g_param_spec_string ("application-uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * InspActivityDialog:phase:
   *
   * The phase of the track: "needs", "decision", "pilot", "rollout" or "improvement".
   */
  properties[PROP_PHASE] =
    g_param_spec_string ("phase", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * InspActivityDialog:round:
   *
   * The pilot's round; 1 for the other phases.
   */
  properties[PROP_ROUND] =
    g_param_spec_uint ("round", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * InspActivityDialog:activity: (nullable)
   *
   * The activity edited, as read from the workspace; %NULL to add one.
   */
  properties[PROP_ACTIVITY] =
    g_param_spec_object ("activity", NULL, NULL, INSP_TYPE_ACTIVITY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * InspActivityDialog::deleted:
   * @self: the dialog
   * @activity: the activity deleted, as it was stored: saving it again puts it back
   *
   * Emitted when the activity was deleted, just before the dialog closes.
   */
  signals[DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, INSP_TYPE_ACTIVITY);

  /* The descriptions follow the core's list of methods. */
  g_assert (G_N_ELEMENTS (methods) == insp_enum_method.n_values);
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    g_assert (g_str_equal (methods[i].method, insp_enum_method.values[i].id));
  g_assert (G_N_ELEMENTS (level_meanings) == insp_enum_level.n_values);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, activity_group);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, method_label);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, held_switch);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, level_label);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, head_count_row);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog,
                                        participant_hours_row);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog,
                                        organiser_hours_row);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, outcome_view);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_method_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_level_selected);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_action);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_activity_dialog_init (InspActivityDialog *self)
{
  self->round = 1;

  gtk_widget_init_template (GTK_WIDGET (self));

  set_choices (self->method_row, &insp_enum_method, describe_method);
  set_choices (self->level_row, &insp_enum_level, describe_level);
}

/**
 * insp_activity_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace
 * @application: the uuid of the application whose track it is
 * @phase: the phase the activity is (to be) in
 * @round: the pilot's round; 1 for the other phases
 * @activity: (nullable): the activity to edit, as read from @workspace; %NULL to add one
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspActivityDialog *
insp_activity_dialog_new (GtkWindow     *parent,
                          InspWorkspace *workspace,
                          const char    *application,
                          const char    *phase,
                          guint          round,
                          InspActivity  *activity)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (application != NULL, NULL);
  g_return_val_if_fail (insp_enum_contains (&insp_enum_phase, phase), NULL);
  g_return_val_if_fail (activity == NULL || INSP_IS_ACTIVITY (activity), NULL);

  return g_object_new (INSP_TYPE_ACTIVITY_DIALOG,
                       "transient-for", parent,
                       "workspace", workspace,
                       "application-uuid", application,
                       "phase", phase,
                       "round", MAX (round, 1),
                       "activity", activity,
                       NULL);
}
