/* insp-application.c — AI applications and their innovation tracks
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An application runs as an innovation track of five phases; a phase row exists once
 * something happened in it (a status, an activity), so a track of a new application is five
 * phases not started. What a phase reached is the highest level among its held activities,
 * set against the minimum DOMAIN.md's table recommends for the application's intensity.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-application.h"
#include "insp-track-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "insp-accessors-private.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-validate-private.h"
#include "insp-workspace-private.h"

struct _InspApplication
{
  GObject   parent_instance;

  char     *uuid;
  char     *name;
  char     *purpose;
  char     *vendor;
  char     *make_or_buy;
  char     *status;
  gboolean  employee_initiated;
  char     *informed_date;
  char     *risk_level;
  GStrv     triggers;
  char     *other_trigger;
  char     *affected_departments;
  double    project_budget;      /* < 0: none given */
  char     *created;
};

struct _InspActivity
{
  GObject   parent_instance;

  char     *uuid;
  char     *phase;
  guint     round;
  char     *title;
  char     *method;
  gboolean  held;
  char     *date;
  char     *level;
  int       head_count;          /* -1: not known */
  double    participant_hours;   /* < 0: not known */
  double    organiser_hours;
  char     *outcome;
  GStrv     groups;
  GStrv     topics;              /* the indicators and concerns it addresses */
  GPtrArray *participants;       /* InspParticipant */
  char     *created;
};

G_DEFINE_FINAL_TYPE (InspApplication, insp_application, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (InspActivity, insp_activity, G_TYPE_OBJECT)

/* --- InspApplication --------------------------------------------------------------------- */

static void
insp_application_finalize (GObject *object)
{
  InspApplication *self = INSP_APPLICATION (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->purpose);
  g_free (self->vendor);
  g_free (self->make_or_buy);
  g_free (self->status);
  g_free (self->informed_date);
  g_free (self->risk_level);
  g_strfreev (self->triggers);
  g_free (self->other_trigger);
  g_free (self->affected_departments);
  g_free (self->created);

  G_OBJECT_CLASS (insp_application_parent_class)->finalize (object);
}

static void
insp_application_class_init (InspApplicationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_application_finalize;
}

static void
insp_application_init (InspApplication *self)
{
  self->make_or_buy = g_strdup ("undecided");
  self->status = g_strdup ("idea");
  self->triggers = g_new0 (char *, 1);
  self->project_budget = -1;
}

/**
 * insp_application_new:
 *
 * Returns: (transfer full): a new application, an idea, not in a workspace yet
 */
InspApplication *
insp_application_new (void)
{
  return g_object_new (INSP_TYPE_APPLICATION, NULL);
}

const char *
insp_application_get_uuid (InspApplication *self)
{
  g_return_val_if_fail (INSP_IS_APPLICATION (self), NULL);
  return self->uuid;
}

STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, name)
STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, purpose)
STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, vendor)
STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, make_or_buy)
STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, status)
STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, informed_date)
STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, risk_level)
STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, other_trigger)
STRING_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION,
                  affected_departments)
VALUE_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, gboolean,
                 employee_initiated)
VALUE_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, double, project_budget)

STRV_ACCESSORS (InspApplication, insp_application, INSP_IS_APPLICATION, triggers)

/**
 * insp_application_get_intensity:
 * @self: an application
 * @why: (out) (optional) (transfer full): which rule decided, in the user's language
 *
 * Returns: how much employees should be involved (see insp_triage_intensity ())
 */
InspIntensity
insp_application_get_intensity (InspApplication  *self,
                                char            **why)
{
  g_return_val_if_fail (INSP_IS_APPLICATION (self), INSP_INTENSITY_NONE);
  return insp_triage_intensity (self->risk_level, (const char * const *) self->triggers, why);
}

/* --- InspActivity ------------------------------------------------------------------------- */

static void
insp_activity_finalize (GObject *object)
{
  InspActivity *self = INSP_ACTIVITY (object);

  g_free (self->uuid);
  g_free (self->phase);
  g_free (self->title);
  g_free (self->method);
  g_free (self->date);
  g_free (self->level);
  g_free (self->outcome);
  g_strfreev (self->groups);
  g_strfreev (self->topics);
  g_ptr_array_unref (self->participants);
  g_free (self->created);

  G_OBJECT_CLASS (insp_activity_parent_class)->finalize (object);
}

static void
insp_activity_class_init (InspActivityClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_activity_finalize;
}

static void
insp_activity_init (InspActivity *self)
{
  self->method = g_strdup ("other");
  self->level = g_strdup ("inform");
  self->round = 1;
  self->head_count = -1;
  self->participant_hours = -1;
  self->organiser_hours = -1;
  self->groups = g_new0 (char *, 1);
  self->topics = g_new0 (char *, 1);
  self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_participant_free);
}

/**
 * insp_activity_new:
 *
 * Returns: (transfer full): a new planned activity, not in a workspace yet
 */
InspActivity *
insp_activity_new (void)
{
  return g_object_new (INSP_TYPE_ACTIVITY, NULL);
}

