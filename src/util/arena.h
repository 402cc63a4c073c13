/* A bump allocator for data that dies together: the tokens, AST and strings
 * of one compilation. Allocation never frees individually; arena_free releases
 * every block at once. Requests that cannot be met return NULL (the caller
 * reports MemoryError), never abort. */
#ifndef TAIPAN_ARENA_H
#define TAIPAN_ARENA_H
#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct arena {
    arena_block *head;   /* newest block first */
    char *cur, *end;     /* free space in the head block */
    size_t total;        /* bytes handed out, for diagnostics */
} arena;

void arena_init(arena *a);
void arena_free(arena *a);
/* 16-byte aligned, zero-filled memory; NULL when out of memory. */
void *arena_alloc(arena *a, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *arena_strndup(arena *a, const char *s, size_t len);

#endif
