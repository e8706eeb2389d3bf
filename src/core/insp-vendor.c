/* insp-vendor.c — the conversation with an AI vendor: a questionnaire on effectiveness,
 * robustness, data quality, built-in ethical checks and lawfulness; answers, ratings and
 * follow-up; several vendors side by side
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new vendor gets every built-in question, unanswered. A built-in question is stored with
 * its key and no text (the text is the key's, translated), so it reads in the user's
 * language; it cannot be removed, only left unanswered. Own questions (no key) can be added
 * and removed.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-vendor.h"

#include <glib/gi18n-lib.h>

#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-interchange.h"
#include "insp-validate-private.h"
#include "insp-workspace-private.h"

/* In the order of insp_enum_vendor_group; 2 to 4 per group. */
static const InspBuiltinQuestion builtin_questions[] = {
  { "effectiveness-evidence", "effectiveness",
    N_("What evidence shows that the application does what it promises, at organisations "
       "like ours?") },
  { "effectiveness-measure", "effectiveness",
    N_("How can we measure during a pilot whether the application reaches its purpose?") },
  { "effectiveness-limits", "effectiveness",
    N_("In which situations does the application work less well, or should it not be "
       "used?") },
  { "robustness-accuracy", "robustness",
    N_("How accurate is the application, how was that measured, and how often is it "
       "wrong?") },
  { "robustness-errors", "robustness",
    N_("What happens when the application fails or gives a wrong result, and how is that "
       "noticed and corrected?") },
  { "robustness-security", "robustness",
    N_("How are the application and its data protected against unauthorised access and "
       "attacks?") },
  { "robustness-updates", "robustness",
    N_("How are updates tested and announced before they change the results?") },
  { "data-quality-training", "data-quality",
    N_("On which data was the application trained, and does that data represent our "
       "workers and our work?") },
  { "data-quality-needs", "data-quality",
    N_("Which of our data does the application need, and how good must that data be?") },
  { "data-quality-reuse", "data-quality",
    N_("Is our data used to train or improve the application for other customers?") },
  { "ethics-non-discrimination", "ethics",
    N_("How do you check that the application does not put groups of workers at a "
       "disadvantage, for instance by age, gender, origin or disability?") },
  { "ethics-privacy", "ethics",
    N_("Which personal data of workers does the application process, how long is it kept, "
       "and who can see it?") },
  { "ethics-human-last-word", "ethics",
    N_("Can a person always check, change or overrule what the application proposes or "
       "decides?") },
  { "ethics-explanation", "ethics",
    N_("Can the application explain its results so that a worker can understand and "
       "contest them?") },
  { "lawfulness-ai-act", "lawfulness",
    N_("Which risk level does the application have under the EU AI Act, and which "
       "obligations do you meet as its provider?") },
  { "lawfulness-deployer", "lawfulness",
    N_("Will you give us the information and instructions we need to meet our own "
       "obligations as a deployer?") },
  { "lawfulness-gdpr", "lawfulness",
    N_("Does the processing of personal data comply with the GDPR, and will you sign a data "
       "processing agreement?") },
};

/**
 * insp_vendor_get_builtin_questions:
 * @n: (out): the number of questions
 *
 * Returns: (array length=n): the built-in questions, grouped in the order of the groups
 */
const InspBuiltinQuestion *
insp_vendor_get_builtin_questions (guint *n)
{
  if (n != NULL)
    *n = G_N_ELEMENTS (builtin_questions);
  return builtin_questions;
}

static const InspBuiltinQuestion *
find_builtin (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (builtin_questions); i++)
    if (g_str_equal (builtin_questions[i].key, key))
      return &builtin_questions[i];
  return NULL;
}

/**
 * insp_vendor_builtin_question_get_text:
 * @key: a built-in question's key
 *
 * Returns: (nullable): the translated question, or %NULL when @key is not built in
 */
const char *
insp_vendor_builtin_question_get_text (const char *key)
{
  const InspBuiltinQuestion *found = find_builtin (key);

  return found != NULL ? _(found->question) : NULL;
}

