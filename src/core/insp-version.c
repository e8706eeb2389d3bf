/* insp-version.c — versions of the AI vision, what changed between them, and their review
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A version is a numbered, named snapshot of every section. Versions are compared on the
 * parsed text (what a reader reads, not the markup) with insp-diff. Restoring first saves
 * the current state as a version of its own, so that a restore can be undone by restoring
 * that one. A review belongs to one version; once signed off it is history: it cannot be
 * changed (the schema refuses too), and removing it only marks it removed, with a reason.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-version.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-markdown.h"
#include "insp-section-private.h"
#include "insp-workspace-private.h"

#define MAX_LABEL_LENGTH 200

struct _InspVersion
{
  GObject    parent_instance;

  char      *uuid;
  guint      number;
  char      *label;
  char      *author_role;
  char      *created;
  gboolean   reviewed;
  GPtrArray *sections;
};

struct _InspReview
{
  GObject    parent_instance;

  char      *uuid;
  char      *version;
  guint      version_number;
  char      *opinion;
  char      *signed_date;
  char      *signed_by;
  char      *removed_date;
  char      *removed_reason;
  char      *created;
  GPtrArray *verdicts;
};

G_DEFINE_FINAL_TYPE (InspVersion, insp_version, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (InspReview, insp_review, G_TYPE_OBJECT)

static void
insp_version_finalize (GObject *object)
{
  InspVersion *self = INSP_VERSION (object);

  g_free (self->uuid);
  g_free (self->label);
  g_free (self->author_role);
  g_free (self->created);
  g_clear_pointer (&self->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_version_parent_class)->finalize (object);
}

static void
insp_version_class_init (InspVersionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_version_finalize;
}

static void
insp_version_init (InspVersion *self)
{
  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
verdict_free (InspVerdict *verdict)
{
  g_free (verdict->section);
  g_free (verdict->verdict);
  g_free (verdict->comments);
  g_free (verdict);
}

static void
insp_review_finalize (GObject *object)
{
  InspReview *self = INSP_REVIEW (object);

  g_free (self->uuid);
  g_free (self->version);
  g_free (self->opinion);
  g_free (self->signed_date);
  g_free (self->signed_by);
  g_free (self->removed_date);
  g_free (self->removed_reason);
  g_free (self->created);
  g_clear_pointer (&self->verdicts, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_review_parent_class)->finalize (object);
}

static void
insp_review_class_init (InspReviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_review_finalize;
}

static void
insp_review_init (InspReview *self)
{
  self->verdicts = g_ptr_array_new_with_free_func ((GDestroyNotify) verdict_free);
}

const char *
insp_version_get_uuid (InspVersion *self)
{
  g_return_val_if_fail (INSP_IS_VERSION (self), NULL);
  return self->uuid;
}

guint
insp_version_get_number (InspVersion *self)
{
  g_return_val_if_fail (INSP_IS_VERSION (self), 0);
  return self->number;
}

const char *
insp_version_get_label (InspVersion *self)
{
  g_return_val_if_fail (INSP_IS_VERSION (self), NULL);
  return self->label;
}

const char *
insp_version_get_author_role (InspVersion *self)
{
  g_return_val_if_fail (INSP_IS_VERSION (self), NULL);
  return self->author_role;
}

const char *
insp_version_get_created (InspVersion *self)
{
  g_return_val_if_fail (INSP_IS_VERSION (self), NULL);
  return self->created;
}

/**
 * insp_version_is_reviewed:
 * @self: a version
 *
 * Returns: whether a review of this version was signed off (and not removed)
 */
gboolean
insp_version_is_reviewed (InspVersion *self)
{
  g_return_val_if_fail (INSP_IS_VERSION (self), FALSE);
  return self->reviewed;
}

/**
 * insp_version_get_sections:
 * @self: a version
 *
 * Returns: (transfer none) (element-type InspSection): the sections as they were, in their
 *   order then; their groups are not kept in a version
 */
GPtrArray *
insp_version_get_sections (InspVersion *self)
{
  g_return_val_if_fail (INSP_IS_VERSION (self), NULL);
  return self->sections;
}

const char *
insp_review_get_uuid (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->uuid;
}

const char *
insp_review_get_version (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->version;
}

