/* insp-markdown-view.c — a text view that edits CommonMark with live styling
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The buffer holds the CommonMark source, never rich text. After each change the core parses
 * the text (cmark) and says where headings, emphasis, links, list items and markers are; the
 * view turns that into tags. GTK's undo records text only, so undo and redo give back the
 * text exactly and the styling follows from it.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-markdown-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "insp-markdown.h"

#define N_HEADING_TAGS 6
#define N_LIST_TAGS 6
#define TEXT_MARGIN 24

struct _InspMarkdownView
{
  GtkTextView  parent_instance;

  GtkTextTag  *heading[N_HEADING_TAGS];
  GtkTextTag  *list[N_LIST_TAGS];
  GtkTextTag  *emphasis;
  GtkTextTag  *strong;
  GtkTextTag  *link;
  GtkTextTag  *code;
  GtkTextTag  *code_block;
  GtkTextTag  *quote;
  GtkTextTag  *marker;
  GPtrArray   *styling_tags;   /* all of the above */

  guint        restyle_id;
  guint        word_count;

  GArray      *applied;        /* Applied: the tags on the text now; NULL: none yet */
  int          applied_chars;  /* the length of the text they were applied to */
  int          edit_start;     /* what changed since, in characters */
  int          edit_end;
};

G_DEFINE_FINAL_TYPE (InspMarkdownView, insp_markdown_view, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_WORD_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkTextTag *
add_tag (InspMarkdownView *self,
         const char       *name,
         const char       *first_property,
         ...)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextTag *tag = gtk_text_tag_new (name);
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (tag), first_property, args);
  va_end (args);

  gtk_text_tag_table_add (gtk_text_buffer_get_tag_table (buffer), tag);
  g_ptr_array_add (self->styling_tags, tag);
  g_object_unref (tag);
  return tag;
}

/* Colours that follow the light or dark style: markers are the text colour, faded; links
 * the accent colour. */
static void
update_colors (InspMarkdownView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA marker = { dark ? 1.0f : 0.0f, dark ? 1.0f : 0.0f, dark ? 1.0f : 0.0f, 0.42f };
  GdkRGBA link = { 0, 0, 0, 1.0f };
  GdkRGBA block = { 0.5f, 0.5f, 0.5f, dark ? 0.16f : 0.10f };

  gdk_rgba_parse (&link, dark ? "#78aeed" : "#1a5fb4");
  g_object_set (self->marker, "foreground-rgba", &marker, NULL);
  g_object_set (self->link, "foreground-rgba", &link, NULL);
  g_object_set (self->code_block, "paragraph-background-rgba", &block, NULL);
  g_object_set (self->code, "background-rgba", &block, NULL);
}

