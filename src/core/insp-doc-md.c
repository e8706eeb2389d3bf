/* insp-doc-md.c — the Markdown writer
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CommonMark that reads well as plain text and round-trips: parsed again by cmark, every
 * string of user text comes back literally. To get there, user text is escaped with
 * backslashes where CommonMark would read it as markup:
 *
 *   - always: \ ` * _ [ ] < | ~ and & when it would start an entity ("&amp;");
 *   - at the start of a line: # > - + = and digits followed by . or ) (list markers,
 *     headings, quotes, setext underlines, thematic breaks); spaces and tabs there become
 *     &#32; and &#9;, so they are neither stripped nor read as an indented code block;
 *   - in headings # anywhere (a closing sequence would be dropped).
 *
 * Choices where CommonMark has no construct:
 *   - checklists are GFM task list items, "- [ ] " and "- [x] ": GitHub and GitLab show
 *     boxes, and a strict CommonMark reader shows "[ ]" and "[x]" literally (a label with
 *     no link definition is text, and the writer never writes definitions);
 *   - tables are GFM pipe tables; a table without header rows gets an empty one, more than
 *     one header row: the first is the header, the others the first body rows;
 *   - the table of contents is a nested list of the headings' text (CommonMark has no
 *     anchors to link to);
 *   - a field to fill in is its label followed by one thematic break per line to write on,
 *     which every renderer draws as a ruled line;
 *   - notes and quotes are block quotes; a page break is "<!-- pagebreak -->";
 *   - a blank is "**[to be completed: …]**", escaped;
 *   - a line break is a backslash at the end of the line; in headings and table cells,
 *     which cannot hold one, a space.
 *
 * Two lists in a row are kept apart by an empty HTML comment, as they would merge otherwise.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-doc-writer-private.h"

#define TOC_MAX_LEVEL 4
#define FIELD_LINE "________________________________________"

typedef enum
{
  CONTEXT_TEXT,
  CONTEXT_HEADING,
  CONTEXT_TABLE,
} Context;

typedef struct
{
  GString      *out;
  GString      *prefix;         /* what every continuation line starts with */
  InspDocument *doc;
  Context       context;
  gboolean      line_start;     /* the next text begins a line: block markers matter */
  guint         pending_breaks; /* hard line breaks not yet written (dropped at block end) */
  InspDocStyle  style;          /* the emphasis and strong delimiters open */
  gsize         style_start;    /* where the text inside them begins */
  gboolean      style_line_start;
  const char   *link;           /* the link open, or NULL */
  gboolean      has_headings;   /* whether a table of contents has anything to list */
} Md;

/* Bytes that need a look in text: everything else is copied as it is. */
static guchar special[256];

static void
init_special (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      const char *chars = "\\`*_[]<|~&#\n\r";

      for (const char *p = chars; *p != '\0'; p++)
        special[(guchar) *p] = 1;
      g_once_init_leave (&once, 1);
    }
}

static void
newline (Md *w)
{
  g_string_append_c (w->out, '\n');
  g_string_append_len (w->out, w->prefix->str, w->prefix->len);
}

/* An empty line between blocks: the prefix without its trailing spaces (">" in a quote). */
static void
blank_line (Md *w)
{
  gsize len = w->prefix->len;

  while (len > 0 && w->prefix->str[len - 1] == ' ')
    len--;
  g_string_append_c (w->out, '\n');
  g_string_append_len (w->out, w->prefix->str, len);
  newline (w);
}

static void
flush_breaks (Md *w)
{
  for (; w->pending_breaks > 0; w->pending_breaks--)
    {
      g_string_append_c (w->out, '\\');
      newline (w);
      w->line_start = TRUE;
    }
}

/* Whether @p ("&…") would be read as an entity or a numeric character reference. */
static gboolean
starts_entity (const char *p,
               const char *end)
{
  const char *q = p + 1;

  if (q < end && *q == '#')
    q++;
  while (q < end && g_ascii_isalnum (*q))
    q++;
  return q < end && *q == ';' && q > p + 1;
}

