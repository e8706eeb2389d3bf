/* insp-track-view.c — an application's innovation track, phase by phase
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The five phases as a vertical timeline, each pilot round a phase of its own: its status
 * (chosen here), its dates and the groups involved (edited in a dialog), the participation
 * level it reached against the minimum the guidance recommends, said in words and shown as a
 * bar, and its activities, planned and held; the pilot's rounds are added and removed here.
 * At the top, what the involvement cost so far, next to the paper's answer to "involvement is
 * costly".
 *
 * The view follows the workspace: any change to the applications, phases or activities
 * rebuilds it once, at idle, with the keyboard focus kept where it was.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-track-view.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-activity-dialog.h"
#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-feedback.h"
#include "insp-flag-list.h"
#include "insp-group.h"
#include "insp-guidance.h"
#include "insp-phase-dialog.h"
#include "insp-app.h"
#include "insp-toast.h"
#include "insp-window.h"

#define N_LEVELS 4

typedef struct
{
  char     *phase;
  guint     round;
  int       comparison;
  GtkLabel *words;        /* (unowned): the level in words, as shown */
  GtkLabel *details;      /* (unowned): its dates and groups, as shown */
} PhaseState;

struct _InspTrackView
{
  GtkWidget      parent_instance;

  GtkWidget     *box;             /* the only child */
  GtkLabel      *error_label;
  GtkLabel      *effort_label;
  GtkLabel      *cost_label;
  GtkWidget     *phases_box;

  InspWorkspace *workspace;
  char          *application;
  InspTrack     *track;
  GPtrArray     *activities;      /* InspActivity, in phase order */
  GPtrArray     *groups;          /* InspGroup, for the names of a phase's groups */
  GPtrArray     *states;          /* PhaseState, in the order shown */
  char          *effort_text;
  char          *feedback_text;   /* the open feedback, as the improvement phase says */
  GPtrArray     *flags;           /* InspFlag of the workspace, while the phases are built */

  /* The activity deleted last, and its application, for Undo. */
  InspActivity  *removed;
  char          *removed_application;

  /* The phases whose activities are all shown ("pilot:2"), for this application. */
  GHashTable    *expanded;

  guint          reload_id;
  gboolean       filling;         /* setting the drop-downs: not a choice */
};

/* A phase shows its first activities; more come with "Show All". Each row is laid out with
 * its text (the track of a large application would otherwise take a second to appear). */
#define SHOWN_ACTIVITIES 5

G_DEFINE_FINAL_TYPE (InspTrackView, insp_track_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (InspTrackView *self);

static void
phase_state_free (PhaseState *state)
{
  g_free (state->phase);
  g_free (state);
}

/* --- Messages -------------------------------------------------------------------------------- */

static void
show_error (InspTrackView *self,
            const GError  *error)
{
  if (error == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
      return;
    }

  /* A refusal the user can act on (a round that still has activities) is no fault. */
  if (g_error_matches (error, INSP_ERROR, INSP_ERROR_INVALID_DATA))
    g_debug ("%s", error->message);
  else
    g_warning ("%s", error->message);
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* --- Words ----------------------------------------------------------------------------------- */

static char *
format_hours (double hours)
{
  gint64 whole = (gint64) (hours + 0.5);

  /* Whole hours without decimals; half hours with one, in the user's notation. */
  if (ABS (hours - (double) whole) < 0.05)
    return g_strdup_printf ("%" G_GINT64_FORMAT, whole);
  return g_strdup_printf ("%.1f", hours);
}

static const char *
level_label (const char *level)
{
  return level != NULL ? insp_enum_get_label (&insp_enum_level, level) : NULL;
}

/* "Reached: Inform — below the recommended Co-create", and the like. */
static char *
describe_level (const InspTrackPhase *phase)
{
  const char *reached = level_label (phase->reached);
  const char *recommended = level_label (phase->recommended);

  if (reached == NULL && recommended == NULL)
    return g_strdup (_("Nothing reached yet · no minimum recommended"));
  if (reached == NULL)
    /* Translators: %s is a participation level, such as "Co-create" */
    return g_strdup_printf (_("Nothing reached yet — the recommended minimum is %s"),
                            recommended);
  if (recommended == NULL)
    /* Translators: %s is a participation level, such as "Dialogue" */
    return g_strdup_printf (_("Reached: %s — no minimum recommended"), reached);
  if (phase->comparison < 0)
    /* Translators: the level a phase reached and the minimum the guidance recommends,
     * e.g. "Reached: Inform — below the recommended Co-create" */
    return g_strdup_printf (_("Reached: %s — below the recommended %s"), reached,
                            recommended);
  if (phase->comparison == 0)
    /* Translators: e.g. "Reached: Co-create — meets the recommended Co-create" */
    return g_strdup_printf (_("Reached: %s — meets the recommended %s"), reached, recommended);
  /* Translators: e.g. "Reached: Collaborate — above the recommended Dialogue" */
  return g_strdup_printf (_("Reached: %s — above the recommended %s"), reached, recommended);
}

static char *
describe_effort (const InspTrack *track)
{
  g_autofree char *activities = NULL;
  g_autofree char *people = NULL;
  g_autofree char *participant_hours = format_hours (track->participant_hours);
  g_autofree char *organiser_hours = format_hours (track->organiser_hours);
  g_autofree char *hours = NULL;

  activities = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities",
                                             track->n_activities), track->n_activities);
  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                         track->head_count), track->head_count);
  /* Translators: the hours that went into involving employees, e.g. "140 h of
   * participants, 35 h of organisers" */
  hours = g_strdup_printf (_("%s h of participants, %s h of organisers"), participant_hours,
                           organiser_hours);
  /* Translators: the effort of a track: activities, people who took part, hours, e.g.
   * "12 activities · 86 people · 140 h of participants, 35 h of organisers" */
  return g_strdup_printf (_("%s · %s · %s"), activities, people, hours);
}

