/* Unit test of src/front/tokenizer.c and tok_decode.c: token kinds and
 * positions (as CPython 3.11's tokenizer gives them), keywords, string
 * prefixes, numbers, indentation, type comments, fragments, source decoding
 * (BOM, cookies, 8-bit codecs) and the errors with CPython's messages,
 * positions and kinds. The exhaustive checks compare against python3.11
 * over the whole Lib corpus (see the tokenizer notes in the lead's report);
 * these are the cases worth pinning. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/front/tokenizer.h"

static int failures;

#define CHECK(cond, ...) do { \
    if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
                   printf(__VA_ARGS__); putchar('\n'); } } while (0)

/* Tokenizes src and renders the tokens as "TYPE@l,c-el,ec" joined by
 * spaces (keywords by their text, operators by their name), or the error
 * as "ERR kind msg @lineno,offset-end_lineno,end_offset". */
static char *render(const char *src, size_t len, int flags)
{
    static char out[8192];
    size_t n = 0;
    diag err;
    diag_init(&err);
    tokenizer *t = tok_new(src, len, "t.py", flags, &err);
    out[0] = '\0';
    if (!t)
        return strcpy(out, "NOMEM");
    token tk;
    for (;;) {
        int type = tok_next(t, &tk);
        if (type == TOK_ERRORTOKEN) {
            n += (size_t)snprintf(out + n, sizeof out - n, "%sERR %d %s @%d,%d-%d,%d", n ? " " : "",
                                  tok_error_kind(t), err.msg ? err.msg : "?", err.lineno,
                                  err.offset, err.end_lineno, err.end_offset);
            break;
        }
        const char *name = token_names[type];
        if (type >= TOK_KW_False)
            name = token_texts[type];
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%s@%d,%d-%d,%d", n ? " " : "", name,
                              tk.lineno, tk.col_offset, tk.end_lineno, tk.end_col_offset);
        if (type == TOK_ENDMARKER || n >= sizeof out - 100)
            break;
    }
    tok_free(t);
    diag_clear(&err);
    return out;
}

static void expect(const char *src, int flags, const char *want, int line)
{
    const char *got = render(src, strlen(src), flags);
    if (strcmp(got, want) != 0) {
        failures++;
        printf("FAIL line %d: tokens of %s\n  want %s\n  got  %s\n", line, src, want, got);
    }
}

#define EXPECT(src, want) expect(src, 0, want, __LINE__)
#define EXPECT_STR(src, want) expect(src, TOK_FLAG_STRING_INPUT, want, __LINE__)

static void test_basic(void)
{
    EXPECT("x = 1",
           "NAME@1,0-1,1 EQUAL@1,2-1,3 NUMBER@1,4-1,5 NEWLINE@1,5-1,5 ENDMARKER@1,-1-1,-1");
    EXPECT("if x:\n  a\n",
           "if@1,0-1,2 NAME@1,3-1,4 COLON@1,4-1,5 NEWLINE@1,5-1,5 INDENT@2,-1-2,-1 "
           "NAME@2,2-2,3 NEWLINE@2,3-2,3 DEDENT@2,-1-2,-1 ENDMARKER@2,-1-2,-1");
    /* a NEWLINE after a comment starts at the comment */
    EXPECT("x  # c\n", "NAME@1,0-1,1 NEWLINE@1,3-1,6 ENDMARKER@1,-1-1,-1");
    /* brackets join lines; blank and comment lines make no tokens */
    EXPECT("f(1,\n\n  # c\n 2)\n",
           "NAME@1,0-1,1 LPAR@1,1-1,2 NUMBER@1,2-1,3 COMMA@1,3-1,4 NUMBER@4,1-4,2 "
           "RPAR@4,2-4,3 NEWLINE@4,3-4,3 ENDMARKER@4,-1-4,-1");
    EXPECT("a \\\n  b\n", "NAME@1,0-1,1 NAME@2,2-2,3 NEWLINE@2,3-2,3 ENDMARKER@2,-1-2,-1");
    EXPECT("x //= a->b @= c := d ... !e <> $",
           "NAME@1,0-1,1 DOUBLESLASHEQUAL@1,2-1,5 NAME@1,6-1,7 RARROW@1,7-1,9 NAME@1,9-1,10 "
           "ATEQUAL@1,11-1,13 NAME@1,14-1,15 COLONEQUAL@1,16-1,18 NAME@1,19-1,20 "
           "ELLIPSIS@1,21-1,24 EXCLAMATION@1,25-1,26 NAME@1,26-1,27 NOTEQUAL@1,28-1,30 "
           "OP@1,31-1,32 NEWLINE@1,32-1,32 ENDMARKER@1,-1-1,-1");
    EXPECT("async await match _ None",
           "async@1,0-1,5 await@1,6-1,11 NAME@1,12-1,17 NAME@1,18-1,19 None@1,20-1,24 "
           "NEWLINE@1,24-1,24 ENDMARKER@1,-1-1,-1");
    EXPECT("", "ENDMARKER@0,-1-0,-1");
    EXPECT_STR("", "ENDMARKER@1,-1-1,-1");
}

