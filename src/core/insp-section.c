/* insp-section.c — the sections of the organisation's AI vision
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The nine built-in sections are identified by their key, which stays when the user gives
 * one a title of their own; own sections have no key and can be removed. Every write is one
 * transaction and emits "changed::sections".
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-section.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-markdown.h"
#include "insp-section-private.h"
#include "insp-workspace-private.h"
#include "insp-validate-private.h"

#define MAX_TITLE_LENGTH 200

struct _InspSection
{
  GObject   parent_instance;

  char     *uuid;
  char     *key;
  char     *title;
  char     *text;
  char     *status;
  guint     position;
  GStrv     groups;
  char     *created;
  char     *modified;
  int       word_count;   /* -1 until counted */

  /* Kept when the section is removed, so that undo puts everything back. */
  GStrv     actions;
};

G_DEFINE_FINAL_TYPE (InspSection, insp_section, G_TYPE_OBJECT)

static void
insp_section_finalize (GObject *object)
{
  InspSection *self = INSP_SECTION (object);

  g_free (self->uuid);
  g_free (self->key);
  g_free (self->title);
  g_free (self->text);
  g_free (self->status);
  g_strfreev (self->groups);
  g_free (self->created);
  g_free (self->modified);
  g_strfreev (self->actions);

  G_OBJECT_CLASS (insp_section_parent_class)->finalize (object);
}

static void
insp_section_class_init (InspSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_section_finalize;
}

static void
insp_section_init (InspSection *self)
{
  self->word_count = -1;
}

const char *
insp_section_get_uuid (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), NULL);
  return self->uuid;
}

/**
 * insp_section_get_key:
 * @self: a section
 *
 * Returns: (nullable): the stable key of a built-in section ("purpose", "red-lines", …),
 *   %NULL for the user's own sections
 */
const char *
insp_section_get_key (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), NULL);
  return self->key;
}

/**
 * insp_section_get_title:
 * @self: a section
 *
 * Returns: (nullable): the title the user gave the section, %NULL when a built-in section
 *   has its own title
 */
const char *
insp_section_get_title (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), NULL);
  return self->title;
}

/**
 * insp_section_get_display_title:
 * @self: a section
 *
 * Returns: the title to show: the user's, or the built-in one in the user's language
 */
const char *
insp_section_get_display_title (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), NULL);

  if (self->title != NULL && self->title[0] != '\0')
    return self->title;
  if (self->key != NULL)
    return insp_section_key_get_title (self->key);
  return "";
}

const char *
insp_section_get_text (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), NULL);
  return self->text != NULL ? self->text : "";
}

/**
 * insp_section_get_status:
 * @self: a section
 *
 * Returns: "draft", "consultation" or "agreed"
 */
const char *
insp_section_get_status (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), NULL);
  return self->status;
}

guint
insp_section_get_position (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), 0);
  return self->position;
}

/**
 * insp_section_get_groups:
 * @self: a section
 *
 * Returns: (transfer none): the uuids of the stakeholder groups that contributed
 */
const char * const *
insp_section_get_groups (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), NULL);
  return (const char * const *) self->groups;
}

guint
insp_section_get_word_count (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), 0);

  if (self->word_count < 0)
    self->word_count = (int) insp_markdown_count_words (self->text, -1);
  return (guint) self->word_count;
}

const char *
insp_section_get_modified (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), NULL);
  return self->modified;
}

gboolean
insp_section_is_builtin (InspSection *self)
{
  g_return_val_if_fail (INSP_IS_SECTION (self), FALSE);
  return self->key != NULL;
}

/* A section as it was in a version: text, title and status, no groups. */
InspSection *
_insp_section_new_snapshot (const char *uuid,
                            const char *key,
                            const char *title,
                            const char *text,
                            const char *status,
                            guint       position)
{
  InspSection *section = g_object_new (INSP_TYPE_SECTION, NULL);

  section->uuid = g_strdup (uuid);
  section->key = g_strdup (key);
  section->title = g_strdup (title);
  section->text = g_strdup (text != NULL ? text : "");
  section->status = g_strdup (status != NULL ? status : "draft");
  section->position = position;
  section->groups = g_new0 (char *, 1);
  return section;
}

