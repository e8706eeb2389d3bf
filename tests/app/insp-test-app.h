/* insp-test-app.h — a running application for the GUI tests
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "insp-app.h"
#include "insp-window.h"

G_BEGIN_DECLS

typedef struct
{
  InspApp         *app;
  InspWindow      *window;
} InspTestApp;

typedef gboolean (*InspTestCondition) (gpointer     data);
typedef void     (*InspTestAppFunc)   (InspTestApp *fixture);

int         insp_test_app_init          (int                 *argc,
                                         char              ***argv);
void        insp_test_app_run           (const char * const  *settings,
                                         InspTestAppFunc      func);
void        insp_test_add               (const char          *path,
                                         InspTestAppFunc      func,
                                         const char * const  *settings);
void        insp_test_add_func          (const char          *path,
                                         GTestFunc            func);
void        insp_test_reset_settings    (void);
gboolean    insp_test_wait_for          (InspTestCondition    condition,
                                         gpointer             data,
                                         guint                timeout_ms);
void        insp_test_wait_idle         (void);
GtkWindow  *insp_test_find_toplevel     (GType                type);
gboolean    insp_test_window_is_shown   (gpointer             window);
gboolean    insp_test_window_is_ready   (gpointer             window);
gboolean    insp_test_widget_is_mapped  (gpointer             widget);
gboolean    insp_test_is_null           (gpointer             pointer_location);
gboolean    insp_test_has_toplevel      (gpointer             type);
gpointer    insp_test_get_template_child (gpointer            widget,
                                         GType                type,
                                         const char          *name);
GtkWindow  *insp_test_wait_for_window   (GType                type,
                                         GtkWindow          **watch);
void        insp_test_wait_until_closed (GtkWindow          **watch);
GtkWidget  *insp_test_find_descendant   (GtkWidget           *widget,
                                         GType                type);
void        insp_test_activate_action   (GtkWidget           *widget,
                                         const char          *name,
                                         GVariant            *parameter);

void        insp_test_assert_controls_named (GtkWidget        *root,
                                             guint             min_checked);

G_END_DECLS
