/* insp-person.h — the people of an organisation who take part in its AI tracks
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_PERSON (insp_person_get_type ())

G_DECLARE_FINAL_TYPE (InspPerson, insp_person, INSP, PERSON, GObject)

/* A training a person followed (AI literacy and the like). */
typedef struct
{
  char *title;
  char *date;   /* YYYY-MM-DD, nullable */
} InspTraining;

/* A person linked to an application, with what they do there. */
typedef struct
{
  char *application;
  char *person;
  char *name;   /* the person's name, for showing */
  char *role;   /* "frontrunner", … */
  char *task;   /* nullable */
} InspApplicationPerson;

InspPerson         *insp_person_new                   (void);
const char         *insp_person_get_uuid              (InspPerson    *self);
const char         *insp_person_get_name              (InspPerson    *self);
void                insp_person_set_name              (InspPerson    *self,
                                                       const char    *name);
const char         *insp_person_get_department        (InspPerson    *self);
void                insp_person_set_department        (InspPerson    *self,
                                                       const char    *department);
gboolean            insp_person_get_consent_named     (InspPerson    *self);
void                insp_person_set_consent_named     (InspPerson    *self,
                                                       gboolean       consent);
const char         *insp_person_get_notes             (InspPerson    *self);
void                insp_person_set_notes             (InspPerson    *self,
                                                       const char    *notes);
const char * const *insp_person_get_roles             (InspPerson    *self);
void                insp_person_set_roles             (InspPerson    *self,
                                                       const char * const *roles);
GPtrArray          *insp_person_get_trainings         (InspPerson    *self);
void                insp_person_add_training          (InspPerson    *self,
                                                       const char    *title,
                                                       const char    *date);
void                insp_person_remove_training       (InspPerson    *self,
                                                       guint          index);

GPtrArray          *insp_workspace_list_persons       (InspWorkspace *self,
                                                       GError       **error);
InspPerson         *insp_workspace_get_person         (InspWorkspace *self,
                                                       const char    *uuid,
                                                       GError       **error);
gboolean            insp_workspace_save_person        (InspWorkspace *self,
                                                       InspPerson    *person,
                                                       GError       **error);
InspPerson         *insp_workspace_delete_person      (InspWorkspace *self,
                                                       const char    *uuid,
                                                       GError       **error);
gboolean            insp_workspace_restore_person     (InspWorkspace *self,
                                                       InspPerson    *deleted,
                                                       GError       **error);
GPtrArray          *insp_workspace_list_application_persons (InspWorkspace *self,
                                                             const char    *application,
                                                             GError       **error);
gboolean            insp_workspace_link_person        (InspWorkspace *self,
                                                       const char    *application,
                                                       const char    *person,
                                                       const char    *role,
                                                       const char    *task,
                                                       GError       **error);
gboolean            insp_workspace_unlink_person      (InspWorkspace *self,
                                                       const char    *application,
                                                       const char    *person,
                                                       const char    *role,
                                                       GError       **error);
void                insp_application_person_free      (InspApplicationPerson *link);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspApplicationPerson, insp_application_person_free)

G_END_DECLS
