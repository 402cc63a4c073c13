/* The match statement (PEP 634) and its patterns, building exactly the
 * nodes and positions of CPython 3.11's grammar. `match` and `case` are soft
 * keywords, so parse_match_stmt first tries to read `match SUBJECT:` NEWLINE
 * INDENT and gives up without an error (the caller then parses an ordinary
 * statement) when the text does not fit. Patterns are parsed by recursive
 * descent; where CPython's PEG grammar tries alternatives that share a
 * prefix (a group `(p)` vs a sequence `(p, q)`, `a, b` vs `a` at the top of
 * a case, the four shapes of a class pattern's arguments), we parse the
 * shared prefix once and branch on what follows, which builds the same tree
 * without CPython's memoisation and without exponential re-parsing of
 * nested patterns. The checks behind CPython's invalid_* rules for match
 * (missing ':', missing indented block, bad `as` target, positional after
 * keyword patterns) run only on the second pass (p->call_invalid_rules). */
#include <string.h>
#include "parser_internal.h"

static ast_node *pattern(parser *p);

/* -- Small helpers ------------------------------------------------------- */

static bool tok_is(token *t, const char *word)
{
    size_t n = strlen(word);
    return t->type == TOK_NAME && (size_t)t->len == n && memcmp(t->start, word, n) == 0;
}

static void *oom_if_null(parser *p, void *x)
{
    return x ? x : p_no_memory(p);
}

/* A finished sequence, or NULL for an empty list. Returns false when out of
 * memory (error set). */
