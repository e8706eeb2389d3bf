/* insp-impact-chart.h — each group's expected effects over the ten indicators, drawn
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* An indicator a group did not score. */
#define INSP_IMPACT_CHART_UNSCORED G_MININT

#define INSP_TYPE_IMPACT_CHART (insp_impact_chart_get_type ())

G_DECLARE_FINAL_TYPE (InspImpactChart, insp_impact_chart, INSP, IMPACT_CHART, GtkWidget)

GtkWidget  *insp_impact_chart_new         (void);
void        insp_impact_chart_clear       (InspImpactChart *self);
void        insp_impact_chart_add_group   (InspImpactChart *self,
                                           const char      *name,
                                           const int       *effects);
const char *insp_impact_chart_get_summary (InspImpactChart *self);

G_END_DECLS
