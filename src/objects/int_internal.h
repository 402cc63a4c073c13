/* What int.c, int_parse.c, int_format.c, bool.c and float.c share about
 * ints beyond int.h: read-only GMP views of any int-like value, result
 * constructors that take over a temporary mpz, and the pieces of int's
 * type that live in the other files. Not for use outside src/objects. */
#ifndef TAIPAN_INT_INTERNAL_H
#define TAIPAN_INT_INTERNAL_H
#include "int.h"

typedef struct zview {
    mpz_t z;
    mp_limb_t limb;
} zview;

bool int_small_of(value v, int64_t *out);          /* v int-like; true when it fits the small range */
const __mpz_struct *int_zget(value v, zview *tmp);  /* read-only mpz of an int-like v */
TP_MUST_CHECK value int_take_mpz(mpz_t t);          /* canonical int from t; clears t */
TP_MUST_CHECK value int_subtype_new(type_object *type, value v);
TP_MUST_CHECK value int_exact(value v);             /* the plain int equal to v */
double int_ratio_to_double(const mpz_t a, const mpz_t b, int *overflow);  /* a >= 0, b > 0 or NULL */
TP_MUST_CHECK int int_to_double_checked(value v, double *out);
int64_t int_hash_value(value v);
int int_compare(value a, value b);                  /* -1, 0, 1 */
bool cmp_result(int c, int op);                     /* c (-1/0/1) under a CMP_* op */
/* The decimal digits of i (sign included), written backwards so they end
 * at `end` (at least 21 bytes of room before it); returns their start. */
char *int_small_decimal(int64_t i, char *end);
TP_MUST_CHECK value int_divmod(value a, value b);

/* int_parse.c */
TP_MUST_CHECK value int_new(type_object *type, int argc, const value *argv, value kwnames);
TP_MUST_CHECK value int_to_bytes(value self, int argc, const value *argv, value kwnames);
TP_MUST_CHECK value int_from_bytes(value cls, int argc, const value *argv, value kwnames);

char *num_ascii_text(const char *s, size_t n, size_t *outn);  /* malloc'd ASCII form of number text */
bool num_is_space(char c);

/* int_format.c */
TP_MUST_CHECK value int_format_m(value self, int argc, const value *argv, value kwnames);
TP_MUST_CHECK value int_format(value v, const char *spec, size_t n);

#endif
