/* test-triage.c — involvement intensity and the recommended minimum level: every rule of
 * DOMAIN.md and its edges, and the table
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-triage.h"

typedef struct
{
  const char    *risk;
  const char    *triggers[8];
  InspIntensity  expected;
} IntensityCase;

static const IntensityCase intensity_cases[] = {
  /* stop: unacceptable, whatever else */
  { "unacceptable", { NULL }, INSP_INTENSITY_STOP },
  { "unacceptable", { "worker-data", "interacts", "takes-over-tasks", "autonomous", "safety",
                      NULL }, INSP_INTENSITY_STOP },
  /* high: high risk, or safety, or three or more triggers */
  { "high", { NULL }, INSP_INTENSITY_HIGH },
  { "minimal", { "safety", NULL }, INSP_INTENSITY_HIGH },
  { NULL, { "safety", NULL }, INSP_INTENSITY_HIGH },
  { "limited", { "safety", NULL }, INSP_INTENSITY_HIGH },
  { "minimal", { "worker-data", "interacts", "autonomous", NULL }, INSP_INTENSITY_HIGH },
  { NULL, { "worker-data", "interacts", "takes-over-tasks", "autonomous", NULL },
    INSP_INTENSITY_HIGH },
  /* medium: two triggers, or limited with at least one */
  { "minimal", { "worker-data", "interacts", NULL }, INSP_INTENSITY_MEDIUM },
  { NULL, { "takes-over-tasks", "autonomous", NULL }, INSP_INTENSITY_MEDIUM },
  { "limited", { "interacts", NULL }, INSP_INTENSITY_MEDIUM },
  { "limited", { "interacts", "autonomous", NULL }, INSP_INTENSITY_MEDIUM },
  /* low: one trigger, or limited */
  { "minimal", { "worker-data", NULL }, INSP_INTENSITY_LOW },
  { NULL, { "autonomous", NULL }, INSP_INTENSITY_LOW },
  { "limited", { NULL }, INSP_INTENSITY_LOW },
  /* none */
  { "minimal", { NULL }, INSP_INTENSITY_NONE },
  { NULL, { NULL }, INSP_INTENSITY_NONE },
  /* edges: the same trigger twice counts once; unknown ones do not count */
  { "minimal", { "interacts", "interacts", NULL }, INSP_INTENSITY_LOW },
  { "minimal", { "interacts", "interacts", "interacts", NULL }, INSP_INTENSITY_LOW },
  { "minimal", { "other", "coffee", NULL }, INSP_INTENSITY_NONE },
  { "minimal", { "worker-data", "interacts", "other", NULL }, INSP_INTENSITY_MEDIUM },
};

static void
test_intensity (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (intensity_cases); i++)
    {
      const IntensityCase *c = &intensity_cases[i];
      g_autofree char *why = NULL;
      InspIntensity got = insp_triage_intensity (c->risk, c->triggers, &why);

      if (got != c->expected)
        g_error ("case %u (%s): %s, expected %s", i, c->risk != NULL ? c->risk : "(none)",
                 insp_intensity_to_string (got), insp_intensity_to_string (c->expected));
      g_assert_nonnull (why);
      g_assert_cmpuint (strlen (why), >, 20);
      g_assert_nonnull (insp_intensity_get_label (got));
    }
  g_assert_cmpint (insp_triage_intensity ("high", NULL, NULL), ==, INSP_INTENSITY_HIGH);
}

static void
test_recommended (void)
{
  static const char *phases[] = { "needs", "decision", "pilot", "rollout", "improvement" };
  static const char *expected[][5] = {
    { NULL, NULL, NULL, "inform", NULL },
    { "inform", "inform", "dialogue", "inform", "inform" },
    { "dialogue", "dialogue", "co-create", "dialogue", "dialogue" },
    { "co-create", "co-create", "collaborate", "dialogue", "dialogue" },
  };

  for (InspIntensity intensity = INSP_INTENSITY_NONE; intensity <= INSP_INTENSITY_HIGH;
       intensity++)
    for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
      g_assert_cmpstr (insp_triage_recommended_level (intensity, phases[p]), ==,
                       expected[intensity][p]);

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    g_assert_null (insp_triage_recommended_level (INSP_INTENSITY_STOP, phases[p]));
  g_assert_null (insp_triage_recommended_level (INSP_INTENSITY_HIGH, "testing"));
  g_assert_null (insp_triage_recommended_level (INSP_INTENSITY_HIGH, NULL));
}

static void
test_levels (void)
{
  const char *none[] = { NULL };
  const char *some[] = { "inform", "co-create", "dialogue", NULL };
  const char *all[] = { "collaborate", "inform", NULL };

  g_assert_cmpint (insp_level_rank (NULL), ==, 0);
  g_assert_cmpint (insp_level_rank ("inform"), ==, 1);
  g_assert_cmpint (insp_level_rank ("collaborate"), ==, 4);
  g_assert_cmpint (insp_level_rank ("shout"), ==, 0);

  /* The level a phase reached is the highest among its held activities. */
  g_assert_null (insp_level_highest (none));
  g_assert_null (insp_level_highest (NULL));
  g_assert_cmpstr (insp_level_highest (some), ==, "co-create");
  g_assert_cmpstr (insp_level_highest (all), ==, "collaborate");

  g_assert_cmpint (insp_level_compare_to_minimum ("inform", "dialogue"), <, 0);
  g_assert_cmpint (insp_level_compare_to_minimum (NULL, "inform"), <, 0);
  g_assert_cmpint (insp_level_compare_to_minimum ("dialogue", "dialogue"), ==, 0);
  g_assert_cmpint (insp_level_compare_to_minimum ("collaborate", "co-create"), >, 0);
  g_assert_cmpint (insp_level_compare_to_minimum (NULL, NULL), ==, 0);
  g_assert_cmpint (insp_level_compare_to_minimum ("inform", NULL), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/triage/intensity", test_intensity);
  g_test_add_func ("/triage/recommended", test_recommended);
  g_test_add_func ("/triage/levels", test_levels);

  return g_test_run ();
}
