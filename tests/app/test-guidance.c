/* test-guidance.c — the guidance's flags where they apply: on the application shown, on the
 * phases of its track and on the vision's section; a flag that disappears when the data that
 * raised it is fixed; Fix buttons that go where it is fixed; names for screen readers
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs in a process of its own with an empty XDG_DATA_HOME (insp_test_add ()), on
 * the example workspace: the planner rolled out with too little involvement, and the chatbot
 * in preparation without a frontrunner.
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include "insp-activity-dialog.h"
#include "insp-application.h"
#include "insp-applications-page.h"
#include "insp-flag-list.h"
#include "insp-guidance.h"
#include "insp-impact-page.h"
#include "insp-person.h"
#include "insp-section.h"
#include "insp-test-app.h"
#include "insp-track-view.h"
#include "insp-vendor-view.h"
#include "insp-vision-page.h"

#define JOB_TIMEOUT_MS 20000

static InspWorkspace *
load_example (InspTestApp *fixture)
{
  g_autoptr(GError) error = NULL;
  InspWorkspace *workspace;

  g_assert_true (insp_test_wait_for (insp_test_window_is_ready, fixture->window,
                                     JOB_TIMEOUT_MS));
  workspace = insp_window_get_workspace (fixture->window);
  insp_workspace_init_example (workspace, "en", &error);
  g_assert_no_error (error);
  insp_test_wait_idle ();
  return workspace;
}

static char *
find_application (InspWorkspace *workspace,
                  const char    *name)
{
  g_autoptr(GPtrArray) applications = insp_workspace_list_applications (workspace, NULL);

  g_assert_nonnull (applications);
  for (guint i = 0; i < applications->len; i++)
    if (g_str_equal (insp_application_get_name (g_ptr_array_index (applications, i)), name))
      return g_strdup (insp_application_get_uuid (g_ptr_array_index (applications, i)));
  g_assert_not_reached ();
}

static InspApplicationsPage *
show_application (InspTestApp *fixture,
                  const char  *uuid)
{
  InspApplicationsPage *page;

  insp_window_show_page (fixture->window, "applications");
  insp_test_wait_idle ();
  page = INSP_APPLICATIONS_PAGE (insp_window_get_page (fixture->window, "applications"));
  insp_applications_page_show_application (page, uuid);
  insp_test_wait_idle ();
  return page;
}

static InspFlagList *
get_flag_list (gpointer page,
               GType    type)
{
  return INSP_FLAG_LIST (insp_test_get_template_child (page, type, "flag_list"));
}

/* The index of the flag @id in @list, or -1. */
static int
find_flag (InspFlagList *list,
           const char   *id)
{
  for (guint i = 0; i < insp_flag_list_get_n_flags (list); i++)
    if (g_strcmp0 (insp_flag_list_get_flag_id (list, i), id) == 0)
      return (int) i;
  return -1;
}

typedef struct
{
  InspFlagList *list;
  const char   *id;
} FlagWait;

static gboolean
flag_is_gone (gpointer data)
{
  FlagWait *wait = data;

  return find_flag (wait->list, wait->id) < 0;
}

static char *
get_label (GtkWidget *widget)
{
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, "");
}

static void
collect_flag_lists (GtkWidget *widget,
                    GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (INSP_IS_FLAG_LIST (child))
        g_ptr_array_add (found, child);
      else
        collect_flag_lists (child, found);
    }
}

