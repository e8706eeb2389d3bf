/* insp-template-casebook.c — the practice casebook: good and bad examples of involvement
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A short introduction, then the good practices and the bad ones: each with what happened,
 * its effect on workable work and the lessons learned (the paper's recommendations 2 and
 * 11). A kind with no practice shows a blank to fill in.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-practice.h"
#include "insp-template-private.h"

static void
add_part (InspDocBlock *parent,
          const char   *label,
          const char   *text,
          const char   *what)
{
  InspDocBlock *paragraph = insp_doc_add_paragraph (parent, NULL);

  insp_doc_block_add_text (paragraph, INSP_DOC_STYLE_STRONG, label);
  paragraph = insp_doc_add_paragraph (parent, NULL);
  insp_doc_block_add_text_or_blank (paragraph, text, what);
}

static void
add_practice (InspDocBlock *body,
              InspPractice *practice)
{
  InspDocBlock *heading;

  heading = insp_doc_add_heading (body, 2, NULL);
  insp_doc_block_add_text_or_blank (heading, practice->title, _("the practice’s title"));
  if (practice->sector != NULL && *practice->sector != '\0')
    {
      /* Translators: under a practice's title in the casebook */
      g_autofree char *sector = g_strdup_printf (_("Sector: %s"), practice->sector);

      insp_doc_block_add_text (insp_doc_add_paragraph (body, NULL), INSP_DOC_STYLE_EMPHASIS,
                               sector);
    }
  add_part (body, _("What happened"), practice->description, _("what happened"));
  add_part (body, _("Effect on workable work"), practice->effect,
            _("its effect on workable work"));
  add_part (body, _("Lessons learned"), practice->lessons, _("the lessons learned"));
}

static void
add_kind (InspDocBlock *body,
          GPtrArray    *practices,
          const char   *kind,
          const char   *heading,
          const char   *intro,
          const char   *missing)
{
  guint n = 0;

  insp_doc_add_heading (body, 1, heading);
  insp_doc_add_paragraph (body, intro);
  for (guint i = 0; i < practices->len; i++)
    {
      InspPractice *practice = g_ptr_array_index (practices, i);

      if (g_strcmp0 (practice->kind, kind) != 0)
        continue;
      add_practice (body, practice);
      n++;
    }
  if (n == 0)
    insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL), missing);
}

InspDocument *
_insp_template_build_casebook (InspWorkspace            *workspace,
                               const InspTemplate       *template,
                               const InspRenderOptions  *options,
                               GError                  **error)
{
  g_autoptr(InspDocument) doc = NULL;
  g_autoptr(GPtrArray) practices = NULL;
  InspDocMeta *meta;
  InspDocBlock *body;

  practices = insp_workspace_list_practices (workspace, error);
  if (practices == NULL)
    return NULL;

  doc = _insp_template_new_document (workspace, options, _("Practice casebook"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("Good and bad examples of involving employees in AI at work"));

  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);
  insp_doc_add_heading (body, 1, _("About this casebook"));
  insp_doc_add_paragraph (body, _("Whether an AI application makes work better or worse often "
                                  "depends less on the technology than on how employees were "
                                  "involved in choosing and introducing it. This casebook "
                                  "collects examples of both: what was done, what it did to "
                                  "workable work — stress, workload, autonomy, learning, "
                                  "trust — and what the people involved would do again or "
                                  "differently."));
  insp_doc_add_paragraph (body, _("Examples that went wrong teach as much as the ones that "
                                  "went well. Shared between organisations, sectors and "
                                  "knowledge centres, they turn separate experiences into "
                                  "a collective learning process, so the next organisation "
                                  "does not have to repeat the same mistakes."));
  insp_doc_add_note (body, _("Describe what happened, not who did it: leave out the names of "
                             "employees before you share an example outside the "
                             "organisation."));

  add_kind (body, practices, "good", _("Good practices"),
            _("Examples where involving employees worked, and why."),
            _("a good practice: what happened, its effect on workable work and the lessons "
              "learned"));
  add_kind (body, practices, "bad", _("Bad practices"),
            _("Examples where employees were involved too late, too little or not at all, "
              "and what it cost."),
            _("a bad practice: what happened, its effect on workable work and the lessons "
              "learned"));

  return g_steal_pointer (&doc);
}
