#define G_LOG_DOMAIN "inspraak-test"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "insp-error.h"
#include "insp-json-scan.h"

/* Every error is checked with its exact "FILE:LINE:COLUMN: message". */

static void
assert_invalid_len (const char *json,
                    gsize       length,
                    const char *expected)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = insp_json_scan (json, length, "x.json", &error);
  g_assert_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA);
  g_assert_false (ok);
  g_assert_cmpstr (error->message, ==, expected);

  /* The same answer without an error location. */
  g_assert_false (insp_json_scan (json, length, "x.json", NULL));
}

static void
assert_invalid (const char *json,
                const char *expected)
{
  assert_invalid_len (json, strlen (json), expected);
}

static void
assert_valid_len (const char *json,
                  gsize       length)
{
  g_autoptr(GError) error = NULL;

  if (!insp_json_scan (json, length, "x.json", &error))
    g_error ("refused valid JSON “%.*s”: %s", (int) MIN (length, 200), json, error->message);
  g_assert_no_error (error);
}

static void
assert_valid (const char *json)
{
  assert_valid_len (json, strlen (json));
}

static void
test_valid (void)
{
  static const char * const documents[] = {
    "{}",
    "[]",
    "0",
    "-0",
    "1e-5",
    "0.5E+10",
    "-0.0",
    "1E5",
    "1e+5",
    "-12.75e-3",
    "123456789012345678901234567890.5",
    "true",
    "false",
    "null",
    "\"\"",
    "\"plain\"",
    " \t\r\n[ 1 , 2.5 , -3e2 , true , false , null , \"x\" ] \r\n",
    "{\"a\": {\"b\": [1, {\"c\": []}, {}]}, \"d\": [[[]]], \"e\": {\"f\": {\"g\": null}}}",
    /* raw UTF-8 in keys and values, DEL and a noncharacter are allowed raw */
    "{\"héllo\": \"wêreld € 𝄞\", \"ключ\": \"值\", \"del\": \"\x7f\", \"nc\": \"\xef\xbf\xbf\"}",
    /* every escape */
    "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC \\uD834\\uDD1E \\ud834\\udd1e\"",
    /* the same key in different objects */
    "{\"a\": {\"a\": 1}, \"b\": {\"a\": 2}, \"c\": [{\"a\": 1}, {\"a\": 2}]}",
    /* keys that differ only after a control character, or by case */
    "{\"a\\u0001b\": 1, \"a\\u0001c\": 2, \"a\": 3, \"a\\u0001\": 4, \"A\": 5}",
    /* "\/" and "/" decode to the same key, but "\\/" does not */
    "{\"a/\": 1, \"a\\\\/\": 2}",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (documents); i++)
    assert_valid (documents[i]);
}

static void
test_empty (void)
{
  assert_invalid_len (NULL, 0, "x.json:1:1: file is empty");
  assert_invalid ("", "x.json:1:1: file is empty");
  assert_invalid ("  \n ", "x.json:2:2: unexpected end of file");
}

static void
test_too_large (void)
{
  /* Refused before a byte is read: the pages are never touched. */
  g_autofree char *data = g_malloc (INSP_JSON_MAX_SIZE + 1);

  assert_invalid_len (data, INSP_JSON_MAX_SIZE + 1,
                      "x.json:1:1: file is larger than 256 MiB");
}

static void
test_trailing_data (void)
{
  assert_invalid ("{} x", "x.json:1:4: trailing data after the JSON value");
  assert_invalid ("1 2", "x.json:1:3: trailing data after the JSON value");
  assert_invalid ("[1]\n]", "x.json:2:1: trailing data after the JSON value");
  assert_invalid ("\"a\"\"b\"", "x.json:1:4: trailing data after the JSON value");
}

static void
test_concatenated_values (void)
{
  assert_invalid ("{}{}", "x.json:1:3: trailing data after the JSON value");
  assert_invalid ("{\"a\": 1}\n{\"a\": 2}\n", "x.json:2:1: trailing data after the JSON value");
  assert_invalid ("[1] [2]", "x.json:1:5: trailing data after the JSON value");
}

