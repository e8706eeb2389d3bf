/* insp-diff.c — word-level comparison of texts and of vision versions
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The texts are cut into tokens (see insp-diff.h), each token gets a small integer id, and the
 * id sequences are compared with Myers' algorithm ("An O(ND) Difference Algorithm and Its
 * Variations", 1986): the middle snake of each sub-problem splits it in two, so the space is
 * linear. Before that, tokens that never occur on the other side are marked changed and left
 * out, and each sub-problem loses its common prefix and suffix. When the search for a middle
 * snake needs more edits than a cap (see COST_BUDGET), the sub-problem is split at the point
 * that the search reached furthest: the result is then still a correct edit script, only
 * perhaps not the shortest one, and the time stays near O(N × cap) for inputs that have
 * little in common. Memory is linear: the tokens, and two arrays of 2 × cap + 3 integers.
 */

#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-diff.h"

#include <glib/gi18n.h>

#include <string.h>

/* The cost cap of the middle-snake search: COST_BUDGET / (tokens on both sides), so that a
 * whole comparison costs about COST_BUDGET steps at most (a few tens of milliseconds), but
 * never less than COST_MIN edits. Sections of a few thousand words stay exact. */
#define COST_BUDGET 4000000
#define COST_MIN 64
/* What comparing two versions of a whole vision may cost, shared by the sections whose texts
 * differ: a vision rewritten from top to bottom stays near COST_BUDGET × 2 steps in all. */
#define DOCUMENT_BUDGET (2 * COST_BUDGET)

typedef enum
{
  TOKEN_WORD,
  TOKEN_SPACE,
  TOKEN_OTHER,
} TokenKind;

typedef struct
{
  const char *start;
  gsize       length;
  TokenKind   kind;
  guint       id;
} Token;

/* Whitespace tokens have ids 0, 1 and 2 by the number of line breaks they hold (0, 1, 2+);
 * words and symbols are numbered from FIRST_ID on. */
#define FIRST_ID 3

#define NOT_A_CHAR ((gunichar) -1)

/* Tokens */

static gunichar
peek_char (const char *p,
           const char *end,
           gsize      *length)
{
  gunichar c;

  if (p >= end)
    {
      *length = 0;
      return NOT_A_CHAR;
    }
  if ((guchar) *p < 0x80 && *p != '\0')
    {
      *length = 1;
      return (guchar) *p;
    }
  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2 || c == 0)
    {
      /* Invalid UTF-8: the byte on its own, as a symbol. */
      *length = 1;
      return NOT_A_CHAR;
    }
  *length = g_utf8_next_char (p) - p;
  return c;
}

/* g_unichar_isspace (), g_unichar_isalnum () and g_unichar_ismark (), quicker for ASCII */
static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return g_unichar_isspace (c);
}

static inline gboolean
is_alnum (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c);
}

static inline gboolean
is_mark (gunichar c)
{
  return c >= 0x300 && g_unichar_ismark (c);
}

static gboolean
is_joiner (gunichar c)
{
  switch (c)
    {
    case '\'':
    case 0x2019:  /* ’ right single quotation mark, the typographic apostrophe */
    case '-':
    case 0x2010:  /* ‐ hyphen */
    case 0x2011:  /* ‑ non-breaking hyphen */
    case 0x200C:  /* zero-width non-joiner (Persian, Indic scripts) */
    case 0x200D:  /* zero-width joiner */
      return TRUE;
    default:
      return FALSE;
    }
}

