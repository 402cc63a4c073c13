/* bytearray: a mutable byte string. The bytes live in a gc_alloc_raw block
 * that grows by half again when full (amortised O(1) append) and is traced
 * through the object. Construction as CPython (bytearray(), (n),
 * (iterable of ints), (bytes-like), (str, encoding[, errors])), the
 * sequence protocol with slices (assignment of any length for simple
 * slices, equal length for extended ones), the list-like mutators, + and
 * * (and their in-place forms), comparisons with any bytes-like object,
 * and the common text methods shared with bytes. A bytearray with live
 * memoryviews (exports) cannot change size, as in CPython (BufferError). */
#include <stdio.h>
#include <string.h>
#include "bytearray.h"
#include "bytes.h"
#include "exceptions.h"
#include "int.h"
#include "int_internal.h"
#include "iterators.h"
#include "list.h"
#include "memoryview.h"
#include "sequtil.h"
#include "slice.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../util/strbuf.h"
#include "../vm/exc.h"

typedef bytearray_object ba;

static ba *BA(value v) { return v_bytearray(v); }

static void ba_trace(object *o, gc_tracer *t) { gc_mark_raw(t, ((ba *)o)->data); }

/* Makes room for `n` bytes (size unchanged). */
static int reserve(ba *b, size_t n)
{
    if (n <= b->cap)
        return 0;
    if (n > ((size_t)1 << 60)) {
        exc_no_memory();
        return -1;
    }
    size_t cap = b->cap + b->cap / 2 + 8;
    if (cap < n)
        cap = n;
    char *d = b->data ? gc_realloc_raw(b->data, b->cap, cap) : gc_alloc_raw(cap);
    if (!d)
        return -1;
    b->data = d;
    b->cap = cap;
    return 0;
}