static void
test_byte_order_mark (void)
{
  assert_invalid ("\xef\xbb\xbf{}", "x.json:1:1: byte order mark is not allowed");
  assert_invalid_len ("\xff\xfe{\0}\0", 6, "x.json:1:1: UTF-16 is not allowed, JSON must be UTF-8");
  assert_invalid_len ("\xfe\xff\0{\0}", 6, "x.json:1:1: UTF-16 is not allowed, JSON must be UTF-8");
  /* a byte order mark anywhere else is an invisible character */
  assert_invalid ("[\xef\xbb\xbf]", "x.json:1:2: unexpected character U+FEFF");
}

static void
test_comments (void)
{
  assert_invalid ("{\n  // note\n  \"a\": 1\n}", "x.json:2:3: comments are not allowed in JSON");
  assert_invalid ("[1, /* x */ 2]", "x.json:1:5: comments are not allowed in JSON");
  assert_invalid ("[1 /* x */, 2]", "x.json:1:4: comments are not allowed in JSON");
  assert_invalid ("{\"a\" // x\n: 1}", "x.json:1:6: comments are not allowed in JSON");
  assert_invalid ("{} // end", "x.json:1:4: comments are not allowed in JSON");
  assert_invalid ("/* c */ {}", "x.json:1:1: comments are not allowed in JSON");
  assert_invalid ("[/]", "x.json:1:2: unexpected character “/”");
}

static void
test_single_quotes (void)
{
  assert_invalid ("{'a': 1}", "x.json:1:2: single quotes are not allowed in JSON");
  assert_invalid ("{\"a\": 'b'}", "x.json:1:7: single quotes are not allowed in JSON");
  assert_invalid ("['a']", "x.json:1:2: single quotes are not allowed in JSON");
  assert_invalid ("'a'", "x.json:1:1: single quotes are not allowed in JSON");
}

static void
test_unquoted_key (void)
{
  assert_invalid ("{a: 1}", "x.json:1:2: object keys must be strings in double quotes");
  assert_invalid ("{\"a\": 1, 2: 1}",
                  "x.json:1:10: object keys must be strings in double quotes");
}

static void
test_trailing_comma (void)
{
  assert_invalid ("[1, 2,]", "x.json:1:6: trailing commas are not allowed in JSON");
  assert_invalid ("{\"a\": 1,\n}", "x.json:1:8: trailing commas are not allowed in JSON");
  assert_invalid ("[1,\n  ]", "x.json:1:3: trailing commas are not allowed in JSON");
}

static void
test_numbers (void)
{
  assert_invalid ("0x1F", "x.json:1:2: invalid number");
  assert_invalid ("[0X1f]", "x.json:1:3: invalid number");
  assert_invalid ("[01]", "x.json:1:3: invalid number");
  assert_invalid ("00", "x.json:1:2: invalid number");
  assert_invalid ("[-01]", "x.json:1:4: invalid number");
  assert_invalid ("+1", "x.json:1:1: invalid number");
  assert_invalid ("[.5]", "x.json:1:2: invalid number");
  assert_invalid ("[1.]", "x.json:1:4: invalid number");
  assert_invalid ("[1.e5]", "x.json:1:4: invalid number");
  assert_invalid ("[1e]", "x.json:1:4: invalid number");
  assert_invalid ("[1e+]", "x.json:1:5: invalid number");
  assert_invalid ("[-]", "x.json:1:3: invalid number");
  assert_invalid ("[- 1]", "x.json:1:3: invalid number");
  assert_invalid ("1.5.2", "x.json:1:4: invalid number");
  assert_invalid ("1e5e5", "x.json:1:4: invalid number");
  assert_invalid ("[1-2]", "x.json:1:3: invalid number");
  assert_invalid ("[1_000]", "x.json:1:3: invalid number");
  assert_invalid ("NaN", "x.json:1:1: invalid number");
  assert_invalid ("[nan]", "x.json:1:2: invalid number");
  assert_invalid ("[Infinity]", "x.json:1:2: invalid number");
  assert_invalid ("-Infinity", "x.json:1:2: invalid number");
  assert_invalid ("[inf]", "x.json:1:2: invalid number");
  /* cut short by the end of the file: the end position */
  assert_invalid ("-", "x.json:1:2: unexpected end of file");
  assert_invalid ("1.", "x.json:1:3: unexpected end of file");
  assert_invalid ("1e", "x.json:1:3: unexpected end of file");
  assert_invalid ("1e-", "x.json:1:4: unexpected end of file");
}

