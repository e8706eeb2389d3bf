/* insp-practices-page.c — a casebook of good and bad practice
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The practices on the left, searchable (accents folded, the matching words shown); the
 * practice chosen on the right, edited in place and saved when typing pauses or the field is
 * left. The casebook is imported and exported on its own as JSON, so that knowledge centres
 * can collect practice across organisations. The page follows the workspace.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-practices-page.h"

#include <glib/gi18n.h>

#include "insp-error-label.h"
#include "insp-list-row.h"
#include "insp-name-dialog.h"
#include "insp-practice.h"
#include "insp-toast.h"
#include "insp-window.h"

/* Saved this long after typing pauses … */
#define SAVE_PAUSE_MS 1000
/* … and at least this often while it goes on. */
#define SAVE_MAX_DELAY_MS 5000
/* A casebook is refused when it is larger: it would not be a casebook. */
#define MAX_CASEBOOK_SIZE (64 * 1024 * 1024)
/* The problems of a refused casebook shown at most. */
#define MAX_IMPORT_ERRORS 10
#define MAX_HITS 500

struct _InspPracticesPage
{
  GtkWidget      parent_instance;

  AdwLeaflet    *leaflet;
  GtkWidget     *sidebar;
  GtkMenuButton *menu_button;
  GtkSearchEntry *search_entry;
  GtkStack      *list_stack;
  GtkListBox    *practice_list;
  GtkWidget     *add_button;
  GtkStack      *stack;
  AdwStatusPage *status_page;
  GtkWidget     *empty_add_button;
  GtkWidget     *empty_import_button;
  AdwStatusPage *no_results_page;
  GtkWidget     *detail;
  GtkLabel      *title_label;
  GtkLabel      *error_label;
  AdwEntryRow   *title_row;
  AdwComboRow   *kind_row;
  AdwEntryRow   *sector_row;
  GtkTextView   *description_view;
  GtkTextView   *effect_view;
  GtkTextView   *lessons_view;
  GtkWidget     *delete_button;

  InspWorkspace *workspace;
  GPtrArray     *practices;     /* InspPractice, as the workspace lists them */
  char          *selected;      /* the uuid of the practice shown */
  InspPractice  *deleted;       /* the practice deleted last, for Undo */
  GtkNativeDialog *chooser;     /* the file chooser shown, if any */
  guint          pause_save_id;
  guint          max_save_id;
  gboolean       dirty;         /* the fields hold what is not saved yet */
  gboolean       filling;       /* showing what is stored: not an edit */
  gboolean       saving;        /* the reload that follows a save keeps the fields */
};

G_DEFINE_FINAL_TYPE (InspPracticesPage, insp_practices_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The kinds in the order of the kind row's choices. */
static const char * const kinds[] = { "good", "bad" };

static void reload (InspPracticesPage *self);

static void
show_error (InspPracticesPage *self,
            const GError      *error)
{
  insp_error_label_show (self->error_label, error);
}

static InspPractice *
find_practice (InspPracticesPage *self,
               const char        *uuid)
{
  for (guint i = 0; self->practices != NULL && i < self->practices->len; i++)
    {
      InspPractice *practice = g_ptr_array_index (self->practices, i);

      if (g_strcmp0 (practice->uuid, uuid) == 0)
        return practice;
    }
  return NULL;
}

static const char *
get_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "bad") == 0)
    return _("Bad practice");
  return _("Good practice");
}

/* "Good practice · Logistics": what kind of example, and where. */
static char *
describe_practice (const InspPractice *practice)
{
  const char *kind = get_kind_label (practice->kind);

  if (practice->sector != NULL && practice->sector[0] != '\0')
    /* Translators: a practice's kind and sector, e.g. "Good practice · Logistics" */
    return g_strdup_printf (_("%s · %s"), kind, practice->sector);
  return g_strdup (kind);
}

/* --- The list -------------------------------------------------------------------------------- */

