/* list: a growable array of values. The items live in a gc_alloc_raw
 * block owned by the list (marked by list_trace), over-allocated as
 * CPython does so append is amortised O(1). Every operation that calls
 * back into Python (==, __index__, iteration) re-reads the length and the
 * items afterwards, because the callback may have mutated the list.
 * Sorting lives in list_sort.c. */
#include <string.h>
#include "list.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "slice.h"
#include "sequtil.h"
#include "iterreduce.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

extern type_object list_iterator_type, list_reverseiterator_type;

static bool is_list(value v) { return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &list_type); }

/* -- Storage ----------------------------------------------------------------- */

/* Makes room for at least `need` items; over-allocates like CPython
 * (newsize + newsize/8 + 6, rounded) so repeated appends are cheap. */
TP_MUST_CHECK static int list_reserve(list_object *l, size_t need)
{
    if (need <= l->cap)
        return 0;
    if (need > (SIZE_MAX / 4) / sizeof(value)) {
        exc_no_memory();
        return -1;
    }
    size_t cap = (need + (need >> 3) + 6) & ~(size_t)3;
    if (need - l->len > 1 && cap - need > need / 2)
        cap = need;   /* a big extend: no slack */
    value *items = l->items ? gc_realloc_raw(l->items, l->cap * sizeof(value), cap * sizeof(value))
                            : gc_alloc_raw(cap * sizeof(value));
    if (!items)
        return -1;
    l->items = items;
    l->cap = cap;
    return 0;
}

static list_object *list_alloc(type_object *type)
{
    return (list_object *)seq_alloc(type, sizeof(list_object), 0);
}

value list_new(size_t len)
{
    list_object *l = list_alloc(&list_type);
    if (!l)
        return V_NULL;
    if (len && list_reserve(l, len) < 0)
        return V_NULL;
    for (size_t i = 0; i < len; i++)
        l->items[i] = V_NONE;
    l->len = len;
    return v_from_obj(l);
}

int list_append(value lv, value v)
{
    list_object *l = v_list(lv);
    if (l->len == l->cap && list_reserve(l, l->len + 1) < 0)
        return -1;
    l->items[l->len++] = v;
    return 0;
}

value list_from_array(const value *items, size_t n)
{
    value l = list_new(n);
    if (!l)
        return V_NULL;
    if (n)                           /* items may be NULL when n == 0 */
        values_move(v_list(l)->items, items, n);
    return l;
}

/* Appends n values (which must not live in l's own block). */
static int list_append_array(list_object *l, const value *items, size_t n)
{
    if (list_reserve(l, l->len + n) < 0)
        return -1;
    values_move(l->items + l->len, items, n);
    l->len += n;
    return 0;
}

int list_extend(value lv, value iterable)
{
    list_object *l = v_list(lv);
    if (v_is_tuple(iterable))
        return list_append_array(l, tuple_items(iterable), tuple_len(iterable));
    if (v_is_list(iterable)) {
        /* copy first: iterable may be l itself, whose block may move */
        size_t n = list_len(iterable);
        if (list_reserve(l, l->len + n) < 0)
            return -1;
        values_move(l->items + l->len, v_list(iterable)->items, n);
        l->len += n;
        return 0;
    }
    value it = obj_iter(iterable);
    if (!it)
        return -1;
    /* CPython asks for the length hint, so its errors surface here; the
     * hint only pre-sizes, within reason (it may lie) */
    int64_t hint;
    if (seq_length_hint(iterable, 8, &hint) < 0)
        return -1;
    if (hint > 0 && hint < (1 << 20) && list_reserve(l, l->len + (size_t)hint) < 0)
        return -1;
    /* a length no memory could hold: CPython's pre-sizing fails at once,
     * unless len + hint overflows, which it takes for a lie and ignores */
    if (hint > 0 && (int64_t)l->len <= INT64_MAX - hint &&
        (uint64_t)hint > gc_max_request() / sizeof(value)) {
        exc_no_memory();
        return -1;
    }
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? -1 : 0;
        if (list_append(lv, x) < 0)
            return -1;
    }
}

value list_as_tuple(value l)
{
    return tuple_from_array(v_list(l)->items, list_len(l));
}

