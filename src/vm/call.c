/* Binding a call's arguments to a new frame's parameter slots, with
 * CPython 3.11's checks and messages, in its order: positional arguments
 * and *args, then keywords (unexpected / duplicate / positional-only),
 * then too many positional arguments, then missing ones filled from the
 * defaults. The function's qualified name starts every message. */
#include <string.h>
#include "call.h"
#include "code.h"
#include "exc.h"
#include "../objects/dict.h"
#include "../objects/function.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

/* The slot of keyword `name` among the parameters that accept keywords
 * ([posonly, total)), or -1; *posonly_hit set when it names a
 * positional-only parameter. */
static int find_keyword(code_object *co, value name, int total, bool *posonly_hit)
{
    value *names = tuple_items(co->localsplusnames);
    for (int i = co->posonlyargcount; i < total; i++)
        if (names[i] == name)
            return i;
    for (int i = co->posonlyargcount; i < total; i++)
        if (str_eq(names[i], name))
            return i;
    *posonly_hit = false;
    for (int i = 0; i < co->posonlyargcount; i++)
        if (str_eq(names[i], name))
            *posonly_hit = true;
    return -1;
}

/* "'a', 'b' and 'c'" for missing-argument messages. */
static value name_list(value *names, int n)
{
    str_builder b;
    sb_str_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_str_add(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "),
                       n == 2 ? 5 : (i == n - 1 ? 6 : 2));
        sb_str_add(&b, "'", 1);
        sb_str_add_value(&b, names[i]);
        sb_str_add(&b, "'", 1);
    }
    return sb_str_finish(&b);
}

static int missing(function_object *fn, value *slots, int from, int to, const char *kind)
{
    code_object *co = v_code(fn->code);
    value names[to - from + 1];
    int n = 0;
    for (int i = from; i < to; i++)
        if (!slots[i])
            names[n++] = tuple_get(co->localsplusnames, i);
    value list = name_list(names, n);
    if (!list)
        return -1;
    exc_raise(&exc_TypeError, "%S() missing %d required %s argument%s: %S", fn->qualname, n, kind,
              n == 1 ? "" : "s", list);
    return -1;
}

static int too_many_positional(function_object *fn, value *slots, int given)
{
    code_object *co = v_code(fn->code);
    int ndef = fn->defaults ? (int)tuple_len(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        kwonly_given += slots[i] != V_NULL;
    char takes[64];
    int max = co->argcount, min = co->argcount - ndef;
    if (ndef && min != max)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", min, max);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", max, max == 1 ? "" : "s");
    if (kwonly_given)
        exc_raise(&exc_TypeError,
                  "%S() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
                  fn->qualname, takes, given, given == 1 ? "" : "s", kwonly_given,
                  kwonly_given == 1 ? "" : "s");
    else
        exc_raise(&exc_TypeError, "%S() takes %s but %d %s given", fn->qualname, takes, given,
                  given == 1 ? "was" : "were");
    return -1;
}

static int posonly_as_keyword(function_object *fn, value kwnames)
{
    code_object *co = v_code(fn->code);
    str_builder b;
    sb_str_init(&b);
    int n = 0;
    for (size_t k = 0; k < tuple_len(kwnames); k++)
        for (int i = 0; i < co->posonlyargcount; i++)
            if (str_eq(tuple_get(co->localsplusnames, i), tuple_get(kwnames, k))) {
                if (n++)
                    sb_str_add(&b, ", ", 2);
                sb_str_add_value(&b, tuple_get(kwnames, k));
            }
    value list = sb_str_finish(&b);
    if (!list)
        return -1;
    exc_raise(&exc_TypeError,
              "%S() got some positional-only arguments passed as keyword arguments: '%S'",
              fn->qualname, list);
    return -1;
}

int call_bind_args(value func, value *slots, int argc, const value *argv, value kwnames)
{
    function_object *fn = v_function(func);
    code_object *co = v_code(fn->code);
    int n = co->argcount, total = co->argcount + co->kwonlyargcount;
    bool varargs = co->flags & CO_VARARGS, varkw = co->flags & CO_VARKEYWORDS;
    value kwdict = V_NULL;
    if (varkw) {
        kwdict = dict_new();
        if (!kwdict)
            return -1;
        slots[total + varargs] = kwdict;
    }
    int npos = argc < n ? argc : n;
    if (npos > 0)   /* argv may be NULL when there are no arguments */
        memcpy(slots, argv, (size_t)npos * sizeof(value));
    if (varargs) {
        value t = argc > n ? tuple_from_array(argv + n, (size_t)(argc - n)) : tuple_empty();
        if (!t)
            return -1;
        slots[total] = t;
    }
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    bool posonly_error = false;
    for (size_t k = 0; k < nkw; k++) {
        value name = tuple_get(kwnames, k), v = argv[argc + (int)k];
        bool posonly_hit = false;
        int i = find_keyword(co, name, total, &posonly_hit);
        if (i < 0) {
            if (kwdict) {
                if (dict_set(kwdict, name, v) < 0)
                    return -1;
                continue;
            }
            if (posonly_hit) {
                posonly_error = true;
                continue;
            }
            exc_raise(&exc_TypeError, "%S() got an unexpected keyword argument '%S'", fn->qualname,
                      name);
            return -1;
        }
        if (slots[i]) {
            exc_raise(&exc_TypeError, "%S() got multiple values for argument '%S'", fn->qualname,
                      name);
            return -1;
        }
        slots[i] = v;
    }
    if (posonly_error)
        return posonly_as_keyword(fn, kwnames);
    if (argc > n && !varargs)
        return too_many_positional(fn, slots, argc);
    if (argc < n) {
        int ndef = fn->defaults ? (int)tuple_len(fn->defaults) : 0;
        int first_def = n - ndef;
        for (int i = argc; i < first_def; i++)
            if (!slots[i])
                return missing(fn, slots, argc, first_def, "positional");
        for (int i = first_def > argc ? first_def : argc; i < n; i++)
            if (!slots[i])
                slots[i] = tuple_get(fn->defaults, (size_t)(i - first_def));
    }
    /* defaults first, so the error names only what has none */
    bool lacking = false;
    for (int i = n; i < total; i++) {
        if (slots[i])
            continue;
        value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, tuple_get(co->localsplusnames, i)) : V_NULL;
        if (d)
            slots[i] = d;
        else
            lacking = true;
    }
    if (lacking)
        return missing(fn, slots, n, total, "keyword-only");
    return 0;
}
