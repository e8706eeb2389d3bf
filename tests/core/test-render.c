/* test-render.c — every template, in every format it has, in both languages, from the example
 * workspace and from an empty one, through `inspraak-cli render`, read back
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file is read back as text (PDF through pdftotext, ODT and DOCX from their XML, HTML
 * without its tags) and checked: the document's title and the organisation's name are there
 * (or the blank that stands for a missing name), a Dutch export holds no English sentence,
 * a per-application export is about the application asked for. The CLI's own errors for
 * render and templates are tested here too.
 */

#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sysexits.h>
#include <zip.h>

#include "insp-template.h"
#include "insp-test-util.h"

typedef struct
{
  char *dir;
  char *example_en;
  char *example_nl;
  char *empty;
  char *application;   /* the example's first application, as the CLI lists it */
} Workspaces;

static Workspaces spaces;

/* Runs the CLI with LANGUAGE=@lang; returns its exit status, its output in @out. */
static int
run_cli (const char  *lang,
         char       **out,
         char       **err,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("INSPRAAK_CLI"));
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", lang, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

/* Markup out: what is between the tags, entities resolved, white space as single spaces. */
static char *
strip_markup (const char *markup)
{
  GString *text = g_string_new (NULL);
  gboolean in_tag = FALSE;

  for (const char *p = markup; *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>' && in_tag)
        {
          in_tag = FALSE;
          g_string_append_c (text, ' ');
        }
      else if (!in_tag)
        g_string_append_c (text, *p);
    }
  g_string_replace (text, "&amp;", "&", 0);
  g_string_replace (text, "&lt;", "<", 0);
  g_string_replace (text, "&gt;", ">", 0);
  g_string_replace (text, "&quot;", "\"", 0);
  g_string_replace (text, "&apos;", "'", 0);
  g_string_replace (text, "&#39;", "'", 0);
  return g_string_free (text, FALSE);
}

static char *
read_zip_entry (const char *path,
                const char *name)
{
  zip_t *archive = zip_open (path, ZIP_RDONLY, NULL);
  zip_stat_t st;
  zip_file_t *file;
  char *data;

  g_assert_nonnull (archive);
  g_assert_cmpint (zip_stat (archive, name, 0, &st), ==, 0);
  data = g_malloc0 (st.size + 1);
  file = zip_fopen (archive, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  zip_close (archive);
  return data;
}

/* The text a reader reads in @path, in one line-free string. */
static char *
read_text (const char    *path,
           InspDocFormat  format)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  switch (format)
    {
    case INSP_DOC_FORMAT_PDF:
      {
        const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
        g_autoptr(GError) error = NULL;
        int status = 0;

        g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &raw, NULL,
                      &status, &error);
        g_assert_no_error (error);
        g_assert_true (g_spawn_check_wait_status (status, NULL));
        text = g_strdup (raw);
      }
      break;

    case INSP_DOC_FORMAT_ODT:
      raw = read_zip_entry (path, "content.xml");
      text = strip_markup (raw);
      break;

    case INSP_DOC_FORMAT_DOCX:
      raw = read_zip_entry (path, "word/document.xml");
      text = strip_markup (raw);
      break;

    case INSP_DOC_FORMAT_HTML:
      g_assert_true (g_file_get_contents (path, &raw, NULL, NULL));
      text = strip_markup (raw);
      break;

    case INSP_DOC_FORMAT_MD:
    case INSP_DOC_FORMAT_CSV:
    default:
      g_assert_true (g_file_get_contents (path, &raw, NULL, NULL));
      {
        /* Markdown escapes punctuation with a backslash: a reader does not see it. */
        g_autoptr(GRegex) escape = g_regex_new ("\\\\([[:punct:]])", 0, 0, NULL);

        text = g_regex_replace (escape, raw, -1, 0, "\\1", 0, NULL);
      }
      break;
    }

  /* One space for every run of white space, as a reader reads across lines. */
  return g_strjoinv (" ", g_regex_split_simple ("\\s+", text, 0, 0));
}