/* Appends user text escaped; see the top of the file. */
static void
append_text (Md         *w,
             const char *text,
             gssize      length)
{
  const char *p, *end;

  if (text == NULL)
    return;
  end = text + (length < 0 ? (gssize) strlen (text) : length);

  for (p = text; p < end;)
    {
      const char *run = p;
      char c;

      if (!w->line_start && w->pending_breaks == 0)
        {
          while (p < end && !special[(guchar) *p])
            p++;
          g_string_append_len (w->out, run, p - run);
          if (p >= end)
            break;
        }

      c = *p;
      if (c == '\n' || c == '\r')
        {
          if (c == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          if (w->context == CONTEXT_TEXT)
            w->pending_breaks++;
          else
            g_string_append_c (w->out, ' ');
          continue;
        }
      flush_breaks (w);

      if (w->line_start)
        {
          if (c == ' ' || c == '\t')
            {
              g_string_append (w->out, c == ' ' ? "&#32;" : "&#9;");
              p++;
              continue;
            }
          w->line_start = FALSE;
          if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=')
            {
              g_string_append_c (w->out, '\\');
              g_string_append_c (w->out, c);
              p++;
              continue;
            }
          if (g_ascii_isdigit (c))
            {
              const char *q = p;

              while (q < end && q - p < 10 && g_ascii_isdigit (*q))
                q++;
              g_string_append_len (w->out, p, q - p);
              if (q < end && q - p <= 9 && (*q == '.' || *q == ')'))
                {
                  g_string_append_c (w->out, '\\');
                  g_string_append_c (w->out, *q);
                  q++;
                }
              p = q;
              continue;
            }
        }

      switch (c)
        {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '|':
        case '~':
          g_string_append_c (w->out, '\\');
          g_string_append_c (w->out, c);
          break;

        case '#':
          if (w->context == CONTEXT_HEADING)
            g_string_append_c (w->out, '\\');
          g_string_append_c (w->out, c);
          break;

        case '&':
          if (starts_entity (p, end))
            g_string_append_c (w->out, '\\');
          g_string_append_c (w->out, c);
          break;

        default:
          g_string_append_c (w->out, c);
          break;
        }
      p++;
    }
}

/* A code span with a fence longer than any run of backticks inside. */
static void
append_code_span (Md         *w,
                  const char *text)
{
  gsize len = strlen (text);
  guint longest = 0, current = 0;
  gboolean all_spaces = TRUE;
  gboolean pad;

  if (len == 0)
    return;
  flush_breaks (w);
  w->line_start = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      current = *p == '`' ? current + 1 : 0;
      longest = MAX (longest, current);
      if (*p != ' ')
        all_spaces = FALSE;
    }
  pad = text[0] == '`' || text[len - 1] == '`'
        || (!all_spaces && text[0] == ' ' && text[len - 1] == ' ');

  for (guint i = 0; i <= longest; i++)
    g_string_append_c (w->out, '`');
  if (pad)
    g_string_append_c (w->out, ' ');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r')
        g_string_append_c (w->out, ' ');
      else if (*p == '|' && w->context == CONTEXT_TABLE)
        g_string_append (w->out, "\\|");
      else
        g_string_append_c (w->out, *p);
    }
  if (pad)
    g_string_append_c (w->out, ' ');
  for (guint i = 0; i <= longest; i++)
    g_string_append_c (w->out, '`');
}

static const char *
style_delimiter (InspDocStyle style)
{
  style &= INSP_DOC_STYLE_EMPHASIS | INSP_DOC_STYLE_STRONG;
  if (style == (INSP_DOC_STYLE_EMPHASIS | INSP_DOC_STYLE_STRONG))
    return "***";
  if (style == INSP_DOC_STYLE_STRONG)
    return "**";
  if (style == INSP_DOC_STYLE_EMPHASIS)
    return "*";
  return "";
}

