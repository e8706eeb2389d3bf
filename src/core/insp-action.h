/* insp-action.h — actions: what was agreed to do, in the three domains of guidance ethics
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_ACTION (insp_action_get_type ())

G_DECLARE_FINAL_TYPE (InspAction, insp_action, INSP, ACTION, GObject)

/* Which actions insp_workspace_list_actions () returns; NULL fields do not filter. */
typedef struct
{
  const char *domain;        /* "technology", "environment", "people" */
  const char *application;   /* an application's uuid */
  const char *activity;      /* an activity's uuid: the actions it produced */
  const char *status;        /* "open", "in-progress", "done", "dropped" */
  const char *overdue_on;    /* YYYY-MM-DD: only open or in-progress actions due before */
} InspActionFilter;

InspAction         *insp_action_new               (void);
const char         *insp_action_get_uuid          (InspAction    *self);
const char         *insp_action_get_application   (InspAction    *self);
void                insp_action_set_application   (InspAction    *self,
                                                   const char    *application);
const char         *insp_action_get_domain        (InspAction    *self);
void                insp_action_set_domain        (InspAction    *self,
                                                   const char    *domain);
const char         *insp_action_get_title         (InspAction    *self);
void                insp_action_set_title         (InspAction    *self,
                                                   const char    *title);
const char         *insp_action_get_description   (InspAction    *self);
void                insp_action_set_description   (InspAction    *self,
                                                   const char    *description);
const char         *insp_action_get_owner         (InspAction    *self);
void                insp_action_set_owner         (InspAction    *self,
                                                   const char    *owner);
const char         *insp_action_get_due_date      (InspAction    *self);
void                insp_action_set_due_date      (InspAction    *self,
                                                   const char    *date);
const char         *insp_action_get_status        (InspAction    *self);
void                insp_action_set_status        (InspAction    *self,
                                                   const char    *status);
const char         *insp_action_get_phase         (InspAction    *self);
void                insp_action_set_phase         (InspAction    *self,
                                                   const char    *phase);
const char         *insp_action_get_activity      (InspAction    *self);
void                insp_action_set_activity      (InspAction    *self,
                                                   const char    *activity);
const char         *insp_action_get_section       (InspAction    *self);
void                insp_action_set_section       (InspAction    *self,
                                                   const char    *section);
const char         *insp_action_get_feedback      (InspAction    *self);
void                insp_action_set_feedback      (InspAction    *self,
                                                   const char    *feedback);
const char * const *insp_action_get_topics        (InspAction    *self);
void                insp_action_set_topics        (InspAction    *self,
                                                   const char * const *topics);
gboolean            insp_action_is_overdue        (InspAction    *self,
                                                   const char    *today);

GPtrArray          *insp_workspace_list_actions   (InspWorkspace          *self,
                                                   const InspActionFilter *filter,
                                                   GError                **error);
gboolean            insp_workspace_save_action    (InspWorkspace          *self,
                                                   InspAction             *action,
                                                   GError                **error);
InspAction         *insp_workspace_delete_action  (InspWorkspace          *self,
                                                   const char             *uuid,
                                                   GError                **error);

G_END_DECLS
