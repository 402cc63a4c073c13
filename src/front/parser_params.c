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

/* One positional or keyword-only parameter with its optional default. */
static bool plain_param(parser *p, params *ps, bool is_lambda, int close, bool after_star,
                        bool *seen_default)
{
    ast_node *a = param(p, is_lambda, false);
    if (!a)
        return false;
    ast_node *def = NULL;
    if (p_accept(p, TOK_EQUAL)) {
        def = parse_expression(p);
        if (!def)
            return false;
    }
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
