/* insp-overview-page.c — the organisation at a glance, and how far it puts the 11
 * recommendations into practice
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A welcome with a way to start when the workspace is empty. Otherwise the organisation,
 * then where it stands: each application with a participation bar per phase (reached
 * against recommended), the open flags by severity, the activities coming up and the
 * actions overdue, the vision's state, the effort spent on involvement, and the paper's
 * eleven recommendations as insp_workspace_list_recommendations () derives them. The page
 * holds no domain logic.
 *
 * A large workspace has a hundred applications and hundreds of flags, which take seconds to
 * read and lay out. So the content is built a part at a time: what fits in BUILD_FIRST_US at
 * once, so that the first frame shows the top of the page, then a part (a whole group, or
 * BUILD_ROWS rows of a long list) in each idle, so that each frame lays out only the rows
 * just added. After the workspace changes it is rebuilt once after the burst of changes,
 * and only when shown: while hidden the page just remembers to.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-overview-page.h"

#include <glib/gi18n.h>

#include "insp-action.h"
#include "insp-application.h"
#include "insp-applications-page.h"
#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-guidance.h"
#include "insp-recommendations.h"
#include "insp-template.h"
#include "insp-section.h"
#include "insp-triage.h"
#include "insp-version.h"
#include "insp-versions-dialog.h"
#include "insp-window.h"

#define N_UPCOMING 5
#define BUILD_FIRST_US 10000
#define BUILD_ROWS 8

/* The parts of the content, in order */
typedef enum {
  STAGE_APPLICATIONS,
  STAGE_FLAGS,
  STAGE_DUE,
  STAGE_VISION,
  STAGE_EFFORT,
  STAGE_RECOMMENDATIONS,
  STAGE_DONE
} BuildStage;

struct _InspOverviewPage
{
  GtkWidget      parent_instance;

  InspWorkspace *workspace;
  gboolean       busy;
  guint          update_id;
  gboolean       dirty;         /* changed while hidden: rebuilt once shown */

  /* The content being built (see build_part ()) */
  guint          build_id;
  BuildStage     stage;
  guint          index;         /* the next row of the stage's list */
  GPtrArray     *applications;
  GPtrArray     *flags;
  GtkWidget     *group;         /* the stage's group, once added */
  char          *today;
  double         participant_hours;
  double         organiser_hours;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *welcome_page;
  GtkButton     *explore_button;
  GtkButton     *start_button;
  GtkLabel      *organisation_title;
  GtkLabel      *organisation_summary;
  GtkLabel      *error_label;
  GtkBox        *content_box;
  AdwStatusPage *status_page;
  GtkButton     *register_button;
};

G_DEFINE_FINAL_TYPE (InspOverviewPage, insp_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* --- Going elsewhere -------------------------------------------------------------------- */

static InspWindow *
get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return INSP_IS_WINDOW (root) ? INSP_WINDOW (root) : NULL;
}

/* An application, on the Applications page. */
static void
show_application_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  InspWindow *window = get_window (widget);
  GtkWidget *page;

  if (window == NULL)
    return;

  insp_window_show_page (window, "applications");
  page = insp_window_get_page (window, "applications");
  if (INSP_IS_APPLICATIONS_PAGE (page))
    insp_applications_page_show_application (INSP_APPLICATIONS_PAGE (page),
                                             g_variant_get_string (parameter, NULL));
}

/* The first application, registered on the Applications page. */
static void
register_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  InspWindow *window = get_window (widget);
  GtkWidget *page;

  if (window == NULL)
    return;

  insp_window_show_page (window, "applications");
  page = insp_window_get_page (window, "applications");
  if (page != NULL)
    gtk_widget_activate_action (page, "applications.register", NULL);
}

static void
set_label (GtkWidget  *widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* A button at the end of a row that goes to @page (a window page) or, with @application,
 * to that application. */
static GtkWidget *
create_go_button (const char *accessible_label,
                  const char *page,
                  const char *application)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, accessible_label);
  set_label (button, accessible_label);
  if (application != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", application);
  else
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", page);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button),
                                  application != NULL ? "overview.show-application"
                                                      : "win.show-page");
  return button;
}

