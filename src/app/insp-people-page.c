/* insp-people-page.c — persons, frontrunners and stakeholder groups
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The people on the left, each with their department and roles, and below them the
 * stakeholder groups (the user's own can be renamed); the person chosen on the right, edited
 * in place: name, department, roles, consent to be named in exports, notes and trainings. The
 * page follows the workspace.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-people-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-group.h"
#include "insp-list-row.h"
#include "insp-name-dialog.h"
#include "insp-person.h"
#include "insp-toast.h"
#include "insp-window.h"

struct _InspPeoplePage
{
  GtkWidget      parent_instance;

  AdwLeaflet    *leaflet;
  GtkWidget     *sidebar;
  GtkStack      *stack;
  AdwStatusPage *status_page;
  GtkWidget     *detail;
  GtkListBox    *person_list;
  GtkWidget     *add_person_button;
  GtkListBox    *group_list;
  GtkLabel      *title_label;
  GtkLabel      *error_label;
  AdwEntryRow   *name_row;
  AdwEntryRow   *department_row;
  AdwPreferencesGroup *roles_group;
  GtkSwitch     *consent_switch;
  AdwEntryRow   *notes_row;
  GtkListBox    *training_list;
  AdwEntryRow   *training_title_row;
  AdwEntryRow   *training_date_row;
  GtkWidget     *delete_button;

  GtkCheckButton **role_checks;  /* one for each person role, in the enum's order */

  InspWorkspace *workspace;
  GPtrArray     *persons;       /* InspPerson, as the workspace lists them */
  char          *selected;      /* the uuid of the person shown */
  InspPerson    *deleted;       /* the person deleted last, for Undo */
  gboolean       filling;       /* showing what is stored: not an edit */
};

