/* Stub: being written. */
#include "float_repr.h"
#include <stdio.h>
int float_repr(double x, char *buf, size_t n) { return snprintf(buf, n, "%.17g", x); }
int complex_repr(double re, double im, char *buf, size_t n) { return snprintf(buf, n, "(%.17g+%.17gj)", re, im); }
