/* insp-workspace-list.c — the workspaces in a folder, as a list model for the switcher
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-workspace-list.h"

#include <sqlite3.h>
#include <string.h>

#include "insp-store.h"
#include "insp-workspace.h"

struct _InspWorkspaceInfo
{
  GObject  parent_instance;

  char    *path;
  char    *file_name;
  char    *organisation_name;
};

G_DEFINE_FINAL_TYPE (InspWorkspaceInfo, insp_workspace_info, G_TYPE_OBJECT)

enum {
  INFO_PROP_0,
  INFO_PROP_PATH,
  INFO_PROP_FILE_NAME,
  INFO_PROP_ORGANISATION_NAME,
  INFO_N_PROPS
};

static GParamSpec *info_properties[INFO_N_PROPS];

static void
insp_workspace_info_finalize (GObject *object)
{
  InspWorkspaceInfo *self = INSP_WORKSPACE_INFO (object);

  g_free (self->path);
  g_free (self->file_name);
  g_free (self->organisation_name);

  G_OBJECT_CLASS (insp_workspace_info_parent_class)->finalize (object);
}

static void
insp_workspace_info_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  InspWorkspaceInfo *self = INSP_WORKSPACE_INFO (object);

  switch (prop_id)
    {
    case INFO_PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case INFO_PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case INFO_PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_workspace_info_class_init (InspWorkspaceInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = insp_workspace_info_finalize;
  object_class->get_property = insp_workspace_info_get_property;

  info_properties[INFO_PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  info_properties[INFO_PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  info_properties[INFO_PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, INFO_N_PROPS, info_properties);
}

static void
insp_workspace_info_init (InspWorkspaceInfo *self)
{
}

/* The organisation's name, read without changing the file; "" when it cannot be read. */
static char *
read_organisation_name (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *name = NULL;

  if (insp_store_open_read_only (path, &db) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "SELECT name FROM organisations ORDER BY created, uuid LIMIT 1",
                             -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  return name != NULL ? name : g_strdup ("");
}

static InspWorkspaceInfo *
insp_workspace_info_new (const char *dir,
                         const char *file_name)
{
  InspWorkspaceInfo *self = g_object_new (INSP_TYPE_WORKSPACE_INFO, NULL);

  self->path = g_build_filename (dir, file_name, NULL);
  self->file_name = g_strdup (file_name);
  self->organisation_name = read_organisation_name (self->path);
  return self;
}

const char *
insp_workspace_info_get_path (InspWorkspaceInfo *self)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE_INFO (self), NULL);

  return self->path;
}

const char *
insp_workspace_info_get_file_name (InspWorkspaceInfo *self)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE_INFO (self), NULL);

  return self->file_name;
}

/**
 * insp_workspace_info_get_organisation_name:
 * @self: a workspace's description
 *
 * Returns: the organisation's name, or "" when it has none yet
 */
const char *
insp_workspace_info_get_organisation_name (InspWorkspaceInfo *self)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE_INFO (self), NULL);

  return self->organisation_name;
}

struct _InspWorkspaceList
{
  GObject    parent_instance;

  char      *dir;
  GPtrArray *items;
};

static void insp_workspace_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (InspWorkspaceList, insp_workspace_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      insp_workspace_list_model_init))

static GType
insp_workspace_list_get_item_type (GListModel *model)
{
  return INSP_TYPE_WORKSPACE_INFO;
}

static guint
insp_workspace_list_get_n_items (GListModel *model)
{
  return INSP_WORKSPACE_LIST (model)->items->len;
}

static gpointer
insp_workspace_list_get_item (GListModel *model,
                              guint       position)
{
  InspWorkspaceList *self = INSP_WORKSPACE_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
insp_workspace_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = insp_workspace_list_get_item_type;
  iface->get_n_items = insp_workspace_list_get_n_items;
  iface->get_item = insp_workspace_list_get_item;
}

static void
insp_workspace_list_finalize (GObject *object)
{
  InspWorkspaceList *self = INSP_WORKSPACE_LIST (object);

  g_free (self->dir);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (insp_workspace_list_parent_class)->finalize (object);
}

static void
insp_workspace_list_class_init (InspWorkspaceListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = insp_workspace_list_finalize;
}

static void
insp_workspace_list_init (InspWorkspaceList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Named workspaces by name, then unnamed ones by file name. */
static int
compare_infos (gconstpointer a,
               gconstpointer b)
{
  InspWorkspaceInfo *x = *(InspWorkspaceInfo **) a;
  InspWorkspaceInfo *y = *(InspWorkspaceInfo **) b;
  gboolean x_named = x->organisation_name[0] != '\0';
  gboolean y_named = y->organisation_name[0] != '\0';
  int order;

  if (x_named != y_named)
    return x_named ? -1 : 1;
  if (x_named && (order = g_utf8_collate (x->organisation_name, y->organisation_name)) != 0)
    return order;
  return strcmp (x->file_name, y->file_name);
}

/**
 * insp_workspace_list_new:
 * @dir: a folder of workspaces
 *
 * Returns: (transfer full): the workspaces (`*.inspraak`) in @dir, sorted by organisation
 */
InspWorkspaceList *
insp_workspace_list_new (const char *dir)
{
  InspWorkspaceList *self;

  g_return_val_if_fail (dir != NULL, NULL);

  self = g_object_new (INSP_TYPE_WORKSPACE_LIST, NULL);
  self->dir = g_strdup (dir);
  insp_workspace_list_reload (self);
  return self;
}

const char *
insp_workspace_list_get_dir (InspWorkspaceList *self)
{
  g_return_val_if_fail (INSP_IS_WORKSPACE_LIST (self), NULL);

  return self->dir;
}

/**
 * insp_workspace_list_reload:
 * @self: a list
 *
 * Reads the folder again, for workspaces that were added, removed or renamed.
 */
void
insp_workspace_list_reload (InspWorkspaceList *self)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint removed;
  const char *name;

  g_return_if_fail (INSP_IS_WORKSPACE_LIST (self));

  dir = g_dir_open (self->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] == '.' || !g_str_has_suffix (name, INSP_WORKSPACE_SUFFIX))
        continue;
      g_ptr_array_add (items, insp_workspace_info_new (self->dir, name));
    }
  g_ptr_array_sort (items, compare_infos);

  removed = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
}