guint
insp_review_get_version_number (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), 0);
  return self->version_number;
}

const char *
insp_review_get_opinion (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->opinion;
}

const char *
insp_review_get_signed_date (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->signed_date;
}

const char *
insp_review_get_signed_by (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->signed_by;
}

const char *
insp_review_get_removed_date (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->removed_date;
}

const char *
insp_review_get_removed_reason (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->removed_reason;
}

const char *
insp_review_get_created (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->created;
}

gboolean
insp_review_is_signed (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), FALSE);
  return self->signed_date != NULL;
}

gboolean
insp_review_is_removed (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), FALSE);
  return self->removed_date != NULL;
}

/**
 * insp_review_get_verdicts:
 * @self: a review
 *
 * Returns: (transfer none) (element-type InspVerdict): a verdict per section of the version
 */
GPtrArray *
insp_review_get_verdicts (InspReview *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);
  return self->verdicts;
}

/**
 * insp_review_get_verdict:
 * @self: a review
 * @section: a section's uuid
 *
 * Returns: (nullable): the verdict on @section, %NULL when the review has none
 */
const InspVerdict *
insp_review_get_verdict (InspReview *self,
                         const char *section)
{
  g_return_val_if_fail (INSP_IS_REVIEW (self), NULL);

  for (guint i = 0; i < self->verdicts->len; i++)
    {
      const InspVerdict *verdict = g_ptr_array_index (self->verdicts, i);

      if (g_strcmp0 (verdict->section, section) == 0)
        return verdict;
    }
  return NULL;
}

/* --- Reading ---------------------------------------------------------------------------- */

static gboolean
load_version_sections (InspStore    *store,
                       InspVersion  *version,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store,
                             "SELECT section, key, title, text, status, position "
                             "FROM version_sections WHERE version = ? ORDER BY position, section",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, version->uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (version->sections,
                     _insp_section_new_snapshot ((const char *) sqlite3_column_text (stmt, 0),
                                                 (const char *) sqlite3_column_text (stmt, 1),
                                                 (const char *) sqlite3_column_text (stmt, 2),
                                                 (const char *) sqlite3_column_text (stmt, 3),
                                                 (const char *) sqlite3_column_text (stmt, 4),
                                                 (guint) MAX (0, sqlite3_column_int (stmt, 5))));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

/* Versions matching a WHERE clause with one text parameter (or none). */
static GPtrArray *
load_versions (InspWorkspace  *self,
               const char     *where,
               const char     *parameter,
               GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT uuid, number, label, author_role, created, "
                         "EXISTS (SELECT 1 FROM reviews AS r WHERE r.version = v.uuid "
                         "AND r.signed_date IS NOT NULL AND r.removed_date IS NULL) "
                         "FROM versions AS v %s ORDER BY number", where);
  stmt = insp_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  if (parameter != NULL)
    sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspVersion *version = g_object_new (INSP_TYPE_VERSION, NULL);

      version->uuid = insp_store_column_dup (stmt, 0);
      version->number = (guint) MAX (0, sqlite3_column_int (stmt, 1));
      version->label = insp_store_column_dup (stmt, 2);
      version->author_role = insp_store_column_dup (stmt, 3);
      version->created = insp_store_column_dup (stmt, 4);
      version->reviewed = sqlite3_column_int (stmt, 5) != 0;
      g_ptr_array_add (versions, version);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  for (guint i = 0; i < versions->len; i++)
    if (!load_version_sections (store, g_ptr_array_index (versions, i), error))
      return NULL;

  return g_steal_pointer (&versions);
}

/**
 * insp_workspace_list_versions:
 * @self: a workspace
 * @error: why the versions could not be read
 *
 * Returns: (transfer container) (element-type InspVersion) (nullable): the vision's
 *   versions, by number
 */
GPtrArray *
insp_workspace_list_versions (InspWorkspace  *self,
                              GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  return load_versions (self, "", NULL, error);
}

