/* test-workspace.c — the workspace as a person meets it: the first run, the example, the
 * organisation's details, the switcher, and opening, copying, importing and exporting
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (see insp_test_add ()),
 * so each starts as a first run. The file choosers are the platform's (a portal in the
 * Flatpak) and cannot be driven here: the tests call what each action does with the file
 * chosen, the same function the chooser's answer calls.
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "insp-name-dialog.h"
#include "insp-organisation-dialog.h"
#include "insp-overview-page.h"
#include "insp-test-app.h"
#include "insp-window-private.h"

#define SHOW_TIMEOUT_MS 10000
/* Opening, importing and writing run in a thread; under Xvfb on a loaded machine, give
 * them time. */
#define JOB_TIMEOUT_MS 20000

#define EXAMPLE_NAME "Vervoer Van Dyck nv"

static gpointer
get_template_child (gpointer    widget,
                   GType       type,
                   const char *name)
{
  return insp_test_get_template_child (widget, type, name);
}

static void
wait_until_ready (InspTestApp *fixture)
{
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
}

static char *
dup_workspace_path (const char *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = insp_workspace_get_default_dir (&error);

  g_assert_no_error (error);

  return g_build_filename (dir, file_name, NULL);
}

/* A folder for files from outside the workspaces, such as a colleague's; removed with the
 * test's XDG_DATA_HOME. */
static char *
dup_outside_path (const char *file_name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "outside", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return g_build_filename (dir, file_name, NULL);
}

static const char *
get_overview_state (InspTestApp *fixture)
{
  GtkWidget *overview = insp_window_get_page (fixture->window, "overview");
  GtkStack *stack = get_template_child (overview, INSP_TYPE_OVERVIEW_PAGE, "stack");

  return gtk_stack_get_visible_child_name (stack);
}

static const char *
get_overview_title (InspTestApp *fixture)
{
  GtkWidget *overview = insp_window_get_page (fixture->window, "overview");
  GtkLabel *title = get_template_child (overview, INSP_TYPE_OVERVIEW_PAGE,
                                        "organisation_title");

  g_assert_cmpstr (get_overview_state (fixture), ==, "organisation");

  return gtk_label_get_label (title);
}

static const char *
get_switcher_label (InspTestApp *fixture)
{
  GtkLabel *label = get_template_child (fixture->window, INSP_TYPE_WINDOW, "workspace_label");

  return gtk_label_get_label (label);
}

static InspOrganisation *
get_organisation (InspTestApp *fixture)
{
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);

  g_assert_nonnull (workspace);

  return insp_workspace_get_organisation (workspace);
}

static void
assert_setting (const char *key,
                const char *expected)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

/* The message dialog shown over @parent, once it shows. */
static AdwMessageDialog *
wait_for_message_dialog (GtkWindow *parent)
{
  for (guint tries = 0; tries < 2; tries++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent
              && gtk_widget_get_visible (GTK_WIDGET (window)))
            {
              g_assert_true (insp_test_wait_for (insp_test_window_is_shown, window,
                                                 SHOW_TIMEOUT_MS));
              return ADW_MESSAGE_DIALOG (window);
            }
        }
      insp_test_wait_idle ();
    }

  g_error ("No message dialog over the %s", G_OBJECT_TYPE_NAME (parent));
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;

      found = find_button (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Answers a message dialog with a click on the button of @response, and waits until the
 * dialog is gone. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  GtkWidget *button;

  g_assert_true (adw_message_dialog_has_response (dialog, response));
  button = find_button (GTK_WIDGET (dialog),
                        adw_message_dialog_get_response_label (dialog, response));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (insp_test_wait_for (insp_test_is_null, &dialog, SHOW_TIMEOUT_MS));
}

/* The full text of the problems an error dialog lists. */
static const char *
get_error_details (AdwMessageDialog *dialog)
{
  GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *label;

  g_assert_nonnull (extra);
  label = insp_test_find_descendant (extra, GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  /* It can be selected and copied, to look up or send on. */
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));

  return gtk_label_get_label (GTK_LABEL (label));
}

