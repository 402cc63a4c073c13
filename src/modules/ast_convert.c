/* Between the front end's C AST and the `_ast` module's Python objects,
 * as CPython's ast2obj / obj2ast do it.
 *
 * C to Python (compile(..., PyCF_ONLY_AST), so ast.parse): each node
 * becomes a bare instance of its class with every field set, None for an
 * absent optional one, then lineno, col_offset, end_lineno,
 * end_col_offset; the enum values (Load(), Add(), ...) are one shared
 * instance each.
 *
 * Python to C (compile() of a tree): walked by the generic field tables
 * (ast_kind_infos for where a field lives, ast_classes.c for what it must
 * hold), with CPython's errors: "required field ... missing from ...",
 * "expected some sort of expr, but got ...", "... field ... must be a
 * list", "field '...' is required for ...". Constants are kept as the
 * Python objects they are (AST_CONST_OBJECT, alive in a list for the
 * compilation) until the validator (ast_validate.c) has checked them. */
#include <string.h>
#include "ast_internal.h"
#include "../front/ast_unparse.h"
#include "../front/compile.h"
#include "../front/parser.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/instance.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/pycompile.h"

/* -- C to Python ---------------------------------------------------------------- */

typedef struct to_py {
    int depth, limit;
} to_py;

static value enum2obj(int cat, int v)
{
    if (v < 1 || v > astmod_cats[cat].nmembers)
        return V_NONE;
    return astmod.enum_objs[cat][v - 1];
}

static value node2obj(to_py *c, const ast_node *n);

static value seq2obj(to_py *c, const ast_seq *s, int ftype)
{
    int len = ast_seq_len(s);
    value l = list_new((size_t)len);
    if (!l)
        return V_NULL;
    for (int i = 0; i < len; i++) {
        void *item = s->items[i];
        value v;
        if (ftype == AST_FT_CMPOP_SEQ)
            v = enum2obj(ASTMOD_CAT_cmpop, (int)(intptr_t)item);
        else if (ftype == AST_FT_IDENT_SEQ)
            v = item ? str_intern_cstr(item) : V_NONE;
        else
            v = node2obj(c, item);
        if (!v)
            return V_NULL;
        v_list(l)->items[i] = v;
    }
    return l;
}

#define FIELD(n, f, T) (*(T *)((char *)(n) + (f)->offset))

static value field2obj(to_py *c, const ast_node *n, const ast_field_info *f, int ftype)
{
    switch (f->type) {
    case AST_FT_NODE: return node2obj(c, FIELD(n, f, ast_node *));
    case AST_FT_SEQ: case AST_FT_IDENT_SEQ: case AST_FT_CMPOP_SEQ:
        return seq2obj(c, FIELD(n, f, ast_seq *), f->type);
    case AST_FT_STR: {
        const char *s = FIELD(n, f, const char *);
        if (!s)
            return V_NONE;
        return ftype == ASTMOD_T_IDENT ? str_intern_cstr(s) : str_from_utf8(s, strlen(s));
    }
    case AST_FT_CONST: return ast_constant_value(&FIELD(n, f, ast_constant));
    case AST_FT_INT: return int_from_i64(FIELD(n, f, int));
    default:   /* the enums */
        return enum2obj(ftype, FIELD(n, f, int));
    }
}

static value node2obj(to_py *c, const ast_node *n)
{
    if (!n)
        return V_NONE;
    if (n->kind <= AST_NONE_KIND || n->kind >= AST_KIND_COUNT)
        return exc_raise(&exc_SystemError, "invalid AST node kind %d", n->kind);
    if (++c->depth > c->limit) {
        c->depth--;
        return exc_raise(&exc_RecursionError, "maximum recursion depth exceeded during ast construction");
    }
    const ast_kind_info *k = &ast_kind_infos[n->kind];
    value obj = astmod_alloc(astmod.kind_types[n->kind]);
    for (int i = 0; obj && i < k->nfields; i++) {
        value v = field2obj(c, n, &k->fields[i], astmod_kinds[n->kind].ftypes[i]);
        if (!v || inst_set(obj, astmod.field_names[n->kind][i], v) < 0)
            obj = V_NULL;
    }
    if (obj && k->has_attributes) {
        const int pos[4] = { n->lineno, n->col_offset, n->end_lineno, n->end_col_offset };
        for (int i = 0; i < 4; i++)
            if (inst_set(obj, astmod.attr_names[i], v_small(pos[i])) < 0)
                obj = V_NULL;
    }
    c->depth--;
    return obj;
}