InspVendor *
insp_vendor_new (void)
{
  return g_new0 (InspVendor, 1);
}

void
insp_vendor_free (InspVendor *vendor)
{
  if (vendor == NULL)
    return;
  g_free (vendor->uuid);
  g_free (vendor->name);
  g_free (vendor->notes);
  g_free (vendor);
}

InspVendorQuestion *
insp_vendor_question_new (void)
{
  InspVendorQuestion *question = g_new0 (InspVendorQuestion, 1);

  question->rating = g_strdup ("unanswered");
  return question;
}

void
insp_vendor_question_free (InspVendorQuestion *question)
{
  if (question == NULL)
    return;
  g_free (question->uuid);
  g_free (question->vendor);
  g_free (question->group);
  g_free (question->key);
  g_free (question->question);
  g_free (question->answer);
  g_free (question->rating);
  g_free (question->follow_up);
  g_free (question);
}

/**
 * insp_vendor_question_get_text:
 * @q: a question
 *
 * Returns: the question as the user reads it: an own question's text, a built-in one's
 *   translated text
 */
const char *
insp_vendor_question_get_text (const InspVendorQuestion *q)
{
  const char *builtin;

  g_return_val_if_fail (q != NULL, NULL);

  if (insp_or_null (q->question) != NULL)
    return q->question;
  builtin = insp_vendor_builtin_question_get_text (q->key);
  if (builtin != NULL)
    return builtin;
  return q->key != NULL ? q->key : "";
}

static void
comparison_row_free (InspVendorComparisonRow *row)
{
  g_free (row->group);
  g_free (row->key);
  g_free (row->question);
  g_strfreev (row->ratings);
  g_free (row);
}

void
insp_vendor_comparison_free (InspVendorComparison *cmp)
{
  if (cmp == NULL)
    return;
  g_clear_pointer (&cmp->vendors, g_ptr_array_unref);
  g_clear_pointer (&cmp->rows, g_ptr_array_unref);
  g_free (cmp->counts);
  g_free (cmp);
}

/**
 * insp_vendor_comparison_get_count:
 * @cmp: a comparison
 * @vendor_index: a vendor's index in @cmp->vendors
 * @rating: "satisfactory", "partial", "unsatisfactory" or "unanswered"
 *
 * Returns: how many of the vendor's questions have that rating
 */
guint
insp_vendor_comparison_get_count (InspVendorComparison *cmp,
                                  guint                 vendor_index,
                                  const char           *rating)
{
  int index;

  g_return_val_if_fail (cmp != NULL, 0);
  g_return_val_if_fail (vendor_index < cmp->vendors->len, 0);

  index = insp_enum_index (&insp_enum_rating, rating);
  g_return_val_if_fail (index >= 0, 0);
  return cmp->counts[vendor_index * insp_enum_rating.n_values + (guint) index];
}

/* --- Vendors ---------------------------------------------------------------------------- */

/**
 * insp_workspace_list_vendors:
 * @self: a workspace
 * @application: an application
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspVendor) (nullable): the application's
 *   vendors, in the order they were added
 */
GPtrArray *
insp_workspace_list_vendors (InspWorkspace  *self,
                             const char     *application,
                             GError        **error)
{
  InspStore *store;
  g_autoptr(GPtrArray) vendors = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                 insp_vendor_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store, "SELECT uuid, name, notes FROM vendors "
                             "WHERE application = ? ORDER BY created, uuid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspVendor *vendor = insp_vendor_new ();

      vendor->uuid = insp_store_column_dup (stmt, 0);
      vendor->name = insp_store_column_dup (stmt, 1);
      vendor->notes = insp_store_column_dup (stmt, 2);
      g_ptr_array_add (vendors, vendor);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&vendors);
}

typedef struct
{
  const char *application;
  InspVendor *vendor;
  gboolean    with_questions;
} VendorChange;

