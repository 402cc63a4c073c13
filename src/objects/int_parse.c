/* Turning things into ints: the text of int() and of literals (bases,
 * prefixes, underscores, Unicode digits and spaces, the 4300-digit limit),
 * the int() constructor with its __int__ / __index__ / __trunc__
 * protocol, and the bytes conversions int.to_bytes / int.from_bytes.
 * Also the argument binder the number types share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "int_internal.h"
#include "bytes.h"
#include "bytearray.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../unicode/unicode.h"
#include "../vm/exc.h"
#include "../modules/warningsmodule.h"

/* -- Arguments ------------------------------------------------------------- */

int num_parse_args(const char *fname, int argc, const value *argv, value kwnames,
                   const char *const *names, int nnames, int npos, int nreq, value *out)
{
    for (int i = 0; i < nnames; i++)
        out[i] = V_NULL;
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    /* the argument clinic's checks, in its order and words */
    if (argc + nkw > nnames) {
        exc_raise(&exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, nnames,
                  argc == 0 ? "keyword " : "", nnames == 1 ? "" : "s", argc + nkw);
        return -1;
    }
    if (argc > npos) {
        exc_raise(&exc_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                  nreq < npos ? "at most" : "exactly", npos, npos == 1 ? "" : "s", argc);
        return -1;
    }
    for (int i = 0; i < argc; i++)
        out[i] = argv[i];
    int bad = -1;                    /* first keyword that matches no free parameter */
    for (int k = 0; k < nkw; k++) {
        value name = tuple_get(kwnames, (size_t)k);
        int j = 0;
        while (j < nnames && (!names[j][0] || !str_eq_cstr(name, names[j])))
            j++;
        if (j == nnames || j < argc) {
            if (bad < 0)
                bad = k;
            continue;
        }
        out[j] = argv[argc + k];
    }
    /* as the clinic: a missing argument is reported before a bad keyword */
    for (int i = 0; i < nreq; i++) {
        if (!out[i]) {
            exc_raise(&exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return -1;
        }
    }
    if (bad >= 0) {
        value name = tuple_get(kwnames, (size_t)bad);
        for (int j = 0; j < argc; j++) {
            if (names[j][0] && str_eq_cstr(name, names[j])) {
                exc_raise(&exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[j], j + 1);
                return -1;
            }
        }
        exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for %s()", name, fname);
        return -1;
    }
    return 0;
}

/* -- Text to ASCII --------------------------------------------------------- */

/* First code points of the runs of ten Unicode decimal digits (Nd). */
static const uint32_t digit_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool uni_space(uint32_t cp)
{
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

/* The ASCII form number parsers read, as CPython's int() and float() do:
 * Unicode decimal digits become '0'..'9', Unicode spaces ' ', and the
 * first other non-ASCII character '?', where the text ends (never
 * valid; complex's messages depend on the cut). Returns a malloc'd
 * NUL-terminated text, or NULL with MemoryError. */
char *num_ascii_text(const char *s, size_t n, size_t *outn)
{
    char *t = malloc(n + 1);
    if (!t) {
        exc_no_memory();
        return NULL;
    }
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            t[m++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        int k = utf8_decode(s + i, n - i, &cp);
        if (k == 0)
            k = 1, cp = 0xfffd;
        i += (size_t)k;
        char out = '?';
        if (uni_space(cp))
            out = ' ';
        for (size_t j = 0; j < sizeof digit_zeros / sizeof *digit_zeros; j++)
            if (cp >= digit_zeros[j] && cp < digit_zeros[j] + 10)
                out = (char)('0' + (cp - digit_zeros[j]));
        t[m++] = out;
        if (out == '?')
            break;
    }
    t[m] = 0;
    *outn = m;
    return t;
}

/* C's isspace: \x1c-\x1f are spaces to str.isspace() but not here. */
bool num_is_space(char c) { return c == ' ' || (c >= 9 && c <= 13); }

/* -- Parsing --------------------------------------------------------------- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

enum { PARSE_OK, PARSE_BAD, PARSE_TOO_LONG, PARSE_NOMEM };

/* Parses ASCII text t[0..n) in `base` (0 or 2..36) into z. On
 * PARSE_TOO_LONG, *ndigits has the digit count. */
static int parse_ascii(const char *t, size_t n, int base, mpz_t z, size_t *ndigits)
{
    size_t i = 0, end = n;
    while (i < end && num_is_space(t[i])) i++;
    while (end > i && num_is_space(t[end - 1])) end--;
    bool neg = false;
    if (i < end && (t[i] == '+' || t[i] == '-'))
        neg = t[i++] == '-';
    bool prefixed = false, zero_lead = false;
    if (end - i >= 2 && t[i] == '0') {
        char p = (char)(t[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            prefixed = true;
        }
    }
    if (base == 0) {
        base = 10;
        zero_lead = i < end && t[i] == '0';
    }
    /* digits with single underscores between them (one may follow a prefix) */
    char *clean = malloc(end - i + 1);
    if (!clean)
        return PARSE_NOMEM;
    size_t m = 0;
    bool last_us = !prefixed;   /* a leading underscore is only allowed after a prefix */
    for (size_t j = i; j < end; j++) {
        if (t[j] == '_') {
            if (last_us) { free(clean); return PARSE_BAD; }
            last_us = true;
            continue;
        }
        if (digit_value(t[j]) >= base) { free(clean); return PARSE_BAD; }
        clean[m++] = t[j];
        last_us = false;
    }
    clean[m] = 0;
    if (m == 0 || (end > i && t[end - 1] == '_')) { free(clean); return PARSE_BAD; }
    if (zero_lead) {
        for (size_t j = 0; j < m; j++)
            if (clean[j] != '0') { free(clean); return PARSE_BAD; }
    }
    if ((base & (base - 1)) != 0 && int_max_str_digits > 0 && m > (size_t)int_max_str_digits) {
        free(clean);
        *ndigits = m;
        return PARSE_TOO_LONG;
    }
    mpz_set_str(z, clean, base);
    free(clean);
    if (neg)
        mpz_neg(z, z);
    return PARSE_OK;
}

/* The 200-code-point head of a text, for messages. */
static value message_head(const char *s, size_t n)
{
    size_t i = 0, cps = 0;
    while (i < n && cps < 200) {
        uint32_t cp;
        int k = utf8_decode(s + i, n - i, &cp);
        i += k ? (size_t)k : 1;
        cps++;
    }
    return str_from_utf8(s, i);
}

/* int("123"), int(" -45\n") in base 10: ASCII digits (at most 18, so
 * they fit an int64), an optional sign, spaces around. The common case,
 * without the copies and GMP of parse_ascii; false sends anything else
 * (underscores, Unicode digits or spaces, errors) there. */
static bool parse_small_decimal(const char *s, size_t n, int64_t *out)
{
    size_t i = 0;
    while (i < n && num_is_space(s[i])) i++;
    while (n > i && num_is_space(s[n - 1])) n--;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    if (i == n || n - i > 18)
        return false;
    int64_t v = 0;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = neg ? -v : v;
    return true;
}

/* Parses text; `shown` is what the error message quotes (V_NULL: the
 * text itself, as a str). */
static value parse_text(const char *s, size_t n, int base, value shown)
{
    int64_t small;
    if (base == 10 && parse_small_decimal(s, n, &small))
        return int_from_i64(small);
    size_t m, nd = 0;
    char *t = num_ascii_text(s, n, &m);
    if (!t)
        return V_NULL;
    mpz_t z;
    mpz_init(z);
    int rc = parse_ascii(t, m, base, z, &nd);
    free(t);
    if (rc == PARSE_OK)
        return int_take_mpz(z);
    mpz_clear(z);
    if (rc == PARSE_NOMEM)
        return exc_no_memory();
    if (rc == PARSE_TOO_LONG)
        return exc_raise(&exc_ValueError, "Exceeds the limit (%d digits) for integer string conversion: "
                         "value has %zd digits; use sys.set_int_max_str_digits() to increase the limit",
                         int_max_str_digits, (ssize_t)nd);
    /* CPython quotes the repr cut to 200 code points (its %.200R) */
    if (!shown && !(shown = str_from_utf8(s, n)))
        return V_NULL;
    value r = obj_repr(shown);
    if (!r || !(r = message_head(str_data(r), str_size(r))))
        return V_NULL;
    return exc_raise(&exc_ValueError, "invalid literal for int() with base %d: %S", base, r);
}

value int_from_str(const char *s, size_t n, int base)
{
    return parse_text(s, n, base, V_NULL);
}

/* str or a str subclass (whose instances hold their text the same way). */
static bool is_str(value x)
{
    return v_is_ptr(x) && type_is_subtype(v_obj(x)->type, &str_type);
}

/* Parses the bytes of a bytes-like object; a failure quotes them as a
 * bytes repr, whatever the object's type, as CPython does. */
static value parse_buffer(value x, int base)
{
    const char *d;
    size_t n;
    if (!buffer_get(x, &d, &n))
        return exc_raise(&exc_TypeError, "a bytes-like object is required");
    value shown = x;
    if (!v_is_bytes(x) && !(shown = bytes_from(d, n)))
        return V_NULL;
    return parse_text(d, n, base, shown);
}

/* -- int() ----------------------------------------------------------------- */

/* Calls a conversion slot and checks that it gave an int. */
static value call_int_slot(unary_fn fn, value x, const char *dunder)
{
    value r = fn(x);
    if (!r)
        return V_NULL;
    if (!v_is_int_like(r))
        return exc_raise(&exc_TypeError, "%s returned non-int (type %s)", dunder, v_type_name(r));
    if (!v_is_int_exact(r) &&
        warn_emit(&exc_DeprecationWarning, 1,
                  "%s returned non-int (type %s).  The ability to return an instance of a strict subclass of int "
                  "is deprecated, and may be removed in a future version of Python.", dunder, v_type_name(r)) < 0)
        return V_NULL;
    return int_exact(r);
}

/* int(x) for one argument: PyNumber_Long's order. */
static value int_of(value x)
{
    if (v_is_int_exact(x))
        return x;
    type_object *t = v_type(x);
    if (t->nb_int)
        return call_int_slot(t->nb_int, x, "__int__");
    if (t->nb_index)
        return call_int_slot(t->nb_index, x, "__index__");
    if (t == &str_type)      /* int("42"): an exact str has no __trunc__ to look up */
        return int_from_str(str_data(x), str_size(x), 10);
    value name = str_intern_cstr("__trunc__");
    if (!name)
        return V_NULL;
    value trunc = type_lookup(t, name);
    if (trunc) {
        if (warn_emit(&exc_DeprecationWarning, 1, "The delegation of int() to __trunc__ is deprecated.") < 0)
            return V_NULL;
        value r = obj_call_method(x, "__trunc__", 0, NULL);
        if (!r)
            return V_NULL;
        if (v_is_int_like(r))
            return int_exact(r);
        if (!v_type(r)->nb_index)
            return exc_raise(&exc_TypeError, "__trunc__ returned non-Integral (type %s)", v_type_name(r));
        return call_int_slot(v_type(r)->nb_index, r, "__index__");
    }
    if (is_str(x))
        return int_from_str(str_data(x), str_size(x), 10);
    const char *d;
    size_t n;
    if (buffer_get(x, &d, &n))
        return parse_buffer(x, 10);
    return exc_raise(&exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                     v_type_name(x));
}

static value int_with_base(value x, value vbase)
{
    value b = obj_index(vbase);
    if (!b)
        return V_NULL;
    int64_t base;
    if (int_as_i64(b, &base) < 0)
        exc_clear(), base = -1;
    if (base != 0 && (base < 2 || base > 36))
        return exc_raise(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x))
        return int_from_str(str_data(x), str_size(x), (int)base);
    if (type_is_subtype(v_type(x), &bytes_type) || v_is_bytearray(x))
        return parse_buffer(x, (int)base);
    return exc_raise(&exc_TypeError, "int() can't convert non-string with explicit base");
}

value int_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"", "base"};
    value a[2];
    if (num_parse_args("int", argc, argv, kwnames, names, 2, 2, 0, a) < 0)
        return V_NULL;
    value r;
    if (!a[0])
        r = a[1] ? exc_raise(&exc_TypeError, "int() missing string argument") : v_small(0);
    else if (a[1])
        r = int_with_base(a[0], a[1]);
    else
        r = int_of(a[0]);
    if (!r || type == &int_type)
        return r;
    if (type == &bool_type)
        return exc_raise(&exc_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
    return int_subtype_new(type, r);
}

/* -- Bytes ----------------------------------------------------------------- */

/* byteorder: 1 for 'big', 0 for 'little'; -1 with an error. */
static int byteorder_of(const char *fname, value v)
{
    if (!v)
        return 1;
    if (!v_is_str(v)) {
        exc_raise(&exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                  v == V_NONE ? "None" : v_type_name(v));
        return -1;
    }
    if (str_eq_cstr(v, "big"))
        return 1;
    if (str_eq_cstr(v, "little"))
        return 0;
    exc_raise(&exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static void reverse_bytes(unsigned char *b, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        unsigned char c = b[i];
        b[i] = b[n - 1 - i];
        b[n - 1 - i] = c;
    }
}

value int_to_bytes(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    value a[3];
    if (num_parse_args("to_bytes", argc, argv, kwnames, names, 3, 2, 0, a) < 0)
        return V_NULL;
    int64_t len = 1;
    if (a[0]) {
        value l = obj_index(a[0]);
        if (!l)
            return V_NULL;
        if (int_as_i64(l, &len) < 0) {   /* a Py_ssize_t in CPython */
            exc_clear();
            return exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        if (len < 0)
            return exc_raise(&exc_ValueError, "length argument must be non-negative");
    }
    int big = byteorder_of("to_bytes", a[1]);
    int sgn = a[2] ? obj_truthy(a[2]) : 0;
    if (big < 0 || sgn < 0)
        return V_NULL;
    if ((uint64_t)len > gc_max_request())   /* CPython allocates the result first */
        return exc_no_memory();
    zview tv;
    const __mpz_struct *z = int_zget(self, &tv);
    if (mpz_sgn(z) < 0 && !sgn)
        return exc_raise(&exc_OverflowError, "can't convert negative int to unsigned");
    /* the bits needed, a sign bit included when signed */
    size_t need = 0;
    if (mpz_sgn(z) > 0)
        need = mpz_sizeinbase(z, 2) + (sgn ? 1 : 0);
    else if (mpz_sgn(z) < 0) {
        mpz_t c;
        mpz_init(c);
        mpz_com(c, z);                 /* -z - 1 >= 0: its bits plus a sign bit */
        need = (mpz_sgn(c) ? mpz_sizeinbase(c, 2) : 0) + 1;
        mpz_clear(c);
    }
    if (need > (uint64_t)len * 8)
        return exc_raise(&exc_OverflowError, "int too big to convert");
    unsigned char *buf = calloc((size_t)len + 1, 1);
    if (!buf)
        return exc_no_memory();
    mpz_t m;
    mpz_init(m);
    mpz_fdiv_r_2exp(m, z, (mp_bitcnt_t)len * 8);   /* two's complement in len bytes */
    size_t count = 0, nb = mpz_sgn(m) ? (mpz_sizeinbase(m, 2) + 7) / 8 : 0;
    if (nb)
        mpz_export(buf + (size_t)len - nb, &count, 1, 1, 1, 0, m);
    mpz_clear(m);
    if (!big)
        reverse_bytes(buf, (size_t)len);
    value r = bytes_from((const char *)buf, (size_t)len);
    free(buf);
    return r;
}

value int_from_bytes(value cls, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    value a[3];
    if (num_parse_args("from_bytes", argc, argv, kwnames, names, 3, 2, 1, a) < 0)
        return V_NULL;
    int big = byteorder_of("from_bytes", a[1]);
    int sgn = a[2] ? obj_truthy(a[2]) : 0;
    if (big < 0 || sgn < 0)
        return V_NULL;
    value b = a[0];
    /* bytes(x) would encode a str or zero-fill for an int: here both are
     * errors, as in CPython's PyObject_Bytes */
    value dunder = str_intern_cstr("__bytes__");
    if (!dunder)
        return V_NULL;
    if (is_str(b) || (v_type(b)->nb_index && !type_lookup(v_type(b), dunder)))
        return exc_raise(&exc_TypeError, "cannot convert '%s' object to bytes", v_type_name(b));
    if (!v_is_bytes(b) && !(b = obj_call1(v_from_obj(&bytes_type), b)))
        return V_NULL;
    size_t n = bytes_size(b);
    mpz_t z;
    mpz_init(z);
    if (n)
        mpz_import(z, n, big ? 1 : -1, 1, 1, 0, bytes_data(b));
    if (sgn && n && mpz_tstbit(z, n * 8 - 1)) {
        mpz_t p;
        mpz_init(p);
        mpz_setbit(p, n * 8);
        mpz_sub(z, z, p);
        mpz_clear(p);
    }
    value r = int_take_mpz(z);
    if (!r || cls == v_from_obj(&int_type))
        return r;
    return obj_call1(cls, r);
}
