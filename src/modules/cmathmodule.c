/* The `cmath` module of CPython 3.11: complex functions with C99 Annex
 * G's special values. For an infinite or NaN part the result comes from
 * a 7x7 table indexed by the kinds of the real and imaginary parts
 * (-inf, negative, -0, +0, positive, +inf, nan); finite arguments go
 * through the same formulas CPython uses (Kahan's for the inverse
 * functions, rescaling against overflow and subnormals), so results agree
 * to the bit. Each function reports its error through errno: EDOM is
 * "math domain error" (ValueError), ERANGE "math range error"
 * (OverflowError). Arguments are converted as CPython's
 * PyComplex_AsCComplex does: complex, then __complex__, then float(). */
#include <errno.h>
#include <float.h>
#include <math.h>
#include "modules.h"
#include "../objects/complex.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

typedef struct cnum {
    double re, im;
} cnum;

#define CM_PI 3.141592653589793238462643383279502884197
#define CM_E 2.718281828459045235360287471352662497757
#define CM_LN2 0.6931471805599453094
#define CM_LN10 2.302585092994045684

/* Thresholds against spurious overflow (DBL_MAX / 4, its sqrt and log)
 * and the scaling that makes subnormals normal in sqrt. */
#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_SQRT_LARGE_DOUBLE (sqrt(CM_LARGE_DOUBLE))
#define CM_LOG_LARGE_DOUBLE (log(CM_LARGE_DOUBLE))
#define CM_SQRT_DBL_MIN (sqrt(DBL_MIN))
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)

/* -- Special values ------------------------------------------------------------ */

enum { ST_NINF, ST_NEG, ST_NZERO, ST_PZERO, ST_POS, ST_PINF, ST_NAN };

static int special_type(double d)
{
    if (isfinite(d)) {
        if (d != 0)
            return copysign(1., d) == 1. ? ST_POS : ST_NEG;
        return copysign(1., d) == 1. ? ST_PZERO : ST_NZERO;
    }
    if (isnan(d))
        return ST_NAN;
    return copysign(1., d) == 1. ? ST_PINF : ST_NINF;
}

#define P CM_PI
#define P14 (0.25 * CM_PI)
#define P12 (0.5 * CM_PI)
#define P34 (0.75 * CM_PI)
#define INF HUGE_VAL
#define N NAN
#define U -9.5426319407711027e33   /* never read: the finite-by-finite cells */

/* Rows: the kind of the real part; columns: the imaginary part's. */
static const cnum acos_sv[7][7] = {
    { { P34, INF }, { P, INF }, { P, INF }, { P, -INF }, { P, -INF }, { P34, -INF }, { N, INF } },
    { { P12, INF }, { U, U }, { U, U }, { U, U }, { U, U }, { P12, -INF }, { N, N } },
    { { P12, INF }, { U, U }, { P12, 0.0 }, { P12, -0.0 }, { U, U }, { P12, -INF }, { P12, N } },
    { { P12, INF }, { U, U }, { P12, 0.0 }, { P12, -0.0 }, { U, U }, { P12, -INF }, { P12, N } },
    { { P12, INF }, { U, U }, { U, U }, { U, U }, { U, U }, { P12, -INF }, { N, N } },
    { { P14, INF }, { 0.0, INF }, { 0.0, INF }, { 0.0, -INF }, { 0.0, -INF }, { P14, -INF }, { N, INF } },
    { { N, INF }, { N, N }, { N, N }, { N, N }, { N, N }, { N, -INF }, { N, N } },
};

static const cnum acosh_sv[7][7] = {
    { { INF, -P34 }, { INF, -P }, { INF, -P }, { INF, P }, { INF, P }, { INF, P34 }, { INF, N } },
    { { INF, -P12 }, { U, U }, { U, U }, { U, U }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P12 }, { U, U }, { 0.0, -P12 }, { 0.0, P12 }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P12 }, { U, U }, { 0.0, -P12 }, { 0.0, P12 }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P12 }, { U, U }, { U, U }, { U, U }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P14 }, { INF, -0.0 }, { INF, -0.0 }, { INF, 0.0 }, { INF, 0.0 }, { INF, P14 }, { INF, N } },
    { { INF, N }, { N, N }, { N, N }, { N, N }, { N, N }, { INF, N }, { N, N } },
};

