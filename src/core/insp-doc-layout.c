/* insp-doc-layout.c — a document paginated for A4, shared by PDF, printing and preview
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is a display list: each page an array of items (text lines of a PangoLayout,
 * filled and stroked rectangles, lines, check boxes) in points. Blocks are laid out top to
 * bottom; a block that does not fit continues on a new page line by line. Running header and
 * footer are drawn when a page is rendered, as only then is the number of pages known; the
 * table of contents reserves a fixed column for its page numbers, so its length does not
 * depend on them and they are filled in once everything else is placed.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "insp-doc-layout.h"
#include "insp-doc-writer-private.h"

#define PAGE_WIDTH    595.2756   /* A4: 210 mm */
#define PAGE_HEIGHT   841.8898   /* 297 mm */
#define MM            (72.0 / 25.4)
#define MARGIN_SIDE   (22 * MM)
#define MARGIN_TOP    (25 * MM)
#define MARGIN_BOTTOM (24 * MM)
#define BODY_TOP      MARGIN_TOP
#define BODY_BOTTOM   (PAGE_HEIGHT - MARGIN_BOTTOM)
#define BODY_WIDTH    (PAGE_WIDTH - 2 * MARGIN_SIDE)

#define COLOR_TEXT        0x241f31
#define COLOR_HEADING     0x1a3b5d
#define COLOR_ACCENT      0x1c71d8
#define COLOR_MUTED       0x5e5c64
#define COLOR_RULE        0xc0bfbc
#define COLOR_BORDER      0xa8a6a3
#define COLOR_HEADER_FILL 0xe3ebf5
#define COLOR_NOTE_FILL   0xedf3fb
#define COLOR_CODE_FILL   0xf3f2f0
#define COLOR_BLANK_FILL  0xfff0a0

#define CELL_PAD      4.0
#define TOC_NUMBER_W  32.0

/* Clickable links: cairo 1.16 writes link annotations qpdf reports as damage (PLATFORM.md). */
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE (1, 18, 0)
#define WITH_LINKS 1
#else
#define WITH_LINKS 0
#endif

#define LINKS_KEY "insp-doc-links"

/* A link in a layout's text: bytes [start, end) go to @target, link attributes for cairo. */
typedef struct
{
  guint  start, end;
  char  *target;
} Link;

static void
clear_link (gpointer data)
{
  g_free (((Link *) data)->target);
}

/* Remembers that bytes [start, end) of @layout's text link to @target ("uri='…'" or
 * "page=N pos=[x y]"). */
static void
layout_add_link (PangoLayout *layout,
                 guint        start,
                 guint        end,
                 char        *target)
{
  GArray *links = g_object_get_data (G_OBJECT (layout), LINKS_KEY);
  Link link = { start, end, target };

  if (links == NULL)
    {
      links = g_array_new (FALSE, FALSE, sizeof (Link));
      g_array_set_clear_func (links, clear_link);
      g_object_set_data_full (G_OBJECT (layout), LINKS_KEY, links,
                              (GDestroyNotify) g_array_unref);
    }
  g_array_append_val (links, link);
}

static char *
uri_target (const char *uri)
{
  GString *target = g_string_new ("uri='");

  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (target, '\\');
      g_string_append_c (target, *p);
    }
  g_string_append_c (target, '\'');
  return g_string_free (target, FALSE);
}

typedef enum
{
  ITEM_TEXT,      /* lines [first, first + n) of layout, the top of line first at (x, y) */
  ITEM_FILL,      /* a filled rectangle */
  ITEM_RECT,      /* a stroked rectangle */
  ITEM_LINE,      /* a line from (x, y) to (x + w, y + h) */
  ITEM_DOTS,      /* a dotted leader from (x, y) to (x + w, y) */
  ITEM_BOX,       /* a check box, ticked when flag */
} ItemType;

typedef struct
{
  ItemType     type;
  guint32      color;
  gboolean     flag;
  double       x, y, w, h;
  double       line_width;
  PangoLayout *layout;
  int          first, n;
  double       offset;     /* TEXT: the top of line first within the layout */
} Item;

typedef struct
{
  guint  heading;          /* index among the headings the TOC lists */
  guint  page;
  double y;                /* the top of the entry's last line */
  double x;                /* where the number column starts */
  double baseline;         /* of the last line, for the leader */
} TocEntry;

struct _InspDocLayout
{
  PangoFontMap         *font_map;
  PangoContext         *context;
  PangoFontDescription *body_font, *mono_font, *small_font, *heading_fonts[5], *title_font,
                       *subtitle_font;

  GPtrArray            *pages;       /* GArray of Item */
  GArray               *headings;    /* InspDocLayoutHeading, text owned */
  GArray               *toc;         /* TocEntry */
  double                y;
  gboolean              no_gap;      /* the next block starts level with a marker */
  double                line_height; /* of body text, once measured */

  gboolean              title_page;
  char                 *header;
  char                 *footer;
};

/* What a rollback returns to (keep-with-next). */
typedef struct
{
  guint  n_pages;
  guint  n_items;
  guint  n_headings;
  guint  n_toc;
  double y;
} State;

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
}

static void
clear_heading (gpointer data)
{
  InspDocLayoutHeading *heading = data;

  g_free ((char *) heading->text);
  g_free ((char *) heading->id);
}

static GArray *
current_page (InspDocLayout *L)
{
  return g_ptr_array_index (L->pages, L->pages->len - 1);
}

static guint
current_page_index (InspDocLayout *L)
{
  return L->pages->len - 1;
}

static void
new_page (InspDocLayout *L)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (items, clear_item);
  g_ptr_array_add (L->pages, items);
  L->y = BODY_TOP;
  L->no_gap = FALSE;
}

static gboolean
at_page_top (InspDocLayout *L)
{
  return L->y <= BODY_TOP + 0.01;
}

/* Space between blocks, but none at the top of a page or beside a list marker. */
static void
gap (InspDocLayout *L,
     double         amount)
{
  if (!at_page_top (L) && !L->no_gap)
    L->y += amount;
  L->no_gap = FALSE;
}

static void
save_state (InspDocLayout *L,
            State         *state)
{
  state->n_pages = L->pages->len;
  state->n_items = current_page (L)->len;
  state->n_headings = L->headings->len;
  state->n_toc = L->toc->len;
  state->y = L->y;
}

