/* Statements: the four entry points (file, eval, interactive, func_type),
 * blocks, simple statements (assignments, import, del, return, ...) and
 * compound statements (if, while, for, with, try, def, class, decorators),
 * building exactly the nodes and positions of CPython 3.11's PEG grammar.
 * Where that grammar tries several alternatives over the same tokens we
 * mostly decide once: an assignment is parsed by reading its left side as
 * star_expressions (or a yield) and looking at the token after it ('=', ':',
 * an augmented operator, or the end of the statement), then converting the
 * left side into a target. The one real backtrack is the parenthesised
 * `with (a as b, c):` form, tried before `with (a, b) as c:`; it commits
 * once it reaches the block, so nested blocks are never parsed twice.
 * On the second pass (p->call_invalid_rules) the statement-level invalid_
 * rules run at the point where CPython would try them: "expected ':'",
 * "expected an indented block after ...", bad assignment/del/for/with
 * targets, except-clause mistakes; they re-read only the failing header.
 * Expressions, targets and parameters come from parser_expr.c and
 * parser_params.c, the match statement from parser_pattern.c. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "parser_internal.h"

static bool parse_statement(parser *p, ast_list *out);
static bool parse_simple_stmts(parser *p, ast_list *out);
static ast_node *parse_expressions(parser *p);

/* -- Small helpers --------------------------------------------------------- */

/* Appends x to l; false with MemoryError set when out of memory. */
static bool push(parser *p, ast_list *l, void *x)
{
    if (ast_list_push(l, x) < 0) {
        p_no_memory(p);
        return false;
    }
    return true;
}

/* The list as a sequence (NULL when empty). *ok is false on out of memory. */
static ast_seq *finish(parser *p, ast_list *l, bool *ok)
{
    ast_seq *s = ast_list_finish(l);
    *ok = true;
    if (l->len && !s) {
        p_no_memory(p);
        *ok = false;
    }
    return s;
}

/* A one-element sequence; NULL with MemoryError set on failure. */
static ast_seq *singleton(parser *p, void *x)
{
    ast_seq *s = ast_seq_new(p->arena, 1);
    if (!s)
        return p_no_memory(p);
    s->items[0] = x;
    return s;
}

/* The text of a TYPE_COMMENT token as an arena string. */
static const char *type_comment_text(parser *p, token *t)
{
    char *s = arena_strndup(p->arena, t->start, (size_t)t->len);
    if (!s)
        return p_no_memory(p);
    return s;
}

/* Consumes an optional TYPE_COMMENT. Returns false only on out of memory;
 * *text is NULL when there is none. */
static bool opt_type_comment(parser *p, const char **text)
{
    *text = NULL;
    token *t = p_accept(p, TOK_TYPE_COMMENT);
    if (!t)
        return true;
    *text = type_comment_text(p, t);
    return *text != NULL;
}

/* A forced token (CPython's &&'x'): when absent, "expected 'x'" at once,
 * in both passes. Returns false (error set) when absent. */
static bool expect_forced(parser *p, int type, const char *text)
{
    if (p_accept(p, type))
        return true;
    if (!p_error(p))
        p_raise_token(p, p_peek(p), "expected '%s'", text);
    return false;
}

/* A constructor's result: NULL from it means out of memory. */
static ast_node *checked(parser *p, ast_node *n)
{
    if (!n)
        return p_no_memory(p);
    return n;
}

/* A NAME token's identifier; NULL with no error when the next token is not
 * a NAME (an error is set only on out of memory). */
static const char *accept_name(parser *p)
{
    token *t = p_accept(p, TOK_NAME);
    if (!t)
        return NULL;
    return p_identifier(p, t);
}

/* -- Second pass: helpers for CPython's invalid_ rules --------------------- */

