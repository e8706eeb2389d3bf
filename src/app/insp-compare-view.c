/* insp-compare-view.c — what changed between two states of the vision, section by section
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the InspSectionDiff items of insp_workspace_compare (): a summary line, then per
 * section a header (its title, "Old → New" when renamed, what changed, how many words) and
 * its text with the words added underlined on a green tint and the words removed struck
 * through in red. The colours follow the light or dark style; underline and strikethrough
 * tell the two apart without colour, and each section has an accessible description ("12
 * words added, 3 removed") for a screen reader. Unchanged sections show only their header
 * until opened.
 *
 * The view does not scroll: put it in a GtkScrolledWindow.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-compare-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "insp-diff.h"

struct _InspCompareView
{
  GtkWidget        parent_instance;

  GtkLabel        *summary_label;
  GtkBox          *sections_box;

  /* One tag table for every section's buffer: a change of style recolours them all. */
  GtkTextTagTable *tags;
  GtkTextTag      *inserted_tag;
  GtkTextTag      *deleted_tag;

  GPtrArray       *diffs;          /* InspSectionDiff */
  char            *summary;
  guint            restore_version;
  /* Sections opened or closed by hand, by uuid: kept when the comparison is redone. */
  GHashTable      *expanded;
};

G_DEFINE_FINAL_TYPE (InspCompareView, insp_compare_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESTORE_VERSION,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESTORE_SECTION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Small additions to Adwaita, for this view only; named colours keep dark and high contrast
 * working. */
static const char style_sheet[] =
  ".compare-section > .compare-header { padding: 6px 12px 6px 6px; }\n"
  ".compare-section .compare-toggle { padding: 4px 6px; }\n"
  ".compare-section textview.compare-text,\n"
  ".compare-section textview.compare-text > text { background-color: transparent; }\n"
  ".change-pill { border-radius: 999px; padding: 1px 8px; font-size: 0.85em;\n"
  "               font-weight: bold; }\n"
  ".change-pill.added { color: @success_color; background-color: alpha(@success_color, 0.15); }\n"
  ".change-pill.removed { color: @error_color; background-color: alpha(@error_color, 0.15); }\n"
  ".change-pill.renamed, .change-pill.moved { color: @accent_color;\n"
  "               background-color: alpha(@accent_color, 0.15); }\n"
  ".change-pill.changed { color: @warning_color; background-color: alpha(@warning_color, 0.15); }\n"
  ".change-pill.unchanged { background-color: alpha(currentColor, 0.1); }\n";

static void
ensure_style (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "insp-compare-view-style"))
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, style_sheet, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "insp-compare-view-style",
                          g_steal_pointer (&provider), g_object_unref);
}

/* --- Colours ------------------------------------------------------------------------------ */

static void
set_rgba (GtkTextTag *tag,
          const char *property,
          const char *spec)
{
  GdkRGBA rgba;

  if (!gdk_rgba_parse (&rgba, spec))
    g_assert_not_reached ();
  g_object_set (tag, property, &rgba, NULL);
}

/* Adwaita's success and error colours for text, with tints light enough to read on. */
static void
update_colours (InspCompareView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);

  if (dark)
    {
      set_rgba (self->inserted_tag, "background-rgba",
                high_contrast ? "rgba(38,162,105,0.45)" : "rgba(38,162,105,0.30)");
      set_rgba (self->inserted_tag, "underline-rgba", "#8ff0a4");
      set_rgba (self->deleted_tag, "foreground-rgba", "#ff7b63");
      set_rgba (self->deleted_tag, "background-rgba",
                high_contrast ? "rgba(224,27,36,0.40)" : "rgba(224,27,36,0.22)");
      set_rgba (self->deleted_tag, "strikethrough-rgba", "#ff7b63");
    }
  else
    {
      set_rgba (self->inserted_tag, "background-rgba",
                high_contrast ? "rgba(38,162,105,0.30)" : "rgba(38,162,105,0.18)");
      set_rgba (self->inserted_tag, "underline-rgba", "#1b8553");
      set_rgba (self->deleted_tag, "foreground-rgba", high_contrast ? "#8a1a1e" : "#c01c28");
      set_rgba (self->deleted_tag, "background-rgba",
                high_contrast ? "rgba(224,27,36,0.18)" : "rgba(224,27,36,0.10)");
      set_rgba (self->deleted_tag, "strikethrough-rgba", high_contrast ? "#8a1a1e" : "#c01c28");
    }
}

