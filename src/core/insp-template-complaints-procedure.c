/* insp-template-complaints-procedure.c — a feedback and complaints procedure for AI
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A procedure to adapt and adopt with the employees' representatives: what it covers (the
 * workspace's AI applications), what can be raised, who to contact and through which
 * channels (the channels the workspace's feedback came in through), the time limits (blanks
 * the organisation fills in), how decisions are made and reported, follow-up as actions,
 * what to do when you disagree, and the feedback raised so far (counts, no descriptions).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-feedback.h"
#include "insp-organisation.h"
#include "insp-person.h"
#include "insp-template-private.h"
#include "insp-validate-private.h"

/* Every feedback entry of every application, and the applications. */
typedef struct
{
  GPtrArray *applications;  /* InspApplication */
  GPtrArray *feedback;      /* GPtrArray of InspFeedback, one per application */
} Register;

static void
register_clear (Register *reg)
{
  g_clear_pointer (&reg->applications, g_ptr_array_unref);
  g_clear_pointer (&reg->feedback, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Register, register_clear)

static gboolean
register_load (Register       *reg,
               InspWorkspace  *workspace,
               GError        **error)
{
  reg->applications = insp_workspace_list_applications (workspace, error);
  if (reg->applications == NULL)
    return FALSE;
  reg->feedback = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < reg->applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (reg->applications, i);
      GPtrArray *list = insp_workspace_list_feedback (workspace,
                                                      insp_application_get_uuid (application),
                                                      error);

      if (list == NULL)
        return FALSE;
      g_ptr_array_add (reg->feedback, list);
    }
  return TRUE;
}

static void
add_scope (InspDocBlock *body,
           Register     *reg)
{
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("Purpose and scope"));
  insp_doc_add_paragraph (body, _("AI applications change work, and not every effect shows "
                                  "in advance. This procedure makes sure that every remark, "
                                  "problem or complaint about an AI application reaches the "
                                  "right people, is decided on within a set time, and is "
                                  "followed up."));
  insp_doc_add_paragraph (body, _("It applies to every employee who works with an AI "
                                  "application or is affected by one, and to these "
                                  "applications:"));
  list = insp_doc_add_list (body, FALSE);
  for (guint i = 0; i < reg->applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (reg->applications, i);
      InspDocBlock *item = insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL), NULL);

      insp_doc_block_add_text_or_blank (item, insp_application_get_name (application),
                                        _("the application’s name"));
    }
  if (list->children->len == 0)
    insp_doc_block_add_blank (insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL),
                                                      NULL),
                              _("the AI applications this procedure covers"));
  insp_doc_add_paragraph (body, _("Raising a remark or a complaint in good faith is never "
                                  "held against anyone."));
}

static void
add_topics (InspDocBlock *body)
{
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("What you can raise"));
  insp_doc_add_paragraph (body, _("Anything about an AI application that affects your work "
                                  "or you, for example:"));
  list = insp_doc_add_list (body, FALSE);
  insp_doc_list_add_item (list, _("Workload: the application makes work heavier, faster or "
                                  "unrealistic."));
  insp_doc_list_add_item (list, _("Fairness: it treats people or groups unequally."));
  insp_doc_list_add_item (list, _("Privacy: personal data is collected, shown or kept where "
                                  "it should not be."));
  insp_doc_list_add_item (list, _("Safety: it puts someone’s health or safety at risk."));
  insp_doc_list_add_item (list, _("Usability: it is hard to use or gets things wrong."));
  insp_doc_list_add_item (list, _("A decision about you that you want a person to look at "
                                  "again."));
}