static char *
describe_activity (InspActivity *activity)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *date = insp_activity_get_date (activity);
  int head_count = insp_activity_get_head_count (activity);

  g_ptr_array_add (parts, g_strdup (insp_enum_get_label (&insp_enum_method,
                                                         insp_activity_get_method (activity))));
  if (date != NULL)
    {
      g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", date);
      g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (iso, NULL);
      g_autofree char *shown = parsed != NULL ? g_date_time_format (parsed, "%-d %b %Y")
                                              : g_strdup (date);

      g_ptr_array_add (parts, g_strstrip (g_steal_pointer (&shown)));
    }
  g_ptr_array_add (parts, g_strdup (level_label (insp_activity_get_level (activity))));
  g_ptr_array_add (parts, g_strdup (insp_activity_get_held (activity)
                                    /* Translators: an activity that took place */
                                    ? C_("activity", "Held")
                                    /* Translators: an activity still to come */
                                    : C_("activity", "Planned")));
  if (head_count >= 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person",
                                                          "%d people", head_count),
                                             head_count));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
format_day (const char *date,
            gboolean    with_year)
{
  g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", date);
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (iso, NULL);
  char *shown;

  /* In the user's locale: "12 Jan 2026", or "12 Jan" when the year follows. */
  if (parsed == NULL)
    return g_strdup (date);
  shown = g_date_time_format (parsed, with_year ? "%-d %b %Y" : "%-d %b");
  return g_strstrip (shown);
}

/* "12 Jan – 28 Feb 2026", "from 12 Jan 2026", "until 28 Feb 2026", or NULL. */
static char *
describe_dates (const InspTrackPhase *phase)
{
  const char *start = phase->start_date;
  const char *end = phase->end_date;

  if (start != NULL && end != NULL)
    {
      gboolean same_year = strncmp (start, end, 4) == 0;
      g_autofree char *from = format_day (start, !same_year);
      g_autofree char *until = format_day (end, TRUE);

      /* Translators: the dates of a phase, e.g. "12 Jan – 28 Feb 2026" */
      return g_strdup_printf (_("%s – %s"), from, until);
    }
  if (start != NULL)
    {
      g_autofree char *from = format_day (start, TRUE);

      /* Translators: a phase with a start date only, e.g. "from 12 Jan 2026" */
      return g_strdup_printf (_("from %s"), from);
    }
  if (end != NULL)
    {
      g_autofree char *until = format_day (end, TRUE);

      /* Translators: a phase with an end date only, e.g. "until 28 Feb 2026" */
      return g_strdup_printf (_("until %s"), until);
    }
  return NULL;
}

/* The dates and the groups of a phase, such as "12 Jan – 28 Feb 2026 · Works council,
 * Planners", or an empty string. */
static char *
describe_details (InspTrackView        *self,
                  const InspTrackPhase *phase)
{
  g_autofree char *dates = describe_dates (phase);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *groups = NULL;

  /* In the workspace's order of groups, as the dialog lists them. */
  for (guint i = 0; self->groups != NULL && phase->groups != NULL && i < self->groups->len;
       i++)
    {
      InspGroup *group = g_ptr_array_index (self->groups, i);

      if (g_strv_contains ((const char * const *) phase->groups, insp_group_get_uuid (group)))
        g_ptr_array_add (names, (gpointer) insp_group_get_display_name (group));
    }
  if (names->len > 0)
    {
      g_ptr_array_add (names, NULL);
      /* Translators: the separator between the names of groups, as in "Works council,
       * Planners" */
      groups = g_strjoinv (C_("list", ", "), (char **) names->pdata);
    }

  if (dates != NULL && groups != NULL)
    /* Translators: a phase's dates and its groups, e.g. "12 Jan – 28 Feb 2026 · Works
     * council, Planners" */
    return g_strdup_printf (_("%s · %s"), dates, groups);
  if (dates != NULL)
    return g_steal_pointer (&dates);
  if (groups != NULL)
    return g_steal_pointer (&groups);
  return g_strdup ("");
}

static char *
dup_phase_title (const InspTrackPhase *phase,
                 gboolean              numbered_rounds)
{
  int index = insp_enum_index (&insp_enum_phase, phase->phase);
  const char *name = insp_enum_get_label (&insp_enum_phase, phase->phase);

  if (numbered_rounds)
    /* Translators: a phase of the track with its number and a round of the pilot,
     * e.g. "3. Pilot, round 2" */
    return g_strdup_printf (_("%d. %s, round %u"), index + 1, name, phase->round);
  /* Translators: a phase of the track with its number, e.g. "1. Needs identification and
   * analysis" */
  return g_strdup_printf (_("%d. %s"), index + 1, name);
}

/* --- Building -------------------------------------------------------------------------------- */

/* GTK 4.8's drop-down does not pass its name on to the button inside it, which is what
 * a screen reader lands on. */
