/* insp-enums.c — the enumerations of the domain: identifiers and their labels
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-enums.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#define DEFINE_ENUM(name, values) \
  const InspEnum insp_enum_##name = { #name, values, G_N_ELEMENTS (values) }

static const InspEnumValue size_band_values[] = {
  { "micro", N_("Fewer than 10 employees") },
  { "small", N_("10 to 49 employees") },
  { "medium", N_("50 to 249 employees") },
  { "large", N_("250 employees or more") },
};
DEFINE_ENUM (size_band, size_band_values);

static const InspEnumValue country_values[] = {
  { "BE", N_("Belgium") },
  { "NL", N_("The Netherlands") },
  { "other", N_("Another country") },
};
DEFINE_ENUM (country, country_values);

static const InspEnumValue risk_level_values[] = {
  { "minimal", N_("Minimal risk") },
  { "limited", N_("Limited risk") },
  { "high", N_("High risk") },
  { "unacceptable", N_("Unacceptable risk (prohibited)") },
};
DEFINE_ENUM (risk_level, risk_level_values);

static const InspEnumValue trigger_values[] = {
  { "worker-data", N_("Measures, collects or analyses data about workers") },
  { "interacts", N_("Interacts with workers") },
  { "takes-over-tasks", N_("Takes over part of the tasks") },
  { "autonomous", N_("Acts (semi-)autonomously") },
  { "safety", N_("Affects workers’ safety") },
};
DEFINE_ENUM (trigger, trigger_values);

static const InspEnumValue phase_values[] = {
  { "needs", N_("Needs identification and analysis") },
  { "decision", N_("Strategic choice") },
  { "pilot", N_("Pilot") },
  { "rollout", N_("Organisation-wide rollout") },
  { "improvement", N_("Continuous improvement") },
};
DEFINE_ENUM (phase, phase_values);

static const InspEnumValue level_values[] = {
  { "inform", N_("Inform") },
  { "dialogue", N_("Dialogue") },
  { "co-create", N_("Co-create") },
  { "collaborate", N_("Collaborate") },
};
DEFINE_ENUM (level, level_values);

static const InspEnumValue phase_status_values[] = {
  { "not-started", N_("Not started") },
  { "ongoing", N_("Ongoing") },
  { "done", N_("Done") },
  { "skipped", N_("Skipped") },
};
DEFINE_ENUM (phase_status, phase_status_values);

static const InspEnumValue section_status_values[] = {
  { "draft", N_("Draft") },
  { "consultation", N_("In consultation") },
  { "agreed", N_("Agreed") },
};
DEFINE_ENUM (section_status, section_status_values);

static const InspEnumValue verdict_values[] = {
  { "acceptable", N_("Acceptable") },
  { "improvable", N_("Could be improved") },
  { "to-correct", N_("To be corrected") },
  { "pending", N_("Pending") },
};
DEFINE_ENUM (verdict, verdict_values);

static const InspEnumValue action_domain_values[] = {
  { "technology", N_("Technology") },
  { "environment", N_("Environment") },
  { "people", N_("People") },
};
DEFINE_ENUM (action_domain, action_domain_values);

static const InspEnumValue action_status_values[] = {
  { "open", N_("Open") },
  { "in-progress", N_("In progress") },
  { "done", N_("Done") },
  { "dropped", N_("Dropped") },
};
DEFINE_ENUM (action_status, action_status_values);

static const InspEnumValue section_key_values[] = {
  { "purpose", N_("Purpose and scope") },
  { "use", N_("How AI will be used") },
  { "conditions", N_("Conditions") },
  { "red-lines", N_("Scenarios to avoid at all times") },
  { "feedback", N_("How employees give feedback") },
  { "disagreement", N_("Rights of employees who disagree") },
  { "complaints", N_("Problems and complaints") },
  { "training", N_("Training and support") },
  { "review", N_("Review") },
};
DEFINE_ENUM (section_key, section_key_values);

static const InspEnumValue application_status_values[] = {
  { "idea", N_("Idea") },
  { "preparation", N_("In preparation") },
  { "pilot", N_("Pilot") },
  { "in-use", N_("In use") },
  { "stopped", N_("Stopped") },
};
DEFINE_ENUM (application_status, application_status_values);

static const InspEnumValue make_or_buy_values[] = {
  { "make", N_("Make") },
  { "buy", N_("Buy") },
  { "undecided", N_("Undecided") },
};
DEFINE_ENUM (make_or_buy, make_or_buy_values);

static const InspEnumValue group_key_values[] = {
  { "management", N_("Management") },
  { "hr", N_("HR") },
  { "finance", N_("Finance") },
  { "technical", N_("Technical staff") },
  { "end-users", N_("End users") },
  { "representatives", N_("Employee representatives") },
};
DEFINE_ENUM (group_key, group_key_values);

static const InspEnumValue person_role_values[] = {
  { "frontrunner", N_("Frontrunner") },
  { "works-council", N_("Works council member") },
  { "hr", N_("HR") },
  { "finance", N_("Finance") },
  { "technical", N_("Technical") },
  { "end-user", N_("End user") },
  { "manager", N_("Manager") },
};
DEFINE_ENUM (person_role, person_role_values);

static const InspEnumValue method_values[] = {
  { "info-sheet", N_("Information sheet") },
  { "info-session", N_("Information session or webinar") },
  { "data-date", N_("Data-Date") },
  { "ideation-cards", N_("AI ideation card workshop") },
  { "reverse-brainstorm", N_("Reverse brainstorm") },
  { "employee-journey", N_("Employee journey") },
  { "opportunity-scan", N_("Opportunity scan") },
  { "acceptance-workshop", N_("Acceptance workshop") },
  { "guidance-ethics", N_("Guidance-ethics session") },
  { "digital-inclusion", N_("Digital-inclusion workshop") },
  { "wellbeing-survey", N_("Well-being survey") },
  { "pilot-feedback", N_("Pilot feedback round") },
  { "other", N_("Other method") },
};
DEFINE_ENUM (method, method_values);

static const InspEnumValue topic_values[] = {
  { "work-stress", N_("Work stress") },
  { "motivation", N_("Motivation") },
  { "learning", N_("Learning opportunities") },
  { "work-life-balance", N_("Work–life balance") },
  { "workload", N_("Workload") },
  { "emotional-load", N_("Emotional load") },
  { "task-variety", N_("Task variety") },
  { "autonomy", N_("Autonomy") },
  { "supervisor-support", N_("Support from the direct supervisor") },
  { "physical-conditions", N_("Physical working conditions") },
  { "job-loss", N_("Job loss") },
  { "job-content", N_("Change of job content") },
  { "surveillance", N_("Surveillance") },
  { "privacy", N_("Privacy") },
  { "safety", N_("Safety") },
  { "skills", N_("Skills needed") },
  { "processes", N_("Work processes") },
  { "culture", N_("Culture") },
};
DEFINE_ENUM (topic, topic_values);

static const InspEnumValue confidence_values[] = {
  { "low", N_("Low") },
  { "medium", N_("Medium") },
  { "high", N_("High") },
};
DEFINE_ENUM (confidence, confidence_values);

static const InspEnumValue moment_values[] = {
  { "before", N_("Before") },
  { "after-pilot", N_("After the pilot") },
  { "after-rollout", N_("After the rollout") },
};
DEFINE_ENUM (moment, moment_values);

static const InspEnumValue invisible_work_values[] = {
  { "data-cleaning", N_("Cleaning and structuring data") },
  { "labelling", N_("Labelling data") },
  { "user-training", N_("Training users") },
  { "communication", N_("Communication and transparency") },
  { "system-changes", N_("Adapting systems and processes") },
  { "other", N_("Other work") },
};
DEFINE_ENUM (invisible_work, invisible_work_values);

static const InspEnumValue vendor_group_values[] = {
  { "effectiveness", N_("Effectiveness") },
  { "robustness", N_("Reliability and robustness") },
  { "data-quality", N_("Data quality") },
  { "ethics", N_("Built-in ethical checks") },
  { "lawfulness", N_("Lawfulness") },
};
DEFINE_ENUM (vendor_group, vendor_group_values);

static const InspEnumValue rating_values[] = {
  { "satisfactory", N_("Satisfactory") },
  { "partial", N_("Partly satisfactory") },
  { "unsatisfactory", N_("Unsatisfactory") },
  { "unanswered", N_("Unanswered") },
};
DEFINE_ENUM (rating, rating_values);

static const InspEnumValue feedback_topic_values[] = {
  { "workload", N_("Workload") },
  { "fairness", N_("Fairness") },
  { "privacy", N_("Privacy") },
  { "safety", N_("Safety") },
  { "usability", N_("Usability") },
  { "other", N_("Other") },
};
DEFINE_ENUM (feedback_topic, feedback_topic_values);

static const InspEnumValue feedback_status_values[] = {
  { "open", N_("Open") },
  { "closed", N_("Closed") },
};
DEFINE_ENUM (feedback_status, feedback_status_values);

static const InspEnumValue precondition_values[] = {
  { "feedback-culture", N_("Open feedback culture") },
  { "speak-up-safety", N_("Safety to speak up") },
  { "time-budgeted", N_("Time budgeted for involvement") },
  { "management-willingness", N_("Management willingness") },
  { "resistance-failed-tracks", N_("Resistance: earlier failed tracks") },
  { "resistance-knowledge", N_("Resistance: little knowledge of the technology") },
  { "resistance-job-loss", N_("Resistance: fear of job loss") },
  { "other", N_("Other") },
};
DEFINE_ENUM (precondition, precondition_values);

static const InspEnumValue practice_kind_values[] = {
  { "good", N_("Good practice") },
  { "bad", N_("Bad practice") },
};
DEFINE_ENUM (practice_kind, practice_kind_values);

/**
 * insp_enum_index:
 * @e: an enumeration
 * @id: (nullable): an identifier
 *
 * Returns: the position of @id in @e, or -1 when it is not one of its identifiers
 */
