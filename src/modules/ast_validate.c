/* The checks a tree built by Python code must pass before it is compiled
 * (CPython's PyAST_Validate, same rules and messages): expression
 * contexts, non-empty bodies, matching list lengths, valid positions,
 * constants of allowed types, pattern shapes. A few more guard what
 * Taipan's compiler takes for granted from its parser and CPython's
 * compiler would crash on or refuse later (None inside a list of
 * statements, handlers, patterns or names; an unknown conversion
 * character, an augmented assignment to a tuple: those two with the
 * SystemError CPython's compiler gives, after the validator's checks).
 *
 * Constants arrive as the Python objects the tree held
 * (AST_CONST_OBJECT); once checked, the ones the front end has a form
 * for become that form (str, int, float, ...), so the compiler sees them
 * as it sees parsed ones (docstrings, warnings, folding). */
#include <math.h>
#include <string.h>
#include "ast_internal.h"
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

static int stmt_ok(ast_node *s);

/* A SystemError CPython's compiler raises, not its validator: reported
 * once the whole tree has passed the validator's checks. */
static const char *deferred_fmt;
static int deferred_arg;

static void defer(const char *fmt, int arg)
{
    if (!deferred_fmt) {
        deferred_fmt = fmt;
        deferred_arg = arg;
    }
}
static int expr_ok(ast_node *e, int ctx);
static int pattern_ok(ast_node *p, bool star_ok);

static const char *const ctx_names[] = { "?", "Load", "Store", "Del" };

static const char *ctx_name(int ctx) { return ctx >= 1 && ctx <= 3 ? ctx_names[ctx] : "?"; }

static int fail(type_object *t, const char *fmt, const char *arg)
{
    exc_raise(t, fmt, arg);
    return 0;
}

static int positions_ok(const ast_node *n)
{
    if (n->lineno > n->end_lineno) {
        exc_raise(&exc_ValueError, "AST node line range (%d, %d) is not valid", n->lineno, n->end_lineno);
        return 0;
    }
    if ((n->lineno < 0 && n->end_lineno != n->lineno) ||
        (n->col_offset < 0 && n->col_offset != n->end_col_offset)) {
        exc_raise(&exc_ValueError, "AST node column range (%d, %d) for line range (%d, %d) is not valid",
                  n->col_offset, n->end_col_offset, n->lineno, n->end_lineno);
        return 0;
    }
    if (n->lineno == n->end_lineno && n->col_offset > n->end_col_offset) {
        exc_raise(&exc_ValueError, "line %d, column %d-%d is not a valid range", n->lineno, n->col_offset,
                  n->end_col_offset);
        return 0;
    }
    return 1;
}

static int name_ok(const char *id)
{
    static const char *const forbidden[] = { "None", "True", "False" };
    for (int i = 0; i < 3; i++)
        if (!strcmp(id, forbidden[i]))
            return fail(&exc_ValueError, "identifier field can't represent '%s' constant", forbidden[i]);
    return 1;
}

static int nonempty(const ast_seq *s, const char *what, const char *owner)
{
    if (ast_seq_len(s))
        return 1;
    exc_raise(&exc_ValueError, "empty %s on %s", what, owner);
    return 0;
}

/* -- Constants --------------------------------------------------------------------- */

static value const_obj(const ast_constant *k) { return (value)(uintptr_t)k->u.i; }

static bool exact(value v, type_object *t) { return v_is_ptr(v) && v_obj(v)->type == t; }

static int constant_value_ok(value v)
{
    if (v == V_NONE || v == V_ELLIPSIS || v_is_int_exact(v) || exact(v, &float_type) ||
        exact(v, &complex_type) || v == V_TRUE || v == V_FALSE || exact(v, &str_type) ||
        exact(v, &bytes_type))
        return 1;
    if (exact(v, &tuple_type) || exact(v, &frozenset_type)) {
        if (!exc_enter_recursive(" during compilation"))
            return 0;
        value it = obj_iter(v), item;
        int ok = it != V_NULL;
        while (ok && (item = obj_next(it)))
            ok = constant_value_ok(item);
        if (ok && exc_occurred())
            ok = 0;
        exc_leave_recursive();
        return ok;
    }
    if (!exc_occurred())
        exc_raise(&exc_TypeError, "got an invalid type in Constant: %s", str_data(v_type(v)->name_str));
    return 0;
}

