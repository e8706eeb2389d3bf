/* insp-template-checklists.c — the three checklists of the paper's recommendation 4
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Questions employees can ask about how an AI application changes their work (grouped by
 * the indicators of workable work and the paper's concerns), questions employers ask
 * themselves and their employees before and during a track, and questions employers can
 * expect from employees, each with a field to prepare the answer. The questions are
 * built in; the workspace adds the organisation and its AI applications.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-template-private.h"
#include "insp-triage.h"

#define MAX_QUESTIONS 8

typedef struct
{
  const char *heading;
  const char *intro;                        /* nullable */
  const char *questions[MAX_QUESTIONS + 1];  /* NULL-terminated */
} QuestionGroup;

/* For employees: grouped by the indicators of workable work and the paper's concerns. */
static const QuestionGroup employee_groups[] = {
  {
    N_("The application itself"),
    N_("Start by understanding what is coming, before you judge what it does to your work."),
    {
      N_("What will the application do, and which problem should it solve?"),
      N_("Who asked for it, and were employees asked what they need?"),
      N_("Which of my tasks, or my colleagues’ tasks, will it touch?"),
      N_("Does it decide something itself, or does it propose and a person decides?"),
      N_("Which data about me or my work does it use, and where does that data come from?"),
      N_("When will it be tested, and when would it be used by everyone?"),
      NULL,
    },
  },
  {
    N_("Workload and work stress"),
    NULL,
    {
      N_("Will my work become lighter or heavier, and who checks that afterwards?"),
      N_("Will the pace of work be set by the application?"),
      N_("Is there time to learn the new way of working during working hours?"),
      N_("What happens when the application gets it wrong: who corrects it, and in what "
         "time?"),
      NULL,
    },
  },
  {
    N_("Autonomy and control over your work"),
    NULL,
    {
      N_("Can I still decide how I do my work and in which order?"),
      N_("Can I deviate from what the application proposes, without having to justify it "
         "every time?"),
      N_("Can I ask why the application proposed something, and get an answer I "
         "understand?"),
      NULL,
    },
  },
  {
    N_("Job content, task variety and skills"),
    NULL,
    {
      N_("Which tasks disappear, and which new tasks come in their place?"),
      N_("Will my work become more varied, or more monotonous?"),
      N_("Which new skills do I need, and which training will I get for them?"),
      N_("Will my experience still count, or will the application replace it?"),
      NULL,
    },
  },
  {
    N_("Contacts with colleagues, customers and your supervisor"),
    NULL,
    {
      N_("Will I still talk to colleagues and customers, or through the application only?"),
      N_("Who do I turn to with a question about the application?"),
      N_("Will my supervisor have time to support me during the change?"),
      N_("Does the application change how emotionally demanding my work is?"),
      NULL,
    },
  },
  {
    N_("Motivation and work–life balance"),
    NULL,
    {
      N_("Will the application make my work more or less meaningful to me?"),
      N_("Will it change my working hours, rosters or availability outside working "
         "hours?"),
      NULL,
    },
  },
  {
    N_("Job security"),
    NULL,
    {
      N_("Will jobs disappear or change, and what is agreed for the people concerned?"),
      N_("Is there a plan for redeployment and training before anyone’s job changes?"),
      NULL,
    },
  },
  {
    N_("Privacy and surveillance"),
    NULL,
    {
      N_("Which personal data does the application collect about me, and who can see it?"),
      N_("Can the data be used to monitor or assess my performance?"),
      N_("How long is the data kept, and can I see what is kept about me?"),
      N_("Is a decision about me (a roster, an evaluation, a sanction) ever taken by the "
         "application alone?"),
      NULL,
    },
  },
  {
    N_("Health and safety"),
    NULL,
    {
      N_("Can the application make my work less safe, for me or for others?"),
      N_("Does it change my physical working conditions: posture, pace, screen time?"),
      N_("Has the prevention adviser or the CPBW looked at it?"),
      NULL,
    },
  },
  {
    N_("Your say in the track"),
    NULL,
    {
      N_("In which phase is the track now, and how can I take part in it?"),
      N_("Am I only informed, or can I give feedback, help design, or take on tasks?"),
      N_("Is there a frontrunner in my team I can talk to?"),
      N_("Is the time I spend on the track counted as working time?"),
      N_("Where can I give feedback or complain once the application is in use, and what "
         "happens with it?"),
      NULL,
    },
  },
};