/* A button to the Exports page with @template_id chosen. */
static GtkWidget *
create_export_button (const char *template_id)
{
  const InspTemplate *template = insp_template_lookup (template_id, NULL);
  GtkWidget *button = gtk_button_new_from_icon_name ("document-send-symbolic");
  g_autofree char *label = NULL;

  /* Translators: a button that opens the Exports page with a template chosen */
  label = g_strdup_printf (_("Export “%s”…"), template != NULL ? insp_template_get_name (template)
                                                                : template_id);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  set_label (button, label);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)", template_id, "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-export");
  return button;
}

static GtkWidget *
create_group (const char *title,
              const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* A row that goes somewhere when activated: an application, or a window page. */
static void
set_row_target (GtkWidget  *row,
                const char *page,
                const char *application)
{
  if (application != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", application);
  else
    gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", page);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row),
                                  application != NULL ? "overview.show-application"
                                                      : "win.show-page");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
}

/* --- Applications ------------------------------------------------------------------------ */

static const char *
level_label (const char *level)
{
  return level != NULL ? insp_enum_get_label (&insp_enum_level, level) : NULL;
}

/* What a screen reader says for a phase's bar: "Pilot: reached Dialogue, recommended
 * Co-create — below". */
static char *
describe_phase (const InspTrackPhase *phase)
{
  g_autofree char *name = insp_phase_dup_label (phase->phase, phase->round);
  const char *reached = level_label (phase->reached);
  const char *recommended = level_label (phase->recommended);

  if (recommended == NULL)
    {
      if (reached == NULL)
        /* Translators: a phase's participation, e.g. "Needs: nothing reached, no minimum
         * recommended" */
        return g_strdup_printf (_("%s: nothing reached, no minimum recommended"), name);
      /* Translators: e.g. "Rollout: reached Inform, no minimum recommended" */
      return g_strdup_printf (_("%s: reached %s, no minimum recommended"), name, reached);
    }
  if (reached == NULL)
    /* Translators: e.g. "Pilot: nothing reached, recommended Co-create — below" */
    return g_strdup_printf (_("%s: nothing reached, recommended %s — below"), name,
                            recommended);
  if (phase->comparison < 0)
    /* Translators: e.g. "Pilot: reached Dialogue, recommended Co-create — below" */
    return g_strdup_printf (_("%s: reached %s, recommended %s — below"), name, reached,
                            recommended);
  if (phase->comparison == 0)
    /* Translators: e.g. "Pilot: reached Co-create, recommended Co-create — meets it" */
    return g_strdup_printf (_("%s: reached %s, recommended %s — meets it"), name, reached,
                            recommended);
  /* Translators: e.g. "Pilot: reached Collaborate, recommended Co-create — above" */
  return g_strdup_printf (_("%s: reached %s, recommended %s — above"), name, reached,
                          recommended);
}

/* A small bar per phase: filled to the level reached (of the four), in the warning colour
 * below the recommended level, green when it meets it. */
static GtkWidget *
create_phase_bar (const InspTrackPhase *phase)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 4);
  GtkLevelBar *level_bar = GTK_LEVEL_BAR (bar);
  g_autofree char *text = describe_phase (phase);
  int reached = insp_level_rank (phase->reached);

  gtk_level_bar_remove_offset_value (level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (level_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (level_bar,
                                  phase->recommended != NULL && phase->comparison < 0
                                  ? GTK_LEVEL_BAR_OFFSET_LOW : GTK_LEVEL_BAR_OFFSET_FULL,
                                  4);
  gtk_level_bar_set_value (level_bar, MAX (reached, 0));
  gtk_widget_set_size_request (bar, 32, -1);
  gtk_widget_set_hexpand (bar, FALSE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (bar, text);
  set_label (bar, text);
  return bar;
}

/* Where an application stands: its last ongoing phase, or else its status. */
static char *
describe_stage (InspApplication *application,
                InspTrack       *track)
{
  const InspTrackPhase *current = NULL;
  const char *status;

  for (guint i = 0; i < track->phases->len; i++)
    {
      const InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

      if (g_strcmp0 (phase->status, "ongoing") == 0)
        current = phase;
    }

  if (current != NULL)
    {
      g_autofree char *name = insp_phase_dup_label (current->phase, current->round);

      /* Translators: where an application's track is, e.g. "Now in: Pilot" */
      return g_strdup_printf (_("Now in: %s"), name);
    }

  status = insp_enum_get_label (&insp_enum_application_status,
                                insp_application_get_status (application));
  return g_strdup (status != NULL ? status : insp_application_get_status (application));
}

static GtkWidget *
create_applications_group (void)
{
  return create_group (_("Applications"),
                       _("The participation reached in each phase, against the level the "
                         "paper recommends."));
}

/* An application's row in @group; its track's hours are added to the effort. */
static gboolean
add_application (InspOverviewPage *self,
                 GtkWidget        *group,
                 InspApplication  *application,
                 GError          **error)
{
  const char *uuid = insp_application_get_uuid (application);
  g_autoptr(InspTrack) track = insp_workspace_get_track (self->workspace, uuid, error);
  g_autofree char *stage = NULL;
  GtkWidget *row;
  GtkWidget *bars;

  if (track == NULL)
    return FALSE;

  self->participant_hours += track->participant_hours;
  self->organiser_hours += track->organiser_hours;

  stage = describe_stage (application, track);
  row = create_row (insp_application_get_name (application), stage);
  gtk_widget_set_name (row, uuid);

  bars = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_valign (bars, GTK_ALIGN_CENTER);
  for (guint j = 0; j < track->phases->len; j++)
    gtk_box_append (GTK_BOX (bars), create_phase_bar (g_ptr_array_index (track->phases, j)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bars);
  set_row_target (row, NULL, uuid);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return TRUE;
}

/* --- Flags ------------------------------------------------------------------------------- */

static const char *
find_application_name (GPtrArray  *applications,
                       const char *uuid)
{
  for (guint i = 0; uuid != NULL && i < applications->len; i++)
    if (g_strcmp0 (insp_application_get_uuid (applications->pdata[i]), uuid) == 0)
      return insp_application_get_name (applications->pdata[i]);
  return NULL;
}

/* The group of @flags, with their number by severity; their rows follow (add_flag ()). */
static GtkWidget *
create_flags_group (GPtrArray *flags)
{
  g_autofree char *counts = NULL;
  guint n[3] = { 0, };
  GtkWidget *group;

  for (guint i = 0; i < flags->len; i++)
    n[((InspFlag *) flags->pdata[i])->severity]++;

  {
    g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error",
                                                            "%u errors", n[0]), n[0]);
    g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning",
                                                              "%u warnings", n[1]), n[1]);
    g_autofree char *tips = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tip",
                                                          "%u tips", n[2]), n[2]);

    /* Translators: the open flags by severity, e.g. "1 error · 4 warnings · 2 tips" */
    counts = g_strdup_printf (_("%s · %s · %s"), errors, warnings, tips);
  }

  group = create_group (_("Open Flags"),
                        flags->len == 0
                        ? _("Nothing to flag: your tracks follow the paper's advice.")
                        : counts);
  gtk_widget_set_name (group, "flags");

  return group;
}

