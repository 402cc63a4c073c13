/* dict: compact and insertion-ordered. Entries (hash, key, value) are
 * appended to an array in insertion order; a separate open-addressed
 * index table (int32 or int64 slots, -1 empty, -2 deleted) maps hashes to
 * entry positions, probed with CPython's perturbation so collisions
 * spread. Deleting leaves a hole in the entries (key V_NULL) that the next
 * resize compacts. Str keys take a fast path: pointer compare (interned
 * names), then cached hashes and byte compare, never calling Python. Any
 * other comparison may run Python code that mutates the dict, so look-up
 * restarts when the entry it was comparing changed. Adding or removing a
 * key (or moving the entries) bumps `version` (from one global counter,
 * so versions are unique); replacing a value does not, so the VM's
 * global-variable caches remember where a name's entry is, not its value. Views and iterators are in dict_views.c. */
#include <string.h>
#include "dict.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "sequtil.h"
#include "type.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SIZE 8

static uint64_t dict_version_counter;

static inline int64_t ix_get(dict_object *d, size_t i)
{
    return d->mask < 0x7fffffff ? ((int32_t *)d->index)[i] : ((int64_t *)d->index)[i];
}

static inline void ix_set(dict_object *d, size_t i, int64_t v)
{
    if (d->mask < 0x7fffffff)
        ((int32_t *)d->index)[i] = (int32_t)v;
    else
        ((int64_t *)d->index)[i] = v;
}

static size_t usable_of(size_t size) { return size * 2 / 3; }

/* Builds an empty index of `size` slots and entries room for its usable
 * count, then re-inserts the live entries in order (compacting holes). */
static int dict_resize(dict_object *d, size_t size)
{
    if (size > ((size_t)1 << 58)) {
        exc_no_memory();
        return -1;
    }
    size_t slot = size - 1 < 0x7fffffff ? 4 : 8;
    void *index = gc_alloc_raw(size * slot);
    if (!index)
        return -1;
    size_t cap = usable_of(size);
    dict_entry *entries = gc_alloc_raw(cap * sizeof(dict_entry));
    if (!entries)
        return -1;
    memset(index, 0xff, size * slot);   /* all IX_EMPTY */
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key)
            entries[n++] = d->entries[i];
    d->index = index;
    d->entries = entries;
    d->mask = size - 1;
    d->cap = cap;
    d->nentries = n;
    for (size_t e = 0; e < n; e++) {
        size_t perturb = (size_t)entries[e].hash, i = perturb & d->mask;
        while (ix_get(d, i) != IX_EMPTY) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & d->mask;
        }
        ix_set(d, i, (int64_t)e);
    }
    return 0;
}

/* The index of every empty dict until its first insertion: a new dict
 * ({}, dict(), **kwargs) costs one object and no storage, as CPython's
 * shared empty keys. Only look-ups read it; an insertion finds no room
 * (cap 0) and resizes first. Not a heap block: dict_trace skips it. */
static const int32_t empty_index[MIN_SIZE] = {-1, -1, -1, -1, -1, -1, -1, -1};

static void dict_init_storage(dict_object *d)
{
    d->nentries = 0;
    d->entries = NULL;
    d->cap = 0;
    d->index = (void *)empty_index;
    d->mask = MIN_SIZE - 1;
}

value dict_new_of_type(type_object *type)
{
    dict_object *d = (dict_object *)seq_alloc(type, sizeof(dict_object), 0);
    if (!d)
        return V_NULL;
    dict_init_storage(d);
    d->version = ++dict_version_counter;
    return v_from_obj(d);
}

value dict_new(void) { return dict_new_of_type(&dict_type); }

int dict_hash_key(value key, int64_t *h)
{
    if (v_is_str(key)) {
        *h = str_hash(key);
        return 0;
    }
    return obj_hash(key, h);
}

/* The entry index of key, -1 when absent (*slot: the index slot where it
 * would go), or -2 on error. */