G_DEFINE_FINAL_TYPE (InspPeoplePage, insp_people_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (InspPeoplePage *self);

static void
show_error (InspPeoplePage *self,
            const GError   *error)
{
  insp_error_label_show (self->error_label, error);
}

static void
show_message (InspPeoplePage *self,
              const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static InspPerson *
find_person (InspPeoplePage *self,
             const char     *uuid)
{
  for (guint i = 0; self->persons != NULL && i < self->persons->len; i++)
    {
      InspPerson *person = g_ptr_array_index (self->persons, i);

      if (g_strcmp0 (insp_person_get_uuid (person), uuid) == 0)
        return person;
    }
  return NULL;
}

/* "Production · Frontrunner, End user": where a person works and what they do. */
static char *
describe_person (InspPerson *person)
{
  const char * const *roles = insp_person_get_roles (person);
  const char *department = insp_person_get_department (person);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint i = 0; i < insp_enum_person_role.n_values; i++)
    if (roles != NULL && g_strv_contains (roles, insp_enum_person_role.values[i].id))
      g_ptr_array_add (labels, (gpointer) insp_enum_get_label (&insp_enum_person_role,
                                                               insp_enum_person_role.values[i].id));
  g_ptr_array_add (labels, NULL);
  /* Translators: separates the roles of a person, e.g. "Frontrunner, End user" */
  joined = g_strjoinv (_(", "), (char **) labels->pdata);

  if (department != NULL && department[0] != '\0' && joined[0] != '\0')
    /* Translators: a person's department and roles, e.g. "Production · Frontrunner" */
    return g_strdup_printf (_("%s · %s"), department, joined);
  if (department != NULL && department[0] != '\0')
    return g_strdup (department);
  if (joined[0] != '\0')
    return g_steal_pointer (&joined);
  return g_strdup (_("No department or role yet"));
}

/* --- The lists ------------------------------------------------------------------------------- */

static GtkWidget *
create_person_row (InspPerson *person)
{
  g_autofree char *subtitle = describe_person (person);

  return insp_list_row_new (insp_person_get_uuid (person), insp_person_get_name (person),
                            subtitle, NULL);
}

static GtkListBoxRow *
find_row (InspPeoplePage *self,
          const char     *uuid)
{
  return insp_list_box_find_row (self->person_list, uuid);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
reload_groups (InspPeoplePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;

  clear_list (self->group_list);
  if (self->workspace == NULL)
    return;

  groups = insp_workspace_list_groups (self->workspace, &error);
  if (groups == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < groups->len; i++)
    {
      InspGroup *group = g_ptr_array_index (groups, i);
      const char *perspective = NULL;
      GtkWidget *row;

      if (insp_group_is_builtin (group))
        perspective = insp_group_key_get_perspective (insp_group_get_key (group));
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", insp_group_get_display_name (group),
                          "subtitle", perspective != NULL ? perspective
                                      /* Translators: a stakeholder group the user added */
                                      : _("Your own group"),
                          "focusable", TRUE,
                          NULL);
      if (!insp_group_is_builtin (group))
        {
          g_autofree char *rename_name = NULL;
          GtkWidget *button;

          /* Translators: the button that renames a stakeholder group, as a screen reader
           * names it */
          rename_name = g_strdup_printf (_("Rename “%s”"), insp_group_get_display_name (group));
          button = g_object_new (GTK_TYPE_BUTTON,
                                 "icon-name", "document-edit-symbolic",
                                 "valign", GTK_ALIGN_CENTER,
                                 "tooltip-text", _("Rename Group"),
                                 "action-name", "people.rename-group",
                                 "action-target",
                                 g_variant_new_string (insp_group_get_uuid (group)),
                                 NULL);
          gtk_widget_add_css_class (button, "flat");
          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, rename_name, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      gtk_list_box_append (self->group_list, row);
    }
}

/* --- The person shown ------------------------------------------------------------------------ */

static void on_remove_training_clicked (GtkButton      *button,
                                        InspPeoplePage *self);

static void
show_trainings (InspPeoplePage *self,
                InspPerson     *person)
{
  GPtrArray *trainings = insp_person_get_trainings (person);

  clear_list (self->training_list);
  gtk_widget_set_visible (GTK_WIDGET (self->training_list),
                          trainings != NULL && trainings->len > 0);
  for (guint i = 0; trainings != NULL && i < trainings->len; i++)
    {
      InspTraining *training = g_ptr_array_index (trainings, i);
      g_autofree char *remove_name = NULL;
      GtkWidget *row, *button;

      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", training->title,
                          "subtitle", training->date != NULL ? training->date
                                      /* Translators: a training without a date */
                                      : _("No date"),
                          NULL);
      button = g_object_new (GTK_TYPE_BUTTON,
                             "icon-name", "user-trash-symbolic",
                             "valign", GTK_ALIGN_CENTER,
                             "tooltip-text", _("Remove Training"),
                             NULL);
      gtk_widget_add_css_class (button, "flat");
      /* Translators: a button's name for screen readers, e.g. "Remove Training “AI basics”" */
      remove_name = g_strdup_printf (_("Remove Training “%s”"), training->title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_name, -1);
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_training_clicked),
                               self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->training_list, row);
    }
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
show_person (InspPeoplePage *self,
             InspPerson     *person)
{
  const char * const *roles = insp_person_get_roles (person);

  self->filling = TRUE;
  gtk_label_set_text (self->title_label, insp_person_get_name (person));
  set_entry_text (self->name_row, insp_person_get_name (person));
  set_entry_text (self->department_row, insp_person_get_department (person));
  set_entry_text (self->notes_row, insp_person_get_notes (person));
  for (guint i = 0; i < insp_enum_person_role.n_values; i++)
    gtk_check_button_set_active (self->role_checks[i],
                                 roles != NULL
                                 && g_strv_contains (roles, insp_enum_person_role.values[i].id));
  gtk_switch_set_active (self->consent_switch, insp_person_get_consent_named (person));
  show_trainings (self, person);
  self->filling = FALSE;
}

static void
update_actions (InspPeoplePage *self)
{
  gboolean shown = self->workspace != NULL && find_person (self, self->selected) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.add-person", self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.add-group", self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.rename-group",
                                 self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.delete-person", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.add-training", shown);
}

static void apply_pending (InspPeoplePage *self);

