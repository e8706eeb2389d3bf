/* insp-recommendations.c — how far the organisation puts the 11 recommendations into practice
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paper ends with eleven recommendations: two for employees, four for employers, two for
 * policy makers and three for knowledge centres. For each, this module reads what the
 * workspace records and says, honestly, whether it is not started, under way or in place —
 * never more than the data shows — with the evidence and the next step. The last five are
 * not aimed at a single organisation: for them it also says what Inspraak contributes.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-recommendations.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-application.h"
#include "insp-assessment.h"
#include "insp-group.h"
#include "insp-person.h"
#include "insp-practice.h"
#include "insp-section.h"
#include "insp-vendor.h"
#include "insp-version.h"

/* What the recommendations are derived from, counted once. */
typedef struct
{
  guint n_applications;
  guint n_involving;          /* intensity low or more (not stopped) */
  guint n_involving_assessed; /* … with an assessment by end users or representatives */
  guint n_assessments;
  guint n_intense;            /* intensity medium or high */
  guint n_intense_frontrunner;
  guint n_with_held;          /* applications with a held activity */
  guint n_on_track;           /* … and no ongoing or done phase below the recommendation */
  guint n_bought;             /* bought or undecided, with a vendor or not */
  guint n_bought_complete;    /* … with a vendor and every question answered */
  guint n_questions;
  guint n_answered;
  guint n_held;
  guint n_held_recorded;      /* with head count and hours */
  guint n_info_held;          /* information sessions, sheets and Data-Dates held */
  guint n_info_planned;       /* … planned from today on */
  guint n_representatives_held;
  guint n_methods;            /* different methods of held activities */
  guint n_persons;
  guint n_trained;
  guint n_frontrunners;
  guint n_sections;
  guint n_sections_agreed;
  guint n_sections_written;
  guint n_versions;
  guint n_reviews;
  guint n_signed_reviews;
  guint n_good;
  guint n_bad;
} Counts;

void
insp_recommendation_free (InspRecommendation *recommendation)
{
  if (recommendation == NULL)
    return;

  g_free (recommendation->evidence);
  g_free (recommendation->next_step);
  g_free (recommendation);
}

/**
 * insp_recommendation_state_to_string:
 * @state: a state
 *
 * Returns: its identifier: "not-started", "under-way" or "in-place"
 */
