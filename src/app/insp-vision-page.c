/* insp-vision-page.c — the organisation's AI vision, written with its employees
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A writing tool: the sections on the left (drag or Alt+Up/Down to reorder, search across
 * them), the section being written on the right, with its status, the groups that
 * contributed, a word count and the paper's guiding prompt.
 *
 * Autosave, no save button: the text is written at most 1 s after typing pauses and at
 * least every 5 s while typing goes on, and at once when another section or page is shown,
 * the workspace changes or the window closes. A crash loses at most the last 5 s.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-vision-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-enums.h"
#include "insp-error-label.h"
#include "insp-flag-list.h"
#include "insp-group-checks.h"
#include "insp-markdown.h"
#include "insp-list-row.h"
#include "insp-markdown-view.h"
#include "insp-name-dialog.h"
#include "insp-section.h"
#include "insp-section-prompt.h"
#include "insp-toast.h"
#include "insp-version.h"
#include "insp-versions-dialog.h"
#include "insp-window.h"
#include "insp-workspace.h"

#define SAVE_PAUSE_MS 1000      /* after typing pauses */
#define SAVE_MAX_DELAY_MS 5000  /* at the latest, while typing goes on */
#define MAX_SEARCH_HITS 100

struct _InspVisionPage
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  AdwStatusPage     *status_page;
  AdwLeaflet        *leaflet;
  GtkWidget         *sidebar;
  GtkWidget         *editor_box;
  GtkSearchEntry    *search_entry;
  GtkStack          *list_stack;
  GtkListBox        *section_list;
  GtkListBox        *result_list;
  GtkEntry          *title_entry;
  GtkDropDown       *status_dropdown;
  GtkMenuButton     *groups_button;
  GtkBox            *groups_box;
  GtkLabel          *word_count_label;
  GtkLabel          *save_label;
  GtkRevealer       *prompt_revealer;
  GtkLabel          *prompt_label;
  GtkLabel          *error_label;
  GtkSearchBar      *find_bar;
  GtkSearchEntry    *find_entry;
  GtkLabel          *find_label;
  GtkLabel          *review_label;
  InspMarkdownView  *view;
  InspFlagList      *flag_list;     /* the guidance on the section shown */

  InspWorkspace     *workspace;
  GSettings         *settings;
  gboolean           show_prompts;

  GPtrArray         *sections;       /* InspSection, in order */
  InspSection       *current;        /* the section in the editor */
  InspSection       *removed;        /* the last section removed, for Undo */
  InspReview        *last_review;    /* the review signed off last, or NULL */
  guint              review_label_id;
  GtkTextTag        *find_tag;

  gboolean           loading;        /* filling the editor: not an edit */
  gboolean           saving;         /* our own write: no reload */
  gboolean           dirty;
  guint              pause_save_id;
  guint              max_save_id;
};

