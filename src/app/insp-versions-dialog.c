/* insp-versions-dialog.c — the versions of the vision: history, comparison, restore, review
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the left the history: "Current text", then the versions, newest first, each with its
 * date, its author's role and where its review stands. On the right what changed between two
 * states of the vision, chosen with From and To. Choosing a version in the history compares
 * it with the current text (what restoring it would change); choosing "Current text"
 * compares the latest version with it (what changed since).
 *
 * Save Version… keeps the text as it is now. The menu of the chosen version restores it
 * (the text as it is now is saved as a version first, and a toast offers Undo, which
 * restores that version), puts it in review or opens its review, and removes a review with
 * a reason (it stays listed, as removed). The compare view restores single sections.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-versions-dialog.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "insp-error-label.h"
#include "insp-name-dialog.h"
#include "insp-review-dialog.h"
#include "insp-toast.h"
#include "insp-version.h"
#include "insp-vision-page.h"
#include "insp-window.h"

#define SAVE_RESPONSE "save"
#define RESTORE_RESPONSE "restore"

/* How long a toast shows or hides: libadwaita 1.2's toast overlay reads freed memory when it is
 * unmapped while a toast that was dismissed early still moves (fixed in 1.3). */
#define TOAST_ANIMATION_MS 700

struct _InspVersionsDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkButton       *back_button;
  GtkButton       *save_button;
  GtkMenuButton   *menu_button;
  GtkLabel        *error_label;
  GtkStack        *stack;
  AdwLeaflet      *leaflet;
  GtkWidget       *sidebar;
  GtkWidget       *content;
  GtkListBox      *version_list;
  GtkDropDown     *from_dropdown;
  GtkDropDown     *to_dropdown;
  InspCompareView *compare_view;

  InspWorkspace   *workspace;
  GPtrArray       *versions;        /* InspVersion, by number */
  GPtrArray       *reviews;         /* InspReview */
  GtkStringList   *from_model;      /* the versions */
  GtkStringList   *to_model;        /* the versions, then "Current text" */
  GMenu           *menu;
  InspVersion     *undo_snapshot;   /* what the Undo of the toast shown brings back */
  guint            close_id;

  guint            selected;        /* the version chosen in the history; 0: the current text */
  gboolean         updating;        /* filling the lists: not a choice */
  gboolean         loaded;
  guint            reload_id;
};