/* RAISE_INDENTATION_ERROR: an IndentationError at the last token fetched. */
static void *raise_indentation(parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void *raise_indentation(parser *p, const char *fmt, ...)
{
    if (p_error(p))
        return NULL;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    p_raise_here(p, "%s", msg);
    if (p->err->type == DIAG_SYNTAX_ERROR)
        p->err->type = DIAG_INDENTATION_ERROR;
    return NULL;
}

/* NEWLINE !INDENT at the current position (nothing consumed). */
static bool at_newline_no_indent(parser *p)
{
    return p_at(p, TOK_NEWLINE) && p_peek_n(p, 1)->type != TOK_INDENT;
}

/* ':' NEWLINE !INDENT: a compound statement's header without its block.
 * Raises "expected an indented block after <what> on line <line>". */
static bool check_missing_block(parser *p, const char *what, int line)
{
    if (!p->call_invalid_rules || !p_at(p, TOK_COLON))
        return false;
    if (p_peek_n(p, 1)->type != TOK_NEWLINE || p_peek_n(p, 2)->type == TOK_INDENT)
        return false;
    raise_indentation(p, "expected an indented block after %s on line %d", what, line);
    return true;
}

/* A header followed by NEWLINE where ':' belongs: "expected ':'". */
static bool check_missing_colon(parser *p)
{
    if (!p->call_invalid_rules || !p_at(p, TOK_NEWLINE))
        return false;
    p_raise_here(p, "expected ':'");
    return true;
}

/* RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to %s" / "cannot delete
 * %s" at the offending sub-expression, or a plain "invalid syntax" at the
 * last token when e is a valid target after all. */
static void *raise_invalid_target(parser *p, ast_node *e, int ctx)
{
    ast_node *bad = p_invalid_target(e, ctx);
    if (!bad)   /* as CPython: nothing to blame, the generic error follows */
        return NULL;
    if (ctx == AST_CTX_Del)
        return p_raise_node(p, bad, "cannot delete %s", p_expr_name(bad));
    return p_raise_node(p, bad, "cannot assign to %s", p_expr_name(bad));
}

/* -- Blocks and statement lists -------------------------------------------- */

/* statement+ appended to out; false when not even one statement matched or
 * on error. Stops (without consuming) at the first token that does not
 * start a statement. */
static bool parse_statements(parser *p, ast_list *out)
{
    int n = 0;
    for (;;) {
        int mark = p_mark(p);
        if (!parse_statement(p, out)) {
            if (p_error(p))
                return false;
            p_reset(p, mark);
            break;
        }
        n++;
    }
    return n > 0;
}

ast_seq *parse_block_seq(parser *p)
{
    if (!p_enter(p))
        return NULL;
    ast_list l;
    ast_list_init(&l, p->arena);
    int mark = p_mark(p);
    bool ok;
    if (p->call_invalid_rules && at_newline_no_indent(p)) {
        p_leave(p);
        return raise_indentation(p, "expected an indented block");
    }
    if (p_at(p, TOK_NEWLINE)) {
        p_next(p);
        ok = p_accept(p, TOK_INDENT) && parse_statements(p, &l) && p_accept(p, TOK_DEDENT);
    } else {
        ok = parse_simple_stmts(p, &l);
    }
    p_leave(p);
    if (!ok) {
        if (!p_error(p))
            p_reset(p, mark);
        return NULL;
    }
    return finish(p, &l, &ok);
}

/* The block's first statement: a convenience for callers that only need to
 * know the block parsed; parse_block_seq gives the statements. */
ast_node *parse_block(parser *p)
{
    ast_seq *s = parse_block_seq(p);
    return s ? ast_seq_node(s, 0) : NULL;
}

/* -- Simple statements ----------------------------------------------------- */

/* The operator of an augmented assignment token, or 0. */
static int augassign_op(int type)
{
    switch (type) {
    case TOK_PLUSEQUAL: return AST_OP_Add;
    case TOK_MINEQUAL: return AST_OP_Sub;
    case TOK_STAREQUAL: return AST_OP_Mult;
    case TOK_ATEQUAL: return AST_OP_MatMult;
    case TOK_SLASHEQUAL: return AST_OP_Div;
    case TOK_PERCENTEQUAL: return AST_OP_Mod;
    case TOK_AMPEREQUAL: return AST_OP_BitAnd;
    case TOK_VBAREQUAL: return AST_OP_BitOr;
    case TOK_CIRCUMFLEXEQUAL: return AST_OP_BitXor;
    case TOK_LEFTSHIFTEQUAL: return AST_OP_LShift;
    case TOK_RIGHTSHIFTEQUAL: return AST_OP_RShift;
    case TOK_DOUBLESTAREQUAL: return AST_OP_Pow;
    case TOK_DOUBLESLASHEQUAL: return AST_OP_FloorDiv;
    default: return 0;
    }
}

/* yield_expr | star_expressions: the right side of assignments. */
static ast_node *parse_rhs(parser *p)
{
    if (p_at(p, TOK_KW_yield))
        return parse_yield_expr(p);
    return parse_star_expressions(p);
}

/* ['as' NAME] skipped, for the invalid_ rules that only look. */
static void skip_as_name(parser *p)
{
    if (p_at(p, TOK_KW_as) && p_peek_n(p, 1)->type == TOK_NAME) {
        p_next(p);
        p_next(p);
    }
}

/* ':' expression follows (consumed): the tail of the annotation rules. */
static bool annotation_follows(parser *p)
{
    return p_accept(p, TOK_COLON) && parse_expression(p);
}

/* invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'.
 * An atom in brackets that is a List or Tuple (a parenthesised group gives
 * the node inside, as the rule's third form does). */
static ast_node *invalid_ann_assign_target(parser *p)
{
    if (!p_at(p, TOK_LSQB) && !p_at(p, TOK_LPAR))
        return NULL;
    ast_node *e = parse_atom(p);
    if (e && (e->kind == AST_List || e->kind == AST_Tuple))
        return e;
    return NULL;
}

/* invalid_assignment, from the statement's start: the specific messages for
 * a bad annotation target, a bad assignment target, and a bad augmented
 * assignment target. Raises or leaves the position unspecified. */
static void invalid_assignment(parser *p, int start)
{
    ast_node *a;
    /* invalid_ann_assign_target ':' expression */
    if ((a = invalid_ann_assign_target(p)) && annotation_follows(p)) {
        p_raise_node(p, a, "only single target (not %s) can be annotated", p_expr_name(a));
        return;
    }
    if (p_error(p))
        return;
    /* star_named_expression ',' star_named_expressions* ':' expression */
    p_reset(p, start);
    if ((a = parse_star_named_expression(p)) && p_accept(p, TOK_COMMA)) {
        for (;;) {
            int mark = p_mark(p);
            if (!parse_star_named_expression(p)) {
                p_reset(p, mark);
                break;
            }
            p_accept(p, TOK_COMMA);
        }
        if (!p_error(p) && annotation_follows(p)) {
            p_raise_node(p, a, "only single target (not tuple) can be annotated");
            return;
        }
    }
    if (p_error(p))
        return;
    /* expression ':' expression */
    p_reset(p, start);
    if ((a = parse_expression(p)) && annotation_follows(p)) {
        p_raise_node(p, a, "illegal target for annotation");
        return;
    }
    if (p_error(p))
        return;
    /* (star_targets '=')* (star_expressions | yield_expr) '=' */
    p_reset(p, start);
    for (;;) {
        int mark = p_mark(p);
        a = parse_rhs(p);
        if (!a || !p_at(p, TOK_EQUAL)) {
            if (p_error(p))
                return;
            p_reset(p, mark);
            break;
        }
        if (a->kind == AST_Yield || a->kind == AST_YieldFrom) {
            p_raise_node(p, a, "assignment to yield expression not possible");
            return;
        }
        if (p_invalid_target(a, AST_CTX_Store)) {
            raise_invalid_target(p, a, AST_CTX_Store);
            return;
        }
        p_next(p);   /* '=' */
    }
    /* star_expressions augassign (yield_expr | star_expressions) */
    p_reset(p, start);
    if ((a = parse_star_expressions(p)) && augassign_op(p_type(p))) {
        p_next(p);
        if (parse_rhs(p))
            p_raise_node(p, a, "'%s' is an illegal expression for augmented assignment",
                         p_expr_name(a));
    }
}

/* CPython's single_target: a name, attribute or subscript, possibly
 * parenthesised. e was parsed as a load; converts it to a Store target. */
static ast_node *as_single_target(parser *p, ast_node *e)
{
    if (e->kind != AST_Name && e->kind != AST_Attribute && e->kind != AST_Subscript)
        return NULL;
    return p_set_context(p, e, AST_CTX_Store);
}

/* target ':' expression ['=' annotated_rhs], the target already parsed. */
static ast_node *finish_annassign(parser *p, int start, ast_node *target)
{
    /* simple = 1 only for a bare NAME: an unparenthesised Name starts at the
     * statement's first token, which is then that NAME */
    int simple = target->kind == AST_Name && p_token_at(p, start)->type == TOK_NAME;
    target = as_single_target(p, target);
    if (!target)
        return NULL;
    p_next(p);   /* ':' */
    ast_node *ann = parse_expression(p);
    if (!ann)
        return NULL;
    ast_node *value = NULL;
    if (p_at(p, TOK_EQUAL)) {
        int mark = p_mark(p);
        p_next(p);
        value = parse_rhs(p);
        if (!value) {
            if (p_error(p))
                return NULL;
            p_reset(p, mark);   /* the optional part fails; the statement will */
        }
    }
    return checked(p, ast_AnnAssign(p->arena, target, ann, value, simple, EXTRA(p, start)));
}

/* (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT],
 * the first target already parsed (as a load) and '=' next. */
static ast_node *finish_assign(parser *p, int start, ast_node *first)
{
    ast_list targets;
    ast_list_init(&targets, p->arena);
    ast_node *e = first;
    while (p_at(p, TOK_EQUAL)) {
        ast_node *t = p_set_context(p, e, AST_CTX_Store);
        if (!t)
            return NULL;
        if (!push(p, &targets, t))
            return NULL;
        p_next(p);   /* '=' */
        e = parse_rhs(p);
        if (!e)
            return NULL;
    }
    const char *tc;
    if (!opt_type_comment(p, &tc))
        return NULL;
    bool ok;
    ast_seq *ts = finish(p, &targets, &ok);
    if (!ok)
        return NULL;
    return checked(p, ast_Assign(p->arena, ts, e, tc, EXTRA(p, start)));
}

/* single_target augassign ~ (yield_expr | star_expressions) */
static ast_node *finish_augassign(parser *p, int start, ast_node *target, int op)
{
    target = as_single_target(p, target);
    if (!target)
        return NULL;
    p_next(p);   /* the operator */
    ast_node *value = parse_rhs(p);
    if (!value)
        return NULL;
    return checked(p, ast_AugAssign(p->arena, target, op, value, EXTRA(p, start)));
}

/* assignment | star_expressions | yield_stmt: reads the left side once and
 * decides by the token after it. */
static ast_node *parse_expr_or_assign(parser *p)
{
    int start = p_mark(p);
    ast_node *e = parse_rhs(p);
    if (!e)
        return NULL;
    int type = p_type(p), op = augassign_op(type);
    ast_node *s;
    if (type == TOK_EQUAL)
        s = finish_assign(p, start, e);
    else if (type == TOK_COLON && e->kind != AST_Yield && e->kind != AST_YieldFrom)
        s = finish_annassign(p, start, e);
    else if (op)
        s = finish_augassign(p, start, e, op);
    else
        return checked(p, ast_Expr(p->arena, e, EXTRA(p, start)));
    if (!s && p->call_invalid_rules && !p_error(p)) {
        p_reset(p, start);
        invalid_assignment(p, start);
    }
    return s;
}

/* 'return' [star_expressions] */
static ast_node *parse_return(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    int mark = p_mark(p);
    ast_node *value = parse_star_expressions(p);
    if (!value) {
        if (p_error(p))
            return NULL;
        p_reset(p, mark);
    }
    return checked(p, ast_Return(p->arena, value, EXTRA(p, start)));
}

/* 'raise' [expression ['from' expression]] */
static ast_node *parse_raise(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    int mark = p_mark(p);
    ast_node *exc = parse_expression(p), *cause = NULL;
    if (!exc) {
        if (p_error(p))
            return NULL;
        p_reset(p, mark);
        return checked(p, ast_Raise(p->arena, NULL, NULL, EXTRA(p, start)));
    }
    if (p_at(p, TOK_KW_from)) {
        mark = p_mark(p);
        p_next(p);
        cause = parse_expression(p);
        if (!cause) {
            if (p_error(p))
                return NULL;
            p_reset(p, mark);
        }
    }
    return checked(p, ast_Raise(p->arena, exc, cause, EXTRA(p, start)));
}

/* ('global' | 'nonlocal') ','.NAME+ */
static ast_node *parse_global_nonlocal(parser *p)
{
    int start = p_mark(p);
    bool global = p_next(p)->type == TOK_KW_global;
    ast_list names;
    ast_list_init(&names, p->arena);
    do {
        const char *id = accept_name(p);
        if (!id)
            return NULL;
        if (!push(p, &names, (void *)id))
            return NULL;
    } while (p_at(p, TOK_COMMA) && p_peek_n(p, 1)->type == TOK_NAME && p_next(p));
    bool ok;
    ast_seq *s = finish(p, &names, &ok);
    if (!ok)
        return NULL;
    if (global)
        return checked(p, ast_Global(p->arena, s, EXTRA(p, start)));
    return checked(p, ast_Nonlocal(p->arena, s, EXTRA(p, start)));
}

/* 'del' del_targets &(';' | NEWLINE) */
static ast_node *parse_del(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    int mark = p_mark(p);
    ast_node *t = parse_del_targets(p);
    if (!t || (!p_at(p, TOK_SEMI) && !p_at(p, TOK_NEWLINE))) {
        if (p->call_invalid_rules && !p_error(p)) {
            /* invalid_del_stmt: 'del' star_expressions */
            p_reset(p, mark);
            ast_node *e = parse_star_expressions(p);
            if (e)
                raise_invalid_target(p, e, AST_CTX_Del);
        }
        return NULL;
    }
    /* parse_del_targets wraps the targets in a Tuple that is not in the tree */
    return checked(p, ast_Delete(p->arena, t->v.Tuple.elts, EXTRA(p, start)));
}

/* 'assert' expression [',' expression] */
static ast_node *parse_assert(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    ast_node *test = parse_expression(p), *msg = NULL;
    if (!test)
        return NULL;
    if (p_at(p, TOK_COMMA)) {
        int mark = p_mark(p);
        p_next(p);
        msg = parse_expression(p);
        if (!msg) {
            if (p_error(p))
                return NULL;
            p_reset(p, mark);
        }
    }
    return checked(p, ast_Assert(p->arena, test, msg, EXTRA(p, start)));
}

/* dotted_name: NAME ('.' NAME)*, joined with dots; NULL with no error when
 * not at a NAME. */
static const char *parse_dotted_name(parser *p)
{
    const char *name = accept_name(p);
    if (!name)
        return NULL;
    while (p_at(p, TOK_DOT) && p_peek_n(p, 1)->type == TOK_NAME) {
        p_next(p);
        const char *part = accept_name(p);
        if (!part)
            return NULL;
        size_t a = strlen(name), b = strlen(part);
        char *joined = arena_alloc(p->arena, a + b + 2);
        if (!joined)
            return p_no_memory(p);
        memcpy(joined, name, a);
        joined[a] = '.';
        memcpy(joined + a + 1, part, b + 1);
        name = joined;
    }
    return name;
}

/* ['as' NAME]: false on failure to match after 'as' or on error; *asname
 * NULL when absent. Like CPython, a dangling 'as' leaves the optional part
 * unmatched, and the statement then fails at the 'as'. */
static bool opt_asname(parser *p, const char **asname)
{
    *asname = NULL;
    if (!p_at(p, TOK_KW_as) || p_peek_n(p, 1)->type != TOK_NAME)
        return !p_error(p);
    p_next(p);
    *asname = accept_name(p);
    return *asname != NULL;
}

/* dotted_as_name: dotted_name ['as' NAME] */
static ast_node *parse_dotted_as_name(parser *p)
{
    int start = p_mark(p);
    const char *name = parse_dotted_name(p), *asname;
    if (!name || !opt_asname(p, &asname))
        return NULL;
    return checked(p, ast_alias(p->arena, name, asname, EXTRA(p, start)));
}

/* import_from_as_name: NAME ['as' NAME] */
static ast_node *parse_import_from_as_name(parser *p)
{
    int start = p_mark(p);
    const char *name = accept_name(p), *asname;
    if (!name || !opt_asname(p, &asname))
        return NULL;
    return checked(p, ast_alias(p->arena, name, asname, EXTRA(p, start)));
}

/* 'import' ','.dotted_as_name+ */
static ast_node *parse_import_name(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    ast_list names;
    ast_list_init(&names, p->arena);
    for (;;) {
        ast_node *a = parse_dotted_as_name(p);
        if (!a || !push(p, &names, a))
            return NULL;
        if (!p_at(p, TOK_COMMA) || p_peek_n(p, 1)->type != TOK_NAME)
            break;
        p_next(p);
    }
    bool ok;
    ast_seq *s = finish(p, &names, &ok);
    if (!ok)
        return NULL;
    return checked(p, ast_Import(p->arena, s, EXTRA(p, start)));
}

/* import_from_targets:
 *   '(' ','.import_from_as_name+ [','] ')' | ','.import_from_as_name+ !','
 *   | '*' */
static ast_seq *parse_import_from_targets(parser *p)
{
    int start = p_mark(p);
    if (p_accept(p, TOK_STAR)) {
        ast_node *a = checked(p, ast_alias(p->arena, "*", NULL, EXTRA(p, start)));
        return a ? singleton(p, a) : NULL;
    }
    bool paren = p_accept(p, TOK_LPAR) != NULL;
    ast_list names;
    ast_list_init(&names, p->arena);
    for (;;) {
        ast_node *a = parse_import_from_as_name(p);
        if (!a || !push(p, &names, a))
            return NULL;
        if (!p_at(p, TOK_COMMA))
            break;
        if (p_peek_n(p, 1)->type != TOK_NAME) {
            if (!paren) {
                /* a trailing comma needs the parentheses
                 * (invalid_import_from_targets) */
                if (p->call_invalid_rules && p_peek_n(p, 1)->type == TOK_NEWLINE) {
                    p_next(p);
                    p_next(p);
                    p_raise_here(p, "trailing comma not allowed without surrounding parentheses");
                }
                return NULL;
            }
            p_next(p);
            break;
        }
        p_next(p);
    }
    if (paren && !p_accept(p, TOK_RPAR))
        return NULL;
    bool ok;
    return finish(p, &names, &ok);
}

/* 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 * | 'from' ('.' | '...')+ 'import' import_from_targets */
static ast_node *parse_import_from(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    int level = 0;
    for (;;) {
        if (p_accept(p, TOK_DOT))
            level += 1;
        else if (p_accept(p, TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (p_at(p, TOK_NAME)) {
        module = parse_dotted_name(p);
        if (!module)
            return NULL;
    } else if (level == 0) {
        return NULL;
    }
    if (!p_accept(p, TOK_KW_import))
        return NULL;
    ast_seq *names = parse_import_from_targets(p);
    if (!names)
        return NULL;
    return checked(p, ast_ImportFrom(p->arena, module, names, level, EXTRA(p, start)));
}

/* simple_stmt: dispatches on the first token; anything that is not a
 * keyword statement is an expression statement or an assignment. */
static ast_node *parse_simple_stmt(parser *p)
{
    int start = p_mark(p);
    switch (p_type(p)) {
    case TOK_KW_return: return parse_return(p);
    case TOK_KW_import: return parse_import_name(p);
    case TOK_KW_from: return parse_import_from(p);
    case TOK_KW_raise: return parse_raise(p);
    case TOK_KW_del: return parse_del(p);
    case TOK_KW_assert: return parse_assert(p);
    case TOK_KW_global:
    case TOK_KW_nonlocal: return parse_global_nonlocal(p);
    case TOK_KW_pass:
        p_next(p);
        return checked(p, ast_Pass(p->arena, EXTRA(p, start)));
    case TOK_KW_break:
        p_next(p);
        return checked(p, ast_Break(p->arena, EXTRA(p, start)));
    case TOK_KW_continue:
        p_next(p);
        return checked(p, ast_Continue(p->arena, EXTRA(p, start)));
    default:
        return parse_expr_or_assign(p);
    }
}

/* simple_stmts: ';'.simple_stmt+ [';'] NEWLINE, appended to out. */
static bool parse_simple_stmts(parser *p, ast_list *out)
{
    for (;;) {
        ast_node *s = parse_simple_stmt(p);
        if (!s)
            return false;
        if (!push(p, out, s))
            return false;
        if (!p_accept(p, TOK_SEMI))
            break;
        if (p_at(p, TOK_NEWLINE))
            break;
    }
    return p_accept(p, TOK_NEWLINE) != NULL;
}

/* -- Compound statements --------------------------------------------------- */

/* 'else' &&':' block; *orelse NULL when there is no 'else'. False on
 * failure. */
static bool opt_else_block(parser *p, ast_seq **orelse)
{
    *orelse = NULL;
    token *kw = p_accept(p, TOK_KW_else);
    if (!kw)
        return true;
    if (check_missing_block(p, "'else' statement", kw->lineno))
        return false;
    if (!expect_forced(p, TOK_COLON, ":"))
        return false;
    *orelse = parse_block_seq(p);
    return *orelse != NULL;
}

/* ('if' | 'elif') named_expression ':' block (elif_stmt | [else_block]).
 * An elif is a nested If in orelse, from 'elif' to the end of its chain. */
static ast_node *parse_if(parser *p)
{
    int start = p_mark(p);
    bool elif = p_next(p)->type == TOK_KW_elif;
    ast_node *test = parse_named_expression(p);
    if (!test)
        return NULL;
    /* invalid_if_stmt / invalid_elif_stmt; CPython reports the line of the
     * condition after 'if' (its rule rebinds the name) and of 'elif' */
    if (check_missing_colon(p)
        || check_missing_block(p, elif ? "'elif' statement" : "'if' statement",
                               elif ? p_token_at(p, start)->lineno : test->lineno))
        return NULL;
    if (!p_accept(p, TOK_COLON))
        return NULL;
    ast_seq *body = parse_block_seq(p), *orelse = NULL;
    if (!body)
        return NULL;
    if (p_at(p, TOK_KW_elif)) {
        if (!p_enter(p))
            return NULL;
        ast_node *next = parse_if(p);
        p_leave(p);
        if (!next || !(orelse = singleton(p, next)))
            return NULL;
    } else if (!opt_else_block(p, &orelse)) {
        return NULL;
    }
    return checked(p, ast_If(p->arena, test, body, orelse, EXTRA(p, start)));
}

/* 'while' named_expression ':' block [else_block] */
static ast_node *parse_while(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    ast_node *test = parse_named_expression(p);
    if (!test)
        return NULL;
    if (check_missing_colon(p)
        || check_missing_block(p, "'while' statement", p_token_at(p, start)->lineno))
        return NULL;
    if (!p_accept(p, TOK_COLON))
        return NULL;
    ast_seq *body = parse_block_seq(p), *orelse;
    if (!body || !opt_else_block(p, &orelse))
        return NULL;
    return checked(p, ast_While(p->arena, test, body, orelse, EXTRA(p, start)));
}

/* [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT]
 * block [else_block]; start is the 'async' or 'for' token. */
static ast_node *parse_for(parser *p, int start, bool is_async)
{
    token *kw = p_next(p);   /* 'for' */
    int mark = p_mark(p);
    ast_node *target = parse_star_targets(p);
    if (!target || !p_accept(p, TOK_KW_in)) {
        /* invalid_for_target: `for f() in x` reads as a comparison */
        if (p->call_invalid_rules && !p_error(p)) {
            p_reset(p, mark);
            ast_node *e = parse_star_expressions(p);
            if (e)
                raise_invalid_target(p, e, P_FOR_TARGETS);
        }
        return NULL;
    }
    ast_node *iter = parse_star_expressions(p);
    if (!iter)
        return NULL;
    if (check_missing_colon(p) || check_missing_block(p, "'for' statement", kw->lineno))
        return NULL;
    if (!p_accept(p, TOK_COLON))
        return NULL;
    const char *tc;
    if (!opt_type_comment(p, &tc))
        return NULL;
    ast_seq *body = parse_block_seq(p), *orelse;
    if (!body || !opt_else_block(p, &orelse))
        return NULL;
    if (is_async)
        return checked(p, ast_AsyncFor(p->arena, target, iter, body, orelse, tc, EXTRA(p, start)));
    return checked(p, ast_For(p->arena, target, iter, body, orelse, tc, EXTRA(p, start)));
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static ast_node *parse_with_item(parser *p)
{
    ast_node *e = parse_expression(p);
    if (!e)
        return NULL;
    if (p_at(p, TOK_KW_as)) {
        int mark = p_mark(p);
        p_next(p);
        ast_node *t = parse_star_target(p);
        if (t && (p_at(p, TOK_COMMA) || p_at(p, TOK_RPAR) || p_at(p, TOK_COLON)))
            return checked(p, ast_withitem(p->arena, e, t));
        if (p_error(p))
            return NULL;
        if (p->call_invalid_rules) {
            /* invalid_with_item: `with a as f():` */
            p_reset(p, mark + 1);
            t = parse_expression(p);
            if (t && (p_at(p, TOK_COMMA) || p_at(p, TOK_RPAR) || p_at(p, TOK_COLON)))
                return raise_invalid_target(p, t, AST_CTX_Store);
            if (p_error(p))
                return NULL;
        }
        p_reset(p, mark);
    }
    return checked(p, ast_withitem(p->arena, e, NULL));
}

/* The parenthesised form '(' ','.with_item+ ','? ')' ':', up to and
 * including the ':'. False (position unspecified) when it does not match;
 * the caller resets. A ':' followed by a type comment does not match
 * either: only the unparenthesised form takes one, as in CPython. */
static bool parse_paren_with_items(parser *p, ast_list *items, int line)
{
    p_next(p);   /* '(' */
    for (;;) {
        ast_node *it = parse_with_item(p);
        if (!it || !push(p, items, it))
            return false;
        if (!p_accept(p, TOK_COMMA) || p_at(p, TOK_RPAR))
            break;
    }
    if (!p_accept(p, TOK_RPAR))
        return false;
    /* invalid_with_stmt_indent */
    if (check_missing_block(p, "'with' statement", line))
        return false;
    if (!p_accept(p, TOK_COLON))
        return false;
    return !p_at(p, TOK_TYPE_COMMENT);
}

/* ','.with_item+ ':' [TYPE_COMMENT], the unparenthesised form. */
static bool parse_plain_with_items(parser *p, ast_list *items, int line, const char **tc)
{
    for (;;) {
        ast_node *it = parse_with_item(p);
        if (!it || !push(p, items, it))
            return false;
        if (!p_at(p, TOK_COMMA))
            break;
        p_next(p);
    }
    /* invalid_with_stmt_indent */
    if (check_missing_block(p, "'with' statement", line))
        return false;
    return p_accept(p, TOK_COLON) && opt_type_comment(p, tc);
}

/* ['as' star_target] of the invalid_with rules, which need no lookahead
 * after the target. */
static void skip_as_target(parser *p)
{
    int mark = p_mark(p);
    if (p_accept(p, TOK_KW_as) && !parse_star_target(p) && !p_error(p))
        p_reset(p, mark);
}

/* invalid_with_stmt, after 'with' (token index `after`): a header without
 * its ':', in either form:
 *   ','.(expression ['as' star_target])+ NEWLINE
 *   | '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE */
static void invalid_with_stmt(parser *p, int after)
{
    p_reset(p, after);
    while (parse_expression(p)) {
        skip_as_target(p);
        if (!p_accept(p, TOK_COMMA))
            break;
    }
    if (p_error(p))
        return;
    if (p_at(p, TOK_NEWLINE)) {
        p_raise_here(p, "expected ':'");
        return;
    }
    p_reset(p, after);
    if (!p_accept(p, TOK_LPAR))
        return;
    while (parse_expressions(p)) {
        skip_as_target(p);
        if (!p_accept(p, TOK_COMMA) || p_at(p, TOK_RPAR))
            break;
    }
    if (!p_error(p) && p_accept(p, TOK_RPAR) && p_at(p, TOK_NEWLINE))
        p_raise_here(p, "expected ':'");
}

/* [ASYNC] 'with' ( '(' items ')' ':' block | items ':' [TYPE_COMMENT] block );
 * start is the 'async' or 'with' token. */
static ast_node *parse_with(parser *p, int start, bool is_async)
{
    int line = p_next(p)->lineno;   /* 'with' */
    ast_list items;
    ast_list_init(&items, p->arena);
    const char *tc = NULL;
    int mark = p_mark(p);
    bool paren = false;
    if (p_at(p, TOK_LPAR)) {
        paren = parse_paren_with_items(p, &items, line);
        if (p_error(p))
            return NULL;
        if (!paren) {
            p_reset(p, mark);
            items.len = 0;
        }
    }
    if (!paren && !parse_plain_with_items(p, &items, line, &tc)) {
        if (p->call_invalid_rules && !p_error(p))
            invalid_with_stmt(p, mark);
        return NULL;
    }
    ast_seq *body = parse_block_seq(p);
    if (!body)
        return NULL;
    bool ok;
    ast_seq *s = finish(p, &items, &ok);
    if (!ok)
        return NULL;
    if (is_async)
        return checked(p, ast_AsyncWith(p->arena, s, body, tc, EXTRA(p, start)));
    return checked(p, ast_With(p->arena, s, body, tc, EXTRA(p, start)));
}

/* invalid_except_stmt, after 'except' (at token index `after`):
 *   'except' '*'? expression ',' expressions ['as' NAME] ':'
 *   | 'except' '*'? expression ['as' NAME] NEWLINE | 'except' NEWLINE
 *   | 'except' '*' (NEWLINE | ':') */
static void invalid_except_stmt(parser *p, int after)
{
    p_reset(p, after);
    p_accept(p, TOK_STAR);
    ast_node *a = parse_expression(p);
    if (a) {
        int mark = p_mark(p);
        if (p_accept(p, TOK_COMMA) && parse_expressions(p)) {
            skip_as_name(p);
            if (p_at(p, TOK_COLON)) {
                p_next(p);
                p_raise_starting_from(p, a->lineno, a->col_offset, "multiple exception types must be parenthesized");
                return;
            }
        }
        if (p_error(p))
            return;
        p_reset(p, mark);
        skip_as_name(p);
        if (p_at(p, TOK_NEWLINE)) {
            p_next(p);
            p_raise_here(p, "expected ':'");
            return;
        }
    }
    if (p_error(p))
        return;
    p_reset(p, after);
    if (p_at(p, TOK_NEWLINE)) {
        p_next(p);
        p_raise_here(p, "expected ':'");
        return;
    }
    if (p_accept(p, TOK_STAR) && (p_at(p, TOK_NEWLINE) || p_at(p, TOK_COLON))) {
        p_next(p);
        p_raise_here(p, "expected one or more exception types");
    }
}

/* except_block / except_star_block:
 *   'except' ['*'] expression ['as' NAME] ':' block | 'except' ':' block */
static ast_node *parse_except(parser *p, bool star)
{
    int start = p_mark(p);
    token *kw = p_next(p);   /* 'except' */
    int after = p_mark(p);
    if (star == (p_accept(p, TOK_STAR) != NULL)) {
        ast_node *type = NULL;
        const char *name = NULL;
        bool ok = true;
        if (star || !p_at(p, TOK_COLON)) {
            type = parse_expression(p);
            ok = type != NULL;
            if (ok && p_at(p, TOK_KW_as) && p_peek_n(p, 1)->type == TOK_NAME) {
                p_next(p);
                if (!(name = accept_name(p)))
                    return NULL;
            }
        }
        if (ok) {
            /* invalid_except_stmt_indent / invalid_except_star_stmt_indent */
            if (check_missing_block(p, star ? "'except*' statement" : "'except' statement",
                                    kw->lineno))
                return NULL;
            if (p_accept(p, TOK_COLON)) {
                ast_seq *body = parse_block_seq(p);
                if (!body)
                    return NULL;
                return checked(p, ast_ExceptHandler(p->arena, type, name, body, EXTRA(p, start)));
            }
        }
    }
    if (p->call_invalid_rules && !p_error(p))
        invalid_except_stmt(p, after);
    return NULL;
}

/* invalid_try_stmt's last two rules, at an 'except' that the handlers
 * before it (star or not) did not take: mixing except and except*. */
static void invalid_mixed_except(parser *p, bool star)
{
    token *a = p_next(p);   /* 'except' */
    if (!star) {
        /* a='except' b='*' expression ['as' NAME] ':' */
        token *b = p_accept(p, TOK_STAR);
        if (!b || !parse_expression(p))
            return;
        skip_as_name(p);
        if (p_accept(p, TOK_COLON))
            p_raise_at(p, DIAG_SYNTAX_ERROR, a->lineno, a->col_offset, b->end_lineno,
                       b->end_col_offset, "cannot have both 'except' and 'except*' on the same 'try'");
        return;
    }
    /* a='except' [expression ['as' NAME]] ':' */
    int mark = p_mark(p);
    if (parse_expression(p)) {
        skip_as_name(p);
    } else {
        if (p_error(p))
            return;
        p_reset(p, mark);
    }
    if (p_accept(p, TOK_COLON))
        p_raise_token(p, a, "cannot have both 'except' and 'except*' on the same 'try'");
}

/* 'try' &&':' block (finally_block | except_block+ [else] [finally]
 * | except_star_block+ [else] [finally]) */
static ast_node *parse_try(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    if (check_missing_block(p, "'try' statement", p_token_at(p, start)->lineno))
        return NULL;
    if (!expect_forced(p, TOK_COLON, ":"))
        return NULL;
    ast_seq *body = parse_block_seq(p);
    if (!body)
        return NULL;
    if (p->call_invalid_rules && !p_at(p, TOK_KW_except) && !p_at(p, TOK_KW_finally))
        return p_raise_here(p, "expected 'except' or 'finally' block");
    /* the first handler decides between Try and TryStar */
    bool star = p_at(p, TOK_KW_except) && p_peek_n(p, 1)->type == TOK_STAR;
    ast_list handlers;
    ast_list_init(&handlers, p->arena);
    while (p_at(p, TOK_KW_except)) {
        int mark = p_mark(p);
        ast_node *h = parse_except(p, star);
        if (!h) {
            if (p_error(p))
                return NULL;
            p_reset(p, mark);
            if (p->call_invalid_rules && handlers.len) {
                invalid_mixed_except(p, star);
                if (p_error(p))
                    return NULL;
                p_reset(p, mark);
            }
            break;
        }
        if (!push(p, &handlers, h))
            return NULL;
    }
    ast_seq *orelse = NULL, *finalbody = NULL;
    if (handlers.len && !opt_else_block(p, &orelse))
        return NULL;
    token *fin = p_accept(p, TOK_KW_finally);
    if (fin) {
        /* invalid_finally_stmt */
        if (check_missing_block(p, "'finally' statement", fin->lineno))
            return NULL;
        if (!expect_forced(p, TOK_COLON, ":"))
            return NULL;
        if (!(finalbody = parse_block_seq(p)))
            return NULL;
    } else if (!handlers.len) {
        return NULL;
    }
    bool ok;
    ast_seq *hs = finish(p, &handlers, &ok);
    if (!ok)
        return NULL;
    if (star)
        return checked(p, ast_TryStar(p->arena, body, hs, orelse, finalbody, EXTRA(p, start)));
    return checked(p, ast_Try(p->arena, body, hs, orelse, finalbody, EXTRA(p, start)));
}

/* func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT.
 * False only on error; *text NULL when absent. */
static bool opt_func_type_comment(parser *p, const char **text)
{
    *text = NULL;
    if (p_at(p, TOK_NEWLINE) && p_peek_n(p, 1)->type == TOK_TYPE_COMMENT
        && p_peek_n(p, 2)->type == TOK_NEWLINE && p_peek_n(p, 3)->type == TOK_INDENT) {
        p_next(p);
        *text = type_comment_text(p, p_next(p));
        return *text != NULL;
    }
    if (p->call_invalid_rules && p_at(p, TOK_TYPE_COMMENT) && p_peek_n(p, 1)->type == TOK_NEWLINE
        && p_peek_n(p, 2)->type == TOK_TYPE_COMMENT && p_peek_n(p, 3)->type == TOK_NEWLINE
        && p_peek_n(p, 4)->type == TOK_INDENT) {
        p_raise_here(p, "Cannot have two type comments on def");
        return false;
    }
    return opt_type_comment(p, text);
}

/* [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':'
 * [func_type_comment] block; start is the 'async' or 'def' token. */
static ast_node *parse_funcdef(parser *p, int start, bool is_async, ast_seq *decorators)
{
    token *kw = p_next(p);   /* 'def' */
    const char *name = accept_name(p);
    if (!name || !expect_forced(p, TOK_LPAR, "("))
        return NULL;
    ast_node *args = parse_params(p, false);
    if (!args || !p_accept(p, TOK_RPAR))
        return NULL;
    ast_node *returns = NULL;
    if (p_at(p, TOK_RARROW)) {
        int mark = p_mark(p);
        p_next(p);
        returns = parse_expression(p);
        if (!returns) {
            if (p_error(p))
                return NULL;
            p_reset(p, mark);
        }
    }
    const char *tc;
    if (check_missing_block(p, "function definition", kw->lineno))
        return NULL;
    if (!expect_forced(p, TOK_COLON, ":") || !opt_func_type_comment(p, &tc))
        return NULL;
    ast_seq *body = parse_block_seq(p);
    if (!body)
        return NULL;
    if (is_async)
        return checked(p, ast_AsyncFunctionDef(p->arena, name, args, body, decorators, returns, tc,
                                    EXTRA(p, start)));
    return checked(p, ast_FunctionDef(p->arena, name, args, body, decorators, returns, tc, EXTRA(p, start)));
}

/* 'class' NAME ['(' [arguments] ')'] ':' block */
static ast_node *parse_classdef(parser *p, ast_seq *decorators)
{
    int start = p_mark(p);
    p_next(p);
    const char *name = accept_name(p);
    if (!name)
        return NULL;
    ast_seq *bases = NULL, *keywords = NULL;
    if (p_at(p, TOK_LPAR)) {
        int mark = p_mark(p);
        p_next(p);
        if (!parse_call_args(p, &bases, &keywords) || !p_accept(p, TOK_RPAR)) {
            if (p_error(p))
                return NULL;
            p_reset(p, mark);   /* the optional part fails; the statement will */
        }
    }
    if (check_missing_colon(p)
        || check_missing_block(p, "class definition", p_token_at(p, start)->lineno))
        return NULL;
    if (!p_accept(p, TOK_COLON))
        return NULL;
    ast_seq *body = parse_block_seq(p);
    if (!body)
        return NULL;
    return checked(p, ast_ClassDef(p->arena, name, bases, keywords, body, decorators, EXTRA(p, start)));
}

/* decorators: ('@' named_expression NEWLINE)+, then the def or class they
 * decorate, whose position starts at 'def' / 'async' / 'class'. */
static ast_node *parse_decorated(parser *p)
{
    ast_list decs;
    ast_list_init(&decs, p->arena);
    while (p_accept(p, TOK_AT)) {
        ast_node *d = parse_named_expression(p);
        if (!d || !p_accept(p, TOK_NEWLINE) || !push(p, &decs, d))
            return NULL;
    }
    bool ok;
    ast_seq *ds = finish(p, &decs, &ok);
    if (!ok)
        return NULL;
    int start = p_mark(p);
    if (p_at(p, TOK_KW_def))
        return parse_funcdef(p, start, false, ds);
    if (p_at(p, TOK_KW_async) && p_peek_n(p, 1)->type == TOK_KW_def) {
        p_next(p);
        return parse_funcdef(p, start, true, ds);
    }
    if (p_at(p, TOK_KW_class))
        return parse_classdef(p, ds);
    return NULL;
}

/* 'async' followed by def, with or for. */
static ast_node *parse_async(parser *p)
{
    int start = p_mark(p);
    p_next(p);
    switch (p_type(p)) {
    case TOK_KW_def: return parse_funcdef(p, start, true, NULL);
    case TOK_KW_with: return parse_with(p, start, true);
    case TOK_KW_for: return parse_for(p, start, true);
    default: return NULL;
    }
}

/* compound_stmt, or NULL with no error when the next token starts none
 * (and nothing was consumed). */
static ast_node *parse_compound_stmt(parser *p)
{
    int start = p_mark(p);
    switch (p_type(p)) {
    case TOK_KW_def: return parse_funcdef(p, start, false, NULL);
    case TOK_KW_if: return parse_if(p);
    case TOK_KW_class: return parse_classdef(p, NULL);
    case TOK_KW_with: return parse_with(p, start, false);
    case TOK_KW_for: return parse_for(p, start, false);
    case TOK_KW_try: return parse_try(p);
    case TOK_KW_while: return parse_while(p);
    case TOK_AT: return parse_decorated(p);
    case TOK_KW_async: return parse_async(p);
    default: break;
    }
    if (p_at_soft(p, "match")) {
        ast_node *m = parse_match_stmt(p);
        if (m || p_error(p))
            return m;
        p_reset(p, start);
    }
    return NULL;
}

/* Does the next token start a compound statement (other than match)? */
static bool at_compound_keyword(parser *p)
{
    switch (p_type(p)) {
    case TOK_KW_def: case TOK_KW_if: case TOK_KW_class: case TOK_KW_with:
    case TOK_KW_for: case TOK_KW_try: case TOK_KW_while: case TOK_AT:
    case TOK_KW_async:
        return true;
    default:
        return false;
    }
}

/* statement: compound_stmt | simple_stmts, appended to out. */
static bool parse_statement(parser *p, ast_list *out)
{
    if (!p_enter(p))
        return false;
    bool keyword = at_compound_keyword(p);
    int mark = p_mark(p);
    ast_node *s = parse_compound_stmt(p);
    bool ok;
    if (s) {
        ok = push(p, out, s);
    } else if (keyword || p_error(p)) {
        ok = false;   /* no simple statement starts with these keywords */
    } else {
        p_reset(p, mark);
        ok = parse_simple_stmts(p, out);
    }
    p_leave(p);
    return ok;
}

/* -- Entry points ---------------------------------------------------------- */

/* file: [statements] ENDMARKER */
ast_node *parse_file_input(parser *p)
{
    ast_list body;
    ast_list_init(&body, p->arena);
    if (!parse_statements(p, &body) && p_error(p))
        return NULL;
    if (!p_accept(p, TOK_ENDMARKER))
        return NULL;
    bool ok;
    ast_seq *stmts = finish(p, &body, &ok);
    if (!ok)
        return NULL;
    ast_seq *ignores = finish(p, &p->type_ignores, &ok);
    if (!ok)
        return NULL;
    ast_node *m = ast_Module(p->arena, stmts, ignores);
    if (!m)
        return p_no_memory(p);
    return m;
}

/* expressions: expression (',' expression)* [','] -- a Tuple when a comma. */
static ast_node *parse_expressions(parser *p)
{
    int start = p_mark(p);
    ast_node *e = parse_expression(p);
    if (!e || !p_at(p, TOK_COMMA))
        return e;
    ast_list elts;
    ast_list_init(&elts, p->arena);
    if (!push(p, &elts, e))
        return NULL;
    while (p_accept(p, TOK_COMMA)) {
        int mark = p_mark(p);
        ast_node *x = parse_expression(p);
        if (!x) {
            if (p_error(p))
                return NULL;
            p_reset(p, mark);   /* a trailing comma */
            break;
        }
        if (!push(p, &elts, x))
            return NULL;
    }
    bool ok;
    ast_seq *s = finish(p, &elts, &ok);
    if (!ok)
        return NULL;
    return checked(p, ast_Tuple(p->arena, s, AST_CTX_Load, EXTRA(p, start)));
}

/* NEWLINE* ENDMARKER, the end of eval and func_type input. */
static bool at_end_of_input(parser *p)
{
    while (p_accept(p, TOK_NEWLINE))
        ;
    return p_accept(p, TOK_ENDMARKER) != NULL;
}

/* eval: expressions NEWLINE* ENDMARKER */
ast_node *parse_eval_input(parser *p)
{
    ast_node *e = parse_expressions(p);
    if (!e || !at_end_of_input(p))
        return NULL;
    ast_node *m = ast_Expression(p->arena, e);
    if (!m)
        return p_no_memory(p);
    return m;
}

/* interactive: statement_newline:
 *   compound_stmt NEWLINE | simple_stmts | NEWLINE (a Pass) | ENDMARKER */
ast_node *parse_interactive_input(parser *p)
{
    ast_list body;
    ast_list_init(&body, p->arena);
    int start = p_mark(p);
    if (p_at(p, TOK_ENDMARKER))
        return NULL;
    if (p_accept(p, TOK_NEWLINE)) {
        ast_node *s = checked(p, ast_Pass(p->arena, EXTRA(p, start)));
        if (!s || !push(p, &body, s))
            return NULL;
    } else {
        ast_node *s = parse_compound_stmt(p);
        if (s) {
            if (!p_accept(p, TOK_NEWLINE) || !push(p, &body, s))
                return NULL;
        } else {
            if (p_error(p))
                return NULL;
            p_reset(p, start);
            if (!parse_simple_stmts(p, &body))
                return NULL;
        }
    }
    bool ok;
    ast_seq *stmts = finish(p, &body, &ok);
    if (!ok)
        return NULL;
    ast_node *m = ast_Interactive(p->arena, stmts);
    if (!m)
        return p_no_memory(p);
    return m;
}

/* type_expressions: ','.expression+ [',' '*' expression] [',' '**' expression],
 * or the starred parts alone; the stars are dropped from the result. */
static bool parse_type_expressions(parser *p, ast_list *out)
{
    /* 0: plain expressions, 1: after '*', 2: after '**' */
    int stage = 0;
    for (;;) {
        int next = stage;
        if (p_accept(p, TOK_STAR)) {
            if (stage >= 1)
                return false;
            next = 1;
        } else if (p_accept(p, TOK_DOUBLESTAR)) {
            next = 2;
        } else if (stage >= 1) {
            return false;
        }
        ast_node *e = parse_expression(p);
        if (!e || !push(p, out, e))
            return false;
        stage = next;
        if (stage == 2 || !p_at(p, TOK_COMMA))
            return true;
        p_next(p);
    }
}

/* func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
ast_node *parse_func_type_input(parser *p)
{
    ast_list types;
    ast_list_init(&types, p->arena);
    if (!p_accept(p, TOK_LPAR))
        return NULL;
    if (!p_at(p, TOK_RPAR) && !parse_type_expressions(p, &types))
        return NULL;
    if (!p_accept(p, TOK_RPAR) || !p_accept(p, TOK_RARROW))
        return NULL;
    ast_node *returns = parse_expression(p);
    if (!returns || !at_end_of_input(p))
        return NULL;
    bool ok;
    ast_seq *argtypes = finish(p, &types, &ok);
    if (!ok)
        return NULL;
    ast_node *m = ast_FunctionType(p->arena, argtypes, returns);
    if (!m)
        return p_no_memory(p);
    return m;
}
