/* insp-action-dialog.c — an action added or edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What was agreed, in which of the three domains of guidance ethics, for which AI application
 * (if any), who follows it up, by when, and where it stands; and where it came from: a phase of
 * that application's track, one of its participation activities, a section of the AI vision.
 * The due date is checked as it is typed; Save is possible once there is a title and the date
 * is a real day or empty. When saving fails, the dialog stays with everything typed and says why.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-action-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-section.h"
#include "insp-topic-checks.h"

/* What each domain means, in one line, in insp_enum_action_domain's order. */
static const char * const domain_help[] = {
  N_("The technology itself: choose, design or improve it"),
  N_("The work environment: arrange the work differently, make agreements"),
  N_("The people: training, support, well-being"),
};

struct _InspActionDialog
{
  AdwWindow      parent_instance;

  InspWorkspace *workspace;
  InspAction    *action;         /* the one edited, or a new one */
  gboolean       is_new;
  GPtrArray     *applications;   /* the uuids offered, after "None" */
  GPtrArray     *phases;         /* the phase rows' uuids offered, after "None" */
  GPtrArray     *activities;     /* the activities' uuids offered, after "None" */
  GPtrArray     *sections;       /* the sections' uuids offered, after "None" */
  gboolean       filling;        /* choosing what is stored: not the user's choice */

  /* Template widgets */
  GtkButton     *save_button;
  GtkLabel      *error_label;
  AdwEntryRow   *title_row;
  AdwComboRow   *domain_row;
  AdwComboRow   *application_row;
  AdwComboRow   *phase_row;
  AdwComboRow   *activity_row;
  AdwComboRow   *section_row;
  GtkTextView   *description_view;
  AdwEntryRow   *owner_row;
  AdwEntryRow   *due_row;
  AdwComboRow   *status_row;
  GtkBox        *topics_box;
};

G_DEFINE_FINAL_TYPE (InspActionDialog, insp_action_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- Reading the fields ---------------------------------------------------------------------- */

static char *
dup_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* A date as the core keeps it: YYYY-MM-DD, a real day. */
static gboolean
is_valid_date (const char *text)
{
  GDate date;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  return g_date_valid (&date) && g_date_get_year (&date) >= 1900;
}

static void
show_error (InspActionDialog *self,
            const char       *message)
{
  insp_error_label_set_text (self->error_label, message);
}

static gboolean
validate (InspActionDialog *self)
{
  g_autofree char *title = dup_stripped_text (self->title_row);
  g_autofree char *date = dup_stripped_text (self->due_row);
  gboolean date_ok = date[0] == '\0' || is_valid_date (date);

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->due_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               date_ok ? GTK_ACCESSIBLE_INVALID_FALSE
                                       : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  show_error (self, date_ok ? NULL
                            : _("Write the due date as YYYY-MM-DD, such as 2026-05-12, or "
                                "leave it empty."));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 title[0] != '\0' && date_ok);
  return title[0] != '\0' && date_ok;
}

static void
on_changed (InspActionDialog *self)
{
  validate (self);
}

static void
on_domain_selected (InspActionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->domain_row);

  if (selected < G_N_ELEMENTS (domain_help))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->domain_row), _(domain_help[selected]));
}

/* The uuid chosen in a row that offers "None" and then @uuids; %NULL for "None". */
static const char *
get_chosen (AdwComboRow *row,
            GPtrArray   *uuids)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected > 0 && selected <= uuids->len ? g_ptr_array_index (uuids, selected - 1) : NULL;
}

