/* insp-invisible-work.h — the work that is forgotten when "AI is plug and play": cleaning and
 * labelling data, training users, communication, adapting systems; each with hours, budget
 * and an owner
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

/* One estimate of invisible work for an application. */
typedef struct
{
  char   *uuid;      /* NULL for a new item, or a built-in kind not estimated yet */
  char   *kind;      /* "data-cleaning", "labelling", "user-training", "communication",
                      * "system-changes", "other" */
  char   *title;     /* nullable; required for "other" */
  double  hours;     /* -1: not known (other negative values are refused) */
  double  budget;    /* -1: not known (other negative values are refused) */
  char   *owner;     /* nullable: who is responsible */
} InspInvisibleItem;

/* What the invisible work of an application adds up to. */
typedef struct
{
  guint   n_items;            /* items saved */
  double  total_hours;        /* of the items whose hours are known */
  double  total_budget;       /* of the items whose budget is known */
  GStrv   unestimated_kinds;  /* the built-in kinds (not "other") with neither hours nor
                               * budget in any item, in DOMAIN.md's order; never NULL */
  double  project_budget;     /* < 0: the application has no project budget */
  double  budget_share;       /* total_budget / project_budget; < 0 without a project
                               * budget (or when it is 0) */
} InspInvisibleWorkTotals;

InspInvisibleItem       *insp_invisible_item_new                  (void);
InspInvisibleItem       *insp_invisible_item_copy                 (const InspInvisibleItem *item);
void                     insp_invisible_item_free                 (InspInvisibleItem *item);
const char              *insp_invisible_item_get_display_title    (const InspInvisibleItem *item);
void                     insp_invisible_work_totals_free          (InspInvisibleWorkTotals *totals);

GPtrArray               *insp_workspace_list_invisible_work       (InspWorkspace     *self,
                                                                   const char        *application,
                                                                   GError           **error);
gboolean                 insp_workspace_save_invisible_item       (InspWorkspace     *self,
                                                                   const char        *application,
                                                                   InspInvisibleItem *item,
                                                                   GError           **error);
gboolean                 insp_workspace_delete_invisible_item     (InspWorkspace     *self,
                                                                   const char        *uuid,
                                                                   GError           **error);
InspInvisibleWorkTotals *insp_workspace_get_invisible_work_totals (InspWorkspace     *self,
                                                                   const char        *application,
                                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspInvisibleItem, insp_invisible_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspInvisibleWorkTotals, insp_invisible_work_totals_free)

G_END_DECLS
