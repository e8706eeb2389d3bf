/* test-smoke.c — the main window, its pages, dialogs and shortcuts, as a person meets them
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include "insp-actions-page.h"
#include "insp-applications-page.h"
#include "insp-exports-page.h"
#include "insp-impact-page.h"
#include "insp-overview-page.h"
#include "insp-people-page.h"
#include "insp-practices-page.h"
#include "insp-preferences-window.h"
#include "insp-test-app.h"
#include "insp-vision-page.h"

#define SHOW_TIMEOUT_MS 10000

typedef struct
{
  const char *id;
  GType     (*get_type) (void);
} PageCase;

/* The sidebar's order. */
static const PageCase pages[] = {
  { "overview", insp_overview_page_get_type },
  { "vision", insp_vision_page_get_type },
  { "applications", insp_applications_page_get_type },
  { "people", insp_people_page_get_type },
  { "impact", insp_impact_page_get_type },
  { "actions", insp_actions_page_get_type },
  { "practices", insp_practices_page_get_type },
  { "exports", insp_exports_page_get_type },
};

static gpointer
get_template_child (gpointer    widget,
                   GType       type,
                   const char *name)
{
  return insp_test_get_template_child (widget, type, name);
}

static gboolean
is_hidden (gpointer window)
{
  return !gtk_widget_get_visible (window);
}

static void
test_window_shown (InspTestApp *fixture)
{
  GtkWindow *window = GTK_WINDOW (fixture->window);

  g_assert_nonnull (strstr (gtk_window_get_title (window), "Inspraak"));
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)) == window);
  g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, "overview");

  /* Pages are built when first shown, not before the window maps. */
  for (guint i = 1; i < G_N_ELEMENTS (pages); i++)
    g_assert_null (insp_window_get_page (fixture->window, pages[i].id));
}

static void
test_window_second_activation (InspTestApp *fixture)
{
  GList *windows;

  /* A second `inspraak` hands over to the running one, which gets "activate". */
  g_application_activate (G_APPLICATION (fixture->app));
  insp_test_wait_idle ();

  windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (windows->data == fixture->window);
}

