/* test-overview.c — the Overview page: on the example, each application with its participation
 * bars and their words for screen readers, the open flags by severity as the guidance counts
 * them, an overdue action, the vision's state and the 11 recommendations; going to an
 * application; the page following a change live; the empty states; names for every control
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()).
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include "insp-action.h"
#include "insp-application.h"
#include "insp-application-dialog.h"
#include "insp-enums.h"
#include "insp-guidance.h"
#include "insp-overview-page.h"
#include "insp-recommendations.h"
#include "insp-section.h"
#include "insp-test-app.h"

#define JOB_TIMEOUT_MS 20000

static gpointer
get_child (gpointer    widget,
           GType       type,
           const char *name)
{
  return insp_test_get_template_child (widget, type, name);
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static InspOverviewPage *
show_page (InspTestApp *fixture,
           gboolean     example)
{
  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  if (example)
    {
      g_autoptr(GError) error = NULL;

      insp_workspace_init_example (insp_window_get_workspace (fixture->window), "en", &error);
      g_assert_no_error (error);
    }
  insp_window_show_page (fixture->window, "overview");
  insp_test_wait_idle ();
  return INSP_OVERVIEW_PAGE (insp_window_get_page (fixture->window, "overview"));
}

/* The group of the page's content with this widget name ("flags", "overdue", …), or the
 * first group for NULL. */
static AdwPreferencesGroup *
find_group (InspOverviewPage *page,
            const char       *name)
{
  GtkWidget *box = get_child (page, INSP_TYPE_OVERVIEW_PAGE, "content_box");

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (name == NULL || g_strcmp0 (gtk_widget_get_name (child), name) == 0)
      return ADW_PREFERENCES_GROUP (child);
  g_error ("no group “%s” on the overview", name);
}

/* The group's rows (not the rows inside an expander). */
static GPtrArray *
list_rows (AdwPreferencesGroup *group)
{
  GtkWidget *list = insp_test_find_descendant (GTK_WIDGET (group), GTK_TYPE_LIST_BOX);
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_nonnull (list);
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_PREFERENCES_ROW (child))
      g_ptr_array_add (rows, child);
  return rows;
}

static void
collect_level_bars (GtkWidget *widget,
                    GPtrArray *bars)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LEVEL_BAR (child))
        g_ptr_array_add (bars, child);
      collect_level_bars (child, bars);
    }
}

static const char *
level (const char *id)
{
  return insp_enum_get_label (&insp_enum_level, id);
}

/* --- Tests ----------------------------------------------------------------------------------- */

