/* test-invisible.c — invisible work: the checklist of kinds, what is checked before an item is
 * written, the totals, the kinds nobody estimated and the share of the project budget; the
 * project budget in the JSON interchange
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "insp-application.h"
#include "insp-error.h"
#include "insp-invisible-work.h"
#include "insp-test-util.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

#define PLANNER "37a9a82a-342a-472f-b942-7a2c48d1c5bc"

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

static InspInvisibleItem *
find_kind (GPtrArray  *items,
           const char *kind)
{
  for (guint i = 0; i < items->len; i++)
    {
      InspInvisibleItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->kind, kind))
        return item;
    }
  return NULL;
}

static void
test_example_list_and_totals (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = insp_workspace_list_invisible_work (fixture->workspace,
                                                                   PLANNER, &error);
  g_autoptr(InspInvisibleWorkTotals) totals = NULL;
  const char *kinds[] = { "data-cleaning", "labelling", "user-training", "communication",
                          "system-changes" };

  g_assert_no_error (error);
  /* the five kinds in the domain's order: three estimated, two placeholders */
  g_assert_cmpuint (items->len, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpstr (((InspInvisibleItem *) g_ptr_array_index (items, i))->kind, ==, kinds[i]);
  g_assert_nonnull (find_kind (items, "data-cleaning")->uuid);
  g_assert_cmpfloat (find_kind (items, "data-cleaning")->hours, ==, 60);
  g_assert_cmpfloat (find_kind (items, "system-changes")->budget, ==, 9500);
  g_assert_cmpstr (find_kind (items, "labelling")->owner, ==, "Planning");
  g_assert_null (find_kind (items, "user-training")->uuid);
  g_assert_cmpfloat (find_kind (items, "user-training")->hours, <, 0);
  g_assert_cmpstr (insp_invisible_item_get_display_title (find_kind (items, "communication")),
                   ==, "Communication and transparency");

  totals = insp_workspace_get_invisible_work_totals (fixture->workspace, PLANNER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->n_items, ==, 3);
  g_assert_cmpfloat (totals->total_hours, ==, 180);
  g_assert_cmpfloat (totals->total_budget, ==, 13500);
  g_assert_cmpuint (g_strv_length (totals->unestimated_kinds), ==, 2);
  g_assert_cmpstr (totals->unestimated_kinds[0], ==, "user-training");
  g_assert_cmpstr (totals->unestimated_kinds[1], ==, "communication");
  /* no project budget: no share */
  g_assert_cmpfloat (totals->project_budget, <, 0);
  g_assert_cmpfloat (totals->budget_share, <, 0);
}

static void
test_share_of_project_budget (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) planner = insp_workspace_get_application (fixture->workspace,
                                                                       PLANNER, &error);
  g_autoptr(InspApplication) again = NULL;
  g_autoptr(InspInvisibleWorkTotals) totals = NULL;
  g_autoptr(InspInvisibleItem) training = insp_invisible_item_new ();

  g_assert_no_error (error);
  g_assert_cmpfloat (insp_application_get_project_budget (planner), <, 0);
  insp_application_set_project_budget (planner, 90000);
  g_assert_true (insp_workspace_save_application (fixture->workspace, planner, &error));
  g_assert_no_error (error);
  again = insp_workspace_get_application (fixture->workspace, PLANNER, &error);
  g_assert_cmpfloat (insp_application_get_project_budget (again), ==, 90000);

  /* hours alone are an estimate too */
  training->kind = g_strdup ("user-training");
  training->hours = 24;
  training->owner = g_strdup ("HR");
  g_assert_true (insp_workspace_save_invisible_item (fixture->workspace, PLANNER, training,
                                                     &error));
  g_assert_no_error (error);

  totals = insp_workspace_get_invisible_work_totals (fixture->workspace, PLANNER, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (totals->total_hours, ==, 204);
  g_assert_cmpfloat (totals->total_budget, ==, 13500);
  g_assert_cmpfloat (totals->project_budget, ==, 90000);
  g_assert_cmpfloat (fabs (totals->budget_share - 0.15), <, 1e-9);
  g_assert_cmpuint (g_strv_length (totals->unestimated_kinds), ==, 1);
  g_assert_cmpstr (totals->unestimated_kinds[0], ==, "communication");

  /* the budget taken away again: no share */
  insp_application_set_project_budget (again, -1);
  g_assert_true (insp_workspace_save_application (fixture->workspace, again, &error));
  g_clear_pointer (&totals, insp_invisible_work_totals_free);
  totals = insp_workspace_get_invisible_work_totals (fixture->workspace, PLANNER, &error);
  g_assert_cmpfloat (totals->budget_share, <, 0);
}