static void test_strings_numbers(void)
{
    EXPECT("rb'x' Rf\"\" bu'' ur''",
           "STRING@1,0-1,5 STRING@1,6-1,10 NAME@1,11-1,13 STRING@1,13-1,15 NAME@1,16-1,18 "
           "STRING@1,18-1,20 NEWLINE@1,20-1,20 ENDMARKER@1,-1-1,-1");
    EXPECT("s = '''a\nbc''' + f'{x!r}'\n",
           "NAME@1,0-1,1 EQUAL@1,2-1,3 STRING@1,4-2,5 PLUS@2,6-2,7 STRING@2,8-2,16 "
           "NEWLINE@2,16-2,16 ENDMARKER@2,-1-2,-1");
    EXPECT("0x_1f 0o17 0b1_0 1_000.0_1e-1_0j .5 5. 00 0.0 09.5 0777j 1if",
           "NUMBER@1,0-1,5 NUMBER@1,6-1,10 NUMBER@1,11-1,16 NUMBER@1,17-1,32 NUMBER@1,33-1,35 "
           "NUMBER@1,36-1,38 NUMBER@1,39-1,41 NUMBER@1,42-1,45 NUMBER@1,46-1,50 "
           "NUMBER@1,51-1,56 NUMBER@1,57-1,58 if@1,58-1,60 NEWLINE@1,60-1,60 "
           "ENDMARKER@1,-1-1,-1");
    EXPECT("x = 0777\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 leading zeros in decimal integer "
                         "literals are not permitted; use an 0o prefix for octal integers @1,5-1,6");
    EXPECT("x = 1_\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 invalid decimal literal @1,6-1,6");
    EXPECT("x = 0o8\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 invalid digit '8' in octal literal @1,7-1,7");
    EXPECT("x = 1e\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 invalid decimal literal @1,5-1,5");
    EXPECT("x = 1jk\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 invalid imaginary literal @1,6-1,6");
    EXPECT("x = 1\ny = \"abc\nz\n",
           "NAME@1,0-1,1 EQUAL@1,2-1,3 NUMBER@1,4-1,5 NEWLINE@1,5-1,5 NAME@2,0-2,1 "
           "EQUAL@2,2-2,3 ERR 1 unterminated string literal (detected at line 2) @2,5-2,5");
    EXPECT("y = f'''abc\nz\n",
           "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 unterminated triple-quoted string literal "
           "(detected at line 2) @1,5-1,5");
}