static guint
count_breaks (const char *p,
              gsize       length)
{
  const guchar *s = (const guchar *) p;
  guint breaks = 0;

  for (gsize i = 0; i < length && breaks < 2; i++)
    {
      if (s[i] == '\n')
        breaks++;
      else if (s[i] == '\r' && (i + 1 >= length || s[i + 1] != '\n'))
        breaks++;
      else if (s[i] == 0xE2 && i + 2 < length && s[i + 1] == 0x80
               && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
        breaks++;  /* U+2028 line separator, U+2029 paragraph separator */
    }
  return breaks;
}

static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *p = text;
  const char *end = text + strlen (text);

  while (p < end)
    {
      Token token = { p, 0, TOKEN_OTHER, 0 };
      gsize length;
      gunichar c = peek_char (p, end, &length);
      const char *q = p + length;

      if (c == NOT_A_CHAR)
        {
          /* one byte, a symbol */
        }
      else if (is_space (c))
        {
          token.kind = TOKEN_SPACE;
          while ((c = peek_char (q, end, &length)) != NOT_A_CHAR && is_space (c))
            q += length;
        }
      else if (is_alnum (c))
        {
          token.kind = TOKEN_WORD;
          while ((c = peek_char (q, end, &length)) != NOT_A_CHAR)
            {
              if (is_alnum (c) || is_mark (c))
                {
                  q += length;
                }
              else if (is_joiner (c))
                {
                  gsize next_length;
                  gunichar next = peek_char (q + length, end, &next_length);

                  if (next == NOT_A_CHAR || !is_alnum (next))
                    break;
                  q += length + next_length;
                }
              else
                {
                  break;
                }
            }
        }
      else
        {
          /* A symbol keeps its combining marks (and variation selectors). */
          while ((c = peek_char (q, end, &length)) != NOT_A_CHAR && is_mark (c))
            q += length;
        }

      token.length = q - p;
      if (token.kind == TOKEN_SPACE)
        token.id = count_breaks (token.start, token.length);
      g_array_append_val (tokens, token);
      p = q;
    }

  return tokens;
}

static guint
token_hash (gconstpointer key)
{
  const Token *token = key;
  const guchar *s = (const guchar *) token->start;
  guint hash = 5381;

  for (gsize i = 0; i < token->length; i++)
    hash = hash * 33 + s[i];
  return hash;
}

static gboolean
token_equal (gconstpointer a,
             gconstpointer b)
{
  const Token *x = a;
  const Token *y = b;

  return x->length == y->length && memcmp (x->start, y->start, x->length) == 0;
}

/* Gives every word and symbol token an id, the same for the same bytes. Returns the number of
 * ids in use. */
static guint
intern_tokens (GArray *old_tokens,
               GArray *new_tokens)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (token_hash, token_equal);
  GArray *lists[2] = { old_tokens, new_tokens };
  guint next_id = FIRST_ID;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        Token *token = &g_array_index (lists[l], Token, i);
        gpointer id;

        if (token->kind == TOKEN_SPACE)
          continue;
        id = g_hash_table_lookup (ids, token);
        if (id == NULL)
          {
            id = GUINT_TO_POINTER (next_id++);
            g_hash_table_insert (ids, token, id);
          }
        token->id = GPOINTER_TO_UINT (id);
      }

  return next_id;
}

/* Myers */

typedef struct
{
  const guint *a;
  const guint *b;
  guint8      *a_changed;
  guint8      *b_changed;
  gint        *v1;
  gint        *v2;
  gint         cap;
} Differ;

typedef struct
{
  gint a0, a1;
  gint b0, b1;
} Box;

/* Finds where to split a[0..n) × b[0..m) (both not empty, first and last elements differing):
 * the start of a middle snake, or, past the cost cap, the point the search reached furthest. */
