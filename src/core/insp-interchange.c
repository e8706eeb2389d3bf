/* insp-interchange.c — the JSON interchange format: export, validation, import
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table describes every entity of the workspace: its JSON array, its SQL table, its
 * fields with their types, and the child tables nested inside its rows. Export, validation
 * and import are written once over that table; a later schema migration adds a column here
 * as one line. The format is documented in docs/format.md.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-interchange.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "insp-enums.h"
#include "insp-error.h"
#include "insp-json-scan.h"

/* Limits of what an import accepts, beyond the pre-scan's. */
#define MAX_ROWS_TOTAL   1000000
#define MAX_NESTED_ITEMS 100000

typedef enum
{
  TYPE_TEXT,
  TYPE_KEY,       /* an identifier: lowercase letters, digits and hyphens */
  TYPE_INT,
  TYPE_REAL,
  TYPE_BOOL,
  TYPE_ENUM,
  TYPE_DATE,
  TYPE_UUID,
  TYPE_REF,
} FieldType;

typedef enum
{
  FIELD_REQUIRED = 1 << 0,
  FIELD_NULLABLE = 1 << 1,
  FIELD_UNIQUE   = 1 << 2,   /* unique among the rows of the document and of the workspace */
} FieldFlags;

typedef struct
{
  const char     *json;
  const char     *column;
  FieldType       type;
  guint           flags;
  const InspEnum *enumeration;   /* TYPE_ENUM */
  int             ref;           /* TYPE_REF: the entity referred to */
  gint64          min;           /* TYPE_INT */
  gint64          max;
  const char     *fallback;      /* the value of a missing key (NULL: SQL NULL) */
} InspField;

typedef struct
{
  const char      *json;
  const char      *table;
  const char      *parent_column;
  const InspField *fields;
  guint            n_fields;
  const char      *order;
  gboolean         scalar;       /* an array of values rather than of objects */
  gboolean         positional;   /* a "position" column keeps the array's order */
  const char      *unique;       /* fields whose combination is unique within the array */
} InspChild;

typedef enum
{
  KEY_NONE,
  KEY_SINGLETON,   /* the one organisation: a file's organisation is the workspace's */
  KEY_COLUMN,      /* built-in rows matched by their "key" column */
} KeyKind;

typedef struct
{
  const char      *json;
  const char      *table;
  const InspField *fields;
  guint            n_fields;
  const InspChild *children;
  guint            n_children;
  const char      *order;
  KeyKind          key_kind;
  const char      *unique;       /* fields whose combination is unique (a UNIQUE constraint) */
} InspEntity;

