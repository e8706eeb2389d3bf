/* insp-impact-page.c — impact assessments on workable work
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paper's recommendation 3: the impact of an AI application is assessed with the
 * employees, not guessed by managers. For the application chosen at the top, the page lists
 * each group's dated assessments (added and edited in InspAssessmentDialog, deleted with
 * Undo), puts the groups' latest expectations side by side, lists where they lie two points
 * or more apart and whether that was discussed, how expectations moved between a group's
 * assessments, and draws each group's profile over the ten workability indicators. The
 * comparison itself is the core's (insp-assessment.h); the page only shows it.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-impact-page.h"

#include <glib/gi18n.h>

#include "insp-application.h"
#include "insp-assessment.h"
#include "insp-assessment-dialog.h"
#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-group.h"
#include "insp-impact-chart.h"
#include "insp-toast.h"

struct _InspImpactPage
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  AdwStatusPage   *status_page;
  GtkDropDown     *application_dropdown;
  GtkLabel        *error_label;
  GtkStack        *assessments_stack;
  AdwStatusPage   *empty_page;
  GtkListBox      *assessment_list;
  GtkGrid         *comparison_grid;
  GtkListBox      *disagreement_list;
  GtkListBox      *movement_list;
  InspImpactChart *chart;

  InspWorkspace   *workspace;
  GPtrArray       *applications;   /* InspApplication, in the drop-down's order */
  GPtrArray       *groups;         /* InspGroup */
  GPtrArray       *assessments;    /* InspAssessment of the application chosen */
  InspAssessment  *removed;        /* the last one deleted, for Undo */
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (InspImpactPage, insp_impact_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (InspImpactPage *self);

static void
show_error (InspImpactPage *self,
            const GError   *error)
{
  insp_error_label_show (self->error_label, error);
}

/* "+1", "0", "−2", with a real minus sign. */
static char *
format_effect (int effect)
{
  if (effect > 0)
    return g_strdup_printf ("+%d", effect);
  if (effect < 0)
    return g_strdup_printf ("−%d", -effect);
  return g_strdup ("0");
}

static char *
format_date (const char *date,
             const char *format)
{
  g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", date);
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (iso, NULL);
  char *shown = parsed != NULL ? g_date_time_format (parsed, format) : g_strdup (date);

  return g_strstrip (shown);
}

static const char *
get_group_name (InspImpactPage *self,
                const char     *uuid)
{
  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    {
      InspGroup *group = g_ptr_array_index (self->groups, i);

      if (g_strcmp0 (insp_group_get_uuid (group), uuid) == 0)
        return insp_group_get_display_name (group);
    }
  return _("Unknown group");
}

static const char *
get_application_choice (InspImpactPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->application_dropdown);

  if (self->applications == NULL || selected >= self->applications->len)
    return NULL;
  return insp_application_get_uuid (g_ptr_array_index (self->applications, selected));
}

static InspAssessment *
find_assessment (InspImpactPage *self,
                 const char     *uuid)
{
  for (guint i = 0; self->assessments != NULL && i < self->assessments->len; i++)
    {
      InspAssessment *assessment = g_ptr_array_index (self->assessments, i);

      if (g_strcmp0 (insp_assessment_get_uuid (assessment), uuid) == 0)
        return assessment;
    }
  return NULL;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* GTK 4.8's drop-down does not pass its name on to the button inside it. */
static void
name_dropdown_button (GtkDropDown *dropdown,
                      const char  *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
}

/* A row that only says something. */
static GtkWidget *
create_text_row (const char *title,
                 const char *subtitle)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "title", title,
                                 "subtitle", subtitle,
                                 "use-markup", FALSE,
                                 "activatable", FALSE,
                                 NULL);

  if (subtitle != NULL)
    {
      g_autofree char *accessible = g_strdup_printf (_("%s, %s"), title, subtitle);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
    }
  return row;
}

/* --- The applications ------------------------------------------------------------------------ */

static gboolean
has_assessments (InspImpactPage  *self,
                 InspApplication *application)
{
  g_autoptr(GPtrArray) assessments =
    insp_workspace_list_assessments (self->workspace, insp_application_get_uuid (application),
                                     NULL);

  return assessments != NULL && assessments->len > 0;
}

/* The applications in the drop-down; the one chosen stays chosen, and at first the first
 * that has assessments is. */
