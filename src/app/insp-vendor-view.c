/* insp-vendor-view.c — the vendor dialogue of an application: a questionnaire per vendor
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each vendor of the application in an expander, its questionnaire grouped as in DOMAIN.md
 * (effectiveness, robustness, data quality, ethical checks, lawfulness). Each question
 * expands to its answer, rating and follow-up, saved as the user leaves a field or presses
 * Enter; own questions are added per group and removed, the built-in ones stay. A vendor is
 * removed with its questionnaire after a confirmation that says how many answers go with it.
 * With two vendors or more, "Compare Vendors" puts their ratings side by side.
 *
 * The view follows the workspace: a change made elsewhere rebuilds it at idle; a change made
 * in one of its own fields only updates that question's row, so the keyboard stays put.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-vendor-view.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-error.h"
#include "insp-error-label.h"
#include "insp-name-dialog.h"
#include "insp-vendor.h"

struct _InspVendorView
{
  GtkWidget      parent_instance;

  GtkWidget     *box;              /* the only child */
  GtkLabel      *error_label;
  GtkLabel      *empty_label;
  GtkWidget     *add_button;
  GtkWidget     *compare_button;
  GtkWidget     *vendors_box;

  InspWorkspace *workspace;
  char          *application;
  GPtrArray     *vendors;          /* InspVendor */
  GPtrArray     *questions;        /* per vendor, a GPtrArray of InspVendorQuestion */
  GHashTable    *expanded;         /* the uuids of the vendors shown open */

  guint          reload_id;
  gboolean       saving;           /* a change of our own: no rebuild */
  gboolean       filling;
};

G_DEFINE_FINAL_TYPE (InspVendorView, insp_vendor_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (InspVendorView *self);

static void
show_error (InspVendorView *self,
            const GError   *error)
{
  insp_error_label_show (self->error_label, error);
}

/* "Partial · Demo on 12 March", or the rating alone. */
static char *
describe_question (const InspVendorQuestion *question)
{
  const char *rating = insp_enum_get_label (&insp_enum_rating, question->rating);

  if (question->answer != NULL && question->answer[0] != '\0')
    /* Translators: a vendor question's rating and answer, e.g. "Partial · Only for large
     * retailers" */
    return g_strdup_printf (_("%s · %s"), rating, question->answer);
  return g_strdup (rating);
}

/* --- Saving ---------------------------------------------------------------------------------- */

static void
save_question (InspVendorView     *self,
               InspVendorQuestion *question,
               AdwExpanderRow     *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;

  if (self->workspace == NULL)
    return;

  self->saving = TRUE;
  if (!insp_workspace_save_vendor_question (self->workspace, question, &error))
    {
      self->saving = FALSE;
      show_error (self, error);
      return;
    }
  self->saving = FALSE;
  show_error (self, NULL);
  subtitle = describe_question (question);
  adw_expander_row_set_subtitle (row, subtitle);
}

static void
save_text (InspVendorView *self,
           AdwEntryRow    *entry)
{
  InspVendorQuestion *question = g_object_get_data (G_OBJECT (entry), "question");
  const char *field = g_object_get_data (G_OBJECT (entry), "field");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  char **target;

  if (self->filling || question == NULL)
    return;
  target = g_str_equal (field, "answer") ? &question->answer : &question->follow_up;
  if (g_strcmp0 (*target, text[0] != '\0' ? text : NULL) == 0)
    return;
  g_free (*target);
  *target = text[0] != '\0' ? g_steal_pointer (&text) : NULL;
  save_question (self, question, g_object_get_data (G_OBJECT (entry), "expander"));
}

static void
on_entry_activated (AdwEntryRow    *entry,
                    InspVendorView *self)
{
  save_text (self, entry);
}

static void
on_entry_leave (GtkEventControllerFocus *controller,
                InspVendorView          *self)
{
  save_text (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (
                                    GTK_EVENT_CONTROLLER (controller))));
}