static void test_indentation(void)
{
    EXPECT("if x:\n        a\n    b\n",
           "if@1,0-1,2 NAME@1,3-1,4 COLON@1,4-1,5 NEWLINE@1,5-1,5 INDENT@2,-1-2,-1 "
           "NAME@2,8-2,9 NEWLINE@2,9-2,9 ERR 2 unindent does not match any outer "
           "indentation level @3,6-3,-1");
    EXPECT("if x:\n\ta\n        b\n",
           "if@1,0-1,2 NAME@1,3-1,4 COLON@1,4-1,5 NEWLINE@1,5-1,5 INDENT@2,-1-2,-1 "
           "NAME@2,1-2,2 NEWLINE@2,2-2,2 ERR 2 inconsistent use of tabs and spaces in "
           "indentation @3,1-3,0");
    /* a form feed resets the column */
    EXPECT("if x:\n  a\n\f b\n",
           "if@1,0-1,2 NAME@1,3-1,4 COLON@1,4-1,5 NEWLINE@1,5-1,5 INDENT@2,-1-2,-1 "
           "NAME@2,2-2,3 NEWLINE@2,3-2,3 ERR 2 unindent does not match any outer "
           "indentation level @3,4-3,-1");
    EXPECT("x = 1 \\ y\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 NUMBER@1,4-1,5 ERR 2 unexpected "
                           "character after line continuation character @1,8-1,0");
    EXPECT("x = 1\\", "NAME@1,0-1,1 EQUAL@1,2-1,3 NUMBER@1,4-1,5 ERR 4 unexpected EOF "
                      "while parsing @1,7-1,-1");
    EXPECT("x = (1,\n2\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 LPAR@1,4-1,5 NUMBER@1,5-1,6 "
                           "COMMA@1,6-1,7 NUMBER@2,0-2,1 ERR 3 '(' was never closed @1,5-1,0");
    EXPECT("x = (]\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 LPAR@1,4-1,5 ERR 1 closing parenthesis ']' "
                       "does not match opening parenthesis '(' @1,6-1,6");
    EXPECT(")", "ERR 1 unmatched ')' @1,1-1,1");

    char deep[400];
    size_t n = 0;
    for (int i = 0; i < 201; i++)
        deep[n++] = '(';
    deep[n] = '\0';
    CHECK(strstr(render(deep, n, 0), "too many nested parentheses @1,201-1,201"), "%s",
          render(deep, n, 0));
}

static void test_identifiers(void)
{
    EXPECT("\xc3\xa9t\xc3\xa9 = 1", "NAME@1,0-1,5 EQUAL@1,6-1,7 NUMBER@1,8-1,9 "
                                    "NEWLINE@1,9-1,9 ENDMARKER@1,-1-1,-1");
    EXPECT("x = a\xe2\x82\xac\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 invalid character "
                                  "'\xe2\x82\xac' (U+20AC) @1,6-1,6");
    EXPECT("x = \xc2\xa0\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 invalid non-printable "
                             "character U+00A0 @1,5-1,5");
    EXPECT("x = \x01\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 ERR 1 invalid non-printable "
                         "character U+0001 @1,5-1,5");
    /* string mode does not check UTF-8 until an identifier needs it */
    EXPECT_STR("# \xff\nx\xff = 1\n", "ERR 1 (unicode error) 'utf-8' codec can't decode byte "
                                      "0xff in position 1: invalid start byte @2,2-2,-1");
}

static void test_decoding(void)
{
    diag err;
    diag_init(&err);
    const char *src = "# -*- coding: latin-1 -*-\nx = '\xe9'\n";
    tokenizer *t = tok_new(src, strlen(src), "t.py", 0, &err);
    token tk;
    tok_next(t, &tk);
    tok_next(t, &tk);
    tok_next(t, &tk);
    CHECK(tk.type == TOK_STRING && tk.len == 4 && !memcmp(tk.start, "'\xc3\xa9'", 4),
          "latin-1 string decoded to UTF-8");
    CHECK(!strcmp(tok_encoding(t), "iso-8859-1") && tok_encoding_declared(t), "%s",
          tok_encoding(t));
    size_t len;
    const char *l = tok_line(t, 2, &len);
    CHECK(l && len == 8 && !memcmp(l, "x = '\xc3\xa9'", 8), "tok_line");
    tok_free(t);

    EXPECT("\xef\xbb\xbfx", "NAME@1,0-1,1 NEWLINE@1,1-1,1 ENDMARKER@1,-1-1,-1");
    EXPECT("# coding: foo\n", "ERR 1 encoding problem: foo @0,0-0,0");
    EXPECT_STR("# coding: foo\n", "ERR 1 unknown encoding: foo @0,-1-0,0");
    EXPECT("\xef\xbb\xbf# coding: latin-1\n", "ERR 1 encoding problem: iso-8859-1 with BOM @0,0-0,0");
    EXPECT_STR("# coding: cp1252\nx = '\x81'\n",
               "ERR 1 'charmap' codec can't decode byte 0x81 in position 22: character maps "
               "to <undefined> @0,-1-0,0");
    EXPECT("x = 1\n# \xff\n", "NAME@1,0-1,1 EQUAL@1,2-1,3 NUMBER@1,4-1,5 NEWLINE@1,5-1,5 "
                              "ERR 1 Non-UTF-8 code starting with '\\xff' in file t.py on line 2, "
                              "but no encoding declared; see https://peps.python.org/pep-0263/ "
                              "for details @0,0-0,0");
    const char nul[] = "x = 1\n\0\n";
    CHECK(!strcmp(render(nul, sizeof nul - 1, 0),
                  "NAME@1,0-1,1 EQUAL@1,2-1,3 NUMBER@1,4-1,5 NEWLINE@1,5-1,5 ERR 1 source code "
                  "cannot contain null bytes @2,0-2,0"), "%s", render(nul, sizeof nul - 1, 0));
    CHECK(!strcmp(render(nul, sizeof nul - 1, TOK_FLAG_STRING_INPUT),
                  "ERR 1 source code string cannot contain null bytes @0,0-0,0"), "NUL string");
}

