/* insp-markdown.c — CommonMark text as the vision is written in it
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here goes through cmark. Its source positions are lines and byte columns,
 * inclusive at the end; they are turned into byte offsets against a table of line starts
 * built with cmark's own idea of a line end (\n, \r\n or \r), clamped to the text and moved
 * to character boundaries, so a wrong position can never point outside the text.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-markdown.h"

#include <cmark.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "insp-error.h"

/**
 * insp_markdown_validate:
 * @text: text to store
 * @length: its length in bytes, or -1 when it ends with a NUL
 * @where: what the text is, for the message (a section's title)
 * @error: where the text is wrong
 *
 * Text enters the workspace only as valid UTF-8 without NUL characters.
 *
 * Returns: whether @text may be stored
 */
gboolean
insp_markdown_validate (const char  *text,
                        gssize       length,
                        const char  *where,
                        GError     **error)
{
  const char *end = NULL;
  gsize len;

  if (text == NULL)
    return TRUE;

  len = length < 0 ? strlen (text) : (gsize) length;
  if (!g_utf8_validate_len (text, len, &end))
    {
      gsize offset = (gsize) (end - text);
      gsize line = 1;

      for (gsize i = 0; i < offset; i++)
        if (text[i] == '\n')
          line++;

      if (text[offset] == '\0' && offset < len)
        g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                     _("%s: line %lu: the text contains a NUL character"),
                     where, (unsigned long) line);
      else
        g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                     _("%s: line %lu, byte %lu: the text is not valid UTF-8"),
                     where, (unsigned long) line, (unsigned long) (offset + 1));
      return FALSE;
    }

  return TRUE;
}

static cmark_node *
parse (const char *text,
       gsize       length,
       int         options)
{
  return cmark_parse_document (text != NULL ? text : "", text != NULL ? length : 0, options);
}

static gsize
text_length (const char *text,
             gssize      length)
{
  if (text == NULL)
    return 0;
  return length < 0 ? strlen (text) : (gsize) length;
}

/* Source positions to byte offsets. */
typedef struct
{
  const char *text;
  gsize       length;
  GArray     *starts;   /* gsize: the offset where each line starts */
} Lines;

