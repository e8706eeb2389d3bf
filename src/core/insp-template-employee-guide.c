/* insp-template-employee-guide.c — for employees: how to get a say in an AI track
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why your say matters, the AI applications being introduced and the phase each is in, the
 * five phases, the participation ladder, who can help (frontrunners and representatives who
 * consented to be named), your rights to information and consultation, how to ask for a
 * say, and where feedback and complaints go (the vision's sections on them).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-validate-private.h"
#include "insp-organisation.h"
#include "insp-person.h"
#include "insp-template-private.h"

/* What each participation level means for the employee, in the order of insp_enum_level. */
static const struct
{
  const char *level;
  const char *meaning;
} ladder[] = {
  { "inform", N_("You are told what is planned and what will change for you.") },
  { "dialogue", N_("You can react, give feedback and say what you need or wish for.") },
  { "co-create", N_("You help to invent solutions and to test ideas and prototypes.") },
  { "collaborate", N_("You own tasks in the track yourself, for example as a "
                      "frontrunner.") },
};

/* What employees can do in each phase, in the order of insp_enum_phase. */
static const struct
{
  const char *phase;
  const char *what;
} phase_roles[] = {
  { "needs", N_("Say where your work could be easier or better, and what must not change. "
                "An application can also start from employees’ own ideas.") },
  { "decision", N_("Help choose the kind of application and whether it is bought or made; "
                   "ask the vendor questions; say when AI is not the answer.") },
  { "pilot", N_("Try the application on a small scale, say what works and what does not, "
                "and ask for changes before it is rolled out.") },
  { "rollout", N_("Get training and support, help colleagues as a frontrunner, and report "
                  "problems as soon as they appear.") },
  { "improvement", N_("Keep giving feedback, take part in the evaluation, and check that "
                      "agreed improvements are made.") },
};

/* The phase a track is in: the last one ongoing, else the last one done; NULL if none. */
static const InspTrackPhase *
current_phase (InspTrack *track)
{
  const InspTrackPhase *done = NULL;
  const InspTrackPhase *ongoing = NULL;

  for (guint i = 0; i < track->phases->len; i++)
    {
      const InspTrackPhase *phase = g_ptr_array_index (track->phases, i);

      if (g_strcmp0 (phase->status, "ongoing") == 0)
        ongoing = phase;
      else if (g_strcmp0 (phase->status, "done") == 0)
        done = phase;
    }
  return ongoing != NULL ? ongoing : done;
}

static gboolean
add_applications (InspDocBlock   *body,
                  InspWorkspace  *workspace,
                  GError        **error)
{
  g_autoptr(GPtrArray) applications = insp_workspace_list_applications (workspace, error);
  InspDocBlock *table;

  if (applications == NULL)
    return FALSE;

  insp_doc_add_heading (body, 1, _("The AI applications being introduced"));
  if (applications->len == 0)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("the AI applications being introduced, and their phase"));
      return TRUE;
    }

  table = insp_doc_add_table (body, 3, 1);
  insp_doc_table_add_row (table, _("AI application"), _("Phase"), _("Purpose"), NULL);
  for (guint i = 0; i < applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (applications, i);
      g_autoptr(InspTrack) track = insp_workspace_get_track (workspace,
                                                             insp_application_get_uuid (
                                                               application),
                                                             error);
      const InspTrackPhase *phase;
      g_autofree char *phase_text = NULL;
      InspDocBlock *row;

      if (track == NULL)
        return FALSE;
      phase = current_phase (track);
      if (phase != NULL)
        {
          g_autofree char *label = insp_phase_dup_label (phase->phase, phase->round);

          /* Translators: a phase of a track and its status, e.g. "Pilot (done)" */
          phase_text = g_strdup_printf (_("%s (%s)"), label,
                                        insp_enum_get_label (&insp_enum_phase_status,
                                                             phase->status));
        }
      row = insp_doc_table_add_row (table, NULL);
      insp_doc_block_add_text_or_blank (row->children->pdata[0],
                                        insp_application_get_name (application),
                                        _("the application’s name"));
      if (phase_text != NULL)
        insp_doc_block_add_text (row->children->pdata[1], INSP_DOC_STYLE_NONE, phase_text);
      else
        insp_doc_block_add_text (row->children->pdata[1], INSP_DOC_STYLE_NONE,
                                 _("Not started yet"));
      insp_doc_block_add_text_or_blank (row->children->pdata[2],
                                        insp_application_get_purpose (application),
                                        _("what the application is for"));
    }
  return TRUE;
}

static void
add_phases (InspDocBlock *body)
{
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("The five phases of a track"));
  insp_doc_add_paragraph (body, _("Every AI application goes through an innovation track. "
                                  "You can have a say in each phase, and the earlier you "
                                  "take part, the more you can still change."));
  list = insp_doc_add_list (body, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (phase_roles); i++)
    {
      InspDocBlock *item = insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL), NULL);

      insp_doc_block_add_text (item, INSP_DOC_STYLE_STRONG,
                               insp_enum_get_label (&insp_enum_phase, phase_roles[i].phase));
      /* Translators: between a phase's name and what employees can do in it */
      insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _(": "));
      insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _(phase_roles[i].what));
    }
}

