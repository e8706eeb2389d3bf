/* insp-document.c — the document model every export is built in
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <cmark.h>
#include <stdarg.h>
#include <string.h>

#include "insp-document-private.h"
#include "insp-validate-private.h"

/* The body is the document's first member: the root of any block is its document. */
struct _InspDocument
{
  InspDocBlock body;
  InspDocMeta  meta;
  guint        n_headings;
};

static void
run_clear (gpointer data)
{
  InspDocRun *run = data;

  g_free (run->text);
  g_free (run->link);
}

static void
block_free (gpointer data)
{
  InspDocBlock *block = data;

  if (block == NULL)
    return;
  g_free (block->id);
  g_free (block->text);
  g_clear_pointer (&block->runs, g_array_unref);
  g_clear_pointer (&block->children, g_ptr_array_unref);
  g_free (block);
}

static InspDocBlock *
block_new (InspDocBlockType type)
{
  InspDocBlock *block = g_new0 (InspDocBlock, 1);

  block->type = type;
  switch (type)
    {
    case INSP_DOC_HEADING:
    case INSP_DOC_PARAGRAPH:
    case INSP_DOC_CHECK_ITEM:
    case INSP_DOC_CELL:
    case INSP_DOC_FIELD:
      block->runs = g_array_new (FALSE, TRUE, sizeof (InspDocRun));
      g_array_set_clear_func (block->runs, run_clear);
      break;

    case INSP_DOC_LIST:
    case INSP_DOC_LIST_ITEM:
    case INSP_DOC_CHECKLIST:
    case INSP_DOC_TABLE:
    case INSP_DOC_ROW:
    case INSP_DOC_NOTE:
    case INSP_DOC_QUOTE:
      block->children = g_ptr_array_new_with_free_func (block_free);
      break;

    case INSP_DOC_BODY:
    case INSP_DOC_CODE:
    case INSP_DOC_RULE:
    case INSP_DOC_TOC:
    case INSP_DOC_PAGE_BREAK:
    default:
      break;
    }
  return block;
}

InspDocBlock *
_insp_doc_append (InspDocBlock     *parent,
                  InspDocBlockType  type)
{
  InspDocBlock *block;

  g_return_val_if_fail (parent != NULL && parent->children != NULL, NULL);

  block = block_new (type);
  block->parent = parent;
  g_ptr_array_add (parent->children, block);
  return block;
}

static InspDocument *
block_get_document (InspDocBlock *block)
{
  while (block->parent != NULL)
    block = block->parent;
  return (InspDocument *) block;
}

/**
 * insp_document_new:
 *
 * Returns: (transfer full): an empty document with an empty body
 */
InspDocument *
insp_document_new (void)
{
  InspDocument *doc = g_new0 (InspDocument, 1);

  doc->body.type = INSP_DOC_BODY;
  doc->body.children = g_ptr_array_new_with_free_func (block_free);
  doc->meta.language = g_strdup ("en");
  return doc;
}

void
insp_document_free (InspDocument *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->body.children);
  g_free (doc->meta.title);
  g_free (doc->meta.subtitle);
  g_free (doc->meta.organisation);
  g_free (doc->meta.version);
  g_free (doc->meta.status);
  g_free (doc->meta.date);
  g_free (doc->meta.language);
  g_free (doc);
}

/**
 * insp_document_get_meta:
 *
 * Returns: (transfer none): the document's metadata, to read and to set (strings are owned
 *   by the document and freed with g_free ())
 */
InspDocMeta *
insp_document_get_meta (InspDocument *doc)
{
  return &doc->meta;
}

InspDocBlock *
insp_document_get_body (InspDocument *doc)
{
  return &doc->body;
}

void
_insp_doc_block_add_run (InspDocBlock   *block,
                         InspDocRunType  type,
                         InspDocStyle    style,
                         const char     *text,
                         const char     *link)
{
  InspDocRun run = { type, style, g_strdup (text), g_strdup (link) };

  g_return_if_fail (block != NULL && block->runs != NULL);
  g_array_append_val (block->runs, run);
}

void
insp_doc_block_add_text (InspDocBlock *block,
                         InspDocStyle  style,
                         const char   *text)
{
  if (text == NULL || *text == '\0')
    return;
  _insp_doc_block_add_run (block, INSP_DOC_RUN_TEXT, style, text, NULL);
}

void
insp_doc_block_add_link (InspDocBlock *block,
                         const char   *text,
                         const char   *uri)
{
  if (text == NULL || *text == '\0')
    text = uri;
  if (text == NULL || *text == '\0')
    return;
  _insp_doc_block_add_run (block, INSP_DOC_RUN_TEXT, INSP_DOC_STYLE_NONE, text, uri);
}

