/* bytes % args and bytearray % args (PEP 461): the printf-style
 * conversions of str's %, with %b/%s taking bytes-like objects (or
 * __bytes__), %r/%a giving ascii(), %c a byte, and mapping keys that are
 * bytes. Numeric conversions (d i u o x X e E f F g G) are delegated to
 * str's % one specifier at a time, since their output is ASCII and the
 * rules are the same; what differs is checked here first (the float
 * message, the mapping rule, "during bytes formatting"). */
#include <stdio.h>
#include <string.h>
#include "bytes_methods.h"
#include "bytearray.h"
#include "bytes.h"
#include "exceptions.h"
#include "float.h"
#include "int.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"
#include "../util/strbuf.h"
#include "../vm/exc.h"

typedef struct bfmt {
    const value *items;
    size_t nargs, argidx;
    value single;      /* the one argument when args is no tuple */
    value dict;        /* the mapping of %(key)s, or V_NULL */
    value keyval;      /* the value of the last %(key) */
} bfmt;

static value next_arg(bfmt *st)
{
    if (st->argidx >= st->nargs)
        return exc_raise(&exc_TypeError, "not enough arguments for format string");
    return st->items[st->argidx++];
}

typedef struct bspec {
    char flags[8];     /* the flag characters as written, for delegation */
    bool left;
    int64_t width, prec;   /* -1: absent */
    char type;
} bspec;

/* Pads body[0..n) into the field (text conversions: spaces only). */
static void put_field(strbuf *out, const bspec *cs, const char *body, size_t n)
{
    if (cs->prec >= 0 && (size_t)cs->prec < n && cs->type != 'c')
        n = (size_t)cs->prec;
    int64_t padn = cs->width > (int64_t)n ? cs->width - (int64_t)n : 0;
    if (!cs->left)
        for (int64_t i = 0; i < padn; i++)
            sb_putc(out, ' ');
    sb_append(out, body, n);
    if (cs->left)
        for (int64_t i = 0; i < padn; i++)
            sb_putc(out, ' ');
}

/* %b / %s: the bytes of a bytes-like object or of __bytes__(). */
static int format_bytes(strbuf *out, const bspec *cs, value v)
{
    const char *d;
    size_t n;
    if (!buffer_get(v, &d, &n)) {
        value name = str_intern_cstr("__bytes__");
        if (!name)
            return -1;
        int found;
        value r = call_special(v, name, 0, NULL, &found);
        if (!r) {
            if (found || exc_occurred())
                return -1;
            exc_raise(&exc_TypeError,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                      v_type_name(v));
            return -1;
        }
        if (!v_isinstance(r, &bytes_type)) {
            exc_raise(&exc_TypeError, "__bytes__ returned non-bytes (type %s)", v_type_name(r));
            return -1;
        }
        d = bytes_data(r);
        n = bytes_size(r);
    }
    put_field(out, cs, d, n);
    return 0;
}

static int format_ascii(strbuf *out, const bspec *cs, value v)
{
    value s = str_ascii(v);
    if (!s)
        return -1;
    put_field(out, cs, str_data(s), str_size(s));
    return 0;
}

static int format_char(strbuf *out, const bspec *cs, value v)
{
    char c;
    if (v_isinstance(v, &bytes_type) || v_is_bytearray(v)) {
        const char *d;
        size_t n;
        if (!buffer_get(v, &d, &n) || n != 1)
            goto bad;
        c = d[0];
    } else if (v_is_int(v) || v_type(v)->nb_index) {
        int64_t i;
        if (str_arg_index(v, &i, 1) < 0)
            return -1;
        if (i < 0 || i > 255) {
            exc_raise(&exc_OverflowError, "%%c arg not in range(256)");
            return -1;
        }
        c = (char)i;
    } else {
        goto bad;
    }
    put_field(out, cs, &c, 1);
    return 0;
bad:
    exc_raise(&exc_TypeError, "%%c requires an integer in range(256) or a single byte");
    return -1;
}

/* A numeric conversion through str's %: "%<flags><width>.<prec><type>". */
static int format_number(strbuf *out, const bspec *cs, value v)
{
    if (strchr("eEfFgG", cs->type)) {
        double x;
        if (!v_is_float(v)) {
            if (obj_as_double(v, &x) < 0) {
                exc_clear();
                exc_raise(&exc_TypeError, "float argument required, not %s", v_type_name(v));
                return -1;
            }
            v = float_new(x);
            if (!v)
                return -1;
        }
    }
    char spec[80];
    int k = snprintf(spec, sizeof spec, "%%%s", cs->flags);
    if (cs->width >= 0)
        k += snprintf(spec + k, sizeof spec - (size_t)k, "%lld", (long long)cs->width);
    if (cs->prec >= 0)
        k += snprintf(spec + k, sizeof spec - (size_t)k, ".%lld", (long long)cs->prec);
    snprintf(spec + k, sizeof spec - (size_t)k, "%c", cs->type);
    value fmt = str_from_cstr(spec);
    if (!fmt)
        return -1;
    value args = tuple_pack(1, v);
    if (!args)
        return -1;
    value s = str_mod_format(fmt, args);
    if (!s)
        return -1;
    sb_append(out, str_data(s), str_size(s));
    return 0;
}

/* A width or precision: digits, or '*' taken from the arguments.
 * Returns 1 when present, 0 when absent, -1 on error. */
