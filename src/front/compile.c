/* The compiler's driver and its per-scope machinery: compilation units (one
 * per code object), basic blocks and instruction emission, the constants
 * and names tables, name resolution into LOAD_FAST / LOAD_DEREF /
 * LOAD_GLOBAL / LOAD_NAME, and the scope-making constructs (module,
 * function, lambda, class, comprehension) that open a unit, compile its
 * body and come back with a code object. Statements and expressions are
 * in compile_stmt.c / compile_expr.c, assembly in assemble.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/complex.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "ast_unparse.h"
#include "compile_internal.h"
#include "parser.h"

/* -- Errors -------------------------------------------------------------- */

bool c_ok(compiler *c) { return !c->failed; }

void c_oom(compiler *c)
{
    if (!c->failed && !exc_occurred())
        exc_no_memory();
    c->failed = true;
}

void c_error(compiler *c, ast_node *n, const char *fmt, ...)
{
    if (c->failed)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    st_error_at(c->err, c->filename, c->src, c->srclen, n->lineno, n->col_offset, n->end_lineno,
                n->end_col_offset, "%s", msg);
    c->failed = true;
}

void c_error_here(compiler *c, const char *msg)
{
    ast_node at;
    memset(&at, 0, sizeof at);
    at.lineno = c->u->loc.lineno;
    at.end_lineno = c->u->loc.end_lineno;
    at.col_offset = c->u->loc.col;
    at.end_col_offset = c->u->loc.end_col;
    c_error(c, &at, "%s", msg);
}

void c_warn(compiler *c, const char *fmt, ...)
{
    if (!c->warn || c->failed)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->warn(c->warn_ctx, c->u->loc.lineno, msg);
}

/* -- Blocks and instructions ----------------------------------------------- */

block *c_new_block(compiler *c)
{
    block *b = arena_alloc(c->arena, sizeof *b);
    if (!b) {
        c_oom(c);
        return NULL;
    }
    b->startdepth = -1;
    return b;
}

/* Appends b to the unit's chain and makes it current. */
void c_use_block(compiler *c, block *b)
{
    if (!b)
        return;
    cunit *u = c->u;
    if (!b->linked) {
        b->linked = true;
        block *last = u->cur;
        while (last && last->next)
            last = last->next;
        if (last)
            last->next = b;
        else
            u->first = b;
    }
    u->cur = b;
}

static bool is_terminator(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE || op == PSEUDO_JUMP ||
           op == PSEUDO_JUMP_NO_INTERRUPT;
}

static instr *next_instr(compiler *c)
{
    if (c->failed)
        return NULL;
    cunit *u = c->u;
    block *b = u->cur;
    /* nothing follows a terminator in its block: start an (unreachable
     * unless jumped to) new one */
    if (b->n && is_terminator(b->instrs[b->n - 1].op)) {
        b = c_new_block(c);
        if (!b)
            return NULL;
        c_use_block(c, b);
    }
    if (b->n == b->cap) {
        int cap = b->cap ? b->cap * 2 : 16;
        instr *ni = arena_alloc(c->arena, (size_t)cap * sizeof *ni);
        if (!ni) {
            c_oom(c);
            return NULL;
        }
        if (b->n)
            memcpy(ni, b->instrs, (size_t)b->n * sizeof *ni);
        b->instrs = ni;
        b->cap = cap;
    }
    instr *i = &b->instrs[b->n++];
    memset(i, 0, sizeof *i);
    i->pos = u->loc;
    i->handler = u->nhandlers ? u->handlers[u->nhandlers - 1] : NULL;
    return i;
}

void c_emit(compiler *c, int op, int arg)
{
    instr *i = next_instr(c);
    if (!i)
        return;
    i->op = op;
    i->arg = arg;
}

void c_emit_jump(compiler *c, int op, block *target)
{
    if (!target) {
        c_oom(c);
        return;
    }
    instr *i = next_instr(c);
    if (!i)
        return;
    i->op = op;
    i->target = target;
}

/* Starts a protected region whose exceptions go to `handler`; the handler
 * restores the stack to the current depth minus `below`. */
void c_emit_setup(compiler *c, block *handler, bool lasti, int below)
{
    if (!handler) {
        c_oom(c);
        return;
    }
    if (c->u->nhandlers == MAX_HANDLERS) {
        c_error_here(c, "too many statically nested blocks");
        return;
    }
    handler->handler_lasti = lasti;
    c_emit_jump(c, PSEUDO_SETUP, handler);
    if (c->failed)
        return;
    block *b = c->u->cur;
    b->instrs[b->n - 1].arg = below;
    c->u->handlers[c->u->nhandlers++] = handler;
}

void c_pop_handler(compiler *c)
{
    if (c->u->nhandlers)
        c->u->nhandlers--;
}

void c_set_loc(compiler *c, ast_node *n)
{
    c->u->loc.lineno = n->lineno;
    c->u->loc.end_lineno = n->end_lineno;
    c->u->loc.col = n->col_offset;
    c->u->loc.end_col = n->end_col_offset;
}

void c_set_loc_none(compiler *c)
{
    c->u->loc.lineno = c->u->loc.end_lineno = c->u->loc.col = c->u->loc.end_col = -1;
}

/* -- Constants and names ------------------------------------------------------ */

/* Equal as constants: same type and same value (so 1, 1.0, True and -0.0
 * stay apart, as in CPython's constant merging). */