void
insp_doc_block_add_blank (InspDocBlock *block,
                          const char   *what)
{
  _insp_doc_block_add_run (block, INSP_DOC_RUN_BLANK, INSP_DOC_STYLE_NONE,
                           what != NULL ? what : "", NULL);
}

void
insp_doc_block_add_line_break (InspDocBlock *block)
{
  _insp_doc_block_add_run (block, INSP_DOC_RUN_LINE_BREAK, INSP_DOC_STYLE_NONE, NULL, NULL);
}

void
insp_doc_block_add_text_or_blank (InspDocBlock *block,
                                  const char   *text,
                                  const char   *what)
{
  if (insp_is_blank (text))
    insp_doc_block_add_blank (block, what);
  else
    insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, text);
}

/**
 * insp_doc_dup_blank_text:
 * @what: what is to be filled in
 *
 * Returns: (transfer full): the clearly marked blank every writer shows for missing data
 */
char *
insp_doc_dup_blank_text (const char *what)
{
  if (insp_is_blank (what))
    /* Translators: a blank in an exported document, for the reader to fill in */
    return g_strdup (_("[to be completed]"));
  /* Translators: a blank in an exported document; %s says what is to be filled in */
  return g_strdup_printf (_("[to be completed: %s]"), what);
}

static void
append_plain (GString            *out,
              const InspDocBlock *block)
{
  if (block->runs != NULL)
    for (guint i = 0; i < block->runs->len; i++)
      {
        const InspDocRun *run = &g_array_index (block->runs, InspDocRun, i);

        switch (run->type)
          {
          case INSP_DOC_RUN_TEXT:
            g_string_append (out, run->text);
            break;

          case INSP_DOC_RUN_BLANK:
            {
              g_autofree char *blank = insp_doc_dup_blank_text (run->text);
              g_string_append (out, blank);
            }
            break;

          case INSP_DOC_RUN_LINE_BREAK:
          default:
            g_string_append_c (out, '\n');
            break;
          }
      }
  if (block->text != NULL && block->type == INSP_DOC_CODE)
    g_string_append (out, block->text);
}

char *
insp_doc_block_dup_plain (const InspDocBlock *block)
{
  GString *out = g_string_new (NULL);

  append_plain (out, block);
  return g_string_free (out, FALSE);
}

static InspDocBlock *
add_with_text (InspDocBlock     *parent,
               InspDocBlockType  type,
               const char       *text)
{
  InspDocBlock *block = _insp_doc_append (parent, type);

  if (block != NULL)
    insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, text);
  return block;
}

InspDocBlock *
insp_doc_add_heading (InspDocBlock *parent,
                      guint         level,
                      const char   *text)
{
  InspDocument *doc = block_get_document (parent);
  InspDocBlock *block = add_with_text (parent, INSP_DOC_HEADING, text);

  block->level = CLAMP (level, 1, 4);
  block->id = g_strdup_printf ("h%u", ++doc->n_headings);
  return block;
}

InspDocBlock *
insp_doc_add_paragraph (InspDocBlock *parent,
                        const char   *text)
{
  return add_with_text (parent, INSP_DOC_PARAGRAPH, text);
}

InspDocBlock *
insp_doc_add_list (InspDocBlock *parent,
                   gboolean      ordered)
{
  InspDocBlock *block = _insp_doc_append (parent, INSP_DOC_LIST);

  block->flag = ordered;
  block->number = 1;
  return block;
}

/**
 * insp_doc_list_add_item:
 * @list: a list
 * @text: (nullable): the item's text, as one paragraph; %NULL for an empty item to fill
 *
 * Returns: (transfer none): the item, a container for its paragraphs and nested lists
 */
InspDocBlock *
insp_doc_list_add_item (InspDocBlock *list,
                        const char   *text)
{
  InspDocBlock *item;

  g_return_val_if_fail (list->type == INSP_DOC_LIST, NULL);

  item = _insp_doc_append (list, INSP_DOC_LIST_ITEM);
  if (text != NULL)
    insp_doc_add_paragraph (item, text);
  return item;
}

InspDocBlock *
insp_doc_add_checklist (InspDocBlock *parent)
{
  return _insp_doc_append (parent, INSP_DOC_CHECKLIST);
}

InspDocBlock *
insp_doc_checklist_add_item (InspDocBlock *checklist,
                             gboolean      checked,
                             const char   *text)
{
  InspDocBlock *item;

  g_return_val_if_fail (checklist->type == INSP_DOC_CHECKLIST, NULL);

  item = add_with_text (checklist, INSP_DOC_CHECK_ITEM, text);
  item->flag = checked;
  return item;
}