static const cnum asinh_sv[7][7] = {
    { { -INF, -P14 }, { -INF, -0.0 }, { -INF, -0.0 }, { -INF, 0.0 }, { -INF, 0.0 }, { -INF, P14 }, { -INF, N } },
    { { -INF, -P12 }, { U, U }, { U, U }, { U, U }, { U, U }, { -INF, P12 }, { N, N } },
    { { -INF, -P12 }, { U, U }, { -0.0, -0.0 }, { -0.0, 0.0 }, { U, U }, { -INF, P12 }, { N, N } },
    { { INF, -P12 }, { U, U }, { 0.0, -0.0 }, { 0.0, 0.0 }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P12 }, { U, U }, { U, U }, { U, U }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P14 }, { INF, -0.0 }, { INF, -0.0 }, { INF, 0.0 }, { INF, 0.0 }, { INF, P14 }, { INF, N } },
    { { INF, N }, { N, N }, { N, -0.0 }, { N, 0.0 }, { N, N }, { INF, N }, { N, N } },
};

static const cnum atanh_sv[7][7] = {
    { { -0.0, -P12 }, { -0.0, -P12 }, { -0.0, -P12 }, { -0.0, P12 }, { -0.0, P12 }, { -0.0, P12 }, { -0.0, N } },
    { { -0.0, -P12 }, { U, U }, { U, U }, { U, U }, { U, U }, { -0.0, P12 }, { N, N } },
    { { -0.0, -P12 }, { U, U }, { -0.0, -0.0 }, { -0.0, 0.0 }, { U, U }, { -0.0, P12 }, { -0.0, N } },
    { { 0.0, -P12 }, { U, U }, { 0.0, -0.0 }, { 0.0, 0.0 }, { U, U }, { 0.0, P12 }, { 0.0, N } },
    { { 0.0, -P12 }, { U, U }, { U, U }, { U, U }, { U, U }, { 0.0, P12 }, { N, N } },
    { { 0.0, -P12 }, { 0.0, -P12 }, { 0.0, -P12 }, { 0.0, P12 }, { 0.0, P12 }, { 0.0, P12 }, { 0.0, N } },
    { { 0.0, -P12 }, { N, N }, { N, N }, { N, N }, { N, N }, { 0.0, P12 }, { N, N } },
};

static const cnum cosh_sv[7][7] = {
    { { INF, N }, { U, U }, { INF, 0.0 }, { INF, -0.0 }, { U, U }, { INF, N }, { INF, N } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { N, 0.0 }, { U, U }, { 1.0, 0.0 }, { 1.0, -0.0 }, { U, U }, { N, 0.0 }, { N, 0.0 } },
    { { N, 0.0 }, { U, U }, { 1.0, -0.0 }, { 1.0, 0.0 }, { U, U }, { N, 0.0 }, { N, 0.0 } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { INF, N }, { U, U }, { INF, -0.0 }, { INF, 0.0 }, { U, U }, { INF, N }, { INF, N } },
    { { N, N }, { N, N }, { N, 0.0 }, { N, 0.0 }, { N, N }, { N, N }, { N, N } },
};

static const cnum exp_sv[7][7] = {
    { { 0.0, 0.0 }, { U, U }, { 0.0, -0.0 }, { 0.0, 0.0 }, { U, U }, { 0.0, 0.0 }, { 0.0, 0.0 } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { N, N }, { U, U }, { 1.0, -0.0 }, { 1.0, 0.0 }, { U, U }, { N, N }, { N, N } },
    { { N, N }, { U, U }, { 1.0, -0.0 }, { 1.0, 0.0 }, { U, U }, { N, N }, { N, N } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { INF, N }, { U, U }, { INF, -0.0 }, { INF, 0.0 }, { U, U }, { INF, N }, { INF, N } },
    { { N, N }, { N, N }, { N, -0.0 }, { N, 0.0 }, { N, N }, { N, N }, { N, N } },
};

static const cnum log_sv[7][7] = {
    { { INF, -P34 }, { INF, -P }, { INF, -P }, { INF, P }, { INF, P }, { INF, P34 }, { INF, N } },
    { { INF, -P12 }, { U, U }, { U, U }, { U, U }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P12 }, { U, U }, { -INF, -P }, { -INF, P }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P12 }, { U, U }, { -INF, -0.0 }, { -INF, 0.0 }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P12 }, { U, U }, { U, U }, { U, U }, { U, U }, { INF, P12 }, { N, N } },
    { { INF, -P14 }, { INF, -0.0 }, { INF, -0.0 }, { INF, 0.0 }, { INF, 0.0 }, { INF, P14 }, { INF, N } },
    { { INF, N }, { N, N }, { N, N }, { N, N }, { N, N }, { INF, N }, { N, N } },
};

