/* The `math` module of CPython 3.11: the C library's functions on floats
 * with CPython's special-value rules (a NaN from a non-NaN argument is
 * "math domain error", an infinity from a finite one is a range or
 * domain error depending on the function), its own gamma and lgamma
 * (Lanczos' approximation, as CPython computes them, so results agree
 * to the bit), hypot and dist through one compensated norm, fsum exactly
 * rounded (Shewchuk's partials), and the integer functions (factorial,
 * comb, perm, isqrt, gcd, lcm) on GMP. Logarithms of ints too large for
 * a float go through the mantissa and the exponent. floor, ceil and
 * trunc call __floor__ / __ceil__ / __trunc__ on non-floats. Argument
 * checks and their messages are CPython's argument clinic's. */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/dict.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

/* -- Argument checks ---------------------------------------------------------- */

/* The wording of CPython's one-argument functions (METH_O). */
static int one_arg(const char *name, int argc, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(&exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    if (argc != 1) {
        exc_raise(&exc_TypeError, "math.%s() takes exactly one argument (%d given)", name, argc);
        return -1;
    }
    return 0;
}

/* Positional-only functions of the argument clinic: "atan2 expected 2
 * arguments, got 1". */
static int pos_args(const char *name, int argc, value kwnames, int min, int max)
{
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(&exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    return args_count(name, argc, min, max);
}

static value math_domain_error(void) { return exc_raise(&exc_ValueError, "math domain error"); }
static value math_range_error(void) { return exc_raise(&exc_OverflowError, "math range error"); }

/* The error errno reports for a result r, as CPython decides: EDOM is a
 * domain error; ERANGE an overflow unless r is small (an underflow,
 * which is not an error). Returns V_NULL with the error set, or r boxed. */
static value check_errno(double r)
{
    if (errno == EDOM)
        return math_domain_error();
    if (errno == ERANGE && fabs(r) >= 1.5)
        return math_range_error();
    return float_new(r);
}

/* f(x) for the plain one-argument functions: a NaN from a non-NaN is a
 * domain error, an infinity from a finite x an overflow (can_overflow)
 * or a singularity (domain error). */
static value math_1(value arg, double (*f)(double), bool can_overflow)
{
    double x;
    if (obj_as_double(arg, &x) < 0)
        return V_NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return math_domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? math_range_error() : math_domain_error();
    if (isfinite(r) && errno)
        return check_errno(r);
    return float_new(r);
}

/* f(x) for the functions that report errors through errno alone. */
static value math_1a(value arg, double (*f)(double))
{
    double x;
    if (obj_as_double(arg, &x) < 0)
        return V_NULL;
    errno = 0;
    double r = f(x);
    return errno ? check_errno(r) : float_new(r);
}

static int two_doubles(const char *name, int argc, const value *argv, value kwnames, double *x,
                       double *y)
{
    if (pos_args(name, argc, kwnames, 2, 2) < 0 || obj_as_double(argv[0], x) < 0 ||
        obj_as_double(argv[1], y) < 0)
        return -1;
    return 0;
}

/* f(x, y) for atan2, copysign and remainder. */
static value math_2(const char *name, int argc, const value *argv, value kwnames,
                    double (*f)(double, double))
{
    double x, y;
    if (two_doubles(name, argc, argv, kwnames, &x, &y) < 0)
        return V_NULL;
    double r = f(x, y);
    errno = 0;
    if (isnan(r) && !isnan(x) && !isnan(y))
        errno = EDOM;
    else if (isinf(r) && isfinite(x) && isfinite(y))
        errno = ERANGE;
    return errno ? check_errno(r) : float_new(r);
}

/* -- Gamma (Lanczos' approximation, N = 13, as CPython and Boost) ------------------ */

static const double m_pi = 3.141592653589793238462643383279502884197;
static const double m_logpi = 1.144729885849400174143427351353058711647;

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator x*(x+1)*...*(x+11) as a polynomial */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

/* The rational Lanczos sum for x > 0; in 1/x beyond 5 so nothing overflows. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x) for finite x, exact at the integers and half-integers. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(m_pi * y); break;
    case 1: r = cos(m_pi * (y - 0.5)); break;
    case 2: r = sin(m_pi * (1.0 - y)); break;   /* not -sin(pi*(y-1)): that gives -0.0 at 1 */
    case 3: r = -cos(m_pi * (y - 1.5)); break;
    default: r = sin(m_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double tgamma_l(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL)
            return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    /* x+g-0.5 is rounded: z corrects the pow/exp below for that error */
    double y = absx + lanczos_g_minus_half, z;
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -m_pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double lgamma_l(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)   /* the reflection formula */
        r = m_logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

/* -- The one-argument float functions ------------------------------------------ */

#define FUNC1(name, fn, can_overflow)                                                  \
    static value math_##name(value self, int argc, const value *argv, value kwnames) \
    {                                                                                  \
        if (one_arg(#name, argc, kwnames) < 0)                                         \
            return V_NULL;                                                             \
        return math_1(argv[0], fn, can_overflow);                                      \
    }
#define FUNC1A(name, fn)                                                               \
    static value math_##name(value self, int argc, const value *argv, value kwnames) \
    {                                                                                  \
        if (one_arg(#name, argc, kwnames) < 0)                                         \
            return V_NULL;                                                             \
        return math_1a(argv[0], fn);                                                   \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1A(gamma, tgamma_l)
FUNC1A(lgamma, lgamma_l)

static double remainder_l(double x, double y) { return remainder(x, y); }
static double atan2_l(double x, double y) { return atan2(x, y); }
static double copysign_l(double x, double y) { return copysign(x, y); }

static value math_atan2(value self, int argc, const value *argv, value kwnames)
{
    return math_2("atan2", argc, argv, kwnames, atan2_l);
}

static value math_copysign(value self, int argc, const value *argv, value kwnames)
{
    return math_2("copysign", argc, argv, kwnames, copysign_l);
}

static value math_remainder(value self, int argc, const value *argv, value kwnames)
{
    return math_2("remainder", argc, argv, kwnames, remainder_l);
}

static value math_fmod(value self, int argc, const value *argv, value kwnames)
{
    double x, y;
    if (two_doubles("fmod", argc, argv, kwnames, &x, &y) < 0)
        return V_NULL;
    if (isinf(y) && isfinite(x))
        return float_new(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return math_domain_error();
    return float_new(r);
}

static value math_pow(value self, int argc, const value *argv, value kwnames)
{
    double x, y, r;
    if (two_doubles("pow", argc, argv, kwnames, &x, &y) < 0)
        return V_NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        /* C99 Annex F's special values, spelled out */
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r))
            errno = EDOM;   /* negative ** non-integer */
        else if (isinf(r))
            errno = x == 0.0 ? EDOM : ERANGE;   /* 0 ** negative, or overflow */
    }
    return errno ? check_errno(r) : float_new(r);
}

/* -- Rounding to ints ------------------------------------------------------------ */

/* An integral double as an int, with int()'s errors for inf and nan. */
static value int_of_double(double d)
{
    if (isnan(d))
        return exc_raise(&exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return exc_raise(&exc_OverflowError, "cannot convert float infinity to integer");
    if (fabs(d) < 9.0e18)
        return int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* v.<name>() looked up on the type, as CPython's special method look-up:
 * *found = false when the type has no such method. */
static value call_special(value v, const char *name, bool *found)
{
    value n = str_intern_cstr(name);
    if (!n)
        return V_NULL;
    value f = type_lookup(v_type(v), n);
    *found = f != V_NULL;
    if (!f)
        return V_NULL;
    type_object *ft = v_type(f);
    if (ft->descr_get) {
        f = ft->descr_get(f, v, v_from_obj(v_type(v)));
        if (!f)
            return V_NULL;
    }
    return obj_call0(f);
}

static value round_with(const char *name, const char *dunder, double (*f)(double), int argc,
                        const value *argv, value kwnames)
{
    if (one_arg(name, argc, kwnames) < 0)
        return V_NULL;
    value v = argv[0];
    if (v_is_float(v))
        return int_of_double(f(v_float(v)));
    if (v_is_int_exact(v))
        return v;
    bool found;
    value r = call_special(v, dunder, &found);
    if (found || exc_occurred())
        return r;
    double x;
    if (obj_as_double(v, &x) < 0)
        return V_NULL;
    return int_of_double(f(x));
}

static value math_floor(value self, int argc, const value *argv, value kwnames)
{
    return round_with("floor", "__floor__", floor, argc, argv, kwnames);
}

static value math_ceil(value self, int argc, const value *argv, value kwnames)
{
    return round_with("ceil", "__ceil__", ceil, argc, argv, kwnames);
}

static value math_trunc(value self, int argc, const value *argv, value kwnames)
{
    if (one_arg("trunc", argc, kwnames) < 0)
        return V_NULL;
    value v = argv[0];
    if (v_is_float(v))
        return int_of_double(trunc(v_float(v)));
    if (v_is_int_exact(v))
        return v;
    bool found;
    value r = call_special(v, "__trunc__", &found);
    if (!found && !exc_occurred())
        return exc_raise(&exc_TypeError, "type %s doesn't define __trunc__ method", v_type_name(v));
    return r;
}

/* -- Float decomposition and neighbours ------------------------------------------- */

static value math_frexp(value self, int argc, const value *argv, value kwnames)
{
    double x;
    if (one_arg("frexp", argc, kwnames) < 0 || obj_as_double(argv[0], &x) < 0)
        return V_NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    value m = float_new(x);
    return m ? tuple_pack(2, m, v_small(e)) : V_NULL;
}

static value math_modf(value self, int argc, const value *argv, value kwnames)
{
    double x, ip, fp;
    if (one_arg("modf", argc, kwnames) < 0 || obj_as_double(argv[0], &x) < 0)
        return V_NULL;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else if (isnan(x)) {
        ip = fp = x;
    } else {
        fp = modf(x, &ip);
    }
    value a = float_new(fp), b = a ? float_new(ip) : V_NULL;
    return b ? tuple_pack(2, a, b) : V_NULL;
}

static value math_ldexp(value self, int argc, const value *argv, value kwnames)
{
    double x, r;
    if (pos_args("ldexp", argc, kwnames, 2, 2) < 0 || obj_as_double(argv[0], &x) < 0)
        return V_NULL;
    value i = argv[1];
    if (!v_is_int_like(i))
        return exc_raise(&exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (int_as_i64(i, &e) < 0) {
        exc_clear();
        mpz_t z;
        mpz_init(z);
        int_to_mpz(i, z);
        e = mpz_sgn(z) < 0 ? INT64_MIN : INT64_MAX;
        mpz_clear(z);
    }
    if (x == 0.0 || !isfinite(x))
        return float_new(x);
    if (e > INT_MAX)
        return math_range_error();
    if (e < INT_MIN)
        return float_new(copysign(0.0, x));
    r = ldexp(x, (int)e);
    if (isinf(r))
        return math_range_error();
    return float_new(r);
}

static value math_nextafter(value self, int argc, const value *argv, value kwnames)
{
    double x, y;
    if (two_doubles("nextafter", argc, argv, kwnames, &x, &y) < 0)
        return V_NULL;
    return float_new(nextafter(x, y));
}

static value math_ulp(value self, int argc, const value *argv, value kwnames)
{
    double x;
    if (one_arg("ulp", argc, kwnames) < 0 || obj_as_double(argv[0], &x) < 0)
        return V_NULL;
    if (isnan(x))
        return float_new(x);
    x = fabs(x);
    if (isinf(x))
        return float_new(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))   /* x is the largest float: measure downwards */
        return float_new(x - nextafter(x, -INFINITY));
    return float_new(up - x);
}

/* -- Predicates and conversions ------------------------------------------------------ */

#define PRED1(name, test)                                                              \
    static value math_##name(value self, int argc, const value *argv, value kwnames) \
    {                                                                                  \
        double x;                                                                      \
        if (one_arg(#name, argc, kwnames) < 0 || obj_as_double(argv[0], &x) < 0)      \
            return V_NULL;                                                             \
        return v_bool(test(x));                                                        \
    }
PRED1(isfinite, isfinite)
PRED1(isinf, isinf)
PRED1(isnan, isnan)

static const double deg_to_rad = 3.141592653589793238462643383279502884197 / 180.0;
static const double rad_to_deg = 180.0 / 3.141592653589793238462643383279502884197;

static value math_degrees(value self, int argc, const value *argv, value kwnames)
{
    double x;
    if (one_arg("degrees", argc, kwnames) < 0 || obj_as_double(argv[0], &x) < 0)
        return V_NULL;
    return float_new(x * rad_to_deg);
}

static value math_radians(value self, int argc, const value *argv, value kwnames)
{
    double x;
    if (one_arg("radians", argc, kwnames) < 0 || obj_as_double(argv[0], &x) < 0)
        return V_NULL;
    return float_new(x * deg_to_rad);
}

static value math_isclose(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol" };
    value a[4];
    if (num_parse_args("isclose", argc, argv, kwnames, names, 4, 2, 2, a) < 0)
        return V_NULL;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (obj_as_double(a[0], &x) < 0 || obj_as_double(a[1], &y) < 0 ||
        (a[2] && obj_as_double(a[2], &rel_tol) < 0) || (a[3] && obj_as_double(a[3], &abs_tol) < 0))
        return V_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return exc_raise(&exc_ValueError, "tolerances must be non-negative");
    if (x == y)
        return V_TRUE;
    if (isinf(x) || isinf(y))
        return V_FALSE;
    double diff = fabs(y - x);
    return v_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

/* -- Logarithms ------------------------------------------------------------------------ */

/* A positive int too large for a double as m * 2**e, m in [0.5, 1),
 * rounded half-even to 53 bits. */
static double int_frexp(const mpz_t z, int64_t *e)
{
    size_t nbits = mpz_sizeinbase(z, 2);
    mpz_t q;
    mpz_init(q);
    mpz_tdiv_q_2exp(q, z, nbits - 54);   /* 54 bits: 53 and a rounding bit */
    bool sticky = mpz_scan1(z, 0) < nbits - 54;
    uint64_t top = mpz_get_ui(q);
    mpz_clear(q);
    uint64_t m = top >> 1;
    if ((top & 1) && (sticky || (m & 1)))
        m++;
    double x = ldexp((double)m, -53);
    *e = (int64_t)nbits;
    if (x == 1.0) {
        x = 0.5;
        ++*e;
    }
    return x;
}

/* f(x) for log, log2 and log10; an int is taken as exactly as it is, so
 * log(10**1000) works. */
static value log_helper(value arg, double (*f)(double), double *out)
{
    if (v_is_int_like(arg)) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(arg, z);
        if (mpz_sgn(z) <= 0) {
            mpz_clear(z);
            return math_domain_error();
        }
        if (mpz_sizeinbase(z, 2) <= 1024) {
            int over = 0;
            double x = int_as_double(arg, &over);
            if (!over) {
                mpz_clear(z);
                *out = f(x);
                return V_NONE;
            }
        }
        int64_t e;
        double x = int_frexp(z, &e);
        mpz_clear(z);
        *out = f(x) + f(2.0) * (double)e;
        return V_NONE;
    }
    value r = math_1(arg, f, false);
    if (r)
        *out = v_float(r);
    return r;
}

static double log_l(double x) { return log(x); }
static double log2_l(double x) { return log2(x); }
static double log10_l(double x) { return log10(x); }

static value math_log(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "log() takes no keyword arguments");
    if (argc < 1 || argc > 2)
        return exc_raise(&exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (!log_helper(argv[0], log_l, &num))
        return V_NULL;
    if (argc == 1)
        return float_new(num);
    if (!log_helper(argv[1], log_l, &den))
        return V_NULL;
    if (den == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float division by zero");
    return float_new(num / den);
}

static value math_log2(value self, int argc, const value *argv, value kwnames)
{
    double r;
    if (one_arg("log2", argc, kwnames) < 0 || !log_helper(argv[0], log2_l, &r))
        return V_NULL;
    return float_new(r);
}

static value math_log10(value self, int argc, const value *argv, value kwnames)
{
    double r;
    if (one_arg("log10", argc, kwnames) < 0 || !log_helper(argv[0], log10_l, &r))
        return V_NULL;
    return float_new(r);
}

/* -- Norms: hypot and dist ------------------------------------------------------------- */

/* sqrt of the sum of squares of vec[0..n) (all finite, >= 0, at most max),
 * correctly rounded in nearly all cases: every value is scaled by a power
 * of two so the largest is in [0.5, 1), each square is split exactly into
 * hi*hi + 2*hi*lo + lo*lo (Dekker) and accumulated with compensation, then
 * one Newton step corrects the square root. The same arithmetic, step for
 * step, as CPython 3.11, so the last bit agrees. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0;   /* 2**27 + 1 */
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* 2**-max_e would overflow: bring the subnormals up first */
        for (size_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    volatile double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double x, t, hi, lo, oldcsum;
    for (size_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

static value math_hypot(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "math.hypot() takes no keyword arguments");
    double small[16], *vec = small, max = 0.0;
    if (argc > 16 && !(vec = malloc((size_t)argc * sizeof(double))))
        return exc_no_memory();
    bool found_nan = false;
    for (int i = 0; i < argc; i++) {
        double x;
        if (obj_as_double(argv[i], &x) < 0) {
            if (vec != small)
                free(vec);
            return V_NULL;
        }
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm((size_t)argc, vec, max, found_nan);
    if (vec != small)
        free(vec);
    return float_new(r);
}

static value math_dist(value self, int argc, const value *argv, value kwnames)
{
    if (pos_args("dist", argc, kwnames, 2, 2) < 0)
        return V_NULL;
    value p = argv[0], q = argv[1];
    if (!v_isinstance(p, &tuple_type) && !(p = obj_call1(v_from_obj(&tuple_type), p)))
        return V_NULL;
    if (!v_isinstance(q, &tuple_type) && !(q = obj_call1(v_from_obj(&tuple_type), q)))
        return V_NULL;
    size_t n = tuple_len(p);
    if (tuple_len(q) != n)
        return exc_raise(&exc_ValueError, "both points must have the same number of dimensions");
    double small[16], *vec = small, max = 0.0;
    if (n > 16 && !(vec = malloc(n * sizeof(double))))
        return exc_no_memory();
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (obj_as_double(tuple_get(p, i), &px) < 0 || obj_as_double(tuple_get(q, i), &qx) < 0) {
            if (vec != small)
                free(vec);
            return V_NULL;
        }
        double x = fabs(px - qx);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(n, vec, max, found_nan);
    if (vec != small)
        free(vec);
    return float_new(r);
}

/* -- fsum --------------------------------------------------------------------------------- */

/* The exactly rounded sum: Shewchuk's non-overlapping partials, then a
 * half-even fix-up across the last two, as CPython does. */
static value math_fsum(value self, int argc, const value *argv, value kwnames)
{
    if (one_arg("fsum", argc, kwnames) < 0)
        return V_NULL;
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    double small[32], *p = small;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0, x, y, t, hi, yr, lo = 0.0;
    value result = V_NULL;
    for (;;) {
        value item = obj_next(it);
        if (!item) {
            if (exc_occurred())
                goto done;
            break;
        }
        if (obj_as_double(item, &x) < 0)
            goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an overflow here, or an inf or nan among the items */
                if (isfinite(xsave)) {
                    exc_raise(&exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    size_t ncap = cap * 2;
                    double *np = p == small ? malloc(ncap * sizeof(double))
                                            : realloc(p, ncap * sizeof(double));
                    if (!np) {
                        exc_no_memory();
                        goto done;
                    }
                    if (p == small)
                        memcpy(np, small, sizeof small);
                    p = np;
                    cap = ncap;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            exc_raise(&exc_ValueError, "-inf + inf in fsum");
        else
            result = float_new(special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* add from the top while the sum stays exact */
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* round half-even across partials: sum([1e-16, 1, 1e16]) */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = float_new(hi);
done:
    if (p != small)
        free(p);
    return result;
}

/* -- prod --------------------------------------------------------------------------------- */

static value math_prod(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "start" };
    value a[2];
    if (argc < 1)
        return exc_raise(&exc_TypeError, "prod() takes exactly 1 positional argument (%d given)", argc);
    if (num_parse_args("prod", argc, argv, kwnames, names, 2, 1, 1, a) < 0)
        return V_NULL;
    value result = a[1] ? a[1] : v_small(1);
    value it = obj_iter(a[0]);
    if (!it)
        return V_NULL;
    for (;;) {
        value item = obj_next(it);
        if (!item)
            return exc_occurred() ? V_NULL : result;
        if (!(result = obj_binary_op(result, item, NB_MUL)))
            return V_NULL;
    }
}

/* -- Integer functions ------------------------------------------------------------------ */

/* operator.index(v) as an mpz (initialised here; the caller clears it). */
static int index_mpz(value v, mpz_t out)
{
    value i = obj_index(v);
    if (!i)
        return -1;
    mpz_init(out);
    int_to_mpz(i, out);
    return 0;
}

/* Whether a result of about `bits` bits cannot be stored: GMP aborts the
 * process when its malloc fails, so it must not be asked (int.c's rule,
 * counting GMP's temporaries). */
static bool too_big(double bits)
{
    return bits > 1e12 || bits / 8 * 3 > (double)gc_max_request();
}

static value take_mpz(mpz_t z)
{
    value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static value math_factorial(value self, int argc, const value *argv, value kwnames)
{
    if (one_arg("factorial", argc, kwnames) < 0)
        return V_NULL;
    mpz_t z;
    if (index_mpz(argv[0], z) < 0)
        return V_NULL;
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        return exc_raise(&exc_ValueError, "factorial() not defined for negative values");
    }
    if (!mpz_fits_slong_p(z)) {
        mpz_clear(z);
        return exc_raise(&exc_OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
    }
    unsigned long n = mpz_get_ui(z);
    if (n > 2 && too_big((double)n * log2((double)n))) {
        mpz_clear(z);
        return exc_no_memory();
    }
    mpz_fac_ui(z, n);
    return take_mpz(z);
}

static value math_isqrt(value self, int argc, const value *argv, value kwnames)
{
    if (one_arg("isqrt", argc, kwnames) < 0)
        return V_NULL;
    mpz_t z;
    if (index_mpz(argv[0], z) < 0)
        return V_NULL;
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        return exc_raise(&exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(z, z);
    return take_mpz(z);
}

/* gcd and lcm of any number of ints: every argument is checked, even
 * after the result can no longer change. */
static value gcd_lcm(const char *name, bool lcm, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "math.%s() takes no keyword arguments", name);
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    for (int i = 0; i < argc; i++) {
        if (index_mpz(argv[i], x) < 0) {
            mpz_clear(acc);
            return V_NULL;
        }
        if (i == 0)
            mpz_abs(acc, x);
        else if (lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
        mpz_clear(x);
    }
    return take_mpz(acc);
}

static value math_gcd(value self, int argc, const value *argv, value kwnames)
{
    return gcd_lcm("gcd", false, argc, argv, kwnames);
}

static value math_lcm(value self, int argc, const value *argv, value kwnames)
{
    return gcd_lcm("lcm", true, argc, argv, kwnames);
}

/* n and k of comb and perm as non-negative mpz (initialised on success). */
static int comb_args(value nv, value kv, mpz_t n, mpz_t k)
{
    if (index_mpz(nv, n) < 0)
        return -1;
    if (index_mpz(kv, k) < 0) {
        mpz_clear(n);
        return -1;
    }
    const char *msg = mpz_sgn(n) < 0 ? "n must be a non-negative integer"
                    : mpz_sgn(k) < 0 ? "k must be a non-negative integer" : NULL;
    if (msg) {
        mpz_clears(n, k, NULL);
        exc_raise(&exc_ValueError, "%s", msg);
        return -1;
    }
    return 0;
}

/* n * (n-1) * ... * (n-k+1) into r, by halves so the factors stay balanced. */
static void falling_product(mpz_t r, const mpz_t n, unsigned long lo, unsigned long cnt)
{
    if (cnt <= 16) {
        mpz_t t;
        mpz_init(t);
        mpz_set_ui(r, 1);
        for (unsigned long i = 0; i < cnt; i++) {
            mpz_sub_ui(t, n, lo + i);
            mpz_mul(r, r, t);
        }
        mpz_clear(t);
        return;
    }
    mpz_t a;
    mpz_init(a);
    falling_product(r, n, lo, cnt / 2);
    falling_product(a, n, lo + cnt / 2, cnt - cnt / 2);
    mpz_mul(r, r, a);
    mpz_clear(a);
}

static value math_comb(value self, int argc, const value *argv, value kwnames)
{
    mpz_t n, k;
    if (pos_args("comb", argc, kwnames, 2, 2) < 0 || comb_args(argv[0], argv[1], n, k) < 0)
        return V_NULL;
    if (mpz_cmp(k, n) > 0) {
        mpz_clears(n, k, NULL);
        return v_small(0);
    }
    mpz_sub(n, n, k);   /* n - k; the smaller of it and k is what counts */
    if (mpz_cmp(n, k) < 0)
        mpz_swap(n, k);
    if (!mpz_fits_slong_p(k)) {
        mpz_clears(n, k, NULL);
        return exc_raise(&exc_OverflowError, "min(n - k, k) must not exceed %lld", LLONG_MAX);
    }
    unsigned long kk = mpz_get_ui(k);
    mpz_add(n, n, k);
    if (too_big((double)kk * (double)mpz_sizeinbase(n, 2))) {
        mpz_clears(n, k, NULL);
        return exc_no_memory();
    }
    mpz_bin_ui(k, n, kk);
    mpz_clear(n);
    return take_mpz(k);
}

static value math_perm(value self, int argc, const value *argv, value kwnames)
{
    if (pos_args("perm", argc, kwnames, 1, 2) < 0)
        return V_NULL;
    if (argc == 1 || argv[1] == V_NONE)
        return math_factorial(self, 1, argv, V_NULL);
    mpz_t n, k;
    if (comb_args(argv[0], argv[1], n, k) < 0)
        return V_NULL;
    if (mpz_cmp(k, n) > 0) {
        mpz_clears(n, k, NULL);
        return v_small(0);
    }
    if (!mpz_fits_slong_p(k)) {
        mpz_clears(n, k, NULL);
        return exc_raise(&exc_OverflowError, "k must not exceed %lld", LLONG_MAX);
    }
    unsigned long kk = mpz_get_ui(k);
    if (too_big((double)kk * (double)mpz_sizeinbase(n, 2))) {
        mpz_clears(n, k, NULL);
        return exc_no_memory();
    }
    falling_product(k, n, 0, kk);
    mpz_clear(n);
    return take_mpz(k);
}

/* -- The module ------------------------------------------------------------------------- */

#define F(name, doc) { #name, math_##name, METH_KEYWORDS, doc }

static const method_def math_functions[] = {
    F(acos, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."),
    F(acosh, "Return the inverse hyperbolic cosine of x."),
    F(asin, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    F(asinh, "Return the inverse hyperbolic sine of x."),
    F(atan, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    F(atan2, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."),
    F(atanh, "Return the inverse hyperbolic tangent of x."),
    F(cbrt, "Return the cube root of x."),
    F(ceil, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."),
    F(comb, "Number of ways to choose k items from n items without repetition and without order."),
    F(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    F(cos, "Return the cosine of x (measured in radians)."),
    F(cosh, "Return the hyperbolic cosine of x."),
    F(degrees, "Convert angle x from radians to degrees."),
    F(dist, "Return the Euclidean distance between two points p and q."),
    F(erf, "Error function at x."),
    F(erfc, "Complementary error function at x."),
    F(exp, "Return e raised to the power of x."),
    F(exp2, "Return 2 raised to the power of x."),
    F(expm1, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."),
    F(fabs, "Return the absolute value of the float x."),
    F(factorial, "Find n!.\n\nRaise a ValueError if x is negative or non-integral."),
    F(floor, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."),
    F(fmod, "Return fmod(x, y), according to platform C.\n\nx % y may differ."),
    F(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    F(fsum, "Return an accurate floating point sum of values in the iterable seq."),
    F(gamma, "Gamma function at x."),
    F(gcd, "Greatest Common Divisor."),
    F(hypot, "Multidimensional Euclidean distance from the origin to a point."),
    F(isclose, "Determine whether two floating point numbers are close in value."),
    F(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    F(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    F(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    F(isqrt, "Return the integer part of the square root of the input."),
    F(lcm, "Least Common Multiple."),
    F(ldexp, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."),
    F(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    F(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."),
    F(log10, "Return the base 10 logarithm of x."),
    F(log1p, "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero."),
    F(log2, "Return the base 2 logarithm of x."),
    F(modf, "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats."),
    F(nextafter, "Return the next floating-point value after x towards y."),
    F(perm, "Number of ways to choose k items from n items without repetition and with order."),
    F(pow, "Return x**y (x to the power of y)."),
    F(prod, "Calculate the product of all the elements in the input iterable."),
    F(radians, "Convert angle x from degrees to radians."),
    F(remainder, "Difference between x and the closest integer multiple of y."),
    F(sin, "Return the sine of x (measured in radians)."),
    F(sinh, "Return the hyperbolic sine of x."),
    F(sqrt, "Return the square root of x."),
    F(tan, "Return the tangent of x (measured in radians)."),
    F(tanh, "Return the hyperbolic tangent of x."),
    F(trunc, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."),
    F(ulp, "Return the value of the least significant bit of the float x."),
    { NULL, NULL, 0, NULL },
};

value mathmodule_init(void)
{
    value m = module_new("math");
    if (!m || modules_add_functions(m, math_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    static const struct { const char *name; double v; } consts[] = {
        { "pi", 3.141592653589793238462643383279502884197 },
        { "e", 2.718281828459045235360287471352662497757 },
        { "tau", 6.283185307179586476925286766559005768394 },
        { "inf", INFINITY },
        { "nan", NAN },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        value f = float_new(consts[i].v);
        if (!f || dict_set_cstr(d, consts[i].name, f) < 0)
            return V_NULL;
    }
    value doc = str_from_cstr("This module provides access to the mathematical functions\n"
                              "defined by the C standard.");
    if (!doc || dict_set_cstr(d, "__doc__", doc) < 0)
        return V_NULL;
    return m;
}
