/* dict views (keys(), values(), items()) and dict iterators. A view is a
 * live window on its dict. Iterators walk the entries array by position
 * and compare the dict's length with the one they started with, raising
 * "dictionary changed size during iteration" (and again at every later
 * call) as CPython does. Keys and items views support the set operators
 * by building a set from the left operand and calling the matching set
 * method with the right one, so any iterable works on either side; `&`
 * walks the smaller side instead, as CPython does. */
#include "dict.h"
#include "set.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "sequtil.h"
#include "iterreduce.h"
#include "type.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

typedef struct dict_view {
    object hdr;
    value dict;
} dict_view;

typedef struct dict_iter {
    object hdr;
    value dict;      /* V_NULL once exhausted */
    int64_t pos;     /* next entry (forward) or current (reversed) */
    int64_t len;     /* the dict's length at the start, -1 after an error */
    int64_t left;    /* items still expected */
    bool reversed;
} dict_iter;

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

static type_object *view_types[] = { &dict_keys_type, &dict_values_type, &dict_items_type };
static type_object *iter_types[] = { &dict_keyiterator_type, &dict_valueiterator_type,
                                     &dict_itemiterator_type };
extern type_object dict_reversekeyiterator_type, dict_reversevalueiterator_type,
    dict_reverseitemiterator_type;
static type_object *riter_types[] = { &dict_reversekeyiterator_type,
                                      &dict_reversevalueiterator_type,
                                      &dict_reverseitemiterator_type };

value dict_view_new(value d, int kind)
{
    dict_view *v = (dict_view *)gc_alloc(view_types[kind], sizeof(dict_view));
    if (!v)
        return V_NULL;
    v->dict = d;
    return v_from_obj(v);
}

value dict_iter_new(value d, int kind, bool reversed)
{
    dict_iter *it = (dict_iter *)gc_alloc(reversed ? riter_types[kind] : iter_types[kind],
                                          sizeof(dict_iter));
    if (!it)
        return V_NULL;
    it->dict = d;
    it->len = (int64_t)dict_len(d);
    it->left = it->len;
    it->reversed = reversed;
    it->pos = reversed ? (int64_t)v_dict(d)->nentries - 1 : 0;
    return v_from_obj(it);
}

static int iter_kind(value self)
{
    type_object *t = v_obj(self)->type;
    for (int k = 0; k < 3; k++)
        if (t == iter_types[k] || t == riter_types[k])
            return k;
    return 0;
}

