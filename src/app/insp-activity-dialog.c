/* insp-activity-dialog.c — a participation activity of an innovation track, edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What was (or will be) done to involve employees in one phase of a track: its method, with
 * what each method is for; planned or held; its date; the participation level it reaches,
 * with what each rung of the ladder means; who took part and the hours it took; and what
 * came out of it: the groups that took part, the participants named (a person of the
 * workspace and their role; a person deleted since stays as a trace of role and department),
 * and the actions it produced. Save writes it in one transaction and keeps the dialog, with
 * everything typed, when that fails. Delete removes it; the track view offers Undo.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-activity-dialog.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "insp-action.h"
#include "insp-action-dialog.h"
#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-group-checks.h"
#include "insp-person.h"
#include "insp-topic-checks.h"

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
  GPtrArray     *participants; /* InspParticipant, as edited */

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
  GtkBox               *groups_box;
  GtkBox               *topics_box;
  AdwPreferencesGroup  *participants_group;
  GtkMenuButton        *add_participant_button;
  GtkPopover           *person_popover;
  GtkSearchEntry       *person_search;
  GtkListBox           *person_list;
  GtkLabel             *person_empty_label;
  GtkListBox           *participants_list;
  AdwPreferencesGroup  *actions_group;
  GtkButton            *add_action_button;
  GtkListBox           *actions_list;
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
  insp_error_label_set_text (self->error_label, message);
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

/* --- Participants ---------------------------------------------------------------------------- */

static void rebuild_participants (InspActivityDialog *self);
static void fill_person_list     (InspActivityDialog *self);

/* GTK 4.8's drop-down does not pass its name on to the button inside it, which is what a screen
 * reader lands on. */
static void
name_dropdown_button (GtkDropDown *dropdown,
                      const char  *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
}

static gboolean
is_listed (InspActivityDialog *self,
           const char         *person)
{
  for (guint i = 0; i < self->participants->len; i++)
    {
      InspParticipant *participant = g_ptr_array_index (self->participants, i);

      if (participant->person != NULL && g_str_equal (participant->person, person))
        return TRUE;
    }
  return FALSE;
}

/* A participant whose person was deleted: what is left, the role. */
static char *
describe_trace (const InspParticipant *participant)
{
  const char *role = insp_enum_get_label (&insp_enum_person_role, participant->role);

  if (role == NULL)
    /* Translators: a participant whose person was deleted from the workspace, with no role */
    return g_strdup (_("Someone (no longer in the workspace)"));
  /* Translators: a participant whose person was deleted, e.g. "Frontrunner (no longer in
   * the workspace)"; %s is the role, as in the list of roles */
  return g_strdup_printf (_("%s (no longer in the workspace)"), role);
}

static void
on_role_selected (GtkDropDown        *dropdown,
                  GParamSpec         *pspec,
                  InspActivityDialog *self)
{
  InspParticipant *participant = g_object_get_data (G_OBJECT (dropdown), "participant");
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first choice is "No role". */
  g_free (participant->role);
  participant->role = selected > 0 && selected <= insp_enum_person_role.n_values
                      ? g_strdup (insp_enum_person_role.values[selected - 1].id) : NULL;
}

static void
on_remove_participant_clicked (GtkButton          *button,
                               InspActivityDialog *self)
{
  InspParticipant *participant = g_object_get_data (G_OBJECT (button), "participant");

  g_ptr_array_remove (self->participants, participant);
  rebuild_participants (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_participant_button));
}

