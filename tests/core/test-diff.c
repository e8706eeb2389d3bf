/* test-diff.c — the word diff of texts and the comparison of vision versions
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <sys/resource.h>

#include "insp-diff.h"

/* Helpers */

static char *
concat_runs (GPtrArray  *runs,
             InspDiffOp  other)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < runs->len; i++)
    {
      const InspDiffRun *run = g_ptr_array_index (runs, i);

      if (run->op == INSP_DIFF_EQUAL || run->op == other)
        g_string_append (text, run->text);
    }
  return g_string_free (text, FALSE);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011 || c == 0x200C
         || c == 0x200D;
}

/* The character at p, or 0 outside the text or at invalid UTF-8. */
static gunichar
char_at (const char *text,
         gssize      p)
{
  gunichar c;

  if (p < 0 || text[p] == '\0')
    return 0;
  c = g_utf8_get_char_validated (text + p, -1);
  return c == (gunichar) -1 || c == (gunichar) -2 ? 0 : c;
}

static gssize
previous_char (const char *text,
               gssize      p)
{
  if (p <= 0)
    return -1;
  return g_utf8_find_prev_char (text, text + p) - text;
}

/* Whether byte offset p of text falls inside a word, as insp-diff.h defines words. */
static gboolean
inside_word (const char *text,
             gsize       p)
{
  gssize before = previous_char (text, p);
  gunichar c_before = char_at (text, before);
  gunichar c_at = char_at (text, p);

  if (c_before == 0 || c_at == 0)
    return FALSE;
  if (is_word_char (c_before) && is_word_char (c_at))
    return TRUE;
  /* word|'word or word'|word */
  if (g_unichar_isalnum (c_at) && is_joiner (c_before))
    return is_word_char (char_at (text, previous_char (text, before)));
  if (is_word_char (c_before) && is_joiner (c_at))
    return g_unichar_isalnum (char_at (text, p + g_unichar_to_utf8 (c_at, NULL)));
  return FALSE;
}

static guint
count_words (const char *text)
{
  guint words = 0;

  for (gsize p = 0; text[p] != '\0'; p = g_utf8_next_char (text + p) - text)
    if (g_unichar_isalnum (char_at (text, p)) && !inside_word (text, p))
      words++;
  return words;
}

/* Everything the runs promise, whatever the texts. */
static void
assert_runs_valid (GPtrArray  *runs,
                   const char *old_text,
                   const char *new_text)
{
  g_autofree char *old_again = concat_runs (runs, INSP_DIFF_DELETE);
  g_autofree char *new_again = concat_runs (runs, INSP_DIFF_INSERT);
  gboolean valid = g_utf8_validate (old_text, -1, NULL) && g_utf8_validate (new_text, -1, NULL);
  gsize old_position = 0, new_position = 0;

  g_assert_cmpstr (old_again, ==, old_text);
  g_assert_cmpstr (new_again, ==, new_text);

  for (guint i = 0; i < runs->len; i++)
    {
      const InspDiffRun *run = g_ptr_array_index (runs, i);

      g_assert_nonnull (run->text);
      g_assert_cmpuint (strlen (run->text), >, 0);
      if (g_utf8_validate (run->text, -1, NULL))
        g_assert_cmpuint (run->n_words, ==, count_words (run->text));
      if (i > 0)
        {
          const InspDiffRun *before = g_ptr_array_index (runs, i - 1);

          /* Neighbours differ, and a change is a DELETE then an INSERT. */
          g_assert_cmpint (before->op, !=, run->op);
          g_assert_false (before->op == INSP_DIFF_INSERT && run->op == INSP_DIFF_DELETE);
          if (valid)
            {
              g_assert_false (inside_word (old_text, old_position));
              g_assert_false (inside_word (new_text, new_position));
            }
        }
      if (run->op != INSP_DIFF_INSERT)
        old_position += strlen (run->text);
      if (run->op != INSP_DIFF_DELETE)
        new_position += strlen (run->text);
    }
}

/* Checks the runs against (op, text) pairs ending in -1. */
static void
assert_runs (GPtrArray *runs,
             ...)
{
  va_list args;
  guint i = 0;
  int op;

  va_start (args, runs);
  while ((op = va_arg (args, int)) != -1)
    {
      const char *text = va_arg (args, const char *);
      const InspDiffRun *run;

      g_assert_cmpuint (i, <, runs->len);
      run = g_ptr_array_index (runs, i);
      g_assert_cmpint (run->op, ==, op);
      g_assert_cmpstr (run->text, ==, text);
      i++;
    }
  va_end (args);
  g_assert_cmpuint (i, ==, runs->len);
}

static GPtrArray *
diff_checked (const char *old_text,
              const char *new_text)
{
  GPtrArray *runs = insp_diff_words (old_text, new_text);

  assert_runs_valid (runs, old_text != NULL ? old_text : "", new_text != NULL ? new_text : "");
  return runs;
}

static guint
count_op_words (GPtrArray  *runs,
                InspDiffOp  op)
{
  guint words = 0;

  for (guint i = 0; i < runs->len; i++)
    {
      const InspDiffRun *run = g_ptr_array_index (runs, i);

      if (run->op == op)
        words += run->n_words;
    }
  return words;
}

