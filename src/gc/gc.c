/* Taipan's collector (gc.h): a non-moving, stop-the-world mark-sweep over
 * the heap of heap.c. A collection
 *   1. marks from the roots: registered global slots (gc_root), root
 *      tracers, the thread state's exceptions, objects awaiting __del__,
 *      and, conservatively, every word of the C stack and of the
 *      callee-saved registers (spilled with __builtin_unwind_init) that
 *      points into a live block, its start or inside it;
 *   2. drains an explicit mark stack (never recursion: a million-long
 *      linked list must not overflow the C stack), tracing each object's
 *      type and then its values through type->trace; a raw block reached
 *      from the C stack is scanned conservatively in turn, so an item
 *      array being filled in a local variable keeps its items alive;
 *   3. clears the weakrefs to unmarked objects (weakref.c's hook) and
 *      queues their callbacks, before finalizers can resurrect anything;
 *   4. resurrects unreachable objects that registered a __del__ (PEP 442):
 *      they and what they reach survive this cycle and are queued;
 *   5. lets weak tables forget their dead entries (gc_add_weak_hook);
 *   6. sweeps (heap.c): C finalizers (type->finalize) of the dead, then
 *      their memory returns to the free lists.
 * The queued weakref callbacks and __del__ calls run later, at a safe
 * point (gc_run_pending): never inside the allocation that collected.
 * Static objects (builtin types, singletons) are not in the heap: they are
 * traced when reached, and remember in gc_bits the collection ("epoch")
 * that last traced them so they are traced once per cycle. The next
 * collection starts when the bytes allocated since the last one exceed
 * max(8 MiB, live heap), or at every allocation with TAIPAN_GC_STRESS
 * (spaced out when the live heap is large: see stress_schedule). */
#define _GNU_SOURCE 1   /* pthread_getattr_np */
#include <malloc.h>
#include <pthread.h>
#include <setjmp.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gc.h"
#include "heap.h"
#include "alloc_inline.h"
#include "../vm/exc.h"

/* -- gc_bits ----------------------------------------------------------------- */

enum {
    GC_HEAP = 1,          /* allocated by gc_alloc (static objects: 0) */
    GC_LARGE = 2,         /* a large block (heap.h) */
    GC_HAS_DEL = 4,       /* registered with gc_register_finalizer */
    GC_FINALIZED = 8,     /* __del__ has run: never again */
    GC_FLAG_MASK = 0xF,
    GC_EPOCH_SHIFT = 4,   /* static objects: the epoch that last traced them */
};
/* 28 bits of epoch: a static object would be wrongly taken as traced only
 * if it went unreached for exactly 2^28 collections. */
#define EPOCH_MAX ((uint32_t)0x0FFFFFFF)

struct gc_tracer {
    int unused;
};
static gc_tracer tracer;

/* -- State -------------------------------------------------------------------- */

#define MIN_THRESHOLD ((size_t)8 << 20)

static bool initialised, in_collection, running_dels;
static int enabled = 1;
static uint32_t epoch = 1;
static size_t threshold = MIN_THRESHOLD;
static size_t allocated_since;           /* bytes charged since the last collection */
static size_t total_allocated, collections, live_bytes, freed_last, objects_freed_last;
static void *stack_base;                 /* highest address of the main C stack */
static void (*del_hook)(object *);
static bool (*del_check)(object *);
static void (*weak_clear)(void), (*weak_run)(void);
static bool running_pending;
static size_t max_request = HEAP_MAX_REQUEST;
bool gc_pending;

/* The inline allocator's count (alloc_inline.h): folded into
 * allocated_since whenever that is read, and its limit reopened to what
 * is left before the next collection is due. */
size_t gc_inline_bytes, gc_inline_limit;
_Static_assert((int)GC_INLINE_BITS == (int)GC_HEAP, "alloc_inline.h writes GC_HEAP");

static void settle_inline(void)
{
    allocated_since += gc_inline_bytes;
    total_allocated += gc_inline_bytes;
    gc_inline_bytes = 0;
}

static void reopen_inline(void)
{
#ifndef TAIPAN_GC_STRESS
    gc_inline_limit = threshold > allocated_since ? threshold - allocated_since : 0;
#endif
}

