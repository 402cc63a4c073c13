/* The lazy iterator builtins enumerate, zip, map, filter and reversed,
 * and the two iterators iter() makes for objects without __iter__: the
 * sequence iterator (old __getitem__ protocol) and iter(callable,
 * sentinel). The builtins are types whose `new` slot parses the call as
 * CPython 3.11 does, messages included, so they can be subclassed and the
 * builtins module binds the type objects themselves. Each object is its
 * own iterator; iternext returns V_NULL with no exception set at the end.
 * (The container iterators live with their containers: list.c, tuple.c,
 * dict_views.c, set.c, range.c.) */
#include "iterators.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "sequtil.h"
#include "iterreduce.h"
#include "../modules/builtins.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

static value iter_self(value self) { return self; }

/* Whether keyword i of kwnames is `name`; else TypeError as CPython's
 * argument parser words it. */
static bool check_keyword(value kwnames, size_t i, const char *name, const char *fname)
{
    value k = tuple_get(kwnames, i);
    if (str_eq_cstr(k, name))
        return true;
    exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for %s()", k, fname);
    return false;
}

static size_t kw_count(value kwnames) { return kwnames ? tuple_len(kwnames) : 0; }

/* The exception that ends an old-protocol sequence iteration. */
static bool ends_sequence(void)
{
    if (exc_matches(&exc_IndexError) || exc_matches(&exc_StopIteration)) {
        exc_clear();
        return true;
    }
    return false;
}

/* -- enumerate -------------------------------------------------------------- */

typedef struct enumerate_object {
    object hdr;
    value it;
    value count;   /* the next index: an exact int */
} enumerate_object;

/* start as an exact int (bools and int subclasses become plain ints). */
static value exact_index(value v)
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

static value enumerate_make(type_object *type, value iterable, value start)
{
    value count = v_small(0);
    if (start && !(count = exact_index(start)))
        return V_NULL;
    value it = obj_iter(iterable);
    if (!it)
        return V_NULL;
    enumerate_object *e = (enumerate_object *)seq_alloc(type, sizeof(enumerate_object), 0);
    if (!e)
        return V_NULL;
    e->it = it;
    e->count = count;
    return v_from_obj(e);
}

/* enumerate(iterable, start=0), either argument by keyword. */
static value enumerate_new(type_object *type, int argc, const value *argv, value kwnames)
{
    size_t nkw = kw_count(kwnames);
    size_t total = (size_t)argc + nkw;
    if (total == 2) {
        if (nkw == 1 && !check_keyword(kwnames, 0, "start", "enumerate"))
            return V_NULL;
        if (nkw == 2) {
            if (str_eq_cstr(tuple_get(kwnames, 0), "start")) {
                if (!check_keyword(kwnames, 1, "iterable", "enumerate"))
                    return V_NULL;
                return enumerate_make(type, argv[1], argv[0]);
            }
            if (!check_keyword(kwnames, 0, "iterable", "enumerate") ||
                !check_keyword(kwnames, 1, "start", "enumerate"))
                return V_NULL;
        }
        return enumerate_make(type, argv[0], argv[1]);
    }
    if (total == 1) {
        if (nkw == 1 && !check_keyword(kwnames, 0, "iterable", "enumerate"))
            return V_NULL;
        return enumerate_make(type, argv[0], V_NULL);
    }
    if (argc == 0)
        return exc_raise(&exc_TypeError, "enumerate() missing required argument 'iterable'");
    return exc_raise(&exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)", total);
}

static value enumerate_next(value self)
{
    enumerate_object *e = (enumerate_object *)v_obj(self);
    value item = obj_next(e->it);
    if (!item)
        return V_NULL;
    value i = e->count;
    value next = v_is_int(i) && v_int(i) < V_SMALL_MAX ? v_small(v_int(i) + 1)
                                                        : obj_binary_op(i, v_small(1), NB_ADD);
    if (!next)
        return V_NULL;
    e->count = next;
    return tuple_pack(2, i, item);
}

static void enumerate_trace(object *o, gc_tracer *t)
{
    enumerate_object *e = (enumerate_object *)o;
    gc_mark_value(t, e->it);
    gc_mark_value(t, e->count);
}

