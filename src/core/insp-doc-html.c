/* insp-doc-html.c — the HTML writer
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One self-contained HTML5 file: no scripts, no external resources, one embedded style sheet
 * for the screen and for print. The markup is semantic (header, nav, main, aside, table with
 * thead) so screen readers and "reader views" understand it, and every block of text carries
 * dir="auto" so right-to-left text reads correctly. The whole file is built in one GString
 * in a single walk over the document and written at once.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-doc-writer-private.h"

/* The deepest heading level listed in the table of contents. */
#define TOC_MAX_LEVEL 4

static const char style_sheet[] =
  "body{font-family:Cantarell,\"Noto Sans\",\"Source Sans 3\",system-ui,-apple-system,"
  "\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;font-size:1.0625rem;"
  "line-height:1.55;color:#1f1f1f;background:#fff;max-width:45em;margin:0 auto;"
  "padding:2.5em 1.25em 4em}\n"
  "h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em;font-weight:700}\n"
  "h1{font-size:1.75em}h2{font-size:1.4em}h3{font-size:1.15em}h4{font-size:1em}\n"
  "p,ul,ol,table,pre,blockquote,aside,.field{margin:0 0 1em}\n"
  "li>p{margin:.2em 0}li>ul,li>ol{margin:.2em 0}\n"
  "a{color:#1a5fb4}a:hover{color:#0d3a73}\n"
  "code,pre{font-family:\"Source Code Pro\",\"DejaVu Sans Mono\",\"Liberation Mono\","
  "monospace;font-size:.9em}\n"
  "code{background:#f2f2f2;border-radius:3px;padding:0 .2em}\n"
  "pre{background:#f6f6f6;border:1px solid #ddd;border-radius:6px;padding:.75em 1em;"
  "overflow-x:auto;white-space:pre-wrap}\n"
  "pre code{background:none;padding:0}\n"
  "header.title-block{margin:0 0 2.5em;padding-bottom:1.25em;border-bottom:2px solid #1a5fb4}\n"
  "header.title-block h1{font-size:2.1em;margin:0 0 .25em}\n"
  "header.title-block p{margin:.15em 0}\n"
  ".subtitle{font-size:1.25em;color:#3d3d3d}\n"
  ".organisation{font-weight:700;margin-top:1em!important}\n"
  ".status{display:inline-block;margin-top:.5em!important;padding:.1em .6em;"
  "border:1px solid #c64600;border-radius:4px;color:#8f3300}\n"
  ".version,.date{color:#555}\n"
  "nav.toc{background:#f7f7f7;border-radius:6px;padding:.75em 1.25em;margin:0 0 2em}\n"
  "nav.toc h2{font-size:1.1em;margin:.25em 0 .5em}\n"
  "nav.toc ol{list-style:none;padding-left:1.25em;margin:0}\n"
  "nav.toc>ol{padding-left:0}\n"
  "nav.toc li{margin:.15em 0}\n"
  "nav.toc a{text-decoration:none}nav.toc a:hover{text-decoration:underline}\n"
  "ul.checklist{list-style:none;padding-left:.25em}\n"
  "ul.checklist li{margin:.3em 0}\n"
  "ul.checklist .box{font-size:1.25em;line-height:1;margin-inline-end:.3em;"
  "vertical-align:-.1em}\n"
  "table{border-collapse:collapse;width:100%}\n"
  "th,td{border:1px solid #bbb;padding:.35em .6em;text-align:start;vertical-align:top}\n"
  "thead th{background:#ececec}\n"
  "tbody tr:nth-child(even){background:#fafafa}\n"
  "aside.note{border-inline-start:4px solid #1a5fb4;background:#eef4fb;"
  "padding:.6em 1em;border-radius:0 6px 6px 0}\n"
  "aside.note>:last-child,blockquote>:last-child{margin-bottom:0}\n"
  "blockquote{border-inline-start:4px solid #bbb;margin-inline:0;padding:.1em 1em;"
  "color:#3d3d3d}\n"
  "mark.blank{background:#fff0b3;color:#5c4400;padding:0 .15em;border-radius:2px}\n"
  ".field-label{margin-bottom:.25em;font-weight:600}\n"
  ".field .line{border-bottom:1px solid #888;height:2em}\n"
  "hr{border:0;border-top:1px solid #bbb;margin:2em 0}\n"
  ".page-break{break-after:page}\n"
  "footer{margin-top:3em;padding-top:.75em;border-top:1px solid #ddd;color:#555;"
  "font-size:.875em}\n"
  "@media print{\n"
  "@page{size:A4;margin:20mm 18mm 22mm}\n"
  "body{max-width:none;padding:0;font-size:10.5pt;color:#000}\n"
  "a,a:hover{color:inherit;text-decoration:none}\n"
  "h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}\n"
  "tr,li,.field,aside.note{break-inside:avoid}\n"
  "thead{display:table-header-group}\n"
  "tbody tr:nth-child(even){background:none}\n"
  "thead th{background:#eee}\n"
  "pre{white-space:pre-wrap}\n"
  "nav.toc{background:none;padding:0}\n"
  "header.title-block{border-bottom-color:#000}\n"
  ".status{border-color:#000;color:#000}\n"
  "mark.blank{background:none;color:#000;border-bottom:1px dotted #000}\n"
  "footer{color:#000;font-size:8.5pt}\n"
  "}\n";

