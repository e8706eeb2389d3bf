/* insp-doc-odt.c — the OpenDocument text writer
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes an ODF 1.3 package: `mimetype` first and stored, then content.xml, styles.xml,
 * meta.xml and the manifest. The styles are real named styles (headings with outline levels,
 * list styles, a table with repeated header rows), so LibreOffice's navigator shows the
 * structure and a reader can restyle the document. Each part is built in one GString.
 */

#define G_LOG_DOMAIN "inspraak-doc"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-doc-writer-private.h"
#include "insp-doc-zip.h"

#define NS_OFFICE \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"" \
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" \
  " office:version=\"1.3\""

#define FONT_DECLS \
  "<office:font-face-decls>" \
  "<style:font-face style:name=\"Cantarell\" svg:font-family=\"Cantarell\"" \
  " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>" \
  "<style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"&apos;DejaVu Sans&apos;\"" \
  " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>" \
  "<style:font-face style:name=\"DejaVu Sans Mono\"" \
  " svg:font-family=\"&apos;DejaVu Sans Mono&apos;\"" \
  " style:font-family-generic=\"modern\" style:font-pitch=\"fixed\"/>" \
  "</office:font-face-decls>\n"

/* A4 with 2.2 cm side margins: 16.6 cm of text. */
#define TEXT_WIDTH "16.6cm"

typedef struct
{
  GString      *out;
  InspDocument *doc;
  guint         n_tables;
  guint         n_tocs;
} Odt;

/* Text with its white space kept: ODF collapses runs of spaces and treats tabs and newlines
 * as spaces, so they become text:s, text:tab and text:line-break. */
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
      guint n;

      while (*p != '\0' && *p != '\n' && *p != '\t' && *p != '\r'
             && !(*p == ' ' && (p == text || p[1] == ' ')))
        p++;
      _insp_doc_append_xml_escaped (out, chunk, p - chunk);
      switch (*p)
        {
        case '\0':
          break;

        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, "<text:line-break/>");
          p++;
          break;

        case '\t':
          g_string_append (out, "<text:tab/>");
          p++;
          break;

        default:
          for (n = 0; *p == ' '; p++)
            n++;
          g_string_append_printf (out, "<text:s text:c=\"%u\"/>", n);
          break;
        }
    }
}

static void
append_runs (GString            *out,
             const InspDocBlock *block)
{
  if (block->runs == NULL)
    return;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const InspDocRun *run = &g_array_index (block->runs, InspDocRun, i);
      guint n_spans = 0;

      switch (run->type)
        {
        case INSP_DOC_RUN_LINE_BREAK:
          g_string_append (out, "<text:line-break/>");
          break;

        case INSP_DOC_RUN_BLANK:
          {
            g_autofree char *blank = insp_doc_dup_blank_text (run->text);

            g_string_append (out, "<text:span text:style-name=\"Blank\">");
            append_text (out, blank);
            g_string_append (out, "</text:span>");
          }
          break;

        case INSP_DOC_RUN_TEXT:
        default:
          if (run->link != NULL)
            {
              g_string_append (out, "<text:a xlink:type=\"simple\" xlink:href=\"");
              _insp_doc_append_xml_escaped (out, run->link, -1);
              g_string_append (out, "\" text:style-name=\"Internet_20_link\""
                               " text:visited-style-name=\"Visited_20_Internet_20_Link\">");
            }
          if (run->style & INSP_DOC_STYLE_STRONG)
            {
              g_string_append (out, "<text:span text:style-name=\"Strong_20_Emphasis\">");
              n_spans++;
            }
          if (run->style & INSP_DOC_STYLE_EMPHASIS)
            {
              g_string_append (out, "<text:span text:style-name=\"Emphasis\">");
              n_spans++;
            }
          if (run->style & INSP_DOC_STYLE_CODE)
            {
              g_string_append (out, "<text:span text:style-name=\"Source_20_Text\">");
              n_spans++;
            }
          append_text (out, run->text);
          for (; n_spans > 0; n_spans--)
            g_string_append (out, "</text:span>");
          if (run->link != NULL)
            g_string_append (out, "</text:a>");
          break;
        }
    }
}

static void
append_paragraph (GString            *out,
                  const char         *style,
                  const InspDocBlock *block)
{
  g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style);
  append_runs (out, block);
  g_string_append (out, "</text:p>\n");
}

static void
append_plain_paragraph (GString    *out,
                        const char *style,
                        const char *text)
{
  g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style);
  append_text (out, text);
  g_string_append (out, "</text:p>\n");
}

static void write_block (Odt          *w,
                         InspDocBlock *block,
                         const char   *paragraph_style,
                         gboolean      in_list);

static void
write_children (Odt          *w,
                InspDocBlock *block,
                const char   *paragraph_style,
                gboolean      in_list)
{
  if (block->children == NULL)
    return;
  for (guint i = 0; i < block->children->len; i++)
    write_block (w, g_ptr_array_index (block->children, i), paragraph_style, in_list);
}

