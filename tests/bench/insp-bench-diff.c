/* insp-bench-diff.c — how long comparing two versions of a vision takes
 *
 *   insp-bench-diff
 *
 * Builds two versions of a vision of 20 sections of 1,000 words each, the second with about
 * 5% of the words changed (replaced, inserted or deleted), one section moved and one renamed,
 * compares them 20 times with insp_diff_sections () and prints the median in milliseconds:
 *
 *   diff_20x1000_ms 12.3
 */
#define G_LOG_DOMAIN "inspraak-bench"

#include "config.h"

#include <string.h>

#include "insp-bench-util.h"
#include "insp-diff.h"

#define N_SECTIONS 20
#define N_WORDS    1000
#define N_RUNS     20

static const char *vocabulary[] = {
  "werknemers", "werkgevers", "ondernemingsraad", "CPBW", "vakbondsafvaardiging", "CAO",
  "werkbaar", "werk", "AI-geletterdheid", "algoritme", "de", "het", "een", "en", "van",
  "voor", "met", "in", "op", "is", "niet", "wij", "willen", "dat", "toezicht", "menselijk",
  "beslissingen", "transparant", "gegevens", "privacy", "overleg", "evaluatie", "jaarlijks",
  "opleiding", "klachten", "rode", "lijnen", "gebruik", "doel", "systeem", "planning",
  "aanwerving", "ontslag", "controle", "camera's", "zo'n", "élève", "naïef", "wérkbare",
};

static const char *
random_word (GRand *rand)
{
  return vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))];
}

/* A text of words with now and then a comma, a full stop or a new paragraph. */
static void
append_word (GString    *text,
             GRand      *rand,
             const char *word)
{
  guint punctuation = g_rand_int_range (rand, 0, 40);

  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, word);
  if (punctuation == 0)
    g_string_append (text, ".\n\n");
  else if (punctuation < 4)
    g_string_append_c (text, ',');
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  InspDiffSectionInput old_sections[N_SECTIONS];
  InspDiffSectionInput new_sections[N_SECTIONS];
  InspDiffSectionInput moved;
  guint changes = 0;

  for (guint s = 0; s < N_SECTIONS; s++)
    {
      GString *old_text = g_string_new (NULL);
      GString *new_text = g_string_new (NULL);
      char *uuid = g_strdup_printf ("section-%02u", s);
      char *title = g_strdup_printf ("Section %u", s + 1);

      for (guint w = 0; w < N_WORDS; w++)
        {
          const char *word = random_word (rand);
          guint dice = g_rand_int_range (rand, 0, 60);

          append_word (old_text, rand, word);
          if (dice == 0)
            {
              changes++;  /* deleted */
            }
          else if (dice == 1)
            {
              changes++;  /* inserted before */
              append_word (new_text, rand, random_word (rand));
              append_word (new_text, rand, word);
            }
          else if (dice == 2)
            {
              changes++;  /* replaced */
              append_word (new_text, rand, random_word (rand));
            }
          else
            {
              append_word (new_text, rand, word);
            }
        }

      g_ptr_array_add (strings, uuid);
      g_ptr_array_add (strings, title);
      old_sections[s] = (InspDiffSectionInput) { uuid, NULL, title, old_text->str };
      new_sections[s] = (InspDiffSectionInput) { uuid, NULL, title, new_text->str };
      g_ptr_array_add (strings, g_string_free (old_text, FALSE));
      g_ptr_array_add (strings, g_string_free (new_text, FALSE));
    }

  /* Section 4 moves to after section 15; section 10 gets a new title. */
  moved = new_sections[3];
  memmove (&new_sections[3], &new_sections[4], 12 * sizeof (InspDiffSectionInput));
  new_sections[15] = moved;
  new_sections[9].title = "A new title";

  g_debug ("%u of %u words changed", changes, N_SECTIONS * N_WORDS);

  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(GPtrArray) diffs = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      diffs = insp_diff_sections (old_sections, N_SECTIONS, new_sections, N_SECTIONS);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
      g_assert (diffs->len == N_SECTIONS);
      if (r == 0)
        for (guint i = 0; i < diffs->len; i++)
          {
            const InspSectionDiff *diff = g_ptr_array_index (diffs, i);

            g_debug ("%s: %s, +%u -%u words", diff->uuid,
                     insp_section_change_to_string (diff->change),
                     diff->words_added, diff->words_removed);
          }
    }

  g_print ("diff_20x1000_ms %.2f\n", insp_bench_median (times));
  return 0;
}