void
insp_section_hit_free (InspSectionHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->section);
  g_free (hit->title);
  g_free (hit->snippet_markup);
  g_free (hit);
}

static GStrv
load_strv (InspStore   *store,
           const char  *sql,
           const char  *uuid,
           GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = insp_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

#define SECTION_COLUMNS "uuid, key, title, text, status, position, created, modified"

static InspSection *
section_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(InspSection) section = g_object_new (INSP_TYPE_SECTION, NULL);

  section->uuid = insp_store_column_dup (stmt, 0);
  section->key = insp_store_column_dup (stmt, 1);
  section->title = insp_store_column_dup (stmt, 2);
  section->text = insp_store_column_dup (stmt, 3);
  section->status = insp_store_column_dup (stmt, 4);
  section->position = (guint) MAX (0, sqlite3_column_int (stmt, 5));
  section->created = insp_store_column_dup (stmt, 6);
  section->modified = insp_store_column_dup (stmt, 7);
  return g_steal_pointer (&section);
}

static gboolean
load_groups (InspStore    *store,
             InspSection  *section,
             GError      **error)
{
  section->groups = load_strv (store,
                               "SELECT grp FROM section_groups JOIN groups ON groups.uuid = grp "
                               "WHERE section = ? ORDER BY groups.builtin DESC, "
                               "groups.position, grp",
                               section->uuid, error);
  return section->groups != NULL;
}

/**
 * insp_workspace_list_sections:
 * @self: a workspace
 * @error: why the sections could not be read
 *
 * Returns: (transfer container) (element-type InspSection) (nullable): the vision's
 *   sections in their order
 */
GPtrArray *
insp_workspace_list_sections (InspWorkspace  *self,
                              GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store,
                             "SELECT " SECTION_COLUMNS " FROM sections ORDER BY position, uuid",
                             error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sections, section_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  for (guint i = 0; i < sections->len; i++)
    if (!load_groups (store, g_ptr_array_index (sections, i), error))
      return NULL;

  return g_steal_pointer (&sections);
}

static void
set_not_found (GError     **error,
               const char  *uuid)
{
  g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
               _("There is no vision section %s (it may have been removed)"), uuid);
}

/**
 * insp_workspace_get_section:
 * @self: a workspace
 * @uuid: the section's uuid
 * @error: %INSP_ERROR_NOT_FOUND when there is no such section
 *
 * Returns: (transfer full) (nullable): the section as it is stored now
 */
InspSection *
insp_workspace_get_section (InspWorkspace  *self,
                            const char     *uuid,
                            GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(InspSection) section = NULL;
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store, "SELECT " SECTION_COLUMNS " FROM sections WHERE uuid = ?",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    section = section_from_row (stmt);
  sqlite3_reset (stmt);

  if (section == NULL)
    {
      set_not_found (error, uuid);
      return NULL;
    }
  if (!load_groups (store, section, error))
    return NULL;

  return g_steal_pointer (&section);
}

/* A title the user typed: trimmed, not empty, not too long, one line. */
static char *
clean_title (const char  *title,
             GError     **error)
{
  g_autofree char *clean = NULL;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("A section title must be text"));
      return NULL;
    }

  clean = g_strstrip (g_strdup (title));
  for (char *p = clean; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  if (clean[0] == '\0')
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("A section needs a title"));
      return NULL;
    }
  if (g_utf8_strlen (clean, -1) > MAX_TITLE_LENGTH)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("A section title can be at most %d characters long"), MAX_TITLE_LENGTH);
      return NULL;
    }

  return g_steal_pointer (&clean);
}

typedef struct
{
  const char   *uuid;
  const char   *title;
  const char   *text;
  const char   *status;
  const char * const *groups;
  guint         position;
  InspSection  *section;
} SectionChange;

