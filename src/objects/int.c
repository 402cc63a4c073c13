/* int: arbitrary-precision integers (int.h). Values in the small range are
 * tagged words and never touch the heap; the others are bigint_objects
 * holding a GMP mpz. Every slot accepts any int-like operand: a small int,
 * a big int, a bool (True/False are static objects, read as 1/0) or an
 * instance of an int subclass (which always keeps its value in the mpz of
 * a bigint_object layout). Small operands take fast paths with overflow
 * checks; anything else goes through GMP on a read-only view of the
 * operands (zget), so no temporary big ints are allocated for small ones.
 * Results are canonical: whatever fits the small range is a small int.
 * Conversions to float (true division too) round correctly, and the hash
 * is CPython's (reduction modulo 2**61 - 1), so ints, floats and later
 * fractions that are equal hash alike. Methods and the int() constructor
 * come last; parsing and the int() constructor live in int_parse.c,
 * formatting (__format__) in int_format.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "int.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"
#include "int_internal.h"

int int_max_str_digits = 4300;

/* -- Reading operands ------------------------------------------------------ */

bool v_is_int_like(value v)
{
    return v_is_int(v) || (v_is_ptr(v) && (v_obj(v)->type->flags & TYPE_INT_SUBCLASS));
}

/* Sets *out when v is an int-like value known to fit the small range
 * without looking at GMP (tagged, bool); heap ints that happen to fit
 * (subclass instances) are also read. */
bool int_small_of(value v, int64_t *out)
{
    if (v_is_int(v)) {
        *out = v_int(v);
        return true;
    }
    object *o = v_obj(v);
    if (o->type == &bool_type) {
        *out = v == V_TRUE;
        return true;
    }
    const __mpz_struct *z = ((bigint_object *)o)->z;
    if (mpz_fits_slong_p(z)) {
        int64_t i = mpz_get_si(z);
        if (v_fits_small(i)) {
            *out = i;
            return true;
        }
    }
    return false;
}

/* A read-only mpz for any int-like value: the object's own for heap ints,
 * else one built over a limb in *tmp. Never allocates. */
const __mpz_struct *int_zget(value v, zview *tmp)
{
    if (v_is_ptr(v) && v_obj(v)->type != &bool_type)
        return ((bigint_object *)v_obj(v))->z;
    int64_t i = v_is_int(v) ? v_int(v) : (v == V_TRUE);
    tmp->limb = i < 0 ? -(uint64_t)i : (uint64_t)i;
    mpz_roinit_n(tmp->z, &tmp->limb, i < 0 ? -1 : i > 0);
    return tmp->z;
}

/* -- Making results -------------------------------------------------------- */

/* A big int object that takes over t's limbs (t is left cleared). */
static value take_big(type_object *type, mpz_t t)
{
    size_t size = type->basicsize > sizeof(bigint_object) ? type->basicsize : sizeof(bigint_object);
    gc_charge((size_t)t->_mp_alloc * sizeof(mp_limb_t));   /* malloc'd digits */
    bigint_object *o = (bigint_object *)gc_alloc(type, size);
    if (!o) {
        mpz_clear(t);
        return V_NULL;
    }
    mpz_init(o->z);
    mpz_swap(o->z, t);
    mpz_clear(t);
    return v_from_obj(o);
}

/* The canonical int for t, consuming t. */
value int_take_mpz(mpz_t t)
{
    if (mpz_fits_slong_p(t)) {
        int64_t i = mpz_get_si(t);
        if (v_fits_small(i)) {
            mpz_clear(t);
            return v_small(i);
        }
    }
    return take_big(&int_type, t);
}

value int_from_i64(int64_t i)
{
    if (v_fits_small(i))
        return v_small(i);
    mpz_t t;
    mpz_init_set_si(t, i);
    return take_big(&int_type, t);
}

value int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)V_SMALL_MAX)
        return v_small((int64_t)u);
    mpz_t t;
    mpz_init_set_ui(t, u);
    return take_big(&int_type, t);
}

value int_from_mpz(const mpz_t z)
{
    mpz_t t;
    mpz_init_set(t, z);
    return int_take_mpz(t);
}

