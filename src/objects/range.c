/* range: an immutable arithmetic sequence described by start, stop and
 * step (exact ints, small or big) with its length computed once. Every
 * operation is O(1) arithmetic on those four values: len, indexing,
 * slicing (which gives another range), `x in r` for ints, index and
 * count. The arithmetic runs on C integers when the operands are small
 * ints and falls back to the generic int operations otherwise, so
 * range(10**30) works like CPython's. Equality and hash follow the
 * sequence a range describes: range(0) == range(5, 5), and hash is the
 * tuple hash of (len, start, step) with start/step replaced by None when
 * they do not matter.
 *
 * Iteration has two iterator types, chosen by CPython's rule so type()
 * agrees: range_iterator counts down C int64s (every range whose bounds,
 * step and length fit int64, that is nearly all of them; range.h exposes
 * its struct so the VM can specialise FOR_ITER on it), and
 * longrange_iterator runs on int values for the rest. reversed(r) is the same iterator started from the last
 * item with the step negated. */
#include "range.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "slice.h"
#include "sequtil.h"
#include "iterreduce.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

static range_object *v_range(value v) { return (range_object *)v_obj(v); }

/* -- Int arithmetic with small-int fast paths ------------------------------ */

/* Small ints are below 2^62 in magnitude, so a sum or difference of two
 * fits int64 (it may leave the small range: int_from_i64 boxes it). */
static value i_add(value a, value b)
{
    if (v_is_int(a) && v_is_int(b))
        return int_from_i64(v_int(a) + v_int(b));
    return obj_binary_op(a, b, NB_ADD);
}

static value i_sub(value a, value b)
{
    if (v_is_int(a) && v_is_int(b))
        return int_from_i64(v_int(a) - v_int(b));
    return obj_binary_op(a, b, NB_SUB);
}

static value i_mul(value a, value b)
{
    int64_t r;
    if (v_is_int(a) && v_is_int(b) && !__builtin_mul_overflow(v_int(a), v_int(b), &r))
        return int_from_i64(r);
    return obj_binary_op(a, b, NB_MUL);
}

static value i_floordiv(value a, value b) { return obj_binary_op(a, b, NB_FLOORDIV); }
static value i_neg(value a) { return v_is_int(a) ? int_from_i64(-v_int(a)) : obj_neg(a); }

/* a OP b for two ints: 1, 0, or -1 on error. */
static int i_cmp(value a, value b, int op)
{
    if (v_is_int(a) && v_is_int(b)) {
        int64_t x = v_int(a), y = v_int(b);
        switch (op) {
        case CMP_LT: return x < y;
        case CMP_LE: return x <= y;
        case CMP_EQ: return x == y;
        case CMP_NE: return x != y;
        case CMP_GT: return x > y;
        default: return x >= y;
        }
    }
    return obj_richcompare_bool(a, b, op);
}

/* An argument as an exact int (bools and int subclasses become plain
 * ints), through __index__. */
