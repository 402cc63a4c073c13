/* slice objects and the index arithmetic of sequences. slice_unpack does
 * what CPython's PySlice_Unpack + PySlice_AdjustIndices do: indices are
 * converted with __index__ and clamped to the int64 range (so a[:10**100]
 * works), then clipped to the sequence, and the number of selected items
 * is computed without overflow. Slices are not hashable in 3.11. */
#include "slice.h"
#include "int.h"
#include "int_internal.h"
#include "str.h"
#include "tuple.h"
#include "sequtil.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

#define SSIZE_MAX_ INT64_MAX
#define SSIZE_MIN_ INT64_MIN

value slice_new(value start, value stop, value step)
{
    slice_object *s = (slice_object *)gc_alloc(&slice_type, sizeof(slice_object));
    if (!s)
        return V_NULL;
    s->start = start ? start : V_NONE;
    s->stop = stop ? stop : V_NONE;
    s->step = step ? step : V_NONE;
    return v_from_obj(s);
}

/* An int (or __index__ object) clamped to int64: huge values saturate. */
static int clamp_index(value v, int64_t *out)
{
    if (v_is_int(v)) {
        *out = v_int(v);
        return 0;
    }
    if (!v_is_int_like(v)) {
        if (!v_type(v)->nb_index) {
            exc_raise(&exc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        v = obj_index(v);
        if (!v)
            return -1;
        if (v_is_int(v)) {
            *out = v_int(v);
            return 0;
        }
    }
    if (int_as_i64(v, out) == 0)
        return 0;
    if (!exc_matches(&exc_OverflowError))
        return -1;
    exc_clear();
    int neg = obj_richcompare_bool(v, v_small(0), CMP_LT);
    if (neg < 0)
        return -1;
    *out = neg ? SSIZE_MIN_ : SSIZE_MAX_;
    return 0;
}

int slice_unpack(value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                 int64_t *slicelen)
{
    slice_object *s = (slice_object *)v_obj(slice);
    int64_t st = 1, a, b;
    if (s->step != V_NONE) {
        if (clamp_index(s->step, &st) < 0)
            return -1;
        if (st == 0) {
            exc_raise(&exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* so that -step cannot overflow */
        if (st < -SSIZE_MAX_)
            st = -SSIZE_MAX_;
    }
    if (s->start == V_NONE)
        a = st < 0 ? SSIZE_MAX_ : 0;
    else if (clamp_index(s->start, &a) < 0)
        return -1;
    if (s->stop == V_NONE)
        b = st < 0 ? SSIZE_MIN_ : SSIZE_MAX_;
    else if (clamp_index(s->stop, &b) < 0)
        return -1;

    if (a < 0) {
        a += len;
        if (a < 0)
            a = st < 0 ? -1 : 0;
    } else if (a >= len) {
        a = st < 0 ? len - 1 : len;
    }
    if (b < 0) {
        b += len;
        if (b < 0)
            b = st < 0 ? -1 : 0;
    } else if (b >= len) {
        b = st < 0 ? len - 1 : len;
    }
    int64_t n = 0;
    if (st < 0) {
        if (b < a)
            n = (a - b - 1) / (-st) + 1;
    } else if (a < b) {
        n = (b - a - 1) / st + 1;
    }
    *start = a;
    *stop = b;
    *step = st;
    *slicelen = n;
    return 0;
}

int seq_index(value key, int64_t len, const char *what, int64_t *out)
{
    int64_t i;
    value orig = key;    /* the messages name the type of what was given */
    if (v_is_int(key)) {
        i = v_int(key);
    } else {
        if (!v_is_int_like(key)) {
            if (!v_type(key)->nb_index) {
                exc_raise(&exc_TypeError, "%s indices must be integers or slices, not %V", what,
                          key);
                return -1;
            }
            key = obj_index(key);
            if (!key)
                return -1;
        }
        if (v_is_int(key)) {
            i = v_int(key);
        } else if (int_as_i64(key, &i) < 0) {
            if (exc_matches(&exc_OverflowError)) {
                exc_clear();
                exc_raise(&exc_IndexError, "cannot fit '%s' into an index-sized integer", v_type_name(orig));
            }
            return -1;
        }
    }
    if (i < 0)
        i += len;
    *out = i;
    return 0;
}

/* -- Python-level behaviour ------------------------------------------------ */

static value slice_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("slice", kwnames) < 0 || args_count("slice", argc, 1, 3) < 0)
        return V_NULL;
    if (argc == 1)
        return slice_new(V_NONE, argv[0], V_NONE);
    return slice_new(argv[0], argv[1], argc == 3 ? argv[2] : V_NONE);
}

static value slice_repr(value self)
{
    slice_object *s = (slice_object *)v_obj(self);
    return str_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static value slice_as_tuple(value self)
{
    slice_object *s = (slice_object *)v_obj(self);
    return tuple_pack(3, s->start, s->stop, s->step);
}

static value slice_richcompare(value a, value b, int op)
{
    if (!v_is_slice(a) || !v_is_slice(b))
        return V_NOTIMPL;
    value ta = slice_as_tuple(a);
    if (!ta)
        return V_NULL;
    value tb = slice_as_tuple(b);
    if (!tb)
        return V_NULL;
    return obj_richcompare(ta, tb, op);
}

/* operator.index(v) as a plain int (indices() returns ints, not bools) */
static value index_exact(value v)
{
    value i = obj_index(v);
    return i ? int_exact(i) : V_NULL;
}

/* One bound of indices(): an int, made relative to len when negative,
 * then clipped to [lower, upper]; None gives dflt. */
static value indices_bound(value v, value len, value lower, value upper, value dflt)
{
    if (v == V_NONE)
        return dflt;
    if (!v_is_int_like(v) && !v_type(v)->nb_index)
        return exc_raise(&exc_TypeError,
                         "slice indices must be integers or None or have an __index__ method");
    value i = index_exact(v);
    if (!i)
        return V_NULL;
    int neg = obj_richcompare_bool(i, v_small(0), CMP_LT);
    if (neg < 0)
        return V_NULL;
    if (neg && !(i = obj_binary_op(i, len, NB_ADD)))
        return V_NULL;
    int below = obj_richcompare_bool(i, lower, CMP_LT);
    if (below)
        return below < 0 ? V_NULL : lower;
    int above = obj_richcompare_bool(i, upper, CMP_GT);
    if (above)
        return above < 0 ? V_NULL : upper;
    return i;
}

/* slice.indices(len) works on ints of any size, as CPython's does: no
 * clamping to int64, so slice(None).indices(10**20) is exact. */
static value slice_indices(value self, int argc, const value *argv, value kwnames)
{
    slice_object *s = (slice_object *)v_obj(self);
    value len = index_exact(argv[0]);
    if (!len)
        return V_NULL;
    int c = obj_richcompare_bool(len, v_small(0), CMP_LT);
    if (c)
        return c < 0 ? V_NULL : exc_raise(&exc_ValueError, "length should not be negative");
    value step = v_small(1);
    if (s->step != V_NONE) {
        if (!v_is_int_like(s->step) && !v_type(s->step)->nb_index)
            return exc_raise(&exc_TypeError,
                             "slice indices must be integers or None or have an __index__ method");
        if (!(step = index_exact(s->step)))
            return V_NULL;
        if ((c = obj_richcompare_bool(step, v_small(0), CMP_EQ)))
            return c < 0 ? V_NULL : exc_raise(&exc_ValueError, "slice step cannot be zero");
    }
    int back = obj_richcompare_bool(step, v_small(0), CMP_LT);
    if (back < 0)
        return V_NULL;
    value lower = back ? v_small(-1) : v_small(0);
    value upper = back ? obj_binary_op(len, v_small(1), NB_SUB) : len;
    if (!upper)
        return V_NULL;
    value a = indices_bound(s->start, len, lower, upper, back ? upper : lower);
    value b = a ? indices_bound(s->stop, len, lower, upper, back ? lower : upper) : V_NULL;
    return b ? tuple_pack(3, a, b, step) : V_NULL;
}

static value slice_reduce(value self, int argc, const value *argv, value kwnames)
{
    value args = slice_as_tuple(self);
    if (!args)
        return V_NULL;
    return tuple_pack(2, v_from_obj(&slice_type), args);
}

/* slice's attributes are read-only members in CPython, whose message this is */
static int slice_set_readonly(value self, value v)
{
    exc_raise(&exc_AttributeError, "readonly attribute");
    return -1;
}

static value slice_get_start(value self) { return ((slice_object *)v_obj(self))->start; }
static value slice_get_stop(value self) { return ((slice_object *)v_obj(self))->stop; }
static value slice_get_step(value self) { return ((slice_object *)v_obj(self))->step; }

static void slice_trace(object *o, gc_tracer *t)
{
    slice_object *s = (slice_object *)o;
    gc_mark_value(t, s->start);
    gc_mark_value(t, s->stop);
    gc_mark_value(t, s->step);
}

static const method_def slice_methods[] = {
    { "indices", slice_indices, METH_O, "S.indices(len) -> (start, stop, stride)" },
    { "__reduce__", slice_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def slice_getsets[] = {
    { "start", slice_get_start, slice_set_readonly, NULL },
    { "stop", slice_get_stop, slice_set_readonly, NULL },
    { "step", slice_get_step, slice_set_readonly, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object slice_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "slice",
    .basicsize = sizeof(slice_object),
    .trace = slice_trace,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .getattr = obj_generic_getattr,
    .new = slice_tp_new,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