static char *
first_application (const char *workspace)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *applications;

  g_assert_cmpint (run_cli ("en", &out, &err, "--workspace", workspace, "export", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  applications = json_object_get_array_member (
                   json_node_get_object (json_parser_get_root (parser)), "applications");
  return g_strdup (json_object_get_string_member (json_array_get_object_element (applications,
                                                                                 0), "uuid"));
}

/* English words that a Dutch text does not hold. */
static const char *const english_words[] = {
  " the ", " and ", " with ", " are ", " this ", " which ", " should ", " your ", " you ",
  " completed",
};

typedef struct
{
  const InspTemplate *template;
  InspDocFormat       format;
  const char         *lang;
  gboolean            empty;
} Case;

static void
test_render (gconstpointer data)
{
  const Case *c = data;
  const char *workspace = c->empty ? spaces.empty
                          : g_str_equal (c->lang, "nl") ? spaces.example_nl : spaces.example_en;
  const char *format_id = insp_doc_format_get_id (c->format);
  g_autofree char *name = g_strdup_printf ("%s-%s-%s%s.%s", c->template->id, c->lang,
                                           c->empty ? "empty" : "example", "",
                                           insp_doc_format_get_extension (c->format));
  g_autofree char *output = g_build_filename (spaces.dir, name, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *preview = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *application = c->template->per_application && !c->empty
                                 ? first_application (workspace) : NULL;
  JsonObject *meta;
  const char *title, *organisation;
  int status;

  if (c->format == INSP_DOC_FORMAT_PDF && g_find_program_in_path ("pdftotext") == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  status = run_cli (c->lang, &out, &err, "--workspace", workspace, "render", c->template->id,
                    "--format", format_id, "--output", output, "--lang", c->lang,
                    application != NULL ? "--application" : NULL, application, NULL);
  if (status != 0)
    g_error ("render %s %s %s: exit %d: %s", c->template->id, format_id, c->lang, status, err);
  text = read_text (output, c->format);

  /* The document's own idea of its title and organisation, in that language. */
  status = run_cli (c->lang, &preview, &err, "--workspace", workspace, "preview",
                    c->template->id, "--lang", c->lang,
                    application != NULL ? "--application" : NULL, application, NULL);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, preview, -1, &error);
  g_assert_no_error (error);
  meta = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                        "meta");
  title = json_object_get_string_member_with_default (meta, "title", "");
  organisation = json_object_get_string_member_with_default (meta, "organisation", "");
  g_assert_cmpstr (json_object_get_string_member (meta, "language"), ==, c->lang);

  if (c->format != INSP_DOC_FORMAT_CSV)
    {
      if (strstr (text, title) == NULL)
        g_error ("%s: the title “%s” is missing", output, title);
      if (c->empty)
        g_assert_nonnull (strstr (organisation, g_str_equal (c->lang, "nl") ? "[in te vullen"
                                                                            : "[to be completed"));
      else
        g_assert_cmpstr (organisation, ==, "Vervoer Van Dyck nv");
      if (strstr (text, organisation) == NULL)
        g_error ("%s: the organisation “%s” is missing", output, organisation);
    }
  else
    {
      /* No names in a table a knowledge centre combines across organisations. */
      g_assert_null (strstr (text, "Vervoer Van Dyck"));
    }

  if (g_str_equal (c->lang, "nl") && !c->empty)
    for (guint i = 0; i < G_N_ELEMENTS (english_words); i++)
      if (g_strstr_len (text, -1, english_words[i]) != NULL)
        {
          const char *at = strstr (text, english_words[i]);
          g_autofree char *context = g_strndup (MAX (at - 60, text), 140);

          g_error ("%s: English in a Dutch export (“%s”): …%s…", output, english_words[i],
                   context);
        }

  g_remove (output);
}

static void
test_templates_command (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;

  insp_template_list (&n);
  g_assert_cmpint (run_cli ("en", &out, &err, "templates", NULL), ==, 0);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, n);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      g_assert_nonnull (insp_template_lookup (fields[0], NULL));
      g_assert_cmpuint (strlen (fields[1]), >, 10);
    }
}