static void
create_tags (InspMarkdownView *self)
{
  static const double scales[N_HEADING_TAGS] = { 1.6, 1.4, 1.2, 1.1, 1.0, 1.0 };

  /* Later tags win: the block styles first, the markers last. */
  for (guint i = 0; i < N_LIST_TAGS; i++)
    {
      g_autofree char *name = g_strdup_printf ("md-list-%u", i + 1);

      /* Nested items step in; the bullet hangs in the margin, so that wrapped lines line
       * up with the item's text. */
      self->list[i] = add_tag (self, name,
                               "left-margin", TEXT_MARGIN + 16 + 24 * (int) i,
                               "indent", -16,
                               NULL);
    }
  self->quote = add_tag (self, "md-quote",
                         "left-margin", TEXT_MARGIN + 16,
                         "style", PANGO_STYLE_ITALIC,
                         NULL);
  self->code_block = add_tag (self, "md-code-block",
                              "family", "monospace",
                              NULL);
  for (guint i = 0; i < N_HEADING_TAGS; i++)
    {
      g_autofree char *name = g_strdup_printf ("md-h%u", i + 1);

      self->heading[i] = add_tag (self, name,
                                  "weight", PANGO_WEIGHT_BOLD,
                                  "scale", scales[i],
                                  "pixels-above-lines", i < 2 ? 10 : 6,
                                  "pixels-below-lines", 4,
                                  NULL);
    }
  self->emphasis = add_tag (self, "md-emphasis", "style", PANGO_STYLE_ITALIC, NULL);
  self->strong = add_tag (self, "md-strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  self->link = add_tag (self, "md-link", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  self->code = add_tag (self, "md-code", "family", "monospace", NULL);
  self->marker = add_tag (self, "md-marker", NULL, NULL);

  update_colors (self);
}

static GtkTextTag *
tag_for_span (InspMarkdownView *self,
              const InspMdSpan *span)
{
  switch (span->style)
    {
    case INSP_MD_HEADING:
      return self->heading[CLAMP (span->level, 1, N_HEADING_TAGS) - 1];
    case INSP_MD_EMPHASIS:
      return self->emphasis;
    case INSP_MD_STRONG:
      return self->strong;
    case INSP_MD_LINK:
      return self->link;
    case INSP_MD_CODE:
      return self->code;
    case INSP_MD_CODE_BLOCK:
      return self->code_block;
    case INSP_MD_LIST_ITEM:
      return self->list[CLAMP (span->level, 1, N_LIST_TAGS) - 1];
    case INSP_MD_QUOTE:
      return self->quote;
    case INSP_MD_MARKER:
      return self->marker;
    default:
      return NULL;
    }
}

/* A span as applied: a tag over character offsets. */
typedef struct
{
  GtkTextTag *tag;
  int         start;
  int         end;
} Applied;

static gboolean
applied_equal (const Applied *a,
               const Applied *b,
               int            shift)
{
  return a->tag == b->tag && a->start + shift == b->start && a->end + shift == b->end;
}

/* The spans of @text as tags over character offsets: the spans come sorted by start, so
 * the starts are found in one pass; each end is counted from its start. */
static GArray *
to_applied (InspMarkdownView *self,
            const char       *text,
            GArray           *spans)
{
  GArray *applied = g_array_sized_new (FALSE, FALSE, sizeof (Applied), spans->len);
  gsize scanned_bytes = 0;
  glong scanned_chars = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      const InspMdSpan *span = &g_array_index (spans, InspMdSpan, i);
      Applied a = { tag_for_span (self, span), 0, 0 };

      if (a.tag == NULL || span->start < scanned_bytes)
        continue;

      scanned_chars += g_utf8_strlen (text + scanned_bytes,
                                      (gssize) (span->start - scanned_bytes));
      scanned_bytes = span->start;
      a.start = (int) scanned_chars;
      a.end = a.start + (int) g_utf8_strlen (text + span->start,
                                             (gssize) (span->end - span->start));
      g_array_append_val (applied, a);
    }

  return applied;
}

static void
extend_region (int *from,
               int *to,
               int  start,
               int  end)
{
  *from = MIN (*from, start);
  *to = MAX (*to, end);
}

/**
 * insp_markdown_view_restyle:
 * @self: a markdown view
 *
 * Styles the text from a fresh parse. Runs by itself after every change; public for the
 * benchmark and the tests.
 *
 * The whole text is parsed each time, but only the tags that differ are touched: GTK keeps
 * tags on the text around an edit, so what needs new tags is the edited stretch and the
 * spans the parse now sees differently (a `*` typed can turn a whole paragraph italic).
 */