static void
lines_init (Lines      *lines,
            const char *text,
            gsize       length)
{
  gsize zero = 0;

  lines->text = text;
  lines->length = length;
  lines->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (lines->starts, zero);
  for (gsize i = 0; i < length; i++)
    {
      gsize next;

      if (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n')
        i++;
      else if (text[i] != '\n' && text[i] != '\r')
        continue;
      next = i + 1;
      g_array_append_val (lines->starts, next);
    }
}

static void
lines_clear (Lines *lines)
{
  g_array_unref (lines->starts);
}

/* The offset where @line ends, before its line terminator. */
static gsize
lines_get_end (Lines *lines,
               guint  line)
{
  gsize end;

  if (line >= lines->starts->len)
    return lines->length;
  end = g_array_index (lines->starts, gsize, line);
  while (end > g_array_index (lines->starts, gsize, line - 1)
         && (lines->text[end - 1] == '\n' || lines->text[end - 1] == '\r'))
    end--;
  return end;
}

/* The offset of 1-based @line and byte @column (0 meaning the start of the line), or
 * G_MAXSIZE when the position is not in the text. @after gives the offset just past the byte. */
static gsize
lines_get_offset (Lines    *lines,
                  int       line,
                  int       column,
                  gboolean  after)
{
  gsize start, end, offset;

  if (line < 1 || (guint) line > lines->starts->len || column < 0)
    return G_MAXSIZE;

  start = g_array_index (lines->starts, gsize, line - 1);
  end = lines_get_end (lines, line);
  offset = column == 0 ? start : start + (gsize) column - (after ? 0 : 1);
  offset = MIN (offset, end);

  /* Never inside a character. */
  if (after)
    while (offset < lines->length && ((guchar) lines->text[offset] & 0xC0) == 0x80)
      offset++;
  else
    while (offset > 0 && ((guchar) lines->text[offset] & 0xC0) == 0x80)
      offset--;

  return offset;
}

static gboolean
node_range (Lines      *lines,
            cmark_node *node,
            gsize      *start,
            gsize      *end)
{
  *start = lines_get_offset (lines, cmark_node_get_start_line (node),
                             cmark_node_get_start_column (node), FALSE);
  *end = lines_get_offset (lines, cmark_node_get_end_line (node),
                           cmark_node_get_end_column (node), TRUE);
  return *start != G_MAXSIZE && *end != G_MAXSIZE && *start <= *end;
}

static void
add_span (GArray      *spans,
          InspMdStyle  style,
          guint        level,
          gsize        start,
          gsize        end)
{
  InspMdSpan span = { style, level, start, end };

  if (start < end)
    g_array_append_val (spans, span);
}

/* The delimiters around an inline node's children: `*`, `**`, `[` and `](url)`. */
static void
add_delimiters (Lines      *lines,
                GArray     *spans,
                cmark_node *node,
                gsize       start,
                gsize       end,
                gboolean    whole_on_failure)
{
  cmark_node *first = cmark_node_first_child (node);
  cmark_node *last = cmark_node_last_child (node);
  gsize first_start, first_end, last_start, last_end;

  if (first == NULL
      || !node_range (lines, first, &first_start, &first_end)
      || !node_range (lines, last, &last_start, &last_end)
      || first_start < start || last_end > end)
    {
      if (whole_on_failure)
        add_span (spans, INSP_MD_MARKER, 0, start, end);
      return;
    }

  add_span (spans, INSP_MD_MARKER, 0, start, first_start);
  add_span (spans, INSP_MD_MARKER, 0, last_end, end);
}

static guint
list_depth (cmark_node *node)
{
  guint depth = 0;

  for (cmark_node *p = node; p != NULL; p = cmark_node_parent (p))
    if (cmark_node_get_type (p) == CMARK_NODE_LIST)
      depth++;

  return depth;
}

static void
add_heading (Lines      *lines,
             GArray     *spans,
             cmark_node *node,
             gsize       start,
             gsize       end)
{
  const char *text = lines->text;
  gsize p = start;

  /* cmark ends an ATX heading with its text: the closing #s belong to it too. */
  if (text[start] == '#')
    while (end < lines->length && text[end] != '\n' && text[end] != '\r')
      end++;

  add_span (spans, INSP_MD_HEADING, (guint) cmark_node_get_heading_level (node), start, end);

  if (text[start] == '#')
    {
      gsize close = end;

      /* The opening sequence and its spaces. */
      while (p < end && text[p] == '#')
        p++;
      while (p < end && (text[p] == ' ' || text[p] == '\t'))
        p++;
      add_span (spans, INSP_MD_MARKER, 0, start, p);

      /* An optional closing sequence. */
      while (close > p && (text[close - 1] == ' ' || text[close - 1] == '\t'))
        close--;
      if (close > p && text[close - 1] == '#')
        {
          gsize hashes = close;

          while (hashes > p && text[hashes - 1] == '#')
            hashes--;
          if (hashes == p || text[hashes - 1] == ' ' || text[hashes - 1] == '\t')
            add_span (spans, INSP_MD_MARKER, 0, hashes, end);
        }
    }
  else
    {
      /* A setext heading: its underline is the last line. */
      gsize line_start = end;

      while (line_start > start && text[line_start - 1] != '\n' && text[line_start - 1] != '\r')
        line_start--;
      if (line_start > start)
        add_span (spans, INSP_MD_MARKER, 0, line_start, end);
    }
}

static void
add_list_marker (Lines  *lines,
                 GArray *spans,
                 gsize   start,
                 gsize   end)
{
  const char *text = lines->text;
  gsize p = start;

  if (p < end && (text[p] == '-' || text[p] == '+' || text[p] == '*'))
    p++;
  else
    {
      while (p < end && g_ascii_isdigit (text[p]))
        p++;
      if (p < end && (text[p] == '.' || text[p] == ')'))
        p++;
    }
  if (p < end && text[p] == ' ')
    p++;
  add_span (spans, INSP_MD_MARKER, 0, start, p);
}

static void
add_quote_markers (Lines  *lines,
                   GArray *spans,
                   gsize   start,
                   gsize   end)
{
  const char *text = lines->text;
  gsize p = start;

  while (p < end)
    {
      gsize q = p;

      while (q < end && text[q] == ' ' && q - p < 3)
        q++;
      if (q < end && text[q] == '>')
        add_span (spans, INSP_MD_MARKER, 0, q, q + 1 + (q + 1 < end && text[q + 1] == ' '));

      /* The next line. */
      while (p < end && text[p] != '\n' && text[p] != '\r')
        p++;
      while (p < end && (text[p] == '\n' || text[p] == '\r'))
        p++;
    }
}

static void
add_code_span (Lines  *lines,
               GArray *spans,
               gsize   start,
               gsize   end)
{
  const char *text = lines->text;
  gsize open = start, close = end;

  /* cmark places an inline code node on its content: find the backticks around it. */
  if (open > 0 && text[open - 1] == ' ' && open > 1 && text[open - 2] == '`')
    open--;
  while (open > 0 && text[open - 1] == '`')
    open--;
  if (close < lines->length && text[close] == ' ' && close + 1 < lines->length
      && text[close + 1] == '`')
    close++;
  while (close < lines->length && text[close] == '`')
    close++;

  add_span (spans, INSP_MD_CODE, 0, open, close);
  if (open < start)
    add_span (spans, INSP_MD_MARKER, 0, open, start);
  if (close > end)
    add_span (spans, INSP_MD_MARKER, 0, end, close);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static guint
count_words_in (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          if (!in_word)
            n++;
          in_word = TRUE;
        }
      /* An apostrophe or a hyphen inside a word ("don't", "AI-geletterdheid") keeps it one. */
      else if (in_word && (c == '\'' || c == 0x2019 || c == '-')
               && is_word_char (g_utf8_get_char (g_utf8_next_char (p))))
        continue;
      else
        in_word = FALSE;
    }

  return n;
}

