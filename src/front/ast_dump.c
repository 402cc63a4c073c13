/* Stub: being written. */
#include "ast_dump.h"
int ast_dump(const ast_node *n, FILE *out) { (void)n; fputs("<ast>\n", out); return 0; }