/* An instance of an int subclass `type` holding v's value. */
value int_subtype_new(type_object *type, value v)
{
    zview tv;
    mpz_t t;
    mpz_init_set(t, int_zget(v, &tv));
    return take_big(type, t);
}

/* The plain int equal to an int-like v (bools and subclass instances
 * become ints; ints are returned as they are). */
value int_exact(value v)
{
    if (v_is_int_exact(v))
        return v;
    int64_t i;
    if (int_small_of(v, &i))
        return v_small(i);
    return int_from_mpz(((bigint_object *)v_obj(v))->z);
}

static void int_finalize(object *o)
{
    bigint_object *b = (bigint_object *)o;
    if (b->z->_mp_d)
        mpz_clear(b->z);
    b->z->_mp_d = NULL;
}

/* -- Conversions ----------------------------------------------------------- */

int int_as_i64(value v, int64_t *out)
{
    if (int_small_of(v, out))
        return 0;
    const __mpz_struct *z = ((bigint_object *)v_obj(v))->z;
    if (mpz_fits_slong_p(z)) {
        *out = mpz_get_si(z);
        return 0;
    }
    exc_raise(&exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

void int_to_mpz(value v, mpz_t out)
{
    zview tv;
    mpz_set(out, int_zget(v, &tv));
}

/* Rounds a/b (a >= 0, b > 0; b == NULL means 1) to the nearest double,
 * ties to even, subnormals included. Sets *overflow when the result is
 * too big. The quotient is taken with at least 55 significant bits plus
 * a sticky bit, then rounded once to the precision of its binade. */
double int_ratio_to_double(const mpz_t a, const mpz_t b, int *overflow)
{
    *overflow = 0;
    if (mpz_sgn(a) == 0)
        return 0.0;
    int64_t na = (int64_t)mpz_sizeinbase(a, 2), nb = b ? (int64_t)mpz_sizeinbase(b, 2) : 1;
    int64_t e = na - nb;                 /* a/b lies in [2**(e-1), 2**(e+1)) */
    if (e > 1025) {
        *overflow = 1;
        return HUGE_VAL;
    }
    if (e < -1080)
        return 0.0;
    int64_t s = 55 - e;                  /* q = floor(a * 2**s / b) has 55 or 56 bits */
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    int sticky;
    if (!b) {
        if (s >= 0) {
            mpz_mul_2exp(q, a, (mp_bitcnt_t)s);
            sticky = 0;
        } else {
            mpz_fdiv_q_2exp(q, a, (mp_bitcnt_t)-s);
            sticky = mpz_scan1(a, 0) < (mp_bitcnt_t)-s;
        }
    } else {
        mpz_t sa, sb;
        mpz_inits(sa, sb, NULL);
        if (s >= 0) {
            mpz_mul_2exp(sa, a, (mp_bitcnt_t)s);
            mpz_set(sb, b);
        } else {
            mpz_set(sa, a);
            mpz_mul_2exp(sb, b, (mp_bitcnt_t)-s);
        }
        mpz_fdiv_qr(q, r, sa, sb);
        sticky = mpz_sgn(r) != 0;
        mpz_clears(sa, sb, NULL);
    }
    uint64_t qq = mpz_get_ui(q);
    mpz_clears(q, r, NULL);
    int qbits = 64 - __builtin_clzll(qq);
    int64_t top = qbits - 1 - s;         /* the value lies in [2**top, 2**(top+1)) */
    if (top > 1023) {
        *overflow = 1;
        return HUGE_VAL;
    }
    int64_t drop = qbits - 53;           /* bits below the result's precision */
    if (top - 52 < -1074)                /* subnormal: the last bit is worth 2**-1074 */
        drop = s - 1074;
    if (drop >= 58)
        return 0.0;
    if (drop > 0) {
        uint64_t rem = qq & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
        qq >>= drop;
        if (rem > half || (rem == half && (sticky || (qq & 1))))
            qq++;
        s -= drop;
    }
    double d = ldexp((double)qq, (int)-s);
    if (isinf(d))
        *overflow = 1;
    return d;
}

double int_as_double(value v, int *overflow)
{
    int64_t i;
    *overflow = 0;
    if (int_small_of(v, &i) && i >= -((int64_t)1 << 53) && i <= ((int64_t)1 << 53))
        return (double)i;
    zview tv;
    const __mpz_struct *z = int_zget(v, &tv);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    double d = int_ratio_to_double(a, NULL, overflow);
    mpz_clear(a);
    return mpz_sgn(z) < 0 ? -d : d;
}

/* float(v) for an int, raising OverflowError when too big. */
int int_to_double_checked(value v, double *out)
{
    int ovf;
    *out = int_as_double(v, &ovf);
    if (ovf) {
        exc_raise(&exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    return 0;
}

/* -- Text ------------------------------------------------------------------ */

static value digits_limit_error(void)
{
    return exc_raise(&exc_ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                     "use sys.set_int_max_str_digits() to increase the limit", int_max_str_digits);
}

/* The decimal digits of i, written backwards ending at `end`; returns
 * where they start. No snprintf: str(i) of small ints is hot (f-strings,
 * %d, print). */
char *int_small_decimal(int64_t i, char *end)
{
    uint64_t u = i < 0 ? -(uint64_t)i : (uint64_t)i;
    char *p = end;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0) *--p = '-';
    return p;
}

value int_to_decimal(value v)
{
    int64_t i;
    char buf[32];
    if (int_small_of(v, &i)) {
        char *p = int_small_decimal(i, buf + sizeof buf);
        return str_from_utf8(p, (size_t)(buf + sizeof buf - p));
    }
    const __mpz_struct *z = ((bigint_object *)v_obj(v))->z;
    size_t bits = mpz_sizeinbase(z, 2);
    /* 10**4300 needs more than 14284 bits: cheap rejection before converting */
    if (int_max_str_digits > 0 && (double)bits > (int_max_str_digits + 1) * 3.3219280948873623 + 2)
        return digits_limit_error();
    size_t cap = mpz_sizeinbase(z, 10) + 2;
    char *s = malloc(cap);
    if (!s)
        return exc_no_memory();
    mpz_get_str(s, 10, z);
    size_t n = strlen(s);
    if (int_max_str_digits > 0 && n - (s[0] == '-') > (size_t)int_max_str_digits) {
        free(s);
        return digits_limit_error();
    }
    value r = str_from_utf8(s, n);
    free(s);
    return r;
}

static value int_repr(value v) { return int_to_decimal(v); }

/* -- Hash ------------------------------------------------------------------ */

#define HASH_MOD (((uint64_t)1 << 61) - 1)

int64_t int_hash_value(value v)
{
    int64_t i, h;
    if (int_small_of(v, &i)) {
        uint64_t m = (i < 0 ? -(uint64_t)i : (uint64_t)i) % HASH_MOD;
        h = i < 0 ? -(int64_t)m : (int64_t)m;
    } else {
        const __mpz_struct *z = ((bigint_object *)v_obj(v))->z;
        uint64_t m = mpz_tdiv_ui(z, HASH_MOD);  /* of |z| */
        h = mpz_sgn(z) < 0 ? -(int64_t)m : (int64_t)m;
    }
    return h == -1 ? -2 : h;
}

static int int_hash(value v, int64_t *out)
{
    *out = int_hash_value(v);
    return 0;
}

/* -- Comparison ------------------------------------------------------------ */

int int_compare(value a, value b)
{
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y))
        return (x > y) - (x < y);
    zview ta, tb;
    int c = mpz_cmp(int_zget(a, &ta), int_zget(b, &tb));
    return (c > 0) - (c < 0);
}

bool cmp_result(int c, int op)
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static value int_richcompare(value a, value b, int op)
{
    if (!v_is_int_like(a) || !v_is_int_like(b))
        return V_NOTIMPL;
    return v_bool(cmp_result(int_compare(a, b), op));
}

/* -- Arithmetic ------------------------------------------------------------ */

#define BOTH_INTS(a, b) do { if (!v_is_int_like(a) || !v_is_int_like(b)) return V_NOTIMPL; } while (0)

typedef void (*mpz_op3)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* r = op(a, b) through GMP. */
static value big_op(mpz_op3 op, value a, value b)
{
    zview ta, tb;
    mpz_t r;
    mpz_init(r);
    op(r, int_zget(a, &ta), int_zget(b, &tb));
    return int_take_mpz(r);
}

static value int_add(value a, value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y))
        return int_from_i64(x + y);      /* 63-bit operands cannot overflow int64 */
    return big_op(mpz_add, a, b);
}

