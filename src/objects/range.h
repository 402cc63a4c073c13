/* range: an immutable arithmetic sequence. start/stop/step/len are int
 * values (small or big); iteration over small ranges runs on C integers. */
#ifndef TAIPAN_RANGE_H
#define TAIPAN_RANGE_H
#include "object.h"

typedef struct range_object {
    object hdr;
    value start, stop, step, len;
} range_object;

/* The iterator of a range whose start, stop, step and length fit int64
 * (CPython's range_iterator): yields `next` (boxed with int_from_i64 when
 * outside the small-int range), then adds `step`, `left` times. Other
 * ranges iterate with longrange_iterator_type, on int values. */
typedef struct range_iter_object {
    object hdr;
    int64_t next, step, left;
    int64_t start, len;       /* as created: __reduce__/__setstate__ count from here */
} range_iter_object;

extern type_object range_type, range_iterator_type, longrange_iterator_type;
static inline bool v_is_range(value v) { return v_is_ptr(v) && v_obj(v)->type == &range_type; }
TP_MUST_CHECK value range_new(value start, value stop, value step);

#endif
