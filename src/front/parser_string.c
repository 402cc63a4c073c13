/* String literals: one or more adjacent STRING tokens become one Constant
 * (str or bytes) or, when any part is an f-string, one JoinedStr whose values
 * are Constant and FormattedValue nodes. This reproduces CPython 3.11's
 * Parser/string_parser.c behaviour (not 3.12's): the tokenizer hands over a
 * whole f-string as a single token, and this file splits it into literal
 * text and replacement fields; each field's expression is parsed by a
 * sub-parser over the text "(" expr ")" whose token positions are mapped back
 * to the file. Escape decoding follows the unicode-escape and bytes-escape
 * codecs, including the odd positions their error messages report (in str
 * literals they count each non-ASCII character as 10, because CPython first
 * rewrites it as \UXXXXXXXX). Positions of the nodes made here are 3.11's:
 * every Constant, FormattedValue and the JoinedStr span the whole
 * concatenation, except a format spec's JoinedStr (and the literal text at
 * its end), which span only the token the spec is in. Invalid escapes such
 * as "\d" are a DeprecationWarning in 3.11; no warning is issued here. */
#include "parser_internal.h"
#include "../unicode/unicode.h"
#include "../util/strbuf.h"
#include <stdlib.h>
#include <string.h>

#define FSTRING_MAX_NESTING 200   /* CPython's MAXLEVEL for brackets in a field */

/* -- Prefix and quotes ---------------------------------------------------- */

typedef struct str_parts {
    bool bytes, raw, fmode;
    const char *body;     /* the text between the quotes */
    size_t len;
} str_parts;

/* Splits a STRING token into prefix flags and body. The tokenizer only
 * produces well-formed tokens, so this cannot fail. */
static void split_string(token *t, str_parts *sp)
{
    const char *s = t->start, *end = t->start + t->len;
    memset(sp, 0, sizeof *sp);
    for (; s < end && *s != '\'' && *s != '"'; s++) {
        switch (*s) {
        case 'b': case 'B': sp->bytes = true; break;
        case 'r': case 'R': sp->raw = true; break;
        case 'f': case 'F': sp->fmode = true; break;
        default: break;   /* u, U */
        }
    }
    size_t n = (size_t)(end - s);
    size_t q = (n >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    sp->body = s + q;
    sp->len = n >= 2 * q ? n - 2 * q : 0;
}

/* -- UTF-8 checking -------------------------------------------------------- */

/* When the source comes as a string (ast.parse, compile), CPython's
 * tokenizer lets invalid UTF-8 through inside string literals, and the
 * utf-8 codec rejects it when the literal is decoded. This finds the first
 * bad sequence in s[0..n) the way that codec does: returns its reason and
 * sets [*start, *end), or returns NULL when s is valid. */
static const char *utf8_problem(const unsigned char *s, size_t n, size_t *start, size_t *end)
{
#define CONT(c) (((c) & 0xC0) == 0x80)
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t left = n - i;
        *start = i;
        if (c < 0x80) {
            i++;
            continue;
        }
        int need = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (!need) {
            *end = i + 1;
            return "invalid start byte";
        }
        /* the second byte's range depends on the first (no overlongs,
         * no surrogates, nothing above U+10FFFF) */
        unsigned lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
        else if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
        for (int k = 1; k < need; k++) {
            if ((size_t)k >= left) {
                *end = n;
                return "unexpected end of data";
            }
            unsigned char d = s[i + (size_t)k];
            if (!CONT(d) || (k == 1 && (d < lo || d > hi))) {
                *end = i + (size_t)k;
                return "invalid continuation byte";
            }
        }
        i += (size_t)need;
    }
    return NULL;
#undef CONT
}

/* Raises CPython's error for invalid UTF-8 in s[0..n) (positions counted
 * from s); returns -1 then, else 0. */