static void
on_rating_selected (AdwComboRow    *combo,
                    GParamSpec     *pspec,
                    InspVendorView *self)
{
  InspVendorQuestion *question = g_object_get_data (G_OBJECT (combo), "question");
  guint selected = adw_combo_row_get_selected (combo);

  if (self->filling || question == NULL || selected >= insp_enum_rating.n_values)
    return;
  g_free (question->rating);
  question->rating = g_strdup (insp_enum_rating.values[selected].id);
  save_question (self, question, g_object_get_data (G_OBJECT (combo), "expander"));
}

/* --- Building -------------------------------------------------------------------------------- */

static void
add_entry_row (InspVendorView     *self,
               AdwExpanderRow     *expander,
               InspVendorQuestion *question,
               const char         *field,
               const char         *title,
               const char         *name,
               const char         *value)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                 "title", title,
                                 "text", value != NULL ? value : "",
                                 NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data (G_OBJECT (row), "question", question);
  g_object_set_data (G_OBJECT (row), "expander", expander);
  g_object_set_data (G_OBJECT (row), "field", (gpointer) field);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_leave), self);
  gtk_widget_add_controller (row, focus);
  adw_expander_row_add_row (expander, row);
}

/* AdwExpanderRow keeps a switch of its own, hidden unless asked for; named all the same, so
 * no control of the page is without a name. Called before the row has rows of its own. */
static void
name_expander_switch (GtkWidget  *widget,
                      const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SWITCH (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      else
        name_expander_switch (child, name);
    }
}

static GtkWidget *
create_question_row (InspVendorView     *self,
                     InspVendor         *vendor,
                     InspVendorQuestion *question)
{
  const char *text = insp_vendor_question_get_text (question);
  g_autofree char *subtitle = describe_question (question);
  g_autofree char *answer_name = NULL;
  g_autofree char *rating_name = NULL;
  g_autofree char *follow_up_name = NULL;
  g_autoptr(GtkStringList) ratings = gtk_string_list_new (NULL);
  GtkWidget *row, *combo;
  AdwExpanderRow *expander;
  int index;

  row = g_object_new (ADW_TYPE_EXPANDER_ROW,
                      "title", text,
                      "subtitle", subtitle,
                      "use-markup", FALSE,
                      NULL);
  expander = ADW_EXPANDER_ROW (row);
  name_expander_switch (row, text);

  /* Translators: how a screen reader names a field of a vendor question, e.g. "Answer of
   * Kwadrant Planning bv" */
  answer_name = g_strdup_printf (_("Answer of %s"), vendor->name);
  /* Translators: e.g. "Rating of Kwadrant Planning bv" */
  rating_name = g_strdup_printf (_("Rating of %s"), vendor->name);
  /* Translators: e.g. "Follow-up with Kwadrant Planning bv" */
  follow_up_name = g_strdup_printf (_("Follow-up with %s"), vendor->name);

  add_entry_row (self, expander, question, "answer", _("Answer"), answer_name,
                 question->answer);

  for (guint i = 0; i < insp_enum_rating.n_values; i++)
    gtk_string_list_append (ratings, _(insp_enum_rating.values[i].label));
  combo = g_object_new (ADW_TYPE_COMBO_ROW,
                        "title", _("Rating"),
                        "model", ratings,
                        NULL);
  index = insp_enum_index (&insp_enum_rating, question->rating);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), (guint) MAX (index, 0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (combo), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rating_name, -1);
  g_object_set_data (G_OBJECT (combo), "question", question);
  g_object_set_data (G_OBJECT (combo), "expander", expander);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (on_rating_selected), self);
  adw_expander_row_add_row (expander, combo);

  add_entry_row (self, expander, question, "follow-up", _("Follow-up"), follow_up_name,
                 question->follow_up);

  /* Only an own question can go; a built-in one is left unanswered. */
  if (question->key == NULL)
    {
      GtkWidget *action_row = g_object_new (ADW_TYPE_ACTION_ROW, NULL);
      GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                        "label", _("_Remove Question"),
                                        "use-underline", TRUE,
                                        "valign", GTK_ALIGN_CENTER,
                                        "action-name", "vendors.remove-question",
                                        "action-target", g_variant_new_string (question->uuid),
                                        NULL);
      /* Translators: how a screen reader names the button that removes an own question */
      g_autofree char *name = g_strdup_printf (_("Remove Question “%s”"), text);

      gtk_widget_add_css_class (button, "destructive-action");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), button);
      adw_expander_row_add_row (expander, action_row);
    }
  return row;
}