static void
explore_example (InspTestApp *fixture)
{
  GtkWidget *overview = insp_window_get_page (fixture->window, "overview");
  GtkWidget *button = get_template_child (overview, INSP_TYPE_OVERVIEW_PAGE, "explore_button");

  g_assert_cmpstr (get_overview_state (fixture), ==, "welcome");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  insp_test_wait_idle ();
  g_assert_cmpstr (get_overview_title (fixture), ==, EXAMPLE_NAME);
}

static gboolean
has_n_children (GtkWidget *widget,
                guint      n)
{
  guint count = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count++;

  return count == n;
}

/* The first run */

static void
test_first_run (InspTestApp *fixture)
{
  g_autofree char *default_path = dup_workspace_path (INSP_WORKSPACE_DEFAULT_NAME);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkWidget *overview = insp_window_get_page (fixture->window, "overview");
  AdwStatusPage *welcome = get_template_child (overview, INSP_TYPE_OVERVIEW_PAGE,
                                               "welcome_page");
  GtkWidget *explore = get_template_child (overview, INSP_TYPE_OVERVIEW_PAGE,
                                           "explore_button");
  GtkWidget *start = get_template_child (overview, INSP_TYPE_OVERVIEW_PAGE, "start_button");
  struct stat info;

  /* The default workspace was made, private to its owner, and is the one shown. */
  g_assert_nonnull (workspace);
  g_assert_cmpstr (insp_workspace_get_path (workspace), ==, default_path);
  g_assert_cmpint (g_stat (default_path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (insp_workspace_is_empty (workspace));
  assert_setting ("current-workspace", INSP_WORKSPACE_DEFAULT_NAME);

  /* The overview welcomes, with two ways to start. */
  g_assert_cmpstr (get_overview_state (fixture), ==, "welcome");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (welcome)));
  g_assert_cmpstr (adw_status_page_get_title (welcome), ==, "Welcome to Inspraak");
  g_assert_cmpstr (adw_status_page_get_icon_name (welcome), ==, APP_ID);
  g_assert_cmpuint (strlen (adw_status_page_get_description (welcome)), >, 40);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (explore)), ==, "_Explore an Example");
  g_assert_true (gtk_widget_has_css_class (explore, "suggested-action"));
  g_assert_true (gtk_widget_has_css_class (explore, "pill"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (start)), ==, "_Start with My Organisation");
  g_assert_true (gtk_widget_has_css_class (start, "pill"));

  /* The switcher names the organisation, which has no name yet. */
  g_assert_cmpstr (get_switcher_label (fixture), ==, "Unnamed Organisation");

  /* The workspace actions work now that there is a workspace. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.explore-example", NULL));
  g_assert_false (insp_workspace_is_empty (workspace));
}

static void
test_example (InspTestApp *fixture)
{
  g_autofree char *summary = NULL;
  GtkWidget *overview;
  GtkLabel *summary_label;

  explore_example (fixture);

  /* The example organisation, named in the overview and the switcher. */
  g_assert_cmpstr (get_switcher_label (fixture), ==, EXAMPLE_NAME);
  g_assert_false (insp_workspace_is_empty (insp_window_get_workspace (fixture->window)));

  overview = insp_window_get_page (fixture->window, "overview");
  summary_label = get_template_child (overview, INSP_TYPE_OVERVIEW_PAGE, "organisation_summary");
  summary = insp_organisation_dup_summary (get_organisation (fixture));
  g_assert_cmpuint (strlen (summary), >, 0);
  g_assert_cmpstr (gtk_label_get_label (summary_label), ==, summary);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (summary_label)));

  /* The example needs an empty workspace: a second one is refused, with a message. */
  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.explore-example", NULL);
  respond (wait_for_message_dialog (GTK_WINDOW (fixture->window)), "close");
  g_assert_cmpstr (get_overview_title (fixture), ==, EXAMPLE_NAME);
}

/* The organisation's details */

static InspOrganisationDialog *
open_organisation_dialog (InspTestApp *fixture)
{
  GtkWindow *dialog;

  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.edit-organisation", NULL);
  dialog = insp_test_find_toplevel (INSP_TYPE_ORGANISATION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, dialog, SHOW_TIMEOUT_MS));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (dialog));

  return INSP_ORGANISATION_DIALOG (dialog);
}