void
insp_markdown_view_restyle (InspMarkdownView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autofree char *text = NULL;
  g_autoptr(GArray) spans = NULL;
  GArray *applied;
  GtkTextIter start, end;
  guint word_count = 0;
  int n_chars, shift, from, to;
  guint prefix = 0, suffix = 0, n_old, n_new;

  g_return_if_fail (INSP_IS_MARKDOWN_VIEW (self));

  g_clear_handle_id (&self->restyle_id, g_source_remove);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  spans = insp_markdown_get_spans (text, strlen (text), &word_count);
  applied = to_applied (self, text, spans);
  n_chars = gtk_text_buffer_get_char_count (buffer);

  if (self->applied == NULL)
    {
      /* Everything, from scratch. */
      from = 0;
      to = n_chars;
    }
  else
    {
      n_old = self->applied->len;
      n_new = applied->len;
      shift = n_chars - self->applied_chars;
      from = self->edit_start;
      to = self->edit_end;

      /* Unchanged before the edit, and unchanged but moved after it. */
      while (prefix < n_old && prefix < n_new
             && applied_equal (&g_array_index (self->applied, Applied, prefix),
                               &g_array_index (applied, Applied, prefix), 0)
             && g_array_index (applied, Applied, prefix).end <= from)
        prefix++;
      while (suffix < n_old - prefix && suffix < n_new - prefix
             && applied_equal (&g_array_index (self->applied, Applied, n_old - 1 - suffix),
                               &g_array_index (applied, Applied, n_new - 1 - suffix), shift)
             && g_array_index (applied, Applied, n_new - 1 - suffix).start >= to)
        suffix++;

      /* The rest changed: where its old tags are now, and where the new ones go. */
      for (guint i = prefix; i < n_old - suffix; i++)
        {
          const Applied *a = &g_array_index (self->applied, Applied, i);

          extend_region (&from, &to, MIN (a->start, a->start + shift),
                         MAX (a->end, a->end + shift));
        }
      for (guint i = prefix; i < n_new - suffix; i++)
        {
          const Applied *a = &g_array_index (applied, Applied, i);

          extend_region (&from, &to, a->start, a->end);
        }
      from = CLAMP (from, 0, n_chars);
      to = CLAMP (to, 0, n_chars);
    }

  if (from < to)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &start, from);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, to);
      for (guint i = 0; i < self->styling_tags->len; i++)
        gtk_text_buffer_remove_tag (buffer, g_ptr_array_index (self->styling_tags, i),
                                    &start, &end);

      for (guint i = 0; i < applied->len; i++)
        {
          const Applied *a = &g_array_index (applied, Applied, i);
          GtkTextIter a_start, a_end;

          if (a->end <= from || a->start >= to)
            continue;
          gtk_text_buffer_get_iter_at_offset (buffer, &a_start, MAX (a->start, from));
          gtk_text_buffer_get_iter_at_offset (buffer, &a_end, MIN (a->end, to));
          gtk_text_buffer_apply_tag (buffer, a->tag, &a_start, &a_end);
        }
    }

  g_clear_pointer (&self->applied, g_array_unref);
  self->applied = applied;
  self->applied_chars = n_chars;
  self->edit_start = G_MAXINT;
  self->edit_end = -1;

  if (word_count != self->word_count)
    {
      self->word_count = word_count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORD_COUNT]);
    }
}

/* Where the text changed since the last restyle, in today's character offsets. */
static void
on_insert_text (GtkTextBuffer    *buffer,
                GtkTextIter      *location,
                const char       *text,
                int               length,
                InspMarkdownView *self)
{
  int end = gtk_text_iter_get_offset (location);
  int n = (int) g_utf8_strlen (text, length);
  int start = end - n;   /* after the default handler: the iter is past the insertion */

  if (self->edit_end >= start)
    self->edit_end += n;
  self->edit_start = MIN (self->edit_start, start);
  self->edit_end = MAX (self->edit_end, end);
}

static void
on_delete_range (GtkTextBuffer    *buffer,
                 GtkTextIter      *start,
                 GtkTextIter      *end,
                 InspMarkdownView *self)
{
  /* Before the default handler: the iters still span the text that goes. */
  int at = gtk_text_iter_get_offset (start);
  int n = gtk_text_iter_get_offset (end) - at;

  if (self->edit_end > at)
    self->edit_end = MAX (at, self->edit_end - n);
  self->edit_start = MIN (self->edit_start, at);
  self->edit_end = MAX (self->edit_end, at);
}