static const char *vocabulary[] = {
  "werknemers", "werkgevers", "ondernemingsraad", "CPBW", "vakbondsafvaardiging", "CAO",
  "werkbaar", "werk", "wérkbare", "AI-geletterdheid", "zo'n", "’s", "algoritme", "de", "het",
  "een", "en", "van", "voor", "met", "in", "op", "is", "niet", "wij", "willen", "dat",
  "toezicht", "menselijk", "beslissingen", "transparant", "gegevens", "privacy", "2026",
  "élève", "naïef", "Ελληνικά", "العمل", "עבודה", "数据", ",", ".", ";", ":", "(", ")", "—",
  "«", "»", "?", "!", "€",
};

static const char *separators[] = { " ", " ", " ", " ", " ", "  ", "\n", "\n\n", "\t" };

static const char *
random_word (void)
{
  return vocabulary[g_test_rand_int_range (0, G_N_ELEMENTS (vocabulary))];
}

static char *
join_words (GPtrArray *words,
            GArray    *seps)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append (text, g_array_index (seps, const char *, i - 1));
      g_string_append (text, g_ptr_array_index (words, i));
    }
  return g_string_free (text, FALSE);
}

static void
random_words (GPtrArray *words,
              GArray    *seps,
              guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      const char *separator = separators[g_test_rand_int_range (0, G_N_ELEMENTS (separators))];

      g_ptr_array_add (words, (gpointer) random_word ());
      g_array_append_val (seps, separator);
    }
}

/* Makes n_edits random edits: a word inserted, deleted or replaced, or a spacing changed. */
static void
mutate_words (GPtrArray *words,
              GArray    *seps,
              guint      n_edits)
{
  for (guint e = 0; e < n_edits; e++)
    {
      guint at = words->len > 0 ? (guint) g_test_rand_int_range (0, words->len) : 0;
      const char *separator = " ";

      switch (words->len > 0 ? g_test_rand_int_range (0, 4) : 0)
        {
        case 0:  /* insert */
          g_ptr_array_insert (words, at, (gpointer) random_word ());
          g_array_insert_val (seps, at, separator);
          break;
        case 1:  /* delete */
          g_ptr_array_remove_index (words, at);
          g_array_remove_index (seps, at);
          break;
        case 2:  /* replace */
          words->pdata[at] = (gpointer) random_word ();
          break;
        case 3:  /* change the spacing */
        default:
          g_array_index (seps, const char *, at) =
            separators[g_test_rand_int_range (0, G_N_ELEMENTS (separators))];
          break;
        }
    }
}

/* Texts */

static void
test_identical (void)
{
  const char *text = "Wij willen werkbaar werk, ook met AI.\n\nDe ondernemingsraad beslist mee.";
  g_autoptr(GPtrArray) runs = diff_checked (text, text);
  const InspDiffRun *run;

  g_assert_cmpuint (runs->len, ==, 1);
  run = g_ptr_array_index (runs, 0);
  g_assert_cmpint (run->op, ==, INSP_DIFF_EQUAL);
  g_assert_cmpstr (run->text, ==, text);
  g_assert_cmpuint (run->n_words, ==, 11);
}

static void
test_empty_vs_text (void)
{
  g_autoptr(GPtrArray) runs = diff_checked ("", "Nieuwe tekst over AI-geletterdheid.");
  g_autoptr(GPtrArray) from_null = diff_checked (NULL, "Nieuwe tekst");

  assert_runs (runs, INSP_DIFF_INSERT, "Nieuwe tekst over AI-geletterdheid.", -1);
  g_assert_cmpuint (((InspDiffRun *) g_ptr_array_index (runs, 0))->n_words, ==, 4);
  assert_runs (from_null, INSP_DIFF_INSERT, "Nieuwe tekst", -1);
}

static void
test_text_vs_empty (void)
{
  g_autoptr(GPtrArray) runs = diff_checked ("Oude tekst, weg.", "");
  g_autoptr(GPtrArray) to_null = diff_checked ("Oude tekst", NULL);

  assert_runs (runs, INSP_DIFF_DELETE, "Oude tekst, weg.", -1);
  g_assert_cmpuint (((InspDiffRun *) g_ptr_array_index (runs, 0))->n_words, ==, 3);
  assert_runs (to_null, INSP_DIFF_DELETE, "Oude tekst", -1);
}

static void
test_both_empty (void)
{
  g_autoptr(GPtrArray) runs = diff_checked ("", "");
  g_autoptr(GPtrArray) nulls = diff_checked (NULL, NULL);

  g_assert_cmpuint (runs->len, ==, 0);
  g_assert_cmpuint (nulls->len, ==, 0);
}

static void
test_insertion (void)
{
  g_autoptr(GPtrArray) runs = diff_checked ("De werknemers beslissen mee.",
                                            "De werknemers en werkgevers beslissen mee.");
  const InspDiffRun *inserted;
  g_autofree char *stripped = NULL;

  g_assert_cmpuint (runs->len, ==, 3);
  inserted = g_ptr_array_index (runs, 1);
  g_assert_cmpint (inserted->op, ==, INSP_DIFF_INSERT);
  stripped = g_strstrip (g_strdup (inserted->text));
  g_assert_cmpstr (stripped, ==, "en werkgevers");
  g_assert_cmpuint (inserted->n_words, ==, 2);
  g_assert_cmpuint (count_op_words (runs, INSP_DIFF_DELETE), ==, 0);
}