int64_t dict_lookup(dict_object *d, value key, int64_t hash, size_t *slot)
{
restart:;
    size_t perturb = (size_t)hash, i = perturb & d->mask;
    int64_t free_slot = -1;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) {
            *slot = free_slot >= 0 ? (size_t)free_slot : i;
            return -1;
        }
        if (ix == IX_DUMMY) {
            if (free_slot < 0)
                free_slot = (int64_t)i;
        } else {
            dict_entry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                value k = e->key;
                if (v_is_str(k) && v_is_str(key)) {
                    if (str_eq(k, key)) {
                        *slot = i;
                        return ix;
                    }
                } else {
                    dict_entry *entries = d->entries;
                    int eq = obj_richcompare_bool(k, key, CMP_EQ);
                    if (eq < 0)
                        return -2;
                    if (entries != d->entries || d->entries[ix].key != k)
                        goto restart;   /* __eq__ mutated the dict */
                    if (eq) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & d->mask;
    }
}

value dict_get_hashed(value dv, value key, int64_t hash)
{
    dict_object *d = v_dict(dv);
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].val : V_NULL;
}

value dict_get(value dv, value key)
{
    int64_t h;
    if (dict_hash_key(key, &h) < 0)
        return V_NULL;
    return dict_get_hashed(dv, key, h);
}

value dict_get_str(value dv, value key)
{
    value pending = ts()->exc;   /* callers may look up with an exception set */
    value v = dict_get_hashed(dv, key, str_hash(key));
    if (!v && ts()->exc != pending)
        exc_restore(pending);   /* str keys never raise; only other keys' __eq__ could */
    return v;
}

value dict_get_cstr(value dv, const char *key)
{
    dict_object *d = v_dict(dv);
    for (size_t i = 0; i < d->nentries; i++) {
        value k = d->entries[i].key;
        if (k && v_is_str(k) && str_eq_cstr(k, key))
            return d->entries[i].val;
    }
    return V_NULL;
}

int dict_set_hashed(value dv, value key, int64_t hash, value v)
{
    dict_object *d = v_dict(dv);
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix >= 0) {
        d->entries[ix].val = v;   /* same keys, same places: version unchanged */
        return 0;
    }
    if (d->nentries >= d->cap) {
        /* CPython's growth: the smallest table of at least 3 * len slots.
         * The same sizes mean the same compactions, so an iterator that
         * outlives deletes and inserts sees what CPython's would. */
        size_t want = d->len * 3, size = MIN_SIZE;
        while (size < want || usable_of(size) <= d->len)
            size <<= 1;
        if (dict_resize(d, size) < 0)
            return -1;
        ix = dict_lookup(d, key, hash, &slot);   /* no compare can happen: key is new */
        if (ix == -2)
            return -1;
    }
    dict_entry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->val = v;
    ix_set(d, slot, (int64_t)d->nentries);
    d->nentries++;
    d->len++;
    d->version = ++dict_version_counter;
    return 0;
}

int dict_set(value dv, value key, value v)
{
    int64_t h;
    if (dict_hash_key(key, &h) < 0)
        return -1;
    return dict_set_hashed(dv, key, h, v);
}

int dict_set_cstr(value dv, const char *key, value v)
{
    value k = str_intern_cstr(key);
    if (!k)
        return -1;
    return dict_set(dv, k, v);
}

/* Removes entry ix found at index slot `slot`. */
static void dict_remove_at(dict_object *d, size_t slot, int64_t ix)
{
    ix_set(d, slot, IX_DUMMY);
    d->entries[ix].key = V_NULL;
    d->entries[ix].val = V_NULL;
    d->len--;
    d->version = ++dict_version_counter;
}

/* Deletes key; *old gets its value (if old non-NULL). */
int dict_pop_hashed(value dv, value key, int64_t hash, value *old)
{
    dict_object *d = v_dict(dv);
    size_t slot;
    int64_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    if (old)
        *old = d->entries[ix].val;
    dict_remove_at(d, slot, ix);
    return 1;
}

int dict_del(value dv, value key)
{
    int64_t h;
    if (dict_hash_key(key, &h) < 0)
        return -1;
    return dict_pop_hashed(dv, key, h, NULL);
}

