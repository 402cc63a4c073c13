/* slice objects (a[lo:hi:step]) and the index arithmetic every sequence's
 * getitem/setitem shares. */
#ifndef TAIPAN_SLICE_H
#define TAIPAN_SLICE_H
#include "object.h"

typedef struct slice_object {
    object hdr;
    value start, stop, step;   /* any values; None when omitted */
} slice_object;

extern type_object slice_type;
static inline bool v_is_slice(value v) { return v_is_ptr(v) && v_obj(v)->type == &slice_type; }

TP_MUST_CHECK value slice_new(value start, value stop, value step);  /* V_NULL parts: None */
/* Resolves slice against a sequence of length len as CPython's
 * PySlice_Unpack + PySlice_AdjustIndices: *start, *stop clamped, *step
 * nonzero ("slice step cannot be zero"), *slicelen the number of items.
 * Indices that are not ints and have no __index__ raise TypeError
 * ("slice indices must be integers or None or have an __index__ method").
 * Returns 0, or -1 with an exception. */
TP_MUST_CHECK int slice_unpack(value slice, int64_t len, int64_t *start, int64_t *stop,
                               int64_t *step, int64_t *slicelen);
/* A sequence index: ints and __index__ objects, negative counts from len;
 * not range-checked. -1 with IndexError "cannot fit 'int' into an
 * index-sized integer" for huge ints, TypeError for non-integers (the
 * message names `what`: "list indices must be integers or slices, not
 * str"). */
TP_MUST_CHECK int seq_index(value key, int64_t len, const char *what, int64_t *out);

#endif