static const cnum sinh_sv[7][7] = {
    { { INF, N }, { U, U }, { -INF, -0.0 }, { -INF, 0.0 }, { U, U }, { INF, N }, { INF, N } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { 0.0, N }, { U, U }, { -0.0, -0.0 }, { -0.0, 0.0 }, { U, U }, { 0.0, N }, { 0.0, N } },
    { { 0.0, N }, { U, U }, { 0.0, -0.0 }, { 0.0, 0.0 }, { U, U }, { 0.0, N }, { 0.0, N } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { INF, N }, { U, U }, { INF, -0.0 }, { INF, 0.0 }, { U, U }, { INF, N }, { INF, N } },
    { { N, N }, { N, N }, { N, -0.0 }, { N, 0.0 }, { N, N }, { N, N }, { N, N } },
};

static const cnum sqrt_sv[7][7] = {
    { { INF, -INF }, { 0.0, -INF }, { 0.0, -INF }, { 0.0, INF }, { 0.0, INF }, { INF, INF }, { N, INF } },
    { { INF, -INF }, { U, U }, { U, U }, { U, U }, { U, U }, { INF, INF }, { N, N } },
    { { INF, -INF }, { U, U }, { 0.0, -0.0 }, { 0.0, 0.0 }, { U, U }, { INF, INF }, { N, N } },
    { { INF, -INF }, { U, U }, { 0.0, -0.0 }, { 0.0, 0.0 }, { U, U }, { INF, INF }, { N, N } },
    { { INF, -INF }, { U, U }, { U, U }, { U, U }, { U, U }, { INF, INF }, { N, N } },
    { { INF, -INF }, { INF, -0.0 }, { INF, -0.0 }, { INF, 0.0 }, { INF, 0.0 }, { INF, INF }, { INF, N } },
    { { INF, -INF }, { N, N }, { N, N }, { N, N }, { N, N }, { INF, INF }, { N, N } },
};

static const cnum tanh_sv[7][7] = {
    { { -1.0, 0.0 }, { U, U }, { -1.0, -0.0 }, { -1.0, 0.0 }, { U, U }, { -1.0, 0.0 }, { -1.0, 0.0 } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { -0.0, N }, { U, U }, { -0.0, -0.0 }, { -0.0, 0.0 }, { U, U }, { -0.0, N }, { N, N } },
    { { 0.0, N }, { U, U }, { 0.0, -0.0 }, { 0.0, 0.0 }, { U, U }, { 0.0, N }, { N, N } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { 1.0, 0.0 }, { U, U }, { 1.0, -0.0 }, { 1.0, 0.0 }, { U, U }, { 1.0, 0.0 }, { 1.0, 0.0 } },
    { { N, N }, { N, N }, { N, -0.0 }, { N, 0.0 }, { N, N }, { N, N }, { N, N } },
};

static const cnum rect_sv[7][7] = {
    { { INF, N }, { U, U }, { -INF, 0.0 }, { -INF, -0.0 }, { U, U }, { INF, N }, { INF, N } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { 0.0, 0.0 }, { U, U }, { -0.0, 0.0 }, { -0.0, -0.0 }, { U, U }, { 0.0, 0.0 }, { 0.0, 0.0 } },
    { { 0.0, 0.0 }, { U, U }, { 0.0, -0.0 }, { 0.0, 0.0 }, { U, U }, { 0.0, 0.0 }, { 0.0, 0.0 } },
    { { N, N }, { U, U }, { U, U }, { U, U }, { U, U }, { N, N }, { N, N } },
    { { INF, N }, { U, U }, { INF, -0.0 }, { INF, 0.0 }, { U, U }, { INF, N }, { INF, N } },
    { { N, N }, { N, N }, { N, 0.0 }, { N, 0.0 }, { N, N }, { N, N }, { N, N } },
};

#define SPECIAL_VALUE(z, table)                                        \
    if (!isfinite((z).re) || !isfinite((z).im)) {                      \
        errno = 0;                                                     \
        return table[special_type((z).re)][special_type((z).im)];      \
    }

/* -- The functions (each sets errno) --------------------------------------------- */

