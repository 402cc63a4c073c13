/* Parameter lists of `def f(...)` and `lambda ...:`, as one left-to-right
 * loop over the parameters instead of CPython's many alternatives
 * (slash_no_default, slash_with_default, star_etc, kwds, ...): the loop keeps
 * the state those alternatives encode (before or after '/', after a default,
 * after '*', after '**') and refuses what the grammar refuses. Parameters of
 * a def may carry annotations and, with type comments on, a `# type:`
 * comment after their comma or before the ')'; `*args` may be annotated with
 * a starred expression (3.11's `*args: *Ts`). An arg node spans its name and
 * annotation; the arguments node has no position. */
#include "parser_internal.h"
#include <string.h>

typedef struct params {
    ast_list posonly, args, defaults, kwonly, kw_defaults;
    ast_node *vararg, *kwarg;
} params;

static void *fail(parser *p, int mark)
{
    if (!p_error(p))
        p_reset(p, mark);
    return NULL;
}

/* star_annotation's starred form: '*' bitwise_or, after `*args:`. */
static ast_node *starred_annotation(parser *p)
{
    int mark = p_mark(p);
    p_next(p);
    ast_node *v = parse_bitwise_or(p);
    if (!v)
        return fail(p, mark);
    ast_node *s = ast_Starred(p->arena, v, AST_CTX_Load, EXTRA(p, mark));
    return s ? s : p_no_memory(p);
}

/* param: NAME [':' expression] (lambda: NAME). With star_ok (the `*args`
 * parameter) the annotation may be a starred expression. */
static ast_node *param(parser *p, bool is_lambda, bool star_ok)
{
    int mark = p_mark(p);
    token *name = p_accept(p, TOK_NAME);
    if (!name)
        return NULL;
    const char *id = p_identifier(p, name);
    if (!id)
        return NULL;
    ast_node *ann = NULL;
    if (!is_lambda && p_accept(p, TOK_COLON)) {
        ann = star_ok && p_at(p, TOK_STAR) ? starred_annotation(p) : parse_expression(p);
        if (!ann)
            return fail(p, mark);
    }
    ast_node *a = ast_arg(p->arena, id, ann, NULL, EXTRA(p, mark));
    return a ? a : p_no_memory(p);
}

/* What ends a parameter: ',' [TYPE_COMMENT] | [TYPE_COMMENT] &close. A type
 * comment is attached to the parameter a. */
static bool param_end(parser *p, int close, ast_node *a)
{
    token *tc;
    if (p_accept(p, TOK_COMMA)) {
        tc = p_accept(p, TOK_TYPE_COMMENT);
    } else {
        tc = p_accept(p, TOK_TYPE_COMMENT);
        if (!p_at(p, close))
            return false;
    }
    if (tc) {
        char *s = arena_strndup(p->arena, tc->start, (size_t)tc->len);
        if (!s) {
            p_no_memory(p);
            return false;
        }
        a->v.arg.type_comment = s;
    }
    return true;
}

static bool push(parser *p, ast_list *l, void *item)
{
    if (ast_list_push(l, item) < 0) {
        p_no_memory(p);
        return false;
    }
    return true;
}

/* -- The second pass: CPython's invalid_parameters, invalid_star_etc,
 *    invalid_kwds, invalid_default (and their lambda_ twins) -------------- */

/* These mirror CPython's rules one for one, since which message wins
 * depends on the order in which the PEG alternatives are tried. */

static int closer(bool is_lambda)
{
    return is_lambda ? TOK_COLON : TOK_RPAR;
}

/* default: '=' expression | invalid_default ('=' &(')'|',')) */
static bool default_value(parser *p, ast_node **out)
{
    token *eq = p_accept(p, TOK_EQUAL);
    if (!eq)
        return false;
    *out = parse_expression(p);
    if (!*out && !p_error(p) && p->call_invalid_rules && (p_at(p, TOK_RPAR) || p_at(p, TOK_COMMA)))
        p_raise_token(p, eq, "expected default value expression");
    return *out != NULL;
}

