/* test-people.c — the People page: the empty state, adding a person through the page, giving
 * them a role, deleting them and Undo, renaming an own stakeholder group, and names for every
 * control of the page
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()).
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include "insp-group.h"
#include "insp-name-dialog.h"
#include "insp-people-page.h"
#include "insp-person.h"
#include "insp-test-app.h"

#define SHOW_TIMEOUT_MS 10000
#define JOB_TIMEOUT_MS 20000

static gpointer
get_child (gpointer    widget,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), INSP_TYPE_PEOPLE_PAGE,
                                                  name);

  g_assert_nonnull (child);
  return child;
}

static InspPeoplePage *
show_page (InspTestApp *fixture)
{
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  insp_window_show_page (fixture->window, "people");
  insp_test_wait_idle ();
  return INSP_PEOPLE_PAGE (insp_window_get_page (fixture->window, "people"));
}

static gboolean
has_no_toplevel (gpointer type)
{
  return !insp_test_has_toplevel (type);
}

static GPtrArray *
list_persons (InspTestApp *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *persons = insp_workspace_list_persons (insp_window_get_workspace (fixture->window),
                                                    &error);

  g_assert_no_error (error);
  return persons;
}

/* --- Accessible names, as test-a11y.c checks the main window --------------------------------- */

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
  return GTK_IS_BUTTON (widget) || GTK_IS_ENTRY (widget) || GTK_IS_LIST_BOX_ROW (widget)
         || GTK_IS_SWITCH (widget) || GTK_IS_TEXT_VIEW (widget);
}

static void
check_controls (GtkWidget *widget,
                GString   *problems,
                guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (is_control (child))
        {
          g_autofree char *name = get_accessible_name (child);

          (*n_checked)++;
          if (name == NULL)
            g_string_append_printf (problems, "  a %s in a %s has no accessible name\n",
                                    G_OBJECT_TYPE_NAME (child), G_OBJECT_TYPE_NAME (widget));
        }
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
  g_assert_cmpuint (n_checked, >=, min_checked);
}

static GtkCheckButton *
find_role_check (InspPeoplePage *page,
                 const char     *label)
{
  AdwPreferencesGroup *group = get_child (page, "roles_group");
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, group);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (ADW_IS_ACTION_ROW (widget)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), label) == 0)
        return GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (widget)));
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_assert_not_reached ();
}

/* --- Tests ----------------------------------------------------------------------------------- */