/* The nodes whose text a reader reads: not markup, not link addresses. */
static gboolean
is_counted (cmark_node *node)
{
  cmark_node_type type = cmark_node_get_type (node);

  return type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const InspMdSpan *sa = a, *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end > sb->end ? -1 : 1;
  return (int) sa->style - (int) sb->style;
}

/**
 * insp_markdown_get_spans:
 * @text: CommonMark source
 * @length: its length in bytes
 * @word_count: (out) (optional): the words in @text, as insp_markdown_count_words () counts
 *   them, from the same parse
 *
 * Where the styled parts of @text are, for the editor's live styling. Spans may nest
 * (emphasis in a heading in a list item) and come sorted by start offset.
 *
 * Returns: (transfer full) (element-type InspMdSpan): the spans
 */
GArray *
insp_markdown_get_spans (const char *text,
                         gsize       length,
                         guint      *word_count)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (InspMdSpan));
  cmark_node *doc;
  cmark_iter *iter;
  cmark_event_type event;
  Lines lines;
  guint words = 0;

  if (word_count != NULL)
    *word_count = 0;
  if (text == NULL || length == 0)
    return spans;

  doc = parse (text, length, CMARK_OPT_SOURCEPOS);
  lines_init (&lines, text, length);
  iter = cmark_iter_new (doc);

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      gsize start, end;

      if (event != CMARK_EVENT_ENTER)
        continue;
      if (word_count != NULL && is_counted (node))
        words += count_words_in (cmark_node_get_literal (node));
      if (!node_range (&lines, node, &start, &end))
        continue;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_HEADING:
          add_heading (&lines, spans, node, start, end);
          break;

        case CMARK_NODE_EMPH:
          add_span (spans, INSP_MD_EMPHASIS, 0, start, end);
          add_delimiters (&lines, spans, node, start, end, FALSE);
          break;

        case CMARK_NODE_STRONG:
          add_span (spans, INSP_MD_STRONG, 0, start, end);
          add_delimiters (&lines, spans, node, start, end, FALSE);
          break;

        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
          add_span (spans, INSP_MD_LINK, 0, start, end);
          add_delimiters (&lines, spans, node, start, end, TRUE);
          break;

        case CMARK_NODE_CODE:
          add_code_span (&lines, spans, start, end);
          break;

        case CMARK_NODE_CODE_BLOCK:
          add_span (spans, INSP_MD_CODE_BLOCK, 0, start, end);
          if (cmark_node_get_fence_info (node) != NULL && (text[start] == '`' || text[start] == '~'))
            {
              gsize eol = start;

              while (eol < end && text[eol] != '\n' && text[eol] != '\r')
                eol++;
              add_span (spans, INSP_MD_MARKER, 0, start, eol);
            }
          break;

        case CMARK_NODE_ITEM:
          add_span (spans, INSP_MD_LIST_ITEM, list_depth (node), start, end);
          add_list_marker (&lines, spans, start, end);
          break;

        case CMARK_NODE_BLOCK_QUOTE:
          add_span (spans, INSP_MD_QUOTE, 0, start, end);
          add_quote_markers (&lines, spans, start, end);
          break;

        case CMARK_NODE_THEMATIC_BREAK:
          add_span (spans, INSP_MD_MARKER, 0, start, end);
          break;

        case CMARK_NODE_NONE:
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_LIST:
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_CUSTOM_BLOCK:
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_TEXT:
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_CUSTOM_INLINE:
        default:
          break;
        }
    }

  cmark_iter_free (iter);
  cmark_node_free (doc);
  lines_clear (&lines);

  if (word_count != NULL)
    *word_count = words;
  g_array_sort (spans, compare_spans);
  return spans;
}

