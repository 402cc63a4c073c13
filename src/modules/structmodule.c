/* The `_struct` module under CPython's struct.py: pack, unpack,
 * pack_into, unpack_from, iter_unpack, calcsize and the Struct class,
 * for every format character of 3.11 (x c b B ? h H i I l L q Q n N e f
 * d s p P), in native mode ('@': native sizes and alignment) and the
 * standard modes ('=', '<', '>', '!': fixed sizes, no alignment), with
 * CPython's struct.error messages. A format is parsed once into a list
 * of fields (code, count, offset), kept by its Struct; the module-level
 * functions keep the Structs of recent formats. */
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/iterators.h"
#include "../objects/memoryview.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

static value struct_error;   /* struct.error */

static value iter_self(value self) { return self; }

static value raise_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return exc_raise((type_object *)v_obj(struct_error), "%s", msg);
}

/* -- Formats ------------------------------------------------------------ */

typedef struct field {
    char code;
    int64_t count;    /* repeat count; for s and p: the length */
    int64_t offset;   /* of the first item */
    int size;         /* of one item (s, p: 1) */
} field;

typedef struct struct_object {
    object hdr;
    value format;     /* str */
    int64_t size;     /* bytes packed */
    int64_t nitems;   /* values packed or unpacked (s and p count once) */
    int nfields;
    bool little;      /* byte order */
    bool native;      /* '@': native sizes and alignment */
    field *fields;    /* gc_alloc_raw'd */
} struct_object;

static type_object struct_type;

static int native_size(char c)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

static int standard_size(char c)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;   /* n, N, P: native mode only */
    }
}

static void struct_trace(object *o, gc_tracer *t)
{
    struct_object *s = (struct_object *)o;
    gc_mark_value(t, s->format);
    if (s->fields)
        gc_mark_raw(t, s->fields);
}

/* Parses fmt (a str) into s. -1 with struct.error. */
static int parse_format(struct_object *s, value fmt)
{
    const char *p = str_data(fmt), *end = p + str_size(fmt);
    s->little = true;
    s->native = true;
    if (p < end && strchr("@=<>!", *p)) {
        s->native = *p == '@';
        s->little = *p == '<' || ((*p == '@' || *p == '=') && 1);   /* x86-64: little-endian */
        if (*p == '>' || *p == '!')
            s->little = false;
        p++;
    }
    /* first pass: count the fields */
    int nfields = 0;
    for (const char *q = p; q < end; q++)
        if (!(*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\v' || *q == '\f' ||
              (*q >= '0' && *q <= '9')))
            nfields++;
    field *fields = gc_alloc_raw(sizeof(field) * (size_t)(nfields ? nfields : 1));
    if (!fields)
        return -1;
    int64_t size = 0, nitems = 0;
    int k = 0;
    while (p < end) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            p++;
            continue;
        }
        int64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (p < end && *p >= '0' && *p <= '9') {
                if (count > (INT64_MAX - 9) / 10) {
                    raise_error("total struct size too long");
                    return -1;
                }
                count = count * 10 + (*p++ - '0');
            }
            if (p == end) {
                raise_error("repeat count given without format specifier");
                return -1;
            }
            c = *p;
        }
        p++;
        int isz = s->native ? native_size(c) : standard_size(c);
        if (!isz) {
            raise_error("bad char in struct format");
            return -1;
        }
        if (s->native && isz > 1 && c != 's' && c != 'p')   /* natural alignment */
            size = (size + isz - 1) / isz * isz;
        if (count > (INT64_MAX - size) / isz) {
            raise_error("total struct size too long");
            return -1;
        }
        fields[k++] = (field){ .code = c, .count = count, .offset = size, .size = isz };
        size += count * isz;
        if (c == 's' || c == 'p')
            nitems++;
        else if (c != 'x')
            nitems += count;
    }
    s->fields = fields;
    s->nfields = k;
    s->size = size;
    s->nitems = nitems;
    return 0;
}

