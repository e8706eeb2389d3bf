/* insp-flag-list.c — the guidance's flags where they apply, each with a way to fix it
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A boxed list of the flags the guidance raises on one subject (an application, a phase, a
 * section): each with its severity as an icon and in words, the message — what is wrong, why
 * it matters, what to do — a "Fix…" button that goes to the place where it is fixed, and a
 * link to the rule's help page. Given a workspace and a subject, the list follows the
 * workspace: after a change it runs the guidance again, once, when the change is all in.
 * Given the flags instead, it shows those (the track view runs the guidance once for all its
 * phases).
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-flag-list.h"

#include <glib/gi18n.h>

#include "insp-app.h"
#include "insp-applications-page.h"
#include "insp-guidance.h"
#include "insp-impact-page.h"
#include "insp-invisible-work-view.h"
#include "insp-track-view.h"
#include "insp-vendor-view.h"
#include "insp-vision-page.h"
#include "insp-window.h"

/* One flag as shown: a copy of the core's, which the list does not keep. */
typedef struct
{
  char         *id;
  InspSeverity  severity;
  char         *subject_type;
  char         *subject;
  char         *application;
  char         *phase;
  guint         round;
  GtkWidget    *fix_button;   /* (unowned) */
} Item;

struct _InspFlagList
{
  GtkWidget      parent_instance;

  GtkWidget     *list;        /* the only child */
  GPtrArray     *items;       /* Item, in the order shown */

  InspWorkspace *workspace;
  char          *subject_type;
  char          *subject;
  guint          update_id;
};

G_DEFINE_FINAL_TYPE (InspFlagList, insp_flag_list, GTK_TYPE_WIDGET)

/* The rules' names, as their help pages are titled. */
static const struct
{
  const char *id;
  const char *title;
} rule_titles[] = {
  { "prohibited-system", N_("Prohibited AI practice") },
  { "involvement-recommended", N_("Involvement recommended") },
  { "level-below-recommended", N_("Participation below the recommended level") },
  { "late-involvement", N_("Employees involved too late") },
  { "rollout-without-pilot", N_("Rollout without a pilot") },
  { "no-continuous-involvement", N_("No continuous involvement") },
  { "no-frontrunner", N_("No frontrunner") },
  { "no-employee-impact-view", N_("No impact assessment by employees") },
  { "invisible-work-unbudgeted", N_("Invisible work without a budget") },
  { "vision-section-missing", N_("Vision section missing") },
  { "vendor-questions-open", N_("Vendor questions open") },
  { "representatives-not-informed", N_("Representatives not informed") },
  { "disagreement-undiscussed", N_("Disagreement not discussed") },
};

static void
item_free (Item *item)
{
  g_free (item->id);
  g_free (item->subject_type);
  g_free (item->subject);
  g_free (item->application);
  g_free (item->phase);
  g_free (item);
}

/**
 * insp_flag_list_get_rule_title:
 * @id: a rule's identifier, such as "no-frontrunner"
 *
 * Returns: the rule's name, translated, such as "No frontrunner"
 */
const char *
insp_flag_list_get_rule_title (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_titles); i++)
    if (g_strcmp0 (rule_titles[i].id, id) == 0)
      return _(rule_titles[i].title);
  return id;
}

static const char *
get_severity_label (InspSeverity severity)
{
  switch (severity)
    {
    case INSP_SEVERITY_ERROR:
      /* Translators: the severity of a guidance flag */
      return _("Error");
    case INSP_SEVERITY_WARNING:
      /* Translators: the severity of a guidance flag */
      return _("Warning");
    case INSP_SEVERITY_INFO:
    default:
      /* Translators: the severity of a guidance flag: a suggestion */
      return _("Advice");
    }
}

/* --- Going to the place where a flag is fixed ------------------------------------------------ */

static InspApplicationsPage *
show_application (InspWindow *window,
                  const char *application)
{
  GtkWidget *page;

  insp_window_show_page (window, "applications");
  page = insp_window_get_page (window, "applications");
  if (!INSP_IS_APPLICATIONS_PAGE (page))
    return NULL;
  if (application != NULL)
    insp_applications_page_show_application (INSP_APPLICATIONS_PAGE (page), application);
  return INSP_APPLICATIONS_PAGE (page);
}