G_DEFINE_FINAL_TYPE (InspVersionsDialog, insp_versions_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (InspVersionsDialog *self);

/* --- Helpers ------------------------------------------------------------------------------ */

/**
 * insp_versions_format_date:
 * @date: (nullable): a date (YYYY-MM-DD) or a time (ISO 8601)
 *
 * Returns: (transfer full) (nullable): the date as people write it, such as "19 May 2026",
 *   in the local time zone; @date itself when it cannot be read
 */
char *
insp_versions_format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *formatted = NULL;
  int year, month, day;
  char end;

  if (date == NULL)
    return NULL;

  if (sscanf (date, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3)
    {
      if (g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        time = g_date_time_new_local (year, month, day, 12, 0, 0);
    }
  else
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (date, utc);

      if (parsed != NULL)
        time = g_date_time_to_local (parsed);
    }

  if (time == NULL)
    return g_strdup (date);

  /* Translators: a date, such as "19 May 2026"; see the formats of g_date_time_format ()
   * ("%-e": the day without padding) */
  formatted = g_date_time_format (time, _("%-e %B %Y"));
  if (formatted == NULL)
    return g_strdup (date);
  g_strstrip (formatted);
  return g_steal_pointer (&formatted);
}

static char *
dup_version_title (InspVersion *version)
{
  /* Translators: a version of the vision: its number and its name, such as
   * "Version 2 — Revised after review" */
  return g_strdup_printf (_("Version %u — %s"), insp_version_get_number (version),
                          insp_version_get_label (version));
}

static InspVersion *
find_version (InspVersionsDialog *self,
              guint               number,
              guint              *index)
{
  for (guint i = 0; self->versions != NULL && i < self->versions->len; i++)
    {
      InspVersion *version = g_ptr_array_index (self->versions, i);

      if (insp_version_get_number (version) == number)
        {
          if (index != NULL)
            *index = i;
          return version;
        }
    }
  return NULL;
}

static InspVersion *
get_latest (InspVersionsDialog *self)
{
  if (self->versions == NULL || self->versions->len == 0)
    return NULL;
  return g_ptr_array_index (self->versions, self->versions->len - 1);
}

/* The review to open for @version (in review, else signed off), and the last one removed. */
static void
find_reviews (InspVersionsDialog  *self,
              InspVersion         *version,
              InspReview         **open,
              InspReview         **signed_off,
              InspReview         **removed)
{
  *open = *signed_off = *removed = NULL;

  for (guint i = 0; self->reviews != NULL && i < self->reviews->len; i++)
    {
      InspReview *review = g_ptr_array_index (self->reviews, i);

      if (g_strcmp0 (insp_review_get_version (review), insp_version_get_uuid (version)) != 0)
        continue;
      if (insp_review_is_removed (review))
        *removed = review;
      else if (insp_review_is_signed (review))
        *signed_off = review;
      else
        *open = review;
    }
}

static void
show_error (InspVersionsDialog *self,
            const GError       *error)
{
  insp_error_label_show (self->error_label, error);
}

static gboolean
on_close_timeout (gpointer data)
{
  InspVersionsDialog *self = data;

  self->close_id = 0;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

/* With libadwaita 1.2, the dialog closes once its toasts stopped moving (see
 * TOAST_ANIMATION_MS). */
static gboolean
on_close_request (InspVersionsDialog *self)
{
  gint64 moved = insp_toast_get_last_moved (self->toast_overlay);
  gint64 elapsed_ms = (g_get_monotonic_time () - moved) / 1000;

  if (adw_get_major_version () > 1 || adw_get_minor_version () >= 3
      || moved == 0 || elapsed_ms >= TOAST_ANIMATION_MS)
    return FALSE;

  if (self->close_id == 0)
    self->close_id = g_timeout_add ((guint) (TOAST_ANIMATION_MS - elapsed_ms), on_close_timeout,
                                    self);
  return TRUE;
}

/* What is being typed in the vision's editor is written before a version is made of it. */
static void
flush_vision (InspVersionsDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkWidget *page;

  if (!INSP_IS_WINDOW (parent))
    return;

  page = insp_window_get_page (INSP_WINDOW (parent), "vision");
  if (page != NULL && INSP_IS_VISION_PAGE (page))
    insp_vision_page_flush (INSP_VISION_PAGE (page));
}

/* --- The history -------------------------------------------------------------------------- */

static char *
describe_version (InspVersionsDialog *self,
                  InspVersion        *version)
{
  g_autofree char *date = insp_versions_format_date (insp_version_get_created (version));
  const char *role = insp_version_get_author_role (version);
  /* Translators: the separator between a version's date, author and review state */
  const char *separator = _(" · ");
  InspReview *open, *signed_off, *removed;
  GString *text = g_string_new (date);

  if (role != NULL && role[0] != '\0')
    {
      g_string_append (text, separator);
      g_string_append (text, role);
    }

  find_reviews (self, version, &open, &signed_off, &removed);
  if (open != NULL || signed_off != NULL || removed != NULL)
    g_string_append (text, separator);
  if (open != NULL)
    /* Translators: the state of a version's review: not signed off yet */
    g_string_append (text, _("In review"));
  else if (signed_off != NULL)
    /* Translators: the state of a version's review: signed off */
    g_string_append (text, _("Reviewed"));
  else if (removed != NULL)
    /* Translators: the state of a version's review: removed, with a reason */
    g_string_append (text, _("Review removed"));

  return g_string_free (text, FALSE);
}

static char *
describe_current (InspVersionsDialog *self)
{
  InspVersion *latest = get_latest (self);
  g_autoptr(GError) error = NULL;
  guint changed;

  if (latest == NULL)
    return g_strdup (_("Not saved as a version yet"));

  changed = insp_workspace_count_changed_since (self->workspace, latest, &error);
  if (error != NULL)
    return g_strdup (error->message);
  if (changed == 0)
    return g_strdup_printf (_("The same as version %u"), insp_version_get_number (latest));

  /* Translators: how the text as it is now differs from the latest version */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u section changed since version %u",
                                       "%u sections changed since version %u", changed),
                          changed, insp_version_get_number (latest));
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle,
            guint       number)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "number", GUINT_TO_POINTER (number));
  return row;
}