/* -- zip -------------------------------------------------------------------- */

typedef struct zip_object {
    object hdr;
    value iters;   /* tuple of iterators */
    bool strict;
} zip_object;

static value zip_new(type_object *type, int argc, const value *argv, value kwnames)
{
    size_t nkw = kw_count(kwnames);
    int strict = 0;
    if (nkw > 1)
        return exc_raise(&exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)", nkw);
    if (nkw == 1) {
        if (!check_keyword(kwnames, 0, "strict", "zip"))
            return V_NULL;
        if ((strict = obj_truthy(argv[argc])) < 0)
            return V_NULL;
    }
    value iters = tuple_new((size_t)argc);
    if (!iters)
        return V_NULL;
    for (int i = 0; i < argc; i++) {
        value it = obj_iter(argv[i]);
        if (!it)
            return V_NULL;
        tuple_items(iters)[i] = it;
    }
    zip_object *z = (zip_object *)seq_alloc(type, sizeof(zip_object), 0);
    if (!z)
        return V_NULL;
    z->iters = iters;
    z->strict = strict;
    return v_from_obj(z);
}

/* zip(strict=True) found iterator i exhausted: the others must be too. */
static value zip_check_strict(value iters, size_t i)
{
    if (i > 0)
        return exc_raise(&exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                         i == 1 ? " " : "s 1-", i);
    for (i = 1; i < tuple_len(iters); i++) {
        value item = obj_next(tuple_get(iters, i));
        if (item)
            return exc_raise(&exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                             i + 1, i == 1 ? " " : "s 1-", i);
        if (exc_occurred())
            return V_NULL;
    }
    return V_NULL;
}

static value zip_next(value self)
{
    zip_object *z = (zip_object *)v_obj(self);
    size_t n = tuple_len(z->iters);
    if (n == 0)
        return V_NULL;
    value result = tuple_new(n);
    if (!result)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value item = obj_next(tuple_get(z->iters, i));
        if (!item) {
            if (exc_occurred() || !z->strict)
                return V_NULL;
            return zip_check_strict(z->iters, i);
        }
        tuple_items(result)[i] = item;
    }
    return result;
}

static void zip_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((zip_object *)o)->iters); }

/* -- map -------------------------------------------------------------------- */

typedef struct map_object {
    object hdr;
    value func;
    value iters;   /* tuple of iterators, at least one */
} map_object;

static value map_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if ((type == &map_type || type->init == map_type.init) && args_no_kw("map", kwnames) < 0)
        return V_NULL;
    if (argc < 2)
        return exc_raise(&exc_TypeError, "map() must have at least two arguments.");
    value iters = tuple_new((size_t)argc - 1);
    if (!iters)
        return V_NULL;
    for (int i = 1; i < argc; i++) {
        value it = obj_iter(argv[i]);
        if (!it)
            return V_NULL;
        tuple_items(iters)[i - 1] = it;
    }
    map_object *m = (map_object *)seq_alloc(type, sizeof(map_object), 0);
    if (!m)
        return V_NULL;
    m->func = argv[0];
    m->iters = iters;
    return v_from_obj(m);
}

static value map_next(value self)
{
    map_object *m = (map_object *)v_obj(self);
    size_t n = tuple_len(m->iters);
    value small[8];
    value *args = small;
    if (n > 8) {
        value buf = tuple_new(n);   /* GC-visible scratch for many iterables */
        if (!buf)
            return V_NULL;
        args = tuple_items(buf);
    }
    for (size_t i = 0; i < n; i++) {
        if (!(args[i] = obj_next(tuple_get(m->iters, i))))
            return V_NULL;
    }
    return obj_call(m->func, (int)n, args, V_NULL);
}

static void map_trace(object *o, gc_tracer *t)
{
    map_object *m = (map_object *)o;
    gc_mark_value(t, m->func);
    gc_mark_value(t, m->iters);
}

/* -- filter ----------------------------------------------------------------- */

typedef struct filter_object {
    object hdr;
    value func;    /* None or bool: the items' truth */
    value it;
} filter_object;