static int read_number(bfmt *st, const char *d, size_t n, size_t *p, int64_t *out, bool is_prec)
{
    if (*p < n && d[*p] == '*') {
        (*p)++;
        value v = next_arg(st);
        if (!v)
            return -1;
        if (!v_is_int_like(v)) {
            exc_raise(&exc_TypeError, "* wants int");
            return -1;
        }
        if (int_as_i64(v, out) < 0)
            return -1;
        return 1;
    }
    if (*p < n && d[*p] >= '0' && d[*p] <= '9') {
        int64_t x = 0;
        while (*p < n && d[*p] >= '0' && d[*p] <= '9') {
            if (x > (INT64_MAX - 9) / 10) {
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

/* One conversion starting after the '%' at d[*p]; q is the '%' offset. */
static int format_one(bfmt *st, strbuf *out, const char *d, size_t n, size_t *p, size_t q)
{
    bspec cs = {.width = -1, .prec = -1};
    value arg;
    if (*p < n && d[*p] == '(') {
        if (!st->dict) {
            exc_raise(&exc_TypeError, "format requires a mapping");
            return -1;
        }
        size_t k0 = ++*p;
        int depth = 1;
        while (*p < n && depth) {
            if (d[*p] == '(')
                depth++;
            else if (d[*p] == ')')
                depth--;
            (*p)++;
        }
        if (depth) {
            exc_raise(&exc_ValueError, "incomplete format key");
            return -1;
        }
        value key = bytes_from(d + k0, *p - 1 - k0);
        if (!key || !(st->keyval = obj_getitem(st->dict, key)))
            return -1;
        /* the value is now the only argument: a '*' after the key takes
         * it, and the conversion then has none, as in CPython */
        st->items = &st->keyval;
        st->nargs = 1;
        st->argidx = 0;
    }
    size_t nf = 0;
    for (; *p < n && strchr("-+ #0", d[*p]) && d[*p]; (*p)++) {
        if (nf < sizeof cs.flags - 1 && !memchr(cs.flags, d[*p], nf))
            cs.flags[nf++] = d[*p];
        if (d[*p] == '-')
            cs.left = true;
    }
    int r = read_number(st, d, n, p, &cs.width, false);
    if (r < 0)
        return -1;
    if (r && cs.width < 0) {
        cs.left = true;
        cs.width = -cs.width;
        if (nf < sizeof cs.flags - 1 && !memchr(cs.flags, '-', nf))
            cs.flags[nf++] = '-';
    }
    if (*p < n && d[*p] == '.') {
        (*p)++;
        cs.prec = 0;
        if (read_number(st, d, n, p, &cs.prec, true) < 0)
            return -1;
        if (cs.prec < 0)
            cs.prec = 0;
    }
    while (*p < n && (d[*p] == 'h' || d[*p] == 'l' || d[*p] == 'L'))
        (*p)++;
    if (*p >= n) {
        exc_raise(&exc_ValueError, "incomplete format");
        return -1;
    }
    size_t tpos = (*p)++;
    cs.type = d[tpos];
    if (cs.type == '%' && tpos == q + 1) {
        sb_putc(out, '%');
        return 0;
    }
    if (!(arg = next_arg(st)))
        return -1;
    if (cs.width > INT32_MAX) {   /* CPython tries, and fails, to allocate it */
        exc_no_memory();
        return -1;
    }
    switch (cs.type) {
    case 'b': case 's':
        return format_bytes(out, &cs, arg);
    case 'r': case 'a':
        return format_ascii(out, &cs, arg);
    case 'c':
        return format_char(out, &cs, arg);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return format_number(out, &cs, arg);
    default:
        if ((unsigned char)cs.type >= 0x80) {
            /* CPython formats the byte as a (negative) C char here */
            exc_raise(&exc_OverflowError, "character argument not in range(0x110000)");
            return -1;
        }
        exc_raise(&exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu", cs.type,
                  (unsigned)(unsigned char)cs.type, tpos);
        return -1;
    }
}

value bytes_mod(value self, value args)
{
    if (!v_isinstance(self, &bytes_type) && !v_is_bytearray(self))
        return V_NOTIMPL;
    bfmt st = {.single = args};
    if (v_isinstance(args, &tuple_type)) {
        st.items = tuple_items(args);
        st.nargs = tuple_len(args);
    } else {
        st.items = &st.single;
        st.nargs = 1;
        if (v_type(args)->getitem && !v_isinstance(args, &bytes_type) && !v_is_bytearray(args) &&
            !v_is_str_like(args))
            st.dict = args;
    }
    /* a copy of the format: argument conversions may change a bytearray */
    const char *fd;
    size_t fn;
    buffer_get(self, &fd, &fn);
    value fmt = bytes_from(fd, fn);
    if (!fmt)
        return V_NULL;
    const char *d = bytes_data(fmt);
    size_t n = bytes_size(fmt);
    strbuf out;
    sb_init(&out);
    for (size_t p = 0; p < n;) {
        const char *pc = memchr(d + p, '%', n - p);
        if (!pc) {
            sb_append(&out, d + p, n - p);
            break;
        }
        size_t q = (size_t)(pc - d);
        sb_append(&out, d + p, q - p);
        p = q + 1;
        if (format_one(&st, &out, d, n, &p, q) < 0) {
            sb_free(&out);
            return V_NULL;
        }
    }
    if (st.argidx < st.nargs && !st.dict) {
        sb_free(&out);
        return exc_raise(&exc_TypeError, "not all arguments converted during bytes formatting");
    }
    if (out.failed) {
        sb_free(&out);
        return exc_no_memory();
    }
    const char *od = out.data ? out.data : "";
    value r = v_is_bytearray(self) ? bytearray_from(od, out.len) : bytes_from(od, out.len);
    sb_free(&out);
    return r;
}
