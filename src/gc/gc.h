/* Taipan's garbage collector (DESIGN.md, "Memory"): non-moving mark-sweep
 * over size-class pages, large objects apart. The heap is traced precisely
 * through each type's trace slot; the C stack (and registers) are scanned
 * conservatively, so C code keeps values in ordinary local variables and
 * needs no root registration. Global C variables that hold values must be
 * registered once with gc_root. Collection runs inside gc_alloc when the
 * heap has grown enough since the last one (or at every allocation in the
 * `make stress` build, TAIPAN_GC_STRESS). Finalisation follows PEP 442:
 * weakrefs are cleared and their callbacks run, then __del__ (once per
 * object; resurrection allowed), then memory is reclaimed. */
#ifndef TAIPAN_GC_H
#define TAIPAN_GC_H
#include <stdbool.h>
#include <stddef.h>
#include "../objects/object.h"

void gc_init(void);
/* The highest address of the main thread's C stack, for the conservative
 * scan. gc_init finds it itself (pthread); this overrides it. */
void gc_set_stack_base(void *base);

/* A zero-filled object of `size` bytes (header included) whose header names
 * `type`. NULL with MemoryError set when the request cannot be met (too
 * big, or the system is out of memory): never aborts. */
TP_MUST_CHECK object *gc_alloc(type_object *type, size_t size);
/* An object that holds nothing the collector must follow (no values, no
 * raw blocks): a str, a float. The collector marks it without ever reading
 * it, so a heap of a million strings costs a bit each to mark. Only the
 * `object` header is written: the caller fills every other field before
 * anything reads it. The type must be a builtin (static) type without
 * trace and finalize slots; another type gets a zero-filled ordinary
 * object. NULL with MemoryError set on failure. */
TP_MUST_CHECK object *gc_alloc_leaf(type_object *type, size_t size);
/* Counts `bytes` that an object is about to own outside the collected heap
 * (a big int's GMP digits, freed by its finalizer) towards the next
 * collection, so that garbage holding much such memory is found in time
 * rather than after the process has grown by gigabytes. */
void gc_charge(size_t bytes);
/* Raw, untraced memory owned by an object (e.g. a list's item array):
 * gc_alloc_raw'd blocks are traced only through their owner's trace
 * function (which calls gc_mark_raw on them) and freed when not marked.
 * Zero-filled; NULL with MemoryError set on failure. */
TP_MUST_CHECK void *gc_alloc_raw(size_t size);
/* Grows or shrinks a raw block, keeping its contents. */
TP_MUST_CHECK void *gc_realloc_raw(void *p, size_t old_size, size_t new_size);

/* For trace functions. */
void gc_mark_value(gc_tracer *t, value v);
void gc_mark_object(gc_tracer *t, object *o);   /* o may be NULL */
void gc_mark_values(gc_tracer *t, const value *vs, size_t n);
void gc_mark_raw(gc_tracer *t, void *raw);       /* keeps a gc_alloc_raw block alive */
/* Words that may hold values or stale garbage (the unused part of a VM
 * frame's value stack): each is treated as the C stack is, marking the
 * live block it points into, if any. */
void gc_mark_conservative(gc_tracer *t, const value *words, size_t n);
/* Another thread's C stack, [lo, hi), scanned as the collector scans its
 * own (threads: src/vm/gil.c). */
void gc_mark_stack_range(gc_tracer *t, const void *lo, const void *hi);

/* A global C variable holding a value: traced at every collection. */
void gc_root(value *slot);
void gc_root_object(object **slot);
/* A function called at every collection to mark more roots (e.g. a table
 * in malloc'd memory), with gc_mark_* on the tracer it is given. */
void gc_add_root_tracer(void (*fn)(gc_tracer *t));

/* Weak tables: `fn` is called in each collection once everything
 * reachable is marked and before anything is freed. It asks gc_is_live of
 * the objects its table holds weakly, forgets the dead ones, and may keep
 * blocks that live ones own with gc_mark_raw (such a block is not scanned:
 * it must hold no values). It must not allocate. */
void gc_add_weak_hook(void (*fn)(gc_tracer *t));
bool gc_is_live(object *o);              /* only inside a weak hook */

void gc_collect(void);                   /* a full collection now */
size_t gc_heap_size(void);               /* bytes in live objects after the last collection */
void gc_disable(void);
void gc_enable(void);
int gc_is_enabled(void);

/* Objects whose type defines __del__ register here when created, so the
 * collector can run it (PEP 442) before freeing them: when such an object
 * becomes unreachable, it and all it reaches survive that collection and
 * the del hook is called on it afterwards, once in its life (resurrection
 * allowed; if it dies again it is simply freed). Returns 0, or -1 with
 * MemoryError set. */
int gc_register_finalizer(object *o);
/* The VM's __del__ caller (looks up and calls type(o).__del__, reporting
 * errors as "Exception ignored in"); the exception state is saved around
 * it. Without a hook, unreachable finalizable objects are just freed. */
void gc_set_del_hook(void (*hook)(object *o));
/* Optional: asked during a collection about each unreachable registered
 * object; false means it no longer needs its finalizer (a generator that
 * has finished), so it is freed without being resurrected. Must not
 * allocate. */
void gc_set_del_check(bool (*needs_del)(object *o));
bool gc_is_finalized(object *o);         /* its __del__ has run (gc.is_finalized) */

/* Weak references (src/objects/weakref.c). `clear` is called in each
 * collection once everything reachable is marked and before finalizable
 * objects are resurrected (PEP 442's order): it clears the weakrefs whose
 * referents are not live (gc_is_live), queues their callbacks and calls
 * gc_note_pending. `run` calls the queued callbacks, from gc_run_pending.
 * Dead weakref objects themselves are forgotten in a gc_add_weak_hook. */
void gc_set_weakref_hooks(void (*clear)(void), void (*run)(void));

/* A collection runs inside whatever allocation triggered it, where running
 * Python code would be unsafe (the caller may be half-way through changing
 * an object). So weakref callbacks and __del__ calls are only queued there;
 * gc_run_pending runs them (callbacks first, then finalizers) at a safe
 * point: before a Python frame starts (frame_push), in gc.collect(), at
 * exit. The exception state is saved around each call. */
extern bool gc_pending;
static inline bool gc_has_pending(void) { return gc_pending; }
void gc_note_pending(void);
void gc_run_pending(void);

/* The largest block a request may ask for: less than the machine's memory
 * (RAM + swap) and the process's address-space and data limits, at most
 * 1 TiB. Beyond it an allocation is a MemoryError at once, without
 * growing the heap first; code that sizes a result before computing it
 * (big ints, padded strings) checks against it too. */
size_t gc_max_request(void);

/* For the `gc` module and tests. */
typedef struct gc_stats {
    size_t collections;        /* full collections so far */
    size_t heap_bytes;         /* live bytes after the last collection */
    size_t allocated_since;    /* bytes allocated since the last collection */
    size_t total_allocated;    /* bytes allocated since start-up */
    size_t freed_last;         /* bytes the last collection reclaimed */
    size_t objects_freed_last; /* objects the last collection reclaimed */
    size_t pages;              /* small-object pages in use (64 KiB each) */
    size_t large_blocks;       /* large blocks in use */
    size_t threshold;          /* allocation that triggers the next collection */
} gc_stats;
void gc_get_stats(gc_stats *out);

#endif
