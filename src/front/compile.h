/* The compiler: AST -> code objects (src/vm/code.h), as CPython 3.11's
 * compiler does it: a symbol-table pass (symtable.h), then code generation
 * per scope into basic blocks of instructions (compile*.c), then assembly
 * (assemble.c): jump resolution with EXTENDED_ARG, stack depth, the
 * exception table, positions. Constant folding happens during generation. */
#ifndef TAIPAN_COMPILE_H
#define TAIPAN_COMPILE_H
#include <stddef.h>
#include "../objects/object.h"
#include "ast.h"
#include "diag.h"

/* mode: a parse_mode (parser.h): PARSE_FILE ('exec'), PARSE_EVAL, PARSE_SINGLE. */
enum {
    COMPILE_OPTIMIZE = 1,      /* -O: drop asserts and `if __debug__` blocks */
    COMPILE_NO_DOCSTRINGS = 2, /* -OO: no docstrings either (compile(optimize=2)) */
    COMPILE_FUTURE_ANNOTATIONS = 4,   /* as if the code began with
                                         `from __future__ import annotations` */
};

/* Compiles a parsed mod node into a module code object. On a SyntaxError
 * returns V_NULL with err set (err->type != DIAG_NONE); on other failures
 * (MemoryError) V_NULL with a Python exception set. src/srclen (may be
 * NULL) give error lines their text. */
TP_MUST_CHECK value compile_ast_ex(ast_node *mod, const char *filename, int mode, int flags,
                                   const char *src, size_t srclen, diag *err);
/* The same, with a handler for the SyntaxWarnings the compiler finds ('"is"
 * with a literal', 'assertion is always true', ...), which CPython sends
 * through the warnings module; NULL drops them. */
typedef void (*compile_warning_fn)(void *ctx, int lineno, const char *msg);
TP_MUST_CHECK value compile_ast_warn(ast_node *mod, const char *filename, int mode, int flags,
                                     const char *src, size_t srclen, diag *err,
                                     compile_warning_fn warn, void *warn_ctx);
TP_MUST_CHECK value compile_ast(ast_node *mod, const char *filename, int mode, int flags, diag *err);
/* Parses then compiles. */
TP_MUST_CHECK value compile_source(const char *bytes, size_t len, const char *filename, int mode,
                                   int flags, diag *err);

#endif
