/* insp-doc-docx.c — the Office Open XML (Word) writer
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a WordprocessingML package with real named styles (headings with outline levels,
 * list numbering, a table style with repeated header rows), a running header and footer
 * with page fields, and a table of contents field prefilled with the headings. Each part is
 * built in one GString.
 */

#define G_LOG_DOMAIN "inspraak-doc"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-doc-writer-private.h"
#include "insp-doc-zip.h"

#define NS_W "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define NS_R "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define CONTENT_TYPE "application/vnd.openxmlformats-officedocument.wordprocessingml."

/* A4 in twentieths of a point, 2.2 cm side margins. */
#define TEXT_WIDTH 9412
#define TEXT_WIDTH_S "9412"

#define MONO_FONTS "<w:rFonts w:ascii=\"DejaVu Sans Mono\" w:hAnsi=\"DejaVu Sans Mono\"" \
                   " w:cs=\"DejaVu Sans Mono\"/>"
#define SYMBOL_FONTS "<w:rFonts w:ascii=\"DejaVu Sans\" w:hAnsi=\"DejaVu Sans\"" \
                     " w:eastAsia=\"DejaVu Sans\" w:cs=\"DejaVu Sans\"/>"

typedef struct
{
  guint level;
  guint start;
} OrderedList;

typedef struct
{
  GString      *out;
  InspDocument *doc;
  GString      *rels;          /* the hyperlinks' relationships */
  guint         n_links;
  GArray       *ordered;       /* OrderedList: one w:num each, numIds from 2 */
  guint         n_bookmarks;
  int           depth;         /* list nesting, -1 outside lists */
  guint         pending_num;   /* numId for the next paragraph (a list item's first), or 0 */
  guint         pending_level;
} Docx;

/* Text inside a w:r: tabs and newlines become w:tab and w:br, the rest w:t. */
static void
append_text (GString    *out,
             const char *text)
{
  const char *p = text;

  if (text == NULL)
    return;
  while (*p != '\0')
    {
      const char *chunk = p;

      while (*p != '\0' && *p != '\n' && *p != '\t' && *p != '\r')
        p++;
      if (p > chunk)
        {
          g_string_append (out, "<w:t xml:space=\"preserve\">");
          _insp_doc_append_xml_escaped (out, chunk, p - chunk);
          g_string_append (out, "</w:t>");
        }
      switch (*p)
        {
        case '\0':
          break;

        case '\t':
          g_string_append (out, "<w:tab/>");
          p++;
          break;

        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        default:
          g_string_append (out, "<w:br/>");
          p++;
          break;
        }
    }
}

static void
append_text_run (GString    *out,
                 const char *rpr,
                 const char *text)
{
  g_string_append (out, "<w:r>");
  if (rpr != NULL)
    g_string_append_printf (out, "<w:rPr>%s</w:rPr>", rpr);
  append_text (out, text);
  g_string_append (out, "</w:r>");
}

static guint
add_link (Docx       *w,
          const char *uri)
{
  w->n_links++;
  g_string_append_printf (w->rels, "<Relationship Id=\"rIdLink%u\" Type=\"" REL_TYPE
                          "hyperlink\" TargetMode=\"External\" Target=\"", w->n_links);
  _insp_doc_append_xml_escaped (w->rels, uri, -1);
  g_string_append (w->rels, "\"/>\n");
  return w->n_links;
}

static void
append_runs (Docx               *w,
             const InspDocBlock *block)
{
  GString *out = w->out;

  if (block->runs == NULL)
    return;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const InspDocRun *run = &g_array_index (block->runs, InspDocRun, i);

      switch (run->type)
        {
        case INSP_DOC_RUN_LINE_BREAK:
          g_string_append (out, "<w:r><w:br/></w:r>");
          break;

        case INSP_DOC_RUN_BLANK:
          {
            g_autofree char *blank = insp_doc_dup_blank_text (run->text);

            append_text_run (out, "<w:rStyle w:val=\"Blank\"/>", blank);
          }
          break;

        case INSP_DOC_RUN_TEXT:
        default:
          if (run->link != NULL && run->link[0] == '#' && run->link[1] != '\0')
            {
              g_string_append (out, "<w:hyperlink w:anchor=\"");
              _insp_doc_append_xml_escaped (out, run->link + 1, -1);
              g_string_append (out, "\">");
            }
          else if (run->link != NULL)
            {
              g_string_append_printf (out, "<w:hyperlink r:id=\"rIdLink%u\">",
                                      add_link (w, run->link));
            }
          g_string_append (out, "<w:r>");
          if (run->link != NULL || run->style != INSP_DOC_STYLE_NONE)
            {
              g_string_append (out, "<w:rPr>");
              if (run->link != NULL)
                g_string_append (out, "<w:rStyle w:val=\"Hyperlink\"/>");
              else if (run->style & INSP_DOC_STYLE_CODE)
                g_string_append (out, "<w:rStyle w:val=\"SourceText\"/>");
              if (run->link != NULL && (run->style & INSP_DOC_STYLE_CODE))
                g_string_append (out, MONO_FONTS);
              if (run->style & INSP_DOC_STYLE_STRONG)
                g_string_append (out, "<w:b/><w:bCs/>");
              if (run->style & INSP_DOC_STYLE_EMPHASIS)
                g_string_append (out, "<w:i/><w:iCs/>");
              g_string_append (out, "</w:rPr>");
            }
          append_text (out, run->text);
          g_string_append (out, "</w:r>");
          if (run->link != NULL)
            g_string_append (out, "</w:hyperlink>");
          break;
        }
    }
}

