/* insp-toast.c — toasts shown one at a time, and the Undo toast of every page
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new toast replaces the one shown: the Undo of the older one no longer applies to what
 * the user sees. The toast shown is dismissed, and the new one follows.
 *
 * libadwaita 1.2 (Debian 12) frees a toast when its hide animation ends, and the show
 * animation of a toast that replaced another lasts longer than a hide: a replacing toast
 * dismissed in its first 200 ms (an Undo clicked at once) is freed while it still appears,
 * and the end of that appearance reads freed memory. So on 1.2 the new toast waits until the
 * one dismissed has hidden, and then appears as any first toast does, in the time a hide
 * takes. (1.3 fixed this; there the new toast follows at once.) A priority is never raised:
 * on 1.2 a high-priority toast postpones the one shown and brings it back afterwards.
 */

#include "config.h"

#include "insp-toast.h"

#include <glib/gi18n.h>

#include "insp-window.h"

/* libadwaita 1.2's toast hide animation lasts 300 ms; a little more, for the last frame. */
#define HIDE_MS 360

typedef struct
{
  AdwToast *current;    /* the toast shown or about to be (weak) */
  AdwToast *pending;    /* on 1.2: the toast waiting for the previous one to hide */
  guint     pending_id;
  gint64    moved;      /* when a toast last appeared or was dismissed (monotonic µs) */
} ToastState;

static void
toast_state_free (gpointer data)
{
  ToastState *state = data;

  g_clear_handle_id (&state->pending_id, g_source_remove);
  g_clear_object (&state->pending);
  g_clear_weak_pointer (&state->current);
  g_free (state);
}

static ToastState *
get_state (AdwToastOverlay *overlay)
{
  ToastState *state = g_object_get_data (G_OBJECT (overlay), "insp-toast-state");

  if (state == NULL)
    {
      state = g_new0 (ToastState, 1);
      g_object_set_data_full (G_OBJECT (overlay), "insp-toast-state", state, toast_state_free);
    }
  return state;
}

static gboolean
replaced_toast_must_hide_first (void)
{
  return adw_get_major_version () == 1 && adw_get_minor_version () < 3;
}

static void
on_dismissed (AdwToast        *toast,
              AdwToastOverlay *overlay)
{
  ToastState *state = get_state (overlay);

  state->moved = g_get_monotonic_time ();
  if (state->current == toast)
    g_clear_weak_pointer (&state->current);
}

static void
add_now (AdwToastOverlay *overlay,
         ToastState      *state,
         AdwToast        *toast)
{
  g_set_weak_pointer (&state->current, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_dismissed), overlay, 0);
  state->moved = g_get_monotonic_time ();
  adw_toast_overlay_add_toast (overlay, toast);
}

static gboolean
on_hidden (gpointer data)
{
  AdwToastOverlay *overlay = data;
  ToastState *state = get_state (overlay);

  state->pending_id = 0;
  add_now (overlay, state, g_steal_pointer (&state->pending));
  return G_SOURCE_REMOVE;
}

/**
 * insp_toast_show:
 * @overlay: the toast overlay
 * @toast: (transfer full): the toast
 *
 * Shows @toast in place of the toast @overlay shows, if any.
 */
void
insp_toast_show (AdwToastOverlay *overlay,
                 AdwToast        *toast)
{
  ToastState *state;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_object_ref_sink (toast);
  state = get_state (overlay);

  /* A toast that never appeared is replaced without a trace. */
  if (state->pending != NULL)
    {
      g_clear_object (&state->pending);
      state->pending = toast;
      return;
    }

  if (state->current != NULL)
    {
      adw_toast_dismiss (state->current);
      if (replaced_toast_must_hide_first ())
        {
          state->pending = toast;
          state->pending_id = g_timeout_add (HIDE_MS, on_hidden, overlay);
          return;
        }
    }

  add_now (overlay, state, toast);
}

/**
 * insp_toast_show_for:
 * @widget: a widget in an Inspraak window
 * @toast: (transfer full): the toast
 *
 * Shows @toast at the bottom of @widget's window; drops it when @widget is in none.
 */
void
insp_toast_show_for (GtkWidget *widget,
                     AdwToast  *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, INSP_TYPE_WINDOW);

  if (window != NULL)
    insp_window_add_toast (INSP_WINDOW (window), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/**
 * insp_toast_new_undo:
 * @title: what was done, such as "“Anna” deleted"
 * @undo: called with @instance when Undo is clicked
 * @instance: a #GObject the toast does not outlive in its use of it
 *
 * Returns: (transfer full): a toast with an Undo button
 */
AdwToast *
insp_toast_new_undo (const char *title,
                     GCallback   undo,
                     gpointer    instance)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", undo, instance, G_CONNECT_SWAPPED);
  return toast;
}

/**
 * insp_toast_get_last_moved:
 * @overlay: the toast overlay
 *
 * Returns: when a toast last appeared in or left @overlay (g_get_monotonic_time ()), or 0
 */
gint64
insp_toast_get_last_moved (AdwToastOverlay *overlay)
{
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), 0);

  return get_state (overlay)->moved;
}