static gboolean
restyle_cb (gpointer data)
{
  InspMarkdownView *self = data;

  self->restyle_id = 0;
  insp_markdown_view_restyle (self);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed (GtkTextBuffer    *buffer,
                   InspMarkdownView *self)
{
  /* Before the next frame is drawn, once for a burst of changes (a paste, an undo). */
  if (self->restyle_id == 0)
    self->restyle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, restyle_cb, self, NULL);
}

/**
 * insp_markdown_view_set_text:
 * @self: a markdown view
 * @text: (nullable): CommonMark text
 *
 * Shows @text as a new document: undo starts from here, the cursor at the start.
 */
void
insp_markdown_view_set_text (InspMarkdownView *self,
                             const char       *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start;

  g_return_if_fail (INSP_IS_MARKDOWN_VIEW (self));

  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  g_clear_pointer (&self->applied, g_array_unref);
  gtk_text_buffer_set_enable_undo (buffer, TRUE);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  insp_markdown_view_restyle (self);
}

/**
 * insp_markdown_view_get_text:
 * @self: a markdown view
 *
 * Returns: (transfer full): the CommonMark text
 */
char *
insp_markdown_view_get_text (InspMarkdownView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  g_return_val_if_fail (INSP_IS_MARKDOWN_VIEW (self), NULL);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

guint
insp_markdown_view_get_word_count (InspMarkdownView *self)
{
  g_return_val_if_fail (INSP_IS_MARKDOWN_VIEW (self), 0);
  return self->word_count;
}

/* Whether the @chars characters after @from (before it, when negative) are @expected. */
static gboolean
text_matches (const GtkTextIter *from,
              int                chars,
              const char        *expected)
{
  GtkTextIter a = *from, b = *from;
  g_autofree char *text = NULL;
  int offset = gtk_text_iter_get_offset (from) + chars;

  if (offset < 0)
    return FALSE;
  if (chars < 0)
    gtk_text_iter_set_offset (&a, offset);
  else
    gtk_text_iter_set_offset (&b, offset);
  if (gtk_text_iter_get_offset (&b) - gtk_text_iter_get_offset (&a) != ABS (chars))
    return FALSE;

  text = gtk_text_iter_get_text (&a, &b);
  return g_strcmp0 (text, expected) == 0;
}

/**
 * insp_markdown_view_toggle_wrap:
 * @self: a markdown view
 * @marker: "**" for bold, "*" for italic
 *
 * Wraps the selection in @marker, or unwraps it when it is wrapped already; without a
 * selection, inserts a pair and puts the cursor between. One step to undo.
 */
void
insp_markdown_view_toggle_wrap (InspMarkdownView *self,
                                const char       *marker)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  int n = (int) g_utf8_strlen (marker, -1);
  GtkTextIter start, end;

  g_return_if_fail (INSP_IS_MARKDOWN_VIEW (self));

  gtk_text_buffer_begin_user_action (buffer);

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      g_autofree char *pair = g_strconcat (marker, marker, NULL);
      GtkTextIter cursor;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, pair, -1, TRUE);
      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      gtk_text_iter_backward_chars (&cursor, n);
      gtk_text_buffer_place_cursor (buffer, &cursor);
    }
  else if (text_matches (&start, -n, marker) && text_matches (&end, n, marker))
    {
      GtkTextMark *start_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
      GtkTextIter a, b;

      b = end;
      gtk_text_iter_forward_chars (&b, n);
      gtk_text_buffer_delete_interactive (buffer, &end, &b, TRUE);
      gtk_text_buffer_get_iter_at_mark (buffer, &b, start_mark);
      a = b;
      gtk_text_iter_backward_chars (&a, n);
      gtk_text_buffer_delete_interactive (buffer, &a, &b, TRUE);
      gtk_text_buffer_delete_mark (buffer, start_mark);
    }
  else
    {
      GtkTextMark *start_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
      GtkTextMark *end_mark = gtk_text_buffer_create_mark (buffer, NULL, &end, FALSE);
      GtkTextIter a, b;

      gtk_text_buffer_insert_interactive (buffer, &end, marker, -1, TRUE);
      gtk_text_buffer_get_iter_at_mark (buffer, &a, start_mark);
      gtk_text_buffer_insert_interactive (buffer, &a, marker, -1, TRUE);

      /* Keep the words selected, inside the markers. */
      gtk_text_buffer_get_iter_at_mark (buffer, &a, start_mark);
      gtk_text_buffer_get_iter_at_mark (buffer, &b, end_mark);
      gtk_text_iter_forward_chars (&a, n);
      gtk_text_iter_backward_chars (&b, n);
      gtk_text_buffer_select_range (buffer, &a, &b);
      gtk_text_buffer_delete_mark (buffer, start_mark);
      gtk_text_buffer_delete_mark (buffer, end_mark);
    }

  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
}

