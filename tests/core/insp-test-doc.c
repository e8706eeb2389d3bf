/* insp-test-doc.c — reading a document built by a template, for the template tests
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "insp-test-doc.h"

InspDocument *
insp_test_doc_build (InspWorkspace  *workspace,
                     const char     *id,
                     const char     *application,
                     const char     *version,
                     const char     *since,
                     GError        **error)
{
  const InspTemplate *template = insp_template_lookup (id, NULL);
  InspRenderOptions options = { application, version, since, "en" };

  g_assert_nonnull (template);
  return insp_template_build (template, workspace, &options, error);
}

char *
insp_test_doc_dup_headings (InspDocument *doc)
{
  g_autoptr(GPtrArray) headings = insp_document_list_headings (doc, 4);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < headings->len; i++)
    {
      g_autofree char *plain = insp_doc_block_dup_plain (g_ptr_array_index (headings, i));

      g_string_append_printf (text, "%s\n", plain);
    }
  return g_string_free (text, FALSE);
}

static void
append_text (GString      *text,
             InspDocBlock *block)
{
  g_autofree char *plain = NULL;

  if (block->type == INSP_DOC_ROW)
    {
      for (guint i = 0; i < block->children->len; i++)
        {
          g_autofree char *cell = insp_doc_block_dup_plain (g_ptr_array_index (block->children,
                                                                               i));

          g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", cell);
        }
      g_string_append_c (text, '\n');
      return;
    }
  plain = insp_doc_block_dup_plain (block);
  if (*plain != '\0')
    g_string_append_printf (text, "%s\n", plain);
  if (block->children != NULL)
    for (guint i = 0; i < block->children->len; i++)
      append_text (text, g_ptr_array_index (block->children, i));
}

char *
insp_test_doc_dup_text (InspDocument *doc)
{
  GString *text = g_string_new (NULL);

  append_text (text, insp_document_get_body (doc));
  if (g_getenv ("INSP_TEST_DUMP") != NULL)
    g_printerr ("%s\n", text->str);
  return g_string_free (text, FALSE);
}

guint
insp_test_doc_count_blocks (InspDocBlock     *block,
                            InspDocBlockType  type)
{
  guint n = block->type == type;

  if (block->children != NULL)
    for (guint i = 0; i < block->children->len; i++)
      n += insp_test_doc_count_blocks (g_ptr_array_index (block->children, i), type);
  return n;
}
