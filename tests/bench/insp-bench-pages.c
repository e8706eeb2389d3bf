/* insp-bench-pages.c — the main window on the large workspace: the Overview it opens on,
 * switching from the AI Vision page to the Applications page, and choosing an application
 * with a track of 100 activities, each timed until the result is on screen
 *
 *   insp-bench-pages WORKSPACE RUNS
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the app in this process, as `inspraak` does, with WORKSPACE (copied into a new
 * XDG_DATA_HOME) as the workspace it opens at start. Each run opens a new main window, which
 * opens on the Overview, then shows the AI Vision page, and times:
 *
 *   overview_first_ms  the Overview's first frame: from the moment the window has opened the
 *                    workspace (its busy state ends and the workspace is handed to the
 *                    pages) to the end of the first frame painted with the Overview showing
 *                    that workspace — the page reads the whole workspace and builds its
 *                    rows; its "_sync_ms" is the part until the pages have the workspace;
 *   pages_first_ms   Vision -> Applications in a window that has not shown that page yet:
 *                    the page is built, lists every application and shows the first one's
 *                    track (all in the large workspace have 100 activities);
 *   pages_again_ms   Vision -> Applications once more, the page already built;
 *   track_100_ms     choosing in the list the application with the most activities (100)
 *                    other than the one shown: its track view is built and shown.
 *
 * The other figures run from the call (insp_window_show_page (),
 * insp_applications_page_show_application ()) to the end of the first frame painted with
 * the page mapped (the end of GdkFrameClock::paint, once GDK rendered the frame and handed
 * it to the display), and is the median of RUNS windows. Next to each, "<name>_sync_ms" is
 * the part spent in the call itself, before the frame. With INSP_BENCH_PHASES set, the
 * timings of each frame go to standard error: when the call returned, when the layout
 * (style, size negotiation, allocation) was done and when the frame was painted.
 * Needs a display (the bench runs it under Xvfb).
 */

#define G_LOG_DOMAIN "inspraak-bench"

#include "config.h"

#include <adwaita.h>
#include <gio/gio.h>
#include <stdlib.h>

#include "insp-app.h"
#include "insp-application.h"
#include "insp-applications-page.h"
#include "insp-bench-util.h"
#include "insp-track-view.h"
#include "insp-window.h"
#include "insp-workspace.h"

#define WORKSPACE_NAME "large.inspraak"
#define READY_TIMEOUT_MS 60000
#define FRAME_TIMEOUT_MS 10000
#define SETTLE_MS 300

typedef struct
{
  char      *uuid;
  guint      n_activities;
} Candidate;

typedef struct
{
  int         runs;
  GPtrArray  *candidates;       /* of Candidate, most activities first */
  int         status;

  /* The frame being waited for */
  GtkWidget  *target;           /* on screen once mapped in a painted frame */
  InspWindow *opening;          /* or, when set, this window once it shows its workspace */
  const char *track_uuid;       /* and, when set, the track view shows this application */
  gint64      painted_at;       /* when it was, or 0 */
  gint64      watch_start;      /* when the timed call began */
  gint64      returned;         /* when it returned */
  gint64      layout_end;       /* when the layout of the last frame was done */
  gboolean    show_phases;      /* $INSP_BENCH_PHASES */

  GArray     *overview, *overview_sync;
  GArray     *first, *first_sync;
  GArray     *again, *again_sync;
  GArray     *track, *track_sync;
  guint       n_track_activities;
} Bench;

static gint64
now_us (void)
{
  return g_get_monotonic_time ();
}

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->uuid);
  g_free (candidate);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = *(const Candidate * const *) a;
  const Candidate *y = *(const Candidate * const *) b;

  return (y->n_activities > x->n_activities) - (y->n_activities < x->n_activities);
}

/* The applications of @path with the number of activities of each, most first. */
static GPtrArray *
read_candidates (const char  *path,
                 GError     **error)
{
  g_autoptr(InspWorkspace) workspace = insp_workspace_open (path, FALSE, error);
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (candidate_free);

  if (workspace == NULL)
    return NULL;
  applications = insp_workspace_list_applications (workspace, error);
  if (applications == NULL)
    return NULL;
  for (guint i = 0; i < applications->len; i++)
    {
      const char *uuid = insp_application_get_uuid (g_ptr_array_index (applications, i));
      g_autoptr(InspTrack) track = insp_workspace_get_track (workspace, uuid, error);
      Candidate *candidate;

      if (track == NULL)
        return NULL;
      candidate = g_new0 (Candidate, 1);
      candidate->uuid = g_strdup (uuid);
      candidate->n_activities = track->n_activities;
      g_ptr_array_add (candidates, candidate);
    }
  g_ptr_array_sort (candidates, compare_candidates);
  return g_steal_pointer (&candidates);
}

