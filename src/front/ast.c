/* Arena-backed construction of AST nodes and sequences (the per-kind
 * constructors are generated into ast_gen.c). */
#include "ast.h"
#include <string.h>
#include <stdlib.h>

ast_node *ast_node_new(ast_arena *a, int kind)
{
    ast_node *n = arena_alloc(a, sizeof(ast_node));
    if (n)
        n->kind = kind;
    return n;
}

ast_seq *ast_seq_new(ast_arena *a, int len)
{
    ast_seq *s = arena_alloc(a, sizeof(ast_seq) + (size_t)len * sizeof(void *));
    if (s)
        s->len = len;
    return s;
}

void ast_list_init(ast_list *l, ast_arena *a)
{
    l->items = NULL;
    l->len = l->cap = 0;
    l->arena = a;
}

int ast_list_push(ast_list *l, void *item)
{
    if (l->len == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 8;
        void **n = arena_alloc(l->arena, (size_t)ncap * sizeof(void *));
        if (!n)
            return -1;
        if (l->len)
            memcpy(n, l->items, (size_t)l->len * sizeof(void *));
        l->items = n;
        l->cap = ncap;
    }
    l->items[l->len++] = item;
    return 0;
}

ast_seq *ast_list_finish(ast_list *l)
{
    if (!l->len)
        return NULL;
    ast_seq *s = ast_seq_new(l->arena, l->len);
    if (s)
        memcpy(s->items, l->items, (size_t)l->len * sizeof(void *));
    return s;
}