/* The chatbot has no frontrunner; linking one removes the flag from its view, live. */
static void
test_flag_disappears (InspTestApp *fixture)
{
  InspWorkspace *workspace = load_example (fixture);
  g_autofree char *chatbot = find_application (workspace, "HR question chatbot");
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  InspApplicationsPage *page = show_application (fixture, chatbot);
  InspFlagList *list = get_flag_list (page, INSP_TYPE_APPLICATIONS_PAGE);
  FlagWait wait = { list, "no-frontrunner" };
  int index;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list)));
  index = find_flag (list, "no-frontrunner");
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (find_flag (list, "no-employee-impact-view"), >=, 0);
  /* Only the application's own flags: the phases show theirs. */
  g_assert_cmpint (find_flag (list, "level-below-recommended"), <, 0);

  /* Named for a screen reader: the button says which flag it fixes. */
  name = get_label (insp_flag_list_get_fix_button (list, index));
  g_assert_cmpstr (name, ==, "Fix: No frontrunner");

  persons = insp_workspace_list_persons (workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (persons->len, >, 0);
  g_assert_true (insp_workspace_link_person (workspace, chatbot,
                                             insp_person_get_uuid (g_ptr_array_index (persons,
                                                                                      0)),
                                             "frontrunner", NULL, &error));
  g_assert_no_error (error);

  g_assert_true (insp_test_wait_for (flag_is_gone, &wait, 5000));
  /* The other flag stays. */
  g_assert_cmpint (find_flag (list, "no-employee-impact-view"), >=, 0);
}

/* The planner's phases below their minimum show the flag under their level line. */
static void
test_phase_flags (InspTestApp *fixture)
{
  InspWorkspace *workspace = load_example (fixture);
  g_autofree char *planner = find_application (workspace, "AI rostering planner");
  InspApplicationsPage *page = show_application (fixture, planner);
  InspTrackView *track = insp_applications_page_get_track_view (page);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GtkWindow *dialog = NULL;
  guint shown = 0;
  InspFlagList *first = NULL;
  g_autofree char *row_name = NULL;

  collect_flag_lists (GTK_WIDGET (track), lists);
  for (guint i = 0; i < lists->len; i++)
    {
      InspFlagList *list = g_ptr_array_index (lists, i);

      if (insp_flag_list_get_n_flags (list) == 0)
        {
          g_assert_false (gtk_widget_get_visible (GTK_WIDGET (list)));
          continue;
        }
      g_assert_cmpstr (insp_flag_list_get_flag_id (list, 0), ==, "level-below-recommended");
      if (first == NULL)
        first = list;
      shown++;
    }
  /* Needs, strategic choice and pilot (DOMAIN.md's example story). */
  g_assert_cmpuint (shown, ==, 3);

  row_name = get_label (gtk_widget_get_parent (gtk_widget_get_parent (
    gtk_widget_get_parent (gtk_widget_get_parent (insp_flag_list_get_fix_button (first, 0))))));
  g_assert_true (g_str_has_prefix (row_name, "Warning: Participation below the recommended "
                                             "level. Needs identification and analysis"));

  /* Fix: an activity in that phase. */
  g_signal_emit_by_name (insp_flag_list_get_fix_button (first, 0), "clicked");
  insp_test_wait_for_window (INSP_TYPE_ACTIVITY_DIALOG, &dialog);
  gtk_window_close (dialog);
  insp_test_wait_until_closed (&dialog);
}

/* Each Fix button goes where the flag is fixed. */
static void
test_fix_goes_there (InspTestApp *fixture)
{
  InspWorkspace *workspace = load_example (fixture);
  g_autofree char *chatbot = find_application (workspace, "HR question chatbot");
  InspApplicationsPage *page = show_application (fixture, chatbot);
  InspFlagList *list = get_flag_list (page, INSP_TYPE_APPLICATIONS_PAGE);
  GtkWindow *dialog = NULL;
  int index;

  /* No frontrunner: link a person to the application. */
  index = find_flag (list, "no-frontrunner");
  g_assert_cmpint (index, >=, 0);
  g_signal_emit_by_name (insp_flag_list_get_fix_button (list, index), "clicked");
  insp_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, &dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Link a Person");
  gtk_window_close (dialog);
  insp_test_wait_until_closed (&dialog);

  /* No impact view of the employees: the Impact page, on this application. */
  index = find_flag (list, "no-employee-impact-view");
  g_assert_cmpint (index, >=, 0);
  g_signal_emit_by_name (insp_flag_list_get_fix_button (list, index), "clicked");
  insp_test_wait_idle ();
  g_assert_cmpstr (insp_window_get_page_id (fixture->window), ==, "impact");
  {
    GtkDropDown *dropdown = insp_test_get_template_child (insp_window_get_page (fixture->window,
                                                                                "impact"),
                                                          INSP_TYPE_IMPACT_PAGE,
                                                          "application_dropdown");
    GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "HR question chatbot");
  }
}

