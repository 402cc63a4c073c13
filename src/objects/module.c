/* Module objects (module.h): a namespace dict behind attribute access. */
#include "module.h"
#include "dict.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

value module_new(const char *name)
{
    module_object *m = (module_object *)gc_alloc(&module_type, sizeof(module_object));
    if (!m)
        return V_NULL;
    m->dict = dict_new();
    if (!m->dict)
        return V_NULL;
    value n = str_from_cstr(name);
    if (!n || dict_set_cstr(m->dict, "__name__", n) < 0 ||
        dict_set_cstr(m->dict, "__doc__", V_NONE) < 0 ||
        dict_set_cstr(m->dict, "__package__", V_NONE) < 0 ||
        dict_set_cstr(m->dict, "__loader__", V_NONE) < 0 ||
        dict_set_cstr(m->dict, "__spec__", V_NONE) < 0)
        return V_NULL;
    return v_from_obj(m);
}

static void module_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((module_object *)o)->dict); }

/* An attribute of a module's spec (None when missing). */
static value spec_attr(value spec, const char *name)
{
    value v = obj_getattr_cstr(spec, name);
    if (!v && exc_matches(&exc_AttributeError)) {
        exc_clear();
        return V_NONE;
    }
    return v;
}

/* importlib's _module_repr_from_spec: "<module 'm' from '/p/m.py'>",
 * "<module 'sys' (built-in)>", "<module 'ns' (<loader>)>". */
static value repr_from_spec(value spec)
{
    value name = spec_attr(spec, "name"), origin = name ? spec_attr(spec, "origin") : V_NULL;
    value loader = origin ? spec_attr(spec, "loader") : V_NULL;
    if (!loader)
        return V_NULL;
    value shown = name == V_NONE ? str_from_cstr("?") : name;
    if (!shown)
        return V_NULL;
    if (origin == V_NONE)
        return loader == V_NONE ? str_format("<module %R>", shown) : str_format("<module %R (%R)>", shown, loader);
    value has = spec_attr(spec, "has_location");
    int t = has ? obj_truthy(has) : -1;
    if (t < 0)
        return V_NULL;
    return t ? str_format("<module %R from %R>", shown, origin) : str_format("<module %R (%S)>", name, origin);
}

/* importlib's _module_repr: the spec when there is one, else __name__,
 * __file__ and __loader__. */
static value module_repr(value self)
{
    value d = module_dict(self);
    value spec = dict_get_cstr(d, "__spec__");
    if (spec && spec != V_NONE)
        return repr_from_spec(spec);
    value name = dict_get_cstr(d, "__name__");
    value file = dict_get_cstr(d, "__file__");
    value loader = dict_get_cstr(d, "__loader__");
    if (!name)
        name = str_from_cstr("?");
    if (name && str_eq_cstr(name, "builtins") && !file)
        return str_format("<module %R (built-in)>", name);
    if (!name)
        return V_NULL;
    if (file)
        return str_format("<module %R from %R>", name, file);
    if (loader && loader != V_NONE)
        return str_format("<module %R (%R)>", name, loader);
    return str_format("<module %R>", name);
}

/* Why a module lacks an attribute, worded as CPython 3.11: a module
 * still running its body ("partially initialized module"), a submodule
 * still loading ("cannot access submodule"), or plainly missing. */
static value missing_attribute(value self, value name)
{
    value d = module_dict(self);
    value mname = dict_get_cstr(d, "__name__");
    if (!mname || !v_is_str(mname))
        return exc_raise_attribute_error(self, name, "module has no attribute '%S'", name);
    value spec = dict_get_cstr(d, "__spec__");
    if (spec && spec != V_NONE) {
        value init = spec_attr(spec, "_initializing");
        int t = init ? obj_truthy(init) : -1;
        if (t < 0)
            return V_NULL;
        if (t)
            return exc_raise_attribute_error(self, name,
                                             "partially initialized module '%S' has no attribute '%S' "
                                             "(most likely due to a circular import)", mname, name);
        value pending = spec_attr(spec, "_uninitialized_submodules");
        int in = pending && pending != V_NONE ? obj_contains(pending, name) : 0;
        if (in < 0 || !pending)
            return V_NULL;
        if (in)
            return exc_raise_attribute_error(self, name,
                                             "cannot access submodule '%S' of module '%S' "
                                             "(most likely due to a circular import)", name, mname);
    }
    return exc_raise_attribute_error(self, name, "module '%S' has no attribute '%S'", mname, name);
}

