/* insp-template-vendor.c — the exports for the conversation with an AI vendor
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * vendor-questionnaire: the questions to send a vendor, grouped as in the app (effectiveness,
 * reliability and robustness, data quality, built-in ethical checks, lawfulness), each with
 * room for the answer; the built-in questions, then the application's own ones. Without an
 * application it is the blank questionnaire.
 *
 * vendor-assessment: what each vendor answered, how the answer was rated and what follows
 * up on it; several vendors (make or buy, a choice between offers) side by side, a column per
 * vendor, with a count of the ratings per vendor.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-organisation.h"
#include "insp-template-private.h"
#include "insp-validate-private.h"
#include "insp-vendor.h"

/* Lines to write an answer on in the questionnaire. */
#define ANSWER_LINES 5

static const char *
group_question (const char *group)
{
  if (g_strcmp0 (group, "effectiveness") == 0)
    return _("Does the application do what it promises, in work like ours?");
  if (g_strcmp0 (group, "robustness") == 0)
    return _("How accurate and secure is the application, and what happens when it goes "
             "wrong?");
  if (g_strcmp0 (group, "data-quality") == 0)
    return _("Which data is behind the application, and is it good enough for our workers "
             "and our work?");
  if (g_strcmp0 (group, "ethics") == 0)
    return _("Which checks guard against discrimination and privacy harm, and does a person "
             "keep the last word?");
  return _("Does the application comply with the EU AI Act and the GDPR, and what do we need "
           "to meet our own obligations?");
}

static char *
normalise (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_casefold (stripped, -1);
}

/* The vendor's question that a comparison row stands for, as insp_workspace_compare_vendors
 * matches them: a built-in one by key, an own one by group and text. */
static InspVendorQuestion *
find_question (GPtrArray                     *questions,
               const InspVendorComparisonRow *row)
{
  g_autofree char *text = row->key == NULL ? normalise (row->question) : NULL;
  InspVendorQuestion *found = NULL;

  for (guint i = 0; i < questions->len; i++)
    {
      InspVendorQuestion *q = g_ptr_array_index (questions, i);

      if (g_strcmp0 (q->group, row->group) != 0)
        continue;
      if (row->key != NULL && g_strcmp0 (q->key, row->key) == 0)
        found = q;
      else if (row->key == NULL && q->key == NULL)
        {
          g_autofree char *other = normalise (q->question);

          if (g_str_equal (text, other))
            found = q;
        }
    }
  /* the last one, as the comparison's rating */
  return found;
}

static void
add_application_table (InspDocBlock    *body,
                       InspApplication *application)
{
  InspDocBlock *table = insp_doc_add_table (body, 2, 0);
  InspDocBlock *row;

  row = insp_doc_table_add_row (table, _("AI application"), NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1),
                                    application != NULL
                                    ? insp_application_get_name (application) : NULL,
                                    _("the AI application’s name"));
  row = insp_doc_table_add_row (table, _("What it is for"), NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1),
                                    application != NULL
                                    ? insp_application_get_purpose (application) : NULL,
                                    _("what the application is for"));
  row = insp_doc_table_add_row (table, _("Departments it affects"), NULL);
  insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1),
                                    application != NULL
                                    ? insp_application_get_affected_departments (application)
                                    : NULL,
                                    _("the departments it affects"));
}

/* --- The questionnaire ------------------------------------------------------------------ */

static void
add_questionnaire_intro (InspDocBlock *body,
                         const char   *organisation)
{
  g_autofree char *text = NULL;

  insp_doc_add_heading (body, 1, _("Why we ask these questions"));
  /* Translators: %s is the organisation's name, or “The organisation” */
  text = g_strdup_printf (_("%s is considering the AI application described below, or "
                            "already uses it. Before an organisation chooses, builds or "
                            "rolls out an AI application, it needs to know whether the "
                            "application works as promised, whether it is reliable, whether "
                            "the data behind it is good enough, which ethical checks are "
                            "built in, and whether it complies with the law."),
                          organisation);
  insp_doc_add_paragraph (body, text);
  insp_doc_add_paragraph (body, _("An organisation that buys an AI application remains "
                                  "responsible for the application and for how it is used at "
                                  "work, also towards its employees. Your answers help us "
                                  "carry that responsibility."));
  insp_doc_add_paragraph (body, _("We introduce AI together with our employees. Their "
                                  "representatives and the employees who will work with the "
                                  "application read your answers, and some of the questions "
                                  "below are theirs. Concrete answers, with figures, examples "
                                  "and documents where you have them, help all of us decide "
                                  "well."));
  insp_doc_add_note (body, _("Please answer each question in the space under it, or on a "
                             "separate sheet with the question’s number. Where a question "
                             "does not apply or cannot be answered yet, say so and why: an "
                             "honest “not yet” helps more than no answer."));
}

