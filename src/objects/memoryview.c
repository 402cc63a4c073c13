/* memoryview, basic: views of bytes and bytearray objects with format 'B'
 * (itemsize 1, one dimension). A view keeps its exporter, a start, a step
 * and a length; slicing makes a new view of the same exporter. The data
 * pointer is looked up again at every access, and a view whose bytearray
 * has since shrunk raises instead of reading past the end. Releasing
 * (release(), or leaving a `with` block) makes every later operation fail
 * with ValueError, as in CPython. Not yet: cast(), multi-dimensional
 * shapes, other formats, and the exports lock that stops a viewed
 * bytearray from resizing. */
#include <stdio.h>
#include <string.h>
#include "memoryview.h"
#include "bytearray.h"
#include "bytes.h"
#include "exceptions.h"
#include "int.h"
#include "iterators.h"
#include "list.h"
#include "sequtil.h"
#include "slice.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../util/strbuf.h"
#include "../vm/exc.h"

typedef memoryview_object mv;

static mv *MV(value v) { return (mv *)v_obj(v); }

static void mv_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((mv *)o)->obj); }

/* The exporter's bytes, checked against the view's extent; NULL with
 * ValueError when released, BufferError when the exporter shrank. */
static const char *mv_base(value v)
{
    mv *m = MV(v);
    if (!m->obj) {
        exc_raise(&exc_ValueError, "operation forbidden on released memoryview object");
        return NULL;
    }
    const char *d;
    size_t n;
    if (!buffer_get(m->obj, &d, &n)) {
        exc_raise(&exc_TypeError, "memoryview: invalid exporter");
        return NULL;
    }
    if (m->len > 0) {
        int64_t last = m->start + (m->len - 1) * m->step;
        if (m->start < 0 || m->start >= (int64_t)n || last < 0 || last >= (int64_t)n) {
            exc_raise(&exc_BufferError, "memoryview: underlying buffer was resized");
            return NULL;
        }
    }
    return d;
}

bool memoryview_buffer(value v, const char **data, size_t *size)
{
    mv *m = MV(v);
    if (!m->obj || (m->step != 1 && m->len > 1))
        return false;
    const char *d = mv_base(v);
    if (!d) {
        exc_clear();
        return false;
    }
    *data = d + (m->len ? m->start : 0);
    *size = (size_t)m->len;
    return true;
}

static value mv_make(value obj, int64_t start, int64_t step, int64_t len, bool readonly)
{
    mv *m = (mv *)gc_alloc(&memoryview_type, sizeof(mv));
    if (!m)
        return V_NULL;
    m->obj = obj;
    m->start = start;
    m->step = step;
    m->len = len;
    m->readonly = readonly;
    return v_from_obj(m);
}

static value mv_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"object", NULL};
    value a[1];
    if (str_parse_args("memoryview", argc, argv, kwnames, names, 1, a) < 0)
        return V_NULL;
    value o = a[0];
    if (v_is_ptr(o) && v_obj(o)->type == &memoryview_type) {
        if (!mv_base(o))
            return V_NULL;
        return mv_make(MV(o)->obj, MV(o)->start, MV(o)->step, MV(o)->len, MV(o)->readonly);
    }
    const char *d;
    size_t n;
    if (!buffer_get(o, &d, &n))
        return exc_raise(&exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", v_type_name(o));
    return mv_make(o, 0, 1, (int64_t)n, !v_is_bytearray(o));
}

/* The view's bytes, gathered (for strided views), as a bytes object. */
static value mv_tobytes_v(value v)
{
    const char *d = mv_base(v);
    if (!d)
        return V_NULL;
    mv *m = MV(v);
    if (m->step == 1)
        return bytes_from(d + m->start, (size_t)m->len);
    value r = bytes_from(NULL, (size_t)m->len);
    if (!r)
        return V_NULL;
    for (int64_t i = 0; i < m->len; i++)
        v_bytes(r)->data[i] = d[m->start + i * m->step];
    return r;
}

static int64_t mv_len(value v)
{
    if (!mv_base(v))
        return -1;
    return MV(v)->len;
}

