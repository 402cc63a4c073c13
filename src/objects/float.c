/* float: boxed IEEE doubles (float.h). Arithmetic follows CPython 3.11:
 * operands may be floats, float subclass instances or ints (converted
 * with correct rounding, OverflowError when too big); // and % keep
 * Python's signs (the result of % has the divisor's sign, zeros too);
 * ** has C99's special cases plus Python's errors. Comparisons with ints
 * are exact (GMP compares an mpz with a double exactly), and the hash
 * agrees with int's for equal values (reduction modulo 2**61 - 1; NaN
 * hashes by identity as in 3.10+). round(x, n) is correctly rounded: the
 * exact binary value is scaled by 10**n as a rational and rounded half to
 * even. Text: repr via util/float_repr.c, float() parsing, hex/fromhex;
 * __format__ goes through format_spec.c. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "float.h"
#include "bytes.h"
#include "bytearray.h"
#include "complex.h"
#include "format_spec.h"
#include "int_internal.h"
#include "str.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../util/float_repr.h"
#include "../vm/exc.h"

/* -- Values ---------------------------------------------------------------- */

static value float_alloc(type_object *type, double d)
{
    size_t size = type->basicsize > sizeof(float_object) ? type->basicsize : sizeof(float_object);
    float_object *f = (float_object *)gc_alloc(type, size);
    if (!f)
        return V_NULL;
    f->d = d;
    return v_from_obj(f);
}

value float_new(double d) { return float_alloc(&float_type, d); }

/* A libm overflow: CPython raises it from errno, so its args are the pair
 * (ERANGE, strerror(ERANGE)), not one message. */
value float_range_error(void)
{
    value args[2] = {v_small(34), str_from_cstr("Numerical result out of range")};
    if (!args[1])
        return V_NULL;
    value e = obj_call(v_from_obj(&exc_OverflowError), 2, args, V_NULL);
    return e ? exc_raise_value(e) : V_NULL;
}

static bool is_floatish(value v)
{
    return v_is_ptr(v) && (v_obj(v)->type == &float_type || type_issubtype(v_obj(v)->type, &float_type));
}

static double fval(value v) { return ((float_object *)v_obj(v))->d; }

/* An operand as a double: 1 when converted, 0 when not a number
 * (NotImplemented), -1 on error (an int too large). */
static int operand(value v, double *out)
{
    if (is_floatish(v)) {
        *out = fval(v);
        return 1;
    }
    if (v_is_int_like(v))
        return int_to_double_checked(v, out) < 0 ? -1 : 1;
    return 0;
}

#define OPERANDS(a, b, x, y)                          \
    double x, y;                                      \
    do {                                              \
        int ra_ = operand(a, &x);                     \
        if (ra_ <= 0) return ra_ ? V_NULL : V_NOTIMPL; \
        int rb_ = operand(b, &y);                     \
        if (rb_ <= 0) return rb_ ? V_NULL : V_NOTIMPL; \
    } while (0)

/* float(v): the result of __float__ must be a float. */
static int call_float_slot(value v, double *out)
{
    value r = v_type(v)->nb_float(v);
    if (!r)
        return -1;
    if (!is_floatish(r)) {
        exc_raise(&exc_TypeError, "%s.__float__ returned non-float (type %s)", v_type_name(v), v_type_name(r));
        return -1;
    }
    *out = fval(r);
    return 0;
}

int obj_as_double(value v, double *out)
{
    if (is_floatish(v) && v_obj(v)->type == &float_type) {
        *out = fval(v);
        return 0;
    }
    if (v_is_int_like(v) && (v_is_int(v) || v_obj(v)->type->nb_float == int_type.nb_float))
        return int_to_double_checked(v, out);
    type_object *t = v_type(v);
    if (t->nb_float)
        return call_float_slot(v, out);
    if (t->nb_index) {
        value i = obj_index(v);
        if (!i)
            return -1;
        return int_to_double_checked(i, out);
    }
    exc_raise(&exc_TypeError, "must be real number, not %s", v_type_name(v));
    return -1;
}