static value to_int(value v)
{
    if (v_is_int(v))
        return v;
    value i = obj_index(v);
    if (!i || v_is_int(i) || v_obj(i)->type == &int_type)
        return i;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* The number of items of range(lo, hi, step), step nonzero. */
static value compute_len(value lo, value hi, value step)
{
    if (v_is_int(lo) && v_is_int(hi) && v_is_int(step)) {
        int64_t l = v_int(lo), h = v_int(hi), s = v_int(step);
        if (s > 0 && l < h)
            return int_from_u64((uint64_t)(h - l - 1) / (uint64_t)s + 1);
        if (s < 0 && l > h)
            return int_from_u64((uint64_t)(l - h - 1) / (uint64_t)-s + 1);
        return v_small(0);
    }
    int up = i_cmp(step, v_small(0), CMP_GT);
    if (up < 0)
        return V_NULL;
    value a = up ? lo : hi, b = up ? hi : lo;   /* count the items in [a, b) */
    int nonempty = i_cmp(a, b, CMP_LT);
    if (nonempty <= 0)
        return nonempty < 0 ? V_NULL : v_small(0);
    value span = i_sub(b, a);
    value d = span ? i_sub(span, v_small(1)) : V_NULL;
    value s = d ? (up ? step : i_neg(step)) : V_NULL;
    value q = s ? i_floordiv(d, s) : V_NULL;
    return q ? i_add(q, v_small(1)) : V_NULL;
}

/* A range from three exact ints, step nonzero. */
static value range_make(value start, value stop, value step)
{
    value len = compute_len(start, stop, step);
    if (!len)
        return V_NULL;
    range_object *r = (range_object *)gc_alloc(&range_type, sizeof(range_object));
    if (!r)
        return V_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return v_from_obj(r);
}

value range_new(value start, value stop, value step)
{
    start = to_int(start);
    stop = start ? to_int(stop) : V_NULL;
    step = stop ? to_int(step) : V_NULL;
    if (!step)
        return V_NULL;
    int zero = i_cmp(step, v_small(0), CMP_EQ);
    if (zero)
        return zero < 0 ? V_NULL : exc_raise(&exc_ValueError, "range() arg 3 must not be zero");
    return range_make(start, stop, step);
}

/* All of start, stop and step are small ints: then len fits int64 and
 * every item is a small int. */
static bool range_is_small(range_object *r)
{
    return v_is_int(r->start) && v_is_int(r->stop) && v_is_int(r->step);
}

/* r.len as int64; the small-range case never fails. */
static int64_t small_len(range_object *r)
{
    if (v_is_int(r->len))
        return v_int(r->len);
    int64_t n = 0;
    if (int_as_i64(r->len, &n) < 0)
        exc_clear();   /* unreachable for small ranges */
    return n;
}

/* -- Constructor ------------------------------------------------------------ */

static value range_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("range", kwnames) < 0 || args_count("range", argc, 1, 3) < 0)
        return V_NULL;
    if (argc == 1) {
        value stop = to_int(argv[0]);
        return stop ? range_make(v_small(0), stop, v_small(1)) : V_NULL;
    }
    return range_new(argv[0], argv[1], argc == 3 ? argv[2] : v_small(1));
}

/* -- repr, hash, comparison, bool ------------------------------------------- */

