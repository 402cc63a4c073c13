/* types.SimpleNamespace (namespace.h). Attributes live in the instance's
 * inst_attrs (shapes, like any instance's); repr and == read them through
 * __dict__, which turns the instance to dict mode -- only namespaces that
 * get printed or compared pay for it. */
#include <string.h>
#include "namespace.h"
#include "dict.h"
#include "instance.h"
#include "sequtil.h"
#include "str.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

typedef struct namespace_object {
    object hdr;
    inst_attrs attrs;
} namespace_object;

static void ns_trace(object *o, gc_tracer *t) { inst_attrs_trace(&((namespace_object *)o)->attrs, t); }

static value ns_alloc(type_object *t)
{
    object *o = gc_alloc(t, t->basicsize);
    if (!o)
        return V_NULL;
    inst_attrs_init(v_from_obj(o));
    return v_from_obj(o);
}

/* Sets each str key of d as an attribute. */
static int set_from_dict(value self, value d)
{
    size_t pos = 0;
    value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (v_is_str(k) && obj_setattr(self, k, v) < 0)
            return -1;
    return 0;
}

value namespace_new(value d)
{
    value ns = ns_alloc(&namespace_type);
    if (!ns || (d && set_from_dict(ns, d) < 0))
        return V_NULL;
    return ns;
}

static value ns_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    return ns_alloc(t);
}

static int ns_init(value self, int argc, const value *argv, value kwnames)
{
    if (argc > 0) {
        exc_raise(&exc_TypeError, "no positional arguments expected");
        return -1;
    }
    for (size_t i = 0; kwnames && i < tuple_len(kwnames); i++)
        if (obj_setattr(self, tuple_get(kwnames, i), argv[i]) < 0)
            return -1;
    return 0;
}

/* "namespace(...)" for the exact type, the class's own name for subclasses. */
static value ns_repr(value self)
{
    type_object *t = v_type(self);
    const char *name = t == &namespace_type ? "namespace" : str_data(t->name_str);
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_format("%s(...)", name) : V_NULL;
    value d = inst_get_dict(self);
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, name, strlen(name));
    sb_str_add(&b, "(", 1);
    size_t pos = 0;
    value k, v;
    bool first = true;
    while (d && dict_next(d, &pos, &k, &v)) {
        if (!v_is_str(k))
            continue;
        value s = obj_repr(v);
        if (!s) {
            d = V_NULL;
            break;
        }
        if (!first)
            sb_str_add(&b, ", ", 2);
        first = false;
        sb_str_add_value(&b, k);
        sb_str_add(&b, "=", 1);
        sb_str_add_value(&b, s);
    }
    repr_leave(self);
    if (!d) {
        sb_str_abandon(&b);
        return V_NULL;
    }
    sb_str_add(&b, ")", 1);
    return sb_str_finish(&b);
}

static value ns_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !v_isinstance(a, &namespace_type) ||
        !v_isinstance(b, &namespace_type))
        return V_NOTIMPL;
    value da = inst_get_dict(a), db = da ? inst_get_dict(b) : V_NULL;
    if (!db)
        return V_NULL;
    return obj_richcompare(da, db, op);
}

/* pickle and copy: (type, (), __dict__) */
static value ns_reduce(value self, int argc, const value *argv, value kwnames)
{
    value d = inst_get_dict(self);
    value args = tuple_empty();
    return d && args ? tuple_pack(3, v_from_obj(v_type(self)), args, d) : V_NULL;
}

static value ns_get_dict(value self) { return inst_get_dict(self); }

static int ns_set_dict(value self, value d)
{
    if (!d || !v_isinstance(d, &dict_type)) {
        exc_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                  d ? v_type_name(d) : "NoneType");
        return -1;
    }
    return inst_set_dict(self, d);
}

static const getset_def ns_getsets[] = {
    { "__dict__", ns_get_dict, ns_set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def ns_methods[] = {
    { "__reduce__", ns_reduce, METH_NOARGS, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

type_object namespace_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(namespace_object),
    .flags = TYPE_BASETYPE,
    .trace = ns_trace,
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .new = ns_tp_new,
    .init = ns_init,
    .methods = ns_methods,
    .getsets = ns_getsets,
    .attrs_offset = offsetof(namespace_object, attrs),
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
};