const char *
insp_activity_get_uuid (InspActivity *self)
{
  g_return_val_if_fail (INSP_IS_ACTIVITY (self), NULL);
  return self->uuid;
}

const char *
insp_activity_get_phase (InspActivity *self)
{
  g_return_val_if_fail (INSP_IS_ACTIVITY (self), NULL);
  return self->phase;
}

guint
insp_activity_get_round (InspActivity *self)
{
  g_return_val_if_fail (INSP_IS_ACTIVITY (self), 1);
  return self->round;
}

STRING_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, title)
STRING_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, method)
STRING_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, date)
STRING_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, level)
STRING_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, outcome)
VALUE_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, gboolean, held)
VALUE_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, int, head_count)
VALUE_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, double, participant_hours)
VALUE_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, double, organiser_hours)

STRV_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, groups)
STRV_ACCESSORS (InspActivity, insp_activity, INSP_IS_ACTIVITY, topics)

/**
 * insp_activity_get_participants:
 * @self: an activity
 *
 * Returns: (transfer none) (element-type InspParticipant): who took part, in order
 */
GPtrArray *
insp_activity_get_participants (InspActivity *self)
{
  g_return_val_if_fail (INSP_IS_ACTIVITY (self), NULL);
  return self->participants;
}

/**
 * insp_activity_set_participants:
 * @self: an activity
 * @participants: (element-type InspParticipant) (nullable): who took part; copied
 */
void
insp_activity_set_participants (InspActivity *self,
                                GPtrArray    *participants)
{
  g_return_if_fail (INSP_IS_ACTIVITY (self));
  g_ptr_array_set_size (self->participants, 0);
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    g_ptr_array_add (self->participants,
                     insp_participant_copy (g_ptr_array_index (participants, i)));
}

/* --- InspParticipant ------------------------------------------------------------------------ */

/**
 * insp_participant_new:
 * @person: (nullable): a person's uuid
 * @role: (nullable): the role they took part in
 * @department: (nullable): their department
 *
 * Returns: (transfer full): a participant
 */
InspParticipant *
insp_participant_new (const char *person,
                      const char *role,
                      const char *department)
{
  InspParticipant *participant = g_new0 (InspParticipant, 1);

  participant->person = g_strdup (person);
  participant->role = g_strdup (role);
  participant->department = g_strdup (department);
  return participant;
}

InspParticipant *
insp_participant_copy (const InspParticipant *participant)
{
  g_return_val_if_fail (participant != NULL, NULL);
  return insp_participant_new (participant->person, participant->role,
                               participant->department);
}

void
insp_participant_free (InspParticipant *participant)
{
  if (participant == NULL)
    return;
  g_free (participant->person);
  g_free (participant->role);
  g_free (participant->department);
  g_free (participant);
}

/* --- Reading ------------------------------------------------------------------------------- */

static gboolean
load_triggers (InspStore        *store,
               InspApplication  *application,
               GError          **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store, "SELECT trigger FROM application_triggers "
                             "WHERE application = ? ORDER BY trigger", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, application->uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }
  g_strfreev (application->triggers);
  application->triggers = g_strv_builder_end (builder);
  return TRUE;
}

static GPtrArray *
load_applications (InspWorkspace  *self,
                   const char     *uuid,
                   GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) applications = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store,
                             "SELECT uuid, name, purpose, vendor, make_or_buy, status, "
                             "employee_initiated, informed_date, risk_level, other_trigger, "
                             "affected_departments, created, project_budget FROM applications "
                             "WHERE ?1 IS NULL OR uuid = ?1 ORDER BY created, uuid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspApplication *application = insp_application_new ();

      g_free (application->make_or_buy);
      g_free (application->status);
      application->uuid = insp_store_column_dup (stmt, 0);
      application->name = insp_store_column_dup (stmt, 1);
      application->purpose = insp_store_column_dup (stmt, 2);
      application->vendor = insp_store_column_dup (stmt, 3);
      application->make_or_buy = insp_store_column_dup (stmt, 4);
      application->status = insp_store_column_dup (stmt, 5);
      application->employee_initiated = sqlite3_column_int (stmt, 6) != 0;
      application->informed_date = insp_store_column_dup (stmt, 7);
      application->risk_level = insp_store_column_dup (stmt, 8);
      application->other_trigger = insp_store_column_dup (stmt, 9);
      application->affected_departments = insp_store_column_dup (stmt, 10);
      application->created = insp_store_column_dup (stmt, 11);
      application->project_budget = sqlite3_column_type (stmt, 12) == SQLITE_NULL
                                    ? -1 : sqlite3_column_double (stmt, 12);
      g_ptr_array_add (applications, application);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  for (guint i = 0; i < applications->len; i++)
    if (!load_triggers (store, g_ptr_array_index (applications, i), error))
      return NULL;

  return g_steal_pointer (&applications);
}

/**
 * insp_workspace_list_applications:
 * @self: a workspace
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspApplication) (nullable): the AI
 *   applications, oldest first
 */
GPtrArray *
insp_workspace_list_applications (InspWorkspace  *self,
                                  GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  return load_applications (self, NULL, error);
}

/**
 * insp_workspace_get_application:
 * @self: a workspace
 * @uuid: an application
 * @error: %INSP_ERROR_NOT_FOUND when there is no such application
 *
 * Returns: (transfer full) (nullable): the application
 */
