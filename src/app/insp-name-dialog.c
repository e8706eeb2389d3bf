/* insp-name-dialog.c — a message dialog that asks for a name
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a new workspace's organisation, a new vision section: one entry, Cancel, and a
 * suggested button that is enabled once the name is not blank and that Enter presses.
 * The caller connects to "response" and reads the name on INSP_NAME_DIALOG_ACCEPT.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-name-dialog.h"

#include <glib/gi18n.h>

static void
on_entry_changed (GtkEditable      *entry,
                  AdwMessageDialog *dialog)
{
  g_autofree char *name = insp_name_dialog_dup_name (dialog);

  adw_message_dialog_set_response_enabled (dialog, INSP_NAME_DIALOG_ACCEPT, name != NULL);
}

/**
 * insp_name_dialog_present:
 * @parent: the window it belongs to
 * @heading: what is being named
 * @body: a sentence on what it is for
 * @placeholder: the entry's placeholder
 * @accessible_name: the entry's name for a screen reader
 * @accept_label: the label of the button that accepts, with a mnemonic
 *
 * Shows the dialog, with the keyboard in its entry.
 *
 * Returns: (transfer none): the dialog
 */
AdwMessageDialog *
insp_name_dialog_present (GtkWindow  *parent,
                          const char *heading,
                          const char *body,
                          const char *placeholder,
                          const char *accessible_name,
                          const char *accept_label)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  entry = g_object_new (GTK_TYPE_ENTRY,
                        "activates-default", TRUE,
                        "placeholder-text", placeholder,
                        "max-length", 200,
                        NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_entry_changed), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, entry);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    INSP_NAME_DIALOG_ACCEPT, accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, INSP_NAME_DIALOG_ACCEPT,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, INSP_NAME_DIALOG_ACCEPT, FALSE);
  adw_message_dialog_set_default_response (dialog, INSP_NAME_DIALOG_ACCEPT);
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}

/**
 * insp_name_dialog_dup_name:
 * @dialog: a dialog from insp_name_dialog_present ()
 *
 * Returns: (transfer full) (nullable): the name typed, trimmed; %NULL when blank
 */
char *
insp_name_dialog_dup_name (AdwMessageDialog *dialog)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  return name[0] != '\0' ? g_steal_pointer (&name) : NULL;
}

/**
 * insp_dialog_append_hint_and_error:
 * @box: the box of a form in a message dialog
 * @hint: a sentence on what to fill in, shown small and dim
 * @error_message: (nullable): why the last try failed, or %NULL
 *
 * Ends a form with its hint and a place for an error, shown in red when there is one.
 *
 * Returns: (transfer none): the error label
 */
GtkWidget *
insp_dialog_append_hint_and_error (GtkBox     *box,
                                   const char *hint,
                                   const char *error_message)
{
  GtkWidget *label, *error;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", hint,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        NULL);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (box, label);

  error = g_object_new (GTK_TYPE_LABEL,
                        "label", error_message != NULL ? error_message : "",
                        "visible", error_message != NULL,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        NULL);
  gtk_widget_add_css_class (error, "error");
  gtk_box_append (box, error);
  return error;
}