/* Replaces items [lo, hi) by the n values in src (not in l's block). */
static int list_replace(list_object *l, size_t lo, size_t hi, const value *src, size_t n)
{
    size_t old = hi - lo;
    if (n > old) {
        if (list_reserve(l, l->len + (n - old)) < 0)
            return -1;
    }
    values_move(l->items + lo + n, l->items + hi, (l->len - hi));
    l->len = l->len - old + n;
    if (n)
        values_move(l->items + lo, src, n);
    return 0;
}

/* A tuple holding the items of v for slice assignment (a copy, so that
 * `a[1:] = a` works), or V_NULL with TypeError(not_iterable). */
static value items_of(value v, const char *not_iterable)
{
    if (v_is_tuple(v))
        return v;
    if (is_list(v))
        return list_as_tuple(v);
    value l = list_new(0);
    if (!l)
        return V_NULL;
    if (!v_type(v)->iter && !v_type(v)->getitem)
        return exc_raise(&exc_TypeError, "%s", not_iterable);
    if (list_extend(l, v) < 0)
        return V_NULL;
    return list_as_tuple(l);
}

/* -- Constructor ----------------------------------------------------------- */

static value list_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (type == &list_type && args_no_kw("list", kwnames) < 0)
        return V_NULL;
    list_object *l = list_alloc(type);
    return l ? v_from_obj(l) : V_NULL;
}

static int list_init(value self, int argc, const value *argv, value kwnames)
{
    /* keywords are refused unless a subclass's own __new__ takes them */
    type_object *t = v_obj(self)->type;
    if ((t == &list_type || t->new == list_type.new) && args_no_kw("list", kwnames) < 0)
        return -1;
    if (args_count("list", argc, 0, 1) < 0)
        return -1;
    v_list(self)->len = 0;
    if (argc == 1)
        return list_extend(self, argv[0]);
    return 0;
}

/* -- repr and comparison ------------------------------------------------------ */

static value list_repr(value self)
{
    if (list_len(self) == 0)
        return str_from_cstr("[]");
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("[...]") : V_NULL;
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, "[", 1);
    for (size_t i = 0; i < list_len(self); i++) {
        if (i)
            sb_str_add(&b, ", ", 2);
        value s = obj_repr(list_get(self, i));
        if (!s) {
            sb_str_abandon(&b);
            repr_leave(self);
            return V_NULL;
        }
        sb_str_add_value(&b, s);
    }
    sb_str_add(&b, "]", 1);
    repr_leave(self);
    return sb_str_finish(&b);
}

static const value *list_items_c(value l) { return v_list(l)->items; }
static size_t list_len_c(value l) { return v_list(l)->len; }

static value list_richcompare(value a, value b, int op)
{
    if (!is_list(a) || !is_list(b))
        return V_NOTIMPL;
    if ((op == CMP_EQ || op == CMP_NE) && list_len(a) != list_len(b))
        return v_bool(op == CMP_NE);
    /* guarded per level by obj_richcompare on the items, as in CPython */
    return seq_richcompare(a, list_items_c, list_len_c, b, op);
}

/* -- Subscripts -------------------------------------------------------------- */

static int64_t list_len_slot(value self) { return (int64_t)list_len(self); }

static value list_getitem(value self, value key)
{
    if (v_is_int(key)) {
        int64_t i = v_int(key);
        if (i < 0)
            i += (int64_t)list_len(self);
        if (i < 0 || i >= (int64_t)list_len(self))
            return exc_raise(&exc_IndexError, "list index out of range");
        return list_get(self, (size_t)i);
    }
    if (v_is_slice(key)) {
        int64_t a, b, st, n;
        if (slice_unpack(key, (int64_t)list_len(self), &a, &b, &st, &n) < 0)
            return V_NULL;
        value r = list_new((size_t)n);
        if (!r)
            return V_NULL;
        /* a + i*st stays in [0, len): no j += st that could overflow past the end */
        for (int64_t i = 0; i < n; i++)
            v_list(r)->items[i] = list_get(self, (size_t)(a + i * st));
        return r;
    }
    int64_t i;
    if (seq_index(key, (int64_t)list_len(self), "list", &i) < 0)
        return V_NULL;
    if (i < 0 || i >= (int64_t)list_len(self))
        return exc_raise(&exc_IndexError, "list index out of range");
    return list_get(self, (size_t)i);
}

