/* The tokenizer: turns the decoded source (tok_decode.c) into tokens for the
 * parser, following CPython 3.11's C tokenizer rule for rule, because its
 * quirks are visible: token positions end up in the AST, and its errors,
 * with their exact messages and columns, are what `python3.11 file.py`
 * prints.
 *
 * How it reads. The text is one buffer of '\n'-terminated lines. The scanner
 * keeps `cur` (next byte) and the current line [line_start, line_end);
 * nextc() returns the next byte of the line and only calls underflow() to
 * step onto the next line, which is where line numbers advance and where
 * errors that CPython finds while reading a line (NUL bytes, undecodable
 * bytes) are raised. scan() is CPython's tok_get: indentation at the start
 * of a line (INDENT/DEDENT, tab consistency), then one token. Column rules
 * are CPython's: 0-based byte offsets from the start of the line; a string
 * starts on its first line; NEWLINE spans nothing (or the comment before
 * it); INDENT, DEDENT, ENDMARKER and error tokens have column -1.
 *
 * Errors come in CPython's two kinds (see tok_error_kind_t): errors the
 * tokenizer raises itself (message and caret computed here as CPython's
 * tokenizer computes them), and "done" codes (TabError, bad dedent, too deep,
 * backslash trouble, end of file) that CPython's parser turns into an
 * exception using its own position rules; both are written into the diag
 * with CPython's final field values. */
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tokenizer.h"
#include "tok_internal.h"
#include "../unicode/unicode.h"

const char *const token_names[TOK_COUNT] = {
#define TOKEN(name, text) #name,
#include "tokens.def"
#undef TOKEN
};
const char *const token_texts[TOK_COUNT] = {
#define TOKEN(name, text) text,
#include "tokens.def"
#undef TOKEN
};

#define TABSIZE 8        /* tabs advance to the next multiple of 8 ... */
#define ALTTABSIZE 1     /* ... and, for the consistency check, of 1 */
#define MAXINDENT 100    /* CPython's limits */
#define MAXLEVEL 200
#define EOFC (-1)

/* Why the scanner stopped, as CPython's tok->done. */
enum { E_OK, E_EOF, E_ERROR };

struct tokenizer {
    diag *err;
    char *filename;
    int flags;
    bool file_mode;          /* `python3.11 file.py` rather than compile() */
    tok_source src;
    const char *text, *end;  /* the decoded source, end = text + len */

    /* Scanner position. */
    const char *cur;
    const char *line_start, *line_end;   /* current line, line_end after its '\n' */
    const char *tok_start;   /* CPython's tok->start: non-NULL while inside a token */
    const char *buf_start;   /* CPython's tok->buf (file mode keeps earlier lines in it) */
    int lineno;
    int first_lineno;        /* where the last STRING token began */
    const char *multi_line_start;
    int base_line;           /* line number of the first line (fragments start later) */
    int frag_col;            /* fragments: column of their first line in the file, else 0 */
    bool fragment;

    /* Indentation and brackets. */
    bool atbol;              /* at the beginning of a line */
    int indent, pendin;      /* indstack top; INDENTs (>0) or DEDENTs (<0) owed */
    int indstack[MAXINDENT], altindstack[MAXINDENT];
    int level;
    char parenstack[MAXLEVEL];
    int parenlineno[MAXLEVEL], parencol[MAXLEVEL];

    int done;                /* E_* */
    int err_kind;            /* tok_error_kind_t of the error, once there is one */

    tok_warning_fn warn;
    void *warn_ctx;

    /* Offsets of line starts, for tok_line: lines[i] is line base_line + i. */
    size_t *lines;
    int nlines, lines_cap;
};

/* -- Character classes ----------------------------------------------------- */

enum { C_ID = 1, C_DIGIT = 2, C_HEX = 4 };

/* Identifier characters for the first pass: ASCII letters, digits, '_' and
 * every byte of a non-ASCII character (validated afterwards). */
static const unsigned char ctab[256] = {
    ['0' ... '9'] = C_ID | C_DIGIT | C_HEX,
    ['a' ... 'f'] = C_ID | C_HEX, ['g' ... 'z'] = C_ID,
    ['A' ... 'F'] = C_ID | C_HEX, ['G' ... 'Z'] = C_ID,
    ['_'] = C_ID,
    [0x80 ... 0xFF] = C_ID,
};

static inline bool is_id_start(int c) { return c >= 0 && (ctab[c] & C_ID) && !(ctab[c] & C_DIGIT); }
static inline bool is_id_char(int c) { return c >= 0 && (ctab[c] & C_ID); }
static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool is_xdigit(int c) { return c >= 0 && (ctab[c] & C_HEX); }

/* -- Errors ---------------------------------------------------------------- */

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static void no_memory(tokenizer *t)
{
    diag_no_memory(t->err);
    t->done = E_ERROR;
    t->err_kind = TOKERR_RAISED;
}

/* Sets the diag; takes msg and text. */
static void put_error(tokenizer *t, int type, char *text, int lineno, int offset, int end_lineno,
                      int end_offset, char *msg)
{
    if (!msg) {
        free(text);
        no_memory(t);
        return;
    }
    diag_raise_raw(t->err, type, text, lineno, offset, end_lineno, end_offset, msg);
    free(msg);
    free(text);
}

/* An error CPython's tokenizer raises itself (its _syntaxerror_range): on
 * the current line, the caret at `cur` counted in characters unless byte
 * columns are given, the text being the line without its newline. */
