/* Module objects (module.h): a namespace dict behind attribute access. */
#include "module.h"
#include "dict.h"
#include "exceptions.h"
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

static value module_repr(value self)
{
    value d = module_dict(self);
    value name = dict_get_cstr(d, "__name__");
    value file = dict_get_cstr(d, "__file__");
    if (!name)
        name = V_NULL;
    if (name && str_eq_cstr(name, "builtins"))
        return str_format("<module %R (built-in)>", name);
    if (!name)
        return str_format("<module '?'>");
    if (file)
        return str_format("<module %R from %R>", name, file);
    return str_format("<module %R>", name);
}

/* Type attributes (getsets) first, then the namespace. */
static value module_getattr(value self, value name)
{
    value d = type_lookup(v_type(self), name);
    if (d)
        return obj_generic_getattr(self, name);
    value v = dict_get(module_dict(self), name);
    if (v || exc_occurred())
        return v;
    value mname = dict_get_cstr(module_dict(self), "__name__");
    if (mname && v_is_str(mname))
        return exc_raise_attribute_error(self, name, "module '%S' has no attribute '%S'", mname, name);
    return exc_raise_attribute_error(self, name, "module has no attribute '%S'", name);
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

static const getset_def module_getsets[] = {
    { "__dict__", get_dict, NULL, NULL },
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
};