static void
add_questionnaire_group (InspDocBlock *body,
                         const char   *group,
                         GPtrArray    *own,
                         guint        *number)
{
  const InspBuiltinQuestion *builtin;
  gboolean first_own = TRUE;
  InspDocBlock *block;
  guint n;

  insp_doc_add_heading (body, 1, insp_enum_get_label (&insp_enum_vendor_group, group));
  block = insp_doc_add_paragraph (body, NULL);
  insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS, group_question (group));

  builtin = insp_vendor_get_builtin_questions (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = NULL;

      if (g_strcmp0 (builtin[i].group, group) != 0)
        continue;
      /* a number and a question */
      label = g_strdup_printf ("%u. %s", ++*number, _(builtin[i].question));
      insp_doc_add_field (body, label, ANSWER_LINES);
    }

  for (guint i = 0; own != NULL && i < own->len; i++)
    {
      const InspVendorComparisonRow *row = g_ptr_array_index (own, i);
      g_autofree char *label = NULL;

      if (row->key != NULL || g_strcmp0 (row->group, group) != 0)
        continue;
      if (first_own)
        {
          block = insp_doc_add_paragraph (body, NULL);
          insp_doc_block_add_text (block, INSP_DOC_STYLE_STRONG,
                                   _("Our own questions about this application"));
          first_own = FALSE;
        }
      label = g_strdup_printf ("%u. %s", ++*number, row->question);
      insp_doc_add_field (body, label, ANSWER_LINES);
    }
}