static void
name_drop_down (GtkWidget  *drop_down,
                const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
}

static void
set_focus_key (GtkWidget  *widget,
               const char *key)
{
  g_object_set_data_full (G_OBJECT (widget), "focus-key", g_strdup (key), g_free);
}

static void
on_status_selected (GtkDropDown   *drop_down,
                    GParamSpec    *pspec,
                    InspTrackView *self)
{
  PhaseState *state = g_object_get_data (G_OBJECT (drop_down), "phase-state");
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GError) error = NULL;

  if (self->filling || state == NULL || self->workspace == NULL
      || selected >= insp_enum_phase_status.n_values)
    return;

  if (!insp_workspace_set_phase_status (self->workspace, self->application, state->phase,
                                        state->round,
                                        insp_enum_phase_status.values[selected].id, &error))
    show_error (self, error);
  else
    show_error (self, NULL);
}

static GtkWidget *
create_status_drop_down (InspTrackView        *self,
                         const InspTrackPhase *phase,
                         PhaseState           *state,
                         const char           *title)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  GtkWidget *drop_down;
  int index;

  for (guint i = 0; i < insp_enum_phase_status.n_values; i++)
    gtk_string_list_append (statuses, _(insp_enum_phase_status.values[i].label));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  index = insp_enum_index (&insp_enum_phase_status, phase->status);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), (guint) MAX (index, 0));
  gtk_widget_set_tooltip_text (drop_down, _("Where this phase stands"));

  /* Translators: how a screen reader names a phase's status, e.g. "Status of 3. Pilot" */
  name = g_strdup_printf (_("Status of %s"), title);
  name_drop_down (drop_down, name);

  key = g_strdup_printf ("status:%s:%u", phase->phase, phase->round);
  set_focus_key (drop_down, key);
  g_object_set_data (G_OBJECT (drop_down), "phase-state", state);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (on_status_selected), self);
  return drop_down;
}

/* The marker of a phase on the timeline: its status as an icon, and the line to the next. */
static GtkWidget *
create_marker (const InspTrackPhase *phase,
               gboolean              last)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  const char *icon_name = "media-record-symbolic";
  const char *style = "dim-label";
  GtkWidget *image;

  if (g_strcmp0 (phase->status, "done") == 0)
    {
      icon_name = "emblem-ok-symbolic";
      style = "success";
    }
  else if (g_strcmp0 (phase->status, "ongoing") == 0)
    {
      icon_name = "media-playback-start-symbolic";
      style = "accent";
    }
  else if (g_strcmp0 (phase->status, "skipped") == 0)
    icon_name = "action-unavailable-symbolic";

  /* Decoration: the status drop-down says the same in words. */
  image = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", icon_name,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        "margin-top", 4,
                        NULL);
  gtk_widget_add_css_class (image, style);
  gtk_box_append (GTK_BOX (box), image);

  if (!last)
    {
      GtkWidget *line = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

      gtk_widget_set_vexpand (line, TRUE);
      gtk_widget_set_halign (line, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), line);
    }
  return box;
}

/* The level reached as a bar of four rungs: orange below the minimum, green from it on. */
static GtkWidget *
create_level_bar (const InspTrackPhase *phase,
                  const char           *words)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, N_LEVELS);
  int minimum = insp_level_rank (phase->recommended);

  gtk_level_bar_set_mode (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_MODE_DISCRETE);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  /* No minimum recommended (rank 0): nothing is below it. */
  if (minimum > 0)
    gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW,
                                    minimum - 0.5);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL, N_LEVELS);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), insp_level_rank (phase->reached));
  gtk_widget_set_size_request (bar, 112, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (bar, words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Participation level reached"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words,
                                  -1);
  return bar;
}

static GtkWidget *
create_level_line (InspTrackView        *self,
                   const InspTrackPhase *phase,
                   PhaseState           *state)
{
  g_autofree char *words = describe_level (phase);
  gboolean active = g_strcmp0 (phase->status, "ongoing") == 0
                    || g_strcmp0 (phase->status, "done") == 0;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label;

  gtk_box_append (GTK_BOX (line), create_level_bar (phase, words));

  /* Below the minimum in a phase that runs or ran: a warning, as the guidance's flag. */
  if (phase->comparison < 0 && active)
    {
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", "dialog-warning-symbolic",
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);

      gtk_widget_add_css_class (icon, "warning");
      gtk_box_append (GTK_BOX (line), icon);
    }
  gtk_box_append (GTK_BOX (box), line);

  /* (Under the bar, not next to it: GTK 4.8 measures a wrapping label next to an icon
   * inconsistently.) */
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", words,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        NULL);
  if (phase->comparison < 0)
    gtk_widget_add_css_class (label, active ? "warning" : "dim-label");
  else if (phase->reached != NULL)
    gtk_widget_add_css_class (label, "success");
  else
    gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  state->words = GTK_LABEL (label);
  return box;
}