/* --- Saving ---------------------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspActionDialog *self = INSP_ACTION_DIALOG (widget);
  InspAction *action = self->action;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = dup_stripped_text (self->title_row);
  g_autofree char *owner = dup_stripped_text (self->owner_row);
  g_autofree char *date = dup_stripped_text (self->due_row);
  g_autofree char *description = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;
  guint domain = adw_combo_row_get_selected (self->domain_row);
  guint status = adw_combo_row_get_selected (self->status_row);
  g_auto(GStrv) topics = NULL;

  if (!validate (self))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  insp_action_set_title (action, title);
  insp_action_set_description (action, description[0] != '\0' ? description : NULL);
  insp_action_set_owner (action, owner[0] != '\0' ? owner : NULL);
  insp_action_set_due_date (action, date[0] != '\0' ? date : NULL);
  if (domain < insp_enum_action_domain.n_values)
    insp_action_set_domain (action, insp_enum_action_domain.values[domain].id);
  if (status < insp_enum_action_status.n_values)
    insp_action_set_status (action, insp_enum_action_status.values[status].id);
  insp_action_set_application (action, get_chosen (self->application_row, self->applications));
  insp_action_set_phase (action, get_chosen (self->phase_row, self->phases));
  insp_action_set_activity (action, get_chosen (self->activity_row, self->activities));
  insp_action_set_section (action, get_chosen (self->section_row, self->sections));
  topics = insp_topic_checks_dup_chosen (self->topics_box);
  insp_action_set_topics (action, (const char * const *) topics);

  if (!insp_workspace_save_action (self->workspace, action, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The action could not be saved: %s"),
                                                  error->message);

      /* The dialog stays, with what was typed, to try again. */
      show_error (self, message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, insp_action_get_uuid (action));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* --- Building -------------------------------------------------------------------------------- */

static void
set_choices (AdwComboRow    *row,
             const InspEnum *e)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  for (guint i = 0; i < e->n_values; i++)
    gtk_string_list_append (choices, _(e->values[i].label));
  adw_combo_row_set_model (row, G_LIST_MODEL (choices));
}

/* "None", then the applications of the workspace; the action's own is chosen. */
static void
fill_applications (InspActionDialog *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  const char *chosen = insp_action_get_application (self->action);
  guint selected = 0;

  /* Translators: an action that is not about one AI application */
  gtk_string_list_append (choices, C_("application", "None"));
  applications = insp_workspace_list_applications (self->workspace, &error);
  if (applications == NULL)
    g_warning ("%s", error->message);
  for (guint i = 0; applications != NULL && i < applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (applications, i);

      g_ptr_array_add (self->applications, g_strdup (insp_application_get_uuid (application)));
      gtk_string_list_append (choices, insp_application_get_name (application));
      if (g_strcmp0 (chosen, insp_application_get_uuid (application)) == 0)
        selected = self->applications->len;
    }
  adw_combo_row_set_model (self->application_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->application_row, selected);
}

/* Where @uuid is offered in a row that offers "None" first: 0 when it is not. */
static guint
find_choice (GPtrArray  *uuids,
             const char *uuid)
{
  for (guint i = 0; uuid != NULL && i < uuids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (uuids, i), uuid) == 0)
      return i + 1;
  return 0;
}

/* "Acceptance workshop, 12 May 2026": an activity by its title (or method) and date. */
static char *
format_activity (InspActivity *activity)
{
  const char *title = insp_activity_get_title (activity);
  const char *date = insp_activity_get_date (activity);
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;

  if (title == NULL || title[0] == '\0')
    title = insp_enum_get_label (&insp_enum_method, insp_activity_get_method (activity));
  if (title == NULL)
    /* Translators: an activity without a title or method */
    title = _("Participation activity");
  if (date == NULL)
    return g_strdup (title);

  iso = g_strdup_printf ("%sT00:00:00Z", date);
  parsed = g_date_time_new_from_iso8601 (iso, NULL);
  shown = parsed != NULL ? g_strstrip (g_date_time_format (parsed, "%-d %B %Y")) : g_strdup (date);
  /* Translators: an activity by its title and date, e.g. "Acceptance workshop, 12 May 2026" */
  return g_strdup_printf (_("%s, %s"), title, shown);
}