static void
on_style_changed (InspCompareView *self)
{
  update_colours (self);
}

/* --- Words -------------------------------------------------------------------------------- */

/* For a screen reader, and the section's description: "12 words added, 3 removed". */
static char *
describe_words (const InspSectionDiff *diff)
{
  if (diff->words_added > 0 && diff->words_removed > 0)
    /* Translators: the words added to and removed from a section's text; the plural
     * follows the first number. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word added, %u removed",
                                         "%u words added, %u removed", diff->words_added),
                            diff->words_added, diff->words_removed);
  if (diff->words_added > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word added", "%u words added",
                                         diff->words_added),
                            diff->words_added);
  if (diff->words_removed > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word removed",
                                         "%u words removed", diff->words_removed),
                            diff->words_removed);
  return g_strdup (_("No words added or removed"));
}

/* Short, for the header: "+12 −3 words". NULL when no word changed. */
static char *
format_word_counts (const InspSectionDiff *diff)
{
  if (diff->words_added > 0 && diff->words_removed > 0)
    /* Translators: words added and removed, in a section's header; the plural follows
     * their sum. Keep the signs. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u −%u word", "+%u −%u words",
                                         diff->words_added + diff->words_removed),
                            diff->words_added, diff->words_removed);
  if (diff->words_added > 0)
    /* Translators: words added, in a section's header */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u word", "+%u words",
                                         diff->words_added),
                            diff->words_added);
  if (diff->words_removed > 0)
    /* Translators: words removed, in a section's header */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "−%u word", "−%u words",
                                         diff->words_removed),
                            diff->words_removed);
  return NULL;
}

static const char *
get_title (const InspSectionDiff *diff)
{
  return diff->new_title != NULL ? diff->new_title : diff->old_title;
}

/* "3 of 9 sections changed: 1 added, 1 renamed, 1 changed". */
static char *
create_summary (GPtrArray *diffs)
{
  static const InspSectionChange order[] = {
    INSP_SECTION_CHANGE_ADDED,
    INSP_SECTION_CHANGE_REMOVED,
    INSP_SECTION_CHANGE_RENAMED,
    INSP_SECTION_CHANGE_MOVED,
    INSP_SECTION_CHANGE_CHANGED,
  };
  guint counts[INSP_SECTION_CHANGE_REMOVED + 1] = { 0 };
  guint n_changed = 0;
  g_autoptr(GString) summary = NULL;

  if (diffs == NULL || diffs->len == 0)
    return g_strdup (_("There are no sections to compare."));

  for (guint i = 0; i < diffs->len; i++)
    {
      const InspSectionDiff *diff = g_ptr_array_index (diffs, i);

      if (diff->change <= INSP_SECTION_CHANGE_REMOVED)
        counts[diff->change]++;
      if (diff->change != INSP_SECTION_CHANGE_UNCHANGED)
        n_changed++;
    }

  if (n_changed == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "No differences: the section is the same.",
                                         "No differences: the %u sections are the same.",
                                         diffs->len),
                            diffs->len);

  summary = g_string_new (NULL);
  g_string_append_printf (summary,
                          /* Translators: the start of a comparison's summary, such as
                           * "3 of 9 sections changed: 1 added, 1 renamed, 1 changed" */
                          g_dngettext (GETTEXT_PACKAGE, "%u of %u section changed:",
                                       "%u of %u sections changed:", diffs->len),
                          n_changed, diffs->len);

  for (guint i = 0, n = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint count = counts[order[i]];
      g_autofree char *part = NULL;

      if (count == 0)
        continue;

      switch (order[i])
        {
        case INSP_SECTION_CHANGE_ADDED:
          /* Translators: a part of a comparison's summary: sections added */
          part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", count),
                                  count);
          break;
        case INSP_SECTION_CHANGE_REMOVED:
          /* Translators: a part of a comparison's summary: sections removed */
          part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u removed", "%u removed",
                                               count),
                                  count);
          break;
        case INSP_SECTION_CHANGE_RENAMED:
          /* Translators: a part of a comparison's summary: sections renamed */
          part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u renamed", "%u renamed",
                                               count),
                                  count);
          break;
        case INSP_SECTION_CHANGE_MOVED:
          /* Translators: a part of a comparison's summary: sections moved */
          part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u moved", "%u moved", count),
                                  count);
          break;
        case INSP_SECTION_CHANGE_CHANGED:
        case INSP_SECTION_CHANGE_UNCHANGED:
        default:
          /* Translators: a part of a comparison's summary: sections whose text changed */
          part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed",
                                               count),
                                  count);
          break;
        }

      /* Translators: the separator between the parts of a comparison's summary */
      g_string_append (summary, n++ == 0 ? " " : _(", "));
      g_string_append (summary, part);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}