static void
test_example (InspTestApp *fixture)
{
  InspOverviewPage *page = show_page (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkStack *stack = get_child (page, INSP_TYPE_OVERVIEW_PAGE, "stack");
  GtkWidget *status = get_child (page, INSP_TYPE_OVERVIEW_PAGE, "status_page");
  g_autofree char *today = dup_today ();
  g_autoptr(GPtrArray) applications = insp_workspace_list_applications (workspace, NULL);
  g_autoptr(GPtrArray) flags = insp_workspace_list_flags (workspace, today, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *counts = NULL;
  InspActionFilter filter = { .overdue_on = today };
  g_autoptr(GPtrArray) overdue = insp_workspace_list_actions (workspace, &filter, NULL);
  guint n[3] = { 0, };
  gboolean below = FALSE;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "organisation");
  g_assert_false (gtk_widget_get_visible (status));

  /* Each application, with a bar per phase that says in words where it stands. */
  rows = list_rows (find_group (page, NULL));
  g_assert_cmpuint (rows->len, ==, applications->len);
  for (guint i = 0; i < applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (applications, i);
      const char *uuid = insp_application_get_uuid (application);
      g_autoptr(InspTrack) track = insp_workspace_get_track (workspace, uuid, NULL);
      g_autoptr(GPtrArray) bars = g_ptr_array_new ();
      GtkWidget *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       insp_application_get_name (application));
      collect_level_bars (row, bars);
      g_assert_cmpuint (bars->len, ==, track->phases->len);
      for (guint j = 0; j < track->phases->len; j++)
        {
          const InspTrackPhase *phase = g_ptr_array_index (track->phases, j);
          g_autofree char *name = insp_phase_dup_label (phase->phase, phase->round);
          g_autofree char *expected = NULL;
          g_autofree char *mismatch = NULL;

          if (phase->reached == NULL || phase->recommended == NULL || phase->comparison >= 0)
            continue;
          expected = g_strdup_printf ("%s: reached %s, recommended %s — below", name,
                                      level (phase->reached), level (phase->recommended));
          mismatch = gtk_test_accessible_check_property (bars->pdata[j],
                                                         GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                         expected);
          g_assert_null (mismatch);
          below = TRUE;
        }
    }
  /* The planner was rolled out with too little involvement: a bar says so. */
  g_assert_true (below);

  /* The flags, counted as the guidance counts them. */
  for (guint i = 0; i < flags->len; i++)
    n[((InspFlag *) flags->pdata[i])->severity]++;
  counts = g_strdup_printf ("%u error%s · %u warning%s · %u tip%s",
                            n[0], n[0] == 1 ? "" : "s", n[1], n[1] == 1 ? "" : "s",
                            n[2], n[2] == 1 ? "" : "s");
  g_assert_cmpuint (flags->len, >, 0);
  g_assert_cmpstr (adw_preferences_group_get_description (find_group (page, "flags")), ==,
                   counts);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (find_group (page, "flags"));
  g_assert_cmpuint (rows->len, ==, flags->len);
  g_assert_cmpstr (adw_action_row_get_subtitle (rows->pdata[0]), ==,
                   ((InspFlag *) flags->pdata[0])->message);

  /* An overdue action. */
  g_assert_cmpuint (overdue->len, >, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (find_group (page, "overdue"));
  g_assert_cmpuint (rows->len, ==, overdue->len);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==,
                   insp_action_get_title (overdue->pdata[0]));

  /* The 11 recommendations, each with its state. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (find_group (page, "recommendations"));
  g_assert_cmpuint (rows->len, ==, INSP_N_RECOMMENDATIONS);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[3]), ==,
                   "4. Write a vision on the use of AI together with employees");
  g_assert_cmpstr (adw_expander_row_get_subtitle (rows->pdata[3]), ==, "Under way");

  g_assert_true (insp_test_wait_for (insp_test_widget_is_mapped,
                                     find_group (page, NULL), 10000));
  insp_test_assert_controls_named (GTK_WIDGET (page), 20);
}

/* A change anywhere shows on the overview, without asking. */
static void
test_live (InspTestApp *fixture)
{
  InspOverviewPage *page = show_page (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (workspace, NULL);
  g_autoptr(GPtrArray) rows = list_rows (find_group (page, "vision"));
  g_autoptr(GError) error = NULL;
  guint agreed = 0;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  for (guint i = 0; i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_status (sections->pdata[i]), "agreed") == 0)
      agreed++;
  before = g_strdup_printf ("%u of %u sections agreed", agreed, sections->len);
  after = g_strdup_printf ("%u of %u sections agreed", agreed + 1, sections->len);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, before);

  for (guint i = 0; i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_status (sections->pdata[i]), "agreed") != 0)
      {
        const char *uuid = insp_section_get_uuid (sections->pdata[i]);

        g_assert_true (insp_workspace_set_section_status (workspace, uuid, "agreed", &error));
        g_assert_no_error (error);
        break;
      }
  insp_test_wait_idle ();

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (find_group (page, "vision"));
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, after);
}

/* A change made while another page shows is not built into the hidden overview; it shows
 * once the overview is shown again. */