/* For employers: before and during the track. */
static const QuestionGroup employer_groups[] = {
  {
    N_("Why this application"),
    NULL,
    {
      N_("Which problem should the application solve, and for whom is it a problem?"),
      N_("Did employees raise the need, and did we ask them what they need?"),
      N_("Did we look at solutions without AI, and would they be enough?"),
      N_("What would make us stop? Deciding that AI is not the best solution is a valid "
         "outcome."),
      NULL,
    },
  },
  {
    N_("Who is affected"),
    NULL,
    {
      N_("Which departments and groups will work with the application or be affected by "
         "it?"),
      N_("Does it measure, collect or analyse data about workers?"),
      N_("Does it interact with workers, take over tasks or act on its own?"),
      N_("Can it affect the safety of workers?"),
      N_("Which risk level does the EU AI Act give it? Uses such as sorting CVs, allocating "
         "tasks or monitoring performance are high risk."),
      N_("Did we inform the workers’ representatives and the affected workers before using "
         "it (AI Act, Article 26(7))?"),
      NULL,
    },
  },
  {
    N_("Participation in every phase"),
    N_("The larger the possible impact, the earlier, more often and more deeply employees "
       "should be involved. Decide the level per phase before the phase starts."),
    {
      N_("Which groups do we involve in each phase, and at which level?"),
      N_("Is the level we plan at least the recommended minimum for this application (see "
         "the table at the end)?"),
      N_("Which methods do we use: an information session, a Data-Date, an ideation "
         "workshop, an acceptance workshop, a pilot feedback round, …?"),
      N_("Who are the frontrunners, and what role do they get?"),
      N_("When and how do we involve the works council, the CPBW and the union "
         "delegation?"),
      N_("How do we report back what we did with what employees said?"),
      NULL,
    },
  },
  {
    N_("The hidden work, budgeted"),
    N_("AI creates work that is easily forgotten. Budget it in hours and people before "
       "the track starts."),
    {
      N_("Who cleans and structures the data, and how many hours does it take?"),
      N_("Who labels data or checks the application’s output?"),
      N_("Who trains the users, and in which working hours?"),
      N_("Who communicates about the application, and explains it again when asked?"),
      N_("Which systems and processes must be adapted around it?"),
      N_("Is the time employees spend on participation budgeted as working time?"),
      NULL,
    },
  },
  {
    N_("Questions for the vendor"),
    NULL,
    {
      N_("How reliable is the application, and how was that tested?"),
      N_("Which data was it trained on, and how good is the data quality?"),
      N_("Which ethical checks were built in, and who can see the results?"),
      N_("Can users see why the application proposes something, and overrule it?"),
      N_("Where is the data stored, who can access it, and how long is it kept?"),
      N_("Will the vendor adapt the application to what employees find in the pilot?"),
      NULL,
    },
  },
  {
    N_("Preconditions"),
    NULL,
    {
      N_("Can employees speak up safely, including about problems with the application?"),
      N_("Is management willing to change plans based on what employees say?"),
      N_("Are there known sources of resistance (an earlier failed track, little knowledge "
         "of the technology, fear of job loss), and how do we address them?"),
      N_("Do the people involved have enough AI literacy to take part in the discussion "
         "(AI Act, Article 4)?"),
      NULL,
    },
  },
  {
    N_("Evaluation"),
    NULL,
    {
      N_("How do we assess the impact on workable work before, after the pilot and after "
         "the rollout, and with which groups?"),
      N_("Where do groups disagree about the impact, and what do we do about it?"),
      N_("How are feedback and complaints collected, decided and followed up as actions?"),
      N_("When do we evaluate with the works council, and what do we do if the application "
         "does not keep its promise?"),
      NULL,
    },
  },
};