static int list_del_extended(list_object *l, int64_t a, int64_t st, int64_t n)
{
    if (n == 0)     /* also keeps a + st * (n - 1) from overflowing */
        return 0;
    if (st < 0) {   /* the same items, walked upwards */
        a = a + st * (n - 1);
        st = -st;
    }
    size_t w = (size_t)a;
    for (size_t r = (size_t)a; r < l->len; r++) {
        if ((int64_t)r >= a && ((int64_t)r - a) % st == 0 && ((int64_t)r - a) / st < n)
            continue;
        l->items[w++] = l->items[r];
    }
    l->len = w;
    return 0;
}

static int list_setslice(value self, value key, value v)
{
    list_object *l = v_list(self);
    int64_t a, b, st, n;
    if (slice_unpack(key, (int64_t)l->len, &a, &b, &st, &n) < 0)
        return -1;
    if (!v) {
        if (st == 1)
            return list_replace(l, (size_t)a, (size_t)(b < a ? a : b), NULL, 0);
        return list_del_extended(l, a, st, n);
    }
    value src = items_of(v, st == 1 ? "can only assign an iterable"
                                    : "must assign iterable to extended slice");
    if (!src)
        return -1;
    /* items_of may have run Python code that resized the list */
    if (slice_unpack(key, (int64_t)l->len, &a, &b, &st, &n) < 0)
        return -1;
    if (st == 1)
        return list_replace(l, (size_t)a, (size_t)(b < a ? a : b), tuple_items(src),
                            tuple_len(src));
    if ((int64_t)tuple_len(src) != n) {
        exc_raise(&exc_ValueError,
                  "attempt to assign sequence of size %zd to extended slice of size %zd",
                  (ptrdiff_t)tuple_len(src), (ptrdiff_t)n);
        return -1;
    }
    for (int64_t i = 0; i < n; i++)
        l->items[a + i * st] = tuple_get(src, (size_t)i);
    return 0;
}