static GtkWidget *
create_activity_row (InspActivity *activity)
{
  g_autofree char *subtitle = describe_activity (activity);
  g_autofree char *key = g_strdup_printf ("activity:%s", insp_activity_get_uuid (activity));
  GtkWidget *row, *icon;

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", insp_activity_get_title (activity),
                      "subtitle", subtitle,
                      "use-markup", FALSE,
                      "activatable", TRUE,
                      "action-name", "track.edit-activity",
                      "action-target", g_variant_new_string (insp_activity_get_uuid (activity)),
                      "tooltip-text", _("Edit this activity"),
                      "title-lines", 1,
                      "subtitle-lines", 1,
                      NULL);
  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", insp_activity_get_held (activity)
                                    ? "emblem-ok-symbolic" : "x-office-calendar-symbolic",
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  if (insp_activity_get_held (activity))
    gtk_widget_add_css_class (icon, "success");
  else
    gtk_widget_add_css_class (icon, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "document-edit-symbolic",
                                           "accessible-role",
                                           GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));
  set_focus_key (row, key);
  return row;
}

static GtkWidget *
create_button (const char *label,
               const char *icon_name,
               const char *tooltip,
               const char *action_name,
               GVariant   *target,
               const char *focus_key)
{
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                           "label", label,
                                                           "icon-name", icon_name,
                                                           "use-underline", TRUE,
                                                           NULL),
                                    "tooltip-text", tooltip,
                                    "action-name", action_name,
                                    "action-target", target,
                                    NULL);

  /* The name without the mnemonic's underscore. */
  {
    g_autoptr(GString) name = g_string_new (label);

    g_string_replace (name, "_", "", 0);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name->str, -1);
  }
  gtk_widget_add_css_class (button, "flat");
  set_focus_key (button, focus_key);
  return button;
}

static guint
count_rounds (const InspTrack *track,
              const char      *phase)
{
  guint n = 0;

  for (guint i = 0; i < track->phases->len; i++)
    {
      const InspTrackPhase *p = g_ptr_array_index (track->phases, i);

      if (g_str_equal (p->phase, phase))
        n = MAX (n, p->round);
    }
  return n;
}

/* "Show All 20 Activities": the rest of a phase's activities, shown on demand. */
static GtkWidget *
create_show_all_row (const char *phase_key,
                     guint       n_activities)
{
  g_autofree char *title = NULL;
  GtkWidget *row;

  /* Translators: the last row of a phase's activities when only the first are shown */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Activity",
                                        "Show All %u Activities", n_activities),
                           n_activities);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "activatable", TRUE,
                      "action-name", "track.expand-phase",
                      "action-target", g_variant_new_string (phase_key),
                      NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "go-down-symbolic",
                                           "accessible-role",
                                           GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           NULL));
  set_focus_key (row, phase_key);
  return row;
}

