/* The `_collections` module, which CPython's collections package imports
 * its fast containers from: deque (a ring buffer of values whose capacity
 * is a power of two, so both ends are O(1) and indexing is a mask), its
 * forward and reverse iterators, defaultdict (a dict subclass with a
 * default_factory that __missing__ calls), _count_elements (Counter's
 * inner loop) and _tuplegetter (the field descriptors of namedtuple).
 * OrderedDict is left to collections' pure-Python version.
 *
 * A deque keeps a mutation counter (`state`) that every change of its
 * length bumps, as CPython's does: iterators and the methods that call
 * back into Python (count, index, remove, comparisons) compare it after
 * each call and raise "deque mutated during iteration" instead of reading
 * a buffer that changed under them. */
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/genericalias.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/reduce.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

extern type_object deque_type, deque_iter_type, deque_reviter_type, defdict_type, tuplegetter_type;

/* A type's name as CPython's reprs show it: the part after the last dot. */
static const char *short_name(type_object *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* -- deque: storage ------------------------------------------------------------- */

typedef struct deque_object {
    object hdr;
    value *items;      /* raw block of cap values; NULL while cap == 0 */
    size_t cap;        /* 0 or a power of two */
    size_t head;       /* index of the leftmost item */
    size_t len;
    int64_t maxlen;    /* -1: unbounded */
    uint64_t state;    /* bumped by every change of length or order */
} deque_object;

#define DQ(v) ((deque_object *)v_obj(v))

static bool is_deque(value v) { return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &deque_type); }

static inline value *dq_slot(deque_object *d, size_t i) { return &d->items[(d->head + i) & (d->cap - 1)]; }
static inline value dq_get(deque_object *d, size_t i) { return *dq_slot(d, i); }

/* Room for one more item. */
static int dq_grow(deque_object *d)
{
    if (d->len < d->cap)
        return 0;
    size_t ncap = d->cap ? d->cap * 2 : 8;
    if (ncap > SIZE_MAX / sizeof(value) / 2) {
        exc_no_memory();
        return -1;
    }
    value *n = gc_alloc_raw(ncap * sizeof(value));
    if (!n)
        return -1;
    for (size_t i = 0; i < d->len; i++)
        n[i] = dq_get(d, i);
    d->items = n;
    d->cap = ncap;
    d->head = 0;
    return 0;
}

static value dq_pop_right(deque_object *d)
{
    value *s = dq_slot(d, d->len - 1);
    value v = *s;
    *s = V_NULL;
    d->len--;
    d->state++;
    return v;
}

static value dq_pop_left(deque_object *d)
{
    value *s = dq_slot(d, 0);
    value v = *s;
    *s = V_NULL;
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

static int dq_push_right(deque_object *d, value v)
{
    if (d->maxlen == 0)
        return 0;
    if (d->maxlen > 0 && (int64_t)d->len >= d->maxlen)
        dq_pop_left(d);
    if (dq_grow(d) < 0)
        return -1;
    d->len++;
    *dq_slot(d, d->len - 1) = v;
    d->state++;
    return 0;
}

static int dq_push_left(deque_object *d, value v)
{
    if (d->maxlen == 0)
        return 0;
    if (d->maxlen > 0 && (int64_t)d->len >= d->maxlen)
        dq_pop_right(d);
    if (dq_grow(d) < 0)
        return -1;
    d->head = (d->head - 1) & (d->cap - 1);
    d->len++;
    *dq_slot(d, 0) = v;
    d->state++;
    return 0;
}

static void dq_clear(deque_object *d)
{
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->state++;
}

static void deque_trace(object *o, gc_tracer *t)
{
    deque_object *d = (deque_object *)o;
    if (!d->items)
        return;
    gc_mark_raw(t, d->items);
    for (size_t i = 0; i < d->len; i++)
        gc_mark_value(t, dq_get(d, i));
}

/* -- deque: construction ---------------------------------------------------------- */

static value deque_new(type_object *type, int argc, const value *argv, value kwnames)
{
    deque_object *d = (deque_object *)seq_alloc(type, sizeof(deque_object), 0);
    if (!d)
        return V_NULL;
    d->maxlen = -1;
    return v_from_obj(d);
}

/* Appends every item of iterable on the right (left: at the left). */
static int dq_extend(value self, value iterable, bool left)
{
    value it;
    if (iterable == self) {   /* d.extend(d): iterate over a snapshot */
        value l = list_new(0);
        if (!l || list_extend(l, self) < 0)
            return -1;
        iterable = l;
    }
    if (!(it = obj_iter(iterable)))
        return -1;
    for (;;) {
        value v = obj_next(it);
        if (!v)
            return exc_occurred() ? -1 : 0;
        if ((left ? dq_push_left(DQ(self), v) : dq_push_right(DQ(self), v)) < 0)
            return -1;
    }
}

static int parse_maxlen(value v, int64_t *out)
{
    *out = -1;
    if (!v || v == V_NONE)
        return 0;
    if (!v_is_int(v) && !v_isinstance(v, &int_type)) {
        exc_raise(&exc_TypeError, "an integer is required");
        return -1;
    }
    if (int_as_i64(v, out) < 0) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (*out < 0) {
        exc_raise(&exc_ValueError, "maxlen must be non-negative");
        return -1;
    }
    return 0;
}

static int deque_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "iterable", "maxlen" };
    value a[2];
    if (num_parse_args("deque", argc, argv, kwnames, names, 2, 2, 0, a) < 0)
        return -1;
    int64_t maxlen;
    if (parse_maxlen(a[1], &maxlen) < 0)
        return -1;
    deque_object *d = DQ(self);
    d->maxlen = maxlen;
    if (d->len > 0)
        dq_clear(d);
    return a[0] ? dq_extend(self, a[0], false) : 0;
}