static GtkWidget *
create_practice_row (const InspPractice *practice,
                     const char         *snippet_markup)
{
  g_autofree char *subtitle = describe_practice (practice);
  GtkWidget *row = insp_list_row_new (practice->uuid, practice->title, subtitle, NULL);

  if (snippet_markup != NULL && snippet_markup[0] != '\0')
    {
      g_autofree char *plain = NULL;
      g_autofree char *accessible = NULL;
      GtkWidget *label;

      label = g_object_new (GTK_TYPE_LABEL,
                            "xalign", 0.0f,
                            "wrap", TRUE,
                            "wrap-mode", PANGO_WRAP_WORD_CHAR,
                            "lines", 3,
                            "ellipsize", PANGO_ELLIPSIZE_END,
                            NULL);
      gtk_label_set_markup (GTK_LABEL (label), snippet_markup);
      gtk_widget_add_css_class (label, "caption");
      insp_list_row_append (row, label);

      /* A screen reader reads what was found too. */
      if (pango_parse_markup (snippet_markup, -1, 0, NULL, &plain, NULL, NULL))
        {
          g_autofree char *lines = g_strdup_printf (_("%s, %s"), practice->title, subtitle);

          accessible = g_strdup_printf (_("%s, %s"), lines, plain);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          accessible, -1);
        }
    }
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Fills the list: every practice, or those the search finds. */
static void
fill_list (InspPracticesPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  self->filling = TRUE;
  clear_list (self->practice_list);

  if (self->workspace != NULL && stripped[0] != '\0')
    {
      hits = insp_workspace_search_practices (self->workspace, stripped, MAX_HITS, &error);
      if (hits == NULL)
        show_error (self, error);
    }

  if (hits != NULL)
    {
      for (guint i = 0; i < hits->len; i++)
        {
          InspPracticeHit *hit = g_ptr_array_index (hits, i);

          gtk_list_box_append (self->practice_list,
                               create_practice_row (hit->practice, hit->snippet_markup));
        }
      gtk_stack_set_visible_child_name (self->list_stack, hits->len > 0 ? "list" : "no-results");
    }
  else
    {
      for (guint i = 0; self->practices != NULL && i < self->practices->len; i++)
        gtk_list_box_append (self->practice_list,
                             create_practice_row (g_ptr_array_index (self->practices, i), NULL));
      gtk_stack_set_visible_child_name (self->list_stack, "list");
    }

  row = insp_list_box_find_row (self->practice_list, self->selected);
  gtk_list_box_select_row (self->practice_list, row);
  self->filling = FALSE;
}

/* --- The practice shown ---------------------------------------------------------------------- */

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  g_autofree char *shown = dup_view_text (view);

  if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
show_practice (InspPracticesPage  *self,
               const InspPractice *practice)
{
  self->filling = TRUE;
  gtk_label_set_text (self->title_label, practice->title);
  set_entry_text (self->title_row, practice->title);
  adw_combo_row_set_selected (self->kind_row, g_strcmp0 (practice->kind, "bad") == 0 ? 1 : 0);
  set_entry_text (self->sector_row, practice->sector);
  set_view_text (self->description_view, practice->description);
  set_view_text (self->effect_view, practice->effect);
  set_view_text (self->lessons_view, practice->lessons);
  self->filling = FALSE;
}

static void
update_actions (InspPracticesPage *self)
{
  gboolean any = self->practices != NULL && self->practices->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.add", self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.import", self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.export",
                                 self->workspace != NULL && any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.delete",
                                 self->workspace != NULL
                                 && find_practice (self, self->selected) != NULL);
}

/* --- Saving ---------------------------------------------------------------------------------- */

static void
cancel_save (InspPracticesPage *self)
{
  g_clear_handle_id (&self->pause_save_id, g_source_remove);
  g_clear_handle_id (&self->max_save_id, g_source_remove);
}

