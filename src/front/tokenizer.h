/* The tokenizer: Python 3.11 source bytes in, tokens out, one at a time, with
 * CPython's rules and CPython's errors. It first settles the source encoding
 * (UTF-8 BOM, a PEP 263 cookie in the first two lines, default UTF-8) and
 * works on UTF-8 text from then on; token columns are 0-based UTF-8 byte
 * offsets into the decoded line, lines are 1-based, as in CPython's AST.
 *
 * A whole f-string is one STRING token (as in 3.11); the parser splits it.
 * Errors: tok_next returns TOK_ERRORTOKEN and fills the diag given to
 * tok_new (message, position and source line as CPython 3.11 reports them).
 * tok_error_kind() then says how the parser must treat it (see below). */
#ifndef TAIPAN_TOKENIZER_H
#define TAIPAN_TOKENIZER_H
#include <stddef.h>
#include "diag.h"

typedef enum {
#define TOKEN(name, text) TOK_##name,
#include "tokens.def"
#undef TOKEN
    TOK_COUNT
} token_type;

extern const char *const token_names[TOK_COUNT];  /* "LPAR" */
extern const char *const token_texts[TOK_COUNT];  /* "(" or NULL */

typedef struct token {
    int type;                   /* token_type */
    int lineno, col_offset;     /* start: 1-based line, 0-based byte column */
    int end_lineno, end_col_offset;   /* columns are -1 where CPython has none:
                                         INDENT, DEDENT, ENDMARKER (see tok_cur_col) */
    const char *start;          /* the token's text in the decoded buffer */
    int len;                    /* its length in bytes */
} token;

enum {
    TOK_FLAG_TYPE_COMMENTS = 1,  /* produce TYPE_COMMENT tokens (ast.parse(type_comments=True)) */
    TOK_FLAG_STRING_INPUT = 2,   /* source came as a string/bytes (compile(), ast.parse) rather than a file */
    TOK_FLAG_UTF8 = 4,           /* input is already UTF-8 text: no BOM/cookie decoding (f-string fragments, str sources) */
    TOK_FLAG_NO_FINAL_NEWLINE = 8, /* string input for 'eval' or 'single': CPython adds no newline at the
                                      end of such text, so its last line yields no NEWLINE token */
};

/* How a TOK_ERRORTOKEN must be treated; mirrors CPython's tokenizer, where
 * some errors raise at once and others only set a "done" code that the
 * parser turns into an exception. The difference matters when the parser
 * tokenizes the rest of the file after a generic "invalid syntax": only
 * TOKERR_RAISED errors override it; after any other kind, CPython raises
 * "'(' was never closed" instead when a bracket is still open
 * (tok_open_bracket) on a line before the last token's. In every case the
 * diag holds the error as CPython would report it at that point. */
typedef enum {
    TOKERR_NONE = 0,
    TOKERR_RAISED,            /* e.g. invalid character, unterminated string, unmatched ')' */
    TOKERR_DONE,              /* TabError, IndentationError (dedent / too deep), line continuation */
    TOKERR_EOF_IN_BRACKETS,   /* end of input inside brackets: "'(' was never closed" */
    TOKERR_EOF,               /* end of input inside a statement (e.g. after a backslash) */
} tok_error_kind_t;

typedef struct tokenizer tokenizer;

/* bytes need not be NUL-terminated; they are copied. NULL only when out of
 * memory (err set to MemoryError). An undecodable source or a bad cookie is
 * reported by the first tok_next, as CPython does. */
tokenizer *tok_new(const char *bytes, size_t len, const char *filename, int flags, diag *err);
/* A tokenizer over an f-string replacement field's text: lines count from
 * first_lineno and columns on the first line start at first_col, so token
 * positions are those in the enclosing file. Input is UTF-8. */
tokenizer *tok_new_fragment(const char *utf8, size_t len, const char *filename, int flags,
                            int first_lineno, int first_col, diag *err);
void tok_free(tokenizer *t);

int tok_next(tokenizer *t, token *out);      /* returns out->type */
int tok_error_kind(const tokenizer *t);      /* tok_error_kind_t of the last ERRORTOKEN */

/* The innermost open bracket ('(', '[' or '{'), its line and 0-based byte
 * column; returns 0 when none is open. */
int tok_open_bracket(const tokenizer *t, int *lineno, int *col);
/* Raises "'(' was never closed" for the innermost open bracket into the diag. */
void tok_raise_unclosed(tokenizer *t);

/* The decoded text of line `lineno` (1-based), without its newline; *len
 * gets its length. NULL when the line does not exist (lines the scanner has
 * not reached yet are found too). Valid until tok_free. */
const char *tok_line(const tokenizer *t, int lineno, size_t *len);
/* 'single' input: the parser turned an ENDMARKER into a NEWLINE; the
 * blocks still open at the end are closed by DEDENTs, as in CPython. */
void tok_imply_dedents(tokenizer *t);
/* The decoded text the scanner has not read yet (*len bytes; may be 0).
 * The parser checks with it that 'single' input holds one statement, on
 * the raw text as CPython does, without tokenizing further. */
const char *tok_unread(const tokenizer *t, size_t *len);
/* The name of the encoding in effect ("utf-8", "latin-1", ...). */
const char *tok_encoding(const tokenizer *t);
/* Was an encoding declared (BOM, cookie, or str/fragment input)? CPython
 * 3.11 converts a parser error's columns from bytes to characters only
 * then; in an undeclared UTF-8 file its offsets stay byte offsets. */
int tok_encoding_declared(const tokenizer *t);
/* Where CPython's tokenizer stands, for errors CPython places at "the
 * current position" (raised at a token without a column: INDENT, DEDENT,
 * ENDMARKER, ERRORTOKEN have col_offset -1, as in CPython): the byte column
 * of the next unread character in the current line, or 0 where CPython's
 * reader has just emptied its buffer (file mode, end of input). */
int tok_cur_col(const tokenizer *t);
/* The line text CPython's parser shows for an error on `lineno`: the line
 * as read back from the file (with its newline if it has one; a BOM kept on
 * line 1; only the last 999-byte piece of a longer line), or, for a
 * fragment, the fragment's current line. malloc'd UTF-8 (invalid bytes
 * become U+FFFD), NULL when none or out of memory. */
char *tok_error_line(const tokenizer *t, int lineno);

/* Warnings. CPython's tokenizer issues one SyntaxWarning, "invalid
 * decimal literal" (or hexadecimal, octal, binary, imaginary), for a number
 * directly followed by a keyword ("1if x else y"); `python3.11 FILE` prints
 * it to stderr as "FILE:LINE: SyntaxWarning: MSG" then "  " and the
 * stripped source line. With no handler (the default) warnings are dropped. */
typedef void (*tok_warning_fn)(void *ctx, int lineno, const char *msg);
void tok_set_warning_handler(tokenizer *t, tok_warning_fn fn, void *ctx);

/* Debug aid behind `taipan --tokens FILE`: every token, one per line,
 * "lineno,col-end_lineno,end_col:\tNAME\t'text'", then the error if any.
 * Returns 0, or 1 after an error. */
int tok_dump(const char *bytes, size_t len, const char *filename, FILE *out);

#endif