static gboolean
is_number (const char *text)
{
  if (text == NULL || *text == '\0' || strlen (text) > 9)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/**
 * insp_workspace_find_version:
 * @self: a workspace
 * @label_or_number: a version's number ("2") or its label
 * @error: %INSP_ERROR_NOT_FOUND naming the versions there are
 *
 * Returns: (transfer full) (nullable): the version
 */
InspVersion *
insp_workspace_find_version (InspWorkspace  *self,
                             const char     *label_or_number,
                             GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GString) known = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  found = load_versions (self,
                         is_number (label_or_number) ? "WHERE number = CAST (?1 AS INTEGER)"
                                                     : "WHERE label = ?1",
                         label_or_number != NULL ? label_or_number : "", error);
  if (found == NULL)
    return NULL;
  if (found->len > 0)
    return g_object_ref (g_ptr_array_index (found, 0));

  all = insp_workspace_list_versions (self, error);
  if (all == NULL)
    return NULL;
  if (all->len == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("There is no version “%s”: the vision has no versions yet"),
                   label_or_number != NULL ? label_or_number : "");
      return NULL;
    }

  known = g_string_new (NULL);
  for (guint i = 0; i < all->len; i++)
    {
      InspVersion *version = g_ptr_array_index (all, i);

      g_string_append_printf (known, "\n  %u  %s", version->number, version->label);
    }
  g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
               _("There is no version “%s”. The versions are:%s"),
               label_or_number != NULL ? label_or_number : "", known->str);
  return NULL;
}

/* --- Saving a version -------------------------------------------------------------------- */

static char *
clean_text (const char *text)
{
  char *clean;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  clean = g_strstrip (g_strdup (text));
  for (char *p = clean; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  if (clean[0] == '\0')
    g_clear_pointer (&clean, g_free);
  return clean;
}

static gboolean
label_exists (InspStore   *store,
              const char  *label,
              guint       *number)
{
  sqlite3_stmt *stmt = insp_store_prepare (store, "SELECT number FROM versions WHERE label = ?",
                                           NULL);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, label, -1, SQLITE_TRANSIENT);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  if (exists && number != NULL)
    *number = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return exists;
}

typedef struct
{
  const char  *label;
  const char  *author_role;
  InspVersion *version;        /* in: to restore; out: the version saved */
  const char  *section;        /* restore only this one */
  InspVersion *saved;
} VersionChange;

/* Snapshots every section as version max + 1. */
static gboolean
save_version (InspWorkspace  *self,
              const char     *label,
              const char     *author_role,
              char          **uuid_out,
              GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *uuid = _insp_workspace_new_uuid ();
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO versions (uuid, number, label, author_role, created, "
                             "modified) VALUES (?, (SELECT coalesce (max (number), 0) + 1 "
                             "FROM versions), ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, label, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, author_role, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  stmt = insp_store_prepare (store,
                             "INSERT INTO version_sections (version, section, key, title, text, "
                             "status, position) SELECT ?, uuid, key, title, text, status, "
                             "position FROM sections", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  *uuid_out = g_steal_pointer (&uuid);
  return TRUE;
}

static InspVersion *
get_version_by_uuid (InspWorkspace  *self,
                     const char     *uuid,
                     GError        **error)
{
  g_autoptr(GPtrArray) found = load_versions (self, "WHERE uuid = ?1", uuid, error);

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("The version was removed from the workspace"));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

static gboolean
save_version_in_transaction (InspWorkspace  *self,
                             gpointer        data,
                             GError        **error)
{
  VersionChange *change = data;
  g_autofree char *uuid = NULL;

  if (!save_version (self, change->label, change->author_role, &uuid, error))
    return FALSE;
  change->saved = get_version_by_uuid (self, uuid, error);
  return change->saved != NULL;
}

/**
 * insp_workspace_save_version:
 * @self: a workspace
 * @label: the version's name, unique in the vision
 * @author_role: (nullable): who made it, as a role ("HR manager")
 * @error: why it could not be saved (a label in use, say)
 *
 * Takes a snapshot of the whole vision as the next version.
 *
 * Returns: (transfer full) (nullable): the new version
 */
InspVersion *
insp_workspace_save_version (InspWorkspace  *self,
                             const char     *label,
                             const char     *author_role,
                             GError        **error)
{
  g_autofree char *clean_label = clean_text (label);
  g_autofree char *clean_role = clean_text (author_role);
  VersionChange change = { 0 };
  guint number = 0;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  if (clean_label == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA, _("A version needs a name"));
      return NULL;
    }
  if (g_utf8_strlen (clean_label, -1) > MAX_LABEL_LENGTH
      || (clean_role != NULL && g_utf8_strlen (clean_role, -1) > MAX_LABEL_LENGTH))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("A version’s name and its author’s role can be at most %d characters "
                     "long"), MAX_LABEL_LENGTH);
      return NULL;
    }
  if (label_exists (_insp_workspace_get_store (self), clean_label, &number))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_EXISTS,
                   _("Version %u is already called “%s”: give this one another name"),
                   number, clean_label);
      return NULL;
    }

  change.label = clean_label;
  change.author_role = clean_role;
  if (!_insp_workspace_in_transaction (self, save_version_in_transaction, &change, error))
    {
      g_clear_object (&change.saved);
      return NULL;
    }

  _insp_workspace_emit_changed (self, "versions");
  return change.saved;
}