const char *
insp_recommendation_state_to_string (InspRecommendationState state)
{
  switch (state)
    {
    case INSP_RECOMMENDATION_NOT_STARTED:
      return "not-started";
    case INSP_RECOMMENDATION_UNDER_WAY:
      return "under-way";
    case INSP_RECOMMENDATION_IN_PLACE:
      return "in-place";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * insp_recommendation_state_get_label:
 * @state: a state
 *
 * Returns: its label, translated
 */
const char *
insp_recommendation_state_get_label (InspRecommendationState state)
{
  switch (state)
    {
    case INSP_RECOMMENDATION_NOT_STARTED:
      /* Translators: the state of one of the paper's recommendations */
      return C_("recommendation", "Not started");
    case INSP_RECOMMENDATION_UNDER_WAY:
      /* Translators: the state of one of the paper's recommendations */
      return C_("recommendation", "Under way");
    case INSP_RECOMMENDATION_IN_PLACE:
      /* Translators: the state of one of the paper's recommendations */
      return C_("recommendation", "In place");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
strv_has (const char * const *strv,
          const char         *s)
{
  return strv != NULL && g_strv_contains (strv, s);
}

static gboolean
is_info_method (const char *method)
{
  return g_strcmp0 (method, "info-sheet") == 0
         || g_strcmp0 (method, "info-session") == 0
         || g_strcmp0 (method, "data-date") == 0;
}

static gboolean
count_application (InspWorkspace   *self,
                   InspApplication *application,
                   GHashTable      *group_keys,
                   GHashTable      *methods,
                   const char      *today,
                   Counts          *c,
                   GError         **error)
{
  const char *uuid = insp_application_get_uuid (application);
  InspIntensity intensity = insp_application_get_intensity (application, NULL);
  g_autoptr(InspTrack) track = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) links = NULL;
  gboolean below = FALSE;
  guint held = 0;

  track = insp_workspace_get_track (self, uuid, error);
  activities = track != NULL ? insp_workspace_list_activities (self, uuid, error) : NULL;
  assessments = activities != NULL ? insp_workspace_list_assessments (self, uuid, error) : NULL;
  links = assessments != NULL ? insp_workspace_list_application_persons (self, uuid, error)
                              : NULL;
  if (links == NULL)
    return FALSE;

  c->n_applications++;

  for (guint i = 0; i < track->phases->len; i++)
    {
      const InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

      if ((g_strcmp0 (phase->status, "ongoing") == 0 || g_strcmp0 (phase->status, "done") == 0)
          && phase->comparison < 0)
        below = TRUE;
    }

  for (guint i = 0; i < activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (activities, i);
      const char *method = insp_activity_get_method (activity);
      const char *date = insp_activity_get_date (activity);

      if (!insp_activity_get_held (activity))
        {
          if (is_info_method (method) && date != NULL && g_strcmp0 (date, today) >= 0)
            c->n_info_planned++;
          continue;
        }

      held++;
      c->n_held++;
      if (insp_activity_get_head_count (activity) > 0
          && insp_activity_get_participant_hours (activity)
             + insp_activity_get_organiser_hours (activity) > 0)
        c->n_held_recorded++;
      if (is_info_method (method))
        c->n_info_held++;
      if (method != NULL)
        g_hash_table_add (methods, g_strdup (method));

      {
        const char * const *groups = insp_activity_get_groups (activity);

        for (guint j = 0; groups != NULL && groups[j] != NULL; j++)
          if (g_strcmp0 (g_hash_table_lookup (group_keys, groups[j]), "representatives") == 0)
            {
              c->n_representatives_held++;
              break;
            }
      }
    }

  if (held > 0)
    {
      c->n_with_held++;
      if (!below)
        c->n_on_track++;
    }

  c->n_assessments += assessments->len;
  if (intensity != INSP_INTENSITY_NONE && intensity != INSP_INTENSITY_STOP)
    {
      gboolean by_employees = FALSE;

      c->n_involving++;
      for (guint i = 0; i < assessments->len; i++)
        {
          const char *key = g_hash_table_lookup (group_keys,
                                                 insp_assessment_get_group (assessments->pdata[i]));

          if (g_strcmp0 (key, "end-users") == 0 || g_strcmp0 (key, "representatives") == 0)
            by_employees = TRUE;
        }
      if (by_employees)
        c->n_involving_assessed++;
    }

  if (intensity == INSP_INTENSITY_MEDIUM || intensity == INSP_INTENSITY_HIGH)
    {
      gboolean frontrunner = FALSE;

      c->n_intense++;
      for (guint i = 0; i < links->len; i++)
        {
          InspApplicationPerson *link = g_ptr_array_index (links, i);

          if (g_strcmp0 (link->role, "frontrunner") == 0)
            frontrunner = TRUE;
        }
      if (frontrunner)
        c->n_intense_frontrunner++;
    }

  if (g_strcmp0 (insp_application_get_make_or_buy (application), "make") != 0
      && intensity != INSP_INTENSITY_STOP)
    {
      g_autoptr(GPtrArray) vendors = insp_workspace_list_vendors (self, uuid, error);
      guint unanswered = 0;

      if (vendors == NULL)
        return FALSE;

      /* An application still to be made or bought counts once it has a vendor in view. */
      if (g_strcmp0 (insp_application_get_make_or_buy (application), "buy") == 0
          || vendors->len > 0)
        c->n_bought++;

      for (guint i = 0; i < vendors->len; i++)
        {
          InspVendor *vendor = g_ptr_array_index (vendors, i);
          g_autoptr(GPtrArray) questions = NULL;

          questions = insp_workspace_list_vendor_questions (self, vendor->uuid, error);
          if (questions == NULL)
            return FALSE;

          for (guint j = 0; j < questions->len; j++)
            {
              InspVendorQuestion *question = g_ptr_array_index (questions, j);

              c->n_questions++;
              if (g_strcmp0 (question->rating, "unanswered") == 0)
                unanswered++;
              else
                c->n_answered++;
            }
        }

      if (vendors->len > 0 && unanswered == 0)
        c->n_bought_complete++;
    }

  return TRUE;
}

static gboolean
count_workspace (InspWorkspace *self,
                 const char    *today,
                 Counts        *c,
                 GError       **error)
{
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) practices = NULL;
  g_autoptr(GHashTable) group_keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) methods = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if ((groups = insp_workspace_list_groups (self, error)) == NULL
      || (applications = insp_workspace_list_applications (self, error)) == NULL
      || (persons = insp_workspace_list_persons (self, error)) == NULL
      || (sections = insp_workspace_list_sections (self, error)) == NULL
      || (versions = insp_workspace_list_versions (self, error)) == NULL
      || (reviews = insp_workspace_list_reviews (self, error)) == NULL
      || (practices = insp_workspace_list_practices (self, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < groups->len; i++)
    g_hash_table_insert (group_keys,
                         (gpointer) insp_group_get_uuid (groups->pdata[i]),
                         (gpointer) insp_group_get_key (groups->pdata[i]));

  for (guint i = 0; i < applications->len; i++)
    if (!count_application (self, applications->pdata[i], group_keys, methods, today, c, error))
      return FALSE;
  c->n_methods = g_hash_table_size (methods);

  c->n_persons = persons->len;
  for (guint i = 0; i < persons->len; i++)
    {
      InspPerson *person = g_ptr_array_index (persons, i);

      if (insp_person_get_trainings (person)->len > 0)
        c->n_trained++;
      if (strv_has (insp_person_get_roles (person), "frontrunner"))
        c->n_frontrunners++;
    }

  c->n_sections = sections->len;
  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);
      const char *text = insp_section_get_text (section);

      if (g_strcmp0 (insp_section_get_status (section), "agreed") == 0)
        c->n_sections_agreed++;
      if (text != NULL && text[strspn (text, " \t\r\n")] != '\0')
        c->n_sections_written++;
    }

  c->n_versions = versions->len;
  for (guint i = 0; i < reviews->len; i++)
    {
      InspReview *review = g_ptr_array_index (reviews, i);

      if (insp_review_is_removed (review))
        continue;
      c->n_reviews++;
      if (insp_review_is_signed (review))
        c->n_signed_reviews++;
    }

  for (guint i = 0; i < practices->len; i++)
    {
      InspPractice *practice = g_ptr_array_index (practices, i);

      if (g_strcmp0 (practice->kind, "good") == 0)
        c->n_good++;
      else if (g_strcmp0 (practice->kind, "bad") == 0)
        c->n_bad++;
    }

  return TRUE;
}

/* Two sentences of evidence, each with its own plural. */
static char *
join (char *first,
      char *second)
{
  char *joined = g_strconcat (first, " ", second, NULL);

  g_free (first);
  g_free (second);
  return joined;
}

static InspRecommendationState
state_of (gboolean in_place,
          gboolean under_way)
{
  if (in_place)
    return INSP_RECOMMENDATION_IN_PLACE;
  return under_way ? INSP_RECOMMENDATION_UNDER_WAY : INSP_RECOMMENDATION_NOT_STARTED;
}

static InspRecommendation *
recommendation_new (guint       number,
                    const char *audience,
                    const char *title,
                    const char *page)
{
  InspRecommendation *r = g_new0 (InspRecommendation, 1);

  r->number = number;
  r->audience = audience;
  r->title = title;
  r->page = page;
  return r;
}

static void
add_for_employees (GPtrArray    *list,
                   const Counts *c)
{
  InspRecommendation *r;

  r = recommendation_new (1, "employees",
                          _("Teach employees how to get a say in innovation"), "people");
  r->state = state_of (c->n_trained > 0 && c->n_info_held > 0,
                       c->n_trained > 0 || c->n_info_held > 0 || c->n_info_planned > 0);
  r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of %u person followed a training.",
                                                    "%u of %u people followed a training.",
                                                    c->n_persons),
                                       c->n_trained, c->n_persons),
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u information session, sheet or Data-Date "
                                                    "was held.",
                                                    "%u information sessions, sheets or "
                                                    "Data-Dates were held.",
                                                    c->n_info_held),
                                       c->n_info_held));
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Keep it up: give new colleagues the employee guide from the "
                               "Exports page and record the trainings they follow.")
                           : _("Hold an information session or a Data-Date, hand out the "
                               "employee guide and record the trainings people follow."));
  g_ptr_array_add (list, r);

  r = recommendation_new (2, "employees",
                          _("Share good practice: visions, agreements and collective "
                            "agreements"), "practices");
  r->state = state_of (c->n_good + c->n_bad > 0 && c->n_signed_reviews > 0,
                       c->n_good + c->n_bad > 0 || c->n_versions > 0);
  r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u practice is kept in the casebook.",
                                                    "%u practices are kept in the casebook.",
                                                    c->n_good + c->n_bad),
                                       c->n_good + c->n_bad),
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u version of the AI vision was saved.",
                                                    "%u versions of the AI vision were saved.",
                                                    c->n_versions),
                                       c->n_versions));
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Export the casebook and a reviewed version of your vision to "
                               "share them with other organisations in your sector.")
                           : _("Record what worked and what did not on the Practices page, "
                               "and have a version of your vision reviewed so it can be "
                               "shared."));
  g_ptr_array_add (list, r);
}

