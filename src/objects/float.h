/* float: a boxed IEEE double (the JIT keeps floats unboxed). repr is the
 * shortest round-tripping text (util/float_repr.c), arithmetic and
 * comparisons (including int/float mixed, exactly) as CPython. */
#ifndef TAIPAN_FLOAT_H
#define TAIPAN_FLOAT_H
#include "object.h"

typedef struct float_object {
    object hdr;
    double d;
} float_object;

static inline bool v_is_float(value v) { return v_is_ptr(v) && v_obj(v)->type == &float_type; }
static inline double v_float(value v) { return ((float_object *)v_obj(v))->d; }
TP_MUST_CHECK value float_new(double d);
/* OverflowError(34, 'Numerical result out of range'), as libm overflows raise it. */
value float_range_error(void);
/* float(v) for any number or object with __float__ / __index__. */
TP_MUST_CHECK int obj_as_double(value v, double *out);
/* hash(d) for a double (NaN hashes by `self`'s identity); complex uses it. */
int64_t float_hash_double(double d, value self);

/* In s[i..n), the end of a run of decimal digits with single underscores
 * between them (the literal syntax float() and complex() accept). */
size_t float_digit_part(const char *s, size_t i, size_t n);

#endif