/* Types @text in place of what the focused entry holds, as a person does. */
static GtkWidget *
type_into_focus (GtkWindow  *window,
                 const char *text)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  int position = 0;

  g_assert_true (GTK_IS_TEXT (focus));
  gtk_editable_delete_text (GTK_EDITABLE (focus), 0, -1);
  gtk_editable_insert_text (GTK_EDITABLE (focus), text, -1, &position);
  insp_test_wait_idle ();

  return focus;
}

static void
test_organisation_dialog (InspTestApp *fixture)
{
  InspOrganisationDialog *dialog;
  GtkWidget *save_button;
  GtkWidget *name_row;
  AdwComboRow *size_row;
  GtkWidget *text;
  GListModel *sizes;

  explore_example (fixture);
  dialog = open_organisation_dialog (fixture);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  save_button = get_template_child (dialog, INSP_TYPE_ORGANISATION_DIALOG, "save_button");
  name_row = get_template_child (dialog, INSP_TYPE_ORGANISATION_DIALOG, "name_row");
  size_row = get_template_child (dialog, INSP_TYPE_ORGANISATION_DIALOG, "size_row");

  /* The details as they are; nothing to save until something changes. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, EXAMPLE_NAME);
  g_assert_false (gtk_widget_is_sensitive (save_button));
  g_assert_true (gtk_widget_has_css_class (save_button, "suggested-action"));
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == save_button);

  /* "Not specified", then the size bands. */
  sizes = adw_combo_row_get_model (size_row);
  g_assert_cmpuint (g_list_model_get_n_items (sizes), ==, 5);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sizes), 0), ==,
                   "Not specified");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (sizes), 4), ==,
                   "250 employees or more");

  /* The name has the focus: type a new one. An empty name cannot be saved. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)), name_row));
  type_into_focus (GTK_WINDOW (dialog), "   ");
  g_assert_false (gtk_widget_is_sensitive (save_button));
  text = type_into_focus (GTK_WINDOW (dialog), "Van Dyck Logistiek");
  g_assert_true (gtk_widget_is_sensitive (save_button));
  adw_combo_row_set_selected (size_row, 4);

  /* Enter saves (the entry activates the default button), and the dialog closes. */
  g_signal_emit_by_name (text, "activate");
  g_assert_true (insp_test_wait_for (insp_test_is_null, &dialog, SHOW_TIMEOUT_MS));

  g_assert_cmpstr (insp_organisation_get_name (get_organisation (fixture)), ==,
                   "Van Dyck Logistiek");
  g_assert_cmpstr (insp_organisation_get_size_band (get_organisation (fixture)), ==, "large");
  g_assert_cmpstr (get_switcher_label (fixture), ==, "Van Dyck Logistiek");
  g_assert_cmpstr (get_overview_title (fixture), ==, "Van Dyck Logistiek");

  /* Cancel leaves everything as it was. */
  dialog = open_organisation_dialog (fixture);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  type_into_focus (GTK_WINDOW (dialog), "Something Else");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_true (insp_test_wait_for (insp_test_is_null, &dialog, SHOW_TIMEOUT_MS));
  g_assert_cmpstr (insp_organisation_get_name (get_organisation (fixture)), ==,
                   "Van Dyck Logistiek");
}

static void
test_start_with_organisation (InspTestApp *fixture)
{
  GtkWidget *overview = insp_window_get_page (fixture->window, "overview");
  GtkWidget *start = get_template_child (overview, INSP_TYPE_OVERVIEW_PAGE, "start_button");
  InspOrganisationDialog *dialog;
  GtkWidget *text;
  GtkSwitch *works_council;

  g_signal_emit_by_name (start, "clicked");
  insp_test_wait_idle ();
  dialog = INSP_ORGANISATION_DIALOG (insp_test_find_toplevel (INSP_TYPE_ORGANISATION_DIALOG));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, dialog, SHOW_TIMEOUT_MS));

  text = type_into_focus (GTK_WINDOW (dialog), "Brouwerij De Klok");
  works_council = get_template_child (dialog, INSP_TYPE_ORGANISATION_DIALOG,
                                      "works_council_switch");
  gtk_switch_set_active (works_council, TRUE);
  g_signal_emit_by_name (text, "activate");
  g_assert_true (insp_test_wait_for (insp_test_is_null, &dialog, SHOW_TIMEOUT_MS));

  /* No longer a first run: the overview shows the organisation. */
  g_assert_cmpstr (get_overview_title (fixture), ==, "Brouwerij De Klok");
  g_assert_true (insp_organisation_get_has_works_council (get_organisation (fixture)));
}