static value int_sub(value a, value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y))
        return int_from_i64(x - y);
    return big_op(mpz_sub, a, b);
}

static value int_mul(value a, value b)
{
    BOTH_INTS(a, b);
    int64_t x, y, r;
    if (int_small_of(a, &x) && int_small_of(b, &y) && !__builtin_mul_overflow(x, y, &r))
        return int_from_i64(r);
    return big_op(mpz_mul, a, b);
}

static bool is_zero(value v)
{
    int64_t i;
    return int_small_of(v, &i) && i == 0;
}

static value div_by_zero(void)
{
    return exc_raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
}

/* Python's floor division and modulo of small ints. */
static int64_t floor_div(int64_t x, int64_t y)
{
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
        q--;
    return q;
}

static int64_t floor_mod(int64_t x, int64_t y)
{
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0)))
        m += y;
    return m;
}

static value int_floordiv(value a, value b)
{
    BOTH_INTS(a, b);
    if (is_zero(b))
        return div_by_zero();
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y))
        return int_from_i64(floor_div(x, y));   /* V_SMALL_MIN // -1 fits int64 */
    return big_op(mpz_fdiv_q, a, b);
}

static value int_mod(value a, value b)
{
    BOTH_INTS(a, b);
    if (is_zero(b))
        return exc_raise(&exc_ZeroDivisionError, "integer modulo by zero");
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y))
        return v_small(floor_mod(x, y));
    return big_op(mpz_fdiv_r, a, b);
}

