/* insp-bench-util.h — what the benchmark programs share
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

static inline int
insp_bench_compare_doubles (gconstpointer a,
                            gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @times (doubles), which it sorts. */
static inline double
insp_bench_median (GArray *times)
{
  g_array_sort (times, insp_bench_compare_doubles);
  return times->len > 0 ? g_array_index (times, double, times->len / 2) : 0.0;
}
