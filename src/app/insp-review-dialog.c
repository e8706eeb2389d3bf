/* insp-review-dialog.c — the review of a version of the vision by the employees' representatives
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per section of the reviewed version: its text as it is in that version, a verdict
 * (acceptable, could be improved, to be corrected, pending) and the reviewers' comments;
 * then the overall opinion of the representatives. Everything is saved as it is typed (a
 * second after typing pauses, at once when the focus leaves the text or the dialog closes);
 * a refused change is said where it happened.
 *
 * Sign Off… records the date and who signs (names or roles). A signed review is history:
 * the dialog shows it read-only, as it shows a removed review, with when and by whom, or
 * why it was removed.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-review-dialog.h"

#include <glib/gi18n.h>

#include "insp-enums.h"
#include "insp-error.h"
#include "insp-error-label.h"
#include "insp-markdown.h"
#include "insp-name-dialog.h"
#include "insp-version.h"
#include "insp-versions-dialog.h"

#define SAVE_PAUSE_MS 1000
#define SIGN_RESPONSE "sign"

typedef struct
{
  InspReviewDialog *self;       /* unowned: the dialog owns the entry */
  char             *section;
  char             *title;
  AdwExpanderRow   *row;
  GtkDropDown      *dropdown;
  GtkTextView      *comments;
  GtkLabel         *error;
  guint             save_id;
  gboolean          dirty;
} SectionEntry;

struct _InspReviewDialog
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkButton            *sign_button;
  AdwActionRow         *state_row;
  GtkImage             *state_icon;
  AdwPreferencesGroup  *sections_group;
  GtkTextView          *opinion_view;
  GtkLabel             *opinion_error;

  InspWorkspace        *workspace;
  char                 *review_uuid;
  InspReview           *review;
  InspVersion          *version;
  GPtrArray            *entries;        /* SectionEntry */
  char                 *state_text;

  gboolean              loading;
  gboolean              opinion_dirty;
  guint                 opinion_save_id;
};

G_DEFINE_FINAL_TYPE (InspReviewDialog, insp_review_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
section_entry_free (SectionEntry *entry)
{
  g_clear_handle_id (&entry->save_id, g_source_remove);
  g_free (entry->section);
  g_free (entry->title);
  g_free (entry);
}

static gboolean
is_read_only (InspReviewDialog *self)
{
  return self->review == NULL || insp_review_is_signed (self->review)
         || insp_review_is_removed (self->review);
}

static void
show_error_in (GtkLabel     *label,
               const GError *error)
{
  insp_error_label_show (label, error);
}

static char *
dup_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  /* Nothing but blanks is no text. */
  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* --- Saving ------------------------------------------------------------------------------- */

static const char *
get_verdict_id (SectionEntry *entry)
{
  guint selected = gtk_drop_down_get_selected (entry->dropdown);

  if (selected >= insp_enum_verdict.n_values)
    return "pending";
  return insp_enum_verdict.values[selected].id;
}

static gboolean
save_entry (SectionEntry *entry)
{
  InspReviewDialog *self = entry->self;
  g_autofree char *comments = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&entry->save_id, g_source_remove);
  if (self->workspace == NULL || self->review == NULL)
    return TRUE;

  comments = dup_buffer_text (entry->comments);
  if (!insp_workspace_set_verdict (self->workspace, self->review_uuid, entry->section,
                                   get_verdict_id (entry), comments, &error))
    {
      show_error_in (entry->error, error);
      return FALSE;
    }

  entry->dirty = FALSE;
  show_error_in (entry->error, NULL);
  return TRUE;
}

static gboolean
on_entry_save_timeout (gpointer data)
{
  SectionEntry *entry = data;

  entry->save_id = 0;
  save_entry (entry);
  return G_SOURCE_REMOVE;
}

static void
on_comments_changed (GtkTextBuffer *buffer,
                     SectionEntry  *entry)
{
  if (entry->self->loading || entry->self->workspace == NULL)
    return;

  entry->dirty = TRUE;
  g_clear_handle_id (&entry->save_id, g_source_remove);
  entry->save_id = g_timeout_add (SAVE_PAUSE_MS, on_entry_save_timeout, entry);
}

static void
on_comments_leave (GtkEventControllerFocus *controller,
                   SectionEntry            *entry)
{
  if (entry->dirty)
    save_entry (entry);
}

static void
on_verdict_selected (GtkDropDown  *dropdown,
                     GParamSpec   *pspec,
                     SectionEntry *entry)
{
  if (entry->self->loading || entry->self->workspace == NULL)
    return;

  save_entry (entry);
}

