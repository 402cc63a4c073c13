/* The two objects behind 3.9+/3.10+ annotations:
 *   types.GenericAlias  list[int], dict[str, int], type[C], MyGeneric[...]
 *                       (PEP 585): remembers its origin and arguments,
 *                       forwards other attributes and calls to the origin,
 *                       and as a base class stands for its origin
 *                       (__mro_entries__).
 *   types.UnionType     int | None (PEP 604): made by `|` on types, aliases
 *                       and unions; flattened and without duplicates;
 *                       isinstance() and issubclass() accept it.
 * Builtin generic classes (list, dict, ...) get __class_getitem__ here
 * (genericalias_class_getitem_def), added by type_ready. */
#include <string.h>
#include "genericalias.h"
#include "type.h"
#include "names.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

typedef struct alias_object {
    object hdr;
    value origin;     /* GenericAlias only */
    value args;       /* tuple */
    value params;     /* tuple of type variables, V_NULL until asked for */
} alias_object;

static alias_object *ga(value v) { return (alias_object *)v_obj(v); }

static void alias_trace(object *o, gc_tracer *tr)
{
    alias_object *a = (alias_object *)o;
    gc_mark_value(tr, a->origin);
    gc_mark_value(tr, a->args);
    gc_mark_value(tr, a->params);
}

static bool is_alias(value v) { return v_is_ptr(v) && v_obj(v)->type == &genericalias_type; }
static bool is_union(value v) { return v_is_ptr(v) && v_obj(v)->type == &uniontype_type; }

value genericalias_new(value origin, value args)
{
    if (!v_is_tuple(args)) {
        args = tuple_pack(1, args);
        if (!args)
            return V_NULL;
    }
    alias_object *a = (alias_object *)gc_alloc(&genericalias_type, sizeof *a);
    if (!a)
        return V_NULL;
    a->origin = origin;
    a->args = args;
    return v_from_obj(a);
}

/* -- repr --------------------------------------------------------------------- */

/* One argument as CPython writes it: `...`, an alias as its repr, a class
 * or function by its (module-qualified) qualname, anything else by repr. */
static int repr_item(str_builder *b, value p)
{
    if (p == V_ELLIPSIS) {
        sb_str_add(b, "...", 3);
        return 0;
    }
    value s = V_NULL;
    if (!is_alias(p) && !is_union(p)) {
        value q = obj_getattr(p, N(__qualname__));
        value m = q ? obj_getattr(p, N(__module__)) : V_NULL;
        if (!m) {
            if (!exc_matches(&exc_AttributeError))
                return -1;
            exc_clear();
        } else if (v_is_str(q) && v_is_str(m) && str_eq_cstr(m, "builtins")) {
            s = q;
        } else if (v_is_str(q) && v_is_str(m)) {
            s = str_format("%S.%S", m, q);
        }
    }
    if (!s)
        s = obj_repr(p);
    if (!s)
        return -1;
    sb_str_add(b, str_data(s), str_size(s));
    return 0;
}

static value ga_repr(value self)
{
    str_builder b;
    sb_str_init(&b);
    if (repr_item(&b, ga(self)->origin) < 0)
        return V_NULL;
    sb_str_add(&b, "[", 1);
    value args = ga(self)->args;
    size_t n = tuple_len(args);
    if (n == 0)
        sb_str_add(&b, "()", 2);
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_str_add(&b, ", ", 2);
        value a = tuple_get(args, i);
        if (v_is_list(a)) {   /* Callable[[int, str], T] */
            sb_str_add(&b, "[", 1);
            for (size_t j = 0; j < list_len(a); j++) {
                if (j)
                    sb_str_add(&b, ", ", 2);
                if (repr_item(&b, list_get(a, j)) < 0)
                    return V_NULL;
            }
            sb_str_add(&b, "]", 1);
        } else if (repr_item(&b, a) < 0) {
            return V_NULL;
        }
    }
    sb_str_add(&b, "]", 1);
    return sb_str_finish(&b);
}

/* -- Parameters (type variables) ------------------------------------------------- */

static int add_param(value l, value p)
{
    for (size_t i = 0; i < list_len(l); i++)
        if (list_get(l, i) == p)
            return 0;
    return list_append(l, p);
}

/* The type variables among args, in order, without repeats: objects with
 * __typing_subst__ (typing.TypeVar) and the parameters of nested aliases. */
static value collect_params(value args)
{
    value l = list_new(0);
    if (!l)
        return V_NULL;
    value subst = str_intern_cstr("__typing_subst__");
    for (size_t i = 0; i < tuple_len(args); i++) {
        value a = tuple_get(args, i);
        if (v_is_type(a))
            continue;
        if (type_lookup(v_type(a), subst)) {
            if (add_param(l, a) < 0)
                return V_NULL;
            continue;
        }
        value ps = obj_getattr_cstr(a, "__parameters__");
        if (!ps) {
            if (!exc_matches(&exc_AttributeError))
                return V_NULL;
            exc_clear();
            continue;
        }
        if (v_is_tuple(ps))
            for (size_t j = 0; j < tuple_len(ps); j++)
                if (add_param(l, tuple_get(ps, j)) < 0)
                    return V_NULL;
    }
    return list_as_tuple(l);
}