static gboolean
add_contacts (InspDocBlock      *body,
              InspWorkspace     *workspace,
              InspOrganisation  *organisation,
              Register          *reg,
              GError           **error)
{
  g_autoptr(GPtrArray) persons = insp_workspace_list_persons (workspace, error);
  g_autoptr(GPtrArray) channels = g_ptr_array_new_with_free_func (g_free);
  /* An organisation not described yet: which representatives it has is unknown. */
  gboolean known = organisation != NULL
                   && !insp_is_blank (insp_organisation_get_name (organisation));
  InspDocBlock *list;
  InspDocBlock *block;

  if (persons == NULL)
    return FALSE;

  insp_doc_add_heading (body, 1, _("Who to contact"));
  block = insp_doc_add_paragraph (body, _("The contact person for feedback and complaints "
                                          "about AI applications: "));
  insp_doc_block_add_blank (block, _("name, function and how to reach them"));
  block = insp_doc_add_paragraph (body, _("Their replacement when they are absent: "));
  insp_doc_block_add_blank (block, _("name and function"));
  insp_doc_add_paragraph (body, _("You can also go to:"));
  list = insp_doc_add_list (body, FALSE);
  insp_doc_list_add_item (list, _("your direct supervisor;"));
  insp_doc_list_add_item (list, _("a frontrunner, who passes it on:"));
  block = insp_doc_add_list (g_ptr_array_index (list->children, list->children->len - 1),
                             FALSE);
  _insp_template_add_named_people (block, persons, "frontrunner");
  if (block->children->len == 0)
    insp_doc_block_add_blank (insp_doc_add_paragraph (insp_doc_list_add_item (block, NULL),
                                                      NULL),
                              _("the frontrunners"));
  if (!known)
    insp_doc_block_add_blank (insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL),
                                                      NULL),
                              _("the employees’ representatives: works council, CPBW, union "
                                "delegation"));
  if (known && insp_organisation_get_has_works_council (organisation))
    insp_doc_list_add_item (list, _("a member of the works council;"));
  if (known && insp_organisation_get_has_prevention_committee (organisation))
    insp_doc_list_add_item (list, _("the prevention adviser or the CPBW, for health and "
                                    "safety;"));
  if (known && insp_organisation_get_has_union_delegation (organisation))
    insp_doc_list_add_item (list, _("the union delegation."));
  insp_doc_add_paragraph (body, _("Whoever receives a remark or complaint passes it on to "
                                  "the contact person, with the consent of the person who "
                                  "raised it, so that it is registered."));

  insp_doc_add_heading (body, 2, _("Channels"));
  for (guint i = 0; i < reg->feedback->len; i++)
    {
      GPtrArray *entries = g_ptr_array_index (reg->feedback, i);

      for (guint j = 0; j < entries->len; j++)
        {
          InspFeedback *feedback = g_ptr_array_index (entries, j);
          g_autofree char *channel = g_strstrip (g_strdup (feedback->channel != NULL
                                                           ? feedback->channel : ""));

          if (*channel != '\0'
              && !g_ptr_array_find_with_equal_func (channels, channel, g_str_equal, NULL))
            g_ptr_array_add (channels, g_steal_pointer (&channel));
        }
    }
  if (channels->len > 0)
    {
      insp_doc_add_paragraph (body, _("Feedback so far came in through these channels; each "
                                      "of them stays open:"));
      list = insp_doc_add_list (body, FALSE);
      for (guint i = 0; i < channels->len; i++)
        insp_doc_list_add_item (list, g_ptr_array_index (channels, i));
    }
  insp_doc_add_paragraph (body, _("Other channels, such as an e-mail address, a form or an "
                                  "anonymous box:"));
  insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                            _("the channels for feedback and complaints"));
  return TRUE;
}

static void
add_time_limits (InspDocBlock *body)
{
  InspDocBlock *table;
  InspDocBlock *row;

  insp_doc_add_heading (body, 1, _("Time limits"));
  table = insp_doc_add_table (body, 2, 1);
  insp_doc_table_add_row (table, _("Step"), _("At the latest"), NULL);
  row = insp_doc_table_add_row (table, _("Confirming that a remark or complaint was "
                                         "received"), NULL);
  insp_doc_block_add_blank (row->children->pdata[1], _("number of working days"));
  row = insp_doc_table_add_row (table, _("A decision, or an explanation of why it takes "
                                         "longer"), NULL);
  insp_doc_block_add_blank (row->children->pdata[1], _("number of working days"));
  row = insp_doc_table_add_row (table, _("A danger to safety or a leak of personal data"),
                                NULL);
  insp_doc_block_add_blank (row->children->pdata[1], _("how fast, e.g. the same day"));
  row = insp_doc_table_add_row (table, _("Reporting to the works council"), NULL);
  insp_doc_block_add_blank (row->children->pdata[1], _("how often"));
  insp_doc_add_paragraph (body, _("Until a decision is taken, a person checks the "
                                  "application’s results on the matter of the complaint. "
                                  "Where safety or privacy is at stake, that part of the "
                                  "application is not used in the meantime."));
}

static void
add_decisions (InspDocBlock *body)
{
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("How decisions are made"));
  list = insp_doc_add_list (body, TRUE);
  insp_doc_list_add_item (list, _("The contact person registers the remark or complaint: "
                                  "the date, the channel, the application, the topic and "
                                  "what happened."));
  insp_doc_list_add_item (list, _("They look into it with the people who work with the "
                                  "application, and with the vendor or IT where needed."));
  insp_doc_list_add_item (list, _("The person who raised it is heard and may bring a "
                                  "colleague or a representative."));
  insp_doc_list_add_item (list, _("A person with the authority to change how the application "
                                  "is used decides; the application never decides on a "
                                  "complaint about itself."));
  insp_doc_list_add_item (list, _("The decision says what will change, who does it and by "
                                  "when, or why nothing changes."));

  insp_doc_add_heading (body, 1, _("How decisions are reported"));
  list = insp_doc_add_list (body, FALSE);
  insp_doc_list_add_item (list, _("The person who raised it hears the decision and the "
                                  "reasons, in writing if they ask."));
  insp_doc_list_add_item (list, _("The works council, and the CPBW for health and safety, "
                                  "receive an overview of all remarks and complaints and "
                                  "their decisions, without names."));
  insp_doc_list_add_item (list, _("Employees who use the application hear what changed "
                                  "because of their feedback."));

  insp_doc_add_heading (body, 1, _("Follow-up"));
  insp_doc_add_paragraph (body, _("Every decision that needs work becomes an action with an "
                                  "owner and a deadline. The contact person checks that "
                                  "actions are done and closes the complaint only then. "
                                  "Recurring complaints are discussed at the evaluation of "
                                  "the application with the works council, and can lead to "
                                  "changing, pausing or stopping it."));
}

