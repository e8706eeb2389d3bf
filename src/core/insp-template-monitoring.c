/* insp-template-monitoring.c — anonymous involvement figures for a knowledge centre
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table, written as CSV only: a header row, then one row per AI application with the
 * figures of DOMAIN.md's export 9 (recommendation 7 of the paper: know how often and how
 * employees are involved). A knowledge centre concatenates the files of many organisations,
 * so the file is the same whatever the language of the export:
 *
 * - the column names are the constants below, in English, never translated: a change to
 *   them breaks every file already collected, so add columns at the end only;
 * - values are machine-readable: the enumerations' identifiers (DOMAIN.md), ISO dates, plain
 *   numbers with a '.' for decimals; several values in one cell (the triggers) are joined
 *   with '|'; an unknown value is an empty cell, not a blank to fill in;
 * - no names: not the organisation's, not the application's, not a person's. A row is
 *   identified by its position in the file (1, 2, …); the free "other" trigger is left out
 *   because it is free text. The sector is the organisation's own wording.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-enums.h"
#include "insp-organisation.h"
#include "insp-person.h"
#include "insp-section.h"
#include "insp-template-private.h"

#define COLUMN_ROW                "row"
#define COLUMN_SECTOR             "sector"
#define COLUMN_SIZE_BAND          "size_band"
#define COLUMN_COUNTRY            "country"
#define COLUMN_RISK_LEVEL         "risk_level"
#define COLUMN_TRIGGERS           "triggers"
#define COLUMN_INTENSITY          "intensity"
#define COLUMN_PHASE_REACHED      "phase_reached"
#define COLUMN_LEVEL_NEEDS        "level_needs"
#define COLUMN_LEVEL_DECISION     "level_decision"
#define COLUMN_LEVEL_PILOT        "level_pilot"
#define COLUMN_LEVEL_ROLLOUT      "level_rollout"
#define COLUMN_LEVEL_IMPROVEMENT  "level_improvement"
#define COLUMN_HELD_ACTIVITIES    "held_activities"
#define COLUMN_HEAD_COUNT         "head_count"
#define COLUMN_PARTICIPANT_HOURS  "participant_hours"
#define COLUMN_ORGANISER_HOURS    "organiser_hours"
#define COLUMN_FIRST_HELD_PHASE   "first_held_phase"
#define COLUMN_FRONTRUNNERS       "frontrunners"
#define COLUMN_SECTIONS_AGREED    "vision_sections_agreed"

/* Every column, in the file's order. */
static const char *const columns[] = {
  COLUMN_ROW, COLUMN_SECTOR, COLUMN_SIZE_BAND, COLUMN_COUNTRY, COLUMN_RISK_LEVEL,
  COLUMN_TRIGGERS, COLUMN_INTENSITY, COLUMN_PHASE_REACHED, COLUMN_LEVEL_NEEDS,
  COLUMN_LEVEL_DECISION, COLUMN_LEVEL_PILOT, COLUMN_LEVEL_ROLLOUT, COLUMN_LEVEL_IMPROVEMENT,
  COLUMN_HELD_ACTIVITIES, COLUMN_HEAD_COUNT, COLUMN_PARTICIPANT_HOURS, COLUMN_ORGANISER_HOURS,
  COLUMN_FIRST_HELD_PHASE, COLUMN_FRONTRUNNERS, COLUMN_SECTIONS_AGREED,
};

/* The level columns, in the order of insp_enum_phase. */
static const char *const level_columns[] = {
  COLUMN_LEVEL_NEEDS, COLUMN_LEVEL_DECISION, COLUMN_LEVEL_PILOT, COLUMN_LEVEL_ROLLOUT,
  COLUMN_LEVEL_IMPROVEMENT,
};

/* "42", "1.5": at most two decimals, always a '.', no thousands separator. */
static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  end = buffer + strlen (buffer) - 1;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return g_strdup (buffer);
}