static void
on_vendor_expanded (GtkExpander    *expander,
                    GParamSpec     *pspec,
                    InspVendorView *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (expander), "vendor");

  if (self->filling)
    return;
  if (gtk_expander_get_expanded (expander))
    g_hash_table_add (self->expanded, g_strdup (uuid));
  else
    g_hash_table_remove (self->expanded, uuid);
}

static GtkWidget *
create_vendor (InspVendorView *self,
               InspVendor     *vendor,
               GPtrArray      *questions)
{
  GtkWidget *expander, *content;
  guint answered = 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < questions->len; i++)
    {
      InspVendorQuestion *q = g_ptr_array_index (questions, i);

      if (g_strcmp0 (q->rating, "unanswered") != 0)
        answered++;
    }
  /* Translators: a vendor with how many of its questions are answered, e.g. "Rotaflow sa —
   * 9 of 17 questions rated" */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u of %u question rated",
                                        "%s — %u of %u questions rated", questions->len),
                           vendor->name, answered, questions->len);
  expander = gtk_expander_new (label);
  g_object_set_data_full (G_OBJECT (expander), "vendor", g_strdup (vendor->uuid), g_free);
  gtk_expander_set_expanded (GTK_EXPANDER (expander),
                             g_hash_table_contains (self->expanded, vendor->uuid));
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (on_vendor_expanded), self);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (content, 6);
  gtk_widget_set_margin_start (content, 12);

  if (vendor->notes != NULL)
    {
      GtkWidget *notes = g_object_new (GTK_TYPE_LABEL,
                                       "label", vendor->notes,
                                       "xalign", 0.0f,
                                       "wrap", TRUE,
                                       NULL);

      gtk_widget_add_css_class (notes, "dim-label");
      gtk_box_append (GTK_BOX (content), notes);
    }

  for (guint g = 0; g < insp_enum_vendor_group.n_values; g++)
    {
      const char *group = insp_enum_vendor_group.values[g].id;
      const char *group_label = insp_enum_get_label (&insp_enum_vendor_group, group);
      g_autofree char *list_name = NULL;
      g_autofree char *add_name = NULL;
      GtkWidget *heading, *list, *button;

      heading = g_object_new (GTK_TYPE_LABEL,
                              "label", group_label,
                              "xalign", 0.0f,
                              "wrap", TRUE,
                              "margin-top", 6,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                              NULL);
      gtk_widget_add_css_class (heading, "heading");
      gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                      GTK_ACCESSIBLE_PROPERTY_LEVEL, 4, -1);
      gtk_box_append (GTK_BOX (content), heading);

      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      /* Translators: how a screen reader names a group of vendor questions, e.g.
       * "Data quality: Rotaflow sa" */
      list_name = g_strdup_printf (_("%s: %s"), group_label, vendor->name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      list_name, -1);
      for (guint i = 0; i < questions->len; i++)
        {
          InspVendorQuestion *q = g_ptr_array_index (questions, i);

          if (g_strcmp0 (q->group, group) == 0)
            gtk_list_box_append (GTK_LIST_BOX (list), create_question_row (self, vendor, q));
        }
      gtk_box_append (GTK_BOX (content), list);

      button = g_object_new (GTK_TYPE_BUTTON,
                             "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                    "label", _("Add _Question…"),
                                                    "icon-name", "list-add-symbolic",
                                                    "use-underline", TRUE,
                                                    NULL),
                             "halign", GTK_ALIGN_START,
                             "tooltip-text", _("Ask this vendor a question of your own"),
                             "action-name", "vendors.add-question",
                             "action-target", g_variant_new ("(ss)", vendor->uuid, group),
                             NULL);
      gtk_widget_add_css_class (button, "flat");
      /* Translators: how a screen reader names the button that adds an own question, e.g.
       * "Add Question to Data quality for Rotaflow sa" */
      add_name = g_strdup_printf (_("Add Question to %s for %s"), group_label, vendor->name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      add_name, -1);
      gtk_box_append (GTK_BOX (content), button);
    }

  {
    g_autofree char *remove_name = NULL;
    GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                      "label", _("_Remove Vendor…"),
                                      "use-underline", TRUE,
                                      "halign", GTK_ALIGN_START,
                                      "margin-top", 12,
                                      "tooltip-text", _("Remove this vendor and its "
                                                        "questionnaire"),
                                      "action-name", "vendors.remove",
                                      "action-target", g_variant_new_string (vendor->uuid),
                                      NULL);

    gtk_widget_add_css_class (button, "destructive-action");
    /* Translators: how a screen reader names the button that removes a vendor, e.g.
     * "Remove Vendor “Rotaflow sa”…" */
    remove_name = g_strdup_printf (_("Remove Vendor “%s”…"), vendor->name);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    remove_name, -1);
    gtk_box_append (GTK_BOX (content), button);
  }

  gtk_expander_set_child (GTK_EXPANDER (expander), content);
  return expander;
}

