/* insp-template-involvement-report.c — the involvement report for subsidised projects
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The deliverable the paper wants funders to ask of every subsidised AI project: per phase of
 * the innovation track, what was planned and what was done to involve employees (each
 * activity's date, level, groups, head count, effort and outcome), the level reached next to
 * the recommended one, and the total effort. People appear by name only when they consented;
 * otherwise by role and department.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-group.h"
#include "insp-person.h"
#include "insp-template-private.h"

typedef struct
{
  InspWorkspace *workspace;
  GHashTable    *groups;     /* uuid → display name */
  GHashTable    *persons;    /* uuid → InspPerson */
} Report;

static void
report_clear (Report *report)
{
  g_clear_pointer (&report->groups, g_hash_table_unref);
  g_clear_pointer (&report->persons, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Report, report_clear)

static gboolean
report_load (Report         *report,
             InspWorkspace  *workspace,
             GError        **error)
{
  g_autoptr(GPtrArray) groups = insp_workspace_list_groups (workspace, error);
  g_autoptr(GPtrArray) persons = NULL;

  if (groups == NULL)
    return FALSE;
  persons = insp_workspace_list_persons (workspace, error);
  if (persons == NULL)
    return FALSE;

  report->workspace = workspace;
  report->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < groups->len; i++)
    {
      InspGroup *group = g_ptr_array_index (groups, i);

      g_hash_table_insert (report->groups, g_strdup (insp_group_get_uuid (group)),
                           g_strdup (insp_group_get_display_name (group)));
    }
  report->persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < persons->len; i++)
    {
      InspPerson *person = g_ptr_array_index (persons, i);

      g_hash_table_insert (report->persons, g_strdup (insp_person_get_uuid (person)),
                           g_object_ref (person));
    }
  return TRUE;
}

/* "Nadia (frontrunner)", or only the role and department of someone who did not consent to
 * be named. */
static char *
describe_person (Report     *report,
                 const char *uuid,
                 const char *role,
                 const char *department)
{
  InspPerson *person = uuid != NULL ? g_hash_table_lookup (report->persons, uuid) : NULL;
  const char *role_label = role != NULL ? insp_enum_get_label (&insp_enum_person_role, role)
                                        : NULL;

  if (person != NULL && department == NULL)
    department = insp_person_get_department (person);
  if (person != NULL && insp_person_get_consent_named (person))
    {
      if (role_label != NULL)
        /* Translators: a person who consented to be named, and their role */
        return g_strdup_printf (_("%s (%s)"), insp_person_get_name (person), role_label);
      return g_strdup (insp_person_get_name (person));
    }
  if (role_label != NULL && department != NULL && *department != '\0'
      && g_utf8_collate (role_label, department) != 0)
    /* Translators: someone not named: their role and department, as "end user, Planning" */
    return g_strdup_printf (_("%s, %s"), role_label, department);
  if (role_label != NULL)
    return g_strdup (role_label);
  if (department != NULL && *department != '\0')
    return g_strdup (department);
  return g_strdup (_("someone not named"));
}