InspDocument *
_insp_template_build_vendor_questionnaire (InspWorkspace            *workspace,
                                           const InspTemplate       *template,
                                           const InspRenderOptions  *options,
                                           GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(InspApplication) application = NULL;
  g_autoptr(InspVendorComparison) cmp = NULL;
  g_autoptr(InspDocument) doc = NULL;
  InspOrganisation *organisation;
  const char *name;
  InspDocMeta *meta;
  InspDocBlock *body;
  guint number = 0;

  application = _insp_template_get_application (workspace, options, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (application != NULL
      && (cmp = insp_workspace_compare_vendors (workspace,
                                                insp_application_get_uuid (application),
                                                NULL, error)) == NULL)
    return NULL;

  doc = _insp_template_new_document (workspace, options, _("Questionnaire for the AI vendor"));
  meta = insp_document_get_meta (doc);
  if (application != NULL)
    meta->subtitle = g_strdup (insp_application_get_name (application));
  meta->status = g_strdup (_("To be answered by the vendor"));

  body = insp_document_get_body (doc);
  organisation = insp_workspace_get_organisation (workspace);
  name = organisation != NULL ? insp_organisation_get_name (organisation) : NULL;
  add_questionnaire_intro (body, insp_is_blank (name) ? _("The organisation") : name);

  insp_doc_add_heading (body, 1, _("The application and the vendor"));
  add_application_table (body, application);
  insp_doc_add_field (body, _("Vendor (company name)"), 1);
  insp_doc_add_field (body, _("Contact person and role"), 1);
  insp_doc_add_field (body, _("Date of the answers"), 1);

  for (guint i = 0; i < insp_enum_vendor_group.n_values; i++)
    add_questionnaire_group (body, insp_enum_vendor_group.values[i].id,
                             cmp != NULL ? cmp->rows : NULL, &number);

  insp_doc_add_heading (body, 1, _("Answered by"));
  insp_doc_add_paragraph (body, _("The vendor confirms that these answers are correct and "
                                  "complete to the best of its knowledge, and will report any "
                                  "change that affects them."));
  insp_doc_add_field (body, _("Name and role"), 1);
  insp_doc_add_field (body, _("Place and date"), 1);
  insp_doc_add_field (body, _("Signature"), 2);

  return g_steal_pointer (&doc);
}

/* --- The assessment --------------------------------------------------------------------- */

/* A vendor's answer in a cell: the rating, the answer, the follow-up. */
static void
add_answer_runs (InspDocBlock             *cell,
                 const InspVendorQuestion *q,
                 gboolean                  with_rating)
{
  gboolean any = FALSE;

  if (q == NULL)
    {
      insp_doc_block_add_text (cell, INSP_DOC_STYLE_EMPHASIS, _("Not asked"));
      return;
    }
  if (with_rating)
    {
      insp_doc_block_add_text (cell, INSP_DOC_STYLE_STRONG,
                               insp_enum_get_label (&insp_enum_rating, q->rating));
      any = TRUE;
    }
  if (q->answer != NULL && *q->answer != '\0')
    {
      if (any)
        insp_doc_block_add_line_break (cell);
      insp_doc_block_add_text (cell, INSP_DOC_STYLE_NONE, q->answer);
      any = TRUE;
    }
  if (with_rating && q->follow_up != NULL && *q->follow_up != '\0')
    {
      if (any)
        insp_doc_block_add_line_break (cell);
      /* Translators: before what is still to be done about a vendor's answer */
      insp_doc_block_add_text (cell, INSP_DOC_STYLE_EMPHASIS, _("Follow-up: "));
      insp_doc_block_add_text (cell, INSP_DOC_STYLE_EMPHASIS, q->follow_up);
    }
}

static void
add_summary (InspDocBlock         *body,
             InspApplication      *application,
             InspVendorComparison *cmp)
{
  InspDocBlock *table;
  InspDocBlock *block;
  InspDocBlock *list = NULL;

  insp_doc_add_heading (body, 1, _("Summary"));
  block = insp_doc_add_paragraph (body, _("Vendor chosen: "));
  insp_doc_block_add_text_or_blank (block, insp_application_get_vendor (application),
                                    _("the vendor chosen, once chosen"));

  table = insp_doc_add_table (body, 1 + insp_enum_rating.n_values, 1);
  block = insp_doc_table_add_row (table, _("Vendor"), NULL);
  for (guint r = 0; r < insp_enum_rating.n_values; r++)
    insp_doc_block_add_text (g_ptr_array_index (block->children, r + 1), INSP_DOC_STYLE_NONE,
                             _(insp_enum_rating.values[r].label));
  for (guint v = 0; v < cmp->vendors->len; v++)
    {
      InspVendor *vendor = g_ptr_array_index (cmp->vendors, v);

      block = insp_doc_table_add_row (table, vendor->name, NULL);
      for (guint r = 0; r < insp_enum_rating.n_values; r++)
        {
          guint count = insp_vendor_comparison_get_count (cmp, v,
                                                          insp_enum_rating.values[r].id);
          g_autofree char *text = g_strdup_printf ("%u", count);

          insp_doc_block_add_text (g_ptr_array_index (block->children, r + 1),
                                   INSP_DOC_STYLE_NONE, text);
        }
    }

  for (guint v = 0; v < cmp->vendors->len; v++)
    {
      InspVendor *vendor = g_ptr_array_index (cmp->vendors, v);

      if (vendor->notes == NULL || *vendor->notes == '\0')
        continue;
      if (list == NULL)
        {
          insp_doc_add_heading (body, 2, _("Notes on the vendors"));
          list = insp_doc_add_list (body, FALSE);
        }
      block = insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL), NULL);
      insp_doc_block_add_text (block, INSP_DOC_STYLE_STRONG, vendor->name);
      insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ": ");
      insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, vendor->notes);
    }
}

static void
add_assessment_group (InspDocBlock         *body,
                      const char           *group,
                      InspVendorComparison *cmp,
                      GPtrArray            *questions)
{
  guint n_vendors = cmp->vendors->len;
  gboolean side_by_side = n_vendors > 1;
  InspDocBlock *table = NULL;

  insp_doc_add_heading (body, 1, insp_enum_get_label (&insp_enum_vendor_group, group));

  for (guint i = 0; i < cmp->rows->len; i++)
    {
      const InspVendorComparisonRow *row = g_ptr_array_index (cmp->rows, i);
      InspDocBlock *cells;

      if (g_strcmp0 (row->group, group) != 0)
        continue;
      if (table == NULL && side_by_side)
        {
          table = insp_doc_add_table (body, 1 + n_vendors, 1);
          cells = insp_doc_table_add_row (table, _("Question"), NULL);
          for (guint v = 0; v < n_vendors; v++)
            insp_doc_block_add_text (g_ptr_array_index (cells->children, v + 1),
                                     INSP_DOC_STYLE_NONE,
                                     ((InspVendor *) g_ptr_array_index (cmp->vendors, v))->name);
        }
      else if (table == NULL)
        {
          table = insp_doc_add_table (body, 4, 1);
          insp_doc_table_add_row (table, _("Question"), _("Answer"), _("Rating"),
                                  _("Follow-up"), NULL);
        }

      cells = insp_doc_table_add_row (table, row->question, NULL);
      if (side_by_side)
        {
          for (guint v = 0; v < n_vendors; v++)
            add_answer_runs (g_ptr_array_index (cells->children, v + 1),
                             find_question (g_ptr_array_index (questions, v), row), TRUE);
        }
      else
        {
          InspVendorQuestion *q = find_question (g_ptr_array_index (questions, 0), row);

          add_answer_runs (g_ptr_array_index (cells->children, 1), q, FALSE);
          insp_doc_block_add_text (g_ptr_array_index (cells->children, 2), INSP_DOC_STYLE_NONE,
                                   q != NULL ? insp_enum_get_label (&insp_enum_rating,
                                                                    q->rating)
                                             : NULL);
          insp_doc_block_add_text (g_ptr_array_index (cells->children, 3), INSP_DOC_STYLE_NONE,
                                   q != NULL ? q->follow_up : NULL);
        }
    }

  if (table == NULL)
    insp_doc_add_paragraph (body, _("No vendor was asked a question in this group."));
}

