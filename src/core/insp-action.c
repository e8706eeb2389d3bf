/* insp-action.c — actions: what was agreed to do, in the three domains of guidance ethics
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An action belongs to the technology (choose, design, improve it), the environment
 * (arrange work differently, agreements) or people (training, well-being); it has an owner,
 * a due date and a status, and may say where it came from: a phase, an activity, a
 * condition of the vision, a complaint. It may name the indicators or concerns it addresses.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-action.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-accessors-private.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-validate-private.h"
#include "insp-interchange.h"
#include "insp-workspace-private.h"

#define MAX_TITLE_LENGTH 300

struct _InspAction
{
  GObject   parent_instance;

  char     *uuid;
  char     *application;
  char     *domain;
  char     *title;
  char     *description;
  char     *owner;
  char     *due_date;
  char     *status;
  char     *phase;
  char     *activity;
  char     *section;
  char     *feedback;
  GStrv     topics;
  char     *created;
};

G_DEFINE_FINAL_TYPE (InspAction, insp_action, G_TYPE_OBJECT)

static void
insp_action_finalize (GObject *object)
{
  InspAction *self = INSP_ACTION (object);

  g_free (self->uuid);
  g_free (self->application);
  g_free (self->domain);
  g_free (self->title);
  g_free (self->description);
  g_free (self->owner);
  g_free (self->due_date);
  g_free (self->status);
  g_free (self->phase);
  g_free (self->activity);
  g_free (self->section);
  g_free (self->feedback);
  g_strfreev (self->topics);
  g_free (self->created);

  G_OBJECT_CLASS (insp_action_parent_class)->finalize (object);
}

static void
insp_action_class_init (InspActionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_action_finalize;
}

static void
insp_action_init (InspAction *self)
{
  self->domain = g_strdup ("technology");
  self->status = g_strdup ("open");
  self->topics = g_new0 (char *, 1);
}

/**
 * insp_action_new:
 *
 * Returns: (transfer full): a new open action in the technology domain
 */
InspAction *
insp_action_new (void)
{
  return g_object_new (INSP_TYPE_ACTION, NULL);
}

const char *
insp_action_get_uuid (InspAction *self)
{
  g_return_val_if_fail (INSP_IS_ACTION (self), NULL);
  return self->uuid;
}

STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, application)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, domain)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, title)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, description)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, owner)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, due_date)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, status)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, phase)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, activity)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, section)
STRING_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, feedback)

STRV_ACCESSORS (InspAction, insp_action, INSP_IS_ACTION, topics)

/**
 * insp_action_is_overdue:
 * @self: an action
 * @today: the date today, YYYY-MM-DD
 *
 * Returns: whether the action is still open or in progress after its due date
 */
gboolean
insp_action_is_overdue (InspAction *self,
                        const char *today)
{
  g_return_val_if_fail (INSP_IS_ACTION (self), FALSE);

  return self->due_date != NULL && today != NULL && strcmp (self->due_date, today) < 0
         && (g_str_equal (self->status, "open") || g_str_equal (self->status, "in-progress"));
}

static gboolean
load_topics (InspStore   *store,
             InspAction  *action,
             GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = insp_store_prepare (store, "SELECT topic FROM action_topics "
                                           "WHERE action = ? ORDER BY topic", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, action->uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }
  g_strfreev (action->topics);
  action->topics = g_strv_builder_end (builder);
  return TRUE;
}

/**
 * insp_workspace_list_actions:
 * @self: a workspace
 * @filter: (nullable): which actions
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspAction) (nullable): the actions, the ones
 *   due first first (those without a due date last)
 */
GPtrArray *
insp_workspace_list_actions (InspWorkspace           *self,
                             const InspActionFilter  *filter,
                             GError                 **error)
{
  InspActionFilter none = { NULL };
  InspStore *store;
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  if (filter == NULL)
    filter = &none;
  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store,
                             "SELECT uuid, application, domain, title, description, owner, "
                             "due_date, status, phase, activity, section, feedback, created "
                             "FROM actions WHERE (?1 IS NULL OR domain = ?1) "
                             "AND (?2 IS NULL OR application = ?2) "
                             "AND (?3 IS NULL OR status = ?3) "
                             "AND (?4 IS NULL OR (due_date < ?4 "
                             "AND status IN ('open', 'in-progress'))) "
                             "AND (?5 IS NULL OR activity = ?5) "
                             "ORDER BY due_date IS NULL, due_date, created, uuid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, filter->domain, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, filter->application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, filter->status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, filter->overdue_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, filter->activity, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspAction *action = insp_action_new ();

      g_free (action->domain);
      g_free (action->status);
      action->uuid = insp_store_column_dup (stmt, 0);
      action->application = insp_store_column_dup (stmt, 1);
      action->domain = insp_store_column_dup (stmt, 2);
      action->title = insp_store_column_dup (stmt, 3);
      action->description = insp_store_column_dup (stmt, 4);
      action->owner = insp_store_column_dup (stmt, 5);
      action->due_date = insp_store_column_dup (stmt, 6);
      action->status = insp_store_column_dup (stmt, 7);
      action->phase = insp_store_column_dup (stmt, 8);
      action->activity = insp_store_column_dup (stmt, 9);
      action->section = insp_store_column_dup (stmt, 10);
      action->feedback = insp_store_column_dup (stmt, 11);
      action->created = insp_store_column_dup (stmt, 12);
      g_ptr_array_add (actions, action);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }

  for (guint i = 0; i < actions->len; i++)
    if (!load_topics (store, g_ptr_array_index (actions, i), error))
      return NULL;
  return g_steal_pointer (&actions);
}