/* Questions employers should expect from employees and be able to answer. */
static const QuestionGroup expected_groups[] = {
  {
    N_("About the application"),
    NULL,
    {
      N_("Why are we introducing this application, and why now?"),
      N_("What exactly will it do, and what will it not do?"),
      N_("Who chose it, and could we have said no?"),
      NULL,
    },
  },
  {
    N_("About my job"),
    NULL,
    {
      N_("Will my job disappear or change?"),
      N_("Which of my tasks will the application take over, and what do I get in return?"),
      N_("Will my workload go up or down, and how will you check?"),
      N_("Which training will I get, and in working hours?"),
      NULL,
    },
  },
  {
    N_("About my data and decisions about me"),
    NULL,
    {
      N_("Which data about me does the application use, and who can see it?"),
      N_("Will it be used to monitor me or to assess my performance?"),
      N_("Will a person always check decisions about me, and can I ask why?"),
      N_("What can I do if I disagree with what the application proposes?"),
      NULL,
    },
  },
  {
    N_("About my say"),
    NULL,
    {
      N_("How can I take part in the track, and at which moments?"),
      N_("What happens with what I say? Will I hear back?"),
      N_("Who do I go to with a problem or complaint, and how fast will it be handled?"),
      N_("What happens if the application does not work as promised?"),
      NULL,
    },
  },
};

static void
add_question_groups (InspDocBlock        *body,
                     const QuestionGroup *groups,
                     guint                n_groups,
                     gboolean             fields)
{
  for (guint i = 0; i < n_groups; i++)
    {
      const QuestionGroup *group = &groups[i];
      InspDocBlock *checklist = NULL;

      insp_doc_add_heading (body, 1, _(group->heading));
      if (group->intro != NULL)
        insp_doc_add_paragraph (body, _(group->intro));
      for (guint j = 0; group->questions[j] != NULL; j++)
        {
          if (fields)
            {
              InspDocBlock *question = insp_doc_add_paragraph (body, NULL);

              insp_doc_block_add_text (question, INSP_DOC_STYLE_STRONG, _(group->questions[j]));
              /* Translators: a field to fill in under a question employees may ask */
              insp_doc_add_field (body, _("Our answer"), 4);
              continue;
            }
          if (checklist == NULL)
            checklist = insp_doc_add_checklist (body);
          insp_doc_checklist_add_item (checklist, FALSE, _(group->questions[j]));
        }
    }
}

/* The workspace's AI applications with their status, or a blank. */
static gboolean
add_applications (InspDocBlock   *body,
                  InspWorkspace  *workspace,
                  gboolean        with_intensity,
                  GError        **error)
{
  g_autoptr(GPtrArray) applications = insp_workspace_list_applications (workspace, error);
  InspDocBlock *table;

  if (applications == NULL)
    return FALSE;
  if (applications->len == 0)
    {
      insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                                _("the AI applications this is about"));
      return TRUE;
    }

  table = insp_doc_add_table (body, with_intensity ? 4 : 2, 1);
  if (with_intensity)
    insp_doc_table_add_row (table, _("AI application"), _("Status"), _("Risk level"),
                            _("Involvement"), NULL);
  else
    insp_doc_table_add_row (table, _("AI application"), _("Status"), NULL);
  for (guint i = 0; i < applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (applications, i);
      const char *status = insp_application_get_status (application);
      const char *risk = insp_application_get_risk_level (application);
      InspDocBlock *row;
      InspDocBlock *cell;

      row = insp_doc_table_add_row (table, NULL);
      cell = row->children->pdata[0];
      insp_doc_block_add_text_or_blank (cell, insp_application_get_name (application),
                                        _("the application’s name"));
      cell = row->children->pdata[1];
      insp_doc_block_add_text_or_blank (cell, status != NULL
                                        ? insp_enum_get_label (&insp_enum_application_status,
                                                               status)
                                        : NULL, _("status"));
      if (!with_intensity)
        continue;
      cell = row->children->pdata[2];
      insp_doc_block_add_text_or_blank (cell, risk != NULL
                                        ? insp_enum_get_label (&insp_enum_risk_level, risk)
                                        : NULL, _("risk level"));
      cell = row->children->pdata[3];
      insp_doc_block_add_text (cell, INSP_DOC_STYLE_NONE,
                               insp_intensity_get_label (insp_application_get_intensity
                                                           (application, NULL)));
    }
  return TRUE;
}