static value filter_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if ((type == &filter_type || type->init == filter_type.init) && args_no_kw("filter", kwnames) < 0)
        return V_NULL;
    if (args_count("filter", argc, 2, 2) < 0)
        return V_NULL;
    value it = obj_iter(argv[1]);
    if (!it)
        return V_NULL;
    filter_object *f = (filter_object *)seq_alloc(type, sizeof(filter_object), 0);
    if (!f)
        return V_NULL;
    f->func = argv[0];
    f->it = it;
    return v_from_obj(f);
}

static value filter_next(value self)
{
    filter_object *f = (filter_object *)v_obj(self);
    bool truth = f->func == V_NONE || f->func == v_from_obj(&bool_type);
    for (;;) {
        value item = obj_next(f->it);
        if (!item)
            return V_NULL;
        value r = truth ? item : obj_call1(f->func, item);
        if (!r)
            return V_NULL;
        int ok = obj_truthy(r);
        if (ok < 0)
            return V_NULL;
        if (ok)
            return item;
    }
}

static void filter_trace(object *o, gc_tracer *t)
{
    filter_object *f = (filter_object *)o;
    gc_mark_value(t, f->func);
    gc_mark_value(t, f->it);
}

/* -- reversed --------------------------------------------------------------- */

typedef struct reversed_object {
    object hdr;
    value seq;       /* V_NULL once exhausted */
    int64_t index;   /* the next item's index */
} reversed_object;

static value name_reversed;   /* "__reversed__" */

/* reversed(seq): seq's own __reversed__ when it has one (None means not
 * reversible), else a walk down its __len__/__getitem__. */
static value reversed_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("reversed", kwnames) < 0 || args_count("reversed", argc, 1, 1) < 0)
        return V_NULL;
    value seq = argv[0];
    type_object *t = v_type(seq);
    if (!name_reversed) {
        value n = str_intern_cstr("__reversed__");
        if (!n)
            return V_NULL;
        name_reversed = n;
        gc_root(&name_reversed);
    }
    value m = type_lookup(t, name_reversed);
    if (m && m != V_NONE) {
        type_object *mt = v_type(m);
        if (mt->flags & TYPE_METHOD_DESCR)
            return obj_call(m, 1, &seq, V_NULL);
        if (mt->descr_get && !(m = mt->descr_get(m, seq, v_from_obj(t))))
            return V_NULL;
        return obj_call0(m);
    }
    if (m == V_NONE || !t->getitem || type_is_subtype(t, &dict_type))
        return exc_raise(&exc_TypeError, "'%s' object is not reversible", t->name);
    int64_t n = obj_len(seq);
    if (n < 0)
        return V_NULL;
    reversed_object *r = (reversed_object *)seq_alloc(type, sizeof(reversed_object), 0);
    if (!r)
        return V_NULL;
    r->seq = seq;
    r->index = n - 1;
    return v_from_obj(r);
}

static value reversed_next(value self)
{
    reversed_object *r = (reversed_object *)v_obj(self);
    if (r->seq && r->index >= 0) {
        value i = int_from_i64(r->index);
        value item = i ? obj_getitem(r->seq, i) : V_NULL;
        if (item) {
            r->index--;
            return item;
        }
        ends_sequence();   /* IndexError/StopIteration end it; other errors propagate */
    }
    r->index = -1;
    r->seq = V_NULL;
    return V_NULL;
}

static value reversed_hint(value self, int argc, const value *argv, value kwnames)
{
    reversed_object *r = (reversed_object *)v_obj(self);
    if (!r->seq)
        return v_small(0);
    int64_t n = obj_len(r->seq);
    if (n < 0)
        return V_NULL;
    return int_from_i64(n < r->index + 1 ? 0 : r->index + 1);
}

static void reversed_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((reversed_object *)o)->seq); }

/* -- The sequence iterator (iter() over __getitem__) ------------------------ */

typedef struct seq_iter {
    object hdr;
    value seq;       /* V_NULL once exhausted */
    int64_t index;
} seq_iter;