static void
clear_vendors (InspVendorView *self)
{
  GtkWidget *child;

  /* A field losing the focus as it goes is no change of the user's. */
  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (self->vendors_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->vendors_box), child);
  self->filling = FALSE;
}

static void
rebuild (InspVendorView *self)
{
  if (self->vendors == NULL)
    {
      gtk_widget_set_visible (self->box, FALSE);
      return;
    }
  gtk_widget_set_visible (self->box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->vendors->len == 0);
  gtk_widget_set_visible (self->compare_button, self->vendors->len >= 2);

  self->filling = TRUE;
  for (guint i = 0; i < self->vendors->len; i++)
    gtk_box_append (GTK_BOX (self->vendors_box),
                    create_vendor (self, g_ptr_array_index (self->vendors, i),
                                   g_ptr_array_index (self->questions, i)));
  self->filling = FALSE;
}

static void
reload (InspVendorView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  clear_vendors (self);
  g_clear_pointer (&self->vendors, g_ptr_array_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);

  if (self->workspace != NULL && self->application != NULL)
    {
      self->vendors = insp_workspace_list_vendors (self->workspace, self->application, &error);
      if (self->vendors != NULL)
        {
          self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
          for (guint i = 0; i < self->vendors->len; i++)
            {
              InspVendor *vendor = g_ptr_array_index (self->vendors, i);
              GPtrArray *questions = insp_workspace_list_vendor_questions (self->workspace,
                                                                           vendor->uuid,
                                                                           &error);

              if (questions == NULL)
                {
                  show_error (self, error);
                  g_clear_error (&error);
                  questions = g_ptr_array_new ();
                }
              g_ptr_array_add (self->questions, questions);
            }
        }
      else if (!g_error_matches (error, INSP_ERROR, INSP_ERROR_NOT_FOUND))
        show_error (self, error);
    }
  rebuild (self);
}

static gboolean
on_reload_idle (gpointer data)
{
  InspVendorView *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (InspVendorView *self)
{
  if (self->saving)
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (on_reload_idle, self);
}

/* --- Comparing ------------------------------------------------------------------------------- */

static GtkWidget *
create_cell (const char *text,
             gboolean    heading)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "max-width-chars", heading ? 40 : 16,
                                   NULL);

  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