/* The front end's own form of a checked constant, where it has one. */
static void constant_settle(ast_constant *k)
{
    if (k->kind != AST_CONST_OBJECT)
        return;
    value v = const_obj(k);
    int64_t i;
    if (v == V_NONE)
        k->kind = AST_CONST_NONE;
    else if (v == V_TRUE)
        k->kind = AST_CONST_TRUE;
    else if (v == V_FALSE)
        k->kind = AST_CONST_FALSE;
    else if (v == V_ELLIPSIS)
        k->kind = AST_CONST_ELLIPSIS;
    else if (v_is_int(v) || (v_is_int_exact(v) && int_as_i64(v, &i) == 0)) {
        if (v_is_int(v))
            i = v_int(v);
        k->kind = AST_CONST_INT;
        k->u.i = i;
    } else if (exact(v, &float_type)) {
        k->kind = AST_CONST_FLOAT;
        k->u.f = v_float(v);
    } else if (exact(v, &complex_type)) {
        complex_object *c = (complex_object *)v_obj(v);
        if (c->re == 0.0 && !signbit(c->re)) {
            k->kind = AST_CONST_COMPLEX;
            k->u.f = c->im;
        }
    } else if (exact(v, &str_type)) {
        /* the text stays alive with the tree's objects */
        k->kind = AST_CONST_STR;
        k->u.str.s = str_data(v);
        k->u.str.len = str_size(v);
    } else if (exact(v, &bytes_type)) {
        k->kind = AST_CONST_BYTES;
        k->u.str.s = bytes_data(v);
        k->u.str.len = bytes_size(v);
    }
    exc_clear();   /* a big int's failed int_as_i64: it stays an object */
}

static int constant_ok(ast_constant *k)
{
    if (k->kind == AST_CONST_OBJECT && !constant_value_ok(const_obj(k)))
        return 0;
    constant_settle(k);
    return 1;
}

/* -- Expressions --------------------------------------------------------------------- */

static int exprs_ok(ast_seq *s, int ctx, bool null_ok)
{
    for (int i = 0; i < ast_seq_len(s); i++) {
        ast_node *e = ast_seq_node(s, i);
        if (e) {
            if (!expr_ok(e, ctx))
                return 0;
        } else if (!null_ok) {
            return fail(&exc_ValueError, "None disallowed in expression list%s", "");
        }
    }
    return 1;
}

static int args_ok(ast_seq *args)
{
    for (int i = 0; i < ast_seq_len(args); i++) {
        ast_node *a = ast_seq_node(args, i);
        if (!positions_ok(a) || (a->v.arg.annotation && !expr_ok(a->v.arg.annotation, AST_CTX_Load)))
            return 0;
    }
    return 1;
}

