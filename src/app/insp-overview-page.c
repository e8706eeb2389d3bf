/* insp-overview-page.c — how far the organisation puts the 11 recommendations into practice
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-overview-page.h"

struct _InspOverviewPage
{
  GtkWidget      parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (InspOverviewPage, insp_overview_page, GTK_TYPE_WIDGET)

static void
insp_overview_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (insp_overview_page_parent_class)->dispose (object);
}

static void
insp_overview_page_class_init (InspOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_overview_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, status_page);
}

static void
insp_overview_page_init (InspOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
