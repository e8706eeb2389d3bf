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

#include "insp-diff.h"
#include "insp-enums.h"
#include "insp-section.h"
#include "insp-template-private.h"
#include "insp-version.h"

/* Quoted text in the list of changes is cut after this many characters. */
#define MAX_QUOTED_CHARS 240

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

static char *
describe_version (InspVersion *version)
{
  g_autofree char *date = _insp_template_format_date (insp_version_get_created (version));

  /* Translators: a version of the vision: its number, its name, the date it was saved */
  return g_strdup_printf (_("Version %u, “%s”, of %s"), insp_version_get_number (version),
                          insp_version_get_label (version), date);
}

static char *
quote_text (const char *text)
{
  g_autofree char *collapsed = g_strdup (text);
  g_autofree char *cut = NULL;

  g_strstrip (g_strdelimit (collapsed, "\n\r\t", ' '));
  if (g_utf8_strlen (collapsed, -1) <= MAX_QUOTED_CHARS)
    return g_steal_pointer (&collapsed);
  cut = g_utf8_substring (collapsed, 0, MAX_QUOTED_CHARS);
  return g_strconcat (cut, "…", NULL);
}

/* One list item per stretch of change: replaced, added or removed words. */
static void
add_word_changes (InspDocBlock    *parent,
                  InspSectionDiff *diff)
{
  InspDocBlock *list = insp_doc_add_list (parent, FALSE);
  GPtrArray *runs = diff->runs;

  for (guint i = 0; i < runs->len; i++)
    {
      const InspDiffRun *run = g_ptr_array_index (runs, i);
      const InspDiffRun *next = i + 1 < runs->len ? g_ptr_array_index (runs, i + 1) : NULL;
      InspDocBlock *item;
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      if (run->op == INSP_DIFF_EQUAL || insp_diff_run_is_whitespace (run))
        continue;

      item = insp_doc_add_paragraph (insp_doc_list_add_item (list, NULL), NULL);
      if (run->op == INSP_DIFF_DELETE && next != NULL && next->op == INSP_DIFF_INSERT
          && !insp_diff_run_is_whitespace (next))
        {
          old_text = quote_text (run->text);
          new_text = quote_text (next->text);
          /* Translators: in the list of changes: words replaced by other words */
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _("Replaced: "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_EMPHASIS, old_text);
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _(" by "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_STRONG, new_text);
          i++;
        }
      else if (run->op == INSP_DIFF_INSERT)
        {
          new_text = quote_text (run->text);
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _("Added: "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_STRONG, new_text);
        }
      else
        {
          old_text = quote_text (run->text);
          insp_doc_block_add_text (item, INSP_DOC_STYLE_NONE, _("Removed: "));
          insp_doc_block_add_text (item, INSP_DOC_STYLE_EMPHASIS, old_text);
        }
    }
  if (list->children->len == 0)
    insp_doc_list_add_item (list, _("Only the layout changed."));
}