static GtkListBoxRow *
find_row (InspVersionsDialog *self,
          guint               number)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->version_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child)
        && GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "number")) == number)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
rebuild_rows (InspVersionsDialog *self)
{
  g_autofree char *current = describe_current (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->version_list))) != NULL)
    gtk_list_box_remove (self->version_list, child);

  /* Translators: in the list of versions, the vision as it is now, not saved as a version */
  gtk_list_box_append (self->version_list, create_row (_("Current text"), current, 0));

  for (guint i = self->versions->len; i > 0; i--)
    {
      InspVersion *version = g_ptr_array_index (self->versions, i - 1);
      g_autofree char *title = dup_version_title (version);
      g_autofree char *subtitle = describe_version (self, version);

      gtk_list_box_append (self->version_list,
                           create_row (title, subtitle, insp_version_get_number (version)));
    }
}

/* --- The comparison ----------------------------------------------------------------------- */

static void
rebuild_models (InspVersionsDialog *self)
{
  guint n_versions = self->versions->len;
  g_autofree const char **titles = g_new0 (const char *, n_versions + 2);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_versions; i++)
    {
      char *title = dup_version_title (g_ptr_array_index (self->versions, i));

      g_ptr_array_add (keep, title);
      titles[i] = title;
    }

  gtk_string_list_splice (self->from_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->from_model)), titles);
  titles[n_versions] = _("Current text");
  gtk_string_list_splice (self->to_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->to_model)), titles);
}

static guint
get_from_number (InspVersionsDialog *self)
{
  guint index = gtk_drop_down_get_selected (self->from_dropdown);

  if (self->versions == NULL || index >= self->versions->len)
    return 0;
  return insp_version_get_number (g_ptr_array_index (self->versions, index));
}

static guint
get_to_number (InspVersionsDialog *self)
{
  guint index = gtk_drop_down_get_selected (self->to_dropdown);

  if (self->versions == NULL || index >= self->versions->len)
    return 0;
  return insp_version_get_number (g_ptr_array_index (self->versions, index));
}

/* Chooses From and To without comparing; 0 for To is the current text. */
static void
set_compared (InspVersionsDialog *self,
              guint               from,
              guint               to)
{
  gboolean updating = self->updating;
  guint index;

  self->updating = TRUE;
  if (find_version (self, from, &index) != NULL)
    gtk_drop_down_set_selected (self->from_dropdown, index);
  else if (self->versions->len > 0)
    gtk_drop_down_set_selected (self->from_dropdown, self->versions->len - 1);

  if (to != 0 && find_version (self, to, &index) != NULL)
    gtk_drop_down_set_selected (self->to_dropdown, index);
  else
    gtk_drop_down_set_selected (self->to_dropdown, self->versions->len);
  self->updating = updating;
}

static void
compare (InspVersionsDialog *self)
{
  guint from_index = gtk_drop_down_get_selected (self->from_dropdown);
  guint to_index = gtk_drop_down_get_selected (self->to_dropdown);
  g_autoptr(GPtrArray) diffs = NULL;
  g_autoptr(GError) error = NULL;
  InspVersion *from, *to = NULL;

  insp_compare_view_set_diff (self->compare_view, NULL);
  if (self->versions == NULL || from_index >= self->versions->len)
    return;

  from = g_ptr_array_index (self->versions, from_index);
  if (to_index < self->versions->len)
    to = g_ptr_array_index (self->versions, to_index);

  diffs = insp_workspace_compare (self->workspace, from, to, &error);
  if (diffs == NULL)
    {
      show_error (self, error);
      return;
    }

  /* Sections are restored into the current text: offered when that is what is compared. */
  insp_compare_view_set_restore_version (self->compare_view,
                                         to == NULL ? insp_version_get_number (from) : 0);
  insp_compare_view_set_diff (self->compare_view, diffs);
}

