/* An expression's source text rebuilt from the AST (ast_unparse.c), as
 * CPython's compiler writes `from __future__ import annotations`
 * annotations; and a constant node's value as an object, which the
 * unparser and the `_ast` module's conversion share. */
#ifndef TAIPAN_AST_UNPARSE_H
#define TAIPAN_AST_UNPARSE_H
#include "ast.h"
#include "../objects/object.h"

/* A constant node's value as a Python object (V_NULL with MemoryError). */
TP_MUST_CHECK value ast_constant_value(const ast_constant *k);

/* The text of e as a str; V_NULL with an exception on failure. */
TP_MUST_CHECK value ast_unparse_annotation(const ast_node *e);

#endif
