/* set and frozenset: open-addressed tables of (hash, key) probed as
 * CPython 3.11 probes them (up to LINEAR_PROBES neighbours, then a
 * perturbed jump), resized at the same fill ratios and merged the same
 * way, so a set of ints iterates -- and prints -- in CPython's order.
 * Deleted slots become dummies (key V_NULL, hash -1). A comparison that
 * mutates the set restarts the probe. Iterators compare the set's size
 * with the one they started with ("Set changed size during iteration").
 * frozenset's hash is CPython's (xor of shuffled entry hashes, then
 * mixed), so hash(frozenset({1, 2})) agrees. */
#include <string.h>
#include "set.h"
#include "dict.h"
#include "str.h"
#include "tuple.h"
#include "sequtil.h"
#include "list.h"
#include "reduce.h"
#include "iterreduce.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

#define MIN_SIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static set_object *S(value v) { return (set_object *)v_obj(v); }
static bool is_frozen_type(type_object *t) { return type_is_subtype(t, &frozenset_type); }

static int alloc_table(set_object *s, size_t size)
{
    set_entry *t = gc_alloc_raw(size * sizeof(set_entry));
    if (!t)
        return -1;
    s->table = t;
    s->mask = size - 1;
    s->fill = s->used = 0;
    return 0;
}

static value set_alloc(type_object *type)
{
    set_object *s = (set_object *)seq_alloc(type, sizeof(set_object), 0);
    if (!s)
        return V_NULL;
    s->hash = -1;
    s->finger = 0;
    if (alloc_table(s, MIN_SIZE) < 0)
        return V_NULL;
    return v_from_obj(s);
}

