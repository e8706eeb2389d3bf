/* insp-invisible-work.c — the work that is forgotten when "AI is plug and play": cleaning and
 * labelling data, training users, communication, adapting systems; each with hours, budget
 * and an owner
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is a checklist like the preconditions: every built-in kind is listed, estimated or
 * not (uuid NULL), and own items ("other") follow. The totals answer the misconception that
 * AI is plug and play with figures: the hours and the budget it takes besides the licence,
 * and which kinds nobody has estimated yet.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-invisible-work.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-validate-private.h"
#include "insp-workspace-private.h"

/**
 * insp_invisible_item_new:
 *
 * Returns: (transfer full): a new item, hours and budget not known
 */
InspInvisibleItem *
insp_invisible_item_new (void)
{
  InspInvisibleItem *item = g_new0 (InspInvisibleItem, 1);

  item->hours = -1;
  item->budget = -1;
  return item;
}

/**
 * insp_invisible_item_copy:
 * @item: an item
 *
 * Returns: (transfer full): a copy of @item, uuid and all
 */
InspInvisibleItem *
insp_invisible_item_copy (const InspInvisibleItem *item)
{
  InspInvisibleItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_new0 (InspInvisibleItem, 1);
  copy->uuid = g_strdup (item->uuid);
  copy->kind = g_strdup (item->kind);
  copy->title = g_strdup (item->title);
  copy->hours = item->hours;
  copy->budget = item->budget;
  copy->owner = g_strdup (item->owner);
  return copy;
}

void
insp_invisible_item_free (InspInvisibleItem *item)
{
  if (item == NULL)
    return;
  g_free (item->uuid);
  g_free (item->kind);
  g_free (item->title);
  g_free (item->owner);
  g_free (item);
}

void
insp_invisible_work_totals_free (InspInvisibleWorkTotals *totals)
{
  if (totals == NULL)
    return;
  g_strfreev (totals->unestimated_kinds);
  g_free (totals);
}

/**
 * insp_invisible_item_get_display_title:
 * @item: an item
 *
 * Returns: its title, or the translated name of its kind when it has none
 */
const char *
insp_invisible_item_get_display_title (const InspInvisibleItem *item)
{
  const char *label;

  g_return_val_if_fail (item != NULL, NULL);

  if (insp_or_null (item->title) != NULL)
    return item->title;
  label = insp_enum_get_label (&insp_enum_invisible_work, item->kind);
  return label != NULL ? label : "";
}

static gboolean
known (double value)
{
  return value >= 0 && isfinite (value);
}

static GPtrArray *
load_items (InspWorkspace  *self,
            const char     *application,
            GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                               insp_invisible_item_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store, "SELECT uuid, kind, title, hours, budget, owner "
                             "FROM invisible_work WHERE application = ? ORDER BY created, uuid",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspInvisibleItem *item = insp_invisible_item_new ();

      item->uuid = insp_store_column_dup (stmt, 0);
      item->kind = insp_store_column_dup (stmt, 1);
      item->title = insp_store_column_dup (stmt, 2);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        item->hours = sqlite3_column_double (stmt, 3);
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        item->budget = sqlite3_column_double (stmt, 4);
      item->owner = insp_store_column_dup (stmt, 5);
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

/**
 * insp_workspace_list_invisible_work:
 * @self: a workspace
 * @application: an application
 * @error: why it could not be read
 *
 * The invisible work of the application: for each of the five built-in kinds, in the order
 * of DOMAIN.md, its items (oldest first) or one item not estimated yet (uuid %NULL, hours and
 * budget unknown); then the own items ("other").
 *
 * Returns: (transfer container) (element-type InspInvisibleItem) (nullable): the items
 */
GPtrArray *
insp_workspace_list_invisible_work (InspWorkspace  *self,
                                    const char     *application,
                                    GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *list;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  if (!insp_check_application (self, application, error)
      || (rows = load_items (self, application, error)) == NULL)
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_invisible_item_free);
  for (guint k = 0; k < insp_enum_invisible_work.n_values; k++)
    {
      const char *kind = insp_enum_invisible_work.values[k].id;
      gboolean found = FALSE;

      for (guint i = 0; i < rows->len; i++)
        {
          InspInvisibleItem *item = g_ptr_array_index (rows, i);

          if (item != NULL && g_strcmp0 (item->kind, kind) == 0)
            {
              g_ptr_array_add (list, insp_invisible_item_copy (item));
              found = TRUE;
            }
        }
      if (!found && !g_str_equal (kind, "other"))
        {
          InspInvisibleItem *item = insp_invisible_item_new ();

          item->kind = g_strdup (kind);
          g_ptr_array_add (list, item);
        }
    }
  return list;
}

typedef struct
{
  const char        *application;
  InspInvisibleItem *item;
} InvisibleChange;

static gboolean
write_item (InspWorkspace  *self,
            gpointer        data,
            GError        **error)
{
  InvisibleChange *change = data;
  InspInvisibleItem *item = change->item;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *title = g_strstrip (g_strdup (item->title != NULL ? item->title : ""));
  g_autofree char *owner = g_strstrip (g_strdup (item->owner != NULL ? item->owner : ""));
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO invisible_work (uuid, application, kind, title, hours, "
                             "budget, owner, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                             "?7, ?8, ?8) ON CONFLICT (uuid) DO UPDATE SET kind = ?3, "
                             "title = ?4, hours = ?5, budget = ?6, owner = ?7, modified = ?8",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, item->kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, insp_or_null (title), -1, SQLITE_TRANSIENT);
  if (item->hours >= 0)
    sqlite3_bind_double (stmt, 5, item->hours);
  else
    sqlite3_bind_null (stmt, 5);
  if (item->budget >= 0)
    sqlite3_bind_double (stmt, 6, item->budget);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, insp_or_null (owner), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

