/* The format-spec mini-language (format_spec.h): parsing a spec with
 * CPython 3.11's messages, laying a formatted number or text out in its
 * field (fill, alignment, sign, grouping that also groups zero padding),
 * and float's presentation types (e f g n % and none), which int's
 * __format__ reuses for those types. glibc's printf is correctly rounded,
 * so e/f/g digits come from snprintf; the none type with a precision is
 * Python's own variant of g (it switches to exponent form at exp >= p-1
 * and keeps one digit after the point). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "format_spec.h"
#include "str.h"
#include "../unicode/unicode.h"
#include "../util/float_repr.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

/* -- Parsing --------------------------------------------------------------- */

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads a decimal number at s[*i]; -1 when there is none. */
static int read_count(const char *s, size_t n, size_t *i, int64_t *out)
{
    int64_t v = -1;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        int d = s[*i] - '0';
        if (v < 0)
            v = 0;
        if (v > (INT64_MAX - d) / 10) {   /* CPython: beyond Py_ssize_t */
            exc_raise(&exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*i)++;
    }
    *out = v;
    return 0;
}

/* A type code as CPython's messages show it: printable ASCII as itself,
 * anything else as \x and its hex code. */
static void type_text(uint32_t t, char *buf, size_t size)
{
    if (t > 32 && t < 128)
        snprintf(buf, size, "%c", (char)t);
    else
        snprintf(buf, size, "\\x%x", (unsigned)t);
}

value format_spec_unknown(const format_spec *f, const char *tname)
{
    char t[16];
    type_text(f->type, t, sizeof t);
    return exc_raise(&exc_ValueError, "Unknown format code '%s' for object of type '%s'", t, tname);
}

static int check_grouping(const format_spec *f)
{
    if (!f->grouping)
        return 0;
    const char *ok = f->grouping == ',' ? "deEfFgG%" : "deEfFgG%boxX";
    if (f->type == 0 || format_spec_type_in(f, ok))
        return 0;
    char t[16];
    type_text(f->type, t, sizeof t);
    exc_raise(&exc_ValueError, "Cannot specify '%c' with '%s'.", f->grouping, t);
    return -1;
}