/* A growable array of pointers, malloc'd (never in the collected heap). */
typedef struct ptr_vec {
    void **items;
    size_t n, cap;
} ptr_vec;

static int vec_push(ptr_vec *v, void *p)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 256;
        void **a = realloc(v->items, cap * sizeof *a);
        if (!a) return -1;
        v->items = a;
        v->cap = cap;
    }
    v->items[v->n++] = p;
    return 0;
}

static ptr_vec value_roots, object_roots, root_tracers, weak_hooks;
static ptr_vec with_del;      /* objects with __del__ not yet finalized */
static ptr_vec del_queue;     /* unreachable ones waiting for their __del__ call */

/* The mark stack: object pointers, or raw block pointers | 1 (to be
 * scanned conservatively). */
static uintptr_t *mstack;
static size_t msp, mcap;
static bool mark_overflow;    /* an object could not be pushed: rescan the heap */

/* -- Initialisation ------------------------------------------------------------ */

/* The top of the calling thread's stack: pthread knows it even for the
 * main thread (from the process's mappings), so the scan covers main()'s
 * frame and everything above whoever called gc_init. */
static void *find_stack_base(void)
{
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        int r = pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
        if (r == 0 && addr) return (char *)addr + size;
    }
    return __builtin_frame_address(0);   /* best effort: frames above are missed */
}

/* What the system could ever give us: RAM + swap, and the process's
 * address-space and data-segment limits (ulimit -v / -d). A request
 * beyond it can only fail, after growing the heap and collecting for
 * nothing; CPython's answer to it is a MemoryError too. */
