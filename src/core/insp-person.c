/* insp-person.c — the people of an organisation who take part in its AI tracks
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Personal data is kept to what the work needs: a name or pseudonym, a department, roles,
 * trainings, and whether the person consents to be named in exports (no, by default).
 * Deleting a person removes them everywhere; the activities they took part in keep a trace
 * with their role and department only. The deleted person is returned whole, so that undo
 * puts back every link.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-person.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-accessors-private.h"
#include "insp-enums.h"
#include "insp-error.h"
#include "insp-validate-private.h"
#include "insp-interchange.h"
#include "insp-workspace-private.h"

#define MAX_NAME_LENGTH 200

/* One place a deleted person took part in an activity, as it was. */
typedef struct
{
  char *activity;
  int   position;
  char *role;
  char *department;
} Participation;

struct _InspPerson
{
  GObject    parent_instance;

  char      *uuid;
  char      *name;
  char      *department;
  gboolean   consent_named;
  char      *notes;
  GStrv      roles;
  GPtrArray *trainings;       /* InspTraining */
  char      *created;

  /* Kept when the person is deleted, for undo. */
  GPtrArray *links;           /* InspApplicationPerson */
  GPtrArray *participations;  /* Participation */
};

G_DEFINE_FINAL_TYPE (InspPerson, insp_person, G_TYPE_OBJECT)

static void
training_free (InspTraining *training)
{
  g_free (training->title);
  g_free (training->date);
  g_free (training);
}

static void
participation_free (Participation *participation)
{
  g_free (participation->activity);
  g_free (participation->role);
  g_free (participation->department);
  g_free (participation);
}

void
insp_application_person_free (InspApplicationPerson *link)
{
  if (link == NULL)
    return;
  g_free (link->application);
  g_free (link->person);
  g_free (link->name);
  g_free (link->role);
  g_free (link->task);
  g_free (link);
}

static void
insp_person_finalize (GObject *object)
{
  InspPerson *self = INSP_PERSON (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->department);
  g_free (self->notes);
  g_strfreev (self->roles);
  g_ptr_array_unref (self->trainings);
  g_free (self->created);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->participations, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_person_parent_class)->finalize (object);
}

static void
insp_person_class_init (InspPersonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_person_finalize;
}

static void
insp_person_init (InspPerson *self)
{
  self->roles = g_new0 (char *, 1);
  self->trainings = g_ptr_array_new_with_free_func ((GDestroyNotify) training_free);
}

/**
 * insp_person_new:
 *
 * Returns: (transfer full): a new person, who does not consent to be named in exports
 */
InspPerson *
insp_person_new (void)
{
  return g_object_new (INSP_TYPE_PERSON, NULL);
}

const char *
insp_person_get_uuid (InspPerson *self)
{
  g_return_val_if_fail (INSP_IS_PERSON (self), NULL);
  return self->uuid;
}

static void
set_string (char       **field,
            const char  *value)
{
  if (*field == value)
    return;
  g_free (*field);
  *field = value != NULL && value[0] != '\0' ? g_strdup (value) : NULL;
}

const char *
insp_person_get_name (InspPerson *self)
{
  g_return_val_if_fail (INSP_IS_PERSON (self), NULL);
  return self->name;
}

void
insp_person_set_name (InspPerson *self,
                      const char *name)
{
  g_return_if_fail (INSP_IS_PERSON (self));
  set_string (&self->name, name);
}

const char *
insp_person_get_department (InspPerson *self)
{
  g_return_val_if_fail (INSP_IS_PERSON (self), NULL);
  return self->department;
}

void
insp_person_set_department (InspPerson *self,
                            const char *department)
{
  g_return_if_fail (INSP_IS_PERSON (self));
  set_string (&self->department, department);
}

/**
 * insp_person_get_consent_named:
 * @self: a person
 *
 * Returns: whether the person agreed to be named in exports; without it, exports show
 *   their role and department only
 */
gboolean
insp_person_get_consent_named (InspPerson *self)
{
  g_return_val_if_fail (INSP_IS_PERSON (self), FALSE);
  return self->consent_named;
}