/* A new deque of self's type with its items: the exact type directly, a
 * subclass through its constructor (type(d)(d[, maxlen])). */
static value dq_copy(value self)
{
    deque_object *d = DQ(self);
    if (v_type(self) == &deque_type) {
        value r = deque_new(&deque_type, 0, NULL, V_NULL);
        if (!r)
            return V_NULL;
        deque_object *n = DQ(r);
        n->maxlen = d->maxlen;
        if (d->len) {
            size_t cap = 8;
            while (cap < d->len)
                cap *= 2;
            if (!(n->items = gc_alloc_raw(cap * sizeof(value))))
                return V_NULL;
            n->cap = cap;
            for (size_t i = 0; i < d->len; i++)
                n->items[i] = dq_get(d, i);
            n->len = d->len;
        }
        return r;
    }
    value args[2] = { self, V_NULL };
    int n = 1;
    if (d->maxlen >= 0) {
        if (!(args[1] = int_from_i64(d->maxlen)))
            return V_NULL;
        n = 2;
    }
    return obj_call(v_from_obj(v_type(self)), n, args, V_NULL);
}

/* -- deque: methods ---------------------------------------------------------------- */

static value m_append(value self, int argc, const value *argv, value kwnames)
{
    return dq_push_right(DQ(self), argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_appendleft(value self, int argc, const value *argv, value kwnames)
{
    return dq_push_left(DQ(self), argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_pop(value self, int argc, const value *argv, value kwnames)
{
    if (DQ(self)->len == 0)
        return exc_raise(&exc_IndexError, "pop from an empty deque");
    return dq_pop_right(DQ(self));
}

static value m_popleft(value self, int argc, const value *argv, value kwnames)
{
    if (DQ(self)->len == 0)
        return exc_raise(&exc_IndexError, "pop from an empty deque");
    return dq_pop_left(DQ(self));
}

static value m_extend(value self, int argc, const value *argv, value kwnames)
{
    return dq_extend(self, argv[0], false) < 0 ? V_NULL : V_NONE;
}

static value m_extendleft(value self, int argc, const value *argv, value kwnames)
{
    return dq_extend(self, argv[0], true) < 0 ? V_NULL : V_NONE;
}

static value m_clear(value self, int argc, const value *argv, value kwnames)
{
    dq_clear(DQ(self));
    return V_NONE;
}

static value m_copy(value self, int argc, const value *argv, value kwnames) { return dq_copy(self); }

/* Rotates n steps to the right (negative: left), moving items one by one
 * between the ends of the ring: no allocation. */
static void dq_rotate(deque_object *d, int64_t n)
{
    if (d->len <= 1)
        return;
    int64_t len = (int64_t)d->len;
    n %= len;
    if (n < 0)
        n += len;
    if (n > len / 2)
        n -= len;   /* the shorter way round */
    if (d->len == d->cap) {   /* a full ring rotates by moving its head */
        d->head = (size_t)((int64_t)d->head - n) & (d->cap - 1);
    } else {
        for (; n > 0; n--) {
            value v = dq_get(d, d->len - 1);
            *dq_slot(d, d->len - 1) = V_NULL;
            d->head = (d->head - 1) & (d->cap - 1);
            *dq_slot(d, 0) = v;
        }
        for (; n < 0; n++) {
            value v = dq_get(d, 0);
            *dq_slot(d, 0) = V_NULL;
            d->head = (d->head + 1) & (d->cap - 1);
            *dq_slot(d, d->len - 1) = v;
        }
    }
    d->state++;
}

static value m_rotate(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("rotate", argc, 0, 1) < 0)
        return V_NULL;
    int64_t n = 1;
    if (argc == 1 && args_index(argv[0], &n) < 0)
        return V_NULL;
    dq_rotate(DQ(self), n);
    return V_NONE;
}

static value m_reverse(value self, int argc, const value *argv, value kwnames)
{
    deque_object *d = DQ(self);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        value t = dq_get(d, i);
        *dq_slot(d, i) = dq_get(d, j - 1);
        *dq_slot(d, j - 1) = t;
    }
    d->state++;
    return V_NONE;
}

static value mutated(void) { return exc_raise(&exc_RuntimeError, "deque mutated during iteration"); }

static value m_count(value self, int argc, const value *argv, value kwnames)
{
    deque_object *d = DQ(self);
    uint64_t state = d->state;
    int64_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        int r = obj_richcompare_bool(dq_get(d, i), argv[0], CMP_EQ);
        if (r < 0)
            return V_NULL;
        if (d->state != state)
            return mutated();
        n += r;
    }
    return int_from_i64(n);
}

static value m_index(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("index", argc, 1, 3) < 0)
        return V_NULL;
    deque_object *d = DQ(self);
    int64_t start, stop;
    if (seq_index_bounds(argc, argv, (int64_t)d->len, &start, &stop) < 0)
        return V_NULL;
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < (int64_t)d->len; i++) {
        int r = obj_richcompare_bool(dq_get(d, (size_t)i), argv[0], CMP_EQ);
        if (r < 0)
            return V_NULL;
        if (d->state != state)
            return mutated();
        if (r)
            return int_from_i64(i);
    }
    return exc_raise(&exc_ValueError, "%R is not in deque", argv[0]);
}