static void
bisect (Differ      *self,
        const guint *a,
        gint         n,
        const guint *b,
        gint         m,
        gint        *split_x,
        gint        *split_y)
{
  gint max_d = (n + m + 1) / 2;
  gint limit = MIN (max_d, self->cap);
  gint offset = limit + 1;
  gint size = 2 * offset + 1;
  gint delta = n - m;
  gboolean front = (delta & 1) != 0;
  gint k1_start = 0, k1_end = 0, k2_start = 0, k2_end = 0;
  gint best_forward = -1, forward_x = 0, forward_y = 0;
  gint best_backward = -1, backward_x = n, backward_y = m;
  gint *v1 = self->v1;
  gint *v2 = self->v2;

  for (gint i = 0; i < size; i++)
    v1[i] = v2[i] = -1;
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;

  for (gint d = 0; d < limit; d++)
    {
      for (gint k1 = -d + k1_start; k1 <= d - k1_end; k1 += 2)
        {
          gint k1_offset = offset + k1;
          gint x1, y1;

          if (k1 == -d || (k1 != d && v1[k1_offset - 1] < v1[k1_offset + 1]))
            x1 = v1[k1_offset + 1];
          else
            x1 = v1[k1_offset - 1] + 1;
          y1 = x1 - k1;
          while (x1 < n && y1 < m && a[x1] == b[y1])
            {
              x1++;
              y1++;
            }
          v1[k1_offset] = x1;

          if (x1 > n)
            {
              k1_end += 2;
            }
          else if (y1 > m)
            {
              k1_start += 2;
            }
          else
            {
              if (x1 + y1 > best_forward)
                {
                  best_forward = x1 + y1;
                  forward_x = x1;
                  forward_y = y1;
                }
              if (front)
                {
                  gint k2_offset = offset + delta - k1;

                  if (k2_offset >= 0 && k2_offset < size && v2[k2_offset] != -1
                      && x1 >= n - v2[k2_offset])
                    {
                      *split_x = x1;
                      *split_y = y1;
                      return;
                    }
                }
            }
        }

      for (gint k2 = -d + k2_start; k2 <= d - k2_end; k2 += 2)
        {
          gint k2_offset = offset + k2;
          gint x2, y2;

          if (k2 == -d || (k2 != d && v2[k2_offset - 1] < v2[k2_offset + 1]))
            x2 = v2[k2_offset + 1];
          else
            x2 = v2[k2_offset - 1] + 1;
          y2 = x2 - k2;
          while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1])
            {
              x2++;
              y2++;
            }
          v2[k2_offset] = x2;

          if (x2 > n)
            {
              k2_end += 2;
            }
          else if (y2 > m)
            {
              k2_start += 2;
            }
          else
            {
              if (x2 + y2 > best_backward)
                {
                  best_backward = x2 + y2;
                  backward_x = n - x2;
                  backward_y = m - y2;
                }
              if (!front)
                {
                  gint k1_offset = offset + delta - k2;

                  if (k1_offset >= 0 && k1_offset < size && v1[k1_offset] != -1)
                    {
                      gint x1 = v1[k1_offset];
                      gint y1 = offset + x1 - k1_offset;

                      if (x1 <= n && y1 >= 0 && y1 <= m && x1 >= n - x2)
                        {
                          *split_x = x1;
                          *split_y = y1;
                          return;
                        }
                    }
                }
            }
        }
    }

  /* Too expensive: split where the search got furthest. */
  if (best_forward >= best_backward)
    {
      *split_x = forward_x;
      *split_y = forward_y;
    }
  else
    {
      *split_x = backward_x;
      *split_y = backward_y;
    }
}

static void
differ_run (Differ *self,
            gint    n,
            gint    m)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Box));
  Box whole = { 0, n, 0, m };

  g_array_append_val (stack, whole);
  while (stack->len > 0)
    {
      Box box = g_array_index (stack, Box, stack->len - 1);
      Box first, second;
      gint x, y;

      g_array_set_size (stack, stack->len - 1);

      while (box.a0 < box.a1 && box.b0 < box.b1 && self->a[box.a0] == self->b[box.b0])
        {
          box.a0++;
          box.b0++;
        }
      while (box.a0 < box.a1 && box.b0 < box.b1
             && self->a[box.a1 - 1] == self->b[box.b1 - 1])
        {
          box.a1--;
          box.b1--;
        }

      if (box.a0 == box.a1)
        {
          memset (self->b_changed + box.b0, 1, box.b1 - box.b0);
          continue;
        }
      if (box.b0 == box.b1)
        {
          memset (self->a_changed + box.a0, 1, box.a1 - box.a0);
          continue;
        }

      bisect (self,
              self->a + box.a0, box.a1 - box.a0,
              self->b + box.b0, box.b1 - box.b0,
              &x, &y);

      /* Any split gives a correct script; make sure both halves are smaller. */
      if ((x == 0 && y == 0) || (x == box.a1 - box.a0 && y == box.b1 - box.b0))
        {
          x = (box.a1 - box.a0 + 1) / 2;
          y = (box.b1 - box.b0) / 2;
        }
      g_assert (x >= 0 && x <= box.a1 - box.a0 && y >= 0 && y <= box.b1 - box.b0);

      first = (Box) { box.a0, box.a0 + x, box.b0, box.b0 + y };
      second = (Box) { box.a0 + x, box.a1, box.b0 + y, box.b1 };
      g_array_append_val (stack, second);
      g_array_append_val (stack, first);
    }
}

