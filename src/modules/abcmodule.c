/* The `_abc` module: the machinery behind abc.ABCMeta (abc.py defines the
 * metaclass in Python and calls these): __abstractmethods__ computation,
 * register(), and the cached isinstance/issubclass checks, following
 * CPython 3.11's algorithm (cache, negative cache invalidated by a global
 * token that every register() bumps, __subclasshook__, the MRO, the
 * registry, then the subclasses, recursively).
 *
 * Each ABC holds an _abc_data object (cls._abc_impl) with three weak
 * sets of classes: the registry, the cache and the negative cache. A weak
 * set here is a dict from the class's address (an int) to a weak
 * reference; a hit needs the reference to still point at the very class
 * asked about, so an address reused by a new class after the old one died
 * never matches, and a look-up allocates nothing. */
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/weakref.h"
#include "../vm/exc.h"

extern type_object abc_data_type;

/* CPython's Py_TPFLAGS_SEQUENCE and _MAPPING, as __abc_tpflags__ holds them. */
enum { CPY_SEQUENCE = 1 << 5, CPY_MAPPING = 1 << 6 };
#define COLLECTION_FLAGS (TYPE_SEQUENCE | TYPE_MAPPING)

/* Bumped by every register(): negative caches older than it are stale. */
static uint64_t invalidation_counter;

typedef struct abc_data {
    object hdr;
    value registry, cache, negative;   /* weak sets (dicts), V_NULL while empty */
    uint64_t negative_version;
} abc_data;

#define AD(v) ((abc_data *)v_obj(v))

/* -- Weak sets of classes ----------------------------------------------------------- */

static value addr_key(value obj) { return v_small((int64_t)((uintptr_t)obj >> 3)); }

static int wset_contains(value set, value obj)
{
    if (!set || !v_is_ptr(obj))
        return 0;
    value wr = dict_get(set, addr_key(obj));
    return wr && weakref_referent(wr) == obj;
}

static int wset_add(value *set, value obj)
{
    if (!weakref_check(obj, false))
        return 0;   /* CPython's weak sets cannot hold it either: not cached */
    if (!*set && !(*set = dict_new()))
        return -1;
    value wr = weakref_ref(obj, V_NULL);
    return wr ? dict_set(*set, addr_key(obj), wr) : -1;
}

/* The live members, as a list (a snapshot: checks may run Python code). */
static value wset_members(value set)
{
    value l = list_new(0);
    if (!l || !set)
        return l;
    size_t pos = 0;
    value k, wr;
    while (dict_next(set, &pos, &k, &wr)) {
        value o = weakref_referent(wr);
        if (o && list_append(l, o) < 0)
            return V_NULL;
    }
    return l;
}

/* The weakrefs themselves, as a set (_get_dump). */
static value wset_refs(value set)
{
    value s = set_new(V_NULL);
    if (!s || !set)
        return s;
    size_t pos = 0;
    value k, wr;
    while (dict_next(set, &pos, &k, &wr))
        if (set_add(s, wr) < 0)
            return V_NULL;
    return s;
}

/* -- _abc_data ------------------------------------------------------------------------ */

static value abc_data_new(type_object *type, int argc, const value *argv, value kwnames)
{
    abc_data *d = (abc_data *)gc_alloc(type, sizeof(abc_data));
    if (!d)
        return V_NULL;
    d->negative_version = invalidation_counter;
    return v_from_obj(d);
}

static void abc_data_trace(object *o, gc_tracer *t)
{
    abc_data *d = (abc_data *)o;
    gc_mark_value(t, d->registry);
    gc_mark_value(t, d->cache);
    gc_mark_value(t, d->negative);
}

static value get_impl(value self)
{
    value impl = obj_getattr_cstr(self, "_abc_impl");
    if (!impl)
        return V_NULL;
    if (v_type(impl) != &abc_data_type)
        return exc_raise(&exc_TypeError, "_abc_impl is set to a wrong type");
    return impl;
}

/* -- Module functions --------------------------------------------------------------------- */

static value abc_get_cache_token(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64((int64_t)invalidation_counter);
}

