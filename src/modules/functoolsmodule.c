/* The `_functools` module, functools.py's accelerator: reduce,
 * cmp_to_key (KeyWrapper objects whose comparisons call the user's cmp),
 * partial (a callable holding func, args and keywords; a partial of a
 * plain partial is flattened into one; calls pass the stored and the new
 * arguments straight through the vectorcall convention) and
 * _lru_cache_wrapper, the engine of functools.lru_cache and cache.
 *
 * The LRU cache keeps its entries in an ordinary dict, relying on its
 * insertion order: a hit moves the entry to the end (delete and
 * re-insert), eviction removes the first one. The user function may call
 * the cache again (recursion) or clear it before returning, so nothing is
 * held across that call but the key: the result is stored only if the
 * key is still absent, and eviction happens after the call. */
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/function.h"
#include "../objects/genericalias.h"
#include "../objects/instance.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

extern type_object partial_type, keywrapper_type, lru_type;

static bool is_callable(value v) { return v_type(v)->call != NULL; }

/* -- reduce ------------------------------------------------------------------------ */

static value ft_reduce(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("reduce", kwnames) < 0)
        return V_NULL;
    if (argc < 2)
        return exc_raise(&exc_TypeError, "reduce expected at least 2 arguments, got %d", argc);
    if (argc > 3)
        return exc_raise(&exc_TypeError, "reduce expected at most 3 arguments, got %d", argc);
    value fn = argv[0];
    value it = obj_iter(argv[1]);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return V_NULL;
    }
    value acc = argc == 3 ? argv[2] : V_NULL;
    for (;;) {
        value v = obj_next(it);
        if (!v) {
            if (exc_occurred())
                return V_NULL;
            break;
        }
        if (!acc) {
            acc = v;
            continue;
        }
        value args[2] = { acc, v };
        if (!(acc = obj_call(fn, 2, args, V_NULL)))
            return V_NULL;
    }
    if (!acc)
        return exc_raise(&exc_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

/* -- cmp_to_key ---------------------------------------------------------------------- */

typedef struct keywrapper_object {
    object hdr;
    value cmp;
    value obj;     /* V_NULL in the object cmp_to_key returns */
} keywrapper_object;

#define KW(v) ((keywrapper_object *)v_obj(v))

static value kw_make(value cmp, value obj)
{
    keywrapper_object *k = (keywrapper_object *)gc_alloc(&keywrapper_type, sizeof *k);
    if (!k)
        return V_NULL;
    k->cmp = cmp;
    k->obj = obj;
    return v_from_obj(k);
}

static value ft_cmp_to_key(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "mycmp" };
    value a[1];
    if (num_parse_args("cmp_to_key", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    return kw_make(a[0], V_NULL);
}

static value kw_call(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "obj" };
    value a[1];
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (argc + (int)nkw > 1)
        return exc_raise(&exc_TypeError, "K() takes at most 1 argument (%d given)", argc + (int)nkw);
    if (argc + nkw == 0)
        return exc_raise(&exc_TypeError, "K() missing required argument 'obj' (pos 1)");
    if (num_parse_args("K", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    return kw_make(KW(self)->cmp, a[0]);
}

static value kw_richcompare(value a, value b, int op)
{
    if (v_type(b) != v_type(a))
        return exc_raise(&exc_TypeError, "other argument must be K instance");
    value x = KW(a)->obj, y = KW(b)->obj;
    if (!x || !y)
        return exc_raise(&exc_AttributeError, "object");
    value args[2] = { x, y };
    value r = obj_call(KW(a)->cmp, 2, args, V_NULL);
    return r ? obj_richcompare(r, v_small(0), op) : V_NULL;
}

static value kw_get_obj(value self)
{
    value o = KW(self)->obj;
    return o ? o : V_NONE;
}

static void kw_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((keywrapper_object *)o)->cmp);
    gc_mark_value(t, ((keywrapper_object *)o)->obj);
}

/* -- partial ------------------------------------------------------------------------- */

typedef struct partial_object {
    object hdr;
    value fn;
    value args;      /* tuple */
    value kw;        /* dict */
    inst_attrs attrs;
} partial_object;

#define PT(v) ((partial_object *)v_obj(v))

static value partial_call(value self, int argc, const value *argv, value kwnames);

/* Whether a partial has no instance attributes (CPython: its __dict__ was
 * never made), which is when a partial of it may be flattened. */
static bool no_attrs(value p)
{
    inst_attrs *a = &PT(p)->attrs;
    return !a->dict && (!a->shape || a->shape->count == 0);
}

static value partial_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "type 'partial' takes at least one argument");
    value fn = argv[0], pargs = V_NULL, pkw = V_NULL;
    if (v_type(fn)->call == partial_call && no_attrs(fn)) {
        pargs = PT(fn)->args;
        pkw = PT(fn)->kw;
        fn = PT(fn)->fn;
    }
    if (!is_callable(fn))
        return exc_raise(&exc_TypeError, "the first argument must be callable");
    size_t np = pargs ? tuple_len(pargs) : 0;
    value args = tuple_new(np + (size_t)argc - 1);
    if (!args)
        return V_NULL;
    for (size_t i = 0; i < np; i++)
        tuple_items(args)[i] = tuple_get(pargs, i);
    for (int i = 1; i < argc; i++)
        tuple_items(args)[np + (size_t)i - 1] = argv[i];
    value kw = pkw ? dict_copy(pkw) : dict_new();
    if (!kw)
        return V_NULL;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(kw, tuple_get(kwnames, i), argv[argc + i]) < 0)
            return V_NULL;
    partial_object *p = (partial_object *)seq_alloc(type, sizeof(partial_object), 0);
    if (!p)
        return V_NULL;
    p->fn = fn;
    p->args = args;
    p->kw = kw;
    if (type->attrs_offset)
        inst_attrs_init(v_from_obj(p));
    return v_from_obj(p);
}

