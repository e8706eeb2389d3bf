/* insp-template-agreements.c — agreements between the employer and the employees'
 * representatives
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * agreement-collective: clauses for a collective agreement on algorithmic and automated
 * decision systems, in numbered articles.
 * agreement-pilot: a framework agreement for the pilot of one application: scope, duration
 * (the track's pilot rounds), participants (the groups), data, the evaluation on the
 * indicators of workable work, the right to stop and what happens after.
 * charter: a declaration of commitment to involve employees in every AI introduction.
 *
 * All three are written in the neutral third person ("the employer", "the employees'
 * representatives") and leave blanks for what the parties still have to agree on.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-group.h"
#include "insp-inventory.h"
#include "insp-organisation.h"
#include "insp-template-private.h"
#include "insp-validate-private.h"

typedef struct
{
  InspDocBlock *body;
  guint         article;
  InspDocBlock *clauses;   /* the current article's ordered list */
} Articles;

static const char *
organisation_name (InspWorkspace *workspace)
{
  InspOrganisation *organisation = insp_workspace_get_organisation (workspace);
  const char *name = organisation != NULL ? insp_organisation_get_name (organisation) : NULL;

  return insp_is_blank (name) ? NULL : name;
}

static void
begin_article (Articles   *articles,
               const char *title)
{
  /* Translators: an article's heading in an agreement: its number, its title */
  g_autofree char *heading = g_strdup_printf (_("Article %u. %s"), ++articles->article, title);

  insp_doc_add_heading (articles->body, 1, heading);
  articles->clauses = insp_doc_add_list (articles->body, TRUE);
}

/* A clause of the current article; @blank, when set, is a blank after @text, and @after
 * follows it. */
static InspDocBlock *
add_clause (Articles   *articles,
            const char *text,
            const char *blank,
            const char *after)
{
  InspDocBlock *item = insp_doc_list_add_item (articles->clauses, NULL);
  InspDocBlock *paragraph = insp_doc_add_paragraph (item, NULL);

  insp_doc_block_add_text (paragraph, INSP_DOC_STYLE_NONE, text);
  if (blank != NULL)
    insp_doc_block_add_blank (paragraph, blank);
  insp_doc_block_add_text (paragraph, INSP_DOC_STYLE_NONE, after);
  return paragraph;
}

/* The employees' representative bodies the organisation has, as a sentence's list; NULL
 * when it has none recorded. */
static char *
dup_representative_bodies (InspWorkspace *workspace)
{
  InspOrganisation *organisation = insp_workspace_get_organisation (workspace);
  g_autoptr(GPtrArray) bodies = g_ptr_array_new ();

  if (organisation == NULL)
    return NULL;
  if (insp_organisation_get_has_works_council (organisation))
    g_ptr_array_add (bodies, (gpointer) _("works council"));
  if (insp_organisation_get_has_prevention_committee (organisation))
    g_ptr_array_add (bodies, (gpointer) _("prevention committee"));
  if (insp_organisation_get_has_union_delegation (organisation))
    g_ptr_array_add (bodies, (gpointer) _("union delegation"));
  if (bodies->len == 0)
    return NULL;
  g_ptr_array_add (bodies, NULL);
  return g_strjoinv (", ", (char **) bodies->pdata);
}

