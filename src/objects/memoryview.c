/* memoryview (memoryview.h). A view keeps its exporter, the byte offset
 * of its first item, and per dimension a shape and a stride in bytes;
 * slicing (first dimension) makes a new view of the same exporter, and
 * cast() reinterprets a C-contiguous view with another native format and
 * shape. Items are packed and unpacked per struct format (b B c h H i I
 * l L q Q n N f d ? P, native sizes, little-endian x86-64 as the only
 * target). Comparison is item by item on unpacked values, as CPython's.
 *
 * The exporter's data pointer is looked up again at every access, and a
 * view whose bytearray has shrunk under it raises instead of reading past
 * the end (possible only through a view that skipped the export count).
 * A live, unreleased view of a bytearray is one of its exports; with no
 * reference counting a dropped view stays counted until a collection
 * finds it dead, so bytearray asks for one before refusing to resize
 * (bytearray.c), and the view's C finalizer gives the export back.
 * Releasing (release(), or leaving a `with` block) makes every later
 * operation fail with ValueError, as in CPython. */
#include <stdio.h>
#include <string.h>
#include "memoryview.h"
#include "bytearray.h"
#include "bytes.h"
#include "bytes_methods.h"
#include "exceptions.h"
#include "float.h"
#include "int.h"
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

/* The view's export of a bytearray ends (release, or the view died). */
static void end_export(mv *m)
{
    int64_t *ex = m->exporting && m->obj ? buffer_exports(m->obj) : NULL;
    if (ex)
        (*ex)--;
    m->exporting = false;
}

static void mv_finalize(object *o) { end_export((mv *)o); }

/* -- Formats ------------------------------------------------------------------ */