static int arguments_ok(ast_node *a)
{
    if (!args_ok(a->v.arguments.posonlyargs) || !args_ok(a->v.arguments.args))
        return 0;
    ast_node *va = a->v.arguments.vararg, *kw = a->v.arguments.kwarg;
    if (va && va->v.arg.annotation && !expr_ok(va->v.arg.annotation, AST_CTX_Load))
        return 0;
    if (!args_ok(a->v.arguments.kwonlyargs))
        return 0;
    if (kw && kw->v.arg.annotation && !expr_ok(kw->v.arg.annotation, AST_CTX_Load))
        return 0;
    if (ast_seq_len(a->v.arguments.defaults) >
        ast_seq_len(a->v.arguments.posonlyargs) + ast_seq_len(a->v.arguments.args))
        return fail(&exc_ValueError, "more positional defaults than args on arguments%s", "");
    if (ast_seq_len(a->v.arguments.kw_defaults) != ast_seq_len(a->v.arguments.kwonlyargs))
        return fail(&exc_ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments%s", "");
    return exprs_ok(a->v.arguments.defaults, AST_CTX_Load, false) &&
           exprs_ok(a->v.arguments.kw_defaults, AST_CTX_Load, true);
}

static int keywords_ok(ast_seq *kws)
{
    for (int i = 0; i < ast_seq_len(kws); i++)
        if (!expr_ok(ast_seq_node(kws, i)->v.keyword.value, AST_CTX_Load))
            return 0;
    return 1;
}

static int comprehension_ok(ast_seq *gens)
{
    if (!ast_seq_len(gens))
        return fail(&exc_ValueError, "comprehension with no generators%s", "");
    for (int i = 0; i < ast_seq_len(gens); i++) {
        ast_node *g = ast_seq_node(gens, i);
        if (!expr_ok(g->v.comprehension.target, AST_CTX_Store) ||
            !expr_ok(g->v.comprehension.iter, AST_CTX_Load) || !exprs_ok(g->v.comprehension.ifs, AST_CTX_Load, false))
            return 0;
    }
    return 1;
}

/* The context an expression kind carries, or 0. */
static int expr_ctx(const ast_node *e)
{
    switch (e->kind) {
    case AST_Attribute: return e->v.Attribute.ctx;
    case AST_Subscript: return e->v.Subscript.ctx;
    case AST_Starred: return e->v.Starred.ctx;
    case AST_Name: return e->v.Name.ctx;
    case AST_List: return e->v.List.ctx;
    case AST_Tuple: return e->v.Tuple.ctx;
    default: return 0;
    }
}

static int expr_body_ok(ast_node *e, int ctx)
{
    switch (e->kind) {
    case AST_BoolOp:
        if (ast_seq_len(e->v.BoolOp.values) < 2)
            return fail(&exc_ValueError, "BoolOp with less than 2 values%s", "");
        return exprs_ok(e->v.BoolOp.values, AST_CTX_Load, false);
    case AST_BinOp:
        return expr_ok(e->v.BinOp.left, AST_CTX_Load) && expr_ok(e->v.BinOp.right, AST_CTX_Load);
    case AST_UnaryOp: return expr_ok(e->v.UnaryOp.operand, AST_CTX_Load);
    case AST_Lambda: return arguments_ok(e->v.Lambda.args) && expr_ok(e->v.Lambda.body, AST_CTX_Load);
    case AST_IfExp:
        return expr_ok(e->v.IfExp.test, AST_CTX_Load) && expr_ok(e->v.IfExp.body, AST_CTX_Load) &&
               expr_ok(e->v.IfExp.orelse, AST_CTX_Load);
    case AST_Dict:
        if (ast_seq_len(e->v.Dict.keys) != ast_seq_len(e->v.Dict.values))
            return fail(&exc_ValueError, "Dict doesn't have the same number of keys as values%s", "");
        return exprs_ok(e->v.Dict.keys, AST_CTX_Load, true) && exprs_ok(e->v.Dict.values, AST_CTX_Load, false);
    case AST_Set: return exprs_ok(e->v.Set.elts, AST_CTX_Load, false);
    case AST_ListComp:
        return comprehension_ok(e->v.ListComp.generators) && expr_ok(e->v.ListComp.elt, AST_CTX_Load);
    case AST_SetComp:
        return comprehension_ok(e->v.SetComp.generators) && expr_ok(e->v.SetComp.elt, AST_CTX_Load);
    case AST_GeneratorExp:
        return comprehension_ok(e->v.GeneratorExp.generators) && expr_ok(e->v.GeneratorExp.elt, AST_CTX_Load);
    case AST_DictComp:
        return comprehension_ok(e->v.DictComp.generators) && expr_ok(e->v.DictComp.key, AST_CTX_Load) &&
               expr_ok(e->v.DictComp.value, AST_CTX_Load);
    case AST_Yield: return !e->v.Yield.value || expr_ok(e->v.Yield.value, AST_CTX_Load);
    case AST_YieldFrom: return expr_ok(e->v.YieldFrom.value, AST_CTX_Load);
    case AST_Await: return expr_ok(e->v.Await.value, AST_CTX_Load);
    case AST_Compare:
        if (!ast_seq_len(e->v.Compare.comparators))
            return fail(&exc_ValueError, "Compare with no comparators%s", "");
        if (ast_seq_len(e->v.Compare.comparators) != ast_seq_len(e->v.Compare.ops))
            return fail(&exc_ValueError, "Compare has a different number of comparators and operands%s", "");
        return exprs_ok(e->v.Compare.comparators, AST_CTX_Load, false) &&
               expr_ok(e->v.Compare.left, AST_CTX_Load);
    case AST_Call:
        return expr_ok(e->v.Call.func, AST_CTX_Load) && exprs_ok(e->v.Call.args, AST_CTX_Load, false) &&
               keywords_ok(e->v.Call.keywords);
    case AST_Constant: return constant_ok(&e->v.Constant.value);
    case AST_JoinedStr: return exprs_ok(e->v.JoinedStr.values, AST_CTX_Load, false);
    case AST_FormattedValue: {
        int conv = e->v.FormattedValue.conversion;
        if (!expr_ok(e->v.FormattedValue.value, AST_CTX_Load))
            return 0;
        if (e->v.FormattedValue.format_spec && !expr_ok(e->v.FormattedValue.format_spec, AST_CTX_Load))
            return 0;
        if (conv != -1 && conv != 's' && conv != 'r' && conv != 'a')
            defer("Unrecognized conversion character %d", conv);
        return 1;
    }
    case AST_Attribute: return expr_ok(e->v.Attribute.value, AST_CTX_Load);
    case AST_Subscript:
        return expr_ok(e->v.Subscript.slice, AST_CTX_Load) && expr_ok(e->v.Subscript.value, AST_CTX_Load);
    case AST_Starred: return expr_ok(e->v.Starred.value, ctx);
    case AST_Slice:
        return (!e->v.Slice.lower || expr_ok(e->v.Slice.lower, AST_CTX_Load)) &&
               (!e->v.Slice.upper || expr_ok(e->v.Slice.upper, AST_CTX_Load)) &&
               (!e->v.Slice.step || expr_ok(e->v.Slice.step, AST_CTX_Load));
    case AST_List: return exprs_ok(e->v.List.elts, ctx, false);
    case AST_Tuple: return exprs_ok(e->v.Tuple.elts, ctx, false);
    case AST_NamedExpr:
        if (e->v.NamedExpr.target->kind != AST_Name)
            return fail(&exc_TypeError, "NamedExpr target must be a Name%s", "");
        /* CPython leaves the target's context unchecked; the compiler stores to it whatever it says */
        e->v.NamedExpr.target->v.Name.ctx = AST_CTX_Store;
        return expr_ok(e->v.NamedExpr.value, AST_CTX_Load);
    case AST_Name: return 1;
    default:
        return fail(&exc_SystemError, "unexpected expression%s", "");
    }
}

static int expr_ok(ast_node *e, int ctx)
{
    if (!positions_ok(e))
        return 0;
    int actual = expr_ctx(e);
    if (e->kind == AST_Name && !name_ok(e->v.Name.id))
        return 0;
    if (!actual && ctx != AST_CTX_Load)
        return fail(&exc_ValueError, "expression which can't be assigned to in %s context", ctx_name(ctx));
    if (actual && actual != ctx) {
        exc_raise(&exc_ValueError, "expression must have %s context but has %s instead", ctx_name(ctx),
                  ctx_name(actual));
        return 0;
    }
    if (!exc_enter_recursive(" during compilation"))
        return 0;
    int r = expr_body_ok(e, ctx);
    exc_leave_recursive();
    return r;
}

/* -- Patterns ----------------------------------------------------------------------- */

static bool is_number(const ast_node *e, bool real, bool imaginary)
{
    if (e->kind != AST_Constant)
        return false;
    const ast_constant *k = &e->v.Constant.value;
    switch (k->kind) {
    case AST_CONST_INT: case AST_CONST_BIGINT: case AST_CONST_FLOAT: return real;
    case AST_CONST_COMPLEX: return imaginary;
    case AST_CONST_OBJECT:
        return (real && v_is_int_exact(const_obj(k))) || (imaginary && exact(const_obj(k), &complex_type));
    default: return false;
    }
}

static bool is_negative_number(const ast_node *e, bool real, bool imaginary)
{
    return e->kind == AST_UnaryOp && e->v.UnaryOp.op == AST_UNARY_USub &&
           is_number(e->v.UnaryOp.operand, real, imaginary);
}

static bool is_complex_literal(const ast_node *e)
{
    if (e->v.BinOp.op != AST_OP_Add && e->v.BinOp.op != AST_OP_Sub)
        return false;
    const ast_node *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    if (!(is_number(l, true, false) || is_negative_number(l, true, false)))
        return false;
    return is_number(r, false, true);
}

static int match_value_ok(ast_node *e)
{
    if (!expr_ok(e, AST_CTX_Load))
        return 0;
    switch (e->kind) {
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case AST_CONST_INT: case AST_CONST_BIGINT: case AST_CONST_FLOAT: case AST_CONST_COMPLEX:
        case AST_CONST_STR: case AST_CONST_BYTES:
            return 1;
        case AST_CONST_OBJECT: {
            value v = const_obj(&e->v.Constant.value);
            if (v_is_int_exact(v) || exact(v, &complex_type))
                return 1;
            break;
        }
        default:
            break;
        }
        return fail(&exc_ValueError, "unexpected constant inside of a literal pattern%s", "");
    case AST_Attribute:
        return 1;
    case AST_UnaryOp:
        if (is_negative_number(e, true, true))
            return 1;
        break;
    case AST_BinOp:
        if (is_complex_literal(e))
            return 1;
        break;
    case AST_JoinedStr:
        return 1;   /* the compiler refuses it */
    default:
        break;
    }
    return fail(&exc_ValueError, "patterns may only match literals and attribute lookups%s", "");
}

