/* test-document.c — the document model exports are built in
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-doc-writer-private.h"
#include "insp-document.h"
#include "insp-error.h"

static InspDocBlock *
child (InspDocBlock *block,
       guint         i)
{
  g_assert_nonnull (block->children);
  g_assert_cmpuint (i, <, block->children->len);
  return g_ptr_array_index (block->children, i);
}

static const InspDocRun *
run (InspDocBlock *block,
     guint         i)
{
  g_assert_nonnull (block->runs);
  g_assert_cmpuint (i, <, block->runs->len);
  return &g_array_index (block->runs, InspDocRun, i);
}

static void
test_markdown (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *block, *item;
  g_autoptr(GPtrArray) headings = NULL;

  insp_doc_add_heading (body, 1, "Our vision");
  insp_doc_add_markdown (body,
                         "# Aims\n\nWe *involve* **everyone** in `pilots`, see "
                         "[the paper](https://example.org/p).\n\n"
                         "3. first\n4. second\n   - nested\n\n> quoted\n\n---\n\n"
                         "    code <b>\n",
                         1);

  g_assert_cmpuint (body->children->len, ==, 7);
  block = child (body, 1);
  g_assert_cmpint (block->type, ==, INSP_DOC_HEADING);
  g_assert_cmpuint (block->level, ==, 2);
  g_assert_cmpstr (block->id, ==, "h2");
  g_assert_cmpstr (run (block, 0)->text, ==, "Aims");

  block = child (body, 2);
  g_assert_cmpint (block->type, ==, INSP_DOC_PARAGRAPH);
  g_assert_cmpstr (run (block, 0)->text, ==, "We ");
  g_assert_cmpstr (run (block, 1)->text, ==, "involve");
  g_assert_cmpint (run (block, 1)->style, ==, INSP_DOC_STYLE_EMPHASIS);
  g_assert_cmpint (run (block, 3)->style, ==, INSP_DOC_STYLE_STRONG);
  g_assert_cmpint (run (block, 5)->style, ==, INSP_DOC_STYLE_CODE);
  g_assert_cmpstr (run (block, 7)->text, ==, "the paper");
  g_assert_cmpstr (run (block, 7)->link, ==, "https://example.org/p");

  block = child (body, 3);
  g_assert_cmpint (block->type, ==, INSP_DOC_LIST);
  g_assert_true (block->flag);
  g_assert_cmpuint (block->number, ==, 3);
  item = child (block, 1);
  g_assert_cmpint (child (item, 1)->type, ==, INSP_DOC_LIST);
  g_assert_false (child (item, 1)->flag);

  g_assert_cmpint (child (body, 4)->type, ==, INSP_DOC_QUOTE);
  g_assert_cmpint (child (body, 5)->type, ==, INSP_DOC_RULE);
  g_assert_cmpint (child (body, 6)->type, ==, INSP_DOC_CODE);
  g_assert_cmpstr (child (body, 6)->text, ==, "code <b>");

  headings = insp_document_list_headings (doc, 4);
  g_assert_cmpuint (headings->len, ==, 2);
  g_assert_cmpuint (insp_document_count_words (doc), ==, 17);
}

static void
test_builders (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *table, *row, *block;
  g_autofree char *plain = NULL;

  table = insp_doc_add_table (body, 3, 1);
  row = insp_doc_table_add_row (table, "Phase", "Level", NULL);
  g_assert_cmpuint (row->children->len, ==, 3);
  g_assert_cmpuint (table->number, ==, 1);
  insp_doc_block_add_blank (child (row, 2), "owner");
  row = insp_doc_table_add_row (table, "a", "b", "c", "d", NULL);
  g_assert_cmpuint (row->children->len, ==, 3);

  block = insp_doc_add_paragraph (body, NULL);
  insp_doc_block_add_text_or_blank (block, "  \n", "the organisation's name");
  g_assert_cmpint (run (block, 0)->type, ==, INSP_DOC_RUN_BLANK);
  insp_doc_block_add_line_break (block);
  insp_doc_block_add_text_or_blank (block, "Acme", "the organisation's name");
  plain = insp_doc_block_dup_plain (block);
  g_assert_cmpstr (plain, ==, "[to be completed: the organisation's name]\nAcme");

  block = insp_doc_checklist_add_item (insp_doc_add_checklist (body), TRUE, "Asked");
  g_assert_true (block->flag);
  block = insp_doc_add_field (body, "Comments", 0);
  g_assert_cmpuint (block->level, ==, 1);
}

static void
test_xml_escape (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *hostile = "<b>&\"x\"</b> ]]> \\ * _ # a\u200Db \u05E9\u05DC\u05D5\u05DD 'q'";

  _insp_doc_append_xml_escaped (out, hostile, -1);
  g_assert_cmpstr (out->str, ==,
                   "&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt; ]]&gt; \\ * _ # a\u200Db "
                   "\u05E9\u05DC\u05D5\u05DD &apos;q&apos;");

  g_string_truncate (out, 0);
  _insp_doc_append_xml_escaped (out, "a\x01" "b\x1f\tc\xef\xbf\xbe" "d", -1);
  g_assert_cmpstr (out->str, ==, "ab\tcd");
}

static void
test_json_round_trip (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  g_autoptr(InspDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *table, *block;
  InspDocMeta *meta = insp_document_get_meta (doc);
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  static const char *const invalid[] = {
    "", "[]", "{\"format\": \"inspraak-document\"}",
    "{\"format\": \"inspraak-document\", \"meta\": {}, \"body\": [{\"type\": \"x\"}]}",
    "{\"format\": \"inspraak-document\", \"meta\": {}, \"body\": [{\"type\": \"table\","
    " \"columns\": 2, \"children\": [{\"type\": \"row\", \"children\": []}]}]}",
    "{\"format\": \"inspraak-document\", \"meta\": {}, \"body\": [{\"type\": \"rule\","
    " \"children\": [{\"type\": \"paragraph\"}]}]}",
  };

  meta->title = g_strdup ("<b>&\"x\"</b>");
  meta->organisation = g_strdup ("Acme \u05E9\u05DC\u05D5\u05DD");
  meta->title_page = TRUE;
  insp_doc_add_toc (body);
  insp_doc_add_heading (body, 2, "Heading ]]>");
  insp_doc_add_markdown (body, "Some *emphasis*, `code` and [a link](https://example.org).\n\n"
                         "1. one\n2. two\n   - nested\n\n> quote\n\n---\n\n    code\n", 0);
  block = insp_doc_checklist_add_item (insp_doc_add_checklist (body), TRUE, "done");
  table = insp_doc_add_table (body, 2, 1);
  insp_doc_table_add_row (table, "A", "B", NULL);
  insp_doc_block_add_blank (g_ptr_array_index (insp_doc_table_add_row (table, "x", NULL)
                                               ->children, 1), "owner");
  insp_doc_add_field (body, "Comments", 4);
  insp_doc_add_note (body, "A note");
  block = insp_doc_add_paragraph (body, "line");
  insp_doc_block_add_line_break (block);
  insp_doc_add_page_break (body);

  json = insp_document_to_json (doc);
  back = insp_document_new_from_json (json, -1, &error);
  g_assert_no_error (error);
  again = insp_document_to_json (back);
  g_assert_cmpstr (json, ==, again);
  g_assert_true (insp_document_get_meta (back)->title_page);
  g_assert_cmpuint (insp_document_count_words (back), ==, insp_document_count_words (doc));

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(InspDocument) bad = insp_document_new_from_json (invalid[i], -1, &error);

      g_assert_null (bad);
      g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "en", TRUE);

  g_test_add_func ("/document/markdown", test_markdown);
  g_test_add_func ("/document/builders", test_builders);
  g_test_add_func ("/document/xml-escape", test_xml_escape);
  g_test_add_func ("/document/json", test_json_round_trip);

  return g_test_run ();
}