/* The track's "(su)" actions, on a phase: its last round when @round is 0. */
static void
activate_track_action (InspApplicationsPage *page,
                       const char           *action,
                       const char           *phase,
                       guint                 round)
{
  InspTrackView *track_view;

  if (page == NULL)
    return;
  track_view = insp_applications_page_get_track_view (page);
  if (round == 0)
    while (insp_track_view_get_phase_state (track_view, phase, round + 1, NULL, NULL))
      round++;
  gtk_widget_activate_action (GTK_WIDGET (track_view), action, "(su)", phase, MAX (round, 1));
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The keyboard into a part of the application's page, such as its vendors. */
static void
focus_part (InspApplicationsPage *page,
            GType                 type)
{
  GtkWidget *part = find_descendant (GTK_WIDGET (page), type);

  if (part != NULL)
    gtk_widget_child_focus (part, GTK_DIR_TAB_FORWARD);
}

static void
fix_item (InspFlagList *self,
          Item         *item)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  InspWindow *window;
  InspApplicationsPage *page;
  GtkWidget *other;

  if (!INSP_IS_WINDOW (root))
    return;
  window = INSP_WINDOW (root);

  if (g_str_equal (item->id, "vision-section-missing"))
    {
      insp_window_show_page (window, "vision");
      other = insp_window_get_page (window, "vision");
      if (!INSP_IS_VISION_PAGE (other))
        return;
      if (g_str_equal (item->subject_type, "section"))
        {
          /* The section's text, to write it. */
          insp_vision_page_show_section (INSP_VISION_PAGE (other), item->subject);
          gtk_widget_grab_focus (insp_vision_page_get_view (INSP_VISION_PAGE (other)));
        }
      else
        gtk_widget_activate_action (other, "vision.add-section", NULL);
      return;
    }
  if (g_str_equal (item->id, "no-employee-impact-view")
      || g_str_equal (item->id, "disagreement-undiscussed"))
    {
      insp_window_show_page (window, "impact");
      other = insp_window_get_page (window, "impact");
      if (INSP_IS_IMPACT_PAGE (other) && item->application != NULL)
        insp_impact_page_show_application (INSP_IMPACT_PAGE (other), item->application);
      return;
    }

  page = show_application (window, item->application);
  if (page == NULL)
    return;
  if (g_str_equal (item->id, "level-below-recommended") && item->phase != NULL)
    activate_track_action (page, "track.add-activity", item->phase, item->round);
  else if (g_str_equal (item->id, "involvement-recommended"))
    activate_track_action (page, "track.add-activity", "needs", 1);
  else if (g_str_equal (item->id, "late-involvement"))
    activate_track_action (page, "track.add-activity", "rollout", 1);
  else if (g_str_equal (item->id, "no-continuous-involvement"))
    activate_track_action (page, "track.add-activity", "improvement", 1);
  else if (g_str_equal (item->id, "rollout-without-pilot"))
    activate_track_action (page, "track.edit-phase", "pilot", 0);
  else if (g_str_equal (item->id, "no-frontrunner"))
    gtk_widget_activate_action (GTK_WIDGET (page), "applications.link-person", NULL);
  else if (g_str_equal (item->id, "vendor-questions-open"))
    focus_part (page, INSP_TYPE_VENDOR_VIEW);
  else if (g_str_equal (item->id, "invisible-work-unbudgeted"))
    focus_part (page, INSP_TYPE_INVISIBLE_WORK_VIEW);
  else if (g_str_equal (item->id, "prohibited-system")
           || g_str_equal (item->id, "representatives-not-informed"))
    gtk_widget_activate_action (GTK_WIDGET (page), "applications.edit", NULL);
}

static void
on_fix_clicked (GtkButton    *button,
                InspFlagList *self)
{
  Item *item = g_object_get_data (G_OBJECT (button), "item");

  if (item != NULL)
    fix_item (self, item);
}

static void
on_help_clicked (GtkButton    *button,
                 InspFlagList *self)
{
  Item *item = g_object_get_data (G_OBJECT (button), "item");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GApplication *application = g_application_get_default ();
  g_autofree char *page_id = NULL;

  if (item == NULL || !INSP_IS_APP (application))
    return;
  page_id = g_strconcat ("rule-", item->id, NULL);
  insp_app_show_help (INSP_APP (application), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                      page_id);
}

/* --- The rows -------------------------------------------------------------------------------- */