static void
test_window_pages (InspTestApp *fixture)
{
  GtkListBox *sidebar_list = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                                 "sidebar_list");
  AdwWindowTitle *page_title = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                                   "page_title");
  GtkStack *stack = get_template_child (fixture->window, INSP_TYPE_WINDOW, "stack");

  /* Backwards, so that each page is built by the action and not at start-up. */
  for (int i = G_N_ELEMENTS (pages) - 1; i >= 0; i--)
    {
      GtkWidget *page;
      AdwStatusPage *status_page;
      const char *title;
      const char *description;

      g_test_message ("Page %s", pages[i].id);
      insp_test_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                 g_variant_new_string (pages[i].id));

      g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, pages[i].id);
      page = insp_window_get_page (fixture->window, pages[i].id);
      g_assert_nonnull (page);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, pages[i].get_type ()));
      g_assert_true (gtk_stack_get_visible_child (stack) == page);
      g_assert_true (insp_test_wait_for (insp_test_window_is_shown, page, SHOW_TIMEOUT_MS));

      /* The sidebar follows, and the header names the page as the sidebar does. */
      g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (sidebar_list)),
                       ==, i);
      g_assert_cmpstr (adw_window_title_get_title (page_title), ==,
                       gtk_stack_page_get_title (gtk_stack_get_page (stack, page)));

      /* An empty workspace shows what the page is for and what to do first. */
      status_page = ADW_STATUS_PAGE (insp_test_find_descendant (page, ADW_TYPE_STATUS_PAGE));
      g_assert_nonnull (status_page);
      title = adw_status_page_get_title (status_page);
      description = adw_status_page_get_description (status_page);
      g_assert_nonnull (title);
      g_assert_cmpuint (strlen (title), >, 0);
      g_assert_nonnull (description);
      g_assert_cmpuint (strlen (description), >, 40);
      g_assert_nonnull (adw_status_page_get_icon_name (status_page));
    }

  /* Every page exists once. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_stack_get_pages (stack))),
                    ==, G_N_ELEMENTS (pages));
}

static void
test_window_sidebar (InspTestApp *fixture)
{
  GtkListBox *sidebar_list = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                                 "sidebar_list");

  /* Choosing a row — by click, or arrows and Enter — shows its page. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar_list, i);

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row)));
      g_assert_true (gtk_list_box_row_get_activatable (row));

      g_signal_emit_by_name (row, "activate");
      insp_test_wait_idle ();
      g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, pages[i].id);
    }
  g_assert_null (gtk_list_box_get_row_at_index (sidebar_list, G_N_ELEMENTS (pages)));
}

static const char * const narrow_settings[] = {
  "window-width", "400",
  "window-height", "600",
  NULL
};

static gboolean
leaflet_is_folded (gpointer leaflet)
{
  return adw_leaflet_get_folded (leaflet);
}

static const char *const page_ids[] = {
  "overview", "vision", "applications", "people", "impact", "actions", "practices", "exports",
};

static void
test_window_narrow (InspTestApp *fixture)
{
  AdwLeaflet *leaflet = get_template_child (fixture->window, INSP_TYPE_WINDOW, "leaflet");
  GtkWidget *sidebar = get_template_child (fixture->window, INSP_TYPE_WINDOW, "sidebar");
  GtkWidget *content = get_template_child (fixture->window, INSP_TYPE_WINDOW, "content");
  GtkWidget *back_button = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                               "back_button");
  GtkListBox *sidebar_list = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                                 "sidebar_list");

  g_assert_true (insp_test_wait_for (leaflet_is_folded, leaflet, SHOW_TIMEOUT_MS));

  /* A narrow window starts on the sidebar. */
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);

  /* Choosing a page shows it in place of the sidebar, with a way back. */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (sidebar_list, 3), "activate");
  insp_test_wait_idle ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, "people");
  g_assert_true (gtk_widget_get_visible (back_button));

  g_signal_emit_by_name (back_button, "clicked");
  insp_test_wait_idle ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);

  /* A page shortcut goes straight to the page. */
  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                             g_variant_new_string ("exports"));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, "exports");

  /* Every page fits the narrow window: none makes it wider. */
  for (guint i = 0; i < G_N_ELEMENTS (page_ids); i++)
    {
      int minimum = 0;

      insp_window_show_page (fixture->window, page_ids[i]);
      insp_test_wait_idle ();
      gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      if (minimum > 400)
        g_error ("the %s page makes the window %d pixels wide at least", page_ids[i], minimum);
    }
}

static void
test_window_wide (InspTestApp *fixture)
{
  AdwLeaflet *leaflet = get_template_child (fixture->window, INSP_TYPE_WINDOW, "leaflet");
  GtkWidget *back_button = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                               "back_button");

  /* At the default size the sidebar and the page sit side by side. */
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_visible (back_button));
}

static const char * const sized_settings[] = {
  "window-width", "900",
  "window-height", "640",
  NULL
};

static void
resize_window (InspTestApp *fixture)
{
  int width;
  int height;

  /* The window opens at the size it had when it was closed… */
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (fixture->window)));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  insp_test_wait_idle ();
}

