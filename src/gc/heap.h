/* The collector's memory layer, private to src/gc (gc.c is its only
 * user). Small blocks (up to HEAP_SMALL_MAX bytes) live in size-class
 * pages of HEAP_PAGE_SIZE bytes, aligned on their size so that any address
 * inside a page finds the page header by masking; the header holds the
 * page's allocation and mark bitmaps (one bit per cell). Larger blocks are
 * allocated apart, each behind a small header, and listed in a registry
 * that is sorted at each collection so the conservative stack scan can
 * find the block containing an address by binary search. Every block has
 * a kind (below), and a page holds blocks of one kind only, so the
 * collector learns what a block is from its page without reading it. */
#ifndef TAIPAN_GC_HEAP_H
#define TAIPAN_GC_HEAP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../objects/object.h"

#define HEAP_PAGE_SIZE ((size_t)64 * 1024)
#define HEAP_CELL_MIN 16                    /* granularity and alignment */
#define HEAP_SMALL_MAX 8192                 /* larger blocks are "large" */
#define HEAP_BITMAP_WORDS (HEAP_PAGE_SIZE / HEAP_CELL_MIN / 64)
#define HEAP_MAX_REQUEST ((size_t)1 << 40)  /* beyond: MemoryError at once */

/* HEAP_OBJ: an object, traced through its type. HEAP_RAW: a gc_alloc_raw
 * block, traced only by its owner (or scanned conservatively when the
 * stack reaches it). HEAP_LEAF: an object holding nothing the collector
 * follows (gc_alloc_leaf): marked, never read. HEAP_FIN: an object whose
 * type has a C finalizer, traced as HEAP_OBJ; only these are visited when
 * they die, so the sweep never touches other dead memory. */
enum { HEAP_OBJ, HEAP_RAW, HEAP_LEAF, HEAP_FIN, HEAP_KINDS };

/* 16-byte steps up to 256, then 32, 64 and 128 up to 2 KiB (at most ~12%
 * waste per cell), then 512 and 1024 up to 8 KiB (~20%): 48 classes in
 * all. Blocks of a few KiB (strings built by +=, list arrays) thus stay in
 * pages too, where they cost no malloc, no registry entry and no sort. */
#define HEAP_NCLASSES 48
extern uint32_t heap_class_size[HEAP_NCLASSES];
extern uint8_t heap_class_of[];              /* the class of a size, by (size + 15) / 16 */
static inline int heap_class_for(size_t size) { return heap_class_of[(size + HEAP_CELL_MIN - 1) / HEAP_CELL_MIN]; }
static inline bool heap_kind_is_object(int kind) { return kind != HEAP_RAW; }

typedef struct heap_page {
    struct heap_page *next;      /* the next page of the same class */
    uint32_t cell_size;
    uint32_t ncells;
    uint32_t recip;              /* ceil(2^32 / cell_size): index by multiply */
    uint32_t live;               /* cells alive after the last sweep */
    uint8_t kind;                /* HEAP_OBJ, HEAP_RAW, ... */
    uint8_t cls;                 /* size-class index */
    char *cells;                 /* the first cell */
    uint64_t alloc[HEAP_BITMAP_WORDS];   /* cell holds a block */
    uint64_t mark[HEAP_BITMAP_WORDS];    /* block reached in this collection */
} heap_page;

/* The free cells of one (kind, class), and its pages. */
typedef struct heap_size_class {
    void *free;                  /* free cells, linked through their first word */
    struct heap_page *pages;
    struct heap_page *unswept;   /* pages (in `pages`) whose free cells are not
                                    yet in `free`: threaded when needed */
} heap_size_class;
extern heap_size_class heap_classes[HEAP_KINDS][HEAP_NCLASSES];

/* A large block: this header, then the block (16-byte aligned). */
typedef struct heap_large {
    size_t size;                 /* bytes of the block, as requested */
    size_t index;                /* position in the registry */
    uint8_t kind;
    uint8_t mark;
    uint8_t pad[14];
} heap_large;

/* What the collector learns about the block holding an address. */
typedef struct heap_block {
    void *start;
    size_t size;                 /* usable bytes */
    int kind;
} heap_block;

typedef struct heap_stats {
    size_t pages;                /* small-block pages in use */
    size_t large_blocks;
    size_t large_bytes;
    size_t live_bytes;           /* after the last sweep */
    size_t objects_freed;        /* by the last sweep */
} heap_stats;

int heap_init(void);             /* 0, or -1 when the tables cannot be made */

