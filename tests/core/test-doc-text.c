/* test-doc-text.c — the HTML, Markdown and CSV writers, read back
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HTML is parsed again by python3's html.parser, Markdown by cmark, CSV by python3's csv
 * module; the tests compare what comes back with the document that was written.
 * INSPRAAK_TEXT_SAMPLES=DIR keeps the outputs (and the benchmark's source text) in DIR.
 */

#include "config.h"

#include <cmark.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "insp-doc-writer-private.h"
#include "insp-document.h"
#include "insp-error.h"

/* User text that must come out literally in every format. */
static const char * const hostile[] = {
  "<b>&\"x\"</b>",
  "]]>",
  "a back\\slash, and one at the end\\",
  "*not emphasis* and 2 * 3 * 4",
  "_not emphasis_ and snake_case_name",
  "# not a heading",
  "a\u200Db with a zero-width joiner",
  "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD (Hebrew)",
  "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
  "1. not a list",
  "12) not a list either",
  "- not a list",
  "+ not a list",
  "> not a quote",
  "[not a link](https://example.org) and ![no image](x.png)",
  "`not code` and ``two``",
  "a | b | c",
  "&amp; &copy; &#42; R&D",
  "    four spaces are not code",
  "---",
  "===",
  "<!-- not a comment -->",
  "~~not struck~~",
  "<https://example.org> is not an autolink",
  "Tom's \"quotes\" & <tags>",
};

static const char code_text[] = "if (a < b && c > d)\n  ```fence``` inside\n\n<b>bold</b>";

static void
add_hostile_paragraphs (InspDocBlock *parent)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    insp_doc_add_paragraph (parent, hostile[i]);
}