static gboolean
add_disagreement (InspDocBlock   *body,
                  InspWorkspace  *workspace,
                  GError        **error)
{
  InspDocBlock *block;

  insp_doc_add_heading (body, 1, _("If you disagree with the decision"));
  insp_doc_add_paragraph (body, _("You can ask for the decision to be reviewed by "));
  block = g_ptr_array_index (body->children, body->children->len - 1);
  insp_doc_block_add_blank (block, _("who reviews a decision, and within which time"));
  /* Translators: the full stop after a blank to fill in */
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, _("."));
  insp_doc_add_paragraph (body, _("You can always involve your representatives. What the AI "
                                  "vision says about employees who disagree:"));
  if (!_insp_template_add_vision_section (body, workspace, "disagreement", 1, error))
    return FALSE;
  insp_doc_add_paragraph (body, _("What the AI vision says about problems and complaints:"));
  return _insp_template_add_vision_section (body, workspace, "complaints", 1, error);
}

static void
add_register (InspDocBlock *body,
              Register     *reg)
{
  InspDocBlock *table;

  insp_doc_add_heading (body, 1, _("Feedback raised so far"));
  if (reg->applications->len == 0)
    {
      insp_doc_add_paragraph (body, _("No AI application is recorded yet."));
      return;
    }
  table = insp_doc_add_table (body, 4, 1);
  insp_doc_table_add_row (table, _("AI application"), _("Raised"), _("Open"), _("Closed"),
                          NULL);
  for (guint i = 0; i < reg->applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (reg->applications, i);
      GPtrArray *entries = g_ptr_array_index (reg->feedback, i);
      guint open = 0;
      g_autofree char *raised = NULL;
      g_autofree char *open_text = NULL;
      g_autofree char *closed = NULL;
      InspDocBlock *row;

      for (guint j = 0; j < entries->len; j++)
        if (g_strcmp0 (((InspFeedback *) g_ptr_array_index (entries, j))->status, "closed")
            != 0)
          open++;
      raised = g_strdup_printf ("%u", entries->len);
      open_text = g_strdup_printf ("%u", open);
      closed = g_strdup_printf ("%u", entries->len - open);
      row = insp_doc_table_add_row (table, NULL);
      insp_doc_block_add_text_or_blank (row->children->pdata[0],
                                        insp_application_get_name (application),
                                        _("the application’s name"));
      insp_doc_block_add_text (row->children->pdata[1], INSP_DOC_STYLE_NONE, raised);
      insp_doc_block_add_text (row->children->pdata[2], INSP_DOC_STYLE_NONE, open_text);
      insp_doc_block_add_text (row->children->pdata[3], INSP_DOC_STYLE_NONE, closed);
    }
}

static void
add_adoption (InspDocBlock *body)
{
  insp_doc_add_heading (body, 1, _("Adoption"));
  insp_doc_add_field (body, _("Discussed with the employees’ representatives on"), 1);
  insp_doc_add_field (body, _("In force from"), 1);
  insp_doc_add_field (body, _("Next evaluation of this procedure"), 1);
  insp_doc_add_field (body, _("Signatures"), 3);
}

InspDocument *
_insp_template_build_complaints_procedure (InspWorkspace            *workspace,
                                           const InspTemplate       *template,
                                           const InspRenderOptions  *options,
                                           GError                  **error)
{
  g_autoptr(InspDocument) doc = NULL;
  g_auto(Register) reg = { NULL, };
  InspOrganisation *organisation = insp_workspace_get_organisation (workspace);
  InspDocMeta *meta;
  InspDocBlock *body;

  if (!register_load (&reg, workspace, error))
    return NULL;

  doc = _insp_template_new_document (workspace, options,
                                     _("Feedback and complaints procedure"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("For the AI applications used at work"));
  meta->status = g_strdup (_("Template — to adapt"));
  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);

  add_scope (body, &reg);
  add_topics (body);
  if (!add_contacts (body, workspace, organisation, &reg, error))
    return NULL;
  add_time_limits (body);
  add_decisions (body);
  if (!add_disagreement (body, workspace, error))
    return NULL;
  add_register (body, &reg);
  add_adoption (body);
  return g_steal_pointer (&doc);
}
