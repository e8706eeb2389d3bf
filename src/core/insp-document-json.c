/* insp-document-json.c — a document as JSON, to hand it from one process to another
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gettext has one language per process, so a document in another language than the app's is
 * built by `inspraak-cli preview` in a subprocess and handed back as JSON:
 *
 *   { "format": "inspraak-document", "meta": { "title": …, … },
 *     "body": [ { "type": "heading", "level": 1, "id": "h1", "runs": [ … ] }, … ] }
 *
 * A run is { "type": "text"|"blank"|"break", "style": N, "text": …, "link": … }.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "insp-document-private.h"
#include "insp-error.h"

#define FORMAT "inspraak-document"

static const char *const block_types[] = {
  [INSP_DOC_BODY] = "body", [INSP_DOC_HEADING] = "heading",
  [INSP_DOC_PARAGRAPH] = "paragraph", [INSP_DOC_LIST] = "list",
  [INSP_DOC_LIST_ITEM] = "item", [INSP_DOC_CHECKLIST] = "checklist",
  [INSP_DOC_CHECK_ITEM] = "check", [INSP_DOC_TABLE] = "table", [INSP_DOC_ROW] = "row",
  [INSP_DOC_CELL] = "cell", [INSP_DOC_FIELD] = "field", [INSP_DOC_NOTE] = "note",
  [INSP_DOC_QUOTE] = "quote", [INSP_DOC_CODE] = "code", [INSP_DOC_RULE] = "rule",
  [INSP_DOC_TOC] = "toc", [INSP_DOC_PAGE_BREAK] = "page-break",
};

static const char *const run_types[] = {
  [INSP_DOC_RUN_TEXT] = "text", [INSP_DOC_RUN_BLANK] = "blank",
  [INSP_DOC_RUN_LINE_BREAK] = "break",
};

static void
add_block (JsonBuilder        *builder,
           const InspDocBlock *block)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, block_types[block->type]);
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, block->level);
  json_builder_set_member_name (builder, "number");
  json_builder_add_int_value (builder, block->number);
  json_builder_set_member_name (builder, "columns");
  json_builder_add_int_value (builder, block->n_columns);
  json_builder_set_member_name (builder, "flag");
  json_builder_add_boolean_value (builder, block->flag);
  if (block->text != NULL)
    {
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, block->text);
    }
  if (block->runs != NULL)
    {
      json_builder_set_member_name (builder, "runs");
      json_builder_begin_array (builder);
      for (guint i = 0; i < block->runs->len; i++)
        {
          const InspDocRun *run = &g_array_index (block->runs, InspDocRun, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, run_types[run->type]);
          json_builder_set_member_name (builder, "style");
          json_builder_add_int_value (builder, run->style);
          if (run->text != NULL)
            {
              json_builder_set_member_name (builder, "text");
              json_builder_add_string_value (builder, run->text);
            }
          if (run->link != NULL)
            {
              json_builder_set_member_name (builder, "link");
              json_builder_add_string_value (builder, run->link);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  if (block->children != NULL)
    {
      json_builder_set_member_name (builder, "children");
      json_builder_begin_array (builder);
      for (guint i = 0; i < block->children->len; i++)
        add_block (builder, g_ptr_array_index (block->children, i));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

static void
add_meta (JsonBuilder *builder,
          const char  *name,
          const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/**
 * insp_document_to_json:
 *
 * Returns: (transfer full): @doc as JSON
 */