static void
reload_applications (InspImpactPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = g_strdup (get_application_choice (self));
  int selected = -1;

  if (self->workspace != NULL)
    {
      applications = insp_workspace_list_applications (self->workspace, &error);
      if (applications == NULL)
        show_error (self, error);
    }
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  self->applications = g_steal_pointer (&applications);

  for (guint i = 0; self->applications != NULL && i < self->applications->len; i++)
    {
      InspApplication *application = g_ptr_array_index (self->applications, i);

      gtk_string_list_append (names, insp_application_get_name (application));
      if (g_strcmp0 (chosen, insp_application_get_uuid (application)) == 0)
        selected = (int) i;
    }
  for (guint i = 0; selected < 0 && self->applications != NULL && i < self->applications->len;
       i++)
    if (has_assessments (self, g_ptr_array_index (self->applications, i)))
      selected = (int) i;

  self->filling = TRUE;
  gtk_drop_down_set_model (self->application_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->application_dropdown, (guint) MAX (selected, 0));
  self->filling = FALSE;
}

static void
reload_groups (InspImpactPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  if (self->workspace != NULL)
    {
      self->groups = insp_workspace_list_groups (self->workspace, &error);
      if (self->groups == NULL)
        show_error (self, error);
    }
}

/* --- The assessments ------------------------------------------------------------------------- */

static GtkWidget *
create_assessment_row (InspAssessment *assessment,
                       const char     *group)
{
  const char *uuid = insp_assessment_get_uuid (assessment);
  const char *moment = insp_enum_get_label (&insp_enum_moment,
                                            insp_assessment_get_moment (assessment));
  g_autofree char *date = format_date (insp_assessment_get_date (assessment), "%-d %B %Y");
  guint n_scored = insp_assessment_get_scores (assessment)->len;
  g_autofree char *scored = g_strdup_printf (g_dngettext (NULL, "%u item scored",
                                                          "%u items scored", n_scored),
                                             n_scored);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *delete_name = NULL;
  g_autofree char *edit_name = NULL;
  GtkWidget *row, *button;

  /* The parts, e.g. "Before · 10 February 2026 · 18 items scored" */
  subtitle = g_strjoin (" · ", moment != NULL ? _(moment) : "", date, scored, NULL);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", group,
                      "subtitle", subtitle,
                      "use-markup", FALSE,
                      "activatable", TRUE,
                      NULL);

  /* Translators: the button that edits an impact assessment, as a screen reader names it,
   * e.g. "Edit the assessment of End users, Before · 10 February 2026" */
  edit_name = g_strdup_printf (_("Edit the assessment of %s, %s"), group, subtitle);
  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "document-edit-symbolic",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", _("Edit Assessment"),
                         "action-name", "impact.edit",
                         "action-target", g_variant_new_string (uuid),
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  edit_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  /* Translators: the button that deletes an impact assessment, as a screen reader names it */
  delete_name = g_strdup_printf (_("Delete the assessment of %s, %s"), group, subtitle);
  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "user-trash-symbolic",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", _("Delete Assessment"),
                         "action-name", "impact.delete",
                         "action-target", g_variant_new_string (uuid),
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  delete_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (uuid), g_free);
  accessible = g_strdup_printf (_("%s, %s"), group, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return row;
}

/* The latest assessment of each group: they come group by group, each group's oldest first. */
static GPtrArray *
get_latest (InspImpactPage *self)
{
  GPtrArray *latest = g_ptr_array_new ();

  for (guint i = 0; i < self->assessments->len; i++)
    {
      InspAssessment *assessment = g_ptr_array_index (self->assessments, i);
      InspAssessment *next = i + 1 < self->assessments->len
                             ? g_ptr_array_index (self->assessments, i + 1) : NULL;

      if (next == NULL || g_strcmp0 (insp_assessment_get_group (next),
                                     insp_assessment_get_group (assessment)) != 0)
        g_ptr_array_add (latest, assessment);
    }
  return latest;
}

