/* insp-doc-writer.c — the formats and what every writer shares
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-doc-writer-private.h"
#include "insp-error.h"
#include "insp-workspace-private.h"

typedef struct
{
  const char       *id;
  const char       *extension;
  const char       *mime_type;
  const char       *name;
  InspDocWriteFunc  write;
} FormatInfo;

static const FormatInfo formats[INSP_DOC_N_FORMATS] = {
  [INSP_DOC_FORMAT_PDF] = { "pdf", "pdf", "application/pdf", N_("PDF document"),
                            insp_doc_write_pdf },
  [INSP_DOC_FORMAT_ODT] = { "odt", "odt", "application/vnd.oasis.opendocument.text",
                            N_("OpenDocument text"), insp_doc_write_odt },
  [INSP_DOC_FORMAT_DOCX] = { "docx", "docx",
                             "application/vnd.openxmlformats-officedocument."
                             "wordprocessingml.document",
                             N_("Word document"), insp_doc_write_docx },
  [INSP_DOC_FORMAT_HTML] = { "html", "html", "text/html", N_("Web page"), insp_doc_write_html },
  [INSP_DOC_FORMAT_MD] = { "md", "md", "text/markdown", N_("Markdown text"), insp_doc_write_md },
  [INSP_DOC_FORMAT_CSV] = { "csv", "csv", "text/csv", N_("Spreadsheet table (CSV)"),
                          insp_doc_write_csv },
};

const char *
insp_doc_format_get_id (InspDocFormat format)
{
  g_return_val_if_fail (format < INSP_DOC_N_FORMATS, NULL);
  return formats[format].id;
}

const char *
insp_doc_format_get_extension (InspDocFormat format)
{
  g_return_val_if_fail (format < INSP_DOC_N_FORMATS, NULL);
  return formats[format].extension;
}

const char *
insp_doc_format_get_mime_type (InspDocFormat format)
{
  g_return_val_if_fail (format < INSP_DOC_N_FORMATS, NULL);
  return formats[format].mime_type;
}

/**
 * insp_doc_format_get_name:
 *
 * Returns: the format's name for people, translated
 */
const char *
insp_doc_format_get_name (InspDocFormat format)
{
  g_return_val_if_fail (format < INSP_DOC_N_FORMATS, NULL);
  return _(formats[format].name);
}

gboolean
insp_doc_format_from_id (const char    *id,
                         InspDocFormat *format)
{
  for (guint i = 0; i < INSP_DOC_N_FORMATS; i++)
    if (g_strcmp0 (id, formats[i].id) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * insp_doc_formats_dup_list:
 * @formats: INSP_DOC_FORMAT_BIT ()s
 *
 * Returns: (transfer full): the formats' identifiers, "pdf, odt, …", for messages
 */
char *
insp_doc_formats_dup_list (guint formats_mask)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < INSP_DOC_N_FORMATS; i++)
    if (formats_mask & INSP_DOC_FORMAT_BIT (i))
      {
        if (list->len > 0)
          g_string_append (list, ", ");
        g_string_append (list, formats[i].id);
      }
  return g_string_free (list, FALSE);
}

/**
 * insp_document_write:
 * @doc: a document
 * @format: the format to write it in
 * @out: where to write it
 * @error: why it could not be written
 *
 * Returns: whether the whole document was written
 */
gboolean
insp_document_write (InspDocument   *doc,
                     InspDocFormat   format,
                     GOutputStream  *out,
                     GError        **error)
{
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (format < INSP_DOC_N_FORMATS, FALSE);

  if (formats[format].write == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_USAGE,
                   _("This version of Inspraak cannot write %s files"), formats[format].id);
      return FALSE;
    }
  return formats[format].write (doc, out, error);
}

typedef struct
{
  InspDocument  *doc;
  InspDocFormat  format;
} ExportData;

