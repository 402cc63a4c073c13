/* An inline allocation path for small leaf objects (gc.h's
 * gc_alloc_leaf) that a hot loop makes by the million: the eval loop's
 * float results. It pops a cell from the size class's free list, sets the
 * cell's allocation bit and writes the header, and counts the bytes in
 * gc_inline_bytes; anything else (an empty free list, a collection due,
 * the stress build) takes gc_alloc_leaf. gc.c adds gc_inline_bytes to its
 * own count whenever it looks at the count (each slow allocation, each
 * collection, the statistics) and sets gc_inline_limit to what may be
 * allocated before the next collection is due, so collections come at
 * the same points as without this path. */
#ifndef TAIPAN_GC_ALLOC_INLINE_H
#define TAIPAN_GC_ALLOC_INLINE_H
#include "gc.h"
#include "heap.h"

/* Bytes allocated inline since gc.c last counted them, and the most that
 * may be (0: always take gc_alloc_leaf). */
extern size_t gc_inline_bytes, gc_inline_limit;

/* gc.c's gc_bits of a new small heap object (its GC_HEAP). */
enum { GC_INLINE_BITS = 1 };

/* A class's free list and cell size, found once by the caller with
 * heap_free_list / heap_cell_size (after a first gc_alloc_leaf of the
 * type, which also initialises the heap). */
typedef struct gc_inline_class {
    void **free;
    size_t cell_size;
} gc_inline_class;

/* gc_alloc_leaf(type, size) for a static leaf type whose objects all
 * have the size of class c. Only the header is written. */
static inline object *gc_alloc_leaf_inline(const gc_inline_class *c, type_object *type, size_t size)
{
#ifndef TAIPAN_GC_STRESS
    void *cell = c->free ? *c->free : NULL;
    if (cell && gc_inline_bytes + c->cell_size <= gc_inline_limit) {
        *c->free = *(void **)cell;
        gc_inline_bytes += c->cell_size;
        heap_page *pg = (heap_page *)((uintptr_t)cell & ~(uintptr_t)(HEAP_PAGE_SIZE - 1));
        heap_set_bit(pg->alloc, heap_cell_index(pg, (uintptr_t)cell));
        object *o = cell;
        o->type = type;
        o->gc_bits = GC_INLINE_BITS;
        o->flags = 0;
        return o;
    }
#endif
    return gc_alloc_leaf(type, size);
}

#endif
