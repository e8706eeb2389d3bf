/* insp-bench-startup.c — time from exec to the first top-level window being mapped, and the
 * program's peak resident memory, on the X display given by $DISPLAY.
 *
 *   insp-bench-startup SETTLE_MS COMMAND [ARGS…]
 *
 * Prints one line: "<milliseconds to map> <peak RSS in KiB>". The program is terminated once
 * SETTLE_MS have passed after the window appeared (its peak memory is read just before).
 * Exits 1 when no window appears within 30 s.
 */
#define G_LOG_DOMAIN "inspraak-bench"

#include "config.h"

#include <errno.h>
#include <glib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <X11/Xlib.h>

static gint64
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static long
peak_rss_kib (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *contents = NULL;
  const char *line;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return -1;
  line = strstr (contents, "VmHWM:");
  if (line == NULL)
    return -1;
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

static gboolean
wait_for_event (Display *display,
                gint64   deadline)
{
  int fd = ConnectionNumber (display);

  while (XPending (display) == 0)
    {
      fd_set fds;
      struct timeval tv;
      gint64 left = deadline - now_us ();

      if (left <= 0)
        return FALSE;
      FD_ZERO (&fds);
      FD_SET (fd, &fds);
      tv.tv_sec = left / G_USEC_PER_SEC;
      tv.tv_usec = left % G_USEC_PER_SEC;
      if (select (fd + 1, &fds, NULL, NULL, &tv) < 0 && errno != EINTR)
        return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  Display *display;
  Window root;
  gint64 start, mapped = 0, deadline;
  long settle_ms, peak;
  pid_t pid;
  int status;

  if (argc < 3)
    {
      g_printerr ("usage: %s SETTLE_MS COMMAND [ARGS…]\n", argv[0]);
      return 64;
    }
  settle_ms = strtol (argv[1], NULL, 10);

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      g_printerr ("%s: cannot open the X display\n", argv[0]);
      return 69;
    }
  root = DefaultRootWindow (display);
  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, False);

  start = now_us ();
  pid = fork ();
  if (pid == 0)
    {
      execvp (argv[2], &argv[2]);
      _exit (127);
    }

  deadline = start + 30 * G_USEC_PER_SEC;
  while (mapped == 0 && wait_for_event (display, deadline))
    {
      XEvent event;

      XNextEvent (display, &event);
      if (event.type == MapNotify && event.xmap.event == root && !event.xmap.override_redirect)
        mapped = now_us ();
    }

  if (mapped == 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_printerr ("%s: no window appeared within 30 s\n", argv[0]);
      return 1;
    }

  g_usleep (settle_ms * 1000);
  peak = peak_rss_kib (pid);
  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  XCloseDisplay (display);

  g_print ("%.1f %ld\n", (mapped - start) / 1000.0, peak);
  return 0;
}