/* After a parameter: ',' [TYPE_COMMENT] | [TYPE_COMMENT] &close */
static bool param_tail(parser *p, bool is_lambda)
{
    if (p_accept(p, TOK_COMMA)) {
        if (!is_lambda)
            p_accept(p, TOK_TYPE_COMMENT);
        return true;
    }
    if (!is_lambda)
        p_accept(p, TOK_TYPE_COMMENT);
    return p_at(p, closer(is_lambda));
}

/* param_no_default / param_with_default / param_maybe_default:
 * want_default 0 = none, 1 = required, 2 = optional. */
static ast_node *param_d(parser *p, bool is_lambda, int want_default)
{
    int mark = p_mark(p);
    ast_node *a = param(p, is_lambda, false), *def = NULL;
    if (!a)
        return NULL;
    if (want_default && !default_value(p, &def) && (want_default == 1 || p_error(p)))
        return fail(p, mark);
    if (!param_tail(p, is_lambda))
        return fail(p, mark);
    return a;
}

static int param_star(parser *p, bool is_lambda, int want_default)
{
    int n = 0;
    while (param_d(p, is_lambda, want_default))
        n++;
    return n;
}

/* slash_no_default / slash_with_default */
static bool slash(parser *p, bool is_lambda, bool with_default)
{
    int mark = p_mark(p);
    int n = param_star(p, is_lambda, 0);
    if (with_default && !p_error(p))
        n = param_star(p, is_lambda, 1);
    if (!n || p_error(p) || !p_accept(p, TOK_SLASH) ||
        (!p_accept(p, TOK_COMMA) && !p_at(p, closer(is_lambda)))) {
        fail(p, mark);
        return false;
    }
    return true;
}

static bool any_slash(parser *p, bool is_lambda)
{
    return slash(p, is_lambda, false) || (!p_error(p) && slash(p, is_lambda, true));
}

/* invalid_parameters / invalid_lambda_parameters, at the start of the list.
 * False when an error was raised. */
static bool invalid_parameters(parser *p, bool is_lambda)
{
    int mark = p_mark(p);
    /* param_no_default* (slash_with_default | param_with_default+) param_no_default */
    param_star(p, is_lambda, 0);
    bool helper = !p_error(p) && (slash(p, is_lambda, true) ||
                                  (!p_error(p) && param_star(p, is_lambda, 1) > 0));
    ast_node *a = helper && !p_error(p) ? param_d(p, is_lambda, 0) : NULL;
    if (a)
        return p_raise_node(p, a, "non-default argument follows default argument"), false;
    if (p_error(p))
        return false;
    /* param_no_default* '(' param_no_default+ ','? ')' */
    p_reset(p, mark);
    param_star(p, is_lambda, 0);
    token *lp = !p_error(p) ? p_accept(p, TOK_LPAR) : NULL;
    if (lp) {
        int n = 0;
        if (is_lambda) {
            while (param(p, true, false)) {
                n++;
                int m = p_mark(p);
                if (!p_accept(p, TOK_COMMA) || !p_at(p, TOK_NAME)) {
                    p_reset(p, m);
                    break;
                }
            }
        } else {
            n = param_star(p, false, 0);
        }
        if (n && !p_error(p)) {
            p_accept(p, TOK_COMMA);
            token *rp = p_accept(p, TOK_RPAR);
            if (rp)
                return p_raise_at(p, DIAG_SYNTAX_ERROR, lp->lineno, lp->col_offset, rp->end_lineno,
                                  rp->end_col_offset, is_lambda
                                      ? "Lambda expression parameters cannot be parenthesized"
                                      : "Function parameters cannot be parenthesized"), false;
        }
    }
    if (p_error(p))
        return false;
    /* '/' ',' */
    p_reset(p, mark);
    if (p_at(p, TOK_SLASH) && p_peek_n(p, 1)->type == TOK_COMMA)
        return p_raise_token(p, p_peek(p), "at least one argument must precede /"), false;
    /* (slash_no_default | slash_with_default) param_maybe_default* '/' */
    if (any_slash(p, is_lambda)) {
        param_star(p, is_lambda, 2);
        if (p_at(p, TOK_SLASH))
            return p_raise_token(p, p_peek(p), "/ may appear only once"), false;
    }
    if (p_error(p))
        return false;
    /* [slash] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/' */
    p_reset(p, mark);
    any_slash(p, is_lambda);
    if (!p_error(p))
        param_star(p, is_lambda, 2);
    if (!p_error(p) && p_accept(p, TOK_STAR) &&
        (p_accept(p, TOK_COMMA) || param_d(p, is_lambda, 0))) {
        param_star(p, is_lambda, 2);
        if (p_at(p, TOK_SLASH))
            return p_raise_token(p, p_peek(p), "/ must be ahead of *"), false;
    }
    if (p_error(p))
        return false;
    /* param_maybe_default+ '/' '*' */
    p_reset(p, mark);
    if (param_star(p, is_lambda, 2) && p_accept(p, TOK_SLASH) && p_at(p, TOK_STAR))
        return p_raise_token(p, p_peek(p), "expected comma between / and *"), false;
    if (p_error(p))
        return false;
    p_reset(p, mark);
    return true;
}