static int capture_ok(const char *name)
{
    if (!strcmp(name, "_"))
        return fail(&exc_ValueError, "can't capture name '_' in patterns%s", "");
    return name_ok(name);
}

static int patterns_ok(ast_seq *s, bool star_ok)
{
    for (int i = 0; i < ast_seq_len(s); i++) {
        ast_node *p = ast_seq_node(s, i);
        if (!p)
            return fail(&exc_ValueError, "None disallowed in pattern list%s", "");
        if (!pattern_ok(p, star_ok))
            return 0;
    }
    return 1;
}

static int names_ok(ast_seq *s, const char *what)
{
    for (int i = 0; i < ast_seq_len(s); i++)
        if (!s->items[i])
            return fail(&exc_ValueError, "None disallowed in %s", what);
    return 1;
}

static int pattern_body_ok(ast_node *p, bool star_ok)
{
    switch (p->kind) {
    case AST_MatchValue: return match_value_ok(p->v.MatchValue.value);
    case AST_MatchSingleton: {
        ast_constant *k = &p->v.MatchSingleton.value;
        value v = k->kind == AST_CONST_OBJECT ? const_obj(k) : V_NULL;
        if (v != V_NONE && v != V_TRUE && v != V_FALSE)
            return fail(&exc_ValueError, "MatchSingleton can only contain True, False and None%s", "");
        constant_settle(k);
        return 1;
    }
    case AST_MatchSequence: return patterns_ok(p->v.MatchSequence.patterns, true);
    case AST_MatchMapping: {
        ast_seq *keys = p->v.MatchMapping.keys;
        if (ast_seq_len(keys) != ast_seq_len(p->v.MatchMapping.patterns))
            return fail(&exc_ValueError, "MatchMapping doesn't have the same number of keys as patterns%s", "");
        if (p->v.MatchMapping.rest && !capture_ok(p->v.MatchMapping.rest))
            return 0;
        for (int i = 0; i < ast_seq_len(keys); i++) {
            ast_node *key = ast_seq_node(keys, i);
            if (!key)
                return fail(&exc_ValueError, "None disallowed in expression list%s", "");
            if (key->kind == AST_Constant && key->v.Constant.value.kind == AST_CONST_OBJECT) {
                value v = const_obj(&key->v.Constant.value);
                if (v == V_NONE || v == V_TRUE || v == V_FALSE) {
                    constant_settle(&key->v.Constant.value);
                    if (!positions_ok(key))
                        return 0;
                    continue;
                }
            }
            if (!match_value_ok(key))
                return 0;
        }
        return patterns_ok(p->v.MatchMapping.patterns, false);
    }
    case AST_MatchClass: {
        if (ast_seq_len(p->v.MatchClass.kwd_attrs) != ast_seq_len(p->v.MatchClass.kwd_patterns))
            return fail(&exc_ValueError,
                        "MatchClass doesn't have the same number of keyword attributes as patterns%s", "");
        if (!expr_ok(p->v.MatchClass.cls, AST_CTX_Load))
            return 0;
        for (ast_node *cls = p->v.MatchClass.cls; cls->kind != AST_Name; cls = cls->v.Attribute.value)
            if (cls->kind != AST_Attribute)
                return fail(&exc_ValueError, "MatchClass cls field can only contain Name or Attribute nodes.%s", "");
        ast_seq *attrs = p->v.MatchClass.kwd_attrs;
        if (!names_ok(attrs, "MatchClass.kwd_attrs"))
            return 0;
        for (int i = 0; i < ast_seq_len(attrs); i++)
            if (!name_ok(attrs->items[i]))
                return 0;
        return patterns_ok(p->v.MatchClass.patterns, false) && patterns_ok(p->v.MatchClass.kwd_patterns, false);
    }
    case AST_MatchStar:
        if (!star_ok)
            return fail(&exc_ValueError, "can't use MatchStar here%s", "");
        return !p->v.MatchStar.name || capture_ok(p->v.MatchStar.name);
    case AST_MatchAs:
        if (p->v.MatchAs.name && !capture_ok(p->v.MatchAs.name))
            return 0;
        if (!p->v.MatchAs.pattern)
            return 1;
        if (!p->v.MatchAs.name)
            return fail(&exc_ValueError, "MatchAs must specify a target name if a pattern is given%s", "");
        return pattern_ok(p->v.MatchAs.pattern, false);
    case AST_MatchOr:
        if (ast_seq_len(p->v.MatchOr.patterns) < 2)
            return fail(&exc_ValueError, "MatchOr requires at least 2 patterns%s", "");
        return patterns_ok(p->v.MatchOr.patterns, false);
    default:
        return fail(&exc_SystemError, "unexpected pattern%s", "");
    }
}