/* Marks the tokens that are not part of the common subsequence. */
static void
diff_tokens (GArray *old_tokens,
             GArray *new_tokens,
             guint   n_ids,
             guint   budget,
             guint8 *old_changed,
             guint8 *new_changed)
{
  g_autofree guint *old_counts = g_new0 (guint, n_ids);
  g_autofree guint *new_counts = g_new0 (guint, n_ids);
  g_autofree guint *a = g_new (guint, old_tokens->len + 1);
  g_autofree guint *b = g_new (guint, new_tokens->len + 1);
  g_autofree guint *a_index = g_new (guint, old_tokens->len + 1);
  g_autofree guint *b_index = g_new (guint, new_tokens->len + 1);
  g_autofree guint8 *a_changed = NULL;
  g_autofree guint8 *b_changed = NULL;
  g_autofree gint *v1 = NULL;
  g_autofree gint *v2 = NULL;
  Differ differ;
  gint n = 0, m = 0;
  gint cap, v_size;

  for (guint i = 0; i < old_tokens->len; i++)
    old_counts[g_array_index (old_tokens, Token, i).id]++;
  for (guint j = 0; j < new_tokens->len; j++)
    new_counts[g_array_index (new_tokens, Token, j).id]++;

  /* A token the other side lacks can only be changed: leave it out of the search. */
  for (guint i = 0; i < old_tokens->len; i++)
    {
      guint id = g_array_index (old_tokens, Token, i).id;

      if (new_counts[id] == 0)
        {
          old_changed[i] = 1;
          continue;
        }
      a[n] = id;
      a_index[n++] = i;
    }
  for (guint j = 0; j < new_tokens->len; j++)
    {
      guint id = g_array_index (new_tokens, Token, j).id;

      if (old_counts[id] == 0)
        {
          new_changed[j] = 1;
          continue;
        }
      b[m] = id;
      b_index[m++] = j;
    }

  cap = MAX (COST_MIN, (gint) (budget / MAX (n + m, 1)));
  v_size = 2 * (MIN (cap, (n + m + 1) / 2) + 1) + 1;
  a_changed = g_new0 (guint8, n + 1);
  b_changed = g_new0 (guint8, m + 1);
  v1 = g_new (gint, v_size);
  v2 = g_new (gint, v_size);

  differ = (Differ) { a, b, a_changed, b_changed, v1, v2, cap };
  differ_run (&differ, n, m);

  for (gint r = 0; r < n; r++)
    if (a_changed[r])
      old_changed[a_index[r]] = 1;
  for (gint r = 0; r < m; r++)
    if (b_changed[r])
      new_changed[b_index[r]] = 1;
}

/* Runs */

typedef struct
{
  gboolean equal;
  gsize    old_start, old_end;  /* byte offsets; an equal segment has the same bytes in both */
  gsize    new_start, new_end;
  guint    old_words, new_words;
  gboolean has_break;
} Segment;

static Segment *
segment_for (GArray   *segments,
             gboolean  equal,
             gsize     old_position,
             gsize     new_position)
{
  Segment segment = { equal, old_position, old_position, new_position, new_position, 0, 0,
                      FALSE };

  if (segments->len > 0)
    {
      Segment *last = &g_array_index (segments, Segment, segments->len - 1);

      if (last->equal == equal)
        return last;
    }
  g_array_append_val (segments, segment);
  return &g_array_index (segments, Segment, segments->len - 1);
}

static gsize
segment_size (const Segment *segment)
{
  return MAX (segment->old_end - segment->old_start, segment->new_end - segment->new_start);
}