static cnum c_neg(cnum a) { return (cnum){ -a.re, -a.im }; }

static cnum c_sqrt(cnum z)
{
    SPECIAL_VALUE(z, sqrt_sv);
    errno = 0;
    if (z.re == 0. && z.im == 0.)
        return (cnum){ 0., z.im };
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* hypot of two subnormals is subnormal: scale up first */
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    if (z.re >= 0.)
        return (cnum){ s, copysign(d, z.im) };
    return (cnum){ d, copysign(s, z.im) };
}

static cnum c_acos(cnum z)
{
    SPECIAL_VALUE(z, acos_sv);
    cnum r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = atan2(fabs(z.im), z.re);
        r.im = -copysign(log(hypot(z.re / 2., z.im / 2.)) + CM_LN2 * 2., z.im);
    } else {
        cnum s1 = c_sqrt((cnum){ 1. - z.re, -z.im });
        cnum s2 = c_sqrt((cnum){ 1. + z.re, z.im });
        r.re = 2. * atan2(s1.re, s2.re);
        r.im = asinh(s2.re * s1.im - s2.im * s1.re);
    }
    errno = 0;
    return r;
}

static cnum c_acosh(cnum z)
{
    SPECIAL_VALUE(z, acosh_sv);
    cnum r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = log(hypot(z.re / 2., z.im / 2.)) + CM_LN2 * 2.;
        r.im = atan2(z.im, z.re);
    } else {
        cnum s1 = c_sqrt((cnum){ z.re - 1., z.im });
        cnum s2 = c_sqrt((cnum){ z.re + 1., z.im });
        r.re = asinh(s1.re * s2.re + s1.im * s2.im);
        r.im = 2. * atan2(s1.im, s2.re);
    }
    errno = 0;
    return r;
}

static cnum c_asinh(cnum z)
{
    SPECIAL_VALUE(z, asinh_sv);
    cnum r;
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2., z.im / 2.)) + CM_LN2 * 2.;
        r.re = z.im >= 0. ? copysign(l, z.re) : -copysign(l, -z.re);
        r.im = atan2(z.im, fabs(z.re));
    } else {
        cnum s1 = c_sqrt((cnum){ 1. + z.im, -z.re });
        cnum s2 = c_sqrt((cnum){ 1. - z.im, z.re });
        r.re = asinh(s1.re * s2.im - s2.re * s1.im);
        r.im = atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    }
    errno = 0;
    return r;
}

/* asin(z) = -i asinh(iz) */
static cnum c_asin(cnum z)
{
    cnum s = c_asinh((cnum){ -z.im, z.re });
    return (cnum){ s.im, -s.re };
}

static cnum c_atanh(cnum z)
{
    SPECIAL_VALUE(z, atanh_sv);
    if (z.re < 0.)   /* atanh(z) = -atanh(-z) */
        return c_neg(c_atanh(c_neg(z)));
    cnum r;
    double ay = fabs(z.im);
    errno = 0;
    if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        /* large |z|: atanh(z) ~ 1/z +- i*pi/2 */
        double h = hypot(z.re / 2., z.im / 2.);
        r.re = z.re / 4. / h / h;
        r.im = copysign(CM_PI / 2., z.im);
    } else if (z.re == 1. && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0.) {
            r.re = INF;
            r.im = z.im;
            errno = EDOM;
        } else {
            r.re = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
            r.im = copysign(atan2(2., -ay) / 2, z.im);
        }
    } else {
        r.re = log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.;
        r.im = -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.;
    }
    return r;
}

/* atan(z) = -i atanh(iz) */
static cnum c_atan(cnum z)
{
    cnum s = c_atanh((cnum){ -z.im, z.re });
    return (cnum){ s.im, -s.re };
}

static cnum c_cosh(cnum z)
{
    cnum r;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            r.re = copysign(INF, cos(z.im));
            r.im = z.re > 0 ? copysign(INF, sin(z.im)) : -copysign(INF, sin(z.im));
        } else {
            r = cosh_sv[special_type(z.re)][special_type(z.im)];
        }
        errno = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        /* cosh(x) may overflow where cosh(z) does not */
        double x_minus_one = z.re - copysign(1., z.re);
        r.re = cos(z.im) * cosh(x_minus_one) * CM_E;
        r.im = sin(z.im) * sinh(x_minus_one) * CM_E;
    } else {
        r.re = cos(z.im) * cosh(z.re);
        r.im = sin(z.im) * sinh(z.re);
    }
    errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