static char *
join_groups (Report             *report,
             const char * const *uuids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      const char *name = g_hash_table_lookup (report->groups, uuids[i]);

      if (name == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, name);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static char *
join_participants (Report       *report,
                   InspActivity *activity)
{
  GPtrArray *participants = insp_activity_get_participants (activity);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      InspParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *described = describe_person (report, participant->person,
                                                    participant->role,
                                                    participant->department);

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, described);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* One row of a two-column table: a label and a value, or a blank saying what is missing. */
static void
add_detail (InspDocBlock *table,
            const char   *label,
            const char   *value,
            const char   *what)
{
  InspDocBlock *row = insp_doc_table_add_row (table, label, "", NULL);
  InspDocBlock *cell = g_ptr_array_index (row->children, 1);

  if (what == NULL)
    insp_doc_block_add_text (cell, INSP_DOC_STYLE_NONE, value);
  else
    insp_doc_block_add_text_or_blank (cell, value, what);
}

static void
add_application (InspDocBlock    *body,
                 InspApplication *application,
                 InspTrack       *track)
{
  InspDocBlock *table;
  g_autoptr(GString) triggers = g_string_new (NULL);
  const char * const *ids = insp_application_get_triggers (application);
  g_autofree char *intensity = NULL;
  g_autofree char *informed = NULL;
  const char *other = insp_application_get_other_trigger (application);

  insp_doc_add_heading (body, 1, _("The AI application"));
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const char *label = insp_enum_get_label (&insp_enum_trigger, ids[i]);

      g_string_append_printf (triggers, "%s%s", triggers->len > 0 ? "; " : "",
                              label != NULL ? label : ids[i]);
    }
  if (other != NULL && *other != '\0')
    g_string_append_printf (triggers, "%s%s", triggers->len > 0 ? "; " : "", other);
  if (track->why != NULL && *track->why != '\0')
    /* Translators: the involvement intensity, then why, as "High — the risk level is high" */
    intensity = g_strdup_printf (_("%s — %s"), insp_intensity_get_label (track->intensity),
                                 track->why);
  else
    intensity = g_strdup (insp_intensity_get_label (track->intensity));
  if (insp_application_get_informed_date (application) != NULL)
    informed = _insp_template_format_date (insp_application_get_informed_date (application));

  table = insp_doc_add_table (body, 2, 0);
  add_detail (table, _("Name"), insp_application_get_name (application),
              _("the application’s name"));
  add_detail (table, _("Purpose"), insp_application_get_purpose (application),
              _("what the application is for"));
  add_detail (table, _("Status"),
              insp_enum_get_label (&insp_enum_application_status,
                                   insp_application_get_status (application)),
              _("the application’s status"));
  add_detail (table, _("Risk level (EU AI Act)"),
              insp_enum_get_label (&insp_enum_risk_level,
                                   insp_application_get_risk_level (application)),
              _("the risk level"));
  add_detail (table, _("Why employees are to be involved"),
              triggers->len > 0 ? triggers->str : NULL, _("the involvement triggers"));
  add_detail (table, _("Recommended involvement"), intensity, NULL);
  add_detail (table, _("Representatives and workers informed on"), informed,
              _("the date the employees’ representatives and the workers were informed"));
}

static const char *
level_label (const char *level)
{
  return level != NULL ? insp_enum_get_label (&insp_enum_level, level) : NULL;
}

static void
add_summary (InspDocBlock *body,
             InspTrack    *track)
{
  InspDocBlock *table;
  g_autofree char *participant_hours = _insp_template_format_number (track->participant_hours);
  g_autofree char *organiser_hours = _insp_template_format_number (track->organiser_hours);
  g_autofree char *total = _insp_template_format_number (track->participant_hours
                                                         + track->organiser_hours);
  g_autofree char *head_count = g_strdup_printf ("%u", track->head_count);
  g_autofree char *effort = NULL;
  guint n_held = 0;
  guint n_planned = 0;

  insp_doc_add_heading (body, 1, _("Summary"));
  table = insp_doc_add_table (body, 7, 1);
  insp_doc_table_add_row (table, _("Phase"), _("Status"),
                          /* Translators: short column headers of the involvement summary */
                          C_("level", "Recommended"), C_("level", "Reached"),
                          _("Held / planned"), _("People"), _("Hours"), NULL);
  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);
      g_autofree char *label = insp_phase_dup_label (phase->phase, phase->round);
      g_autofree char *counts = g_strdup_printf ("%u / %u", phase->n_held, phase->n_planned);
      g_autofree char *people = g_strdup_printf ("%u", phase->head_count);
      g_autofree char *hours = _insp_template_format_number (phase->participant_hours
                                             + phase->organiser_hours);
      const char *recommended = level_label (phase->recommended);
      const char *reached = level_label (phase->reached);

      n_held += phase->n_held;
      n_planned += phase->n_planned;
      insp_doc_table_add_row (table, label,
                              insp_enum_get_label (&insp_enum_phase_status, phase->status),
                              /* Translators: no level recommended / none reached */
                              recommended != NULL ? recommended : C_("level", "None"),
                              reached != NULL ? reached : C_("level", "None"),
                              counts, people, hours, NULL);
    }
  {
    g_autofree char *counts = g_strdup_printf ("%u / %u", n_held, n_planned);

    insp_doc_table_add_row (table, _("Total"), "", "", "", counts, head_count, total, NULL);
  }

  /* Translators: the total effort of the held activities; each %s is a number of hours */
  effort = g_strdup_printf (_("The held activities took %s hours of the participants and %s "
                              "hours of the organisers, %s hours in all."),
                            participant_hours, organiser_hours, total);
  insp_doc_add_paragraph (body, effort);
  insp_doc_add_note (body, _("Involvement is often said to be costly and slow. The hours above "
                             "make its cost visible: set them against the time a rejected "
                             "or misused system costs, and against what employees’ knowledge "
                             "of the work brings to the choice and the design."));
}