static gboolean
check_action (InspAction  *action,
              GError     **error)
{
  g_autofree char *title = g_strstrip (g_strdup (action->title != NULL ? action->title : ""));

  if (title[0] == '\0' || g_utf8_strlen (title, -1) > MAX_TITLE_LENGTH)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("An action needs a title of at most %d characters"), MAX_TITLE_LENGTH);
      return FALSE;
    }
  if (!insp_enum_contains (&insp_enum_action_domain, action->domain))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: “%s” is not a domain; use technology, environment or people"),
                   title, action->domain != NULL ? action->domain : "");
      return FALSE;
    }
  if (!insp_enum_contains (&insp_enum_action_status, action->status))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: “%s” is not a status; use open, in-progress, done or dropped"),
                   title, action->status != NULL ? action->status : "");
      return FALSE;
    }
  if (!insp_check_date (action->due_date, title, error))
    return FALSE;
  for (guint i = 0; action->topics[i] != NULL; i++)
    if (!insp_enum_contains (&insp_enum_topic, action->topics[i]))
      {
        g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                     _("%s: “%s” is not an indicator or a concern"), title, action->topics[i]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
write_action (InspWorkspace  *self,
              gpointer        data,
              GError        **error)
{
  InspAction *action = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *title = g_strstrip (g_strdup (action->title));
  const char *values[] = {
    action->uuid, action->application, action->domain, title, action->description,
    action->owner, action->due_date, action->status, action->phase, action->activity,
    action->section, action->feedback, action->created != NULL ? action->created : now, now,
  };
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO actions (uuid, application, domain, title, "
                             "description, owner, due_date, status, phase, activity, section, "
                             "feedback, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                             "?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (uuid) DO UPDATE SET "
                             "application = ?2, domain = ?3, title = ?4, description = ?5, "
                             "owner = ?6, due_date = ?7, status = ?8, phase = ?9, "
                             "activity = ?10, section = ?11, feedback = ?12, modified = ?14",
                             error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    sqlite3_bind_text (stmt, (int) i + 1, values[i], -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  return insp_store_replace_values (store, "action_topics", "action", action->uuid, "topic",
                                    (const char * const *) action->topics, error);
}

/**
 * insp_workspace_save_action:
 * @self: a workspace
 * @action: a new action, one read from @self and changed, or one deleted (to put it back)
 * @error: why it could not be saved (a reference to something removed, say)
 *
 * Returns: whether the action was saved; a new one gets its uuid
 */
gboolean
insp_workspace_save_action (InspWorkspace  *self,
                            InspAction     *action,
                            GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (INSP_IS_ACTION (action), FALSE);

  return check_action (action, error)
         && _insp_workspace_save (self, &action->uuid, write_action, action, "actions", error);
}

static gboolean
delete_action (InspWorkspace  *self,
               gpointer        data,
               GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  sqlite3_stmt *stmt = insp_store_prepare (store, "DELETE FROM actions WHERE uuid = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

/**
 * insp_workspace_delete_action:
 * @self: a workspace
 * @uuid: an action
 * @error: why it could not be deleted
 *
 * Returns: (transfer full) (nullable): the action as it was: saving it again undoes this
 */
InspAction *
insp_workspace_delete_action (InspWorkspace  *self,
                              const char     *uuid,
                              GError        **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(InspAction) found = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  all = insp_workspace_list_actions (self, NULL, error);
  if (all == NULL)
    return NULL;
  for (guint i = 0; i < all->len && found == NULL; i++)
    if (g_strcmp0 (insp_action_get_uuid (g_ptr_array_index (all, i)), uuid) == 0)
      found = g_object_ref (g_ptr_array_index (all, i));
  if (found == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("There is no action %s (it may have been deleted)"), uuid);
      return NULL;
    }

  if (!_insp_workspace_in_transaction (self, delete_action, (gpointer) uuid, error))
    return NULL;

  _insp_workspace_emit_changed (self, "actions");
  return g_steal_pointer (&found);
}
