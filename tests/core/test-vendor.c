/* test-vendor.c — the vendor questionnaire: built-in questions, own questions, answers and
 * ratings, what is checked before anything is written, several vendors side by side
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-test-util.h"
#include "insp-vendor.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

#define PLANNER "37a9a82a-342a-472f-b942-7a2c48d1c5bc"
#define KWADRANT "25ea4518-8a21-4f0a-ada3-ceb27d0d2acc"
#define ROTAFLOW "a4fa6d03-0820-425e-875a-5edb57a5c467"

static char *
export_string (InspWorkspace *workspace)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (insp_workspace_export_json (workspace, out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
new_application (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = insp_application_new ();

  insp_application_set_name (application, "Rostering planner");
  insp_application_set_make_or_buy (application, "buy");
  g_assert_true (insp_workspace_save_application (fixture->workspace, application, &error));
  g_assert_no_error (error);
  return g_strdup (insp_application_get_uuid (application));
}

static InspVendor *
add_vendor (Fixture    *fixture,
            const char *application,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  InspVendor *vendor = insp_vendor_new ();

  vendor->name = g_strdup (name);
  g_assert_true (insp_workspace_add_vendor (fixture->workspace, application, vendor, &error));
  g_assert_no_error (error);
  g_assert_nonnull (vendor->uuid);
  return vendor;
}

static InspVendorQuestion *
find_key (GPtrArray  *questions,
          const char *key)
{
  for (guint i = 0; i < questions->len; i++)
    {
      InspVendorQuestion *q = g_ptr_array_index (questions, i);

      if (g_strcmp0 (q->key, key) == 0)
        return q;
    }
  return NULL;
}

static void
test_builtin_questions (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *application = new_application (fixture);
  g_autoptr(InspVendor) vendor = add_vendor (fixture, application, "  Kwadrant ");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) vendors = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  const InspBuiltinQuestion *builtin;
  guint n = 0;
  int last_group = -1;

  builtin = insp_vendor_get_builtin_questions (&n);
  g_assert_cmpuint (n, >=, 10);
  for (guint g = 0; g < insp_enum_vendor_group.n_values; g++)
    {
      guint in_group = 0;

      for (guint i = 0; i < n; i++)
        if (g_str_equal (builtin[i].group, insp_enum_vendor_group.values[g].id))
          in_group++;
      g_assert_cmpuint (in_group, >=, 2);
      g_assert_cmpuint (in_group, <=, 4);
    }
  g_assert_nonnull (insp_vendor_builtin_question_get_text ("ethics-human-last-word"));
  g_assert_null (insp_vendor_builtin_question_get_text ("no-such-key"));

  vendors = insp_workspace_list_vendors (fixture->workspace, application, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vendors->len, ==, 1);
  g_assert_cmpstr (((InspVendor *) g_ptr_array_index (vendors, 0))->name, ==, "Kwadrant");

  questions = insp_workspace_list_vendor_questions (fixture->workspace, vendor->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, n);
  for (guint i = 0; i < questions->len; i++)
    {
      InspVendorQuestion *q = g_ptr_array_index (questions, i);
      int group = insp_enum_index (&insp_enum_vendor_group, q->group);

      g_assert_cmpstr (q->key, ==, builtin[i].key);
      g_assert_null (q->question);
      g_assert_cmpstr (insp_vendor_question_get_text (q), ==, builtin[i].question);
      g_assert_cmpstr (q->rating, ==, "unanswered");
      g_assert_cmpint (group, >=, last_group);
      last_group = group;
    }
  g_assert_nonnull (find_key (questions, "effectiveness-evidence"));
  g_assert_nonnull (find_key (questions, "robustness-accuracy"));
  g_assert_nonnull (find_key (questions, "robustness-security"));
  g_assert_nonnull (find_key (questions, "ethics-non-discrimination"));
  g_assert_nonnull (find_key (questions, "ethics-privacy"));
}

static void
test_vendor_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *application = new_application (fixture);
  g_autofree char *before = export_string (fixture->workspace);
  g_autofree char *after = NULL;
  g_autoptr(InspVendor) vendor = insp_vendor_new ();
  g_autoptr(GError) error = NULL;

  vendor->name = g_strdup (" ");
  g_assert_false (insp_workspace_add_vendor (fixture->workspace, application, vendor, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "A vendor needs a name");
  g_assert_null (vendor->uuid);
  g_clear_error (&error);

  g_free (vendor->name);
  vendor->name = g_strdup ("Rotaflow");
  g_assert_false (insp_workspace_add_vendor (fixture->workspace, "nope", vendor, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_assert_null (vendor->uuid);

  after = export_string (fixture->workspace);
  g_assert_cmpstr (after, ==, before);
}

static void
test_answers_and_own_questions (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *application = new_application (fixture);
  g_autoptr(InspVendor) vendor = add_vendor (fixture, application, "Kwadrant");
  g_autoptr(InspVendorQuestion) own = insp_vendor_question_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  InspVendorQuestion *q;
  guint n;

  insp_vendor_get_builtin_questions (&n);
  questions = insp_workspace_list_vendor_questions (fixture->workspace, vendor->uuid, &error);

  /* an answer, a rating and a follow-up */
  q = find_key (questions, "robustness-security");
  q->answer = g_strdup ("Hosted in the EU; a login can be switched on");
  g_free (q->rating);
  q->rating = g_strdup ("unsatisfactory");
  q->follow_up = g_strdup ("Ask for a login on the availability page before the pilot");
  q->question = g_strdup ("ignored for a built-in question");
  g_assert_true (insp_workspace_save_vendor_question (fixture->workspace, q, &error));
  g_assert_no_error (error);

  /* a rating that does not exist */
  before = export_string (fixture->workspace);
  g_free (q->rating);
  q->rating = g_strdup ("good");
  g_assert_false (insp_workspace_save_vendor_question (fixture->workspace, q, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "“good” is not a valid rating: use satisfactory, "
                   "partial, unsatisfactory, unanswered");
  g_clear_error (&error);

  /* an own question needs a text and a group */
  own->vendor = g_strdup (vendor->uuid);
  own->group = g_strdup ("ethics");
  g_assert_false (insp_workspace_add_vendor_question (fixture->workspace, own, &error));
  g_assert_cmpstr (error->message, ==, "Write the question to ask the vendor");
  g_clear_error (&error);
  own->question = g_strdup ("Can drivers see why they got a night shift?");
  g_free (own->group);
  own->group = g_strdup ("ethic");
  g_assert_false (insp_workspace_add_vendor_question (fixture->workspace, own, &error));
  g_assert_cmpstr (error->message, ==, "“ethic” is not a valid question group: use "
                   "effectiveness, robustness, data-quality, ethics, lawfulness");
  g_clear_error (&error);
  g_assert_null (own->uuid);
  after = export_string (fixture->workspace);
  g_assert_cmpstr (after, ==, before);

  g_free (own->group);
  own->group = g_strdup ("ethics");
  g_assert_true (insp_workspace_add_vendor_question (fixture->workspace, own, &error));
  g_assert_no_error (error);
  g_assert_nonnull (own->uuid);
  g_assert_cmpint (own->position, ==, (int) n);

  g_clear_pointer (&questions, g_ptr_array_unref);
  questions = insp_workspace_list_vendor_questions (fixture->workspace, vendor->uuid, &error);
  g_assert_cmpuint (questions->len, ==, n + 1);
  q = find_key (questions, "robustness-security");
  g_assert_null (q->question);
  g_assert_cmpstr (q->rating, ==, "unsatisfactory");
  g_assert_cmpstr (q->follow_up, ==, "Ask for a login on the availability page before the "
                   "pilot");
  /* the own question comes after the built-in ethics questions, before lawfulness */
  for (guint i = 0; i < questions->len; i++)
    {
      q = g_ptr_array_index (questions, i);
      if (q->key == NULL)
        {
          g_assert_cmpstr (q->question, ==, "Can drivers see why they got a night shift?");
          g_assert_cmpstr (((InspVendorQuestion *) g_ptr_array_index (questions, i - 1))->group,
                           ==, "ethics");
          g_assert_cmpstr (((InspVendorQuestion *) g_ptr_array_index (questions, i + 1))->group,
                           ==, "lawfulness");
        }
    }

  /* a built-in question cannot be removed */
  q = find_key (questions, "ethics-privacy");
  g_assert_false (insp_workspace_remove_vendor_question (fixture->workspace, q->uuid, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_suffix (error->message, "” is a built-in question and cannot be "
                                   "removed; leave it unanswered if it does not apply"));
  g_clear_error (&error);

  /* an own question can */
  g_assert_true (insp_workspace_remove_vendor_question (fixture->workspace, own->uuid, &error));
  g_assert_no_error (error);
  g_clear_pointer (&questions, g_ptr_array_unref);
  questions = insp_workspace_list_vendor_questions (fixture->workspace, vendor->uuid, &error);
  g_assert_cmpuint (questions->len, ==, n);
  g_assert_false (insp_workspace_remove_vendor_question (fixture->workspace, own->uuid,
                                                         &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* deleting the vendor takes its questionnaire along */
  g_assert_true (insp_workspace_delete_vendor (fixture->workspace, vendor->uuid, &error));
  g_clear_pointer (&questions, g_ptr_array_unref);
  questions = insp_workspace_list_vendor_questions (fixture->workspace, vendor->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 0);
}

static void
test_compare_example (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspVendorComparison) cmp = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  const char *order[] = { ROTAFLOW, KWADRANT, NULL };
  InspVendorComparisonRow *row;
  guint n_both = 0;

  questions = insp_workspace_list_vendor_questions (fixture->workspace, KWADRANT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 10);
  g_assert_cmpstr (((InspVendorQuestion *) g_ptr_array_index (questions, 0))->group, ==,
                   "effectiveness");
  g_assert_cmpstr (((InspVendorQuestion *) g_ptr_array_index (questions, 9))->group, ==,
                   "lawfulness");

  cmp = insp_workspace_compare_vendors (fixture->workspace, PLANNER, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cmp->vendors->len, ==, 2);
  g_assert_cmpstr (((InspVendor *) g_ptr_array_index (cmp->vendors, 0))->name, ==,
                   "Kwadrant Planning bv");

  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 0, "satisfactory"), ==, 3);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 0, "partial"), ==, 3);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 0, "unsatisfactory"), ==, 1);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 0, "unanswered"), ==, 3);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 1, "satisfactory"), ==, 1);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 1, "partial"), ==, 1);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 1, "unsatisfactory"), ==, 1);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 1, "unanswered"), ==, 2);

  /* the own questions with the same text are one row; the groups stay in order */
  row = g_ptr_array_index (cmp->rows, 0);
  g_assert_cmpstr (row->group, ==, "effectiveness");
  g_assert_cmpstr (row->ratings[0], ==, "satisfactory");
  g_assert_cmpstr (row->ratings[1], ==, "partial");
  for (guint i = 0; i < cmp->rows->len; i++)
    {
      row = g_ptr_array_index (cmp->rows, i);
      g_assert_cmpuint (g_strv_length (row->ratings), ==, 2);
      if (row->ratings[0][0] != '\0' && row->ratings[1][0] != '\0')
        n_both++;
      if (i > 0)
        g_assert_cmpint (insp_enum_index (&insp_enum_vendor_group, row->group), >=,
                         insp_enum_index (&insp_enum_vendor_group,
                                          ((InspVendorComparisonRow *)
                                           g_ptr_array_index (cmp->rows, i - 1))->group));
    }
  g_assert_cmpuint (n_both, ==, 1);
  g_assert_cmpuint (cmp->rows->len, ==, 14);

  /* in a chosen order, and a vendor of another application is refused */
  g_clear_pointer (&cmp, insp_vendor_comparison_free);
  cmp = insp_workspace_compare_vendors (fixture->workspace, PLANNER, order, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((InspVendor *) g_ptr_array_index (cmp->vendors, 0))->name, ==,
                   "Rotaflow sa");
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 0, "unanswered"), ==, 2);
  g_clear_pointer (&cmp, insp_vendor_comparison_free);
  order[1] = "nope";
  cmp = insp_workspace_compare_vendors (fixture->workspace, PLANNER, order, &error);
  g_assert_null (cmp);
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
}