static void
test_organisation_dialog_error (InspTestApp *fixture)
{
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  InspOrganisationDialog *dialog;
  AdwMessageDialog *message;
  GtkWidget *name_row;
  GtkWidget *save_button;
  sqlite3 *db = NULL;

  dialog = open_organisation_dialog (fixture);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  name_row = get_template_child (dialog, INSP_TYPE_ORGANISATION_DIALOG, "name_row");
  save_button = get_template_child (dialog, INSP_TYPE_ORGANISATION_DIALOG, "save_button");
  type_into_focus (GTK_WINDOW (dialog), "Brouwerij De Klok");

  /* Another program (such as inspraak-cli) writes to the workspace: after waiting for it,
   * the save fails with the core's message. */
  g_assert_cmpint (sqlite3_open (insp_workspace_get_path (workspace), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_signal_emit_by_name (save_button, "clicked");

  message = wait_for_message_dialog (GTK_WINDOW (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Cannot Save the Details");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message),
                            insp_workspace_get_path (workspace)));
  respond (message, "close");

  /* The dialog stays, with what was typed; the workspace is as it was. */
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Brouwerij De Klok");
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (workspace)),
                   ==, "");
  g_assert_true (insp_workspace_is_empty (workspace));

  /* Once the other program is done, Save works. */
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_signal_emit_by_name (save_button, "clicked");
  g_assert_true (insp_test_wait_for (insp_test_is_null, &dialog, SHOW_TIMEOUT_MS));
  g_assert_cmpstr (get_overview_title (fixture), ==, "Brouwerij De Klok");
}

/* The switcher */

typedef struct
{
  InspTestApp *fixture;
  const char  *path;
} ShowsWorkspace;

static gboolean
shows_workspace (gpointer data)
{
  ShowsWorkspace *shows = data;
  InspWorkspace *workspace = insp_window_get_workspace (shows->fixture->window);

  return insp_test_window_is_ready (shows->fixture->window)
         && workspace != NULL
         && g_strcmp0 (insp_workspace_get_path (workspace), shows->path) == 0;
}

static void
wait_for_workspace (InspTestApp *fixture,
                    const char  *path)
{
  ShowsWorkspace shows = { fixture, path };

  g_assert_true (insp_test_wait_for (shows_workspace, &shows, JOB_TIMEOUT_MS));
}

static GtkListBoxRow *
find_switcher_row (GtkListBox *list,
                   const char *path)
{
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      GVariant *target;

      if (row == NULL)
        return NULL;

      target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
      if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), path) == 0)
        return row;
    }
}

/* Whether @row shows the check mark of the workspace shown. */
static gboolean
row_is_checked (GtkListBoxRow *row)
{
  GtkWidget *image = insp_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_IMAGE);

  return image != NULL && gtk_widget_get_opacity (image) > 0.5;
}

static const char *
get_row_label (GtkListBoxRow *row)
{
  GtkWidget *label = insp_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_LABEL);

  return gtk_label_get_label (GTK_LABEL (label));
}