/* Put a key known to be absent into a table without dummies. */
static void insert_clean(set_entry *table, size_t mask, value key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        set_entry *e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int set_resize(set_object *s, size_t minused)
{
    size_t size = MIN_SIZE;
    while (size <= minused) {
        size <<= 1;
        if (size > ((size_t)1 << 58)) {
            exc_no_memory();
            return -1;
        }
    }
    set_entry *old = s->table;
    size_t oldsize = s->mask + 1, used = s->used;
    if (alloc_table(s, size) < 0)
        return -1;
    for (size_t i = 0; i < oldsize; i++)
        if (old[i].key)
            insert_clean(s->table, s->mask, old[i].key, old[i].hash);
    s->used = s->fill = used;
    s->version++;
    return 0;
}

/* After a comparison ran Python code: must the probe restart? Only when
 * the table changed shape or the slot no longer holds the key compared.
 * (CPython checks the table's address, and a set cleared and refilled by
 * __eq__ usually gets the same block back from malloc; comparing the shape
 * gives the same answer without depending on the allocator, and so a key
 * whose __eq__ rebuilds the set the same way every time cannot loop.) */
static bool reshaped(set_object *s, size_t mask, size_t j, value k)
{
    return mask != s->mask || s->table[j].key != k;
}

/* The slot holding key, -1 when absent, -2 on error. */
static int64_t set_lookup(set_object *s, value key, int64_t hash)
{
restart:;
    size_t mask = s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i;; j++) {
            set_entry *e = &s->table[j];
            if (!e->key && e->hash == 0)
                return -1;
            if (e->key && e->hash == hash) {
                value k = e->key;
                if (k == key)
                    return (int64_t)j;
                if (v_is_str(k) && v_is_str(key)) {
                    if (str_eq(k, key))
                        return (int64_t)j;
                } else {
                    int eq = obj_richcompare_bool(k, key, CMP_EQ);
                    if (eq < 0)
                        return -2;
                    if (reshaped(s, mask, j, k))
                        goto restart;
                    if (eq)
                        return (int64_t)j;
                }
            }
            if (probes-- == 0)
                break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int add_hashed(set_object *s, value key, int64_t hash)
{
restart:;
    size_t mask = s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    int64_t freeslot = -1;   /* an index: the table may be replaced under us */
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i;; j++) {
            set_entry *e = &s->table[j];
            if (!e->key && e->hash == 0) {
                if (freeslot >= 0) {
                    s->table[freeslot].key = key;
                    s->table[freeslot].hash = hash;
                    s->used++;
                    s->version++;
                    return 0;
                }
                e->key = key;
                e->hash = hash;
                s->fill++;
                s->used++;
                s->version++;
                if (s->fill * 5 < mask * 3)
                    return 0;
                return set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
            }
            if (e->key && e->hash == hash) {
                value k = e->key;
                if (k == key)
                    return 0;
                if (v_is_str(k) && v_is_str(key)) {
                    if (str_eq(k, key))
                        return 0;
                } else {
                    set_entry *table = s->table;
                    int eq = obj_richcompare_bool(k, key, CMP_EQ);
                    if (eq < 0)
                        return -1;
                    if (eq)
                        return 0;
                    if (reshaped(s, mask, j, k))
                        goto restart;
                    if (table != s->table)
                        freeslot = -1;   /* it named a dummy of the old table */
                }
            } else if (!e->key && e->hash == -1) {
                freeslot = (int64_t)j;   /* the last dummy on the way, as CPython 3.11 picks */
            }
            if (probes-- == 0)
                break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int hash_key(value key, int64_t *h) { return dict_hash_key(key, h); }

int set_add(value sv, value key)
{
    int64_t h;
    if (hash_key(key, &h) < 0)
        return -1;
    return add_hashed(S(sv), key, h);
}

/* For look-ups, an unhashable set key is tried as a frozenset. */
static int lookup_key(value *key, int64_t *h)
{
    if (hash_key(*key, h) == 0)
        return 0;
    if (!v_is_anyset(*key) || !exc_matches(&exc_TypeError))
        return -1;
    exc_clear();
    value f = frozenset_new(*key);
    if (!f)
        return -1;
    *key = f;
    return hash_key(f, h);
}

int set_contains(value sv, value key)
{
    int64_t h;
    if (lookup_key(&key, &h) < 0)
        return -1;
    int64_t r = set_lookup(S(sv), key, h);
    return r == -2 ? -1 : r >= 0;
}

static void remove_slot(set_object *s, int64_t j)
{
    s->table[j].key = V_NULL;
    s->table[j].hash = -1;
    s->used--;
    s->version++;
}

int set_discard(value sv, value key)
{
    int64_t h;
    if (lookup_key(&key, &h) < 0)
        return -1;
    int64_t j = set_lookup(S(sv), key, h);
    if (j < 0)
        return j == -2 ? -1 : 0;
    remove_slot(S(sv), j);
    return 1;
}

int set_next(value sv, size_t *pos, value *key)
{
    set_object *s = S(sv);
    while (*pos <= s->mask) {
        set_entry *e = &s->table[(*pos)++];
        if (e->key) {
            *key = e->key;
            return 1;
        }
    }
    return 0;
}

/* Adds every key of another set, sizing the table first as CPython does
 * so the resulting order matches. */
static int merge_set(set_object *s, set_object *o)
{
    if (o->used == 0)
        return 0;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && set_resize(s, (s->used + o->used) * 2) < 0)
        return -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(set_entry));
        s->fill = s->used = o->used;
        s->version++;
        return 0;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= o->mask; i++)
            if (o->table[i].key)
                insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
        s->fill = s->used = o->used;
        s->version++;
        return 0;
    }
    set_entry *table = o->table;
    size_t mask = o->mask;
    for (size_t i = 0; i <= mask; i++) {
        set_entry e = table[i];
        if (e.key && add_hashed(s, e.key, e.hash) < 0)
            return -1;
    }
    return 0;
}