/* A document with every block type, built in code. */
static InspDocument *
build_document (void)
{
  InspDocument *doc = insp_document_new ();
  InspDocMeta *meta = insp_document_get_meta (doc);
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *block, *list, *item, *table, *row, *note, *quote;

  g_free (meta->title);
  meta->title = g_strdup ("Vision <b>&\"x\"</b>");
  meta->subtitle = g_strdup ("Scheduling assistant");
  meta->organisation = g_strdup ("Acme & Sons");
  meta->version = g_strdup ("Version 3 (2026-10-02)");
  meta->status = g_strdup ("Draft \u2014 for consultation");
  meta->date = g_strdup ("28 November 2026");
  g_free (meta->language);
  meta->language = g_strdup ("nl");
  meta->title_page = TRUE;

  insp_doc_add_toc (body);
  insp_doc_add_heading (body, 1, "Aims");
  block = insp_doc_add_paragraph (body, "We ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS, "involve");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, " ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_STRONG, "everyone");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, " in ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_CODE, "pilot`s");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ", see ");
  insp_doc_block_add_link (block, "the paper", "https://example.org/p?a=1&b=(2)");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, " or ");
  insp_doc_block_add_link (block, "this trap", "javascript:alert(1)");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, ".");
  insp_doc_block_add_line_break (block);
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, "Owner: ");
  insp_doc_block_add_blank (block, "the owner");

  insp_doc_add_heading (body, 2, "Hostile <b>&\"x\"</b> # text *");
  add_hostile_paragraphs (body);

  insp_doc_add_heading (body, 2, "Lists");
  list = insp_doc_add_list (body, FALSE);
  item = insp_doc_list_add_item (list, "outer one");
  block = insp_doc_add_list (item, TRUE);
  insp_doc_list_add_item (block, "inner one");
  insp_doc_list_add_item (block, "inner two");
  insp_doc_list_add_item (list, "- outer two");
  list = insp_doc_add_list (body, TRUE);
  list->number = 3;
  insp_doc_list_add_item (list, "third");
  insp_doc_list_add_item (list, "1. fourth");
  block = insp_doc_add_checklist (body);
  insp_doc_checklist_add_item (block, TRUE, "Employees asked for it");
  insp_doc_checklist_add_item (block, FALSE, "Works council informed *");

  insp_doc_add_heading (body, 3, "Figures");
  table = insp_doc_add_table (body, 3, 1);
  insp_doc_table_add_row (table, "Name", "Level, risk", "Say \"why\"", NULL);
  insp_doc_table_add_row (table, "=SUM(A1:A2)", "a | b", "line one\nline two", NULL);
  row = insp_doc_table_add_row (table, "-3", "@home", NULL);
  insp_doc_block_add_blank (g_ptr_array_index (row->children, 2), "a reason");

  insp_doc_add_heading (body, 4, "Forms and asides");
  insp_doc_add_field (body, "Signature of the chair", 2);
  note = insp_doc_add_note (body, "Why this matters: <script>alert(1)</script>");
  insp_doc_add_paragraph (note, "A second note paragraph");
  quote = insp_doc_add_quote (body);
  insp_doc_add_paragraph (quote, "Quoted # words");
  insp_doc_add_code (body, code_text);
  insp_doc_add_rule (body);
  insp_doc_add_page_break (body);
  insp_doc_add_paragraph (body, "After the break");

  return doc;
}

static void
keep_sample (const char *name,
             const char *data,
             gsize       len)
{
  const char *dir = g_getenv ("INSPRAAK_TEXT_SAMPLES");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, data, len, NULL));
}

static GBytes *
write_to_bytes (InspDocument  *doc,
                InspDocFormat  format)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (insp_document_write (doc, format, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
write_to_string (InspDocument  *doc,
                 InspDocFormat  format)
{
  g_autoptr(GBytes) bytes = write_to_bytes (doc, format);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  g_assert_true (g_utf8_validate (data, len, NULL));
  return g_strndup (data, len);
}

/* Runs a python3 script on @text (in a file) and parses what it prints as JSON. */
static JsonNode *
run_python (const char *script,
            const char *text,
            gssize      len)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  int status;

  if (python == NULL)
    return NULL;
  dir = g_dir_make_tmp ("insp-doc-text-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "input", NULL);
  g_assert_true (g_file_set_contents (path, text, len, NULL));
  {
    const char *argv[] = { python, "-c", script, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3 failed: %s", err);
  g_unlink (path);
  g_rmdir (dir);

  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* ---- HTML ---- */

/* Prints {"errors": [...], "tags": [[tag, {attrs}]...], "blocks": [[tag, {attrs}, text]...]}:
 * every start tag, and the text of every element in BLOCKS; errors are end tags that do not
 * close the element open. */
static const char html_script[] =
  "import sys, json\n"
  "from html.parser import HTMLParser\n"
  "VOID = {'area','base','br','col','embed','hr','img','input','link','meta','source',"
  "'track','wbr'}\n"
  "BLOCKS = {'title','h1','h2','h3','h4','p','li','th','td','a','mark','pre','footer',"
  "'code','em','strong','blockquote','aside'}\n"
  "class P(HTMLParser):\n"
  "  def __init__(s):\n"
  "    super().__init__(convert_charrefs=True)\n"
  "    s.tags, s.blocks, s.errors, s.stack, s.open = [], [], [], [], []\n"
  "  def handle_starttag(s, tag, attrs):\n"
  "    a = dict((k, v if v is not None else '') for k, v in attrs)\n"
  "    s.tags.append([tag, a])\n"
  "    if tag in VOID: return\n"
  "    s.stack.append(tag)\n"
  "    if tag in BLOCKS: s.open.append([tag, a, ''])\n"
  "  def handle_startendtag(s, tag, attrs):\n"
  "    s.errors.append('self-closing ' + tag)\n"
  "  def handle_endtag(s, tag):\n"
  "    if tag in VOID: return\n"
  "    if not s.stack or s.stack[-1] != tag:\n"
  "      s.errors.append('unexpected </%s> with %s open' % (tag, s.stack[-1:]))\n"
  "      return\n"
  "    s.stack.pop()\n"
  "    if tag in BLOCKS: s.blocks.append(s.open.pop())\n"
  "  def handle_data(s, d):\n"
  "    for b in s.open: b[2] += d\n"
  "  def handle_comment(s, d): s.errors.append('comment ' + d)\n"
  "text = open(sys.argv[1], encoding='utf-8').read()\n"
  "if not text.startswith('<!DOCTYPE html>'): raise SystemExit('no doctype')\n"
  "p = P(); p.feed(text); p.close()\n"
  "if p.stack: p.errors.append('unclosed %s' % p.stack)\n"
  "print(json.dumps({'errors': p.errors, 'tags': p.tags, 'blocks': p.blocks}))\n";

static const char *
attr (JsonArray  *element,
      const char *name)
{
  JsonObject *attrs = json_array_get_object_element (element, 1);

  return json_object_has_member (attrs, name)
         ? json_object_get_string_member (attrs, name) : NULL;
}

static guint
count_tags (JsonArray  *tags,
            const char *tag,
            const char *attr_name,
            const char *attr_value)
{
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (tags); i++)
    {
      JsonArray *element = json_array_get_array_element (tags, i);

      if (g_strcmp0 (json_array_get_string_element (element, 0), tag) != 0)
        continue;
      if (attr_name != NULL && g_strcmp0 (attr (element, attr_name), attr_value) != 0)
        continue;
      n++;
    }
  return n;
}

/* The element with this tag (and attribute, if given) and exactly this text, or NULL. */
static JsonArray *
find_block (JsonArray  *blocks,
            const char *tag,
            const char *attr_name,
            const char *attr_value,
            const char *text)
{
  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      JsonArray *element = json_array_get_array_element (blocks, i);

      if (g_strcmp0 (json_array_get_string_element (element, 0), tag) != 0)
        continue;
      if (attr_name != NULL && g_strcmp0 (attr (element, attr_name), attr_value) != 0)
        continue;
      if (text != NULL && g_strcmp0 (json_array_get_string_element (element, 2), text) != 0)
        continue;
      return element;
    }
  return NULL;
}

static void
assert_block (JsonArray  *blocks,
              const char *tag,
              const char *attr_name,
              const char *attr_value,
              const char *text)
{
  if (find_block (blocks, tag, attr_name, attr_value, text) == NULL)
    g_error ("no <%s %s=\"%s\"> with the text «%s»", tag, attr_name, attr_value, text);
}

static void
test_html (void)
{
  g_autoptr(InspDocument) doc = build_document ();
  g_autofree char *html = write_to_string (doc, INSP_DOC_FORMAT_HTML);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) headings = insp_document_list_headings (doc, 4);
  g_autofree char *blank = insp_doc_dup_blank_text ("the owner");
  JsonObject *result;
  JsonArray *tags, *blocks, *errors;

  keep_sample ("sample.html", html, strlen (html));
  root = run_python (html_script, html, -1);
  if (root == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }
  result = json_node_get_object (root);
  tags = json_object_get_array_member (result, "tags");
  blocks = json_object_get_array_member (result, "blocks");
  errors = json_object_get_array_member (result, "errors");
  for (guint i = 0; i < json_array_get_length (errors); i++)
    g_test_message ("HTML error: %s", json_array_get_string_element (errors, i));
  g_assert_cmpuint (json_array_get_length (errors), ==, 0);

  /* The head: language, encoding, title, author; nothing from outside, no scripts. */
  g_assert_cmpuint (count_tags (tags, "html", "lang", "nl"), ==, 1);
  g_assert_cmpuint (count_tags (tags, "meta", "charset", "utf-8"), ==, 1);
  g_assert_cmpuint (count_tags (tags, "meta", "name", "generator"), ==, 1);
  g_assert_cmpuint (count_tags (tags, "meta", "content", "Acme & Sons"), ==, 1);
  assert_block (blocks, "title", NULL, NULL, "Vision <b>&\"x\"</b>");
  g_assert_cmpuint (count_tags (tags, "script", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_tags (tags, "link", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_tags (tags, "img", NULL, NULL), ==, 0);
  g_assert_null (strstr (html, "url("));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, "display:table-header-group"));

  /* The title block and the landmarks. */
  g_assert_cmpuint (count_tags (tags, "header", "class", "title-block"), ==, 1);
  assert_block (blocks, "h1", "class", "title", "Vision <b>&\"x\"</b>");
  assert_block (blocks, "p", "class", "status", "Draft \u2014 for consultation");
  assert_block (blocks, "p", "class", "organisation", "Acme & Sons");
  g_assert_cmpuint (count_tags (tags, "nav", NULL, NULL), ==, 1);
  g_assert_cmpuint (count_tags (tags, "main", NULL, NULL), ==, 1);
  assert_block (blocks, "footer", NULL, NULL,
                "Acme & Sons · Vision <b>&\"x\"</b> · Version 3 (2026-10-02) · "
                "Draft \u2014 for consultation · 28 November 2026");

  /* Every heading with its id, and a link to it in the table of contents. */
  g_assert_cmpuint (headings->len, ==, 5);
  for (guint i = 0; i < headings->len; i++)
    {
      InspDocBlock *heading = g_ptr_array_index (headings, i);
      g_autofree char *tag = g_strdup_printf ("h%u", heading->level);
      g_autofree char *text = insp_doc_block_dup_plain (heading);
      g_autofree char *href = g_strconcat ("#", heading->id, NULL);

      assert_block (blocks, tag, "id", heading->id, text);
      assert_block (blocks, "a", "href", href, text);
    }

  /* Inline markup, links: safe ones clickable, others as text. */
  assert_block (blocks, "em", NULL, NULL, "involve");
  assert_block (blocks, "strong", NULL, NULL, "everyone");
  assert_block (blocks, "code", NULL, NULL, "pilot`s");
  assert_block (blocks, "a", "href", "https://example.org/p?a=1&b=(2)", "the paper");
  g_assert_null (strstr (html, "javascript:"));
  g_assert_nonnull (strstr (html, " or this trap."));
  assert_block (blocks, "mark", "class", "blank", blank);
  /* The line break run, and the line feed in a cell's text. */
  g_assert_cmpuint (count_tags (tags, "br", NULL, NULL), ==, 2);
  g_assert_nonnull (strstr (html, "<td dir=\"auto\">line one<br>line two</td>"));

  /* Hostile text comes back literally, each in a paragraph that reads its own direction. */
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    assert_block (blocks, "p", "dir", "auto", hostile[i]);

  /* Lists, checklists. */
  g_assert_cmpuint (count_tags (tags, "ol", "start", "3"), ==, 1);
  g_assert_nonnull (strstr (html, "<ul>\n<li><p dir=\"auto\">outer one</p>\n<ol>\n"
                                  "<li><p dir=\"auto\">inner one</p>\n</li>"));
  g_assert_cmpuint (count_tags (tags, "ul", "class", "checklist"), ==, 1);
  g_assert_cmpuint (count_tags (tags, "span", "role", "img"), ==, 2);
  g_assert_cmpuint (count_tags (tags, "span", "aria-label", "Checked"), ==, 1);
  g_assert_cmpuint (count_tags (tags, "span", "aria-label", "Not checked"), ==, 1);
  assert_block (blocks, "li", "dir", "auto", "\u2611 Employees asked for it");
  assert_block (blocks, "li", "dir", "auto", "\u2610 Works council informed *");

  /* The table: a head with column headers, the body after it. */
  g_assert_cmpuint (count_tags (tags, "thead", NULL, NULL), ==, 1);
  g_assert_cmpuint (count_tags (tags, "tbody", NULL, NULL), ==, 1);
  g_assert_cmpuint (count_tags (tags, "th", "scope", "col"), ==, 3);
  assert_block (blocks, "th", NULL, NULL, "Say \"why\"");
  assert_block (blocks, "td", NULL, NULL, "=SUM(A1:A2)");
  g_assert_cmpuint (count_tags (tags, "td", NULL, NULL), ==, 6);

  /* The other blocks. */
  g_assert_cmpuint (count_tags (tags, "div", "class", "field"), ==, 1);
  g_assert_cmpuint (count_tags (tags, "div", "class", "line"), ==, 2);
  assert_block (blocks, "aside", "class", "note",
                "\nWhy this matters: <script>alert(1)</script>\nA second note paragraph\n");
  assert_block (blocks, "blockquote", NULL, NULL, "\nQuoted # words\n");
  assert_block (blocks, "pre", NULL, NULL, code_text);
  g_assert_cmpuint (count_tags (tags, "hr", NULL, NULL), ==, 1);
  g_assert_cmpuint (count_tags (tags, "div", "class", "page-break"), ==, 1);
}

