/* insp-enums.h — the enumerations of the domain: identifiers and their labels
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every enumeration of DOMAIN.md is one table, in the domain's order: the identifier used in
 * the JSON, on the command line and in the database, and an untranslated label (N_()).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  const char *label;
} InspEnumValue;

typedef struct
{
  const char          *name;
  const InspEnumValue *values;
  guint                n_values;
} InspEnum;

extern const InspEnum insp_enum_size_band;
extern const InspEnum insp_enum_country;
extern const InspEnum insp_enum_risk_level;
extern const InspEnum insp_enum_trigger;
extern const InspEnum insp_enum_phase;
extern const InspEnum insp_enum_level;
extern const InspEnum insp_enum_phase_status;
extern const InspEnum insp_enum_section_status;
extern const InspEnum insp_enum_verdict;
extern const InspEnum insp_enum_action_domain;
extern const InspEnum insp_enum_action_status;
extern const InspEnum insp_enum_section_key;
extern const InspEnum insp_enum_application_status;
extern const InspEnum insp_enum_make_or_buy;
extern const InspEnum insp_enum_group_key;
extern const InspEnum insp_enum_person_role;
extern const InspEnum insp_enum_method;
extern const InspEnum insp_enum_topic;          /* the ten indicators, then the concerns */
extern const InspEnum insp_enum_confidence;
extern const InspEnum insp_enum_moment;
extern const InspEnum insp_enum_invisible_work;
extern const InspEnum insp_enum_vendor_group;
extern const InspEnum insp_enum_rating;
extern const InspEnum insp_enum_feedback_topic;
extern const InspEnum insp_enum_feedback_status;
extern const InspEnum insp_enum_precondition;
extern const InspEnum insp_enum_practice_kind;

#define INSP_N_INDICATORS 10

int         insp_enum_index     (const InspEnum *e,
                                 const char     *id);
gboolean    insp_enum_contains  (const InspEnum *e,
                                 const char     *id);
const char *insp_enum_get_label (const InspEnum *e,
                                 const char     *id);
char       *insp_enum_dup_ids   (const InspEnum *e);
const InspEnum *insp_enum_find  (const char     *name);

/* The built-in stakeholder groups and vision sections: a row whose name or title is NULL
 * shows these, translated. NULL for a key that is not built in. */
const char *insp_group_key_get_label       (const char *key);
const char *insp_group_key_get_perspective (const char *key);
const char *insp_section_key_get_title     (const char *key);

G_END_DECLS