int set_update(value sv, value iterable)
{
    set_object *s = S(sv);
    if (v_is_anyset(iterable))
        return merge_set(s, S(iterable));
    if (v_is_dict(iterable)) {
        size_t n = dict_len(iterable);
        if ((s->fill + n) * 5 >= s->mask * 3 && set_resize(s, (s->used + n) * 2) < 0)
            return -1;
        dict_object *d = v_dict(iterable);
        for (size_t i = 0; i < d->nentries; i++) {
            dict_entry e = d->entries[i];
            if (e.key && add_hashed(s, e.key, e.hash) < 0)
                return -1;
        }
        return 0;
    }
    value it = obj_iter(iterable);
    if (!it)
        return -1;
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? -1 : 0;
        if (set_add(sv, x) < 0)
            return -1;
    }
}

static value new_of(type_object *type, value iterable)
{
    value s = set_alloc(type);
    if (!s)
        return V_NULL;
    if (iterable && set_update(s, iterable) < 0)
        return V_NULL;
    return s;
}

value set_new(value iterable) { return new_of(&set_type, iterable); }
value frozenset_new(value iterable) { return new_of(&frozenset_type, iterable); }

/* A new set of the builtin base type of v (set or frozenset). */
static value new_like(value v, value iterable)
{
    return new_of(is_frozen_type(v_obj(v)->type) ? &frozenset_type : &set_type, iterable);
}

/* -- Constructors -------------------------------------------------------- */

static value set_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (type == &set_type && args_no_kw("set", kwnames) < 0)
        return V_NULL;
    return set_alloc(type);
}

static int set_init(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("set", kwnames) < 0 || args_count("set", argc, 0, 1) < 0)
        return -1;
    set_object *s = S(self);
    if (s->used && alloc_table(s, MIN_SIZE) < 0)
        return -1;
    return argc ? set_update(self, argv[0]) : 0;
}

static value frozenset_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (type == &frozenset_type && args_no_kw("frozenset", kwnames) < 0)
        return V_NULL;
    if (args_count("frozenset", argc, 0, 1) < 0)
        return V_NULL;
    if (argc == 1 && type == &frozenset_type && v_is_ptr(argv[0]) &&
        v_obj(argv[0])->type == &frozenset_type)
        return argv[0];
    return new_of(type, argc ? argv[0] : V_NULL);
}

/* -- repr, hash, comparison ---------------------------------------------- */

static value set_repr(value self)
{
    type_object *t = v_obj(self)->type;
    if (S(self)->used == 0)
        return str_format("%s()", t->name);
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_format("%s(...)", t->name) : V_NULL;
    str_builder b;
    sb_str_init(&b);
    bool wrap = t != &set_type;
    if (wrap) {
        sb_str_add(&b, t->name, strlen(t->name));
        sb_str_add(&b, "(", 1);
    }
    sb_str_add(&b, "{", 1);
    /* the keys first, as CPython does: a key's __repr__ may change the set */
    value keys = tuple_new(S(self)->used);
    if (!keys) {
        sb_str_abandon(&b);
        repr_leave(self);
        return V_NULL;
    }
    size_t pos = 0, n = 0;
    value k;
    while (n < tuple_len(keys) && set_next(self, &pos, &k))
        v_tuple(keys)->items[n++] = k;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            sb_str_add(&b, ", ", 2);
        value s = obj_repr(tuple_get(keys, i));
        if (!s) {
            sb_str_abandon(&b);
            repr_leave(self);
            return V_NULL;
        }
        sb_str_add_value(&b, s);
    }
    sb_str_add(&b, wrap ? "})" : "}", wrap ? 2 : 1);
    repr_leave(self);
    return sb_str_finish(&b);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static int frozenset_hash(value self, int64_t *out)
{
    set_object *s = S(self);
    if (s->hash != -1) {
        *out = s->hash;
        return 0;
    }
    uint64_t h = 0;
    for (size_t i = 0; i <= s->mask; i++)
        if (s->table[i].key)
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1)
        h = 590923713ULL;
    s->hash = (int64_t)h;
    *out = s->hash;
    return 0;
}

