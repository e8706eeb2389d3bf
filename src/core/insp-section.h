/* insp-section.h — the sections of the organisation's AI vision
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "insp-workspace.h"

G_BEGIN_DECLS

#define INSP_TYPE_SECTION (insp_section_get_type ())

G_DECLARE_FINAL_TYPE (InspSection, insp_section, INSP, SECTION, GObject)

/* One result of a search across the sections. */
typedef struct
{
  char *section;          /* the section's uuid */
  char *title;            /* its title as shown */
  char *snippet_markup;   /* Pango markup: the matching words in <b> */
} InspSectionHit;

const char         *insp_section_get_uuid             (InspSection   *self);
const char         *insp_section_get_key              (InspSection   *self);
const char         *insp_section_get_title            (InspSection   *self);
const char         *insp_section_get_display_title    (InspSection   *self);
const char         *insp_section_get_text             (InspSection   *self);
const char         *insp_section_get_status           (InspSection   *self);
guint               insp_section_get_position         (InspSection   *self);
const char * const *insp_section_get_groups           (InspSection   *self);
guint               insp_section_get_word_count       (InspSection   *self);
const char         *insp_section_get_modified         (InspSection   *self);
gboolean            insp_section_is_builtin           (InspSection   *self);

GPtrArray          *insp_workspace_list_sections      (InspWorkspace *self,
                                                       GError       **error);
InspSection        *insp_workspace_get_section        (InspWorkspace *self,
                                                       const char    *uuid,
                                                       GError       **error);
InspSection        *insp_workspace_add_section        (InspWorkspace *self,
                                                       const char    *title,
                                                       GError       **error);
gboolean            insp_workspace_rename_section     (InspWorkspace *self,
                                                       const char    *uuid,
                                                       const char    *title,
                                                       GError       **error);
gboolean            insp_workspace_move_section       (InspWorkspace *self,
                                                       const char    *uuid,
                                                       guint          position,
                                                       GError       **error);
InspSection        *insp_workspace_remove_section     (InspWorkspace *self,
                                                       const char    *uuid,
                                                       GError       **error);
gboolean            insp_workspace_restore_section    (InspWorkspace *self,
                                                       InspSection   *removed,
                                                       GError       **error);
gboolean            insp_workspace_set_section_text   (InspWorkspace *self,
                                                       const char    *uuid,
                                                       const char    *text,
                                                       GError       **error);
gboolean            insp_workspace_set_section_status (InspWorkspace *self,
                                                       const char    *uuid,
                                                       const char    *status,
                                                       GError       **error);
gboolean            insp_workspace_set_section_groups (InspWorkspace *self,
                                                       const char    *uuid,
                                                       const char * const *groups,
                                                       GError       **error);
GPtrArray          *insp_workspace_search_sections    (InspWorkspace *self,
                                                       const char    *query,
                                                       guint          max_hits,
                                                       GError       **error);

void                insp_section_hit_free             (InspSectionHit *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspSectionHit, insp_section_hit_free)

G_END_DECLS