static bool finish_list(parser *p, ast_list *l, ast_seq **out)
{
    *out = NULL;
    if (l->len == 0)
        return true;
    *out = ast_list_finish(l);
    if (!*out) {
        p_no_memory(p);
        return false;
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

/* CPython's RAISE_INDENTATION_ERROR: at the last token fetched. */
static void *raise_no_block(parser *p, const char *what, int line)
{
    token *t = p->tokens[p->ntokens - 1];
    return p_raise_at(p, DIAG_INDENTATION_ERROR, t->lineno, t->col_offset, t->end_lineno,
                      t->end_col_offset, "expected an indented block after '%s' statement on line %d",
                      what, line);
}

/* -- Literals ------------------------------------------------------------ */

static ast_node *number_node(parser *p, token *t)
{
    ast_constant c;
    if (!p_number_value(p, t, &c))
        return NULL;
    return oom_if_null(p, ast_Constant(p->arena, c, NULL, t->lineno, t->col_offset,
                                       t->end_lineno, t->end_col_offset));
}

static bool is_complex(ast_node *e)
{
    return e->kind == AST_Constant && e->v.Constant.value.kind == AST_CONST_COMPLEX;
}

/* signed_number: NUMBER | '-' NUMBER */
static ast_node *signed_number(parser *p)
{
    int start = p_mark(p);
    bool neg = p_accept(p, TOK_MINUS) != NULL;
    token *t = p_accept(p, TOK_NUMBER);
    if (!t) {
        p_reset(p, start);
        return NULL;
    }
    ast_node *num = number_node(p, t);
    if (!num || !neg)
        return num;
    return oom_if_null(p, ast_UnaryOp(p->arena, AST_UNARY_USub, num, EXTRA(p, start)));
}

/* complex_number: signed_real_number ('+' | '-') imaginary_number, where
 * the real part must not be imaginary and the imaginary part must be; those
 * two checks are errors as soon as the number is read, as in CPython. */
static ast_node *complex_number(parser *p)
{
    int start = p_mark(p);
    bool neg = p_accept(p, TOK_MINUS) != NULL;
    token *t = p_accept(p, TOK_NUMBER);
    if (!t) {
        p_reset(p, start);
        return NULL;
    }
    ast_node *real = number_node(p, t);
    if (!real)
        return NULL;
    if (is_complex(real))
        return p_raise_node(p, real, "real number required in complex literal");
    if (neg) {
        real = ast_UnaryOp(p->arena, AST_UNARY_USub, real, EXTRA(p, start));
        if (!real)
            return p_no_memory(p);
    }
    int op;
    if (p_accept(p, TOK_PLUS))
        op = AST_OP_Add;
    else if (p_accept(p, TOK_MINUS))
        op = AST_OP_Sub;
    else {
        p_reset(p, start);
        return NULL;
    }
    token *it = p_accept(p, TOK_NUMBER);
    if (!it) {
        p_reset(p, start);
        return NULL;
    }
    ast_node *imag = number_node(p, it);
    if (!imag)
        return NULL;
    if (!is_complex(imag))
        return p_raise_node(p, imag, "imaginary number required in complex literal");
    return oom_if_null(p, ast_BinOp(p->arena, real, op, imag, EXTRA(p, start)));
}

/* signed_number !('+' | '-') | complex_number | strings: the values shared
 * by literal patterns and mapping keys (None/True/False apart). */
static ast_node *literal_value(parser *p)
{
    int start = p_mark(p);
    ast_node *v = signed_number(p);
    if (v) {
        if (!p_at(p, TOK_PLUS) && !p_at(p, TOK_MINUS))
            return v;
        p_reset(p, start);
        return complex_number(p);
    }
    if (p_error(p))
        return NULL;
    if (p_at(p, TOK_STRING))
        return parse_strings(p);
    return NULL;
}

/* None, True or False as a constant; kind 0 when the token is none of them. */
static ast_constant singleton_value(token *t)
{
    ast_constant c = {0};
    if (t->type == TOK_KW_None)
        c.kind = AST_CONST_NONE;
    else if (t->type == TOK_KW_True)
        c.kind = AST_CONST_TRUE;
    else if (t->type == TOK_KW_False)
        c.kind = AST_CONST_FALSE;
    return c;
}

/* literal_pattern: MatchValue of a literal value, or MatchSingleton. */
static ast_node *literal_pattern(parser *p)
{
    int start = p_mark(p);
    ast_node *v = literal_value(p);
    if (v)
        return oom_if_null(p, ast_MatchValue(p->arena, v, EXTRA(p, start)));
    if (p_error(p))
        return NULL;
    token *t = p_peek(p);
    ast_constant c = singleton_value(t);
    if (!c.kind)
        return NULL;
    p_next(p);
    return oom_if_null(p, ast_MatchSingleton(p->arena, c, t->lineno, t->col_offset,
                                             t->end_lineno, t->end_col_offset));
}

/* literal_expr (a mapping key): like a literal pattern's value, but
 * None/True/False are plain Constants. */
static ast_node *literal_expr(parser *p)
{
    ast_node *v = literal_value(p);
    if (v || p_error(p))
        return v;
    token *t = p_peek(p);
    ast_constant c = singleton_value(t);
    if (!c.kind)
        return NULL;
    p_next(p);
    return oom_if_null(p, ast_Constant(p->arena, c, NULL, t->lineno, t->col_offset,
                                       t->end_lineno, t->end_col_offset));
}

/* -- Names --------------------------------------------------------------- */

/* pattern_capture_target: !"_" NAME !('.' | '(' | '='); returns the NAME
 * token (consumed) or NULL. */
static token *capture_target(parser *p)
{
    token *t = p_peek(p);
    if (t->type != TOK_NAME || tok_is(t, "_"))
        return NULL;
    int next = p_peek_n(p, 1)->type;
    if (p_error(p) || next == TOK_DOT || next == TOK_LPAR || next == TOK_EQUAL)
        return NULL;
    return p_next(p);
}

/* name_or_attr: NAME ('.' NAME)*, the longest such chain (CPython's
 * left-recursive attr rule); a '.' not followed by a NAME is left alone. */
static ast_node *name_or_attr(parser *p)
{
    int start = p_mark(p);
    token *t = p_accept(p, TOK_NAME);
    if (!t)
        return NULL;
    ast_node *e = p_name_node(p, t, AST_CTX_Load);
    while (e && p_at(p, TOK_DOT) && p_peek_n(p, 1)->type == TOK_NAME) {
        p_next(p);
        const char *attr = p_identifier(p, p_next(p));
        if (!attr)
            return NULL;
        e = oom_if_null(p, ast_Attribute(p->arena, e, attr, AST_CTX_Load, EXTRA(p, start)));
    }
    return p_error(p) ? NULL : e;
}

/* attr: a dotted name with at least one dot (value patterns, mapping keys). */
static ast_node *attr(parser *p)
{
    int start = p_mark(p);
    ast_node *e = name_or_attr(p);
    if (e && e->kind != AST_Attribute) {
        p_reset(p, start);
        return NULL;
    }
    return e;
}

/* -- Sequences ----------------------------------------------------------- */

/* star_pattern: '*' (capture target | '_') -> MatchStar. */
static ast_node *star_pattern(parser *p)
{
    int start = p_mark(p);
    p_next(p);   /* '*' */
    const char *name = NULL;
    token *t = capture_target(p);
    if (t) {
        name = p_identifier(p, t);
        if (!name)
            return NULL;
    } else if (p_error(p)) {
        return NULL;
    } else if (p_at_soft(p, "_")) {
        p_next(p);
    } else {
        p_reset(p, start);
        return NULL;
    }
    return oom_if_null(p, ast_MatchStar(p->arena, name, EXTRA(p, start)));
}

/* maybe_star_pattern: star_pattern | pattern */
static ast_node *maybe_star_pattern(parser *p)
{
    if (p_at(p, TOK_STAR))
        return star_pattern(p);
    return pattern(p);
}

/* The rest of maybe_sequence_pattern (','.maybe_star_pattern+ ','?) once
 * its first item is in l: more items, then an optional trailing comma.
 * Returns false on a fatal error. */
static bool sequence_rest(parser *p, ast_list *l)
{
    for (;;) {
        int m = p_mark(p);
        if (!p_accept(p, TOK_COMMA))
            return true;
        ast_node *item = maybe_star_pattern(p);
        if (!item) {
            if (p_error(p))
                return false;
            p_reset(p, m);
            p_accept(p, TOK_COMMA);
            return true;
        }
        if (!push(p, l, item))
            return false;
    }
}

/* maybe_sequence_pattern?: items appended to l; none is fine. */
static bool maybe_sequence(parser *p, ast_list *l)
{
    ast_node *first = maybe_star_pattern(p);
    if (!first)
        return !p_error(p);
    return push(p, l, first) && sequence_rest(p, l);
}

/* open_sequence_pattern after its first item (the ',' not yet read):
 * maybe_star_pattern ',' maybe_sequence_pattern?. Returns false when the
 * comma is missing (no error) or on a fatal error. */
static bool open_sequence(parser *p, ast_node *first, ast_list *l)
{
    if (!p_accept(p, TOK_COMMA))
        return false;
    return push(p, l, first) && maybe_sequence(p, l);
}

/* '(' ... ')': group_pattern '(' pattern ')' (the inner pattern itself) or
 * sequence_pattern '(' open_sequence_pattern? ')'. */
static ast_node *paren_pattern(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!p_accept(p, TOK_RPAR)) {
        ast_node *first = maybe_star_pattern(p);
        if (!first)
            goto fail;
        if (first->kind != AST_MatchStar && p_accept(p, TOK_RPAR))
            return first;
        if (!open_sequence(p, first, &l) || !p_accept(p, TOK_RPAR))
            goto fail;
    }
    ast_seq *items;
    if (!finish_list(p, &l, &items))
        return NULL;
    return oom_if_null(p, ast_MatchSequence(p->arena, items, EXTRA(p, start)));
fail:
    if (!p_error(p))
        p_reset(p, start);
    return NULL;
}

/* '[' maybe_sequence_pattern? ']' */
static ast_node *bracket_pattern(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!maybe_sequence(p, &l))
        return NULL;
    if (!p_accept(p, TOK_RSQB)) {
        p_reset(p, start);
        return NULL;
    }
    ast_seq *items;
    if (!finish_list(p, &l, &items))
        return NULL;
    return oom_if_null(p, ast_MatchSequence(p->arena, items, EXTRA(p, start)));
}