static void
on_dropdown_selected (InspVersionsDialog *self)
{
  if (self->updating)
    return;
  compare (self);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   NULL);

  gtk_list_item_set_child (item, label);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static void
setup_dropdown (GtkDropDown   *dropdown,
                GtkStringList *model,
                const char    *accessible_name)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));

  /* GTK 4.8's drop-down does not pass its name on to the button inside it, which is what
   * a screen reader lands on. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible_name, -1);
}

/* --- The menu of the chosen version ------------------------------------------------------- */

static void
update_menu (InspVersionsDialog *self)
{
  InspVersion *version = find_version (self, self->selected, NULL);
  InspReview *open = NULL, *signed_off = NULL, *removed = NULL;
  g_autoptr(GMenu) restore_section = g_menu_new ();
  g_autoptr(GMenu) review_section = g_menu_new ();
  GtkWidget *widget = GTK_WIDGET (self);

  if (version != NULL)
    find_reviews (self, version, &open, &signed_off, &removed);

  g_menu_remove_all (self->menu);
  g_menu_append (restore_section, _("_Restore This Version…"), "versions.restore");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (restore_section));
  if (open != NULL || signed_off != NULL)
    g_menu_append (review_section, _("_Open Review"), "versions.review");
  else
    g_menu_append (review_section, _("_Put in Review"), "versions.review");
  if (removed != NULL)
    g_menu_append (review_section, _("Show Removed Re_view"), "versions.show-removed-review");
  g_menu_append (review_section, _("Re_move Review…"), "versions.remove-review");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (review_section));

  gtk_widget_action_set_enabled (widget, "versions.restore", version != NULL);
  gtk_widget_action_set_enabled (widget, "versions.review", version != NULL);
  gtk_widget_action_set_enabled (widget, "versions.show-removed-review", removed != NULL);
  gtk_widget_action_set_enabled (widget, "versions.remove-review",
                                 open != NULL || signed_off != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->menu_button), version != NULL);

  if (version != NULL)
    {
      /* Translators: the tooltip of the menu of the version chosen in the history */
      g_autofree char *tooltip = g_strdup_printf (_("Menu of Version %u"),
                                                  insp_version_get_number (version));

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), tooltip);
    }
  else
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button),
                                   _("Choose a version for its menu"));
    }
}

/* --- Choosing ----------------------------------------------------------------------------- */

static void
select_row (InspVersionsDialog *self,
            guint               number)
{
  GtkListBoxRow *row = find_row (self, number);

  if (row == NULL)
    row = find_row (self, 0);
  if (row != NULL)
    gtk_list_box_select_row (self->version_list, row);
}

static void
on_row_selected (InspVersionsDialog *self,
                 GtkListBoxRow      *row)
{
  InspVersion *latest = get_latest (self);

  if (row == NULL)
    return;

  self->selected = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "number"));
  update_menu (self);
  if (self->updating)
    return;

  /* A version: what restoring it would change. The current text: what changed since the
   * latest version. */
  if (self->selected != 0)
    set_compared (self, self->selected, 0);
  else if (latest != NULL)
    set_compared (self, insp_version_get_number (latest), 0);
  compare (self);
}

