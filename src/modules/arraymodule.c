/* The `array` module: array.array, a typed sequence of C numbers (type
 * codes b B u h H i I l L q Q f d; 'u' is a 4-byte wchar_t) stored packed
 * in one gc_alloc_raw block, and _array_reconstructor for pickling. Items
 * are converted to their C form before any bounds check or write, since
 * the conversion may run Python code (__index__, __float__) that resizes
 * the array. An array is a writable buffer for the rest of Taipan through
 * the exporter hook of bytearray.h: memoryviews of it count as exports,
 * and while any live it cannot change size (BufferError), as in CPython;
 * a collection is run first so views nobody holds give their exports
 * back. The iterator reads the array at each step, so it stops early
 * after deletions and sees appends. */
#include <string.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/slice.h"
#include "../objects/str.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"
#include "../vm/import.h"

/* One type code: its size, kind and the machine format code pickles use
 * (CPython's enumeration: 0 u8, 1 i8, 2/3 u16 le/be, 4/5 i16, 6/7 u32,
 * 8/9 i32, 10/11 u64, 12/13 i64, 14/15 float, 16/17 double, 18/19
 * utf-16, 20/21 utf-32). */
typedef struct arraydesc {
    char code;
    int size;
    char kind;         /* 'i' signed int, 'u' unsigned int, 'f' float, 'w' wide char */
    int mformat;       /* little-endian machine format code */
    const char *name;  /* for range errors; NULL when the C-long errors apply */
} arraydesc;

static const arraydesc descs[] = {
    { 'b', 1, 'i', 1, "signed char" },
    { 'B', 1, 'u', 0, "unsigned byte integer" },
    { 'u', 4, 'w', 20, NULL },
    { 'h', 2, 'i', 4, "signed short integer" },
    { 'H', 2, 'u', 2, "unsigned short" },
    { 'i', 4, 'i', 8, "signed integer" },
    { 'I', 4, 'u', 6, "unsigned int" },
    { 'l', 8, 'i', 12, NULL },
    { 'L', 8, 'u', 10, NULL },
    { 'q', 8, 'i', 12, NULL },
    { 'Q', 8, 'u', 10, NULL },
    { 'f', 4, 'f', 14, NULL },
    { 'd', 8, 'f', 16, NULL },
};
#define NDESCS (sizeof descs / sizeof descs[0])

typedef struct array_object {
    object hdr;
    char *data;        /* gc_alloc_raw block of cap bytes, or NULL */
    size_t size;       /* items */
    size_t cap;        /* bytes */
    int64_t exports;   /* live memoryviews: no resizing while > 0 */
    const arraydesc *d;
} array_object;

typedef struct array_iter_object {
    object hdr;
    value arr;         /* V_NULL once exhausted */
    size_t index;
} array_iter_object;

extern type_object array_type, array_iterator_type;

#define ARR(v) ((array_object *)v_obj(v))

static bool is_array(value v) { return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &array_type); }

static const arraydesc *find_desc(uint32_t c)
{
    for (size_t i = 0; i < NDESCS; i++)
        if ((uint32_t)descs[i].code == c)
            return &descs[i];
    return NULL;
}

static void array_trace(object *o, gc_tracer *t) { gc_mark_raw(t, ((array_object *)o)->data); }

/* -- Storage ------------------------------------------------------------------ */

#define MAX_BYTES ((size_t)1 << 60)

/* Room for n items (size unchanged). */
static int reserve(array_object *a, size_t n)
{
    size_t is = (size_t)a->d->size;
    if (n > MAX_BYTES / is) {
        exc_no_memory();
        return -1;
    }
    size_t need = n * is;
    if (need <= a->cap)
        return 0;
    size_t cap = a->cap + a->cap / 2 + 16;
    if (cap < need)
        cap = need;
    char *p = a->data ? gc_realloc_raw(a->data, a->cap, cap) : gc_alloc_raw(cap);
    if (!p)
        return -1;
    a->data = p;
    a->cap = cap;
    return 0;
}

