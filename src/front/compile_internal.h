/* What the compiler's files share (compile.c: units, constants, names,
 * scopes; compile_stmt.c and compile_expr.c: code generation;
 * assemble.c: from basic blocks to a code object).
 *
 * Code is generated into basic blocks, in emission order. Each instruction
 * records the exception handler active when it was emitted (the top of the
 * unit's compile-time handler stack), which makes the exception table a
 * run-length pass at assembly; the stack depth a handler restores is found
 * by the depth analysis at the SETUP pseudo-instruction that pushed it.
 * Values the compiler creates (constants, code objects) are kept alive by
 * `keep`, a list on the C stack of compile_ast (the GC scans the stack
 * conservatively, not the arena). */
#ifndef TAIPAN_COMPILE_INTERNAL_H
#define TAIPAN_COMPILE_INTERNAL_H
#include <stdbool.h>
#include "../vm/code.h"
#include "compile.h"
#include "symtable.h"

/* Pseudo-instructions: never in a code object. */
enum {
    PSEUDO_SETUP = OP_COUNT + 1,   /* target: handler block; arg: depth below the current one to restore */
    PSEUDO_JUMP,                   /* becomes JUMP_FORWARD or JUMP_BACKWARD */
    PSEUDO_JUMP_NO_INTERRUPT,      /* becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT */
};

typedef struct block block;

typedef struct instr {
    int op, arg;
    block *target;       /* jumps, SETUP */
    block *handler;      /* the active exception handler, or NULL */
    code_pos pos;
} instr;

struct block {
    instr *instrs;
    int n, cap;
    block *next;         /* emission order */
    int startdepth;      /* -1: not reached */
    int offset;          /* instruction index, at layout */
    bool linked;         /* in the emission chain */
    bool handler_lasti;  /* as a handler: push lasti */
    int handler_depth;   /* as a handler: the depth restored */
};

/* Blocks of control that break/continue/return unwind through. */
typedef enum {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_EXCEPTION_GROUP_HANDLER,
} fblock_kind;

typedef struct fblock {
    fblock_kind kind;
    block *start, *exit;
    ast_node *datum;      /* finally body (seq owner), handler name, with node */
    ast_seq *finalbody;
    const char *name;     /* HANDLER_CLEANUP: the bound name or NULL */
    int nhandlers;        /* handler-stack height below this block's handler */
} fblock;

#define MAX_FBLOCKS 20     /* CPython's CO_MAXBLOCKS: deeper is a SyntaxError */
#define MAX_HANDLERS 128

enum { UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_ASYNC_FUNCTION, UNIT_LAMBDA, UNIT_COMPREHENSION };

typedef struct cunit {
    struct cunit *parent;
    st_entry *ste;
    int kind;                /* UNIT_* */
    const char *name;
    value qualname;          /* str */
    const char *private_name;
    int firstlineno;
    int argcount, posonlyargcount, kwonlyargcount;
    block *first, *cur;
    value consts;            /* list */
    const char **names; int nnames, capnames;
    const char **fast; int nfast, capfast;     /* CO_FAST_LOCAL slots, in order */
    const char **cells; int ncells;            /* cells that are not arguments */
    const char **frees; int nfrees;
    const char **argcells; int nargcells;      /* arguments that are also cells */
    code_pos loc;            /* position given to new instructions */
    fblock fblocks[MAX_FBLOCKS];
    int nfblocks;
    block *handlers[MAX_HANDLERS];
    int nhandlers;
    int in_finally_unwind;
} cunit;

typedef struct compiler {
    symtable *st;
    arena *arena;
    const char *filename;
    value filename_str;
    const char *src;
    size_t srclen;
    diag *err;
    int flags;
    bool interactive;
    bool failed;             /* a Python exception (MemoryError) is set, or err */
    value keep;              /* list keeping created values alive */
    cunit *u;
    int depth;               /* recursion guard */
    ast_node *future_annotations;
    compile_warning_fn warn;
    void *warn_ctx;
    int future_lineno;       /* line of the last `from __future__` import of the prefix */
} compiler;

/* -- compile.c ---------------------------------------------------------- */
bool c_ok(compiler *c);
void c_oom(compiler *c);
void c_error(compiler *c, ast_node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A SyntaxError at the current position (u->loc), as CPython's compiler_error. */
void c_error_here(compiler *c, const char *msg);
/* CPython's forbidden_name: binding or deleting __debug__ is a
 * SyntaxError at the current position. True (error set) when it is. */
bool c_forbidden_name(compiler *c, const char *name, int ctx);
/* A SyntaxWarning at the current line. */
void c_warn(compiler *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
block *c_new_block(compiler *c);
void c_use_block(compiler *c, block *b);
void c_emit(compiler *c, int op, int arg);
void c_emit_jump(compiler *c, int op, block *target);
void c_emit_setup(compiler *c, block *handler, bool lasti, int below);
void c_pop_handler(compiler *c);
void c_set_loc(compiler *c, ast_node *n);
void c_set_loc_none(compiler *c);
int c_add_const(compiler *c, value v);
int c_add_name(compiler *c, const char *name);
void c_load_const(compiler *c, value v);
void c_load_none(compiler *c);
value c_const_value(compiler *c, ast_constant *k);
value c_str(compiler *c, const char *s);
bool c_push_fblock(compiler *c, fblock_kind kind, block *start, block *exit);
void c_pop_fblock(compiler *c);
const char *c_mangle(compiler *c, const char *name);
void c_nameop(compiler *c, const char *name, int ctx);
int c_deref_index(compiler *c, const char *name);
bool c_is_function_unit(compiler *c);
void c_function_def(compiler *c, ast_node *n, bool is_async);
void c_class_def(compiler *c, ast_node *n);
void c_lambda(compiler *c, ast_node *n);
void c_comprehension(compiler *c, ast_node *n);
bool c_has_annotations(ast_seq *body);
void c_annotation(compiler *c, ast_node *ann);

/* -- compile_stmt.c ----------------------------------------------------- */
void c_stmt(compiler *c, ast_node *n);
void c_stmts(compiler *c, ast_seq *s);
void c_unwind_fblock_stack(compiler *c, bool preserve_tos, fblock **loop);
void c_call_exit_with_nones(compiler *c);
void c_send_loop(compiler *c, int resume_arg);

/* -- compile_expr.c ----------------------------------------------------- */
void c_expr(compiler *c, ast_node *n);
void c_exprs(compiler *c, ast_seq *s);
void c_jump_if(compiler *c, ast_node *e, block *target, bool cond);
void c_store_target(compiler *c, ast_node *t);
void c_call_helper(compiler *c, int nprefix, ast_seq *args, ast_seq *keywords);
bool c_const_of(compiler *c, ast_node *e, value *out);

/* -- compile_pattern.c -------------------------------------------------- */
void c_match(compiler *c, ast_node *n);

/* -- assemble.c --------------------------------------------------------- */
int stack_effect(int op, int arg, bool jump);
value c_assemble(compiler *c, int flags);

#endif