static GtkWidget *
create_phase (InspTrackView        *self,
              const InspTrackPhase *phase,
              gboolean              last)
{
  g_autofree char *phase_key = NULL;
  guint n_activities = 0, n_shown = 0;
  gboolean expanded;
  PhaseState *state = g_new0 (PhaseState, 1);
  guint rounds = count_rounds (self->track, phase->phase);
  g_autofree char *title = dup_phase_title (phase, rounds > 1);
  g_autofree char *add_key = g_strdup_printf ("add:%s:%u", phase->phase, phase->round);
  GtkWidget *row, *content, *header, *label, *buttons, *list = NULL;

  state->phase = g_strdup (phase->phase);
  state->round = phase->round;
  state->comparison = phase->comparison;
  g_ptr_array_add (self->states, state);

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (row), create_marker (phase, last));

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_hexpand (content, TRUE);
  gtk_widget_set_margin_bottom (content, last ? 0 : 18);
  gtk_box_append (GTK_BOX (row), content);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", title,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "hexpand", TRUE,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                        NULL);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_box_append (GTK_BOX (header), label);
  gtk_box_append (GTK_BOX (header), create_status_drop_down (self, phase, state, title));
  {
    g_autofree char *edit_key = g_strdup_printf ("edit:%s:%u", phase->phase, phase->round);
    /* Translators: how a screen reader names a phase's edit button, e.g. "Edit Phase 3.
     * Pilot, round 2" */
    g_autofree char *edit_name = g_strdup_printf (_("Edit Phase %s"), title);
    GtkWidget *edit = g_object_new (GTK_TYPE_BUTTON,
                                    "icon-name", "document-edit-symbolic",
                                    "tooltip-text", _("Edit Phase…"),
                                    "valign", GTK_ALIGN_CENTER,
                                    "action-name", "track.edit-phase",
                                    "action-target", g_variant_new ("(su)", phase->phase,
                                                                    phase->round),
                                    NULL);

    gtk_widget_add_css_class (edit, "flat");
    gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    edit_name, -1);
    set_focus_key (edit, edit_key);
    gtk_box_append (GTK_BOX (header), edit);
  }
  gtk_box_append (GTK_BOX (content), header);

  {
    g_autofree char *details = describe_details (self, phase);

    label = g_object_new (GTK_TYPE_LABEL,
                          "label", details,
                          "visible", details[0] != '\0',
                          "xalign", 0.0f,
                          "wrap", TRUE,
                          "wrap-mode", PANGO_WRAP_WORD_CHAR,
                          NULL);
    gtk_widget_add_css_class (label, "dim-label");
    gtk_box_append (GTK_BOX (content), label);
    state->details = GTK_LABEL (label);
  }

  /* What employees raised and is not closed yet: the work of continuous improvement. */
  if (g_str_equal (phase->phase, "improvement") && self->application != NULL)
    {
      g_autoptr(GError) error = NULL;
      guint n_open = insp_workspace_count_open_feedback (self->workspace, self->application,
                                                         &error);

      if (error != NULL)
        g_warning ("%s", error->message);
      g_clear_pointer (&self->feedback_text, g_free);
      if (n_open > 0)
        {
          /* Translators: on the track's continuous improvement phase */
          self->feedback_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u open feedback item",
                                                              "%u open feedback items",
                                                              n_open),
                                                 n_open);
          label = g_object_new (GTK_TYPE_LABEL,
                                "label", self->feedback_text,
                                "xalign", 0.0f,
                                "wrap", TRUE,
                                NULL);
          gtk_widget_add_css_class (label, "warning");
          gtk_box_append (GTK_BOX (content), label);
        }
    }

  gtk_box_append (GTK_BOX (content), create_level_line (self, phase, state));
  if (phase->uuid != NULL)
    {
      GtkWidget *flags = insp_flag_list_new ();

      insp_flag_list_set_flags (INSP_FLAG_LIST (flags), self->flags, "phase", phase->uuid);
      gtk_box_append (GTK_BOX (content), flags);
    }

  phase_key = g_strdup_printf ("%s:%u", phase->phase, phase->round);
  for (guint i = 0; self->activities != NULL && i < self->activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (self->activities, i);

      if (g_strcmp0 (insp_activity_get_phase (activity), phase->phase) == 0
          && insp_activity_get_round (activity) == phase->round)
        n_activities++;
    }
  expanded = n_activities <= SHOWN_ACTIVITIES + 1
             || g_hash_table_contains (self->expanded, phase_key);
  for (guint i = 0; self->activities != NULL && i < self->activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (self->activities, i);

      if (g_strcmp0 (insp_activity_get_phase (activity), phase->phase) != 0
          || insp_activity_get_round (activity) != phase->round)
        continue;
      if (!expanded && n_shown == SHOWN_ACTIVITIES)
        {
          gtk_list_box_append (GTK_LIST_BOX (list),
                               create_show_all_row (phase_key, n_activities));
          break;
        }
      n_shown++;
      if (list == NULL)
        {
          g_autofree char *list_name = NULL;

          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          /* Translators: how a screen reader names the activities of a phase */
          list_name = g_strdup_printf (_("Activities of %s"), title);
          gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          list_name, -1);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), create_activity_row (activity));
    }
  if (list != NULL)
    gtk_box_append (GTK_BOX (content), list);

  /* One under the other: side by side, long labels (in Dutch) would widen the page. */
  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  {
    /* Translators: the tooltip of "Add Activity…" in a phase, e.g. "Plan or record a
     * participation activity in 1. Needs identification and analysis" */
    g_autofree char *tooltip = g_strdup_printf (_("Plan or record a participation activity "
                                                  "in %s"), title);
    GtkWidget *add = create_button (_("Add _Activity…"), "list-add-symbolic", tooltip,
                                    "track.add-activity",
                                    g_variant_new ("(su)", phase->phase, phase->round),
                                    add_key);
    /* Several phases have this button: the name says which. */
    g_autofree char *name = g_strdup_printf (_("Add Activity to %s"), title);

    gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
    gtk_box_append (GTK_BOX (buttons), add);
  }
  if (g_str_equal (phase->phase, "pilot") && phase->round == rounds)
    gtk_box_append (GTK_BOX (buttons),
                    create_button (_("Add _Pilot Round"), "list-add-symbolic",
                                   _("Test again, living-lab style: a new round of the pilot "
                                     "with its own activities"),
                                   "track.add-round", NULL, "add-round"));
  if (g_str_equal (phase->phase, "pilot") && phase->round == rounds && rounds >= 2)
    {
      /* Translators: how a screen reader names the button that removes the pilot's last
       * round, e.g. "Remove Round 2 of the Pilot" */
      g_autofree char *name = g_strdup_printf (_("Remove Round %u of the Pilot"), phase->round);
      GtkWidget *remove = create_button (_("_Remove Round"), "list-remove-symbolic",
                                         _("Remove this round of the pilot; only a round "
                                           "without activities can go"),
                                         "track.remove-round",
                                         g_variant_new_uint32 (phase->round), "remove-round");

      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      gtk_box_append (GTK_BOX (buttons), remove);
    }
  gtk_box_append (GTK_BOX (content), buttons);

  return row;
}

static char *
dup_focus_key (InspTrackView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    {
      const char *key = g_object_get_data (G_OBJECT (w), "focus-key");

      if (key != NULL)
        return g_strdup (key);
    }
  return NULL;
}

static GtkWidget *
find_focus_key (GtkWidget  *widget,
                const char *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "focus-key"), key) == 0)
        return child;
      found = find_focus_key (child, key);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