static value struct_make(type_object *type, value fmt)
{
    if (v_is_bytes(fmt)) {
        fmt = str_from_utf8(bytes_data(fmt), bytes_size(fmt));
        if (!fmt)
            return V_NULL;
    } else if (!v_is_str(fmt)) {
        return exc_raise(&exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                         v_type_name(fmt));
    }
    struct_object *s = (struct_object *)gc_alloc(type, type->basicsize);
    if (!s)
        return V_NULL;
    s->format = fmt;
    if (parse_format(s, fmt) < 0)
        return V_NULL;
    return v_from_obj(s);
}

static value struct_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "format" };
    value a[1];
    if (num_parse_args("Struct", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    return struct_make(type, a[0]);
}

/* The Struct of a module-level call's format: cached by format. */
static value cache;

static value cached_struct(value fmt)
{
    if (!cache) {
        if (!(cache = dict_new()))
            return V_NULL;
        gc_root(&cache);
    }
    if (v_is_str(fmt) || v_is_bytes(fmt)) {
        value hit = dict_get(cache, fmt);
        if (hit || exc_occurred())
            return hit;
    }
    value s = struct_make(&struct_type, fmt);
    if (!s)
        return V_NULL;
    if (dict_len(cache) > 100)
        dict_clear(cache);
    if (dict_set(cache, fmt, s) < 0)
        return V_NULL;
    return s;
}

/* -- Packing -------------------------------------------------------------- */

static void put_uint(unsigned char *p, uint64_t v, int size, bool little)
{
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        p[i] = (unsigned char)(v >> shift);
    }
}

static uint64_t get_uint(const unsigned char *p, int size, bool little)
{
    uint64_t v = 0;
    for (int i = 0; i < size; i++)
        v |= (uint64_t)p[i] << (8 * (little ? i : size - 1 - i));
    return v;
}

static bool is_unsigned(char c)
{
    return c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
}

/* The integer for code c of `size` bytes, range-checked with CPython's
 * messages, as its two's-complement bits. */
