/* insp-review-dialog.h — the review of a version of the vision by the employees' representatives
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_REVIEW_DIALOG (insp_review_dialog_get_type ())

G_DECLARE_FINAL_TYPE (InspReviewDialog, insp_review_dialog, INSP, REVIEW_DIALOG, AdwWindow)

InspReviewDialog *insp_review_dialog_new            (GtkWindow        *parent,
                                                     InspWorkspace    *workspace,
                                                     const char       *review_uuid);
const char       *insp_review_dialog_get_review     (InspReviewDialog *self);
gboolean          insp_review_dialog_is_read_only   (InspReviewDialog *self);
gboolean          insp_review_dialog_flush          (InspReviewDialog *self);
GtkDropDown      *insp_review_dialog_get_verdict_dropdown (InspReviewDialog *self,
                                                           const char       *section);
GtkTextView      *insp_review_dialog_get_comments_view    (InspReviewDialog *self,
                                                           const char       *section);
GtkTextView      *insp_review_dialog_get_opinion_view     (InspReviewDialog *self);
const char       *insp_review_dialog_get_state_text       (InspReviewDialog *self);

G_END_DECLS