static void
write_list (Odt          *w,
            InspDocBlock *list)
{
  g_string_append_printf (w->out, "<text:list text:style-name=\"%s\">\n",
                          list->flag ? "Numbering_20_123" : "List_20_Bullet");
  for (guint i = 0; list->children != NULL && i < list->children->len; i++)
    {
      InspDocBlock *item = g_ptr_array_index (list->children, i);

      if (i == 0 && list->flag && list->number != 1)
        g_string_append_printf (w->out, "<text:list-item text:start-value=\"%u\">",
                                list->number);
      else
        g_string_append (w->out, "<text:list-item>");
      if (item->children == NULL || item->children->len == 0)
        g_string_append (w->out, "<text:p text:style-name=\"List_20_Contents\"/>");
      else
        write_children (w, item, NULL, TRUE);
      g_string_append (w->out, "</text:list-item>\n");
    }
  g_string_append (w->out, "</text:list>\n");
}

static void
write_table (Odt          *w,
             InspDocBlock *table,
             gboolean      in_list)
{
  guint n_rows = table->children != NULL ? table->children->len : 0;
  guint header_rows = MIN (table->number, n_rows);

  if (n_rows == 0)
    return;   /* ODF tables have at least one row */
  if (in_list)
    {
      /* A list item cannot hold a table in ODF: one paragraph per row instead. */
      for (guint r = 0; r < n_rows; r++)
        {
          InspDocBlock *row = g_ptr_array_index (table->children, r);

          g_string_append (w->out, "<text:p text:style-name=\"List_20_Contents\">");
          for (guint c = 0; c < row->children->len; c++)
            {
              if (c > 0)
                g_string_append (w->out, " · ");
              append_runs (w->out, g_ptr_array_index (row->children, c));
            }
          g_string_append (w->out, "</text:p>\n");
        }
      return;
    }

  w->n_tables++;
  g_string_append_printf (w->out,
                          "<table:table table:name=\"Table%u\" table:style-name=\"Table\">\n"
                          "<table:table-column table:style-name=\"Table.Column\""
                          " table:number-columns-repeated=\"%u\"/>\n",
                          w->n_tables, MAX (table->n_columns, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      InspDocBlock *row = g_ptr_array_index (table->children, r);
      gboolean header = r < header_rows;

      if (r == 0 && header)
        g_string_append (w->out, "<table:table-header-rows>\n");
      g_string_append (w->out, "<table:table-row>");
      for (guint c = 0; c < row->children->len; c++)
        {
          g_string_append_printf (w->out,
                                  "<table:table-cell table:style-name=\"%s\""
                                  " office:value-type=\"string\">",
                                  header ? "Table.Head" : "Table.Cell");
          append_paragraph (w->out, header ? "Table_20_Heading" : "Table_20_Contents",
                            g_ptr_array_index (row->children, c));
          g_string_append (w->out, "</table:table-cell>");
        }
      g_string_append (w->out, "</table:table-row>\n");
      if (header && r + 1 == header_rows)
        g_string_append (w->out, "</table:table-header-rows>\n");
    }
  g_string_append (w->out, "</table:table>\n");
}

static void
write_toc (Odt *w)
{
  /* Translators: the title of the table of contents in an exported document */
  const char *title = _("Contents");
  g_autoptr(GPtrArray) headings = insp_document_list_headings (w->doc, 3);

  w->n_tocs++;
  g_string_append_printf (w->out,
                          "<text:table-of-content text:name=\"Contents%u\""
                          " text:protected=\"true\">\n"
                          "<text:table-of-content-source text:outline-level=\"3\">"
                          "<text:index-title-template"
                          " text:style-name=\"Contents_20_Heading\">",
                          w->n_tocs);
  _insp_doc_append_xml_escaped (w->out, title, -1);
  g_string_append (w->out, "</text:index-title-template>");
  for (guint level = 1; level <= 3; level++)
    g_string_append_printf (w->out,
                            "<text:table-of-content-entry-template text:outline-level=\"%u\""
                            " text:style-name=\"Contents_20_%u\">"
                            "<text:index-entry-link-start"
                            " text:style-name=\"Index_20_Link\"/>"
                            "<text:index-entry-text/>"
                            "<text:index-entry-tab-stop style:type=\"right\""
                            " style:leader-char=\".\"/>"
                            "<text:index-entry-page-number/>"
                            "<text:index-entry-link-end/>"
                            "</text:table-of-content-entry-template>",
                            level, level);
  g_string_append_printf (w->out,
                          "</text:table-of-content-source>\n<text:index-body>\n"
                          "<text:index-title text:name=\"Contents%u_Head\">"
                          "<text:p text:style-name=\"Contents_20_Heading\">",
                          w->n_tocs);
  _insp_doc_append_xml_escaped (w->out, title, -1);
  g_string_append (w->out, "</text:p></text:index-title>\n");

  /* Prefilled, so the contents show before the reader updates the index. */
  for (guint i = 0; i < headings->len; i++)
    {
      InspDocBlock *heading = g_ptr_array_index (headings, i);
      g_autofree char *style = g_strdup_printf ("Contents_20_%u", CLAMP (heading->level, 1, 3));

      g_string_append_printf (w->out, "<text:p text:style-name=\"%s\">", style);
      if (heading->id != NULL)
        {
          g_string_append (w->out, "<text:a xlink:type=\"simple\" xlink:href=\"#");
          _insp_doc_append_xml_escaped (w->out, heading->id, -1);
          g_string_append (w->out, "\" text:style-name=\"Index_20_Link\""
                           " text:visited-style-name=\"Index_20_Link\">");
        }
      append_runs (w->out, heading);
      if (heading->id != NULL)
        g_string_append (w->out, "</text:a>");
      g_string_append (w->out, "</text:p>\n");
    }
  g_string_append (w->out, "</text:index-body>\n</text:table-of-content>\n");
}

static void
write_block (Odt          *w,
             InspDocBlock *block,
             const char   *paragraph_style,
             gboolean      in_list)
{
  GString *out = w->out;

  switch (block->type)
    {
    case INSP_DOC_BODY:
      write_children (w, block, paragraph_style, in_list);
      break;

    case INSP_DOC_HEADING:
      if (paragraph_style != NULL || in_list)
        {
          append_paragraph (out, paragraph_style != NULL ? paragraph_style
                                                        : "List_20_Contents", block);
        }
      else
        {
          guint level = CLAMP (block->level, 1, 4);

          g_string_append_printf (out, "<text:h text:style-name=\"Heading_20_%u\""
                                  " text:outline-level=\"%u\">", level, level);
          if (block->id != NULL)
            {
              g_string_append (out, "<text:bookmark text:name=\"");
              _insp_doc_append_xml_escaped (out, block->id, -1);
              g_string_append (out, "\"/>");
            }
          append_runs (out, block);
          g_string_append (out, "</text:h>\n");
        }
      break;

    case INSP_DOC_PARAGRAPH:
      append_paragraph (out, paragraph_style != NULL ? paragraph_style
                             : in_list ? "List_20_Contents" : "Text_20_body", block);
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

          g_string_append (out, "<text:p text:style-name=\"Checklist_20_Item\">"
                           "<text:span text:style-name=\"Check_20_Box\">");
          g_string_append (out, item->flag ? "☑" : "☐");
          g_string_append (out, "</text:span><text:tab/>");
          append_runs (out, item);
          g_string_append (out, "</text:p>\n");
        }
      break;

    case INSP_DOC_TABLE:
      write_table (w, block, in_list);
      break;

    case INSP_DOC_FIELD:
      append_paragraph (out, "Field_20_Label", block);
      for (guint i = 0; i < MAX (block->level, 1); i++)
        g_string_append (out, "<text:p text:style-name=\"Field_20_Line\"/>\n");
      break;

    case INSP_DOC_NOTE:
      write_children (w, block, "Note", in_list);
      break;

    case INSP_DOC_QUOTE:
      write_children (w, block, "Quotations", in_list);
      break;

    case INSP_DOC_CODE:
      {
        gsize len = block->text != NULL ? strlen (block->text) : 0;
        g_autofree char *text = g_strndup (block->text, len);

        if (len > 0 && text[len - 1] == '\n')
          text[len - 1] = '\0';
        append_plain_paragraph (out, "Preformatted_20_Text", text);
      }
      break;

    case INSP_DOC_RULE:
      g_string_append (out, "<text:p text:style-name=\"Horizontal_20_Line\"/>\n");
      break;

    case INSP_DOC_TOC:
      if (!in_list)
        write_toc (w);
      break;

    case INSP_DOC_PAGE_BREAK:
      if (!in_list)
        g_string_append (out, "<text:p text:style-name=\"Page_20_Break\"/>\n");
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
write_title_page (Odt         *w,
                  InspDocMeta *meta)
{
  /* The first paragraph puts the page on the title page's master page (no header or
   * footer); the empty one after it starts the body on the standard one. */
  append_plain_paragraph (w->out, "Title_20_First", meta->title);
  if (meta->subtitle != NULL && *meta->subtitle != '\0')
    append_plain_paragraph (w->out, "Subtitle", meta->subtitle);
  g_string_append (w->out, "<text:p text:style-name=\"Title_20_Page_20_Rule\"/>\n");
  if (meta->organisation != NULL && *meta->organisation != '\0')
    append_plain_paragraph (w->out, "Title_20_Page_20_Organisation", meta->organisation);
  if (meta->version != NULL && *meta->version != '\0')
    append_plain_paragraph (w->out, "Title_20_Page_20_Info", meta->version);
  if (meta->status != NULL && *meta->status != '\0')
    append_plain_paragraph (w->out, "Title_20_Page_20_Status", meta->status);
  if (meta->date != NULL && *meta->date != '\0')
    append_plain_paragraph (w->out, "Title_20_Page_20_Info", meta->date);
  g_string_append (w->out, "<text:p text:style-name=\"Body_20_Start\"/>\n");
}

static GString *
build_content (InspDocument *doc)
{
  Odt w = { g_string_sized_new (64 * 1024), doc, 0, 0 };
  InspDocMeta *meta = insp_document_get_meta (doc);

  g_string_append (w.out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-content" NS_OFFICE ">\n"
                   FONT_DECLS
                   "<office:automatic-styles>\n"
                   "<style:style style:name=\"Table\" style:family=\"table\">"
                   "<style:table-properties style:width=\"" TEXT_WIDTH "\""
                   " table:align=\"margins\" fo:margin-top=\"0.1cm\""
                   " fo:margin-bottom=\"0.3cm\"/></style:style>\n"
                   "<style:style style:name=\"Table.Column\" style:family=\"table-column\">"
                   "<style:table-column-properties style:rel-column-width=\"1000*\"/>"
                   "</style:style>\n"
                   "<style:style style:name=\"Table.Head\" style:family=\"table-cell\">"
                   "<style:table-cell-properties fo:background-color=\"#e3ebf3\""
                   " fo:padding=\"0.12cm\" fo:border=\"0.5pt solid #8c99a6\"/>"
                   "</style:style>\n"
                   "<style:style style:name=\"Table.Cell\" style:family=\"table-cell\">"
                   "<style:table-cell-properties fo:padding=\"0.12cm\""
                   " fo:border=\"0.5pt solid #8c99a6\"/></style:style>\n"
                   "<style:style style:name=\"Title_20_First\" style:family=\"paragraph\""
                   " style:parent-style-name=\"Title\""
                   " style:master-page-name=\"Title_20_Page\">"
                   "<style:paragraph-properties fo:margin-top=\"6cm\"/></style:style>\n"
                   "<style:style style:name=\"Body_20_Start\" style:family=\"paragraph\""
                   " style:parent-style-name=\"Standard\""
                   " style:master-page-name=\"Standard\">"
                   "<style:paragraph-properties fo:margin-top=\"0cm\""
                   " fo:margin-bottom=\"0cm\" fo:line-height=\"100%\"/>"
                   "<style:text-properties fo:font-size=\"2pt\"/></style:style>\n"
                   "</office:automatic-styles>\n"
                   "<office:body>\n<office:text>\n");

  if (meta->title_page)
    write_title_page (&w, meta);
  write_block (&w, insp_document_get_body (doc), NULL, FALSE);

  g_string_append (w.out, "</office:text>\n</office:body>\n</office:document-content>\n");
  return w.out;
}

static void
append_list_styles (GString *out)
{
  static const char *bullets[] = { "•", "◦", "▪" };

  g_string_append (out, "<text:list-style style:name=\"List_20_Bullet\""
                   " style:display-name=\"List Bullet\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (out,
                            "<text:list-level-style-bullet text:level=\"%u\""
                            " text:style-name=\"Bullet_20_Symbols\" text:bullet-char=\"%s\">"
                            "<style:list-level-properties"
                            " text:list-level-position-and-space-mode=\"label-alignment\">"
                            "<style:list-level-label-alignment"
                            " text:label-followed-by=\"listtab\""
                            " text:list-tab-stop-position=\"%.2fcm\""
                            " fo:text-indent=\"-0.6cm\" fo:margin-left=\"%.2fcm\"/>"
                            "</style:list-level-properties>"
                            "<style:text-properties style:font-name=\"DejaVu Sans\"/>"
                            "</text:list-level-style-bullet>",
                            level, bullets[(level - 1) % 3], level * 0.7 + 0.1,
                            level * 0.7 + 0.1);
  g_string_append (out, "</text:list-style>\n");

  g_string_append (out, "<text:list-style style:name=\"Numbering_20_123\""
                   " style:display-name=\"Numbering 123\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (out,
                            "<text:list-level-style-number text:level=\"%u\""
                            " text:style-name=\"Numbering_20_Symbols\""
                            " style:num-suffix=\".\" style:num-format=\"%s\">"
                            "<style:list-level-properties"
                            " text:list-level-position-and-space-mode=\"label-alignment\">"
                            "<style:list-level-label-alignment"
                            " text:label-followed-by=\"listtab\""
                            " text:list-tab-stop-position=\"%.2fcm\""
                            " fo:text-indent=\"-0.7cm\" fo:margin-left=\"%.2fcm\"/>"
                            "</style:list-level-properties>"
                            "</text:list-level-style-number>",
                            level, level % 3 == 2 ? "a" : level % 3 == 0 ? "i" : "1",
                            level * 0.8 + 0.1, level * 0.8 + 0.1);
  g_string_append (out, "</text:list-style>\n");

  g_string_append (out, "<text:outline-style style:name=\"Outline\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (out,
                            "<text:outline-level-style text:level=\"%u\""
                            " style:num-format=\"\">"
                            "<style:list-level-properties"
                            " text:list-level-position-and-space-mode=\"label-alignment\">"
                            "<style:list-level-label-alignment"
                            " text:label-followed-by=\"listtab\"/>"
                            "</style:list-level-properties>"
                            "</text:outline-level-style>", level);
  g_string_append (out, "</text:outline-style>\n");
}

static void
append_master_pages (GString     *out,
                     InspDocMeta *meta)
{
  g_autofree char *header = _insp_doc_dup_running_header (meta);
  g_autofree char *footer = _insp_doc_dup_running_footer (meta);
  g_auto(GStrv) page = _insp_doc_dup_page_parts ();

  g_string_append (out, "<office:master-styles>\n"
                   "<style:master-page style:name=\"Standard\""
                   " style:page-layout-name=\"Page\">"
                   "<style:header><text:p text:style-name=\"Header\">");
  append_text (out, header);
  g_string_append (out, "</text:p></style:header>"
                   "<style:footer><text:p text:style-name=\"Footer\">");
  append_text (out, footer);
  g_string_append (out, "<text:tab/>");
  append_text (out, page[0]);
  g_string_append (out, "<text:page-number text:select-page=\"current\">1</text:page-number>");
  append_text (out, page[1]);
  g_string_append (out, "<text:page-count>1</text:page-count>");
  append_text (out, page[2]);
  g_string_append (out, "</text:p></style:footer></style:master-page>\n"
                   "<style:master-page style:name=\"Title_20_Page\""
                   " style:display-name=\"Title Page\" style:page-layout-name=\"Title\""
                   " style:next-style-name=\"Standard\"/>\n"
                   "</office:master-styles>\n");
}

#define PARAGRAPH_STYLE(name, display, parent, props) \
  "<style:style style:name=\"" name "\" style:display-name=\"" display "\"" \
  " style:family=\"paragraph\" style:parent-style-name=\"" parent "\">" props "</style:style>\n"

#define TEXT_STYLE(name, display, props) \
  "<style:style style:name=\"" name "\" style:display-name=\"" display "\"" \
  " style:family=\"text\"><style:text-properties " props "/></style:style>\n"

static const char common_styles[] =
  "<style:default-style style:family=\"table\"><style:table-properties"
  " table:border-model=\"collapsing\"/></style:default-style>\n"
  "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
  "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\""
  " fo:line-height=\"125%\" fo:orphans=\"2\" fo:widows=\"2\"/></style:style>\n"
  "<style:style style:name=\"Heading\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\""
  " style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0.5cm\" fo:margin-bottom=\"0.2cm\""
  " fo:keep-with-next=\"always\"/>"
  "<style:text-properties fo:font-weight=\"bold\" fo:color=\"#1c3d5a\""
  " style:font-weight-complex=\"bold\"/></style:style>\n"
  "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"1\""
  " style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0.8cm\""
  " fo:margin-bottom=\"0.3cm\" fo:padding-bottom=\"0.1cm\""
  " fo:border-bottom=\"0.75pt solid #1c3d5a\"/>"
  "<style:text-properties fo:font-size=\"20pt\" style:font-size-complex=\"20pt\"/>"
  "</style:style>\n"
  "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"2\""
  " style:class=\"text\"><style:text-properties fo:font-size=\"15pt\""
  " style:font-size-complex=\"15pt\"/></style:style>\n"
  "<style:style style:name=\"Heading_20_3\" style:display-name=\"Heading 3\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"3\""
  " style:class=\"text\"><style:text-properties fo:font-size=\"12.5pt\""
  " style:font-size-complex=\"12.5pt\"/></style:style>\n"
  "<style:style style:name=\"Heading_20_4\" style:display-name=\"Heading 4\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"4\""
  " style:class=\"text\"><style:text-properties fo:font-size=\"11pt\""
  " fo:font-style=\"italic\" style:font-size-complex=\"11pt\"/></style:style>\n"
  PARAGRAPH_STYLE ("Title", "Title", "Standard",
                   "<style:paragraph-properties fo:margin-bottom=\"0.4cm\"/>"
                   "<style:text-properties fo:font-size=\"30pt\" fo:font-weight=\"bold\""
                   " fo:color=\"#1c3d5a\" style:font-size-complex=\"30pt\"/>")
  PARAGRAPH_STYLE ("Subtitle", "Subtitle", "Standard",
                   "<style:paragraph-properties fo:margin-bottom=\"0.6cm\"/>"
                   "<style:text-properties fo:font-size=\"17pt\" fo:color=\"#5e5c64\""
                   " style:font-size-complex=\"17pt\"/>")
  PARAGRAPH_STYLE ("Title_20_Page_20_Rule", "Title Page Rule", "Standard",
                   "<style:paragraph-properties fo:margin-bottom=\"0.8cm\""
                   " fo:border-bottom=\"2pt solid #3584e4\" fo:padding=\"0cm\"/>"
                   "<style:text-properties fo:font-size=\"4pt\"/>")
  PARAGRAPH_STYLE ("Title_20_Page_20_Organisation", "Title Page Organisation", "Standard",
                   "<style:paragraph-properties fo:margin-bottom=\"0.3cm\"/>"
                   "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\""
                   " style:font-size-complex=\"14pt\"/>")
  PARAGRAPH_STYLE ("Title_20_Page_20_Info", "Title Page Info", "Standard",
                   "<style:paragraph-properties fo:margin-bottom=\"0.15cm\"/>"
                   "<style:text-properties fo:font-size=\"12pt\" fo:color=\"#3d3846\""
                   " style:font-size-complex=\"12pt\"/>")
  PARAGRAPH_STYLE ("Title_20_Page_20_Status", "Title Page Status", "Standard",
                   "<style:paragraph-properties fo:margin-top=\"0.2cm\""
                   " fo:margin-bottom=\"0.3cm\"/>"
                   "<style:text-properties fo:font-size=\"12pt\" fo:font-weight=\"bold\""
                   " fo:color=\"#a51d2d\" style:font-size-complex=\"12pt\"/>")
  PARAGRAPH_STYLE ("Header", "Header", "Standard",
                   "<style:paragraph-properties fo:padding-bottom=\"0.1cm\""
                   " fo:border-bottom=\"0.5pt solid #c0bfbc\"/>"
                   "<style:text-properties fo:font-size=\"8.5pt\" fo:color=\"#5e5c64\"/>")
  PARAGRAPH_STYLE ("Footer", "Footer", "Standard",
                   "<style:paragraph-properties fo:padding-top=\"0.1cm\""
                   " fo:border-top=\"0.5pt solid #c0bfbc\"><style:tab-stops>"
                   "<style:tab-stop style:position=\"" TEXT_WIDTH "\" style:type=\"right\"/>"
                   "</style:tab-stops></style:paragraph-properties>"
                   "<style:text-properties fo:font-size=\"8.5pt\" fo:color=\"#5e5c64\"/>")
  PARAGRAPH_STYLE ("List_20_Contents", "List Contents", "Text_20_body",
                   "<style:paragraph-properties fo:margin-bottom=\"0.12cm\"/>")
  PARAGRAPH_STYLE ("Quotations", "Quotations", "Text_20_body",
                   "<style:paragraph-properties fo:margin-left=\"0.6cm\""
                   " fo:margin-right=\"0.6cm\" fo:padding-left=\"0.35cm\""
                   " fo:border-left=\"2.5pt solid #c0bfbc\"/>"
                   "<style:text-properties fo:font-style=\"italic\" fo:color=\"#3d3846\"/>")
  PARAGRAPH_STYLE ("Note", "Note", "Text_20_body",
                   "<style:paragraph-properties fo:background-color=\"#eef4fb\""
                   " fo:padding=\"0.2cm\" fo:padding-left=\"0.35cm\""
                   " fo:border-left=\"3pt solid #3584e4\" fo:border-right=\"none\""
                   " fo:border-top=\"none\" fo:border-bottom=\"none\""
                   " fo:margin-top=\"0.3cm\" fo:margin-bottom=\"0.3cm\""
                   " style:join-border=\"true\"/>")
  PARAGRAPH_STYLE ("Preformatted_20_Text", "Preformatted Text", "Standard",
                   "<style:paragraph-properties fo:background-color=\"#f6f5f4\""
                   " fo:padding=\"0.2cm\" fo:margin-bottom=\"0.25cm\""
                   " fo:border=\"0.5pt solid #deddda\"/>"
                   "<style:text-properties style:font-name=\"DejaVu Sans Mono\""
                   " fo:font-size=\"9pt\" style:font-name-complex=\"DejaVu Sans Mono\"/>")
  PARAGRAPH_STYLE ("Checklist_20_Item", "Checklist Item", "Text_20_body",
                   "<style:paragraph-properties fo:margin-left=\"0.8cm\""
                   " fo:text-indent=\"-0.8cm\" fo:margin-bottom=\"0.12cm\"/>")
  PARAGRAPH_STYLE ("Field_20_Label", "Field Label", "Text_20_body",
                   "<style:paragraph-properties fo:margin-top=\"0.3cm\""
                   " fo:margin-bottom=\"0cm\" fo:keep-with-next=\"always\"/>"
                   "<style:text-properties fo:font-weight=\"bold\"/>")
  PARAGRAPH_STYLE ("Field_20_Line", "Field Line", "Standard",
                   "<style:paragraph-properties fo:margin-top=\"0cm\""
                   " fo:margin-bottom=\"0cm\" fo:line-height=\"0.85cm\""
                   " fo:border-bottom=\"0.5pt solid #77767b\" fo:padding=\"0cm\""
                   " style:join-border=\"false\"/>")
  PARAGRAPH_STYLE ("Horizontal_20_Line", "Horizontal Line", "Standard",
                   "<style:paragraph-properties fo:margin-top=\"0.2cm\""
                   " fo:margin-bottom=\"0.4cm\" fo:padding=\"0cm\""
                   " fo:border-bottom=\"0.75pt solid #c0bfbc\"/>"
                   "<style:text-properties fo:font-size=\"4pt\"/>")
  PARAGRAPH_STYLE ("Page_20_Break", "Page Break", "Standard",
                   "<style:paragraph-properties fo:break-before=\"page\""
                   " fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"/>"
                   "<style:text-properties fo:font-size=\"2pt\"/>")
  PARAGRAPH_STYLE ("Table_20_Contents", "Table Contents", "Standard",
                   "<style:paragraph-properties fo:line-height=\"115%\"/>"
                   "<style:text-properties fo:font-size=\"10pt\"/>")
  PARAGRAPH_STYLE ("Table_20_Heading", "Table Heading", "Table_20_Contents",
                   "<style:text-properties fo:font-weight=\"bold\"/>")
  PARAGRAPH_STYLE ("Contents_20_Heading", "Contents Heading", "Heading",
                   "<style:text-properties fo:font-size=\"15pt\"/>")
  PARAGRAPH_STYLE ("Contents_20_1", "Contents 1", "Standard",
                   "<style:paragraph-properties fo:margin-top=\"0.15cm\""
                   " fo:margin-bottom=\"0.05cm\"><style:tab-stops>"
                   "<style:tab-stop style:position=\"" TEXT_WIDTH "\" style:type=\"right\""
                   " style:leader-style=\"dotted\" style:leader-text=\".\"/>"
                   "</style:tab-stops></style:paragraph-properties>"
                   "<style:text-properties fo:font-weight=\"bold\"/>")
  PARAGRAPH_STYLE ("Contents_20_2", "Contents 2", "Standard",
                   "<style:paragraph-properties fo:margin-left=\"0.6cm\""
                   " fo:margin-bottom=\"0.05cm\"><style:tab-stops>"
                   "<style:tab-stop style:position=\"16cm\" style:type=\"right\""
                   " style:leader-style=\"dotted\" style:leader-text=\".\"/>"
                   "</style:tab-stops></style:paragraph-properties>")
  PARAGRAPH_STYLE ("Contents_20_3", "Contents 3", "Standard",
                   "<style:paragraph-properties fo:margin-left=\"1.2cm\""
                   " fo:margin-bottom=\"0.05cm\"><style:tab-stops>"
                   "<style:tab-stop style:position=\"15.4cm\" style:type=\"right\""
                   " style:leader-style=\"dotted\" style:leader-text=\".\"/>"
                   "</style:tab-stops></style:paragraph-properties>"
                   "<style:text-properties fo:font-size=\"10pt\"/>")
  TEXT_STYLE ("Emphasis", "Emphasis",
              "fo:font-style=\"italic\" style:font-style-complex=\"italic\"")
  TEXT_STYLE ("Strong_20_Emphasis", "Strong Emphasis",
              "fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"")
  TEXT_STYLE ("Source_20_Text", "Source Text",
              "style:font-name=\"DejaVu Sans Mono\" fo:font-size=\"90%\""
              " style:font-name-complex=\"DejaVu Sans Mono\"")
  TEXT_STYLE ("Blank", "Blank",
              "fo:background-color=\"#fff1a8\" fo:font-style=\"italic\" fo:color=\"#63452c\"")
  TEXT_STYLE ("Check_20_Box", "Check Box",
              "style:font-name=\"DejaVu Sans\" fo:font-size=\"12pt\"")
  TEXT_STYLE ("Internet_20_link", "Internet link",
              "fo:color=\"#1a5fb4\" style:text-underline-style=\"solid\""
              " style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"")
  TEXT_STYLE ("Visited_20_Internet_20_Link", "Visited Internet Link",
              "fo:color=\"#613583\" style:text-underline-style=\"solid\""
              " style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"")
  TEXT_STYLE ("Index_20_Link", "Index Link", "fo:color=\"#241f31\"")
  TEXT_STYLE ("Bullet_20_Symbols", "Bullet Symbols", "style:font-name=\"DejaVu Sans\"")
  TEXT_STYLE ("Numbering_20_Symbols", "Numbering Symbols", "fo:font-weight=\"normal\"");

static GString *
build_styles (InspDocument *doc)
{
  InspDocMeta *meta = insp_document_get_meta (doc);
  GString *out = g_string_sized_new (24 * 1024);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-styles" NS_OFFICE ">\n"
                   FONT_DECLS
                   "<office:styles>\n");
  g_string_append (out, "<style:default-style style:family=\"paragraph\">"
                   "<style:paragraph-properties style:tab-stop-distance=\"1.25cm\""
                   " style:writing-mode=\"page\"/>"
                   "<style:text-properties style:font-name=\"Cantarell\" fo:font-size=\"11pt\""
                   " style:font-name-complex=\"DejaVu Sans\" style:font-size-complex=\"11pt\""
                   " fo:hyphenate=\"false\" fo:color=\"#241f31\"");
  if (meta->language != NULL && *meta->language != '\0')
    {
      /* The document's language, for spelling and hyphenation. */
      g_string_append (out, " fo:language=\"");
      _insp_doc_append_xml_escaped (out, meta->language, -1);
      g_string_append (out, "\" fo:country=\"none\"");
    }
  g_string_append (out, "/></style:default-style>\n");
  g_string_append_len (out, common_styles, sizeof common_styles - 1);
  append_list_styles (out);
  g_string_append (out,
                   "</office:styles>\n<office:automatic-styles>\n"
                   "<style:page-layout style:name=\"Page\">"
                   "<style:page-layout-properties fo:page-width=\"21cm\""
                   " fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\""
                   " fo:margin-top=\"1.4cm\" fo:margin-bottom=\"1.4cm\""
                   " fo:margin-left=\"2.2cm\" fo:margin-right=\"2.2cm\"/>"
                   "<style:header-style><style:header-footer-properties"
                   " fo:min-height=\"0.5cm\" fo:margin-bottom=\"0.6cm\"/></style:header-style>"
                   "<style:footer-style><style:header-footer-properties"
                   " fo:min-height=\"0.5cm\" fo:margin-top=\"0.6cm\"/></style:footer-style>"
                   "</style:page-layout>\n"
                   "<style:page-layout style:name=\"Title\">"
                   "<style:page-layout-properties fo:page-width=\"21cm\""
                   " fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\""
                   " fo:margin-top=\"2.5cm\" fo:margin-bottom=\"2.5cm\""
                   " fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\"/>"
                   "</style:page-layout>\n"
                   "</office:automatic-styles>\n");
  append_master_pages (out, meta);
  g_string_append (out, "</office:document-styles>\n");
  return out;
}

static GString *
build_meta (InspDocument *doc)
{
  InspDocMeta *meta = insp_document_get_meta (doc);
  GString *out = g_string_sized_new (1024);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-meta" NS_OFFICE ">\n<office:meta>"
                   "<meta:generator>Inspraak/" PACKAGE_VERSION "</meta:generator>"
                   "<dc:title>");
  _insp_doc_append_xml_escaped (out, meta->title, -1);
  g_string_append (out, "</dc:title>");
  if (meta->subtitle != NULL)
    {
      g_string_append (out, "<dc:subject>");
      _insp_doc_append_xml_escaped (out, meta->subtitle, -1);
      g_string_append (out, "</dc:subject>");
    }
  if (meta->organisation != NULL)
    {
      g_string_append (out, "<meta:initial-creator>");
      _insp_doc_append_xml_escaped (out, meta->organisation, -1);
      g_string_append (out, "</meta:initial-creator>");
    }
  g_string_append_printf (out, "<meta:creation-date>%s</meta:creation-date>"
                          "<dc:date>%s</dc:date>", date, date);
  if (meta->language != NULL)
    {
      g_string_append (out, "<dc:language>");
      _insp_doc_append_xml_escaped (out, meta->language, -1);
      g_string_append (out, "</dc:language>");
    }
  g_string_append (out, "</office:meta>\n</office:document-meta>\n");
  return out;
}

static GString *
build_manifest (void)
{
  return g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<manifest:manifest"
                       " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                       " manifest:version=\"1.3\">\n"
                       "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
                       " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
                       "<manifest:file-entry manifest:full-path=\"content.xml\""
                       " manifest:media-type=\"text/xml\"/>\n"
                       "<manifest:file-entry manifest:full-path=\"styles.xml\""
                       " manifest:media-type=\"text/xml\"/>\n"
                       "<manifest:file-entry manifest:full-path=\"meta.xml\""
                       " manifest:media-type=\"text/xml\"/>\n"
                       "</manifest:manifest>\n");
}

/**
 * insp_doc_write_odt:
 * @doc: a document
 * @out: where to write it
 * @error: why it could not be written
 *
 * Writes @doc as an OpenDocument text package.
 *
 * Returns: whether the whole document was written
 */
gboolean
insp_doc_write_odt (InspDocument   *doc,
                    GOutputStream  *out,
                    GError        **error)
{
  g_autoptr(InspDocZip) zip = _insp_doc_zip_new ();

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  /* ODF: the media type first, stored, so `file` and other sniffers recognise it. */
  _insp_doc_zip_add (zip, "mimetype",
                     g_string_new ("application/vnd.oasis.opendocument.text"), TRUE);
  _insp_doc_zip_add (zip, "content.xml", build_content (doc), FALSE);
  _insp_doc_zip_add (zip, "styles.xml", build_styles (doc), FALSE);
  _insp_doc_zip_add (zip, "meta.xml", build_meta (doc), FALSE);
  _insp_doc_zip_add (zip, "META-INF/manifest.xml", build_manifest (), FALSE);
  return _insp_doc_zip_write (zip, out, error);
}