G_DEFINE_FINAL_TYPE (InspVisionPage, insp_vision_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_SHOW_PROMPTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (InspVisionPage *self);
static void select_section (InspVisionPage *self,
                            const char     *uuid);

/* A failed write or change, said where it happened and kept in view until the next one
 * succeeds. */
static void
show_error (InspVisionPage *self,
            const GError   *error)
{
  insp_error_label_show (self->error_label, error);
}

/* ---------------------------------------------------------------------------------------------- */

static gboolean
save_now (InspVisionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GApplication *app = g_application_get_default ();

  g_clear_handle_id (&self->pause_save_id, g_source_remove);
  g_clear_handle_id (&self->max_save_id, g_source_remove);

  if (!self->dirty || self->workspace == NULL || self->current == NULL)
    return TRUE;

  text = insp_markdown_view_get_text (self->view);

  /* The application does not end while the text is being written. */
  if (app != NULL)
    g_application_hold (app);
  self->saving = TRUE;
  insp_workspace_set_section_text (self->workspace, insp_section_get_uuid (self->current),
                                   text, &error);
  self->saving = FALSE;
  if (app != NULL)
    g_application_release (app);

  if (error != NULL)
    {
      g_autoptr(GError) shown = g_error_new (error->domain, error->code,
                                             _("“%s” could not be saved: %s"),
                                             insp_section_get_display_title (self->current),
                                             error->message);

      show_error (self, shown);
      gtk_label_set_text (self->save_label, _("Not saved"));
      return FALSE;
    }

  self->dirty = FALSE;
  show_error (self, NULL);
  gtk_label_set_text (self->save_label, _("Saved"));
  return TRUE;
}

static gboolean
on_save_timeout (gpointer data)
{
  InspVisionPage *self = data;

  self->pause_save_id = 0;
  self->max_save_id = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

/**
 * insp_vision_page_flush:
 * @self: the vision page
 *
 * Writes the text being edited now, if it changed since the last write.
 *
 * Returns: whether everything is written
 */
gboolean
insp_vision_page_flush (InspVisionPage *self)
{
  g_return_val_if_fail (INSP_IS_VISION_PAGE (self), FALSE);

  return save_now (self);
}

/**
 * insp_vision_page_has_unsaved_changes:
 * @self: the vision page
 *
 * Returns: whether the editor holds text not written yet (for at most 5 s)
 */
gboolean
insp_vision_page_has_unsaved_changes (InspVisionPage *self)
{
  g_return_val_if_fail (INSP_IS_VISION_PAGE (self), FALSE);

  return self->dirty;
}

static void
on_buffer_changed (InspVisionPage *self)
{
  if (self->loading || self->current == NULL)
    return;

  self->dirty = TRUE;
  gtk_label_set_text (self->save_label, _("Edited"));

  /* At most a second after typing pauses … */
  g_clear_handle_id (&self->pause_save_id, g_source_remove);
  self->pause_save_id = g_timeout_add (SAVE_PAUSE_MS, on_save_timeout, self);

  /* … and at least every five seconds while it goes on. */
  if (self->max_save_id == 0)
    self->max_save_id = g_timeout_add (SAVE_MAX_DELAY_MS, on_save_timeout, self);
}

/* ---------------------------------------------------------------------------------------------- */

static InspSection *
find_section (InspVisionPage *self,
              const char     *uuid,
              guint          *index)
{
  for (guint i = 0; self->sections != NULL && i < self->sections->len; i++)
    {
      InspSection *section = g_ptr_array_index (self->sections, i);

      if (g_strcmp0 (insp_section_get_uuid (section), uuid) == 0)
        {
          if (index != NULL)
            *index = i;
          return section;
        }
    }
  return NULL;
}

static char *
describe_section (InspSection *section)
{
  guint words = insp_section_get_word_count (section);
  guint groups = g_strv_length ((GStrv) insp_section_get_groups (section));
  const char *status = insp_enum_get_label (&insp_enum_section_status,
                                            insp_section_get_status (section));
  g_autofree char *words_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word",
                                                              "%u words", words), words);

  if (groups == 0)
    /* Translators: a section's status and word count, e.g. "Draft · 120 words". */
    return g_strdup_printf (_("%s · %s"), status, words_text);

  {
    g_autofree char *groups_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u group", "%u groups",
                                                                 groups), groups);

    /* Translators: a section's status, word count and contributing groups,
     * e.g. "Agreed · 312 words · 3 groups". */
    return g_strdup_printf (_("%s · %s · %s"), status, words_text, groups_text);
  }
}

static void
on_row_drop_move (InspVisionPage *self,
                  const char     *uuid,
                  guint           position)
{
  g_autoptr(GError) error = NULL;

  save_now (self);
  if (!insp_workspace_move_section (self->workspace, uuid, position, &error))
    show_error (self, error);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  const char *uuid = g_object_get_data (G_OBJECT (row), "uuid");

  return gdk_content_provider_new_typed (G_TYPE_STRING, uuid);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  InspVisionPage *self = INSP_VISION_PAGE (gtk_widget_get_ancestor (row,
                                                                    INSP_TYPE_VISION_PAGE));
  const char *uuid = g_value_get_string (value);
  int position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  if (uuid == NULL || position < 0)
    return FALSE;

  /* Dropped on the lower half of a row: after it. */
  if (y > gtk_widget_get_height (row) / 2.0)
    position++;
  {
    guint from;

    if (find_section (self, uuid, &from) != NULL && from < (guint) position)
      position--;
  }

  on_row_drop_move (self, uuid, (guint) position);
  return TRUE;
}

/* The verdict of the last review on a section, as a label coloured like its meaning. */
static GtkWidget *
create_verdict_label (InspVisionPage *self,
                      InspSection    *section)
{
  const InspVerdict *verdict = NULL;
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (self->last_review != NULL)
    verdict = insp_review_get_verdict (self->last_review, insp_section_get_uuid (section));
  if (verdict == NULL || g_strcmp0 (verdict->verdict, "pending") == 0)
    return NULL;

  /* Translators: the verdict of the last review on a section, with the version reviewed,
   * e.g. "To be corrected (version 1)" */
  text = g_strdup_printf (_("%s (version %u)"),
                          insp_enum_get_label (&insp_enum_verdict, verdict->verdict),
                          insp_review_get_version_number (self->last_review));
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "xalign", 0.0f,
                        "ellipsize", PANGO_ELLIPSIZE_END,
                        NULL);
  gtk_widget_add_css_class (label, "caption");
  if (g_str_equal (verdict->verdict, "acceptable"))
    gtk_widget_add_css_class (label, "success");
  else if (g_str_equal (verdict->verdict, "improvable"))
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_add_css_class (label, "error");
  return label;
}

