#define G_LOG_DOMAIN "inspraak-cli"

#include "config.h"

#include <glib.h>

int
main (int   argc,
      char *argv[])
{
  return 0;
}