static void
restore_state (InspDocLayout *L,
               const State   *state)
{
  g_ptr_array_set_size (L->pages, state->n_pages);
  g_array_set_size (current_page (L), state->n_items);
  g_array_set_size (L->headings, state->n_headings);
  g_array_set_size (L->toc, state->n_toc);
  L->y = state->y;
  L->no_gap = FALSE;
}

static Item *
add_item (InspDocLayout *L,
          guint          page,
          ItemType       type,
          guint32        color,
          double         x,
          double         y,
          double         w,
          double         h)
{
  GArray *items = g_ptr_array_index (L->pages, page);
  Item item = { type, color, FALSE, x, y, w, h, 0.6, NULL, 0, 0, 0 };

  g_array_append_val (items, item);
  return &g_array_index (items, Item, items->len - 1);
}

/* Inserts a background before the items at @index, so text is drawn over it. */
static void
insert_fill (InspDocLayout *L,
             guint          page,
             guint          index,
             guint32        color,
             double         x,
             double         y,
             double         w,
             double         h)
{
  GArray *items = g_ptr_array_index (L->pages, page);
  Item item = { ITEM_FILL, color, FALSE, x, y, w, h, 0, NULL, 0, 0, 0 };

  g_array_insert_val (items, MIN (index, items->len), item);
}

/* ---- Text ---------------------------------------------------------------------------- */

static PangoLayout *
new_layout (InspDocLayout              *L,
            const PangoFontDescription *font,
            double                      width)
{
  PangoLayout *layout = pango_layout_new (L->context);

  pango_layout_set_font_description (layout, font);
  if (font == L->body_font)
    pango_layout_set_line_spacing (layout, 1.12);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

static void
add_attr (PangoAttrList  *attrs,
          PangoAttribute *attr,
          gsize           start,
          gsize           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

static void
add_color_attr (PangoAttrList *attrs,
                guint32        color,
                gboolean       background,
                gsize          start,
                gsize          end)
{
  guint16 r = ((color >> 16) & 0xff) * 257, g = ((color >> 8) & 0xff) * 257,
          b = (color & 0xff) * 257;

  add_attr (attrs, background ? pango_attr_background_new (r, g, b)
                              : pango_attr_foreground_new (r, g, b), start, end);
}

/* Text and attributes from a block's runs: user text is set as text, never parsed. */
static PangoLayout *
runs_layout (InspDocLayout              *L,
             const InspDocBlock         *block,
             const PangoFontDescription *font,
             double                      width,
             gboolean                    strong)
{
  PangoLayout *layout = new_layout (L, font, width);
  PangoAttrList *attrs = pango_attr_list_new ();
  GString *text = g_string_new (NULL);

  if (strong)
    add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, G_MAXUINT);

  if (block->runs != NULL)
    for (guint i = 0; i < block->runs->len; i++)
      {
        const InspDocRun *run = &g_array_index (block->runs, InspDocRun, i);
        gsize start = text->len;

        if (run->type == INSP_DOC_RUN_LINE_BREAK)
          {
            g_string_append (text, "\u2028");
            continue;
          }
        if (run->type == INSP_DOC_RUN_BLANK)
          {
            g_autofree char *blank = insp_doc_dup_blank_text (run->text);

            g_string_append (text, blank);
            add_color_attr (attrs, COLOR_BLANK_FILL, TRUE, start, text->len);
            add_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, text->len);
            continue;
          }
        if (run->text == NULL)
          continue;

        g_string_append (text, run->text);
        if (run->style & INSP_DOC_STYLE_EMPHASIS)
          add_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, text->len);
        if (run->style & INSP_DOC_STYLE_STRONG)
          add_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, text->len);
        if (run->style & INSP_DOC_STYLE_CODE)
          {
            add_attr (attrs, pango_attr_family_new ("DejaVu Sans Mono, Monospace"),
                      start, text->len);
            add_attr (attrs, pango_attr_scale_new (0.88), start, text->len);
            add_color_attr (attrs, COLOR_CODE_FILL, TRUE, start, text->len);
          }
        if (run->link != NULL)
          {
            if (WITH_LINKS)
              layout_add_link (layout, start, text->len, uri_target (run->link));
            add_color_attr (attrs, COLOR_ACCENT, FALSE, start, text->len);
            add_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE),
                      start, text->len);
            /* Without clickable links (cairo < 1.18), the address is printed after its
             * text, so a reader of the paper can follow it. */
            if (g_strcmp0 (run->link, run->text) != 0)
              {
                gsize uri_start = text->len;

                g_string_append (text, " (");
                g_string_append (text, run->link);
                g_string_append (text, ")");
                add_color_attr (attrs, COLOR_MUTED, FALSE, uri_start, text->len);
              }
          }
      }

  pango_layout_set_text (layout, text->str, text->len);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  g_string_free (text, TRUE);
  return layout;
}