static const InspField organisations_fields[] = {
  { "name", "name", TYPE_TEXT, 0, NULL, -1, G_MININT64, G_MAXINT64, "" },
  { "sector", "sector", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "size_band", "size_band", TYPE_ENUM, FIELD_NULLABLE, &insp_enum_size_band, -1, G_MININT64, G_MAXINT64, NULL },
  { "country", "country", TYPE_ENUM, FIELD_NULLABLE, &insp_enum_country, -1, G_MININT64, G_MAXINT64, NULL },
  { "has_works_council", "has_works_council", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
  { "has_prevention_committee", "has_prevention_committee", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
  { "has_union_delegation", "has_union_delegation", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
};
static const InspField groups_fields[] = {
  { "key", "key", TYPE_KEY, FIELD_REQUIRED | FIELD_UNIQUE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "name", "name", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "perspective", "perspective", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "builtin", "builtin", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
  { "position", "position", TYPE_INT, 0, NULL, -1, G_MININT32, G_MAXINT32, "0" },
};
static const InspField persons_fields[] = {
  { "name", "name", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "department", "department", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "consent_named", "consent_named", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
  { "notes", "notes", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField persons_roles_fields[] = {
  { "role", "role", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_person_role, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField persons_trainings_fields[] = {
  { "title", "title", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "date", "date", TYPE_DATE, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspChild persons_children[] = {
  { "roles", "person_roles", "person", persons_roles_fields, G_N_ELEMENTS (persons_roles_fields), "ENUMORDER:role:person_role", TRUE, FALSE, NULL },
  { "trainings", "person_trainings", "person", persons_trainings_fields, G_N_ELEMENTS (persons_trainings_fields), "position", FALSE, TRUE, NULL },
};
static const InspField applications_fields[] = {
  { "name", "name", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "purpose", "purpose", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "vendor", "vendor", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "make_or_buy", "make_or_buy", TYPE_ENUM, 0, &insp_enum_make_or_buy, -1, G_MININT64, G_MAXINT64, "undecided" },
  { "status", "status", TYPE_ENUM, 0, &insp_enum_application_status, -1, G_MININT64, G_MAXINT64, "idea" },
  { "employee_initiated", "employee_initiated", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
  { "informed_date", "informed_date", TYPE_DATE, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "risk_level", "risk_level", TYPE_ENUM, FIELD_NULLABLE, &insp_enum_risk_level, -1, G_MININT64, G_MAXINT64, NULL },
  { "other_trigger", "other_trigger", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "affected_departments", "affected_departments", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "project_budget", "project_budget", TYPE_REAL, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField applications_triggers_fields[] = {
  { "trigger", "trigger", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_trigger, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField applications_affected_groups_fields[] = {
  { "group", "grp", TYPE_REF, FIELD_REQUIRED, NULL, 1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField applications_persons_fields[] = {
  { "person", "person", TYPE_REF, FIELD_REQUIRED, NULL, 2, G_MININT64, G_MAXINT64, NULL },
  { "role", "role", TYPE_ENUM, 0, &insp_enum_person_role, -1, G_MININT64, G_MAXINT64, "frontrunner" },
  { "task", "task", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspChild applications_children[] = {
  { "triggers", "application_triggers", "application", applications_triggers_fields, G_N_ELEMENTS (applications_triggers_fields), "ENUMORDER:trigger:trigger", TRUE, FALSE, NULL },
  { "affected_groups", "application_groups", "application", applications_affected_groups_fields, G_N_ELEMENTS (applications_affected_groups_fields), "grp", TRUE, FALSE, NULL },
  { "persons", "application_persons", "application", applications_persons_fields, G_N_ELEMENTS (applications_persons_fields), "person, ENUMORDER:role:person_role", FALSE, FALSE, "person,role" },
};
static const InspField phases_fields[] = {
  { "application", "application", TYPE_REF, FIELD_REQUIRED, NULL, 3, G_MININT64, G_MAXINT64, NULL },
  { "phase", "phase", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_phase, -1, G_MININT64, G_MAXINT64, NULL },
  { "round", "round", TYPE_INT, 0, NULL, -1, 1, 1000, "1" },
  { "status", "status", TYPE_ENUM, 0, &insp_enum_phase_status, -1, G_MININT64, G_MAXINT64, "not-started" },
  { "start_date", "start_date", TYPE_DATE, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "end_date", "end_date", TYPE_DATE, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "notes", "notes", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField phases_groups_fields[] = {
  { "group", "grp", TYPE_REF, FIELD_REQUIRED, NULL, 1, G_MININT64, G_MAXINT64, NULL },
};
static const InspChild phases_children[] = {
  { "groups", "phase_groups", "phase", phases_groups_fields, G_N_ELEMENTS (phases_groups_fields), "grp", TRUE, FALSE, NULL },
};
static const InspField activities_fields[] = {
  { "phase", "phase", TYPE_REF, FIELD_REQUIRED, NULL, 4, G_MININT64, G_MAXINT64, NULL },
  { "title", "title", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "method", "method", TYPE_ENUM, 0, &insp_enum_method, -1, G_MININT64, G_MAXINT64, "other" },
  { "held", "held", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
  { "date", "date", TYPE_DATE, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "level", "level", TYPE_ENUM, 0, &insp_enum_level, -1, G_MININT64, G_MAXINT64, "inform" },
  { "head_count", "head_count", TYPE_INT, FIELD_NULLABLE, NULL, -1, 0, 10000000, NULL },
  { "participant_hours", "participant_hours", TYPE_REAL, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "organiser_hours", "organiser_hours", TYPE_REAL, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "outcome", "outcome", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField activities_groups_fields[] = {
  { "group", "grp", TYPE_REF, FIELD_REQUIRED, NULL, 1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField activities_participants_fields[] = {
  { "person", "person", TYPE_REF, FIELD_NULLABLE, NULL, 2, G_MININT64, G_MAXINT64, NULL },
  { "role", "role", TYPE_ENUM, FIELD_NULLABLE, &insp_enum_person_role, -1, G_MININT64, G_MAXINT64, NULL },
  { "department", "department", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField activities_topics_fields[] = {
  { "topic", "topic", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_topic, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspChild activities_children[] = {
  { "groups", "activity_groups", "activity", activities_groups_fields, G_N_ELEMENTS (activities_groups_fields), "grp", TRUE, FALSE, NULL },
  { "participants", "activity_persons", "activity", activities_participants_fields, G_N_ELEMENTS (activities_participants_fields), "position", FALSE, TRUE, NULL },
  { "topics", "activity_topics", "activity", activities_topics_fields, G_N_ELEMENTS (activities_topics_fields), "ENUMORDER:topic:topic", TRUE, FALSE, NULL },
};
static const InspField data_items_fields[] = {
  { "application", "application", TYPE_REF, FIELD_REQUIRED, NULL, 3, G_MININT64, G_MAXINT64, NULL },
  { "what", "what", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "purpose", "purpose", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "retention", "retention", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "access", "access", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "dpia_done", "dpia_done", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
};
static const InspField assessments_fields[] = {
  { "application", "application", TYPE_REF, FIELD_REQUIRED, NULL, 3, G_MININT64, G_MAXINT64, NULL },
  { "group", "grp", TYPE_REF, FIELD_REQUIRED, NULL, 1, G_MININT64, G_MAXINT64, NULL },
  { "moment", "moment", TYPE_ENUM, 0, &insp_enum_moment, -1, G_MININT64, G_MAXINT64, "before" },
  { "date", "date", TYPE_DATE, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "notes", "notes", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField assessments_scores_fields[] = {
  { "item", "item", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_topic, -1, G_MININT64, G_MAXINT64, NULL },
  { "effect", "effect", TYPE_INT, FIELD_REQUIRED, NULL, -1, -2, 2, NULL },
  { "confidence", "confidence", TYPE_ENUM, 0, &insp_enum_confidence, -1, G_MININT64, G_MAXINT64, "medium" },
  { "rationale", "rationale", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspChild assessments_children[] = {
  { "scores", "assessment_scores", "assessment", assessments_scores_fields, G_N_ELEMENTS (assessments_scores_fields), "ENUMORDER:item:topic", FALSE, FALSE, "item" },
};
static const InspField invisible_work_fields[] = {
  { "application", "application", TYPE_REF, FIELD_REQUIRED, NULL, 3, G_MININT64, G_MAXINT64, NULL },
  { "kind", "kind", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_invisible_work, -1, G_MININT64, G_MAXINT64, NULL },
  { "title", "title", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "hours", "hours", TYPE_REAL, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "budget", "budget", TYPE_REAL, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "owner", "owner", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField vendors_fields[] = {
  { "application", "application", TYPE_REF, FIELD_REQUIRED, NULL, 3, G_MININT64, G_MAXINT64, NULL },
  { "name", "name", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "notes", "notes", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField vendor_questions_fields[] = {
  { "vendor", "vendor", TYPE_REF, FIELD_REQUIRED, NULL, 9, G_MININT64, G_MAXINT64, NULL },
  { "question_group", "question_group", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_vendor_group, -1, G_MININT64, G_MAXINT64, NULL },
  { "key", "key", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "question", "question", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "answer", "answer", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "rating", "rating", TYPE_ENUM, 0, &insp_enum_rating, -1, G_MININT64, G_MAXINT64, "unanswered" },
  { "follow_up", "follow_up", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "position", "position", TYPE_INT, 0, NULL, -1, G_MININT32, G_MAXINT32, "0" },
};
static const InspField feedback_fields[] = {
  { "application", "application", TYPE_REF, FIELD_REQUIRED, NULL, 3, G_MININT64, G_MAXINT64, NULL },
  { "date", "date", TYPE_DATE, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "channel", "channel", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "topic", "topic", TYPE_ENUM, 0, &insp_enum_feedback_topic, -1, G_MININT64, G_MAXINT64, "other" },
  { "description", "description", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "decision", "decision", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "outcome", "outcome", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "status", "status", TYPE_ENUM, 0, &insp_enum_feedback_status, -1, G_MININT64, G_MAXINT64, "open" },
};
static const InspField actions_fields[] = {
  { "application", "application", TYPE_REF, FIELD_NULLABLE, NULL, 3, G_MININT64, G_MAXINT64, NULL },
  { "domain", "domain", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_action_domain, -1, G_MININT64, G_MAXINT64, NULL },
  { "title", "title", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "description", "description", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "owner", "owner", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "due_date", "due_date", TYPE_DATE, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "status", "status", TYPE_ENUM, 0, &insp_enum_action_status, -1, G_MININT64, G_MAXINT64, "open" },
  { "phase", "phase", TYPE_REF, FIELD_NULLABLE, NULL, 4, G_MININT64, G_MAXINT64, NULL },
  { "activity", "activity", TYPE_REF, FIELD_NULLABLE, NULL, 5, G_MININT64, G_MAXINT64, NULL },
  { "section", "section", TYPE_REF, FIELD_NULLABLE, NULL, 14, G_MININT64, G_MAXINT64, NULL },
  { "feedback", "feedback", TYPE_REF, FIELD_NULLABLE, NULL, 11, G_MININT64, G_MAXINT64, NULL },
};
static const InspField actions_topics_fields[] = {
  { "topic", "topic", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_topic, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspChild actions_children[] = {
  { "topics", "action_topics", "action", actions_topics_fields, G_N_ELEMENTS (actions_topics_fields), "ENUMORDER:topic:topic", TRUE, FALSE, NULL },
};
static const InspField preconditions_fields[] = {
  { "application", "application", TYPE_REF, FIELD_REQUIRED, NULL, 3, G_MININT64, G_MAXINT64, NULL },
  { "kind", "kind", TYPE_ENUM, FIELD_REQUIRED, &insp_enum_precondition, -1, G_MININT64, G_MAXINT64, NULL },
  { "met", "met", TYPE_BOOL, 0, NULL, -1, G_MININT64, G_MAXINT64, "0" },
  { "notes", "notes", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "strategy", "strategy", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField sections_fields[] = {
  { "key", "key", TYPE_KEY, FIELD_NULLABLE | FIELD_UNIQUE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "title", "title", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "text", "text", TYPE_TEXT, 0, NULL, -1, G_MININT64, G_MAXINT64, "" },
  { "status", "status", TYPE_ENUM, 0, &insp_enum_section_status, -1, G_MININT64, G_MAXINT64, "draft" },
  { "position", "position", TYPE_INT, 0, NULL, -1, G_MININT32, G_MAXINT32, "0" },
};
static const InspField sections_groups_fields[] = {
  { "group", "grp", TYPE_REF, FIELD_REQUIRED, NULL, 1, G_MININT64, G_MAXINT64, NULL },
};
static const InspChild sections_children[] = {
  { "groups", "section_groups", "section", sections_groups_fields, G_N_ELEMENTS (sections_groups_fields), "grp", TRUE, FALSE, NULL },
};
static const InspField versions_fields[] = {
  { "number", "number", TYPE_INT, FIELD_REQUIRED | FIELD_UNIQUE, NULL, -1, 1, 1000000, NULL },
  { "label", "label", TYPE_TEXT, FIELD_REQUIRED | FIELD_UNIQUE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "author_role", "author_role", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField versions_sections_fields[] = {
  { "section", "section", TYPE_UUID, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "key", "key", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "title", "title", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "text", "text", TYPE_TEXT, 0, NULL, -1, G_MININT64, G_MAXINT64, "" },
  { "status", "status", TYPE_ENUM, 0, &insp_enum_section_status, -1, G_MININT64, G_MAXINT64, "draft" },
  { "position", "position", TYPE_INT, FIELD_REQUIRED, NULL, -1, G_MININT32, G_MAXINT32, NULL },
};
static const InspChild versions_children[] = {
  { "sections", "version_sections", "version", versions_sections_fields, G_N_ELEMENTS (versions_sections_fields), "position, section", FALSE, FALSE, "section" },
};
static const InspField reviews_fields[] = {
  { "version", "version", TYPE_REF, FIELD_REQUIRED, NULL, 15, G_MININT64, G_MAXINT64, NULL },
  { "opinion", "opinion", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "signed_date", "signed_date", TYPE_DATE, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "signed_by", "signed_by", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "removed_date", "removed_date", TYPE_DATE, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "removed_reason", "removed_reason", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspField reviews_verdicts_fields[] = {
  { "section", "section", TYPE_UUID, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "verdict", "verdict", TYPE_ENUM, 0, &insp_enum_verdict, -1, G_MININT64, G_MAXINT64, "pending" },
  { "comments", "comments", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspChild reviews_children[] = {
  { "verdicts", "review_verdicts", "review", reviews_verdicts_fields, G_N_ELEMENTS (reviews_verdicts_fields), "section", FALSE, FALSE, "section" },
};
static const InspField practices_fields[] = {
  { "title", "title", TYPE_TEXT, FIELD_REQUIRED, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "kind", "kind", TYPE_ENUM, 0, &insp_enum_practice_kind, -1, G_MININT64, G_MAXINT64, "good" },
  { "sector", "sector", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "description", "description", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "effect", "effect", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
  { "lessons", "lessons", TYPE_TEXT, FIELD_NULLABLE, NULL, -1, G_MININT64, G_MAXINT64, NULL },
};
static const InspEntity entities[] = {
  { "organisations", "organisations", organisations_fields, G_N_ELEMENTS (organisations_fields), NULL, 0, "created, uuid", KEY_SINGLETON },
  { "groups", "groups", groups_fields, G_N_ELEMENTS (groups_fields), NULL, 0, "position, uuid", KEY_COLUMN },
  { "persons", "persons", persons_fields, G_N_ELEMENTS (persons_fields), persons_children, G_N_ELEMENTS (persons_children), "created, uuid", KEY_NONE },
  { "applications", "applications", applications_fields, G_N_ELEMENTS (applications_fields), applications_children, G_N_ELEMENTS (applications_children), "created, uuid", KEY_NONE },
  { "phases", "phases", phases_fields, G_N_ELEMENTS (phases_fields), phases_children, G_N_ELEMENTS (phases_children), "application, ENUMORDER:phase:phase, round, uuid", KEY_NONE,
    "application,phase,round" },
  { "activities", "activities", activities_fields, G_N_ELEMENTS (activities_fields), activities_children, G_N_ELEMENTS (activities_children), "created, uuid", KEY_NONE },
  { "data_items", "data_items", data_items_fields, G_N_ELEMENTS (data_items_fields), NULL, 0, "created, uuid", KEY_NONE },
  { "assessments", "assessments", assessments_fields, G_N_ELEMENTS (assessments_fields), assessments_children, G_N_ELEMENTS (assessments_children), "created, uuid", KEY_NONE },
  { "invisible_work", "invisible_work", invisible_work_fields, G_N_ELEMENTS (invisible_work_fields), NULL, 0, "created, uuid", KEY_NONE },
  { "vendors", "vendors", vendors_fields, G_N_ELEMENTS (vendors_fields), NULL, 0, "created, uuid", KEY_NONE },
  { "vendor_questions", "vendor_questions", vendor_questions_fields, G_N_ELEMENTS (vendor_questions_fields), NULL, 0, "vendor, position, uuid", KEY_NONE },
  { "feedback", "feedback", feedback_fields, G_N_ELEMENTS (feedback_fields), NULL, 0, "created, uuid", KEY_NONE },
  { "actions", "actions", actions_fields, G_N_ELEMENTS (actions_fields), actions_children, G_N_ELEMENTS (actions_children), "created, uuid", KEY_NONE },
  { "preconditions", "preconditions", preconditions_fields, G_N_ELEMENTS (preconditions_fields), NULL, 0, "created, uuid", KEY_NONE },
  { "sections", "sections", sections_fields, G_N_ELEMENTS (sections_fields), sections_children, G_N_ELEMENTS (sections_children), "position, uuid", KEY_COLUMN },
  { "versions", "versions", versions_fields, G_N_ELEMENTS (versions_fields), versions_children, G_N_ELEMENTS (versions_children), "number", KEY_NONE },
  { "reviews", "reviews", reviews_fields, G_N_ELEMENTS (reviews_fields), reviews_children, G_N_ELEMENTS (reviews_children), "created, uuid", KEY_NONE },
  { "practices", "practices", practices_fields, G_N_ELEMENTS (practices_fields), NULL, 0, "created, uuid", KEY_NONE },
};

/* Indices into entities[], for references. */
enum {
  ENTITY_ORGANISATIONS = 0,
  ENTITY_GROUPS = 1,
  ENTITY_PERSONS = 2,
  ENTITY_APPLICATIONS = 3,
  ENTITY_PHASES = 4,
  ENTITY_ACTIVITIES = 5,
  ENTITY_DATA_ITEMS = 6,
  ENTITY_ASSESSMENTS = 7,
  ENTITY_INVISIBLE_WORK = 8,
  ENTITY_VENDORS = 9,
  ENTITY_VENDOR_QUESTIONS = 10,
  ENTITY_FEEDBACK = 11,
  ENTITY_ACTIONS = 12,
  ENTITY_PRECONDITIONS = 13,
  ENTITY_SECTIONS = 14,
  ENTITY_VERSIONS = 15,
  ENTITY_REVIEWS = 16,
  ENTITY_PRACTICES = 17,
  N_ENTITIES
};

/* The enumerations an export order can name (ENUMORDER:column:enum). */
static const InspEnum *
lookup_enum (const char *name)
{
  static const InspEnum *all[] = {
    &insp_enum_person_role, &insp_enum_trigger, &insp_enum_phase, &insp_enum_topic,
  };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      if (strcmp (all[i]->name, name) == 0)
        return all[i];
    }
  g_assert_not_reached ();
}

/* Plural names of the entities, for the import summary, in entities[] order. */
static const char *entity_labels[] = {
  N_("Organisation"),
  N_("Stakeholder groups"),
  N_("People"),
  N_("AI applications"),
  N_("Phases"),
  N_("Participation activities"),
  N_("Data about workers"),
  N_("Impact assessments"),
  N_("Invisible work"),
  N_("Vendors"),
  N_("Vendor questions"),
  N_("Feedback and complaints"),
  N_("Actions"),
  N_("Preconditions"),
  N_("Vision sections"),
  N_("Vision versions"),
  N_("Reviews"),
  N_("Practices"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (entity_labels) == N_ENTITIES);

/* ------------------------------------------------------------------------------------------
 * SQL built from the table
 * ------------------------------------------------------------------------------------------ */

/* Expands an export order such as "application, ENUMORDER:phase:phase, round" into SQL. */
static char *
order_to_sql (const char *order)
{
  g_auto(GStrv) parts = g_strsplit (order, ", ", -1);
  GString *sql = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      if (g_str_has_prefix (parts[i], "ENUMORDER:"))
        {
          g_auto(GStrv) bits = g_strsplit (parts[i], ":", 3);
          const InspEnum *e = lookup_enum (bits[2]);

          g_string_append_printf (sql, "CASE %s", bits[1]);
          for (guint j = 0; j < e->n_values; j++)
            g_string_append_printf (sql, " WHEN '%s' THEN %u", e->values[j].id, j);
          g_string_append (sql, " END");
        }
      else
        {
          g_string_append (sql, parts[i]);
        }
    }

  return g_string_free (sql, FALSE);
}

static char *
columns_sql (const InspField *fields,
             guint            n_fields)
{
  GString *sql = g_string_new (NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      g_string_append (sql, fields[i].column);
    }

  return g_string_free (sql, FALSE);
}

static char *
entity_select_sql (const InspEntity *entity)
{
  g_autofree char *columns = columns_sql (entity->fields, entity->n_fields);
  g_autofree char *order = order_to_sql (entity->order);

  return g_strdup_printf ("SELECT uuid, %s, created, modified FROM %s ORDER BY %s",
                          columns, entity->table, order);
}

static char *
child_select_sql (const InspChild *child)
{
  g_autofree char *columns = columns_sql (child->fields, child->n_fields);
  g_autofree char *order = order_to_sql (child->order);

  return g_strdup_printf ("SELECT %s FROM %s WHERE %s = ? ORDER BY %s",
                          columns, child->table, child->parent_column, order);
}

/* ------------------------------------------------------------------------------------------
 * Export
 * ------------------------------------------------------------------------------------------ */

typedef struct
{
  GString       *buffer;
  GOutputStream *out;
  GCancellable  *cancellable;
  GError        *error;
} Writer;

static gboolean
writer_flush (Writer *w)
{
  if (w->error == NULL && w->buffer->len > 0)
    g_output_stream_write_all (w->out, w->buffer->str, w->buffer->len, NULL,
                               w->cancellable, &w->error);
  g_string_truncate (w->buffer, 0);
  return w->error == NULL;
}

static void
write_indent (Writer *w,
              guint   depth)
{
  g_string_append_c (w->buffer, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (w->buffer, "  ");
}

static void
write_json_string (GString    *buffer,
                   const char *text)
{
  g_string_append_c (buffer, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (buffer, "\\\"");
          break;
        case '\\':
          g_string_append (buffer, "\\\\");
          break;
        case '\n':
          g_string_append (buffer, "\\n");
          break;
        case '\r':
          g_string_append (buffer, "\\r");
          break;
        case '\t':
          g_string_append (buffer, "\\t");
          break;
        case '\b':
          g_string_append (buffer, "\\b");
          break;
        case '\f':
          g_string_append (buffer, "\\f");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (buffer, "\\u%04x", c);
          else
            g_string_append_c (buffer, (char) c);
        }
    }
  g_string_append_c (buffer, '"');
}

/* The shortest decimal form that reads back as the same double. */
static void
write_json_double (GString *buffer,
                   double   value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (text, sizeof text, "%.15g", value);
  if (g_ascii_strtod (text, NULL) != value)
    g_ascii_formatd (text, sizeof text, "%.17g", value);
  g_string_append (buffer, text);
}

static void
write_value (Writer          *w,
             const InspField *field,
             sqlite3_stmt    *stmt,
             int              column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    {
      g_string_append (w->buffer, "null");
      return;
    }

  switch (field->type)
    {
    case TYPE_INT:
      g_string_append_printf (w->buffer, "%" G_GINT64_FORMAT,
                              (gint64) sqlite3_column_int64 (stmt, column));
      break;
    case TYPE_REAL:
      write_json_double (w->buffer, sqlite3_column_double (stmt, column));
      break;
    case TYPE_BOOL:
      g_string_append (w->buffer, sqlite3_column_int (stmt, column) ? "true" : "false");
      break;
    case TYPE_TEXT:
    case TYPE_KEY:
    case TYPE_ENUM:
    case TYPE_DATE:
    case TYPE_UUID:
    case TYPE_REF:
    default:
      write_json_string (w->buffer, (const char *) sqlite3_column_text (stmt, column));
      break;
    }
}

static gboolean
write_children (Writer          *w,
                InspStore       *store,
                const InspChild *child,
                sqlite3_stmt    *stmt,
                const char      *parent_uuid,
                guint            depth,
                GError         **error)
{
  gboolean first = TRUE;
  int rc;

  sqlite3_bind_text (stmt, 1, parent_uuid, -1, SQLITE_STATIC);
  g_string_append_c (w->buffer, ',');
  write_indent (w, depth);
  write_json_string (w->buffer, child->json);
  g_string_append (w->buffer, ": [");

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!first)
        g_string_append_c (w->buffer, ',');
      first = FALSE;
      write_indent (w, depth + 1);
      if (child->scalar)
        {
          write_value (w, &child->fields[0], stmt, 0);
          continue;
        }
      g_string_append_c (w->buffer, '{');
      for (guint i = 0; i < child->n_fields; i++)
        {
          if (i > 0)
            g_string_append_c (w->buffer, ',');
          write_indent (w, depth + 2);
          write_json_string (w->buffer, child->fields[i].json);
          g_string_append (w->buffer, ": ");
          write_value (w, &child->fields[i], stmt, (int) i);
        }
      write_indent (w, depth + 1);
      g_string_append_c (w->buffer, '}');
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }

  if (!first)
    write_indent (w, depth);
  g_string_append_c (w->buffer, ']');
  return TRUE;
}

static gboolean
export_entity (Writer           *w,
               InspStore        *store,
               const InspEntity *entity,
               GHashTable       *only,
               GError          **error)
{
  g_autofree char *sql = entity_select_sql (entity);
  g_autofree sqlite3_stmt **child_stmts = g_new0 (sqlite3_stmt *, entity->n_children + 1);
  sqlite3_stmt *stmt;
  gboolean first = TRUE;
  int rc;

  stmt = insp_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  for (guint c = 0; c < entity->n_children; c++)
    {
      g_autofree char *child_sql = child_select_sql (&entity->children[c]);

      child_stmts[c] = insp_store_prepare (store, child_sql, error);
      if (child_stmts[c] == NULL)
        return FALSE;
    }

  g_string_append_c (w->buffer, ',');
  write_indent (w, 1);
  write_json_string (w->buffer, entity->json);
  g_string_append (w->buffer, ": [");

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uuid = (const char *) sqlite3_column_text (stmt, 0);
      int n = (int) entity->n_fields;

      if (only != NULL && !g_hash_table_contains (only, uuid))
        continue;
      if (!first)
        g_string_append_c (w->buffer, ',');
      first = FALSE;
      write_indent (w, 2);
      g_string_append_c (w->buffer, '{');
      write_indent (w, 3);
      g_string_append (w->buffer, "\"uuid\": ");
      write_json_string (w->buffer, uuid);
      for (guint i = 0; i < entity->n_fields; i++)
        {
          g_string_append_c (w->buffer, ',');
          write_indent (w, 3);
          write_json_string (w->buffer, entity->fields[i].json);
          g_string_append (w->buffer, ": ");
          write_value (w, &entity->fields[i], stmt, (int) i + 1);
        }
      for (guint c = 0; c < entity->n_children; c++)
        {
          if (!write_children (w, store, &entity->children[c], child_stmts[c], uuid, 3, error))
            {
              sqlite3_reset (stmt);
              return FALSE;
            }
        }
      g_string_append (w->buffer, ",");
      write_indent (w, 3);
      g_string_append (w->buffer, "\"created\": ");
      write_json_string (w->buffer, (const char *) sqlite3_column_text (stmt, n + 1));
      g_string_append (w->buffer, ",");
      write_indent (w, 3);
      g_string_append (w->buffer, "\"modified\": ");
      write_json_string (w->buffer, (const char *) sqlite3_column_text (stmt, n + 2));
      write_indent (w, 2);
      g_string_append_c (w->buffer, '}');

      if (w->buffer->len > 64 * 1024 && !writer_flush (w))
        {
          sqlite3_reset (stmt);
          g_propagate_error (error, g_steal_pointer (&w->error));
          return FALSE;
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }

  if (!first)
    write_indent (w, 1);
  g_string_append_c (w->buffer, ']');
  return TRUE;
}

gboolean
_insp_interchange_export (InspStore     *store,
                          GOutputStream *out,
                          GCancellable  *cancellable,
                          GError       **error)
{
  Writer w = { g_string_sized_new (128 * 1024), out, cancellable, NULL };
  gboolean ok = TRUE;

  /* One read transaction, so that the export is a consistent snapshot. */
  if (!insp_store_exec (store, "BEGIN", error))
    {
      g_string_free (w.buffer, TRUE);
      return FALSE;
    }

  g_string_append_printf (w.buffer, "{\n  \"format\": \"%s\",\n  \"version\": %d",
                          INSP_INTERCHANGE_FORMAT, INSP_INTERCHANGE_VERSION);
  for (guint e = 0; ok && e < N_ENTITIES; e++)
    ok = export_entity (&w, store, &entities[e], NULL, error);
  insp_store_exec (store, "COMMIT", NULL);

  if (ok)
    {
      g_string_append (w.buffer, "\n}\n");
      ok = writer_flush (&w);
      if (!ok)
        g_propagate_error (error, g_steal_pointer (&w.error));
    }

  g_clear_error (&w.error);
  g_string_free (w.buffer, TRUE);
  return ok;
}

/* ------------------------------------------------------------------------------------------
 * Validation of a document's shape
 * ------------------------------------------------------------------------------------------ */

struct _InspImport
{
  JsonParser *parser;
  char       *name;
  guint       max_errors;
  JsonArray  *arrays[N_ENTITIES];   /* NULL when the document leaves an entity out */
  GHashTable *uuids[N_ENTITIES];    /* uuid -> index of the row, per entity */
};

typedef struct
{
  const char *name;
  GPtrArray  *errors;
  guint       max_errors;
} Problems;

static gboolean
problems_full (Problems *p)
{
  return p->errors->len >= p->max_errors;
}

static void problems_add (Problems   *p,
                          const char *path,
                          const char *format,
                          ...) G_GNUC_PRINTF (3, 4);

static void
problems_add (Problems   *p,
              const char *path,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (problems_full (p))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (p->errors, g_strdup_printf ("%s: %s: %s", p->name, path, message));
}

static gboolean
problems_to_error (Problems *p,
                   GError  **error)
{
  g_autofree char *message = NULL;

  if (p->errors->len == 0)
    return TRUE;

  g_ptr_array_add (p->errors, NULL);
  message = g_strjoinv ("\n", (char **) p->errors->pdata);
  g_set_error_literal (error, INSP_ERROR, INSP_ERROR_INVALID_DATA, message);
  return FALSE;
}

static gboolean
is_canonical_uuid (const char *text)
{
  if (strlen (text) != 36)
    return FALSE;

  for (guint i = 0; i < 36; i++)
    {
      char c = text[i];

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (c != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (c) && !(c >= 'a' && c <= 'f'))
        {
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
is_key (const char *text)
{
  if (*text == '\0' || strlen (text) > 64)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_date (const char *text)
{
  int year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gboolean
is_timestamp (const char *text)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *date = NULL;

  /* YYYY-MM-DDTHH:MM:SSZ exactly. */
  if (strlen (text) != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':'
      || text[19] != 'Z')
    return FALSE;

  date = g_strndup (text, 10);
  if (!is_date (date))
    return FALSE;
  for (guint i = 11; i < 19; i++)
    {
      if (i != 13 && i != 16 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  time = g_date_time_new_from_iso8601 (text, NULL);
  return time != NULL;
}

static const char *
json_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN:
          return _("a boolean");
        case G_TYPE_STRING:
          return _("a string");
        default:
          return _("a number");
        }
    }
}

/* Checks one value against its field. @path is the value's JSON path. */
static void
check_value (Problems        *p,
             const InspField *field,
             JsonNode        *node,
             const char      *path)
{
  GType value_type;
  const char *text;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (!(field->flags & FIELD_NULLABLE))
        problems_add (p, path, _("must not be null"));
      return;
    }

  value_type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  switch (field->type)
    {
    case TYPE_INT:
      if (value_type != G_TYPE_INT64)
        {
          problems_add (p, path, _("must be a whole number, not %s"), json_type_name (node));
        }
      else
        {
          gint64 value = json_node_get_int (node);

          if (value < field->min || value > field->max)
            {
              g_autofree char *text_value = g_strdup_printf ("%" G_GINT64_FORMAT, value);
              g_autofree char *text_min = g_strdup_printf ("%" G_GINT64_FORMAT, field->min);
              g_autofree char *text_max = g_strdup_printf ("%" G_GINT64_FORMAT, field->max);

              /* Translators: "3 is out of range (-2 to 2)" */
              problems_add (p, path, _("%s is out of range (%s to %s)"),
                            text_value, text_min, text_max);
            }
        }
      return;

    case TYPE_REAL:
      if (value_type != G_TYPE_INT64 && value_type != G_TYPE_DOUBLE)
        problems_add (p, path, _("must be a number, not %s"), json_type_name (node));
      else if (!isfinite (json_node_get_double (node)))
        problems_add (p, path, _("the number is too large"));
      else if (json_node_get_double (node) < 0)
        problems_add (p, path, _("must not be negative"));
      return;

    case TYPE_BOOL:
      if (value_type != G_TYPE_BOOLEAN)
        problems_add (p, path, _("must be true or false, not %s"), json_type_name (node));
      return;

    case TYPE_TEXT:
    case TYPE_KEY:
    case TYPE_ENUM:
    case TYPE_DATE:
    case TYPE_UUID:
    case TYPE_REF:
    default:
      break;
    }

  if (value_type != G_TYPE_STRING)
    {
      problems_add (p, path, _("must be a string, not %s"), json_type_name (node));
      return;
    }

  text = json_node_get_string (node);
  switch (field->type)
    {
    case TYPE_KEY:
      if (!is_key (text))
        problems_add (p, path,
                      _("“%s” is not an identifier (lowercase letters, digits and hyphens)"),
                      text);
      break;
    case TYPE_ENUM:
      if (!insp_enum_contains (field->enumeration, text))
        {
          g_autofree char *ids = insp_enum_dup_ids (field->enumeration);

          problems_add (p, path, _("“%s” is not one of %s"), text, ids);
        }
      break;
    case TYPE_DATE:
      if (!is_date (text))
        problems_add (p, path, _("“%s” is not a date of the form YYYY-MM-DD"), text);
      break;
    case TYPE_UUID:
    case TYPE_REF:
      if (!is_canonical_uuid (text))
        problems_add (p, path, _("“%s” is not a UUID in lowercase canonical form"), text);
      break;
    case TYPE_TEXT:
    case TYPE_INT:
    case TYPE_REAL:
    case TYPE_BOOL:
    default:
      break;
    }
}

/* Checks the members of @object against @fields (plus any of @extra, such as the nested
 * arrays), reporting unknown and missing keys. */
static void
check_object_fields (Problems         *p,
                     JsonObject       *object,
                     const InspField  *fields,
                     guint             n_fields,
                     const char *const *extra,
                     const char       *path)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL && !problems_full (p); l = l->next)
    {
      const char *key = l->data;
      gboolean known = FALSE;

      for (guint i = 0; !known && i < n_fields; i++)
        known = strcmp (fields[i].json, key) == 0;
      for (guint i = 0; !known && extra != NULL && extra[i] != NULL; i++)
        known = strcmp (extra[i], key) == 0;

      if (!known)
        {
          g_autofree char *member_path = g_strdup_printf ("%s.%s", path, key);

          problems_add (p, member_path, _("unknown field"));
        }
    }

  for (guint i = 0; i < n_fields && !problems_full (p); i++)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, fields[i].json);
      JsonNode *node = json_object_get_member (object, fields[i].json);

      if (node == NULL)
        {
          if (fields[i].flags & FIELD_REQUIRED)
            problems_add (p, path, _("the required field “%s” is missing"), fields[i].json);
          continue;
        }
      check_value (p, &fields[i], node, member_path);
    }
}

static const InspField *
find_field (const InspField *fields,
            guint            n_fields,
            const char      *json)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (strcmp (fields[i].json, json) == 0)
        return &fields[i];
    }
  g_assert_not_reached ();
}

/* A key made of the values of @names (JSON keys separated by commas) in @object, a missing
 * key counting as its default: rows with the same key would break a UNIQUE constraint. */
static char *
composite_key (JsonObject      *object,
               const InspField *fields,
               guint            n_fields,
               const char      *names)
{
  g_auto(GStrv) parts = g_strsplit (names, ",", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const InspField *field = find_field (fields, n_fields, parts[i]);
      JsonNode *node = json_object_get_member (object, parts[i]);

      g_string_append_c (key, '\x1f');
      if (node == NULL)
        {
          if (field->fallback != NULL)
            g_string_append (key, field->fallback);
        }
      else if (JSON_NODE_HOLDS_VALUE (node)
               && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          g_string_append (key, json_node_get_string (node));
        }
      else if (JSON_NODE_HOLDS_VALUE (node)
               && json_node_get_value_type (node) == G_TYPE_INT64)
        {
          g_string_append_printf (key, "%" G_GINT64_FORMAT, json_node_get_int (node));
        }
    }

  return g_string_free (key, FALSE);
}

/* "application,phase,round" as "application, phase, round", for messages. */
static char *
names_for_message (const char *names)
{
  g_auto(GStrv) parts = g_strsplit (names, ",", -1);

  return g_strjoinv (", ", parts);
}

static void
check_child (Problems        *p,
             const InspChild *child,
             JsonNode        *node,
             const char      *path)
{
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problems_add (p, path, _("must be an array, not %s"), json_type_name (node));
      return;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > MAX_NESTED_ITEMS)
    {
      problems_add (p, path, _("has more than %d items"), MAX_NESTED_ITEMS);
      return;
    }

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < length && !problems_full (p); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      JsonNode *item = json_array_get_element (array, i);
      g_autofree char *key = NULL;

      if (child->scalar)
        {
          check_value (p, &child->fields[0], item, item_path);
          if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
            key = g_strdup (json_node_get_string (item));
        }
      else if (!JSON_NODE_HOLDS_OBJECT (item))
        {
          problems_add (p, item_path, _("must be an object, not %s"), json_type_name (item));
          continue;
        }
      else
        {
          check_object_fields (p, json_node_get_object (item), child->fields, child->n_fields,
                               NULL, item_path);
          if (child->unique != NULL)
            key = composite_key (json_node_get_object (item), child->fields, child->n_fields,
                                 child->unique);
        }

      if (key != NULL)
        {
          if (g_hash_table_contains (seen, key))
            problems_add (p, item_path, _("the same item appears twice in this list"));
          else
            g_hash_table_add (seen, g_steal_pointer (&key));
        }
    }
}

static void
check_entity_row (Problems         *p,
                  InspImport       *import,
                  guint             e,
                  guint             index,
                  JsonNode         *node,
                  GHashTable       *all_uuids,
                  GHashTable      **unique_values)
{
  const InspEntity *entity = &entities[e];
  g_autofree char *path = g_strdup_printf ("$.%s[%u]", entity->json, index);
  g_autofree const char **extra = g_new0 (const char *, entity->n_children + 4);
  JsonObject *object;
  JsonNode *uuid_node;
  guint n_extra = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problems_add (p, path, _("must be an object, not %s"), json_type_name (node));
      return;
    }
  object = json_node_get_object (node);

  extra[n_extra++] = "uuid";
  extra[n_extra++] = "created";
  extra[n_extra++] = "modified";
  for (guint c = 0; c < entity->n_children; c++)
    extra[n_extra++] = entity->children[c].json;

  uuid_node = json_object_get_member (object, "uuid");
  if (uuid_node == NULL)
    {
      problems_add (p, path, _("the required field “%s” is missing"), "uuid");
    }
  else
    {
      static const InspField uuid_field = { "uuid", "uuid", TYPE_UUID, FIELD_REQUIRED, NULL, -1,
                                            0, 0, NULL };
      g_autofree char *uuid_path = g_strconcat (path, ".uuid", NULL);
      guint before = p->errors->len;

      check_value (p, &uuid_field, uuid_node, uuid_path);
      if (p->errors->len == before)
        {
          const char *uuid = json_node_get_string (uuid_node);
          const char *other = g_hash_table_lookup (all_uuids, uuid);

          if (other != NULL)
            problems_add (p, uuid_path, _("duplicate uuid (also at %s)"), other);
          else
            g_hash_table_insert (all_uuids, (char *) uuid, g_strdup (path));
          g_hash_table_insert (import->uuids[e], (char *) uuid, GUINT_TO_POINTER (index));
        }
    }

  check_object_fields (p, object, entity->fields, entity->n_fields, extra, path);

  for (guint f = 0; f < entity->n_fields; f++)
    {
      JsonNode *value = json_object_get_member (object, entity->fields[f].json);
      g_autofree char *field_path = NULL;
      const char *text;
      const char *other;

      if (!(entity->fields[f].flags & FIELD_UNIQUE) || value == NULL)
        continue;
      if (!JSON_NODE_HOLDS_VALUE (value))
        continue;

      if (unique_values[f] == NULL)
        unique_values[f] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      text = json_node_get_value_type (value) == G_TYPE_STRING
               ? json_node_get_string (value) : NULL;
      field_path = g_strdup_printf ("%s.%s", path, entity->fields[f].json);
      if (text == NULL)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     json_node_get_int (value));
          other = g_hash_table_lookup (unique_values[f], number);
          if (other != NULL)
            problems_add (p, field_path, _("the same value as %s"), other);
          else
            g_hash_table_insert (unique_values[f], g_steal_pointer (&number),
                                 g_strdup (field_path));
        }
      else
        {
          other = g_hash_table_lookup (unique_values[f], text);
          if (other != NULL)
            problems_add (p, field_path, _("the same value as %s"), other);
          else
            g_hash_table_insert (unique_values[f], g_strdup (text), g_strdup (field_path));
        }
    }

  if (entity->unique != NULL)
    {
      g_autofree char *key = composite_key (object, entity->fields, entity->n_fields,
                                            entity->unique);
      GHashTable **seen = &unique_values[entity->n_fields];
      const char *other;

      if (*seen == NULL)
        *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      other = g_hash_table_lookup (*seen, key);
      if (other != NULL)
        {
          g_autofree char *names = names_for_message (entity->unique);

          /* Translators: "the same values of application, phase, round as $.phases[0]" */
          problems_add (p, path, _("the same values of %s as %s"), names, other);
        }
      else
        {
          g_hash_table_insert (*seen, g_steal_pointer (&key), g_strdup (path));
        }
    }

  for (guint c = 0; c < entity->n_children && !problems_full (p); c++)
    {
      JsonNode *child = json_object_get_member (object, entity->children[c].json);
      g_autofree char *child_path = NULL;

      if (child == NULL)
        continue;
      child_path = g_strdup_printf ("%s.%s", path, entity->children[c].json);
      check_child (p, &entity->children[c], child, child_path);
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *key = i == 0 ? "created" : "modified";
      JsonNode *stamp = json_object_get_member (object, key);
      g_autofree char *stamp_path = NULL;

      if (stamp == NULL)
        continue;
      stamp_path = g_strdup_printf ("%s.%s", path, key);
      if (!JSON_NODE_HOLDS_VALUE (stamp) || json_node_get_value_type (stamp) != G_TYPE_STRING)
        problems_add (p, stamp_path, _("must be a string, not %s"), json_type_name (stamp));
      else if (!is_timestamp (json_node_get_string (stamp)))
        problems_add (p, stamp_path,
                      _("“%s” is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ"),
                      json_node_get_string (stamp));
    }
}

void
insp_import_free (InspImport *import)
{
  if (import == NULL)
    return;

  for (guint e = 0; e < N_ENTITIES; e++)
    g_clear_pointer (&import->uuids[e], g_hash_table_unref);
  g_clear_object (&import->parser);
  g_free (import->name);
  g_free (import);
}

static InspImport *parse_document (GBytes      *data,
                                   const char  *display_name,
                                   guint        max_errors,
                                   int          only_entity,
                                   GError     **error);

/**
 * insp_import_new:
 * @data: the JSON document
 * @display_name: the file's name in messages, such as "people.json" or "<stdin>"
 * @max_errors: how many problems to report at most (1: the first only)
 * @error: the problems found, one per line, with their location
 *
 * Reads an interchange document and checks everything that can be checked without a
 * workspace: strict JSON (line and column of a syntax error), the format and version, the
 * types, required fields, identifiers, dates, UUIDs and duplicates (with the JSON path of a
 * problem). References are resolved when the import is planned against a workspace.
 *
 * Returns: (transfer full) (nullable): the document, ready to plan and apply
 */
InspImport *
insp_import_new (GBytes      *data,
                 const char  *display_name,
                 guint        max_errors,
                 GError     **error)
{
  return parse_document (data, display_name, max_errors, -1, error);
}

/* Reads and checks a workspace document (@only_entity -1) or a document holding one
 * entity's array only (the casebook: ENTITY_PRACTICES), with the same checks and messages. */
static InspImport *
parse_document (GBytes      *data,
                const char  *display_name,
                guint        max_errors,
                int          only_entity,
                GError     **error)
{
  g_autoptr(InspImport) import = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GHashTable) all_uuids = NULL;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  Problems p = { display_name, errors, MAX (max_errors, 1) };
  const char *bytes;
  gsize length;
  JsonNode *root;
  JsonObject *object;
  JsonNode *node;
  guint total_rows = 0;
  const char *format = only_entity == ENTITY_PRACTICES ? INSP_CASEBOOK_FORMAT
                                                       : INSP_INTERCHANGE_FORMAT;
  int expected_version = only_entity == ENTITY_PRACTICES ? INSP_CASEBOOK_VERSION
                                                         : INSP_INTERCHANGE_VERSION;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  bytes = g_bytes_get_data (data, &length);
  if (!insp_json_scan (bytes, length, display_name, error))
    return NULL;

  import = g_new0 (InspImport, 1);
  import->name = g_strdup (display_name);
  import->max_errors = p.max_errors;
  import->parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (import->parser, bytes, (gssize) length, &parse_error))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA, "%s: %s", display_name,
                   parse_error->message);
      return NULL;
    }

  root = json_parser_get_root (import->parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      problems_add (&p, "$", _("must be an object, not %s"),
                    root != NULL ? json_type_name (root) : "null");
      problems_to_error (&p, error);
      return NULL;
    }
  object = json_node_get_object (root);

  node = json_object_get_member (object, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING
      || strcmp (json_node_get_string (node), format) != 0)
    {
      if (only_entity == ENTITY_PRACTICES)
        problems_add (&p, "$.format",
                      _("expected “%s”: this is not an Inspraak casebook file"), format);
      else
        problems_add (&p, "$.format",
                      _("expected “%s”: this is not an Inspraak workspace file"), format);
      problems_to_error (&p, error);
      return NULL;
    }

  node = json_object_get_member (object, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      problems_add (&p, "$.version", _("a whole number is required"));
      problems_to_error (&p, error);
      return NULL;
    }
  if (json_node_get_int (node) != expected_version)
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      problems_add (&p, "$.version",
                    _("unsupported version %s (this version of Inspraak reads version %d)"),
                    version, expected_version);
      problems_to_error (&p, error);
      return NULL;
    }

  /* Unknown top-level members. */
  {
    g_autoptr(GList) members = json_object_get_members (object);

    for (GList *l = members; l != NULL; l = l->next)
      {
        const char *key = l->data;
        gboolean known = strcmp (key, "format") == 0 || strcmp (key, "version") == 0;

        for (guint e = 0; !known && e < N_ENTITIES; e++)
          known = (only_entity < 0 || (int) e == only_entity)
                  && strcmp (key, entities[e].json) == 0;
        if (!known)
          {
            g_autofree char *path = g_strdup_printf ("$.%s", key);

            problems_add (&p, path, _("unknown field"));
          }
      }
  }

  all_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint e = 0; e < N_ENTITIES && !problems_full (&p); e++)
    {
      g_autofree char *path = g_strdup_printf ("$.%s", entities[e].json);
      GHashTable *unique_values[32] = { NULL, };
      guint length_e;

      g_assert (entities[e].n_fields + 1 < G_N_ELEMENTS (unique_values));
      import->uuids[e] = g_hash_table_new (g_str_hash, g_str_equal);
      if (only_entity >= 0 && (int) e != only_entity)
        continue;
      node = json_object_get_member (object, entities[e].json);
      if (node == NULL)
        {
          if (e == ENTITY_ORGANISATIONS || (int) e == only_entity)
            problems_add (&p, "$", _("the required field “%s” is missing"), entities[e].json);
          continue;
        }
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          problems_add (&p, path, _("must be an array, not %s"), json_type_name (node));
          continue;
        }

      import->arrays[e] = json_node_get_array (node);
      length_e = json_array_get_length (import->arrays[e]);
      total_rows += length_e;
      if (total_rows > MAX_ROWS_TOTAL)
        {
          problems_add (&p, path, _("the file holds more than %d rows"), MAX_ROWS_TOTAL);
          break;
        }
      if (e == ENTITY_ORGANISATIONS && length_e != 1)
        {
          problems_add (&p, path, _("exactly one organisation is required, not %u"), length_e);
          continue;
        }

      for (guint i = 0; i < length_e && !problems_full (&p); i++)
        check_entity_row (&p, import, e, i, json_array_get_element (import->arrays[e], i),
                          all_uuids, unique_values);

      for (guint f = 0; f < G_N_ELEMENTS (unique_values); f++)
        g_clear_pointer (&unique_values[f], g_hash_table_unref);
    }

  if (!problems_to_error (&p, error))
    return NULL;

  return g_steal_pointer (&import);
}

/* ------------------------------------------------------------------------------------------
 * Planning: references, matches with the workspace, what will change
 * ------------------------------------------------------------------------------------------ */

typedef struct
{
  guint added;
  guint updated;
  guint removed;
} Counts;

struct _InspImportSummary
{
  Counts counts[N_ENTITIES];
};

typedef struct
{
  InspStore  *store;
  InspImport *import;
  gboolean    replace;
  GHashTable *remap;   /* document uuid -> workspace uuid, for rows matched by key */
} Plan;

static gboolean
store_has_uuid (InspStore  *store,
                const char *table,
                const char *uuid,
                GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE uuid = ?", table);
  sqlite3_stmt *stmt = insp_store_prepare (store, sql, error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static const char *
plan_map (Plan       *plan,
          const char *uuid)
{
  const char *mapped = g_hash_table_lookup (plan->remap, uuid);

  return mapped != NULL ? mapped : uuid;
}

static JsonObject *
row_object (InspImport *import,
            guint       e,
            guint       i)
{
  return json_array_get_object_element (import->arrays[e], i);
}

static const char *
row_string (JsonObject *object,
            const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Rows of the document that stand for rows the workspace already has under another uuid:
 * the organisation, and the built-in groups and sections (by key). */
static gboolean
plan_matches (Plan    *plan,
              GError **error)
{
  for (guint e = 0; e < N_ENTITIES; e++)
    {
      const InspEntity *entity = &entities[e];
      g_autofree char *sql = NULL;
      guint length;

      if (entity->key_kind == KEY_NONE || plan->import->arrays[e] == NULL || plan->replace)
        continue;

      sql = entity->key_kind == KEY_SINGLETON
              ? g_strdup_printf ("SELECT uuid FROM %s LIMIT 1", entity->table)
              : g_strdup_printf ("SELECT uuid FROM %s WHERE key = ?", entity->table);
      length = json_array_get_length (plan->import->arrays[e]);
      for (guint i = 0; i < length; i++)
        {
          JsonObject *object = row_object (plan->import, e, i);
          const char *uuid = row_string (object, "uuid");
          const char *key = row_string (object, "key");
          sqlite3_stmt *stmt = insp_store_prepare (plan->store, sql, error);

          if (stmt == NULL)
            return FALSE;
          if (entity->key_kind == KEY_COLUMN)
            {
              if (key == NULL)
                continue;
              sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
            }
          if (sqlite3_step (stmt) == SQLITE_ROW)
            {
              const char *existing = (const char *) sqlite3_column_text (stmt, 0);

              if (strcmp (existing, uuid) != 0)
                g_hash_table_insert (plan->remap, g_strdup (uuid), g_strdup (existing));
            }
          sqlite3_reset (stmt);
        }
    }

  return TRUE;
}

static void
plan_check_ref (Plan            *plan,
                Problems        *p,
                const InspField *field,
                JsonNode        *node,
                const char      *path,
                GError         **error)
{
  const char *uuid;

  if (field->type != TYPE_REF || node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;

  uuid = json_node_get_string (node);
  if (g_hash_table_contains (plan->import->uuids[field->ref], uuid))
    return;
  if (!plan->replace
      && store_has_uuid (plan->store, entities[field->ref].table, plan_map (plan, uuid), NULL))
    return;

  problems_add (p, path, _("no row of “%s” has the uuid %s, in the file or in the workspace"),
                entities[field->ref].json, uuid);
}

static void bind_value (sqlite3_stmt    *stmt,
                        int              column,
                        const InspField *field,
                        JsonNode        *node,
                        Plan            *plan);

/* A row whose unique combination of values (such as a phase's application, phase and
 * round) another row of the workspace already has. */
static gboolean
plan_check_composite (Plan       *plan,
                      Problems   *p,
                      guint       e,
                      guint       i,
                      JsonObject *object,
                      GError    **error)
{
  const InspEntity *entity = &entities[e];
  g_auto(GStrv) names = g_strsplit (entity->unique, ",", -1);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  guint n;

  g_string_append_printf (sql, "SELECT uuid FROM %s WHERE uuid != ?", entity->table);
  for (n = 0; names[n] != NULL; n++)
    g_string_append_printf (sql, " AND %s = ?",
                            find_field (entity->fields, entity->n_fields, names[n])->column);

  stmt = insp_store_prepare (plan->store, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, plan_map (plan, row_string (object, "uuid")), -1,
                     SQLITE_TRANSIENT);
  for (n = 0; names[n] != NULL; n++)
    bind_value (stmt, (int) n + 2, find_field (entity->fields, entity->n_fields, names[n]),
                json_object_get_member (object, names[n]), plan);

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *path = g_strdup_printf ("$.%s[%u]", entity->json, i);
      g_autofree char *list = names_for_message (entity->unique);

      /* Translators: "…: the workspace already has another row with the same values of
       * application, phase, round" */
      problems_add (p, path, _("the workspace already has another row with the same values "
                               "of %s"), list);
    }
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
plan_references (Plan    *plan,
                 GError **error)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  Problems p = { plan->import->name, errors, plan->import->max_errors };

  for (guint e = 0; e < N_ENTITIES && !problems_full (&p); e++)
    {
      const InspEntity *entity = &entities[e];
      guint length;

      if (plan->import->arrays[e] == NULL)
        continue;
      length = json_array_get_length (plan->import->arrays[e]);
      for (guint i = 0; i < length && !problems_full (&p); i++)
        {
          JsonObject *object = row_object (plan->import, e, i);

          for (guint f = 0; f < entity->n_fields; f++)
            {
              g_autofree char *path = NULL;

              if (entity->fields[f].type != TYPE_REF)
                continue;
              path = g_strdup_printf ("$.%s[%u].%s", entity->json, i, entity->fields[f].json);
              plan_check_ref (plan, &p, &entity->fields[f],
                              json_object_get_member (object, entity->fields[f].json), path,
                              error);
            }

          for (guint c = 0; c < entity->n_children; c++)
            {
              const InspChild *child = &entity->children[c];
              JsonArray *items = json_object_has_member (object, child->json)
                                   ? json_object_get_array_member (object, child->json) : NULL;

              for (guint k = 0; items != NULL && k < json_array_get_length (items); k++)
                {
                  JsonNode *item = json_array_get_element (items, k);

                  for (guint f = 0; f < child->n_fields; f++)
                    {
                      g_autofree char *path = NULL;
                      JsonNode *value;

                      if (child->fields[f].type != TYPE_REF)
                        continue;
                      value = child->scalar
                                ? item
                                : json_object_get_member (json_node_get_object (item),
                                                          child->fields[f].json);
                      path = child->scalar
                               ? g_strdup_printf ("$.%s[%u].%s[%u]", entity->json, i,
                                                  child->json, k)
                               : g_strdup_printf ("$.%s[%u].%s[%u].%s", entity->json, i,
                                                  child->json, k, child->fields[f].json);
                      plan_check_ref (plan, &p, &child->fields[f], value, path, error);
                    }
                }
            }

          /* Unique values must not clash with another row of the workspace. */
          for (guint f = 0; !plan->replace && f < entity->n_fields; f++)
            {
              const InspField *field = &entity->fields[f];
              JsonNode *value = json_object_get_member (object, field->json);
              g_autofree char *sql = NULL;
              sqlite3_stmt *stmt;
              const char *uuid = plan_map (plan, row_string (object, "uuid"));

              if (!(field->flags & FIELD_UNIQUE) || value == NULL || JSON_NODE_HOLDS_NULL (value))
                continue;
              sql = g_strdup_printf ("SELECT uuid FROM %s WHERE %s = ? AND uuid != ?",
                                     entity->table, field->column);
              stmt = insp_store_prepare (plan->store, sql, error);
              if (stmt == NULL)
                return FALSE;
              if (field->type == TYPE_INT)
                sqlite3_bind_int64 (stmt, 1, json_node_get_int (value));
              else
                sqlite3_bind_text (stmt, 1, json_node_get_string (value), -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
              if (sqlite3_step (stmt) == SQLITE_ROW)
                {
                  g_autofree char *path = g_strdup_printf ("$.%s[%u].%s", entity->json, i,
                                                           field->json);

                  problems_add (&p, path,
                                _("the workspace already has another row with this value"));
                }
              sqlite3_reset (stmt);
            }

          if (!plan->replace && entity->unique != NULL
              && !plan_check_composite (plan, &p, e, i, object, error))
            return FALSE;
        }
    }

  return problems_to_error (&p, error);
}

static gboolean
plan_counts (Plan              *plan,
             InspImportSummary *summary,
             GError           **error)
{
  for (guint e = 0; e < N_ENTITIES; e++)
    {
      const InspEntity *entity = &entities[e];
      guint length = plan->import->arrays[e] != NULL
                       ? json_array_get_length (plan->import->arrays[e]) : 0;
      guint existing = 0;

      for (guint i = 0; i < length; i++)
        {
          const char *uuid = plan_map (plan, row_string (row_object (plan->import, e, i),
                                                         "uuid"));

          if (store_has_uuid (plan->store, entity->table, uuid, NULL))
            existing++;
        }

      if (plan->replace)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", entity->table);
          sqlite3_stmt *stmt = insp_store_prepare (plan->store, sql, error);
          guint in_store;

          if (stmt == NULL)
            return FALSE;
          sqlite3_step (stmt);
          in_store = (guint) sqlite3_column_int (stmt, 0);
          sqlite3_reset (stmt);
          summary->counts[e].removed = in_store - existing;
        }
      summary->counts[e].updated = existing;
      summary->counts[e].added = length - existing;
    }

  return TRUE;
}

static InspImportSummary *
plan_run (Plan    *plan,
          GError **error)
{
  g_autofree InspImportSummary *summary = g_new0 (InspImportSummary, 1);

  if (!plan_matches (plan, error) || !plan_references (plan, error)
      || !plan_counts (plan, summary, error))
    return NULL;

  return g_steal_pointer (&summary);
}

InspImportSummary *
_insp_interchange_plan (InspStore  *store,
                        InspImport *import,
                        gboolean    replace,
                        GError    **error)
{
  g_autoptr(GHashTable) remap = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Plan plan = { store, import, replace, remap };

  return plan_run (&plan, error);
}

/* ------------------------------------------------------------------------------------------
 * Applying
 * ------------------------------------------------------------------------------------------ */

static void
bind_value (sqlite3_stmt    *stmt,
            int              column,
            const InspField *field,
            JsonNode        *node,
            Plan            *plan)
{
  if (node == NULL)
    {
      if (field->fallback == NULL)
        sqlite3_bind_null (stmt, column);
      else
        sqlite3_bind_text (stmt, column, field->fallback, -1, SQLITE_STATIC);
      return;
    }

  if (JSON_NODE_HOLDS_NULL (node))
    {
      sqlite3_bind_null (stmt, column);
      return;
    }

  switch (field->type)
    {
    case TYPE_INT:
      sqlite3_bind_int64 (stmt, column, json_node_get_int (node));
      break;
    case TYPE_REAL:
      sqlite3_bind_double (stmt, column, json_node_get_double (node));
      break;
    case TYPE_BOOL:
      sqlite3_bind_int (stmt, column, json_node_get_boolean (node) ? 1 : 0);
      break;
    case TYPE_REF:
    case TYPE_UUID:
      /* Rows matched by key (built-in groups, sections) go by the workspace's uuid. */
      sqlite3_bind_text (stmt, column, plan_map (plan, json_node_get_string (node)), -1,
                         SQLITE_TRANSIENT);
      break;
    case TYPE_TEXT:
    case TYPE_KEY:
    case TYPE_ENUM:
    case TYPE_DATE:
    default:
      sqlite3_bind_text (stmt, column, json_node_get_string (node), -1, SQLITE_TRANSIENT);
      break;
    }
}

static char *
entity_upsert_sql (const InspEntity *entity)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (uuid", entity->table);
  for (guint f = 0; f < entity->n_fields; f++)
    g_string_append_printf (sql, ", %s", entity->fields[f].column);
  g_string_append (sql, ", created, modified) VALUES (?");
  for (guint f = 0; f < entity->n_fields + 2; f++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ") ON CONFLICT (uuid) DO UPDATE SET ");
  for (guint f = 0; f < entity->n_fields; f++)
    g_string_append_printf (sql, "%s = excluded.%s, ", entity->fields[f].column,
                            entity->fields[f].column);
  g_string_append (sql, "created = excluded.created, modified = excluded.modified");

  return g_string_free (sql, FALSE);
}

static char *
child_insert_sql (const InspChild *child)
{
  GString *sql = g_string_new (NULL);
  guint n = child->n_fields + 1 + (child->positional ? 1 : 0);

  g_string_append_printf (sql, "INSERT INTO %s (%s", child->table, child->parent_column);
  if (child->positional)
    g_string_append (sql, ", position");
  for (guint f = 0; f < child->n_fields; f++)
    g_string_append_printf (sql, ", %s", child->fields[f].column);
  g_string_append (sql, ") VALUES (?");
  for (guint i = 1; i < n; i++)
    g_string_append (sql, ", ?");
  g_string_append_c (sql, ')');

  return g_string_free (sql, FALSE);
}

static gboolean
step_done (InspStore    *store,
           sqlite3_stmt *stmt,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_children (Plan             *plan,
                const InspEntity *entity,
                JsonObject       *object,
                const char       *uuid,
                GError          **error)
{
  for (guint c = 0; c < entity->n_children; c++)
    {
      const InspChild *child = &entity->children[c];
      g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?",
                                                     child->table, child->parent_column);
      g_autofree char *insert_sql = child_insert_sql (child);
      sqlite3_stmt *delete_stmt;
      sqlite3_stmt *insert_stmt;
      JsonArray *items;

      delete_stmt = insp_store_prepare (plan->store, delete_sql, error);
      if (delete_stmt == NULL)
        return FALSE;
      sqlite3_bind_text (delete_stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      if (!step_done (plan->store, delete_stmt, error))
        return FALSE;

      if (!json_object_has_member (object, child->json))
        continue;
      items = json_object_get_array_member (object, child->json);
      insert_stmt = insp_store_prepare (plan->store, insert_sql, error);
      if (insert_stmt == NULL)
        return FALSE;

      for (guint k = 0; k < json_array_get_length (items); k++)
        {
          JsonNode *item = json_array_get_element (items, k);
          int column = 1;

          sqlite3_bind_text (insert_stmt, column++, uuid, -1, SQLITE_TRANSIENT);
          if (child->positional)
            sqlite3_bind_int (insert_stmt, column++, (int) k);
          for (guint f = 0; f < child->n_fields; f++)
            {
              JsonNode *value = child->scalar
                                  ? item
                                  : json_object_get_member (json_node_get_object (item),
                                                            child->fields[f].json);

              bind_value (insert_stmt, column++, &child->fields[f], value, plan);
            }
          if (!step_done (plan->store, insert_stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
apply_entity (Plan       *plan,
              guint       e,
              const char *now,
              GError    **error)
{
  const InspEntity *entity = &entities[e];
  g_autofree char *sql = entity_upsert_sql (entity);
  guint length;

  if (plan->import->arrays[e] == NULL)
    return TRUE;

  length = json_array_get_length (plan->import->arrays[e]);
  for (guint i = 0; i < length; i++)
    {
      JsonObject *object = row_object (plan->import, e, i);
      const char *uuid = plan_map (plan, row_string (object, "uuid"));
      const char *created = row_string (object, "created");
      const char *modified = row_string (object, "modified");
      sqlite3_stmt *stmt = insp_store_prepare (plan->store, sql, error);
      int column = 1;

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, column++, uuid, -1, SQLITE_TRANSIENT);
      for (guint f = 0; f < entity->n_fields; f++)
        bind_value (stmt, column++, &entity->fields[f],
                    json_object_get_member (object, entity->fields[f].json), plan);
      sqlite3_bind_text (stmt, column++, created != NULL ? created : now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, column++, modified != NULL ? modified : now, -1,
                         SQLITE_TRANSIENT);
      if (!step_done (plan->store, stmt, error))
        return FALSE;

      if (!apply_children (plan, entity, object, uuid, error))
        return FALSE;
    }

  return TRUE;
}

const char * const *
_insp_interchange_get_tables (void)
{
  static const char *tables[N_ENTITIES + 1] = { NULL, };

  if (tables[0] == NULL)
    {
      for (guint e = 0; e < N_ENTITIES; e++)
        tables[e] = entities[e].table;
    }

  return tables;
}

char *
_insp_now_timestamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Applies @import inside the caller's transaction. On failure the caller rolls back. */
gboolean
_insp_interchange_apply (InspStore  *store,
                         InspImport *import,
                         gboolean    replace,
                         GError    **error)
{
  g_autoptr(GHashTable) remap = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree InspImportSummary *summary = NULL;
  g_autofree char *now = _insp_now_timestamp ();
  Plan plan = { store, import, replace, remap };

  summary = plan_run (&plan, error);
  if (summary == NULL)
    return FALSE;

  /* Rows refer to rows later in the document (an action to a section): check at commit. */
  if (!insp_store_exec (store, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;

  if (replace)
    {
      for (guint e = N_ENTITIES; e > 0; e--)
        {
          g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", entities[e - 1].table);

          if (!insp_store_exec (store, sql, error))
            return FALSE;
        }
    }

  for (guint e = 0; e < N_ENTITIES; e++)
    {
      if (!apply_entity (&plan, e, now, error))
        return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * The summary
 * ------------------------------------------------------------------------------------------ */

guint
insp_import_summary_get_n_entities (InspImportSummary *summary)
{
  return N_ENTITIES;
}

/**
 * insp_import_summary_get_entity:
 * @summary: a summary
 * @index: an entity, from 0 to insp_import_summary_get_n_entities () - 1
 * @added: (out) (optional): rows the import adds
 * @updated: (out) (optional): rows the import changes
 * @removed: (out) (optional): rows the import removes (when it replaces the workspace)
 *
 * Returns: the entity's translated name, such as "People"
 */
const char *
insp_import_summary_get_entity (InspImportSummary *summary,
                                guint              index,
                                guint             *added,
                                guint             *updated,
                                guint             *removed)
{
  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (index < N_ENTITIES, NULL);

  if (added != NULL)
    *added = summary->counts[index].added;
  if (updated != NULL)
    *updated = summary->counts[index].updated;
  if (removed != NULL)
    *removed = summary->counts[index].removed;

  return _(entity_labels[index]);
}

guint
insp_import_summary_get_total (InspImportSummary *summary,
                               guint             *added,
                               guint             *updated,
                               guint             *removed)
{
  guint a = 0, u = 0, r = 0;

  g_return_val_if_fail (summary != NULL, 0);

  for (guint e = 0; e < N_ENTITIES; e++)
    {
      a += summary->counts[e].added;
      u += summary->counts[e].updated;
      r += summary->counts[e].removed;
    }
  if (added != NULL)
    *added = a;
  if (updated != NULL)
    *updated = u;
  if (removed != NULL)
    *removed = r;

  return a + u + r;
}

/**
 * insp_import_summary_to_string:
 * @summary: a summary
 *
 * Returns: (transfer full): one line per kind of row that changes, such as
 *   "People: 3 new, 1 updated"
 */
char *
insp_import_summary_to_string (InspImportSummary *summary)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (summary != NULL, NULL);

  for (guint e = 0; e < N_ENTITIES; e++)
    {
      const Counts *c = &summary->counts[e];
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *joined = NULL;

      if (c->added == 0 && c->updated == 0 && c->removed == 0)
        continue;
      if (c->added > 0)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new",
                                                              "%u new", c->added), c->added));
      if (c->updated > 0)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated",
                                                              "%u updated", c->updated),
                                                 c->updated));
      if (c->removed > 0)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u removed",
                                                              "%u removed", c->removed),
                                                 c->removed));
      g_ptr_array_add (parts, NULL);
      joined = g_strjoinv (", ", (char **) parts->pdata);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a line of the import summary: "People: 3 new, 1 updated" */
      g_string_append_printf (text, _("%s: %s"), _(entity_labels[e]), joined);
    }

  if (text->len == 0)
    g_string_append (text, _("Nothing changes: the workspace already holds all of it."));

  return g_string_free (text, FALSE);
}

void
_insp_import_summary_clear_removed (InspImportSummary *summary,
                                    guint              index)
{
  g_return_if_fail (index < N_ENTITIES);

  summary->counts[index].removed = 0;
}

void
insp_import_summary_free (InspImportSummary *summary)
{
  g_free (summary);
}

/* ------------------------------------------------------------------------------------------
 * The casebook: the practices alone, in the same format and with the same checks
 * ------------------------------------------------------------------------------------------ */

/* Writes the practices (all, or those of @uuids) as an inspraak-casebook document. */
gboolean
_insp_casebook_export (InspStore           *store,
                       const char * const  *uuids,
                       GOutputStream       *out,
                       GError             **error)
{
  Writer w = { g_string_sized_new (64 * 1024), out, NULL, NULL };
  g_autoptr(GHashTable) only = NULL;
  gboolean ok;

  if (uuids != NULL)
    {
      only = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; uuids[i] != NULL; i++)
        g_hash_table_add (only, (char *) uuids[i]);
    }

  if (!insp_store_exec (store, "BEGIN", error))
    {
      g_string_free (w.buffer, TRUE);
      return FALSE;
    }
  g_string_append_printf (w.buffer, "{\n  \"format\": \"%s\",\n  \"version\": %d",
                          INSP_CASEBOOK_FORMAT, INSP_CASEBOOK_VERSION);
  ok = export_entity (&w, store, &entities[ENTITY_PRACTICES], only, error);
  insp_store_exec (store, "COMMIT", NULL);

  if (ok)
    {
      g_string_append (w.buffer, "\n}\n");
      ok = writer_flush (&w);
      if (!ok)
        g_propagate_error (error, g_steal_pointer (&w.error));
    }

  g_clear_error (&w.error);
  g_string_free (w.buffer, TRUE);
  return ok;
}

/* Reads and checks an inspraak-casebook document, as insp_import_new () does a workspace. */
InspImport *
_insp_casebook_parse (GBytes      *data,
                      const char  *display_name,
                      guint        max_errors,
                      GError     **error)
{
  return parse_document (data, display_name, max_errors, ENTITY_PRACTICES, error);
}

/* Applies a casebook inside the caller's transaction: a practice that is new is added; one
 * the workspace has already is updated only when the file's "modified" is later than the
 * workspace's (a row without "modified" never overwrites). On failure the caller rolls
 * back. */
gboolean
_insp_casebook_apply (InspStore   *store,
                      InspImport  *import,
                      guint       *added,
                      guint       *updated,
                      guint       *unchanged,
                      GError     **error)
{
  const InspEntity *entity = &entities[ENTITY_PRACTICES];
  g_autoptr(GHashTable) remap = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *upsert = entity_upsert_sql (entity);
  Plan plan = { store, import, FALSE, remap };
  JsonArray *rows = import->arrays[ENTITY_PRACTICES];
  guint length = rows != NULL ? json_array_get_length (rows) : 0;

  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  Problems p = { import->name, errors, import->max_errors };

  /* A uuid names one row of the workspace, whatever its table: a practice that takes the
   * uuid of an application would make the workspace's own export unreadable. */
  for (guint i = 0; i < length && !problems_full (&p); i++)
    {
      const char *uuid = row_string (row_object (import, ENTITY_PRACTICES, i), "uuid");

      for (guint e = 0; e < N_ENTITIES; e++)
        {
          if (e != ENTITY_PRACTICES && store_has_uuid (store, entities[e].table, uuid, NULL))
            {
              g_autofree char *path = g_strdup_printf ("$.practices[%u].uuid", i);

              problems_add (&p, path, _("the workspace has a row of “%s” with this uuid"),
                            entities[e].json);
              break;
            }
        }
    }
  if (!problems_to_error (&p, error))
    return FALSE;

  *added = *updated = *unchanged = 0;
  for (guint i = 0; i < length; i++)
    {
      JsonObject *object = row_object (import, ENTITY_PRACTICES, i);
      const char *uuid = row_string (object, "uuid");
      const char *created = row_string (object, "created");
      const char *modified = row_string (object, "modified");
      g_autofree char *existing = NULL;
      sqlite3_stmt *stmt;
      int column = 1;
      int rc;

      stmt = insp_store_prepare (store, "SELECT modified FROM practices WHERE uuid = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        existing = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          insp_store_set_error (store, error);
          return FALSE;
        }

      if (existing != NULL
          && (modified == NULL || strcmp (modified, existing) <= 0))
        {
          (*unchanged)++;
          continue;
        }

      stmt = insp_store_prepare (store, upsert, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, column++, uuid, -1, SQLITE_TRANSIENT);
      for (guint f = 0; f < entity->n_fields; f++)
        bind_value (stmt, column++, &entity->fields[f],
                    json_object_get_member (object, entity->fields[f].json), &plan);
      sqlite3_bind_text (stmt, column++, created != NULL ? created : now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, column++, modified != NULL ? modified : now, -1,
                         SQLITE_TRANSIENT);
      if (!step_done (store, stmt, error))
        return FALSE;
      if (existing != NULL)
        (*updated)++;
      else
        (*added)++;
    }

  return TRUE;
}
