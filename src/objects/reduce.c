/* object's side of the pickling protocol, which copy, copyreg, pickle and
 * enum rely on: object.__reduce_ex__(protocol), object.__reduce__ and
 * object.__getstate__ (new in 3.11), with CPython 3.11's rules. Below
 * protocol 2 the work is copyreg._reduce_ex's (Python); from 2 on the
 * reduction is (copyreg.__newobj__, (cls, *args), state, listitems,
 * dictitems), or __newobj_ex__ when __getnewargs_ex__ gives keywords.
 * The state is the instance __dict__ (None when empty), paired with a
 * dict of __slots__ values as (dict_or_None, slots) when there are any.
 * An object of a builtin type with C-level data that offers no
 * __getnewargs__ cannot be reduced this way ("cannot pickle 'X' object").
 * The __reduce__ of the builtin callables (functions, bound methods,
 * method and slot descriptors) lives here too: they pickle as a global
 * name or as (getattr, (owner, name)). */
#include "reduce.h"
#include "dict.h"
#include "instance.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "cfunction.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "../vm/exc.h"
#include "../vm/import.h"

/* Whether obj has no instance attributes (no __dict__ or an empty one). */
static bool instance_dict_empty(value obj)
{
    type_object *t = v_type(obj);
    if (t->attrs_offset) {
        inst_attrs *a = inst_attrs_of(obj);
        if (a->dict)
            return dict_len(a->dict) == 0;
        return !a->shape || a->shape->count == 0;
    }
    if (t->flags & TYPE_VAR_DICT) {
        value d = type_var_dict(obj, false);
        if (!d)
            exc_clear();
        return !d || dict_len(d) == 0;
    }
    return true;
}

static value instance_dict(value obj)
{
    type_object *t = v_type(obj);
    if (t->attrs_offset)
        return inst_get_dict(obj);
    return type_var_dict(obj, true);
}

/* type(obj).__slotnames__ as copyreg computes and caches it: a list or None. */
static value slot_names(type_object *t)
{
    value names = dict_get_cstr(t->dict, "__slotnames__");
    if (names && (names == V_NONE || v_is_list(names)))
        return names;
    value copyreg = import_module_cstr("copyreg");
    value fn = copyreg ? obj_getattr_cstr(copyreg, "_slotnames") : V_NULL;
    names = fn ? obj_call1(fn, v_from_obj(t)) : V_NULL;
    if (!names)
        return V_NULL;
    if (names != V_NONE && !v_is_list(names))
        return exc_raise(&exc_TypeError, "copyreg._slotnames didn't return a list or None");
    return names;
}

/* The nearest builtin (static) class in t's bases: what fixes the layout. */
static type_object *solid_base(type_object *t)
{
    while ((t->flags & TYPE_HEAPTYPE) && t->base)
        t = t->base;
    return t;
}

/* object.__getstate__'s work. `required`: the state must be enough to
 * rebuild obj (no __getnewargs__ supplies the rest). */
static value getstate_default(value obj, bool required)
{
    type_object *t = v_type(obj);
    if (required && t->itemsize)
        return exc_raise(&exc_TypeError, "cannot pickle %s objects", t->name);
    value state = V_NONE;
    if (!instance_dict_empty(obj) && !(state = instance_dict(obj)))
        return V_NULL;
    value names = slot_names(t);
    if (!names)
        return V_NULL;
    if (required && solid_base(t) != &object_type)
        return exc_raise(&exc_TypeError, "cannot pickle '%s' object", t->name);
    if (names == V_NONE || list_len(names) == 0)
        return state;
    value slots = dict_new();
    if (!slots)
        return V_NULL;
    for (size_t i = 0; i < list_len(names); i++) {
        value name = list_get(names, i);
        value v = obj_getattr(obj, name);
        if (!v) {
            if (!exc_matches(&exc_AttributeError))
                return V_NULL;
            exc_clear();
            continue;
        }
        if (dict_set(slots, name, v) < 0)
            return V_NULL;
        if (!v_is_list(names) || i >= list_len(names))   /* a getter changed the list */
            break;
    }
    if (dict_len(slots) == 0)
        return state;
    return tuple_pack(2, state, slots);
}

value reduce_object_getstate(value self, int argc, const value *argv, value kwnames)
{
    return getstate_default(self, false);
}

/* obj.__getstate__(), short-cutting object's own. */
static value get_state(value obj, bool required)
{
    value getstate = obj_getattr_cstr(obj, "__getstate__");
    if (!getstate)
        return V_NULL;
    if (v_is_cfunc(getstate)) {
        cfunc_object *f = (cfunc_object *)v_obj(getstate);
        if (f->def->fn == reduce_object_getstate && f->self == obj)
            return getstate_default(obj, required);
    }
    return obj_call0(getstate);
}

value reduce_getstate(value obj) { return get_state(obj, false); }

/* __getnewargs_ex__ / __getnewargs__: *args (a tuple) and *kwargs (a
 * dict), each V_NULL when not given. */
