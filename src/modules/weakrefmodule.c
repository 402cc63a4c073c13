/* The `_weakref` module, and a `weakref` module written in C that stands
 * in for CPython's Lib/weakref.py until Taipan can import it. `_weakref`
 * is what weakref.py is built on (ref, proxy, the types, getweakrefcount,
 * getweakrefs, _remove_dead_weakref). The C `weakref` adds ProxyTypes and
 * `finalize`; WeakValueDictionary, WeakKeyDictionary, WeakSet and
 * WeakMethod are not here. Once the import system loads weakref.py over
 * `_weakref`, drop weakrefmodule_init and its line in modules.c's table
 * (and the finalize type below: weakref.py has its own).
 *
 * weakref.finalize(obj, func, *args, **kwargs) follows weakref.py: a live
 * finalizer is kept in a registry (so it lives as long as obj does) and
 * holds a weakref to obj whose callback is the finalizer itself; calling
 * it, or obj dying, takes it out of the registry and calls
 * func(*args, **kwargs) once. At exit the finalizers still alive whose
 * `atexit` is true are called, newest first. */
#include <stdio.h>
#include <stdlib.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/weakref.h"
#include "../vm/exc.h"
#include "../vm/traceback.h"

/* -- Module functions ------------------------------------------------------------ */

static value wr_proxy(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "proxy expected at least 1 argument, got %d", argc);
    if (argc > 2)
        return exc_raise(&exc_TypeError, "proxy expected at most 2 arguments, got %d", argc);
    return weakref_proxy(argv[0], argc > 1 ? argv[1] : V_NULL);
}

static value wr_getweakrefcount(value self, int argc, const value *argv, value kwnames)
{
    return v_small(weakref_count(argv[0]));
}

static value wr_getweakrefs(value self, int argc, const value *argv, value kwnames)
{
    return weakref_list(argv[0]);
}

/* Deletes d[key] when it is a dead weakref (weakref.py's dictionaries). */
static value wr_remove_dead_weakref(value self, int argc, const value *argv, value kwnames)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "_remove_dead_weakref expected 2 arguments, got %d", argc);
    value d = argv[0], key = argv[1];
    if (!v_isinstance(d, &dict_type))
        return exc_raise(&exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                         v_type_name(d));
    value v = dict_get(d, key);
    if (!v)
        return exc_occurred() ? V_NULL : V_NONE;
    if ((v_is_weakref(v) || v_is_weakproxy(v)) && !weakref_referent(v) && dict_del(d, key) < 0)
        return V_NULL;
    return V_NONE;
}