static value alias_get_params(value self)
{
    if (!ga(self)->params)
        ga(self)->params = collect_params(ga(self)->args);
    return ga(self)->params;
}

static value alias_get_args(value self) { return ga(self)->args; }
static value ga_get_origin(value self) { return ga(self)->origin; }
static value ga_get_unpacked(value self) { return V_FALSE; }

/* -- GenericAlias behaviour --------------------------------------------------------- */

static value ga_getitem(value self, value key)
{
    value params = alias_get_params(self);
    if (!params)
        return V_NULL;
    if (tuple_len(params) == 0)
        return exc_raise(&exc_TypeError, "%R is not a generic class", self);
    /* substitution needs typing's machinery: done by typing itself */
    return exc_raise(&exc_TypeError, "substituting type variables of %R is not supported", self);
}

/* Attributes not forwarded to the origin. */
static bool own_attribute(value name)
{
    static const char *const own[] = {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__", "__instancecheck__", "__subclasscheck__", NULL,
    };
    for (const char *const *p = own; *p; p++)
        if (str_eq_cstr(name, *p))
            return true;
    return false;
}

static value ga_getattro(value self, value name)
{
    if (own_attribute(name))
        return obj_generic_getattr(self, name);
    return obj_getattr(ga(self)->origin, name);
}

static value alias_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || v_type(a) != v_type(b))
        return V_NOTIMPL;
    int eq = 1;
    if (is_alias(a))
        eq = obj_richcompare_bool(ga(a)->origin, ga(b)->origin, CMP_EQ);
    if (eq > 0)
        eq = obj_richcompare_bool(ga(a)->args, ga(b)->args, CMP_EQ);
    if (eq < 0)
        return V_NULL;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int ga_hash(value self, int64_t *out)
{
    int64_t h1, h2;
    if (obj_hash(ga(self)->origin, &h1) < 0 || obj_hash(ga(self)->args, &h2) < 0)
        return -1;
    *out = h1 ^ h2;
    if (*out == -1)
        *out = -2;
    return 0;
}

/* list[int](...) makes a list, and tells it which alias made it when it can. */
static value ga_call(value self, int argc, const value *argv, value kwnames)
{
    value r = obj_call(ga(self)->origin, argc, argv, kwnames);
    if (!r)
        return V_NULL;
    if (obj_setattr(r, str_intern_cstr("__orig_class__"), self) < 0) {
        if (!exc_matches(&exc_AttributeError) && !exc_matches(&exc_TypeError))
            return V_NULL;
        exc_clear();
    }
    return r;
}

static value ga_mro_entries(value self, int argc, const value *argv, value kwnames)
{
    return tuple_pack(1, ga(self)->origin);
}

static value no_isinstance(value self, int argc, const value *argv, value kwnames)
{
    return exc_raise(&exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static value no_issubclass(value self, int argc, const value *argv, value kwnames)
{
    return exc_raise(&exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static value ga_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames))
        return exc_raise(&exc_TypeError, "GenericAlias() takes no keyword arguments");
    if (argc != 2)
        return exc_raise(&exc_TypeError, "GenericAlias expected 2 arguments, got %d", argc);
    return genericalias_new(argv[0], argv[1]);
}

/* -- Unions --------------------------------------------------------------------------- */

/* What may stand in a union: None, classes, aliases and unions. */
static bool unionable(value v)
{
    return v == V_NONE || v_is_type(v) || is_alias(v) || is_union(v);
}

static int add_union_arg(value l, value a)
{
    if (a == V_NONE)
        a = v_from_obj(&none_type);
    if (is_union(a)) {
        value args = ga(a)->args;
        for (size_t i = 0; i < tuple_len(args); i++)
            if (add_union_arg(l, tuple_get(args, i)) < 0)
                return -1;
        return 0;
    }
    for (size_t i = 0; i < list_len(l); i++) {
        value x = list_get(l, i);
        int eq = x == a ? 1 : is_alias(x) && is_alias(a) ? obj_richcompare_bool(x, a, CMP_EQ) : 0;
        if (eq < 0)
            return -1;
        if (eq)
            return 0;
    }
    return list_append(l, a);
}

/* a | b for unionable operands: a flattened union, or the single member
 * when they are all the same. */
static value make_union(value a, value b)
{
    if (!unionable(a) || !unionable(b))
        return V_NOTIMPL;
    value l = list_new(0);
    if (!l || add_union_arg(l, a) < 0 || add_union_arg(l, b) < 0)
        return V_NULL;
    if (list_len(l) == 1)
        return list_get(l, 0);
    value args = list_as_tuple(l);
    if (!args)
        return V_NULL;
    alias_object *u = (alias_object *)gc_alloc(&uniontype_type, sizeof *u);
    if (!u)
        return V_NULL;
    u->args = args;
    return v_from_obj(u);
}

value genericalias_or(value a, value b) { return make_union(a, b); }

static value union_repr(value self)
{
    str_builder b;
    sb_str_init(&b);
    value args = ga(self)->args;
    for (size_t i = 0; i < tuple_len(args); i++) {
        if (i)
            sb_str_add(&b, " | ", 3);
        value a = tuple_get(args, i);
        if (a == v_from_obj(&none_type))
            sb_str_add(&b, "None", 4);
        else if (repr_item(&b, a) < 0)
            return V_NULL;
    }
    return sb_str_finish(&b);
}

/* Unions compare and hash as the sets of their members. */
static value union_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !is_union(b))
        return V_NOTIMPL;
    value sa = frozenset_new(ga(a)->args), sb = sa ? frozenset_new(ga(b)->args) : V_NULL;
    if (!sb)
        return V_NULL;
    return obj_richcompare(sa, sb, op);
}