/* -- Mappings ------------------------------------------------------------ */

/* key_value_pattern: (literal_expr | attr) ':' pattern; appends to keys and
 * pats. Returns 1 on a match, 0 for none (position restored), -1 on error. */
static int key_value_pattern(parser *p, ast_list *keys, ast_list *pats)
{
    int start = p_mark(p);
    ast_node *key = literal_expr(p);
    if (!key && !p_error(p))
        key = attr(p);
    if (!key)
        return p_error(p) ? -1 : 0;
    ast_node *pat = NULL;
    if (p_accept(p, TOK_COLON))
        pat = pattern(p);
    if (!pat) {
        if (p_error(p))
            return -1;
        p_reset(p, start);
        return 0;
    }
    return push(p, keys, key) && push(p, pats, pat) ? 1 : -1;
}

/* double_star_pattern: '**' capture target; returns its identifier. */
static const char *double_star_pattern(parser *p)
{
    int start = p_mark(p);
    if (!p_accept(p, TOK_DOUBLESTAR))
        return NULL;
    token *t = capture_target(p);
    if (!t) {
        if (!p_error(p))
            p_reset(p, start);
        return NULL;
    }
    return p_identifier(p, t);
}

/* mapping_pattern: '{' [items] [',' '**' rest] ','? '}' in CPython's four
 * shapes. */
