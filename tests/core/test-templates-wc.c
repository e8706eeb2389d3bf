/* test-templates-wc.c — the templates for the works council, read as documents
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-application.h"
#include "insp-error.h"
#include "insp-person.h"
#include "insp-template-private.h"
#include "insp-test-doc.h"
#include "insp-test-util.h"

/* The example's AI rostering planner. */
#define ROSTERING "37a9a82a-342a-472f-b942-7a2c48d1c5bc"

/* The example's persons who did not agree to be named. */
static const char *const unnamed[] = { "Lotte", "Tom", "Yusuf", "Els" };

/* Whole words only: "Tom" must not match "Tomorrow". */
static gboolean
has_word (const char *text,
          const char *word)
{
  g_autofree char *pattern = g_strdup_printf ("\\b%s\\b", word);

  return g_regex_match_simple (pattern, text, 0, 0);
}

static void
test_registry (void)
{
  static const char *const ids[] = { "track-guide", "impact-report", "review-pack" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const InspTemplate *template = insp_template_lookup (ids[i], NULL);

      g_assert_nonnull (template);
      g_assert_cmpint (template->group, ==, INSP_TEMPLATE_GROUP_WORKS_COUNCIL);
      g_assert_cmpuint (template->formats, ==, INSP_DOC_FORMATS_DOCUMENT);
      g_assert_cmpint (template->per_application, ==, i < 2);
      g_assert_cmpint (template->uses_versions, ==, i == 2);
    }
}

static void
test_track_guide (InspTestWorkspace *fixture,
                  gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "track-guide", ROSTERING,
                                                     NULL, NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  InspDocMeta *meta;

  g_assert_no_error (error);
  meta = insp_document_get_meta (doc);
  g_assert_cmpstr (meta->title, ==, "Innovation-track guide");
  g_assert_cmpstr (meta->organisation, ==, "Vervoer Van Dyck nv");
  g_assert_cmpstr (meta->subtitle, ==, "AI rostering planner");
  g_assert_cmpstr (meta->status, ==, "In use");
  g_assert_true (meta->title_page);

  headings = insp_test_doc_dup_headings (doc);
  g_assert_true (g_str_has_prefix (headings, "About this track\nThe phases\n"
                                             "Participation plan and record\n"));
  g_assert_nonnull (strstr (headings, "\nFrontrunners\nActions\nOpen points\n"
                                      "What the involvement took\n"));
  g_assert_cmpuint (insp_test_doc_count_blocks (insp_document_get_body (doc), INSP_DOC_TOC), ==, 1);

  text = insp_test_doc_dup_text (doc);
  /* The triage, an activity with its outcome, a frontrunner who agreed to be named, an
   * action and the effort with the answer to the misconception. */
  g_assert_nonnull (strstr (text, "High: "));
  g_assert_nonnull (strstr (text, "Information session: a computer that makes our rosters?"));
  g_assert_nonnull (strstr (text, "There was no time to collect needs or ideas."));
  g_assert_true (has_word (text, "Bart"));
  g_assert_nonnull (strstr (text, "Add a personal login to the availability page"));
  g_assert_nonnull (strstr (text, "of the participants"));
  g_assert_nonnull (strstr (text, "costs too much"));
  for (guint i = 0; i < G_N_ELEMENTS (unnamed); i++)
    g_assert_false (has_word (text, unnamed[i]));
  g_assert_false (has_word (meta->subtitle, "Tom"));
}

/* A frontrunner who withdraws consent is shown by role and department only. */
static void
test_track_guide_consent (InspTestWorkspace *fixture,
                          gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspPerson) bart = NULL;
  g_autoptr(InspDocument) doc = NULL;
  g_autofree char *text = NULL;

  bart = insp_workspace_get_person (fixture->workspace, "0a8fe60f-9c67-43d1-a504-833768ddd04b",
                                    &error);
  g_assert_no_error (error);
  insp_person_set_consent_named (bart, FALSE);
  g_assert_true (insp_workspace_save_person (fixture->workspace, bart, &error));
  g_assert_no_error (error);

  doc = insp_test_doc_build (fixture->workspace, "track-guide", ROSTERING, NULL, NULL, &error);
  g_assert_no_error (error);
  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "\nFrontrunner (Planning): Tests draft rosters"));
  g_assert_null (strstr (text, "Bart: Tests draft rosters"));
  /* Nor in the list of who took part in the information session. */
  g_assert_nonnull (strstr (text, "Katrien, Marc, End user (Planning), Works council member "
                                  "(Transport)"));
}

static void
test_impact_report (InspTestWorkspace *fixture,
                    gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "impact-report", ROSTERING,
                                                     NULL, NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  InspDocMeta *meta;

  g_assert_no_error (error);
  meta = insp_document_get_meta (doc);
  g_assert_cmpstr (meta->title, ==, "Impact assessment report");
  g_assert_cmpstr (meta->organisation, ==, "Vervoer Van Dyck nv");
  g_assert_cmpstr (meta->subtitle, ==, "AI rostering planner");

  headings = insp_test_doc_dup_headings (doc);
  g_assert_true (g_str_has_prefix (headings, "About this report\nWhat each group expects\n"));
  g_assert_nonnull (strstr (headings, "Management — Before, 5 February 2026\n"));
  g_assert_nonnull (strstr (headings, "\nWhere the groups disagree\nHow expectations moved\n"
                                      "Invisible work\n"));

  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "Support from the direct supervisor"));
  g_assert_nonnull (strstr (text, "Planners no longer rush to finish the rosters"));
  /* The end users and management disagree on the workload. */
  g_assert_nonnull (strstr (text, "\nWorkload|Management: +1|End users: −2|"));
  g_assert_nonnull (strstr (text, "Managers know best"));
  g_assert_nonnull (strstr (text, "plug and play"));
  g_assert_nonnull (strstr (text, "\nTotal||180 h|"));
  for (guint i = 0; i < G_N_ELEMENTS (unnamed); i++)
    g_assert_false (has_word (text, unnamed[i]));
}

