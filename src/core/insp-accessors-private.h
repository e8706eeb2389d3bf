/* insp-accessors-private.h — getters and setters of the core's entity objects
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entities (applications, activities, actions, …) are plain GObjects with a field per
 * column; these write their accessors once. A string set to "" is stored as NULL.
 */

#pragma once

#include <glib.h>

#define STRING_ACCESSORS(Type, prefix, CHECK, field)                \
  const char *                                                      \
  prefix##_get_##field (Type *self)                                 \
  {                                                                 \
    g_return_val_if_fail (CHECK (self), NULL);                      \
    return self->field;                                             \
  }                                                                 \
                                                                    \
  void                                                              \
  prefix##_set_##field (Type       *self,                           \
                        const char *value)                          \
  {                                                                 \
    g_return_if_fail (CHECK (self));                                \
    if (self->field != value)                                       \
      {                                                             \
        g_free (self->field);                                       \
        self->field = value != NULL && value[0] != '\0'             \
                      ? g_strdup (value) : NULL;                    \
      }                                                             \
  }

#define VALUE_ACCESSORS(Type, prefix, CHECK, ValueType, field)      \
  ValueType                                                         \
  prefix##_get_##field (Type *self)                                 \
  {                                                                 \
    g_return_val_if_fail (CHECK (self), (ValueType) 0);             \
    return self->field;                                             \
  }                                                                 \
                                                                    \
  void                                                              \
  prefix##_set_##field (Type      *self,                            \
                        ValueType  value)                           \
  {                                                                 \
    g_return_if_fail (CHECK (self));                                \
    self->field = value;                                            \
  }

/* A list of strings: never NULL (an empty list is empty). */
#define STRV_ACCESSORS(Type, prefix, CHECK, field)                  \
  const char * const *                                              \
  prefix##_get_##field (Type *self)                                 \
  {                                                                 \
    g_return_val_if_fail (CHECK (self), NULL);                      \
    return (const char * const *) self->field;                      \
  }                                                                 \
                                                                    \
  void                                                              \
  prefix##_set_##field (Type               *self,                   \
                        const char * const *value)                  \
  {                                                                 \
    g_return_if_fail (CHECK (self));                                \
    if ((const char * const *) self->field != value)                \
      {                                                             \
        g_strfreev (self->field);                                   \
        self->field = value != NULL ? g_strdupv ((GStrv) value)     \
                                    : g_new0 (char *, 1);           \
      }                                                             \
  }