static void
on_row_selected (InspPeoplePage *self,
                 GtkListBoxRow  *row)
{
  InspPerson *person;

  if (row == NULL || self->filling)
    return;

  apply_pending (self);
  person = find_person (self, g_object_get_data (G_OBJECT (row), "uuid"));
  if (person == NULL)
    return;

  g_free (self->selected);
  self->selected = g_strdup (insp_person_get_uuid (person));
  show_error (self, NULL);
  show_person (self, person);
  update_actions (self);
}

static void
on_row_activated (InspPeoplePage *self,
                  GtkListBoxRow  *row)
{
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->stack));
}

static void
on_back_clicked (InspPeoplePage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

/* Reads the people again, keeping the one shown. */
static void
reload (InspPeoplePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) persons = NULL;
  InspPerson *shown;
  GtkListBoxRow *row;

  if (self->workspace != NULL)
    {
      persons = insp_workspace_list_persons (self->workspace, &error);
      if (persons == NULL)
        {
          show_error (self, error);
          return;
        }
    }

  g_clear_pointer (&self->persons, g_ptr_array_unref);
  self->persons = g_steal_pointer (&persons);

  self->filling = TRUE;
  clear_list (self->person_list);
  for (guint i = 0; self->persons != NULL && i < self->persons->len; i++)
    gtk_list_box_append (self->person_list,
                         create_person_row (g_ptr_array_index (self->persons, i)));
  self->filling = FALSE;

  if (self->persons == NULL || self->persons->len == 0)
    {
      g_clear_pointer (&self->selected, g_free);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_actions (self);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "person");
  shown = find_person (self, self->selected);
  if (shown == NULL)
    shown = g_ptr_array_index (self->persons, 0);
  g_free (self->selected);
  self->selected = g_strdup (insp_person_get_uuid (shown));
  show_person (self, shown);
  row = find_row (self, self->selected);
  self->filling = TRUE;
  gtk_list_box_select_row (self->person_list, row);
  self->filling = FALSE;
  update_actions (self);
}

/* --- Edits ----------------------------------------------------------------------------------- */

/* Stores the person shown, after an edit; the list follows when the workspace says so. */
static void
save (InspPeoplePage *self,
      InspPerson     *person)
{
  g_autoptr(GError) error = NULL;

  if (!insp_workspace_save_person (self->workspace, person, &error))
    {
      show_error (self, error);
      return;
    }
  show_error (self, NULL);
}

static InspPerson *
get_shown (InspPeoplePage *self)
{
  if (self->workspace == NULL || self->filling)
    return NULL;
  return find_person (self, self->selected);
}

static char *
dup_entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
on_name_apply (InspPeoplePage *self)
{
  InspPerson *person = get_shown (self);
  g_autofree char *name = dup_entry_text (self->name_row);

  if (person == NULL)
    return;
  if (name[0] == '\0')
    {
      show_message (self, _("A person needs a name."));
      return;
    }
  insp_person_set_name (person, name);
  save (self, person);
}

static void
on_department_apply (InspPeoplePage *self)
{
  InspPerson *person = get_shown (self);
  g_autofree char *department = dup_entry_text (self->department_row);

  if (person == NULL)
    return;
  insp_person_set_department (person, department[0] != '\0' ? department : NULL);
  save (self, person);
}

static void
on_notes_apply (InspPeoplePage *self)
{
  InspPerson *person = get_shown (self);
  g_autofree char *notes = dup_entry_text (self->notes_row);

  if (person == NULL)
    return;
  insp_person_set_notes (person, notes[0] != '\0' ? notes : NULL);
  save (self, person);
}

/* What was typed but not applied yet (Enter or the apply button) is not lost: it is stored
 * when another person is shown, another page is shown, or the window closes. */
