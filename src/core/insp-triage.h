/* insp-triage.h — how much to involve employees in an AI application, and when
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  INSP_INTENSITY_NONE,
  INSP_INTENSITY_LOW,
  INSP_INTENSITY_MEDIUM,
  INSP_INTENSITY_HIGH,
  INSP_INTENSITY_STOP,      /* a prohibited system: no track, stop */
} InspIntensity;

InspIntensity  insp_triage_intensity          (const char          *risk_level,
                                               const char * const  *triggers,
                                               char               **why);
const char    *insp_intensity_to_string       (InspIntensity        intensity);
const char    *insp_intensity_get_label       (InspIntensity        intensity);
const char    *insp_triage_recommended_level  (InspIntensity        intensity,
                                               const char          *phase);
int            insp_level_rank                (const char          *level);
const char    *insp_level_highest             (const char * const  *levels);
int            insp_level_compare_to_minimum  (const char          *reached,
                                               const char          *minimum);

G_END_DECLS