/* Removes the item at i (0 <= i < len), shifting the shorter side. */
static void dq_del_at(deque_object *d, size_t i)
{
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--)
            *dq_slot(d, k) = dq_get(d, k - 1);
        dq_pop_left(d);
    } else {
        for (size_t k = i; k + 1 < d->len; k++)
            *dq_slot(d, k) = dq_get(d, k + 1);
        dq_pop_right(d);
    }
}

static value m_insert(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("insert", argc, 2, 2) < 0)
        return V_NULL;
    int64_t i;
    if (args_index(argv[0], &i) < 0)
        return V_NULL;
    deque_object *d = DQ(self);
    if (d->maxlen >= 0 && (int64_t)d->len >= d->maxlen)
        return exc_raise(&exc_IndexError, "deque already at its maximum size");
    int64_t len = (int64_t)d->len;
    if (i < 0 && (i += len) < 0)
        i = 0;
    if (i > len)
        i = len;
    if (dq_grow(d) < 0)
        return V_NULL;
    if (i < len / 2) {   /* open the gap on the left side */
        d->head = (d->head - 1) & (d->cap - 1);
        d->len++;
        for (int64_t k = 0; k < i; k++)
            *dq_slot(d, (size_t)k) = dq_get(d, (size_t)k + 1);
    } else {
        d->len++;
        for (int64_t k = len; k > i; k--)
            *dq_slot(d, (size_t)k) = dq_get(d, (size_t)k - 1);
    }
    *dq_slot(d, (size_t)i) = argv[1];
    d->state++;
    return V_NONE;
}

static value m_remove(value self, int argc, const value *argv, value kwnames)
{
    deque_object *d = DQ(self);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int r = obj_richcompare_bool(dq_get(d, i), argv[0], CMP_EQ);
        if (r < 0)
            return V_NULL;
        if (d->state != state)
            return exc_raise(&exc_IndexError, "deque mutated during iteration");
        if (r) {
            dq_del_at(d, i);
            return V_NONE;
        }
    }
    return exc_raise(&exc_ValueError, "%R is not in deque", argv[0]);
}

