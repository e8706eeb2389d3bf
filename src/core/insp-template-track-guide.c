/* insp-template-track-guide.c — the export of an application's innovation track
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the works council: the application and how much involvement it calls for (the triage),
 * the five phases with their status, dates and the participation level reached against the
 * recommended one, every participation activity planned and held, the frontrunners (by name
 * only when they agreed to be named), the actions, the open guidance flags and the effort
 * the track took, with the paper's answer to "involvement costs too much".
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-action.h"
#include "insp-enums.h"
#include "insp-group.h"
#include "insp-guidance.h"
#include "insp-person.h"
#include "insp-template-private.h"
#include "insp-triage.h"

/* Makes a table's cell in the last row a blank saying what is missing. */
static void
blank_cell (InspDocBlock *row,
            guint         column,
            const char   *what)
{
  insp_doc_block_add_blank (g_ptr_array_index (row->children, column), what);
}

static char *
dup_group_names (GHashTable         *groups,
                 const char * const *uuids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      const char *name = g_hash_table_lookup (groups, uuids[i]);

      if (name == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A person as an export may show them: the name when they agreed to be named, otherwise
 * their role and department. */
static char *
describe_person (GHashTable *persons,
                 const char *uuid,
                 const char *role,
                 const char *department)
{
  InspPerson *person = uuid != NULL ? g_hash_table_lookup (persons, uuid) : NULL;
  const char *role_label = role != NULL ? insp_enum_get_label (&insp_enum_person_role, role)
                                        : NULL;

  if (person != NULL && insp_person_get_consent_named (person))
    return g_strdup (insp_person_get_name (person));
  if (person != NULL && department == NULL)
    department = insp_person_get_department (person);
  if (role_label != NULL && department != NULL && *department != '\0'
      && g_utf8_collate (role_label, department) != 0)
    /* Translators: someone not named in an export: their role, then their department */
    return g_strdup_printf (_("%s (%s)"), role_label, department);
  if (role_label != NULL)
    return g_strdup (role_label);
  if (department != NULL && *department != '\0')
    /* Translators: someone not named in an export, of whom only the department is known */
    return g_strdup_printf (_("Someone from %s"), department);
  return g_strdup (_("A participant"));
}

static void
add_about (InspDocBlock    *body,
           InspApplication *application,
           InspTrack       *track)
{
  InspDocBlock *table;
  InspDocBlock *row;

  insp_doc_add_heading (body, 1, _("About this track"));
  insp_doc_add_paragraph (body, _("Every AI application is introduced as an innovation "
                                  "track in five phases: needs, strategic choice, pilot, "
                                  "rollout and continuous improvement. In every phase "
                                  "employees take part, more or less intensely depending on "
                                  "how much the application touches their work. This guide "
                                  "shows how far the track has come and how employees were "
                                  "involved, so that the works council can follow it and "
                                  "ask questions in time."));

  table = insp_doc_add_table (body, 2, 0);
  row = insp_doc_table_add_row (table, _("AI application"), "", NULL);
  if (application != NULL)
    insp_doc_block_add_text (g_ptr_array_index (row->children, 1), INSP_DOC_STYLE_NONE,
                             insp_application_get_name (application));
  else
    blank_cell (row, 1, _("the AI application"));

  row = insp_doc_table_add_row (table, _("Purpose"), "", NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1),
                                    application != NULL
                                    ? insp_application_get_purpose (application) : NULL,
                                    _("what the application is for"));

  row = insp_doc_table_add_row (table, _("Status"), "", NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1),
                                    application != NULL
                                    ? insp_enum_get_label (&insp_enum_application_status,
                                                           insp_application_get_status (
                                                             application))
                                    : NULL,
                                    _("the application’s status"));

  row = insp_doc_table_add_row (table, _("Recommended involvement"), "", NULL);
  if (track != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: the involvement intensity ("High"), then why (the triage's reason) */
      text = g_strdup_printf (_("%s: %s"), insp_intensity_get_label (track->intensity),
                              track->why != NULL ? track->why : "");
      insp_doc_block_add_text (g_ptr_array_index (row->children, 1), INSP_DOC_STYLE_NONE,
                               track->why != NULL ? text
                                                  : insp_intensity_get_label (track->intensity));
    }
  else
    {
      blank_cell (row, 1, _("the risk level and the involvement triggers"));
    }

  insp_doc_add_note (body, _("The recommended intensity follows from the EU AI Act risk "
                             "level and from what the application does to work: whether it "
                             "uses data about workers, interacts with them, takes over tasks, "
                             "acts on its own or affects safety. The higher it is, the more "
                             "say employees should have in each phase."));
}

static void
add_phases (InspDocBlock *body,
            InspTrack    *track)
{
  InspDocBlock *table;

  insp_doc_add_heading (body, 1, _("The phases"));
  if (track == NULL)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("the phases of the track"));
      return;
    }

  table = insp_doc_add_table (body, 5, 1);
  insp_doc_table_add_row (table, _("Phase"), _("Status"), _("Dates"), _("Level reached"),
                          _("Recommended level"), NULL);
  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);
      g_autofree char *label = insp_phase_dup_label (phase->phase, phase->round);
      g_autofree char *start = _insp_template_format_date (phase->start_date);
      g_autofree char *end = _insp_template_format_date (phase->end_date);
      g_autofree char *dates = NULL;
      const char *reached = phase->reached != NULL
                            ? insp_enum_get_label (&insp_enum_level, phase->reached)
                            : _("None yet");
      const char *recommended = phase->recommended != NULL
                                ? insp_enum_get_label (&insp_enum_level, phase->recommended)
                                : _("No minimum");
      g_autofree char *reached_text = NULL;

      if (start != NULL && end != NULL)
        /* Translators: a phase's start and end dates */
        dates = g_strdup_printf (_("%s – %s"), start, end);
      else if (start != NULL)
        /* Translators: a phase's start date, the phase not finished */
        dates = g_strdup_printf (_("from %s"), start);
      else
        dates = g_strdup ("");

      if (phase->recommended != NULL && phase->comparison < 0
          && (g_strcmp0 (phase->status, "ongoing") == 0
              || g_strcmp0 (phase->status, "done") == 0))
        /* Translators: the level a phase reached, below the recommended one */
        reached_text = g_strdup_printf (_("%s (below the recommended level)"), reached);
      else
        reached_text = g_strdup (reached);

      insp_doc_table_add_row (table, label,
                              insp_enum_get_label (&insp_enum_phase_status, phase->status),
                              dates, reached_text, recommended, NULL);
    }
  insp_doc_add_paragraph (body, _("The level a phase reached is the highest level of its "
                                  "held activities: inform, dialogue (employees react and "
                                  "name wishes), co-create (they invent and test solutions) "
                                  "or collaborate (they carry tasks of the track "
                                  "themselves)."));
}

