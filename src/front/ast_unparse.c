/* An expression back to source text, as CPython's compiler writes the
 * annotations of `from __future__ import annotations` (its
 * _PyAST_ExprAsUnicode): operators with minimal parentheses by
 * precedence, constants by repr (an infinity as 1e309), f-strings
 * rebuilt, lambdas with their parameters. The compiler uses it where it
 * has no source text to take an annotation from (a tree compile() got
 * as ast objects). */
#include <string.h>
#include "ast_unparse.h"
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../vm/exc.h"

enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct unparser {
    str_builder b;
    bool failed;
    int depth;
} unparser;

static void put(unparser *u, const char *s) { sb_str_add(&u->b, s, strlen(s)); }
static void put_if(unparser *u, bool cond, const char *s)
{
    if (cond)
        put(u, s);
}

static void expr(unparser *u, const ast_node *e, int level);

value ast_constant_value(const ast_constant *k)
{
    switch (k->kind) {
    case AST_CONST_NONE: return V_NONE;
    case AST_CONST_TRUE: return V_TRUE;
    case AST_CONST_FALSE: return V_FALSE;
    case AST_CONST_ELLIPSIS: return V_ELLIPSIS;
    case AST_CONST_INT: return int_from_i64(k->u.i);
    case AST_CONST_BIGINT: return int_from_str(k->u.str.s, k->u.str.len, 10);
    case AST_CONST_FLOAT: return float_new(k->u.f);
    case AST_CONST_COMPLEX: return complex_new(0.0, k->u.f);
    case AST_CONST_STR: return str_from_utf8(k->u.str.s, k->u.str.len);
    case AST_CONST_BYTES: return bytes_from(k->u.str.s, k->u.str.len);
    case AST_CONST_OBJECT: return (value)(uintptr_t)k->u.i;
    default: return V_NONE;
    }
}

/* repr(v), with "inf" spelled 1e309 in floats and complex numbers (so the
 * text evaluates back to the number). */
static void put_repr(unparser *u, value v)
{
    value r = v ? obj_repr(v) : V_NULL;
    if (!r) {
        u->failed = true;
        return;
    }
    bool numeric = v_is_float(v) || (v_is_ptr(v) && v_obj(v)->type == &complex_type);
    if (!numeric) {
        sb_str_add_value(&u->b, r);
        return;
    }
    const char *s = str_data(r);
    size_t n = str_size(r);
    for (size_t i = 0; i < n; i++) {
        if (i + 3 <= n && !memcmp(s + i, "inf", 3)) {
            put(u, "1e309");
            i += 2;
        } else {
            sb_str_add(&u->b, s + i, 1);
        }
    }
}

static void put_constant(unparser *u, const ast_node *e)
{
    const ast_constant *k = &e->v.Constant.value;
    value v = ast_constant_value(k);
    if (v == V_ELLIPSIS) {
        put(u, "...");
        return;
    }
    if (e->v.Constant.kind)
        put(u, e->v.Constant.kind);
    put_repr(u, v);
}

static void seq(unparser *u, const ast_seq *s, const char *sep, int level)
{
    for (int i = 0; i < ast_seq_len(s); i++) {
        put_if(u, i > 0, sep);
        expr(u, ast_seq_node(s, i), level);
    }
}

static void comprehensions(unparser *u, const ast_seq *gens)
{
    for (int i = 0; i < ast_seq_len(gens); i++) {
        const ast_node *g = ast_seq_node(gens, i);
        put(u, g->v.comprehension.is_async ? " async for " : " for ");
        expr(u, g->v.comprehension.target, PR_TUPLE);
        put(u, " in ");
        expr(u, g->v.comprehension.iter, PR_TEST + 1);
        for (int j = 0; j < ast_seq_len(g->v.comprehension.ifs); j++) {
            put(u, " if ");
            expr(u, ast_seq_node(g->v.comprehension.ifs, j), PR_TEST + 1);
        }
    }
}

static void put_arg(unparser *u, const ast_node *a, const ast_node *dflt)
{
    put(u, a->v.arg.arg);
    if (dflt) {
        put(u, "=");
        expr(u, dflt, PR_TEST);
    }
}

