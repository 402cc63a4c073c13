/* Shared state and helpers of the parser's files:
 *   parser.c          core: token buffer, backtracking, the two passes, error
 *                     finishing (generic "invalid syntax", unclosed brackets),
 *                     identifiers, recursion limit, f-string sub-parsers
 *   parser_expr.c     expressions, call arguments, slices, targets, numbers
 *   parser_params.c   parameter lists of def and lambda
 *   parser_stmt.c     statements, blocks, def/class/import/with/try/...
 *   parser_pattern.c  the match statement and its patterns
 *   parser_string.c   string literals, implicit concatenation, f-strings
 *
 * Conventions (as in CPython's pegen):
 * - A parse function returns the node it built, or NULL. NULL with
 *   p_error(p) false means "no match here": the caller may p_reset() and try
 *   something else. NULL with p_error(p) true is fatal: return NULL at once.
 * - p->call_invalid_rules is 0 on the first pass and 1 on the second. The
 *   checks that produce CPython's specific messages (its "invalid_*" rules)
 *   run only when it is set, at the point where the matching CPython rule
 *   would be tried; they raise with p_raise*(), which makes the error fatal.
 * - Node positions: start = first token's (lineno, col_offset), end = the end
 *   of the last token consumed that is not NEWLINE/INDENT/DEDENT (p_end_pos).
 */
#ifndef TAIPAN_PARSER_INTERNAL_H
#define TAIPAN_PARSER_INTERNAL_H
#include <stdbool.h>
#include "parser.h"
#include "tokenizer.h"

#define PARSER_MAX_DEPTH 6000   /* as CPython's MAXSTACK: beyond it, MemoryError */

typedef struct parser {
    tokenizer *tok;
    token **tokens;       /* every token fetched so far; the tokens themselves
                             never move, so a token * stays valid */
    int ntokens, cap;
    token *spare;         /* a block of fresh tokens to hand out */
    int nspare;
    int pos;              /* index of the next token to consume */
    ast_arena *arena;
    diag *err;
    const char *filename;
    int mode, flags;      /* parse_mode, PARSE_* flags */
    int level;            /* recursion depth, see p_enter */
    int call_invalid_rules;
    int tok_failed;       /* the tokenizer returned ERRORTOKEN */
    struct ast_list type_ignores;   /* TypeIgnore nodes seen (# type: ignore) */
    /* for f-string sub-parsers: positions are already file positions */
    struct parser *outer;
    char *stack_base;     /* C stack address at the start, for the depth guard */
    int starting_col_offset;  /* sub-parsers: file column of the fragment's '(' */
    void *memo;           /* parser_expr.c: second-pass memo of expression
                             results by position (NULL until used) */
    int single_started;   /* 'single' mode: a token was fetched since the last
                             ENDMARKER turned NEWLINE (see fetch) */
} parser;

/* A parser over tokenizer t (set up by the caller), for the given mode and
 * PARSE_* flags; p_fini frees what p_init allocated (not the tokenizer). */
void p_init(parser *p, tokenizer *t, ast_arena *arena, diag *err, const char *filename,
            int mode, int flags);
void p_fini(parser *p);
/* A sub-parser (f-string expressions) sharing outer's arena, diag, filename
 * and flags, over tokenizer t. */
void p_init_sub(parser *sub, parser *outer, tokenizer *t);
static inline void p_fini_sub(parser *sub) { p_fini(sub); }
/* Runs the start rule for p->mode with CPython's two-pass error handling
 * (see parser.c); sub-parsers may use it too. */
ast_node *p_parse(parser *p);

/* -- Tokens ---------------------------------------------------------------- */

/* The token at pos+k (k = 0: the next one). Never NULL: on a tokenizer error
 * it returns a token of type TOK_ERRORTOKEN and p_error(p) becomes true. */
token *p_peek_n(parser *p, int k);
static inline token *p_peek(parser *p) { return p_peek_n(p, 0); }
static inline int p_type(parser *p) { return p_peek(p)->type; }
static inline bool p_at(parser *p, int type) { return p_peek(p)->type == type; }
/* Consumes and returns the next token. */
token *p_next(parser *p);
/* Consumes the next token if it has this type; NULL otherwise (no error). */
token *p_accept(parser *p, int type);
/* Is the next token the NAME `word` (a soft keyword: match, case, _)? */
bool p_at_soft(parser *p, const char *word);
/* The last token consumed (p->pos - 1). */
token *p_last(parser *p);

static inline int p_mark(parser *p) { return p->pos; }
static inline void p_reset(parser *p, int mark) { p->pos = mark; }
static inline bool p_error(parser *p) { return p->err->type != DIAG_NONE; }

/* End position for a node that ends at the last consumed token, skipping
 * NEWLINE, INDENT and DEDENT tokens (CPython's last non-whitespace token). */
void p_end_pos(parser *p, int *end_lineno, int *end_col_offset);

/* Start position of the token at index `mark`. */
static inline token *p_token_at(parser *p, int mark) { return p->tokens[mark]; }

/* Shorthand for constructor position arguments: a node that starts at token
 * index START and ends at the last consumed token. Use as
 *   int el, ec; p_end_pos(p, &el, &ec);
 *   ast_BinOp(p->arena, l, op, r, POS_START(p, start), el, ec) */
#define POS_START(p, mark) (p)->tokens[mark]->lineno, (p)->tokens[mark]->col_offset
/* Start and end from a token index and the last consumed token. */
#define EXTRA(p, mark) POS_START(p, mark), p_end_lineno(p), p_end_col(p)
int p_end_lineno(parser *p);
int p_end_col(parser *p);

/* -- Recursion ------------------------------------------------------------- */

/* Call on entry to any function that can recurse; false (MemoryError set,
 * as CPython 3.11 does) when nesting is too deep. Pair with p_leave. */