static void
add_flag (GtkWidget *group,
          GPtrArray *applications,
          InspFlag  *flag)
{
  const char *name = find_application_name (applications, flag->application);
  g_autofree char *title = NULL;
  g_autofree char *go = NULL;
  const char *icon;
  const char *severity;
  GtkWidget *row;

  switch (flag->severity)
    {
    case INSP_SEVERITY_ERROR:
      icon = "dialog-error-symbolic";
      severity = _("Error");
      break;
    case INSP_SEVERITY_WARNING:
      icon = "dialog-warning-symbolic";
      severity = _("Warning");
      break;
    case INSP_SEVERITY_INFO:
    default:
      icon = "dialog-information-symbolic";
      /* Translators: a flag of the lowest severity: advice */
      severity = _("Tip");
      break;
    }

  if (name != NULL && flag->phase != NULL)
    {
      g_autofree char *phase = insp_phase_dup_label (flag->phase, flag->round);

      /* Translators: a flag's severity and subject, e.g. "Warning: Planner, Pilot" */
      title = g_strdup_printf (_("%s: %s, %s"), severity, name, phase);
    }
  else if (name != NULL)
    /* Translators: a flag's severity and subject, e.g. "Warning: Planner" */
    title = g_strdup_printf (_("%s: %s"), severity, name);
  else
    /* Translators: a flag's severity and subject, e.g. "Warning: AI Vision" */
    title = g_strdup_printf (_("%s: %s"), severity, _("AI Vision"));

  row = create_row (title, flag->message);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  if (name != NULL)
    {
      /* Translators: a button that shows the application a flag is about */
      go = g_strdup_printf (_("Show %s"), name);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 create_go_button (go, NULL, flag->application));
    }
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               create_go_button (_("Show the AI Vision"), "vision", NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* --- What is due ------------------------------------------------------------------------- */

typedef struct
{
  InspActivity    *activity;
  InspApplication *application;
} Upcoming;

static int
compare_upcoming (gconstpointer a,
                  gconstpointer b)
{
  const Upcoming *ua = a;
  const Upcoming *ub = b;

  return g_strcmp0 (insp_activity_get_date (ua->activity), insp_activity_get_date (ub->activity));
}

static gboolean
add_due (InspOverviewPage *self,
         GPtrArray        *applications,
         const char       *today,
         GError          **error)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) upcoming = g_array_new (FALSE, FALSE, sizeof (Upcoming));
  g_autoptr(GPtrArray) overdue = NULL;
  InspActionFilter filter = { .overdue_on = today };
  GtkWidget *group;

  for (guint i = 0; i < applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (applications, i);
      GPtrArray *activities;

      activities = insp_workspace_list_activities (self->workspace,
                                                   insp_application_get_uuid (application),
                                                   error);
      if (activities == NULL)
        return FALSE;

      for (guint j = 0; j < activities->len; j++)
        {
          InspActivity *activity = g_ptr_array_index (activities, j);
          const char *date = insp_activity_get_date (activity);

          if (!insp_activity_get_held (activity) && date != NULL && g_strcmp0 (date, today) >= 0)
            {
              Upcoming u = { g_object_ref (activity), application };

              g_ptr_array_add (keep, u.activity);
              g_array_append_val (upcoming, u);
            }
        }
      g_ptr_array_unref (activities);
    }
  g_array_sort (upcoming, compare_upcoming);

  overdue = insp_workspace_list_actions (self->workspace, &filter, error);
  if (overdue == NULL)
    return FALSE;

  group = create_group (_("Upcoming Activities"),
                        upcoming->len == 0 ? _("No participation activity is planned from "
                                               "today on.") : NULL);
  gtk_widget_set_name (group, "upcoming");
  for (guint i = 0; i < MIN (upcoming->len, N_UPCOMING); i++)
    {
      Upcoming *u = &g_array_index (upcoming, Upcoming, i);
      const char *title = insp_activity_get_title (u->activity);
      g_autofree char *date = insp_versions_format_date (insp_activity_get_date (u->activity));
      g_autofree char *phase = insp_phase_dup_label (insp_activity_get_phase (u->activity),
                                                     insp_activity_get_round (u->activity));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (title == NULL || title[0] == '\0')
        title = insp_enum_get_label (&insp_enum_method, insp_activity_get_method (u->activity));
      /* Translators: an upcoming activity, e.g. "3 December 2026 · Planner · Pilot" */
      subtitle = g_strdup_printf (_("%s · %s · %s"), date,
                                  insp_application_get_name (u->application), phase);
      row = create_row (title != NULL ? title : "", subtitle);
      set_row_target (row, NULL, insp_application_get_uuid (u->application));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->content_box, group);

  group = create_group (_("Overdue Actions"),
                        overdue->len == 0 ? _("No action is overdue.") : NULL);
  gtk_widget_set_name (group, "overdue");
  for (guint i = 0; i < overdue->len; i++)
    {
      InspAction *action = g_ptr_array_index (overdue, i);
      g_autofree char *date = insp_versions_format_date (insp_action_get_due_date (action));
      g_autofree char *subtitle = NULL;
      const char *owner = insp_action_get_owner (action);
      GtkWidget *row;

      if (owner != NULL && owner[0] != '\0')
        /* Translators: an overdue action, e.g. "Due 1 October 2026 · HR" */
        subtitle = g_strdup_printf (_("Due %s · %s"), date, owner);
      else
        /* Translators: an overdue action, e.g. "Due 1 October 2026" */
        subtitle = g_strdup_printf (_("Due %s"), date);
      row = create_row (insp_action_get_title (action), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("alarm-symbolic"));
      set_row_target (row, "actions", NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->content_box, group);
  return TRUE;
}