/* A parse warning, printed as pycompile prints the compiler's. */
static void print_warning(void *ctx, int lineno, const char *msg)
{
    pycompile_print_warning(ctx, lineno, msg, NULL, 0);
}

value astmod_parse(const char *src, size_t len, const char *filename, int mode, int pflags, int cflags)
{
    if (astmod_ready() < 0)
        return V_NULL;
    if (memchr(src, 0, len))
        return exc_raise(&exc_SyntaxError, "source code string cannot contain null bytes");
    int flags = PARSE_STRING_INPUT | (pflags & PYCOMPILE_STR ? PARSE_UTF8_INPUT : 0) |
                (cflags & ASTMOD_CF_TYPE_COMMENTS ? PARSE_TYPE_COMMENTS : 0);
    ast_arena arena;
    arena_init(&arena);
    diag err;
    diag_init(&err);
    ast_node *mod = parse_source_ex(src, len, filename, mode, flags, &arena, &err, print_warning,
                                    (void *)filename);
    if (!mod) {
        arena_free(&arena);
        return pycompile_raise_diag(&err, filename, false);
    }
    /* CPython allows three C frames per Python one while building the tree */
    thread_state *t = ts();
    to_py c = { 0, (t->recursion_limit - t->recursion_depth) * 3 };
    value r = node2obj(&c, mod);
    arena_free(&arena);
    return r;
}

/* -- Python to C -------------------------------------------------------------- */

typedef struct to_c {
    ast_arena *arena;
    value keep;   /* list: every constant the tree holds, alive while it compiles */
} to_c;

static void *c_alloc(to_c *c, size_t n)
{
    void *p = arena_alloc(c->arena, n);
    if (!p)
        exc_no_memory();
    return p;
}

/* obj.name: 1 found (*out), 0 absent (AttributeError swallowed), -1 error. */
static int lookup(value obj, value name, value *out)
{
    value v = obj_getattr(obj, name);
    if (v) {
        *out = v;
        return 1;
    }
    *out = V_NULL;
    if (!exc_matches(&exc_AttributeError))
        return -1;
    exc_clear();
    return 0;
}

static int missing(const char *field, const char *owner)
{
    exc_raise(&exc_TypeError, "required field \"%s\" missing from %s", field, owner);
    return -1;
}

static int obj2int(value obj, int *out)
{
    if (!v_isinstance(obj, &int_type)) {
        exc_raise(&exc_ValueError, "invalid integer value: %R", obj);
        return -1;
    }
    int64_t i;
    if (int_as_i64(obj, &i) < 0 || i < INT32_MIN || i > INT32_MAX) {
        if (exc_occurred() && !exc_matches(&exc_OverflowError))
            return -1;
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)i;
    return 0;
}

/* identifier / string: an exact str (an identifier may be None: NULL). */
static int obj2str(to_c *c, value obj, int ftype, const char **out)
{
    if (obj == V_NONE && ftype == ASTMOD_T_IDENT) {
        *out = NULL;
        return 0;
    }
    if (!v_is_str(obj)) {
        exc_raise(&exc_TypeError, "AST %s must be of type str",
                  ftype == ASTMOD_T_IDENT ? "identifier" : "string");
        return -1;
    }
    size_t n = str_size(obj);
    char *s = c_alloc(c, n + 1);
    if (!s)
        return -1;
    memcpy(s, str_data(obj), n);
    s[n] = 0;
    *out = s;
    return 0;
}

static int obj2enum(value obj, int cat, int *out)
{
    for (int i = 0; i < astmod_cats[cat].nmembers; i++) {
        int r = obj_isinstance(obj, v_from_obj(astmod.enum_types[cat][i]));
        if (r < 0)
            return -1;
        if (r) {
            *out = i + 1;
            return 0;
        }
    }
    exc_raise(&exc_TypeError, "expected some sort of %s, but got %R", astmod_cats[cat].name, obj);
    return -1;
}

static int obj2node(to_c *c, value obj, int cat, ast_node **out);