static void
apply_pending (InspPeoplePage *self)
{
  InspPerson *person = get_shown (self);
  g_autofree char *name = NULL;
  g_autofree char *department = NULL;
  g_autofree char *notes = NULL;

  if (person == NULL)
    return;

  name = dup_entry_text (self->name_row);
  department = dup_entry_text (self->department_row);
  notes = dup_entry_text (self->notes_row);
  if ((name[0] == '\0' || g_strcmp0 (name, insp_person_get_name (person)) == 0)
      && g_strcmp0 (department[0] != '\0' ? department : NULL,
                    insp_person_get_department (person)) == 0
      && g_strcmp0 (notes[0] != '\0' ? notes : NULL, insp_person_get_notes (person)) == 0)
    return;

  if (name[0] != '\0')
    insp_person_set_name (person, name);
  insp_person_set_department (person, department[0] != '\0' ? department : NULL);
  insp_person_set_notes (person, notes[0] != '\0' ? notes : NULL);
  save (self, person);
}

static void
on_consent_changed (InspPeoplePage *self)
{
  InspPerson *person = get_shown (self);

  if (person == NULL)
    return;
  insp_person_set_consent_named (person, gtk_switch_get_active (self->consent_switch));
  save (self, person);
}

static void
on_role_toggled (InspPeoplePage *self)
{
  InspPerson *person = get_shown (self);
  g_autoptr(GPtrArray) roles = g_ptr_array_new ();

  if (person == NULL)
    return;
  for (guint i = 0; i < insp_enum_person_role.n_values; i++)
    if (gtk_check_button_get_active (self->role_checks[i]))
      g_ptr_array_add (roles, (gpointer) insp_enum_person_role.values[i].id);
  g_ptr_array_add (roles, NULL);
  insp_person_set_roles (person, (const char * const *) roles->pdata);
  save (self, person);
}

static void
on_remove_training_clicked (GtkButton      *button,
                            InspPeoplePage *self)
{
  InspPerson *person = get_shown (self);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (person == NULL || index >= insp_person_get_trainings (person)->len)
    return;
  insp_person_remove_training (person, index);
  save (self, person);
  gtk_widget_grab_focus (GTK_WIDGET (self->training_title_row));
}

static gboolean
is_valid_date (const char *date)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) parsed = NULL;

  if (strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  iso = g_strdup_printf ("%sT00:00:00Z", date);
  parsed = g_date_time_new_from_iso8601 (iso, NULL);
  return parsed != NULL;
}

static void
add_training_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  InspPeoplePage *self = INSP_PEOPLE_PAGE (widget);
  InspPerson *person = get_shown (self);
  g_autofree char *title = dup_entry_text (self->training_title_row);
  g_autofree char *date = dup_entry_text (self->training_date_row);
  g_autoptr(GError) error = NULL;

  if (person == NULL)
    return;
  if (title[0] == '\0')
    {
      show_message (self, _("A training needs a title."));
      return;
    }
  if (date[0] != '\0' && !is_valid_date (date))
    {
      show_message (self, _("Write the date as YYYY-MM-DD, such as 2026-05-12, or leave it "
                            "empty."));
      return;
    }

  insp_person_add_training (person, title, date[0] != '\0' ? date : NULL);
  if (!insp_workspace_save_person (self->workspace, person, &error))
    {
      show_error (self, error);
      return;
    }
  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->training_title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->training_date_row), "");
}

/* --- Adding and deleting --------------------------------------------------------------------- */

static void
on_add_person_response (AdwMessageDialog *dialog,
                        const char       *response,
                        InspPeoplePage   *self)
{
  g_autofree char *name = insp_name_dialog_dup_name (dialog);
  g_autoptr(InspPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, INSP_NAME_DIALOG_ACCEPT) || name == NULL || self->workspace == NULL)
    return;

  person = insp_person_new ();
  insp_person_set_name (person, name);
  if (!insp_workspace_save_person (self->workspace, person, &error))
    {
      show_error (self, error);
      return;
    }
  g_free (self->selected);
  self->selected = g_strdup (insp_person_get_uuid (person));
  reload (self);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->stack));
  gtk_widget_grab_focus (GTK_WIDGET (self->department_row));
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  InspPeoplePage *self = INSP_PEOPLE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (self->workspace == NULL || !GTK_IS_WINDOW (root))
    return;

  dialog = insp_name_dialog_present (GTK_WINDOW (root), _("Add Person"),
                                     _("Start with the frontrunners and the works council "
                                       "members. Keep only the personal data the work needs."),
                                     _("Name"), _("Name"), _("_Add"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_person_response), self, 0);
}

