/* test-people.c — people: saved with roles and trainings, linked to applications, deleted
 * everywhere with a role-only trace in activities, and put back by undo
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "insp-application.h"
#include "insp-error.h"
#include "insp-group.h"
#include "insp-person.h"
#include "insp-test-util.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

static int
count (Fixture    *fixture,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_save (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspPerson) person = insp_person_new ();
  g_autoptr(InspPerson) read = NULL;
  const char *roles[] = { "frontrunner", "end-user", NULL };
  const char *bad_roles[] = { "boss", NULL };

  /* Not named in exports unless they agree. */
  g_assert_false (insp_person_get_consent_named (person));
  insp_person_set_name (person, " Driver 7 ");
  insp_person_set_department (person, "Transport");
  insp_person_set_roles (person, roles);
  insp_person_add_training (person, "AI literacy basics", "2026-02-24");
  insp_person_add_training (person, "Planner training", NULL);
  g_assert_true (insp_workspace_save_person (fixture->workspace, person, &error));
  g_assert_no_error (error);

  read = insp_workspace_get_person (fixture->workspace, insp_person_get_uuid (person), &error);
  g_assert_cmpstr (insp_person_get_name (read), ==, "Driver 7");
  g_assert_false (insp_person_get_consent_named (read));
  g_assert_cmpuint (g_strv_length ((GStrv) insp_person_get_roles (read)), ==, 2);
  g_assert_cmpuint (insp_person_get_trainings (read)->len, ==, 2);
  g_assert_cmpstr (((InspTraining *) g_ptr_array_index (insp_person_get_trainings (read), 0))
                   ->title, ==, "AI literacy basics");

  insp_person_set_consent_named (read, TRUE);
  insp_person_remove_training (read, 1);
  g_assert_true (insp_workspace_save_person (fixture->workspace, read, &error));
  g_clear_object (&person);
  person = insp_workspace_get_person (fixture->workspace, insp_person_get_uuid (read), &error);
  g_assert_true (insp_person_get_consent_named (person));
  g_assert_cmpuint (insp_person_get_trainings (person)->len, ==, 1);

  /* Refused: no name, an unknown role, a training without a date in the right form. */
  insp_person_set_name (person, "  ");
  g_assert_false (insp_workspace_save_person (fixture->workspace, person, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  insp_person_set_name (person, "Driver 7");
  insp_person_set_roles (person, bad_roles);
  g_assert_false (insp_workspace_save_person (fixture->workspace, person, &error));
  g_assert_nonnull (strstr (error->message, "boss"));
  g_clear_error (&error);
  insp_person_set_roles (person, NULL);
  insp_person_add_training (person, "First aid", "24/02/2026");
  g_assert_false (insp_workspace_save_person (fixture->workspace, person, &error));
  g_assert_nonnull (strstr (error->message, "Driver 7"));
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) persons = insp_workspace_list_persons (fixture->workspace, &error);
  g_autoptr(InspPerson) deleted = NULL;
  g_autoptr(InspPerson) back = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *in_activities = NULL;
  g_autofree char *in_links = NULL;
  int participations, links, traces;

  g_assert_no_error (error);
  /* Someone who took part in activities and is linked to an application. */
  for (guint i = 0; i < persons->len && uuid == NULL; i++)
    {
      const char *candidate = insp_person_get_uuid (g_ptr_array_index (persons, i));
      g_autofree char *a = g_strdup_printf ("SELECT count(*) FROM activity_persons "
                                            "WHERE person = '%s'", candidate);
      g_autofree char *l = g_strdup_printf ("SELECT count(*) FROM application_persons "
                                            "WHERE person = '%s'", candidate);

      if (count (fixture, a) > 0 && count (fixture, l) > 0)
        {
          uuid = g_strdup (candidate);
          in_activities = g_steal_pointer (&a);
          in_links = g_steal_pointer (&l);
        }
    }
  g_assert_nonnull (uuid);
  participations = count (fixture, in_activities);
  links = count (fixture, in_links);
  traces = count (fixture, "SELECT count(*) FROM activity_persons WHERE person IS NULL");

  deleted = insp_workspace_delete_person (fixture->workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);

  /* Gone everywhere … */
  g_assert_null (insp_workspace_get_person (fixture->workspace, uuid, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, in_activities), ==, 0);
  g_assert_cmpint (count (fixture, in_links), ==, 0);
  /* … but the activities keep a trace with a role, no name. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM activity_persons WHERE person IS NULL"),
                   ==, traces + participations);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM activity_persons WHERE person IS NULL "
                          "AND role IS NULL"), ==, 0);
  g_assert_true (insp_workspace_check (fixture->workspace, &error));

  /* Undo: back with every link. */
  g_assert_true (insp_workspace_restore_person (fixture->workspace, deleted, &error));
  g_assert_no_error (error);
  back = insp_workspace_get_person (fixture->workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (insp_person_get_name (back), ==, insp_person_get_name (deleted));
  g_assert_cmpint (count (fixture, in_activities), ==, participations);
  g_assert_cmpint (count (fixture, in_links), ==, links);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM activity_persons WHERE person IS NULL"),
                   ==, traces);
}

