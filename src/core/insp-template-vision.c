/* insp-template-vision.c — the export of the AI vision
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A title page with the version and its status, a table of contents, a page about the
 * document (which version, whether and when the employees' representatives reviewed one,
 * each section's status), what changed since a version (by default the last reviewed one),
 * then every section's text.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-section.h"
#include "insp-template-private.h"
#include "insp-version.h"

static const char *
vision_status (GPtrArray *sections)
{
  gboolean all_agreed = sections->len > 0;
  gboolean consultation = FALSE;

  for (guint i = 0; i < sections->len; i++)
    {
      const char *status = insp_section_get_status (g_ptr_array_index (sections, i));

      all_agreed = all_agreed && g_strcmp0 (status, "agreed") == 0;
      consultation = consultation || g_strcmp0 (status, "consultation") == 0;
    }
  if (all_agreed)
    return _("Agreed");
  if (consultation)
    return _("Draft — for consultation");
  return _("Draft");
}

static void
add_about (InspDocBlock *body,
           InspVersion  *version,
           InspReview   *review,
           GPtrArray    *sections)
{
  InspDocBlock *table;

  insp_doc_add_heading (body, 1, _("About this document"));
  insp_doc_add_paragraph (body, _("This vision says why and how the organisation introduces "
                                  "AI at work, and how employees are involved in every step. "
                                  "It is written with the employees and their "
                                  "representatives."));
  if (version != NULL)
    {
      g_autofree char *described = _insp_template_describe_version (version);
      g_autofree char *text = g_strdup_printf (_("This document is %s."), described);

      insp_doc_add_paragraph (body, text);
    }
  else
    {
      insp_doc_add_paragraph (body, _("This document shows the current text, which has not "
                                      "been saved as a version yet."));
    }

  if (review != NULL)
    {
      g_autofree char *date = _insp_template_format_date (insp_review_get_signed_date (review));
      /* Translators: %u is a version's number, %s a date */
      g_autofree char *text = g_strdup_printf (_("The employees’ representatives gave their "
                                                 "advice on version %u on %s."),
                                               insp_review_get_version_number (review), date);

      insp_doc_add_paragraph (body, text);
    }
  else
    {
      insp_doc_add_paragraph (body, _("The employees’ representatives have not given their "
                                      "advice on a version yet."));
    }

  table = insp_doc_add_table (body, 2, 1);
  insp_doc_table_add_row (table, _("Section"), _("Status"), NULL);
  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);

      insp_doc_table_add_row (table, insp_section_get_display_title (section),
                              insp_enum_get_label (&insp_enum_section_status,
                                                   insp_section_get_status (section)),
                              NULL);
    }
}

static void
add_sections (InspDocBlock *body,
              GPtrArray    *sections)
{
  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);
      const char *text = insp_section_get_text (section);
      g_autofree char *status = NULL;
      InspDocBlock *block;

      insp_doc_add_heading (body, 1, insp_section_get_display_title (section));
      /* Translators: under a section's title in the vision export */
      status = g_strdup_printf (_("Status: %s"),
                                insp_enum_get_label (&insp_enum_section_status,
                                                     insp_section_get_status (section)));
      block = insp_doc_add_paragraph (body, NULL);
      insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS, status);

      if (insp_section_get_word_count (section) == 0 && (text == NULL || *text == '\0'))
        {
          block = insp_doc_add_paragraph (body, NULL);
          insp_doc_block_add_blank (block, _("the text of this section"));
        }
      else
        {
          insp_doc_add_markdown (body, text, 1);
        }
    }
}

InspDocument *
_insp_template_build_vision (InspWorkspace            *workspace,
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

  doc = _insp_template_new_document (workspace, options, _("AI vision"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("How we introduce AI at work, together"));
  meta->version = version != NULL ? _insp_template_describe_version (version)
                                  : g_strdup (_("Current text, not saved as a version"));
  meta->status = g_strdup (vision_status (sections));

  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);
  add_about (body, version, review, sections);
  if (since != NULL && !_insp_template_add_changes (body, workspace, since, version, error))
    return NULL;
  insp_doc_add_page_break (body);
  add_sections (body, sections);

  return g_steal_pointer (&doc);
}
