/* insp-people-page.c — persons, frontrunners and stakeholder groups
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-people-page.h"

struct _InspPeoplePage
{
  GtkWidget      parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (InspPeoplePage, insp_people_page, GTK_TYPE_WIDGET)

static void
insp_people_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_PEOPLE_PAGE);

  G_OBJECT_CLASS (insp_people_page_parent_class)->dispose (object);
}

static void
insp_people_page_class_init (InspPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_people_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspPeoplePage, status_page);
}

static void
insp_people_page_init (InspPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