static GtkWidget *
create_section_row (InspVisionPage *self,
                    InspSection    *section)
{
  g_autofree char *subtitle = describe_section (section);
  GtkWidget *row, *verdict;
  GtkDragSource *drag;
  GtkDropTarget *drop;

  row = insp_list_row_new (insp_section_get_uuid (section),
                           insp_section_get_display_title (section), subtitle, NULL);
  verdict = create_verdict_label (self, section);
  if (verdict != NULL)
    {
      g_autofree char *accessible = NULL;

      insp_list_row_append (row, verdict);
      /* Translators: how a screen reader names a section with a verdict: its title and
       * status, then the verdict */
      accessible = g_strdup_printf (_("%s, %s, %s"), insp_section_get_display_title (section),
                                    subtitle, gtk_label_get_label (GTK_LABEL (verdict)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
    }

  /* Drag a section onto another to move it there. */
  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  return row;
}

static void
update_actions (InspVisionPage *self)
{
  guint index = 0;
  gboolean have = self->current != NULL
                  && find_section (self, insp_section_get_uuid (self->current), &index) != NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "vision.add-section", self->workspace != NULL);
  gtk_widget_action_set_enabled (widget, "vision.remove-section",
                                 have && !insp_section_is_builtin (self->current));
  gtk_widget_action_set_enabled (widget, "vision.move-up", have && index > 0);
  gtk_widget_action_set_enabled (widget, "vision.move-down",
                                 have && index + 1 < self->sections->len);
  gtk_widget_action_set_enabled (widget, "vision.find", have);
  gtk_widget_action_set_enabled (widget, "vision.search-all", self->workspace != NULL);
  gtk_widget_action_set_enabled (widget, "vision.show-versions", self->workspace != NULL);
  gtk_widget_action_set_enabled (widget, "vision.save-version", self->workspace != NULL);
}

static void
rebuild_list (InspVisionPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->section_list))) != NULL)
    gtk_list_box_remove (self->section_list, child);

  for (guint i = 0; i < self->sections->len; i++)
    gtk_list_box_append (self->section_list,
                         create_section_row (self, g_ptr_array_index (self->sections, i)));
}

/* ---------------------------------------------------------------------------------------------- */

static void
update_word_count (InspVisionPage *self)
{
  guint words = insp_markdown_view_get_word_count (self->view);
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word",
                                                        "%u words", words), words);

  gtk_label_set_text (self->word_count_label, text);
}

static void
on_word_count_changed (InspVisionPage *self)
{
  update_word_count (self);
}

static void
update_prompt (InspVisionPage *self)
{
  const InspSectionPrompt *prompt = NULL;
  GString *markup;

  if (self->current != NULL)
    prompt = insp_section_prompt_get (insp_section_get_key (self->current));

  gtk_revealer_set_reveal_child (self->prompt_revealer, prompt != NULL && self->show_prompts);
  if (prompt == NULL)
    return;

  markup = g_string_new (NULL);
  {
    g_autofree char *summary = g_markup_escape_text (_(prompt->summary), -1);

    g_string_append (markup, summary);
  }
  for (guint i = 0; i < G_N_ELEMENTS (prompt->questions) && prompt->questions[i] != NULL; i++)
    {
      g_autofree char *question = g_markup_escape_text (_(prompt->questions[i]), -1);

      g_string_append_printf (markup, "\n• %s", question);
    }
  gtk_label_set_markup (self->prompt_label, markup->str);
  g_string_free (markup, TRUE);
}

static void on_group_toggled (GtkCheckButton *button,
                              InspVisionPage *self);

static void
update_groups (InspVisionPage *self)
{
  const char * const *chosen = self->current != NULL
                               ? insp_section_get_groups (self->current) : NULL;
  guint n_chosen = chosen != NULL ? g_strv_length ((GStrv) chosen) : 0;
  g_autofree char *label = NULL;

  insp_group_checks_fill (self->groups_box, self->workspace, chosen,
                          G_CALLBACK (on_group_toggled), self);

  if (n_chosen == 0)
    label = g_strdup (_("No Groups"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Group", "%u Groups", n_chosen),
                             n_chosen);
  gtk_menu_button_set_label (self->groups_button, label);
}

static void
on_group_toggled (GtkCheckButton *button,
                  InspVisionPage *self)
{
  g_auto(GStrv) groups = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || self->current == NULL)
    return;

  groups = insp_group_checks_dup_chosen (self->groups_box);

  if (!insp_workspace_set_section_groups (self->workspace, insp_section_get_uuid (self->current),
                                          (const char * const *) groups, &error))
    show_error (self, error);
}