rebuild (InspTrackView *self)
{
  g_autofree char *focus_key = dup_focus_key (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->phases_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->phases_box), child);
  g_ptr_array_set_size (self->states, 0);
  g_clear_pointer (&self->effort_text, g_free);
  g_clear_pointer (&self->feedback_text, g_free);

  if (self->track == NULL)
    {
      gtk_widget_set_visible (self->box, FALSE);
      return;
    }
  gtk_widget_set_visible (self->box, TRUE);

  self->effort_text = describe_effort (self->track);
  gtk_label_set_text (self->effort_label, self->effort_text);
  gtk_label_set_text (self->cost_label,
                      self->track->n_activities > 0
                      ? _("“Involving employees is costly and slow”? This is what it took so "
                          "far. Concerns raised early can still be taken into account; raised "
                          "late, they delay the innovation or stop it.")
                      : _("No participation activity yet. An information session or a "
                          "Data-Date takes a few hours; concerns raised early can still be "
                          "taken into account, raised late they delay the innovation or stop "
                          "it."));

  /* The guidance's flags on the phases, under their level lines. */
  self->flags = insp_workspace_list_application_flags (self->workspace, self->application,
                                                       NULL, NULL);
  self->filling = TRUE;
  for (guint i = 0; i < self->track->phases->len; i++)
    gtk_box_append (GTK_BOX (self->phases_box),
                    create_phase (self, g_ptr_array_index (self->track->phases, i),
                                  i + 1 == self->track->phases->len));
  self->filling = FALSE;
  g_clear_pointer (&self->flags, g_ptr_array_unref);

  if (focus_key != NULL)
    {
      GtkWidget *target = find_focus_key (self->phases_box, focus_key);

      /* The round removed took its button along: the keyboard goes to Add Pilot Round. */
      if (target == NULL && g_str_equal (focus_key, "remove-round"))
        target = find_focus_key (self->phases_box, "add-round");

      if (target != NULL && !gtk_widget_grab_focus (target))
        gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);
    }
}

static void
reload (InspTrackView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->track, insp_track_free);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  if (self->workspace != NULL && self->application != NULL)
    {
      /* Without the groups' names, a phase shows its dates only. */
      self->groups = insp_workspace_list_groups (self->workspace, NULL);
      self->track = insp_workspace_get_track (self->workspace, self->application, &error);
      if (self->track != NULL)
        self->activities = insp_workspace_list_activities (self->workspace, self->application,
                                                           &error);
      if (self->track == NULL || self->activities == NULL)
        {
          /* The application went (an import replaced it): nothing to show. */
          if (!g_error_matches (error, INSP_ERROR, INSP_ERROR_NOT_FOUND))
            show_error (self, error);
          g_clear_pointer (&self->track, insp_track_free);
        }
    }

  rebuild (self);
}

static gboolean
on_reload_idle (gpointer data)
{
  InspTrackView *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* After a change: once, when the signals of one change are all in, and not while a
 * drop-down that made the change is still handling it. */
static void
queue_reload (InspTrackView *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (on_reload_idle, self);
}

/* --- Actions --------------------------------------------------------------------------------- */

static GtkWindow *
get_window (InspTrackView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
undo_delete (InspTrackView *self)
{
  g_autoptr(InspActivity) removed = g_steal_pointer (&self->removed);
  g_autofree char *application = g_steal_pointer (&self->removed_application);
  g_autoptr(GError) error = NULL;

  if (removed == NULL || self->workspace == NULL)
    return;

  /* The same activity, uuid and all, back where it was. */
  if (!insp_workspace_save_activity (self->workspace, application,
                                     insp_activity_get_phase (removed),
                                     insp_activity_get_round (removed), removed, &error))
    show_error (self, error);
}

static void
on_activity_deleted (InspActivityDialog *dialog,
                     InspActivity       *activity,
                     InspTrackView      *self)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_set_object (&self->removed, activity);
  g_free (self->removed_application);
  self->removed_application = g_strdup (self->application);

  /* Translators: a toast after an activity was deleted, with Undo */
  title = g_strdup_printf (_("“%s” deleted"), insp_activity_get_title (activity));
  toast = insp_toast_new_undo (title, G_CALLBACK (undo_delete), self);
  insp_toast_show_for (GTK_WIDGET (self), toast);
}

static void
open_dialog (InspTrackView *self,
             const char    *phase,
             guint          round,
             InspActivity  *activity)
{
  GtkWindow *window = get_window (self);
  InspActivityDialog *dialog;

  if (window == NULL || self->workspace == NULL || self->application == NULL)
    return;

  dialog = insp_activity_dialog_new (window, self->workspace, self->application, phase, round,
                                     activity);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (on_activity_deleted), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  InspTrackView *self = INSP_TRACK_VIEW (widget);
  const char *phase;
  guint round;

  g_variant_get (parameter, "(&su)", &phase, &round);
  if (!insp_enum_contains (&insp_enum_phase, phase))
    return;
  open_dialog (self, phase, MAX (round, 1), NULL);
}

static void
edit_activity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  InspTrackView *self = INSP_TRACK_VIEW (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);

  for (guint i = 0; self->activities != NULL && i < self->activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (self->activities, i);

      if (g_strcmp0 (insp_activity_get_uuid (activity), uuid) == 0)
        {
          open_dialog (self, insp_activity_get_phase (activity),
                       insp_activity_get_round (activity), activity);
          return;
        }
    }
}

static void
expand_phase_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  InspTrackView *self = INSP_TRACK_VIEW (widget);

  g_hash_table_add (self->expanded, g_variant_dup_string (parameter, NULL));
  reload (self);
}

static void
add_round_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  InspTrackView *self = INSP_TRACK_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->track == NULL || self->workspace == NULL)
    return;

  /* A phase row of its own, not started: the pilot's next round. */
  if (insp_workspace_add_pilot_round (self->workspace, self->application, &error) == 0)
    show_error (self, error);
  else
    show_error (self, NULL);
}

static void
remove_round_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  InspTrackView *self = INSP_TRACK_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->track == NULL || self->workspace == NULL)
    return;

  /* The core refuses a round with activities, and says so. */
  if (!insp_workspace_remove_pilot_round (self->workspace, self->application,
                                          g_variant_get_uint32 (parameter), &error))
    show_error (self, error);
  else
    show_error (self, NULL);
}

