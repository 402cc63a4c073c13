/* The `atexit` module: functions registered with their arguments run
 * when the program ends, newest first. Each registration is kept as a
 * tuple (func, argument values, kwnames or None, positional count) in a
 * list that is a GC root (None where one was unregistered), so a call passes the arguments as they were
 * given. The exit path (cli_finish -> modules_at_exit) runs them through
 * the hook this module registers; an exception a callback raises is
 * reported as CPython's "Exception ignored in atexit callback" and the
 * rest still run. */
#include <stdio.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/traceback.h"

static value callbacks;   /* list of (func, args, kwnames, argc) tuples */

static int need_list(void)
{
    if (callbacks)
        return 0;
    gc_root(&callbacks);
    callbacks = list_new(0);
    return callbacks ? 0 : -1;
}

static value ae_register(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "register() takes at least 1 argument (0 given)");
    value func = argv[0];
    if (!v_type(func)->call)
        return exc_raise(&exc_TypeError, "the first argument must be callable");
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    value args = tuple_from_array(argv + 1, (size_t)argc - 1 + nkw);
    value entry = args ? tuple_pack(4, func, args, nkw ? kwnames : V_NONE, v_small(argc - 1)) : V_NULL;
    if (!entry || need_list() < 0 || list_append(callbacks, entry) < 0)
        return V_NULL;
    return func;
}

/* As CPython's, unregistering empties the slots (None) without
 * shrinking the list: _ncallbacks counts slots. */
static value ae_unregister(value self, int argc, const value *argv, value kwnames)
{
    for (size_t i = 0; callbacks && i < list_len(callbacks); i++) {
        value entry = list_get(callbacks, i);
        if (entry == V_NONE)
            continue;
        int eq = obj_richcompare_bool(tuple_get(entry, 0), argv[0], CMP_EQ);
        if (eq < 0)
            return V_NULL;
        if (eq && i < list_len(callbacks))   /* __eq__ may have run _clear */
            v_list(callbacks)->items[i] = V_NONE;
    }
    return V_NONE;
}

/* Runs every callback, newest first, then forgets them all. Those
 * registered while this runs are dropped, as CPython drops them. */
static void run_callbacks(void)
{
    if (!callbacks)
        return;
    value list = callbacks;
    callbacks = V_NULL;
    if (!(callbacks = list_new(0))) {
        exc_clear();
        return;
    }
    for (size_t i = list_len(list); i-- > 0;) {
        value entry = list_get(list, i);
        if (entry == V_NONE)
            continue;
        value func = tuple_get(entry, 0), args = tuple_get(entry, 1), kw = tuple_get(entry, 2);
        int argc = (int)v_int(tuple_get(entry, 3));
        if (obj_call(func, argc, tuple_items(args), kw == V_NONE ? V_NULL : kw))
            continue;
        value exc = exc_fetch();
        fflush(stdout);
        value r = obj_repr(func);
        if (r) {
            fprintf(stderr, "Exception ignored in atexit callback: %s\n", str_data(r));
        } else {
            exc_clear();
            fprintf(stderr, "Exception ignored in atexit callback: <object repr() failed>\n");
        }
        exc_print(exc, stderr);
        fflush(stderr);
    }
    callbacks = list_new(0);
    if (!callbacks)
        exc_clear();
}

static value ae_run_exitfuncs(value self, int argc, const value *argv, value kwnames)
{
    run_callbacks();
    return V_NONE;
}

static value ae_clear(value self, int argc, const value *argv, value kwnames)
{
    if (callbacks && !(callbacks = list_new(0)))
        return V_NULL;
    return V_NONE;
}

static value ae_ncallbacks(value self, int argc, const value *argv, value kwnames)
{
    return v_small(callbacks ? (int64_t)list_len(callbacks) : 0);
}

static void at_exit(void)
{
    value saved = exc_fetch();
    run_callbacks();
    exc_restore(saved);
}

static const method_def atexit_functions[] = {
    { "register", ae_register, METH_KEYWORDS,
      "register(func, *args, **kwargs) -> func\n\nfunc(*args, **kwargs) will run when the program ends." },
    { "unregister", ae_unregister, METH_O, "unregister(func)\n\nForgets every registration of func (compared with ==)." },
    { "_run_exitfuncs", ae_run_exitfuncs, METH_NOARGS, "Runs the registered functions now, newest first, and forgets them." },
    { "_clear", ae_clear, METH_NOARGS, "Forgets every registered function." },
    { "_ncallbacks", ae_ncallbacks, METH_NOARGS, "How many functions are registered." },
    { NULL, NULL, 0, NULL },
};

value atexitmodule_init(void)
{
    value m = module_new("atexit");
    if (!m || modules_add_functions(m, atexit_functions) < 0 || need_list() < 0)
        return V_NULL;
    value doc = str_from_cstr("Functions registered here run when the interpreter exits, newest first.");
    if (!doc || dict_set_cstr(module_dict(m), "__doc__", doc) < 0)
        return V_NULL;
    modules_register_exit(at_exit);
    return m;
}