/* The phases and activities of @application's track ("None" only without one); @phase and
 * @activity chosen when offered. Only phases that have started can be chosen: one that has
 * not has nothing to point at yet. */
static void
fill_track (InspActionDialog *self,
            const char       *application,
            const char       *phase,
            const char       *activity)
{
  g_autoptr(GtkStringList) phases = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) activities = gtk_string_list_new (NULL);
  g_autoptr(InspTrack) track = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  gboolean not_started = FALSE;

  g_ptr_array_set_size (self->phases, 0);
  g_ptr_array_set_size (self->activities, 0);
  /* Translators: an action that did not come from one phase */
  gtk_string_list_append (phases, C_("phase", "None"));
  /* Translators: an action that did not come from one participation activity */
  gtk_string_list_append (activities, C_("activity", "None"));

  if (application != NULL)
    {
      track = insp_workspace_get_track (self->workspace, application, &error);
      if (track == NULL)
        g_warning ("%s", error->message);
      g_clear_error (&error);
      listed = insp_workspace_list_activities (self->workspace, application, &error);
      if (listed == NULL)
        g_warning ("%s", error->message);
    }

  for (guint i = 0; track != NULL && i < track->phases->len; i++)
    {
      InspTrackPhase *track_phase = g_ptr_array_index (track->phases, i);
      g_autofree char *label = NULL;

      if (track_phase->uuid == NULL)
        {
          not_started = TRUE;
          continue;
        }
      label = insp_phase_dup_label (track_phase->phase, track_phase->round);
      g_ptr_array_add (self->phases, g_strdup (track_phase->uuid));
      gtk_string_list_append (phases, label);
    }
  for (guint i = 0; listed != NULL && i < listed->len; i++)
    {
      InspActivity *listed_activity = g_ptr_array_index (listed, i);
      g_autofree char *label = format_activity (listed_activity);

      g_ptr_array_add (self->activities, g_strdup (insp_activity_get_uuid (listed_activity)));
      gtk_string_list_append (activities, label);
    }

  adw_combo_row_set_model (self->phase_row, G_LIST_MODEL (phases));
  adw_combo_row_set_selected (self->phase_row, find_choice (self->phases, phase));
  adw_combo_row_set_model (self->activity_row, G_LIST_MODEL (activities));
  adw_combo_row_set_selected (self->activity_row, find_choice (self->activities, activity));

  gtk_widget_set_sensitive (GTK_WIDGET (self->phase_row), application != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->activity_row), application != NULL);
  if (application == NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->phase_row),
                                 _("Choose an AI application first"));
  else if (not_started)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->phase_row),
                                 _("Phases that have not started yet are not offered"));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->phase_row), NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->activity_row),
                               application == NULL ? _("Choose an AI application first")
                               : self->activities->len == 0
                               ? _("This application has no participation activities yet")
                               : NULL);
}

/* "None", then the sections of the AI vision; the action's own is chosen. */
static void
fill_sections (InspActionDialog *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;

  /* Translators: an action that did not come from a section of the AI vision */
  gtk_string_list_append (choices, C_("section", "None"));
  sections = insp_workspace_list_sections (self->workspace, &error);
  if (sections == NULL)
    g_warning ("%s", error->message);
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);

      g_ptr_array_add (self->sections, g_strdup (insp_section_get_uuid (section)));
      gtk_string_list_append (choices, insp_section_get_display_title (section));
    }
  adw_combo_row_set_model (self->section_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->section_row,
                              find_choice (self->sections, insp_action_get_section (self->action)));
}

/* Another application: its own phases and activities, none of them chosen. */
static void
on_application_selected (InspActionDialog *self)
{
  if (self->filling || self->workspace == NULL)
    return;

  fill_track (self, get_chosen (self->application_row, self->applications), NULL, NULL);
}

