#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * INSP_JSON_MAX_DEPTH:
 *
 * The deepest nesting of arrays and objects that insp_json_scan() accepts.
 * A top-level scalar has depth 0, `[]` has depth 1.
 */
#define INSP_JSON_MAX_DEPTH 64

/**
 * INSP_JSON_MAX_STRING:
 *
 * The longest string (in bytes of UTF-8, after decoding escapes) that
 * insp_json_scan() accepts.
 */
#define INSP_JSON_MAX_STRING (1024 * 1024)

/**
 * INSP_JSON_MAX_SIZE:
 *
 * The largest input (in bytes) that insp_json_scan() accepts.
 */
#define INSP_JSON_MAX_SIZE ((gsize) 256 * 1024 * 1024)

gboolean insp_json_scan (const char  *data,
                         gsize        length,
                         const char  *filename,
                         GError     **error);

G_END_DECLS