static GtkWidget *
create_row (InspFlagList   *self,
            const InspFlag *flag,
            Item           *item)
{
  static const char *icons[] = {
    "dialog-error-symbolic", "dialog-warning-symbolic", "dialog-information-symbolic"
  };
  static const char *classes[] = { "error", "warning", "accent" };
  const char *title = insp_flag_list_get_rule_title (flag->id);
  const char *severity = get_severity_label (flag->severity);
  g_autofree char *heading = NULL;
  g_autofree char *row_name = NULL;
  g_autofree char *fix_name = NULL;
  g_autofree char *help_name = NULL;
  GtkWidget *row, *box, *image, *text, *label, *buttons, *fix, *help;
  guint s = MIN ((guint) flag->severity, G_N_ELEMENTS (icons) - 1);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* Translators: how a screen reader names a guidance flag: its severity, its rule and its
   * message, e.g. "Warning: No frontrunner. “Rostering planner” has no frontrunner. …" */
  row_name = g_strdup_printf (_("%s: %s. %s"), severity, title, flag->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  row_name, -1);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  image = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", icons[s],
                        "valign", GTK_ALIGN_START,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  gtk_widget_add_css_class (image, classes[s]);
  gtk_box_append (GTK_BOX (box), image);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  /* Translators: a guidance flag's heading: its severity and its rule, e.g.
   * "Warning · No frontrunner" */
  heading = g_strdup_printf (_("%s · %s"), severity, title);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", heading,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        NULL);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, classes[s]);
  gtk_box_append (GTK_BOX (text), label);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", flag->message,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "selectable", FALSE,
                        NULL);
  gtk_box_append (GTK_BOX (text), label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  gtk_widget_set_margin_top (buttons, 4);
  gtk_box_append (GTK_BOX (text), buttons);

  fix = g_object_new (GTK_TYPE_BUTTON,
                      "label", _("_Fix…"),
                      "use-underline", TRUE,
                      "tooltip-text", _("Go to where this is fixed"),
                      NULL);
  /* Translators: how a screen reader names a flag's Fix button, e.g. "Fix: No frontrunner" */
  fix_name = g_strdup_printf (_("Fix: %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (fix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fix_name, -1);
  g_object_set_data (G_OBJECT (fix), "item", item);
  g_signal_connect_object (fix, "clicked", G_CALLBACK (on_fix_clicked), self, 0);
  gtk_box_append (GTK_BOX (buttons), fix);
  item->fix_button = fix;

  help = g_object_new (GTK_TYPE_BUTTON,
                       "label", _("_Help"),
                       "use-underline", TRUE,
                       "tooltip-text", _("Why this matters, and what to do"),
                       NULL);
  gtk_widget_add_css_class (help, "flat");
  /* Translators: how a screen reader names a flag's Help button, e.g. "Help on No
   * frontrunner" */
  help_name = g_strdup_printf (_("Help on %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (help), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  help_name, -1);
  g_object_set_data (G_OBJECT (help), "item", item);
  g_signal_connect_object (help, "clicked", G_CALLBACK (on_help_clicked), self, 0);
  gtk_box_append (GTK_BOX (buttons), help);

  return row;
}

/**
 * insp_flag_list_set_flags:
 * @self: a flag list
 * @flags: (nullable) (element-type InspFlag): flags, as the guidance gives them
 * @subject_type: (nullable): shows only the flags about this kind of subject
 * @subject: (nullable): shows only the flags about this subject (an uuid)
 *
 * Shows the flags of @flags about the subject, in their order; none hides the list.
 */
void
insp_flag_list_set_flags (InspFlagList *self,
                          GPtrArray    *flags,
                          const char   *subject_type,
                          const char   *subject)
{
  GtkWidget *child;

  g_return_if_fail (INSP_IS_FLAG_LIST (self));

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_ptr_array_set_size (self->items, 0);

  for (guint i = 0; flags != NULL && i < flags->len; i++)
    {
      const InspFlag *flag = g_ptr_array_index (flags, i);
      Item *item;

      if ((subject_type != NULL && g_strcmp0 (flag->subject_type, subject_type) != 0)
          || (subject != NULL && g_strcmp0 (flag->subject, subject) != 0))
        continue;

      item = g_new0 (Item, 1);
      item->id = g_strdup (flag->id);
      item->severity = flag->severity;
      item->subject_type = g_strdup (flag->subject_type);
      item->subject = g_strdup (flag->subject);
      item->application = g_strdup (flag->application);
      item->phase = g_strdup (flag->phase);
      item->round = flag->round;
      g_ptr_array_add (self->items, item);
      gtk_list_box_append (GTK_LIST_BOX (self->list), create_row (self, flag, item));
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->items->len > 0);
}

/* --- Following a workspace ------------------------------------------------------------------- */

static void
update (InspFlagList *self)
{
  g_autoptr(GPtrArray) flags = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->workspace != NULL && self->subject != NULL)
    {
      /* Only what this list is about: an application's, or the organisation's (sections). */
      flags = insp_workspace_list_application_flags (
        self->workspace, g_strcmp0 (self->subject_type, "application") == 0 ? self->subject : NULL,
        NULL, &error);
      /* The page around says what went wrong reading the workspace. */
      if (flags == NULL)
        g_debug ("No guidance: %s", error->message);
    }
  insp_flag_list_set_flags (self, flags, self->subject_type,
                            self->subject != NULL ? self->subject : "");
}

static gboolean
on_update_idle (gpointer data)
{
  InspFlagList *self = data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

static void
queue_update (InspFlagList *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (on_update_idle, self);
}

/**
 * insp_flag_list_set_workspace:
 * @self: a flag list
 * @workspace: (nullable): the workspace whose flags are shown, followed as it changes
 */
void
insp_flag_list_set_workspace (InspFlagList  *self,
                              InspWorkspace *workspace)
{
  g_return_if_fail (INSP_IS_FLAG_LIST (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed", G_CALLBACK (queue_update), self,
                             G_CONNECT_SWAPPED);
  update (self);
}

/**
 * insp_flag_list_set_subject:
 * @self: a flag list
 * @subject_type: (nullable): "application", "phase", "section" or "organisation"
 * @subject: (nullable): the subject's uuid; %NULL shows no flag
 *
 * Shows the workspace's flags about one subject.
 */
void
insp_flag_list_set_subject (InspFlagList *self,
                            const char   *subject_type,
                            const char   *subject)
{
  g_return_if_fail (INSP_IS_FLAG_LIST (self));

  if (g_strcmp0 (self->subject_type, subject_type) == 0
      && g_strcmp0 (self->subject, subject) == 0)
    return;
  g_free (self->subject_type);
  self->subject_type = g_strdup (subject_type);
  g_free (self->subject);
  self->subject = g_strdup (subject);
  update (self);
}

/**
 * insp_flag_list_get_n_flags:
 * @self: a flag list
 *
 * Returns: how many flags are shown
 */
guint
insp_flag_list_get_n_flags (InspFlagList *self)
{
  g_return_val_if_fail (INSP_IS_FLAG_LIST (self), 0);

  return self->items->len;
}

/**
 * insp_flag_list_get_flag_id:
 * @self: a flag list
 * @index: a flag shown
 *
 * Returns: (nullable): the rule of the flag shown at @index
 */
const char *
insp_flag_list_get_flag_id (InspFlagList *self,
                            guint         index)
{
  g_return_val_if_fail (INSP_IS_FLAG_LIST (self), NULL);

  if (index >= self->items->len)
    return NULL;
  return ((Item *) g_ptr_array_index (self->items, index))->id;
}

/**
 * insp_flag_list_get_fix_button:
 * @self: a flag list
 * @index: a flag shown
 *
 * Returns: (transfer none) (nullable): the Fix button of the flag shown at @index
 */
GtkWidget *
insp_flag_list_get_fix_button (InspFlagList *self,
                               guint         index)
{
  g_return_val_if_fail (INSP_IS_FLAG_LIST (self), NULL);

  if (index >= self->items->len)
    return NULL;
  return ((Item *) g_ptr_array_index (self->items, index))->fix_button;
}

/* --- The widget ------------------------------------------------------------------------------ */

/**
 * insp_flag_list_new:
 *
 * Returns: (transfer floating): a flag list, hidden until it has a flag to show
 */
GtkWidget *
insp_flag_list_new (void)
{
  return g_object_new (INSP_TYPE_FLAG_LIST, NULL);
}

static void
insp_flag_list_dispose (GObject *object)
{
  InspFlagList *self = INSP_FLAG_LIST (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->list, gtk_widget_unparent);

  G_OBJECT_CLASS (insp_flag_list_parent_class)->dispose (object);
}

static void
insp_flag_list_finalize (GObject *object)
{
  InspFlagList *self = INSP_FLAG_LIST (object);

  g_ptr_array_unref (self->items);
  g_free (self->subject_type);
  g_free (self->subject);

  G_OBJECT_CLASS (insp_flag_list_parent_class)->finalize (object);
}

static void
insp_flag_list_class_init (InspFlagListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_flag_list_dispose;
  object_class->finalize = insp_flag_list_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "flaglist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
insp_flag_list_init (InspFlagList *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Guidance"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Guidance"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