/**
 * insp_markdown_view_insert_link:
 * @self: a markdown view
 *
 * Makes the selection a link and selects the address to type; without a selection,
 * inserts an empty link with the cursor where its text goes.
 */
void
insp_markdown_view_insert_link (InspMarkdownView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  const char *address = "https://";
  GtkTextIter start, end;

  g_return_if_fail (INSP_IS_MARKDOWN_VIEW (self));

  gtk_text_buffer_begin_user_action (buffer);

  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      GtkTextMark *start_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
      GtkTextMark *end_mark = gtk_text_buffer_create_mark (buffer, NULL, &end, FALSE);
      g_autofree char *tail = g_strdup_printf ("](%s)", address);
      GtkTextIter a, b;

      /* Each insertion invalidates the other iters: marks keep the places. */
      gtk_text_buffer_insert_interactive (buffer, &end, tail, -1, TRUE);
      gtk_text_buffer_get_iter_at_mark (buffer, &a, start_mark);
      gtk_text_buffer_insert_interactive (buffer, &a, "[", -1, TRUE);
      gtk_text_buffer_delete_mark (buffer, start_mark);

      /* Select the address, ready to be typed over. */
      gtk_text_buffer_get_iter_at_mark (buffer, &b, end_mark);
      gtk_text_iter_backward_char (&b);
      a = b;
      gtk_text_iter_backward_chars (&a, (int) strlen (address));
      gtk_text_buffer_select_range (buffer, &a, &b);
      gtk_text_buffer_delete_mark (buffer, end_mark);
    }
  else
    {
      g_autofree char *link = g_strdup_printf ("[](%s)", address);
      GtkTextIter cursor;

      gtk_text_buffer_insert_interactive_at_cursor (buffer, link, -1, TRUE);
      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      gtk_text_iter_backward_chars (&cursor, (int) strlen (address) + 3);
      gtk_text_buffer_place_cursor (buffer, &cursor);
    }

  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
}

/**
 * insp_markdown_view_newline:
 * @self: a markdown view
 *
 * What Enter does: in a list, starts the next item (or ends the list after an empty one).
 *
 * Returns: %TRUE when it handled the key, %FALSE for a plain new line
 */
gboolean
insp_markdown_view_newline (InspMarkdownView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autofree char *line = NULL;
  g_autofree char *prefix = NULL;
  GtkTextIter cursor, line_start;
  gsize marker_length = 0;
  InspMdContinue what;

  g_return_val_if_fail (INSP_IS_MARKDOWN_VIEW (self), FALSE);

  if (gtk_text_buffer_get_has_selection (buffer))
    return FALSE;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  line_start = cursor;
  gtk_text_iter_set_line_offset (&line_start, 0);
  line = gtk_text_buffer_get_text (buffer, &line_start, &cursor, TRUE);
  what = insp_markdown_continue_list (line, strlen (line), &prefix, &marker_length);

  if (what == INSP_MD_CONTINUE_NONE)
    return FALSE;

  gtk_text_buffer_begin_user_action (buffer);
  if (what == INSP_MD_CONTINUE_ITEM)
    {
      g_autofree char *insert = g_strconcat ("\n", prefix, NULL);

      gtk_text_buffer_insert_interactive_at_cursor (buffer, insert, -1, TRUE);
    }
  else
    {
      /* An empty item ends the list: its marker goes, the line stays empty. */
      gtk_text_buffer_delete_interactive (buffer, &line_start, &cursor, TRUE);
    }
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));

  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                InspMarkdownView      *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
      && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK)) == 0
      && gtk_text_view_get_editable (GTK_TEXT_VIEW (self)))
    return insp_markdown_view_newline (self);

  return FALSE;
}