/* The recommended minimum level per phase and involvement intensity (DOMAIN.md's table). */
static void
add_level_table (InspDocBlock *body)
{
  static const InspIntensity intensities[] = {
    INSP_INTENSITY_LOW, INSP_INTENSITY_MEDIUM, INSP_INTENSITY_HIGH,
  };
  const InspEnum *phases = &insp_enum_phase;
  InspDocBlock *table = insp_doc_add_table (body, phases->n_values + 1, 1);
  InspDocBlock *header = insp_doc_table_add_row (table, _("Involvement"), NULL);

  for (guint p = 0; p < phases->n_values; p++)
    insp_doc_block_add_text (header->children->pdata[p + 1], INSP_DOC_STYLE_NONE,
                             _(phases->values[p].label));
  for (guint i = 0; i < G_N_ELEMENTS (intensities); i++)
    {
      InspDocBlock *row = insp_doc_table_add_row (table, NULL);

      insp_doc_block_add_text (row->children->pdata[0], INSP_DOC_STYLE_NONE,
                               insp_intensity_get_label (intensities[i]));
      for (guint p = 0; p < phases->n_values; p++)
        {
          const char *level = insp_triage_recommended_level (intensities[i],
                                                             phases->values[p].id);

          insp_doc_block_add_text (row->children->pdata[p + 1], INSP_DOC_STYLE_NONE,
                                   level != NULL ? insp_enum_get_label (&insp_enum_level, level)
                                                 : "–");
        }
    }
}

static InspDocument *
new_checklist (InspWorkspace           *workspace,
               const InspRenderOptions *options,
               const char              *title,
               const char              *subtitle)
{
  InspDocument *doc = _insp_template_new_document (workspace, options, title);
  InspDocMeta *meta = insp_document_get_meta (doc);

  meta->subtitle = g_strdup (subtitle);
  meta->status = g_strdup (_("Template — to adapt"));
  return doc;
}

InspDocument *
_insp_template_build_checklist_employees (InspWorkspace            *workspace,
                                          const InspTemplate       *template,
                                          const InspRenderOptions  *options,
                                          GError                  **error)
{
  g_autoptr(InspDocument) doc = new_checklist (workspace, options,
                                               _("Questions to ask about AI at work"),
                                               _("A checklist for employees"));
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *list;

  insp_doc_add_toc (body);
  insp_doc_add_heading (body, 1, _("Why and when to ask"));
  insp_doc_add_paragraph (body, _("An AI application can change your work: what you do, how "
                                  "fast, with whom, and what is known about you. You know "
                                  "your work best, so your questions help to introduce it "
                                  "well. Asking is not being against it."));
  insp_doc_add_paragraph (body, _("Ask early, as soon as you hear of a plan, not only when "
                                  "the application is ready. Ask again in every phase: when "
                                  "the need is discussed, when the application is chosen, "
                                  "during the pilot, at the rollout and once it is in use."));
  list = insp_doc_add_list (body, FALSE);
  insp_doc_list_add_item (list, _("Tick a question once you have a clear answer; note the "
                                  "answer and who gave it."));
  insp_doc_list_add_item (list, _("Not every question fits every application: skip what "
                                  "does not apply and add your own."));
  insp_doc_list_add_item (list, _("You can ask your supervisor, a frontrunner, or your "
                                  "representatives in the works council, the CPBW or the "
                                  "union delegation, who can ask on your behalf."));
  insp_doc_add_heading (body, 2, _("The AI applications this is about"));
  if (!add_applications (body, workspace, FALSE, error))
    return NULL;

  add_question_groups (body, employee_groups, G_N_ELEMENTS (employee_groups), FALSE);

  insp_doc_add_heading (body, 1, _("Your notes"));
  insp_doc_add_field (body, _("Answers, names and dates"), 8);
  return g_steal_pointer (&doc);
}