static void
on_add_group_response (AdwMessageDialog *dialog,
                       const char       *response,
                       InspPeoplePage   *self)
{
  g_autofree char *name = insp_name_dialog_dup_name (dialog);
  g_autoptr(InspGroup) group = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, INSP_NAME_DIALOG_ACCEPT) || name == NULL || self->workspace == NULL)
    return;

  group = insp_workspace_add_group (self->workspace, name, NULL, &error);
  if (group == NULL)
    {
      show_error (self, error);
      return;
    }
  reload_groups (self);
}

static void
add_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  InspPeoplePage *self = INSP_PEOPLE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (self->workspace == NULL || !GTK_IS_WINDOW (root))
    return;

  dialog = insp_name_dialog_present (GTK_WINDOW (root), _("Add Stakeholder Group"),
                                     _("A group whose perspective matters for your AI "
                                       "applications, besides the built-in ones."),
                                     _("Group name"), _("Group Name"), _("_Add"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_group_response), self, 0);
}

static void present_rename_group (InspPeoplePage *self,
                                  const char     *uuid,
                                  const char     *name,
                                  const char     *error_message);

static void
on_rename_group_response (AdwMessageDialog *dialog,
                          const char       *response,
                          InspPeoplePage   *self)
{
  g_autofree char *name = insp_name_dialog_dup_name (dialog);
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "group");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, INSP_NAME_DIALOG_ACCEPT) || self->workspace == NULL)
    return;

  if (!insp_workspace_rename_group (self->workspace, uuid, name != NULL ? name : "", &error))
    {
      /* Asked again, with what was typed and why it did not do. */
      present_rename_group (self, uuid, name, error->message);
      return;
    }
  reload_groups (self);
}

/* The name dialog for renaming an own group, with @name typed; @error_message says why the
 * last try failed. */
static void
present_rename_group (InspPeoplePage *self,
                      const char     *uuid,
                      const char     *name,
                      const char     *error_message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (!GTK_IS_WINDOW (root))
    return;

  dialog = insp_name_dialog_present (GTK_WINDOW (root), _("Rename Stakeholder Group"),
                                     error_message != NULL
                                     ? error_message
                                     : _("The group keeps its place everywhere it is named: in "
                                         "activities, phases, vision sections and impact "
                                         "assessments."),
                                     _("Group name"), _("Group Name"), _("_Rename"));
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
  if (error_message != NULL)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  g_object_set_data_full (G_OBJECT (dialog), "group", g_strdup (uuid), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_group_response), self, 0);
}

static void
rename_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  InspPeoplePage *self = INSP_PEOPLE_PAGE (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL)
    return;

  groups = insp_workspace_list_groups (self->workspace, &error);
  if (groups == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < groups->len; i++)
    {
      InspGroup *group = g_ptr_array_index (groups, i);

      /* Built-in groups keep the name everyone knows them by. */
      if (g_strcmp0 (insp_group_get_uuid (group), uuid) == 0 && !insp_group_is_builtin (group))
        present_rename_group (self, uuid, insp_group_get_display_name (group), NULL);
    }
}

static void
undo_delete (InspPeoplePage *self)
{
  g_autoptr(InspPerson) deleted = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.undo-delete", FALSE);
  if (deleted == NULL || self->workspace == NULL)
    return;
  if (!insp_workspace_restore_person (self->workspace, deleted, &error))
    {
      show_error (self, error);
      return;
    }
  g_free (self->selected);
  self->selected = g_strdup (insp_person_get_uuid (deleted));
  reload (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_delete (INSP_PEOPLE_PAGE (widget));
}

static void
delete_person_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  InspPeoplePage *self = INSP_PEOPLE_PAGE (widget);
  g_autoptr(InspPerson) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->workspace == NULL || find_person (self, self->selected) == NULL)
    return;

  deleted = insp_workspace_delete_person (self->workspace, self->selected, &error);
  if (deleted == NULL)
    {
      show_error (self, error);
      return;
    }
  g_clear_pointer (&self->selected, g_free);
  reload (self);

  /* Translators: a toast after a person was deleted, with Undo */
  title = g_strdup_printf (_("“%s” deleted"), insp_person_get_name (deleted));
  g_set_object (&self->deleted, deleted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.undo-delete", TRUE);
  toast = insp_toast_new_undo (title, G_CALLBACK (undo_delete), self);
  insp_toast_show_for (GTK_WIDGET (self), toast);
}

