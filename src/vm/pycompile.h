/* Source text to code object, for code that runs while the VM is up:
 * compile(), exec() and eval() of a string, and anyone else who needs a
 * front-end failure as a Python exception rather than a printed diag (the
 * import system, the REPL). It parses and compiles with the front end
 * (src/front), turns the diag of a failure into the SyntaxError (or
 * IndentationError, TabError, MemoryError, RecursionError, ValueError)
 * CPython would raise, with its filename, lineno, offset, text,
 * end_lineno and end_offset, and prints the SyntaxWarnings the tokenizer
 * and the compiler find as CPython's warnings module does by default:
 * "FILE:LINE: SyntaxWarning: MSG" on stderr, then the line itself when
 * FILE is a file that can be read. */
#ifndef TAIPAN_PYCOMPILE_H
#define TAIPAN_PYCOMPILE_H
#include <stddef.h>
#include "../objects/object.h"
#include "../front/diag.h"

enum {
    PYCOMPILE_STR = 1,            /* the source was a str: UTF-8 already, no coding cookie */
    PYCOMPILE_OPTIMIZE = 2,       /* optimize=1 (-O): no asserts, __debug__ is False */
    PYCOMPILE_NO_DOCSTRINGS = 4,  /* optimize=2 (-OO): also no docstrings */
    PYCOMPILE_FUTURE_ANNOTATIONS = 8,   /* as `from __future__ import annotations` */
};

/* Compiles src[0..len) (bytes: decoded by BOM / PEP 263 cookie as a file
 * is, unless PYCOMPILE_STR) in `mode` (a parse_mode: PARSE_FILE for
 * 'exec', PARSE_EVAL, PARSE_SINGLE). filename is what co_filename and
 * errors show. Returns the code object, or V_NULL with the exception
 * set. */
TP_MUST_CHECK value pycompile_source(const char *src, size_t len, const char *filename, int mode,
                                     int flags);

/* Raises the exception a front-end diag describes and clears the diag.
 * `from_compiler`: the diag came from the symbol table or the code
 * generator, whose errors CPython gives the line as read from the file
 * named `filename` (None when there is no such file), not from the
 * source compiled. Returns V_NULL. */
value pycompile_raise_diag(diag *d, const char *filename, bool from_compiler);

/* Line `lineno` (1-based) of the file `filename`, with its newline, as a
 * malloc'd string; NULL when the file cannot be read or is shorter. Names
 * like "<string>" are never files, as for linecache. What a warning shows
 * under its location. */
char *pycompile_file_line(const char *filename, int lineno);

/* Prints a SyntaxWarning as CPython's warnings module does by default:
 * "FILE:LINE: SyntaxWarning: MSG", then the line stripped, taken from
 * src[0..len) when src is given, else read from FILE when it exists. */
void pycompile_print_warning(const char *filename, int lineno, const char *msg,
                             const char *src, size_t len);

#endif