static void
open_style (Md           *w,
            InspDocStyle  style)
{
  const char *delimiter = style_delimiter (style);

  w->style = style & (INSP_DOC_STYLE_EMPHASIS | INSP_DOC_STYLE_STRONG);
  if (w->style == 0)
    return;
  flush_breaks (w);
  w->style_line_start = w->line_start;
  g_string_append (w->out, delimiter);
  w->style_start = w->out->len;
  w->line_start = FALSE;
}

/* Closes the delimiters open. Delimiters must touch the text they enclose, so trailing
 * spaces move out, and delimiters around nothing but spaces are taken away again. */
static void
close_style (Md *w)
{
  const char *delimiter = style_delimiter (w->style);
  gsize end = w->out->len;
  gsize text_end = end;

  if (w->style == 0)
    return;
  while (text_end > w->style_start
         && (w->out->str[text_end - 1] == ' ' || w->out->str[text_end - 1] == '\t'))
    text_end--;

  if (text_end == w->style_start)
    {
      gsize opener = strlen (delimiter);

      g_string_erase (w->out, w->style_start - opener, opener);
      w->line_start = w->style_line_start && end == w->style_start;
    }
  else
    {
      g_autofree char *spaces = g_strndup (w->out->str + text_end, end - text_end);

      g_string_truncate (w->out, text_end);
      g_string_append (w->out, delimiter);
      g_string_append (w->out, spaces);
    }
  w->style = 0;
}

static void
append_destination (GString    *out,
                    const char *uri)
{
  const char *end = uri + strlen (uri);
  gboolean pointy = FALSE;

  for (const char *p = uri; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || *p == '<' || *p == '>' || *p == '(' || *p == ')'
        || *p == '\\' || *p == 0x7F)
      {
        pointy = TRUE;
        break;
      }

  if (pointy)
    g_string_append_c (out, '<');
  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '<' || *p == '>' || *p == '\\' || (*p == '&' && starts_entity (p, end)))
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "%0A");
      else if (*p == '\r')
        g_string_append (out, "%0D");
      else
        g_string_append_c (out, *p);
    }
  if (pointy)
    g_string_append_c (out, '>');
}

static void
set_link (Md         *w,
          const char *link)
{
  if (g_strcmp0 (link, w->link) == 0)
    return;
  close_style (w);
  if (w->link != NULL)
    {
      g_string_append (w->out, "](");
      append_destination (w->out, w->link);
      g_string_append_c (w->out, ')');
    }
  if (link != NULL)
    {
      flush_breaks (w);
      g_string_append_c (w->out, '[');
      w->line_start = FALSE;
    }
  w->link = link;
}

static void
write_runs (Md                 *w,
            const InspDocBlock *block)
{
  if (block->runs == NULL)
    return;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const InspDocRun *run = &g_array_index (block->runs, InspDocRun, i);
      InspDocStyle style;

      if (run->type == INSP_DOC_RUN_LINE_BREAK)
        {
          if (w->context == CONTEXT_TEXT)
            w->pending_breaks++;
          else
            g_string_append_c (w->out, ' ');
          continue;
        }

      set_link (w, run->type == INSP_DOC_RUN_TEXT && _insp_doc_link_is_safe (run->link)
                   ? run->link : NULL);
      style = run->type == INSP_DOC_RUN_BLANK ? INSP_DOC_STYLE_STRONG : run->style;
      style &= INSP_DOC_STYLE_EMPHASIS | INSP_DOC_STYLE_STRONG;

      if (run->type == INSP_DOC_RUN_BLANK)
        {
          g_autofree char *blank = insp_doc_dup_blank_text (run->text);

          if (style != w->style)
            {
              close_style (w);
              open_style (w, style);
            }
          append_text (w, blank, -1);
          continue;
        }

      if (style != w->style)
        {
          const char *text = run->text;

          close_style (w);
          /* Leading spaces stay outside the opening delimiter. */
          if (run->style & INSP_DOC_STYLE_CODE)
            {
              open_style (w, style);
              append_code_span (w, text);
              continue;
            }
          while (*text == ' ' || *text == '\t')
            text++;
          append_text (w, run->text, text - run->text);
          open_style (w, style);
          append_text (w, text, -1);
        }
      else if (run->style & INSP_DOC_STYLE_CODE)
        append_code_span (w, run->text);
      else
        append_text (w, run->text, -1);
    }
  close_style (w);
  set_link (w, NULL);
  w->pending_breaks = 0;
}

