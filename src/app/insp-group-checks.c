/* insp-group-checks.c — a check button per stakeholder group, to say which groups took part
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The groups of a vision section, an activity or a phase are chosen the same way: the
 * built-in groups and the user's own, in the workspace's order, one check button each, in a
 * vertical box the caller places (a popover, a dialog).
 */

#include "config.h"

#include "insp-group-checks.h"

#include "insp-group.h"

/**
 * insp_group_checks_fill:
 * @box: a vertical box, emptied first
 * @workspace: (nullable): the workspace whose groups to list
 * @chosen: (array zero-terminated=1) (nullable): the uuids of the groups checked
 * @on_toggled: (nullable): connected to each button's "toggled", with @data
 * @data: the data of @on_toggled
 */
void
insp_group_checks_fill (GtkBox              *box,
                        InspWorkspace       *workspace,
                        const char * const  *chosen,
                        GCallback            on_toggled,
                        gpointer             data)
{
  g_autoptr(GPtrArray) groups = NULL;
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  if (workspace != NULL)
    groups = insp_workspace_list_groups (workspace, NULL);

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      InspGroup *group = g_ptr_array_index (groups, i);
      const char *uuid = insp_group_get_uuid (group);
      GtkWidget *check = gtk_check_button_new_with_label (insp_group_get_display_name (group));

      g_object_set_data_full (G_OBJECT (check), "uuid", g_strdup (uuid), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen != NULL && g_strv_contains (chosen, uuid));
      if (on_toggled != NULL)
        g_signal_connect (check, "toggled", on_toggled, data);
      gtk_box_append (box, check);
    }
}

/**
 * insp_group_checks_dup_chosen:
 * @box: a box filled by insp_group_checks_fill ()
 *
 * Returns: (transfer full): the uuids of the groups checked, in the workspace's order
 */
GStrv
insp_group_checks_dup_chosen (GtkBox *box)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (GTK_IS_BOX (box), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "uuid"));
  return g_strv_builder_end (builder);
}