bool p_enter(parser *p);
static inline void p_leave(parser *p) { p->level--; }

/* -- Errors ---------------------------------------------------------------- */

/* Raise a SyntaxError (or IndentationError/TabError by type) spanning from
 * (lineno, col) to (end_lineno, end_col), byte columns, -1 for none. Always
 * returns NULL so callers can `return p_raise_at(...)`. The line text is
 * taken from the tokenizer. */
void *p_raise_at(parser *p, int type, int lineno, int col, int end_lineno, int end_col,
                 const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* ...spanning a node (RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE). */
void *p_raise_node(parser *p, ast_node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void *p_raise_range(parser *p, ast_node *a, ast_node *b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* ...at a token (start to end of the token). */
void *p_raise_token(parser *p, token *t, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* RAISE_SYNTAX_ERROR: at the last token fetched (CPython: p->tokens[p->fill-1]). */
void *p_raise_here(parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* RAISE_SYNTAX_ERROR_STARTING_FROM: from (lineno, col) to where the
 * tokenizer stands. */
void *p_raise_starting_from(parser *p, int lineno, int col, const char *msg);
void *p_no_memory(parser *p);

/* -- Identifiers and strings ----------------------------------------------- */

/* A NAME token's text as an identifier: arena copy, NFKC-normalised when it
 * is not ASCII. NULL on out of memory (error set). */
const char *p_identifier(parser *p, token *t);
/* A Name(id, ctx) node for a NAME token. */
ast_node *p_name_node(parser *p, token *t, int ctx);

/* -- Entry points of each file --------------------------------------------- */

/* parser_expr.c */
ast_node *parse_expression(parser *p);          /* expression */
ast_node *parse_named_expression(parser *p);    /* named_expression */
ast_node *parse_star_expressions(parser *p);    /* star_expressions (Tuple when a comma) */
ast_node *parse_star_named_expression(parser *p);
ast_node *parse_yield_expr(parser *p);          /* yield_expr; NULL (no error) when not at 'yield' */
ast_node *parse_disjunction(parser *p);
ast_node *parse_bitwise_or(parser *p);
ast_node *parse_primary(parser *p);             /* primary (atom with trailers) */
ast_node *parse_atom(parser *p);
ast_node *parse_star_targets(parser *p);        /* star_targets, Store ctx */
ast_node *parse_star_target(parser *p);         /* one star_target (a `with ... as` target) */
/* del_targets: returns a Tuple (Del) whose elts are the Delete's targets;
 * the wrapper itself is not part of the tree (`del a, b` -> targets [a, b]). */
ast_node *parse_del_targets(parser *p);
ast_node *parse_single_target(parser *p);       /* single_target (augassign / annassign) */
/* Convert an expression that was parsed as a load into an assignment target
 * (ctx Store or Del), recursively through Tuple/List/Starred. Returns e, or
 * NULL (no error) when e is not a valid target. */
ast_node *p_set_context(parser *p, ast_node *e, int ctx);
/* The sub-expression that makes e an invalid target of kind ctx (CPython's
 * _PyPegen_get_invalid_target), or NULL when e is valid. */
ast_node *p_invalid_target(ast_node *e, int ctx);
/* ctx value for p_invalid_target: a `for` target, where `a in b` was parsed
 * as a comparison and its left side is the target (CPython's FOR_TARGETS). */
#define P_FOR_TARGETS 4
/* CPython's name for the kind of expression e ("literal", "function call",
 * "comparison", ...), for "cannot assign to %s". */
const char *p_expr_name(ast_node *e);
/* Call arguments after a consumed '(' (CPython's `[arguments]`: args [','],
 * followed by ')'), used for calls and for the bases of `class C(...)`.
 * Does not consume the ')'. Returns 1 with *args / *keywords set (NULL when
 * empty, e.g. right at ')'), 0 on no match or error (see p_error). */
int parse_call_args(parser *p, ast_seq **args, ast_seq **keywords);
/* A NUMBER token as a Constant value; false (error set) when invalid. */
bool p_number_value(parser *p, token *t, ast_constant *out);

/* parser_params.c: the parameters of `def f(...)` (stop at ')') when
 * is_lambda is 0, of `lambda ...:` (stop at ':') when 1. Always returns an
 * `arguments` node (possibly all empty), NULL on a syntax error. */
ast_node *parse_params(parser *p, bool is_lambda);

/* parser_stmt.c */
ast_node *parse_file_input(parser *p);          /* Module */
ast_node *parse_interactive_input(parser *p);   /* Interactive */
ast_node *parse_eval_input(parser *p);          /* Expression */
ast_node *parse_func_type_input(parser *p);     /* FunctionType */
/* block: NEWLINE INDENT statements DEDENT | simple_stmts. parse_block_seq
 * returns the block's statements (never empty on success); parse_block
 * returns only its first statement (a convenience). */
ast_node *parse_block(parser *p);
ast_seq *parse_block_seq(parser *p);

/* parser_pattern.c: a match statement at the current position; NULL with no
 * error when the soft keyword `match` does not start one (caller resets). */
ast_node *parse_match_stmt(parser *p);

/* parser_string.c: one or more adjacent STRING tokens at the current
 * position -> Constant (str/bytes) or JoinedStr. */
ast_node *parse_strings(parser *p);
/* For f-strings: parse `text` (an expression's source inside {...}) as
 * star_expressions with a sub-parser over "(" text ")", whose '(' is placed
 * at (lineno, col) in the enclosing file (where CPython 3.11 puts it: see
 * parser_string.c). Implemented in parser_string.c. */
ast_node *p_parse_fstring_expr(parser *p, const char *text, size_t len, int lineno, int col);

#endif
