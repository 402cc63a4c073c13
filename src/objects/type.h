/* The type machinery beyond object.h (type.c, typeslots.c): creating
 * classes (type_new, what `class` statements reach through
 * __build_class__), calling types, and the slot table that links dunder
 * names to type slots. */
#ifndef TAIPAN_TYPE_H
#define TAIPAN_TYPE_H
#include "object.h"

static inline bool v_is_type(value v) { return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &type_type); }
static inline type_object *v_as_type(value v) { return (type_object *)v_obj(v); }

/* type(name, bases, dict) with metaclass `meta` (the most derived
 * metaclass is computed and used, as CPython's type.__new__ does); kwargs
 * (kwnames/kwvals, may be V_NULL/NULL) go to __init_subclass__. */
TP_MUST_CHECK value type_new_class(type_object *meta, value name, value bases, value dict,
                                   value kwnames, const value *kwvals);
/* The metaclass for a class statement: the most derived of `meta` and the
 * types of the bases ("metaclass conflict: ..." TypeError). */
TP_MUST_CHECK type_object *type_calculate_meta(type_object *meta, value bases);
/* type.__call__: t(*args) = t.__new__ then __init__. */
TP_MUST_CHECK value type_call(value t, int argc, const value *argv, value kwnames);

/* The VM sets this to store the new class in a __classcell__ cell. */
extern int (*type_set_classcell_hook)(value cell, value cls);

/* The __dict__ of an instance of a TYPE_VAR_DICT class: made on first
 * use when `create`, else V_NULL when it has none yet (V_NULL with an
 * exception only when making it failed). */
TP_MUST_CHECK value type_var_dict(value obj, bool create);

/* Bump t's version and its subclasses' (a class attribute changed). */
void type_modified(type_object *t);

/* "<module>.<qualname>" as repr shows it, into buf. */
const char *type_module_name(type_object *t, char *buf, size_t n);

/* typeslots.c: after the dict of t is set, point t's slots at the dunder
 * methods found along its MRO (heap types). */
void typeslots_fixup(type_object *t);
/* One dunder of t changed (type.__setattr__): refresh the slot(s). */
void typeslots_update(type_object *t, value name);
/* Static types: add slot wrappers (int.__add__, object.__repr__...) for
 * the slots t defines itself. -1 on error. */
TP_MUST_CHECK int typeslots_add_wrappers(type_object *t);
extern type_object wrapper_descr_type, method_wrapper_type;

/* A read-only mappingproxy over mapping (a class's __dict__, a dict
 * view's .mapping). */
TP_MUST_CHECK value mappingproxy_new(value mapping);
/* Calls the method `name` found on type(self) with self prepended, without
 * building a bound method when possible. *found = 0 when absent (returns
 * V_NULL, no exception). */
TP_MUST_CHECK value call_special(value self, value name, int argc, const value *argv, int *found);

#endif
