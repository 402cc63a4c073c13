/* `type`: the type of types, and the machinery behind every class.
 *   - type_ready prepares a static builtin type: its dict from its method
 *     and getset tables (as descriptors) plus slot wrappers (typeslots.c),
 *     its MRO, and the slots it inherits from its base.
 *   - type_new_class creates a class (a heap type) for a `class`
 *     statement or type(name, bases, dict): metaclass choice, C3 MRO with
 *     CPython's errors, the instance layout (shape-based attributes, or
 *     fixed __slots__ members), slots pointed at the dunders found in the
 *     class dict (typeslots.c), __set_name__ and __init_subclass__.
 *   - type_lookup finds a name along an MRO, through a global cache keyed
 *     by (type version, interned name); a type's version changes whenever
 *     it or a base is modified (type_modified), which is also what the
 *     VM's inline caches check.
 *   - type's own slots: call (t(...) = __new__ then __init__), attribute
 *     access through the metatype and the MRO, repr "<class 'A'>".
 * The type objects of every class are kept in a registry (a weak list,
 * heap types leave it when swept) so a change to a class can invalidate
 * the versions of its subclasses. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "type.h"
#include "weakref.h"
#include "names.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "list.h"
#include "descr.h"
#include "cfunction.h"
#include "instance.h"
#include "function.h"
#include "exceptions.h"
#include "typedocs.h"
#include "genericalias.h"
#include "bytes.h"
#include "int.h"
#include "../gc/gc.h"
#include "../vm/exc.h"
#include "../vm/frame.h"

/* -- The registry of types and versions ------------------------------------- */

static type_object **registry;
static size_t registry_len, registry_cap;
static uint32_t next_version = 1;

static void assign_version(type_object *t)
{
    t->version = next_version++;
    if (next_version == 0)
        next_version = 1;
}

static int registry_add(type_object *t)
{
    if (registry_len == registry_cap) {
        size_t cap = registry_cap ? registry_cap * 2 : 256;
        type_object **r = realloc(registry, cap * sizeof *r);
        if (!r) {
            exc_no_memory();
            return -1;
        }
        registry = r;
        registry_cap = cap;
    }
    registry[registry_len++] = t;
    return 0;
}

static void registry_remove(type_object *t)
{
    for (size_t i = registry_len; i-- > 0;) {
        if (registry[i] == t) {
            registry[i] = registry[--registry_len];
            return;
        }
    }
}

void type_modified(type_object *t)
{
    assign_version(t);
    for (size_t i = 0; i < registry_len; i++) {
        type_object *u = registry[i];
        if (u != t && type_issubtype(u, t))
            assign_version(u);
    }
}

/* -- Look-up ------------------------------------------------------------------ */

#define MCACHE_BITS 12
static struct mcache_entry {
    uint32_t version;
    value name;
    value found;
} mcache[1 << MCACHE_BITS];

static value lookup_uncached(type_object *t, value name)
{
    value mro = t->mro;
    if (!mro) {
        for (type_object *b = t; b; b = b->base) {
            value v = b->dict ? dict_get_str(b->dict, name) : V_NULL;
            if (v)
                return v;
        }
        return V_NULL;
    }
    size_t n = tuple_len(mro);
    for (size_t i = 0; i < n; i++) {
        type_object *b = v_as_type(tuple_get(mro, i));
        if (!b->dict)
            continue;
        value v = dict_get_str(b->dict, name);
        if (v)
            return v;
    }
    return V_NULL;
}

value type_lookup(type_object *t, value name)
{
    if (!(t->flags & TYPE_READY) && !(t->flags & TYPE_HEAPTYPE) && type_ready(t) < 0)
        exc_clear();   /* a static type missing from runtime.c's table: ready it on first use */
    if (!t->version || !v_is_str(name) || !(v_obj(name)->flags & STR_INTERNED))
        return lookup_uncached(t, name);
    size_t h = ((size_t)t->version * 2654435761u ^ (size_t)(name >> 4)) & ((1u << MCACHE_BITS) - 1);
    struct mcache_entry *e = &mcache[h];
    if (e->version == t->version && e->name == name)
        return e->found;
    value v = lookup_uncached(t, name);
    e->version = t->version;
    e->name = name;
    e->found = v;
    return v;
}

int type_issubtype(type_object *a, type_object *b)
{
    value mro = a->mro;
    if (mro) {
        size_t n = tuple_len(mro);
        for (size_t i = 0; i < n; i++)
            if (tuple_get(mro, i) == v_from_obj(b))
                return 1;
        return 0;
    }
    for (type_object *t = a; t; t = t->base)
        if (t == b)
            return 1;
    return b == &object_type;
}

/* -- Names ---------------------------------------------------------------- */

const char *type_module_name(type_object *t, char *buf, size_t n)
{
    if (t->flags & TYPE_HEAPTYPE) {
        value m = t->dict ? dict_get_str(t->dict, N(__module__)) : V_NULL;
        if (m && v_is_str(m)) {
            snprintf(buf, n, "%s", str_data(m));
            return buf;
        }
        return NULL;
    }
    const char *dot = strrchr(t->name, '.');
    if (!dot)
        return "builtins";
    size_t len = (size_t)(dot - t->name);
    if (len >= n)
        len = n - 1;
    memcpy(buf, t->name, len);
    buf[len] = 0;
    return buf;
}

