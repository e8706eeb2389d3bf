/* insp-impact-chart.c — each group's expected effects over the ten indicators, drawn
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A profile chart: one row per workability indicator, an axis from −2 to +2 across, and for
 * each group a marker on every indicator it scored, joined by a line from row to row. Each
 * group has a colour of the theme and a marker shape of its own, so that the groups can be
 * told apart without colour; a legend names them. For screen readers the chart is an image
 * whose description says the same in a sentence (insp_impact_chart_get_summary ()).
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-impact-chart.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "insp-enums.h"

#define ROW_HEIGHT 26
#define LEGEND_HEIGHT 28
#define AXIS_HEIGHT 22
#define PADDING 8
#define MARKER 5.0

typedef struct
{
  char *name;
  int   effects[INSP_N_INDICATORS];
} ChartGroup;

struct _InspImpactChart
{
  GtkWidget  parent_instance;

  GPtrArray *groups;     /* ChartGroup */
  char      *summary;
};

G_DEFINE_FINAL_TYPE (InspImpactChart, insp_impact_chart, GTK_TYPE_WIDGET)

static void
chart_group_free (ChartGroup *group)
{
  g_free (group->name);
  g_free (group);
}

/* A signed effect as people write it: "+1", "0", "−2" (with a real minus sign). */
static char *
format_effect (int effect)
{
  if (effect > 0)
    return g_strdup_printf ("+%d", effect);
  if (effect < 0)
    return g_strdup_printf ("−%d", -effect);
  return g_strdup ("0");
}

static void
update_summary (InspImpactChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->groups->len == 0)
    g_string_append (text, _("No group has scored the workability indicators yet."));
  else
    g_string_append (text, _("Expected effect on the ten workability indicators, "
                              "from −2 to +2."));

  for (guint i = 0; i < self->groups->len; i++)
    {
      ChartGroup *group = g_ptr_array_index (self->groups, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *joined = NULL;

      for (guint t = 0; t < INSP_N_INDICATORS; t++)
        {
          g_autofree char *effect = NULL;

          if (group->effects[t] == INSP_IMPACT_CHART_UNSCORED)
            continue;
          effect = format_effect (group->effects[t]);
          /* Translators: an indicator and its expected effect, e.g. "workload −2" */
          g_ptr_array_add (parts, g_strdup_printf (_("%s %s"),
                                                   _(insp_enum_topic.values[t].label),
                                                   effect));
        }
      g_ptr_array_add (parts, NULL);
      joined = g_strjoinv (", ", (char **) parts->pdata);
      g_string_append_c (text, ' ');
      if (joined[0] == '\0')
        /* Translators: in the chart's text alternative: a group that scored no indicator */
        g_string_append_printf (text, _("%s: no indicator scored."), group->name);
      else
        /* Translators: in the chart's text alternative: a group, then what it expects, e.g.
         * "End users: Workload −2, Autonomy −1." */
        g_string_append_printf (text, _("%s: %s."), group->name, joined);
    }

  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
}

/* --- Drawing --------------------------------------------------------------------------------- */

static gboolean
is_dark (GtkWidget *widget)
{
  GdkRGBA fg;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  return 0.3 * fg.red + 0.59 * fg.green + 0.11 * fg.blue > 0.5;
}

/* The group's colour: the accent first, then Adwaita's palette, lighter on a dark style. */
static void
get_group_color (GtkWidget *widget,
                 guint      index,
                 GdkRGBA   *color)
{
  static const char * const light[] = { "accent_color", "orange_4", "purple_3", "green_5",
                                        "red_3", "brown_3" };
  static const char * const dark[] = { "accent_color", "orange_2", "purple_1", "green_2",
                                       "red_1", "yellow_2" };
  const char *name = (is_dark (widget) ? dark : light)[index % G_N_ELEMENTS (light)];

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}

/* Each group its own shape: circle, square, diamond, triangle, … */
static void
draw_marker (cairo_t *cr,
             guint    index,
             double   x,
             double   y)
{
  switch (index % 4)
    {
    case 0:
      cairo_arc (cr, x, y, MARKER, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - MARKER, y - MARKER, 2 * MARKER, 2 * MARKER);
      break;
    case 2:
      cairo_move_to (cr, x, y - MARKER * 1.3);
      cairo_line_to (cr, x + MARKER * 1.3, y);
      cairo_line_to (cr, x, y + MARKER * 1.3);
      cairo_line_to (cr, x - MARKER * 1.3, y);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y - MARKER * 1.3);
      cairo_line_to (cr, x + MARKER * 1.2, y + MARKER);
      cairo_line_to (cr, x - MARKER * 1.2, y + MARKER);
      cairo_close_path (cr);
      break;
    }
  cairo_fill (cr);
}

