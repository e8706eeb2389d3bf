/* insp-topic-checks.c — the workability indicators and concerns something addresses, chosen
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two small headed sets of check buttons in a box: the ten indicators of the workability
 * monitor, then the concerns, in insp_enum_topic's order. An activity or an action that names
 * an item lets a disagreement between groups on it be seen to be discussed.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-topic-checks.h"

#include <glib/gi18n.h>

#include "insp-enums.h"

static void
create_set (GtkBox             *box,
            const char         *heading,
            guint               first,
            guint               last,
            const char * const *chosen)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", heading,
                                   "xalign", 0.0f,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);
  GtkWidget *flow = g_object_new (GTK_TYPE_FLOW_BOX,
                                  "selection-mode", GTK_SELECTION_NONE,
                                  "min-children-per-line", 1,
                                  "max-children-per-line", 12,
                                  "column-spacing", 12,
                                  "row-spacing", 0,
                                  NULL);

  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 4, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  gtk_box_append (box, label);

  for (guint i = first; i < last; i++)
    {
      const char *id = insp_enum_topic.values[i].id;
      GtkWidget *check = gtk_check_button_new_with_label (_(insp_enum_topic.values[i].label));
      GtkWidget *child;

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen != NULL && g_strv_contains (chosen, id));
      g_object_set_data (G_OBJECT (check), "topic", (gpointer) id);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(insp_enum_topic.values[i].label), -1);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
      /* Tab goes to the check buttons, not to the flow box's children around them. */
      child = gtk_widget_get_parent (check);
      gtk_widget_set_focusable (child, FALSE);
    }
  gtk_box_append (box, flow);
}

/**
 * insp_topic_checks_fill:
 * @box: a vertical box, emptied first
 * @chosen: (nullable): the ids of insp_enum_topic chosen
 *
 * Fills @box with a check button for each indicator and concern, in two headed sets.
 */
void
insp_topic_checks_fill (GtkBox             *box,
                        const char * const *chosen)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  /* Translators: the heading above the ten indicators of the workability monitor */
  create_set (box, _("Workability Indicators"), 0, INSP_N_INDICATORS, chosen);
  /* Translators: the heading above the concerns (job loss, surveillance, …) and the
   * organisational impact (skills, work processes, culture) */
  create_set (box, _("Concerns and Organisational Impact"),
              INSP_N_INDICATORS, insp_enum_topic.n_values, chosen);
}

static void
collect (GtkWidget    *widget,
         GStrvBuilder *builder)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_CHECK_BUTTON (child))
        {
          if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
            g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "topic"));
        }
      else
        collect (child, builder);
    }
}

/**
 * insp_topic_checks_dup_chosen:
 * @box: a box filled with insp_topic_checks_fill ()
 *
 * Returns: (transfer full): the ids of the indicators and concerns checked, in
 *   insp_enum_topic's order
 */
GStrv
insp_topic_checks_dup_chosen (GtkBox *box)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (GTK_IS_BOX (box), NULL);

  collect (GTK_WIDGET (box), builder);
  return g_strv_builder_end (builder);
}