static void
test_deletion (void)
{
  g_autoptr(GPtrArray) runs = diff_checked ("Het algoritme beslist nooit zelf over ontslag.",
                                            "Het algoritme beslist over ontslag.");
  const InspDiffRun *deleted;
  g_autofree char *stripped = NULL;

  g_assert_cmpuint (runs->len, ==, 3);
  deleted = g_ptr_array_index (runs, 1);
  g_assert_cmpint (deleted->op, ==, INSP_DIFF_DELETE);
  stripped = g_strstrip (g_strdup (deleted->text));
  g_assert_cmpstr (stripped, ==, "nooit zelf");
  g_assert_cmpuint (deleted->n_words, ==, 2);
  g_assert_cmpuint (count_op_words (runs, INSP_DIFF_INSERT), ==, 0);
}

static void
test_replacement (void)
{
  g_autoptr(GPtrArray) runs = diff_checked ("Een werkbare job voor iedereen.",
                                            "Een haalbare job voor iedereen.");

  assert_runs (runs,
               INSP_DIFF_EQUAL, "Een ",
               INSP_DIFF_DELETE, "werkbare",
               INSP_DIFF_INSERT, "haalbare",
               INSP_DIFF_EQUAL, " job voor iedereen.",
               -1);
  g_assert_cmpuint (count_op_words (runs, INSP_DIFF_DELETE), ==, 1);
  g_assert_cmpuint (count_op_words (runs, INSP_DIFF_INSERT), ==, 1);
}

static void
test_word_boundaries (void)
{
  /* A change inside a word replaces the whole word. */
  g_autoptr(GPtrArray) runs = diff_checked ("de ondernemingsraad vergadert",
                                            "de ondernemingsraden vergadert");
  g_autoptr(GPtrArray) hyphen = diff_checked ("over AI-geletterdheid gesproken",
                                              "over AI-vaardigheid gesproken");
  g_autoptr(GPtrArray) apostrophe = diff_checked ("zo'n plan", "zo’n plan");

  assert_runs (runs,
               INSP_DIFF_EQUAL, "de ",
               INSP_DIFF_DELETE, "ondernemingsraad",
               INSP_DIFF_INSERT, "ondernemingsraden",
               INSP_DIFF_EQUAL, " vergadert",
               -1);
  assert_runs (hyphen,
               INSP_DIFF_EQUAL, "over ",
               INSP_DIFF_DELETE, "AI-geletterdheid",
               INSP_DIFF_INSERT, "AI-vaardigheid",
               INSP_DIFF_EQUAL, " gesproken",
               -1);
  assert_runs (apostrophe,
               INSP_DIFF_DELETE, "zo'n",
               INSP_DIFF_INSERT, "zo’n",
               INSP_DIFF_EQUAL, " plan",
               -1);
  g_assert_cmpuint (((InspDiffRun *) g_ptr_array_index (apostrophe, 0))->n_words, ==, 1);
}

static void
test_punctuation (void)
{
  g_autoptr(GPtrArray) end = diff_checked ("Dit is goed.", "Dit is goed!");
  g_autoptr(GPtrArray) middle = diff_checked ("ja, nee", "ja; nee");
  g_autoptr(GPtrArray) added = diff_checked ("Wij willen toezicht",
                                             "Wij willen (menselijk) toezicht");

  assert_runs (end,
               INSP_DIFF_EQUAL, "Dit is goed",
               INSP_DIFF_DELETE, ".",
               INSP_DIFF_INSERT, "!",
               -1);
  g_assert_cmpuint (count_op_words (end, INSP_DIFF_DELETE), ==, 0);
  assert_runs (middle,
               INSP_DIFF_EQUAL, "ja",
               INSP_DIFF_DELETE, ",",
               INSP_DIFF_INSERT, ";",
               INSP_DIFF_EQUAL, " nee",
               -1);
  g_assert_cmpuint (count_op_words (added, INSP_DIFF_INSERT), ==, 1);
  g_assert_cmpuint (count_op_words (added, INSP_DIFF_DELETE), ==, 0);
}

static void
test_diacritics (void)
{
  g_autoptr(GPtrArray) runs = diff_checked ("een werkbare job", "een wérkbare job");
  /* The same accent as a combining mark (NFD) stays inside the word. */
  g_autoptr(GPtrArray) decomposed = diff_checked ("een werkbare job", "een we\xcc\x81rkbare job");

  assert_runs (runs,
               INSP_DIFF_EQUAL, "een ",
               INSP_DIFF_DELETE, "werkbare",
               INSP_DIFF_INSERT, "wérkbare",
               INSP_DIFF_EQUAL, " job",
               -1);
  assert_runs (decomposed,
               INSP_DIFF_EQUAL, "een ",
               INSP_DIFF_DELETE, "werkbare",
               INSP_DIFF_INSERT, "we\xcc\x81rkbare",
               INSP_DIFF_EQUAL, " job",
               -1);
  g_assert_cmpuint (count_op_words (decomposed, INSP_DIFF_INSERT), ==, 1);
}