static size_t system_memory_limit(void)
{
    size_t limit = HEAP_MAX_REQUEST;
    struct sysinfo si;
    if (sysinfo(&si) == 0 && si.mem_unit) {
        unsigned long long total = ((unsigned long long)si.totalram + si.totalswap) * si.mem_unit;
        if (total && total < limit) limit = (size_t)total;
    }
    int which[2] = { RLIMIT_AS, RLIMIT_DATA };
    for (int i = 0; i < 2; i++) {
        struct rlimit rl;
        if (getrlimit(which[i], &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < limit)
            limit = (size_t)rl.rlim_cur;
    }
    return limit;
}

size_t gc_max_request(void)
{
    if (!initialised) gc_init();
    return max_request;
}

void gc_init(void)
{
    if (initialised) return;
    max_request = system_memory_limit();
    /* Big ints keep their digits in malloc'd memory (GMP), freed when the
     * sweep finalizes them, in bursts. With glibc's default of trimming
     * the heap top beyond 128 KiB free, every burst gave memory back to
     * the kernel and the next calculation page-faulted it in again (half
     * of a big-int program's time in the kernel). Keep up to 64 MiB. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 4 << 20);
    if (heap_init() < 0) {
        fprintf(stderr, "taipan: cannot initialise the heap\n");
        exit(1);
    }
    mcap = 4096;
    mstack = malloc(mcap * sizeof *mstack);
    if (!mstack) mcap = 0;
    if (!stack_base) stack_base = find_stack_base();
    initialised = true;
}

void gc_set_stack_base(void *base)
{
    stack_base = base;
}

void gc_set_del_hook(void (*hook)(object *))
{
    del_hook = hook;
}

/* Registration happens at start-up; running out of memory there leaves
 * nothing sensible to do. */
static void must_push(ptr_vec *v, void *p)
{
    if (vec_push(v, p) < 0) {
        fprintf(stderr, "taipan: out of memory registering a GC root\n");
        abort();
    }
}

void gc_root(value *slot) { must_push(&value_roots, slot); }
void gc_root_object(object **slot) { must_push(&object_roots, slot); }
void gc_add_root_tracer(void (*fn)(gc_tracer *t)) { must_push(&root_tracers, (void *)fn); }
void gc_add_weak_hook(void (*fn)(gc_tracer *t)) { must_push(&weak_hooks, (void *)fn); }

/* -- Allocation ---------------------------------------------------------------- */

#ifdef TAIPAN_GC_STRESS
/* Stress mode collects at every allocation while the live heap is small
 * (up to STRESS_LIVE: every test's usual case, where a value the collector
 * cannot see is freed at once). Beyond, a collection costs in proportion to
 * the heap, so collections are spaced (live / STRESS_LIVE)^3 allocations
 * apart: a program that builds a 200,000-node structure still ends in
 * seconds, and each of its code paths still meets collections often. */
#define STRESS_LIVE ((size_t)1 << 20)
static size_t stress_countdown;

static void stress_schedule(void)
{
    /* The cost of a collection: the live heap, and the C stack scanned
     * word by word (deep in C recursion, it dominates). */
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    size_t stack = here < (uintptr_t)stack_base ? (uintptr_t)stack_base - here : 0;
    size_t q = (live_bytes + 4 * stack) / (STRESS_LIVE / 16);   /* units of STRESS_LIVE/16 */
    stress_countdown = q <= 16 ? 0 : q * q / 256 * q / 16;
}
#endif

static void maybe_collect(size_t size)
{
#ifdef TAIPAN_GC_STRESS
    (void)size;
    if (!enabled || in_collection) return;
    if (stress_countdown > 0) {
        stress_countdown--;
        return;
    }
    gc_collect();
#else
    if (allocated_since + size > threshold && enabled && !in_collection) gc_collect();
#endif
}

/* heap_alloc, with one full collection and a retry when the system says
 * no; NULL with MemoryError set when even that fails. */
static void *alloc_block(int kind, size_t size, bool zero)
{
    if (!initialised) gc_init();
    if (size > max_request) {
        exc_no_memory();
        return NULL;
    }
    settle_inline();
    maybe_collect(size);
    size_t charged = 0;
    void *p = heap_alloc(kind, size, zero, &charged);
    if (!p && !in_collection) {
        gc_collect();
        p = heap_alloc(kind, size, zero, &charged);
    }
    if (!p) {
        exc_no_memory();
        return NULL;
    }
    allocated_since += charged;
    total_allocated += charged;
    reopen_inline();
    return p;
}

/* alloc_block's common case, inline: a small block popped from its
 * class's free list while no collection is due, counted as alloc_inline.h
 * counts (gc_inline_bytes against gc_inline_limit, which is 0 until the
 * first alloc_block and always in the stress build). *cell_size gets the
 * cell's size. NULL: take alloc_block. */
static inline void *alloc_fast(int kind, size_t size, size_t *cell_size)
{
    if (size > HEAP_SMALL_MAX) return NULL;
    int cls = heap_class_for(size);
    heap_size_class *sc = &heap_classes[kind][cls];
    void *cell = sc->free;
    size_t cs = heap_class_size[cls];
    if (!cell || gc_inline_bytes + cs > gc_inline_limit) return NULL;
    sc->free = *(void **)cell;
    gc_inline_bytes += cs;
    heap_page *pg = (heap_page *)((uintptr_t)cell & ~(uintptr_t)(HEAP_PAGE_SIZE - 1));
    heap_set_bit(pg->alloc, heap_cell_index(pg, (uintptr_t)cell));
    *cell_size = cs;
    return cell;
}

object *gc_alloc(type_object *type, size_t size)
{
    if (size < sizeof(object)) size = sizeof(object);
    int kind = type->finalize ? HEAP_FIN : HEAP_OBJ;
    size_t cs;
    object *o = alloc_fast(kind, size, &cs);
    if (o) memset(o, 0, size);   /* the object's bytes: the rest of the cell is never read */
    else if (!(o = alloc_block(kind, size, true))) return NULL;
    o->type = type;
    o->gc_bits = GC_HEAP | (heap_is_small_size(size) ? 0 : GC_LARGE);
    return o;
}

/* The types of leaf objects: static, so nothing but these roots needs to
 * keep them (a leaf's type is never traced through the leaf). */
#define LEAF_TYPES_MAX 8
static type_object *leaf_types[LEAF_TYPES_MAX];
static int nleaf_types;

static bool leaf_type_ok(type_object *type)
{
    for (int i = 0; i < nleaf_types; i++)
        if (leaf_types[i] == type) return true;
    if (type->trace || type->finalize || (type->hdr.gc_bits & GC_HEAP) || nleaf_types == LEAF_TYPES_MAX)
        return false;
    leaf_types[nleaf_types++] = type;
    return true;
}

object *gc_alloc_leaf(type_object *type, size_t size)
{
    if (!leaf_type_ok(type)) return gc_alloc(type, size);
    if (size < sizeof(object)) size = sizeof(object);
    size_t cs;
    object *o = alloc_fast(HEAP_LEAF, size, &cs);
    if (!o && !(o = alloc_block(HEAP_LEAF, size, false))) return NULL;
    o->type = type;
    o->gc_bits = GC_HEAP | (heap_is_small_size(size) ? 0 : GC_LARGE);
    o->flags = 0;
    return o;
}

void gc_charge(size_t bytes)
{
    settle_inline();
    allocated_since += bytes;
    total_allocated += bytes;
    reopen_inline();
}

void *gc_alloc_raw(size_t size)
{
    if (!size) size = 1;
    size_t cs;
    void *p = alloc_fast(HEAP_RAW, size, &cs);
    if (p) {
        memset(p, 0, cs);     /* all of it: a raw block may be scanned whole */
        return p;
    }
    return alloc_block(HEAP_RAW, size, true);
}

void *gc_realloc_raw(void *p, size_t old_size, size_t new_size)
{
    if (!p) return gc_alloc_raw(new_size);
    size_t cap = heap_block_size(p);
    if (old_size > cap) old_size = cap;
    if (!new_size) new_size = 1;
    /* In place when it fits and would not waste most of the block. */
    if (new_size <= cap && (new_size > cap / 2 || cap <= 2 * HEAP_CELL_MIN)) {
        if (new_size > old_size) memset((char *)p + old_size, 0, new_size - old_size);
        return p;
    }
    if (!heap_is_small_size(cap) && !heap_is_small_size(new_size) && new_size <= max_request) {
        void *q = heap_realloc_large(p, new_size);
        if (q) {
            if (new_size > old_size) {
                memset((char *)q + old_size, 0, new_size - old_size);
                gc_charge(new_size - old_size);
            }
            return q;
        }
    }
    void *q = gc_alloc_raw(new_size);    /* p stays alive: it is in our frame */
    if (!q) return NULL;
    memcpy(q, p, old_size < new_size ? old_size : new_size);
    heap_free_raw(p);
    return q;
}

/* -- Marking --------------------------------------------------------------------- */

static void trace_object(object *o);

static void push(uintptr_t entry)
{
    if (msp == mcap) {
        size_t cap = mcap ? mcap * 2 : 4096;
        uintptr_t *a = realloc(mstack, cap * sizeof *a);
        if (!a) {
            /* Out of memory while collecting. A static object is traced
             * now (there are few, so the recursion stays shallow); a heap
             * block stays marked and the rescan in drain() finds it. */
            object *o = (object *)entry;
            if (!(entry & 1) && !(o->gc_bits & GC_HEAP)) trace_object(o);
            else mark_overflow = true;
            return;
        }
        mstack = a;
        mcap = cap;
    }
    mstack[msp++] = entry;
}

/* Static objects lie outside the heap's bounds (the executable's data, the
 * heap's mappings are elsewhere), so this costs them one comparison. */
static uintptr_t heap_bounds_lo, heap_bounds_hi;

/* An object inside the heap's bounds without GC_HEAP: either a static one
 * after all, or a heap object whose header was copied over (a memcpy of a
 * whole object): the heap knows, and the bits are set right again. */
static uint32_t repair_heap_bits(object *o)
{
    heap_block b;
    if (!heap_find((uintptr_t)o, &b) || b.start != (void *)o || !heap_kind_is_object(b.kind))
        return o->gc_bits;
    o->gc_bits = GC_HEAP | (heap_is_small_size(b.size) ? 0 : GC_LARGE) |
                 (o->gc_bits & (GC_HAS_DEL | GC_FINALIZED));
    return o->gc_bits;
}

void gc_mark_object(gc_tracer *t, object *o)
{
    (void)t;
    if (!o) return;
    uintptr_t p = (uintptr_t)o;
    if (p >= heap_bounds_lo && p < heap_bounds_hi) {
        /* A small block: its page says what it is, so a leaf is marked
         * without reading it (no cache miss per string in a big heap). */
        heap_page *pg = heap_page_in_bounds(p);
        if (pg) {
            if (heap_mark_in_page(pg, p) && pg->kind != HEAP_LEAF) push(p);
            return;
        }
    }
    uint32_t bits = o->gc_bits;
    if (!(bits & GC_HEAP) && (uintptr_t)o >= heap_bounds_lo && (uintptr_t)o < heap_bounds_hi)
        bits = repair_heap_bits(o);
    if (!(bits & GC_HEAP)) {
        if (bits >> GC_EPOCH_SHIFT == epoch) return;
        o->gc_bits = (bits & GC_FLAG_MASK) | (epoch << GC_EPOCH_SHIFT);
    } else if (!heap_mark(o, bits & GC_LARGE)) {
        return;
    } else if ((bits & GC_LARGE) && heap_large_of(o)->kind == HEAP_LEAF) {
        return;
    }
    push((uintptr_t)o);
}

void gc_mark_value(gc_tracer *t, value v)
{
    if (v_is_ptr(v)) gc_mark_object(t, v_obj(v));
}

void gc_mark_values(gc_tracer *t, const value *vs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v_is_ptr(vs[i])) gc_mark_object(t, v_obj(vs[i]));
}

void gc_mark_raw(gc_tracer *t, void *raw)
{
    (void)t;
    if (!raw) return;
    (void)heap_mark(raw, heap_page_of((uintptr_t)raw) == NULL);
}

/* One word that may or may not be a pointer into the heap. */
static inline void mark_conservative(uintptr_t w)
{
    heap_block b;
    if (!heap_find(w, &b)) return;
    if (!heap_mark(b.start, !heap_is_small_size(b.size)) || b.kind == HEAP_LEAF) return;
    push((uintptr_t)b.start | (b.kind == HEAP_RAW ? 1 : 0));
}

void gc_mark_conservative(gc_tracer *t, const value *words, size_t n)
{
    (void)t;
    for (size_t i = 0; i < n; i++)
        mark_conservative(words[i]);
}

/* Every aligned word of [lo, hi). Not instrumented: the stack holds
 * AddressSanitizer's poisoned red zones between locals. */
__attribute__((no_sanitize_address, noinline))
static void scan_range(uintptr_t lo, uintptr_t hi)
{
    lo = (lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t))
        mark_conservative(*(volatile uintptr_t *)a);
}