/* invalid_star_etc / invalid_lambda_star_etc, at '*'. */
static bool invalid_star_etc(parser *p, bool is_lambda)
{
    int mark = p_mark(p);
    int close = closer(is_lambda);
    token *star = p_next(p);
    if (p_at(p, close) ||
        (p_accept(p, TOK_COMMA) && (p_at(p, close) || p_at(p, TOK_DOUBLESTAR)))) {
        if (is_lambda)
            p_raise_here(p, "named arguments must follow bare *");
        else
            p_raise_token(p, star, "named arguments must follow bare *");
        return false;
    }
    p_reset(p, mark + 1);
    if (!is_lambda && p_accept(p, TOK_COMMA) && p_at(p, TOK_TYPE_COMMENT))
        return p_raise_here(p, "bare * has associated type comment"), false;
    p_reset(p, mark + 1);
    if (param(p, is_lambda, false) && p_at(p, TOK_EQUAL))
        return p_raise_token(p, p_peek(p), "var-positional argument cannot have default value"), false;
    if (p_error(p))
        return false;
    p_reset(p, mark + 1);
    if (p_accept(p, TOK_COMMA) || param_d(p, is_lambda, 0)) {
        param_star(p, is_lambda, 2);
        token *again = !p_error(p) ? p_accept(p, TOK_STAR) : NULL;
        if (again && (p_accept(p, TOK_COMMA) || param_d(p, is_lambda, 0)))
            return p_raise_token(p, again, "* argument may appear only once"), false;
    }
    if (p_error(p))
        return false;
    p_reset(p, mark);
    return true;
}

/* invalid_kwds / invalid_lambda_kwds, at '**'. */
static bool invalid_kwds(parser *p, bool is_lambda)
{
    int mark = p_mark(p);
    p_next(p);
    if (param(p, is_lambda, false)) {
        if (p_at(p, TOK_EQUAL))
            return p_raise_token(p, p_peek(p), "var-keyword argument cannot have default value"), false;
        if (p_accept(p, TOK_COMMA)) {
            ast_node *a = param(p, is_lambda, false);
            if (a)
                return p_raise_node(p, a, "arguments cannot follow var-keyword argument"), false;
            if (!p_error(p) && (p_at(p, TOK_STAR) || p_at(p, TOK_DOUBLESTAR) || p_at(p, TOK_SLASH)))
                return p_raise_token(p, p_peek(p), "arguments cannot follow var-keyword argument"), false;
        }
    }
    if (p_error(p))
        return false;
    p_reset(p, mark);
    return true;
}