static void
add_parties (InspDocBlock  *body,
             InspWorkspace *workspace)
{
  g_autofree char *bodies = dup_representative_bodies (workspace);
  InspDocBlock *block;

  insp_doc_add_heading (body, 1, _("Parties"));
  insp_doc_add_paragraph (body, C_("parties of an agreement", "Between"));
  block = insp_doc_add_paragraph (body, NULL);
  insp_doc_block_add_text_or_blank (block, organisation_name (workspace),
                                    _("the organisation’s name"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE,
                           _(", hereinafter “the employer”, represented by "));
  insp_doc_block_add_blank (block, _("the name and function of the employer’s "
                                     "representative"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ",");
  insp_doc_add_paragraph (body, C_("parties of an agreement", "and"));
  block = insp_doc_add_paragraph (body, _("the employees’ representatives ("));
  insp_doc_block_add_text_or_blank (block, bodies, _("the representative bodies"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE,
                           _("), hereinafter “the employees’ representatives”, represented "
                             "by "));
  insp_doc_block_add_blank (block, _("the names and functions of their representatives"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");
}

static void
add_signatures (InspDocBlock *body)
{
  InspDocBlock *block;

  insp_doc_add_heading (body, 1, _("Signatures"));
  block = insp_doc_add_paragraph (body, _("Drawn up in "));
  insp_doc_block_add_blank (block, C_("blank", "place"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, C_("place and date", " on "));
  insp_doc_block_add_blank (block, C_("blank", "date"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE,
                           _(", in as many copies as there are parties, each party "
                             "acknowledging receipt of its own."));
  insp_doc_add_field (body, _("For the employer: name, function and signature"), 3);
  insp_doc_add_field (body, _("For the employees’ representatives: names, functions and "
                              "signatures"), 4);
}

/* --- The collective agreement ----------------------------------------------------------- */

InspDocument *
_insp_template_build_agreement_collective (InspWorkspace            *workspace,
                                           const InspTemplate       *template,
                                           const InspRenderOptions  *options,
                                           GError                  **error)
{
  g_autoptr(InspDocument) doc = NULL;
  InspDocMeta *meta;
  Articles a = { NULL, 0, NULL };
  InspDocBlock *block;

  doc = _insp_template_new_document (workspace, options,
                                     _("Agreement on algorithmic and automated decision "
                                       "systems"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("Clauses for a collective agreement"));
  meta->status = g_strdup (_("Template — to adapt and negotiate"));
  a.body = insp_document_get_body (doc);

  insp_doc_add_toc (a.body);
  insp_doc_add_note (a.body, _("These clauses are a starting point for the negotiation "
                               "between the employer and the employees’ representatives. "
                               "Adapt them to the organisation, to the collective agreements "
                               "of the sector and to the law, such as the EU AI Act and the "
                               "GDPR. The blanks mark what the parties still have to agree "
                               "on."));
  add_parties (a.body, workspace);
  insp_doc_add_paragraph (a.body, _("The parties agree as follows."));

  begin_article (&a, _("Scope and definitions"));
  block = add_clause (&a, _("This agreement applies to every algorithmic or automated "
                            "decision system that the employer introduces, uses or changes "
                            "and that affects the work, the working conditions, the "
                            "assessment or the employment of the employees of "), NULL, NULL);
  insp_doc_block_add_text_or_blank (block, organisation_name (workspace),
                                    _("the organisation’s name"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");
  add_clause (&a, _("An algorithmic or automated decision system, hereinafter “a system”, is "
                    "a system, an AI system among others, that makes or supports decisions, "
                    "proposals, predictions or assessments about employees or their work on "
                    "the basis of data."), NULL, NULL);
  add_clause (&a, _("The agreement applies alike to systems developed by the employer and to "
                    "systems bought from a vendor or used as a service."), NULL, NULL);

  begin_article (&a, _("Information and consultation before introduction"));
  add_clause (&a, _("The employer informs the employees’ representatives in writing of any "
                    "plan to introduce a system or to change one substantially, as early as "
                    "possible and in any case before the decision to buy or develop it is "
                    "taken."), NULL, NULL);
  add_clause (&a, _("The information covers at least the purpose of the system, the tasks and "
                    "decisions it supports, the employees and departments it affects, the "
                    "data it uses, the vendor, the expected effects on employment, work "
                    "organisation, working conditions and skills, and the planning."),
              NULL, NULL);
  add_clause (&a, _("The employer consults the employees’ representatives on the plan, on "
                    "the assessment of its impact and on the measures to limit adverse "
                    "effects, and answers their advice with reasons before the decision is "
                    "taken."), NULL, NULL);
  add_clause (&a, _("The employees who will work with the system are involved from the "
                    "identification of the needs onwards and in every phase of the "
                    "introduction. The higher the risk of the system, the more often and the "
                    "more intensely they are involved."), NULL, NULL);

  begin_article (&a, _("Limits on data collection and surveillance"));
  add_clause (&a, _("A system processes only the personal data of employees that is "
                    "necessary for the purpose communicated under article 2, and keeps it no "
                    "longer than that purpose requires."), NULL, NULL);
  add_clause (&a, _("A system is not used to monitor employees continuously, to recognise "
                    "their emotions, to look into their private life or private "
                    "communications, or to follow their union activity."), NULL, NULL);
  add_clause (&a, _("Data collected for one purpose is not used for another, in particular "
                    "not to assess individual performance, without the prior consultation "
                    "of the employees’ representatives."), NULL, NULL);
  add_clause (&a, _("Where the law requires a data protection impact assessment, the "
                    "employer carries it out before the system is introduced and shares its "
                    "conclusions with the employees’ representatives."), NULL, NULL);

  begin_article (&a, _("Human review and the right to explanation and to contest"));
  add_clause (&a, _("Every decision, proposal or assessment of a system that affects an "
                    "employee can be checked, changed or overruled by a competent person "
                    "who has the time, the training and the authority to do so."),
              NULL, NULL);
  add_clause (&a, _("An employee affected by such a decision has the right to a clear "
                    "explanation, in understandable language, of the part the system played "
                    "in it and of the main factors it took into account."), NULL, NULL);
  block = add_clause (&a, _("An employee can contest such a decision with "),
                      _("the person or service to contest with"),
                      _(". A person who was not involved in the decision reviews it and "
                        "answers in writing within "));
  insp_doc_block_add_blank (block, _("the number of working days"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, _(" working days."));
  add_clause (&a, _("No employee may suffer any disadvantage for asking for an explanation "
                    "or for contesting a decision."), NULL, NULL);

  begin_article (&a, _("No fully automated decisions on hiring, discipline or dismissal"));
  add_clause (&a, _("Decisions on recruitment and selection, promotion, pay, discipline and "
                    "the end of employment are always taken by a person. A system may "
                    "support such a decision; it may not take it."), NULL, NULL);
  add_clause (&a, _("The person who takes the decision weighs the case on its own merits and "
                    "does not merely confirm what the system proposed."), NULL, NULL);
  add_clause (&a, _("Candidates and employees are told when a system was used to prepare "
                    "such a decision about them."), NULL, NULL);

  begin_article (&a, _("Training"));
  add_clause (&a, _("Before a system is introduced, the employer trains the employees who "
                    "will work with it, during working time and at its own expense: how to "
                    "use it, what it can and cannot do, and how to check, correct and report "
                    "its results."), NULL, NULL);
  add_clause (&a, _("The employees’ representatives receive the training they need to "
                    "understand systems and to assess their effects."), NULL, NULL);
  add_clause (&a, _("The budget of every introduction includes this training and the other "
                    "work that is easily overlooked, such as cleaning and labelling data and "
                    "the extra work while the system is starting up."), NULL, NULL);

  begin_article (&a, _("Job security and redeployment"));
  add_clause (&a, _("The introduction of a system does not lead to dismissals for economic "
                    "reasons of the employees it affects, for a period of "),
              _("the period of the guarantee"), ".");
  add_clause (&a, _("Where a system changes or takes over tasks, the employer looks, in "
                    "consultation with the employees’ representatives, for suitable other "
                    "work for the employees concerned and offers them the retraining they "
                    "need for it, during working time and at its own expense."), NULL, NULL);
  add_clause (&a, _("Changes in job content, workload and work organisation that a system "
                    "brings about are discussed with the employees’ representatives before "
                    "they take effect."), NULL, NULL);

  begin_article (&a, _("Joint evaluation committee"));
  add_clause (&a, _("The parties set up a joint evaluation committee, with as many members "
                    "appointed by the employer as by the employees’ representatives: "),
              _("the number of members on each side"), ".");
  add_clause (&a, _("The committee follows every system from its introduction: it reviews "
                    "the impact assessments, the results of pilots, the feedback and "
                    "complaints of employees, and the effects on workable work, such as work "
                    "stress, workload, autonomy and learning opportunities."), NULL, NULL);
  add_clause (&a, _("The committee meets at least "), C_("blank", "how often"),
              _(", and whenever one of its members asks for it because of a serious "
                "problem. It can propose to adjust, suspend or stop a system."));
  add_clause (&a, _("The committee reports on its work to the employees’ representatives and "
                    "to the management at least once a year."), NULL, NULL);

  begin_article (&a, _("Data access for the employees’ representatives"));
  add_clause (&a, _("The employees’ representatives have access to the information they need "
                    "to understand and assess a system: its documentation and instructions "
                    "for use, the categories of data it processes, the results of its "
                    "evaluations and impact assessments, and figures on its results and "
                    "errors that do not identify individual employees."), NULL, NULL);
  add_clause (&a, _("At their request, the employer asks the vendor for the information the "
                    "employees’ representatives need, as far as the vendor must or has "
                    "agreed to provide it."), NULL, NULL);
  add_clause (&a, _("The employees’ representatives may be assisted by an expert of their "
                    "choice, at the employer’s expense up to "),
              _("the budget for the expert"),
              _(". They treat confidential information as confidential."));

  begin_article (&a, _("Dispute procedure"));
  add_clause (&a, _("A disagreement on the application of this agreement is first discussed "
                    "in the joint evaluation committee."), NULL, NULL);
  block = add_clause (&a, _("When it is not settled within "), C_("blank", "the period"),
                      _(", either party may bring it before "));
  insp_doc_block_add_blank (block, _("the conciliation body or mediator agreed on"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");
  add_clause (&a, _("While the dispute lasts, the parties take no step that would make its "
                    "outcome pointless. Where the dispute is about a possible breach of "
                    "articles 3 to 5, the disputed use of the system is suspended."),
              NULL, NULL);

  begin_article (&a, _("Duration and evaluation"));
  add_clause (&a, _("This agreement takes effect on "), C_("blank", "date"),
              _(" and is concluded for an indefinite period."));
  add_clause (&a, _("The parties evaluate it together at least every "),
              C_("blank", "how often"),
              _(", and adapt it to changes in technology and in the law."));
  add_clause (&a, _("Either party may end it by registered letter with a notice of "),
              _("the notice period"), ".");

  add_signatures (a.body);
  return g_steal_pointer (&doc);
}

/* --- The pilot --------------------------------------------------------------------------- */

static void
add_pilot_duration (Articles  *a,
                    InspTrack *track)
{
  g_autoptr(GPtrArray) rounds = g_ptr_array_new ();

  for (guint i = 0; track != NULL && i < track->phases->len; i++)
    {
      InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

      if (g_strcmp0 (phase->phase, "pilot") == 0)
        g_ptr_array_add (rounds, phase);
    }

  for (guint i = 0; i < MAX (rounds->len, 1); i++)
    {
      InspTrackPhase *phase = i < rounds->len ? g_ptr_array_index (rounds, i) : NULL;
      g_autofree char *start = _insp_template_format_date (phase != NULL ? phase->start_date
                                                                         : NULL);
      g_autofree char *end = _insp_template_format_date (phase != NULL ? phase->end_date
                                                                       : NULL);
      InspDocBlock *block;

      if (rounds->len > 1)
        {
          /* Translators: before the dates of one of a pilot's rounds */
          g_autofree char *text = g_strdup_printf (_("Round %u of the pilot runs from "),
                                                   phase->round);

          block = add_clause (a, text, NULL, NULL);
        }
      else
        {
          block = add_clause (a, _("The pilot runs from "), NULL, NULL);
        }
      insp_doc_block_add_text_or_blank (block, start, _("the start date"));
      insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, C_("from a date to a date", " to "));
      insp_doc_block_add_text_or_blank (block, end, _("the end date"));
      insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");
    }
  add_clause (a, _("The parties can agree to extend the pilot or to add a round, in writing "
                   "and before the pilot ends."), NULL, NULL);
}

/* The names of the groups involved in the pilot's rounds, without repeats. */
static char *
dup_pilot_groups (InspWorkspace  *workspace,
                  InspTrack      *track,
                  GError        **error)
{
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (track == NULL)
    return NULL;
  groups = insp_workspace_list_groups (workspace, error);
  if (groups == NULL)
    return NULL;
  for (guint g = 0; g < groups->len; g++)
    {
      InspGroup *group = g_ptr_array_index (groups, g);
      gboolean involved = FALSE;

      for (guint i = 0; i < track->phases->len && !involved; i++)
        {
          InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

          involved = g_strcmp0 (phase->phase, "pilot") == 0 && phase->groups != NULL
                     && g_strv_contains ((const char * const *) phase->groups,
                                         insp_group_get_uuid (group));
        }
      if (involved)
        g_ptr_array_add (names, (gpointer) insp_group_get_display_name (group));
    }
  if (names->len == 0)
    return g_strdup ("");
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static void
add_pilot_data (Articles  *a,
                GPtrArray *items)
{
  InspDocBlock *table;

  add_clause (a, _("The application uses only the following data during the pilot:"),
              NULL, NULL);
  table = insp_doc_add_table (a->body, 4, 1);
  insp_doc_table_add_row (table, _("Data"), _("Purpose"), _("Kept for"), _("Access"), NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      InspDataItem *item = g_ptr_array_index (items, i);
      InspDocBlock *row = insp_doc_table_add_row (table, item->what, NULL);

      insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 1), item->purpose,
                                        C_("blank", "purpose"));
      insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 2), item->retention,
                                        C_("blank", "how long"));
      insp_doc_block_add_text_or_blank (g_ptr_array_index (row->children, 3), item->access,
                                        C_("blank", "who has access"));
    }
  if (items == NULL || items->len == 0)
    {
      InspDocBlock *row = insp_doc_table_add_row (table, NULL);

      insp_doc_block_add_blank (g_ptr_array_index (row->children, 0),
                                _("the data the application uses"));
    }
  /* Continue the article's list after the table. */
  a->clauses = insp_doc_add_list (a->body, TRUE);
  a->clauses->number = 2;
  add_clause (a, _("Data gathered during the pilot is used only to run and evaluate the "
                   "pilot, never to assess individual participants, and is deleted when "
                   "the pilot ends unless the parties agree otherwise in writing."),
              NULL, NULL);
}

static void
add_pilot_evaluation (Articles *a)
{
  InspDocBlock *paragraph;
  InspDocBlock *list;

  add_clause (a, _("The pilot is evaluated with the participants, before it starts, while it "
                   "runs and when it ends, on whether the application reaches its purpose, "
                   "measured by "),
              _("the criteria of success for the application’s purpose"), ".");
  paragraph = add_clause (a, _("The evaluation also looks at the effects on workable work, "
                               "on the indicators of the workability monitor:"), NULL, NULL);
  list = insp_doc_add_list (paragraph->parent, FALSE);
  for (guint i = 0; i < INSP_N_INDICATORS; i++)
    insp_doc_list_add_item (list, _(insp_enum_topic.values[i].label));
  add_clause (a, _("It records as well what participants report about job loss, changes in "
                   "job content, surveillance, privacy and safety, and where groups of "
                   "participants see the effects differently."), NULL, NULL);
  add_clause (a, _("The employer shares the results of the evaluation with the employees’ "
                   "representatives and with the participants before any decision on what "
                   "follows the pilot."), NULL, NULL);
}

InspDocument *
_insp_template_build_agreement_pilot (InspWorkspace            *workspace,
                                      const InspTemplate       *template,
                                      const InspRenderOptions  *options,
                                      GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(InspApplication) application = NULL;
  g_autoptr(InspTrack) track = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(InspDocument) doc = NULL;
  g_autofree char *groups = NULL;
  InspDocMeta *meta;
  Articles a = { NULL, 0, NULL };
  InspDocBlock *block;
  const char *name = NULL;

  application = _insp_template_get_application (workspace, options, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (application != NULL)
    {
      const char *uuid = insp_application_get_uuid (application);

      name = insp_application_get_name (application);
      if ((track = insp_workspace_get_track (workspace, uuid, error)) == NULL
          || (items = insp_workspace_list_data_items (workspace, uuid, error)) == NULL
          || (groups = dup_pilot_groups (workspace, track, error)) == NULL)
        return NULL;
    }

  doc = _insp_template_new_document (workspace, options,
                                     _("Framework agreement for a pilot"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (name);
  meta->status = g_strdup (_("Template — to adapt and negotiate"));
  a.body = insp_document_get_body (doc);

  insp_doc_add_toc (a.body);
  add_parties (a.body, workspace);
  block = insp_doc_add_paragraph (a.body, _("The parties agree to try out the AI application "
                                            "“"));
  insp_doc_block_add_text_or_blank (block, name, _("the AI application’s name"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE,
                           _("” in a pilot before deciding whether to roll it out in the "
                             "whole organisation. In the pilot, employees use the application "
                             "in their real work, say what works and what does not, and have "
                             "it adjusted before that decision is taken."));

  begin_article (&a, _("Scope"));
  block = add_clause (&a, _("The pilot tests the application for the following purpose: "),
                      NULL, NULL);
  insp_doc_block_add_text_or_blank (block,
                                    application != NULL
                                    ? insp_application_get_purpose (application) : NULL,
                                    _("what the application is for"));
  block = add_clause (&a, _("It takes place in: "), NULL, NULL);
  insp_doc_block_add_text_or_blank (block,
                                    application != NULL
                                    ? insp_application_get_affected_departments (application)
                                    : NULL,
                                    _("the departments, sites or shifts of the pilot"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");
  block = add_clause (&a, _("The application is supplied by: "), NULL, NULL);
  insp_doc_block_add_text_or_blank (block,
                                    application != NULL
                                    ? insp_application_get_vendor (application) : NULL,
                                    _("the vendor or the team that builds it"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");

  begin_article (&a, _("Duration"));
  add_pilot_duration (&a, track);

  begin_article (&a, _("Participants"));
  block = add_clause (&a, _("The following groups take part in the pilot: "), NULL, NULL);
  insp_doc_block_add_text_or_blank (block, groups, _("the groups that take part"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");
  add_clause (&a, _("Participants take part during working time. They keep their pay and "
                    "working conditions, and get the time and training they need to use the "
                    "application and to take part in the evaluation."), NULL, NULL);
  add_clause (&a, _("Participants can report problems and ideas at any moment, through "),
              _("the channel for feedback"), ".");

  begin_article (&a, _("Data"));
  add_pilot_data (&a, items);

  begin_article (&a, _("Evaluation criteria"));
  add_pilot_evaluation (&a);

  begin_article (&a, _("Right to stop"));
  add_clause (&a, _("Each party can ask at any time to suspend or stop the pilot when it "
                    "harms the health, safety, privacy or rights of participants, or when "
                    "the application does not work as intended."), NULL, NULL);
  add_clause (&a, _("The parties then meet within "), _("the number of working days"),
              _(" working days. Where there is a serious risk, the employer suspends the use "
                "of the application in the meantime."));
  add_clause (&a, _("Stopping the pilot has no consequences for the participants."),
              NULL, NULL);

  begin_article (&a, _("After the pilot"));
  add_clause (&a, _("The parties discuss the evaluation before any decision is taken. The "
                    "decision can be to roll out the application as it is, to adjust it and "
                    "run a new pilot round, or to stop."), NULL, NULL);
  add_clause (&a, _("A rollout in the whole organisation is prepared with the employees "
                    "concerned and their representatives, and the lessons of the pilot are "
                    "taken into it."), NULL, NULL);
  add_clause (&a, _("When the pilot stops, the work is organised as before, and the data "
                    "gathered for the pilot is deleted."), NULL, NULL);

  add_signatures (a.body);
  return g_steal_pointer (&doc);
}

/* --- The charter ------------------------------------------------------------------------ */

InspDocument *
_insp_template_build_charter (InspWorkspace            *workspace,
                              const InspTemplate       *template,
                              const InspRenderOptions  *options,
                              GError                  **error)
{
  static const struct
  {
    const char *title;
    const char *text;
  } principles[] = {
    { N_("Involvement from the start"),
      N_("Employees are involved from the moment a need is identified, before a technology "
         "is chosen, and not only when it is rolled out.") },
    { N_("Involvement in every phase"),
      N_("Employees have a say in every phase of an introduction: identifying the needs, the "
         "strategic choice (including whether to make or buy), the pilot, the rollout and the "
         "continuous improvement afterwards.") },
    { N_("More involvement where the risk is higher"),
      N_("Involvement ranges from informing, through dialogue and co-creation, to letting "
         "employees take over part of the innovation. The higher the risk and the impact of an "
         "application, the more often employees are involved and the higher on that ladder.") },
    { N_("Impact assessed with the employees"),
      N_("The effects of an application on workable work, job content, work processes, "
         "privacy and safety are assessed together with the employees concerned, before the "
         "pilot, after it and after the rollout. Where groups see the effects differently, "
         "this is discussed.") },
    { N_("Hidden work budgeted"),
      N_("The work an AI introduction brings that is easily overlooked, such as cleaning and "
         "labelling data, training, the extra work while the application starts up and the "
         "time employees spend taking part, is budgeted and planned.") },
    { N_("The vendor questioned"),
      N_("Before an application is chosen or bought, the vendor is asked about its "
         "effectiveness, reliability and robustness, data quality, built-in ethical checks "
         "and lawfulness. The organisation remains responsible for the application it "
         "uses.") },
    { N_("A vision written together"),
      N_("A vision on the use of AI is written together with the employees and their "
         "representatives: how AI is used and under which conditions, which scenarios are "
         "always avoided, how employees give feedback, what rights employees who disagree "
         "have and what happens with problems and complaints. It is reviewed regularly.") },
  };
  g_autoptr(InspDocument) doc = NULL;
  g_autofree char *bodies = dup_representative_bodies (workspace);
  const char *organisation = organisation_name (workspace);
  InspDocMeta *meta;
  InspDocBlock *body;
  InspDocBlock *list;
  InspDocBlock *block;

  doc = _insp_template_new_document (workspace, options,
                                     _("Charter for involving employees in AI"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("A declaration of commitment"));
  meta->status = g_strdup (_("Template — to adapt"));
  body = insp_document_get_body (doc);

  insp_doc_add_heading (body, 1, _("Preamble"));
  block = insp_doc_add_paragraph (body, NULL);
  insp_doc_block_add_text_or_blank (block, organisation, _("the organisation’s name"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE,
                           _(" introduces AI at work. AI changes job content, work processes, "
                             "the organisation of the work and its culture. The employees "
                             "know their work best: involving them makes an introduction "
                             "better and more workable, for the employees and for the "
                             "organisation alike."));
  insp_doc_add_paragraph (body, _("Involvement is worth more than what the law requires: an "
                                  "organisation that only involves its employees because a "
                                  "law or an agreement forces it to, has waited too long. "
                                  "This charter says how the organisation involves its "
                                  "employees in every introduction of AI."));

  insp_doc_add_heading (body, 1, _("Commitments"));
  block = insp_doc_add_paragraph (body, NULL);
  insp_doc_block_add_text_or_blank (block, organisation, _("the organisation’s name"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, _(" commits itself to the following "
                                                         "principles."));
  list = insp_doc_add_list (body, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (principles); i++)
    {
      InspDocBlock *item = insp_doc_list_add_item (list, NULL);

      block = insp_doc_add_paragraph (item, NULL);
      insp_doc_block_add_text (block, INSP_DOC_STYLE_STRONG, _(principles[i].title));
      insp_doc_add_paragraph (item, _(principles[i].text));
    }

  insp_doc_add_heading (body, 1, _("Keeping the commitments"));
  block = insp_doc_add_paragraph (body, _("The organisation reports at least once a year to "
                                          "the employees’ representatives ("));
  insp_doc_block_add_text_or_blank (block, bodies, _("the representative bodies"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE,
                           _(") on how these commitments were kept in each AI introduction, "
                             "and asks employees where they were not."));
  insp_doc_add_field (body, _("Contact person for questions about this charter"), 1);

  insp_doc_add_heading (body, 1, _("Signatures"));
  block = insp_doc_add_paragraph (body, _("Signed in "));
  insp_doc_block_add_blank (block, C_("blank", "place"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, C_("place and date", " on "));
  insp_doc_block_add_blank (block, C_("blank", "date"));
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");
  insp_doc_add_field (body, _("For the management: name, function and signature"), 3);
  insp_doc_add_field (body, _("For the employees’ representatives: names, functions and "
                              "signatures"), 4);

  return g_steal_pointer (&doc);
}