/* --- The vision and the effort ----------------------------------------------------------- */

static gboolean
add_vision (InspOverviewPage *self,
            GError          **error)
{
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (self->workspace, error);
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(InspReview) review = NULL;
  g_autofree char *agreed = NULL;
  g_autofree char *reviewed = NULL;
  GtkWidget *group;
  GtkWidget *row;
  guint n_agreed = 0;

  if (sections == NULL)
    return FALSE;
  if ((versions = insp_workspace_list_versions (self->workspace, error)) == NULL)
    return FALSE;
  review = insp_workspace_get_last_review (self->workspace, error);
  if (error != NULL && *error != NULL)
    return FALSE;

  for (guint i = 0; i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_status (sections->pdata[i]), "agreed") == 0)
      n_agreed++;

  if (review == NULL)
    reviewed = g_strdup (versions->len == 0 ? _("No versions yet")
                                            : _("No version reviewed yet"));
  else
    {
      g_autofree char *number = g_strdup_printf ("%u", insp_review_get_version_number (review));
      g_autoptr(InspVersion) version = insp_workspace_find_version (self->workspace, number,
                                                                    NULL);
      g_autofree char *date = insp_versions_format_date (insp_review_get_signed_date (review));
      g_autofree char *changed = NULL;
      guint n;

      n = version != NULL ? insp_workspace_count_changed_since (self->workspace, version, NULL)
                          : 0;
      changed = n == 0 ? g_strdup (_("no changes since"))
                       : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%u section changed since",
                                                       "%u sections changed since", n), n);
      /* Translators: e.g. "Version 1 reviewed on 19 May 2026 · 4 sections changed since" */
      reviewed = g_strdup_printf (_("Version %u reviewed on %s · %s"),
                                  insp_review_get_version_number (review), date, changed);
    }

  group = create_group (_("AI Vision"), NULL);
  gtk_widget_set_name (group, "vision");

  agreed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u section agreed",
                                         "%u of %u sections agreed", sections->len),
                            n_agreed, sections->len);
  row = create_row (agreed, reviewed);
  set_row_target (row, "vision", NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  gtk_box_append (self->content_box, group);
  return TRUE;
}