typedef struct
{
  GString      *out;
  InspDocument *doc;
} Writer;

gboolean
_insp_doc_link_is_safe (const char *uri)
{
  g_autofree char *scheme = NULL;

  if (uri == NULL || *uri == '\0')
    return FALSE;
  if (uri[0] == '#')
    return TRUE;
  scheme = g_uri_parse_scheme (uri);
  return scheme != NULL && (g_ascii_strcasecmp (scheme, "http") == 0
                            || g_ascii_strcasecmp (scheme, "https") == 0
                            || g_ascii_strcasecmp (scheme, "mailto") == 0);
}

/* XML escaping, but an apostrophe stays itself: attributes are always in double quotes, and
 * HTML 4 readers (LibreOffice's import among them) show "&apos;" literally. */
static void
append_html_escaped (GString    *out,
                     const char *text)
{
  const char *apostrophe;

  if (text == NULL)
    return;
  while ((apostrophe = strchr (text, '\'')) != NULL)
    {
      _insp_doc_append_xml_escaped (out, text, apostrophe - text);
      g_string_append_c (out, '\'');
      text = apostrophe + 1;
    }
  _insp_doc_append_xml_escaped (out, text, -1);
}

static inline void
append_escaped (Writer     *w,
                const char *text)
{
  append_html_escaped (w->out, text);
}

/* Text in the body: a line feed in it is a line break, as in the other writers. */
static void
append_text (Writer     *w,
             const char *text)
{
  const char *newline;

  while ((newline = strchr (text, '\n')) != NULL)
    {
      g_autofree char *line = g_strndup (text, newline - text);

      append_escaped (w, line);
      g_string_append (w->out, "<br>");
      text = newline + 1;
    }
  append_escaped (w, text);
}