value int_divmod(value a, value b)
{
    BOTH_INTS(a, b);
    if (is_zero(b))
        return div_by_zero();
    int64_t x, y;
    value q, r;
    if (int_small_of(a, &x) && int_small_of(b, &y)) {
        q = int_from_i64(floor_div(x, y));
        r = v_small(floor_mod(x, y));
    } else {
        zview ta, tb;
        mpz_t zq, zr;
        mpz_inits(zq, zr, NULL);
        mpz_fdiv_qr(zq, zr, int_zget(a, &ta), int_zget(b, &tb));
        q = int_take_mpz(zq);
        r = q ? int_take_mpz(zr) : (mpz_clear(zr), V_NULL);
    }
    if (!q || !r)
        return V_NULL;
    return tuple_pack(2, q, r);
}

static value int_truediv(value a, value b)
{
    BOTH_INTS(a, b);
    if (is_zero(b))
        return exc_raise(&exc_ZeroDivisionError, "division by zero");
    int64_t x, y;
    const int64_t exact = (int64_t)1 << 53;
    if (int_small_of(a, &x) && int_small_of(b, &y) && x >= -exact && x <= exact && y >= -exact && y <= exact)
        return float_new((double)x / (double)y);   /* both exact: one correctly rounded division */
    zview ta, tb;
    const __mpz_struct *za = int_zget(a, &ta), *zb = int_zget(b, &tb);
    mpz_t na, nb;
    mpz_inits(na, nb, NULL);
    mpz_abs(na, za);
    mpz_abs(nb, zb);
    int ovf;
    double d = int_ratio_to_double(na, nb, &ovf);
    mpz_clears(na, nb, NULL);
    if (ovf)
        return exc_raise(&exc_OverflowError, "integer division result too large for a float");
    return float_new((mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0) ? -d : d);
}