static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = NULL;

  insp_test_app_run (sized_settings, resize_window);

  /* …and remembers a new size when it closes. */
  settings = g_settings_new (APP_ID);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_window_close (InspTestApp *fixture)
{
  InspWindow *window = fixture->window;

  /* Ctrl+W closes the window, and with it the application. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  g_assert_true (insp_test_wait_for (insp_test_is_null, &fixture->window, SHOW_TIMEOUT_MS));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (fixture->app)));
}

static const char * const format_settings[] = { "export-format", "'odt'", NULL };

static void
assert_setting (GSettings  *settings,
                const char *key,
                const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_preferences (InspTestApp *fixture)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *preferences;
  AdwComboRow *language_row;
  AdwComboRow *format_row;
  GListModel *model;

  insp_test_activate_action (GTK_WIDGET (fixture->window), "app.preferences", NULL);
  preferences = insp_test_find_toplevel (INSP_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, preferences, SHOW_TIMEOUT_MS));
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (preferences));

  language_row = get_template_child (preferences, INSP_TYPE_PREFERENCES_WINDOW, "language_row");
  format_row = get_template_child (preferences, INSP_TYPE_PREFERENCES_WINDOW, "format_row");

  /* The rows show the settings… */
  g_assert_cmpuint (adw_combo_row_get_selected (language_row), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (format_row), ==, 1);
  model = adw_combo_row_get_model (format_row);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_nonnull (strstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), "ODT"));

  /* …change them… */
  adw_combo_row_set_selected (format_row, 4);
  assert_setting (settings, "export-format", "md");
  adw_combo_row_set_selected (language_row, 2);
  assert_setting (settings, "export-language", "nl");
  adw_combo_row_set_selected (language_row, 1);
  assert_setting (settings, "export-language", "en");

  /* …and follow changes made elsewhere. */
  g_settings_set_string (settings, "export-format", "docx");
  g_assert_cmpuint (adw_combo_row_get_selected (format_row), ==, 2);
  g_settings_set_string (settings, "export-language", "auto");
  g_assert_cmpuint (adw_combo_row_get_selected (language_row), ==, 0);

  gtk_window_close (preferences);
  g_assert_true (insp_test_wait_for (insp_test_is_null, &preferences, SHOW_TIMEOUT_MS));
}

static void
test_about (InspTestApp *fixture)
{
  GtkWindow *about;

  insp_test_activate_action (GTK_WIDGET (fixture->window), "app.about", NULL);
  about = insp_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_object_add_weak_pointer (G_OBJECT (about), (gpointer *) &about);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, about, SHOW_TIMEOUT_MS));
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (fixture->window));

  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==,
                   "Inspraak");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==,
                   PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==,
                   APP_ID);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==,
                   GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_developer_name (ADW_ABOUT_WINDOW (about)), ==,
                   "The Inspraak developers");
  g_assert_cmpstr (adw_about_window_get_issue_url (ADW_ABOUT_WINDOW (about)), ==,
                   "https://github.com/inspraak/inspraak/issues");
  g_assert_nonnull (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)));

  gtk_window_close (about);
  g_assert_true (insp_test_wait_for (insp_test_is_null, &about, SHOW_TIMEOUT_MS));
}

static void
test_shortcuts_window (InspTestApp *fixture)
{
  GtkShortcutsWindow *overlay;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window));
  g_assert_nonnull (overlay);

  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, overlay, SHOW_TIMEOUT_MS));

  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_true (insp_test_wait_for (is_hidden, overlay, SHOW_TIMEOUT_MS));
}

static void
collect_documented_accels (GtkWidget  *widget,
                           GHashTable *accels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (child))
        {
          g_autofree char *accelerator = NULL;
          guint key;
          GdkModifierType mods;

          g_object_get (child, "accelerator", &accelerator, NULL);
          g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
          g_hash_table_add (accels, gtk_accelerator_name (key, mods));
        }
      collect_documented_accels (child, accels);
    }
}

/* The shortcuts a widget's class binds (its own and its parents'), such as the vision
 * page's Ctrl+F and the editor's Ctrl+B. */
static void
collect_widget_accels (GtkWidget  *widget,
                       GHashTable *accels)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger))
            {
              GtkKeyvalTrigger *keyval = GTK_KEYVAL_TRIGGER (trigger);

              g_hash_table_add (accels,
                                gtk_accelerator_name (gtk_keyval_trigger_get_keyval (keyval),
                                                      gtk_keyval_trigger_get_modifiers (keyval)));
            }
        }
    }
}

