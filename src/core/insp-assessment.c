/* insp-assessment.c — the impact of an AI application on workable work, as each group sees it
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paper's recommendation 3: the impact is assessed with employees, not guessed by
 * managers. Each stakeholder group that answers gives, at a moment of the track (before,
 * after the pilot, after rollout), an expected effect from −2 to +2 with a confidence and a
 * rationale, on the ten indicators of the Flemish workability monitor, the paper's concerns
 * and the organisational impact (insp_enum_topic). Where the latest answers of two groups lie
 * two points or more apart, there is a conversation to have; it counts as had when a held
 * activity on or after the later answer, or an action, names the item.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-assessment.h"
#include "insp-track-private.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "insp-accessors-private.h"
#include "insp-action.h"
#include "insp-application.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-group.h"
#include "insp-interchange.h"
#include "insp-validate-private.h"
#include "insp-workspace-private.h"

/* Two groups disagree when their expectations lie this far apart. */
#define DISAGREEMENT_POINTS 2

struct _InspAssessment
{
  GObject    parent_instance;

  char      *uuid;
  char      *application;
  char      *group;
  char      *moment;
  char      *date;
  char      *notes;
  GPtrArray *scores;     /* InspScore, in the order of insp_enum_topic */
  char      *created;
};

G_DEFINE_FINAL_TYPE (InspAssessment, insp_assessment, G_TYPE_OBJECT)

static void
score_free (InspScore *score)
{
  g_free (score->confidence);
  g_free (score->rationale);
  g_free (score);
}

static void
insp_assessment_finalize (GObject *object)
{
  InspAssessment *self = INSP_ASSESSMENT (object);

  g_free (self->uuid);
  g_free (self->application);
  g_free (self->group);
  g_free (self->moment);
  g_free (self->date);
  g_free (self->notes);
  g_ptr_array_unref (self->scores);
  g_free (self->created);

  G_OBJECT_CLASS (insp_assessment_parent_class)->finalize (object);
}

static void
insp_assessment_class_init (InspAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_assessment_finalize;
}

static void
insp_assessment_init (InspAssessment *self)
{
  self->moment = g_strdup ("before");
  self->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) score_free);
}

/**
 * insp_assessment_new:
 *
 * Returns: (transfer full): a new assessment "before", without scores
 */
InspAssessment *
insp_assessment_new (void)
{
  return g_object_new (INSP_TYPE_ASSESSMENT, NULL);
}

const char *
insp_assessment_get_uuid (InspAssessment *self)
{
  g_return_val_if_fail (INSP_IS_ASSESSMENT (self), NULL);
  return self->uuid;
}

const char *
insp_assessment_get_application (InspAssessment *self)
{
  g_return_val_if_fail (INSP_IS_ASSESSMENT (self), NULL);
  return self->application;
}

STRING_ACCESSORS (InspAssessment, insp_assessment, INSP_IS_ASSESSMENT, group)
STRING_ACCESSORS (InspAssessment, insp_assessment, INSP_IS_ASSESSMENT, moment)
STRING_ACCESSORS (InspAssessment, insp_assessment, INSP_IS_ASSESSMENT, date)
STRING_ACCESSORS (InspAssessment, insp_assessment, INSP_IS_ASSESSMENT, notes)

static int
find_score (InspAssessment *self,
            const char     *item)
{
  for (guint i = 0; i < self->scores->len; i++)
    if (g_str_equal (((InspScore *) g_ptr_array_index (self->scores, i))->item, item))
      return (int) i;
  return -1;
}

/**
 * insp_assessment_get_score:
 * @self: an assessment
 * @item: an indicator or concern
 *
 * Returns: (transfer none) (nullable): the expected effect on @item, if the group gave one
 */