static void
test_hidden (InspTestApp *fixture)
{
  InspOverviewPage *page = show_page (fixture, TRUE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (workspace, NULL);
  g_autoptr(GError) error = NULL;
  AdwPreferencesGroup *group = find_group (page, "vision");
  const char *uuid = NULL;

  for (guint i = 0; i < sections->len && uuid == NULL; i++)
    if (g_strcmp0 (insp_section_get_status (sections->pdata[i]), "agreed") != 0)
      uuid = insp_section_get_uuid (sections->pdata[i]);
  g_assert_nonnull (uuid);

  insp_window_show_page (fixture->window, "people");
  insp_test_wait_idle ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (insp_workspace_set_section_status (workspace, uuid, "agreed", &error));
  g_assert_no_error (error);
  insp_test_wait_idle ();
  /* Still the same widgets: nothing was rebuilt. */
  g_assert_true (find_group (page, "vision") == group);

  insp_window_show_page (fixture->window, "overview");
  insp_test_wait_idle ();
  g_assert_true (find_group (page, "vision") != group);
  {
    g_autoptr(GPtrArray) rows = list_rows (find_group (page, "vision"));
    guint agreed = 0;
    g_autofree char *title = NULL;
    g_autoptr(GPtrArray) now = insp_workspace_list_sections (workspace, NULL);

    for (guint i = 0; i < now->len; i++)
      if (g_strcmp0 (insp_section_get_status (now->pdata[i]), "agreed") == 0)
        agreed++;
    title = g_strdup_printf ("%u of %u sections agreed", agreed, now->len);
    g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, title);
  }
}

/* Activating an application goes to it on the Applications page. */
static void
test_go_to_application (InspTestApp *fixture)
{
  InspOverviewPage *page = show_page (fixture, TRUE);
  g_autoptr(GPtrArray) rows = list_rows (find_group (page, NULL));
  GtkWidget *row = g_ptr_array_index (rows, 0);

  g_assert_true (insp_test_wait_for (insp_test_widget_is_mapped, row, 10000));
  g_assert_true (gtk_widget_grab_focus (row));
  gtk_widget_activate (row);
  insp_test_wait_idle ();
  g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, "applications");
}

static gboolean
shows_applications (gpointer window)
{
  return g_strcmp0 (insp_window_get_page_id (window), "applications") == 0;
}

/* A new workspace welcomes; a named organisation without applications says what to do
 * first. */
static void
test_empty (InspTestApp *fixture)
{
  InspOverviewPage *page = show_page (fixture, FALSE);
  InspWorkspace *workspace = insp_window_get_workspace (fixture->window);
  GtkStack *stack = get_child (page, INSP_TYPE_OVERVIEW_PAGE, "stack");
  AdwStatusPage *status = get_child (page, INSP_TYPE_OVERVIEW_PAGE, "status_page");
  GtkWidget *content = get_child (page, INSP_TYPE_OVERVIEW_PAGE, "content_box");
  GtkWidget *button = get_child (page, INSP_TYPE_OVERVIEW_PAGE, "register_button");
  g_autoptr(InspOrganisation) changes = insp_organisation_new ();
  GtkWindow *dialog = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "welcome");
  insp_test_assert_controls_named (GTK_WIDGET (page), 2);

  insp_organisation_set_name (changes, "Bakkerij Peeters");
  g_assert_true (insp_workspace_update_organisation (workspace, changes, &error));
  g_assert_no_error (error);
  insp_test_wait_idle ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "organisation");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (status)));
  g_assert_false (gtk_widget_get_visible (content));
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Progress to Show Yet");
  g_assert_true (insp_test_wait_for (insp_test_widget_is_mapped, button, 10000));
  insp_test_assert_controls_named (GTK_WIDGET (page), 2);

  /* Its button goes to the Applications page, to register the first one. */
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (insp_test_wait_for (shows_applications, fixture->window, 10000));
  insp_test_wait_for_window (INSP_TYPE_APPLICATION_DIALOG, &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  insp_test_wait_until_closed (&dialog);
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add ("/overview/example", test_example, NULL);
  insp_test_add ("/overview/live", test_live, NULL);
  insp_test_add ("/overview/hidden", test_hidden, NULL);
  insp_test_add ("/overview/go-to-application", test_go_to_application, NULL);
  insp_test_add ("/overview/empty", test_empty, NULL);

  return g_test_run ();
}