static void
add_ladder (InspDocBlock *body)
{
  InspDocBlock *table;

  insp_doc_add_heading (body, 1, _("How much say: the participation ladder"));
  insp_doc_add_paragraph (body, _("Having a say can go from being informed to sharing the "
                                  "work. The larger the impact an application may have on "
                                  "your work, the higher the level you can expect, and the "
                                  "more often."));
  table = insp_doc_add_table (body, 2, 1);
  insp_doc_table_add_row (table, _("Level"), _("What it means for you"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (ladder); i++)
    insp_doc_table_add_row (table, insp_enum_get_label (&insp_enum_level, ladder[i].level),
                            _(ladder[i].meaning), NULL);
}

static void
add_unnamed (InspDocBlock *list,
             guint         unnamed)
{
  g_autofree char *text = NULL;

  if (unnamed == 0)
    return;
  if (list->children->len == 0)
    text = g_strdup_printf (g_dngettext (NULL, "%u person, who prefers not to be named here",
                                         "%u people, who prefer not to be named here",
                                         unnamed),
                            unnamed);
  else
    text = g_strdup_printf (g_dngettext (NULL, "%u more, who prefers not to be named here",
                                         "%u more, who prefer not to be named here", unnamed),
                            unnamed);
  insp_doc_list_add_item (list, text);
}

static gboolean
has_role (GPtrArray  *persons,
          const char *role)
{
  for (guint i = 0; i < persons->len; i++)
    {
      const char * const *roles = insp_person_get_roles (g_ptr_array_index (persons, i));

      if (roles != NULL && g_strv_contains (roles, role))
        return TRUE;
    }
  return FALSE;
}

static gboolean
add_people (InspDocBlock      *body,
            InspWorkspace     *workspace,
            InspOrganisation  *organisation,
            GError           **error)
{
  g_autoptr(GPtrArray) persons = insp_workspace_list_persons (workspace, error);
  /* An organisation not described yet: which representatives it has is unknown. */
  gboolean known = organisation != NULL
                   && !insp_is_blank (insp_organisation_get_name (organisation));
  InspDocBlock *list;
  guint unnamed;

  if (persons == NULL)
    return FALSE;

  insp_doc_add_heading (body, 1, _("Who can help you"));
  insp_doc_add_heading (body, 2, _("Frontrunners"));
  insp_doc_add_paragraph (body, _("Frontrunners are colleagues who know the application and "
                                  "why it is introduced. They take part in the track, pass "
                                  "on your questions and help you get started."));
  list = insp_doc_add_list (body, FALSE);
  unnamed = _insp_template_add_named_people (list, persons, "frontrunner");
  add_unnamed (list, unnamed);
  if (list->children->len == 0)
    insp_doc_block_add_blank (insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL),
                                                      NULL),
                              _("the frontrunners"));

  insp_doc_add_heading (body, 2, _("Your representatives"));
  insp_doc_add_paragraph (body, _("Your representatives have a right to be informed and "
                                  "consulted about new technology, and can ask questions on "
                                  "your behalf without naming you."));
  list = insp_doc_add_list (body, FALSE);
  if (!known || insp_organisation_get_has_works_council (organisation))
    insp_doc_list_add_item (list, _("The works council: information and consultation on "
                                    "new technology and its consequences for employees."));
  if (!known || insp_organisation_get_has_prevention_committee (organisation))
    insp_doc_list_add_item (list, _("The CPBW (committee for prevention and protection at "
                                    "work): well-being, health and safety."));
  if (!known || insp_organisation_get_has_union_delegation (organisation))
    insp_doc_list_add_item (list, _("The union delegation: your individual and collective "
                                    "interests, and agreements on working conditions."));
  if (!known)
    insp_doc_block_add_blank (insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL),
                                                      NULL),
                              _("which of these the organisation has"));
  if (list->children->len == 0)
    insp_doc_list_add_item (list, _("Without a works council, CPBW or union delegation, the "
                                    "employees themselves must be informed and consulted: "
                                    "ask your employer how."));

  if (known && !insp_organisation_get_has_works_council (organisation)
      && !has_role (persons, "works-council"))
    return TRUE;

  insp_doc_add_paragraph (body, _("Members of the works council:"));
  list = insp_doc_add_list (body, FALSE);
  unnamed = _insp_template_add_named_people (list, persons, "works-council");
  add_unnamed (list, unnamed);
  if (list->children->len == 0)
    insp_doc_block_add_blank (insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL),
                                                      NULL),
                              _("the members of the works council"));
  insp_doc_block_add_blank (insp_doc_add_paragraph (body, _("How to reach them: ")),
                            _("an e-mail address, a place or a time to talk to your "
                              "representatives"));
  return TRUE;
}