/* --- Waiting ----------------------------------------------------------------------------- */

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
on_tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

typedef gboolean (*Condition) (gpointer data);

static gboolean
wait_for (Condition condition,
          gpointer  data,
          guint     timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (timeout_ms, on_timeout, &timed_out);
  /* Frames do not always wake the loop up: look again every 5 ms. */
  guint tick_id = g_timeout_add (5, on_tick, NULL);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout_id);
  g_source_remove (tick_id);
  return condition (data);
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/* Lets the window settle: pending idles, frames and the workspace's own timers. */
static void
settle (void)
{
  wait_for (never, NULL, SETTLE_MS);
}

static gboolean
window_is_ready (gpointer data)
{
  GtkWidget *window = data;

  return gtk_widget_get_mapped (window) && gtk_widget_get_width (window) > 0
         && !insp_window_get_busy (INSP_WINDOW (window))
         && insp_window_get_workspace (INSP_WINDOW (window)) != NULL;
}

static gboolean
frame_painted (gpointer data)
{
  return ((Bench *) data)->painted_at != 0;
}

/* Connected after GDK's own handlers: when its layout (style, size negotiation, allocation)
 * and its paint (snapshot, render, swap) are done. The paint signal is emitted for every
 * frame drawn, unlike before-paint and after-paint, which only frames that ask get. */
static void
on_layout (GdkFrameClock *clock,
           Bench         *bench)
{
  bench->layout_end = now_us ();
}

static void
on_paint (GdkFrameClock *clock,
          Bench         *bench)
{
  if ((bench->target == NULL && bench->opening == NULL) || bench->painted_at != 0)
    return;
  if (bench->show_phases)
    g_printerr ("  frame: call %.1f ms, layout done at %.1f ms, painted at %.1f ms\n",
                (bench->returned - bench->watch_start) / 1000.0,
                (bench->layout_end - bench->watch_start) / 1000.0,
                (now_us () - bench->watch_start) / 1000.0);
  if (bench->opening != NULL)
    {
      GtkWidget *overview = insp_window_get_page (bench->opening, "overview");

      if (insp_window_get_workspace (bench->opening) == NULL || overview == NULL
          || !gtk_widget_get_mapped (overview))
        return;
      bench->painted_at = now_us ();
      return;
    }
  if (!gtk_widget_get_mapped (bench->target))
    return;
  if (bench->track_uuid != NULL
      && g_strcmp0 (insp_track_view_get_application (INSP_TRACK_VIEW (bench->target)),
                    bench->track_uuid) != 0)
    return;
  bench->painted_at = now_us ();
}

/* Starts watching for the first frame painted with @target mapped. */
static void
watch (Bench      *bench,
       GtkWidget  *target,
       const char *track_uuid)
{
  bench->returned = now_us ();
  bench->target = target;
  bench->track_uuid = track_uuid;
  bench->painted_at = 0;
}

/* Waits for that frame; returns when it was painted, or 0. */
static gint64
wait_for_frame (Bench *bench)
{
  gint64 painted_at;

  if (!wait_for (frame_painted, bench, FRAME_TIMEOUT_MS))
    {
      g_printerr ("No frame was painted with the page shown within %d ms\n", FRAME_TIMEOUT_MS);
      bench->status = 1;
    }
  painted_at = bench->painted_at;
  if (bench->show_phases)
    g_printerr ("%s: %.1f ms\n", bench->track_uuid != NULL ? "track" : "page",
                (painted_at - bench->watch_start) / 1000.0);
  bench->target = NULL;
  bench->track_uuid = NULL;
  return painted_at;
}

/* The window's busy state ends just before it hands the workspace it opened to its pages:
 * the start of the Overview's first frame. */
static void
on_window_busy (InspWindow *window,
                GParamSpec *pspec,
                Bench      *bench)
{
  if (bench->opening == window && !insp_window_get_busy (window)
      && insp_window_get_workspace (window) == NULL && bench->watch_start == 0)
    bench->watch_start = now_us ();
}

/* Notified once the pages (the Overview first among them) follow the workspace. */
static void
on_window_workspace (InspWindow *window,
                     GParamSpec *pspec,
                     Bench      *bench)
{
  if (bench->opening == window && insp_window_get_workspace (window) != NULL
      && bench->returned == 0)
    bench->returned = now_us ();
}

static void
record (GArray *times,
        GArray *sync_times,
        gint64  start,
        gint64  returned,
        gint64  painted)
{
  double ms = (painted - start) / 1000.0;
  double sync_ms = (returned - start) / 1000.0;

  g_array_append_val (times, ms);
  g_array_append_val (sync_times, sync_ms);
}