/* Every key of a is in b (both sets). */
static int subset_of(value a, value b)
{
    if (set_len(a) > set_len(b))
        return 0;
    size_t pos = 0;
    value k;
    while (set_next(a, &pos, &k)) {
        int r = set_contains(b, k);
        if (r <= 0)
            return r;
    }
    return 1;
}

static value set_richcompare(value a, value b, int op)
{
    if (!v_is_anyset(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    size_t la = set_len(a), lb = set_len(b);
    int r;
    switch (op) {
    case CMP_EQ: r = la == lb ? subset_of(a, b) : 0; break;
    case CMP_NE: r = la == lb ? subset_of(a, b) : 0; if (r >= 0) r = !r; break;
    case CMP_LE: r = subset_of(a, b); break;
    case CMP_GE: r = subset_of(b, a); break;
    case CMP_LT: r = la < lb ? subset_of(a, b) : 0; break;
    default: r = la > lb ? subset_of(b, a) : 0; break;
    }
    return r < 0 ? V_NULL : v_bool(r);
}

static int64_t set_len_slot(value self) { return (int64_t)set_len(self); }

/* -- Algebra -------------------------------------------------------------- */

static value intersection(value s, value other)
{
    value r = new_like(s, V_NULL);
    if (!r)
        return V_NULL;
    if (v_is_anyset(other)) {
        /* walk other unless it is bigger: on equal sizes the result holds
         * other's key objects ({1.0} & {True} is {True}), as in CPython */
        value small = other, big = s;
        if (set_len(other) > set_len(s)) {
            small = s;
            big = other;
        }
        size_t pos = 0;
        value k;
        while (set_next(small, &pos, &k)) {
            int64_t h = S(small)->table[pos - 1].hash;
            int64_t j = set_lookup(S(big), k, h);
            if (j == -2 || (j >= 0 && add_hashed(S(r), k, h) < 0))
                return V_NULL;
        }
        return r;
    }
    value it = obj_iter(other);
    if (!it)
        return V_NULL;
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? V_NULL : r;
        int64_t h;
        if (hash_key(x, &h) < 0)
            return V_NULL;
        int64_t j = set_lookup(S(s), x, h);
        if (j == -2 || (j >= 0 && add_hashed(S(r), x, h) < 0))
            return V_NULL;
    }
}

static int difference_update(value s, value other)
{
    if (s == other) {
        return alloc_table(S(s), MIN_SIZE);
    }
    value it = obj_iter(other);
    if (!it)
        return -1;
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? -1 : 0;
        if (set_discard(s, x) < 0)
            return -1;
    }
}

static value difference(value s, value other)
{
    if (!v_is_anyset(other) || (set_len(s) >> 2) > set_len(other)) {
        value r = new_like(s, s);
        if (!r || difference_update(r, other) < 0)
            return V_NULL;
        return r;
    }
    value r = new_like(s, V_NULL);
    if (!r)
        return V_NULL;
    size_t pos = 0;
    value k;
    while (set_next(s, &pos, &k)) {
        int64_t h = S(s)->table[pos - 1].hash;
        int64_t j = set_lookup(S(other), k, h);
        if (j == -2 || (j == -1 && add_hashed(S(r), k, h) < 0))
            return V_NULL;
    }
    return r;
}

static int symmetric_difference_update(value s, value other)
{
    value o = other;
    if (s == other)
        return alloc_table(S(s), MIN_SIZE);
    if (!v_is_anyset(o)) {
        o = set_new(other);
        if (!o)
            return -1;
    }
    size_t pos = 0;
    value k;
    while (set_next(o, &pos, &k)) {
        int64_t h = S(o)->table[pos - 1].hash;
        int64_t j = set_lookup(S(s), k, h);
        if (j == -2)
            return -1;
        if (j >= 0)
            remove_slot(S(s), j);
        else if (add_hashed(S(s), k, h) < 0)
            return -1;
    }
    return 0;
}

