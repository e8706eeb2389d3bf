/* insp-document.h — the document model every export is built in
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Templates build an InspDocument; writers (PDF, ODT, DOCX, HTML, Markdown, CSV) render it.
 * Neither knows the other's details: a template only adds blocks and inline runs, a writer
 * only walks them.
 *
 * A document is metadata and a body, a tree of blocks:
 *
 *   BODY      children: any blocks
 *   HEADING   level 1–4, runs; id: a stable anchor ("h1", "h2", …) for links and bookmarks
 *   PARAGRAPH runs
 *   LIST      ordered or not (start number), children: LIST_ITEMs
 *   LIST_ITEM children: blocks (paragraphs, nested lists)
 *   CHECKLIST children: CHECK_ITEMs
 *   CHECK_ITEM checked or not, runs
 *   TABLE     n_columns, header_rows (repeated on every page), children: ROWs
 *   ROW       children: CELLs (exactly n_columns of them)
 *   CELL      runs
 *   FIELD     a form field to fill in by hand: label (runs) and lines to write on
 *   NOTE      an aside (why this matters, a tip), children: blocks
 *   QUOTE     quoted text, children: blocks
 *   CODE      preformatted text (text, no runs)
 *   RULE      a thematic break
 *   TOC       the table of contents, filled in by each writer from the headings
 *   PAGE_BREAK
 *
 * Inline content is a flat array of runs: text with emphasis, strong and code flags and an
 * optional link, a blank to fill in ("[to be completed: …]"), or a line break. Every string
 * is the user's literal text: writers escape it for their format.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  INSP_DOC_BODY,
  INSP_DOC_HEADING,
  INSP_DOC_PARAGRAPH,
  INSP_DOC_LIST,
  INSP_DOC_LIST_ITEM,
  INSP_DOC_CHECKLIST,
  INSP_DOC_CHECK_ITEM,
  INSP_DOC_TABLE,
  INSP_DOC_ROW,
  INSP_DOC_CELL,
  INSP_DOC_FIELD,
  INSP_DOC_NOTE,
  INSP_DOC_QUOTE,
  INSP_DOC_CODE,
  INSP_DOC_RULE,
  INSP_DOC_TOC,
  INSP_DOC_PAGE_BREAK,
} InspDocBlockType;

typedef enum
{
  INSP_DOC_RUN_TEXT,
  INSP_DOC_RUN_BLANK,       /* text says what is to be filled in */
  INSP_DOC_RUN_LINE_BREAK,
} InspDocRunType;

typedef enum
{
  INSP_DOC_STYLE_NONE     = 0,
  INSP_DOC_STYLE_EMPHASIS = 1 << 0,
  INSP_DOC_STYLE_STRONG   = 1 << 1,
  INSP_DOC_STYLE_CODE     = 1 << 2,
} InspDocStyle;

typedef struct
{
  InspDocRunType type;
  InspDocStyle   style;
  char          *text;      /* literal text, never markup; NULL for a line break */
  char          *link;      /* a URI, or NULL */
} InspDocRun;

typedef struct _InspDocBlock InspDocBlock;

struct _InspDocBlock
{
  InspDocBlockType type;
  InspDocBlock    *parent;
  guint            level;        /* HEADING: 1–4; FIELD: lines to write on */
  guint            number;       /* LIST: first number when ordered; TABLE: header rows */
  guint            n_columns;    /* TABLE */
  gboolean         flag;         /* LIST: ordered; CHECK_ITEM: checked */
  char            *id;           /* HEADING: anchor; NULL elsewhere */
  char            *text;         /* CODE: the literal text */
  GArray          *runs;         /* InspDocRun; for HEADING, PARAGRAPH, CHECK_ITEM, CELL, FIELD */
  GPtrArray       *children;     /* InspDocBlock */
};

typedef struct
{
  char *title;
  char *subtitle;        /* e.g. the application's name; may be NULL */
  char *organisation;
  char *version;         /* the document's version, e.g. "Version 3 (2026-10-02)"; may be NULL */
  char *status;          /* e.g. "Draft — for consultation"; may be NULL */
  char *date;            /* the date of the export, as the reader reads it */
  char *language;        /* "en" or "nl" */
  gboolean title_page;   /* render a title page from the metadata before the body */
} InspDocMeta;

