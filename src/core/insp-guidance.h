/* insp-guidance.h — what the paper advises, where the workspace falls short of it
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
  INSP_SEVERITY_ERROR,
  INSP_SEVERITY_WARNING,
  INSP_SEVERITY_INFO,
} InspSeverity;

/* One piece of advice: the rule that raised it and what it is about. */
typedef struct
{
  const char   *id;            /* static: "prohibited-system", … (DOMAIN.md) */
  InspSeverity  severity;
  const char   *subject_type;  /* static: "application", "phase", "section", "organisation" */
  char         *subject;       /* the subject's uuid */
  char         *application;   /* nullable: the application it concerns (also for a phase) */
  char         *phase;         /* nullable: for a phase, its key ("pilot") */
  guint         round;         /* for a phase, its round */
  char         *message;       /* what is wrong, why it matters, what to do */
} InspFlag;

void        insp_flag_free               (InspFlag      *flag);
const char *insp_severity_to_string      (InspSeverity   severity);
const char * const *insp_guidance_list_rule_ids (void);
GPtrArray  *insp_workspace_list_flags    (InspWorkspace *self,
                                          const char    *today,
                                          GError       **error);

GPtrArray  *insp_workspace_list_application_flags (InspWorkspace *self,
                                                   const char    *application,
                                                   const char    *today,
                                                   GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspFlag, insp_flag_free)

G_END_DECLS
