/* The str type object and its slots: repr/str, hash, rich comparison
 * (code point order, which is byte order for UTF-8), len, indexing and
 * slicing (any step), `in`, + and * (both operand orders, CPython's
 * messages), % (str_mod.c), iteration through a str iterator, and the
 * str() constructor (str(obj), str(bytes, encoding, errors)). */
#include <string.h>
#include "str_internal.h"
#include "bytes.h"
#include "bytearray.h"
#include "codecs.h"
#include "int.h"
#include "slice.h"
#include "sequtil.h"
#include "iterreduce.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

static value s_repr(value s) { return str_repr(s); }

static value s_str(value s)
{
    if (v_is_str(s)) return s;
    return str_from_utf8_len(str_data(s), str_size(s), str_len(s));
}

static int s_hash(value s, int64_t *out)
{
    *out = str_hash(s);
    return 0;
}

static value s_richcompare(value a, value b, int op)
{
    if (!v_is_str_like(a) || !v_is_str_like(b)) return V_NOTIMPL;
    return v_bool(str_compare_op(a, b, op));
}

static int64_t s_len(value s) { return (int64_t)str_len(s); }

static value slice_of(value s, value key)
{
    int64_t start, stop, step, n;
    if (slice_unpack(key, (int64_t)str_len(s), &start, &stop, &step, &n) < 0) return V_NULL;
    if (n <= 0) return str_empty();
    if (step == 1) return str_substr(s, (size_t)start, (size_t)stop);
    str_builder b;
    sb_str_init(&b);
    const char *d = str_data(s);
    if (v_str(s)->hdr.flags & STR_ASCII) {
        for (int64_t i = 0, k = start; i < n; i++, k += step) sb_str_add(&b, d + k, 1);
    } else {
        for (int64_t i = 0, k = start; i < n; i++, k += step) {
            size_t p = str_offset(s, (size_t)k), q = p;
            (void)str_next_cp(d, str_size(s), &q);
            sb_str_add(&b, d + p, q - p);
        }
    }
    return sb_str_finish(&b);
}

static value s_getitem(value s, value key)
{
    if (v_is_slice(key)) return slice_of(s, key);
    if (!v_is_int(key) && !v_type(key)->nb_index)
        return exc_raise(&exc_TypeError, "string indices must be integers, not '%s'", v_type_name(key));
    int64_t i;
    if (seq_index(key, (int64_t)str_len(s), "string", &i) < 0) return V_NULL;
    if (i < 0 || i >= (int64_t)str_len(s)) return exc_raise(&exc_IndexError, "string index out of range");
    if (v_str(s)->hdr.flags & STR_ASCII) return str_from_cp((unsigned char)str_data(s)[i]);
    return str_from_cp(str_char_at(s, (size_t)i));
}

static int s_contains(value s, value item)
{
    if (!v_is_str_like(item)) {
        exc_raise(&exc_TypeError, "'in <string>' requires string as left operand, not %s", v_type_name(item));
        return -1;
    }
    return str_find_bytes(str_data(s), 0, str_size(s), str_data(item), str_size(item), 0) >= 0;
}

static value s_add(value a, value b)
{
    if (!v_is_str_like(a)) return V_NOTIMPL;
    if (!v_is_str_like(b)) {
        if (seq_other_may_reflect(b, NB_ADD)) return V_NOTIMPL;
        return exc_raise(&exc_TypeError, "can only concatenate str (not \"%s\") to str", v_type_name(b));
    }
    return str_concat(a, b);
}