typedef struct _InspDocument InspDocument;

InspDocument       *insp_document_new                (void);
void                insp_document_free               (InspDocument      *doc);
InspDocMeta        *insp_document_get_meta           (InspDocument      *doc);
InspDocBlock       *insp_document_get_body           (InspDocument      *doc);
guint               insp_document_count_words        (InspDocument      *doc);

/* Block builders: each appends to @parent and returns the new block (owned by the document). */
InspDocBlock       *insp_doc_add_heading             (InspDocBlock      *parent,
                                                      guint              level,
                                                      const char        *text);
InspDocBlock       *insp_doc_add_paragraph           (InspDocBlock      *parent,
                                                      const char        *text);
InspDocBlock       *insp_doc_add_list                (InspDocBlock      *parent,
                                                      gboolean           ordered);
InspDocBlock       *insp_doc_list_add_item           (InspDocBlock      *list,
                                                      const char        *text);
InspDocBlock       *insp_doc_add_checklist           (InspDocBlock      *parent);
InspDocBlock       *insp_doc_checklist_add_item      (InspDocBlock      *checklist,
                                                      gboolean           checked,
                                                      const char        *text);
InspDocBlock       *insp_doc_add_table               (InspDocBlock      *parent,
                                                      guint              n_columns,
                                                      guint              header_rows);
InspDocBlock       *insp_doc_table_add_row           (InspDocBlock      *table,
                                                      ...) G_GNUC_NULL_TERMINATED;
InspDocBlock       *insp_doc_add_field               (InspDocBlock      *parent,
                                                      const char        *label,
                                                      guint              lines);
InspDocBlock       *insp_doc_add_note                (InspDocBlock      *parent,
                                                      const char        *text);
InspDocBlock       *insp_doc_add_quote               (InspDocBlock      *parent);
InspDocBlock       *insp_doc_add_code                (InspDocBlock      *parent,
                                                      const char        *text);
void                insp_doc_add_rule                (InspDocBlock      *parent);
void                insp_doc_add_toc                 (InspDocBlock      *parent);
void                insp_doc_add_page_break          (InspDocBlock      *parent);

/* CommonMark from the workspace, parsed by the same cmark as the editor; its headings are
 * shifted down by @heading_offset levels (a section's "# Aims" under a level-2 heading). */
void                insp_doc_add_markdown            (InspDocBlock      *parent,
                                                      const char        *markdown,
                                                      guint              heading_offset);

/* Inline builders: append runs to a block that has runs. Text may be NULL or empty (nothing
 * is added). */
void                insp_doc_block_add_text          (InspDocBlock      *block,
                                                      InspDocStyle       style,
                                                      const char        *text);
void                insp_doc_block_add_link          (InspDocBlock      *block,
                                                      const char        *text,
                                                      const char        *uri);
void                insp_doc_block_add_blank         (InspDocBlock      *block,
                                                      const char        *what);
void                insp_doc_block_add_line_break    (InspDocBlock      *block);

/* Text, or a blank saying what is missing when @text is NULL or blank. */
void                insp_doc_block_add_text_or_blank (InspDocBlock      *block,
                                                      const char        *text,
                                                      const char        *what);

/* The text of a block's runs without styling; blanks as their writers show them. */
char               *insp_doc_block_dup_plain         (const InspDocBlock *block);
/* "[to be completed: WHAT]" in the process's language. */
char               *insp_doc_dup_blank_text          (const char        *what);

/* A walk over every heading in document order, for tables of contents and bookmarks. */
GPtrArray          *insp_document_list_headings      (InspDocument      *doc,
                                                      guint              max_level);

/* The document as JSON, to hand it from one process to another (insp-document-json.c). */
char               *insp_document_to_json            (InspDocument      *doc);
InspDocument       *insp_document_new_from_json      (const char        *data,
                                                      gssize             length,
                                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspDocument, insp_document_free)

G_END_DECLS