__attribute__((noinline))
static void scan_stack_from_here(void)
{
    volatile uintptr_t here = 0;
    /* the collecting thread's own stack (others': gil.c's root tracer) */
    void *base = ts_current && ts_current->stack_base ? ts_current->stack_base : stack_base;
    uintptr_t lo = (uintptr_t)&here, hi = (uintptr_t)base;
    if (lo < hi) scan_range(lo, hi);
}

void gc_mark_stack_range(gc_tracer *t, const void *lo, const void *hi)
{
    (void)t;
    if ((uintptr_t)lo < (uintptr_t)hi) scan_range((uintptr_t)lo, (uintptr_t)hi);
}

/* Spills the callee-saved registers into this frame (and, for good
 * measure, a jmp_buf), then scans from below it to the stack's base. */
__attribute__((noinline))
static void scan_stack(void)
{
    jmp_buf regs;
    memset(&regs, 0, sizeof regs);   /* what setjmp leaves unwritten is stale, and scanned */
    __builtin_unwind_init();
    (void)setjmp(regs);
    scan_stack_from_here();
    __asm__ volatile("" : : "r"(&regs) : "memory");
}

static void trace_object(object *o)
{
    type_object *type = o->type;
    if (!type) return;
    /* gc_mark_object knows a small block by its page, without reading
     * gc_bits; a header copied over one (GC_HEAP lost) is repaired here,
     * where the header is read anyway */
    if (!(o->gc_bits & GC_HEAP) && (uintptr_t)o >= heap_bounds_lo && (uintptr_t)o < heap_bounds_hi)
        (void)repair_heap_bits(o);
    gc_mark_object(&tracer, &type->hdr);
    if (type->trace) type->trace(o, &tracer);
}

