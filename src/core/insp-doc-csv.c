/* insp-doc-csv.c — the CSV writer
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180: the first table of the document, its header rows first, one record per row,
 * CRLF after every record, UTF-8 without a byte order mark. A field is quoted when it holds
 * a comma, a double quote, a carriage return or a line feed; double quotes inside are
 * doubled. Each cell is its plain text (blanks as "[to be completed: …]").
 *
 * Cells are written literally, also when they begin with = + - or @. Spreadsheets may read
 * such a cell as a formula ("CSV injection"), and the usual defence puts a quote before it;
 * but the tabular exports are monitoring figures that knowledge centres concatenate and
 * analyse as data (DOMAIN.md), where "-3" must stay -3 and a prefix would corrupt the
 * figures. The cells hold the organisation's own figures and names, not text from outside.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-doc-writer-private.h"
#include "insp-error.h"

static const InspDocBlock *
find_table (const InspDocBlock *block)
{
  if (block->type == INSP_DOC_TABLE)
    return block;
  if (block->children != NULL)
    for (guint i = 0; i < block->children->len; i++)
      {
        const InspDocBlock *table = find_table (g_ptr_array_index (block->children, i));

        if (table != NULL)
          return table;
      }
  return NULL;
}

static void
append_field (GString    *out,
              const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * insp_doc_write_csv:
 * @doc: a document with a table
 * @out: where to write it
 * @error: why it could not be written
 *
 * Writes the first table of @doc as CSV (RFC 4180). A document without a table is an
 * %INSP_ERROR_USAGE error.
 *
 * Returns: whether the whole table was written
 */
gboolean
insp_doc_write_csv (InspDocument   *doc,
                    GOutputStream  *out,
                    GError        **error)
{
  const InspDocBlock *table;
  g_autoptr(GString) buffer = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  table = find_table (insp_document_get_body (doc));
  if (table == NULL)
    {
      const char *title = insp_document_get_meta (doc)->title;

      if (title != NULL && *title != '\0')
        /* Translators: %s is the title of a document, e.g. "Vision" */
        g_set_error (error, INSP_ERROR, INSP_ERROR_USAGE,
                     _("“%s” has no table to write as CSV"), title);
      else
        g_set_error_literal (error, INSP_ERROR, INSP_ERROR_USAGE,
                             _("The document has no table to write as CSV"));
      return FALSE;
    }

  /* The model keeps header rows first, so the rows are written in their order. */
  buffer = g_string_sized_new (4096);
  for (guint r = 0; r < table->children->len; r++)
    {
      const InspDocBlock *row = g_ptr_array_index (table->children, r);

      for (guint c = 0; c < row->children->len; c++)
        {
          g_autofree char *text = insp_doc_block_dup_plain (g_ptr_array_index (row->children,
                                                                               c));

          if (c > 0)
            g_string_append_c (buffer, ',');
          append_field (buffer, text);
        }
      g_string_append (buffer, "\r\n");
    }

  return _insp_doc_write_string (out, buffer, error);
}