static ast_node *mapping_pattern(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    ast_list keys, pats;
    ast_list_init(&keys, p->arena);
    ast_list_init(&pats, p->arena);
    const char *rest = NULL;
    if (p_accept(p, TOK_RBRACE))
        goto done;
    if (p_at(p, TOK_DOUBLESTAR)) {
        if (!(rest = double_star_pattern(p)))
            goto fail;
    } else {
        int r = key_value_pattern(p, &keys, &pats);
        while (r > 0) {
            int m = p_mark(p);
            if (!p_accept(p, TOK_COMMA))
                break;
            if ((r = key_value_pattern(p, &keys, &pats)) == 0)
                p_reset(p, m);
        }
        if (r < 0 || keys.len == 0)
            goto fail;
        int m = p_mark(p);
        if (p_accept(p, TOK_COMMA) && p_at(p, TOK_DOUBLESTAR)) {
            if (!(rest = double_star_pattern(p)))
                goto fail;
        } else {
            p_reset(p, m);
        }
    }
    p_accept(p, TOK_COMMA);
    if (!p_accept(p, TOK_RBRACE))
        goto fail;
done:;
    ast_seq *kseq, *pseq;
    if (!finish_list(p, &keys, &kseq) || !finish_list(p, &pats, &pseq))
        return NULL;
    return oom_if_null(p, ast_MatchMapping(p->arena, kseq, pseq, rest, EXTRA(p, start)));
fail:
    if (!p_error(p))
        p_reset(p, start);
    return NULL;
}

/* -- Class patterns ------------------------------------------------------ */

static bool at_keyword_pattern(parser *p)
{
    return p_at(p, TOK_NAME) && p_peek_n(p, 1)->type == TOK_EQUAL;
}

/* positional_patterns: ','.pattern+, the longest run; appended to l.
 * Returns false on a fatal error. */
static bool positional_patterns(parser *p, ast_list *l)
{
    ast_node *first = pattern(p);
    if (!first)
        return !p_error(p);
    if (!push(p, l, first))
        return false;
    for (;;) {
        int m = p_mark(p);
        if (!p_accept(p, TOK_COMMA))
            return true;
        ast_node *item = pattern(p);
        if (!item) {
            p_reset(p, m);
            return !p_error(p);
        }
        if (!push(p, l, item))
            return false;
    }
}

/* keyword_pattern: NAME '=' pattern. 1 matched, 0 not, -1 error. */
static int keyword_pattern(parser *p, ast_list *names, ast_list *pats)
{
    int start = p_mark(p);
    if (!at_keyword_pattern(p))
        return p_error(p) ? -1 : 0;
    token *t = p_next(p);
    p_next(p);
    ast_node *pat = pattern(p);
    if (!pat) {
        if (p_error(p))
            return -1;
        p_reset(p, start);
        return 0;
    }
    const char *id = p_identifier(p, t);
    if (!id)
        return -1;
    return push(p, names, (void *)id) && push(p, pats, pat) ? 1 : -1;
}

