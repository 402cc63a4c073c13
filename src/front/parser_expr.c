/* Expressions of Python 3.11, by recursive descent: one function per level of
 * the grammar (expression > disjunction > ... > factor > power > primary >
 * atom), plus call arguments, slices, comprehensions, assignment/del targets
 * and numeric literals. The tree and every position are CPython's: a node
 * starts at the first token its rule consumed (so `(a).b` starts at the
 * parenthesis) and ends at the last one. Where CPython's PEG grammar would
 * try alternatives that share a prefix (tuple/group/genexp, dict/set,
 * arguments/genexp, slice/expression), we parse the shared prefix once and
 * decide on the next token, so no input is parsed twice and nesting costs
 * linear time. A function that does not match resets the position to where
 * it started and returns NULL with no error (see parser_internal.h). */
#include "parser_internal.h"
#include <errno.h>
#include <gmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* -- Small helpers --------------------------------------------------------- */

/* A constructor's result, or MemoryError when it could not allocate. */
static ast_node *chk(parser *p, ast_node *n)
{
    return n ? n : p_no_memory(p);
}

/* "No match": back to mark, NULL without error (unless one is set). */
static void *nomatch(parser *p, int mark)
{
    if (!p_error(p))
        p_reset(p, mark);
    return NULL;
}

static bool push(parser *p, ast_list *l, void *item)
{
    if (ast_list_push(l, item) < 0) {
        p_no_memory(p);
        return false;
    }
    return true;
}

/* A one-element sequence. */
static ast_seq *seq1(parser *p, void *item)
{
    ast_seq *s = ast_seq_new(p->arena, 1);
    if (!s)
        return p_no_memory(p);
    s->items[0] = item;
    return s;
}

static bool at_name_then(parser *p, int type)
{
    return p_at(p, TOK_NAME) && p_peek_n(p, 1)->type == type;
}

/* Does a comprehension (for_if_clauses) start here? */
static bool at_for(parser *p)
{
    return p_at(p, TOK_KW_for) || (p_at(p, TOK_KW_async) && p_peek_n(p, 1)->type == TOK_KW_for);
}

static ast_node *expression(parser *p);
static ast_node *star_expression(parser *p);
static ast_node *lambdef(parser *p);
static ast_node *slices(parser *p);
static ast_seq *for_if_clauses(parser *p);

/* -- expression, named_expression, star_expressions ------------------------ */

ast_node *parse_expression(parser *p)
{
    if (!p_enter(p))
        return NULL;
    ast_node *r = expression(p);
    p_leave(p);
    return r;
}

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static ast_node *expression(parser *p)
{
    if (p_at(p, TOK_KW_lambda))
        return lambdef(p);
    int mark = p_mark(p);
    ast_node *a = parse_disjunction(p);
    if (!a || !p_at(p, TOK_KW_if))
        return a;
    int m = p_mark(p);
    p_next(p);
    ast_node *test = parse_disjunction(p);
    if (!test || !p_accept(p, TOK_KW_else))
        return p_error(p) ? NULL : (p_reset(p, m), a);
    ast_node *orelse = parse_expression(p);
    if (!orelse)
        return p_error(p) ? NULL : (p_reset(p, m), a);
    return chk(p, ast_IfExp(p->arena, test, a, orelse, EXTRA(p, mark)));
}

/* assignment_expression: NAME ':=' expression; the caller checked the first
 * two tokens. */
static ast_node *assignment_expression(parser *p)
{
    int mark = p_mark(p);
    token *name = p_next(p);
    p_next(p);
    ast_node *value = parse_expression(p);
    if (!value)
        return nomatch(p, mark);
    ast_node *target = p_name_node(p, name, AST_CTX_Store);
    if (!target)
        return NULL;
    return chk(p, ast_NamedExpr(p->arena, target, value, EXTRA(p, mark)));
}

/* named_expression: assignment_expression | expression !':=' */
ast_node *parse_named_expression(parser *p)
{
    if (at_name_then(p, TOK_COLONEQUAL))
        return assignment_expression(p);
    int mark = p_mark(p);
    ast_node *e = parse_expression(p);
    if (e && p_at(p, TOK_COLONEQUAL))
        return nomatch(p, mark);
    return e;
}

/* '*' bitwise_or, the starred item of star_expression(s) and of displays. */
static ast_node *star_bitwise_or(parser *p)
{
    int mark = p_mark(p);
    p_next(p);
    ast_node *v = parse_bitwise_or(p);
    if (!v)
        return nomatch(p, mark);
    return chk(p, ast_Starred(p->arena, v, AST_CTX_Load, EXTRA(p, mark)));
}

/* star_expression: '*' bitwise_or | expression */
static ast_node *star_expression(parser *p)
{
    if (p_at(p, TOK_STAR))
        return star_bitwise_or(p);
    return parse_expression(p);
}

/* star_named_expression: '*' bitwise_or | named_expression */
ast_node *parse_star_named_expression(parser *p)
{
    if (p_at(p, TOK_STAR))
        return star_bitwise_or(p);
    return parse_named_expression(p);
}

/* Parses `first (',' item)* [',']` after `first` was parsed at mark, into a
 * Tuple with ctx; a trailing comma belongs to the tuple. */