create_comparison (InspVendorComparison *cmp)
{
  GtkWidget *grid = gtk_grid_new ();
  const char *group = NULL;
  int y = 1;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Vendors side by side"), -1);

  /* The vendors as columns. */
  gtk_grid_attach (GTK_GRID (grid), create_cell (_("Question"), TRUE), 0, 0, 1, 1);
  for (guint v = 0; v < cmp->vendors->len; v++)
    {
      InspVendor *vendor = g_ptr_array_index (cmp->vendors, v);

      gtk_grid_attach (GTK_GRID (grid), create_cell (vendor->name, TRUE), (int) v + 1, 0, 1, 1);
    }

  /* The questions as rows, under the heading of their group. */
  for (guint r = 0; r < cmp->rows->len; r++)
    {
      InspVendorComparisonRow *row = g_ptr_array_index (cmp->rows, r);

      if (g_strcmp0 (group, row->group) != 0)
        {
          GtkWidget *heading;

          group = row->group;
          heading = create_cell (insp_enum_get_label (&insp_enum_vendor_group, group), TRUE);
          gtk_widget_set_margin_top (heading, 12);
          gtk_grid_attach (GTK_GRID (grid), heading, 0, y++, (int) cmp->vendors->len + 1, 1);
        }
      {
        GtkWidget *question = create_cell (row->question, FALSE);

        /* The question takes the room the ratings leave. */
        gtk_label_set_max_width_chars (GTK_LABEL (question), 40);
        gtk_widget_set_hexpand (question, TRUE);
        gtk_grid_attach (GTK_GRID (grid), question, 0, y, 1, 1);
      }
      for (guint v = 0; v < cmp->vendors->len; v++)
        {
          const char *rating = row->ratings[v];
          GtkWidget *cell;

          if (rating == NULL || rating[0] == '\0')
            /* Translators: in the comparison, a question this vendor was not asked */
            cell = create_cell (_("Not asked"), FALSE);
          else
            cell = create_cell (insp_enum_get_label (&insp_enum_rating, rating), FALSE);
          if (g_strcmp0 (rating, "satisfactory") == 0)
            gtk_widget_add_css_class (cell, "success");
          else if (g_strcmp0 (rating, "unsatisfactory") == 0)
            gtk_widget_add_css_class (cell, "error");
          else if (g_strcmp0 (rating, "partial") == 0)
            gtk_widget_add_css_class (cell, "warning");
          else
            gtk_widget_add_css_class (cell, "dim-label");
          gtk_grid_attach (GTK_GRID (grid), cell, (int) v + 1, y, 1, 1);
        }
      y++;
    }

  /* The number of questions per rating, per vendor. */
  {
    GtkWidget *heading = create_cell (_("Questions per Rating"), TRUE);

    gtk_widget_set_margin_top (heading, 12);
    gtk_grid_attach (GTK_GRID (grid), heading, 0, y++, (int) cmp->vendors->len + 1, 1);
  }
  for (guint i = 0; i < insp_enum_rating.n_values; i++)
    {
      const char *rating = insp_enum_rating.values[i].id;

      gtk_grid_attach (GTK_GRID (grid),
                       create_cell (insp_enum_get_label (&insp_enum_rating, rating), FALSE),
                       0, y, 1, 1);
      for (guint v = 0; v < cmp->vendors->len; v++)
        {
          g_autofree char *count = g_strdup_printf ("%u", insp_vendor_comparison_get_count (
                                                      cmp, v, rating));
          GtkWidget *cell = create_cell (count, FALSE);

          gtk_widget_add_css_class (cell, "numeric");
          gtk_grid_attach (GTK_GRID (grid), cell, (int) v + 1, y, 1, 1);
        }
      y++;
    }
  return grid;
}

static GtkWindow *
get_window (InspVendorView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  InspVendorView *self = INSP_VENDOR_VIEW (widget);
  g_autoptr(InspVendorComparison) cmp = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *content, *scrolled;

  if (self->workspace == NULL || self->application == NULL)
    return;
  cmp = insp_workspace_compare_vendors (self->workspace, self->application, NULL, &error);
  if (cmp == NULL)
    {
      show_error (self, error);
      return;
    }

  window = g_object_new (ADW_TYPE_WINDOW,
                         "title", _("Compare Vendors"),
                         "modal", TRUE,
                         "transient-for", get_window (self),
                         "default-width", 720,
                         "default-height", 600,
                         NULL);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "vexpand", TRUE,
                           "hscrollbar-policy", GTK_POLICY_AUTOMATIC,
                           "child", create_comparison (cmp),
                           NULL);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (window), content);

  /* Escape closes it, as any dialog. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                    0),
                                                            gtk_named_action_new (
                                                              "window.close")));
    gtk_widget_add_controller (window, shortcuts);
  }
  gtk_window_present (GTK_WINDOW (window));
}

/* --- Actions --------------------------------------------------------------------------------- */

