/* The parser's public face: source in, AST (or a diag) out. The parser is a
 * hand-written recursive-descent parser for the whole Python 3.11 grammar
 * that builds the same tree as CPython's PEG parser, positions included.
 * Like CPython it runs in two passes: a fast pass over the valid grammar,
 * and, only when that fails, a second pass that also tries the "invalid_"
 * rules which produce CPython's specific SyntaxError messages. */
#ifndef TAIPAN_PARSER_H
#define TAIPAN_PARSER_H
#include <stddef.h>
#include "ast.h"
#include "diag.h"

typedef enum {
    PARSE_FILE,        /* 'exec': Module */
    PARSE_EVAL,        /* 'eval': Expression */
    PARSE_SINGLE,      /* 'single': Interactive */
    PARSE_FUNC_TYPE,   /* 'func_type': FunctionType */
} parse_mode;

enum {
    PARSE_TYPE_COMMENTS = 1,   /* as ast.parse(type_comments=True) */
    PARSE_STRING_INPUT = 2,    /* source given as a string (compile()/ast.parse) rather than read from a file */
    PARSE_UTF8_INPUT = 4,      /* with PARSE_STRING_INPUT: a str's text, already UTF-8 (no BOM or cookie decoding) */
};

/* Parses bytes[0..len). On success returns the mod node allocated in arena;
 * on failure returns NULL with err set. */
ast_node *parse_source(const char *bytes, size_t len, const char *filename,
                       int mode, int flags, ast_arena *arena, diag *err);

/* The same, with a handler for the SyntaxWarnings found on the way (CPython
 * sends them through the warnings module; NULL drops them). */
typedef void (*parse_warning_fn)(void *ctx, int lineno, const char *msg);
ast_node *parse_source_ex(const char *bytes, size_t len, const char *filename,
                          int mode, int flags, ast_arena *arena, diag *err,
                          parse_warning_fn warn, void *warn_ctx);

#endif
