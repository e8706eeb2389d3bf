/* insp-template.h — the exports: templates that build documents from the workspace
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A template has a stable identifier, a one-line description, a group (who it is for), the
 * formats it can be written in and whether it is about one application. It builds an
 * InspDocument from the workspace in the process's language: to render in another language,
 * run `inspraak-cli render --lang` (the app does so in a subprocess).
 */

#pragma once

#include "insp-doc-writer.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

typedef enum
{
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_TEMPLATE_GROUP_EMPLOYEES,
  INSP_TEMPLATE_GROUP_VENDOR,
  INSP_TEMPLATE_GROUP_FUNDERS,
  INSP_TEMPLATE_GROUP_SHARING,
} InspTemplateGroup;

typedef struct
{
  const char *application;     /* an application's uuid; NULL: the only one, if one */
  const char *vision_version;  /* a version's number or label; NULL: the current text */
  const char *since;           /* a version to say what changed since; NULL: the last
                                * reviewed one, when there is one */
  const char *language;        /* "en" or "nl": the language the document is built in (the
                                * process's); NULL: insp_get_content_language () */
} InspRenderOptions;

typedef struct _InspTemplate InspTemplate;

typedef InspDocument *(*InspTemplateBuildFunc) (InspWorkspace            *workspace,
                                                const InspTemplate       *template,
                                                const InspRenderOptions  *options,
                                                GError                  **error);

struct _InspTemplate
{
  const char            *id;
  const char            *description;    /* N_(): one line */
  InspTemplateGroup      group;
  guint                  formats;        /* INSP_DOC_FORMAT_BIT ()s */
  gboolean               per_application;
  gboolean               uses_versions;  /* takes a vision version and "since" */
  InspTemplateBuildFunc  build;
  const char            *name;           /* N_(): a short title, as "AI vision" */
};

const InspTemplate *const *insp_template_list           (guint                    *n_templates);
const InspTemplate        *insp_template_lookup         (const char               *id,
                                                         GError                  **error);
const char                *insp_template_get_name       (const InspTemplate       *template);
const char                *insp_template_get_description (const InspTemplate      *template);
const char                *insp_template_group_get_name (InspTemplateGroup         group);
gboolean                   insp_template_supports       (const InspTemplate       *template,
                                                         InspDocFormat             format,
                                                         GError                  **error);

InspDocument              *insp_template_build          (const InspTemplate       *template,
                                                         InspWorkspace            *workspace,
                                                         const InspRenderOptions  *options,
                                                         GError                  **error);

G_END_DECLS