static void
on_row_activated (InspVersionsDialog *self,
                  GtkListBoxRow      *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_clicked (InspVersionsDialog *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_leaflet_notify (InspVersionsDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          adw_leaflet_get_folded (self->leaflet)
                          && adw_leaflet_get_visible_child (self->leaflet) == self->content);
}

/* --- Reading the workspace ---------------------------------------------------------------- */

static void
reload (InspVersionsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  gboolean list_had_focus;
  guint from, to;

  g_clear_handle_id (&self->reload_id, g_source_remove);

  versions = insp_workspace_list_versions (self->workspace, &error);
  if (versions != NULL)
    reviews = insp_workspace_list_reviews (self->workspace, &error);
  if (reviews == NULL)
    {
      show_error (self, error);
      return;
    }
  show_error (self, NULL);

  /* What was compared stays compared, as far as it still exists. */
  from = get_from_number (self);
  to = get_to_number (self);

  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  self->versions = g_steal_pointer (&versions);
  self->reviews = g_steal_pointer (&reviews);

  list_had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self->version_list)) != NULL;

  self->updating = TRUE;
  rebuild_models (self);
  rebuild_rows (self);
  if (find_version (self, self->selected, NULL) == NULL)
    self->selected = 0;
  if (!self->loaded)
    {
      InspVersion *latest = get_latest (self);

      set_compared (self, latest != NULL ? insp_version_get_number (latest) : 0, 0);
      self->loaded = TRUE;
    }
  else
    set_compared (self, from, to);
  select_row (self, self->selected);
  self->updating = FALSE;

  if (list_had_focus)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->version_list);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }

  gtk_stack_set_visible_child_name (self->stack, self->versions->len > 0 ? "versions" : "empty");
  update_menu (self);
  compare (self);
}

static gboolean
on_reload_idle (gpointer data)
{
  InspVersionsDialog *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Several changes of one action (a restore saves a version, then changes the sections) are
 * read once. */
static void
queue_reload (InspVersionsDialog *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (on_reload_idle, self);
}

/* --- Save Version… ------------------------------------------------------------------------ */

static void present_save_dialog (InspVersionsDialog *self,
                                 const char         *label,
                                 const char         *author_role,
                                 const char         *error_message);

static char *
dup_row_text (GtkWidget *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
on_save_label_changed (GtkEditable      *row,
                       AdwMessageDialog *dialog)
{
  g_autofree char *label = dup_row_text (GTK_WIDGET (row));

  adw_message_dialog_set_response_enabled (dialog, SAVE_RESPONSE, label != NULL);
}

static void
on_save_response (AdwMessageDialog   *dialog,
                  const char         *response,
                  InspVersionsDialog *self)
{
  g_autofree char *label = dup_row_text (g_object_get_data (G_OBJECT (dialog), "label-row"));
  g_autofree char *role = dup_row_text (g_object_get_data (G_OBJECT (dialog), "role-row"));
  g_autoptr(InspVersion) version = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, SAVE_RESPONSE))
    return;

  flush_vision (self);
  version = insp_workspace_save_version (self->workspace, label, role, &error);
  if (version == NULL)
    {
      /* Again, with what was typed and why it was refused. */
      present_save_dialog (self, label, role, error->message);
      return;
    }

  /* The new version is chosen in the history: its menu puts it in review. */
  self->selected = insp_version_get_number (version);
  reload (self);
  select_row (self, insp_version_get_number (version));
}

static void
present_save_dialog (InspVersionsDialog *self,
                     const char         *label,
                     const char         *author_role,
                     const char         *error_message)
{
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *label_row, *role_row, *error;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save a Version"),
                                                       _("The vision as it is now is kept "
                                                         "under a name, to be reviewed or "
                                                         "compared later. You can go on "
                                                         "writing: the version does not "
                                                         "change.")));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The New Version"), -1);
  gtk_box_append (GTK_BOX (box), list);

  label_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                            /* Translators: the name of a new version, such as "Draft for the
                             * works council" */
                            "title", _("Name"),
                            "use-underline", FALSE,
                            "activates-default", TRUE,
                            "text", label != NULL ? label : "",
                            NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), label_row);
  role_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                           "title", _("Author’s role"),
                           "activates-default", TRUE,
                           "text", author_role != NULL ? author_role : "",
                           NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), role_row);

  error = insp_dialog_append_hint_and_error (
    GTK_BOX (box),
    _("The role of who saves it, such as “HR manager” or “Works council”, rather than a name."),
    error_message);
  adw_message_dialog_set_extra_child (dialog, box);

  g_object_set_data (G_OBJECT (dialog), "label-row", label_row);
  g_object_set_data (G_OBJECT (dialog), "role-row", role_row);
  g_object_set_data (G_OBJECT (dialog), "error-label", error);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    SAVE_RESPONSE, _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, SAVE_RESPONSE, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, SAVE_RESPONSE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  on_save_label_changed (GTK_EDITABLE (label_row), dialog);
  g_signal_connect_object (label_row, "changed", G_CALLBACK (on_save_label_changed), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_response), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (label_row);
  gtk_editable_select_region (GTK_EDITABLE (label_row), 0, -1);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (widget);
  g_autofree char *label = NULL;
  guint next = 1;

  if (self->versions != NULL && self->versions->len > 0)
    next = insp_version_get_number (get_latest (self)) + 1;

  /* Translators: the name a new version gets unless one is typed */
  label = g_strdup_printf (_("Version %u"), next);
  present_save_dialog (self, label, NULL, NULL);
}