static PangoLayout *
text_layout (InspDocLayout              *L,
             const char                 *text,
             const PangoFontDescription *font,
             double                      width)
{
  PangoLayout *layout = new_layout (L, font, width);

  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/* The top and bottom of every line of @layout, in points: 2 doubles a line. */
static GArray *
layout_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = pango_units_to_double (y0);
      bottom = pango_units_to_double (y1);
      g_array_append_val (lines, top);
      g_array_append_val (lines, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

#define LINE_TOP(lines, i) g_array_index ((lines), double, 2 * (i))
#define LINE_BOTTOM(lines, i) g_array_index ((lines), double, 2 * (i) + 1)

static void
add_text (InspDocLayout *L,
          guint          page,
          PangoLayout   *layout,
          guint32        color,
          double         x,
          double         y,
          int            first,
          int            n,
          double         offset)
{
  Item *item = add_item (L, page, ITEM_TEXT, color, x, y, 0, 0);

  item->layout = g_object_ref (layout);
  item->first = first;
  item->n = n;
  item->offset = offset;
}

/* Places @layout at @x from the current position, continuing on new pages as needed; never
 * leaves a paragraph's first line alone at the foot of a page. Takes @layout. Returns the
 * page and y of the first line through @first_page and @first_y when not NULL. */
static void
place_layout (InspDocLayout *L,
              PangoLayout   *layout,
              guint32        color,
              double         x,
              guint         *first_page,
              double        *first_y)
{
  GArray *lines = layout_lines (layout);
  guint n_lines = lines->len / 2;
  guint i = 0;

  while (i < n_lines)
    {
      double top = LINE_TOP (lines, i);
      guint end = i;

      while (end < n_lines && L->y + LINE_BOTTOM (lines, end) - top <= BODY_BOTTOM)
        end++;
      /* No orphan: one first line alone at the foot of a page moves along. */
      if (i == 0 && end == 1 && n_lines > 1 && !at_page_top (L))
        end = 0;
      if (end == i)
        {
          if (at_page_top (L))
            end = i + 1;      /* a line taller than a page: place it anyway */
          else
            {
              new_page (L);
              continue;
            }
        }
      if (i == 0)
        {
          if (first_page != NULL)
            *first_page = current_page_index (L);
          if (first_y != NULL)
            *first_y = L->y;
        }
      add_text (L, current_page_index (L), layout, color, x, L->y, i, end - i, top);
      L->y += LINE_BOTTOM (lines, end - 1) - top;
      i = end;
      if (i < n_lines)
        new_page (L);
    }
  g_array_unref (lines);
  g_object_unref (layout);
}

/* Makes room for @height on this page, or starts a new one. */
static void
need (InspDocLayout *L,
      double         height)
{
  if (!at_page_top (L) && L->y + height > BODY_BOTTOM)
    new_page (L);
}

/* The height of a line of body text. */
static double
first_line_height (InspDocLayout *L)
{
  if (L->line_height <= 0)
    {
      PangoLayout *layout = text_layout (L, "Xg", L->body_font, -1);
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      L->line_height = MAX (pango_units_to_double (logical.height), 1);
      g_object_unref (layout);
    }
  return L->line_height;
}

/* ---- Blocks -------------------------------------------------------------------------- */

static void layout_children (InspDocLayout *L,
                             InspDocBlock  *parent,
                             double         x,
                             double         width,
                             guint          depth);

static void
layout_heading (InspDocLayout *L,
                InspDocBlock  *block,
                double         x,
                double         width)
{
  static const double before[] = { 0, 20, 15, 11, 9 };
  static const double after[] = { 0, 9, 6, 4, 3 };
  guint level = CLAMP (block->level, 1, 4);
  PangoLayout *layout = runs_layout (L, block, L->heading_fonts[level], width, FALSE);
  InspDocLayoutHeading heading = { 0 };
  guint page = 0;
  double y = 0;

  gap (L, before[level]);
  place_layout (L, layout, level <= 2 ? COLOR_HEADING : COLOR_TEXT, x, &page, &y);
  if (level == 1)
    {
      L->y += 3;
      add_item (L, current_page_index (L), ITEM_LINE, COLOR_ACCENT, x, L->y, width, 0)
        ->line_width = 1.2;
    }
  L->y += after[level];

  heading.text = insp_doc_block_dup_plain (block);
  heading.id = g_strdup (block->id);
  heading.level = level;
  heading.page = page;
  heading.y = y;
  g_array_append_val (L->headings, heading);
}

static void
layout_paragraph (InspDocLayout *L,
                  InspDocBlock  *block,
                  double         x,
                  double         width)
{
  gap (L, 7);
  place_layout (L, runs_layout (L, block, L->body_font, width, FALSE), COLOR_TEXT, x,
                NULL, NULL);
}

static void
layout_list (InspDocLayout *L,
             InspDocBlock  *block,
             double         x,
             double         width,
             guint          depth)
{
  static const char *bullets[] = { "•", "◦", "▪" };
  guint number = block->number;
  double indent = block->flag ? 22 : 15;

  gap (L, 5);
  if (block->children == NULL)
    return;
  for (guint i = 0; i < block->children->len; i++)
    {
      InspDocBlock *item = g_ptr_array_index (block->children, i);
      g_autofree char *marker = NULL;
      PangoLayout *layout;
      guint page;
      double y;

      if (block->flag)
        marker = g_strdup_printf ("%u.", number++);
      else
        marker = g_strdup (bullets[depth % G_N_ELEMENTS (bullets)]);

      if (i > 0)
        gap (L, 3);
      need (L, 2 * first_line_height (L));
      page = current_page_index (L);
      y = L->y;
      layout = text_layout (L, marker, L->body_font, indent - 5);
      pango_layout_set_alignment (layout, block->flag ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      add_text (L, page, layout, block->flag ? COLOR_TEXT : COLOR_ACCENT, x, y, 0, 1, 0);
      g_object_unref (layout);

      /* The item's first paragraph starts level with its marker. */
      L->no_gap = TRUE;
      layout_children (L, item, x + indent, width - indent, depth + 1);
      if (L->y < y && current_page_index (L) == page)
        L->y = y + first_line_height (L);
    }
}

static void
layout_checklist (InspDocLayout *L,
                  InspDocBlock  *block,
                  double         x,
                  double         width)
{
  double size = 8.5, indent = 17;

  gap (L, 6);
  if (block->children == NULL)
    return;
  for (guint i = 0; i < block->children->len; i++)
    {
      InspDocBlock *item = g_ptr_array_index (block->children, i);
      PangoLayout *layout = runs_layout (L, item, L->body_font, width - indent, FALSE);
      GArray *lines = layout_lines (layout);
      double first = LINE_BOTTOM (lines, 0) - LINE_TOP (lines, 0);
      guint page = 0;
      double y = 0;
      Item *box;

      g_array_unref (lines);
      if (i > 0)
        L->y += 4;
      place_layout (L, layout, COLOR_TEXT, x + indent, &page, &y);
      box = add_item (L, page, ITEM_BOX, COLOR_TEXT, x + 1, y + (first - size) / 2, size, size);
      box->flag = item->flag;
      box->line_width = 0.8;
    }
}

static void
layout_field (InspDocLayout *L,
              InspDocBlock  *block,
              double         x,
              double         width)
{
  double spacing = 24;
  PangoLayout *layout = runs_layout (L, block, L->body_font, width, TRUE);
  GArray *lines = layout_lines (layout);
  double label = LINE_BOTTOM (lines, lines->len / 2 - 1);

  g_array_unref (lines);
  gap (L, 9);
  need (L, label + spacing);
  place_layout (L, layout, COLOR_TEXT, x, NULL, NULL);
  for (guint i = 0; i < MAX (block->level, 1); i++)
    {
      if (L->y + spacing > BODY_BOTTOM)
        new_page (L);
      L->y += spacing;
      add_item (L, current_page_index (L), ITEM_LINE, COLOR_BORDER, x, L->y, width, 0);
    }
  L->y += 2;
}

/* A box (note, quote, code) around what @lay_out places: a fill and/or a bar on the left, on
 * every page the content crosses. */
typedef void (*LayOut) (InspDocLayout *L,
                        InspDocBlock  *block,
                        double         x,
                        double         width,
                        guint          depth);

static void
layout_boxed (InspDocLayout *L,
              InspDocBlock  *block,
              double         x,
              double         width,
              guint          depth,
              guint32        fill,
              guint32        bar,
              double         indent,
              double         pad,
              LayOut         lay_out)
{
  guint first_page, first_index;
  double first_y, bar_width = bar != 0 ? 3 : 0;

  gap (L, 9);
  need (L, 2 * pad + 2 * first_line_height (L));
  first_page = current_page_index (L);
  first_index = current_page (L)->len;
  first_y = L->y;
  L->y += pad;
  lay_out (L, block, x + indent + bar_width + pad, width - indent - bar_width - 2 * pad, depth);
  L->y += pad;
  if (L->y > BODY_BOTTOM)
    L->y = BODY_BOTTOM;

  for (guint page = first_page; page <= current_page_index (L); page++)
    {
      double top = page == first_page ? first_y : BODY_TOP;
      double bottom = page == current_page_index (L) ? L->y : BODY_BOTTOM;
      guint index = page == first_page ? first_index : 0;

      if (bar != 0)
        insert_fill (L, page, index, bar, x + indent, top, bar_width, bottom - top);
      if (fill != 0)
        insert_fill (L, page, index, fill, x + indent, top, width - indent, bottom - top);
    }
}

static void
lay_out_children (InspDocLayout *L,
                  InspDocBlock  *block,
                  double         x,
                  double         width,
                  guint          depth)
{
  /* The first child starts right at the top of the box. */
  L->no_gap = TRUE;
  layout_children (L, block, x, width, depth);
}

static void
lay_out_code (InspDocLayout *L,
              InspDocBlock  *block,
              double         x,
              double         width,
              guint          depth)
{
  g_autofree char *text = g_strdup (block->text != NULL ? block->text : "");
  gsize len = strlen (text);

  while (len > 0 && text[len - 1] == '\n')
    text[--len] = '\0';
  place_layout (L, text_layout (L, text, L->mono_font, width), COLOR_TEXT, x, NULL, NULL);
}

/* ---- Tables -------------------------------------------------------------------------- */

typedef struct
{
  InspDocBlock *block;
  guint         n_columns;
  double        x;
  double       *widths;
  double        width;
  GPtrArray    *header_cells;   /* PangoLayout, n_columns a header row */
  guint         n_header_rows;
  double        header_height;
  gboolean      repeat;         /* header rows short enough to repeat on every page */
  gboolean      started;        /* the header rows have been placed once */
  double        fresh_y;        /* where rows start on the page the table is on */
} Table;

static PangoLayout **
row_layouts (InspDocLayout *L,
             Table         *T,
             InspDocBlock  *row,
             gboolean       header)
{
  PangoLayout **cells = g_new0 (PangoLayout *, T->n_columns);

  for (guint c = 0; c < T->n_columns; c++)
    {
      InspDocBlock *cell = row->children != NULL && c < row->children->len
                           ? g_ptr_array_index (row->children, c) : NULL;
      double w = T->widths[c] - 2 * CELL_PAD;

      if (cell != NULL)
        cells[c] = runs_layout (L, cell, L->small_font, w, header);
      else
        cells[c] = text_layout (L, "", L->small_font, w);
    }
  return cells;
}

static double
row_height (Table        *T,
            PangoLayout **cells)
{
  double height = 0;

  for (guint c = 0; c < T->n_columns; c++)
    {
      PangoRectangle logical;

      pango_layout_get_extents (cells[c], NULL, &logical);
      height = MAX (height, pango_units_to_double (logical.height));
    }
  return height + 2 * CELL_PAD;
}

static void place_header (InspDocLayout *L,
                          Table         *T);

/* Continues the table on a new page. */
static void
table_new_page (InspDocLayout *L,
                Table         *T,
                gboolean       header)
{
  new_page (L);
  if (header)
    T->fresh_y = L->y;
  else
    place_header (L, T);
}

/* Places a row, splitting it between lines only when it is taller than a page. */
static void
place_row (InspDocLayout *L,
           Table         *T,
           PangoLayout  **cells,
           gboolean       header)
{
  g_autofree guint *next = g_new0 (guint, T->n_columns);
  g_autofree guint *end = g_new0 (guint, T->n_columns);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  double full = row_height (T, cells);
  double room = BODY_BOTTOM - BODY_TOP - (header || !T->repeat ? 0 : T->header_height);
  gboolean done = FALSE;

  for (guint c = 0; c < T->n_columns; c++)
    g_ptr_array_add (lines, layout_lines (cells[c]));

  if (!header && L->y + full > BODY_BOTTOM && full <= room)
    table_new_page (L, T, header);

  while (!done)
    {
      double avail = BODY_BOTTOM - L->y - 2 * CELL_PAD;
      double height = 0, x = T->x;
      gboolean any = FALSE;
      guint page = current_page_index (L);

      done = TRUE;
      for (guint c = 0; c < T->n_columns; c++)
        {
          GArray *l = g_ptr_array_index (lines, c);
          guint n = l->len / 2;
          double top = next[c] < n ? LINE_TOP (l, next[c]) : 0;

          end[c] = next[c];
          while (end[c] < n && LINE_BOTTOM (l, end[c]) - top <= avail)
            end[c]++;
          /* At the top of a page, at least a line goes, however tall. */
          if (end[c] == next[c] && next[c] < n && L->y <= T->fresh_y + 0.01 && !any)
            end[c]++;
          if (end[c] > next[c])
            {
              any = TRUE;
              height = MAX (height, LINE_BOTTOM (l, end[c] - 1) - top);
            }
          if (end[c] < n)
            done = FALSE;
        }
      if (!any && !done)
        {
          table_new_page (L, T, header);
          continue;
        }

      height += 2 * CELL_PAD;
      if (header)
        add_item (L, page, ITEM_FILL, COLOR_HEADER_FILL, T->x, L->y, T->width, height);
      for (guint c = 0; c < T->n_columns; c++)
        {
          GArray *l = g_ptr_array_index (lines, c);

          if (end[c] > next[c])
            add_text (L, page, cells[c], COLOR_TEXT, x + CELL_PAD, L->y + CELL_PAD,
                      next[c], end[c] - next[c], LINE_TOP (l, next[c]));
          x += T->widths[c];
          next[c] = end[c];
        }
      x = T->x;
      for (guint c = 0; c < T->n_columns; c++)
        {
          add_item (L, page, ITEM_RECT, COLOR_BORDER, x, L->y, T->widths[c], height);
          x += T->widths[c];
        }
      L->y += height;
      if (!done)
        table_new_page (L, T, header);
    }
}

/* The header rows, at the start of the table and again on each page it continues on;
 * header rows taller than a third of a page are not repeated. */
static void
place_header (InspDocLayout *L,
              Table         *T)
{
  T->fresh_y = L->y;
  if (!T->started || T->repeat)
    {
      T->started = TRUE;
      for (guint r = 0; r < T->n_header_rows; r++)
        place_row (L, T, (PangoLayout **) T->header_cells->pdata + r * T->n_columns, TRUE);
    }
  T->fresh_y = L->y;
}

/* About the width of a character of a table cell's font, bold or not, in points. */
#define WORD_CHAR_WIDTH 5.4

/* The characters in the longest word of @text. */
static guint
longest_word (const char *text)
{
  guint longest = 0, length = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        length = 0;
      else
        longest = MAX (longest, ++length);
    }
  return longest;
}

static void
layout_table (InspDocLayout *L,
              InspDocBlock  *block,
              double         x,
              double         width)
{
  Table T = { block, MAX (block->n_columns, 1), x, NULL, width, NULL, 0, 0, FALSE, FALSE, 0 };
  g_autofree double *weights = g_new0 (double, T.n_columns);
  g_autofree double *least = g_new0 (double, T.n_columns);
  guint n_rows = block->children != NULL ? block->children->len : 0;
  double total = 0, surplus = 0, deficit = 0;

  if (n_rows == 0)
    return;
  T.n_header_rows = MIN (block->number, n_rows);

  /* Columns as wide as their longest text suggests, within reason. */
  for (guint r = 0; r < n_rows; r++)
    {
      InspDocBlock *row = g_ptr_array_index (block->children, r);

      for (guint c = 0; row->children != NULL && c < MIN (row->children->len, T.n_columns); c++)
        {
          g_autofree char *plain = insp_doc_block_dup_plain (g_ptr_array_index (row->children,
                                                                                c));
          weights[c] = MAX (weights[c], g_utf8_strlen (plain, -1));
          least[c] = MAX (least[c], longest_word (plain) * WORD_CHAR_WIDTH + 2 * CELL_PAD);
        }
    }
  for (guint c = 0; c < T.n_columns; c++)
    total += weights[c] = CLAMP (weights[c], 6, 36);
  T.widths = g_new (double, T.n_columns);
  for (guint c = 0; c < T.n_columns; c++)
    {
      /* No column narrower than its longest word, as far as the page allows. */
      least[c] = MIN (least[c], 1.5 * width / T.n_columns);
      T.widths[c] = width * weights[c] / total;
      if (T.widths[c] < least[c])
        deficit += least[c] - T.widths[c];
      else
        surplus += T.widths[c] - least[c];
    }
  if (deficit > 0 && surplus > 0)
    for (guint c = 0; c < T.n_columns; c++)
      {
        if (T.widths[c] < least[c])
          T.widths[c] = least[c] - (deficit > surplus ? (least[c] - T.widths[c]) * (1 - surplus
                                                                                     / deficit)
                                                      : 0);
        else
          T.widths[c] -= (T.widths[c] - least[c]) * MIN (deficit / surplus, 1);
      }

  T.header_cells = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint r = 0; r < T.n_header_rows; r++)
    {
      g_autofree PangoLayout **cells = row_layouts (L, &T, g_ptr_array_index (block->children,
                                                                            r), TRUE);

      for (guint c = 0; c < T.n_columns; c++)
        g_ptr_array_add (T.header_cells, cells[c]);
      T.header_height += row_height (&T, cells);
    }
  T.repeat = T.header_height <= (BODY_BOTTOM - BODY_TOP) / 3;

  gap (L, 10);
  for (guint r = T.n_header_rows; r < n_rows || r == T.n_header_rows; r++)
    {
      PangoLayout **cells = r < n_rows ? row_layouts (L, &T, g_ptr_array_index (block->children,
                                                                               r), FALSE)
                                       : NULL;

      if (r == T.n_header_rows)
        {
          /* The header rows stay with the first row. */
          need (L, T.header_height + (cells != NULL ? row_height (&T, cells) : 0));
          place_header (L, &T);
        }
      if (cells != NULL)
        {
          place_row (L, &T, cells, FALSE);
          for (guint c = 0; c < T.n_columns; c++)
            g_object_unref (cells[c]);
          g_free (cells);
        }
    }
  g_ptr_array_unref (T.header_cells);
  g_free (T.widths);
}

/* ---- Table of contents --------------------------------------------------------------- */

/* The headings a TOC lists: levels 1–3 in document order. */
static GPtrArray *
toc_headings (InspDocBlock *root)
{
  GPtrArray *headings = g_ptr_array_new ();
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      InspDocBlock *b = g_ptr_array_steal_index (stack, stack->len - 1);

      if (b->type == INSP_DOC_HEADING && b->level <= 3)
        g_ptr_array_add (headings, b);
      if (b->children != NULL)
        for (guint i = b->children->len; i > 0; i--)
          g_ptr_array_add (stack, g_ptr_array_index (b->children, i - 1));
    }
  g_ptr_array_unref (stack);
  return headings;
}

