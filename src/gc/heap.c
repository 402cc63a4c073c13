/* The collector's memory layer (heap.h): size-class pages for small
 * blocks, a registry of large blocks, address look-up for the conservative
 * scan, and the sweep. A page is HEAP_PAGE_SIZE bytes obtained from mmap
 * and aligned on its size, so masking any interior address gives its
 * header; a hash set of page addresses tells whether an arbitrary word
 * from the C stack points into one of our pages at all. Free cells are
 * threaded into one free list per (kind, size class); allocation pops it
 * and zero-fills the cell. The sweep rebuilds those lists from the
 * bitmaps (alloc := mark), so a cell freed by the collector is never
 * touched until it is reused, and gives completely empty pages back to the
 * system (a few are cached to avoid mmap churn). Large blocks come from
 * calloc, zero-filled lazily by the system for big sizes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "heap.h"

/* -- Size classes ------------------------------------------------------------ */

/* The classes are listed in heap.h; heap_alloc_fast reads these tables. */
uint32_t heap_class_size[HEAP_NCLASSES];
uint8_t heap_class_of[HEAP_SMALL_MAX / HEAP_CELL_MIN + 1];
heap_size_class heap_classes[HEAP_KINDS][HEAP_NCLASSES];

static void init_classes(void)
{
    int n = 0;
    for (uint32_t s = 16; s <= 256; s += 16) heap_class_size[n++] = s;
    for (uint32_t s = 288; s <= 512; s += 32) heap_class_size[n++] = s;
    for (uint32_t s = 576; s <= 1024; s += 64) heap_class_size[n++] = s;
    for (uint32_t s = 1152; s <= 2048; s += 128) heap_class_size[n++] = s;
    for (uint32_t s = 2560; s <= 4096; s += 512) heap_class_size[n++] = s;
    for (uint32_t s = 5120; s <= 8192; s += 1024) heap_class_size[n++] = s;
    int c = 0;
    for (size_t i = 0; i <= HEAP_SMALL_MAX / HEAP_CELL_MIN; i++) {
        while (heap_class_size[c] < i * HEAP_CELL_MIN) c++;
        heap_class_of[i] = (uint8_t)c;
    }
}

/* -- The page set: is this address in one of our pages? ---------------------- */

/* Open addressing with linear probing over page addresses; 0 is empty.
 * Pages are removed only by the sweep, which then rebuilds the table. */
uintptr_t *heap_pset;             /* heap.h reads it inline (heap_page_in_bounds) */
size_t heap_pset_mask;
static size_t pset_cap, pset_count;
static uintptr_t heap_lo = UINTPTR_MAX, heap_hi;   /* bounds of pages and large blocks */