static void
test_multibyte (void)
{
  g_autoptr(GPtrArray) arabic = diff_checked ("الذكاء الاصطناعي في العمل",
                                              "الذكاء الاصطناعي في المصنع");
  /* Hebrew with vowel points (combining marks) */
  g_autoptr(GPtrArray) hebrew = diff_checked ("שָׁלוֹם עוֹלָם", "שָׁלוֹם לְכֻלָּם");
  g_autoptr(GPtrArray) greek = diff_checked ("Τεχνητή νοημοσύνη στην εργασία",
                                             "Τεχνητή νοημοσύνη και εργασία");
  g_autoptr(GPtrArray) emoji = diff_checked ("goed 👍 werk", "goed 👎🏽 werk");

  assert_runs (arabic,
               INSP_DIFF_EQUAL, "الذكاء الاصطناعي في ",
               INSP_DIFF_DELETE, "العمل",
               INSP_DIFF_INSERT, "المصنع",
               -1);
  g_assert_cmpuint (((InspDiffRun *) g_ptr_array_index (arabic, 0))->n_words, ==, 3);
  assert_runs (hebrew,
               INSP_DIFF_EQUAL, "שָׁלוֹם ",
               INSP_DIFF_DELETE, "עוֹלָם",
               INSP_DIFF_INSERT, "לְכֻלָּם",
               -1);
  g_assert_cmpuint (((InspDiffRun *) g_ptr_array_index (hebrew, 0))->n_words, ==, 1);
  assert_runs (greek,
               INSP_DIFF_EQUAL, "Τεχνητή νοημοσύνη ",
               INSP_DIFF_DELETE, "στην",
               INSP_DIFF_INSERT, "και",
               INSP_DIFF_EQUAL, " εργασία",
               -1);
  g_assert_cmpuint (count_op_words (emoji, INSP_DIFF_INSERT), ==, 0);
  g_assert_cmpuint (count_op_words (emoji, INSP_DIFF_DELETE), ==, 0);
}

static void
test_whitespace (void)
{
  g_autoptr(GPtrArray) spaces = diff_checked ("Wij  willen werk", "Wij willen werk");
  g_autoptr(GPtrArray) paragraphs = diff_checked ("Een.\n\nTwee.", "Een. Twee.");
  const InspDiffRun *run;

  /* The words stay equal; the spacing is a whitespace-only change, kept to stay exact. */
  assert_runs (spaces,
               INSP_DIFF_EQUAL, "Wij",
               INSP_DIFF_DELETE, "  ",
               INSP_DIFF_INSERT, " ",
               INSP_DIFF_EQUAL, "willen werk",
               -1);
  run = g_ptr_array_index (spaces, 1);
  g_assert_true (insp_diff_run_is_whitespace (run));
  g_assert_false (insp_diff_run_is_whitespace (g_ptr_array_index (spaces, 0)));
  assert_runs (paragraphs,
               INSP_DIFF_EQUAL, "Een.",
               INSP_DIFF_DELETE, "\n\n",
               INSP_DIFF_INSERT, " ",
               INSP_DIFF_EQUAL, "Twee.",
               -1);
}

static void
test_semantic_cleanup (void)
{
  /* Neighbouring changed words come as one change, not word by word. */
  g_autoptr(GPtrArray) runs = diff_checked ("de grote hond blaft", "het kleine paard blaft");
  /* A short common word inside a rewritten sentence is folded in too. */
  g_autoptr(GPtrArray) sentence =
    diff_checked ("Wij vragen dat de werkgever alle gegevens toont.",
                  "Transparantie over algoritmes en de verwerkte persoonsgegevens is nodig.");
  /* But not across paragraphs. */
  g_autoptr(GPtrArray) paragraphs = diff_checked ("een\n\ntwee", "drie\n\nvier");
  /* And an unchanged word between two small changes stays. */
  g_autoptr(GPtrArray) kept = diff_checked ("hond is groot", "kat is klein");

  assert_runs (runs,
               INSP_DIFF_DELETE, "de grote hond",
               INSP_DIFF_INSERT, "het kleine paard",
               INSP_DIFF_EQUAL, " blaft",
               -1);
  g_assert_cmpuint (count_op_words (runs, INSP_DIFF_DELETE), ==, 3);
  assert_runs (sentence,
               INSP_DIFF_DELETE, "Wij vragen dat de werkgever alle gegevens toont",
               INSP_DIFF_INSERT,
               "Transparantie over algoritmes en de verwerkte persoonsgegevens is nodig",
               INSP_DIFF_EQUAL, ".",
               -1);
  assert_runs (paragraphs,
               INSP_DIFF_DELETE, "een",
               INSP_DIFF_INSERT, "drie",
               INSP_DIFF_EQUAL, "\n\n",
               INSP_DIFF_DELETE, "twee",
               INSP_DIFF_INSERT, "vier",
               -1);
  assert_runs (kept,
               INSP_DIFF_DELETE, "hond",
               INSP_DIFF_INSERT, "kat",
               INSP_DIFF_EQUAL, " is ",
               INSP_DIFF_DELETE, "groot",
               INSP_DIFF_INSERT, "klein",
               -1);
}