static void
add_effort (InspOverviewPage *self,
            double            participant_hours,
            double            organiser_hours)
{
  g_autofree char *total = NULL;
  g_autofree char *detail = NULL;
  GtkWidget *group;
  GtkWidget *row;

  group = create_group (_("Effort"),
                        participant_hours + organiser_hours > 0
                        ? _("“Involving employees is costly and slow”? This is what it took so "
                            "far. Concerns raised early can still be taken into account; raised "
                            "late, they delay the innovation or stop it.")
                        : _("No participation activity yet. An information session or a "
                            "Data-Date takes a few hours; concerns raised early can still be "
                            "taken into account, raised late they delay the innovation or stop "
                            "it."));
  gtk_widget_set_name (group, "effort");

  /* Translators: the hours spent on involvement over all applications, e.g. "42.5 hours" */
  total = g_strdup_printf (_("%.1f hours spent on involvement"),
                           participant_hours + organiser_hours);
  /* Translators: e.g. "30.0 hours of participants, 12.5 hours of organisers" */
  detail = g_strdup_printf (_("%.1f hours of participants, %.1f hours of organisers"),
                            participant_hours, organiser_hours);
  row = create_row (total, detail);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (self->content_box, group);
}

/* --- The 11 recommendations -------------------------------------------------------------- */