void
insp_person_set_consent_named (InspPerson *self,
                               gboolean    consent)
{
  g_return_if_fail (INSP_IS_PERSON (self));
  self->consent_named = consent;
}

const char *
insp_person_get_notes (InspPerson *self)
{
  g_return_val_if_fail (INSP_IS_PERSON (self), NULL);
  return self->notes;
}

void
insp_person_set_notes (InspPerson *self,
                       const char *notes)
{
  g_return_if_fail (INSP_IS_PERSON (self));
  set_string (&self->notes, notes);
}

STRV_ACCESSORS (InspPerson, insp_person, INSP_IS_PERSON, roles)

/**
 * insp_person_get_trainings:
 * @self: a person
 *
 * Returns: (transfer none) (element-type InspTraining): the trainings followed, in order
 */
GPtrArray *
insp_person_get_trainings (InspPerson *self)
{
  g_return_val_if_fail (INSP_IS_PERSON (self), NULL);
  return self->trainings;
}

void
insp_person_add_training (InspPerson *self,
                          const char *title,
                          const char *date)
{
  InspTraining *training = g_new0 (InspTraining, 1);

  g_return_if_fail (INSP_IS_PERSON (self));
  training->title = g_strdup (title);
  set_string (&training->date, date);
  g_ptr_array_add (self->trainings, training);
}

void
insp_person_remove_training (InspPerson *self,
                             guint       index)
{
  g_return_if_fail (INSP_IS_PERSON (self));
  g_return_if_fail (index < self->trainings->len);
  g_ptr_array_remove_index (self->trainings, index);
}

/* --- Reading ----------------------------------------------------------------------------- */