/* a ** b for b >= 0 (b an int). */
static value int_pow_nonneg(value a, value b)
{
    int64_t x, n;
    if (int_small_of(a, &x) && (x == 0 || x == 1))
        return v_small(x == 1 || is_zero(b));
    if (int_small_of(a, &x) && x == -1) {
        zview tb;
        return v_small(mpz_odd_p(int_zget(b, &tb)) ? -1 : 1);
    }
    if (int_as_i64(b, &n) < 0) {
        exc_clear();
        return exc_no_memory();
    }
    zview ta;
    const __mpz_struct *za = int_zget(a, &ta);
    /* the result has about n * bits(a) bits: refuse what cannot be stored,
     * counting GMP's temporaries (about twice the result) -- GMP aborts the
     * process when its malloc fails, so it must not be asked */
    double bits = (double)n * (double)mpz_sizeinbase(za, 2);
    if (bits > 1e12 || bits / 8 * 3 > (double)gc_max_request())
        return exc_no_memory();
    if (int_small_of(a, &x)) {
        /* small results by repeated squaring with overflow checks */
        int64_t r = 1, base = x, e = n;
        bool ok = true;
        while (e > 0 && ok) {
            if (e & 1)
                ok = !__builtin_mul_overflow(r, base, &r);
            e >>= 1;
            if (e > 0 && ok)
                ok = !__builtin_mul_overflow(base, base, &base);
        }
        if (ok)
            return int_from_i64(r);
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)n);
    return int_take_mpz(r);
}

static value float_pow_of_ints(value a, value b)
{
    double x, y;
    if (int_to_double_checked(a, &x) < 0 || int_to_double_checked(b, &y) < 0)
        return V_NULL;
    value fa = float_new(x), fb;
    if (!fa || !(fb = float_new(y)))
        return V_NULL;
    return float_type.nb[NB_POW](fa, fb);
}

static value int_pow(value a, value b)
{
    BOTH_INTS(a, b);
    zview tb;
    if (mpz_sgn(int_zget(b, &tb)) < 0)
        return float_pow_of_ints(a, b);
    return int_pow_nonneg(a, b);
}

/* pow(a, b, m) with Python's sign rules: the result has m's sign, and a
 * negative b asks for the modular inverse. */
static value int_pow3(value a, value b, value m)
{
    if (m == V_NONE)
        return int_pow(a, b);
    if (!v_is_int_like(a) || !v_is_int_like(b) || !v_is_int_like(m))
        return V_NOTIMPL;
    if (is_zero(m))
        return exc_raise(&exc_ValueError, "pow() 3rd argument cannot be 0");
    zview ta, tb, tm;
    const __mpz_struct *za = int_zget(a, &ta), *zb = int_zget(b, &tb), *zm = int_zget(m, &tm);
    mpz_t base, am, r;
    mpz_inits(base, am, r, NULL);
    mpz_abs(am, zm);
    mpz_set(base, za);
    if (mpz_sgn(zb) < 0) {
        if (!mpz_invert(base, za, am) && mpz_cmp_ui(am, 1) != 0) {
            mpz_clears(base, am, r, NULL);
            return exc_raise(&exc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_t nb;
        mpz_init(nb);
        mpz_neg(nb, zb);
        mpz_powm(r, base, nb, am);
        mpz_clear(nb);
    } else {
        mpz_powm(r, base, zb, am);
    }
    if (mpz_cmp_ui(am, 1) == 0)
        mpz_set_ui(r, 0);
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
        mpz_add(r, r, zm);                 /* into (m, 0] */
    mpz_clears(base, am, NULL);
    return int_take_mpz(r);
}

static value pow2_binary(value a, value b) { return int_pow(a, b); }

/* Shift counts: negative is an error; a count too large for memory is
 * MemoryError for <<, and gives 0 or -1 for >>. */
static int shift_count(value b, int64_t *n)
{
    zview tb;
    if (mpz_sgn(int_zget(b, &tb)) < 0) {
        exc_raise(&exc_ValueError, "negative shift count");
        return -1;
    }
    if (int_as_i64(b, n) < 0) {
        exc_clear();
        *n = INT64_MAX;
    }
    return 0;
}

/* A left shift whose result cannot be allocated. CPython's message
 * depends on its 30-bit digit count: beyond its object-size limit
 * (about 2**61 digits) it is OverflowError, below it MemoryError. */
static value lshift_too_big(const __mpz_struct *za, value b)
{
    const uint64_t max_digits = ((uint64_t)INT64_MAX - 24) / 4;
    zview tb;
    mpz_t w;
    mpz_init(w);
    mpz_fdiv_q_ui(w, int_zget(b, &tb), 30);
    mpz_add_ui(w, w, mpz_sizeinbase(za, 2) / 30 + 2);
    bool overflow = mpz_cmp_ui(w, max_digits) > 0;
    mpz_clear(w);
    if (overflow)
        return exc_raise(&exc_OverflowError, "too many digits in integer");
    return exc_no_memory();
}

static value int_lshift(value a, value b)
{
    BOTH_INTS(a, b);
    int64_t n, x;
    if (shift_count(b, &n) < 0)
        return V_NULL;
    if (is_zero(a))
        return v_small(0);
    if (int_small_of(a, &x) && n < 62) {
        int64_t r = (int64_t)((uint64_t)x << n);
        if (r >> n == x)
            return int_from_i64(r);
    }
    zview ta;
    const __mpz_struct *za = int_zget(a, &ta);
    /* GMP aborts beyond INT_MAX limbs (2^37 bits): stay below. */
    if (n > ((int64_t)1 << 37) - 256 - (int64_t)mpz_sizeinbase(za, 2))
        return lshift_too_big(za, b);
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, za, (mp_bitcnt_t)n);
    return int_take_mpz(r);
}

static value int_rshift(value a, value b)
{
    BOTH_INTS(a, b);
    int64_t n, x;
    if (shift_count(b, &n) < 0)
        return V_NULL;
    if (int_small_of(a, &x))
        return v_small(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    zview ta;
    const __mpz_struct *za = int_zget(a, &ta);
    if ((uint64_t)n >= mpz_sizeinbase(za, 2))
        return v_small(mpz_sgn(za) < 0 ? -1 : 0);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, za, (mp_bitcnt_t)n);   /* floor: two's complement semantics */
    return int_take_mpz(r);
}

static value int_and(value a, value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y))
        return v_small(x & y);
    return big_op(mpz_and, a, b);   /* GMP's logic ops are two's complement */
}