static void
test_html_minimal (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  g_autofree char *html = NULL;

  insp_doc_add_paragraph (insp_document_get_body (doc), "Only text");
  html = write_to_string (doc, INSP_DOC_FORMAT_HTML);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_null (strstr (html, "<header"));
  g_assert_null (strstr (html, "<footer"));
  g_assert_null (strstr (html, "name=\"author\""));
  g_assert_nonnull (strstr (html, "<main>\n<p dir=\"auto\">Only text</p>\n</main>"));
}

/* ---- Markdown ---- */

static void
append_plain_inlines (GString    *out,
                      cmark_node *node)
{
  for (cmark_node *child = cmark_node_first_child (node);
       child != NULL;
       child = cmark_node_next (child))
    switch (cmark_node_get_type (child))
      {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        g_string_append (out, cmark_node_get_literal (child));
        break;

      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        g_string_append_c (out, '\n');
        break;

      case CMARK_NODE_HTML_INLINE:
        g_string_append_printf (out, "{raw HTML %s}", cmark_node_get_literal (child));
        break;

      default:
        append_plain_inlines (out, child);
        break;
      }
}

static char *
dup_plain (cmark_node *node)
{
  GString *out = g_string_new (NULL);

  append_plain_inlines (out, node);
  return g_string_free (out, FALSE);
}

