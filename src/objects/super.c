/* super (super.h): super(type, obj) looks attributes up along type(obj)'s
 * MRO starting after `type` (obj may also be a subclass of type, for class
 * methods), binding what it finds to obj. super() with no arguments asks
 * the VM (super_zero_args_hook) for the __class__ cell and the first
 * argument of the calling function. */
#include <stdio.h>
#include "super.h"
#include "type.h"
#include "names.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

typedef struct super_object {
    object hdr;
    value type;       /* the class super() was called in */
    value obj;        /* the instance or class, or V_NULL (unbound super) */
    value obj_type;   /* the type whose MRO is searched */
} super_object;

int (*super_zero_args_hook)(value *type, value *obj);

static super_object *sup(value v) { return (super_object *)v_obj(v); }

static void super_trace(object *o, gc_tracer *tr)
{
    super_object *s = (super_object *)o;
    gc_mark_value(tr, s->type);
    gc_mark_value(tr, s->obj);
    gc_mark_value(tr, s->obj_type);
}

/* The type whose MRO is searched: type(obj), or obj itself when it is a
 * subclass of type (super in a classmethod). */
static value check_obj(value type, value obj)
{
    if (v_is_type(obj) && type_is_subtype(v_as_type(obj), v_as_type(type)))
        return obj;
    if (v_isinstance(obj, v_as_type(type)))
        return v_from_obj(v_type(obj));
    value cls = obj_getattr(obj, N(__class__));   /* proxies that lie about their class */
    if (cls && v_is_type(cls) && cls != v_from_obj(v_type(obj))
        && type_is_subtype(v_as_type(cls), v_as_type(type)))
        return cls;
    if (!cls)
        exc_clear();
    return exc_raise(&exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

static int super_fill(value self, value type, value obj)
{
    if (!v_is_type(type)) {
        exc_raise(&exc_TypeError, "super() argument 1 must be a type, not %s", v_type_name(type));
        return -1;
    }
    value ot = V_NULL;
    if (obj == V_NONE)
        obj = V_NULL;
    if (obj) {
        ot = check_obj(type, obj);
        if (!ot)
            return -1;
    }
    super_object *s = sup(self);
    s->type = type;
    s->obj = obj;
    s->obj_type = ot;
    return 0;
}

static value super_alloc(type_object *t)
{
    object *o = gc_alloc(t, t->basicsize);
    return o ? v_from_obj(o) : V_NULL;
}

static value super_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    return super_alloc(t);
}

static int super_init(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(&exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (argc > 2) {
        exc_raise(&exc_TypeError, "super() expected at most 2 arguments, got %d", argc);
        return -1;
    }
    value type, obj = V_NULL;
    if (argc == 0) {
        if (!super_zero_args_hook) {
            exc_raise(&exc_RuntimeError, "super(): no arguments");
            return -1;
        }
        if (super_zero_args_hook(&type, &obj) < 0)
            return -1;
    } else {
        type = argv[0];
        if (argc == 2)
            obj = argv[1];
    }
    return super_fill(self, type, obj);
}

value super_new(value type, value obj)
{
    value s = super_alloc(&super_type);
    if (!s || super_fill(s, type, obj) < 0)
        return V_NULL;
    return s;
}

static value super_getattro(value self, value name)
{
    super_object *s = sup(self);
    /* super().__class__ is super itself */
    if (s->obj_type && !(v_is_str(name) && str_eq_cstr(name, "__class__"))) {
        value mro = v_as_type(s->obj_type)->mro;
        size_t n = tuple_len(mro), i = 0;
        while (i < n && tuple_get(mro, i) != s->type)
            i++;
        for (i++; i < n; i++) {
            value d = v_as_type(tuple_get(mro, i))->dict;
            value r = v_is_str(name) ? dict_get_str(d, name) : V_NULL;
            if (!r)
                continue;
            descr_get_fn get = v_type(r)->descr_get;
            if (!get)
                return r;
            value obj = s->obj == s->obj_type ? V_NULL : s->obj;
            return get(r, obj, s->obj_type);
        }
    }
    return obj_generic_getattr(self, name);
}

static value super_repr(value self)
{
    super_object *s = sup(self);
    if (s->obj_type)
        return str_format("<super: <class '%S'>, <%S object>>", v_as_type(s->type)->name_str,
                          v_as_type(s->obj_type)->name_str);
    return str_format("<super: <class '%S'>, NULL>", v_as_type(s->type)->name_str);
}

static value super_descr_get(value self, value obj, value type)
{
    super_object *s = sup(self);
    if (!obj || s->obj)
        return self;
    return super_new(s->type, obj);
}

static value super_get_thisclass(value self) { return sup(self)->type; }
static value super_get_self(value self) { return sup(self)->obj ? sup(self)->obj : V_NONE; }
static value super_get_self_class(value self) { return sup(self)->obj_type ? sup(self)->obj_type : V_NONE; }

static const getset_def super_getsets[] = {
    { "__thisclass__", super_get_thisclass, NULL, NULL },
    { "__self__", super_get_self, NULL, NULL },
    { "__self_class__", super_get_self_class, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object super_type = {
    .name = "super",
    .basicsize = sizeof(super_object),
    .flags = TYPE_BASETYPE,
    .trace = super_trace,
    .repr = super_repr,
    .getattr = super_getattro,
    .descr_get = super_descr_get,
    .new = super_tp_new,
    .init = super_init,
    .getsets = super_getsets,
};