static value int_or(value a, value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y))
        return v_small(x | y);
    return big_op(mpz_ior, a, b);
}

static value int_xor(value a, value b)
{
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y))
        return v_small(x ^ y);
    return big_op(mpz_xor, a, b);
}

static value int_neg(value a)
{
    int64_t x;
    if (int_small_of(a, &x))
        return int_from_i64(-x);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, ((bigint_object *)v_obj(a))->z);
    return int_take_mpz(r);
}

static value int_pos(value a) { return int_exact(a); }

static value int_abs(value a)
{
    int64_t x;
    if (int_small_of(a, &x))
        return int_from_i64(x < 0 ? -x : x);
    mpz_t r;
    mpz_init(r);
    mpz_abs(r, ((bigint_object *)v_obj(a))->z);
    return int_take_mpz(r);
}

static value int_invert(value a)
{
    int64_t x;
    if (int_small_of(a, &x))
        return v_small(~x);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, ((bigint_object *)v_obj(a))->z);
    return int_take_mpz(r);
}

static int int_bool(value a)
{
    int64_t x;
    if (int_small_of(a, &x))
        return x != 0;
    return mpz_sgn(((bigint_object *)v_obj(a))->z) != 0;
}

static value int_float(value a)
{
    double d;
    if (int_to_double_checked(a, &d) < 0)
        return V_NULL;
    return float_new(d);
}

/* -- Methods --------------------------------------------------------------- */

static value int_bit_length(value self, int argc, const value *argv, value kwnames)
{
    int64_t x;
    if (int_small_of(self, &x)) {
        uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
        return v_small(u ? 64 - __builtin_clzll(u) : 0);
    }
    return int_from_u64(mpz_sizeinbase(((bigint_object *)v_obj(self))->z, 2));
}

static value int_bit_count(value self, int argc, const value *argv, value kwnames)
{
    zview t;
    const __mpz_struct *z = int_zget(self, &t);
    if (mpz_sgn(z) >= 0)
        return int_from_u64(mpz_popcount(z));
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    uint64_t c = mpz_popcount(a);
    mpz_clear(a);
    return int_from_u64(c);
}

static value int_conjugate(value self, int argc, const value *argv, value kwnames) { return int_exact(self); }