/* --- Restoring ---------------------------------------------------------------------------- */

static void
on_undo_clicked (InspVersionsDialog *self)
{
  g_autoptr(InspVersion) snapshot = g_steal_pointer (&self->undo_snapshot);
  g_autoptr(InspVersion) again = NULL;
  g_autoptr(GError) error = NULL;

  if (snapshot == NULL)
    return;

  /* The text as it was before: the version the restore saved first. */
  again = insp_workspace_restore_version (self->workspace, snapshot, NULL, &error);
  if (again == NULL)
    show_error (self, error);
}

static void
show_restored_toast (InspVersionsDialog *self,
                     const char         *title,
                     InspVersion        *snapshot)
{
  g_set_object (&self->undo_snapshot, snapshot);
  insp_toast_show (self->toast_overlay,
                   insp_toast_new_undo (title, G_CALLBACK (on_undo_clicked), self));
}

static void
on_restore_response (AdwMessageDialog   *dialog,
                     const char         *response,
                     InspVersionsDialog *self)
{
  guint number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "number"));
  InspVersion *version = find_version (self, number, NULL);
  g_autoptr(InspVersion) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!g_str_equal (response, RESTORE_RESPONSE) || version == NULL)
    return;

  flush_vision (self);
  snapshot = insp_workspace_restore_version (self->workspace, version, NULL, &error);
  if (snapshot == NULL)
    {
      show_error (self, error);
      return;
    }

  /* Translators: a toast after restoring a version, with Undo */
  title = g_strdup_printf (_("Vision restored to version %u"), number);
  show_restored_toast (self, title, snapshot);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (widget);
  InspVersion *version = find_version (self, self->selected, NULL);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (version == NULL)
    return;

  heading = g_strdup_printf (_("Restore Version %u?"), insp_version_get_number (version));
  /* Translators: %u and %s are the number and name of the version restored */
  body = g_strdup_printf (_("Every section becomes as it is in version %u, “%s”. First the "
                            "text as it is now is saved as a new version, so nothing is lost: "
                            "restore that version to go back."),
                          insp_version_get_number (version), insp_version_get_label (version));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    RESTORE_RESPONSE, _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, RESTORE_RESPONSE, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, RESTORE_RESPONSE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "number",
                     GUINT_TO_POINTER (insp_version_get_number (version)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_restore_section (InspVersionsDialog *self,
                    const char         *section)
{
  guint number = insp_compare_view_get_restore_version (self->compare_view);
  InspVersion *version = find_version (self, number, NULL);
  GPtrArray *sections;
  g_autoptr(InspVersion) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *section_title = NULL;

  if (version == NULL)
    return;

  sections = insp_version_get_sections (version);
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    if (g_strcmp0 (insp_section_get_uuid (g_ptr_array_index (sections, i)), section) == 0)
      section_title = insp_section_get_display_title (g_ptr_array_index (sections, i));

  flush_vision (self);
  snapshot = insp_workspace_restore_version (self->workspace, version, section, &error);
  if (snapshot == NULL)
    {
      show_error (self, error);
      return;
    }

  /* Translators: a toast after restoring one section, with Undo: the section's title and
   * the version it comes from */
  title = g_strdup_printf (_("“%s” restored from version %u"),
                           section_title != NULL ? section_title : "", number);
  show_restored_toast (self, title, snapshot);
}

/* --- Reviews ------------------------------------------------------------------------------ */

static void
open_review (InspVersionsDialog *self,
             InspReview         *review)
{
  InspReviewDialog *dialog = insp_review_dialog_new (GTK_WINDOW (self), self->workspace,
                                                     insp_review_get_uuid (review));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (widget);
  InspVersion *version = find_version (self, self->selected, NULL);
  InspReview *open, *signed_off, *removed;
  g_autoptr(InspReview) started = NULL;
  g_autoptr(GError) error = NULL;

  if (version == NULL)
    return;

  find_reviews (self, version, &open, &signed_off, &removed);
  if (open != NULL || signed_off != NULL)
    {
      open_review (self, open != NULL ? open : signed_off);
      return;
    }

  started = insp_workspace_start_review (self->workspace, version, &error);
  if (started == NULL)
    {
      show_error (self, error);
      return;
    }
  open_review (self, started);
}

static void
show_removed_review_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (widget);
  InspVersion *version = find_version (self, self->selected, NULL);
  InspReview *open, *signed_off, *removed;

  if (version == NULL)
    return;

  find_reviews (self, version, &open, &signed_off, &removed);
  if (removed != NULL)
    open_review (self, removed);
}