InspApplication *
insp_workspace_get_application (InspWorkspace  *self,
                                const char     *uuid,
                                GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  found = load_applications (self, uuid, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("There is no AI application %s (it may have been removed)"), uuid);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/* --- Checking what is written -------------------------------------------------------------- */

static gboolean
check_application (InspApplication  *application,
                   GError          **error)
{
  if (!insp_check_name (application->name, _("An AI application"), error)
      || !insp_check_enum (&insp_enum_make_or_buy, application->make_or_buy, FALSE,
                      _("make-or-buy choice"), error)
      || !insp_check_enum (&insp_enum_application_status, application->status, FALSE,
                      _("application status"), error)
      || !insp_check_enum (&insp_enum_risk_level, application->risk_level, TRUE,
                      _("risk level"), error)
      || !insp_check_date (application->informed_date, application->name, error))
    return FALSE;

  for (guint i = 0; application->triggers[i] != NULL; i++)
    if (!insp_check_enum (&insp_enum_trigger, application->triggers[i], FALSE,
                     _("involvement trigger"), error))
      return FALSE;

  return TRUE;
}

/* --- Writing -------------------------------------------------------------------------------- */

static gboolean
write_application (InspWorkspace  *self,
                   gpointer        data,
                   GError        **error)
{
  InspApplication *application = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO applications (uuid, name, purpose, vendor, "
                             "make_or_buy, status, employee_initiated, informed_date, "
                             "risk_level, other_trigger, affected_departments, project_budget, "
                             "created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                             "?10, ?11, ?13, ?12, ?12) ON CONFLICT (uuid) DO UPDATE SET "
                             "name = ?2, purpose = ?3, vendor = ?4, make_or_buy = ?5, "
                             "status = ?6, employee_initiated = ?7, informed_date = ?8, "
                             "risk_level = ?9, other_trigger = ?10, affected_departments = ?11, "
                             "project_budget = ?13, modified = ?12",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, application->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, g_strstrip (application->name), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, application->purpose, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, application->vendor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, application->make_or_buy, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, application->status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, application->employee_initiated ? 1 : 0);
  sqlite3_bind_text (stmt, 8, application->informed_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, application->risk_level, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, application->other_trigger, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, application->affected_departments, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, now, -1, SQLITE_TRANSIENT);
  if (application->project_budget >= 0 && isfinite (application->project_budget))
    sqlite3_bind_double (stmt, 13, application->project_budget);
  else
    sqlite3_bind_null (stmt, 13);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  return insp_store_replace_values (store, "application_triggers", "application",
                                    application->uuid, "trigger",
                                    (const char * const *) application->triggers, error);
}

/**
 * insp_workspace_save_application:
 * @self: a workspace
 * @application: a new application, or one read from @self and changed
 * @error: why it could not be saved (an empty name, an unknown status, …)
 *
 * Writes the application, in one transaction. A new one gets its uuid.
 *
 * Returns: whether it was saved
 */
gboolean
insp_workspace_save_application (InspWorkspace    *self,
                                 InspApplication  *application,
                                 GError          **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (INSP_IS_APPLICATION (application), FALSE);

  return check_application (application, error)
         && _insp_workspace_save (self, &application->uuid, write_application, application,
                                  "applications", error);
}

/* The uuid of a phase of a track, made when it does not exist yet. */
static char *
ensure_phase (InspStore   *store,
              const char  *application,
              const char  *phase,
              guint        round,
              GError     **error)
{
  g_autofree char *uuid = _insp_workspace_new_uuid ();
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;
  char *found = NULL;

  stmt = insp_store_prepare (store,
                             "INSERT INTO phases (uuid, application, phase, round, created, "
                             "modified) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (application, phase, round) DO NOTHING", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, phase, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, (int) round);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return NULL;

  stmt = insp_store_prepare (store, "SELECT uuid FROM phases WHERE application = ? "
                             "AND phase = ? AND round = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, phase, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, (int) round);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = insp_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (found == NULL)
    insp_store_set_error (store, error);
  return found;
}

typedef struct
{
  const char   *application;
  const char   *phase;
  guint         round;
  const char   *status;
  InspActivity *activity;
} PhaseChange;

static gboolean
check_phase_change (InspWorkspace  *self,
                    PhaseChange    *change,
                    GError        **error)
{
  g_autoptr(InspApplication) application = NULL;

  if (!insp_check_enum (&insp_enum_phase, change->phase, FALSE, _("phase"), error))
    return FALSE;
  if (change->round < 1 || (change->round > 1 && !g_str_equal (change->phase, "pilot")))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Only the pilot can run in several rounds"));
      return FALSE;
    }
  application = insp_workspace_get_application (self, change->application, error);
  return application != NULL;
}

