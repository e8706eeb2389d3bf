/* insp-organisation.c — the organisation a workspace is about
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-organisation.h"

#include <glib/gi18n-lib.h>

#include "insp-enums.h"

struct _InspOrganisation
{
  GObject   parent_instance;

  char     *uuid;
  char     *name;
  char     *sector;
  char     *size_band;
  char     *country;
  gboolean  has_works_council;
  gboolean  has_prevention_committee;
  gboolean  has_union_delegation;
};

G_DEFINE_FINAL_TYPE (InspOrganisation, insp_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_NAME,
  PROP_SECTOR,
  PROP_SIZE_BAND,
  PROP_COUNTRY,
  PROP_HAS_WORKS_COUNCIL,
  PROP_HAS_PREVENTION_COMMITTEE,
  PROP_HAS_UNION_DELEGATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
insp_organisation_finalize (GObject *object)
{
  InspOrganisation *self = INSP_ORGANISATION (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sector, g_free);
  g_clear_pointer (&self->size_band, g_free);
  g_clear_pointer (&self->country, g_free);

  G_OBJECT_CLASS (insp_organisation_parent_class)->finalize (object);
}

static void
insp_organisation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  InspOrganisation *self = INSP_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;

    case PROP_SIZE_BAND:
      g_value_set_string (value, self->size_band);
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_HAS_WORKS_COUNCIL:
      g_value_set_boolean (value, self->has_works_council);
      break;

    case PROP_HAS_PREVENTION_COMMITTEE:
      g_value_set_boolean (value, self->has_prevention_committee);
      break;

    case PROP_HAS_UNION_DELEGATION:
      g_value_set_boolean (value, self->has_union_delegation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_organisation_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  InspOrganisation *self = INSP_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      insp_organisation_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      insp_organisation_set_name (self, g_value_get_string (value));
      break;

    case PROP_SECTOR:
      insp_organisation_set_sector (self, g_value_get_string (value));
      break;

    case PROP_SIZE_BAND:
      insp_organisation_set_size_band (self, g_value_get_string (value));
      break;

    case PROP_COUNTRY:
      insp_organisation_set_country (self, g_value_get_string (value));
      break;

    case PROP_HAS_WORKS_COUNCIL:
      insp_organisation_set_has_works_council (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_PREVENTION_COMMITTEE:
      insp_organisation_set_has_prevention_committee (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_UNION_DELEGATION:
      insp_organisation_set_has_union_delegation (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_organisation_class_init (InspOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = insp_organisation_finalize;
  object_class->get_property = insp_organisation_get_property;
  object_class->set_property = insp_organisation_set_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", "UUID", NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", "Name", NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", "Sector", NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE_BAND] =
    g_param_spec_string ("size-band", "Size band", NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", "Country", NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_WORKS_COUNCIL] =
    g_param_spec_boolean ("has-works-council", "Has a works council", NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_PREVENTION_COMMITTEE] =
    g_param_spec_boolean ("has-prevention-committee", "Has a prevention committee", NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_UNION_DELEGATION] =
    g_param_spec_boolean ("has-union-delegation", "Has a union delegation", NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
insp_organisation_init (InspOrganisation *self)
{
}

InspOrganisation *
insp_organisation_new (void)
{
  return g_object_new (INSP_TYPE_ORGANISATION, NULL);
}

/**
 * insp_organisation_assign:
 * @self: an organisation
 * @other: the organisation to take the values of
 *
 * Sets every property of @self to @other's, notifying only what changes.
 */
void
insp_organisation_assign (InspOrganisation *self,
                          InspOrganisation *other)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));
  g_return_if_fail (INSP_IS_ORGANISATION (other));

  g_object_freeze_notify (G_OBJECT (self));
  insp_organisation_set_uuid (self, other->uuid);
  insp_organisation_set_name (self, other->name);
  insp_organisation_set_sector (self, other->sector);
  insp_organisation_set_size_band (self, other->size_band);
  insp_organisation_set_country (self, other->country);
  insp_organisation_set_has_works_council (self, other->has_works_council);
  insp_organisation_set_has_prevention_committee (self, other->has_prevention_committee);
  insp_organisation_set_has_union_delegation (self, other->has_union_delegation);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * insp_organisation_copy:
 * @self: an organisation
 *
 * Returns: (transfer full): a new organisation with the same values, to edit
 */
InspOrganisation *
insp_organisation_copy (InspOrganisation *self)
{
  InspOrganisation *copy;

  g_return_val_if_fail (INSP_IS_ORGANISATION (self), NULL);

  copy = insp_organisation_new ();
  insp_organisation_assign (copy, self);
  return copy;
}

gboolean
insp_organisation_equal (InspOrganisation *a,
                         InspOrganisation *b)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (a), FALSE);
  g_return_val_if_fail (INSP_IS_ORGANISATION (b), FALSE);

  return
    g_strcmp0 (a->uuid, b->uuid) == 0
    && g_strcmp0 (a->name, b->name) == 0
    && g_strcmp0 (a->sector, b->sector) == 0
    && g_strcmp0 (a->size_band, b->size_band) == 0
    && g_strcmp0 (a->country, b->country) == 0
    && a->has_works_council == b->has_works_council
    && a->has_prevention_committee == b->has_prevention_committee
    && a->has_union_delegation == b->has_union_delegation;
}

