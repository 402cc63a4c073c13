/* Weak references (weakref.h): the table of every object's weakrefs, what
 * the collector asks of it, and the types ReferenceType, ProxyType and
 * CallableProxyType.
 *
 * The table maps an object's address to the head of its list of weakrefs
 * (open addressing, linear probing, tombstones). It lives in malloc'd
 * memory and is not traced: neither the referents nor the weakref objects
 * are kept alive by it. In each collection, once everything reachable is
 * marked, `clear_dead_referents` clears every weakref whose referent is
 * unmarked and queues the callbacks of those weakrefs that are themselves
 * alive (a weakref dying with its referent calls nothing, as in CPython);
 * after finalizable objects were resurrected, `forget_dead_weakrefs`
 * unlinks the weakref objects that are about to be freed. Neither
 * allocates: entries are only tombstoned there, and the table is rebuilt
 * when an insertion finds it crowded. */
#include <stdlib.h>
#include <string.h>
#include "weakref.h"
#include "cfunction.h"
#include "function.h"
#include "generator.h"
#include "genericalias.h"
#include "instance.h"
#include "memoryview.h"
#include "module.h"
#include "names.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "../gc/gc.h"
#include "../vm/code.h"
#include "../vm/exc.h"
#include "../vm/finalize.h"

/* -- The table ----------------------------------------------------------------- */

typedef struct wt_entry {
    object *key;                 /* NULL: empty; TOMB: deleted */
    weakref_object *head;
} wt_entry;

#define TOMB ((object *)(uintptr_t)1)

static wt_entry *table;
static size_t table_cap, table_used, table_filled;   /* filled: used + tombstones */

static size_t slot_of(object *key, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)key >> 4;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & (cap - 1);
}

static wt_entry *table_find(object *key)
{
    if (!table_cap)
        return NULL;
    for (size_t i = slot_of(key, table_cap);; i = (i + 1) & (table_cap - 1)) {
        wt_entry *e = &table[i];
        if (e->key == key)
            return e;
        if (!e->key)
            return NULL;
    }
}

/* Rebuilds the table with room for `used` entries and as many again. */
static int table_resize(void)
{
    size_t cap = 64;
    while (cap < table_used * 4)
        cap *= 2;
    wt_entry *t = calloc(cap, sizeof *t);
    if (!t) {
        exc_no_memory();
        return -1;
    }
    for (size_t i = 0; i < table_cap; i++) {
        wt_entry *e = &table[i];
        if (!e->key || e->key == TOMB)
            continue;
        size_t j = slot_of(e->key, cap);
        while (t[j].key)
            j = (j + 1) & (cap - 1);
        t[j] = *e;
    }
    free(table);
    table = t;
    table_cap = cap;
    table_filled = table_used;
    return 0;
}

/* The entry for key, made if missing; NULL with MemoryError set. */
static wt_entry *table_insert(object *key)
{
    wt_entry *e = table_find(key);
    if (e)
        return e;
    if ((table_filled + 1) * 4 > table_cap * 3 && table_resize() < 0)
        return NULL;
    size_t i = slot_of(key, table_cap);
    while (table[i].key && table[i].key != TOMB)
        i = (i + 1) & (table_cap - 1);
    if (!table[i].key)
        table_filled++;
    table_used++;
    table[i].key = key;
    table[i].head = NULL;
    return &table[i];
}

static void table_remove(wt_entry *e)
{
    e->key = TOMB;
    e->head = NULL;
    table_used--;
}

/* -- Lists ---------------------------------------------------------------------- */

static void unlink_ref(wt_entry *e, weakref_object *w)
{
    if (w->prev)
        w->prev->next = w->next;
    else if (e)
        e->head = w->next;
    if (w->next)
        w->next->prev = w->prev;
    w->prev = w->next = NULL;
}

static void insert_after(wt_entry *e, weakref_object *w, weakref_object *prev)
{
    if (!prev) {
        w->next = e->head;
        if (e->head)
            e->head->prev = w;
        e->head = w;
    } else {
        w->next = prev->next;
        if (prev->next)
            prev->next->prev = w;
        prev->next = w;
    }
    w->prev = prev;
}