/* The plain text of every node of @type, in document order. */
static GPtrArray *
collect (cmark_node      *root,
         cmark_node_type  type)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  cmark_iter *iter = cmark_iter_new (root);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (event == CMARK_EVENT_ENTER && cmark_node_get_type (node) == type)
        {
          if (type == CMARK_NODE_HEADING)
            {
              g_autofree char *text = dup_plain (node);

              g_ptr_array_add (texts, g_strdup_printf ("%d %s",
                                                       cmark_node_get_heading_level (node),
                                                       text));
            }
          else if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK
                   || type == CMARK_NODE_CODE
                   || type == CMARK_NODE_HTML_INLINE)
            g_ptr_array_add (texts, g_strdup (cmark_node_get_literal (node)));
          else if (type == CMARK_NODE_LINK)
            g_ptr_array_add (texts, g_strdup (cmark_node_get_url (node)));
          else
            g_ptr_array_add (texts, dup_plain (node));
        }
    }
  cmark_iter_free (iter);
  return texts;
}

static gboolean
contains (GPtrArray  *texts,
          const char *text)
{
  return g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL);
}

static void
assert_contains (GPtrArray  *texts,
                 const char *text)
{
  if (!contains (texts, text))
    {
      g_autofree char *escaped = g_strescape (text, NULL);

      for (guint i = 0; i < texts->len; i++)
        {
          g_autofree char *have = g_strescape (g_ptr_array_index (texts, i), NULL);

          g_test_message ("have \"%s\"", have);
        }
      g_error ("\"%s\" did not come back", escaped);
    }
}