static bool const_same(value a, value b)
{
    if (a == b)
        return true;
    if (v_is_int(a) || v_is_int(b))
        return false;
    type_object *t = v_type(a);
    if (t != v_type(b))
        return false;
    if (t == &str_type)
        return str_eq(a, b);
    if (t == &float_type) {
        double x = v_float(a), y = v_float(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &complex_type) {
        complex_object *x = (complex_object *)v_obj(a), *y = (complex_object *)v_obj(b);
        return memcmp(&x->re, &y->re, sizeof(double)) == 0 && memcmp(&x->im, &y->im, sizeof(double)) == 0;
    }
    if (t == &int_type) {
        mpz_t x, y;
        mpz_init(x);
        mpz_init(y);
        int_to_mpz(a, x);
        int_to_mpz(b, y);
        bool eq = mpz_cmp(x, y) == 0;
        mpz_clear(x);
        mpz_clear(y);
        return eq;
    }
    if (t == &tuple_type) {
        if (tuple_len(a) != tuple_len(b))
            return false;
        for (size_t i = 0; i < tuple_len(a); i++)
            if (!const_same(tuple_get(a, i), tuple_get(b, i)))
                return false;
        return true;
    }
    if (t == &bytes_type) {
        int r = obj_richcompare_bool(a, b, CMP_EQ);
        if (r < 0) {
            exc_clear();
            return false;
        }
        return r;
    }
    return false;
}

int c_add_const(compiler *c, value v)
{
    if (c->failed || !v) {
        c_oom(c);
        return 0;
    }
    value l = c->u->consts;
    for (size_t i = 0; i < list_len(l); i++)
        if (const_same(list_get(l, i), v))
            return (int)i;
    if (list_append(l, v) < 0) {
        c_oom(c);
        return 0;
    }
    return (int)list_len(l) - 1;
}

void c_load_const(compiler *c, value v)
{
    int i = c_add_const(c, v);
    c_emit(c, OP_LOAD_CONST, i);
}

void c_load_none(compiler *c) { c_load_const(c, V_NONE); }

static int add_cname(compiler *c, const char ***arr, int *n, int *cap, const char *name)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp((*arr)[i], name))
            return i;
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 16;
        const char **na = arena_alloc(c->arena, (size_t)ncap * sizeof *na);
        if (!na) {
            c_oom(c);
            return 0;
        }
        if (*n)
            memcpy(na, *arr, (size_t)*n * sizeof *na);
        *arr = na;
        *cap = ncap;
    }
    (*arr)[*n] = name;
    return (*n)++;
}

int c_add_name(compiler *c, const char *name)
{
    return add_cname(c, &c->u->names, &c->u->nnames, &c->u->capnames, name);
}

/* An interned str, kept alive. */
value c_str(compiler *c, const char *s)
{
    value v = str_intern_cstr(s);
    if (!v) {
        c_oom(c);
        return V_NULL;
    }
    return v;
}

/* Identifier-like strings are interned, as CPython interns them. */
static bool identifier_like(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    return true;
}

value c_const_value(compiler *c, ast_constant *k)
{
    value v = V_NULL;
    switch (k->kind) {
    case AST_CONST_NONE: return V_NONE;
    case AST_CONST_TRUE: return V_TRUE;
    case AST_CONST_FALSE: return V_FALSE;
    case AST_CONST_ELLIPSIS: return V_ELLIPSIS;
    case AST_CONST_INT: v = int_from_i64(k->u.i); break;
    case AST_CONST_BIGINT: v = int_from_str(k->u.str.s, k->u.str.len, 10); break;
    case AST_CONST_FLOAT: v = float_new(k->u.f); break;
    case AST_CONST_COMPLEX: v = complex_new(0.0, k->u.f); break;
    case AST_CONST_STR:
        v = str_from_utf8(k->u.str.s, k->u.str.len);
        if (v && identifier_like(k->u.str.s, k->u.str.len))
            v = str_intern(v);
        break;
    case AST_CONST_BYTES: v = bytes_from(k->u.str.s, k->u.str.len); break;
    case AST_CONST_OBJECT: return (value)(uintptr_t)k->u.i;
    default: break;
    }
    if (!v)
        c_oom(c);
    return v;
}

/* -- Frame blocks ------------------------------------------------------------- */

bool c_push_fblock(compiler *c, fblock_kind kind, block *start, block *exit)
{
    cunit *u = c->u;
    if (u->nfblocks == MAX_FBLOCKS) {
        c_error_here(c, "too many statically nested blocks");
        return false;
    }
    fblock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->start = start;
    f->exit = exit;
    f->nhandlers = u->nhandlers;
    return true;
}

void c_pop_fblock(compiler *c)
{
    if (c->u->nfblocks)
        c->u->nfblocks--;
}

/* -- Names -------------------------------------------------------------------- */

const char *c_mangle(compiler *c, const char *name)
{
    const char *m = st_mangle(c->arena, c->u->private_name, name);
    if (!m)
        c_oom(c);
    return m ? m : name;
}

bool c_is_function_unit(compiler *c) { return c->u->ste->kind == ST_FUNCTION; }

/* The localsplus index of a cell or free variable of the current unit. */
int c_deref_index(compiler *c, const char *name)
{
    cunit *u = c->u;
    for (int i = 0; i < u->nargcells; i++)
        if (!strcmp(u->argcells[i], name))
            for (int j = 0; j < u->nfast; j++)
                if (!strcmp(u->fast[j], name))
                    return j;
    for (int i = 0; i < u->ncells; i++)
        if (!strcmp(u->cells[i], name))
            return u->nfast + i;
    for (int i = 0; i < u->nfrees; i++)
        if (!strcmp(u->frees[i], name))
            return u->nfast + u->ncells + i;
    /* cannot happen with a consistent symbol table */
    c_error(c, c->u->ste->node, "internal error: no cell for '%s'", name);
    return 0;
}

