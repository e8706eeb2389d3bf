/* insp-organisation-dialog.c — the organisation's own details, edited
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The name, sector, size and country of the organisation a workspace is about, and the
 * bodies that represent its employees. Save writes them in one transaction; Cancel or
 * Escape leaves the workspace as it was.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-organisation-dialog.h"

#include <glib/gi18n.h>

#include "insp-enums.h"

struct _InspOrganisationDialog
{
  AdwWindow         parent_instance;

  InspWorkspace    *workspace;
  /* The details as the dialog first showed them: Save waits for a change. */
  InspOrganisation *initial;

  /* Template widgets */
  GtkButton        *save_button;
  AdwEntryRow      *name_row;
  AdwEntryRow      *sector_row;
  AdwComboRow      *size_row;
  AdwComboRow      *country_row;
  GtkSwitch        *works_council_switch;
  GtkSwitch        *prevention_committee_switch;
  GtkSwitch        *union_delegation_switch;
};

G_DEFINE_FINAL_TYPE (InspOrganisationDialog, insp_organisation_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Not specified", then the labels of @e, in its order. */
static GListModel *
create_choices (const InspEnum *e)
{
  GtkStringList *choices = gtk_string_list_new (NULL);

  /* Translators: the choice of a size or a country that is left open */
  gtk_string_list_append (choices, _("Not specified"));
  for (guint i = 0; i < e->n_values; i++)
    gtk_string_list_append (choices, _(e->values[i].label));

  return G_LIST_MODEL (choices);
}

static void
set_choice (AdwComboRow    *row,
            const InspEnum *e,
            const char     *id)
{
  adw_combo_row_set_selected (row, (guint) (insp_enum_index (e, id) + 1));
}

static const char *
get_choice (AdwComboRow    *row,
            const InspEnum *e)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == 0 || selected > e->n_values)
    return NULL;

  return e->values[selected - 1].id;
}

static char *
dup_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The organisation as the dialog shows it now. */
static InspOrganisation *
insp_organisation_dialog_dup_edited (InspOrganisationDialog *self)
{
  InspOrganisation *edited;
  g_autofree char *name = dup_stripped_text (self->name_row);
  g_autofree char *sector = dup_stripped_text (self->sector_row);

  edited = insp_organisation_copy (insp_workspace_get_organisation (self->workspace));
  insp_organisation_set_name (edited, name);
  insp_organisation_set_sector (edited, sector[0] != '\0' ? sector : NULL);
  insp_organisation_set_size_band (edited, get_choice (self->size_row, &insp_enum_size_band));
  insp_organisation_set_country (edited, get_choice (self->country_row, &insp_enum_country));
  insp_organisation_set_has_works_council (edited,
                                           gtk_switch_get_active (self->works_council_switch));
  insp_organisation_set_has_prevention_committee (
    edited, gtk_switch_get_active (self->prevention_committee_switch));
  insp_organisation_set_has_union_delegation (
    edited, gtk_switch_get_active (self->union_delegation_switch));

  return edited;
}

static void
insp_organisation_dialog_update_save (InspOrganisationDialog *self)
{
  g_autoptr(InspOrganisation) edited = NULL;
  const char *name;

  /* Still being filled in. */
  if (self->initial == NULL)
    return;

  edited = insp_organisation_dialog_dup_edited (self);
  name = insp_organisation_get_name (edited);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 name != NULL && name[0] != '\0'
                                 && !insp_organisation_equal (edited, self->initial));
}

static void
on_row_changed (InspOrganisationDialog *self)
{
  insp_organisation_dialog_update_save (self);
}

static void
on_row_notify (InspOrganisationDialog *self)
{
  insp_organisation_dialog_update_save (self);
}

static void
insp_organisation_dialog_save (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  InspOrganisationDialog *self = INSP_ORGANISATION_DIALOG (widget);
  g_autoptr(InspOrganisation) edited = insp_organisation_dialog_dup_edited (self);
  g_autoptr(GError) error = NULL;

  if (!insp_workspace_update_organisation (self->workspace, edited, &error))
    {
      GtkWidget *dialog;

      /* The dialog stays, with what was typed, to try again. */
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cannot Save the Details"),
                                       error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
insp_organisation_dialog_constructed (GObject *object)
{
  InspOrganisationDialog *self = INSP_ORGANISATION_DIALOG (object);
  InspOrganisation *organisation;

  G_OBJECT_CLASS (insp_organisation_dialog_parent_class)->constructed (object);

  g_assert (INSP_IS_WORKSPACE (self->workspace));
  organisation = insp_workspace_get_organisation (self->workspace);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         insp_organisation_get_name (organisation) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->sector_row),
                         insp_organisation_get_sector (organisation) ?: "");
  set_choice (self->size_row, &insp_enum_size_band,
              insp_organisation_get_size_band (organisation));
  set_choice (self->country_row, &insp_enum_country,
              insp_organisation_get_country (organisation));
  gtk_switch_set_active (self->works_council_switch,
                         insp_organisation_get_has_works_council (organisation));
  gtk_switch_set_active (self->prevention_committee_switch,
                         insp_organisation_get_has_prevention_committee (organisation));
  gtk_switch_set_active (self->union_delegation_switch,
                         insp_organisation_get_has_union_delegation (organisation));

  /* As the rows show it, so that a detail the rows cannot show does not count as a
   * change. */
  self->initial = insp_organisation_dialog_dup_edited (self);
  insp_organisation_dialog_update_save (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
insp_organisation_dialog_dispose (GObject *object)
{
  InspOrganisationDialog *self = INSP_ORGANISATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_ORGANISATION_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->initial);

  G_OBJECT_CLASS (insp_organisation_dialog_parent_class)->dispose (object);
}

static void
insp_organisation_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  InspOrganisationDialog *self = INSP_ORGANISATION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_organisation_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  InspOrganisationDialog *self = INSP_ORGANISATION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_organisation_dialog_class_init (InspOrganisationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = insp_organisation_dialog_constructed;
  object_class->dispose = insp_organisation_dialog_dispose;
  object_class->get_property = insp_organisation_dialog_get_property;
  object_class->set_property = insp_organisation_dialog_set_property;

  /**
   * InspOrganisationDialog:workspace:
   *
   * The workspace whose organisation is edited.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX
                                               "/ui/insp-organisation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspOrganisationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspOrganisationDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, InspOrganisationDialog, sector_row);
  gtk_widget_class_bind_template_child (widget_class, InspOrganisationDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, InspOrganisationDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, InspOrganisationDialog,
                                        works_council_switch);
  gtk_widget_class_bind_template_child (widget_class, InspOrganisationDialog,
                                        prevention_committee_switch);
  gtk_widget_class_bind_template_child (widget_class, InspOrganisationDialog,
                                        union_delegation_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_notify);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL,
                                   insp_organisation_dialog_save);
  /* Escape cancels, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_organisation_dialog_init (InspOrganisationDialog *self)
{
  g_autoptr(GListModel) sizes = create_choices (&insp_enum_size_band);
  g_autoptr(GListModel) countries = create_choices (&insp_enum_country);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->size_row, sizes);
  adw_combo_row_set_model (self->country_row, countries);
}

/**
 * insp_organisation_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace whose organisation is edited
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspOrganisationDialog *
insp_organisation_dialog_new (GtkWindow     *parent,
                              InspWorkspace *workspace)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);

  return g_object_new (INSP_TYPE_ORGANISATION_DIALOG,
                       "transient-for", parent,
                       "workspace", workspace,
                       NULL);
}
