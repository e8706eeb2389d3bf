/* insp-markdown-view.h — a text view that edits CommonMark with live styling
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define INSP_TYPE_MARKDOWN_VIEW (insp_markdown_view_get_type ())

G_DECLARE_FINAL_TYPE (InspMarkdownView, insp_markdown_view, INSP, MARKDOWN_VIEW, GtkTextView)

GtkWidget *insp_markdown_view_new           (void);
void       insp_markdown_view_set_text      (InspMarkdownView *self,
                                             const char       *text);
char      *insp_markdown_view_get_text      (InspMarkdownView *self);
void       insp_markdown_view_restyle       (InspMarkdownView *self);
guint      insp_markdown_view_get_word_count (InspMarkdownView *self);
void       insp_markdown_view_toggle_wrap   (InspMarkdownView *self,
                                             const char       *marker);
void       insp_markdown_view_insert_link   (InspMarkdownView *self);
gboolean   insp_markdown_view_newline       (InspMarkdownView *self);

G_END_DECLS