static void
on_remove_review_response (AdwMessageDialog   *dialog,
                           const char         *response,
                           InspVersionsDialog *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "review");
  g_autofree char *reason = insp_name_dialog_dup_name (dialog);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, INSP_NAME_DIALOG_ACCEPT) || reason == NULL)
    return;

  /* The history says so: "Review removed". */
  if (!insp_workspace_remove_review (self->workspace, uuid, reason, &error))
    show_error (self, error);
}

static void
remove_review_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (widget);
  InspVersion *version = find_version (self, self->selected, NULL);
  InspReview *open, *signed_off, *removed, *review;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (version == NULL)
    return;

  find_reviews (self, version, &open, &signed_off, &removed);
  review = open != NULL ? open : signed_off;
  if (review == NULL)
    return;

  heading = g_strdup_printf (_("Remove the Review of Version %u?"),
                             insp_version_get_number (version));
  dialog = insp_name_dialog_present (GTK_WINDOW (self), heading,
                                     _("The review stays in the history of the vision, marked "
                                       "as removed, with the reason you give here. This cannot "
                                       "be undone."),
                                     _("Reason"), _("Reason for Removing the Review"),
                                     _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, INSP_NAME_DIALOG_ACCEPT,
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "review", g_strdup (insp_review_get_uuid (review)),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_review_response), self, 0);
}

/* --- Public ------------------------------------------------------------------------------- */

/**
 * insp_versions_dialog_select_version:
 * @self: a versions dialog
 * @number: a version's number, or 0 for the current text
 *
 * Chooses a version in the history, as a click does: its menu applies to it, and it is
 * compared with the current text.
 */
void
insp_versions_dialog_select_version (InspVersionsDialog *self,
                                     guint               number)
{
  g_return_if_fail (INSP_IS_VERSIONS_DIALOG (self));

  select_row (self, number);
}

/**
 * insp_versions_dialog_get_selected:
 * @self: a versions dialog
 *
 * Returns: the number of the version chosen in the history, 0 for the current text
 */
guint
insp_versions_dialog_get_selected (InspVersionsDialog *self)
{
  g_return_val_if_fail (INSP_IS_VERSIONS_DIALOG (self), 0);

  return self->selected;
}

/**
 * insp_versions_dialog_compare:
 * @self: a versions dialog
 * @from: a version's number
 * @to: a version's number, or 0 for the current text
 *
 * Compares two states of the vision, as choosing them in From and To does.
 */