static void
write_inline_block (Md                 *w,
                    const InspDocBlock *block,
                    Context             context,
                    gboolean            line_start)
{
  w->context = context;
  w->line_start = line_start;
  w->pending_breaks = 0;
  write_runs (w, block);
  w->context = CONTEXT_TEXT;
  w->line_start = FALSE;
}

static void
write_plain (Md         *w,
             const char *text,
             Context     context,
             gboolean    line_start)
{
  w->context = context;
  w->line_start = line_start;
  w->pending_breaks = 0;
  append_text (w, text, -1);
  w->pending_breaks = 0;
  w->context = CONTEXT_TEXT;
  w->line_start = FALSE;
}

static void write_block (Md                 *w,
                         const InspDocBlock *block);

static gboolean
is_list (const InspDocBlock *block)
{
  /* A table of contents ends in a list too. */
  return block->type == INSP_DOC_LIST || block->type == INSP_DOC_CHECKLIST
         || block->type == INSP_DOC_TOC;
}

/* The children of a container, one after the other; the cursor is where the first begins. */
static void
write_blocks (Md                 *w,
              const InspDocBlock *container)
{
  gboolean in_item = container->type == INSP_DOC_LIST_ITEM;
  const InspDocBlock *previous = NULL;

  if (container->children == NULL)
    return;

  for (guint i = 0; i < container->children->len; i++)
    {
      const InspDocBlock *block = g_ptr_array_index (container->children, i);

      if (block->type == INSP_DOC_TOC && !w->has_headings)
        continue;
      if (previous != NULL)
        {
          if (in_item && is_list (block) && block->type != INSP_DOC_TOC
              && previous->type == INSP_DOC_PARAGRAPH)
            {
              /* A nested list right under its item's text keeps the list tight. */
              newline (w);
            }
          else if (is_list (block) && is_list (previous))
            {
              blank_line (w);
              g_string_append (w->out, "<!-- -->");
              blank_line (w);
            }
          else
            blank_line (w);
        }
      write_block (w, block);
      previous = block;
    }
}

static void
push_prefix (Md         *w,
             const char *text,
             gsize       len)
{
  g_string_append_len (w->prefix, text, len);
}

static void
pop_prefix (Md    *w,
            gsize  len)
{
  g_string_truncate (w->prefix, w->prefix->len - len);
}

static void
write_list (Md                 *w,
            const InspDocBlock *list)
{
  for (guint i = 0; i < list->children->len; i++)
    {
      const InspDocBlock *item = g_ptr_array_index (list->children, i);
      char marker[24];
      gsize len;

      if (i > 0)
        newline (w);
      if (list->flag)
        len = g_snprintf (marker, sizeof marker, "%u. ", MIN (list->number + i, 999999999u));
      else
        len = g_strlcpy (marker, "- ", sizeof marker);

      if (item->children == NULL || item->children->len == 0)
        {
          g_string_append_len (w->out, marker, len - 1);
          continue;
        }
      g_string_append_len (w->out, marker, len);
      memset (marker, ' ', len);
      push_prefix (w, marker, len);
      write_blocks (w, item);
      pop_prefix (w, len);
    }
}

static void
write_checklist (Md                 *w,
                 const InspDocBlock *checklist)
{
  for (guint i = 0; i < checklist->children->len; i++)
    {
      const InspDocBlock *item = g_ptr_array_index (checklist->children, i);

      if (i > 0)
        newline (w);
      g_string_append (w->out, item->flag ? "- [x] " : "- [ ] ");
      push_prefix (w, "  ", 2);
      write_inline_block (w, item, CONTEXT_TEXT, FALSE);
      pop_prefix (w, 2);
    }
}

