/* insp-test-app.c — a running application for the GUI tests
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include "insp-test-app.h"

#include <glib/gstdio.h>

/* Exit status that makes meson count a test as skipped. */
#define EXIT_SKIP 77

/* Generous: the first frame under Xvfb compiles shaders on llvmpipe. */
#define MAP_TIMEOUT_MS 20000
#define CLOSE_TIMEOUT_MS 5000

static gboolean
on_fatal_log (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  /* GtkShortcutsWindow's (hidden) page switcher has a label that libadwaita 1.2 styles
   * with negative margins (stackswitcher > button > label), so GTK 4.8 warns about its
   * size. Not ours to fix, and harmless: tolerate exactly that warning, nothing else. */
  if ((log_level & G_LOG_LEVEL_WARNING) != 0
      && g_strcmp0 (log_domain, "Gtk") == 0
      && g_str_has_prefix (message, "GtkLabel ")
      && strstr (message, "reported min width -") != NULL)
    return FALSE;

  return TRUE;
}

/**
 * insp_test_app_init:
 *
 * Initialises GTK for testing. Returns EXIT_SKIP when there is no display to test on
 * (the caller returns it from main ()), 0 otherwise.
 */
int
insp_test_app_init (int    *argc,
                    char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: the GUI tests run under Xvfb (build-aux/test)\n");
      return EXIT_SKIP;
    }

  /* The XDG folders the test environment points into the build tree: GTK keeps its shader
   * cache there, and without it each window compiles its shaders again. */
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  g_mkdir_with_parents (g_get_user_config_dir (), 0700);
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_mkdir_with_parents (g_get_user_state_dir (), 0700);

  /* GTK keeps accessible properties only with an AT context: the test one records them
   * without needing an accessibility bus (GTK_A11Y=none would drop them). */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (argc, argv, NULL);
  g_test_log_set_fatal_handler (on_fatal_log, NULL);
  adw_init ();

  return 0;
}

static gboolean
on_wait_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
on_wait_tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/**
 * insp_test_wait_for:
 *
 * Runs the main loop until @condition holds or @timeout_ms passed.
 *
 * Returns: whether @condition holds
 */
gboolean
insp_test_wait_for (InspTestCondition condition,
                    gpointer          data,
                    guint             timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id;
  guint tick_id;

  timeout_id = g_timeout_add (timeout_ms, on_wait_timeout, &timed_out);
  /* Frames and layout do not always wake the loop up: look again every 10 ms. */
  tick_id = g_timeout_add (10, on_wait_tick, NULL);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);
  g_source_remove (tick_id);

  return condition (data);
}

static gboolean
on_idle_done (gpointer data)
{
  gboolean *done = data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Lets pending idles, layout and drawing run. */
void
insp_test_wait_idle (void)
{
  gboolean done = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, on_idle_done, &done, NULL);
  insp_test_wait_for (is_true, &done, CLOSE_TIMEOUT_MS);
}

gboolean
insp_test_window_is_shown (gpointer window)
{
  return gtk_widget_get_mapped (window) && gtk_widget_get_width (window) > 0;
}

/* Shown, and done with what it does in the background, such as opening the workspace. */
gboolean
insp_test_window_is_ready (gpointer window)
{
  return insp_test_window_is_shown (window) && !insp_window_get_busy (window);
}

static gboolean
app_has_no_windows (gpointer data)
{
  return gtk_application_get_windows (GTK_APPLICATION (data)) == NULL;
}

/**
 * insp_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): the first toplevel window of @type
 */
GtkWindow *
insp_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/**
 * insp_test_find_descendant:
 *
 * Returns: (transfer none) (nullable): the first descendant of @widget of @type, depth
 *   first
 */
GtkWidget *
insp_test_find_descendant (GtkWidget *widget,
                           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;

      found = insp_test_find_descendant (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Activates an action as a menu item or shortcut would, and fails if nobody handles it. */
void
insp_test_activate_action (GtkWidget  *widget,
                           const char *name,
                           GVariant   *parameter)
{
  gboolean activated;

  activated = gtk_widget_activate_action_variant (widget, name, parameter);
  g_assert_true (activated);
  insp_test_wait_idle ();
}

/**
 * insp_test_reset_settings:
 *
 * Gives each test the settings of a first start. (The memory backend keeps values for as
 * long as the process runs.)
 */
void
insp_test_reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

typedef struct
{
  InspTestApp         fixture;
  InspTestAppFunc     func;
  const char * const *settings;
} InspTestRun;

static void
apply_settings (const char * const *pairs)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  insp_test_reset_settings ();

  for (guint i = 0; pairs != NULL && pairs[i] != NULL; i += 2)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GVariant) value = g_variant_parse (NULL, pairs[i + 1], NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_true (g_settings_set_value (settings, pairs[i], value));
    }
}