static void
test_switcher (InspTestApp *fixture)
{
  g_autofree char *default_path = dup_workspace_path (INSP_WORKSPACE_DEFAULT_NAME);
  g_autofree char *second_path = dup_workspace_path ("tweede-organisatie.inspraak");
  GtkMenuButton *button = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                              "workspace_button");
  GtkListBox *list = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                         "workspace_list_box");
  GtkPopover *popover = gtk_menu_button_get_popover (button);
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  GtkListBoxRow *row;

  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Switch Workspace");

  /* The switcher lists the one workspace there is. */
  gtk_menu_button_popup (button);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, popover, SHOW_TIMEOUT_MS));
  g_assert_true (has_n_children (GTK_WIDGET (list), 1));
  row = find_switcher_row (list, default_path);
  g_assert_nonnull (row);
  g_assert_true (row_is_checked (row));
  /* Without a name, the file's. */
  g_assert_cmpstr (get_row_label (row), ==, INSP_WORKSPACE_DEFAULT_NAME);

  /* New Workspace… asks for the organisation's name, then shows the new workspace. */
  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.new-workspace", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  dialog = wait_for_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "New Workspace");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, INSP_NAME_DIALOG_ACCEPT));
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Tweede Organisatie");
  respond (dialog, INSP_NAME_DIALOG_ACCEPT);
  wait_for_workspace (fixture, second_path);

  g_assert_cmpstr (get_overview_title (fixture), ==, "Tweede Organisatie");
  g_assert_cmpstr (get_switcher_label (fixture), ==, "Tweede Organisatie");
  assert_setting ("current-workspace", "tweede-organisatie.inspraak");

  /* Both are listed, the one shown checked. */
  gtk_menu_button_popup (button);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown, popover, SHOW_TIMEOUT_MS));
  g_assert_true (has_n_children (GTK_WIDGET (list), 2));
  row = find_switcher_row (list, second_path);
  g_assert_nonnull (row);
  g_assert_true (row_is_checked (row));
  g_assert_cmpstr (get_row_label (row), ==, "Tweede Organisatie");
  row = find_switcher_row (list, default_path);
  g_assert_nonnull (row);
  g_assert_false (row_is_checked (row));

  /* Choosing the other switches to it, and remembers it for the next start. */
  g_signal_emit_by_name (row, "activate");
  wait_for_workspace (fixture, default_path);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpstr (get_overview_state (fixture), ==, "welcome");
  g_assert_cmpstr (get_switcher_label (fixture), ==, "Unnamed Organisation");
  assert_setting ("current-workspace", INSP_WORKSPACE_DEFAULT_NAME);
}

static const char * const second_settings[] = {
  "current-workspace", "'tweede-organisatie.inspraak'",
  NULL
};

static void
reopen_second_workspace (InspTestApp *fixture)
{
  g_autofree char *second_path = dup_workspace_path ("tweede-organisatie.inspraak");

  /* The workspace of the last session. */
  g_assert_cmpstr (insp_workspace_get_path (insp_window_get_workspace (fixture->window)), ==,
                   second_path);
  g_assert_cmpstr (get_overview_title (fixture), ==, "Tweede Organisatie");
}

static void
test_switcher_remembered (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  dir = insp_workspace_get_default_dir (&error);
  g_assert_no_error (error);
  path = insp_workspace_create_new (dir, "Tweede Organisatie", &error);
  g_assert_no_error (error);

  insp_test_app_run (second_settings, reopen_second_workspace);
}

/* Opening and saving copies */