static gboolean
is_disagreement (GPtrArray  *disagreements,
                 const char *item)
{
  for (guint i = 0; disagreements != NULL && i < disagreements->len; i++)
    if (g_strcmp0 (((InspDisagreement *) g_ptr_array_index (disagreements, i))->item, item) == 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
create_cell (const char *text,
             const char *style,
             gboolean    heading)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", heading ? 0.0f : 0.5f,
                                   NULL);

  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  if (heading)
    gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

/* Items as rows, the groups' latest effects as columns; a disagreement is marked in words. */
static void
fill_comparison (InspImpactPage *self,
                 GPtrArray      *latest,
                 GPtrArray      *disagreements)
{
  GtkWidget *child;
  int y = 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->comparison_grid))) != NULL)
    gtk_grid_remove (self->comparison_grid, child);

  gtk_grid_attach (self->comparison_grid, create_cell (_("Item"), "dim-label", TRUE), 0, 0, 1, 1);
  for (guint g = 0; g < latest->len; g++)
    {
      InspAssessment *assessment = g_ptr_array_index (latest, g);
      GtkWidget *cell = create_cell (get_group_name (self, insp_assessment_get_group (assessment)),
                                     "dim-label", TRUE);

      gtk_label_set_xalign (GTK_LABEL (cell), 0.5f);
      gtk_grid_attach (self->comparison_grid, cell, (int) g + 1, 0, 1, 1);
    }

  for (guint t = 0; t < insp_enum_topic.n_values; t++)
    {
      const char *item = insp_enum_topic.values[t].id;
      gboolean scored = FALSE, disagreed = is_disagreement (disagreements, item);
      GtkWidget *name;

      for (guint g = 0; g < latest->len && !scored; g++)
        scored = insp_assessment_get_score (g_ptr_array_index (latest, g), item) != NULL;
      if (!scored)
        continue;

      name = create_cell (_(insp_enum_topic.values[t].label), NULL, FALSE);
      gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
      if (t == INSP_N_INDICATORS)
        gtk_widget_set_margin_top (name, 8);
      if (disagreed)
        gtk_widget_add_css_class (name, "heading");
      gtk_grid_attach (self->comparison_grid, name, 0, y, 1, 1);

      for (guint g = 0; g < latest->len; g++)
        {
          const InspScore *score = insp_assessment_get_score (g_ptr_array_index (latest, g), item);
          g_autofree char *text = score != NULL ? format_effect (score->effect) : g_strdup ("–");
          const char *style = score == NULL || score->effect == 0 ? "dim-label"
                              : score->effect > 0 ? "success" : "error";
          GtkWidget *cell = create_cell (text, style, FALSE);

          if (t == INSP_N_INDICATORS)
            gtk_widget_set_margin_top (cell, 8);
          gtk_grid_attach (self->comparison_grid, cell, (int) g + 1, y, 1, 1);
        }

      if (disagreed)
        {
          /* Translators: in the comparison, next to an item two groups disagree on */
          GtkWidget *mark = create_cell (_("⚠ Disagreement"), "warning", FALSE);

          if (t == INSP_N_INDICATORS)
            gtk_widget_set_margin_top (mark, 8);
          gtk_grid_attach (self->comparison_grid, mark, (int) latest->len + 1, y, 1, 1);
        }
      y++;
    }
}

static void
fill_disagreements (InspImpactPage *self,
                    GPtrArray      *disagreements)
{
  clear_list (self->disagreement_list);

  if (disagreements == NULL || disagreements->len == 0)
    {
      gtk_list_box_append (self->disagreement_list,
                           create_text_row (_("No disagreements of two points or more"),
                                            NULL));
      return;
    }

  for (guint i = 0; i < disagreements->len; i++)
    {
      InspDisagreement *disagreement = g_ptr_array_index (disagreements, i);
      g_autofree char *effect_a = format_effect (disagreement->effect_a);
      g_autofree char *effect_b = format_effect (disagreement->effect_b);
      g_autofree char *since = format_date (disagreement->since, "%-d %B %Y");
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Translators: a disagreement: the item, then two groups and what they expect, e.g.
       * "Workload: Management +1, End users −2 — not yet discussed" */
      title = g_strdup_printf (_("%s: %s %s, %s %s — %s"),
                               _(insp_enum_get_label (&insp_enum_topic, disagreement->item)),
                               get_group_name (self, disagreement->group_a), effect_a,
                               get_group_name (self, disagreement->group_b), effect_b,
                               disagreement->discussed
                               /* Translators: said of a disagreement */
                               ? _("discussed")
                               /* Translators: said of a disagreement */
                               : _("not yet discussed"));
      subtitle = disagreement->discussed
                 /* Translators: %s is a date, e.g. "10 February 2026" */
                 ? g_strdup_printf (_("Talked about since the later assessment of %s"), since)
                 : g_strdup_printf (_("A conversation to have: no held activity or action "
                                      "names it since %s"), since);
      row = create_text_row (title, subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (disagreement->discussed
                                                               ? "emblem-ok-symbolic"
                                                               : "dialog-warning-symbolic"));
      if (!disagreement->discussed)
        gtk_widget_add_css_class (row, "warning");
      gtk_list_box_append (self->disagreement_list, row);
    }
}

