/* `object`, the root of every class, and the three singleton types
 * NoneType, NotImplementedType and ellipsis. object's slots are the
 * defaults every class inherits: allocation through type->basicsize with
 * empty shape-based attributes (instance.c), the argument checks of
 * object.__new__ / __init__ with CPython's messages ("A() takes no
 * arguments"), repr "<__main__.A object at 0x...>", identity equality
 * and hashing, and the generic attribute protocol of object.c. */
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "type.h"
#include "names.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "list.h"
#include "instance.h"
#include "cfunction.h"
#include "descr.h"
#include "reduce.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

/* -- object ---------------------------------------------------------------- */

static bool has_args(int argc, value kwnames)
{
    return argc > 0 || (kwnames && tuple_len(kwnames) > 0);
}

static value abstract_error(type_object *t)
{
    value am = type_lookup(t, N(__abstractmethods__));
    value names = am ? list_new(0) : V_NULL;
    if (!names)
        return exc_raise(&exc_TypeError, "Can't instantiate abstract class %s", t->name);
    if (list_extend(names, am) < 0 || list_sort(names, V_NULL, 0) < 0)
        return V_NULL;
    str_builder b;
    sb_str_init(&b);
    for (size_t i = 0; i < list_len(names); i++) {
        if (i)
            sb_str_add(&b, ", ", 2);
        value s = obj_str(list_get(names, i));
        if (!s) {
            sb_str_abandon(&b);
            return V_NULL;
        }
        sb_str_add_value(&b, s);
    }
    value joined = sb_str_finish(&b);
    if (!joined)
        return V_NULL;
    return exc_raise(&exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %S",
                     t->name, list_len(names) == 1 ? "" : "s", joined);
}