static void
format_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  InspMarkdownView *self = INSP_MARKDOWN_VIEW (widget);

  if (!gtk_text_view_get_editable (GTK_TEXT_VIEW (self)))
    return;

  if (g_str_equal (action_name, "format.bold"))
    insp_markdown_view_toggle_wrap (self, "**");
  else if (g_str_equal (action_name, "format.italic"))
    insp_markdown_view_toggle_wrap (self, "*");
  else if (g_str_equal (action_name, "format.link"))
    insp_markdown_view_insert_link (self);
}

static void
on_dark_changed (InspMarkdownView *self)
{
  update_colors (self);
}

static void
insp_markdown_view_dispose (GObject *object)
{
  InspMarkdownView *self = INSP_MARKDOWN_VIEW (object);

  g_clear_handle_id (&self->restyle_id, g_source_remove);

  G_OBJECT_CLASS (insp_markdown_view_parent_class)->dispose (object);
}

static void
insp_markdown_view_finalize (GObject *object)
{
  InspMarkdownView *self = INSP_MARKDOWN_VIEW (object);

  g_ptr_array_unref (self->styling_tags);
  g_clear_pointer (&self->applied, g_array_unref);

  G_OBJECT_CLASS (insp_markdown_view_parent_class)->finalize (object);
}

static void
insp_markdown_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  InspMarkdownView *self = INSP_MARKDOWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORD_COUNT:
      g_value_set_uint (value, self->word_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_markdown_view_class_init (InspMarkdownViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_markdown_view_dispose;
  object_class->finalize = insp_markdown_view_finalize;
  object_class->get_property = insp_markdown_view_get_property;

  /**
   * InspMarkdownView:word-count:
   *
   * The words in the text, as a reader counts them (markup is not words).
   */
  properties[PROP_WORD_COUNT] =
    g_param_spec_uint ("word-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "format.bold", NULL, format_action);
  gtk_widget_class_install_action (widget_class, "format.italic", NULL, format_action);
  gtk_widget_class_install_action (widget_class, "format.link", NULL, format_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK,
                                       "format.bold", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "format.italic", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "format.link", NULL);
}

static void
insp_markdown_view_init (InspMarkdownView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkEventController *keys;

  self->styling_tags = g_ptr_array_new ();
  self->edit_start = G_MAXINT;
  self->edit_end = -1;

  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (view, 2);
  gtk_text_view_set_pixels_inside_wrap (view, 2);
  gtk_text_view_set_left_margin (view, TEXT_MARGIN);
  gtk_text_view_set_right_margin (view, TEXT_MARGIN);
  gtk_text_view_set_top_margin (view, 18);
  gtk_text_view_set_bottom_margin (view, 48);
  gtk_widget_add_css_class (GTK_WIDGET (self), "inspraak-editor");

  create_tags (self);

  g_signal_connect_object (gtk_text_view_get_buffer (view), "changed",
                           G_CALLBACK (on_buffer_changed), self, 0);
  g_signal_connect_object (gtk_text_view_get_buffer (view), "insert-text",
                           G_CALLBACK (on_insert_text), self, G_CONNECT_AFTER);
  g_signal_connect_object (gtk_text_view_get_buffer (view), "delete-range",
                           G_CALLBACK (on_delete_range), self, 0);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);

  /* Enter continues a list; before the text view inserts its own new line. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
insp_markdown_view_new (void)
{
  return g_object_new (INSP_TYPE_MARKDOWN_VIEW, NULL);
}
