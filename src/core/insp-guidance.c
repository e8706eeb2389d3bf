/* insp-guidance.c — what the paper advises, where the workspace falls short of it
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The thirteen rules of DOMAIN.md, as one table: each rule an identifier, a severity, the
 * kind of subject and one small function that looks at one application (or at the
 * organisation) and raises the flag with its message — what is wrong, why it matters (the
 * paper's argument in a sentence) and what to do. A prohibited system raises only its own
 * flag: it has to stop, and advice on how to run its track would be beside the point.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-guidance.h"
#include "insp-track-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-application.h"
#include "insp-assessment.h"
#include "insp-enums.h"
#include "insp-group.h"
#include "insp-invisible-work.h"
#include "insp-markdown.h"
#include "insp-organisation.h"
#include "insp-section.h"
#include "insp-workspace-private.h"

/* How recent an improvement-phase activity must be for involvement to count as continuous. */
#define CONTINUOUS_DAYS 180

/* What a rule looks at: one application with its track, or the organisation. */
typedef struct
{
  InspWorkspace   *workspace;
  InspStore       *store;
  const char      *today;
  InspApplication *application;   /* NULL for the organisation's rules */
  InspTrack       *track;
  GPtrArray       *activities;
  GPtrArray       *flags;
} Context;

typedef struct _Rule Rule;
struct _Rule
{
  const char   *id;
  InspSeverity  severity;
  const char   *subject_type;
  gboolean      organisation;     /* looks at the organisation, not at an application */
  void        (*check) (Context *ctx, const Rule *rule);
};

void
insp_flag_free (InspFlag *flag)
{
  if (flag == NULL)
    return;
  g_free (flag->subject);
  g_free (flag->application);
  g_free (flag->phase);
  g_free (flag->message);
  g_free (flag);
}

const char *
insp_severity_to_string (InspSeverity severity)
{
  switch (severity)
    {
    case INSP_SEVERITY_ERROR:
      return "error";
    case INSP_SEVERITY_WARNING:
      return "warning";
    case INSP_SEVERITY_INFO:
    default:
      return "info";
    }
}

/* Raises @rule's flag on @subject: @what, @why and @todo are whole sentences. */
static InspFlag *
raise_flag (Context    *ctx,
            const Rule *rule,
            const char *subject,
            const char *what,
            const char *why,
            const char *todo)
{
  InspFlag *flag = g_new0 (InspFlag, 1);

  flag->id = rule->id;
  flag->severity = rule->severity;
  flag->subject_type = rule->subject_type;
  flag->subject = g_strdup (subject);
  if (ctx->application != NULL)
    flag->application = g_strdup (insp_application_get_uuid (ctx->application));
  flag->message = g_strjoin (" ", what, why, todo, NULL);
  g_ptr_array_add (ctx->flags, flag);
  return flag;
}

static const char *
app_uuid (Context *ctx)
{
  return insp_application_get_uuid (ctx->application);
}

static const char *
app_name (Context *ctx)
{
  return insp_application_get_name (ctx->application);
}

/* The last round of @phase in the track (the phase itself for all but the pilot). */
static InspTrackPhase *
find_phase (Context    *ctx,
            const char *phase)
{
  InspTrackPhase *found = NULL;

  for (guint i = 0; i < ctx->track->phases->len; i++)
    {
      InspTrackPhase *p = g_ptr_array_index (ctx->track->phases, i);

      if (g_str_equal (p->phase, phase))
        found = p;
    }
  return found;
}

static gboolean
phase_is (Context    *ctx,
          const char *phase,
          const char *status)
{
  InspTrackPhase *p = find_phase (ctx, phase);

  return p != NULL && g_strcmp0 (p->status, status) == 0;
}

static gboolean
phase_started (Context    *ctx,
               const char *phase)
{
  return phase_is (ctx, phase, "ongoing") || phase_is (ctx, phase, "done");
}

static gboolean
held_in (Context    *ctx,
         const char *phase,
         const char *since)
{
  for (guint i = 0; i < ctx->activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (ctx->activities, i);

      if (insp_activity_get_held (activity)
          && g_str_equal (insp_activity_get_phase (activity), phase)
          && (since == NULL || g_strcmp0 (insp_activity_get_date (activity), since) >= 0))
        return TRUE;
    }
  return FALSE;
}