static void
add_for_employers (GPtrArray    *list,
                   const Counts *c)
{
  InspRecommendation *r;

  r = recommendation_new (3, "employers",
                          _("Question AI suppliers on how effective and reliable their "
                            "application is"), "applications");
  r->state = state_of (c->n_bought > 0 && c->n_bought_complete == c->n_bought,
                       c->n_answered > 0);
  if (c->n_bought == 0)
    r->evidence = g_strdup (_("No application is bought from a vendor yet."));
  else
    r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u of %u bought application has a vendor "
                                                      "who answered every question.",
                                                      "%u of %u bought applications have a vendor "
                                                      "who answered every question.",
                                                      c->n_bought),
                                         c->n_bought_complete, c->n_bought),
                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u of %u vendor question is answered.",
                                                      "%u of %u vendor questions are answered.",
                                                      c->n_questions),
                                         c->n_answered, c->n_questions));
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Follow up the partial and unsatisfactory answers before the "
                               "rollout.")
                           : _("Add the vendor to the application and go through the "
                               "questionnaire with them: effectiveness, robustness, data "
                               "quality, ethics and lawfulness."));
  g_ptr_array_add (list, r);

  r = recommendation_new (4, "employers",
                          _("Write a vision on the use of AI together with employees"),
                          "vision");
  r->state = state_of (c->n_sections > 0 && c->n_sections_agreed == c->n_sections
                       && c->n_signed_reviews > 0,
                       c->n_sections_written > 0 || c->n_sections_agreed > 0);
  r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of %u section is agreed.",
                                                    "%u of %u sections are agreed.",
                                                    c->n_sections),
                                       c->n_sections_agreed, c->n_sections),
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "The employee representatives signed %u "
                                                    "review.",
                                                    "The employee representatives signed %u "
                                                    "reviews.",
                                                    c->n_signed_reviews),
                                       c->n_signed_reviews));
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Review the vision at the agreed cadence, and again when a new "
                               "application changes how AI is used.")
                           : c->n_sections_written == 0
                           ? _("Start with the purpose and the conditions, and write them "
                               "with end users and employee representatives.")
                           : _("Take the sections in consultation to agreement, save a "
                               "version and ask the works council to review it."));
  g_ptr_array_add (list, r);

  r = recommendation_new (5, "employers",
                          _("Assess the impact on work thoroughly, with employees"), "impact");
  r->state = state_of (c->n_involving > 0 && c->n_involving_assessed == c->n_involving,
                       c->n_assessments > 0);
  if (c->n_involving == 0)
    r->evidence = g_strdup (_("No application calls for employee involvement yet."));
  else
    r->evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u application that calls for involvement "
                                                "has an impact assessment by end users or their "
                                                "representatives.",
                                                "%u of %u applications that call for involvement "
                                                "have an impact assessment by end users or their "
                                                "representatives.",
                                                c->n_involving),
                                   c->n_involving_assessed, c->n_involving);
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Assess again after the pilot and after the rollout, and talk "
                               "about where the groups disagree.")
                           : _("Ask end users and their representatives to assess the expected "
                               "effects on the Impact page, next to management's view."));
  g_ptr_array_add (list, r);

  r = recommendation_new (6, "employers",
                          _("Help employees understand the innovation, with frontrunners "
                            "leading the way"), "people");
  r->state = state_of (c->n_frontrunners > 0 && c->n_intense_frontrunner == c->n_intense
                       && c->n_info_held > 0,
                       c->n_frontrunners > 0 || c->n_info_held > 0);
  r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u frontrunner is named.",
                                                    "%u frontrunners are named.",
                                                    c->n_frontrunners),
                                       c->n_frontrunners),
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of %u application of medium or high "
                                                    "intensity has one.",
                                                    "%u of %u applications of medium or high "
                                                    "intensity have one.",
                                                    c->n_intense),
                                       c->n_intense_frontrunner, c->n_intense));
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Let the frontrunners share their experience in a feedback "
                               "round after the pilot.")
                           : _("Name a frontrunner for each application of medium or high "
                               "intensity, and hold a Data-Date to demystify the "
                               "technology."));
  g_ptr_array_add (list, r);
}