static value m_reduce(value self, int argc, const value *argv, value kwnames)
{
    deque_object *d = DQ(self);
    value state = reduce_getstate(self);
    value it = state ? obj_iter(self) : V_NULL;
    if (!it)
        return V_NULL;
    value args;
    if (d->maxlen < 0) {
        args = tuple_empty();
    } else {
        value m = int_from_i64(d->maxlen);
        args = m ? tuple_pack(2, tuple_empty(), m) : V_NULL;
    }
    if (!args)
        return V_NULL;
    return tuple_pack(4, v_from_obj(v_type(self)), args, state, it);
}

static value m_sizeof(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64((int64_t)(v_type(self)->basicsize + DQ(self)->cap * sizeof(value)));
}

static value m_class_getitem(value cls, int argc, const value *argv, value kwnames)
{
    return genericalias_new(cls, argv[0]);
}

static value deque_iter_make(value d, bool reversed);

static value m_reversed(value self, int argc, const value *argv, value kwnames)
{
    return deque_iter_make(self, true);
}

static value get_maxlen(value self)
{
    int64_t m = DQ(self)->maxlen;
    return m < 0 ? V_NONE : int_from_i64(m);
}

/* -- deque: slots ------------------------------------------------------------------- */

static int64_t deque_len(value self) { return (int64_t)DQ(self)->len; }

/* A valid item index from key, or -1 with the error set. */
static int64_t dq_index(value self, value key)
{
    int64_t i;
    if (v_is_int(key)) {
        i = v_int(key);
    } else {
        value k = obj_index(key);
        if (!k)
            return -1;
        if (int_as_i64(k, &i) < 0) {
            exc_clear();
            exc_raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
    }
    int64_t len = (int64_t)DQ(self)->len;
    if (i < 0)
        i += len;
    if (i < 0 || i >= len) {
        exc_raise(&exc_IndexError, "deque index out of range");
        return -1;
    }
    return i;
}

static value deque_getitem(value self, value key)
{
    int64_t i = dq_index(self, key);
    return i < 0 ? V_NULL : dq_get(DQ(self), (size_t)i);
}

static int deque_setitem(value self, value key, value v)
{
    int64_t i = dq_index(self, key);
    if (i < 0)
        return -1;
    if (v)
        *dq_slot(DQ(self), (size_t)i) = v;
    else
        dq_del_at(DQ(self), (size_t)i);
    return 0;
}

static int deque_contains(value self, value item)
{
    deque_object *d = DQ(self);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int r = obj_richcompare_bool(dq_get(d, i), item, CMP_EQ);
        if (r)
            return r;
        if (d->state != state) {
            mutated();
            return -1;
        }
    }
    return 0;
}

static value deque_repr(value self)
{
    const char *name = short_name(v_type(self));
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("[...]") : V_NULL;
    value l = list_new(0);
    value lr = l && list_extend(l, self) == 0 ? obj_repr(l) : V_NULL;
    repr_leave(self);
    if (!lr)
        return V_NULL;
    int64_t m = DQ(self)->maxlen;
    if (m < 0)
        return str_format("%s(%S)", name, lr);
    return str_format("%s(%S, maxlen=%lld)", name, lr, (long long)m);
}

static value deque_richcompare(value a, value b, int op)
{
    if (!is_deque(a) || !is_deque(b))
        return V_NOTIMPL;
    deque_object *x = DQ(a), *y = DQ(b);
    if (op == CMP_EQ || op == CMP_NE) {
        if (a == b)
            return v_bool(op == CMP_EQ);
        if (x->len != y->len)
            return v_bool(op == CMP_NE);
    }
    uint64_t sx = x->state, sy = y->state;
    size_t i = 0;
    for (;; i++) {
        if (x->state != sx || y->state != sy)
            return mutated();
        if (i >= x->len || i >= y->len)
            break;
        value vx = dq_get(x, i), vy = dq_get(y, i);
        int eq = obj_richcompare_bool(vx, vy, CMP_EQ);
        if (eq < 0)
            return V_NULL;
        if (!eq)
            return obj_richcompare(vx, vy, op);
    }
    bool more_x = i < x->len, more_y = i < y->len;
    switch (op) {
    case CMP_LT: return v_bool(more_y);
    case CMP_LE: return v_bool(!more_x);
    case CMP_EQ: return v_bool(!more_x && !more_y);
    case CMP_NE: return v_bool(more_x || more_y);
    case CMP_GT: return v_bool(more_x);
    default: return v_bool(!more_y);
    }
}