static gboolean
insert_question (InspStore           *store,
                 const char          *uuid,
                 const char          *vendor,
                 const char          *group,
                 const char          *key,
                 const char          *question,
                 const char          *position_sql,
                 int                  position,
                 GError             **error)
{
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  sql = g_strdup_printf ("INSERT INTO vendor_questions (uuid, vendor, question_group, key, "
                         "question, rating, position, created, modified) VALUES (?1, ?2, ?3, "
                         "?4, ?5, 'unanswered', %s, ?7, ?7)", position_sql);
  stmt = insp_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, vendor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, group, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, question, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, position);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

static gboolean
write_vendor (InspWorkspace  *self,
              gpointer        data,
              GError        **error)
{
  VendorChange *change = data;
  InspVendor *vendor = change->vendor;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *name = g_strstrip (g_strdup (vendor->name));
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO vendors (uuid, application, name, notes, created, "
                             "modified) VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (uuid) DO "
                             "UPDATE SET name = ?3, notes = ?4, modified = ?5", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, vendor->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, insp_or_null (vendor->notes), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;

  for (guint i = 0; change->with_questions && i < G_N_ELEMENTS (builtin_questions); i++)
    {
      g_autofree char *uuid = _insp_workspace_new_uuid ();

      if (!insert_question (store, uuid, vendor->uuid, builtin_questions[i].group,
                            builtin_questions[i].key, NULL, "?6", (int) i, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_vendor (InspWorkspace  *self,
             const char     *application,
             InspVendor     *vendor,
             GError        **error)
{
  VendorChange change = { application, vendor, vendor->uuid == NULL };

  if (!insp_check_name (vendor->name, _("A vendor"), error)
      || !insp_check_application (self, application, error)
      || !_insp_workspace_save (self, &vendor->uuid, write_vendor, &change, "vendors", error))
    return FALSE;

  if (change.with_questions)
    _insp_workspace_emit_changed (self, "vendor_questions");
  return TRUE;
}

/**
 * insp_workspace_add_vendor:
 * @self: a workspace
 * @application: the application the vendor offers
 * @vendor: a new vendor (uuid %NULL), with a name
 * @error: why it could not be added; nothing is written then
 *
 * Adds the vendor with every built-in question, unanswered.
 *
 * Returns: whether it was added; @vendor gets its uuid
 */
gboolean
insp_workspace_add_vendor (InspWorkspace  *self,
                           const char     *application,
                           InspVendor     *vendor,
                           GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (vendor != NULL, FALSE);
  g_return_val_if_fail (vendor->uuid == NULL, FALSE);

  return save_vendor (self, application, vendor, error);
}

/**
 * insp_workspace_save_vendor:
 * @self: a workspace
 * @application: the application the vendor offers
 * @vendor: a vendor read from @self and changed (a new one is added as by
 *   insp_workspace_add_vendor ())
 * @error: why it could not be saved; nothing is written then
 *
 * Returns: whether it was saved
 */
gboolean
insp_workspace_save_vendor (InspWorkspace  *self,
                            const char     *application,
                            InspVendor     *vendor,
                            GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (vendor != NULL, FALSE);

  return save_vendor (self, application, vendor, error);
}

static gboolean
delete_vendor (InspWorkspace  *self,
               gpointer        data,
               GError        **error)
{
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM vendors WHERE uuid = ?", data, NULL, error);
}

/**
 * insp_workspace_delete_vendor:
 * @self: a workspace
 * @uuid: a vendor
 * @error: why it could not be deleted
 *
 * Deletes the vendor and its questionnaire.
 *
 * Returns: whether it is gone
 */
gboolean
insp_workspace_delete_vendor (InspWorkspace  *self,
                              const char     *uuid,
                              GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!_insp_workspace_in_transaction (self, delete_vendor, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "vendors");
  _insp_workspace_emit_changed (self, "vendor_questions");
  return TRUE;
}

/* --- Questions ---------------------------------------------------------------------------- */

static GPtrArray *
load_questions (InspWorkspace  *self,
                const char     *vendor,
                const char     *uuid,
                GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                   insp_vendor_question_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store,
                             "SELECT uuid, vendor, question_group, key, question, answer, "
                             "rating, follow_up, position FROM vendor_questions "
                             "WHERE (?1 IS NULL OR vendor = ?1) AND (?2 IS NULL OR uuid = ?2) "
                             "ORDER BY CASE question_group WHEN 'effectiveness' THEN 0 "
                             "WHEN 'robustness' THEN 1 WHEN 'data-quality' THEN 2 "
                             "WHEN 'ethics' THEN 3 ELSE 4 END, position, created, uuid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, vendor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspVendorQuestion *q = g_new0 (InspVendorQuestion, 1);

      q->uuid = insp_store_column_dup (stmt, 0);
      q->vendor = insp_store_column_dup (stmt, 1);
      q->group = insp_store_column_dup (stmt, 2);
      q->key = insp_store_column_dup (stmt, 3);
      q->question = insp_store_column_dup (stmt, 4);
      q->answer = insp_store_column_dup (stmt, 5);
      q->rating = insp_store_column_dup (stmt, 6);
      q->follow_up = insp_store_column_dup (stmt, 7);
      q->position = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (questions, q);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&questions);
}

/**
 * insp_workspace_list_vendor_questions:
 * @self: a workspace
 * @vendor: a vendor
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspVendorQuestion) (nullable): the vendor's
 *   questionnaire: the groups in the order of DOMAIN.md, in each group by position
 */
GPtrArray *
insp_workspace_list_vendor_questions (InspWorkspace  *self,
                                      const char     *vendor,
                                      GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (vendor != NULL, NULL);

  return load_questions (self, vendor, NULL, error);
}

static gboolean
vendor_exists (InspWorkspace  *self,
               const char     *vendor,
               GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store, "SELECT 1 FROM vendors WHERE uuid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, vendor, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    insp_store_set_error (store, error);
  else
    g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                 _("There is no vendor %s (it may have been removed)"),
                 vendor != NULL ? vendor : "");
  return FALSE;
}

static gboolean
check_question (const InspVendorQuestion  *q,
                gboolean                   own,
                GError                   **error)
{
  if (!insp_check_enum (&insp_enum_vendor_group, q->group, FALSE, _("question group"), error)
      || !insp_check_enum (&insp_enum_rating, q->rating, TRUE, _("rating"), error))
    return FALSE;
  if (own)
    {
      g_autofree char *text = g_strstrip (g_strdup (q->question != NULL ? q->question : ""));

      if (text[0] == '\0')
        {
          g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                       _("Write the question to ask the vendor"));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_new_question (InspWorkspace  *self,
                    gpointer        data,
                    GError        **error)
{
  InspVendorQuestion *q = data;
  g_autofree char *text = g_strstrip (g_strdup (q->question));

  return insert_question (_insp_workspace_get_store (self), q->uuid, q->vendor, q->group, NULL,
                          text, "(SELECT COALESCE (MAX (position) + 1, 0) FROM "
                          "vendor_questions WHERE vendor = ?2)", 0, error);
}

static gboolean
reread_question (InspWorkspace       *self,
                 InspVendorQuestion  *q,
                 GError             **error)
{
  g_autoptr(GPtrArray) found = load_questions (self, NULL, q->uuid, error);
  InspVendorQuestion *stored;

  if (found == NULL)
    return FALSE;
  if (found->len == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("There is no such question to the vendor (it may have been removed)"));
      return FALSE;
    }
  stored = g_ptr_array_index (found, 0);
  q->position = stored->position;
  g_free (q->rating);
  q->rating = g_strdup (stored->rating);
  return TRUE;
}

/**
 * insp_workspace_add_vendor_question:
 * @self: a workspace
 * @question: a new own question: vendor, group and question set (key and uuid %NULL)
 * @error: why it could not be added; nothing is written then
 *
 * Adds the question, unanswered, after the vendor's other questions.
 *
 * Returns: whether it was added; @question gets its uuid and position
 */
gboolean
insp_workspace_add_vendor_question (InspWorkspace       *self,
                                    InspVendorQuestion  *question,
                                    GError             **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (question != NULL, FALSE);
  g_return_val_if_fail (question->uuid == NULL, FALSE);
  g_return_val_if_fail (question->key == NULL, FALSE);

  return check_question (question, TRUE, error)
         && vendor_exists (self, question->vendor, error)
         && _insp_workspace_save (self, &question->uuid, write_new_question, question,
                                  "vendor_questions", error)
         && reread_question (self, question, error);
}

static gboolean
write_question (InspWorkspace  *self,
                gpointer        data,
                GError        **error)
{
  InspVendorQuestion *q = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *text = g_strstrip (g_strdup (q->question != NULL ? q->question : ""));
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "UPDATE vendor_questions SET question = CASE WHEN key IS NULL "
                             "THEN ?2 ELSE question END, answer = ?3, rating = ?4, "
                             "follow_up = ?5, modified = ?6 WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, q->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, insp_or_null (q->answer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, q->rating != NULL ? q->rating : "unanswered", -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, insp_or_null (q->follow_up), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (insp_store_get_db (store)) == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("There is no such question to the vendor (it may have been removed)"));
      return FALSE;
    }
  return TRUE;
}

/**
 * insp_workspace_save_vendor_question:
 * @self: a workspace
 * @question: a question of insp_workspace_list_vendor_questions (), changed: its answer,
 *   rating and follow-up, and an own question's text (a new one is added as by
 *   insp_workspace_add_vendor_question ())
 * @error: why it could not be saved; nothing is written then
 *
 * Returns: whether it was saved
 */
gboolean
insp_workspace_save_vendor_question (InspWorkspace       *self,
                                     InspVendorQuestion  *question,
                                     GError             **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  if (question->uuid == NULL)
    return insp_workspace_add_vendor_question (self, question, error);

  if (!check_question (question, question->key == NULL, error)
      || !_insp_workspace_in_transaction (self, write_question, question, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "vendor_questions");
  return TRUE;
}

static gboolean
remove_question (InspWorkspace  *self,
                 gpointer        data,
                 GError        **error)
{
  const char *uuid = data;
  g_autoptr(GPtrArray) found = load_questions (self, NULL, uuid, error);
  InspVendorQuestion *q;

  if (found == NULL)
    return FALSE;
  if (found->len == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("There is no such question to the vendor (it may have been removed)"));
      return FALSE;
    }
  q = g_ptr_array_index (found, 0);
  if (q->key != NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   /* Translators: %s is the question */
                   _("“%s” is a built-in question and cannot be removed; leave it unanswered "
                     "if it does not apply"), insp_vendor_question_get_text (q));
      return FALSE;
    }
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM vendor_questions WHERE uuid = ?", uuid, NULL,
                                error);
}

/**
 * insp_workspace_remove_vendor_question:
 * @self: a workspace
 * @uuid: an own question to a vendor
 * @error: why it could not be removed: a built-in question cannot be
 *
 * Returns: whether it is gone
 */
gboolean
insp_workspace_remove_vendor_question (InspWorkspace  *self,
                                       const char     *uuid,
                                       GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!_insp_workspace_in_transaction (self, remove_question, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "vendor_questions");
  return TRUE;
}

/* --- Side by side ------------------------------------------------------------------------- */

static char *
normalise (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_casefold (stripped, -1);
}

/* The row of @cmp for @q: the built-in key's, or the own question with the same text in the
 * same group; a new row otherwise. */
static InspVendorComparisonRow *
find_row (GPtrArray                *rows,
          const InspVendorQuestion *q,
          guint                     n_vendors)
{
  g_autofree char *text = q->key == NULL ? normalise (q->question) : NULL;
  InspVendorComparisonRow *row;

  for (guint i = 0; i < rows->len; i++)
    {
      row = g_ptr_array_index (rows, i);
      if (g_strcmp0 (row->group, q->group) != 0)
        continue;
      if (q->key != NULL && g_strcmp0 (row->key, q->key) == 0)
        return row;
      if (q->key == NULL && row->key == NULL)
        {
          g_autofree char *other = normalise (row->question);

          if (g_str_equal (text, other))
            return row;
        }
    }

  row = g_new0 (InspVendorComparisonRow, 1);
  row->group = g_strdup (q->group);
  row->key = g_strdup (q->key);
  row->question = g_strdup (insp_vendor_question_get_text (q));
  row->ratings = g_new0 (char *, n_vendors + 1);
  for (guint v = 0; v < n_vendors; v++)
    row->ratings[v] = g_strdup ("");
  g_ptr_array_add (rows, row);
  return row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const InspVendorComparisonRow *ra = *(InspVendorComparisonRow * const *) a;
  const InspVendorComparisonRow *rb = *(InspVendorComparisonRow * const *) b;
  int ga = insp_enum_index (&insp_enum_vendor_group, ra->group);
  int gb = insp_enum_index (&insp_enum_vendor_group, rb->group);
  int ka, kb;

  if (ga != gb)
    return ga < gb ? -1 : 1;
  /* built-in questions first, in their order; own ones keep the order they were met */
  ka = ra->key != NULL && find_builtin (ra->key) != NULL
       ? (int) (find_builtin (ra->key) - builtin_questions) : G_MAXINT;
  kb = rb->key != NULL && find_builtin (rb->key) != NULL
       ? (int) (find_builtin (rb->key) - builtin_questions) : G_MAXINT;
  if (ka != kb)
    return ka < kb ? -1 : 1;
  return 0;
}

/**
 * insp_workspace_compare_vendors:
 * @self: a workspace
 * @application: an application
 * @vendors: (nullable) (array zero-terminated=1): the uuids of the vendors to compare, in
 *   the order to show them; %NULL: all vendors of @application
 * @error: why they could not be compared
 *
 * Puts the vendors' questionnaires side by side: one row per built-in question (by key) and
 * per own question (matched on its group and text, ignoring case), with each vendor's
 * rating; and per vendor the number of questions with each rating.
 *
 * Returns: (transfer full) (nullable): the comparison
 */
InspVendorComparison *
insp_workspace_compare_vendors (InspWorkspace       *self,
                                const char          *application,
                                const char * const  *vendors,
                                GError             **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(InspVendorComparison) cmp = NULL;
  guint n_ratings = insp_enum_rating.n_values;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  if (!insp_check_application (self, application, error)
      || (all = insp_workspace_list_vendors (self, application, error)) == NULL)
    return NULL;

  cmp = g_new0 (InspVendorComparison, 1);
  cmp->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) comparison_row_free);
  if (vendors == NULL)
    cmp->vendors = g_steal_pointer (&all);
  else
    {
      cmp->vendors = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_vendor_free);
      for (guint v = 0; vendors[v] != NULL; v++)
        {
          guint i;

          for (i = 0; i < all->len; i++)
            if (g_str_equal (((InspVendor *) g_ptr_array_index (all, i))->uuid, vendors[v]))
              break;
          if (i == all->len)
            {
              g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                           _("There is no vendor %s for this application"), vendors[v]);
              return NULL;
            }
          g_ptr_array_add (cmp->vendors, g_ptr_array_steal_index (all, i));
        }
    }

  cmp->counts = g_new0 (guint, MAX (cmp->vendors->len, 1) * n_ratings);
  for (guint v = 0; v < cmp->vendors->len; v++)
    {
      InspVendor *vendor = g_ptr_array_index (cmp->vendors, v);
      g_autoptr(GPtrArray) questions = load_questions (self, vendor->uuid, NULL, error);

      if (questions == NULL)
        return NULL;
      for (guint i = 0; i < questions->len; i++)
        {
          InspVendorQuestion *q = g_ptr_array_index (questions, i);
          InspVendorComparisonRow *row = find_row (cmp->rows, q, cmp->vendors->len);
          int r = insp_enum_index (&insp_enum_rating, q->rating);

          /* a vendor asked the same question twice: its last rating counts in the row */
          g_free (row->ratings[v]);
          row->ratings[v] = g_strdup (q->rating);
          if (r >= 0)
            cmp->counts[v * n_ratings + (guint) r]++;
        }
    }

  g_ptr_array_sort (cmp->rows, compare_rows);
  return g_steal_pointer (&cmp);
}