/* fn(*self.args, *argv, **self.keywords, **kwargs): one argument vector. */
static value partial_call(value self, int argc, const value *argv, value kwnames)
{
    partial_object *p = PT(self);
    size_t np = tuple_len(p->args), nkw = kwnames ? tuple_len(kwnames) : 0;
    size_t pkw = dict_len(p->kw);
    if (pkw == 0) {
        if (np == 0)
            return obj_call(p->fn, argc, argv, kwnames);
        size_t n = np + (size_t)argc + nkw;
        value buf = tuple_new(n);
        if (!buf)
            return V_NULL;
        value *v = tuple_items(buf);
        for (size_t i = 0; i < np; i++)
            v[i] = tuple_get(p->args, i);
        for (size_t i = 0; i < (size_t)argc + nkw; i++)
            v[np + i] = argv[i];
        return obj_call(p->fn, (int)(np + (size_t)argc), v, kwnames);
    }
    /* stored keywords, overridden by the call's */
    value kw = dict_copy(p->kw);
    if (!kw)
        return V_NULL;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(kw, tuple_get(kwnames, i), argv[argc + i]) < 0)
            return V_NULL;
    size_t nk = dict_len(kw), n = np + (size_t)argc + nk;
    value buf = tuple_new(n), names = tuple_new(nk);
    if (!buf || !names)
        return V_NULL;
    value *v = tuple_items(buf);
    for (size_t i = 0; i < np; i++)
        v[i] = tuple_get(p->args, i);
    for (int i = 0; i < argc; i++)
        v[np + (size_t)i] = argv[i];
    size_t pos = 0, j = 0;
    value k, val;
    while (dict_next(kw, &pos, &k, &val) && j < nk) {
        if (!v_isinstance(k, &str_type))
            return exc_raise(&exc_TypeError, "keywords must be strings");
        tuple_items(names)[j] = k;
        v[np + (size_t)argc + j] = val;
        j++;
    }
    return obj_call(p->fn, (int)(np + (size_t)argc), v, names);
}

static value partial_repr(value self)
{
    partial_object *p = PT(self);
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("...") : V_NULL;
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, v_type(self)->name, strlen(v_type(self)->name));
    sb_str_add(&b, "(", 1);
    value s = obj_repr(p->fn);
    if (!s)
        goto fail;
    sb_str_add_value(&b, s);
    /* a snapshot: an argument's repr may change the partial */
    value args = p->args, kw = dict_copy(p->kw);
    if (!kw)
        goto fail;
    for (size_t i = 0; i < tuple_len(args); i++) {
        if (!(s = obj_repr(tuple_get(args, i))))
            goto fail;
        sb_str_add(&b, ", ", 2);
        sb_str_add_value(&b, s);
    }
    size_t pos = 0;
    value k, v;
    while (dict_next(kw, &pos, &k, &v)) {
        value ks = obj_str(k);
        if (!ks || !(s = obj_repr(v)))
            goto fail;
        sb_str_add(&b, ", ", 2);
        sb_str_add_value(&b, ks);
        sb_str_add(&b, "=", 1);
        sb_str_add_value(&b, s);
    }
    sb_str_add(&b, ")", 1);
    repr_leave(self);
    return sb_str_finish(&b);
fail:
    sb_str_abandon(&b);
    repr_leave(self);
    return V_NULL;
}