static int check_utf8(parser *p, const char *s, size_t n)
{
    size_t a, b;
    const char *why = utf8_problem((const unsigned char *)s, n, &a, &b);
    if (!why)
        return 0;
    if (b - a == 1)
        p_raise_here(p, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                     (unsigned char)s[a], a, why);
    else
        p_raise_here(p, "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                     a, b - 1, why);
    return -1;
}

/* A string's text taken as it is (raw, or no backslash in it). */
static int copy_str(parser *p, const char *s, size_t len, strbuf *out)
{
    if (check_utf8(p, s, len) < 0)
        return -1;
    sb_append(out, s, len);
    return 0;
}

/* -- Escape decoding ------------------------------------------------------- */

/* CPython decodes str escapes after rewriting the literal: each non-ASCII
 * character becomes "\UXXXXXXXX" (10 bytes) and a backslash that precedes a
 * non-ASCII character or ends the text becomes "\u005c" (a literal
 * backslash, 6 bytes). Error positions count in that rewritten text. */
static void *unicode_error(parser *p, int start, int end, const char *why)
{
    return p_raise_here(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                        "position %d-%d: %s", start, end - 1, why);
}

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static void put_cp(strbuf *out, uint32_t cp)
{
    char buf[4];
    sb_append(out, buf, (size_t)utf8_encode(cp, buf));
}

/* The escape that starts at s[*i] (just after the backslash and the escape
 * letter c, *tp being the rewritten position after them); start_tp is the
 * backslash's rewritten position. Returns 0, or -1 with the error raised. */
static int decode_hex_escape(parser *p, const char *s, size_t len, size_t *i, int *tp,
                             int start_tp, char c, strbuf *out)
{
    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    const char *why = c == 'x' ? "truncated \\xXX escape"
                    : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
    uint32_t cp = 0;
    for (; count; count--) {
        int d = *i < len ? hex_value((unsigned char)s[*i]) : -1;
        if (d < 0) {
            unicode_error(p, start_tp, *tp, why);
            return -1;
        }
        cp = (cp << 4) | (uint32_t)d;
        (*i)++;
        (*tp)++;
    }
    if (cp > 0x10FFFF) {
        unicode_error(p, start_tp, *tp, "illegal Unicode character");
        return -1;
    }
    put_cp(out, cp);
    return 0;
}

/* \N{name}, positioned as decode_hex_escape. */
static int decode_name_escape(parser *p, const char *s, size_t len, size_t *i, int *tp,
                              int start_tp, strbuf *out)
{
    const char *malformed = "malformed \\N character escape";
    if (*i >= len || s[*i] != '{') {
        unicode_error(p, start_tp, *tp, malformed);
        return -1;
    }
    (*i)++;
    (*tp)++;
    size_t name = *i;
    bool ascii = true;
    while (*i < len && s[*i] != '}') {
        if ((unsigned char)s[*i] >= 0x80) {
            uint32_t cp;
            int n = utf8_decode(s + *i, len - *i, &cp);
            *i += n > 0 ? (size_t)n : 1;
            *tp += 10;
            ascii = false;
        } else {
            (*i)++;
            (*tp)++;
        }
    }
    if (*i >= len || *i == name) {
        unicode_error(p, start_tp, *tp, malformed);
        return -1;
    }
    size_t namelen = *i - name;
    (*i)++;
    (*tp)++;
    uint32_t cp;
    if (!ascii || !uni_lookup_name(s + name, namelen, &cp)) {
        unicode_error(p, start_tp, *tp, "unknown Unicode character name");
        return -1;
    }
    put_cp(out, cp);
    return 0;
}

/* Appends the str value of s[0..len) (a literal's body, or a literal part of
 * an f-string) to out, decoding escapes. Returns 0, or -1 with the error
 * raised. */
static int decode_str(parser *p, const char *s, size_t len, strbuf *out)
{
    size_t i = 0;
    int tp = 0;   /* position in CPython's rewritten text */
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c != '\\') {
            if (c < 0x80) {
                sb_putc(out, (char)c);
                i++;
                tp++;
            } else {
                /* CPython decodes each run of non-ASCII bytes on its own,
                 * so a UTF-8 error counts positions from the run's start */
                size_t run = i;
                while (run < len && ((unsigned char)s[run] & 0x80))
                    run++;
                if (check_utf8(p, s + i, run - i) < 0)
                    return -1;
                sb_append(out, s + i, run - i);
                tp += 10 * (int)utf8_count(s + i, run - i);
                i = run;
            }
            continue;
        }
        if (i + 1 >= len || (unsigned char)s[i + 1] >= 0x80) {
            sb_putc(out, '\\');
            i++;
            tp += 6;
            continue;
        }
        int start_tp = tp;
        char e = s[i + 1];
        i += 2;
        tp += 2;
        switch (e) {
        case '\n': break;
        case '\\': sb_putc(out, '\\'); break;
        case '\'': sb_putc(out, '\''); break;
        case '"': sb_putc(out, '"'); break;
        case 'a': sb_putc(out, '\a'); break;
        case 'b': sb_putc(out, '\b'); break;
        case 'f': sb_putc(out, '\f'); break;
        case 'n': sb_putc(out, '\n'); break;
        case 'r': sb_putc(out, '\r'); break;
        case 't': sb_putc(out, '\t'); break;
        case 'v': sb_putc(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            /* up to three digits; values above 0o377 are kept (a warning in 3.11) */
            uint32_t cp = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++, i++, tp++)
                cp = cp * 8 + (uint32_t)(s[i] - '0');
            put_cp(out, cp);
            break;
        }
        case 'x': case 'u': case 'U':
            if (decode_hex_escape(p, s, len, &i, &tp, start_tp, e, out) < 0)
                return -1;
            break;
        case 'N':
            if (decode_name_escape(p, s, len, &i, &tp, start_tp, out) < 0)
                return -1;
            break;
        default:
            /* an invalid escape keeps its backslash */
            sb_putc(out, '\\');
            sb_putc(out, e);
            break;
        }
    }
    return 0;
}

