/* Descriptors (descr.h). The builtin ones wrap C tables: a
 * method_descriptor binds a method_def to the instance it is fetched from
 * (list.append -> [].append, a builtin_function_or_method) and, called
 * unbound, checks its first argument's type; a getset_descriptor runs the
 * C getter/setter of a getset_def; a member_descriptor reads and writes a
 * __slots__ value at a fixed offset. classmethod, staticmethod and
 * property are the Python-level decorators, with CPython 3.11's messages
 * ("property 'x' of 'P' object has no setter"). */
#include <string.h>
#include "descr.h"
#include "reduce.h"
#include "type.h"
#include "names.h"
#include "str.h"
#include "tuple.h"
#include "cfunction.h"
#include "instance.h"
#include "function.h"
#include "dict.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

/* -- Common ------------------------------------------------------------------- */

static void descr_trace(object *o, gc_tracer *tr)
{
    gc_mark_object(tr, (object *)((method_descr *)o)->objtype);   /* objtype is first in all */
}

static bool descr_check(type_object *objtype, const char *name, value obj)
{
    if (v_isinstance(obj, objtype))
        return true;
    exc_raise(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
              objtype->name, v_type_name(obj));
    return false;
}

/* -- method_descriptor and classmethod_descriptor ------------------------------ */

static value md_get(value descr, value obj, value type)
{
    method_descr *d = (method_descr *)v_obj(descr);
    if (!obj)
        return descr;
    if (!descr_check(d->objtype, d->def->name, obj))
        return V_NULL;
    return cfunc_new(d->def, obj, V_NULL);
}

/* A type's qualname for messages: a builtin type's without its module
 * ("_thread.lock" -> "lock"), as CPython's method messages show it. */