static int raise_range(tokenizer *t, int col, int end_col, const char *fmt, va_list ap)
{
    char *msg = vformat(fmt, ap);
    if (col < 0)
        col = (int)tok_utf8_count(t->line_start, (size_t)(t->cur - t->line_start));
    if (end_col < 0)
        end_col = col;
    const char *nl = memchr(t->line_start, '\n', (size_t)(t->end - t->line_start));
    size_t len = nl ? (size_t)(nl - t->line_start) : (size_t)(t->end - t->line_start);
    char *text = tok_utf8_replace(t->line_start, len);
    if (!text) {
        free(msg);
        no_memory(t);
        return TOK_ERRORTOKEN;
    }
    put_error(t, DIAG_SYNTAX_ERROR, text, t->lineno, col, t->lineno, end_col, msg);
    t->done = E_ERROR;
    t->err_kind = TOKERR_RAISED;
    return TOK_ERRORTOKEN;
}

static int syntax_error(tokenizer *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int syntax_error(tokenizer *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = raise_range(t, -1, -1, fmt, ap);
    va_end(ap);
    return r;
}

static int syntax_error_range(tokenizer *t, int col, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int syntax_error_range(tokenizer *t, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = raise_range(t, col, end_col, fmt, ap);
    va_end(ap);
    return r;
}

/* CPython's _PyPegen_byte_offset_to_character_offset: a 1-based byte offset
 * into text as characters, clamped to just past its end (where CPython
 * counts the terminating NUL as one more character). */
static int char_offset(const char *text, int col)
{
    size_t len = strlen(text);
    if (col <= 0)
        return col;
    if ((size_t)col > len + 1)
        col = (int)len + 1;
    if ((size_t)col > len)
        return (int)tok_utf8_count(text, len) + 1;
    return (int)tok_utf8_count(text, (size_t)col);
}

/* An error raised the way CPython's parser raises it (for the tokenizer's
 * "done" codes): 1-based offsets given in bytes, converted to characters
 * only when an encoding was declared, the text taken from the file. */
static void parser_error(tokenizer *t, int type, int kind, int lineno, int offset, int end_offset,
                         const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static void parser_error(tokenizer *t, int type, int kind, int lineno, int offset, int end_offset,
                         const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = vformat(fmt, ap);
    va_end(ap);
    char *text = tok_error_line(t, lineno);
    if (text && t->src.encoding) {
        offset = char_offset(text, offset);
        if (end_offset > 0)
            end_offset = char_offset(text, end_offset);
    }
    put_error(t, type, text, lineno, offset, lineno, end_offset, msg);
    t->done = E_ERROR;
    if (t->err_kind != TOKERR_RAISED)   /* out of memory stays "raised" */
        t->err_kind = kind;
}

/* CPython's column for a token without one: see tok_cur_col. */
static int cur_col(const tokenizer *t)
{
    if (t->cur == t->buf_start)
        return 0;
    return (int)(t->cur - t->line_start);
}

/* The "done" codes. Each leaves `cur` where CPython leaves it. */
static int tab_error(tokenizer *t)
{
    t->cur = t->line_end;
    parser_error(t, DIAG_TAB_ERROR, TOKERR_DONE, t->lineno, 1, 0,
                 "inconsistent use of tabs and spaces in indentation");
    return TOK_ERRORTOKEN;
}

static int too_deep_error(tokenizer *t)
{
    t->cur = t->line_end;
    parser_error(t, DIAG_INDENTATION_ERROR, TOKERR_DONE, t->lineno, 1, 0,
                 "too many levels of indentation");
    return TOK_ERRORTOKEN;
}

static int dedent_error(tokenizer *t)
{
    t->cur = t->line_end;
    parser_error(t, DIAG_INDENTATION_ERROR, TOKERR_DONE, t->lineno, cur_col(t), -1,
                 "unindent does not match any outer indentation level");
    return TOK_ERRORTOKEN;
}

static void raise_unclosed(tokenizer *t, int kind)
{
    int i = t->level - 1;
    parser_error(t, DIAG_SYNTAX_ERROR, kind, t->parenlineno[i], t->parencol[i] + 1, 0,
                 "'%c' was never closed", t->parenstack[i]);
}

/* End of input where a statement or bracket is still open. */
static int eof_error(tokenizer *t)
{
    if (t->level > 0)
        raise_unclosed(t, TOKERR_EOF_IN_BRACKETS);
    else
        parser_error(t, DIAG_SYNTAX_ERROR, TOKERR_EOF, t->lineno, cur_col(t), -1,
                     "unexpected EOF while parsing");
    return TOK_ERRORTOKEN;
}

/* -- Reading --------------------------------------------------------------- */

static bool index_line(tokenizer *t, const char *start)
{
    if (t->nlines == t->lines_cap) {
        int cap = t->lines_cap ? t->lines_cap * 2 : 256;
        size_t *nl = realloc(t->lines, (size_t)cap * sizeof *nl);
        if (!nl)
            return false;
        t->lines = nl;
        t->lines_cap = cap;
    }
    t->lines[t->nlines++] = (size_t)(start - t->text);
    return true;
}

/* Raises the decoding error tok_decode.c found for this line. */
static void fire_source_error(tokenizer *t)
{
    tok_source *s = &t->src;
    char *msg = strdup(s->err_msg);
    char *text = s->err_text ? strdup(s->err_text) : NULL;
    if (s->err_text && !text) {
        free(msg);
        msg = NULL;
    }
    put_error(t, s->err_type, text, s->err_lineno, s->err_offset, s->err_end_lineno,
              s->err_end_offset, msg);
    s->has_err = 0;
    t->done = E_ERROR;
    t->err_kind = TOKERR_RAISED;
}

/* Steps onto the next line (CPython's underflow + line bookkeeping). */
static int underflow(tokenizer *t)
{
    if (t->done != E_OK)
        return EOFC;
    if (t->cur >= t->end) {
        t->done = E_EOF;
        /* CPython's file reader empties its buffer before each read made
         * outside a token, so `cur` is then at the buffer's start. */
        if (t->file_mode && !t->tok_start)
            t->buf_start = t->cur;
        return EOFC;
    }
    int next = t->lineno + 1;
    if (t->src.has_err && t->src.err_fire_line == next - t->base_line + 1) {
        fire_source_error(t);
        return EOFC;
    }
    /* CPython's buffer restarts with each line read outside a token; inside
     * one (a string, a backslash continuation) it keeps the earlier lines. */
    if (!t->tok_start)
        t->buf_start = t->cur;
    t->line_start = t->cur;
    const char *nl = memchr(t->cur, '\n', (size_t)(t->end - t->cur));
    t->line_end = nl ? nl + 1 : t->end;
    t->lineno = next;
    if (next - t->base_line >= t->nlines && !index_line(t, t->line_start)) {
        no_memory(t);
        return EOFC;
    }
    return (unsigned char)*t->cur++;
}

static inline int nextc(tokenizer *t)
{
    if (t->cur < t->line_end)
        return (unsigned char)*t->cur++;
    return underflow(t);
}

static inline void backup(tokenizer *t, int c)
{
    if (c != EOFC)
        t->cur--;
}

/* After a backslash: the next character must end the line, and another
 * line must follow. Returns that line's first character (unread), or -1. */
static int continuation_line(tokenizer *t)
{
    int c = nextc(t);
    if (c != '\n') {
        if (t->done == E_ERROR)
            return -1;
        /* CPython: column = cur - buf - 1, its buf possibly holding earlier
         * lines of the statement in file mode. */
        parser_error(t, DIAG_SYNTAX_ERROR, TOKERR_DONE, t->lineno,
                     (int)(t->cur - t->buf_start), 0,
                     "unexpected character after line continuation character");
        return -1;
    }
    c = nextc(t);
    if (c == EOFC) {
        if (t->done != E_ERROR) {
            t->cur = t->end;
            eof_error(t);
        }
        return -1;
    }
    backup(t, c);
    return c;
}

/* -- Identifiers and keywords ---------------------------------------------- */

/* Checks a non-ASCII identifier [tok_start, cur) as CPython does: it must
 * decode as UTF-8, start with XID_Start or '_' and go on with XID_Continue.
 * On failure raises and returns false. */
static bool verify_identifier(tokenizer *t)
{
    const unsigned char *s = (const unsigned char *)t->tok_start;
    const unsigned char *e = (const unsigned char *)t->cur;
    const unsigned char *p = s;
    /* The whole name is decoded first: a UnicodeDecodeError, which CPython's
     * parser reports as "(unicode error) ..." at the current position. */
    int oom;
    char *m = tok_utf8_error((const char *)s, (size_t)(e - s), 0, &oom);
    if (m || oom) {
        if (m)
            parser_error(t, DIAG_SYNTAX_ERROR, TOKERR_RAISED, t->lineno, cur_col(t), -1,
                         "(unicode error) %s", m);
        else
            no_memory(t);
        free(m);
        return false;
    }
    while (p < e) {
        uint32_t cp;
        int why;
        size_t k = tok_utf8_seq(p, (size_t)(e - p), &cp, &why);
        bool ok = p == s ? (cp == '_' || uni_is_xid_start(cp)) : uni_is_xid_continue(cp);
        if (!ok) {
            t->cur = (const char *)(p + k);   /* the caret goes on the bad character */
            if (uni_is_printable(cp)) {
                char buf[5] = {0};
                memcpy(buf, p, k);
                syntax_error(t, "invalid character '%s' (U+%04X)", buf, (unsigned)cp);
            } else {
                syntax_error(t, "invalid non-printable character U+%04X", (unsigned)cp);
            }
            return false;
        }
        p += k;
    }
    return true;
}

/* The hard keywords, by length. */
static int keyword(const char *s, int n)
{
#define KW(word, tok) if (!memcmp(s, word, sizeof(word) - 1)) return tok
    switch (n) {
    case 2:
        KW("if", TOK_KW_if); KW("in", TOK_KW_in); KW("is", TOK_KW_is);
        KW("or", TOK_KW_or); KW("as", TOK_KW_as);
        break;
    case 3:
        KW("def", TOK_KW_def); KW("for", TOK_KW_for); KW("not", TOK_KW_not);
        KW("and", TOK_KW_and); KW("try", TOK_KW_try); KW("del", TOK_KW_del);
        break;
    case 4:
        KW("None", TOK_KW_None); KW("True", TOK_KW_True); KW("else", TOK_KW_else);
        KW("elif", TOK_KW_elif); KW("from", TOK_KW_from); KW("pass", TOK_KW_pass);
        KW("with", TOK_KW_with);
        break;
    case 5:
        KW("False", TOK_KW_False); KW("class", TOK_KW_class); KW("while", TOK_KW_while);
        KW("yield", TOK_KW_yield); KW("break", TOK_KW_break); KW("raise", TOK_KW_raise);
        KW("async", TOK_KW_async); KW("await", TOK_KW_await);
        break;
    case 6:
        KW("return", TOK_KW_return); KW("import", TOK_KW_import); KW("lambda", TOK_KW_lambda);
        KW("except", TOK_KW_except); KW("global", TOK_KW_global); KW("assert", TOK_KW_assert);
        break;
    case 7:
        KW("finally", TOK_KW_finally);
        break;
    case 8:
        KW("continue", TOK_KW_continue); KW("nonlocal", TOK_KW_nonlocal);
        break;
    }
#undef KW
    return TOK_NAME;
}

/* -- Numbers --------------------------------------------------------------- */

/* Does `test` follow (and then no identifier character)? Reads nothing. */
static bool lookahead(tokenizer *t, const char *test)
{
    const char *s = test;
    for (;;) {
        int c = nextc(t);
        bool res = false;
        if (*s == 0) {
            res = !is_id_char(c);
        } else if (c == *s) {
            s++;
            continue;
        }
        backup(t, c);
        while (s != test) {
            --s;
            backup(t, *s);
        }
        return res;
    }
}

/* What may follow a number: not an identifier character, except the
 * keywords that can follow a number in valid code ("1if x else y"), which
 * CPython allows with a warning. */
static bool end_of_number(tokenizer *t, int c, const char *kind)
{
    bool r = false;
    if (c == 'a') {
        r = lookahead(t, "nd");
    } else if (c == 'e') {
        r = lookahead(t, "lse");
    } else if (c == 'f') {
        r = lookahead(t, "or");
    } else if (c == 'i') {
        int c2 = nextc(t);
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
        backup(t, c2);
    } else if (c == 'o') {
        r = lookahead(t, "r");
    } else if (c == 'n') {
        r = lookahead(t, "ot");
    }
    if (r) {
        if (t->warn) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            t->warn(t->warn_ctx, t->lineno, msg);
        }
        return true;
    }
    if (c >= 0 && c < 128 && is_id_char(c)) {
        backup(t, c);
        syntax_error(t, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Digits and single underscores between digits; returns the character
 * after them, or 0 after raising. */
static int decimal_tail(tokenizer *t)
{
    int c;
    for (;;) {
        do
            c = nextc(t);
        while (is_digit(c));
        if (c != '_')
            break;
        c = nextc(t);
        if (!is_digit(c)) {
            backup(t, c);
            syntax_error(t, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* 0x / 0o / 0b literals, after the prefix letter. */
static int radix_number(tokenizer *t, int radix)
{
    int c = nextc(t);
    if (radix == 16) {
        do {
            if (c == '_')
                c = nextc(t);
            if (!is_xdigit(c)) {
                backup(t, c);
                return syntax_error(t, "invalid hexadecimal literal");
            }
            do
                c = nextc(t);
            while (is_xdigit(c));
        } while (c == '_');
        return end_of_number(t, c, "hexadecimal") ? c : 0;
    }
    const char *name = radix == 8 ? "octal" : "binary";
    int top = radix == 8 ? '8' : '2';
    do {
        if (c == '_')
            c = nextc(t);
        if (c < '0' || c >= top) {
            if (is_digit(c))
                return syntax_error(t, "invalid digit '%c' in %s literal", c, name), 0;
            backup(t, c);
            return syntax_error(t, "invalid %s literal", name), 0;
        }
        do
            c = nextc(t);
        while (c >= '0' && c < top);
    } while (c == '_');
    if (is_digit(c))
        return syntax_error(t, "invalid digit '%c' in %s literal", c, name), 0;
    return end_of_number(t, c, name) ? c : 0;
}

/* A number starting with c (a digit, or '.' followed by a digit when
 * `fraction` is set, c then being that digit). Returns NUMBER or
 * ERRORTOKEN; the token is [tok_start, cur). */
static int number(tokenizer *t, int c, bool fraction)
{
    int e;
    if (fraction)
        goto fraction;
    if (c == '0') {
        c = nextc(t);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int radix = (c | 0x20) == 'x' ? 16 : (c | 0x20) == 'o' ? 8 : 2;
            c = radix_number(t, radix);
            if (t->done == E_ERROR)
                return TOK_ERRORTOKEN;
            backup(t, c);
            return TOK_NUMBER;
        }
        /* "0", "00", "0_0", or a float/imaginary starting with zeros;
         * other leading zeros are an error. */
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = nextc(t);
                if (!is_digit(c)) {
                    backup(t, c);
                    return syntax_error(t, "invalid decimal literal");
                }
            }
            if (c != '0')
                break;
            c = nextc(t);
        }
        const char *zeros_end = t->cur;
        if (is_digit(c)) {
            nonzero = true;
            c = decimal_tail(t);
            if (c == 0)
                return TOK_ERRORTOKEN;
        }
        if (c == '.') {
            c = nextc(t);
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            backup(t, c);
            /* CPython passes these byte columns straight through. */
            return syntax_error_range(
                t, (int)(t->tok_start + 1 - t->line_start), (int)(zeros_end - t->line_start),
                "leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers");
        }
        if (!end_of_number(t, c, "decimal"))
            return TOK_ERRORTOKEN;
        backup(t, c);
        return TOK_NUMBER;
    }
    c = decimal_tail(t);
    if (c == 0)
        return TOK_ERRORTOKEN;
    if (c == '.') {
        c = nextc(t);
    fraction:
        if (is_digit(c)) {
            c = decimal_tail(t);
            if (c == 0)
                return TOK_ERRORTOKEN;
        }
    }
    if (c == 'e' || c == 'E') {
    exponent:
        e = c;
        c = nextc(t);
        if (c == '+' || c == '-') {
            c = nextc(t);
            if (!is_digit(c)) {
                backup(t, c);
                return syntax_error(t, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            /* "1e" is the number 1 followed by a name, if anything. */
            backup(t, c);
            if (!end_of_number(t, e, "decimal"))
                return TOK_ERRORTOKEN;
            backup(t, e);
            return TOK_NUMBER;
        }
        c = decimal_tail(t);
        if (c == 0)
            return TOK_ERRORTOKEN;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = nextc(t);
        if (!end_of_number(t, c, "imaginary"))
            return TOK_ERRORTOKEN;
    } else if (!end_of_number(t, c, "decimal")) {
        return TOK_ERRORTOKEN;
    }
    backup(t, c);
    return TOK_NUMBER;
}

/* -- Strings --------------------------------------------------------------- */

/* A string literal whose opening quote `quote` was just read (any prefix
 * is already part of the token). The whole literal, f-strings included, is
 * one token; escapes are left to the parser. */
static int string(tokenizer *t, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    t->first_lineno = t->lineno;
    t->multi_line_start = t->line_start;
    int c = nextc(t);
    if (c == quote) {
        c = nextc(t);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1;   /* the empty string */
    }
    if (c != quote)
        backup(t, c);
    while (end_quote_size != quote_size) {
        c = nextc(t);
        if (c == EOFC || (quote_size == 1 && c == '\n')) {
            if (t->done == E_ERROR)
                return TOK_ERRORTOKEN;
            /* The error points at the start of the literal. */
            int detected = t->lineno;
            t->cur = t->tok_start + 1;
            t->line_start = t->multi_line_start;
            t->lineno = t->first_lineno;
            if (quote_size == 3)
                return syntax_error(t, "unterminated triple-quoted string literal (detected at line %d)",
                                    detected);
            return syntax_error(t, "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                nextc(t);   /* the escaped character, even a newline */
            } else if (c != '\n') {
                /* Skip plain characters of this line quickly (the last line
                 * of 'eval'/'single' input ends at the NUL, not a '\n'). */
                const char *p = t->cur;
                while (*p != quote && *p != '\\' && *p != '\n' && p < t->end)
                    p++;
                t->cur = p;
            }
        }
    }
    return TOK_STRING;
}

/* -- Comments -------------------------------------------------------------- */

/* After a comment [tok_start, cur) with type comments on: is it "# type:
 * ..." (blanks allowed around "type:")? Then returns TYPE_COMMENT or
 * TYPE_IGNORE with the text in ps..pe; 0 otherwise. */
static int type_comment(tokenizer *t, bool blankline, const char **ps, const char **pe)
{
    const char *prefix = "# type: ";
    const char *p = t->tok_start;
    while (*prefix && p < t->cur) {
        if (*prefix == ' ') {
            while (*p == ' ' || *p == '\t')
                p++;
        } else if (*prefix == *p) {
            p++;
        } else {
            break;
        }
        prefix++;
    }
    if (*prefix)
        return 0;
    t->cur--;   /* leave the newline for later */
    const char *ignore_end = p + 6;
    /* "type: ignore" then the end, or anything ASCII and not alphanumeric */
    bool is_ignore = t->cur >= ignore_end && !memcmp(p, "ignore", 6)
                     && !(t->cur > ignore_end
                          && ((unsigned char)ignore_end[0] >= 128
                              || (is_id_char((unsigned char)ignore_end[0]) && ignore_end[0] != '_')));
    if (is_ignore) {
        *ps = ignore_end;
        *pe = t->cur;
        if (blankline) {   /* alone on its line: it takes the newline too */
            nextc(t);
            t->atbol = true;
        }
        return TOK_TYPE_IGNORE;
    }
    *ps = p;
    *pe = t->cur;
    return TOK_TYPE_COMMENT;
}

/* -- Operators ------------------------------------------------------------- */

/* Operators and brackets starting with c; [tok_start, cur) is the token. */
static int op(tokenizer *t, int c)
{
    int c2 = nextc(t);
    switch (c) {
    case '(': case '[': case '{':
        backup(t, c2);
        if (t->level >= MAXLEVEL)
            return syntax_error(t, "too many nested parentheses");
        t->parenstack[t->level] = (char)c;
        t->parenlineno[t->level] = t->lineno;
        t->parencol[t->level] = (int)(t->tok_start - t->line_start);
        t->level++;
        return c == '(' ? TOK_LPAR : c == '[' ? TOK_LSQB : TOK_LBRACE;
    case ')': case ']': case '}': {
        backup(t, c2);
        if (!t->level)
            return syntax_error(t, "unmatched '%c'", c);
        t->level--;
        int open = t->parenstack[t->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
            if (t->parenlineno[t->level] != t->lineno)
                return syntax_error(t, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                    c, open, t->parenlineno[t->level]);
            return syntax_error(t, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                                c, open);
        }
        return c == ')' ? TOK_RPAR : c == ']' ? TOK_RSQB : TOK_RBRACE;
    }
    case ':':
        if (c2 == '=') return TOK_COLONEQUAL;
        backup(t, c2);
        return TOK_COLON;
    case ',': backup(t, c2); return TOK_COMMA;
    case ';': backup(t, c2); return TOK_SEMI;
    case '~': backup(t, c2); return TOK_TILDE;
    case '+':
        if (c2 == '=') return TOK_PLUSEQUAL;
        backup(t, c2);
        return TOK_PLUS;
    case '-':
        if (c2 == '=') return TOK_MINEQUAL;
        if (c2 == '>') return TOK_RARROW;
        backup(t, c2);
        return TOK_MINUS;
    case '*':
        if (c2 == '=') return TOK_STAREQUAL;
        if (c2 == '*') {
            int c3 = nextc(t);
            if (c3 == '=') return TOK_DOUBLESTAREQUAL;
            backup(t, c3);
            return TOK_DOUBLESTAR;
        }
        backup(t, c2);
        return TOK_STAR;
    case '/':
        if (c2 == '=') return TOK_SLASHEQUAL;
        if (c2 == '/') {
            int c3 = nextc(t);
            if (c3 == '=') return TOK_DOUBLESLASHEQUAL;
            backup(t, c3);
            return TOK_DOUBLESLASH;
        }
        backup(t, c2);
        return TOK_SLASH;
    case '|':
        if (c2 == '=') return TOK_VBAREQUAL;
        backup(t, c2);
        return TOK_VBAR;
    case '&':
        if (c2 == '=') return TOK_AMPEREQUAL;
        backup(t, c2);
        return TOK_AMPER;
    case '^':
        if (c2 == '=') return TOK_CIRCUMFLEXEQUAL;
        backup(t, c2);
        return TOK_CIRCUMFLEX;
    case '%':
        if (c2 == '=') return TOK_PERCENTEQUAL;
        backup(t, c2);
        return TOK_PERCENT;
    case '@':
        if (c2 == '=') return TOK_ATEQUAL;
        backup(t, c2);
        return TOK_AT;
    case '=':
        if (c2 == '=') return TOK_EQEQUAL;
        backup(t, c2);
        return TOK_EQUAL;
    case '!':
        if (c2 == '=') return TOK_NOTEQUAL;
        backup(t, c2);
        return TOK_EXCLAMATION;
    case '<':
        if (c2 == '=') return TOK_LESSEQUAL;
        if (c2 == '>') return TOK_NOTEQUAL;   /* "<>": the parser rejects it */
        if (c2 == '<') {
            int c3 = nextc(t);
            if (c3 == '=') return TOK_LEFTSHIFTEQUAL;
            backup(t, c3);
            return TOK_LEFTSHIFT;
        }
        backup(t, c2);
        return TOK_LESS;
    case '>':
        if (c2 == '=') return TOK_GREATEREQUAL;
        if (c2 == '>') {
            int c3 = nextc(t);
            if (c3 == '=') return TOK_RIGHTSHIFTEQUAL;
            backup(t, c3);
            return TOK_RIGHTSHIFT;
        }
        backup(t, c2);
        return TOK_GREATER;
    }
    backup(t, c2);
    if (c < 0x20 || c == 0x7F)
        return syntax_error(t, "invalid non-printable character U+%04X", c);
    return TOK_OP;
}

/* -- The scanner ----------------------------------------------------------- */

/* Indentation at the start of a line: queues INDENTs/DEDENTs in pendin.
 * Sets *blankline for lines with nothing but blanks and a comment. Returns
 * 0, or ERRORTOKEN. */
static int indentation(tokenizer *t, bool *blankline)
{
    int col = 0, altcol = 0, cont_line_col = 0;
    int c;
    t->atbol = false;
    for (;;) {
        c = nextc(t);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
        } else if (c == '\014') {   /* form feed: resets the column */
            col = altcol = 0;
        } else if (c == '\\') {
            /* A backslash ends the indentation: the first one decides it. */
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (continuation_line(t) == -1)
                return TOK_ERRORTOKEN;
        } else {
            break;
        }
    }
    backup(t, c);
    if (c == '#' || c == '\n') {
        *blankline = true;   /* does not count, and makes no NEWLINE */
        return 0;
    }
    if (t->level != 0)
        return 0;
    if (cont_line_col) {
        col = cont_line_col;
        altcol = cont_line_col;
    }
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent])
            return tab_error(t);
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= MAXINDENT)
            return too_deep_error(t);
        if (altcol <= t->altindstack[t->indent])
            return tab_error(t);
        t->pendin++;
        t->indstack[++t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) {
            t->pendin--;
            t->indent--;
        }
        if (col != t->indstack[t->indent])
            return dedent_error(t);
        if (altcol != t->altindstack[t->indent])
            return tab_error(t);
    }
    return 0;
}

/* One token (CPython's tok_get): its type, and its text [*ps, *pe) when it
 * has a position. */
static int scan(tokenizer *t, const char **ps, const char **pe)
{
    int c;
    bool blankline;
    *ps = *pe = NULL;
nextline:
    t->tok_start = NULL;
    blankline = false;
    if (t->atbol && indentation(t, &blankline) == TOK_ERRORTOKEN)
        return TOK_ERRORTOKEN;
    t->tok_start = t->cur;
    if (t->pendin != 0) {
        *ps = t->cur;   /* not a position (CPython gives none): see tok_next */
        if (t->pendin < 0) {
            t->pendin++;
            return TOK_DEDENT;
        }
        t->pendin--;
        return TOK_INDENT;
    }
again:
    t->tok_start = NULL;
    do
        c = nextc(t);
    while (c == ' ' || c == '\t' || c == '\014');
    t->tok_start = c == EOFC ? t->cur : t->cur - 1;

    if (c == '#') {
        /* The comment runs to the end of this line; only the last line of
         * 'eval' and 'single' input may end without a '\n'. */
        t->cur = t->line_end;
        c = t->line_end[-1] == '\n' ? '\n' : nextc(t);
        if (t->flags & TOK_FLAG_TYPE_COMMENTS) {
            int type = type_comment(t, blankline, ps, pe);
            if (type)
                return type;
        }
    }

    if (c == EOFC) {
        if (t->done == E_ERROR)
            return TOK_ERRORTOKEN;
        if (t->level) {
            raise_unclosed(t, TOKERR_EOF_IN_BRACKETS);
            return TOK_ERRORTOKEN;
        }
        return TOK_ENDMARKER;
    }

    if (is_id_start(c)) {
        /* String prefixes: b r u f, in the combinations Python allows. */
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
                saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
                saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
                saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
                saw_f = true;
            else
                break;
            c = nextc(t);
            if (c == '"' || c == '\'') {
                int type = string(t, c);
                *ps = t->tok_start;
                *pe = t->cur;
                return type;
            }
        }
        /* The rest of the name; the line's '\n' stops the loop. */
        bool nonascii = c >= 128;
        const char *p = t->cur;
        while (ctab[(unsigned char)*p] & C_ID) {
            nonascii |= (unsigned char)*p >= 128;
            p++;
        }
        t->cur = is_id_char(c) ? p : t->cur - (c != EOFC);
        if (nonascii && !verify_identifier(t))
            return TOK_ERRORTOKEN;
        *ps = t->tok_start;
        *pe = t->cur;
        return keyword(t->tok_start, (int)(t->cur - t->tok_start));
    }

    if (c == '\n') {
        t->atbol = true;
        if (blankline || t->level > 0)
            goto nextline;
        *ps = t->tok_start;
        *pe = t->cur - 1;   /* the newline itself is not part of it */
        return TOK_NEWLINE;
    }

    if (c == '.') {
        c = nextc(t);
        if (is_digit(c)) {
            int type = number(t, c, true);
            *ps = t->tok_start;
            *pe = t->cur;
            return type;
        }
        if (c == '.') {
            int c3 = nextc(t);
            if (c3 == '.') {
                *ps = t->tok_start;
                *pe = t->cur;
                return TOK_ELLIPSIS;
            }
            backup(t, c3);
        }
        backup(t, c);
        *ps = t->tok_start;
        *pe = t->cur;
        return TOK_DOT;
    }

    if (is_digit(c)) {
        int type = number(t, c, false);
        *ps = t->tok_start;
        *pe = t->cur;
        return type;
    }

    if (c == '\'' || c == '"') {
        int type = string(t, c);
        *ps = t->tok_start;
        *pe = t->cur;
        return type;
    }

    if (c == '\\') {
        if (continuation_line(t) == -1)
            return TOK_ERRORTOKEN;
        goto again;
    }

    int type = op(t, c);
    *ps = t->tok_start;
    *pe = t->cur;
    return type;
}

/* -- Public interface ------------------------------------------------------ */

static tokenizer *make(const char *bytes, size_t len, const char *filename, int flags,
                       diag *err, int first_lineno, int first_col, bool fragment)
{
    /* Columns and line numbers are ints: beyond 512 MB (which decoding may
     * triple) a source is refused as too large, as MemoryError. */
    if (len > INT_MAX / 4)
        goto oom_early;
    tokenizer *t = calloc(1, sizeof *t);
    if (!t)
        goto oom_early;
    t->err = err;
    t->flags = flags;
    t->file_mode = !(flags & (TOK_FLAG_STRING_INPUT | TOK_FLAG_UTF8));
    if (filename && !(t->filename = strdup(filename)))
        goto oom;
    if (tok_decode_source(&t->src, bytes ? bytes : "", bytes ? len : 0, filename, flags) < 0)
        goto oom;
    t->text = t->src.text;
    t->end = t->src.text + t->src.len;
    t->cur = t->line_start = t->line_end = t->buf_start = t->text;
    t->base_line = first_lineno;
    t->lineno = first_lineno - 1;
    t->frag_col = first_col;
    t->fragment = fragment;
    t->atbol = true;
    return t;
oom:
    tok_free(t);
oom_early:
    diag_no_memory(err);
    return NULL;
}

tokenizer *tok_new(const char *bytes, size_t len, const char *filename, int flags, diag *err)
{
    return make(bytes, len, filename, flags, err, 1, 0, false);
}

tokenizer *tok_new_fragment(const char *utf8, size_t len, const char *filename, int flags,
                            int first_lineno, int first_col, diag *err)
{
    return make(utf8, len, filename, flags | TOK_FLAG_UTF8 | TOK_FLAG_STRING_INPUT, err,
                first_lineno, first_col, true);
}

void tok_free(tokenizer *t)
{
    if (!t)
        return;
    tok_source_free(&t->src);
    free(t->filename);
    free(t->lines);
    free(t);
}

int tok_next(tokenizer *t, token *out)
{
    const char *ps = NULL, *pe = NULL;
    int type;
    if (t->done == E_ERROR) {
        type = TOK_ERRORTOKEN;   /* an error sticks */
    } else if (t->src.has_err && t->src.err_fire_line == 0) {
        fire_source_error(t);
        type = TOK_ERRORTOKEN;
    } else {
        type = scan(t, &ps, &pe);
    }
    if (type == TOK_ERRORTOKEN && t->done != E_ERROR) {
        /* defensive: every error path sets the diag and done */
        t->done = E_ERROR;
        if (!t->err_kind)
            t->err_kind = TOKERR_RAISED;
    }
    out->type = type;
    out->start = ps;
    out->len = ps && pe && pe >= ps ? (int)(pe - ps) : 0;
    bool str = type == TOK_STRING;
    const char *ls = str ? t->multi_line_start : t->line_start;
    out->lineno = str ? t->first_lineno : t->lineno;
    out->end_lineno = t->lineno;
    if (type == TOK_INDENT || type == TOK_DEDENT) {
        out->col_offset = out->end_col_offset = -1;   /* CPython gives them no column */
    } else {
        out->col_offset = ps && ps >= ls ? (int)(ps - ls) : -1;
        out->end_col_offset = pe && pe >= t->line_start ? (int)(pe - t->line_start) : -1;
    }
    if (t->fragment && t->lineno == t->base_line) {
        /* CPython shifts by the fragment's column when the token ends on
         * the fragment's first line. */
        if (out->col_offset >= 0)
            out->col_offset += t->frag_col;
        if (out->end_col_offset >= 0)
            out->end_col_offset += t->frag_col;
    }
    return type;
}

void tok_set_warning_handler(tokenizer *t, tok_warning_fn fn, void *ctx)
{
    t->warn = fn;
    t->warn_ctx = ctx;
}

int tok_error_kind(const tokenizer *t)
{
    return t->done == E_ERROR ? t->err_kind : TOKERR_NONE;
}

int tok_open_bracket(const tokenizer *t, int *lineno, int *col)
{
    if (t->level == 0)
        return 0;
    int i = t->level - 1;
    *lineno = t->parenlineno[i];
    *col = t->parencol[i];
    if (t->fragment && t->parenlineno[i] == t->base_line)
        *col += t->frag_col;
    return t->parenstack[i];
}

void tok_raise_unclosed(tokenizer *t)
{
    if (t->level == 0)
        return;
    int done = t->done, kind = t->err_kind;
    raise_unclosed(t, TOKERR_EOF_IN_BRACKETS);
    t->done = done;   /* raising for the parser does not stop the scanner */
    t->err_kind = kind;
}

/* Start of line `lineno`, indexing lines not read yet; NULL if none. */
static const char *line_at(const tokenizer *t, int lineno, const char **end)
{
    int i = lineno - t->base_line;
    if (i < 0)
        return NULL;
    const char *p;
    if (i < t->nlines) {
        p = t->text + t->lines[i];
    } else {
        /* Beyond what has been read: walk from the last known line. */
        int k = t->nlines ? t->nlines - 1 : 0;
        p = t->nlines ? t->text + t->lines[k] : t->text;
        for (; k < i; k++) {
            const char *nl = memchr(p, '\n', (size_t)(t->end - p));
            if (!nl)
                return NULL;
            p = nl + 1;
        }
    }
    if (p >= t->end)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(t->end - p));
    *end = nl ? nl : t->end;
    return p;
}

const char *tok_line(const tokenizer *t, int lineno, size_t *len)
{
    const char *e;
    const char *p = line_at(t, lineno, &e);
    if (!p)
        return NULL;
    *len = (size_t)(e - p);
    return p;
}

static bool line_is_utf8(const char *p, const char *e)
{
    while (p < e) {
        if ((unsigned char)*p < 0x80) {
            p++;
            continue;
        }
        uint32_t cp;
        int why;
        p += tok_utf8_seq((const unsigned char *)p, (size_t)(e - p), &cp, &why);
        if (why != TOK_UTF8_OK)
            return false;
    }
    return true;
}

char *tok_error_line(const tokenizer *t, int lineno)
{
    if (t->fragment) {
        /* CPython's f-string parser shows its tokenizer's buffer: the
         * current line of the fragment. */
        if (t->line_end <= t->line_start)
            return NULL;
        return tok_utf8_replace(t->line_start, (size_t)(t->line_end - t->line_start));
    }
    const char *e;
    const char *p = line_at(t, lineno, &e);
    if (!p)
        return NULL;
    if (!t->file_mode) {
        /* compile() of a string: no file to read back. CPython shows its
         * tokenizer's buffer when the error is on the line being read
         * (with the earlier lines of the same token, and the newline),
         * else the line from the string, without its newline. */
        if (lineno >= t->lineno && t->line_end > t->buf_start)
            return tok_utf8_replace(t->buf_start, (size_t)(t->line_end - t->buf_start));
        return tok_utf8_replace(p, (size_t)(e - p));
    }
    if (!t->src.encoding && !line_is_utf8(p, e)) {
        /* CPython cannot read such a line back strictly, and shows its
         * tokenizer's buffer instead: the current line and any earlier
         * lines of the same token, with the newline. */
        if (lineno == t->lineno && t->line_end > t->buf_start)
            return tok_utf8_replace(t->buf_start, (size_t)(t->line_end - t->buf_start));
        return tok_utf8_replace(p, (size_t)(e - p));   /* from its copy of the source */
    }
    if (e < t->end && (e + 1 < t->end || t->src.ends_newline))
        e++;   /* the newline, when the file has one there */
    /* CPython reads the line back in 999-byte pieces and keeps the last. */
    size_t len = (size_t)(e - p);
    if (len > 999) {
        size_t last = len % 999 ? len % 999 : 999;
        p = e - last;
        len = last;
    }
    if (p == t->text && t->src.bom) {
        /* Read back from the file, line 1 still has its BOM. */
        char *raw = malloc(len + 3);
        if (!raw)
            return NULL;
        memcpy(raw, "\xEF\xBB\xBF", 3);
        memcpy(raw + 3, p, len);
        char *r = tok_utf8_replace(raw, len + 3);
        free(raw);
        return r;
    }
    return tok_utf8_replace(p, len);
}

const char *tok_encoding(const tokenizer *t)
{
    return t->src.encoding ? t->src.encoding : "utf-8";
}

int tok_encoding_declared(const tokenizer *t)
{
    return t->src.encoding != NULL;
}

int tok_cur_col(const tokenizer *t)
{
    return cur_col(t);
}

void tok_imply_dedents(tokenizer *t)
{
    if (t->indent > 0) {
        t->pendin = -t->indent;
        t->indent = 0;
    }
}

const char *tok_unread(const tokenizer *t, size_t *len)
{
    if (!t->cur || t->cur >= t->end) {
        *len = 0;
        return "";
    }
    *len = (size_t)(t->end - t->cur);
    return t->cur;
}

/* -- Debug dump ------------------------------------------------------------ */

static void dump_text(FILE *out, const char *s, int n)
{
    for (int i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            fputs("\\n", out);
        else if (c == '\\')
            fputs("\\\\", out);
        else if (c == '\'')
            fputs("\\'", out);
        else if (c < 0x20 || c == 0x7F)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
}

int tok_dump(const char *bytes, size_t len, const char *filename, FILE *out)
{
    diag err;
    diag_init(&err);
    tokenizer *t = tok_new(bytes, len, filename, 0, &err);
    int status = 0;
    if (t) {
        token tk;
        for (;;) {
            int type = tok_next(t, &tk);
            if (type == TOK_ERRORTOKEN) {
                status = 1;
                break;
            }
            fprintf(out, "%d,%d-%d,%d:\t%s\t'", tk.lineno, tk.col_offset, tk.end_lineno,
                    tk.end_col_offset, token_names[type]);
            if (type != TOK_INDENT && type != TOK_DEDENT && tk.start)
                dump_text(out, tk.start, tk.len);
            fputs("'\n", out);
            if (type == TOK_ENDMARKER)
                break;
        }
    } else {
        status = 1;
    }
    if (status) {
        fprintf(out, "error: %s: %s (line %d, offset %d, end %d,%d)", diag_type_name(err.type),
                err.msg ? err.msg : "", err.lineno, err.offset, err.end_lineno, err.end_offset);
        if (t)
            fprintf(out, " kind %d", tok_error_kind(t));
        fputc('\n', out);
        if (err.text) {
            fputs("text: '", out);
            dump_text(out, err.text, (int)strlen(err.text));
            fputs("'\n", out);
        }
    }
    tok_free(t);
    diag_clear(&err);
    return status;
}
