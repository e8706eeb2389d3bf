/* test-vision.c — the vision's sections in the workspace: order, identity, text, search
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "insp-error.h"
#include "insp-group.h"
#include "insp-section.h"
#include "insp-section-prompt.h"
#include "insp-test-util.h"
#include "insp-workspace.h"

static const char *builtin_keys[] = {
  "purpose", "use", "conditions", "red-lines", "feedback", "disagreement", "complaints",
  "training", "review",
};

typedef struct
{
  char          *dir;
  InspWorkspace *workspace;
  guint          changes;
} Fixture;

static void
on_sections_changed (InspWorkspace *workspace,
                     Fixture       *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("inspraak-vision-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "w.inspraak", NULL);
  fixture->workspace = insp_workspace_open (path, TRUE, &error);
  g_assert_no_error (error);
  if (data != NULL)
    {
      insp_workspace_init_example (fixture->workspace, data, &error);
      g_assert_no_error (error);
    }
  g_signal_connect (fixture->workspace, "changed::sections",
                    G_CALLBACK (on_sections_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->workspace);
  insp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GPtrArray *
list_sections (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sections = insp_workspace_list_sections (fixture->workspace, &error);

  g_assert_no_error (error);
  return sections;
}

static InspSection *
section_at (GPtrArray *sections,
            guint      index)
{
  return g_ptr_array_index (sections, index);
}

static void
test_builtin (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) sections = list_sections (fixture);

  g_assert_cmpuint (sections->len, ==, G_N_ELEMENTS (builtin_keys));
  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = section_at (sections, i);
      const InspSectionPrompt *prompt = insp_section_prompt_get (builtin_keys[i]);

      g_assert_cmpstr (insp_section_get_key (section), ==, builtin_keys[i]);
      g_assert_true (insp_section_is_builtin (section));
      g_assert_cmpuint (insp_section_get_position (section), ==, i);
      g_assert_cmpstr (insp_section_get_status (section), ==, "draft");
      g_assert_cmpstr (insp_section_get_text (section), ==, "");
      g_assert_cmpuint (insp_section_get_word_count (section), ==, 0);
      g_assert_true (strlen (insp_section_get_display_title (section)) > 0);

      /* Every built-in section has a prompt with two or three questions. */
      g_assert_nonnull (prompt);
      g_assert_true (strlen (prompt->summary) > 20);
      g_assert_nonnull (prompt->questions[0]);
      g_assert_nonnull (prompt->questions[1]);
    }
  g_assert_null (insp_section_prompt_get ("no-such-key"));
  g_assert_null (insp_section_prompt_get (NULL));
}