/* Whether the statement @sql about the application (one parameter) gives a row. */
static gboolean
query_exists (Context    *ctx,
              const char *sql)
{
  sqlite3_stmt *stmt = insp_store_prepare (ctx->store, sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, app_uuid (ctx), -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* --- The rules ----------------------------------------------------------------------------- */

static void
check_prohibited (Context    *ctx,
                  const Rule *rule)
{
  g_autofree char *what = NULL;

  if (g_strcmp0 (insp_application_get_risk_level (ctx->application), "unacceptable") != 0)
    return;
  /* Translators: %s is an AI application's name */
  what = g_strdup_printf (_("“%s” is a prohibited AI practice."), app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("The AI Act forbids it at work, such as recognising the emotions of workers; no "
                "involvement makes it acceptable."),
              _("Stop the application, or change it so that it is no longer prohibited, and tell "
                "the employees."));
}

static void
check_involvement_recommended (Context    *ctx,
                               const Rule *rule)
{
  g_autofree char *what = NULL;

  if (ctx->track->intensity == INSP_INTENSITY_NONE || ctx->track->n_activities > 0)
    return;
  what = g_strdup_printf (_("“%s” has no participation activity yet."), app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("Employees know the work best: involved from the start, they make the "
                "application better and see it as theirs."),
              _("Plan a first activity in the needs phase, such as an information session or an "
                "ideation workshop."));
}

static void
check_level_below (Context    *ctx,
                   const Rule *rule)
{
  for (guint i = 0; i < ctx->track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (ctx->track->phases, i);
      const char *phase_name = insp_enum_get_label (&insp_enum_phase, phase->phase);
      g_autofree char *what = NULL;
      g_autofree char *todo = NULL;
      InspFlag *flag;

      if (phase->uuid == NULL || phase->recommended == NULL || phase->comparison >= 0
          || (g_strcmp0 (phase->status, "ongoing") != 0
              && g_strcmp0 (phase->status, "done") != 0))
        continue;

      if (phase->reached == NULL)
        /* Translators: the first %s is a phase ("Pilot"), the second an application */
        what = g_strdup_printf (_("%s of “%s”: no held activity has involved employees "
                                  "yet."), phase_name, app_name (ctx));
      else
        /* Translators: a phase, an application and a participation level */
        what = g_strdup_printf (_("%s of “%s” reached only “%s”."), phase_name,
                                app_name (ctx),
                                insp_enum_get_label (&insp_enum_level, phase->reached));
      /* Translators: %s is a participation level, such as "Co-create" */
      todo = g_strdup_printf (_("Hold an activity at the level “%s” or higher in this "
                                "phase."),
                              insp_enum_get_label (&insp_enum_level, phase->recommended));
      flag = raise_flag (ctx, rule, phase->uuid, what,
                         _("The bigger the impact on the work, the more and the higher employees "
                           "should take part."), todo);
      flag->phase = g_strdup (phase->phase);
      flag->round = phase->round;
    }
}

static void
check_late_involvement (Context    *ctx,
                        const Rule *rule)
{
  g_autofree char *what = NULL;

  if (!phase_started (ctx, "rollout") || held_in (ctx, "needs", NULL)
      || held_in (ctx, "decision", NULL) || held_in (ctx, "pilot", NULL))
    return;
  what = g_strdup_printf (_("“%s” is being rolled out without employees having been involved "
                            "before."), app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("Involved only at the end, employees can no longer change what matters, and the "
                "resistance comes afterwards."),
              _("Hold an acceptance workshop now, and involve employees from the needs phase in "
                "the next track."));
}

static void
check_rollout_without_pilot (Context    *ctx,
                             const Rule *rule)
{
  g_autofree char *what = NULL;

  if (!phase_started (ctx, "rollout") || phase_is (ctx, "pilot", "done"))
    return;
  what = g_strdup_printf (_("“%s” is being rolled out without a finished pilot."),
                          app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("A pilot with the people who will use it shows what works in practice before "
                "everyone depends on it."),
              _("Finish a pilot with a group of frontrunners, or mark it done when it was."));
}

static void
check_continuous_involvement (Context    *ctx,
                              const Rule *rule)
{
  g_autoptr(GDate) today = NULL;
  g_autofree char *what = NULL;
  char since[11];

  if (!phase_is (ctx, "rollout", "done"))
    return;
  today = g_date_new ();
  g_date_set_parse (today, ctx->today);
  if (!g_date_valid (today))
    return;
  g_date_subtract_days (today, CONTINUOUS_DAYS);
  g_snprintf (since, sizeof since, "%04d-%02d-%02d", g_date_get_year (today),
              g_date_get_month (today), g_date_get_day (today));
  if (held_in (ctx, "improvement", since))
    return;
  what = g_strdup_printf (_("“%s” is in use, and no improvement activity was held in the "
                            "last six months."), app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("An AI application keeps changing the work after its rollout; only the people "
                "who use it see how."),
              _("Plan a regular feedback moment with the users, such as a wellbeing survey or a "
                "pilot feedback round."));
}

static void
check_frontrunner (Context    *ctx,
                   const Rule *rule)
{
  g_autofree char *what = NULL;

  if (ctx->track->intensity != INSP_INTENSITY_MEDIUM
      && ctx->track->intensity != INSP_INTENSITY_HIGH)
    return;
  if (query_exists (ctx, "SELECT 1 FROM application_persons WHERE application = ? "
                    "AND role = 'frontrunner'"))
    return;
  what = g_strdup_printf (_("“%s” has no frontrunner."), app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("Frontrunners from the work floor test early, explain to colleagues and carry "
                "their questions back."),
              _("Ask a few employees who will use it to be frontrunners, and link them to the "
                "application with “Link a Person…”."));
}

static void
check_employee_impact_view (Context    *ctx,
                            const Rule *rule)
{
  g_autofree char *what = NULL;

  if (ctx->track->intensity == INSP_INTENSITY_NONE)
    return;
  if (query_exists (ctx, "SELECT 1 FROM assessments AS a JOIN groups AS g ON g.uuid = a.grp "
                    "WHERE a.application = ? AND g.key IN ('end-users', 'representatives')"))
    return;
  what = g_strdup_printf (_("No end users or employee representatives have assessed the "
                            "impact of “%s”."), app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("Managers do not know the impact on the work better than the people who do it."),
              _("Ask the end users and the representatives for their impact assessment."));
}

static void
check_invisible_work (Context    *ctx,
                      const Rule *rule)
{
  g_autoptr(InspInvisibleWorkTotals) totals = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autofree char *what = NULL;

  if (!phase_is (ctx, "decision", "done"))
    return;
  totals = insp_workspace_get_invisible_work_totals (ctx->workspace, app_uuid (ctx), NULL);
  if (totals == NULL || totals->unestimated_kinds == NULL || totals->unestimated_kinds[0] == NULL)
    return;

  for (guint i = 0; totals->unestimated_kinds[i] != NULL; i++)
    {
      if (missing->len > 0)
        g_string_append (missing, ", ");
      g_string_append (missing, insp_enum_get_label (&insp_enum_invisible_work,
                                                     totals->unestimated_kinds[i]));
    }

  /* Translators: the application, then a list of kinds of work ("Labelling data, …") */
  what = g_strdup_printf (_("“%s” was decided without an estimate of this hidden work: %s."),
                          app_name (ctx), missing->str);
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("AI is not plug and play: cleaning data, training users and adapting processes "
                "take time that is otherwise taken from the work."),
              _("Estimate the hours or the budget of each kind, and who does it."));
}

static void
check_vendor_questions (Context    *ctx,
                        const Rule *rule)
{
  g_autofree char *what = NULL;

  if (g_strcmp0 (insp_application_get_make_or_buy (ctx->application), "buy") != 0
      || !phase_started (ctx, "decision"))
    return;
  if (!query_exists (ctx, "SELECT 1 FROM vendor_questions AS q "
                     "JOIN vendors AS v ON v.uuid = q.vendor "
                     "WHERE v.application = ? AND q.rating = 'unanswered'"))
    return;
  what = g_strdup_printf (_("The vendor of “%s” has left questions unanswered."),
                          app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("What the system does with the workers' data, how well it works and who has the "
                "last word must be known before buying."),
              _("Ask the vendor again, and record the answers and your rating."));
}

static void
check_representatives_informed (Context    *ctx,
                                const Rule *rule)
{
  InspTrackPhase *rollout = find_phase (ctx, "rollout");
  const char *informed = insp_application_get_informed_date (ctx->application);
  g_autofree char *what = NULL;

  if (g_strcmp0 (insp_application_get_risk_level (ctx->application), "high") != 0
      || !phase_started (ctx, "rollout"))
    return;
  if (informed != NULL
      && (rollout->start_date == NULL || strcmp (informed, rollout->start_date) <= 0))
    return;
  what = g_strdup_printf (_("“%s” is a high-risk system, and the employees and their "
                            "representatives were not informed before its rollout."),
                          app_name (ctx));
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("Article 26(7) of the AI Act obliges an employer to inform them before a "
                "high-risk system is used at work."),
              _("Inform the works council and the employees, and record the date with the "
                "application."));
}

