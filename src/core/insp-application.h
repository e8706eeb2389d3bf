/* insp-application.h — AI applications and their innovation tracks
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "insp-triage.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_APPLICATION (insp_application_get_type ())
#define INSP_TYPE_ACTIVITY (insp_activity_get_type ())

G_DECLARE_FINAL_TYPE (InspApplication, insp_application, INSP, APPLICATION, GObject)
G_DECLARE_FINAL_TYPE (InspActivity, insp_activity, INSP, ACTIVITY, GObject)

/* An AI application (DOMAIN.md). New ones come from insp_application_new (); changes are
 * written with insp_workspace_save_application (). */
InspApplication    *insp_application_new                    (void);
const char         *insp_application_get_uuid               (InspApplication *self);
const char         *insp_application_get_name               (InspApplication *self);
void                insp_application_set_name               (InspApplication *self,
                                                             const char      *name);
const char         *insp_application_get_purpose            (InspApplication *self);
void                insp_application_set_purpose            (InspApplication *self,
                                                             const char      *purpose);
const char         *insp_application_get_vendor             (InspApplication *self);
void                insp_application_set_vendor             (InspApplication *self,
                                                             const char      *vendor);
const char         *insp_application_get_make_or_buy        (InspApplication *self);
void                insp_application_set_make_or_buy        (InspApplication *self,
                                                             const char      *make_or_buy);
const char         *insp_application_get_status             (InspApplication *self);
void                insp_application_set_status             (InspApplication *self,
                                                             const char      *status);
gboolean            insp_application_get_employee_initiated (InspApplication *self);
void                insp_application_set_employee_initiated (InspApplication *self,
                                                             gboolean         value);
const char         *insp_application_get_informed_date      (InspApplication *self);
void                insp_application_set_informed_date      (InspApplication *self,
                                                             const char      *date);
const char         *insp_application_get_risk_level         (InspApplication *self);
void                insp_application_set_risk_level         (InspApplication *self,
                                                             const char      *risk_level);
const char * const *insp_application_get_triggers           (InspApplication *self);
void                insp_application_set_triggers           (InspApplication *self,
                                                             const char * const *triggers);
const char         *insp_application_get_other_trigger      (InspApplication *self);
void                insp_application_set_other_trigger      (InspApplication *self,
                                                             const char      *other);
const char         *insp_application_get_affected_departments (InspApplication *self);
void                insp_application_set_affected_departments (InspApplication *self,
                                                               const char      *departments);
double              insp_application_get_project_budget     (InspApplication *self);
void                insp_application_set_project_budget     (InspApplication *self,
                                                             double           budget);
InspIntensity       insp_application_get_intensity          (InspApplication *self,
                                                             char           **why);

/* A participation activity, planned or held, in one phase (and round) of a track. */
InspActivity       *insp_activity_new                       (void);
const char         *insp_activity_get_uuid                  (InspActivity    *self);
const char         *insp_activity_get_phase                 (InspActivity    *self);
guint               insp_activity_get_round                 (InspActivity    *self);
const char         *insp_activity_get_title                 (InspActivity    *self);
void                insp_activity_set_title                 (InspActivity    *self,
                                                             const char      *title);
const char         *insp_activity_get_method                (InspActivity    *self);
void                insp_activity_set_method                (InspActivity    *self,
                                                             const char      *method);
gboolean            insp_activity_get_held                  (InspActivity    *self);
void                insp_activity_set_held                  (InspActivity    *self,
                                                             gboolean         held);
const char         *insp_activity_get_date                  (InspActivity    *self);
void                insp_activity_set_date                  (InspActivity    *self,
                                                             const char      *date);
const char         *insp_activity_get_level                 (InspActivity    *self);
void                insp_activity_set_level                 (InspActivity    *self,
                                                             const char      *level);
int                 insp_activity_get_head_count            (InspActivity    *self);
void                insp_activity_set_head_count            (InspActivity    *self,
                                                             int              head_count);
double              insp_activity_get_participant_hours     (InspActivity    *self);
void                insp_activity_set_participant_hours     (InspActivity    *self,
                                                             double           hours);
double              insp_activity_get_organiser_hours       (InspActivity    *self);
void                insp_activity_set_organiser_hours       (InspActivity    *self,
                                                             double           hours);
const char         *insp_activity_get_outcome               (InspActivity    *self);
void                insp_activity_set_outcome               (InspActivity    *self,
                                                             const char      *outcome);