static gboolean
write_export (GOutputStream  *out,
              gpointer        data,
              GError        **error)
{
  ExportData *export = data;

  return insp_document_write (export->doc, export->format, out, error);
}

/**
 * insp_document_export:
 * @doc: a document
 * @format: the format to write it in
 * @path: the file to write
 * @error: why it could not be written
 *
 * Writes @doc to @path atomically, readable by its owner only (an export may name people):
 * on failure no file is left behind, or the one that was there is untouched.
 *
 * Returns: whether the file was written
 */
gboolean
insp_document_export (InspDocument   *doc,
                      InspDocFormat   format,
                      const char     *path,
                      GError        **error)
{
  ExportData data = { doc, format };

  return _insp_write_private_file (path, write_export, &data, error);
}

void
_insp_doc_append_xml_escaped (GString    *out,
                              const char *text,
                              gssize      length)
{
  const char *end;

  if (text == NULL)
    return;
  end = length < 0 ? text + strlen (text) : text + length;

  while (text < end)
    {
      const char *run = text;

      /* Copy plain bytes in one go; stop at what needs escaping or checking. */
      while (text < end && (guchar) *text >= 0x20 && *text != '&' && *text != '<'
             && *text != '>' && *text != '"' && *text != '\'' && (guchar) *text < 0xEF)
        text++;
      g_string_append_len (out, run, text - run);
      if (text >= end)
        break;

      switch (*text)
        {
        case '&':
          g_string_append (out, "&amp;");
          text++;
          break;

        case '<':
          g_string_append (out, "&lt;");
          text++;
          break;

        case '>':
          g_string_append (out, "&gt;");
          text++;
          break;

        case '"':
          g_string_append (out, "&quot;");
          text++;
          break;

        case '\'':
          g_string_append (out, "&apos;");
          text++;
          break;

        case '\t':
        case '\n':
        case '\r':
          g_string_append_c (out, *text);
          text++;
          break;

        default:
          if ((guchar) *text < 0x20)
            {
              text++;   /* a control character XML cannot hold */
            }
          else
            {
              gunichar c = g_utf8_get_char_validated (text, end - text);
              const char *next;

              if (c == (gunichar) -1 || c == (gunichar) -2)
                {
                  text++;   /* not UTF-8 */
                  break;
                }
              next = g_utf8_next_char (text);
              if (c != 0xFFFE && c != 0xFFFF)
                g_string_append_len (out, text, next - text);
              text = next;
            }
          break;
        }
    }
}

gboolean
_insp_doc_write_string (GOutputStream  *out,
                        GString        *buffer,
                        GError        **error)
{
  return g_output_stream_write_all (out, buffer->str, buffer->len, NULL, NULL, error);
}

static char *
join_present (const char *a,
              const char *b)
{
  gboolean has_a = a != NULL && *a != '\0';
  gboolean has_b = b != NULL && *b != '\0';

  if (has_a && has_b)
    return g_strconcat (a, " · ", b, NULL);
  return g_strdup (has_a ? a : has_b ? b : "");
}

char *
_insp_doc_dup_running_header (InspDocMeta *meta)
{
  return join_present (meta->organisation, meta->title);
}

char *
_insp_doc_dup_running_footer (InspDocMeta *meta)
{
  return join_present (meta->version, meta->status);
}

/**
 * _insp_doc_dup_page_parts:
 *
 * Returns: (transfer full): the text before the page number, between it and the page count,
 *   and after it
 */
char **
_insp_doc_dup_page_parts (void)
{
  /* Translators: in the footer of an exported document: "page 3 of 12"; the first %s is
   * the page number, the second the number of pages. Keep both %s in this order. */
  const char *format = _("page %s of %s");
  char **parts = g_strsplit (format, "%s", 3);

  if (g_strv_length (parts) != 3)
    {
      g_strfreev (parts);
      parts = g_strsplit ("page %s of %s", "%s", 3);
    }
  return parts;
}
