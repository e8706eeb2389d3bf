#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-error.h"

G_DEFINE_QUARK (insp-error-quark, insp_error)
