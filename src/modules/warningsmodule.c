/* The `_warnings` module and warn_emit (warningsmodule.h). CPython's
 * warnings.py keeps its state (filters, the once-registry) in _warnings
 * when that module provides it; Taipan's _warnings provides only warn,
 * warn_explicit and _filters_mutated, so warnings.py keeps its pure-Python
 * state and functions, and these forward to them. importlib's bootstrap
 * needs a built-in _warnings to exist; C code warns through warn_emit.
 * When `warnings` itself cannot be imported, a warning is written to
 * stderr as "Category: message" rather than lost. */
#include <stdarg.h>
#include <stdio.h>
#include "modules.h"
#include "warningsmodule.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/type.h"
#include "../vm/exc.h"
#include "../vm/import.h"

/* warnings.NAME, or V_NULL with the exception of a failed import. */
static value py_warnings(const char *name)
{
    value m = import_module_cstr("warnings");
    return m ? obj_getattr_cstr(m, name) : V_NULL;
}

static value forward(const char *name, int argc, const value *argv, value kwnames)
{
    value f = py_warnings(name);
    return f ? obj_call(f, argc, argv, kwnames) : V_NULL;
}

static value w_warn(value self, int argc, const value *argv, value kwnames)
{
    return forward("warn", argc, argv, kwnames);
}

static value w_warn_explicit(value self, int argc, const value *argv, value kwnames)
{
    return forward("warn_explicit", argc, argv, kwnames);
}

static value w_filters_mutated(value self, int argc, const value *argv, value kwnames)
{
    return V_NONE;
}

int warn_emit(type_object *category, int stacklevel, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    value msg = exc_format_va(fmt, ap);
    va_end(ap);
    if (!msg)
        return -1;
    value saved = exc_fetch();   /* a warning while an exception is handled keeps it */
    value f = py_warnings("warn");
    if (!f) {
        exc_clear();
        fprintf(stderr, "%s: %s\n", category->name, str_data(msg));
        exc_restore(saved);
        return 0;
    }
    value args[3] = { msg, v_from_obj(category), v_small(stacklevel) };
    value r = obj_call(f, 3, args, V_NULL);
    if (!r)
        return -1;   /* an "error" filter: the warning is the exception now */
    exc_restore(saved);
    return 0;
}

static const method_def warnings_functions[] = {
    { "warn", w_warn, METH_KEYWORDS, "Issue a warning, or maybe ignore it or raise an exception." },
    { "warn_explicit", w_warn_explicit, METH_KEYWORDS, "Low-level interface to warnings functionality." },
    { "_filters_mutated", w_filters_mutated, METH_NOARGS, "" },
    { NULL, NULL, 0, NULL },
};

value warningsmodule_init(void)
{
    value m = module_new("_warnings");
    if (!m || modules_add_functions(m, warnings_functions) < 0)
        return V_NULL;
    return m;
}