static void
test_invalid_utf8 (void)
{
  const char *old_text = "abc \xff\xfe d\xc3";
  const char *new_text = "abc \xfe d\xe2\x82 \xc3\xa9";
  g_autoptr(GPtrArray) runs = diff_checked (old_text, new_text);

  g_assert_cmpuint (runs->len, >, 0);
}

static void
test_random_edits (void)
{
  for (guint iteration = 0; iteration < 200; iteration++)
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      g_autoptr(GArray) seps = g_array_new (FALSE, FALSE, sizeof (const char *));
      g_autoptr(GPtrArray) runs = NULL;
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;
      guint n_edits = g_test_rand_int_range (0, 12);

      random_words (words, seps, g_test_rand_int_range (0, 80));
      old_text = join_words (words, seps);
      mutate_words (words, seps, n_edits);
      new_text = join_words (words, seps);

      runs = diff_checked (old_text, new_text);
      if (strcmp (old_text, new_text) == 0)
        g_assert_cmpuint (runs->len, <=, 1);
      /* An edit touches a few words at most: the diff stays near the edits. */
      g_assert_cmpuint (count_op_words (runs, INSP_DIFF_INSERT), <=, 4 * n_edits);
    }
}

static void
test_large_few_edits (void)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GArray) seps = g_array_new (FALSE, FALSE, sizeof (const char *));
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  gint64 start;
  double ms;

  random_words (words, seps, 20000);
  old_text = join_words (words, seps);
  mutate_words (words, seps, 5);
  new_text = join_words (words, seps);

  start = g_get_monotonic_time ();
  runs = insp_diff_words (old_text, new_text);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("20,000 words, 5 edits: %.2f ms", ms);

  assert_runs_valid (runs, old_text, new_text);
  g_assert_cmpuint (count_op_words (runs, INSP_DIFF_INSERT), <=, 20);
  g_assert_cmpuint (count_op_words (runs, INSP_DIFF_DELETE), <=, 20);

  /* Another 20,000 words at the end: one long insertion. */
  g_clear_pointer (&runs, g_ptr_array_unref);
  g_free (old_text);
  old_text = g_strdup (new_text);
  random_words (words, seps, 20000);
  g_free (new_text);
  new_text = join_words (words, seps);

  start = g_get_monotonic_time ();
  runs = insp_diff_words (old_text, new_text);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("20,000 words, 20,000 more at the end: %.2f ms", ms);

  assert_runs_valid (runs, old_text, new_text);
  g_assert_cmpuint (runs->len, ==, 2);
  g_assert_cmpuint (count_op_words (runs, INSP_DIFF_INSERT), ==,
                    count_words (new_text) - count_words (old_text));
}

static glong
max_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static void
test_large_different (void)
{
  g_autoptr(GPtrArray) old_words = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_words = g_ptr_array_new ();
  g_autoptr(GArray) old_seps = g_array_new (FALSE, FALSE, sizeof (const char *));
  g_autoptr(GArray) new_seps = g_array_new (FALSE, FALSE, sizeof (const char *));
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  glong rss_before = max_rss_kb ();
  gint64 start;
  double ms;

  /* Two unrelated texts from the same vocabulary: the worst case, everything is common. */
  random_words (old_words, old_seps, 20000);
  random_words (new_words, new_seps, 20000);
  old_text = join_words (old_words, old_seps);
  new_text = join_words (new_words, new_seps);

  start = g_get_monotonic_time ();
  runs = insp_diff_words (old_text, new_text);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("20,000 words vs 20,000 other words: %.2f ms, %u runs, %u words removed, "
                  "%u added, peak RSS +%ld kB",
                  ms, runs->len, count_op_words (runs, INSP_DIFF_DELETE),
                  count_op_words (runs, INSP_DIFF_INSERT), max_rss_kb () - rss_before);

  assert_runs_valid (runs, old_text, new_text);
  /* Linear memory: a few MB at most for texts of ~200 kB. */
  g_assert_cmpint (max_rss_kb () - rss_before, <, 64 * 1024);
}

/* Sections */

static const InspDiffSectionInput section_a = { "uuid-a", "purpose", "Purpose", "Why we use AI." };
static const InspDiffSectionInput section_b = { "uuid-b", "use", "Use", "What AI does here." };
static const InspDiffSectionInput section_c = { "uuid-c", NULL, "Red lines", "Never fire by AI." };
static const InspDiffSectionInput section_d = { "uuid-d", "review", "Review", "Each year." };
static const InspDiffSectionInput section_x = { "uuid-x", NULL, "Training", "Two days a year." };

static InspSectionDiff *
diff_at (GPtrArray *diffs,
         guint      i)
{
  g_assert_cmpuint (i, <, diffs->len);
  return g_ptr_array_index (diffs, i);
}

static void
assert_order (GPtrArray  *diffs,
              const char *uuids)
{
  g_auto(GStrv) expected = g_strsplit (uuids, " ", -1);

  g_assert_cmpuint (diffs->len, ==, g_strv_length (expected));
  for (guint i = 0; i < diffs->len; i++)
    g_assert_cmpstr (diff_at (diffs, i)->uuid, ==, expected[i]);
}