static void
on_add_vendor_response (AdwMessageDialog *dialog,
                        const char       *response,
                        InspVendorView   *self)
{
  g_autoptr(InspVendor) vendor = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, INSP_NAME_DIALOG_ACCEPT) != 0 || self->workspace == NULL
      || self->application == NULL)
    return;

  vendor = insp_vendor_new ();
  vendor->name = insp_name_dialog_dup_name (dialog);
  if (vendor->name == NULL)
    return;
  if (!insp_workspace_add_vendor (self->workspace, self->application, vendor, &error))
    {
      show_error (self, error);
      return;
    }
  show_error (self, NULL);
  /* Open, for its questions. */
  g_hash_table_add (self->expanded, g_strdup (vendor->uuid));
  queue_reload (self);
}

static void
add_vendor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  InspVendorView *self = INSP_VENDOR_VIEW (widget);
  GtkWindow *window = get_window (self);
  AdwMessageDialog *dialog;

  if (window == NULL || self->application == NULL)
    return;
  dialog = insp_name_dialog_present (window, _("Add Vendor"),
                                     _("A vendor that offers this application. It gets the "
                                       "built-in questions, to ask and rate."),
                                     _("Name"), _("Name of the vendor"), _("_Add"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_vendor_response), self, 0);
}

static void
on_add_question_response (AdwMessageDialog *dialog,
                          const char       *response,
                          InspVendorView   *self)
{
  g_autoptr(InspVendorQuestion) question = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, INSP_NAME_DIALOG_ACCEPT) != 0 || self->workspace == NULL)
    return;

  question = insp_vendor_question_new ();
  question->question = insp_name_dialog_dup_name (dialog);
  if (question->question == NULL)
    return;
  question->vendor = g_strdup (g_object_get_data (G_OBJECT (dialog), "vendor"));
  question->group = g_strdup (g_object_get_data (G_OBJECT (dialog), "group"));
  if (!insp_workspace_add_vendor_question (self->workspace, question, &error))
    show_error (self, error);
  else
    show_error (self, NULL);
}

static void
add_question_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  InspVendorView *self = INSP_VENDOR_VIEW (widget);
  GtkWindow *window = get_window (self);
  AdwMessageDialog *dialog;
  const char *vendor, *group;

  if (window == NULL)
    return;
  g_variant_get (parameter, "(&s&s)", &vendor, &group);
  if (!insp_enum_contains (&insp_enum_vendor_group, group))
    return;
  dialog = insp_name_dialog_present (window, _("Add Question"),
                                     insp_enum_get_label (&insp_enum_vendor_group, group),
                                     _("Question"), _("Question to the vendor"), _("_Add"));
  g_object_set_data_full (G_OBJECT (dialog), "vendor", g_strdup (vendor), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "group", g_strdup (group), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_question_response), self,
                           0);
}

static void
remove_question_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  InspVendorView *self = INSP_VENDOR_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL)
    return;
  /* The core refuses a built-in question, and says so. */
  if (!insp_workspace_remove_vendor_question (self->workspace,
                                              g_variant_get_string (parameter, NULL), &error))
    show_error (self, error);
  else
    show_error (self, NULL);
}

static void
on_remove_vendor_response (AdwMessageDialog *dialog,
                           const char       *response,
                           InspVendorView   *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "vendor");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0 || self->workspace == NULL)
    return;
  if (!insp_workspace_delete_vendor (self->workspace, uuid, &error))
    {
      show_error (self, error);
      return;
    }
  show_error (self, NULL);
  g_hash_table_remove (self->expanded, uuid);
  /* Its button goes with it: the keyboard goes on from "Add Vendor…". */
  gtk_widget_grab_focus (self->add_button);
}