static int list_setitem(value self, value key, value v)
{
    if (v_is_slice(key))
        return list_setslice(self, key, v);
    int64_t i;
    if (seq_index(key, (int64_t)list_len(self), "list", &i) < 0)
        return -1;
    list_object *l = v_list(self);
    if (i < 0 || i >= (int64_t)l->len) {
        exc_raise(&exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v) {
        l->items[i] = v;
        return 0;
    }
    return list_replace(l, (size_t)i, (size_t)i + 1, NULL, 0);
}

static int list_contains(value self, value item)
{
    for (size_t i = 0; i < list_len(self); i++) {
        int r = obj_richcompare_bool(list_get(self, i), item, CMP_EQ);
        if (r != 0)
            return r;
    }
    return 0;
}

/* -- Operators ------------------------------------------------------------- */

static value list_add(value a, value b)
{
    if (!is_list(a) || !is_list(b)) {
        if (!is_list(a) || seq_other_may_reflect(b, NB_ADD))
            return V_NOTIMPL;
        return exc_raise(&exc_TypeError, "can only concatenate list (not \"%s\") to list",
                         v_type_name(b));
    }
    size_t la = list_len(a), lb = list_len(b);
    value r = list_new(la + lb);
    if (!r)
        return V_NULL;
    values_move(v_list(r)->items, v_list(a)->items, la);
    values_move(v_list(r)->items + la, v_list(b)->items, lb);
    return r;
}

static int repeat_into(list_object *dst, const value *src, size_t n, int64_t c)
{
    if (n && (uint64_t)c > (SIZE_MAX / 16) / n) {
        exc_no_memory();
        return -1;
    }
    if (list_reserve(dst, n * (size_t)c) < 0)
        return -1;
    for (int64_t k = 0; k < c; k++)
        values_move(dst->items + (size_t)k * n, src, n);
    dst->len = n * (size_t)c;
    return 0;
}

static value list_mul(value a, value b)
{
    value seq;
    int64_t c;
    int r = seq_repeat_args(a, b, is_list, &seq, &c);
    if (r <= 0)
        return r == 0 ? V_NOTIMPL : V_NULL;
    value res = list_new(0);
    if (!res)
        return V_NULL;
    if (repeat_into(v_list(res), v_list(seq)->items, list_len(seq), c) < 0)
        return V_NULL;
    return res;
}

static value list_iadd(value a, value b)
{
    if (!is_list(a))
        return V_NOTIMPL;
    if (list_extend(a, b) < 0)
        return V_NULL;
    return a;
}

static value list_imul(value a, value b)
{
    value seq;
    int64_t c;
    if (!is_list(a))
        return V_NOTIMPL;
    int r = seq_repeat_args(a, b, is_list, &seq, &c);
    if (r <= 0)
        return r == 0 ? V_NOTIMPL : V_NULL;
    list_object *l = v_list(a);
    size_t n = l->len;
    if (c == 0 || n == 0) {
        l->len = 0;
        return a;
    }
    if ((uint64_t)c > (SIZE_MAX / 16) / n)
        return exc_no_memory();
    if (list_reserve(l, n * (size_t)c) < 0)
        return V_NULL;
    for (int64_t k = 1; k < c; k++)
        values_move(l->items + (size_t)k * n, l->items, n);
    l->len = n * (size_t)c;
    return a;
}

/* -- Methods ---------------------------------------------------------------- */

static value m_append(value self, int argc, const value *argv, value kwnames)
{
    return list_append(self, argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_extend(value self, int argc, const value *argv, value kwnames)
{
    return list_extend(self, argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_insert(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("insert", kwnames) < 0 || args_count("insert", argc, 2, 2) < 0)
        return V_NULL;
    int64_t i;
    if (args_index(argv[0], &i) < 0)
        return V_NULL;
    list_object *l = v_list(self);
    int64_t n = (int64_t)l->len;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    return list_replace(l, (size_t)i, (size_t)i, &argv[1], 1) < 0 ? V_NULL : V_NONE;
}

static value m_pop(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("pop", kwnames) < 0 || args_count("pop", argc, 0, 1) < 0)
        return V_NULL;
    int64_t i = -1;
    if (argc == 1 && args_index(argv[0], &i) < 0)
        return V_NULL;
    list_object *l = v_list(self);
    if (l->len == 0)
        return exc_raise(&exc_IndexError, "pop from empty list");
    if (i < 0)
        i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len)
        return exc_raise(&exc_IndexError, "pop index out of range");
    value v = l->items[i];
    if (list_replace(l, (size_t)i, (size_t)i + 1, NULL, 0) < 0)
        return V_NULL;
    return v;
}

static value m_remove(value self, int argc, const value *argv, value kwnames)
{
    for (size_t i = 0; i < list_len(self); i++) {
        int r = obj_richcompare_bool(list_get(self, i), argv[0], CMP_EQ);
        if (r < 0)
            return V_NULL;
        if (r) {
            if (i < list_len(self) && list_replace(v_list(self), i, i + 1, NULL, 0) < 0)
                return V_NULL;
            return V_NONE;
        }
    }
    return exc_raise(&exc_ValueError, "list.remove(x): x not in list");
}

static value m_clear(value self, int argc, const value *argv, value kwnames)
{
    v_list(self)->len = 0;
    return V_NONE;
}

static value m_copy(value self, int argc, const value *argv, value kwnames)
{
    return list_from_array(v_list(self)->items, list_len(self));
}

static value m_index(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("index", kwnames) < 0 || args_count("index", argc, 1, 3) < 0)
        return V_NULL;
    int64_t start, stop;
    if (seq_index_bounds(argc, argv, (int64_t)list_len(self), &start, &stop) < 0)
        return V_NULL;
    for (int64_t i = start; i < stop && i < (int64_t)list_len(self); i++) {
        int r = obj_richcompare_bool(list_get(self, (size_t)i), argv[0], CMP_EQ);
        if (r < 0)
            return V_NULL;
        if (r)
            return v_small(i);
    }
    return exc_raise(&exc_ValueError, "%R is not in list", argv[0]);
}

static value m_count(value self, int argc, const value *argv, value kwnames)
{
    int64_t c = 0;
    for (size_t i = 0; i < list_len(self); i++) {
        int r = obj_richcompare_bool(list_get(self, i), argv[0], CMP_EQ);
        if (r < 0)
            return V_NULL;
        c += r;
    }
    return v_small(c);
}

void list_reverse_items(value *items, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        value t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

static value m_reverse(value self, int argc, const value *argv, value kwnames)
{
    list_reverse_items(v_list(self)->items, list_len(self));
    return V_NONE;
}

/* sort()'s and sorted()'s reverse= is an int-like flag, not any truth value */
int list_sort_reverse_arg(value rv, int *reverse)
{
    int64_t r;
    if (v_is_float(rv)) {
        exc_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (args_index(rv, &r) < 0)
        return -1;
    *reverse = r != 0;
    return 0;
}

static value m_sort(value self, int argc, const value *argv, value kwnames)
{
    if (argc > 0)
        return exc_raise(&exc_TypeError, "sort() takes no positional arguments");
    value key = V_NONE;
    int reverse = 0;
    size_t nk = kwnames ? tuple_len(kwnames) : 0;
    if (nk > 2)
        return exc_raise(&exc_TypeError, "sort() takes at most 2 keyword arguments (%d given)", (int)nk);
    for (size_t i = 0; i < nk; i++) {
        value name = tuple_get(kwnames, i);
        if (str_eq_cstr(name, "key")) {
            key = argv[argc + i];
        } else if (str_eq_cstr(name, "reverse")) {
            if (list_sort_reverse_arg(argv[argc + i], &reverse) < 0)
                return V_NULL;
        } else {
            return exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for sort()", name);
        }
    }
    if (list_sort(self, key == V_NONE ? V_NULL : key, reverse) < 0)
        return V_NULL;
    return V_NONE;
}

/* list.__getitem__ is a method in CPython (so its argument errors read
 * "list.__getitem__() takes exactly one argument") */
static value m_getitem(value self, int argc, const value *argv, value kwnames)
{
    return list_getitem(self, argv[0]);
}

static value list_iter_new(value self);
static value list_reversed_new(value self);

static value m_reversed(value self, int argc, const value *argv, value kwnames)
{
    return list_reversed_new(self);
}

/* -- Iterators ------------------------------------------------------------- */

static value list_iter_new(value self)
{
    list_iter *it = (list_iter *)gc_alloc(&list_iterator_type, sizeof(list_iter));
    if (!it)
        return V_NULL;
    it->seq = self;
    return v_from_obj(it);
}

static value list_reversed_new(value self)
{
    list_iter *it = (list_iter *)gc_alloc(&list_reverseiterator_type, sizeof(list_iter));
    if (!it)
        return V_NULL;
    it->seq = self;
    it->i = (int64_t)list_len(self) - 1;
    return v_from_obj(it);
}

static value list_iter_next(value self)
{
    list_iter *it = (list_iter *)v_obj(self);
    if (!it->seq)
        return V_NULL;
    if (it->i < (int64_t)list_len(it->seq))
        return list_get(it->seq, (size_t)it->i++);
    it->seq = V_NULL;
    return V_NULL;
}

static value list_reversed_next(value self)
{
    list_iter *it = (list_iter *)v_obj(self);
    if (!it->seq)
        return V_NULL;
    if (it->i >= 0 && it->i < (int64_t)list_len(it->seq))
        return list_get(it->seq, (size_t)it->i--);
    it->seq = V_NULL;
    return V_NULL;
}

static value list_iter_hint(value self, int argc, const value *argv, value kwnames)
{
    list_iter *it = (list_iter *)v_obj(self);
    int64_t n = it->seq ? (int64_t)list_len(it->seq) - it->i : 0;
    return v_small(n < 0 ? 0 : n);
}

static value list_reversed_hint(value self, int argc, const value *argv, value kwnames)
{
    list_iter *it = (list_iter *)v_obj(self);
    int64_t n = it->seq && it->i < (int64_t)list_len(it->seq) ? it->i + 1 : 0;
    return v_small(n);
}

/* Pickling as CPython: iter(seq) / reversed(seq) advanced to the
 * current position, iter([]) once exhausted. */
static value list_iter_reduce(value self, int argc, const value *argv, value kwnames)
{
    list_iter *it = (list_iter *)v_obj(self);
    if (!it->seq) {
        value empty = list_new(0);
        return empty ? iterreduce_pack("iter", empty, V_NULL) : V_NULL;
    }
    value index = int_from_i64(it->i);
    return index ? iterreduce_pack("iter", it->seq, index) : V_NULL;
}

static value list_reversed_reduce(value self, int argc, const value *argv, value kwnames)
{
    list_iter *it = (list_iter *)v_obj(self);
    if (!it->seq) {
        value empty = list_new(0);
        return empty ? iterreduce_pack("iter", empty, V_NULL) : V_NULL;
    }
    value index = int_from_i64(it->i);
    return index ? iterreduce_pack("reversed", it->seq, index) : V_NULL;
}

static value list_iter_setstate(value self, int argc, const value *argv, value kwnames)
{
    list_iter *it = (list_iter *)v_obj(self);
    int64_t i;
    if (iterreduce_index(argv[0], &i) < 0)
        return V_NULL;
    if (it->seq) {
        int64_t n = (int64_t)list_len(it->seq);
        it->i = i < 0 ? 0 : i > n ? n : i;
    }
    return V_NONE;
}

static value list_reversed_setstate(value self, int argc, const value *argv, value kwnames)
{
    list_iter *it = (list_iter *)v_obj(self);
    int64_t i;
    if (iterreduce_index(argv[0], &i) < 0)
        return V_NULL;
    if (it->seq) {
        int64_t n = (int64_t)list_len(it->seq);
        it->i = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    }
    return V_NONE;
}

static value iter_self(value self) { return self; }
static void list_iter_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((list_iter *)o)->seq); }

static void list_trace(object *o, gc_tracer *t)
{
    list_object *l = (list_object *)o;
    if (l->items) {
        gc_mark_raw(t, l->items);
        gc_mark_values(t, l->items, l->len);
    }
}

static const method_def list_iter_methods[] = {
    { "__length_hint__", list_iter_hint, METH_NOARGS, NULL },
    { "__reduce__", list_iter_reduce, METH_NOARGS, NULL },
    { "__setstate__", list_iter_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def list_reversed_methods[] = {
    { "__length_hint__", list_reversed_hint, METH_NOARGS, NULL },
    { "__reduce__", list_reversed_reduce, METH_NOARGS, NULL },
    { "__setstate__", list_reversed_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object list_iterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "list_iterator",
    .basicsize = sizeof(list_iter),
    .trace = list_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = list_iter_next,
    .methods = list_iter_methods,
};

type_object list_reverseiterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "list_reverseiterator",
    .basicsize = sizeof(list_iter),
    .trace = list_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = list_reversed_next,
    .methods = list_reversed_methods,
};

static const method_def list_methods[] = {
    { "__getitem__", m_getitem, METH_O, NULL },
    { "append", m_append, METH_O, "Append object to the end of the list." },
    { "extend", m_extend, METH_O, "Extend list by appending elements from the iterable." },
    { "insert", m_insert, METH_FAST, "Insert object before index." },
    { "pop", m_pop, METH_FAST, "Remove and return item at index (default last)." },
    { "remove", m_remove, METH_O, "Remove first occurrence of value." },
    { "clear", m_clear, METH_NOARGS, "Remove all items from list." },
    { "copy", m_copy, METH_NOARGS, "Return a shallow copy of the list." },
    { "index", m_index, METH_FAST, "Return first index of value." },
    { "count", m_count, METH_O, "Return number of occurrences of value." },
    { "reverse", m_reverse, METH_NOARGS, "Reverse *IN PLACE*." },
    { "sort", m_sort, METH_KEYWORDS, "Sort the list in ascending order and return None." },
    { "__reversed__", m_reversed, METH_NOARGS, "Return a reverse iterator over the list." },
    { NULL, NULL, 0, NULL },
};

type_object list_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "list",
    .basicsize = sizeof(list_object),
    .flags = TYPE_BASETYPE | TYPE_LIST_SUBCLASS,
    .trace = list_trace,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .getattr = obj_generic_getattr,
    .iter = list_iter_new,
    .len = list_len_slot,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .nb = { [NB_ADD] = list_add, [NB_MUL] = list_mul },
    .nb_inplace = { [NB_ADD] = list_iadd, [NB_MUL] = list_imul },
    .new = list_tp_new,
    .init = list_init,
    .methods = list_methods,
};
