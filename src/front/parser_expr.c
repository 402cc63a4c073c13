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
 * it started and returns NULL with no error (see parser_internal.h).
 * On the second pass (p->call_invalid_rules) CPython's invalid_* rules for
 * expressions run where CPython tries them; they re-parse, so expression,
 * bitwise_or and atom results are memoized by position on that pass. */
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

/* -- The second pass: memo and error helpers ------------------------------ */

/* On the second pass CPython's invalid_* rules re-parse text that the valid
 * grammar already parsed (CPython memoizes expression, bitwise_or, atom...).
 * To keep that linear we memoize the same rules by token position; the first
 * pass never re-parses and does not use it. */
enum { MEMO_EXPRESSION = 1, MEMO_BITWISE_OR, MEMO_ATOM };

typedef struct memo_entry {
    int pos, rule, end;
    ast_node *node;
} memo_entry;

typedef struct memo_table {
    memo_entry *slots;
    int cap, len;
} memo_table;

static memo_entry *memo_slot(memo_table *m, int pos, int rule)
{
    unsigned mask = (unsigned)m->cap - 1;
    for (unsigned i = ((unsigned)pos * 2654435761u + (unsigned)rule) & mask;; i = (i + 1) & mask) {
        memo_entry *e = &m->slots[i];
        if (!e->rule || (e->pos == pos && e->rule == rule))
            return e;
    }
}

static bool memo_grow(parser *p, memo_table *m)
{
    memo_table n = {.cap = m->cap ? m->cap * 2 : 256, .len = m->len};
    n.slots = arena_alloc(p->arena, (size_t)n.cap * sizeof *n.slots);
    if (!n.slots) {
        p_no_memory(p);
        return false;
    }
    for (int i = 0; i < m->cap; i++)
        if (m->slots[i].rule)
            *memo_slot(&n, m->slots[i].pos, m->slots[i].rule) = m->slots[i];
    *m = n;
    return true;
}

/* Memoisation of a few rules by (rule, position), as CPython's packrat
 * parser memoises them. On the second pass every result is kept. On the
 * first pass only failures are: valid code never asks twice for the same
 * success, but a failing nest of brackets would otherwise be re-parsed by
 * every enclosing alternative (exponential time on inputs like
 * "f(not((f(not((...?"). The table is dropped between passes (parser.c). */
static ast_node *memoized(parser *p, int rule, ast_node *(*f)(parser *))
{
    memo_table *m = p->memo;
    if (!m) {
        m = arena_alloc(p->arena, sizeof *m);
        if (!m)
            return p_no_memory(p);
        p->memo = m;
    }
    int pos = p_mark(p);
    if (m->cap) {
        memo_entry *e = memo_slot(m, pos, rule);
        if (e->rule) {
            p_reset(p, e->end);
            return e->node;
        }
    }
    ast_node *r = f(p);
    if (p_error(p))
        return NULL;
    if (!p->call_invalid_rules && r)
        return r;
    if (2 * (m->len + 1) > m->cap && !memo_grow(p, m))
        return NULL;
    *memo_slot(m, pos, rule) = (memo_entry){.pos = pos, .rule = rule, .end = p_mark(p), .node = r};
    m->len++;
    return r;
}

/* Runs f with the invalid_ rules off (CPython's *_without_invalid rules). */
static ast_node *without_invalid(parser *p, ast_node *(*f)(parser *))
{
    int saved = p->call_invalid_rules;
    void *saved_memo = p->memo;   /* results with and without the invalid rules must not mix */
    p->call_invalid_rules = 0;
    p->memo = NULL;
    ast_node *r = f(p);
    p->call_invalid_rules = saved;
    p->memo = saved_memo;
    return r;
}

/* Error spans between nodes and tokens. */
static void *raise_node_token(parser *p, ast_node *a, token *b, const char *msg)
{
    return p_raise_at(p, DIAG_SYNTAX_ERROR, a->lineno, a->col_offset, b->end_lineno,
                      b->end_col_offset, "%s", msg);
}