/* cos(z) = cosh(iz) */
static cnum c_cos(cnum z) { return c_cosh((cnum){ -z.im, z.re }); }

static cnum c_sinh(cnum z)
{
    cnum r;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            r.re = z.re > 0 ? copysign(INF, cos(z.im)) : -copysign(INF, cos(z.im));
            r.im = copysign(INF, sin(z.im));
        } else {
            r = sinh_sv[special_type(z.re)][special_type(z.im)];
        }
        errno = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        double x_minus_one = z.re - copysign(1., z.re);
        r.re = cos(z.im) * sinh(x_minus_one) * CM_E;
        r.im = sin(z.im) * cosh(x_minus_one) * CM_E;
    } else {
        r.re = cos(z.im) * sinh(z.re);
        r.im = sin(z.im) * cosh(z.re);
    }
    errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

/* sin(z) = -i sinh(iz) */
static cnum c_sin(cnum z)
{
    cnum s = c_sinh((cnum){ -z.im, z.re });
    return (cnum){ s.im, -s.re };
}

static cnum c_tanh(cnum z)
{
    cnum r;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            r.re = z.re > 0 ? 1.0 : -1.0;
            r.im = copysign(0., 2. * sin(z.im) * cos(z.im));
        } else {
            r = tanh_sv[special_type(z.re)][special_type(z.im)];
        }
        errno = isinf(z.im) && isfinite(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        /* 1 - tanh(x)**2 ~ 4 exp(-2|x|) where cosh(x) would overflow */
        r.re = copysign(1., z.re);
        r.im = 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re));
    } else {
        double tx = tanh(z.re), ty = tan(z.im), cx = 1. / cosh(z.re);
        double txty = tx * ty, denom = 1. + txty * txty;
        r.re = tx * (1. + ty * ty) / denom;
        r.im = ((ty / denom) * cx) * cx;
    }
    errno = 0;
    return r;
}

/* tan(z) = -i tanh(iz) */
static cnum c_tan(cnum z)
{
    cnum s = c_tanh((cnum){ -z.im, z.re });
    return (cnum){ s.im, -s.re };
}

static cnum c_exp(cnum z)
{
    cnum r;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            if (z.re > 0) {
                r.re = copysign(INF, cos(z.im));
                r.im = copysign(INF, sin(z.im));
            } else {
                r.re = copysign(0., cos(z.im));
                r.im = copysign(0., sin(z.im));
            }
        } else {
            r = exp_sv[special_type(z.re)][special_type(z.im)];
        }
        errno = isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0)) ? EDOM : 0;
        return r;
    }
    if (z.re > CM_LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.);
        r.re = l * cos(z.im) * CM_E;
        r.im = l * sin(z.im) * CM_E;
    } else {
        double l = exp(z.re);
        r.re = l * cos(z.im);
        r.im = l * sin(z.im);
    }
    errno = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static cnum c_log(cnum z)
{
    SPECIAL_VALUE(z, log_sv);
    cnum r;
    double ax = fabs(z.re), ay = fabs(z.im);
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        r.re = log(hypot(ax / 2., ay / 2.)) + CM_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            /* hypot would be subnormal: scale by 2**53 */
            r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * CM_LN2;
        } else {
            r.re = -INF;
            r.im = atan2(z.im, z.re);
            errno = EDOM;
            return r;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            /* near |z| = 1, log(h) loses the small difference */
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    errno = 0;
    return r;
}

static cnum c_log10(cnum z)
{
    cnum r = c_log(z);
    int saved = errno;
    r.re = r.re / CM_LN10;
    r.im = r.im / CM_LN10;
    errno = saved;
    return r;
}

/* a / b as CPython's complex division (Smith's method); EDOM for b = 0. */
static cnum c_quot(cnum a, cnum b)
{
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            return (cnum){ 0.0, 0.0 };
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cnum){ (a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom };
    }
    if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cnum){ (a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom };
    }
    return (cnum){ NAN, NAN };
}

/* |z| with C99's rule that an infinite part wins over a NaN; ERANGE on overflow. */
static double c_abs(cnum z)
{
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re))
            return fabs(z.re);
        if (isinf(z.im))
            return fabs(z.im);
        return NAN;
    }
    double r = hypot(z.re, z.im);
    if (!isfinite(r))
        errno = ERANGE;
    return r;
}