const char *
insp_organisation_get_uuid (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), NULL);

  return self->uuid;
}

void
insp_organisation_set_uuid (InspOrganisation *self,
                              const char       *uuid)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));

  if (g_strcmp0 (self->uuid, uuid) == 0)
    return;

  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
insp_organisation_get_name (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), NULL);

  return self->name;
}

void
insp_organisation_set_name (InspOrganisation *self,
                              const char       *name)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
insp_organisation_get_sector (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), NULL);

  return self->sector;
}

void
insp_organisation_set_sector (InspOrganisation *self,
                                const char       *sector)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));

  if (g_strcmp0 (self->sector, sector) == 0)
    return;

  g_free (self->sector);
  self->sector = g_strdup (sector);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
}

const char *
insp_organisation_get_size_band (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), NULL);

  return self->size_band;
}

void
insp_organisation_set_size_band (InspOrganisation *self,
                                   const char       *size_band)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));

  if (g_strcmp0 (self->size_band, size_band) == 0)
    return;

  g_free (self->size_band);
  self->size_band = g_strdup (size_band);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE_BAND]);
}

const char *
insp_organisation_get_country (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), NULL);

  return self->country;
}

void
insp_organisation_set_country (InspOrganisation *self,
                                 const char       *country)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));

  if (g_strcmp0 (self->country, country) == 0)
    return;

  g_free (self->country);
  self->country = g_strdup (country);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

gboolean
insp_organisation_get_has_works_council (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), FALSE);

  return self->has_works_council;
}

void
insp_organisation_set_has_works_council (InspOrganisation *self,
                                           gboolean          value)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));

  value = !!value;
  if (self->has_works_council == value)
    return;

  self->has_works_council = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_WORKS_COUNCIL]);
}

gboolean
insp_organisation_get_has_prevention_committee (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), FALSE);

  return self->has_prevention_committee;
}

void
insp_organisation_set_has_prevention_committee (InspOrganisation *self,
                                                  gboolean          value)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));

  value = !!value;
  if (self->has_prevention_committee == value)
    return;

  self->has_prevention_committee = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PREVENTION_COMMITTEE]);
}

gboolean
insp_organisation_get_has_union_delegation (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), FALSE);

  return self->has_union_delegation;
}

void
insp_organisation_set_has_union_delegation (InspOrganisation *self,
                                              gboolean          value)
{
  g_return_if_fail (INSP_IS_ORGANISATION (self));

  value = !!value;
  if (self->has_union_delegation == value)
    return;

  self->has_union_delegation = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_UNION_DELEGATION]);
}

/**
 * insp_organisation_dup_display_name:
 * @self: an organisation
 *
 * Returns: (transfer full): the organisation's name, or a placeholder when it has none yet
 */
char *
insp_organisation_dup_display_name (InspOrganisation *self)
{
  g_return_val_if_fail (INSP_IS_ORGANISATION (self), NULL);

  if (self->name == NULL || self->name[0] == '\0')
    return g_strdup (_("Unnamed Organisation"));

  return g_strdup (self->name);
}

/**
 * insp_organisation_dup_summary:
 * @self: an organisation
 *
 * Returns: (transfer full): one line on the organisation: sector, size, country and the
 *   employee bodies it has, such as "Logistics · 50 to 249 employees · Belgium · Works
 *   council, prevention committee"; empty when nothing is known
 */
char *
insp_organisation_dup_summary (InspOrganisation *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autoptr(GPtrArray) bodies = g_ptr_array_new ();
  g_autofree char *bodies_text = NULL;
  const char *label;

  g_return_val_if_fail (INSP_IS_ORGANISATION (self), NULL);

  if (self->sector != NULL && self->sector[0] != '\0')
    g_ptr_array_add (parts, self->sector);
  if ((label = insp_enum_get_label (&insp_enum_size_band, self->size_band)) != NULL)
    g_ptr_array_add (parts, (char *) label);
  if ((label = insp_enum_get_label (&insp_enum_country, self->country)) != NULL)
    g_ptr_array_add (parts, (char *) label);

  if (self->has_works_council)
    g_ptr_array_add (bodies, _("works council"));
  if (self->has_prevention_committee)
    g_ptr_array_add (bodies, _("prevention committee"));
  if (self->has_union_delegation)
    g_ptr_array_add (bodies, _("union delegation"));
  if (bodies->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (bodies, NULL);
      joined = g_strjoinv (", ", (char **) bodies->pdata);
      /* Translators: the employee bodies of the organisation, such as "Employee bodies:
       * works council, union delegation" */
      bodies_text = g_strdup_printf (_("Employee bodies: %s"), joined);
      g_ptr_array_add (parts, bodies_text);
    }

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of the organisation's summary */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}