static void
test_literals (void)
{
  assert_invalid ("tru", "x.json:1:4: unexpected end of file");
  assert_invalid ("[tru]", "x.json:1:5: unexpected character “]”");
  assert_invalid ("[True]", "x.json:1:2: unexpected character “T”");
  assert_invalid ("nulll", "x.json:1:5: unexpected character “l”");
  assert_invalid ("[fals3]", "x.json:1:6: unexpected character “3”");
  assert_invalid ("[undefined]", "x.json:1:2: unexpected character “u”");
  assert_invalid ("[none]", "x.json:1:3: unexpected character “o”");
}

static void
test_structure (void)
{
  assert_invalid ("[1 2]", "x.json:1:4: unexpected character “2”");
  assert_invalid ("{\"a\" 1}", "x.json:1:6: unexpected character “1”");
  assert_invalid ("[1}", "x.json:1:3: unexpected character “}”");
  assert_invalid ("{\"a\": 1]", "x.json:1:8: unexpected character “]”");
  assert_invalid ("{\"a\":}", "x.json:1:6: unexpected character “}”");
  assert_invalid ("[,1]", "x.json:1:2: unexpected character “,”");
  assert_invalid ("[1,,2]", "x.json:1:4: unexpected character “,”");
  assert_invalid ("{\"a\": 1,, \"b\": 2}", "x.json:1:9: unexpected character “,”");
  assert_invalid ("{,}", "x.json:1:2: unexpected character “,”");
  assert_invalid ("]", "x.json:1:1: unexpected character “]”");
  assert_invalid (":", "x.json:1:1: unexpected character “:”");
  assert_invalid ("[é]", "x.json:1:2: unexpected character “é”");
  assert_invalid ("{“a”: 1}", "x.json:1:2: unexpected character ““”");
  /* whitespace is only space, tab, LF and CR */
  assert_invalid ("[1,\v2]", "x.json:1:4: unexpected character U+000B");
  assert_invalid ("\f[]", "x.json:1:1: unexpected character U+000C");
  assert_invalid ("[\xc2\xa0" "1]", "x.json:1:2: unexpected character U+00A0");
  assert_invalid ("[1,\xe2\x80\x83" "2]", "x.json:1:4: unexpected character U+2003");
}

static void
test_end_of_file (void)
{
  assert_invalid ("[", "x.json:1:2: unexpected end of file");
  assert_invalid ("[1,\n", "x.json:2:1: unexpected end of file");
  assert_invalid ("{\"a\":1", "x.json:1:7: unexpected end of file");
  assert_invalid ("{\"a\"", "x.json:1:5: unexpected end of file");
  assert_invalid ("{\"a\":", "x.json:1:6: unexpected end of file");
  /* an unterminated string: the end position */
  assert_invalid ("{\n  \"a\": \"abcé", "x.json:2:13: unexpected end of file");
  assert_invalid ("\"abc\n", "x.json:1:5: control character in string must be escaped");
}

static void
test_control_characters (void)
{
  assert_invalid ("\"a\tb\"", "x.json:1:3: control character in string must be escaped");
  assert_invalid ("[\"x\ny\"]", "x.json:1:4: control character in string must be escaped");
  assert_invalid ("\"\x1f\"", "x.json:1:2: control character in string must be escaped");
  assert_invalid ("{\"k\rey\": 1}",
                  "x.json:1:4: control character in string must be escaped");
  assert_valid ("\"a\\tb\\u001f\"");
}