int
insp_enum_index (const InspEnum *e,
                 const char     *id)
{
  g_return_val_if_fail (e != NULL, -1);

  if (id == NULL)
    return -1;

  for (guint i = 0; i < e->n_values; i++)
    {
      if (strcmp (e->values[i].id, id) == 0)
        return (int) i;
    }

  return -1;
}

gboolean
insp_enum_contains (const InspEnum *e,
                    const char     *id)
{
  return insp_enum_index (e, id) >= 0;
}

/**
 * insp_enum_get_label:
 * @e: an enumeration
 * @id: an identifier
 *
 * Returns: the translated label of @id, or %NULL when @id is not one of @e's identifiers
 */
const char *
insp_enum_get_label (const InspEnum *e,
                     const char     *id)
{
  int index = insp_enum_index (e, id);

  if (index < 0)
    return NULL;

  return _(e->values[index].label);
}

/**
 * insp_enum_dup_ids:
 * @e: an enumeration
 *
 * Returns: (transfer full): the identifiers of @e separated by commas, for error messages
 */
char *
insp_enum_dup_ids (const InspEnum *e)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < e->n_values; i++)
    {
      if (i > 0)
        g_string_append (ids, ", ");
      g_string_append (ids, e->values[i].id);
    }

  return g_string_free (ids, FALSE);
}