static void
test_render_errors (void)
{
  g_autofree char *output = g_build_filename (spaces.dir, "error.pdf", NULL);
  const InspTemplate *const *templates;
  const InspTemplate *per_application = NULL;
  guint n;
  struct
  {
    const char *args[8];
    int         status;
    const char *message;
  } cases[] = {
    { { "render", "visoin", "--format", "pdf", "--output", output, NULL }, EX_USAGE,
      "The templates are: vision" },
    { { "render", "vision", "--format", "xls", "--output", output, NULL }, EX_USAGE,
      "pdf, odt, docx, html, md" },
    { { "render", "vision", "--format", "csv", "--output", output, NULL }, EX_USAGE,
      "its formats are: pdf, odt, docx, html, md" },
    { { "render", "vision", "--output", output, NULL }, EX_USAGE, "--format" },
    { { "render", "vision", "--format", "pdf", NULL }, EX_USAGE, "--output" },
    { { "render", "vision", "--format", "pdf", "--output", output, "--lang=fr", NULL },
      EX_USAGE, "“fr” (use en or nl)" },
    { { "render", "vision", "--format", "pdf", "--output", output, "--vision-version=9", NULL },
      EX_NOINPUT, "There is no version “9”" },
    { { "render", "vision", "--format", "pdf", "--output", "/nonexistent-dir/v.pdf", NULL },
      EX_CANTCREAT, "/nonexistent-dir/v.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status = run_cli ("en", &out, &err, "--workspace", spaces.example_en,
                            cases[i].args[0], cases[i].args[1], cases[i].args[2],
                            cases[i].args[3], cases[i].args[4], cases[i].args[5],
                            cases[i].args[6], cases[i].args[7], NULL);

      g_assert_cmpint (status, ==, cases[i].status);
      if (strstr (err, cases[i].message) == NULL)
        g_error ("case %u: “%s” not in: %s", i, cases[i].message, err);
      /* A refused or failed export leaves no file behind. */
      g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
    }

  /* A template about one application, in a workspace of two: name --application. */
  templates = insp_template_list (&n);
  for (guint i = 0; i < n && per_application == NULL; i++)
    if (templates[i]->per_application)
      per_application = templates[i];
  if (per_application != NULL)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *format = insp_doc_formats_dup_list (per_application->formats);
      g_auto(GStrv) formats = g_strsplit (format, ", ", -1);
      int status = run_cli ("en", &out, &err, "--workspace", spaces.example_en, "render",
                            per_application->id, "--format", formats[0], "--output", output,
                            NULL);

      g_assert_cmpint (status, ==, EX_USAGE);
      g_assert_nonnull (strstr (err, "--application"));
      g_assert_nonnull (strstr (err, spaces.application));
      g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char *const langs[] = { "en", "nl" };
  const InspTemplate *const *templates;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int result;
  guint n;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  spaces.dir = g_dir_make_tmp ("insp-render-XXXXXX", NULL);
  spaces.example_en = g_build_filename (spaces.dir, "example-en.inspraak", NULL);
  spaces.example_nl = g_build_filename (spaces.dir, "example-nl.inspraak", NULL);
  spaces.empty = g_build_filename (spaces.dir, "empty.inspraak", NULL);
  g_assert_cmpint (run_cli ("en", &out, &err, "--workspace", spaces.example_en, "init",
                            "--example", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ("nl", &out, &err, "--workspace", spaces.example_nl, "init",
                            "--example", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ("en", &out, &err, "--workspace", spaces.empty, "init", NULL), ==, 0);
  spaces.application = first_application (spaces.example_en);

  g_test_add_func ("/render/templates-command", test_templates_command);
  g_test_add_func ("/render/errors", test_render_errors);

  templates = insp_template_list (&n);
  for (guint t = 0; t < n; t++)
    for (InspDocFormat f = 0; f < INSP_DOC_N_FORMATS; f++)
      for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
        for (guint e = 0; e < 2; e++)
          {
            Case *c;
            g_autofree char *path = NULL;

            if (!(templates[t]->formats & INSP_DOC_FORMAT_BIT (f)))
              continue;
            c = g_new0 (Case, 1);
            c->template = templates[t];
            c->format = f;
            c->lang = langs[l];
            c->empty = e == 1;
            g_ptr_array_add (cases, c);
            path = g_strdup_printf ("/render/%s/%s/%s/%s", templates[t]->id,
                                    insp_doc_format_get_id (f), langs[l],
                                    c->empty ? "empty" : "example");
            g_test_add_data_func (path, c, test_render);
          }

  result = g_test_run ();
  insp_test_remove_tree (spaces.dir);
  return result;
}
