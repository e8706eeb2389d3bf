/* insp-feedback.h — what employees raise about an AI application once it runs: feedback and
 * complaints, what was decided, the outcome, and the actions they led to
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

/* A feedback item or complaint about an application. */
typedef struct
{
  char *uuid;          /* NULL for a new item */
  char *application;   /* set when read; insp_workspace_save_feedback () takes it apart */
  char *date;          /* YYYY-MM-DD, when it was raised */
  char *channel;       /* free text: "works council", "e-mail to HR", … */
  char *topic;         /* "workload", "fairness", "privacy", "safety", "usability", "other" */
  char *description;
  char *decision;
  char *outcome;
  char *status;        /* "open", "closed" */
} InspFeedback;

InspFeedback *insp_feedback_new                     (void);
InspFeedback *insp_feedback_copy                    (const InspFeedback  *feedback);
void          insp_feedback_free                    (InspFeedback        *feedback);

GPtrArray    *insp_workspace_list_feedback          (InspWorkspace       *self,
                                                     const char          *application,
                                                     GError             **error);
gboolean      insp_workspace_save_feedback          (InspWorkspace       *self,
                                                     const char          *application,
                                                     InspFeedback        *feedback,
                                                     GError             **error);
gboolean      insp_workspace_delete_feedback        (InspWorkspace       *self,
                                                     const char          *uuid,
                                                     GError             **error);
GPtrArray    *insp_workspace_list_feedback_actions  (InspWorkspace       *self,
                                                     const char          *feedback,
                                                     GError             **error);
guint         insp_workspace_count_open_feedback    (InspWorkspace       *self,
                                                     const char          *application,
                                                     GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspFeedback, insp_feedback_free)

G_END_DECLS
