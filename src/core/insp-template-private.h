/* insp-template-private.h — what the templates share
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "insp-application.h"
#include "insp-template.h"
#include "insp-version.h"

G_BEGIN_DECLS

/* A new document with the metadata every export carries: the organisation's name (a blank
 * when it has none), today's date in the document's language, the language. */
InspDocument    *_insp_template_new_document       (InspWorkspace            *workspace,
                                                    const InspRenderOptions  *options,
                                                    const char               *title);

/* Numbers and hours as the export's reader writes them ("12,5 u" in Dutch). */
char            *_insp_template_format_number      (double                    value);
char            *_insp_template_format_hours       (double                    hours);

/* "28 November 2026" from "2026-11-28" (or an ISO 8601 date-time), in the process's
 * language; a copy of @date when it is not a date. */
char            *_insp_template_format_date        (const char               *date);

/* The application a per-application template is about: @options' one, or the workspace's
 * only one. %NULL without an error when the workspace has none (the template then shows
 * blanks); an INSP_ERROR_USAGE error listing them when there are several to choose from. */
InspApplication *_insp_template_get_application    (InspWorkspace            *workspace,
                                                    const InspRenderOptions  *options,
                                                    GError                  **error);

/* Shared by the employees' and works council's templates (checklists, employee guide,
 * complaints procedure). */

/* Adds what the current AI vision says in its section @key ("feedback", "complaints", …) as
 * a quote, its headings shifted below a heading of @heading_level; a blank when the section
 * is missing or empty. %FALSE with @error when the workspace cannot be read. */
gboolean         _insp_template_add_vision_section (InspDocBlock             *parent,
                                                    InspWorkspace            *workspace,
                                                    const char               *key,
                                                    guint                     heading_level,
                                                    GError                  **error);

/* Adds a list item "Name (department)" to @list for every person in @persons who has @role
 * and consented to be named. Returns how many others have @role: they are not named. */
guint            _insp_template_add_named_people   (InspDocBlock             *list,
                                                    GPtrArray                *persons,
                                                    const char               *role);

/* "Version 3, “…”, of 2 May 2026". */
char            *_insp_template_describe_version   (InspVersion              *version);

/* The vision version a template shows (@options' one; %NULL: the current text), the version
 * to say what changed since (@options' one, or the last reviewed one when older than
 * @version; %NULL: none), the last review (nullable) and the sections shown. %FALSE with
 * @error for an unknown version; the out values are then still the caller's to free. */
gboolean         _insp_template_resolve_versions   (InspWorkspace            *workspace,
                                                    const InspRenderOptions  *options,
                                                    InspVersion             **version,
                                                    InspVersion             **since,
                                                    InspReview              **review,
                                                    GPtrArray               **sections,
                                                    GError                  **error);

/* A level-1 heading "What changed since version N", how many sections changed, a table of
 * them and, per changed section, the words replaced, added and removed (used by the vision
 * and the review pack). @version %NULL: the current text. */
gboolean         _insp_template_add_changes        (InspDocBlock             *body,
                                                    InspWorkspace            *workspace,
                                                    InspVersion              *since,
                                                    InspVersion              *version,
                                                    GError                  **error);

/* The templates (insp-template-ID.c). */
InspDocument    *_insp_template_build_vision       (InspWorkspace            *workspace,
                                                    const InspTemplate       *template,
                                                    const InspRenderOptions  *options,
                                                    GError                  **error);

/* The templates for the vendor (insp-template-vendor.c) and the works council's agreements
 * (insp-template-agreements.c). */
InspDocument    *_insp_template_build_vendor_questionnaire (InspWorkspace            *workspace,
                                                            const InspTemplate       *template,
                                                            const InspRenderOptions  *options,
                                                            GError                  **error);
InspDocument    *_insp_template_build_vendor_assessment    (InspWorkspace            *workspace,
                                                            const InspTemplate       *template,
                                                            const InspRenderOptions  *options,
                                                            GError                  **error);
InspDocument    *_insp_template_build_agreement_collective (InspWorkspace            *workspace,
                                                            const InspTemplate       *template,
                                                            const InspRenderOptions  *options,
                                                            GError                  **error);
InspDocument    *_insp_template_build_agreement_pilot      (InspWorkspace            *workspace,
                                                            const InspTemplate       *template,
                                                            const InspRenderOptions  *options,
                                                            GError                  **error);
InspDocument    *_insp_template_build_charter              (InspWorkspace            *workspace,
                                                            const InspTemplate       *template,
                                                            const InspRenderOptions  *options,
                                                            GError                  **error);

/* For funders and policy, and for sharing: the involvement report, the monitoring figures,
 * the casebook. */
InspDocument    *_insp_template_build_involvement_report (InspWorkspace            *workspace,
                                                          const InspTemplate       *template,
                                                          const InspRenderOptions  *options,
                                                          GError                  **error);
InspDocument    *_insp_template_build_monitoring   (InspWorkspace            *workspace,
                                                    const InspTemplate       *template,
                                                    const InspRenderOptions  *options,
                                                    GError                  **error);
InspDocument    *_insp_template_build_casebook     (InspWorkspace            *workspace,
                                                    const InspTemplate       *template,
                                                    const InspRenderOptions  *options,
                                                    GError                  **error);
/* For employees and the works council (issue 10): the checklists, the employee guide, the
 * complaints procedure. */
InspDocument    *_insp_template_build_checklist_employees (InspWorkspace            *workspace,
                                                           const InspTemplate       *template,
                                                           const InspRenderOptions  *options,
                                                           GError                  **error);
InspDocument    *_insp_template_build_checklist_employers (InspWorkspace            *workspace,
                                                           const InspTemplate       *template,
                                                           const InspRenderOptions  *options,
                                                           GError                  **error);
InspDocument    *_insp_template_build_checklist_expected_questions
                                                          (InspWorkspace            *workspace,
                                                           const InspTemplate       *template,
                                                           const InspRenderOptions  *options,
                                                           GError                  **error);
InspDocument    *_insp_template_build_employee_guide      (InspWorkspace            *workspace,
                                                           const InspTemplate       *template,
                                                           const InspRenderOptions  *options,
                                                           GError                  **error);
InspDocument    *_insp_template_build_complaints_procedure (InspWorkspace            *workspace,
                                                            const InspTemplate       *template,
                                                            const InspRenderOptions  *options,
                                                            GError                  **error);

/* For the works council (insp-template-track-guide.c, -impact-report.c, -review-pack.c). */
InspDocument    *_insp_template_build_track_guide  (InspWorkspace            *workspace,
                                                    const InspTemplate       *template,
                                                    const InspRenderOptions  *options,
                                                    GError                  **error);
InspDocument    *_insp_template_build_impact_report (InspWorkspace           *workspace,
                                                     const InspTemplate      *template,
                                                     const InspRenderOptions *options,
                                                     GError                 **error);
InspDocument    *_insp_template_build_review_pack  (InspWorkspace            *workspace,
                                                    const InspTemplate       *template,
                                                    const InspRenderOptions  *options,
                                                    GError                  **error);

G_END_DECLS