static value repeat(value s, value count)
{
    value i = obj_index(count);
    if (!i) return V_NULL;
    int64_t n;
    if (!v_is_int(i) && int_as_i64(i, &n) < 0) {   /* beyond Py_ssize_t, either sign */
        exc_clear();
        return exc_raise(&exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                         v_type_name(count));
    }
    if (v_is_int(i)) n = v_int(i);
    if (n <= 0 || str_size(s) == 0) return str_empty();
    if (n == 1 && v_is_str(s)) return s;
    /* CPython counts code points against Py_ssize_t, then fails to allocate */
    if ((uint64_t)n > (uint64_t)INT64_MAX / str_len(s))
        return exc_raise(&exc_OverflowError, "repeated string is too long");
    size_t sz = str_size(s);
    if ((uint64_t)n > gc_max_request() / sz) return exc_no_memory();
    value r = str_new_uninit(sz * (size_t)n);
    if (!r) return V_NULL;
    char *d = v_str(r)->data;
    if (sz == 1) memset(d, str_data(s)[0], (size_t)n);
    else {
        memcpy(d, str_data(s), sz);
        size_t done = sz, total = sz * (size_t)n;
        while (done < total) {      /* doubling copies */
            size_t k = done < total - done ? done : total - done;
            memcpy(d + done, d, k);
            done += k;
        }
    }
    v_str(r)->len = str_len(s) * (size_t)n;
    if (v_str(s)->hdr.flags & STR_ASCII) v_str(r)->hdr.flags |= STR_ASCII;
    return r;
}

static bool is_index_like(value v) { return v_is_int(v) || v_type(v)->nb_index != NULL; }

static value s_mul(value a, value b)
{
    if (v_is_str_like(a)) {
        if (is_index_like(b)) return repeat(a, b);
        if (seq_other_may_reflect(b, NB_MUL)) return V_NOTIMPL;
        return exc_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", v_type_name(b));
    }
    if (is_index_like(a)) return repeat(b, a);
    /* seq * 'x' for another sequence type: its own repeat words the error */
    if (v_type(a)->sq_repeat) return V_NOTIMPL;
    return exc_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", v_type_name(a));
}

static value s_mod(value a, value b)
{
    if (!v_is_str_like(a)) return V_NOTIMPL;
    return str_mod_format(a, b);
}

/* -- The iterator ----------------------------------------------------------- */

typedef struct str_iter {
    object hdr;
    value s;         /* V_NULL when exhausted */
    size_t pos;      /* byte offset of the next character */
    size_t index;    /* its code point index (for __length_hint__) */
} str_iter;

static void si_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((str_iter *)o)->s); }

static value si_iter(value it) { return it; }

static value si_next(value v)
{
    str_iter *it = (str_iter *)v_obj(v);
    if (!it->s) return V_NULL;
    if (it->pos >= str_size(it->s)) { it->s = V_NULL; return V_NULL; }
    uint32_t c = str_next_cp(str_data(it->s), str_size(it->s), &it->pos);
    it->index++;
    return str_from_cp(c);
}

static value si_length_hint(value self, int argc, const value *argv, value kwnames)
{
    str_iter *it = (str_iter *)v_obj(self);
    return int_from_i64(it->s ? (int64_t)(str_len(it->s) - it->index) : 0);
}

/* Pickling as CPython: iter(s) advanced to the code point index. */
static value si_reduce(value self, int argc, const value *argv, value kwnames)
{
    str_iter *it = (str_iter *)v_obj(self);
    if (!it->s) {
        value empty = str_from_cstr("");
        return empty ? iterreduce_pack("iter", empty, V_NULL) : V_NULL;
    }
    value index = int_from_u64(it->index);
    return index ? iterreduce_pack("iter", it->s, index) : V_NULL;
}

static value si_setstate(value self, int argc, const value *argv, value kwnames)
{
    str_iter *it = (str_iter *)v_obj(self);
    int64_t i;
    if (iterreduce_index(argv[0], &i) < 0) return V_NULL;
    if (!it->s) return V_NONE;
    int64_t n = (int64_t)str_len(it->s);
    size_t want = (size_t)(i < 0 ? 0 : i > n ? n : i);
    size_t pos = 0;
    for (size_t k = 0; k < want; k++)
        (void)str_next_cp(str_data(it->s), str_size(it->s), &pos);
    it->pos = pos;
    it->index = want;
    return V_NONE;
}