static int pattern_ok(ast_node *p, bool star_ok)
{
    if (!positions_ok(p))
        return 0;
    if (!exc_enter_recursive(" during compilation"))
        return 0;
    int r = pattern_body_ok(p, star_ok);
    exc_leave_recursive();
    return r;
}

/* -- Statements ------------------------------------------------------------------------ */

static int stmts_ok(ast_seq *s)
{
    for (int i = 0; i < ast_seq_len(s); i++) {
        ast_node *st = ast_seq_node(s, i);
        if (!st)
            return fail(&exc_ValueError, "None disallowed in statement list%s", "");
        if (!stmt_ok(st))
            return 0;
    }
    return 1;
}

static int body_ok(ast_seq *body, const char *owner)
{
    return nonempty(body, "body", owner) && stmts_ok(body);
}

static int withitems_ok(ast_seq *items, const char *owner)
{
    if (!nonempty(items, "items", owner))
        return 0;
    for (int i = 0; i < ast_seq_len(items); i++) {
        ast_node *w = ast_seq_node(items, i);
        if (!expr_ok(w->v.withitem.context_expr, AST_CTX_Load) ||
            (w->v.withitem.optional_vars && !expr_ok(w->v.withitem.optional_vars, AST_CTX_Store)))
            return 0;
    }
    return 1;
}