static ast_node *comma_tuple(parser *p, int mark, ast_node *first, ast_node *(*item)(parser *),
                             int ctx)
{
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!push(p, &l, first))
        return NULL;
    while (p_accept(p, TOK_COMMA)) {
        ast_node *e = item(p);
        if (!e) {
            if (p_error(p))
                return NULL;
            break;
        }
        if (!push(p, &l, e))
            return NULL;
    }
    ast_seq *elts = ast_list_finish(&l);
    if (!elts)
        return p_no_memory(p);
    return chk(p, ast_Tuple(p->arena, elts, ctx, EXTRA(p, mark)));
}

/* star_expressions: star_expression (',' star_expression)* [','] */
ast_node *parse_star_expressions(parser *p)
{
    int mark = p_mark(p);
    ast_node *a = star_expression(p);
    if (!a || !p_at(p, TOK_COMMA))
        return a;
    return comma_tuple(p, mark, a, star_expression, AST_CTX_Load);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
ast_node *parse_yield_expr(parser *p)
{
    int mark = p_mark(p);
    if (!p_accept(p, TOK_KW_yield))
        return NULL;
    if (p_accept(p, TOK_KW_from)) {
        ast_node *v = parse_expression(p);
        if (!v)
            return nomatch(p, mark);
        return chk(p, ast_YieldFrom(p->arena, v, EXTRA(p, mark)));
    }
    ast_node *v = parse_star_expressions(p);
    if (!v && p_error(p))
        return NULL;
    return chk(p, ast_Yield(p->arena, v, EXTRA(p, mark)));
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static ast_node *lambdef(parser *p)
{
    int mark = p_mark(p);
    p_next(p);
    ast_node *args = parse_params(p, true);
    if (!args || !p_accept(p, TOK_COLON))
        return nomatch(p, mark);
    ast_node *body = parse_expression(p);
    if (!body)
        return nomatch(p, mark);
    return chk(p, ast_Lambda(p->arena, args, body, EXTRA(p, mark)));
}

/* -- Boolean operators and comparisons ------------------------------------- */

/* `a OP b OP c` as one BoolOp with every operand (CPython flattens). */
static ast_node *boolop_chain(parser *p, int kwtype, int op, ast_node *(*sub)(parser *))
{
    int mark = p_mark(p);
    ast_node *a = sub(p);
    if (!a || !p_at(p, kwtype))
        return a;
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!push(p, &l, a))
        return NULL;
    while (p_at(p, kwtype)) {
        int m = p_mark(p);
        p_next(p);
        ast_node *b = sub(p);
        if (!b) {
            if (p_error(p))
                return NULL;
            p_reset(p, m);
            break;
        }
        if (!push(p, &l, b))
            return NULL;
    }
    if (l.len == 1)
        return a;
    ast_seq *values = ast_list_finish(&l);
    if (!values)
        return p_no_memory(p);
    return chk(p, ast_BoolOp(p->arena, op, values, EXTRA(p, mark)));
}

static ast_node *comparison(parser *p);

/* inversion: 'not' inversion | comparison */
static ast_node *inversion(parser *p)
{
    if (!p_at(p, TOK_KW_not))
        return comparison(p);
    int mark = p_mark(p);
    if (!p_enter(p))
        return NULL;
    p_next(p);
    ast_node *a = inversion(p);
    p_leave(p);
    if (!a)
        return nomatch(p, mark);
    return chk(p, ast_UnaryOp(p->arena, AST_UNARY_Not, a, EXTRA(p, mark)));
}

static ast_node *conjunction(parser *p)
{
    return boolop_chain(p, TOK_KW_and, AST_BOOL_And, inversion);
}

ast_node *parse_disjunction(parser *p)
{
    return boolop_chain(p, TOK_KW_or, AST_BOOL_Or, conjunction);
}

/* Consumes a comparison operator and returns its cmpop, or 0 (nothing
 * consumed). `<>` is NOTEQUAL to the tokenizer but only valid under
 * barry_as_FLUFL, so it is no operator here. */
static int compare_op(parser *p)
{
    token *t = p_peek(p);
    int op = 0;
    switch (t->type) {
    case TOK_EQEQUAL: op = AST_CMP_Eq; break;
    case TOK_NOTEQUAL: op = t->len == 2 && t->start[0] == '<' ? 0 : AST_CMP_NotEq; break;
    case TOK_LESS: op = AST_CMP_Lt; break;
    case TOK_LESSEQUAL: op = AST_CMP_LtE; break;
    case TOK_GREATER: op = AST_CMP_Gt; break;
    case TOK_GREATEREQUAL: op = AST_CMP_GtE; break;
    case TOK_KW_in: op = AST_CMP_In; break;
    case TOK_KW_not:
        if (p_peek_n(p, 1)->type != TOK_KW_in)
            return 0;
        p_next(p);
        op = AST_CMP_NotIn;
        break;
    case TOK_KW_is:
        if (p_peek_n(p, 1)->type == TOK_KW_not) {
            p_next(p);
            op = AST_CMP_IsNot;
        } else {
            op = AST_CMP_Is;
        }
        break;
    default:
        return 0;
    }
    if (op)
        p_next(p);
    return op;
}

/* comparison: bitwise_or (compare_op bitwise_or)* */
static ast_node *comparison(parser *p)
{
    int mark = p_mark(p);
    ast_node *a = parse_bitwise_or(p);
    if (!a)
        return NULL;
    ast_list ops, cmps;
    ast_list_init(&ops, p->arena);
    ast_list_init(&cmps, p->arena);
    for (;;) {
        int m = p_mark(p);
        int op = compare_op(p);
        if (!op)
            break;
        ast_node *b = parse_bitwise_or(p);
        if (!b) {
            if (p_error(p))
                return NULL;
            p_reset(p, m);
            break;
        }
        if (!push(p, &ops, (void *)(intptr_t)op) || !push(p, &cmps, b))
            return NULL;
    }
    if (!ops.len)
        return a;
    ast_seq *opseq = ast_list_finish(&ops), *cmpseq = ast_list_finish(&cmps);
    if (!opseq || !cmpseq)
        return p_no_memory(p);
    return chk(p, ast_Compare(p->arena, a, opseq, cmpseq, EXTRA(p, mark)));
}

/* -- Binary operators ------------------------------------------------------ */

/* One left-associative level: sub (OP sub)*, where ops maps token types to
 * operators (pairs, ended by 0). The BinOp starts at the first token of the
 * whole chain, which is not always the left operand's start: `(a) | b`. */
static ast_node *binop_chain(parser *p, ast_node *(*sub)(parser *), const int *ops)
{
    int mark = p_mark(p);
    ast_node *a = sub(p);
    while (a) {
        int t = p_type(p), op = 0;
        for (const int *o = ops; *o; o += 2)
            if (*o == t)
                op = o[1];
        if (!op)
            break;
        int m = p_mark(p);
        p_next(p);
        ast_node *b = sub(p);
        if (!b) {
            if (p_error(p))
                return NULL;
            p_reset(p, m);
            break;
        }
        a = chk(p, ast_BinOp(p->arena, a, op, b, EXTRA(p, mark)));
    }
    return a;
}

static ast_node *factor(parser *p);

static ast_node *term(parser *p)
{
    static const int ops[] = {
        TOK_STAR, AST_OP_Mult, TOK_SLASH, AST_OP_Div, TOK_DOUBLESLASH, AST_OP_FloorDiv,
        TOK_PERCENT, AST_OP_Mod, TOK_AT, AST_OP_MatMult, 0};
    return binop_chain(p, factor, ops);
}

static ast_node *sum(parser *p)
{
    static const int ops[] = {TOK_PLUS, AST_OP_Add, TOK_MINUS, AST_OP_Sub, 0};
    return binop_chain(p, term, ops);
}

static ast_node *shift_expr(parser *p)
{
    static const int ops[] = {TOK_LEFTSHIFT, AST_OP_LShift, TOK_RIGHTSHIFT, AST_OP_RShift, 0};
    return binop_chain(p, sum, ops);
}

static ast_node *bitwise_and(parser *p)
{
    static const int ops[] = {TOK_AMPER, AST_OP_BitAnd, 0};
    return binop_chain(p, shift_expr, ops);
}

static ast_node *bitwise_xor(parser *p)
{
    static const int ops[] = {TOK_CIRCUMFLEX, AST_OP_BitXor, 0};
    return binop_chain(p, bitwise_and, ops);
}

ast_node *parse_bitwise_or(parser *p)
{
    static const int ops[] = {TOK_VBAR, AST_OP_BitOr, 0};
    return binop_chain(p, bitwise_xor, ops);
}

/* await_primary: 'await' primary | primary */
static ast_node *await_primary(parser *p)
{
    if (!p_at(p, TOK_KW_await))
        return parse_primary(p);
    int mark = p_mark(p);
    p_next(p);
    ast_node *a = parse_primary(p);
    if (!a)
        return nomatch(p, mark);
    return chk(p, ast_Await(p->arena, a, EXTRA(p, mark)));
}

/* power: await_primary '**' factor | await_primary. The right operand is a
 * factor, so `2**-1` works and `-2**2` is -(2**2) (factor sees '-' first). */
static ast_node *power(parser *p)
{
    int mark = p_mark(p);
    ast_node *a = await_primary(p);
    if (!a || !p_at(p, TOK_DOUBLESTAR))
        return a;
    int m = p_mark(p);
    if (!p_enter(p))
        return NULL;
    p_next(p);
    ast_node *b = factor(p);
    p_leave(p);
    if (!b)
        return p_error(p) ? NULL : (p_reset(p, m), a);
    return chk(p, ast_BinOp(p->arena, a, AST_OP_Pow, b, EXTRA(p, mark)));
}

/* factor: ('+' | '-' | '~') factor | power */
static ast_node *factor(parser *p)
{
    int op;
    switch (p_type(p)) {
    case TOK_PLUS: op = AST_UNARY_UAdd; break;
    case TOK_MINUS: op = AST_UNARY_USub; break;
    case TOK_TILDE: op = AST_UNARY_Invert; break;
    default: return power(p);
    }
    int mark = p_mark(p);
    if (!p_enter(p))
        return NULL;
    p_next(p);
    ast_node *a = factor(p);
    p_leave(p);
    if (!a)
        return nomatch(p, mark);
    return chk(p, ast_UnaryOp(p->arena, op, a, EXTRA(p, mark)));
}

/* -- Primaries: attribute, call, subscript --------------------------------- */

/* One call argument in the positional part: assignment_expression |
 * expression !':=' (named_expression), not followed by '='. */
static ast_node *positional_arg(parser *p)
{
    int mark = p_mark(p);
    ast_node *e = parse_named_expression(p);
    if (e && p_at(p, TOK_EQUAL))
        return nomatch(p, mark);
    return e;
}

/* The generator expression of `f(x for x in y)`: the parenthesis at lpar,
 * elt parsed, comprehension clauses next. */
static ast_node *genexp_rest(parser *p, int lpar, ast_node *elt)
{
    ast_seq *gens = for_if_clauses(p);
    if (!gens || !p_accept(p, TOK_RPAR))
        return nomatch(p, lpar);
    return chk(p, ast_GeneratorExp(p->arena, elt, gens, EXTRA(p, lpar)));
}

/* The argument list after '(' up to (not including) ')':
 *   args [','] &')' with args: positional/starred items, then keywords and
 *   starred items, then keywords and '**' items.
 * Fills args/kws; returns false on no match or error. The first positional
 * argument may have been parsed already (by the generator check). */
static bool call_args(parser *p, ast_node *first, ast_list *args, ast_list *kws)
{
    int phase = 0;   /* 0: positional allowed; 1: after a keyword; 2: after '**' */
    if (first) {
        if (p_at(p, TOK_EQUAL) || !push(p, args, first))
            return false;
        if (!p_accept(p, TOK_COMMA))
            return p_at(p, TOK_RPAR);
    }
    while (!p_at(p, TOK_RPAR)) {
        int m = p_mark(p);
        if (p_at(p, TOK_STAR)) {
            if (phase == 2)
                return false;
            p_next(p);
            ast_node *v = parse_expression(p);
            if (!v)
                return false;
            ast_node *s = chk(p, ast_Starred(p->arena, v, AST_CTX_Load, EXTRA(p, m)));
            if (!s || !push(p, args, s))
                return false;
        } else if (p_at(p, TOK_DOUBLESTAR)) {
            p_next(p);
            ast_node *v = parse_expression(p);
            if (!v)
                return false;
            ast_node *k = chk(p, ast_keyword(p->arena, NULL, v, EXTRA(p, m)));
            if (!k || !push(p, kws, k))
                return false;
            phase = 2;
        } else if (at_name_then(p, TOK_EQUAL)) {
            token *name = p_next(p);
            p_next(p);
            const char *id = p_identifier(p, name);
            if (!id)
                return false;
            ast_node *v = parse_expression(p);
            if (!v)
                return false;
            ast_node *k = chk(p, ast_keyword(p->arena, id, v, EXTRA(p, m)));
            if (!k || !push(p, kws, k))
                return false;
            if (phase == 0)
                phase = 1;
        } else {
            if (phase != 0)
                return false;
            ast_node *v = positional_arg(p);
            if (!v || !push(p, args, v))
                return false;
        }
        if (!p_accept(p, TOK_COMMA))
            break;
    }
    return p_at(p, TOK_RPAR);
}

/* primary '(' [arguments] ')' | primary genexp, with the '(' next. */
static ast_node *call_trailer(parser *p, ast_node *func, int mark)
{
    int lpar = p_mark(p);
    p_next(p);
    /* Parse a plain first argument once: followed by `for`, it is the
     * element of a generator that is the only argument and spans the call's
     * parentheses (f(x for x in y)); otherwise the first positional one. */
    ast_node *first = NULL;
    if (!p_at(p, TOK_STAR) && !p_at(p, TOK_DOUBLESTAR) && !p_at(p, TOK_RPAR) &&
        !at_name_then(p, TOK_EQUAL)) {
        first = parse_named_expression(p);
        if (!first)
            return nomatch(p, lpar);
        if (at_for(p)) {
            ast_node *g = genexp_rest(p, lpar, first);
            if (!g)
                return NULL;
            ast_seq *args = seq1(p, g);
            if (!args)
                return NULL;
            return chk(p, ast_Call(p->arena, func, args, NULL, EXTRA(p, mark)));
        }
    }
    ast_list args, kws;
    ast_list_init(&args, p->arena);
    ast_list_init(&kws, p->arena);
    if (!call_args(p, first, &args, &kws) || !p_accept(p, TOK_RPAR))
        return nomatch(p, lpar);
    ast_seq *a = ast_list_finish(&args), *k = ast_list_finish(&kws);
    if ((args.len && !a) || (kws.len && !k))
        return p_no_memory(p);
    return chk(p, ast_Call(p->arena, func, a, k, EXTRA(p, mark)));
}

int parse_call_args(parser *p, ast_seq **args, ast_seq **keywords)
{
    int mark = p_mark(p);
    ast_list a, k;
    ast_list_init(&a, p->arena);
    ast_list_init(&k, p->arena);
    if (!call_args(p, NULL, &a, &k)) {
        nomatch(p, mark);
        return 0;
    }
    *args = ast_list_finish(&a);
    *keywords = ast_list_finish(&k);
    if ((a.len && !*args) || (k.len && !*keywords)) {
        p_no_memory(p);
        return 0;
    }
    return 1;
}

ast_node *parse_primary(parser *p)
{
    int mark = p_mark(p);
    ast_node *a = parse_atom(p);
    while (a) {
        int m = p_mark(p);
        ast_node *b = NULL;
        switch (p_type(p)) {
        case TOK_DOT: {
            p_next(p);
            token *name = p_accept(p, TOK_NAME);
            if (!name)
                break;
            const char *id = p_identifier(p, name);
            if (!id)
                return NULL;
            b = chk(p, ast_Attribute(p->arena, a, id, AST_CTX_Load, EXTRA(p, mark)));
            if (!b)
                return NULL;
            break;
        }
        case TOK_LPAR:
            b = call_trailer(p, a, mark);
            break;
        case TOK_LSQB: {
            p_next(p);
            ast_node *s = slices(p);
            if (!s || !p_accept(p, TOK_RSQB))
                break;
            b = chk(p, ast_Subscript(p->arena, a, s, AST_CTX_Load, EXTRA(p, mark)));
            if (!b)
                return NULL;
            break;
        }
        default:
            return a;
        }
        if (!b) {
            if (p_error(p))
                return NULL;
            p_reset(p, m);
            return a;
        }
        a = b;
    }
    return a;
}

/* -- Slices ---------------------------------------------------------------- */

/* An optional expression: NULL without error when there is none. */
static ast_node *opt_expression(parser *p)
{
    return parse_expression(p);
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static ast_node *slice(parser *p)
{
    int mark = p_mark(p);
    ast_node *lower = NULL;
    if (!p_at(p, TOK_COLON)) {
        if (at_name_then(p, TOK_COLONEQUAL))
            return assignment_expression(p);
        lower = parse_expression(p);
        if (!lower)
            return NULL;
        if (p_at(p, TOK_COLONEQUAL))
            return nomatch(p, mark);
        if (!p_at(p, TOK_COLON))
            return lower;
    }
    p_next(p);
    ast_node *upper = opt_expression(p), *step = NULL;
    if (p_error(p))
        return NULL;
    if (p_accept(p, TOK_COLON)) {
        step = opt_expression(p);
        if (p_error(p))
            return NULL;
    }
    return chk(p, ast_Slice(p->arena, lower, upper, step, EXTRA(p, mark)));
}

/* slice | starred_expression ('*' expression), as items of slices. */
static ast_node *slice_item(parser *p)
{
    if (!p_at(p, TOK_STAR))
        return slice(p);
    int mark = p_mark(p);
    p_next(p);
    ast_node *v = parse_expression(p);
    if (!v)
        return nomatch(p, mark);
    return chk(p, ast_Starred(p->arena, v, AST_CTX_Load, EXTRA(p, mark)));
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple) */
static ast_node *slices(parser *p)
{
    int mark = p_mark(p);
    ast_node *a = slice_item(p);
    if (!a)
        return NULL;
    if (a->kind != AST_Starred && !p_at(p, TOK_COMMA))
        return a;
    return comma_tuple(p, mark, a, slice_item, AST_CTX_Load);
}

/* -- Atoms ----------------------------------------------------------------- */

static ast_node *constant_token(parser *p, int kind)
{
    token *t = p_next(p);
    ast_constant c = {.kind = kind};
    return chk(p, ast_Constant(p->arena, c, NULL, t->lineno, t->col_offset, t->end_lineno,
                               t->end_col_offset));
}

static ast_node *number_atom(parser *p)
{
    token *t = p_next(p);
    ast_constant c;
    if (!p_number_value(p, t, &c))
        return NULL;
    return chk(p, ast_Constant(p->arena, c, NULL, t->lineno, t->col_offset, t->end_lineno,
                               t->end_col_offset));
}

/* for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static ast_seq *for_if_clauses(parser *p)
{
    int mark = p_mark(p);
    ast_list gens;
    ast_list_init(&gens, p->arena);
    while (at_for(p)) {
        int is_async = p_accept(p, TOK_KW_async) != NULL;
        p_next(p);
        ast_node *target = parse_star_targets(p);
        if (!target || !p_accept(p, TOK_KW_in))
            return nomatch(p, mark);
        ast_node *iter = parse_disjunction(p);
        if (!iter)
            return nomatch(p, mark);
        ast_list ifs;
        ast_list_init(&ifs, p->arena);
        while (p_at(p, TOK_KW_if)) {
            int m = p_mark(p);
            p_next(p);
            ast_node *c = parse_disjunction(p);
            if (!c) {
                if (p_error(p))
                    return NULL;
                p_reset(p, m);
                break;
            }
            if (!push(p, &ifs, c))
                return NULL;
        }
        ast_seq *ifseq = ast_list_finish(&ifs);
        if (ifs.len && !ifseq)
            return p_no_memory(p);
        ast_node *g = chk(p, ast_comprehension(p->arena, target, iter, ifseq, is_async));
        if (!g || !push(p, &gens, g))
            return NULL;
    }
    if (!gens.len)
        return nomatch(p, mark);
    ast_seq *s = ast_list_finish(&gens);
    return s ? s : p_no_memory(p);
}

/* The rest of a display after its first item: (',' item)* [','] close,
 * collected into l. False on no match or error. */
static bool display_rest(parser *p, ast_list *l, int close)
{
    while (p_accept(p, TOK_COMMA)) {
        if (p_at(p, close))
            break;
        ast_node *e = parse_star_named_expression(p);
        if (!e || !push(p, l, e))
            return false;
    }
    return p_accept(p, close) != NULL;
}

/* '(' ... ')': tuple | group | genexp, told apart after the first item. */
static ast_node *paren_atom(parser *p)
{
    int mark = p_mark(p);
    p_next(p);
    if (p_accept(p, TOK_RPAR))
        return chk(p, ast_Tuple(p->arena, NULL, AST_CTX_Load, EXTRA(p, mark)));
    if (p_at(p, TOK_KW_yield)) {
        ast_node *y = parse_yield_expr(p);
        if (!y || !p_accept(p, TOK_RPAR))
            return nomatch(p, mark);
        return y;
    }
    ast_node *first = parse_star_named_expression(p);
    if (!first)
        return nomatch(p, mark);
    if (p_at(p, TOK_COMMA)) {
        ast_list l;
        ast_list_init(&l, p->arena);
        if (!push(p, &l, first))
            return NULL;
        if (!display_rest(p, &l, TOK_RPAR))
            return nomatch(p, mark);
        ast_seq *elts = ast_list_finish(&l);
        if (!elts)
            return p_no_memory(p);
        return chk(p, ast_Tuple(p->arena, elts, AST_CTX_Load, EXTRA(p, mark)));
    }
    if (first->kind == AST_Starred)
        return nomatch(p, mark);
    if (p_accept(p, TOK_RPAR))
        return first;   /* a group keeps the inner expression's position */
    if (at_for(p))
        return genexp_rest(p, mark, first);
    return nomatch(p, mark);
}

/* '[' ... ']': list | listcomp */
static ast_node *list_atom(parser *p)
{
    int mark = p_mark(p);
    p_next(p);
    if (p_accept(p, TOK_RSQB))
        return chk(p, ast_List(p->arena, NULL, AST_CTX_Load, EXTRA(p, mark)));
    ast_node *first = parse_star_named_expression(p);
    if (!first)
        return nomatch(p, mark);
    if (first->kind != AST_Starred && at_for(p)) {
        ast_seq *gens = for_if_clauses(p);
        if (!gens || !p_accept(p, TOK_RSQB))
            return nomatch(p, mark);
        return chk(p, ast_ListComp(p->arena, first, gens, EXTRA(p, mark)));
    }
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!push(p, &l, first))
        return NULL;
    if (!display_rest(p, &l, TOK_RSQB))
        return nomatch(p, mark);
    ast_seq *elts = ast_list_finish(&l);
    if (!elts)
        return p_no_memory(p);
    return chk(p, ast_List(p->arena, elts, AST_CTX_Load, EXTRA(p, mark)));
}

/* double_starred_kvpair: '**' bitwise_or (key NULL) | expression ':' expression */
static bool kvpair(parser *p, ast_list *keys, ast_list *values)
{
    ast_node *k = NULL, *v;
    if (p_accept(p, TOK_DOUBLESTAR)) {
        v = parse_bitwise_or(p);
    } else {
        k = parse_expression(p);
        if (!k || !p_accept(p, TOK_COLON))
            return false;
        v = parse_expression(p);
    }
    return v && push(p, keys, k) && push(p, values, v);
}

/* The rest of a dict display after its first pair. */
static ast_node *dict_rest(parser *p, int mark, ast_list *keys, ast_list *values)
{
    while (p_accept(p, TOK_COMMA)) {
        if (p_at(p, TOK_RBRACE))
            break;
        if (!kvpair(p, keys, values))
            return nomatch(p, mark);
    }
    if (!p_accept(p, TOK_RBRACE))
        return nomatch(p, mark);
    ast_seq *k = ast_list_finish(keys), *v = ast_list_finish(values);
    if (!k || !v)
        return p_no_memory(p);
    return chk(p, ast_Dict(p->arena, k, v, EXTRA(p, mark)));
}

/* '{' ... '}': dict | set | dictcomp | setcomp */
static ast_node *brace_atom(parser *p)
{
    int mark = p_mark(p);
    p_next(p);
    if (p_accept(p, TOK_RBRACE))
        return chk(p, ast_Dict(p->arena, NULL, NULL, EXTRA(p, mark)));
    ast_list keys, values;
    ast_list_init(&keys, p->arena);
    ast_list_init(&values, p->arena);
    if (p_at(p, TOK_DOUBLESTAR)) {
        if (!kvpair(p, &keys, &values))
            return nomatch(p, mark);
        return dict_rest(p, mark, &keys, &values);
    }
    ast_node *first;
    if (p_at(p, TOK_STAR) || at_name_then(p, TOK_COLONEQUAL)) {
        first = parse_star_named_expression(p);
    } else {
        first = parse_expression(p);
        if (first && p_accept(p, TOK_COLON)) {
            ast_node *v = parse_expression(p);
            if (!v)
                return nomatch(p, mark);
            if (at_for(p)) {
                ast_seq *gens = for_if_clauses(p);
                if (!gens || !p_accept(p, TOK_RBRACE))
                    return nomatch(p, mark);
                return chk(p, ast_DictComp(p->arena, first, v, gens, EXTRA(p, mark)));
            }
            if (!push(p, &keys, first) || !push(p, &values, v))
                return NULL;
            return dict_rest(p, mark, &keys, &values);
        }
        if (first && p_at(p, TOK_COLONEQUAL))
            return nomatch(p, mark);
    }
    if (!first)
        return nomatch(p, mark);
    if (first->kind != AST_Starred && at_for(p)) {
        ast_seq *gens = for_if_clauses(p);
        if (!gens || !p_accept(p, TOK_RBRACE))
            return nomatch(p, mark);
        return chk(p, ast_SetComp(p->arena, first, gens, EXTRA(p, mark)));
    }
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!push(p, &l, first))
        return NULL;
    if (!display_rest(p, &l, TOK_RBRACE))
        return nomatch(p, mark);
    ast_seq *elts = ast_list_finish(&l);
    if (!elts)
        return p_no_memory(p);
    return chk(p, ast_Set(p->arena, elts, EXTRA(p, mark)));
}