/* Appends the bytes value of s[0..len) to out (bytes escapes: no \u, \U, \N;
 * octal values wrap to a byte). Returns 0, or -1 with the error raised. */
static int decode_bytes(parser *p, const char *s, size_t len, strbuf *out)
{
    size_t i = 0;
    while (i < len) {
        char c = s[i];
        if (c != '\\') {
            sb_putc(out, c);
            i++;
            continue;
        }
        size_t bs = i;
        if (i + 1 >= len) {
            p_raise_here(p, "(value error) Trailing \\ in string");
            return -1;
        }
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': sb_putc(out, '\\'); break;
        case '\'': sb_putc(out, '\''); break;
        case '"': sb_putc(out, '"'); break;
        case 'a': sb_putc(out, '\a'); break;
        case 'b': sb_putc(out, '\b'); break;
        case 'f': sb_putc(out, '\f'); break;
        case 'n': sb_putc(out, '\n'); break;
        case 'r': sb_putc(out, '\r'); break;
        case 't': sb_putc(out, '\t'); break;
        case 'v': sb_putc(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++, i++)
                v = v * 8 + (unsigned)(s[i] - '0');
            sb_putc(out, (char)(v & 0xFF));
            break;
        }
        case 'x': {
            int d1 = i < len ? hex_value((unsigned char)s[i]) : -1;
            int d2 = i + 1 < len ? hex_value((unsigned char)s[i + 1]) : -1;
            if (d1 < 0 || d2 < 0) {
                p_raise_here(p, "(value error) invalid \\x escape at position %zu", bs);
                return -1;
            }
            sb_putc(out, (char)(d1 * 16 + d2));
            i += 2;
            break;
        }
        default:
            sb_putc(out, '\\');
            sb_putc(out, e);
            break;
        }
    }
    return 0;
}

/* -- Concatenation state --------------------------------------------------- */

/* CPython's FstringParser: the values built so far and the literal text not
 * yet turned into a Constant (empty pieces are dropped). */
typedef struct fstate {
    parser *p;
    token *first, *last;   /* the whole concatenation */
    ast_list values;
    strbuf text;
    bool fmode;            /* an f-string was seen: the result is a JoinedStr */
} fstate;

static void fs_init(fstate *fs, parser *p, token *first, token *last)
{
    fs->p = p;
    fs->first = first;
    fs->last = last;
    ast_list_init(&fs->values, p->arena);
    sb_init(&fs->text);
    fs->fmode = false;
}

/* A str Constant of the pending text spanning tokens a..b; its kind is 'u'
 * when a is spelt u"..." (lowercase only, as CPython checks). The text is
 * reset. */
static ast_node *take_text(fstate *fs, token *a, token *b)
{
    parser *p = fs->p;
    if (fs->text.failed)
        return p_no_memory(p);
    ast_constant v = { .kind = AST_CONST_STR };
    v.u.str.len = fs->text.len;
    v.u.str.s = arena_strndup(p->arena, fs->text.data ? fs->text.data : "", fs->text.len);
    fs->text.len = 0;
    if (!v.u.str.s)
        return p_no_memory(p);
    const char *kind = a->start[0] == 'u' ? "u" : NULL;
    ast_node *n = ast_Constant(p->arena, v, kind, a->lineno, a->col_offset, b->end_lineno,
                               b->end_col_offset);
    return n ? n : p_no_memory(p);
}

/* Turns pending text into a Constant value of the JoinedStr, if any. */
static int flush_text(fstate *fs, token *a, token *b)
{
    if (fs->text.len == 0)
        return 0;
    ast_node *c = take_text(fs, a, b);
    if (!c)
        return -1;
    if (ast_list_push(&fs->values, c) < 0) {
        p_no_memory(fs->p);
        return -1;
    }
    return 0;
}

