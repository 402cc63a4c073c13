/* Syntax diagnostics: the exception a failed tokenize/parse leaves behind,
 * with exactly the fields of CPython's SyntaxError (offsets in characters,
 * 1-based), and the printer that writes it as CPython's top-level handler
 * does:
 *     File "bad.py", line 3
 *       x = (1,
 *           ^
 *   SyntaxError: '(' was never closed
 * Positions are given to diag_raise in the parser's terms (0-based UTF-8 byte
 * columns) and converted here the way CPython converts them. */
#ifndef TAIPAN_DIAG_H
#define TAIPAN_DIAG_H
#include <stdio.h>

typedef enum {
    DIAG_NONE = 0,
    DIAG_SYNTAX_ERROR,       /* SyntaxError */
    DIAG_INDENTATION_ERROR,  /* IndentationError */
    DIAG_TAB_ERROR,          /* TabError */
    DIAG_MEMORY_ERROR,       /* MemoryError (no message, no location) */
    DIAG_RECURSION_ERROR,    /* RecursionError */
    DIAG_VALUE_ERROR,        /* ValueError */
} diag_type;

typedef struct diag {
    int type;           /* diag_type; DIAG_NONE when nothing is set */
    char *msg;          /* malloc'd */
    char *filename;     /* malloc'd, may be NULL */
    int lineno;         /* 0 = none */
    int offset;         /* 1-based character offset, 0 = none */
    int end_lineno;     /* 0 = none */
    int end_offset;     /* 1-based character offset, 0 = none */
    char *text;         /* the source line(s) shown, malloc'd UTF-8, may be NULL */
} diag;

void diag_init(diag *d);
void diag_clear(diag *d);   /* frees and resets */

/* Sets d (first error wins: a set diag is left as it is unless force).
 * line_text is the text of the error's line (UTF-8, need not end in \n, may
 * be NULL); col_byte / end_col_byte are 0-based byte offsets into it, or -1
 * for none. The message is printf-formatted. */
void diag_raise(diag *d, int type, const char *line_text, int lineno, int col_byte,
                int end_lineno, int end_col_byte, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
/* Sets a diag with CPython's offsets given directly. */
void diag_raise_raw(diag *d, int type, const char *text, int lineno, int offset,
                    int end_lineno, int end_offset, const char *msg);
void diag_no_memory(diag *d);

const char *diag_type_name(int type);   /* "SyntaxError", ... */
/* Writes d to f as CPython prints an uncaught SyntaxError (or the other
 * types) at top level. */
void diag_print(const diag *d, FILE *f);
/* The source line and caret line of a SyntaxError (its text, 1-based
 * character offsets; end_offset 0 or -1: none), as CPython prints them;
 * `ranged` underlines offset..end_offset (SyntaxError) rather than one
 * caret (IndentationError, TabError). Shared with the exception printer. */
void diag_print_source(FILE *f, const char *text, int lineno, long offset, int end_lineno,
                       long end_offset, int ranged);

#endif