static void
test_compare_builtin (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspVendor) second = add_vendor (fixture, PLANNER, "Third vendor");
  g_autoptr(InspVendor) third = add_vendor (fixture, PLANNER, "Fourth vendor");
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(InspVendorComparison) cmp = NULL;
  const char *order[] = { second->uuid, third->uuid, NULL };
  InspVendorQuestion *q;
  guint n;

  insp_vendor_get_builtin_questions (&n);
  questions = insp_workspace_list_vendor_questions (fixture->workspace, third->uuid, &error);
  q = find_key (questions, "ethics-human-last-word");
  g_free (q->rating);
  q->rating = g_strdup ("satisfactory");
  g_assert_true (insp_workspace_save_vendor_question (fixture->workspace, q, &error));
  g_assert_no_error (error);

  cmp = insp_workspace_compare_vendors (fixture->workspace, PLANNER, order, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cmp->rows->len, ==, n);
  for (guint i = 0; i < cmp->rows->len; i++)
    {
      InspVendorComparisonRow *row = g_ptr_array_index (cmp->rows, i);

      g_assert_nonnull (row->key);
      g_assert_cmpstr (row->ratings[0], ==, "unanswered");
      g_assert_cmpstr (row->ratings[1], ==, g_str_equal (row->key, "ethics-human-last-word")
                                            ? "satisfactory" : "unanswered");
    }
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 0, "unanswered"), ==, n);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 1, "unanswered"), ==, n - 1);
  g_assert_cmpuint (insp_vendor_comparison_get_count (cmp, 1, "satisfactory"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/vendor/builtin", test_builtin_questions, NULL);
  insp_test_add_workspace ("/vendor/validation", test_vendor_validation, NULL);
  insp_test_add_workspace ("/vendor/questions", test_answers_and_own_questions, NULL);
  insp_test_add_workspace ("/vendor/compare-example", test_compare_example, "en");
  insp_test_add_workspace ("/vendor/compare-builtin", test_compare_builtin, "en");

  return g_test_run ();
}
