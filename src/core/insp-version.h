/* insp-version.h — versions of the AI vision, what changed between them, and their review
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "insp-diff.h"
#include "insp-section.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_VERSION (insp_version_get_type ())
#define INSP_TYPE_REVIEW (insp_review_get_type ())

G_DECLARE_FINAL_TYPE (InspVersion, insp_version, INSP, VERSION, GObject)
G_DECLARE_FINAL_TYPE (InspReview, insp_review, INSP, REVIEW, GObject)

/* The verdict of a review on one section. */
typedef struct
{
  char *section;    /* the section's uuid */
  char *verdict;    /* "acceptable", "improvable", "to-correct", "pending" */
  char *comments;   /* nullable */
} InspVerdict;

/* A version: a named snapshot of the whole vision. */
const char  *insp_version_get_uuid          (InspVersion   *self);
guint        insp_version_get_number        (InspVersion   *self);
const char  *insp_version_get_label         (InspVersion   *self);
const char  *insp_version_get_author_role   (InspVersion   *self);   /* nullable */
const char  *insp_version_get_created       (InspVersion   *self);   /* ISO 8601, UTC */
gboolean     insp_version_is_reviewed       (InspVersion   *self);   /* a signed review */
GPtrArray   *insp_version_get_sections      (InspVersion   *self);   /* InspSection, in order */

/* A review of a version by the employees' representatives. */
const char  *insp_review_get_uuid           (InspReview    *self);
const char  *insp_review_get_version        (InspReview    *self);   /* the version's uuid */
guint        insp_review_get_version_number (InspReview    *self);
const char  *insp_review_get_opinion        (InspReview    *self);   /* nullable */
const char  *insp_review_get_signed_date    (InspReview    *self);   /* YYYY-MM-DD, nullable */
const char  *insp_review_get_signed_by      (InspReview    *self);   /* nullable */
const char  *insp_review_get_removed_date   (InspReview    *self);   /* nullable */
const char  *insp_review_get_removed_reason (InspReview    *self);   /* nullable */
const char  *insp_review_get_created        (InspReview    *self);
gboolean     insp_review_is_signed          (InspReview    *self);
gboolean     insp_review_is_removed         (InspReview    *self);
GPtrArray   *insp_review_get_verdicts       (InspReview    *self);   /* InspVerdict */
const InspVerdict *insp_review_get_verdict  (InspReview    *self,
                                             const char    *section);

/* Versions */
GPtrArray   *insp_workspace_list_versions   (InspWorkspace *self,
                                             GError       **error);
InspVersion *insp_workspace_find_version    (InspWorkspace *self,
                                             const char    *label_or_number,
                                             GError       **error);
InspVersion *insp_workspace_save_version    (InspWorkspace *self,
                                             const char    *label,
                                             const char    *author_role,
                                             GError       **error);
GPtrArray   *insp_workspace_compare         (InspWorkspace *self,
                                             InspVersion   *from,
                                             InspVersion   *to,
                                             GError       **error);
InspVersion *insp_workspace_restore_version (InspWorkspace *self,
                                             InspVersion   *version,
                                             const char    *section,
                                             GError       **error);
guint        insp_workspace_count_changed_since (InspWorkspace *self,
                                                 InspVersion   *version,
                                                 GError       **error);

/* Reviews */
GPtrArray   *insp_workspace_list_reviews    (InspWorkspace *self,
                                             GError       **error);
InspReview  *insp_workspace_get_review      (InspWorkspace *self,
                                             const char    *uuid,
                                             GError       **error);
InspReview  *insp_workspace_start_review    (InspWorkspace *self,
                                             InspVersion   *version,
                                             GError       **error);
gboolean     insp_workspace_set_verdict     (InspWorkspace *self,
                                             const char    *review,
                                             const char    *section,
                                             const char    *verdict,
                                             const char    *comments,
                                             GError       **error);
gboolean     insp_workspace_set_review_opinion (InspWorkspace *self,
                                                const char    *review,
                                                const char    *opinion,
                                                GError       **error);
gboolean     insp_workspace_sign_review     (InspWorkspace *self,
                                             const char    *review,
                                             const char    *date,
                                             const char    *signed_by,
                                             GError       **error);
gboolean     insp_workspace_remove_review   (InspWorkspace *self,
                                             const char    *review,
                                             const char    *reason,
                                             GError       **error);
InspReview  *insp_workspace_get_last_review (InspWorkspace *self,
                                             GError       **error);

G_END_DECLS
