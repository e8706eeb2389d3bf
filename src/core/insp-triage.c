/* insp-triage.c — how much to involve employees in an AI application, and when
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DOMAIN.md's rules, once: the involvement intensity of an application from its EU AI Act
 * risk level and the paper's five involvement triggers (first match wins), and the
 * recommended minimum participation level per phase of its innovation track.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-triage.h"

#include <glib/gi18n-lib.h>

#include "insp-enums.h"

/* The recommended minimum level per phase (needs, decision, pilot, rollout, improvement);
 * NULL: no minimum. */
static const char *recommended[][5] = {
  [INSP_INTENSITY_NONE] = { NULL, NULL, NULL, "inform", NULL },
  [INSP_INTENSITY_LOW] = { "inform", "inform", "dialogue", "inform", "inform" },
  [INSP_INTENSITY_MEDIUM] = { "dialogue", "dialogue", "co-create", "dialogue", "dialogue" },
  [INSP_INTENSITY_HIGH] = { "co-create", "co-create", "collaborate", "dialogue", "dialogue" },
};

static guint
count_triggers (const char * const *triggers,
                gboolean           *safety)
{
  guint n = 0;

  *safety = FALSE;
  for (guint i = 0; triggers != NULL && triggers[i] != NULL; i++)
    {
      gboolean seen = FALSE;

      /* Only the paper's five count, each once. */
      if (!insp_enum_contains (&insp_enum_trigger, triggers[i]))
        continue;
      for (guint j = 0; j < i; j++)
        seen |= g_strcmp0 (triggers[j], triggers[i]) == 0;
      if (seen)
        continue;
      n++;
      *safety |= g_str_equal (triggers[i], "safety");
    }
  return n;
}

/**
 * insp_triage_intensity:
 * @risk_level: (nullable): "minimal", "limited", "high", "unacceptable", or %NULL when not
 *   assessed yet
 * @triggers: (nullable) (array zero-terminated=1): the involvement triggers that hold
 * @why: (out) (optional) (transfer full): one sentence, in the user's language, saying which
 *   rule decided
 *
 * Returns: the involvement intensity
 */
InspIntensity
insp_triage_intensity (const char          *risk_level,
                       const char * const  *triggers,
                       char               **why)
{
  gboolean safety;
  guint n = count_triggers (triggers, &safety);
  InspIntensity intensity;
  char *reason;

  if (g_strcmp0 (risk_level, "unacceptable") == 0)
    {
      intensity = INSP_INTENSITY_STOP;
      reason = g_strdup (_("The EU AI Act prohibits this use of AI (for instance emotion "
                           "recognition at work): stop, there is no track to run."));
    }
  else if (g_strcmp0 (risk_level, "high") == 0)
    {
      intensity = INSP_INTENSITY_HIGH;
      reason = g_strdup (_("The application is high-risk under the EU AI Act, as employment "
                           "uses such as recruitment, task allocation and monitoring are."));
    }
  else if (safety)
    {
      intensity = INSP_INTENSITY_HIGH;
      reason = g_strdup (_("The application affects the safety of workers."));
    }
  else if (n >= 3)
    {
      intensity = INSP_INTENSITY_HIGH;
      reason = g_strdup_printf (_("%u of the five involvement triggers hold."), n);
    }
  else if (n == 2)
    {
      intensity = INSP_INTENSITY_MEDIUM;
      reason = g_strdup (_("Two of the five involvement triggers hold."));
    }
  else if (g_strcmp0 (risk_level, "limited") == 0 && n == 1)
    {
      intensity = INSP_INTENSITY_MEDIUM;
      reason = g_strdup (_("The risk is limited and one involvement trigger holds."));
    }
  else if (n == 1)
    {
      intensity = INSP_INTENSITY_LOW;
      reason = g_strdup (_("One of the five involvement triggers holds."));
    }
  else if (g_strcmp0 (risk_level, "limited") == 0)
    {
      intensity = INSP_INTENSITY_LOW;
      reason = g_strdup (_("The risk is limited (for instance a chatbot that must say it is "
                           "one), though no involvement trigger holds."));
    }
  else
    {
      intensity = INSP_INTENSITY_NONE;
      reason = g_strdup (_("No involvement trigger holds and the risk is minimal or not "
                           "assessed: inform employees when it is rolled out."));
    }

  if (why != NULL)
    *why = reason;
  else
    g_free (reason);
  return intensity;
}

/**
 * insp_intensity_to_string:
 * @intensity: an intensity
 *
 * Returns: its identifier: "none", "low", "medium", "high" or "stop"
 */
const char *
insp_intensity_to_string (InspIntensity intensity)
{
  static const char *names[] = { "none", "low", "medium", "high", "stop" };

  g_return_val_if_fail (intensity <= INSP_INTENSITY_STOP, NULL);
  return names[intensity];
}

/**
 * insp_intensity_get_label:
 * @intensity: an intensity
 *
 * Returns: its name in the user's language
 */
const char *
insp_intensity_get_label (InspIntensity intensity)
{
  switch (intensity)
    {
    case INSP_INTENSITY_NONE:
      return C_("involvement intensity", "None");
    case INSP_INTENSITY_LOW:
      return C_("involvement intensity", "Low");
    case INSP_INTENSITY_MEDIUM:
      return C_("involvement intensity", "Medium");
    case INSP_INTENSITY_HIGH:
      return C_("involvement intensity", "High");
    case INSP_INTENSITY_STOP:
    default:
      return C_("involvement intensity", "Stop");
    }
}

/**
 * insp_triage_recommended_level:
 * @intensity: an application's involvement intensity
 * @phase: a phase: "needs", "decision", "pilot", "rollout" or "improvement"
 *
 * Returns: (nullable): the recommended minimum participation level in @phase, %NULL when
 *   there is none (or the application must stop)
 */
const char *
insp_triage_recommended_level (InspIntensity  intensity,
                               const char    *phase)
{
  int index = insp_enum_index (&insp_enum_phase, phase);

  if (index < 0 || intensity >= INSP_INTENSITY_STOP)
    return NULL;
  return recommended[intensity][index];
}

/**
 * insp_level_rank:
 * @level: (nullable): a participation level
 *
 * Returns: its rung on the ladder: 1 inform … 4 collaborate; 0 for none or unknown
 */
int
insp_level_rank (const char *level)
{
  return insp_enum_index (&insp_enum_level, level) + 1;
}

/**
 * insp_level_highest:
 * @levels: (array zero-terminated=1) (nullable): levels, such as those of a phase's held
 *   activities
 *
 * Returns: (nullable): the highest of them: the level a phase reached; %NULL for none
 */
const char *
insp_level_highest (const char * const *levels)
{
  const char *highest = NULL;

  for (guint i = 0; levels != NULL && levels[i] != NULL; i++)
    if (insp_level_rank (levels[i]) > insp_level_rank (highest))
      highest = insp_enum_level.values[insp_level_rank (levels[i]) - 1].id;
  return highest;
}

/**
 * insp_level_compare_to_minimum:
 * @reached: (nullable): the level reached
 * @minimum: (nullable): the recommended minimum
 *
 * Returns: below 0 when @reached is below @minimum, 0 when it meets it, above 0 when it is
 *   higher (with no minimum, any level reached is "above", none "meets")
 */
int
insp_level_compare_to_minimum (const char *reached,
                               const char *minimum)
{
  return insp_level_rank (reached) - insp_level_rank (minimum);
}