static void
test_nul_bytes (void)
{
  assert_invalid_len ("[1,\0 2]", 7, "x.json:1:4: NUL byte is not allowed");
  assert_invalid_len ("\"a\0b\"", 5, "x.json:1:3: NUL byte is not allowed");
  assert_invalid_len ("{}\0", 3, "x.json:1:3: NUL byte is not allowed");
  assert_invalid_len ("\0", 1, "x.json:1:1: NUL byte is not allowed");
  /* UTF-16 without a byte order mark */
  assert_invalid_len ("{\0}\0", 4, "x.json:1:2: NUL byte is not allowed");
  /* integers beyond 64 bits */
  assert_valid ("[9223372036854775807, -9223372036854775808, 99999999999999999999.5, 1e400]");
  assert_invalid ("[9223372036854775808]", "x.json:1:2: integer too large");
  assert_invalid ("{\"n\": -99999999999999999999}", "x.json:1:7: integer too large");
  /* the escaped form too: json-glib would cut the string there and lose data */
  assert_invalid ("\"a\\u0000b\"", "x.json:1:3: \\u0000 (a NUL character) is not allowed");
  assert_invalid ("{\"a\\u0000b\": 1, \"a\\u0000c\": 2}",
                  "x.json:1:4: \\u0000 (a NUL character) is not allowed");
}

static void
test_escapes (void)
{
  assert_invalid ("\"\\x41\"", "x.json:1:2: invalid escape sequence");
  assert_invalid ("[\"ab\\'\"]", "x.json:1:5: invalid escape sequence");
  assert_invalid ("\"\\U0041\"", "x.json:1:2: invalid escape sequence");
  assert_invalid ("\"\\u12G4\"", "x.json:1:2: invalid escape sequence");
  assert_invalid ("\"\\u12\"", "x.json:1:2: invalid escape sequence");
  assert_invalid ("\"\\ \"", "x.json:1:2: invalid escape sequence");
  assert_invalid ("\"ab\\\n\"", "x.json:1:4: invalid escape sequence");
  assert_invalid ("\"\\é\"", "x.json:1:2: invalid escape sequence");
  assert_invalid ("\"\\", "x.json:1:3: unexpected end of file");
  assert_invalid ("\"\\u12", "x.json:1:6: unexpected end of file");
}

static void
test_surrogates (void)
{
  assert_invalid ("\"\\uD800\"", "x.json:1:2: unpaired surrogate in \\u escape");
  assert_invalid ("\"\\uDC00\"", "x.json:1:2: unpaired surrogate in \\u escape");
  assert_invalid ("\"ab\\uD834x\"", "x.json:1:4: unpaired surrogate in \\u escape");
  assert_invalid ("\"\\uD834\\u0041\"", "x.json:1:2: unpaired surrogate in \\u escape");
  assert_invalid ("\"\\uD834\\uD834\"", "x.json:1:2: unpaired surrogate in \\u escape");
  assert_invalid ("\"\\uD834\\n\"", "x.json:1:2: unpaired surrogate in \\u escape");
  assert_invalid ("\"\\uDD1E\\uD834\"", "x.json:1:2: unpaired surrogate in \\u escape");
  assert_invalid ("{\"\\udbff\": 1}", "x.json:1:3: unpaired surrogate in \\u escape");
  assert_invalid ("\"\\uD834\\uZZZZ\"", "x.json:1:8: invalid escape sequence");
  assert_invalid ("\"\\uD834", "x.json:1:8: unexpected end of file");
  assert_invalid ("\"\\uD834\\", "x.json:1:9: unexpected end of file");
  assert_invalid ("\"\\uD834\\uDD", "x.json:1:12: unexpected end of file");
  assert_valid ("[\"\\uD834\\uDD1E\", \"\\udbff\\udfff\", \"\\uD800\\uDC00\"]");
}