/* getattr(v, '__isabstractmethod__', False), truthy */
static int is_abstract(value v)
{
    value r = obj_getattr_cstr(v, "__isabstractmethod__");
    if (!r) {
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
        return 0;
    }
    return obj_truthy(r);
}

static int compute_abstract_methods(value self)
{
    value abstracts = set_new(V_NULL);
    value ns = abstracts ? obj_getattr_cstr(self, "__dict__") : V_NULL;
    value items = ns ? obj_call_method(ns, "items", 0, NULL) : V_NULL;
    value it = items ? obj_iter(items) : V_NULL;
    if (!it)
        return -1;
    for (;;) {
        value kv = obj_next(it);
        if (!kv) {
            if (exc_occurred())
                return -1;
            break;
        }
        if (!v_isinstance(kv, &tuple_type) || tuple_len(kv) != 2) {
            exc_raise(&exc_TypeError, "items() returned item which is not a 2-tuple");
            return -1;
        }
        int r = is_abstract(tuple_get(kv, 1));
        if (r < 0 || (r && set_add(abstracts, tuple_get(kv, 0)) < 0))
            return -1;
    }
    value bases = obj_getattr_cstr(self, "__bases__");
    if (!bases)
        return -1;
    if (!v_isinstance(bases, &tuple_type)) {
        exc_raise(&exc_TypeError, "__bases__ is not tuple");
        return -1;
    }
    for (size_t i = 0; i < tuple_len(bases); i++) {
        value names = obj_getattr_cstr(tuple_get(bases, i), "__abstractmethods__");
        if (!names) {
            if (!exc_matches(&exc_AttributeError))
                return -1;
            exc_clear();
            continue;
        }
        value nit = obj_iter(names);
        if (!nit)
            return -1;
        for (;;) {
            value name = obj_next(nit);
            if (!name) {
                if (exc_occurred())
                    return -1;
                break;
            }
            value v = obj_getattr(self, name);
            if (!v) {
                if (!exc_matches(&exc_AttributeError))
                    return -1;
                exc_clear();
                continue;
            }
            int r = is_abstract(v);
            if (r < 0 || (r && set_add(abstracts, name) < 0))
                return -1;
        }
    }
    value fs = frozenset_new(abstracts);
    value name = fs ? str_intern_cstr("__abstractmethods__") : V_NULL;
    return name ? obj_setattr(self, name, fs) : -1;
}

static value abc_init(value self, int argc, const value *argv, value kwnames)
{
    value cls = argv[0];
    if (compute_abstract_methods(cls) < 0)
        return V_NULL;
    value data = abc_data_new(&abc_data_type, 0, NULL, V_NULL);
    value impl_name = data ? str_intern_cstr("_abc_impl") : V_NULL;
    value flags_name = impl_name ? str_intern_cstr("__abc_tpflags__") : V_NULL;
    if (!flags_name || obj_setattr(cls, impl_name, data) < 0)
        return V_NULL;
    /* __abc_tpflags__ (collections.abc's Sequence and Mapping) becomes
     * the type's flags for `match`, and leaves the class dict */
    if (v_is_type(cls)) {
        type_object *t = v_as_type(cls);
        value f = dict_get_str(t->dict, flags_name);
        if (f) {
            if (v_is_int(f)) {
                int64_t bits = v_int(f);
                uint32_t flags = (bits & CPY_SEQUENCE ? TYPE_SEQUENCE : 0) | (bits & CPY_MAPPING ? TYPE_MAPPING : 0);
                t->flags = (t->flags & ~(uint32_t)COLLECTION_FLAGS) | flags;
            }
            if (dict_del(t->dict, flags_name) < 0)
                return V_NULL;
            type_modified(t);
        }
    }
    return V_NONE;
}

/* Marks a registered class (and its subclasses) as a sequence or mapping
 * for `match`, as CPython does; builtin types keep their own nature. */