static int try_ok(ast_node *s, const char *owner)
{
    /* Try and TryStar share their layout */
    ast_seq *body = s->v.Try.body, *handlers = s->v.Try.handlers, *orelse = s->v.Try.orelse,
            *finalbody = s->v.Try.finalbody;
    if (!body_ok(body, owner))
        return 0;
    if (!ast_seq_len(handlers) && !ast_seq_len(finalbody))
        return fail(&exc_ValueError, "%s has neither except handlers nor finalbody", owner);
    if (!ast_seq_len(handlers) && ast_seq_len(orelse))
        return fail(&exc_ValueError, "%s has orelse but no except handlers", owner);
    for (int i = 0; i < ast_seq_len(handlers); i++) {
        ast_node *h = ast_seq_node(handlers, i);
        if (!h)
            return fail(&exc_ValueError, "None disallowed in %s.handlers", owner);
        if (s->kind == AST_Try && !positions_ok(h))
            return 0;
        if ((h->v.ExceptHandler.type && !expr_ok(h->v.ExceptHandler.type, AST_CTX_Load)) ||
            !body_ok(h->v.ExceptHandler.body, "ExceptHandler"))
            return 0;
    }
    return stmts_ok(finalbody) && stmts_ok(orelse);
}

static int function_ok(ast_node *s, const char *owner)
{
    /* FunctionDef and AsyncFunctionDef share their layout */
    return body_ok(s->v.FunctionDef.body, owner) && arguments_ok(s->v.FunctionDef.args) &&
           exprs_ok(s->v.FunctionDef.decorator_list, AST_CTX_Load, false) &&
           (!s->v.FunctionDef.returns || expr_ok(s->v.FunctionDef.returns, AST_CTX_Load));
}