/* --- Comparing -------------------------------------------------------------------------- */

static InspDiffSectionInput *
make_inputs (GPtrArray *sections,
             GPtrArray *keep)
{
  InspDiffSectionInput *inputs = g_new0 (InspDiffSectionInput, MAX (sections->len, 1));

  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);
      char *plain = insp_markdown_to_plain (insp_section_get_text (section), -1);

      g_ptr_array_add (keep, plain);
      inputs[i].uuid = insp_section_get_uuid (section);
      inputs[i].key = insp_section_get_key (section);
      inputs[i].title = insp_section_get_display_title (section);
      inputs[i].text = plain;
    }
  return inputs;
}

/**
 * insp_workspace_compare:
 * @self: a workspace
 * @from: the earlier version
 * @to: (nullable): the later version, or %NULL for the text as it is now
 * @error: why the sections could not be read
 *
 * Compares two states of the vision on what a reader reads (the parsed text, not the
 * markup), section by section, matched by identity: added, removed, renamed, moved,
 * changed (with the words added and removed) or unchanged.
 *
 * Returns: (transfer container) (element-type InspSectionDiff) (nullable): one item per
 *   section, in the reading order of @to
 */
GPtrArray *
insp_workspace_compare (InspWorkspace  *self,
                        InspVersion    *from,
                        InspVersion    *to,
                        GError        **error)
{
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autofree InspDiffSectionInput *old_inputs = NULL;
  g_autofree InspDiffSectionInput *new_inputs = NULL;
  GPtrArray *to_sections;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (INSP_IS_VERSION (from), NULL);

  if (to != NULL)
    to_sections = to->sections;
  else
    {
      current = insp_workspace_list_sections (self, error);
      if (current == NULL)
        return NULL;
      to_sections = current;
    }

  old_inputs = make_inputs (from->sections, keep);
  new_inputs = make_inputs (to_sections, keep);
  return insp_diff_sections (old_inputs, from->sections->len, new_inputs, to_sections->len);
}

/**
 * insp_workspace_count_changed_since:
 * @self: a workspace
 * @version: a version
 * @error: why the sections could not be read
 *
 * Returns: how many sections differ between @version and the text now in any way: added,
 *   removed, renamed, moved or changed
 */
guint
insp_workspace_count_changed_since (InspWorkspace  *self,
                                    InspVersion    *version,
                                    GError        **error)
{
  g_autoptr(GPtrArray) diffs = insp_workspace_compare (self, version, NULL, error);
  guint n = 0;

  for (guint i = 0; diffs != NULL && i < diffs->len; i++)
    if (((InspSectionDiff *) g_ptr_array_index (diffs, i))->change
        != INSP_SECTION_CHANGE_UNCHANGED)
      n++;
  return n;
}

/* --- Restoring ---------------------------------------------------------------------------- */

static gboolean
restore_one (InspStore    *store,
             InspSection  *section,
             gboolean      with_position,
             GError      **error)
{
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  /* Back as it was; a section removed since comes back with its identity. */
  stmt = insp_store_prepare (store,
                             "INSERT INTO sections (uuid, key, title, text, status, position, "
                             "created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
                             "ON CONFLICT (uuid) DO UPDATE SET title = ?3, text = ?4, "
                             "status = ?5, position = CASE WHEN ?8 THEN ?6 ELSE position END, "
                             "modified = ?7 WHERE title IS NOT ?3 OR text IS NOT ?4 "
                             "OR status IS NOT ?5 OR (?8 AND position IS NOT ?6)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, insp_section_get_uuid (section), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, insp_section_get_key (section), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, insp_section_get_title (section), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, insp_section_get_text (section), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, insp_section_get_status (section), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, (int) insp_section_get_position (section));
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, with_position);
  return insp_store_run (store, stmt, error);
}