static void
on_status_selected (InspVisionPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);
  g_autoptr(GError) error = NULL;

  if (self->loading || self->current == NULL
      || selected >= insp_enum_section_status.n_values)
    return;

  if (!insp_workspace_set_section_status (self->workspace,
                                          insp_section_get_uuid (self->current),
                                          insp_enum_section_status.values[selected].id, &error))
    show_error (self, error);
}

static void
rename_current (InspVisionPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_entry));

  if (self->current == NULL || self->loading
      || g_strcmp0 (title, insp_section_get_display_title (self->current)) == 0)
    return;

  if (!insp_workspace_rename_section (self->workspace, insp_section_get_uuid (self->current),
                                      title, &error))
    {
      show_error (self, error);
      /* Back to the title it has. */
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->title_entry),
                             insp_section_get_display_title (self->current));
      self->loading = FALSE;
    }
}

static void
on_title_activate (InspVisionPage *self)
{
  rename_current (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_title_focus_leave (InspVisionPage *self)
{
  rename_current (self);
}

static gboolean
show_title_start (gpointer entry)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (entry))
      && gtk_widget_get_focus_child (GTK_WIDGET (entry)) == NULL)
    gtk_editable_set_position (GTK_EDITABLE (entry), 0);
  return G_SOURCE_REMOVE;
}

static void
fill_header (InspVisionPage *self)
{
  InspSection *section = self->current;
  const char *title = insp_section_get_display_title (section);

  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title);
  /* The start of a long title in view, nothing selected. */
  gtk_editable_select_region (GTK_EDITABLE (self->title_entry), 0, 0);
  g_idle_add_full (G_PRIORITY_DEFAULT, show_title_start, g_object_ref (self->title_entry),
                   g_object_unref);
  gtk_entry_set_placeholder_text (self->title_entry,
                                  insp_section_is_builtin (section)
                                  ? insp_section_key_get_title (insp_section_get_key (section))
                                  : _("Section title"));
  gtk_drop_down_set_selected (self->status_dropdown,
                              (guint) MAX (0, insp_enum_index (&insp_enum_section_status,
                                                               insp_section_get_status (section))));
  update_groups (self);
  update_prompt (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  self->loading = FALSE;
}

/* ---------------------------------------------------------------------------------------------- */

static void
show_section (InspVisionPage *self,
              InspSection    *section,
              gboolean        load_text)
{
  g_set_object (&self->current, section);
  insp_flag_list_set_subject (self->flag_list, "section", insp_section_get_uuid (section));

  fill_header (self);
  if (load_text)
    {
      self->loading = TRUE;
      insp_markdown_view_set_text (self->view, insp_section_get_text (section));
      self->loading = FALSE;
      self->dirty = FALSE;
      gtk_label_set_text (self->save_label, "");
      update_word_count (self);
    }
  update_actions (self);
}

static void
select_section (InspVisionPage *self,
                const char     *uuid)
{
  GtkListBoxRow *row = insp_list_box_find_row (self->section_list, uuid);

  if (row != NULL)
    gtk_list_box_select_row (self->section_list, row);
}

static void
on_section_selected (InspVisionPage *self,
                     GtkListBoxRow  *row)
{
  InspSection *section;

  if (row == NULL)
    return;

  section = find_section (self, g_object_get_data (G_OBJECT (row), "uuid"), NULL);
  if (section == NULL || section == self->current)
    return;
  if (self->current != NULL
      && g_strcmp0 (insp_section_get_uuid (section), insp_section_get_uuid (self->current)) == 0)
    {
      /* The same section, freshly read: keep the text being written. */
      show_section (self, section, FALSE);
      return;
    }

  /* What was written in the section being left is saved first. */
  save_now (self);
  show_section (self, section, TRUE);
  gtk_search_bar_set_search_mode (self->find_bar, FALSE);
}

static void
on_section_activated (InspVisionPage *self,
                      GtkListBoxRow  *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->editor_box);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_back_clicked (InspVisionPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

/* "Version 1 reviewed on 19 May 2026 · 4 sections changed since": where the vision stands
 * against what the representatives last signed off. */
static gboolean
update_review_label (gpointer data)
{
  InspVisionPage *self = data;
  g_autoptr(InspVersion) version = NULL;
  g_autofree char *date = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *text = NULL;
  guint n;

  self->review_label_id = 0;
  if (self->workspace == NULL)
    return G_SOURCE_REMOVE;

  if (self->last_review == NULL)
    {
      g_autoptr(GPtrArray) versions = insp_workspace_list_versions (self->workspace, NULL);

      if (versions == NULL || versions->len == 0)
        gtk_label_set_text (self->review_label, _("No versions yet"));
      else
        gtk_label_set_text (self->review_label, _("No version reviewed yet"));
      return G_SOURCE_REMOVE;
    }

  {
    g_autofree char *number = g_strdup_printf ("%u",
                                               insp_review_get_version_number (self->last_review));

    version = insp_workspace_find_version (self->workspace, number, NULL);
  }
  date = insp_versions_format_date (insp_review_get_signed_date (self->last_review));

  n = version != NULL ? insp_workspace_count_changed_since (self->workspace, version, NULL) : 0;
  changed = n == 0 ? g_strdup (_("no changes since"))
                   : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u section changed since",
                                                   "%u sections changed since", n), n);
  /* Translators: e.g. "Version 1 reviewed on 19 May 2026 · 4 sections changed since" */
  text = g_strdup_printf (_("Version %u reviewed on %s · %s"),
                          insp_review_get_version_number (self->last_review), date, changed);
  gtk_label_set_text (self->review_label, text);
  return G_SOURCE_REMOVE;
}

