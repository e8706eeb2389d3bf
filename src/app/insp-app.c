/* insp-app.c — the Inspraak application
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-app.h"

#include <glib/gi18n.h>

#include "insp-app-resources.h"
#include "insp-preferences-window.h"
#include "insp-window.h"

struct _InspApp
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (InspApp, insp_app, ADW_TYPE_APPLICATION)

static GtkWindow *
insp_app_get_main_window (InspApp *self)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      window = gtk_application_get_active_window (GTK_APPLICATION (self));
    }

  return window;
}

static void
insp_app_activate (GApplication *application)
{
  InspApp *self = INSP_APP (application);
  GtkWindow *window;

  /* A second instance lands here too (through D-Bus): show the running window. */
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (insp_window_new (self));

  gtk_window_present (window);
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  InspApp *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Close rather than destroy, so that each window saves its state (and may later ask
   * about unfinished work); the application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
on_preferences_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  InspApp *self = user_data;
  InspPreferencesWindow *preferences;

  preferences = insp_preferences_window_new (insp_app_get_main_window (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
on_help_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  InspApp *self = user_data;

  insp_app_show_help (self, gtk_application_get_active_window (GTK_APPLICATION (self)),
                      NULL);
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  InspApp *self = user_data;
  static const char *developers[] = {
    "The Inspraak developers https://github.com/inspraak/inspraak",
    NULL
  };
  static const char *paper[] = {
    "Kenniscentrum Data & Maatschappij https://data-en-maatschappij.ai",
    NULL
  };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", insp_app_get_main_window (self),
                        "modal", TRUE,
                        "destroy-with-parent", TRUE,
                        "application-icon", APP_ID,
                        "application-name", "Inspraak",
                        "developer-name", _("The Inspraak developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Inspraak helps organisations introduce AI at work "
                                      "together with their employees, from a shared AI "
                                      "vision to an innovation track for every "
                                      "application."),
                        "website", "https://github.com/inspraak/inspraak",
                        "issue-url", "https://github.com/inspraak/inspraak/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Inspraak developers",
                        "developers", developers,
                        /* Translators: Put your names here, one per line, as
                         * "Name <email>" or "Name https://website". */
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                /* Translators: followed by the name of
                                                 * the knowledge centre whose vision paper
                                                 * Inspraak puts into practice. */
                                                _("Based on the Vision Paper by"),
                                                paper);

  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated },
  { "preferences", on_preferences_activated },
  { "help", on_help_activated },
  { "about", on_about_activated },
};

static void
insp_app_startup (GApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.help", { "F1", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.open-workspace", { "<Control>o", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.import", { "<Shift><Control>i", NULL } },
    { "win.export-workspace", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.show-page::overview", { "<Alt>1", NULL } },
    { "win.show-page::vision", { "<Alt>2", NULL } },
    { "win.show-page::applications", { "<Alt>3", NULL } },
    { "win.show-page::people", { "<Alt>4", NULL } },
    { "win.show-page::impact", { "<Alt>5", NULL } },
    { "win.show-page::actions", { "<Alt>6", NULL } },
    { "win.show-page::practices", { "<Alt>7", NULL } },
    { "win.show-page::exports", { "<Alt>8", NULL } },
  };
  InspApp *self = INSP_APP (application);

  G_APPLICATION_CLASS (insp_app_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

static void
insp_app_class_init (InspAppClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = insp_app_activate;
  app_class->startup = insp_app_startup;

  /* The templates, the style sheet and the shortcuts window; see meson.build. */
  insp_app_register_resource ();
}

static void
insp_app_init (InspApp *self)
{
}

/**
 * insp_app_new:
 *
 * Creates the application. A second instance started while one runs hands over to the
 * first, which presents its window.
 *
 * Returns: (transfer full): a new #InspApp
 */
InspApp *
insp_app_new (void)
{
  return g_object_new (INSP_TYPE_APP,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_help_launched (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error))
    g_debug ("Could not open the help: %s", error->message);
}
#else
static void
on_help_launched (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error))
    g_debug ("Could not open the help: %s", error->message);
}
#endif

/**
 * insp_app_show_help:
 * @self: the application
 * @parent: (nullable): the window the help is opened from
 * @page_id: (nullable): a help page (such as "overview"), or %NULL for the index
 *
 * Opens the user guide in the help browser: the installed guide through a `help:` URI,
 * or — when running uninstalled with `INSPRAAK_HELP_DIR` pointing at the source `help/`
 * folder — the Mallard page there.
 */
void
insp_app_show_help (InspApp    *self,
                    GtkWindow  *parent,
                    const char *page_id)
{
  g_autofree char *uri = NULL;
  const char *help_dir;

  g_return_if_fail (INSP_IS_APP (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  help_dir = g_getenv ("INSPRAAK_HELP_DIR");
  if (help_dir != NULL && help_dir[0] != '\0')
    {
      g_autofree char *basename = g_strconcat (page_id ? page_id : "index", ".page", NULL);
      g_autofree char *path = g_build_filename (help_dir, "C", basename, NULL);
      g_autoptr(GAppInfo) help_browser = g_app_info_get_default_for_uri_scheme ("help");

      /* A .page file would open in a text editor: hand it to the help browser itself. */
      uri = g_filename_to_uri (path, NULL, NULL);
      if (uri != NULL && help_browser != NULL)
        {
          g_autoptr(GdkAppLaunchContext) context = NULL;
          g_autoptr(GError) error = NULL;
          GList uris = { uri, NULL, NULL };
          GdkDisplay *display;

          display = parent ? gtk_widget_get_display (GTK_WIDGET (parent))
                           : gdk_display_get_default ();
          context = gdk_display_get_app_launch_context (display);
          g_debug ("Opening help %s with %s", uri, g_app_info_get_id (help_browser));
          if (!g_app_info_launch_uris (help_browser, &uris, G_APP_LAUNCH_CONTEXT (context), &error))
            g_debug ("Could not open the help: %s", error->message);
          return;
        }
    }

  if (uri == NULL)
    {
      if (page_id != NULL)
        uri = g_strconcat ("help:", GETTEXT_PACKAGE, "/", page_id, NULL);
      else
        uri = g_strconcat ("help:", GETTEXT_PACKAGE, NULL);
    }

  g_debug ("Opening help %s", uri);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, parent, NULL, on_help_launched, NULL);
  }
#else
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, on_help_launched, NULL);
#endif
}
