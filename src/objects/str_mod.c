/* printf-style formatting, fmt % args: conversions s r a d i u x X o e E
 * f F g G c %, flags - + space # 0, width and precision (or *), mapping
 * keys %(name)s, with CPython 3.11's errors ("not enough arguments for
 * format string", "not all arguments converted during string
 * formatting", "%d format: a real number is required, not str", ...).
 * Also ascii() (str_ascii), which %a needs. */
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "str_internal.h"
#include "float.h"
#include "format_spec.h"
#include "int.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"
#include "../unicode/unicode.h"

value str_ascii(value v)
{
    value r = obj_repr(v);
    if (!r) return V_NULL;
    if (v_obj(r)->flags & STR_ASCII) return r;
    str_builder b;
    sb_str_init(&b);
    const char *d = str_data(r);
    size_t n = str_size(r);
    for (size_t p = 0; p < n;) {
        size_t p0 = p;
        uint32_t c = str_next_cp(d, n, &p);
        char buf[16];
        if (c < 128) { sb_str_add(&b, d + p0, 1); continue; }
        int k = c < 256 ? snprintf(buf, sizeof buf, "\\x%02x", c)
              : c < 65536 ? snprintf(buf, sizeof buf, "\\u%04x", c)
              : snprintf(buf, sizeof buf, "\\U%08x", c);
        sb_str_add(&b, buf, (size_t)k);
    }
    return sb_str_finish(&b);
}

typedef struct fmt_state {
    value args;        /* the tuple of arguments, or the single argument */
    const value *items;
    size_t nargs, argidx;
    value dict;        /* the mapping for %(key)s, or V_NULL */
    value keyval;      /* the value of the last %(key) */
} fmt_state;

static value next_arg(fmt_state *st)
{
    if (st->argidx >= st->nargs) return exc_raise(&exc_TypeError, "not enough arguments for format string");
    return st->items[st->argidx++];
}

typedef struct conv_spec {
    int left, plus, space, alt, zero;
    int64_t width, prec;   /* -1: absent */
    uint32_t type;
} conv_spec;

/* Appends n copies of the ASCII character c, a block at a time. */
static void add_run(str_builder *b, char c, int64_t n)
{
    char block[64];
    memset(block, c, sizeof block);
    for (; n > 0; n -= (int64_t)sizeof block)
        sb_str_add(b, block, n < (int64_t)sizeof block ? (size_t)n : sizeof block);
}

/* Writes `body` (n bytes, len code points) with sign/prefix into the
 * field, as printf does: zero padding goes after the sign and prefix. */
static void emit_field(str_builder *b, const conv_spec *cs, const char *sign, const char *prefix,
                       const char *body, size_t n, size_t len, int numeric)
{
    size_t extra = strlen(sign) + strlen(prefix);
    int64_t padn = cs->width - (int64_t)(len + extra);
    if (padn < 0) padn = 0;
    if ((uint64_t)padn > gc_max_request()) {   /* what CPython fails to allocate */
        b->failed = 1;   /* sb_str_finish: MemoryError */
        return;
    }
    if (!sb_str_reserve(b, (size_t)padn + extra + n))
        return;
    if (!cs->left && !(cs->zero && numeric))
        add_run(b, ' ', padn);
    sb_str_add(b, sign, strlen(sign));
    sb_str_add(b, prefix, strlen(prefix));
    if (!cs->left && cs->zero && numeric)
        add_run(b, '0', padn);
    sb_str_add(b, body, n);
    if (cs->left)
        add_run(b, ' ', padn);
}

/* An int for %d/%x/%o/%c: ints, __index__, and (for %d %i %u) floats and
 * other numbers through int(). */
static value int_arg(value v, uint32_t type)
{
    if (v_is_int_like(v)) return v;
    int decimal = type == 'd' || type == 'i' || type == 'u';
    if (v_type(v)->nb_index && !v_is_float(v)) return obj_index(v);
    if (decimal && v_type(v)->nb_int) return v_type(v)->nb_int(v);
    if (decimal)
        return exc_raise(&exc_TypeError, "%%%c format: a real number is required, not %s", (int)type,
                         v_type_name(v));
    return exc_raise(&exc_TypeError, "%%%c format: an integer is required, not %s", (int)type, v_type_name(v));
}