static void
add_activity (InspDocBlock *body,
              InspActivity *activity,
              GHashTable   *groups,
              GHashTable   *persons)
{
  InspDocBlock *table;
  InspDocBlock *row;
  g_autofree char *date = _insp_template_format_date (insp_activity_get_date (activity));
  g_autofree char *group_names = dup_group_names (groups, insp_activity_get_groups (activity));
  g_autofree char *effort = NULL;
  g_autofree char *participant_hours = NULL;
  g_autofree char *organiser_hours = NULL;
  g_autoptr(GString) who = g_string_new (NULL);
  GPtrArray *participants = insp_activity_get_participants (activity);
  const char *title_text = insp_activity_get_title (activity);
  const char *method = insp_activity_get_method (activity);
  const char *level = insp_activity_get_level (activity);
  int head_count = insp_activity_get_head_count (activity);
  gboolean held = insp_activity_get_held (activity);
  InspDocBlock *title;

  title = insp_doc_add_paragraph (body, NULL);
  if (title_text != NULL && *title_text != '\0')
    insp_doc_block_add_text (title, INSP_DOC_STYLE_STRONG, title_text);
  else
    insp_doc_block_add_blank (title, _("the activity’s title"));

  table = insp_doc_add_table (body, 2, 0);
  row = insp_doc_table_add_row (table, _("Held or planned"),
                                held ? _("Held") : _("Planned"), NULL);
  row = insp_doc_table_add_row (table, _("Method"), "", NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1),
                                    method != NULL
                                    ? insp_enum_get_label (&insp_enum_method, method) : NULL,
                                    _("the method"));
  row = insp_doc_table_add_row (table, _("Date"), "", NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1), date,
                                    _("the date"));
  row = insp_doc_table_add_row (table, _("Participation level"), "", NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1),
                                    level != NULL
                                    ? insp_enum_get_label (&insp_enum_level, level) : NULL,
                                    _("the participation level"));
  row = insp_doc_table_add_row (table, _("Groups"), "", NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1), group_names,
                                    _("the groups taking part"));

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      InspParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *person = describe_person (persons, participant->person,
                                                 participant->role, participant->department);

      g_string_append_printf (who, "%s%s", who->len > 0 ? ", " : "", person);
    }
  if (who->len > 0)
    insp_doc_table_add_row (table, _("Who took part"), who->str, NULL);

  row = insp_doc_table_add_row (table, _("Head count"), "", NULL);
  if (head_count > 0)
    {
      g_autofree char *count = g_strdup_printf ("%d", head_count);

      insp_doc_block_add_text (g_ptr_array_index (row->children, 1), INSP_DOC_STYLE_NONE,
                               count);
    }
  else
    {
      blank_cell (row, 1, held ? _("how many took part") : _("how many are expected"));
    }

  participant_hours = _insp_template_format_hours (
                        MAX (insp_activity_get_participant_hours (activity), 0));
  organiser_hours = _insp_template_format_hours (
                      MAX (insp_activity_get_organiser_hours (activity), 0));
  /* Translators: the effort of an activity: hours of the participants, of the organisers */
  effort = g_strdup_printf (_("%s of the participants, %s of the organisers"),
                            participant_hours, organiser_hours);
  insp_doc_table_add_row (table, _("Effort"), effort, NULL);

  row = insp_doc_table_add_row (table, _("Outcome"), "", NULL);
  if (held)
    insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1),
                                      insp_activity_get_outcome (activity),
                                      _("what came out of it"));
  else
    insp_doc_block_add_text (g_ptr_array_index (row->children, 1), INSP_DOC_STYLE_EMPHASIS,
                             _("Not held yet"));
}