static value range_repr(value self)
{
    range_object *r = v_range(self);
    if (r->step == v_small(1))
        return str_format("range(%R, %R)", r->start, r->stop);
    return str_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* hash((len, start, step)), with start and step None when the range is
 * empty and step None when it has one item, as CPython. */
static int range_hash(value self, int64_t *out)
{
    range_object *r = v_range(self);
    value items[3] = { r->len, V_NONE, V_NONE };
    int nonempty = i_cmp(r->len, v_small(0), CMP_NE);
    if (nonempty < 0)
        return -1;
    if (nonempty) {
        items[1] = r->start;
        int many = i_cmp(r->len, v_small(1), CMP_NE);
        if (many < 0)
            return -1;
        if (many)
            items[2] = r->step;
    }
    return tuple_hash_items(items, 3, out);
}

/* Whether two ranges describe the same sequence: 1, 0, or -1 on error. */
static int range_equal(range_object *a, range_object *b)
{
    if (a == b)
        return 1;
    int c = i_cmp(a->len, b->len, CMP_EQ);
    if (c <= 0)
        return c;
    if ((c = i_cmp(a->len, v_small(0), CMP_EQ)) != 0)
        return c;
    if ((c = i_cmp(a->start, b->start, CMP_EQ)) <= 0)
        return c;
    if ((c = i_cmp(a->len, v_small(1), CMP_EQ)) != 0)
        return c;
    return i_cmp(a->step, b->step, CMP_EQ);
}

static value range_richcompare(value a, value b, int op)
{
    if (!v_is_range(a) || !v_is_range(b) || (op != CMP_EQ && op != CMP_NE))
        return V_NOTIMPL;
    int eq = range_equal(v_range(a), v_range(b));
    if (eq < 0)
        return V_NULL;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int range_bool(value self) { return i_cmp(v_range(self)->len, v_small(0), CMP_NE); }

/* -- Sequence protocol ------------------------------------------------------ */

static int64_t range_len(value self)
{
    range_object *r = v_range(self);
    if (v_is_int(r->len))
        return v_int(r->len);
    int64_t n;
    if (int_as_i64(r->len, &n) < 0) {
        if (exc_matches(&exc_OverflowError)) {
            exc_clear();
            exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return -1;
    }
    return n;
}

/* r[i] for an exact int i, negative counting from the end. */
static value range_item(range_object *r, value i)
{
    if (range_is_small(r) && v_is_int(i)) {
        int64_t n = small_len(r), k = v_int(i);
        if (k < 0)
            k += n;
        if (k < 0 || k >= n)
            return exc_raise(&exc_IndexError, "range object index out of range");
        return v_small(v_int(r->start) + k * v_int(r->step));
    }
    int neg = i_cmp(i, v_small(0), CMP_LT);
    if (neg < 0)
        return V_NULL;
    if (neg && !(i = i_add(i, r->len)))
        return V_NULL;
    int lo = i_cmp(i, v_small(0), CMP_LT);
    int hi = lo == 0 ? i_cmp(i, r->len, CMP_GE) : 0;
    if (lo < 0 || hi < 0)
        return V_NULL;
    if (lo || hi)
        return exc_raise(&exc_IndexError, "range object index out of range");
    value off = i_mul(i, r->step);
    return off ? i_add(r->start, off) : V_NULL;
}

/* A slice bound as an exact int (None stays V_NULL in *out). */
static int slice_bound(value v, value *out)
{
    if (v == V_NONE) {
        *out = V_NULL;
        return 0;
    }
    if (!v_is_int_like(v) && !v_type(v)->nb_index) {
        exc_raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = to_int(v);
    return *out ? 0 : -1;
}

/* A slice index clipped to [lower, upper] as CPython's
 * _PySlice_GetLongIndices does, on exact ints of any size. */
static value clip_index(value i, value len, value lower, value upper)
{
    int neg = i_cmp(i, v_small(0), CMP_LT);
    if (neg < 0)
        return V_NULL;
    if (neg) {
        if (!(i = i_add(i, len)))
            return V_NULL;
        int below = i_cmp(i, lower, CMP_LT);
        return below < 0 ? V_NULL : below ? lower : i;
    }
    int above = i_cmp(i, upper, CMP_GT);
    return above < 0 ? V_NULL : above ? upper : i;
}

static value range_slice(range_object *r, value slice)
{
    slice_object *s = (slice_object *)v_obj(slice);
    value start, stop, step;
    if (slice_bound(s->step, &step) < 0)
        return V_NULL;
    if (!step)
        step = v_small(1);
    int c = i_cmp(step, v_small(0), CMP_EQ);
    if (c)
        return c < 0 ? V_NULL : exc_raise(&exc_ValueError, "slice step cannot be zero");
    int neg = i_cmp(step, v_small(0), CMP_LT);
    if (neg < 0)
        return V_NULL;
    value lower = neg ? v_small(-1) : v_small(0);
    value upper = neg ? i_sub(r->len, v_small(1)) : r->len;
    if (!upper || slice_bound(s->start, &start) < 0)
        return V_NULL;
    start = start ? clip_index(start, r->len, lower, upper) : (neg ? upper : lower);
    if (!start || slice_bound(s->stop, &stop) < 0)
        return V_NULL;
    stop = stop ? clip_index(stop, r->len, lower, upper) : (neg ? lower : upper);
    if (!stop)
        return V_NULL;
    value a = i_mul(start, r->step);
    a = a ? i_add(r->start, a) : V_NULL;
    value b = a ? i_mul(stop, r->step) : V_NULL;
    b = b ? i_add(r->start, b) : V_NULL;
    value st = b ? i_mul(step, r->step) : V_NULL;
    return st ? range_make(a, b, st) : V_NULL;
}

static value range_getitem(value self, value key)
{
    range_object *r = v_range(self);
    if (v_is_slice(key))
        return range_slice(r, key);
    if (v_is_int(key))
        return range_item(r, key);
    if (v_is_int_like(key) || v_type(key)->nb_index) {
        value i = to_int(key);
        return i ? range_item(r, i) : V_NULL;
    }
    return exc_raise(&exc_TypeError, "range indices must be integers or slices, not %s",
                     v_type_name(key));
}

/* Ints (and bools) are looked up arithmetically; anything else, like
 * 3.0, by comparing with every item. */
static bool is_plain_int(value v)
{
    return v_is_int(v) || (v_is_ptr(v) && (v_obj(v)->type == &int_type || v_obj(v)->type == &bool_type));
}

/* `x in r` for an int x: 1, 0, or -1. */
static int contains_int(range_object *r, value x)
{
    if (range_is_small(r) && v_is_int(x)) {
        int64_t a = v_int(r->start), b = v_int(r->stop), s = v_int(r->step), i = v_int(x);
        if (s > 0 ? (i < a || i >= b) : (i > a || i <= b))
            return 0;
        return (i - a) % s == 0;
    }
    int up = i_cmp(r->step, v_small(0), CMP_GT);
    if (up < 0)
        return -1;
    int in1 = up ? i_cmp(r->start, x, CMP_LE) : i_cmp(x, r->start, CMP_LE);
    if (in1 <= 0)
        return in1;
    int in2 = up ? i_cmp(x, r->stop, CMP_LT) : i_cmp(r->stop, x, CMP_LT);
    if (in2 <= 0)
        return in2;
    value d = i_sub(x, r->start);
    value m = d ? obj_binary_op(d, r->step, NB_MOD) : V_NULL;
    return m ? i_cmp(m, v_small(0), CMP_EQ) : -1;
}

static value range_iter(value self);

/* Searches by iteration for a value that is not an int: the index of the
 * first item equal to x (count_all: the number of them), -1 when absent,
 * -2 on error. */
static int64_t search(value self, value x, bool count_all)
{
    value it = range_iter(self);
    if (!it)
        return -2;
    int64_t i = 0, n = 0;
    for (;; i++) {
        value item = obj_next(it);
        if (!item)
            return exc_occurred() ? -2 : count_all ? n : -1;
        int eq = obj_richcompare_bool(item, x, CMP_EQ);
        if (eq < 0)
            return -2;
        if (eq && !count_all)
            return i;
        n += eq;
    }
}

static int range_contains(value self, value x)
{
    if (is_plain_int(x))
        return contains_int(v_range(self), x);
    int64_t i = search(self, x, false);
    return i == -2 ? -1 : i >= 0;
}

/* -- Methods ---------------------------------------------------------------- */

static value range_count(value self, int argc, const value *argv, value kwnames)
{
    if (is_plain_int(argv[0])) {
        int r = contains_int(v_range(self), argv[0]);
        return r < 0 ? V_NULL : v_small(r);
    }
    int64_t n = search(self, argv[0], true);
    return n < 0 ? V_NULL : int_from_i64(n);
}

static value range_index(value self, int argc, const value *argv, value kwnames)
{
    range_object *r = v_range(self);
    value x = argv[0];
    if (is_plain_int(x)) {
        int in = contains_int(r, x);
        if (in <= 0)
            return in < 0 ? V_NULL : exc_raise(&exc_ValueError, "%R is not in range", x);
        value d = i_sub(x, r->start);
        return d ? i_floordiv(d, r->step) : V_NULL;
    }
    int64_t i = search(self, x, false);
    if (i == -2)
        return V_NULL;
    if (i < 0)
        return exc_raise(&exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(i);
}

static value range_reduce(value self, int argc, const value *argv, value kwnames)
{
    range_object *r = v_range(self);
    value args = tuple_pack(3, r->start, r->stop, r->step);
    return args ? tuple_pack(2, v_from_obj(&range_type), args) : V_NULL;
}

static value get_start(value self) { return v_range(self)->start; }
static value get_stop(value self) { return v_range(self)->stop; }
static value get_step(value self) { return v_range(self)->step; }

/* -- Iterators -------------------------------------------------------------- */

typedef struct longrange_iter {
    object hdr;
    value next, step, left;   /* exact ints */
    value start, len;         /* as created: __reduce__/__setstate__ count from here */
} longrange_iter;

/* v as int64, when it fits (no exception either way). */
static bool as_i64(value v, int64_t *out)
{
    if (v_is_int(v)) {
        *out = v_int(v);
        return true;
    }
    if (int_as_i64(v, out) < 0) {
        exc_clear();
        return false;
    }
    return true;
}

static value fast_iter(int64_t first, int64_t step, int64_t len)
{
    range_iter_object *it = (range_iter_object *)gc_alloc(&range_iterator_type,
                                                          sizeof(range_iter_object));
    if (!it)
        return V_NULL;
    it->next = first;
    it->step = step;
    it->left = len;
    it->start = first;
    it->len = len;
    return v_from_obj(it);
}

static value long_iter(value first, value step, value len)
{
    longrange_iter *it = (longrange_iter *)gc_alloc(&longrange_iterator_type, sizeof(longrange_iter));
    if (!it)
        return V_NULL;
    it->next = first;
    it->step = step;
    it->left = len;
    it->start = first;
    it->len = len;
    return v_from_obj(it);
}

/* The C iterator serves every range whose bounds, step and length fit
 * int64 and whose stepping past the last item cannot overflow, which is
 * CPython's rule for range_iterator versus longrange_iterator. */
static value range_iter(value self)
{
    range_object *r = v_range(self);
    int64_t a, b, s, n;
    if (as_i64(r->start, &a) && as_i64(r->stop, &b) && as_i64(r->step, &s) && as_i64(r->len, &n) &&
        (n == 0 || (s > 0 ? b <= INT64_MAX - (s - 1) : b >= INT64_MIN + (-1 - s))))
        return fast_iter(a, s, n);
    return long_iter(r->start, r->step, r->len);
}

/* reversed(r): from the last item down, with the step negated. */
static value range_reversed(value self, int argc, const value *argv, value kwnames)
{
    range_object *r = v_range(self);
    int64_t a, b, s, n;
    if (as_i64(r->start, &a) && as_i64(r->stop, &b) && as_i64(r->step, &s) && s != INT64_MIN &&
        (s > 0 ? a >= INT64_MIN + s : a <= INT64_MAX + s) && as_i64(r->len, &n)) {
        int64_t last = n ? (int64_t)((uint64_t)a + (uint64_t)(n - 1) * (uint64_t)s) : a;
        return fast_iter(last, -s, n);
    }
    value last = i_sub(r->len, v_small(1));
    last = last ? i_mul(last, r->step) : V_NULL;
    last = last ? i_add(r->start, last) : V_NULL;
    value step = last ? i_neg(r->step) : V_NULL;
    return step ? long_iter(last, step, r->len) : V_NULL;
}

static value range_iter_next(value self)
{
    range_iter_object *it = (range_iter_object *)v_obj(self);
    if (it->left <= 0)
        return V_NULL;
    int64_t v = it->next;
    it->left--;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);   /* may wrap after the last */
    return v_fits_small(v) ? v_small(v) : int_from_i64(v);
}

static value longrange_iter_next(value self)
{
    longrange_iter *it = (longrange_iter *)v_obj(self);
    int more = i_cmp(it->left, v_small(0), CMP_GT);
    if (more <= 0)
        return V_NULL;
    value v = it->next;
    value next = i_add(v, it->step);
    value left = next ? i_sub(it->left, v_small(1)) : V_NULL;
    if (!left)
        return V_NULL;
    it->next = next;
    it->left = left;
    return v;
}

static value range_iter_hint(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64(((range_iter_object *)v_obj(self))->left);
}

static value longrange_iter_hint(value self, int argc, const value *argv, value kwnames)
{
    return ((longrange_iter *)v_obj(self))->left;
}

/* Pickling as CPython 3.11: iter(range(start, start + len*step, step))
 * advanced by the number of items already produced. */
static value iter_reduce_common(value start, value step, value len, value index)
{
    value span = i_mul(len, step);
    value stop = span ? i_add(start, span) : V_NULL;
    value r = stop ? range_new(start, stop, step) : V_NULL;
    return r ? iterreduce_pack("iter", r, index) : V_NULL;
}

static value range_iter_reduce(value self, int argc, const value *argv, value kwnames)
{
    range_iter_object *it = (range_iter_object *)v_obj(self);
    value start = int_from_i64(it->start);
    value step = start ? int_from_i64(it->step) : V_NULL;
    value len = step ? int_from_i64(it->len) : V_NULL;
    value index = len ? int_from_i64(it->len - it->left) : V_NULL;
    return index ? iter_reduce_common(start, step, len, index) : V_NULL;
}

static value longrange_iter_reduce(value self, int argc, const value *argv, value kwnames)
{
    longrange_iter *it = (longrange_iter *)v_obj(self);
    value index = i_sub(it->len, it->left);
    return index ? iter_reduce_common(it->start, it->step, it->len, index) : V_NULL;
}

/* it.__setstate__(i): continue from item i, clamped to [0, len]. */
static value range_iter_setstate(value self, int argc, const value *argv, value kwnames)
{
    value state = argv[0];
    range_iter_object *it = (range_iter_object *)v_obj(self);
    value i = obj_index(state);
    int64_t n;
    if (!i || int_as_i64(i, &n) < 0)
        return V_NULL;
    if (n < 0)
        n = 0;
    if (n > it->len)
        n = it->len;
    it->left = it->len - n;
    it->next = (int64_t)((uint64_t)it->start + (uint64_t)n * (uint64_t)it->step);
    return V_NONE;
}

static value longrange_iter_setstate(value self, int argc, const value *argv, value kwnames)
{
    value state = argv[0];
    longrange_iter *it = (longrange_iter *)v_obj(self);
    value i = obj_index(state);
    if (!i)
        return V_NULL;
    int lt = i_cmp(i, v_small(0), CMP_LT);
    if (lt < 0)
        return V_NULL;
    if (lt)
        i = v_small(0);
    int gt = i_cmp(i, it->len, CMP_GT);
    if (gt < 0)
        return V_NULL;
    if (gt)
        i = it->len;
    value left = i_sub(it->len, i);
    value off = left ? i_mul(i, it->step) : V_NULL;
    value next = off ? i_add(it->start, off) : V_NULL;
    if (!next)
        return V_NULL;
    it->left = left;
    it->next = next;
    return V_NONE;
}

static value iter_self(value self) { return self; }

static void longrange_iter_trace(object *o, gc_tracer *t)
{
    longrange_iter *it = (longrange_iter *)o;
    gc_mark_value(t, it->next);
    gc_mark_value(t, it->step);
    gc_mark_value(t, it->left);
    gc_mark_value(t, it->start);
    gc_mark_value(t, it->len);
}

static void range_trace(object *o, gc_tracer *t)
{
    range_object *r = (range_object *)o;
    gc_mark_value(t, r->start);
    gc_mark_value(t, r->stop);
    gc_mark_value(t, r->step);
    gc_mark_value(t, r->len);
}

static const method_def range_iter_methods[] = {
    { "__length_hint__", range_iter_hint, METH_NOARGS, NULL },
    { "__reduce__", range_iter_reduce, METH_NOARGS, NULL },
    { "__setstate__", range_iter_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def longrange_iter_methods[] = {
    { "__length_hint__", longrange_iter_hint, METH_NOARGS, NULL },
    { "__reduce__", longrange_iter_reduce, METH_NOARGS, NULL },
    { "__setstate__", longrange_iter_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object range_iterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "range_iterator",
    .basicsize = sizeof(range_iter_object),
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
};

type_object longrange_iterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "longrange_iterator",
    .basicsize = sizeof(longrange_iter),
    .trace = longrange_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = longrange_iter_next,
    .methods = longrange_iter_methods,
};

/* start/stop/step are read-only members in CPython, whose message this is */
static int set_readonly(value self, value v)
{
    exc_raise(&exc_AttributeError, "readonly attribute");
    return -1;
}

static const getset_def range_getsets[] = {
    { "start", get_start, set_readonly, NULL },
    { "stop", get_stop, set_readonly, NULL },
    { "step", get_step, set_readonly, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def range_methods[] = {
    { "count", range_count, METH_O, "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", range_index, METH_O, "rangeobject.index(value) -> integer -- return index of value." },
    { "__reversed__", range_reversed, METH_NOARGS, "Return a reverse iterator." },
    { "__reduce__", range_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object range_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "range",
    .basicsize = sizeof(range_object),
    .trace = range_trace,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattr = obj_generic_getattr,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .nb_bool = range_bool,
    .new = range_tp_new,
    .methods = range_methods,
    .getsets = range_getsets,
};