static value deque_concat(value a, value b)
{
    if (!is_deque(b)) {
        if (seq_other_may_reflect(b, NB_ADD))
            return V_NOTIMPL;
        return exc_raise(&exc_TypeError, "can only concatenate deque (not \"%s\") to deque", v_type_name(b));
    }
    value r = dq_copy(a);
    if (!r)
        return V_NULL;
    if (!is_deque(r))   /* a subclass constructor may return anything */
        return r;
    return dq_extend(r, b, false) < 0 ? V_NULL : r;
}

static value deque_inplace_concat(value a, value b)
{
    return dq_extend(a, b, false) < 0 ? V_NULL : a;
}

/* d *= n in place: with maxlen, only the last maxlen items are kept. */
static int dq_repeat_inplace(value self, int64_t n)
{
    deque_object *d = DQ(self);
    if (n <= 0 || d->len == 0) {
        if (d->len)
            dq_clear(d);
        return 0;
    }
    if (n == 1)
        return 0;
    size_t len = d->len;
    if ((uint64_t)n > (uint64_t)(INT64_MAX / (int64_t)len)) {
        exc_no_memory();
        return -1;
    }
    int64_t total = (int64_t)len * n;
    if (d->maxlen >= 0 && total > d->maxlen)
        total = d->maxlen;
    if ((uint64_t)total > gc_max_request() / sizeof(value)) {
        exc_no_memory();
        return -1;
    }
    value src = tuple_new(len);
    if (!src)
        return -1;
    for (size_t i = 0; i < len; i++)
        tuple_items(src)[i] = dq_get(d, i);
    /* appending past maxlen drops from the left: only the tail matters */
    dq_clear(d);
    for (int64_t k = (int64_t)len * n - total; k < (int64_t)len * n; k++)
        if (dq_push_right(d, tuple_get(src, (size_t)(k % (int64_t)len))) < 0)
            return -1;
    return 0;
}

static value deque_inplace_repeat(value a, value n)
{
    int64_t k;
    if (args_index(n, &k) < 0)
        return V_NULL;
    return dq_repeat_inplace(a, k) < 0 ? V_NULL : a;
}

static value deque_repeat(value a, value n)
{
    int64_t k;
    if (args_index(n, &k) < 0)
        return V_NULL;
    value r = dq_copy(a);
    if (!r || !is_deque(r))
        return r;
    return dq_repeat_inplace(r, k) < 0 ? V_NULL : r;
}

/* -- deque iterators ------------------------------------------------------------------- */

typedef struct deque_iter {
    object hdr;
    value deque;
    size_t index;       /* items already produced */
    size_t counter;     /* items left */
    uint64_t state;     /* the deque's state when the iterator was made */
} deque_iter;

#define DI(v) ((deque_iter *)v_obj(v))

static value deque_iter_make(value d, bool reversed)
{
    deque_iter *it = (deque_iter *)gc_alloc(reversed ? &deque_reviter_type : &deque_iter_type, sizeof(deque_iter));
    if (!it)
        return V_NULL;
    it->deque = d;
    it->counter = DQ(d)->len;
    it->state = DQ(d)->state;
    return v_from_obj(it);
}

static value deque_iter_slot(value self) { return deque_iter_make(self, false); }

static value di_next_common(value self, bool reversed)
{
    deque_iter *it = DI(self);
    deque_object *d = DQ(it->deque);
    if (d->state != it->state) {
        it->counter = 0;
        return mutated();
    }
    if (it->counter == 0)
        return V_NULL;
    size_t i = reversed ? d->len - 1 - it->index : it->index;
    it->index++;
    it->counter--;
    return dq_get(d, i);
}

static value di_next(value self) { return di_next_common(self, false); }
static value dri_next(value self) { return di_next_common(self, true); }
static value di_iter(value self) { return self; }

static value di_new_common(type_object *type, int argc, const value *argv, value kwnames, bool reversed)
{
    const char *name = reversed ? "_deque_reverse_iterator" : "_deque_iterator";
    if (args_no_kw(name, kwnames) < 0 || args_count(name, argc, 1, 2) < 0)
        return V_NULL;
    if (!is_deque(argv[0]))
        return exc_raise(&exc_TypeError, "argument 1 must be collections.deque, not %s",
                         v_type_name(argv[0]));
    int64_t index = 0;
    if (argc == 2 && args_index(argv[1], &index) < 0)
        return V_NULL;
    value r = deque_iter_make(argv[0], reversed);
    if (!r)
        return V_NULL;
    v_obj(r)->type = type;
    deque_iter *it = DI(r);
    for (; index > 0 && it->counter > 0; index--) {
        it->index++;
        it->counter--;
    }
    return r;
}