InspDocBlock *
insp_doc_add_table (InspDocBlock *parent,
                    guint         n_columns,
                    guint         header_rows)
{
  InspDocBlock *block = _insp_doc_append (parent, INSP_DOC_TABLE);

  g_return_val_if_fail (n_columns > 0, block);
  block->n_columns = n_columns;
  block->number = header_rows;
  return block;
}

/**
 * insp_doc_table_add_row:
 * @table: a table
 * @...: the text of each cell, %NULL-terminated; missing cells are added empty, to be filled
 *   in with insp_doc_block_add_* () on the row's children
 *
 * Returns: (transfer none): the row; its children are exactly the table's columns
 */
InspDocBlock *
insp_doc_table_add_row (InspDocBlock *table,
                        ...)
{
  InspDocBlock *row;
  va_list args;
  const char *text;
  guint column = 0;

  g_return_val_if_fail (table->type == INSP_DOC_TABLE, NULL);

  row = _insp_doc_append (table, INSP_DOC_ROW);
  va_start (args, table);
  while ((text = va_arg (args, const char *)) != NULL)
    {
      if (column < table->n_columns)
        add_with_text (row, INSP_DOC_CELL, text);
      column++;
    }
  va_end (args);
  for (; column < table->n_columns; column++)
    _insp_doc_append (row, INSP_DOC_CELL);
  g_warn_if_fail (row->children->len == table->n_columns);
  return row;
}

InspDocBlock *
insp_doc_add_field (InspDocBlock *parent,
                    const char   *label,
                    guint         lines)
{
  InspDocBlock *block = add_with_text (parent, INSP_DOC_FIELD, label);

  block->level = MAX (lines, 1);
  return block;
}

InspDocBlock *
insp_doc_add_note (InspDocBlock *parent,
                   const char   *text)
{
  InspDocBlock *block = _insp_doc_append (parent, INSP_DOC_NOTE);

  if (text != NULL)
    insp_doc_add_paragraph (block, text);
  return block;
}

InspDocBlock *
insp_doc_add_quote (InspDocBlock *parent)
{
  return _insp_doc_append (parent, INSP_DOC_QUOTE);
}

InspDocBlock *
insp_doc_add_code (InspDocBlock *parent,
                   const char   *text)
{
  InspDocBlock *block = _insp_doc_append (parent, INSP_DOC_CODE);

  block->text = g_strdup (text != NULL ? text : "");
  return block;
}

void
insp_doc_add_rule (InspDocBlock *parent)
{
  _insp_doc_append (parent, INSP_DOC_RULE);
}

void
insp_doc_add_toc (InspDocBlock *parent)
{
  _insp_doc_append (parent, INSP_DOC_TOC);
}

void
insp_doc_add_page_break (InspDocBlock *parent)
{
  _insp_doc_append (parent, INSP_DOC_PAGE_BREAK);
}

/* CommonMark → blocks. Inline nodes become runs with the style of their ancestors. */
static void
add_inlines (InspDocBlock *block,
             cmark_node   *node,
             InspDocStyle  style,
             const char   *link)
{
  for (cmark_node *child = cmark_node_first_child (node);
       child != NULL;
       child = cmark_node_next (child))
    {
      switch (cmark_node_get_type (child))
        {
        case CMARK_NODE_TEXT:
          _insp_doc_block_add_run (block, INSP_DOC_RUN_TEXT, style,
                                   cmark_node_get_literal (child), link);
          break;

        case CMARK_NODE_CODE:
          _insp_doc_block_add_run (block, INSP_DOC_RUN_TEXT, style | INSP_DOC_STYLE_CODE,
                                   cmark_node_get_literal (child), link);
          break;

        case CMARK_NODE_SOFTBREAK:
          _insp_doc_block_add_run (block, INSP_DOC_RUN_TEXT, style, " ", link);
          break;

        case CMARK_NODE_LINEBREAK:
          insp_doc_block_add_line_break (block);
          break;

        case CMARK_NODE_EMPH:
          add_inlines (block, child, style | INSP_DOC_STYLE_EMPHASIS, link);
          break;

        case CMARK_NODE_STRONG:
          add_inlines (block, child, style | INSP_DOC_STYLE_STRONG, link);
          break;

        case CMARK_NODE_LINK:
          add_inlines (block, child, style, cmark_node_get_url (child));
          break;

        case CMARK_NODE_IMAGE:
          /* No images in exports: the description stands in, as in a text browser. */
          add_inlines (block, child, style, link);
          break;

        case CMARK_NODE_HTML_INLINE:
          /* Raw HTML is shown as the user typed it, never interpreted. */
          _insp_doc_block_add_run (block, INSP_DOC_RUN_TEXT, style,
                                   cmark_node_get_literal (child), link);
          break;

        default:
          add_inlines (block, child, style, link);
          break;
        }
    }
}