int dict_next(value dv, size_t *pos, value *key, value *val)
{
    dict_object *d = v_dict(dv);
    while (*pos < d->nentries) {
        dict_entry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (val)
                *val = e->val;
            return 1;
        }
    }
    return 0;
}

void dict_clear(value dv)
{
    dict_object *d = v_dict(dv);
    if (d->len == 0 && d->nentries == 0)
        return;
    /* fresh (empty) storage, so a running dict_next or lookup over the
     * old entries sees a consistent (old) array */
    dict_init_storage(d);
    d->len = 0;
    d->version = ++dict_version_counter;
}

value dict_copy(value dv)
{
    value r = dict_new();
    if (!r)
        return V_NULL;
    dict_object *d = v_dict(dv);
    for (size_t i = 0; i < d->nentries; i++) {
        dict_entry e = d->entries[i];
        if (e.key && dict_set_hashed(r, e.key, e.hash, e.val) < 0)
            return V_NULL;
    }
    return r;
}

/* update from a dict: hashes are reused, nothing calls Python except
 * __eq__ on colliding keys. */
static int merge_dict(value dv, value other, value *dup)
{
    dict_object *o = v_dict(other);
    size_t len0 = o->len;
    for (size_t i = 0; i < o->nentries; i++) {
        dict_entry e = o->entries[i];
        if (!e.key)
            continue;
        if (dup) {
            size_t slot;
            int64_t ix = dict_lookup(v_dict(dv), e.key, e.hash, &slot);
            if (ix == -2)
                return -1;
            if (ix >= 0) {
                *dup = e.key;
                return -2;
            }
        }
        if (dict_set_hashed(dv, e.key, e.hash, e.val) < 0)
            return -1;
        /* a key's __eq__ may change the source: CPython stops then */
        if (o->len != len0) {
            exc_raise(&exc_RuntimeError, "dict mutated during update");
            return -1;
        }
        if (i >= o->nentries)
            break;
    }
    return 0;
}

static int update_from_pairs(value dv, value seq)
{
    value it = obj_iter(seq);
    if (!it)
        return -1;
    for (int64_t n = 0;; n++) {
        value item = obj_next(it);
        if (!item)
            return exc_occurred() ? -1 : 0;
        value pair;
        if (v_is_tuple(item) || v_is_list(item)) {
            pair = v_is_tuple(item) ? item : list_as_tuple(item);
        } else {
            value l = list_new(0);
            if (!l)
                return -1;
            if (!v_type(item)->iter && !v_type(item)->getitem) {
                exc_raise(&exc_TypeError,
                          "cannot convert dictionary update sequence element #%lld to a sequence",
                          (long long)n);
                return -1;
            }
            if (list_extend(l, item) < 0)
                return -1;
            pair = list_as_tuple(l);
        }
        if (!pair)
            return -1;
        if (tuple_len(pair) != 2) {
            exc_raise(&exc_ValueError,
                      "dictionary update sequence element #%lld has length %lld; 2 is required",
                      (long long)n, (long long)tuple_len(pair));
            return -1;
        }
        if (dict_set(dv, tuple_get(pair, 0), tuple_get(pair, 1)) < 0)
            return -1;
    }
}

/* As CPython's PyMapping_Keys: all of keys() is read into a list before
 * the first item is looked up, so a keys() that fails part-way adds
 * nothing. */
static int update_from_mapping(value dv, value other, value keys_fn)
{
    value keys = obj_call0(keys_fn);
    if (!keys)
        return -1;
    if (!v_is_list(keys)) {
        value it = obj_iter(keys);
        if (!it) {
            if (exc_matches(&exc_TypeError)) {
                exc_clear();
                exc_raise(&exc_TypeError, "%s.keys() returned a non-iterable (type %s)",
                          v_type_name(other), v_type_name(keys));
            }
            return -1;
        }
        keys = list_new(0);
        if (!keys || list_extend(keys, it) < 0)
            return -1;
    }
    for (size_t i = 0; i < list_len(keys); i++) {
        value k = list_get(keys, i);
        value v = obj_getitem(other, k);
        if (!v || dict_set(dv, k, v) < 0)
            return -1;
    }
    return 0;
}