/* Type attributes (getsets) first, then the namespace. */
static value module_getattr(value self, value name)
{
    /* object.__getattribute__'s order with the namespace as the instance
     * dict: data descriptors of the type (__dict__, __class__), then the
     * namespace (so the module's own __doc__ wins over the type's), then
     * the rest of the type */
    value d = type_lookup(v_type(self), name);
    if (d && v_type(d)->descr_set)
        return obj_generic_getattr(self, name);
    value v = dict_get(module_dict(self), name);
    if (v || exc_occurred())
        return v;
    if (d)
        return obj_generic_getattr(self, name);
    value ga = dict_get_cstr(module_dict(self), "__getattr__");   /* PEP 562 */
    if (ga)
        return obj_call1(ga, name);
    return missing_attribute(self, name);
}

static int module_setattr(value self, value name, value v)
{
    value d = type_lookup(v_type(self), name);
    if (d && v_type(d)->descr_set)
        return obj_generic_setattr(self, name, v);
    if (v)
        return dict_set(module_dict(self), name, v);
    int r = dict_del(module_dict(self), name);
    if (r < 0)
        return -1;
    if (r == 0) {
        value mname = dict_get_cstr(module_dict(self), "__name__");
        exc_raise_attribute_error(self, name, "module '%S' has no attribute '%S'", mname, name);
        return -1;
    }
    return 0;
}

static value get_dict(value self) { return module_dict(self); }

/* types.ModuleType(name, doc=None): new makes the namespace, __init__
 * names it (a subclass's __init__ may call it late). */
static value module_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    module_object *m = (module_object *)gc_alloc(t, t->basicsize);
    if (!m)
        return V_NULL;
    m->dict = dict_new();
    return m->dict ? v_from_obj(m) : V_NULL;
}

static int module_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "name", "doc" };
    value a[2];
    if (num_parse_args("module", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return -1;
    if (!v_isinstance(a[0], &str_type)) {
        exc_raise(&exc_TypeError, "module.__init__() argument 'name' must be str, not %s", v_type_name(a[0]));
        return -1;
    }
    value d = module_dict(self);
    if (dict_set_cstr(d, "__name__", a[0]) < 0 || dict_set_cstr(d, "__doc__", a[1] ? a[1] : V_NONE) < 0 ||
        dict_set_cstr(d, "__package__", V_NONE) < 0 || dict_set_cstr(d, "__loader__", V_NONE) < 0 ||
        dict_set_cstr(d, "__spec__", V_NONE) < 0)
        return -1;
    return 0;
}

/* dir(module): the namespace's names, or what its __dir__ returns (PEP 562). */
static value module_dir(value self, int argc, const value *argv, value kwnames)
{
    value d = module_dict(self);
    value fn = dict_get_cstr(d, "__dir__");
    if (fn)
        return obj_call0(fn);
    return obj_call_method(d, "keys", 0, NULL);
}

static const method_def module_methods[] = {
    { "__dir__", module_dir, METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation" },
    { NULL, NULL, 0, NULL },
};

/* __annotations__ lives in the namespace, created empty on first use. */
static value get_annotations(value self)
{
    value d = module_dict(self);
    value a = dict_get_cstr(d, "__annotations__");
    if (a || exc_occurred())
        return a;
    a = dict_new();
    if (!a || dict_set_cstr(d, "__annotations__", a) < 0)
        return V_NULL;
    return a;
}

static int set_annotations(value self, value v)
{
    value d = module_dict(self);
    value name = str_intern_cstr("__annotations__");
    if (!name)
        return -1;
    if (v)
        return dict_set(d, name, v);
    int r = dict_del(d, name);
    if (r == 0)
        exc_raise(&exc_AttributeError, "__annotations__");
    return r <= 0 ? -1 : 0;
}

static const getset_def module_getsets[] = {
    { "__dict__", get_dict, NULL, NULL },
    { "__annotations__", get_annotations, set_annotations, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object module_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "module",
    .basicsize = sizeof(module_object),
    .flags = TYPE_BASETYPE,
    .trace = module_trace,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .getsets = module_getsets,
    .methods = module_methods,
    .new = module_tp_new,
    .init = module_init,
};
