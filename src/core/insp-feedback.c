/* insp-feedback.c — what employees raise about an AI application once it runs: feedback and
 * complaints, what was decided, the outcome, and the actions they led to
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paper asks that what employees report after the rollout is followed up: each item has
 * a decision, an outcome and a status, and actions can point to it. The open ones are shown
 * on the track's improvement phase.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-feedback.h"

#include <glib/gi18n-lib.h>

#include "insp-action.h"
#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-validate-private.h"
#include "insp-workspace-private.h"

/**
 * insp_feedback_new:
 *
 * Returns: (transfer full): a new, open feedback item on topic "other"
 */
InspFeedback *
insp_feedback_new (void)
{
  InspFeedback *feedback = g_new0 (InspFeedback, 1);

  feedback->topic = g_strdup ("other");
  feedback->status = g_strdup ("open");
  return feedback;
}

/**
 * insp_feedback_copy:
 * @feedback: a feedback item
 *
 * Returns: (transfer full): a copy of @feedback
 */
InspFeedback *
insp_feedback_copy (const InspFeedback *feedback)
{
  InspFeedback *copy = g_new0 (InspFeedback, 1);

  copy->uuid = g_strdup (feedback->uuid);
  copy->application = g_strdup (feedback->application);
  copy->date = g_strdup (feedback->date);
  copy->channel = g_strdup (feedback->channel);
  copy->topic = g_strdup (feedback->topic);
  copy->description = g_strdup (feedback->description);
  copy->decision = g_strdup (feedback->decision);
  copy->outcome = g_strdup (feedback->outcome);
  copy->status = g_strdup (feedback->status);
  return copy;
}

void
insp_feedback_free (InspFeedback *feedback)
{
  if (feedback == NULL)
    return;
  g_free (feedback->uuid);
  g_free (feedback->application);
  g_free (feedback->date);
  g_free (feedback->channel);
  g_free (feedback->topic);
  g_free (feedback->description);
  g_free (feedback->decision);
  g_free (feedback->outcome);
  g_free (feedback->status);
  g_free (feedback);
}

static const char *
or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/**
 * insp_workspace_list_feedback:
 * @self: a workspace
 * @application: an application
 * @error: why it could not be read
 *
 * Returns: (transfer container) (element-type InspFeedback) (nullable): what employees
 *   raised about the application, newest first
 */