static void
fill_movements (InspImpactPage *self)
{
  g_autoptr(GPtrArray) movements = insp_assessments_find_movements (self->assessments);

  clear_list (self->movement_list);

  if (movements->len == 0)
    {
      gtk_list_box_append (self->movement_list,
                           create_text_row (_("No expectation moved yet"),
                                            _("When a group assesses again, after the pilot or "
                                              "after the rollout, what changed shows here.")));
      return;
    }

  for (guint i = 0; i < movements->len; i++)
    {
      InspMovement *movement = g_ptr_array_index (movements, i);
      g_autofree char *from = format_effect (movement->from);
      g_autofree char *to = format_effect (movement->to);
      g_autofree char *from_date = format_date (movement->from_date, "%b %Y");
      g_autofree char *to_date = format_date (movement->to_date, "%b %Y");
      g_autofree char *title = NULL;

      /* Translators: how a group's expectation moved, e.g.
       * "End users, Workload: −2 → 0 (Feb 2026 → Jul 2026)" */
      title = g_strdup_printf (_("%s, %s: %s → %s (%s → %s)"),
                               get_group_name (self, movement->group),
                               _(insp_enum_get_label (&insp_enum_topic, movement->item)),
                               from, to, from_date, to_date);
      gtk_list_box_append (self->movement_list, create_text_row (title, NULL));
    }
}

static void
fill_chart (InspImpactPage *self,
            GPtrArray      *latest)
{
  insp_impact_chart_clear (self->chart);
  for (guint g = 0; g < latest->len; g++)
    {
      InspAssessment *assessment = g_ptr_array_index (latest, g);
      int effects[INSP_N_INDICATORS];

      for (guint t = 0; t < INSP_N_INDICATORS; t++)
        {
          const InspScore *score = insp_assessment_get_score (assessment,
                                                              insp_enum_topic.values[t].id);

          effects[t] = score != NULL ? score->effect : INSP_IMPACT_CHART_UNSCORED;
        }
      insp_impact_chart_add_group (self->chart,
                                   get_group_name (self, insp_assessment_get_group (assessment)),
                                   effects);
    }
}

static void
update_actions (InspImpactPage *self)
{
  gboolean chosen = self->workspace != NULL && get_application_choice (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "impact.add", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "impact.edit", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "impact.delete", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "impact.undo-delete",
                                 self->workspace != NULL && self->removed != NULL);
}

/* Reads the chosen application's assessments again, and compares them. */
static void
reload (InspImpactPage *self)
{
  const char *application = get_application_choice (self);
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) disagreements = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GError) error = NULL;

  update_actions (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    application != NULL ? "content" : "no-applications");
  if (application == NULL)
    return;

  assessments = insp_workspace_list_assessments (self->workspace, application, &error);
  if (assessments != NULL)
    disagreements = insp_workspace_list_disagreements (self->workspace, application, &error);
  if (disagreements == NULL)
    {
      show_error (self, error);
      return;
    }
  show_error (self, NULL);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  self->assessments = g_steal_pointer (&assessments);

  clear_list (self->assessment_list);
  for (guint i = 0; i < self->assessments->len; i++)
    {
      InspAssessment *assessment = g_ptr_array_index (self->assessments, i);
      const char *group = get_group_name (self, insp_assessment_get_group (assessment));

      gtk_list_box_append (self->assessment_list, create_assessment_row (assessment, group));
    }

  latest = get_latest (self);
  fill_comparison (self, latest, disagreements);
  fill_disagreements (self, disagreements);
  fill_movements (self);
  fill_chart (self, latest);

  gtk_stack_set_visible_child_name (self->assessments_stack,
                                    self->assessments->len > 0 ? "assessments" : "empty");
}

static void
on_application_selected (InspImpactPage *self)
{
  if (!self->filling)
    reload (self);
}

static void
on_applications_changed (InspImpactPage *self)
{
  reload_applications (self);
  reload (self);
}

static void
on_groups_changed (InspImpactPage *self)
{
  reload_groups (self);
  reload (self);
}

/* --- Actions --------------------------------------------------------------------------------- */

