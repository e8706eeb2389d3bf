/* insp-inventory.c — what an AI application needs from the organisation: the workers' data
 * it uses, and the preconditions and resistance its track meets
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data inventory is the basis for the conversation the paper asks for on collecting and
 * using workers' data. The preconditions are a checklist: every built-in kind is listed,
 * filled in or not, and own items ("other") may be added.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-inventory.h"

#include <glib/gi18n-lib.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-validate-private.h"
#include "insp-workspace-private.h"

InspDataItem *
insp_data_item_new (void)
{
  return g_new0 (InspDataItem, 1);
}

void
insp_data_item_free (InspDataItem *item)
{
  if (item == NULL)
    return;
  g_free (item->uuid);
  g_free (item->what);
  g_free (item->purpose);
  g_free (item->retention);
  g_free (item->access);
  g_free (item);
}

void
insp_precondition_free (InspPrecondition *precondition)
{
  if (precondition == NULL)
    return;
  g_free (precondition->uuid);
  g_free (precondition->kind);
  g_free (precondition->notes);
  g_free (precondition->strategy);
  g_free (precondition);
}

/**
 * insp_workspace_list_data_items:
 * @self: a workspace
 * @application: an application
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspDataItem) (nullable): the data about
 *   workers the application uses, in the order they were entered
 */
GPtrArray *
insp_workspace_list_data_items (InspWorkspace  *self,
                                const char     *application,
                                GError        **error)
{
  InspStore *store;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                               insp_data_item_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store, "SELECT uuid, what, purpose, retention, access, dpia_done "
                             "FROM data_items WHERE application = ? ORDER BY created, uuid",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspDataItem *item = insp_data_item_new ();

      item->uuid = insp_store_column_dup (stmt, 0);
      item->what = insp_store_column_dup (stmt, 1);
      item->purpose = insp_store_column_dup (stmt, 2);
      item->retention = insp_store_column_dup (stmt, 3);
      item->access = insp_store_column_dup (stmt, 4);
      item->dpia_done = sqlite3_column_int (stmt, 5) != 0;
      g_ptr_array_add (items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

typedef struct
{
  const char       *application;
  InspDataItem     *item;
  InspPrecondition *precondition;
} InventoryChange;

static gboolean
write_data_item (InspWorkspace  *self,
                 gpointer        data,
                 GError        **error)
{
  InventoryChange *change = data;
  InspDataItem *item = change->item;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *what = g_strstrip (g_strdup (item->what));
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO data_items (uuid, application, what, purpose, "
                             "retention, access, dpia_done, created, modified) VALUES (?1, ?2, "
                             "?3, ?4, ?5, ?6, ?7, ?8, ?8) ON CONFLICT (uuid) DO UPDATE SET "
                             "what = ?3, purpose = ?4, retention = ?5, access = ?6, "
                             "dpia_done = ?7, modified = ?8", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, what, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, insp_or_null (item->purpose), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, insp_or_null (item->retention), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, insp_or_null (item->access), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, item->dpia_done ? 1 : 0);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

/**
 * insp_workspace_save_data_item:
 * @self: a workspace
 * @application: the application that uses the data
 * @item: a new item, or one read from @self and changed
 * @error: why it could not be saved
 *
 * Returns: whether it was saved; a new one gets its uuid
 */
gboolean
insp_workspace_save_data_item (InspWorkspace  *self,
                               const char     *application,
                               InspDataItem   *item,
                               GError        **error)
{
  InventoryChange change = { application, item, NULL };
  g_autofree char *what = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  what = g_strstrip (g_strdup (item->what != NULL ? item->what : ""));
  if (what[0] == '\0')
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Say which data about workers the application uses"));
      return FALSE;
    }
  return insp_check_application (self, application, error)
         && _insp_workspace_save (self, &item->uuid, write_data_item, &change, "data_items",
                                  error);
}

static gboolean
delete_data_item (InspWorkspace  *self,
                  gpointer        data,
                  GError        **error)
{
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM data_items WHERE uuid = ?", data, NULL, error);
}

/**
 * insp_workspace_delete_data_item:
 * @self: a workspace
 * @uuid: a data item
 * @error: why it could not be deleted
 *
 * Returns: whether it is gone (saving the item again, uuid and all, puts it back)
 */
gboolean
insp_workspace_delete_data_item (InspWorkspace  *self,
                                 const char     *uuid,
                                 GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, delete_data_item, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "data_items");
  return TRUE;
}

/**
 * insp_workspace_list_preconditions:
 * @self: a workspace
 * @application: an application
 * @error: why they could not be read
 *
 * The checklist of the application's track: each built-in precondition and source of
 * resistance, in the order of DOMAIN.md, filled in or not (uuid %NULL), then own items.
 *
 * Returns: (transfer container) (element-type InspPrecondition) (nullable): the checklist
 */
GPtrArray *
insp_workspace_list_preconditions (InspWorkspace  *self,
                                   const char     *application,
                                   GError        **error)
{
  InspStore *store;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              insp_precondition_free);
  GPtrArray *list;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store, "SELECT uuid, kind, met, notes, strategy FROM preconditions "
                             "WHERE application = ? ORDER BY created, uuid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspPrecondition *p = g_new0 (InspPrecondition, 1);

      p->uuid = insp_store_column_dup (stmt, 0);
      p->kind = insp_store_column_dup (stmt, 1);
      p->met = sqlite3_column_int (stmt, 2) != 0;
      p->notes = insp_store_column_dup (stmt, 3);
      p->strategy = insp_store_column_dup (stmt, 4);
      g_ptr_array_add (rows, p);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_precondition_free);
  for (guint k = 0; k < insp_enum_precondition.n_values; k++)
    {
      const char *kind = insp_enum_precondition.values[k].id;
      gboolean found = FALSE;

      for (guint i = 0; i < rows->len; i++)
        {
          InspPrecondition *p = g_ptr_array_index (rows, i);

          if (p != NULL && g_str_equal (p->kind, kind)
              && (!found || g_str_equal (kind, "other")))
            {
              g_ptr_array_add (list, g_ptr_array_steal_index (rows, i));
              g_ptr_array_insert (rows, (int) i, NULL);
              found = TRUE;
            }
        }
      if (!found && !g_str_equal (kind, "other"))
        {
          InspPrecondition *p = g_new0 (InspPrecondition, 1);

          p->kind = g_strdup (kind);
          g_ptr_array_add (list, p);
        }
    }
  return list;
}