static void
test_empty (InspTestApp *fixture)
{
  InspPeoplePage *page = show_page (fixture);
  GtkStack *stack = get_child (page, "stack");
  AdwStatusPage *status = get_child (page, "status_page");
  GtkListBox *groups = get_child (page, "group_list");

  /* No people yet: the page says whom to add first. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "frontrunners"));
  g_assert_true (insp_test_wait_for (insp_test_widget_is_mapped,
                                     adw_status_page_get_child (status), 10000));

  /* The built-in stakeholder groups are listed all the same, with their perspective. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (groups, 0));
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                      gtk_list_box_get_row_at_index (groups, 0))));
  assert_controls_named (GTK_WIDGET (page), 4);
}

static void
test_add_delete_undo (InspTestApp *fixture)
{
  InspPeoplePage *page = show_page (fixture);
  GtkStack *stack = get_child (page, "stack");
  GtkListBox *list = get_child (page, "person_list");
  GtkWidget *add_button = get_child (page, "add_person_button");
  g_autoptr(GPtrArray) persons = NULL;
  AdwMessageDialog *dialog;
  GtkCheckButton *frontrunner;
  GtkListBoxRow *row;
  InspPerson *person;

  /* Add Person… asks for a name. */
  g_assert_true (gtk_widget_activate (add_button));
  g_assert_true (insp_test_wait_for (insp_test_has_toplevel,
                                     GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG),
                                     SHOW_TIMEOUT_MS));
  dialog = ADW_MESSAGE_DIALOG (insp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                         "An Peeters");
  /* Enter accepts. */
  g_assert_true (gtk_widget_activate_action (adw_message_dialog_get_extra_child (dialog),
                                             "default.activate", NULL));
  g_assert_true (insp_test_wait_for (has_no_toplevel,
                                     GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG),
                                     SHOW_TIMEOUT_MS));
  insp_test_wait_idle ();

  /* Written, and shown: in the list and chosen, without consent to be named. */
  persons = list_persons (fixture);
  g_assert_cmpuint (persons->len, ==, 1);
  person = g_ptr_array_index (persons, 0);
  g_assert_cmpstr (insp_person_get_name (person), ==, "An Peeters");
  g_assert_false (insp_person_get_consent_named (person));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "person");
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_get_selected_row (list) == row);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_child (page, "title_label"))), ==,
                   "An Peeters");
  g_assert_false (gtk_switch_get_active (get_child (page, "consent_switch")));
  assert_controls_named (GTK_WIDGET (page), 15);

  /* A department, typed in place, and a role, ticked. */
  gtk_editable_set_text (get_child (page, "department_row"), "Production");
  g_signal_emit_by_name (get_child (page, "department_row"), "apply");
  frontrunner = find_role_check (page, "Frontrunner");
  gtk_check_button_set_active (frontrunner, TRUE);
  insp_test_wait_idle ();
  g_clear_pointer (&persons, g_ptr_array_unref);
  persons = list_persons (fixture);
  person = g_ptr_array_index (persons, 0);
  g_assert_cmpstr (insp_person_get_department (person), ==, "Production");
  g_assert_nonnull (insp_person_get_roles (person));
  g_assert_true (g_strv_contains (insp_person_get_roles (person), "frontrunner"));
  g_assert_true (gtk_check_button_get_active (find_role_check (page, "Frontrunner")));
  g_assert_false (gtk_check_button_get_active (find_role_check (page, "Manager")));

  /* A training with a date that is not one says how to write it. */
  gtk_editable_set_text (get_child (page, "training_title_row"), "AI basics");
  gtk_editable_set_text (get_child (page, "training_date_row"), "15/03/2026");
  insp_test_activate_action (GTK_WIDGET (page), "people.add-training", NULL);
  g_assert_true (gtk_widget_get_visible (get_child (page, "error_label")));
  gtk_editable_set_text (get_child (page, "training_date_row"), "2026-03-15");
  insp_test_activate_action (GTK_WIDGET (page), "people.add-training", NULL);
  insp_test_wait_idle ();
  g_assert_false (gtk_widget_get_visible (get_child (page, "error_label")));
  g_clear_pointer (&persons, g_ptr_array_unref);
  persons = list_persons (fixture);
  person = g_ptr_array_index (persons, 0);
  g_assert_cmpuint (insp_person_get_trainings (person)->len, ==, 1);

  /* Delete Person: gone, and the page says whom to add first again … */
  g_signal_emit_by_name (get_child (page, "delete_button"), "clicked");
  insp_test_wait_idle ();
  g_clear_pointer (&persons, g_ptr_array_unref);
  persons = list_persons (fixture);
  g_assert_cmpuint (persons->len, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* … and back with Undo, role, department and training included. */
  insp_test_activate_action (GTK_WIDGET (page), "people.undo-delete", NULL);
  insp_test_wait_idle ();
  g_clear_pointer (&persons, g_ptr_array_unref);
  persons = list_persons (fixture);
  g_assert_cmpuint (persons->len, ==, 1);
  person = g_ptr_array_index (persons, 0);
  g_assert_cmpstr (insp_person_get_name (person), ==, "An Peeters");
  g_assert_cmpstr (insp_person_get_department (person), ==, "Production");
  g_assert_true (g_strv_contains (insp_person_get_roles (person), "frontrunner"));
  g_assert_cmpuint (insp_person_get_trainings (person)->len, ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "person");
  g_assert_true (gtk_check_button_get_active (find_role_check (page, "Frontrunner")));
}

