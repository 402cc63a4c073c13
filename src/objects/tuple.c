/* tuple: an immutable array of values allocated in one piece with the
 * header. The empty tuple is shared (and rooted). The hash is CPython
 * 3.11's xxHash-style mix of the items' hashes, cached in the object once
 * computed, so hash((1, 2)) matches CPython's. Comparison is
 * lexicographic: the first index whose items are not equal (identity
 * first, then ==) decides, else the lengths do. */
#include <stdarg.h>
#include "genericalias.h"
#include "tuple.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "slice.h"
#include "sequtil.h"
#include "iterreduce.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

static value empty_tuple;

static value tuple_alloc(type_object *type, size_t n)
{
    if (n > (SIZE_MAX / 4) / sizeof(value))
        return exc_no_memory();
    tuple_object *t = (tuple_object *)seq_alloc(type, sizeof(tuple_object), n * sizeof(value));
    if (!t)
        return V_NULL;
    t->hash = -1;
    t->len = n;
    for (size_t i = 0; i < n; i++)
        t->items[i] = V_NONE;
    return v_from_obj(t);
}

value tuple_empty(void)
{
    if (!empty_tuple) {
        value t = tuple_alloc(&tuple_type, 0);
        if (!t)
            return V_NULL;   /* only at start-up, when nothing can run anyway */
        empty_tuple = t;
        gc_root(&empty_tuple);
    }
    return empty_tuple;
}

value tuple_new(size_t n)
{
    if (n == 0) {
        value e = tuple_empty();
        return e ? e : exc_no_memory();
    }
    return tuple_alloc(&tuple_type, n);
}

value tuple_from_array(const value *items, size_t n)
{
    value t = tuple_new(n);
    if (!t)
        return V_NULL;
    for (size_t i = 0; i < n; i++)
        tuple_items(t)[i] = items[i];
    return t;
}

value tuple_pack(size_t n, ...)
{
    value t = tuple_new(n);
    if (!t)
        return V_NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        tuple_items(t)[i] = va_arg(ap, value);
    va_end(ap);
    return t;
}

/* Any tuple, subclasses included. */
static bool is_tuple(value v) { return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &tuple_type); }

/* -- Constructor ------------------------------------------------------------ */

static value tuple_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    /* keywords are refused unless a subclass's own __init__ takes them */
    if ((type == &tuple_type || type->init == tuple_type.init) && args_no_kw("tuple", kwnames) < 0)
        return V_NULL;
    if (args_count("tuple", argc, 0, 1) < 0)
        return V_NULL;
    value src;
    if (argc == 0) {
        src = tuple_empty();
        if (!src)
            return exc_no_memory();
    } else if (v_is_tuple(argv[0])) {
        src = argv[0];
    } else {
        value l = list_new(0);
        if (!l || list_extend(l, argv[0]) < 0)
            return V_NULL;
        src = list_as_tuple(l);
        if (!src)
            return V_NULL;
    }
    if (type == &tuple_type)
        return src;
    size_t n = tuple_len(src);
    value t = tuple_alloc(type, n);
    if (!t)
        return V_NULL;
    for (size_t i = 0; i < n; i++)
        tuple_items(t)[i] = tuple_get(src, i);
    return t;
}

/* -- repr, hash, comparison ------------------------------------------------- */

static value tuple_repr(value self)
{
    size_t n = tuple_len(self);
    if (n == 0)
        return str_from_cstr("()");
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("(...)") : V_NULL;
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, "(", 1);
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_str_add(&b, ", ", 2);
        value s = obj_repr(tuple_get(self, i));
        if (!s) {
            sb_str_abandon(&b);
            repr_leave(self);
            return V_NULL;
        }
        sb_str_add_value(&b, s);
    }
    sb_str_add(&b, n == 1 ? ",)" : ")", n == 1 ? 2 : 1);
    repr_leave(self);
    return sb_str_finish(&b);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

/* Hashes items as CPython 3.11's tuplehash does (xxHash's round). */
int tuple_hash_items(const value *items, size_t n, int64_t *out)
{
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        int64_t h;
        if (obj_hash(items[i], &h) < 0)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) {
        *out = 1546275796;
        return 0;
    }
    *out = (int64_t)acc;
    return 0;
}

enum { HASH_DEPTH_SLACK = 50 };

