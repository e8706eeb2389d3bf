/* insp-group.c — the stakeholder groups of an organisation
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-group.h"

#include "insp-enums.h"
#include "insp-workspace-private.h"

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