static void
write_row (Md                 *w,
           const InspDocBlock *row,
           guint               n_columns)
{
  g_string_append_c (w->out, '|');
  for (guint c = 0; c < n_columns; c++)
    {
      g_string_append_c (w->out, ' ');
      if (row != NULL && c < row->children->len)
        write_inline_block (w, g_ptr_array_index (row->children, c), CONTEXT_TABLE, FALSE);
      g_string_append (w->out, " |");
    }
}

static void
write_table (Md                 *w,
             const InspDocBlock *table)
{
  guint first_body = 0;

  if (table->number > 0 && table->children->len > 0)
    {
      write_row (w, g_ptr_array_index (table->children, 0), table->n_columns);
      first_body = 1;
    }
  else
    write_row (w, NULL, table->n_columns);

  newline (w);
  g_string_append_c (w->out, '|');
  for (guint c = 0; c < table->n_columns; c++)
    g_string_append (w->out, " --- |");

  for (guint r = first_body; r < table->children->len; r++)
    {
      newline (w);
      write_row (w, g_ptr_array_index (table->children, r), table->n_columns);
    }
}

static void
write_code (Md                 *w,
            const InspDocBlock *block)
{
  const char *text = block->text != NULL ? block->text : "";
  guint longest = 0, current = 0;
  char fence[64];
  guint fence_len;

  for (const char *p = text; *p != '\0'; p++)
    {
      current = *p == '`' ? current + 1 : 0;
      longest = MAX (longest, current);
    }
  fence_len = MIN (MAX (longest + 1, 3), sizeof fence - 1);
  if (fence_len <= longest)
    {
      /* More than 62 backticks in a row: a tilde fence cannot be closed by them. */
      memset (fence, '~', 3);
      fence_len = 3;
    }
  else
    memset (fence, '`', fence_len);
  fence[fence_len] = '\0';

  g_string_append (w->out, fence);
  if (*text != '\0')
    {
      const char *line = text;

      while (line != NULL)
        {
          const char *next = strchr (line, '\n');
          gsize len = next != NULL ? (gsize) (next - line) : strlen (line);

          if (len > 0 && line[len - 1] == '\r')
            len--;
          newline (w);
          g_string_append_len (w->out, line, len);
          line = next != NULL ? next + 1 : NULL;
        }
    }
  newline (w);
  g_string_append (w->out, fence);
}

static void
write_toc (Md *w)
{
  g_autoptr(GPtrArray) headings = insp_document_list_headings (w->doc, TOC_MAX_LEVEL);
  guint levels[TOC_MAX_LEVEL + 1];
  guint depth = 0;

  g_string_append (w->out, "**");
  /* Translators: the title of the table of contents in an exported document */
  write_plain (w, _("Contents"), CONTEXT_HEADING, FALSE);
  g_string_append (w->out, "**");

  for (guint i = 0; i < headings->len; i++)
    {
      const InspDocBlock *heading = g_ptr_array_index (headings, i);
      g_autofree char *text = insp_doc_block_dup_plain (heading);

      if (depth == 0)
        levels[depth++] = heading->level;
      else
        {
          while (depth > 1 && levels[depth - 1] > heading->level)
            depth--;
          if (levels[depth - 1] < heading->level && depth <= TOC_MAX_LEVEL)
            levels[depth++] = heading->level;
        }
      if (i == 0)
        blank_line (w);
      else
        newline (w);
      for (guint d = 1; d < depth; d++)
        g_string_append (w->out, "  ");
      g_string_append (w->out, "- ");
      write_plain (w, text, CONTEXT_HEADING, TRUE);
    }
}