static void
add_activity (InspDocBlock *body,
              Report       *report,
              InspActivity *activity)
{
  InspDocBlock *title = insp_doc_add_heading (body, 3, NULL);
  InspDocBlock *table = insp_doc_add_table (body, 2, 0);
  g_autofree char *date = NULL;
  g_autofree char *head_count = NULL;
  g_autofree char *participant_hours = NULL;
  g_autofree char *organiser_hours = NULL;
  g_autofree char *groups = join_groups (report, insp_activity_get_groups (activity));
  g_autofree char *participants = join_participants (report, activity);
  gboolean held = insp_activity_get_held (activity);

  insp_doc_block_add_text_or_blank (title, insp_activity_get_title (activity),
                                    _("the activity’s title"));

  if (insp_activity_get_date (activity) != NULL)
    date = _insp_template_format_date (insp_activity_get_date (activity));
  if (insp_activity_get_head_count (activity) > 0)
    head_count = g_strdup_printf ("%d", insp_activity_get_head_count (activity));
  if (insp_activity_get_participant_hours (activity) > 0)
    participant_hours = _insp_template_format_number (
                          insp_activity_get_participant_hours (activity));
  if (insp_activity_get_organiser_hours (activity) > 0)
    organiser_hours = _insp_template_format_number (insp_activity_get_organiser_hours (activity));

  add_detail (table, _("Status"), held ? C_("activity", "Held") : C_("activity", "Planned"),
              NULL);
  add_detail (table, _("Date"), date, _("the date"));
  add_detail (table, _("Method"),
              insp_enum_get_label (&insp_enum_method, insp_activity_get_method (activity)),
              _("the method"));
  add_detail (table, _("Participation level"),
              level_label (insp_activity_get_level (activity)), _("the level"));
  add_detail (table, _("Groups"), groups, _("the groups taking part"));
  add_detail (table, _("Who took part"), participants, _("who took part"));
  add_detail (table, _("Head count"), head_count, _("how many people took part"));
  add_detail (table, _("Participants’ hours"), participant_hours,
              _("the hours of the participants"));
  add_detail (table, _("Organisers’ hours"), organiser_hours,
              _("the hours of the organisers"));
  if (held)
    add_detail (table, _("Outcome"), insp_activity_get_outcome (activity),
                _("what came out of it"));
}