static void add_blocks (InspDocBlock *parent,
                        cmark_node   *node,
                        guint         heading_offset);

static void
add_block (InspDocBlock *parent,
           cmark_node   *node,
           guint         heading_offset)
{
  InspDocBlock *block;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_HEADING:
      block = insp_doc_add_heading (parent,
                                    (guint) cmark_node_get_heading_level (node) + heading_offset,
                                    NULL);
      add_inlines (block, node, INSP_DOC_STYLE_NONE, NULL);
      break;

    case CMARK_NODE_PARAGRAPH:
      block = insp_doc_add_paragraph (parent, NULL);
      add_inlines (block, node, INSP_DOC_STYLE_NONE, NULL);
      break;

    case CMARK_NODE_LIST:
      block = insp_doc_add_list (parent, cmark_node_get_list_type (node) == CMARK_ORDERED_LIST);
      block->number = (guint) MAX (cmark_node_get_list_start (node), 0);
      for (cmark_node *item = cmark_node_first_child (node);
           item != NULL;
           item = cmark_node_next (item))
        add_blocks (insp_doc_list_add_item (block, NULL), item, heading_offset);
      break;

    case CMARK_NODE_BLOCK_QUOTE:
      add_blocks (insp_doc_add_quote (parent), node, heading_offset);
      break;

    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
      {
        g_autofree char *text = g_strdup (cmark_node_get_literal (node));

        g_strchomp (text);
        insp_doc_add_code (parent, text);
      }
      break;

    case CMARK_NODE_THEMATIC_BREAK:
      insp_doc_add_rule (parent);
      break;

    default:
      add_blocks (parent, node, heading_offset);
      break;
    }
}

static void
add_blocks (InspDocBlock *parent,
            cmark_node   *node,
            guint         heading_offset)
{
  for (cmark_node *child = cmark_node_first_child (node);
       child != NULL;
       child = cmark_node_next (child))
    add_block (parent, child, heading_offset);
}

void
insp_doc_add_markdown (InspDocBlock *parent,
                       const char   *markdown,
                       guint         heading_offset)
{
  cmark_node *root;

  if (markdown == NULL || *markdown == '\0')
    return;

  root = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  add_blocks (parent, root, heading_offset);
  cmark_node_free (root);
}

static void
collect_headings (InspDocBlock *block,
                  guint         max_level,
                  GPtrArray    *headings)
{
  if (block->type == INSP_DOC_HEADING && block->level <= max_level)
    g_ptr_array_add (headings, block);
  /* Headings live at the top level or inside notes and quotes, never in lists or tables. */
  if (block->children != NULL && block->type != INSP_DOC_TABLE && block->type != INSP_DOC_LIST)
    for (guint i = 0; i < block->children->len; i++)
      collect_headings (g_ptr_array_index (block->children, i), max_level, headings);
}

/**
 * insp_document_list_headings:
 * @max_level: the deepest level to list
 *
 * Returns: (transfer container) (element-type InspDocBlock): the headings in document order
 */
GPtrArray *
insp_document_list_headings (InspDocument *doc,
                             guint         max_level)
{
  GPtrArray *headings = g_ptr_array_new ();

  collect_headings (&doc->body, max_level, headings);
  return headings;
}

static guint
count_words_in (InspDocBlock *block)
{
  guint words = 0;

  if (block->runs != NULL)
    for (guint i = 0; i < block->runs->len; i++)
      {
        const InspDocRun *run = &g_array_index (block->runs, InspDocRun, i);
        gboolean in_word = FALSE;

        if (run->text == NULL)
          continue;
        for (const char *p = run->text; *p != '\0'; p = g_utf8_next_char (p))
          {
            gboolean space = g_unichar_isspace (g_utf8_get_char (p));

            if (!space && !in_word)
              words++;
            in_word = !space;
          }
      }
  if (block->children != NULL)
    for (guint i = 0; i < block->children->len; i++)
      words += count_words_in (g_ptr_array_index (block->children, i));
  return words;
}

/**
 * insp_document_count_words:
 *
 * Returns: the words in the document's text, for progress and benchmarks
 */
guint
insp_document_count_words (InspDocument *doc)
{
  return count_words_in (&doc->body);
}