value seq_iter_new(value seq)
{
    seq_iter *it = (seq_iter *)gc_alloc(&seq_iterator_type, sizeof(seq_iter));
    if (!it)
        return V_NULL;
    it->seq = seq;
    return v_from_obj(it);
}

static value seq_iter_next(value self)
{
    seq_iter *it = (seq_iter *)v_obj(self);
    if (!it->seq)
        return V_NULL;
    value i = int_from_i64(it->index);
    value item = i ? obj_getitem(it->seq, i) : V_NULL;
    if (item) {
        it->index++;
        return item;
    }
    if (ends_sequence())
        it->seq = V_NULL;
    return V_NULL;
}

static value seq_iter_hint(value self, int argc, const value *argv, value kwnames)
{
    seq_iter *it = (seq_iter *)v_obj(self);
    if (!it->seq)
        return v_small(0);
    if (!v_type(it->seq)->len)
        return V_NOTIMPL;
    int64_t n = obj_len(it->seq);
    if (n < 0)
        return V_NULL;
    return int_from_i64(n > it->index ? n - it->index : 0);
}

static void seq_iter_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((seq_iter *)o)->seq); }

/* -- iter(callable, sentinel) ------------------------------------------------ */

typedef struct callable_iter {
    object hdr;
    value callable, sentinel;   /* V_NULL once exhausted */
} callable_iter;

value callable_iter_new(value callable, value sentinel)
{
    callable_iter *it = (callable_iter *)gc_alloc(&callable_iterator_type, sizeof(callable_iter));
    if (!it)
        return V_NULL;
    it->callable = callable;
    it->sentinel = sentinel;
    return v_from_obj(it);
}

static value callable_iter_next(value self)
{
    callable_iter *it = (callable_iter *)v_obj(self);
    if (!it->callable)
        return V_NULL;
    value r = obj_call0(it->callable);
    if (r) {
        int eq = obj_richcompare_bool(it->sentinel, r, CMP_EQ);
        if (eq == 0)
            return r;
        if (eq < 0)
            return V_NULL;
    } else if (!exc_matches(&exc_StopIteration)) {
        return V_NULL;
    }
    exc_clear();
    it->callable = it->sentinel = V_NULL;
    return V_NULL;
}

static void callable_iter_trace(object *o, gc_tracer *t)
{
    callable_iter *it = (callable_iter *)o;
    gc_mark_value(t, it->callable);
    gc_mark_value(t, it->sentinel);
}

/* -- Pickling (as CPython 3.11) ---------------------------------------------- */

static value self_type(value self) { return v_from_obj(v_obj(self)->type); }

static value enumerate_reduce(value self, int argc, const value *argv, value kwnames)
{
    enumerate_object *e = (enumerate_object *)v_obj(self);
    value args = tuple_pack(2, e->it, e->count);
    return args ? tuple_pack(2, self_type(self), args) : V_NULL;
}

static value zip_reduce(value self, int argc, const value *argv, value kwnames)
{
    zip_object *z = (zip_object *)v_obj(self);
    if (z->strict)
        return tuple_pack(3, self_type(self), z->iters, V_TRUE);
    return tuple_pack(2, self_type(self), z->iters);
}

static value zip_setstate(value self, int argc, const value *argv, value kwnames)
{
    int t = obj_truthy(argv[0]);
    if (t < 0)
        return V_NULL;
    ((zip_object *)v_obj(self))->strict = t;
    return V_NONE;
}

static value map_reduce(value self, int argc, const value *argv, value kwnames)
{
    map_object *m = (map_object *)v_obj(self);
    size_t n = tuple_len(m->iters);
    value args = tuple_new(n + 1);
    if (!args)
        return V_NULL;
    tuple_items(args)[0] = m->func;
    for (size_t i = 0; i < n; i++)
        tuple_items(args)[i + 1] = tuple_get(m->iters, i);
    return tuple_pack(2, self_type(self), args);
}

static value reversed_reduce(value self, int argc, const value *argv, value kwnames)
{
    reversed_object *r = (reversed_object *)v_obj(self);
    if (!r->seq) {
        value args = tuple_pack(1, tuple_empty());
        return args ? tuple_pack(2, self_type(self), args) : V_NULL;
    }
    value args = tuple_pack(1, r->seq);
    value index = args ? int_from_i64(r->index) : V_NULL;
    return index ? tuple_pack(3, self_type(self), args, index) : V_NULL;
}

