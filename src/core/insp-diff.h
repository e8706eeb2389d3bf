/* insp-diff.h — word-level comparison of texts and of vision versions
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Texts are cut into tokens: words (maximal runs of letters, digits and combining marks, with
 * an apostrophe ' or ’, a hyphen - ‐ ‑ or a zero-width (non-)joiner allowed between two
 * letters or digits), whitespace runs, and single other characters (punctuation, symbols, each
 * with its combining marks; a byte of invalid UTF-8 is such a symbol). The token sequences are
 * compared with Myers' O(ND) algorithm in linear space, with a cost cap that keeps very
 * different inputs fast; the result is a list of runs.
 *
 * Reconstruction is exact: the EQUAL and DELETE runs concatenated give the old text byte for
 * byte, the EQUAL and INSERT runs the new text. Runs never start or end inside a word.
 *
 * Whitespace: for the alignment, whitespace runs are equal when they hold the same number of
 * line breaks (none, one, or two and more), so a doubled space does not disturb the words
 * around it. When such matched runs differ in their bytes, exactness wins: the run becomes a
 * DELETE of the old whitespace followed by an INSERT of the new, each with n_words 0
 * (insp_diff_run_is_whitespace() says so; a view may show the INSERT plainly and skip the
 * DELETE).
 *
 * Readability: the changes in a stretch between two EQUAL runs come as one DELETE followed by
 * one INSERT. An EQUAL run between two changes is folded into both when it holds no line break
 * and either has no words (spaces, punctuation) or is at most half as long, in bytes, as the
 * change on either side of it (so a stray "de" does not chop a rewritten sentence in pieces).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  INSP_DIFF_EQUAL,
  INSP_DIFF_INSERT,
  INSP_DIFF_DELETE,
} InspDiffOp;

typedef struct
{
  InspDiffOp  op;
  char       *text;     /* owned, never NULL */
  guint       n_words;  /* number of word tokens in text */
} InspDiffRun;

GPtrArray  *insp_diff_words              (const char        *old_text,
                                          const char        *new_text);
void        insp_diff_run_free           (InspDiffRun       *run);
gboolean    insp_diff_run_is_whitespace  (const InspDiffRun *run);

typedef enum
{
  INSP_SECTION_CHANGE_UNCHANGED,
  INSP_SECTION_CHANGE_CHANGED,
  INSP_SECTION_CHANGE_MOVED,
  INSP_SECTION_CHANGE_RENAMED,
  INSP_SECTION_CHANGE_ADDED,
  INSP_SECTION_CHANGE_REMOVED,
} InspSectionChange;

const char *insp_section_change_to_string (InspSectionChange change);
const char *insp_section_change_get_label (InspSectionChange change);

typedef struct
{
  const char *uuid;   /* identity of the section across versions */
  const char *key;    /* built-in key or NULL */
  const char *title;  /* the title as displayed (already resolved by the caller) */
  const char *text;   /* the parsed plain text to compare (the caller converts from CommonMark) */
} InspDiffSectionInput;

typedef struct
{
  char              *uuid;
  char              *key;
  char              *old_title;     /* NULL when absent on that side */
  char              *new_title;
  int                old_index;     /* -1 when absent on that side */
  int                new_index;
  InspSectionChange  change;        /* the most notable: removed/added, else renamed, else
                                     * moved, else changed, else unchanged */
  gboolean           renamed;       /* the titles differ (as strings) */
  gboolean           moved;         /* the relative order changed */
  gboolean           text_changed;  /* the texts differ other than in whitespace */
  GPtrArray         *runs;          /* element-type InspDiffRun: the word diff of the texts */
  guint              words_added;
  guint              words_removed;
} InspSectionDiff;

GPtrArray  *insp_diff_sections           (const InspDiffSectionInput *old_sections,
                                          guint                       n_old,
                                          const InspDiffSectionInput *new_sections,
                                          guint                       n_new);
void        insp_section_diff_free       (InspSectionDiff            *diff);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspDiffRun, insp_diff_run_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InspSectionDiff, insp_section_diff_free)

G_END_DECLS