static int format_size(char f)
{
    switch (f) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

/* The format character of a view ("@h" -> 'h'). */
static char fmt_char(const mv *m) { return m->format[0] == '@' ? m->format[1] : m->format[0]; }

static bool is_byte_format(char f) { return f == 'B' || f == 'b' || f == 'c'; }

static value unpack(char f, const char *p)
{
    switch (f) {
    case 'w': return exc_raise(&exc_NotImplementedError, "memoryview: format w not supported");
    case 'b': return v_small((int8_t)p[0]);
    case 'B': return v_small((uint8_t)p[0]);
    case 'c': return bytes_from(p, 1);
    case '?': return v_bool(p[0] != 0);
    case 'h': { int16_t x; memcpy(&x, p, 2); return v_small(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return v_small(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return v_small(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return v_small(x); }
    case 'l': case 'q': case 'n': { int64_t x; memcpy(&x, p, 8); return int_from_i64(x); }
    case 'f': { float x; memcpy(&x, p, 4); return float_new(x); }
    case 'd': { double x; memcpy(&x, p, 8); return float_new(x); }
    default: { uint64_t x; memcpy(&x, p, 8); return int_from_u64(x); }
    }
}

static value invalid(type_object *t, const char *what, char f)
{
    return exc_raise(t, "memoryview: invalid %s for format '%c'", what, f);
}

/* An integer item within [lo, hi] (unsigned 64-bit when hi is UINT64_MAX). */
static int pack_int(char f, value v, int64_t lo, uint64_t hi, uint64_t *out)
{
    if (!v_is_int_like(v) && !v_type(v)->nb_index) {
        invalid(&exc_TypeError, "type", f);
        return -1;
    }
    value i = v_is_int_like(v) ? v : obj_index(v);
    if (!i)
        return -1;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    bool ok;
    if (lo < 0)
        ok = mpz_cmp_si(z, (long)lo) >= 0 && mpz_cmp_ui(z, (unsigned long)hi) <= 0;
    else
        ok = mpz_sgn(z) >= 0 && mpz_cmp_ui(z, (unsigned long)hi) <= 0;
    if (ok)
        *out = lo < 0 ? (uint64_t)mpz_get_si(z) : (uint64_t)mpz_get_ui(z);
    mpz_clear(z);
    if (!ok) {
        invalid(&exc_ValueError, "value", f);
        return -1;
    }
    return 0;
}

/* Writes v as format f at p (itemsize bytes). */
static int pack(char f, char *p, value v)
{
    uint64_t u;
    switch (f) {
    case 'w':
        exc_raise(&exc_NotImplementedError, "memoryview: format w not supported");
        return -1;
    case 'c': {
        if (!v_isinstance(v, &bytes_type)) {
            invalid(&exc_TypeError, "type", f);
            return -1;
        }
        if (bytes_size(v) != 1) {
            invalid(&exc_ValueError, "value", f);
            return -1;
        }
        p[0] = bytes_data(v)[0];
        return 0;
    }
    case '?': {
        int t = obj_truthy(v);
        if (t < 0)
            return -1;
        p[0] = (char)t;
        return 0;
    }
    case 'f': case 'd': {
        double x;
        if (!v_is_float(v) && !v_is_int_like(v) && !v_type(v)->nb_float) {
            invalid(&exc_TypeError, "type", f);
            return -1;
        }
        if (obj_as_double(v, &x) < 0)
            return -1;
        if (f == 'f') {
            float y = (float)x;
            memcpy(p, &y, 4);
        } else {
            memcpy(p, &x, 8);
        }
        return 0;
    }
    case 'b': if (pack_int(f, v, INT8_MIN, INT8_MAX, &u) < 0) return -1; break;
    case 'B': if (pack_int(f, v, 0, UINT8_MAX, &u) < 0) return -1; break;
    case 'h': if (pack_int(f, v, INT16_MIN, INT16_MAX, &u) < 0) return -1; break;
    case 'H': if (pack_int(f, v, 0, UINT16_MAX, &u) < 0) return -1; break;
    case 'i': if (pack_int(f, v, INT32_MIN, INT32_MAX, &u) < 0) return -1; break;
    case 'I': if (pack_int(f, v, 0, UINT32_MAX, &u) < 0) return -1; break;
    case 'l': case 'q': case 'n':
        if (pack_int(f, v, INT64_MIN, INT64_MAX, &u) < 0) return -1;
        break;
    default:
        if (pack_int(f, v, 0, UINT64_MAX, &u) < 0) return -1;
        break;
    }
    memcpy(p, &u, (size_t)format_size(f));   /* little-endian: the low bytes */
    return 0;
}

/* -- The view's memory ---------------------------------------------------------- */

static int64_t nitems(const mv *m)
{
    int64_t n = 1;
    for (int i = 0; i < m->ndim; i++)
        n *= m->shape[i];
    return n;
}

static bool c_contiguous(const mv *m)
{
    int64_t want = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        if (m->shape[i] > 1 && m->strides[i] != want)
            return false;
        if (m->shape[i] == 0)
            return true;
        want *= m->shape[i];
    }
    return true;
}

static bool f_contiguous(const mv *m)
{
    int64_t want = m->itemsize;
    for (int i = 0; i < m->ndim; i++) {
        if (m->shape[i] > 1 && m->strides[i] != want)
            return false;
        if (m->shape[i] == 0)
            return true;
        want *= m->shape[i];
    }
    return true;
}

static value released(void)
{
    return exc_raise(&exc_ValueError, "operation forbidden on released memoryview object");
}

/* The exporter's bytes, checked against the view's extent; NULL with
 * ValueError when released, BufferError when the exporter shrank. */
static char *mv_base(value v)
{
    mv *m = MV(v);
    if (!m->obj) {
        released();
        return NULL;
    }
    const char *d;
    size_t n;
    if (!buffer_get(m->obj, &d, &n)) {
        exc_raise(&exc_TypeError, "memoryview: invalid exporter");
        return NULL;
    }
    if (nitems(m) > 0) {
        int64_t lo = m->start, hi = m->start + m->itemsize;
        for (int i = 0; i < m->ndim; i++) {
            int64_t span = (m->shape[i] - 1) * m->strides[i];
            if (span < 0)
                lo += span;
            else
                hi += span;
        }
        if (lo < 0 || hi > (int64_t)n) {
            exc_raise(&exc_BufferError, "memoryview: underlying buffer was resized");
            return NULL;
        }
    }
    return (char *)d;
}

bool memoryview_buffer(value v, const char **data, size_t *size)
{
    mv *m = MV(v);
    if (!m->obj || !c_contiguous(m))
        return false;
    char *d = mv_base(v);
    if (!d) {
        exc_clear();
        return false;
    }
    *data = d + m->start;
    *size = (size_t)(nitems(m) * m->itemsize);
    return true;
}

static value mv_alloc(value obj, bool readonly)
{
    mv *m = (mv *)gc_alloc(&memoryview_type, sizeof(mv));
    if (!m)
        return V_NULL;
    m->obj = obj;
    m->readonly = readonly;
    int64_t *ex = buffer_exports(obj);
    if (ex) {
        (*ex)++;
        m->exporting = true;
    }
    return v_from_obj(m);
}

/* A new view of the same memory with the same format and shape. */
static value mv_copy(value v, bool readonly)
{
    mv *src = MV(v);
    value r = mv_alloc(src->obj, readonly);
    if (!r)
        return V_NULL;
    mv *m = MV(r);
    m->start = src->start;
    m->ndim = src->ndim;
    m->itemsize = src->itemsize;
    memcpy(m->format, src->format, sizeof m->format);
    memcpy(m->shape, src->shape, sizeof m->shape);
    memcpy(m->strides, src->strides, sizeof m->strides);
    return r;
}

static value mv_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"object", NULL};
    value a[1];
    if (str_parse_args("memoryview", argc, argv, kwnames, names, 1, a) < 0)
        return V_NULL;
    value o = a[0];
    if (v_is_memoryview(o)) {
        if (!mv_base(o))
            return V_NULL;
        return mv_copy(o, MV(o)->readonly);
    }
    const char *d;
    size_t n;
    if (!buffer_get(o, &d, &n))
        return exc_raise(&exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", v_type_name(o));
    value r = mv_alloc(o, !buffer_exports(o));
    if (!r)
        return V_NULL;
    mv *m = MV(r);
    m->ndim = 1;
    m->itemsize = 1;
    m->format[0] = 'B';
    const buffer_exporter *e = buffer_exporter_of(o);
    if (e)   /* array.array: its own format ('w' for 'u', unsupported here as in CPython) */
        m->format[0] = e->format(o, &m->itemsize);
    m->shape[0] = (int64_t)n / m->itemsize;
    m->strides[0] = m->itemsize;
    return r;
}

/* -- Walking the items ------------------------------------------------------------ */

/* The nested list of items from dimension `dim` at byte offset `off`. */
static value list_from(const mv *m, const char *base, int dim, int64_t off)
{
    char f = fmt_char(m);
    if (dim == m->ndim)
        return unpack(f, base + off);
    value l = list_new(0);
    if (!l)
        return V_NULL;
    for (int64_t i = 0; i < m->shape[dim]; i++) {
        value x = list_from(m, base, dim + 1, off + i * m->strides[dim]);
        if (!x || list_append(l, x) < 0)
            return V_NULL;
    }
    return l;
}

/* Appends the raw bytes of every item, in C order, to sb. */
static void gather(const mv *m, const char *base, int dim, int64_t off, strbuf *sb)
{
    if (dim == m->ndim) {
        sb_append(sb, base + off, (size_t)m->itemsize);
        return;
    }
    if (dim == m->ndim - 1 && m->strides[dim] == m->itemsize) {
        sb_append(sb, base + off, (size_t)(m->shape[dim] * m->itemsize));
        return;
    }
    for (int64_t i = 0; i < m->shape[dim]; i++)
        gather(m, base, dim + 1, off + i * m->strides[dim], sb);
}

/* The view's bytes in C order, as a bytes object. */
static value mv_tobytes_v(value v)
{
    char *d = mv_base(v);
    if (!d)
        return V_NULL;
    mv *m = MV(v);
    if (c_contiguous(m))
        return bytes_from(d + m->start, (size_t)(nitems(m) * m->itemsize));
    strbuf sb;
    sb_init(&sb);
    gather(m, d, 0, m->start, &sb);
    if (sb.failed) {
        sb_free(&sb);
        return exc_no_memory();
    }
    value r = bytes_from(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

/* -- The sequence protocol ---------------------------------------------------------- */

static int64_t mv_len(value v)
{
    if (!mv_base(v))
        return -1;
    mv *m = MV(v);
    return m->ndim == 0 ? 1 : m->shape[0];
}

/* An item index; too big for a machine word is an IndexError, as CPython's. */
static int index_arg(value key, int64_t *out)
{
    if (str_arg_index(key, out, 0) == 0)
        return 0;
    if (exc_matches(&exc_OverflowError)) {
        exc_clear();
        exc_raise(&exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
}

/* The byte offset of the item a key names: an int (1-D) or a tuple of
 * ints (one per dimension); -1 with an exception. */
static int64_t item_offset(mv *m, value key)
{
    int64_t off = m->start;
    if (v_isinstance(key, &tuple_type)) {
        size_t n = tuple_len(key), slices = 0;
        for (size_t k = 0; k < n; k++)
            slices += v_is_slice(tuple_get(key, k));
        if (n && slices == n) {
            exc_raise(&exc_NotImplementedError, "multi-dimensional slicing is not implemented");
            return -1;
        }
        for (size_t k = 0; k < n; k++)
            if (!v_is_int(tuple_get(key, k)) && !v_type(tuple_get(key, k))->nb_index) {
                exc_raise(&exc_TypeError, "memoryview: invalid slice key");
                return -1;
            }
        if ((int)n < m->ndim) {
            exc_raise(&exc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        if ((int)n > m->ndim) {
            exc_raise(&exc_TypeError, "cannot index %d-dimension view with %zu-element tuple", m->ndim, n);
            return -1;
        }
        for (size_t k = 0; k < n; k++) {
            int64_t i;
            if (index_arg(tuple_get(key, k), &i) < 0)
                return -1;
            if (i < 0)
                i += m->shape[k];
            if (i < 0 || i >= m->shape[k]) {
                exc_raise(&exc_IndexError, "index out of bounds on dimension %zu", k + 1);
                return -1;
            }
            off += i * m->strides[k];
        }
        return off;
    }
    if (!v_is_int(key) && !v_type(key)->nb_index) {
        exc_raise(&exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    if (m->ndim == 0) {
        exc_raise(&exc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (m->ndim > 1) {
        exc_raise(&exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        return -1;
    }
    int64_t i;
    if (index_arg(key, &i) < 0)
        return -1;
    if (i < 0)
        i += m->shape[0];
    if (i < 0 || i >= m->shape[0]) {
        exc_raise(&exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    return off + i * m->strides[0];
}

static value mv_getitem(value v, value key)
{
    char *d = mv_base(v);
    if (!d)
        return V_NULL;
    mv *m = MV(v);
    if (m->ndim == 0) {
        if (key == V_ELLIPSIS)
            return v;
        if (v_isinstance(key, &tuple_type) && tuple_len(key) == 0)
            return unpack(fmt_char(m), d + m->start);
        return exc_raise(&exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (v_is_slice(key)) {
        if (m->ndim == 0)
            return exc_raise(&exc_TypeError, "invalid indexing of 0-dim memory");
        int64_t start, stop, step, len;
        if (slice_unpack(key, m->shape[0], &start, &stop, &step, &len) < 0)
            return V_NULL;
        if (!mv_base(v))   /* an __index__ may have released the view */
            return V_NULL;
        value r = mv_copy(v, m->readonly);
        if (!r)
            return V_NULL;
        mv *s = MV(r);
        s->start = m->start + start * m->strides[0];
        s->shape[0] = len;
        s->strides[0] = m->strides[0] * step;
        return r;
    }
    int64_t off = item_offset(m, key);
    if (off < 0 || !(d = mv_base(v)))
        return V_NULL;
    return unpack(fmt_char(m), d + off);
}

static int mv_setitem(value v, value key, value x)
{
    char *d = mv_base(v);
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
    if (v_is_slice(key)) {
        if (m->ndim != 1) {
            exc_raise(&exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
            return -1;
        }
        int64_t start, stop, step, len;
        if (slice_unpack(key, m->shape[0], &start, &stop, &step, &len) < 0)
            return -1;
        /* the source as a view: its format and shape must match */
        value src = v_is_memoryview(x) ? x : V_NULL;
        const char *s;
        size_t n;
        value tmp = V_NULL;
        if (!src) {
            if (!buffer_get(x, &s, &n)) {
                exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(x));
                return -1;
            }
            if (fmt_char(m) != 'B' || (int64_t)n != len) {
                exc_raise(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
                return -1;
            }
            tmp = bytes_from(s, n);
        } else {
            mv *o = MV(src);
            if (!mv_base(src))
                return -1;
            if (o->ndim != 1 || o->shape[0] != len || fmt_char(o) != fmt_char(m)) {
                exc_raise(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
                return -1;
            }
            tmp = mv_tobytes_v(src);   /* a copy: the two may overlap */
        }
        if (!tmp || !(d = mv_base(v)))
            return -1;
        for (int64_t i = 0; i < len; i++)
            memcpy(d + m->start + (start + i * step) * m->strides[0], bytes_data(tmp) + i * m->itemsize,
                   (size_t)m->itemsize);
        return 0;
    }
    int64_t off;
    if (m->ndim == 0) {
        if (key != V_ELLIPSIS && !(v_isinstance(key, &tuple_type) && tuple_len(key) == 0)) {
            exc_raise(&exc_TypeError, "invalid indexing of 0-dim memory");
            return -1;
        }
        off = m->start;
    } else if ((off = item_offset(m, key)) < 0) {
        return -1;
    }
    char buf[8];
    if (pack(fmt_char(m), buf, x) < 0 || !(d = mv_base(v)))
        return -1;
    memcpy(d + off, buf, (size_t)m->itemsize);
    return 0;
}

/* -- Comparison, hash, repr ------------------------------------------------------------ */

/* Item-by-item equality of two views (or a view and a 'B' buffer). */
static value mv_richcompare(value a, value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return V_NOTIMPL;
    if (a == b)
        return v_bool(op == CMP_EQ);
    value self = v_is_memoryview(a) ? a : b, other = self == a ? b : a;
    if (!MV(self)->obj || (v_is_memoryview(other) && !MV(other)->obj))
        return v_bool(op == CMP_NE);
    value ov = other;
    if (!v_is_memoryview(other)) {
        const char *d;
        size_t n;
        if (!buffer_get(other, &d, &n))
            return V_NOTIMPL;
        ov = mv_new(&memoryview_type, 1, &other, V_NULL);
        if (!ov)
            return V_NULL;
    }
    mv *x = MV(self), *y = MV(ov);
    bool eq = x->ndim == y->ndim;
    for (int i = 0; eq && i < x->ndim; i++)
        eq = x->shape[i] == y->shape[i];
    if (eq && fmt_char(x) == fmt_char(y) && fmt_char(x) != 'f' && fmt_char(x) != 'd') {
        value bx = mv_tobytes_v(self), by = bx ? mv_tobytes_v(ov) : V_NULL;
        if (!by)
            return V_NULL;
        eq = memcmp(bytes_data(bx), bytes_data(by), bytes_size(bx)) == 0;
    } else if (eq) {
        char *dx = mv_base(self), *dy = dx ? mv_base(ov) : NULL;
        if (!dy)
            return V_NULL;
        value lx = list_from(x, dx, 0, x->start), ly = lx ? list_from(y, dy, 0, y->start) : V_NULL;
        if (!ly)
            return V_NULL;
        int r = obj_richcompare_bool(lx, ly, CMP_EQ);
        if (r < 0)
            return V_NULL;
        eq = r;
    }
    if (ov != other)
        end_export(MV(ov));
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
    if (!is_byte_format(fmt_char(MV(v)))) {
        exc_raise(&exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
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

/* -- The iterator ---------------------------------------------------------------------- */

typedef struct mv_iter {
    object hdr;
    value view;     /* V_NULL when exhausted */
    int64_t pos;
} mv_iter;

static void mi_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((mv_iter *)o)->view); }
static value mi_iter(value it) { return it; }

static value mi_next(value v)
{
    mv_iter *it = (mv_iter *)v_obj(v);
    if (!it->view)
        return V_NULL;
    char *d = mv_base(it->view);
    if (!d)
        return V_NULL;
    mv *m = MV(it->view);
    if (it->pos >= m->shape[0]) {
        it->view = V_NULL;
        return V_NULL;
    }
    return unpack(fmt_char(m), d + m->start + it->pos++ * m->strides[0]);
}

type_object memory_iterator_type = {
    .hdr = {.type = &type_type},
    .name = "memory_iterator",
    .basicsize = sizeof(mv_iter),
    .trace = mi_trace,
    .getattr = obj_generic_getattr,
    .iter = mi_iter,
    .iternext = mi_next,
};

static value mv_iter_new(value v)
{
    if (!mv_base(v))
        return V_NULL;
    mv *m = MV(v);
    if (m->ndim == 0)
        return exc_raise(&exc_TypeError, "invalid indexing of 0-dim memory");
    if (m->ndim > 1)
        return exc_raise(&exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    mv_iter *it = (mv_iter *)gc_alloc(&memory_iterator_type, sizeof(mv_iter));
    if (!it)
        return V_NULL;
    it->view = v;
    return v_from_obj(it);
}

/* -- Methods --------------------------------------------------------------------------- */

static value mv_tobytes(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"order", NULL};
    value a[1];
    if (str_parse_args("tobytes", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    if (a[0] && a[0] != V_NONE) {
        if (!v_is_str_like(a[0]))
            return exc_raise(&exc_TypeError, "tobytes() argument 'order' must be str or None, not %s",
                             v_type_name(a[0]));
        if (!str_eq_cstr(a[0], "C") && !str_eq_cstr(a[0], "F") && !str_eq_cstr(a[0], "A"))
            return exc_raise(&exc_ValueError, "order must be 'C', 'F' or 'A'");
    }
    return mv_tobytes_v(self);
}

static value mv_tolist(value self, int argc, const value *argv, value kwnames)
{
    char *d = mv_base(self);
    if (!d)
        return V_NULL;
    return list_from(MV(self), d, 0, MV(self)->start);
}

static value mv_hex(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    value a[2];
    if (str_parse_args("hex", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    char sep;
    int64_t per;
    if (bytes_hex_args(a[0], a[1], &sep, &per) < 0)
        return V_NULL;
    value b = mv_tobytes_v(self);
    if (!b)
        return V_NULL;
    return bytes_hex_str(bytes_data(b), bytes_size(b), sep, per);
}

static value mv_release(value self, int argc, const value *argv, value kwnames)
{
    end_export(MV(self));
    MV(self)->obj = V_NULL;
    return V_NONE;
}

static value mv_enter(value self, int argc, const value *argv, value kwnames)
{
    if (!mv_base(self))
        return V_NULL;
    return self;
}

static value mv_toreadonly(value self, int argc, const value *argv, value kwnames)
{
    if (!mv_base(self))
        return V_NULL;
    return mv_copy(self, true);
}

/* The shape argument of cast: a list or tuple of positive ints. */
static int cast_shape(value sv, int64_t *shape, int *ndim)
{
    if (!v_isinstance(sv, &list_type) && !v_isinstance(sv, &tuple_type)) {
        exc_raise(&exc_TypeError, "shape must be a list or a tuple");
        return -1;
    }
    value t = v_isinstance(sv, &tuple_type) ? sv : list_as_tuple(sv);
    if (!t)
        return -1;
    size_t n = tuple_len(t);
    if (n > MV_MAXDIM) {
        exc_raise(&exc_ValueError, "memoryview: number of dimensions must not exceed %d", MV_MAXDIM);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        value x = tuple_get(t, i);
        if (!v_is_int_like(x)) {
            exc_raise(&exc_TypeError, "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        int64_t k;
        if (int_as_i64(x, &k) < 0)
            return -1;
        if (k <= 0) {
            exc_raise(&exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        shape[i] = k;
    }
    *ndim = (int)n;
    return 0;
}

static value mv_cast(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"format", "shape", NULL};
    value a[2];
    if (str_parse_args("cast", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    if (!a[0])
        return exc_raise(&exc_TypeError, "cast() missing required argument 'format' (pos 1)");
    if (!v_is_str_like(a[0]))
        return exc_raise(&exc_TypeError, "cast() argument 'format' must be str, not %s", str_arg_type_name(a[0]));
    if (!mv_base(self))
        return V_NULL;
    mv *m = MV(self);
    if (!c_contiguous(m))
        return exc_raise(&exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    const char *fs = str_data(a[0]);
    size_t fl = str_size(a[0]);
    char f = fl == 1 ? fs[0] : fl == 2 && fs[0] == '@' ? fs[1] : 0;
    int size = format_size(f);
    if (!size)
        return exc_raise(&exc_ValueError, "memoryview: destination format must be a native single character "
                                          "format prefixed with an optional '@'");
    if (!is_byte_format(fmt_char(m)) && !is_byte_format(f))
        return exc_raise(&exc_TypeError, "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = nitems(m) * m->itemsize;
    int64_t shape[MV_MAXDIM];
    int ndim = 1;
    if (a[1] && a[1] != V_NONE) {
        if (cast_shape(a[1], shape, &ndim) < 0)
            return V_NULL;
        if (m->ndim != 1 && ndim != 1)
            return exc_raise(&exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
        int64_t prod = size;
        for (int i = 0; i < ndim; i++)
            prod *= shape[i];
        if (prod != nbytes)
            return exc_raise(&exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
    } else {
        if (nbytes % size)
            return exc_raise(&exc_TypeError, "memoryview: length is not a multiple of itemsize");
        shape[0] = nbytes / size;
    }
    value r = mv_alloc(m->obj, m->readonly);
    if (!r)
        return V_NULL;
    mv *c = MV(r);
    c->start = m->start;
    c->itemsize = size;
    memcpy(c->format, fs, fl);
    c->ndim = ndim;
    int64_t stride = size;
    for (int i = ndim - 1; i >= 0; i--) {
        c->shape[i] = shape[i];
        c->strides[i] = stride;
        stride *= shape[i];
    }
    return r;
}

/* -- Attributes -------------------------------------------------------------------------- */

static value tuple_of(const int64_t *xs, int n)
{
    value t = tuple_new((size_t)n);
    if (!t)
        return V_NULL;
    for (int i = 0; i < n; i++)
        tuple_items(t)[i] = v_small(xs[i]);
    return t;
}

static value mv_get_obj(value self) { return mv_base(self) ? MV(self)->obj : V_NULL; }
static value mv_get_readonly(value self) { return mv_base(self) ? v_bool(MV(self)->readonly) : V_NULL; }
static value mv_get_format(value self) { return mv_base(self) ? str_from_cstr(MV(self)->format) : V_NULL; }
static value mv_get_itemsize(value self) { return mv_base(self) ? v_small(MV(self)->itemsize) : V_NULL; }
static value mv_get_nbytes(value self)
{
    return mv_base(self) ? v_small(nitems(MV(self)) * MV(self)->itemsize) : V_NULL;
}
static value mv_get_ndim(value self) { return mv_base(self) ? v_small(MV(self)->ndim) : V_NULL; }
static value mv_get_shape(value self) { return mv_base(self) ? tuple_of(MV(self)->shape, MV(self)->ndim) : V_NULL; }
static value mv_get_strides(value self)
{
    return mv_base(self) ? tuple_of(MV(self)->strides, MV(self)->ndim) : V_NULL;
}
static value mv_get_suboffsets(value self) { return mv_base(self) ? tuple_empty() : V_NULL; }
static value mv_get_c_contiguous(value self) { return mv_base(self) ? v_bool(c_contiguous(MV(self))) : V_NULL; }
static value mv_get_f_contiguous(value self) { return mv_base(self) ? v_bool(f_contiguous(MV(self))) : V_NULL; }
static value mv_get_contiguous(value self)
{
    return mv_base(self) ? v_bool(c_contiguous(MV(self)) || f_contiguous(MV(self))) : V_NULL;
}

static const method_def memoryview_methods[] = {
    {"tobytes", mv_tobytes, METH_KEYWORDS, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, METH_KEYWORDS, NULL},
    {"release", mv_release, METH_NOARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mv_toreadonly, METH_NOARGS, "Return a readonly version of the memoryview."},
    {"cast", mv_cast, METH_KEYWORDS, "Cast a memoryview to a new format or shape."},
    {"__enter__", mv_enter, METH_NOARGS, NULL},
    {"__exit__", mv_release, METH_FAST, NULL},
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
    {"suboffsets", mv_get_suboffsets, NULL, NULL},
    {"contiguous", mv_get_contiguous, NULL, NULL},
    {"c_contiguous", mv_get_c_contiguous, NULL, NULL},
    {"f_contiguous", mv_get_f_contiguous, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

type_object memoryview_type = {
    .hdr = {.type = &type_type},
    .name = "memoryview",
    .basicsize = sizeof(memoryview_object),
    .base = &object_type,
    .trace = mv_trace,
    .finalize = mv_finalize,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .getattr = obj_generic_getattr,
    .iter = mv_iter_new,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .new = mv_new,
    .methods = memoryview_methods,
    .getsets = memoryview_getsets,
};
