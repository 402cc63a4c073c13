/* list: a growable array of values (items in a gc_alloc_raw block),
 * amortised O(1) append; sort is a stable adaptive merge sort (timsort's
 * ideas) that detects a list mutated during the sort (ValueError). */
#ifndef TAIPAN_LIST_H
#define TAIPAN_LIST_H
#include "object.h"

typedef struct list_object {
    object hdr;
    size_t len, cap;
    value *items;
} list_object;

extern type_object list_iterator_type, list_reverseiterator_type;

/* The list iterator (exposed for the eval loop's FOR_ITER fast path):
 * yields seq[i++] while i < len(seq), then drops seq. */
typedef struct list_iter {
    object hdr;
    value seq;      /* V_NULL once exhausted */
    int64_t i;
} list_iter;

static inline bool v_is_list(value v) { return v_is_ptr(v) && v_obj(v)->type == &list_type; }
static inline list_object *v_list(value v) { return (list_object *)v_obj(v); }
static inline size_t list_len(value l) { return v_list(l)->len; }
static inline value list_get(value l, size_t i) { return v_list(l)->items[i]; }
TP_MUST_CHECK value list_new(size_t len);   /* len items, all None */
TP_MUST_CHECK int list_append(value l, value v);
TP_MUST_CHECK value list_from_array(const value *items, size_t n);
TP_MUST_CHECK int list_extend(value l, value iterable);
TP_MUST_CHECK int list_sort(value l, value key, int reverse);   /* key may be V_NULL */
TP_MUST_CHECK value list_as_tuple(value l);
TP_MUST_CHECK int list_sort_reverse_arg(value rv, int *reverse);   /* reverse= of sort/sorted */

#endif
