/* insp-group.c — the stakeholder groups of an organisation
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-group.h"

#include <glib/gi18n-lib.h>

#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-workspace-private.h"
#include "insp-validate-private.h"

struct _InspGroup
{
  GObject   parent_instance;

  char     *uuid;
  char     *key;
  char     *name;
  gboolean  builtin;
};

G_DEFINE_FINAL_TYPE (InspGroup, insp_group, G_TYPE_OBJECT)

static void
insp_group_finalize (GObject *object)
{
  InspGroup *self = INSP_GROUP (object);

  g_free (self->uuid);
  g_free (self->key);
  g_free (self->name);

  G_OBJECT_CLASS (insp_group_parent_class)->finalize (object);
}

static void
insp_group_class_init (InspGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_group_finalize;
}

static void
insp_group_init (InspGroup *self)
{
}

const char *
insp_group_get_uuid (InspGroup *self)
{
  g_return_val_if_fail (INSP_IS_GROUP (self), NULL);
  return self->uuid;
}

const char *
insp_group_get_key (InspGroup *self)
{
  g_return_val_if_fail (INSP_IS_GROUP (self), NULL);
  return self->key;
}

/**
 * insp_group_get_display_name:
 * @self: a group
 *
 * Returns: the name the user gave the group, or for a built-in group without one its name
 *   in the user's language
 */
const char *
insp_group_get_display_name (InspGroup *self)
{
  g_return_val_if_fail (INSP_IS_GROUP (self), NULL);

  if (self->name != NULL && self->name[0] != '\0')
    return self->name;
  if (self->builtin)
    return insp_group_key_get_label (self->key);
  return self->key;
}

gboolean
insp_group_is_builtin (InspGroup *self)
{
  g_return_val_if_fail (INSP_IS_GROUP (self), FALSE);
  return self->builtin;
}

/**
 * insp_workspace_list_groups:
 * @self: a workspace
 * @error: why the groups could not be read
 *
 * Returns: (transfer container) (element-type InspGroup) (nullable): the stakeholder
 *   groups, built-in ones first, in their order
 */
GPtrArray *
insp_workspace_list_groups (InspWorkspace  *self,
                            GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store,
                             "SELECT uuid, key, name, builtin FROM groups "
                             "ORDER BY builtin DESC, position, uuid", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspGroup *group = g_object_new (INSP_TYPE_GROUP, NULL);

      group->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      group->key = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      group->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      group->builtin = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (groups, group);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&groups);
}

static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (clean[0] == '\0' || !g_utf8_validate (clean, -1, NULL)
      || g_utf8_strlen (clean, -1) > 100)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("A stakeholder group needs a name of at most 100 characters"));
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* A stable key for an own group: its name in lower case ASCII, dashes between words, made
 * unique with a number. */
static char *
make_key (InspStore  *store,
          const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *key = g_string_new (NULL);
  g_autofree char *base = NULL;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (key, g_ascii_tolower (*p));
      else if (key->len > 0 && key->str[key->len - 1] != '-')
        g_string_append_c (key, '-');
    }
  while (key->len > 0 && key->str[key->len - 1] == '-')
    g_string_truncate (key, key->len - 1);
  if (key->len == 0)
    g_string_append (key, "group");
  base = g_strdup (key->str);

  for (guint n = 2;; n++)
    {
      sqlite3_stmt *stmt = insp_store_prepare (store, "SELECT 1 FROM groups WHERE key = ?",
                                               NULL);
      gboolean taken;

      if (stmt == NULL)
        break;
      sqlite3_bind_text (stmt, 1, key->str, -1, SQLITE_TRANSIENT);
      taken = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
      if (!taken)
        break;
      g_string_printf (key, "%s-%u", base, n);
    }
  return g_string_free (key, FALSE);
}

typedef struct
{
  const char *uuid;
  const char *name;
  const char *perspective;
} GroupChange;

