/* bytearray: a mutable byte string. The bytes live in a gc_alloc_raw block
 * that grows by half again when full (amortised O(1) append) and is traced
 * through the object. Construction as CPython (bytearray(), (n),
 * (iterable of ints), (bytes-like), (str, encoding[, errors])), the
 * sequence protocol with slices (assignment of any length for simple
 * slices, equal length for extended ones, deletion of both), the
 * list-like mutators, + and * (and their in-place forms), comparisons
 * with any bytes-like object. The text methods are shared with bytes
 * (bytes_methods.c). A bytearray with live memoryviews (exports) cannot
 * change size, as in CPython (BufferError); since dropped views are only
 * found dead by a collection, one is run before refusing. */
#include <stdio.h>
#include <string.h>
#include "bytearray.h"
#include "bytes.h"
#include "bytes_methods.h"
#include "codecs.h"
#include "exceptions.h"
#include "int.h"
#include "int_internal.h"
#include "memoryview.h"
#include "reduce.h"
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
    if (b->exports > 0)
        gc_collect();   /* views nobody holds give their exports back */
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
    const buffer_exporter *e = buffer_exporter_of(v);
    return e && e->get(v, data, size);
}

static const buffer_exporter *exporters[4];

void buffer_register(const buffer_exporter *e)
{
    for (size_t i = 0; i < sizeof exporters / sizeof exporters[0]; i++) {
        if (exporters[i] == e)
            return;
        if (!exporters[i]) {
            exporters[i] = e;
            return;
        }
    }
}

const buffer_exporter *buffer_exporter_of(value v)
{
    if (!v_is_ptr(v))
        return NULL;
    for (size_t i = 0; i < sizeof exporters / sizeof exporters[0] && exporters[i]; i++)
        if (type_is_subtype(v_obj(v)->type, exporters[i]->type))
            return exporters[i];
    return NULL;
}

int64_t *buffer_exports(value v)
{
    if (v_is_bytearray(v))
        return &BA(v)->exports;
    const buffer_exporter *e = buffer_exporter_of(v);
    return e ? e->exports(v) : NULL;
}

static bool is_index(value v) { return v_is_int(v) || v_type(v)->nb_index; }