static int stmt_body_ok(ast_node *s)
{
    switch (s->kind) {
    case AST_FunctionDef: return function_ok(s, "FunctionDef");
    case AST_AsyncFunctionDef: return function_ok(s, "AsyncFunctionDef");
    case AST_ClassDef:
        return body_ok(s->v.ClassDef.body, "ClassDef") && exprs_ok(s->v.ClassDef.bases, AST_CTX_Load, false) &&
               keywords_ok(s->v.ClassDef.keywords) && exprs_ok(s->v.ClassDef.decorator_list, AST_CTX_Load, false);
    case AST_Return: return !s->v.Return.value || expr_ok(s->v.Return.value, AST_CTX_Load);
    case AST_Delete:
        return nonempty(s->v.Delete.targets, "targets", "Delete") &&
               exprs_ok(s->v.Delete.targets, AST_CTX_Del, false);
    case AST_Assign:
        return nonempty(s->v.Assign.targets, "targets", "Assign") &&
               exprs_ok(s->v.Assign.targets, AST_CTX_Store, false) && expr_ok(s->v.Assign.value, AST_CTX_Load);
    case AST_AugAssign: {
        int k = s->v.AugAssign.target->kind;
        if (!expr_ok(s->v.AugAssign.target, AST_CTX_Store) || !expr_ok(s->v.AugAssign.value, AST_CTX_Load))
            return 0;
        /* CPython's numbering of expression kinds */
        if (k != AST_Name && k != AST_Attribute && k != AST_Subscript)
            defer("invalid node type (%d) for augmented assignment", k - AST_BoolOp + 1);
        return 1;
    }
    case AST_AnnAssign:
        if (s->v.AnnAssign.target->kind != AST_Name && s->v.AnnAssign.simple)
            return fail(&exc_TypeError, "AnnAssign with simple non-Name target%s", "");
        return expr_ok(s->v.AnnAssign.target, AST_CTX_Store) &&
               (!s->v.AnnAssign.value || expr_ok(s->v.AnnAssign.value, AST_CTX_Load)) &&
               expr_ok(s->v.AnnAssign.annotation, AST_CTX_Load);
    case AST_For: case AST_AsyncFor:
        /* the same layout */
        return expr_ok(s->v.For.target, AST_CTX_Store) && expr_ok(s->v.For.iter, AST_CTX_Load) &&
               body_ok(s->v.For.body, s->kind == AST_For ? "For" : "AsyncFor") && stmts_ok(s->v.For.orelse);
    case AST_While:
        return expr_ok(s->v.While.test, AST_CTX_Load) && body_ok(s->v.While.body, "While") &&
               stmts_ok(s->v.While.orelse);
    case AST_If:
        return expr_ok(s->v.If.test, AST_CTX_Load) && body_ok(s->v.If.body, "If") && stmts_ok(s->v.If.orelse);
    case AST_With:
        return withitems_ok(s->v.With.items, "With") && body_ok(s->v.With.body, "With");
    case AST_AsyncWith:
        return withitems_ok(s->v.AsyncWith.items, "AsyncWith") && body_ok(s->v.AsyncWith.body, "AsyncWith");
    case AST_Match:
        if (!expr_ok(s->v.Match.subject, AST_CTX_Load) || !nonempty(s->v.Match.cases, "cases", "Match"))
            return 0;
        for (int i = 0; i < ast_seq_len(s->v.Match.cases); i++) {
            ast_node *m = ast_seq_node(s->v.Match.cases, i);
            if (!pattern_ok(m->v.match_case.pattern, false) ||
                (m->v.match_case.guard && !expr_ok(m->v.match_case.guard, AST_CTX_Load)) ||
                !body_ok(m->v.match_case.body, "match_case"))
                return 0;
        }
        return 1;
    case AST_Raise:
        if (s->v.Raise.exc)
            return expr_ok(s->v.Raise.exc, AST_CTX_Load) &&
                   (!s->v.Raise.cause || expr_ok(s->v.Raise.cause, AST_CTX_Load));
        if (s->v.Raise.cause)
            return fail(&exc_ValueError, "Raise with cause but no exception%s", "");
        return 1;
    case AST_Try: return try_ok(s, "Try");
    case AST_TryStar: return try_ok(s, "TryStar");
    case AST_Assert:
        return expr_ok(s->v.Assert.test, AST_CTX_Load) && (!s->v.Assert.msg || expr_ok(s->v.Assert.msg, AST_CTX_Load));
    case AST_Import: return nonempty(s->v.Import.names, "names", "Import");
    case AST_ImportFrom:
        if (s->v.ImportFrom.level < 0)
            return fail(&exc_ValueError, "Negative ImportFrom level%s", "");
        return nonempty(s->v.ImportFrom.names, "names", "ImportFrom");
    case AST_Global:
        return nonempty(s->v.Global.names, "names", "Global") && names_ok(s->v.Global.names, "Global.names");
    case AST_Nonlocal:
        return nonempty(s->v.Nonlocal.names, "names", "Nonlocal") &&
               names_ok(s->v.Nonlocal.names, "Nonlocal.names");
    case AST_Expr: return expr_ok(s->v.Expr.value, AST_CTX_Load);
    case AST_Pass: case AST_Break: case AST_Continue: return 1;
    default: return fail(&exc_SystemError, "unexpected statement%s", "");
    }
}