static gboolean
update_column (InspWorkspace  *self,
               const char     *sql,
               const char     *uuid,
               const char     *value,
               GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt = insp_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  if (sqlite3_changes (insp_store_get_db (store)) == 0)
    {
      set_not_found (error, uuid);
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_section (InspWorkspace  *self,
             gpointer        data,
             GError        **error)
{
  SectionChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *uuid = _insp_workspace_new_uuid ();
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO sections (uuid, title, position, created, modified) "
                             "VALUES (?, ?, (SELECT coalesce (max (position) + 1, 0) "
                             "FROM sections), ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  change->section = insp_workspace_get_section (self, uuid, error);
  return change->section != NULL;
}

/**
 * insp_workspace_add_section:
 * @self: a workspace
 * @title: the new section's title
 * @error: why it could not be added (an empty title, say)
 *
 * Adds an own section at the end of the vision.
 *
 * Returns: (transfer full) (nullable): the new section
 */
InspSection *
insp_workspace_add_section (InspWorkspace  *self,
                            const char     *title,
                            GError        **error)
{
  g_autofree char *clean = NULL;
  SectionChange change = { 0 };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  clean = clean_title (title, error);
  if (clean == NULL)
    return NULL;

  change.title = clean;
  if (!_insp_workspace_in_transaction (self, add_section, &change, error))
    {
      g_clear_object (&change.section);
      return NULL;
    }

  _insp_workspace_emit_changed (self, "sections");
  return change.section;
}

static gboolean
rename_section (InspWorkspace  *self,
                gpointer        data,
                GError        **error)
{
  SectionChange *change = data;

  return update_column (self, "UPDATE sections SET title = ?, modified = ? WHERE uuid = ?",
                        change->uuid, change->title, error);
}

/**
 * insp_workspace_rename_section:
 * @self: a workspace
 * @uuid: the section
 * @title: (nullable): its new title; for a built-in section, %NULL or "" gives it back its
 *   own title
 * @error: why it could not be renamed
 *
 * A built-in section keeps its key when renamed: it stays the same section.
 *
 * Returns: whether the section was renamed
 */
gboolean
insp_workspace_rename_section (InspWorkspace  *self,
                               const char     *uuid,
                               const char     *title,
                               GError        **error)
{
  g_autoptr(InspSection) section = NULL;
  g_autofree char *clean = NULL;
  SectionChange change = { .uuid = uuid };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  section = insp_workspace_get_section (self, uuid, error);
  if (section == NULL)
    return FALSE;

  if (section->key != NULL && insp_is_blank (title))
    clean = NULL;
  else if ((clean = clean_title (title, error)) == NULL)
    return FALSE;

  /* Typing the built-in title is the same as keeping it. */
  if (clean != NULL && section->key != NULL
      && g_strcmp0 (clean, insp_section_key_get_title (section->key)) == 0)
    g_clear_pointer (&clean, g_free);

  if (g_strcmp0 (clean, section->title) == 0)
    return TRUE;

  change.title = clean;
  if (!_insp_workspace_in_transaction (self, rename_section, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "sections");
  return TRUE;
}

/* Renumbers the sections 0, 1, 2, … in @order. */
static gboolean
write_positions (InspWorkspace  *self,
                 GPtrArray      *order,
                 GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);

  for (guint i = 0; i < order->len; i++)
    {
      sqlite3_stmt *stmt = insp_store_prepare (store,
                                               "UPDATE sections SET position = ? "
                                               "WHERE uuid = ? AND position IS NOT ?", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_text (stmt, 2, g_ptr_array_index (order, i), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!insp_store_run (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
load_order (InspWorkspace  *self,
            GError        **error)
{
  g_auto(GStrv) uuids = load_strv (_insp_workspace_get_store (self),
                                   "SELECT uuid FROM sections ORDER BY position, uuid", NULL, error);
  GPtrArray *order;

  if (uuids == NULL)
    return NULL;
  order = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; uuids[i] != NULL; i++)
    g_ptr_array_add (order, g_strdup (uuids[i]));
  return order;
}

static gboolean
move_section (InspWorkspace  *self,
              gpointer        data,
              GError        **error)
{
  SectionChange *change = data;
  g_autoptr(GPtrArray) order = load_order (self, error);
  guint index;
  char *uuid;

  if (order == NULL)
    return FALSE;
  if (!g_ptr_array_find_with_equal_func (order, change->uuid, g_str_equal, &index))
    {
      set_not_found (error, change->uuid);
      return FALSE;
    }

  uuid = g_ptr_array_steal_index (order, index);
  g_ptr_array_insert (order, (int) MIN (change->position, order->len), uuid);
  return write_positions (self, order, error);
}

/**
 * insp_workspace_move_section:
 * @self: a workspace
 * @uuid: the section to move
 * @position: where it goes, 0 for first (beyond the end: last)
 * @error: why it could not be moved
 *
 * Returns: whether the section was moved
 */
gboolean
insp_workspace_move_section (InspWorkspace  *self,
                             const char     *uuid,
                             guint           position,
                             GError        **error)
{
  SectionChange change = { .uuid = uuid, .position = position };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, move_section, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "sections");
  return TRUE;
}

static gboolean
remove_section (InspWorkspace  *self,
                gpointer        data,
                GError        **error)
{
  SectionChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) order = NULL;
  sqlite3_stmt *stmt;

  change->section->actions = load_strv (store, "SELECT uuid FROM actions WHERE section = ? "
                                        "ORDER BY uuid", change->uuid, error);
  if (change->section->actions == NULL)
    return FALSE;

  stmt = insp_store_prepare (store, "DELETE FROM sections WHERE uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->uuid, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  order = load_order (self, error);
  return order != NULL && write_positions (self, order, error);
}

/**
 * insp_workspace_remove_section:
 * @self: a workspace
 * @uuid: one of the user's own sections
 * @error: why it could not be removed (a built-in section cannot be)
 *
 * Removes the section, its groups, and the links of actions to it.
 *
 * Returns: (transfer full) (nullable): the removed section with everything needed to put
 *   it back with insp_workspace_restore_section ()
 */
InspSection *
insp_workspace_remove_section (InspWorkspace  *self,
                               const char     *uuid,
                               GError        **error)
{
  SectionChange change = { .uuid = uuid };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  change.section = insp_workspace_get_section (self, uuid, error);
  if (change.section == NULL)
    return NULL;

  if (change.section->key != NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("“%s” is one of the vision’s built-in sections and cannot be removed"),
                   insp_section_get_display_title (change.section));
      g_clear_object (&change.section);
      return NULL;
    }

  if (!_insp_workspace_in_transaction (self, remove_section, &change, error))
    {
      g_clear_object (&change.section);
      return NULL;
    }

  _insp_workspace_emit_changed (self, "sections");
  return change.section;
}

static gboolean
insert_groups (InspWorkspace       *self,
               const char          *uuid,
               const char * const  *groups,
               GError             **error)
{
  return insp_store_replace_links (_insp_workspace_get_store (self), "section_groups", "section",
                                   uuid, "grp", groups, "groups", error);
}

static gboolean
restore_section (InspWorkspace  *self,
                 gpointer        data,
                 GError        **error)
{
  InspSection *section = ((SectionChange *) data)->section;
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) order = NULL;
  sqlite3_stmt *stmt;
  guint index;

  stmt = insp_store_prepare (store,
                             "INSERT INTO sections (" SECTION_COLUMNS ") "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, section->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, section->key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, section->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, section->text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, section->status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, -1);
  sqlite3_bind_text (stmt, 7, section->created, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, section->modified, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  if (!insert_groups (self, section->uuid, (const char * const *) section->groups, error))
    return FALSE;

  for (guint i = 0; section->actions != NULL && section->actions[i] != NULL; i++)
    {
      stmt = insp_store_prepare (store, "UPDATE actions SET section = ? WHERE uuid = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, section->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, section->actions[i], -1, SQLITE_TRANSIENT);
      if (!insp_store_run (store, stmt, error))
        return FALSE;
    }

  /* Back in its place. */
  order = load_order (self, error);
  if (order == NULL)
    return FALSE;
  if (g_ptr_array_find_with_equal_func (order, section->uuid, g_str_equal, &index))
    g_ptr_array_remove_index (order, index);
  g_ptr_array_insert (order, (int) MIN (section->position, order->len),
                      g_strdup (section->uuid));
  return write_positions (self, order, error);
}

/**
 * insp_workspace_restore_section:
 * @self: a workspace
 * @removed: what insp_workspace_remove_section () returned
 * @error: why it could not be put back
 *
 * Undoes the removal of a section: its text, place, groups and the actions linked to it.
 *
 * Returns: whether the section is back
 */
gboolean
insp_workspace_restore_section (InspWorkspace  *self,
                                InspSection    *removed,
                                GError        **error)
{
  SectionChange change = { .section = removed };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (INSP_IS_SECTION (removed), FALSE);

  if (!_insp_workspace_in_transaction (self, restore_section, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "sections");
  return TRUE;
}

static gboolean
set_text (InspWorkspace  *self,
          gpointer        data,
          GError        **error)
{
  SectionChange *change = data;

  return update_column (self,
                        "UPDATE sections SET text = ?, modified = ? "
                        "WHERE uuid = ?", change->uuid, change->text, error);
}

/**
 * insp_workspace_set_section_text:
 * @self: a workspace
 * @uuid: the section
 * @text: its CommonMark text
 * @error: why it could not be written (text that is not valid UTF-8, say)
 *
 * Writes the text of a section: what the editor's autosave calls. Writing the same text
 * again changes nothing.
 *
 * Returns: whether the text is stored
 */
gboolean
insp_workspace_set_section_text (InspWorkspace  *self,
                                 const char     *uuid,
                                 const char     *text,
                                 GError        **error)
{
  InspStore *store;
  SectionChange change = { .uuid = uuid, .text = text != NULL ? text : "" };
  sqlite3_stmt *stmt;
  gboolean same;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!insp_markdown_validate (change.text, -1, uuid, error))
    return FALSE;

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store, "SELECT text = ? FROM sections WHERE uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change.text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  same = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 1;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (same)
    return TRUE;

  if (!_insp_workspace_in_transaction (self, set_text, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "sections");
  return TRUE;
}

static gboolean
set_status (InspWorkspace  *self,
            gpointer        data,
            GError        **error)
{
  SectionChange *change = data;

  return update_column (self, "UPDATE sections SET status = ?, modified = ? WHERE uuid = ?",
                        change->uuid, change->status, error);
}

/**
 * insp_workspace_set_section_status:
 * @self: a workspace
 * @uuid: the section
 * @status: "draft", "consultation" or "agreed"
 * @error: why it could not be set
 *
 * Returns: whether the status is stored
 */
gboolean
insp_workspace_set_section_status (InspWorkspace  *self,
                                   const char     *uuid,
                                   const char     *status,
                                   GError        **error)
{
  SectionChange change = { .uuid = uuid, .status = status };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!insp_enum_contains (&insp_enum_section_status, status))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("“%s” is not a section status (draft, consultation or agreed)"),
                   status != NULL ? status : "");
      return FALSE;
    }

  if (!_insp_workspace_in_transaction (self, set_status, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "sections");
  return TRUE;
}

static gboolean
set_groups (InspWorkspace  *self,
            gpointer        data,
            GError        **error)
{
  SectionChange *change = data;

  if (!update_column (self, "UPDATE sections SET modified = ?2 WHERE uuid = ?3",
                      change->uuid, NULL, error))
    return FALSE;

  /* Only groups that exist: an unknown uuid is ignored, not an error. */
  return insert_groups (self, change->uuid, change->groups, error);
}

/**
 * insp_workspace_set_section_groups:
 * @self: a workspace
 * @uuid: the section
 * @groups: (array zero-terminated=1): the uuids of the groups that contributed
 * @error: why they could not be set
 *
 * Unknown group uuids are ignored.
 *
 * Returns: whether the groups are stored
 */
gboolean
insp_workspace_set_section_groups (InspWorkspace       *self,
                                   const char          *uuid,
                                   const char * const  *groups,
                                   GError             **error)
{
  SectionChange change = { .uuid = uuid, .groups = groups };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, set_groups, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "sections");
  return TRUE;
}

/* Brings the search index up to date with the sections written since the last search. */
static gboolean
refresh_index (InspWorkspace  *self,
               gpointer        data,
               GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_auto(GStrv) stale = load_strv (store, "SELECT section FROM section_search_stale", NULL, error);
  static const char *statements[] = {
    "DELETE FROM section_search WHERE section = ?",
    ("INSERT INTO section_search (section, title, text) "
     "SELECT uuid, title, text FROM sections WHERE uuid = ?"),
    "DELETE FROM section_search_stale WHERE section = ?",
  };

  if (stale == NULL)
    return FALSE;

  for (guint i = 0; stale[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (statements); j++)
      {
        sqlite3_stmt *stmt = insp_store_prepare (store, statements[j], error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_text (stmt, 1, stale[i], -1, SQLITE_TRANSIENT);
        if (!insp_store_run (store, stmt, error))
          return FALSE;
      }

  return TRUE;
}

/* The user's words as an FTS5 query: each word a quoted prefix, all of them required. The
 * user never types FTS5 syntax, so quotes or operators in the query are just characters. */
char *
_insp_search_make_match (const char *query)
{
  GString *match = g_string_new (NULL);
  const char *p = query;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p))
                            || g_unichar_ismark (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          if (match->len > 0)
            g_string_append_c (match, ' ');
          g_string_append_c (match, '"');
          g_string_append_len (match, start, p - start);
          g_string_append (match, "\"*");
        }
    }

  return g_string_free (match, match->len == 0);
}

/* FTS5's snippet with \x01 and \x02 around the matches, as Pango markup. */
char *
_insp_search_snippet_to_markup (const char *snippet)
{
  GString *markup = g_string_new (NULL);
  const char *p = snippet != NULL ? snippet : "";

  while (*p != '\0')
    {
      const char *next = p + strcspn (p, "\x01\x02\n");
      g_autofree char *escaped = g_markup_escape_text (p, next - p);

      g_string_append (markup, escaped);
      if (*next == '\x01')
        g_string_append (markup, "<b>");
      else if (*next == '\x02')
        g_string_append (markup, "</b>");
      else if (*next == '\n')
        g_string_append_c (markup, ' ');
      p = *next != '\0' ? next + 1 : next;
    }

  return g_string_free (markup, FALSE);
}

/**
 * insp_workspace_search_sections:
 * @self: a workspace
 * @query: words to find, as typed
 * @max_hits: the most results to return
 * @error: why the search failed
 *
 * Finds the sections that contain all the words of @query (each also as the start of a
 * longer word), diacritics folded: "werkbare" finds "wérkbare". Best matches first.
 *
 * Returns: (transfer container) (element-type InspSectionHit) (nullable): the results
 */
GPtrArray *
insp_workspace_search_sections (InspWorkspace  *self,
                                const char     *query,
                                guint           max_hits,
                                GError        **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              insp_section_hit_free);
  g_autofree char *match = NULL;
  InspStore *store;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  if (query == NULL || !g_utf8_validate (query, -1, NULL)
      || (match = _insp_search_make_match (query)) == NULL)
    return g_steal_pointer (&hits);

  if (!_insp_workspace_in_transaction (self, refresh_index, NULL, error))
    return NULL;

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store,
                             "SELECT s.uuid, s.key, s.title, "
                             "snippet (section_search, -1, char (1), char (2), '…', 16) "
                             "FROM section_search JOIN sections AS s ON s.uuid = section "
                             "WHERE section_search MATCH ? ORDER BY rank, s.position LIMIT ?",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) MIN (max_hits, G_MAXINT));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspSectionHit *hit = g_new0 (InspSectionHit, 1);
      const char *key = (const char *) sqlite3_column_text (stmt, 1);
      const char *title = (const char *) sqlite3_column_text (stmt, 2);

      hit->section = insp_store_column_dup (stmt, 0);
      hit->title = g_strdup (title != NULL && title[0] != '\0' ? title
                             : key != NULL ? insp_section_key_get_title (key) : "");
      hit->snippet_markup = _insp_search_snippet_to_markup ((const char *)
                                                             sqlite3_column_text (stmt, 3));
      g_ptr_array_add (hits, hit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&hits);
}