/* --- A section ---------------------------------------------------------------------------- */

static void
fill_buffer (InspCompareView       *self,
             GtkTextBuffer         *buffer,
             const InspSectionDiff *diff)
{
  const InspDiffRun *previous = NULL;

  for (guint i = 0; diff->runs != NULL && i < diff->runs->len; i++)
    {
      const InspDiffRun *run = g_ptr_array_index (diff->runs, i);
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      switch (run->op)
        {
        case INSP_DIFF_INSERT:
          if (insp_diff_run_is_whitespace (run))
            {
              gtk_text_buffer_insert (buffer, &end, run->text, -1);
              break;
            }
          /* Old and new words side by side: a space between them, not part of either. */
          if (previous != NULL && previous->op == INSP_DIFF_DELETE
              && !insp_diff_run_is_whitespace (previous) && previous->text[0] != '\0'
              && !g_ascii_isspace (previous->text[strlen (previous->text) - 1])
              && !g_ascii_isspace (run->text[0]))
            {
              gtk_text_buffer_insert (buffer, &end, " ", 1);
            }
          gtk_text_buffer_insert_with_tags (buffer, &end, run->text, -1, self->inserted_tag,
                                            NULL);
          break;

        case INSP_DIFF_DELETE:
          /* Whitespace that changed: the new whitespace follows; skip the old. */
          if (insp_diff_run_is_whitespace (run))
            continue;
          gtk_text_buffer_insert_with_tags (buffer, &end, run->text, -1, self->deleted_tag,
                                            NULL);
          break;

        case INSP_DIFF_EQUAL:
        default:
          gtk_text_buffer_insert (buffer, &end, run->text, -1);
          break;
        }
      previous = run;
    }
}

static GtkWidget *
create_pill (InspSectionChange change,
             const char       *css_class)
{
  GtkWidget *pill = gtk_label_new (insp_section_change_get_label (change));

  gtk_widget_add_css_class (pill, "change-pill");
  gtk_widget_add_css_class (pill, css_class);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  return pill;
}