static void
add_rights (InspDocBlock *body)
{
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("Your rights to information and consultation"));
  list = insp_doc_add_list (body, FALSE);
  insp_doc_list_add_item (list, _("Before a high-risk AI system is used at work, for example "
                                  "one that allocates tasks or monitors performance, the "
                                  "employer must inform the workers’ representatives and the "
                                  "workers concerned (EU AI Act, Article 26(7))."));
  insp_doc_list_add_item (list, _("People who work with AI must get enough knowledge to do "
                                  "so: AI literacy (EU AI Act, Article 4)."));
  insp_doc_list_add_item (list, _("In Belgium, collective agreements give the works council "
                                  "rights to information and consultation when new "
                                  "technology is introduced, and set limits to monitoring. "
                                  "In the Netherlands, the works council must consent to "
                                  "systems that monitor staff."));
  insp_doc_add_note (body, _("This is a summary to check, not legal advice. Your union or "
                             "your works council can tell you what applies to you."));
}

static void
add_how_to_ask (InspDocBlock *body)
{
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("How to ask for a say"));
  list = insp_doc_add_list (body, TRUE);
  insp_doc_list_add_item (list, _("Ask early: as soon as you hear of a plan, ask which phase "
                                  "it is in and how employees will be involved."));
  insp_doc_list_add_item (list, _("Be concrete: say which part of your work it touches, what "
                                  "you want to know and how you would like to take part."));
  insp_doc_list_add_item (list, _("Ask your supervisor or a frontrunner, or ask your "
                                  "representatives to put it on the agenda."));
  insp_doc_list_add_item (list, _("Ask for the time to take part within working hours, and "
                                  "for training where you need it."));
  insp_doc_list_add_item (list, _("Ask to hear back what was done with what employees "
                                  "said."));
  insp_doc_add_paragraph (body, _("The checklist of questions for employees helps you "
                                  "prepare."));
  insp_doc_add_field (body, _("Your question or request, and to whom"), 4);
}

static gboolean
add_feedback (InspDocBlock   *body,
              InspWorkspace  *workspace,
              GError        **error)
{
  insp_doc_add_heading (body, 1, _("If you disagree with a result"));
  if (!_insp_template_add_vision_section (body, workspace, "disagreement", 1, error))
    return FALSE;

  insp_doc_add_heading (body, 1, _("Feedback and complaints"));
  insp_doc_add_paragraph (body, _("Once an application is in use, your feedback keeps it "
                                  "workable. Raising a problem is never held against you."));
  insp_doc_add_heading (body, 2, _("How to give feedback"));
  if (!_insp_template_add_vision_section (body, workspace, "feedback", 2, error))
    return FALSE;
  insp_doc_add_heading (body, 2, _("What happens with a complaint"));
  return _insp_template_add_vision_section (body, workspace, "complaints", 2, error);
}

InspDocument *
_insp_template_build_employee_guide (InspWorkspace            *workspace,
                                     const InspTemplate       *template,
                                     const InspRenderOptions  *options,
                                     GError                  **error)
{
  g_autoptr(InspDocument) doc = NULL;
  InspOrganisation *organisation = insp_workspace_get_organisation (workspace);
  InspDocMeta *meta;
  InspDocBlock *body;
  const char *name = organisation != NULL ? insp_organisation_get_name (organisation) : NULL;
  const char *format;
  const char *at;
  InspDocBlock *paragraph;

  doc = _insp_template_new_document (workspace, options, _("Your say in AI at work"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("A guide for employees: how to get a say in an innovation "
                               "track, and how to ask for it"));
  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);

  insp_doc_add_heading (body, 1, _("Why your say matters"));
  /* Translators: %s is the organisation's name; keep it exactly once */
  format = _("%s introduces AI applications to make work better. Whether that works depends "
             "on the people who do the work: you know what the work asks, what goes wrong and "
             "what must not change.");
  at = strstr (format, "%s");
  paragraph = insp_doc_add_paragraph (body, NULL);
  if (at != NULL)
    {
      g_autofree char *before = g_strndup (format, at - format);

      insp_doc_block_add_text (paragraph, INSP_DOC_STYLE_NONE, before);
      insp_doc_block_add_text_or_blank (paragraph, insp_is_blank (name) ? NULL : name,
                                        _("the organisation’s name"));
      insp_doc_block_add_text (paragraph, INSP_DOC_STYLE_NONE, at + 2);
    }
  else
    {
      insp_doc_block_add_text (paragraph, INSP_DOC_STYLE_NONE, format);
    }
  insp_doc_add_paragraph (body, _("This guide explains how an AI application is introduced, "
                                  "how much say you can have in each step, who can help you, "
                                  "and what to do when something goes wrong."));

  if (!add_applications (body, workspace, error))
    return NULL;
  add_phases (body);
  add_ladder (body);
  if (!add_people (body, workspace, organisation, error))
    return NULL;
  add_rights (body);
  add_how_to_ask (body);
  if (!add_feedback (body, workspace, error))
    return NULL;
  return g_steal_pointer (&doc);
}