static cmark_node *
parse_markdown (const char *markdown)
{
  return cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
}

static void
test_markdown (void)
{
  g_autoptr(InspDocument) doc = build_document ();
  g_autofree char *md = write_to_string (doc, INSP_DOC_FORMAT_MD);
  g_autoptr(GPtrArray) headings = insp_document_list_headings (doc, 4);
  g_autoptr(GPtrArray) parsed_headings = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) code = NULL;
  g_autoptr(GPtrArray) html_blocks = NULL;
  g_autoptr(GPtrArray) emphasis = NULL;
  g_autofree char *blank = insp_doc_dup_blank_text ("the owner");
  g_autofree char *first = NULL;
  cmark_node *root, *node, *item;
  guint n_lists = 0;

  keep_sample ("sample.md", md, strlen (md));
  root = parse_markdown (md);

  /* Headings: the title, the table of contents' title is no heading, then the document's. */
  parsed_headings = collect (root, CMARK_NODE_HEADING);
  g_assert_cmpuint (parsed_headings->len, ==, headings->len + 1);
  g_assert_cmpstr (g_ptr_array_index (parsed_headings, 0), ==, "1 Vision <b>&\"x\"</b>");
  for (guint i = 0; i < headings->len; i++)
    {
      InspDocBlock *heading = g_ptr_array_index (headings, i);
      g_autofree char *text = insp_doc_block_dup_plain (heading);
      g_autofree char *expected = g_strdup_printf ("%u %s", heading->level, text);

      g_assert_cmpstr (g_ptr_array_index (parsed_headings, i + 1), ==, expected);
    }

  /* Every hostile string is a paragraph of its own, literally. */
  paragraphs = collect (root, CMARK_NODE_PARAGRAPH);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    assert_contains (paragraphs, hostile[i]);
  first = g_strconcat ("We involve everyone in pilot`s, see the paper or this trap.\nOwner: ",
                       blank, NULL);
  assert_contains (paragraphs, first);
  assert_contains (paragraphs, "Acme & Sons\nVersion 3 (2026-10-02)\n"
                   "Draft \u2014 for consultation\n28 November 2026");
  assert_contains (paragraphs, "Why this matters: <script>alert(1)</script>");
  assert_contains (paragraphs, "Quoted # words");
  assert_contains (paragraphs, "[x] Employees asked for it");
  assert_contains (paragraphs, "[ ] Works council informed *");
  assert_contains (paragraphs, "Signature of the chair");
  assert_contains (paragraphs, "- outer two");
  assert_contains (paragraphs, "1. fourth");
  assert_contains (paragraphs, "After the break");

  /* No raw HTML inside text; the only HTML blocks are ours. */
  raw = collect (root, CMARK_NODE_HTML_INLINE);
  g_assert_cmpuint (raw->len, ==, 0);
  html_blocks = collect (root, CMARK_NODE_HTML_BLOCK);
  for (guint i = 0; i < html_blocks->len; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (html_blocks, i), "<!-- "));
  assert_contains (html_blocks, "<!-- pagebreak -->\n");

  /* Inline markup and links: the safe one only. */
  links = collect (root, CMARK_NODE_LINK);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (links, 0), ==, "https://example.org/p?a=1&b=(2)");
  emphasis = collect (root, CMARK_NODE_EMPH);
  g_assert_cmpuint (emphasis->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (emphasis, 0), ==, "involve");
  g_clear_pointer (&emphasis, g_ptr_array_unref);
  emphasis = collect (root, CMARK_NODE_STRONG);
  assert_contains (emphasis, "everyone");
  assert_contains (emphasis, blank);
  assert_contains (emphasis, "Scheduling assistant");

  code = collect (root, CMARK_NODE_CODE_BLOCK);
  g_assert_cmpuint (code->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (code, 0), code_text));

  /* List nesting and numbers: the table of contents, the nested list, the ordered one. */
  for (node = cmark_node_first_child (root); node != NULL; node = cmark_node_next (node))
    {
      g_autofree char *first_text = NULL;

      if (cmark_node_get_type (node) != CMARK_NODE_LIST)
        continue;
      n_lists++;
      item = cmark_node_first_child (node);
      first_text = dup_plain (cmark_node_first_child (item));
      if (cmark_node_get_list_type (node) == CMARK_ORDERED_LIST)
        {
          g_assert_cmpint (cmark_node_get_list_start (node), ==, 3);
          g_assert_cmpint (cmark_node_get_list_tight (node), ==, TRUE);
        }
      else if (strcmp (first_text, "outer one") == 0)
        {
          cmark_node *inner = cmark_node_next (cmark_node_first_child (item));

          g_assert_nonnull (inner);
          g_assert_cmpint (cmark_node_get_type (inner), ==, CMARK_NODE_LIST);
          g_assert_cmpint (cmark_node_get_list_type (inner), ==, CMARK_ORDERED_LIST);
          g_assert_cmpint (cmark_node_get_list_tight (node), ==, TRUE);
        }
    }
  /* Contents, the nested list, the ordered list, the checklist. */
  g_assert_cmpuint (n_lists, ==, 4);
  g_assert_nonnull (strstr (md, "**Contents**\n\n- Aims\n  - Hostile"));
  g_assert_nonnull (strstr (md, "| Name | Level, risk | Say \"why\" |\n| --- | --- | --- |\n"
                                "| =SUM(A1:A2) | a \\| b | line one line two |"));
  g_assert_nonnull (strstr (md, "Signature of the chair\n\n____"));

  cmark_node_free (root);
}