static void
add_participation (InspDocBlock *body,
                   InspTrack    *track,
                   GPtrArray    *activities,
                   GHashTable   *groups,
                   GHashTable   *persons)
{
  insp_doc_add_heading (body, 1, _("Participation plan and record"));
  insp_doc_add_paragraph (body, _("Every participation activity of the track, planned and "
                                  "held, phase by phase: who took part, at which level, what "
                                  "it cost in hours and what came out of it."));
  if (track == NULL)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("the participation activities of each phase"));
      return;
    }

  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);
      g_autofree char *label = insp_phase_dup_label (phase->phase, phase->round);
      guint n = 0;

      insp_doc_add_heading (body, 2, label);
      for (guint j = 0; activities != NULL && j < activities->len; j++)
        {
          InspActivity *activity = g_ptr_array_index (activities, j);

          if (g_strcmp0 (insp_activity_get_phase (activity), phase->phase) != 0
              || insp_activity_get_round (activity) != phase->round)
            continue;
          add_activity (body, activity, groups, persons);
          n++;
        }
      if (n == 0 && g_strcmp0 (phase->status, "skipped") == 0)
        insp_doc_add_paragraph (body, _("This phase was skipped."));
      else if (n == 0)
        insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                  _("the activities planned in this phase"));
    }
}