static int stmt_ok(ast_node *s)
{
    if (!positions_ok(s))
        return 0;
    if (!exc_enter_recursive(" during compilation"))
        return 0;
    int r = stmt_body_ok(s);
    exc_leave_recursive();
    return r;
}

int astmod_validate(ast_node *mod)
{
    int ok;
    deferred_fmt = NULL;
    switch (mod->kind) {
    case AST_Module:
        ok = stmts_ok(mod->v.Module.body);
        for (int i = 0; ok && i < ast_seq_len(mod->v.Module.type_ignores); i++)
            if (!mod->v.Module.type_ignores->items[i])
                ok = fail(&exc_ValueError, "None disallowed in Module.type_ignores%s", "");
        break;
    case AST_Interactive: ok = stmts_ok(mod->v.Interactive.body); break;
    case AST_Expression: ok = expr_ok(mod->v.Expression.body, AST_CTX_Load); break;
    case AST_FunctionType:
        ok = exprs_ok(mod->v.FunctionType.argtypes, AST_CTX_Load, false) &&
             expr_ok(mod->v.FunctionType.returns, AST_CTX_Load);
        break;
    default: ok = fail(&exc_SystemError, "impossible module node%s", ""); break;
    }
    if (ok && deferred_fmt) {
        exc_raise(&exc_SystemError, deferred_fmt, deferred_arg);
        ok = 0;
    }
    return ok ? 0 : -1;
}
