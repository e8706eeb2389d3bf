/* insp-organisation.h — the organisation a workspace is about
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define INSP_TYPE_ORGANISATION (insp_organisation_get_type ())

G_DECLARE_FINAL_TYPE (InspOrganisation, insp_organisation, INSP, ORGANISATION, GObject)

InspOrganisation *insp_organisation_new                     (void);
InspOrganisation *insp_organisation_copy                    (InspOrganisation *self);
gboolean          insp_organisation_equal                   (InspOrganisation *a,
                                                             InspOrganisation *b);
void              insp_organisation_assign                  (InspOrganisation *self,
                                                             InspOrganisation *other);
const char       *insp_organisation_get_uuid                (InspOrganisation *self);
void              insp_organisation_set_uuid                (InspOrganisation *self,
                                                             const char       *uuid);
const char       *insp_organisation_get_name                (InspOrganisation *self);
void              insp_organisation_set_name                (InspOrganisation *self,
                                                             const char       *name);
const char       *insp_organisation_get_sector              (InspOrganisation *self);
void              insp_organisation_set_sector              (InspOrganisation *self,
                                                             const char       *sector);
const char       *insp_organisation_get_size_band           (InspOrganisation *self);
void              insp_organisation_set_size_band           (InspOrganisation *self,
                                                             const char       *size_band);
const char       *insp_organisation_get_country             (InspOrganisation *self);
void              insp_organisation_set_country             (InspOrganisation *self,
                                                             const char       *country);
gboolean          insp_organisation_get_has_works_council   (InspOrganisation *self);
void              insp_organisation_set_has_works_council   (InspOrganisation *self,
                                                             gboolean          value);
gboolean          insp_organisation_get_has_prevention_committee (InspOrganisation *self);
void              insp_organisation_set_has_prevention_committee (InspOrganisation *self,
                                                                  gboolean          value);
gboolean          insp_organisation_get_has_union_delegation (InspOrganisation *self);
void              insp_organisation_set_has_union_delegation (InspOrganisation *self,
                                                              gboolean          value);
char             *insp_organisation_dup_display_name        (InspOrganisation *self);
char             *insp_organisation_dup_summary             (InspOrganisation *self);

G_END_DECLS