static const char *qual_type_name(type_object *t)
{
    const char *dot = (t->flags & TYPE_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static value md_call(value callable, int argc, const value *argv, value kwnames)
{
    method_descr *d = (method_descr *)v_obj(callable);
    if (argc < 1)
        return exc_raise(&exc_TypeError, "unbound method %s.%s() needs an argument", d->objtype->name,
                         d->def->name);
    if (!descr_check(d->objtype, d->def->name, argv[0]))
        return V_NULL;
    return cfunc_call_def(d->def, qual_type_name(d->objtype), argv[0], argc - 1, argv + 1, kwnames);
}

static value md_repr(value self)
{
    method_descr *d = (method_descr *)v_obj(self);
    return str_format("<method '%s' of '%s' objects>", d->def->name, d->objtype->name);
}

static value md_get_name(value self) { return str_from_cstr(((method_descr *)v_obj(self))->def->name); }
static value md_get_qualname(value self)
{
    method_descr *d = (method_descr *)v_obj(self);
    return str_format("%s.%s", qual_type_name(d->objtype), d->def->name);
}
static value md_get_objclass(value self) { return v_from_obj(((method_descr *)v_obj(self))->objtype); }
static value md_get_doc(value self)
{
    const char *doc = ((method_descr *)v_obj(self))->def->doc;
    return doc ? str_from_cstr(doc) : V_NONE;
}

static const getset_def md_getsets[] = {
    { "__name__", md_get_name, NULL, NULL },
    { "__qualname__", md_get_qualname, NULL, NULL },
    { "__objclass__", md_get_objclass, NULL, NULL },
    { "__doc__", md_get_doc, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def md_methods[] = {
    { "__reduce__", reduce_descriptor, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object method_descr_type = {
    .name = "method_descriptor",
    .basicsize = sizeof(method_descr),
    .flags = TYPE_METHOD_DESCR,
    .trace = descr_trace,
    .repr = md_repr,
    .call = md_call,
    .descr_get = md_get,
    .methods = md_methods,
    .getsets = md_getsets,
};

/* dict.fromkeys: binds to the class (or the instance's class). */
static value cmd_get(value descr, value obj, value type)
{
    method_descr *d = (method_descr *)v_obj(descr);
    if (!type)
        type = v_from_obj(v_type(obj));
    if (!v_is_type(type) || !type_is_subtype(v_as_type(type), d->objtype))
        return exc_raise(&exc_TypeError, "descriptor '%s' for type '%s' needs a subtype of '%s'",
                         d->def->name, d->objtype->name, d->objtype->name);
    return cfunc_new(d->def, type, V_NULL);
}

static value cmd_call(value callable, int argc, const value *argv, value kwnames)
{
    method_descr *d = (method_descr *)v_obj(callable);
    if (argc < 1)
        return exc_raise(&exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name,
                         d->objtype->name);
    value bound = cmd_get(callable, V_NULL, argv[0]);
    if (!bound)
        return V_NULL;
    return obj_call(bound, argc - 1, argv + 1, kwnames);
}

type_object classmethod_descr_type = {
    .name = "classmethod_descriptor",
    .basicsize = sizeof(method_descr),
    .trace = descr_trace,
    .repr = md_repr,
    .call = cmd_call,
    .descr_get = cmd_get,
    .methods = md_methods,
    .getsets = md_getsets,
};

value method_descr_new(type_object *t, const method_def *def)
{
    method_descr *d = (method_descr *)gc_alloc(&method_descr_type, sizeof *d);
    if (!d)
        return V_NULL;
    d->objtype = t;
    d->def = def;
    return v_from_obj(d);
}

/* -- getset_descriptor ---------------------------------------------------------- */

static value gs_get(value descr, value obj, value type)
{
    getset_descr *d = (getset_descr *)v_obj(descr);
    if (!obj)
        return descr;
    if (!descr_check(d->objtype, d->def->name, obj))
        return V_NULL;
    if (!d->def->get)
        return exc_raise(&exc_AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
                         d->objtype->name);
    return d->def->get(obj);
}

static int gs_set(value descr, value obj, value v)
{
    getset_descr *d = (getset_descr *)v_obj(descr);
    if (!descr_check(d->objtype, d->def->name, obj))
        return -1;
    if (!d->def->set) {
        exc_raise(&exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                  d->objtype->name);
        return -1;
    }
    return d->def->set(obj, v);
}

static value gs_repr(value self)
{
    getset_descr *d = (getset_descr *)v_obj(self);
    return str_format("<attribute '%s' of '%s' objects>", d->def->name, d->objtype->name);
}

static value gs_get_name(value self) { return str_from_cstr(((getset_descr *)v_obj(self))->def->name); }
static value gs_get_objclass(value self) { return v_from_obj(((getset_descr *)v_obj(self))->objtype); }

static const getset_def gs_getsets[] = {
    { "__name__", gs_get_name, NULL, NULL },
    { "__objclass__", gs_get_objclass, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object getset_descr_type = {
    .name = "getset_descriptor",
    .basicsize = sizeof(getset_descr),
    .trace = descr_trace,
    .repr = gs_repr,
    .descr_get = gs_get,
    .descr_set = gs_set,
    .getsets = gs_getsets,
};

value getset_descr_new(type_object *t, const getset_def *def)
{
    getset_descr *d = (getset_descr *)gc_alloc(&getset_descr_type, sizeof *d);
    if (!d)
        return V_NULL;
    d->objtype = t;
    d->def = def;
    return v_from_obj(d);
}

/* -- member_descriptor (__slots__) ------------------------------------------------ */

static value *member_slot(member_descr *d, value obj) { return (value *)((char *)v_obj(obj) + d->offset); }

static bool member_check(member_descr *d, value obj)
{
    if (v_isinstance(obj, d->objtype))
        return true;
    exc_raise(&exc_TypeError, "descriptor '%S' for '%s' objects doesn't apply to a '%s' object", d->name,
              d->objtype->name, v_type_name(obj));
    return false;
}

static value mb_get(value descr, value obj, value type)
{
    member_descr *d = (member_descr *)v_obj(descr);
    if (!obj)
        return descr;
    if (!member_check(d, obj))
        return V_NULL;
    value v = *member_slot(d, obj);
    if (!v)
        return obj_attribute_error(obj, d->name);
    return v;
}

static int mb_set(value descr, value obj, value v)
{
    member_descr *d = (member_descr *)v_obj(descr);
    if (!member_check(d, obj))
        return -1;
    value *slot = member_slot(d, obj);
    if (!v && !*slot) {   /* CPython 3.11 names only the slot here */
        exc_raise(&exc_AttributeError, "%S", d->name);
        return -1;
    }
    *slot = v;
    return 0;
}

static value mb_repr(value self)
{
    member_descr *d = (member_descr *)v_obj(self);
    return str_format("<member '%S' of '%s' objects>", d->name, d->objtype->name);
}

static void mb_trace(object *o, gc_tracer *tr)
{
    member_descr *d = (member_descr *)o;
    gc_mark_object(tr, (object *)d->objtype);
    gc_mark_value(tr, d->name);
}

static value mb_get_name(value self) { return ((member_descr *)v_obj(self))->name; }
static value mb_get_objclass(value self) { return v_from_obj(((member_descr *)v_obj(self))->objtype); }

static const getset_def mb_getsets[] = {
    { "__name__", mb_get_name, NULL, NULL },
    { "__objclass__", mb_get_objclass, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object member_descr_type = {
    .name = "member_descriptor",
    .basicsize = sizeof(member_descr),
    .trace = mb_trace,
    .repr = mb_repr,
    .descr_get = mb_get,
    .descr_set = mb_set,
    .getsets = mb_getsets,
};

value member_descr_new(type_object *t, value name, size_t offset)
{
    member_descr *d = (member_descr *)gc_alloc(&member_descr_type, sizeof *d);
    if (!d)
        return V_NULL;
    d->objtype = t;
    d->name = name;
    d->offset = offset;
    return v_from_obj(d);
}

/* -- classmethod and staticmethod ---------------------------------------------------- */

static void fw_trace(object *o, gc_tracer *tr)
{
    funcwrap_object *f = (funcwrap_object *)o;
    gc_mark_value(tr, f->func);
    inst_attrs_trace(&f->attrs, tr);
}

/* As 3.10+ do, a classmethod or staticmethod looks like the function it
 * wraps: its __dict__ starts with the function's __module__, __name__,
 * __qualname__, __doc__ and __annotations__ (those it has). */
static int fw_copy_attrs(value self, value func)
{
    static const char *const names[] = { "__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        value v = obj_getattr_cstr(func, names[i]);
        if (!v) {
            if (!exc_matches(&exc_AttributeError))
                return -1;
            exc_clear();
            continue;
        }
        value key = str_intern_cstr(names[i]);
        if (!key || inst_set(self, key, v) < 0)
            return -1;
    }
    return 0;
}

static value fw_alloc(type_object *t, value func)
{
    funcwrap_object *f = (funcwrap_object *)gc_alloc(t, t->basicsize);
    if (!f)
        return V_NULL;
    f->func = func;
    inst_attrs_init(v_from_obj(f));
    if (fw_copy_attrs(v_from_obj(f), func) < 0)
        return V_NULL;
    return v_from_obj(f);
}

static value fw_new(type_object *t, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "%s() takes no keyword arguments", t->name);
    if (argc != 1)
        return exc_raise(&exc_TypeError, "%s expected 1 argument, got %d", t->name, argc);
    return fw_alloc(t, argv[0]);
}

static value fw_func(value self) { return ((funcwrap_object *)v_obj(self))->func; }

static value cm_get(value self, value obj, value type)
{
    if (!type)
        type = v_from_obj(v_type(obj));
    value f = fw_func(self);
    descr_get_fn get = v_type(f)->descr_get;
    if (get)   /* chained descriptors, as 3.9-3.12 do */
        return get(f, type, type);
    return method_new(f, type);
}

static value cm_repr(value self)
{
    return str_format("<classmethod(%R)>", fw_func(self));
}

static value sm_get(value self, value obj, value type) { return fw_func(self); }

static value sm_call(value self, int argc, const value *argv, value kwnames)
{
    return obj_call(fw_func(self), argc, argv, kwnames);
}

static value sm_repr(value self)
{
    return str_format("<staticmethod(%R)>", fw_func(self));
}

static value fw_get_func(value self) { return fw_func(self); }

static value fw_get_isabstract(value self)
{
    value r = obj_getattr(fw_func(self), N(__isabstractmethod__));
    if (!r && exc_matches(&exc_AttributeError)) {
        exc_clear();
        return V_FALSE;
    }
    return r;
}

static value fw_get_dict(value self) { return inst_get_dict(self); }
static int fw_set_dict(value self, value v)
{
    if (!v || !v_isinstance(v, &dict_type)) {
        exc_raise(&exc_TypeError, v ? "__dict__ must be set to a dictionary, not a '%s'"
                                    : "cannot delete __dict__", v ? v_type_name(v) : "");
        return -1;
    }
    return inst_set_dict(self, v);
}

static const getset_def fw_getsets[] = {
    { "__dict__", fw_get_dict, fw_set_dict, NULL },
    { "__func__", fw_get_func, NULL, NULL },
    { "__wrapped__", fw_get_func, NULL, NULL },
    { "__isabstractmethod__", fw_get_isabstract, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object classmethod_type = {
    .name = "classmethod",
    .basicsize = sizeof(funcwrap_object),
    .flags = TYPE_BASETYPE,
    .attrs_offset = offsetof(funcwrap_object, attrs),
    .trace = fw_trace,
    .repr = cm_repr,
    .descr_get = cm_get,
    .new = fw_new,
    .getsets = fw_getsets,
};

type_object staticmethod_type = {
    .name = "staticmethod",
    .basicsize = sizeof(funcwrap_object),
    .flags = TYPE_BASETYPE,
    .attrs_offset = offsetof(funcwrap_object, attrs),
    .trace = fw_trace,
    .repr = sm_repr,
    .call = sm_call,
    .descr_get = sm_get,
    .new = fw_new,
    .getsets = fw_getsets,
};

value classmethod_new(value func) { return fw_alloc(&classmethod_type, func); }
value staticmethod_new(value func) { return fw_alloc(&staticmethod_type, func); }

/* -- property ------------------------------------------------------------------------ */

static void prop_trace(object *o, gc_tracer *tr)
{
    property_object *p = (property_object *)o;
    gc_mark_value(tr, p->fget);
    gc_mark_value(tr, p->fset);
    gc_mark_value(tr, p->fdel);
    gc_mark_value(tr, p->doc);
    gc_mark_value(tr, p->name);
}

static property_object *prop(value v) { return (property_object *)v_obj(v); }

/* "property 'x' of 'P' object" or "property of 'P' object". */
static value prop_error(value self, value obj, const char *what)
{
    property_object *p = prop(self);
    type_object *t = v_type(obj);
    value q = t->qualname ? t->qualname : t->name_str;   /* CPython names the type by __qualname__ */
    if (p->name)
        return exc_raise(&exc_AttributeError, "property %R of '%S' object has no %s", p->name, q, what);
    return exc_raise(&exc_AttributeError, "property of '%S' object has no %s", q, what);
}

static value prop_get(value self, value obj, value type)
{
    if (!obj)
        return self;
    property_object *p = prop(self);
    if (p->fget == V_NONE)
        return prop_error(self, obj, "getter");
    return obj_call1(p->fget, obj);
}

static int prop_set(value self, value obj, value v)
{
    property_object *p = prop(self);
    value f = v ? p->fset : p->fdel;
    if (f == V_NONE) {
        prop_error(self, obj, v ? "setter" : "deleter");
        return -1;
    }
    value args[2] = { obj, v };
    value r = obj_call(f, v ? 2 : 1, args, V_NULL);
    return r ? 0 : -1;
}

static int prop_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const kw[] = { "fget", "fset", "fdel", "doc" };
    value vals[4] = { V_NONE, V_NONE, V_NONE, V_NONE };
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (argc > 4) {
        exc_raise(&exc_TypeError, "property() takes at most 4 arguments (%d given)", argc + (int)nkw);
        return -1;
    }
    for (int i = 0; i < argc; i++)
        vals[i] = argv[i];
    for (size_t k = 0; k < nkw; k++) {
        value name = tuple_get(kwnames, k);
        int idx = -1;
        for (int i = 0; i < 4; i++)
            if (str_eq_cstr(name, kw[i]))
                idx = i;
        if (idx < 0) {
            exc_raise(&exc_TypeError, "%R is an invalid keyword argument for property()", name);
            return -1;
        }
        if (idx < argc) {
            exc_raise(&exc_TypeError, "argument for property() given by name ('%s') and position (%d)",
                      kw[idx], idx + 1);
            return -1;
        }
        vals[idx] = argv[argc + (int)k];
    }
    property_object *p = prop(self);
    p->fget = vals[0];
    p->fset = vals[1];
    p->fdel = vals[2];
    p->doc = vals[3];
    if (p->doc == V_NONE && p->fget != V_NONE) {   /* the getter's docstring */
        value d = obj_getattr(p->fget, N(__doc__));
        if (!d)
            exc_clear();
        else if (v_type(self) == &property_type)
            p->doc = d;
        else
            /* a subclass's own __doc__ (its docstring, or None) in the
             * class dict would shadow the getset, so its instances keep
             * the getter's doc as an instance attribute (CPython 3.11);
             * __slots__ without __dict__ make that fail */
            return obj_setattr(self, N(__doc__), d);
    }
    return 0;
}

static value prop_new(type_object *t, int argc, const value *argv, value kwnames)
{
    property_object *p = (property_object *)gc_alloc(t, t->basicsize);
    if (!p)
        return V_NULL;
    p->fget = p->fset = p->fdel = p->doc = V_NONE;
    if (t->attrs_offset)
        inst_attrs_init(v_from_obj(p));
    return v_from_obj(p);
}

/* p.getter(f) etc.: a copy of the property with one function replaced. */
static value prop_copy(value self, int which, value f)
{
    property_object *p = prop(self);
    value args[4] = { p->fget, p->fset, p->fdel, p->doc };
    args[which] = f;
    if (which == 0 && p->doc != V_NONE && p->fget != V_NONE) {
        value gd = obj_getattr(p->fget, N(__doc__));   /* a doc taken from the old getter is not kept */
        if (!gd)
            exc_clear();
        else if (gd == p->doc)
            args[3] = V_NONE;
    }
    type_object *t = v_type(self);
    value np = obj_call(v_from_obj(t), 4, args, V_NULL);
    if (np && v_type(np) == t && p->name)
        prop(np)->name = p->name;
    return np;
}

static value prop_getter(value self, int argc, const value *argv, value kw) { return prop_copy(self, 0, argv[0]); }
static value prop_setter(value self, int argc, const value *argv, value kw) { return prop_copy(self, 1, argv[0]); }
static value prop_deleter(value self, int argc, const value *argv, value kw) { return prop_copy(self, 2, argv[0]); }

static value prop_set_name(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "__set_name__() takes 2 positional arguments but %d were given", argc);
    prop(self)->name = argv[1];
    return V_NONE;
}

static const method_def prop_methods[] = {
    { "getter", prop_getter, METH_O, "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", prop_setter, METH_O, "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", prop_deleter, METH_O, "Descriptor to obtain a copy of the property with a different deleter." },
    { "__set_name__", prop_set_name, METH_FAST, "Method to set name of a property." },
    { NULL, NULL, 0, NULL },
};

static value prop_fget(value self) { return prop(self)->fget; }
static value prop_fset(value self) { return prop(self)->fset; }
static value prop_fdel(value self) { return prop(self)->fdel; }
static value prop_doc(value self) { return prop(self)->doc; }
static int prop_set_doc(value self, value v)
{
    prop(self)->doc = v ? v : V_NONE;
    return 0;
}
static value prop_isabstract(value self)
{
    property_object *p = prop(self);
    value fs[3] = { p->fget, p->fset, p->fdel };
    for (int i = 0; i < 3; i++) {
        if (fs[i] == V_NONE)
            continue;
        value r = obj_getattr(fs[i], N(__isabstractmethod__));
        if (!r) {
            if (!exc_matches(&exc_AttributeError))
                return V_NULL;
            exc_clear();
            continue;
        }
        int t = obj_truthy(r);
        if (t)
            return t < 0 ? V_NULL : V_TRUE;
    }
    return V_FALSE;
}

static const getset_def prop_getsets[] = {
    { "fget", prop_fget, NULL, NULL },
    { "fset", prop_fset, NULL, NULL },
    { "fdel", prop_fdel, NULL, NULL },
    { "__doc__", prop_doc, prop_set_doc, NULL },
    { "__isabstractmethod__", prop_isabstract, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object property_type = {
    .name = "property",
    .basicsize = sizeof(property_object),
    .flags = TYPE_BASETYPE,
    .trace = prop_trace,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .new = prop_new,
    .init = prop_init,
    .methods = prop_methods,
    .getsets = prop_getsets,
};
