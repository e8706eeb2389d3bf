/* insp-section-prompt.c — what each built-in vision section should settle
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written from the paper's recommendation 4 (write an AI vision together with employees)
 * and its sections: a sentence on what the section settles, and the questions it answers.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-section-prompt.h"

#include <glib/gi18n-lib.h>

/* Translators: the guiding prompt shown above each built-in section of the AI vision:
 * what the section should settle, then two or three questions it should answer. They
 * speak to the manager or HR person writing the vision with the employees ("you",
 * "your organisation"); keep them plain and short. */
static const InspSectionPrompt prompts[] = {
  { "purpose",
    N_("Say why your organisation uses AI and what this vision covers. The starting point: "
       "AI should make work more workable, not only faster or cheaper."),
    { N_("What should AI improve, for the organisation and for the people who work here?"),
      N_("Which applications, sites and groups of employees does this vision cover?"),
      N_("Who wrote this vision, and with whom?"),
      NULL } },
  { "use",
    N_("Describe where AI will be used, and how each application is introduced: as a track "
       "in which employees take part from the first analysis on."),
    { N_("For which tasks do you use AI, or plan to?"),
      N_("How are employees involved in each phase, from needs to continuous improvement?"),
      N_("When is AI not the answer, and who decides that?"),
      NULL } },
  { "conditions",
    N_("Set the conditions every AI application must meet: transparency, room for the "
       "worker’s own judgement, safety, privacy and clear responsibilities."),
    { N_("What are employees always told about an application and the data it uses?"),
      N_("Who has the last word when the AI proposes something?"),
      N_("Who answers for each application, its data and its effect on well-being?"),
      NULL } },
  { "red-lines",
    N_("List what your organisation will never do with AI, however much it could save or "
       "earn. Clear red lines make trust possible."),
    { N_("Which decisions about people are never left to AI alone?"),
      N_("Which kinds of monitoring or uses of workers’ data are ruled out?"),
      N_("Which uses does the EU AI Act already forbid at work, such as recognising "
         "workers’ emotions?"),
      NULL } },
  { "feedback",
    N_("Explain how employees can give feedback on AI applications at any moment, and what "
       "happens with it."),
    { N_("How can employees give feedback, and can they do so anonymously?"),
      N_("Who answers, and within how many days?"),
      N_("How do you report back on what was done with it?"),
      NULL } },
  { "disagreement",
    N_("Protect employees who disagree with an AI result or with how AI is used: they can "
       "ask for a person to look again, and are never put at a disadvantage."),
    { N_("How does an employee have an AI result reviewed by a person?"),
      N_("What is the alternative for someone who does not want to use an application?"),
      N_("How does a group of employees put a disagreement on the agenda?"),
      NULL } },
  { "complaints",
    N_("Describe what happens when something goes wrong: how a problem or complaint is "
       "reported, handled and followed up, and how fast."),
    { N_("Where do employees report a problem or complaint, and who handles it?"),
      N_("When is an application switched off while a complaint is examined?"),
      N_("How do complaints feed into the review of this vision?"),
      NULL } },
  { "training",
    N_("Set out how everyone who works with AI, or is affected by it, gets the knowledge "
       "and support they need: the AI literacy the AI Act asks for."),
    { N_("Which basic training does every employee get, and is it in working time?"),
      N_("What extra support do frontrunners and daily users get?"),
      N_("How do you reach employees who do not work at a computer?"),
      NULL } },
  { "review",
    N_("Agree when, how and with whom this vision is reviewed, so that it keeps up with new "
       "applications and with what employees experience."),
    { N_("How often is the vision reviewed, and on which occasions?"),
      N_("What does the review look at: feedback, complaints, surveys, impact?"),
      N_("How are the employees’ representatives involved in each new version?"),
      NULL } },
};

/**
 * insp_section_prompt_get:
 * @key: (nullable): a built-in section's key
 *
 * Returns: (nullable): the section's guiding prompt (untranslated: translate each string
 *   with _()), %NULL for the user's own sections
 */
const InspSectionPrompt *
insp_section_prompt_get (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (prompts); i++)
    if (g_str_equal (prompts[i].key, key))
      return &prompts[i];
  return NULL;
}
