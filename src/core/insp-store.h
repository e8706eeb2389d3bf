/* insp-store.h — one SQLite file holding one workspace: open, migrate, transact, copy
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the core: the app and the CLI use InspWorkspace, never the store.
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* PRAGMA application_id of every workspace: "Insp". */
#define INSP_STORE_APPLICATION_ID 0x496E7370

typedef enum
{
  INSP_STORE_OPEN_EXISTING = 0,
  INSP_STORE_CREATE        = 1 << 0,   /* create the file (0600) when it does not exist */
  INSP_STORE_READING       = 1 << 1,   /* the caller only reads: a workspace of this version
                                        * is not read through before it is opened; a damaged
                                        * page shows when it is read */
} InspStoreFlags;

#define INSP_TYPE_STORE (insp_store_get_type ())

G_DECLARE_FINAL_TYPE (InspStore, insp_store, INSP, STORE, GObject)

InspStore    *insp_store_open               (const char      *path,
                                             InspStoreFlags   flags,
                                             GError         **error);
const char   *insp_store_get_path           (InspStore       *self);
sqlite3      *insp_store_get_db             (InspStore       *self);
gboolean      insp_store_was_created        (InspStore       *self);
int           insp_store_get_schema_version (InspStore       *self);
int           insp_store_get_latest_version (void);
sqlite3_stmt *insp_store_prepare            (InspStore       *self,
                                             const char      *sql,
                                             GError         **error);
gboolean      insp_store_exec               (InspStore       *self,
                                             const char      *sql,
                                             GError         **error);
gboolean      insp_store_run                (InspStore       *self,
                                             sqlite3_stmt    *stmt,
                                             GError         **error);
gboolean      insp_store_replace_values     (InspStore       *self,
                                             const char      *table,
                                             const char      *owner_column,
                                             const char      *owner,
                                             const char      *value_column,
                                             const char * const *values,
                                             GError         **error);
gboolean      insp_store_replace_links      (InspStore       *self,
                                             const char      *table,
                                             const char      *owner_column,
                                             const char      *owner,
                                             const char      *value_column,
                                             const char * const *uuids,
                                             const char      *target_table,
                                             GError         **error);
char         *insp_store_column_dup         (sqlite3_stmt    *stmt,
                                             int              column);
gboolean      insp_store_delete_row         (InspStore       *self,
                                             const char      *sql,
                                             const char      *uuid,
                                             const char      *gone,
                                             GError         **error);
gboolean      insp_store_begin              (InspStore       *self,
                                             GError         **error);
gboolean      insp_store_commit             (InspStore       *self,
                                             GError         **error);
void          insp_store_rollback           (InspStore       *self);
void          insp_store_set_error          (InspStore       *self,
                                             GError         **error);
gboolean      insp_store_check              (InspStore       *self,
                                             GError         **error);
gboolean      insp_store_save_copy          (InspStore       *self,
                                             const char      *dest_path,
                                             GError         **error);
gboolean      insp_store_validate_file      (const char      *path,
                                             GError         **error);
int           insp_store_open_read_only     (const char      *path,
                                             sqlite3        **db);
gboolean      insp_store_copy_in            (const char      *src_path,
                                             const char      *dest_path,
                                             GError         **error);

G_END_DECLS