static guint
count_moved (GPtrArray *diffs)
{
  guint moved = 0;

  for (guint i = 0; i < diffs->len; i++)
    moved += diff_at (diffs, i)->moved;
  return moved;
}

static void
test_sections_unchanged (void)
{
  InspDiffSectionInput old_sections[] = { section_a, section_b };
  g_autoptr(GPtrArray) diffs = insp_diff_sections (old_sections, 2, old_sections, 2);

  assert_order (diffs, "uuid-a uuid-b");
  for (guint i = 0; i < diffs->len; i++)
    {
      InspSectionDiff *diff = diff_at (diffs, i);

      g_assert_cmpint (diff->change, ==, INSP_SECTION_CHANGE_UNCHANGED);
      g_assert_false (diff->renamed || diff->moved || diff->text_changed);
      g_assert_cmpint (diff->old_index, ==, (int) i);
      g_assert_cmpint (diff->new_index, ==, (int) i);
      g_assert_cmpuint (diff->runs->len, ==, 1);
      g_assert_cmpuint (diff->words_added + diff->words_removed, ==, 0);
    }
  g_assert_cmpstr (diff_at (diffs, 0)->key, ==, "purpose");
  g_assert_cmpstr (diff_at (diffs, 1)->key, ==, "use");
}

static void
test_sections_added (void)
{
  InspDiffSectionInput old_sections[] = { section_a, section_b };
  InspDiffSectionInput new_sections[] = { section_a, section_x, section_b };
  g_autoptr(GPtrArray) diffs = insp_diff_sections (old_sections, 2, new_sections, 3);
  InspSectionDiff *added;

  assert_order (diffs, "uuid-a uuid-x uuid-b");
  added = diff_at (diffs, 1);
  g_assert_cmpint (added->change, ==, INSP_SECTION_CHANGE_ADDED);
  g_assert_cmpstr (insp_section_change_to_string (added->change), ==, "added");
  g_assert_null (added->old_title);
  g_assert_cmpstr (added->new_title, ==, "Training");
  g_assert_cmpint (added->old_index, ==, -1);
  g_assert_cmpint (added->new_index, ==, 1);
  g_assert_cmpuint (added->runs->len, ==, 1);
  g_assert_cmpint (((InspDiffRun *) g_ptr_array_index (added->runs, 0))->op, ==,
                   INSP_DIFF_INSERT);
  g_assert_cmpuint (added->words_added, ==, 4);
  g_assert_cmpuint (added->words_removed, ==, 0);
  g_assert_false (added->renamed || added->moved);
  /* The insertion moves nothing. */
  g_assert_cmpuint (count_moved (diffs), ==, 0);
  g_assert_cmpint (diff_at (diffs, 2)->change, ==, INSP_SECTION_CHANGE_UNCHANGED);
  g_assert_cmpint (diff_at (diffs, 2)->old_index, ==, 1);
  g_assert_cmpint (diff_at (diffs, 2)->new_index, ==, 2);
}

static void
test_sections_removed (void)
{
  InspDiffSectionInput old_sections[] = { section_a, section_b, section_c };
  InspDiffSectionInput new_sections[] = { section_a, section_c };
  g_autoptr(GPtrArray) diffs = insp_diff_sections (old_sections, 3, new_sections, 2);
  InspSectionDiff *removed;

  assert_order (diffs, "uuid-a uuid-b uuid-c");
  removed = diff_at (diffs, 1);
  g_assert_cmpint (removed->change, ==, INSP_SECTION_CHANGE_REMOVED);
  g_assert_cmpstr (insp_section_change_to_string (removed->change), ==, "removed");
  g_assert_cmpstr (removed->old_title, ==, "Use");
  g_assert_null (removed->new_title);
  g_assert_cmpint (removed->old_index, ==, 1);
  g_assert_cmpint (removed->new_index, ==, -1);
  g_assert_cmpstr (removed->key, ==, "use");
  g_assert_cmpuint (removed->runs->len, ==, 1);
  g_assert_cmpint (((InspDiffRun *) g_ptr_array_index (removed->runs, 0))->op, ==,
                   INSP_DIFF_DELETE);
  g_assert_cmpuint (removed->words_removed, ==, 4);
  g_assert_cmpuint (count_moved (diffs), ==, 0);
}

static void
test_sections_renamed (void)
{
  InspDiffSectionInput old_sections[] = { section_a, section_b };
  InspDiffSectionInput new_sections[] = { section_a, section_b };
  g_autoptr(GPtrArray) diffs = NULL;
  InspSectionDiff *renamed;

  new_sections[1].title = "How we use AI";
  diffs = insp_diff_sections (old_sections, 2, new_sections, 2);
  renamed = diff_at (diffs, 1);
  g_assert_cmpint (renamed->change, ==, INSP_SECTION_CHANGE_RENAMED);
  g_assert_cmpstr (insp_section_change_to_string (renamed->change), ==, "renamed");
  g_assert_true (renamed->renamed);
  g_assert_false (renamed->moved || renamed->text_changed);
  g_assert_cmpstr (renamed->old_title, ==, "Use");
  g_assert_cmpstr (renamed->new_title, ==, "How we use AI");
  g_assert_cmpint (diff_at (diffs, 0)->change, ==, INSP_SECTION_CHANGE_UNCHANGED);
}

