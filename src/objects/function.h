/* Function objects (a code object plus the globals, defaults, closure and
 * the rest a `def` captures), bound methods (a callable plus the object it
 * was looked up on), and cells (the boxes closures share variables
 * through). Calling a function runs its code in the eval loop (eval.h);
 * a function found on a type binds to the instance through its descr_get
 * slot, which makes a bound method. */
#ifndef TAIPAN_FUNCTION_H
#define TAIPAN_FUNCTION_H
#include "object.h"

struct code_object;

typedef struct function_object {
    object hdr;
    value code;          /* a code object (vm/code.h) */
    value globals;       /* dict */
    value builtins;      /* dict: the builtins namespace seen by the code */
    value name, qualname;/* str */
    value defaults;      /* tuple or V_NULL */
    value kwdefaults;    /* dict or V_NULL */
    value closure;       /* tuple of cells or V_NULL */
    value annotations;   /* dict or V_NULL (created on demand) */
    value dict;          /* __dict__: dict or V_NULL (created on demand) */
    value doc;           /* __doc__ */
    value module;        /* __module__ */
} function_object;

typedef struct method_object {
    object hdr;
    value func;          /* any callable */
    value self;
} method_object;

typedef struct cell_object {
    object hdr;
    value ref;           /* V_NULL: empty */
} cell_object;

extern type_object function_type, method_type, cell_type;

static inline bool v_is_function(value v) { return v_is_ptr(v) && v_obj(v)->type == &function_type; }
static inline function_object *v_function(value v) { return (function_object *)v_obj(v); }
static inline bool v_is_method(value v) { return v_is_ptr(v) && v_obj(v)->type == &method_type; }
static inline method_object *v_method(value v) { return (method_object *)v_obj(v); }
static inline bool v_is_cell(value v) { return v_is_ptr(v) && v_obj(v)->type == &cell_type; }
static inline cell_object *v_cell(value v) { return (cell_object *)v_obj(v); }

/* A function for `code` with these globals: name, qualname and __doc__
 * come from the code object, __module__ from globals['__name__'],
 * builtins from globals['__builtins__'] (or the builtins module's dict). */
TP_MUST_CHECK value function_new(value code, value globals);
TP_MUST_CHECK value method_new(value func, value self);
TP_MUST_CHECK value cell_new(value contents);   /* contents may be V_NULL */

#endif