static void
queue_review_label (InspVisionPage *self)
{
  /* Comparing is not free on a long vision: not at every autosave. */
  g_clear_handle_id (&self->review_label_id, g_source_remove);
  self->review_label_id = g_timeout_add (300, update_review_label, self);
}

/* Reads the sections again after a change, keeping the section being written. Its text is
 * replaced only when it changed elsewhere (an import) and nothing is waiting to be saved. */
static void
reload (InspVisionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *current_uuid = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  InspSection *section;
  guint index = 0;

  if (self->workspace == NULL)
    {
      g_clear_pointer (&self->sections, g_ptr_array_unref);
      g_clear_object (&self->current);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_actions (self);
      return;
    }

  sections = insp_workspace_list_sections (self->workspace, &error);
  if (sections == NULL)
    {
      show_error (self, error);
      return;
    }
  g_clear_object (&self->last_review);
  self->last_review = insp_workspace_get_last_review (self->workspace, NULL);
  queue_review_label (self);

  if (self->current != NULL)
    {
      current_uuid = g_strdup (insp_section_get_uuid (self->current));
      find_section (self, current_uuid, &index);
    }

  g_clear_pointer (&self->sections, g_ptr_array_unref);
  self->sections = g_steal_pointer (&sections);
  rebuild_list (self);
  gtk_stack_set_visible_child_name (self->stack, "vision");

  if (self->sections->len == 0)
    {
      g_clear_object (&self->current);
      update_actions (self);
      return;
    }

  section = find_section (self, current_uuid, NULL);
  if (section == NULL)
    {
      /* The section went (removed, or another workspace): its neighbour, or the first. */
      section = g_ptr_array_index (self->sections, MIN (index, self->sections->len - 1));
      g_clear_object (&self->current);
      self->dirty = FALSE;
    }
  else if (!self->dirty)
    {
      g_autofree char *shown = insp_markdown_view_get_text (self->view);

      if (g_strcmp0 (shown, insp_section_get_text (section)) != 0)
        {
          g_clear_object (&self->current);
        }
    }

  if (self->current == NULL)
    show_section (self, section, TRUE);
  else
    show_section (self, section, FALSE);
  select_section (self, insp_section_get_uuid (section));
}

static void
on_sections_changed (InspVisionPage *self)
{
  reload (self);
}

static void
on_groups_changed (InspVisionPage *self)
{
  if (self->current != NULL)
    {
      self->loading = TRUE;
      update_groups (self);
      self->loading = FALSE;
    }
}

/* ---------------------------------------------------------------------------------------------- */

static GtkWidget *
create_result_row (InspSectionHit *hit)
{
  GtkWidget *row, *box, *title, *snippet;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  title = g_object_new (GTK_TYPE_LABEL,
                        "label", hit->title,
                        "xalign", 0.0f,
                        "ellipsize", PANGO_ELLIPSIZE_END,
                        NULL);
  gtk_widget_add_css_class (title, "heading");
  snippet = g_object_new (GTK_TYPE_LABEL,
                          "label", hit->snippet_markup,
                          "use-markup", TRUE,
                          "xalign", 0.0f,
                          "wrap", TRUE,
                          "wrap-mode", PANGO_WRAP_WORD_CHAR,
                          "lines", 3,
                          "ellipsize", PANGO_ELLIPSIZE_END,
                          NULL);
  gtk_widget_add_css_class (snippet, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), snippet);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (hit->section), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hit->title, -1);
  return row;
}

static void
on_search_changed (InspVisionPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->result_list))) != NULL)
    gtk_list_box_remove (self->result_list, child);

  if (self->workspace == NULL || query[0] == '\0')
    {
      gtk_stack_set_visible_child_name (self->list_stack, "sections");
      return;
    }

  /* The index must hold what is on screen. */
  save_now (self);
  hits = insp_workspace_search_sections (self->workspace, query, MAX_SEARCH_HITS, &error);
  if (hits == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < hits->len; i++)
    gtk_list_box_append (self->result_list, create_result_row (g_ptr_array_index (hits, i)));
  gtk_stack_set_visible_child_name (self->list_stack, hits->len > 0 ? "results" : "no-results");
}