int dict_update(value dv, value other)
{
    if (v_is_ptr(other) && type_is_subtype(v_obj(other)->type, &dict_type) &&
        v_obj(other)->type->iter == dict_type.iter)
        return merge_dict(dv, other, NULL);
    value keys_fn = obj_getattr_cstr(other, "keys");
    if (keys_fn)
        return update_from_mapping(dv, other, keys_fn);
    if (!exc_matches(&exc_AttributeError))
        return -1;
    exc_clear();
    return update_from_pairs(dv, other);
}

/* The mapping protocol only (keys() then [key]), as {**m} and f(**m) use
 * it: a sequence of pairs is not accepted, an object without keys() gives
 * AttributeError for the caller to turn into its own TypeError. */
int dict_update_mapping(value dv, value other)
{
    if (v_is_ptr(other) && type_is_subtype(v_obj(other)->type, &dict_type) &&
        v_obj(other)->type->iter == dict_type.iter)
        return merge_dict(dv, other, NULL);
    value keys_fn = obj_getattr_cstr(other, "keys");
    if (!keys_fn)
        return -1;
    return update_from_mapping(dv, other, keys_fn);
}

int dict_merge_nodup(value dv, value other, value *dup)
{
    if (v_is_dict(other))
        return merge_dict(dv, other, dup);
    value tmp = dict_new();
    if (!tmp || dict_update_mapping(tmp, other) < 0)
        return -1;
    return merge_dict(dv, tmp, dup);
}

/* -- Python-level behaviour -------------------------------------------------- */

static bool is_dict(value v) { return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &dict_type); }

static value dict_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return dict_new_of_type(type);
}

/* update(other=(), /, **kwargs) as dict() and dict.update take them. */
static int update_args(const char *name, value self, int argc, const value *argv, value kwnames)
{
    if (argc > 1) {
        exc_raise(&exc_TypeError, "%s expected at most 1 argument, got %d", name, argc);
        return -1;
    }
    if (argc == 1 && dict_update(self, argv[0]) < 0)
        return -1;
    size_t nk = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nk; i++)
        if (dict_set(self, tuple_get(kwnames, i), argv[argc + i]) < 0)
            return -1;
    return 0;
}

static int dict_init(value self, int argc, const value *argv, value kwnames)
{
    return update_args("dict", self, argc, argv, kwnames);
}

static value dict_repr(value self)
{
    if (dict_len(self) == 0)
        return str_from_cstr("{}");
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("{...}") : V_NULL;
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, "{", 1);
    size_t pos = 0;
    value k, v;
    bool first = true;
    while (dict_next(self, &pos, &k, &v)) {
        if (!first)
            sb_str_add(&b, ", ", 2);
        first = false;
        value ks = obj_repr(k);
        value vs = ks ? obj_repr(v) : V_NULL;
        if (!vs) {
            sb_str_abandon(&b);
            repr_leave(self);
            return V_NULL;
        }
        sb_str_add_value(&b, ks);
        sb_str_add(&b, ": ", 2);
        sb_str_add_value(&b, vs);
    }
    sb_str_add(&b, "}", 1);
    repr_leave(self);
    return sb_str_finish(&b);
}

static int dict_equal(value a, value b)
{
    if (dict_len(a) != dict_len(b))
        return 0;
    dict_object *d = v_dict(a);
    for (size_t i = 0; i < d->nentries; i++) {
        dict_entry e = d->entries[i];
        if (!e.key)
            continue;
        value bv = dict_get_hashed(b, e.key, e.hash);
        if (!bv)
            return exc_occurred() ? -1 : 0;
        int r = obj_richcompare_bool(e.val, bv, CMP_EQ);
        if (r <= 0)
            return r;
    }
    return 1;
}

static value dict_richcompare(value a, value b, int op)
{
    if (!is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE))
        return V_NOTIMPL;
    int r = dict_equal(a, b);   /* each value comparison is guarded */
    if (r < 0)
        return V_NULL;
    return v_bool(op == CMP_EQ ? r : !r);
}

static int64_t dict_len_slot(value self) { return (int64_t)dict_len(self); }