static int union_hash(value self, int64_t *out)
{
    value s = frozenset_new(ga(self)->args);
    return s ? obj_hash(s, out) : -1;
}

/* isinstance(x, int | str): any member, but no parameterized generics. */
static value union_check(value self, value arg, bool subclass)
{
    value args = ga(self)->args;
    for (size_t i = 0; i < tuple_len(args); i++)
        if (is_alias(tuple_get(args, i)))
            return subclass ? no_issubclass(self, 0, NULL, V_NULL) : no_isinstance(self, 0, NULL, V_NULL);
    int r = subclass ? obj_issubclass(arg, args) : obj_isinstance(arg, args);
    return r < 0 ? V_NULL : v_bool(r);
}

static value union_instancecheck(value self, int argc, const value *argv, value kwnames)
{
    return union_check(self, argv[0], false);
}

static value union_subclasscheck(value self, int argc, const value *argv, value kwnames)
{
    return union_check(self, argv[0], true);
}

static value union_getitem(value self, value key)
{
    value params = alias_get_params(self);
    if (!params)
        return V_NULL;
    if (tuple_len(params) == 0)
        return exc_raise(&exc_TypeError, "%R is not a generic class", self);
    return exc_raise(&exc_TypeError, "substituting type variables of %R is not supported", self);
}

/* -- __class_getitem__ of the builtin generic classes ---------------------------------- */

static value class_getitem(value cls, int argc, const value *argv, value kwnames)
{
    return genericalias_new(cls, argv[0]);
}

const method_def genericalias_class_getitem_def = {
    "__class_getitem__", class_getitem, METH_O | METH_CLASS, "See PEP 585",
};

bool genericalias_builtin_generic(const char *type_name)
{
    static const char *const names[] = {
        "list", "dict", "tuple", "set", "frozenset", "enumerate", "BaseExceptionGroup", NULL,
    };
    for (const char *const *p = names; *p; p++)
        if (strcmp(*p, type_name) == 0)
            return true;
    return false;
}

/* -- The types ---------------------------------------------------------------------------- */

static const getset_def ga_getsets[] = {
    { "__origin__", ga_get_origin, NULL, NULL },
    { "__args__", alias_get_args, NULL, NULL },
    { "__parameters__", alias_get_params, NULL, "Type variables in the GenericAlias." },
    { "__unpacked__", ga_get_unpacked, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def ga_methods[] = {
    { "__mro_entries__", ga_mro_entries, METH_O, NULL },
    { "__instancecheck__", no_isinstance, METH_O, NULL },
    { "__subclasscheck__", no_issubclass, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object genericalias_type = {
    .name = "types.GenericAlias",
    .basicsize = sizeof(alias_object),
    .flags = TYPE_BASETYPE,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
    .trace = alias_trace,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = alias_richcompare,
    .getattr = ga_getattro,
    .call = ga_call,
    .getitem = ga_getitem,
    .nb = { [NB_OR] = make_union },
    .new = ga_tp_new,
    .methods = ga_methods,
    .getsets = ga_getsets,
};

static const getset_def union_getsets[] = {
    { "__args__", alias_get_args, NULL, NULL },
    { "__parameters__", alias_get_params, NULL, "Type variables in the types.UnionType." },
    { NULL, NULL, NULL, NULL },
};

static const method_def union_methods[] = {
    { "__instancecheck__", union_instancecheck, METH_O, NULL },
    { "__subclasscheck__", union_subclasscheck, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object uniontype_type = {
    .name = "types.UnionType",
    .basicsize = sizeof(alias_object),
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .trace = alias_trace,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getitem = union_getitem,
    .nb = { [NB_OR] = make_union },
    .methods = union_methods,
    .getsets = union_getsets,
};