static int fast_index(compiler *c, const char *name)
{
    cunit *u = c->u;
    return add_cname(c, &u->fast, &u->nfast, &u->capfast, name);
}

bool c_forbidden_name(compiler *c, const char *name, int ctx)
{
    if (ctx == AST_CTX_Load || strcmp(name, "__debug__") != 0)
        return false;
    c_error_here(c, ctx == AST_CTX_Del ? "cannot delete __debug__" : "cannot assign to __debug__");
    return true;
}

void c_nameop(compiler *c, const char *name, int ctx)
{
    cunit *u = c->u;
    if (ctx == AST_CTX_Load && !strcmp(name, "__debug__")) {
        /* a constant, as in CPython */
        c_load_const(c, v_bool(!(c->flags & COMPILE_OPTIMIZE)));
        return;
    }
    if (c_forbidden_name(c, name, ctx))
        return;
    const char *m = c_mangle(c, name);
    int scope = st_entry_scope(u->ste, m);
    bool function = u->ste->kind == ST_FUNCTION;
    switch (scope) {
    case SC_FREE:
    case SC_CELL: {
        int op = ctx == AST_CTX_Load ? (u->ste->kind == ST_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
                 : ctx == AST_CTX_Store ? OP_STORE_DEREF : OP_DELETE_DEREF;
        int idx = -1;
        /* a class body naming `__class__` means the enclosing scope's
         * variable, not the implicit cell it makes for its methods */
        if (scope == SC_FREE && u->ste->kind == ST_CLASS)
            for (int i = 0; i < u->nfrees; i++)
                if (!strcmp(u->frees[i], m))
                    idx = u->nfast + u->ncells + i;
        c_emit(c, op, idx >= 0 ? idx : c_deref_index(c, m));
        return;
    }
    case SC_LOCAL:
        if (function) {
            int op = ctx == AST_CTX_Load ? OP_LOAD_FAST : ctx == AST_CTX_Store ? OP_STORE_FAST : OP_DELETE_FAST;
            c_emit(c, op, fast_index(c, m));
            return;
        }
        break;
    case SC_GLOBAL_IMPLICIT:
        if (function)
            goto global;
        break;
    case SC_GLOBAL_EXPLICIT:
    global: {
        int i = c_add_name(c, m);
        if (ctx == AST_CTX_Load)
            c_emit(c, OP_LOAD_GLOBAL, i << 1);
        else
            c_emit(c, ctx == AST_CTX_Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, i);
        return;
    }
    default:
        break;
    }
    int i = c_add_name(c, m);
    c_emit(c, ctx == AST_CTX_Load ? OP_LOAD_NAME : ctx == AST_CTX_Store ? OP_STORE_NAME : OP_DELETE_NAME, i);
}

/* -- Units ---------------------------------------------------------------------- */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Collects the names of `scope` (and, for frees, class names passed on to
 * methods) from the entry, sorted as CPython sorts co_cellvars/freevars. */
static const char **collect(compiler *c, st_entry *e, int scope, bool free_class, int *n)
{
    const char **arr = arena_alloc(c->arena, (size_t)(e->nsyms + 1) * sizeof *arr);
    if (!arr) {
        c_oom(c);
        *n = 0;
        return NULL;
    }
    int k = 0;
    for (int i = 0; i < e->nsyms; i++) {
        st_symbol *s = &e->syms[i];
        if (s->scope == scope || (free_class && (s->flags & DEF_FREE_CLASS)))
            arr[k++] = s->name;
    }
    qsort(arr, (size_t)k, sizeof *arr, cmp_names);
    *n = k;
    return arr;
}

static value make_qualname(compiler *c, const char *name)
{
    cunit *p = c->u;   /* the parent: called before the new unit is current */
    if (!p || p->kind == UNIT_MODULE)
        return c_str(c, name);
    const char *m = st_mangle(c->arena, p->private_name, name);
    if (p->ste->kind == ST_FUNCTION || p->ste->kind == ST_CLASS) {
        /* a name declared global in the parent gets a top-level qualname */
        st_symbol *s = m ? st_entry_get(p->ste, m) : NULL;
        if (s && s->scope == SC_GLOBAL_EXPLICIT)
            return c_str(c, name);
    }
    /* only function scopes add ".<locals>": a comprehension does not */
    bool plain = p->kind == UNIT_CLASS || p->kind == UNIT_COMPREHENSION;
    value v = plain ? str_format("%S.%s", p->qualname, name)
                    : str_format("%S.<locals>.%s", p->qualname, name);
    if (!v)
        c_oom(c);
    return v;
}

static bool enter_unit(compiler *c, int kind, const char *name, ast_node *node, int firstlineno)
{
    if (c->failed)
        return false;
    st_entry *e = symtable_lookup(c->st, node);
    cunit *u = arena_alloc(c->arena, sizeof *u);
    if (!e || !u) {
        c_oom(c);
        return false;
    }
    u->ste = e;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->consts = list_new(0);
    if (!u->consts || list_append(c->keep, u->consts) < 0) {
        c_oom(c);
        return false;
    }
    u->qualname = kind == UNIT_MODULE ? c_str(c, name) : make_qualname(c, name);
    if (!u->qualname || list_append(c->keep, u->qualname) < 0) {
        c_oom(c);
        return false;
    }
    u->private_name = kind == UNIT_CLASS ? name : c->u ? c->u->private_name : NULL;
    u->parent = c->u;
    u->loc.lineno = firstlineno;
    u->loc.end_lineno = firstlineno;
    u->loc.col = u->loc.end_col = -1;
    /* parameters first, in order, then the other locals: the slots of
     * cells, after them, are known from the start */
    for (int i = 0; i < e->nvarnames; i++)
        add_cname(c, &u->fast, &u->nfast, &u->capfast, e->varnames[i]);
    if (e->kind == ST_FUNCTION)
        for (int i = 0; i < e->nsyms; i++)
            if (e->syms[i].scope == SC_LOCAL)
                add_cname(c, &u->fast, &u->nfast, &u->capfast, e->syms[i].name);
    int ncellsyms;
    const char **cellsyms = collect(c, e, SC_CELL, false, &ncellsyms);
    /* arguments that are cells keep their slot; the others get new ones */
    u->cells = arena_alloc(c->arena, (size_t)(ncellsyms + 1) * sizeof(char *));
    u->argcells = arena_alloc(c->arena, (size_t)(ncellsyms + 1) * sizeof(char *));
    if (!u->cells || !u->argcells) {
        c_oom(c);
        return false;
    }
    for (int i = 0; i < ncellsyms; i++) {
        bool is_arg = false;
        for (int j = 0; j < e->nvarnames; j++)
            if (!strcmp(e->varnames[j], cellsyms[i]))
                is_arg = true;
        if (is_arg)
            u->argcells[u->nargcells++] = cellsyms[i];
        else
            u->cells[u->ncells++] = cellsyms[i];
    }
    if (e->kind == ST_CLASS && e->needs_class_closure)
        u->cells[u->ncells++] = "__class__";
    u->frees = collect(c, e, SC_FREE, e->kind == ST_CLASS, &u->nfrees);
    c->u = u;
    block *b = c_new_block(c);
    if (!b)
        return false;
    c_use_block(c, b);
    /* the prologue: cells, closure, generator creation, RESUME */
    /* the prologue: generator creation, cells, the closure, RESUME */
    u->loc.col = u->loc.end_col = -1;
    if (e->kind == ST_FUNCTION && (e->generator || e->coroutine)) {
        c_emit(c, OP_RETURN_GENERATOR, 0);
        c_emit(c, OP_POP_TOP, 0);
    }
    for (int i = 0; i < u->nargcells; i++)
        c_emit(c, OP_MAKE_CELL, c_deref_index(c, u->argcells[i]));
    for (int i = 0; i < u->ncells; i++)
        c_emit(c, OP_MAKE_CELL, u->nfast + i);
    if (u->nfrees)
        c_emit(c, OP_COPY_FREE_VARS, u->nfrees);
    c_emit(c, OP_RESUME, 0);
    return true;
}

/* The rest of the prologue, once the locals are known (MAKE_CELL of
 * non-argument cells needs their final slots, which come after all fast
 * locals): emitted at assembly time by finish_unit. */
static void leave_unit(compiler *c)
{
    c->u = c->u->parent;
}

/* Turns the current unit into a code object (prologue included). */
static value finish_unit(compiler *c)
{
    if (c->failed)
        return V_NULL;
    cunit *u = c->u;
    st_entry *e = u->ste;
    int flags = 0;
    if (e->kind == ST_FUNCTION) {
        flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (e->varargs)
            flags |= CO_VARARGS;
        if (e->varkeywords)
            flags |= CO_VARKEYWORDS;
        if (e->nested)
            flags |= CO_NESTED;
        if (e->generator && e->coroutine)
            flags |= CO_ASYNC_GENERATOR;
        else if (e->generator)
            flags |= CO_GENERATOR;
        else if (e->coroutine)
            flags |= CO_COROUTINE;
    }
    if (!u->ncells && !u->nfrees && !u->nargcells)
        flags |= CO_NOFREE;
    value co = c_assemble(c, flags);
    if (co && list_append(c->keep, co) < 0) {
        c_oom(c);
        return V_NULL;
    }
    return co;
}

/* Builds the closure tuple of a code object about to become a function:
 * LOAD_CLOSURE of each of its free variables, in its order. Returns the
 * MAKE_FUNCTION flag (8) or 0. */
static int load_closure(compiler *c, value code)
{
    code_object *co = v_code(code);
    if (!co->nfreevars)
        return 0;
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        const char *name = str_data(tuple_get(co->localsplusnames, (size_t)i));
        /* a class body passes its own cells and frees on; so does a function */
        c_emit(c, OP_LOAD_CLOSURE, c_deref_index(c, name));
    }
    c_emit(c, OP_BUILD_TUPLE, co->nfreevars);
    return 8;
}