/* The basic ref (exact ReferenceType, no callback) and basic proxy (no
 * callback) at the head of a list, as CPython keeps them. */
static void basic_refs(wt_entry *e, weakref_object **ref, weakref_object **proxy)
{
    *ref = *proxy = NULL;
    weakref_object *w = e ? e->head : NULL;
    if (w && w->hdr.type == &weakref_type && !w->callback) {
        *ref = w;
        w = w->next;
    }
    if (w && v_is_weakproxy(v_from_obj(w)) && !w->callback)
        *proxy = w;
}

/* -- The collector's hooks --------------------------------------------------------- */

/* Callbacks waiting for gc_run_pending: (weakref, callback) pairs, kept
 * alive by a root tracer until called. */
static value *pending;
static size_t pending_n, pending_cap, pending_next;

static bool queue_callback(weakref_object *w, value cb)
{
    if (pending_n + 2 > pending_cap) {
        size_t cap = pending_cap ? pending_cap * 2 : 64;
        value *p = realloc(pending, cap * sizeof *p);
        if (!p)
            return false;   /* inside a collection: nothing to raise; dropped */
        pending = p;
        pending_cap = cap;
    }
    pending[pending_n++] = v_from_obj(w);
    pending[pending_n++] = cb;
    return true;
}

static void trace_pending(gc_tracer *t)
{
    gc_mark_values(t, pending + pending_next, pending_n - pending_next);
}

static void clear_dead_referents(void)
{
    bool queued = false;
    for (size_t i = 0; i < table_cap; i++) {
        wt_entry *e = &table[i];
        if (!e->key || e->key == TOMB || gc_is_live(e->key))
            continue;
        weakref_object *w = e->head;
        while (w) {
            weakref_object *next = w->next;
            w->referent = NULL;
            w->prev = w->next = NULL;
            if (w->callback && gc_is_live(&w->hdr)) {
                value cb = w->callback;
                w->callback = V_NULL;   /* r.__callback__ is None once called */
                queued |= queue_callback(w, cb);
            }
            w = next;
        }
        table_remove(e);
    }
    if (queued)
        gc_note_pending();
}

static void forget_dead_weakrefs(gc_tracer *t)
{
    (void)t;
    for (size_t i = 0; i < table_cap; i++) {
        wt_entry *e = &table[i];
        if (!e->key || e->key == TOMB)
            continue;
        weakref_object *w = e->head;
        while (w) {
            weakref_object *next = w->next;
            if (!gc_is_live(&w->hdr)) {
                unlink_ref(e, w);
                w->referent = NULL;
            }
            w = next;
        }
        if (!e->head)
            table_remove(e);
    }
}

/* Calls the queued callbacks in order, each with its weakref; an exception
 * is reported as unraisable and the others still run. */
static void run_callbacks(void)
{
    while (pending_next < pending_n) {
        value w = pending[pending_next], cb = pending[pending_next + 1];
        pending[pending_next] = pending[pending_next + 1] = V_NULL;
        pending_next += 2;
        value saved = exc_fetch();
        value r = obj_call1(cb, w);
        if (!r)
            finalize_unraisable(cb);
        exc_restore(saved);
    }
    pending_n = pending_next = 0;
}

/* -- Creating and reading weakrefs -------------------------------------------------- */

bool weakref_check(value obj, bool raise)
{
    if (v_is_ptr(obj) && (v_obj(obj)->type->flags & TYPE_WEAKREFABLE))
        return true;
    if (raise)
        exc_raise(&exc_TypeError, "cannot create weak reference to '%s' object", v_type_name(obj));
    return false;
}

static weakref_object *as_ref(value v) { return (weakref_object *)v_obj(v); }

value weakref_referent(value wr)
{
    object *o = as_ref(wr)->referent;
    return o ? v_from_obj(o) : V_NULL;
}

/* A new weakref of `type` to obj, linked where CPython links it. The
 * allocation may collect, so the list is read only afterwards. */
