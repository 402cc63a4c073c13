/* bytes: the immutable byte string. This file has construction
 * (bytes(), (n), (iterable of ints), (bytes-like), (str, encoding[,
 * errors]), __bytes__, subclasses), repr, hash (the same SipHash as str,
 * so PYTHONHASHSEED=0 matches CPython), comparison, indexing and slicing,
 * + with any bytes-like object, *, `in`, and the iterator. The text
 * methods it shares with bytearray are in bytes_methods.c, % in
 * bytes_format.c, and the codecs behind decode in codecs.c. */
#include <stdio.h>
#include <string.h>
#include "bytes.h"
#include "bytearray.h"
#include "bytes_methods.h"
#include "codecs.h"
#include "exceptions.h"
#include "int.h"
#include "int_internal.h"
#include "sequtil.h"
#include "iterreduce.h"
#include "slice.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"
#include "../gc/gc.h"
#include "../vm/exc.h"
#include "../util/repr.h"
#include "../util/strbuf.h"

/* A bytes object (or an instance of a bytes subclass) of n bytes, copied
 * from s unless s is NULL (then zeros). */
static value bytes_alloc(type_object *type, const char *s, size_t n)
{
    if (n > ((size_t)1 << 60)) return exc_no_memory();
    /* a subclass's basicsize makes room for its __dict__ after the bytes */
    size_t base = type->basicsize > sizeof(bytes_object) ? type->basicsize : sizeof(bytes_object);
    bytes_object *b = (bytes_object *)gc_alloc(type, base + n + 1);
    if (!b) return V_NULL;
    b->hash = -1;
    b->size = n;
    if (n && s) memcpy(b->data, s, n);
    return v_from_obj(b);
}

value bytes_from(const char *s, size_t n) { return bytes_alloc(&bytes_type, s, n); }

/* -- repr, hash, comparison ------------------------------------------------------ */

