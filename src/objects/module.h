/* Module objects: a name and a namespace dict (the module's globals).
 * Attribute access reads and writes the dict; a missing attribute is
 * "module 'x' has no attribute 'y'". repr: "<module 'x'>" (with
 * "from 'path'" when __file__ is set, as CPython). */
#ifndef TAIPAN_MODULE_H
#define TAIPAN_MODULE_H
#include "object.h"

typedef struct module_object {
    object hdr;
    value dict;
} module_object;

extern type_object module_type;
static inline bool v_is_module(value v) { return v_is_ptr(v) && v_obj(v)->type == &module_type; }
static inline value module_dict(value m) { return ((module_object *)v_obj(m))->dict; }

/* A module named `name` (a C string) with a fresh dict holding __name__,
 * __doc__ (None), __package__, __loader__ and __spec__ (None). */
TP_MUST_CHECK value module_new(const char *name);

#endif
