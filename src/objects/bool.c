/* bool: the int subclass with exactly two instances, True and False.
 * They are static objects of bool_type (not small ints); every int slot
 * reads them as 1 and 0 (int_internal.h), so bool inherits int's
 * arithmetic through type_ready. bool only overrides what differs: the
 * reprs, & | ^ between two bools (which stay bools), and bool(). */
#include "int_internal.h"
#include "str.h"
#include "tuple.h"
#include "../vm/exc.h"

static value bool_repr(value v)
{
    return str_intern_cstr(v == V_TRUE ? "True" : "False");
}

static bool is_bool(value v) { return v == V_TRUE || v == V_FALSE; }

static value bool_and(value a, value b)
{
    if (is_bool(a) && is_bool(b))
        return v_bool(a == V_TRUE && b == V_TRUE);
    return int_type.nb[NB_AND](a, b);
}

static value bool_or(value a, value b)
{
    if (is_bool(a) && is_bool(b))
        return v_bool(a == V_TRUE || b == V_TRUE);
    return int_type.nb[NB_OR](a, b);
}

static value bool_xor(value a, value b)
{
    if (is_bool(a) && is_bool(b))
        return v_bool(a != b);
    return int_type.nb[NB_XOR](a, b);
}

static int bool_bool(value a) { return a == V_TRUE; }

static value bool_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "bool() takes no keyword arguments");
    if (argc > 1)
        return exc_raise(&exc_TypeError, "bool expected at most 1 argument, got %d", argc);
    if (argc == 0)
        return V_FALSE;
    int t = obj_truthy(argv[0]);
    if (t < 0)
        return V_NULL;
    return v_bool(t);
}

type_object bool_type = {
    .hdr = {.type = &type_type},
    .name = "bool",
    .basicsize = sizeof(object),
    .flags = TYPE_INT_SUBCLASS,
    .base = &int_type,
    .repr = bool_repr,
    .nb = {[NB_AND] = bool_and, [NB_OR] = bool_or, [NB_XOR] = bool_xor},
    .nb_bool = bool_bool,
    .new = bool_new,
};

object true_obj = {.type = &bool_type}, false_obj = {.type = &bool_type};