static void scan_raw(void *raw)
{
    uintptr_t lo = (uintptr_t)raw;
    scan_range(lo, lo + heap_block_size(raw));
}

static void rescan_marked(void *block, int kind)
{
    if (kind == HEAP_RAW) scan_raw(block);
    else if (kind != HEAP_LEAF) trace_object(block);
}

static void drain(void)
{
    for (;;) {
        while (msp > 0) {
            uintptr_t e = mstack[--msp];
            if (e & 1) scan_raw((void *)(e & ~(uintptr_t)1));
            else trace_object((object *)e);
        }
        if (!mark_overflow) return;
        /* Some marked blocks were never traced: trace every marked block
         * again (harmless for those that were) until nothing is dropped. */
        mark_overflow = false;
        heap_each_marked(rescan_marked);
    }
}

static void mark_roots(void)
{
    for (size_t i = 0; i < value_roots.n; i++)
        gc_mark_value(&tracer, *(value *)value_roots.items[i]);
    for (size_t i = 0; i < object_roots.n; i++)
        gc_mark_object(&tracer, *(object **)object_roots.items[i]);
    for (size_t i = 0; i < root_tracers.n; i++)
        ((void (*)(gc_tracer *))root_tracers.items[i])(&tracer);
    for (int i = 0; i < nleaf_types; i++)
        gc_mark_object(&tracer, &leaf_types[i]->hdr);
    if (ts_current) {
        gc_mark_value(&tracer, ts_current->exc);
        gc_mark_value(&tracer, ts_current->handled);
        gc_mark_value(&tracer, ts_current->handled_below);
        gc_mark_value(&tracer, ts_current->trace_func);
        gc_mark_value(&tracer, ts_current->profile_func);
        gc_mark_value(&tracer, ts_current->context);
    }
    for (size_t i = 0; i < del_queue.n; i++)
        gc_mark_object(&tracer, del_queue.items[i]);
    drain();
    scan_stack();
    drain();
}

