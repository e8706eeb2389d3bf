#define G_LOG_DOMAIN "inspraak-fuzz"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "insp-error.h"
#include "insp-json-scan.h"

/* libFuzzer target for the strict JSON scanner. Besides not crashing, it checks what the
 * scanner promises: accepted input is valid UTF-8 without NUL bytes, and every error is
 * INSP_ERROR_INVALID_DATA with a "fuzz.json:LINE:COLUMN: " prefix that lies inside the
 * input. */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_location (const char    *message,
                const uint8_t *data,
                size_t         size)
{
  const char *p = message + strlen ("fuzz.json:");
  char *end;
  guint64 line;
  guint64 column;
  guint64 n_lines = 1;
  size_t i;

  if (!g_str_has_prefix (message, "fuzz.json:"))
    abort ();

  line = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':' || line == 0)
    abort ();
  p = end + 1;
  column = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':' || end[1] != ' ' || end[2] == '\0' || column == 0)
    abort ();

  for (i = 0; i < size; i++)
    {
      if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
        n_lines++;
    }
  if (line > n_lines || column > size + 1)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = insp_json_scan ((const char *) data, size, "fuzz.json", &error);

  if (ok)
    {
      if (error != NULL
          || size == 0
          || !g_utf8_validate ((const char *) data, size, NULL)
          || memchr (data, '\0', size) != NULL)
        abort ();
    }
  else
    {
      if (!g_error_matches (error, INSP_ERROR, INSP_ERROR_INVALID_DATA))
        abort ();
      check_location (error->message, data, size);
    }

  return 0;
}