static void
fill (InspActionDialog *self)
{
  InspAction *action = self->action;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), insp_action_get_title (action) ?: "");
  adw_combo_row_set_selected (self->domain_row,
                              (guint) MAX (0, insp_enum_index (&insp_enum_action_domain,
                                                               insp_action_get_domain (action))));
  gtk_text_buffer_set_text (buffer, insp_action_get_description (action) ?: "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), insp_action_get_owner (action) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row),
                         insp_action_get_due_date (action) ?: "");
  adw_combo_row_set_selected (self->status_row,
                              (guint) MAX (0, insp_enum_index (&insp_enum_action_status,
                                                               insp_action_get_status (action))));
  self->filling = TRUE;
  fill_applications (self);
  self->filling = FALSE;
  fill_track (self, get_chosen (self->application_row, self->applications),
              insp_action_get_phase (action), insp_action_get_activity (action));
  fill_sections (self);
  insp_topic_checks_fill (self->topics_box, insp_action_get_topics (action));
}

static void
insp_action_dialog_dispose (GObject *object)
{
  InspActionDialog *self = INSP_ACTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_ACTION_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->action);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_action_dialog_parent_class)->dispose (object);
}

static void
insp_action_dialog_class_init (InspActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_action_dialog_dispose;

  /**
   * InspActionDialog::saved:
   * @self: the dialog
   * @uuid: the action, added or changed
   *
   * Emitted once the action is written, just before the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_assert (G_N_ELEMENTS (domain_help) == insp_enum_action_domain.n_values);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, domain_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, application_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, phase_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, activity_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, section_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, InspActionDialog, topics_box);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_domain_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_application_selected);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_action_dialog_init (InspActionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->applications = g_ptr_array_new_with_free_func (g_free);
  self->phases = g_ptr_array_new_with_free_func (g_free);
  self->activities = g_ptr_array_new_with_free_func (g_free);
  self->sections = g_ptr_array_new_with_free_func (g_free);
  set_choices (self->domain_row, &insp_enum_action_domain);
  set_choices (self->status_row, &insp_enum_action_status);
}

/**
 * insp_action_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace
 * @action: (nullable): the action to edit; %NULL to add a new one
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspActionDialog *
insp_action_dialog_new (GtkWindow     *parent,
                        InspWorkspace *workspace,
                        InspAction    *action)
{
  InspActionDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (action == NULL || INSP_IS_ACTION (action), NULL);

  self = g_object_new (INSP_TYPE_ACTION_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);
  self->is_new = action == NULL;
  self->action = action != NULL ? g_object_ref (action) : insp_action_new ();
  if (self->is_new)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Action"));
      gtk_button_set_label (self->save_button, _("_Add"));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Action"));
    }

  fill (self);
  on_domain_selected (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/**
 * insp_action_dialog_set_origin:
 * @self: an action dialog
 * @application: (nullable): an application's uuid
 * @phase: (nullable): the uuid of a phase row of its track
 * @activity: (nullable): the uuid of one of its participation activities
 *
 * Chooses where the action came from, as the user would: for an action noted from a phase or
 * an activity. What the application's track does not offer stays at "None".
 */
void
insp_action_dialog_set_origin (InspActionDialog *self,
                               const char       *application,
                               const char       *phase,
                               const char       *activity)
{
  g_return_if_fail (INSP_IS_ACTION_DIALOG (self));

  self->filling = TRUE;
  adw_combo_row_set_selected (self->application_row,
                              find_choice (self->applications, application));
  self->filling = FALSE;
  fill_track (self, get_chosen (self->application_row, self->applications), phase, activity);
}

/**
 * insp_action_dialog_set_feedback:
 * @self: an action dialog
 * @feedback: (nullable): the uuid of the feedback item or complaint the action answers
 *
 * Links the action to what employees raised: for an action added from a feedback item.
 */
void
insp_action_dialog_set_feedback (InspActionDialog *self,
                                 const char       *feedback)
{
  g_return_if_fail (INSP_IS_ACTION_DIALOG (self));

  insp_action_set_feedback (self->action, feedback);
}