void
insp_versions_dialog_compare (InspVersionsDialog *self,
                              guint               from,
                              guint               to)
{
  g_return_if_fail (INSP_IS_VERSIONS_DIALOG (self));

  if (self->reload_id != 0)
    reload (self);
  set_compared (self, from, to);
  compare (self);
}

/**
 * insp_versions_dialog_get_compare_view:
 * @self: a versions dialog
 *
 * Returns: (transfer none): the view of the comparison
 */
InspCompareView *
insp_versions_dialog_get_compare_view (InspVersionsDialog *self)
{
  g_return_val_if_fail (INSP_IS_VERSIONS_DIALOG (self), NULL);

  return self->compare_view;
}

/* --- The class ---------------------------------------------------------------------------- */

static void
on_workspace_changed (InspVersionsDialog *self)
{
  queue_reload (self);
}

static void
insp_versions_dialog_constructed (GObject *object)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (object);
  const char *name;

  G_OBJECT_CLASS (insp_versions_dialog_parent_class)->constructed (object);

  g_assert (INSP_IS_WORKSPACE (self->workspace));

  name = insp_organisation_get_name (insp_workspace_get_organisation (self->workspace));
  adw_window_title_set_subtitle (self->window_title, name != NULL ? name : "");

  g_signal_connect_object (self->workspace, "changed::versions",
                           G_CALLBACK (on_workspace_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "changed::reviews",
                           G_CALLBACK (on_workspace_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "changed::sections",
                           G_CALLBACK (on_workspace_changed), self, G_CONNECT_SWAPPED);

  /* The text being written in the vision's editor counts as the current text. */
  flush_vision (self);
  reload (self);

  if (self->versions != NULL && self->versions->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (self->version_list)));
}

static void
insp_versions_dialog_dispose (GObject *object)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_handle_id (&self->close_id, g_source_remove);
  g_clear_object (&self->undo_snapshot);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_VERSIONS_DIALOG);

  g_clear_object (&self->workspace);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_object (&self->from_model);
  g_clear_object (&self->to_model);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (insp_versions_dialog_parent_class)->dispose (object);
}

static void
insp_versions_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (object);

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
insp_versions_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  InspVersionsDialog *self = INSP_VERSIONS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_versions_dialog_class_init (InspVersionsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = insp_versions_dialog_constructed;
  object_class->dispose = insp_versions_dialog_dispose;
  object_class->get_property = insp_versions_dialog_get_property;
  object_class->set_property = insp_versions_dialog_set_property;

  /**
   * InspVersionsDialog:workspace:
   *
   * The workspace whose vision's versions are shown.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (INSP_TYPE_COMPARE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-versions-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, menu_button);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, sidebar);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, content);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, version_list);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, from_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InspVersionsDialog, compare_view);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_notify);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_section);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request);

  gtk_widget_class_install_action (widget_class, "versions.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "versions.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "versions.review", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "versions.show-removed-review", NULL,
                                   show_removed_review_action);
  gtk_widget_class_install_action (widget_class, "versions.remove-review", NULL,
                                   remove_review_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "versions.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_versions_dialog_init (InspVersionsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->from_model = gtk_string_list_new (NULL);
  self->to_model = gtk_string_list_new (NULL);
  setup_dropdown (self->from_dropdown, self->from_model, _("Compare From"));
  setup_dropdown (self->to_dropdown, self->to_model, _("Compare To"));
  g_signal_connect_swapped (self->from_dropdown, "notify::selected",
                            G_CALLBACK (on_dropdown_selected), self);
  g_signal_connect_swapped (self->to_dropdown, "notify::selected",
                            G_CALLBACK (on_dropdown_selected), self);

  self->menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (self->menu));
}

/**
 * insp_versions_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace whose vision's versions are shown
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspVersionsDialog *
insp_versions_dialog_new (GtkWindow     *parent,
                          InspWorkspace *workspace)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);

  return g_object_new (INSP_TYPE_VERSIONS_DIALOG,
                       "transient-for", parent,
                       "workspace", workspace,
                       NULL);
}