static void
test_sections_moved (void)
{
  InspDiffSectionInput old_sections[] = { section_a, section_b, section_c, section_d };
  InspDiffSectionInput new_sections[] = { section_a, section_c, section_b, section_d };
  InspDiffSectionInput far_sections[] = { section_b, section_c, section_d, section_a };
  g_autoptr(GPtrArray) diffs = insp_diff_sections (old_sections, 4, new_sections, 4);
  g_autoptr(GPtrArray) far = insp_diff_sections (old_sections, 4, far_sections, 4);

  assert_order (diffs, "uuid-a uuid-c uuid-b uuid-d");
  g_assert_cmpuint (count_moved (diffs), ==, 1);
  for (guint i = 0; i < diffs->len; i++)
    {
      InspSectionDiff *diff = diff_at (diffs, i);

      g_assert_cmpint (diff->change, ==,
                       diff->moved ? INSP_SECTION_CHANGE_MOVED : INSP_SECTION_CHANGE_UNCHANGED);
      g_assert_false (diff->moved && strcmp (diff->uuid, "uuid-a") == 0);
      g_assert_false (diff->moved && strcmp (diff->uuid, "uuid-d") == 0);
    }

  /* Moving the first section to the end moves that one, not the three others. */
  assert_order (far, "uuid-b uuid-c uuid-d uuid-a");
  g_assert_cmpuint (count_moved (far), ==, 1);
  g_assert_true (diff_at (far, 3)->moved);
  g_assert_cmpstr (insp_section_change_to_string (diff_at (far, 3)->change), ==, "moved");
}

static void
test_sections_renamed_changed (void)
{
  InspDiffSectionInput old_sections[] = { section_a, section_b, section_c };
  InspDiffSectionInput new_sections[] = { section_a, section_c, section_b };
  g_autoptr(GPtrArray) diffs = NULL;
  InspSectionDiff *diff;

  new_sections[1].title = "Our red lines";
  new_sections[1].text = "Never fire or hire by AI alone.";
  diffs = insp_diff_sections (old_sections, 3, new_sections, 3);
  diff = diff_at (diffs, 1);
  g_assert_cmpstr (diff->uuid, ==, "uuid-c");
  g_assert_cmpint (diff->change, ==, INSP_SECTION_CHANGE_RENAMED);
  g_assert_true (diff->renamed);
  g_assert_true (diff->text_changed);
  g_assert_cmpuint (diff->words_added, ==, 3);  /* or hire, alone */
  g_assert_cmpuint (diff->words_removed, ==, 0);
  g_assert_cmpuint (count_moved (diffs), ==, 1);

  /* Changed text alone gives "changed". */
  new_sections[1] = section_c;
  new_sections[2].text = "What AI does here and there.";
  g_clear_pointer (&diffs, g_ptr_array_unref);
  diffs = insp_diff_sections (old_sections, 3, new_sections, 3);
  diff = diff_at (diffs, 2);
  g_assert_cmpstr (diff->uuid, ==, "uuid-b");
  g_assert_true (diff->text_changed);
  g_assert_cmpint (diff->change, ==, diff->moved ? INSP_SECTION_CHANGE_MOVED
                                                  : INSP_SECTION_CHANGE_CHANGED);
  g_assert_cmpuint (diff->words_added, ==, 2);
}

static void
test_sections_empty (void)
{
  InspDiffSectionInput old_sections[] = {
    { "uuid-e", NULL, "Empty", "" },
    { "uuid-f", NULL, "Null", NULL },
    { "uuid-g", NULL, "Spaces", "Een  twee" },
  };
  InspDiffSectionInput new_sections[] = {
    { "uuid-e", NULL, "Empty", "" },
    { "uuid-f", NULL, "Null", "" },
    { "uuid-g", NULL, "Spaces", "Een twee" },
    { "uuid-h", NULL, "New and empty", NULL },
  };
  g_autoptr(GPtrArray) diffs = insp_diff_sections (old_sections, 3, new_sections, 4);
  g_autoptr(GPtrArray) none = insp_diff_sections (NULL, 0, NULL, 0);
  g_autoptr(GPtrArray) all_new = insp_diff_sections (NULL, 0, new_sections, 4);
  g_autoptr(GPtrArray) all_gone = insp_diff_sections (old_sections, 3, NULL, 0);

  assert_order (diffs, "uuid-e uuid-f uuid-g uuid-h");
  g_assert_cmpuint (diff_at (diffs, 0)->runs->len, ==, 0);
  g_assert_cmpint (diff_at (diffs, 0)->change, ==, INSP_SECTION_CHANGE_UNCHANGED);
  g_assert_cmpuint (diff_at (diffs, 1)->runs->len, ==, 0);
  g_assert_cmpint (diff_at (diffs, 1)->change, ==, INSP_SECTION_CHANGE_UNCHANGED);
  /* Spacing alone does not count as a change of the text. */
  g_assert_false (diff_at (diffs, 2)->text_changed);
  g_assert_cmpint (diff_at (diffs, 2)->change, ==, INSP_SECTION_CHANGE_UNCHANGED);
  g_assert_cmpuint (diff_at (diffs, 3)->runs->len, ==, 0);
  g_assert_cmpint (diff_at (diffs, 3)->change, ==, INSP_SECTION_CHANGE_ADDED);
  g_assert_false (diff_at (diffs, 3)->text_changed);

  g_assert_cmpuint (none->len, ==, 0);
  assert_order (all_new, "uuid-e uuid-f uuid-g uuid-h");
  assert_order (all_gone, "uuid-e uuid-f uuid-g");
  for (guint i = 0; i < all_gone->len; i++)
    g_assert_cmpint (diff_at (all_gone, i)->change, ==, INSP_SECTION_CHANGE_REMOVED);
}