/* -- Python side ------------------------------------------------------------------ */

/* v as a complex number: a complex, __complex__'s result, or float(v). */
static int as_cnum(value v, cnum *out)
{
    if (v_is_complex(v)) {
        complex_object *c = (complex_object *)v_obj(v);
        *out = (cnum){ c->re, c->im };
        return 0;
    }
    value name = str_intern_cstr("__complex__");
    if (!name)
        return -1;
    value f = type_lookup(v_type(v), name);
    if (f) {
        type_object *ft = v_type(f);
        if (ft->descr_get && !(f = ft->descr_get(f, v, v_from_obj(v_type(v)))))
            return -1;
        value r = obj_call0(f);
        if (!r)
            return -1;
        if (!v_is_complex(r)) {
            exc_raise(&exc_TypeError, "__complex__ returned non-complex (type %s)", v_type_name(r));
            return -1;
        }
        complex_object *c = (complex_object *)v_obj(r);
        *out = (cnum){ c->re, c->im };
        return 0;
    }
    out->im = 0.0;
    return obj_as_double(v, &out->re);
}

static value math_error(void)
{
    if (errno == ERANGE)
        return exc_raise(&exc_OverflowError, "math range error");
    return exc_raise(&exc_ValueError, "math domain error");
}

static value cnum_result(cnum r)
{
    if (errno)
        return math_error();
    return complex_new(r.re, r.im);
}

static int one_arg(const char *name, int argc, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(&exc_TypeError, "cmath.%s() takes no keyword arguments", name);
        return -1;
    }
    if (argc != 1) {
        exc_raise(&exc_TypeError, "cmath.%s() takes exactly one argument (%d given)", name, argc);
        return -1;
    }
    return 0;
}

#define CFUNC1(name)                                                                      \
    static value cmath_##name(value self, int argc, const value *argv, value kwnames)   \
    {                                                                                     \
        cnum z;                                                                           \
        if (one_arg(#name, argc, kwnames) < 0 || as_cnum(argv[0], &z) < 0)                \
            return V_NULL;                                                                \
        errno = 0;                                                                        \
        return cnum_result(c_##name(z));                                                  \
    }

CFUNC1(acos)
CFUNC1(acosh)
CFUNC1(asin)
CFUNC1(asinh)
CFUNC1(atan)
CFUNC1(atanh)
CFUNC1(cos)
CFUNC1(cosh)
CFUNC1(exp)
CFUNC1(log10)
CFUNC1(sin)
CFUNC1(sinh)
CFUNC1(sqrt)
CFUNC1(tan)
CFUNC1(tanh)

static value cmath_log(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "cmath.log() takes no keyword arguments");
    cnum x, y;
    if (args_count("log", argc, 1, 2) < 0 || as_cnum(argv[0], &x) < 0)
        return V_NULL;
    errno = 0;
    x = c_log(x);
    if (argc == 2) {
        /* as CPython: the base's log decides errno (log(0, 2) is -inf) */
        if (as_cnum(argv[1], &y) < 0)
            return V_NULL;
        y = c_log(y);
        x = c_quot(x, y);
    }
    return cnum_result(x);
}

static value cmath_phase(value self, int argc, const value *argv, value kwnames)
{
    cnum z;
    if (one_arg("phase", argc, kwnames) < 0 || as_cnum(argv[0], &z) < 0)
        return V_NULL;
    return float_new(atan2(z.im, z.re));
}

static value cmath_polar(value self, int argc, const value *argv, value kwnames)
{
    cnum z;
    if (one_arg("polar", argc, kwnames) < 0 || as_cnum(argv[0], &z) < 0)
        return V_NULL;
    errno = 0;
    double phi = atan2(z.im, z.re), r = c_abs(z);
    if (errno)
        return math_error();
    value a = float_new(r), b = a ? float_new(phi) : V_NULL;
    return b ? tuple_pack(2, a, b) : V_NULL;
}

static value cmath_rect(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "cmath.rect() takes no keyword arguments");
    double r, phi;
    if (args_count("rect", argc, 2, 2) < 0 || obj_as_double(argv[0], &r) < 0 ||
        obj_as_double(argv[1], &phi) < 0)
        return V_NULL;
    cnum z;
    errno = 0;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.) {
            if (r > 0) {
                z.re = copysign(INF, cos(phi));
                z.im = copysign(INF, sin(phi));
            } else {
                z.re = -copysign(INF, cos(phi));
                z.im = -copysign(INF, sin(phi));
            }
        } else {
            z = rect_sv[special_type(r)][special_type(phi)];
        }
        if (r != 0. && !isnan(r) && isinf(phi))
            errno = EDOM;
    } else if (phi == 0.0) {
        z.re = r;
        z.im = r * phi;
    } else {
        z.re = r * cos(phi);
        z.im = r * sin(phi);
    }
    return cnum_result(z);
}