static void
test_shortcuts_documented (InspTestApp *fixture)
{
  GtkApplication *app = GTK_APPLICATION (fixture->app);
  g_autoptr(GHashTable) documented = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, NULL);
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (app);
  GtkShortcutsWindow *overlay;
  GHashTableIter iter;
  const char *accel;

  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "window.close", "<Control>w" },
    { "app.preferences", "<Control>comma" },
    { "app.help", "F1" },
    { "win.show-help-overlay", "<Control>question" },
    { "win.open-workspace", "<Control>o" },
    { "win.save-copy", "<Shift><Control>s" },
    { "win.import", "<Shift><Control>i" },
    { "win.export-workspace", "<Control>e" },
    { "win.print", "<Control>p" },
    { "win.show-page::overview", "<Alt>1" },
    { "win.show-page::vision", "<Alt>2" },
    { "win.show-page::applications", "<Alt>3" },
    { "win.show-page::people", "<Alt>4" },
    { "win.show-page::impact", "<Alt>5" },
    { "win.show-page::actions", "<Alt>6" },
    { "win.show-page::practices", "<Alt>7" },
    { "win.show-page::exports", "<Alt>8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, expected[i].action);

      g_test_message ("%s", expected[i].action);
      g_assert_nonnull (accels[0]);
      g_assert_cmpstr (accels[0], ==, expected[i].accel);
    }

  /* Each shortcut the application binds is in the shortcuts window, and the window lists
   * no shortcut that does not exist (F10 belongs to the main menu button). */
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint key;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accels[j], &key, &mods));
          g_hash_table_add (bound, gtk_accelerator_name (key, mods));
        }
    }
  g_assert_true (gtk_menu_button_get_primary (get_template_child (fixture->window,
                                                                  INSP_TYPE_WINDOW,
                                                                  "primary_menu_button")));
  g_hash_table_add (bound, g_strdup ("F10"));

  /* The AI Vision page's own shortcuts, and its editor's. */
  {
    g_autoptr(GHashTable) widget_accels = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                 g_free, NULL);
    static const char *vision_accels[] = {
      "<Control>f", "<Shift><Control>f", "<Alt>Up", "<Alt>Down", "<Control>b", "<Control>i",
      "<Control>k", "<Control>z", "<Shift><Control>z",
    };
    GtkWidget *vision;

    /* Pages are built when first shown. */
    insp_window_show_page (fixture->window, "vision");
    insp_test_wait_idle ();
    vision = insp_window_get_page (fixture->window, "vision");

    collect_widget_accels (vision, widget_accels);

    /* And the Actions page's. */
    insp_window_show_page (fixture->window, "actions");
    insp_test_wait_idle ();
    collect_widget_accels (insp_window_get_page (fixture->window, "actions"), bound);
    collect_widget_accels (insp_vision_page_get_view (INSP_VISION_PAGE (vision)),
                           widget_accels);
    for (guint i = 0; i < G_N_ELEMENTS (vision_accels); i++)
      {
        guint key;
        GdkModifierType mods;
        g_autofree char *name = NULL;

        g_assert_true (gtk_accelerator_parse (vision_accels[i], &key, &mods));
        name = gtk_accelerator_name (key, mods);
        if (!g_hash_table_contains (widget_accels, name))
          g_error ("The vision page does not bind %s", name);
        g_hash_table_add (bound, g_steal_pointer (&name));
      }
  }

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window));
  collect_documented_accels (GTK_WIDGET (overlay), documented);

  g_hash_table_iter_init (&iter, bound);
  while (g_hash_table_iter_next (&iter, (gpointer *) &accel, NULL))
    {
      if (!g_hash_table_contains (documented, accel))
        g_error ("%s is missing from the shortcuts window", accel);
    }
  g_hash_table_iter_init (&iter, documented);
  while (g_hash_table_iter_next (&iter, (gpointer *) &accel, NULL))
    {
      if (!g_hash_table_contains (bound, accel))
        g_error ("The shortcuts window lists %s, which does nothing", accel);
    }
}