static void
write_block (Md                 *w,
             const InspDocBlock *block)
{
  switch (block->type)
    {
    case INSP_DOC_HEADING:
      {
        static const char hashes[] = "#### ";
        guint level = CLAMP (block->level, 1, 4);

        g_string_append_len (w->out, hashes + 4 - level, level + 1);
        write_inline_block (w, block, CONTEXT_HEADING, TRUE);
      }
      break;

    case INSP_DOC_PARAGRAPH:
      write_inline_block (w, block, CONTEXT_TEXT, TRUE);
      break;

    case INSP_DOC_LIST:
      write_list (w, block);
      break;

    case INSP_DOC_CHECKLIST:
      write_checklist (w, block);
      break;

    case INSP_DOC_TABLE:
      write_table (w, block);
      break;

    case INSP_DOC_FIELD:
      write_inline_block (w, block, CONTEXT_TEXT, TRUE);
      for (guint i = 0; i < block->level; i++)
        {
          blank_line (w);
          g_string_append (w->out, FIELD_LINE);
        }
      break;

    case INSP_DOC_NOTE:
    case INSP_DOC_QUOTE:
      g_string_append (w->out, "> ");
      push_prefix (w, "> ", 2);
      write_blocks (w, block);
      pop_prefix (w, 2);
      break;

    case INSP_DOC_CODE:
      write_code (w, block);
      break;

    case INSP_DOC_RULE:
      g_string_append (w->out, "---");
      break;

    case INSP_DOC_TOC:
      write_toc (w);
      break;

    case INSP_DOC_PAGE_BREAK:
      g_string_append (w->out, "<!-- pagebreak -->");
      break;

    case INSP_DOC_LIST_ITEM:
    case INSP_DOC_BODY:
    case INSP_DOC_CHECK_ITEM:
    case INSP_DOC_ROW:
    case INSP_DOC_CELL:
    default:
      write_blocks (w, block);
      break;
    }
}

static void
write_title_block (Md *w)
{
  InspDocMeta *meta = insp_document_get_meta (w->doc);
  const char *lines[] = { meta->organisation, meta->version, meta->status, meta->date };
  gboolean first = TRUE;

  g_string_append (w->out, "# ");
  write_plain (w, meta->title != NULL ? meta->title : "", CONTEXT_HEADING, FALSE);
  if (meta->subtitle != NULL && *meta->subtitle != '\0')
    {
      blank_line (w);
      g_string_append (w->out, "**");
      write_plain (w, meta->subtitle, CONTEXT_HEADING, FALSE);
      g_string_append (w->out, "**");
    }
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    if (lines[i] != NULL && *lines[i] != '\0')
      {
        if (first)
          blank_line (w);
        else
          {
            g_string_append_c (w->out, '\\');
            newline (w);
          }
        write_plain (w, lines[i], CONTEXT_HEADING, TRUE);
        first = FALSE;
      }
  blank_line (w);
  g_string_append (w->out, "---");
}

/**
 * insp_doc_write_md:
 * @doc: a document
 * @out: where to write it
 * @error: why it could not be written
 *
 * Writes @doc as CommonMark (with GFM tables and task lists) in UTF-8.
 *
 * Returns: whether the whole document was written
 */
gboolean
insp_doc_write_md (InspDocument   *doc,
                   GOutputStream  *out,
                   GError        **error)
{
  InspDocMeta *meta;
  g_autoptr(GString) buffer = NULL;
  g_autoptr(GString) prefix = NULL;
  InspDocBlock *body;
  Md w = { 0 };

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  init_special ();
  meta = insp_document_get_meta (doc);
  body = insp_document_get_body (doc);
  buffer = g_string_sized_new (16 * 1024 + 8 * insp_document_count_words (doc));
  prefix = g_string_new (NULL);
  w.out = buffer;
  w.prefix = prefix;
  w.doc = doc;
  {
    g_autoptr(GPtrArray) headings = insp_document_list_headings (doc, TOC_MAX_LEVEL);

    w.has_headings = headings->len > 0;
  }

  if (meta->title_page)
    {
      write_title_block (&w);
      if (body->children->len > 0)
        blank_line (&w);
    }
  write_blocks (&w, body);
  g_string_append_c (buffer, '\n');

  return _insp_doc_write_string (out, buffer, error);
}
