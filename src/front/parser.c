/* The parser core: the token buffer the recursive-descent functions read
 * through (p_peek/p_next, with p_mark/p_reset for backtracking), node
 * positions, the recursion guard, identifiers, error raising, and the driver
 * that reproduces CPython 3.11's error reporting:
 *
 *   pass 1: parse with the valid grammar only. Success ends here.
 *   pass 2: on failure, parse again from the first token with
 *           p->call_invalid_rules set, so the checks behind CPython's
 *           specific messages run ("cannot assign to literal", ...).
 *   finish: if pass 2 raised nothing, raise the generic error at the
 *           farthest token pass 1 fetched ("invalid syntax", or "unexpected
 *           indent" at an INDENT); then tokenize the rest of the source,
 *           because a tokenizer error there (an unterminated string, or an
 *           unclosed bracket opened on an earlier line) is what CPython
 *           reports instead.
 * Tokens are fetched lazily, as CPython does, so a tokenizer error is raised
 * only when the parser reaches it. */
#include "parser_internal.h"
#include "../unicode/unicode.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define TOKEN_BLOCK 256
#define STACK_LIMIT (6u * 1024 * 1024)  /* C stack the parser may use (main thread has 8 MiB) */

/* -- Token buffer --------------------------------------------------------- */

static token *new_token(parser *p)
{
    if (!p->nspare) {
        p->spare = arena_alloc(p->arena, TOKEN_BLOCK * sizeof(token));
        if (!p->spare)
            return NULL;
        p->nspare = TOKEN_BLOCK;
    }
    p->nspare--;
    return p->spare++;
}

static int push_token(parser *p, token *t)
{
    if (p->ntokens == p->cap) {
        int ncap = p->cap ? p->cap * 2 : 1024;
        token **n = realloc(p->tokens, (size_t)ncap * sizeof(token *));
        if (!n)
            return -1;
        p->tokens = n;
        p->cap = ncap;
    }
    p->tokens[p->ntokens++] = t;
    return 0;
}

/* "# type: ignore[tag]" comments become TypeIgnore nodes of the module. */
static int collect_type_ignore(parser *p, token *t)
{
    const char *tag = arena_strndup(p->arena, t->start, (size_t)t->len);
    if (!tag)
        return -1;
    ast_node *n = ast_TypeIgnore(p->arena, t->lineno, tag);
    if (!n || ast_list_push(&p->type_ignores, n) < 0)
        return -1;
    return 0;
}

/* Fetch one more token into the buffer. After an error, the ERRORTOKEN is
 * repeated instead of asking the tokenizer again. */
static token *fetch(parser *p)
{
    if (p->tok_failed)
        return p->tokens[p->ntokens - 1];
    token *t = new_token(p);
    if (!t) {
        p_no_memory(p);
        static token oom = { .type = TOK_ERRORTOKEN };
        return &oom;
    }
    for (;;) {
        tok_next(p->tok, t);
        if (t->type != TOK_TYPE_IGNORE)
            break;
        if (collect_type_ignore(p, t) < 0) {
            p_no_memory(p);
            t->type = TOK_ERRORTOKEN;
            break;
        }
    }
    if (t->type == TOK_ERRORTOKEN) {
        p->tok_failed = 1;
        if (p->err->type == DIAG_NONE)
            p_raise_here(p, "invalid token");
    }
    /* 'single' input: as CPython's parser, the first ENDMARKER after some
     * tokens becomes a NEWLINE, which a compound statement ending the
     * input needs (its rule is compound_stmt NEWLINE) */
    if (p->mode == PARSE_SINGLE && !p->outer) {
        if (t->type == TOK_ENDMARKER && p->single_started) {
            t->type = TOK_NEWLINE;
            p->single_started = 0;
            tok_imply_dedents(p->tok);
        } else {
            p->single_started = 1;
        }
    }
    if (push_token(p, t) < 0) {
        p_no_memory(p);
        p->tok_failed = 1;
        t->type = TOK_ERRORTOKEN;
    }
    return t;
}

token *p_peek_n(parser *p, int k)
{
    while (p->pos + k >= p->ntokens) {
        token *t = fetch(p);
        if (t->type == TOK_ERRORTOKEN || t->type == TOK_ENDMARKER) {
            if (p->pos + k >= p->ntokens)
                return t;
        }
    }
    return p->tokens[p->pos + k];
}