static void
edit_phase_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  InspTrackView *self = INSP_TRACK_VIEW (widget);
  GtkWindow *window = get_window (self);
  const char *phase;
  guint round;

  if (window == NULL || self->track == NULL || self->workspace == NULL)
    return;

  g_variant_get (parameter, "(&su)", &phase, &round);
  for (guint i = 0; i < self->track->phases->len; i++)
    {
      const InspTrackPhase *p = g_ptr_array_index (self->track->phases, i);

      if (g_str_equal (p->phase, phase) && p->round == round)
        {
          g_autofree char *title = dup_phase_title (p, count_rounds (self->track, phase) > 1);
          InspPhaseDialog *dialog = insp_phase_dialog_new (window, self->workspace,
                                                           self->application, p, title);

          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
    }
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_delete (INSP_TRACK_VIEW (widget));
}

/* --- The view -------------------------------------------------------------------------------- */

/**
 * insp_track_view_new:
 *
 * Returns: (transfer floating): a new track view, showing nothing until it has a workspace
 *   and an application
 */
GtkWidget *
insp_track_view_new (void)
{
  return g_object_new (INSP_TYPE_TRACK_VIEW, NULL);
}

/**
 * insp_track_view_get_workspace:
 * @self: a track view
 *
 * Returns: (transfer none) (nullable): the workspace
 */
InspWorkspace *
insp_track_view_get_workspace (InspTrackView *self)
{
  g_return_val_if_fail (INSP_IS_TRACK_VIEW (self), NULL);
  return self->workspace;
}

/**
 * insp_track_view_set_workspace:
 * @self: a track view
 * @workspace: (nullable): the workspace the application is in
 */
void
insp_track_view_set_workspace (InspTrackView *self,
                               InspWorkspace *workspace)
{
  g_return_if_fail (INSP_IS_TRACK_VIEW (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->removed);
  g_clear_pointer (&self->removed_application, g_free);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed::applications",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::phases",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::activities",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::groups",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::feedback",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
    }

  show_error (self, NULL);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * insp_track_view_get_application:
 * @self: a track view
 *
 * Returns: (nullable): the uuid of the application whose track is shown
 */
const char *
insp_track_view_get_application (InspTrackView *self)
{
  g_return_val_if_fail (INSP_IS_TRACK_VIEW (self), NULL);
  return self->application;
}

/**
 * insp_track_view_set_application:
 * @self: a track view
 * @uuid: (nullable): the application whose track to show
 */
void
insp_track_view_set_application (InspTrackView *self,
                                 const char    *uuid)
{
  g_return_if_fail (INSP_IS_TRACK_VIEW (self));

  if (g_strcmp0 (self->application, uuid) == 0)
    return;

  g_free (self->application);
  self->application = g_strdup (uuid);
  g_hash_table_remove_all (self->expanded);
  show_error (self, NULL);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION]);
}

/* The state of a phase as shown, after any change waiting to be shown. */
static PhaseState *
find_shown_state (InspTrackView *self,
                  const char    *phase,
                  guint          round)
{
  if (self->reload_id != 0)
    reload (self);

  for (guint i = 0; i < self->states->len; i++)
    {
      PhaseState *state = g_ptr_array_index (self->states, i);

      if (g_strcmp0 (state->phase, phase) == 0 && state->round == round)
        return state;
    }
  return NULL;
}

/**
 * insp_track_view_get_phase_state:
 * @self: a track view
 * @phase: a phase, such as "needs"
 * @round: its round (1 but for later pilot rounds)
 * @comparison: (out) (optional): below 0 when the level reached is below the recommended
 *   minimum, 0 when it meets it, above 0 when it is higher
 * @words: (out) (optional) (transfer none): the level reached, in words, as shown
 *
 * Returns: whether the phase is shown
 */
gboolean
insp_track_view_get_phase_state (InspTrackView  *self,
                                 const char     *phase,
                                 guint           round,
                                 int            *comparison,
                                 const char    **words)
{
  PhaseState *state;

  g_return_val_if_fail (INSP_IS_TRACK_VIEW (self), FALSE);

  state = find_shown_state (self, phase, round);
  if (state == NULL)
    return FALSE;
  if (comparison != NULL)
    *comparison = state->comparison;
  if (words != NULL)
    *words = gtk_label_get_label (state->words);
  return TRUE;
}

/**
 * insp_track_view_get_phase_details:
 * @self: a track view
 * @phase: a phase, such as "needs"
 * @round: its round (1 but for later pilot rounds)
 *
 * Returns: (nullable): the dates and groups of the phase, as shown, such as "12 Jan – 28 Feb
 *   2026 · Works council, Planners" (empty when it has none), or %NULL when the phase is not
 *   shown
 */
const char *
insp_track_view_get_phase_details (InspTrackView *self,
                                   const char    *phase,
                                   guint          round)
{
  PhaseState *state;

  g_return_val_if_fail (INSP_IS_TRACK_VIEW (self), NULL);

  state = find_shown_state (self, phase, round);
  return state != NULL ? gtk_label_get_label (state->details) : NULL;
}

/**
 * insp_track_view_get_error_text:
 * @self: a track view
 *
 * Returns: (nullable): the error shown at the top of the track, or %NULL
 */