static value int_as_integer_ratio(value self, int argc, const value *argv, value kwnames)
{
    value n = int_exact(self);
    if (!n)
        return V_NULL;
    return tuple_pack(2, n, v_small(1));
}

static value int_trunc_m(value self, int argc, const value *argv, value kwnames) { return int_exact(self); }

static value int_getnewargs(value self, int argc, const value *argv, value kwnames)
{
    value n = int_exact(self);
    if (!n)
        return V_NULL;
    return tuple_pack(1, n);
}

/* CPython's size: a 24-byte header plus 4 bytes per 30-bit digit. */
static value int_sizeof(value self, int argc, const value *argv, value kwnames)
{
    zview t;
    const __mpz_struct *z = int_zget(self, &t);
    size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    return int_from_u64(24 + 4 * ((bits + 29) / 30));
}

static value int_divmod_m(value self, int argc, const value *argv, value kwnames)
{
    return int_divmod(self, argv[0]);
}

static value int_rdivmod_m(value self, int argc, const value *argv, value kwnames)
{
    return int_divmod(argv[0], self);
}

/* round(n, ndigits): ndigits >= 0 keeps n; otherwise rounds half to even
 * to a multiple of 10**-ndigits. */
static value int_round(value self, int argc, const value *argv, value kwnames)
{
    if (argc > 1)
        return exc_raise(&exc_TypeError, "__round__ expected at most 1 argument, got %d", argc);
    if (argc == 0)
        return int_exact(self);
    value nd = obj_index(argv[0]);
    if (!nd)
        return V_NULL;
    zview tn;
    const __mpz_struct *zn = int_zget(nd, &tn);
    if (mpz_sgn(zn) >= 0)
        return int_exact(self);
    zview ts;
    const __mpz_struct *z = int_zget(self, &ts);
    int64_t k;
    if (int_as_i64(nd, &k) < 0 || k < -((int64_t)mpz_sizeinbase(z, 10) + 1)) {    /* no -k: k may be INT64_MIN */
        exc_clear();
        return v_small(0);
    }
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-k);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return int_take_mpz(q);
}

static value int_get_self(value self) { return int_exact(self); }
static value int_get_zero(value self) { return v_small(0); }
static value int_get_one(value self) { return v_small(1); }

static const method_def int_methods[] = {
    {"bit_length", int_bit_length, METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, METH_NOARGS, "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", int_conjugate, METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_as_integer_ratio, METH_NOARGS, "Return integer ratio."},
    {"to_bytes", int_to_bytes, METH_KEYWORDS, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, METH_KEYWORDS | METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"__trunc__", int_trunc_m, METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", int_trunc_m, METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", int_trunc_m, METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, METH_FAST, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, METH_NOARGS, NULL},
    {"__sizeof__", int_sizeof, METH_NOARGS, "Returns size in memory, in bytes."},
    {"__format__", int_format_m, METH_O, "Convert to a string according to format_spec."},
    {"__divmod__", int_divmod_m, METH_O, "Return divmod(self, value)."},
    {"__rdivmod__", int_rdivmod_m, METH_O, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL},
};

static const getset_def int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};

type_object int_type = {
    .hdr = {.type = &type_type},
    .name = "int",
    .basicsize = sizeof(bigint_object),
    .flags = TYPE_BASETYPE | TYPE_INT_SUBCLASS,
    .base = &object_type,
    .finalize = int_finalize,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .nb = {
        [NB_ADD] = int_add, [NB_SUB] = int_sub, [NB_MUL] = int_mul, [NB_TRUEDIV] = int_truediv,
        [NB_MOD] = int_mod, [NB_POW] = pow2_binary, [NB_LSHIFT] = int_lshift, [NB_RSHIFT] = int_rshift,
        [NB_OR] = int_or, [NB_XOR] = int_xor, [NB_AND] = int_and, [NB_FLOORDIV] = int_floordiv,
    },
    .nb_pow3 = int_pow3,
    .nb_neg = int_neg,
    .nb_pos = int_pos,
    .nb_invert = int_invert,
    .nb_abs = int_abs,
    .nb_index = int_pos,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_bool = int_bool,
    .new = int_new,
    .methods = int_methods,
    .getsets = int_getsets,
};