/* The result: a Constant when no f-string was seen, else a JoinedStr over
 * the tokens a..b. */
static ast_node *fs_finish(fstate *fs, token *a, token *b)
{
    parser *p = fs->p;
    if (!fs->fmode)
        return take_text(fs, a, b);
    if (flush_text(fs, a, b) < 0)
        return NULL;
    ast_seq *seq = NULL;
    if (fs->values.len) {
        seq = ast_list_finish(&fs->values);
        if (!seq)
            return p_no_memory(p);
    }
    ast_node *n = ast_JoinedStr(p->arena, seq, a->lineno, a->col_offset, b->end_lineno,
                                b->end_col_offset);
    return n ? n : p_no_memory(p);
}

/* -- f-strings ------------------------------------------------------------- */

static int fs_concat(fstate *fs, token *t, const char **str, const char *end, bool raw, int depth);

/* Literal text from *str up to an expression's '{' (or, in a format spec, the
 * closing '}'), decoded and appended to the pending text. Returns -1 on
 * error, 0 at a '{', a '}' or the end, 1 after a doubled brace (the caller
 * comes back for more). */
static int find_literal(fstate *fs, const char **str, const char *end, bool raw, int depth)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* skip "\N{NAME}" so its brace does not start a field */
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                }
                continue;
            }
            /* "\{" is an invalid escape, and its '{' still opens a field */
        }
        if (ch == '{' || ch == '}') {
            /* Doubled braces only count at the top level, or f'{0:{3}}'
             * would end in "}}". */
            if (depth == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    p_raise_here(fs->p, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (raw)
        return copy_str(fs->p, start, (size_t)(s - start), &fs->text) < 0 ? -1 : result;
    return decode_str(fs->p, start, (size_t)(s - start), &fs->text) < 0 ? -1 : result;
}

/* Where the field's text must start for the sub-parser: CPython maps the
 * '(' it puts in front of the expression onto the '{'. Its column counts
 * from the token's start when the '{' is on the token's first line, else
 * from the start of the '{''s line; it is 0 on a later line when the field
 * opens with a line break (a '{' followed only by blanks and a newline). */
static void field_origin(token *t, const char *brace, int *lineno, int *col)
{
    const char *s;
    int lines = 0;
    for (s = t->start; s < brace; s++)
        if (*s == '\n')
            lines++;
    bool newline_after = true;
    for (s = brace + 1; *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after = false;
            break;
        }
    }
    int cols = 0;
    if (!newline_after) {
        for (s = brace; s > t->start && *s != '\n'; s--) {
        }
        cols = (int)(brace - s) - (*s == '\n');
    }
    *lineno = t->lineno + lines;
    *col = lines ? cols : t->col_offset + cols;
}

/* Parses the expression text [start, end) of the field opened at start[-1]. */
static ast_node *compile_field(fstate *fs, token *t, const char *start, const char *end)
{
    const char *s;
    for (s = start; s < end; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\f')
            break;
    if (s == end && (*end == '!' || *end == ':' || *end == '='))
        return p_raise_here(fs->p, "f-string: expression required before '%c'", *end);
    if (s == end)
        return p_raise_here(fs->p, "f-string: empty expression not allowed");
    int lineno, col;
    field_origin(t, start - 1, &lineno, &col);
    return p_parse_fstring_expr(fs->p, start, (size_t)(end - start), lineno, col);
}

/* Scans a field's expression from *str (just after the '{') to the '!', ':',
 * '=' or '}' that ends it, as CPython's fstring_find_expr does: strings
 * inside are skipped, brackets must match, and neither a backslash nor '#'
 * may appear. Returns 0 with *str at the end, or -1. */
static int scan_field_expr(fstate *fs, const char **str, const char *end)
{
    parser *p = fs->p;
    char quote = 0;
    int string_type = 0;
    int nested = 0;
    char stack[FSTRING_MAX_NESTING];
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            return p_raise_here(p, "f-string expression part cannot include a backslash"), -1;
        if (quote) {
            if (ch != quote)
                continue;
            if (string_type == 3) {
                if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                    *str += 2;
                    quote = 0;
                    string_type = 0;
                }
                continue;
            }
            quote = 0;
            string_type = 0;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested >= FSTRING_MAX_NESTING)
                return p_raise_here(p, "f-string: too many nested parenthesis"), -1;
            stack[nested++] = ch;
        } else if (ch == '#') {
            return p_raise_here(p, "f-string expression part cannot include '#'"), -1;
        } else if (nested == 0 && ch && strchr("!:}=<>", ch)) {
            /* "!=", "==", "<=", ">=" and a lone '<' or '>' do not end it */
            if (*str + 1 < end && (*str)[1] == '=' && ch != ':' && ch != '}') {
                (*str)++;
                continue;
            }
            if (ch == '<' || ch == '>')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested)
                return p_raise_here(p, "f-string: unmatched '%c'", ch), -1;
            char open = stack[--nested];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}')))
                return p_raise_here(p, "f-string: closing parenthesis '%c' does not match "
                                    "opening parenthesis '%c'", ch, open), -1;
        }
    }
    if (quote)
        return p_raise_here(p, "f-string: unterminated string"), -1;
    if (nested)
        return p_raise_here(p, "f-string: unmatched '%c'", stack[nested - 1]), -1;
    if (*str >= end)
        return p_raise_here(p, "f-string: expecting '}'"), -1;
    return 0;
}