static void
check_disagreements (Context    *ctx,
                     const Rule *rule)
{
  g_autoptr(GPtrArray) found = _insp_workspace_list_disagreements_with (ctx->workspace,
                                                                        app_uuid (ctx),
                                                                        ctx->activities, NULL);
  g_autoptr(GString) items = g_string_new (NULL);
  g_autofree char *what = NULL;

  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      InspDisagreement *disagreement = g_ptr_array_index (found, i);
      const char *label = insp_enum_get_label (&insp_enum_topic, disagreement->item);

      /* The rule is about the ten indicators of workable work. */
      if (disagreement->discussed
          || insp_enum_index (&insp_enum_topic, disagreement->item) >= INSP_N_INDICATORS
          || strstr (items->str, label) != NULL)
        continue;
      if (items->len > 0)
        g_string_append (items, ", ");
      g_string_append (items, label);
    }
  if (items->len == 0)
    return;

  /* Translators: the application, then indicators ("Workload, Autonomy") */
  what = g_strdup_printf (_("Groups disagree about the impact of “%s” on: %s."),
                          app_name (ctx), items->str);
  raise_flag (ctx, rule, app_uuid (ctx), what,
              _("A difference of two points or more is a conversation to have, not a figure to "
                "average."),
              _("Hold an activity that discusses it, or agree an action, and name the indicator "
                "there."));
}