/* Emits the function-making sequence for `code` with `flags` already
 * accounting for defaults/kwdefaults/annotations on the stack. */
static void make_function(compiler *c, value code, int flags)
{
    if (!code)
        return;
    flags |= load_closure(c, code);
    c_load_const(c, code);
    c_emit(c, OP_MAKE_FUNCTION, flags);
}

/* -- Functions ----------------------------------------------------------------- */

static const char *docstring_of(ast_seq *body, ast_node **node)
{
    if (ast_seq_len(body) == 0)
        return NULL;
    ast_node *s = ast_seq_node(body, 0);
    if (s->kind != AST_Expr || s->v.Expr.value->kind != AST_Constant ||
        s->v.Expr.value->v.Constant.value.kind != AST_CONST_STR)
        return NULL;
    *node = s->v.Expr.value;
    return "";
}

/* Defaults (a tuple) and keyword-only defaults (a dict), evaluated where
 * the function is defined. Returns MAKE_FUNCTION flags. */
static int compile_defaults(compiler *c, ast_node *args)
{
    int flags = 0;
    ast_seq *defs = args->v.arguments.defaults;
    if (ast_seq_len(defs)) {
        c_exprs(c, defs);
        c_emit(c, OP_BUILD_TUPLE, ast_seq_len(defs));
        flags |= 1;
    }
    ast_seq *kwonly = args->v.arguments.kwonlyargs;
    ast_seq *kwdefs = args->v.arguments.kw_defaults;
    int n = 0;
    for (int i = 0; i < ast_seq_len(kwonly); i++) {
        ast_node *d = i < ast_seq_len(kwdefs) ? ast_seq_node(kwdefs, i) : NULL;
        if (!d)
            continue;
        c_load_const(c, c_str(c, c_mangle(c, ast_seq_node(kwonly, i)->v.arg.arg)));
        c_expr(c, d);
        n++;
    }
    if (n) {
        c_emit(c, OP_BUILD_MAP, n);
        flags |= 2;
    }
    return flags;
}