static int check_resize(array_object *a)
{
    if (a->exports > 0)
        gc_collect();   /* views nobody holds give their exports back */
    if (a->exports > 0) {
        exc_raise(&exc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    return 0;
}

/* Sets the item count to n (new items zeroed). */
static int resize(array_object *a, size_t n)
{
    if (n != a->size && check_resize(a) < 0)
        return -1;
    if (reserve(a, n) < 0)
        return -1;
    size_t is = (size_t)a->d->size;
    if (n > a->size)
        memset(a->data + a->size * is, 0, (n - a->size) * is);
    a->size = n;
    return 0;
}

/* Replaces items [lo, hi) by n items of raw data src (which may point into a). */
static int replace_range(array_object *a, size_t lo, size_t hi, const char *src, size_t n)
{
    size_t is = (size_t)a->d->size, old = hi - lo, size = a->size;
    if (n != old && check_resize(a) < 0)
        return -1;
    char *copy = NULL;
    if (n && a->data && src >= a->data && src < a->data + a->cap) {
        copy = gc_alloc_raw(n * is);
        if (!copy)
            return -1;
        memcpy(copy, src, n * is);
        src = copy;
    }
    if (n > old && reserve(a, size + n - old) < 0)
        return -1;
    if (n != old && size > hi)
        memmove(a->data + (lo + n) * is, a->data + hi * is, (size - hi) * is);
    if (n)
        memcpy(a->data + lo * is, src, n * is);
    a->size = size + n - old;
    return 0;
}

static value array_alloc(type_object *t, const arraydesc *d, size_t n)
{
    array_object *a = (array_object *)seq_alloc(t, sizeof(array_object), 0);
    if (!a)
        return V_NULL;
    a->d = d;
    if (n && resize(a, n) < 0)
        return V_NULL;
    return v_from_obj(a);
}

/* -- Item conversion ------------------------------------------------------------ */

static value item_get(const arraydesc *d, const char *p)
{
    switch (d->code) {
    case 'b': return v_small((int8_t)p[0]);
    case 'B': return v_small((uint8_t)p[0]);
    case 'h': { int16_t x; memcpy(&x, p, 2); return v_small(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return v_small(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return v_small(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return v_small(x); }
    case 'l': case 'q': { int64_t x; memcpy(&x, p, 8); return int_from_i64(x); }
    case 'L': case 'Q': { uint64_t x; memcpy(&x, p, 8); return int_from_u64(x); }
    case 'f': { float x; memcpy(&x, p, 4); return float_new(x); }
    case 'd': { double x; memcpy(&x, p, 8); return float_new(x); }
    default: {
        uint32_t x;
        memcpy(&x, p, 4);
        if (x > 0x10FFFF)
            return exc_raise(&exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", x);
        return str_from_cp(x);
    }
    }
}

static value overflow(const char *msg) { return exc_raise(&exc_OverflowError, "%s", msg); }

/* v as the C form of an item of d, written to out (d->size bytes). */
static int item_pack(const arraydesc *d, value v, char *out)
{
    if (d->kind == 'f') {
        double x;
        if (obj_as_double(v, &x) < 0)
            return -1;
        if (d->size == 4) {
            float f = (float)x;
            memcpy(out, &f, 4);
        } else {
            memcpy(out, &x, 8);
        }
        return 0;
    }
    if (d->kind == 'w') {
        if (!v_isinstance(v, &str_type) || str_len(v) != 1) {
            exc_raise(&exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t c = str_char_at(v, 0);
        memcpy(out, &c, 4);
        return 0;
    }
    if (!v_is_int_like(v)) {
        if (!v_type(v)->nb_index) {
            exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
            return -1;
        }
        v = obj_index(v);
        if (!v)
            return -1;
    }
    int64_t x;
    bool fits = int_as_i64(v, &x) == 0;
    if (!fits)
        exc_clear();
    bool neg = fits ? x < 0 : obj_richcompare_bool(v, v_small(0), CMP_LT) == 1;
    char c = d->code;
    if (d->size == 8) {
        if (c == 'l' || c == 'q') {
            if (!fits) {
                overflow(c == 'l' ? "Python int too large to convert to C long" : "int too big to convert");
                return -1;
            }
            memcpy(out, &x, 8);
            return 0;
        }
        if (neg) {
            overflow(c == 'L' ? "can't convert negative value to unsigned int" : "can't convert negative int to unsigned");
            return -1;
        }
        uint64_t u = (uint64_t)x;
        if (!fits) {
            value m = int_from_u64(UINT64_MAX);
            if (!m)
                return -1;
            int big = obj_richcompare_bool(v, m, CMP_GT);
            if (big < 0)
                return -1;
            if (big) {
                overflow(c == 'L' ? "Python int too large to convert to C unsigned long" : "int too big to convert");
                return -1;
            }
            /* v in [2**63, 2**64): subtract 2**63 to fit an int64 */
            value half = int_from_u64((uint64_t)1 << 63);
            value low = half ? obj_binary_op(v, half, NB_SUB) : V_NULL;
            int64_t lx;
            if (!low || int_as_i64(low, &lx) < 0)
                return -1;
            u = (uint64_t)lx + ((uint64_t)1 << 63);
        }
        memcpy(out, &u, 8);
        return 0;
    }
    if (c == 'I') {
        if (neg) {
            overflow("can't convert negative value to unsigned int");
            return -1;
        }
        if (!fits) {
            overflow("Python int too large to convert to C unsigned long");
            return -1;
        }
        if (x > (int64_t)UINT32_MAX) {
            overflow("unsigned int is greater than maximum");
            return -1;
        }
        uint32_t u = (uint32_t)x;
        memcpy(out, &u, 4);
        return 0;
    }
    if (!fits) {
        overflow("Python int too large to convert to C long");
        return -1;
    }
    int64_t lo, hi;
    switch (c) {
    case 'b': lo = INT8_MIN; hi = INT8_MAX; break;
    case 'B': lo = 0; hi = UINT8_MAX; break;
    case 'h': lo = INT16_MIN; hi = INT16_MAX; break;
    case 'H': lo = 0; hi = UINT16_MAX; break;
    default: lo = INT32_MIN; hi = INT32_MAX; break;
    }
    if (x < lo || x > hi) {
        exc_raise(&exc_OverflowError, "%s is %s", d->name, x < lo ? "less than minimum" : "greater than maximum");
        return -1;
    }
    switch (d->size) {
    case 1: out[0] = (char)x; break;
    case 2: { int16_t s = (int16_t)x; memcpy(out, &s, 2); break; }
    default: { int32_t s = (int32_t)x; memcpy(out, &s, 4); break; }
    }
    return 0;
}

static value array_item(value v, size_t i)
{
    array_object *a = ARR(v);
    return item_get(a->d, a->data + i * (size_t)a->d->size);
}

/* Appends v converted (to the end as it is after the conversion). */
static int append_value(value self, value v)
{
    char buf[8];
    array_object *a = ARR(self);
    if (item_pack(a->d, v, buf) < 0)
        return -1;
    return replace_range(a, a->size, a->size, buf, 1);
}

/* -- Bulk conversions -------------------------------------------------------- */

static int frombytes_raw(value self, const char *p, size_t n)
{
    array_object *a = ARR(self);
    size_t is = (size_t)a->d->size;
    if (n % is) {
        exc_raise(&exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    return replace_range(a, a->size, a->size, p, n / is);
}

static int fromunicode_raw(value self, value s)
{
    array_object *a = ARR(self);
    size_t n = str_len(s), at = a->size;
    if (n == 0)
        return 0;
    if (check_resize(a) < 0 || reserve(a, at + n) < 0)
        return -1;
    const char *d = str_data(s);
    size_t pos = 0, sz = str_size(s);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = str_next_cp(d, sz, &pos);
        memcpy(a->data + (at + i) * 4, &c, 4);
    }
    a->size = at + n;
    return 0;
}

/* Appends every item of iterable (one at a time, as CPython: an error
 * keeps those already appended). */
static int extend_iter(value self, value iterable)
{
    value it = obj_iter(iterable);
    if (!it)
        return -1;
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? -1 : 0;
        if (append_value(self, x) < 0)
            return -1;
    }
}

/* self.extend(other) for arrays and iterables. */
static int extend_any(value self, value other)
{
    if (!is_array(other))
        return extend_iter(self, other);
    if (ARR(other)->d != ARR(self)->d) {
        exc_raise(&exc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    array_object *o = ARR(other);
    return replace_range(ARR(self), ARR(self)->size, ARR(self)->size, o->data, o->size);
}

/* -- Construction ---------------------------------------------------------- */

static value array_new(type_object *type, int argc, const value *argv, value kwnames)
{
    /* a subclass's keywords are its __init__'s business: ignored here, as CPython */
    if (type == &array_type && args_no_kw("array.array", kwnames) < 0)
        return V_NULL;
    if (argc < 1)
        return exc_raise(&exc_TypeError, "array() takes at least 1 argument (0 given)");
    if (argc > 2)
        return exc_raise(&exc_TypeError, "array() takes at most 2 arguments (%d given)", argc);
    value tc = argv[0];
    if (!v_isinstance(tc, &str_type) || str_len(tc) != 1)
        return exc_raise(&exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                         str_arg_type_name(tc));
    const arraydesc *d = find_desc(str_char_at(tc, 0));
    if (!d)
        return exc_raise(&exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    value init = argc > 1 ? argv[1] : V_NULL;
    if (init && v_isinstance(init, &str_type) && d->code != 'u')
        return exc_raise(&exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", d->code);
    if (init && is_array(init) && ARR(init)->d->code == 'u' && d->code != 'u')
        return exc_raise(&exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                         d->code);
    value r = array_alloc(type, d, 0);
    if (!r || !init)
        return r;
    const char *p;
    size_t n;
    if (v_isinstance(init, &str_type)) {
        if (fromunicode_raw(r, init) < 0)
            return V_NULL;
    } else if (v_isinstance(init, &bytes_type) || v_is_bytearray(init)) {
        if (!buffer_get(init, &p, &n) || frombytes_raw(r, p, n) < 0)
            return V_NULL;
    } else if (is_array(init)) {
        if (ARR(init)->d == d) {
            if (replace_range(ARR(r), 0, 0, ARR(init)->data, ARR(init)->size) < 0)
                return V_NULL;
        } else {
            for (size_t i = 0; i < ARR(init)->size; i++) {
                value x = array_item(init, i);
                if (!x || append_value(r, x) < 0)
                    return V_NULL;
            }
        }
    } else if (extend_iter(r, init) < 0) {
        return V_NULL;
    }
    return r;
}

/* -- Sequence protocol -------------------------------------------------------- */

static int64_t array_len(value v) { return (int64_t)ARR(v)->size; }

static value array_getitem(value v, value key)
{
    array_object *a = ARR(v);
    if (v_is_slice(key)) {
        int64_t start, stop, step, len;
        if (slice_unpack(key, (int64_t)a->size, &start, &stop, &step, &len) < 0)
            return V_NULL;
        if (len > 0 && (start + (len - 1) * step < 0 || (size_t)(start + (len - 1) * step) >= a->size ||
                        (size_t)start >= a->size))
            len = 0;   /* an __index__ shrank the array */
        value r = array_alloc(&array_type, a->d, (size_t)len);
        if (!r)
            return V_NULL;
        size_t is = (size_t)a->d->size;
        for (int64_t i = 0; i < len; i++)
            memcpy(ARR(r)->data + (size_t)i * is, a->data + (size_t)(start + i * step) * is, is);
        return r;
    }
    if (!v_is_int(key) && !v_type(key)->nb_index)
        return exc_raise(&exc_TypeError, "array indices must be integers");
    int64_t i;
    if (seq_index(key, 0, "array", &i) < 0)
        return V_NULL;
    int64_t n = (int64_t)a->size;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return exc_raise(&exc_IndexError, "array index out of range");
    return array_item(v, (size_t)i);
}

static int del_extended(array_object *a, int64_t start, int64_t step, int64_t len)
{
    if (len <= 0)
        return 0;
    if (check_resize(a) < 0)
        return -1;
    if (step < 0) {
        start = start + step * (len - 1);
        step = -step;
    }
    size_t is = (size_t)a->d->size, w = 0;
    for (int64_t i = 0; i < (int64_t)a->size; i++)
        if (i < start || (i - start) % step || (i - start) / step >= len)
            memmove(a->data + (w++) * is, a->data + (size_t)i * is, is);
    a->size = w;
    return 0;
}

static int array_setitem(value v, value key, value x)
{
    array_object *a = ARR(v);
    if (v_is_slice(key)) {
        const char *src = NULL;
        size_t n = 0;
        if (x) {
            if (!is_array(x)) {
                exc_raise(&exc_TypeError, "can only assign array (not \"%s\") to array slice", v_type_name(x));
                return -1;
            }
            if (ARR(x)->d != a->d) {
                exc_raise(&exc_TypeError, "bad argument type for built-in operation");
                return -1;
            }
            n = ARR(x)->size;
            src = ARR(x)->data;
        }
        int64_t start, stop, step, len;
        if (slice_unpack(key, (int64_t)a->size, &start, &stop, &step, &len) < 0)
            return -1;
        if (x) {   /* the slice's __index__ may have changed x */
            n = ARR(x)->size;
            src = ARR(x)->data;
        }
        if (len > 0 && ((size_t)start > a->size || (size_t)(start + (len - 1) * step) >= a->size)) {
            exc_raise(&exc_BufferError, "array changed size during slice assignment");
            return -1;
        }
        if (step == 1) {
            if (stop < start)
                stop = start;
            if ((size_t)stop > a->size)
                stop = (int64_t)a->size;
            if ((size_t)start > a->size)
                start = (int64_t)a->size;
            return replace_range(a, (size_t)start, (size_t)stop, src, n);
        }
        if (!x)
            return del_extended(a, start, step, len);
        if ((int64_t)n != len) {
            exc_raise(&exc_ValueError, "attempt to assign array of size %zu to extended slice of size %lld", n,
                      (long long)len);
            return -1;
        }
        size_t is = (size_t)a->d->size;
        char *tmp = n ? gc_alloc_raw(n * is) : NULL;   /* x may be a itself */
        if (n && !tmp)
            return -1;
        if (n)
            memcpy(tmp, src, n * is);
        for (int64_t i = 0; i < len; i++)
            memcpy(a->data + (size_t)(start + i * step) * is, tmp + (size_t)i * is, is);
        return 0;
    }
    if (!v_is_int(key) && !v_type(key)->nb_index) {
        exc_raise(&exc_TypeError, "array indices must be integers");
        return -1;
    }
    int64_t i;
    char buf[8];
    if (seq_index(key, 0, "array", &i) < 0)
        return -1;
    if (x && item_pack(a->d, x, buf) < 0)
        return -1;
    int64_t n = (int64_t)a->size;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        exc_raise(&exc_IndexError, "array assignment index out of range");
        return -1;
    }
    if (!x)
        return replace_range(a, (size_t)i, (size_t)i + 1, NULL, 0);
    memcpy(a->data + (size_t)i * (size_t)a->d->size, buf, (size_t)a->d->size);
    return 0;
}

/* Index of the first item equal to x in [lo, hi), -1 when none, -2 on error. */
static int64_t find(value self, value x, int64_t lo, int64_t hi)
{
    for (int64_t i = lo; i < hi && i < (int64_t)ARR(self)->size; i++) {
        value y = array_item(self, (size_t)i);
        if (!y)
            return -2;
        int eq = obj_richcompare_bool(y, x, CMP_EQ);
        if (eq < 0)
            return -2;
        if (eq)
            return i;
    }
    return -1;
}

static int array_contains(value self, value x)
{
    int64_t i = find(self, x, 0, INT64_MAX);
    return i == -2 ? -1 : i >= 0;
}

/* -- Iteration -------------------------------------------------------------- */

static void array_iter_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((array_iter_object *)o)->arr); }

static value array_iter(value v)
{
    array_iter_object *it = (array_iter_object *)gc_alloc(&array_iterator_type, sizeof(array_iter_object));
    if (!it)
        return V_NULL;
    it->arr = v;
    it->index = 0;
    return v_from_obj(it);
}

static value array_iter_self(value v) { return v; }

static value array_iter_next(value v)
{
    array_iter_object *it = (array_iter_object *)v_obj(v);
    if (!it->arr)
        return V_NULL;
    if (it->index >= ARR(it->arr)->size) {
        it->arr = V_NULL;
        return V_NULL;
    }
    return array_item(it->arr, it->index++);
}

static value array_iter_reduce(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    array_iter_object *it = (array_iter_object *)v_obj(self);
    value builtins = modules_import(str_intern_cstr("builtins"));
    value iter = builtins ? obj_getattr_cstr(builtins, "iter") : V_NULL;
    if (!iter)
        return V_NULL;
    if (!it->arr) {
        value r = array_alloc(&array_type, &descs[1], 0);
        value args = r ? tuple_pack(1, r) : V_NULL;
        return args ? tuple_pack(2, iter, args) : V_NULL;
    }
    value args = tuple_pack(1, it->arr);
    return args ? tuple_pack(3, iter, args, int_from_u64(it->index)) : V_NULL;
}

static value array_iter_setstate(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    array_iter_object *it = (array_iter_object *)v_obj(self);
    int64_t i;
    if (args_index(argv[0], &i) < 0)
        return V_NULL;
    if (it->arr) {
        if (i < 0)
            i = 0;
        else if ((uint64_t)i > ARR(it->arr)->size)
            i = (int64_t)ARR(it->arr)->size;
        it->index = (size_t)i;
    }
    return V_NONE;
}

/* -- Operators ------------------------------------------------------------------ */

static value array_richcompare(value a, value b, int op)
{
    if (!is_array(a) || !is_array(b))
        return V_NOTIMPL;
    size_t na = ARR(a)->size, nb = ARR(b)->size;
    if ((op == CMP_EQ || op == CMP_NE) && na != nb)
        return v_bool(op == CMP_NE);
    size_t i = 0;
    for (;; i++) {
        if (i >= ARR(a)->size || i >= ARR(b)->size)
            break;
        value x = array_item(a, i), y = x ? array_item(b, i) : V_NULL;
        if (!y)
            return V_NULL;
        int eq = obj_richcompare_bool(x, y, CMP_EQ);
        if (eq < 0)
            return V_NULL;
        if (!eq) {
            if (op == CMP_EQ)
                return V_FALSE;
            if (op == CMP_NE)
                return V_TRUE;
            return obj_richcompare(x, y, op);
        }
    }
    na = ARR(a)->size;
    nb = ARR(b)->size;
    bool r;
    switch (op) {
    case CMP_LT: r = na < nb; break;
    case CMP_LE: r = na <= nb; break;
    case CMP_EQ: r = na == nb; break;
    case CMP_NE: r = na != nb; break;
    case CMP_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return v_bool(r);
}

static value array_concat(value a, value b)
{
    if (!is_array(b))
        return exc_raise(&exc_TypeError, "can only append array (not \"%s\") to array", v_type_name(b));
    if (ARR(a)->d != ARR(b)->d)
        return exc_raise(&exc_TypeError, "bad argument type for built-in operation");
    size_t na = ARR(a)->size, nb = ARR(b)->size;
    value r = array_alloc(&array_type, ARR(a)->d, 0);
    if (!r || replace_range(ARR(r), 0, 0, ARR(a)->data, na) < 0 ||
        replace_range(ARR(r), na, na, ARR(b)->data, nb) < 0)
        return V_NULL;
    return r;
}

static value array_iconcat(value a, value b)
{
    if (!is_array(b))
        return exc_raise(&exc_TypeError, "can only extend array with array (not \"%s\")", v_type_name(b));
    if (extend_any(a, b) < 0)
        return V_NULL;
    return a;
}

static int repeat_count(value nv, int64_t *n)
{
    if (int_as_i64(nv, n) == 0)
        return 0;
    exc_clear();
    exc_raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
}

static value array_repeat(value a, value nv)
{
    int64_t n;
    if (repeat_count(nv, &n) < 0)
        return V_NULL;
    if (n < 0)
        n = 0;
    array_object *src = ARR(a);
    size_t sz = src->size * (size_t)src->d->size;
    if (sz && (uint64_t)n > MAX_BYTES / sz)
        return exc_no_memory();
    value r = array_alloc(&array_type, src->d, src->size * (size_t)n);
    if (!r)
        return V_NULL;
    for (int64_t i = 0; i < n; i++)
        memcpy(ARR(r)->data + (size_t)i * sz, src->data, sz);
    return r;
}

static value array_irepeat(value a, value nv)
{
    int64_t n;
    if (repeat_count(nv, &n) < 0)
        return V_NULL;
    if (n < 0)
        n = 0;
    array_object *s = ARR(a);
    size_t cnt = s->size, sz = cnt * (size_t)s->d->size;
    if (sz && (uint64_t)n > MAX_BYTES / sz)
        return exc_no_memory();
    if (resize(s, cnt * (size_t)n) < 0)
        return V_NULL;
    for (int64_t i = 1; i < n; i++)
        memcpy(s->data + (size_t)i * sz, s->data, sz);
    return a;
}

/* -- repr ---------------------------------------------------------------------- */

static const char *type_short_name(value v)
{
    const char *n = v_type_name(v);
    const char *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

static value array_tounicode_value(value self);
static value array_tolist_value(value self);

static value array_repr(value v)
{
    array_object *a = ARR(v);
    const char *name = type_short_name(v);
    if (a->size == 0)
        return str_format("%s('%c')", name, a->d->code);
    value body = a->d->code == 'u' ? array_tounicode_value(v) : array_tolist_value(v);
    if (!body)
        return V_NULL;
    value r = obj_repr(body);
    if (!r)
        return V_NULL;
    value pre = str_format("%s('%c', ", name, a->d->code);
    value post = str_from_cstr(")");
    if (!pre || !post)
        return V_NULL;
    value parts[3] = { pre, r, post };
    return str_concat_array(parts, 3);
}

/* -- Methods ------------------------------------------------------------------ */

static value m_append(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    return append_value(self, argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_extend(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    return extend_any(self, argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_insert(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("insert", kwnames) < 0 || args_count("insert", argc, 2, 2) < 0)
        return V_NULL;
    int64_t i;
    char buf[8];
    if (args_index(argv[0], &i) < 0 || item_pack(ARR(self)->d, argv[1], buf) < 0)
        return V_NULL;
    int64_t n = (int64_t)ARR(self)->size;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    return replace_range(ARR(self), (size_t)i, (size_t)i, buf, 1) < 0 ? V_NULL : V_NONE;
}

static value m_pop(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("pop", kwnames) < 0 || args_count("pop", argc, 0, 1) < 0)
        return V_NULL;
    int64_t i = -1;
    if (argc && args_index(argv[0], &i) < 0)
        return V_NULL;
    array_object *a = ARR(self);
    int64_t n = (int64_t)a->size;
    if (n == 0)
        return exc_raise(&exc_IndexError, "pop from empty array");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return exc_raise(&exc_IndexError, "pop index out of range");
    value x = array_item(self, (size_t)i);
    if (!x || replace_range(a, (size_t)i, (size_t)i + 1, NULL, 0) < 0)
        return V_NULL;
    return x;
}

static value m_remove(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    int64_t i = find(self, argv[0], 0, INT64_MAX);
    if (i == -2)
        return V_NULL;
    if (i < 0)
        return exc_raise(&exc_ValueError, "array.remove(x): x not in array");
    return replace_range(ARR(self), (size_t)i, (size_t)i + 1, NULL, 0) < 0 ? V_NULL : V_NONE;
}

static value m_index(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("index", kwnames) < 0 || args_count("index", argc, 1, 3) < 0)
        return V_NULL;
    int64_t lo, hi;
    if (seq_index_bounds(argc, argv, (int64_t)ARR(self)->size, &lo, &hi) < 0)
        return V_NULL;
    int64_t i = find(self, argv[0], lo, hi);
    if (i == -2)
        return V_NULL;
    if (i < 0)
        return exc_raise(&exc_ValueError, "array.index(x): x not in array");
    return v_small(i);
}

static value m_count(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    int64_t c = 0;
    for (size_t i = 0; i < ARR(self)->size; i++) {
        value y = array_item(self, i);
        if (!y)
            return V_NULL;
        int eq = obj_richcompare_bool(y, argv[0], CMP_EQ);
        if (eq < 0)
            return V_NULL;
        c += eq;
    }
    return v_small(c);
}

static value m_reverse(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    array_object *a = ARR(self);
    size_t is = (size_t)a->d->size;
    char t[8];
    for (size_t i = 0, j = a->size; i + 1 < j; i++, j--) {
        memcpy(t, a->data + i * is, is);
        memcpy(a->data + i * is, a->data + (j - 1) * is, is);
        memcpy(a->data + (j - 1) * is, t, is);
    }
    return V_NONE;
}

static value m_byteswap(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    array_object *a = ARR(self);
    size_t is = (size_t)a->d->size;
    for (size_t i = 0; i < a->size; i++) {
        char *p = a->data + i * is;
        for (size_t k = 0; k < is / 2; k++) {
            char t = p[k];
            p[k] = p[is - 1 - k];
            p[is - 1 - k] = t;
        }
    }
    return V_NONE;
}

static value m_buffer_info(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    value addr = int_from_u64((uint64_t)(uintptr_t)ARR(self)->data);
    return addr ? tuple_pack(2, addr, int_from_u64(ARR(self)->size)) : V_NULL;
}

static value m_tobytes(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    array_object *a = ARR(self);
    return bytes_from(a->data ? a->data : "", a->size * (size_t)a->d->size);
}

static value m_frombytes(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    const char *p;
    size_t n;
    if (v_isinstance(argv[0], &str_type) || !buffer_get(argv[0], &p, &n))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[0]));
    if (argv[0] == self)   /* CPython's answer: its buffer is exported meanwhile */
        return exc_raise(&exc_TypeError, "a bytes-like object is required");
    return frombytes_raw(self, p, n) < 0 ? V_NULL : V_NONE;
}

static value array_tolist_value(value self)
{
    value l = list_new(0);
    if (!l)
        return V_NULL;
    for (size_t i = 0; i < ARR(self)->size; i++) {
        value x = array_item(self, i);
        if (!x || list_append(l, x) < 0)
            return V_NULL;
    }
    return l;
}

static value m_tolist(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    return array_tolist_value(self);
}

static value m_fromlist(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    value l = argv[0];
    if (!v_isinstance(l, &list_type))
        return exc_raise(&exc_TypeError, "arg must be list");
    array_object *a = ARR(self);
    size_t old = a->size;
    for (size_t i = 0; i < list_len(l); i++) {
        if (append_value(self, list_get(l, i)) < 0) {
            if (a->size > old && a->exports == 0)
                a->size = old;   /* all or nothing, as CPython */
            return V_NULL;
        }
    }
    return V_NONE;
}

static value array_tounicode_value(value self)
{
    array_object *a = ARR(self);
    str_builder b;
    sb_str_init(&b);
    for (size_t i = 0; i < a->size; i++) {
        uint32_t c;
        memcpy(&c, a->data + i * 4, 4);
        if (c > 0x10FFFF) {
            sb_str_abandon(&b);
            return exc_raise(&exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", c);
        }
        char u[4];
        size_t n;
        if (c < 0x80) {
            u[0] = (char)c;
            n = 1;
        } else if (c < 0x800) {
            u[0] = (char)(0xC0 | (c >> 6));
            u[1] = (char)(0x80 | (c & 0x3F));
            n = 2;
        } else if (c < 0x10000) {
            u[0] = (char)(0xE0 | (c >> 12));
            u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
            u[2] = (char)(0x80 | (c & 0x3F));
            n = 3;
        } else {
            u[0] = (char)(0xF0 | (c >> 18));
            u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
            u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
            u[3] = (char)(0x80 | (c & 0x3F));
            n = 4;
        }
        sb_str_add(&b, u, n);
    }
    return sb_str_finish(&b);
}

static value m_tounicode(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    if (ARR(self)->d->code != 'u')
        return exc_raise(&exc_ValueError, "tounicode() may only be called on unicode type arrays");
    return array_tounicode_value(self);
}

static value m_fromunicode(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    if (!v_isinstance(argv[0], &str_type))
        return exc_raise(&exc_TypeError, "fromunicode() argument must be str, not %s", str_arg_type_name(argv[0]));
    if (ARR(self)->d->code != 'u')
        return exc_raise(&exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    return fromunicode_raw(self, argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_tofile(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    /* in blocks, as CPython, so a huge array is not copied at once */
    const size_t block = 64 * 1024;
    array_object *a = ARR(self);
    size_t total = a->size * (size_t)a->d->size;
    if (total == 0) {
        value w = obj_getattr_cstr(argv[0], "write");
        return w ? V_NONE : V_NULL;
    }
    for (size_t off = 0; off < total; off += block) {
        total = ARR(self)->size * (size_t)a->d->size;   /* write() may resize */
        if (off >= total)
            break;
        size_t n = total - off < block ? total - off : block;
        value b = bytes_from(a->data + off, n);
        if (!b)
            return V_NULL;
        value r = obj_call_method(argv[0], "write", 1, &b);
        if (!r)
            return V_NULL;
    }
    return V_NONE;
}

static value m_fromfile(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("fromfile", kwnames) < 0 || args_count("fromfile", argc, 2, 2) < 0)
        return V_NULL;
    int64_t n;
    if (args_index(argv[1], &n) < 0)
        return V_NULL;
    if (n < 0)
        return exc_raise(&exc_ValueError, "negative count");
    size_t is = (size_t)ARR(self)->d->size;
    if ((uint64_t)n > MAX_BYTES / is)
        return exc_no_memory();
    value nb = int_from_u64((uint64_t)n * is);
    if (!nb)
        return V_NULL;
    value b = obj_call_method(argv[0], "read", 1, &nb);
    if (!b)
        return V_NULL;
    if (!v_isinstance(b, &bytes_type))
        return exc_raise(&exc_TypeError, "read() didn't return bytes");
    size_t got = bytes_size(b) / is * is;
    if (frombytes_raw(self, bytes_data(b), got) < 0)
        return V_NULL;
    if (bytes_size(b) != (uint64_t)n * is)
        return exc_raise(&exc_EOFError, "read() didn't return enough bytes");
    return V_NONE;
}

static value m_copy(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    array_object *a = ARR(self);
    value r = array_alloc(&array_type, a->d, 0);
    if (!r || replace_range(ARR(r), 0, 0, a->data, a->size) < 0)
        return V_NULL;
    return r;
}

static value m_sizeof(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)argv, (void)kwnames;
    return v_small(64 + (int64_t)ARR(self)->cap);
}

static value reconstructor_fn;   /* the module's _array_reconstructor */

static value m_reduce_ex(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    if (!v_is_int_like(argv[0]))
        return exc_raise(&exc_TypeError, "__reduce_ex__ argument should be an integer");
    int64_t proto;
    if (int_as_i64(argv[0], &proto) < 0)
        return V_NULL;
    value dict = obj_getattr_cstr(self, "__dict__");
    if (!dict) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
        dict = V_NONE;
    } else if (v_isinstance(dict, &dict_type) && dict_len(dict) == 0) {
        dict = V_NONE;
    }
    array_object *a = ARR(self);
    value cls = v_from_obj(v_type(self));
    value tc = str_from_cp((uint32_t)a->d->code);
    if (!tc)
        return V_NULL;
    if (proto < 3 || !reconstructor_fn) {
        value l = array_tolist_value(self);
        value args = l ? tuple_pack(2, tc, l) : V_NULL;
        return args ? tuple_pack(3, cls, args, dict) : V_NULL;
    }
    value b = bytes_from(a->data ? a->data : "", a->size * (size_t)a->d->size);
    value args = b ? tuple_pack(4, cls, tc, v_small(a->d->mformat), b) : V_NULL;
    return args ? tuple_pack(3, reconstructor_fn, args, dict) : V_NULL;
}

static value m_deepcopy(value self, int argc, const value *argv, value kwnames)
{
    (void)argv;
    return m_copy(self, argc, argv, kwnames);
}

static value get_typecode(value self) { return str_from_cp((uint32_t)ARR(self)->d->code); }
static value get_itemsize(value self) { return v_small(ARR(self)->d->size); }

/* -- _array_reconstructor ------------------------------------------------- */

/* Item k of machine format mf (an int, float or one-character str). */
static value mformat_item(int mf, const unsigned char *p)
{
    bool be = mf & 1;
    if (mf <= 1)
        return v_small(mf ? (int8_t)p[0] : p[0]);
    int size = mf < 6 ? 2 : mf < 10 ? 4 : mf < 14 ? 8 : mf < 16 ? 4 : mf < 18 ? 8 : mf < 20 ? 2 : 4;
    uint64_t u = 0;
    for (int i = 0; i < size; i++)
        u |= (uint64_t)p[be ? i : size - 1 - i] << (8 * (size - 1 - i));
    if (mf >= 18) {
        if (u > 0x10FFFF)
            return exc_raise(&exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)u);
        return str_from_cp((uint32_t)u);
    }
    if (mf >= 14) {
        if (size == 4) {
            uint32_t w = (uint32_t)u;
            float f;
            memcpy(&f, &w, 4);
            return float_new(f);
        }
        double d;
        memcpy(&d, &u, 8);
        return float_new(d);
    }
    bool is_signed = ((mf - 2) / 2) % 2 == 1;
    if (!is_signed)
        return int_from_u64(u);
    int shift = 64 - 8 * size;
    return int_from_i64((int64_t)(u << shift) >> shift);
}

static value array_reconstructor(value self, int argc, const value *argv, value kwnames)
{
    (void)self;
    if (args_no_kw("_array_reconstructor", kwnames) < 0 || args_count("_array_reconstructor", argc, 4, 4) < 0)
        return V_NULL;
    value cls = argv[0], tc = argv[1], mfv = argv[2], items = argv[3];
    if (!v_is_type(cls))
        return exc_raise(&exc_TypeError, "first argument must be a type object, not %s", v_type_name(cls));
    if (!type_is_subtype(v_as_type(cls), &array_type))
        return exc_raise(&exc_TypeError, "%s is not a subtype of array.array", v_as_type(cls)->name);
    if (!v_isinstance(tc, &str_type) || str_len(tc) != 1)
        return exc_raise(&exc_TypeError, "_array_reconstructor() argument 2 must be a unicode character, not %s",
                         str_arg_type_name(tc));
    int64_t mf;
    if (args_index(mfv, &mf) < 0)
        return V_NULL;
    if (!v_isinstance(items, &bytes_type))
        return exc_raise(&exc_TypeError, "fourth argument should be bytes, not %s", v_type_name(items));
    const arraydesc *d = find_desc(str_char_at(tc, 0));
    if (!d)
        return exc_raise(&exc_ValueError, "second argument must be a valid type code");
    if (mf < 0 || mf > 21)
        return exc_raise(&exc_ValueError, "third argument must be a valid machine format code.");
    value args[2] = { tc, V_NULL };
    if (mf == d->mformat) {
        args[1] = items;
        return obj_call(cls, 2, args, V_NULL);
    }
    int size = mf < 2 ? 1 : mf < 6 ? 2 : mf < 10 ? 4 : mf < 14 ? 8 : mf < 16 ? 4 : mf < 18 ? 8 : mf < 20 ? 2 : 4;
    size_t n = bytes_size(items);
    if (n % (size_t)size)
        return exc_raise(&exc_ValueError, "string length not a multiple of item size");
    value l = list_new(0);
    if (!l)
        return V_NULL;
    if (mf >= 18 && mf <= 19) {   /* UTF-16: decode pairs */
        value s = bytes_decode(items, mf == 18 ? "utf-16-le" : "utf-16-be", "strict");
        if (!s)
            return V_NULL;
        args[1] = s;
        return obj_call(cls, 2, args, V_NULL);
    }
    const unsigned char *p = (const unsigned char *)bytes_data(items);
    for (size_t k = 0; k < n / (size_t)size; k++) {
        value x = mformat_item((int)mf, p + k * (size_t)size);
        if (!x || list_append(l, x) < 0)
            return V_NULL;
    }
    if (mf >= 14 && mf < 18) {
        args[1] = l;
        return obj_call(cls, 2, args, V_NULL);
    }
    if (mf < 14) {   /* the last integer type code of the format's size and signedness, as CPython */
        bool sig = ((mf - 2) / 2) % 2 == 1 || mf == 1;
        for (size_t k = 0; k < NDESCS; k++)
            if ((descs[k].kind == 'i' || descs[k].kind == 'u') && descs[k].size == size && (descs[k].kind == 'i') == sig)
                tc = str_from_cp((uint32_t)descs[k].code);
        if (!tc)
            return V_NULL;
        args[0] = tc;
    }
    if (mf >= 20) {
        value s = str_concat_array(v_list(l)->items, list_len(l));
        if (!s)
            return V_NULL;
        args[1] = s;
    } else {
        args[1] = l;
    }
    return obj_call(cls, 2, args, V_NULL);
}

/* -- The buffer exporter ---------------------------------------------------- */

static bool array_buffer_get(value v, const char **data, size_t *size)
{
    array_object *a = ARR(v);
    *data = a->data ? a->data : "";
    *size = a->size * (size_t)a->d->size;
    return true;
}

static int64_t *array_buffer_exports(value v) { return &ARR(v)->exports; }

static char array_buffer_format(value v, int *itemsize)
{
    *itemsize = ARR(v)->d->size;
    return ARR(v)->d->code == 'u' ? 'w' : ARR(v)->d->code;
}

static const buffer_exporter array_exporter = {
    &array_type, array_buffer_get, array_buffer_exports, array_buffer_format,
};

/* -- Types and module ----------------------------------------------------------- */

static const method_def array_methods[] = {
    { "append", m_append, METH_O, "Append new value v to the end of the array." },
    { "buffer_info", m_buffer_info, METH_NOARGS,
      "Return a tuple (address, length) giving the current memory address and the length in items of the buffer "
      "used to hold array's contents." },
    { "byteswap", m_byteswap, METH_NOARGS, "Byteswap all items of the array." },
    { "count", m_count, METH_O, "Return number of occurrences of v in the array." },
    { "extend", m_extend, METH_O, "Append items to the end of the array." },
    { "frombytes", m_frombytes, METH_O, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method." },
    { "fromfile", m_fromfile, METH_FAST, "Read n objects from the file object f and append them to the end of the array." },
    { "fromlist", m_fromlist, METH_O, "Append items to array from list." },
    { "fromunicode", m_fromunicode, METH_O, "Extends this array with data from the unicode string ustr." },
    { "index", m_index, METH_FAST, "Return index of first occurrence of v in the array." },
    { "insert", m_insert, METH_FAST, "Insert a new item v into the array before position i." },
    { "pop", m_pop, METH_FAST, "Return the i-th element and delete it from the array." },
    { "remove", m_remove, METH_O, "Remove the first occurrence of v in the array." },
    { "reverse", m_reverse, METH_NOARGS, "Reverse the order of the items in the array." },
    { "tobytes", m_tobytes, METH_NOARGS, "Convert the array to an array of machine values and return the bytes representation." },
    { "tofile", m_tofile, METH_O, "Write all items (as machine values) to the file object f." },
    { "tolist", m_tolist, METH_NOARGS, "Convert array to an ordinary list with the same items." },
    { "tounicode", m_tounicode, METH_NOARGS, "Extends this array with data from the unicode string ustr." },
    { "__copy__", m_copy, METH_NOARGS, "Return a copy of the array." },
    { "__deepcopy__", m_deepcopy, METH_O, "Return a copy of the array." },
    { "__reduce_ex__", m_reduce_ex, METH_O, "Return state information for pickling." },
    { "__sizeof__", m_sizeof, METH_NOARGS, "Size of the array in memory, in bytes." },
    { NULL, NULL, 0, NULL },
};

static const getset_def array_getsets[] = {
    { "typecode", get_typecode, NULL, "the typecode character used to create the array" },
    { "itemsize", get_itemsize, NULL, "the size, in bytes, of one array item" },
    { NULL, NULL, NULL, NULL },
};

static const method_def array_iter_methods[] = {
    { "__reduce__", array_iter_reduce, METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", array_iter_setstate, METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

type_object array_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "array.array",
    .basicsize = sizeof(array_object),
    .flags = TYPE_BASETYPE | TYPE_SEQUENCE | TYPE_WEAKREFABLE,
    .trace = array_trace,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .getattr = obj_generic_getattr,
    .iter = array_iter,
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_inplace_concat = array_iconcat,
    .sq_inplace_repeat = array_irepeat,
    .new = array_new,
    .methods = array_methods,
    .getsets = array_getsets,
    .doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\n"
           "initialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable "
           "over elements of the appropriate type.",
};

type_object array_iterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "array.arrayiterator",
    .basicsize = sizeof(array_iter_object),
    .trace = array_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = array_iter_self,
    .iternext = array_iter_next,
    .methods = array_iter_methods,
};

static const method_def array_functions[] = {
    { "_array_reconstructor", array_reconstructor, METH_FAST, "Internal. Used for pickling support." },
    { NULL, NULL, 0, NULL },
};

value arraymodule_init(void)
{
    value m = module_new("array");
    if (!m || modules_add_functions(m, array_functions) < 0)
        return V_NULL;
    if (!(array_type.flags & TYPE_READY) && type_ready(&array_type) < 0)
        return V_NULL;
    if (!(array_iterator_type.flags & TYPE_READY) && type_ready(&array_iterator_type) < 0)
        return V_NULL;
    buffer_register(&array_exporter);
    value d = module_dict(m);
    /* array is a MutableSequence, registered as CPython's module does */
    value abc = import_module_cstr("collections.abc");
    value ms = abc ? obj_getattr_cstr(abc, "MutableSequence") : V_NULL;
    value self_type = v_from_obj(&array_type);
    if (!ms || !obj_call_method(ms, "register", 1, &self_type))
        return V_NULL;
    reconstructor_fn = dict_get_cstr(d, "_array_reconstructor");
    gc_root(&reconstructor_fn);
    value codes = str_from_cstr("bBuhHiIlLqQfd");
    if (!codes || dict_set_cstr(d, "typecodes", codes) < 0 || dict_set_cstr(d, "array", v_from_obj(&array_type)) < 0 ||
        dict_set_cstr(d, "ArrayType", v_from_obj(&array_type)) < 0)
        return V_NULL;
    return m;
}