/* The last dotted component of a static type's name. */
static const char *short_name(type_object *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* -- MRO (C3) -------------------------------------------------------------- */

/* Is `t` in the tail (after position start) of any of the lists? */
static bool in_some_tail(value t, value *const *lists, const size_t *lens, const size_t *pos, size_t nl)
{
    for (size_t i = 0; i < nl; i++)
        for (size_t j = pos[i] + 1; j < lens[i]; j++)
            if (lists[i][j] == t)
                return true;
    return false;
}

static value mro_error(value *const *lists, const size_t *lens, const size_t *pos, size_t nl)
{
    str_builder b;
    sb_str_init(&b);
    value seen[64];
    size_t nseen = 0;
    for (size_t i = 0; i < nl; i++) {
        if (pos[i] >= lens[i])
            continue;
        value h = lists[i][pos[i]];
        bool dup = false;
        for (size_t k = 0; k < nseen; k++)
            dup |= seen[k] == h;
        if (dup)
            continue;
        if (nseen < 64)
            seen[nseen++] = h;
        if (nseen > 1)
            sb_str_add(&b, ", ", 2);
        const char *nm = v_as_type(h)->name_str ? str_data(v_as_type(h)->name_str) : v_as_type(h)->name;
        sb_str_add(&b, nm, strlen(nm));
    }
    value s = sb_str_finish(&b);
    if (!s)
        return V_NULL;
    return exc_raise(&exc_TypeError,
                     "Cannot create a consistent method resolution\norder (MRO) for bases %S", s);
}

static value compute_mro(type_object *t)
{
    value bases = t->bases;
    size_t nb = tuple_len(bases);
    if (nb == 0)
        return tuple_pack(1, v_from_obj(t));
    if (nb == 1) {   /* the common case: t followed by its base's MRO */
        value bm = v_as_type(tuple_get(bases, 0))->mro;
        size_t n = tuple_len(bm);
        value r = tuple_new(n + 1);
        if (!r)
            return V_NULL;
        tuple_items(r)[0] = v_from_obj(t);
        memcpy(tuple_items(r) + 1, tuple_items(bm), n * sizeof(value));
        return r;
    }
    size_t nl = nb + 1, total = 1;
    value *lists[nl];
    size_t lens[nl], pos[nl];
    for (size_t i = 0; i < nb; i++) {
        value bm = v_as_type(tuple_get(bases, i))->mro;
        lists[i] = tuple_items(bm);
        lens[i] = tuple_len(bm);
        total += lens[i];
        pos[i] = 0;
    }
    lists[nb] = tuple_items(bases);
    lens[nb] = nb;
    pos[nb] = 0;
    value out = list_new(0);
    if (!out || list_append(out, v_from_obj(t)) < 0)
        return V_NULL;
    for (;;) {
        bool any = false, found = false;
        for (size_t i = 0; i < nl && !found; i++) {
            if (pos[i] >= lens[i])
                continue;
            any = true;
            value cand = lists[i][pos[i]];
            if (in_some_tail(cand, lists, lens, pos, nl))
                continue;
            found = true;
            if (list_append(out, cand) < 0)
                return V_NULL;
            for (size_t j = 0; j < nl; j++)
                if (pos[j] < lens[j] && lists[j][pos[j]] == cand)
                    pos[j]++;
        }
        if (!any)
            break;
        if (!found)
            return mro_error(lists, lens, pos, nl);
    }
    (void)total;
    return list_as_tuple(out);
}

/* -- Slot inheritance ------------------------------------------------------- */

#define INHERIT(f) if (!t->f) t->f = b->f
static void inherit_slots(type_object *t, type_object *b)
{
    INHERIT(trace); INHERIT(finalize);
    INHERIT(repr); INHERIT(str);
    /* __eq__ and __hash__ go together: a type defining only comparisons
     * is unhashable (CPython's rule) */
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    INHERIT(getattr); INHERIT(setattr); INHERIT(descr_get); INHERIT(descr_set);
    INHERIT(call); INHERIT(iter); INHERIT(iternext); INHERIT(len);
    INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
    for (int i = 0; i < NB_COUNT; i++) {
        INHERIT(nb[i]);
        INHERIT(nb_inplace[i]);
    }
    INHERIT(nb_pow3); INHERIT(nb_neg); INHERIT(nb_pos); INHERIT(nb_invert); INHERIT(nb_abs);
    INHERIT(nb_index); INHERIT(nb_int); INHERIT(nb_float); INHERIT(nb_bool);
    INHERIT(sq_concat); INHERIT(sq_repeat); INHERIT(sq_inplace_concat); INHERIT(sq_inplace_repeat);
    INHERIT(new); INHERIT(init);
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    if (!t->itemsize)
        t->itemsize = b->itemsize;
    if (!t->attrs_offset)
        t->attrs_offset = b->attrs_offset;
    t->flags |= b->flags & (TYPE_INT_SUBCLASS | TYPE_STR_SUBCLASS | TYPE_TUPLE_SUBCLASS
                            | TYPE_LIST_SUBCLASS | TYPE_DICT_SUBCLASS | TYPE_TYPE_SUBCLASS
                            | TYPE_EXC_SUBCLASS | TYPE_HAS_SHAPE | TYPE_VAR_DICT);
}
#undef INHERIT

/* -- type_ready --------------------------------------------------------------- */

/* type.__new__-style wrapper added as T.__new__ to static types: T.__new__(S, ...)
 * checks that S is a subtype of T and calls T's new slot for S. */
static value tp_new_wrapper(value self, int argc, const value *argv, value kwnames)
{
    type_object *t = v_as_type(self);
    if (argc < 1)
        return exc_raise(&exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    value sub = argv[0];
    if (!v_is_type(sub))
        return exc_raise(&exc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                         v_type_name(sub));
    type_object *s = v_as_type(sub);
    if (!type_is_subtype(s, t))
        return exc_raise(&exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, s->name,
                         s->name, t->name);
    /* the most derived static base of s must use this new (or inherit it) */
    type_object *sb = s;
    while (sb->flags & TYPE_HEAPTYPE)
        sb = sb->base;
    if (sb->new != t->new && type_is_subtype(sb, t) && sb != t)
        return exc_raise(&exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name, s->name,
                         sb->name);
    return t->new(s, argc - 1, argv + 1, kwnames);
}

static const method_def tp_new_def = {
    "__new__", tp_new_wrapper, METH_KEYWORDS, "Create and return a new object."
};

static int add_to_dict(type_object *t, const char *name, value v)
{
    if (!v)
        return -1;
    value key = str_intern_cstr(name);
    if (!key)
        return -1;
    if (dict_get_str(t->dict, key))   /* a table entry wins over a generated one */
        return 0;
    return dict_set(t->dict, key, v);
}

static int fill_static_dict(type_object *t)
{
    for (const method_def *m = t->methods; m && m->name; m++) {
        value d;
        if (m->flags & METH_CLASS) {
            d = method_descr_new(t, m);
            if (d)
                v_obj(d)->type = &classmethod_descr_type;
        } else if (m->flags & METH_STATIC) {
            value f = cfunc_new(m, V_NULL, V_NULL);
            d = f ? staticmethod_new(f) : V_NULL;
        } else {
            d = method_descr_new(t, m);
        }
        if (add_to_dict(t, m->name, d) < 0)
            return -1;
    }
    for (const getset_def *g = t->getsets; g && g->name; g++)
        if (add_to_dict(t, g->name, getset_descr_new(t, g)) < 0)
            return -1;
    if (typeslots_add_wrappers(t) < 0)
        return -1;
    if (t->new && (!t->base || t->new != t->base->new))
        if (add_to_dict(t, "__new__", cfunc_new(&tp_new_def, v_from_obj(t), V_NULL)) < 0)
            return -1;
    if (!t->hash && t->richcompare && !dict_get_str(t->dict, N(__hash__)))
        if (dict_set(t->dict, N(__hash__), V_NONE) < 0)
            return -1;
    if (genericalias_builtin_generic(t->name)) {   /* list[int] */
        value d = method_descr_new(t, &genericalias_class_getitem_def);
        if (d)
            v_obj(d)->type = &classmethod_descr_type;
        if (add_to_dict(t, genericalias_class_getitem_def.name, d) < 0)
            return -1;
    }
    if (!t->doc)
        t->doc = typedocs_find(t->name);
    if (!dict_get_str(t->dict, N(__doc__))) {
        value doc = t->doc ? str_from_cstr(t->doc) : V_NONE;
        if (!doc || dict_set(t->dict, N(__doc__), doc) < 0)
            return -1;
    }
    return 0;
}

/* Static types are GC roots from the moment they are readied: their
 * dicts, MROs and names live on the heap. The slots handed to gc_root_object
 * must never move, so they come in malloc'd chunks that are never freed. */
static int root_static_type(type_object *t)
{
    enum { CHUNK = 256 };
    static object **chunk;
    static size_t used = CHUNK;
    if (used == CHUNK) {
        chunk = malloc(CHUNK * sizeof *chunk);
        if (!chunk) {
            exc_no_memory();
            return -1;
        }
        used = 0;
    }
    chunk[used] = &t->hdr;
    gc_root_object(&chunk[used++]);
    return 0;
}

int type_ready(type_object *t)
{
    if (t->flags & TYPE_READY)
        return 0;
    if (!(t->flags & TYPE_HEAPTYPE) && root_static_type(t) < 0)
        return -1;
    if (!t->hdr.type)
        t->hdr.type = &type_type;
    if (!t->base && t != &object_type)
        t->base = &object_type;
    if (t->base && type_ready(t->base) < 0)
        return -1;
    t->name_str = str_intern_cstr(short_name(t));
    if (!t->name_str)
        return -1;
    t->qualname = t->name_str;
    if (t->bases) {   /* preset by the type's owner (several bases): ready them all */
        for (size_t i = 0; i < tuple_len(t->bases); i++)
            if (type_ready(v_as_type(tuple_get(t->bases, i))) < 0)
                return -1;
    } else {
        t->bases = t->base ? tuple_pack(1, v_from_obj(t->base)) : tuple_empty();
    }
    t->dict = dict_new();
    if (!t->bases || !t->dict)
        return -1;
    if (fill_static_dict(t) < 0)
        return -1;
    t->mro = compute_mro(t);
    if (!t->mro)
        return -1;
    /* As CPython: a static type on object that sets no new slot is not
     * instantiable ("cannot create 'list_iterator' instances"), since
     * object's new would skip the invariants its own constructor sets up. */
    bool no_new = !(t->flags & TYPE_HEAPTYPE) && !t->new && t->base == &object_type;
    if (t->base)
        inherit_slots(t, t->base);
    if (no_new)
        t->new = NULL;
    if (type_is_subtype(t, &type_type))
        t->flags |= TYPE_TYPE_SUBCLASS;
    assign_version(t);
    if (registry_add(t) < 0)
        return -1;
    t->flags |= TYPE_READY;
    return 0;
}

/* -- type's slots ------------------------------------------------------------- */

static value type_repr(value self)
{
    type_object *t = v_as_type(self);
    char mod[256];
    const char *m = type_module_name(t, mod, sizeof mod);
    value q = t->qualname ? t->qualname : t->name_str;
    if (m && strcmp(m, "builtins") != 0)
        return str_format("<class '%s.%S'>", m, q);
    return str_format("<class '%S'>", q);
}

static void type_trace(object *o, gc_tracer *tr)
{
    type_object *t = (type_object *)o;
    gc_mark_value(tr, t->bases);
    gc_mark_value(tr, t->mro);
    gc_mark_value(tr, t->dict);
    gc_mark_value(tr, t->name_str);
    gc_mark_value(tr, t->qualname);
    gc_mark_value(tr, t->module);
    gc_mark_object(tr, (object *)t->base);
    gc_mark_object(tr, (object *)t->root_shape);
}

static void type_finalize(object *o)
{
    type_object *t = (type_object *)o;
    if (t->flags & TYPE_HEAPTYPE)
        registry_remove(t);
}

static value type_getattro(value self, value name)
{
    type_object *t = v_as_type(self), *meta = v_type(self);
    value ma = type_lookup(meta, name);
    descr_get_fn mget = NULL;
    if (ma) {
        mget = v_type(ma)->descr_get;
        if (mget && v_type(ma)->descr_set)
            return mget(ma, self, v_from_obj(meta));
    }
    value a = type_lookup(t, name);
    if (a) {
        descr_get_fn get = v_type(a)->descr_get;
        return get ? get(a, V_NULL, self) : a;
    }
    if (mget)
        return mget(ma, self, v_from_obj(meta));
    if (ma)
        return ma;
    exc_raise(&exc_AttributeError, "type object '%S' has no attribute '%S'",
              t->name_str ? t->name_str : V_NONE, name);
    obj_set_attribute_info(self, name);
    return V_NULL;
}

static bool is_dunder(value name)
{
    size_t n = str_size(name);
    const char *s = str_data(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static int type_setattro(value self, value name, value v)
{
    type_object *t = v_as_type(self), *meta = v_type(self);
    value ma = type_lookup(meta, name);
    if (ma && v_type(ma)->descr_set)
        return v_type(ma)->descr_set(ma, self, v);
    if (!(t->flags & TYPE_HEAPTYPE)) {
        exc_raise(&exc_TypeError, "cannot set '%S' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    value key = v_is_str(name) ? str_intern(name) : name;
    if (!key)
        return -1;
    if (v) {
        if (dict_set(t->dict, key, v) < 0)
            return -1;
    } else {
        int r = dict_del(t->dict, key);
        if (r < 0)
            return -1;
        if (r == 0) {
            exc_raise(&exc_AttributeError, "type object '%S' has no attribute '%S'", t->name_str, name);
            return -1;
        }
    }
    type_modified(t);
    if (v_is_str(key) && is_dunder(key)) {
        typeslots_update(t, key);
        for (size_t i = 0; i < registry_len; i++)
            if (registry[i] != t && type_issubtype(registry[i], t))
                typeslots_update(registry[i], key);
    }
    return 0;
}

value type_call(value self, int argc, const value *argv, value kwnames)
{
    type_object *t = v_as_type(self);
    bool nokw = !kwnames || tuple_len(kwnames) == 0;
    if (t == &type_type && argc == 1) {
        if (!nokw)
            return exc_raise(&exc_TypeError, "type() takes no keyword arguments");
        return v_from_obj(v_type(argv[0]));
    }
    if (t == &type_type && argc != 3)
        return exc_raise(&exc_TypeError, "type() takes 1 or 3 arguments");
    if (!t->new)
        return exc_raise(&exc_TypeError, "cannot create '%s' instances", t->name);
    value obj = t->new(t, argc, argv, kwnames);
    if (!obj)
        return V_NULL;
    type_object *ot = v_type(obj);
    /* a class derived from a builtin other than object with a __del__
     * (object_new registers the others) */
    if ((ot->flags & TYPE_HEAPTYPE) && ot->new != object_type.new && type_lookup(ot, N(__del__)) &&
        gc_register_finalizer(v_obj(obj)) < 0)
        return V_NULL;
    if (!type_is_subtype(ot, t))
        return obj;
    if (ot->init && ot->init(obj, argc, argv, kwnames) < 0)
        return V_NULL;
    return obj;
}

static value type_new_slot(type_object *meta, int argc, const value *argv, value kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (argc == 1 && nkw == 0 && meta == &type_type)
        return v_from_obj(v_type(argv[0]));
    if (argc != 3)
        return exc_raise(&exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", argc);
    return type_new_class(meta, argv[0], argv[1], argv[2], kwnames, argv + 3);
}

static int type_init(value self, int argc, const value *argv, value kwnames)
{
    if (argc == 1 && kwnames && tuple_len(kwnames)) {
        exc_raise(&exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (argc != 1 && argc != 3) {
        exc_raise(&exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* -- type's attributes ---------------------------------------------------------- */

static value type_get_name(value self) { return v_as_type(self)->name_str; }
static value type_get_qualname(value self)
{
    type_object *t = v_as_type(self);
    return t->qualname ? t->qualname : t->name_str;
}

static int check_heap_set(type_object *t, value v, const char *what)
{
    if (!(t->flags & TYPE_HEAPTYPE)) {
        exc_raise(&exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what, t->name);
        return -1;
    }
    if (!v) {
        exc_raise(&exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", what, t->name);
        return -1;
    }
    return 0;
}

static int type_set_name(value self, value v)
{
    type_object *t = v_as_type(self);
    if (check_heap_set(t, v, "__name__") < 0)
        return -1;
    if (!v_isinstance(v, &str_type)) {
        exc_raise(&exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name, v_type_name(v));
        return -1;
    }
    t->name_str = v;
    t->name = str_data(v);
    return 0;
}

static int type_set_qualname(value self, value v)
{
    type_object *t = v_as_type(self);
    if (check_heap_set(t, v, "__qualname__") < 0)
        return -1;
    if (!v_isinstance(v, &str_type)) {
        exc_raise(&exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                  v_type_name(v));
        return -1;
    }
    t->qualname = v;
    return 0;
}

static value type_get_module(value self)
{
    type_object *t = v_as_type(self);
    if (t->flags & TYPE_HEAPTYPE) {
        value m = dict_get_str(t->dict, N(__module__));
        if (!m)
            return exc_raise(&exc_AttributeError, "__module__");
        return m;
    }
    char buf[256];
    return str_from_cstr(type_module_name(t, buf, sizeof buf));
}

static int type_set_module(value self, value v)
{
    type_object *t = v_as_type(self);
    if (check_heap_set(t, v, "__module__") < 0)
        return -1;
    type_modified(t);
    return dict_set(t->dict, N(__module__), v);
}

static value type_get_bases(value self) { return v_as_type(self)->bases; }
static value type_get_base(value self)
{
    type_object *b = v_as_type(self)->base;
    return b ? v_from_obj(b) : V_NONE;
}
static value type_get_mro(value self) { return v_as_type(self)->mro; }

/* __mro__ and __base__ are read-only members in CPython: their error. */
static int type_set_readonly(value self, value v)
{
    exc_raise(&exc_AttributeError, "readonly attribute");
    return -1;
}

static value type_get_doc(value self)
{
    type_object *t = v_as_type(self);
    if (!(t->flags & TYPE_HEAPTYPE) && t->doc)
        return str_from_cstr(t->doc);
    value d = dict_get_str(t->dict, N(__doc__));
    if (!d)
        return V_NONE;
    descr_get_fn get = v_type(d)->descr_get;
    return get ? get(d, V_NULL, self) : d;
}

static int type_set_doc(value self, value v)
{
    type_object *t = v_as_type(self);
    if (check_heap_set(t, v, "__doc__") < 0)
        return -1;
    type_modified(t);
    return dict_set(t->dict, N(__doc__), v);
}

static value type_get_dict(value self);

static value type_get_abstract(value self)
{
    type_object *t = v_as_type(self);
    value v = t != &type_type ? dict_get_str(t->dict, N(__abstractmethods__)) : V_NULL;
    if (!v)
        return exc_raise(&exc_AttributeError, "__abstractmethods__");
    return v;
}

static int type_set_abstract(value self, value v)
{
    type_object *t = v_as_type(self);
    int abstract = 0;
    if (v) {
        abstract = obj_truthy(v);
        if (abstract < 0 || dict_set(t->dict, N(__abstractmethods__), v) < 0)
            return -1;
    } else {
        int r = dict_del(t->dict, N(__abstractmethods__));
        if (r <= 0) {
            if (r == 0)
                exc_raise(&exc_AttributeError, "__abstractmethods__");
            return -1;
        }
    }
    if (abstract)
        t->flags |= TYPE_ABSTRACT;
    else
        t->flags &= ~(uint32_t)TYPE_ABSTRACT;
    type_modified(t);
    return 0;
}

/* __flags__ with CPython's Py_TPFLAGS_* bit positions, read off our own
 * flags and the type's ancestry, for code that tests those bits. */
static value type_get_flags(value self)
{
    type_object *t = v_as_type(self);
    uint64_t f = 1u << 12;   /* READY */
    f |= (t->flags & TYPE_HEAPTYPE) ? 1u << 9 : 1u << 8;   /* HEAPTYPE / IMMUTABLETYPE */
    if (t->flags & TYPE_BASETYPE) f |= 1u << 10;
    if (t->flags & TYPE_ABSTRACT) f |= 1u << 20;
    if (t->flags & TYPE_METHOD_DESCR) f |= 1u << 17;
    if ((t->flags & TYPE_SEQUENCE) || type_is_subtype(t, &list_type) || type_is_subtype(t, &tuple_type))
        f |= 1u << 5;
    if ((t->flags & TYPE_MAPPING) || type_is_subtype(t, &dict_type)) f |= 1u << 6;
    if (type_is_subtype(t, &int_type)) f |= 1u << 24;
    if (type_is_subtype(t, &list_type)) f |= 1u << 25;
    if (type_is_subtype(t, &tuple_type)) f |= 1u << 26;
    if (type_is_subtype(t, &bytes_type)) f |= 1u << 27;
    if (type_is_subtype(t, &str_type)) f |= 1u << 28;
    if (type_is_subtype(t, &dict_type)) f |= 1u << 29;
    if (t->flags & TYPE_EXC_SUBCLASS) f |= 1u << 30;
    if (type_is_subtype(t, &type_type)) f |= 1u << 31;
    return int_from_u64(f);
}

/* CPython's item sizes (tuple slots, int digits, bytes), which code uses
 * to compute the largest sizes a container can reach. */
static value type_get_itemsize(value self)
{
    type_object *t = v_as_type(self);
    if (type_is_subtype(t, &tuple_type)) return v_small(8);
    if (type_is_subtype(t, &int_type)) return v_small(4);
    if (type_is_subtype(t, &bytes_type)) return v_small(1);
    if (type_is_subtype(t, &type_type)) return v_small(40);
    return v_small(0);
}

/* __annotations__ of a class: its own (never a base's), created empty on
 * first use for classes from class statements. */
static value type_get_annotations(value self)
{
    type_object *t = v_as_type(self);
    value a = dict_get_str(t->dict, N(__annotations__));
    if (a) {
        type_object *at = v_type(a);
        return at->descr_get ? at->descr_get(a, V_NULL, self) : a;
    }
    if (exc_occurred())
        return V_NULL;
    if (!(t->flags & TYPE_HEAPTYPE))
        return exc_raise(&exc_AttributeError, "type object '%s' has no attribute '__annotations__'", t->name);
    a = dict_new();
    if (!a || dict_set(t->dict, N(__annotations__), a) < 0)
        return V_NULL;
    type_modified(t);
    return a;
}

static int type_set_annotations(value self, value v)
{
    type_object *t = v_as_type(self);
    if (!(t->flags & TYPE_HEAPTYPE)) {
        exc_raise(&exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (v) {
        if (dict_set(t->dict, N(__annotations__), v) < 0)
            return -1;
    } else {
        int r = dict_del(t->dict, N(__annotations__));
        if (r <= 0) {
            if (r == 0)
                exc_raise(&exc_AttributeError, "__annotations__");
            return -1;
        }
    }
    type_modified(t);
    return 0;
}

static value type_get_basicsize(value self) { return int_from_u64(v_as_type(self)->basicsize); }

static const getset_def type_getsets[] = {
    { "__flags__", type_get_flags, type_set_readonly, NULL },
    { "__itemsize__", type_get_itemsize, type_set_readonly, NULL },
    { "__basicsize__", type_get_basicsize, type_set_readonly, NULL },
    { "__annotations__", type_get_annotations, type_set_annotations, NULL },
    { "__name__", type_get_name, type_set_name, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL },
    { "__module__", type_get_module, type_set_module, NULL },
    { "__bases__", type_get_bases, NULL, NULL },
    { "__base__", type_get_base, type_set_readonly, NULL },
    { "__mro__", type_get_mro, type_set_readonly, NULL },
    { "__dict__", type_get_dict, NULL, NULL },
    { "__doc__", type_get_doc, type_set_doc, NULL },
    { "__abstractmethods__", type_get_abstract, type_set_abstract, NULL },
    { NULL, NULL, NULL, NULL },
};

static value type_mro_method(value self, int argc, const value *argv, value kwnames)
{
    value m = compute_mro(v_as_type(self));
    if (!m)
        return V_NULL;
    value l = list_new(0);
    if (!l || list_extend(l, m) < 0)
        return V_NULL;
    return l;
}

static value type_subclasses(value self, int argc, const value *argv, value kwnames)
{
    value l = list_new(0);
    if (!l)
        return V_NULL;
    for (size_t i = 0; i < registry_len; i++) {
        value b = registry[i]->bases;
        if (!b || registry[i] == v_as_type(self))
            continue;
        for (size_t j = 0; j < tuple_len(b); j++)
            if (tuple_get(b, j) == self && list_append(l, v_from_obj(registry[i])) < 0)
                return V_NULL;
    }
    return l;
}

static value type_instancecheck(value self, value arg)
{
    return v_bool(v_isinstance(arg, v_as_type(self)));
}

static value type_instancecheck_m(value self, int argc, const value *argv, value kwnames)
{
    return type_instancecheck(self, argv[0]);
}

static value type_subclasscheck_m(value self, int argc, const value *argv, value kwnames)
{
    if (!v_is_type(argv[0]))
        return exc_raise(&exc_TypeError, "issubclass() arg 1 must be a class");
    return v_bool(type_is_subtype(v_as_type(argv[0]), v_as_type(self)));
}

static value type_prepare(value self, int argc, const value *argv, value kwnames)
{
    return dict_new();
}

static value type_dir(value self, int argc, const value *argv, value kwnames)
{
    value d = dict_new();
    if (!d)
        return V_NULL;
    value mro = v_as_type(self)->mro;
    for (size_t i = tuple_len(mro); i-- > 0;)
        if (dict_update(d, v_as_type(tuple_get(mro, i))->dict) < 0)
            return V_NULL;
    value l = list_new(0);
    if (!l || list_extend(l, d) < 0)
        return V_NULL;
    return l;
}

static const method_def type_methods[] = {
    { "mro", type_mro_method, METH_NOARGS, "Return a type's method resolution order." },
    { "__subclasses__", type_subclasses, METH_NOARGS, "Return a list of immediate subclasses." },
    { "__instancecheck__", type_instancecheck_m, METH_O, "Check if an object is an instance." },
    { "__subclasscheck__", type_subclasscheck_m, METH_O, "Check if a class is a subclass." },
    { "__prepare__", type_prepare, METH_KEYWORDS | METH_CLASS,
      "__prepare__() -> dict\nused to create the namespace for the class statement" },
    { "__dir__", type_dir, METH_NOARGS, "Specialized __dir__ implementation for types." },
    { NULL, NULL, 0, NULL },
};

type_object type_type = {
    .hdr = { .type = &type_type },
    .name = "type",
    .basicsize = sizeof(type_object),
    .flags = TYPE_BASETYPE | TYPE_TYPE_SUBCLASS,
    .trace = type_trace,
    .finalize = type_finalize,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .new = type_new_slot,
    .init = type_init,
    .methods = type_methods,
    .getsets = type_getsets,
    .nb = { [NB_OR] = genericalias_or },   /* int | None */
};

/* -- mappingproxy: the read-only view a class's __dict__ gives ---------------- */

typedef struct mappingproxy_object {
    object hdr;
    value mapping;
} mappingproxy_object;

static type_object mappingproxy_type;

static value mp_of(value self) { return ((mappingproxy_object *)v_obj(self))->mapping; }
static void mp_trace(object *o, gc_tracer *tr) { gc_mark_value(tr, ((mappingproxy_object *)o)->mapping); }
static value mp_repr(value self) { return str_format("mappingproxy(%R)", mp_of(self)); }
static value mp_str(value self) { return obj_str(mp_of(self)); }
static int64_t mp_len(value self) { return obj_len(mp_of(self)); }
static value mp_getitem(value self, value k) { return obj_getitem(mp_of(self), k); }
static int mp_contains(value self, value k) { return obj_contains(mp_of(self), k); }
static value mp_iter(value self) { return obj_iter(mp_of(self)); }
static value mp_richcompare(value a, value b, int op) { return obj_richcompare(mp_of(a), b, op); }

static value mp_delegate(value self, const char *name, int argc, const value *argv)
{
    return obj_call_method(mp_of(self), name, argc, argv);
}
static value mp_keys(value s, int argc, const value *argv, value kw) { return mp_delegate(s, "keys", 0, NULL); }
static value mp_values(value s, int argc, const value *argv, value kw) { return mp_delegate(s, "values", 0, NULL); }
static value mp_items(value s, int argc, const value *argv, value kw) { return mp_delegate(s, "items", 0, NULL); }
static value mp_copy(value s, int argc, const value *argv, value kw) { return mp_delegate(s, "copy", 0, NULL); }
static value mp_get(value s, int argc, const value *argv, value kw)
{
    if (argc < 1 || argc > 2)
        return exc_raise(&exc_TypeError, "get expected at least 1 argument, got %d", argc);
    return mp_delegate(s, "get", argc, argv);
}

/* `proxy | other` and `other | proxy` work on the underlying mappings
 * (a new dict); `|=` is refused since the proxy is read-only. */
static value mp_or(value a, value b)
{
    if (v_type(a) == &mappingproxy_type)
        a = mp_of(a);
    if (v_type(b) == &mappingproxy_type)
        b = mp_of(b);
    return obj_binary_op(a, b, NB_OR);
}

static value mp_ior(value a, value b)
{
    return exc_raise(&exc_TypeError, "'|=' is not supported by %s; use '|' instead", v_type_name(a));
}

static value mp_reversed(value s, int argc, const value *argv, value kw)
{
    return mp_delegate(s, "__reversed__", 0, NULL);
}

/* types.MappingProxyType(mapping): any mapping but a list or tuple. */
static value mp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "mapping" };
    value a[1];
    if (num_parse_args("mappingproxy", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    type_object *t = v_type(a[0]);
    if (!t->getitem || (t->flags & (TYPE_LIST_SUBCLASS | TYPE_TUPLE_SUBCLASS)) || t == &list_type ||
        t == &tuple_type)
        return exc_raise(&exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                         v_type_name(a[0]));
    return mappingproxy_new(a[0]);
}

static const method_def mp_methods[] = {
    { "__reversed__", mp_reversed, METH_NOARGS, NULL },
    { "keys", mp_keys, METH_NOARGS, NULL },
    { "values", mp_values, METH_NOARGS, NULL },
    { "items", mp_items, METH_NOARGS, NULL },
    { "copy", mp_copy, METH_NOARGS, NULL },
    { "get", mp_get, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

static type_object mappingproxy_type = {
    .name = "mappingproxy",
    .basicsize = sizeof(mappingproxy_object),
    .trace = mp_trace,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .iter = mp_iter,
    .methods = mp_methods,
    .new = mp_new,
    .nb[NB_OR] = mp_or,
    .nb_inplace[NB_OR] = mp_ior,
};

value mappingproxy_new(value mapping)
{
    if (type_ready(&mappingproxy_type) < 0)
        return V_NULL;
    mappingproxy_object *p = (mappingproxy_object *)gc_alloc(&mappingproxy_type, sizeof *p);
    if (!p)
        return V_NULL;
    p->mapping = mapping;
    return v_from_obj(p);
}

static value type_get_dict(value self) { return mappingproxy_new(v_as_type(self)->dict); }

int (*type_set_classcell_hook)(value cell, value cls);

/* -- Creating classes ----------------------------------------------------------- */

type_object *type_calculate_meta(type_object *meta, value bases)
{
    type_object *winner = meta;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        type_object *bt = v_type(tuple_get(bases, i));
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        exc_raise(&exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                  "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Instances of classes derived from str, bytes and tuple keep their
 * __dict__ in one word after their items (TYPE_VAR_DICT): such a class
 * adds this much to its basicsize, which those types' allocators add to
 * the items' size, so the 8-aligned word after the items always lies in
 * the (zero-filled) block. */
#define VAR_DICT_SPACE 16

/* Does t add fields to its base's instance layout? As in CPython, the
 * attribute storage (__dict__) does not count. */
static bool extra_ivars(type_object *t)
{
    type_object *b = t->base;
    if (t->itemsize != b->itemsize)
        return true;
    size_t size = t->basicsize;
    if (t->flags & TYPE_HEAPTYPE) {
        if (t->attrs_offset != b->attrs_offset)
            size -= sizeof(inst_attrs);
        if ((t->flags & TYPE_VAR_DICT) && !(b->flags & TYPE_VAR_DICT))
            size -= VAR_DICT_SPACE;
    } else if (t->attrs_offset != b->attrs_offset) {
        return true;
    }
    return size != b->basicsize;
}

/* The type whose instance layout t's instances extend (CPython's
 * solid_base): two bases conflict when neither's solid base is a
 * subtype of the other's. */
static type_object *solid_base(type_object *t)
{
    if (!t->base)
        return t;
    type_object *b = solid_base(t->base);
    return extra_ivars(t) ? t : b;
}

static type_object *best_base(value bases)
{
    type_object *base = NULL, *winner = NULL;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        value b = tuple_get(bases, i);
        if (!v_is_type(b)) {
            exc_raise(&exc_TypeError, "bases must be types");
            return NULL;
        }
        type_object *bt = v_as_type(b);
        if (!(bt->flags & TYPE_READY) && type_ready(bt) < 0)
            return NULL;
        if (!(bt->flags & TYPE_BASETYPE)) {
            exc_raise(&exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        type_object *cand = solid_base(bt);
        if (!winner) {
            winner = cand;
            base = bt;
        } else if (type_is_subtype(winner, cand)) {
            /* keep */
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            exc_raise(&exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* Trace for instances of heap types: the static base's fields, then the
 * attributes and __slots__ values the classes added after them. */
static void heap_instance_trace(object *o, gc_tracer *tr)
{
    type_object *t = o->type, *sb = t;
    while (sb->flags & TYPE_HEAPTYPE)
        sb = sb->base;
    if (sb->trace)
        sb->trace(o, tr);
    size_t a = t->attrs_offset;
    for (size_t off = sb->basicsize; off + sizeof(value) <= t->basicsize; off += sizeof(value)) {
        if (a && off >= a && off < a + sizeof(inst_attrs))
            continue;
        gc_mark_value(tr, *(value *)((char *)o + off));
    }
    if (a)
        inst_attrs_trace((inst_attrs *)((char *)o + a), tr);
}

/* Is the attribute `name` of an instance of t (a str) a private name
 * to mangle ("__x" -> "_T__x"), as the compiler does in class bodies? */
static value mangle_slot(type_object *t, value name)
{
    const char *s = str_data(name), *cls = t->name;
    size_t n = str_size(name);
    if (n < 3 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_') || memchr(s, '.', n))
        return str_intern(name);
    while (*cls == '_')
        cls++;
    if (!*cls)
        return str_intern(name);
    value m = str_format("_%s%S", cls, name);
    return m ? str_intern(m) : V_NULL;
}

/* Instances of CPython's var-sized builtins (int, bytes, tuple) take no
 * slot members and no __weakref__; Taipan's str, whose characters follow
 * its header, takes no slot members either. */
static bool cpython_varsize(type_object *b)
{
    return (b->itemsize && !type_is_subtype(b, &str_type)) || type_is_subtype(b, &int_type);
}

static bool has_dict(type_object *b) { return b->attrs_offset || (b->flags & TYPE_VAR_DICT); }
/* A base with a __weakref__ of its own, or a builtin that takes weakrefs
 * without one (set, type, function: weakref.c's TYPE_WEAKREFABLE). */
static bool has_weakref(type_object *b)
{
    return (b->flags & TYPE_WEAKREFABLE) || type_lookup(b, str_intern_cstr("__weakref__")) != V_NULL;
}

/* The entries of __slots__ (a str, or an iterable of str) as a tuple. */
static value slot_names(value slots)
{
    if (v_isinstance(slots, &str_type))
        return tuple_pack(1, slots);
    value l = list_new(0);
    if (!l || list_extend(l, slots) < 0)
        return V_NULL;
    return list_as_tuple(l);
}

/* Checks each entry of __slots__ as CPython does, in its order, and
 * notes "__dict__" and "__weakref__" (each allowed once, and only when no
 * base has one already). */
static int check_slots(type_object *t, value names, bool *want_dict, bool *want_weak)
{
    type_object *base = t->base;
    size_t n = tuple_len(names);
    if (n && (cpython_varsize(base) || type_is_subtype(base, &str_type))) {
        exc_raise(&exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        value s = tuple_get(names, i);
        if (!v_isinstance(s, &str_type)) {
            exc_raise(&exc_TypeError, "__slots__ items must be strings, not '%s'", v_type_name(s));
            return -1;
        }
        value ok = obj_call_method(s, "isidentifier", 0, NULL);
        if (!ok)
            return -1;
        if (ok != V_TRUE) {
            exc_raise(&exc_TypeError, "__slots__ must be identifiers");
            return -1;
        }
        if (str_eq_cstr(s, "__dict__")) {
            if (has_dict(base) || *want_dict) {
                exc_raise(&exc_TypeError, "__dict__ slot disallowed: we already got one");
                return -1;
            }
            *want_dict = true;
        } else if (str_eq_cstr(s, "__weakref__")) {
            if (has_weakref(base) || cpython_varsize(base) || *want_weak) {
                exc_raise(&exc_TypeError,
                          "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                return -1;
            }
            *want_weak = true;
        }
    }
    return 0;
}

/* Adds a member descriptor per slot name (mangled, in sorted order, as
 * CPython lays them out); a name that is also a class attribute is an
 * error. */
static int add_slot_members(type_object *t, value names)
{
    value l = list_new(0);
    if (!l)
        return -1;
    for (size_t i = 0; i < tuple_len(names); i++) {
        value s = tuple_get(names, i);
        if (str_eq_cstr(s, "__dict__") || str_eq_cstr(s, "__weakref__"))
            continue;
        value key = mangle_slot(t, s);
        if (!key || list_append(l, key) < 0)
            return -1;
    }
    if (list_sort(l, V_NULL, 0) < 0)
        return -1;
    size_t n = list_len(l);
    for (size_t i = 0; i < n; i++) {
        value key = list_get(l, i);
        if (dict_get_str(t->dict, key)) {
            exc_raise(&exc_ValueError, "%R in __slots__ conflicts with class variable", key);
            return -1;
        }
    }
    for (size_t i = 0; i < n; i++) {
        value key = list_get(l, i);
        value d = member_descr_new(t, key, t->basicsize);
        if (!d || dict_set(t->dict, key, d) < 0)
            return -1;
        t->basicsize += sizeof(value);
    }
    return 0;
}

static value inst_dict_get(value self)
{
    return inst_get_dict(self);
}

static int check_dict_value(value v)
{
    if (!v) {
        exc_raise(&exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!v_isinstance(v, &dict_type)) {
        exc_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v_type_name(v));
        return -1;
    }
    return 0;
}

static int inst_dict_set(value self, value v)
{
    if (check_dict_value(v) < 0)
        return -1;
    return inst_set_dict(self, v);
}

static value inst_weakref_get(value self) { return weakref_first(self); }

static const getset_def inst_dict_getset = { "__dict__", inst_dict_get, inst_dict_set, NULL };
static const getset_def inst_weakref_getset = { "__weakref__", inst_weakref_get, NULL, NULL };

/* -- The __dict__ of str, bytes and tuple subclass instances ------------------- */

/* The word after the items of obj, whose class is TYPE_VAR_DICT. */
static value *var_dict_slot(object *o)
{
    type_object *t = o->type;
    size_t end;
    if (t->flags & TYPE_TUPLE_SUBCLASS)
        end = offsetof(tuple_object, items) + ((tuple_object *)o)->len * sizeof(value);
    else if (t->flags & TYPE_STR_SUBCLASS)
        end = offsetof(str_object, data) + ((str_object *)o)->size + 1;
    else
        end = offsetof(bytes_object, data) + ((bytes_object *)o)->size + 1;
    end = (end + sizeof(value) - 1) & ~(sizeof(value) - 1);
    return (value *)((char *)o + end);
}

value type_var_dict(value obj, bool create)
{
    value *slot = var_dict_slot(v_obj(obj));
    if (!*slot && create) {
        value d = dict_new();
        if (!d)
            return V_NULL;
        *slot = d;
    }
    return *slot;
}

static void var_dict_trace(object *o, gc_tracer *tr)
{
    type_object *sb = o->type;
    while (sb->flags & TYPE_HEAPTYPE)
        sb = sb->base;
    if (sb->trace)
        sb->trace(o, tr);
    gc_mark_value(tr, *var_dict_slot(o));
}

static value var_dict_get(value self) { return type_var_dict(self, true); }

static int var_dict_set(value self, value v)
{
    if (check_dict_value(v) < 0)
        return -1;
    *var_dict_slot(v_obj(self)) = v;
    return 0;
}

static const getset_def var_dict_getset = { "__dict__", var_dict_get, var_dict_set, NULL };

/* Wrap plain functions that Python treats as implicit static/class methods. */
static int wrap_implicit(value dict, value name, value (*wrap)(value))
{
    value f = dict_get_str(dict, name);
    if (!f || v_type(f) == &staticmethod_type || v_type(f) == &classmethod_type)
        return 0;
    if (!v_is_function(f))   /* only plain Python functions, as CPython */
        return 0;
    value w = wrap(f);
    if (!w)
        return -1;
    return dict_set(dict, name, w);
}

static int set_names(type_object *t)
{
    value items = dict_copy(t->dict);
    if (!items)
        return -1;
    size_t pos = 0;
    value k, v;
    while (dict_next(items, &pos, &k, &v)) {
        int found;
        value args[2] = { v_from_obj(t), k };
        value r = call_special(v, N(__set_name__), 2, args, &found);
        if (found && !r) {   /* 3.11 wraps the error, with it as the cause */
            value cause = exc_fetch();
            exc_raise(&exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                      v_type_name(v), k, t->name);
            value e = ts()->exc;
            if (e && cause) {
                exc_set_context(e, cause);
                exc_set_cause(e, cause);
            }
            return -1;
        }
    }
    return 0;
}

static int init_subclass(type_object *t, value kwnames, const value *kwvals)
{
    value mro = t->mro;
    for (size_t i = 1; i < tuple_len(mro); i++) {
        value d = v_as_type(tuple_get(mro, i))->dict;
        value f = dict_get_str(d, N(__init_subclass__));
        if (!f)
            continue;
        descr_get_fn get = v_type(f)->descr_get;
        value bound = get ? get(f, V_NULL, v_from_obj(t)) : f;
        if (!bound)
            return -1;
        size_t nkw = kwnames ? tuple_len(kwnames) : 0;
        value r = obj_call(bound, 0, kwvals, nkw ? kwnames : V_NULL);
        return r ? 0 : -1;
    }
    return 0;
}

static int check_args(value name, value bases, value dict)
{
    if (!v_isinstance(name, &str_type)) {
        exc_raise(&exc_TypeError, "type.__new__() argument 1 must be str, not %s", v_type_name(name));
        return -1;
    }
    if (!v_isinstance(bases, &tuple_type)) {
        exc_raise(&exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", v_type_name(bases));
        return -1;
    }
    if (!v_isinstance(dict, &dict_type)) {
        exc_raise(&exc_TypeError, "type.__new__() argument 3 must be dict, not %s", v_type_name(dict));
        return -1;
    }
    value entries = str_intern_cstr("__mro_entries__");
    for (size_t i = 0; i < tuple_len(bases); i++) {
        value b = tuple_get(bases, i);
        if (!v_is_type(b) && entries && type_lookup(v_type(b), entries)) {
            exc_raise(&exc_TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
            return -1;
        }
    }
    for (size_t i = 0; i < tuple_len(bases); i++)
        for (size_t j = 0; j < i; j++)
            if (tuple_get(bases, i) == tuple_get(bases, j) && v_is_type(tuple_get(bases, i))) {
                exc_raise(&exc_TypeError, "duplicate base class %S", v_as_type(tuple_get(bases, i))->name_str);
                return -1;
            }
    return 0;
}

/* d[key] = v unless the class body defined key itself (its own __dict__
 * property wins over the generated descriptor, as in CPython). */
static int set_default(value d, value key, value v)
{
    if (!v || !key)
        return -1;
    return dict_get_str(d, key) ? 0 : dict_set(d, key, v);
}

/* The instance layout: where attributes live and how big instances are.
 * Without __slots__ a class gets a __dict__ and __weakref__ unless a base
 * has them; with __slots__, members for its names and only what it lists. */
static int set_layout(type_object *t, type_object *base)
{
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->attrs_offset = base->attrs_offset;
    bool want_dict = false, want_weak = false;
    value slots = dict_get_str(t->dict, N(__slots__));
    if (slots) {
        value names = slot_names(slots);
        if (!names || check_slots(t, names, &want_dict, &want_weak) < 0
            || add_slot_members(t, names) < 0)
            return -1;
    } else {
        want_dict = !has_dict(base);
        want_weak = !has_weakref(base) && !cpython_varsize(base);
    }
    if (type_is_subtype(base, &type_type))   /* classes keep their namespace in the type */
        want_dict = false;
    if (want_dict && base->itemsize) {
        t->basicsize += VAR_DICT_SPACE;
        t->flags |= TYPE_VAR_DICT;
        if (set_default(t->dict, N(__dict__), getset_descr_new(t, &var_dict_getset)) < 0)
            return -1;
    } else if (want_dict) {
        t->attrs_offset = t->basicsize;
        t->basicsize += sizeof(inst_attrs);
        t->flags |= TYPE_HAS_SHAPE;
        if (set_default(t->dict, N(__dict__), getset_descr_new(t, &inst_dict_getset)) < 0)
            return -1;
    }
    if (want_weak && set_default(t->dict, str_intern_cstr("__weakref__"),
                                 getset_descr_new(t, &inst_weakref_getset)) < 0)
        return -1;
    if (want_weak || (base->flags & TYPE_WEAKREFABLE) || has_weakref(base))
        t->flags |= TYPE_WEAKREFABLE;   /* weakref.c */
    if (t->flags & TYPE_VAR_DICT)
        t->trace = var_dict_trace;
    else if (t->basicsize != base->basicsize)
        t->trace = heap_instance_trace;
    return 0;
}

/* A class made by type(name, bases, dict) belongs to the module running
 * the call, as in CPython: __module__ defaults to its globals' __name__. */
static int set_default_module(value dict)
{
    if (dict_get_str(dict, N(__module__)))
        return 0;
    frame *f = ts()->frame;
    if (!f || !f->globals || !v_is_dict(f->globals))
        return 0;
    value m = dict_get_str(f->globals, N(__name__));
    return m ? dict_set(dict, N(__module__), m) : 0;
}

/* A metaclass that overrides mro() decides the MRO: its result replaces
 * the C3 one computed first (which super().mro() would return). */
static int custom_mro(type_object *t, type_object *meta)
{
    if (meta == &type_type)
        return 0;
    value m = type_lookup(meta, N(mro));
    if (!m || m == dict_get_str(type_type.dict, N(mro)))
        return 0;
    descr_get_fn get = v_type(m)->descr_get;
    value bound = get ? get(m, v_from_obj(t), v_from_obj(meta)) : m;
    value r = bound ? obj_call0(bound) : V_NULL;
    value l = r ? list_new(0) : V_NULL;
    if (!l || list_extend(l, r) < 0)
        return -1;
    value mro = list_as_tuple(l);
    if (!mro)
        return -1;
    for (size_t i = 0; i < tuple_len(mro); i++) {
        value c = tuple_get(mro, i);
        if (!v_is_type(c)) {
            exc_raise(&exc_TypeError, "mro() returned a non-class ('%s')", v_type_name(c));
            return -1;
        }
    }
    t->mro = mro;
    return 0;
}

value type_new_class(type_object *meta, value name, value bases, value dict, value kwnames,
                     const value *kwvals)
{
    if (check_args(name, bases, dict) < 0)
        return V_NULL;
    type_object *winner = type_calculate_meta(meta, bases);
    if (!winner)
        return V_NULL;
    if (winner != meta && winner->new != type_type.new) {
        /* the keywords go along (enum's _simple=True, boundary=...) */
        size_t nkw = kwnames ? tuple_len(kwnames) : 0;
        value argt = tuple_new(3 + nkw);
        if (!argt)
            return V_NULL;
        value *args = tuple_items(argt);
        args[0] = name;
        args[1] = bases;
        args[2] = dict;
        for (size_t i = 0; i < nkw; i++)
            args[3 + i] = kwvals[i];
        return winner->new(winner, 3, args, nkw ? kwnames : V_NULL);
    }
    meta = winner;
    if (tuple_len(bases) == 0) {
        bases = tuple_pack(1, v_from_obj(&object_type));
        if (!bases)
            return V_NULL;
    }
    type_object *base = best_base(bases);
    if (!base)
        return V_NULL;
    size_t size = meta->basicsize > sizeof(type_object) ? meta->basicsize : sizeof(type_object);
    type_object *t = (type_object *)gc_alloc(meta, size);
    if (!t)
        return V_NULL;
    value tv = v_from_obj(t);
    t->name_str = str_intern(name);
    t->dict = dict_copy(dict);
    if (!t->name_str || !t->dict)
        return V_NULL;
    t->name = str_data(t->name_str);
    t->flags = TYPE_HEAPTYPE | TYPE_BASETYPE;
    t->base = base;
    t->bases = bases;
    t->qualname = t->name_str;
    value q = dict_get_str(t->dict, N(__qualname__));
    if (q) {
        if (!v_isinstance(q, &str_type))
            return exc_raise(&exc_TypeError, "type __qualname__ must be a str, not %s", v_type_name(q));
        t->qualname = q;
        if (dict_del(t->dict, N(__qualname__)) < 0)
            return V_NULL;
    }
    if (set_default_module(t->dict) < 0)
        return V_NULL;
    t->module = dict_get_str(t->dict, N(__module__));
    value cell = dict_get_str(t->dict, N(__classcell__));
    if (cell && dict_del(t->dict, N(__classcell__)) < 0)
        return V_NULL;
    if (wrap_implicit(t->dict, N(__new__), staticmethod_new) < 0
        || wrap_implicit(t->dict, N(__init_subclass__), classmethod_new) < 0
        || wrap_implicit(t->dict, N(__class_getitem__), classmethod_new) < 0)
        return V_NULL;
    if (set_layout(t, base) < 0)
        return V_NULL;
    if (!dict_get_str(t->dict, N(__doc__)) && dict_set(t->dict, N(__doc__), V_NONE) < 0)
        return V_NULL;
    if (dict_get_str(t->dict, N(__eq__)) && !dict_get_str(t->dict, N(__hash__))
        && dict_set(t->dict, N(__hash__), V_NONE) < 0)
        return V_NULL;
    /* the __class__ cell is filled before a metaclass's mro() runs */
    if (cell && type_set_classcell_hook && type_set_classcell_hook(cell, tv) < 0)
        return V_NULL;
    t->mro = compute_mro(t);
    if (!t->mro || custom_mro(t, meta) < 0)
        return V_NULL;
    inherit_slots(t, base);
    for (size_t i = 0; i < tuple_len(bases); i++)   /* the flags of every base */
        t->flags |= v_as_type(tuple_get(bases, i))->flags & (TYPE_EXC_SUBCLASS | TYPE_TYPE_SUBCLASS);
    for (size_t i = 1; i < tuple_len(t->mro); i++) {   /* match's kind: the first class in the MRO with one */
        value b = tuple_get(t->mro, i);
        uint32_t kind = v_is_type(b) ? v_as_type(b)->flags & (TYPE_SEQUENCE | TYPE_MAPPING) : 0;
        if (kind) {
            t->flags |= kind;
            break;
        }
    }
    assign_version(t);
    if (registry_add(t) < 0)
        return V_NULL;
    typeslots_fixup(t);
    t->flags |= TYPE_READY;
    /* abstract methods: set by abc.ABCMeta through __abstractmethods__; a
     * plain class whose dict has @abstractmethod functions is not abstract */
    if (set_names(t) < 0 || init_subclass(t, kwnames, kwvals) < 0)
        return V_NULL;
    return tv;
}