static value mv_getitem(value v, value key)
{
    const char *d = mv_base(v);
    if (!d)
        return V_NULL;
    mv *m = MV(v);
    if (v_is_slice(key)) {
        int64_t start, stop, step, len;
        if (slice_unpack(key, m->len, &start, &stop, &step, &len) < 0)
            return V_NULL;
        return mv_make(m->obj, m->start + start * m->step, m->step * step, len, m->readonly);
    }
    if (v_is_ptr(key) && v_obj(key)->type == &tuple_type)
        return exc_raise(&exc_TypeError, "memoryview: invalid slice key");
    if (!v_is_int(key) && !v_type(key)->nb_index)
        return exc_raise(&exc_TypeError, "memoryview: invalid slice key");
    int64_t i;
    if (seq_index(key, m->len, "memoryview", &i) < 0)
        return V_NULL;
    if (i < 0 || i >= m->len)
        return exc_raise(&exc_IndexError, "index out of bounds on dimension 1");
    return v_small((unsigned char)d[m->start + i * m->step]);
}

static int mv_setitem(value v, value key, value x)
{
    const char *d = mv_base(v);
    if (!d)
        return -1;
    mv *m = MV(v);
    if (m->readonly) {
        exc_raise(&exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!x) {
        exc_raise(&exc_TypeError, "cannot delete memory");
        return -1;
    }
    char *w = (char *)d;
    if (v_is_slice(key)) {
        int64_t start, stop, step, len;
        if (slice_unpack(key, m->len, &start, &stop, &step, &len) < 0)
            return -1;
        const char *s;
        size_t n;
        if (!buffer_get(x, &s, &n)) {
            exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(x));
            return -1;
        }
        if ((int64_t)n != len) {
            exc_raise(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        char tmp[256];
        char *copy = n <= sizeof tmp ? tmp : gc_alloc_raw(n);
        if (!copy)
            return -1;
        memcpy(copy, s, n);
        for (int64_t i = 0; i < len; i++)
            w[m->start + (start + i * step) * m->step] = copy[i];
        return 0;
    }
    if (!v_is_int(key) && !v_type(key)->nb_index) {
        exc_raise(&exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    int64_t i;
    if (seq_index(key, m->len, "memoryview", &i) < 0)
        return -1;
    if (i < 0 || i >= m->len) {
        exc_raise(&exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    if (!v_is_int(x) && !v_type(x)->nb_index) {
        exc_raise(&exc_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    int64_t c;
    if (str_arg_index(x, &c, 1) < 0)
        return -1;
    if (c < 0 || c > 255) {
        exc_raise(&exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    w[m->start + i * m->step] = (char)c;
    return 0;
}

static value mv_richcompare(value a, value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return V_NOTIMPL;
    value self = v_is_ptr(a) && v_obj(a)->type == &memoryview_type ? a : b, other = self == a ? b : a;
    if (a == b)
        return v_bool(op == CMP_EQ);
    if (!MV(self)->obj)
        return v_bool(op == CMP_NE);
    if (v_is_ptr(other) && v_obj(other)->type == &memoryview_type && !MV(other)->obj)
        return v_bool(op == CMP_NE);
    const char *y;
    size_t ny;
    value ob = other;
    if (v_is_ptr(other) && v_obj(other)->type == &memoryview_type) {
        if (!(ob = mv_tobytes_v(other)))
            return V_NULL;
    }
    if (!buffer_get(ob, &y, &ny))
        return V_NOTIMPL;
    value sb = mv_tobytes_v(self);
    if (!sb)
        return V_NULL;
    bool eq = bytes_size(sb) == ny && memcmp(bytes_data(sb), y, ny) == 0;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int mv_hash(value v, int64_t *out)
{
    if (!mv_base(v))
        return -1;
    if (!MV(v)->readonly) {
        exc_raise(&exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    value b = mv_tobytes_v(v);
    if (!b)
        return -1;
    *out = str_hash_bytes(bytes_data(b), bytes_size(b));
    return 0;
}

static value mv_repr(value v)
{
    char buf[64];
    snprintf(buf, sizeof buf, "<%smemory at %p>", MV(v)->obj ? "" : "released ", (void *)v_obj(v));
    return str_from_cstr(buf);
}

static value mv_iter(value v)
{
    if (!mv_base(v))
        return V_NULL;
    return seq_iter_new(v);
}

/* -- Methods --------------------------------------------------------------- */

static value mv_tobytes(value self, int argc, const value *argv, value kwnames)
{
    return mv_tobytes_v(self);
}

static value mv_tolist(value self, int argc, const value *argv, value kwnames)
{
    value b = mv_tobytes_v(self);
    if (!b)
        return V_NULL;
    value l = list_new(0);
    if (!l)
        return V_NULL;
    for (size_t i = 0; i < bytes_size(b); i++)
        if (list_append(l, v_small((unsigned char)bytes_data(b)[i])) < 0)
            return V_NULL;
    return l;
}

static value mv_hex(value self, int argc, const value *argv, value kwnames)
{
    value b = mv_tobytes_v(self);
    if (!b)
        return V_NULL;
    size_t n = bytes_size(b);
    strbuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)bytes_data(b)[i];
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

static value mv_release(value self, int argc, const value *argv, value kwnames)
{
    MV(self)->obj = V_NULL;
    return V_NONE;
}

static value mv_enter(value self, int argc, const value *argv, value kwnames)
{
    if (!mv_base(self))
        return V_NULL;
    return self;
}

static value mv_exit(value self, int argc, const value *argv, value kwnames)
{
    MV(self)->obj = V_NULL;
    return V_NONE;
}

static value mv_toreadonly(value self, int argc, const value *argv, value kwnames)
{
    if (!mv_base(self))
        return V_NULL;
    mv *m = MV(self);
    return mv_make(m->obj, m->start, m->step, m->len, true);
}

/* -- Attributes ------------------------------------------------------------ */

static value mv_get_obj(value self) { return mv_base(self) ? MV(self)->obj : V_NULL; }
static value mv_get_readonly(value self) { return mv_base(self) ? v_bool(MV(self)->readonly) : V_NULL; }
static value mv_get_format(value self) { return mv_base(self) ? str_from_cstr("B") : V_NULL; }
static value mv_get_itemsize(value self) { return mv_base(self) ? v_small(1) : V_NULL; }
static value mv_get_nbytes(value self) { return mv_base(self) ? v_small(MV(self)->len) : V_NULL; }
static value mv_get_ndim(value self) { return mv_base(self) ? v_small(1) : V_NULL; }
static value mv_get_shape(value self) { return mv_base(self) ? tuple_pack(1, v_small(MV(self)->len)) : V_NULL; }
static value mv_get_strides(value self) { return mv_base(self) ? tuple_pack(1, v_small(MV(self)->step)) : V_NULL; }
static value mv_get_contiguous(value self)
{
    return mv_base(self) ? v_bool(MV(self)->step == 1 || MV(self)->len <= 1) : V_NULL;
}

static const method_def memoryview_methods[] = {
    {"tobytes", mv_tobytes, METH_KEYWORDS, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, METH_NOARGS, NULL},
    {"release", mv_release, METH_NOARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mv_toreadonly, METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", mv_enter, METH_NOARGS, NULL},
    {"__exit__", mv_exit, METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

static const getset_def memoryview_getsets[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview."},
    {"readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only."},
    {"format", mv_get_format, NULL, NULL},
    {"itemsize", mv_get_itemsize, NULL, NULL},
    {"nbytes", mv_get_nbytes, NULL, NULL},
    {"ndim", mv_get_ndim, NULL, NULL},
    {"shape", mv_get_shape, NULL, NULL},
    {"strides", mv_get_strides, NULL, NULL},
    {"contiguous", mv_get_contiguous, NULL, NULL},
    {"c_contiguous", mv_get_contiguous, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

type_object memoryview_type = {
    .hdr = {.type = &type_type},
    .name = "memoryview",
    .basicsize = sizeof(memoryview_object),
    .base = &object_type,
    .trace = mv_trace,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .getattr = obj_generic_getattr,
    .iter = mv_iter,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .new = mv_new,
    .methods = memoryview_methods,
    .getsets = memoryview_getsets,
};