/* -- Finalizers (PEP 442) ------------------------------------------------------------ */

int gc_register_finalizer(object *o)
{
    if (!o || !(o->gc_bits & GC_HEAP) || (o->gc_bits & (GC_HAS_DEL | GC_FINALIZED))) return 0;
    if (vec_push(&with_del, o) < 0) {
        exc_no_memory();
        return -1;
    }
    o->gc_bits |= GC_HAS_DEL;
    return 0;
}

/* Moves the unreachable objects of with_del to del_queue, then marks them
 * and all they reach: they live through this collection. All are chosen
 * before any is marked, so that one reached only from another's __del__
 * object still gets its own call in this cycle. */
static void resurrect_finalizable(void)
{
    size_t first = del_queue.n, keep = 0;
    for (size_t i = 0; i < with_del.n; i++) {
        object *o = with_del.items[i];
        if (heap_is_marked(o, o->gc_bits & GC_LARGE)) {
            with_del.items[keep++] = o;   /* still reachable */
        } else if (del_check && !del_check(o)) {
            o->gc_bits &= ~(uint32_t)GC_HAS_DEL;   /* nothing left to do: just dies */
        } else if (vec_push(&del_queue, o) < 0) {
            with_del.items[keep++] = o;   /* no room: next time */
        }
    }
    with_del.n = keep;
    for (size_t i = 0; i < keep; i++)
        gc_mark_object(&tracer, with_del.items[i]);   /* the no-room ones */
    for (size_t i = first; i < del_queue.n; i++)
        gc_mark_object(&tracer, del_queue.items[i]);
    drain();
}

/* Calls __del__ through the VM's hook on each queued object. The queue is
 * a root until it is emptied, so collections inside a __del__ keep the
 * others; those collections append to it and this loop takes them too. */
