/* test-a11y.c — every control of the main window and the preferences has a name that a
 * screen reader can read, and can be reached with the keyboard
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include "insp-organisation-dialog.h"
#include "insp-preferences-window.h"
#include "insp-test-app.h"

#define SHOW_TIMEOUT_MS 10000

static const char *page_ids[] = {
  "overview", "vision", "applications", "people", "impact", "actions", "practices", "exports",
};

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/*
 * Returns the name an assistive technology gets for @widget, or NULL when it has none:
 * the accessible label, a labelled-by relation, the widget's own label or title, or its
 * tooltip.
 */
static char *
get_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  const char *text = NULL;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      /* The value is returned when it differs from the one given: when it is not empty. */
      char *label = gtk_test_accessible_check_property (accessible,
                                                        GTK_ACCESSIBLE_PROPERTY_LABEL, "");

      if (label != NULL)
        return label;
    }

  if (gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return g_strdup ("(labelled by another widget)");

  if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget))
    text = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

  if (is_empty (text))
    text = gtk_widget_get_tooltip_text (widget);

  return is_empty (text) ? NULL : g_strdup (text);
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget)
         || GTK_IS_ENTRY (widget)
         || GTK_IS_MENU_BUTTON (widget)
         || GTK_IS_LIST_BOX_ROW (widget)
         || ADW_IS_COMBO_ROW (widget)
         || GTK_IS_SWITCH (widget);
}

/* Whether @widget takes the focus: itself, or for an entry, the text it delegates to. */
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
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (is_control (child))
        {
          g_autofree char *name = get_accessible_name (child);

          (*n_checked)++;
          if (name == NULL)
            g_string_append_printf (problems, "  a %s in a %s has no accessible name\n",
                                    G_OBJECT_TYPE_NAME (child), G_OBJECT_TYPE_NAME (widget));
          else
            g_test_message ("%s: “%s”", G_OBJECT_TYPE_NAME (child), name);

          /* Keyboard: the control can take the focus. (Window buttons are for the mouse,
           * the window manager offers their actions on the keyboard.) */
          if (!can_take_focus (child)
              && gtk_widget_get_ancestor (child, GTK_TYPE_WINDOW_CONTROLS) == NULL
              && !GTK_IS_MENU_BUTTON (child))
            g_string_append_printf (problems, "  a %s (“%s”) cannot take the focus\n",
                                    G_OBJECT_TYPE_NAME (child), name ? name : "");
        }

      /* A menu button is one control; its inner toggle button is its own business. */
      if (!GTK_IS_MENU_BUTTON (child))
        check_controls (child, problems, n_checked);
    }
}

static void
assert_controls_named (GtkWidget *root,
                       guint      min_checked)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_checked = 0;

  check_controls (root, problems, &n_checked);

  if (problems->len > 0)
    g_error ("In the %s:\n%s", G_OBJECT_TYPE_NAME (root), problems->str);

  /* The walk reached the controls: the test does not pass by finding nothing. */
  g_assert_cmpuint (n_checked, >=, min_checked);
}

static void
test_main_window (InspTestApp *fixture)
{
  GtkMenuButton *menu_button;

  /* All pages built, so that all their controls are checked. */
  for (guint i = 0; i < G_N_ELEMENTS (page_ids); i++)
    insp_test_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                               g_variant_new_string (page_ids[i]));

  /* 8 sidebar rows, the workspace switcher, the main menu, the back button; the welcome's
   * two buttons. */
  assert_controls_named (GTK_WIDGET (fixture->window), 13);

  /* The main menu opens from the keyboard (F10) and takes the focus. */
  menu_button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                INSP_TYPE_WINDOW,
                                                                "primary_menu_button"));
  g_assert_true (gtk_menu_button_get_primary (menu_button));
  g_assert_true (gtk_widget_get_focusable (gtk_widget_get_first_child (GTK_WIDGET (menu_button))));
}

static void
test_sidebar_keyboard (InspTestApp *fixture)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                  INSP_TYPE_WINDOW,
                                                                  "sidebar_list"));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 2);

  /* Focus moves into the sidebar; a row chosen with Enter shows its page. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  insp_test_wait_idle ();
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == GTK_WIDGET (row));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  insp_test_wait_idle ();
  g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, "applications");

  /* The list itself is named for screen readers. */
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (list),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
}

static void
test_preferences_window (InspTestApp *fixture)
{
  GtkWindow *preferences;

  insp_test_activate_action (GTK_WIDGET (fixture->window), "app.preferences", NULL);
  preferences = insp_test_find_toplevel (INSP_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, preferences, SHOW_TIMEOUT_MS));

  /* The two choice rows, the close button. */
  assert_controls_named (GTK_WIDGET (preferences), 3);

  gtk_window_close (preferences);
}

static void
test_workspace_switcher (InspTestApp *fixture)
{
  GtkMenuButton *button;
  GtkPopover *popover;
  GtkListBox *list;

  button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                           INSP_TYPE_WINDOW,
                                                           "workspace_button"));
  list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                      INSP_TYPE_WINDOW,
                                                      "workspace_list_box"));

  /* The switcher is one focus stop in the header, named for what it does. */
  g_assert_true (gtk_widget_get_focusable (gtk_widget_get_first_child (GTK_WIDGET (button))));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Switch Workspace");

  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, popover, SHOW_TIMEOUT_MS));

  /* A row per workspace (one here), New Workspace…; the list is named. */
  assert_controls_named (GTK_WIDGET (popover), 2);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (list),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_menu_button_popdown (button);
}

static void
test_organisation_dialog (InspTestApp *fixture)
{
  GtkWindow *dialog;

  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.edit-organisation", NULL);
  dialog = insp_test_find_toplevel (INSP_TYPE_ORGANISATION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, dialog, SHOW_TIMEOUT_MS));

  /* Cancel, Save; name, sector, size, country; three rows with their switches. */
  assert_controls_named (GTK_WIDGET (dialog), 14);

  /* Typing starts in the name. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (dialog),
                                         GTK_WIDGET (gtk_widget_get_template_child (
                                           GTK_WIDGET (dialog), INSP_TYPE_ORGANISATION_DIALOG,
                                           "name_row"))));

  gtk_window_close (dialog);
}

static void
test_new_workspace_dialog (InspTestApp *fixture)
{
  GtkWindow *dialog;

  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.new-workspace", NULL);
  dialog = insp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, dialog, SHOW_TIMEOUT_MS));

  /* The name's entry, Cancel, Create; typing starts in the entry. */
  assert_controls_named (GTK_WIDGET (dialog), 3);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (dialog),
                                         adw_message_dialog_get_extra_child (
                                           ADW_MESSAGE_DIALOG (dialog))));

  gtk_window_close (dialog);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/app/a11y/main-window", test_main_window, NULL);
  insp_test_add ("/app/a11y/sidebar-keyboard", test_sidebar_keyboard, NULL);
  insp_test_add ("/app/a11y/preferences", test_preferences_window, NULL);
  insp_test_add ("/app/a11y/workspace-switcher", test_workspace_switcher, NULL);
  insp_test_add ("/app/a11y/organisation-dialog", test_organisation_dialog, NULL);
  insp_test_add ("/app/a11y/new-workspace-dialog", test_new_workspace_dialog, NULL);

  return g_test_run ();
}
