/* insp-doc-zip.c — a zip package built in memory, for the ODT and DOCX writers
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-doc"

#include "config.h"

#include "insp-doc-zip.h"

#include <glib/gi18n.h>
#include <zip.h>

#include "insp-error.h"

typedef struct
{
  char     *name;
  GString  *data;
  gboolean  store;
} Entry;

struct _InspDocZip
{
  GArray *entries;   /* Entry */
};

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->name);
  g_string_free (entry->data, TRUE);
}

InspDocZip *
_insp_doc_zip_new (void)
{
  InspDocZip *zip = g_new0 (InspDocZip, 1);

  zip->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (zip->entries, entry_clear);
  return zip;
}

void
_insp_doc_zip_free (InspDocZip *zip)
{
  if (zip == NULL)
    return;
  g_array_unref (zip->entries);
  g_free (zip);
}

void
_insp_doc_zip_add (InspDocZip *zip,
                   const char *name,
                   GString    *data,
                   gboolean    store)
{
  Entry entry = { g_strdup (name), data, store };

  g_return_if_fail (zip != NULL && name != NULL && data != NULL);
  g_array_append_val (zip->entries, entry);
}

static gboolean
set_zip_error (GError     **error,
               zip_error_t *zerr)
{
  g_set_error (error, INSP_ERROR, INSP_ERROR_FAILED,
               /* Translators: %s is the reason from the zip library */
               _("Could not build the document package: %s"), zip_error_strerror (zerr));
  return FALSE;
}

static gboolean
fill_archive (InspDocZip  *zip,
              zip_t       *archive,
              GError     **error)
{
  for (guint i = 0; i < zip->entries->len; i++)
    {
      Entry *entry = &g_array_index (zip->entries, Entry, i);
      zip_source_t *source;
      zip_int64_t index;

      /* The buffers stay alive in @zip until zip_close () has read them. */
      source = zip_source_buffer (archive, entry->data->str, entry->data->len, 0);
      if (source == NULL)
        return set_zip_error (error, zip_get_error (archive));
      index = zip_file_add (archive, entry->name, source, ZIP_FL_ENC_UTF_8);
      if (index < 0)
        {
          zip_source_free (source);
          return set_zip_error (error, zip_get_error (archive));
        }
      if (zip_set_file_compression (archive, index,
                                    entry->store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                    entry->store ? 0 : 6) < 0)
        return set_zip_error (error, zip_get_error (archive));
    }
  return TRUE;
}

gboolean
_insp_doc_zip_write (InspDocZip     *zip,
                     GOutputStream  *out,
                     GError        **error)
{
  zip_error_t zerr;
  zip_source_t *buffer;
  zip_t *archive;
  zip_stat_t stat;
  g_autofree char *bytes = NULL;
  zip_int64_t n_read;
  gboolean ok;

  g_return_val_if_fail (zip != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  zip_error_init (&zerr);
  buffer = zip_source_buffer_create (NULL, 0, 0, &zerr);
  if (buffer == NULL)
    {
      set_zip_error (error, &zerr);
      zip_error_fini (&zerr);
      return FALSE;
    }
  zip_source_keep (buffer);   /* zip_close () would free it; we read it afterwards */

  archive = zip_open_from_source (buffer, ZIP_TRUNCATE, &zerr);
  if (archive == NULL)
    {
      set_zip_error (error, &zerr);
      zip_error_fini (&zerr);
      zip_source_free (buffer);
      return FALSE;
    }
  if (!fill_archive (zip, archive, error))
    {
      zip_discard (archive);
      zip_source_free (buffer);
      return FALSE;
    }
  if (zip_close (archive) < 0)
    {
      set_zip_error (error, zip_get_error (archive));
      zip_discard (archive);
      zip_source_free (buffer);
      return FALSE;
    }

  zip_stat_init (&stat);
  if (zip_source_stat (buffer, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE)
      || zip_source_open (buffer) < 0)
    {
      set_zip_error (error, zip_source_error (buffer));
      zip_source_free (buffer);
      return FALSE;
    }
  bytes = g_malloc (MAX (stat.size, 1));
  n_read = zip_source_read (buffer, bytes, stat.size);
  zip_source_close (buffer);
  if (n_read < 0 || (zip_uint64_t) n_read != stat.size)
    {
      set_zip_error (error, zip_source_error (buffer));
      zip_source_free (buffer);
      return FALSE;
    }
  zip_source_free (buffer);

  ok = g_output_stream_write_all (out, bytes, stat.size, NULL, NULL, error);
  return ok;
}