static void
add_for_others (GPtrArray    *list,
                const Counts *c)
{
  InspRecommendation *r;

  r = recommendation_new (7, "policy-makers",
                          _("Get a view of how AI at work develops and how employees are "
                            "involved"), "exports");
  r->template = "monitoring";
  r->contribution = _("Anonymous monitoring figures (CSV, one row per application, no names) "
                      "that a knowledge centre can combine across organisations.");
  r->state = state_of (c->n_applications > 0 && c->n_with_held == c->n_applications,
                       c->n_applications > 0);
  r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "The monitoring figures cover %u application.",
                                                    "The monitoring figures cover %u applications.",
                                                    c->n_applications),
                                       c->n_applications),
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of them has a held activity on record.",
                                                    "%u of them have a held activity on record.",
                                                    c->n_with_held),
                                       c->n_with_held));
  r->next_step = g_strdup (c->n_applications == 0
                           ? _("Register your AI applications, so the figures have something "
                               "to count.")
                           : _("Export the monitoring figures on the Exports page and share "
                               "them with your sector or a knowledge centre."));
  g_ptr_array_add (list, r);

  r = recommendation_new (8, "policy-makers",
                          _("Encourage involvement, for example in subsidised projects"),
                          "exports");
  r->template = "involvement-report";
  r->contribution = _("The involvement report: per phase what was planned and done to involve "
                      "employees, as a funder can require it.");
  r->state = state_of (c->n_held > 0 && c->n_held_recorded == c->n_held, c->n_held > 0);
  r->evidence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u of %u held activity has its head count and "
                                              "hours recorded.",
                                              "%u of %u held activities have their head count and "
                                              "hours recorded.",
                                              c->n_held),
                                 c->n_held_recorded, c->n_held);
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Export the involvement report for the funder of a subsidised "
                               "project.")
                           : _("Record each activity once it is held, with its head count and "
                               "the hours of participants and organisers."));
  g_ptr_array_add (list, r);

  r = recommendation_new (9, "knowledge-centres",
                          _("Work out the ideal innovation track and tools for involvement"),
                          "applications");
  r->contribution = _("The five-phase track with the participation the paper recommends in "
                      "each phase, and the methods it names.");
  r->state = state_of (c->n_applications > 0 && c->n_on_track == c->n_applications,
                       c->n_with_held > 0);
  r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of %u application reaches the recommended "
                                                    "participation in every phase so far.",
                                                    "%u of %u applications reach the recommended "
                                                    "participation in every phase so far.",
                                                    c->n_applications),
                                       c->n_on_track, c->n_applications),
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u method of involvement was used.",
                                                    "%u different methods of involvement were "
                                                    "used.",
                                                    c->n_methods),
                                       c->n_methods));
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Try a method you have not used yet, such as a reverse "
                               "brainstorm or an acceptance workshop.")
                           : _("Plan an activity at the recommended level for each phase that "
                               "falls short."));
  g_ptr_array_add (list, r);

  r = recommendation_new (10, "knowledge-centres",
                          _("Support social partners with guides and checklists"), "exports");
  r->template = "employee-guide";
  r->contribution = _("Checklists, agreement templates, the employee guide and the works "
                      "council's review pack, filled from the workspace.");
  r->state = state_of (c->n_signed_reviews > 0 && c->n_representatives_held > 0,
                       c->n_reviews > 0 || c->n_representatives_held > 0);
  r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "The employee representatives took part in %u "
                                                    "held activity.",
                                                    "The employee representatives took part in %u "
                                                    "held activities.",
                                                    c->n_representatives_held),
                                       c->n_representatives_held),
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u review of the vision is on record.",
                                                    "%u reviews of the vision are on record.",
                                                    c->n_reviews),
                                       c->n_reviews));
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Give the representatives the checklists and the agreement "
                               "templates before the next application.")
                           : _("Involve the employee representatives in the track, and give "
                               "them the review pack of your vision."));
  g_ptr_array_add (list, r);

  r = recommendation_new (11, "knowledge-centres",
                          _("Keep an overview of good and bad examples of involvement"),
                          "practices");
  r->template = "casebook";
  r->contribution = _("The casebook of practices, exported on its own so that knowledge "
                      "centres can collect it across organisations.");
  r->state = state_of (c->n_good > 0 && c->n_bad > 0, c->n_good + c->n_bad > 0);
  r->evidence = join (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "The casebook holds %u good practice.",
                                                    "The casebook holds %u good practices.",
                                                    c->n_good),
                                       c->n_good),
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "It holds %u bad practice.",
                                                    "It holds %u bad practices.",
                                                    c->n_bad),
                                       c->n_bad));
  r->next_step = g_strdup (r->state == INSP_RECOMMENDATION_IN_PLACE
                           ? _("Export the casebook and send it to a knowledge centre.")
                           : _("Write down what went well and what went wrong in a track, "
                               "with its effect on workable work and the lessons learned."));
  g_ptr_array_add (list, r);
}

/**
 * insp_workspace_list_recommendations:
 * @self: a workspace
 * @today: today, YYYY-MM-DD: planned activities from then on count as under way
 * @error: return location for an error
 *
 * How far the organisation puts each of the paper's 11 recommendations into practice, as
 * far as the workspace can tell.
 *
 * Returns: (transfer full) (element-type InspRecommendation): the 11 recommendations in the
 *   paper's order, or %NULL on error
 */
GPtrArray *
insp_workspace_list_recommendations (InspWorkspace *self,
                                     const char    *today,
                                     GError       **error)
{
  g_autoptr(GPtrArray) list = NULL;
  Counts counts = { 0 };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!count_workspace (self, today, &counts, error))
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_recommendation_free);
  add_for_employees (list, &counts);
  add_for_employers (list, &counts);
  add_for_others (list, &counts);
  g_assert (list->len == INSP_N_RECOMMENDATIONS);

  return g_steal_pointer (&list);
}