static gboolean
add_phases (InspDocBlock     *body,
            Report           *report,
            InspApplication  *application,
            InspTrack        *track,
            GError          **error)
{
  g_autoptr(GPtrArray) activities = NULL;

  activities = insp_workspace_list_activities (report->workspace,
                                               insp_application_get_uuid (application), error);
  if (activities == NULL)
    return FALSE;

  insp_doc_add_heading (body, 1, _("Phase by phase"));
  insp_doc_add_paragraph (body, _("For each phase of the innovation track: its status, the "
                                  "participation level reached next to the level recommended "
                                  "for this application, then the activities held and those "
                                  "still planned."));
  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);
      g_autofree char *label = insp_phase_dup_label (phase->phase, phase->round);
      g_autofree char *status = NULL;
      g_autofree char *levels = NULL;
      g_autofree char *groups = join_groups (report, (const char * const *) phase->groups);
      const char *recommended = level_label (phase->recommended);
      const char *reached = level_label (phase->reached);
      InspDocBlock *paragraph;
      guint n_held = 0;
      guint n_planned = 0;

      insp_doc_add_heading (body, 2, label);

      if (phase->start_date != NULL && phase->end_date != NULL)
        {
          g_autofree char *start = _insp_template_format_date (phase->start_date);
          g_autofree char *end = _insp_template_format_date (phase->end_date);

          /* Translators: a phase's status, then its start and end dates */
          status = g_strdup_printf (_("Status: %s, from %s to %s."),
                                    insp_enum_get_label (&insp_enum_phase_status,
                                                         phase->status), start, end);
        }
      else if (phase->start_date != NULL)
        {
          g_autofree char *start = _insp_template_format_date (phase->start_date);

          /* Translators: a phase's status, then its start date */
          status = g_strdup_printf (_("Status: %s, since %s."),
                                    insp_enum_get_label (&insp_enum_phase_status,
                                                         phase->status), start);
        }
      else
        {
          /* Translators: a phase's status */
          status = g_strdup_printf (_("Status: %s."),
                                    insp_enum_get_label (&insp_enum_phase_status,
                                                         phase->status));
        }
      insp_doc_add_paragraph (body, status);

      if (recommended == NULL)
        levels = reached != NULL
                 /* Translators: %s is a participation level */
                 ? g_strdup_printf (_("No minimum level is recommended for this phase; the "
                                      "level reached is %s."), reached)
                 : g_strdup (_("No minimum level is recommended for this phase, and no "
                               "activity has been held in it."));
      else if (reached == NULL)
        /* Translators: %s is the recommended participation level */
        levels = g_strdup_printf (_("Recommended level: %s. No activity has been held in this "
                                    "phase yet, so no level has been reached."), recommended);
      else if (phase->comparison < 0)
        /* Translators: the level reached, then the recommended one */
        levels = g_strdup_printf (_("Level reached: %s, below the recommended %s."), reached,
                                  recommended);
      else if (phase->comparison > 0)
        /* Translators: the level reached, then the recommended one */
        levels = g_strdup_printf (_("Level reached: %s, above the recommended %s."), reached,
                                  recommended);
      else
        /* Translators: the level reached, then the recommended one */
        levels = g_strdup_printf (_("Level reached: %s, which meets the recommended %s."),
                                  reached, recommended);
      insp_doc_add_paragraph (body, levels);

      paragraph = insp_doc_add_paragraph (body, _("Groups involved: "));
      insp_doc_block_add_text_or_blank (paragraph, groups, _("the groups involved"));

      for (int pass = 0; pass < 2; pass++)
        {
          gboolean held = pass == 0;

          for (guint j = 0; j < activities->len; j++)
            {
              InspActivity *activity = g_ptr_array_index (activities, j);

              if (g_strcmp0 (insp_activity_get_phase (activity), phase->phase) != 0
                  || MAX (1, insp_activity_get_round (activity)) != phase->round
                  || insp_activity_get_held (activity) != held)
                continue;
              add_activity (body, report, activity);
              if (held)
                n_held++;
              else
                n_planned++;
            }
        }
      if (n_held == 0 && n_planned == 0)
        insp_doc_add_paragraph (body, _("No activity was planned or held in this phase."));
    }
  return TRUE;
}