static gboolean
add_frontrunners (InspDocBlock     *body,
                  InspWorkspace    *workspace,
                  InspApplication  *application,
                  GHashTable       *persons,
                  GError          **error)
{
  g_autoptr(GPtrArray) links = NULL;
  InspDocBlock *list = NULL;

  insp_doc_add_heading (body, 1, _("Frontrunners"));
  insp_doc_add_paragraph (body, _("Frontrunners are colleagues who try the application "
                                  "early, explain it to others and bring their questions "
                                  "back to the track. Only those who agreed to be named "
                                  "appear by name."));
  if (application != NULL)
    {
      links = insp_workspace_list_application_persons (workspace,
                                                       insp_application_get_uuid (application),
                                                       error);
      if (links == NULL)
        return FALSE;
    }

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      InspApplicationPerson *link = g_ptr_array_index (links, i);
      g_autofree char *who = NULL;
      InspDocBlock *item;

      if (g_strcmp0 (link->role, "frontrunner") != 0)
        continue;
      who = describe_person (persons, link->person, link->role, NULL);
      if (list == NULL)
        list = insp_doc_add_list (body, FALSE);
      item = insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL), who);
      if (link->task != NULL && *link->task != '\0')
        {
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _(": "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, link->task);
        }
    }
  if (list == NULL)
    insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                              _("the frontrunners of this application"));
  return TRUE;
}

static gboolean
add_actions (InspDocBlock     *body,
             InspWorkspace    *workspace,
             InspApplication  *application,
             GError          **error)
{
  InspActionFilter filter = { NULL, };
  g_autoptr(GPtrArray) actions = NULL;
  InspDocBlock *table;

  insp_doc_add_heading (body, 1, _("Actions"));
  insp_doc_add_paragraph (body, _("What the track decided to do about the technology, the "
                                  "way work is arranged, and the people: who does it, by "
                                  "when, and how far it is."));
  if (application == NULL)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL), _("the actions"));
      return TRUE;
    }
  filter.application = insp_application_get_uuid (application);
  actions = insp_workspace_list_actions (workspace, &filter, error);
  if (actions == NULL)
    return FALSE;
  if (actions->len == 0)
    {
      insp_doc_add_paragraph (body, _("No actions have been recorded for this application."));
      return TRUE;
    }

  table = insp_doc_add_table (body, 5, 1);
  insp_doc_table_add_row (table, _("Action"), _("Domain"), _("Owner"), _("Due"), _("Status"),
                          NULL);
  for (guint i = 0; i < actions->len; i++)
    {
      InspAction *action = g_ptr_array_index (actions, i);
      g_autofree char *due = _insp_template_format_date (insp_action_get_due_date (action));
      InspDocBlock *row;

      row = insp_doc_table_add_row (table, insp_action_get_title (action),
                                    insp_enum_get_label (&insp_enum_action_domain,
                                                         insp_action_get_domain (action)),
                                    "", "",
                                    insp_enum_get_label (&insp_enum_action_status,
                                                         insp_action_get_status (action)),
                                    NULL);
      insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 2),
                                        insp_action_get_owner (action), _("owner"));
      insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 3), due,
                                        _("due date"));
    }
  return TRUE;
}

static gboolean
add_flags (InspDocBlock     *body,
           InspWorkspace    *workspace,
           InspApplication  *application,
           GError          **error)
{
  g_autoptr(GPtrArray) flags = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("Open points"));
  if (application == NULL)
    {
      insp_doc_add_paragraph (body, _("There is no application to check yet."));
      return TRUE;
    }
  flags = insp_workspace_list_application_flags (workspace,
                                                 insp_application_get_uuid (application),
                                                 today, error);
  if (flags == NULL)
    return FALSE;
  if (flags->len == 0)
    {
      insp_doc_add_paragraph (body, _("Inspraak’s guidance finds nothing to point out in this "
                                      "track today."));
      return TRUE;
    }

  insp_doc_add_paragraph (body, _("What Inspraak’s guidance points out in this track today, "
                                  "the most serious first, with what to do about it."));
  list = insp_doc_add_list (body, FALSE);
  for (guint i = 0; i < flags->len; i++)
    {
      InspFlag *flag = g_ptr_array_index (flags, i);
      InspDocBlock *item = insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL), NULL);
      const char *severity;

      switch (flag->severity)
        {
        case INSP_SEVERITY_ERROR:
          /* Translators: before a guidance flag's message in an export */
          severity = _("Must be solved: ");
          break;
        case INSP_SEVERITY_WARNING:
          severity = _("Needs attention: ");
          break;
        case INSP_SEVERITY_INFO:
        default:
          severity = _("Worth considering: ");
          break;
        }
      insp_doc_block_add_text (item, INSP_DOC_STYLE_STRONG, severity);
      insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, flag->message);
    }
  return TRUE;
}

