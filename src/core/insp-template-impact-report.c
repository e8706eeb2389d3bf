/* insp-template-impact-report.c — the export of an application's impact assessment
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the works council: how each stakeholder group, at each moment, expects the application
 * to change work (the ten indicators of the Flemish workability monitor, the paper's concerns
 * and the organisational impact), where groups differ by two points or more and whether that
 * was talked about, how expectations moved between assessments, and the invisible work the
 * application needs with its budget.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-assessment.h"
#include "insp-enums.h"
#include "insp-group.h"
#include "insp-invisible-work.h"
#include "insp-template-private.h"

/* The first concern in insp_enum_topic, and the first item of the organisational impact. */
#define FIRST_CONCERN INSP_N_INDICATORS
#define FIRST_ORGANISATIONAL (INSP_N_INDICATORS + 5)

static InspDocBlock *
cell (InspDocBlock *row,
      guint         column)
{
  return g_ptr_array_index (row->children, column);
}

/* "+2", "+1", "0", "−1", "−2" */
static char *
format_effect (int effect)
{
  if (effect > 0)
    return g_strdup_printf ("+%d", effect);
  if (effect < 0)
    return g_strdup_printf ("−%d", -effect);
  return g_strdup ("0");
}

static char *
format_money (double amount)
{
  g_autofree char *number = g_strdup_printf ("%'.0f", amount);

  /* Translators: an amount in euros, e.g. "€ 12 400"; put the sign where your language
   * does */
  return g_strdup_printf (_("€ %s"), number);
}

static const char *
group_name (GHashTable *groups,
            const char *uuid)
{
  const char *name = uuid != NULL ? g_hash_table_lookup (groups, uuid) : NULL;

  return name != NULL ? name : _("A group no longer in the list");
}

static void
add_about (InspDocBlock *body)
{
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("About this report"));
  insp_doc_add_paragraph (body, _("Before, during and after the introduction of an AI "
                                  "application, the groups involved say how they expect it to "
                                  "change work. Management, HR, finance, the technical people, "
                                  "the end users and the employees’ representatives each see "
                                  "a different part of the picture; this report puts their "
                                  "expectations side by side."));
  insp_doc_add_paragraph (body, _("Each group scores the ten indicators of the Flemish "
                                  "workability monitor, the concerns employees often have "
                                  "and the impact on the organisation:"));
  list = insp_doc_add_list (body, FALSE);
  insp_doc_list_add_item (list, _("+2: clearly better; +1: somewhat better; 0: no change; "
                                  "−1: somewhat worse; −2: clearly worse."));
  insp_doc_list_add_item (list, _("The confidence (low, medium, high) says how sure the "
                                  "group is; the rationale says why."));
  insp_doc_list_add_item (list, _("Where two groups differ by two points or more, they see "
                                  "the application differently: that is worth talking "
                                  "about."));
}

static void
add_score_table (InspDocBlock   *body,
                 InspAssessment *assessment,
                 const char     *title,
                 guint           first,
                 guint           end)
{
  InspDocBlock *table;

  insp_doc_block_add_text (insp_doc_add_paragraph (body, NULL), INSP_DOC_STYLE_STRONG, title);
  table = insp_doc_add_table (body, 4, 1);
  insp_doc_table_add_row (table, _("Indicator"), _("Expected effect"), _("Confidence"),
                          _("Rationale"), NULL);
  for (guint i = first; i < end; i++)
    {
      const InspEnumValue *value = &insp_enum_topic.values[i];
      const InspScore *score = insp_assessment_get_score (assessment, value->id);
      g_autofree char *effect = NULL;
      InspDocBlock *row;

      if (score == NULL)
        {
          row = insp_doc_table_add_row (table, _(value->label), "", "", "", NULL);
          insp_doc_block_add_blank (cell (row, 1), _("not scored"));
          continue;
        }
      effect = format_effect (score->effect);
      row = insp_doc_table_add_row (table, _(value->label), effect,
                                    insp_enum_get_label (&insp_enum_confidence,
                                                         score->confidence),
                                    "", NULL);
      insp_doc_block_add_text_or_blank (cell (row, 3), score->rationale, _("why"));
    }
}