static gboolean
check_item (const InspInvisibleItem  *item,
            GError                  **error)
{
  g_autofree char *title = NULL;
  const char *name;

  if (!insp_check_enum (&insp_enum_invisible_work, item->kind, FALSE,
                        _("kind of invisible work"), error))
    return FALSE;

  title = g_strstrip (g_strdup (item->title != NULL ? item->title : ""));
  if (g_str_equal (item->kind, "other") && title[0] == '\0')
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Say what the other invisible work is: it needs a title"));
      return FALSE;
    }
  if (title[0] != '\0' && g_utf8_strlen (title, -1) > INSP_MAX_NAME_LENGTH)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: the name can be at most %d characters long"), title,
                   INSP_MAX_NAME_LENGTH);
      return FALSE;
    }

  name = title[0] != '\0' ? title : insp_enum_get_label (&insp_enum_invisible_work, item->kind);
  if (!isfinite (item->hours) || (item->hours < 0 && item->hours != -1))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   /* Translators: %s is the invisible work, such as "Labelling data" */
                   _("“%s”: the hours must be 0 or more, or left unknown"), name);
      return FALSE;
    }
  if (!isfinite (item->budget) || (item->budget < 0 && item->budget != -1))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   /* Translators: %s is the invisible work, such as "Labelling data" */
                   _("“%s”: the budget must be 0 or more, or left unknown"), name);
      return FALSE;
    }
  return TRUE;
}

/**
 * insp_workspace_save_invisible_item:
 * @self: a workspace
 * @application: the application it is needed for
 * @item: a new item, or one of insp_workspace_list_invisible_work () changed; hours and
 *   budget are 0 or more, or -1 when not known
 * @error: why it could not be saved; nothing is written then
 *
 * Returns: whether it was saved; a new one gets its uuid
 */
gboolean
insp_workspace_save_invisible_item (InspWorkspace      *self,
                                    const char         *application,
                                    InspInvisibleItem  *item,
                                    GError            **error)
{
  InvisibleChange change = { application, item };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  return check_item (item, error)
         && insp_check_application (self, application, error)
         && _insp_workspace_save (self, &item->uuid, write_item, &change, "invisible_work",
                                  error);
}

static gboolean
delete_item (InspWorkspace  *self,
             gpointer        data,
             GError        **error)
{
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM invisible_work WHERE uuid = ?", data, NULL, error);
}

/**
 * insp_workspace_delete_invisible_item:
 * @self: a workspace
 * @uuid: an item of invisible work
 * @error: why it could not be deleted
 *
 * Returns: whether it is gone (saving the item again, uuid and all, puts it back)
 */
gboolean
insp_workspace_delete_invisible_item (InspWorkspace  *self,
                                      const char     *uuid,
                                      GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!_insp_workspace_in_transaction (self, delete_item, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "invisible_work");
  return TRUE;
}

/**
 * insp_workspace_get_invisible_work_totals:
 * @self: a workspace
 * @application: an application
 * @error: why they could not be read
 *
 * Returns: (transfer full) (nullable): the hours and budget of the application's invisible
 *   work, the built-in kinds nobody estimated, and the share of the project budget
 */
InspInvisibleWorkTotals *
insp_workspace_get_invisible_work_totals (InspWorkspace  *self,
                                          const char     *application,
                                          GError        **error)
{
  g_autoptr(InspApplication) found = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GStrvBuilder) unestimated = g_strv_builder_new ();
  InspInvisibleWorkTotals *totals;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (application != NULL, NULL);

  found = insp_workspace_get_application (self, application, error);
  if (found == NULL || (rows = load_items (self, application, error)) == NULL)
    return NULL;

  totals = g_new0 (InspInvisibleWorkTotals, 1);
  totals->n_items = rows->len;
  for (guint i = 0; i < rows->len; i++)
    {
      InspInvisibleItem *item = g_ptr_array_index (rows, i);

      if (known (item->hours))
        totals->total_hours += item->hours;
      if (known (item->budget))
        totals->total_budget += item->budget;
    }

  for (guint k = 0; k < insp_enum_invisible_work.n_values; k++)
    {
      const char *kind = insp_enum_invisible_work.values[k].id;
      gboolean estimated = FALSE;

      if (g_str_equal (kind, "other"))
        continue;
      for (guint i = 0; i < rows->len && !estimated; i++)
        {
          InspInvisibleItem *item = g_ptr_array_index (rows, i);

          estimated = g_strcmp0 (item->kind, kind) == 0
                      && (known (item->hours) || known (item->budget));
        }
      if (!estimated)
        g_strv_builder_add (unestimated, kind);
    }
  totals->unestimated_kinds = g_strv_builder_end (unestimated);

  totals->project_budget = insp_application_get_project_budget (found);
  if (!known (totals->project_budget))
    totals->project_budget = -1;
  totals->budget_share = totals->project_budget > 0
                         ? totals->total_budget / totals->project_budget : -1;
  return totals;
}