static void
on_activate_after (GApplication *app,
                   InspTestRun  *run)
{
  InspTestApp *fixture = &run->fixture;
  GList *windows;

  /* Once: a test may activate the application again, as a second instance does. */
  g_signal_handlers_disconnect_by_func (app, on_activate_after, run);

  /* The application's own "activate" made the window. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_nonnull (windows);
  g_assert_null (windows->next);
  g_assert_true (INSP_IS_WINDOW (windows->data));
  fixture->window = windows->data;
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);

  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, fixture->window,
                                     MAP_TIMEOUT_MS));
  /* Ready once it opened the workspace, which it does after it shows. */
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     MAP_TIMEOUT_MS));

  run->func (fixture);

  /* Quit as Ctrl+Q does; g_application_run () returns once the windows are gone. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (insp_test_wait_for (app_has_no_windows, app, CLOSE_TIMEOUT_MS));
}

/**
 * insp_test_app_run:
 * @settings: (nullable): settings that differ from a first start: a %NULL-terminated array
 *   of key and value pairs, each value in GVariant text format ("800", "'odt'")
 * @func: the test, called once the main window is on screen with a size
 *
 * Runs the application as `inspraak` does, calls @func, quits as Ctrl+Q does, and checks
 * that nothing outlives the application: no window, and not the application itself.
 */
void
insp_test_app_run (const char * const *settings,
                   InspTestAppFunc     func)
{
  InspTestRun run = { { NULL, NULL }, func, settings };
  InspTestApp *fixture = &run.fixture;
  int status;

  apply_settings (settings);

  fixture->app = insp_app_new ();
  /* Each test runs its own instance, whatever else runs on the machine. */
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (fixture->app, "activate", G_CALLBACK (on_activate_after), &run);

  status = g_application_run (G_APPLICATION (fixture->app), 0, NULL);
  g_assert_cmpint (status, ==, 0);
  insp_test_wait_idle ();

  /* Closed windows are destroyed, not hidden and leaked. */
  g_assert_null (fixture->window);
  g_assert_null (insp_test_find_toplevel (GTK_TYPE_WINDOW));

  g_object_add_weak_pointer (G_OBJECT (fixture->app), (gpointer *) &fixture->app);
  g_object_unref (fixture->app);
  g_assert_null (fixture->app);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/*
 * Runs the test in a process of its own whose XDG_DATA_HOME is a new, empty folder in the
 * build tree: each test starts as a first run, with no workspace, whatever the tests before
 * it made. (GLib reads XDG_DATA_HOME once per process, so a new process it is.) The folder
 * is removed when the test passes, and kept to look into when it fails.
 *
 * (The process runs the tests whose path starts with this test's: no test path may be the
 * beginning of another's, such as "/a/import" and "/a/import/invalid".)
 */
static gboolean
run_isolated (void)
{
  g_autofree char *data_home = NULL;

  if (g_test_subprocess ())
    return FALSE;

  data_home = g_build_filename (g_get_user_data_dir (), "test-XXXXXX", NULL);
  g_assert_nonnull (g_mkdtemp (data_home));
  g_test_message ("XDG_DATA_HOME=%s", data_home);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_trap_subprocess (NULL, 0,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (g_test_trap_has_passed ())
    remove_tree (data_home);
  g_test_trap_assert_passed ();

  return TRUE;
}

typedef struct
{
  InspTestAppFunc     func;
  const char * const *settings;
} InspTestCase;

static void
run_test_case (gconstpointer data)
{
  const InspTestCase *test_case = data;

  if (run_isolated ())
    return;

  insp_test_app_run (test_case->settings, test_case->func);
}

/**
 * insp_test_add:
 *
 * Adds a test that runs @func in a running application (see insp_test_app_run ()), in a
 * process of its own with an empty XDG_DATA_HOME: no workspace yet, as on a first run.
 */
void
insp_test_add (const char         *path,
               InspTestAppFunc     func,
               const char * const *settings)
{
  InspTestCase *test_case = g_new0 (InspTestCase, 1);

  test_case->func = func;
  test_case->settings = settings;
  g_test_add_data_func_full (path, test_case, run_test_case, g_free);
}

typedef struct
{
  GTestFunc func;
} InspTestFunc;

static void
run_test_func (gconstpointer data)
{
  const InspTestFunc *test_func = data;

  if (run_isolated ())
    return;

  test_func->func ();
}

/**
 * insp_test_add_func:
 *
 * Adds a test that runs @func, which may run the application itself, isolated as
 * insp_test_add () does.
 */
void
insp_test_add_func (const char *path,
                    GTestFunc   func)
{
  InspTestFunc *test_func = g_new0 (InspTestFunc, 1);

  test_func->func = func;
  g_test_add_data_func_full (path, test_func, run_test_func, g_free);
}

/* For insp_test_wait_for (): a stack's transition or a busy machine may map a widget a few
 * frames later. */
gboolean
insp_test_widget_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* For insp_test_wait_for (): a watched pointer (a weak pointer) became NULL. */
gboolean
insp_test_is_null (gpointer pointer_location)
{
  return *(gpointer *) pointer_location == NULL;
}

/* For insp_test_wait_for (): a toplevel of the type (GSIZE_TO_POINTER (GType)) exists. */
gboolean
insp_test_has_toplevel (gpointer type)
{
  return insp_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/* The template child @name of @widget, which must exist. */
gpointer
insp_test_get_template_child (gpointer    widget,
                              GType       type,
                              const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* The window of @type, once it shows; watched (in @watch) until it is destroyed. A button
 * activated from the keyboard clicks a moment later. */
GtkWindow *
insp_test_wait_for_window (GType       type,
                           GtkWindow **watch)
{
  GtkWindow *window;

  g_assert_true (insp_test_wait_for (insp_test_has_toplevel, GSIZE_TO_POINTER (type), 10000));
  window = insp_test_find_toplevel (type);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, window, 10000));
  *watch = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) watch);
  return window;
}