InspDocument *
_insp_template_build_checklist_employers (InspWorkspace            *workspace,
                                          const InspTemplate       *template,
                                          const InspRenderOptions  *options,
                                          GError                  **error)
{
  g_autoptr(InspDocument) doc = new_checklist (workspace, options,
                                               _("Questions for employers"),
                                               _("To ask yourselves and your employees, "
                                                 "before and during the track"));
  InspDocBlock *body = insp_document_get_body (doc);

  insp_doc_add_toc (body);
  insp_doc_add_heading (body, 1, _("How to use this checklist"));
  insp_doc_add_paragraph (body, _("Go through these questions before an AI track starts, and "
                                  "again at the start of every phase. Answer them together "
                                  "with the employees concerned and their representatives: "
                                  "the answers are better, and so is the support for the "
                                  "application."));
  insp_doc_add_paragraph (body, _("The legal references below are there to be checked, not "
                                  "legal advice."));
  insp_doc_add_heading (body, 2, _("Your AI applications"));
  if (!add_applications (body, workspace, TRUE, error))
    return NULL;

  add_question_groups (body, employer_groups, G_N_ELEMENTS (employer_groups), FALSE);

  insp_doc_add_heading (body, 1, _("The recommended minimum level per phase"));
  insp_doc_add_paragraph (body, _("How much involvement an application calls for follows "
                                  "from its risk level and what it does to work. In each "
                                  "phase, aim at least for this level of participation:"));
  add_level_table (body);

  insp_doc_add_heading (body, 1, _("Legal references to check"));
  insp_doc_add_paragraph (body, _("The EU AI Act: informing workers’ representatives and "
                                  "affected workers before a high-risk AI system is used at "
                                  "work (Article 26(7)), and AI literacy of the people who "
                                  "work with AI (Article 4). In Belgium, the collective "
                                  "agreements on introducing new technology and on "
                                  "monitoring; in the Netherlands, the works council’s "
                                  "consent rights."));
  return g_steal_pointer (&doc);
}

InspDocument *
_insp_template_build_checklist_expected_questions (InspWorkspace            *workspace,
                                                   const InspTemplate       *template,
                                                   const InspRenderOptions  *options,
                                                   GError                  **error)
{
  g_autoptr(InspDocument) doc = new_checklist (workspace, options,
                                               _("Questions to expect from employees"),
                                               _("Prepare your answers before you are "
                                                 "asked"));
  InspDocBlock *body = insp_document_get_body (doc);

  insp_doc_add_toc (body);
  insp_doc_add_heading (body, 1, _("Why prepare"));
  insp_doc_add_paragraph (body, _("Employees will ask these questions, in meetings, at the "
                                  "coffee machine or through the works council. A clear, "
                                  "honest answer given early takes away fear and rumours; "
                                  "“we don’t know yet, and this is when we will” is an "
                                  "honest answer too."));
  insp_doc_add_paragraph (body, _("Write down an answer for each application, check it with "
                                  "the people who know, and share it before you are "
                                  "asked."));
  insp_doc_add_heading (body, 2, _("The AI applications this is about"));
  if (!add_applications (body, workspace, FALSE, error))
    return NULL;

  add_question_groups (body, expected_groups, G_N_ELEMENTS (expected_groups), TRUE);
  return g_steal_pointer (&doc);
}