static void
assert_refused (Fixture           *fixture,
                const char        *application,
                InspInvisibleItem *item,
                GQuark             domain,
                int                code,
                const char        *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export_string (fixture->workspace);
  g_autofree char *after = NULL;

  g_assert_false (insp_workspace_save_invisible_item (fixture->workspace, application, item,
                                                      &error));
  g_assert_error (error, domain, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  g_assert_null (item->uuid);
  after = export_string (fixture->workspace);
  g_assert_cmpstr (after, ==, before);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(InspInvisibleItem) item = insp_invisible_item_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(InspInvisibleWorkTotals) totals = NULL;

  item->kind = g_strdup ("cleaning");
  assert_refused (fixture, PLANNER, item, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                  "“cleaning” is not a valid kind of invisible work: use data-cleaning, "
                  "labelling, user-training, communication, system-changes, other");

  g_free (item->kind);
  item->kind = g_strdup ("other");
  item->title = g_strdup ("   ");
  assert_refused (fixture, PLANNER, item, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                  "Say what the other invisible work is: it needs a title");

  g_free (item->title);
  item->title = g_strdup ("Rewrite the shift agreements");
  item->hours = -5;
  assert_refused (fixture, PLANNER, item, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                  "“Rewrite the shift agreements”: the hours must be 0 or more, or left "
                  "unknown");

  g_free (item->kind);
  g_clear_pointer (&item->title, g_free);
  item->kind = g_strdup ("communication");
  item->hours = 12;
  item->budget = NAN;
  assert_refused (fixture, PLANNER, item, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                  "“Communication and transparency”: the budget must be 0 or more, or left "
                  "unknown");

  item->budget = 500;
  assert_refused (fixture, "no-such-application", item, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                  NULL);

  /* an own item with a title, and zero hours are fine */
  g_free (item->kind);
  item->kind = g_strdup ("other");
  item->title = g_strdup ("  Rewrite the shift agreements ");
  item->hours = 0;
  g_assert_true (insp_workspace_save_invisible_item (fixture->workspace, PLANNER, item, &error));
  g_assert_no_error (error);
  g_assert_nonnull (item->uuid);

  totals = insp_workspace_get_invisible_work_totals (fixture->workspace, PLANNER, &error);
  g_assert_cmpuint (totals->n_items, ==, 4);
  g_assert_cmpfloat (totals->total_hours, ==, 180);
  g_assert_cmpfloat (totals->total_budget, ==, 14000);
}

static void
test_delete_and_put_back (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = insp_workspace_list_invisible_work (fixture->workspace,
                                                                   PLANNER, &error);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(InspInvisibleItem) other = insp_invisible_item_new ();
  g_autoptr(InspInvisibleWorkTotals) totals = NULL;
  InspInvisibleItem *labelling = find_kind (items, "labelling");
  g_autofree char *uuid = g_strdup (labelling->uuid);

  /* own items come last */
  other->kind = g_strdup ("other");
  other->title = g_strdup ("Collect feedback on the first rosters");
  other->budget = 300;
  g_assert_true (insp_workspace_save_invisible_item (fixture->workspace, PLANNER, other,
                                                     &error));

  g_assert_true (insp_workspace_delete_invisible_item (fixture->workspace, uuid, &error));
  g_assert_no_error (error);
  after = insp_workspace_list_invisible_work (fixture->workspace, PLANNER, &error);
  g_assert_cmpuint (after->len, ==, 6);
  g_assert_null (find_kind (after, "labelling")->uuid);
  g_assert_cmpstr (((InspInvisibleItem *) g_ptr_array_index (after, 5))->title, ==,
                   "Collect feedback on the first rosters");
  totals = insp_workspace_get_invisible_work_totals (fixture->workspace, PLANNER, &error);
  g_assert_cmpfloat (totals->total_hours, ==, 140);
  g_assert_true (g_strv_contains ((const char * const *) totals->unestimated_kinds,
                                  "labelling"));

  /* saving it again, uuid and all, puts it back */
  g_assert_true (insp_workspace_save_invisible_item (fixture->workspace, PLANNER, labelling,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpstr (labelling->uuid, ==, uuid);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = insp_workspace_list_invisible_work (fixture->workspace, PLANNER, &error);
  g_assert_cmpstr (find_kind (after, "labelling")->uuid, ==, uuid);
  g_assert_cmpfloat (find_kind (after, "labelling")->hours, ==, 40);
}

static void
test_empty_application (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = insp_application_new ();
  g_autoptr(InspInvisibleWorkTotals) totals = NULL;
  g_autoptr(GPtrArray) items = NULL;

  insp_application_set_name (application, "Chatbot");
  g_assert_true (insp_workspace_save_application (fixture->workspace, application, &error));
  items = insp_workspace_list_invisible_work (fixture->workspace,
                                              insp_application_get_uuid (application), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 5);
  totals = insp_workspace_get_invisible_work_totals (fixture->workspace,
                                                     insp_application_get_uuid (application),
                                                     &error);
  g_assert_cmpuint (totals->n_items, ==, 0);
  g_assert_cmpfloat (totals->total_hours, ==, 0);
  g_assert_cmpuint (g_strv_length (totals->unestimated_kinds), ==, 5);

  g_assert_null (insp_workspace_list_invisible_work (fixture->workspace, "nope", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
}

static void
test_project_budget_round_trip (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) planner = insp_workspace_get_application (fixture->workspace,
                                                                       PLANNER, &error);
  g_autofree char *json = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "second.inspraak", NULL);
  g_autoptr(InspWorkspace) second = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(InspImport) import = NULL;
  g_autoptr(InspImportSummary) summary = NULL;
  g_autoptr(InspApplication) copy = NULL;
  g_autofree char *json2 = NULL;
  const char *bad;

  insp_application_set_project_budget (planner, 85000.5);
  g_assert_true (insp_workspace_save_application (fixture->workspace, planner, &error));
  g_assert_no_error (error);
  json = export_string (fixture->workspace);
  g_assert_nonnull (strstr (json, "\"project_budget\": 85000.5"));
  g_assert_nonnull (strstr (json, "\"project_budget\": null"));   /* the chatbot */

  second = insp_workspace_open (path, TRUE, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new (json, strlen (json));
  import = insp_import_new (bytes, "test.json", 20, &error);
  g_assert_no_error (error);
  summary = insp_workspace_plan_import (second, import, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (insp_workspace_apply_import (second, import, TRUE, &error));
  g_assert_no_error (error);
  copy = insp_workspace_get_application (second, PLANNER, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (insp_application_get_project_budget (copy), ==, 85000.5);
  json2 = export_string (second);
  g_assert_cmpstr (json2, ==, json);

  /* a negative budget is refused on import */
  bad = strstr (json2, "\"project_budget\": 85000.5");
  g_assert_nonnull (bad);
  memcpy ((char *) bad + strlen ("\"project_budget\": "), "-8500.5", 7);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&import, insp_import_free);
  bytes = g_bytes_new (json2, strlen (json2));
  import = insp_import_new (bytes, "test.json", 20, &error);
  if (import != NULL)
    {
      g_clear_pointer (&summary, insp_import_summary_free);
      summary = insp_workspace_plan_import (second, import, TRUE, &error);
    }
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "must not be negative"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/invisible/example", test_example_list_and_totals, "en");
  insp_test_add_workspace ("/invisible/share", test_share_of_project_budget, "en");
  insp_test_add_workspace ("/invisible/validation", test_validation, "en");
  insp_test_add_workspace ("/invisible/delete", test_delete_and_put_back, "en");
  insp_test_add_workspace ("/invisible/empty", test_empty_application, NULL);
  insp_test_add_workspace ("/invisible/project-budget-json", test_project_budget_round_trip,
                           "en");

  return g_test_run ();
}
