/* test-recommendations.c — the 11 recommendations: what the example shows, what an empty
 * workspace honestly shows, and how recording data moves a recommendation forward
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <locale.h>

#include "insp-practice.h"
#include "insp-recommendations.h"
#include "insp-template.h"
#include "insp-test-util.h"

#define TODAY "2026-11-28"

typedef InspTestWorkspace Fixture;

static GPtrArray *
list (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *recommendations;

  recommendations = insp_workspace_list_recommendations (fixture->workspace, TODAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recommendations);
  g_assert_cmpuint (recommendations->len, ==, INSP_N_RECOMMENDATIONS);
  return recommendations;
}

static InspRecommendation *
get (GPtrArray *recommendations,
     guint      number)
{
  InspRecommendation *r = g_ptr_array_index (recommendations, number - 1);

  g_assert_cmpuint (r->number, ==, number);
  return r;
}

static void
test_shape (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) recommendations = list (fixture);

  for (guint i = 0; i < recommendations->len; i++)
    {
      InspRecommendation *r = g_ptr_array_index (recommendations, i);

      g_assert_cmpuint (r->number, ==, i + 1);
      g_assert_nonnull (r->title);
      g_assert_nonnull (r->page);
      g_assert_nonnull (insp_recommendation_state_to_string (r->state));
      g_assert_cmpstr (r->evidence, !=, "");
      g_assert_cmpstr (r->next_step, !=, "");
      /* Only the recommendations for policy makers and knowledge centres say what Inspraak
       * contributes to them. */
      if (r->number >= 7)
        g_assert_nonnull (r->contribution);
      else
        g_assert_null (r->contribution);
      /* An export that carries it forward is one of the templates. */
      if (r->template != NULL)
        g_assert_nonnull (insp_template_lookup (r->template, NULL));
    }
  g_assert_cmpstr (get (recommendations, 7)->template, ==, "monitoring");
  g_assert_cmpstr (get (recommendations, 8)->template, ==, "involvement-report");
  g_assert_cmpstr (get (recommendations, 11)->template, ==, "casebook");
  g_assert_cmpstr (get (recommendations, 1)->audience, ==, "employees");
  g_assert_cmpstr (get (recommendations, 6)->audience, ==, "employers");
  g_assert_cmpstr (get (recommendations, 8)->audience, ==, "policy-makers");
  g_assert_cmpstr (get (recommendations, 11)->audience, ==, "knowledge-centres");
}

/* Nothing recorded: nothing is claimed. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) recommendations = list (fixture);

  for (guint i = 0; i < recommendations->len; i++)
    {
      InspRecommendation *r = g_ptr_array_index (recommendations, i);

      g_assert_cmpint (r->state, ==, INSP_RECOMMENDATION_NOT_STARTED);
    }
  g_assert_cmpstr (get (recommendations, 3)->evidence, ==,
                   "No application is bought from a vendor yet.");
  g_assert_cmpstr (get (recommendations, 7)->next_step, ==,
                   "Register your AI applications, so the figures have something to count.");
  g_assert_cmpstr (get (recommendations, 11)->evidence, ==,
                   "The casebook holds 0 good practices. It holds 0 bad practices.");
}

/* The example keeps the paper's story: some of it is done, some under way, some not. */
static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) recommendations = list (fixture);
  guint n[3] = { 0, };

  for (guint i = 0; i < recommendations->len; i++)
    {
      InspRecommendation *r = g_ptr_array_index (recommendations, i);

      g_test_message ("%u %s: %s | %s", r->number,
                      insp_recommendation_state_to_string (r->state), r->evidence,
                      r->next_step);
      n[r->state]++;
    }

  /* Mixed: not everything in place, and not nothing. */
  g_assert_cmpuint (n[INSP_RECOMMENDATION_IN_PLACE], <, INSP_N_RECOMMENDATIONS);
  g_assert_cmpuint (n[INSP_RECOMMENDATION_NOT_STARTED], <, INSP_N_RECOMMENDATIONS);
  g_assert_cmpuint (n[INSP_RECOMMENDATION_UNDER_WAY] + n[INSP_RECOMMENDATION_IN_PLACE], >=, 6);

  /* The planner's vendor left questions open, the vision is still in consultation, the
   * track fell short of the recommended participation: under way. */
  g_assert_cmpint (get (recommendations, 3)->state, ==, INSP_RECOMMENDATION_UNDER_WAY);
  g_assert_cmpstr (get (recommendations, 3)->evidence, ==,
                   "0 of 1 bought application has a vendor who answered every question. "
                   "10 of 15 vendor questions are answered.");
  g_assert_cmpint (get (recommendations, 4)->state, ==, INSP_RECOMMENDATION_UNDER_WAY);
  g_assert_cmpstr (get (recommendations, 4)->evidence, ==,
                   "5 of 9 sections are agreed. The employee representatives signed 1 review.");
  g_assert_cmpint (get (recommendations, 9)->state, ==, INSP_RECOMMENDATION_UNDER_WAY);
  /* A good and a bad practice are kept: in place. */
  g_assert_cmpint (get (recommendations, 11)->state, ==, INSP_RECOMMENDATION_IN_PLACE);
}

/* Recording practices moves recommendation 11 from not started to in place. */
static void
test_casebook (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *kinds[] = { "good", "bad" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GPtrArray) recommendations = NULL;
      g_autoptr(InspPractice) practice = insp_practice_new ();

      practice->title = g_strdup (kinds[i]);
      practice->kind = g_strdup (kinds[i]);
      g_assert_true (insp_workspace_save_practice (fixture->workspace, practice, &error));
      g_assert_no_error (error);

      recommendations = list (fixture);
      g_assert_cmpint (get (recommendations, 11)->state, ==,
                       i == 0 ? INSP_RECOMMENDATION_UNDER_WAY : INSP_RECOMMENDATION_IN_PLACE);
      g_assert_cmpint (get (recommendations, 2)->state, ==, INSP_RECOMMENDATION_UNDER_WAY);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/recommendations/shape", test_shape, "en");
  insp_test_add_workspace ("/recommendations/empty", test_empty, NULL);
  insp_test_add_workspace ("/recommendations/example", test_example, "en");
  insp_test_add_workspace ("/recommendations/casebook", test_casebook, NULL);

  return g_test_run ();
}