static void
open_dialog (InspImpactPage *self,
             InspAssessment *assessment)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *application = get_application_choice (self);
  InspAssessmentDialog *dialog;

  if (self->workspace == NULL || application == NULL || !GTK_IS_WINDOW (root))
    return;

  dialog = insp_assessment_dialog_new (GTK_WINDOW (root), self->workspace, application,
                                       assessment);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_row_activated (InspImpactPage *self,
                  GtkListBoxRow  *row)
{
  InspAssessment *assessment = find_assessment (self, g_object_get_data (G_OBJECT (row), "uuid"));

  if (assessment != NULL)
    open_dialog (self, assessment);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (INSP_IMPACT_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspImpactPage *self = INSP_IMPACT_PAGE (widget);
  InspAssessment *assessment = find_assessment (self, g_variant_get_string (parameter, NULL));

  if (assessment != NULL)
    open_dialog (self, assessment);
}

static void
undo_delete (InspImpactPage *self)
{
  g_autoptr(InspAssessment) removed = g_steal_pointer (&self->removed);
  g_autoptr(GError) error = NULL;

  if (removed == NULL || self->workspace == NULL)
    return;

  /* The same assessment, uuid and all, back where it was. */
  if (!insp_workspace_save_assessment (self->workspace,
                                       insp_assessment_get_application (removed), removed,
                                       &error))
    show_error (self, error);
  update_actions (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_delete (INSP_IMPACT_PAGE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspImpactPage *self = INSP_IMPACT_PAGE (widget);
  InspAssessment *found = find_assessment (self, g_variant_get_string (parameter, NULL));
  g_autoptr(InspAssessment) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->workspace == NULL || found == NULL)
    return;

  removed = g_object_ref (found);
  if (!insp_workspace_delete_assessment (self->workspace, insp_assessment_get_uuid (removed),
                                         &error))
    {
      show_error (self, error);
      return;
    }

  /* Translators: a toast after an impact assessment was deleted, with Undo; %s is a group */
  title = g_strdup_printf (_("Assessment of %s deleted"),
                           get_group_name (self, insp_assessment_get_group (removed)));
  g_set_object (&self->removed, removed);
  update_actions (self);

  toast = insp_toast_new_undo (title, G_CALLBACK (undo_delete), self);
  insp_toast_show_for (GTK_WIDGET (self), toast);
}

/* --- The page -------------------------------------------------------------------------------- */

/**
 * insp_impact_page_set_workspace:
 * @self: the impact page
 * @workspace: (nullable): the workspace to show
 */
void
insp_impact_page_set_workspace (InspImpactPage *self,
                                InspWorkspace  *workspace)
{
  g_return_if_fail (INSP_IS_IMPACT_PAGE (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->removed);

  if (workspace != NULL)
    {
      /* Disagreements count as discussed through activities and actions. */
      g_signal_connect_object (workspace, "changed::assessments", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::activities", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::actions", G_CALLBACK (reload), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::groups", G_CALLBACK (on_groups_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::applications",
                               G_CALLBACK (on_applications_changed), self, G_CONNECT_SWAPPED);
    }

  reload_groups (self);
  reload_applications (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
insp_impact_page_dispose (GObject *object)
{
  InspImpactPage *self = INSP_IMPACT_PAGE (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->removed);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_IMPACT_PAGE);

  G_OBJECT_CLASS (insp_impact_page_parent_class)->dispose (object);
}

static void
insp_impact_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  InspImpactPage *self = INSP_IMPACT_PAGE (object);

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
insp_impact_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  InspImpactPage *self = INSP_IMPACT_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_impact_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_impact_page_class_init (InspImpactPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_impact_page_dispose;
  object_class->get_property = insp_impact_page_get_property;
  object_class->set_property = insp_impact_page_set_property;

  /**
   * InspImpactPage:workspace: (nullable)
   *
   * The workspace whose impact assessments are shown; the window's.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (INSP_TYPE_IMPACT_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-impact-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, application_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, assessments_stack);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, assessment_list);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, comparison_grid);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, disagreement_list);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, movement_list);
  gtk_widget_class_bind_template_child (widget_class, InspImpactPage, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_application_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "impact.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "impact.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "impact.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "impact.undo-delete", NULL,
                                   undo_delete_action);
  /* Ctrl+N enters a new assessment, as the button does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "impact.add", NULL);
}

static void
insp_impact_page_init (InspImpactPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  name_dropdown_button (self->application_dropdown, _("AI application"));
  reload (self);
}

/**
 * insp_impact_page_show_application:
 * @self: the impact page
 * @uuid: an application
 *
 * Shows the impact assessments of an application, as if chosen at the top.
 */
void
insp_impact_page_show_application (InspImpactPage *self,
                                   const char     *uuid)
{
  g_return_if_fail (INSP_IS_IMPACT_PAGE (self));

  for (guint i = 0; self->applications != NULL && i < self->applications->len; i++)
    if (g_strcmp0 (insp_application_get_uuid (g_ptr_array_index (self->applications, i)),
                   uuid) == 0)
      gtk_drop_down_set_selected (self->application_dropdown, i);
}

/**
 * insp_impact_page_get_application:
 * @self: the page
 *
 * Returns: (nullable): the uuid of the application whose impact is shown, if any
 */
const char *
insp_impact_page_get_application (InspImpactPage *self)
{
  g_return_val_if_fail (INSP_IS_IMPACT_PAGE (self), NULL);

  return get_application_choice (self);
}