static void
add_effort (InspDocBlock *body,
            InspTrack    *track)
{
  g_autofree char *participant_hours = NULL;
  g_autofree char *organiser_hours = NULL;
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;
  guint n_held = 0;

  insp_doc_add_heading (body, 1, _("What the involvement took"));
  for (guint i = 0; track != NULL && i < track->phases->len; i++)
    n_held += ((InspTrackPhase *) g_ptr_array_index (track->phases, i))->n_held;
  if (n_held == 0)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("the hours the held participation activities took"));
    }
  else
    {
      participant_hours = _insp_template_format_hours (track->participant_hours);
      organiser_hours = _insp_template_format_hours (track->organiser_hours);
      total = _insp_template_format_hours (track->participant_hours + track->organiser_hours);
      /* Translators: the track's effort: activities held, people reached, the participants'
       * hours, the organisers' hours, the total */
      text = g_strdup_printf (g_dngettext (NULL,
                                           "%u activity held so far reached %u people and "
                                           "took %s of the participants and %s of the "
                                           "organisers: %s in all.",
                                           "%u activities held so far reached %u people and "
                                           "took %s of the participants and %s of the "
                                           "organisers: %s in all.",
                                           n_held),
                              n_held, track->head_count, participant_hours, organiser_hours,
                              total);
      insp_doc_add_paragraph (body, text);
    }
  insp_doc_add_note (body, _("“Involving employees costs too much time and money.” The "
                             "figures above show what it really took: a few hours per "
                             "person, spread over the track. Set them against what a tool "
                             "that does not fit the work costs: workarounds, resistance, "
                             "absence and an expensive second attempt. Employees who helped "
                             "shape an application also use it, and they spot problems "
                             "while they are still cheap to fix."));
}

InspDocument *
_insp_template_build_track_guide (InspWorkspace            *workspace,
                                  const InspTemplate       *template,
                                  const InspRenderOptions  *options,
                                  GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(InspApplication) application = NULL;
  g_autoptr(InspTrack) track = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) group_list = NULL;
  g_autoptr(GPtrArray) person_list = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) persons = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(InspDocument) doc = NULL;
  InspDocMeta *meta;
  InspDocBlock *body;

  application = _insp_template_get_application (workspace, options, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (application != NULL)
    {
      const char *uuid = insp_application_get_uuid (application);

      if ((track = insp_workspace_get_track (workspace, uuid, error)) == NULL
          || (activities = insp_workspace_list_activities (workspace, uuid, error)) == NULL)
        return NULL;
    }
  if ((group_list = insp_workspace_list_groups (workspace, error)) == NULL
      || (person_list = insp_workspace_list_persons (workspace, error)) == NULL)
    return NULL;
  for (guint i = 0; i < group_list->len; i++)
    {
      InspGroup *group = g_ptr_array_index (group_list, i);

      g_hash_table_insert (groups, (char *) insp_group_get_uuid (group),
                           (char *) insp_group_get_display_name (group));
    }
  for (guint i = 0; i < person_list->len; i++)
    {
      InspPerson *person = g_ptr_array_index (person_list, i);

      g_hash_table_insert (persons, (char *) insp_person_get_uuid (person), person);
    }

  doc = _insp_template_new_document (workspace, options, _("Innovation-track guide"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = application != NULL
                   ? g_strdup (insp_application_get_name (application))
                   : insp_doc_dup_blank_text (_("the AI application"));
  if (application != NULL)
    meta->status = g_strdup (insp_enum_get_label (&insp_enum_application_status,
                                                  insp_application_get_status (application)));

  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);
  add_about (body, application, track);
  add_phases (body, track);
  insp_doc_add_page_break (body);
  add_participation (body, track, activities, groups, persons);
  if (!add_frontrunners (body, workspace, application, persons, error)
      || !add_actions (body, workspace, application, error)
      || !add_flags (body, workspace, application, error))
    return NULL;
  add_effort (body, track);

  return g_steal_pointer (&doc);
}