static value dict_iter_next(value self)
{
    dict_iter *it = (dict_iter *)v_obj(self);
    if (!it->dict)
        return V_NULL;
    dict_object *d = v_dict(it->dict);
    if (it->len != (int64_t)d->len) {
        it->len = -1;   /* keep failing */
        return exc_raise(&exc_RuntimeError, "dictionary changed size during iteration");
    }
    dict_entry *e = NULL;
    if (it->reversed) {
        while (it->pos >= 0 && it->pos < (int64_t)d->nentries && !d->entries[it->pos].key)
            it->pos--;
        if (it->pos >= 0 && it->pos < (int64_t)d->nentries)
            e = &d->entries[it->pos--];
    } else {
        while (it->pos < (int64_t)d->nentries && !d->entries[it->pos].key)
            it->pos++;
        if (it->pos < (int64_t)d->nentries)
            e = &d->entries[it->pos++];
    }
    if (!e) {
        it->dict = V_NULL;
        return V_NULL;
    }
    if (it->left == 0) {
        it->len = -1;
        return exc_raise(&exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->left--;
    switch (iter_kind(self)) {
    case KIND_KEYS: return e->key;
    case KIND_VALUES: return e->val;
    default: return tuple_pack(2, e->key, e->val);
    }
}

static value iter_self(value self) { return self; }

static value dict_iter_hint(value self, int argc, const value *argv, value kwnames)
{
    dict_iter *it = (dict_iter *)v_obj(self);
    return v_small(it->dict && it->len == (int64_t)dict_len(it->dict) ? it->left : 0);
}

/* -- Views -------------------------------------------------------------------- */

static int view_kind(value v)
{
    type_object *t = v_obj(v)->type;
    return t == &dict_keys_type ? KIND_KEYS : t == &dict_values_type ? KIND_VALUES : KIND_ITEMS;
}

static bool is_view(value v, int kind)
{
    return v_is_ptr(v) && v_obj(v)->type == view_types[kind];
}

static value view_dict(value v) { return ((dict_view *)v_obj(v))->dict; }

static int64_t view_len(value self) { return (int64_t)dict_len(view_dict(self)); }

static value view_iter(value self) { return dict_iter_new(view_dict(self), view_kind(self), false); }

static value view_reversed(value self, int argc, const value *argv, value kwnames)
{
    return dict_iter_new(view_dict(self), view_kind(self), true);
}

static int view_contains(value self, value item)
{
    value d = view_dict(self);
    switch (view_kind(self)) {
    case KIND_KEYS: {
        value v = dict_get(d, item);
        return v ? 1 : exc_occurred() ? -1 : 0;
    }
    case KIND_ITEMS: {
        if (!v_is_tuple(item) || tuple_len(item) != 2)
            return 0;
        value v = dict_get(d, tuple_get(item, 0));
        if (!v)
            return exc_occurred() ? -1 : 0;
        return obj_richcompare_bool(v, tuple_get(item, 1), CMP_EQ);
    }
    default: {
        size_t pos = 0;
        value v;
        while (dict_next(d, &pos, NULL, &v)) {
            int r = obj_richcompare_bool(v, item, CMP_EQ);
            if (r != 0)
                return r;
        }
        return 0;
    }
    }
}

static value view_repr(value self)
{
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_from_cstr("...") : V_NULL;
    value l = V_NULL;
    value it = view_iter(self);
    if (it) {
        l = obj_call1(v_from_obj(&list_type), it);
    }
    value s = l ? str_format("%s(%R)", v_obj(self)->type->name, l) : V_NULL;
    repr_leave(self);
    return s;
}

/* Every item of a is in b. */
static int all_in(value a, value b)
{
    value it = obj_iter(a);
    if (!it)
        return -1;
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? -1 : 1;
        int r = obj_contains(b, x);
        if (r <= 0)
            return r;
    }
}

static value view_richcompare(value a, value b, int op)
{
    bool set_like = v_is_anyset(b) || is_view(b, KIND_KEYS) || is_view(b, KIND_ITEMS);
    if (!set_like)
        return V_NOTIMPL;
    int64_t la = obj_len(a), lb = obj_len(b);
    if (la < 0 || lb < 0)
        return V_NULL;
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        r = la == lb ? all_in(a, b) : 0;
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LT: r = la < lb ? all_in(a, b) : 0; break;
    case CMP_LE: r = la <= lb ? all_in(a, b) : 0; break;
    case CMP_GT: r = la > lb ? all_in(b, a) : 0; break;
    default: r = la >= lb ? all_in(b, a) : 0; break;
    }
    return r < 0 ? V_NULL : v_bool(r);
}

static value view_setop(value a, value b, const char *method)
{
    value s = set_new(a);
    if (!s)
        return V_NULL;
    value r = obj_call_method(s, method, 1, &b);
    if (!r)
        return V_NULL;
    return s;
}

static value view_sub(value a, value b) { return view_setop(a, b, "difference_update"); }
/* CPython's intersection, whose cost and errors follow from its order:
 * the view is kept on the left; a bigger exact set does the work itself;
 * otherwise the right operand (the smaller view, or any iterable) is
 * walked and each of its items kept if the view contains it. So an items
 * view never hashes its values, and `items & [('k', [])]` is merely empty. */