static void
test_save_and_open_copy (InspTestApp *fixture)
{
  g_autofree char *copy_path = dup_outside_path ("copy.inspraak");
  g_autofree char *copied_in = dup_workspace_path ("copy.inspraak");
  g_autofree char *default_path = dup_workspace_path (INSP_WORKSPACE_DEFAULT_NAME);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GFile) itself = g_file_new_for_path (copied_in);
  AdwMessageDialog *dialog;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length;
  gsize after_length;
  struct stat info;

  explore_example (fixture);

  /* Save a Copy… writes a workspace, private to its owner. */
  _insp_window_save_copy_to_file (fixture->window, copy);
  g_assert_true (insp_window_get_busy (fixture->window));
  wait_until_ready (fixture);
  g_assert_cmpint (g_stat (copy_path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* To another workspace, then Open Workspace… takes the copy in. */
  insp_test_activate_action (GTK_WIDGET (fixture->window), "win.new-workspace", NULL);
  dialog = wait_for_message_dialog (GTK_WINDOW (fixture->window));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Leeg");
  respond (dialog, INSP_NAME_DIALOG_ACCEPT);
  wait_until_ready (fixture);
  g_assert_cmpstr (get_overview_title (fixture), ==, "Leeg");

  g_assert_true (g_file_get_contents (copy_path, &before, &before_length, NULL));
  _insp_window_open_file (fixture->window, copy);
  wait_for_workspace (fixture, copied_in);
  g_assert_cmpstr (get_overview_title (fixture), ==, EXAMPLE_NAME);
  assert_setting ("current-workspace", "copy.inspraak");

  /* The file itself was only read. */
  g_assert_true (g_file_get_contents (copy_path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);

  /* A copy over the workspace itself is refused with a message; the workspace stays. */
  _insp_window_save_copy_to_file (fixture->window, itself);
  wait_until_ready (fixture);
  dialog = wait_for_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Save a Copy");
  respond (dialog, "close");
  g_assert_cmpstr (get_overview_title (fixture), ==, EXAMPLE_NAME);

  g_assert_true (g_file_test (default_path, G_FILE_TEST_EXISTS));
}

static void
test_open_not_a_workspace (InspTestApp *fixture)
{
  g_autofree char *path = dup_outside_path ("notes.inspraak");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *default_path = dup_workspace_path (INSP_WORKSPACE_DEFAULT_NAME);
  g_autofree char *copied_in = dup_workspace_path ("notes.inspraak");
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "Not a workspace at all.\n", -1, NULL));

  _insp_window_open_file (fixture->window, file);
  wait_until_ready (fixture);

  dialog = wait_for_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Open the Workspace");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "notes.inspraak"));
  respond (dialog, "close");

  /* Nothing was taken in; the workspace shown stays. */
  g_assert_cmpstr (insp_workspace_get_path (insp_window_get_workspace (fixture->window)), ==,
                   default_path);
  g_assert_false (g_file_test (copied_in, G_FILE_TEST_EXISTS));
}

/* Importing and exporting */

/* The example, exported by the core from a workspace of its own: a file as a colleague's
 * Inspraak writes it. */
static char *
write_example_json (void)
{
  g_autofree char *workspace_path = dup_outside_path ("source.inspraak");
  char *json_path = dup_outside_path ("example.json");
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  workspace = insp_workspace_open (workspace_path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (insp_workspace_init_example (workspace, "en", &error));
  g_assert_no_error (error);
  g_assert_true (insp_workspace_export_json_to_file (workspace, json_path, &error));
  g_assert_no_error (error);

  return json_path;
}

static void
test_import (InspTestApp *fixture)
{
  g_autofree char *json_path = write_example_json ();
  g_autoptr(GFile) file = g_file_new_for_path (json_path);
  InspWorkspace *before = insp_window_get_workspace (fixture->window);
  g_autofree char *path = g_strdup (insp_workspace_get_path (before));
  g_autofree char *expected_summary = NULL;
  AdwMessageDialog *dialog;

  /* What the summary says, as the core puts it for this file and this workspace. */
  {
    g_autofree char *contents = NULL;
    gsize length;
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(InspImport) import = NULL;
    g_autoptr(InspImportSummary) summary = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_get_contents (json_path, &contents, &length, NULL));
    bytes = g_bytes_new (contents, length);
    import = insp_import_new (bytes, "example.json", 20, &error);
    g_assert_no_error (error);
    summary = insp_workspace_plan_import (before, import, FALSE, &error);
    g_assert_no_error (error);
    expected_summary = insp_import_summary_to_string (summary);
  }

  _insp_window_import_file (fixture->window, file);
  wait_until_ready (fixture);

  /* First what will change, and a choice. */
  dialog = wait_for_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import “example.json”?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, expected_summary);
  g_assert_nonnull (strstr (expected_summary, "new"));
  g_assert_true (adw_message_dialog_get_response_appearance (dialog, "import")
                 == ADW_RESPONSE_SUGGESTED);
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");

  /* Cancel changes nothing. */
  respond (dialog, "cancel");
  g_assert_true (insp_workspace_is_empty (insp_window_get_workspace (fixture->window)));
  g_assert_cmpstr (get_overview_state (fixture), ==, "welcome");

  /* Import does. */
  _insp_window_import_file (fixture->window, file);
  wait_until_ready (fixture);
  respond (wait_for_message_dialog (GTK_WINDOW (fixture->window)), "import");
  wait_until_ready (fixture);

  g_assert_cmpstr (get_overview_title (fixture), ==, EXAMPLE_NAME);
  g_assert_cmpstr (get_switcher_label (fixture), ==, EXAMPLE_NAME);
  g_assert_false (insp_workspace_is_empty (insp_window_get_workspace (fixture->window)));
  g_assert_cmpstr (insp_workspace_get_path (insp_window_get_workspace (fixture->window)), ==,
                   path);
}