static void
set_card_expanded (GtkWidget *card,
                   gboolean   expanded)
{
  GtkRevealer *revealer = g_object_get_data (G_OBJECT (card), "revealer");
  GtkImage *arrow = g_object_get_data (G_OBJECT (card), "arrow");
  GtkWidget *toggle = g_object_get_data (G_OBJECT (card), "toggle");

  gtk_revealer_set_reveal_child (revealer, expanded);
  gtk_image_set_from_icon_name (arrow, expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
  gtk_widget_set_tooltip_text (toggle, expanded ? _("Hide the Text") : _("Show the Text"));
}

static void
on_toggle_clicked (GtkButton       *button,
                   InspCompareView *self)
{
  GtkWidget *card = g_object_get_data (G_OBJECT (button), "card");
  GtkRevealer *revealer = g_object_get_data (G_OBJECT (card), "revealer");
  gboolean expanded = !gtk_revealer_get_reveal_child (revealer);

  set_card_expanded (card, expanded);
  g_hash_table_insert (self->expanded, g_strdup (g_object_get_data (G_OBJECT (card), "uuid")),
                       GINT_TO_POINTER (expanded ? 2 : 1));
}

static void
on_restore_clicked (GtkButton       *button,
                    InspCompareView *self)
{
  GtkWidget *card = g_object_get_data (G_OBJECT (button), "card");

  g_signal_emit (self, signals[RESTORE_SECTION], 0, g_object_get_data (G_OBJECT (card), "uuid"));
}

static GtkWidget *
create_card (InspCompareView       *self,
             const InspSectionDiff *diff)
{
  const char *title = get_title (diff);
  g_autofree char *shown_title = NULL;
  g_autofree char *words = format_word_counts (diff);
  g_autofree char *description = describe_words (diff);
  g_autofree char *full_description = NULL;
  g_autoptr(GtkTextBuffer) buffer = NULL;
  GtkWidget *card, *header, *line, *toggle, *toggle_box, *arrow, *title_label, *details;
  GtkWidget *revealer, *text_view, *content;
  gpointer override;
  gboolean expanded;

  if (diff->renamed && diff->old_title != NULL && diff->new_title != NULL)
    /* Translators: a section renamed between two versions: its old title, then its new */
    shown_title = g_strdup_printf (_("%s → %s"), diff->old_title, diff->new_title);
  else
    shown_title = g_strdup (title != NULL ? title : "");

  card = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                       NULL);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "compare-section");
  g_object_set_data_full (G_OBJECT (card), "uuid", g_strdup (diff->uuid), g_free);

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (header, "compare-header");
  gtk_box_append (GTK_BOX (card), header);

  /* The title opens and closes the text. */
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (header), line);
  toggle = gtk_button_new ();
  gtk_widget_set_hexpand (toggle, TRUE);
  gtk_widget_add_css_class (toggle, "flat");
  gtk_widget_add_css_class (toggle, "compare-toggle");
  toggle_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  arrow = gtk_image_new_from_icon_name ("pan-end-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (toggle_box), arrow);
  title_label = g_object_new (GTK_TYPE_LABEL,
                              "label", shown_title,
                              "xalign", 0.0f,
                              "wrap", TRUE,
                              "wrap-mode", PANGO_WRAP_WORD_CHAR,
                              "hexpand", TRUE,
                              NULL);
  gtk_widget_add_css_class (title_label, "heading");
  gtk_box_append (GTK_BOX (toggle_box), title_label);
  gtk_button_set_child (GTK_BUTTON (toggle), toggle_box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  shown_title, -1);
  g_object_set_data (G_OBJECT (toggle), "card", card);
  g_signal_connect (toggle, "clicked", G_CALLBACK (on_toggle_clicked), self);
  gtk_box_append (GTK_BOX (line), toggle);

  /* Restoring needs the section in the older state, and a difference to undo. */
  if (self->restore_version > 0 && diff->old_index >= 0
      && diff->change != INSP_SECTION_CHANGE_UNCHANGED)
    {
      GtkWidget *restore = gtk_button_new_with_label (_("Restore This Section"));
      g_autofree char *tooltip = NULL;
      g_autofree char *accessible = NULL;

      /* Translators: the tooltip of a section's Restore This Section button */
      tooltip = g_strdup_printf (_("Put this section back as it is in version %u"),
                                 self->restore_version);
      /* Translators: how a screen reader names a section's Restore button: the section's
       * title and the version it is restored from */
      accessible = g_strdup_printf (_("Restore “%s” as in Version %u"),
                                    title != NULL ? title : "", self->restore_version);
      gtk_widget_set_tooltip_text (restore, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (restore), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (restore), "card", card);
      g_signal_connect (restore, "clicked", G_CALLBACK (on_restore_clicked), self);
      gtk_box_append (GTK_BOX (line), restore);
    }

  /* What changed: pills, then the words. */
  details = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (details, 34);
  gtk_box_append (GTK_BOX (header), details);
  if (diff->change == INSP_SECTION_CHANGE_ADDED)
    gtk_box_append (GTK_BOX (details), create_pill (diff->change, "added"));
  else if (diff->change == INSP_SECTION_CHANGE_REMOVED)
    gtk_box_append (GTK_BOX (details), create_pill (diff->change, "removed"));
  else
    {
      if (diff->renamed)
        gtk_box_append (GTK_BOX (details),
                        create_pill (INSP_SECTION_CHANGE_RENAMED, "renamed"));
      if (diff->moved)
        gtk_box_append (GTK_BOX (details), create_pill (INSP_SECTION_CHANGE_MOVED, "moved"));
      if (diff->text_changed || (diff->change == INSP_SECTION_CHANGE_CHANGED))
        gtk_box_append (GTK_BOX (details),
                        create_pill (INSP_SECTION_CHANGE_CHANGED, "changed"));
      if (gtk_widget_get_first_child (details) == NULL)
        gtk_box_append (GTK_BOX (details),
                        create_pill (INSP_SECTION_CHANGE_UNCHANGED, "unchanged"));
    }
  if (words != NULL)
    {
      GtkWidget *words_label = gtk_label_new (words);

      gtk_widget_add_css_class (words_label, "dim-label");
      gtk_widget_add_css_class (words_label, "caption");
      gtk_widget_add_css_class (words_label, "numeric");
      /* Read out in words, not as "+12 −3". */
      gtk_accessible_update_property (GTK_ACCESSIBLE (words_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      gtk_box_append (GTK_BOX (details), words_label);
    }

  /* The text. */
  buffer = gtk_text_buffer_new (self->tags);
  fill_buffer (self, buffer, diff);
  if (gtk_text_buffer_get_char_count (buffer) > 0)
    {
      text_view = g_object_new (GTK_TYPE_TEXT_VIEW,
                                "buffer", buffer,
                                "editable", FALSE,
                                "cursor-visible", FALSE,
                                "wrap-mode", GTK_WRAP_WORD_CHAR,
                                "left-margin", 12,
                                "right-margin", 12,
                                "top-margin", 6,
                                "bottom-margin", 12,
                                "pixels-below-lines", 2,
                                NULL);
      gtk_widget_add_css_class (text_view, "compare-text");
      gtk_accessible_update_property (GTK_ACCESSIBLE (text_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      g_object_set_data (G_OBJECT (card), "text-view", text_view);
      content = text_view;
    }
  else
    {
      content = g_object_new (GTK_TYPE_LABEL,
                              "label", _("This section has no text."),
                              "xalign", 0.0f,
                              "margin-start", 46,
                              "margin-bottom", 12,
                              "margin-top", 2,
                              NULL);
      gtk_widget_add_css_class (content, "dim-label");
    }

  revealer = g_object_new (GTK_TYPE_REVEALER,
                           "transition-type", GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN,
                           "child", content,
                           NULL);
  gtk_box_append (GTK_BOX (card), revealer);

  g_object_set_data (G_OBJECT (card), "revealer", revealer);
  g_object_set_data (G_OBJECT (card), "arrow", arrow);
  g_object_set_data (G_OBJECT (card), "toggle", toggle);

  /* A screen reader hears the section's title and, in words, what changed in it. */
  /* Translators: a section's description for a screen reader: what happened to it, then
   * the words added and removed, such as "Changed: 12 words added, 3 removed" */
  full_description = g_strdup_printf (_("%s: %s"), insp_section_change_get_label (diff->change),
                                      description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, shown_title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, full_description,
                                  -1);

  /* Unchanged sections show only their header, until opened. */
  override = g_hash_table_lookup (self->expanded, diff->uuid);
  if (override != NULL)
    expanded = GPOINTER_TO_INT (override) == 2;
  else
    expanded = diff->change != INSP_SECTION_CHANGE_UNCHANGED;
  gtk_revealer_set_transition_duration (GTK_REVEALER (revealer), 0);
  set_card_expanded (card, expanded);
  gtk_revealer_set_transition_duration (GTK_REVEALER (revealer), 200);

  return card;
}

static GtkWidget *
find_card (InspCompareView *self,
           const char      *section)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "uuid"), section) == 0)
      return child;
  return NULL;
}