static value b_repr(value v)
{
    strbuf sb;
    sb_init(&sb);
    repr_bytes(&sb, bytes_data(v), bytes_size(v));
    if (sb.failed) { sb_free(&sb); return exc_no_memory(); }
    value r = str_from_utf8(sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static int b_hash(value v, int64_t *out)
{
    bytes_object *b = v_bytes(v);
    if (b->hash == -1) b->hash = str_hash_bytes(b->data, b->size);
    *out = b->hash;
    return 0;
}

/* bytes against bytes only: bytearray and memoryview answer for the
 * mixed comparisons through their own reflected slots. */
static value b_richcompare(value a, value b, int op)
{
    if (!v_isinstance(a, &bytes_type) || !v_isinstance(b, &bytes_type)) return V_NOTIMPL;
    size_t na = bytes_size(a), nb = bytes_size(b);
    if ((op == CMP_EQ || op == CMP_NE) && na != nb) return v_bool(op == CMP_NE);
    int c = memcmp(bytes_data(a), bytes_data(b), na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb;
    return v_bool(cmp_result(c < 0 ? -1 : c > 0, op));
}

/* -- The sequence protocol ----------------------------------------------------- */

static int64_t b_len(value v) { return (int64_t)bytes_size(v); }

static value b_getitem(value v, value key)
{
    int64_t n = (int64_t)bytes_size(v);
    if (v_is_slice(key)) {
        int64_t start, stop, step, len;
        if (slice_unpack(key, n, &start, &stop, &step, &len) < 0) return V_NULL;
        if (step == 1) {
            if (len == n && v_is_bytes(v)) return v;
            return bytes_from(bytes_data(v) + start, len > 0 ? (size_t)len : 0);
        }
        value r = bytes_from(NULL, len > 0 ? (size_t)len : 0);
        if (!r) return V_NULL;
        for (int64_t i = 0; i < len; i++) v_bytes(r)->data[i] = bytes_data(v)[start + i * step];
        return r;
    }
    if (!v_is_int(key) && !v_type(key)->nb_index)
        return exc_raise(&exc_TypeError, "byte indices must be integers or slices, not %s", v_type_name(key));
    int64_t i;
    if (seq_index(key, n, "byte", &i) < 0) return V_NULL;
    if (i < 0 || i >= n) return exc_raise(&exc_IndexError, "index out of range");
    return v_small((unsigned char)bytes_data(v)[i]);
}

static value b_add(value a, value b)
{
    if (!v_isinstance(a, &bytes_type)) return V_NOTIMPL;
    const char *db;
    size_t nb;
    if (!buffer_get(b, &db, &nb)) {   /* bytes, bytearray, memoryview */
        if (seq_other_may_reflect(b, NB_ADD)) return V_NOTIMPL;
        return exc_raise(&exc_TypeError, "can't concat %s to %s", v_type_name(b), v_type_name(a));
    }
    size_t na = bytes_size(a);
    if (nb == 0 && v_is_bytes(a)) return a;
    if (na == 0 && v_is_bytes(b)) return b;
    value r = bytes_from(NULL, na + nb);
    if (!r) return V_NULL;
    memcpy(v_bytes(r)->data, bytes_data(a), na);
    memcpy(v_bytes(r)->data + na, db, nb);
    return r;
}

static bool is_bytes_like(value v) { return v_isinstance(v, &bytes_type); }

/* bytes * n, n * bytes */
static value b_mul(value a, value b)
{
    value seq;
    int64_t n;
    int r = seq_repeat_args(a, b, is_bytes_like, &seq, &n);
    if (r <= 0) return r == 0 ? V_NOTIMPL : V_NULL;
    size_t sz = bytes_size(seq);
    if (n == 1 && v_is_bytes(seq)) return seq;
    /* CPython: beyond Py_ssize_t an OverflowError, else the allocation fails */
    if (sz && (uint64_t)n > (uint64_t)INT64_MAX / sz)
        return exc_raise(&exc_OverflowError, "repeated bytes are too long");
    if (sz && (uint64_t)n > ((uint64_t)1 << 60) / sz) return exc_no_memory();
    size_t total = sz * (size_t)n;
    value res = bytes_from(NULL, total);
    if (!res) return V_NULL;
    char *d = v_bytes(res)->data;
    for (size_t done = 0; done < total; done += sz) memcpy(d + done, bytes_data(seq), sz);
    return res;
}

static value b_mod(value a, value b) { return bytes_mod(a, b); }

int bytes_contains(const char *hay, size_t n, value item)
{
    if (v_is_int(item) || v_type(item)->nb_index) {
        int64_t c;
        if (str_arg_index(item, &c, 1) < 0) return -1;
        if (c < 0 || c > 255) {
            exc_raise(&exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return n && memchr(hay, (int)c, n) != NULL;
    }
    const char *d;
    size_t dn;
    if (!buffer_get(item, &d, &dn)) {
        exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(item));
        return -1;
    }
    return str_find_bytes(hay, 0, n, d, dn, 0) >= 0;
}

/* `x in b`: an int in range(256), or a bytes-like substring. */
static int b_contains(value self, value item)
{
    if (v_is_int(item) || v_type(item)->nb_index) {
        int64_t c;   /* convert first: __index__ is Python code */
        if (str_arg_index(item, &c, 1) < 0) return -1;
        item = v_small(c < -1 ? -1 : c > 256 ? 256 : c);
    }
    return bytes_contains(bytes_data(self), bytes_size(self), item);
}

/* -- The iterator ------------------------------------------------------------------ */

typedef struct bytes_iter {
    object hdr;
    value b;        /* V_NULL when exhausted */
    size_t pos;
} bytes_iter;

static void bi_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((bytes_iter *)o)->b); }
static value bi_iter(value it) { return it; }

static value bi_next(value v)
{
    bytes_iter *it = (bytes_iter *)v_obj(v);
    if (!it->b) return V_NULL;
    if (it->pos >= bytes_size(it->b)) { it->b = V_NULL; return V_NULL; }
    return v_small((unsigned char)bytes_data(it->b)[it->pos++]);
}

static value bi_length_hint(value self, int argc, const value *argv, value kwnames)
{
    bytes_iter *it = (bytes_iter *)v_obj(self);
    return v_small(it->b ? (int64_t)(bytes_size(it->b) - it->pos) : 0);
}

/* Pickling as CPython: iter(b) advanced to the index, iter(()) once
 * exhausted. */
static value bi_reduce(value self, int argc, const value *argv, value kwnames)
{
    bytes_iter *it = (bytes_iter *)v_obj(self);
    if (!it->b) return iterreduce_pack("iter", tuple_empty(), V_NULL);
    value index = int_from_u64(it->pos);
    return index ? iterreduce_pack("iter", it->b, index) : V_NULL;
}

static value bi_setstate(value self, int argc, const value *argv, value kwnames)
{
    bytes_iter *it = (bytes_iter *)v_obj(self);
    int64_t i;
    if (iterreduce_index(argv[0], &i) < 0) return V_NULL;
    if (it->b) {
        int64_t n = (int64_t)bytes_size(it->b);
        it->pos = (size_t)(i < 0 ? 0 : i > n ? n : i);
    }
    return V_NONE;
}

static const method_def bi_methods[] = {
    {"__length_hint__", bi_length_hint, METH_NOARGS, NULL},
    {"__reduce__", bi_reduce, METH_NOARGS, NULL},
    {"__setstate__", bi_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

type_object bytes_iterator_type = {
    .hdr = {.type = &type_type},
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter),
    .trace = bi_trace,
    .getattr = obj_generic_getattr,
    .iter = bi_iter,
    .iternext = bi_next,
    .methods = bi_methods,
};

static value b_iter(value b)
{
    bytes_iter *it = (bytes_iter *)gc_alloc(&bytes_iterator_type, sizeof(bytes_iter));
    if (!it) return V_NULL;
    it->b = b;
    it->pos = 0;
    return v_from_obj(it);
}

/* -- Construction ------------------------------------------------------------------ */

/* The bytes of an iterable of ints into sb; `what` names the type in
 * "cannot convert 'X' object to bytes". Shared with bytearray(). */
int bytes_collect(value src, strbuf *sb, const char *what)
{
    const char *d;
    size_t n;
    if (buffer_get(src, &d, &n)) {
        sb_append(sb, d, n);
        return 0;
    }
    value it = obj_iter(src);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "cannot convert '%s' object to %s", v_type_name(src), what);
        }
        return -1;
    }
    bool is_bytes = !strcmp(what, "bytes");
    if (is_bytes) {   /* CPython pre-sizes bytes() by the length hint */
        int64_t hint;
        if (seq_length_hint(src, 64, &hint) < 0) return -1;
        if ((uint64_t)hint > gc_max_request()) {
            exc_no_memory();
            return -1;
        }
    }
    for (;;) {
        value x = obj_next(it);
        if (!x) return exc_occurred() ? -1 : 0;
        int64_t c;
        if (str_arg_index(x, &c, 1) < 0) return -1;
        if (c < 0 || c > 255) {
            exc_raise(&exc_ValueError, is_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            return -1;
        }
        sb_putc(sb, (char)c);
    }
}

/* bytes(x) where x defines __bytes__: 1 with *out set, 0 when it does
 * not, -1 on error. */
static int from_dunder_bytes(value x, value *out)
{
    value name = str_intern_cstr("__bytes__");
    if (!name) return -1;
    int found;
    value r = call_special(x, name, 0, NULL, &found);
    if (!r) return found || exc_occurred() ? -1 : 0;
    if (!v_isinstance(r, &bytes_type)) {
        exc_raise(&exc_TypeError, "__bytes__ returned non-bytes (type %s)", v_type_name(r));
        return -1;
    }
    *out = r;
    return 1;
}

static value b_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    value a[3];
    if (str_parse_args("bytes", argc, argv, kwnames, names, 0, a) < 0) return V_NULL;
    for (int i = 1; i < 3; i++)
        if (a[i] && !v_is_str_like(a[i]))
            return exc_raise(&exc_TypeError, "bytes() argument '%s' must be str, not %s", names[i],
                             str_arg_type_name(a[i]));
    value x = a[0];
    if (!x) {
        if (a[1] || a[2])
            return exc_raise(&exc_TypeError, a[1] ? "encoding without a string argument"
                                                  : "errors without a string argument");
        return bytes_alloc(type, "", 0);
    }
    if (a[1] || (a[2] && v_is_str_like(x))) {
        if (!v_is_str_like(x)) return exc_raise(&exc_TypeError, "encoding without a string argument");
        if (!a[1]) return exc_raise(&exc_TypeError, "string argument without an encoding");
        if (codec_check_name(a[1]) < 0 || (a[2] && codec_check_name(a[2]) < 0)) return V_NULL;
        value r = codec_encode(x, str_data(a[1]), a[2] ? str_data(a[2]) : "strict");
        if (!r || type == &bytes_type) return r;
        return bytes_alloc(type, bytes_data(r), bytes_size(r));
    }
    if (a[2]) return exc_raise(&exc_TypeError, "errors without a string argument");
    value r;
    int k = from_dunder_bytes(x, &r);
    if (k < 0) return V_NULL;
    if (k) return type == &bytes_type ? r : bytes_alloc(type, bytes_data(r), bytes_size(r));
    if (v_is_str_like(x)) return exc_raise(&exc_TypeError, "string argument without an encoding");
    if (v_is_int(x) || (v_type(x)->nb_index && !buffer_get(x, &(const char *){0}, &(size_t){0}))) {
        int64_t n;
        if (str_arg_index(x, &n, 1) < 0) return V_NULL;
        if (n == INT64_MAX || n == INT64_MIN)
            return exc_raise(&exc_OverflowError, "cannot fit '%s' into an index-sized integer", v_type_name(x));
        if (n < 0) return exc_raise(&exc_ValueError, "negative count");
        return bytes_alloc(type, NULL, (size_t)n);
    }
    strbuf sb;
    sb_init(&sb);
    if (bytes_collect(x, &sb, "bytes") < 0) { sb_free(&sb); return V_NULL; }
    if (sb.failed) { sb_free(&sb); return exc_no_memory(); }
    r = bytes_alloc(type, sb.data, sb.len);
    sb_free(&sb);
    return r;
}