/* One item of a sequence or one field's value, by its declared type. */
static int obj2item(to_c *c, value obj, int ftype, void **out)
{
    if (ftype >= 0 && astmod_cats[ftype].nmembers) {
        int v;
        if (obj2enum(obj, ftype, &v) < 0)
            return -1;
        *out = (void *)(intptr_t)v;
        return 0;
    }
    if (ftype == ASTMOD_T_IDENT || ftype == ASTMOD_T_STRING)
        return obj2str(c, obj, ftype, (const char **)out);
    return obj2node(c, obj, ftype, (ast_node **)out);
}

static int obj2seq(to_c *c, value list, int ftype, const char *owner, const char *field, ast_seq **out)
{
    if (!v_isinstance(list, &list_type)) {
        exc_raise(&exc_TypeError, "%s field \"%s\" must be a list, not a %s", owner, field,
                  v_type_name(list));
        return -1;
    }
    size_t len = list_len(list);
    if (len > INT32_MAX)
        return exc_no_memory(), -1;
    ast_seq *s = ast_seq_new(c->arena, (int)len);
    if (!s)
        return exc_no_memory(), -1;
    for (size_t i = 0; i < len; i++) {
        value item = list_get(list, i);
        if (obj2item(c, item, ftype, &s->items[i]) < 0)
            return -1;
        if (list_len(list) != len) {
            exc_raise(&exc_RuntimeError, "%s field \"%s\" changed size during iteration", owner, field);
            return -1;
        }
    }
    *out = s;
    return 0;
}

/* The position attributes of a node of category cat. */
static int obj2positions(value obj, int cat, ast_node *n)
{
    const char *owner = astmod_cats[cat].name;
    int *slots[4] = { &n->lineno, &n->col_offset, &n->end_lineno, &n->end_col_offset };
    for (int i = 0; i < 4; i++) {
        value v;
        int r = lookup(obj, astmod.attr_names[i], &v);
        if (r < 0)
            return -1;
        bool optional = i >= 2 && astmod_cats[cat].attributes == 1;
        if (optional && (!r || v == V_NONE)) {
            *slots[i] = *slots[i - 2];   /* no end: the start */
            continue;
        }
        if (!r)
            return missing(str_data(astmod.attr_names[i]), owner);
        if (obj2int(v, slots[i]) < 0)
            return -1;
    }
    return 0;
}

static int obj2fields(to_c *c, value obj, int kind, ast_node *n)
{
    const ast_kind_info *k = &ast_kind_infos[kind];
    for (int i = 0; i < k->nfields; i++) {
        const ast_field_info *f = &k->fields[i];
        int ftype = astmod_kinds[kind].ftypes[i];
        value v;
        int r = lookup(obj, astmod.field_names[kind][i], &v);
        if (r < 0)
            return -1;
        if (f->optional && (!r || v == V_NONE))
            continue;   /* the node was zeroed: NULL / 0 */
        if (!r)
            return missing(f->name, k->name);
        char *slot = (char *)n + f->offset;
        switch (f->type) {
        case AST_FT_SEQ: case AST_FT_IDENT_SEQ: case AST_FT_CMPOP_SEQ:
            if (obj2seq(c, v, ftype, k->name, f->name, (ast_seq **)slot) < 0)
                return -1;
            break;
        case AST_FT_INT:
            if (obj2int(v, (int *)slot) < 0)
                return -1;
            break;
        case AST_FT_CONST: {
            ast_constant *kc = (ast_constant *)slot;
            if (list_append(c->keep, v) < 0)
                return -1;
            kc->kind = AST_CONST_OBJECT;
            kc->u.i = (int64_t)(intptr_t)v;
            break;
        }
        case AST_FT_NODE: case AST_FT_STR: {
            void *p;
            if (obj2item(c, v, ftype, &p) < 0)
                return -1;
            *(void **)slot = p;
            break;
        }
        default: {   /* an enum */
            void *p;
            if (obj2item(c, v, ftype, &p) < 0)
                return -1;
            *(int *)slot = (int)(intptr_t)p;
            break;
        }
        }
    }
    return 0;
}

/* What CPython's node constructors refuse: a required node or name that
 * came out NULL (the object held None). */