static gboolean
write_group (InspWorkspace  *self,
             gpointer        data,
             GError        **error)
{
  GroupChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *key = make_key (store, change->name != NULL ? change->name : "group");
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO groups (uuid, key, name, perspective, builtin, "
                             "position, created, modified) VALUES (?1, ?2, ?3, ?4, 0, "
                             "(SELECT coalesce (max (position) + 1, 0) FROM groups), ?5, ?5) "
                             "ON CONFLICT (uuid) DO UPDATE SET name = ?3, modified = ?5",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, change->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, change->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, change->perspective, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

static InspGroup *
find_group (InspWorkspace  *self,
            const char     *uuid,
            GError        **error)
{
  g_autoptr(GPtrArray) groups = insp_workspace_list_groups (self, error);

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    if (g_strcmp0 (insp_group_get_uuid (g_ptr_array_index (groups, i)), uuid) == 0)
      return g_object_ref (g_ptr_array_index (groups, i));
  if (groups != NULL)
    g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                 _("There is no stakeholder group %s"), uuid);
  return NULL;
}

/* Two groups of the same name could not be told apart where groups are chosen; the case and
 * the form of accents do not make names different. @uuid is the group being renamed, if any. */
static gboolean
check_name_unused (InspWorkspace  *self,
                   const char     *uuid,
                   const char     *name,
                   GError        **error)
{
  g_autoptr(GPtrArray) groups = insp_workspace_list_groups (self, error);
  g_autofree char *normal = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (normal, -1);

  if (groups == NULL)
    return FALSE;
  for (guint i = 0; i < groups->len; i++)
    {
      InspGroup *group = g_ptr_array_index (groups, i);
      const char *other = insp_group_get_display_name (group);
      g_autofree char *other_normal = NULL;
      g_autofree char *other_folded = NULL;

      if (g_strcmp0 (insp_group_get_uuid (group), uuid) == 0 || other == NULL)
        continue;
      other_normal = g_utf8_normalize (other, -1, G_NORMALIZE_ALL);
      other_folded = g_utf8_casefold (other_normal, -1);
      if (g_strcmp0 (folded, other_folded) == 0)
        {
          g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                       _("There is already a stakeholder group called “%s”: choose another "
                         "name"), other);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * insp_workspace_add_group:
 * @self: a workspace
 * @name: the new group's name, such as "Night-shift drivers"
 * @perspective: (nullable): what this group brings in
 * @error: why it could not be added
 *
 * Adds an own stakeholder group after the others, with a stable key made from its name. The
 * name must differ from every other group's, ignoring case.
 *
 * Returns: (transfer full) (nullable): the new group
 */
InspGroup *
insp_workspace_add_group (InspWorkspace  *self,
                          const char     *name,
                          const char     *perspective,
                          GError        **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *uuid = NULL;
  GroupChange change;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  clean = clean_name (name, error);
  if (clean == NULL || !check_name_unused (self, NULL, clean, error))
    return NULL;
  uuid = _insp_workspace_new_uuid ();
  change = (GroupChange) { uuid, clean, perspective };
  if (!_insp_workspace_in_transaction (self, write_group, &change, error))
    return NULL;

  _insp_workspace_emit_changed (self, "groups");
  return find_group (self, uuid, error);
}

/**
 * insp_workspace_rename_group:
 * @self: a workspace
 * @uuid: a group
 * @name: its new name; for a built-in group, "" gives it back its own
 * @error: why it could not be renamed
 *
 * The group keeps its key: it stays the same group everywhere. The new name must differ from
 * every other group's, ignoring case.
 *
 * Returns: whether it was renamed
 */
gboolean
insp_workspace_rename_group (InspWorkspace  *self,
                             const char     *uuid,
                             const char     *name,
                             GError        **error)
{
  g_autoptr(InspGroup) group = NULL;
  g_autofree char *clean = NULL;
  GroupChange change;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  group = find_group (self, uuid, error);
  if (group == NULL)
    return FALSE;
  if (group->builtin && insp_is_blank (name))
    clean = NULL;
  else if ((clean = clean_name (name, error)) == NULL
           || !check_name_unused (self, uuid, clean, error))
    return FALSE;

  change = (GroupChange) { uuid, clean, NULL };
  if (!_insp_workspace_in_transaction (self, write_group, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "groups");
  return TRUE;
}