/* The planner's open vendor questions: the keyboard goes to its vendors. */
static void
test_fix_vendor (InspTestApp *fixture)
{
  InspWorkspace *workspace = load_example (fixture);
  g_autofree char *planner = find_application (workspace, "AI rostering planner");
  InspApplicationsPage *page = show_application (fixture, planner);
  InspFlagList *list = get_flag_list (page, INSP_TYPE_APPLICATIONS_PAGE);
  GtkWidget *vendors = insp_test_find_descendant (GTK_WIDGET (page), INSP_TYPE_VENDOR_VIEW);
  GtkWidget *focus;
  int index = find_flag (list, "vendor-questions-open");

  g_assert_cmpint (index, >=, 0);
  g_assert_nonnull (vendors);
  g_signal_emit_by_name (insp_flag_list_get_fix_button (list, index), "clicked");
  insp_test_wait_idle ();
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, vendors));
}

/* An emptied vision section raises its flag above the editor; written, the flag goes. */
static void
test_vision_section (InspTestApp *fixture)
{
  InspWorkspace *workspace = load_example (fixture);
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (workspace, NULL);
  g_autoptr(GError) error = NULL;
  InspVisionPage *page;
  InspFlagList *list;
  const char *uuid = NULL;
  FlagWait wait;

  for (guint i = 0; sections != NULL && i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_key (g_ptr_array_index (sections, i)), "complaints") == 0)
      uuid = insp_section_get_uuid (g_ptr_array_index (sections, i));
  g_assert_nonnull (uuid);
  g_assert_true (insp_workspace_set_section_text (workspace, uuid, "", &error));
  g_assert_no_error (error);
  insp_test_wait_idle ();

  insp_window_show_page (fixture->window, "vision");
  insp_test_wait_idle ();
  page = INSP_VISION_PAGE (insp_window_get_page (fixture->window, "vision"));
  insp_vision_page_show_section (page, uuid);
  insp_test_wait_idle ();

  list = INSP_FLAG_LIST (insp_test_find_descendant (GTK_WIDGET (page), INSP_TYPE_FLAG_LIST));
  g_assert_nonnull (list);
  g_assert_cmpint (find_flag (list, "vision-section-missing"), ==, 0);
  g_assert_cmpuint (insp_flag_list_get_n_flags (list), ==, 1);
  g_assert_true (insp_test_widget_is_mapped (list));

  /* Fix: the keyboard goes to the section's text. */
  g_signal_emit_by_name (insp_flag_list_get_fix_button (list, 0), "clicked");
  insp_test_wait_idle ();
  g_assert_true (gtk_widget_has_focus (insp_vision_page_get_view (page)));

  g_assert_true (insp_workspace_set_section_text (workspace, uuid,
                                                  "Write to the complaints officer.", &error));
  g_assert_no_error (error);
  wait.list = list;
  wait.id = "vision-section-missing";
  g_assert_true (insp_test_wait_for (flag_is_gone, &wait, 5000));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (list)));
}

/* Every rule has a name for its flags' headings and buttons, and a help page. */
static void
test_every_rule (void)
{
  const char * const *ids = insp_guidance_list_rule_ids ();

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 13);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *basename = g_strconcat ("rule-", ids[i], ".page", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "help", "C",
                                                     basename, NULL);

      g_assert_cmpstr (insp_flag_list_get_rule_title (ids[i]), !=, ids[i]);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  int skip = insp_test_app_init (&argc, &argv);

  if (skip != 0)
    return skip;

  insp_test_add_func ("/guidance/every-rule", test_every_rule);
  insp_test_add ("/guidance/flag-disappears", test_flag_disappears, NULL);
  insp_test_add ("/guidance/phase-flags", test_phase_flags, NULL);
  insp_test_add ("/guidance/fix-goes-there", test_fix_goes_there, NULL);
  insp_test_add ("/guidance/fix-vendor", test_fix_vendor, NULL);
  insp_test_add ("/guidance/vision-section", test_vision_section, NULL);

  return g_test_run ();
}
