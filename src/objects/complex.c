/* complex: a pair of doubles, as CPython 3.11's complex. Operands of the
 * arithmetic may be complex, float or int (an int too large for a double
 * raises OverflowError); the algorithms are CPython's own, so results agree
 * to the last bit: products by the schoolbook formula, quotients by Smith's
 * method (scale by the larger part of the divisor), powers with a small
 * integral exponent (|n| <= 100) by repeated squaring, others through
 * polar form. Hash combines the parts' float hashes as CPython does
 * (hash(re) + 1000003 * hash(im)). Ordering comparisons are not defined
 * (NotImplemented, so object.c raises the usual TypeError). Text: repr
 * through util/float_repr.c, complex(str) with CPython's grammar
 * ("1+2j", "(-j)", " 3.5e1J ", "infj", underscores between digits). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "complex.h"
#include "float.h"
#include "format_spec.h"
#include "int.h"
#include "int_internal.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../gc/gc.h"
#include "../util/float_repr.h"
#include "../vm/exc.h"

typedef struct { double re, im; } cnum;

static cnum cval(value v)
{
    complex_object *c = (complex_object *)v_obj(v);
    return (cnum){c->re, c->im};
}

static value complex_alloc(type_object *type, double re, double im)
{
    size_t size = type->basicsize > sizeof(complex_object) ? type->basicsize : sizeof(complex_object);
    complex_object *c = (complex_object *)gc_alloc(type, size);
    if (!c)
        return V_NULL;
    c->re = re;
    c->im = im;
    return v_from_obj(c);
}

value complex_new(double re, double im) { return complex_alloc(&complex_type, re, im); }
static value cnew(cnum c) { return complex_new(c.re, c.im); }

/* An operand as a complex number: 1 when converted, 0 when not a number
 * (NotImplemented), -1 on error. */
static int operand(value v, cnum *out)
{
    if (v_is_complex(v)) {
        *out = cval(v);
        return 1;
    }
    if (v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &float_type)) {
        *out = (cnum){v_float(v), 0.0};
        return 1;
    }
    if (v_is_int_like(v)) {
        out->im = 0.0;
        return int_to_double_checked(v, &out->re) < 0 ? -1 : 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y)                          \
    cnum x, y;                                        \
    do {                                              \
        int ra_ = operand(a, &x);                     \
        if (ra_ <= 0) return ra_ ? V_NULL : V_NOTIMPL; \
        int rb_ = operand(b, &y);                     \
        if (rb_ <= 0) return rb_ ? V_NULL : V_NOTIMPL; \
    } while (0)

/* -- The algorithms -------------------------------------------------------- */