static void
test_invalid_utf8 (void)
{
  assert_invalid ("\"\xff\"", "x.json:1:2: invalid UTF-8");
  assert_invalid ("\"\x80\"", "x.json:1:2: invalid UTF-8");
  assert_invalid ("\"é\xe9t\xe9\"", "x.json:1:3: invalid UTF-8");  /* Latin-1 */
  assert_invalid ("\"\xf4\x90\x80\x80\"", "x.json:1:2: invalid UTF-8");  /* > U+10FFFF */
  assert_invalid ("\"\xed\xa0\x80\"", "x.json:1:2: invalid UTF-8");  /* a surrogate */
  assert_invalid ("\"\xe2\x82", "x.json:1:2: invalid UTF-8");  /* cut short */
  assert_invalid ("[\xff]", "x.json:1:2: invalid UTF-8");
  assert_invalid ("{}\xff", "x.json:1:3: invalid UTF-8");
  /* columns count characters, not bytes */
  assert_invalid ("{\"é€𝄞\": 1, \"x\": \"\xff\"}", "x.json:1:18: invalid UTF-8");
  assert_invalid ("[\n\"😀😀\",\xc3]", "x.json:2:6: invalid UTF-8");
}

static void
test_overlong_utf8 (void)
{
  assert_invalid ("\"\xc0\xaf\"", "x.json:1:2: invalid UTF-8");  /* '/' in 2 bytes */
  assert_invalid ("\"\xc1\xbf\"", "x.json:1:2: invalid UTF-8");
  assert_invalid ("\"\xe0\x80\xaf\"", "x.json:1:2: invalid UTF-8");  /* '/' in 3 bytes */
  assert_invalid ("\"\xe0\x9f\xbf\"", "x.json:1:2: invalid UTF-8");
  assert_invalid ("\"\xf0\x80\x80\xaf\"", "x.json:1:2: invalid UTF-8");  /* '/' in 4 bytes */
  assert_invalid ("\"\xf0\x8f\xbf\xbf\"", "x.json:1:2: invalid UTF-8");
  assert_invalid ("\"a\xc0\x80\"", "x.json:1:3: invalid UTF-8");  /* modified UTF-8 NUL */
  /* the shortest forms are fine */
  assert_valid ("\"\xc2\x80 \xe0\xa0\x80 \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf\"");
}

static void
assert_utf8_agrees (const guchar *bytes,
                    gsize         n)
{
  char buffer[8] = "\"";
  gboolean valid;

  memcpy (buffer + 1, bytes, n);
  buffer[n + 1] = '"';

  valid = g_utf8_validate (buffer + 1, n, NULL);
  if (insp_json_scan (buffer, n + 2, "x.json", NULL) != valid)
    g_error ("disagree with GLib on %02x %02x %02x %02x (%u bytes)",
             bytes[0], bytes[1], n > 2 ? bytes[2] : 0, n > 3 ? bytes[3] : 0, (guint) n);
}

/* Inside a string, a sequence of bytes from 0x80 up is accepted exactly when
 * g_utf8_validate() accepts it: every 2-byte sequence, every 3-byte sequence with a
 * 3-byte lead, 4-byte sequences with every second byte and the boundary values after,
 * and a random sample. */
static void
test_utf8_agrees_with_glib (void)
{
  static const guchar boundaries[] = { 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff };
  guchar bytes[4];
  guint32 seed = 1;
  guint a, b, c, d;
  guint i;

  for (a = 0x80; a <= 0xff; a++)
    {
      for (b = 0x80; b <= 0xff; b++)
        {
          bytes[0] = a;
          bytes[1] = b;
          assert_utf8_agrees (bytes, 2);

          for (c = 0x80; c <= 0xff && a >= 0xe0 && a <= 0xef; c++)
            {
              bytes[2] = c;
              assert_utf8_agrees (bytes, 3);
            }

          for (c = 0; c < G_N_ELEMENTS (boundaries) && a >= 0xf0 && a <= 0xf7; c++)
            {
              for (d = 0; d < G_N_ELEMENTS (boundaries); d++)
                {
                  bytes[2] = boundaries[c];
                  bytes[3] = boundaries[d];
                  assert_utf8_agrees (bytes, 4);
                }
            }
        }
    }

  for (i = 0; i < 100000; i++)
    {
      guint j;

      for (j = 0; j < 4; j++)
        {
          seed = seed * 1103515245 + 12345;
          bytes[j] = 0x80 | ((seed >> 16) & 0x7f);
        }
      assert_utf8_agrees (bytes, 2 + i % 3);
    }
}