/**
 * insp_markdown_count_words:
 * @text: CommonMark source
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * Counts the words a reader sees: markup and link addresses are not words.
 *
 * Returns: the number of words
 */
guint
insp_markdown_count_words (const char *text,
                           gssize      length)
{
  cmark_node *doc;
  cmark_iter *iter;
  cmark_event_type event;
  guint n = 0;

  if (text == NULL)
    return 0;

  doc = parse (text, text_length (text, length), CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (doc);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (event == CMARK_EVENT_ENTER && is_counted (node))
        n += count_words_in (cmark_node_get_literal (node));
    }
  cmark_iter_free (iter);
  cmark_node_free (doc);

  return n;
}

/**
 * insp_markdown_to_plain:
 * @text: CommonMark source
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * The text as a reader sees it, without markup: blocks separated by an empty line, list
 * items with a bullet or their number. What versions are compared on.
 *
 * Returns: (transfer full): the plain text
 */
char *
insp_markdown_to_plain (const char *text,
                        gssize      length)
{
  GString *out = g_string_new (NULL);
  cmark_node *doc;
  cmark_iter *iter;
  cmark_event_type event;

  if (text == NULL)
    return g_string_free (out, FALSE);

  doc = parse (text, text_length (text, length), CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (doc);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);

      if (event == CMARK_EVENT_ENTER)
        {
          switch (type)
            {
            case CMARK_NODE_ITEM:
              {
                cmark_node *list = cmark_node_parent (node);

                if (out->len > 0 && out->str[out->len - 1] != '\n')
                  g_string_append_c (out, '\n');
                for (guint depth = list_depth (node); depth > 1; depth--)
                  g_string_append (out, "  ");
                if (cmark_node_get_list_type (list) == CMARK_ORDERED_LIST)
                  {
                    int number = cmark_node_get_list_start (list);

                    for (cmark_node *p = cmark_node_previous (node); p != NULL;
                         p = cmark_node_previous (p))
                      number++;
                    g_string_append_printf (out, "%d. ", number);
                  }
                else
                  g_string_append (out, "• ");
              }
              break;

            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
            case CMARK_NODE_CODE_BLOCK:
            case CMARK_NODE_HTML_INLINE:
            case CMARK_NODE_HTML_BLOCK:
              g_string_append (out, cmark_node_get_literal (node));
              break;

            case CMARK_NODE_SOFTBREAK:
              g_string_append_c (out, ' ');
              break;

            case CMARK_NODE_LINEBREAK:
              g_string_append_c (out, '\n');
              break;

            default:
              break;
            }
        }
      else if (event == CMARK_EVENT_EXIT
               && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
                   || type == CMARK_NODE_LIST || type == CMARK_NODE_BLOCK_QUOTE))
        {
          cmark_node *parent = cmark_node_parent (node);
          gboolean tight = parent != NULL && cmark_node_get_type (parent) == CMARK_NODE_ITEM
                           && cmark_node_get_list_tight (cmark_node_parent (parent));

          while (out->len > 0 && out->str[out->len - 1] == '\n')
            g_string_truncate (out, out->len - 1);
          if (out->len > 0)
            g_string_append (out, tight ? "\n" : "\n\n");
        }
    }
  cmark_iter_free (iter);
  cmark_node_free (doc);

  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static char *