static void
layout_toc (InspDocLayout *L,
            InspDocBlock  *block,
            double         x,
            double         width)
{
  InspDocBlock *root = block;
  g_autoptr(GPtrArray) headings = NULL;
  PangoLayout *title;

  while (root->parent != NULL)
    root = root->parent;
  headings = toc_headings (root);

  gap (L, 12);
  /* Translators: the title of the table of contents in an exported document */
  title = text_layout (L, _("Contents"), L->heading_fonts[1], width);
  place_layout (L, title, COLOR_HEADING, x, NULL, NULL);
  L->y += 12;

  for (guint i = 0; i < headings->len; i++)
    {
      InspDocBlock *heading = g_ptr_array_index (headings, i);
      guint level = CLAMP (heading->level, 1, 3);
      double indent = (level - 1) * 16;
      double text_width = width - indent - TOC_NUMBER_W - 12;
      PangoLayout *layout = runs_layout (L, heading, L->body_font, text_width, level == 1);
      GArray *lines = layout_lines (layout);
      guint n = lines->len / 2;
      double last_top = LINE_TOP (lines, n - 1);
      double last_height = LINE_BOTTOM (lines, n - 1) - last_top;
      double first_height = LINE_BOTTOM (lines, 0);
      double text_end;
      PangoLayoutIter *iter;
      PangoRectangle logical;
      TocEntry entry;
      int baseline;

      iter = pango_layout_get_iter (layout);
      while (pango_layout_iter_next_line (iter))
        ;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      baseline = pango_layout_iter_get_baseline (iter);
      pango_layout_iter_free (iter);
      g_array_unref (lines);

      L->y += level == 1 ? 6 : 2;
      need (L, first_height + 2);
      place_layout (L, g_object_ref (layout), level == 1 ? COLOR_HEADING : COLOR_TEXT,
                    x + indent, NULL, NULL);
      entry.heading = i;
      entry.page = current_page_index (L);
      entry.x = x + width - TOC_NUMBER_W;
      entry.y = L->y - last_height;
      entry.baseline = entry.y + pango_units_to_double (baseline) - last_top;
      g_array_append_val (L->toc, entry);
      text_end = x + indent + pango_units_to_double (logical.x + logical.width) + 4;
      if (pango_layout_get_direction (layout, 0) != PANGO_DIRECTION_RTL)
        add_item (L, entry.page, ITEM_DOTS, COLOR_BORDER, text_end, entry.baseline,
                  entry.x - 6 - text_end, 0);
      g_object_unref (layout);
    }
  L->y += 6;
}

