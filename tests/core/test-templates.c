/* test-templates.c — the exports' templates, read as documents (before any writer)
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-application.h"
#include "insp-error.h"
#include "insp-template-private.h"
#include "insp-test-doc.h"
#include "insp-test-util.h"

static InspDocument *
build (InspWorkspace *workspace,
       const char    *version,
       const char    *since,
       GError       **error)
{
  const InspTemplate *template = insp_template_lookup ("vision", NULL);
  InspRenderOptions options = { NULL, version, since, "en" };

  g_assert_nonnull (template);
  return insp_template_build (template, workspace, &options, error);
}

static void
test_vision_current (InspTestWorkspace *fixture,
                     gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = build (fixture->workspace, NULL, NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  InspDocMeta *meta;

  g_assert_no_error (error);
  meta = insp_document_get_meta (doc);
  g_assert_cmpstr (meta->title, ==, "AI vision");
  g_assert_cmpstr (meta->organisation, ==, "Vervoer Van Dyck nv");
  g_assert_cmpstr (meta->status, ==, "Draft — for consultation");
  g_assert_cmpstr (meta->version, ==, "Current text, not saved as a version");
  g_assert_cmpstr (meta->language, ==, "en");
  g_assert_true (meta->title_page);
  g_assert_nonnull (meta->date);

  headings = insp_test_doc_dup_headings (doc);
  g_assert_true (g_str_has_prefix (headings, "About this document\n"
                                             "What changed since version 1\n"));
  /* Every section of the vision, in order, after the changes. */
  g_assert_nonnull (strstr (headings, "\nPurpose"));
  g_assert_cmpuint (insp_test_doc_count_blocks (insp_document_get_body (doc), INSP_DOC_TOC), ==, 1);

  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "The employees’ representatives gave their advice on "
                                  "version 1 on "));
  g_assert_nonnull (strstr (text, "Status: In consultation"));
  g_assert_null (strstr (text, "[to be completed"));
}

static void
test_vision_versions (InspTestWorkspace *fixture,
                      gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) first = build (fixture->workspace, "1", NULL, &error);
  g_autoptr(InspDocument) second = NULL;
  g_autoptr(InspDocument) missing = NULL;
  g_autofree char *headings = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (insp_document_get_meta (first)->version, "Version 1, “"));
  /* The reviewed version itself: nothing to say about changes since. */
  headings = insp_test_doc_dup_headings (first);
  g_assert_null (strstr (headings, "What changed"));
  g_clear_pointer (&headings, g_free);

  second = build (fixture->workspace, "2", "1", &error);
  g_assert_no_error (error);
  headings = insp_test_doc_dup_headings (second);
  g_assert_nonnull (strstr (headings, "What changed since version 1\n"));

  missing = build (fixture->workspace, "7", NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“7”"));
  g_assert_nonnull (strstr (error->message, "Revised after review"));
}

static void
test_vision_empty (InspTestWorkspace *fixture,
                   gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = build (fixture->workspace, NULL, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (insp_document_get_meta (doc)->organisation, ==,
                   "[to be completed: the organisation’s name]");
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "[to be completed: the text of this section]"));
  g_assert_nonnull (strstr (text, "have not given their advice on a version yet"));
  g_assert_null (strstr (text, "What changed"));
}

static void
test_lookup (void)
{
  g_autoptr(GError) error = NULL;
  const InspTemplate *template;
  const InspTemplate *const *all;
  guint n;

  all = insp_template_list (&n);
  g_assert_cmpuint (n, >=, 1);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (insp_template_lookup (all[i]->id, NULL) == all[i]);
      g_assert_nonnull (insp_template_get_description (all[i]));
      g_assert_nonnull (all[i]->name);
      g_assert_nonnull (insp_template_group_get_name (all[i]->group));
      g_assert_cmpuint (all[i]->formats, !=, 0);
    }

  g_assert_null (insp_template_lookup ("visoin", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_USAGE);
  g_assert_nonnull (strstr (error->message, "“visoin”"));
  g_assert_nonnull (strstr (error->message, "vision"));
  g_clear_error (&error);

  template = insp_template_lookup ("vision", NULL);
  g_assert_true (insp_template_supports (template, INSP_DOC_FORMAT_ODT, NULL));
  g_assert_false (insp_template_supports (template, INSP_DOC_FORMAT_CSV, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_USAGE);
  g_assert_nonnull (strstr (error->message, "pdf, odt, docx, html, md"));
}

static void
test_application_choice (InspTestWorkspace *fixture,
                         gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) applications = insp_workspace_list_applications (fixture->workspace,
                                                                        NULL);
  InspApplication *second = g_ptr_array_index (applications, 1);
  InspRenderOptions options = { NULL, };
  g_autoptr(InspApplication) found = NULL;

  g_assert_cmpuint (applications->len, ==, 2);
  g_assert_null (_insp_template_get_application (fixture->workspace, &options, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_USAGE);
  g_assert_nonnull (strstr (error->message, insp_application_get_uuid (second)));
  g_assert_nonnull (strstr (error->message, insp_application_get_name (second)));
  g_clear_error (&error);

  options.application = insp_application_get_uuid (second);
  found = _insp_template_get_application (fixture->workspace, &options, &error);
  g_assert_no_error (error);
  g_assert_true (found != NULL && strcmp (insp_application_get_uuid (found),
                                          options.application) == 0);

  options.application = "00000000-0000-0000-0000-000000000000";
  g_assert_null (_insp_template_get_application (fixture->workspace, &options, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_USAGE);
  g_assert_nonnull (strstr (error->message, "The applications are:"));
}

static void
test_application_none (InspTestWorkspace *fixture,
                       gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  InspRenderOptions options = { NULL, };

  /* No application: the template shows blanks, not an error. */
  g_assert_null (_insp_template_get_application (fixture->workspace, &options, &error));
  g_assert_no_error (error);
}

static void
test_format_date (void)
{
  g_autofree char *date = _insp_template_format_date ("2026-06-08");
  g_autofree char *stamp = _insp_template_format_date ("2026-04-20T10:00:00Z");
  g_autofree char *other = _insp_template_format_date ("soon");

  g_assert_cmpstr (date, ==, "8 June 2026");
  g_assert_cmpstr (stamp, ==, "20 April 2026");
  g_assert_cmpstr (other, ==, "soon");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/lookup", test_lookup);
  g_test_add_func ("/templates/format-date", test_format_date);
  insp_test_add_workspace ("/templates/vision/current", test_vision_current, "en");
  insp_test_add_workspace ("/templates/vision/versions", test_vision_versions, "en");
  insp_test_add_workspace ("/templates/vision/empty", test_vision_empty, NULL);
  insp_test_add_workspace ("/templates/application/choice", test_application_choice, "en");
  insp_test_add_workspace ("/templates/application/none", test_application_none, NULL);

  return g_test_run ();
}