/* The source text of a one-line node (NULL when unknown). */
static value source_segment(compiler *c, ast_node *n)
{
    if (!c->src || n->lineno != n->end_lineno || n->lineno < 1)
        return V_NULL;
    const char *s = c->src, *end = c->src + c->srclen;
    for (int i = 1; i < n->lineno && s < end; i++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl ? nl + 1 : end;
    }
    if (s + n->end_col_offset > end || n->col_offset > n->end_col_offset)
        return V_NULL;
    return str_from_utf8(s + n->col_offset, (size_t)(n->end_col_offset - n->col_offset));
}

/* An annotation's value; under `from __future__ import annotations`, its
 * text: the AST unparsed, as CPython does it (normalised spacing and
 * quotes, one line), else the source text. */
void c_annotation(compiler *c, ast_node *ann)
{
    if (c->future_annotations) {
        value text = ast_unparse_annotation(ann);
        if (!text) {
            exc_clear();
            text = source_segment(c, ann);
        }
        c_load_const(c, text ? text : c_str(c, "<annotation>"));
        return;
    }
    if (ann->kind == AST_Starred) {
        /* *args: *Ts (PEP 646): the annotation is the one item of Ts */
        c_expr(c, ann->v.Starred.value);
        c_emit(c, OP_UNPACK_SEQUENCE, 1);
        return;
    }
    c_expr(c, ann);
}

static void annotation_value(compiler *c, ast_node *ann) { c_annotation(c, ann); }

static int add_arg_annotations(compiler *c, ast_seq *args)
{
    int n = 0;
    for (int i = 0; i < ast_seq_len(args); i++) {
        ast_node *a = ast_seq_node(args, i);
        if (!a->v.arg.annotation)
            continue;
        c_load_const(c, c_str(c, c_mangle(c, a->v.arg.arg)));
        annotation_value(c, a->v.arg.annotation);
        n++;
    }
    return n;
}

/* The annotations tuple (name, value, name, value...): flag 4. */
static int compile_annotations(compiler *c, ast_node *args, ast_node *returns)
{
    int n = add_arg_annotations(c, args->v.arguments.posonlyargs);
    n += add_arg_annotations(c, args->v.arguments.args);
    if (args->v.arguments.vararg) {
        ast_node *a = args->v.arguments.vararg;
        if (a->v.arg.annotation) {
            c_load_const(c, c_str(c, c_mangle(c, a->v.arg.arg)));
            annotation_value(c, a->v.arg.annotation);
            n++;
        }
    }
    n += add_arg_annotations(c, args->v.arguments.kwonlyargs);
    if (args->v.arguments.kwarg && args->v.arguments.kwarg->v.arg.annotation) {
        c_load_const(c, c_str(c, c_mangle(c, args->v.arguments.kwarg->v.arg.arg)));
        annotation_value(c, args->v.arguments.kwarg->v.arg.annotation);
        n++;
    }
    if (returns) {
        c_load_const(c, c_str(c, "return"));
        annotation_value(c, returns);
        n++;
    }
    if (!n)
        return 0;
    c_emit(c, OP_BUILD_TUPLE, n * 2);
    return 4;
}

static void set_arg_counts(cunit *u, ast_node *args)
{
    u->posonlyargcount = ast_seq_len(args->v.arguments.posonlyargs);
    u->argcount = u->posonlyargcount + ast_seq_len(args->v.arguments.args);
    u->kwonlyargcount = ast_seq_len(args->v.arguments.kwonlyargs);
}

static void decorators_before(compiler *c, ast_seq *decos)
{
    for (int i = 0; i < ast_seq_len(decos); i++) {
        ast_node *d = ast_seq_node(decos, i);
        c_set_loc(c, d);
        c_emit(c, OP_PUSH_NULL, 0);
        c_expr(c, d);
    }
}

static void decorators_after(compiler *c, ast_seq *decos)
{
    for (int i = ast_seq_len(decos) - 1; i >= 0; i--) {
        c_set_loc(c, ast_seq_node(decos, i));
        c_emit(c, OP_CALL, 1);
    }
}

/* No parameter may be called __debug__ (the error is at the def or the
 * lambda, as CPython reports it). */
static bool check_debug_args(compiler *c, ast_node *args)
{
    ast_seq *lists[] = { args->v.arguments.posonlyargs, args->v.arguments.args,
                         args->v.arguments.kwonlyargs };
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (int i = 0; i < ast_seq_len(lists[l]); i++)
            if (c_forbidden_name(c, ast_seq_node(lists[l], i)->v.arg.arg, AST_CTX_Store))
                return false;
    ast_node *star[] = { args->v.arguments.vararg, args->v.arguments.kwarg };
    for (size_t i = 0; i < 2; i++)
        if (star[i] && c_forbidden_name(c, star[i]->v.arg.arg, AST_CTX_Store))
            return false;
    return true;
}

