/* int: arbitrary precision. Values in [V_SMALL_MIN, V_SMALL_MAX] are tagged
 * small ints (value.h) and never heap objects; larger ones are big ints
 * holding a GMP integer (mpz; its limbs are C memory released by the
 * type's finalize slot). Every operation returns the canonical form: a
 * result that fits is always a small int. bool is a subclass (bool.c). */
#ifndef TAIPAN_INT_H
#define TAIPAN_INT_H
#include <gmp.h>
#include <stdbool.h>
#include "object.h"

typedef struct bigint_object {
    object hdr;
    mpz_t z;
} bigint_object;

/* Any int value: a small int, a big int, a bool, or an int subclass instance. */
static inline bool v_is_int_exact(value v) { return v_is_int(v) || (v_is_ptr(v) && v_obj(v)->type == &int_type); }
bool v_is_int_like(value v);     /* isinstance(v, int), bools included */

TP_MUST_CHECK value int_from_i64(int64_t i);
TP_MUST_CHECK value int_from_u64(uint64_t u);
TP_MUST_CHECK value int_from_mpz(const mpz_t z);     /* copies; canonical result */
/* int(s, base) for the text of a literal or int(): underscores, sign,
 * whitespace and base prefixes as CPython; ValueError on bad text. */
TP_MUST_CHECK value int_from_str(const char *s, size_t n, int base);
/* Sets *out when v (an int) fits in int64; returns -1 with OverflowError
 * ("Python int too large to convert to C long") otherwise. */
TP_MUST_CHECK int int_as_i64(value v, int64_t *out);
/* Sets an mpz to v's value (mpz must be initialised). */
void int_to_mpz(value v, mpz_t out);
TP_MUST_CHECK value int_to_decimal(value v);    /* str(v), with the 4300-digit limit */
double int_as_double(value v, int *overflow);   /* correctly rounded; *overflow set if too big */
/* Binds arguments by name as CPython's argument clinic does, with its
 * messages: names[0..npos) may be positional, the rest keyword-only
 * ("" = positional-only); out[i] = V_NULL when absent; the first nreq
 * are required. Used by the number types and number builtins. */
TP_MUST_CHECK int num_parse_args(const char *fname, int argc, const value *argv, value kwnames,
                                 const char *const *names, int nnames, int npos, int nreq, value *out);
/* sys.get_int_max_str_digits(): 4300 by default, 0 = no limit. */
extern int int_max_str_digits;

#endif
