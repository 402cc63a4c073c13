/* Python's repr() of floats and complex numbers: the shortest decimal string
 * that reads back to the same double ("0.1", "1e+16", "1.5e-05", "inf",
 * "nan", "-0.0"), and the complex forms ("1j", "(1+2j)", "infj"). Standalone:
 * used by the AST dump now and the float/complex types later. */
#ifndef TAIPAN_FLOAT_REPR_H
#define TAIPAN_FLOAT_REPR_H
#include <stddef.h>

/* Writes repr(x) into buf (n bytes, NUL-terminated, truncated if too small;
 * 32 bytes always suffice). Returns the length of the full repr. */
int float_repr(double x, char *buf, size_t n);

/* Writes repr(complex(re, im)) into buf (64 bytes always suffice). Returns
 * the length of the full repr. */
int complex_repr(double re, double im, char *buf, size_t n);

#endif