/**
 * insp_enum_find:
 * @name: an enumeration's name, such as "risk_level"
 *
 * Returns: (nullable): the enumeration called @name
 */
const InspEnum *
insp_enum_find (const char *name)
{
  static const InspEnum * const all[] = {
    &insp_enum_size_band, &insp_enum_country, &insp_enum_risk_level, &insp_enum_trigger,
    &insp_enum_phase, &insp_enum_level, &insp_enum_phase_status, &insp_enum_section_status,
    &insp_enum_verdict, &insp_enum_action_domain, &insp_enum_action_status,
    &insp_enum_section_key, &insp_enum_application_status, &insp_enum_make_or_buy,
    &insp_enum_group_key, &insp_enum_person_role, &insp_enum_method, &insp_enum_topic,
    &insp_enum_confidence, &insp_enum_moment, &insp_enum_invisible_work,
    &insp_enum_vendor_group, &insp_enum_rating, &insp_enum_feedback_topic,
    &insp_enum_feedback_status, &insp_enum_precondition, &insp_enum_practice_kind,
  };

  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      if (strcmp (all[i]->name, name) == 0)
        return all[i];
    }

  return NULL;
}

/* What each built-in group brings to the conversation, in insp_enum_group_key's order. */
static const char * const group_perspectives[] = {
  N_("Strategy, priorities and the means to carry them out"),
  N_("Working conditions, well-being, skills and the rules that apply"),
  N_("Costs and benefits, the budget and the hidden costs"),
  N_("What the technology can and cannot do, data, security and maintenance"),
  N_("Ideas, concerns and the experience of the daily work"),
  N_("The works council, the union delegation and the prevention committee: the voice of "
     "the employees as a whole"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (group_perspectives) == G_N_ELEMENTS (group_key_values));

/**
 * insp_group_key_get_label:
 * @key: a stakeholder group's key
 *
 * Returns: (nullable): the translated name of a built-in group, such as "End users"
 */
const char *
insp_group_key_get_label (const char *key)
{
  return insp_enum_get_label (&insp_enum_group_key, key);
}

/**
 * insp_group_key_get_perspective:
 * @key: a stakeholder group's key
 *
 * Returns: (nullable): the translated perspective of a built-in group: what it brings
 */
const char *
insp_group_key_get_perspective (const char *key)
{
  int index = insp_enum_index (&insp_enum_group_key, key);

  return index >= 0 ? _(group_perspectives[index]) : NULL;
}

/**
 * insp_section_key_get_title:
 * @key: a vision section's key
 *
 * Returns: (nullable): the translated title of a built-in section, such as "Training and
 *   support"
 */
const char *
insp_section_key_get_title (const char *key)
{
  return insp_enum_get_label (&insp_enum_section_key, key);
}