/* Each hostile string in every container and style: it comes back as it went in. */
static void
test_markdown_contexts (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *list = (insp_doc_add_toc (body), insp_doc_add_list (body, TRUE));
  InspDocBlock *quote = insp_doc_add_quote (body);
  InspDocBlock *checklist = insp_doc_add_checklist (body);
  g_autofree char *md = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GPtrArray) headings = NULL;
  g_autoptr(GPtrArray) emphasis = NULL;
  g_autoptr(GPtrArray) strong = NULL;
  g_autoptr(GPtrArray) code = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  cmark_node *root;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      InspDocBlock *item = insp_doc_list_add_item (list, hostile[i]);
      InspDocBlock *block;

      insp_doc_list_add_item (insp_doc_add_list (item, FALSE), hostile[i]);
      insp_doc_add_paragraph (quote, hostile[i]);
      insp_doc_checklist_add_item (checklist, i % 2, hostile[i]);
      insp_doc_add_heading (body, 2, hostile[i]);

      /* Styles around it, after a word, and a line break before it. */
      block = insp_doc_add_paragraph (body, "x ");
      insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS, hostile[i]);
      insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, " y ");
      insp_doc_block_add_text (block, INSP_DOC_STYLE_STRONG, hostile[i]);
      insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, " ");
      insp_doc_block_add_text (block, INSP_DOC_STYLE_CODE, hostile[i]);
      insp_doc_block_add_line_break (block);
      insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, hostile[i]);
    }
  md = write_to_string (doc, INSP_DOC_FORMAT_MD);
  keep_sample ("contexts.md", md, strlen (md));
  root = parse_markdown (md);
  paragraphs = collect (root, CMARK_NODE_PARAGRAPH);
  headings = collect (root, CMARK_NODE_HEADING);
  emphasis = collect (root, CMARK_NODE_EMPH);
  strong = collect (root, CMARK_NODE_STRONG);
  code = collect (root, CMARK_NODE_CODE);
  raw = collect (root, CMARK_NODE_HTML_INLINE);
  g_assert_cmpuint (raw->len, ==, 0);
  g_assert_cmpuint (headings->len, ==, G_N_ELEMENTS (hostile));

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *heading = g_strdup_printf ("2 %s", hostile[i]);
      g_autofree char *box = g_strdup_printf ("%s %s", i % 2 ? "[x]" : "[ ]", hostile[i]);
      g_autofree char *styled = g_strdup_printf ("x %s y %s %s\n%s", hostile[i], hostile[i],
                                                 hostile[i], hostile[i]);
      g_autofree char *stripped = g_strstrip (g_strdup (hostile[i]));
      guint n = 0;

      for (guint j = 0; j < paragraphs->len; j++)
        if (g_str_equal (g_ptr_array_index (paragraphs, j), hostile[i]))
          n++;
      /* The table of contents, the list item, the nested item, the quote. */
      g_assert_cmpuint (n, ==, 4);
      assert_contains (headings, heading);
      assert_contains (paragraphs, box);
      assert_contains (paragraphs, styled);
      /* Delimiters must touch their text: spaces at the edges move outside them. */
      assert_contains (emphasis, stripped);
      assert_contains (strong, stripped);
      assert_contains (code, hostile[i]);
    }
  cmark_node_free (root);
}

