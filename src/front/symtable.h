/* The symbol table: a pass over the AST, before code generation, that
 * finds every scope (module, class, function, lambda, comprehension,
 * generator expression) and decides for each name in it whether it is
 * local, global (explicit or implicit), free (a variable of an enclosing
 * function, reached through a cell) or cell (local, but captured by a
 * nested scope), as CPython 3.11 does: class scopes are skipped when
 * resolving names free in their methods; `super()` and `__class__` in a
 * method make the class keep a `__class__` cell; a comprehension is its own
 * function scope whose first iterable is evaluated outside, passed in as
 * the implicit argument `.0`; a walrus in a comprehension binds in the
 * nearest enclosing function (or module). The scoping SyntaxErrors (global
 * after use, nonlocal at module level, ...) are found here with CPython's
 * messages and positions. Everything lives in the compilation's arena. */
#ifndef TAIPAN_SYMTABLE_H
#define TAIPAN_SYMTABLE_H
#include <stdbool.h>
#include "ast.h"
#include "diag.h"

/* How a name is used in a scope (bit set). */
enum {
    DEF_GLOBAL = 1,        /* `global x` */
    DEF_LOCAL = 2,         /* assigned, deleted, imported, a def/class name, a for target */
    DEF_PARAM = 4,         /* a parameter */
    DEF_NONLOCAL = 8,      /* `nonlocal x` */
    USE = 16,              /* read */
    DEF_FREE_CLASS = 32,   /* free in a method, and the class scope passes it on */
    DEF_IMPORT = 64,
    DEF_ANNOT = 128,       /* annotated (x: int) */
    DEF_COMP_ITER = 256,   /* a comprehension's iteration variable */
};

/* Where a name lives, once resolved. */
typedef enum {
    SC_NONE = 0,
    SC_LOCAL,              /* a fast local (functions) or the namespace dict (module, class) */
    SC_GLOBAL_EXPLICIT,    /* declared global */
    SC_GLOBAL_IMPLICIT,    /* not bound anywhere enclosing: globals, then builtins */
    SC_FREE,               /* bound in an enclosing function: a cell from the closure */
    SC_CELL,               /* local, and captured by a nested function */
} st_scope;

typedef enum { ST_MODULE, ST_CLASS, ST_FUNCTION } st_block_kind;

typedef struct st_symbol {
    const char *name;      /* mangled */
    int flags;             /* DEF_* and USE */
    int scope;             /* st_scope, after analysis */
    ast_node *decl;        /* the global/nonlocal statement, for errors */
} st_symbol;

typedef struct st_entry st_entry;
struct st_entry {
    st_block_kind kind;
    const char *name;          /* "top", the class/function name, "lambda", "listcomp", "genexpr" ... */
    ast_node *node;            /* the Module/ClassDef/FunctionDef/Lambda/comprehension node */
    st_entry *parent;
    st_entry **children;       /* in source order */
    int nchildren, capchildren;
    st_symbol *syms;           /* insertion order */
    int nsyms, capsyms;
    int *hash;                 /* open addressing over syms (index+1, 0 empty) */
    int hashcap;
    const char **varnames;     /* parameters first, in order (also ".0") */
    int nvarnames, capvarnames;
    bool nested;               /* inside a function */
    bool generator, coroutine; /* contains yield / is async def (or an async comprehension) */
    bool varargs, varkeywords;
    bool child_free;           /* some child has free variables */
    bool needs_class_closure;  /* class: a method uses __class__ / super */
    bool is_comprehension;     /* a list/set/dict comprehension or generator expression */
    bool returns_value;        /* a `return X` was seen */
    int comp_iter_expr;        /* >0 while visiting a comprehension's iterable */
    int lineno, col_offset;    /* of the defining node */
    const char *private_name;  /* the enclosing class name for mangling, or NULL */
};

typedef struct symtable {
    arena *arena;
    st_entry *top;             /* the module */
    /* node -> entry map (open addressing over node pointers) */
    ast_node **keys;
    st_entry **vals;
    int mapcap, mapcount;
    const char *filename;
    const char *src;           /* the source text for error lines, may be NULL */
    size_t srclen;
    diag *err;
    int depth;                 /* recursion guard */
    bool oom;
} symtable;

/* Builds the table for a Module/Expression/Interactive node. Returns NULL
 * with err set (SyntaxError or MemoryError). src (may be NULL) gives the
 * text of error lines. */
symtable *symtable_build(ast_node *mod, const char *filename, const char *src, size_t srclen,
                         arena *a, diag *err);
/* The entry made for a scope-defining node (NULL if none). */
st_entry *symtable_lookup(symtable *st, ast_node *node);
/* The symbol named `name` (already mangled) in entry e, or NULL. */
st_symbol *st_entry_get(st_entry *e, const char *name);
/* The scope of a name in e (SC_GLOBAL_IMPLICIT when unknown, as CPython). */
int st_entry_scope(st_entry *e, const char *name);
/* CPython's name mangling: `__x` inside class C becomes `_C__x` (unless it
 * ends in `__` or contains a dot); result in the arena (or name itself). */
const char *st_mangle(arena *a, const char *private_name, const char *name);

/* Sets a SyntaxError at node n's position (shared with the compiler). */
void st_error_at(diag *err, const char *filename, const char *src, size_t srclen, int lineno,
                 int col, int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 9, 10)));

#endif