static int tuple_hash(value self, int64_t *out)
{
    tuple_object *t = v_tuple(self);
    if (t->hash != -1) {
        *out = t->hash;
        return 0;
    }
    /* CPython has no guard here, so a __hash__ recursing through a tuple
     * meets the Python frame limit first; this one only keeps the C stack
     * safe for absurdly nested tuples, and fires just past that limit. */
    thread_state *ts = ts_current;
    if (ts->c_depth + ts->recursion_depth > ts->recursion_limit + HASH_DEPTH_SLACK) {
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded while hashing a tuple");
        return -1;
    }
    ts->c_depth++;
    int r = tuple_hash_items(t->items, t->len, out);
    exc_leave_recursive();
    if (r < 0)
        return -1;
    t->hash = *out;
    return 0;
}

/* Lexicographic comparison shared by tuple and list: the lengths are
 * re-read every step since an item's __eq__ may shrink a list. */
value seq_richcompare(value a, const value *(*items)(value), size_t (*len)(value), value b, int op)
{
    size_t i = 0;
    for (;; i++) {
        size_t la = len(a), lb = len(b);
        if (i >= la || i >= lb)
            break;
        value x = items(a)[i], y = items(b)[i];
        int eq = obj_richcompare_bool(x, y, CMP_EQ);
        if (eq < 0)
            return V_NULL;
        if (!eq) {
            /* __eq__ may have shrunk a list: then the lengths decide */
            if (i >= len(a) || i >= len(b))
                break;
            if (op == CMP_EQ)
                return V_FALSE;
            if (op == CMP_NE)
                return V_TRUE;
            return obj_richcompare(items(a)[i], items(b)[i], op);
        }
    }
    int64_t la = (int64_t)len(a), lb = (int64_t)len(b);
    int r;
    switch (op) {
    case CMP_LT: r = la < lb; break;
    case CMP_LE: r = la <= lb; break;
    case CMP_EQ: r = la == lb; break;
    case CMP_NE: r = la != lb; break;
    case CMP_GT: r = la > lb; break;
    default: r = la >= lb; break;
    }
    return v_bool(r);
}

static const value *tuple_items_c(value t) { return v_tuple(t)->items; }
static size_t tuple_len_c(value t) { return v_tuple(t)->len; }

static value tuple_richcompare(value a, value b, int op)
{
    if (!is_tuple(a) || !is_tuple(b))
        return V_NOTIMPL;
    /* no guard of its own: each item comparison goes through obj_richcompare,
     * which counts the depth once per level, as CPython does */
    return seq_richcompare(a, tuple_items_c, tuple_len_c, b, op);
}

/* -- Sequence protocol ------------------------------------------------------ */

static int64_t tuple_len_slot(value self) { return (int64_t)tuple_len(self); }

static value tuple_getitem(value self, value key)
{
    size_t n = tuple_len(self);
    if (v_is_slice(key)) {
        int64_t a, b, st, cnt;
        if (slice_unpack(key, (int64_t)n, &a, &b, &st, &cnt) < 0)
            return V_NULL;
        if (st == 1 && cnt == (int64_t)n && v_is_tuple(self))
            return self;
        value t = tuple_new((size_t)cnt);
        if (!t)
            return V_NULL;
        /* a + i*st stays in [0, len): no j += st that could overflow past the end */
        for (int64_t i = 0; i < cnt; i++)
            tuple_items(t)[i] = tuple_get(self, (size_t)(a + i * st));
        return t;
    }
    int64_t i;
    if (seq_index(key, (int64_t)n, "tuple", &i) < 0)
        return V_NULL;
    if (i < 0 || i >= (int64_t)n)
        return exc_raise(&exc_IndexError, "tuple index out of range");
    return tuple_get(self, (size_t)i);
}

static int tuple_contains(value self, value item)
{
    for (size_t i = 0; i < tuple_len(self); i++) {
        int r = obj_richcompare_bool(tuple_get(self, i), item, CMP_EQ);
        if (r != 0)
            return r;
    }
    return 0;
}