static value di_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return di_new_common(type, argc, argv, kwnames, false);
}

static value dri_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return di_new_common(type, argc, argv, kwnames, true);
}

static value di_length_hint(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64((int64_t)DI(self)->counter);
}

static value di_reduce(value self, int argc, const value *argv, value kwnames)
{
    deque_iter *it = DI(self);
    value n = int_from_i64((int64_t)DQ(it->deque)->len - (int64_t)it->counter);
    value args = n ? tuple_pack(2, it->deque, n) : V_NULL;
    return args ? tuple_pack(2, v_from_obj(v_type(self)), args) : V_NULL;
}

static void di_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((deque_iter *)o)->deque); }

/* -- defaultdict ------------------------------------------------------------------------- */

typedef struct defdict_object {
    dict_object dict;
    value factory;     /* V_NULL: None */
} defdict_object;

#define DD(v) ((defdict_object *)v_obj(v))

static value dd_factory(value self)
{
    value f = DD(self)->factory;
    return f ? f : V_NONE;
}

static int set_factory(value self, value v)
{
    DD(self)->factory = v && v != V_NONE ? v : V_NULL;
    return 0;
}

static int defdict_init(value self, int argc, const value *argv, value kwnames)
{
    value f = V_NULL;
    if (argc > 0) {
        f = argv[0];
        if (f != V_NONE && !v_type(f)->call) {
            exc_raise(&exc_TypeError, "first argument must be callable or None");
            return -1;
        }
        argc--;
        argv++;
    }
    set_factory(self, f);
    return dict_type.init(self, argc, argv, kwnames);
}

static value defdict_missing(value self, int argc, const value *argv, value kwnames)
{
    value f = DD(self)->factory;
    if (!f) {
        value e = obj_call1(v_from_obj(&exc_KeyError), argv[0]);
        return e ? exc_raise_value(e) : V_NULL;
    }
    value v = obj_call0(f);
    if (!v || obj_setitem(self, argv[0], v) < 0)
        return V_NULL;
    return v;
}

/* type(self)(self.default_factory, other) */
static value dd_make(value self, value contents)
{
    value args[2] = { dd_factory(self), contents };
    return obj_call(v_from_obj(v_type(self)), 2, args, V_NULL);
}

static value defdict_copy(value self, int argc, const value *argv, value kwnames)
{
    return dd_make(self, self);
}

static value defdict_reduce(value self, int argc, const value *argv, value kwnames)
{
    value f = DD(self)->factory;
    value args = f ? tuple_pack(1, f) : tuple_empty();
    value items = args ? obj_call_method(self, "items", 0, NULL) : V_NULL;
    value it = items ? obj_iter(items) : V_NULL;
    if (!it)
        return V_NULL;
    return tuple_pack(5, v_from_obj(v_type(self)), args, V_NONE, V_NONE, it);
}

static value defdict_repr(value self)
{
    value base = dict_type.repr(self);
    if (!base)
        return V_NULL;
    value f = DD(self)->factory, fr;
    if (!f) {
        fr = str_from_cstr("None");
    } else {
        int r = repr_enter(f);
        if (r < 0)
            return V_NULL;
        if (r > 0) {
            fr = str_from_cstr("...");
        } else {
            fr = obj_repr(f);
            repr_leave(f);
        }
    }
    if (!fr)
        return V_NULL;
    return str_format("%s(%S, %S)", short_name(v_type(self)), fr, base);
}

static value defdict_or(value a, value b)
{
    bool left = v_isinstance(a, &defdict_type);
    value self = left ? a : b, other = left ? b : a;
    if (!v_isinstance(other, &dict_type))
        return V_NOTIMPL;
    value r = dd_make(self, a);
    if (!r)
        return V_NULL;
    return dict_update(r, b) < 0 ? V_NULL : r;
}

static void defdict_trace(object *o, gc_tracer *t)
{
    dict_type.trace(o, t);
    gc_mark_value(t, ((defdict_object *)o)->factory);
}

/* -- _count_elements ---------------------------------------------------------------------- */

