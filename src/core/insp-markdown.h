/* insp-markdown.h — CommonMark text as the vision is written in it
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of a vision section is CommonMark, parsed by cmark. The editor shows the source
 * with live styling: these functions say where the headings, emphasis, links, list items and
 * markers are, so the app never parses Markdown itself.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  INSP_MD_HEADING,      /* a heading, level 1–6 */
  INSP_MD_EMPHASIS,
  INSP_MD_STRONG,
  INSP_MD_LINK,         /* the text of a link */
  INSP_MD_CODE,         /* inline code */
  INSP_MD_CODE_BLOCK,
  INSP_MD_LIST_ITEM,    /* a list item, level = its nesting depth (1 for a top-level item) */
  INSP_MD_QUOTE,
  INSP_MD_MARKER,       /* syntax rather than text: #, *, _, [, ](url), bullets, numbers, > */
} InspMdStyle;

typedef struct
{
  InspMdStyle style;
  guint       level;
  gsize       start;    /* byte offset in the text */
  gsize       end;      /* byte offset just past the span */
} InspMdSpan;

/* What Enter does at the end of a list item. */
typedef enum
{
  INSP_MD_CONTINUE_NONE,  /* not in a list: a plain new line */
  INSP_MD_CONTINUE_ITEM,  /* start the next item with the returned prefix */
  INSP_MD_CONTINUE_END,   /* the item is empty: remove its marker, ending the list */
} InspMdContinue;

/* A match of insp_text_find (), in characters. */
typedef struct
{
  guint start;
  guint end;
} InspTextMatch;

GArray         *insp_text_find                   (const char  *text,
                                                  const char  *needle);
gboolean        insp_markdown_validate           (const char  *text,
                                                  gssize       length,
                                                  const char  *where,
                                                  GError     **error);
GArray         *insp_markdown_get_spans          (const char  *text,
                                                  gsize        length,
                                                  guint       *word_count);
guint           insp_markdown_count_words        (const char  *text,
                                                  gssize       length);
char           *insp_markdown_to_plain           (const char  *text,
                                                  gssize       length);
char           *insp_markdown_to_commonmark      (const char  *text,
                                                  gssize       length);
char           *insp_markdown_to_xml             (const char  *text,
                                                  gssize       length);
InspMdContinue  insp_markdown_continue_list      (const char  *line,
                                                  gsize        length,
                                                  char       **prefix,
                                                  gsize       *marker_length);

G_END_DECLS