static value tuple_add(value a, value b)
{
    if (!is_tuple(a) || !is_tuple(b)) {
        if (!is_tuple(a) || seq_other_may_reflect(b, NB_ADD))
            return V_NOTIMPL;
        return exc_raise(&exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                         v_type_name(b));
    }
    size_t la = tuple_len(a), lb = tuple_len(b);
    if (lb == 0 && v_is_tuple(a))
        return a;
    if (la == 0 && v_is_tuple(b))
        return b;
    value t = tuple_new(la + lb);
    if (!t)
        return V_NULL;
    for (size_t i = 0; i < la; i++)
        tuple_items(t)[i] = tuple_get(a, i);
    for (size_t i = 0; i < lb; i++)
        tuple_items(t)[la + i] = tuple_get(b, i);
    return t;
}

/* Decodes the count of seq * n (either order); 1 with *seq and *count set,
 * 0 for NotImplemented, -1 on error. Negative counts are 0. */
int seq_repeat_args(value a, value b, bool (*is_seq)(value), value *seq, int64_t *count)
{
    value n;
    if (is_seq(a)) {
        *seq = a;
        n = b;
    } else {
        *seq = b;
        n = a;
    }
    if (!v_is_int(n) && !v_is_int_like(n) && !v_type(n)->nb_index) {
        if (seq_other_may_reflect(n, NB_MUL))
            return 0;
        exc_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                  v_type_name(n));
        return -1;
    }
    int64_t c;
    if (v_is_int(n)) {
        c = v_int(n);
    } else {
        value i = obj_index(n);
        if (!i)
            return -1;
        if (int_as_i64(i, &c) < 0) {
            /* huge counts of either sign, as CPython's PyNumber_AsSsize_t */
            if (!exc_matches(&exc_OverflowError))
                return -1;
            exc_clear();
            exc_raise(&exc_OverflowError, "cannot fit '%s' into an index-sized integer", v_type_name(n));
            return -1;
        }
    }
    *count = c < 0 ? 0 : c;
    return 1;
}

static value tuple_mul(value a, value b)
{
    value seq;
    int64_t c;
    int r = seq_repeat_args(a, b, is_tuple, &seq, &c);
    if (r <= 0)
        return r == 0 ? V_NOTIMPL : V_NULL;
    size_t n = tuple_len(seq);
    if (n == 0 || c == 0)
        return tuple_new(0);
    if (c == 1 && v_is_tuple(seq))
        return seq;
    if ((uint64_t)c > (SIZE_MAX / 16) / n)
        return exc_no_memory();
    value t = tuple_new(n * (size_t)c);
    if (!t)
        return V_NULL;
    for (int64_t k = 0; k < c; k++)
        for (size_t i = 0; i < n; i++)
            tuple_items(t)[(size_t)k * n + i] = tuple_get(seq, i);
    return t;
}

/* -- Methods ---------------------------------------------------------------- */

static value tuple_count(value self, int argc, const value *argv, value kwnames)
{
    int64_t c = 0;
    for (size_t i = 0; i < tuple_len(self); i++) {
        int r = obj_richcompare_bool(tuple_get(self, i), argv[0], CMP_EQ);
        if (r < 0)
            return V_NULL;
        c += r;
    }
    return v_small(c);
}

/* index(x[, start[, stop]]) bounds, shared with list. */
int seq_index_bounds(int argc, const value *argv, int64_t len, int64_t *start, int64_t *stop)
{
    *start = 0;
    *stop = len;
    for (int k = 1; k < argc && k < 3; k++) {
        int64_t v;
        if (!v_is_int(argv[k]) && !v_is_int_like(argv[k]) && !v_type(argv[k])->nb_index) {
            exc_raise(&exc_TypeError,
                      "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (v_is_int(argv[k])) {
            v = v_int(argv[k]);
        } else {
            value i = obj_index(argv[k]);
            if (!i)
                return -1;
            if (int_as_i64(i, &v) < 0) {
                if (!exc_matches(&exc_OverflowError))
                    return -1;
                exc_clear();
                int neg = obj_richcompare_bool(i, v_small(0), CMP_LT);
                if (neg < 0)
                    return -1;
                v = neg ? INT64_MIN : INT64_MAX;
            }
        }
        if (v < 0) {
            v += len;
            if (v < 0)
                v = 0;
        }
        if (k == 1)
            *start = v;
        else
            *stop = v;
    }
    return 0;
}

static value tuple_index(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("index", kwnames) < 0 || args_count("index", argc, 1, 3) < 0)
        return V_NULL;
    int64_t start, stop;
    if (seq_index_bounds(argc, argv, (int64_t)tuple_len(self), &start, &stop) < 0)
        return V_NULL;
    for (int64_t i = start; i < stop && i < (int64_t)tuple_len(self); i++) {
        int r = obj_richcompare_bool(tuple_get(self, (size_t)i), argv[0], CMP_EQ);
        if (r < 0)
            return V_NULL;
        if (r)
            return v_small(i);
    }
    return exc_raise(&exc_ValueError, "tuple.index(x): x not in tuple");
}

