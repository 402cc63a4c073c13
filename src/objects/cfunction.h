/* builtin_function_or_method: a C function (method_def) bound to `self`
 * (an object for methods, V_NULL for module-level functions, a type for
 * class methods). Its call checks the METH_NOARGS / METH_O / keyword
 * conventions with CPython's messages ("len() takes exactly one argument
 * (0 given)") and calls the C function. The builtins module and every C
 * module expose their functions through it. */
#ifndef TAIPAN_CFUNCTION_H
#define TAIPAN_CFUNCTION_H
#include "object.h"

typedef struct cfunc_object {
    object hdr;
    const method_def *def;
    value self;       /* V_NULL: a module-level function */
    value module;     /* __module__ (a str or module), or V_NULL */
} cfunc_object;

extern type_object cfunc_type;   /* builtin_function_or_method */

static inline bool v_is_cfunc(value v) { return v_is_ptr(v) && v_obj(v)->type == &cfunc_type; }
TP_MUST_CHECK value cfunc_new(const method_def *def, value self, value module);
/* Call def->fn(self, ...) after the flag checks; `name` is for messages
 * (e.g. "list.append" or "len"). Shared by method descriptors. */
TP_MUST_CHECK value cfunc_call_def(const method_def *def, const char *owner, value self,
                                   int argc, const value *argv, value kwnames);

#endif