/* -- Methods of bytes alone --------------------------------------------------------- */

static value b_dunder_bytes(value self, int argc, const value *argv, value kwnames)
{
    if (v_is_bytes(self)) return self;
    return bytes_from(bytes_data(self), bytes_size(self));
}

static value b_getnewargs(value self, int argc, const value *argv, value kwnames)
{
    value b = b_dunder_bytes(self, 0, NULL, V_NULL);
    return b ? tuple_pack(1, b) : V_NULL;
}

static const method_def bytes_methods[] = {
    BYTES_SHARED_METHODS,
    {"__bytes__", b_dunder_bytes, METH_NOARGS, "Convert this value to exact type bytes."},
    {"__getnewargs__", b_getnewargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

type_object bytes_type = {
    .hdr = {.type = &type_type},
    .name = "bytes",
    .basicsize = sizeof(bytes_object),
    .itemsize = 1,
    .flags = TYPE_BASETYPE,
    .repr = b_repr,
    .str = b_repr,   /* so str() of a subclass ignores its __repr__, as CPython's */
    .hash = b_hash,
    .richcompare = b_richcompare,
    .getattr = obj_generic_getattr,
    .len = b_len,
    .getitem = b_getitem,
    .iter = b_iter,
    .contains = b_contains,
    .nb = {[NB_ADD] = b_add, [NB_MUL] = b_mul, [NB_MOD] = b_mod},
    .new = b_new,
    .methods = bytes_methods,
};