/* keyword_patterns: ','.keyword_pattern+, the longest run. */
static bool keyword_patterns(parser *p, ast_list *names, ast_list *pats)
{
    int r = keyword_pattern(p, names, pats);
    while (r > 0) {
        int m = p_mark(p);
        if (!p_accept(p, TOK_COMMA))
            return true;
        if ((r = keyword_pattern(p, names, pats)) == 0)
            p_reset(p, m);
    }
    return r == 0;
}

/* invalid_class_pattern, second pass only, where the valid shapes stopped
 * after keyword patterns: ',' positional_patterns means positional
 * patterns follow keyword patterns. When a later positional pattern raised
 * an error of its own (a nested class pattern with the same mistake),
 * CPython's gather still returns the patterns before it and this error
 * replaces the nested one: in `C(a=1, b, D(c=1, d))` it is reported at `b`. */
static void check_positional_after_keyword(parser *p)
{
    int m = p_mark(p);
    if (!p_accept(p, TOK_COMMA))
        return;
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!positional_patterns(p, &l)) {
        if (l.len == 0)
            return;
        diag_clear(p->err);
    }
    if (l.len > 0) {
        p_raise_range(p, l.items[0], l.items[l.len - 1],
                      "positional patterns follow keyword patterns");
        return;
    }
    p_reset(p, m);
}

/* class_pattern once `cls (` has been read: the four shapes
 *   ')' | positional ','? ')' | keywords ','? ')' | positional ',' keywords ','? ')'
 * parsed as one left-to-right pass. A first argument `_=...` is a keyword:
 * CPython reads `_` as a wildcard there, fails, and takes the keywords-only
 * shape. */
static ast_node *class_pattern_args(parser *p, ast_node *cls, int start)
{
    ast_list pos, names, kws;
    ast_list_init(&pos, p->arena);
    ast_list_init(&names, p->arena);
    ast_list_init(&kws, p->arena);
    if (!p_accept(p, TOK_RPAR)) {
        if (!at_keyword_pattern(p) && !positional_patterns(p, &pos))
            return NULL;
        if (pos.len > 0) {
            int m = p_mark(p);
            if (!p_accept(p, TOK_COMMA) || !at_keyword_pattern(p)) {
                p_reset(p, m);
            } else if (!keyword_patterns(p, &names, &kws)) {
                return NULL;
            } else if (names.len == 0) {
                p_reset(p, m);
            }
        } else if (!keyword_patterns(p, &names, &kws)) {
            return NULL;
        }
        if (pos.len == 0 && names.len == 0)
            return NULL;
        if (names.len > 0 && p->call_invalid_rules) {
            check_positional_after_keyword(p);
            if (p_error(p))
                return NULL;
        }
        p_accept(p, TOK_COMMA);
        if (!p_accept(p, TOK_RPAR))
            return NULL;
    }
    ast_seq *pseq, *nseq, *kseq;
    if (!finish_list(p, &pos, &pseq) || !finish_list(p, &names, &nseq)
        || !finish_list(p, &kws, &kseq))
        return NULL;
    return oom_if_null(p, ast_MatchClass(p->arena, cls, pseq, nseq, kseq, EXTRA(p, start)));
}

/* -- Closed patterns ----------------------------------------------------- */

/* A closed pattern that starts with a NAME, in CPython's order: capture,
 * wildcard `_` (which wins even before '.' or '('), value (dotted name not
 * followed by '.', '(' or '='), class. */
static ast_node *name_pattern(parser *p)
{
    int start = p_mark(p);
    token *t = capture_target(p);
    if (t) {
        const char *id = p_identifier(p, t);
        if (!id)
            return NULL;
        return oom_if_null(p, ast_MatchAs(p->arena, NULL, id, EXTRA(p, start)));
    }
    if (p_error(p))
        return NULL;
    if (p_at_soft(p, "_")) {
        p_next(p);
        return oom_if_null(p, ast_MatchAs(p->arena, NULL, NULL, EXTRA(p, start)));
    }
    ast_node *e = name_or_attr(p);
    if (!e)
        return NULL;
    int next = p_type(p);
    if (e->kind == AST_Attribute && next != TOK_DOT && next != TOK_LPAR && next != TOK_EQUAL)
        return oom_if_null(p, ast_MatchValue(p->arena, e, EXTRA(p, start)));
    if (p_accept(p, TOK_LPAR)) {
        ast_node *r = class_pattern_args(p, e, start);
        if (r || p_error(p))
            return r;
    }
    p_reset(p, start);
    return NULL;
}