static void
add_assessments (InspDocBlock *body,
                 GPtrArray    *assessments,
                 GHashTable   *groups)
{
  insp_doc_add_heading (body, 1, _("What each group expects"));
  if (assessments == NULL || assessments->len == 0)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("an impact assessment by each group involved"));
      return;
    }

  for (guint i = 0; i < assessments->len; i++)
    {
      InspAssessment *assessment = g_ptr_array_index (assessments, i);
      g_autofree char *date = _insp_template_format_date (insp_assessment_get_date (assessment));
      const char *moment = insp_enum_get_label (&insp_enum_moment,
                                                insp_assessment_get_moment (assessment));
      g_autofree char *heading = NULL;
      const char *notes = insp_assessment_get_notes (assessment);

      if (moment != NULL && date != NULL)
        /* Translators: an assessment's heading: the group, the moment ("Before"), the date */
        heading = g_strdup_printf (_("%s — %s, %s"),
                                   group_name (groups, insp_assessment_get_group (assessment)),
                                   moment, date);
      else
        /* Translators: an assessment's heading: the group, then the date or the moment */
        heading = g_strdup_printf (_("%s — %s"),
                                   group_name (groups, insp_assessment_get_group (assessment)),
                                   date != NULL ? date : moment != NULL ? moment : "");
      insp_doc_add_heading (body, 2, heading);
      if (notes != NULL && *notes != '\0')
        insp_doc_add_paragraph (body, notes);

      add_score_table (body, assessment, _("Workability"), 0, FIRST_CONCERN);
      add_score_table (body, assessment, _("Concerns"), FIRST_CONCERN, FIRST_ORGANISATIONAL);
      add_score_table (body, assessment, _("Organisational impact"), FIRST_ORGANISATIONAL,
                       insp_enum_topic.n_values);
    }
}

static void
add_disagreements (InspDocBlock *body,
                   GPtrArray    *disagreements,
                   GHashTable   *groups,
                   gboolean      assessed)
{
  InspDocBlock *table;

  insp_doc_add_heading (body, 1, _("Where the groups disagree"));
  if (!assessed)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("assessments by at least two groups"));
      return;
    }
  if (disagreements->len == 0)
    {
      insp_doc_add_paragraph (body, _("No two groups differ by two points or more on any "
                                      "indicator."));
    }
  else
    {
      insp_doc_add_paragraph (body, _("Indicators on which two groups differ by two points or "
                                      "more. A disagreement counts as discussed when a held "
                                      "participation activity after the later assessment, or "
                                      "an action, names the indicator."));
      table = insp_doc_add_table (body, 5, 1);
      insp_doc_table_add_row (table, _("Indicator"), _("One group"), _("Other group"),
                              _("Since"), _("Discussed"), NULL);
      for (guint i = 0; i < disagreements->len; i++)
        {
          InspDisagreement *disagreement = g_ptr_array_index (disagreements, i);
          g_autofree char *effect_a = format_effect (disagreement->effect_a);
          g_autofree char *effect_b = format_effect (disagreement->effect_b);
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;
          g_autofree char *since = _insp_template_format_date (disagreement->since);

          /* Translators: a group and the effect it expects, as "End users: −2" */
          a = g_strdup_printf (_("%s: %s"), group_name (groups, disagreement->group_a),
                               effect_a);
          b = g_strdup_printf (_("%s: %s"), group_name (groups, disagreement->group_b),
                               effect_b);
          insp_doc_table_add_row (table,
                                  insp_enum_get_label (&insp_enum_topic, disagreement->item),
                                  a, b, since != NULL ? since : "",
                                  disagreement->discussed ? _("Yes") : _("Not yet"), NULL);
        }
    }
  insp_doc_add_note (body, _("“Managers know best what the impact will be.” They see part of "
                             "it. The people who do the work see what a tool changes in "
                             "their day: the workload, the room to decide for themselves, "
                             "who watches what. Where their scores differ from management’s, "
                             "talk about it before decisions are made."));
}