static const method_def si_methods[] = {
    {"__length_hint__", si_length_hint, METH_NOARGS, NULL},
    {"__reduce__", si_reduce, METH_NOARGS, NULL},
    {"__setstate__", si_setstate, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

/* Two types with one behaviour, because CPython names the iterator of an
 * ASCII string differently (type(iter("a")).__name__). */
type_object str_ascii_iterator_type = {
    .hdr = {.type = &type_type},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(str_iter),
    .trace = si_trace,
    .getattr = obj_generic_getattr,
    .iter = si_iter,
    .iternext = si_next,
    .methods = si_methods,
};

type_object str_iterator_type = {
    .hdr = {.type = &type_type},
    .name = "str_iterator",
    .basicsize = sizeof(str_iter),
    .trace = si_trace,
    .getattr = obj_generic_getattr,
    .iter = si_iter,
    .iternext = si_next,
    .methods = si_methods,
};

static value s_iter(value s)
{
    type_object *t = (v_obj(s)->flags & STR_ASCII) ? &str_ascii_iterator_type : &str_iterator_type;
    str_iter *it = (str_iter *)gc_alloc(t, sizeof(str_iter));
    if (!it) return V_NULL;
    it->s = s;
    return v_from_obj(it);
}

/* -- str() -------------------------------------------------------------------- */

static value as_subtype(type_object *type, value s)
{
    if (type == &str_type) return s;
    size_t base = type->basicsize > sizeof(str_object) ? type->basicsize : sizeof(str_object);
    object *o = seq_alloc(type, base, str_size(s) + 1);
    if (!o) return V_NULL;
    str_object *so = (str_object *)o;
    so->hash = -1;
    so->size = str_size(s);
    so->len = str_len(s);
    memcpy(so->data, str_data(s), so->size + 1);
    so->hdr.flags = v_obj(s)->flags & STR_ASCII;
    return v_from_obj(o);
}

value str_type_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    value a[3];
    if (str_parse_args("str", argc, argv, kwnames, names, 0, a) < 0) return V_NULL;
    value r;
    if (!a[0]) r = str_empty();
    else if (!a[1] && !a[2]) r = obj_str(a[0]);
    else {
        if (a[1] && !v_is_str_like(a[1]))
            return exc_raise(&exc_TypeError, "str() argument 'encoding' must be str, not %s", str_arg_type_name(a[1]));
        if (a[2] && !v_is_str_like(a[2]))
            return exc_raise(&exc_TypeError, "str() argument 'errors' must be str, not %s", str_arg_type_name(a[2]));
        if (v_is_str_like(a[0])) return exc_raise(&exc_TypeError, "decoding str is not supported");
        if (!buffer_get(a[0], &(const char *){0}, &(size_t){0}))   /* bytes, bytearray, memoryview */
            return exc_raise(&exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                             v_type_name(a[0]));
        if ((a[1] && codec_check_name(a[1]) < 0) || (a[2] && codec_check_name(a[2]) < 0)) return V_NULL;
        r = bytes_decode(a[0], a[1] ? str_data(a[1]) : "utf-8", a[2] ? str_data(a[2]) : "strict");
    }
    if (!r) return V_NULL;
    return as_subtype(type, r);
}

type_object str_type = {
    .hdr = {.type = &type_type},
    .name = "str",
    .basicsize = sizeof(str_object),
    .itemsize = 1,
    .flags = TYPE_BASETYPE | TYPE_STR_SUBCLASS,
    .repr = s_repr,
    .str = s_str,
    .hash = s_hash,
    .richcompare = s_richcompare,
    .getattr = obj_generic_getattr,
    .iter = s_iter,
    .len = s_len,
    .getitem = s_getitem,
    .contains = s_contains,
    .nb = {[NB_ADD] = s_add, [NB_MUL] = s_mul, [NB_MOD] = s_mod},
    .new = str_type_new,
    .methods = str_methods,
};