/* Positions 0, 1, 2, … in the current order (a section brought back may share a number). */
static gboolean
renumber (InspStore  *store,
          GError    **error)
{
  return insp_store_exec (store,
                          "UPDATE sections SET position = (SELECT count(*) FROM sections AS o "
                          "WHERE o.position < sections.position OR (o.position = "
                          "sections.position AND o.uuid < sections.uuid)) "
                          "WHERE position IS NOT (SELECT count(*) FROM sections AS o "
                          "WHERE o.position < sections.position OR (o.position = "
                          "sections.position AND o.uuid < sections.uuid))", error);
}

static gboolean
restore_in_transaction (InspWorkspace  *self,
                        gpointer        data,
                        GError        **error)
{
  VersionChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *uuid = NULL;
  g_autofree char *label = NULL;
  GPtrArray *sections = change->version->sections;
  gboolean found = FALSE;

  /* First the state now, as a version of its own: restoring it undoes this. */
  for (guint n = 1; label == NULL || label_exists (store, label, NULL); n++)
    {
      g_free (label);
      label = n == 1
        ? g_strdup_printf (_("Before restoring version %u"), change->version->number)
        : g_strdup_printf (_("Before restoring version %u (%u)"), change->version->number, n);
    }
  if (!save_version (self, label, NULL, &uuid, error))
    return FALSE;

  for (guint i = 0; i < sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (sections, i);

      if (change->section != NULL
          && g_strcmp0 (change->section, insp_section_get_uuid (section)) != 0)
        continue;
      found = TRUE;
      if (!restore_one (store, section, change->section == NULL, error))
        return FALSE;
    }

  if (change->section != NULL && !found)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("Version %u has no such section"), change->version->number);
      return FALSE;
    }

  /* The whole vision: own sections written since go (they are in the snapshot). */
  if (change->section == NULL)
    {
      sqlite3_stmt *stmt = insp_store_prepare (store,
                                               "DELETE FROM sections WHERE key IS NULL AND "
                                               "uuid NOT IN (SELECT section FROM "
                                               "version_sections WHERE version = ?)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, change->version->uuid, -1, SQLITE_TRANSIENT);
      if (!insp_store_run (store, stmt, error))
        return FALSE;
    }

  if (!renumber (store, error))
    return FALSE;

  change->saved = get_version_by_uuid (self, uuid, error);
  return change->saved != NULL;
}

/**
 * insp_workspace_restore_version:
 * @self: a workspace
 * @version: the version to go back to
 * @section: (nullable): one section's uuid, or %NULL for the whole vision
 * @error: why it could not be restored
 *
 * Puts back the text, title and status of @section (or of every section, their order, and
 * removes own sections added since) as they were in @version. The current state is first
 * saved as a new version, which is returned: restoring that one undoes the restore.
 *
 * Returns: (transfer full) (nullable): the version holding the state before the restore
 */
InspVersion *
insp_workspace_restore_version (InspWorkspace  *self,
                                InspVersion    *version,
                                const char     *section,
                                GError        **error)
{
  VersionChange change = { .version = version, .section = section };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (INSP_IS_VERSION (version), NULL);

  if (!_insp_workspace_in_transaction (self, restore_in_transaction, &change, error))
    {
      g_clear_object (&change.saved);
      return NULL;
    }

  _insp_workspace_emit_changed (self, "versions");
  _insp_workspace_emit_changed (self, "sections");
  return change.saved;
}

/* --- Reviews ------------------------------------------------------------------------------ */

