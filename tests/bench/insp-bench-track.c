/* insp-bench-track.c — reading an innovation track of 100 activities
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints "track_100_ms MEDIAN": the time to read the track (its phases, levels reached and
 * effort) and its activities, as the application view does when a track is opened, for an
 * application with 100 activities spread over its phases (median of 30).
 */

#include "config.h"

#include <glib/gstdio.h>

#include "insp-application.h"
#include "insp-bench-util.h"
#include "insp-workspace.h"

#define N_ACTIVITIES 100
#define N_RUNS 30

int
main (int   argc,
      char *argv[])
{
  static const char *phases[] = { "needs", "decision", "pilot", "rollout", "improvement" };
  static const char *levels[] = { "inform", "dialogue", "co-create", "collaborate" };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("inspraak-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(InspApplication) application = insp_application_new ();
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  const char *triggers[] = { "worker-data", "interacts", NULL };

  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.inspraak", NULL);
  workspace = insp_workspace_open (path, TRUE, &error);
  g_assert_no_error (error);

  insp_application_set_name (application, "Rostering planner");
  insp_application_set_risk_level (application, "high");
  insp_application_set_triggers (application, triggers);
  insp_workspace_save_application (workspace, application, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_ACTIVITIES; i++)
    {
      g_autoptr(InspActivity) activity = insp_activity_new ();
      g_autofree char *title = g_strdup_printf ("Activity %u", i + 1);
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 12, 1 + i % 28);

      insp_activity_set_title (activity, title);
      insp_activity_set_method (activity, "acceptance-workshop");
      insp_activity_set_level (activity, levels[i % 4]);
      insp_activity_set_held (activity, i % 3 != 0);
      insp_activity_set_date (activity, date);
      insp_activity_set_head_count (activity, 10 + (int) (i % 20));
      insp_activity_set_participant_hours (activity, 1.5 * (i % 8));
      insp_activity_set_organiser_hours (activity, 2);
      insp_activity_set_outcome (activity, "Employees said what works and what does not; "
                                 "three changes were agreed.");
      insp_workspace_save_activity (workspace, insp_application_get_uuid (application),
                                    phases[i % 5], phases[i % 5][0] == 'p' ? 1 + i % 3 : 1,
                                    activity, &error);
      g_assert_no_error (error);
    }

  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(InspTrack) track = NULL;
      g_autoptr(GPtrArray) activities = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      track = insp_workspace_get_track (workspace, insp_application_get_uuid (application),
                                        &error);
      activities = insp_workspace_list_activities (workspace,
                                                   insp_application_get_uuid (application),
                                                   &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_assert (activities->len == N_ACTIVITIES && track->n_activities == N_ACTIVITIES);
      g_array_append_val (times, ms);
    }

  g_print ("track_100_ms %.2f\n", insp_bench_median (times));

  g_clear_object (&workspace);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
  return 0;
}