static gboolean
write_activity (InspWorkspace  *self,
                gpointer        data,
                GError        **error)
{
  PhaseChange *change = data;
  InspActivity *activity = change->activity;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *phase = ensure_phase (store, change->application, change->phase,
                                         change->round, error);
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  if (phase == NULL)
    return FALSE;

  stmt = insp_store_prepare (store,
                             "INSERT INTO activities (uuid, phase, title, method, held, date, "
                             "level, head_count, participant_hours, organiser_hours, outcome, "
                             "created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                             "?10, ?11, ?12, ?12) ON CONFLICT (uuid) DO UPDATE SET phase = ?2, "
                             "title = ?3, method = ?4, held = ?5, date = ?6, level = ?7, "
                             "head_count = ?8, participant_hours = ?9, organiser_hours = ?10, "
                             "outcome = ?11, modified = ?12", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, activity->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, phase, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, g_strstrip (activity->title), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, activity->method, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, activity->held ? 1 : 0);
  sqlite3_bind_text (stmt, 6, activity->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, activity->level, -1, SQLITE_TRANSIENT);
  if (activity->head_count >= 0)
    sqlite3_bind_int (stmt, 8, activity->head_count);
  else
    sqlite3_bind_null (stmt, 8);
  if (activity->participant_hours >= 0)
    sqlite3_bind_double (stmt, 9, activity->participant_hours);
  else
    sqlite3_bind_null (stmt, 9);
  if (activity->organiser_hours >= 0)
    sqlite3_bind_double (stmt, 10, activity->organiser_hours);
  else
    sqlite3_bind_null (stmt, 10);
  sqlite3_bind_text (stmt, 11, activity->outcome, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, now, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error)
      || !insp_store_replace_links (store, "activity_groups", "activity", activity->uuid, "grp",
                                    (const char * const *) activity->groups, "groups", error)
      || !insp_store_replace_values (store, "activity_topics", "activity", activity->uuid,
                                     "topic", (const char * const *) activity->topics, error))
    return FALSE;

  stmt = insp_store_prepare (store, "DELETE FROM activity_persons WHERE activity = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, activity->uuid, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;
  for (guint i = 0; i < activity->participants->len; i++)
    {
      InspParticipant *participant = g_ptr_array_index (activity->participants, i);

      stmt = insp_store_prepare (store, "INSERT INTO activity_persons (activity, position, "
                                 "person, role, department) VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, activity->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, participant->person, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, participant->role, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, participant->department, -1, SQLITE_TRANSIENT);
      if (!insp_store_run (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Each participant is a person of the workspace, or the trace of one (a role). */
static gboolean
check_participants (InspWorkspace  *self,
                    InspActivity   *activity,
                    GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);

  for (guint i = 0; i < activity->participants->len; i++)
    {
      InspParticipant *participant = g_ptr_array_index (activity->participants, i);
      sqlite3_stmt *stmt;
      gboolean found;

      if (!insp_check_enum (&insp_enum_person_role, participant->role, TRUE, _("role"), error))
        return FALSE;
      if (participant->person == NULL)
        {
          if (participant->role != NULL)
            continue;
          g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                       /* Translators: %s is an activity's title */
                       _("“%s”: a participant needs a person or a role"),
                       activity->title);
          return FALSE;
        }

      stmt = insp_store_prepare (store, "SELECT 1 FROM persons WHERE uuid = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, participant->person, -1, SQLITE_TRANSIENT);
      found = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
      if (!found)
        {
          g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                       /* Translators: %s is an activity's title */
                       _("“%s”: one of its participants is no longer in the workspace"),
                       activity->title);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * insp_workspace_save_activity:
 * @self: a workspace
 * @application: the application whose track it belongs to
 * @phase: the phase: "needs", "decision", "pilot", "rollout" or "improvement"
 * @round: the pilot's round (1 for the other phases)
 * @activity: a new activity, or one read from @self and changed
 * @error: why it could not be saved
 *
 * Writes a participation activity into a phase of the track (moving it there when it was
 * elsewhere), in one transaction. A new one gets its uuid.
 *
 * Returns: whether it was saved
 */
gboolean
insp_workspace_save_activity (InspWorkspace  *self,
                              const char     *application,
                              const char     *phase,
                              guint           round,
                              InspActivity   *activity,
                              GError        **error)
{
  PhaseChange change = { application, phase, round, NULL, activity };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (INSP_IS_ACTIVITY (activity), FALSE);

  if (!check_phase_change (self, &change, error)
      || !insp_check_name (activity->title, _("A participation activity"), error)
      || !insp_check_enum (&insp_enum_method, activity->method, FALSE, _("method"), error)
      || !insp_check_enum (&insp_enum_level, activity->level, FALSE, _("participation level"),
                      error)
      || !insp_check_date (activity->date, activity->title, error)
      || !check_participants (self, activity, error))
    return FALSE;
  for (guint i = 0; activity->topics[i] != NULL; i++)
    if (!insp_check_enum (&insp_enum_topic, activity->topics[i], FALSE,
                          _("indicator or concern"), error))
      return FALSE;

  if (!_insp_workspace_save (self, &activity->uuid, write_activity, &change, "activities",
                             error))
    return FALSE;

  g_free (activity->phase);
  activity->phase = g_strdup (phase);
  activity->round = round;
  _insp_workspace_emit_changed (self, "phases");
  return TRUE;
}

static gboolean
delete_activity (InspWorkspace  *self,
                 gpointer        data,
                 GError        **error)
{
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM activities WHERE uuid = ?", data,
                                _("This participation activity is no longer in the workspace"),
                                error);
}

/**
 * insp_workspace_delete_activity:
 * @self: a workspace
 * @uuid: an activity
 * @error: why it could not be deleted
 *
 * Returns: whether it is gone
 */
gboolean
insp_workspace_delete_activity (InspWorkspace  *self,
                                const char     *uuid,
                                GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, delete_activity, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "activities");
  return TRUE;
}

static gboolean
write_phase_status (InspWorkspace  *self,
                    gpointer        data,
                    GError        **error)
{
  PhaseChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *phase = ensure_phase (store, change->application, change->phase,
                                         change->round, error);
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  if (phase == NULL)
    return FALSE;
  stmt = insp_store_prepare (store, "UPDATE phases SET status = ?, modified = ? WHERE uuid = ?",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, phase, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

/**
 * insp_workspace_set_phase_status:
 * @self: a workspace
 * @application: the application
 * @phase: the phase
 * @round: the pilot's round (1 for the other phases)
 * @status: "not-started", "ongoing", "done" or "skipped"
 * @error: why it could not be set
 *
 * Returns: whether the status is stored
 */
gboolean
insp_workspace_set_phase_status (InspWorkspace  *self,
                                 const char     *application,
                                 const char     *phase,
                                 guint           round,
                                 const char     *status,
                                 GError        **error)
{
  PhaseChange change = { application, phase, round, status, NULL };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!check_phase_change (self, &change, error)
      || !insp_check_enum (&insp_enum_phase_status, status, FALSE, _("phase status"), error))
    return FALSE;

  if (!_insp_workspace_in_transaction (self, write_phase_status, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "phases");
  return TRUE;
}

/* Fills a list of strings of each activity (its groups, its topics) from rows (activity,
 * value) the statement @sql gives for one application. */
static gboolean
load_activity_strv (InspStore   *store,
                    const char  *application,
                    GHashTable  *by_uuid,
                    const char  *sql,
                    gsize        field,
                    GError     **error)
{
  g_autoptr(GHashTable) lists = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_strv_builder_unref);
  sqlite3_stmt *stmt = insp_store_prepare (store, sql, error);
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspActivity *activity = g_hash_table_lookup (by_uuid, sqlite3_column_text (stmt, 0));
      GStrvBuilder *builder;

      if (activity == NULL)
        continue;
      builder = g_hash_table_lookup (lists, activity->uuid);
      if (builder == NULL)
        {
          builder = g_strv_builder_new ();
          g_hash_table_insert (lists, activity->uuid, builder);
        }
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }

  g_hash_table_iter_init (&iter, lists);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GStrv *list = G_STRUCT_MEMBER_P (g_hash_table_lookup (by_uuid, key), field);

      g_strfreev (*list);
      *list = g_strv_builder_end (value);
    }
  return TRUE;
}

/* The groups, topics and participants of the activities of one application, in three
 * queries. */
static gboolean
load_activity_links (InspStore   *store,
                     const char  *application,
                     GPtrArray   *activities,
                     GError     **error)
{
  g_autoptr(GHashTable) by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (activities, i);

      g_hash_table_insert (by_uuid, activity->uuid, activity);
    }

  if (!load_activity_strv (store, application, by_uuid,
                           "SELECT ag.activity, ag.grp FROM activity_groups AS ag "
                           "JOIN activities AS a ON a.uuid = ag.activity "
                           "JOIN phases AS p ON p.uuid = a.phase "
                           "JOIN groups AS g ON g.uuid = ag.grp "
                           "WHERE p.application = ? "
                           "ORDER BY g.builtin DESC, g.position, g.uuid",
                           G_STRUCT_OFFSET (InspActivity, groups), error)
      || !load_activity_strv (store, application, by_uuid,
                              "SELECT t.activity, t.topic FROM activity_topics AS t "
                              "JOIN activities AS a ON a.uuid = t.activity "
                              "JOIN phases AS p ON p.uuid = a.phase "
                              "WHERE p.application = ? ORDER BY t.rowid",
                              G_STRUCT_OFFSET (InspActivity, topics), error))
    return FALSE;

  stmt = insp_store_prepare (store,
                             "SELECT ap.activity, ap.person, ap.role, ap.department "
                             "FROM activity_persons AS ap "
                             "JOIN activities AS a ON a.uuid = ap.activity "
                             "JOIN phases AS p ON p.uuid = a.phase "
                             "WHERE p.application = ? ORDER BY ap.activity, ap.position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspActivity *activity = g_hash_table_lookup (by_uuid, sqlite3_column_text (stmt, 0));

      if (activity != NULL)
        g_ptr_array_add (activity->participants,
                         insp_participant_new ((const char *) sqlite3_column_text (stmt, 1),
                                               (const char *) sqlite3_column_text (stmt, 2),
                                               (const char *) sqlite3_column_text (stmt, 3)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  PhaseChange         change;
  const char         *start_date;
  const char         *end_date;
  const char * const *groups;
} PhaseDetails;

static gboolean
write_phase_details (InspWorkspace  *self,
                     gpointer        data,
                     GError        **error)
{
  PhaseDetails *details = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *phase = ensure_phase (store, details->change.application,
                                         details->change.phase, details->change.round, error);
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  if (phase == NULL)
    return FALSE;
  stmt = insp_store_prepare (store, "UPDATE phases SET start_date = ?, end_date = ?, "
                             "modified = ?, status = coalesce (?, status) WHERE uuid = ?",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, details->start_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, details->end_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, details->change.status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, phase, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error)
         && insp_store_replace_links (store, "phase_groups", "phase", phase, "grp",
                                      details->groups, "groups", error);
}

/**
 * insp_workspace_set_phase_details:
 * @self: a workspace
 * @application: the application
 * @phase: the phase
 * @round: the pilot's round (1 for the other phases)
 * @status: (nullable): its status from now on, or %NULL to keep it
 * @start_date: (nullable): when the phase started or starts, YYYY-MM-DD
 * @end_date: (nullable): when it ended or ends, not before @start_date
 * @groups: (array zero-terminated=1) (nullable): the uuids of the stakeholder groups involved;
 *   unknown ones are left out
 * @error: why they could not be stored
 *
 * Writes a phase's status, dates and groups in one transaction.
 *
 * Returns: whether they are stored
 */
gboolean
insp_workspace_set_phase_details (InspWorkspace       *self,
                                  const char          *application,
                                  const char          *phase,
                                  guint                round,
                                  const char          *status,
                                  const char          *start_date,
                                  const char          *end_date,
                                  const char * const  *groups,
                                  GError             **error)
{
  PhaseDetails details = { { application, phase, round, status, NULL },
                           start_date, end_date, groups };
  const char *name;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!check_phase_change (self, &details.change, error)
      || !insp_check_enum (&insp_enum_phase_status, status, TRUE, _("phase status"), error))
    return FALSE;
  name = insp_enum_get_label (&insp_enum_phase, phase);
  if (!insp_check_date (start_date, name, error) || !insp_check_date (end_date, name, error))
    return FALSE;
  if (start_date != NULL && end_date != NULL && strcmp (end_date, start_date) < 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   /* Translators: %s is a phase, such as "Pilot" */
                   _("%s: the end date comes before the start date"), name);
      return FALSE;
    }

  if (!_insp_workspace_in_transaction (self, write_phase_details, &details, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "phases");
  return TRUE;
}

typedef struct
{
  const char *application;
  guint       round;
} RoundChange;

static guint
last_pilot_round (InspStore   *store,
                  const char  *application,
                  GError     **error)
{
  sqlite3_stmt *stmt = insp_store_prepare (store, "SELECT max (round) FROM phases "
                                           "WHERE application = ? AND phase = 'pilot'", error);
  guint last = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = (guint) MAX (1, sqlite3_column_int (stmt, 0));
  else
    insp_store_set_error (store, error);
  sqlite3_reset (stmt);
  return last;
}

static gboolean
write_pilot_round (InspWorkspace  *self,
                   gpointer        data,
                   GError        **error)
{
  RoundChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *first = NULL;
  g_autofree char *added = NULL;
  guint last = last_pilot_round (store, change->application, error);

  if (last == 0)
    return FALSE;
  /* The first round exists as a row before a second one does. */
  first = ensure_phase (store, change->application, "pilot", 1, error);
  if (first == NULL)
    return FALSE;
  change->round = last + 1;
  added = ensure_phase (store, change->application, "pilot", change->round, error);
  return added != NULL;
}

/**
 * insp_workspace_add_pilot_round:
 * @self: a workspace
 * @application: the application
 * @error: why no round could be added
 *
 * A pilot may run in several rounds: adds one after the last.
 *
 * Returns: the number of the new round, or 0
 */
guint
insp_workspace_add_pilot_round (InspWorkspace  *self,
                                const char     *application,
                                GError        **error)
{
  RoundChange change = { application, 0 };
  g_autoptr(InspApplication) found = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), 0);

  found = insp_workspace_get_application (self, application, error);
  if (found == NULL
      || !_insp_workspace_in_transaction (self, write_pilot_round, &change, error))
    return 0;

  _insp_workspace_emit_changed (self, "phases");
  return change.round;
}

static gboolean
delete_pilot_round (InspWorkspace  *self,
                    gpointer        data,
                    GError        **error)
{
  RoundChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  guint last = last_pilot_round (store, change->application, error);
  sqlite3_stmt *stmt;
  gboolean has_activities;

  if (last == 0)
    return FALSE;
  if (change->round < 2 || change->round != last)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Only the last round of the pilot can be removed, and not the first"));
      return FALSE;
    }

  stmt = insp_store_prepare (store, "SELECT EXISTS (SELECT 1 FROM activities AS a "
                             "JOIN phases AS p ON p.uuid = a.phase WHERE p.application = ? "
                             "AND p.phase = 'pilot' AND p.round = ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) change->round);
  has_activities = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (has_activities)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   /* Translators: %u is the number of a pilot round */
                   _("Round %u of the pilot has activities: move or delete them first"),
                   change->round);
      return FALSE;
    }

  stmt = insp_store_prepare (store, "DELETE FROM phases WHERE application = ? "
                             "AND phase = 'pilot' AND round = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) change->round);
  return insp_store_run (store, stmt, error);
}

/**
 * insp_workspace_remove_pilot_round:
 * @self: a workspace
 * @application: the application
 * @round: the last round of its pilot, 2 or more, without activities
 * @error: why it could not be removed
 *
 * Returns: whether the round is gone
 */
gboolean
insp_workspace_remove_pilot_round (InspWorkspace  *self,
                                   const char     *application,
                                   guint           round,
                                   GError        **error)
{
  RoundChange change = { application, round };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, delete_pilot_round, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "phases");
  return TRUE;
}