static void
on_search_stopped (InspVisionPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_stack_set_visible_child_name (self->list_stack, "sections");
}

static void find_in_section (InspVisionPage *self,
                             gboolean        forward,
                             gboolean        from_start);

static void
open_result (InspVisionPage *self,
             GtkListBoxRow  *row)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *words = g_strdup (query);

  select_section (self, g_object_get_data (G_OBJECT (row), "uuid"));
  adw_leaflet_set_visible_child (self->leaflet, self->editor_box);

  /* Show where the first word is in the section. */
  g_strstrip (words);
  if (strchr (words, ' ') != NULL)
    *strchr (words, ' ') = '\0';
  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->find_entry), words);
  find_in_section (self, TRUE, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_result_activated (InspVisionPage *self,
                     GtkListBoxRow  *row)
{
  open_result (self, row);
}

static void
on_search_activate (InspVisionPage *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->result_list, 0);

  if (first != NULL)
    open_result (self, first);
}

/* ---------------------------------------------------------------------------------------------- */

static void
clear_find (InspVisionPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->find_tag, &start, &end);
  gtk_label_set_text (self->find_label, "");
}

/* Finds as the search across sections does: capitals and accents do not matter. */
static void
find_in_section (InspVisionPage *self,
                 gboolean        forward,
                 gboolean        from_start)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
  g_autofree char *text = insp_markdown_view_get_text (self->view);
  g_autoptr(GArray) matches = NULL;
  g_autofree char *count = NULL;
  GtkTextIter sel_start, sel_end, a, b;
  const InspTextMatch *chosen = NULL;
  int from;

  clear_find (self);
  if (needle[0] == '\0')
    return;

  matches = insp_text_find (text, needle);
  if (matches->len == 0)
    {
      gtk_label_set_text (self->find_label, _("Not found"));
      return;
    }

  /* Mark every match. */
  for (guint i = 0; i < matches->len; i++)
    {
      const InspTextMatch *m = &g_array_index (matches, InspTextMatch, i);

      gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) m->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) m->end);
      gtk_text_buffer_apply_tag (buffer, self->find_tag, &a, &b);
    }

  /* Select the next one (or the previous), around the end. */
  gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end);
  from = from_start ? 0 : gtk_text_iter_get_offset (forward ? &sel_end : &sel_start);
  for (guint i = 0; i < matches->len; i++)
    {
      const InspTextMatch *m = &g_array_index (matches, InspTextMatch, forward ? i
                                               : matches->len - 1 - i);

      if (forward ? (int) m->start >= from : (int) m->end <= from)
        {
          chosen = m;
          break;
        }
    }
  if (chosen == NULL)
    chosen = &g_array_index (matches, InspTextMatch, forward ? 0 : matches->len - 1);

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) chosen->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) chosen->end);
  gtk_text_buffer_select_range (buffer, &a, &b);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->view), &a, 0.2, FALSE, 0, 0);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches",
                                        matches->len), matches->len);
  gtk_label_set_text (self->find_label, count);
}

static void
on_find_changed (InspVisionPage *self)
{
  find_in_section (self, TRUE, TRUE);
}

static void
on_find_next (InspVisionPage *self)
{
  find_in_section (self, TRUE, FALSE);
}

static void
on_find_previous (InspVisionPage *self)
{
  find_in_section (self, FALSE, FALSE);
}

static void
on_find_stopped (InspVisionPage *self)
{
  gtk_search_bar_set_search_mode (self->find_bar, FALSE);
  clear_find (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* ---------------------------------------------------------------------------------------------- */

static void
undo_remove (InspVisionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(InspSection) removed = g_steal_pointer (&self->removed);

  if (removed == NULL || self->workspace == NULL)
    return;

  if (!insp_workspace_restore_section (self->workspace, removed, &error))
    {
      show_error (self, error);
      return;
    }
  select_section (self, insp_section_get_uuid (removed));
}

static void
add_section_response (AdwMessageDialog *dialog,
                      const char       *response,
                      InspVisionPage   *self)
{
  g_autofree char *title = insp_name_dialog_dup_name (dialog);
  g_autoptr(InspSection) section = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, INSP_NAME_DIALOG_ACCEPT) || title == NULL
      || self->workspace == NULL)
    return;

  save_now (self);
  section = insp_workspace_add_section (self->workspace, title, &error);
  if (section == NULL)
    {
      show_error (self, error);
      return;
    }
  select_section (self, insp_section_get_uuid (section));
  on_section_activated (self, NULL);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AdwMessageDialog *dialog;

  dialog = insp_name_dialog_present (GTK_WINDOW (gtk_widget_get_root (widget)),
                                     _("Add a Section"),
                                     _("A section of your own, for a topic the built-in "
                                       "sections do not cover, such as one application or one "
                                       "group of employees."),
                                     _("Section title"), _("Section Title"), _("_Add"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_section_response), widget, 0);
}