/* ---- The walk ------------------------------------------------------------------------ */

static void
layout_block (InspDocLayout *L,
              InspDocBlock  *block,
              double         x,
              double         width,
              guint          depth)
{
  switch (block->type)
    {
    case INSP_DOC_BODY:
    case INSP_DOC_LIST_ITEM:
      layout_children (L, block, x, width, depth);
      break;
    case INSP_DOC_HEADING:
      layout_heading (L, block, x, width);
      break;
    case INSP_DOC_PARAGRAPH:
    case INSP_DOC_CHECK_ITEM:
    case INSP_DOC_CELL:
      layout_paragraph (L, block, x, width);
      break;
    case INSP_DOC_LIST:
      layout_list (L, block, x, width, depth);
      break;
    case INSP_DOC_CHECKLIST:
      layout_checklist (L, block, x, width);
      break;
    case INSP_DOC_TABLE:
      layout_table (L, block, x, width);
      break;
    case INSP_DOC_FIELD:
      layout_field (L, block, x, width);
      break;
    case INSP_DOC_NOTE:
      layout_boxed (L, block, x, width, depth, COLOR_NOTE_FILL, COLOR_ACCENT, 0, 9,
                    lay_out_children);
      break;
    case INSP_DOC_QUOTE:
      layout_boxed (L, block, x, width, depth, 0, COLOR_RULE, 6, 6, lay_out_children);
      break;
    case INSP_DOC_CODE:
      layout_boxed (L, block, x, width, depth, COLOR_CODE_FILL, 0, 0, 7, lay_out_code);
      break;
    case INSP_DOC_RULE:
      gap (L, 10);
      need (L, 10);
      add_item (L, current_page_index (L), ITEM_LINE, COLOR_RULE, x + width / 4, L->y,
                width / 2, 0);
      L->y += 4;
      break;
    case INSP_DOC_TOC:
      layout_toc (L, block, x, width);
      break;
    case INSP_DOC_PAGE_BREAK:
      if (!at_page_top (L))
        new_page (L);
      break;
    case INSP_DOC_ROW:
    default:
      break;
    }
}