static void
check_vision_sections (Context    *ctx,
                       const Rule *rule)
{
  static const char *keys[] = { "feedback", "disagreement", "complaints" };
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (ctx->workspace, NULL);
  InspOrganisation *organisation = insp_workspace_get_organisation (ctx->workspace);

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      InspSection *found = NULL;
      const char *title = insp_section_key_get_title (keys[k]);
      g_autofree char *what = NULL;
      const char *why = _("Employees need to know how to give feedback, what happens when "
                          "they disagree and where to complain, before the first "
                          "application is used.");
      /* Translators: %s is the title of a vision section */
      g_autofree char *todo = g_strdup_printf (_("Write the section “%s” with the employees "
                                                 "and their representatives."), title);

      for (guint i = 0; sections != NULL && i < sections->len; i++)
        if (g_strcmp0 (insp_section_get_key (g_ptr_array_index (sections, i)), keys[k]) == 0)
          found = g_ptr_array_index (sections, i);

      if (found == NULL)
        {
          const Rule organisation_rule = { rule->id, rule->severity, "organisation", TRUE,
                                           NULL };

          if (organisation == NULL)
            continue;
          /* Translators: %s is the title of a vision section */
          what = g_strdup_printf (_("The AI vision has no section “%s”."), title);
          raise_flag (ctx, &organisation_rule, insp_organisation_get_uuid (organisation), what,
                      why, todo);
        }
      else if (insp_markdown_count_words (insp_section_get_text (found), -1) == 0)
        {
          what = g_strdup_printf (_("The AI vision's section “%s” is empty."),
                                  insp_section_get_display_title (found));
          raise_flag (ctx, rule, insp_section_get_uuid (found), what, why, todo);
        }
    }
}

static const Rule rules[] = {
  { "prohibited-system", INSP_SEVERITY_ERROR, "application", FALSE, check_prohibited },
  { "involvement-recommended", INSP_SEVERITY_INFO, "application", FALSE,
    check_involvement_recommended },
  { "level-below-recommended", INSP_SEVERITY_WARNING, "phase", FALSE, check_level_below },
  { "late-involvement", INSP_SEVERITY_WARNING, "application", FALSE, check_late_involvement },
  { "rollout-without-pilot", INSP_SEVERITY_WARNING, "application", FALSE,
    check_rollout_without_pilot },
  { "no-continuous-involvement", INSP_SEVERITY_WARNING, "application", FALSE,
    check_continuous_involvement },
  { "no-frontrunner", INSP_SEVERITY_INFO, "application", FALSE, check_frontrunner },
  { "no-employee-impact-view", INSP_SEVERITY_WARNING, "application", FALSE,
    check_employee_impact_view },
  { "invisible-work-unbudgeted", INSP_SEVERITY_WARNING, "application", FALSE,
    check_invisible_work },
  { "vision-section-missing", INSP_SEVERITY_WARNING, "section", TRUE, check_vision_sections },
  { "vendor-questions-open", INSP_SEVERITY_WARNING, "application", FALSE,
    check_vendor_questions },
  { "representatives-not-informed", INSP_SEVERITY_ERROR, "application", FALSE,
    check_representatives_informed },
  { "disagreement-undiscussed", INSP_SEVERITY_INFO, "application", FALSE,
    check_disagreements },
};