static void lambda_args(unparser *u, const ast_node *args)
{
    const ast_seq *po = args->v.arguments.posonlyargs, *pa = args->v.arguments.args;
    const ast_seq *defaults = args->v.arguments.defaults;
    int npo = ast_seq_len(po), npa = ast_seq_len(pa), nd = ast_seq_len(defaults);
    int first_default = npo + npa - nd;
    bool first = true;
    for (int i = 0; i < npo + npa; i++) {
        put_if(u, !first, ", ");
        first = false;
        const ast_node *a = i < npo ? ast_seq_node(po, i) : ast_seq_node(pa, i - npo);
        put_arg(u, a, i >= first_default ? ast_seq_node(defaults, i - first_default) : NULL);
        if (i == npo - 1)
            put(u, ", /");
    }
    const ast_seq *kwo = args->v.arguments.kwonlyargs;
    if (args->v.arguments.vararg || ast_seq_len(kwo)) {
        put_if(u, !first, ", ");
        first = false;
        put(u, "*");
        if (args->v.arguments.vararg)
            put(u, args->v.arguments.vararg->v.arg.arg);
    }
    for (int i = 0; i < ast_seq_len(kwo); i++) {
        put(u, ", ");
        const ast_seq *kd = args->v.arguments.kw_defaults;
        put_arg(u, ast_seq_node(kwo, i), i < ast_seq_len(kd) ? ast_seq_node(kd, i) : NULL);
    }
    if (args->v.arguments.kwarg) {
        put_if(u, !first, ", ");
        put(u, "**");
        put(u, args->v.arguments.kwarg->v.arg.arg);
    }
}

/* -- f-strings -------------------------------------------------------------------- */

static void fstring_body(unparser *u, const ast_seq *values, bool is_spec);

/* Text of e alone (for an f-string's replacement field). */
static value sub_text(unparser *u, const ast_node *e, int level)
{
    unparser sub = { .depth = u->depth };
    sb_str_init(&sub.b);
    expr(&sub, e, level);
    if (sub.failed) {
        sb_str_abandon(&sub.b);
        u->failed = true;
        return V_NULL;
    }
    value s = sb_str_finish(&sub.b);
    if (!s)
        u->failed = true;
    return s;
}

static void formatted_value(unparser *u, const ast_node *e)
{
    value inner = sub_text(u, e->v.FormattedValue.value, PR_TEST + 1);
    if (!inner)
        return;
    put(u, "{");
    if (str_size(inner) && str_data(inner)[0] == '{')
        put(u, " ");   /* a dict or set display: not an escaped brace */
    sb_str_add_value(&u->b, inner);
    int conv = e->v.FormattedValue.conversion;
    if (conv == 's' || conv == 'r' || conv == 'a') {
        char c[3] = { '!', (char)conv, 0 };
        put(u, c);
    }
    const ast_node *spec = e->v.FormattedValue.format_spec;
    if (spec) {
        put(u, ":");
        if (spec->kind == AST_JoinedStr)
            fstring_body(u, spec->v.JoinedStr.values, true);
        else if (spec->kind == AST_FormattedValue)
            formatted_value(u, spec);
        else
            expr(u, spec, PR_TEST);
    }
    put(u, "}");
}

static void fstring_body(unparser *u, const ast_seq *values, bool is_spec)
{
    for (int i = 0; i < ast_seq_len(values); i++) {
        const ast_node *v = ast_seq_node(values, i);
        if (v->kind == AST_Constant && v->v.Constant.value.kind == AST_CONST_STR) {
            const char *s = v->v.Constant.value.u.str.s;
            size_t n = v->v.Constant.value.u.str.len;
            for (size_t j = 0; j < n; j++) {
                if (s[j] == '{' || s[j] == '}')
                    sb_str_add(&u->b, s + j, 1);   /* doubled */
                sb_str_add(&u->b, s + j, 1);
            }
        } else if (v->kind == AST_FormattedValue) {
            formatted_value(u, v);
        } else if (v->kind == AST_JoinedStr) {
            fstring_body(u, v->v.JoinedStr.values, is_spec);
        } else {
            expr(u, v, PR_TEST);
        }
    }
}

static void joined_str(unparser *u, const ast_node *e)
{
    unparser body = { .depth = u->depth };
    sb_str_init(&body.b);
    fstring_body(&body, e->v.JoinedStr.values, false);
    if (body.failed) {
        sb_str_abandon(&body.b);
        u->failed = true;
        return;
    }
    value s = sb_str_finish(&body.b);
    if (!s) {
        u->failed = true;
        return;
    }
    put(u, "f");
    put_repr(u, s);
}

/* -- Expressions ------------------------------------------------------------------- */

static const char *const binop_text[] = {
    NULL, " + ", " - ", " * ", " @ ", " / ", " % ", " ** ", " << ", " >> ", " | ", " ^ ", " & ", " // ",
};
static const int binop_prec[] = {
    0, PR_ARITH, PR_ARITH, PR_TERM, PR_TERM, PR_TERM, PR_TERM, PR_POWER, PR_SHIFT, PR_SHIFT, PR_BOR,
    PR_BXOR, PR_BAND, PR_TERM,
};
static const char *const cmpop_text[] = {
    NULL, " == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in ",
};

