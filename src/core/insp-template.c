/* insp-template.c — the list of exports and what their templates share
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "insp-diff.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-organisation.h"
#include "insp-person.h"
#include "insp-section.h"
#include "insp-template-private.h"
#include "insp-validate-private.h"
#include "insp-version.h"

/* Quoted text in the list of changes is cut after this many characters. */
#define MAX_QUOTED_CHARS 240

static const InspTemplate vision_template = {
  "vision",
  N_("The AI vision: every section, its status, and what changed since a version"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  TRUE,
  _insp_template_build_vision,
  N_("AI vision"),
};

static const InspTemplate checklist_employees_template = {
  "checklist-employees",
  N_("Questions employees can ask about how an AI application changes their work"),
  INSP_TEMPLATE_GROUP_EMPLOYEES,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  FALSE,
  _insp_template_build_checklist_employees,
  N_("Checklist for employees"),
};

static const InspTemplate checklist_employers_template = {
  "checklist-employers",
  N_("Questions employers ask themselves and their employees before and during a track"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  FALSE,
  _insp_template_build_checklist_employers,
  N_("Checklist for employers"),
};

static const InspTemplate checklist_expected_questions_template = {
  "checklist-expected-questions",
  N_("Questions employers can expect from employees, with room to prepare the answers"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  FALSE,
  _insp_template_build_checklist_expected_questions,
  N_("Questions to expect"),
};

static const InspTemplate track_guide_template = {
  "track-guide",
  N_("The innovation track of an AI application: its phases, who took part and how, "
     "frontrunners, actions and open points"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  TRUE,
  FALSE,
  _insp_template_build_track_guide,
  N_("Innovation-track guide"),
};

static const InspTemplate impact_report_template = {
  "impact-report",
  N_("How each group expects an AI application to affect work, where they disagree, and "
     "the invisible work it needs"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  TRUE,
  FALSE,
  _insp_template_build_impact_report,
  N_("Impact assessment report"),
};

static const InspTemplate review_pack_template = {
  "review-pack",
  N_("The vision with what changed, and a form for the works council’s advice on each "
     "section"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  TRUE,
  _insp_template_build_review_pack,
  N_("Review pack"),
};

static const InspTemplate vendor_questionnaire_template = {
  "vendor-questionnaire",
  N_("Questions for an AI vendor on effectiveness, robustness, data, ethics and the law, with "
     "room for the answers"),
  INSP_TEMPLATE_GROUP_VENDOR,
  INSP_DOC_FORMATS_DOCUMENT,
  TRUE,
  FALSE,
  _insp_template_build_vendor_questionnaire,
  N_("Vendor questionnaire"),
};

static const InspTemplate vendor_assessment_template = {
  "vendor-assessment",
  N_("The vendors’ answers, their ratings and follow-up, several vendors side by side"),
  INSP_TEMPLATE_GROUP_VENDOR,
  INSP_DOC_FORMATS_DOCUMENT,
  TRUE,
  FALSE,
  _insp_template_build_vendor_assessment,
  N_("Vendor assessment"),
};

static const InspTemplate agreement_collective_template = {
  "agreement-collective",
  N_("Collective-agreement clauses on algorithmic and automated decision systems, to "
     "negotiate"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  FALSE,
  _insp_template_build_agreement_collective,
  N_("Collective agreement clauses"),
};

static const InspTemplate agreement_pilot_template = {
  "agreement-pilot",
  N_("A framework agreement for an application’s pilot: scope, duration, participants, data, "
     "evaluation, the right to stop"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  TRUE,
  FALSE,
  _insp_template_build_agreement_pilot,
  N_("Pilot agreement"),
};

static const InspTemplate charter_template = {
  "charter",
  N_("A charter committing the organisation to involve employees in every AI introduction"),
  INSP_TEMPLATE_GROUP_WORKS_COUNCIL,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  FALSE,
  _insp_template_build_charter,
  N_("Charter"),
};

static const InspTemplate involvement_report_template = {
  "involvement-report",
  N_("For subsidised projects: per phase, how employees were involved, at what level and "
     "effort"),
  INSP_TEMPLATE_GROUP_FUNDERS,
  INSP_DOC_FORMATS_DOCUMENT,
  TRUE,
  FALSE,
  _insp_template_build_involvement_report,
  N_("Involvement report"),
};

static const InspTemplate monitoring_template = {
  "monitoring",
  N_("Anonymous involvement figures per application, for a knowledge centre to combine"),
  INSP_TEMPLATE_GROUP_FUNDERS,
  INSP_DOC_FORMATS_TABLE,
  FALSE,
  FALSE,
  _insp_template_build_monitoring,
  N_("Monitoring figures"),
};

static const InspTemplate casebook_template = {
  "casebook",
  N_("Good and bad examples of involvement, their effect on workable work and the lessons"),
  INSP_TEMPLATE_GROUP_SHARING,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  FALSE,
  _insp_template_build_casebook,
  N_("Practice casebook"),
};

static const InspTemplate complaints_procedure_template = {
  "complaints-procedure",
  N_("A feedback and complaints procedure for AI applications, to adapt and adopt"),
  INSP_TEMPLATE_GROUP_EMPLOYEES,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  FALSE,
  _insp_template_build_complaints_procedure,
  N_("Feedback and complaints procedure"),
};

static const InspTemplate employee_guide_template = {
  "employee-guide",
  N_("For employees: how to get a say in an AI innovation track, and how to ask for it"),
  INSP_TEMPLATE_GROUP_EMPLOYEES,
  INSP_DOC_FORMATS_DOCUMENT,
  FALSE,
  FALSE,
  _insp_template_build_employee_guide,
  N_("Employee guide"),
};

static const InspTemplate *const templates[] = {
  &vision_template,
  &track_guide_template,
  &impact_report_template,
  &checklist_employees_template,
  &checklist_employers_template,
  &checklist_expected_questions_template,
  &vendor_questionnaire_template,
  &vendor_assessment_template,
  &agreement_collective_template,
  &agreement_pilot_template,
  &charter_template,
  &complaints_procedure_template,
  &employee_guide_template,
  &review_pack_template,
  &involvement_report_template,
  &monitoring_template,
  &casebook_template,
};

/**
 * insp_template_list:
 * @n_templates: (out): how many there are
 *
 * Returns: (transfer none) (array length=n_templates): every template, in the order the
 *   Exports page lists them
 */
const InspTemplate *const *
insp_template_list (guint *n_templates)
{
  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

/**
 * insp_template_lookup:
 * @id: a template's identifier
 * @error: %INSP_ERROR_USAGE listing the identifiers there are
 *
 * Returns: (transfer none) (nullable): the template
 */
const InspTemplate *
insp_template_lookup (const char  *id,
                      GError     **error)
{
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      if (g_strcmp0 (templates[i]->id, id) == 0)
        return templates[i];
      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", templates[i]->id);
    }
  g_set_error (error, INSP_ERROR, INSP_ERROR_USAGE,
               /* Translators: %s is a template's name as typed, then the list of templates */
               _("There is no template “%s”. The templates are: %s"), id != NULL ? id : "",
               known->str);
  return NULL;
}

/**
 * insp_template_get_name:
 *
 * Returns: the template's short title, translated; its identifier when it has none
 */
const char *
insp_template_get_name (const InspTemplate *template)
{
  return template->name != NULL ? _(template->name) : template->id;
}

const char *
insp_template_get_description (const InspTemplate *template)
{
  return _(template->description);
}

const char *
insp_template_group_get_name (InspTemplateGroup group)
{
  switch (group)
    {
    case INSP_TEMPLATE_GROUP_WORKS_COUNCIL:
      return _("For the works council");
    case INSP_TEMPLATE_GROUP_EMPLOYEES:
      return _("For employees");
    case INSP_TEMPLATE_GROUP_VENDOR:
      return _("For the vendor");
    case INSP_TEMPLATE_GROUP_FUNDERS:
      return _("For funders and policy");
    case INSP_TEMPLATE_GROUP_SHARING:
    default:
      return _("For sharing");
    }
}

/**
 * insp_template_supports:
 * @error: %INSP_ERROR_USAGE listing the formats @template can be written in
 *
 * Returns: whether @template can be written as @format
 */
gboolean
insp_template_supports (const InspTemplate  *template,
                        InspDocFormat        format,
                        GError             **error)
{
  g_autofree char *formats = NULL;

  if (format < INSP_DOC_N_FORMATS && (template->formats & INSP_DOC_FORMAT_BIT (format)))
    return TRUE;
  formats = insp_doc_formats_dup_list (template->formats);
  g_set_error (error, INSP_ERROR, INSP_ERROR_USAGE,
               /* Translators: a template, a format, then the formats the template has */
               _("The template “%s” cannot be written as %s; its formats are: %s"),
               template->id,
               format < INSP_DOC_N_FORMATS ? insp_doc_format_get_id (format) : "?", formats);
  return FALSE;
}

/**
 * insp_template_build:
 * @template: a template
 * @workspace: the workspace to fill it from
 * @options: which application and versions, and the document's language
 * @error: an unknown application or version (the valid ones listed), or a damaged workspace
 *
 * Builds the document in the process's language.
 *
 * Returns: (transfer full) (nullable): the document
 */
InspDocument *
insp_template_build (const InspTemplate       *template,
                     InspWorkspace            *workspace,
                     const InspRenderOptions  *options,
                     GError                  **error)
{
  static const InspRenderOptions defaults = { NULL, };

  g_return_val_if_fail (template != NULL, NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);

  return template->build (workspace, template, options != NULL ? options : &defaults, error);
}

InspDocument *
_insp_template_new_document (InspWorkspace           *workspace,
                             const InspRenderOptions *options,
                             const char              *title)
{
  InspDocument *doc = insp_document_new ();
  InspDocMeta *meta = insp_document_get_meta (doc);
  InspOrganisation *organisation = insp_workspace_get_organisation (workspace);
  const char *name = organisation != NULL ? insp_organisation_get_name (organisation) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_free (meta->title);
  meta->title = g_strdup (title);
  meta->organisation = insp_is_blank (name)
                       ? insp_doc_dup_blank_text (_("the organisation’s name"))
                       : g_strdup (name);
  meta->date = _insp_template_format_date (today);
  g_free (meta->language);
  meta->language = g_strdup (options->language != NULL ? options->language
                                                        : insp_get_content_language ());
  meta->title_page = TRUE;
  return doc;
}

char *
_insp_template_format_date (const char *date)
{
  static const char *const months[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };
  unsigned year, month, day;
  char end;

  if (date == NULL)
    return NULL;
  if (sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &end) < 3
      || month < 1 || month > 12 || day < 1 || day > 31)
    return g_strdup (date);
  /* Translators: a date in an export: the day, the month's name, the year */
  return g_strdup_printf (_("%u %s %u"), day, g_dpgettext2 (NULL, "month", months[month - 1]),
                          year);
}

InspApplication *
_insp_template_get_application (InspWorkspace            *workspace,
                                const InspRenderOptions  *options,
                                GError                  **error)
{
  g_autoptr(GPtrArray) applications = insp_workspace_list_applications (workspace, error);
  g_autoptr(GString) known = NULL;

  if (applications == NULL)
    return NULL;

  if (options->application != NULL)
    {
      for (guint i = 0; i < applications->len; i++)
        {
          InspApplication *application = g_ptr_array_index (applications, i);

          if (g_strcmp0 (insp_application_get_uuid (application), options->application) == 0)
            return g_object_ref (application);
        }
    }
  else if (applications->len == 0)
    {
      return NULL;
    }
  else if (applications->len == 1)
    {
      return g_object_ref (g_ptr_array_index (applications, 0));
    }

  if (applications->len == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_USAGE,
                   _("There is no AI application %s: the workspace has none"),
                   options->application);
      return NULL;
    }

  known = g_string_new (NULL);
  for (guint i = 0; i < applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (applications, i);

      g_string_append_printf (known, "\n  %s  %s", insp_application_get_uuid (application),
                              insp_application_get_name (application));
    }
  if (options->application != NULL)
    g_set_error (error, INSP_ERROR, INSP_ERROR_USAGE,
                 _("There is no AI application %s. The applications are:%s"),
                 options->application, known->str);
  else
    g_set_error (error, INSP_ERROR, INSP_ERROR_USAGE,
                 _("Say which AI application the export is about. The applications are:%s"),
                 known->str);
  return NULL;
}

gboolean
_insp_template_add_vision_section (InspDocBlock   *parent,
                                   InspWorkspace  *workspace,
                                   const char     *key,
                                   guint           heading_level,
                                   GError        **error)
{
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (workspace, error);
  g_autofree char *what = NULL;
  const char *title;

  if (sections == NULL)
    return FALSE;
  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);
      const char *text = insp_section_get_text (section);

      if (g_strcmp0 (insp_section_get_key (section), key) != 0 || insp_is_blank (text))
        continue;
      insp_doc_add_markdown (insp_doc_add_quote (parent), text, heading_level);
      return TRUE;
    }
  title = insp_section_key_get_title (key);
  /* Translators: a blank; %s is the title of a section of the AI vision */
  what = g_strdup_printf (_("what the AI vision says under “%s”"), title != NULL ? title : key);
  insp_doc_block_add_blank (insp_doc_add_paragraph (parent, NULL), what);
  return TRUE;
}

guint
_insp_template_add_named_people (InspDocBlock *list,
                                 GPtrArray    *persons,
                                 const char   *role)
{
  guint unnamed = 0;

  for (guint i = 0; i < persons->len; i++)
    {
      InspPerson *person = g_ptr_array_index (persons, i);
      const char *department = insp_person_get_department (person);
      const char * const *roles = insp_person_get_roles (person);
      g_autofree char *text = NULL;

      if (roles == NULL || !g_strv_contains (roles, role))
        continue;
      if (!insp_person_get_consent_named (person) || insp_is_blank (insp_person_get_name (person)))
        {
          unnamed++;
          continue;
        }
      if (insp_is_blank (department))
        text = g_strdup (insp_person_get_name (person));
      else
        /* Translators: a person in a list: their name, then their department */
        text = g_strdup_printf (_("%s (%s)"), insp_person_get_name (person), department);
      insp_doc_list_add_item (list, text);
    }
  return unnamed;
}

char *
_insp_template_describe_version (InspVersion *version)
{
  g_autofree char *date = _insp_template_format_date (insp_version_get_created (version));

  /* Translators: a version of the vision: its number, its name, the date it was saved */
  return g_strdup_printf (_("Version %u, “%s”, of %s"), insp_version_get_number (version),
                          insp_version_get_label (version), date);
}

static char *
quote_text (const char *text)
{
  g_autofree char *collapsed = g_strdup (text);
  g_autofree char *cut = NULL;

  g_strstrip (g_strdelimit (collapsed, "\n\r\t", ' '));
  if (g_utf8_strlen (collapsed, -1) <= MAX_QUOTED_CHARS)
    return g_steal_pointer (&collapsed);
  cut = g_utf8_substring (collapsed, 0, MAX_QUOTED_CHARS);
  return g_strconcat (cut, "…", NULL);
}

/* One list item per stretch of change: replaced, added or removed words. */
static void
add_word_changes (InspDocBlock    *parent,
                  InspSectionDiff *diff)
{
  InspDocBlock *list = insp_doc_add_list (parent, FALSE);
  GPtrArray *runs = diff->runs;

  for (guint i = 0; i < runs->len; i++)
    {
      const InspDiffRun *run = g_ptr_array_index (runs, i);
      const InspDiffRun *next = i + 1 < runs->len ? g_ptr_array_index (runs, i + 1) : NULL;
      InspDocBlock *item;
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      if (run->op == INSP_DIFF_EQUAL || insp_diff_run_is_whitespace (run))
        continue;

      item = insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL), NULL);
      if (run->op == INSP_DIFF_DELETE && next != NULL && next->op == INSP_DIFF_INSERT
          && !insp_diff_run_is_whitespace (next))
        {
          old_text = quote_text (run->text);
          new_text = quote_text (next->text);
          /* Translators: in the list of changes: words replaced by other words */
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _("Replaced: "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_EMPHASIS, old_text);
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _(" by "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_STRONG, new_text);
          i++;
        }
      else if (run->op == INSP_DIFF_INSERT)
        {
          new_text = quote_text (run->text);
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _("Added: "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_STRONG, new_text);
        }
      else
        {
          old_text = quote_text (run->text);
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _("Removed: "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_EMPHASIS, old_text);
        }
    }
  if (list->children->len == 0)
    insp_doc_list_add_item (list, _("Only the layout changed."));
}

gboolean
_insp_template_add_changes (InspDocBlock   *body,
                            InspWorkspace  *workspace,
                            InspVersion    *since,
                            InspVersion    *version,
                            GError        **error)
{
  g_autoptr(GPtrArray) diffs = insp_workspace_compare (workspace, since, version, error);
  g_autofree char *heading = NULL;
  g_autofree char *counted = NULL;
  g_autofree char *since_text = NULL;
  InspDocBlock *table;
  guint changed = 0;

  if (diffs == NULL)
    return FALSE;

  /* Translators: a heading in the vision export; %u is a version's number */
  heading = g_strdup_printf (_("What changed since version %u"),
                             insp_version_get_number (since));
  insp_doc_add_heading (body, 1, heading);

  for (guint i = 0; i < diffs->len; i++)
    if (((InspSectionDiff *) g_ptr_array_index (diffs, i))->change
        != INSP_SECTION_CHANGE_UNCHANGED)
      changed++;
  since_text = _insp_template_describe_version (since);
  /* Translators: "2 of 7 sections changed since Version 2, “…”, of 3 May 2026." */
  counted = g_strdup_printf (g_dngettext (NULL, "%u of %u section changed since %s.",
                                          "%u of %u sections changed since %s.", diffs->len),
                             changed, diffs->len, since_text);
  insp_doc_add_paragraph (body, counted);
  if (changed == 0)
    return TRUE;

  table = insp_doc_add_table (body, 4, 1);
  insp_doc_table_add_row (table, _("Section"), _("Change"), _("Words added"),
                          _("Words removed"), NULL);
  for (guint i = 0; i < diffs->len; i++)
    {
      InspSectionDiff *diff = g_ptr_array_index (diffs, i);
      g_autofree char *added = g_strdup_printf ("%u", diff->words_added);
      g_autofree char *removed = g_strdup_printf ("%u", diff->words_removed);

      if (diff->change == INSP_SECTION_CHANGE_UNCHANGED)
        continue;
      insp_doc_table_add_row (table,
                              diff->new_title != NULL ? diff->new_title : diff->old_title,
                              insp_section_change_get_label (diff->change), added, removed, NULL);
    }

  for (guint i = 0; i < diffs->len; i++)
    {
      InspSectionDiff *diff = g_ptr_array_index (diffs, i);

      if (!diff->text_changed && !diff->renamed)
        continue;
      /* Not a heading: the contents would list every section twice. */
      insp_doc_block_add_text (insp_doc_add_paragraph (body, NULL), INSP_DOC_STYLE_STRONG,
                               diff->new_title != NULL ? diff->new_title : diff->old_title);
      if (diff->renamed && diff->old_title != NULL && diff->new_title != NULL)
        {
          g_autofree char *renamed = g_strdup_printf (_("Renamed from “%s”."), diff->old_title);

          insp_doc_add_paragraph (body, renamed);
        }
      if (diff->text_changed)
        add_word_changes (body, diff);
    }
  return TRUE;
}

gboolean
_insp_template_resolve_versions (InspWorkspace            *workspace,
                                 const InspRenderOptions  *options,
                                 InspVersion             **version,
                                 InspVersion             **since,
                                 InspReview              **review,
                                 GPtrArray               **sections,
                                 GError                  **error)
{
  *version = NULL;
  *since = NULL;
  *review = NULL;
  *sections = NULL;
  if (options->vision_version != NULL
      && (*version = insp_workspace_find_version (workspace, options->vision_version,
                                                  error)) == NULL)
    return FALSE;
  if (options->since != NULL
      && (*since = insp_workspace_find_version (workspace, options->since, error)) == NULL)
    return FALSE;

  *review = insp_workspace_get_last_review (workspace, error);
  if (*review == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (*since == NULL && *review != NULL)
    {
      g_autofree char *number = NULL;

      number = g_strdup_printf ("%u", insp_review_get_version_number (*review));

      *since = insp_workspace_find_version (workspace, number, error);
      if (*since == NULL)
        return FALSE;
      /* The reviewed version itself: nothing changed since. */
      if (*version != NULL
          && insp_version_get_number (*since) >= insp_version_get_number (*version))
        g_clear_object (since);
    }

  if (*version != NULL)
    *sections = g_ptr_array_ref (insp_version_get_sections (*version));
  else
    *sections = insp_workspace_list_sections (workspace, error);
  return *sections != NULL;
}

/**
 * _insp_template_format_number:
 *
 * Returns: (transfer full): @value as a reader of the export's language writes it: whole
 *   numbers without decimals, others with one ("12", "12.5"; "12,5" in Dutch)
 */
char *
_insp_template_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  if (value == (double) (gint64) value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  g_ascii_formatd (buffer, sizeof buffer, "%.1f", value);
  point = strchr (buffer, '.');
  if (point == NULL)
    return g_strdup (buffer);
  *point = '\0';
  /* Translators: the decimal separator of numbers in exported documents */
  return g_strconcat (buffer, C_("decimal separator", "."), point + 1, NULL);
}

/**
 * _insp_template_format_hours:
 *
 * Returns: (transfer full): a number of hours, as "12.5 h"
 */
char *
_insp_template_format_hours (double hours)
{
  g_autofree char *number = _insp_template_format_number (hours);

  /* Translators: a number of hours in an export, as "12.5 h" */
  return g_strdup_printf (_("%s h"), number);
}