#define CPRED(name, test)                                                               \
    static value cmath_##name(value self, int argc, const value *argv, value kwnames) \
    {                                                                                   \
        cnum z;                                                                         \
        if (one_arg(#name, argc, kwnames) < 0 || as_cnum(argv[0], &z) < 0)              \
            return V_NULL;                                                              \
        return v_bool(test);                                                            \
    }
CPRED(isfinite, isfinite(z.re) && isfinite(z.im))
CPRED(isnan, isnan(z.re) || isnan(z.im))
CPRED(isinf, isinf(z.re) || isinf(z.im))

static value cmath_isclose(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol" };
    value a[4];
    if (num_parse_args("isclose", argc, argv, kwnames, names, 4, 2, 2, a) < 0)
        return V_NULL;
    cnum x, y;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (as_cnum(a[0], &x) < 0 || as_cnum(a[1], &y) < 0 ||
        (a[2] && obj_as_double(a[2], &rel_tol) < 0) || (a[3] && obj_as_double(a[3], &abs_tol) < 0))
        return V_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return exc_raise(&exc_ValueError, "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im)
        return V_TRUE;
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im))
        return V_FALSE;
    double diff = c_abs((cnum){ x.re - y.re, x.im - y.im });
    return v_bool(diff <= rel_tol * c_abs(y) || diff <= rel_tol * c_abs(x) || diff <= abs_tol);
}

#define F(name, doc) { #name, cmath_##name, METH_KEYWORDS, doc }

static const method_def cmath_functions[] = {
    F(acos, "Return the arc cosine of z."),
    F(acosh, "Return the inverse hyperbolic cosine of z."),
    F(asin, "Return the arc sine of z."),
    F(asinh, "Return the inverse hyperbolic sine of z."),
    F(atan, "Return the arc tangent of z."),
    F(atanh, "Return the inverse hyperbolic tangent of z."),
    F(cos, "Return the cosine of z."),
    F(cosh, "Return the hyperbolic cosine of z."),
    F(exp, "Return the exponential value e**z."),
    F(isclose, "Determine whether two complex numbers are close in value."),
    F(isfinite, "Return True if both the real and imaginary parts of z are finite, else False."),
    F(isinf, "Checks if the real or imaginary part of z is infinite."),
    F(isnan, "Checks if the real or imaginary part of z not a number (NaN)."),
    F(log, "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z."),
    F(log10, "Return the base-10 logarithm of z."),
    F(phase, "Return argument, also known as the phase angle, of a complex."),
    F(polar, "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle."),
    F(rect, "Convert from polar coordinates to rectangular coordinates."),
    F(sin, "Return the sine of z."),
    F(sinh, "Return the hyperbolic sine of z."),
    F(sqrt, "Return the square root of z."),
    F(tan, "Return the tangent of z."),
    F(tanh, "Return the hyperbolic tangent of z."),
    { NULL, NULL, 0, NULL },
};

value cmathmodule_init(void)
{
    value m = module_new("cmath");
    if (!m || modules_add_functions(m, cmath_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    static const struct { const char *name; double v; } consts[] = {
        { "pi", CM_PI }, { "e", CM_E }, { "tau", 2 * CM_PI }, { "inf", INFINITY }, { "nan", NAN },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        value f = float_new(consts[i].v);
        if (!f || dict_set_cstr(d, consts[i].name, f) < 0)
            return V_NULL;
    }
    value infj = complex_new(0.0, INFINITY), nanj = infj ? complex_new(0.0, NAN) : V_NULL;
    value doc = nanj ? str_from_cstr("This module provides access to mathematical functions for complex\nnumbers.") : V_NULL;
    if (!doc || dict_set_cstr(d, "infj", infj) < 0 || dict_set_cstr(d, "nanj", nanj) < 0 ||
        dict_set_cstr(d, "__doc__", doc) < 0)
        return V_NULL;
    return m;
}