static int format_int(str_builder *b, const conv_spec *cs, value v)
{
    v = int_arg(v, cs->type);
    if (!v) return -1;
    int base = cs->type == 'x' || cs->type == 'X' ? 16 : cs->type == 'o' ? 8 : 10;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    int neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    char *digits = mpz_get_str(NULL, cs->type == 'X' ? -16 : base, z);
    mpz_clear(z);
    if (!digits) { exc_no_memory(); return -1; }
    size_t nd = strlen(digits);
    if (base == 10 && int_max_str_digits > 0 && nd > (size_t)int_max_str_digits) {
        free(digits);    /* str(v) would fail the same way: let it raise */
        return int_to_decimal(v) ? 0 : -1;
    }
    const char *sign = neg ? "-" : cs->plus ? "+" : cs->space ? " " : "";
    const char *prefix = !cs->alt || base == 10 ? "" : cs->type == 'x' ? "0x" : cs->type == 'X' ? "0X" : "0o";
    if (cs->prec > (int64_t)nd) {     /* precision: minimum digits */
        size_t np = (size_t)cs->prec;
        char *t = malloc(np + 1);
        if (!t) { free(digits); exc_no_memory(); return -1; }
        memset(t, '0', np - nd);
        memcpy(t + np - nd, digits, nd + 1);
        free(digits);
        digits = t;
        nd = np;
    }
    emit_field(b, cs, sign, prefix, digits, nd, nd, 1);
    free(digits);
    return 0;
}

static int format_float(str_builder *b, const conv_spec *cs, value v)
{
    double x;
    if (v_is_float(v)) x = v_float(v);
    else if (obj_as_double(v, &x) < 0) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "must be real number, not %s", v_type_name(v));
        }
        return -1;
    }
    int64_t prec = cs->prec < 0 ? 6 : cs->prec;    /* at most INT32_MAX: read_number checks */
    const char *sign = signbit(x) && !isnan(x) ? "-" : cs->plus ? "+" : cs->space ? " " : "";
    x = fabs(x);
    int upper = cs->type == 'E' || cs->type == 'F' || cs->type == 'G';
    if (isinf(x) || isnan(x)) {
        const char *t = isinf(x) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        /* CPython zero-pads these too: '%05f' % inf is '00inf' */
        emit_field(b, cs, sign, "", t, 3, 3, 1);
        return 0;
    }
    char fmt[16];
    snprintf(fmt, sizeof fmt, "%%%s.*%c", cs->alt ? "#" : "", (char)cs->type);
    char *buf = format_spec_cprintf(fmt, (int)prec, x);
    if (!buf) return -1;
    size_t n = strlen(buf);
    emit_field(b, cs, sign, "", buf, n, n, 1);
    free(buf);
    return 0;
}

static int format_text(str_builder *b, const conv_spec *cs, value s)
{
    size_t n = str_size(s), len = str_len(s);
    if (cs->prec >= 0 && (size_t)cs->prec < len) {
        len = (size_t)cs->prec;
        n = str_offset(s, len);
    }
    emit_field(b, cs, "", "", str_data(s), n, len, 0);
    return 0;
}

static int format_char(str_builder *b, const conv_spec *cs, value v)
{
    uint32_t c;
    if (v_is_str_like(v)) {
        if (str_len(v) != 1) { exc_raise(&exc_TypeError, "%%c requires int or char"); return -1; }
        c = str_char_at(v, 0);
    } else {
        if (!v_is_int_like(v) && !v_type(v)->nb_index) {
            exc_raise(&exc_TypeError, "%%c requires int or char");
            return -1;
        }
        int64_t i;
        if (str_arg_index(v, &i, 1) < 0) return -1;
        if (i < 0 || i > 0x10FFFF) { exc_raise(&exc_OverflowError, "%%c arg not in range(0x110000)"); return -1; }
        c = (uint32_t)i;
    }
    char buf[4];
    int k = utf8_encode(c, buf);
    conv_spec c2 = *cs;
    c2.prec = -1;
    emit_field(b, &c2, "", "", buf, (size_t)k, 1, 0);
    return 0;
}