static gboolean
delete_application (InspWorkspace  *self,
                    gpointer        data,
                    GError        **error)
{
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM applications WHERE uuid = ?", data,
                                _("This AI application is no longer in the workspace"), error);
}

/**
 * insp_workspace_delete_application:
 * @self: a workspace
 * @uuid: an application
 * @error: why it could not be deleted
 *
 * Deletes the application with everything that belongs to it: its track, activities, data
 * inventory, preconditions, assessments, invisible work, vendor questionnaires, feedback and
 * actions. Frontrunners stay as persons.
 *
 * Returns: whether it is gone
 */
gboolean
insp_workspace_delete_application (InspWorkspace  *self,
                                   const char     *uuid,
                                   GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, delete_application, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "applications");
  return TRUE;
}

/**
 * insp_workspace_list_activities:
 * @self: a workspace
 * @application: an application
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspActivity) (nullable): the activities of
 *   the application's track, in phase order, then by date (planned ones without a date last)
 */
GPtrArray *
insp_workspace_list_activities (InspWorkspace  *self,
                                const char     *application,
                                GError        **error)
{
  InspStore *store;
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store,
                             "SELECT a.uuid, p.phase, p.round, a.title, a.method, a.held, "
                             "a.date, a.level, a.head_count, a.participant_hours, "
                             "a.organiser_hours, a.outcome, a.created "
                             "FROM activities AS a JOIN phases AS p ON p.uuid = a.phase "
                             "WHERE p.application = ? ORDER BY CASE p.phase "
                             "WHEN 'needs' THEN 0 WHEN 'decision' THEN 1 WHEN 'pilot' THEN 2 "
                             "WHEN 'rollout' THEN 3 ELSE 4 END, p.round, a.date IS NULL, "
                             "a.date, a.created, a.uuid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspActivity *activity = insp_activity_new ();

      g_free (activity->method);
      g_free (activity->level);
      activity->uuid = insp_store_column_dup (stmt, 0);
      activity->phase = insp_store_column_dup (stmt, 1);
      activity->round = (guint) MAX (1, sqlite3_column_int (stmt, 2));
      activity->title = insp_store_column_dup (stmt, 3);
      activity->method = insp_store_column_dup (stmt, 4);
      activity->held = sqlite3_column_int (stmt, 5) != 0;
      activity->date = insp_store_column_dup (stmt, 6);
      activity->level = insp_store_column_dup (stmt, 7);
      activity->head_count = sqlite3_column_type (stmt, 8) == SQLITE_NULL
                             ? -1 : sqlite3_column_int (stmt, 8);
      activity->participant_hours = sqlite3_column_type (stmt, 9) == SQLITE_NULL
                                    ? -1 : sqlite3_column_double (stmt, 9);
      activity->organiser_hours = sqlite3_column_type (stmt, 10) == SQLITE_NULL
                                  ? -1 : sqlite3_column_double (stmt, 10);
      activity->outcome = insp_store_column_dup (stmt, 11);
      activity->created = insp_store_column_dup (stmt, 12);
      g_ptr_array_add (activities, activity);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }
  if (activities->len > 0 && !load_activity_links (store, application, activities, error))
    return NULL;
  return g_steal_pointer (&activities);
}