/* Whether the equal segment between two changes should be folded into them. */
static gboolean
should_absorb (const Segment *left,
               const Segment *equality,
               const Segment *right)
{
  gsize size = equality->new_end - equality->new_start;

  if (equality->has_break)
    return FALSE;
  if (equality->new_words == 0)
    return TRUE;
  return 2 * size <= segment_size (left) && 2 * size <= segment_size (right);
}

static void
push_segment (GArray        *out,
              const Segment *segment)
{
  g_array_append_vals (out, segment, 1);

  while (out->len >= 3)
    {
      Segment *left = &g_array_index (out, Segment, out->len - 3);
      Segment *equality = &g_array_index (out, Segment, out->len - 2);
      Segment *right = &g_array_index (out, Segment, out->len - 1);

      if (right->equal || !equality->equal || left->equal
          || !should_absorb (left, equality, right))
        break;

      left->old_end = right->old_end;
      left->new_end = right->new_end;
      left->old_words += equality->old_words + right->old_words;
      left->new_words += equality->new_words + right->new_words;
      g_array_set_size (out, out->len - 2);
    }
}

/* A run still pointing into the texts. */
typedef struct
{
  InspDiffOp  op;
  const char *start;
  gsize       length;
  guint       n_words;
} Piece;

static void
add_piece (GArray     *pieces,
           InspDiffOp  op,
           const char *start,
           gsize       length,
           guint       n_words)
{
  Piece piece = { op, start, length, n_words };

  if (length == 0)
    return;
  if (pieces->len > 0)
    {
      Piece *last = &g_array_index (pieces, Piece, pieces->len - 1);

      if (last->op == op)
        {
          g_assert (last->start + last->length == start);
          last->length += length;
          last->n_words += n_words;
          return;
        }
    }
  g_array_append_val (pieces, piece);
}

static gboolean
is_ascii_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static InspDiffRun *
run_new (InspDiffOp  op,
         const char *text,
         gsize       length,
         guint       n_words)
{
  InspDiffRun *run = g_new0 (InspDiffRun, 1);

  run->op = op;
  run->text = g_strndup (text, length);
  run->n_words = n_words;
  return run;
}

