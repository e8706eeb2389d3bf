#define G_LOG_DOMAIN "inspraak-core"

#include "config.h"

#include "insp-json-scan.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "insp-error.h"

/*
 * A strict RFC 8259 scanner that runs before json-glib, which is lenient and recurses
 * without limit. It is a single iterative pass over the bytes: an explicit stack of at
 * most INSP_JSON_MAX_DEPTH frames, no allocation per character and no decoding of string
 * values. Only object keys are kept, to find duplicates: a key without escapes is
 * referenced in the input, a key with escapes is decoded into an arena. Objects with
 * few keys are searched linearly; larger ones get an open-addressing hash table (linear
 * probing, at most half full), one per nesting level, reused by the next object at that
 * level unless it grew large. Everything an object holds is dropped when it closes, so
 * memory is O(depth + keys of open objects).
 *
 * Line and column are only computed when there is an error, by counting from the start.
 */

/* Objects with up to this many keys are searched linearly for duplicates. */
#define LINEAR_KEYS 16

/* A key table with more slots than this is freed when its object closes. */
#define KEEP_TABLE_SLOTS 4096

/* Longest key shown in a "duplicate key" message, in characters. */
#define SHOWN_KEY_CHARS 40

typedef struct
{
  guint32 offset;       /* into the input, or into the arena when in_arena */
  guint32 length : 31;  /* decoded length in bytes */
  guint32 in_arena : 1;
  guint32 hash;
} KeyEntry;

typedef struct
{
  guint32 hash;
  guint32 key;          /* index in Scanner.keys + 1, 0 for an empty slot */
} Slot;

typedef struct
{
  guchar   kind;        /* '[' or '{' */
  guint32  first_key;   /* index in Scanner.keys of the object's first key */
  guint    arena_start; /* length of Scanner.arena when the object opened */
  Slot    *slots;       /* the key table, at most half full */
  guint32  n_slots;     /* allocated slots, kept for the next object at this depth */
  guint32  mask;        /* table size - 1, or 0 while the object is searched linearly */
} Frame;

typedef struct
{
  const guchar *data;
  const guchar *end;
  const char   *filename;
  GError      **error;

  Frame         frames[INSP_JSON_MAX_DEPTH];
  guint         depth;

  KeyEntry     *keys;   /* the keys of all open objects, innermost last */
  guint32       n_keys;
  guint32       n_keys_allocated;
  GByteArray   *arena;  /* decoded keys that had escapes */
} Scanner;

typedef enum
{
  STATE_VALUE,          /* a value must follow */
  STATE_FIRST_ELEMENT,  /* after '[': a value or ']' */
  STATE_KEY,            /* after ',' in an object: a key must follow */
  STATE_FIRST_KEY,      /* after '{': a key or '}' */
  STATE_COLON,          /* after a key */
  STATE_AFTER_VALUE,    /* after a value: ',', a closing bracket, or the end */
} State;

/* Characters that can stay as they are inside a string: printable ASCII except '"' and
 * '\\'. Everything else (escapes, control characters, UTF-8) leaves the fast loop. */
static const guint8 plain_in_string[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 00 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 10 */
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 20 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 30 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 40 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,  /* 50 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 60 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 70 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 80 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 90 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* a0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* b0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* c0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* d0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* e0 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* f0 */
};

/* The value of a hexadecimal digit, or -1. */
static const gint8 hex_digit[256] = {
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 00 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 10 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 20 */
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, -1, -1, -1, -1, -1, -1,  /* 30 */
  -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 40 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 50 */
  -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 60 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 70 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 80 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* 90 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* a0 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* b0 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* c0 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* d0 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* e0 */
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  /* f0 */
};