static value partial_reduce(value self, int argc, const value *argv, value kwnames)
{
    partial_object *p = PT(self);
    value d = p->attrs.dict || (p->attrs.shape && p->attrs.shape->count) ? inst_get_dict(self) : V_NONE;
    if (!d)
        return V_NULL;
    value fnt = tuple_pack(1, p->fn);
    value state = fnt ? tuple_pack(4, p->fn, p->args, p->kw, d) : V_NULL;
    return state ? tuple_pack(3, v_from_obj(v_type(self)), fnt, state) : V_NULL;
}

static value partial_setstate(value self, int argc, const value *argv, value kwnames)
{
    value st = argv[0];
    if (!v_isinstance(st, &tuple_type) || tuple_len(st) != 4)
        return exc_raise(&exc_TypeError, "invalid partial state");
    value fn = tuple_get(st, 0), args = tuple_get(st, 1), kw = tuple_get(st, 2), d = tuple_get(st, 3);
    if (!is_callable(fn) || !v_isinstance(args, &tuple_type) || (kw != V_NONE && !v_isinstance(kw, &dict_type)))
        return exc_raise(&exc_TypeError, "invalid partial state");
    if (!v_is_tuple(args) && !(args = tuple_from_array(tuple_items(args), tuple_len(args))))
        return V_NULL;
    if (kw == V_NONE)
        kw = dict_new();
    else if (!v_is_dict(kw))
        kw = dict_copy(kw);
    if (!kw)
        return V_NULL;
    if (d != V_NONE) {
        /* CPython stores any object here; only a dict can serve as __dict__ */
        if (v_isinstance(d, &dict_type) && inst_set_dict(self, d) < 0)
            return V_NULL;
    } else if (PT(self)->attrs.dict || PT(self)->attrs.shape) {
        value nd = dict_new();
        if (!nd || inst_set_dict(self, nd) < 0)
            return V_NULL;
    }
    partial_object *p = PT(self);
    p->fn = fn;
    p->args = args;
    p->kw = kw;
    return V_NONE;
}

static value partial_class_getitem(value cls, int argc, const value *argv, value kwnames)
{
    return genericalias_new(cls, argv[0]);
}

static value pt_get_func(value self) { return PT(self)->fn; }
static value pt_get_args(value self) { return PT(self)->args; }
static value pt_get_keywords(value self) { return PT(self)->kw; }
static value pt_get_dict(value self) { return inst_get_dict(self); }

static int pt_set_dict(value self, value v)
{
    if (!v) {
        exc_raise(&exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!v_isinstance(v, &dict_type)) {
        exc_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v_type_name(v));
        return -1;
    }
    return inst_set_dict(self, v);
}

static void partial_trace(object *o, gc_tracer *t)
{
    partial_object *p = (partial_object *)o;
    gc_mark_value(t, p->fn);
    gc_mark_value(t, p->args);
    gc_mark_value(t, p->kw);
    inst_attrs_trace(&p->attrs, t);
}

/* -- _lru_cache_wrapper ------------------------------------------------------------------ */

typedef struct lru_object {
    object hdr;
    value func;
    value cache;           /* dict: key -> result, oldest first */
    value cache_info_type;
    int64_t maxsize;       /* -1: unbounded */
    int64_t hits, misses;
    bool typed;
    inst_attrs attrs;      /* __dict__: __wrapped__, __name__, cache_parameters ... */
} lru_object;

#define LRU(v) ((lru_object *)v_obj(v))

/* Separates positional from keyword arguments in keys: one object, a GC root. */
static value kwd_mark;

static value lru_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "user_function", "maxsize", "typed", "cache_info_type" };
    value a[4];
    if (num_parse_args("lru_cache", argc, argv, kwnames, names, 4, 4, 4, a) < 0)
        return V_NULL;
    if (!is_callable(a[0]))
        return exc_raise(&exc_TypeError, "the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != V_NONE) {
        if (!v_is_int(a[1]) && !v_type(a[1])->nb_index)
            return exc_raise(&exc_TypeError, "maxsize should be integer or None");
        value i = obj_index(a[1]);
        if (!i)
            return V_NULL;
        if (int_as_i64(i, &maxsize) < 0) {
            exc_clear();
            int neg = obj_richcompare_bool(i, v_small(0), CMP_LT);
            if (neg < 0)
                return V_NULL;
            if (!neg)
                return exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
            maxsize = 0;
        }
        if (maxsize < 0)
            maxsize = 0;
    }
    int typed = obj_truthy(a[2]);
    if (typed < 0)
        return V_NULL;
    value cache = dict_new();
    lru_object *l = cache ? (lru_object *)seq_alloc(type, sizeof(lru_object), 0) : NULL;
    if (!l)
        return V_NULL;
    l->func = a[0];
    l->cache = cache;
    l->cache_info_type = a[3];
    l->maxsize = maxsize;
    l->typed = typed;
    inst_attrs_init(v_from_obj(l));
    return v_from_obj(l);
}