static void
rebuild (InspCompareView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);

  g_clear_pointer (&self->summary, g_free);
  if (self->diffs == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
      return;
    }

  self->summary = create_summary (self->diffs);
  gtk_label_set_text (self->summary_label, self->summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);

  for (guint i = 0; i < self->diffs->len; i++)
    gtk_box_append (self->sections_box, create_card (self, g_ptr_array_index (self->diffs, i)));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/* --- Public ------------------------------------------------------------------------------- */

/**
 * insp_compare_view_new:
 *
 * Returns: (transfer floating): a new, empty compare view
 */
GtkWidget *
insp_compare_view_new (void)
{
  return g_object_new (INSP_TYPE_COMPARE_VIEW, NULL);
}

/**
 * insp_compare_view_set_diff:
 * @self: a compare view
 * @section_diffs: (nullable) (element-type InspSectionDiff): a comparison from
 *   insp_workspace_compare (); the view keeps a reference
 *
 * Shows a comparison, or nothing.
 */
void
insp_compare_view_set_diff (InspCompareView *self,
                            GPtrArray       *section_diffs)
{
  g_return_if_fail (INSP_IS_COMPARE_VIEW (self));

  if (self->diffs == section_diffs)
    return;

  if (section_diffs != NULL)
    g_ptr_array_ref (section_diffs);
  g_clear_pointer (&self->diffs, g_ptr_array_unref);
  self->diffs = section_diffs;
  rebuild (self);
}