/* How many of @questions have an answer: a rating, or an answer written down. */
static guint
count_answers (GPtrArray *questions)
{
  guint n = 0;

  for (guint i = 0; i < questions->len; i++)
    {
      InspVendorQuestion *q = g_ptr_array_index (questions, i);

      if (g_strcmp0 (q->rating, "unanswered") != 0
          || (q->answer != NULL && q->answer[0] != '\0'))
        n++;
    }
  return n;
}

static void
remove_vendor_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  InspVendorView *self = INSP_VENDOR_VIEW (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  InspVendor *vendor = NULL;
  GPtrArray *questions = NULL;
  AdwMessageDialog *dialog;
  guint n;

  for (guint i = 0; self->vendors != NULL && i < self->vendors->len; i++)
    if (g_strcmp0 (((InspVendor *) self->vendors->pdata[i])->uuid, uuid) == 0)
      {
        vendor = self->vendors->pdata[i];
        questions = self->questions->pdata[i];
      }
  if (vendor == NULL)
    return;

  n = count_answers (questions);
  /* Translators: the heading of the confirmation before a vendor is removed */
  heading = g_strdup_printf (_("Remove Vendor “%s”?"), vendor->name);
  if (n == 0)
    body = g_strdup (_("Its questionnaire is removed with it. None of its questions has been "
                       "answered yet."));
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Its questionnaire is removed with it, with the %u "
                                         "answer recorded in it. This cannot be undone.",
                                         "Its questionnaire is removed with it, with the %u "
                                         "answers recorded in it. This cannot be undone.", n),
                            n);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "vendor", g_strdup (uuid), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_vendor_response), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- The view -------------------------------------------------------------------------------- */

/**
 * insp_vendor_view_new:
 *
 * Returns: (transfer floating): a new view, showing nothing until it has a workspace and an
 *   application
 */
GtkWidget *
insp_vendor_view_new (void)
{
  return g_object_new (INSP_TYPE_VENDOR_VIEW, NULL);
}

/**
 * insp_vendor_view_get_workspace:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the workspace
 */
InspWorkspace *
insp_vendor_view_get_workspace (InspVendorView *self)
{
  g_return_val_if_fail (INSP_IS_VENDOR_VIEW (self), NULL);
  return self->workspace;
}

/**
 * insp_vendor_view_set_workspace:
 * @self: a view
 * @workspace: (nullable): the workspace the application is in
 */
void
insp_vendor_view_set_workspace (InspVendorView *self,
                                InspWorkspace  *workspace)
{
  g_return_if_fail (INSP_IS_VENDOR_VIEW (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_hash_table_remove_all (self->expanded);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed::vendors",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::vendor_questions",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::applications",
                               G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
    }

  show_error (self, NULL);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * insp_vendor_view_get_application:
 * @self: a view
 *
 * Returns: (nullable): the uuid of the application shown
 */
const char *
insp_vendor_view_get_application (InspVendorView *self)
{
  g_return_val_if_fail (INSP_IS_VENDOR_VIEW (self), NULL);
  return self->application;
}

/**
 * insp_vendor_view_set_application:
 * @self: a view
 * @uuid: (nullable): the application whose vendors to show
 */
void
insp_vendor_view_set_application (InspVendorView *self,
                                  const char     *uuid)
{
  g_return_if_fail (INSP_IS_VENDOR_VIEW (self));

  if (g_strcmp0 (self->application, uuid) == 0)
    return;

  g_free (self->application);
  self->application = g_strdup (uuid);
  g_hash_table_remove_all (self->expanded);
  show_error (self, NULL);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION]);
}

/**
 * insp_vendor_view_get_error_text:
 * @self: a view
 *
 * Returns: (nullable): the error shown, or %NULL
 */