/* A float as an int: truncation, with CPython's errors for inf and nan. */
static value double_to_int(double d)
{
    if (isnan(d))
        return exc_raise(&exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return exc_raise(&exc_OverflowError, "cannot convert float infinity to integer");
    if (fabs(d) < 4611686018427387904.0)    /* 2**62 */
        return v_small((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_take_mpz(z);
}

/* -- Text ------------------------------------------------------------------ */

static value float_repr_v(value v)
{
    char buf[40];
    int n = float_repr(fval(v), buf, sizeof buf);
    return str_from_utf8(buf, (size_t)n);
}

static bool ieq(const char *s, size_t n, const char *word)
{
    if (strlen(word) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i])
            return false;
    return true;
}

size_t float_digit_part(const char *s, size_t i, size_t n)
{
    size_t j = i;
    while (j < n && s[j] >= '0' && s[j] <= '9') {
        j++;
        if (j + 1 < n && s[j] == '_' && s[j + 1] >= '0' && s[j + 1] <= '9')
            j++;
    }
    return j;
}

/* Parses the ASCII text of a float (Python's grammar: no hex, no
 * "nan(...)"); false when invalid. */
static bool parse_float_ascii(const char *t, size_t n, double *out)
{
    size_t i = 0, end = n;
    while (i < end && num_is_space(t[i])) i++;
    while (end > i && num_is_space(t[end - 1])) end--;
    size_t start = i;
    bool neg = false;
    if (i < end && (t[i] == '+' || t[i] == '-'))
        neg = t[i++] == '-';
    if (ieq(t + i, end - i, "inf") || ieq(t + i, end - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (ieq(t + i, end - i, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    size_t j = float_digit_part(t, i, end);
    bool digits = j > i;
    if (j < end && t[j] == '.') {
        size_t k = float_digit_part(t, j + 1, end);
        digits = digits || k > j + 1;
        j = k;
    }
    if (!digits)
        return false;
    if (j < end && (t[j] == 'e' || t[j] == 'E')) {
        size_t k = j + 1;
        if (k < end && (t[k] == '+' || t[k] == '-'))
            k++;
        size_t m = float_digit_part(t, k, end);
        if (m == k)
            return false;
        j = m;
    }
    if (j != end)
        return false;
    char *clean = malloc(end - start + 1);
    if (!clean)
        return false;
    size_t c = 0;
    for (size_t p = start; p < end; p++)
        if (t[p] != '_')
            clean[c++] = t[p];
    clean[c] = 0;
    *out = strtod(clean, NULL);
    free(clean);
    return true;
}

/* float(text); `shown` is what the message quotes (V_NULL: the text). */
static int float_from_text(const char *s, size_t n, value shown, double *out)
{
    size_t m;
    char *t = num_ascii_text(s, n, &m);
    if (!t)
        return -1;
    bool ok = parse_float_ascii(t, m, out);
    free(t);
    if (ok)
        return 0;
    if (!shown && !(shown = str_from_utf8(s, n)))
        return -1;
    exc_raise(&exc_ValueError, "could not convert string to float: %R", shown);
    return -1;
}

/* -- Hash ------------------------------------------------------------------ */

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

/* The hash of a finite double: its exact value modulo 2**61 - 1, taken 28
 * bits of mantissa at a time, then the power of two as a rotation (since
 * 2**61 == 1 modulo the prime, multiplying by 2**e rotates by e mod 61). */
int64_t float_hash_double(double d, value self)
{
    if (isinf(d))
        return d > 0 ? 314159 : -314159;
    if (isnan(d)) {
        uint64_t y = (uint64_t)self;
        int64_t h = (int64_t)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;        /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int float_hash(value v, int64_t *out)
{
    *out = float_hash_double(fval(v), v);
    return 0;
}

/* -- Comparison ------------------------------------------------------------ */

/* The sign of i - d for an int i and a double d that is not a NaN. */
static int compare_int_double(value i, double d)
{
    if (isinf(d))
        return d > 0 ? -1 : 1;
    int64_t s;
    if (int_small_of(i, &s) && s > -((int64_t)1 << 53) && s < ((int64_t)1 << 53)) {
        double x = (double)s;
        return (x > d) - (x < d);
    }
    zview t;
    int c = mpz_cmp_d(int_zget(i, &t), d);   /* exact */
    return (c > 0) - (c < 0);
}

static value float_richcompare(value a, value b, int op)
{
    bool fa = is_floatish(a), fb = is_floatish(b);
    if ((!fa && !v_is_int_like(a)) || (!fb && !v_is_int_like(b)))
        return V_NOTIMPL;
    if (fa && fb) {
        double x = fval(a), y = fval(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        default: return v_bool(x >= y);
        }
    }
    double d = fa ? fval(a) : fval(b);
    if (isnan(d))
        return v_bool(op == CMP_NE);
    int c = fa ? -compare_int_double(b, d) : compare_int_double(a, d);
    return v_bool(cmp_result(c, op));
}

/* -- Arithmetic ------------------------------------------------------------ */

static value float_add(value a, value b) { OPERANDS(a, b, x, y); return float_new(x + y); }
static value float_sub(value a, value b) { OPERANDS(a, b, x, y); return float_new(x - y); }
static value float_mul(value a, value b) { OPERANDS(a, b, x, y); return float_new(x * y); }

static value float_truediv(value a, value b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float division by zero");
    return float_new(x / y);
}

/* Python's divmod of doubles (y != 0): the remainder has y's sign, and
 * the quotient is the nearest integer to (x - mod) / y. */
static void float_divmod_d(double x, double y, double *q, double *r)
{
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *q = fd;
    *r = mod;
}

static value float_floordiv(value a, value b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float floor division by zero");
    double q, r;
    float_divmod_d(x, y, &q, &r);
    return float_new(q);
}

static value float_mod(value a, value b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float modulo");
    double q, r;
    float_divmod_d(x, y, &q, &r);
    return float_new(r);
}

static value float_divmod(value a, value b)
{
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float divmod()");
    double q, r;
    float_divmod_d(x, y, &q, &r);
    value fq = float_new(q), fr;
    if (!fq || !(fr = float_new(r)))
        return V_NULL;
    return tuple_pack(2, fq, fr);
}

static bool is_odd_integer(double y)
{
    return isfinite(y) && y == floor(y) && fmod(fabs(y), 2.0) == 1.0;
}

/* x ** y with CPython's special cases and errors. */
static value pow_double(double x, double y)
{
    if (y == 0.0)
        return float_new(1.0);
    if (isnan(x))
        return float_new(x);
    if (isnan(y))
        return float_new(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return float_new(1.0);
        return float_new((y > 0) == (ax > 1.0) ? HUGE_VAL : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0)
            return float_new(odd ? x : fabs(x));
        return float_new(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            return exc_raise(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y))
            return complex_pow_doubles(x, y);   /* a complex result, as CPython */
        negate = is_odd_integer(y);
        x = -x;
    }
    if (x == 1.0)
        return float_new(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r))
        return float_range_error();
    return float_new(negate ? -r : r);
}

static value float_pow(value a, value b)
{
    OPERANDS(a, b, x, y);
    return pow_double(x, y);
}

static value float_pow3(value a, value b, value m)
{
    if (m != V_NONE)
        return exc_raise(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(a, b);
}

static value float_neg(value a) { return float_new(-fval(a)); }
static value float_pos(value a) { return v_obj(a)->type == &float_type ? a : float_new(fval(a)); }
static value float_abs(value a) { return float_new(fabs(fval(a))); }
static int float_bool(value a) { return fval(a) != 0.0; }
static value float_int(value a) { return double_to_int(fval(a)); }

/* -- Rounding -------------------------------------------------------------- */

/* round(x, n) for finite x: the exact value times 10**n, rounded half to
 * even to an integer N, then N / 10**n correctly rounded. */
static value round_digits(double x, int64_t n)
{
    if (!isfinite(x) || x == 0.0 || n > 323)
        return float_new(x);
    if (n < -308)
        return float_new(copysign(0.0, x));
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, fabs(x));
    mpz_t p, num, rem;
    mpz_inits(p, num, rem, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)(n < 0 ? -n : n));
    if (n >= 0)
        mpz_mul(mpq_numref(q), mpq_numref(q), p);
    else
        mpz_mul(mpq_denref(q), mpq_denref(q), p);
    /* N = round-half-even(num / den) */
    mpz_fdiv_qr(num, rem, mpq_numref(q), mpq_denref(q));
    mpz_mul_2exp(rem, rem, 1);
    int c = mpz_cmp(rem, mpq_denref(q));
    if (c > 0 || (c == 0 && mpz_odd_p(num)))
        mpz_add_ui(num, num, 1);
    int ovf;
    double r;
    if (n >= 0) {
        r = int_ratio_to_double(num, p, &ovf);
    } else {
        mpz_mul(num, num, p);
        r = int_ratio_to_double(num, NULL, &ovf);
    }
    mpz_clears(p, num, rem, NULL);
    mpq_clear(q);
    if (ovf)
        return exc_raise(&exc_OverflowError, "rounded value too large to represent");
    return float_new(copysign(r, x));
}

static value float_round(value self, int argc, const value *argv, value kwnames)
{
    if (argc > 1)
        return exc_raise(&exc_TypeError, "__round__ expected at most 1 argument, got %d", argc);
    double x = fval(self);
    if (argc == 0 || argv[0] == V_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);
        return double_to_int(r);
    }
    value nd = obj_index(argv[0]);
    if (!nd)
        return V_NULL;
    int64_t n;
    if (int_as_i64(nd, &n) < 0) {
        exc_clear();
        zview t;
        n = mpz_sgn(int_zget(nd, &t)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return round_digits(x, n);
}

static value float_trunc(value self, int argc, const value *argv, value kwnames) { return double_to_int(fval(self)); }
static value float_floor(value self, int argc, const value *argv, value kwnames) { return double_to_int(floor(fval(self))); }
static value float_ceil(value self, int argc, const value *argv, value kwnames) { return double_to_int(ceil(fval(self))); }

/* -- Methods --------------------------------------------------------------- */

static value float_is_integer(value self, int argc, const value *argv, value kwnames)
{
    double d = fval(self);
    return v_bool(isfinite(d) && d == floor(d));
}

static value float_as_integer_ratio(value self, int argc, const value *argv, value kwnames)
{
    double d = fval(self);
    if (isinf(d))
        return exc_raise(&exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return exc_raise(&exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    value n = int_take_mpz(num);
    value dv = int_take_mpz(den);
    if (!n || !dv)
        return V_NULL;
    return tuple_pack(2, n, dv);
}

static value float_hex(value self, int argc, const value *argv, value kwnames)
{
    double d = fval(self);
    char buf[64];
    if (isnan(d) || isinf(d)) {
        float_repr(d, buf, sizeof buf);
        return str_from_cstr(buf);
    }
    if (d == 0.0)
        return str_from_cstr(signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(d), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    int lead = (int)m;
    m -= lead;
    char digits[16];
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int h = (int)m;
        digits[i] = "0123456789abcdef"[h];
        m -= h;
    }
    digits[13] = 0;
    snprintf(buf, sizeof buf, "%s0x%d.%sp%+d", d < 0 ? "-" : "", lead, digits, e);
    return str_from_cstr(buf);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
}

static value fromhex_invalid(void)
{
    return exc_raise(&exc_ValueError, "invalid hexadecimal floating-point string");
}

/* float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits],
 * correctly rounded. */
static int fromhex_parse(const char *s, size_t n, double *out)
{
    size_t i = 0, end = n;
    while (i < end && num_is_space(s[i])) i++;
    while (end > i && num_is_space(s[end - 1])) end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    if (ieq(s + i, end - i, "inf") || ieq(s + i, end - i, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (ieq(s + i, end - i, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    if (end - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
        i += 2;
    mpz_t z;
    mpz_init(z);
    int64_t ndig = 0, frac = 0;
    bool dot = false;
    for (; i < end; i++) {
        if (s[i] == '.' && !dot) {
            dot = true;
            continue;
        }
        int h = hexval(s[i]);
        if (h < 0)
            break;
        mpz_mul_2exp(z, z, 4);
        mpz_add_ui(z, z, (unsigned long)h);
        ndig++;
        frac += dot;
    }
    int64_t exp = 0;
    if (ndig > 0 && i < end && (s[i] | 0x20) == 'p') {
        i++;
        bool eneg = false;
        if (i < end && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        size_t k = i;
        while (i < end && s[i] >= '0' && s[i] <= '9') {
            if (exp < ((int64_t)1 << 40))
                exp = exp * 10 + (s[i] - '0');
            i++;
        }
        if (i == k)
            ndig = 0;
        if (eneg)
            exp = -exp;
    }
    if (ndig == 0 || i != end) {
        mpz_clear(z);
        fromhex_invalid();
        return -1;
    }
    exp -= 4 * frac;
    double d = 0.0;
    int ovf = 0;
    if (mpz_sgn(z)) {
        int64_t top = (int64_t)mpz_sizeinbase(z, 2) + exp;
        if (top > 1025) {
            ovf = 1;
        } else if (top >= -1080) {
            mpz_t p;
            mpz_init(p);
            if (exp >= 0) {
                mpz_mul_2exp(z, z, (mp_bitcnt_t)exp);
                d = int_ratio_to_double(z, NULL, &ovf);
            } else {
                mpz_setbit(p, (mp_bitcnt_t)-exp);
                d = int_ratio_to_double(z, p, &ovf);
            }
            mpz_clear(p);
        }
    }
    mpz_clear(z);
    if (ovf) {
        exc_raise(&exc_OverflowError, "hexadecimal value too large to represent as a float");
        return -1;
    }
    *out = neg ? -d : d;
    return 0;
}

static value float_fromhex(value cls, int argc, const value *argv, value kwnames)
{
    if (!type_is_subtype(v_type(argv[0]), &str_type))    /* CPython's generic message */
        return exc_raise(&exc_TypeError, "bad argument type for built-in operation");
    double d;
    if (fromhex_parse(str_data(argv[0]), str_size(argv[0]), &d) < 0)
        return V_NULL;
    value f = float_new(d);
    if (!f || cls == v_from_obj(&float_type))
        return f;
    return obj_call1(cls, f);
}

/* float.__getformat__(typestr): the layout of C doubles and floats,
 * IEEE little-endian on every target Taipan builds for. */
static value float_getformat(value cls, int argc, const value *argv, value kwnames)
{
    value t = argv[0];
    if (!v_is_str(t))
        return exc_raise(&exc_TypeError, "__getformat__() argument must be str, not %s", v_type_name(t));
    if (strcmp(str_data(t), "double") != 0 && strcmp(str_data(t), "float") != 0)
        return exc_raise(&exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr("IEEE, little-endian");
}

static value float_conjugate(value self, int argc, const value *argv, value kwnames) { return float_pos(self); }

static value float_getnewargs(value self, int argc, const value *argv, value kwnames)
{
    value f = float_new(fval(self));
    if (!f)
        return V_NULL;
    return tuple_pack(1, f);
}

static value float_format_m(value self, int argc, const value *argv, value kwnames)
{
    value spec = argv[0];
    if (!v_is_str(spec))
        return exc_raise(&exc_TypeError, "__format__() argument must be str, not %s",
                         spec == V_NONE ? "None" : v_type_name(spec));
    if (str_size(spec) == 0)
        return obj_str(self);
    format_spec f;
    if (format_spec_parse(str_data(spec), str_size(spec), v_type_name(self), &f) < 0)
        return V_NULL;
    return format_spec_float(fval(self), &f, v_type_name(self));
}

static value float_divmod_m(value self, int argc, const value *argv, value kwnames) { return float_divmod(self, argv[0]); }
static value float_rdivmod_m(value self, int argc, const value *argv, value kwnames) { return float_divmod(argv[0], self); }

static value float_get_real(value self) { return float_pos(self); }
static value float_get_imag(value self) { return float_new(0.0); }

/* -- float() --------------------------------------------------------------- */

static value float_of(value x)
{
    double d;
    if (v_is_ptr(x) && v_obj(x)->type == &float_type)
        return x;
    /* PyNumber_Float's order: __float__, __index__, then text (str and
     * its subclasses, bytes-like objects) */
    type_object *t = v_type(x);
    const char *text;
    size_t n;
    if (v_is_str(x)) {
        if (float_from_text(str_data(x), str_size(x), V_NULL, &d) < 0)
            return V_NULL;
    } else if (t->nb_float) {
        if (call_float_slot(x, &d) < 0)
            return V_NULL;
    } else if (t->nb_index) {
        value i = obj_index(x);
        if (!i || int_to_double_checked(i, &d) < 0)
            return V_NULL;
    } else if (type_is_subtype(t, &str_type)) {
        if (float_from_text(str_data(x), str_size(x), x, &d) < 0)
            return V_NULL;
    } else if (buffer_get(x, &text, &n)) {
        if (float_from_text(text, n, x, &d) < 0)
            return V_NULL;
    } else {
        return exc_raise(&exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                         v_type_name(x));
    }
    return float_new(d);
}

static value float_type_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "float() takes no keyword arguments");
    if (argc > 1)
        return exc_raise(&exc_TypeError, "float expected at most 1 argument, got %d", argc);
    value r = argc == 0 ? float_new(0.0) : float_of(argv[0]);
    if (!r || type == &float_type)
        return r;
    return float_alloc(type, fval(r));
}

static const method_def float_methods[] = {
    {"conjugate", float_conjugate, METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"is_integer", float_is_integer, METH_NOARGS, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, METH_NOARGS, "Return integer ratio."},
    {"hex", float_hex, METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, METH_O | METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", float_trunc, METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", float_round, METH_FAST, "Return the Integral closest to x, rounding half toward even."},
    {"__getnewargs__", float_getnewargs, METH_NOARGS, NULL},
    {"__getformat__", float_getformat, METH_O | METH_CLASS, "You probably don't want to use this function."},
    {"__format__", float_format_m, METH_O, "Formats the float according to format_spec."},
    {"__divmod__", float_divmod_m, METH_O, "Return divmod(self, value)."},
    {"__rdivmod__", float_rdivmod_m, METH_O, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL},
};

static const getset_def float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

type_object float_type = {
    .hdr = {.type = &type_type},
    .name = "float",
    .basicsize = sizeof(float_object),
    .flags = TYPE_BASETYPE,
    .base = &object_type,
    .repr = float_repr_v,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .nb = {
        [NB_ADD] = float_add, [NB_SUB] = float_sub, [NB_MUL] = float_mul, [NB_TRUEDIV] = float_truediv,
        [NB_MOD] = float_mod, [NB_POW] = float_pow, [NB_FLOORDIV] = float_floordiv,
    },
    .nb_pow3 = float_pow3,
    .nb_neg = float_neg,
    .nb_pos = float_pos,
    .nb_abs = float_abs,
    .nb_int = float_int,
    .nb_float = float_pos,
    .nb_bool = float_bool,
    .new = float_type_new,
    .methods = float_methods,
    .getsets = float_getsets,
};
