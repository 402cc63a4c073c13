/* The run-time half of the match statement (eval_internal.h): what
 * MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS do. The
 * compiler (compile_pattern.c) lowers every pattern to plain jumps and
 * these four tests; the semantics and the error messages are CPython
 * 3.11's (PEP 634).
 *
 * Which types are "sequences" and "mappings" for patterns, and which
 * builtin types match themselves with one positional sub-pattern
 * (`case int(x)`), CPython records as type flags. Taipan decides here
 * from the type's MRO instead: builtin types are known by address, and
 * types that live in other subsystems (bytearray, memoryview, deque, ...)
 * by their name on a builtin (non-heap) type, so a user class that only
 * shares the name does not count. */
#include <string.h>
#include "eval_internal.h"
#include "exc.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/range.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

/* -- Classifying types ------------------------------------------------------ */

static bool builtin_named(type_object *t, const char *const *names)
{
    if (t->flags & TYPE_HEAPTYPE)
        return false;
    for (; *names; names++)
        if (!strcmp(t->name, *names))
            return true;
    return false;
}

/* Does t or one of its bases satisfy test? */
static bool mro_any(type_object *t, bool (*test)(type_object *))
{
    if (test(t))
        return true;
    if (!t->mro || !v_is_tuple(t->mro))
        return false;
    for (size_t i = 0; i < tuple_len(t->mro); i++) {
        value b = tuple_items(t->mro)[i];
        if (v_is_type(b) && test((type_object *)v_obj(b)))
            return true;
    }
    return false;
}

static bool is_sequence_type(type_object *t)
{
    static const char *const names[] = { "memoryview", "collections.deque", "deque", "array.array", NULL };
    return t == &list_type || t == &tuple_type || t == &range_type || builtin_named(t, names);
}

static bool is_mapping_type(type_object *t)
{
    static const char *const names[] = { "mappingproxy", NULL };
    return t == &dict_type || builtin_named(t, names);
}

/* The builtin types a class pattern matches against the subject itself:
 * `case int(x)` binds x to the subject. */
static bool is_match_self_type(type_object *t)
{
    static const char *const names[] = { "bytearray", NULL };
    return t == &bool_type || t == &bytes_type || t == &dict_type || t == &float_type ||
           t == &frozenset_type || t == &int_type || t == &list_type || t == &set_type ||
           t == &str_type || t == &tuple_type || builtin_named(t, names);
}

bool eval_match_sequence(value subject)
{
    type_object *t = v_type(subject);
    if (t->flags & (TYPE_SEQUENCE | TYPE_MAPPING))   /* marked by _abc */
        return (t->flags & TYPE_SEQUENCE) != 0;
    return mro_any(t, is_sequence_type);
}

bool eval_match_mapping(value subject)
{
    type_object *t = v_type(subject);
    if (t->flags & (TYPE_SEQUENCE | TYPE_MAPPING))
        return (t->flags & TYPE_MAPPING) != 0;
    return mro_any(t, is_mapping_type);
}

/* -- MATCH_KEYS ------------------------------------------------------------ */

/* Adds key to the set `seen`; a key already there is CPython's ValueError
 * (two dotted-name keys with equal values). Returns -1 on error. */
static int note_key(value seen, value key)
{
    int r = set_contains(seen, key);
    if (r < 0)
        return -1;
    if (r) {
        exc_raise(&exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
        return -1;
    }
    return set_add(seen, key);
}

value eval_match_keys(value subject, value keys)
{
    size_t n = tuple_len(keys);
    if (n == 0)
        return tuple_new(0);
    /* map.get(key, dummy): atomic, and no __missing__ key creation */
    value get = obj_getattr_cstr(subject, "get");
    if (!get)
        return V_NULL;
    value seen = set_new(V_NULL);
    value dummy = obj_call0(v_from_obj(&object_type));
    value values = tuple_new(n);
    if (!seen || !dummy || !values)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value key = tuple_items(keys)[i];
        if (note_key(seen, key) < 0)
            return V_NULL;
        value args[2] = { key, dummy };
        value v = obj_call(get, 2, args, V_NULL);
        if (!v)
            return V_NULL;
        if (v == dummy)
            return V_NONE;
        tuple_items(values)[i] = v;
    }
    return values;
}

/* -- MATCH_CLASS --------------------------------------------------------- */

/* subject.name for a sub-pattern: V_NULL without an exception when the
 * attribute is missing (no match), with one on error. */
static value class_attr(value subject, type_object *cls, value name, value seen)
{
    int r = set_contains(seen, name);
    if (r < 0)
        return V_NULL;
    if (r)
        return exc_raise(&exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                         cls->name, name);
    if (set_add(seen, name) < 0)
        return V_NULL;
    value v = obj_getattr(subject, name);
    if (!v && exc_matches(&exc_AttributeError))
        exc_clear();
    return v;
}

/* Appends the positional sub-patterns' values to attrs (from index 0);
 * returns the count, 0 .. nargs, or -1 on error, or -2 for no match. */
static int positional_attrs(value subject, type_object *cls, int nargs, value seen, value *attrs)
{
    value match_args = obj_getattr_cstr(v_from_obj(cls), "__match_args__");
    if (!match_args) {
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
    }
    if (match_args && !v_is_tuple(match_args)) {
        exc_raise(&exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name,
                  v_type_name(match_args));
        return -1;
    }
    bool match_self = !match_args && mro_any(cls, is_match_self_type);
    int allowed = match_args ? (int)tuple_len(match_args) : match_self ? 1 : 0;
    if (allowed < nargs) {
        exc_raise(&exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls->name,
                  allowed, allowed == 1 ? "" : "s", nargs);
        return -1;
    }
    if (match_self) {
        attrs[0] = subject;
        return 1;
    }
    for (int i = 0; i < nargs; i++) {
        value name = tuple_items(match_args)[i];
        if (!v_is_str(name)) {
            exc_raise(&exc_TypeError, "__match_args__ elements must be strings (got %s)",
                      v_type_name(name));
            return -1;
        }
        value v = class_attr(subject, cls, name, seen);
        if (!v)
            return exc_occurred() ? -1 : -2;
        attrs[i] = v;
    }
    return nargs;
}

value eval_match_class(value subject, value cls, int nargs, value kwnames)
{
    if (!v_is_type(cls))
        return exc_raise(&exc_TypeError, "called match pattern must be a type");
    int r = obj_isinstance(subject, cls);
    if (r <= 0)
        return r < 0 ? V_NULL : V_NONE;
    type_object *t = (type_object *)v_obj(cls);
    size_t nkw = tuple_len(kwnames);
    value attrs = tuple_new((size_t)nargs + nkw);
    value seen = set_new(V_NULL);
    if (!attrs || !seen)
        return V_NULL;
    value *items = tuple_items(attrs);
    if (nargs) {
        int got = positional_attrs(subject, t, nargs, seen, items);
        if (got == -2)
            return V_NONE;
        if (got < 0)
            return V_NULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        value v = class_attr(subject, t, tuple_items(kwnames)[i], seen);
        if (!v)
            return exc_occurred() ? V_NULL : V_NONE;
        items[nargs + i] = v;
    }
    return attrs;
}