/* Styles next to each other and inside words keep their delimiters apart. */
static void
test_markdown_styles (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  InspDocBlock *body = insp_document_get_body (doc);
  InspDocBlock *block = insp_doc_add_paragraph (body, "un");
  g_autofree char *md = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GPtrArray) emphasis = NULL;
  g_autoptr(GPtrArray) strong = NULL;
  cmark_node *root;

  insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS, "frigging");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, "believable ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS, "one");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_STRONG, "two");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS | INSP_DOC_STYLE_STRONG, "three");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, " ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_STRONG, " spaced ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_EMPHASIS, "   ");
  insp_doc_block_add_text (block, INSP_DOC_STYLE_NONE, "end");

  md = write_to_string (doc, INSP_DOC_FORMAT_MD);
  g_assert_cmpstr (md, ==, "un*frigging*believable *one***two*****three***  **spaced**    end\n");
  root = parse_markdown (md);
  paragraphs = collect (root, CMARK_NODE_PARAGRAPH);
  emphasis = collect (root, CMARK_NODE_EMPH);
  strong = collect (root, CMARK_NODE_STRONG);
  assert_contains (paragraphs, "unfriggingbelievable onetwothree  spaced    end");
  assert_contains (emphasis, "frigging");
  assert_contains (emphasis, "one");
  assert_contains (strong, "two");
  assert_contains (strong, "spaced");
  assert_contains (emphasis, "three");
  cmark_node_free (root);
}

/* Without headings there is no table of contents to show. */
static void
test_empty_toc (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  g_autofree char *html = NULL;
  g_autofree char *md = NULL;

  insp_doc_add_toc (insp_document_get_body (doc));
  insp_doc_add_paragraph (insp_document_get_body (doc), "Text");
  html = write_to_string (doc, INSP_DOC_FORMAT_HTML);
  md = write_to_string (doc, INSP_DOC_FORMAT_MD);
  g_assert_null (strstr (html, "<nav"));
  g_assert_cmpstr (md, ==, "Text\n");
}

/* ---- CSV ---- */

static const char csv_script[] =
  "import sys, csv, json\n"
  "data = open(sys.argv[1], 'rb').read()\n"
  "if data.startswith(b'\\xef\\xbb\\xbf'): raise SystemExit('BOM')\n"
  "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline=''), strict=True))\n"
  "print(json.dumps(rows))\n";

static void
test_csv (void)
{
  g_autoptr(InspDocument) doc = build_document ();
  g_autoptr(GBytes) bytes = write_to_bytes (doc, INSP_DOC_FORMAT_CSV);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *blank = insp_doc_dup_blank_text ("a reason");
  g_autofree char *expected = g_strconcat ("Name,\"Level, risk\",\"Say \"\"why\"\"\"\r\n"
                                           "=SUM(A1:A2),a | b,\"line one\nline two\"\r\n"
                                           "-3,@home,", blank, "\r\n", NULL);
  g_autoptr(JsonNode) root = NULL;
  InspDocBlock *table = NULL;
  JsonArray *rows;

  keep_sample ("sample.csv", data, len);
  g_assert_cmpmem (data, len, expected, strlen (expected));

  root = run_python (csv_script, data, len);
  if (root == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }
  rows = json_node_get_array (root);
  for (guint i = 0; table == NULL; i++)
    {
      InspDocBlock *block = g_ptr_array_index (insp_document_get_body (doc)->children, i);

      if (block->type == INSP_DOC_TABLE)
        table = block;
    }
  g_assert_cmpuint (json_array_get_length (rows), ==, 3);
  for (guint r = 0; r < 3; r++)
    {
      JsonArray *row = json_array_get_array_element (rows, r);
      InspDocBlock *doc_row = g_ptr_array_index (table->children, r);

      g_assert_cmpuint (json_array_get_length (row), ==, 3);
      for (guint c = 0; c < 3; c++)
        {
          g_autofree char *text = insp_doc_block_dup_plain (g_ptr_array_index (doc_row->children,
                                                                               c));

          g_assert_cmpstr (json_array_get_string_element (row, c), ==, text);
        }
    }
}