/* Lays out the children from @i; a heading goes with what follows it: when it would end up
 * last on its page, both start on a new page. Returns the index after what it laid out. */
static guint
layout_group (InspDocLayout *L,
              InspDocBlock  *parent,
              guint          i,
              double         x,
              double         width,
              guint          depth,
              guint          chain)
{
  InspDocBlock *block = g_ptr_array_index (parent->children, i);
  State state;
  guint page, n_items, next;

  /* A run of headings keeps together up to four deep, which bounds the work of redoing. */
  if (block->type != INSP_DOC_HEADING || i + 1 >= parent->children->len || chain >= 4)
    {
      layout_block (L, block, x, width, depth);
      return i + 1;
    }

  save_state (L, &state);
  layout_block (L, block, x, width, depth);
  page = current_page_index (L);
  n_items = current_page (L)->len;
  next = layout_group (L, parent, i + 1, x, width, depth, chain + 1);
  if (current_page_index (L) > page
      && ((GArray *) g_ptr_array_index (L->pages, page))->len == n_items
      && !(state.n_items == 0 && state.n_pages == page + 1))
    {
      restore_state (L, &state);
      new_page (L);
      layout_block (L, block, x, width, depth);
      next = layout_group (L, parent, i + 1, x, width, depth, chain + 1);
    }
  return next;
}

static void
layout_children (InspDocLayout *L,
                 InspDocBlock  *parent,
                 double         x,
                 double         width,
                 guint          depth)
{
  if (parent->children == NULL)
    return;
  for (guint i = 0; i < parent->children->len;)
    i = layout_group (L, parent, i, x, width, depth, 0);
}

/* ---- Title page ---------------------------------------------------------------------- */

static void
add_title_text (InspDocLayout              *L,
                const char                 *text,
                const PangoFontDescription *font,
                guint32                     color,
                double                      y)
{
  PangoLayout *layout = text_layout (L, text, font, BODY_WIDTH);
  GArray *lines = layout_lines (layout);

  add_text (L, 0, layout, color, MARGIN_SIDE, y, 0, lines->len / 2, 0);
  L->y = y + LINE_BOTTOM (lines, lines->len / 2 - 1);
  g_array_unref (lines);
  g_object_unref (layout);
}

