/* The `_ast` module (astmodule.c) and the bridge between Python's AST
 * objects and the front end's C AST (ast_convert.c): compile() with
 * PyCF_ONLY_AST turns a parse into `ast.Module(...)` objects, and
 * compile() of such objects turns them back into C nodes, checked as
 * CPython checks them (missing fields, wrong node types, then the
 * validator's rules), and compiles those. */
#ifndef TAIPAN_ASTMODULE_H
#define TAIPAN_ASTMODULE_H
#include "../objects/object.h"

/* compile()'s flags that concern the AST (CPython's PyCF_* values). */
enum {
    ASTMOD_CF_ONLY_AST = 0x400,
    ASTMOD_CF_TYPE_COMMENTS = 0x1000,
    ASTMOD_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
};

value astmodule_init(void);   /* _ast */

/* Whether v is an instance of _ast.AST (never, before `_ast` is made). */
bool astmod_is_ast(value v);

/* compile(src, filename, mode, PyCF_ONLY_AST | ...): parses src[0..len)
 * (`pflags`: pycompile.h's PYCOMPILE_* flags; `cflags`: the compile()
 * flags) in `mode` (a parse_mode) and returns the tree as _ast objects. */
TP_MUST_CHECK value astmod_parse(const char *src, size_t len, const char *filename, int mode,
                                 int pflags, int cflags);

/* compile(tree, filename, mode, ...) for an _ast object: converted,
 * validated, compiled with pycompile.h's PYCOMPILE_* flags. */
TP_MUST_CHECK value astmod_compile(value tree, const char *filename, int mode, int pflags);

#endif