/* closed_pattern: dispatched on the first token, since each alternative
 * can only start with its own kinds of token. */
static ast_node *closed_pattern(parser *p)
{
    if (!p_enter(p))
        return NULL;
    ast_node *r;
    switch (p_type(p)) {
    case TOK_NUMBER: case TOK_MINUS: case TOK_STRING:
    case TOK_KW_None: case TOK_KW_True: case TOK_KW_False:
        r = literal_pattern(p);
        break;
    case TOK_NAME:
        r = name_pattern(p);
        break;
    case TOK_LPAR:
        r = paren_pattern(p);
        break;
    case TOK_LSQB:
        r = bracket_pattern(p);
        break;
    case TOK_LBRACE:
        r = mapping_pattern(p);
        break;
    default:
        r = NULL;
    }
    p_leave(p);
    return r;
}

/* or_pattern: '|'.closed_pattern+ (a single one is returned as it is). */
static ast_node *or_pattern(parser *p)
{
    int start = p_mark(p);
    ast_node *first = closed_pattern(p);
    if (!first || !p_at(p, TOK_VBAR))
        return first;
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!push(p, &l, first))
        return NULL;
    for (;;) {
        int m = p_mark(p);
        if (!p_accept(p, TOK_VBAR))
            break;
        ast_node *alt = closed_pattern(p);
        if (!alt) {
            if (p_error(p))
                return NULL;
            p_reset(p, m);
            break;
        }
        if (!push(p, &l, alt))
            return NULL;
    }
    if (l.len == 1)
        return first;
    ast_seq *alts;
    if (!finish_list(p, &l, &alts))
        return NULL;
    return oom_if_null(p, ast_MatchOr(p->arena, alts, EXTRA(p, start)));
}

/* invalid_as_pattern, after `or_pattern 'as'` when no capture target
 * follows: `_`, or anything but a NAME that parses as an expression. */
static void check_as_target(parser *p)
{
    if (p_at_soft(p, "_")) {
        p_raise_token(p, p_peek(p), "cannot use '_' as a target");
        return;
    }
    if (p_at(p, TOK_NAME) || p_error(p))
        return;
    ast_node *e = parse_expression(p);
    if (e)
        p_raise_node(p, e, "invalid pattern target");
}

/* pattern: as_pattern | or_pattern */
static ast_node *pattern_inner(parser *p)
{
    int start = p_mark(p);
    ast_node *orp = or_pattern(p);
    if (!orp)
        return NULL;
    int m = p_mark(p);
    if (!p_accept(p, TOK_KW_as))
        return orp;
    token *t = capture_target(p);
    if (t) {
        const char *id = p_identifier(p, t);
        if (!id)
            return NULL;
        return oom_if_null(p, ast_MatchAs(p->arena, orp, id, EXTRA(p, start)));
    }
    if (!p_error(p) && p->call_invalid_rules)
        check_as_target(p);
    if (p_error(p))
        return NULL;
    p_reset(p, m);
    return orp;
}

static ast_node *pattern(parser *p)
{
    if (!p_enter(p))
        return NULL;
    ast_node *r = pattern_inner(p);
    p_leave(p);
    return r;
}

/* patterns: open_sequence_pattern (-> MatchSequence) | pattern */
static ast_node *patterns(parser *p)
{
    int start = p_mark(p);
    ast_node *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!p_at(p, TOK_COMMA)) {
        if (first->kind != AST_MatchStar)
            return first;
        p_reset(p, start);
        return NULL;
    }
    ast_list l;
    ast_list_init(&l, p->arena);
    ast_seq *items;
    if (!open_sequence(p, first, &l) || !finish_list(p, &l, &items))
        return NULL;
    return oom_if_null(p, ast_MatchSequence(p->arena, items, EXTRA(p, start)));
}