static void
remove_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  InspVisionPage *self = INSP_VISION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  InspSection *removed;
  AdwToast *toast;

  if (self->current == NULL || insp_section_is_builtin (self->current))
    return;

  save_now (self);
  removed = insp_workspace_remove_section (self->workspace,
                                           insp_section_get_uuid (self->current), &error);
  if (removed == NULL)
    {
      show_error (self, error);
      return;
    }
  g_set_object (&self->removed, removed);
  g_object_unref (removed);

  title = g_strdup_printf (_("“%s” removed"), insp_section_get_display_title (removed));
  toast = insp_toast_new_undo (title, G_CALLBACK (undo_remove), self);
  insp_toast_show_for (GTK_WIDGET (self), toast);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_remove (INSP_VISION_PAGE (widget));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspVisionPage *self = INSP_VISION_PAGE (widget);
  gboolean up = g_str_equal (action_name, "vision.move-up");
  g_autoptr(GError) error = NULL;
  guint index;

  if (self->current == NULL
      || find_section (self, insp_section_get_uuid (self->current), &index) == NULL
      || (up && index == 0) || (!up && index + 1 >= self->sections->len))
    return;

  save_now (self);
  if (!insp_workspace_move_section (self->workspace, insp_section_get_uuid (self->current),
                                    up ? index - 1 : index + 1, &error))
    show_error (self, error);
  else
    {
      GtkListBoxRow *row = insp_list_box_find_row (self->section_list,
                                                   insp_section_get_uuid (self->current));

      /* Keyboard focus follows the section it moved. */
      if (row != NULL && gtk_widget_get_focus_child (GTK_WIDGET (self->section_list)) != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspVisionPage *self = INSP_VISION_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  GtkTextIter start, end;

  adw_leaflet_set_visible_child (self->leaflet, self->editor_box);
  gtk_search_bar_set_search_mode (self->find_bar, TRUE);

  /* A selected word is what to find. */
  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end)
      && gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
    {
      g_autofree char *selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

      gtk_editable_set_text (GTK_EDITABLE (self->find_entry), selected);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->find_entry), 0, -1);
}

static InspVersionsDialog *
present_versions (InspVisionPage *self)
{
  InspVersionsDialog *dialog;

  save_now (self);
  dialog = insp_versions_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     self->workspace);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
show_versions_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  InspVisionPage *self = INSP_VISION_PAGE (widget);

  if (self->workspace != NULL)
    present_versions (self);
}

static void
save_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  InspVisionPage *self = INSP_VISION_PAGE (widget);

  if (self->workspace != NULL)
    gtk_widget_activate_action (GTK_WIDGET (present_versions (self)), "versions.save", NULL);
}

static void
search_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  InspVisionPage *self = INSP_VISION_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---------------------------------------------------------------------------------------------- */

/**
 * insp_vision_page_set_workspace:
 * @self: the vision page
 * @workspace: (nullable): the workspace to show
 */
