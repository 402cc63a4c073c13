/* The AST as text, exactly as CPython 3.11's
 * ast.dump(tree, include_attributes=True, indent=3) writes it (what
 * `python3.11 -m ast -a FILE` prints), and CPython's repr of the constants
 * that appear in it. */
#ifndef TAIPAN_AST_DUMP_H
#define TAIPAN_AST_DUMP_H
#include <stdio.h>
#include "ast.h"

/* Writes the dump of n followed by a newline. Returns 0, -1 on write error. */
int ast_dump(const ast_node *n, FILE *out);

/* Is the tree deeper than `limit` nodes along some path? CPython's ast
 * module refuses to build such trees ("maximum recursion depth exceeded
 * during ast construction"); with the default recursion limit and
 * `python -m ast`'s own frames, the deepest tree it builds has
 * AST_DUMP_CPYTHON_MAX_DEPTH levels. */
#define AST_DUMP_CPYTHON_MAX_DEPTH 988
int ast_depth_exceeds(const ast_node *n, int limit);

#endif