const InspScore *
insp_assessment_get_score (InspAssessment *self,
                           const char     *item)
{
  int index;

  g_return_val_if_fail (INSP_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  index = find_score (self, item);
  return index >= 0 ? g_ptr_array_index (self->scores, index) : NULL;
}

/**
 * insp_assessment_get_scores:
 * @self: an assessment
 *
 * Returns: (transfer none) (element-type InspScore): the scores, in the order of the
 *   indicators and concerns
 */
GPtrArray *
insp_assessment_get_scores (InspAssessment *self)
{
  g_return_val_if_fail (INSP_IS_ASSESSMENT (self), NULL);
  return self->scores;
}

/**
 * insp_assessment_set_score:
 * @self: an assessment
 * @item: an indicator or concern (an id of insp_enum_topic)
 * @effect: the expected effect, −2 … +2 (checked when saved)
 * @confidence: (nullable): "low", "medium" (when %NULL) or "high" (checked when saved)
 * @rationale: (nullable): why
 *
 * Returns: %FALSE when @item is not an indicator or concern
 */
gboolean
insp_assessment_set_score (InspAssessment *self,
                           const char     *item,
                           int             effect,
                           const char     *confidence,
                           const char     *rationale)
{
  int index, topic;
  InspScore *score;

  g_return_val_if_fail (INSP_IS_ASSESSMENT (self), FALSE);

  topic = insp_enum_index (&insp_enum_topic, item);
  if (topic < 0)
    return FALSE;

  index = find_score (self, item);
  if (index < 0)
    {
      guint at = 0;

      score = g_new0 (InspScore, 1);
      score->item = insp_enum_topic.values[topic].id;
      while (at < self->scores->len
             && insp_enum_index (&insp_enum_topic,
                                 ((InspScore *) g_ptr_array_index (self->scores, at))->item)
                < topic)
        at++;
      g_ptr_array_insert (self->scores, (int) at, score);
    }
  else
    score = g_ptr_array_index (self->scores, index);

  score->effect = effect;
  g_free (score->confidence);
  score->confidence = g_strdup (confidence != NULL ? confidence : "medium");
  g_free (score->rationale);
  score->rationale = rationale != NULL && rationale[0] != '\0' ? g_strdup (rationale) : NULL;
  return TRUE;
}

void
insp_assessment_remove_score (InspAssessment *self,
                              const char     *item)
{
  int index;

  g_return_if_fail (INSP_IS_ASSESSMENT (self));

  index = find_score (self, item);
  if (index >= 0)
    g_ptr_array_remove_index (self->scores, (guint) index);
}

/* --- Reading ------------------------------------------------------------------------------- */

static gboolean
load_scores (InspStore   *store,
             const char  *application,
             GHashTable  *by_uuid,
             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store,
                             "SELECT s.assessment, s.item, s.effect, s.confidence, s.rationale "
                             "FROM assessment_scores AS s "
                             "JOIN assessments AS a ON a.uuid = s.assessment "
                             "WHERE a.application = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspAssessment *assessment = g_hash_table_lookup (by_uuid,
                                                        sqlite3_column_text (stmt, 0));

      if (assessment != NULL)
        insp_assessment_set_score (assessment, (const char *) sqlite3_column_text (stmt, 1),
                                   sqlite3_column_int (stmt, 2),
                                   (const char *) sqlite3_column_text (stmt, 3),
                                   (const char *) sqlite3_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * insp_workspace_list_assessments:
 * @self: a workspace
 * @application: an application
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspAssessment) (nullable): the application's
 *   assessments, group by group in the groups' order, each group's oldest first
 */
GPtrArray *
insp_workspace_list_assessments (InspWorkspace  *self,
                                 const char     *application,
                                 GError        **error)
{
  g_autoptr(GPtrArray) assessments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  InspStore *store;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  store = _insp_workspace_get_store (self);
  stmt = insp_store_prepare (store,
                             "SELECT a.uuid, a.grp, a.moment, a.date, a.notes, a.created "
                             "FROM assessments AS a JOIN groups AS g ON g.uuid = a.grp "
                             "WHERE a.application = ? ORDER BY g.builtin DESC, g.position, "
                             "g.uuid, a.date, CASE a.moment WHEN 'before' THEN 0 "
                             "WHEN 'after-pilot' THEN 1 ELSE 2 END, a.created, a.uuid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, application, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspAssessment *assessment = insp_assessment_new ();

      g_free (assessment->moment);
      assessment->uuid = insp_store_column_dup (stmt, 0);
      assessment->application = g_strdup (application);
      assessment->group = insp_store_column_dup (stmt, 1);
      assessment->moment = insp_store_column_dup (stmt, 2);
      assessment->date = insp_store_column_dup (stmt, 3);
      assessment->notes = insp_store_column_dup (stmt, 4);
      assessment->created = insp_store_column_dup (stmt, 5);
      g_ptr_array_add (assessments, assessment);
      g_hash_table_insert (by_uuid, assessment->uuid, assessment);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return NULL;
    }
  if (assessments->len > 0 && !load_scores (store, application, by_uuid, error))
    return NULL;
  return g_steal_pointer (&assessments);
}

/* --- Writing ------------------------------------------------------------------------------- */

typedef struct
{
  const char     *application;
  InspAssessment *assessment;
} AssessmentChange;

static gboolean
write_assessment (InspWorkspace  *self,
                  gpointer        data,
                  GError        **error)
{
  AssessmentChange *change = data;
  InspAssessment *assessment = change->assessment;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  sqlite3_stmt *stmt;

  stmt = insp_store_prepare (store,
                             "INSERT INTO assessments (uuid, application, grp, moment, date, "
                             "notes, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
                             "ON CONFLICT (uuid) DO UPDATE SET grp = ?3, moment = ?4, "
                             "date = ?5, notes = ?6, modified = ?7", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, assessment->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, change->application, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, assessment->group, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, assessment->moment, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, assessment->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, assessment->notes, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  if (!insp_store_run (store, stmt, error)
      || !insp_store_delete_row (store, "DELETE FROM assessment_scores WHERE assessment = ?",
                                 assessment->uuid, NULL, error))
    return FALSE;

  for (guint i = 0; i < assessment->scores->len; i++)
    {
      InspScore *score = g_ptr_array_index (assessment->scores, i);

      stmt = insp_store_prepare (store, "INSERT INTO assessment_scores (assessment, item, "
                                 "effect, confidence, rationale) VALUES (?, ?, ?, ?, ?)",
                                 error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, assessment->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, score->item, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, score->effect);
      sqlite3_bind_text (stmt, 4, score->confidence, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, score->rationale, -1, SQLITE_TRANSIENT);
      if (!insp_store_run (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_assessment (InspWorkspace   *self,
                  const char      *application,
                  InspAssessment  *assessment,
                  GError         **error)
{
  g_autoptr(InspApplication) found = insp_workspace_get_application (self, application, error);
  g_autoptr(GPtrArray) groups = NULL;
  gboolean known = FALSE;

  if (found == NULL)
    return FALSE;

  groups = insp_workspace_list_groups (self, error);
  if (groups == NULL)
    return FALSE;
  for (guint i = 0; i < groups->len && !known; i++)
    known = g_strcmp0 (insp_group_get_uuid (g_ptr_array_index (groups, i)),
                       assessment->group) == 0;
  if (!known)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("Say which stakeholder group gives this assessment"));
      return FALSE;
    }
  if (assessment->date == NULL)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("An impact assessment needs the date it was made"));
      return FALSE;
    }
  if (!insp_check_enum (&insp_enum_moment, assessment->moment, FALSE, _("moment"), error)
      || !insp_check_date (assessment->date, _("Impact assessment"), error))
    return FALSE;

  for (guint i = 0; i < assessment->scores->len; i++)
    {
      InspScore *score = g_ptr_array_index (assessment->scores, i);
      const char *label = insp_enum_get_label (&insp_enum_topic, score->item);

      if (score->effect < -2 || score->effect > 2)
        {
          g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                       /* Translators: %s is an indicator, such as "Workload"; %d a number */
                       _("%s: the expected effect is %d; it goes from −2 to +2"), label,
                       score->effect);
          return FALSE;
        }
      if (!insp_check_enum (&insp_enum_confidence, score->confidence, FALSE,
                            _("confidence"), error))
        {
          g_prefix_error (error, "%s: ", label);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * insp_workspace_save_assessment:
 * @self: a workspace
 * @application: the application assessed
 * @assessment: a new assessment, or one read from @self and changed
 * @error: why it could not be saved (no group, no date, an effect out of range, …)
 *
 * Writes the assessment and its scores in one transaction. A new one gets its uuid; one
 * deleted is put back by saving it again.
 *
 * Returns: whether it was saved
 */
gboolean
insp_workspace_save_assessment (InspWorkspace   *self,
                                const char      *application,
                                InspAssessment  *assessment,
                                GError         **error)
{
  AssessmentChange change = { application, assessment };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (INSP_IS_ASSESSMENT (assessment), FALSE);

  if (!check_assessment (self, application, assessment, error)
      || !_insp_workspace_save (self, &assessment->uuid, write_assessment, &change,
                                "assessments", error))
    return FALSE;

  g_free (assessment->application);
  assessment->application = g_strdup (application);
  return TRUE;
}

static gboolean
delete_assessment (InspWorkspace  *self,
                   gpointer        data,
                   GError        **error)
{
  return insp_store_delete_row (_insp_workspace_get_store (self),
                                "DELETE FROM assessments WHERE uuid = ?", data,
                                _("This impact assessment is no longer in the workspace"),
                                error);
}

/**
 * insp_workspace_delete_assessment:
 * @self: a workspace
 * @uuid: an assessment
 * @error: why it could not be deleted
 *
 * Returns: whether it is gone (saving it again, uuid and all, puts it back)
 */
gboolean
insp_workspace_delete_assessment (InspWorkspace  *self,
                                  const char     *uuid,
                                  GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, delete_assessment, (gpointer) uuid, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "assessments");
  return TRUE;
}

/* --- Comparing ----------------------------------------------------------------------------- */

void
insp_disagreement_free (InspDisagreement *disagreement)
{
  if (disagreement == NULL)
    return;
  g_free (disagreement->group_a);
  g_free (disagreement->group_b);
  g_free (disagreement->since);
  g_free (disagreement);
}

void
insp_movement_free (InspMovement *movement)
{
  if (movement == NULL)
    return;
  g_free (movement->group);
  g_free (movement->from_date);
  g_free (movement->to_date);
  g_free (movement);
}

/* The latest assessment of each group, in the order of @assessments' groups. */
static GPtrArray *
latest_per_group (GPtrArray *assessments)
{
  GPtrArray *latest = g_ptr_array_new ();

  for (guint i = 0; i < assessments->len; i++)
    {
      InspAssessment *assessment = g_ptr_array_index (assessments, i);
      InspAssessment *last = latest->len > 0
                             ? g_ptr_array_index (latest, latest->len - 1) : NULL;

      /* Assessments come group by group, each group's oldest first. */
      if (last != NULL && g_strcmp0 (last->group, assessment->group) == 0)
        g_ptr_array_index (latest, latest->len - 1) = assessment;
      else
        g_ptr_array_add (latest, assessment);
    }
  return latest;
}

/**
 * insp_assessments_find_disagreements:
 * @assessments: (element-type InspAssessment): assessments of one application, as
 *   insp_workspace_list_assessments () returns them
 *
 * Compares the latest assessment of each group with that of every other group.
 *
 * Returns: (transfer container) (element-type InspDisagreement): the items on which two
 *   groups expect effects two points or more apart, item by item in the order of the
 *   indicators and concerns, the widest gaps first; none are marked discussed
 */
GPtrArray *
insp_assessments_find_disagreements (GPtrArray *assessments)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_disagreement_free);
  g_autoptr(GPtrArray) latest = NULL;

  g_return_val_if_fail (assessments != NULL, found);

  latest = latest_per_group (assessments);
  for (guint t = 0; t < insp_enum_topic.n_values; t++)
    {
      const char *item = insp_enum_topic.values[t].id;
      guint first = found->len;

      for (guint a = 0; a < latest->len; a++)
        for (guint b = a + 1; b < latest->len; b++)
          {
            InspAssessment *one = g_ptr_array_index (latest, a);
            InspAssessment *other = g_ptr_array_index (latest, b);
            const InspScore *x = insp_assessment_get_score (one, item);
            const InspScore *y = insp_assessment_get_score (other, item);
            InspDisagreement *disagreement;

            if (x == NULL || y == NULL || abs (x->effect - y->effect) < DISAGREEMENT_POINTS)
              continue;
            disagreement = g_new0 (InspDisagreement, 1);
            disagreement->item = item;
            disagreement->group_a = g_strdup (one->group);
            disagreement->group_b = g_strdup (other->group);
            disagreement->effect_a = x->effect;
            disagreement->effect_b = y->effect;
            disagreement->since = g_strdup (g_strcmp0 (one->date, other->date) > 0
                                            ? one->date : other->date);
            g_ptr_array_add (found, disagreement);
          }

      /* The widest gaps on this item first (a stable insertion sort: few rows). */
      for (guint i = first + 1; i < found->len; i++)
        for (guint j = i; j > first; j--)
          {
            InspDisagreement *p = g_ptr_array_index (found, j - 1);
            InspDisagreement *q = g_ptr_array_index (found, j);

            if (abs (q->effect_a - q->effect_b) <= abs (p->effect_a - p->effect_b))
              break;
            g_ptr_array_index (found, j - 1) = q;
            g_ptr_array_index (found, j) = p;
          }
    }
  return found;
}

/**
 * insp_assessments_find_movements:
 * @assessments: (element-type InspAssessment): assessments of one application, as
 *   insp_workspace_list_assessments () returns them
 *
 * Returns: (transfer container) (element-type InspMovement): for each group, between each
 *   two of its successive assessments, the items whose expected effect changed
 */
GPtrArray *
insp_assessments_find_movements (GPtrArray *assessments)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_movement_free);

  g_return_val_if_fail (assessments != NULL, found);

  for (guint i = 1; i < assessments->len; i++)
    {
      InspAssessment *before = g_ptr_array_index (assessments, i - 1);
      InspAssessment *after = g_ptr_array_index (assessments, i);

      if (g_strcmp0 (before->group, after->group) != 0)
        continue;
      for (guint s = 0; s < after->scores->len; s++)
        {
          InspScore *to = g_ptr_array_index (after->scores, s);
          const InspScore *from = insp_assessment_get_score (before, to->item);
          InspMovement *movement;

          if (from == NULL || from->effect == to->effect)
            continue;
          movement = g_new0 (InspMovement, 1);
          movement->group = g_strdup (after->group);
          movement->item = to->item;
          movement->from = from->effect;
          movement->to = to->effect;
          movement->from_date = g_strdup (before->date);
          movement->to_date = g_strdup (after->date);
          g_ptr_array_add (found, movement);
        }
    }
  return found;
}