static gboolean
save_opinion (InspReviewDialog *self)
{
  g_autofree char *opinion = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->opinion_save_id, g_source_remove);
  if (!self->opinion_dirty || self->workspace == NULL || self->review == NULL)
    return TRUE;

  opinion = dup_buffer_text (self->opinion_view);
  if (!insp_workspace_set_review_opinion (self->workspace, self->review_uuid, opinion, &error))
    {
      show_error_in (self->opinion_error, error);
      return FALSE;
    }

  self->opinion_dirty = FALSE;
  show_error_in (self->opinion_error, NULL);
  return TRUE;
}

static gboolean
on_opinion_save_timeout (gpointer data)
{
  InspReviewDialog *self = data;

  self->opinion_save_id = 0;
  save_opinion (self);
  return G_SOURCE_REMOVE;
}

static void
on_opinion_changed (InspReviewDialog *self)
{
  if (self->loading || self->workspace == NULL)
    return;

  self->opinion_dirty = TRUE;
  g_clear_handle_id (&self->opinion_save_id, g_source_remove);
  self->opinion_save_id = g_timeout_add (SAVE_PAUSE_MS, on_opinion_save_timeout, self);
}

static void
on_opinion_leave (InspReviewDialog *self)
{
  save_opinion (self);
}

/**
 * insp_review_dialog_flush:
 * @self: a review dialog
 *
 * Writes the comments and opinion typed and not written yet.
 *
 * Returns: whether everything is written
 */
gboolean
insp_review_dialog_flush (InspReviewDialog *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (INSP_IS_REVIEW_DIALOG (self), FALSE);

  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      SectionEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->dirty && !save_entry (entry))
        ok = FALSE;
    }
  if (!save_opinion (self))
    ok = FALSE;
  return ok;
}

/* --- The state: open, signed off, removed ------------------------------------------------- */

static void
update_state (InspReviewDialog *self)
{
  gboolean read_only = is_read_only (self);
  g_autofree char *title = NULL;
  const char *subtitle = NULL;
  const char *icon = "document-edit-symbolic";

  if (self->review == NULL)
    {
      title = g_strdup (_("This review cannot be read"));
      icon = "dialog-error-symbolic";
    }
  else if (insp_review_is_removed (self->review))
    {
      g_autofree char *date = NULL;

      date = insp_versions_format_date (insp_review_get_removed_date (self->review));

      /* Translators: a removed review: the date, then the reason given */
      title = g_strdup_printf (_("Removed on %s: %s"), date,
                               insp_review_get_removed_reason (self->review));
      subtitle = _("A removed review stays in the history of the vision. It can no longer be "
                   "changed.");
      icon = "user-trash-symbolic";
    }
  else if (insp_review_is_signed (self->review))
    {
      g_autofree char *date = NULL;

      date = insp_versions_format_date (insp_review_get_signed_date (self->review));

      /* Translators: a signed review: the date, then the names or roles who signed */
      title = g_strdup_printf (_("Signed off on %s by %s"), date,
                               insp_review_get_signed_by (self->review));
      subtitle = _("A signed-off review is part of the history of the vision. It can no longer "
                   "be changed.");
      icon = "emblem-ok-symbolic";
    }
  else
    {
      title = g_strdup (_("In review"));
      subtitle = _("Verdicts, comments and the opinion are saved as you type. Sign the review "
                   "off once the representatives agree on it.");
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->state_row), title);
  adw_action_row_set_subtitle (self->state_row, subtitle != NULL ? subtitle : "");
  gtk_image_set_from_icon_name (self->state_icon, icon);
  g_free (self->state_text);
  self->state_text = g_steal_pointer (&title);

  /* Read-only once signed off or removed: still readable, selectable, reachable. (The
   * cursor stays "visible": GTK 4.8 fails an assertion when it is hidden while it blinks.) */
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      SectionEntry *entry = g_ptr_array_index (self->entries, i);

      gtk_widget_set_sensitive (GTK_WIDGET (entry->dropdown), !read_only);
      gtk_text_view_set_editable (entry->comments, !read_only);
    }
  gtk_text_view_set_editable (self->opinion_view, !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.sign", !read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->sign_button), !read_only);
}

/* --- The sections ------------------------------------------------------------------------- */