/* The cache key of a call, as CPython's C version builds it. */
static value lru_key(lru_object *l, int argc, const value *argv, value kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (!l->typed && nkw == 0) {
        if (argc == 1 && (v_is_int(argv[0]) || v_isinstance_exact(argv[0], &int_type) || v_is_str(argv[0])))
            return argv[0];
        return tuple_from_array(argv, (size_t)argc);
    }
    size_t n = (size_t)argc + (nkw ? 1 + 2 * nkw : 0) + (l->typed ? (size_t)argc + nkw : 0);
    value key = tuple_new(n);
    if (!key)
        return V_NULL;
    value *k = tuple_items(key);
    size_t j = 0;
    for (int i = 0; i < argc; i++)
        k[j++] = argv[i];
    if (nkw) {
        k[j++] = kwd_mark;
        for (size_t i = 0; i < nkw; i++) {
            k[j++] = tuple_get(kwnames, i);
            k[j++] = argv[argc + i];
        }
    }
    if (l->typed) {
        for (int i = 0; i < argc; i++)
            k[j++] = v_from_obj(v_type(argv[i]));
        for (size_t i = 0; i < nkw; i++)
            k[j++] = v_from_obj(v_type(argv[argc + i]));
    }
    return key;
}

/* Removes the oldest entry (the first live one in the dict's order). */
static int lru_evict(value cache)
{
    size_t pos = 0;
    value k, v;
    if (!dict_next(cache, &pos, &k, &v))
        return 0;
    return dict_del(cache, k) < 0 ? -1 : 0;
}

static value lru_call(value self, int argc, const value *argv, value kwnames)
{
    lru_object *l = LRU(self);
    if (l->maxsize == 0) {
        l->misses++;
        return obj_call(l->func, argc, argv, kwnames);
    }
    value key = lru_key(l, argc, argv, kwnames);
    int64_t h;
    if (!key || dict_hash_key(key, &h) < 0)
        return V_NULL;
    value cache = l->cache;
    value r = dict_get_hashed(cache, key, h);
    if (r) {
        l->hits++;
        if (l->maxsize > 0) {   /* most recently used goes last */
            value old;
            int found = dict_pop_hashed(cache, key, h, &old);
            if (found < 0 || (found > 0 && dict_set_hashed(cache, key, h, old) < 0))
                return V_NULL;
        }
        return r;
    }
    if (exc_occurred())
        return V_NULL;
    l->misses++;
    r = obj_call(l->func, argc, argv, kwnames);
    if (!r)
        return V_NULL;
    cache = l->cache;   /* cache_clear() may have replaced it meanwhile */
    if (l->maxsize < 0)
        return dict_set_hashed(cache, key, h, r) < 0 ? V_NULL : r;
    value again = dict_get_hashed(cache, key, h);
    if (again)   /* a recursive call stored it already */
        return r;
    if (exc_occurred())
        return V_NULL;
    while ((int64_t)dict_len(cache) >= l->maxsize && dict_len(cache) > 0)
        if (lru_evict(cache) < 0)
            return V_NULL;
    return dict_set_hashed(cache, key, h, r) < 0 ? V_NULL : r;
}

static value lru_cache_info(value self, int argc, const value *argv, value kwnames)
{
    lru_object *l = LRU(self);
    value args[4] = { int_from_i64(l->hits), int_from_i64(l->misses),
                      l->maxsize < 0 ? V_NONE : int_from_i64(l->maxsize),
                      int_from_i64((int64_t)dict_len(l->cache)) };
    if (!args[0] || !args[1] || !args[2] || !args[3])
        return V_NULL;
    return obj_call(l->cache_info_type, 4, args, V_NULL);
}

static value lru_cache_clear(value self, int argc, const value *argv, value kwnames)
{
    lru_object *l = LRU(self);
    value fresh = dict_new();
    if (!fresh)
        return V_NULL;
    l->cache = fresh;
    l->hits = l->misses = 0;
    return V_NONE;
}

static value lru_reduce(value self, int argc, const value *argv, value kwnames)
{
    return obj_getattr_cstr(self, "__qualname__");
}

static value lru_copy(value self, int argc, const value *argv, value kwnames) { return self; }

