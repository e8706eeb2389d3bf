/* insp-recommendations.h — how far the organisation puts the paper's 11 recommendations
 * into practice, as far as the workspace can tell
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

typedef enum
{
  INSP_RECOMMENDATION_NOT_STARTED,
  INSP_RECOMMENDATION_UNDER_WAY,
  INSP_RECOMMENDATION_IN_PLACE,
} InspRecommendationState;

/* One of the paper's recommendations and where the workspace stands on it. */
typedef struct
{
  guint                    number;        /* 1 … 11, in the paper's order */
  const char              *audience;      /* static: "employees", "employers",
                                           * "policy-makers", "knowledge-centres" */
  const char              *title;         /* static, translated */
  InspRecommendationState  state;
  char                    *evidence;      /* what the workspace shows, translated */
  char                    *next_step;     /* what would move it forward, translated */
  const char              *contribution;  /* static, translated; for 7–11 what Inspraak
                                           * contributes, NULL otherwise */
  const char              *page;          /* static: the page where to work on it */
  const char              *template;      /* static: the export that carries it, or NULL */
} InspRecommendation;

#define INSP_N_RECOMMENDATIONS 11

void        insp_recommendation_free              (InspRecommendation      *recommendation);
const char *insp_recommendation_state_to_string   (InspRecommendationState  state);
const char *insp_recommendation_state_get_label   (InspRecommendationState  state);
GPtrArray  *insp_workspace_list_recommendations   (InspWorkspace           *self,
                                                   const char              *today,
                                                   GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspRecommendation, insp_recommendation_free)

G_END_DECLS