static GPtrArray *
diff_words (const char *old_text,
            const char *new_text,
            guint       budget)
{
  GPtrArray *runs = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_diff_run_free);
  g_autoptr(GArray) old_tokens = NULL;
  g_autoptr(GArray) new_tokens = NULL;
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  g_autoptr(GArray) cleaned = g_array_new (FALSE, FALSE, sizeof (Segment));
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_autofree guint8 *old_changed = NULL;
  g_autofree guint8 *new_changed = NULL;
  gsize old_length, new_length;
  guint n_ids;
  guint i = 0, j = 0;

  if (old_text == NULL)
    old_text = "";
  if (new_text == NULL)
    new_text = "";
  old_length = strlen (old_text);
  new_length = strlen (new_text);

  old_tokens = tokenize (old_text);
  new_tokens = tokenize (new_text);
  n_ids = intern_tokens (old_tokens, new_tokens);
  old_changed = g_new0 (guint8, old_tokens->len + 1);
  new_changed = g_new0 (guint8, new_tokens->len + 1);
  diff_tokens (old_tokens, new_tokens, n_ids, budget, old_changed, new_changed);

  /* The edit script, as alternating equal and changed segments. */
  while (i < old_tokens->len || j < new_tokens->len)
    {
      const Token *old_token = i < old_tokens->len ? &g_array_index (old_tokens, Token, i) : NULL;
      const Token *new_token = j < new_tokens->len ? &g_array_index (new_tokens, Token, j) : NULL;
      gsize old_position = old_token ? (gsize) (old_token->start - old_text) : old_length;
      gsize new_position = new_token ? (gsize) (new_token->start - new_text) : new_length;
      Segment *segment;

      if (old_token != NULL && old_changed[i])
        {
          segment = segment_for (segments, FALSE, old_position, new_position);
          segment->old_end = old_position + old_token->length;
          segment->old_words += old_token->kind == TOKEN_WORD;
          i++;
          continue;
        }
      if (new_token != NULL && new_changed[j])
        {
          segment = segment_for (segments, FALSE, old_position, new_position);
          segment->new_end = new_position + new_token->length;
          segment->new_words += new_token->kind == TOKEN_WORD;
          j++;
          continue;
        }

      g_assert (old_token != NULL && new_token != NULL && old_token->id == new_token->id);
      /* Matched whitespace with other bytes is still a change, to keep the texts exact. */
      segment = segment_for (segments, token_equal (old_token, new_token),
                             old_position, new_position);
      segment->old_end = old_position + old_token->length;
      segment->new_end = new_position + new_token->length;
      segment->old_words += old_token->kind == TOKEN_WORD;
      segment->new_words += new_token->kind == TOKEN_WORD;
      if (old_token->kind == TOKEN_SPACE && old_token->id > 0)
        segment->has_break = TRUE;
      i++;
      j++;
    }

  for (guint s = 0; s < segments->len; s++)
    push_segment (cleaned, &g_array_index (segments, Segment, s));

  for (guint s = 0; s < cleaned->len; s++)
    {
      const Segment *segment = &g_array_index (cleaned, Segment, s);
      const char *old_start = old_text + segment->old_start;
      const char *new_start = new_text + segment->new_start;
      gsize old_size = segment->old_end - segment->old_start;
      gsize new_size = segment->new_end - segment->new_start;
      gsize lead = 0, trail = 0;

      if (segment->equal)
        {
          add_piece (pieces, INSP_DIFF_EQUAL, new_start, new_size, segment->new_words);
          continue;
        }

      /* Spaces at both ends of both sides belong to the text around the change. */
      while (lead < old_size && lead < new_size && old_start[lead] == new_start[lead]
             && is_ascii_space (old_start[lead]))
        lead++;
      while (trail < old_size - lead && trail < new_size - lead
             && old_start[old_size - trail - 1] == new_start[new_size - trail - 1]
             && is_ascii_space (old_start[old_size - trail - 1]))
        trail++;
      if (lead + trail == old_size || lead + trail == new_size)
        lead = trail = 0;

      add_piece (pieces, INSP_DIFF_EQUAL, new_start, lead, 0);
      add_piece (pieces, INSP_DIFF_DELETE, old_start + lead, old_size - lead - trail,
                 segment->old_words);
      add_piece (pieces, INSP_DIFF_INSERT, new_start + lead, new_size - lead - trail,
                 segment->new_words);
      add_piece (pieces, INSP_DIFF_EQUAL, new_start + new_size - trail, trail, 0);
    }

  for (guint k = 0; k < pieces->len; k++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, k);

      g_ptr_array_add (runs, run_new (piece->op, piece->start, piece->length, piece->n_words));
    }

  return runs;
}

GPtrArray *
insp_diff_words (const char *old_text,
                 const char *new_text)
{
  return diff_words (old_text, new_text, COST_BUDGET);
}

void
insp_diff_run_free (InspDiffRun *run)
{
  if (run == NULL)
    return;
  g_free (run->text);
  g_free (run);
}

/* Whether the run holds nothing but whitespace (a change of spacing only). */
gboolean
insp_diff_run_is_whitespace (const InspDiffRun *run)
{
  g_return_val_if_fail (run != NULL, FALSE);

  if (run->n_words > 0)
    return FALSE;
  for (const char *p = run->text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isspace (c))
        return FALSE;
    }
  return TRUE;
}

/* Sections */