static GtkWidget *
make_participant_row (InspActivityDialog *self,
                      InspParticipant    *participant)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autoptr(InspPerson) person = NULL;
  g_autofree char *name = NULL;
  g_autofree char *remove_name = NULL;

  if (participant->person != NULL)
    person = insp_workspace_get_person (self->workspace, participant->person, NULL);

  if (person != NULL)
    {
      g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
      GtkWidget *dropdown;
      g_autofree char *role_name = NULL;
      int role = insp_enum_index (&insp_enum_person_role, participant->role);

      name = g_strdup (insp_person_get_name (person));
      /* Translators: the first choice of a participant's role */
      gtk_string_list_append (roles, C_("role", "No role"));
      for (guint i = 0; i < insp_enum_person_role.n_values; i++)
        gtk_string_list_append (roles, _(insp_enum_person_role.values[i].label));
      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&roles)), NULL);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), (guint) (role + 1));
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (dropdown, "flat");
      /* Translators: the accessible name of a participant's role, %s is the person's name */
      role_name = g_strdup_printf (_("Role of %s"), name);
      name_dropdown_button (GTK_DROP_DOWN (dropdown), role_name);
      g_object_set_data (G_OBJECT (dropdown), "participant", participant);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_role_selected), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
    }
  else
    {
      name = describe_trace (participant);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (participant->department != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), participant->department);

  /* Translators: the accessible name of the button that removes a participant */
  remove_name = g_strdup_printf (_("Remove %s"), name);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (remove), "participant", participant);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_participant_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
rebuild_participants (InspActivityDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->participants_list))) != NULL)
    gtk_list_box_remove (self->participants_list, child);
  for (guint i = 0; i < self->participants->len; i++)
    gtk_list_box_append (self->participants_list,
                         make_participant_row (self, g_ptr_array_index (self->participants, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->participants_list), self->participants->len > 0);
  fill_person_list (self);
}

static gboolean
filter_person_row (GtkListBoxRow *row,
                   gpointer       data)
{
  InspActivityDialog *self = data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->person_search));
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;

  if (text[0] == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  haystack = g_utf8_casefold (g_object_get_data (G_OBJECT (row), "search"), -1);
  return strstr (haystack, needle) != NULL;
}

/* The people of the workspace not listed yet, each a row of the popover. */
static void
fill_person_list (InspActivityDialog *self)
{
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->person_list))) != NULL)
    gtk_list_box_remove (self->person_list, child);

  persons = insp_workspace_list_persons (self->workspace, &error);
  if (persons == NULL)
    g_warning ("%s", error->message);
  for (guint i = 0; persons != NULL && i < persons->len; i++)
    {
      InspPerson *person = g_ptr_array_index (persons, i);
      const char *department = insp_person_get_department (person);
      GtkWidget *row;

      if (is_listed (self, insp_person_get_uuid (person)))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), insp_person_get_name (person));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (department != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), department);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "person", g_object_ref (person), g_object_unref);
      g_object_set_data_full (G_OBJECT (row), "search",
                              g_strconcat (insp_person_get_name (person), " ",
                                           department ?: "", NULL),
                              g_free);
      gtk_list_box_append (self->person_list, row);
      n++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->person_empty_label), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->person_search), n > 0);
  if (n == 0)
    gtk_label_set_text (self->person_empty_label,
                        persons != NULL && persons->len > 0
                        ? _("Everyone in the workspace is listed already.")
                        : _("Add people on the People page first."));
}

static void
on_person_popover_show (InspActivityDialog *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->person_search), "");
  fill_person_list (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->person_search)))
    gtk_widget_grab_focus (GTK_WIDGET (self->person_search));
}

static void
on_person_search_changed (InspActivityDialog *self)
{
  gtk_list_box_invalidate_filter (self->person_list);
}

static void
add_participant (InspActivityDialog *self,
                 InspPerson         *person)
{
  const char * const *roles = insp_person_get_roles (person);

  /* The role they usually have, to start with; it can be changed in the row. */
  g_ptr_array_add (self->participants,
                   insp_participant_new (insp_person_get_uuid (person),
                                         roles != NULL ? roles[0] : NULL,
                                         insp_person_get_department (person)));
  gtk_popover_popdown (self->person_popover);
  rebuild_participants (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_participant_button));
}

static void
on_person_row_activated (InspActivityDialog *self,
                         GtkListBoxRow      *row)
{
  add_participant (self, g_object_get_data (G_OBJECT (row), "person"));
}

/* Enter in the search adds the first person found. */
static void
on_person_search_activate (InspActivityDialog *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->person_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && filter_person_row (GTK_LIST_BOX_ROW (child), self))
      {
        add_participant (self, g_object_get_data (G_OBJECT (child), "person"));
        return;
      }
}

/* --- The actions it produced ----------------------------------------------------------------- */

