/* test-markdown.c — CommonMark in the vision editor: spans, round trips, hostile text
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "insp-error.h"
#include "insp-markdown.h"

/* Every construct the editor styles, as a user would type it. */
static const char *constructs[] = {
  "# A heading\n",
  "## Second level ##\n",
  "Setext heading\n==============\n",
  "A paragraph with *emphasis*, _also emphasis_ and **strong** text.\n",
  "A [link](https://example.org \"title\") in a sentence.\n",
  "Some `inline code` here.\n",
  "- one\n- two\n  - nested\n- three\n",
  "1. first\n2. second\n",
  "3) third\n4) fourth\n",
  "> a quotation\n> on two lines\n",
  "---\n",
  "```text\ncode block\n```\n",
  "Hard  \nline break\n",
  "Text with a backslash \\* escaped star and &amp; entity.\n",
  "Wérkbare job, ondernemingsraad en AI-geletterdheid: “quotes” ’n stuk.\n",
};

static gboolean
has_span (GArray      *spans,
          const char  *text,
          InspMdStyle  style,
          const char  *covered)
{
  for (guint i = 0; i < spans->len; i++)
    {
      InspMdSpan *span = &g_array_index (spans, InspMdSpan, i);

      if (span->style == style && span->end - span->start == strlen (covered)
          && strncmp (text + span->start, covered, span->end - span->start) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
assert_spans_sane (const char *text,
                   gsize       length,
                   GArray     *spans)
{
  for (guint i = 0; i < spans->len; i++)
    {
      InspMdSpan *span = &g_array_index (spans, InspMdSpan, i);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, length);
      /* On character boundaries, so the editor can turn them into iters. */
      g_assert_true (span->start == length || ((guchar) text[span->start] & 0xC0) != 0x80);
      g_assert_true (span->end == length || ((guchar) text[span->end] & 0xC0) != 0x80);
      if (i > 0)
        g_assert_cmpuint (g_array_index (spans, InspMdSpan, i - 1).start, <=, span->start);
    }
}

static void
test_spans_constructs (void)
{
  struct {
    const char *text;
    InspMdStyle style;
    guint level;
    const char *covered;
  } cases[] = {
    { "# A heading\n", INSP_MD_HEADING, 1, "# A heading" },
    { "# A heading\n", INSP_MD_MARKER, 0, "# " },
    { "## Closed ##\n", INSP_MD_HEADING, 2, "## Closed ##" },
    { "## Closed ##\n", INSP_MD_MARKER, 0, "##" },
    { "Setext\n======\n", INSP_MD_HEADING, 1, "Setext\n======" },
    { "Setext\n======\n", INSP_MD_MARKER, 0, "======" },
    { "a *it* b\n", INSP_MD_EMPHASIS, 0, "*it*" },
    { "a _it_ b\n", INSP_MD_EMPHASIS, 0, "_it_" },
    { "a **bold** b\n", INSP_MD_STRONG, 0, "**bold**" },
    { "a **bold** b\n", INSP_MD_MARKER, 0, "**" },
    { "a [text](http://x.org) b\n", INSP_MD_LINK, 0, "[text](http://x.org)" },
    { "a [text](http://x.org) b\n", INSP_MD_MARKER, 0, "[" },
    { "a [text](http://x.org) b\n", INSP_MD_MARKER, 0, "](http://x.org)" },
    { "a `code` b\n", INSP_MD_CODE, 0, "`code`" },
    { "a `code` b\n", INSP_MD_MARKER, 0, "`" },
    { "- one\n- two\n", INSP_MD_LIST_ITEM, 1, "- one" },
    { "- one\n- two\n", INSP_MD_MARKER, 0, "- " },
    { "- one\n  - nested\n", INSP_MD_LIST_ITEM, 2, "- nested" },
    { "1. first\n", INSP_MD_MARKER, 0, "1. " },
    { "> quoted\n", INSP_MD_QUOTE, 0, "> quoted" },
    { "> quoted\n", INSP_MD_MARKER, 0, "> " },
    { "---\n", INSP_MD_MARKER, 0, "---" },
    { "```\ncode\n```\n", INSP_MD_CODE_BLOCK, 0, "```\ncode\n```" },
    { "*wérk* ok\n", INSP_MD_EMPHASIS, 0, "*wérk*" },
    { "line one\r\n**two**\r\n", INSP_MD_STRONG, 0, "**two**" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) spans = insp_markdown_get_spans (cases[i].text,
                                                          strlen (cases[i].text), NULL);

      assert_spans_sane (cases[i].text, strlen (cases[i].text), spans);
      if (!has_span (spans, cases[i].text, cases[i].style, cases[i].covered))
        g_error ("%s: no span of style %d over “%s”", cases[i].text, cases[i].style,
                 cases[i].covered);

      if (cases[i].level > 0)
        for (guint j = 0; j < spans->len; j++)
          {
            InspMdSpan *span = &g_array_index (spans, InspMdSpan, j);

            if (span->style == cases[i].style
                && strncmp (cases[i].text + span->start, cases[i].covered,
                            strlen (cases[i].covered)) == 0)
              g_assert_cmpuint (span->level, ==, cases[i].level);
          }
    }
}

static void
test_spans_plain (void)
{
  const char *text = "Just words, nothing styled.\n\nAnother paragraph.";
  g_autoptr(GArray) spans = insp_markdown_get_spans (text, strlen (text), NULL);
  g_autoptr(GArray) empty = insp_markdown_get_spans ("", 0, NULL);

  g_assert_cmpuint (spans->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
}

/* Parse, write back with cmark, parse again: the same document for every construct. */
static void
test_round_trip (void)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (constructs); i++)
    {
      g_autofree char *xml = insp_markdown_to_xml (constructs[i], -1);
      g_autofree char *written = insp_markdown_to_commonmark (constructs[i], -1);
      g_autofree char *xml_again = insp_markdown_to_xml (written, -1);

      g_assert_cmpstr (xml, ==, xml_again);
      /* A paragraph between, or two lists in a row would be one list to the reader but
       * two to the parser. */
      g_string_append (all, constructs[i]);
      g_string_append (all, "\nBetween.\n\n");
    }

  /* And all of them together, as one section. */
  {
    g_autofree char *xml = insp_markdown_to_xml (all->str, -1);
    g_autofree char *written = insp_markdown_to_commonmark (all->str, -1);
    g_autofree char *xml_again = insp_markdown_to_xml (written, -1);

    g_assert_cmpstr (xml, ==, xml_again);
    g_assert_nonnull (strstr (xml, "<emph>"));
    g_assert_nonnull (strstr (xml, "<strong>"));
    g_assert_nonnull (strstr (xml, "<link destination=\"https://example.org\""));
    g_assert_nonnull (strstr (xml, "<list type=\"ordered\""));
    g_assert_nonnull (strstr (xml, "<heading level=\"2\">"));
  }

  g_string_free (all, TRUE);
}

static void
test_hostile (void)
{
  GString *long_line = g_string_new (NULL);
  GString *controls = g_string_new (NULL);
  GString *nested = g_string_new (NULL);
  const char *unbalanced[] = {
    "**bold *it", "[link(", "](", "*_*_*_", "`", "```", "# ", "#", "-", "1.", ">",
    "**", "[a]: <", "<div>", "a\r\rb\r", "\t- x\t*y*", "***a*** **", "[x](<y z>)",
  };

  while (long_line->len < 1024 * 1024)
    g_string_append (long_line, "wérk *x* [a](b) `c` **d ");
  for (int c = 1; c < 0x20; c++)
    {
      g_string_append_c (controls, (char) c);
      g_string_append (controls, "*a*");
    }
  for (guint i = 0; i < 2000; i++)
    g_string_append (nested, "> - ");
  g_string_append (nested, "deep");

  for (guint i = 0; i < G_N_ELEMENTS (unbalanced) + 3; i++)
    {
      const char *text = i < G_N_ELEMENTS (unbalanced) ? unbalanced[i]
                         : i == G_N_ELEMENTS (unbalanced) ? long_line->str
                         : i == G_N_ELEMENTS (unbalanced) + 1 ? controls->str
                         : nested->str;
      gsize length = strlen (text);
      g_autoptr(GArray) spans = insp_markdown_get_spans (text, length, NULL);
      g_autofree char *plain = insp_markdown_to_plain (text, -1);
      g_autofree char *written = insp_markdown_to_commonmark (text, -1);

      /* Handled, not necessarily meaningful: cmark's writer does not promise to round-trip
       * text like "*_*_*_", so only sanity is asserted here. */
      assert_spans_sane (text, length, spans);
      g_assert_true (g_utf8_validate (plain, -1, NULL));
      g_assert_true (g_utf8_validate (written, -1, NULL));
      insp_markdown_count_words (text, -1);
      g_assert_true (insp_markdown_validate (text, -1, "x", NULL));
    }

  /* The long line really is styled, to its end. */
  {
    g_autoptr(GArray) spans = insp_markdown_get_spans (long_line->str, long_line->len, NULL);

    g_assert_cmpuint (spans->len, >, 100000);
    g_assert_cmpuint (g_array_index (spans, InspMdSpan, spans->len - 1).start, >,
                      long_line->len - 100);
  }

  g_string_free (long_line, TRUE);
  g_string_free (controls, TRUE);
  g_string_free (nested, TRUE);
}

static void
test_validate (void)
{
  g_autoptr(GError) error = NULL;
  const char bad_utf8[] = "good line\nbad \xC3\x28 here";
  const char with_nul[] = "before\0after";

  g_assert_true (insp_markdown_validate ("wérkbare tekst", -1, "Purpose", NULL));
  g_assert_true (insp_markdown_validate (NULL, -1, "Purpose", NULL));

  g_assert_false (insp_markdown_validate (bad_utf8, -1, "Purpose", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "Purpose"));
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);

  g_assert_false (insp_markdown_validate (with_nul, sizeof with_nul - 1, "Purpose", &error));
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_false (insp_markdown_validate ("\xFF", -1, "Red lines", &error));
  g_assert_nonnull (strstr (error->message, "Red lines"));
}