static GPtrArray *
load_reviews (InspWorkspace  *self,
              const char     *where_order,
              const char     *parameter,
              GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  sql = g_strdup_printf ("SELECT r.uuid, r.version, v.number, r.opinion, r.signed_date, "
                         "r.signed_by, r.removed_date, r.removed_reason, r.created "
                         "FROM reviews AS r JOIN versions AS v ON v.uuid = r.version %s",
                         where_order);
  stmt = insp_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  if (parameter != NULL)
    sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspReview *review = g_object_new (INSP_TYPE_REVIEW, NULL);

      review->uuid = insp_store_column_dup (stmt, 0);
      review->version = insp_store_column_dup (stmt, 1);
      review->version_number = (guint) MAX (0, sqlite3_column_int (stmt, 2));
      review->opinion = insp_store_column_dup (stmt, 3);
      review->signed_date = insp_store_column_dup (stmt, 4);
      review->signed_by = insp_store_column_dup (stmt, 5);
      review->removed_date = insp_store_column_dup (stmt, 6);
      review->removed_reason = insp_store_column_dup (stmt, 7);
      review->created = insp_store_column_dup (stmt, 8);
      g_ptr_array_add (reviews, review);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  for (guint i = 0; i < reviews->len; i++)
    {
      InspReview *review = g_ptr_array_index (reviews, i);

      /* In the version's reading order. */
      stmt = insp_store_prepare (store,
                                 "SELECT rv.section, rv.verdict, rv.comments "
                                 "FROM review_verdicts AS rv LEFT JOIN version_sections AS vs "
                                 "ON vs.version = ?2 AND vs.section = rv.section "
                                 "WHERE rv.review = ?1 ORDER BY vs.position, rv.section", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, review->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, review->version, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          InspVerdict *verdict = g_new0 (InspVerdict, 1);

          verdict->section = insp_store_column_dup (stmt, 0);
          verdict->verdict = insp_store_column_dup (stmt, 1);
          verdict->comments = insp_store_column_dup (stmt, 2);
          g_ptr_array_add (review->verdicts, verdict);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          insp_store_set_error (store, error);
          return NULL;
        }
    }

  return g_steal_pointer (&reviews);
}

/**
 * insp_workspace_list_reviews:
 * @self: a workspace
 * @error: why the reviews could not be read
 *
 * Returns: (transfer container) (element-type InspReview) (nullable): every review, removed
 *   ones too, oldest first
 */
GPtrArray *
insp_workspace_list_reviews (InspWorkspace  *self,
                             GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  return load_reviews (self, "ORDER BY r.created, r.uuid", NULL, error);
}

/**
 * insp_workspace_get_review:
 * @self: a workspace
 * @uuid: a review
 * @error: %INSP_ERROR_NOT_FOUND when there is no such review
 *
 * Returns: (transfer full) (nullable): the review
 */