static void
reload_actions (InspActivityDialog *self)
{
  InspActionFilter filter = { NULL, };
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list))) != NULL)
    gtk_list_box_remove (self->actions_list, child);

  if (self->activity == NULL || insp_activity_get_uuid (self->activity) == NULL)
    {
      adw_preferences_group_set_description (self->actions_group,
                                             _("Save the activity first, then add the actions "
                                               "it produced."));
      gtk_widget_set_visible (GTK_WIDGET (self->actions_list), FALSE);
      return;
    }

  filter.activity = insp_activity_get_uuid (self->activity);
  actions = insp_workspace_list_actions (self->workspace, &filter, &error);
  if (actions == NULL)
    g_warning ("%s", error->message);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      InspAction *action = g_ptr_array_index (actions, i);
      GtkWidget *row = adw_action_row_new ();
      const char *due = insp_action_get_due_date (action);
      g_autofree char *subtitle = NULL;
      g_autofree char *due_text = NULL;

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
      gtk_list_box_append (self->actions_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->actions_list),
                          actions != NULL && actions->len > 0);
  adw_preferences_group_set_description (self->actions_group,
                                         actions != NULL && actions->len > 0
                                         ? NULL
                                         : _("None yet: add what was agreed, so that it is "
                                             "followed up."));
}

/* The uuid of the phase (and round) the activity is in; it has a row once an activity is. */
static char *
dup_phase_uuid (InspActivityDialog *self)
{
  g_autoptr(InspTrack) track = NULL;
  g_autoptr(GError) error = NULL;

  track = insp_workspace_get_track (self->workspace, self->application, &error);
  if (track == NULL)
    {
      g_warning ("%s", error->message);
      return NULL;
    }
  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

      if (g_str_equal (phase->phase, self->phase) && phase->round == self->round)
        return g_strdup (phase->uuid);
    }
  return NULL;
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  InspActivityDialog *self = INSP_ACTIVITY_DIALOG (widget);
  g_autofree char *phase = NULL;
  InspActionDialog *dialog;

  if (self->activity == NULL || insp_activity_get_uuid (self->activity) == NULL)
    return;

  phase = dup_phase_uuid (self);
  dialog = insp_action_dialog_new (GTK_WINDOW (self), self->workspace, NULL);
  insp_action_dialog_set_origin (dialog, self->application, phase,
                                 insp_activity_get_uuid (self->activity));
  gtk_window_present (GTK_WINDOW (dialog));
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
  g_auto(GStrv) groups = NULL;
  g_auto(GStrv) topics = NULL;

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
  groups = insp_group_checks_dup_chosen (self->groups_box);
  insp_activity_set_groups (activity, (const char * const *) groups);
  topics = insp_topic_checks_dup_chosen (self->topics_box);
  insp_activity_set_topics (activity, (const char * const *) topics);
  insp_activity_set_participants (activity, self->participants);

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

      for (guint i = 0; i < insp_activity_get_participants (activity)->len; i++)
        g_ptr_array_add (self->participants,
                         insp_participant_copy (g_ptr_array_index (
                           insp_activity_get_participants (activity), i)));
    }

  insp_group_checks_fill (self->groups_box, self->workspace,
                          activity != NULL ? insp_activity_get_groups (activity) : NULL,
                          NULL, NULL);
  insp_topic_checks_fill (self->topics_box,
                          activity != NULL ? insp_activity_get_topics (activity) : NULL);
  rebuild_participants (self);
  reload_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.add-action",
                                 activity != NULL && insp_activity_get_uuid (activity) != NULL);
  g_signal_connect_object (self->workspace, "changed::actions", G_CALLBACK (reload_actions),
                           self, G_CONNECT_SWAPPED);

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
  g_clear_pointer (&self->participants, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, groups_box);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, topics_box);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, participants_group);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog,
                                        add_participant_button);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, person_popover);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, person_search);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, person_list);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, person_empty_label);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, participants_list);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, actions_group);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, add_action_button);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, actions_list);
  gtk_widget_class_bind_template_child (widget_class, InspActivityDialog, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_method_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_level_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_person_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_person_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_person_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_person_row_activated);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "dialog.add-action", NULL, add_action_action);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_activity_dialog_init (InspActivityDialog *self)
{
  self->round = 1;
  self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_participant_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->person_list, filter_person_row, self, NULL);

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