static void
add_movements (InspDocBlock *body,
               GPtrArray    *movements,
               GHashTable   *groups)
{
  InspDocBlock *table;

  insp_doc_add_heading (body, 1, _("How expectations moved"));
  if (movements->len == 0)
    {
      insp_doc_add_paragraph (body, _("No group has scored the application twice with a "
                                      "different result yet. Assess again after the pilot and "
                                      "after the rollout to see how expectations hold up."));
      return;
    }
  insp_doc_add_paragraph (body, _("Indicators a group scored differently from one "
                                  "assessment to the next."));
  table = insp_doc_add_table (body, 4, 1);
  insp_doc_table_add_row (table, _("Group"), _("Indicator"), _("Earlier score"),
                          _("Later score"), NULL);
  for (guint i = 0; i < movements->len; i++)
    {
      InspMovement *movement = g_ptr_array_index (movements, i);
      g_autofree char *from = format_effect (movement->from);
      g_autofree char *to = format_effect (movement->to);
      g_autofree char *from_date = _insp_template_format_date (movement->from_date);
      g_autofree char *to_date = _insp_template_format_date (movement->to_date);
      /* Translators: an expected effect and the date it was scored, as "+1 (5 February 2026)" */
      g_autofree char *before = g_strdup_printf (_("%s (%s)"), from,
                                                 from_date != NULL ? from_date : "");
      g_autofree char *after = g_strdup_printf (_("%s (%s)"), to,
                                                to_date != NULL ? to_date : "");

      insp_doc_table_add_row (table, group_name (groups, movement->group),
                              insp_enum_get_label (&insp_enum_topic, movement->item),
                              before, after, NULL);
    }
}

static void
add_invisible_work (InspDocBlock            *body,
                    GPtrArray               *items,
                    InspInvisibleWorkTotals *totals)
{
  InspDocBlock *table;
  InspDocBlock *row;
  g_autofree char *hours = NULL;
  g_autofree char *budget = NULL;

  insp_doc_add_heading (body, 1, _("Invisible work"));
  insp_doc_add_paragraph (body, _("An AI application does not run by itself. Data has to be "
                                  "cleaned and labelled, users trained, colleagues informed "
                                  "and existing systems and ways of working adapted. This "
                                  "work is easily forgotten; here it is estimated, with who "
                                  "is responsible for it."));
  if (items == NULL)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("the invisible work and its budget"));
      return;
    }

  table = insp_doc_add_table (body, 5, 1);
  insp_doc_table_add_row (table, _("Kind of work"), _("What"), _("Hours"), _("Budget"),
                          _("Owner"), NULL);
  for (guint i = 0; i < items->len; i++)
    {
      InspInvisibleItem *item = g_ptr_array_index (items, i);
      g_autofree char *item_hours = item->hours >= 0 ? _insp_template_format_hours (item->hours)
                                                     : NULL;
      g_autofree char *item_budget = item->budget >= 0 ? format_money (item->budget) : NULL;

      row = insp_doc_table_add_row (table,
                                    insp_enum_get_label (&insp_enum_invisible_work, item->kind),
                                    item->title != NULL ? item->title : "", "", "", "", NULL);
      insp_doc_block_add_text_or_blank (cell (row, 2), item_hours, _("hours"));
      insp_doc_block_add_text_or_blank (cell (row, 3), item_budget, _("budget"));
      insp_doc_block_add_text_or_blank (cell (row, 4), item->owner, _("owner"));
    }
  hours = _insp_template_format_hours (totals->total_hours);
  budget = format_money (totals->total_budget);
  row = insp_doc_table_add_row (table, "", "", "", "", "", NULL);
  insp_doc_block_add_text (cell (row, 0), INSP_DOC_STYLE_STRONG, _("Total"));
  insp_doc_block_add_text (cell (row, 2), INSP_DOC_STYLE_STRONG, hours);
  insp_doc_block_add_text (cell (row, 3), INSP_DOC_STYLE_STRONG, budget);

  row = insp_doc_add_paragraph (body, NULL);
  if (totals->budget_share >= 0)
    {
      g_autofree char *project = format_money (totals->project_budget);
      /* Translators: the invisible work's share of the project budget: a percentage, then
       * the project budget */
      g_autofree char *text = g_strdup_printf (_("That is %.0f %% of the project budget of %s."),
                                               totals->budget_share * 100, project);

      insp_doc_block_add_text (row, INSP_DOC_STYLE_NONE, text);
    }
  else
    {
      insp_doc_block_add_text (row, INSP_DOC_STYLE_NONE, _("Share of the project budget: "));
      insp_doc_block_add_blank (row, _("the project budget"));
    }
  if (totals->unestimated_kinds != NULL && totals->unestimated_kinds[0] != NULL)
    insp_doc_add_paragraph (body, _("Some kinds of work have no estimate yet; the total "
                                    "leaves them out."));

  insp_doc_add_note (body, _("“AI is plug and play.” It rarely is. Without time and money for "
                             "this work, it lands on the employees on top of their own tasks, "
                             "and the application delivers less than promised. Budget it "
                             "from the start."));
}