static int new_arguments(value obj, value *args, value *kwargs)
{
    *args = *kwargs = V_NULL;
    int found;
    value name = str_intern_cstr("__getnewargs_ex__");
    value r = name ? call_special(obj, name, 0, NULL, &found) : V_NULL;
    if (!name || (found && !r))
        return -1;
    if (found) {
        if (!v_isinstance(r, &tuple_type)) {
            exc_raise(&exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", v_type_name(r));
            return -1;
        }
        if (tuple_len(r) != 2) {
            exc_raise(&exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %lld",
                      (long long)tuple_len(r));
            return -1;
        }
        value a = tuple_get(r, 0), k = tuple_get(r, 1);
        if (!v_isinstance(a, &tuple_type)) {
            exc_raise(&exc_TypeError,
                      "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                      v_type_name(a));
            return -1;
        }
        if (!v_isinstance(k, &dict_type)) {
            exc_raise(&exc_TypeError,
                      "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                      v_type_name(k));
            return -1;
        }
        *args = a;
        *kwargs = k;
        return 0;
    }
    if (!(name = str_intern_cstr("__getnewargs__")))
        return -1;
    r = call_special(obj, name, 0, NULL, &found);
    if (found && !r)
        return -1;
    if (found) {
        if (!v_isinstance(r, &tuple_type)) {
            exc_raise(&exc_TypeError, "__getnewargs__ should return a tuple, not '%s'", v_type_name(r));
            return -1;
        }
        *args = r;
    }
    return 0;
}

static value reduce_newobj(value obj)
{
    type_object *t = v_type(obj);
    if (!t->new)
        return exc_raise(&exc_TypeError, "cannot pickle '%s' object", t->name);
    value args, kwargs;
    if (new_arguments(obj, &args, &kwargs) < 0)
        return V_NULL;
    value copyreg = import_module_cstr("copyreg");
    if (!copyreg)
        return V_NULL;
    bool hasargs = args != V_NULL;
    value newobj, newargs;
    if (!kwargs || dict_len(kwargs) == 0) {
        if (!(newobj = obj_getattr_cstr(copyreg, "__newobj__")))
            return V_NULL;
        size_t n = args ? tuple_len(args) : 0;
        if (!(newargs = tuple_new(n + 1)))
            return V_NULL;
        tuple_items(newargs)[0] = v_from_obj(t);
        for (size_t i = 0; i < n; i++)
            tuple_items(newargs)[i + 1] = tuple_get(args, i);
    } else if (args) {
        if (!(newobj = obj_getattr_cstr(copyreg, "__newobj_ex__")))
            return V_NULL;
        if (!(newargs = tuple_pack(3, v_from_obj(t), args, kwargs)))
            return V_NULL;
    } else {
        return exc_raise(&exc_TypeError, "bad argument type for built-in operation");
    }
    bool is_list = v_isinstance(obj, &list_type), is_dict = v_isinstance(obj, &dict_type);
    value state = get_state(obj, !(hasargs || is_list || is_dict));
    if (!state)
        return V_NULL;
    value listitems = V_NONE, dictitems = V_NONE;
    if (is_list && !(listitems = obj_iter(obj)))
        return V_NULL;
    if (is_dict) {
        value items = obj_call_method(obj, "items", 0, NULL);
        if (!items || !(dictitems = obj_iter(items)))
            return V_NULL;
    }
    return tuple_pack(5, newobj, newargs, state, listitems, dictitems);
}

static value common_reduce(value self, int64_t proto)
{
    if (proto >= 2)
        return reduce_newobj(self);
    value copyreg = import_module_cstr("copyreg");
    value fn = copyreg ? obj_getattr_cstr(copyreg, "_reduce_ex") : V_NULL;
    if (!fn)
        return V_NULL;
    value args[2] = { self, int_from_i64(proto) };
    return args[1] ? obj_call(fn, 2, args, V_NULL) : V_NULL;
}

value reduce_object_reduce(value self, int argc, const value *argv, value kwnames)
{
    return common_reduce(self, 0);
}

value reduce_object_reduce_ex(value self, int argc, const value *argv, value kwnames)
{
    value p = argv[0];
    if (!v_is_int(p) && !v_isinstance(p, &int_type)) {
        if (v_isinstance(p, &float_type))
            return exc_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
        if (!(p = obj_index(p)))
            return V_NULL;
    }
    int64_t proto;
    if (int_as_i64(p, &proto) < 0)
        return V_NULL;
    /* a class that overrides __reduce__ decides for itself */
    value name = str_intern_cstr("__reduce__");
    value reduce = name ? obj_getattr(self, name) : V_NULL;
    if (!reduce) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
    } else {
        value cls_reduce = type_lookup(v_type(self), name);
        value obj_reduce = dict_get_str(object_type.dict, name);
        if (cls_reduce != obj_reduce)
            return obj_call0(reduce);
    }
    return common_reduce(self, proto);
}

/* -- Builtin callables ---------------------------------------------------------- */

/* (getattr, (owner, name)): how pickle and copy find a builtin method again. */
static value getattr_pair(value owner, value name)
{
    value b = import_module_cstr("builtins");
    value ga = b ? obj_getattr_cstr(b, "getattr") : V_NULL;
    value args = ga ? tuple_pack(2, owner, name) : V_NULL;
    return args ? tuple_pack(2, ga, args) : V_NULL;
}

value reduce_builtin_function(value self, int argc, const value *argv, value kwnames)
{
    value owner = obj_getattr_cstr(self, "__self__");
    value name = owner ? obj_getattr_cstr(self, "__name__") : V_NULL;
    if (!name)
        return V_NULL;
    /* a module's function is found by its name, as a global */
    if (owner == V_NONE || v_isinstance(owner, &module_type))
        return name;
    return getattr_pair(owner, name);
}

value reduce_descriptor(value self, int argc, const value *argv, value kwnames)
{
    value owner = obj_getattr_cstr(self, "__objclass__");
    value name = owner ? obj_getattr_cstr(self, "__name__") : V_NULL;
    return name ? getattr_pair(owner, name) : V_NULL;
}

value reduce_bound_wrapper(value self, int argc, const value *argv, value kwnames)
{
    value owner = obj_getattr_cstr(self, "__self__");
    value name = owner ? obj_getattr_cstr(self, "__name__") : V_NULL;
    return name ? getattr_pair(owner, name) : V_NULL;
}