static void
layout_title_page (InspDocLayout *L,
                   InspDocMeta   *meta)
{
  const char *lines[] = { meta->version, meta->status, meta->date };
  double y;

  if (meta->organisation != NULL && *meta->organisation != '\0')
    add_title_text (L, meta->organisation, L->heading_fonts[3], COLOR_MUTED, 70 * MM);
  add_item (L, 0, ITEM_FILL, COLOR_ACCENT, MARGIN_SIDE, 82 * MM, 28 * MM, 2.5);
  add_title_text (L, meta->title != NULL ? meta->title : "", L->title_font, COLOR_HEADING,
                  88 * MM);
  if (meta->subtitle != NULL && *meta->subtitle != '\0')
    add_title_text (L, meta->subtitle, L->subtitle_font, COLOR_MUTED, L->y + 8);

  y = 225 * MM;
  add_item (L, 0, ITEM_LINE, COLOR_RULE, MARGIN_SIDE, y, BODY_WIDTH, 0);
  y += 8;
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    if (lines[i] != NULL && *lines[i] != '\0')
      {
        add_title_text (L, lines[i], L->body_font, i == 1 ? COLOR_ACCENT : COLOR_TEXT, y);
        y = L->y + 3;
      }
  new_page (L);
}

/* ---- Building and drawing ------------------------------------------------------------ */

static PangoFontDescription *
font (const char  *family,
      double       size,
      PangoWeight  weight)
{
  PangoFontDescription *desc = pango_font_description_from_string (family);

  pango_font_description_set_size (desc, pango_units_from_double (size));
  pango_font_description_set_weight (desc, weight);
  return desc;
}

/* The TOC's page numbers, now that the headings have pages. */
static void
fill_in_toc (InspDocLayout *L)
{
  g_autofree guint *pages = g_new0 (guint, L->headings->len + 1);
  guint listed = 0;

  for (guint i = 0; i < L->headings->len; i++)
    {
      InspDocLayoutHeading *h = &g_array_index (L->headings, InspDocLayoutHeading, i);

      if (h->level <= 3)
        pages[listed++] = h->page;
    }
  for (guint i = 0; i < L->toc->len; i++)
    {
      TocEntry *entry = &g_array_index (L->toc, TocEntry, i);
      g_autofree char *number = NULL;
      PangoLayout *layout;

      if (entry->heading >= listed)
        continue;
      number = g_strdup_printf ("%u", pages[entry->heading] + 1);
      layout = text_layout (L, number, L->body_font, TOC_NUMBER_W);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      if (WITH_LINKS)
        layout_add_link (layout, 0, strlen (number),
                         g_strdup_printf ("page=%u pos=[0 0]", pages[entry->heading] + 1));
      add_text (L, entry->page, layout, COLOR_TEXT, entry->x, entry->y, 0, 1, 0);
      g_object_unref (layout);
    }
}

/**
 * insp_doc_layout_new:
 * @doc: a document
 *
 * Paginates @doc for A4. The layout copies what it needs: @doc may be freed afterwards.
 *
 * Returns: (transfer full): the layout
 */