static gboolean
step_done (InspStore     *store,
           sqlite3_stmt  *stmt,
           int            rc,
           GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      insp_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_details (InspStore   *store,
              InspPerson  *person,
              GError     **error)
{
  g_autoptr(GStrvBuilder) roles = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store, "SELECT role FROM person_roles WHERE person = ? "
                             "ORDER BY role", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person->uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (roles, (const char *) sqlite3_column_text (stmt, 0));
  if (!step_done (store, stmt, rc, error))
    return FALSE;
  g_strfreev (person->roles);
  person->roles = g_strv_builder_end (roles);

  stmt = insp_store_prepare (store, "SELECT title, date FROM person_trainings "
                             "WHERE person = ? ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person->uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    insp_person_add_training (person, (const char *) sqlite3_column_text (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 1));
  return step_done (store, stmt, rc, error);
}

static GPtrArray *
load_persons (InspWorkspace  *self,
              const char     *uuid,
              GError        **error)
{
  InspStore *store = _insp_workspace_get_store (self);
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = insp_store_prepare (store,
                             "SELECT uuid, name, department, consent_named, notes, created "
                             "FROM persons WHERE ?1 IS NULL OR uuid = ?1 "
                             "ORDER BY name COLLATE NOCASE, uuid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspPerson *person = insp_person_new ();

      person->uuid = insp_store_column_dup (stmt, 0);
      person->name = insp_store_column_dup (stmt, 1);
      person->department = insp_store_column_dup (stmt, 2);
      person->consent_named = sqlite3_column_int (stmt, 3) != 0;
      person->notes = insp_store_column_dup (stmt, 4);
      person->created = insp_store_column_dup (stmt, 5);
      g_ptr_array_add (persons, person);
    }
  if (!step_done (store, stmt, rc, error))
    return NULL;

  for (guint i = 0; i < persons->len; i++)
    if (!load_details (store, g_ptr_array_index (persons, i), error))
      return NULL;

  return g_steal_pointer (&persons);
}

/**
 * insp_workspace_list_persons:
 * @self: a workspace
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspPerson) (nullable): the people, by name
 */
GPtrArray *
insp_workspace_list_persons (InspWorkspace  *self,
                             GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);
  return load_persons (self, NULL, error);
}

/**
 * insp_workspace_get_person:
 * @self: a workspace
 * @uuid: a person
 * @error: %INSP_ERROR_NOT_FOUND when there is no such person
 *
 * Returns: (transfer full) (nullable): the person
 */
InspPerson *
insp_workspace_get_person (InspWorkspace  *self,
                           const char     *uuid,
                           GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  found = load_persons (self, uuid != NULL ? uuid : "", error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                   _("There is no person %s (they may have been deleted)"), uuid);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/* --- Writing ------------------------------------------------------------------------------ */

static gboolean
check_person (InspPerson  *person,
              GError     **error)
{
  g_autofree char *name = g_strstrip (g_strdup (person->name != NULL ? person->name : ""));

  if (name[0] == '\0')
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("A person needs a name, or a pseudonym"));
      return FALSE;
    }
  if (g_utf8_strlen (name, -1) > MAX_NAME_LENGTH)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: the name can be at most %d characters long"), name,
                   MAX_NAME_LENGTH);
      return FALSE;
    }
  for (guint i = 0; person->roles[i] != NULL; i++)
    if (!insp_enum_contains (&insp_enum_person_role, person->roles[i]))
      {
        g_autofree char *ids = insp_enum_dup_ids (&insp_enum_person_role);

        g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                     _("%s: “%s” is not a role; use %s"), name, person->roles[i], ids);
        return FALSE;
      }
  for (guint i = 0; i < person->trainings->len; i++)
    {
      InspTraining *training = g_ptr_array_index (person->trainings, i);

      if (training->title == NULL || training->title[0] == '\0')
        {
          g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                       _("%s: every training needs a title"), name);
          return FALSE;
        }
      if (!insp_check_date (training->date, name, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
run_bound (InspStore           *store,
           const char          *sql,
           const char * const  *values,
           guint                n_values,
           GError             **error)
{
  sqlite3_stmt *stmt = insp_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_values; i++)
    sqlite3_bind_text (stmt, (int) i + 1, values[i], -1, SQLITE_TRANSIENT);
  return insp_store_run (store, stmt, error);
}

static gboolean
write_person (InspWorkspace  *self,
              gpointer        data,
              GError        **error)
{
  InspPerson *person = data;
  InspStore *store = _insp_workspace_get_store (self);
  g_autofree char *now = _insp_now_timestamp ();
  g_autofree char *name = g_strstrip (g_strdup (person->name));
  const char *values[] = {
    person->uuid, name, person->department, person->consent_named ? "1" : "0",
    person->notes, person->created != NULL ? person->created : now, now,
  };
  const char *uuid_only[] = { person->uuid };

  if (!run_bound (store,
                  "INSERT INTO persons (uuid, name, department, consent_named, notes, created, "
                  "modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (uuid) DO UPDATE "
                  "SET name = ?2, department = ?3, consent_named = ?4, notes = ?5, "
                  "modified = ?7", values, G_N_ELEMENTS (values), error)
      || !insp_store_replace_values (store, "person_roles", "person", person->uuid, "role",
                                     (const char * const *) person->roles, error)
      || !run_bound (store, "DELETE FROM person_trainings WHERE person = ?", uuid_only, 1,
                     error))
    return FALSE;

  for (guint i = 0; i < person->trainings->len; i++)
    {
      InspTraining *training = g_ptr_array_index (person->trainings, i);
      g_autofree char *position = g_strdup_printf ("%u", i);
      const char *row[] = { person->uuid, position, training->title, training->date };

      if (!run_bound (store, "INSERT INTO person_trainings (person, position, title, date) "
                      "VALUES (?, CAST (? AS INTEGER), ?, ?)", row, 4, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * insp_workspace_save_person:
 * @self: a workspace
 * @person: a new person, or one read from @self and changed
 * @error: why it could not be saved
 *
 * Returns: whether the person was saved; a new one gets its uuid
 */
gboolean
insp_workspace_save_person (InspWorkspace  *self,
                            InspPerson     *person,
                            GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (INSP_IS_PERSON (person), FALSE);

  return check_person (person, error)
         && _insp_workspace_save (self, &person->uuid, write_person, person, "persons", error);
}

static gboolean
load_links (InspStore   *store,
            const char  *where_column,
            const char  *value,
            GPtrArray   *links,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT ap.application, ap.person, p.name, ap.role, "
                                          "ap.task FROM application_persons AS ap "
                                          "JOIN persons AS p ON p.uuid = ap.person "
                                          "WHERE ap.%s = ? ORDER BY p.name COLLATE NOCASE, "
                                          "ap.role", where_column);
  sqlite3_stmt *stmt = insp_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InspApplicationPerson *link = g_new0 (InspApplicationPerson, 1);

      link->application = insp_store_column_dup (stmt, 0);
      link->person = insp_store_column_dup (stmt, 1);
      link->name = insp_store_column_dup (stmt, 2);
      link->role = insp_store_column_dup (stmt, 3);
      link->task = insp_store_column_dup (stmt, 4);
      g_ptr_array_add (links, link);
    }
  return step_done (store, stmt, rc, error);
}

static gboolean
delete_person (InspWorkspace  *self,
               gpointer        data,
               GError        **error)
{
  InspPerson *person = data;
  InspStore *store = _insp_workspace_get_store (self);
  const char *uuid_only[] = { person->uuid };
  const char *trace[] = { person->uuid, person->roles[0], person->department };
  sqlite3_stmt *stmt;
  int rc;

  person->links = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                  insp_application_person_free);
  if (!load_links (store, "person", person->uuid, person->links, error))
    return FALSE;

  person->participations = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                           participation_free);
  stmt = insp_store_prepare (store, "SELECT activity, position, role, department "
                             "FROM activity_persons WHERE person = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person->uuid, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Participation *p = g_new0 (Participation, 1);

      p->activity = insp_store_column_dup (stmt, 0);
      p->position = sqlite3_column_int (stmt, 1);
      p->role = insp_store_column_dup (stmt, 2);
      p->department = insp_store_column_dup (stmt, 3);
      g_ptr_array_add (person->participations, p);
    }
  if (!step_done (store, stmt, rc, error))
    return FALSE;

  /* The activities keep who took part as a role and a department, not a person. */
  return run_bound (store, "UPDATE activity_persons SET role = coalesce (role, ?2), "
                    "department = coalesce (department, ?3) WHERE person = ?1",
                    trace, 3, error)
         && run_bound (store, "DELETE FROM persons WHERE uuid = ?", uuid_only, 1, error);
}

/**
 * insp_workspace_delete_person:
 * @self: a workspace
 * @uuid: a person
 * @error: why they could not be deleted
 *
 * Deletes the person everywhere: their roles, trainings and links to applications. The
 * activities they took part in keep a trace with their role and department only.
 *
 * Returns: (transfer full) (nullable): the person as they were, with every link, for
 *   insp_workspace_restore_person ()
 */
InspPerson *
insp_workspace_delete_person (InspWorkspace  *self,
                              const char     *uuid,
                              GError        **error)
{
  g_autoptr(InspPerson) person = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  person = insp_workspace_get_person (self, uuid, error);
  if (person == NULL)
    return NULL;
  if (!_insp_workspace_in_transaction (self, delete_person, person, error))
    return NULL;

  _insp_workspace_emit_changed (self, "persons");
  return g_steal_pointer (&person);
}

static gboolean
restore_person (InspWorkspace  *self,
                gpointer        data,
                GError        **error)
{
  InspPerson *person = data;
  InspStore *store = _insp_workspace_get_store (self);

  if (!write_person (self, person, error))
    return FALSE;

  for (guint i = 0; person->links != NULL && i < person->links->len; i++)
    {
      InspApplicationPerson *link = g_ptr_array_index (person->links, i);
      const char *row[] = { link->application, link->person, link->role, link->task };

      if (!run_bound (store, "INSERT OR IGNORE INTO application_persons (application, person, "
                      "role, task) SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM "
                      "applications WHERE uuid = ?1)", row, 4, error))
        return FALSE;
    }
  for (guint i = 0; person->participations != NULL && i < person->participations->len; i++)
    {
      Participation *p = g_ptr_array_index (person->participations, i);
      g_autofree char *position = g_strdup_printf ("%d", p->position);
      const char *row[] = { person->uuid, p->role, p->department, p->activity, position };

      if (!run_bound (store, "UPDATE activity_persons SET person = ?1, role = ?2, "
                      "department = ?3 WHERE activity = ?4 AND position = CAST (?5 AS INTEGER) "
                      "AND person IS NULL", row, 5, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * insp_workspace_restore_person:
 * @self: a workspace
 * @deleted: what insp_workspace_delete_person () returned
 * @error: why they could not be put back
 *
 * Undoes a deletion: the person, their roles, trainings, links to applications and the
 * activities they took part in.
 *
 * Returns: whether the person is back
 */
gboolean
insp_workspace_restore_person (InspWorkspace  *self,
                               InspPerson     *deleted,
                               GError        **error)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (INSP_IS_PERSON (deleted), FALSE);

  if (!_insp_workspace_in_transaction (self, restore_person, deleted, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "persons");
  return TRUE;
}

/**
 * insp_workspace_list_application_persons:
 * @self: a workspace
 * @application: an application
 * @error: why they could not be read
 *
 * Returns: (transfer container) (element-type InspApplicationPerson) (nullable): the people
 *   linked to the application (frontrunners and others), with what they do there
 */
GPtrArray *
insp_workspace_list_application_persons (InspWorkspace  *self,
                                         const char     *application,
                                         GError        **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                               insp_application_person_free);

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), NULL);

  if (!load_links (_insp_workspace_get_store (self), "application", application, links, error))
    return NULL;
  return g_steal_pointer (&links);
}

typedef struct
{
  const char *values[4];
  gboolean    link;
} LinkChange;

static gboolean
write_link (InspWorkspace  *self,
            gpointer        data,
            GError        **error)
{
  LinkChange *change = data;
  InspStore *store = _insp_workspace_get_store (self);

  if (change->link)
    return run_bound (store, "INSERT INTO application_persons (application, person, role, "
                      "task) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (application, person, role) "
                      "DO UPDATE SET task = ?4", change->values, 4, error);
  return run_bound (store, "DELETE FROM application_persons WHERE application = ? "
                    "AND person = ? AND role = ?", change->values, 3, error);
}

/**
 * insp_workspace_link_person:
 * @self: a workspace
 * @application: an application
 * @person: a person
 * @role: what they are there, such as "frontrunner"
 * @task: (nullable): what they do there
 * @error: why they could not be linked
 *
 * Returns: whether the link (or its new task) is stored
 */
gboolean
insp_workspace_link_person (InspWorkspace  *self,
                            const char     *application,
                            const char     *person,
                            const char     *role,
                            const char     *task,
                            GError        **error)
{
  LinkChange change = { { application, person, role, task != NULL && task[0] != '\0'
                                                     ? task : NULL }, TRUE };
  g_autoptr(InspPerson) found = NULL;

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!insp_enum_contains (&insp_enum_person_role, role))
    {
      g_autofree char *ids = insp_enum_dup_ids (&insp_enum_person_role);

      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("“%s” is not a role; use %s"), role != NULL ? role : "", ids);
      return FALSE;
    }
  found = insp_workspace_get_person (self, person, error);
  if (found == NULL)
    return FALSE;

  if (!_insp_workspace_in_transaction (self, write_link, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "applications");
  return TRUE;
}

/**
 * insp_workspace_unlink_person:
 * @self: a workspace
 * @application: an application
 * @person: a person
 * @role: the role they had there
 * @error: why the link could not be removed
 *
 * Returns: whether the link is gone
 */
gboolean
insp_workspace_unlink_person (InspWorkspace  *self,
                              const char     *application,
                              const char     *person,
                              const char     *role,
                              GError        **error)
{
  LinkChange change = { { application, person, role, NULL }, FALSE };

  g_return_val_if_fail (INSP_IS_WORKSPACE (self), FALSE);

  if (!_insp_workspace_in_transaction (self, write_link, &change, error))
    return FALSE;

  _insp_workspace_emit_changed (self, "applications");
  return TRUE;
}