/* A format spec: the text after ':' up to the field's '}', itself an
 * f-string (one level deeper). 3.11 gives its JoinedStr the position of the
 * token it is in. */
static ast_node *parse_format_spec(fstate *outer, token *t, const char **str, const char *end,
                                   bool raw, int depth)
{
    fstate fs;
    fs_init(&fs, outer->p, outer->first, outer->last);
    fs.fmode = true;
    ast_node *n = NULL;
    if (fs_concat(&fs, t, str, end, raw, depth) == 0)
        n = fs_finish(&fs, t, t);
    sb_free(&fs.text);
    return n;
}

/* A replacement field at *str (on its '{'): appends the "expr=" text of a
 * self-documenting field to the pending text and returns the FormattedValue,
 * or NULL with the error raised. */
static ast_node *parse_field(fstate *fs, token *t, const char **str, const char *end, bool raw,
                             int depth)
{
    parser *p = fs->p;
    if (depth >= 2)
        return p_raise_here(p, "f-string: expressions nested too deeply");
    (*str)++;
    const char *expr_start = *str;
    if (scan_field_expr(fs, str, end) < 0)
        return NULL;
    /* errors in the expression come before those in conversion and spec */
    ast_node *value = compile_field(fs, t, expr_start, *str);
    if (!value)
        return NULL;
    bool debug = false;
    if (**str == '=') {
        (*str)++;
        while (*str < end && strchr(" \t\n\r\v\f", **str) && **str)
            (*str)++;
        if (*str >= end)
            return p_raise_here(p, "f-string: expecting '}'");
        sb_append(&fs->text, expr_start, (size_t)(*str - expr_start));
        debug = true;
    }
    int conversion = -1;
    if (**str == '!') {
        (*str)++;
        if (*str >= end)
            return p_raise_here(p, "f-string: expecting '}'");
        conversion = (unsigned char)**str;
        (*str)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return p_raise_here(p, "f-string: invalid conversion character: "
                                "expected 's', 'r', or 'a'");
    }
    ast_node *spec = NULL;
    if (*str < end && **str == ':') {
        (*str)++;
        if (*str >= end)
            return p_raise_here(p, "f-string: expecting '}'");
        spec = parse_format_spec(fs, t, str, end, raw, depth + 1);
        if (!spec)
            return NULL;
    }
    if (*str >= end || **str != '}')
        return p_raise_here(p, "f-string: expecting '}'");
    (*str)++;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    ast_node *n = ast_FormattedValue(p->arena, value, conversion, spec, fs->first->lineno,
                                     fs->first->col_offset, fs->last->end_lineno,
                                     fs->last->end_col_offset);
    return n ? n : p_no_memory(p);
}

/* Adds the f-string text [*str, end) of token t to fs: literal text and
 * fields. At depth 0 it runs to the end; in a format spec (depth > 0) it
 * stops at the closing '}'. Returns 0 or -1. */
static int fs_concat(fstate *fs, token *t, const char **str, const char *end, bool raw, int depth)
{
    parser *p = fs->p;
    fs->fmode = true;
    for (;;) {
        int r = find_literal(fs, str, end, raw, depth);
        if (r < 0)
            return -1;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        /* a field: the text before it (with a debug field's "expr=")
         * becomes a Constant */
        ast_node *field = parse_field(fs, t, str, end, raw, depth);
        if (!field)
            return -1;
        if (flush_text(fs, fs->first, fs->last) < 0)
            return -1;
        if (ast_list_push(&fs->values, field) < 0) {
            p_no_memory(p);
            return -1;
        }
    }
    if (depth == 0 && *str < end - 1)
        return p_raise_here(p, "f-string: unexpected end of string"), -1;
    if (depth != 0 && (*str >= end || **str != '}'))
        return p_raise_here(p, "f-string: expecting '}'"), -1;
    return 0;
}