static char *
nonempty_or_null (char *text)
{
  if (text != NULL && g_strstrip (text)[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Writes what the fields hold into the practice shown. */
static gboolean
save_now (InspPracticesPage *self)
{
  InspPractice *shown;
  g_autoptr(InspPractice) practice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint kind;

  cancel_save (self);
  if (!self->dirty)
    return TRUE;
  shown = self->workspace != NULL ? find_practice (self, self->selected) : NULL;
  if (shown == NULL)
    {
      self->dirty = FALSE;
      return TRUE;
    }

  practice = insp_practice_copy (shown);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (title[0] != '\0')
    {
      g_free (practice->title);
      practice->title = g_steal_pointer (&title);
    }
  kind = adw_combo_row_get_selected (self->kind_row);
  g_free (practice->kind);
  practice->kind = g_strdup (kinds[kind < G_N_ELEMENTS (kinds) ? kind : 0]);
  g_free (practice->sector);
  practice->sector = nonempty_or_null (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                                   self->sector_row))));
  g_free (practice->description);
  practice->description = nonempty_or_null (dup_view_text (self->description_view));
  g_free (practice->effect);
  practice->effect = nonempty_or_null (dup_view_text (self->effect_view));
  g_free (practice->lessons);
  practice->lessons = nonempty_or_null (dup_view_text (self->lessons_view));

  /* The list follows the workspace's "changed"; the fields keep what is being typed. */
  self->saving = TRUE;
  if (!insp_workspace_save_practice (self->workspace, practice, &error))
    {
      self->saving = FALSE;
      show_error (self, error);
      return FALSE;
    }
  self->saving = FALSE;
  self->dirty = FALSE;
  if (title != NULL)
    /* The rest is saved; the practice keeps its title until it has another. */
    insp_error_label_set_text (self->error_label, _("A practice needs a title."));
  else
    show_error (self, NULL);
  gtk_label_set_text (self->title_label, practice->title);
  return TRUE;
}

static gboolean
on_save_timeout (gpointer data)
{
  InspPracticesPage *self = data;

  self->pause_save_id = 0;
  self->max_save_id = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

/**
 * insp_practices_page_flush:
 * @self: the practices page
 *
 * Writes what is typed in the practice shown, if it is not written yet.
 *
 * Returns: whether everything is written
 */
gboolean
insp_practices_page_flush (InspPracticesPage *self)
{
  g_return_val_if_fail (INSP_IS_PRACTICES_PAGE (self), FALSE);

  return save_now (self);
}

static void
on_field_changed (InspPracticesPage *self)
{
  if (self->filling || self->workspace == NULL || find_practice (self, self->selected) == NULL)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->pause_save_id, g_source_remove);
  self->pause_save_id = g_timeout_add (SAVE_PAUSE_MS, on_save_timeout, self);
  if (self->max_save_id == 0)
    self->max_save_id = g_timeout_add (SAVE_MAX_DELAY_MS, on_save_timeout, self);
}

static void
on_kind_selected (InspPracticesPage *self)
{
  if (self->filling || self->workspace == NULL || find_practice (self, self->selected) == NULL)
    return;

  self->dirty = TRUE;
  save_now (self);
}

static void
on_focus_leave (InspPracticesPage *self)
{
  save_now (self);
}

/* --- Choosing ------------------------------------------------------------------------------- */

static void
select_practice (InspPracticesPage *self,
                 const char        *uuid)
{
  InspPractice *practice;

  practice = find_practice (self, uuid);
  if (practice == NULL)
    return;

  g_free (self->selected);
  self->selected = g_strdup (practice->uuid);
  show_error (self, NULL);
  show_practice (self, practice);
  update_actions (self);
}

static void
on_row_selected (InspPracticesPage *self,
                 GtkListBoxRow     *row)
{
  if (row == NULL || self->filling)
    return;

  /* What was typed goes into the practice it was typed for. */
  save_now (self);
  select_practice (self, g_object_get_data (G_OBJECT (row), "uuid"));
}

static void
on_row_activated (InspPracticesPage *self,
                  GtkListBoxRow     *row)
{
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->stack));
}

