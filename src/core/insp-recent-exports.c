/* insp-recent-exports.c — the exports made from each workspace
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file: { "format": "inspraak-recent-exports", "version": 1,
 *             "workspaces": { "/path/a.inspraak": [ { "template": …, … }, … ] } }
 * A damaged file is reported, never overwritten by a load; adding to one starts it afresh.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "insp-error.h"
#include "insp-recent-exports.h"
#include "insp-workspace-private.h"

#define FILE_FORMAT "inspraak-recent-exports"

InspRecentExport *
insp_recent_export_new (void)
{
  return g_new0 (InspRecentExport, 1);
}

InspRecentExport *
insp_recent_export_copy (const InspRecentExport *entry)
{
  InspRecentExport *copy = g_new0 (InspRecentExport, 1);

  copy->template_id = g_strdup (entry->template_id);
  copy->format = g_strdup (entry->format);
  copy->language = g_strdup (entry->language);
  copy->application = g_strdup (entry->application);
  copy->vision_version = g_strdup (entry->vision_version);
  copy->since = g_strdup (entry->since);
  copy->path = g_strdup (entry->path);
  copy->date = g_strdup (entry->date);
  return copy;
}

void
insp_recent_export_free (InspRecentExport *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->template_id);
  g_free (entry->format);
  g_free (entry->language);
  g_free (entry->application);
  g_free (entry->vision_version);
  g_free (entry->since);
  g_free (entry->path);
  g_free (entry->date);
  g_free (entry);
}

static char *
dup_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || json_node_get_value_type (node)
      != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static JsonObject *
new_root (void)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "format", FILE_FORMAT);
  json_object_set_int_member (object, "version", 1);
  json_object_set_object_member (object, "workspaces", json_object_new ());
  return object;
}

/* The whole file's root object; a new one when there is no file. */
static JsonObject *
load_root (const char  *file,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_file (parser, file, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return new_root ();
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: the list of recent exports cannot be read (%s)"), file,
                   local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (root),
                                                                "format", NULL),
                    FILE_FORMAT) != 0
      || !json_object_has_member (json_node_get_object (root), "workspaces")
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (root),
                                                          "workspaces")))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: not a list of recent exports"), file);
      return NULL;
    }
  return json_object_ref (json_node_get_object (root));
}

/**
 * insp_recent_exports_load:
 * @file: the list's file
 * @workspace_path: the workspace whose exports to list
 * @error: the file is damaged or cannot be read
 *
 * Returns: (transfer container) (element-type InspRecentExport): newest first; empty when
 *   there is no file yet
 */
GPtrArray *
insp_recent_exports_load (const char  *file,
                          const char  *workspace_path,
                          GError     **error)
{
  g_autoptr(JsonObject) root = load_root (file, error);
  GPtrArray *entries;
  JsonObject *workspaces;
  JsonNode *list;

  if (root == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_recent_export_free);
  workspaces = json_object_get_object_member (root, "workspaces");
  list = json_object_get_member (workspaces, workspace_path);
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    return entries;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (list), i);
      JsonObject *object;
      InspRecentExport *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      entry = insp_recent_export_new ();
      entry->template_id = dup_member (object, "template");
      entry->format = dup_member (object, "format");
      entry->language = dup_member (object, "language");
      entry->application = dup_member (object, "application");
      entry->vision_version = dup_member (object, "vision_version");
      entry->since = dup_member (object, "since");
      entry->path = dup_member (object, "path");
      entry->date = dup_member (object, "date");
      if (entry->template_id == NULL || entry->format == NULL || entry->path == NULL)
        {
          insp_recent_export_free (entry);
          continue;
        }
      g_ptr_array_add (entries, entry);
    }
  return entries;
}

static void
set_nullable (JsonObject *object,
              const char *name,
              const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
  else
    json_object_set_null_member (object, name);
}

static JsonNode *
entry_to_node (const InspRecentExport *entry)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (object, "template", entry->template_id);
  json_object_set_string_member (object, "format", entry->format);
  set_nullable (object, "language", entry->language);
  set_nullable (object, "application", entry->application);
  set_nullable (object, "vision_version", entry->vision_version);
  set_nullable (object, "since", entry->since);
  json_object_set_string_member (object, "path", entry->path);
  set_nullable (object, "date", entry->date);
  json_node_take_object (node, object);
  return node;
}

static gboolean
write_root (GOutputStream  *out,
            gpointer        data,
            GError        **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (root, data);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  return json_generator_to_stream (generator, out, NULL, error);
}

/**
 * insp_recent_exports_add:
 * @file: the list's file
 * @workspace_path: the workspace the export was made from
 * @entry: the export
 * @error: why the list could not be written
 *
 * Puts @entry first in the workspace's list; an earlier export to the same file goes, and
 * the list keeps INSP_RECENT_EXPORTS_MAX entries. A damaged list is started afresh.
 *
 * Returns: whether the list was written
 */
gboolean
insp_recent_exports_add (const char              *file,
                         const char              *workspace_path,
                         const InspRecentExport  *entry,
                         GError                 **error)
{
  g_autoptr(JsonObject) root = load_root (file, NULL);
  g_autoptr(GPtrArray) entries = NULL;
  JsonArray *list = json_array_new ();
  JsonObject *workspaces;

  g_return_val_if_fail (entry->template_id != NULL && entry->format != NULL
                        && entry->path != NULL, FALSE);

  if (root == NULL)
    root = new_root ();   /* damaged: start afresh */
  else
    entries = insp_recent_exports_load (file, workspace_path, NULL);

  json_array_add_element (list, entry_to_node (entry));
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const InspRecentExport *old = g_ptr_array_index (entries, i);

      if (json_array_get_length (list) >= INSP_RECENT_EXPORTS_MAX)
        break;
      if (g_strcmp0 (old->path, entry->path) != 0)
        json_array_add_element (list, entry_to_node (old));
    }

  workspaces = json_object_get_object_member (root, "workspaces");
  json_object_set_array_member (workspaces, workspace_path, list);
  return _insp_write_private_file (file, write_root, root, error);
}