static cnum c_sum(cnum a, cnum b) { return (cnum){a.re + b.re, a.im + b.im}; }
static cnum c_diff(cnum a, cnum b) { return (cnum){a.re - b.re, a.im - b.im}; }
static cnum c_prod(cnum a, cnum b)
{
    return (cnum){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* a / b by Smith's method; *err = EDOM when b is zero. */
static cnum c_quot(cnum a, cnum b, int *err)
{
    double abr = fabs(b.re), abi = fabs(b.im);
    cnum r;
    if (abr >= abi) {
        if (abr == 0.0) {
            *err = EDOM;
            return (cnum){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        r.re = (a.re + a.im * ratio) / denom;
        r.im = (a.im - a.re * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN;   /* a part of b is a NaN */
    }
    return r;
}

static cnum c_pow(cnum a, cnum b, int *err)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (cnum){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            *err = EDOM;
        return (cnum){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (cnum){len * cos(phase), len * sin(phase)};
}

static cnum c_powu(cnum x, long n)
{
    cnum r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static cnum c_powi(cnum x, long n, int *err)
{
    if (n > 0)
        return c_powu(x, n);
    return c_quot((cnum){1.0, 0.0}, c_powu(x, -n), err);
}

static value pow_result(cnum a, cnum b)
{
    int err = 0;
    cnum p;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0)
        p = c_powi(a, (long)b.re, &err);
    else
        p = c_pow(a, b, &err);
    if (!err && (isinf(p.re) || isinf(p.im)))
        err = ERANGE;
    if (err == EDOM)
        return exc_raise(&exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (err == ERANGE)
        return exc_raise(&exc_OverflowError, "complex exponentiation");
    return cnew(p);
}

value complex_pow_doubles(double x, double y)
{
    return pow_result((cnum){x, 0.0}, (cnum){y, 0.0});
}

/* -- Number slots ---------------------------------------------------------- */

static value complex_add(value a, value b) { OPERANDS(a, b, x, y); return cnew(c_sum(x, y)); }
static value complex_sub(value a, value b) { OPERANDS(a, b, x, y); return cnew(c_diff(x, y)); }
static value complex_mul(value a, value b) { OPERANDS(a, b, x, y); return cnew(c_prod(x, y)); }

static value complex_truediv(value a, value b)
{
    OPERANDS(a, b, x, y);
    int err = 0;
    cnum q = c_quot(x, y, &err);
    if (err)
        return exc_raise(&exc_ZeroDivisionError, "complex division by zero");
    return cnew(q);
}

static value complex_pow(value a, value b) { OPERANDS(a, b, x, y); return pow_result(x, y); }

static value complex_pow3(value a, value b, value m)
{
    if (m != V_NONE)
        return exc_raise(&exc_ValueError, "complex modulo");
    return complex_pow(a, b);
}

static value complex_neg(value a) { cnum c = cval(a); return complex_new(-c.re, -c.im); }

static value complex_pos(value a)
{
    if (v_obj(a)->type == &complex_type)
        return a;
    return cnew(cval(a));
}

static value complex_abs(value a)
{
    cnum c = cval(a);
    double r;
    if (isinf(c.re) || isinf(c.im))
        r = HUGE_VAL;
    else if (isnan(c.re) || isnan(c.im))
        r = NAN;
    else {
        r = hypot(c.re, c.im);
        if (isinf(r))
            return exc_raise(&exc_OverflowError, "absolute value too large");
    }
    return float_new(r);
}

static int complex_bool(value a) { cnum c = cval(a); return c.re != 0.0 || c.im != 0.0; }

/* -- Comparison and hash --------------------------------------------------- */

static value complex_richcompare(value a, value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return V_NOTIMPL;
    value self = v_is_complex(a) ? a : b, other = self == a ? b : a;
    cnum x = cval(self);
    int eq;
    if (v_is_complex(other)) {
        cnum y = cval(other);
        eq = x.re == y.re && x.im == y.im;
    } else if (v_is_ptr(other) && type_is_subtype(v_obj(other)->type, &float_type)) {
        eq = x.im == 0.0 && x.re == v_float(other);
    } else if (v_is_int_like(other)) {
        if (x.im != 0.0) {
            eq = 0;
        } else {
            /* exact: let float's comparison with ints decide */
            value f = float_new(x.re);
            if (!f)
                return V_NULL;
            eq = obj_richcompare_bool(f, other, CMP_EQ);
            if (eq < 0)
                return V_NULL;
        }
    } else {
        return V_NOTIMPL;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int complex_hash(value v, int64_t *out)
{
    cnum c = cval(v);
    uint64_t hr = (uint64_t)float_hash_double(c.re, v);
    uint64_t hi = (uint64_t)float_hash_double(c.im, v);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    *out = h == -1 ? -2 : h;
    return 0;
}

/* -- Text ------------------------------------------------------------------ */

static value complex_repr_v(value v)
{
    char buf[80];
    cnum c = cval(v);
    int n = complex_repr(c.re, c.im, buf, sizeof buf);
    return str_from_utf8(buf, (size_t)n);
}

static bool ieq_prefix(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++)
        if ((s[i] | 0x20) != word[i])
            return false;
    return true;
}

/* A float (with optional sign) at s[i..n): the index after it, or i when
 * there is none. */
static size_t scan_float(const char *s, size_t i, size_t n, double *out)
{
    size_t j = i;
    bool neg = false;
    if (j < n && (s[j] == '+' || s[j] == '-'))
        neg = s[j++] == '-';
    if (ieq_prefix(s + j, n - j, "infinity") || ieq_prefix(s + j, n - j, "inf")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return j + (ieq_prefix(s + j, n - j, "infinity") ? 8 : 3);
    }
    if (ieq_prefix(s + j, n - j, "nan")) {
        *out = neg ? -NAN : NAN;
        return j + 3;
    }
    size_t k = float_digit_part(s, j, n);
    bool digits = k > j;
    if (k < n && s[k] == '.') {
        size_t m = float_digit_part(s, k + 1, n);
        digits = digits || m > k + 1;
        k = m;
    }
    if (!digits)
        return i;
    if (k < n && (s[k] == 'e' || s[k] == 'E')) {
        size_t m = k + 1;
        if (m < n && (s[m] == '+' || s[m] == '-'))
            m++;
        size_t e = float_digit_part(s, m, n);
        if (e > m)
            k = e;
    }
    char *clean = malloc(k - i + 1);
    if (!clean)
        return i;
    size_t c = 0;
    for (size_t p = i; p < k; p++)
        if (s[p] != '_')
            clean[c++] = s[p];
    clean[c] = 0;
    *out = strtod(clean, NULL);
    free(clean);
    return k;
}

/* complex(text): false when malformed. */
static bool parse_complex(const char *s, size_t n, cnum *out)
{
    size_t i = 0;
    while (i < n && num_is_space(s[i])) i++;
    while (n > i && num_is_space(s[n - 1])) n--;
    if (i < n && s[i] == '(') {
        if (s[n - 1] != ')' || n - i < 2)
            return false;
        i++;
        n--;
        while (i < n && num_is_space(s[i])) i++;
        while (n > i && num_is_space(s[n - 1])) n--;
    }
    double x = 0.0, y = 0.0;
    size_t j = scan_float(s, i, n, &x);
    if (j > i) {
        if (j == n) {
            *out = (cnum){x, 0.0};
            return true;
        }
        if (s[j] == 'j' || s[j] == 'J') {
            *out = (cnum){0.0, x};
            return j + 1 == n;
        }
        if (s[j] != '+' && s[j] != '-')
            return false;
        size_t k = scan_float(s, j, n, &y);
        if (k == j) {
            y = s[j] == '-' ? -1.0 : 1.0;
            k = j + 1;
        }
        if (k >= n || (s[k] != 'j' && s[k] != 'J') || k + 1 != n)
            return false;
        *out = (cnum){x, y};
        return true;
    }
    /* "j", "+j", "-j" */
    y = 1.0;
    if (j < n && (s[j] == '+' || s[j] == '-'))
        y = s[j++] == '-' ? -1.0 : 1.0;
    if (j + 1 != n || (s[j] != 'j' && s[j] != 'J'))
        return false;
    *out = (cnum){0.0, y};
    return true;
}

static int complex_from_text(value s, cnum *out)
{
    size_t m;
    char *t = num_ascii_text(str_data(s), str_size(s), &m);
    if (!t)
        return -1;
    bool ok = true;
    for (size_t k = 0; k < m; k++)
        if (t[k] == '_' && (k == 0 || k + 1 == m || t[k - 1] < '0' || t[k - 1] > '9' ||
                            t[k + 1] < '0' || t[k + 1] > '9')) {
            free(t);
            exc_raise(&exc_ValueError, "could not convert string to complex: %R", s);
            return -1;
        }
    ok = parse_complex(t, m, out);
    free(t);
    if (!ok) {
        exc_raise(&exc_ValueError, "complex() arg is a malformed string");
        return -1;
    }
    return 0;
}

/* -- complex() ------------------------------------------------------------- */

/* A constructor argument as a complex number: complex, __complex__ (for
 * the first argument only, as CPython), then float(); *is_complex tells
 * whether it had an imaginary part. */
static int ctor_arg(value v, const char *which, cnum *out, bool *is_complex)
{
    *is_complex = false;
    if (v_is_complex(v)) {
        *out = cval(v);
        *is_complex = true;
        return 0;
    }
    int found = 0;
    value r = which[0] == 'f' ? call_special(v, str_intern_cstr("__complex__"), 0, NULL, &found) : V_NULL;
    if (found) {
        if (!r)
            return -1;
        if (!v_is_complex(r)) {
            exc_raise(&exc_TypeError, "__complex__ returned non-complex (type %s)", v_type_name(r));
            return -1;
        }
        *out = cval(r);
        *is_complex = true;
        return 0;
    }
    if (exc_occurred())
        return -1;
    type_object *t = v_type(v);
    if (!v_is_int_like(v) && !t->nb_float && !t->nb_index) {
        exc_raise(&exc_TypeError, "complex() %s argument must be a %snumber, not '%s'", which,
                  which[0] == 'f' ? "string or a " : "", v_type_name(v));
        return -1;
    }
    out->im = 0.0;
    return obj_as_double(v, &out->re);
}

/* str or a str subclass: complex() parses both, ignoring __complex__. */
static bool is_str(value v)
{
    return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &str_type);
}

static value complex_type_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"real", "imag"};
    value a[2];
    if (num_parse_args("complex", argc, argv, kwnames, names, 2, 2, 0, a) < 0)
        return V_NULL;
    cnum r = {0.0, 0.0}, i = {0.0, 0.0};
    bool rc = false, ic = false;
    if (a[0] && is_str(a[0])) {
        if (a[1])
            return exc_raise(&exc_TypeError, "complex() can't take second arg if first is a string");
        if (complex_from_text(a[0], &r) < 0)
            return V_NULL;
        return complex_alloc(type, r.re, r.im);
    }
    if (a[1] && is_str(a[1]))
        return exc_raise(&exc_TypeError, "complex() second arg can't be a string");
    if (a[0] && !a[1] && type == &complex_type && v_is_ptr(a[0]) && v_obj(a[0])->type == &complex_type)
        return a[0];
    if (a[0] && ctor_arg(a[0], "first", &r, &rc) < 0)
        return V_NULL;
    if (a[1] && ctor_arg(a[1], "second", &i, &ic) < 0)
        return V_NULL;
    /* (r.re + r.im j) + (i.re + i.im j) j */
    double re = r.re, im = rc ? r.im : 0.0;
    if (a[1]) {
        if (ic)
            re -= i.im;
        im = rc ? im + i.re : i.re;
    }
    return complex_alloc(type, re, im);
}

/* -- Methods --------------------------------------------------------------- */

static value complex_conjugate(value self, int argc, const value *argv, value kwnames)
{
    cnum c = cval(self);
    return complex_new(c.re, -c.im);
}

static value complex_complex_m(value self, int argc, const value *argv, value kwnames)
{
    return complex_pos(self);
}

static value complex_getnewargs(value self, int argc, const value *argv, value kwnames)
{
    cnum c = cval(self);
    value re = float_new(c.re), im;
    if (!re || !(im = float_new(c.im)))
        return V_NULL;
    return tuple_pack(2, re, im);
}

static value str_concat3(value a, value b, value c)
{
    size_t na = str_size(a), nb = str_size(b), nc = c ? str_size(c) : 0;
    char *buf = malloc(na + nb + nc + 1);
    if (!buf)
        return exc_no_memory();
    memcpy(buf, str_data(a), na);
    memcpy(buf + na, str_data(b), nb);
    if (c)
        memcpy(buf + na + nb, str_data(c), nc);
    value r = str_from_utf8(buf, na + nb + nc);
    free(buf);
    return r;
}

/* format(z, spec): each part formatted as a float (the imaginary part
 * with a sign always), then the whole padded to the width. Without a
 * presentation type the parts look as in repr, in parentheses unless the
 * real part is +0. */
static value complex_format_m(value self, int argc, const value *argv, value kwnames)
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
    if (f.type && !format_spec_type_in(&f, "eEfFgGn"))
        return format_spec_unknown(&f, v_type_name(self));
    bool zero_fill = strcmp(f.fill, "0") == 0;    /* by the flag or given as the fill */
    if (zero_fill || f.align == '=')
        return exc_raise(&exc_ValueError, zero_fill ? "Zero padding is not allowed in complex format specifier"
                                                 : "'=' alignment flag is not allowed in complex format specifier");
    cnum c = cval(self);
    format_spec part = f;
    part.width = -1;
    part.align = 0;
    strcpy(part.fill, " ");
    value text;
    /* no type: the parts as in repr (or 'g' with a precision) */
    if (!f.type)
        part.type = f.precision < 0 ? FORMAT_TYPE_REPR : 'g';
    bool skip_re = !f.type && c.re == 0.0 && !signbit(c.re);
    value re = skip_re ? V_NULL : format_spec_float(c.re, &part, v_type_name(self));
    if (!skip_re && !re)
        return V_NULL;
    format_spec ip = part;
    if (!skip_re)
        ip.sign = '+';
    value im = format_spec_float(c.im, &ip, v_type_name(self));
    if (!im)
        return V_NULL;
    value j = str_from_cstr(f.type || skip_re ? "j" : "j)");
    if (!j)
        return V_NULL;
    if (skip_re)
        text = str_concat3(im, j, V_NULL);
    else if (f.type)
        text = str_concat3(re, im, j);
    else {
        value open = str_from_cstr("(");
        if (!open || !(re = str_concat3(open, re, V_NULL)))
            return V_NULL;
        text = str_concat3(re, im, j);
    }
    if (!text || f.width < 0)
        return text;
    if (!f.align)
        f.align = '>';
    return format_spec_text(&f, str_data(text), str_size(text), str_len(text), '>');
}

static value complex_get_real(value self) { return float_new(cval(self).re); }
static value complex_get_imag(value self) { return float_new(cval(self).im); }

static const method_def complex_methods[] = {
    {"conjugate", complex_conjugate, METH_NOARGS, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex_m, METH_NOARGS, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, METH_NOARGS, NULL},
    {"__format__", complex_format_m, METH_O, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

/* CPython's real and imag are read-only members, whose message differs
 * from a getset's without a setter. */
static int complex_set_part(value self, value v)
{
    exc_raise(&exc_AttributeError, "readonly attribute");
    return -1;
}

static const getset_def complex_getsets[] = {
    {"real", complex_get_real, complex_set_part, "the real part of a complex number"},
    {"imag", complex_get_imag, complex_set_part, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

type_object complex_type = {
    .hdr = {.type = &type_type},
    .name = "complex",
    .basicsize = sizeof(complex_object),
    .flags = TYPE_BASETYPE,
    .base = &object_type,
    .repr = complex_repr_v,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattr = obj_generic_getattr,
    .nb = {
        [NB_ADD] = complex_add, [NB_SUB] = complex_sub, [NB_MUL] = complex_mul,
        [NB_TRUEDIV] = complex_truediv, [NB_POW] = complex_pow,
    },
    .nb_pow3 = complex_pow3,
    .nb_neg = complex_neg,
    .nb_pos = complex_pos,
    .nb_abs = complex_abs,
    .nb_bool = complex_bool,
    .new = complex_type_new,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