/* Waits until the window watched by insp_test_wait_for_window () is gone. */
void
insp_test_wait_until_closed (GtkWindow **watch)
{
  g_assert_true (insp_test_wait_for (insp_test_is_null, watch, 10000));
  insp_test_wait_idle ();
}

/* --- Accessible names and the keyboard ------------------------------------------------------ */

static char *
get_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  const char *text = NULL;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      char *label = gtk_test_accessible_check_property (accessible,
                                                        GTK_ACCESSIBLE_PROPERTY_LABEL, "");

      if (label != NULL)
        return label;
    }
  if (gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return g_strdup ("(labelled by another widget)");

  if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (text == NULL || text[0] == '\0')
    text = gtk_widget_get_tooltip_text (widget);
  return text == NULL || text[0] == '\0' ? NULL : g_strdup (text);
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_ENTRY (widget) || GTK_IS_MENU_BUTTON (widget)
         || GTK_IS_LIST_BOX_ROW (widget) || ADW_IS_COMBO_ROW (widget) || GTK_IS_SWITCH (widget)
         || GTK_IS_TEXT_VIEW (widget) || GTK_IS_DROP_DOWN (widget);
}

static gboolean
can_take_focus (GtkWidget *widget)
{
  GtkEditable *delegate = NULL;

  if (gtk_widget_get_focusable (widget))
    return TRUE;
  if (GTK_IS_EDITABLE (widget))
    delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));
  return delegate != NULL && gtk_widget_get_focusable (GTK_WIDGET (delegate));
}

static void
check_controls (GtkWidget *widget,
                GString   *problems,
                guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (is_control (child))
        {
          g_autofree char *name = get_accessible_name (child);

          (*n_checked)++;
          if (name == NULL)
            g_string_append_printf (problems, "  a %s in a %s has no accessible name\n",
                                    G_OBJECT_TYPE_NAME (child), G_OBJECT_TYPE_NAME (widget));
          if (!can_take_focus (child) && !GTK_IS_MENU_BUTTON (child) && !GTK_IS_DROP_DOWN (child)
              && gtk_widget_get_ancestor (child, GTK_TYPE_WINDOW_CONTROLS) == NULL)
            g_string_append_printf (problems, "  a %s (“%s”) cannot take the focus\n",
                                    G_OBJECT_TYPE_NAME (child), name ? name : "");
        }
      if (!GTK_IS_MENU_BUTTON (child))
        check_controls (child, problems, n_checked);
    }
}

/**
 * insp_test_assert_controls_named:
 * @root: a page or a window
 * @min_checked: at least how many controls it must have
 *
 * Fails the test when a visible control under @root has no accessible name a screen reader
 * can speak, or cannot take the keyboard focus.
 */
void
insp_test_assert_controls_named (GtkWidget *root,
                                 guint      min_checked)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_checked = 0;

  check_controls (root, problems, &n_checked);
  if (problems->len > 0)
    g_error ("In the %s:\n%s", G_OBJECT_TYPE_NAME (root), problems->str);
  g_assert_cmpuint (n_checked, >=, min_checked);
}