InspDocument *
_insp_template_build_impact_report (InspWorkspace            *workspace,
                                    const InspTemplate       *template,
                                    const InspRenderOptions  *options,
                                    GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(InspApplication) application = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) disagreements = NULL;
  g_autoptr(GPtrArray) movements = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(InspInvisibleWorkTotals) totals = NULL;
  g_autoptr(GPtrArray) group_list = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(InspDocument) doc = NULL;
  InspDocMeta *meta;
  InspDocBlock *body;
  guint n_groups = 0;

  application = _insp_template_get_application (workspace, options, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (application != NULL)
    {
      const char *uuid = insp_application_get_uuid (application);

      if ((assessments = insp_workspace_list_assessments (workspace, uuid, error)) == NULL
          || (disagreements = insp_workspace_list_disagreements (workspace, uuid,
                                                                 error)) == NULL
          || (items = insp_workspace_list_invisible_work (workspace, uuid, error)) == NULL
          || (totals = insp_workspace_get_invisible_work_totals (workspace, uuid,
                                                                 error)) == NULL)
        return NULL;
      movements = insp_assessments_find_movements (assessments);
    }
  else
    {
      movements = g_ptr_array_new ();
    }
  if ((group_list = insp_workspace_list_groups (workspace, error)) == NULL)
    return NULL;
  for (guint i = 0; i < group_list->len; i++)
    {
      InspGroup *group = g_ptr_array_index (group_list, i);

      g_hash_table_insert (groups, (char *) insp_group_get_uuid (group),
                           (char *) insp_group_get_display_name (group));
    }
  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    if (i == 0 || g_strcmp0 (insp_assessment_get_group (g_ptr_array_index (assessments, i)),
                             insp_assessment_get_group (g_ptr_array_index (assessments,
                                                                           i - 1))) != 0)
      n_groups++;

  doc = _insp_template_new_document (workspace, options, _("Impact assessment report"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = application != NULL
                   ? g_strdup (insp_application_get_name (application))
                   : insp_doc_dup_blank_text (_("the AI application"));

  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);
  add_about (body);
  add_assessments (body, assessments, groups);
  add_disagreements (body, disagreements, groups, n_groups >= 2);
  add_movements (body, movements, groups);
  add_invisible_work (body, items, totals);

  return g_steal_pointer (&doc);
}
