/* insp-bench-open.c — how long opening a workspace takes, up to what the first page shows
 *
 *   insp-bench-open WORKSPACE RUNS
 *
 * Prints three medians in milliseconds, on one line: opening the workspace through the
 * core's front door, reading its organisation and whether it is empty (what the Overview
 * shows first) and listing the workspaces of its folder (the switcher); then, on the open
 * workspace, reading every person (what the People page lists); then reading every
 * application and the track of the one with the most activities (the Applications page).
 */
#define G_LOG_DOMAIN "inspraak-bench"

#include "config.h"

#include <stdlib.h>

#include "insp-application.h"
#include "insp-person.h"

#include "insp-bench-util.h"
#include "insp-workspace.h"
#include "insp-workspace-list.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) people_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) track_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  int runs;

  if (argc != 3)
    {
      g_printerr ("usage: %s WORKSPACE RUNS\n", argv[0]);
      return 64;
    }
  runs = MAX (1, atoi (argv[2]));
  dir = g_path_get_dirname (argv[1]);

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(InspWorkspace) workspace = NULL;
      g_autoptr(InspWorkspaceList) list = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      workspace = insp_workspace_open (argv[1], FALSE, &error);
      if (workspace == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      (void) insp_workspace_is_empty (workspace);
      (void) insp_organisation_get_name (insp_workspace_get_organisation (workspace));
      list = insp_workspace_list_new (dir);
      (void) g_list_model_get_n_items (G_LIST_MODEL (list));

      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);

      {
        g_autoptr(GPtrArray) persons = NULL;

        start = g_get_monotonic_time ();
        persons = insp_workspace_list_persons (workspace, NULL);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (people_times, ms);
      }

      {
        g_autoptr(GPtrArray) applications = NULL;
        g_autoptr(InspTrack) track = NULL;
        g_autoptr(GPtrArray) activities = NULL;
        InspApplication *largest = NULL;
        guint most = 0;

        start = g_get_monotonic_time ();
        applications = insp_workspace_list_applications (workspace, NULL);
        for (guint a = 0; applications != NULL && a < applications->len; a++)
          {
            InspApplication *application = g_ptr_array_index (applications, a);
            const char *uuid = insp_application_get_uuid (application);
            g_autoptr(InspTrack) t = insp_workspace_get_track (workspace, uuid, NULL);

            if (t != NULL && t->n_activities >= most)
              {
                most = t->n_activities;
                largest = application;
              }
          }
        if (largest != NULL)
          {
            track = insp_workspace_get_track (workspace, insp_application_get_uuid (largest),
                                              NULL);
            activities = insp_workspace_list_activities (workspace,
                                                         insp_application_get_uuid (largest),
                                                         NULL);
          }
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (track_times, ms);
      }
    }

  g_print ("%.1f %.1f %.1f\n", insp_bench_median (times), insp_bench_median (people_times),
           insp_bench_median (track_times));
  return 0;
}
