/* complex: a boxed pair of doubles (complex.c). Arithmetic, hashing,
 * text and parsing as CPython 3.11; ints and floats mix in as complex
 * numbers with a zero imaginary part. */
#ifndef TAIPAN_COMPLEX_H
#define TAIPAN_COMPLEX_H
#include "object.h"

typedef struct complex_object {
    object hdr;
    double re, im;
} complex_object;

extern type_object complex_type;

static inline bool v_is_complex(value v)
{
    return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &complex_type);
}
TP_MUST_CHECK value complex_new(double re, double im);
/* complex(x) ** complex(y) for two doubles: what float ** gives when a
 * negative base meets a fractional exponent. */
TP_MUST_CHECK value complex_pow_doubles(double x, double y);

#endif