void c_function_def(compiler *c, ast_node *n, bool is_async)
{
    ast_node *args = n->v.FunctionDef.args;
    ast_seq *decos = n->v.FunctionDef.decorator_list;
    int firstlineno = ast_seq_len(decos) ? ast_seq_node(decos, 0)->lineno : n->lineno;
    decorators_before(c, decos);
    c_set_loc(c, n);
    if (!check_debug_args(c, args))
        return;
    int flags = compile_defaults(c, args);
    flags |= compile_annotations(c, args, n->v.FunctionDef.returns);
    if (!enter_unit(c, is_async ? UNIT_ASYNC_FUNCTION : UNIT_FUNCTION, n->v.FunctionDef.name, n,
                    firstlineno))
        return;
    set_arg_counts(c->u, args);
    ast_seq *body = n->v.FunctionDef.body;
    ast_node *docnode = NULL;
    int start = 0;
    if (!(c->flags & COMPILE_NO_DOCSTRINGS) && docstring_of(body, &docnode)) {
        c_add_const(c, c_const_value(c, &docnode->v.Constant.value));
        start = 1;
    } else {
        c_add_const(c, V_NONE);
    }
    for (int i = start; i < ast_seq_len(body); i++)
        c_stmt(c, ast_seq_node(body, i));
    value code = finish_unit(c);
    leave_unit(c);
    c_set_loc(c, n);
    make_function(c, code, flags);
    decorators_after(c, decos);
    c_set_loc(c, n);
    c_nameop(c, n->v.FunctionDef.name, AST_CTX_Store);
}

void c_lambda(compiler *c, ast_node *n)
{
    ast_node *args = n->v.Lambda.args;
    c_set_loc(c, n);
    if (!check_debug_args(c, args))
        return;
    int flags = compile_defaults(c, args);
    if (!enter_unit(c, UNIT_LAMBDA, "<lambda>", n, n->lineno))
        return;
    set_arg_counts(c->u, args);
    c_add_const(c, V_NONE);   /* a lambda has no docstring */
    c_set_loc(c, n->v.Lambda.body);
    /* a generator lambda returns its body's value too (bpo-23192) */
    c_expr(c, n->v.Lambda.body);
    c_emit(c, OP_RETURN_VALUE, 0);
    value code = finish_unit(c);
    leave_unit(c);
    c_set_loc(c, n);
    make_function(c, code, flags);
}

/* -- Classes ------------------------------------------------------------------- */

bool c_has_annotations(ast_seq *body)
{
    for (int i = 0; i < ast_seq_len(body); i++) {
        ast_node *s = ast_seq_node(body, i);
        switch (s->kind) {
        case AST_AnnAssign: return true;
        case AST_For: case AST_AsyncFor: case AST_While: case AST_If:
            if (c_has_annotations(s->v.For.body) || c_has_annotations(s->v.For.orelse))
                return true;
            break;
        case AST_With: case AST_AsyncWith:
            if (c_has_annotations(s->v.With.body))
                return true;
            break;
        case AST_Try: case AST_TryStar:
            if (c_has_annotations(s->v.Try.body) || c_has_annotations(s->v.Try.orelse) ||
                c_has_annotations(s->v.Try.finalbody))
                return true;
            for (int j = 0; j < ast_seq_len(s->v.Try.handlers); j++)
                if (c_has_annotations(ast_seq_node(s->v.Try.handlers, j)->v.ExceptHandler.body))
                    return true;
            break;
        case AST_Match:
            for (int j = 0; j < ast_seq_len(s->v.Match.cases); j++)
                if (c_has_annotations(ast_seq_node(s->v.Match.cases, j)->v.match_case.body))
                    return true;
            break;
        default: break;
        }
    }
    return false;
}

static void body_with_docstring(compiler *c, ast_seq *body)
{
    ast_node *docnode = NULL;
    int start = 0;
    if (!(c->flags & COMPILE_NO_DOCSTRINGS) && docstring_of(body, &docnode)) {
        c_set_loc(c, ast_seq_node(body, 0));
        c_load_const(c, c_const_value(c, &docnode->v.Constant.value));
        c_nameop(c, "__doc__", AST_CTX_Store);
        start = 1;
    }
    for (int i = start; i < ast_seq_len(body); i++)
        c_stmt(c, ast_seq_node(body, i));
}

void c_class_def(compiler *c, ast_node *n)
{
    ast_seq *decos = n->v.ClassDef.decorator_list;
    int firstlineno = ast_seq_len(decos) ? ast_seq_node(decos, 0)->lineno : n->lineno;
    decorators_before(c, decos);
    if (!enter_unit(c, UNIT_CLASS, n->v.ClassDef.name, n, firstlineno))
        return;
    c_set_loc(c, n);
    c_nameop(c, "__name__", AST_CTX_Load);
    c_nameop(c, "__module__", AST_CTX_Store);
    c_load_const(c, c->u->qualname);
    c_nameop(c, "__qualname__", AST_CTX_Store);
    if (c_has_annotations(n->v.ClassDef.body))
        c_emit(c, OP_SETUP_ANNOTATIONS, 0);
    body_with_docstring(c, n->v.ClassDef.body);
    c_set_loc_none(c);
    if (c->u->ste->needs_class_closure) {
        c_emit(c, OP_LOAD_CLOSURE, c_deref_index(c, "__class__"));
        c_emit(c, OP_COPY, 1);
        c_nameop(c, "__classcell__", AST_CTX_Store);
    } else {
        c_load_none(c);
    }
    c_emit(c, OP_RETURN_VALUE, 0);
    value code = finish_unit(c);
    leave_unit(c);
    c_set_loc(c, n);
    c_emit(c, OP_PUSH_NULL, 0);
    c_emit(c, OP_LOAD_BUILD_CLASS, 0);
    make_function(c, code, 0);
    c_load_const(c, c_str(c, n->v.ClassDef.name));
    c_call_helper(c, 2, n->v.ClassDef.bases, n->v.ClassDef.keywords);
    decorators_after(c, decos);
    c_set_loc(c, n);
    c_nameop(c, n->v.ClassDef.name, AST_CTX_Store);
}