static void
test_words (void)
{
  g_assert_cmpuint (insp_markdown_count_words ("", -1), ==, 0);
  g_assert_cmpuint (insp_markdown_count_words ("# Title\n\nTwo words.", -1), ==, 3);
  g_assert_cmpuint (insp_markdown_count_words ("- **one** two\n- [three](http://a.b/c/d)",
                                               -1), ==, 3);
  g_assert_cmpuint (insp_markdown_count_words ("AI-geletterdheid don’t wérkbare", -1), ==, 3);
  g_assert_cmpuint (insp_markdown_count_words ("***", -1), ==, 0);
}

static void
test_words_with_spans (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (constructs); i++)
    {
      guint words = 0;
      g_autoptr(GArray) spans = insp_markdown_get_spans (constructs[i], strlen (constructs[i]),
                                                          &words);

      g_assert_cmpuint (words, ==, insp_markdown_count_words (constructs[i], -1));
    }
}

static void
test_find (void)
{
  g_autoptr(GArray) found = insp_text_find ("Wérkbare jobs: werkbaar werk. WERKBARE!", "werkbare");
  g_autoptr(GArray) accented = insp_text_find ("een werkbare job", "wérkbare");
  g_autoptr(GArray) none = insp_text_find ("nothing here", "werk");
  g_autoptr(GArray) empty = insp_text_find ("text", "");
  g_autoptr(GArray) overlap = insp_text_find ("aaaa", "aa");

  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpuint (g_array_index (found, InspTextMatch, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (found, InspTextMatch, 0).end, ==, 8);
  g_assert_cmpuint (g_array_index (found, InspTextMatch, 1).start, ==, 30);
  g_assert_cmpuint (g_array_index (found, InspTextMatch, 1).end, ==, 38);
  g_assert_cmpuint (accented->len, ==, 1);
  g_assert_cmpuint (g_array_index (accented, InspTextMatch, 0).start, ==, 4);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (overlap->len, ==, 2);
}

static void
test_plain (void)
{
  g_autofree char *plain = insp_markdown_to_plain ("# Title\n\nSome *emphasis* and a "
                                                   "[link](http://x).\n\n- one\n- two\n\n"
                                                   "3. three\n4. four\n", -1);

  g_assert_cmpstr (plain, ==, "Title\n\nSome emphasis and a link.\n\n• one\n• two\n\n"
                   "3. three\n4. four");
}

static void
test_continue_list (void)
{
  struct {
    const char *line;
    InspMdContinue result;
    const char *prefix;
  } cases[] = {
    { "- item", INSP_MD_CONTINUE_ITEM, "- " },
    { "* item", INSP_MD_CONTINUE_ITEM, "* " },
    { "  - nested item", INSP_MD_CONTINUE_ITEM, "  - " },
    { "1. first", INSP_MD_CONTINUE_ITEM, "2. " },
    { "9) ninth", INSP_MD_CONTINUE_ITEM, "10) " },
    { "-   wide", INSP_MD_CONTINUE_ITEM, "-   " },
    { "- ", INSP_MD_CONTINUE_END, NULL },
    { "2. ", INSP_MD_CONTINUE_END, NULL },
    { "plain text", INSP_MD_CONTINUE_NONE, NULL },
    { "-dash", INSP_MD_CONTINUE_NONE, NULL },
    { "", INSP_MD_CONTINUE_NONE, NULL },
    { "# heading", INSP_MD_CONTINUE_NONE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *prefix = NULL;
      gsize marker = 0;
      InspMdContinue result = insp_markdown_continue_list (cases[i].line,
                                                           strlen (cases[i].line),
                                                           &prefix, &marker);

      g_assert_cmpint (result, ==, cases[i].result);
      g_assert_cmpstr (prefix, ==, cases[i].prefix);
      if (result == INSP_MD_CONTINUE_END)
        g_assert_cmpuint (marker, ==, strlen (cases[i].line));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown/spans/constructs", test_spans_constructs);
  g_test_add_func ("/markdown/spans/plain", test_spans_plain);
  g_test_add_func ("/markdown/round-trip", test_round_trip);
  g_test_add_func ("/markdown/hostile", test_hostile);
  g_test_add_func ("/markdown/validate", test_validate);
  g_test_add_func ("/markdown/words", test_words);
  g_test_add_func ("/markdown/words-with-spans", test_words_with_spans);
  g_test_add_func ("/markdown/plain", test_plain);
  g_test_add_func ("/markdown/find", test_find);
  g_test_add_func ("/markdown/continue-list", test_continue_list);

  return g_test_run ();
}