static gboolean
write_precondition (InspWorkspace  *self,
                    gpointer        data,
                    GError        **error)
{
  InventoryChange *change = data;
  InspPrecondition *p = change->precondition;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO preconditions (uuid, application, kind, met, notes, "
                             "strategy, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                             "?7) ON CONFLICT (uuid) DO UPDATE SET kind = ?3, met = ?4, "
                             "notes = ?5, strategy = ?6, modified = ?7", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, p->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, p->kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, p->met ? 1 : 0);
  sqlite3_bind_text (stmt, 5, insp_or_null (p->notes), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, insp_or_null (p->strategy), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

/**
 * insp_workspace_save_precondition:
 * @self: a workspace
 * @application: the application whose track it is about
 * @precondition: an item of insp_workspace_list_preconditions (), changed, or a new
 *   "other" item
 * @error: why it could not be saved
 *
 * Returns: whether it was saved; an item filled in for the first time gets its uuid
 */
gboolean
insp_workspace_save_precondition (InspWorkspace     *self,
                                  const char        *application,
                                  InspPrecondition  *precondition,
                                  GError           **error)
{
  InventoryChange change = { application, NULL, precondition };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (precondition != NULL, FALSE);

  if (!insp_enum_contains (&insp_enum_precondition, precondition->kind))
    {
      g_autofree char *ids = insp_enum_dup_ids (&insp_enum_precondition);

      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("“%s” is not a precondition; use %s"),
                   precondition->kind != NULL ? precondition->kind : "", ids);
      return FALSE;
    }
  if (g_str_equal (precondition->kind, "other") && insp_or_null (precondition->notes) == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Describe the other precondition or source of resistance"));
      return FALSE;
    }
  return insp_check_application (self, application, error)
         && _insp_workspace_save (self, &precondition->uuid, write_precondition, &change,
                                  "preconditions", error);
}