/* A byte value argument (an int in range(256)). */
static int byte_arg(value v, int *out)
{
    if (!v_is_int(v) && !v_type(v)->nb_index) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    int64_t c;   /* clamped: a huge int is just out of range, as in CPython */
    if (str_arg_index(v, &c, 1) < 0)
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

static int init_error(const char *msg)
{
    exc_raise(&exc_TypeError, "%s", msg);
    return -1;
}

/* Replaces the contents with d[0..n). */
static int set_contents(ba *b, const char *d, size_t n)
{
    if (resize(b, n) < 0)
        return -1;
    if (n)
        memcpy(b->data, d, n);
    return 0;
}

static int ba_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    value a[3];
    if (str_parse_args("bytearray", argc, argv, kwnames, names, 0, a) < 0)
        return -1;
    for (int i = 1; i < 3; i++)
        if (a[i] && !v_is_str_like(a[i])) {
            exc_raise(&exc_TypeError, "bytearray() argument '%s' must be str, not %s", names[i],
                      str_arg_type_name(a[i]));
            return -1;
        }
    ba *b = BA(self);
    if (resize(b, 0) < 0)
        return -1;
    value x = a[0];
    if (!x) {
        if (a[1] || a[2])
            return init_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
        return 0;
    }
    if (v_is_str_like(x)) {
        if (!a[1])
            return init_error("string argument without an encoding");
        if (codec_check_name(a[1]) < 0 || (a[2] && codec_check_name(a[2]) < 0))
            return -1;
        value e = codec_encode(x, str_data(a[1]), a[2] ? str_data(a[2]) : "strict");
        return e ? set_contents(b, bytes_data(e), bytes_size(e)) : -1;
    }
    if (a[1] || a[2])
        return init_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
    if (v_is_int(x) || (v_type(x)->nb_index && !buffer_get(x, &(const char *){0}, &(size_t){0}))) {
        int64_t n;
        if (str_arg_index(x, &n, 1) < 0)
            return -1;
        if (n == INT64_MAX || n == INT64_MIN) {
            exc_raise(&exc_OverflowError, "cannot fit '%s' into an index-sized integer", v_type_name(x));
            return -1;
        }
        if (n < 0) {
            exc_raise(&exc_ValueError, "negative count");
            return -1;
        }
        return resize(b, (size_t)n);
    }
    strbuf sb;
    sb_init(&sb);
    if (bytes_collect(x, &sb, "bytearray") < 0) {
        sb_free(&sb);
        return -1;
    }
    if (sb.failed) {
        sb_free(&sb);
        exc_no_memory();
        return -1;
    }
    int r = set_contents(b, sb.data, sb.len);
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
        /* an __index__ of the slice resized b: take the slice again */
        if ((int64_t)b->size != n && slice_unpack(key, n = (int64_t)b->size, &start, &stop, &step, &len) < 0)
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
    if (seq_index(key, 0, "bytearray", &i) < 0)
        return V_NULL;
    n = (int64_t)b->size;   /* after the key's __index__ */
    if (i < 0)
        i += n;
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
        strbuf sb;
        sb_init(&sb);
        if (x) {
            if (v_is_str_like(x) || (!buffer_get(x, &(const char *){0}, &(size_t){0}) && is_index(x))) {
                exc_raise(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            if (bytes_collect(x, &sb, "bytearray") < 0) {
                sb_free(&sb);
                return -1;
            }
            if (sb.failed) {
                sb_free(&sb);
                exc_no_memory();
                return -1;
            }
        }
        /* the slice after the values: collecting them may run Python
         * code that resizes b (and so may the slice's __index__) */
        n = (int64_t)b->size;
        if (slice_unpack(key, n, &start, &stop, &step, &len) < 0 || (int64_t)b->size != n) {
            if (!exc_occurred())
                exc_raise(&exc_BufferError, "bytearray changed size during slice assignment");
            sb_free(&sb);
            return -1;
        }
        int r = 0;
        if (step == 1) {
            if (stop < start)
                stop = start;
            r = replace_range(b, (size_t)start, (size_t)stop, sb.data, sb.len);
        } else if (!x || sb.len == 0) {   /* an empty value deletes, as CPython */
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
    /* both conversions before the bounds check: either may run an
     * __index__ that resizes b (CPython's order, GH-91153) */
    int64_t i;
    int c = 0;
    if (seq_index(key, 0, "bytearray", &i) < 0 || (x && byte_arg(x, &c) < 0))
        return -1;
    n = (int64_t)b->size;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        exc_raise(&exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!x)
        return replace_range(b, (size_t)i, (size_t)i + 1, NULL, 0);
    b->data[i] = (char)c;
    return 0;
}

static int ba_contains(value self, value item)
{
    if (is_index(item)) {
        int64_t c;   /* convert first: __index__ is Python code */
        if (str_arg_index(item, &c, 1) < 0)
            return -1;
        item = v_small(c < -1 ? -1 : c > 256 ? 256 : c);
    }
    ba *b = BA(self);
    return bytes_contains(b->data ? b->data : "", b->size, item);
}

/* The iterator reads the bytearray at each step, so it sees appends and
 * stops early after deletions, as CPython's does. */
typedef struct ba_iter_object {
    object hdr;
    value ba;        /* V_NULL when exhausted */
    size_t pos;
} ba_iter_object;

static void bai_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((ba_iter_object *)o)->ba); }
static value bai_iter(value it) { return it; }

static value bai_next(value v)
{
    ba_iter_object *it = (ba_iter_object *)v_obj(v);
    if (!it->ba)
        return V_NULL;
    if (it->pos >= BA(it->ba)->size) {
        it->ba = V_NULL;
        return V_NULL;
    }
    return v_small((unsigned char)BA(it->ba)->data[it->pos++]);
}

static value bai_length_hint(value self, int argc, const value *argv, value kwnames)
{
    ba_iter_object *it = (ba_iter_object *)v_obj(self);
    if (!it->ba || it->pos >= BA(it->ba)->size)
        return v_small(0);
    return v_small((int64_t)(BA(it->ba)->size - it->pos));
}

static const method_def bai_methods[] = {
    {"__length_hint__", bai_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

type_object bytearray_iterator_type = {
    .hdr = {.type = &type_type},
    .name = "bytearray_iterator",
    .basicsize = sizeof(ba_iter_object),
    .trace = bai_trace,
    .getattr = obj_generic_getattr,
    .iter = bai_iter,
    .iternext = bai_next,
    .methods = bai_methods,
};

static value ba_iter(value v)
{
    ba_iter_object *it = (ba_iter_object *)gc_alloc(&bytearray_iterator_type, sizeof(ba_iter_object));
    if (!it)
        return V_NULL;
    it->ba = v;
    return v_from_obj(it);
}

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
    /* CPython holds b's buffer while it resizes a: b += b is refused */
    if (a == b && ny)
        return exc_raise(&exc_BufferError, "Existing exports of data: object cannot be re-sized");
    if (replace_range(BA(a), BA(a)->size, BA(a)->size, y, ny) < 0)
        return V_NULL;
    return a;
}

/* The count of a repetition (an int: the caller applied __index__). */
static int repeat_count(value nv, int64_t *n)
{
    if (int_as_i64(nv, n) == 0)
        return 0;
    exc_clear();
    exc_raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
}

static value ba_repeat(value a, value nv)
{
    int64_t n;
    if (repeat_count(nv, &n) < 0)
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
    if (repeat_count(nv, &n) < 0)
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
    if (!buffer_get(argv[0], &(const char *){0}, &(size_t){0}) && !v_type(argv[0])->iter &&
        !v_type(argv[0])->getitem)
        return exc_raise(&exc_TypeError, "can't extend bytearray with %s", v_type_name(argv[0]));
    if (!buffer_get(argv[0], &(const char *){0}, &(size_t){0})) {
        int64_t hint;   /* CPython pre-sizes by the length hint: a MemoryError at once */
        if (seq_length_hint(argv[0], 64, &hint) < 0)
            return V_NULL;
        if ((uint64_t)hint > gc_max_request())
            return exc_no_memory();
    }
    if (bytes_collect(argv[0], &sb, "bytearray") < 0) {
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

static value ba_alloc_m(value self, int argc, const value *argv, value kwnames)
{
    return v_small((int64_t)BA(self)->cap + 1);
}

static value ba_mod(value a, value b) { return bytes_mod(a, b); }

/* (type(b), (contents...), state): below protocol 3 the contents travel
 * as a latin-1 str, as CPython's do. */
static value ba_reduce_proto(value self, int64_t proto)
{
    value state = reduce_getstate(self);
    value b = state ? bytes_from(BA(self)->data ? BA(self)->data : "", BA(self)->size) : V_NULL;
    if (!b)
        return V_NULL;
    value args;
    if (!BA(self)->data) {   /* never held a byte: CPython's ob_bytes is NULL */
        args = tuple_empty();
    } else if (proto < 3) {
        value text = bytes_decode(b, "latin-1", "strict");
        value enc = text ? str_from_cstr("latin-1") : V_NULL;
        args = enc ? tuple_pack(2, text, enc) : V_NULL;
    } else {
        args = tuple_pack(1, b);
    }
    return args ? tuple_pack(3, v_from_obj(v_type(self)), args, state) : V_NULL;
}

static value ba_reduce(value self, int argc, const value *argv, value kwnames)
{
    return ba_reduce_proto(self, 0);
}

static value ba_reduce_ex(value self, int argc, const value *argv, value kwnames)
{
    int64_t proto = 0;
    if (args_count("__reduce_ex__", argc, 0, 1) < 0 || (argc == 1 && args_index(argv[0], &proto) < 0))
        return V_NULL;
    return ba_reduce_proto(self, proto);
}

static const method_def bytearray_methods[] = {
    {"__reduce__", ba_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__reduce_ex__", ba_reduce_ex, METH_FAST, "Return state information for pickling."},
    {"append", ba_append, METH_O, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, METH_O, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", ba_pop, METH_FAST, "Remove and return a single item from B."},
    {"insert", ba_insert, METH_FAST, "Insert a single item into the bytearray before the given index."},
    {"remove", ba_remove, METH_O, "Remove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, METH_NOARGS, "Remove all items from the bytearray."},
    {"copy", ba_copy, METH_NOARGS, "Return a copy of B."},
    {"reverse", ba_reverse, METH_NOARGS, "Reverse the order of the values in B in place."},
    {"__alloc__", ba_alloc_m, METH_NOARGS, NULL},
    BYTES_SHARED_METHODS,
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
    .str = ba_repr,
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
    .nb = {[NB_MOD] = ba_mod},
    .new = ba_new,
    .init = ba_init,
    .methods = bytearray_methods,
};