/* ref is the type itself (so that it can be subclassed), as in CPython. */
static const method_def private_functions[] = {
    { "getweakrefcount", wr_getweakrefcount, METH_O, NULL },
    { "getweakrefs", wr_getweakrefs, METH_O, NULL },
    { "proxy", wr_proxy, METH_FAST, NULL },
    { "_remove_dead_weakref", wr_remove_dead_weakref, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

static int add_common(value m)
{
    value d = module_dict(m);
    if (modules_add_functions(m, private_functions) < 0 ||
        dict_set_cstr(d, "ref", v_from_obj(&weakref_type)) < 0 ||
        dict_set_cstr(d, "ReferenceType", v_from_obj(&weakref_type)) < 0 ||
        dict_set_cstr(d, "ProxyType", v_from_obj(&weakproxy_type)) < 0 ||
        dict_set_cstr(d, "CallableProxyType", v_from_obj(&weakcallableproxy_type)) < 0)
        return -1;
    return 0;
}

value weakrefmodule_init_private(void)
{
    value m = module_new("_weakref");
    if (!m || add_common(m) < 0)
        return V_NULL;
    return m;
}

/* -- weakref.finalize --------------------------------------------------------------- */

typedef struct finalize_object {
    object hdr;
    value wr;              /* ref(obj, self) while alive; V_NULL once called or detached */
    value func, args;      /* args: a tuple */
    value kwargs;          /* a dict, or V_NULL for none */
    bool atexit;
    int64_t index;         /* creation order: the exit order is newest first */
    size_t slot;           /* position in `registry` while alive */
} finalize_object;

extern type_object finalize_type;

/* The live finalizers: they are kept alive by this root, not by obj. */
static finalize_object **registry;
static size_t registry_n, registry_cap;
static int64_t next_index;
static bool shutdown;

static void trace_registry(gc_tracer *t)
{
    for (size_t i = 0; i < registry_n; i++)
        gc_mark_object(t, &registry[i]->hdr);
}

static int registry_add(finalize_object *f)
{
    if (registry_n == registry_cap) {
        size_t cap = registry_cap ? registry_cap * 2 : 16;
        finalize_object **r = realloc(registry, cap * sizeof *r);
        if (!r) {
            exc_no_memory();
            return -1;
        }
        registry = r;
        registry_cap = cap;
    }
    f->slot = registry_n;
    registry[registry_n++] = f;
    return 0;
}

/* Takes f out of the registry; false when it was not in it (dead). */
static bool registry_take(finalize_object *f)
{
    if (!f->wr)
        return false;
    finalize_object *last = registry[--registry_n];
    registry[f->slot] = last;
    last->slot = f->slot;
    f->wr = V_NULL;
    return true;
}

static finalize_object *as_fin(value v) { return (finalize_object *)v_obj(v); }

static void at_exit(void);

static value finalize_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (argc < 2) {
        if (argc == 0)
            return exc_raise(&exc_TypeError,
                             "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'");
        return exc_raise(&exc_TypeError, "finalize.__init__() missing 1 required positional argument: 'func'");
    }
    finalize_object *f = (finalize_object *)gc_alloc(type, type->basicsize);
    if (!f)
        return V_NULL;
    value self = v_from_obj(f);
    f->func = argv[1];
    f->args = tuple_from_array(argv + 2, (size_t)argc - 2);
    if (!f->args)
        return V_NULL;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (nkw) {
        f->kwargs = dict_new();
        if (!f->kwargs)
            return V_NULL;
        for (size_t i = 0; i < nkw; i++)
            if (dict_set(f->kwargs, tuple_get(kwnames, i), argv[argc + (int)i]) < 0)
                return V_NULL;
    }
    f->atexit = true;
    value wr = weakref_ref(argv[0], self);
    if (!wr || registry_add(f) < 0)
        return V_NULL;
    f->wr = wr;
    f->index = next_index++;
    modules_register_exit(at_exit);
    return self;
}

/* func(*args, **kwargs) */
static value call_func(finalize_object *f)
{
    size_t na = tuple_len(f->args), nk = f->kwargs ? dict_len(f->kwargs) : 0;
    if (!nk)
        return obj_call(f->func, (int)na, tuple_items(f->args), V_NULL);
    value names = tuple_new(nk);
    value *argv = malloc((na + nk) * sizeof *argv);   /* values held by f and names */
    if (!names || !argv) {
        free(argv);
        return names ? exc_no_memory() : V_NULL;
    }
    for (size_t i = 0; i < na; i++)
        argv[i] = tuple_get(f->args, i);
    size_t pos = 0, i = 0;
    value k, v;
    while (dict_next(f->kwargs, &pos, &k, &v) && i < nk) {
        tuple_items(names)[i] = k;
        argv[na + i++] = v;
    }
    value r = obj_call(f->func, (int)na, argv, names);
    free(argv);
    return r;
}

/* f(_=None): if alive, mark dead and return func(*args, **kwargs). */
static value finalize_call(value self, int argc, const value *argv, value kwnames)
{
    if (argc > 1)
        return exc_raise(&exc_TypeError, "finalize.__call__() takes from 1 to 2 positional arguments but %d were given",
                         argc + 1);
    finalize_object *f = as_fin(self);   /* self, in the caller's frame, keeps it alive */
    if (!registry_take(f) || shutdown)
        return V_NONE;
    return call_func(f);
}

/* (obj, func, args, kwargs) while obj is alive, else V_NULL (no error). */
static value info_tuple(finalize_object *f)
{
    value obj = f->wr ? weakref_referent(f->wr) : V_NULL;
    if (!obj)
        return V_NULL;
    value kw = f->kwargs ? dict_copy(f->kwargs) : dict_new();
    return kw ? tuple_pack(4, obj, f->func, f->args, kw) : V_NULL;
}

static value finalize_detach(value self, int argc, const value *argv, value kwnames)
{
    finalize_object *f = as_fin(self);
    value t = info_tuple(f);
    if (!t)
        return exc_occurred() ? V_NULL : V_NONE;
    registry_take(f);
    return t;
}

static value finalize_peek(value self, int argc, const value *argv, value kwnames)
{
    value t = info_tuple(as_fin(self));
    if (!t)
        return exc_occurred() ? V_NULL : V_NONE;
    return t;
}

static value finalize_get_alive(value self) { return v_bool(as_fin(self)->wr != V_NULL); }

static value finalize_get_atexit(value self)
{
    finalize_object *f = as_fin(self);
    return v_bool(f->wr && f->atexit);
}

static int finalize_set_atexit(value self, value v)
{
    if (!v) {
        exc_raise(&exc_AttributeError, "can't delete attribute");
        return -1;
    }
    int b = obj_truthy(v);
    if (b < 0)
        return -1;
    finalize_object *f = as_fin(self);
    if (f->wr)
        f->atexit = b;
    return 0;
}

static value finalize_repr(value self)
{
    finalize_object *f = as_fin(self);
    value obj = f->wr ? weakref_referent(f->wr) : V_NULL;
    const char *name = v_type(self)->flags & TYPE_HEAPTYPE ? v_type_name(self) : "finalize";
    if (!obj)
        return str_format("<%s object at %p; dead>", name, (void *)self);
    return str_format("<%s object at %p; for '%s' at %p>", name, (void *)self, v_type_name(obj), (void *)obj);
}

static void finalize_trace(object *o, gc_tracer *t)
{
    finalize_object *f = (finalize_object *)o;
    gc_mark_value(t, f->wr);
    gc_mark_value(t, f->func);
    gc_mark_value(t, f->args);
    gc_mark_value(t, f->kwargs);
}

/* The registered finalizers with atexit set, newest first; an error is
 * printed as sys.excepthook would and the next one runs. Afterwards a
 * finalizer whose object dies calls nothing (weakref.py's _shutdown). */
static void at_exit(void)
{
    for (;;) {
        finalize_object *pick = NULL;
        for (size_t i = 0; i < registry_n; i++)
            if (registry[i]->atexit && (!pick || registry[i]->index > pick->index))
                pick = registry[i];
        if (!pick)
            break;
        if (!finalize_call(v_from_obj(&pick->hdr), 0, NULL, V_NULL)) {
            fflush(stdout);
            exc_print(exc_fetch(), stderr);
        }
    }
    shutdown = true;
}

static const method_def finalize_methods[] = {
    { "detach", finalize_detach, METH_NOARGS, NULL },
    { "peek", finalize_peek, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def finalize_getsets[] = {
    { "alive", finalize_get_alive, NULL, NULL },
    { "atexit", finalize_get_atexit, finalize_set_atexit, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object finalize_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "weakref.finalize",
    .basicsize = sizeof(finalize_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .trace = finalize_trace,
    .repr = finalize_repr,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = finalize_call,
    .new = finalize_new,
    .methods = finalize_methods,
    .getsets = finalize_getsets,
};

/* -- The weakref module --------------------------------------------------------------- */

value weakrefmodule_init(void)
{
    static bool rooted;
    if (!rooted) {
        gc_add_root_tracer(trace_registry);
        rooted = true;
    }
    if (!(finalize_type.flags & TYPE_READY)) {
        finalize_type.hash = object_type.hash;   /* identity, as object's */
        if (type_ready(&finalize_type) < 0)
            return V_NULL;
    }
    value m = module_new("weakref");
    if (!m || add_common(m) < 0)
        return V_NULL;
    value d = module_dict(m);
    value pt = tuple_pack(2, v_from_obj(&weakproxy_type), v_from_obj(&weakcallableproxy_type));
    if (!pt || dict_set_cstr(d, "ProxyTypes", pt) < 0 ||
        dict_set_cstr(d, "finalize", v_from_obj(&finalize_type)) < 0)
        return V_NULL;
    return m;
}