static value coll_count_elements(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("_count_elements", kwnames) < 0 || args_count("_count_elements", argc, 2, 2) < 0)
        return V_NULL;
    value mapping = argv[0];
    value it = obj_iter(argv[1]);
    if (!it)
        return V_NULL;
    /* a dict whose get and __setitem__ are dict's own takes the direct path */
    type_object *t = v_type(mapping);
    value get_name = str_intern_cstr("get"), set_name = str_intern_cstr("__setitem__");
    if (!get_name || !set_name)
        return V_NULL;
    bool direct = type_is_subtype(t, &dict_type)
                  && type_lookup(t, get_name) == dict_get_str(dict_type.dict, get_name)
                  && type_lookup(t, set_name) == dict_get_str(dict_type.dict, set_name);
    value get = V_NULL;
    if (!direct && !(get = obj_getattr(mapping, get_name)))
        return V_NULL;
    for (;;) {
        value k = obj_next(it);
        if (!k)
            return exc_occurred() ? V_NULL : V_NONE;
        value old, n;
        if (direct) {
            int64_t h;
            if (dict_hash_key(k, &h) < 0)
                return V_NULL;
            old = dict_get_hashed(mapping, k, h);
            if (!old && exc_occurred())
                return V_NULL;
            n = old ? obj_binary_op(old, v_small(1), NB_ADD) : v_small(1);
            if (!n || dict_set_hashed(mapping, k, h, n) < 0)
                return V_NULL;
        } else {
            value args[2] = { k, v_small(0) };
            old = obj_call(get, 2, args, V_NULL);
            n = old ? obj_binary_op(old, v_small(1), NB_ADD) : V_NULL;
            if (!n || obj_setitem(mapping, k, n) < 0)
                return V_NULL;
        }
    }
}

/* -- _tuplegetter ---------------------------------------------------------------------------- */

typedef struct tuplegetter_object {
    object hdr;
    int64_t index;
    value doc;
} tuplegetter_object;

#define TG(v) ((tuplegetter_object *)v_obj(v))

static value tg_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("_tuplegetter", kwnames) < 0 || args_count("_tuplegetter", argc, 2, 2) < 0)
        return V_NULL;
    int64_t index;
    if (args_index(argv[0], &index) < 0)
        return V_NULL;
    tuplegetter_object *g = (tuplegetter_object *)seq_alloc(type, sizeof(tuplegetter_object), 0);
    if (!g)
        return V_NULL;
    g->index = index;
    g->doc = argv[1];
    return v_from_obj(g);
}