const char *
insp_vendor_view_get_error_text (InspVendorView *self)
{
  g_return_val_if_fail (INSP_IS_VENDOR_VIEW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

/**
 * insp_vendor_view_get_n_vendors:
 * @self: a view
 *
 * Returns: the number of vendors shown, after any change waiting to be shown
 */
guint
insp_vendor_view_get_n_vendors (InspVendorView *self)
{
  g_return_val_if_fail (INSP_IS_VENDOR_VIEW (self), 0);

  if (self->reload_id != 0)
    reload (self);
  return self->vendors != NULL ? self->vendors->len : 0;
}

static void
insp_vendor_view_dispose (GObject *object)
{
  InspVendorView *self = INSP_VENDOR_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->vendors, g_ptr_array_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_vendor_view_parent_class)->dispose (object);
}

static void
insp_vendor_view_finalize (GObject *object)
{
  InspVendorView *self = INSP_VENDOR_VIEW (object);

  g_free (self->application);
  g_clear_pointer (&self->expanded, g_hash_table_unref);

  G_OBJECT_CLASS (insp_vendor_view_parent_class)->finalize (object);
}

static void
insp_vendor_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  InspVendorView *self = INSP_VENDOR_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_APPLICATION:
      g_value_set_string (value, self->application);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_vendor_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  InspVendorView *self = INSP_VENDOR_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_vendor_view_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_APPLICATION:
      insp_vendor_view_set_application (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_vendor_view_class_init (InspVendorViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_vendor_view_dispose;
  object_class->finalize = insp_vendor_view_finalize;
  object_class->get_property = insp_vendor_view_get_property;
  object_class->set_property = insp_vendor_view_set_property;

  /**
   * InspVendorView:workspace: (nullable)
   *
   * The workspace the application is in.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspVendorView:application: (nullable)
   *
   * The uuid of the application whose vendors are shown.
   */
  properties[PROP_APPLICATION] =
    g_param_spec_string ("application", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "insp-vendor-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "vendors.add", NULL, add_vendor_action);
  gtk_widget_class_install_action (widget_class, "vendors.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "vendors.add-question", "(ss)",
                                   add_question_action);
  gtk_widget_class_install_action (widget_class, "vendors.remove-question", "s",
                                   remove_question_action);
  gtk_widget_class_install_action (widget_class, "vendors.remove", "s", remove_vendor_action);
}

static GtkWidget *
create_header_button (const char *label,
                      const char *name,
                      const char *icon_name,
                      const char *tooltip,
                      const char *action_name)
{
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "child", g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                           "label", label,
                                                           "icon-name", icon_name,
                                                           "use-underline", TRUE,
                                                           NULL),
                                    "tooltip-text", tooltip,
                                    "action-name", action_name,
                                    "halign", GTK_ALIGN_START,
                                    NULL);

  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static void
insp_vendor_view_init (InspVendorView *self)
{
  GtkWidget *buttons;

  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Vendor Dialogue"), -1);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_visible (self->box, FALSE);

  self->error_label = g_object_new (GTK_TYPE_LABEL,
                                    "visible", FALSE,
                                    "xalign", 0.0f,
                                    "wrap", TRUE,
                                    NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->error_label));

  self->empty_label = g_object_new (GTK_TYPE_LABEL,
                                    "label", _("No vendor yet. Ask each vendor you consider "
                                               "the same questions, and compare the answers."),
                                    "xalign", 0.0f,
                                    "wrap", TRUE,
                                    NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->empty_label));

  self->vendors_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (self->box), self->vendors_box);

  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  self->add_button = create_header_button (_("Add _Vendor…"), _("Add Vendor…"),
                                           "list-add-symbolic",
                                           _("Add a vendor with the built-in questions"),
                                           "vendors.add");
  gtk_box_append (GTK_BOX (buttons), self->add_button);
  self->compare_button = create_header_button (_("_Compare Vendors"), _("Compare Vendors"),
                                               "view-dual-symbolic",
                                               _("The vendors’ ratings side by side"),
                                               "vendors.compare");
  gtk_box_append (GTK_BOX (buttons), self->compare_button);
  gtk_box_append (GTK_BOX (self->box), buttons);
}