static void
test_sections_order (void)
{
  InspDiffSectionInput old_sections[] = { section_b, section_a, section_c, section_d };
  InspDiffSectionInput new_sections[] = { section_x, section_c, section_a };
  g_autoptr(GPtrArray) diffs = insp_diff_sections (old_sections, 4, new_sections, 3);
  InspDiffSectionInput tail_old[] = { section_a, section_b, section_c };
  InspDiffSectionInput tail_new[] = { section_a };
  g_autoptr(GPtrArray) tail = insp_diff_sections (tail_old, 3, tail_new, 1);

  /* b had nothing before it: first; d followed c: right after c, though c now comes before a
   * (which moved). x is new, in its place. */
  assert_order (diffs, "uuid-b uuid-x uuid-c uuid-d uuid-a");
  g_assert_cmpint (diff_at (diffs, 0)->change, ==, INSP_SECTION_CHANGE_REMOVED);
  g_assert_cmpint (diff_at (diffs, 1)->change, ==, INSP_SECTION_CHANGE_ADDED);
  g_assert_cmpint (diff_at (diffs, 3)->change, ==, INSP_SECTION_CHANGE_REMOVED);
  g_assert_cmpuint (count_moved (diffs), ==, 1);
  g_assert_cmpint (diff_at (diffs, 2)->old_index, ==, 2);
  g_assert_cmpint (diff_at (diffs, 2)->new_index, ==, 1);

  /* Removed sections in a row keep their old order. */
  assert_order (tail, "uuid-a uuid-b uuid-c");
  g_assert_cmpint (diff_at (tail, 1)->old_index, ==, 1);
  g_assert_cmpint (diff_at (tail, 2)->old_index, ==, 2);
}

static void
test_change_to_string (void)
{
  g_assert_cmpstr (insp_section_change_to_string (INSP_SECTION_CHANGE_UNCHANGED), ==,
                   "unchanged");
  g_assert_cmpstr (insp_section_change_to_string (INSP_SECTION_CHANGE_CHANGED), ==, "changed");
  g_assert_cmpstr (insp_section_change_to_string (INSP_SECTION_CHANGE_MOVED), ==, "moved");
  g_assert_cmpstr (insp_section_change_to_string (INSP_SECTION_CHANGE_RENAMED), ==, "renamed");
  g_assert_cmpstr (insp_section_change_to_string (INSP_SECTION_CHANGE_ADDED), ==, "added");
  g_assert_cmpstr (insp_section_change_to_string (INSP_SECTION_CHANGE_REMOVED), ==, "removed");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/words/identical", test_identical);
  g_test_add_func ("/diff/words/empty-vs-text", test_empty_vs_text);
  g_test_add_func ("/diff/words/text-vs-empty", test_text_vs_empty);
  g_test_add_func ("/diff/words/both-empty", test_both_empty);
  g_test_add_func ("/diff/words/insertion", test_insertion);
  g_test_add_func ("/diff/words/deletion", test_deletion);
  g_test_add_func ("/diff/words/replacement", test_replacement);
  g_test_add_func ("/diff/words/word-boundaries", test_word_boundaries);
  g_test_add_func ("/diff/words/punctuation", test_punctuation);
  g_test_add_func ("/diff/words/diacritics", test_diacritics);
  g_test_add_func ("/diff/words/multibyte", test_multibyte);
  g_test_add_func ("/diff/words/whitespace", test_whitespace);
  g_test_add_func ("/diff/words/semantic-cleanup", test_semantic_cleanup);
  g_test_add_func ("/diff/words/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/diff/words/random-edits", test_random_edits);
  g_test_add_func ("/diff/words/large-few-edits", test_large_few_edits);
  g_test_add_func ("/diff/words/large-different", test_large_different);
  g_test_add_func ("/diff/sections/unchanged", test_sections_unchanged);
  g_test_add_func ("/diff/sections/added", test_sections_added);
  g_test_add_func ("/diff/sections/removed", test_sections_removed);
  g_test_add_func ("/diff/sections/renamed", test_sections_renamed);
  g_test_add_func ("/diff/sections/moved", test_sections_moved);
  g_test_add_func ("/diff/sections/renamed-changed", test_sections_renamed_changed);
  g_test_add_func ("/diff/sections/empty", test_sections_empty);
  g_test_add_func ("/diff/sections/order", test_sections_order);
  g_test_add_func ("/diff/sections/change-to-string", test_change_to_string);

  return g_test_run ();
}