static void
test_review_pack (InspTestWorkspace *fixture,
                  gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, "review-pack", NULL, NULL,
                                                     NULL, &error);
  g_autofree char *headings = NULL;
  g_autofree char *text = NULL;
  InspDocBlock *body;
  InspDocMeta *meta;

  g_assert_no_error (error);
  meta = insp_document_get_meta (doc);
  g_assert_cmpstr (meta->title, ==, "Review pack");
  g_assert_cmpstr (meta->organisation, ==, "Vervoer Van Dyck nv");
  g_assert_cmpstr (meta->version, ==, "Current text, not saved as a version");

  headings = insp_test_doc_dup_headings (doc);
  g_assert_true (g_str_has_prefix (headings, "How to use this pack\n"
                                             "What changed since version 1\n"
                                             "Review form\nPurpose"));
  g_assert_true (g_str_has_suffix (headings, "General opinion\n"));

  /* Verdict boxes and a comment field per section, three boxes each; the general opinion, the
   * signature and the date. */
  body = insp_document_get_body (doc);
  g_assert_cmpuint (insp_test_doc_count_blocks (body, INSP_DOC_CHECK_ITEM), ==,
                    3 * insp_test_doc_count_blocks (body, INSP_DOC_CHECKLIST));
  g_assert_cmpuint (insp_test_doc_count_blocks (body, INSP_DOC_FIELD), ==,
                    insp_test_doc_count_blocks (body, INSP_DOC_CHECKLIST) + 3);
  g_assert_cmpuint (insp_test_doc_count_blocks (body, INSP_DOC_CHECKLIST), >=, 9);

  text = insp_test_doc_dup_text (doc);
  g_assert_nonnull (strstr (text, "The last advice was given on version 1 on "));
  g_assert_nonnull (strstr (text, "Acceptable\nCould be improved\nTo be corrected\n"));
  g_assert_nonnull (strstr (text, "sections changed since Version 1"));
}

static void
test_review_pack_versions (InspTestWorkspace *fixture,
                           gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspDocument) first = insp_test_doc_build (fixture->workspace, "review-pack", NULL, "1",
                                                       NULL, &error);
  g_autoptr(InspDocument) unknown = NULL;
  g_autofree char *headings = NULL;

  g_assert_no_error (error);
  /* The reviewed version itself: nothing changed since. */
  headings = insp_test_doc_dup_headings (first);
  g_assert_null (strstr (headings, "What changed"));
  g_assert_true (g_str_has_prefix (insp_document_get_meta (first)->version, "Version 1, "));

  unknown = insp_test_doc_build (fixture->workspace, "review-pack", NULL, "99", NULL, &error);
  g_assert_null (unknown);
  g_assert_nonnull (error);
}

static void
test_empty (InspTestWorkspace *fixture,
            gconstpointer      data)
{
  static const char *const ids[] = { "track-guide", "impact-report", "review-pack" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(InspDocument) doc = insp_test_doc_build (fixture->workspace, ids[i], NULL, NULL,
                                                         NULL, &error);
      g_autofree char *text = NULL;
      InspDocMeta *meta;

      g_assert_no_error (error);
      g_assert_nonnull (doc);
      meta = insp_document_get_meta (doc);
      g_assert_cmpstr (meta->organisation, ==, "[to be completed: the organisation’s name]");
      text = insp_test_doc_dup_text (doc);
      g_assert_nonnull (strstr (text, "[to be completed: "));
      /* Nothing from the example organisation. */
      g_assert_null (strstr (text, "roster"));
      g_assert_false (has_word (text, "Bart"));
    }
}

static void
test_empty_content (InspTestWorkspace *fixture,
                    gconstpointer      data)
{
  g_autoptr(InspDocument) guide = insp_test_doc_build (fixture->workspace, "track-guide", NULL,
                                                       NULL, NULL, NULL);
  g_autoptr(InspDocument) impact = insp_test_doc_build (fixture->workspace, "impact-report", NULL,
                                                        NULL, NULL, NULL);
  g_autofree char *guide_text = insp_test_doc_dup_text (guide);
  g_autofree char *impact_text = insp_test_doc_dup_text (impact);

  g_assert_cmpstr (insp_document_get_meta (guide)->subtitle, ==,
                   "[to be completed: the AI application]");
  g_assert_nonnull (strstr (guide_text, "[to be completed: the phases of the track]"));
  g_assert_nonnull (strstr (guide_text, "[to be completed: the frontrunners of this "
                                        "application]"));
  g_assert_nonnull (strstr (impact_text, "[to be completed: an impact assessment by each "
                                         "group involved]"));
  g_assert_nonnull (strstr (impact_text, "[to be completed: the invisible work and its "
                                         "budget]"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates-wc/registry", test_registry);
  insp_test_add_workspace ("/templates-wc/track-guide", test_track_guide, "en");
  insp_test_add_workspace ("/templates-wc/track-guide/consent", test_track_guide_consent,
                           "en");
  insp_test_add_workspace ("/templates-wc/impact-report", test_impact_report, "en");
  insp_test_add_workspace ("/templates-wc/review-pack", test_review_pack, "en");
  insp_test_add_workspace ("/templates-wc/review-pack/versions", test_review_pack_versions,
                           "en");
  insp_test_add_workspace ("/templates-wc/empty", test_empty, NULL);
  insp_test_add_workspace ("/templates-wc/empty/content", test_empty_content, NULL);

  return g_test_run ();
}