/* A CSS string literal: only what a string can hold, nothing that could end the <style>. */
static void
append_css_string (GString    *out,
                   const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
        case '\\':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;

        case '<':
          g_string_append (out, "\\3C ");
          break;

        case '\n':
        case '\r':
        case '\t':
          g_string_append_c (out, ' ');
          break;

        default:
          if ((guchar) *p >= 0x20 && *p != 0x7F)
            g_string_append_c (out, *p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
open_style (GString      *out,
            InspDocStyle  style)
{
  if (style & INSP_DOC_STYLE_STRONG)
    g_string_append (out, "<strong>");
  if (style & INSP_DOC_STYLE_EMPHASIS)
    g_string_append (out, "<em>");
  if (style & INSP_DOC_STYLE_CODE)
    g_string_append (out, "<code>");
}

static void
close_style (GString      *out,
             InspDocStyle  style)
{
  if (style & INSP_DOC_STYLE_CODE)
    g_string_append (out, "</code>");
  if (style & INSP_DOC_STYLE_EMPHASIS)
    g_string_append (out, "</em>");
  if (style & INSP_DOC_STYLE_STRONG)
    g_string_append (out, "</strong>");
}

/* The runs of a block. Consecutive runs with the same link share one <a>; links with other
 * schemes than the safe ones show their text only. */
static void
write_runs (Writer             *w,
            const InspDocBlock *block)
{
  const char *open_link = NULL;

  if (block->runs == NULL)
    return;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const InspDocRun *run = &g_array_index (block->runs, InspDocRun, i);
      const char *link = run->type == INSP_DOC_RUN_TEXT && _insp_doc_link_is_safe (run->link)
                         ? run->link : NULL;

      if (g_strcmp0 (link, open_link) != 0)
        {
          if (open_link != NULL)
            g_string_append (w->out, "</a>");
          if (link != NULL)
            {
              g_string_append (w->out, "<a href=\"");
              append_escaped (w, link);
              g_string_append (w->out, "\">");
            }
          open_link = link;
        }

      switch (run->type)
        {
        case INSP_DOC_RUN_TEXT:
          open_style (w->out, run->style);
          append_text (w, run->text);
          close_style (w->out, run->style);
          break;

        case INSP_DOC_RUN_BLANK:
          {
            g_autofree char *blank = insp_doc_dup_blank_text (run->text);

            g_string_append (w->out, "<mark class=\"blank\">");
            append_escaped (w, blank);
            g_string_append (w->out, "</mark>");
          }
          break;

        case INSP_DOC_RUN_LINE_BREAK:
        default:
          g_string_append (w->out, "<br>");
          break;
        }
    }
  if (open_link != NULL)
    g_string_append (w->out, "</a>");
}

static void
write_text_element (Writer             *w,
                    const char         *tag,
                    const char         *attributes,
                    const InspDocBlock *block)
{
  g_string_append_printf (w->out, "<%s%s dir=\"auto\">", tag, attributes);
  write_runs (w, block);
  g_string_append_printf (w->out, "</%s>\n", tag);
}

static void
write_meta_line (Writer     *w,
                 const char *class,
                 const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  g_string_append_printf (w->out, "<p class=\"%s\" dir=\"auto\">", class);
  append_escaped (w, text);
  g_string_append (w->out, "</p>\n");
}

static void
write_title_block (Writer *w)
{
  InspDocMeta *meta = insp_document_get_meta (w->doc);

  g_string_append (w->out, "<header class=\"title-block\">\n<h1 class=\"title\" dir=\"auto\">");
  append_escaped (w, meta->title != NULL ? meta->title : "");
  g_string_append (w->out, "</h1>\n");
  write_meta_line (w, "subtitle", meta->subtitle);
  write_meta_line (w, "organisation", meta->organisation);
  write_meta_line (w, "version", meta->version);
  write_meta_line (w, "status", meta->status);
  write_meta_line (w, "date", meta->date);
  g_string_append (w->out, "</header>\n");
}

static void
write_toc (Writer *w)
{
  g_autoptr(GPtrArray) headings = insp_document_list_headings (w->doc, TOC_MAX_LEVEL);
  guint levels[TOC_MAX_LEVEL + 1];
  guint depth = 0;

  if (headings->len == 0)
    return;
  g_string_append (w->out, "<nav class=\"toc\" aria-labelledby=\"toc\">\n<h2 id=\"toc\">");
  /* Translators: the title of the table of contents in an exported document */
  append_escaped (w, _("Contents"));
  g_string_append (w->out, "</h2>\n");

  /* Nested lists: a deeper heading opens a list inside the open item, a shallower one
   * closes lists until its level. Skipped levels nest one step only. */
  for (guint i = 0; i < headings->len; i++)
    {
      const InspDocBlock *heading = g_ptr_array_index (headings, i);
      g_autofree char *text = insp_doc_block_dup_plain (heading);

      if (depth == 0)
        {
          g_string_append (w->out, "<ol>\n");
          levels[depth++] = heading->level;
        }
      else
        {
          while (depth > 1 && levels[depth - 1] > heading->level)
            {
              g_string_append (w->out, "</li>\n</ol>\n");
              depth--;
            }
          if (levels[depth - 1] < heading->level && depth <= TOC_MAX_LEVEL)
            {
              g_string_append (w->out, "\n<ol>\n");
              levels[depth++] = heading->level;
            }
          else
            g_string_append (w->out, "</li>\n");
        }
      g_string_append (w->out, "<li><a href=\"#");
      append_escaped (w, heading->id);
      g_string_append (w->out, "\" dir=\"auto\">");
      append_escaped (w, text);
      g_string_append (w->out, "</a>");
    }
  for (; depth > 0; depth--)
    g_string_append (w->out, "</li>\n</ol>\n");
  g_string_append (w->out, "</nav>\n");
}

static void write_block (Writer             *w,
                         const InspDocBlock *block);

static void
write_children (Writer             *w,
                const InspDocBlock *block)
{
  if (block->children != NULL)
    for (guint i = 0; i < block->children->len; i++)
      write_block (w, g_ptr_array_index (block->children, i));
}

static void
write_table (Writer             *w,
             const InspDocBlock *table)
{
  guint header_rows = MIN (table->number, table->children->len);

  g_string_append (w->out, "<table>\n");
  for (guint r = 0; r < table->children->len; r++)
    {
      const InspDocBlock *row = g_ptr_array_index (table->children, r);
      gboolean header = r < header_rows;

      if (r == 0 && header)
        g_string_append (w->out, "<thead>\n");
      if (r == header_rows)
        g_string_append (w->out, "<tbody>\n");
      g_string_append (w->out, "<tr>");
      for (guint c = 0; c < row->children->len; c++)
        write_text_element (w, header ? "th" : "td", header ? " scope=\"col\"" : "",
                            g_ptr_array_index (row->children, c));
      g_string_append (w->out, "</tr>\n");
      if (r + 1 == header_rows)
        g_string_append (w->out, "</thead>\n");
    }
  if (table->children->len > header_rows)
    g_string_append (w->out, "</tbody>\n");
  g_string_append (w->out, "</table>\n");
}

static void
write_block (Writer             *w,
             const InspDocBlock *block)
{
  switch (block->type)
    {
    case INSP_DOC_HEADING:
      {
        guint level = CLAMP (block->level, 1, 4);

        g_string_append_printf (w->out, "<h%u id=\"", level);
        append_escaped (w, block->id);
        g_string_append (w->out, "\" dir=\"auto\">");
        write_runs (w, block);
        g_string_append_printf (w->out, "</h%u>\n", level);
      }
      break;

    case INSP_DOC_PARAGRAPH:
      write_text_element (w, "p", "", block);
      break;

    case INSP_DOC_LIST:
      if (!block->flag)
        g_string_append (w->out, "<ul>\n");
      else if (block->number != 1)
        g_string_append_printf (w->out, "<ol start=\"%u\">\n", block->number);
      else
        g_string_append (w->out, "<ol>\n");
      write_children (w, block);
      g_string_append (w->out, block->flag ? "</ol>\n" : "</ul>\n");
      break;

    case INSP_DOC_LIST_ITEM:
      g_string_append (w->out, "<li>");
      write_children (w, block);
      g_string_append (w->out, "</li>\n");
      break;

    case INSP_DOC_CHECKLIST:
      g_string_append (w->out, "<ul class=\"checklist\">\n");
      write_children (w, block);
      g_string_append (w->out, "</ul>\n");
      break;

    case INSP_DOC_CHECK_ITEM:
      /* A box to tick on paper, named for screen readers; the text follows it. */
      g_string_append (w->out, "<li dir=\"auto\"><span class=\"box\" role=\"img\" aria-label=\"");
      /* Translators: how a screen reader names a ticked box in an exported checklist */
      append_escaped (w, block->flag ? C_("checklist", "Checked")
                      /* Translators: how a screen reader names an empty box in an exported
                       * checklist */
                      : C_("checklist", "Not checked"));
      g_string_append (w->out, block->flag ? "\">\u2611</span> " : "\">\u2610</span> ");
      write_runs (w, block);
      g_string_append (w->out, "</li>\n");
      break;

    case INSP_DOC_TABLE:
      write_table (w, block);
      break;

    case INSP_DOC_FIELD:
      g_string_append (w->out, "<div class=\"field\">\n");
      write_text_element (w, "p", " class=\"field-label\"", block);
      for (guint i = 0; i < block->level; i++)
        g_string_append (w->out, "<div class=\"line\" aria-hidden=\"true\">&#160;</div>\n");
      g_string_append (w->out, "</div>\n");
      break;

    case INSP_DOC_NOTE:
      g_string_append (w->out, "<aside class=\"note\">\n");
      write_children (w, block);
      g_string_append (w->out, "</aside>\n");
      break;

    case INSP_DOC_QUOTE:
      g_string_append (w->out, "<blockquote>\n");
      write_children (w, block);
      g_string_append (w->out, "</blockquote>\n");
      break;

    case INSP_DOC_CODE:
      g_string_append (w->out, "<pre dir=\"ltr\"><code>");
      append_escaped (w, block->text);
      g_string_append (w->out, "</code></pre>\n");
      break;

    case INSP_DOC_RULE:
      g_string_append (w->out, "<hr>\n");
      break;

    case INSP_DOC_TOC:
      write_toc (w);
      break;

    case INSP_DOC_PAGE_BREAK:
      g_string_append (w->out, "<div class=\"page-break\"></div>\n");
      break;

    case INSP_DOC_BODY:
    case INSP_DOC_ROW:
    case INSP_DOC_CELL:
    default:
      write_children (w, block);
      break;
    }
}

/* The running footer: organisation, document, version and status, as the PDF has it. */
static char *
dup_footer_text (InspDocMeta *meta)
{
  const char *parts[] = { meta->organisation, meta->title, meta->version, meta->status };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      {
        if (text->len > 0)
          g_string_append (text, " · ");
        g_string_append (text, parts[i]);
      }
  return g_string_free (text, FALSE);
}

/**
 * insp_doc_write_html:
 * @doc: a document
 * @out: where to write it
 * @error: why it could not be written
 *
 * Writes @doc as one self-contained HTML5 file in UTF-8.
 *
 * Returns: whether the whole document was written
 */
gboolean
insp_doc_write_html (InspDocument   *doc,
                     GOutputStream  *out,
                     GError        **error)
{
  InspDocMeta *meta;
  g_autoptr(GString) buffer = NULL;
  g_autofree char *footer = NULL;
  Writer w;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  meta = insp_document_get_meta (doc);
  buffer = g_string_sized_new (64 * 1024 + 16 * insp_document_count_words (doc));
  w.out = buffer;
  w.doc = doc;
  footer = dup_footer_text (meta);

  g_string_append (buffer, "<!DOCTYPE html>\n<html lang=\"");
  append_escaped (&w, meta->language != NULL && *meta->language != '\0' ? meta->language : "en");
  g_string_append (buffer, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"Inspraak " PACKAGE_VERSION "\">\n");
  if (meta->organisation != NULL && *meta->organisation != '\0')
    {
      g_string_append (buffer, "<meta name=\"author\" content=\"");
      append_escaped (&w, meta->organisation);
      g_string_append (buffer, "\">\n");
    }
  g_string_append (buffer, "<title>");
  append_escaped (&w, meta->title != NULL ? meta->title : "");
  g_string_append (buffer, "</title>\n<style>\n");
  g_string_append (buffer, style_sheet);
  if (*footer != '\0')
    {
      /* Margin boxes where the browser supports them; the <footer> below everywhere. */
      g_string_append (buffer, "@media print{@page{@bottom-left{content:");
      append_css_string (buffer, footer);
      g_string_append (buffer, ";font-size:8pt}@bottom-right{content:counter(page) \" / \" "
                       "counter(pages);font-size:8pt}}}\n");
    }
  g_string_append (buffer, "</style>\n</head>\n<body>\n");

  if (meta->title_page)
    write_title_block (&w);
  g_string_append (buffer, "<main>\n");
  write_block (&w, insp_document_get_body (doc));
  g_string_append (buffer, "</main>\n");

  if (*footer != '\0' || (meta->date != NULL && *meta->date != '\0'))
    {
      g_string_append (buffer, "<footer dir=\"auto\">");
      append_escaped (&w, footer);
      if (meta->date != NULL && *meta->date != '\0')
        {
          if (*footer != '\0')
            g_string_append (buffer, " · ");
          append_escaped (&w, meta->date);
        }
      g_string_append (buffer, "</footer>\n");
    }
  g_string_append (buffer, "</body>\n</html>\n");

  return _insp_doc_write_string (out, buffer, error);
}