static void
on_back_clicked (InspPracticesPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_search_changed (InspPracticesPage *self)
{
  fill_list (self);
}

static void
on_stop_search (InspPracticesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Reads the practices again, keeping the one shown. */
static void
reload (InspPracticesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) practices = NULL;
  InspPractice *shown;

  if (self->workspace != NULL)
    {
      practices = insp_workspace_list_practices (self->workspace, &error);
      if (practices == NULL)
        {
          show_error (self, error);
          return;
        }
    }

  g_clear_pointer (&self->practices, g_ptr_array_unref);
  self->practices = g_steal_pointer (&practices);

  if (self->practices == NULL || self->practices->len == 0)
    {
      g_clear_pointer (&self->selected, g_free);
      self->dirty = FALSE;
      cancel_save (self);
      fill_list (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), FALSE);
      update_actions (self);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "practice");
  shown = find_practice (self, self->selected);
  if (shown == NULL)
    shown = g_ptr_array_index (self->practices, 0);
  g_free (self->selected);
  self->selected = g_strdup (shown->uuid);
  fill_list (self);
  /* A save of the fields being typed in keeps them as they are. */
  if (!self->saving && !self->dirty)
    show_practice (self, shown);
  update_actions (self);
}

/* --- Adding and deleting --------------------------------------------------------------------- */

static void
on_add_response (AdwMessageDialog  *dialog,
                 const char        *response,
                 InspPracticesPage *self)
{
  g_autofree char *title = insp_name_dialog_dup_name (dialog);
  g_autoptr(InspPractice) practice = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, INSP_NAME_DIALOG_ACCEPT) || title == NULL
      || self->workspace == NULL)
    return;

  save_now (self);
  practice = insp_practice_new ();
  practice->title = g_steal_pointer (&title);
  practice->kind = g_strdup ("good");
  if (!insp_workspace_save_practice (self->workspace, practice, &error))
    {
      show_error (self, error);
      return;
    }
  /* Shown, even when the search would not find it. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_free (self->selected);
  self->selected = g_strdup (practice->uuid);
  reload (self);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->stack));
  gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  InspPracticesPage *self = INSP_PRACTICES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (self->workspace == NULL || !GTK_IS_WINDOW (root))
    return;

  dialog = insp_name_dialog_present (GTK_WINDOW (root), _("Add Practice"),
                                     _("A good or bad example of involving employees, such as "
                                       "a pilot tested with frontrunners or a tool introduced "
                                       "without consultation."),
                                     _("Title"), _("Title"), _("_Add"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response), self, 0);
}

static void
undo_delete (InspPracticesPage *self)
{
  g_autoptr(InspPractice) deleted = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.undo-delete", FALSE);
  if (deleted == NULL || self->workspace == NULL)
    return;

  /* Saved again, uuid and all: back as it was. */
  if (!insp_workspace_save_practice (self->workspace, deleted, &error))
    {
      show_error (self, error);
      return;
    }
  g_free (self->selected);
  self->selected = g_strdup (deleted->uuid);
  reload (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_delete (INSP_PRACTICES_PAGE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspPracticesPage *self = INSP_PRACTICES_PAGE (widget);
  g_autoptr(InspPractice) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  InspPractice *shown;
  AdwToast *toast;

  shown = self->workspace != NULL ? find_practice (self, self->selected) : NULL;
  if (shown == NULL)
    return;

  /* What was typed last is deleted with it, and comes back with Undo. */
  save_now (self);
  self->dirty = FALSE;
  cancel_save (self);
  shown = find_practice (self, self->selected);
  deleted = insp_practice_copy (shown);
  if (!insp_workspace_delete_practice (self->workspace, deleted->uuid, &error))
    {
      show_error (self, error);
      return;
    }
  g_clear_pointer (&self->selected, g_free);
  reload (self);

  /* Translators: a toast after a practice was deleted, with Undo */
  title = g_strdup_printf (_("“%s” deleted"), deleted->title);
  g_clear_pointer (&self->deleted, insp_practice_free);
  self->deleted = g_steal_pointer (&deleted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.undo-delete", TRUE);
  toast = insp_toast_new_undo (title, G_CALLBACK (undo_delete), self);
  insp_toast_show_for (GTK_WIDGET (self), toast);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspPracticesPage *self = INSP_PRACTICES_PAGE (widget);

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->search_entry)))
    return;
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* --- The casebook ---------------------------------------------------------------------------- */

