/* insp-workspace-private.h — what the core's entity modules share with the workspace
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each entity (sections, versions, applications, …) keeps its queries in its own file; the
 * workspace lends them its store, its transactions and its "changed" signal. Not installed,
 * not for the app or the CLI.
 */

#pragma once

#include "insp-store.h"
#include "insp-workspace.h"

G_BEGIN_DECLS

typedef gboolean (*InspTransactionFunc) (InspWorkspace *self,
                                         gpointer       data,
                                         GError       **error);

InspStore *_insp_workspace_get_store      (InspWorkspace       *self);
void       _insp_workspace_emit_changed   (InspWorkspace       *self,
                                           const char          *entity);
gboolean   _insp_workspace_in_transaction (InspWorkspace       *self,
                                           InspTransactionFunc  func,
                                           gpointer             data,
                                           GError             **error);
char      *_insp_workspace_new_uuid       (void);
gboolean   _insp_workspace_save           (InspWorkspace       *self,
                                           char               **uuid,
                                           InspTransactionFunc  func,
                                           gpointer             data,
                                           const char          *entity,
                                           GError             **error);

typedef gboolean (*InspStreamWriter) (GOutputStream  *out,
                                      gpointer        data,
                                      GError        **error);

gboolean   _insp_write_private_file       (const char          *path,
                                           InspStreamWriter     writer,
                                           gpointer             data,
                                           GError             **error);

G_END_DECLS