/* Reads a width or precision: digits, or '*' from the arguments. */
static int read_number(fmt_state *st, const char *d, size_t n, size_t *p, int64_t *out, int is_prec)
{
    if (*p < n && d[*p] == '*') {
        (*p)++;
        value v = next_arg(st);
        if (!v) return -1;
        if (!v_is_int_like(v)) { exc_raise(&exc_TypeError, "* wants int"); return -1; }
        int64_t i;
        if (int_as_i64(v, &i) < 0) return -1;
        if (is_prec && (i > INT32_MAX || i < INT32_MIN)) {   /* a C int in CPython */
            exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        *out = i;
        return 1;
    }
    if (*p < n && d[*p] >= '0' && d[*p] <= '9') {
        int64_t x = 0;
        while (*p < n && d[*p] >= '0' && d[*p] <= '9') {
            /* CPython: a width up to Py_ssize_t, a precision up to int */
            if (x > ((is_prec ? INT32_MAX : INT64_MAX) - 9) / 10) {
                exc_raise(&exc_ValueError, is_prec ? "precision too big" : "width too big");
                return -1;
            }
            x = x * 10 + (d[(*p)++] - '0');
        }
        *out = x;
        return 1;
    }
    return 0;
}

value str_mod_format(value fmt, value args)
{
    fmt_state st = {.args = args, .dict = V_NULL};
    if (v_isinstance(args, &tuple_type)) {
        st.items = tuple_items(args);
        st.nargs = tuple_len(args);
    } else {
        st.items = &st.args;
        st.nargs = 1;
        if (v_type(args)->getitem && !v_is_str_like(args)) st.dict = args;
    }
    const char *d = str_data(fmt);
    size_t n = str_size(fmt);
    str_builder b;
    sb_str_init(&b);
    size_t p = 0;
    while (p < n) {
        const char *pc = memchr(d + p, '%', n - p);
        if (!pc) { sb_str_add(&b, d + p, n - p); break; }
        size_t q = (size_t)(pc - d);
        sb_str_add(&b, d + p, q - p);
        p = q + 1;
        conv_spec cs = {.width = -1, .prec = -1};
        value arg;
        if (p < n && d[p] == '(') {    /* %(key)s */
            if (!st.dict) { sb_str_abandon(&b); return exc_raise(&exc_TypeError, "format requires a mapping"); }
            size_t k0 = ++p;
            int depth = 1;
            while (p < n && depth) { if (d[p] == '(') depth++; else if (d[p] == ')') depth--; p++; }
            if (depth) { sb_str_abandon(&b); return exc_raise(&exc_ValueError, "incomplete format key"); }
            value key = str_from_utf8(d + k0, p - 1 - k0);
            if (!key) { sb_str_abandon(&b); return V_NULL; }
            /* the value is now the only argument: a '*' after the key
             * takes it, and the conversion then has none, as in CPython */
            st.keyval = obj_getitem(st.dict, key);
            if (!st.keyval) { sb_str_abandon(&b); return V_NULL; }
            st.items = &st.keyval;
            st.nargs = 1;
            st.argidx = 0;
        }
        for (; p < n; p++) {
            char c = d[p];
            if (c == '-') cs.left = 1;
            else if (c == '+') cs.plus = 1;
            else if (c == ' ') cs.space = 1;
            else if (c == '#') cs.alt = 1;
            else if (c == '0') cs.zero = 1;
            else break;
        }
        int r = read_number(&st, d, n, &p, &cs.width, 0);
        if (r < 0) { sb_str_abandon(&b); return V_NULL; }
        if (r && cs.width < 0) { cs.left = 1; cs.width = -cs.width; }
        if (p < n && d[p] == '.') {
            p++;
            cs.prec = 0;
            if (read_number(&st, d, n, &p, &cs.prec, 1) < 0) { sb_str_abandon(&b); return V_NULL; }
            if (cs.prec < 0) cs.prec = 0;
        }
        while (p < n && (d[p] == 'h' || d[p] == 'l' || d[p] == 'L')) p++;   /* ignored, as CPython */
        if (p >= n) { sb_str_abandon(&b); return exc_raise(&exc_ValueError, "incomplete format"); }
        size_t tpos = p;
        cs.type = str_next_cp(d, n, &p);
        /* only a bare "%%" is a literal '%'; with modifiers it takes an
         * argument and then is an unsupported character, as in CPython */
        if (cs.type == '%' && tpos == q + 1) { sb_str_add(&b, "%", 1); continue; }
        arg = next_arg(&st);
        if (!arg) { sb_str_abandon(&b); return V_NULL; }
        int rc = 0;
        value s;
        switch (cs.type) {
        case 's': case 'r': case 'a':
            s = cs.type == 's' ? obj_str(arg) : cs.type == 'r' ? obj_repr(arg) : str_ascii(arg);
            rc = s ? format_text(&b, &cs, s) : -1;
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            rc = format_int(&b, &cs, arg);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            rc = format_float(&b, &cs, arg);
            break;
        case 'c':
            rc = format_char(&b, &cs, arg);
            break;
        default: {
            size_t idx = str_count_cps(d, tpos);
            sb_str_abandon(&b);
            /* CPython shows the character only when it is in [31, 126] */
            return exc_raise(&exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                             cs.type >= 31 && cs.type <= 126 ? (int)cs.type : '?', (unsigned)cs.type, idx);
        }
        }
        if (rc < 0) { sb_str_abandon(&b); return V_NULL; }
    }
    if (st.argidx < st.nargs && !st.dict) {
        sb_str_abandon(&b);
        return exc_raise(&exc_TypeError, "not all arguments converted during string formatting");
    }
    return sb_str_finish(&b);
}
