/* The symbol table (symtable.h). Two passes, as CPython 3.11's:
 *   1. a walk over the AST that makes an entry per scope and records, per
 *      name, how the scope uses it (DEF_* flags), raising the SyntaxErrors
 *      that depend only on one scope (global after use, duplicate
 *      arguments, yield in a comprehension, ...);
 *   2. an analysis from the module down that resolves each name to a scope
 *      (local, global, free, cell) given the names bound by enclosing
 *      functions, and propagates free names back up so enclosing
 *      functions turn the matching locals into cells. Class scopes bind
 *      nothing for their methods, except the implicit `__class__` cell.
 * Names are C strings in the compilation's arena, compared with strcmp;
 * name sets during analysis are small arrays (scopes are small). */
#include "symtable.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ST_MAX_DEPTH 2000

/* -- Errors ----------------------------------------------------------------- */

/* The text of line `lineno` of src, NUL-terminated in a static buffer. */
static const char *line_of(const char *src, size_t len, int lineno, char *buf, size_t cap)
{
    if (!src || lineno < 1)
        return NULL;
    const char *s = src, *end = src + len;
    for (int i = 1; i < lineno && s < end; i++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl ? nl + 1 : end;
    }
    const char *e = memchr(s, '\n', (size_t)(end - s));
    if (!e)
        e = end;
    size_t n = (size_t)(e - s);
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
    return buf;
}

void st_error_at(diag *err, const char *filename, const char *src, size_t srclen, int lineno,
                 int col, int end_lineno, int end_col, const char *fmt, ...)
{
    if (err->type != DIAG_NONE)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    static char buf[8192];
    const char *text = line_of(src, srclen, lineno, buf, sizeof buf);
    /* the caret line spans one line: clip a multi-line range */
    if (end_lineno != lineno)
        end_col = text ? (int)strlen(text) : -1;
    diag_raise(err, DIAG_SYNTAX_ERROR, text, lineno, col, end_lineno, end_col, "%s", msg);
    if (!err->filename && filename)
        err->filename = strdup(filename);
}

#define NODE_POS(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

static void error(symtable *st, ast_node *n, const char *fmt, const char *name)
{
    st_error_at(st->err, st->filename, st->src, st->srclen, NODE_POS(n), fmt, name);
}

static bool failed(symtable *st) { return st->oom || st->err->type != DIAG_NONE; }

/* -- Small growable arrays in the arena ------------------------------------- */

static bool grow(symtable *st, void **items, int *cap, int need, size_t size)
{
    if (need <= *cap)
        return true;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *n = arena_alloc(st->arena, (size_t)ncap * size);
    if (!n) {
        st->oom = true;
        return false;
    }
    if (*items)
        memcpy(n, *items, (size_t)*cap * size);
    *items = n;
    *cap = ncap;
    return true;
}

/* -- Names and mangling ----------------------------------------------------- */