static void
present_message (InspPracticesPage *self,
                 const char        *heading,
                 const char        *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                       : NULL, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * insp_practices_page_import_file:
 * @self: the practices page
 * @file: a casebook file (format "inspraak-casebook")
 *
 * Adds the practices of @file to the workspace, and says how many in a toast; a file that is
 * refused is refused whole, with its problems and where they are in a dialog.
 *
 * Returns: whether @file was imported
 */
gboolean
insp_practices_page_import_file (InspPracticesPage *self,
                                 GFile             *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;
  InspCasebookCounts counts = { 0, };
  const char *display_name;

  g_return_val_if_fail (INSP_IS_PRACTICES_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->workspace == NULL)
    return FALSE;

  save_now (self);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  basename = g_file_get_basename (file);
  display_name = info != NULL ? g_file_info_get_display_name (info) : basename;

  if (info != NULL && g_file_info_get_size (info) > MAX_CASEBOOK_SIZE)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* Translators: %s is a file name */
                 _("%s: the file is too large for a casebook"), display_name);
  else
    bytes = g_file_load_bytes (file, NULL, NULL, &error);

  if (bytes == NULL
      || !insp_workspace_import_casebook (self->workspace, bytes, display_name,
                                          MAX_IMPORT_ERRORS, &counts, &error))
    {
      /* Translators: the heading of the dialog that says why a casebook file was refused;
       * nothing in the workspace changed */
      present_message (self, _("Casebook Not Imported"), error->message);
      return FALSE;
    }

  /* Translators: a toast after a casebook was imported, e.g. "3 added, 1 updated,
   * 0 unchanged": practices that are new, practices whose newer copy replaced the one in the
   * workspace, and practices the workspace kept because its copy was as new */
  message = g_strdup_printf (_("%u added, %u updated, %u unchanged"),
                             counts.added, counts.updated, counts.unchanged);
  insp_toast_show_for (GTK_WIDGET (self), adw_toast_new (message));
  return TRUE;
}

/**
 * insp_practices_page_export_file:
 * @self: the practices page
 * @file: where to write the casebook
 *
 * Writes every practice of the workspace to @file as a casebook; says so in a toast, or why
 * not in a dialog.
 *
 * Returns: whether @file was written
 */
gboolean
insp_practices_page_export_file (InspPracticesPage *self,
                                 GFile             *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (INSP_IS_PRACTICES_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->workspace == NULL)
    return FALSE;

  save_now (self);
  path = g_file_get_path (file);
  basename = g_file_get_basename (file);
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 /* Translators: %s is a file name */
                 _("%s: the casebook can only be written to a local file"), basename);
  if (path == NULL
      || !insp_workspace_export_casebook_to_file (self->workspace, NULL, path, &error))
    {
      present_message (self, _("Casebook Not Exported"), error->message);
      return FALSE;
    }

  /* Translators: a toast after the casebook was written; %s is the file name */
  message = g_strdup_printf (_("Casebook exported to “%s”"), basename);
  insp_toast_show_for (GTK_WIDGET (self), adw_toast_new (message));
  return TRUE;
}

/* Returns the file chosen, or NULL when the chooser was cancelled; lets the chooser go. */
static GFile *
take_chosen_file (InspPracticesPage *self,
                  GtkNativeDialog   *chooser,
                  int                response)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
  return file;
}

static void
on_import_response (GtkNativeDialog   *chooser,
                    int                response,
                    InspPracticesPage *self)
{
  g_autoptr(GFile) file = take_chosen_file (self, chooser, response);

  if (file != NULL)
    insp_practices_page_import_file (self, file);
}

static void
on_export_response (GtkNativeDialog   *chooser,
                    int                response,
                    InspPracticesPage *self)
{
  g_autoptr(GFile) file = take_chosen_file (self, chooser, response);

  if (file != NULL)
    insp_practices_page_export_file (self, file);
}