static GtkWidget *
create_text_row (InspReviewDialog *self,
                 InspSection      *section)
{
  g_autofree char *plain = insp_markdown_to_plain (insp_section_get_text (section), -1);
  g_autofree char *heading = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row, *box, *caption, *text;

  /* Translators: above a section's text in the review of a version */
  heading = g_strdup_printf (_("Text in version %u"), insp_version_get_number (self->version));
  /* Translators: how a screen reader names the row with a section's text in a review */
  accessible = g_strdup_printf (_("Text of “%s” in version %u"),
                                insp_section_get_display_title (section),
                                insp_version_get_number (self->version));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  caption = g_object_new (GTK_TYPE_LABEL, "label", heading, "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);

  g_strstrip (plain);
  text = g_object_new (GTK_TYPE_LABEL,
                       "label", plain[0] != '\0' ? plain
                                                  : _("This section is empty in this version."),
                       "xalign", 0.0f,
                       "wrap", TRUE,
                       "wrap-mode", PANGO_WRAP_WORD_CHAR,
                       NULL);
  if (plain[0] == '\0')
    gtk_widget_add_css_class (text, "dim-label");
  gtk_box_append (GTK_BOX (box), text);

  row = g_object_new (GTK_TYPE_LIST_BOX_ROW, "activatable", FALSE, "child", box, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

static GtkWidget *
create_comments_row (InspReviewDialog *self,
                     SectionEntry     *entry,
                     const char       *comments)
{
  g_autofree char *accessible = NULL;
  GtkWidget *row, *box, *caption, *frame, *view, *error;
  GtkEventController *focus;

  /* Translators: how a screen reader names the comments on a section in a review */
  accessible = g_strdup_printf (_("Comments on “%s”"), entry->title);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);

  view = g_object_new (GTK_TYPE_TEXT_VIEW,
                       "wrap-mode", GTK_WRAP_WORD_CHAR,
                       "accepts-tab", FALSE,
                       "height-request", 72,
                       "top-margin", 8,
                       "bottom-margin", 8,
                       "left-margin", 8,
                       "right-margin", 8,
                       NULL);
  set_buffer_text (GTK_TEXT_VIEW (view), comments);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  caption = g_object_new (GTK_TYPE_LABEL,
                          "label", _("_Comments"),
                          "use-underline", TRUE,
                          "mnemonic-widget", view,
                          "xalign", 0.0f,
                          NULL);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);

  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), frame);

  error = g_object_new (GTK_TYPE_LABEL, "visible", FALSE, "xalign", 0.0f, "wrap", TRUE, NULL);
  gtk_widget_add_css_class (error, "error");
  gtk_box_append (GTK_BOX (box), error);

  entry->comments = GTK_TEXT_VIEW (view);
  entry->error = GTK_LABEL (error);
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                    G_CALLBACK (on_comments_changed), entry);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_comments_leave), entry);
  gtk_widget_add_controller (view, focus);

  row = g_object_new (GTK_TYPE_LIST_BOX_ROW, "activatable", FALSE, "child", box, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

static GtkWidget *
create_verdict_dropdown (SectionEntry *entry,
                         const char   *verdict)
{
  g_autoptr(GtkStringList) verdicts = gtk_string_list_new (NULL);
  g_autofree char *accessible = NULL;
  GtkWidget *dropdown;
  int index;

  for (guint i = 0; i < insp_enum_verdict.n_values; i++)
    gtk_string_list_append (verdicts, _(insp_enum_verdict.values[i].label));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&verdicts)), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);

  index = insp_enum_index (&insp_enum_verdict, verdict != NULL ? verdict : "pending");
  if (index < 0)
    index = insp_enum_index (&insp_enum_verdict, "pending");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), (guint) MAX (index, 0));

  /* Translators: how a screen reader names the verdict on a section */
  accessible = g_strdup_printf (_("Verdict on “%s”"), entry->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_widget_set_tooltip_text (dropdown, _("The representatives’ verdict on this section"));
  /* GTK 4.8's drop-down does not pass its name on to the button inside it. */
  for (GtkWidget *child = gtk_widget_get_first_child (dropdown);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);

  entry->dropdown = GTK_DROP_DOWN (dropdown);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_verdict_selected), entry);
  return dropdown;
}

static void
label_hidden_switches (GtkWidget  *widget,
                       const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SWITCH (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      else
        label_hidden_switches (child, name);
    }
}