static GtkWidget *
find_menu_item (GtkWidget  *widget,
                const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      /* The items of a GtkPopoverMenu are GtkModelButtons, a private type. */
      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkModelButton"))
        {
          g_autofree char *item_text = NULL;

          g_object_get (child, "text", &item_text, NULL);
          if (g_strcmp0 (item_text, text) == 0)
            return child;
        }

      found = find_menu_item (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
menu_item_is_sensitive (GtkMenuButton *button,
                        const char    *text)
{
  GtkWidget *item = find_menu_item (GTK_WIDGET (gtk_menu_button_get_popover (button)), text);

  g_assert_nonnull (item);

  return gtk_widget_is_sensitive (item);
}

static void
test_menu_actions (InspTestApp *fixture)
{
  GtkMenuButton *button = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                              "primary_menu_button");
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      g_assert_nonnull (section);
      for (int j = 0; j < g_menu_model_get_n_items (section); j++)
        {
          char *action = NULL;

          g_assert_true (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION,
                                                          "s", &action));
          g_ptr_array_add (actions, action);
        }
    }

  /* The primary menu, in order. */
  g_assert_cmpuint (actions->len, ==, 9);
  g_assert_cmpstr (actions->pdata[0], ==, "win.open-workspace");
  g_assert_cmpstr (actions->pdata[1], ==, "win.save-copy");
  g_assert_cmpstr (actions->pdata[2], ==, "win.import");
  g_assert_cmpstr (actions->pdata[3], ==, "win.export-workspace");
  g_assert_cmpstr (actions->pdata[4], ==, "win.print");
  g_assert_cmpstr (actions->pdata[5], ==, "app.preferences");
  g_assert_cmpstr (actions->pdata[6], ==, "win.show-help-overlay");
  g_assert_cmpstr (actions->pdata[7], ==, "app.help");
  g_assert_cmpstr (actions->pdata[8], ==, "app.about");

  /* As the menu shows them: the workspace actions work on the workspace that is open; an
   * empty workspace has nothing to print, so Print… is greyed out; the application's own
   * items always work. */
  gtk_menu_button_popup (button);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown,
                                     gtk_menu_button_get_popover (button), SHOW_TIMEOUT_MS));
  g_assert_nonnull (insp_window_get_workspace (fixture->window));
  g_assert_true (menu_item_is_sensitive (button, "Open Workspace…"));
  g_assert_true (menu_item_is_sensitive (button, "Save a Copy…"));
  g_assert_true (menu_item_is_sensitive (button, "Import…"));
  g_assert_true (menu_item_is_sensitive (button, "Export Workspace…"));
  g_assert_false (menu_item_is_sensitive (button, "Print…"));
  g_assert_true (menu_item_is_sensitive (button, "Preferences"));
  g_assert_true (menu_item_is_sensitive (button, "Keyboard Shortcuts"));
  g_assert_true (menu_item_is_sensitive (button, "Help"));
  g_assert_true (menu_item_is_sensitive (button, "About Inspraak"));
  gtk_menu_button_popdown (button);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/app/window/shown", test_window_shown, NULL);
  insp_test_add ("/app/window/second-activation", test_window_second_activation, NULL);
  insp_test_add ("/app/window/pages", test_window_pages, NULL);
  insp_test_add ("/app/window/sidebar", test_window_sidebar, NULL);
  insp_test_add ("/app/window/wide", test_window_wide, NULL);
  insp_test_add ("/app/window/narrow", test_window_narrow, narrow_settings);
  insp_test_add ("/app/window/close", test_window_close, NULL);
  insp_test_add_func ("/app/window/state", test_window_state);
  insp_test_add ("/app/menu", test_menu_actions, NULL);
  insp_test_add ("/app/preferences", test_preferences, format_settings);
  insp_test_add ("/app/about", test_about, NULL);
  insp_test_add ("/app/shortcuts/window", test_shortcuts_window, NULL);
  insp_test_add ("/app/shortcuts/documented", test_shortcuts_documented, NULL);

  return g_test_run ();
}