static const char *
get_page_title (const char *page)
{
  if (g_strcmp0 (page, "vision") == 0)
    return _("AI Vision");
  if (g_strcmp0 (page, "applications") == 0)
    return _("Applications");
  if (g_strcmp0 (page, "people") == 0)
    return _("People");
  if (g_strcmp0 (page, "impact") == 0)
    return _("Impact");
  if (g_strcmp0 (page, "practices") == 0)
    return _("Practices");
  return _("Exports");
}

static const char *
get_state_icon (InspRecommendationState state)
{
  switch (state)
    {
    case INSP_RECOMMENDATION_IN_PLACE:
      return "emblem-ok-symbolic";
    case INSP_RECOMMENDATION_UNDER_WAY:
      return "content-loading-symbolic";
    case INSP_RECOMMENDATION_NOT_STARTED:
    default:
      return "radio-symbolic";
    }
}

static gboolean
add_recommendations (InspOverviewPage *self,
                     const char       *today,
                     GError          **error)
{
  g_autoptr(GPtrArray) recommendations = NULL;
  GtkWidget *group;

  recommendations = insp_workspace_list_recommendations (self->workspace, today, error);
  if (recommendations == NULL)
    return FALSE;

  group = create_group (_("The 11 Recommendations"),
                        _("How far your organisation puts the vision paper's recommendations "
                          "into practice, as far as this workspace can tell. The last five "
                          "are for policy makers and knowledge centres: for them, what "
                          "Inspraak contributes."));
  gtk_widget_set_name (group, "recommendations");

  for (guint i = 0; i < recommendations->len; i++)
    {
      InspRecommendation *r = g_ptr_array_index (recommendations, i);
      g_autofree char *title = NULL;
      g_autofree char *go = NULL;
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *row;
      GtkWidget *icon;

      /* Translators: a recommendation with its number, e.g. "4. Write a vision …" */
      title = g_strdup_printf (_("%u. %s"), r->number, r->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                     insp_recommendation_state_get_label (r->state));
      icon = gtk_image_new_from_icon_name (get_state_icon (r->state));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      insp_recommendation_state_get_label (r->state),
                                      -1);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), icon);
      gtk_widget_set_name (expander, insp_recommendation_state_to_string (r->state));

      row = create_row (_("What the workspace shows"), r->evidence);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

      row = create_row (_("Next step"), r->next_step);
      /* Translators: a button that goes to a page, e.g. "Go to AI Vision" */
      go = g_strdup_printf (_("Go to %s"), get_page_title (r->page));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_go_button (go, r->page, NULL));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

      if (r->contribution != NULL)
        {
          row = create_row (_("What Inspraak contributes"), r->contribution);
          if (r->template != NULL)
            adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_export_button (r->template));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
    }

  gtk_box_append (self->content_box, group);
  return TRUE;
}

/* --- Building the page ------------------------------------------------------------------- */

static void
clear_build (InspOverviewPage *self)
{
  g_clear_handle_id (&self->build_id, g_source_remove);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->flags, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);
  self->group = NULL;
  self->stage = STAGE_DONE;
}

static void
next_stage (InspOverviewPage *self)
{
  self->stage++;
  self->index = 0;
  self->group = NULL;
}