/**
 * insp_compare_view_get_diff:
 * @self: a compare view
 *
 * Returns: (transfer none) (nullable) (element-type InspSectionDiff): the comparison shown
 */
GPtrArray *
insp_compare_view_get_diff (InspCompareView *self)
{
  g_return_val_if_fail (INSP_IS_COMPARE_VIEW (self), NULL);

  return self->diffs;
}

/**
 * insp_compare_view_set_restore_version:
 * @self: a compare view
 * @number: the version sections can be restored from, or 0 for none
 *
 * With a version, each section that differs and exists in the older state has a Restore
 * This Section button, which emits #InspCompareView::restore-section.
 */
void
insp_compare_view_set_restore_version (InspCompareView *self,
                                       guint            number)
{
  g_return_if_fail (INSP_IS_COMPARE_VIEW (self));

  if (self->restore_version == number)
    return;

  self->restore_version = number;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTORE_VERSION]);
}

guint
insp_compare_view_get_restore_version (InspCompareView *self)
{
  g_return_val_if_fail (INSP_IS_COMPARE_VIEW (self), 0);

  return self->restore_version;
}

/**
 * insp_compare_view_get_summary:
 * @self: a compare view
 *
 * Returns: (nullable): the summary line, such as "3 of 9 sections changed: 1 added, …"
 */
const char *
insp_compare_view_get_summary (InspCompareView *self)
{
  g_return_val_if_fail (INSP_IS_COMPARE_VIEW (self), NULL);

  return self->summary;
}

/**
 * insp_compare_view_get_text_view:
 * @self: a compare view
 * @section: a section's uuid
 *
 * Returns: (transfer none) (nullable): the text view that shows the section's text, with
 *   the tags %INSP_COMPARE_TAG_INSERTED and %INSP_COMPARE_TAG_DELETED; %NULL when the
 *   section is not shown or has no text
 */
GtkTextView *
insp_compare_view_get_text_view (InspCompareView *self,
                                 const char      *section)
{
  GtkWidget *card;

  g_return_val_if_fail (INSP_IS_COMPARE_VIEW (self), NULL);

  card = find_card (self, section);
  return card != NULL ? g_object_get_data (G_OBJECT (card), "text-view") : NULL;
}

/**
 * insp_compare_view_get_section_widget:
 * @self: a compare view
 * @section: a section's uuid
 *
 * Returns: (transfer none) (nullable): the widget that shows the section, with its
 *   accessible label and description
 */
GtkWidget *
insp_compare_view_get_section_widget (InspCompareView *self,
                                      const char      *section)
{
  g_return_val_if_fail (INSP_IS_COMPARE_VIEW (self), NULL);

  return find_card (self, section);
}

/**
 * insp_compare_view_get_expanded:
 * @self: a compare view
 * @section: a section's uuid
 *
 * Returns: whether the section's text is shown (not just its header)
 */