/* One positional or keyword-only parameter with its optional default. */
static bool plain_param(parser *p, params *ps, bool is_lambda, int close, bool after_star,
                        bool *seen_default)
{
    ast_node *a = param(p, is_lambda, false);
    if (!a)
        return false;
    ast_node *def = NULL;
    if (p_at(p, TOK_EQUAL) && !default_value(p, &def))
        return false;
    if (!param_end(p, close, a))
        return false;
    if (after_star)
        return push(p, &ps->kwonly, a) && push(p, &ps->kw_defaults, def);
    if (def) {
        *seen_default = true;
        if (!push(p, &ps->defaults, def))
            return false;
    } else if (*seen_default) {
        return false;   /* non-default argument follows default argument */
    }
    return push(p, &ps->args, a);
}

/* The parameters up to (not including) close. */
static bool param_list(parser *p, params *ps, bool is_lambda, int close)
{
    bool seen_default = false, seen_slash = false, star = false, bare_star = false;
    if (p->call_invalid_rules && !invalid_parameters(p, is_lambda))
        return false;
    while (!p_at(p, close)) {
        if (p_at(p, TOK_SLASH)) {
            if (star || seen_slash || !ps->args.len)
                return false;
            p_next(p);
            ps->posonly = ps->args;
            ast_list_init(&ps->args, p->arena);
            seen_slash = true;
            if (!p_accept(p, TOK_COMMA) && !p_at(p, close))
                return false;
        } else if (p_at(p, TOK_STAR)) {
            if (star)
                return false;
            if (p->call_invalid_rules && !invalid_star_etc(p, is_lambda))
                return false;
            star = true;
            p_next(p);
            if (p_accept(p, TOK_COMMA)) {
                bare_star = true;
                continue;
            }
            ps->vararg = param(p, is_lambda, true);
            if (!ps->vararg || !param_end(p, close, ps->vararg))
                return false;
        } else if (p_at(p, TOK_DOUBLESTAR)) {
            if (bare_star && !ps->kwonly.len)
                return false;   /* do not read on: the error is at the '**' */
            if (p->call_invalid_rules && !invalid_kwds(p, is_lambda))
                return false;
            p_next(p);
            ps->kwarg = param(p, is_lambda, false);
            if (!ps->kwarg || !param_end(p, close, ps->kwarg))
                return false;
            break;
        } else if (!plain_param(p, ps, is_lambda, close, star, &seen_default)) {
            return false;
        }
    }
    /* a bare '*' needs keyword-only parameters after it */
    if (bare_star && !ps->kwonly.len)
        return false;
    return p_at(p, close);
}

/* A list's sequence; false (MemoryError) when it could not be built. */
static bool finish(parser *p, ast_list *l, ast_seq **out)
{
    *out = ast_list_finish(l);
    if (l->len && !*out) {
        p_no_memory(p);
        return false;
    }
    return true;
}

ast_node *parse_params(parser *p, bool is_lambda)
{
    int mark = p_mark(p);
    int close = is_lambda ? TOK_COLON : TOK_RPAR;
    params ps;
    memset(&ps, 0, sizeof ps);
    ast_list_init(&ps.posonly, p->arena);
    ast_list_init(&ps.args, p->arena);
    ast_list_init(&ps.defaults, p->arena);
    ast_list_init(&ps.kwonly, p->arena);
    ast_list_init(&ps.kw_defaults, p->arena);
    if (!param_list(p, &ps, is_lambda, close))
        return fail(p, mark);
    ast_seq *posonly, *args, *defaults, *kwonly, *kw_defaults;
    if (!finish(p, &ps.posonly, &posonly) || !finish(p, &ps.args, &args) ||
        !finish(p, &ps.defaults, &defaults) || !finish(p, &ps.kwonly, &kwonly) ||
        !finish(p, &ps.kw_defaults, &kw_defaults))
        return NULL;
    ast_node *a = ast_arguments(p->arena, posonly, args, ps.vararg, kwonly, kw_defaults, ps.kwarg,
                                defaults);
    return a ? a : p_no_memory(p);
}
