/* insp-vendor.h — the conversation with an AI vendor: a questionnaire on effectiveness,
 * robustness, data quality, built-in ethical checks and lawfulness; answers, ratings and
 * follow-up; several vendors side by side
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

/* A vendor of an application, candidate or chosen. */
typedef struct
{
  char *uuid;        /* NULL for a new vendor */
  char *name;
  char *notes;       /* nullable */
} InspVendor;

/* One question to a vendor: a built-in one (key set, question NULL: the translated text of
 * the key) or an own one (key NULL, question set). */
typedef struct
{
  char *uuid;        /* NULL for a new question */
  char *vendor;
  char *group;       /* "effectiveness", "robustness", "data-quality", "ethics",
                      * "lawfulness" */
  char *key;         /* nullable: a built-in question's stable key, such as
                      * "effectiveness-evidence" */
  char *question;    /* nullable for a built-in question */
  char *answer;      /* nullable */
  char *rating;      /* "satisfactory", "partial", "unsatisfactory", "unanswered" */
  char *follow_up;   /* nullable */
  int   position;    /* order within the vendor's questionnaire */
} InspVendorQuestion;

/* A built-in question of the questionnaire. */
typedef struct
{
  const char *key;
  const char *group;
  const char *question;   /* untranslated (N_()); use _() or insp_vendor_question_get_text */
} InspBuiltinQuestion;

/* Several vendors of one application side by side. */
typedef struct
{
  char  *group;
  char  *key;        /* nullable: own questions are matched on their text */
  char  *question;   /* translated for a built-in question */
  GStrv  ratings;    /* one per vendor, in the order of the comparison's vendors; "" when
                      * the vendor was not asked this question */
} InspVendorComparisonRow;

typedef struct
{
  GPtrArray *vendors;   /* InspVendor */
  GPtrArray *rows;      /* InspVendorComparisonRow: the groups in DOMAIN.md's order, in each
                         * the built-in questions, then the own ones */
  guint     *counts;    /* n_vendors × 4: the number of questions per rating per vendor, in
                         * insp_enum_rating's order; see insp_vendor_comparison_get_count */
} InspVendorComparison;

const InspBuiltinQuestion *insp_vendor_get_builtin_questions       (guint              *n);
const char                *insp_vendor_builtin_question_get_text   (const char         *key);

InspVendor                *insp_vendor_new                         (void);
void                       insp_vendor_free                        (InspVendor         *vendor);
InspVendorQuestion        *insp_vendor_question_new                (void);
void                       insp_vendor_question_free               (InspVendorQuestion *question);
const char                *insp_vendor_question_get_text           (const InspVendorQuestion *q);
void                       insp_vendor_comparison_free             (InspVendorComparison *cmp);
guint                      insp_vendor_comparison_get_count        (InspVendorComparison *cmp,
                                                                    guint            vendor_index,
                                                                    const char      *rating);

GPtrArray                 *insp_workspace_list_vendors             (InspWorkspace      *self,
                                                                    const char         *application,
                                                                    GError            **error);
gboolean                   insp_workspace_add_vendor               (InspWorkspace      *self,
                                                                    const char         *application,
                                                                    InspVendor         *vendor,
                                                                    GError            **error);
gboolean                   insp_workspace_save_vendor              (InspWorkspace      *self,
                                                                    const char         *application,
                                                                    InspVendor         *vendor,
                                                                    GError            **error);
gboolean                   insp_workspace_delete_vendor            (InspWorkspace      *self,
                                                                    const char         *uuid,
                                                                    GError            **error);
GPtrArray                 *insp_workspace_list_vendor_questions    (InspWorkspace      *self,
                                                                    const char         *vendor,
                                                                    GError            **error);
gboolean                   insp_workspace_add_vendor_question      (InspWorkspace      *self,
                                                                    InspVendorQuestion *question,
                                                                    GError            **error);
gboolean                   insp_workspace_save_vendor_question     (InspWorkspace      *self,
                                                                    InspVendorQuestion *question,
                                                                    GError            **error);
gboolean                   insp_workspace_remove_vendor_question   (InspWorkspace      *self,
                                                                    const char         *uuid,
                                                                    GError            **error);
InspVendorComparison      *insp_workspace_compare_vendors          (InspWorkspace      *self,
                                                                    const char         *application,
                                                                    const char * const *vendors,
                                                                    GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspVendor, insp_vendor_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspVendorQuestion, insp_vendor_question_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspVendorComparison, insp_vendor_comparison_free)

G_END_DECLS