typedef struct
{
  const char *file_name;
  const char *contents;
  const char *location;
} BadFile;

static const BadFile bad_files[] = {
  /* A syntax error: where it is, as line:column. */
  { "bad.json",
    "{\n  \"format\": \"inspraak-workspace\",\n  \"version\": 1,\n  \"organisations\": [}\n",
    "bad.json:4:" },
  /* Valid JSON with a wrong value: where it is, as a JSON path. */
  { "wrong.json",
    "{\"format\": \"inspraak-workspace\", \"version\": 1, "
    "\"organisations\": [{\"uuid\": \"not-a-uuid\", \"name\": \"X\"}]}\n",
    "$.organisations[0]" },
};

static void
test_import_invalid (InspTestApp *fixture)
{
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = dup_outside_path (bad_files[i].file_name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad_files[i].contents,
                                                    strlen (bad_files[i].contents));
      g_autoptr(GError) expected = NULL;
      g_autoptr(InspImport) import = NULL;
      g_autofree char *heading = NULL;
      AdwMessageDialog *dialog;

      g_test_message ("%s", bad_files[i].file_name);
      g_assert_true (g_file_set_contents (path, bad_files[i].contents, -1, NULL));

      /* The core's message, in full. */
      import = insp_import_new (bytes, bad_files[i].file_name, 20, &expected);
      g_assert_null (import);
      g_assert_nonnull (expected);

      _insp_window_import_file (fixture->window, file);
      wait_until_ready (fixture);

      dialog = wait_for_message_dialog (GTK_WINDOW (fixture->window));
      heading = g_strdup_printf ("Cannot Import “%s”", bad_files[i].file_name);
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
      g_assert_cmpstr (get_error_details (dialog), ==, expected->message);
      g_assert_nonnull (strstr (get_error_details (dialog), bad_files[i].location));
      g_assert_false (adw_message_dialog_has_response (dialog, "import"));
      respond (dialog, "close");

      /* Nothing changed. */
      g_assert_true (insp_window_get_workspace (fixture->window) == workspace);
      g_assert_true (insp_workspace_is_empty (workspace));
      g_assert_cmpstr (get_overview_state (fixture), ==, "welcome");
    }
}