char *
insp_document_to_json (InspDocument *doc)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  InspDocMeta *meta = insp_document_get_meta (doc);
  InspDocBlock *body = insp_document_get_body (doc);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT);
  json_builder_set_member_name (builder, "meta");
  json_builder_begin_object (builder);
  add_meta (builder, "title", meta->title);
  add_meta (builder, "subtitle", meta->subtitle);
  add_meta (builder, "organisation", meta->organisation);
  add_meta (builder, "version", meta->version);
  add_meta (builder, "status", meta->status);
  add_meta (builder, "date", meta->date);
  add_meta (builder, "language", meta->language);
  json_builder_set_member_name (builder, "title_page");
  json_builder_add_boolean_value (builder, meta->title_page);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "body");
  json_builder_begin_array (builder);
  for (guint i = 0; i < body->children->len; i++)
    add_block (builder, g_ptr_array_index (body->children, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static int
lookup (const char *const *names,
        guint              n_names,
        const char        *name)
{
  for (guint i = 0; i < n_names; i++)
    if (names[i] != NULL && g_strcmp0 (names[i], name) == 0)
      return (int) i;
  return -1;
}

static guint
get_uint (JsonObject *object,
          const char *name)
{
  gint64 value = json_object_get_int_member_with_default (object, name, 0);

  return (guint) CLAMP (value, 0, G_MAXINT);
}

static char *
dup_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static gboolean
read_runs (InspDocBlock *block,
           JsonArray    *array)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      g_autofree char *text = NULL;
      g_autofree char *link = NULL;
      int type;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return FALSE;
      object = json_node_get_object (node);
      type = lookup (run_types, G_N_ELEMENTS (run_types),
                     json_object_get_string_member_with_default (object, "type", NULL));
      text = dup_string (object, "text");
      link = dup_string (object, "link");
      if (type < 0 || (type != INSP_DOC_RUN_LINE_BREAK && text == NULL))
        return FALSE;
      _insp_doc_block_add_run (block, type,
                               get_uint (object, "style") & (INSP_DOC_STYLE_EMPHASIS
                                                             | INSP_DOC_STYLE_STRONG
                                                             | INSP_DOC_STYLE_CODE),
                               text, link);
    }
  return TRUE;
}

/* Appends the blocks of @array to @parent; FALSE on anything that is not a document. */
static gboolean
read_blocks (InspDocBlock *parent,
             JsonArray    *array)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      JsonNode *runs, *children;
      InspDocBlock *block;
      int type;

      if (!JSON_NODE_HOLDS_OBJECT (node) || parent->children == NULL)
        return FALSE;
      object = json_node_get_object (node);
      type = lookup (block_types, G_N_ELEMENTS (block_types),
                     json_object_get_string_member_with_default (object, "type", NULL));
      if (type <= INSP_DOC_BODY)
        return FALSE;

      if (type == INSP_DOC_HEADING)
        block = insp_doc_add_heading (parent, get_uint (object, "level"), NULL);
      else
        block = _insp_doc_append (parent, type);
      if (type != INSP_DOC_HEADING)
        block->level = get_uint (object, "level");
      block->number = get_uint (object, "number");
      block->n_columns = get_uint (object, "columns");
      block->flag = json_object_get_boolean_member_with_default (object, "flag", FALSE);
      block->text = dup_string (object, "text");

      runs = json_object_get_member (object, "runs");
      if (runs != NULL && (!JSON_NODE_HOLDS_ARRAY (runs) || block->runs == NULL
                           || !read_runs (block, json_node_get_array (runs))))
        return FALSE;
      children = json_object_get_member (object, "children");
      if (children != NULL && (!JSON_NODE_HOLDS_ARRAY (children)
                               || !read_blocks (block, json_node_get_array (children))))
        return FALSE;
      /* A table's rows have one cell per column. */
      if (type == INSP_DOC_ROW && parent->type == INSP_DOC_TABLE
          && block->children->len != parent->n_columns)
        return FALSE;
    }
  return TRUE;
}

/**
 * insp_document_new_from_json:
 * @data: what insp_document_to_json () wrote
 * @error: %INSP_ERROR_INVALID_DATA when it is not a document
 *
 * Returns: (transfer full) (nullable): the document
 */
InspDocument *
insp_document_new_from_json (const char  *data,
                             gssize       length,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(InspDocument) doc = insp_document_new ();
  g_autoptr(GError) local_error = NULL;
  InspDocMeta *meta = insp_document_get_meta (doc);
  JsonObject *root, *object;
  JsonNode *node;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Not a document (%s)"), local_error->message);
      return NULL;
    }
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    goto invalid;
  root = json_node_get_object (node);
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), FORMAT) != 0)
    goto invalid;

  node = json_object_get_member (root, "meta");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    goto invalid;
  object = json_node_get_object (node);
  meta->title = dup_string (object, "title");
  meta->subtitle = dup_string (object, "subtitle");
  meta->organisation = dup_string (object, "organisation");
  meta->version = dup_string (object, "version");
  meta->status = dup_string (object, "status");
  meta->date = dup_string (object, "date");
  if (json_object_has_member (object, "language"))
    {
      g_free (meta->language);
      meta->language = dup_string (object, "language");
    }
  meta->title_page = json_object_get_boolean_member_with_default (object, "title_page", FALSE);

  node = json_object_get_member (root, "body");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node)
      || !read_blocks (insp_document_get_body (doc), json_node_get_array (node)))
    goto invalid;
  return g_steal_pointer (&doc);

invalid:
  g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA, "%s",
               _("Not a document of this version of Inspraak"));
  return NULL;
}
