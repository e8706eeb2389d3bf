#pragma once
#include <glib.h>
G_BEGIN_DECLS
#define INSP_ERROR (insp_error_quark ())
typedef enum {
  INSP_ERROR_FAILED,          /* generic */
  INSP_ERROR_INVALID_DATA,    /* bad JSON / invalid content: exit 65 */
  INSP_ERROR_NOT_WORKSPACE,   /* file is not a workspace: 65 */
  INSP_ERROR_CORRUPT,         /* damaged workspace: 65 */
  INSP_ERROR_NEWER_VERSION,   /* from a newer Inspraak: 65 */
  INSP_ERROR_NOT_FOUND,       /* missing / unreadable input: 66 */
  INSP_ERROR_EXISTS,          /* cannot create output / init on non-empty: 73 */
  INSP_ERROR_IO,              /* I/O error: 74 */
  INSP_ERROR_BUSY,            /* workspace locked: 75 */
  INSP_ERROR_USAGE,           /* bad arguments: 64 */
} InspError;
GQuark insp_error_quark (void);
G_END_DECLS
