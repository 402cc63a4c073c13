/* What the `_ast` module's files share: the generated description of the
 * node classes (ast_classes.c, from ast.asdl) and the module's state,
 * the classes and singletons astmodule.c makes at import, which the
 * conversions in ast_convert.c build and check against. */
#ifndef TAIPAN_AST_INTERNAL_H
#define TAIPAN_AST_INTERNAL_H
#include "astmodule.h"
#include "../front/ast.h"

#define ASTMOD_ENUM_MAX 13     /* members of the largest enum (operator) */
#define ASTMOD_FIELDS_MAX 8

/* Field types that are not node categories (ASTMOD_CAT_*, >= 0). */
enum { ASTMOD_T_IDENT = -1, ASTMOD_T_STRING = -2, ASTMOD_T_INT = -3, ASTMOD_T_CONST = -4 };

typedef struct astmod_cat_def {
    const char *name;      /* "stmt", "arguments", "operator" */
    const char *doc;
    int attributes;        /* 0: none; 1: positions, ends optional; 2: ends required */
    int product;           /* one class, named as the category (arguments, arg, ...) */
    int nmembers;          /* an enum (operator, ...): its member classes */
    const char *members[ASTMOD_ENUM_MAX];
} astmod_cat_def;

typedef struct astmod_kind_def {
    int cat;               /* ASTMOD_CAT_* */
    const char *doc;
    int ftypes[ASTMOD_FIELDS_MAX];   /* per field of ast_kind_infos[kind]: ASTMOD_T_* or a category */
} astmod_kind_def;

#include "ast_classes.h"

typedef struct astmod_state {
    bool ready;
    type_object *cat_types[ASTMOD_CAT_COUNT];    /* abstract class, or the product's class */
    type_object *kind_types[AST_KIND_COUNT];
    type_object *enum_types[ASTMOD_CAT_COUNT][ASTMOD_ENUM_MAX];
    value enum_objs[ASTMOD_CAT_COUNT][ASTMOD_ENUM_MAX];   /* what ast2obj gives: one per member */
    value field_names[AST_KIND_COUNT][ASTMOD_FIELDS_MAX]; /* interned */
    value attr_names[4];   /* lineno, col_offset, end_lineno, end_col_offset */
} astmod_state;

extern astmod_state astmod;
extern type_object astmod_ast_type;   /* ast.AST */

/* The module's state, made on first use (import _ast); -1 on error. */
TP_MUST_CHECK int astmod_ready(void);
/* PyAST_Validate on a tree made from Python objects (ast_validate.c);
 * settles its AST_CONST_OBJECT constants. 0, or -1 with the exception. */
TP_MUST_CHECK int astmod_validate(ast_node *mod);
/* A bare instance of an AST class, attributes empty (no __init__). */
TP_MUST_CHECK value astmod_alloc(type_object *t);

#endif
