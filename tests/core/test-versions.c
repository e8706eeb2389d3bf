/* test-versions.c — versions of the vision: snapshots, comparison, restore and its undo,
 * reviews and their immutability
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "insp-error.h"
#include "insp-section.h"
#include "insp-test-util.h"
#include "insp-version.h"
#include "insp-workspace.h"

typedef InspTestWorkspace Fixture;

static InspSection *
section_by_key (Fixture    *fixture,
                const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = insp_workspace_list_sections (fixture->workspace, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_key (g_ptr_array_index (sections, i)), key) == 0)
      return g_object_ref (g_ptr_array_index (sections, i));
  g_assert_not_reached ();
  return NULL;
}

static void
set_text (Fixture    *fixture,
          const char *key,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspSection) section = section_by_key (fixture, key);

  insp_workspace_set_section_text (fixture->workspace, insp_section_get_uuid (section), text,
                                   &error);
  g_assert_no_error (error);
}

static InspVersion *
save (Fixture    *fixture,
      const char *label)
{
  g_autoptr(GError) error = NULL;
  InspVersion *version = insp_workspace_save_version (fixture->workspace, label, "HR manager",
                                                      &error);

  g_assert_no_error (error);
  g_assert_nonnull (version);
  return version;
}

static const InspSectionDiff *
find_diff (GPtrArray  *diffs,
           const char *uuid)
{
  for (guint i = 0; i < diffs->len; i++)
    {
      const InspSectionDiff *diff = g_ptr_array_index (diffs, i);

      if (g_strcmp0 (diff->uuid, uuid) == 0)
        return diff;
    }
  return NULL;
}

static void
test_save_and_find (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspVersion) first = NULL;
  g_autoptr(InspVersion) second = NULL;
  g_autoptr(InspVersion) found = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(InspSection) purpose = NULL;

  set_text (fixture, "purpose", "AI makes work **more workable**.");
  first = save (fixture, "Draft");
  set_text (fixture, "purpose", "AI makes work more workable, with employees.");
  second = save (fixture, "  Second draft ");

  g_assert_cmpuint (insp_version_get_number (first), ==, 1);
  g_assert_cmpuint (insp_version_get_number (second), ==, 2);
  g_assert_cmpstr (insp_version_get_label (second), ==, "Second draft");
  g_assert_cmpstr (insp_version_get_author_role (first), ==, "HR manager");
  g_assert_false (insp_version_is_reviewed (first));

  /* A snapshot of every section, as it was. */
  g_assert_cmpuint (insp_version_get_sections (first)->len, ==, 9);
  purpose = g_object_ref (g_ptr_array_index (insp_version_get_sections (first), 0));
  g_assert_cmpstr (insp_section_get_key (purpose), ==, "purpose");
  g_assert_cmpstr (insp_section_get_text (purpose), ==, "AI makes work **more workable**.");

  /* Labels are unique and not empty. */
  g_assert_null (insp_workspace_save_version (fixture->workspace, "Draft", NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "1"));
  g_clear_error (&error);
  g_assert_null (insp_workspace_save_version (fixture->workspace, "  ", NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);

  versions = insp_workspace_list_versions (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);

  /* Found by number or by label; an unknown one names the known ones. */
  found = insp_workspace_find_version (fixture->workspace, "2", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (insp_version_get_uuid (found), ==, insp_version_get_uuid (second));
  g_clear_object (&found);
  found = insp_workspace_find_version (fixture->workspace, "Draft", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (insp_version_get_number (found), ==, 1);
  g_assert_null (insp_workspace_find_version (fixture->workspace, "7", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Second draft"));
}

static void
test_compare (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspVersion) first = NULL;
  g_autoptr(InspVersion) second = NULL;
  g_autoptr(GPtrArray) diffs = NULL;
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(InspSection) purpose = section_by_key (fixture, "purpose");
  g_autoptr(InspSection) use = section_by_key (fixture, "use");
  g_autoptr(InspSection) review = section_by_key (fixture, "review");
  g_autoptr(InspSection) added = NULL;
  g_autoptr(InspSection) removed = NULL;
  const InspSectionDiff *diff;

  set_text (fixture, "purpose", "AI makes *work* more workable.");
  set_text (fixture, "use", "Only for rosters.");
  first = save (fixture, "One");

  /* Markup only is no change; words are. Rename, move, add. */
  set_text (fixture, "purpose", "AI makes **work** more workable.");
  set_text (fixture, "use", "Only for rosters and HR questions.");
  insp_workspace_rename_section (fixture->workspace, insp_section_get_uuid (review),
                                 "Yearly review", &error);
  g_assert_no_error (error);
  insp_workspace_move_section (fixture->workspace, insp_section_get_uuid (use), 5, &error);
  g_assert_no_error (error);
  added = insp_workspace_add_section (fixture->workspace, "Cobots", &error);
  g_assert_no_error (error);
  second = save (fixture, "Two");

  diffs = insp_workspace_compare (fixture->workspace, first, second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diffs->len, ==, 10);

  diff = find_diff (diffs, insp_section_get_uuid (purpose));
  g_assert_cmpint (diff->change, ==, INSP_SECTION_CHANGE_UNCHANGED);
  diff = find_diff (diffs, insp_section_get_uuid (use));
  g_assert_true (diff->moved);
  g_assert_true (diff->text_changed);
  g_assert_cmpuint (diff->words_added, ==, 3);
  g_assert_cmpuint (diff->words_removed, ==, 0);
  diff = find_diff (diffs, insp_section_get_uuid (review));
  g_assert_cmpint (diff->change, ==, INSP_SECTION_CHANGE_RENAMED);
  g_assert_cmpstr (diff->new_title, ==, "Yearly review");
  diff = find_diff (diffs, insp_section_get_uuid (added));
  g_assert_cmpint (diff->change, ==, INSP_SECTION_CHANGE_ADDED);
  /* Only "use" moved: the sections it passed did not. */
  for (guint i = 0; i < diffs->len; i++)
    {
      diff = g_ptr_array_index (diffs, i);
      if (g_strcmp0 (diff->uuid, insp_section_get_uuid (use)) != 0)
        g_assert_false (diff->moved);
    }

  /* Against the text now: the removed own section is named as removed. */
  removed = insp_workspace_remove_section (fixture->workspace, insp_section_get_uuid (added),
                                           &error);
  g_assert_no_error (error);
  now = insp_workspace_compare (fixture->workspace, second, NULL, &error);
  g_assert_no_error (error);
  diff = find_diff (now, insp_section_get_uuid (added));
  g_assert_cmpint (diff->change, ==, INSP_SECTION_CHANGE_REMOVED);
  g_assert_cmpuint (insp_workspace_count_changed_since (fixture->workspace, second, &error),
                    ==, 1);
  g_assert_cmpuint (insp_workspace_count_changed_since (fixture->workspace, first, &error),
                    ==, 2);
}

static void
test_restore_and_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspVersion) first = NULL;
  g_autoptr(InspVersion) before = NULL;
  g_autoptr(InspVersion) before_whole = NULL;
  g_autoptr(InspVersion) undone = NULL;
  g_autoptr(InspSection) red_lines = section_by_key (fixture, "red-lines");
  g_autoptr(InspSection) added = NULL;
  g_autoptr(InspSection) now = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  const char *later = "We will never:\n\n- score drivers\n- publish unsafe rosters\n";

  set_text (fixture, "red-lines", "We will never score drivers.");
  first = save (fixture, "One");
  set_text (fixture, "red-lines", later);

  /* One section back; the state before is a version of its own. */
  before = insp_workspace_restore_version (fixture->workspace, first,
                                           insp_section_get_uuid (red_lines), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (insp_version_get_label (before), ==, "Before restoring version 1");
  g_assert_cmpuint (insp_version_get_number (before), ==, 2);
  now = insp_workspace_get_section (fixture->workspace, insp_section_get_uuid (red_lines),
                                    &error);
  g_assert_cmpstr (insp_section_get_text (now), ==, "We will never score drivers.");
  g_clear_object (&now);

  /* Undo: restore the version saved before, exactly. */
  undone = insp_workspace_restore_version (fixture->workspace, before,
                                           insp_section_get_uuid (red_lines), &error);
  g_assert_no_error (error);
  now = insp_workspace_get_section (fixture->workspace, insp_section_get_uuid (red_lines),
                                    &error);
  g_assert_cmpstr (insp_section_get_text (now), ==, later);
  g_clear_object (&now);

  /* The whole vision: order back, own sections added since go; undo brings them back. */
  added = insp_workspace_add_section (fixture->workspace, "Chatbot", &error);
  g_assert_no_error (error);
  insp_workspace_set_section_text (fixture->workspace, insp_section_get_uuid (added),
                                   "It says it is a machine.", &error);
  insp_workspace_move_section (fixture->workspace, insp_section_get_uuid (added), 0, &error);
  before_whole = insp_workspace_restore_version (fixture->workspace, first, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (insp_version_get_label (before_whole), !=, "Before restoring version 1");
  sections = insp_workspace_list_sections (fixture->workspace, &error);
  g_assert_cmpuint (sections->len, ==, 9);
  g_assert_cmpstr (insp_section_get_key (g_ptr_array_index (sections, 0)), ==, "purpose");
  g_clear_pointer (&sections, g_ptr_array_unref);

  g_clear_object (&undone);
  undone = insp_workspace_restore_version (fixture->workspace, before_whole, NULL, &error);
  g_assert_no_error (error);
  sections = insp_workspace_list_sections (fixture->workspace, &error);
  g_assert_cmpuint (sections->len, ==, 10);
  g_assert_cmpstr (insp_section_get_uuid (g_ptr_array_index (sections, 0)), ==,
                   insp_section_get_uuid (added));
  g_assert_cmpstr (insp_section_get_text (g_ptr_array_index (sections, 0)), ==,
                   "It says it is a machine.");
  for (guint i = 0; i < sections->len; i++)
    g_assert_cmpuint (insp_section_get_position (g_ptr_array_index (sections, i)), ==, i);
  g_assert_true (insp_workspace_check (fixture->workspace, &error));
  g_assert_no_error (error);
}

static void
test_review_is_history (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspVersion) first = NULL;
  g_autoptr(InspReview) review = NULL;
  g_autoptr(InspReview) again = NULL;
  g_autoptr(InspReview) signed_review = NULL;
  g_autoptr(InspReview) last = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(InspSection) red_lines = section_by_key (fixture, "red-lines");
  const char *section = insp_section_get_uuid (red_lines);
  const char *uuid;
  sqlite3 *db = NULL;
  char *message = NULL;

  first = save (fixture, "For the works council");
  review = insp_workspace_start_review (fixture->workspace, first, &error);
  g_assert_no_error (error);
  uuid = insp_review_get_uuid (review);
  g_assert_cmpuint (insp_review_get_verdicts (review)->len, ==, 9);
  g_assert_cmpstr (insp_review_get_verdict (review, section)->verdict, ==, "pending");

  /* Putting it in review again gives the same, open review. */
  again = insp_workspace_start_review (fixture->workspace, first, &error);
  g_assert_cmpstr (insp_review_get_uuid (again), ==, uuid);

  g_assert_true (insp_workspace_set_verdict (fixture->workspace, uuid, section, "to-correct",
                                             "Too short.", &error));
  g_assert_no_error (error);
  g_assert_false (insp_workspace_set_verdict (fixture->workspace, uuid, section, "great", NULL,
                                              &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (insp_workspace_set_verdict (fixture->workspace, uuid, "nope", "acceptable",
                                              NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (insp_workspace_set_review_opinion (fixture->workspace, uuid,
                                                    "We support the aim.", &error));
  g_assert_false (insp_workspace_sign_review (fixture->workspace, uuid, "19/05/2026",
                                              "Works council", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (insp_workspace_sign_review (fixture->workspace, uuid, "2026-05-19", " ",
                                              &error));
  g_clear_error (&error);
  g_assert_true (insp_workspace_sign_review (fixture->workspace, uuid, "2026-05-19",
                                             "Works council (secretary)", &error));
  g_assert_no_error (error);

  signed_review = insp_workspace_get_review (fixture->workspace, uuid, &error);
  g_assert_true (insp_review_is_signed (signed_review));
  g_assert_cmpstr (insp_review_get_opinion (signed_review), ==, "We support the aim.");
  g_assert_cmpstr (insp_review_get_verdict (signed_review, section)->comments, ==,
                   "Too short.");

  /* History: nothing changes after sign-off, through the core … */
  g_assert_false (insp_workspace_set_verdict (fixture->workspace, uuid, section, "acceptable",
                                              NULL, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "2026-05-19"));
  g_clear_error (&error);
  g_assert_false (insp_workspace_set_review_opinion (fixture->workspace, uuid, "Changed.",
                                                     &error));
  g_clear_error (&error);
  g_assert_false (insp_workspace_sign_review (fixture->workspace, uuid, "2026-06-01", "HR",
                                              &error));
  g_clear_error (&error);

  /* … nor behind its back. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE review_verdicts SET verdict = 'acceptable'",
                                 NULL, NULL, &message), ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (message, "signed-off"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE reviews SET opinion = 'x'", NULL, NULL, NULL), ==,
                   SQLITE_CONSTRAINT);
  sqlite3_close (db);

  last = insp_workspace_get_last_review (fixture->workspace, &error);
  g_assert_cmpstr (insp_review_get_uuid (last), ==, uuid);
  {
    g_autoptr(GPtrArray) versions = insp_workspace_list_versions (fixture->workspace, &error);

    g_assert_true (insp_version_is_reviewed (g_ptr_array_index (versions, 0)));
  }

  /* Removing leaves a trace with the reason; it is no longer the last review. */
  g_assert_false (insp_workspace_remove_review (fixture->workspace, uuid, "", &error));
  g_clear_error (&error);
  g_assert_true (insp_workspace_remove_review (fixture->workspace, uuid,
                                               "Signed by the wrong body", &error));
  g_assert_no_error (error);
  reviews = insp_workspace_list_reviews (fixture->workspace, &error);
  g_assert_cmpuint (reviews->len, ==, 1);
  g_assert_true (insp_review_is_removed (g_ptr_array_index (reviews, 0)));
  g_assert_cmpstr (insp_review_get_removed_reason (g_ptr_array_index (reviews, 0)), ==,
                   "Signed by the wrong body");
  g_assert_false (insp_workspace_remove_review (fixture->workspace, uuid, "again", &error));
  g_clear_error (&error);
  g_clear_object (&last);
  last = insp_workspace_get_last_review (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_null (last);
}

static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = insp_workspace_list_versions (fixture->workspace, &error);
  g_autoptr(InspReview) last = NULL;
  g_autoptr(GPtrArray) diffs = NULL;
  g_autoptr(InspSection) red_lines = section_by_key (fixture, "red-lines");
  const InspSectionDiff *diff;

  /* Two versions, the first reviewed by the works council. */
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_true (insp_version_is_reviewed (g_ptr_array_index (versions, 0)));
  g_assert_false (insp_version_is_reviewed (g_ptr_array_index (versions, 1)));
  last = insp_workspace_get_last_review (fixture->workspace, &error);
  g_assert_cmpuint (insp_review_get_version_number (last), ==, 1);
  g_assert_cmpstr (insp_review_get_verdict (last, insp_section_get_uuid (red_lines))->verdict,
                   ==, "to-correct");

  diffs = insp_workspace_compare (fixture->workspace, g_ptr_array_index (versions, 0),
                                  g_ptr_array_index (versions, 1), &error);
  diff = find_diff (diffs, insp_section_get_uuid (red_lines));
  g_assert_cmpint (diff->change, ==, INSP_SECTION_CHANGE_CHANGED);
  g_assert_cmpuint (diff->words_added, >, 20);
  g_assert_cmpuint (insp_workspace_count_changed_since (fixture->workspace,
                                                        g_ptr_array_index (versions, 0),
                                                        &error), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  insp_test_add_workspace ("/versions/save-and-find", test_save_and_find, NULL);
  insp_test_add_workspace ("/versions/compare", test_compare, NULL);
  insp_test_add_workspace ("/versions/restore-and-undo", test_restore_and_undo, NULL);
  insp_test_add_workspace ("/versions/review-is-history", test_review_is_history, NULL);
  insp_test_add_workspace ("/versions/example/en", test_example, "en");
  insp_test_add_workspace ("/versions/example/nl", test_example, "nl");

  return g_test_run ();
}