/* heap_page_in_bounds (heap.h) repeats this hash. */
static size_t pset_slot(uintptr_t page, size_t cap)
{
    return (size_t)(((page >> 16) * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
}

static void pset_put(uintptr_t *tab, size_t cap, uintptr_t page)
{
    size_t i = pset_slot(page, cap);
    while (tab[i] != 0) i = (i + 1) & (cap - 1);
    tab[i] = page;
}

static int pset_grow(void)
{
    size_t cap = pset_cap ? pset_cap * 2 : 256;
    uintptr_t *tab = calloc(cap, sizeof *tab);
    if (!tab) return -1;
    for (size_t i = 0; i < pset_cap; i++)
        if (heap_pset[i]) pset_put(tab, cap, heap_pset[i]);
    free(heap_pset);
    heap_pset = tab;
    pset_cap = cap;
    heap_pset_mask = cap - 1;
    return 0;
}

static int pset_add(uintptr_t page)
{
    if ((pset_count + 1) * 2 > pset_cap && pset_grow() < 0) return -1;
    pset_put(heap_pset, pset_cap, page);
    pset_count++;
    if (page < heap_lo) heap_lo = page;
    if (page + HEAP_PAGE_SIZE > heap_hi) heap_hi = page + HEAP_PAGE_SIZE;
    return 0;
}

heap_page *heap_page_of(uintptr_t p)
{
    if (p < heap_lo || p >= heap_hi || pset_cap == 0) return NULL;
    uintptr_t page = p & ~(uintptr_t)(HEAP_PAGE_SIZE - 1);
    for (size_t i = pset_slot(page, pset_cap);; i = (i + 1) & (pset_cap - 1)) {
        if (heap_pset[i] == page) return (heap_page *)page;
        if (heap_pset[i] == 0) return NULL;
    }
}

/* -- Pages ------------------------------------------------------------------- */

/* Empty pages kept for reuse, linked through `next`: at least 16 MiB,
 * more when gc.c says the next cycle will allocate more (a heap of 100 MB
 * allocates 100 MB between collections: giving those pages back to the
 * kernel at each sweep only to map and page-fault them again costs more
 * than the collection itself). */
#define PAGE_CACHE_MIN 256
static heap_page *page_cache;
static size_t page_cache_n, page_cache_max = PAGE_CACHE_MIN;
static size_t npages;

void heap_set_page_cache_limit(size_t bytes)
{
    size_t n = bytes / HEAP_PAGE_SIZE;
    page_cache_max = n > PAGE_CACHE_MIN ? n : PAGE_CACHE_MIN;
    while (page_cache_n > page_cache_max) {
        heap_page *pg = page_cache;
        page_cache = pg->next;
        page_cache_n--;
        munmap(pg, HEAP_PAGE_SIZE);
    }
}

/* A fresh `size`-aligned, zero-filled region of `size` bytes, or NULL:
 * map twice the size and unmap the unaligned ends. */
static char *map_aligned(size_t size)
{
    size_t len = 2 * size;
    char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    uintptr_t start = ((uintptr_t)p + size - 1) & ~(uintptr_t)(size - 1);
    size_t head = start - (uintptr_t)p, tail = len - head - size;
    if (head) munmap(p, head);
    if (tail) munmap((char *)start + size, tail);
    return (char *)start;
}

/* Pages are cut from 2 MiB arenas that the kernel may back with
 * transparent huge pages (MADV_HUGEPAGE): a growing heap then takes one
 * page fault per 2 MiB instead of one per 4 KiB, which was most of the
 * system time of programs that build big structures. A page given back
 * to the system is unmapped alone, as before. */
#define ARENA_SIZE ((size_t)2 << 20)
static char *arena_next, *arena_end;

static void *map_aligned_page(void)
{
    if (arena_next == arena_end) {
        char *a = map_aligned(ARENA_SIZE);
        if (!a) return map_aligned(HEAP_PAGE_SIZE);
        (void)madvise(a, ARENA_SIZE, MADV_HUGEPAGE);   /* a hint: failure is harmless */
        arena_next = a;
        arena_end = a + ARENA_SIZE;
    }
    void *pg = arena_next;
    arena_next += HEAP_PAGE_SIZE;
    return pg;
}

static void format_page(heap_page *pg, int kind, int cls)
{
    size_t first = (sizeof(heap_page) + HEAP_CELL_MIN - 1) & ~(size_t)(HEAP_CELL_MIN - 1);
    memset(pg, 0, sizeof *pg);
    pg->cell_size = heap_class_size[cls];
    pg->ncells = (uint32_t)((HEAP_PAGE_SIZE - first) / pg->cell_size);
    pg->recip = (uint32_t)((((uint64_t)1 << 32) + pg->cell_size - 1) / pg->cell_size);
    pg->kind = (uint8_t)kind;
    pg->cls = (uint8_t)cls;
    pg->cells = (char *)pg + first;
}

/* The bitmap words a page uses: one for a page of 4 KiB cells, 64 for 16
 * bytes. Loops over a page's bits stop there (the rest stay zero), which
 * keeps the sweep from reading 1 KiB of bitmaps per page of big cells. */
static inline size_t page_words(const heap_page *pg)
{
    return (pg->ncells + 63) / 64;
}

/* Threads the page's free cells (alloc bit clear) onto its class's free
 * list, last cell first so that allocation proceeds upwards. */
static void thread_free_cells(heap_page *pg)
{
    heap_size_class *sc = &heap_classes[pg->kind][pg->cls];
    void *head = sc->free;
    for (uint32_t w = (pg->ncells + 63) / 64; w-- > 0;) {
        if (pg->alloc[w] == ~(uint64_t)0) continue;      /* 64 cells in use */
        uint32_t end = w * 64 + 64 < pg->ncells ? w * 64 + 64 : pg->ncells;
        for (uint32_t i = end; i-- > w * 64;) {
            if (heap_bit(pg->alloc, i)) continue;
            void *cell = pg->cells + (size_t)i * pg->cell_size;
            *(void **)cell = head;
            head = cell;
        }
    }
    sc->free = head;
}

static heap_page *new_page(int kind, int cls)
{
    heap_page *pg = page_cache;
    if (pg) {
        page_cache = pg->next;
        page_cache_n--;
    } else {
        pg = map_aligned_page();
        if (!pg) return NULL;
    }
    if (pset_add((uintptr_t)pg) < 0) {
        munmap(pg, HEAP_PAGE_SIZE);
        return NULL;
    }
    format_page(pg, kind, cls);
    heap_size_class *sc = &heap_classes[kind][cls];
    pg->next = sc->pages;
    sc->pages = pg;
    npages++;
    thread_free_cells(pg);
    return pg;
}

static void release_page(heap_page *pg)
{
    npages--;
    if (page_cache_n < page_cache_max) {
        pg->next = page_cache;
        page_cache = pg;
        page_cache_n++;
        return;
    }
    munmap(pg, HEAP_PAGE_SIZE);
}

/* -- Large blocks ------------------------------------------------------------ */

static heap_large **larges;
static size_t nlarge, large_cap, large_bytes;
static bool larges_unsorted;     /* the registry needs sorting before a scan */

static int large_register(heap_large *h)
{
    if (nlarge == large_cap) {
        size_t cap = large_cap ? large_cap * 2 : 64;
        heap_large **a = realloc(larges, cap * sizeof *a);
        if (!a) return -1;
        larges = a;
        large_cap = cap;
    }
    if (nlarge > 0 && (uintptr_t)h < (uintptr_t)larges[nlarge - 1]) larges_unsorted = true;
    h->index = nlarge;
    larges[nlarge++] = h;
    uintptr_t lo = (uintptr_t)h, hi = (uintptr_t)(h + 1) + h->size;
    if (lo < heap_lo) heap_lo = lo;
    if (hi > heap_hi) heap_hi = hi;
    return 0;
}

static void *alloc_large(int kind, size_t size, bool zero, size_t *charged)
{
    heap_large *h = zero ? calloc(1, sizeof(heap_large) + size) : malloc(sizeof(heap_large) + size);
    if (!h) return NULL;
    h->size = size;
    h->kind = (uint8_t)kind;
    h->mark = 0;
    if (large_register(h) < 0) {
        free(h);
        return NULL;
    }
    large_bytes += size;
    *charged = size;
    return h + 1;
}

static int cmp_large(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(heap_large *const *)a, y = (uintptr_t)*(heap_large *const *)b;
    return x < y ? -1 : x > y;
}

void heap_prepare_marking(uintptr_t *lo, uintptr_t *hi)
{
    *lo = heap_lo;
    *hi = heap_hi;
    if (!larges_unsorted) return;    /* the sweep keeps the order */
    qsort(larges, nlarge, sizeof *larges, cmp_large);
    for (size_t i = 0; i < nlarge; i++) larges[i]->index = i;
    larges_unsorted = false;
}

/* The large block containing p, by binary search of the sorted registry. */
static heap_large *find_large(uintptr_t p)
{
    size_t lo = 0, hi = nlarge;
    while (lo < hi) {            /* first block starting after p */
        size_t mid = (lo + hi) / 2;
        if ((uintptr_t)larges[mid] <= p) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return NULL;
    heap_large *h = larges[lo - 1];
    uintptr_t start = (uintptr_t)(h + 1);
    return p >= start && p < start + h->size ? h : NULL;
}

/* -- Allocation -------------------------------------------------------------- */

int heap_init(void)
{
    init_classes();
    return pset_grow();
}

void *heap_alloc(int kind, size_t size, bool zero, size_t *charged)
{
    if (size > HEAP_SMALL_MAX) return alloc_large(kind, size, zero, charged);
    int cls = heap_class_of[(size + HEAP_CELL_MIN - 1) / HEAP_CELL_MIN];
    heap_size_class *sc = &heap_classes[kind][cls];
    void *cell = sc->free;
    while (!cell && sc->unswept) {     /* lazy sweeping: the next swept page */
        heap_page *pg = sc->unswept;
        sc->unswept = pg->next;
        if (pg->live < pg->ncells) thread_free_cells(pg);
        cell = sc->free;
    }
    if (!cell) {
        if (!new_page(kind, cls)) return NULL;
        cell = sc->free;
    }
    sc->free = *(void **)cell;
    heap_page *pg = (heap_page *)((uintptr_t)cell & ~(uintptr_t)(HEAP_PAGE_SIZE - 1));
    heap_set_bit(pg->alloc, heap_cell_index(pg, (uintptr_t)cell));
    if (zero) memset(cell, 0, pg->cell_size);
    else *(void **)cell = NULL;    /* no stale free-list link in a header word */
    *charged = pg->cell_size;
    return cell;
}

void **heap_free_list(int kind, size_t size)
{
    return &heap_classes[kind][heap_class_of[(size + HEAP_CELL_MIN - 1) / HEAP_CELL_MIN]].free;
}

size_t heap_cell_size(size_t size)
{
    return heap_class_size[heap_class_of[(size + HEAP_CELL_MIN - 1) / HEAP_CELL_MIN]];
}

void *heap_realloc_large(void *p, size_t size)
{
    heap_large *h = heap_large_of(p);
    size_t index = h->index, old = h->size;
    heap_large *n = realloc(h, sizeof(heap_large) + size);
    if (!n) return NULL;
    n->size = size;
    larges[index] = n;
    if (n != h) larges_unsorted = true;
    large_bytes = large_bytes - old + size;
    uintptr_t lo = (uintptr_t)n, hi = (uintptr_t)(n + 1) + size;
    if (lo < heap_lo) heap_lo = lo;
    if (hi > heap_hi) heap_hi = hi;
    return n + 1;
}

size_t heap_block_size(void *p)
{
    heap_page *pg = heap_page_of((uintptr_t)p);
    return pg ? pg->cell_size : heap_large_of(p)->size;
}

void heap_free_raw(void *p)
{
    heap_page *pg = heap_page_of((uintptr_t)p);
    if (pg) {
        uint32_t i = heap_cell_index(pg, (uintptr_t)p);
        pg->alloc[i >> 6] &= ~((uint64_t)1 << (i & 63));
        heap_size_class *sc = &heap_classes[pg->kind][pg->cls];
        *(void **)p = sc->free;
        sc->free = p;
        return;
    }
    heap_large *h = heap_large_of(p);
    size_t i = h->index;
    larges[i] = larges[--nlarge];        /* order is restored at the next collection */
    larges[i]->index = i;
    larges_unsorted = true;
    large_bytes -= h->size;
    free(h);
}

/* -- Marking support --------------------------------------------------------- */

bool heap_find(uintptr_t p, heap_block *out)
{
    if (p < heap_lo || p >= heap_hi) return false;
    heap_page *pg = heap_page_of(p);
    if (pg) {
        if (p < (uintptr_t)pg->cells) return false;
        uint32_t i = heap_cell_index(pg, p);
        if (i >= pg->ncells || !heap_bit(pg->alloc, i)) return false;
        out->start = pg->cells + (size_t)i * pg->cell_size;
        out->size = pg->cell_size;
        out->kind = pg->kind;
        return true;
    }
    heap_large *h = find_large(p);
    if (!h) return false;
    out->start = h + 1;
    out->size = h->size;
    out->kind = h->kind;
    return true;
}

bool heap_mark(void *p, bool large)
{
    if (large) {
        heap_large *h = heap_large_of(p);
        if (h->mark) return false;
        h->mark = 1;
        return true;
    }
    heap_page *pg = (heap_page *)((uintptr_t)p & ~(uintptr_t)(HEAP_PAGE_SIZE - 1));
    uint32_t i = heap_cell_index(pg, (uintptr_t)p);
    uint64_t bit = (uint64_t)1 << (i & 63);
    if (pg->mark[i >> 6] & bit) return false;
    pg->mark[i >> 6] |= bit;
    return true;
}

bool heap_is_marked(void *p, bool large)
{
    if (large) return heap_large_of(p)->mark != 0;
    heap_page *pg = (heap_page *)((uintptr_t)p & ~(uintptr_t)(HEAP_PAGE_SIZE - 1));
    return heap_bit(pg->mark, heap_cell_index(pg, (uintptr_t)p));
}

void heap_each_marked(void (*fn)(void *block, int kind))
{
    for (int k = 0; k < HEAP_KINDS; k++)
        for (int c = 0; c < HEAP_NCLASSES; c++)
            for (heap_page *pg = heap_classes[k][c].pages; pg; pg = pg->next)
                for (size_t w = 0, nw = page_words(pg); w < nw; w++) {
                    uint64_t m = pg->mark[w];
                    while (m) {
                        uint32_t i = (uint32_t)(w * 64 + (size_t)__builtin_ctzll(m));
                        m &= m - 1;
                        fn(pg->cells + (size_t)i * pg->cell_size, k);
                    }
                }
    for (size_t i = 0; i < nlarge; i++)
        if (larges[i]->mark) fn(larges[i] + 1, larges[i]->kind);
}

/* -- Sweeping ---------------------------------------------------------------- */

static void finalize_object(object *o)
{
    if (o->type && o->type->finalize) o->type->finalize(o);
}

/* First pass: C finalizers of every dead object, before any memory is
 * reused, so a finalizer may still read the dead objects around it (its
 * type, for instance, may die in the same collection). Only HEAP_FIN
 * blocks can have one: other dead objects are not read at all. */
static size_t objects_freed;

static void run_c_finalizers(void)
{
    for (int c = 0; c < HEAP_NCLASSES; c++)
        for (heap_page *pg = heap_classes[HEAP_FIN][c].pages; pg; pg = pg->next)
            for (size_t w = 0, nw = page_words(pg); w < nw; w++) {
                uint64_t dead = pg->alloc[w] & ~pg->mark[w];
                while (dead) {
                    uint32_t i = (uint32_t)(w * 64 + (size_t)__builtin_ctzll(dead));
                    dead &= dead - 1;
                    finalize_object((object *)(pg->cells + (size_t)i * pg->cell_size));
                }
            }
    for (size_t i = 0; i < nlarge; i++)
        if (!larges[i]->mark && larges[i]->kind == HEAP_FIN)
            finalize_object((object *)(larges[i] + 1));
}

/* Bits set in x. Not __builtin_popcountll: without -mpopcnt that is a
 * library call, and the sweep counts every word of every page. */
static inline uint32_t popcount64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (uint32_t)((x * 0x0101010101010101ull) >> 56);
}

/* Second pass over one class: alloc := mark, release empty pages; the free
 * list is rebuilt lazily, a page at a time, as heap_alloc needs cells (a
 * collection costs the live data, not the heap's free space). Returns the
 * live bytes. */
static size_t sweep_class(heap_size_class *sc, bool *released)
{
    size_t live = 0;
    sc->free = NULL;
    heap_page **link = &sc->pages;
    while (*link) {
        heap_page *pg = *link;
        uint32_t n = 0, dead = 0;
        for (size_t w = 0, nw = page_words(pg); w < nw; w++) {
            dead += popcount64(pg->alloc[w] & ~pg->mark[w]);
            pg->alloc[w] = pg->mark[w];
            pg->mark[w] = 0;
            n += popcount64(pg->alloc[w]);
        }
        pg->live = n;
        if (heap_kind_is_object(pg->kind)) objects_freed += dead;
        if (n == 0) {
            *link = pg->next;
            release_page(pg);
            *released = true;
            continue;
        }
        live += (size_t)n * pg->cell_size;
        link = &pg->next;
    }
    sc->unswept = sc->pages;
    return live;
}

static void rebuild_page_set(void)
{
    memset(heap_pset, 0, pset_cap * sizeof *heap_pset);
    pset_count = 0;
    heap_lo = UINTPTR_MAX;
    heap_hi = 0;
    for (int k = 0; k < HEAP_KINDS; k++)
        for (int c = 0; c < HEAP_NCLASSES; c++)
            for (heap_page *pg = heap_classes[k][c].pages; pg; pg = pg->next)
                (void)pset_add((uintptr_t)pg);   /* cannot grow: fewer than before */
}

static size_t sweep_large(void)
{
    size_t live = 0, n = 0;
    for (size_t i = 0; i < nlarge; i++) {
        heap_large *h = larges[i];
        if (!h->mark) {
            if (heap_kind_is_object(h->kind)) objects_freed++;
            large_bytes -= h->size;
            free(h);
            continue;
        }
        h->mark = 0;
        h->index = n;
        larges[n++] = h;
        live += h->size;
        uintptr_t lo = (uintptr_t)h, hi = (uintptr_t)(h + 1) + h->size;
        if (lo < heap_lo) heap_lo = lo;
        if (hi > heap_hi) heap_hi = hi;
    }
    nlarge = n;
    return live;
}

static size_t live_after_sweep;

size_t heap_sweep(void)
{
    run_c_finalizers();
    objects_freed = 0;
    size_t live = 0;
    bool released = false;
    for (int k = 0; k < HEAP_KINDS; k++)
        for (int c = 0; c < HEAP_NCLASSES; c++)
            live += sweep_class(&heap_classes[k][c], &released);
    if (released) rebuild_page_set();
    live += sweep_large();
    live_after_sweep = live;
    return live;
}

void heap_get_stats(heap_stats *out)
{
    out->pages = npages;
    out->large_blocks = nlarge;
    out->large_bytes = large_bytes;
    out->live_bytes = live_after_sweep;
    out->objects_freed = objects_freed;
}