static void expr_kind(unparser *u, const ast_node *e, int level)
{
    switch (e->kind) {
    case AST_BoolOp: {
        int pr = e->v.BoolOp.op == AST_BOOL_And ? PR_AND : PR_OR;
        put_if(u, level > pr, "(");
        seq(u, e->v.BoolOp.values, pr == PR_AND ? " and " : " or ", pr + 1);
        put_if(u, level > pr, ")");
        break;
    }
    case AST_BinOp: {
        int op = e->v.BinOp.op;
        if (op < 1 || op > AST_OP_FloorDiv) {
            u->failed = true;
            break;
        }
        int pr = binop_prec[op], rassoc = op == AST_OP_Pow;
        put_if(u, level > pr, "(");
        expr(u, e->v.BinOp.left, pr + rassoc);
        put(u, binop_text[op]);
        expr(u, e->v.BinOp.right, pr + !rassoc);
        put_if(u, level > pr, ")");
        break;
    }
    case AST_UnaryOp: {
        int op = e->v.UnaryOp.op;
        int pr = op == AST_UNARY_Not ? PR_NOT : PR_FACTOR;
        put_if(u, level > pr, "(");
        put(u, op == AST_UNARY_Invert ? "~" : op == AST_UNARY_Not ? "not " : op == AST_UNARY_UAdd ? "+" : "-");
        expr(u, e->v.UnaryOp.operand, pr);
        put_if(u, level > pr, ")");
        break;
    }
    case AST_Lambda: {
        const ast_node *a = e->v.Lambda.args;
        bool positional = ast_seq_len(a->v.arguments.posonlyargs) || ast_seq_len(a->v.arguments.args);
        put_if(u, level > PR_TEST, "(");
        put(u, positional ? "lambda " : "lambda");   /* CPython's: lambda*a: a */
        lambda_args(u, a);
        put(u, ": ");
        expr(u, e->v.Lambda.body, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    }
    case AST_IfExp:
        put_if(u, level > PR_TEST, "(");
        expr(u, e->v.IfExp.body, PR_TEST + 1);
        put(u, " if ");
        expr(u, e->v.IfExp.test, PR_TEST + 1);
        put(u, " else ");
        expr(u, e->v.IfExp.orelse, PR_TEST);
        put_if(u, level > PR_TEST, ")");
        break;
    case AST_Dict:
        put(u, "{");
        for (int i = 0; i < ast_seq_len(e->v.Dict.values); i++) {
            put_if(u, i > 0, ", ");
            const ast_node *k = i < ast_seq_len(e->v.Dict.keys) ? ast_seq_node(e->v.Dict.keys, i) : NULL;
            if (k) {
                expr(u, k, PR_TEST);
                put(u, ": ");
                expr(u, ast_seq_node(e->v.Dict.values, i), PR_TEST);
            } else {
                put(u, "**");
                expr(u, ast_seq_node(e->v.Dict.values, i), PR_EXPR);
            }
        }
        put(u, "}");
        break;
    case AST_Set:
        if (!ast_seq_len(e->v.Set.elts)) {
            put(u, "{*()}");
            break;
        }
        put(u, "{");
        seq(u, e->v.Set.elts, ", ", PR_TEST);
        put(u, "}");
        break;
    case AST_ListComp:
        put(u, "[");
        expr(u, e->v.ListComp.elt, PR_TEST);
        comprehensions(u, e->v.ListComp.generators);
        put(u, "]");
        break;
    case AST_SetComp:
        put(u, "{");
        expr(u, e->v.SetComp.elt, PR_TEST);
        comprehensions(u, e->v.SetComp.generators);
        put(u, "}");
        break;
    case AST_DictComp:
        put(u, "{");
        expr(u, e->v.DictComp.key, PR_TEST);
        put(u, ": ");
        expr(u, e->v.DictComp.value, PR_TEST);
        comprehensions(u, e->v.DictComp.generators);
        put(u, "}");
        break;
    case AST_GeneratorExp:
        put(u, "(");
        expr(u, e->v.GeneratorExp.elt, PR_TEST);
        comprehensions(u, e->v.GeneratorExp.generators);
        put(u, ")");
        break;
    case AST_Await:
        put_if(u, level > PR_AWAIT, "(");
        put(u, "await ");
        expr(u, e->v.Await.value, PR_ATOM);
        put_if(u, level > PR_AWAIT, ")");
        break;
    case AST_Yield:
        if (!e->v.Yield.value) {
            put(u, "(yield)");
            break;
        }
        put(u, "(yield ");
        expr(u, e->v.Yield.value, PR_TEST);
        put(u, ")");
        break;
    case AST_YieldFrom:
        put(u, "(yield from ");
        expr(u, e->v.YieldFrom.value, PR_TEST);
        put(u, ")");
        break;
    case AST_Compare:
        put_if(u, level > PR_CMP, "(");
        expr(u, e->v.Compare.left, PR_CMP + 1);
        for (int i = 0; i < ast_seq_len(e->v.Compare.comparators) && i < ast_seq_len(e->v.Compare.ops); i++) {
            int op = (int)(intptr_t)e->v.Compare.ops->items[i];
            put(u, op >= 1 && op <= AST_CMP_NotIn ? cmpop_text[op] : " ? ");
            expr(u, ast_seq_node(e->v.Compare.comparators, i), PR_CMP + 1);
        }
        put_if(u, level > PR_CMP, ")");
        break;
    case AST_Call: {
        expr(u, e->v.Call.func, PR_ATOM);
        const ast_seq *args = e->v.Call.args, *kws = e->v.Call.keywords;
        if (ast_seq_len(args) == 1 && !ast_seq_len(kws) && ast_seq_node(args, 0)->kind == AST_GeneratorExp) {
            expr(u, ast_seq_node(args, 0), PR_TEST);   /* f(x for x in y): its own parentheses */
            break;
        }
        put(u, "(");
        seq(u, args, ", ", PR_TEST);
        for (int i = 0; i < ast_seq_len(kws); i++) {
            put_if(u, i > 0 || ast_seq_len(args), ", ");
            const ast_node *k = ast_seq_node(kws, i);
            if (k->v.keyword.arg) {
                put(u, k->v.keyword.arg);
                put(u, "=");
            } else {
                put(u, "**");
            }
            expr(u, k->v.keyword.value, PR_TEST);
        }
        put(u, ")");
        break;
    }
    case AST_Constant: put_constant(u, e); break;
    case AST_JoinedStr: joined_str(u, e); break;
    case AST_FormattedValue: formatted_value(u, e); break;
    case AST_Attribute: {
        const ast_node *v = e->v.Attribute.value;
        expr(u, v, PR_ATOM);
        bool int_const = v->kind == AST_Constant &&
                         (v->v.Constant.value.kind == AST_CONST_INT || v->v.Constant.value.kind == AST_CONST_BIGINT);
        put(u, int_const ? " ." : ".");   /* 1 .real, not the float 1. */
        put(u, e->v.Attribute.attr);
        break;
    }
    case AST_Subscript: {
        expr(u, e->v.Subscript.value, PR_ATOM);
        put(u, "[");
        const ast_node *s = e->v.Subscript.slice;
        if (s->kind == AST_Tuple && ast_seq_len(s->v.Tuple.elts)) {
            seq(u, s->v.Tuple.elts, ", ", PR_TUPLE);
            put_if(u, ast_seq_len(s->v.Tuple.elts) == 1, ",");
        } else {
            expr(u, s, PR_TUPLE);
        }
        put(u, "]");
        break;
    }
    case AST_Starred:
        put(u, "*");
        expr(u, e->v.Starred.value, PR_EXPR);
        break;
    case AST_Name: put(u, e->v.Name.id); break;
    case AST_List:
        put(u, "[");
        seq(u, e->v.List.elts, ", ", PR_TEST);
        put(u, "]");
        break;
    case AST_Tuple: {
        int n = ast_seq_len(e->v.Tuple.elts);
        if (!n) {
            put(u, "()");
            break;
        }
        put_if(u, level > PR_TUPLE, "(");
        seq(u, e->v.Tuple.elts, ", ", PR_TEST);
        put_if(u, n == 1, ",");
        put_if(u, level > PR_TUPLE, ")");
        break;
    }
    case AST_Slice:
        if (e->v.Slice.lower)
            expr(u, e->v.Slice.lower, PR_TEST);
        put(u, ":");
        if (e->v.Slice.upper)
            expr(u, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            put(u, ":");
            expr(u, e->v.Slice.step, PR_TEST);
        }
        break;
    case AST_NamedExpr:
        put_if(u, level > PR_TUPLE, "(");
        expr(u, e->v.NamedExpr.target, PR_ATOM);
        put(u, " := ");
        expr(u, e->v.NamedExpr.value, PR_ATOM);
        put_if(u, level > PR_TUPLE, ")");
        break;
    default:
        u->failed = true;
        break;
    }
}

static void expr(unparser *u, const ast_node *e, int level)
{
    if (u->failed)
        return;
    if (!e || ++u->depth > 5000) {   /* trees this deep were refused before here */
        u->failed = true;
        return;
    }
    expr_kind(u, e, level);
    u->depth--;
}

value ast_unparse_annotation(const ast_node *e)
{
    unparser u = { .failed = false };
    sb_str_init(&u.b);
    expr(&u, e, PR_TEST);
    if (u.failed) {
        sb_str_abandon(&u.b);
        if (!exc_occurred())
            exc_raise(&exc_SystemError, "cannot unparse the annotation");
        return V_NULL;
    }
    return sb_str_finish(&u.b);
}