/* Bracketed atoms recurse into expressions: guard the depth. */
static ast_node *bracket_atom(parser *p, ast_node *(*f)(parser *))
{
    if (!p_enter(p))
        return NULL;
    ast_node *r = f(p);
    p_leave(p);
    return r;
}

ast_node *parse_atom(parser *p)
{
    token *t = p_peek(p);
    switch (t->type) {
    case TOK_NAME:
        p_next(p);
        return p_name_node(p, t, AST_CTX_Load);
    case TOK_KW_True: return constant_token(p, AST_CONST_TRUE);
    case TOK_KW_False: return constant_token(p, AST_CONST_FALSE);
    case TOK_KW_None: return constant_token(p, AST_CONST_NONE);
    case TOK_ELLIPSIS: return constant_token(p, AST_CONST_ELLIPSIS);
    case TOK_NUMBER: return number_atom(p);
    case TOK_STRING: return parse_strings(p);
    case TOK_LPAR: return bracket_atom(p, paren_atom);
    case TOK_LSQB: return bracket_atom(p, list_atom);
    case TOK_LBRACE: return bracket_atom(p, brace_atom);
    default: return NULL;
    }
}

/* -- Targets --------------------------------------------------------------- */

/* The CPython rule behind it: a target is a Name, an Attribute or Subscript
 * (a primary whose last trailer is '.' or '[...]'), or a tuple/list of
 * targets, where a starred target may appear (not in del). Instead of a
 * separate t_primary grammar we parse a primary, which accepts a superset,
 * and check the result. */