static value new_weakref(type_object *type, value obj, value callback)
{
    weakref_object *w = (weakref_object *)gc_alloc(type, type->basicsize);
    if (!w)
        return V_NULL;
    value v = v_from_obj(w);
    if (type->attrs_offset)
        inst_attrs_init(v);
    wt_entry *e = table_insert(v_obj(obj));
    if (!e)
        return V_NULL;
    w->referent = v_obj(obj);
    w->callback = callback;
    weakref_object *ref, *proxy;
    basic_refs(e, &ref, &proxy);
    if (!callback && type == &weakref_type)
        insert_after(e, w, NULL);
    else if (!callback && type != &weakref_type && v_is_weakproxy(v))
        insert_after(e, w, ref);
    else
        insert_after(e, w, proxy ? proxy : ref);
    return v;
}

static value ref_of_type(type_object *type, value obj, value callback)
{
    if (!weakref_check(obj, true))
        return V_NULL;
    if (callback == V_NONE)
        callback = V_NULL;
    if (!callback && type == &weakref_type) {
        weakref_object *ref, *proxy;
        basic_refs(table_find(v_obj(obj)), &ref, &proxy);
        if (ref)
            return v_from_obj(ref);
    }
    return new_weakref(type, obj, callback);
}

value weakref_ref(value obj, value callback)
{
    return ref_of_type(&weakref_type, obj, callback);
}

value weakref_proxy(value obj, value callback)
{
    if (!weakref_check(obj, true))
        return V_NULL;
    if (callback == V_NONE)
        callback = V_NULL;
    if (!callback) {
        weakref_object *ref, *proxy;
        basic_refs(table_find(v_obj(obj)), &ref, &proxy);
        if (proxy)
            return v_from_obj(proxy);
    }
    type_object *t = v_type(obj)->call ? &weakcallableproxy_type : &weakproxy_type;
    return new_weakref(t, obj, callback);
}

int64_t weakref_count(value obj)
{
    if (!v_is_ptr(obj))
        return 0;
    wt_entry *e = table_find(v_obj(obj));
    int64_t n = 0;
    for (weakref_object *w = e ? e->head : NULL; w; w = w->next)
        n++;
    return n;
}

value weakref_list(value obj)
{
    int64_t n = weakref_count(obj);
    value l = list_new((size_t)n);   /* may collect: the weakrefs are read after */
    if (!l)
        return V_NULL;
    wt_entry *e = v_is_ptr(obj) ? table_find(v_obj(obj)) : NULL;
    list_object *lo = v_list(l);
    size_t i = 0;
    for (weakref_object *w = e ? e->head : NULL; w && i < lo->len; w = w->next)
        lo->items[i++] = v_from_obj(w);
    lo->len = i;   /* fewer when some died meanwhile (none can be added) */
    return l;
}

value weakref_first(value obj)
{
    wt_entry *e = v_is_ptr(obj) ? table_find(v_obj(obj)) : NULL;
    return e && e->head ? v_from_obj(e->head) : V_NONE;
}

/* -- ReferenceType ------------------------------------------------------------------ */

static int ref_args(const char *fname, int argc, const value *argv, value *obj, value *cb)
{
    if (argc < 1) {
        exc_raise(&exc_TypeError, "%s expected at least 1 argument, got %d", fname, argc);
        return -1;
    }
    if (argc > 2) {
        exc_raise(&exc_TypeError, "%s expected at most 2 arguments, got %d", fname, argc);
        return -1;
    }
    *obj = argv[0];
    *cb = argc > 1 ? argv[1] : V_NULL;
    return 0;
}

/* Keyword arguments are left to a subclass's __init__, as in CPython. */
static value ref_new(type_object *type, int argc, const value *argv, value kwnames)
{
    value obj, cb;
    if (ref_args("__new__", argc, argv, &obj, &cb) < 0)
        return V_NULL;
    return ref_of_type(type, obj, cb);
}

static int ref_init(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames)) {
        exc_raise(&exc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    value obj, cb;
    return ref_args("__init__", argc, argv, &obj, &cb);
}

static value ref_call(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames))
        return exc_raise(&exc_TypeError, "weakref() takes no keyword arguments");
    if (argc != 0)
        return exc_raise(&exc_TypeError, "weakref expected 0 arguments, got %d", argc);
    value o = weakref_referent(self);
    return o ? o : V_NONE;
}