static void
test_links (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspApplication) application = insp_application_new ();
  g_autoptr(InspPerson) person = insp_person_new ();
  g_autoptr(GPtrArray) links = NULL;
  InspApplicationPerson *link;

  insp_application_set_name (application, "Cobot");
  insp_workspace_save_application (fixture->workspace, application, &error);
  insp_person_set_name (person, "Warehouse lead");
  insp_workspace_save_person (fixture->workspace, person, &error);
  g_assert_no_error (error);

  g_assert_true (insp_workspace_link_person (fixture->workspace,
                                             insp_application_get_uuid (application),
                                             insp_person_get_uuid (person), "frontrunner",
                                             "Shows colleagues the cobot", &error));
  links = insp_workspace_list_application_persons (fixture->workspace,
                                                   insp_application_get_uuid (application),
                                                   &error);
  g_assert_cmpuint (links->len, ==, 1);
  link = g_ptr_array_index (links, 0);
  g_assert_cmpstr (link->name, ==, "Warehouse lead");
  g_assert_cmpstr (link->task, ==, "Shows colleagues the cobot");

  g_assert_false (insp_workspace_link_person (fixture->workspace,
                                              insp_application_get_uuid (application),
                                              insp_person_get_uuid (person), "boss", NULL,
                                              &error));
  g_clear_error (&error);
  g_assert_true (insp_workspace_unlink_person (fixture->workspace,
                                               insp_application_get_uuid (application),
                                               insp_person_get_uuid (person), "frontrunner",
                                               &error));
  g_clear_pointer (&links, g_ptr_array_unref);
  links = insp_workspace_list_application_persons (fixture->workspace,
                                                   insp_application_get_uuid (application),
                                                   &error);
  g_assert_cmpuint (links->len, ==, 0);
}

static void
test_groups (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspGroup) night = NULL;
  g_autoptr(InspGroup) again = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  InspGroup *management;

  night = insp_workspace_add_group (fixture->workspace, "Weekend drivers",
                                    "Work when the others are off", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (insp_group_get_key (night), ==, "weekend-drivers");
  g_assert_false (insp_group_is_builtin (night));
  again = insp_workspace_add_group (fixture->workspace, "Weekend drivers!", NULL, &error);
  g_assert_cmpstr (insp_group_get_key (again), ==, "weekend-drivers-2");
  g_assert_null (insp_workspace_add_group (fixture->workspace, "  ", NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);

  groups = insp_workspace_list_groups (fixture->workspace, &error);
  management = g_ptr_array_index (groups, 0);
  g_assert_true (insp_group_is_builtin (management));
  g_assert_true (insp_workspace_rename_group (fixture->workspace,
                                              insp_group_get_uuid (management), "Directie",
                                              &error));
  g_assert_true (insp_workspace_rename_group (fixture->workspace,
                                              insp_group_get_uuid (management), "", &error));
  g_assert_false (insp_workspace_rename_group (fixture->workspace, insp_group_get_uuid (night),
                                               "", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  /* A name another group has, whatever its case, is refused: they could not be told apart. */
  g_assert_false (insp_workspace_rename_group (fixture->workspace, insp_group_get_uuid (night),
                                               "weekend DRIVERS!", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "“Weekend drivers!”"));
  g_clear_error (&error);
  g_assert_null (insp_workspace_add_group (fixture->workspace, "MANAGEMENT", NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  /* Its own name, or another case of it, is fine. */
  g_assert_true (insp_workspace_rename_group (fixture->workspace, insp_group_get_uuid (night),
                                              "Weekend Drivers", &error));
  g_assert_no_error (error);
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = insp_workspace_list_groups (fixture->workspace, &error);
  g_assert_cmpuint (groups->len, ==, 9);   /* six built in, the example's own, two new */
  g_assert_cmpstr (insp_group_get_key (g_ptr_array_index (groups, 0)), ==, "management");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, InspTestWorkspace, "en", insp_test_workspace_set_up, func, \
              insp_test_workspace_tear_down)

  ADD ("/people/save", test_save);
  ADD ("/people/delete-and-undo", test_delete_and_undo);
  ADD ("/people/links", test_links);
  ADD ("/people/groups", test_groups);

  return g_test_run ();
}