static gboolean
add_frontrunners (InspDocBlock     *body,
                  Report           *report,
                  InspApplication  *application,
                  GError          **error)
{
  g_autoptr(GPtrArray) links = NULL;
  InspDocBlock *list = NULL;

  links = insp_workspace_list_application_persons (report->workspace,
                                                   insp_application_get_uuid (application),
                                                   error);
  if (links == NULL)
    return FALSE;

  insp_doc_add_heading (body, 1, _("Frontrunners"));
  insp_doc_add_paragraph (body, _("Frontrunners are employees who try the application early, "
                                  "explain it to their colleagues and bring their questions "
                                  "back."));
  for (guint i = 0; i < links->len; i++)
    {
      InspApplicationPerson *link = g_ptr_array_index (links, i);
      g_autofree char *described = NULL;
      InspPerson *person = g_hash_table_lookup (report->persons, link->person);

      if (g_strcmp0 (link->role, "frontrunner") != 0)
        continue;
      described = describe_person (report, link->person, "frontrunner",
                                   person != NULL ? insp_person_get_department (person)
                                                  : NULL);
      if (list == NULL)
        list = insp_doc_add_list (body, FALSE);
      if (link->task != NULL && *link->task != '\0')
        {
          /* Translators: a frontrunner, then their task */
          g_autofree char *text = g_strdup_printf (_("%s: %s"), described, link->task);

          insp_doc_list_add_item (list, text);
        }
      else
        {
          insp_doc_list_add_item (list, described);
        }
    }
  if (list == NULL)
    insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                              _("the frontrunners of this application"));
  return TRUE;
}

static void
add_intro (InspDocBlock *body)
{
  insp_doc_add_heading (body, 1, _("About this report"));
  insp_doc_add_paragraph (body, _("Employees who help shape an AI application at work make it "
                                  "more likely to succeed and to keep work workable. That is "
                                  "why the Flemish vision paper on AI at work asks governments "
                                  "to make employee involvement a condition of the innovation "
                                  "projects they subsidise, with clear deliverables that show "
                                  "how it was done."));
  insp_doc_add_paragraph (body, _("This report is such a deliverable. For every phase of the "
                                  "innovation track it shows what was planned and what was "
                                  "actually done to involve employees: the activities, the "
                                  "level of participation they reached next to the level "
                                  "recommended for this application, the groups and the number "
                                  "of people who took part, the hours it took and what came "
                                  "out of it."));
  insp_doc_add_paragraph (body, _("People are named only when they agreed to be; everyone else "
                                  "is shown by role and department."));
}

static void
add_sign_off (InspDocBlock *body)
{
  insp_doc_add_heading (body, 1, _("Sign-off"));
  insp_doc_add_paragraph (body, _("The employees’ representatives have seen this report and "
                                  "add their remarks below."));
  insp_doc_add_field (body, _("Remarks of the employees’ representatives"), 4);
  insp_doc_add_field (body, _("For the organisation: name, role, date and signature"), 2);
  insp_doc_add_field (body, _("For the employees’ representatives: name or role, date and "
                              "signature"), 2);
}

InspDocument *
_insp_template_build_involvement_report (InspWorkspace            *workspace,
                                         const InspTemplate       *template,
                                         const InspRenderOptions  *options,
                                         GError                  **error)
{
  g_autoptr(InspDocument) doc = NULL;
  g_autoptr(InspApplication) application = NULL;
  g_autoptr(InspTrack) track = NULL;
  g_auto(Report) report = { NULL, };
  InspDocMeta *meta;
  InspDocBlock *body;
  GError *local_error = NULL;

  application = _insp_template_get_application (workspace, options, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (!report_load (&report, workspace, error))
    return NULL;
  if (application != NULL)
    {
      track = insp_workspace_get_track (workspace, insp_application_get_uuid (application),
                                        error);
      if (track == NULL)
        return NULL;
    }

  doc = _insp_template_new_document (workspace, options, _("Employee involvement report"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = application != NULL
                   ? g_strdup (insp_application_get_name (application))
                   : insp_doc_dup_blank_text (_("the AI application"));

  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);
  add_intro (body);

  if (application == NULL)
    {
      insp_doc_add_heading (body, 1, _("The AI application"));
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("the AI application, its purpose and its risk level"));
      insp_doc_add_heading (body, 1, _("Phase by phase"));
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("per phase, the activities planned and held to involve "
                                  "employees"));
      add_sign_off (body);
      return g_steal_pointer (&doc);
    }

  add_application (body, application, track);
  add_summary (body, track);
  insp_doc_add_page_break (body);
  if (!add_phases (body, &report, application, track, error))
    return NULL;
  if (!add_frontrunners (body, &report, application, error))
    return NULL;
  add_sign_off (body);

  return g_steal_pointer (&doc);
}