/* Builds the next part of the content: a group, or up to BUILD_ROWS rows of a long list. */
static gboolean
build_part (InspOverviewPage *self,
            GError          **error)
{
  switch (self->stage)
    {
    case STAGE_APPLICATIONS:
      if (self->group == NULL)
        {
          self->group = create_applications_group ();
          gtk_box_append (self->content_box, self->group);
        }
      for (guint n = 0; n < BUILD_ROWS && self->index < self->applications->len; n++)
        if (!add_application (self, self->group, self->applications->pdata[self->index++],
                              error))
          return FALSE;
      if (self->index == self->applications->len)
        next_stage (self);
      return TRUE;

    case STAGE_FLAGS:
      if (self->group == NULL)
        {
          self->flags = insp_workspace_list_flags (self->workspace, self->today, error);
          if (self->flags == NULL)
            return FALSE;
          self->group = create_flags_group (self->flags);
          gtk_box_append (self->content_box, self->group);
        }
      for (guint n = 0; n < BUILD_ROWS && self->index < self->flags->len; n++)
        add_flag (self->group, self->applications, self->flags->pdata[self->index++]);
      if (self->index == self->flags->len)
        {
          g_clear_pointer (&self->flags, g_ptr_array_unref);
          next_stage (self);
        }
      return TRUE;

    case STAGE_DUE:
      if (!add_due (self, self->applications, self->today, error))
        return FALSE;
      next_stage (self);
      return TRUE;

    case STAGE_VISION:
      if (!add_vision (self, error))
        return FALSE;
      next_stage (self);
      return TRUE;

    case STAGE_EFFORT:
      add_effort (self, self->participant_hours, self->organiser_hours);
      next_stage (self);
      return TRUE;

    case STAGE_RECOMMENDATIONS:
      if (!add_recommendations (self, self->today, error))
        return FALSE;
      next_stage (self);
      return TRUE;

    case STAGE_DONE:
    default:
      return TRUE;
    }
}

/* Builds parts until all are built or @budget_us has passed (with 0, just one part).
 * Returns whether parts remain. */
static gboolean
build_parts (InspOverviewPage *self,
             gint64            budget_us)
{
  gint64 end = g_get_monotonic_time () + budget_us;
  g_autoptr(GError) error = NULL;

  do
    {
      if (!build_part (self, &error))
        {
          /* Half a picture would mislead: only the error shows. */
          gtk_widget_set_visible (GTK_WIDGET (self->content_box), FALSE);
          insp_error_label_show (self->error_label, error);
          self->build_id = 0;
          clear_build (self);
          return FALSE;
        }
    }
  while (self->stage != STAGE_DONE && g_get_monotonic_time () < end);

  if (self->stage != STAGE_DONE)
    return TRUE;
  self->build_id = 0;
  clear_build (self);
  return FALSE;
}

static gboolean
build_cb (gpointer data)
{
  return build_parts (data, 0) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* The organisation, and which of the stack's pages shows: cheap, so done at once. Returns
 * whether the organisation is shown. */
static gboolean
update_header (InspOverviewPage *self)
{
  InspOrganisation *organisation;
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;

  if (self->workspace == NULL)
    {
      /* Without a workspace while one is being opened, there is nothing to say yet. */
      gtk_stack_set_visible_child_name (self->stack, self->busy ? "loading" : "none");
      return FALSE;
    }

  if (insp_workspace_is_empty (self->workspace))
    {
      gtk_stack_set_visible_child_name (self->stack, "welcome");
      return FALSE;
    }

  organisation = insp_workspace_get_organisation (self->workspace);
  name = insp_organisation_dup_display_name (organisation);
  summary = insp_organisation_dup_summary (organisation);

  gtk_label_set_label (self->organisation_title, name);
  gtk_label_set_label (self->organisation_summary, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_summary), summary[0] != '\0');
  gtk_stack_set_visible_child_name (self->stack, "organisation");
  return TRUE;
}