void
insp_vision_page_set_workspace (InspVisionPage *self,
                                InspWorkspace  *workspace)
{
  g_return_if_fail (INSP_IS_VISION_PAGE (self));
  g_return_if_fail (workspace == NULL || INSP_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  /* Into the workspace it was written in. */
  save_now (self);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->current);
  g_clear_object (&self->removed);
  self->dirty = FALSE;
  insp_flag_list_set_subject (self->flag_list, "section", NULL);
  insp_flag_list_set_workspace (self->flag_list, workspace);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed::sections",
                               G_CALLBACK (on_sections_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::groups",
                               G_CALLBACK (on_groups_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::versions",
                               G_CALLBACK (on_sections_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "changed::reviews",
                               G_CALLBACK (on_sections_changed), self, G_CONNECT_SWAPPED);
    }

  on_search_stopped (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
set_show_prompts (InspVisionPage *self,
                  gboolean        show)
{
  if (self->show_prompts == show)
    return;
  self->show_prompts = show;
  update_prompt (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PROMPTS]);
}

/**
 * insp_vision_page_get_view:
 * @self: the vision page
 *
 * Returns: (transfer none): the editor, for tests
 */
GtkWidget *
insp_vision_page_get_view (InspVisionPage *self)
{
  g_return_val_if_fail (INSP_IS_VISION_PAGE (self), NULL);
  return GTK_WIDGET (self->view);
}

/**
 * insp_vision_page_show_section:
 * @self: the vision page
 * @uuid: a section
 *
 * Shows a section in the editor, as if chosen in the list.
 */
void
insp_vision_page_show_section (InspVisionPage *self,
                               const char     *uuid)
{
  g_return_if_fail (INSP_IS_VISION_PAGE (self));

  select_section (self, uuid);
}

static void
insp_vision_page_unmap (GtkWidget *widget)
{
  /* Another page is shown, or the window closes. */
  save_now (INSP_VISION_PAGE (widget));

  GTK_WIDGET_CLASS (insp_vision_page_parent_class)->unmap (widget);
}

static void
insp_vision_page_dispose (GObject *object)
{
  InspVisionPage *self = INSP_VISION_PAGE (object);

  save_now (self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->current);
  g_clear_object (&self->removed);
  g_clear_object (&self->last_review);
  g_clear_handle_id (&self->review_label_id, g_source_remove);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_VISION_PAGE);

  G_OBJECT_CLASS (insp_vision_page_parent_class)->dispose (object);
}

static void
insp_vision_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  InspVisionPage *self = INSP_VISION_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_SHOW_PROMPTS:
      g_value_set_boolean (value, self->show_prompts);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_vision_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  InspVisionPage *self = INSP_VISION_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_vision_page_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_SHOW_PROMPTS:
      set_show_prompts (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_vision_page_class_init (InspVisionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_vision_page_dispose;
  object_class->get_property = insp_vision_page_get_property;
  object_class->set_property = insp_vision_page_set_property;
  widget_class->unmap = insp_vision_page_unmap;

  /**
   * InspVisionPage:workspace: (nullable)
   *
   * The workspace whose vision is shown; the window's.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspVisionPage:show-prompts:
   *
   * Whether the built-in sections show the paper's guiding prompt (remembered in GSettings).
   */
  properties[PROP_SHOW_PROMPTS] =
    g_param_spec_boolean ("show-prompts", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (INSP_TYPE_MARKDOWN_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-vision-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, editor_box);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, section_list);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, result_list);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, title_entry);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, groups_button);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, word_count_label);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, save_label);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, prompt_revealer);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, find_bar);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, find_entry);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, find_label);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, view);
  gtk_widget_class_bind_template_child (widget_class, InspVisionPage, review_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stopped);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_section_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_section_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_title_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_find_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_find_next);
  gtk_widget_class_bind_template_callback (widget_class, on_find_previous);
  gtk_widget_class_bind_template_callback (widget_class, on_find_stopped);
  gtk_widget_class_bind_template_callback (widget_class, on_word_count_changed);

  gtk_widget_class_install_action (widget_class, "vision.add-section", NULL, add_section_action);
  gtk_widget_class_install_action (widget_class, "vision.remove-section", NULL,
                                   remove_section_action);
  gtk_widget_class_install_action (widget_class, "vision.undo-remove", NULL,
                                   undo_remove_action);
  gtk_widget_class_install_action (widget_class, "vision.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "vision.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "vision.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "vision.search-all", NULL, search_all_action);
  gtk_widget_class_install_action (widget_class, "vision.show-versions", NULL,
                                   show_versions_action);
  gtk_widget_class_install_action (widget_class, "vision.save-version", NULL,
                                   save_version_action);
  gtk_widget_class_install_property_action (widget_class, "vision.show-prompts",
                                            "show-prompts");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "vision.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "vision.search-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "vision.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "vision.move-down", NULL);
}

static void
insp_vision_page_init (InspVisionPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkEventController *focus;
  GtkTextBuffer *buffer;
  GtkWidget *prompt;

  self->show_prompts = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The guidance on the section shown, above its editor. */
  self->flag_list = INSP_FLAG_LIST (insp_flag_list_new ());
  prompt = GTK_WIDGET (self->prompt_revealer);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (prompt)),
                              GTK_WIDGET (self->flag_list), gtk_widget_get_prev_sibling (prompt));

  for (guint i = 0; i < insp_enum_section_status.n_values; i++)
    gtk_string_list_append (statuses, _(insp_enum_section_status.values[i].label));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  g_signal_connect_swapped (self->status_dropdown, "notify::selected",
                            G_CALLBACK (on_status_selected), self);
  /* GTK 4.8's drop-down does not pass its name on to the button inside it, which is what
   * a screen reader lands on. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->status_dropdown));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Section Status"), -1);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_title_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), focus);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  self->find_tag = gtk_text_buffer_create_tag (buffer, "find-match",
                                               "background", "#f6d32d",
                                               "foreground", "#000000",
                                               NULL);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (on_buffer_changed), self);
  gtk_search_bar_connect_entry (self->find_bar, GTK_EDITABLE (self->find_entry));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "show-section-prompts", self, "show-prompts",
                   G_SETTINGS_BIND_DEFAULT);

  update_actions (self);
}
