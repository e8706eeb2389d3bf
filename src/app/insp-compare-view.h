/* insp-compare-view.h — what changed between two states of the vision, section by section
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define INSP_TYPE_COMPARE_VIEW (insp_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (InspCompareView, insp_compare_view, INSP, COMPARE_VIEW, GtkWidget)

/* The names of the text tags that mark the words added and removed. */
#define INSP_COMPARE_TAG_INSERTED "inserted"
#define INSP_COMPARE_TAG_DELETED "deleted"

GtkWidget   *insp_compare_view_new                 (void);
void         insp_compare_view_set_diff            (InspCompareView *self,
                                                    GPtrArray       *section_diffs);
GPtrArray   *insp_compare_view_get_diff            (InspCompareView *self);
void         insp_compare_view_set_restore_version (InspCompareView *self,
                                                    guint            number);
guint        insp_compare_view_get_restore_version (InspCompareView *self);
const char  *insp_compare_view_get_summary         (InspCompareView *self);
GtkTextView *insp_compare_view_get_text_view       (InspCompareView *self,
                                                    const char      *section);
GtkWidget   *insp_compare_view_get_section_widget  (InspCompareView *self,
                                                    const char      *section);
gboolean     insp_compare_view_get_expanded        (InspCompareView *self,
                                                    const char      *section);
void         insp_compare_view_set_expanded        (InspCompareView *self,
                                                    const char      *section,
                                                    gboolean         expanded);

G_END_DECLS