InspReview *
insp_workspace_get_review (InspWorkspace  *self,
                           const char     *uuid,
                           GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  found = load_reviews (self, "WHERE r.uuid = ?1", uuid, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND, _("There is no review %s"), uuid);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * insp_workspace_get_last_review:
 * @self: a workspace
 * @error: why the reviews could not be read
 *
 * Returns: (transfer full) (nullable): the review signed off last (not removed), %NULL
 *   without an error when no version was reviewed yet
 */
InspReview *
insp_workspace_get_last_review (InspWorkspace  *self,
                                GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  found = load_reviews (self, "WHERE r.signed_date IS NOT NULL AND r.removed_date IS NULL "
                        "ORDER BY r.signed_date DESC, v.number DESC, r.created DESC LIMIT 1",
                        NULL, error);
  if (found == NULL || found->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (found, 0));
}

typedef struct
{
  const char *review;
  const char *section;
  const char *verdict;
  const char *comments;
  const char *opinion;
  const char *date;
  const char *signed_by;
  const char *reason;
  InspVersion *version;
  char        *created;    /* out: a new review's uuid */
} ReviewChange;

static gboolean
start_review (InspWorkspace  *self,
              gpointer        data,
              GError        **error)
{
  ReviewChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *uuid = _insp_workspace_new_uuid ();
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO reviews (uuid, version, created, modified) "
                             "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->version->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  stmt = insp_store_prepare (store,
                             "INSERT INTO review_verdicts (review, section, verdict) "
                             "SELECT ?, section, 'pending' FROM version_sections "
                             "WHERE version = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->version->uuid, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  change->created = g_steal_pointer (&uuid);
  return TRUE;
}

/**
 * insp_workspace_start_review:
 * @self: a workspace
 * @version: the version to put in review
 * @error: why it could not be put in review
 *
 * Puts a version in review: every section's verdict pending. When the version is in review
 * already (not signed off, not removed), that review is returned.
 *
 * Returns: (transfer full) (nullable): the review
 */
InspReview *
insp_workspace_start_review (InspWorkspace  *self,
                             InspVersion    *version,
                             GError        **error)
{
  g_autoptr(GPtrArray) open = NULL;
  g_autofree char *created = NULL;
  ReviewChange change = { .version = version };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (INSP_IS_VERSION (version), NULL);

  open = load_reviews (self, "WHERE r.version = ?1 AND r.signed_date IS NULL "
                       "AND r.removed_date IS NULL ORDER BY r.created", version->uuid, error);
  if (open == NULL)
    return NULL;
  if (open->len > 0)
    return g_object_ref (g_ptr_array_index (open, 0));

  if (!_insp_workspace_in_transaction (self, start_review, &change, error))
    return NULL;
  created = change.created;

  _insp_workspace_emit_changed (self, "reviews");
  return insp_workspace_get_review (self, created, error);
}

/* A review that can still be changed, or an error that says why not. */
static InspReview *
get_open_review (InspWorkspace  *self,
                 const char     *uuid,
                 GError        **error)
{
  g_autoptr(InspReview) review = insp_workspace_get_review (self, uuid, error);

  if (review == NULL)
    return NULL;
  if (review->removed_date != NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("The review of version %u was removed on %s and can no longer be changed"),
                   review->version_number, review->removed_date);
      return NULL;
    }
  if (review->signed_date != NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("The review of version %u was signed off on %s: it is history and can "
                     "no longer be changed"),
                   review->version_number, review->signed_date);
      return NULL;
    }
  return g_steal_pointer (&review);
}

static gboolean
update_review (InspWorkspace  *self,
               gpointer        data,
               GError        **error)
{
  ReviewChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  if (change->section != NULL)
    {
      stmt = insp_store_prepare (store,
                                 "INSERT INTO review_verdicts (review, section, verdict, comments) "
                                 "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (review, section) "
                                 "DO UPDATE SET verdict = ?3, comments = ?4", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, change->review, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, change->section, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, change->verdict, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, change->comments, -1, SQLITE_TRANSIENT);
      if (!insp_store_run (store, stmt, error))
        return FALSE;
    }

  stmt = insp_store_prepare (store,
                             "UPDATE reviews SET "
                             "opinion = CASE WHEN ?2 THEN ?3 ELSE opinion END, "
                             "signed_date = coalesce (?4, signed_date), "
                             "signed_by = coalesce (?5, signed_by), "
                             "removed_date = CASE WHEN ?6 IS NULL THEN removed_date "
                             "ELSE date ('now') END, "
                             "removed_reason = coalesce (?6, removed_reason), "
                             "modified = ?7 WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->review, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, change->opinion != NULL);
  sqlite3_bind_text (stmt, 3, change->opinion != NULL && change->opinion[0] != '\0'
                              ? change->opinion : NULL, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, change->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, change->signed_by, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, change->reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

static gboolean
change_review (InspWorkspace  *self,
               ReviewChange   *change,
               GError        **error)
{
  if (!_insp_workspace_in_transaction (self, update_review, change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "reviews");
  return TRUE;
}

/**
 * insp_workspace_set_verdict:
 * @self: a workspace
 * @review: the review
 * @section: a section of the reviewed version
 * @verdict: "acceptable", "improvable", "to-correct" or "pending"
 * @comments: (nullable): the reviewers' comments
 * @error: why it could not be set (the review was signed off, say)
 *
 * Returns: whether the verdict is stored
 */
gboolean
insp_workspace_set_verdict (InspWorkspace  *self,
                            const char     *review,
                            const char     *section,
                            const char     *verdict,
                            const char     *comments,
                            GError        **error)
{
  g_autoptr(InspReview) open = NULL;
  g_autoptr(InspVersion) version = NULL;
  g_autofree char *clean_comments = NULL;
  ReviewChange change = { .review = review, .section = section, .verdict = verdict };
  gboolean in_version = FALSE;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!insp_enum_contains (&insp_enum_verdict, verdict))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("“%s” is not a verdict (acceptable, improvable, to-correct or pending)"),
                   verdict != NULL ? verdict : "");
      return FALSE;
    }
  if (comments != NULL && !insp_markdown_validate (comments, -1, _("Comments"), error))
    return FALSE;

  open = get_open_review (self, review, error);
  if (open == NULL)
    return FALSE;
  version = get_version_by_uuid (self, open->version, error);
  if (version == NULL)
    return FALSE;
  for (guint i = 0; i < version->sections->len; i++)
    in_version |= g_strcmp0 (insp_section_get_uuid (g_ptr_array_index (version->sections, i)),
                             section) == 0;
  if (!in_version)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("Version %u has no such section"), version->number);
      return FALSE;
    }

  if (comments != NULL)
    {
      clean_comments = g_strstrip (g_strdup (comments));
      if (clean_comments[0] == '\0')
        g_clear_pointer (&clean_comments, g_free);
    }
  change.comments = clean_comments;
  return change_review (self, &change, error);
}