static void
add_section (InspReviewDialog *self,
             InspSection      *section)
{
  const InspVerdict *verdict = insp_review_get_verdict (self->review,
                                                        insp_section_get_uuid (section));
  const char *comments = verdict != NULL ? verdict->comments : NULL;
  SectionEntry *entry = g_new0 (SectionEntry, 1);
  GtkWidget *row, *dropdown;

  entry->self = self;
  entry->section = g_strdup (insp_section_get_uuid (section));
  entry->title = g_strdup (insp_section_get_display_title (section));
  g_ptr_array_add (self->entries, entry);

  row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->title);
  entry->row = ADW_EXPANDER_ROW (row);

  dropdown = create_verdict_dropdown (entry, verdict != NULL ? verdict->verdict : NULL);
#if ADW_CHECK_VERSION (1, 4, 0)
  adw_expander_row_add_suffix (ADW_EXPANDER_ROW (row), dropdown);
#else
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), dropdown);
#endif

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_text_row (self, section));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_comments_row (self, entry, comments));

  /* The row's switch to enable expansion is hidden (show-enable-switch is off), but it is
   * in the accessibility tree all the same: named, it is not a nameless control. */
  label_hidden_switches (row, entry->title);

  /* What the reviewers wrote shows at once. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), comments != NULL && comments[0] != '\0');

  adw_preferences_group_add (self->sections_group, row);
}

static InspVersion *
find_version (InspReviewDialog *self,
              const char       *uuid,
              GError          **error)
{
  g_autoptr(GPtrArray) versions = insp_workspace_list_versions (self->workspace, error);

  for (guint i = 0; versions != NULL && i < versions->len; i++)
    if (g_strcmp0 (insp_version_get_uuid (g_ptr_array_index (versions, i)), uuid) == 0)
      return g_object_ref (g_ptr_array_index (versions, i));

  if (versions != NULL)
    g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                 _("The version of this review is no longer in the workspace"));
  return NULL;
}

static void
load (InspReviewDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GPtrArray *sections;

  self->review = insp_workspace_get_review (self->workspace, self->review_uuid, &error);
  if (self->review != NULL)
    self->version = find_version (self, insp_review_get_version (self->review), &error);
  if (self->version == NULL)
    {
      g_clear_object (&self->review);
      update_state (self);
      adw_action_row_set_subtitle (self->state_row, error->message);
      return;
    }

  /* Translators: the title of the review dialog */
  title = g_strdup_printf (_("Review of Version %u"), insp_version_get_number (self->version));
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, insp_version_get_label (self->version));

  self->loading = TRUE;
  sections = insp_version_get_sections (self->version);
  for (guint i = 0; sections != NULL && i < sections->len; i++)
    add_section (self, g_ptr_array_index (sections, i));
  set_buffer_text (self->opinion_view, insp_review_get_opinion (self->review));
  self->loading = FALSE;

  update_state (self);
}

/* Signed off or removed meanwhile: shown as such. What is typed is not replaced. */
static void
on_reviews_changed (InspReviewDialog *self)
{
  g_autoptr(InspReview) review = NULL;

  if (self->review == NULL)
    return;

  review = insp_workspace_get_review (self->workspace, self->review_uuid, NULL);
  if (review == NULL)
    return;

  g_set_object (&self->review, review);
  update_state (self);
}

/* --- Sign Off… ---------------------------------------------------------------------------- */

static void present_sign_dialog (InspReviewDialog *self,
                                 const char       *date,
                                 const char       *signed_by,
                                 const char       *error_message);

static char *
dup_row_text (GtkWidget *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
on_sign_row_changed (GtkEditable      *editable,
                     AdwMessageDialog *dialog)
{
  g_autofree char *date = dup_row_text (g_object_get_data (G_OBJECT (dialog), "date-row"));
  g_autofree char *signed_by = dup_row_text (g_object_get_data (G_OBJECT (dialog), "by-row"));

  adw_message_dialog_set_response_enabled (dialog, SIGN_RESPONSE,
                                           date != NULL && signed_by != NULL);
}

static void
on_sign_response (AdwMessageDialog *dialog,
                  const char       *response,
                  InspReviewDialog *self)
{
  g_autofree char *date = dup_row_text (g_object_get_data (G_OBJECT (dialog), "date-row"));
  g_autofree char *signed_by = dup_row_text (g_object_get_data (G_OBJECT (dialog), "by-row"));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, SIGN_RESPONSE) || self->review == NULL)
    return;

  /* What was typed last belongs to what is signed. */
  insp_review_dialog_flush (self);
  if (!insp_workspace_sign_review (self->workspace, self->review_uuid, date, signed_by, &error))
    {
      present_sign_dialog (self, date, signed_by, error->message);
      return;
    }

  on_reviews_changed (self);
}

