/* An expression's source text rebuilt from the AST (ast_unparse.c), as
 * CPython's compiler writes `from __future__ import annotations`
 * annotations. */
#ifndef TAIPAN_AST_UNPARSE_H
#define TAIPAN_AST_UNPARSE_H
#include "ast.h"
#include "../objects/object.h"

/* The text of e as a str; V_NULL with an exception on failure. */
TP_MUST_CHECK value ast_unparse_annotation(const ast_node *e);

#endif
