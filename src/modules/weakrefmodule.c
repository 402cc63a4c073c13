/* The `_weakref` module, what CPython's Lib/weakref.py is built on: ref
 * (the type itself, subclassable), proxy, the reference and proxy types,
 * getweakrefcount, getweakrefs and _remove_dead_weakref. The references
 * themselves are src/objects/weakref.c. */
#include <stdio.h>
#include <stdlib.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/weakref.h"
#include "../vm/exc.h"
#include "../vm/traceback.h"

/* -- Module functions ------------------------------------------------------------ */

static value wr_proxy(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "proxy expected at least 1 argument, got %d", argc);
    if (argc > 2)
        return exc_raise(&exc_TypeError, "proxy expected at most 2 arguments, got %d", argc);
    return weakref_proxy(argv[0], argc > 1 ? argv[1] : V_NULL);
}

static value wr_getweakrefcount(value self, int argc, const value *argv, value kwnames)
{
    return v_small(weakref_count(argv[0]));
}

static value wr_getweakrefs(value self, int argc, const value *argv, value kwnames)
{
    return weakref_list(argv[0]);
}

/* Deletes d[key] when it is a dead weakref (weakref.py's dictionaries). */
static value wr_remove_dead_weakref(value self, int argc, const value *argv, value kwnames)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "_remove_dead_weakref expected 2 arguments, got %d", argc);
    value d = argv[0], key = argv[1];
    if (!v_isinstance(d, &dict_type))
        return exc_raise(&exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                         v_type_name(d));
    value v = dict_get(d, key);
    if (!v)
        return exc_occurred() ? V_NULL : V_NONE;
    if ((v_is_weakref(v) || v_is_weakproxy(v)) && !weakref_referent(v) && dict_del(d, key) < 0)
        return V_NULL;
    return V_NONE;
}

/* ref is the type itself (so that it can be subclassed), as in CPython. */
static const method_def private_functions[] = {
    { "getweakrefcount", wr_getweakrefcount, METH_O, NULL },
    { "getweakrefs", wr_getweakrefs, METH_O, NULL },
    { "proxy", wr_proxy, METH_FAST, NULL },
    { "_remove_dead_weakref", wr_remove_dead_weakref, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

static int add_names(value m)
{
    value d = module_dict(m);
    if (modules_add_functions(m, private_functions) < 0 ||
        dict_set_cstr(d, "ref", v_from_obj(&weakref_type)) < 0 ||
        dict_set_cstr(d, "ReferenceType", v_from_obj(&weakref_type)) < 0 ||
        dict_set_cstr(d, "ProxyType", v_from_obj(&weakproxy_type)) < 0 ||
        dict_set_cstr(d, "CallableProxyType", v_from_obj(&weakcallableproxy_type)) < 0)
        return -1;
    return 0;
}

value weakrefmodule_init_private(void)
{
    value m = module_new("_weakref");
    if (!m || add_names(m) < 0)
        return V_NULL;
    return m;
}