static void
test_duplicate_keys (void)
{
  assert_invalid ("{\n  \"a\": 1,\n    \"a\": 2\n}", "x.json:3:5: duplicate key “a”");
  assert_invalid ("{\"a\": 1, \"\\u0061\": 2}", "x.json:1:10: duplicate key “a”");
  assert_invalid ("{\"\\u0061\": 1, \"a\": 2}", "x.json:1:15: duplicate key “a”");
  assert_invalid ("{\"a/\": 1, \"a\\/\": 2}", "x.json:1:11: duplicate key “a/”");
  assert_invalid ("{\"𝄞\": 1, \"\\uD834\\uDD1E\": 2}", "x.json:1:10: duplicate key “𝄞”");
  assert_invalid ("{\"\": 1, \"\": 2}", "x.json:1:9: duplicate key “”");
  /* the outer keys are still known after an inner object closes */
  assert_invalid ("{\"a\": {\"b\": 1}, \"b\": 2, \"a\": 3}", "x.json:1:25: duplicate key “a”");
  /* in an object inside an array */
  assert_invalid ("[{\"x\": 1}, {\"x\": 1, \"x\": 2}]", "x.json:1:21: duplicate key “x”");
  /* control characters are shown escaped, long keys shortened */
  assert_invalid ("{\"a\\u0001b\": 1, \"a\\u0001b\": 2}",
                  "x.json:1:17: duplicate key “a\\u0001b”");
  assert_invalid ("{\"a\\nb\": 1, \"a\\nb\": 2}", "x.json:1:13: duplicate key “a\\u000Ab”");
  assert_invalid ("{\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\": 1,"
                  " \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\": 2}",
                  "x.json:1:59: duplicate key “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”");
}

/* Objects with many keys use a hash table: the same rules apply. */
static void
test_duplicate_keys_many (void)
{
  g_autoptr(GString) json = g_string_new ("{\n");
  g_autoptr(GString) escaped = NULL;
  g_autoptr(GString) siblings = g_string_new ("[");
  guint i;

  for (i = 0; i < 10000; i++)
    g_string_append_printf (json, "\"k%u\": %u,\n", i, i);
  g_string_append (json, "\"last\": 0}");
  assert_valid (json->str);

  /* a duplicate at the end, on line 10002 */
  g_string_truncate (json, json->len - strlen ("\"last\": 0}"));
  escaped = g_string_new (json->str);
  g_string_append (json, "\"k5000\": 0}");
  assert_invalid (json->str, "x.json:10002:1: duplicate key “k5000”");

  /* found through an escape as well */
  g_string_append (escaped, "\"\\u006b5000\": 0}");
  assert_invalid (escaped->str, "x.json:10002:1: duplicate key “k5000”");

  /* sibling objects with the same many keys, some escaped, at the same depth */
  for (i = 0; i < 50; i++)
    {
      guint j;

      g_string_append (siblings, i == 0 ? "{" : ", {");
      for (j = 0; j < 300; j++)
        g_string_append_printf (siblings, j % 7 == 0 ? "%s\"\\u006b%u\": 1" : "%s\"k%u\": 1",
                                j == 0 ? "" : ", ", j);
      g_string_append (siblings, "}");
    }
  g_string_append (siblings, "]");
  assert_valid (siblings->str);
}

static void
test_depth (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autofree char *deep = NULL;
  gdouble elapsed;
  guint i;

  /* 64 levels are fine, 65 are not */
  for (i = 0; i < 64; i++)
    g_string_append_c (json, '[');
  for (i = 0; i < 64; i++)
    g_string_append_c (json, ']');
  assert_valid (json->str);

  g_string_prepend_c (json, '[');
  g_string_append_c (json, ']');
  assert_invalid (json->str, "x.json:1:65: nesting deeper than 64 levels");

  /* objects and arrays count alike */
  g_string_truncate (json, 0);
  for (i = 0; i < 32; i++)
    g_string_append (json, "{\"a\": [");
  g_string_append (json, "{}");
  for (i = 0; i < 32; i++)
    g_string_append (json, "]}");
  assert_invalid (json->str, "x.json:1:225: nesting deeper than 64 levels");

  /* what makes json-glib 1.6 crash is refused at once */
  deep = g_strnfill (100000, '[');
  g_test_timer_start ();
  assert_invalid (deep, "x.json:1:65: nesting deeper than 64 levels");
  elapsed = g_test_timer_elapsed ();
  g_assert_cmpfloat (elapsed, <, 1.0);
}

