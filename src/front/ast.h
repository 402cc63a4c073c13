/* The abstract syntax tree: the nodes and fields of Python 3.11's `ast`
 * module (see ast.asdl), allocated in an arena that the compilation owns.
 * The typed structs and constructors are generated into ast_gen.h; this
 * header adds the pieces every pass shares: sequences, constants, and a
 * table describing each kind's fields, which the AST dump walks. */
#ifndef TAIPAN_AST_H
#define TAIPAN_AST_H
#include <stddef.h>
#include <stdint.h>
#include "../util/arena.h"

typedef arena ast_arena;
typedef struct ast_node ast_node;

/* A sequence of nodes (or of identifiers, or of cmpop values cast to
 * intptr_t). A NULL ast_seq * is an empty sequence. Items of a node sequence
 * may be NULL where Python's ast has None (Dict.keys, arguments.kw_defaults). */
typedef struct ast_seq {
    int len;
    void *items[];
} ast_seq;

ast_seq *ast_seq_new(ast_arena *a, int len);
static inline int ast_seq_len(const ast_seq *s) { return s ? s->len : 0; }
static inline ast_node *ast_seq_node(const ast_seq *s, int i) { return (ast_node *)s->items[i]; }

/* A growable list used while parsing; ast_list_finish turns it into a seq. */
typedef struct ast_list {
    void **items;
    int len, cap;
    ast_arena *arena;
} ast_list;
void ast_list_init(ast_list *l, ast_arena *a);
int ast_list_push(ast_list *l, void *item);   /* 0 on success, -1 out of memory */
ast_seq *ast_list_finish(ast_list *l);         /* NULL only when empty or out of memory */

/* A literal value (Constant.value, MatchSingleton.value). Strings are UTF-8,
 * where a lone surrogate (from "\udc80") is encoded as its 3-byte sequence;
 * len counts bytes. A big int keeps its decimal digits (with '-' never: the
 * parser sees no negative literals). */
typedef enum {
    AST_CONST_NONE = 1, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT,      /* u.i */
    AST_CONST_BIGINT,   /* u.str: decimal digits */
    AST_CONST_FLOAT,    /* u.f */
    AST_CONST_COMPLEX,  /* u.f is the imaginary part; the real part is +0.0 */
    AST_CONST_STR,      /* u.str */
    AST_CONST_BYTES,    /* u.str */
    AST_CONST_OBJECT,   /* u.i: a Python value, from a tree compile() got as ast objects
                           (src/modules/ast_convert.c keeps it alive while compiling) */
} ast_const_kind;

typedef struct ast_constant {
    int kind;  /* ast_const_kind; 0 = unset */
    union {
        int64_t i;
        double f;
        struct { const char *s; size_t len; } str;
    } u;
} ast_constant;

typedef enum {
    AST_FT_NODE, AST_FT_SEQ, AST_FT_STR, AST_FT_CONST, AST_FT_INT,
    AST_FT_IDENT_SEQ, AST_FT_CMPOP_SEQ,
    AST_FT_ENUM_expr_context, AST_FT_ENUM_boolop, AST_FT_ENUM_operator,
    AST_FT_ENUM_unaryop, AST_FT_ENUM_cmpop,
} ast_field_type;

typedef struct ast_field_info {
    const char *name;
    int type;        /* ast_field_type */
    int optional;    /* `T?` in the ASDL: omitted from the dump when NULL */
    size_t offset;   /* offsetof(ast_node, v.Kind.field) */
} ast_field_info;

typedef struct ast_kind_info {
    const char *name;       /* "BinOp" */
    const char *category;   /* "expr" */
    int has_attributes;     /* carries lineno/col_offset/end_lineno/end_col_offset */
    int nfields;
    const ast_field_info *fields;
} ast_kind_info;

#include "ast_gen.h"

extern const ast_kind_info ast_kind_infos[AST_KIND_COUNT];

ast_node *ast_node_new(ast_arena *a, int kind);

#endif