/* A block of at least `size` bytes (size <= HEAP_MAX_REQUEST), its first
 * `size` bytes zero-filled when `zero`, or NULL when the system is out of
 * memory (nothing is set: gc.c raises). `*charged` gets the bytes the
 * block really takes. */
void *heap_alloc(int kind, size_t size, bool zero, size_t *charged);
/* The free list of the small blocks of `kind` that hold `size` bytes (a
 * fixed address) and their cell size, for the inline allocator
 * (alloc_inline.h); size <= HEAP_SMALL_MAX, after heap_init. */
void **heap_free_list(int kind, size_t size);
size_t heap_cell_size(size_t size);
/* Resizes a large block (both sizes > HEAP_SMALL_MAX) with realloc,
 * keeping its contents: a big list's item array grows by mremap instead
 * of a copy into fresh, page-faulted memory. NULL (block unchanged) when
 * the system says no. Bytes past the old size are not zeroed. */
void *heap_realloc_large(void *p, size_t size);
/* Gives a raw block back at once (gc_realloc_raw's old block). */
void heap_free_raw(void *p);
/* The usable size of a block that heap_alloc returned. */
size_t heap_block_size(void *p);
static inline bool heap_is_small_size(size_t size) { return size <= HEAP_SMALL_MAX; }

/* -- For the collector ----------------------------------------------------- */

/* The page holding address p, or NULL when p is in no page of ours. */
heap_page *heap_page_of(uintptr_t p);
/* The same for an address already known to lie within the heap's bounds
 * (heap_prepare_marking's lo..hi): one probe of the page set, inline, for
 * the marker's hot path. */
extern uintptr_t *heap_pset;
extern size_t heap_pset_mask;
static inline heap_page *heap_page_in_bounds(uintptr_t p)
{
    uintptr_t page = p & ~(uintptr_t)(HEAP_PAGE_SIZE - 1);
    size_t i = (size_t)(((page >> 16) * 0x9E3779B97F4A7C15ull) >> 20) & heap_pset_mask;
    for (;; i = (i + 1) & heap_pset_mask) {
        if (heap_pset[i] == page) return (heap_page *)page;
        if (heap_pset[i] == 0) return NULL;
    }
}
static inline uint32_t heap_cell_index(const heap_page *pg, uintptr_t p)
{
    return (uint32_t)(((uint64_t)(p - (uintptr_t)pg->cells) * pg->recip) >> 32);
}
static inline bool heap_bit(const uint64_t *bits, uint32_t i)
{
    return (bits[i >> 6] >> (i & 63)) & 1;
}
static inline void heap_set_bit(uint64_t *bits, uint32_t i)
{
    bits[i >> 6] |= (uint64_t)1 << (i & 63);
}
static inline heap_large *heap_large_of(const void *block)
{
    return (heap_large *)((char *)block - sizeof(heap_large));
}

/* How many bytes of empty pages to keep mapped for reuse (gc.c: about
 * what the next cycle will allocate, so a busy heap stops re-mapping and
 * page-faulting its pages). */
void heap_set_page_cache_limit(size_t bytes);

/* Sorts the large-block registry; call before heap_find in a collection.
 * Gives the bounds of the heap's addresses (a superset). */
void heap_prepare_marking(uintptr_t *lo, uintptr_t *hi);
/* The live block containing address p (interior pointers count), found
 * conservatively: false when p points into no allocated block. */
bool heap_find(uintptr_t p, heap_block *out);
/* Sets the mark of the block starting at p (which heap_find returned, or
 * an object or raw block of ours); returns whether it was unmarked. */
bool heap_mark(void *p, bool large);

/* heap_mark for a block known to start in page pg. */
static inline bool heap_mark_in_page(heap_page *pg, uintptr_t p)
{
    uint32_t i = heap_cell_index(pg, p);
    uint64_t bit = (uint64_t)1 << (i & 63);
    if (pg->mark[i >> 6] & bit) return false;
    pg->mark[i >> 6] |= bit;
    return true;
}

/* Calls fn on every marked block (the rescan after a mark-stack overflow). */
void heap_each_marked(void (*fn)(void *block, int kind));

/* Runs `finalize` on every unmarked object, then frees every unmarked
 * block, clears the marks and rebuilds the free lists. Returns live bytes. */
size_t heap_sweep(void);
/* Whether the block starting at p survived marking (for finalizers). */
bool heap_is_marked(void *p, bool large);

void heap_get_stats(heap_stats *out);

#endif