static value tg_get(value self, value obj, value type)
{
    int64_t i = TG(self)->index;
    if (!obj || obj == V_NONE)
        return self;
    if (!v_isinstance(obj, &tuple_type))
        return exc_raise(&exc_TypeError,
                         "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                         (long long)i, v_type_name(obj));
    if (i < 0 || (uint64_t)i >= tuple_len(obj))
        return exc_raise(&exc_IndexError, "tuple index out of range");
    return tuple_get(obj, (size_t)i);
}

static int tg_set(value self, value obj, value v)
{
    exc_raise(&exc_AttributeError, v ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static value tg_reduce(value self, int argc, const value *argv, value kwnames)
{
    value i = int_from_i64(TG(self)->index);
    value args = i ? tuple_pack(2, i, TG(self)->doc) : V_NULL;
    return args ? tuple_pack(2, v_from_obj(v_type(self)), args) : V_NULL;
}

static value tg_get_doc(value self) { return TG(self)->doc ? TG(self)->doc : V_NONE; }

static int tg_set_doc(value self, value v)
{
    TG(self)->doc = v ? v : V_NONE;
    return 0;
}

static void tg_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((tuplegetter_object *)o)->doc); }

/* -- Types and the module ------------------------------------------------------------------- */

static const method_def deque_methods[] = {
    { "append", m_append, METH_O, "Add an element to the right side of the deque." },
    { "appendleft", m_appendleft, METH_O, "Add an element to the left side of the deque." },
    { "pop", m_pop, METH_NOARGS, "Remove and return the rightmost element." },
    { "popleft", m_popleft, METH_NOARGS, "Remove and return the leftmost element." },
    { "extend", m_extend, METH_O, "Extend the right side of the deque with elements from the iterable" },
    { "extendleft", m_extendleft, METH_O, "Extend the left side of the deque with elements from the iterable" },
    { "rotate", m_rotate, METH_FAST, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left." },
    { "reverse", m_reverse, METH_NOARGS, "D.reverse() -- reverse *IN PLACE*" },
    { "count", m_count, METH_O, "D.count(value) -> integer -- return number of occurrences of value" },
    { "index", m_index, METH_FAST, "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present." },
    { "insert", m_insert, METH_FAST, "D.insert(index, object) -- insert object before index" },
    { "remove", m_remove, METH_O, "D.remove(value) -- remove first occurrence of value." },
    { "clear", m_clear, METH_NOARGS, "Remove all elements from the deque." },
    { "copy", m_copy, METH_NOARGS, "Return a shallow copy of a deque." },
    { "__copy__", m_copy, METH_NOARGS, "Return a shallow copy of a deque." },
    { "__reduce__", m_reduce, METH_NOARGS, "Return state information for pickling." },
    { "__reversed__", m_reversed, METH_NOARGS, "D.__reversed__() -- return a reverse iterator over the deque" },
    { "__sizeof__", m_sizeof, METH_NOARGS, "D.__sizeof__() -- size of D in memory, in bytes" },
    { "__class_getitem__", m_class_getitem, METH_O | METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static const getset_def deque_getsets[] = {
    { "maxlen", get_maxlen, NULL, "maximum size of a deque or None if unbounded" },
    { NULL, NULL, NULL, NULL },
};

type_object deque_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "collections.deque",
    .basicsize = sizeof(deque_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .trace = deque_trace,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .iter = deque_iter_slot,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .sq_concat = deque_concat,
    .sq_repeat = deque_repeat,
    .sq_inplace_concat = deque_inplace_concat,
    .sq_inplace_repeat = deque_inplace_repeat,
    .new = deque_new,
    .init = deque_init,
    .methods = deque_methods,
    .getsets = deque_getsets,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
};

static const method_def di_methods[] = {
    { "__length_hint__", di_length_hint, METH_NOARGS, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", di_reduce, METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

type_object deque_iter_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(deque_iter),
    .trace = di_trace,
    .getattr = obj_generic_getattr,
    .iter = di_iter,
    .iternext = di_next,
    .new = di_new,
    .methods = di_methods,
};

type_object deque_reviter_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(deque_iter),
    .trace = di_trace,
    .getattr = obj_generic_getattr,
    .iter = di_iter,
    .iternext = dri_next,
    .new = dri_new,
    .methods = di_methods,
};

static const method_def defdict_methods[] = {
    { "__missing__", defdict_missing, METH_O,
      "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
      "  if self.default_factory is None: raise KeyError((key,))\n"
      "  self[key] = value = self.default_factory()\n"
      "  return value" },
    { "copy", defdict_copy, METH_NOARGS, "D.copy() -> a shallow copy of D." },
    { "__copy__", defdict_copy, METH_NOARGS, "D.copy() -> a shallow copy of D." },
    { "__reduce__", defdict_reduce, METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

static const getset_def defdict_getsets[] = {
    { "default_factory", dd_factory, set_factory, "Factory for default value called by __missing__()." },
    { NULL, NULL, NULL, NULL },
};

type_object defdict_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "collections.defaultdict",
    .basicsize = sizeof(defdict_object),
    .flags = TYPE_BASETYPE | TYPE_DICT_SUBCLASS | TYPE_WEAKREFABLE,
    .base = &dict_type,
    .trace = defdict_trace,
    .repr = defdict_repr,
    .nb = { [NB_OR] = defdict_or },
    .init = defdict_init,
    .methods = defdict_methods,
    .getsets = defdict_getsets,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
           "The default factory is called without arguments to produce\n"
           "a new value when a key is not present, in __getitem__ only.\n"
           "A defaultdict compares equal to a dict with the same items.\n"
           "All remaining arguments are treated the same as if they were\n"
           "passed to the dict constructor, including keyword arguments.\n",
};

static const method_def tg_methods[] = {
    { "__reduce__", tg_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def tg_getsets[] = {
    { "__doc__", tg_get_doc, tg_set_doc, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object tuplegetter_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(tuplegetter_object),
    .trace = tg_trace,
    .getattr = obj_generic_getattr,
    .descr_get = tg_get,
    .descr_set = tg_set,
    .new = tg_new,
    .methods = tg_methods,
    .getsets = tg_getsets,
};

static type_object *const exported[] = {
    &deque_type, &deque_iter_type, &deque_reviter_type, &defdict_type, &tuplegetter_type, NULL,
};

static const method_def coll_functions[] = {
    { "_count_elements", coll_count_elements, METH_FAST, "Count elements in the iterable, updating the mapping" },
    { NULL, NULL, 0, NULL },
};

value collectionsmodule_init(void)
{
    value m = module_new("_collections");
    if (!m || modules_add_functions(m, coll_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    for (int i = 0; exported[i]; i++) {
        type_object *t = exported[i];
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return V_NULL;
        if (dict_set_cstr(d, short_name(t), v_from_obj(t)) < 0)
            return V_NULL;
    }
    return m;
}
