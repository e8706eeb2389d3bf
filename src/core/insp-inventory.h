/* insp-inventory.h — what an AI application needs from the organisation: the workers' data
 * it uses, and the preconditions and resistance its track meets
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

/* Data about workers that an application measures or uses. */
typedef struct
{
  char     *uuid;        /* NULL for a new item */
  char     *what;
  char     *purpose;
  char     *retention;
  char     *access;
  gboolean  dpia_done;   /* a data-protection impact assessment was made */
} InspDataItem;

/* A precondition of involvement, or a known source of resistance and the strategy for it. */
typedef struct
{
  char     *uuid;        /* NULL while the checklist item was never filled in */
  char     *kind;        /* "feedback-culture", …, "resistance-job-loss", "other" */
  gboolean  met;
  char     *notes;
  char     *strategy;
} InspPrecondition;

InspDataItem *insp_data_item_new                  (void);
void          insp_data_item_free                 (InspDataItem     *item);
void          insp_precondition_free              (InspPrecondition *precondition);

GPtrArray    *insp_workspace_list_data_items      (InspWorkspace    *self,
                                                   const char       *application,
                                                   GError          **error);
gboolean      insp_workspace_save_data_item       (InspWorkspace    *self,
                                                   const char       *application,
                                                   InspDataItem     *item,
                                                   GError          **error);
gboolean      insp_workspace_delete_data_item     (InspWorkspace    *self,
                                                   const char       *uuid,
                                                   GError          **error);
GPtrArray    *insp_workspace_list_preconditions   (InspWorkspace    *self,
                                                   const char       *application,
                                                   GError          **error);
gboolean      insp_workspace_save_precondition    (InspWorkspace    *self,
                                                   const char       *application,
                                                   InspPrecondition *precondition,
                                                   GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspDataItem, insp_data_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspPrecondition, insp_precondition_free)

G_END_DECLS