static int pack_int(char c, int size, value v, uint64_t *out)
{
    value i = v_is_int_like(v) ? v : V_NULL;
    if (!i) {
        if (!v_type(v)->nb_index) {
            raise_error("required argument is not an integer");
            return -1;
        }
        if (!(i = obj_index(v)))
            return -1;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    bool uns = is_unsigned(c), neg = mpz_sgn(z) < 0;
    bool fits;
    uint64_t bits = 0;
    if (uns) {
        fits = !neg && (size == 8 ? mpz_fits_ulong_p(z) : mpz_sizeinbase(z, 2) <= (size_t)size * 8);
        if (fits)
            bits = mpz_get_ui(z);
        else if (c == 'P' && mpz_fits_slong_p(z)) {   /* a pointer may be given as a negative int */
            fits = true;
            bits = (uint64_t)mpz_get_si(z);
        }
    } else {
        fits = mpz_fits_slong_p(z);
        if (fits) {
            int64_t x = mpz_get_si(z);
            if (size < 8) {
                int64_t lim = (int64_t)1 << (size * 8 - 1);
                fits = x >= -lim && x < lim;
            }
            bits = (uint64_t)x;
        }
    }
    mpz_clear(z);
    if (fits) {
        *out = bits;
        return 0;
    }
    switch (c) {
    case 'b': raise_error("byte format requires -128 <= number <= 127"); break;
    case 'B': raise_error("ubyte format requires 0 <= number <= 255"); break;
    case 'h': raise_error("short format requires -32768 <= number <= 32767"); break;
    case 'H': raise_error("ushort format requires 0 <= number <= 65535"); break;
    default:
        if (size == 8 || (uns && neg))
            raise_error("argument out of range");
        else if (uns)
            raise_error("'%c' format requires 0 <= number <= %llu", c,
                        (unsigned long long)(((uint64_t)1 << (size * 8)) - 1));
        else
            raise_error("'%c' format requires %lld <= number <= %lld", c,
                        -(long long)((int64_t)1 << (size * 8 - 1)),
                        (long long)(((int64_t)1 << (size * 8 - 1)) - 1));
    }
    return -1;
}

/* IEEE 754 binary16, rounding to nearest even; -1 with OverflowError. */
static int pack_half(double x, uint16_t *out)
{
    uint64_t b;
    memcpy(&b, &x, 8);
    uint16_t sign = (uint16_t)((b >> 63) << 15);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    int exp = (int)((b >> 52) & 0x7ff) - 1023;
    uint64_t mant = b & (((uint64_t)1 << 52) - 1);
    if (exp == -1023 && mant == 0) {
        *out = sign;
        return 0;
    }
    uint64_t full = mant | ((uint64_t)1 << 52);
    int shift, half_exp;
    if (exp >= -14) {
        shift = 42;
        half_exp = exp + 15;
        full = mant;   /* the implicit bit is the exponent's */
    } else {
        shift = 42 + (-14 - exp);
        half_exp = 0;
    }
    uint64_t m, rem, halfway;
    if (shift >= 64) {
        m = 0;
        rem = full;
        halfway = UINT64_MAX;
    } else {
        m = full >> shift;
        rem = full & (((uint64_t)1 << shift) - 1);
        halfway = (uint64_t)1 << (shift - 1);
    }
    if (rem > halfway || (rem == halfway && (m & 1)))
        m++;
    if (half_exp > 0 && m == 1024) {
        m = 0;
        half_exp++;
    }
    if (half_exp >= 31) {
        exc_raise(&exc_OverflowError, "float too large to pack with e format");
        return -1;
    }
    *out = sign | (uint16_t)(half_exp << 10) | (uint16_t)m;   /* a subnormal's carry makes 0x400 */
    return 0;
}

static double unpack_half(uint16_t h)
{
    int e = (h >> 10) & 31, m = h & 1023;
    double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(1024 + m, e - 25);
    return h & 0x8000 ? -v : v;
}

static int pack_one(struct_object *s, const field *f, unsigned char *p, value v)
{
    char c = f->code;
    switch (c) {
    case 'c': {
        const char *d;
        size_t n;
        if ((!v_is_bytes(v) && !v_is_bytearray(v)) || !buffer_get(v, &d, &n) || n != 1) {
            raise_error("char format requires a bytes object of length 1");
            return -1;
        }
        *p = (unsigned char)d[0];
        return 0;
    }
    case '?': {
        int t = obj_truthy(v);
        if (t < 0)
            return -1;
        *p = (unsigned char)t;
        return 0;
    }
    case 'e': case 'f': case 'd': {
        double x;
        if (!v_is_float(v) && !v_type(v)->nb_float && !v_type(v)->nb_index) {
            raise_error("required argument is not a float");
            return -1;
        }
        if (obj_as_double(v, &x) < 0)
            return -1;
        if (c == 'e') {
            uint16_t h;
            if (pack_half(x, &h) < 0)
                return -1;
            put_uint(p, h, 2, s->little);
        } else if (c == 'f') {
            float fl = (float)x;
            if (!s->native && isinf(fl) && !isinf(x)) {
                exc_raise(&exc_OverflowError, "float too large to pack with f format");
                return -1;
            }
            uint32_t u;
            memcpy(&u, &fl, 4);
            put_uint(p, u, 4, s->little);
        } else {
            uint64_t u;
            memcpy(&u, &x, 8);
            put_uint(p, u, 8, s->little);
        }
        return 0;
    }
    default: {
        uint64_t bits;
        if (pack_int(c, f->size, v, &bits) < 0)
            return -1;
        put_uint(p, bits, f->size, s->little);
        return 0;
    }
    }
}

/* Packs argv[0..nitems) into buf (size bytes, zeroed). */
static int pack_all(struct_object *s, unsigned char *buf, const value *argv)
{
    int64_t arg = 0;
    for (int k = 0; k < s->nfields; k++) {
        const field *f = &s->fields[k];
        unsigned char *p = buf + f->offset;
        if (f->code == 'x')
            continue;
        if (f->code == 's' || f->code == 'p') {
            value v = argv[arg++];
            const char *d;
            size_t n;
            if ((!v_is_bytes(v) && !v_is_bytearray(v)) || !buffer_get(v, &d, &n)) {
                raise_error("argument for '%c' must be a bytes object", f->code);
                return -1;
            }
            int64_t room = f->code == 'p' ? f->count - 1 : f->count;
            if (room < 0)
                room = 0;
            size_t take = (int64_t)n < room ? n : (size_t)room;
            if (f->code == 'p') {
                if (f->count > 0) {
                    memcpy(p + 1, d, take);
                    *p = (unsigned char)(take > 255 ? 255 : take);
                }
            } else {
                memcpy(p, d, take);
            }
            continue;
        }
        for (int64_t i = 0; i < f->count; i++)
            if (pack_one(s, f, p + i * f->size, argv[arg++]) < 0)
                return -1;
    }
    return 0;
}

static bool check_count(struct_object *s, int argc, const char *what)
{
    if (argc == s->nitems)
        return true;
    raise_error("%s expected %lld items for packing (got %d)", what, (long long)s->nitems, argc);
    return false;
}

static value do_pack(struct_object *s, int argc, const value *argv)
{
    if (!check_count(s, argc, "pack"))
        return V_NULL;
    unsigned char *data = gc_alloc_raw((size_t)(s->size ? s->size : 1));   /* zeroed */
    if (!data || pack_all(s, data, argv) < 0)
        return V_NULL;
    return bytes_from((const char *)data, (size_t)s->size);
}

/* A writable buffer: a bytearray, or a writable contiguous memoryview. */
static bool writable_buffer(value v, unsigned char **data, size_t *n)
{
    if (v_is_bytearray(v)) {
        *data = (unsigned char *)v_bytearray(v)->data;
        *n = v_bytearray(v)->size;
        return true;
    }
    const char *d;
    if (v_is_memoryview(v) && !((memoryview_object *)v_obj(v))->readonly && memoryview_buffer(v, &d, n)) {
        *data = (unsigned char *)d;
        return true;
    }
    if (buffer_exporter_of(v) && buffer_get(v, &d, n)) {   /* array.array */
        *data = (unsigned char *)d;
        return true;
    }
    exc_raise(&exc_TypeError, "argument must be read-write bytes-like object, not %s", v_type_name(v));
    return false;
}

static value do_pack_into(struct_object *s, int argc, const value *argv)
{
    if (argc < 2) {
        if (argc == 0)
            return exc_raise(&exc_TypeError, "pack_into expected buffer argument");
        return exc_raise(&exc_TypeError, "pack_into expected offset argument");
    }
    unsigned char *buf;
    size_t n;
    int64_t off;
    if (!writable_buffer(argv[0], &buf, &n) || args_index(argv[1], &off) < 0)
        return V_NULL;
    if (!check_count(s, argc - 2, "pack_into"))
        return V_NULL;
    if (off < 0) {
        if (off + s->size > 0)
            return raise_error("no space to pack %lld bytes at offset %lld", (long long)s->size, (long long)off);
        if (off + (int64_t)n < 0)
            return raise_error("offset %lld out of range for %zu-byte buffer", (long long)off, n);
        off += (int64_t)n;
    }
    if ((int64_t)n - off < s->size)
        return raise_error("pack_into requires a buffer of at least %lld bytes for packing %lld bytes at offset %lld (actual buffer size is %zu)",
                           (long long)(s->size + off), (long long)s->size, (long long)off, n);
    /* pack into a scratch copy first: a failing value leaves the buffer as it was */
    unsigned char *tmp = gc_alloc_raw((size_t)(s->size ? s->size : 1));
    if (!tmp)
        return V_NULL;
    memcpy(tmp, buf + off, (size_t)s->size);
    if (pack_all(s, tmp, argv + 2) < 0)
        return V_NULL;
    /* the buffer may have moved if a value's conversion resized it */
    if (!writable_buffer(argv[0], &buf, &n) || (int64_t)n - off < s->size)
        return raise_error("buffer changed size while packing");
    memcpy(buf + off, tmp, (size_t)s->size);
    return V_NONE;
}

/* -- Unpacking ------------------------------------------------------------ */

static value unpack_one(struct_object *s, const field *f, const unsigned char *p)
{
    char c = f->code;
    switch (c) {
    case 'c': return bytes_from((const char *)p, 1);
    case '?': return v_bool(*p != 0);
    case 'e': return float_new(unpack_half((uint16_t)get_uint(p, 2, s->little)));
    case 'f': {
        uint32_t u = (uint32_t)get_uint(p, 4, s->little);
        float fl;
        memcpy(&fl, &u, 4);
        return float_new(fl);
    }
    case 'd': {
        uint64_t u = get_uint(p, 8, s->little);
        double d;
        memcpy(&d, &u, 8);
        return float_new(d);
    }
    default: {
        uint64_t u = get_uint(p, f->size, s->little);
        if (is_unsigned(c))
            return int_from_u64(u);
        if (f->size < 8 && (u >> (f->size * 8 - 1)) & 1)
            u |= ~(uint64_t)0 << (f->size * 8);   /* sign-extend */
        return int_from_i64((int64_t)u);
    }
    }
}

static value unpack_at(struct_object *s, const unsigned char *buf)
{
    value t = tuple_new((size_t)s->nitems);
    if (!t)
        return V_NULL;
    size_t k = 0;
    for (int i = 0; i < s->nfields; i++) {
        const field *f = &s->fields[i];
        const unsigned char *p = buf + f->offset;
        if (f->code == 'x')
            continue;
        value v;
        if (f->code == 's') {
            v = bytes_from((const char *)p, (size_t)f->count);
        } else if (f->code == 'p') {
            size_t len = f->count ? *p : 0;
            if ((int64_t)len >= f->count)
                len = f->count ? (size_t)f->count - 1 : 0;
            v = bytes_from((const char *)p + 1, len);
        } else {
            for (int64_t j = 0; j < f->count; j++) {
                value item = unpack_one(s, f, p + j * f->size);
                if (!item)
                    return V_NULL;
                tuple_items(t)[k++] = item;
            }
            continue;
        }
        if (!v)
            return V_NULL;
        tuple_items(t)[k++] = v;
    }
    return t;
}

static bool read_buffer(value v, const char **d, size_t *n)
{
    if (buffer_get(v, d, n))
        return true;
    exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return false;
}

static value do_unpack(struct_object *s, value buffer)
{
    const char *d;
    size_t n;
    if (!read_buffer(buffer, &d, &n))
        return V_NULL;
    if ((int64_t)n != s->size)
        return raise_error("unpack requires a buffer of %lld bytes", (long long)s->size);
    return unpack_at(s, (const unsigned char *)d);
}

static value do_unpack_from(struct_object *s, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "buffer", "offset" };
    value a[2];
    if (num_parse_args("unpack_from", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    int64_t off = 0;
    if (!read_buffer(a[0], &d, &n) || (a[1] && args_index(a[1], &off) < 0))
        return V_NULL;
    if (off < 0) {
        if (off + (int64_t)n < 0)
            return raise_error("offset %lld out of range for %zu-byte buffer", (long long)off, n);
        off += (int64_t)n;
    }
    if ((int64_t)n - off < s->size) {
        return raise_error("unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset %lld (actual buffer size is %zu)",
                           (long long)(s->size + off), (long long)s->size, (long long)off, n);
    }
    return unpack_at(s, (const unsigned char *)d + off);
}

/* iter_unpack's iterator: the struct, the buffer, the next offset. */
typedef struct unpackiter_object {
    object hdr;
    value s, buffer;
    int64_t offset;
} unpackiter_object;

static void unpackiter_trace(object *o, gc_tracer *t)
{
    unpackiter_object *it = (unpackiter_object *)o;
    gc_mark_value(t, it->s);
    gc_mark_value(t, it->buffer);
}

static value unpackiter_next(value self)
{
    unpackiter_object *it = (unpackiter_object *)v_obj(self);
    struct_object *s = (struct_object *)v_obj(it->s);
    const char *d;
    size_t n;
    if (!buffer_get(it->buffer, &d, &n) || it->offset + s->size > (int64_t)n)
        return V_NULL;
    value r = unpack_at(s, (const unsigned char *)d + it->offset);
    it->offset += s->size;
    return r;
}

static value unpackiter_length_hint(value self, int argc, const value *argv, value kwnames)
{
    unpackiter_object *it = (unpackiter_object *)v_obj(self);
    struct_object *s = (struct_object *)v_obj(it->s);
    const char *d;
    size_t n;
    if (!buffer_get(it->buffer, &d, &n))
        return v_small(0);
    return int_from_i64(((int64_t)n - it->offset) / s->size);
}

static const method_def unpackiter_methods[] = {
    { "__length_hint__", unpackiter_length_hint, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static type_object unpackiter_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(unpackiter_object),
    .trace = unpackiter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = unpackiter_next,
    .methods = unpackiter_methods,
};

static value do_iter_unpack(value self, value buffer)
{
    struct_object *s = (struct_object *)v_obj(self);
    const char *d;
    size_t n;
    if (!read_buffer(buffer, &d, &n))
        return V_NULL;
    if (s->size == 0)
        return raise_error("cannot iteratively unpack with a struct of length 0");
    if ((int64_t)n % s->size)
        return raise_error("iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)s->size);
    if (!(unpackiter_type.flags & TYPE_READY) && type_ready(&unpackiter_type) < 0)
        return V_NULL;
    unpackiter_object *it = (unpackiter_object *)gc_alloc(&unpackiter_type, sizeof(unpackiter_object));
    if (!it)
        return V_NULL;
    it->s = self;
    it->buffer = buffer;
    return v_from_obj(it);
}

/* -- Struct methods ------------------------------------------------------- */

#define S(self) ((struct_object *)v_obj(self))

static value st_pack(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("pack", kwnames) < 0)
        return V_NULL;
    return do_pack(S(self), argc, argv);
}

static value st_pack_into(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("pack_into", kwnames) < 0)
        return V_NULL;
    return do_pack_into(S(self), argc, argv);
}

static value st_unpack(value self, int argc, const value *argv, value kwnames)
{
    return do_unpack(S(self), argv[0]);
}

static value st_unpack_from(value self, int argc, const value *argv, value kwnames)
{
    return do_unpack_from(S(self), argc, argv, kwnames);
}

static value st_iter_unpack(value self, int argc, const value *argv, value kwnames)
{
    return do_iter_unpack(self, argv[0]);
}

static value st_sizeof(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64((int64_t)sizeof(struct_object) + S(self)->nfields * (int64_t)sizeof(field));
}

static value st_get_format(value self) { return S(self)->format; }
static value st_get_size(value self) { return int_from_i64(S(self)->size); }

static const method_def struct_methods[] = {
    { "pack", st_pack, METH_FAST, "S.pack(v1, v2, ...) -> bytes" },
    { "pack_into", st_pack_into, METH_FAST, "S.pack_into(buffer, offset, v1, v2, ...)" },
    { "unpack", st_unpack, METH_O, "Return a tuple containing unpacked values." },
    { "unpack_from", st_unpack_from, METH_KEYWORDS, "Return a tuple containing unpacked values." },
    { "iter_unpack", st_iter_unpack, METH_O, "Return an iterator yielding tuples." },
    { "__sizeof__", st_sizeof, METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes" },
    { NULL, NULL, 0, NULL },
};

static const getset_def struct_getsets[] = {
    { "format", st_get_format, NULL, "struct format string" },
    { "size", st_get_size, NULL, "struct size in bytes" },
    { NULL, NULL, NULL, NULL },
};

static type_object struct_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_struct.Struct",
    .basicsize = sizeof(struct_object),
    .flags = TYPE_BASETYPE,
    .trace = struct_trace,
    .getattr = obj_generic_getattr,
    .new = struct_new,
    .methods = struct_methods,
    .getsets = struct_getsets,
};

/* -- Module functions ---------------------------------------------------- */

static value first_struct(const char *fname, int argc, const value *argv, int min)
{
    if (argc < min)
        return exc_raise(&exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                         min == 1 ? "" : "s", argc);
    return cached_struct(argv[0]);
}

static value m_pack(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("pack", kwnames) < 0)
        return V_NULL;
    if (argc == 0)
        return exc_raise(&exc_TypeError, "pack expected at least 1 argument, got 0");
    value s = cached_struct(argv[0]);
    return s ? do_pack(S(s), argc - 1, argv + 1) : V_NULL;
}

static value m_pack_into(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("pack_into", kwnames) < 0)
        return V_NULL;
    value s = first_struct("pack_into", argc, argv, 1);
    return s ? do_pack_into(S(s), argc - 1, argv + 1) : V_NULL;
}