static int set_collection_flag(value cls, uint32_t flag, int depth)
{
    type_object *t = v_as_type(cls);
    if (!(t->flags & TYPE_HEAPTYPE) || (t->flags & COLLECTION_FLAGS) == flag)
        return 0;
    if (depth > 1000) {   /* __subclasses__ is finite, but keep C recursion bounded */
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    t->flags = (t->flags & ~(uint32_t)COLLECTION_FLAGS) | flag;
    value subs = obj_call_method(cls, "__subclasses__", 0, NULL);
    if (!subs || !v_isinstance(subs, &list_type))
        return subs ? 0 : -1;
    for (size_t i = 0; i < list_len(subs); i++)
        if (v_is_type(list_get(subs, i)) && set_collection_flag(list_get(subs, i), flag, depth + 1) < 0)
            return -1;
    return 0;
}

static value abc_register(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("_abc_register", argc, 2, 2) < 0)
        return V_NULL;
    value cls = argv[0], sub = argv[1];
    if (!v_is_type(sub))
        return exc_raise(&exc_TypeError, "Can only register classes");
    int r = obj_issubclass(sub, cls);
    if (r < 0)
        return V_NULL;
    if (r > 0)
        return sub;   /* already a subclass */
    /* checked after the above, so X.register(X) is a no-op */
    if ((r = obj_issubclass(cls, sub)) < 0)
        return V_NULL;
    if (r > 0)
        return exc_raise(&exc_RuntimeError, "Refusing to create an inheritance cycle");
    value impl = get_impl(cls);
    if (!impl || wset_add(&AD(impl)->registry, sub) < 0)
        return V_NULL;
    invalidation_counter++;
    uint32_t flag = v_is_type(cls) ? v_as_type(cls)->flags & COLLECTION_FLAGS : 0;
    if (flag && set_collection_flag(sub, flag, 0) < 0)
        return V_NULL;
    return sub;
}

static value call1(value obj, const char *method, value arg)
{
    return obj_call_method(obj, method, 1, &arg);
}

static value abc_instancecheck(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("_abc_instancecheck", argc, 2, 2) < 0)
        return V_NULL;
    value cls = argv[0], inst = argv[1];
    value impl = get_impl(cls);
    value sub = impl ? obj_getattr_cstr(inst, "__class__") : V_NULL;
    if (!sub)
        return V_NULL;
    if (wset_contains(AD(impl)->cache, sub))
        return V_TRUE;
    value subtype = v_from_obj(v_type(inst));
    if (subtype == sub) {
        if (AD(impl)->negative_version == invalidation_counter && wset_contains(AD(impl)->negative, sub))
            return V_FALSE;
        return call1(cls, "__subclasscheck__", sub);
    }
    value r = call1(cls, "__subclasscheck__", sub);
    if (!r)
        return V_NULL;
    int t = obj_truthy(r);
    if (t < 0)
        return V_NULL;
    if (t)
        return r;
    return call1(cls, "__subclasscheck__", subtype);
}

static value abc_subclasscheck(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("_abc_subclasscheck", argc, 2, 2) < 0)
        return V_NULL;
    value cls = argv[0], sub = argv[1];
    if (!v_is_type(sub))
        return exc_raise(&exc_TypeError, "issubclass() arg 1 must be a class");
    value impl = get_impl(cls);
    if (!impl)
        return V_NULL;
    abc_data *d = AD(impl);
    if (wset_contains(d->cache, sub))
        return V_TRUE;
    if (d->negative_version < invalidation_counter) {
        d->negative = V_NULL;
        d->negative_version = invalidation_counter;
    } else if (wset_contains(d->negative, sub)) {
        return V_FALSE;
    }
    value ok = call1(cls, "__subclasshook__", sub);
    if (!ok)
        return V_NULL;
    if (ok == V_TRUE)
        return wset_add(&d->cache, sub) < 0 ? V_NULL : V_TRUE;
    if (ok == V_FALSE)
        return wset_add(&d->negative, sub) < 0 ? V_NULL : V_FALSE;
    if (ok != V_NOTIMPL)
        return exc_raise(&exc_AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
    /* a direct subclass */
    value mro = v_as_type(sub)->mro;
    for (size_t i = 0; mro && i < tuple_len(mro); i++)
        if (tuple_get(mro, i) == cls)
            return wset_add(&d->cache, sub) < 0 ? V_NULL : V_TRUE;
    /* a registered class itself (answered without caching, as CPython) */
    if (wset_contains(d->registry, sub))
        return V_TRUE;
    /* a subclass of a registered class, then of a subclass (recursively) */
    value regs = wset_members(d->registry);
    value subs = regs ? obj_call_method(cls, "__subclasses__", 0, NULL) : V_NULL;
    if (!subs)
        return V_NULL;
    value lists[2] = { regs, subs };
    for (int k = 0; k < 2; k++) {
        value it = obj_iter(lists[k]);
        if (!it)
            return V_NULL;
        for (;;) {
            value c = obj_next(it);
            if (!c) {
                if (exc_occurred())
                    return V_NULL;
                break;
            }
            int r = obj_issubclass(sub, c);
            if (r < 0)
                return V_NULL;
            if (r)
                return wset_add(&d->cache, sub) < 0 ? V_NULL : V_TRUE;
        }
    }
    return wset_add(&d->negative, sub) < 0 ? V_NULL : V_FALSE;
}