InspDocLayout *
insp_doc_layout_new (InspDocument *doc)
{
  InspDocLayout *L;
  InspDocMeta *meta;
  cairo_font_options_t *options;
  const char *sans = "Cantarell, DejaVu Sans, Sans";

  g_return_val_if_fail (doc != NULL, NULL);

  L = g_new0 (InspDocLayout, 1);
  meta = insp_document_get_meta (doc);
  L->font_map = pango_cairo_font_map_new ();
  L->context = pango_font_map_create_context (L->font_map);
  /* Unhinted metrics: the same line breaks on a PDF surface, a printer and the screen. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (L->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (L->context, 72);
  if (meta->language != NULL)
    pango_context_set_language (L->context, pango_language_from_string (meta->language));

  L->body_font = font ("DejaVu Serif, Serif", 9.5, PANGO_WEIGHT_NORMAL);
  L->small_font = font ("DejaVu Sans, Sans", 8.5, PANGO_WEIGHT_NORMAL);
  L->mono_font = font ("DejaVu Sans Mono, Monospace", 8.5, PANGO_WEIGHT_NORMAL);
  L->heading_fonts[1] = font (sans, 19, PANGO_WEIGHT_BOLD);
  L->heading_fonts[2] = font (sans, 14.5, PANGO_WEIGHT_BOLD);
  L->heading_fonts[3] = font (sans, 12, PANGO_WEIGHT_BOLD);
  L->heading_fonts[4] = font (sans, 10.5, PANGO_WEIGHT_BOLD);
  L->title_font = font (sans, 30, PANGO_WEIGHT_BOLD);
  L->subtitle_font = font (sans, 16, PANGO_WEIGHT_NORMAL);

  L->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  L->headings = g_array_new (FALSE, TRUE, sizeof (InspDocLayoutHeading));
  g_array_set_clear_func (L->headings, clear_heading);
  L->toc = g_array_new (FALSE, TRUE, sizeof (TocEntry));
  L->title_page = meta->title_page;
  L->header = _insp_doc_dup_running_header (meta);
  L->footer = _insp_doc_dup_running_footer (meta);

  new_page (L);
  if (meta->title_page)
    layout_title_page (L, meta);
  layout_children (L, insp_document_get_body (doc), MARGIN_SIDE, BODY_WIDTH, 0);
  if (L->pages->len > 1 && current_page (L)->len == 0)
    g_ptr_array_set_size (L->pages, L->pages->len - 1);
  fill_in_toc (L);
  return L;
}

void
insp_doc_layout_free (InspDocLayout *layout)
{
  if (layout == NULL)
    return;
  g_ptr_array_unref (layout->pages);
  g_array_unref (layout->headings);
  g_array_unref (layout->toc);
  pango_font_description_free (layout->body_font);
  pango_font_description_free (layout->small_font);
  pango_font_description_free (layout->mono_font);
  for (guint i = 1; i < G_N_ELEMENTS (layout->heading_fonts); i++)
    pango_font_description_free (layout->heading_fonts[i]);
  pango_font_description_free (layout->title_font);
  pango_font_description_free (layout->subtitle_font);
  g_object_unref (layout->context);
  g_object_unref (layout->font_map);
  g_free (layout->header);
  g_free (layout->footer);
  g_free (layout);
}

guint
insp_doc_layout_get_n_pages (InspDocLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->pages->len;
}

void
insp_doc_layout_get_page_size (InspDocLayout *layout,
                               double        *width,
                               double        *height)
{
  if (width != NULL)
    *width = PAGE_WIDTH;
  if (height != NULL)
    *height = PAGE_HEIGHT;
}

const InspDocLayoutHeading *
insp_doc_layout_get_headings (InspDocLayout *layout,
                              guint         *n_headings)
{
  g_return_val_if_fail (layout != NULL, NULL);
  if (n_headings != NULL)
    *n_headings = layout->headings->len;
  return (const InspDocLayoutHeading *) (gpointer) layout->headings->data;
}

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr, ((color >> 16) & 0xff) / 255.0, ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

/* Link areas on the line at @iter, one for each link that crosses it. */
static void
draw_links (cairo_t         *cr,
            const Item      *item,
            PangoLayoutIter *iter)
{
  GArray *links = g_object_get_data (G_OBJECT (item->layout), LINKS_KEY);
  PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
  PangoRectangle logical;
  int y0, y1;

  if (links == NULL)
    return;
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  for (guint i = 0; i < links->len; i++)
    {
      const Link *link = &g_array_index (links, Link, i);
      int start = MAX ((int) link->start, line->start_index);
      int end = MIN ((int) link->end, line->start_index + line->length);
      int x0, x1;
      double left, top;
      g_autofree char *attrs = NULL;
      char rect[4][G_ASCII_DTOSTR_BUF_SIZE];

      if (start >= end)
        continue;
      pango_layout_line_index_to_x (line, start, FALSE, &x0);
      pango_layout_line_index_to_x (line, end, FALSE, &x1);
      left = item->x + pango_units_to_double (logical.x + MIN (x0, x1));
      top = item->y + pango_units_to_double (y0) - item->offset;
      g_ascii_formatd (rect[0], sizeof rect[0], "%.2f", left);
      g_ascii_formatd (rect[1], sizeof rect[1], "%.2f", top);
      g_ascii_formatd (rect[2], sizeof rect[2], "%.2f", pango_units_to_double (ABS (x1 - x0)));
      g_ascii_formatd (rect[3], sizeof rect[3], "%.2f", pango_units_to_double (y1 - y0));
      attrs = g_strdup_printf ("%s rect=[%s %s %s %s]", link->target, rect[0], rect[1],
                               rect[2], rect[3]);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
}

static void
draw_text (cairo_t    *cr,
           const Item *item)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  int i = 0;

  do
    {
      if (i >= item->first)
        {
          PangoRectangle logical;
          int baseline = pango_layout_iter_get_baseline (iter);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, item->x + pango_units_to_double (logical.x),
                         item->y + pango_units_to_double (baseline) - item->offset);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
          if (WITH_LINKS)
            draw_links (cr, item, iter);
        }
      i++;
    }
  while (i < item->first + item->n && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_item (cairo_t    *cr,
           const Item *item)
{
  set_color (cr, item->color);
  switch (item->type)
    {
    case ITEM_TEXT:
      draw_text (cr, item);
      break;
    case ITEM_FILL:
      cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      cairo_fill (cr);
      break;
    case ITEM_RECT:
      cairo_set_line_width (cr, item->line_width);
      cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      cairo_stroke (cr);
      break;
    case ITEM_LINE:
      cairo_set_line_width (cr, item->line_width);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->w, item->y + item->h);
      cairo_stroke (cr);
      break;
    case ITEM_DOTS:
      if (item->w > 4)
        {
          double dash[] = { 0.1, 3.5 };

          cairo_save (cr);
          cairo_set_line_width (cr, 1.1);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_dash (cr, dash, 2, 0);
          cairo_move_to (cr, item->x + item->w, item->y);
          cairo_line_to (cr, item->x, item->y);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      break;
    case ITEM_BOX:
      cairo_set_line_width (cr, item->line_width);
      cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      cairo_stroke (cr);
      if (item->flag)
        {
          cairo_save (cr);
          set_color (cr, COLOR_ACCENT);
          cairo_set_line_width (cr, 1.4);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_move_to (cr, item->x + item->w * 0.2, item->y + item->h * 0.55);
          cairo_line_to (cr, item->x + item->w * 0.42, item->y + item->h * 0.8);
          cairo_line_to (cr, item->x + item->w * 0.85, item->y + item->h * 0.2);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      break;
    default:
      break;
    }
}

static void
draw_running_text (InspDocLayout *L,
                   cairo_t       *cr,
                   const char    *left,
                   const char    *right,
                   double         y)
{
  PangoFontDescription *desc = font ("DejaVu Sans, Sans", 7.5, PANGO_WEIGHT_NORMAL);
  PangoLayout *layout = new_layout (L, desc, -1);
  PangoRectangle logical;
  double right_width = 0;

  set_color (cr, COLOR_MUTED);
  if (right != NULL)
    {
      pango_layout_set_text (layout, right, -1);
      pango_layout_get_extents (layout, NULL, &logical);
      right_width = pango_units_to_double (logical.width);
      cairo_move_to (cr, PAGE_WIDTH - MARGIN_SIDE - right_width, y);
      pango_cairo_show_layout (cr, layout);
    }
  pango_layout_set_width (layout, pango_units_from_double (BODY_WIDTH - right_width - 12));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, left, -1);
  cairo_move_to (cr, MARGIN_SIDE, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  pango_font_description_free (desc);
}

/**
 * insp_doc_layout_render_page:
 * @layout: a layout
 * @cr: where to draw, one unit a point
 * @page: the page, 0-based
 *
 * Draws @page with its top-left corner at the origin of @cr.
 */
void
insp_doc_layout_render_page (InspDocLayout *layout,
                             cairo_t       *cr,
                             guint          page)
{
  GArray *items;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (page < layout->pages->len);

  items = g_ptr_array_index (layout->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < items->len; i++)
    draw_item (cr, &g_array_index (items, Item, i));

  if (page > 0 || !layout->title_page)
    {
      g_auto(GStrv) parts = _insp_doc_dup_page_parts ();
      g_autofree char *number = g_strdup_printf ("%s%u%s%u%s", parts[0], page + 1, parts[1],
                                                 layout->pages->len, parts[2]);

      draw_running_text (layout, cr, layout->header, NULL, 13 * MM);
      set_color (cr, COLOR_RULE);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_SIDE, 18 * MM);
      cairo_line_to (cr, PAGE_WIDTH - MARGIN_SIDE, 18 * MM);
      cairo_move_to (cr, MARGIN_SIDE, PAGE_HEIGHT - 17 * MM);
      cairo_line_to (cr, PAGE_WIDTH - MARGIN_SIDE, PAGE_HEIGHT - 17 * MM);
      cairo_stroke (cr);
      draw_running_text (layout, cr, layout->footer, number, PAGE_HEIGHT - 15.5 * MM);
    }
  cairo_restore (cr);
}
