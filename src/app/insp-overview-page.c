/* insp-overview-page.c — how far the organisation puts the 11 recommendations into practice
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For now: a welcome with a way to start when the workspace is empty, and otherwise the
 * organisation the workspace is about, with a way to edit its details.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-overview-page.h"

struct _InspOverviewPage
{
  GtkWidget      parent_instance;

  InspWorkspace *workspace;
  gboolean       busy;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *welcome_page;
  GtkButton     *explore_button;
  GtkButton     *start_button;
  GtkLabel      *organisation_title;
  GtkLabel      *organisation_summary;
  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (InspOverviewPage, insp_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
insp_overview_page_update (InspOverviewPage *self)
{
  InspOrganisation *organisation;
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;

  if (self->workspace == NULL)
    {
      /* Without a workspace while one is being opened, there is nothing to say yet. */
      gtk_stack_set_visible_child_name (self->stack, self->busy ? "loading" : "none");
      return;
    }

  if (insp_workspace_is_empty (self->workspace))
    {
      gtk_stack_set_visible_child_name (self->stack, "welcome");
      return;
    }

  organisation = insp_workspace_get_organisation (self->workspace);
  name = insp_organisation_dup_display_name (organisation);
  summary = insp_organisation_dup_summary (organisation);

  gtk_label_set_label (self->organisation_title, name);
  gtk_label_set_label (self->organisation_summary, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_summary), summary[0] != '\0');
  gtk_stack_set_visible_child_name (self->stack, "organisation");
}

static void
on_workspace_changed (InspWorkspace    *workspace,
                      InspOverviewPage *self)
{
  insp_overview_page_update (self);
}

/**
 * insp_overview_page_set_workspace:
 * @self: the overview
 * @workspace: (nullable): the workspace to show
 */
void
insp_overview_page_set_workspace (InspOverviewPage *self,
                                  InspWorkspace    *workspace)
{
  g_return_if_fail (INSP_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed, self);

  g_set_object (&self->workspace, workspace);

  /* Any change may empty or fill the workspace. */
  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed), self, 0);

  insp_overview_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
insp_overview_page_set_busy (InspOverviewPage *self,
                             gboolean          busy)
{
  busy = !!busy;
  if (self->busy == busy)
    return;

  self->busy = busy;
  insp_overview_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
insp_overview_page_dispose (GObject *object)
{
  InspOverviewPage *self = INSP_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_OVERVIEW_PAGE);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed, self);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (insp_overview_page_parent_class)->dispose (object);
}

static void
insp_overview_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  InspOverviewPage *self = INSP_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_overview_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  InspOverviewPage *self = INSP_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_overview_page_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_BUSY:
      insp_overview_page_set_busy (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_overview_page_class_init (InspOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_overview_page_dispose;
  object_class->get_property = insp_overview_page_get_property;
  object_class->set_property = insp_overview_page_set_property;

  /**
   * InspOverviewPage:workspace: (nullable)
   *
   * The workspace shown; the window's (see InspWindow:workspace).
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspOverviewPage:busy:
   *
   * Whether the window is busy, such as opening the workspace: without a workspace, the
   * page then waits rather than saying that none is open.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, explore_button);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, organisation_title);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, organisation_summary);
  gtk_widget_class_bind_template_child (widget_class, InspOverviewPage, status_page);
}

static void
insp_overview_page_init (InspOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  insp_overview_page_update (self);
}