static value abc_get_dump(value self, int argc, const value *argv, value kwnames)
{
    value impl = get_impl(argv[0]);
    if (!impl)
        return V_NULL;
    abc_data *d = AD(impl);
    value r = wset_refs(d->registry), c = r ? wset_refs(d->cache) : V_NULL;
    value n = c ? wset_refs(d->negative) : V_NULL;
    value v = n ? int_from_i64((int64_t)d->negative_version) : V_NULL;
    return v ? tuple_pack(4, r, c, n, v) : V_NULL;
}

static value abc_reset_registry(value self, int argc, const value *argv, value kwnames)
{
    value impl = get_impl(argv[0]);
    if (!impl)
        return V_NULL;
    AD(impl)->registry = V_NULL;
    return V_NONE;
}

static value abc_reset_caches(value self, int argc, const value *argv, value kwnames)
{
    value impl = get_impl(argv[0]);
    if (!impl)
        return V_NULL;
    AD(impl)->cache = V_NULL;
    AD(impl)->negative = V_NULL;
    return V_NONE;
}

/* -- The module --------------------------------------------------------------------------- */

type_object abc_data_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_abc._abc_data",
    .basicsize = sizeof(abc_data),
    .trace = abc_data_trace,
    .getattr = obj_generic_getattr,
    .new = abc_data_new,
    .doc = "Internal state held by ABC machinery.",
};

static const method_def abc_functions[] = {
    { "get_cache_token", abc_get_cache_token, METH_NOARGS,
      "Returns the current ABC cache token.\n\n"
      "The token is an opaque object (supporting equality testing) identifying the\n"
      "current version of the ABC cache for virtual subclasses. The token changes\n"
      "with every call to register() on any ABC." },
    { "_abc_init", abc_init, METH_O, "Internal ABC helper for class set-up. Should be never used outside abc module." },
    { "_abc_register", abc_register, METH_FAST, "Internal ABC helper for subclasss registration. Should be never used outside abc module." },
    { "_abc_instancecheck", abc_instancecheck, METH_FAST, "Internal ABC helper for instance checks. Should be never used outside abc module." },
    { "_abc_subclasscheck", abc_subclasscheck, METH_FAST, "Internal ABC helper for subclasss checks. Should be never used outside abc module." },
    { "_get_dump", abc_get_dump, METH_O, "Internal ABC helper for cache and registry debugging." },
    { "_reset_registry", abc_reset_registry, METH_O, "Internal ABC helper to reset registry of a given class." },
    { "_reset_caches", abc_reset_caches, METH_O, "Internal ABC helper to reset both caches of a given class." },
    { NULL, NULL, 0, NULL },
};

value abcmodule_init(void)
{
    value m = module_new("_abc");
    if (!m || modules_add_functions(m, abc_functions) < 0)
        return V_NULL;
    if (!(abc_data_type.flags & TYPE_READY) && type_ready(&abc_data_type) < 0)
        return V_NULL;
    if (dict_set_cstr(module_dict(m), "_abc_data", v_from_obj(&abc_data_type)) < 0)
        return V_NULL;
    return m;
}