static value lru_deepcopy(value self, int argc, const value *argv, value kwnames) { return self; }

/* Binds like a function: a method of the instance it is fetched from. */
static value lru_descr_get(value self, value obj, value type)
{
    if (!obj || obj == V_NONE)
        return self;
    return method_new(self, obj);
}

static value lru_get_dict(value self) { return inst_get_dict(self); }

static int lru_set_dict(value self, value v)
{
    if (!v) {
        exc_raise(&exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!v_isinstance(v, &dict_type)) {
        exc_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v_type_name(v));
        return -1;
    }
    return inst_set_dict(self, v);
}

static void lru_trace(object *o, gc_tracer *t)
{
    lru_object *l = (lru_object *)o;
    gc_mark_value(t, l->func);
    gc_mark_value(t, l->cache);
    gc_mark_value(t, l->cache_info_type);
    inst_attrs_trace(&l->attrs, t);
}

/* -- Types and the module -------------------------------------------------------------------- */

static const getset_def kw_getsets[] = {
    { "obj", kw_get_obj, NULL, "Value wrapped by a key function." },
    { NULL, NULL, NULL, NULL },
};

type_object keywrapper_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(keywrapper_object),
    .trace = kw_trace,
    .richcompare = kw_richcompare,
    .getattr = obj_generic_getattr,
    .call = kw_call,
    .getsets = kw_getsets,
};

static const method_def partial_methods[] = {
    { "__reduce__", partial_reduce, METH_NOARGS, NULL },
    { "__setstate__", partial_setstate, METH_O, NULL },
    { "__class_getitem__", partial_class_getitem, METH_O | METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static const getset_def partial_getsets[] = {
    { "func", pt_get_func, NULL, "function object to use in future partial calls" },
    { "args", pt_get_args, NULL, "tuple of arguments to future partial calls" },
    { "keywords", pt_get_keywords, NULL, "dictionary of keyword arguments to future partial calls" },
    { "__dict__", pt_get_dict, pt_set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object partial_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "functools.partial",
    .basicsize = sizeof(partial_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .attrs_offset = offsetof(partial_object, attrs),
    .trace = partial_trace,
    .repr = partial_repr,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = partial_call,
    .new = partial_new,
    .methods = partial_methods,
    .getsets = partial_getsets,
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
};

static const method_def lru_methods[] = {
    { "cache_info", lru_cache_info, METH_NOARGS, "Report cache statistics" },
    { "cache_clear", lru_cache_clear, METH_NOARGS, "Clear the cache and cache statistics" },
    { "__reduce__", lru_reduce, METH_NOARGS, NULL },
    { "__copy__", lru_copy, METH_NOARGS, NULL },
    { "__deepcopy__", lru_deepcopy, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def lru_getsets[] = {
    { "__dict__", lru_get_dict, lru_set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object lru_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(lru_object),
    .flags = TYPE_WEAKREFABLE,
    .attrs_offset = offsetof(lru_object, attrs),
    .trace = lru_trace,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .descr_get = lru_descr_get,
    .call = lru_call,
    .new = lru_new,
    .methods = lru_methods,
    .getsets = lru_getsets,
};

static const method_def ft_functions[] = {
    { "reduce", ft_reduce, METH_KEYWORDS,
      "reduce(function, iterable[, initial]) -> value\n\n"
      "Apply a function of two arguments cumulatively to the items of a sequence\n"
      "or iterable, from left to right, so as to reduce the iterable to a single\n"
      "value." },
    { "cmp_to_key", ft_cmp_to_key, METH_KEYWORDS, "Convert a cmp= function into a key= function." },
    { NULL, NULL, 0, NULL },
};

value functoolsmodule_init(void)
{
    value m = module_new("_functools");
    if (!m || modules_add_functions(m, ft_functions) < 0)
        return V_NULL;
    if (!kwd_mark) {
        object *o = gc_alloc(&object_type, sizeof(object));
        if (!o)
            return V_NULL;
        kwd_mark = v_from_obj(o);
        gc_root(&kwd_mark);
    }
    value d = module_dict(m);
    if (!(keywrapper_type.flags & TYPE_READY) && type_ready(&keywrapper_type) < 0)
        return V_NULL;
    type_object *types[] = { &partial_type, &lru_type };
    const char *names[] = { "partial", "_lru_cache_wrapper" };
    for (int i = 0; i < 2; i++) {
        if (!(types[i]->flags & TYPE_READY) && type_ready(types[i]) < 0)
            return V_NULL;
        if (dict_set_cstr(d, names[i], v_from_obj(types[i])) < 0)
            return V_NULL;
    }
    return m;
}