/* Shows the AI Vision page and waits until it is on screen and the window is idle. */
static void
show_vision (Bench      *bench,
             InspWindow *window)
{
  bench->watch_start = now_us ();
  insp_window_show_page (window, "vision");
  watch (bench, insp_window_get_page (window, "vision"), NULL);
  wait_for_frame (bench);
  settle ();
}

/* Vision -> Applications, timed */
static void
switch_to_applications (Bench      *bench,
                        InspWindow *window,
                        GArray     *times,
                        GArray     *sync_times)
{
  gint64 start, returned, painted;

  show_vision (bench, window);

  start = bench->watch_start = now_us ();
  insp_window_show_page (window, "applications");
  returned = now_us ();
  watch (bench, insp_window_get_page (window, "applications"), NULL);
  painted = wait_for_frame (bench);
  if (painted != 0)
    record (times, sync_times, start, returned, painted);
  settle ();
}

/* Chooses the application with the most activities other than the one shown, timed */
static void
choose_largest_track (Bench      *bench,
                      InspWindow *window)
{
  InspApplicationsPage *page
    = INSP_APPLICATIONS_PAGE (insp_window_get_page (window, "applications"));
  InspTrackView *track_view = insp_applications_page_get_track_view (page);
  const char *shown = insp_track_view_get_application (track_view);
  const Candidate *chosen = NULL;
  gint64 start, returned, painted;

  for (guint i = 0; i < bench->candidates->len && chosen == NULL; i++)
    {
      const Candidate *candidate = g_ptr_array_index (bench->candidates, i);

      if (g_strcmp0 (candidate->uuid, shown) != 0)
        chosen = candidate;
    }
  if (chosen == NULL)
    {
      g_printerr ("No other application to choose\n");
      bench->status = 1;
      return;
    }
  bench->n_track_activities = chosen->n_activities;

  start = bench->watch_start = now_us ();
  insp_applications_page_show_application (page, chosen->uuid);
  returned = now_us ();
  watch (bench, GTK_WIDGET (track_view), chosen->uuid);
  painted = wait_for_frame (bench);
  if (painted != 0)
    record (bench->track, bench->track_sync, start, returned, painted);
  settle ();
}

static gboolean
app_has_no_windows (gpointer data)
{
  return gtk_application_get_windows (GTK_APPLICATION (data)) == NULL;
}

static void
on_activate_after (GApplication *app,
                   Bench        *bench)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
  InspWindow *window = windows != NULL ? INSP_WINDOW (windows->data) : NULL;

  g_signal_handlers_disconnect_by_func (app, on_activate_after, bench);
  /* Keep running through the windows made and closed below. */
  g_application_hold (app);

  for (int run = 0; run < bench->runs && bench->status == 0; run++)
    {
      GdkFrameClock *clock;

      /* The workspace is opened once the window is on screen, and not before the main
       * loop runs again: the first window, made at activation, has not opened it yet. */
      if (window == NULL)
        {
          window = insp_window_new (INSP_APP (app));
          gtk_window_present (GTK_WINDOW (window));
        }
      g_assert (insp_window_get_busy (window) && insp_window_get_workspace (window) == NULL);
      bench->opening = window;
      bench->watch_start = bench->returned = bench->painted_at = 0;
      g_signal_connect (window, "notify::busy", G_CALLBACK (on_window_busy), bench);
      g_signal_connect (window, "notify::workspace", G_CALLBACK (on_window_workspace), bench);
      clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
      g_assert (clock != NULL);
      g_signal_connect (clock, "layout", G_CALLBACK (on_layout), bench);
      g_signal_connect (clock, "paint", G_CALLBACK (on_paint), bench);

      if (!wait_for (window_is_ready, window, READY_TIMEOUT_MS))
        {
          g_printerr ("The window did not open the workspace within %d ms\n", READY_TIMEOUT_MS);
          bench->status = 1;
          break;
        }
      if (!wait_for (frame_painted, bench, FRAME_TIMEOUT_MS) || bench->watch_start == 0)
        {
          g_printerr ("No frame was painted with the Overview within %d ms\n",
                      FRAME_TIMEOUT_MS);
          bench->status = 1;
          break;
        }
      if (bench->show_phases)
        g_printerr ("overview: %.1f ms\n", (bench->painted_at - bench->watch_start) / 1000.0);
      record (bench->overview, bench->overview_sync, bench->watch_start,
              bench->returned != 0 ? bench->returned : bench->watch_start, bench->painted_at);
      bench->opening = NULL;
      g_signal_handlers_disconnect_by_data (window, bench);
      bench->painted_at = 0;
      settle ();

      switch_to_applications (bench, window, bench->first, bench->first_sync);
      choose_largest_track (bench, window);
      switch_to_applications (bench, window, bench->again, bench->again_sync);

      g_signal_handlers_disconnect_by_data (clock, bench);
      gtk_window_destroy (GTK_WINDOW (window));
      window = NULL;
      settle ();
    }

  g_application_release (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_for (app_has_no_windows, app, FRAME_TIMEOUT_MS);
}