const char *
insp_track_view_get_error_text (InspTrackView *self)
{
  g_return_val_if_fail (INSP_IS_TRACK_VIEW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

/**
 * insp_track_view_get_effort_text:
 * @self: a track view
 *
 * Returns: (nullable): the effort shown at the top, such as "12 activities · 86 people ·
 *   140 h of participants, 35 h of organisers"
 */
const char *
insp_track_view_get_effort_text (InspTrackView *self)
{
  g_return_val_if_fail (INSP_IS_TRACK_VIEW (self), NULL);

  if (self->reload_id != 0)
    reload (self);
  return self->effort_text;
}

/**
 * insp_track_view_get_open_feedback_text:
 * @self: a track view
 *
 * Returns: (nullable): what the continuous improvement phase says of the feedback still
 *   open, such as "2 open feedback items"; %NULL when none is open
 */
const char *
insp_track_view_get_open_feedback_text (InspTrackView *self)
{
  g_return_val_if_fail (INSP_IS_TRACK_VIEW (self), NULL);

  if (self->reload_id != 0)
    reload (self);
  return self->feedback_text;
}

static void
insp_track_view_dispose (GObject *object)
{
  InspTrackView *self = INSP_TRACK_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->removed);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (insp_track_view_parent_class)->dispose (object);
}

static void
insp_track_view_finalize (GObject *object)
{
  InspTrackView *self = INSP_TRACK_VIEW (object);

  g_free (self->application);
  g_free (self->removed_application);
  g_free (self->effort_text);
  g_free (self->feedback_text);
  g_clear_pointer (&self->track, insp_track_free);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->states, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);

  G_OBJECT_CLASS (insp_track_view_parent_class)->finalize (object);
}

static void
insp_track_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  InspTrackView *self = INSP_TRACK_VIEW (object);

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
insp_track_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  InspTrackView *self = INSP_TRACK_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_track_view_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_APPLICATION:
      insp_track_view_set_application (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_track_view_class_init (InspTrackViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_track_view_dispose;
  object_class->finalize = insp_track_view_finalize;
  object_class->get_property = insp_track_view_get_property;
  object_class->set_property = insp_track_view_set_property;

  /* style.css gives the level bar of a phase below its minimum the warning colour. */
  gtk_widget_class_set_css_name (widget_class, "insp-track-view");

  /**
   * InspTrackView:workspace: (nullable)
   *
   * The workspace the application is in.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspTrackView:application: (nullable)
   *
   * The uuid of the application whose track is shown.
   */
  properties[PROP_APPLICATION] =
    g_param_spec_string ("application", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "insp-track-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "track.add-activity", "(su)",
                                   add_activity_action);
  gtk_widget_class_install_action (widget_class, "track.edit-activity", "s",
                                   edit_activity_action);
  gtk_widget_class_install_action (widget_class, "track.add-round", NULL, add_round_action);
  gtk_widget_class_install_action (widget_class, "track.expand-phase", "s",
                                   expand_phase_action);
  gtk_widget_class_install_action (widget_class, "track.remove-round", "u",
                                   remove_round_action);
  gtk_widget_class_install_action (widget_class, "track.edit-phase", "(su)",
                                   edit_phase_action);
  gtk_widget_class_install_action (widget_class, "track.undo-delete", NULL,
                                   undo_delete_action);
}

static void
on_why_clicked (GtkButton *button)
{
  GApplication *application = g_application_get_default ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));

  if (INSP_IS_APP (application))
    insp_app_show_help (INSP_APP (application), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                        "guidance");
}

static void
insp_track_view_init (InspTrackView *self)
{
  GtkWidget *effort;

  self->states = g_ptr_array_new_with_free_func ((GDestroyNotify) phase_state_free);
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Innovation Track"), -1);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_visible (self->box, FALSE);

  self->error_label = g_object_new (GTK_TYPE_LABEL,
                                    "visible", FALSE,
                                    "xalign", 0.0f,
                                    "wrap", TRUE,
                                    NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->error_label));

  /* The effort, and what the paper says to "involvement is costly". */
  effort = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (effort, "card");
  self->effort_label = g_object_new (GTK_TYPE_LABEL,
                                     "xalign", 0.0f,
                                     "wrap", TRUE,
                                     "margin-top", 12,
                                     "margin-start", 12,
                                     "margin-end", 12,
                                     NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->effort_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->effort_label), "numeric");
  self->cost_label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "margin-bottom", 12,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->cost_label), "dim-label");
  gtk_box_append (GTK_BOX (effort), GTK_WIDGET (self->effort_label));
  gtk_box_append (GTK_BOX (effort), GTK_WIDGET (self->cost_label));
  {
    GtkWidget *why = g_object_new (GTK_TYPE_BUTTON,
                                   "label", _("_Why Involvement Pays Off"),
                                   "use-underline", TRUE,
                                   "halign", GTK_ALIGN_START,
                                   "margin-start", 6,
                                   "margin-bottom", 6,
                                   "tooltip-text", _("The paper’s answers to five "
                                                     "misconceptions about involving "
                                                     "employees"),
                                   NULL);

    gtk_widget_add_css_class (why, "flat");
    g_signal_connect (why, "clicked", G_CALLBACK (on_why_clicked), NULL);
    gtk_box_append (GTK_BOX (effort), why);
  }
  gtk_box_append (GTK_BOX (self->box), effort);

  self->phases_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->box), self->phases_box);
}