/* --- The track ------------------------------------------------------------------------------- */

/**
 * insp_phase_dup_label:
 * @phase: a phase, such as "pilot"
 * @round: its round
 *
 * Returns: (transfer full): the phase's name, such as "Pilot", or "Pilot, round 2" for a
 *   later round of the pilot
 */
char *
insp_phase_dup_label (const char *phase,
                      guint       round)
{
  const char *label = insp_enum_get_label (&insp_enum_phase, phase);

  if (label == NULL)
    label = phase;
  if (round > 1)
    /* Translators: a phase and a round of the pilot, e.g. "Pilot, round 2" */
    return g_strdup_printf (_("%s, round %u"), label, round);
  return g_strdup (label);
}

static void
track_phase_free (InspTrackPhase *phase)
{
  g_free (phase->phase);
  g_free (phase->uuid);
  g_free (phase->status);
  g_free (phase->start_date);
  g_free (phase->end_date);
  g_strfreev (phase->groups);
  g_free (phase);
}

void
insp_track_free (InspTrack *track)
{
  if (track == NULL)
    return;
  g_free (track->why);
  g_clear_pointer (&track->phases, g_ptr_array_unref);
  g_free (track);
}

static InspTrackPhase *
find_track_phase (InspTrack  *track,
                  const char *phase,
                  guint       round)
{
  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *p = g_ptr_array_index (track->phases, i);

      if (g_str_equal (p->phase, phase) && p->round == round)
        return p;
    }
  return NULL;
}