static void run_del_hooks(void)
{
    if (running_dels || del_queue.n == 0) return;
    running_dels = true;
    for (size_t i = 0; i < del_queue.n; i++) {
        object *o = del_queue.items[i];
        o->gc_bits = (o->gc_bits & ~(uint32_t)GC_HAS_DEL) | GC_FINALIZED;
        if (!del_hook) continue;
        value saved = ts_current ? exc_fetch() : V_NULL;
        del_hook(o);
        if (ts_current) {
            exc_clear();            /* the hook reports its own errors */
            exc_restore(saved);
        }
    }
    del_queue.n = 0;
    running_dels = false;
}

void gc_set_del_check(bool (*needs_del)(object *o)) { del_check = needs_del; }

bool gc_is_finalized(object *o)
{
    return (o->gc_bits & GC_HEAP) && (o->gc_bits & GC_FINALIZED);
}

void gc_set_weakref_hooks(void (*clear)(void), void (*run)(void))
{
    weak_clear = clear;
    weak_run = run;
}

void gc_note_pending(void) { gc_pending = true; }

/* Weakref callbacks first, then finalizers (PEP 442's order). Python code
 * run here may collect and queue more: the loop takes it too. Nested
 * calls (a callback starting a Python frame) return at once. */
void gc_run_pending(void)
{
    if (running_pending) return;
    running_pending = true;
    while (gc_pending) {
        gc_pending = false;
        if (weak_run) weak_run();
        run_del_hooks();
    }
    running_pending = false;
}

/* -- Collection ----------------------------------------------------------------------- */

/* Everything after marking. Apart from gc_collect, so that gc_collect's
 * frame, which the stack scan covers, holds no locals of this part
 * (uninitialised during the scan, so stale: a stale pointer there kept a
 * dead cycle alive in the sanitizer build). */
__attribute__((noinline))
static void finish_collection(void)
{
    /* Weakrefs to unmarked objects are cleared before finalizers may
     * resurrect their referents (PEP 442), so none sees a resurrected one. */
    if (weak_clear) weak_clear();
    resurrect_finalizable();
    for (size_t i = 0; i < weak_hooks.n; i++)
        ((void (*)(gc_tracer *))weak_hooks.items[i])(&tracer);
    size_t before = live_bytes + allocated_since;
    live_bytes = heap_sweep();
    heap_stats hs;
    heap_get_stats(&hs);
    objects_freed_last = hs.objects_freed;
    freed_last = before > live_bytes ? before - live_bytes : 0;
    allocated_since = 0;
    threshold = live_bytes > MIN_THRESHOLD ? live_bytes : MIN_THRESHOLD;
    heap_set_page_cache_limit(threshold);
    reopen_inline();
    collections++;
#ifdef TAIPAN_GC_STRESS
    stress_schedule();
#endif
    in_collection = false;
    if (del_queue.n) gc_pending = true;
}

void gc_collect(void)
{
    if (in_collection) return;
    if (!initialised) gc_init();
    settle_inline();
    in_collection = true;
    epoch = epoch == EPOCH_MAX ? 1 : epoch + 1;
    heap_prepare_marking(&heap_bounds_lo, &heap_bounds_hi);
    mark_roots();
    finish_collection();
}

bool gc_is_live(object *o)
{
    uintptr_t p = (uintptr_t)o;
    if (p >= heap_bounds_lo && p < heap_bounds_hi) {
        heap_page *pg = heap_page_in_bounds(p);
        if (pg) return heap_bit(pg->mark, heap_cell_index(pg, p));
    }
    if (!(o->gc_bits & GC_HEAP)) return true;    /* static */
    return heap_is_marked(o, true);
}

size_t gc_heap_size(void) { return live_bytes; }
void gc_disable(void) { enabled = 0; }
void gc_enable(void) { enabled = 1; }
int gc_is_enabled(void) { return enabled; }

void gc_get_stats(gc_stats *out)
{
    heap_stats hs;
    heap_get_stats(&hs);
    settle_inline();
    out->collections = collections;
    out->heap_bytes = live_bytes;
    out->allocated_since = allocated_since;
    out->total_allocated = total_allocated;
    out->freed_last = freed_last;
    out->objects_freed_last = objects_freed_last;
    out->pages = hs.pages;
    out->large_blocks = hs.large_blocks;
    out->threshold = threshold;
}
