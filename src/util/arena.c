/* The bump allocator of arena.h: blocks of at least 64 KiB, larger requests
 * get a block of their own so a huge string does not waste a big tail. */
#include "arena.h"
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct arena_block {
    arena_block *next;
    size_t size;
    max_align_t pad[];  /* payload follows, suitably aligned */
};

#define ARENA_BLOCK_MIN (64 * 1024)

void arena_init(arena *a)
{
    a->head = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
}

void arena_free(arena *a)
{
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    arena_init(a);
}

void *arena_alloc(arena *a, size_t size)
{
    if (size > SIZE_MAX / 2)
        return NULL;
    size = (size + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->cur) < size || !a->cur) {
        size_t bsize = size > ARENA_BLOCK_MIN / 4 ? size : ARENA_BLOCK_MIN;
        arena_block *b = malloc(sizeof(arena_block) + bsize + 16);
        if (!b)
            return NULL;
        b->size = bsize;
        char *payload = (char *)(((uintptr_t)b->pad + 15) & ~(uintptr_t)15);
        if (size > ARENA_BLOCK_MIN / 4 && a->head) {
            /* a big request: keep the current block for small ones */
            b->next = a->head->next;
            a->head->next = b;
            memset(payload, 0, size);
            a->total += size;
            return payload;
        }
        b->next = a->head;
        a->head = b;
        a->cur = payload;
        a->end = payload + bsize;
    }
    void *p = a->cur;
    a->cur += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = 0;
    return p;
}