static int ref_hash(value self, int64_t *out)
{
    weakref_object *w = as_ref(self);
    if (!w->hashed) {
        if (!w->referent) {
            exc_raise(&exc_TypeError, "weak object has gone away");
            return -1;
        }
        if (obj_hash(v_from_obj(w->referent), &w->hash) < 0)
            return -1;
        w->hashed = true;
    }
    *out = w->hash;
    return 0;
}

static bool any_weakref(value v) { return v_is_weakref(v) || v_is_weakproxy(v); }

/* Alive: the referents compare. Dead (either): identity. */
static value ref_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !any_weakref(a) || !any_weakref(b))
        return V_NOTIMPL;
    value ra = weakref_referent(a), rb = weakref_referent(b);
    if (!ra || !rb)
        return v_bool((a == b) == (op == CMP_EQ));
    return obj_richcompare(ra, rb, op);
}

/* The referent's __name__ as CPython's repr finds it: looked up on its
 * type (a function's, a class's; not a module's, which is in its dict);
 * V_NULL when there is none or it is not a str. */
static int referent_name(value o, value *name)
{
    *name = V_NULL;
    type_object *t = v_type(o);
    value d = type_lookup(t, N(__name__));
    if (!d)
        return 0;
    descr_get_fn get = v_type(d)->descr_get;
    value n = get ? get(d, o, v_from_obj(t)) : d;
    if (!n) {
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
        return 0;
    }
    if (v_isinstance(n, &str_type))
        *name = n;
    return 0;
}

static value ref_repr(value self)
{
    value o = weakref_referent(self);
    if (!o)
        return str_format("<weakref at %p; dead>", (void *)self);
    value name;
    if (referent_name(o, &name) < 0)
        return V_NULL;
    if (name)
        return str_format("<weakref at %p; to '%s' at %p (%S)>", (void *)self, v_type_name(o), (void *)o, name);
    return str_format("<weakref at %p; to '%s' at %p>", (void *)self, v_type_name(o), (void *)o);
}

static value ref_get_callback(value self)
{
    value cb = as_ref(self)->callback;
    return cb ? cb : V_NONE;
}

static void ref_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((weakref_object *)o)->callback);
}

/* weakref.ref[T] (PEP 585) */
static value ref_class_getitem(value cls, int argc, const value *argv, value kwnames)
{
    return genericalias_new(cls, argv[0]);
}