static gboolean
add_changes (InspDocBlock   *body,
             InspWorkspace  *workspace,
             InspVersion    *since,
             InspVersion    *version,
             GError        **error)
{
  g_autoptr(GPtrArray) diffs = insp_workspace_compare (workspace, since, version, error);
  g_autofree char *heading = NULL;
  g_autofree char *counted = NULL;
  g_autofree char *since_text = NULL;
  InspDocBlock *table;
  guint changed = 0;

  if (diffs == NULL)
    return FALSE;

  /* Translators: a heading in the vision export; %u is a version's number */
  heading = g_strdup_printf (_("What changed since version %u"),
                             insp_version_get_number (since));
  insp_doc_add_heading (body, 1, heading);

  for (guint i = 0; i < diffs->len; i++)
    if (((InspSectionDiff *) g_ptr_array_index (diffs, i))->change
        != INSP_SECTION_CHANGE_UNCHANGED)
      changed++;
  since_text = describe_version (since);
  /* Translators: "2 of 7 sections changed since Version 2, “…”, of 3 May 2026." */
  counted = g_strdup_printf (g_dngettext (NULL, "%u of %u section changed since %s.",
                                          "%u of %u sections changed since %s.", diffs->len),
                             changed, diffs->len, since_text);
  insp_doc_add_paragraph (body, counted);
  if (changed == 0)
    return TRUE;

  table = insp_doc_add_table (body, 4, 1);
  insp_doc_table_add_row (table, _("Section"), _("Change"), _("Words added"),
                          _("Words removed"), NULL);
  for (guint i = 0; i < diffs->len; i++)
    {
      InspSectionDiff *diff = g_ptr_array_index (diffs, i);
      g_autofree char *added = g_strdup_printf ("%u", diff->words_added);
      g_autofree char *removed = g_strdup_printf ("%u", diff->words_removed);

      if (diff->change == INSP_SECTION_CHANGE_UNCHANGED)
        continue;
      insp_doc_table_add_row (table,
                              diff->new_title != NULL ? diff->new_title : diff->old_title,
                              insp_section_change_get_label (diff->change), added, removed, NULL);
    }

  for (guint i = 0; i < diffs->len; i++)
    {
      InspSectionDiff *diff = g_ptr_array_index (diffs, i);

      if (!diff->text_changed && !diff->renamed)
        continue;
      /* Not a heading: the contents would list every section twice. */
      insp_doc_block_add_text (insp_doc_add_paragraph (body, NULL), INSP_DOC_STYLE_STRONG,
                               diff->new_title != NULL ? diff->new_title : diff->old_title);
      if (diff->renamed && diff->old_title != NULL && diff->new_title != NULL)
        {
          g_autofree char *renamed = g_strdup_printf (_("Renamed from “%s”."), diff->old_title);

          insp_doc_add_paragraph (body, renamed);
        }
      if (diff->text_changed)
        add_word_changes (body, diff);
    }
  return TRUE;
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
      g_autofree char *described = describe_version (version);
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
  g_autoptr(GPtrArray) current = NULL;
  GPtrArray *sections;
  InspDocMeta *meta;
  InspDocBlock *body;

  if (options->vision_version != NULL
      && (version = insp_workspace_find_version (workspace, options->vision_version,
                                                 error)) == NULL)
    return NULL;
  if (options->since != NULL
      && (since = insp_workspace_find_version (workspace, options->since, error)) == NULL)
    return NULL;

  review = insp_workspace_get_last_review (workspace, error);
  if (review == NULL && error != NULL && *error != NULL)
    return NULL;
  if (since == NULL && review != NULL)
    {
      g_autofree char *number = g_strdup_printf ("%u", insp_review_get_version_number (review));

      since = insp_workspace_find_version (workspace, number, error);
      if (since == NULL)
        return NULL;
      /* The reviewed version itself: nothing changed since. */
      if (version != NULL
          && insp_version_get_number (since) >= insp_version_get_number (version))
        g_clear_object (&since);
    }

  if (version != NULL)
    {
      sections = insp_version_get_sections (version);
    }
  else
    {
      current = insp_workspace_list_sections (workspace, error);
      if (current == NULL)
        return NULL;
      sections = current;
    }

  doc = _insp_template_new_document (workspace, options, _("AI vision"));
  meta = insp_document_get_meta (doc);
  meta->subtitle = g_strdup (_("How we introduce AI at work, together"));
  meta->version = version != NULL ? describe_version (version)
                                  : g_strdup (_("Current text, not saved as a version"));
  meta->status = g_strdup (vision_status (sections));

  body = insp_document_get_body (doc);
  insp_doc_add_toc (body);
  add_about (body, version, review, sections);
  if (since != NULL && !add_changes (body, workspace, since, version, error))
    return NULL;
  insp_doc_add_page_break (body);
  add_sections (body, sections);

  return g_steal_pointer (&doc);
}