GPtrArray *
insp_workspace_list_feedback (InspWorkspace  *self,
                              const char     *application,
                              GError        **error)
{
  InspStore *store;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              insp_feedback_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store, "SELECT uuid, application, date, channel, topic, "
                             "description, decision, outcome, status FROM feedback "
                             "WHERE application = ? ORDER BY date DESC, created DESC, uuid",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspFeedback *feedback = g_new0 (InspFeedback, 1);

      feedback->uuid = insp_store_column_dup (stmt, 0);
      feedback->application = insp_store_column_dup (stmt, 1);
      feedback->date = insp_store_column_dup (stmt, 2);
      feedback->channel = insp_store_column_dup (stmt, 3);
      feedback->topic = insp_store_column_dup (stmt, 4);
      feedback->description = insp_store_column_dup (stmt, 5);
      feedback->decision = insp_store_column_dup (stmt, 6);
      feedback->outcome = insp_store_column_dup (stmt, 7);
      feedback->status = insp_store_column_dup (stmt, 8);
      g_ptr_array_add (list, feedback);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

typedef struct
{
  const char   *application;
  InspFeedback *feedback;
  const char   *description;
} FeedbackChange;

static gboolean
write_feedback (InspWorkspace  *self,
                gpointer        data,
                GError        **error)
{
  FeedbackChange *change = data;
  InspFeedback *feedback = change->feedback;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  const char *values[] = {
    feedback->uuid, change->application, feedback->date, or_null (feedback->channel),
    feedback->topic, change->description, or_null (feedback->decision),
    or_null (feedback->outcome), feedback->status, now,
  };
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO feedback (uuid, application, date, channel, topic, "
                             "description, decision, outcome, status, created, modified) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) "
                             "ON CONFLICT (uuid) DO UPDATE SET application = ?2, date = ?3, "
                             "channel = ?4, topic = ?5, description = ?6, decision = ?7, "
                             "outcome = ?8, status = ?9, modified = ?10", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    sqlite3_bind_text (stmt, (int) i + 1, values[i], -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

/* The checks of a feedback item; messages name the item by its date. */
static gboolean
check_feedback (InspFeedback  *feedback,
                const char    *description,
                GError       **error)
{
  g_autofree char *where = NULL;

  if (or_null (feedback->date) == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Feedback: say when it was raised, as YYYY-MM-DD, such as 2026-05-12"));
      return FALSE;
    }
  /* Translators: where a problem is, such as "Feedback of 2026-05-12" */
  where = g_strdup_printf (_("Feedback of %s"), feedback->date);
  if (!insp_check_date (feedback->date, _("Feedback"), error))
    return FALSE;
  if (description[0] == '\0')
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: describe what the employees raised"), where);
      return FALSE;
    }
  if (!insp_enum_contains (&insp_enum_feedback_topic, feedback->topic))
    {
      g_autofree char *ids = insp_enum_dup_ids (&insp_enum_feedback_topic);

      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: “%s” is not a topic; use %s"), where,
                   feedback->topic != NULL ? feedback->topic : "", ids);
      return FALSE;
    }
  if (!insp_enum_contains (&insp_enum_feedback_status, feedback->status))
    {
      g_autofree char *ids = insp_enum_dup_ids (&insp_enum_feedback_status);

      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: “%s” is not a status; use %s"), where,
                   feedback->status != NULL ? feedback->status : "", ids);
      return FALSE;
    }
  return TRUE;
}

/**
 * insp_workspace_save_feedback:
 * @self: a workspace
 * @application: the application it is about
 * @feedback: a new item, or one read from @self and changed
 * @error: what is wrong with it, and which item it is
 *
 * Returns: whether it was saved; a new one gets its uuid
 */
gboolean
insp_workspace_save_feedback (InspWorkspace  *self,
                              const char     *application,
                              InspFeedback   *feedback,
                              GError        **error)
{
  g_autofree char *description = NULL;
  g_autoptr(InspApplication) found = NULL;
  FeedbackChange change = { application, feedback, NULL };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (feedback != NULL, FALSE);

  description = g_strstrip (g_strdup (feedback->description != NULL
                                      ? feedback->description : ""));
  if (!check_feedback (feedback, description, error))
    return FALSE;
  found = insp_workspace_get_application (self, application, error);
  if (found == NULL)
    return FALSE;

  change.description = description;
  if (!_insp_workspace_save (self, &feedback->uuid, write_feedback, &change, "feedback",
                             error))
    return FALSE;

  if (g_strcmp0 (feedback->application, application) != 0)
    {
      g_free (feedback->application);
      feedback->application = g_strdup (application);
    }
  return TRUE;
}

static gboolean
delete_feedback (InspWorkspace  *self,
                 gpointer        data,
                 GError        **error)
{
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM feedback WHERE uuid = ?", data, NULL, error);
}

/**
 * insp_workspace_delete_feedback:
 * @self: a workspace
 * @uuid: a feedback item
 * @error: why it could not be deleted
 *
 * The actions it led to stay, no longer linked to it.
 *
 * Returns: whether it is gone
 */
gboolean
insp_workspace_delete_feedback (InspWorkspace  *self,
                                const char     *uuid,
                                GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, delete_feedback, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "feedback");
  _insp_workspace_emit_changed (self, "actions");
  return TRUE;
}

/**
 * insp_workspace_list_feedback_actions:
 * @self: a workspace
 * @feedback: a feedback item
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspAction) (nullable): the actions linked
 *   to @feedback, in the order of insp_workspace_list_actions ()
 */
GPtrArray *
insp_workspace_list_feedback_actions (InspWorkspace  *self,
                                      const char     *feedback,
                                      GError        **error)
{
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *linked;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (feedback != NULL, NULL);

  all = insp_workspace_list_actions (self, NULL, error);
  if (all == NULL)
    return NULL;

  linked = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    {
      InspAction *action = g_ptr_array_index (all, i);

      if (g_strcmp0 (insp_action_get_feedback (action), feedback) == 0)
        g_ptr_array_add (linked, g_object_ref (action));
    }
  return linked;
}

/**
 * insp_workspace_count_open_feedback:
 * @self: a workspace
 * @application: an application
 * @error: why it could not be counted
 *
 * The feedback still open, for the track's improvement phase.
 *
 * Returns: how many items about @application are open (0 with @error set on failure)
 */
guint
insp_workspace_count_open_feedback (InspWorkspace  *self,
                                    const char     *application,
                                    GError        **error)
{
  InspStore *store;
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), 0);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store, "SELECT count(*) FROM feedback "
                             "WHERE application = ? AND status = 'open'", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      insp_store_set_error (store, error);
      return 0;
    }
  return count;
}