static const method_def ref_methods[] = {
    { "__class_getitem__", ref_class_getitem, METH_O | METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static const getset_def ref_getsets[] = {
    { "__callback__", ref_get_callback, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object weakref_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(weakref_object),
    .flags = TYPE_BASETYPE,
    .trace = ref_trace,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .getattr = obj_generic_getattr,
    .call = ref_call,
    .new = ref_new,
    .init = ref_init,
    .methods = ref_methods,
    .getsets = ref_getsets,
};

/* -- The proxies ----------------------------------------------------------------------- */

/* The referent of a proxy (or any other value itself); V_NULL with
 * ReferenceError set when the proxy is dead. */
static value unwrap(value v)
{
    if (!v_is_weakproxy(v))
        return v;
    value o = weakref_referent(v);
    if (!o)
        exc_raise(&exc_ReferenceError, "weakly-referenced object no longer exists");
    return o;
}

static value proxy_getattr(value self, value name)
{
    value o = unwrap(self);
    return o ? obj_getattr(o, name) : V_NULL;
}

static int proxy_setattr(value self, value name, value v)
{
    value o = unwrap(self);
    return o ? obj_setattr(o, name, v) : -1;
}

static value proxy_repr(value self)
{
    value o = weakref_referent(self);
    if (!o)   /* CPython shows the None its dead proxies point to */
        return str_format("<weakproxy at %p to NoneType at %p>", (void *)self, (void *)V_NONE);
    return str_format("<weakproxy at %p to %s at %p>", (void *)self, v_type_name(o), (void *)o);
}

static value proxy_str(value self)
{
    value o = unwrap(self);
    return o ? obj_str(o) : V_NULL;
}

static value proxy_richcompare(value a, value b, int op)
{
    value x = unwrap(a), y;
    if (!x || !(y = unwrap(b)))
        return V_NULL;
    return obj_richcompare(x, y, op);
}

static value proxy_call(value self, int argc, const value *argv, value kwnames)
{
    value o = unwrap(self);
    return o ? obj_call(o, argc, argv, kwnames) : V_NULL;
}

static int proxy_bool(value self)
{
    value o = unwrap(self);
    return o ? obj_truthy(o) : -1;
}

static int64_t proxy_len(value self)
{
    value o = unwrap(self);
    return o ? obj_len(o) : -1;
}

static value proxy_getitem(value self, value key)
{
    value o = unwrap(self);
    return o ? obj_getitem(o, key) : V_NULL;
}

static int proxy_setitem(value self, value key, value v)
{
    value o = unwrap(self);
    if (!o)
        return -1;
    return v ? obj_setitem(o, key, v) : obj_delitem(o, key);
}

static int proxy_contains(value self, value item)
{
    value o = unwrap(self);
    return o ? obj_contains(o, item) : -1;
}

static value proxy_iter(value self)
{
    value o = unwrap(self);
    return o ? obj_iter(o) : V_NULL;
}

static value proxy_iternext(value self)
{
    value o = unwrap(self);
    if (!o)
        return V_NULL;
    if (!v_type(o)->iternext)
        return exc_raise(&exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                         v_type_name(o));
    return obj_next(o);
}

/* Number slots: both operands unwrapped, then the ordinary operation. */
#define PROXY_BINARY(i, fname)                                \
    static value fname(value a, value b)                      \
    {                                                         \
        value x = unwrap(a), y;                               \
        if (!x || !(y = unwrap(b)))                           \
            return V_NULL;                                    \
        return obj_binary_op(x, y, i);                        \
    }                                                         \
    static value fname##_inplace(value a, value b)            \
    {                                                         \
        value x = unwrap(a), y;                               \
        if (!x || !(y = unwrap(b)))                           \
            return V_NULL;                                    \
        return obj_inplace_op(x, y, i);                       \
    }
PROXY_BINARY(NB_ADD, proxy_add)
PROXY_BINARY(NB_SUB, proxy_sub)
PROXY_BINARY(NB_MUL, proxy_mul)
PROXY_BINARY(NB_MATMUL, proxy_matmul)
PROXY_BINARY(NB_TRUEDIV, proxy_truediv)
PROXY_BINARY(NB_MOD, proxy_mod)
PROXY_BINARY(NB_POW, proxy_pow)
PROXY_BINARY(NB_LSHIFT, proxy_lshift)
PROXY_BINARY(NB_RSHIFT, proxy_rshift)
PROXY_BINARY(NB_OR, proxy_or)
PROXY_BINARY(NB_XOR, proxy_xor)
PROXY_BINARY(NB_AND, proxy_and)
PROXY_BINARY(NB_FLOORDIV, proxy_floordiv)
#undef PROXY_BINARY

static value proxy_pow3(value a, value b, value c)
{
    value x = unwrap(a), y, z;
    if (!x || !(y = unwrap(b)) || !(z = unwrap(c)))
        return V_NULL;
    return obj_pow(x, y, z);
}

#define PROXY_UNARY(fname, op)            \
    static value fname(value a)           \
    {                                     \
        value x = unwrap(a);              \
        return x ? op(x) : V_NULL;        \
    }
PROXY_UNARY(proxy_neg, obj_neg)
PROXY_UNARY(proxy_pos, obj_pos)
PROXY_UNARY(proxy_invert, obj_invert)
PROXY_UNARY(proxy_index, obj_index)
#undef PROXY_UNARY

static value proxy_abs(value a)
{
    value x = unwrap(a);
    if (!x)
        return V_NULL;
    unary_fn f = v_type(x)->nb_abs;
    if (!f)
        return exc_raise(&exc_TypeError, "bad operand type for abs(): '%s'", v_type_name(x));
    return f(x);
}

static value proxy_int(value a)
{
    value x = unwrap(a);
    return x ? obj_call1(v_from_obj(&int_type), x) : V_NULL;
}

static value proxy_float(value a)
{
    value x = unwrap(a);
    return x ? obj_call1(v_from_obj(&float_type), x) : V_NULL;
}

static value proxy_bytes(value self, int argc, const value *argv, value kwnames)
{
    value x = unwrap(self);
    return x ? obj_call1(v_from_obj(&bytes_type), x) : V_NULL;
}

static value proxy_reversed(value self, int argc, const value *argv, value kwnames)
{
    value x = unwrap(self);
    return x ? obj_call_method(x, "__reversed__", 0, NULL) : V_NULL;
}

/* Proxies are made by weakref.proxy() only. */
static value proxy_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return exc_raise(&exc_TypeError, "cannot create '%s' instances", type->name);
}

static const method_def proxy_methods[] = {
    { "__bytes__", proxy_bytes, METH_NOARGS, NULL },
    { "__reversed__", proxy_reversed, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

#define PROXY_SLOTS                                                                         \
    .basicsize = sizeof(weakref_object),                                                    \
    .trace = ref_trace,                                                                     \
    .repr = proxy_repr,                                                                     \
    .str = proxy_str,                                                                       \
    .richcompare = proxy_richcompare,                                                       \
    .getattr = proxy_getattr,                                                               \
    .setattr = proxy_setattr,                                                               \
    .iter = proxy_iter,                                                                     \
    .iternext = proxy_iternext,                                                             \
    .len = proxy_len,                                                                       \
    .getitem = proxy_getitem,                                                               \
    .setitem = proxy_setitem,                                                               \
    .contains = proxy_contains,                                                             \
    .nb = { proxy_add, proxy_sub, proxy_mul, proxy_matmul, proxy_truediv, proxy_mod,         \
            proxy_pow, proxy_lshift, proxy_rshift, proxy_or, proxy_xor, proxy_and,          \
            proxy_floordiv },                                                               \
    .nb_inplace = { proxy_add_inplace, proxy_sub_inplace, proxy_mul_inplace,                \
                    proxy_matmul_inplace, proxy_truediv_inplace, proxy_mod_inplace,         \
                    proxy_pow_inplace, proxy_lshift_inplace, proxy_rshift_inplace,          \
                    proxy_or_inplace, proxy_xor_inplace, proxy_and_inplace,                 \
                    proxy_floordiv_inplace },                                               \
    .nb_pow3 = proxy_pow3,                                                                  \
    .nb_neg = proxy_neg,                                                                    \
    .nb_pos = proxy_pos,                                                                    \
    .nb_invert = proxy_invert,                                                              \
    .nb_abs = proxy_abs,                                                                    \
    .nb_index = proxy_index,                                                                \
    .nb_int = proxy_int,                                                                    \
    .nb_float = proxy_float,                                                                \
    .nb_bool = proxy_bool,                                                                  \
    .new = proxy_new,                                                                       \
    .methods = proxy_methods

type_object weakproxy_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};

type_object weakcallableproxy_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "weakref.CallableProxyType",
    .call = proxy_call,
    PROXY_SLOTS,
};

/* -- Start-up ---------------------------------------------------------------------------- */

int weakref_init(void)
{
    static bool done;
    if (done)
        return 0;
    type_object *types[] = { &weakref_type, &weakproxy_type, &weakcallableproxy_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (!(types[i]->flags & TYPE_READY) && type_ready(types[i]) < 0)
            return -1;
    /* The builtin types whose instances CPython lets be weakly referenced. */
    type_object *weakable[] = {
        &type_type, &function_type, &method_type, &cfunc_type, &set_type, &frozenset_type,
        &code_type, &generator_type, &coroutine_type, &async_generator_type, &module_type,
        &memoryview_type,
    };
    for (size_t i = 0; i < sizeof weakable / sizeof weakable[0]; i++)
        weakable[i]->flags |= TYPE_WEAKREFABLE;
    gc_set_weakref_hooks(clear_dead_referents, run_callbacks);
    gc_add_weak_hook(forget_dead_weakrefs);
    gc_add_root_tracer(trace_pending);
    done = true;
    return 0;
}