token *p_next(parser *p)
{
    token *t = p_peek(p);
    if (t->type != TOK_ERRORTOKEN && p->pos < p->ntokens)
        p->pos++;
    return t;
}

token *p_accept(parser *p, int type)
{
    token *t = p_peek(p);
    if (t->type != type)
        return NULL;
    p->pos++;
    return t;
}

bool p_at_soft(parser *p, const char *word)
{
    token *t = p_peek(p);
    size_t n = strlen(word);
    return t->type == TOK_NAME && (size_t)t->len == n && memcmp(t->start, word, n) == 0;
}

token *p_last(parser *p)
{
    return p->pos > 0 ? p->tokens[p->pos - 1] : p_peek(p);
}

/* -- Positions ------------------------------------------------------------- */

static token *last_non_whitespace(parser *p)
{
    for (int i = p->pos - 1; i >= 0; i--) {
        int ty = p->tokens[i]->type;
        if (ty != TOK_NEWLINE && ty != TOK_INDENT && ty != TOK_DEDENT && ty != TOK_ENDMARKER)
            return p->tokens[i];
    }
    return p->ntokens ? p->tokens[0] : NULL;
}

void p_end_pos(parser *p, int *end_lineno, int *end_col_offset)
{
    token *t = last_non_whitespace(p);
    *end_lineno = t ? t->end_lineno : 1;
    *end_col_offset = t ? t->end_col_offset : 0;
}

int p_end_lineno(parser *p)
{
    token *t = last_non_whitespace(p);
    return t ? t->end_lineno : 1;
}

int p_end_col(parser *p)
{
    token *t = last_non_whitespace(p);
    return t ? t->end_col_offset : 0;
}

/* -- Recursion guard ------------------------------------------------------- */

bool p_enter(parser *p)
{
    char here;
    size_t used = p->stack_base > &here ? (size_t)(p->stack_base - &here) : 0;
    if (++p->level > PARSER_MAX_DEPTH || used > STACK_LIMIT) {
        if (!p_error(p))
            diag_no_memory(p->err);
        return false;
    }
    return true;
}

/* -- Errors ---------------------------------------------------------------- */

static void *raise_va(parser *p, int type, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, va_list ap)
{
    if (p_error(p))
        return NULL;
    char msg[1024];
    /* CPython's f-string sub-parser prefixes its own errors and measures
     * columns from the fragment's start */
    const char *prefix = p->outer ? "f-string: " : "";
    size_t pl = strlen(prefix);
    memcpy(msg, prefix, pl);
    vsnprintf(msg + pl, sizeof msg - pl, fmt, ap);
    if (p->outer) {
        if (col >= 0)
            col -= p->starting_col_offset;
        if (end_col >= 0)
            end_col -= p->starting_col_offset;
    }
    char *line = tok_error_line(p->tok, lineno);
    /* CPython converts byte columns to characters only when the source
     * declared an encoding (or came as a str) */
    if (tok_encoding_declared(p->tok)) {
        diag_raise(p->err, type, line, lineno, col, end_lineno, end_col, "%s", msg);
    } else {
        diag_raise_raw(p->err, type, NULL, lineno, col >= 0 ? col + 1 : 0, end_lineno,
                       end_col >= 0 ? end_col + 1 : 0, msg);
    }
    if (line) {
        /* the text exactly as CPython shows it (newline included) */
        free(p->err->text);
        p->err->text = line;
    }
    return NULL;
}