static value m_unpack(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("unpack", kwnames) < 0 || args_count("unpack", argc, 2, 2) < 0)
        return V_NULL;
    value s = cached_struct(argv[0]);
    return s ? do_unpack(S(s), argv[1]) : V_NULL;
}

static value m_unpack_from(value self, int argc, const value *argv, value kwnames)
{
    value s = first_struct("unpack_from", argc, argv, 1);
    return s ? do_unpack_from(S(s), argc - 1, argv + 1, kwnames) : V_NULL;
}

static value m_iter_unpack(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("iter_unpack", kwnames) < 0 || args_count("iter_unpack", argc, 2, 2) < 0)
        return V_NULL;
    value s = cached_struct(argv[0]);
    return s ? do_iter_unpack(s, argv[1]) : V_NULL;
}

static value m_calcsize(value self, int argc, const value *argv, value kwnames)
{
    value s = cached_struct(argv[0]);
    return s ? int_from_i64(S(s)->size) : V_NULL;
}

static value m_clearcache(value self, int argc, const value *argv, value kwnames)
{
    if (cache)
        dict_clear(cache);
    return V_NONE;
}

static const method_def struct_functions[] = {
    { "pack", m_pack, METH_FAST, "pack(format, v1, v2, ...) -> bytes" },
    { "pack_into", m_pack_into, METH_FAST, "pack_into(format, buffer, offset, v1, v2, ...)" },
    { "unpack", m_unpack, METH_FAST, "Return a tuple containing values unpacked according to the format string." },
    { "unpack_from", m_unpack_from, METH_KEYWORDS, "Return a tuple containing values unpacked according to the format string." },
    { "iter_unpack", m_iter_unpack, METH_FAST, "Return an iterator yielding tuples unpacked from the given bytes." },
    { "calcsize", m_calcsize, METH_O, "Return size in bytes of the struct described by the format string." },
    { "_clearcache", m_clearcache, METH_NOARGS, "Clear the internal cache." },
    { NULL, NULL, 0, NULL },
};

value structmodule_init(void)
{
    value m = module_new("_struct");
    if (!m || modules_add_functions(m, struct_functions) < 0)
        return V_NULL;
    if (!(struct_type.flags & TYPE_READY) && type_ready(&struct_type) < 0)
        return V_NULL;
    if (!struct_error) {
        value ns = dict_new(), nm = str_from_cstr("error"), mod = str_from_cstr("struct");
        value bases = tuple_pack(1, v_from_obj(&exc_Exception));
        if (!ns || !nm || !mod || !bases || dict_set_cstr(ns, "__module__", mod) < 0)
            return V_NULL;
        value args[3] = { nm, bases, ns };
        value e = obj_call(v_from_obj(&type_type), 3, args, V_NULL);
        if (!e)
            return V_NULL;
        struct_error = e;
        gc_root(&struct_error);
    }
    value d = module_dict(m);
    if (dict_set_cstr(d, "Struct", v_from_obj(&struct_type)) < 0 || dict_set_cstr(d, "error", struct_error) < 0)
        return V_NULL;
    return m;
}