static value object_new(type_object *t, int argc, const value *argv, value kwnames)
{
    if (has_args(argc, kwnames)) {
        if (t->new != object_new) {
            return exc_raise(&exc_TypeError,
                             "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (t->init == object_type.init)
            return exc_raise(&exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (t->flags & TYPE_ABSTRACT)
        return abstract_error(t);
    object *o = gc_alloc(t, t->basicsize);
    if (!o)
        return V_NULL;
    value v = v_from_obj(o);
    if (t->attrs_offset)
        inst_attrs_init(v);
    if ((t->flags & TYPE_HEAPTYPE) && type_lookup(t, N(__del__)))
        gc_register_finalizer(o);
    return v;
}

static int object_init(value self, int argc, const value *argv, value kwnames)
{
    if (!has_args(argc, kwnames))
        return 0;
    type_object *t = v_type(self);
    if (t->init != object_init) {
        exc_raise(&exc_TypeError,
                  "object.__init__() takes exactly one argument (the instance to initialize)");
        return -1;
    }
    if (t->new == object_new) {
        exc_raise(&exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                  t->name);
        return -1;
    }
    return 0;
}

static value object_repr(value self)
{
    char mod[256], buf[400];
    type_object *t = v_type(self);
    const char *m = type_module_name(t, mod, sizeof mod);
    const char *q = t->qualname && v_is_str(t->qualname) ? str_data(t->qualname) : t->name;
    if (m && strcmp(m, "builtins") != 0)
        snprintf(buf, sizeof buf, "<%s.%s object at %p>", m, q, (void *)self);
    else
        snprintf(buf, sizeof buf, "<%s object at %p>", q, (void *)self);
    return str_from_cstr(buf);
}

static value object_str(value self)
{
    type_object *t = v_type(self);
    return t->repr ? t->repr(self) : object_repr(self);
}

static int object_hash(value self, int64_t *out)
{
    uint64_t p = (uint64_t)self;
    int64_t h = (int64_t)((p >> 4) | (p << 60));   /* the low bits are alignment zeros */
    *out = h == -1 ? -2 : h;
    return 0;
}

/* == is identity; != inverts __eq__ unless that gives NotImplemented. */
static value object_richcompare(value a, value b, int op)
{
    if (op == CMP_EQ)
        return a == b ? V_TRUE : V_NOTIMPL;
    if (op == CMP_NE) {
        richcmp_fn eq = v_type(a)->richcompare;
        if (!eq)
            return V_NOTIMPL;
        value r = eq(a, b, CMP_EQ);
        if (!r || r == V_NOTIMPL)
            return r;
        int t = obj_truthy(r);
        return t < 0 ? V_NULL : v_bool(!t);
    }
    return V_NOTIMPL;
}

static value object_format(value self, int argc, const value *argv, value kwnames)
{
    if (argc != 1)
        return exc_raise(&exc_TypeError, "object.__format__() takes exactly one argument (%d given)", argc);
    if (!v_isinstance(argv[0], &str_type))
        return exc_raise(&exc_TypeError, "__format__() argument must be str, not %s",
                         argv[0] == V_NONE ? "None" : v_type_name(argv[0]));
    if (str_len(argv[0]) > 0)
        return exc_raise(&exc_TypeError, "unsupported format string passed to %s.__format__",
                         v_type_name(self));
    return obj_str(self);
}

static value object_init_subclass(value cls, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                         v_as_type(cls)->name);
    if (argc > 0)
        return exc_raise(&exc_TypeError, "%s.__init_subclass__() takes no arguments (%d given)",
                         v_as_type(cls)->name, argc);
    return V_NONE;
}

static value object_subclasshook(value cls, int argc, const value *argv, value kwnames)
{
    return V_NOTIMPL;
}

static value object_sizeof(value self, int argc, const value *argv, value kwnames)
{
    return v_small((int64_t)v_type(self)->basicsize);
}

/* object.__dir__: the instance's attributes and those of its class's MRO. */
static value object_dir(value self, int argc, const value *argv, value kwnames)
{
    value d = dict_new();
    if (!d)
        return V_NULL;
    type_object *t = v_type(self);
    if (t->attrs_offset || (t->flags & TYPE_VAR_DICT)) {
        value ad = t->attrs_offset ? inst_get_dict(self) : type_var_dict(self, true);
        if (!ad || dict_update(d, ad) < 0)
            return V_NULL;
    }
    value mro = t->mro;
    for (size_t i = mro ? tuple_len(mro) : 0; i-- > 0;) {
        value cd = v_as_type(tuple_get(mro, i))->dict;
        if (cd && dict_update(d, cd) < 0)
            return V_NULL;
    }
    value l = list_new(0);
    if (!l || list_extend(l, d) < 0)
        return V_NULL;
    return l;
}

static value object_get_class(value self)
{
    return v_from_obj(v_type(self));
}

/* Does class t lay its instances out exactly as its base does? */
static bool same_layout_as_base(type_object *t)
{
    type_object *b = t->base;
    return b && (t->flags & TYPE_HEAPTYPE) && t->basicsize == b->basicsize && t->itemsize == b->itemsize
           && t->attrs_offset == b->attrs_offset && (t->flags & TYPE_VAR_DICT) == (b->flags & TYPE_VAR_DICT);
}

/* The number of __slots__ members t itself defines; -1 when one of them
 * is not in u at the same offset. */
static int64_t slots_matching(type_object *t, type_object *u)
{
    int64_t n = 0;
    size_t pos = 0;
    value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) {
        if (v_type(v) != &member_descr_type || ((member_descr *)v_obj(v))->objtype != t)
            continue;
        value w = dict_get_str(u->dict, k);
        if (!w || v_type(w) != &member_descr_type
            || ((member_descr *)v_obj(w))->offset != ((member_descr *)v_obj(v))->offset)
            return -1;
        n++;
    }
    return n;
}

/* CPython's compatible_for_assignment: below the classes that only add
 * methods, both must be the same class, or siblings adding the same
 * slots and attribute storage. */
static bool compatible_layout(type_object *old, type_object *new)
{
    while (same_layout_as_base(old))
        old = old->base;
    while (same_layout_as_base(new))
        new = new->base;
    if (old == new)
        return true;
    if (old->base != new->base || old->basicsize != new->basicsize || old->itemsize != new->itemsize
        || old->attrs_offset != new->attrs_offset || (old->flags & TYPE_VAR_DICT) != (new->flags & TYPE_VAR_DICT))
        return false;
    int64_t a = slots_matching(old, new), b = slots_matching(new, old);
    return a >= 0 && a == b;
}

static int object_set_class(value self, value v)
{
    if (!v) {
        exc_raise(&exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!v_is_type(v)) {
        exc_raise(&exc_TypeError, "__class__ must be set to a class, not '%s' object", v_type_name(v));
        return -1;
    }
    type_object *old = v_type(self), *new = v_as_type(v);
    if (!(old->flags & TYPE_HEAPTYPE) || !(new->flags & TYPE_HEAPTYPE)) {
        exc_raise(&exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_layout(old, new)) {
        exc_raise(&exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                  new->name, old->name);
        return -1;
    }
    /* shapes belong to a type: move the attributes to dict mode first */
    if (old->attrs_offset && !inst_get_dict(self))
        return -1;
    v_obj(self)->type = new;
    return 0;
}

static const method_def object_methods[] = {
    { "__format__", object_format, METH_FAST, "Default object formatter." },
    { "__init_subclass__", object_init_subclass, METH_KEYWORDS | METH_CLASS,
      "This method is called when a class is subclassed." },
    { "__subclasshook__", object_subclasshook, METH_FAST | METH_CLASS, "Abstract classes can override this to customize issubclass()." },
    { "__sizeof__", object_sizeof, METH_NOARGS, "Size of object in memory, in bytes." },
    { "__dir__", object_dir, METH_NOARGS, "Default dir() implementation." },
    { "__reduce_ex__", reduce_object_reduce_ex, METH_O, "Helper for pickle." },
    { "__reduce__", reduce_object_reduce, METH_NOARGS, "Helper for pickle." },
    { "__getstate__", reduce_object_getstate, METH_NOARGS, "Helper for pickle." },
    { NULL, NULL, 0, NULL },
};

static const getset_def object_getsets[] = {
    { "__class__", object_get_class, object_set_class, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object object_type = {
    .name = "object",
    .basicsize = sizeof(object),
    .flags = TYPE_BASETYPE,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* -- The singletons ---------------------------------------------------------- */

static value singleton_new(type_object *t, int argc, const value *argv, value kwnames, value v)
{
    if (has_args(argc, kwnames))
        return exc_raise(&exc_TypeError, "%s takes no arguments", t->name);
    return v;
}

static value none_repr(value v) { return str_intern_cstr("None"); }
static int none_bool(value v) { return 0; }
static value none_new(type_object *t, int argc, const value *argv, value kwnames)
{
    return singleton_new(t, argc, argv, kwnames, V_NONE);
}
static int none_hash(value v, int64_t *out)
{
    *out = 0xFCA86420;   /* a constant, as CPython 3.12 settled on */
    return 0;
}

type_object none_type = {
    .name = "NoneType",
    .basicsize = sizeof(object),
    .repr = none_repr,
    .hash = none_hash,
    .nb_bool = none_bool,
    .new = none_new,
};

static value notimpl_repr(value v) { return str_intern_cstr("NotImplemented"); }
static value notimpl_new(type_object *t, int argc, const value *argv, value kwnames)
{
    return singleton_new(t, argc, argv, kwnames, V_NOTIMPL);
}
static value notimpl_reduce(value self, int argc, const value *argv, value kwnames)
{
    return str_intern_cstr("NotImplemented");
}
static const method_def notimpl_methods[] = {
    { "__reduce__", notimpl_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object notimplemented_type = {
    .name = "NotImplementedType",
    .basicsize = sizeof(object),
    .repr = notimpl_repr,
    .new = notimpl_new,
    .methods = notimpl_methods,
};

static value ellipsis_repr(value v) { return str_intern_cstr("Ellipsis"); }
static value ellipsis_new(type_object *t, int argc, const value *argv, value kwnames)
{
    return singleton_new(t, argc, argv, kwnames, V_ELLIPSIS);
}
static value ellipsis_reduce(value self, int argc, const value *argv, value kwnames)
{
    return str_intern_cstr("Ellipsis");
}
static const method_def ellipsis_methods[] = {
    { "__reduce__", ellipsis_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object ellipsis_type = {
    .name = "ellipsis",
    .basicsize = sizeof(object),
    .repr = ellipsis_repr,
    .new = ellipsis_new,
    .methods = ellipsis_methods,
};

object none_obj = { .type = &none_type };
object notimplemented_obj = { .type = &notimplemented_type };
object ellipsis_obj = { .type = &ellipsis_type };