static int check_resize(ba *b)
{
    if (b->exports > 0) {
        exc_raise(&exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

/* Sets the size to n (growing with zeros), respecting exports. */
static int resize(ba *b, size_t n)
{
    if (n != b->size && check_resize(b) < 0)
        return -1;
    if (reserve(b, n) < 0)
        return -1;
    if (n > b->size)
        memset(b->data + b->size, 0, n - b->size);
    b->size = n;
    return 0;
}

static value ba_alloc(type_object *t, const char *s, size_t n)
{
    ba *b = (ba *)seq_alloc(t, sizeof(ba), 0);
    if (!b)
        return V_NULL;
    if (n) {
        if (reserve(b, n) < 0)
            return V_NULL;
        if (s)
            memcpy(b->data, s, n);
        b->size = n;
    }
    return v_from_obj(b);
}

value bytearray_from(const char *s, size_t n) { return ba_alloc(&bytearray_type, s, n); }


bool buffer_get(value v, const char **data, size_t *size)
{
    if (v_isinstance(v, &bytes_type)) {
        *data = bytes_data(v);
        *size = bytes_size(v);
        return true;
    }
    if (v_is_bytearray(v)) {
        *data = BA(v)->data ? BA(v)->data : "";
        *size = BA(v)->size;
        return true;
    }
    if (v_is_ptr(v) && v_obj(v)->type == &memoryview_type)
        return memoryview_buffer(v, data, size);
    return false;
}

/* The bytes of an iterable of ints (or a bytes-like object), into sb. */
static int collect_bytes(value src, strbuf *sb, const char *what)
{
    const char *d;
    size_t n;
    if (buffer_get(src, &d, &n)) {
        sb_append(sb, d, n);
        return 0;
    }
    if (v_is_str(src) && what) {
        exc_raise(&exc_TypeError, "%s", what);
        return -1;
    }
    value it = obj_iter(src);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            if (what)
                exc_raise(&exc_TypeError, "%s", what);
            else
                exc_raise(&exc_TypeError, "can't extend bytearray with %s", v_type_name(src));
        }
        return -1;
    }
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? -1 : 0;
        int64_t c;
        if (!v_is_int(x) && !v_type(x)->nb_index) {
            exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(x));
            return -1;
        }
        if (str_arg_index(x, &c, 0) < 0)
            return -1;
        if (c < 0 || c > 255) {
            exc_raise(&exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        sb_putc(sb, (char)c);
    }
}

/* A byte value argument (an int in range(256)). */
static int byte_arg(value v, int *out)
{
    if (!v_is_int(v) && !v_type(v)->nb_index) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    int64_t c;
    if (str_arg_index(v, &c, 0) < 0)
        return -1;
    if (c < 0 || c > 255) {
        exc_raise(&exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)c;
    return 0;
}

/* -- Construction ---------------------------------------------------------- */

static value ba_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return ba_alloc(type, NULL, 0);
}

static int ba_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    value a[3];
    if (str_parse_args("bytearray", argc, argv, kwnames, names, 0, a) < 0)
        return -1;
    ba *b = BA(self);
    if (resize(b, 0) < 0)
        return -1;
    if (!a[0]) {
        if (a[1] || a[2]) {
            exc_raise(&exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (v_is_str(a[0])) {
        if (!a[1]) {
            exc_raise(&exc_TypeError, "string argument without an encoding");
            return -1;
        }
        if (!v_is_str(a[1])) {
            exc_raise(&exc_TypeError, "bytearray() argument 'encoding' must be str, not %s", str_arg_type_name(a[1]));
            return -1;
        }
        value e = str_encode(a[0], str_data(a[1]), a[2] && v_is_str(a[2]) ? str_data(a[2]) : "strict");
        if (!e || resize(b, bytes_size(e)) < 0)
            return -1;
        memcpy(b->data, bytes_data(e), bytes_size(e));
        return 0;
    }
    if (a[1] || a[2]) {
        exc_raise(&exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    if (v_is_int(a[0]) || v_type(a[0])->nb_index) {
        int64_t n;
        if (str_arg_index(a[0], &n, 0) < 0)
            return -1;
        if (n < 0) {
            exc_raise(&exc_ValueError, "negative count");
            return -1;
        }
        return resize(b, (size_t)n);
    }
    strbuf sb;
    sb_init(&sb);
    if (!v_is_str(a[0]) && !buffer_get(a[0], &(const char *){0}, &(size_t){0}) && !v_type(a[0])->iter &&
        !type_lookup(v_type(a[0]), str_intern_cstr("__getitem__"))) {
        exc_raise(&exc_TypeError, "cannot convert '%s' object to bytearray", v_type_name(a[0]));
        return -1;
    }
    if (collect_bytes(a[0], &sb, NULL) < 0) {
        sb_free(&sb);
        return -1;
    }
    if (sb.failed) {
        sb_free(&sb);
        exc_no_memory();
        return -1;
    }
    int r = resize(b, sb.len);
    if (r == 0 && sb.len)
        memcpy(b->data, sb.data, sb.len);
    sb_free(&sb);
    return r;
}

/* -- Sequence protocol ----------------------------------------------------- */

/* As bytes' repr, except that a single quote is escaped even inside
 * double quotes (CPython's bytearray_repr). */
static value ba_repr(value v)
{
    strbuf sb;
    sb_init(&sb);
    const char *d = BA(v)->data ? BA(v)->data : "";
    size_t n = BA(v)->size;
    char q = memchr(d, '\'', n) && !memchr(d, '"', n) ? '"' : '\'';
    sb_puts(&sb, v_type_name(v));
    sb_puts(&sb, "(b");
    sb_putc(&sb, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '\'' || c == '\\') {
            sb_putc(&sb, '\\');
            sb_putc(&sb, (char)c);
        } else if (c == '\t') {
            sb_puts(&sb, "\\t");
        } else if (c == '\n') {
            sb_puts(&sb, "\\n");
        } else if (c == '\r') {
            sb_puts(&sb, "\\r");
        } else if (c < 32 || c >= 127) {
            sb_printf(&sb, "\\x%02x", c);
        } else {
            sb_putc(&sb, (char)c);
        }
    }
    sb_putc(&sb, q);
    sb_putc(&sb, ')');
    if (sb.failed) {
        sb_free(&sb);
        return exc_no_memory();
    }
    value r = str_from_utf8(sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static int64_t ba_len(value v) { return (int64_t)BA(v)->size; }

static value ba_getitem(value v, value key)
{
    ba *b = BA(v);
    int64_t n = (int64_t)b->size;
    if (v_is_slice(key)) {
        int64_t start, stop, step, len;
        if (slice_unpack(key, n, &start, &stop, &step, &len) < 0)
            return V_NULL;
        value r = bytearray_from(NULL, (size_t)len);
        if (!r)
            return V_NULL;
        for (int64_t i = 0; i < len; i++)
            BA(r)->data[i] = b->data[start + i * step];
        return r;
    }
    if (!v_is_int(key) && !v_type(key)->nb_index)
        return exc_raise(&exc_TypeError, "bytearray indices must be integers or slices, not %s", v_type_name(key));
    int64_t i;
    if (seq_index(key, n, "bytearray", &i) < 0)
        return V_NULL;
    if (i < 0 || i >= n)
        return exc_raise(&exc_IndexError, "bytearray index out of range");
    return v_small((unsigned char)b->data[i]);
}

/* Replaces b[lo:hi] by n bytes of src (src may point into b). */
static int replace_range(ba *b, size_t lo, size_t hi, const char *src, size_t n)
{
    size_t old = hi - lo, size = b->size;
    if (n != old && check_resize(b) < 0)
        return -1;
    char tmp_small[64];
    char *copy = NULL;
    if (n && b->data && src >= b->data && src < b->data + b->cap) {
        copy = n <= sizeof tmp_small ? tmp_small : gc_alloc_raw(n);
        if (!copy)
            return -1;
        memcpy(copy, src, n);
        src = copy;
    }
    if (n > old && reserve(b, size + n - old) < 0)
        return -1;
    if (n != old && size > hi)
        memmove(b->data + lo + n, b->data + hi, size - hi);
    if (n)
        memcpy(b->data + lo, src, n);
    b->size = size + n - old;
    return 0;
}

static int ba_setitem(value v, value key, value x)
{
    ba *b = BA(v);
    int64_t n = (int64_t)b->size;
    if (v_is_slice(key)) {
        int64_t start, stop, step, len;
        if (slice_unpack(key, n, &start, &stop, &step, &len) < 0)
            return -1;
        strbuf sb;
        sb_init(&sb);
        if (x) {
            if (v_is_int(x) || (!v_is_str(x) && !buffer_get(x, &(const char *){0}, &(size_t){0}) &&
                                v_type(x)->nb_index)) {
                exc_raise(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            if (collect_bytes(x, &sb, "can assign only bytes, buffers, or iterables of ints in range(0, 256)") < 0) {
                sb_free(&sb);
                return -1;
            }
            if (sb.failed) {
                sb_free(&sb);
                exc_no_memory();
                return -1;
            }
        }
        int r = 0;
        if (step == 1) {
            if (stop < start)
                stop = start;
            r = replace_range(b, (size_t)start, (size_t)stop, sb.data, sb.len);
        } else if (!x) {
            if (len > 0 && check_resize(b) < 0) {
                r = -1;
            } else if (len > 0) {
                /* delete every step-th byte: keep the others in order */
                if (step < 0) {
                    start = start + step * (len - 1);
                    step = -step;
                }
                size_t w = 0;
                for (int64_t i = 0; i < n; i++)
                    if (i < start || (i - start) % step || (i - start) / step >= len)
                        b->data[w++] = b->data[i];
                b->size = w;
            }
        } else if ((int64_t)sb.len != len) {
            exc_raise(&exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                      sb.len, (long long)len);
            r = -1;
        } else {
            for (int64_t i = 0; i < len; i++)
                b->data[start + i * step] = sb.data[i];
        }
        sb_free(&sb);
        return r;
    }
    if (!v_is_int(key) && !v_type(key)->nb_index) {
        exc_raise(&exc_TypeError, "bytearray indices must be integers or slices, not %s", v_type_name(key));
        return -1;
    }
    int64_t i;
    if (seq_index(key, n, "bytearray", &i) < 0)
        return -1;
    if (i < 0 || i >= n) {
        exc_raise(&exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!x)
        return replace_range(b, (size_t)i, (size_t)i + 1, NULL, 0);
    int c;
    if (byte_arg(x, &c) < 0)
        return -1;
    b->data[i] = (char)c;
    return 0;
}

static int ba_contains(value self, value item)
{
    ba *b = BA(self);
    if (v_is_int(item) || v_type(item)->nb_index) {
        int c;
        if (byte_arg(item, &c) < 0)
            return -1;
        return b->size && memchr(b->data, c, b->size) != NULL;
    }
    const char *d;
    size_t n;
    if (!buffer_get(item, &d, &n)) {
        exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(item));
        return -1;
    }
    return str_find_bytes(b->data ? b->data : "", 0, b->size, d, n, 0) >= 0;
}

static value ba_iter(value v) { return seq_iter_new(v); }

static value ba_richcompare(value a, value b, int op)
{
    const char *x, *y;
    size_t nx, ny;
    if (!buffer_get(a, &x, &nx) || !buffer_get(b, &y, &ny))
        return V_NOTIMPL;
    int c = memcmp(x, y, nx < ny ? nx : ny);
    if (c == 0)
        c = nx < ny ? -1 : nx > ny;
    return v_bool(cmp_result(c < 0 ? -1 : c > 0, op));
}

/* -- Operators ------------------------------------------------------------- */

static value ba_concat(value a, value b)
{
    const char *x, *y;
    size_t nx, ny;
    if (!buffer_get(b, &y, &ny))
        return exc_raise(&exc_TypeError, "can't concat %s to %s", v_type_name(b), v_type_name(a));
    if (!buffer_get(a, &x, &nx))
        return V_NOTIMPL;
    value r = bytearray_from(NULL, nx + ny);
    if (!r)
        return V_NULL;
    if (nx)
        memcpy(BA(r)->data, x, nx);
    if (ny)
        memcpy(BA(r)->data + nx, y, ny);
    return r;
}

static value ba_iconcat(value a, value b)
{
    const char *y;
    size_t ny;
    if (!buffer_get(b, &y, &ny))
        return exc_raise(&exc_TypeError, "can't concat %s to %s", v_type_name(b), v_type_name(a));
    if (replace_range(BA(a), BA(a)->size, BA(a)->size, y, ny) < 0)
        return V_NULL;
    return a;
}

static value ba_repeat(value a, value nv)
{
    int64_t n;
    if (int_as_i64(nv, &n) < 0)
        return V_NULL;
    if (n < 0)
        n = 0;
    size_t sz = BA(a)->size;
    if (sz && (uint64_t)n > ((uint64_t)1 << 60) / sz)
        return exc_no_memory();
    value r = bytearray_from(NULL, sz * (size_t)n);
    if (!r)
        return V_NULL;
    for (int64_t i = 0; i < n; i++)
        memcpy(BA(r)->data + i * sz, BA(a)->data, sz);
    return r;
}

static value ba_irepeat(value a, value nv)
{
    int64_t n;
    if (int_as_i64(nv, &n) < 0)
        return V_NULL;
    if (n < 0)
        n = 0;
    ba *b = BA(a);
    size_t sz = b->size;
    if (sz && (uint64_t)n > ((uint64_t)1 << 60) / sz)
        return exc_no_memory();
    if ((size_t)n * sz != sz && check_resize(b) < 0)
        return V_NULL;
    if (reserve(b, sz * (size_t)n) < 0)
        return V_NULL;
    for (int64_t i = 1; i < n; i++)
        memcpy(b->data + i * sz, b->data, sz);
    b->size = sz * (size_t)n;
    return a;
}

/* -- Mutators -------------------------------------------------------------- */

static value ba_append(value self, int argc, const value *argv, value kwnames)
{
    int c;
    if (byte_arg(argv[0], &c) < 0)
        return V_NULL;
    char ch = (char)c;
    if (replace_range(BA(self), BA(self)->size, BA(self)->size, &ch, 1) < 0)
        return V_NULL;
    return V_NONE;
}

static value ba_extend(value self, int argc, const value *argv, value kwnames)
{
    strbuf sb;
    sb_init(&sb);
    if (collect_bytes(argv[0], &sb, NULL) < 0) {
        sb_free(&sb);
        return V_NULL;
    }
    int r = sb.failed ? (exc_no_memory(), -1) : replace_range(BA(self), BA(self)->size, BA(self)->size, sb.data, sb.len);
    sb_free(&sb);
    return r < 0 ? V_NULL : V_NONE;
}

static value ba_pop(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("pop", argc, 0, 1) < 0)
        return V_NULL;
    ba *b = BA(self);
    int64_t i = -1;
    if (argc && args_index(argv[0], &i) < 0)
        return V_NULL;
    if (b->size == 0)
        return exc_raise(&exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += (int64_t)b->size;
    if (i < 0 || i >= (int64_t)b->size)
        return exc_raise(&exc_IndexError, "pop index out of range");
    int c = (unsigned char)b->data[i];
    if (replace_range(b, (size_t)i, (size_t)i + 1, NULL, 0) < 0)
        return V_NULL;
    return v_small(c);
}

static value ba_insert(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("insert", argc, 2, 2) < 0)
        return V_NULL;
    ba *b = BA(self);
    int64_t i;
    int c;
    if (args_index(argv[0], &i) < 0 || byte_arg(argv[1], &c) < 0)
        return V_NULL;
    int64_t n = (int64_t)b->size;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    char ch = (char)c;
    if (replace_range(b, (size_t)i, (size_t)i, &ch, 1) < 0)
        return V_NULL;
    return V_NONE;
}

static value ba_remove(value self, int argc, const value *argv, value kwnames)
{
    int c;
    if (byte_arg(argv[0], &c) < 0)
        return V_NULL;
    ba *b = BA(self);
    char *p = b->size ? memchr(b->data, c, b->size) : NULL;
    if (!p)
        return exc_raise(&exc_ValueError, "value not found in bytearray");
    size_t i = (size_t)(p - b->data);
    if (replace_range(b, i, i + 1, NULL, 0) < 0)
        return V_NULL;
    return V_NONE;
}

static value ba_clear(value self, int argc, const value *argv, value kwnames)
{
    if (resize(BA(self), 0) < 0)
        return V_NULL;
    return V_NONE;
}

static value ba_copy(value self, int argc, const value *argv, value kwnames)
{
    return bytearray_from(BA(self)->data, BA(self)->size);
}

static value ba_reverse(value self, int argc, const value *argv, value kwnames)
{
    ba *b = BA(self);
    for (size_t i = 0, j = b->size; i + 1 < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return V_NONE;
}

/* -- Text methods (shared behaviour with bytes) ---------------------------- */

static const char *bdata(value v) { return BA(v)->data ? BA(v)->data : ""; }

static value ba_decode(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    value a[2];
    if (str_parse_args("decode", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !v_is_str(a[i]))
            return exc_raise(&exc_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                             str_arg_type_name(a[i]));
    value b = bytes_from(bdata(self), BA(self)->size);
    if (!b)
        return V_NULL;
    return bytes_decode(b, a[0] ? str_data(a[0]) : "utf-8", a[1] ? str_data(a[1]) : "strict");
}

/* The needle of find/count/index/...: bytes-like or an int byte. */
static int needle_arg(value v, const char **d, size_t *n, char *one)
{
    if (v_is_int(v) || v_type(v)->nb_index) {
        int c;
        if (byte_arg(v, &c) < 0)
            return -1;
        *one = (char)c;
        *d = one;
        *n = 1;
        return 0;
    }
    if (!buffer_get(v, d, n)) {
        exc_raise(&exc_TypeError, "argument should be integer or bytes-like object, not '%s'", v_type_name(v));
        return -1;
    }
    return 0;
}

/* find/rfind/index/rindex/count share: *pos the match (or -1), *count. */
static int search(value self, const char *name, int argc, const value *argv, int reverse, int counting,
                  int64_t *out)
{
    if (args_count(name, argc, 1, 3) < 0)
        return -1;
    const char *nd;
    size_t nn;
    char one;
    if (needle_arg(argv[0], &nd, &nn, &one) < 0)
        return -1;
    int64_t s, e;
    if (str_arg_range(argc > 1 ? argv[1] : V_NULL, argc > 2 ? argv[2] : V_NULL, BA(self)->size, &s, &e) < 0)
        return -1;
    const char *h = bdata(self);
    if (counting) {
        int64_t c = 0;
        if (nn == 0) {
            *out = e >= s ? e - s + 1 : 0;
            return 0;
        }
        for (int64_t p = s; p + (int64_t)nn <= e;) {
            int64_t f = str_find_bytes(h, (size_t)p, (size_t)e, nd, nn, 0);
            if (f < 0)
                break;
            c++;
            p = f + (int64_t)nn;
        }
        *out = c;
        return 0;
    }
    if (s > e || (int64_t)nn > e - s) {
        *out = -1;
        return 0;
    }
    *out = str_find_bytes(h, (size_t)s, (size_t)e, nd, nn, reverse);
    return 0;
}

static value ba_find(value self, int argc, const value *argv, value kwnames)
{
    int64_t r;
    return search(self, "find", argc, argv, 0, 0, &r) < 0 ? V_NULL : v_small(r);
}
static value ba_rfind(value self, int argc, const value *argv, value kwnames)
{
    int64_t r;
    return search(self, "rfind", argc, argv, 1, 0, &r) < 0 ? V_NULL : v_small(r);
}
static value ba_index(value self, int argc, const value *argv, value kwnames)
{
    int64_t r;
    if (search(self, "index", argc, argv, 0, 0, &r) < 0)
        return V_NULL;
    return r < 0 ? exc_raise(&exc_ValueError, "subsection not found") : v_small(r);
}
static value ba_rindex(value self, int argc, const value *argv, value kwnames)
{
    int64_t r;
    if (search(self, "rindex", argc, argv, 1, 0, &r) < 0)
        return V_NULL;
    return r < 0 ? exc_raise(&exc_ValueError, "subsection not found") : v_small(r);
}
static value ba_count(value self, int argc, const value *argv, value kwnames)
{
    int64_t r;
    return search(self, "count", argc, argv, 0, 1, &r) < 0 ? V_NULL : v_small(r);
}

static value affix(value self, const char *name, int argc, const value *argv, int end)
{
    if (args_count(name, argc, 1, 3) < 0)
        return V_NULL;
    int64_t s, e;
    if (str_arg_range(argc > 1 ? argv[1] : V_NULL, argc > 2 ? argv[2] : V_NULL, BA(self)->size, &s, &e) < 0)
        return V_NULL;
    value p = argv[0];
    size_t k = 1, np = 1;
    if (v_is_ptr(p) && v_obj(p)->type == &tuple_type)
        np = tuple_len(p);
    else
        k = 0;
    for (size_t i = 0; i < np; i++) {
        value x = k ? tuple_get(p, i) : p;
        const char *d;
        size_t n;
        if (!buffer_get(x, &d, &n))
            return exc_raise(&exc_TypeError, k ? "a bytes-like object is required, not '%s'"
                                               : "%s first arg must be bytes or a tuple of bytes, not %s",
                             k ? v_type_name(x) : name, v_type_name(x));
        if (e - s < (int64_t)n || s > (int64_t)BA(self)->size)
            continue;
        const char *h = bdata(self) + (end ? e - (int64_t)n : s);
        if (memcmp(h, d, n) == 0)
            return V_TRUE;
    }
    return V_FALSE;
}

static value ba_startswith(value self, int argc, const value *argv, value kwnames)
{
    return affix(self, "startswith", argc, argv, 0);
}
static value ba_endswith(value self, int argc, const value *argv, value kwnames)
{
    return affix(self, "endswith", argc, argv, 1);
}

static value ba_join(value self, int argc, const value *argv, value kwnames)
{
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    strbuf sb;
    sb_init(&sb);
    for (int64_t i = 0;; i++) {
        value x = obj_next(it);
        if (!x) {
            if (exc_occurred()) {
                sb_free(&sb);
                return V_NULL;
            }
            break;
        }
        const char *d;
        size_t n;
        if (!buffer_get(x, &d, &n)) {
            sb_free(&sb);
            return exc_raise(&exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                             (long long)i, v_type_name(x));
        }
        if (i)
            sb_append(&sb, bdata(self), BA(self)->size);
        sb_append(&sb, d, n);
    }
    if (sb.failed) {
        sb_free(&sb);
        return exc_no_memory();
    }
    value r = bytearray_from(sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static bool is_ws(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static value ba_split(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    value a[2];
    if (str_parse_args("split", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    int64_t maxsplit = -1;
    if (a[1] && str_arg_index(a[1], &maxsplit, 1) < 0)
        return V_NULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    value out = list_new(0);
    if (!out)
        return V_NULL;
    const char *h = bdata(self);
    size_t n = BA(self)->size, i = 0;
    if (!a[0] || a[0] == V_NONE) {
        for (;;) {
            while (i < n && is_ws(h[i])) i++;
            if (i == n)
                break;
            size_t j = i;
            if (maxsplit-- <= 0)
                j = n;
            else
                while (j < n && !is_ws(h[j])) j++;
            value p = bytearray_from(h + i, j - i);
            if (!p || list_append(out, p) < 0)
                return V_NULL;
            i = j;
        }
        return out;
    }
    const char *sd;
    size_t sn;
    if (!buffer_get(a[0], &sd, &sn))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(a[0]));
    if (sn == 0)
        return exc_raise(&exc_ValueError, "empty separator");
    for (;;) {
        int64_t f = maxsplit-- > 0 ? str_find_bytes(h, i, n, sd, sn, 0) : -1;
        size_t j = f < 0 ? n : (size_t)f;
        value p = bytearray_from(h + i, j - i);
        if (!p || list_append(out, p) < 0)
            return V_NULL;
        if (f < 0)
            break;
        i = j + sn;
    }
    return out;
}

static value strip_impl(value self, const char *name, int argc, const value *argv, int left, int right)
{
    if (args_count(name, argc, 0, 1) < 0)
        return V_NULL;
    const char *cs = NULL;
    size_t cn = 0;
    if (argc && argv[0] != V_NONE && !buffer_get(argv[0], &cs, &cn))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[0]));
    const char *h = bdata(self);
    size_t i = 0, j = BA(self)->size;
#define STRIPPED(c) (cs ? memchr(cs, (c), cn) != NULL : is_ws(c))
    if (left)
        while (i < j && STRIPPED(h[i])) i++;
    if (right)
        while (j > i && STRIPPED(h[j - 1])) j--;
#undef STRIPPED
    return bytearray_from(h + i, j - i);
}

static value ba_strip(value self, int argc, const value *argv, value kwnames) { return strip_impl(self, "strip", argc, argv, 1, 1); }
static value ba_lstrip(value self, int argc, const value *argv, value kwnames) { return strip_impl(self, "lstrip", argc, argv, 1, 0); }
static value ba_rstrip(value self, int argc, const value *argv, value kwnames) { return strip_impl(self, "rstrip", argc, argv, 0, 1); }

static value case_map(value self, int upper)
{
    value r = bytearray_from(BA(self)->data, BA(self)->size);
    if (!r)
        return V_NULL;
    for (size_t i = 0; i < BA(r)->size; i++) {
        char c = BA(r)->data[i];
        if (upper && c >= 'a' && c <= 'z')
            BA(r)->data[i] = (char)(c - 32);
        else if (!upper && c >= 'A' && c <= 'Z')
            BA(r)->data[i] = (char)(c + 32);
    }
    return r;
}

static value ba_upper(value self, int argc, const value *argv, value kwnames) { return case_map(self, 1); }
static value ba_lower(value self, int argc, const value *argv, value kwnames) { return case_map(self, 0); }

static value ba_replace(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("replace", argc, 2, 3) < 0)
        return V_NULL;
    const char *od, *nd;
    size_t on, nn;
    for (int k = 0; k < 2; k++)
        if (!buffer_get(argv[k], k ? &nd : &od, k ? &nn : &on))
            return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[k]));
    int64_t count = -1;
    if (argc > 2 && args_index(argv[2], &count) < 0)
        return V_NULL;
    const char *h = bdata(self);
    size_t n = BA(self)->size, i = 0;
    strbuf sb;
    sb_init(&sb);
    while (count != 0) {
        int64_t f;
        if (on == 0)
            f = i <= n ? (int64_t)i : -1;
        else
            f = str_find_bytes(h, i, n, od, on, 0);
        if (f < 0)
            break;
        sb_append(&sb, h + i, (size_t)f - i);
        sb_append(&sb, nd, nn);
        if (on == 0) {
            if ((size_t)f < n)
                sb_putc(&sb, h[f]);
            i = (size_t)f + 1;
        } else {
            i = (size_t)f + on;
        }
        if (count > 0)
            count--;
    }
    if (i < n)
        sb_append(&sb, h + i, n - i);
    if (sb.failed) {
        sb_free(&sb);
        return exc_no_memory();
    }
    value r = bytearray_from(sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static value ba_hex(value self, int argc, const value *argv, value kwnames)
{
    if (argc || (kwnames && tuple_len(kwnames)))
        return exc_raise(&exc_TypeError, "hex() separators are not supported yet");
    size_t n = BA(self)->size;
    strbuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)BA(self)->data[i];
        sb_putc(&sb, "0123456789abcdef"[c >> 4]);
        sb_putc(&sb, "0123456789abcdef"[c & 15]);
    }
    if (sb.failed) {
        sb_free(&sb);
        return exc_no_memory();
    }
    value r = str_from_utf8(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

static int hexdigit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
}

static value ba_fromhex(value cls, int argc, const value *argv, value kwnames)
{
    if (!v_is_str(argv[0]))
        return exc_raise(&exc_TypeError, "fromhex() argument must be str, not %s", v_type_name(argv[0]));
    const char *s = str_data(argv[0]);
    size_t n = str_size(argv[0]);
    strbuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
            i++;
            continue;
        }
        int hi = hexdigit(s[i]), lo = i + 1 < n ? hexdigit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            sb_free(&sb);
            return exc_raise(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                             hi < 0 ? i : i + 1);
        }
        sb_putc(&sb, (char)(hi * 16 + lo));
        i += 2;
    }
    if (sb.failed) {
        sb_free(&sb);
        return exc_no_memory();
    }
    value r = bytearray_from(sb.data, sb.len);
    sb_free(&sb);
    if (!r || cls == v_from_obj(&bytearray_type))
        return r;
    return obj_call1(cls, r);
}

static value ba_alloc_m(value self, int argc, const value *argv, value kwnames)
{
    return v_small((int64_t)BA(self)->cap + 1);
}

static const method_def bytearray_methods[] = {
    {"append", ba_append, METH_O, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, METH_O, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", ba_pop, METH_FAST, "Remove and return a single item from B."},
    {"insert", ba_insert, METH_FAST, "Insert a single item into the bytearray before the given index."},
    {"remove", ba_remove, METH_O, "Remove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, METH_NOARGS, "Remove all items from the bytearray."},
    {"copy", ba_copy, METH_NOARGS, "Return a copy of B."},
    {"reverse", ba_reverse, METH_NOARGS, "Reverse the order of the values in B in place."},
    {"decode", ba_decode, METH_KEYWORDS, "Decode the bytearray using the codec registered for encoding."},
    {"find", ba_find, METH_FAST, NULL},
    {"rfind", ba_rfind, METH_FAST, NULL},
    {"index", ba_index, METH_FAST, NULL},
    {"rindex", ba_rindex, METH_FAST, NULL},
    {"count", ba_count, METH_FAST, NULL},
    {"startswith", ba_startswith, METH_FAST, NULL},
    {"endswith", ba_endswith, METH_FAST, NULL},
    {"join", ba_join, METH_O, NULL},
    {"split", ba_split, METH_KEYWORDS, NULL},
    {"strip", ba_strip, METH_FAST, NULL},
    {"lstrip", ba_lstrip, METH_FAST, NULL},
    {"rstrip", ba_rstrip, METH_FAST, NULL},
    {"upper", ba_upper, METH_NOARGS, NULL},
    {"lower", ba_lower, METH_NOARGS, NULL},
    {"replace", ba_replace, METH_FAST, NULL},
    {"hex", ba_hex, METH_KEYWORDS, NULL},
    {"fromhex", ba_fromhex, METH_O | METH_CLASS, NULL},
    {"__alloc__", ba_alloc_m, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

type_object bytearray_type = {
    .hdr = {.type = &type_type},
    .name = "bytearray",
    .basicsize = sizeof(bytearray_object),
    .flags = TYPE_BASETYPE,
    .base = &object_type,
    .trace = ba_trace,
    .repr = ba_repr,
    .richcompare = ba_richcompare,
    .getattr = obj_generic_getattr,
    .iter = ba_iter,
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .sq_concat = ba_concat,
    .sq_repeat = ba_repeat,
    .sq_inplace_concat = ba_iconcat,
    .sq_inplace_repeat = ba_irepeat,
    .new = ba_new,
    .init = ba_init,
    .methods = bytearray_methods,
};