/* Decoding cases where only part of the output matters. */
static void test_prefix_cases(void)
{
    const char *src = "# coding: koi8-r\nx = '\xc1'\n";
    const char *got = render(src, strlen(src), 0);
    CHECK(strstr(got, "STRING@2,4-2,8"), "%s", got);   /* U+0430: 2 bytes in UTF-8 */
}

static void test_type_comments(void)
{
    expect("x = 1  # type: int\n# type: ignore[a]\ny  # type: ignorex\n", TOK_FLAG_TYPE_COMMENTS,
           "NAME@1,0-1,1 EQUAL@1,2-1,3 NUMBER@1,4-1,5 TYPE_COMMENT@1,15-1,18 NEWLINE@1,18-1,18 "
           "TYPE_IGNORE@2,14-2,17 NAME@3,0-3,1 TYPE_COMMENT@3,11-3,18 NEWLINE@3,18-3,18 "
           "ENDMARKER@3,-1-3,-1", __LINE__);
    EXPECT("x = 1  # type: int\n",
           "NAME@1,0-1,1 EQUAL@1,2-1,3 NUMBER@1,4-1,5 NEWLINE@1,7-1,18 ENDMARKER@1,-1-1,-1");
}

static void test_fragment(void)
{
    diag err;
    diag_init(&err);
    tokenizer *t = tok_new_fragment("(a + \nb)", 8, "t.py", 0, 5, 10, &err);
    char out[512];
    size_t n = 0;
    token tk;
    for (;;) {
        int type = tok_next(t, &tk);
        n += (size_t)snprintf(out + n, sizeof out - n, "%s@%d,%d-%d,%d ", token_names[type],
                              tk.lineno, tk.col_offset, tk.end_lineno, tk.end_col_offset);
        if (type == TOK_ENDMARKER || type == TOK_ERRORTOKEN)
            break;
    }
    CHECK(!strcmp(out, "LPAR@5,10-5,11 NAME@5,11-5,12 PLUS@5,13-5,14 NAME@6,0-6,1 "
                       "RPAR@6,1-6,2 NEWLINE@6,2-6,2 ENDMARKER@6,-1-6,-1 "), "fragment: %s", out);
    tok_free(t);
    diag_clear(&err);
}

static void test_big_inputs(void)
{
    /* 100,000 nested brackets and a 1 MB line end in clear errors, fast */
    size_t n = 100000;
    char *s = malloc(n + 1);
    memset(s, '[', n);
    CHECK(strstr(render(s, n, 0), "too many nested parentheses"), "nesting");
    free(s);
    n = 1 << 20;
    s = malloc(n + 8);
    memcpy(s, "x = \"", 5);
    memset(s + 5, 'a', n);
    CHECK(strstr(render(s, n + 5, 0), "unterminated string literal (detected at line 1) @1,5-1,5"),
          "long line");
    free(s);
}

int main(void)
{
    test_basic();
    test_strings_numbers();
    test_indentation();
    test_identifiers();
    test_decoding();
    test_prefix_cases();
    test_type_comments();
    test_fragment();
    test_big_inputs();
    if (failures)
        printf("test_tokenizer: %d failures\n", failures);
    else
        printf("test_tokenizer: ok\n");
    return failures != 0;
}