/**
 * insp_guidance_list_rule_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): the identifiers of the rules, in the
 *   order of DOMAIN.md's table
 */
const char * const *
insp_guidance_list_rule_ids (void)
{
  static const char *ids[G_N_ELEMENTS (rules) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
      ids[i] = rules[i].id;
  return ids;
}

static int
subject_rank (const char *type)
{
  static const char *order[] = { "organisation", "application", "phase", "section" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_str_equal (order[i], type))
      return (int) i;
  return G_N_ELEMENTS (order);
}

static int
compare_flags (gconstpointer a,
               gconstpointer b)
{
  const InspFlag *x = *(InspFlag **) a;
  const InspFlag *y = *(InspFlag **) b;
  int order;

  if (x->severity != y->severity)
    return x->severity < y->severity ? -1 : 1;
  order = subject_rank (x->subject_type) - subject_rank (y->subject_type);
  if (order != 0)
    return order;
  order = strcmp (x->subject, y->subject);
  return order != 0 ? order : strcmp (x->id, y->id);
}

/* The flags of the applications (all, or the one named) and of the organisation. */
static GPtrArray *
collect_flags (InspWorkspace  *self,
               const char     *only_application,
               gboolean        applications_rules,
               gboolean        organisation_rules,
               const char     *today,
               GError        **error)
{
  g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_flag_free);
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d");
  Context ctx = { self, NULL, today != NULL ? today : now_text, NULL, NULL, NULL, flags };

  ctx.store = _insp_workspace_get_store (self);
  if (!applications_rules)
    applications = g_ptr_array_new ();
  else if (only_application != NULL)
    {
      InspApplication *found = insp_workspace_get_application (self, only_application, error);

      if (found == NULL)
        return NULL;
      applications = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (applications, found);
    }
  else
    applications = insp_workspace_list_applications (self, error);
  if (applications == NULL)
    return NULL;

  for (guint i = 0; i < applications->len; i++)
    {
      g_autoptr(InspTrack) track = NULL;
      g_autoptr(GPtrArray) activities = NULL;

      ctx.application = g_ptr_array_index (applications, i);
      activities = insp_workspace_list_activities (self, app_uuid (&ctx), error);
      track = activities != NULL ? _insp_workspace_get_track_with (self, app_uuid (&ctx),
                                                                   activities, error) : NULL;
      if (track == NULL)
        return NULL;
      ctx.track = track;
      ctx.activities = activities;

      if (track->intensity == INSP_INTENSITY_STOP)
        {
          check_prohibited (&ctx, &rules[0]);
          continue;
        }
      for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
        if (!rules[r].organisation)
          rules[r].check (&ctx, &rules[r]);
    }

  ctx.application = NULL;
  ctx.track = NULL;
  ctx.activities = NULL;
  for (guint r = 0; organisation_rules && r < G_N_ELEMENTS (rules); r++)
    if (rules[r].organisation)
      rules[r].check (&ctx, &rules[r]);

  g_ptr_array_sort (flags, compare_flags);
  return g_steal_pointer (&flags);
}

/**
 * insp_workspace_list_flags:
 * @self: a workspace
 * @today: (nullable): the date to judge "the last 180 days" from, YYYY-MM-DD; %NULL: today
 * @error: why the workspace could not be read
 *
 * Runs every guidance rule over the workspace.
 *
 * Returns: (transfer container) (element-type InspFlag) (nullable): the flags, by severity
 *   (errors first), then by subject (the organisation, applications, phases, sections, each
 *   by uuid)
 */
GPtrArray *
insp_workspace_list_flags (InspWorkspace  *self,
                           const char     *today,
                           GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  return collect_flags (self, NULL, TRUE, TRUE, today, error);
}

/**
 * insp_workspace_list_application_flags:
 * @self: a workspace
 * @application: (nullable): an application's uuid; %NULL for the organisation's flags (the
 *   vision's sections)
 * @today: (nullable): as for insp_workspace_list_flags ()
 * @error: why the workspace could not be read
 *
 * As insp_workspace_list_flags (), for one application (its own flags and its phases'), or
 * for the organisation: what a page about one of them shows, without the cost of the rest.
 *
 * Returns: (transfer container) (element-type InspFlag) (nullable): the flags
 */
GPtrArray *
insp_workspace_list_application_flags (InspWorkspace  *self,
                                       const char     *application,
                                       const char     *today,
                                       GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  return collect_flags (self, application, application != NULL, application == NULL, today,
                        error);
}