/* --- The page -------------------------------------------------------------------------------- */

/**
 * insp_people_page_set_workspace:
 * @self: the people page
 * @workspace: (nullable): the workspace to show
 */
void
insp_people_page_set_workspace (InspPeoplePage *self,
                                InspWorkspace  *workspace)
{
  g_return_if_fail (INSP_IS_PEOPLE_PAGE (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  /* Into the workspace it was typed in. */
  apply_pending (self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_pointer (&self->selected, g_free);
  g_clear_object (&self->deleted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.undo-delete", FALSE);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed::persons", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::groups", G_CALLBACK (reload_groups), self,
                               G_CONNECT_SWAPPED);
    }

  show_error (self, NULL);
  reload (self);
  reload_groups (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
insp_people_page_unmap (GtkWidget *widget)
{
  apply_pending (INSP_PEOPLE_PAGE (widget));

  GTK_WIDGET_CLASS (insp_people_page_parent_class)->unmap (widget);
}

static void
insp_people_page_dispose (GObject *object)
{
  InspPeoplePage *self = INSP_PEOPLE_PAGE (object);

  if (self->workspace != NULL && self->persons != NULL)
    apply_pending (self);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->selected, g_free);
  g_clear_object (&self->deleted);
  g_clear_pointer (&self->role_checks, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_PEOPLE_PAGE);

  G_OBJECT_CLASS (insp_people_page_parent_class)->dispose (object);
}

static void
insp_people_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  InspPeoplePage *self = INSP_PEOPLE_PAGE (object);

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
insp_people_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  InspPeoplePage *self = INSP_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_people_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_people_page_class_init (InspPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_people_page_dispose;
  widget_class->unmap = insp_people_page_unmap;
  object_class->get_property = insp_people_page_get_property;
  object_class->set_property = insp_people_page_set_property;

  /**
   * InspPeoplePage:workspace: (nullable)
   *
   * The workspace whose people are shown; the window's.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, detail);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, person_list);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, add_person_button);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, group_list);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, department_row);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, roles_group);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, consent_switch);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, notes_row);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, training_list);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, training_title_row);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, training_date_row);
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_department_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_consent_changed);

  gtk_widget_class_install_action (widget_class, "people.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "people.add-group", NULL, add_group_action);
  gtk_widget_class_install_action (widget_class, "people.rename-group", "s",
                                   rename_group_action);
  gtk_widget_class_install_action (widget_class, "people.delete-person", NULL,
                                   delete_person_action);
  gtk_widget_class_install_action (widget_class, "people.add-training", NULL,
                                   add_training_action);
  gtk_widget_class_install_action (widget_class, "people.undo-delete", NULL, undo_delete_action);
}

static void
insp_people_page_init (InspPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A check row for each role, in the order the paper names them. */
  self->role_checks = g_new0 (GtkCheckButton *, insp_enum_person_role.n_values);
  for (guint i = 0; i < insp_enum_person_role.n_values; i++)
    {
      const char *label = insp_enum_get_label (&insp_enum_person_role,
                                               insp_enum_person_role.values[i].id);
      GtkWidget *row, *check;

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_role_toggled), self,
                               G_CONNECT_SWAPPED);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", label,
                          "activatable-widget", check,
                          NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->roles_group, row);
      self->role_checks[i] = GTK_CHECK_BUTTON (check);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.undo-delete", FALSE);
  update_actions (self);
}