static gboolean
load_phase_groups (InspStore   *store,
                   InspTrack   *track,
                   GError     **error)
{
  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      sqlite3_stmt *stmt;
      int rc;

      if (phase->uuid == NULL)
        continue;
      stmt = insp_store_prepare (store, "SELECT pg.grp FROM phase_groups AS pg "
                                 "JOIN groups AS g ON g.uuid = pg.grp WHERE pg.phase = ? "
                                 "ORDER BY g.builtin DESC, g.position, g.uuid", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, phase->uuid, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          insp_store_set_error (store, error);
          return FALSE;
        }
      phase->groups = g_strv_builder_end (builder);
    }
  return TRUE;
}

/**
 * insp_workspace_get_track:
 * @self: a workspace
 * @application: an application
 * @error: why the track could not be read
 *
 * The application's innovation track: for each of the five phases (and each pilot round),
 * its status, the level it reached against the recommended minimum, and the activities and
 * effort that went into it; and the totals, the paper's answer to "involvement is costly".
 *
 * Returns: (transfer full) (nullable): the track
 */
InspTrack *
insp_workspace_get_track (InspWorkspace  *self,
                          const char     *application,
                          GError        **error)
{
  g_autoptr(GPtrArray) activities = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  activities = insp_workspace_list_activities (self, application, error);
  if (activities == NULL)
    return NULL;
  return _insp_workspace_get_track_with (self, application, activities, error);
}