static gboolean
names_item (const char * const *topics,
            const char         *item)
{
  return topics != NULL && g_strv_contains (topics, item);
}

/**
 * insp_workspace_list_disagreements:
 * @self: a workspace
 * @application: an application
 * @error: why they could not be found
 *
 * As insp_assessments_find_disagreements () on the application's assessments, each marked
 * discussed when a held activity of its track dated on or after the later assessment, or
 * one of its actions, names the item.
 *
 * Returns: (transfer container) (element-type InspDisagreement) (nullable): the
 *   disagreements
 */
GPtrArray *
insp_workspace_list_disagreements (InspWorkspace  *self,
                                   const char     *application,
                                   GError        **error)
{
  return _insp_workspace_list_disagreements_with (self, application, NULL, error);
}

/* As insp_workspace_list_disagreements (); @activities: the application's activities when
 * they have been read already, or %NULL. */
GPtrArray *
_insp_workspace_list_disagreements_with (InspWorkspace  *self,
                                         const char     *application,
                                         GPtrArray      *activities_read,
                                         GError        **error)
{
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) found = NULL;
  InspActionFilter filter = { .application = application };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  assessments = insp_workspace_list_assessments (self, application, error);
  if (assessments == NULL)
    return NULL;
  found = insp_assessments_find_disagreements (assessments);
  if (found->len == 0)
    return g_steal_pointer (&found);

  activities = activities_read != NULL ? g_ptr_array_ref (activities_read)
                                       : insp_workspace_list_activities (self, application,
                                                                         error);
  actions = activities != NULL ? insp_workspace_list_actions (self, &filter, error) : NULL;
  if (actions == NULL)
    return NULL;

  for (guint i = 0; i < found->len; i++)
    {
      InspDisagreement *disagreement = g_ptr_array_index (found, i);

      for (guint j = 0; j < actions->len && !disagreement->discussed; j++)
        disagreement->discussed = names_item (insp_action_get_topics (
                                                g_ptr_array_index (actions, j)),
                                              disagreement->item);
      for (guint j = 0; j < activities->len && !disagreement->discussed; j++)
        {
          InspActivity *activity = g_ptr_array_index (activities, j);
          const char *date = insp_activity_get_date (activity);

          disagreement->discussed = insp_activity_get_held (activity) && date != NULL
                                    && g_strcmp0 (date, disagreement->since) >= 0
                                    && names_item (insp_activity_get_topics (activity),
                                                   disagreement->item);
        }
    }
  return g_steal_pointer (&found);
}