const char *
insp_section_change_to_string (InspSectionChange change)
{
  switch (change)
    {
    case INSP_SECTION_CHANGE_UNCHANGED:
      return "unchanged";
    case INSP_SECTION_CHANGE_CHANGED:
      return "changed";
    case INSP_SECTION_CHANGE_MOVED:
      return "moved";
    case INSP_SECTION_CHANGE_RENAMED:
      return "renamed";
    case INSP_SECTION_CHANGE_ADDED:
      return "added";
    case INSP_SECTION_CHANGE_REMOVED:
      return "removed";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * insp_section_change_get_label:
 *
 * Returns: what happened to a section, for people, translated ("Renamed")
 */
const char *
insp_section_change_get_label (InspSectionChange change)
{
  switch (change)
    {
    case INSP_SECTION_CHANGE_ADDED:
      /* Translators: what happened to a section between two versions */
      return C_("section change", "Added");
    case INSP_SECTION_CHANGE_REMOVED:
      /* Translators: what happened to a section between two versions */
      return C_("section change", "Removed");
    case INSP_SECTION_CHANGE_RENAMED:
      /* Translators: what happened to a section between two versions */
      return C_("section change", "Renamed");
    case INSP_SECTION_CHANGE_MOVED:
      /* Translators: what happened to a section between two versions */
      return C_("section change", "Moved");
    case INSP_SECTION_CHANGE_CHANGED:
      /* Translators: what happened to a section between two versions: its text */
      return C_("section change", "Changed");
    case INSP_SECTION_CHANGE_UNCHANGED:
    default:
      /* Translators: what happened to a section between two versions: nothing */
      return C_("section change", "Unchanged");
    }
}

void
insp_section_diff_free (InspSectionDiff *diff)
{
  if (diff == NULL)
    return;
  g_free (diff->uuid);
  g_free (diff->key);
  g_free (diff->old_title);
  g_free (diff->new_title);
  g_clear_pointer (&diff->runs, g_ptr_array_unref);
  g_free (diff);
}

static InspSectionDiff *
section_diff_new (const InspDiffSectionInput *old_section,
                  int                         old_index,
                  const InspDiffSectionInput *new_section,
                  int                         new_index,
                  gboolean                    moved,
                  guint                       budget)
{
  InspSectionDiff *diff = g_new0 (InspSectionDiff, 1);
  const InspDiffSectionInput *either = new_section != NULL ? new_section : old_section;

  diff->uuid = g_strdup (either->uuid);
  diff->key = g_strdup (either->key);
  diff->old_title = old_section != NULL ? g_strdup (old_section->title) : NULL;
  diff->new_title = new_section != NULL ? g_strdup (new_section->title) : NULL;
  diff->old_index = old_index;
  diff->new_index = new_index;
  diff->runs = diff_words (old_section != NULL ? old_section->text : NULL,
                           new_section != NULL ? new_section->text : NULL, budget);

  for (guint i = 0; i < diff->runs->len; i++)
    {
      const InspDiffRun *run = g_ptr_array_index (diff->runs, i);

      if (run->op == INSP_DIFF_INSERT)
        diff->words_added += run->n_words;
      else if (run->op == INSP_DIFF_DELETE)
        diff->words_removed += run->n_words;
      if (run->op != INSP_DIFF_EQUAL && !insp_diff_run_is_whitespace (run))
        diff->text_changed = TRUE;
    }

  if (old_section != NULL && new_section != NULL)
    {
      diff->renamed = g_strcmp0 (old_section->title, new_section->title) != 0;
      diff->moved = moved;
    }

  if (old_section == NULL)
    diff->change = INSP_SECTION_CHANGE_ADDED;
  else if (new_section == NULL)
    diff->change = INSP_SECTION_CHANGE_REMOVED;
  else if (diff->renamed)
    diff->change = INSP_SECTION_CHANGE_RENAMED;
  else if (diff->moved)
    diff->change = INSP_SECTION_CHANGE_MOVED;
  else if (diff->text_changed)
    diff->change = INSP_SECTION_CHANGE_CHANGED;
  else
    diff->change = INSP_SECTION_CHANGE_UNCHANGED;

  return diff;
}

/* Marks in_order[i] for the elements of a longest strictly increasing subsequence of seq. */
static void
longest_increasing (const int *seq,
                    guint      n,
                    gboolean  *in_order)
{
  g_autofree guint *tails = g_new (guint, n + 1);     /* index in seq of the smallest tail */
  g_autofree guint *previous = g_new (guint, n + 1);
  guint length = 0;

  for (guint i = 0; i < n; i++)
    {
      guint low = 0, high = length;

      while (low < high)
        {
          guint mid = (low + high) / 2;

          if (seq[tails[mid]] < seq[i])
            low = mid + 1;
          else
            high = mid;
        }
      previous[i] = low > 0 ? tails[low - 1] : G_MAXUINT;
      tails[low] = i;
      if (low == length)
        length++;
    }

  for (guint i = 0; i < n; i++)
    in_order[i] = FALSE;
  if (length > 0)
    for (guint i = tails[length - 1]; i != G_MAXUINT; i = previous[i])
      in_order[i] = TRUE;
}

GPtrArray *
insp_diff_sections (const InspDiffSectionInput *old_sections,
                    guint                       n_old,
                    const InspDiffSectionInput *new_sections,
                    guint                       n_new)
{
  g_autoptr(GHashTable) new_by_uuid = NULL;
  g_autofree int *old_to_new = NULL;
  g_autofree int *new_to_old = NULL;
  g_autofree int *sequence = NULL;
  g_autofree gboolean *in_order = NULL;
  g_autofree gboolean *moved = NULL;
  g_autofree int *anchor = NULL;
  GPtrArray *result;
  guint n_common = 0;
  guint n_differ = 0;
  guint budget;

  g_return_val_if_fail (n_old == 0 || old_sections != NULL, NULL);
  g_return_val_if_fail (n_new == 0 || new_sections != NULL, NULL);

  new_by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  old_to_new = g_new (int, n_old + 1);
  new_to_old = g_new (int, n_new + 1);
  sequence = g_new (int, n_old + 1);
  in_order = g_new (gboolean, n_old + 1);
  moved = g_new0 (gboolean, n_new + 1);
  anchor = g_new (int, n_old + 1);
  result = g_ptr_array_new_with_free_func ((GDestroyNotify) insp_section_diff_free);

  /* Match by uuid; a section without one, or a repeated one, matches nothing. */
  for (guint j = 0; j < n_new; j++)
    {
      const char *uuid = new_sections[j].uuid;

      new_to_old[j] = -1;
      if (uuid != NULL && !g_hash_table_contains (new_by_uuid, uuid))
        g_hash_table_insert (new_by_uuid, (gpointer) uuid, GINT_TO_POINTER (j + 1));
    }
  for (guint i = 0; i < n_old; i++)
    {
      const char *uuid = old_sections[i].uuid;
      int j = uuid != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (new_by_uuid, uuid)) - 1 : -1;

      old_to_new[i] = -1;
      if (j >= 0 && new_to_old[j] == -1)
        {
          old_to_new[i] = j;
          new_to_old[j] = i;
          sequence[n_common++] = j;
        }
    }

  /* Moved: the common sections outside a longest run that kept its relative order. */
  longest_increasing (sequence, n_common, in_order);
  for (guint c = 0; c < n_common; c++)
    moved[sequence[c]] = !in_order[c];

  /* A removed section follows the nearest section before it in the old version that is still
   * there (-1: none, it goes first). */
  for (guint i = 0, last = G_MAXUINT; i < n_old; i++)
    {
      anchor[i] = last != G_MAXUINT ? old_to_new[last] : -1;
      if (old_to_new[i] >= 0)
        last = i;
    }

  /* The sections whose texts differ share the document's budget. */
  for (guint j = 0; j < n_new; j++)
    if (new_to_old[j] >= 0
        && g_strcmp0 (old_sections[new_to_old[j]].text, new_sections[j].text) != 0)
      n_differ++;
  budget = MIN (COST_BUDGET, DOCUMENT_BUDGET / MAX (n_differ, 1));

  for (int j = -1; j < (int) n_new; j++)
    {
      if (j >= 0)
        g_ptr_array_add (result,
                         section_diff_new (new_to_old[j] >= 0
                                           ? &old_sections[new_to_old[j]] : NULL,
                                           new_to_old[j],
                                           &new_sections[j], j,
                                           moved[j], budget));
      for (guint i = 0; i < n_old; i++)
        if (old_to_new[i] < 0 && anchor[i] == j)
          g_ptr_array_add (result, section_diff_new (&old_sections[i], i, NULL, -1, FALSE,
                                                     budget));
    }

  return result;
}