static value raise_key_error(value key)
{
    value e = obj_call1(v_from_obj(&exc_KeyError), key);
    if (!e)
        return V_NULL;
    return exc_raise_value(e);
}

static value dict_getitem(value self, value key)
{
    value v = dict_get(self, key);
    if (v || exc_occurred())
        return v;
    if (!v_is_dict(self)) {
        value name = str_intern_cstr("__missing__");
        if (!name)
            return V_NULL;
        /* a special method: found on the type, bound as a descriptor
         * (staticmethod and classmethod work) */
        int found;
        value r = call_special(self, name, 1, &key, &found);
        if (found)
            return r;
    }
    return raise_key_error(key);
}

static int dict_setitem(value self, value key, value v)
{
    if (v)
        return dict_set(self, key, v);
    int r = dict_del(self, key);
    if (r == 0) {
        raise_key_error(key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(value self, value key)
{
    value v = dict_get(self, key);
    if (v)
        return 1;
    return exc_occurred() ? -1 : 0;
}

/* d.copy() and the left side of d | x: like CPython's PyDict_Copy, a
 * subclass that overrides __iter__ is copied through keys() and [key]. */
static value copy_of(value self)
{
    if (v_obj(self)->type->iter == dict_type.iter)
        return dict_copy(self);
    value r = dict_new();
    if (!r || dict_update(r, self) < 0)
        return V_NULL;
    return r;
}

static value dict_or(value a, value b)
{
    if (!is_dict(a) || !is_dict(b))
        return V_NOTIMPL;
    value r = copy_of(a);
    if (!r)
        return V_NULL;
    if (dict_update(r, b) < 0)
        return V_NULL;
    return r;
}

static value dict_ior(value a, value b)
{
    if (!is_dict(a))
        return V_NOTIMPL;
    if (dict_update(a, b) < 0)
        return V_NULL;
    return a;
}

/* -- Methods ---------------------------------------------------------------- */

static value m_get(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("get", kwnames) < 0 || args_count("get", argc, 1, 2) < 0)
        return V_NULL;
    value v = dict_get(self, argv[0]);
    if (v || exc_occurred())
        return v;
    return argc == 2 ? argv[1] : V_NONE;
}

static value m_setdefault(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("setdefault", kwnames) < 0 || args_count("setdefault", argc, 1, 2) < 0)
        return V_NULL;
    int64_t h;
    if (dict_hash_key(argv[0], &h) < 0)
        return V_NULL;
    value v = dict_get_hashed(self, argv[0], h);
    if (v || exc_occurred())
        return v;
    value dflt = argc == 2 ? argv[1] : V_NONE;
    if (dict_set_hashed(self, argv[0], h, dflt) < 0)
        return V_NULL;
    return dflt;
}

static value m_pop(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("pop", kwnames) < 0 || args_count("pop", argc, 1, 2) < 0)
        return V_NULL;
    if (v_dict(self)->len == 0)   /* CPython answers without hashing the key */
        return argc == 2 ? argv[1] : raise_key_error(argv[0]);
    int64_t h;
    if (dict_hash_key(argv[0], &h) < 0)
        return V_NULL;
    value old;
    int r = dict_pop_hashed(self, argv[0], h, &old);
    if (r < 0)
        return V_NULL;
    if (r)
        return old;
    if (argc == 2)
        return argv[1];
    return raise_key_error(argv[0]);
}