static value reversed_setstate(value self, int argc, const value *argv, value kwnames)
{
    reversed_object *r = (reversed_object *)v_obj(self);
    int64_t i;
    if (iterreduce_index(argv[0], &i) < 0)
        return V_NULL;
    if (r->seq) {
        int64_t n = obj_len(r->seq);
        if (n < 0)
            return V_NULL;
        r->index = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    }
    return V_NONE;
}

static value seq_iter_reduce(value self, int argc, const value *argv, value kwnames)
{
    seq_iter *it = (seq_iter *)v_obj(self);
    if (!it->seq)
        return iterreduce_pack("iter", tuple_empty(), V_NULL);
    value index = int_from_i64(it->index);
    return index ? iterreduce_pack("iter", it->seq, index) : V_NULL;
}

static value seq_iter_setstate(value self, int argc, const value *argv, value kwnames)
{
    seq_iter *it = (seq_iter *)v_obj(self);
    int64_t i;
    if (iterreduce_index(argv[0], &i) < 0)
        return V_NULL;
    if (it->seq)
        it->index = i < 0 ? 0 : i;
    return V_NONE;
}

static value callable_iter_reduce(value self, int argc, const value *argv, value kwnames)
{
    callable_iter *it = (callable_iter *)v_obj(self);
    value fn = obj_getattr_cstr(builtins_module, "iter");
    if (!fn)
        return V_NULL;
    value args = it->callable ? tuple_pack(2, it->callable, it->sentinel) : tuple_pack(1, tuple_empty());
    return args ? tuple_pack(2, fn, args) : V_NULL;
}

/* -- Method tables and types ------------------------------------------------ */

static const method_def callable_iter_methods[] = {
    { "__reduce__", callable_iter_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def enumerate_methods[] = {
    { "__reduce__", enumerate_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def zip_methods[] = {
    { "__reduce__", zip_reduce, METH_NOARGS, NULL },
    { "__setstate__", zip_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def map_methods[] = {
    { "__reduce__", map_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def reversed_methods[] = {
    { "__length_hint__", reversed_hint, METH_NOARGS, NULL },
    { "__reduce__", reversed_reduce, METH_NOARGS, NULL },
    { "__setstate__", reversed_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def seq_iter_methods[] = {
    { "__length_hint__", seq_iter_hint, METH_NOARGS, NULL },
    { "__reduce__", seq_iter_reduce, METH_NOARGS, NULL },
    { "__setstate__", seq_iter_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object enumerate_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "enumerate",
    .basicsize = sizeof(enumerate_object),
    .flags = TYPE_BASETYPE,
    .trace = enumerate_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = enumerate_next,
    .new = enumerate_new,
    .methods = enumerate_methods,
};

type_object zip_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "zip",
    .basicsize = sizeof(zip_object),
    .flags = TYPE_BASETYPE,
    .trace = zip_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = zip_next,
    .new = zip_new,
    .methods = zip_methods,
};

type_object map_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "map",
    .basicsize = sizeof(map_object),
    .flags = TYPE_BASETYPE,
    .trace = map_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = map_next,
    .new = map_new,
    .methods = map_methods,
};

type_object filter_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "filter",
    .basicsize = sizeof(filter_object),
    .flags = TYPE_BASETYPE,
    .trace = filter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = filter_next,
    .new = filter_new,
};

type_object reversed_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "reversed",
    .basicsize = sizeof(reversed_object),
    .flags = TYPE_BASETYPE,
    .trace = reversed_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = reversed_next,
    .new = reversed_new,
    .methods = reversed_methods,
};

type_object seq_iterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "iterator",
    .basicsize = sizeof(seq_iter),
    .trace = seq_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = seq_iter_next,
    .methods = seq_iter_methods,
};

type_object callable_iterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "callable_iterator",
    .basicsize = sizeof(callable_iter),
    .trace = callable_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = callable_iter_next,
    .methods = callable_iter_methods,
};