/* As insp_workspace_get_track (), from the application's activities already read. */
InspTrack *
_insp_workspace_get_track_with (InspWorkspace  *self,
                                const char     *application,
                                GPtrArray      *activities,
                                GError        **error)
{
  g_autoptr(InspApplication) found = NULL;
  g_autoptr(InspTrack) track = NULL;
  InspStore *store;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  found = insp_workspace_get_application (self, application, error);
  if (found == NULL)
    return NULL;

  track = g_new0 (InspTrack, 1);
  track->intensity = insp_application_get_intensity (found, &track->why);
  track->phases = g_ptr_array_new_with_free_func ((GDestroyNotify) track_phase_free);

  /* The phases there are rows for, and the five phases in any case. */
  store = _insp_workspace_get_store (self);
  for (guint i = 0; i < insp_enum_phase.n_values; i++)
    {
      const char *key = insp_enum_phase.values[i].id;

      stmt = insp_store_prepare (store, "SELECT uuid, round, status, start_date, end_date "
                                 "FROM phases WHERE application = ? AND phase = ? "
                                 "ORDER BY round", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          InspTrackPhase *phase = g_new0 (InspTrackPhase, 1);

          phase->phase = g_strdup (key);
          phase->uuid = insp_store_column_dup (stmt, 0);
          phase->round = (guint) MAX (1, sqlite3_column_int (stmt, 1));
          phase->status = insp_store_column_dup (stmt, 2);
          phase->start_date = insp_store_column_dup (stmt, 3);
          phase->end_date = insp_store_column_dup (stmt, 4);
          g_ptr_array_add (track->phases, phase);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          insp_store_set_error (store, error);
          return NULL;
        }

      if (find_track_phase (track, key, 1) == NULL)
        {
          InspTrackPhase *phase = g_new0 (InspTrackPhase, 1);
          guint index = 0;

          phase->phase = g_strdup (key);
          phase->round = 1;
          phase->status = g_strdup ("not-started");
          phase->groups = g_new0 (char *, 1);
          /* Before any later round of the same phase. */
          while (index < track->phases->len
                 && !g_str_equal (((InspTrackPhase *) g_ptr_array_index (track->phases,
                                                                         index))->phase, key))
            index++;
          g_ptr_array_insert (track->phases, (int) index, phase);
        }
    }

  if (!load_phase_groups (store, track, error))
    return NULL;

  for (guint i = 0; i < activities->len; i++)
    {
      InspActivity *activity = g_ptr_array_index (activities, i);
      InspTrackPhase *phase = find_track_phase (track, activity->phase, activity->round);

      track->n_activities++;
      if (phase == NULL)
        continue;
      if (!activity->held)
        {
          phase->n_planned++;
          continue;
        }
      phase->n_held++;
      if (insp_level_rank (activity->level) > insp_level_rank (phase->reached))
        phase->reached = insp_enum_level.values[insp_level_rank (activity->level) - 1].id;
      if (activity->head_count > 0)
        phase->head_count += (guint) activity->head_count;
      if (activity->participant_hours > 0)
        phase->participant_hours += activity->participant_hours;
      if (activity->organiser_hours > 0)
        phase->organiser_hours += activity->organiser_hours;
    }

  for (guint i = 0; i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

      phase->recommended = insp_triage_recommended_level (track->intensity, phase->phase);
      phase->comparison = insp_level_compare_to_minimum (phase->reached, phase->recommended);
      track->head_count += phase->head_count;
      track->participant_hours += phase->participant_hours;
      track->organiser_hours += phase->organiser_hours;
    }

  return g_steal_pointer (&track);
}