/**
 * insp_workspace_set_review_opinion:
 * @self: a workspace
 * @review: the review
 * @opinion: (nullable): the representatives' overall opinion
 * @error: why it could not be set
 *
 * Returns: whether the opinion is stored
 */
gboolean
insp_workspace_set_review_opinion (InspWorkspace  *self,
                                   const char     *review,
                                   const char     *opinion,
                                   GError        **error)
{
  g_autoptr(InspReview) open = NULL;
  ReviewChange change = { .review = review, .opinion = opinion != NULL ? opinion : "" };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (opinion != NULL && !insp_markdown_validate (opinion, -1, _("Opinion"), error))
    return FALSE;
  open = get_open_review (self, review, error);
  if (open == NULL)
    return FALSE;
  return change_review (self, &change, error);
}

/**
 * insp_workspace_sign_review:
 * @self: a workspace
 * @review: the review
 * @date: the date of the sign-off, YYYY-MM-DD
 * @signed_by: the names or roles of those who sign
 * @error: why it could not be signed
 *
 * Signs the review off: from now on it is history and cannot be changed.
 *
 * Returns: whether the review is signed off
 */
gboolean
insp_workspace_sign_review (InspWorkspace  *self,
                            const char     *review,
                            const char     *date,
                            const char     *signed_by,
                            GError        **error)
{
  g_autoptr(InspReview) open = NULL;
  g_autofree char *clean_by = clean_text (signed_by);
  ReviewChange change = { .review = review, .date = date };
  GDate parsed;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  g_date_clear (&parsed, 1);
  if (date != NULL && strlen (date) == 10)
    g_date_set_parse (&parsed, date);
  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-'
      || !g_date_valid (&parsed))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("“%s” is not a date: write it as YYYY-MM-DD, such as 2026-05-19"),
                   date != NULL ? date : "");
      return FALSE;
    }
  if (clean_by == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Say who signs the review off: names or roles"));
      return FALSE;
    }

  open = get_open_review (self, review, error);
  if (open == NULL)
    return FALSE;
  change.signed_by = clean_by;
  return change_review (self, &change, error);
}

/**
 * insp_workspace_remove_review:
 * @self: a workspace
 * @review: the review
 * @reason: why it is removed
 * @error: why it could not be removed
 *
 * Removes a review from the version's history while leaving a trace: the review stays,
 * marked removed today with @reason.
 *
 * Returns: whether the review is marked removed
 */
gboolean
insp_workspace_remove_review (InspWorkspace  *self,
                              const char     *review,
                              const char     *reason,
                              GError        **error)
{
  g_autoptr(InspReview) found = NULL;
  g_autofree char *clean_reason = clean_text (reason);
  ReviewChange change = { .review = review };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (clean_reason == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Say why the review is removed: the reason stays in its place"));
      return FALSE;
    }
  found = insp_workspace_get_review (self, review, error);
  if (found == NULL)
    return FALSE;
  if (found->removed_date != NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("The review of version %u was removed already, on %s"),
                   found->version_number, found->removed_date);
      return FALSE;
    }

  change.reason = clean_reason;
  return change_review (self, &change, error);
}