static void *raise_token_node(parser *p, token *a, ast_node *b, const char *msg)
{
    return p_raise_at(p, DIAG_SYNTAX_ERROR, a->lineno, a->col_offset, b->end_lineno,
                      b->end_col_offset, "%s", msg);
}

static void *raise_tokens(parser *p, token *a, token *b, const char *msg)
{
    return p_raise_at(p, DIAG_SYNTAX_ERROR, a->lineno, a->col_offset, b->end_lineno,
                      b->end_col_offset, "%s", msg);
}

/* The bracket depth after token idx (CPython's token->level). */
static int bracket_level(parser *p, int idx)
{
    int level = 0;
    for (int i = 0; i <= idx; i++) {
        switch (p->tokens[i]->type) {
        case TOK_LPAR: case TOK_LSQB: case TOK_LBRACE: level++; break;
        case TOK_RPAR: case TOK_RSQB: case TOK_RBRACE: level--; break;
        default: break;
        }
    }
    return level;
}

static bool token_is(token *t, const char *word)
{
    size_t n = strlen(word);
    return t->type == TOK_NAME && (size_t)t->len == n && memcmp(t->start, word, n) == 0;
}

static bool is_soft_keyword(token *t)
{
    return token_is(t, "match") || token_is(t, "case") || token_is(t, "_");
}

/* print and exec: the statements of Python 2 (_PyPegen_check_legacy_stmt). */
static bool is_legacy_name(ast_node *a)
{
    return a->kind == AST_Name &&
           (strcmp(a->v.Name.id, "print") == 0 || strcmp(a->v.Name.id, "exec") == 0);
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
    ast_node *r = memoized(p, MEMO_EXPRESSION, expression);
    p_leave(p);
    return r;
}

/* invalid_expression and invalid_legacy_expression, after the disjunction a
 * was parsed from mark: two expressions in a row inside brackets ("Perhaps
 * you forgot a comma?"), `a if b` without else, `print x`. False when an
 * error was raised. */