/* Who took part in an activity: a person of the workspace, or what is left of one after
 * they were deleted (the role and department, no name). */
typedef struct
{
  char *person;       /* nullable: deleted; the role and department stay as a trace */
  char *role;         /* nullable: "frontrunner", "works-council", … */
  char *department;   /* nullable */
} InspParticipant;

InspParticipant    *insp_participant_new                    (const char      *person,
                                                             const char      *role,
                                                             const char      *department);
InspParticipant    *insp_participant_copy                   (const InspParticipant *participant);
void                insp_participant_free                   (InspParticipant *participant);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspParticipant, insp_participant_free)

const char * const *insp_activity_get_groups                (InspActivity    *self);
void                insp_activity_set_groups                (InspActivity    *self,
                                                             const char * const *groups);
const char * const *insp_activity_get_topics                (InspActivity    *self);
void                insp_activity_set_topics                (InspActivity    *self,
                                                             const char * const *topics);
GPtrArray          *insp_activity_get_participants          (InspActivity    *self);
void                insp_activity_set_participants          (InspActivity    *self,
                                                             GPtrArray       *participants);

/* Where a track stands, phase by phase: what the paper recommends and what was reached. */
typedef struct
{
  char        *phase;          /* "needs" … "improvement" */
  guint        round;          /* a pilot may have several rounds; 1 otherwise */
  char        *uuid;           /* nullable: a phase not started has no row yet */
  char        *status;         /* "not-started", "ongoing", "done", "skipped" */
  char        *start_date;     /* nullable: YYYY-MM-DD */
  char        *end_date;       /* nullable */
  GStrv        groups;         /* the uuids of the groups involved */
  const char  *recommended;    /* nullable: the minimum level, or none */
  const char  *reached;        /* nullable: the highest level of a held activity */
  int          comparison;     /* < 0 below the minimum, 0 meets it, > 0 above */
  guint        n_planned;
  guint        n_held;
  guint        head_count;     /* of held activities */
  double       participant_hours;
  double       organiser_hours;
} InspTrackPhase;

typedef struct
{
  InspIntensity  intensity;
  char          *why;
  GPtrArray     *phases;       /* InspTrackPhase, in phase order, rounds in order */
  guint          n_activities;
  guint          head_count;
  double         participant_hours;
  double         organiser_hours;
} InspTrack;

char               *insp_phase_dup_label                    (const char      *phase,
                                                             guint            round);
void                insp_track_free                         (InspTrack       *track);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspTrack, insp_track_free)

GPtrArray          *insp_workspace_list_applications        (InspWorkspace   *self,
                                                             GError         **error);
InspApplication    *insp_workspace_get_application          (InspWorkspace   *self,
                                                             const char      *uuid,
                                                             GError         **error);
gboolean            insp_workspace_save_application         (InspWorkspace   *self,
                                                             InspApplication *application,
                                                             GError         **error);
GPtrArray          *insp_workspace_list_activities          (InspWorkspace   *self,
                                                             const char      *application,
                                                             GError         **error);
gboolean            insp_workspace_save_activity            (InspWorkspace   *self,
                                                             const char      *application,
                                                             const char      *phase,
                                                             guint            round,
                                                             InspActivity    *activity,
                                                             GError         **error);
gboolean            insp_workspace_delete_activity          (InspWorkspace   *self,
                                                             const char      *uuid,
                                                             GError         **error);
gboolean            insp_workspace_set_phase_status         (InspWorkspace   *self,
                                                             const char      *application,
                                                             const char      *phase,
                                                             guint            round,
                                                             const char      *status,
                                                             GError         **error);
gboolean            insp_workspace_set_phase_details        (InspWorkspace   *self,
                                                             const char      *application,
                                                             const char      *phase,
                                                             guint            round,
                                                             const char      *status,
                                                             const char      *start_date,
                                                             const char      *end_date,
                                                             const char * const *groups,
                                                             GError         **error);
guint               insp_workspace_add_pilot_round          (InspWorkspace   *self,
                                                             const char      *application,
                                                             GError         **error);
gboolean            insp_workspace_remove_pilot_round       (InspWorkspace   *self,
                                                             const char      *application,
                                                             guint            round,
                                                             GError         **error);
gboolean            insp_workspace_delete_application       (InspWorkspace   *self,
                                                             const char      *uuid,
                                                             GError         **error);
InspTrack          *insp_workspace_get_track                (InspWorkspace   *self,
                                                             const char      *application,
                                                             GError         **error);

G_END_DECLS