static int
get_label_width (InspImpactChart *self)
{
  int widest = 0;

  for (guint t = 0; t < INSP_N_INDICATORS; t++)
    {
      g_autoptr(PangoLayout) layout =
        gtk_widget_create_pango_layout (GTK_WIDGET (self), _(insp_enum_topic.values[t].label));
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

static void
show_text (InspImpactChart *self,
           cairo_t         *cr,
           const char      *text,
           double           x,
           double           y,
           double           xalign,
           int              max_width)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width, height;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, max_width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - xalign * width, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
insp_impact_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  InspImpactChart *self = INSP_IMPACT_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int label_width = MIN (get_label_width (self), width * 2 / 5);
  double left = PADDING + label_width + 16;
  double right = width - PADDING - 12;
  double top = PADDING + LEGEND_HEIGHT + AXIS_HEIGHT;
  double legend_x = PADDING;
  GdkRGBA fg;
  cairo_t *cr;

  if (right <= left)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The legend: each group's marker and name. */
  for (guint g = 0; g < self->groups->len; g++)
    {
      ChartGroup *group = g_ptr_array_index (self->groups, g);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, group->name);
      GdkRGBA color;
      int text_width;

      get_group_color (widget, g, &color);
      gdk_cairo_set_source_rgba (cr, &color);
      draw_marker (cr, g, legend_x + MARKER, PADDING + LEGEND_HEIGHT / 2.0);
      gdk_cairo_set_source_rgba (cr, &fg);
      show_text (self, cr, group->name, legend_x + 2 * MARKER + 6,
                 PADDING + LEGEND_HEIGHT / 2.0, 0, -1);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      legend_x += 2 * MARKER + 6 + text_width + 18;
    }

  /* The axis: −2 … +2, a grid line on each, the zero line stronger. */
  for (int effect = -2; effect <= 2; effect++)
    {
      double x = left + (effect + 2) * (right - left) / 4.0;
      g_autofree char *tick = format_effect (effect);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, effect == 0 ? 0.45 : 0.15);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, floor (x) + 0.5, top - 4);
      cairo_line_to (cr, floor (x) + 0.5, top + INSP_N_INDICATORS * ROW_HEIGHT);
      cairo_stroke (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      show_text (self, cr, tick, x, PADDING + LEGEND_HEIGHT + AXIS_HEIGHT / 2.0 - 2, 0.5, -1);
    }

  /* The indicators, one a row. */
  for (guint t = 0; t < INSP_N_INDICATORS; t++)
    {
      double y = top + t * ROW_HEIGHT + ROW_HEIGHT / 2.0;

      if (t % 2 == 0)
        {
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.04);
          cairo_rectangle (cr, PADDING, top + t * ROW_HEIGHT, width - 2 * PADDING, ROW_HEIGHT);
          cairo_fill (cr);
        }
      gdk_cairo_set_source_rgba (cr, &fg);
      show_text (self, cr, _(insp_enum_topic.values[t].label), PADDING, y, 0, label_width);
    }

  /* Each group's profile: a line through its markers. */
  for (guint g = 0; g < self->groups->len; g++)
    {
      ChartGroup *group = g_ptr_array_index (self->groups, g);
      gboolean drawing = FALSE;
      double offset = ((double) g - (self->groups->len - 1) / 2.0) * 3.0;
      GdkRGBA color;

      get_group_color (widget, g, &color);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2.0);
      for (guint t = 0; t < INSP_N_INDICATORS; t++)
        {
          double x, y;

          if (group->effects[t] == INSP_IMPACT_CHART_UNSCORED)
            {
              drawing = FALSE;
              continue;
            }
          x = left + (group->effects[t] + 2) * (right - left) / 4.0;
          y = top + t * ROW_HEIGHT + ROW_HEIGHT / 2.0 + offset;
          if (drawing)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          drawing = TRUE;
        }
      cairo_stroke (cr);
      for (guint t = 0; t < INSP_N_INDICATORS; t++)
        if (group->effects[t] != INSP_IMPACT_CHART_UNSCORED)
          draw_marker (cr, g, left + (group->effects[t] + 2) * (right - left) / 4.0,
                       top + t * ROW_HEIGHT + ROW_HEIGHT / 2.0 + offset);
    }

  cairo_destroy (cr);
}

static void
insp_impact_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 320;
      *natural = 640;
    }
  else
    {
      *minimum = *natural = 2 * PADDING + LEGEND_HEIGHT + AXIS_HEIGHT
                            + INSP_N_INDICATORS * ROW_HEIGHT;
    }
}

static void
insp_impact_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (insp_impact_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
insp_impact_chart_finalize (GObject *object)
{
  InspImpactChart *self = INSP_IMPACT_CHART (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (insp_impact_chart_parent_class)->finalize (object);
}

static void
insp_impact_chart_class_init (InspImpactChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = insp_impact_chart_finalize;
  widget_class->snapshot = insp_impact_chart_snapshot;
  widget_class->measure = insp_impact_chart_measure;
  widget_class->css_changed = insp_impact_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "impactchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
insp_impact_chart_init (InspImpactChart *self)
{
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) chart_group_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Profile chart of the expected effects"), -1);
  update_summary (self);
}

/**
 * insp_impact_chart_new:
 *
 * Returns: (transfer floating): an empty chart
 */
GtkWidget *
insp_impact_chart_new (void)
{
  return g_object_new (INSP_TYPE_IMPACT_CHART, NULL);
}

void
insp_impact_chart_clear (InspImpactChart *self)
{
  g_return_if_fail (INSP_IS_IMPACT_CHART (self));

  g_ptr_array_set_size (self->groups, 0);
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * insp_impact_chart_add_group:
 * @self: a chart
 * @name: the group's name
 * @effects: (array fixed-size=10): its expected effect on each indicator, or
 *   %INSP_IMPACT_CHART_UNSCORED
 */
void
insp_impact_chart_add_group (InspImpactChart *self,
                             const char      *name,
                             const int       *effects)
{
  ChartGroup *group;

  g_return_if_fail (INSP_IS_IMPACT_CHART (self));
  g_return_if_fail (name != NULL && effects != NULL);

  group = g_new0 (ChartGroup, 1);
  group->name = g_strdup (name);
  memcpy (group->effects, effects, sizeof group->effects);
  g_ptr_array_add (self->groups, group);
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * insp_impact_chart_get_summary:
 * @self: a chart
 *
 * Returns: the chart in a sentence, its description for screen readers
 */
const char *
insp_impact_chart_get_summary (InspImpactChart *self)
{
  g_return_val_if_fail (INSP_IS_IMPACT_CHART (self), NULL);

  return self->summary;
}