int format_spec_parse(const char *s, size_t n, const char *tname, format_spec *f)
{
    memset(f, 0, sizeof *f);
    strcpy(f->fill, " ");
    f->width = f->precision = -1;
    size_t i = 0;
    bool fill_given = false;
    uint32_t cp;
    int k = n ? utf8_decode(s, n, &cp) : 0;
    if (k == 0)
        k = 1;
    if (n > (size_t)k && is_align(s[k])) {
        memcpy(f->fill, s, (size_t)k);
        f->fill[k] = 0;
        f->align = s[k];
        fill_given = true;
        i = (size_t)k + 1;
    } else if (n > 0 && is_align(s[0])) {
        f->align = s[0];
        i = 1;
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
        f->sign = s[i++];
    if (i < n && s[i] == 'z')
        f->no_neg_zero = true, i++;
    if (i < n && s[i] == '#')
        f->alternate = true, i++;
    /* the '0' flag only without an explicit fill; after one, a leading
     * '0' is part of the width */
    if (i < n && s[i] == '0' && !fill_given) {
        f->zero = true;
        strcpy(f->fill, "0");
        if (!f->align)
            f->align = '=';
        i++;
    }
    if (read_count(s, n, &i, &f->width) < 0)
        return -1;
    if (i < n && (s[i] == ',' || s[i] == '_')) {
        f->grouping = s[i++];
        /* a second, equal separator is read as the type (or as junk) below */
        if (i < n && (s[i] == ',' || s[i] == '_') && s[i] != f->grouping) {
            exc_raise(&exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (i < n && s[i] == '.') {
        i++;
        if (read_count(s, n, &i, &f->precision) < 0)
            return -1;
        if (f->precision < 0) {
            exc_raise(&exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    /* what is left must be one code point, the type */
    uint32_t t = 0;
    int tk = i < n ? utf8_decode(s + i, n - i, &t) : 0;
    if (i < n && (tk <= 0 || n - i != (size_t)tk)) {
        value sv = str_from_utf8(s, n);
        if (sv)
            exc_raise(&exc_ValueError, "Invalid format specifier '%S' for object of type '%s'", sv, tname);
        return -1;
    }
    f->type = t;
    f->type_nul = i < n && t == 0;
    return check_grouping(f);
}

/* -- Layout ---------------------------------------------------------------- */

/* A field padded to a width no memory could hold is a MemoryError at once
 * (CPython fails allocating it), not a builder growing until it fails. */
/* The fill's UTF-8 size: a NUL fill ("\0<5") is the one byte that also
 * ends the C string, so strlen would say 0. */
static size_t fill_size(const format_spec *f)
{
    return f->fill[0] ? strlen(f->fill) : 1;
}

static bool pad_too_big(const format_spec *f, int64_t pad, size_t n)
{
    uint64_t limit = gc_max_request();
    return (uint64_t)pad > limit || (uint64_t)pad * fill_size(f) + n > limit;
}

static void add_fill(str_builder *b, const format_spec *f, int64_t count)
{
    size_t fl = fill_size(f);
    if (count <= 0 || !sb_str_reserve(b, (size_t)count * fl))
        return;
    char block[64];
    size_t per = sizeof block / fl;   /* whole fills (1 to 4 bytes each) per block */
    for (size_t i = 0; i < per; i++)
        memcpy(block + i * fl, f->fill, fl);
    for (; count > 0; count -= (int64_t)per)
        sb_str_add(b, block, (count < (int64_t)per ? (size_t)count : per) * fl);
}

/* The grouped digits, padded with grouped zeros to at least min_len. */
static char *group_digits(const char *d, size_t nd, int group, char sep, int64_t min_len, size_t *outn)
{
    size_t cap = nd + nd / (group ? group : 1) + (min_len > 0 ? (size_t)min_len * 2 : 0) + 8;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    size_t len = 0, left = nd;
    int in_group = 0;
    /* built backwards, then reversed */
    while (left > 0 || (int64_t)len < min_len || len == 0) {
        if (sep && in_group == group) {
            out[len++] = sep;
            in_group = 0;
        }
        out[len++] = left > 0 ? d[--left] : '0';
        in_group++;
    }
    for (size_t i = 0; i < len / 2; i++) {
        char c = out[i];
        out[i] = out[len - 1 - i];
        out[len - 1 - i] = c;
    }
    *outn = len;
    return out;
}

/* format_spec_number's common case, f"{i:06d}" or f"{x:.2f}": digits
 * without grouping, a one-byte fill, an ASCII tail, a modest width. The
 * field is written straight into one new str, without the builder's
 * copies (this ran at ~1000 instructions a number). V_NULL with no
 * exception: not this case. */
static value number_direct(const format_spec *f, char align, const char *sign, size_t lsign,
                           const char *prefix, size_t lprefix, const char *digits, size_t ndigits,
                           int64_t min_len, const char *rest, size_t nrest)
{
    if (f->grouping || ndigits == 0 || f->width > 4096 || f->fill[0] & 0x80 || !f->fill[0] || f->fill[1])
        return V_NULL;
    for (size_t i = 0; i < nrest; i++)
        if (rest[i] & 0x80)
            return V_NULL;
    size_t zeros = min_len > (int64_t)ndigits ? (size_t)min_len - ndigits : 0;
    size_t len = lsign + lprefix + zeros + ndigits + nrest;
    size_t pad = f->width > (int64_t)len ? (size_t)f->width - len : 0;
    size_t before = align == '>' || align == '=' ? pad : align == '^' ? pad / 2 : 0;
    char *d;
    value r = str_new_ascii(len + pad, &d);
    if (!r)
        return V_NULL;
    if (align != '=') { memset(d, f->fill[0], before); d += before; }
    memcpy(d, sign, lsign); d += lsign;
    memcpy(d, prefix, lprefix); d += lprefix;
    if (align == '=') { memset(d, f->fill[0], before); d += before; }
    memset(d, '0', zeros); d += zeros;
    memcpy(d, digits, ndigits); d += ndigits;
    memcpy(d, rest, nrest); d += nrest;
    memset(d, f->fill[0], pad - before);
    return r;
}

value format_spec_number(const format_spec *f, const char *sign, const char *prefix, const char *digits,
                         size_t ndigits, int group, const char *rest, size_t nrest)
{
    char align = f->align ? f->align : '>';
    size_t lsign = strlen(sign), lprefix = strlen(prefix);
    int64_t min_len = 0;
    bool zero_pad = align == '=' && strcmp(f->fill, "0") == 0;
    /* inf and nan (no integer digits) take the zero padding as plain,
     * ungrouped fill, as CPython does */
    if (zero_pad && f->width > 0 && ndigits > 0)
        min_len = f->width - (int64_t)(lsign + lprefix + utf8_count(rest, nrest));
    value direct = number_direct(f, align, sign, lsign, prefix, lprefix, digits, ndigits, min_len, rest, nrest);
    if (direct || exc_occurred())
        return direct;
    if (pad_too_big(f, f->width > 0 ? f->width : 0, 0))
        return exc_no_memory();
    size_t ng;
    char *g = group_digits(digits, ndigits, f->grouping ? group : 0, f->grouping, min_len, &ng);
    if (!g)
        return exc_no_memory();
    if (ndigits == 0 && min_len <= 0)
        ng = 0;                      /* no integer part at all (inf, nan) */
    int64_t len = (int64_t)(lsign + lprefix + ng + utf8_count(rest, nrest));
    int64_t pad = f->width > len ? f->width - len : 0;
    str_builder b;
    sb_str_init(&b);
    if (align == '>')
        add_fill(&b, f, pad);
    else if (align == '^')
        add_fill(&b, f, pad / 2);
    sb_str_add(&b, sign, lsign);
    sb_str_add(&b, prefix, lprefix);
    if (align == '=')
        add_fill(&b, f, pad);
    sb_str_add(&b, g, ng);
    sb_str_add(&b, rest, nrest);
    if (align == '<')
        add_fill(&b, f, pad);
    else if (align == '^')
        add_fill(&b, f, pad - pad / 2);
    free(g);
    return sb_str_finish(&b);
}

value format_spec_text(const format_spec *f, const char *s, size_t n, size_t len, char default_align)
{
    char align = f->align ? f->align : default_align;
    int64_t pad = f->width > (int64_t)len ? f->width - (int64_t)len : 0;
    if (pad_too_big(f, pad, n))
        return exc_no_memory();
    str_builder b;
    sb_str_init(&b);
    if (align == '>' || align == '=')
        add_fill(&b, f, pad);
    else if (align == '^')
        add_fill(&b, f, pad / 2);
    sb_str_add(&b, s, n);
    if (align == '<')
        add_fill(&b, f, pad);
    else if (align == '^')
        add_fill(&b, f, pad - pad / 2);
    return sb_str_finish(&b);
}

/* -- Floats ---------------------------------------------------------------- */

/* A double's exact decimal expansion ends within 1074 digits after the
 * point (767 significant ones): printf digits past this many are zeros. */
#define EXACT_DIGITS 1100

/* snprintf of one "%.*e"-style conversion (e f g, any case, '#' allowed)
 * into a malloc'd buffer. A precision past EXACT_DIGITS is printed at
 * EXACT_DIGITS and the zeros appended (before any exponent), since
 * printf takes time quadratic in the precision; 'g' without '#' strips
 * those zeros anyway, and its choice of form is the same for any
 * precision past 308. */
static char *fmt_alloc(const char *fmt, int prec, double d)
{
    char conv = fmt[strlen(fmt) - 1] | 0x20;
    bool alt = strchr(fmt, '#') != NULL;
    size_t extra = 0;
    if (prec > EXACT_DIGITS && isfinite(d)) {
        if (conv != 'g' || alt)
            extra = (size_t)(prec - EXACT_DIGITS);
        prec = EXACT_DIGITS;
    }
    int n = snprintf(NULL, 0, fmt, prec, d);
    char *s = n >= 0 ? malloc((size_t)n + extra + 1) : NULL;
    if (!s) {
        exc_no_memory();
        return NULL;
    }
    snprintf(s, (size_t)n + 1, fmt, prec, d);
    if (extra) {
        char *e = strpbrk(s, "eE");
        size_t at = e ? (size_t)(e - s) : (size_t)n;
        memmove(s + at + extra, s + at, (size_t)n - at + 1);
        memset(s + at, '0', extra);
    }
    return s;
}

char *format_spec_cprintf(const char *fmt, int prec, double d)
{
    return fmt_alloc(fmt, prec, d);
}

/* Removes trailing zeros of the mantissa (and a bare point), keeping at
 * least `keep_one` digit after the point when asked. */
static void strip_zeros(char *s, bool keep_one)
{
    char *dot = strchr(s, '.');
    if (!dot)
        return;
    char *e = strpbrk(s, "eE");
    char *end = e ? e : s + strlen(s);
    char *p = end;
    char *stop = keep_one && end > dot + 1 ? dot + 2 : dot + 1;
    while (p > stop && p[-1] == '0')
        p--;
    if (p == dot + 1 && !keep_one)
        p = dot;
    memmove(p, end, strlen(end) + 1);
}

/* Python's none-type with a precision: like g, but exponent form from
 * exp >= p - 1, and fixed form keeps a digit after the point. */
static char *format_none_prec(double a, int p, bool alt)
{
    if (p == 0)
        p = 1;
    char *e = fmt_alloc(alt ? "%#.*e" : "%.*e", p - 1, a);
    if (!e)
        return NULL;
    int exp = atoi(strchr(e, 'e') + 1);
    if (exp >= -4 && exp < p - 1) {
        free(e);
        char *f = fmt_alloc(alt ? "%#.*f" : "%.*f", p - 1 - exp, a);
        if (f && !alt)
            strip_zeros(f, true);
        if (f && !strchr(f, '.')) {
            char *g = realloc(f, strlen(f) + 3);
            if (!g) { free(f); exc_no_memory(); return NULL; }
            strcat(g, ".0");
            f = g;
        }
        return f;
    }
    if (!alt)
        strip_zeros(e, false);
    return e;
}

/* a (finite, 0 <= a < 1e15) with p <= 15 decimals, as printf's "%.*f"
 * writes it, but without printf's big-number machinery (f"{x:.2f}" is
 * hot): a = m * 2**e exactly, so a * 10**p = m * 10**p * 2**e, an integer
 * below 2**103 shifted right, rounded half to even on the exact remainder
 * (printf's and CPython's correct rounding). Returns a malloc'd string,
 * or NULL with MemoryError. */
static char *fixed_small(double a, int p)
{
    int e;
    double fr = frexp(a, &e);
    uint64_t m = (uint64_t)ldexp(fr, 53);      /* exact: 53 significant bits */
    e -= 53;                                   /* a = m * 2**e, e < 0 here */
    uint64_t pow10 = 1;
    for (int i = 0; i < p; i++) pow10 *= 10;
    unsigned __int128 n = (unsigned __int128)m * pow10;
    int k = -e;
    if (k >= 127) {
        n = 0;                                 /* below half a unit of the last place */
    } else if (k > 0) {
        unsigned __int128 q = n >> k, r = n - (q << k), half = (unsigned __int128)1 << (k - 1);
        n = q + (r > half || (r == half && (q & 1)));
    } else {
        n <<= -k;                              /* cannot happen below 1e15; kept exact */
    }
    uint64_t ip = (uint64_t)(n / pow10), fp = (uint64_t)(n % pow10);
    char buf[48], *end = buf + sizeof buf, *q = end;
    *--q = 0;
    for (int i = 0; i < p; i++, fp /= 10) *--q = (char)('0' + fp % 10);
    if (p > 0) *--q = '.';
    do { *--q = (char)('0' + ip % 10); ip /= 10; } while (ip);
    char *s = malloc((size_t)(end - q));
    if (!s) {
        exc_no_memory();
        return NULL;
    }
    memcpy(s, q, (size_t)(end - q));
    return s;
}

static char *float_body(double a, const format_spec *f, char type, bool *upper)
{
    if (f->precision > INT32_MAX) {   /* C's printf takes an int */
        exc_raise(&exc_ValueError, "precision too big");
        return NULL;
    }
    int p = f->precision < 0 ? 6 : (int)f->precision;
    *upper = type == 'E' || type == 'F' || type == 'G';
    char fmt[8];
    switch (type) {
    case 'e': case 'E':
        return fmt_alloc(f->alternate ? "%#.*e" : "%.*e", p, a);
    case 'f': case 'F': case '%':
        if (!f->alternate && p <= 15 && a < 1e15)
            return fixed_small(a, p);
        return fmt_alloc(f->alternate ? "%#.*f" : "%.*f", p, a);
    case 'g': case 'G': case 'n':
        snprintf(fmt, sizeof fmt, "%%%s.*g", f->alternate ? "#" : "");
        return fmt_alloc(fmt, p == 0 ? 1 : p, a);
    default:
        if (f->precision >= 0)
            return format_none_prec(a, p, f->alternate);
        char buf[40];
        size_t len = (size_t)float_repr(a, buf, sizeof buf);
        char *ex = strchr(buf, 'e');
        /* repr adds ".0" to integral values; complex parts go without */
        if (f->type == FORMAT_TYPE_REPR && !ex && len > 2 && strcmp(buf + len - 2, ".0") == 0)
            buf[len -= 2] = 0;
        char *mend = ex ? ex : buf + len;
        if (f->alternate && !memchr(buf, '.', (size_t)(mend - buf))) {
            memmove(mend + 1, mend, strlen(mend) + 1);    /* '#': the point is always there */
            *mend = '.';
        }
        char *s = strdup(buf);
        if (!s)
            exc_no_memory();
        return s;
    }
}

value format_spec_float(double d, const format_spec *f, const char *tname)
{
    if (f->type && f->type != FORMAT_TYPE_REPR && !format_spec_type_in(f, "eEfFgGn%"))
        return format_spec_unknown(f, tname);
    char type = f->type == FORMAT_TYPE_REPR ? 0 : (char)f->type;
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    if (type == '%')
        a *= 100;
    bool upper;
    char *body;
    if (isinf(a) || isnan(a)) {
        body = strdup(isinf(a) ? "inf" : "nan");
        upper = type == 'E' || type == 'F' || type == 'G';
        if (!body)
            return exc_no_memory();
    } else if (!(body = float_body(a, f, type, &upper))) {
        return V_NULL;
    }
    if (upper)
        for (char *p = body; *p; p++)
            if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
    if (neg && f->no_neg_zero && !isinf(a)) {
        bool all_zero = true;
        for (char *p = body; *p && *p != 'e' && *p != 'E'; p++)
            if (*p >= '1' && *p <= '9') all_zero = false;
        if (all_zero)
            neg = false;
    }
    const char *sign = neg ? "-" : f->sign == '+' ? "+" : f->sign == ' ' ? " " : "";
    size_t nint = 0;
    while (body[nint] >= '0' && body[nint] <= '9')
        nint++;
    size_t blen = strlen(body);
    char *rest = body + nint;
    size_t nrest = blen - nint;
    char *with_pct = NULL;
    if (type == '%') {
        with_pct = malloc(nrest + 2);
        if (!with_pct) { free(body); return exc_no_memory(); }
        memcpy(with_pct, rest, nrest);
        with_pct[nrest++] = '%';
        with_pct[nrest] = 0;
        rest = with_pct;
    }
    value r = format_spec_number(f, sign, "", body, nint, 3, rest, nrest);
    free(with_pct);
    free(body);
    return r;
}
