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

/* A global C variable holding a value: traced at every collection. */
void gc_root(value *slot);
void gc_root_object(object **slot);
/* A function called at every collection to mark more roots (e.g. a table
 * in malloc'd memory), with gc_mark_* on the tracer it is given. */
void gc_add_root_tracer(void (*fn)(gc_tracer *t));

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