const char *st_mangle(arena *a, const char *priv, const char *name)
{
    if (!priv || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((n >= 2 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*priv == '_')
        priv++;
    if (!*priv)
        return name;
    size_t p = strlen(priv);
    char *r = arena_alloc(a, n + p + 2);
    if (!r)
        return NULL;
    r[0] = '_';
    memcpy(r + 1, priv, p);
    memcpy(r + 1 + p, name, n + 1);
    return r;
}

static unsigned hash_str(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

st_symbol *st_entry_get(st_entry *e, const char *name)
{
    if (!e->hashcap)
        return NULL;
    unsigned mask = (unsigned)e->hashcap - 1;
    for (unsigned i = hash_str(name) & mask;; i = (i + 1) & mask) {
        int k = e->hash[i];
        if (!k)
            return NULL;
        if (!strcmp(e->syms[k - 1].name, name))
            return &e->syms[k - 1];
    }
}

int st_entry_scope(st_entry *e, const char *name)
{
    st_symbol *s = st_entry_get(e, name);
    return s && s->scope ? s->scope : SC_GLOBAL_IMPLICIT;
}

static bool rehash(symtable *st, st_entry *e)
{
    int cap = e->hashcap ? e->hashcap * 2 : 16;
    int *h = arena_alloc(st->arena, (size_t)cap * sizeof(int));
    if (!h) {
        st->oom = true;
        return false;
    }
    unsigned mask = (unsigned)cap - 1;
    for (int k = 0; k < e->nsyms; k++) {
        unsigned i = hash_str(e->syms[k].name) & mask;
        while (h[i])
            i = (i + 1) & mask;
        h[i] = k + 1;
    }
    e->hash = h;
    e->hashcap = cap;
    return true;
}

/* The symbol of `name` in e, created when absent. */
static st_symbol *symbol(symtable *st, st_entry *e, const char *name)
{
    st_symbol *s = st_entry_get(e, name);
    if (s)
        return s;
    if (!grow(st, (void **)&e->syms, &e->capsyms, e->nsyms + 1, sizeof(st_symbol)))
        return NULL;
    if ((e->nsyms + 1) * 2 > e->hashcap && !rehash(st, e))
        return NULL;
    s = &e->syms[e->nsyms++];
    s->name = name;
    s->flags = 0;
    s->scope = 0;
    unsigned mask = (unsigned)e->hashcap - 1;
    unsigned i = hash_str(name) & mask;
    while (e->hash[i])
        i = (i + 1) & mask;
    e->hash[i] = e->nsyms;
    return s;
}

/* -- Entries ------------------------------------------------------------------ */

static bool map_put(symtable *st, ast_node *key, st_entry *val)
{
    if ((st->mapcount + 1) * 2 > st->mapcap) {
        int cap = st->mapcap ? st->mapcap * 2 : 64;
        ast_node **keys = arena_alloc(st->arena, (size_t)cap * sizeof *keys);
        st_entry **vals = arena_alloc(st->arena, (size_t)cap * sizeof *vals);
        if (!keys || !vals) {
            st->oom = true;
            return false;
        }
        for (int i = 0; i < st->mapcap; i++) {
            if (!st->keys[i])
                continue;
            unsigned j = (unsigned)(((uintptr_t)st->keys[i] >> 4) * 2654435761u) & (unsigned)(cap - 1);
            while (keys[j])
                j = (j + 1) & (unsigned)(cap - 1);
            keys[j] = st->keys[i];
            vals[j] = st->vals[i];
        }
        st->keys = keys;
        st->vals = vals;
        st->mapcap = cap;
    }
    unsigned mask = (unsigned)st->mapcap - 1;
    unsigned j = (unsigned)(((uintptr_t)key >> 4) * 2654435761u) & mask;
    while (st->keys[j])
        j = (j + 1) & mask;
    st->keys[j] = key;
    st->vals[j] = val;
    st->mapcount++;
    return true;
}

st_entry *symtable_lookup(symtable *st, ast_node *key)
{
    if (!st->mapcap)
        return NULL;
    unsigned mask = (unsigned)st->mapcap - 1;
    for (unsigned j = (unsigned)(((uintptr_t)key >> 4) * 2654435761u) & mask; st->keys[j];
         j = (j + 1) & mask)
        if (st->keys[j] == key)
            return st->vals[j];
    return NULL;
}

static st_entry *enter(symtable *st, st_entry *parent, st_block_kind kind, const char *name,
                       ast_node *node)
{
    st_entry *e = arena_alloc(st->arena, sizeof *e);
    if (!e) {
        st->oom = true;
        return NULL;
    }
    e->kind = kind;
    e->name = name;
    e->node = node;
    e->parent = parent;
    e->lineno = node->lineno;
    e->col_offset = node->col_offset;
    if (parent) {
        e->nested = parent->nested || parent->kind == ST_FUNCTION;
        e->private_name = parent->private_name;
        /* a lambda or comprehension inside a comprehension's iterable is
         * still in that iterable */
        e->comp_iter_expr = parent->comp_iter_expr;
        if (!grow(st, (void **)&parent->children, &parent->capchildren, parent->nchildren + 1,
                  sizeof(st_entry *)))
            return NULL;
        parent->children[parent->nchildren++] = e;
    }
    if (!map_put(st, node, e))
        return NULL;
    return e;
}

/* -- Pass 1: recording uses ----------------------------------------------------- */

typedef struct walker {
    symtable *st;
    st_entry *e;
    int comp_target;   /* DEF_COMP_ITER while visiting a comprehension's target */
} walker;

static void visit_expr(walker *w, ast_node *n);
static void visit_stmt(walker *w, ast_node *n);

static void visit_exprs(walker *w, ast_seq *s)
{
    for (int i = 0; i < ast_seq_len(s) && !failed(w->st); i++)
        if (ast_seq_node(s, i))
            visit_expr(w, ast_seq_node(s, i));
}

static void visit_stmts(walker *w, ast_seq *s)
{
    for (int i = 0; i < ast_seq_len(s) && !failed(w->st); i++)
        visit_stmt(w, ast_seq_node(s, i));
}

/* Records a use of `name` (unmangled) with `flag` in the current scope. */
static st_symbol *add_def_in(walker *w, st_entry *e, const char *name, int flag, ast_node *at)
{
    const char *m = st_mangle(w->st->arena, e->private_name, name);
    if (!m) {
        w->st->oom = true;
        return NULL;
    }
    st_symbol *s = symbol(w->st, e, m);
    if (!s)
        return NULL;
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM)) {
        error(w->st, at, "duplicate argument '%s' in function definition", name);
        return NULL;
    }
    if ((flag & DEF_COMP_ITER) && (s->flags & (DEF_GLOBAL | DEF_NONLOCAL))) {
        error(w->st, at, "comprehension inner loop cannot rebind assignment expression target '%s'", name);
        return NULL;
    }
    s->flags |= flag;
    /* as CPython, `global x` anywhere marks the module's own x global too,
     * so module code stores it with STORE_GLOBAL (visible when exec runs
     * it with separate globals and locals) */
    if ((flag & DEF_GLOBAL) && e != w->st->top && w->st->top) {
        st_symbol *g = symbol(w->st, w->st->top, m);
        if (!g)
            return NULL;
        g->flags |= DEF_GLOBAL;
    }
    if (flag & DEF_PARAM) {
        if (!grow(w->st, (void **)&e->varnames, &e->capvarnames, e->nvarnames + 1, sizeof(char *)))
            return NULL;
        e->varnames[e->nvarnames++] = m;
    }
    return s;
}

static st_symbol *add_def(walker *w, const char *name, int flag, ast_node *at)
{
    return add_def_in(w, w->e, name, flag, at);
}

static void visit_arg_annotations(walker *w, ast_seq *args)
{
    for (int i = 0; i < ast_seq_len(args); i++) {
        ast_node *a = ast_seq_node(args, i);
        if (a->v.arg.annotation)
            visit_expr(w, a->v.arg.annotation);
    }
}

/* Defaults, annotations: evaluated where the function is defined. */
static void visit_signature_outside(walker *w, ast_node *args, ast_node *returns)
{
    visit_exprs(w, args->v.arguments.defaults);
    visit_exprs(w, args->v.arguments.kw_defaults);
    visit_arg_annotations(w, args->v.arguments.posonlyargs);
    visit_arg_annotations(w, args->v.arguments.args);
    if (args->v.arguments.vararg && args->v.arguments.vararg->v.arg.annotation)
        visit_expr(w, args->v.arguments.vararg->v.arg.annotation);
    visit_arg_annotations(w, args->v.arguments.kwonlyargs);
    if (args->v.arguments.kwarg && args->v.arguments.kwarg->v.arg.annotation)
        visit_expr(w, args->v.arguments.kwarg->v.arg.annotation);
    if (returns)
        visit_expr(w, returns);
}

static void add_params(walker *w, ast_seq *args)
{
    for (int i = 0; i < ast_seq_len(args) && !failed(w->st); i++) {
        ast_node *a = ast_seq_node(args, i);
        add_def(w, a->v.arg.arg, DEF_PARAM, a);
    }
}

static void visit_params(walker *w, ast_node *args)
{
    add_params(w, args->v.arguments.posonlyargs);
    add_params(w, args->v.arguments.args);
    add_params(w, args->v.arguments.kwonlyargs);
    if (args->v.arguments.vararg) {
        add_def(w, args->v.arguments.vararg->v.arg.arg, DEF_PARAM, args->v.arguments.vararg);
        w->e->varargs = true;
    }
    if (args->v.arguments.kwarg) {
        add_def(w, args->v.arguments.kwarg->v.arg.arg, DEF_PARAM, args->v.arguments.kwarg);
        w->e->varkeywords = true;
    }
}

static void visit_function(walker *w, ast_node *n, bool is_async)
{
    ast_node *args = n->v.FunctionDef.args;
    add_def(w, n->v.FunctionDef.name, DEF_LOCAL, n);
    visit_signature_outside(w, args, n->v.FunctionDef.returns);
    visit_exprs(w, n->v.FunctionDef.decorator_list);
    if (failed(w->st))
        return;
    walker inner = { .st = w->st, .e = enter(w->st, w->e, ST_FUNCTION, n->v.FunctionDef.name, n) };
    if (!inner.e)
        return;
    inner.e->coroutine = is_async;
    visit_params(&inner, args);
    visit_stmts(&inner, n->v.FunctionDef.body);
}

static void visit_class(walker *w, ast_node *n)
{
    add_def(w, n->v.ClassDef.name, DEF_LOCAL, n);
    visit_exprs(w, n->v.ClassDef.bases);
    for (int i = 0; i < ast_seq_len(n->v.ClassDef.keywords); i++)
        visit_expr(w, ast_seq_node(n->v.ClassDef.keywords, i)->v.keyword.value);
    visit_exprs(w, n->v.ClassDef.decorator_list);
    if (failed(w->st))
        return;
    walker inner = { .st = w->st, .e = enter(w->st, w->e, ST_CLASS, n->v.ClassDef.name, n) };
    if (!inner.e)
        return;
    inner.e->private_name = n->v.ClassDef.name;
    visit_stmts(&inner, n->v.ClassDef.body);
}

static const char *comp_kind_name(int kind)
{
    switch (kind) {
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

static const char *comp_scope_name(int kind)
{
    switch (kind) {
    case AST_ListComp: return "listcomp";
    case AST_SetComp: return "setcomp";
    case AST_DictComp: return "dictcomp";
    default: return "genexpr";
    }
}

static void visit_comprehension(walker *w, ast_node *n, ast_seq *gens, ast_node *elt, ast_node *value)
{
    ast_node *first = ast_seq_node(gens, 0);
    /* the outermost iterable is evaluated in the enclosing scope */
    w->e->comp_iter_expr++;
    visit_expr(w, first->v.comprehension.iter);
    w->e->comp_iter_expr--;
    if (failed(w->st))
        return;
    walker inner = { .st = w->st, .e = enter(w->st, w->e, ST_FUNCTION, comp_scope_name(n->kind), n) };
    st_entry *e = inner.e;
    if (!e)
        return;
    e->is_comprehension = true;
    e->generator = n->kind == AST_GeneratorExp;
    bool is_async = false;
    add_def(&inner, ".0", DEF_PARAM, n);
    for (int i = 0; i < ast_seq_len(gens) && !failed(w->st); i++) {
        ast_node *g = ast_seq_node(gens, i);
        if (g->v.comprehension.is_async)
            is_async = true;
        e->comp_iter_expr += i > 0;
        if (i > 0)
            visit_expr(&inner, g->v.comprehension.iter);
        e->comp_iter_expr -= i > 0;
        inner.comp_target = DEF_COMP_ITER;
        visit_expr(&inner, g->v.comprehension.target);
        inner.comp_target = 0;
        visit_exprs(&inner, g->v.comprehension.ifs);
    }
    if (value)
        visit_expr(&inner, value);
    if (elt)
        visit_expr(&inner, elt);
    if (is_async)
        e->coroutine = true;
    /* an enclosing comprehension awaits this one's result */
    if (e->coroutine && n->kind != AST_GeneratorExp && w->e->is_comprehension)
        w->e->coroutine = true;
}

/* A walrus target inside a comprehension binds in the nearest enclosing
 * function or module (CPython: symtable_extend_namedexpr_scope). */
static void namedexpr_target(walker *w, ast_node *n)
{
    ast_node *target = n->v.NamedExpr.target;
    const char *name = target->v.Name.id;
    if (w->e->comp_iter_expr > 0) {
        error(w->st, n, "assignment expression cannot be used in a comprehension iterable expression", NULL);
        return;
    }
    if (!w->e->is_comprehension) {
        add_def(w, name, DEF_LOCAL, target);
        return;
    }
    for (st_entry *e = w->e; e; e = e->parent) {
        if (e->is_comprehension) {
            st_symbol *s = st_entry_get(e, name);
            if (s && (s->flags & DEF_COMP_ITER)) {
                error(w->st, target, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                return;
            }
            continue;
        }
        if (e->kind == ST_FUNCTION) {
            st_symbol *outer = st_entry_get(e, name);
            add_def(w, name, outer && (outer->flags & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, target);
            add_def_in(w, e, name, DEF_LOCAL, target);
            return;
        }
        if (e->kind == ST_MODULE) {
            add_def(w, name, DEF_GLOBAL, target);
            add_def_in(w, e, name, DEF_GLOBAL, target);
            return;
        }
        error(w->st, target, "assignment expression within a comprehension cannot be used in a class body", NULL);
        return;
    }
}

static void visit_yield(walker *w, ast_node *n)
{
    st_entry *e = w->e;
    if (e->kind != ST_FUNCTION) {
        error(w->st, n, "'yield' outside function", NULL);
        return;
    }
    if (e->is_comprehension) {
        char msg[64];
        snprintf(msg, sizeof msg, "'yield' inside %s", comp_kind_name(e->node->kind));
        error(w->st, n, "%s", msg);
        return;
    }
    e->generator = true;
    if (n->kind == AST_YieldFrom && e->coroutine)
        error(w->st, n, "'yield from' inside async function", NULL);
}

static void visit_expr(walker *w, ast_node *n)
{
    if (failed(w->st))
        return;
    if (++w->st->depth > ST_MAX_DEPTH) {
        st_error_at(w->st->err, w->st->filename, w->st->src, w->st->srclen, NODE_POS(n),
                    "too many nested parentheses");
        return;
    }
    switch (n->kind) {
    case AST_BoolOp: visit_exprs(w, n->v.BoolOp.values); break;
    case AST_NamedExpr:
        visit_expr(w, n->v.NamedExpr.value);
        namedexpr_target(w, n);
        break;
    case AST_BinOp: visit_expr(w, n->v.BinOp.left); visit_expr(w, n->v.BinOp.right); break;
    case AST_UnaryOp: visit_expr(w, n->v.UnaryOp.operand); break;
    case AST_Lambda: {
        ast_node *args = n->v.Lambda.args;
        visit_exprs(w, args->v.arguments.defaults);
        visit_exprs(w, args->v.arguments.kw_defaults);
        if (failed(w->st))
            break;
        walker inner = { .st = w->st, .e = enter(w->st, w->e, ST_FUNCTION, "lambda", n) };
        if (!inner.e)
            break;
        visit_params(&inner, args);
        visit_expr(&inner, n->v.Lambda.body);
        break;
    }
    case AST_IfExp:
        visit_expr(w, n->v.IfExp.test);
        visit_expr(w, n->v.IfExp.body);
        visit_expr(w, n->v.IfExp.orelse);
        break;
    case AST_Dict: visit_exprs(w, n->v.Dict.keys); visit_exprs(w, n->v.Dict.values); break;
    case AST_Set: visit_exprs(w, n->v.Set.elts); break;
    case AST_ListComp: visit_comprehension(w, n, n->v.ListComp.generators, n->v.ListComp.elt, NULL); break;
    case AST_SetComp: visit_comprehension(w, n, n->v.SetComp.generators, n->v.SetComp.elt, NULL); break;
    case AST_GeneratorExp:
        visit_comprehension(w, n, n->v.GeneratorExp.generators, n->v.GeneratorExp.elt, NULL);
        break;
    case AST_DictComp:
        visit_comprehension(w, n, n->v.DictComp.generators, n->v.DictComp.key, n->v.DictComp.value);
        break;
    case AST_Yield:
        if (n->v.Yield.value)
            visit_expr(w, n->v.Yield.value);
        visit_yield(w, n);
        break;
    case AST_YieldFrom:
        visit_expr(w, n->v.YieldFrom.value);
        visit_yield(w, n);
        break;
    case AST_Await:
        visit_expr(w, n->v.Await.value);
        if (w->e->is_comprehension && w->e->kind == ST_FUNCTION)
            w->e->coroutine = true;
        break;
    case AST_Compare: visit_expr(w, n->v.Compare.left); visit_exprs(w, n->v.Compare.comparators); break;
    case AST_Call:
        visit_expr(w, n->v.Call.func);
        visit_exprs(w, n->v.Call.args);
        for (int i = 0; i < ast_seq_len(n->v.Call.keywords); i++)
            visit_expr(w, ast_seq_node(n->v.Call.keywords, i)->v.keyword.value);
        break;
    case AST_FormattedValue:
        visit_expr(w, n->v.FormattedValue.value);
        if (n->v.FormattedValue.format_spec)
            visit_expr(w, n->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr: visit_exprs(w, n->v.JoinedStr.values); break;
    case AST_Constant: break;
    case AST_Attribute: visit_expr(w, n->v.Attribute.value); break;
    case AST_Subscript: visit_expr(w, n->v.Subscript.value); visit_expr(w, n->v.Subscript.slice); break;
    case AST_Starred: visit_expr(w, n->v.Starred.value); break;
    case AST_Slice:
        if (n->v.Slice.lower) visit_expr(w, n->v.Slice.lower);
        if (n->v.Slice.upper) visit_expr(w, n->v.Slice.upper);
        if (n->v.Slice.step) visit_expr(w, n->v.Slice.step);
        break;
    case AST_Name: {
        int ctx = n->v.Name.ctx;
        add_def(w, n->v.Name.id, ctx == AST_CTX_Load ? USE : DEF_LOCAL | w->comp_target, n);
        /* zero-argument super() needs the __class__ cell */
        if (ctx == AST_CTX_Load && w->e->kind == ST_FUNCTION && !strcmp(n->v.Name.id, "super"))
            add_def(w, "__class__", USE, n);
        break;
    }
    case AST_List: visit_exprs(w, n->v.List.elts); break;
    case AST_Tuple: visit_exprs(w, n->v.Tuple.elts); break;
    default: break;
    }
    w->st->depth--;
}

static void visit_global_nonlocal(walker *w, ast_node *n, bool global)
{
    ast_seq *names = global ? n->v.Global.names : n->v.Nonlocal.names;
    if (!global && w->e->kind == ST_MODULE) {
        error(w->st, n, "nonlocal declaration not allowed at module level", NULL);
        return;
    }
    for (int i = 0; i < ast_seq_len(names); i++) {
        const char *name = names->items[i];
        const char *m = st_mangle(w->st->arena, w->e->private_name, name);
        st_symbol *s = m ? st_entry_get(w->e, m) : NULL;
        int cur = s ? s->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const char *what = global ? "global" : "nonlocal";
            char msg[128];
            if (cur & DEF_PARAM)
                snprintf(msg, sizeof msg, "name '%%s' is parameter and %s", what);
            else if (cur & USE)
                snprintf(msg, sizeof msg, "name '%%s' is used prior to %s declaration", what);
            else if (cur & DEF_ANNOT)
                snprintf(msg, sizeof msg, "annotated name '%%s' can't be %s", what);
            else
                snprintf(msg, sizeof msg, "name '%%s' is assigned to before %s declaration", what);
            char full[600];
            snprintf(full, sizeof full, msg, name);
            error(w->st, n, "%s", full);
            return;
        }
        s = add_def(w, name, global ? DEF_GLOBAL : DEF_NONLOCAL, n);
        if (!s)
            return;
        /* remember where, for the errors the analysis finds */
        if (!s->decl)
            s->decl = n;
    }
}

static void visit_alias(walker *w, ast_node *a, ast_node *stmt)
{
    const char *name = a->v.alias.asname ? a->v.alias.asname : a->v.alias.name;
    if (!strcmp(name, "*")) {
        if (w->e->kind != ST_MODULE)
            error(w->st, a, "import * only allowed at module level", NULL);
        return;
    }
    const char *dot = a->v.alias.asname ? NULL : strchr(name, '.');
    if (dot) {
        char *first = arena_strndup(w->st->arena, name, (size_t)(dot - name));
        if (!first) {
            w->st->oom = true;
            return;
        }
        name = first;
    }
    add_def(w, name, DEF_IMPORT | DEF_LOCAL, stmt);
}

static void visit_handlers(walker *w, ast_seq *handlers)
{
    for (int i = 0; i < ast_seq_len(handlers); i++) {
        ast_node *h = ast_seq_node(handlers, i);
        if (h->v.ExceptHandler.type)
            visit_expr(w, h->v.ExceptHandler.type);
        if (h->v.ExceptHandler.name)
            add_def(w, h->v.ExceptHandler.name, DEF_LOCAL, h);
        visit_stmts(w, h->v.ExceptHandler.body);
    }
}

static void visit_pattern(walker *w, ast_node *p)
{
    if (failed(w->st) || !p)
        return;
    switch (p->kind) {
    case AST_MatchValue: visit_expr(w, p->v.MatchValue.value); break;
    case AST_MatchSingleton: break;
    case AST_MatchSequence:
        for (int i = 0; i < ast_seq_len(p->v.MatchSequence.patterns); i++)
            visit_pattern(w, ast_seq_node(p->v.MatchSequence.patterns, i));
        break;
    case AST_MatchStar:
        if (p->v.MatchStar.name)
            add_def(w, p->v.MatchStar.name, DEF_LOCAL, p);
        break;
    case AST_MatchMapping:
        visit_exprs(w, p->v.MatchMapping.keys);
        for (int i = 0; i < ast_seq_len(p->v.MatchMapping.patterns); i++)
            visit_pattern(w, ast_seq_node(p->v.MatchMapping.patterns, i));
        if (p->v.MatchMapping.rest)
            add_def(w, p->v.MatchMapping.rest, DEF_LOCAL, p);
        break;
    case AST_MatchClass:
        visit_expr(w, p->v.MatchClass.cls);
        for (int i = 0; i < ast_seq_len(p->v.MatchClass.patterns); i++)
            visit_pattern(w, ast_seq_node(p->v.MatchClass.patterns, i));
        for (int i = 0; i < ast_seq_len(p->v.MatchClass.kwd_patterns); i++)
            visit_pattern(w, ast_seq_node(p->v.MatchClass.kwd_patterns, i));
        break;
    case AST_MatchAs:
        visit_pattern(w, p->v.MatchAs.pattern);
        if (p->v.MatchAs.name)
            add_def(w, p->v.MatchAs.name, DEF_LOCAL, p);
        break;
    case AST_MatchOr:
        for (int i = 0; i < ast_seq_len(p->v.MatchOr.patterns); i++)
            visit_pattern(w, ast_seq_node(p->v.MatchOr.patterns, i));
        break;
    default: break;
    }
}

static void visit_stmt(walker *w, ast_node *n)
{
    if (failed(w->st))
        return;
    if (++w->st->depth > ST_MAX_DEPTH) {
        st_error_at(w->st->err, w->st->filename, w->st->src, w->st->srclen, NODE_POS(n),
                    "too many statically nested blocks");
        return;
    }
    switch (n->kind) {
    case AST_FunctionDef: visit_function(w, n, false); break;
    case AST_AsyncFunctionDef: visit_function(w, n, true); break;
    case AST_ClassDef: visit_class(w, n); break;
    case AST_Return:
        if (n->v.Return.value) {
            visit_expr(w, n->v.Return.value);
            w->e->returns_value = true;
        }
        break;
    case AST_Delete: visit_exprs(w, n->v.Delete.targets); break;
    case AST_Assign: visit_exprs(w, n->v.Assign.targets); visit_expr(w, n->v.Assign.value); break;
    case AST_AugAssign: visit_expr(w, n->v.AugAssign.target); visit_expr(w, n->v.AugAssign.value); break;
    case AST_AnnAssign: {
        ast_node *t = n->v.AnnAssign.target;
        if (t->kind == AST_Name) {
            const char *m = st_mangle(w->st->arena, w->e->private_name, t->v.Name.id);
            st_symbol *s = m ? st_entry_get(w->e, m) : NULL;
            if (s && (s->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && w->e != w->st->top && n->v.AnnAssign.simple) {
                error(w->st, n, (s->flags & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                        : "annotated name '%s' can't be nonlocal",
                      t->v.Name.id);
                break;
            }
            if (n->v.AnnAssign.simple)
                add_def(w, t->v.Name.id, DEF_ANNOT | DEF_LOCAL, t);
            else if (n->v.AnnAssign.value)
                add_def(w, t->v.Name.id, DEF_LOCAL, t);
        } else {
            visit_expr(w, t);
        }
        visit_expr(w, n->v.AnnAssign.annotation);
        if (n->v.AnnAssign.value)
            visit_expr(w, n->v.AnnAssign.value);
        break;
    }
    case AST_For: case AST_AsyncFor:
        visit_expr(w, n->v.For.target);
        visit_expr(w, n->v.For.iter);
        visit_stmts(w, n->v.For.body);
        visit_stmts(w, n->v.For.orelse);
        break;
    case AST_While:
        visit_expr(w, n->v.While.test);
        visit_stmts(w, n->v.While.body);
        visit_stmts(w, n->v.While.orelse);
        break;
    case AST_If:
        visit_expr(w, n->v.If.test);
        visit_stmts(w, n->v.If.body);
        visit_stmts(w, n->v.If.orelse);
        break;
    case AST_With: case AST_AsyncWith:
        for (int i = 0; i < ast_seq_len(n->v.With.items); i++) {
            ast_node *it = ast_seq_node(n->v.With.items, i);
            visit_expr(w, it->v.withitem.context_expr);
            if (it->v.withitem.optional_vars)
                visit_expr(w, it->v.withitem.optional_vars);
        }
        visit_stmts(w, n->v.With.body);
        break;
    case AST_Match:
        visit_expr(w, n->v.Match.subject);
        for (int i = 0; i < ast_seq_len(n->v.Match.cases); i++) {
            ast_node *c = ast_seq_node(n->v.Match.cases, i);
            visit_pattern(w, c->v.match_case.pattern);
            if (c->v.match_case.guard)
                visit_expr(w, c->v.match_case.guard);
            visit_stmts(w, c->v.match_case.body);
        }
        break;
    case AST_Raise:
        if (n->v.Raise.exc) visit_expr(w, n->v.Raise.exc);
        if (n->v.Raise.cause) visit_expr(w, n->v.Raise.cause);
        break;
    case AST_Try: case AST_TryStar:
        visit_stmts(w, n->v.Try.body);
        visit_stmts(w, n->v.Try.orelse);
        visit_handlers(w, n->v.Try.handlers);
        visit_stmts(w, n->v.Try.finalbody);
        break;
    case AST_Assert:
        visit_expr(w, n->v.Assert.test);
        if (n->v.Assert.msg) visit_expr(w, n->v.Assert.msg);
        break;
    case AST_Import:
        for (int i = 0; i < ast_seq_len(n->v.Import.names); i++)
            visit_alias(w, ast_seq_node(n->v.Import.names, i), n);
        break;
    case AST_ImportFrom:
        for (int i = 0; i < ast_seq_len(n->v.ImportFrom.names); i++)
            visit_alias(w, ast_seq_node(n->v.ImportFrom.names, i), n);
        break;
    case AST_Global: visit_global_nonlocal(w, n, true); break;
    case AST_Nonlocal: visit_global_nonlocal(w, n, false); break;
    case AST_Expr: visit_expr(w, n->v.Expr.value); break;
    default: break;
    }
    w->st->depth--;
}

/* -- Pass 2: analysis ------------------------------------------------------------- */

typedef struct nameset {
    const char **items;
    int len, cap;
} nameset;

static bool set_has(const nameset *s, const char *name)
{
    for (int i = 0; s && i < s->len; i++)
        if (!strcmp(s->items[i], name))
            return true;
    return false;
}

static void set_add(symtable *st, nameset *s, const char *name)
{
    if (set_has(s, name))
        return;
    if (!grow(st, (void **)&s->items, &s->cap, s->len + 1, sizeof(char *)))
        return;
    s->items[s->len++] = name;
}

static void set_discard(nameset *s, const char *name)
{
    for (int i = 0; i < s->len; i++)
        if (!strcmp(s->items[i], name)) {
            s->items[i] = s->items[--s->len];
            return;
        }
}

static void set_update(symtable *st, nameset *dst, const nameset *src)
{
    for (int i = 0; src && i < src->len; i++)
        set_add(st, dst, src->items[i]);
}

static nameset set_copy(symtable *st, const nameset *src)
{
    nameset s = { 0 };
    set_update(st, &s, src);
    return s;
}

static void analysis_error(symtable *st, st_symbol *s, st_entry *e, const char *fmt)
{
    ast_node *at = s->decl ? s->decl : e->node;
    error(st, at, fmt, s->name);
}

/* Decides the scope of one name of e (CPython: analyze_name). bound is NULL
 * at module level. */
static void analyze_name(symtable *st, st_entry *e, st_symbol *s, nameset *bound, nameset *local,
                         nameset *free, nameset *global)
{
    int flags = s->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) {
            analysis_error(st, s, e, "name '%s' is nonlocal and global");
            return;
        }
        s->scope = SC_GLOBAL_EXPLICIT;
        set_add(st, global, s->name);
        if (bound)
            set_discard(bound, s->name);
        return;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound) {
            analysis_error(st, s, e, "nonlocal declaration not allowed at module level");
            return;
        }
        if (!set_has(bound, s->name)) {
            analysis_error(st, s, e, "no binding for nonlocal '%s' found");
            return;
        }
        s->scope = SC_FREE;
        set_add(st, free, s->name);
        return;
    }
    if (flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) {
        s->scope = SC_LOCAL;
        set_add(st, local, s->name);
        set_discard(global, s->name);
        return;
    }
    if (bound && set_has(bound, s->name)) {
        s->scope = SC_FREE;
        set_add(st, free, s->name);
        return;
    }
    s->scope = SC_GLOBAL_IMPLICIT;
}

static void analyze_block(symtable *st, st_entry *e, nameset *bound, nameset *free, nameset *global);

static void analyze_child(symtable *st, st_entry *c, nameset *bound, nameset *free, nameset *global,
                          nameset *child_free)
{
    nameset b = set_copy(st, bound), f = set_copy(st, free), g = set_copy(st, global);
    analyze_block(st, c, bound ? &b : NULL, &f, &g);
    set_update(st, child_free, &f);
}

static void analyze_block(symtable *st, st_entry *e, nameset *bound, nameset *free, nameset *global)
{
    nameset local = { 0 }, newglobal = { 0 }, newfree = { 0 }, newbound = { 0 };
    if (e->kind == ST_CLASS) {
        set_update(st, &newglobal, global);
        set_update(st, &newbound, bound);
    }
    for (int i = 0; i < e->nsyms && !failed(st); i++)
        analyze_name(st, e, &e->syms[i], bound, &local, free, global);
    if (failed(st))
        return;
    if (e->kind != ST_CLASS) {
        if (e->kind == ST_FUNCTION)
            set_update(st, &newbound, &local);
        set_update(st, &newbound, bound);
        set_update(st, &newglobal, global);
    } else {
        set_add(st, &newbound, "__class__");
    }
    nameset allfree = { 0 };
    for (int i = 0; i < e->nchildren && !failed(st); i++) {
        st_entry *c = e->children[i];
        nameset cf = { 0 };
        analyze_child(st, c, &newbound, &newfree, &newglobal, &cf);
        set_update(st, &allfree, &cf);
        if (cf.len || c->child_free)
            e->child_free = true;
    }
    if (failed(st))
        return;
    set_update(st, &newfree, &allfree);
    if (e->kind == ST_FUNCTION) {
        /* locals that children use become cells */
        for (int i = 0; i < e->nsyms; i++) {
            st_symbol *s = &e->syms[i];
            if (s->scope == SC_LOCAL && set_has(&newfree, s->name)) {
                s->scope = SC_CELL;
                set_discard(&newfree, s->name);
            }
        }
    } else if (e->kind == ST_CLASS && set_has(&newfree, "__class__")) {
        set_discard(&newfree, "__class__");
        e->needs_class_closure = true;
    }
    /* free names of children not resolved here pass through as free */
    for (int i = 0; i < newfree.len; i++) {
        const char *name = newfree.items[i];
        st_symbol *s = st_entry_get(e, name);
        if (s) {
            if (e->kind == ST_CLASS && (s->flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT | DEF_GLOBAL)))
                s->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue;
        s = symbol(st, e, name);
        if (!s)
            return;
        s->scope = SC_FREE;
    }
    set_update(st, free, &newfree);
}

symtable *symtable_build(ast_node *mod, const char *filename, const char *src, size_t srclen,
                         arena *a, diag *err)
{
    symtable *st = arena_alloc(a, sizeof *st);
    if (!st) {
        diag_no_memory(err);
        return NULL;
    }
    st->arena = a;
    st->filename = filename;
    st->src = src;
    st->srclen = srclen;
    st->err = err;
    st->top = enter(st, NULL, ST_MODULE, "top", mod);
    if (!st->top) {
        diag_no_memory(err);
        return NULL;
    }
    walker w = { .st = st, .e = st->top };
    switch (mod->kind) {
    case AST_Module: visit_stmts(&w, mod->v.Module.body); break;
    case AST_Interactive: visit_stmts(&w, mod->v.Interactive.body); break;
    case AST_Expression: visit_expr(&w, mod->v.Expression.body); break;
    default: break;
    }
    if (!failed(st)) {
        nameset free = { 0 }, global = { 0 };
        analyze_block(st, st->top, NULL, &free, &global);
    }
    if (st->oom && err->type == DIAG_NONE)
        diag_no_memory(err);
    return err->type == DIAG_NONE ? st : NULL;
}