/* Shows a file chooser for casebooks (JSON): in the Flatpak, through the portal. */
static void
show_chooser (InspPracticesPage    *self,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept_label,
              GCallback             on_response)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         action, accept_label, _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Casebooks (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    /* Translators: the file name offered when the casebook is exported */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("casebook.json"));

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect_object (chooser, "response", on_response, self, 0);
  gtk_native_dialog_show (self->chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspPracticesPage *self = INSP_PRACTICES_PAGE (widget);

  if (self->workspace == NULL)
    return;
  show_chooser (self, _("Import Casebook"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                G_CALLBACK (on_import_response));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspPracticesPage *self = INSP_PRACTICES_PAGE (widget);

  if (self->workspace == NULL)
    return;
  show_chooser (self, _("Export Casebook"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                G_CALLBACK (on_export_response));
}

/* --- The page -------------------------------------------------------------------------------- */

/**
 * insp_practices_page_set_workspace:
 * @self: the practices page
 * @workspace: (nullable): the workspace to show
 */
void
insp_practices_page_set_workspace (InspPracticesPage *self,
                                   InspWorkspace     *workspace)
{
  g_return_if_fail (INSP_IS_PRACTICES_PAGE (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  /* Into the workspace it was typed in. */
  save_now (self);
  self->dirty = FALSE;
  cancel_save (self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->deleted, insp_practice_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.undo-delete", FALSE);

  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed::practices", G_CALLBACK (reload), self,
                             G_CONNECT_SWAPPED);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->filling = FALSE;
  show_error (self, NULL);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
insp_practices_page_unmap (GtkWidget *widget)
{
  save_now (INSP_PRACTICES_PAGE (widget));

  GTK_WIDGET_CLASS (insp_practices_page_parent_class)->unmap (widget);
}

static void
insp_practices_page_dispose (GObject *object)
{
  InspPracticesPage *self = INSP_PRACTICES_PAGE (object);

  if (self->workspace != NULL && self->practices != NULL)
    save_now (self);
  cancel_save (self);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->practices, g_ptr_array_unref);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->deleted, insp_practice_free);

  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_PRACTICES_PAGE);

  G_OBJECT_CLASS (insp_practices_page_parent_class)->dispose (object);
}

static void
insp_practices_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  InspPracticesPage *self = INSP_PRACTICES_PAGE (object);

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
insp_practices_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  InspPracticesPage *self = INSP_PRACTICES_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_practices_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_practices_page_class_init (InspPracticesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_practices_page_dispose;
  object_class->get_property = insp_practices_page_get_property;
  object_class->set_property = insp_practices_page_set_property;
  widget_class->unmap = insp_practices_page_unmap;

  /**
   * InspPracticesPage:workspace: (nullable)
   *
   * The workspace whose practices are shown; the window's.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-practices-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, practice_list);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, detail);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, effect_view);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, lessons_view);
  gtk_widget_class_bind_template_child (widget_class, InspPracticesPage, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected);

  gtk_widget_class_install_action (widget_class, "practices.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "practices.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "practices.undo-delete", NULL,
                                   undo_delete_action);
  gtk_widget_class_install_action (widget_class, "practices.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "practices.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "practices.export", NULL, export_action);
}

/* Runs the shortcut's action while the page is shown, wherever the focus is (it is in the
 * window's sidebar when the page was just chosen there); passes the key on otherwise. */
static gboolean
on_shortcut (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  const char *action_name = user_data;

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, action_name, NULL);
}

static void
add_shortcuts (InspPracticesPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  /* Ctrl+N adds a practice, as the button does; Ctrl+F searches them. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (
                                                            GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (
                                                            on_shortcut, (gpointer)
                                                            "practices.add", NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (
                                                            GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (
                                                            on_shortcut, (gpointer)
                                                            "practices.search", NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Saves a field's text when the field is left. */
static void
save_on_leave (InspPracticesPage *self,
               GtkWidget         *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);
}

static void
insp_practices_page_init (InspPracticesPage *self)
{
  GtkTextView *views[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  views[0] = self->description_view;
  views[1] = self->effect_view;
  views[2] = self->lessons_view;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_signal_connect_object (gtk_text_view_get_buffer (views[i]), "changed",
                               G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
      save_on_leave (self, GTK_WIDGET (views[i]));
    }
  save_on_leave (self, GTK_WIDGET (self->title_row));
  save_on_leave (self, GTK_WIDGET (self->sector_row));
  add_shortcuts (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practices.undo-delete", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), FALSE);
  update_actions (self);
}