static const char *
known_or_empty (const InspEnum *e,
                const char     *id)
{
  return id != NULL && insp_enum_contains (e, id) ? id : "";
}

static void
set_cell (InspDocBlock *row,
          const char   *column,
          const char   *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i], column))
      {
        insp_doc_block_add_text (g_ptr_array_index (row->children, i), INSP_DOC_STYLE_NONE,
                                 value);
        return;
      }
  g_return_if_reached ();
}

static void
add_header (InspDocBlock *table)
{
  InspDocBlock *row = insp_doc_table_add_row (table, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    set_cell (row, columns[i], columns[i]);
}

/* The phase of the earliest held activity: by date, undated ones after dated ones, then by
 * the phases' order. NULL when none was held. */
static const char *
first_held_phase (GPtrArray *activities)
{
  InspActivity *first = NULL;

  for (guint i = 0; i < activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (activities, i);
      const char *date;
      const char *first_date;
      int order;

      if (!insp_activity_get_held (activity)
          || !insp_enum_contains (&insp_enum_phase, insp_activity_get_phase (activity)))
        continue;
      if (first == NULL)
        {
          first = activity;
          continue;
        }
      date = insp_activity_get_date (activity);
      first_date = insp_activity_get_date (first);
      if (date != NULL && first_date != NULL)
        order = g_strcmp0 (date, first_date);
      else
        order = (date == NULL) - (first_date == NULL);
      if (order == 0)
        order = insp_enum_index (&insp_enum_phase, insp_activity_get_phase (activity))
                - insp_enum_index (&insp_enum_phase, insp_activity_get_phase (first));
      if (order < 0)
        first = activity;
    }
  return first != NULL ? insp_activity_get_phase (first) : NULL;
}

static gboolean
add_application_row (InspDocBlock      *table,
                     InspWorkspace     *workspace,
                     InspOrganisation  *organisation,
                     InspApplication   *application,
                     guint              position,
                     const char        *sections_agreed,
                     GError           **error)
{
  const char *uuid = insp_application_get_uuid (application);
  g_autoptr(InspTrack) track = insp_workspace_get_track (workspace, uuid, error);
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GHashTable) frontrunners = NULL;
  g_autoptr(GString) triggers = g_string_new (NULL);
  g_autofree char *number = g_strdup_printf ("%u", position);
  g_autofree char *held = NULL;
  g_autofree char *head_count = NULL;
  g_autofree char *participant_hours = NULL;
  g_autofree char *organiser_hours = NULL;
  g_autofree char *n_frontrunners = NULL;
  const char * const *ids = insp_application_get_triggers (application);
  const char *phase_reached = NULL;
  const char *first_phase;
  guint n_held = 0;
  InspDocBlock *row;

  if (track == NULL)
    return FALSE;
  activities = insp_workspace_list_activities (workspace, uuid, error);
  if (activities == NULL)
    return FALSE;
  links = insp_workspace_list_application_persons (workspace, uuid, error);
  if (links == NULL)
    return FALSE;

  row = insp_doc_table_add_row (table, NULL);
  set_cell (row, COLUMN_ROW, number);
  if (organisation != NULL)
    {
      set_cell (row, COLUMN_SECTOR, insp_organisation_get_sector (organisation));
      set_cell (row, COLUMN_SIZE_BAND,
                known_or_empty (&insp_enum_size_band,
                                insp_organisation_get_size_band (organisation)));
      set_cell (row, COLUMN_COUNTRY,
                known_or_empty (&insp_enum_country,
                                insp_organisation_get_country (organisation)));
    }
  set_cell (row, COLUMN_RISK_LEVEL,
            known_or_empty (&insp_enum_risk_level,
                            insp_application_get_risk_level (application)));
  /* In the enumeration's order, whatever order they were ticked in. */
  for (guint i = 0; i < insp_enum_trigger.n_values; i++)
    if (ids != NULL && g_strv_contains (ids, insp_enum_trigger.values[i].id))
      g_string_append_printf (triggers, "%s%s", triggers->len > 0 ? "|" : "",
                              insp_enum_trigger.values[i].id);
  set_cell (row, COLUMN_TRIGGERS, triggers->str);
  set_cell (row, COLUMN_INTENSITY, insp_intensity_to_string (track->intensity));

  for (guint i = 0; i < insp_enum_phase.n_values; i++)
    {
      const char *key = insp_enum_phase.values[i].id;
      const char *reached = NULL;

      /* The highest level over the phase's rounds (a pilot may have several). */
      for (guint j = 0; j < track->phases->len; j++)
        {
          InspTrackPhase *phase = g_ptr_array_index (track->phases, j);

          if (!g_str_equal (phase->phase, key))
            continue;
          if (insp_level_rank (phase->reached) > insp_level_rank (reached))
            reached = phase->reached;
          if (g_strcmp0 (phase->status, "ongoing") == 0
              || g_strcmp0 (phase->status, "done") == 0)
            phase_reached = key;
          n_held += phase->n_held;
        }
      set_cell (row, level_columns[i], reached != NULL ? reached : "");
    }
  set_cell (row, COLUMN_PHASE_REACHED, phase_reached != NULL ? phase_reached : "");

  held = g_strdup_printf ("%u", n_held);
  head_count = g_strdup_printf ("%u", track->head_count);
  participant_hours = format_number (track->participant_hours);
  organiser_hours = format_number (track->organiser_hours);
  set_cell (row, COLUMN_HELD_ACTIVITIES, held);
  set_cell (row, COLUMN_HEAD_COUNT, head_count);
  set_cell (row, COLUMN_PARTICIPANT_HOURS, participant_hours);
  set_cell (row, COLUMN_ORGANISER_HOURS, organiser_hours);

  first_phase = first_held_phase (activities);
  set_cell (row, COLUMN_FIRST_HELD_PHASE, first_phase != NULL ? first_phase : "");

  /* Distinct people: one person linked twice as a frontrunner counts once. */
  frontrunners = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < links->len; i++)
    {
      InspApplicationPerson *link = g_ptr_array_index (links, i);

      if (g_strcmp0 (link->role, "frontrunner") == 0 && link->person != NULL)
        g_hash_table_add (frontrunners, link->person);
    }
  n_frontrunners = g_strdup_printf ("%u", g_hash_table_size (frontrunners));
  set_cell (row, COLUMN_FRONTRUNNERS, n_frontrunners);
  set_cell (row, COLUMN_SECTIONS_AGREED, sections_agreed);
  return TRUE;
}