/* a ^ b as CPython builds it: a copy of b (with a's kind), updated with a's
 * entries -- which fixes the order the result iterates in. */
static value symmetric_difference(value a, value b)
{
    value r = new_like(a, b);
    if (!r || symmetric_difference_update(r, a) < 0)
        return V_NULL;
    return r;
}

/* s takes over r's table (r is a fresh set nobody else sees). */
static void adopt_table(value s, value r)
{
    set_object *a = S(s), *b = S(r);
    a->table = b->table;
    a->mask = b->mask;
    a->fill = b->fill;
    a->used = b->used;
    a->version++;
}

static int intersection_update(value s, value other)
{
    value r = intersection(s, other);
    if (!r)
        return -1;
    adopt_table(s, r);
    return 0;
}

static value op_or(value a, value b)
{
    if (!v_is_anyset(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    value r = new_like(a, a);
    if (!r || set_update(r, b) < 0)
        return V_NULL;
    return r;
}

static value op_and(value a, value b)
{
    if (!v_is_anyset(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    return intersection(a, b);
}

static value op_sub(value a, value b)
{
    if (!v_is_anyset(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    return difference(a, b);
}

static value op_xor(value a, value b)
{
    if (!v_is_anyset(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    return symmetric_difference(a, b);
}

static bool is_mutable_set(value v) { return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &set_type); }

static value op_ior(value a, value b)
{
    if (!is_mutable_set(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    return set_update(a, b) < 0 ? V_NULL : a;
}

static value op_iand(value a, value b)
{
    if (!is_mutable_set(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    return intersection_update(a, b) < 0 ? V_NULL : a;
}

static value op_isub(value a, value b)
{
    if (!is_mutable_set(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    return difference_update(a, b) < 0 ? V_NULL : a;
}

static value op_ixor(value a, value b)
{
    if (!is_mutable_set(a) || !v_is_anyset(b))
        return V_NOTIMPL;
    return symmetric_difference_update(a, b) < 0 ? V_NULL : a;
}

/* -- Methods --------------------------------------------------------------- */

static value m_add(value self, int argc, const value *argv, value kwnames)
{
    return set_add(self, argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_clear(value self, int argc, const value *argv, value kwnames)
{
    if (alloc_table(S(self), MIN_SIZE) < 0)
        return V_NULL;
    S(self)->version++;
    return V_NONE;
}

static value m_copy(value self, int argc, const value *argv, value kwnames)
{
    if (v_obj(self)->type == &frozenset_type)
        return self;
    return new_like(self, self);
}

static value m_discard(value self, int argc, const value *argv, value kwnames)
{
    return set_discard(self, argv[0]) < 0 ? V_NULL : V_NONE;
}

static value m_remove(value self, int argc, const value *argv, value kwnames)
{
    int r = set_discard(self, argv[0]);
    if (r < 0)
        return V_NULL;
    if (r == 0) {
        value e = obj_call1(v_from_obj(&exc_KeyError), argv[0]);
        return e ? exc_raise_value(e) : V_NULL;
    }
    return V_NONE;
}

static value m_pop(value self, int argc, const value *argv, value kwnames)
{
    set_object *s = S(self);
    if (s->used == 0)
        return exc_raise(&exc_KeyError, "pop from an empty set");
    /* from the finger on, wrapping: CPython's order, and no quadratic
     * rescan of the emptied front when a set is drained by pop() */
    size_t i = s->finger & s->mask;
    while (!s->table[i].key)
        i = (i + 1) & s->mask;
    value k = s->table[i].key;
    remove_slot(s, (int64_t)i);
    s->finger = i + 1;
    return k;
}

static value m_update(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("update", kwnames) < 0)
        return V_NULL;
    for (int i = 0; i < argc; i++)
        if (set_update(self, argv[i]) < 0)
            return V_NULL;
    return V_NONE;
}

static value m_union(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("union", kwnames) < 0)
        return V_NULL;
    value r = new_like(self, self);
    if (!r)
        return V_NULL;
    for (int i = 0; i < argc; i++)
        if (set_update(r, argv[i]) < 0)
            return V_NULL;
    return r;
}

static value m_intersection(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("intersection", kwnames) < 0)
        return V_NULL;
    value r = argc == 0 ? new_like(self, self) : self;
    for (int i = 0; i < argc && r; i++)
        r = intersection(r, argv[i]);
    return r;
}

static value m_intersection_update(value self, int argc, const value *argv, value kwnames)
{
    /* all intersections first: an error in a later argument leaves self whole */
    value r = self;
    for (int i = 0; i < argc && r; i++)
        r = intersection(r, argv[i]);
    if (!r)
        return V_NULL;
    if (r != self)
        adopt_table(self, r);
    return V_NONE;
}

static value m_difference(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("difference", kwnames) < 0)
        return V_NULL;
    value r = argc == 0 ? new_like(self, self) : self;
    for (int i = 0; i < argc && r; i++)
        r = i == 0 ? difference(r, argv[i]) : (difference_update(r, argv[i]) < 0 ? V_NULL : r);
    return r;
}

static value m_difference_update(value self, int argc, const value *argv, value kwnames)
{
    for (int i = 0; i < argc; i++)
        if (difference_update(self, argv[i]) < 0)
            return V_NULL;
    return V_NONE;
}

static value m_symmetric_difference(value self, int argc, const value *argv, value kwnames)
{
    return symmetric_difference(self, argv[0]);
}

static value m_symmetric_difference_update(value self, int argc, const value *argv, value kwnames)
{
    return symmetric_difference_update(self, argv[0]) < 0 ? V_NULL : V_NONE;
}

static value as_set(value v) { return v_is_anyset(v) ? v : set_new(v); }

static value m_issubset(value self, int argc, const value *argv, value kwnames)
{
    value o = as_set(argv[0]);
    if (!o)
        return V_NULL;
    int r = subset_of(self, o);
    return r < 0 ? V_NULL : v_bool(r);
}

static value m_issuperset(value self, int argc, const value *argv, value kwnames)
{
    value o = as_set(argv[0]);
    if (!o)
        return V_NULL;
    int r = subset_of(o, self);
    return r < 0 ? V_NULL : v_bool(r);
}

static value m_isdisjoint(value self, int argc, const value *argv, value kwnames)
{
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? V_NULL : V_TRUE;
        int r = set_contains(self, x);
        if (r < 0)
            return V_NULL;
        if (r)
            return V_FALSE;
    }
}

static int set_contains_slot(value self, value key) { return set_contains(self, key); }

static value m_contains(value self, int argc, const value *argv, value kwnames)
{
    int r = set_contains(self, argv[0]);
    return r < 0 ? V_NULL : v_bool(r);
}

/* -- Iterator --------------------------------------------------------------- */

typedef struct set_iter {
    object hdr;
    value set;      /* V_NULL once exhausted */
    size_t pos, used, left;
} set_iter;

extern type_object set_iterator_type;

static value set_iter_new(value self)
{
    set_iter *it = (set_iter *)gc_alloc(&set_iterator_type, sizeof(set_iter));
    if (!it)
        return V_NULL;
    it->set = self;
    it->used = it->left = set_len(self);
    return v_from_obj(it);
}

static value set_iter_next(value self)
{
    set_iter *it = (set_iter *)v_obj(self);
    if (!it->set)
        return V_NULL;
    if (it->used != set_len(it->set)) {
        it->used = (size_t)-1;
        return exc_raise(&exc_RuntimeError, "Set changed size during iteration");
    }
    value k;
    if (!set_next(it->set, &it->pos, &k)) {
        it->set = V_NULL;
        return V_NULL;
    }
    it->left--;
    return k;
}

static value iter_self(value self) { return self; }

static value set_iter_hint(value self, int argc, const value *argv, value kwnames)
{
    set_iter *it = (set_iter *)v_obj(self);
    return v_small(it->set && it->used == set_len(it->set) ? (int64_t)it->left : 0);
}

static void set_iter_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((set_iter *)o)->set); }

static void set_trace(object *o, gc_tracer *t)
{
    set_object *s = (set_object *)o;
    if (!s->table)
        return;
    gc_mark_raw(t, s->table);
    for (size_t i = 0; i <= s->mask; i++)
        if (s->table[i].key)
            gc_mark_value(t, s->table[i].key);
}

static const method_def set_iter_methods[] = {
    { "__length_hint__", set_iter_hint, METH_NOARGS, NULL },
    { "__reduce__", iterreduce_remaining, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object set_iterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "set_iterator",
    .basicsize = sizeof(set_iter),
    .trace = set_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = set_iter_next,
    .methods = set_iter_methods,
};

/* (type(s), (list(s),), state): what copy and pickle rebuild a set from. */
static value m_reduce(value self, int argc, const value *argv, value kwnames)
{
    value items = list_new(0);
    if (!items || list_extend(items, self) < 0)
        return V_NULL;
    value args = tuple_pack(1, items);
    value state = args ? reduce_getstate(self) : V_NULL;
    return state ? tuple_pack(3, v_from_obj(v_type(self)), args, state) : V_NULL;
}

#define COMMON_METHODS                                                                  \
    { "copy", m_copy, METH_NOARGS, NULL },                                              \
    { "union", m_union, METH_FAST, NULL },                                              \
    { "intersection", m_intersection, METH_FAST, NULL },                                \
    { "difference", m_difference, METH_FAST, NULL },                                    \
    { "symmetric_difference", m_symmetric_difference, METH_O, NULL },                   \
    { "issubset", m_issubset, METH_O, NULL },                                           \
    { "issuperset", m_issuperset, METH_O, NULL },                                       \
    { "isdisjoint", m_isdisjoint, METH_O, NULL },                                       \
    { "__contains__", m_contains, METH_O, NULL },                                       \
    { "__reduce__", m_reduce, METH_NOARGS, "Return state information for pickling." }

static const method_def set_methods[] = {
    COMMON_METHODS,
    { "add", m_add, METH_O, "Add an element to a set." },
    { "clear", m_clear, METH_NOARGS, NULL },
    { "discard", m_discard, METH_O, NULL },
    { "remove", m_remove, METH_O, NULL },
    { "pop", m_pop, METH_NOARGS, NULL },
    { "update", m_update, METH_FAST, NULL },
    { "intersection_update", m_intersection_update, METH_FAST, NULL },
    { "difference_update", m_difference_update, METH_FAST, NULL },
    { "symmetric_difference_update", m_symmetric_difference_update, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def frozenset_methods[] = {
    COMMON_METHODS,
    { NULL, NULL, 0, NULL },
};

type_object set_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "set",
    .basicsize = sizeof(set_object),
    .flags = TYPE_BASETYPE,
    .trace = set_trace,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .getattr = obj_generic_getattr,
    .iter = set_iter_new,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .nb = { [NB_OR] = op_or, [NB_AND] = op_and, [NB_SUB] = op_sub, [NB_XOR] = op_xor },
    .nb_inplace = { [NB_OR] = op_ior, [NB_AND] = op_iand, [NB_SUB] = op_isub,
                    [NB_XOR] = op_ixor },
    .new = set_tp_new,
    .init = set_init,
    .methods = set_methods,
};

type_object frozenset_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "frozenset",
    .basicsize = sizeof(set_object),
    .flags = TYPE_BASETYPE,
    .trace = set_trace,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .getattr = obj_generic_getattr,
    .iter = set_iter_new,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .nb = { [NB_OR] = op_or, [NB_AND] = op_and, [NB_SUB] = op_sub, [NB_XOR] = op_xor },
    .new = frozenset_tp_new,
    .methods = frozenset_methods,
};
