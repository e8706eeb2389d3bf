/* insp-list-row.c — the two-line rows of the pages' sidebars
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section, an application, a person: a title, a dim caption under it, the uuid of what it
 * shows, and a name for screen readers made of both lines.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-list-row.h"

#include <glib/gi18n.h>

/**
 * insp_list_row_new:
 * @uuid: what the row shows
 * @title: its name
 * @subtitle: a line about it
 * @detail: (out) (optional) (transfer none): the subtitle's label, to style
 *
 * Returns: (transfer floating): a list box row
 */
GtkWidget *
insp_list_row_new (const char  *uuid,
                   const char  *title,
                   const char  *subtitle,
                   GtkWidget  **detail)
{
  g_autofree char *accessible = NULL;
  GtkWidget *row, *box, *title_label, *detail_label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  title_label = g_object_new (GTK_TYPE_LABEL,
                              "label", title,
                              "xalign", 0.0f,
                              "ellipsize", PANGO_ELLIPSIZE_END,
                              NULL);
  detail_label = g_object_new (GTK_TYPE_LABEL,
                               "label", subtitle,
                               "xalign", 0.0f,
                               "ellipsize", PANGO_ELLIPSIZE_END,
                               NULL);
  gtk_widget_add_css_class (detail_label, "caption");
  gtk_widget_add_css_class (detail_label, "dim-label");
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), detail_label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (uuid), g_free);

  /* Translators: how a screen reader names a row in a list: its title, then the line
   * under it, e.g. "Rostering planner, In use · High involvement" */
  accessible = g_strdup_printf (_("%s, %s"), title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  if (detail != NULL)
    *detail = detail_label;
  return row;
}

/* Adds @widget under the row's two lines. */
void
insp_list_row_append (GtkWidget *row,
                      GtkWidget *widget)
{
  gtk_box_append (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))), widget);
}

/**
 * insp_list_box_find_row:
 * @list: a list of rows made by insp_list_row_new ()
 * @uuid: (nullable): what a row shows
 *
 * Returns: (transfer none) (nullable): the row that shows @uuid
 */
GtkListBoxRow *
insp_list_box_find_row (GtkListBox *list,
                        const char *uuid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "uuid"), uuid) == 0)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}