InspDocument *
_insp_template_build_monitoring (InspWorkspace            *workspace,
                                 const InspTemplate       *template,
                                 const InspRenderOptions  *options,
                                 GError                  **error)
{
  g_autoptr(InspDocument) doc = NULL;
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autofree char *sections_agreed = NULL;
  InspOrganisation *organisation = insp_workspace_get_organisation (workspace);
  InspDocMeta *meta;
  InspDocBlock *table;
  guint n_agreed = 0;

  applications = insp_workspace_list_applications (workspace, error);
  if (applications == NULL)
    return NULL;
  sections = insp_workspace_list_sections (workspace, error);
  if (sections == NULL)
    return NULL;
  for (guint i = 0; i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_status (g_ptr_array_index (sections, i)), "agreed") == 0)
      n_agreed++;
  sections_agreed = g_strdup_printf ("%u", n_agreed);

  doc = _insp_template_new_document (workspace, options, _("Involvement monitoring figures"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("Anonymous figures, one row per AI application"));
  /* A table to read by machine: nothing before the header row. */
  meta->title_page = FALSE;

  table = insp_doc_add_table (insp_document_get_body (doc), G_N_ELEMENTS (columns), 1);
  add_header (table);
  for (guint i = 0; i < applications->len; i++)
    if (!add_application_row (table, workspace, organisation,
                              g_ptr_array_index (applications, i), i + 1, sections_agreed,
                              error))
      return NULL;

  return g_steal_pointer (&doc);
}
