/* insp-assessment.h — the impact of an AI application on workable work, as each group sees it
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_ASSESSMENT (insp_assessment_get_type ())

G_DECLARE_FINAL_TYPE (InspAssessment, insp_assessment, INSP, ASSESSMENT, GObject)

/* The expected effect on one indicator or concern (insp_enum_topic). */
typedef struct
{
  const char *item;         /* static: an id of insp_enum_topic */
  int         effect;       /* -2 … +2 */
  char       *confidence;   /* "low", "medium", "high" */
  char       *rationale;    /* nullable */
} InspScore;

/* Two groups that expect effects two points or more apart on one item: a conversation to
 * have. */
typedef struct
{
  const char *item;         /* static: an id of insp_enum_topic */
  char       *group_a;      /* the uuids of the two groups, a before b in the groups' order */
  char       *group_b;
  int         effect_a;
  int         effect_b;
  char       *since;        /* the date of the later of the two assessments */
  gboolean    discussed;    /* a held activity on or after @since, or an action, names it */
} InspDisagreement;

/* How one group's expectation on one item moved between two of its dated assessments. */
typedef struct
{
  char       *group;
  const char *item;
  int         from;
  int         to;
  char       *from_date;
  char       *to_date;
} InspMovement;

InspAssessment     *insp_assessment_new                    (void);
const char         *insp_assessment_get_uuid               (InspAssessment  *self);
const char         *insp_assessment_get_application        (InspAssessment  *self);
const char         *insp_assessment_get_group              (InspAssessment  *self);
void                insp_assessment_set_group              (InspAssessment  *self,
                                                            const char      *group);
const char         *insp_assessment_get_moment             (InspAssessment  *self);
void                insp_assessment_set_moment             (InspAssessment  *self,
                                                            const char      *moment);
const char         *insp_assessment_get_date               (InspAssessment  *self);
void                insp_assessment_set_date               (InspAssessment  *self,
                                                            const char      *date);
const char         *insp_assessment_get_notes              (InspAssessment  *self);
void                insp_assessment_set_notes              (InspAssessment  *self,
                                                            const char      *notes);
const InspScore    *insp_assessment_get_score              (InspAssessment  *self,
                                                            const char      *item);
GPtrArray          *insp_assessment_get_scores             (InspAssessment  *self);
gboolean            insp_assessment_set_score              (InspAssessment  *self,
                                                            const char      *item,
                                                            int              effect,
                                                            const char      *confidence,
                                                            const char      *rationale);
void                insp_assessment_remove_score           (InspAssessment  *self,
                                                            const char      *item);

GPtrArray          *insp_workspace_list_assessments        (InspWorkspace   *self,
                                                            const char      *application,
                                                            GError         **error);
gboolean            insp_workspace_save_assessment         (InspWorkspace   *self,
                                                            const char      *application,
                                                            InspAssessment  *assessment,
                                                            GError         **error);
gboolean            insp_workspace_delete_assessment       (InspWorkspace   *self,
                                                            const char      *uuid,
                                                            GError         **error);
GPtrArray          *insp_workspace_list_disagreements      (InspWorkspace   *self,
                                                            const char      *application,
                                                            GError         **error);

GPtrArray          *insp_assessments_find_disagreements    (GPtrArray       *assessments);
GPtrArray          *insp_assessments_find_movements        (GPtrArray       *assessments);

void                insp_disagreement_free                 (InspDisagreement *disagreement);
void                insp_movement_free                     (InspMovement    *movement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspDisagreement, insp_disagreement_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspMovement, insp_movement_free)

G_END_DECLS