static value m_popitem(value self, int argc, const value *argv, value kwnames)
{
    dict_object *d = v_dict(self);
    if (d->len == 0)
        return exc_raise(&exc_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (i > 0 && !d->entries[i - 1].key)
        i--;
    dict_entry e = d->entries[i - 1];
    value t = tuple_pack(2, e.key, e.val);
    if (!t)
        return V_NULL;
    size_t slot;
    int64_t ix = dict_lookup(d, e.key, e.hash, &slot);
    if (ix < 0)
        return ix == -2 ? V_NULL : exc_raise(&exc_RuntimeError, "dict changed during popitem");
    dict_remove_at(d, slot, ix);
    /* LIFO: the hole at the end is reused, but the index keeps the dummy
     * slots, so the room they took stays spent (as in CPython): otherwise
     * a popitem/insert cycle fills the index with dummies and a look-up
     * never meets an empty slot. */
    d->cap -= d->nentries - (size_t)ix;
    d->nentries = (size_t)ix;
    return t;
}

static value m_update(value self, int argc, const value *argv, value kwnames)
{
    return update_args("update", self, argc, argv, kwnames) < 0 ? V_NULL : V_NONE;
}

static value m_copy(value self, int argc, const value *argv, value kwnames) { return copy_of(self); }

static value m_clear(value self, int argc, const value *argv, value kwnames)
{
    dict_clear(self);
    return V_NONE;
}

static value m_fromkeys(value cls, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("fromkeys", kwnames) < 0 || args_count("fromkeys", argc, 1, 2) < 0)
        return V_NULL;
    value d = obj_call0(cls);
    if (!d)
        return V_NULL;
    value v = argc == 2 ? argv[1] : V_NONE;
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    for (;;) {
        value k = obj_next(it);
        if (!k)
            return exc_occurred() ? V_NULL : d;
        if ((v_is_dict(d) ? dict_set(d, k, v) : obj_setitem(d, k, v)) < 0)
            return V_NULL;
    }
}

value dict_view_new(value d, int kind);
value dict_iter_new(value d, int kind, bool reversed);

static value m_keys(value self, int argc, const value *argv, value kwnames) { return dict_view_new(self, 0); }
static value m_values(value self, int argc, const value *argv, value kwnames) { return dict_view_new(self, 1); }
static value m_items(value self, int argc, const value *argv, value kwnames) { return dict_view_new(self, 2); }
static value m_reversed(value self, int argc, const value *argv, value kwnames)
{
    return dict_iter_new(self, 0, true);
}

static value m_getitem(value self, int argc, const value *argv, value kwnames)
{
    return dict_getitem(self, argv[0]);
}

static value m_contains(value self, int argc, const value *argv, value kwnames)
{
    int r = dict_contains(self, argv[0]);
    return r < 0 ? V_NULL : v_bool(r);
}

static value dict_iter_slot(value self) { return dict_iter_new(self, 0, false); }

static void dict_trace(object *o, gc_tracer *t)
{
    dict_object *d = (dict_object *)o;
    if (d->index && d->index != (void *)empty_index)
        gc_mark_raw(t, d->index);
    if (d->entries) {
        gc_mark_raw(t, d->entries);
        for (size_t i = 0; i < d->nentries; i++) {
            gc_mark_value(t, d->entries[i].key);
            gc_mark_value(t, d->entries[i].val);
        }
    }
}

static const method_def dict_methods[] = {
    { "get", m_get, METH_FAST, "Return the value for key if key is in the dictionary, else default." },
    { "setdefault", m_setdefault, METH_FAST, NULL },
    { "pop", m_pop, METH_FAST, NULL },
    { "popitem", m_popitem, METH_NOARGS, NULL },
    { "update", m_update, METH_KEYWORDS, NULL },
    { "copy", m_copy, METH_NOARGS, "D.copy() -> a shallow copy of D" },
    { "clear", m_clear, METH_NOARGS, "D.clear() -> None.  Remove all items from D." },
    { "fromkeys", m_fromkeys, METH_FAST | METH_CLASS, NULL },
    { "keys", m_keys, METH_NOARGS, NULL },
    { "values", m_values, METH_NOARGS, NULL },
    { "items", m_items, METH_NOARGS, NULL },
    { "__reversed__", m_reversed, METH_NOARGS, NULL },
    { "__getitem__", m_getitem, METH_O, NULL },
    { "__contains__", m_contains, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object dict_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "dict",
    .basicsize = sizeof(dict_object),
    .flags = TYPE_BASETYPE | TYPE_DICT_SUBCLASS,
    .trace = dict_trace,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .getattr = obj_generic_getattr,
    .iter = dict_iter_slot,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .nb = { [NB_OR] = dict_or },
    .nb_inplace = { [NB_OR] = dict_ior },
    .new = dict_tp_new,
    .init = dict_init,
    .methods = dict_methods,
};