static bool invalid_expression(parser *p, int mark, ast_node *a)
{
    int after = p_mark(p);
    token *t0 = p_token_at(p, mark), *t1 = p_token_at(p, mark + 1);
    bool matched = false;
    if (!(t0->type == TOK_NAME && (t1->type == TOK_STRING || is_soft_keyword(t0)))) {
        ast_node *b = without_invalid(p, parse_expression);
        if (b) {
            matched = true;   /* the rule matched: its other alternative is not tried */
            if (!is_legacy_name(a) && bracket_level(p, p_mark(p) - 1) != 0) {
                p_raise_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
                return false;
            }
        }
        if (p_error(p))
            return false;
        p_reset(p, after);
    }
    if (!matched && p_accept(p, TOK_KW_if)) {
        ast_node *b = parse_disjunction(p);
        if (b && !p_at(p, TOK_KW_else) && !p_at(p, TOK_COLON)) {
            p_raise_range(p, a, b, "expected 'else' after 'if' expression");
            return false;
        }
        if (p_error(p))
            return false;
        p_reset(p, after);
    }
    if (t0->type == TOK_NAME && t1->type != TOK_LPAR &&
        (token_is(t0, "print") || token_is(t0, "exec"))) {
        p_reset(p, mark + 1);
        ast_node *b = parse_star_expressions(p);
        if (b) {
            p_raise_at(p, DIAG_SYNTAX_ERROR, t0->lineno, t0->col_offset, b->end_lineno,
                       b->end_col_offset, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                       t0->len, t0->start, t0->len, t0->start);
            return false;
        }
        if (p_error(p))
            return false;
        p_reset(p, after);
    }
    return true;
}

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static ast_node *expression(parser *p)
{
    if (p_at(p, TOK_KW_lambda))
        return lambdef(p);
    int mark = p_mark(p);
    ast_node *a = parse_disjunction(p);
    if (a && p->call_invalid_rules && !invalid_expression(p, mark, a))
        return NULL;
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

static ast_node *list_atom(parser *p);
static void *brace_fail(parser *p, int mark);
static ast_node *paren_atom(parser *p);

/* The lookahead !(list | tuple | genexp | 'True' | 'None' | 'False') of
 * invalid_named_expression: does such an atom start here? */
static bool at_display_or_singleton(parser *p)
{
    int mark = p_mark(p);
    token *t = p_peek(p);
    bool r = false;
    if (t->type == TOK_KW_True || t->type == TOK_KW_None || t->type == TOK_KW_False)
        return true;
    if (t->type == TOK_LSQB || t->type == TOK_LPAR) {
        ast_node *a = parse_atom(p);
        /* a tuple or genexp of its own starts at this '(', not inside it */
        r = a && (a->kind == AST_List || ((a->kind == AST_Tuple || a->kind == AST_GeneratorExp) &&
                                          t->type == TOK_LPAR && a->lineno == t->lineno &&
                                          a->col_offset == t->col_offset));
    }
    p_reset(p, mark);
    return r;
}

/* invalid_named_expression, tried at mark where the expression e (possibly
 * NULL) was parsed. False when an error was raised. */
static bool invalid_named_expression(parser *p, int mark, ast_node *e)
{
    int after = p_mark(p);
    if (e && p_accept(p, TOK_COLONEQUAL)) {
        if (parse_expression(p)) {
            p_raise_node(p, e, "cannot use assignment expressions with %s", p_expr_name(e));
            return false;
        }
        if (p_error(p))
            return false;
    }
    p_reset(p, mark);
    if (at_name_then(p, TOK_EQUAL)) {
        token *name = p_next(p);
        p_next(p);
        ast_node *b = parse_bitwise_or(p);
        if (b && !p_at(p, TOK_EQUAL) && !p_at(p, TOK_COLONEQUAL)) {
            raise_token_node(p, name, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return false;
        }
        if (p_error(p))
            return false;
        p_reset(p, mark);
    }
    if (!at_display_or_singleton(p)) {
        ast_node *a = parse_bitwise_or(p);
        if (a && p_accept(p, TOK_EQUAL)) {
            ast_node *b = parse_bitwise_or(p);
            if (b && !p_at(p, TOK_EQUAL) && !p_at(p, TOK_COLONEQUAL)) {
                p_raise_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             p_expr_name(a));
                return false;
            }
        }
        if (p_error(p))
            return false;
    }
    p_reset(p, after);
    return true;
}

/* named_expression: assignment_expression | invalid_named_expression |
 * expression !':=' */
ast_node *parse_named_expression(parser *p)
{
    if (at_name_then(p, TOK_COLONEQUAL)) {
        ast_node *r = assignment_expression(p);
        if (r || p_error(p))
            return r;
    }
    int mark = p_mark(p);
    ast_node *e = parse_expression(p);
    if (p_error(p))
        return NULL;
    if (p->call_invalid_rules && !invalid_named_expression(p, mark, e))
        return NULL;
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

static ast_node *bitwise_or(parser *p)
{
    static const int ops[] = {TOK_VBAR, AST_OP_BitOr, 0};
    return binop_chain(p, bitwise_xor, ops);
}

ast_node *parse_bitwise_or(parser *p)
{
    return memoized(p, MEMO_BITWISE_OR, bitwise_or);
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

/* assignment_expression | expression !':=' : a call argument or the element
 * of a generator (not named_expression, whose invalid_ rule would differ). */
static ast_node *assign_or_expression(parser *p)
{
    if (at_name_then(p, TOK_COLONEQUAL)) {
        ast_node *r = assignment_expression(p);
        if (r || p_error(p))
            return r;
    }
    int mark = p_mark(p);
    ast_node *e = parse_expression(p);
    if (e && p_at(p, TOK_COLONEQUAL))
        return nomatch(p, mark);
    return e;
}

/* One call argument in the positional part: not followed by '='. */
static ast_node *positional_arg(parser *p)
{
    int mark = p_mark(p);
    ast_node *e = assign_or_expression(p);
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

/* The expression an error about a comprehension ends at. */
static ast_node *last_comprehension_item(ast_seq *gens)
{
    ast_node *c = ast_seq_node(gens, gens->len - 1);
    ast_seq *ifs = c->v.comprehension.ifs;
    return ast_seq_len(ifs) ? ast_seq_node(ifs, ifs->len - 1) : c->v.comprehension.iter;
}

/* invalid_kwarg, where a keyword argument or a starred one was expected.
 * False when an error was raised. */
static bool invalid_kwarg(parser *p)
{
    int mark = p_mark(p);
    token *t = p_peek(p);
    if ((t->type == TOK_KW_True || t->type == TOK_KW_False || t->type == TOK_KW_None) &&
        p_peek_n(p, 1)->type == TOK_EQUAL) {
        p_raise_at(p, DIAG_SYNTAX_ERROR, t->lineno, t->col_offset, p_peek_n(p, 1)->end_lineno,
                   p_peek_n(p, 1)->end_col_offset, "cannot assign to %.*s", t->len, t->start);
        return false;
    }
    if (at_name_then(p, TOK_EQUAL)) {
        token *name = p_next(p), *eq = p_next(p);
        if (parse_expression(p) && at_for(p) && for_if_clauses(p)) {
            raise_tokens(p, name, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return false;
        }
    } else {
        ast_node *a = parse_expression(p);
        if (a && p_at(p, TOK_EQUAL)) {
            raise_node_token(p, a, p_peek(p),
                             "expression cannot contain assignment, perhaps you meant \"==\"?");
            return false;
        }
    }
    if (p_error(p))
        return false;
    p_reset(p, mark);
    return true;
}

/* What CPython's args rule produced: the items and where they end. */
typedef struct args_info {
    ast_list args, kws;
    bool kw_unpack;    /* a '**' argument was seen */
} args_info;

/* args: positional and starred items, then keywords and starred items, then
 * keywords and '**' items, greedy as the PEG rule: the position is left
 * after the last item (a comma not followed by an item is not consumed).
 * The first positional argument may have been parsed already. False when
 * there is no item at all, or on error. */
static bool args_rule(parser *p, ast_node *first, args_info *ai)
{
    ast_list_init(&ai->args, p->arena);
    ast_list_init(&ai->kws, p->arena);
    ai->kw_unpack = false;
    int phase = 0;   /* 0: positional allowed; 1: after a keyword; 2: after '**' */
    bool any = false;
    if (first) {
        if (!push(p, &ai->args, first))
            return false;
        any = true;
    }
    int last_end = p_mark(p);
    for (;;) {
        if (any && !p_accept(p, TOK_COMMA))
            break;
        int m = p_mark(p);
        ast_node *item = NULL;
        bool keyword = false;
        if (phase == 0 && !at_name_then(p, TOK_EQUAL)) {
            if (p_at(p, TOK_STAR)) {
                p_next(p);
                ast_node *v = parse_expression(p);
                if (v)
                    item = chk(p, ast_Starred(p->arena, v, AST_CTX_Load, EXTRA(p, m)));
            } else {
                item = positional_arg(p);
            }
            if (!item) {
                if (p_error(p))
                    return false;
                p_reset(p, m);
            }
        }
        if (!item) {
            if (phase == 0)
                phase = 1;
            if (p->call_invalid_rules && !invalid_kwarg(p))
                return false;
            if (at_name_then(p, TOK_EQUAL)) {
                token *name = p_next(p);
                p_next(p);
                const char *id = p_identifier(p, name);
                ast_node *v = id ? parse_expression(p) : NULL;
                if (v)
                    item = chk(p, ast_keyword(p->arena, id, v, EXTRA(p, m)));
                keyword = true;
            } else if (p_at(p, TOK_STAR) && phase == 1) {
                p_next(p);
                ast_node *v = parse_expression(p);
                if (v)
                    item = chk(p, ast_Starred(p->arena, v, AST_CTX_Load, EXTRA(p, m)));
            } else if (p_at(p, TOK_DOUBLESTAR)) {
                p_next(p);
                ast_node *v = parse_expression(p);
                if (v) {
                    item = chk(p, ast_keyword(p->arena, NULL, v, EXTRA(p, m)));
                    ai->kw_unpack = true;
                    phase = 2;
                }
                keyword = true;
            }
            if (!item) {
                if (p_error(p))
                    return false;
                p_reset(p, m);
                break;
            }
        }
        if (!push(p, keyword ? &ai->kws : &ai->args, item))
            return false;
        any = true;
        last_end = p_mark(p);
    }
    p_reset(p, last_end);
    return any;
}

/* invalid_arguments, from start (just after the '('): CPython's
 * alternatives in order. Raises, or returns with no error. */
static void invalid_arguments(parser *p, int start)
{
    const char *paren = "Generator expression must be parenthesized";
    p_reset(p, start);
    args_info a;
    bool have_a = args_rule(p, NULL, &a);
    if (p_error(p))
        return;
    int a_end = p_mark(p);
    /* (positional ',' kwargs | kwargs) ',' '*' */
    if (have_a && a.kws.len && p_accept(p, TOK_COMMA) && p_at(p, TOK_STAR)) {
        p_raise_token(p, p_peek(p), "iterable argument unpacking follows keyword argument unpacking");
        return;
    }
    p_reset(p, start);
    ast_node *e = parse_expression(p);
    ast_seq *gens = e ? for_if_clauses(p) : NULL;
    if (gens && p_accept(p, TOK_COMMA)) {
        p_raise_range(p, e, last_comprehension_item(gens), "%s", paren);
        return;
    }
    if (p_error(p))
        return;
    p_reset(p, start);
    if (at_name_then(p, TOK_EQUAL)) {
        token *name = p_next(p), *eq = p_next(p);
        if (parse_expression(p) && for_if_clauses(p)) {
            raise_tokens(p, name, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
        if (p_error(p))
            return;
    }
    if (!have_a)
        return;
    p_reset(p, a_end);
    gens = for_if_clauses(p);
    if (gens) {
        /* a lone generator argument is fine: the rule matches and stops */
        if (a.args.len > 1)
            p_raise_range(p, a.args.items[a.args.len - 1], last_comprehension_item(gens), "%s", paren);
        return;
    }
    if (p_error(p))
        return;
    p_reset(p, a_end);
    if (p_accept(p, TOK_COMMA)) {
        int m = p_mark(p);
        e = parse_expression(p);
        gens = e ? for_if_clauses(p) : NULL;
        if (gens) {
            p_raise_range(p, e, last_comprehension_item(gens), "%s", paren);
            return;
        }
        if (p_error(p))
            return;
        p_reset(p, m);
        args_info b;
        if (args_rule(p, NULL, &b)) {
            p_raise_here(p, a.kw_unpack ? "positional argument follows keyword argument unpacking"
                                        : "positional argument follows keyword argument");
            return;
        }
    }
}

/* arguments: args [','] &')' | invalid_arguments, from start (after the
 * '('), with the first argument possibly parsed. An empty list matches only
 * at ')'. */
static bool arguments(parser *p, int start, ast_node *first, args_info *ai)
{
    if (args_rule(p, first, ai)) {
        p_accept(p, TOK_COMMA);
        if (p_at(p, TOK_RPAR))
            return true;
    } else if (p_error(p)) {
        return false;
    } else if (!first && p_at(p, TOK_RPAR)) {
        return true;
    }
    if (p->call_invalid_rules)
        invalid_arguments(p, start);
    return false;
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
        first = assign_or_expression(p);
        if (!first && p_error(p))
            return NULL;
        if (first && at_for(p)) {
            int m = p_mark(p);
            ast_node *g = genexp_rest(p, lpar, first);
            if (g) {
                ast_seq *args = seq1(p, g);
                if (!args)
                    return NULL;
                return chk(p, ast_Call(p->arena, func, args, NULL, EXTRA(p, mark)));
            }
            if (p_error(p))
                return NULL;
            p_reset(p, m);
        }
        if (first && p_at(p, TOK_EQUAL))
            first = NULL;   /* not an argument of its own */
        if (!first)
            p_reset(p, lpar + 1);
    }
    args_info ai;
    if (!arguments(p, lpar + 1, first, &ai) || !p_accept(p, TOK_RPAR))
        return nomatch(p, lpar);
    ast_seq *a = ast_list_finish(&ai.args), *k = ast_list_finish(&ai.kws);
    if ((ai.args.len && !a) || (ai.kws.len && !k))
        return p_no_memory(p);
    return chk(p, ast_Call(p->arena, func, a, k, EXTRA(p, mark)));
}

int parse_call_args(parser *p, ast_seq **args, ast_seq **keywords)
{
    int mark = p_mark(p);
    args_info ai;
    if (!arguments(p, mark, NULL, &ai)) {
        nomatch(p, mark);
        return 0;
    }
    *args = ast_list_finish(&ai.args);
    *keywords = ast_list_finish(&ai.kws);
    if ((ai.args.len && !*args) || (ai.kws.len && !*keywords)) {
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

/* invalid_for_target: ['async'] 'for' star_expressions with an invalid
 * target in it. False when an error was raised. */
static bool invalid_for_target(parser *p, int mark)
{
    p_reset(p, mark);
    p_accept(p, TOK_KW_async);
    p_next(p);
    ast_node *a = parse_star_expressions(p);
    ast_node *bad = a ? p_invalid_target(a, P_FOR_TARGETS) : NULL;
    if (bad) {
        p_raise_node(p, bad, "cannot assign to %s", p_expr_name(bad));
        return false;
    }
    return !p_error(p);
}

/* for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static ast_seq *for_if_clauses(parser *p)
{
    int mark = p_mark(p);
    ast_list gens;
    ast_list_init(&gens, p->arena);
    while (at_for(p)) {
        int m = p_mark(p);
        int is_async = p_accept(p, TOK_KW_async) != NULL;
        p_next(p);
        ast_node *target = parse_star_targets(p);
        if (!target || !p_accept(p, TOK_KW_in)) {
            if (p_error(p) || (p->call_invalid_rules && !invalid_for_target(p, m)))
                return NULL;
            p_reset(p, m);
            break;
        }
        ast_node *iter = parse_disjunction(p);
        if (!iter) {
            if (p_error(p))
                return NULL;
            p_reset(p, m);
            break;
        }
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

/* starred_expression: '*' expression */
static ast_node *starred_expression(parser *p)
{
    int mark = p_mark(p);
    if (!p_accept(p, TOK_STAR))
        return NULL;
    ast_node *v = parse_expression(p);
    if (!v)
        return nomatch(p, mark);
    return chk(p, ast_Starred(p->arena, v, AST_CTX_Load, EXTRA(p, mark)));
}

/* Second pass, '(' at mark did not parse: invalid_group and the '(' case
 * of invalid_comprehension. */
static void paren_invalid(parser *p, int mark)
{
    p_reset(p, mark + 1);
    if (p_at(p, TOK_STAR)) {
        ast_node *s = starred_expression(p);
        if (s && p_at(p, TOK_RPAR)) {
            p_raise_node(p, s, "cannot use starred expression here");
            return;
        }
        if (s && for_if_clauses(p)) {
            p_raise_node(p, s, "iterable unpacking cannot be used in comprehension");
            return;
        }
    } else if (p_at(p, TOK_DOUBLESTAR)) {
        token *t = p_next(p);
        if (parse_expression(p) && p_at(p, TOK_RPAR)) {
            p_raise_token(p, t, "cannot use double starred expression here");
            return;
        }
    }
}

/* star_named_expressions after the first item and its comma, greedy with an
 * optional trailing comma; the last item in *last. False when none. */
static bool more_star_named(parser *p, ast_node **last)
{
    bool any = false;
    for (;;) {
        ast_node *e = parse_star_named_expression(p);
        if (!e)
            break;
        *last = e;
        any = true;
        if (!p_accept(p, TOK_COMMA))
            break;
    }
    return any && !p_error(p);
}

/* invalid_comprehension for '[' or '{' at mark (the '(' case is in
 * paren_invalid). */
static void comprehension_invalid(parser *p, int mark)
{
    const char *msg = "did you forget parentheses around the comprehension target?";
    p_reset(p, mark + 1);
    ast_node *s = starred_expression(p);
    if (s && for_if_clauses(p)) {
        p_raise_node(p, s, "iterable unpacking cannot be used in comprehension");
        return;
    }
    if (p_error(p))
        return;
    p_reset(p, mark + 1);
    ast_node *a = parse_star_named_expression(p);
    token *comma = a ? p_accept(p, TOK_COMMA) : NULL;
    if (!comma)
        return;
    int after = p_mark(p);
    ast_node *last;
    if (more_star_named(p, &last) && for_if_clauses(p)) {
        p_raise_range(p, a, last, "%s", msg);
        return;
    }
    if (p_error(p))
        return;
    p_reset(p, after);
    if (for_if_clauses(p))
        raise_node_token(p, a, comma, msg);
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
    if (!first) {
        if (p->call_invalid_rules && !p_error(p))
            paren_invalid(p, mark);
        return nomatch(p, mark);
    }
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
    if (first->kind != AST_Starred) {
        if (p_accept(p, TOK_RPAR))
            return first;   /* a group keeps the inner expression's position */
        if (at_for(p)) {
            ast_node *g = genexp_rest(p, mark, first);
            if (g || p_error(p))
                return g;
        }
    }
    if (p->call_invalid_rules)
        paren_invalid(p, mark);
    return nomatch(p, mark);
}

/* No list or listcomp at mark: on the second pass, invalid_comprehension. */
static void *list_fail(parser *p, int mark)
{
    if (p->call_invalid_rules && !p_error(p))
        comprehension_invalid(p, mark);
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
        return list_fail(p, mark);
    if (first->kind != AST_Starred && at_for(p)) {
        ast_seq *gens = for_if_clauses(p);
        if (!gens || !p_accept(p, TOK_RSQB))
            return list_fail(p, mark);
        return chk(p, ast_ListComp(p->arena, first, gens, EXTRA(p, mark)));
    }
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!push(p, &l, first))
        return NULL;
    if (!display_rest(p, &l, TOK_RSQB))
        return list_fail(p, mark);
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
            return brace_fail(p, mark);
    }
    if (!p_accept(p, TOK_RBRACE))
        return brace_fail(p, mark);
    ast_seq *k = ast_list_finish(keys), *v = ast_list_finish(values);
    if (!k || !v)
        return p_no_memory(p);
    return chk(p, ast_Dict(p->arena, k, v, EXTRA(p, mark)));
}

/* invalid_kvpair's second and third alternatives (also those of
 * invalid_double_starred_kvpairs): `k: *v` and `k:` with nothing after. */
static void kvpair_value_invalid(parser *p, int mark)
{
    p_reset(p, mark);
    if (!parse_expression(p))
        return;
    token *colon = p_accept(p, TOK_COLON);
    if (!colon)
        return;
    if (p_at(p, TOK_STAR)) {
        token *star = p_next(p);
        if (parse_bitwise_or(p)) {
            p_raise_starting_from(p, star->lineno, star->col_offset, "cannot use a starred expression in a dictionary value");
            return;
        }
    } else if (p_at(p, TOK_RBRACE) || p_at(p, TOK_COMMA)) {
        p_raise_token(p, colon, "expression expected after dictionary key and ':'");
    }
}

/* Second pass, '{' at mark did not parse: CPython's alternatives dict,
 * set, dictcomp, setcomp in order, for the errors their invalid_ rules (and
 * the sub-rules they try) raise. */
static void brace_invalid(parser *p, int mark)
{
    ast_list keys, values;
    ast_list_init(&keys, p->arena);
    ast_list_init(&values, p->arena);
    /* invalid_double_starred_kvpairs: ','.double_starred_kvpair+ ',' invalid_kvpair */
    p_reset(p, mark + 1);
    int n = 0, after_comma = -1;
    for (;;) {
        int m = p_mark(p);
        if (!kvpair(p, &keys, &values)) {
            if (p_error(p))
                return;
            p_reset(p, m);
            break;
        }
        n++;
        after_comma = -1;
        if (!p_accept(p, TOK_COMMA))
            break;
        after_comma = p_mark(p);
    }
    if (n && after_comma >= 0) {
        ast_node *a = parse_expression(p);
        if (a && !p_at(p, TOK_COLON)) {
            p_raise_at(p, DIAG_SYNTAX_ERROR, a->lineno, a->end_col_offset - 1, a->end_lineno, -1,
                       "':' expected after dictionary key");
            return;
        }
        if (p_error(p))
            return;
        kvpair_value_invalid(p, after_comma);
        if (p_error(p))
            return;
    }
    kvpair_value_invalid(p, mark + 1);
    if (p_error(p))
        return;
    /* set: its elements are named expressions, with their own checks */
    p_reset(p, mark + 1);
    ast_node *last;
    if (p_at(p, TOK_STAR) || parse_star_named_expression(p)) {
        p_reset(p, mark + 1);
        more_star_named(p, &last);
    }
    if (p_error(p))
        return;
    /* dictcomp, then invalid_dict_comprehension */
    p_reset(p, mark + 1);
    if (!p_at(p, TOK_DOUBLESTAR) && kvpair(p, &keys, &values) && for_if_clauses(p))
        return;
    if (p_error(p))
        return;
    p_reset(p, mark + 1);
    if (p_at(p, TOK_DOUBLESTAR)) {
        token *t = p_next(p);
        if (parse_bitwise_or(p) && for_if_clauses(p) && p_at(p, TOK_RBRACE)) {
            p_raise_token(p, t, "dict unpacking cannot be used in dict comprehension");
            return;
        }
        if (p_error(p))
            return;
    }
    /* setcomp, then invalid_comprehension */
    p_reset(p, mark + 1);
    if (parse_named_expression(p) && for_if_clauses(p))
        return;
    if (!p_error(p))
        comprehension_invalid(p, mark);
}

static void *brace_fail(parser *p, int mark)
{
    if (p->call_invalid_rules && !p_error(p))
        brace_invalid(p, mark);
    return nomatch(p, mark);
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
            return brace_fail(p, mark);
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
                return brace_fail(p, mark);
            if (at_for(p)) {
                ast_seq *gens = for_if_clauses(p);
                if (!gens || !p_accept(p, TOK_RBRACE))
                    return brace_fail(p, mark);
                return chk(p, ast_DictComp(p->arena, first, v, gens, EXTRA(p, mark)));
            }
            if (!push(p, &keys, first) || !push(p, &values, v))
                return NULL;
            return dict_rest(p, mark, &keys, &values);
        }
        if (first && p_at(p, TOK_COLONEQUAL))
            return brace_fail(p, mark);
    }
    if (!first)
        return brace_fail(p, mark);
    if (first->kind != AST_Starred && at_for(p)) {
        ast_seq *gens = for_if_clauses(p);
        if (!gens || !p_accept(p, TOK_RBRACE))
            return brace_fail(p, mark);
        return chk(p, ast_SetComp(p->arena, first, gens, EXTRA(p, mark)));
    }
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!push(p, &l, first))
        return NULL;
    if (!display_rest(p, &l, TOK_RBRACE))
        return brace_fail(p, mark);
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

static ast_node *atom(parser *p)
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

ast_node *parse_atom(parser *p)
{
    return memoized(p, MEMO_ATOM, atom);
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