static void
present_sign_dialog (InspReviewDialog *self,
                     const char       *date,
                     const char       *signed_by,
                     const char       *error_message)
{
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *date_row, *by_row, *error;
  g_autofree char *today = NULL;

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
      date = today;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Sign Off the Review?"),
                                                       _("A signed-off review is part of the "
                                                         "history of the vision: its verdicts, "
                                                         "comments and opinion can no longer "
                                                         "be changed.")));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The Sign-Off"), -1);
  gtk_box_append (GTK_BOX (box), list);

  date_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                           /* Translators: the date is typed year-month-day, such as
                            * 2026-05-19: write the letters as in the message "… write it
                            * as YYYY-MM-DD …" */
                           "title", _("Date (YYYY-MM-DD)"),
                           "activates-default", TRUE,
                           "text", date,
                           NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), date_row);
  by_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                         "title", _("Signed by"),
                         "activates-default", TRUE,
                         "text", signed_by != NULL ? signed_by : "",
                         NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), by_row);

  error = insp_dialog_append_hint_and_error (
    GTK_BOX (box), _("Names or roles, such as “Works council (secretary)”."), error_message);
  adw_message_dialog_set_extra_child (dialog, box);

  g_object_set_data (G_OBJECT (dialog), "date-row", date_row);
  g_object_set_data (G_OBJECT (dialog), "by-row", by_row);
  g_object_set_data (G_OBJECT (dialog), "error-label", error);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    SIGN_RESPONSE, _("_Sign Off"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, SIGN_RESPONSE, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, SIGN_RESPONSE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  on_sign_row_changed (NULL, dialog);
  g_signal_connect_object (date_row, "changed", G_CALLBACK (on_sign_row_changed), dialog, 0);
  g_signal_connect_object (by_row, "changed", G_CALLBACK (on_sign_row_changed), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sign_response), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (signed_by == NULL ? by_row : date_row);
}

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  InspReviewDialog *self = INSP_REVIEW_DIALOG (widget);

  if (is_read_only (self))
    return;

  present_sign_dialog (self, NULL, NULL, NULL);
}

/* --- Public ------------------------------------------------------------------------------- */

static SectionEntry *
find_entry (InspReviewDialog *self,
            const char       *section)
{
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      SectionEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (entry->section, section) == 0)
        return entry;
    }
  return NULL;
}

/**
 * insp_review_dialog_get_review:
 * @self: a review dialog
 *
 * Returns: the uuid of the review shown
 */
const char *
insp_review_dialog_get_review (InspReviewDialog *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW_DIALOG (self), NULL);

  return self->review_uuid;
}

/**
 * insp_review_dialog_is_read_only:
 * @self: a review dialog
 *
 * Returns: whether the review is shown read-only: signed off, removed or unreadable
 */
gboolean
insp_review_dialog_is_read_only (InspReviewDialog *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW_DIALOG (self), TRUE);

  return is_read_only (self);
}

/**
 * insp_review_dialog_get_verdict_dropdown:
 * @self: a review dialog
 * @section: the uuid of a section of the reviewed version
 *
 * Returns: (transfer none) (nullable): the drop-down of the section's verdict, whose items
 *   are the verdicts in the order of insp_enum_verdict
 */
GtkDropDown *
insp_review_dialog_get_verdict_dropdown (InspReviewDialog *self,
                                         const char       *section)
{
  SectionEntry *entry;

  g_return_val_if_fail (INSP_IS_REVIEW_DIALOG (self), NULL);

  entry = find_entry (self, section);
  return entry != NULL ? entry->dropdown : NULL;
}

/**
 * insp_review_dialog_get_comments_view:
 * @self: a review dialog
 * @section: the uuid of a section of the reviewed version
 *
 * Returns: (transfer none) (nullable): the text view of the comments on the section
 */
GtkTextView *
insp_review_dialog_get_comments_view (InspReviewDialog *self,
                                      const char       *section)
{
  SectionEntry *entry;

  g_return_val_if_fail (INSP_IS_REVIEW_DIALOG (self), NULL);

  entry = find_entry (self, section);
  return entry != NULL ? entry->comments : NULL;
}

/**
 * insp_review_dialog_get_opinion_view:
 * @self: a review dialog
 *
 * Returns: (transfer none): the text view of the representatives' opinion
 */
GtkTextView *
insp_review_dialog_get_opinion_view (InspReviewDialog *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW_DIALOG (self), NULL);

  return self->opinion_view;
}