/* -- Comprehensions --------------------------------------------------------------- */

static void comprehension_element(compiler *c, ast_node *n, int depth, ast_node *elt, ast_node *val)
{
    switch (n->kind) {
    case AST_GeneratorExp:
        c_expr(c, elt);
        if (c->u->ste->coroutine)
            c_emit(c, OP_ASYNC_GEN_WRAP, 0);
        c_emit(c, OP_YIELD_VALUE, 0);
        c_emit(c, OP_RESUME, 1);
        c_emit(c, OP_POP_TOP, 0);
        break;
    case AST_ListComp:
        c_expr(c, elt);
        c_emit(c, OP_LIST_APPEND, depth);
        break;
    case AST_SetComp:
        c_expr(c, elt);
        c_emit(c, OP_SET_ADD, depth);
        break;
    default:
        c_expr(c, elt);
        c_expr(c, val);
        c_emit(c, OP_MAP_ADD, depth);
        break;
    }
}

/* One `for ... in ... if ...` level; recursion places the next levels and
 * finally the element inside the innermost loop. */
static void comprehension_level(compiler *c, ast_node *n, ast_seq *gens, int gi, ast_node *elt,
                                ast_node *val)
{
    ast_node *g = ast_seq_node(gens, gi);
    bool is_async = g->v.comprehension.is_async;
    block *start = c_new_block(c), *if_cleanup = c_new_block(c), *anchor = c_new_block(c);
    if (gi == 0) {
        c_emit(c, OP_LOAD_FAST, 0);   /* .0, already an iterator */
    } else {
        c_expr(c, g->v.comprehension.iter);
        c_emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    c_use_block(c, start);
    if (is_async) {
        c_emit_setup(c, anchor, false, 0);
        c_emit(c, OP_GET_ANEXT, 0);
        c_load_none(c);
        c_send_loop(c, 3);
        c_pop_handler(c);
    } else {
        c_emit_jump(c, OP_FOR_ITER, anchor);
    }
    c_store_target(c, g->v.comprehension.target);
    for (int i = 0; i < ast_seq_len(g->v.comprehension.ifs); i++)
        c_jump_if(c, ast_seq_node(g->v.comprehension.ifs, i), if_cleanup, false);
    if (gi + 1 < ast_seq_len(gens))
        comprehension_level(c, n, gens, gi + 1, elt, val);
    else
        comprehension_element(c, n, ast_seq_len(gens) + 1, elt, val);
    c_use_block(c, if_cleanup);
    c_emit_jump(c, PSEUDO_JUMP, start);
    c_use_block(c, anchor);
    if (is_async)
        c_emit(c, OP_END_ASYNC_FOR, 0);
}

void c_comprehension(compiler *c, ast_node *n)
{
    static const char *const names[] = { "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" };
    ast_seq *gens;
    ast_node *elt, *val = NULL;
    int which;
    switch (n->kind) {
    case AST_ListComp: gens = n->v.ListComp.generators; elt = n->v.ListComp.elt; which = 0; break;
    case AST_SetComp: gens = n->v.SetComp.generators; elt = n->v.SetComp.elt; which = 1; break;
    case AST_DictComp:
        gens = n->v.DictComp.generators; elt = n->v.DictComp.key; val = n->v.DictComp.value; which = 2;
        break;
    default: gens = n->v.GeneratorExp.generators; elt = n->v.GeneratorExp.elt; which = 3; break;
    }
    ast_node *outer = ast_seq_node(gens, 0);
    st_entry *e = symtable_lookup(c->st, n);
    bool is_async = e && e->coroutine;
    if (is_async && n->kind != AST_GeneratorExp && c->u->kind != UNIT_ASYNC_FUNCTION &&
        c->u->kind != UNIT_COMPREHENSION) {
        c_error(c, n, "asynchronous comprehension outside of an asynchronous function");
        return;
    }
    if (!enter_unit(c, UNIT_COMPREHENSION, names[which], n, n->lineno))
        return;
    c->u->argcount = 1;
    c_set_loc(c, n);
    if (which != 3) {
        c_emit(c, which == 0 ? OP_BUILD_LIST : which == 1 ? OP_BUILD_SET : OP_BUILD_MAP, 0);
    }
    comprehension_level(c, n, gens, 0, elt, val);
    c_set_loc(c, n);
    if (which == 3)
        c_load_none(c);
    c_emit(c, OP_RETURN_VALUE, 0);
    value code = finish_unit(c);
    leave_unit(c);
    c_set_loc(c, n);
    c_emit(c, OP_PUSH_NULL, 0);
    make_function(c, code, 0);
    c_expr(c, outer->v.comprehension.iter);
    c_set_loc(c, n);
    c_emit(c, outer->v.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    c_emit(c, OP_CALL, 1);
    if (is_async && n->kind != AST_GeneratorExp) {
        c_emit(c, OP_GET_AWAITABLE, 0);
        c_load_none(c);
        c_send_loop(c, 3);
    }
}

/* -- The module ------------------------------------------------------------- */

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL,
};

/* The `from __future__ import ...` statements that open a module (after
 * its docstring): known features, and where the prefix ends. */
static void check_future(compiler *c, ast_node *mod)
{
    if (mod->kind != AST_Module && mod->kind != AST_Interactive)
        return;
    /* 'single' input may be a future import too */
    ast_seq *body = mod->kind == AST_Module ? mod->v.Module.body : mod->v.Interactive.body;
    ast_node *doc;
    bool done = false;
    int prev_line = 0;
    for (int i = docstring_of(body, &doc) ? 1 : 0; i < ast_seq_len(body) && !c->failed; i++) {
        ast_node *s = ast_seq_node(body, i);
        /* a late future import on a later line is the compiler's error
         * (stmt_import_from); one sharing a line is found here */
        if (done && s->lineno > prev_line)
            return;
        prev_line = s->lineno;
        if (s->kind != AST_ImportFrom || !s->v.ImportFrom.module ||
            strcmp(s->v.ImportFrom.module, "__future__")) {
            done = true;
            continue;
        }
        /* CPython gives these errors a start column only (this one a
         * column to the left: it passes the 0-based column as 1-based) */
        if (done) {
            st_error_at(c->err, c->filename, c->src, c->srclen, s->lineno, s->col_offset - 1, s->lineno,
                        -1, "from __future__ imports must occur at the beginning of the file");
            c->failed = true;
            return;
        }
        for (int k = 0; k < ast_seq_len(s->v.ImportFrom.names); k++) {
            const char *name = ast_seq_node(s->v.ImportFrom.names, k)->v.alias.name;
            bool known = false;
            for (int f = 0; future_features[f]; f++)
                known |= !strcmp(name, future_features[f]);
            if (!known) {
                if (!strcmp(name, "braces"))
                    st_error_at(c->err, c->filename, c->src, c->srclen, s->lineno, s->col_offset,
                                s->lineno, -1, "not a chance");
                else
                    st_error_at(c->err, c->filename, c->src, c->srclen, s->lineno, s->col_offset,
                                s->lineno, -1, "future feature %s is not defined", name);
                c->failed = true;
                return;
            }
            if (!strcmp(name, "annotations"))
                c->future_annotations = s;
        }
        c->future_lineno = s->lineno;
    }
}

static value compile_module(compiler *c, ast_node *mod, int mode)
{
    check_future(c, mod);
    if (c->failed)
        return V_NULL;
    if (!enter_unit(c, UNIT_MODULE, "<module>", mod, 1))
        return V_NULL;
    switch (mod->kind) {
    case AST_Module: {
        ast_seq *body = mod->v.Module.body;
        if (c_has_annotations(body))
            c_emit(c, OP_SETUP_ANNOTATIONS, 0);
        body_with_docstring(c, body);
        c_set_loc_none(c);
        c_load_none(c);
        c_emit(c, OP_RETURN_VALUE, 0);
        break;
    }
    case AST_Interactive:
        c->interactive = true;
        if (c_has_annotations(mod->v.Interactive.body))
            c_emit(c, OP_SETUP_ANNOTATIONS, 0);
        c_stmts(c, mod->v.Interactive.body);
        c_set_loc_none(c);
        c_load_none(c);
        c_emit(c, OP_RETURN_VALUE, 0);
        break;
    case AST_Expression:
        c_set_loc(c, mod->v.Expression.body);
        c_expr(c, mod->v.Expression.body);
        c_emit(c, OP_RETURN_VALUE, 0);
        break;
    default:
        c_error(c, mod, "compile() expected a module");
        break;
    }
    (void)mode;
    value code = finish_unit(c);
    leave_unit(c);
    return code;
}

value compile_ast_ex(ast_node *mod, const char *filename, int mode, int flags, const char *src,
                     size_t srclen, diag *err)
{
    return compile_ast_warn(mod, filename, mode, flags, src, srclen, err, NULL, NULL);
}

value compile_ast_warn(ast_node *mod, const char *filename, int mode, int flags, const char *src,
                       size_t srclen, diag *err, compile_warning_fn warn, void *warn_ctx)
{
    arena a;
    arena_init(&a);
    compiler c;
    memset(&c, 0, sizeof c);
    c.arena = &a;
    c.filename = filename;
    c.src = src;
    c.srclen = srclen;
    c.err = err;
    c.flags = flags;
    c.warn = warn;
    c.warn_ctx = warn_ctx;
    if (flags & COMPILE_FUTURE_ANNOTATIONS)
        c.future_annotations = mod;   /* any node: only its presence is looked at */
    value result = V_NULL;
    c.keep = list_new(0);
    c.filename_str = c.keep ? str_from_cstr(filename) : V_NULL;
    if (!c.keep || !c.filename_str || list_append(c.keep, c.filename_str) < 0) {
        arena_free(&a);
        return V_NULL;
    }
    c.st = symtable_build(mod, filename, src, srclen, &a, err);
    if (c.st)
        result = compile_module(&c, mod, mode);
    if (err->type == DIAG_MEMORY_ERROR) {
        diag_clear(err);
        exc_no_memory();
    }
    if (c.failed)
        result = V_NULL;
    arena_free(&a);
    /* keep c.keep alive to here */
    __asm__ volatile("" : : "r"(c.keep) : "memory");
    return result;
}

value compile_ast(ast_node *mod, const char *filename, int mode, int flags, diag *err)
{
    return compile_ast_ex(mod, filename, mode, flags, NULL, 0, err);
}

value compile_source(const char *bytes, size_t len, const char *filename, int mode, int flags, diag *err)
{
    arena a;
    arena_init(&a);
    ast_node *mod = parse_source(bytes, len, filename, mode, flags, &a, err);
    value r = V_NULL;
    if (mod)
        r = compile_ast_ex(mod, filename, mode, flags, bytes, len, err);
    arena_free(&a);
    return r;
}