/* -- The statement ------------------------------------------------------- */

/* case_block: "case" patterns guard? ':' block, with CPython's
 * invalid_case_block checks (missing ':' or indented block) on the second
 * pass. */
static ast_node *case_block(parser *p)
{
    token *kw = p_next(p);   /* "case" */
    ast_node *pat = patterns(p);
    if (!pat)
        return NULL;
    ast_node *guard = NULL;
    if (p_accept(p, TOK_KW_if)) {
        guard = parse_named_expression(p);
        if (!guard)
            return NULL;
    }
    if (p->call_invalid_rules && p_at(p, TOK_NEWLINE))
        return p_raise_here(p, "expected ':'");
    if (!p_accept(p, TOK_COLON))
        return NULL;
    if (p->call_invalid_rules && p_at(p, TOK_NEWLINE) && p_peek_n(p, 1)->type != TOK_INDENT
        && !p_error(p))
        return raise_no_block(p, "case", kw->lineno);
    ast_seq *body = parse_block_seq(p);
    if (!body)
        return NULL;
    return oom_if_null(p, ast_match_case(p->arena, pat, guard, body));
}

/* subject_expr: star_named_expression ',' star_named_expressions? (a Tuple)
 * | named_expression */
static ast_node *subject_expr(parser *p)
{
    int start = p_mark(p);
    ast_node *first = parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (!p_at(p, TOK_COMMA)) {
        if (first->kind != AST_Starred)
            return first;
        p_reset(p, start);
        return NULL;
    }
    ast_list l;
    ast_list_init(&l, p->arena);
    if (!push(p, &l, first))
        return NULL;
    for (;;) {
        int m = p_mark(p);
        if (!p_accept(p, TOK_COMMA))
            break;
        ast_node *e = parse_star_named_expression(p);
        if (!e) {
            if (p_error(p))
                return NULL;
            p_reset(p, m);
            p_accept(p, TOK_COMMA);
            break;
        }
        if (!push(p, &l, e))
            return NULL;
    }
    ast_seq *elts;
    if (!finish_list(p, &l, &elts))
        return NULL;
    return oom_if_null(p, ast_Tuple(p->arena, elts, AST_CTX_Load, EXTRA(p, start)));
}

/* The body of parse_match_stmt; on NULL without error the caller resets. */
static ast_node *match_stmt(parser *p)
{
    int start = p_mark(p);
    token *kw = p_next(p);   /* "match" */
    ast_node *subject = subject_expr(p);
    if (!subject)
        return NULL;
    if (!p_accept(p, TOK_COLON)) {
        if (p->call_invalid_rules && p_at(p, TOK_NEWLINE))
            return p_raise_here(p, "expected ':'");
        return NULL;
    }
    if (!p_accept(p, TOK_NEWLINE))
        return NULL;
    if (!p_accept(p, TOK_INDENT)) {
        if (p->call_invalid_rules && !p_error(p))
            return raise_no_block(p, "match", kw->lineno);
        return NULL;
    }
    ast_list cases;
    ast_list_init(&cases, p->arena);
    while (p_at_soft(p, "case")) {
        int m = p_mark(p);
        ast_node *c = case_block(p);
        if (!c) {
            if (p_error(p))
                return NULL;
            p_reset(p, m);
            break;
        }
        if (!push(p, &cases, c))
            return NULL;
    }
    if (cases.len == 0 || !p_accept(p, TOK_DEDENT))
        return NULL;
    ast_seq *seq;
    if (!finish_list(p, &cases, &seq))
        return NULL;
    return oom_if_null(p, ast_Match(p->arena, subject, seq, EXTRA(p, start)));
}

ast_node *parse_match_stmt(parser *p)
{
    if (!p_at_soft(p, "match"))
        return NULL;
    int start = p_mark(p);
    ast_node *r = match_stmt(p);
    if (!r && !p_error(p))
        p_reset(p, start);
    return r;
}