/**
 * insp_review_dialog_get_state_text:
 * @self: a review dialog
 *
 * Returns: where the review stands, as shown at the top: "In review", "Signed off on 19 May
 *   2026 by …", "Removed on …: reason"
 */
const char *
insp_review_dialog_get_state_text (InspReviewDialog *self)
{
  g_return_val_if_fail (INSP_IS_REVIEW_DIALOG (self), NULL);

  return self->state_text;
}

/* --- The class ---------------------------------------------------------------------------- */

static gboolean
on_close_request (InspReviewDialog *self)
{
  insp_review_dialog_flush (self);
  return FALSE;
}

static void
insp_review_dialog_constructed (GObject *object)
{
  InspReviewDialog *self = INSP_REVIEW_DIALOG (object);

  G_OBJECT_CLASS (insp_review_dialog_parent_class)->constructed (object);

  g_assert (INSP_IS_WORKSPACE (self->workspace));
  g_assert (self->review_uuid != NULL);

  load (self);
  g_signal_connect_object (self->workspace, "changed::reviews",
                           G_CALLBACK (on_reviews_changed), self, G_CONNECT_SWAPPED);
}

static void
insp_review_dialog_dispose (GObject *object)
{
  InspReviewDialog *self = INSP_REVIEW_DIALOG (object);

  if (self->workspace != NULL)
    {
      insp_review_dialog_flush (self);
      g_signal_handlers_disconnect_by_data (self->workspace, self);
    }
  g_clear_handle_id (&self->opinion_save_id, g_source_remove);
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    g_clear_handle_id (&((SectionEntry *) g_ptr_array_index (self->entries, i))->save_id,
                       g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_REVIEW_DIALOG);

  g_clear_object (&self->workspace);
  g_clear_object (&self->review);
  g_clear_object (&self->version);

  G_OBJECT_CLASS (insp_review_dialog_parent_class)->dispose (object);
}

static void
insp_review_dialog_finalize (GObject *object)
{
  InspReviewDialog *self = INSP_REVIEW_DIALOG (object);

  /* Only now: the window's widgets, whose signals refer to the entries, are gone. */
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self->review_uuid);
  g_free (self->state_text);

  G_OBJECT_CLASS (insp_review_dialog_parent_class)->finalize (object);
}

static void
insp_review_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  InspReviewDialog *self = INSP_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_REVIEW:
      g_value_set_string (value, self->review_uuid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_review_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  InspReviewDialog *self = INSP_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    case PROP_REVIEW:
      self->review_uuid = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_review_dialog_class_init (InspReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = insp_review_dialog_constructed;
  object_class->dispose = insp_review_dialog_dispose;
  object_class->finalize = insp_review_dialog_finalize;
  object_class->get_property = insp_review_dialog_get_property;
  object_class->set_property = insp_review_dialog_set_property;

  /**
   * InspReviewDialog:workspace:
   *
   * The workspace the review is in.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * InspReviewDialog:review:
   *
   * The uuid of the review shown.
   */
  properties[PROP_REVIEW] =
    g_param_spec_string ("review", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InspReviewDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, InspReviewDialog, sign_button);
  gtk_widget_class_bind_template_child (widget_class, InspReviewDialog, state_row);
  gtk_widget_class_bind_template_child (widget_class, InspReviewDialog, state_icon);
  gtk_widget_class_bind_template_child (widget_class, InspReviewDialog, sections_group);
  gtk_widget_class_bind_template_child (widget_class, InspReviewDialog, opinion_view);
  gtk_widget_class_bind_template_child (widget_class, InspReviewDialog, opinion_error);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request);

  gtk_widget_class_install_action (widget_class, "review.sign", NULL, sign_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
insp_review_dialog_init (InspReviewDialog *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) section_entry_free);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->opinion_view), "changed",
                            G_CALLBACK (on_opinion_changed), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_opinion_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->opinion_view), focus);
}

/**
 * insp_review_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace the review is in
 * @review_uuid: the review to show
 *
 * Returns: (transfer none): a new dialog, modal to @parent
 */
InspReviewDialog *
insp_review_dialog_new (GtkWindow     *parent,
                        InspWorkspace *workspace,
                        const char    *review_uuid)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INSP_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (review_uuid != NULL, NULL);

  return g_object_new (INSP_TYPE_REVIEW_DIALOG,
                       "transient-for", parent,
                       "workspace", workspace,
                       "review", review_uuid,
                       NULL);
}