/* Opens a paragraph in @style; the first paragraph of a list item takes its number, later
 * ones are indented to the item's text. */
static void
open_paragraph (Docx       *w,
                const char *style,
                const char *extra_ppr)
{
  g_string_append (w->out, "<w:p><w:pPr>");
  if (style != NULL)
    g_string_append_printf (w->out, "<w:pStyle w:val=\"%s\"/>", style);
  if (w->pending_num != 0)
    {
      g_string_append_printf (w->out, "<w:numPr><w:ilvl w:val=\"%u\"/>"
                              "<w:numId w:val=\"%u\"/></w:numPr>",
                              w->pending_level, w->pending_num);
      w->pending_num = 0;
    }
  else if (w->depth >= 0)
    {
      g_string_append_printf (w->out, "<w:ind w:left=\"%d\"/>", 454 * (w->depth + 1));
    }
  if (extra_ppr != NULL)
    g_string_append (w->out, extra_ppr);
  g_string_append (w->out, "</w:pPr>");
}

static void
append_paragraph (Docx               *w,
                  const char         *style,
                  const InspDocBlock *block)
{
  open_paragraph (w, style, NULL);
  append_runs (w, block);
  g_string_append (w->out, "</w:p>\n");
}

static void
append_plain_paragraph (Docx       *w,
                        const char *style,
                        const char *text,
                        const char *extra_ppr)
{
  open_paragraph (w, style, extra_ppr);
  append_text_run (w->out, NULL, text);
  g_string_append (w->out, "</w:p>\n");
}

static void write_block (Docx         *w,
                         InspDocBlock *block,
                         const char   *paragraph_style);

static void
write_children (Docx         *w,
                InspDocBlock *block,
                const char   *paragraph_style)
{
  if (block->children == NULL)
    return;
  for (guint i = 0; i < block->children->len; i++)
    write_block (w, g_ptr_array_index (block->children, i), paragraph_style);
}

static void
write_list (Docx         *w,
            InspDocBlock *list)
{
  guint num_id = 1;
  guint level;

  /* A list item whose first child is this list: give its number a paragraph of its own. */
  if (w->pending_num != 0)
    {
      open_paragraph (w, "ListParagraph", NULL);
      g_string_append (w->out, "</w:p>\n");
    }

  w->depth++;
  level = MIN (w->depth, 8);
  if (list->flag)
    {
      OrderedList ordered = { level, list->number };

      /* Each ordered list has a numbering instance of its own, so it restarts. */
      g_array_append_val (w->ordered, ordered);
      num_id = w->ordered->len + 1;
    }
  for (guint i = 0; list->children != NULL && i < list->children->len; i++)
    {
      InspDocBlock *item = g_ptr_array_index (list->children, i);

      w->pending_num = num_id;
      w->pending_level = level;
      write_children (w, item, NULL);
      if (w->pending_num != 0)
        {
          open_paragraph (w, "ListParagraph", NULL);
          g_string_append (w->out, "</w:p>\n");
        }
    }
  w->depth--;
}