static int check_required(int kind, ast_node *n)
{
    const ast_kind_info *k = &ast_kind_infos[kind];
    for (int i = 0; i < k->nfields; i++) {
        const ast_field_info *f = &k->fields[i];
        if (f->optional || (f->type != AST_FT_NODE && f->type != AST_FT_STR))
            continue;
        if (!*(void **)((char *)n + f->offset)) {
            exc_raise(&exc_ValueError, "field '%s' is required for %s", f->name, k->name);
            return -1;
        }
    }
    return 0;
}

static int obj2node(to_c *c, value obj, int cat, ast_node **out)
{
    const astmod_cat_def *cd = &astmod_cats[cat];
    *out = NULL;
    if (!cd->product && obj == V_NONE)
        return 0;
    char where[64];
    snprintf(where, sizeof where, " while traversing '%s' node", cd->name);
    if (!exc_enter_recursive(where))
        return -1;
    int r = -1;
    ast_node *n = arena_alloc(c->arena, sizeof(ast_node));
    if (!n) {
        exc_no_memory();
        goto done;
    }
    memset(n, 0, sizeof *n);
    if (cd->product) {
        int kind = 0;
        for (int k = 1; k < AST_KIND_COUNT; k++)
            if (astmod_kinds[k].cat == cat)
                kind = k;
        n->kind = kind;
        if (obj2fields(c, obj, kind, n) < 0 || (cd->attributes && obj2positions(obj, cat, n) < 0) ||
            check_required(kind, n) < 0)
            goto done;
        *out = n;
        r = 0;
        goto done;
    }
    if (cd->attributes && obj2positions(obj, cat, n) < 0)
        goto done;
    for (int k = 1; k < AST_KIND_COUNT; k++) {
        if (astmod_kinds[k].cat != cat)
            continue;
        int is = obj_isinstance(obj, v_from_obj(astmod.kind_types[k]));
        if (is < 0)
            goto done;
        if (!is)
            continue;
        n->kind = k;
        if (obj2fields(c, obj, k, n) < 0 || check_required(k, n) < 0)
            goto done;
        *out = n;
        r = 0;
        goto done;
    }
    exc_raise(&exc_TypeError, "expected some sort of %s, but got %R", cd->name, obj);
done:
    exc_leave_recursive();
    return r;
}

value astmod_compile(value tree, const char *filename, int mode, int pflags)
{
    if (astmod_ready() < 0)
        return V_NULL;
    int cat_kind = mode == PARSE_EVAL ? AST_Expression : mode == PARSE_SINGLE ? AST_Interactive
                   : mode == PARSE_FUNC_TYPE ? AST_FunctionType : AST_Module;
    type_object *want = astmod.kind_types[cat_kind];
    int is = obj_isinstance(tree, v_from_obj(want));
    if (is < 0)
        return V_NULL;
    if (!is)
        return exc_raise(&exc_TypeError, "expected %s node, got %s", ast_kind_infos[cat_kind].name,
                         v_type(tree)->name_str ? str_data(v_type(tree)->name_str) : v_type_name(tree));
    value keep = list_new(0);
    if (!keep)
        return V_NULL;
    ast_arena arena;
    arena_init(&arena);
    to_c c = { &arena, keep };
    ast_node *mod;
    if (obj2node(&c, tree, ASTMOD_CAT_mod, &mod) < 0 || astmod_validate(mod) < 0) {
        arena_free(&arena);
        return V_NULL;
    }
    if (mode == PARSE_FUNC_TYPE) {
        arena_free(&arena);
        return exc_raise(&exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    }
    int cflags = (pflags & (PYCOMPILE_OPTIMIZE | PYCOMPILE_NO_DOCSTRINGS) ? COMPILE_OPTIMIZE : 0) |
                 (pflags & PYCOMPILE_NO_DOCSTRINGS ? COMPILE_NO_DOCSTRINGS : 0) |
                 (pflags & PYCOMPILE_FUTURE_ANNOTATIONS ? COMPILE_FUTURE_ANNOTATIONS : 0);
    diag err;
    diag_init(&err);
    value code = compile_ast_warn(mod, filename, mode, cflags, NULL, 0, &err, print_warning,
                                  (void *)filename);
    arena_free(&arena);
    /* the constants were in use up to here */
    __asm__ volatile("" : : "r"(keep) : "memory");
    if (!code && err.type != DIAG_NONE)
        return pycompile_raise_diag(&err, filename, true);
    return code;
}