static value view_and(value a, value b)
{
    if (!is_view(a, KIND_KEYS) && !is_view(a, KIND_ITEMS)) {
        value t = a;
        a = b;
        b = t;
    }
    int64_t la = view_len(a);
    if (v_is_set_exact(b) && la <= (int64_t)set_len(b))
        return obj_call_method(b, "intersection", 1, &a);
    if ((is_view(b, KIND_KEYS) || is_view(b, KIND_ITEMS)) && view_len(b) > la) {
        value t = a;
        a = b;
        b = t;
    }
    value r = set_new(V_NULL);
    value it = r ? obj_iter(b) : V_NULL;
    if (!it)
        return V_NULL;
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? V_NULL : r;
        int c = view_contains(a, x);
        if (c < 0 || (c && set_add(r, x) < 0))
            return V_NULL;
    }
}
static value view_or(value a, value b) { return view_setop(a, b, "update"); }
static value view_xor(value a, value b) { return view_setop(a, b, "symmetric_difference_update"); }

static value view_isdisjoint(value self, int argc, const value *argv, value kwnames)
{
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? V_NULL : V_TRUE;
        int r = view_contains(self, x);
        if (r < 0)
            return V_NULL;
        if (r)
            return V_FALSE;
    }
}

static value view_mapping(value self) { return mappingproxy_new(view_dict(self)); }

static void view_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((dict_view *)o)->dict); }
static void iter_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((dict_iter *)o)->dict); }

static const method_def set_view_methods[] = {
    { "isdisjoint", view_isdisjoint, METH_O, NULL },
    { "__reversed__", view_reversed, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def values_view_methods[] = {
    { "__reversed__", view_reversed, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def view_getsets[] = {
    { "mapping", view_mapping, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def iter_methods[] = {
    { "__length_hint__", dict_iter_hint, METH_NOARGS, NULL },
    { "__reduce__", iterreduce_remaining, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

#define SET_VIEW(cname, pyname)                                                         \
    type_object cname = {                                                               \
        .hdr = { &type_type, 0, 0 },                                                    \
        .name = pyname,                                                                 \
        .basicsize = sizeof(dict_view),                                                 \
        .trace = view_trace,                                                            \
        .repr = view_repr,                                                              \
        .richcompare = view_richcompare,                                                \
        .getattr = obj_generic_getattr,                                                 \
        .iter = view_iter,                                                              \
        .len = view_len,                                                                \
        .contains = view_contains,                                                      \
        .nb = { [NB_SUB] = view_sub, [NB_AND] = view_and, [NB_OR] = view_or,            \
                [NB_XOR] = view_xor },                                                  \
        .methods = set_view_methods,                                                    \
        .getsets = view_getsets,                                                        \
    }

SET_VIEW(dict_keys_type, "dict_keys");
SET_VIEW(dict_items_type, "dict_items");

type_object dict_values_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "dict_values",
    .basicsize = sizeof(dict_view),
    .trace = view_trace,
    .repr = view_repr,
    .getattr = obj_generic_getattr,
    .iter = view_iter,
    .len = view_len,
    .contains = view_contains,
    .methods = values_view_methods,
    .getsets = view_getsets,
};

#define DICT_ITER(cname, pyname)                                                        \
    type_object cname = {                                                               \
        .hdr = { &type_type, 0, 0 },                                                    \
        .name = pyname,                                                                 \
        .basicsize = sizeof(dict_iter),                                                 \
        .trace = iter_trace,                                                            \
        .getattr = obj_generic_getattr,                                                 \
        .iter = iter_self,                                                              \
        .iternext = dict_iter_next,                                                     \
        .methods = iter_methods,                                                        \
    }

DICT_ITER(dict_keyiterator_type, "dict_keyiterator");
DICT_ITER(dict_valueiterator_type, "dict_valueiterator");
DICT_ITER(dict_itemiterator_type, "dict_itemiterator");
DICT_ITER(dict_reversekeyiterator_type, "dict_reversekeyiterator");
DICT_ITER(dict_reversevalueiterator_type, "dict_reversevalueiterator");
DICT_ITER(dict_reverseitemiterator_type, "dict_reverseitemiterator");