/* -- Entry points ---------------------------------------------------------- */

/* Decodes a plain (not f-) STRING token: bytes into *bytes_out, str into
 * the pending text. */
static int add_plain(fstate *fs, token *t, const str_parts *sp, strbuf *bytes_out)
{
    parser *p = fs->p;
    if (sp->bytes) {
        for (size_t i = 0; i < sp->len; i++) {
            if ((unsigned char)sp->body[i] >= 0x80) {
                p_raise_token(p, t, "bytes can only contain ASCII literal characters");
                return -1;
            }
        }
        if (sp->raw) {
            sb_append(bytes_out, sp->body, sp->len);
            return 0;
        }
        return decode_bytes(p, sp->body, sp->len, bytes_out);
    }
    /* CPython skips escape decoding when there is no backslash */
    if (sp->raw || !memchr(sp->body, '\\', sp->len))
        return copy_str(p, sp->body, sp->len, &fs->text);
    return decode_str(p, sp->body, sp->len, &fs->text);
}

static ast_node *bytes_constant(parser *p, strbuf *b, token *first, token *last)
{
    if (b->failed)
        return p_no_memory(p);
    ast_constant v = { .kind = AST_CONST_BYTES };
    v.u.str.len = b->len;
    v.u.str.s = arena_strndup(p->arena, b->data ? b->data : "", b->len);
    if (!v.u.str.s)
        return p_no_memory(p);
    ast_node *n = ast_Constant(p->arena, v, NULL, first->lineno, first->col_offset,
                               last->end_lineno, last->end_col_offset);
    return n ? n : p_no_memory(p);
}

ast_node *parse_strings(parser *p)
{
    if (!p_at(p, TOK_STRING))
        return NULL;
    int start = p_mark(p);
    while (p_at(p, TOK_STRING))
        p_next(p);
    if (p_error(p))
        return NULL;
    int n = p_mark(p) - start;
    token *first = p->tokens[start], *last = p->tokens[start + n - 1];

    fstate fs;
    fs_init(&fs, p, first, last);
    strbuf bytes;
    sb_init(&bytes);
    bool bytesmode = false;
    ast_node *res = NULL;
    int i;
    for (i = 0; i < n; i++) {
        token *t = p->tokens[start + i];
        str_parts sp;
        split_string(t, &sp);
        /* CPython decodes a plain literal, then checks the mix, then
         * parses an f-string */
        if (!sp.fmode && add_plain(&fs, t, &sp, &bytes) < 0)
            break;
        if (i != 0 && bytesmode != sp.bytes) {
            p_raise_here(p, "cannot mix bytes and nonbytes literals");
            break;
        }
        bytesmode = sp.bytes;
        const char *s = sp.body;
        if (sp.fmode && fs_concat(&fs, t, &s, sp.body + sp.len, sp.raw, 0) < 0)
            break;
    }
    if (i == n)
        res = bytesmode ? bytes_constant(p, &bytes, first, last) : fs_finish(&fs, first, last);
    sb_free(&bytes);
    sb_free(&fs.text);
    return res;
}

ast_node *p_parse_fstring_expr(parser *p, const char *text, size_t len, int lineno, int col)
{
    /* "(" text ")": the parentheses let the expression start with blanks or
     * a line break; the '(' stands where the '{' is. */
    char *buf = malloc(len + 3);
    if (!buf)
        return p_no_memory(p);
    buf[0] = '(';
    memcpy(buf + 1, text, len);
    buf[len + 1] = ')';
    buf[len + 2] = '\0';
    tokenizer *t = tok_new_fragment(buf, len + 2, p->filename, TOK_FLAG_UTF8, lineno, col, p->err);
    free(buf);
    if (!t)
        return p_error(p) ? NULL : p_no_memory(p);
    parser sub;
    p_init_sub(&sub, p, t);
    sub.starting_col_offset = col;   /* its errors count columns from the '(' */
    ast_node *e = p_parse(&sub);
    if (!e && !p_error(p))
        p_raise_here(p, "f-string: invalid syntax");
    p_fini_sub(&sub);
    tok_free(t);
    return e;
}
