/* insp-template-review-pack.c — the pack the works council reviews the vision with
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A title page with the vision's version, how to use the pack, what changed since a version
 * (by default the last reviewed one; the vision export's list of changes), then a form per
 * section: its text, boxes to tick a verdict and lines for comments; at the end lines for
 * the representatives' general opinion, their signature and the date.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-section.h"
#include "insp-template-private.h"
#include "insp-version.h"

/* Lines to write comments on per section, and the general opinion. */
#define COMMENT_LINES 6
#define OPINION_LINES 10

static void
add_how_to (InspDocBlock *body,
            InspVersion  *version,
            InspReview   *review)
{
  InspDocBlock *list;

  insp_doc_add_heading (body, 1, _("How to use this pack"));
  insp_doc_add_paragraph (body, _("The organisation writes its AI vision together with the "
                                  "employees. Before a version is adopted, the employees’ "
                                  "representatives give their advice on it. This pack holds "
                                  "the text to review and a form to write the advice on."));
  list = insp_doc_add_list (body, TRUE);
  insp_doc_list_add_item (list, _("Read what changed since the last version you reviewed, "
                                  "if there was one."));
  insp_doc_list_add_item (list, _("For each section, tick one verdict: acceptable as it "
                                  "stands, could be improved, or to be corrected before it "
                                  "can be adopted."));
  insp_doc_list_add_item (list, _("Write down why, and what you would change. Concrete "
                                  "wording helps the most."));
  insp_doc_list_add_item (list, _("Give your general opinion at the end, sign, and hand the "
                                  "pack back. The advice is recorded with this version and "
                                  "kept."));

  if (version != NULL)
    {
      g_autofree char *described = _insp_template_describe_version (version);
      /* Translators: %s is "Version 3, “…”, of 2 May 2026" */
      g_autofree char *text = g_strdup_printf (_("This pack is about %s."), described);

      insp_doc_add_paragraph (body, text);
    }
  else
    {
      insp_doc_add_paragraph (body, _("This pack shows the current text, which has not been "
                                      "saved as a version yet. Ask for a saved version, so "
                                      "that your advice refers to a text that no longer "
                                      "changes."));
    }

  if (review != NULL)
    {
      g_autofree char *date = _insp_template_format_date (insp_review_get_signed_date (review));
      /* Translators: %u is a version's number, %s a date */
      g_autofree char *text = g_strdup_printf (_("The last advice was given on version %u on "
                                                 "%s."),
                                               insp_review_get_version_number (review), date);

      insp_doc_add_paragraph (body, text);
    }
  else
    {
      insp_doc_add_paragraph (body, _("This is the first version the employees’ "
                                      "representatives review."));
    }
}

static void
add_section_form (InspDocBlock *body,
                  InspSection  *section)
{
  const char *text = insp_section_get_text (section);
  g_autofree char *status = NULL;
  InspDocBlock *checklist;

  insp_doc_add_heading (body, 2, insp_section_get_display_title (section));
  /* Translators: under a section's title in the review pack */
  status = g_strdup_printf (_("Status: %s"),
                            insp_enum_get_label (&insp_enum_section_status,
                                                 insp_section_get_status (section)));
  insp_doc_block_add_text (insp_doc_add_paragraph (body, NULL), INSP_DOC_STYLE_EMPHASIS,
                           status);

  if (insp_section_get_word_count (section) == 0 && (text == NULL || *text == '\0'))
    insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                              _("the text of this section"));
  else
    insp_doc_add_markdown (body, text, 2);

  /* A label, not a FIELD: the boxes below are what is filled in. */
  insp_doc_block_add_text (insp_doc_add_paragraph (body, NULL), INSP_DOC_STYLE_STRONG,
                           _("Verdict (tick one)"));
  checklist = insp_doc_add_checklist (body);
  insp_doc_checklist_add_item (checklist, FALSE,
                               insp_enum_get_label (&insp_enum_verdict, "acceptable"));
  insp_doc_checklist_add_item (checklist, FALSE,
                               insp_enum_get_label (&insp_enum_verdict, "improvable"));
  insp_doc_checklist_add_item (checklist, FALSE,
                               insp_enum_get_label (&insp_enum_verdict, "to-correct"));
  insp_doc_add_field (body, _("Comments: why, and what you would change"), COMMENT_LINES);
}

InspDocument *
_insp_template_build_review_pack (InspWorkspace            *workspace,
                                  const InspTemplate       *template,
                                  const InspRenderOptions  *options,
                                  GError                  **error)
{
  g_autoptr(InspDocument) doc = NULL;
  g_autoptr(InspVersion) version = NULL;
  g_autoptr(InspVersion) since = NULL;
  g_autoptr(InspReview) review = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  InspDocMeta *meta;
  InspDocBlock *body;

  if (!_insp_template_resolve_versions (workspace, options, &version, &since, &review,
                                        &sections, error))
    return NULL;

  doc = _insp_template_new_document (workspace, options, _("Review pack"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("The AI vision, for the advice of the employees’ "
                               "representatives"));
  meta->version = version != NULL ? _insp_template_describe_version (version)
                                  : g_strdup (_("Current text, not saved as a version"));
  meta->status = g_strdup (_("For advice"));

  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);
  add_how_to (body, version, review);
  if (since != NULL && !_insp_template_add_changes (body, workspace, since, version, error))
    return NULL;
  insp_doc_add_page_break (body);

  insp_doc_add_heading (body, 1, _("Review form"));
  if (sections->len == 0)
    insp_doc_block_add_blank (insp_doc_add_paragraph (body, NULL),
                              _("the sections of the vision"));
  for (guint i = 0; i < sections->len; i++)
    add_section_form (body, g_ptr_array_index (sections, i));

  insp_doc_add_page_break (body);
  insp_doc_add_heading (body, 1, _("General opinion"));
  insp_doc_add_paragraph (body, _("Your opinion on the vision as a whole: does it say clearly "
                                  "how employees are involved, what they can expect and what "
                                  "they can do when they disagree or have a complaint?"));
  insp_doc_add_field (body, _("General opinion of the employees’ representatives"),
                      OPINION_LINES);
  insp_doc_add_field (body, _("Signed for the employees’ representatives (names or roles)"), 2);
  insp_doc_add_field (body, _("Date"), 1);

  return g_steal_pointer (&doc);
}