static void
insp_overview_page_update (InspOverviewPage *self)
{
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  clear_build (self);
  self->dirty = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content_box))) != NULL)
    gtk_box_remove (self->content_box, child);

  if (!update_header (self))
    return;

  applications = insp_workspace_list_applications (self->workspace, &error);

  /* Without an application there is no progress to show: say what to do first. */
  gtk_widget_set_visible (GTK_WIDGET (self->status_page),
                          applications != NULL && applications->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->content_box),
                          applications != NULL && applications->len > 0);
  insp_error_label_show (self->error_label, error);
  if (applications == NULL || applications->len == 0)
    return;

  self->applications = g_steal_pointer (&applications);
  self->today = dup_today ();
  self->participant_hours = self->organiser_hours = 0;
  self->stage = STAGE_APPLICATIONS;
  self->index = 0;
  /* The top of the page at once, so that it shows in the next frame; the rest after. */
  if (build_parts (self, BUILD_FIRST_US))
    self->build_id = g_idle_add (build_cb, self);
}

static gboolean
update_cb (gpointer data)
{
  InspOverviewPage *self = data;

  self->update_id = 0;
  insp_overview_page_update (self);
  return G_SOURCE_REMOVE;
}

static void
on_workspace_changed (InspWorkspace    *workspace,
                      InspOverviewPage *self)
{
  /* The organisation's name follows at once; the rest, which reads the whole workspace, is
   * built once after a burst of changes (an import, an autosave), and not while hidden. */
  update_header (self);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->dirty = TRUE;
  else if (self->update_id == 0)
    self->update_id = g_idle_add (update_cb, self);
}

static void
insp_overview_page_map (GtkWidget *widget)
{
  InspOverviewPage *self = INSP_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (insp_overview_page_parent_class)->map (widget);

  if (self->dirty && self->update_id == 0)
    self->update_id = g_idle_add (update_cb, self);
}

/**
 * insp_overview_page_set_workspace:
 * @self: the overview
 * @workspace: (nullable): the workspace to show
 */
void
insp_overview_page_set_workspace (InspOverviewPage *self,
                                  InspWorkspace    *workspace)
{
  g_return_if_fail (INSP_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed, self);

  g_set_object (&self->workspace, workspace);

  /* Any change may empty or fill the workspace. */
  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed), self, 0);

  g_clear_handle_id (&self->update_id, g_source_remove);
  insp_overview_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
insp_overview_page_set_busy (InspOverviewPage *self,
                             gboolean          busy)
{
  busy = !!busy;
  if (self->busy == busy)
    return;

  self->busy = busy;
  /* Only the page shown without a workspace depends on it. */
  update_header (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
insp_overview_page_dispose (GObject *object)
{
  InspOverviewPage *self = INSP_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  clear_build (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_OVERVIEW_PAGE);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed, self);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (insp_overview_page_parent_class)->dispose (object);
}

static void
insp_overview_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  InspOverviewPage *self = INSP_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_overview_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  InspOverviewPage *self = INSP_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_overview_page_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_BUSY:
      insp_overview_page_set_busy (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_overview_page_class_init (InspOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_overview_page_dispose;
  object_class->get_property = insp_overview_page_get_property;
  object_class->set_property = insp_overview_page_set_property;
  widget_class->map = insp_overview_page_map;

  /**
   * InspOverviewPage:workspace: (nullable)
   *
   * The workspace shown; the window's (see InspWindow:workspace).
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspOverviewPage:busy:
   *
   * Whether the window is busy, such as opening the workspace: without a workspace, the
   * page then waits rather than saying that none is open.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "insp-overview-page");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, explore_button);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, organisation_title);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, organisation_summary);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, register_button);

  gtk_widget_class_install_action (widget_class, "overview.show-application", "s",
                                   show_application_action);
  gtk_widget_class_install_action (widget_class, "overview.register", NULL, register_action);
}

static void
insp_overview_page_init (InspOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->stage = STAGE_DONE;
  insp_overview_page_update (self);
}