static void
test_add_rename_move_remove (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspSection) added = NULL;
  g_autoptr(InspSection) removed = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  const char *purpose_uuid;
  g_autofree char *uuid = NULL;

  added = insp_workspace_add_section (fixture->workspace, "  Robots in the warehouse\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (insp_section_get_title (added), ==, "Robots in the warehouse");
  g_assert_null (insp_section_get_key (added));
  g_assert_cmpuint (insp_section_get_position (added), ==, 9);
  uuid = g_strdup (insp_section_get_uuid (added));
  g_assert_cmpuint (fixture->changes, ==, 1);

  /* A title is required, and is one line of reasonable length. */
  g_assert_null (insp_workspace_add_section (fixture->workspace, "   ", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* Renaming a built-in section keeps its key; an empty title gives its own back. */
  sections = list_sections (fixture);
  purpose_uuid = insp_section_get_uuid (section_at (sections, 0));
  insp_workspace_rename_section (fixture->workspace, purpose_uuid, "Why we use AI", &error);
  g_assert_no_error (error);
  {
    g_autoptr(InspSection) purpose = insp_workspace_get_section (fixture->workspace,
                                                                 purpose_uuid, &error);

    g_assert_cmpstr (insp_section_get_key (purpose), ==, "purpose");
    g_assert_cmpstr (insp_section_get_display_title (purpose), ==, "Why we use AI");
  }
  insp_workspace_rename_section (fixture->workspace, purpose_uuid, "", &error);
  g_assert_no_error (error);
  {
    g_autoptr(InspSection) purpose = insp_workspace_get_section (fixture->workspace,
                                                                 purpose_uuid, &error);

    g_assert_null (insp_section_get_title (purpose));
  }
  g_assert_false (insp_workspace_rename_section (fixture->workspace, uuid, "", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* Move the own section to the top, then purpose to the end. */
  insp_workspace_move_section (fixture->workspace, uuid, 0, &error);
  g_assert_no_error (error);
  g_clear_pointer (&sections, g_ptr_array_unref);
  sections = list_sections (fixture);
  g_assert_cmpstr (insp_section_get_uuid (section_at (sections, 0)), ==, uuid);
  g_assert_cmpstr (insp_section_get_key (section_at (sections, 1)), ==, "purpose");
  for (guint i = 0; i < sections->len; i++)
    g_assert_cmpuint (insp_section_get_position (section_at (sections, i)), ==, i);

  insp_workspace_move_section (fixture->workspace,
                               insp_section_get_uuid (section_at (sections, 1)), 99, &error);
  g_assert_no_error (error);
  g_clear_pointer (&sections, g_ptr_array_unref);
  sections = list_sections (fixture);
  g_assert_cmpstr (insp_section_get_key (section_at (sections, 9)), ==, "purpose");
  g_assert_cmpstr (insp_section_get_key (section_at (sections, 1)), ==, "use");

  /* Built-in sections cannot be removed. */
  g_assert_null (insp_workspace_remove_section (fixture->workspace,
                                                insp_section_get_uuid (section_at (sections, 1)),
                                                &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_false (insp_workspace_move_section (fixture->workspace, "no-such-uuid", 0, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_remove_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspSection) added = NULL;
  g_autoptr(InspSection) removed = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  const char *chosen[3] = { NULL };
  g_autofree char *uuid = NULL;

  added = insp_workspace_add_section (fixture->workspace, "Cobots", &error);
  g_assert_no_error (error);
  uuid = g_strdup (insp_section_get_uuid (added));
  insp_workspace_move_section (fixture->workspace, uuid, 4, &error);
  g_assert_no_error (error);
  insp_workspace_set_section_text (fixture->workspace, uuid, "Cobots **assist**, never pace.",
                                   &error);
  g_assert_no_error (error);
  insp_workspace_set_section_status (fixture->workspace, uuid, "consultation", &error);
  g_assert_no_error (error);
  groups = insp_workspace_list_groups (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 6);
  chosen[0] = insp_group_get_uuid (g_ptr_array_index (groups, 1));
  chosen[1] = insp_group_get_uuid (g_ptr_array_index (groups, 4));
  insp_workspace_set_section_groups (fixture->workspace, uuid, chosen, &error);
  g_assert_no_error (error);
  before = list_sections (fixture);

  removed = insp_workspace_remove_section (fixture->workspace, uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removed);
  g_assert_null (insp_workspace_get_section (fixture->workspace, uuid, &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) now = list_sections (fixture);

    g_assert_cmpuint (now->len, ==, 9);
    g_assert_cmpstr (insp_section_get_key (section_at (now, 4)), ==, "feedback");
  }

  /* Undo: the same section, in the same place, with its text, status and groups. */
  insp_workspace_restore_section (fixture->workspace, removed, &error);
  g_assert_no_error (error);
  after = list_sections (fixture);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    {
      InspSection *a = section_at (before, i), *b = section_at (after, i);

      g_assert_cmpstr (insp_section_get_uuid (a), ==, insp_section_get_uuid (b));
      g_assert_cmpstr (insp_section_get_text (a), ==, insp_section_get_text (b));
      g_assert_cmpstr (insp_section_get_status (a), ==, insp_section_get_status (b));
      g_assert_cmpstr (insp_section_get_modified (a), ==, insp_section_get_modified (b));
      g_assert_cmpuint (insp_section_get_position (b), ==, i);
      g_assert_true (g_strv_equal ((const char * const *) insp_section_get_groups (a),
                                   (const char * const *) insp_section_get_groups (b)));
    }
  g_assert_cmpuint (g_strv_length ((GStrv) insp_section_get_groups (section_at (after, 4))),
                    ==, 2);
}

static void
test_text (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = list_sections (fixture);
  const char *uuid = insp_section_get_uuid (section_at (sections, 3));
  g_autoptr(InspSection) stored = NULL;
  g_autoptr(InspSection) again = NULL;
  guint changes;

  insp_workspace_set_section_text (fixture->workspace, uuid,
                                   "We will **never** let AI decide on dismissal.", &error);
  g_assert_no_error (error);
  stored = insp_workspace_get_section (fixture->workspace, uuid, &error);
  g_assert_cmpstr (insp_section_get_text (stored), ==,
                   "We will **never** let AI decide on dismissal.");
  g_assert_cmpuint (insp_section_get_word_count (stored), ==, 8);

  /* The same text again changes nothing, not even the time it was modified. */
  changes = fixture->changes;
  insp_workspace_set_section_text (fixture->workspace, uuid,
                                   "We will **never** let AI decide on dismissal.", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes, ==, changes);

  /* Invalid UTF-8 is refused at the boundary, and the stored text is untouched. */
  g_assert_false (insp_workspace_set_section_text (fixture->workspace, uuid, "bad \xC3\x28",
                                                   &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);
  again = insp_workspace_get_section (fixture->workspace, uuid, &error);
  g_assert_cmpstr (insp_section_get_text (again), ==, insp_section_get_text (stored));
  g_assert_cmpstr (insp_section_get_modified (again), ==, insp_section_get_modified (stored));

  g_assert_false (insp_workspace_set_section_text (fixture->workspace, "nope", "x", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (insp_workspace_set_section_status (fixture->workspace, uuid, "final", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
}

static void
assert_finds (InspWorkspace *workspace,
              const char    *query,
              const char    *section,
              guint          n_hits)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = insp_workspace_search_sections (workspace, query, 50, &error);

  g_assert_no_error (error);
  g_test_message ("“%s”: %u hits", query, hits->len);
  g_assert_cmpuint (hits->len, ==, n_hits);
  if (section != NULL)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < hits->len; i++)
        {
          InspSectionHit *hit = g_ptr_array_index (hits, i);

          found |= strcmp (hit->section, section) == 0;
          g_assert_true (strlen (hit->title) > 0);
          g_assert_nonnull (strstr (hit->snippet_markup, "<b>"));
        }
      g_assert_true (found);
    }
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = list_sections (fixture);
  const char *purpose = insp_section_get_uuid (section_at (sections, 0));
  const char *review = insp_section_get_uuid (section_at (sections, 8));
  g_autoptr(InspSection) added = NULL;
  g_autoptr(InspSection) removed = NULL;

  insp_workspace_set_section_text (fixture->workspace, purpose,
                                   "AI moet het werk **wérkbaarder** maken: <minder> werkdruk.",
                                   &error);
  g_assert_no_error (error);
  insp_workspace_set_section_text (fixture->workspace, review,
                                   "Werkbare jobs are reviewed yearly.", &error);
  g_assert_no_error (error);

  /* Diacritics are folded both ways; case too; words are prefixes. */
  assert_finds (fixture->workspace, "werkbaarder", purpose, 1);
  assert_finds (fixture->workspace, "WÉRKBARE", review, 1);
  assert_finds (fixture->workspace, "werkba", NULL, 2);
  assert_finds (fixture->workspace, "werkdruk minder", purpose, 1);
  assert_finds (fixture->workspace, "werkdruk yearly", NULL, 0);
  assert_finds (fixture->workspace, "nothing-like-it", NULL, 0);

  /* What users type is never FTS5 syntax. */
  assert_finds (fixture->workspace, "\"AND ( NEAR* -:", NULL, 0);
  assert_finds (fixture->workspace, "   ", NULL, 0);
  assert_finds (fixture->workspace, "<minder>", purpose, 1);

  /* Changes are found at once; removed sections are gone; own titles are searched. */
  insp_workspace_set_section_text (fixture->workspace, review, "Every year.", &error);
  g_assert_no_error (error);
  assert_finds (fixture->workspace, "werkbare", NULL, 0);
  assert_finds (fixture->workspace, "every", review, 1);
  added = insp_workspace_add_section (fixture->workspace, "Chatbot für Personalfragen", &error);
  g_assert_no_error (error);
  assert_finds (fixture->workspace, "fur", insp_section_get_uuid (added), 1);
  removed = insp_workspace_remove_section (fixture->workspace, insp_section_get_uuid (added),
                                           &error);
  g_assert_no_error (error);
  assert_finds (fixture->workspace, "chatbot", NULL, 0);
}

static void
test_example (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) sections = list_sections (fixture);

  /* The example's vision has real text in every built-in section. */
  g_assert_cmpuint (sections->len, ==, 9);
  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = section_at (sections, i);

      g_assert_cmpstr (insp_section_get_key (section), ==, builtin_keys[i]);
      g_assert_cmpuint (insp_section_get_word_count (section), >, 15);
    }
  assert_finds (fixture->workspace, g_strcmp0 (data, "nl") == 0 ? "werkbaar" : "workable",
                NULL, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/vision/builtin", test_builtin, NULL);
  ADD ("/vision/add-rename-move-remove", test_add_rename_move_remove, NULL);
  ADD ("/vision/remove-and-undo", test_remove_and_undo, NULL);
  ADD ("/vision/text", test_text, NULL);
  ADD ("/vision/search", test_search, NULL);
  ADD ("/vision/example/en", test_example, "en");
  ADD ("/vision/example/nl", test_example, "nl");

  return g_test_run ();
}