static value tuple_getnewargs(value self, int argc, const value *argv, value kwnames)
{
    value t = tuple_from_array(v_tuple(self)->items, tuple_len(self));
    if (!t)
        return V_NULL;
    return tuple_pack(1, t);
}

static value tuple_class_getitem(value self, int argc, const value *argv, value kwnames)
{
    return genericalias_new(self, argv[0]);
}

/* -- Iterator ---------------------------------------------------------------- */

typedef struct tuple_iter {
    object hdr;
    value seq;     /* V_NULL once exhausted */
    size_t i;
} tuple_iter;

extern type_object tuple_iterator_type;

static value tuple_iter_new(value self)
{
    tuple_iter *it = (tuple_iter *)gc_alloc(&tuple_iterator_type, sizeof(tuple_iter));
    if (!it)
        return V_NULL;
    it->seq = self;
    return v_from_obj(it);
}

static value tuple_iter_next(value self)
{
    tuple_iter *it = (tuple_iter *)v_obj(self);
    if (!it->seq)
        return V_NULL;
    if (it->i < tuple_len(it->seq))
        return tuple_get(it->seq, it->i++);
    it->seq = V_NULL;
    return V_NULL;
}

static value iter_self(value self) { return self; }

static value tuple_iter_length_hint(value self, int argc, const value *argv, value kwnames)
{
    tuple_iter *it = (tuple_iter *)v_obj(self);
    return v_small(it->seq ? (int64_t)(tuple_len(it->seq) - it->i) : 0);
}

/* Pickling as CPython: iter(tuple) advanced to the current position,
 * iter(()) once exhausted. */
static value tuple_iter_reduce(value self, int argc, const value *argv, value kwnames)
{
    tuple_iter *it = (tuple_iter *)v_obj(self);
    if (!it->seq)
        return iterreduce_pack("iter", tuple_empty(), V_NULL);
    value index = int_from_u64(it->i);
    return index ? iterreduce_pack("iter", it->seq, index) : V_NULL;
}

static value tuple_iter_setstate(value self, int argc, const value *argv, value kwnames)
{
    tuple_iter *it = (tuple_iter *)v_obj(self);
    int64_t i;
    if (iterreduce_index(argv[0], &i) < 0)
        return V_NULL;
    if (it->seq) {
        int64_t n = (int64_t)tuple_len(it->seq);
        it->i = (size_t)(i < 0 ? 0 : i > n ? n : i);
    }
    return V_NONE;
}

static void tuple_iter_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((tuple_iter *)o)->seq); }

static void tuple_trace(object *o, gc_tracer *t)
{
    tuple_object *tu = (tuple_object *)o;
    gc_mark_values(t, tu->items, tu->len);
}

static const method_def tuple_iter_methods[] = {
    { "__length_hint__", tuple_iter_length_hint, METH_NOARGS, NULL },
    { "__reduce__", tuple_iter_reduce, METH_NOARGS, NULL },
    { "__setstate__", tuple_iter_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object tuple_iterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "tuple_iterator",
    .basicsize = sizeof(tuple_iter),
    .trace = tuple_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = tuple_iter_next,
    .methods = tuple_iter_methods,
};

static const method_def tuple_methods[] = {
    { "count", tuple_count, METH_O, "Return number of occurrences of value." },
    { "index", tuple_index, METH_FAST, "Return first index of value." },
    { "__getnewargs__", tuple_getnewargs, METH_NOARGS, NULL },
    { "__class_getitem__", tuple_class_getitem, METH_O | METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object tuple_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "tuple",
    .basicsize = sizeof(tuple_object),
    .itemsize = sizeof(value),
    .flags = TYPE_BASETYPE | TYPE_TUPLE_SUBCLASS,
    .trace = tuple_trace,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .getattr = obj_generic_getattr,
    .iter = tuple_iter_new,
    .len = tuple_len_slot,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .nb = { [NB_ADD] = tuple_add, [NB_MUL] = tuple_mul },
    .new = tuple_tp_new,
    .methods = tuple_methods,
};