static gboolean
copy_workspace (const char  *from,
                const char  *dir,
                GError     **error)
{
  static const char *suffixes[] = { "", "-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *source_path = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *dest_name = g_strconcat (WORKSPACE_NAME, suffixes[i], NULL);
      g_autofree char *dest_path = g_build_filename (dir, dest_name, NULL);
      g_autoptr(GFile) source = g_file_new_for_path (source_path);
      g_autoptr(GFile) dest = g_file_new_for_path (dest_path);

      if (i > 0 && !g_file_query_exists (source, NULL))
        continue;
      if (!g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children
    = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                 G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;
  GFile *child;

  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL)
         && info != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *workspace_dir = NULL;
  g_autoptr(InspApp) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GFile) data_home_file = NULL;
  Bench bench = { 0 };

  if (argc != 3)
    {
      g_printerr ("usage: %s WORKSPACE RUNS\n", argv[0]);
      return 64;
    }
  bench.runs = MAX (1, atoi (argv[2]));
  bench.show_phases = g_getenv ("INSP_BENCH_PHASES") != NULL;

  /* A data folder of its own, holding only the workspace, and settings that are not kept:
   * set before GLib reads them. */
  data_home = g_dir_make_tmp ("insp-bench-pages-XXXXXX", &error);
  if (data_home == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  data_home_file = g_file_new_for_path (data_home);

  workspace_dir = insp_workspace_get_default_dir (&error);
  if (workspace_dir == NULL || !copy_workspace (argv[1], workspace_dir, &error))
    {
      g_printerr ("%s\n", error->message);
      remove_tree (data_home_file);
      return 1;
    }
  bench.candidates = read_candidates (argv[1], &error);
  if (bench.candidates == NULL || bench.candidates->len < 2)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Fewer than two applications");
      remove_tree (data_home_file);
      return 1;
    }

  bench.overview = g_array_new (FALSE, FALSE, sizeof (double));
  bench.overview_sync = g_array_new (FALSE, FALSE, sizeof (double));
  bench.first = g_array_new (FALSE, FALSE, sizeof (double));
  bench.first_sync = g_array_new (FALSE, FALSE, sizeof (double));
  bench.again = g_array_new (FALSE, FALSE, sizeof (double));
  bench.again_sync = g_array_new (FALSE, FALSE, sizeof (double));
  bench.track = g_array_new (FALSE, FALSE, sizeof (double));
  bench.track_sync = g_array_new (FALSE, FALSE, sizeof (double));

  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "current-workspace", WORKSPACE_NAME);

  app = insp_app_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after), &bench);
  if (g_application_run (G_APPLICATION (app), 0, NULL) != 0)
    bench.status = 1;

  if (bench.status == 0 && bench.first->len > 0)
    {
      g_print ("overview_first_ms %.1f\n", insp_bench_median (bench.overview));
      g_print ("overview_first_sync_ms %.1f\n", insp_bench_median (bench.overview_sync));
      g_print ("pages_first_ms %.1f\n", insp_bench_median (bench.first));
      g_print ("pages_first_sync_ms %.1f\n", insp_bench_median (bench.first_sync));
      g_print ("pages_again_ms %.1f\n", insp_bench_median (bench.again));
      g_print ("pages_again_sync_ms %.1f\n", insp_bench_median (bench.again_sync));
      g_print ("track_100_ms %.1f\n", insp_bench_median (bench.track));
      g_print ("track_100_sync_ms %.1f\n", insp_bench_median (bench.track_sync));
      g_print ("track_activities %u\n", bench.n_track_activities);
      g_print ("runs %u\n", bench.first->len);
    }
  else
    bench.status = 1;

  g_ptr_array_unref (bench.candidates);
  g_array_unref (bench.overview);
  g_array_unref (bench.overview_sync);
  g_array_unref (bench.first);
  g_array_unref (bench.first_sync);
  g_array_unref (bench.again);
  g_array_unref (bench.again_sync);
  g_array_unref (bench.track);
  g_array_unref (bench.track_sync);
  remove_tree (data_home_file);
  return bench.status;
}