static void
test_long_string (void)
{
  g_autoptr(GString) json = g_string_new ("[\n  \"");
  gsize i;

  /* exactly 1 MiB is fine */
  g_string_set_size (json, 5 + INSP_JSON_MAX_STRING);
  memset (json->str + 5, 'x', INSP_JSON_MAX_STRING);
  g_string_append (json, "\"]");
  assert_valid (json->str);

  /* one byte more is not */
  g_string_truncate (json, json->len - 2);
  g_string_append (json, "z\"]");
  assert_invalid (json->str, "x.json:2:3: string longer than 1 MiB");

  /* 2 MiB, unterminated */
  g_string_set_size (json, 5 + 2 * INSP_JSON_MAX_STRING);
  memset (json->str + 5, 'y', 2 * INSP_JSON_MAX_STRING);
  assert_invalid (json->str, "x.json:2:3: string longer than 1 MiB");

  /* the length is counted after decoding: 349525 × "\u20ac" is 1048575 bytes of UTF-8 */
  g_string_assign (json, "{\"");
  for (i = 0; i < 349525; i++)
    g_string_append (json, "\\u20ac");
  g_string_append (json, "\": 1}");
  assert_valid (json->str);

  g_string_truncate (json, json->len - 5);
  g_string_append (json, "ab\": 1}");
  assert_invalid (json->str, "x.json:1:2: string longer than 1 MiB");
}

static void
test_line_endings (void)
{
  assert_invalid ("{\r\n  \"a\": 1,\r\n  \"a\": 2\r\n}", "x.json:3:3: duplicate key “a”");
  assert_invalid ("[\r1,\r x]", "x.json:3:2: unexpected character “x”");
  assert_invalid ("[\n\n\t1,\n\t\tx]", "x.json:4:3: unexpected character “x”");
}

static void
test_filename (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (insp_json_scan ("[1,]", 4, "/tmp/some dir/données.json", &error));
  g_assert_cmpstr (error->message, ==,
                   "/tmp/some dir/données.json:1:3: trailing commas are not allowed in JSON");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-scan/valid", test_valid);
  g_test_add_func ("/json-scan/empty", test_empty);
  g_test_add_func ("/json-scan/too-large", test_too_large);
  g_test_add_func ("/json-scan/trailing-data", test_trailing_data);
  g_test_add_func ("/json-scan/concatenated-values", test_concatenated_values);
  g_test_add_func ("/json-scan/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/json-scan/comments", test_comments);
  g_test_add_func ("/json-scan/single-quotes", test_single_quotes);
  g_test_add_func ("/json-scan/unquoted-key", test_unquoted_key);
  g_test_add_func ("/json-scan/trailing-comma", test_trailing_comma);
  g_test_add_func ("/json-scan/numbers", test_numbers);
  g_test_add_func ("/json-scan/literals", test_literals);
  g_test_add_func ("/json-scan/structure", test_structure);
  g_test_add_func ("/json-scan/end-of-file", test_end_of_file);
  g_test_add_func ("/json-scan/control-characters", test_control_characters);
  g_test_add_func ("/json-scan/nul-bytes", test_nul_bytes);
  g_test_add_func ("/json-scan/escapes", test_escapes);
  g_test_add_func ("/json-scan/surrogates", test_surrogates);
  g_test_add_func ("/json-scan/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/json-scan/overlong-utf8", test_overlong_utf8);
  g_test_add_func ("/json-scan/utf8-agrees-with-glib", test_utf8_agrees_with_glib);
  g_test_add_func ("/json-scan/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/json-scan/duplicate-keys-many", test_duplicate_keys_many);
  g_test_add_func ("/json-scan/depth", test_depth);
  g_test_add_func ("/json-scan/long-string", test_long_string);
  g_test_add_func ("/json-scan/line-endings", test_line_endings);
  g_test_add_func ("/json-scan/filename", test_filename);

  return g_test_run ();
}