ast_node *p_invalid_target(ast_node *e, int ctx)
{
    if (!e)
        return NULL;
    switch (e->kind) {
    case AST_List:
    case AST_Tuple: {
        ast_seq *elts = e->kind == AST_List ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < ast_seq_len(elts); i++) {
            ast_node *bad = p_invalid_target(ast_seq_node(elts, i), ctx);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case AST_Starred:
        if (ctx == AST_CTX_Del)
            return e;
        return p_invalid_target(e->v.Starred.value, ctx);
    case AST_Compare:
        /* `for a in b` may be parsed as a comparison: the target is its left
         * side. */
        if (ctx == P_FOR_TARGETS) {
            if ((intptr_t)e->v.Compare.ops->items[0] == AST_CMP_In)
                return p_invalid_target(e->v.Compare.left, ctx);
            return NULL;
        }
        return e;
    case AST_Name:
    case AST_Subscript:
    case AST_Attribute:
        return NULL;
    default:
        return e;
    }
}

const char *p_expr_name(ast_node *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp:
    case AST_BinOp:
    case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield:
    case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr:
    case AST_FormattedValue: return "f-string expression";
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* A copy of a valid target e with context ctx, recursively through Starred,
 * Tuple and List; inner expressions (subscripts, attribute bases) are shared
 * and keep Load. Copying rather than editing keeps e usable as a load if the
 * caller backtracks. */
static ast_node *copy_target(parser *p, ast_node *e, int ctx)
{
    ast_node *n = arena_alloc(p->arena, sizeof *n);
    if (!n)
        return p_no_memory(p);
    *n = *e;
    switch (e->kind) {
    case AST_Name: n->v.Name.ctx = ctx; break;
    case AST_Attribute: n->v.Attribute.ctx = ctx; break;
    case AST_Subscript: n->v.Subscript.ctx = ctx; break;
    case AST_Starred:
        n->v.Starred.ctx = ctx;
        n->v.Starred.value = copy_target(p, e->v.Starred.value, ctx);
        if (!n->v.Starred.value)
            return NULL;
        break;
    case AST_List:
    case AST_Tuple: {
        ast_seq *elts = e->kind == AST_List ? e->v.List.elts : e->v.Tuple.elts;
        ast_seq *copy = NULL;
        if (elts) {
            copy = ast_seq_new(p->arena, elts->len);
            if (!copy)
                return p_no_memory(p);
            for (int i = 0; i < elts->len; i++)
                if (!(copy->items[i] = copy_target(p, ast_seq_node(elts, i), ctx)))
                    return NULL;
        }
        if (e->kind == AST_List) {
            n->v.List.elts = copy;
            n->v.List.ctx = ctx;
        } else {
            n->v.Tuple.elts = copy;
            n->v.Tuple.ctx = ctx;
        }
        break;
    }
    default:
        break;
    }
    return n;
}

ast_node *p_set_context(parser *p, ast_node *e, int ctx)
{
    if (!e || p_invalid_target(e, ctx))
        return NULL;
    return copy_target(p, e, ctx);
}

/* star_target: '*' (!'*' star_target) | target_with_star_atom */
ast_node *parse_star_target(parser *p)
{
    int mark = p_mark(p);
    if (p_at(p, TOK_STAR)) {
        p_next(p);
        if (p_at(p, TOK_STAR) || !p_enter(p))
            return nomatch(p, mark);
        ast_node *a = parse_star_target(p);
        p_leave(p);
        if (!a)
            return nomatch(p, mark);
        return chk(p, ast_Starred(p->arena, a, AST_CTX_Store, EXTRA(p, mark)));
    }
    ast_node *e = parse_primary(p);
    if (!e)
        return NULL;
    ast_node *r = p_set_context(p, e, AST_CTX_Store);
    return r ? r : nomatch(p, mark);
}

/* star_targets: star_target !',' | star_target (',' star_target)* [','] */
ast_node *parse_star_targets(parser *p)
{
    int mark = p_mark(p);
    ast_node *a = parse_star_target(p);
    if (!a || !p_at(p, TOK_COMMA))
        return a;
    return comma_tuple(p, mark, a, parse_star_target, AST_CTX_Store);
}

static ast_node *del_target(parser *p)
{
    int mark = p_mark(p);
    ast_node *e = parse_primary(p);
    if (!e)
        return NULL;
    ast_node *r = p_set_context(p, e, AST_CTX_Del);
    return r ? r : nomatch(p, mark);
}

/* del_targets: ','.del_target+ [','], as a wrapper Tuple (see the header). */
ast_node *parse_del_targets(parser *p)
{
    int mark = p_mark(p);
    ast_node *a = del_target(p);
    if (!a)
        return NULL;
    return comma_tuple(p, mark, a, del_target, AST_CTX_Del);
}

/* single_target: an attribute, subscript or name, possibly parenthesised. */
ast_node *parse_single_target(parser *p)
{
    int mark = p_mark(p);
    ast_node *e = parse_primary(p);
    if (!e)
        return NULL;
    if (e->kind != AST_Name && e->kind != AST_Attribute && e->kind != AST_Subscript)
        return nomatch(p, mark);
    return p_set_context(p, e, AST_CTX_Store);
}

/* -- Numbers --------------------------------------------------------------- */

/* CPython 3.11 refuses to convert decimal strings longer than this
 * (sys.get_int_max_str_digits()); literals included. */
#define INT_MAX_STR_DIGITS 4300

/* The token's text without underscores, NUL-terminated, in the arena. */
static char *strip_underscores(parser *p, token *t)
{
    char *s = arena_alloc(p->arena, (size_t)t->len + 1);
    if (!s)
        return p_no_memory(p);
    int n = 0;
    for (int i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            s[n++] = t->start[i];
    s[n] = '\0';
    return s;
}

static bool int_value(parser *p, token *t, const char *s, ast_constant *out)
{
    int base = 10;
    if (s[0] == '0' && s[1]) {
        switch (s[1]) {
        case 'x': case 'X': base = 16; s += 2; break;
        case 'o': case 'O': base = 8; s += 2; break;
        case 'b': case 'B': base = 2; s += 2; break;
        default: break;
        }
    }
    if (base == 10 && strlen(s) > INT_MAX_STR_DIGITS) {
        p_raise_at(p, DIAG_SYNTAX_ERROR, t->lineno, -1, t->end_lineno, -1,
                   "Exceeds the limit (%d digits) for integer string conversion: "
                   "value has %zu digits; use sys.set_int_max_str_digits() to increase the "
                   "limit - Consider hexadecimal for huge integer literals to avoid decimal "
                   "conversion limits.",
                   INT_MAX_STR_DIGITS, strlen(s));
        return false;
    }
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, base);
    if (errno == 0 && *end == '\0' && v <= INT64_MAX) {
        out->kind = AST_CONST_INT;
        out->u.i = (int64_t)v;
        return true;
    }
    mpz_t z;
    if (mpz_init_set_str(z, s, base) != 0) {
        mpz_clear(z);
        p_raise_token(p, t, "invalid number literal");
        return false;
    }
    size_t cap = mpz_sizeinbase(z, 10) + 2;
    char *digits = arena_alloc(p->arena, cap);
    if (!digits) {
        mpz_clear(z);
        p_no_memory(p);
        return false;
    }
    mpz_get_str(digits, 10, z);
    mpz_clear(z);
    out->kind = AST_CONST_BIGINT;
    out->u.str.s = digits;
    out->u.str.len = strlen(digits);
    return true;
}

bool p_number_value(parser *p, token *t, ast_constant *out)
{
    memset(out, 0, sizeof *out);
    char *s = strip_underscores(p, t);
    if (!s)
        return false;
    size_t n = strlen(s);
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    if (n && (s[n - 1] == 'j' || s[n - 1] == 'J')) {
        s[n - 1] = '\0';
        out->kind = AST_CONST_COMPLEX;
        out->u.f = strtod(s, NULL);
        return true;
    }
    if (!hex && strpbrk(s, ".eE")) {
        out->kind = AST_CONST_FLOAT;
        out->u.f = strtod(s, NULL);   /* overflow gives inf, as CPython */
        return true;
    }
    return int_value(p, t, s, out);
}