static void
test_export (InspTestApp *fixture)
{
  g_autofree char *json_path = dup_outside_path ("export.json");
  g_autofree char *reimport_path = dup_outside_path ("reimport.inspraak");
  g_autoptr(GFile) file = g_file_new_for_path (json_path);
  g_autoptr(GOutputStream) expected = g_memory_output_stream_new_resizable ();
  g_autoptr(InspWorkspace) reimport = NULL;
  g_autoptr(InspImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected_bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  struct stat info;

  explore_example (fixture);

  _insp_window_export_to_file (fixture->window, file);
  wait_until_ready (fixture);

  /* The whole workspace, as the core exports it, private to its owner. */
  g_assert_cmpint (g_stat (json_path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (json_path, &contents, &length, NULL));
  g_assert_true (insp_workspace_export_json (insp_window_get_workspace (fixture->window),
                                             expected, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (expected, NULL, NULL));
  expected_bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (expected));
  g_assert_cmpmem (contents, length,
                   g_bytes_get_data (expected_bytes, NULL), g_bytes_get_size (expected_bytes));

  /* It imports into a new workspace. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (contents, length);

    import = insp_import_new (bytes, "export.json", 20, &error);
    g_assert_no_error (error);
  }
  reimport = insp_workspace_open (reimport_path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (insp_workspace_apply_import (reimport, import, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (insp_organisation_get_name (insp_workspace_get_organisation (reimport)), ==,
                   EXAMPLE_NAME);
}

/* A workspace that cannot be opened */

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

/* Whether the main menu's item @text can be chosen, as the menu shows it. */
static gboolean
menu_item_is_sensitive (InspTestApp *fixture,
                        const char  *text)
{
  GtkMenuButton *button = get_template_child (fixture->window, INSP_TYPE_WINDOW,
                                              "primary_menu_button");
  GtkWidget *item;
  gboolean sensitive;

  gtk_menu_button_popup (button);
  g_assert_true (insp_test_wait_for (insp_test_window_is_shown,
                                     gtk_menu_button_get_popover (button), SHOW_TIMEOUT_MS));
  item = find_menu_item (GTK_WIDGET (gtk_menu_button_get_popover (button)), text);
  g_assert_nonnull (item);
  sensitive = gtk_widget_is_sensitive (item);
  gtk_menu_button_popdown (button);

  return sensitive;
}

static const char damaged_contents[] = "This file was damaged on a USB stick.\n";

static void
check_damaged_workspace (InspTestApp *fixture)
{
  g_autofree char *default_path = dup_workspace_path (INSP_WORKSPACE_DEFAULT_NAME);
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;
  AdwMessageDialog *new_dialog;

  /* The window says why, and offers a way on. */
  dialog = wait_for_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Open the Workspace");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), default_path));
  g_assert_true (adw_message_dialog_has_response (dialog, "open"));
  g_assert_true (adw_message_dialog_has_response (dialog, "new"));

  /* No workspace: no empty one in its place, and nothing to save or export. */
  g_assert_null (insp_window_get_workspace (fixture->window));
  g_assert_cmpstr (get_overview_state (fixture), ==, "none");
  g_assert_false (menu_item_is_sensitive (fixture, "Export Workspace…"));
  g_assert_false (menu_item_is_sensitive (fixture, "Import…"));
  g_assert_true (menu_item_is_sensitive (fixture, "Open Workspace…"));

  /* The file is as it was. */
  g_assert_true (g_file_get_contents (default_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, damaged_contents);

  /* New Workspace… starts a new one. */
  respond (dialog, "new");
  new_dialog = wait_for_message_dialog (GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (new_dialog), ==, "New Workspace");
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (new_dialog)),
                         "Nieuwe Start");
  respond (new_dialog, INSP_NAME_DIALOG_ACCEPT);
  wait_until_ready (fixture);
  g_assert_cmpstr (get_overview_title (fixture), ==, "Nieuwe Start");

  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (default_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, damaged_contents);
}

static void
test_damaged_workspace (void)
{
  g_autofree char *default_path = dup_workspace_path (INSP_WORKSPACE_DEFAULT_NAME);

  g_assert_true (g_file_set_contents (default_path, damaged_contents, -1, NULL));

  insp_test_app_run (NULL, check_damaged_workspace);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/app/workspace/first-run", test_first_run, NULL);
  insp_test_add ("/app/workspace/example", test_example, NULL);
  insp_test_add ("/app/workspace/organisation/edit", test_organisation_dialog, NULL);
  insp_test_add ("/app/workspace/organisation/start", test_start_with_organisation, NULL);
  insp_test_add ("/app/workspace/organisation/error", test_organisation_dialog_error, NULL);
  insp_test_add ("/app/workspace/switcher/list", test_switcher, NULL);
  insp_test_add_func ("/app/workspace/switcher/remembered", test_switcher_remembered);
  insp_test_add ("/app/workspace/copy", test_save_and_open_copy, NULL);
  insp_test_add ("/app/workspace/open-not-a-workspace", test_open_not_a_workspace, NULL);
  insp_test_add ("/app/workspace/import/summary", test_import, NULL);
  insp_test_add ("/app/workspace/import/invalid", test_import_invalid, NULL);
  insp_test_add ("/app/workspace/export", test_export, NULL);
  insp_test_add_func ("/app/workspace/damaged", test_damaged_workspace);

  return g_test_run ();
}