/* The row of the group called @title in the groups list. */
static AdwActionRow *
find_group_row (InspPeoplePage *page,
                const char     *title)
{
  GtkListBox *groups = get_child (page, "group_list");

  for (int i = 0; gtk_list_box_get_row_at_index (groups, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (groups, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return ADW_ACTION_ROW (row);
    }
  return NULL;
}

/* The rename button of a group's row, if it has one. */
static GtkWidget *
find_rename_button (AdwActionRow *row)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, row);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_BUTTON (widget)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                        "people.rename-group") == 0)
        return widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  return NULL;
}

/* The name dialog shown, once the one before it has gone. */
static gboolean
has_one_message_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_dialogs = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        n_dialogs++;
    }
  return n_dialogs == 1;
}

static const char *
get_group_name (InspTestApp *fixture,
                const char  *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = insp_workspace_list_groups (
    insp_window_get_workspace (fixture->window), &error);
  static char name[256];

  g_assert_no_error (error);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (insp_group_get_uuid (g_ptr_array_index (groups, i)), uuid) == 0)
      {
        g_strlcpy (name, insp_group_get_display_name (g_ptr_array_index (groups, i)),
                   sizeof name);
        return name;
      }
  return NULL;
}

static void
test_rename_group (InspTestApp *fixture)
{
  InspPeoplePage *page = show_page (fixture);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(InspGroup) own = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  AdwActionRow *row;
  GtkWidget *button, *entry;

  own = insp_workspace_add_group (workspace, "Weekend drivers", NULL, &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();

  /* A built-in group keeps its name: no rename button. */
  row = find_group_row (page, "Management");
  g_assert_nonnull (row);
  g_assert_null (find_rename_button (row));

  /* An own group has one, named for a screen reader … */
  row = find_group_row (page, "Weekend drivers");
  g_assert_nonnull (row);
  button = find_rename_button (row);
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Rename “Weekend drivers”");
  assert_controls_named (GTK_WIDGET (page), 5);

  /* … that asks for the new name, the old one typed already. */
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (insp_test_wait_for (has_one_message_dialog, NULL, SHOW_TIMEOUT_MS));
  dialog = ADW_MESSAGE_DIALOG (insp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Rename Stakeholder Group");
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Weekend drivers");

  /* Nothing typed: nothing to accept. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, INSP_NAME_DIALOG_ACCEPT));

  /* Another group's name: asked again, with the name typed and why it does not do. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "management");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (entry, "default.activate", NULL));
  insp_test_wait_until_closed ((GtkWindow **) &dialog);
  g_assert_true (insp_test_wait_for (has_one_message_dialog, NULL, SHOW_TIMEOUT_MS));
  dialog = ADW_MESSAGE_DIALOG (insp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "There is already a stakeholder group called “Management”: choose another "
                   "name");
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "management");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpstr (get_group_name (fixture, insp_group_get_uuid (own)), ==, "Weekend drivers");

  /* A new name: written and shown. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Weekend and night drivers");
  g_assert_true (gtk_widget_activate_action (entry, "default.activate", NULL));
  g_assert_true (insp_test_wait_for (has_no_toplevel,
                                     GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG),
                                     SHOW_TIMEOUT_MS));
  insp_test_wait_idle ();
  g_assert_cmpstr (get_group_name (fixture, insp_group_get_uuid (own)), ==,
                   "Weekend and night drivers");
  g_assert_null (find_group_row (page, "Weekend drivers"));
  row = find_group_row (page, "Weekend and night drivers");
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_rename_button (row)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Rename “Weekend and night drivers”");
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/people/empty", test_empty, NULL);
  insp_test_add ("/people/add-delete-undo", test_add_delete_undo, NULL);
  insp_test_add ("/people/rename-group", test_rename_group, NULL);

  return g_test_run ();
}
