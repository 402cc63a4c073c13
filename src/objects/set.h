/* set and frozenset: open-addressed hash tables of keys with cached
 * hashes, probed as CPython probes (a few linear steps, then perturbed
 * jumps), so that iteration order -- and so what `print` shows for a set
 * of ints -- matches CPython's. frozenset is immutable and hashable. */
#ifndef TAIPAN_SET_H
#define TAIPAN_SET_H
#include "object.h"

typedef struct set_entry {
    int64_t hash;
    value key;       /* V_NULL: unused (hash 0) or dummy (hash -1) */
} set_entry;

typedef struct set_object {
    object hdr;
    size_t used;     /* live keys */
    size_t fill;     /* live + dummy slots */
    size_t mask;     /* table size - 1 */
    set_entry *table;
    int64_t hash;    /* frozenset: -1 until computed */
    uint64_t version;/* bumped on every size change (iteration checks) */
    size_t finger;   /* where pop() looks next, as in CPython (pop order) */
} set_object;

extern type_object set_type, frozenset_type, set_iterator_type;

static inline bool v_is_set_exact(value v) { return v_is_ptr(v) && v_obj(v)->type == &set_type; }
static inline bool v_is_anyset(value v)
{
    return v_is_ptr(v) && (v_obj(v)->type == &set_type || v_obj(v)->type == &frozenset_type ||
                           type_issubtype(v_obj(v)->type, &set_type) ||
                           type_issubtype(v_obj(v)->type, &frozenset_type));
}
static inline size_t set_len(value s) { return ((set_object *)v_obj(s))->used; }

TP_MUST_CHECK value set_new(value iterable);        /* set(iterable); iterable may be V_NULL */
TP_MUST_CHECK value frozenset_new(value iterable);  /* frozenset(iterable); may be V_NULL */
TP_MUST_CHECK int set_add(value s, value key);
TP_MUST_CHECK int set_contains(value s, value key);  /* 1/0/-1 */
TP_MUST_CHECK int set_discard(value s, value key);   /* 1 removed, 0 absent, -1 error */
TP_MUST_CHECK int set_update(value s, value iterable);
/* Iteration: start with *pos = 0; returns 0 at the end. */
int set_next(value s, size_t *pos, value *key);

#endif