static inline gboolean
is_whitespace (guchar c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* The character after a backslash in a one-byte escape. */
static inline gboolean
is_simple_escape (guchar c)
{
  switch (c)
    {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_word_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$';
}

/* Length of the valid UTF-8 sequence at @p (2 to 4), or 0 when it is invalid: the same
 * rules as g_utf8_validate() (no overlong forms, no surrogates, nothing above U+10FFFF).
 * @p points at a byte >= 0x80. */
static inline gsize
utf8_sequence_length (const guchar *p,
                      const guchar *end)
{
  gsize avail = end - p;
  guchar c = p[0];

  if (c < 0xc2)
    return 0;  /* continuation byte, or overlong C0/C1 */

  if (c < 0xe0)
    return (avail >= 2 && (p[1] & 0xc0) == 0x80) ? 2 : 0;

  if (c < 0xf0)
    {
      if (avail < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
        return 0;
      if (c == 0xe0 && p[1] < 0xa0)
        return 0;  /* overlong */
      if (c == 0xed && p[1] >= 0xa0)
        return 0;  /* UTF-16 surrogate */
      return 3;
    }

  if (c < 0xf5)
    {
      if (avail < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80
          || (p[3] & 0xc0) != 0x80)
        return 0;
      if (c == 0xf0 && p[1] < 0x90)
        return 0;  /* overlong */
      if (c == 0xf4 && p[1] >= 0x90)
        return 0;  /* above U+10FFFF */
      return 4;
    }

  return 0;
}

/* Line and column (1-based, the column in characters) of @at. Lines end at LF, CR or
 * CRLF. Everything before @at has been validated, so counting the bytes that do not
 * continue a UTF-8 sequence counts characters. */
static void
locate (const Scanner *s,
        const guchar  *at,
        guint         *line,
        guint         *column)
{
  const guchar *line_start = s->data;
  const guchar *p;

  *line = 1;

  for (p = s->data; p < at; p++)
    {
      if (*p == '\n' || *p == '\r')
        {
          if (*p == '\r' && p + 1 < at && p[1] == '\n')
            p++;
          *line += 1;
          line_start = p + 1;
        }
    }

  *column = 1;
  for (p = line_start; p < at; p++)
    {
      if ((*p & 0xc0) != 0x80)
        *column += 1;
    }
}

static gboolean fail (Scanner      *s,
                      const guchar *at,
                      const char   *format,
                      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Scanner      *s,
      const guchar *at,
      const char   *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;
  guint line;
  guint column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  locate (s, at, &line, &column);
  g_set_error (s->error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
               "%s:%u:%u: %s", s->filename, line, column, message);

  return FALSE;
}

static gboolean
fail_eof (Scanner *s)
{
  return fail (s, s->end, "%s", _("unexpected end of file"));
}

/* The character at @p cannot start the expected token. Explain the common cases. */
static gboolean
fail_unexpected (Scanner      *s,
                 const guchar *p)
{
  gunichar ch;
  gsize n;

  if (*p == '\0')
    return fail (s, p, "%s", _("NUL byte is not allowed"));

  if (*p == '/' && p + 1 < s->end && (p[1] == '/' || p[1] == '*'))
    return fail (s, p, "%s", _("comments are not allowed in JSON"));

  if (*p < 0x80)
    {
      n = 1;
      ch = *p;
    }
  else
    {
      n = utf8_sequence_length (p, s->end);
      if (n == 0)
        return fail (s, p, "%s", _("invalid UTF-8"));
      ch = g_utf8_get_char ((const char *) p);
    }

  if (g_unichar_isgraph (ch))
    {
      char shown[8] = { 0 };

      memcpy (shown, p, n);
      return fail (s, p, _("unexpected character “%s”"), shown);
    }

  /* Translators: for invisible characters; %04X is a Unicode code point such as 00A0 */
  return fail (s, p, _("unexpected character U+%04X"), (guint) ch);
}

static gboolean
fail_trailing (Scanner      *s,
               const guchar *p)
{
  if (*p == '\0'
      || (*p == '/' && p + 1 < s->end && (p[1] == '/' || p[1] == '*'))
      || (*p >= 0x80 && utf8_sequence_length (p, s->end) == 0))
    return fail_unexpected (s, p);

  return fail (s, p, "%s", _("trailing data after the JSON value"));
}

/* Value of the four hex digits at @p, or -1. @p + 4 <= end. */
static inline gint
hex4 (const guchar *p)
{
  gint a = hex_digit[p[0]];
  gint b = hex_digit[p[1]];
  gint c = hex_digit[p[2]];
  gint d = hex_digit[p[3]];

  if ((a | b | c | d) < 0)
    return -1;

  return a << 12 | b << 8 | c << 4 | d;
}

/* Reads the \uXXXX at @p (pointing at the backslash) into @value. Reports an error
 * and returns FALSE when it is cut short or not hex. */
static gboolean
scan_unicode_escape (Scanner      *s,
                     const guchar *p,
                     gint         *value)
{
  guint i;

  if (s->end - p >= 6)
    {
      *value = hex4 (p + 2);
      if (*value >= 0)
        return TRUE;
    }

  for (i = 2; i < 6; i++)
    {
      if (p + i >= s->end)
        return fail_eof (s);
      if (hex_digit[p[i]] < 0)
        break;
    }

  return fail (s, p, "%s", _("invalid escape sequence"));
}

/* Validates the escape sequence at @p (the backslash), other than the one-byte escapes
 * that scan_string() handles itself. Returns its length in bytes and the length of its
 * UTF-8 decoding in @decoded, or 0 with the error set. */
static gsize
scan_escape (Scanner      *s,
             const guchar *p,
             gsize        *decoded)
{
  gint value;
  gint low;

  if (p + 1 >= s->end)
    return fail_eof (s);

  if (p[1] != 'u')
    return fail (s, p, "%s", _("invalid escape sequence"));

  if (!scan_unicode_escape (s, p, &value))
    return 0;

  /* RFC 8259 allows \u0000, but json-glib cuts strings there and would silently lose
   * data (and let duplicate keys through), so it is refused. */
  if (value == 0)
    {
      /* Translators: \u0000 is JSON syntax, keep it as it is */
      return fail (s, p, "%s", _("\\u0000 (a NUL character) is not allowed"));
    }

  if (value >= 0xdc00 && value <= 0xdfff)
    {
      /* Translators: \u is JSON syntax, keep it as it is */
      return fail (s, p, "%s", _("unpaired surrogate in \\u escape"));
    }

  if (value >= 0xd800 && value <= 0xdbff)
    {
      if (p + 6 >= s->end || (p[6] == '\\' && p + 7 >= s->end))
        return fail_eof (s);
      if (p[6] != '\\' || p[7] != 'u')
        return fail (s, p, "%s", _("unpaired surrogate in \\u escape"));
      if (!scan_unicode_escape (s, p + 6, &low))
        return 0;
      if (low < 0xdc00 || low > 0xdfff)
        return fail (s, p, "%s", _("unpaired surrogate in \\u escape"));
      *decoded = 4;
      return 12;
    }

  *decoded = value < 0x80 ? 1 : value < 0x800 ? 2 : 3;
  return 6;
}

/* Validates the string whose opening quote is at *@pp and moves *@pp past its closing
 * quote. @escaped says whether it contains escape sequences. */
static gboolean
scan_string (Scanner       *s,
             const guchar **pp,
             gboolean      *escaped)
{
  const guchar *quote = *pp;
  const guchar *start = quote + 1;
  const guchar *end = s->end;
  const guchar *p = start;
  gsize shrink = 0;  /* bytes that escapes lose in decoding */

  *escaped = FALSE;

  for (;;)
    {
      gsize n;

      while (p < end && plain_in_string[*p])
        p++;

      if ((gsize) (p - start) - shrink > INSP_JSON_MAX_STRING)
        return fail (s, quote, "%s", _("string longer than 1 MiB"));

      if (p == end)
        return fail_eof (s);

      if (*p == '"')
        {
          *pp = p + 1;
          return TRUE;
        }

      if (*p == '\\')
        {
          gsize decoded = 0;

          *escaped = TRUE;

          if (p + 1 < end && is_simple_escape (p[1]))
            {
              shrink += 1;
              p += 2;
              continue;
            }

          n = scan_escape (s, p, &decoded);
          if (n == 0)
            return FALSE;
          shrink += n - decoded;
          p += n;
        }
      else if (*p >= 0x80)
        {
          n = utf8_sequence_length (p, end);
          if (n == 0)
            return fail (s, p, "%s", _("invalid UTF-8"));
          p += n;
        }
      else if (*p == '\0')
        {
          return fail (s, p, "%s", _("NUL byte is not allowed"));
        }
      else
        {
          return fail (s, p, "%s", _("control character in string must be escaped"));
        }
    }
}

/* Moves *@pp past the number that starts there. */
static gboolean
scan_number (Scanner       *s,
             const guchar **pp)
{
  const guchar *end = s->end;
  const guchar *p = *pp;

  if (*p == '-')
    p++;

  if (p == end)
    return fail_eof (s);

  if (!is_digit (*p))
    return fail (s, p, "%s", _("invalid number"));

  if (*p == '0')
    {
      p++;
    }
  else
    {
      while (p < end && is_digit (*p))
        p++;
    }

  /* An integer beyond 64 bits would come out of json-glib as another number. */
  if ((p == end || (*p != '.' && *p != 'e' && *p != 'E')) && p - *pp >= 19)
    {
      g_autofree char *digits = g_strndup ((const char *) *pp, p - *pp);
      gint64 value;

      if (!g_ascii_string_to_signed (digits, 10, G_MININT64, G_MAXINT64, &value, NULL))
        return fail (s, *pp, "%s", _("integer too large"));
    }

  if (p < end && *p == '.')
    {
      p++;
      if (p == end)
        return fail_eof (s);
      if (!is_digit (*p))
        return fail (s, p, "%s", _("invalid number"));
      while (p < end && is_digit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p == end)
        return fail_eof (s);
      if (!is_digit (*p))
        return fail (s, p, "%s", _("invalid number"));
      while (p < end && is_digit (*p))
        p++;
    }

  /* A leading zero ("01"), hex ("0x1F"), a second point or exponent, "1-2": all
   * continue the number, and are reported as part of it. */
  if (p < end && (is_word_char (*p) || *p == '.' || *p == '+' || *p == '-'))
    return fail (s, p, "%s", _("invalid number"));

  *pp = p;

  return TRUE;
}

/* Moves *@pp past the literal true, false or null that starts there. */
static gboolean
scan_literal (Scanner       *s,
              const guchar **pp)
{
  static const char * const literals[] = { "true", "false", "null" };
  const guchar *p = *pp;
  const guchar *word_end = p;
  const char *literal = NULL;
  gsize length;
  gsize i;

  while (word_end < s->end && is_word_char (*word_end))
    word_end++;
  length = word_end - p;

  for (i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      if (length == strlen (literals[i]) && memcmp (p, literals[i], length) == 0)
        {
          *pp = word_end;
          return TRUE;
        }
      if ((char) *p == literals[i][0])
        literal = literals[i];
    }

  if ((length == 3 && g_ascii_strncasecmp ((const char *) p, "nan", 3) == 0)
      || (length == 3 && g_ascii_strncasecmp ((const char *) p, "inf", 3) == 0)
      || (length == 8 && g_ascii_strncasecmp ((const char *) p, "infinity", 8) == 0))
    return fail (s, p, "%s", _("invalid number"));

  if (literal == NULL)
    return fail_unexpected (s, p);

  /* Point at the first character that differs from the literal. */
  for (i = 0; i < length && literal[i] != '\0' && (char) p[i] == literal[i]; i++)
    ;
  if (i < length)
    return fail_unexpected (s, p + i);
  if (word_end == s->end)
    return fail_eof (s);
  return fail_unexpected (s, word_end);
}

static inline const guchar *
key_bytes (const Scanner  *s,
           const KeyEntry *key)
{
  return (key->in_arena ? s->arena->data : s->data) + key->offset;
}

static inline guint32
hash_bytes (const guchar *p,
            gsize         length)
{
  guint32 h = 2166136261u;  /* FNV-1a, then the murmur3 finaliser to spread the bits */
  gsize i;

  for (i = 0; i < length; i++)
    h = (h ^ p[i]) * 16777619u;

  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;

  return h;
}

static inline gboolean
keys_equal (const Scanner  *s,
            const KeyEntry *a,
            const KeyEntry *b)
{
  return a->hash == b->hash
         && a->length == b->length
         && memcmp (key_bytes (s, a), key_bytes (s, b), a->length) == 0;
}

/* Decodes the escapes of a validated string body into @out, which has room for
 * @length bytes (decoding never grows a string). Returns the decoded length. */
static gsize
decode_string (const guchar *p,
               gsize         length,
               guchar       *out)
{
  const guchar *end = p + length;
  guchar *o = out;

  while (p < end)
    {
      gint value;
      gint low;

      if (*p != '\\')
        {
          *o++ = *p++;
          continue;
        }

      switch (p[1])
        {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u':
          value = hex4 (p + 2);
          if (value >= 0xd800 && value <= 0xdbff)
            {
              low = hex4 (p + 8);
              value = 0x10000 + ((value - 0xd800) << 10) + (low - 0xdc00);
              p += 6;
            }
          o += g_unichar_to_utf8 ((gunichar) value, (char *) o);
          p += 4;
          break;
        default: *o++ = p[1]; break;  /* '"', '\\' and '/' */
        }
      p += 2;
    }

  return o - out;
}

/* A key for a message: control characters escaped, long keys shortened. */
static char *
format_key (const guchar *p,
            gsize         length)
{
  const guchar *end = p + length;
  GString *out = g_string_sized_new (MIN (length, SHOWN_KEY_CHARS * 4) + 8);
  guint n_chars = 0;

  while (p < end)
    {
      if (n_chars++ == SHOWN_KEY_CHARS)
        {
          g_string_append (out, "…");
          break;
        }

      if (*p < 0x20 || *p == 0x7f)
        {
          g_string_append_printf (out, "\\u%04X", (guint) *p);
          p++;
        }
      else
        {
          gsize n = MIN ((gsize) g_utf8_skip[*p], (gsize) (end - p));

          g_string_append_len (out, (const char *) p, n);
          p += n;
        }
    }

  return g_string_free (out, FALSE);
}

static void
table_insert (Frame   *frame,
              guint32  hash,
              guint32  key)
{
  guint32 i = hash & frame->mask;

  while (frame->slots[i].key != 0)
    i = (i + 1) & frame->mask;
  frame->slots[i].hash = hash;
  frame->slots[i].key = key;
}

/* Gives @frame a table of @size slots (a power of two) holding its current keys. */
static void
table_resize (Scanner *s,
              Frame   *frame,
              guint32  size)
{
  guint32 i;

  if (size > frame->n_slots)
    {
      g_free (frame->slots);
      frame->slots = g_new (Slot, size);
      frame->n_slots = size;
    }

  memset (frame->slots, 0, size * sizeof (Slot));
  frame->mask = size - 1;

  for (i = frame->first_key; i < s->n_keys; i++)
    table_insert (frame, s->keys[i].hash, i + 1);
}

/* Records the key whose quotes are at @quote and @close_quote in the innermost object,
 * or reports it as a duplicate. */
static gboolean
add_key (Scanner      *s,
         const guchar *quote,
         const guchar *close_quote,
         gboolean      escaped)
{
  Frame *frame = &s->frames[s->depth - 1];
  const guchar *body = quote + 1;
  gsize body_length = close_quote - body;
  const KeyEntry *other = NULL;
  KeyEntry key;
  guint32 n_keys;
  guint32 slot = 0;
  guint32 i;

  if (escaped)
    {
      guint old_length = s->arena->len;

      g_byte_array_set_size (s->arena, old_length + body_length);
      key.length = decode_string (body, body_length, s->arena->data + old_length);
      g_byte_array_set_size (s->arena, old_length + key.length);
      key.offset = old_length;
      key.in_arena = 1;
    }
  else
    {
      key.offset = body - s->data;
      key.length = body_length;
      key.in_arena = 0;
    }
  key.hash = hash_bytes (key_bytes (s, &key), key.length);

  n_keys = s->n_keys - frame->first_key;

  if (n_keys < LINEAR_KEYS)
    {
      for (i = frame->first_key; i < s->n_keys && other == NULL; i++)
        {
          if (keys_equal (s, &key, &s->keys[i]))
            other = &s->keys[i];
        }
    }
  else
    {
      if (frame->mask == 0)
        table_resize (s, frame, 4 * LINEAR_KEYS);

      for (slot = key.hash & frame->mask;
           frame->slots[slot].key != 0;
           slot = (slot + 1) & frame->mask)
        {
          const KeyEntry *candidate;

          if (frame->slots[slot].hash != key.hash)
            continue;
          candidate = &s->keys[frame->slots[slot].key - 1];
          if (keys_equal (s, &key, candidate))
            {
              other = candidate;
              break;
            }
        }
    }

  if (other != NULL)
    {
      g_autofree char *shown = format_key (key_bytes (s, &key), key.length);

      /* Translators: %s is the name of a key in a JSON object */
      return fail (s, quote, _("duplicate key “%s”"), shown);
    }

  if (s->n_keys == s->n_keys_allocated)
    {
      s->n_keys_allocated = MAX (64, s->n_keys_allocated * 2);
      s->keys = g_renew (KeyEntry, s->keys, s->n_keys_allocated);
    }
  s->keys[s->n_keys++] = key;

  if (frame->mask != 0)
    {
      frame->slots[slot].hash = key.hash;
      frame->slots[slot].key = s->n_keys;
      if ((n_keys + 1) * 2 > frame->mask)
        table_resize (s, frame, (frame->mask + 1) * 2);
    }

  return TRUE;
}

static gboolean
push_frame (Scanner      *s,
            const guchar *p)
{
  Frame *frame;

  if (s->depth == INSP_JSON_MAX_DEPTH)
    return fail (s, p, _("nesting deeper than %d levels"), INSP_JSON_MAX_DEPTH);

  frame = &s->frames[s->depth++];
  frame->kind = *p;
  frame->first_key = s->n_keys;
  frame->arena_start = s->arena->len;
  frame->mask = 0;

  return TRUE;
}

static void
pop_frame (Scanner *s)
{
  Frame *frame = &s->frames[--s->depth];

  if (frame->kind == '{')
    {
      s->n_keys = frame->first_key;
      g_byte_array_set_size (s->arena, frame->arena_start);
      frame->mask = 0;
      if (frame->n_slots > KEEP_TABLE_SLOTS)
        {
          g_clear_pointer (&frame->slots, g_free);
          frame->n_slots = 0;
        }
    }
}

static gboolean
scan_document (Scanner *s)
{
  const guchar *p = s->data;
  const guchar *end = s->end;
  const guchar *comma = NULL;  /* the ',' just read, to report a trailing comma */
  State state = STATE_VALUE;

  if (end - p >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
    return fail (s, p, "%s", _("byte order mark is not allowed"));

  if (end - p >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff)))
    return fail (s, p, "%s", _("UTF-16 is not allowed, JSON must be UTF-8"));

  for (;;)
    {
      gboolean escaped;
      const guchar *token;

      while (p < end && is_whitespace (*p))
        p++;

      if (p == end)
        {
          if (state == STATE_AFTER_VALUE && s->depth == 0)
            return TRUE;
          return fail_eof (s);
        }

      switch (state)
        {
        case STATE_FIRST_ELEMENT:
          if (*p == ']')
            {
              pop_frame (s);
              p++;
              state = STATE_AFTER_VALUE;
              break;
            }
          G_GNUC_FALLTHROUGH;

        case STATE_VALUE:
          switch (*p)
            {
            case '{':
            case '[':
              if (!push_frame (s, p))
                return FALSE;
              state = *p == '{' ? STATE_FIRST_KEY : STATE_FIRST_ELEMENT;
              comma = NULL;
              p++;
              break;

            case '"':
              if (!scan_string (s, &p, &escaped))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              if (!scan_number (s, &p))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case '+':
            case '.':
              return fail (s, p, "%s", _("invalid number"));

            case '\'':
              return fail (s, p, "%s", _("single quotes are not allowed in JSON"));

            case ']':
              if (comma != NULL)
                return fail (s, comma, "%s", _("trailing commas are not allowed in JSON"));
              return fail_unexpected (s, p);

            default:
              if (g_ascii_isalpha (*p))
                {
                  if (!scan_literal (s, &p))
                    return FALSE;
                  state = STATE_AFTER_VALUE;
                  break;
                }
              return fail_unexpected (s, p);
            }
          break;

        case STATE_FIRST_KEY:
          if (*p == '}')
            {
              pop_frame (s);
              p++;
              state = STATE_AFTER_VALUE;
              break;
            }
          G_GNUC_FALLTHROUGH;

        case STATE_KEY:
          if (*p != '"')
            {
              if (*p == '}' && comma != NULL)
                return fail (s, comma, "%s", _("trailing commas are not allowed in JSON"));
              if (*p == '\'')
                return fail (s, p, "%s", _("single quotes are not allowed in JSON"));
              if (is_word_char (*p))
                return fail (s, p, "%s", _("object keys must be strings in double quotes"));
              return fail_unexpected (s, p);
            }
          token = p;
          if (!scan_string (s, &p, &escaped) || !add_key (s, token, p - 1, escaped))
            return FALSE;
          state = STATE_COLON;
          break;

        case STATE_COLON:
          if (*p != ':')
            return fail_unexpected (s, p);
          p++;
          comma = NULL;
          state = STATE_VALUE;
          break;

        case STATE_AFTER_VALUE:
          if (s->depth == 0)
            return fail_trailing (s, p);

          if (*p == ',')
            {
              comma = p++;
              state = s->frames[s->depth - 1].kind == '{' ? STATE_KEY : STATE_VALUE;
            }
          else if (*p == (s->frames[s->depth - 1].kind == '{' ? '}' : ']'))
            {
              pop_frame (s);
              p++;
            }
          else
            {
              return fail_unexpected (s, p);
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * insp_json_scan:
 * @data: (array length=length): the JSON text
 * @length: the length of @data in bytes
 * @filename: the name to show in error messages
 * @error: return location for an error
 *
 * Checks that @data is one JSON value exactly as RFC 8259 defines it, before it is handed
 * to json-glib: UTF-8 without a byte order mark, no comments, no trailing commas, no
 * single quotes, no NaN or hexadecimal numbers, no raw control characters or NUL bytes
 * in strings, paired `\u` surrogates, nothing after the value. It also refuses nesting
 * deeper than %INSP_JSON_MAX_DEPTH, strings longer than %INSP_JSON_MAX_STRING bytes,
 * input larger than %INSP_JSON_MAX_SIZE and duplicate keys in an object (compared after
 * decoding escapes).
 *
 * On failure @error is set to %INSP_ERROR_INVALID_DATA with a message of the form
 * `FILENAME:LINE:COLUMN: what is wrong`; line and column start at 1, the column counts
 * characters.
 *
 * Returns: %TRUE if @data is acceptable
 */
gboolean
insp_json_scan (const char  *data,
                gsize        length,
                const char  *filename,
                GError     **error)
{
  Scanner s = { 0 };
  gboolean ok;
  guint i;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length == 0)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   "%s:1:1: %s", filename, _("file is empty"));
      return FALSE;
    }

  s.data = (const guchar *) data;
  s.end = s.data + length;
  s.filename = filename;
  s.error = error;

  if (length > INSP_JSON_MAX_SIZE)
    return fail (&s, s.data, "%s", _("file is larger than 256 MiB"));

  s.arena = g_byte_array_new ();

  ok = scan_document (&s);

  for (i = 0; i < G_N_ELEMENTS (s.frames); i++)
    g_free (s.frames[i].slots);
  g_free (s.keys);
  g_byte_array_unref (s.arena);

  return ok;
}