/* No application or no vendor yet: the built-in questions, to fill in by hand. */
static void
add_assessment_form (InspDocBlock *body)
{
  const InspBuiltinQuestion *builtin;
  guint n;

  builtin = insp_vendor_get_builtin_questions (&n);
  for (guint g = 0; g < insp_enum_vendor_group.n_values; g++)
    {
      const char *group = insp_enum_vendor_group.values[g].id;
      InspDocBlock *table;

      insp_doc_add_heading (body, 1, _(insp_enum_vendor_group.values[g].label));
      table = insp_doc_add_table (body, 4, 1);
      insp_doc_table_add_row (table, _("Question"), _("Answer"), _("Rating"), _("Follow-up"),
                              NULL);
      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (builtin[i].group, group) == 0)
          insp_doc_table_add_row (table, _(builtin[i].question), NULL);
    }
}

InspDocument *
_insp_template_build_vendor_assessment (InspWorkspace            *workspace,
                                        const InspTemplate       *template,
                                        const InspRenderOptions  *options,
                                        GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(InspApplication) application = NULL;
  g_autoptr(InspVendorComparison) cmp = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(InspDocument) doc = NULL;
  InspDocMeta *meta;
  InspDocBlock *body;
  InspDocBlock *block;

  application = _insp_template_get_application (workspace, options, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (application != NULL)
    {
      cmp = insp_workspace_compare_vendors (workspace, insp_application_get_uuid (application),
                                            NULL, error);
      if (cmp == NULL)
        return NULL;
      questions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      for (guint v = 0; v < cmp->vendors->len; v++)
        {
          InspVendor *vendor = g_ptr_array_index (cmp->vendors, v);
          GPtrArray *asked = insp_workspace_list_vendor_questions (workspace, vendor->uuid,
                                                                   error);

          if (asked == NULL)
            return NULL;
          g_ptr_array_add (questions, asked);
        }
    }

  doc = _insp_template_new_document (workspace, options, _("Vendor assessment"));
  meta = insp_document_get_meta (doc);
  if (application != NULL)
    meta->subtitle = g_strdup (insp_application_get_name (application));

  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);
  insp_doc_add_heading (body, 1, _("About this assessment"));
  insp_doc_add_paragraph (body, _("Before choosing or rolling out an AI application, the "
                                  "organisation asks its vendors about the application’s "
                                  "effectiveness, reliability and robustness, data quality, "
                                  "built-in ethical checks and lawfulness. An organisation "
                                  "that buys an application remains responsible for it and "
                                  "for how it is used."));
  insp_doc_add_paragraph (body, _("Each answer is rated satisfactory, partly satisfactory, "
                                  "unsatisfactory or unanswered, and what is still to be done "
                                  "about it is noted as its follow-up. Where several vendors "
                                  "were asked, their answers stand side by side."));
  add_application_table (body, application);

  if (cmp == NULL || cmp->vendors->len == 0)
    {
      block = insp_doc_add_paragraph (body, _("No vendor has been asked yet. "));
      insp_doc_block_add_blank (block, _("the vendors asked, their answers and the ratings"));
      add_assessment_form (body);
      return g_steal_pointer (&doc);
    }

  add_summary (body, application, cmp);
  for (guint i = 0; i < insp_enum_vendor_group.n_values; i++)
    add_assessment_group (body, insp_enum_vendor_group.values[i].id, cmp, questions);

  return g_steal_pointer (&doc);
}
