/* tuple: an immutable array of values, allocated in one piece. */
#ifndef TAIPAN_TUPLE_H
#define TAIPAN_TUPLE_H
#include "object.h"

typedef struct tuple_object {
    object hdr;
    int64_t hash;      /* -1 until computed */
    size_t len;
    value items[];
} tuple_object;

extern type_object tuple_iterator_type;
static inline bool v_is_tuple(value v) { return v_is_ptr(v) && v_obj(v)->type == &tuple_type; }
static inline tuple_object *v_tuple(value v) { return (tuple_object *)v_obj(v); }
static inline size_t tuple_len(value t) { return v_tuple(t)->len; }
static inline value tuple_get(value t, size_t i) { return v_tuple(t)->items[i]; }
/* A new tuple of n items, all set to None; fill with tuple_items(t)[i] = v
 * before it escapes. */
TP_MUST_CHECK value tuple_new(size_t n);
static inline value *tuple_items(value t) { return v_tuple(t)->items; }
TP_MUST_CHECK value tuple_from_array(const value *items, size_t n);
TP_MUST_CHECK value tuple_pack(size_t n, ...);
value tuple_empty(void);   /* the shared () */

#endif