static void
test_csv_no_table (void)
{
  g_autoptr(InspDocument) doc = insp_document_new ();
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  insp_doc_add_paragraph (insp_document_get_body (doc), "No table here");
  g_assert_false (insp_document_write (doc, INSP_DOC_FORMAT_CSV, out, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_USAGE);
  g_assert_nonnull (strstr (error->message, "no table to write as CSV"));
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, 0);
  g_clear_error (&error);

  insp_document_get_meta (doc)->title = g_strdup ("Monitoring");
  g_assert_false (insp_document_write (doc, INSP_DOC_FORMAT_CSV, out, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_USAGE);
  g_assert_cmpstr (error->message, ==, "“Monitoring” has no table to write as CSV");
}

/* ---- all three ---- */

static void
test_failing_stream (void)
{
  g_autoptr(InspDocument) doc = build_document ();
  const InspDocFormat formats[] = {
    INSP_DOC_FORMAT_HTML, INSP_DOC_FORMAT_MD, INSP_DOC_FORMAT_CSV
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      static char buffer[16];
      g_autoptr(GOutputStream) out = g_memory_output_stream_new (buffer, sizeof buffer,
                                                                 NULL, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (insp_document_write (doc, formats[i], out, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == G_IO_ERROR);
    }
}

static void
test_export_file (void)
{
  g_autoptr(InspDocument) doc = build_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("insp-doc-text-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vision.md", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "vision.html", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (insp_document_export (doc, INSP_DOC_FORMAT_MD, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# Vision \\<b>&\"x\"\\</b>\n"));

  g_assert_false (insp_document_export (doc, INSP_DOC_FORMAT_HTML, missing, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

/* About 20,000 words of CommonMark, in the shape of a long vision. */
static char *
dup_large_markdown (void)
{
  GString *md = g_string_new (NULL);
  static const char * const words[] = {
    "the", "works", "council", "reviews", "each", "application", "before", "a", "pilot",
    "starts", "and", "employees", "are", "involved", "from", "day", "one", "in", "every",
    "decision", "about", "data", "schedules", "tasks", "safety", "&", "training",
  };
  guint n = 0, w = 0;

  for (guint section = 1; n < 20000; section++)
    {
      g_string_append_printf (md, "# Section %u: *aims* and values\n\n", section);
      for (guint sub = 1; sub <= 3 && n < 20000; sub++)
        {
          g_string_append_printf (md, "## Part %u.%u\n\n", section, sub);
          for (guint para = 0; para < 4; para++)
            {
              for (guint i = 0; i < 60; i++, n++)
                {
                  const char *word = words[w++ % G_N_ELEMENTS (words)];

                  if (i == 7)
                    g_string_append_printf (md, "*%s* ", word);
                  else if (i == 19)
                    g_string_append_printf (md, "**%s** ", word);
                  else if (i == 31)
                    g_string_append_printf (md, "[%s](https://example.org/%u) ", word, n);
                  else if (i == 43)
                    g_string_append_printf (md, "`%s` ", word);
                  else
                    g_string_append_printf (md, "%s%s", word, i % 12 == 11 ? ".\n" : " ");
                }
              g_string_append (md, "end.\n\n");
            }
          g_string_append (md, "- first point with some words in it\n"
                               "- second point\n  1. nested one\n  2. nested two\n"
                               "- third point with words\n\n"
                               "> A quotation from the paper, with *emphasis*.\n\n");
          n += 30;
        }
    }
  return g_string_free (md, FALSE);
}

static double
time_write (InspDocument  *doc,
            InspDocFormat  format,
            gsize         *size)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      gint64 start = g_get_monotonic_time ();

      g_assert_true (insp_document_write (doc, format, out, NULL));
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
      *size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
      if (i == 0 && g_getenv ("INSPRAAK_TEXT_SAMPLES") != NULL)
        keep_sample (format == INSP_DOC_FORMAT_HTML ? "large.html" : "large.md",
                     g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)), *size);
    }
  return best;
}

static void
test_speed (void)
{
  g_autofree char *markdown = dup_large_markdown ();
  g_autoptr(InspDocument) doc = insp_document_new ();
  gsize size;
  double seconds;
  gint64 start;

  keep_sample ("large-source.md", markdown, strlen (markdown));
  insp_document_get_meta (doc)->title = g_strdup ("Large vision");
  insp_document_get_meta (doc)->title_page = TRUE;
  insp_doc_add_toc (insp_document_get_body (doc));
  start = g_get_monotonic_time ();
  insp_doc_add_markdown (insp_document_get_body (doc), markdown, 0);
  g_test_message ("CommonMark to the document model: %.4f s",
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (insp_document_count_words (doc), >=, 20000);

  seconds = time_write (doc, INSP_DOC_FORMAT_HTML, &size);
  g_test_message ("HTML: %u words, %" G_GSIZE_FORMAT " bytes in %.4f s",
                  insp_document_count_words (doc), size, seconds);
  g_assert_cmpfloat (seconds, <, 1.0);
  seconds = time_write (doc, INSP_DOC_FORMAT_MD, &size);
  g_test_message ("Markdown: %" G_GSIZE_FORMAT " bytes in %.4f s", size, seconds);
  g_assert_cmpfloat (seconds, <, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "en", TRUE);

  g_test_add_func ("/doc-text/html", test_html);
  g_test_add_func ("/doc-text/html-minimal", test_html_minimal);
  g_test_add_func ("/doc-text/markdown", test_markdown);
  g_test_add_func ("/doc-text/markdown-contexts", test_markdown_contexts);
  g_test_add_func ("/doc-text/markdown-styles", test_markdown_styles);
  g_test_add_func ("/doc-text/empty-toc", test_empty_toc);
  g_test_add_func ("/doc-text/csv", test_csv);
  g_test_add_func ("/doc-text/csv-no-table", test_csv_no_table);
  g_test_add_func ("/doc-text/failing-stream", test_failing_stream);
  g_test_add_func ("/doc-text/export-file", test_export_file);
  g_test_add_func ("/doc-text/speed", test_speed);

  return g_test_run ();
}