steal_cmark_string (char *s)
{
  char *copy = g_strdup (s);

  cmark_get_default_mem_allocator ()->free (s);
  return copy;
}

/**
 * insp_markdown_to_commonmark:
 * @text: CommonMark source
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * Returns: (transfer full): @text as cmark writes it back: the same document, normalised
 */
char *
insp_markdown_to_commonmark (const char *text,
                             gssize      length)
{
  cmark_node *doc = parse (text, text_length (text, length), CMARK_OPT_DEFAULT);
  char *out = cmark_render_commonmark (doc, CMARK_OPT_DEFAULT, 0);

  cmark_node_free (doc);
  return steal_cmark_string (out);
}

/**
 * insp_markdown_to_xml:
 * @text: CommonMark source
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * Returns: (transfer full): the document tree as CommonMark XML, without source positions:
 *   two texts with the same tree are the same document
 */
char *
insp_markdown_to_xml (const char *text,
                      gssize      length)
{
  cmark_node *doc = parse (text, text_length (text, length), CMARK_OPT_DEFAULT);
  char *out = cmark_render_xml (doc, CMARK_OPT_DEFAULT);

  cmark_node_free (doc);
  return steal_cmark_string (out);
}

/**
 * insp_markdown_continue_list:
 * @line: the line the cursor is on, up to the cursor
 * @length: its length in bytes
 * @prefix: (out) (transfer full) (optional): for %INSP_MD_CONTINUE_ITEM, what starts the
 *   next item (indentation, bullet or next number, spacing)
 * @marker_length: (out) (optional): for %INSP_MD_CONTINUE_END, how many bytes of @line are
 *   the empty item's marker, to remove
 *
 * What Enter does at the end of @line: continue a list, end it after an empty item, or
 * nothing special. cmark decides what is a list item ("1986. A good year" is; "-dash" is not).
 *
 * Returns: what to do
 */