void *p_raise_at(parser *p, int type, int lineno, int col, int end_lineno, int end_col,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, type, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *p_raise_node(parser *p, ast_node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, DIAG_SYNTAX_ERROR, n->lineno, n->col_offset, n->end_lineno, n->end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

void *p_raise_range(parser *p, ast_node *a, ast_node *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, DIAG_SYNTAX_ERROR, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

void *p_raise_token(parser *p, token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, DIAG_SYNTAX_ERROR, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

/* CPython's _PyPegen_raise_error: at the last token fetched; a token
 * without a column (INDENT, DEDENT, ENDMARKER) is placed where the
 * tokenizer stands. */
static void raise_at_last_fetched(parser *p, int type, const char *fmt, va_list ap)
{
    token *t = p->tokens[p->ntokens - 1];
    int col = t->col_offset >= 0 ? t->col_offset : tok_cur_col(p->tok) - 1;
    bool had_error = p_error(p);
    raise_va(p, type, t->lineno, col, t->end_lineno, t->end_col_offset, fmt, ap);
    /* a token without an end column leaves SyntaxError.end_offset at -1
     * here (only errors at a known location add 1 to it, giving 0) */
    if (!had_error && t->end_col_offset < 0 && p->err->type != DIAG_MEMORY_ERROR)
        p->err->end_offset = -1;
}

static void raise_here_typed(parser *p, int type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at_last_fetched(p, type, fmt, ap);
    va_end(ap);
}

void *p_raise_here(parser *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (p->ntokens == 0) {
        raise_va(p, DIAG_SYNTAX_ERROR, 0, 0, 0, -1, fmt, ap);
    } else {
        raise_at_last_fetched(p, DIAG_SYNTAX_ERROR, fmt, ap);
    }
    va_end(ap);
    return NULL;
}

void *p_raise_starting_from(parser *p, int lineno, int col, const char *msg)
{
    token *last = p->tokens[p->ntokens - 1];
    return p_raise_at(p, DIAG_SYNTAX_ERROR, lineno, col, last->end_lineno,
                      tok_cur_col(p->tok) - 1, "%s", msg);
}

void *p_no_memory(parser *p)
{
    diag_no_memory(p->err);
    return NULL;
}

/* -- Identifiers ----------------------------------------------------------- */

const char *p_identifier(parser *p, token *t)
{
    bool ascii = true;
    for (int i = 0; i < t->len; i++) {
        if ((unsigned char)t->start[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        const char *s = arena_strndup(p->arena, t->start, (size_t)t->len);
        return s ? s : p_no_memory(p);
    }
    size_t n;
    char *norm = uni_nfkc(t->start, (size_t)t->len, &n);
    if (!norm)
        return p_no_memory(p);
    const char *s = arena_strndup(p->arena, norm, n);
    free(norm);
    return s ? s : p_no_memory(p);
}

ast_node *p_name_node(parser *p, token *t, int ctx)
{
    const char *id = p_identifier(p, t);
    if (!id)
        return NULL;
    ast_node *n = ast_Name(p->arena, id, ctx, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
    return n ? n : p_no_memory(p);
}

/* -- Set-up ---------------------------------------------------------------- */

void p_init(parser *p, tokenizer *t, ast_arena *arena, diag *err, const char *filename,
            int mode, int flags)
{
    char here;
    memset(p, 0, sizeof *p);
    p->tok = t;
    p->arena = arena;
    p->err = err;
    p->filename = filename;
    p->mode = mode;
    p->flags = flags;
    p->stack_base = &here;
    ast_list_init(&p->type_ignores, arena);
}

void p_init_sub(parser *sub, parser *outer, tokenizer *t)
{
    p_init(sub, t, outer->arena, outer->err, outer->filename, outer->mode, outer->flags);
    sub->outer = outer;
    /* a fresh parser with its own two passes, as CPython's */
    sub->stack_base = outer->stack_base;
}

void p_fini(parser *p)
{
    free(p->tokens);
    p->tokens = NULL;
    p->ntokens = p->cap = 0;
}

/* -- The driver ------------------------------------------------------------ */

static ast_node *run_rule(parser *p)
{
    if (p->outer)   /* an f-string replacement field: CPython's fstring rule */
        return parse_star_expressions(p);
    switch (p->mode) {
    case PARSE_EVAL: return parse_eval_input(p);
    case PARSE_SINGLE: return parse_interactive_input(p);
    case PARSE_FUNC_TYPE: return parse_func_type_input(p);
    default: return parse_file_input(p);
    }
}

/* After a parser error: tokenize the rest of the input; a raised tokenizer
 * error replaces the parser's, and so does an unclosed bracket opened on a
 * line before the error's (CPython's
 * _PyPegen_tokenize_full_source_to_check_for_errors). */
static void check_rest_of_source(parser *p, int err_line)
{
    if (p->tok_failed)
        return;
    diag saved = *p->err;
    diag_init(p->err);
    token t;
    for (;;) {
        int ty = tok_next(p->tok, &t);
        if (ty == TOK_ENDMARKER)
            break;
        if (ty != TOK_ERRORTOKEN)
            continue;
        if (tok_error_kind(p->tok) == TOKERR_RAISED || p->err->type == DIAG_MEMORY_ERROR) {
            diag_clear(&saved);
            return;
        }
        /* an error the tokenizer only signals (EOF, indentation, line
         * continuation) counts when a bracket opened before the error's
         * line is still open */
        int bl, bc;
        if (tok_open_bracket(p->tok, &bl, &bc) && err_line > bl) {
            diag_clear(p->err);
            tok_raise_unclosed(p->tok);
            diag_clear(&saved);
            return;
        }
        break;
    }
    diag_clear(p->err);
    *p->err = saved;
}

static void raise_generic(parser *p, token *last)
{
    if (!last) {
        p_raise_at(p, DIAG_SYNTAX_ERROR, 0, 0, 0, -1, "error at start before reading any input");
        return;
    }
    if (last->type == TOK_INDENT) {
        raise_here_typed(p, DIAG_INDENTATION_ERROR, "unexpected indent");
    } else if (last->type == TOK_DEDENT) {
        raise_here_typed(p, DIAG_INDENTATION_ERROR, "unexpected unindent");
    } else {
        p_raise_token(p, last, "invalid syntax");
        check_rest_of_source(p, p->tokens[p->ntokens - 1]->lineno);
    }
}

ast_node *p_parse(parser *p)
{
    ast_node *res = run_rule(p);
    if (res || p->err->type == DIAG_MEMORY_ERROR)
        return res;
    token *last = p->ntokens ? p->tokens[p->ntokens - 1] : NULL;
    bool had_error = p_error(p);
    if (!had_error) {
        /* second pass, with the invalid_ rules */
        p->pos = 0;
        p->level = 0;
        p->call_invalid_rules = 1;
        p->memo = NULL;   /* pass 1 remembered failures only; pass 2 starts afresh */
        ast_list_init(&p->type_ignores, p->arena);
        run_rule(p);
    }
    if (p_error(p)) {
        if (!p->tok_failed && p->err->type != DIAG_MEMORY_ERROR &&
            p->err->type != DIAG_RECURSION_ERROR) {
            /* CPython compares with the farthest token fetched by now */
            check_rest_of_source(p, p->ntokens ? p->tokens[p->ntokens - 1]->lineno : 0);
        }
        return NULL;
    }
    raise_generic(p, last);
    return NULL;
}

/* 'single' input must hold one statement: after it, only blank lines,
 * whitespace and comments may follow. Checked on the unread text, as
 * CPython does (so a tokenizer error further on is not reported). */
static bool bad_single_statement(parser *p)
{
    size_t n;
    const char *s = tok_unread(p->tok, &n), *end = s + n;
    while (s < end) {
        char c = *s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
            s++;
        } else if (c == '#') {
            while (s < end && *s != '\n')
                s++;
        } else {
            return true;
        }
    }
    return false;
}

ast_node *parse_source(const char *bytes, size_t len, const char *filename,
                       int mode, int flags, ast_arena *arena, diag *err)
{
    return parse_source_ex(bytes, len, filename, mode, flags, arena, err, NULL, NULL);
}

ast_node *parse_source_ex(const char *bytes, size_t len, const char *filename,
                          int mode, int flags, ast_arena *arena, diag *err,
                          parse_warning_fn warn, void *warn_ctx)
{
    int tflags = 0;
    if (flags & PARSE_TYPE_COMMENTS)
        tflags |= TOK_FLAG_TYPE_COMMENTS;
    if (flags & PARSE_STRING_INPUT)
        tflags |= TOK_FLAG_STRING_INPUT;
    if (flags & PARSE_UTF8_INPUT)
        tflags |= TOK_FLAG_UTF8 | TOK_FLAG_STRING_INPUT;
    if ((tflags & TOK_FLAG_STRING_INPUT) && (mode == PARSE_EVAL || mode == PARSE_SINGLE))
        tflags |= TOK_FLAG_NO_FINAL_NEWLINE;
    tokenizer *t = tok_new(bytes, len, filename, tflags, err);
    if (!t)
        return NULL;
    if (warn)
        tok_set_warning_handler(t, warn, warn_ctx);
    parser p;
    p_init(&p, t, arena, err, filename, mode, flags);
    ast_node *res = p_parse(&p);
    if (res && mode == PARSE_SINGLE && bad_single_statement(&p)) {
        p_raise_here(&p, "multiple statements found while compiling a single statement");
        res = NULL;
    }
    if (!res && err->type == DIAG_NONE)
        diag_no_memory(err);
    if (err->type != DIAG_NONE && !err->filename && filename)
        err->filename = strdup(filename);
    p_fini(&p);
    tok_free(t);
    return res;
}
