/* insp-bench-open.c — how long opening a workspace takes, up to what the first page shows
 *
 *   insp-bench-open WORKSPACE RUNS
 *
 * Prints the median in milliseconds of: opening the workspace through the core's front
 * door, reading its organisation and whether it is empty (what the Overview shows first),
 * and listing the workspaces of its folder (the switcher).
 */
#define G_LOG_DOMAIN "inspraak-bench"

#include "config.h"

#include <stdlib.h>

#include "insp-bench-util.h"
#include "insp-workspace.h"
#include "insp-workspace-list.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
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
    }

  g_print ("%.1f\n", insp_bench_median (times));
  return 0;
}