InspMdContinue
insp_markdown_continue_list (const char  *line,
                             gsize        length,
                             char       **prefix,
                             gsize       *marker_length)
{
  g_autofree char *copy = NULL;
  InspMdContinue result = INSP_MD_CONTINUE_NONE;
  cmark_node *doc, *list, *item, *content;
  gsize indent = 0;

  if (prefix != NULL)
    *prefix = NULL;
  if (marker_length != NULL)
    *marker_length = 0;

  while (indent < length && (line[indent] == ' ' || line[indent] == '\t'))
    indent++;
  if (indent == length || memchr (line, '\n', length) != NULL)
    return INSP_MD_CONTINUE_NONE;

  copy = g_strndup (line + indent, length - indent);
  doc = parse (copy, length - indent, CMARK_OPT_SOURCEPOS);
  list = cmark_node_first_child (doc);
  item = list != NULL ? cmark_node_first_child (list) : NULL;

  if (list != NULL && cmark_node_get_type (list) == CMARK_NODE_LIST
      && cmark_node_next (list) == NULL && item != NULL && cmark_node_next (item) == NULL)
    {
      content = cmark_node_first_child (item);
      if (content == NULL)
        {
          result = INSP_MD_CONTINUE_END;
          if (marker_length != NULL)
            *marker_length = length;
        }
      else if (cmark_node_get_start_line (content) == 1)
        {
          gsize text_start = (gsize) cmark_node_get_start_column (content) - 1;
          g_autofree char *spacing = NULL;
          GString *next = g_string_new_len (line, (gssize) indent);
          gsize marker_end = 0;

          while (marker_end < text_start && copy[marker_end] != ' ' && copy[marker_end] != '\t')
            marker_end++;
          spacing = g_strndup (copy + marker_end, text_start - marker_end);

          if (cmark_node_get_list_type (list) == CMARK_ORDERED_LIST)
            g_string_append_printf (next, "%d%c", cmark_node_get_list_start (list) + 1,
                                    cmark_node_get_list_delim (list) == CMARK_PAREN_DELIM
                                    ? ')' : '.');
          else
            g_string_append_c (next, copy[0]);
          g_string_append (next, spacing);

          result = INSP_MD_CONTINUE_ITEM;
          if (prefix != NULL)
            *prefix = g_string_free (next, FALSE);
          else
            g_string_free (next, TRUE);
        }
    }

  cmark_node_free (doc);
  return result;
}

/* Appends @c as compared by insp_text_find (): lower case, without accents ("É" is "e"),
 * and for each character appended the offset of the character it came from. */
static void
append_folded (GArray   *folded,
               GArray   *from,
               gunichar  c,
               guint     offset)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));

  for (gsize i = 0; i < n; i++)
    {
      gunichar lower;

      if (g_unichar_ismark (parts[i]) && n > 1)
        continue;
      lower = g_unichar_tolower (parts[i]);
      g_array_append_val (folded, lower);
      if (from != NULL)
        g_array_append_val (from, offset);
    }
}

/**
 * insp_text_find:
 * @text: text to search
 * @needle: what to find
 *
 * Finds @needle in @text the way the search across sections does: capitals and accents do
 * not matter, so "werkbare" finds "Wérkbare". Matches do not overlap.
 *
 * Returns: (transfer full) (element-type InspTextMatch): the matches, as character offsets
 *   in @text
 */
GArray *
insp_text_find (const char *text,
                const char *needle)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (InspTextMatch));
  g_autoptr(GArray) hay = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) from = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) pin = g_array_new (FALSE, FALSE, sizeof (gunichar));
  guint offset = 0;

  if (text == NULL || needle == NULL
      || !g_utf8_validate (text, -1, NULL) || !g_utf8_validate (needle, -1, NULL))
    return matches;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), offset++)
    append_folded (hay, from, g_utf8_get_char (p), offset);
  for (const char *p = needle; *p != '\0'; p = g_utf8_next_char (p))
    append_folded (pin, NULL, g_utf8_get_char (p), 0);

  if (pin->len == 0)
    return matches;

  for (guint i = 0; i + pin->len <= hay->len; i++)
    {
      InspTextMatch match;

      if (memcmp (&g_array_index (hay, gunichar, i), pin->data, pin->len * sizeof (gunichar))
          != 0)
        continue;
      match.start = g_array_index (from, guint, i);
      match.end = g_array_index (from, guint, i + pin->len - 1) + 1;
      g_array_append_val (matches, match);
      i += pin->len - 1;
    }

  return matches;
}