static void
write_table (Docx         *w,
             InspDocBlock *table)
{
  guint n_rows = table->children != NULL ? table->children->len : 0;
  guint header_rows = MIN (table->number, n_rows);
  guint n_columns = MAX (table->n_columns, 1);
  guint width = TEXT_WIDTH / n_columns;
  int depth = w->depth;

  if (n_rows == 0)
    return;   /* Word rejects a table without rows as damaged */
  w->pending_num = 0;
  w->depth = -1;
  g_string_append (w->out, "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
                   "<w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                   "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\""
                   " w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>"
                   "</w:tblPr><w:tblGrid>");
  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (w->out, "<w:gridCol w:w=\"%u\"/>", width);
  g_string_append (w->out, "</w:tblGrid>\n");

  for (guint r = 0; r < n_rows; r++)
    {
      InspDocBlock *row = g_ptr_array_index (table->children, r);
      gboolean header = r < header_rows;

      g_string_append (w->out, "<w:tr>");
      if (header)
        g_string_append (w->out, "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
      for (guint c = 0; c < row->children->len; c++)
        {
          g_string_append_printf (w->out, "<w:tc><w:tcPr><w:tcW w:w=\"%u\" w:type=\"dxa\"/>",
                                  width);
          if (header)
            g_string_append (w->out, "<w:shd w:val=\"clear\" w:color=\"auto\""
                             " w:fill=\"E3EBF3\"/>");
          g_string_append (w->out, "</w:tcPr>");
          append_paragraph (w, header ? "TableHeading" : "TableContents",
                            g_ptr_array_index (row->children, c));
          g_string_append (w->out, "</w:tc>");
        }
      g_string_append (w->out, "</w:tr>\n");
    }
  g_string_append (w->out, "</w:tbl>\n");
  /* Keeps two tables in a row apart, and the body from ending in a table. */
  g_string_append (w->out, "<w:p><w:pPr><w:pStyle w:val=\"TableSpacer\"/></w:pPr></w:p>\n");
  w->depth = depth;
}

static void
write_toc (Docx *w)
{
  /* Translators: the title of the table of contents in an exported document */
  const char *title = _("Contents");
  g_autoptr(GPtrArray) headings = insp_document_list_headings (w->doc, 3);

  append_plain_paragraph (w, "TOCHeading", title, NULL);
  for (guint i = 0; i < MAX (headings->len, 1); i++)
    {
      InspDocBlock *heading = i < headings->len ? g_ptr_array_index (headings, i) : NULL;

      g_string_append_printf (w->out, "<w:p><w:pPr><w:pStyle w:val=\"TOC%u\"/></w:pPr>",
                              heading != NULL ? CLAMP (heading->level, 1, 3) : 1);
      if (i == 0)
        g_string_append (w->out, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                         "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-3&quot;"
                         " \\h \\z </w:instrText></w:r>"
                         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
      if (heading != NULL)
        {
          if (heading->id != NULL)
            {
              g_string_append (w->out, "<w:hyperlink w:anchor=\"");
              _insp_doc_append_xml_escaped (w->out, heading->id, -1);
              g_string_append (w->out, "\">");
            }
          append_runs (w, heading);
          if (heading->id != NULL)
            g_string_append (w->out, "</w:hyperlink>");
        }
      if (i + 1 >= headings->len)
        g_string_append (w->out, "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
      g_string_append (w->out, "</w:p>\n");
    }
}

static void
write_block (Docx         *w,
             InspDocBlock *block,
             const char   *paragraph_style)
{
  GString *out = w->out;

  switch (block->type)
    {
    case INSP_DOC_BODY:
      write_children (w, block, paragraph_style);
      break;

    case INSP_DOC_HEADING:
      if (paragraph_style != NULL || w->depth >= 0)
        {
          append_paragraph (w, paragraph_style != NULL ? paragraph_style : "ListParagraph",
                            block);
        }
      else
        {
          g_autofree char *style = g_strdup_printf ("Heading%u", CLAMP (block->level, 1, 4));

          open_paragraph (w, style, NULL);
          if (block->id != NULL)
            {
              g_string_append_printf (out, "<w:bookmarkStart w:id=\"%u\" w:name=\"",
                                      w->n_bookmarks);
              _insp_doc_append_xml_escaped (out, block->id, -1);
              g_string_append (out, "\"/>");
            }
          append_runs (w, block);
          if (block->id != NULL)
            g_string_append_printf (out, "<w:bookmarkEnd w:id=\"%u\"/>", w->n_bookmarks++);
          g_string_append (out, "</w:p>\n");
        }
      break;

    case INSP_DOC_PARAGRAPH:
      append_paragraph (w, paragraph_style != NULL ? paragraph_style
                           : w->depth >= 0 ? "ListParagraph" : NULL, block);
      break;

    case INSP_DOC_LIST:
      write_list (w, block);
      break;

    case INSP_DOC_LIST_ITEM:
    case INSP_DOC_ROW:
    case INSP_DOC_CELL:
      /* Written by their parents. */
      break;

    case INSP_DOC_CHECKLIST:
      for (guint i = 0; block->children != NULL && i < block->children->len; i++)
        {
          InspDocBlock *item = g_ptr_array_index (block->children, i);

          open_paragraph (w, "Checklist", NULL);
          g_string_append (out, "<w:r><w:rPr>" SYMBOL_FONTS "</w:rPr><w:t>");
          g_string_append (out, item->flag ? "☑" : "☐");
          g_string_append (out, "</w:t><w:tab/></w:r>");
          append_runs (w, item);
          g_string_append (out, "</w:p>\n");
        }
      break;

    case INSP_DOC_TABLE:
      write_table (w, block);
      break;

    case INSP_DOC_FIELD:
      append_paragraph (w, "FieldLabel", block);
      for (guint i = 0; i < MAX (block->level, 1); i++)
        g_string_append (out, "<w:p><w:pPr><w:pStyle w:val=\"FieldLine\"/></w:pPr></w:p>\n");
      break;

    case INSP_DOC_NOTE:
      write_children (w, block, "Note");
      break;

    case INSP_DOC_QUOTE:
      write_children (w, block, "Quote");
      break;

    case INSP_DOC_CODE:
      {
        gsize len = block->text != NULL ? strlen (block->text) : 0;
        g_autofree char *text = g_strndup (block->text, len);

        if (len > 0 && text[len - 1] == '\n')
          text[len - 1] = '\0';
        append_plain_paragraph (w, "Code", text, NULL);
      }
      break;

    case INSP_DOC_RULE:
      g_string_append (out, "<w:p><w:pPr><w:pStyle w:val=\"HorizontalLine\"/></w:pPr></w:p>\n");
      break;

    case INSP_DOC_TOC:
      write_toc (w);
      break;

    case INSP_DOC_PAGE_BREAK:
      g_string_append (out, "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n");
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
write_title_page (Docx        *w,
                  InspDocMeta *meta)
{
  append_plain_paragraph (w, "Title", meta->title, "<w:spacing w:before=\"3400\"/>");
  if (meta->subtitle != NULL && *meta->subtitle != '\0')
    append_plain_paragraph (w, "Subtitle", meta->subtitle, NULL);
  g_string_append (w->out, "<w:p><w:pPr><w:pStyle w:val=\"TitleRule\"/></w:pPr></w:p>\n");
  if (meta->organisation != NULL && *meta->organisation != '\0')
    append_plain_paragraph (w, "TitleOrganisation", meta->organisation, NULL);
  if (meta->version != NULL && *meta->version != '\0')
    append_plain_paragraph (w, "TitleInfo", meta->version, NULL);
  if (meta->status != NULL && *meta->status != '\0')
    append_plain_paragraph (w, "TitleStatus", meta->status, NULL);
  if (meta->date != NULL && *meta->date != '\0')
    append_plain_paragraph (w, "TitleInfo", meta->date, NULL);
  g_string_append (w->out, "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n");
}

static GString *
build_document (Docx *w)
{
  InspDocMeta *meta = insp_document_get_meta (w->doc);

  g_string_append (w->out, XML_DECL "<w:document " NS_W " " NS_R "><w:body>\n");
  if (meta->title_page)
    write_title_page (w, meta);
  write_block (w, insp_document_get_body (w->doc), NULL);
  g_string_append_printf (w->out,
                          "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
                          "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                          "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                          "<w:pgMar w:top=\"1134\" w:right=\"1247\" w:bottom=\"1134\""
                          " w:left=\"1247\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
                          "%s</w:sectPr>\n</w:body></w:document>\n",
                          meta->title_page ? "<w:titlePg/>" : "");
  return w->out;
}

static void
append_field (GString    *out,
              const char *instruction)
{
  g_string_append_printf (out, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                          "<w:r><w:instrText xml:space=\"preserve\"> %s </w:instrText></w:r>"
                          "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                          "<w:r><w:t>1</w:t></w:r>"
                          "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", instruction);
}

static GString *
build_header (InspDocMeta *meta)
{
  GString *out = g_string_new (XML_DECL "<w:hdr " NS_W " " NS_R ">"
                               "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");
  g_autofree char *header = _insp_doc_dup_running_header (meta);

  append_text_run (out, NULL, header);
  g_string_append (out, "</w:p></w:hdr>\n");
  return out;
}

static GString *
build_footer (InspDocMeta *meta)
{
  GString *out = g_string_new (XML_DECL "<w:ftr " NS_W " " NS_R ">"
                               "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
  g_autofree char *footer = _insp_doc_dup_running_footer (meta);
  g_auto(GStrv) page = _insp_doc_dup_page_parts ();

  append_text_run (out, NULL, footer);
  g_string_append (out, "<w:r><w:tab/></w:r>");
  append_text_run (out, NULL, page[0]);
  append_field (out, "PAGE");
  append_text_run (out, NULL, page[1]);
  append_field (out, "NUMPAGES");
  append_text_run (out, NULL, page[2]);
  g_string_append (out, "</w:p></w:ftr>\n");
  return out;
}

static GString *
build_numbering (Docx *w)
{
  static const char *bullets[] = { "•", "◦", "▪" };
  static const char *formats[] = { "decimal", "lowerLetter", "lowerRoman" };
  GString *out = g_string_new (XML_DECL "<w:numbering " NS_W ">\n");

  g_string_append (out, "<w:abstractNum w:abstractNumId=\"0\">"
                   "<w:multiLevelType w:val=\"hybridMultilevel\"/>");
  for (guint i = 0; i < 9; i++)
    g_string_append_printf (out, "<w:lvl w:ilvl=\"%u\"><w:start w:val=\"1\"/>"
                            "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"%s\"/>"
                            "<w:lvlJc w:val=\"left\"/><w:pPr>"
                            "<w:ind w:left=\"%u\" w:hanging=\"340\"/></w:pPr>"
                            "<w:rPr>" SYMBOL_FONTS "</w:rPr></w:lvl>",
                            i, bullets[i % 3], 454 * (i + 1));
  g_string_append (out, "</w:abstractNum>\n"
                   "<w:abstractNum w:abstractNumId=\"1\">"
                   "<w:multiLevelType w:val=\"hybridMultilevel\"/>");
  for (guint i = 0; i < 9; i++)
    g_string_append_printf (out, "<w:lvl w:ilvl=\"%u\"><w:start w:val=\"1\"/>"
                            "<w:numFmt w:val=\"%s\"/><w:lvlText w:val=\"%%%u.\"/>"
                            "<w:lvlJc w:val=\"left\"/><w:pPr>"
                            "<w:ind w:left=\"%u\" w:hanging=\"397\"/></w:pPr></w:lvl>",
                            i, formats[i % 3], i + 1, 454 * (i + 1));
  g_string_append (out, "</w:abstractNum>\n"
                   "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>\n");
  for (guint i = 0; i < w->ordered->len; i++)
    {
      OrderedList *list = &g_array_index (w->ordered, OrderedList, i);

      g_string_append_printf (out, "<w:num w:numId=\"%u\"><w:abstractNumId w:val=\"1\"/>"
                              "<w:lvlOverride w:ilvl=\"%u\"><w:startOverride w:val=\"%u\"/>"
                              "</w:lvlOverride></w:num>\n",
                              i + 2, list->level, list->start);
    }
  g_string_append (out, "</w:numbering>\n");
  return out;
}

#define PSTYLE(id, name, based, ppr, rpr) \
  "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" id "\"><w:name w:val=\"" \
  name "\"/><w:basedOn w:val=\"" based "\"/><w:qFormat/><w:pPr>" ppr "</w:pPr><w:rPr>" rpr \
  "</w:rPr></w:style>\n"

#define HEADING(n, outline, size, extra_ppr, extra_rpr) \
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading" #n "\"><w:name w:val=\"heading " #n \
  "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/>" \
  "<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>" extra_ppr "<w:outlineLvl w:val=\"" \
  #outline "\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"1C3D5A\"/>" \
  "<w:sz w:val=\"" #size "\"/><w:szCs w:val=\"" #size "\"/>" extra_rpr "</w:rPr></w:style>\n"

static const char styles_head[] =
  XML_DECL "<w:styles " NS_W ">\n<w:docDefaults><w:rPrDefault><w:rPr>"
  "<w:rFonts w:ascii=\"Cantarell\" w:hAnsi=\"Cantarell\" w:eastAsia=\"Cantarell\""
  " w:cs=\"DejaVu Sans\"/><w:color w:val=\"241F31\"/>"
  "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>";

static const char styles_body[] =
  "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
  "<w:spacing w:after=\"140\" w:line=\"288\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
  "</w:docDefaults>\n"
  "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
  "<w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>\n"
  "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
  "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/>"
  "<w:semiHidden/></w:style>\n"
  "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
  "<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\""
  " w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
  "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
  "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\n"
  "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\">"
  "<w:name w:val=\"No List\"/><w:semiHidden/></w:style>\n"
  HEADING (1, 0, 40, "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\""
           " w:color=\"1C3D5A\"/></w:pBdr><w:spacing w:before=\"480\" w:after=\"200\"/>", "")
  HEADING (2, 1, 30, "<w:spacing w:before=\"320\" w:after=\"120\"/>", "")
  HEADING (3, 2, 25, "<w:spacing w:before=\"240\" w:after=\"100\"/>", "")
  HEADING (4, 3, 22, "<w:spacing w:before=\"200\" w:after=\"80\"/>", "<w:i/><w:iCs/>")
  "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>"
  "<w:spacing w:after=\"240\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:b/>"
  "<w:color w:val=\"1C3D5A\"/><w:sz w:val=\"60\"/><w:szCs w:val=\"60\"/></w:rPr></w:style>\n"
  "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>"
  "<w:spacing w:after=\"360\"/></w:pPr><w:rPr><w:color w:val=\"5E5C64\"/>"
  "<w:sz w:val=\"34\"/><w:szCs w:val=\"34\"/></w:rPr></w:style>\n"
  PSTYLE ("TitleRule", "Title Page Rule", "Normal",
          "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"16\" w:space=\"1\" w:color=\"3584E4\"/>"
          "</w:pBdr><w:spacing w:after=\"480\"/>", "<w:sz w:val=\"8\"/>")
  PSTYLE ("TitleOrganisation", "Title Page Organisation", "Normal",
          "<w:spacing w:after=\"160\"/>", "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
  PSTYLE ("TitleInfo", "Title Page Info", "Normal", "<w:spacing w:after=\"80\"/>",
          "<w:color w:val=\"3D3846\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
  PSTYLE ("TitleStatus", "Title Page Status", "Normal",
          "<w:spacing w:before=\"120\" w:after=\"160\"/>",
          "<w:b/><w:color w:val=\"A51D2D\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
  "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\">"
  "<w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority"
  " w:val=\"34\"/><w:qFormat/><w:pPr><w:spacing w:after=\"80\"/><w:ind w:left=\"454\"/>"
  "</w:pPr></w:style>\n"
  "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"29\"/><w:qFormat/><w:pPr>"
  "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"10\" w:color=\"C0BFBC\"/>"
  "</w:pBdr><w:ind w:left=\"567\" w:right=\"567\"/></w:pPr><w:rPr><w:i/><w:iCs/>"
  "<w:color w:val=\"3D3846\"/></w:rPr></w:style>\n"
  PSTYLE ("Note", "Note", "Normal",
          "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"EEF4FB\"/>"
          "<w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"3584E4\"/>"
          "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"EEF4FB\"/>"
          "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"EEF4FB\"/>"
          "</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF4FB\"/>"
          "<w:spacing w:before=\"240\" w:after=\"240\"/>"
          "<w:ind w:left=\"198\" w:right=\"113\"/>", "")
  PSTYLE ("Code", "Code", "Normal",
          "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"DEDDDA\"/>"
          "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"DEDDDA\"/>"
          "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"DEDDDA\"/>"
          "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"DEDDDA\"/></w:pBdr>"
          "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F6F5F4\"/>"
          "<w:spacing w:after=\"160\" w:line=\"240\" w:lineRule=\"auto\"/>"
          "<w:ind w:left=\"113\" w:right=\"113\"/>",
          MONO_FONTS "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
  PSTYLE ("Checklist", "Checklist", "Normal",
          "<w:spacing w:after=\"80\"/><w:ind w:left=\"454\" w:hanging=\"454\"/>", "")
  PSTYLE ("FieldLabel", "Field Label", "Normal",
          "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"0\"/>", "<w:b/><w:bCs/>")
  PSTYLE ("FieldLine", "Field Line", "Normal",
          "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"77767B\"/>"
          "<w:between w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"77767B\"/>"
          "</w:pBdr><w:spacing w:after=\"0\" w:line=\"480\" w:lineRule=\"exact\"/>", "")
  PSTYLE ("HorizontalLine", "Horizontal Line", "Normal",
          "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"C0BFBC\"/>"
          "</w:pBdr><w:spacing w:before=\"120\" w:after=\"240\"/>", "<w:sz w:val=\"8\"/>")
  PSTYLE ("TableContents", "Table Contents", "Normal",
          "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"264\" w:lineRule=\"auto\"/>",
          "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
  PSTYLE ("TableHeading", "Table Heading", "TableContents", "<w:keepNext/>",
          "<w:b/><w:bCs/>")
  PSTYLE ("TableSpacer", "Table Spacer", "Normal",
          "<w:spacing w:after=\"0\" w:line=\"200\" w:lineRule=\"exact\"/>",
          "<w:sz w:val=\"8\"/>")
  "<w:style w:type=\"paragraph\" w:styleId=\"TOCHeading\"><w:name w:val=\"TOC Heading\"/>"
  "<w:basedOn w:val=\"Heading1\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>"
  "<w:qFormat/><w:pPr><w:pBdr/><w:outlineLvl w:val=\"9\"/></w:pPr><w:rPr>"
  "<w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>\n"
  "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>"
  "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" TEXT_WIDTH_S "\"/>"
  "</w:tabs><w:spacing w:before=\"120\" w:after=\"40\"/></w:pPr><w:rPr><w:b/></w:rPr>"
  "</w:style>\n"
  "<w:style w:type=\"paragraph\" w:styleId=\"TOC2\"><w:name w:val=\"toc 2\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>"
  "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" TEXT_WIDTH_S "\"/>"
  "</w:tabs><w:spacing w:after=\"40\"/><w:ind w:left=\"340\"/></w:pPr></w:style>\n"
  "<w:style w:type=\"paragraph\" w:styleId=\"TOC3\"><w:name w:val=\"toc 3\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>"
  "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" TEXT_WIDTH_S "\"/>"
  "</w:tabs><w:spacing w:after=\"40\"/><w:ind w:left=\"680\"/></w:pPr><w:rPr>"
  "<w:sz w:val=\"20\"/></w:rPr></w:style>\n"
  "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\""
  " w:space=\"4\" w:color=\"C0BFBC\"/></w:pBdr><w:spacing w:after=\"0\"/></w:pPr><w:rPr>"
  "<w:color w:val=\"5E5C64\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>\n"
  "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"4\""
  " w:space=\"4\" w:color=\"C0BFBC\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\""
  TEXT_WIDTH_S "\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr><w:rPr>"
  "<w:color w:val=\"5E5C64\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>\n"
  "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
  "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:rPr>"
  "<w:color w:val=\"1A5FB4\"/><w:u w:val=\"single\"/></w:rPr></w:style>\n"
  "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Blank\">"
  "<w:name w:val=\"Blank\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/>"
  "<w:rPr><w:i/><w:iCs/><w:color w:val=\"63452C\"/>"
  "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF1A8\"/></w:rPr></w:style>\n"
  "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"SourceText\">"
  "<w:name w:val=\"Source Text\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
  "<w:rPr>" MONO_FONTS "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>\n"
  "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
  "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr>"
  "<w:spacing w:after=\"0\"/></w:pPr><w:tblPr><w:tblBorders>"
  "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C99A6\"/>"
  "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C99A6\"/>"
  "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C99A6\"/>"
  "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C99A6\"/>"
  "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C99A6\"/>"
  "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C99A6\"/>"
  "</w:tblBorders><w:tblCellMar><w:top w:w=\"57\" w:type=\"dxa\"/>"
  "<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"57\" w:type=\"dxa\"/>"
  "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\n"
  "</w:styles>\n";

static GString *
build_styles (InspDocMeta *meta)
{
  GString *out = g_string_sized_new (sizeof styles_head + sizeof styles_body + 64);

  g_string_append_len (out, styles_head, sizeof styles_head - 1);
  if (meta->language != NULL && *meta->language != '\0')
    {
      g_string_append (out, "<w:lang w:val=\"");
      _insp_doc_append_xml_escaped (out, meta->language, -1);
      g_string_append (out, "\"/>");
    }
  g_string_append_len (out, styles_body, sizeof styles_body - 1);
  return out;
}

static GString *
build_core (InspDocMeta *meta)
{
  GString *out = g_string_new (XML_DECL "<cp:coreProperties"
                               " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                               "metadata/core-properties\""
                               " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                               " xmlns:dcterms=\"http://purl.org/dc/terms/\""
                               " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  struct { const char *element; const char *value; } fields[] = {
    { "dc:title", meta->title },
    { "dc:subject", meta->subtitle },
    { "dc:creator", meta->organisation },
    { "dc:language", meta->language },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].value != NULL)
      {
        g_string_append_printf (out, "<%s>", fields[i].element);
        _insp_doc_append_xml_escaped (out, fields[i].value, -1);
        g_string_append_printf (out, "</%s>", fields[i].element);
      }
  g_string_append_printf (out, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s"
                          "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s"
                          "</dcterms:modified></cp:coreProperties>\n", date, date);
  return out;
}

static const char content_types[] =
  XML_DECL "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\""
  " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/word/document.xml\" ContentType=\"" CONTENT_TYPE
  "document.main+xml\"/>"
  "<Override PartName=\"/word/styles.xml\" ContentType=\"" CONTENT_TYPE "styles+xml\"/>"
  "<Override PartName=\"/word/numbering.xml\" ContentType=\"" CONTENT_TYPE
  "numbering+xml\"/>"
  "<Override PartName=\"/word/settings.xml\" ContentType=\"" CONTENT_TYPE "settings+xml\"/>"
  "<Override PartName=\"/word/header1.xml\" ContentType=\"" CONTENT_TYPE "header+xml\"/>"
  "<Override PartName=\"/word/footer1.xml\" ContentType=\"" CONTENT_TYPE "footer+xml\"/>"
  "<Override PartName=\"/docProps/core.xml\""
  " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
  "</Types>\n";

static const char package_rels[] =
  XML_DECL "<Relationships"
  " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "officeDocument\""
  " Target=\"word/document.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
  "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
  "</Relationships>\n";

static const char settings[] =
  XML_DECL "<w:settings " NS_W "><w:defaultTabStop w:val=\"709\"/>"
  "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
  "<w:compatSetting w:name=\"compatibilityMode\""
  " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
  "</w:settings>\n";

static GString *
build_document_rels (Docx *w)
{
  GString *out = g_string_new (XML_DECL "<Relationships"
                               " xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                               "relationships\">\n"
                               "<Relationship Id=\"rIdStyles\" Type=\"" REL_TYPE "styles\""
                               " Target=\"styles.xml\"/>\n"
                               "<Relationship Id=\"rIdNumbering\" Type=\"" REL_TYPE
                               "numbering\" Target=\"numbering.xml\"/>\n"
                               "<Relationship Id=\"rIdSettings\" Type=\"" REL_TYPE
                               "settings\" Target=\"settings.xml\"/>\n"
                               "<Relationship Id=\"rIdHeader\" Type=\"" REL_TYPE "header\""
                               " Target=\"header1.xml\"/>\n"
                               "<Relationship Id=\"rIdFooter\" Type=\"" REL_TYPE "footer\""
                               " Target=\"footer1.xml\"/>\n");

  g_string_append_len (out, w->rels->str, w->rels->len);
  g_string_append (out, "</Relationships>\n");
  return out;
}

/**
 * insp_doc_write_docx:
 * @doc: a document
 * @out: where to write it
 * @error: why it could not be written
 *
 * Writes @doc as an Office Open XML (Word) document.
 *
 * Returns: whether the whole document was written
 */
gboolean
insp_doc_write_docx (InspDocument   *doc,
                     GOutputStream  *out,
                     GError        **error)
{
  g_autoptr(InspDocZip) zip = _insp_doc_zip_new ();
  InspDocMeta *meta;
  Docx w = { 0, };
  GString *document;
  gboolean ok;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  meta = insp_document_get_meta (doc);
  w.out = g_string_sized_new (128 * 1024);
  w.doc = doc;
  w.rels = g_string_new (NULL);
  w.ordered = g_array_new (FALSE, FALSE, sizeof (OrderedList));
  w.depth = -1;
  document = build_document (&w);

  _insp_doc_zip_add (zip, "[Content_Types].xml", g_string_new (content_types), FALSE);
  _insp_doc_zip_add (zip, "_rels/.rels", g_string_new (package_rels), FALSE);
  _insp_doc_zip_add (zip, "word/document.xml", document, FALSE);
  _insp_doc_zip_add (zip, "word/_rels/document.xml.rels", build_document_rels (&w), FALSE);
  _insp_doc_zip_add (zip, "word/styles.xml", build_styles (meta), FALSE);
  _insp_doc_zip_add (zip, "word/numbering.xml", build_numbering (&w), FALSE);
  _insp_doc_zip_add (zip, "word/settings.xml", g_string_new (settings), FALSE);
  _insp_doc_zip_add (zip, "word/header1.xml", build_header (meta), FALSE);
  _insp_doc_zip_add (zip, "word/footer1.xml", build_footer (meta), FALSE);
  _insp_doc_zip_add (zip, "docProps/core.xml", build_core (meta), FALSE);
  ok = _insp_doc_zip_write (zip, out, error);

  g_string_free (w.rels, TRUE);
  g_array_unref (w.ordered);
  return ok;
}