gboolean
insp_compare_view_get_expanded (InspCompareView *self,
                                const char      *section)
{
  GtkWidget *card;

  g_return_val_if_fail (INSP_IS_COMPARE_VIEW (self), FALSE);

  card = find_card (self, section);
  return card != NULL
         && gtk_revealer_get_reveal_child (g_object_get_data (G_OBJECT (card), "revealer"));
}

/**
 * insp_compare_view_set_expanded:
 * @self: a compare view
 * @section: a section's uuid
 * @expanded: whether to show its text
 *
 * Opens or closes a section, as its title does when clicked.
 */
void
insp_compare_view_set_expanded (InspCompareView *self,
                                const char      *section,
                                gboolean         expanded)
{
  GtkWidget *card;

  g_return_if_fail (INSP_IS_COMPARE_VIEW (self));

  card = find_card (self, section);
  if (card == NULL)
    return;

  set_card_expanded (card, expanded);
  g_hash_table_insert (self->expanded, g_strdup (section), GINT_TO_POINTER (expanded ? 2 : 1));
}

/* --- The class ---------------------------------------------------------------------------- */

static void
insp_compare_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (insp_compare_view_parent_class)->root (widget);

  ensure_style (widget);
}

static void
insp_compare_view_dispose (GObject *object)
{
  InspCompareView *self = INSP_COMPARE_VIEW (object);
  GtkWidget *child;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->diffs, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_object (&self->tags);

  G_OBJECT_CLASS (insp_compare_view_parent_class)->dispose (object);
}

static void
insp_compare_view_finalize (GObject *object)
{
  InspCompareView *self = INSP_COMPARE_VIEW (object);

  g_free (self->summary);

  G_OBJECT_CLASS (insp_compare_view_parent_class)->finalize (object);
}

static void
insp_compare_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  InspCompareView *self = INSP_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_RESTORE_VERSION:
      g_value_set_uint (value, self->restore_version);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_compare_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  InspCompareView *self = INSP_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_RESTORE_VERSION:
      insp_compare_view_set_restore_version (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_compare_view_class_init (InspCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_compare_view_dispose;
  object_class->finalize = insp_compare_view_finalize;
  object_class->get_property = insp_compare_view_get_property;
  object_class->set_property = insp_compare_view_set_property;
  widget_class->root = insp_compare_view_root;

  /**
   * InspCompareView:restore-version:
   *
   * The version sections can be restored from; 0 shows no Restore buttons.
   */
  properties[PROP_RESTORE_VERSION] =
    g_param_spec_uint ("restore-version", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * InspCompareView:summary: (nullable)
   *
   * The summary line of the comparison shown.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * InspCompareView::restore-section:
   * @self: the compare view
   * @section: the section's uuid
   *
   * Restore This Section was pressed: put @section back as in #InspCompareView:restore-version.
   */
  signals[RESTORE_SECTION] =
    g_signal_new ("restore-section",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "compareview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
insp_compare_view_init (InspCompareView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->tags = gtk_text_tag_table_new ();
  self->inserted_tag = gtk_text_tag_new (INSP_COMPARE_TAG_INSERTED);
  g_object_set (self->inserted_tag, "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_tag_table_add (self->tags, self->inserted_tag);
  g_object_unref (self->inserted_tag);
  self->deleted_tag = gtk_text_tag_new (INSP_COMPARE_TAG_DELETED);
  g_object_set (self->deleted_tag, "strikethrough", TRUE, NULL);
  gtk_text_tag_table_add (self->tags, self->deleted_tag);
  g_object_unref (self->deleted_tag);
  update_colours (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);

  self->summary_label = g_object_new (GTK_TYPE_LABEL,
                                      "xalign", 0.0f,
                                      "wrap", TRUE,
                                      "visible", FALSE,
                                      "selectable", FALSE,
                                      NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "heading");
  gtk_widget_set_parent (GTK_WIDGET (self->summary_label), GTK_WIDGET (self));

  self->sections_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_widget_set_parent (GTK_WIDGET (self->sections_box), GTK_WIDGET (self));
}
