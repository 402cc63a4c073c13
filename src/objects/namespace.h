/* types.SimpleNamespace: an object that is nothing but its attributes,
 * set from keyword arguments -- what sys.implementation is, and what
 * Lib/types.py picks up as `type(sys.implementation)`. repr lists the
 * attributes in the order they were set ("namespace(a=1, b=2)"); two
 * namespaces are equal when their __dict__s are; instances are
 * unhashable, as CPython's. */
#ifndef TAIPAN_NAMESPACE_H
#define TAIPAN_NAMESPACE_H
#include "object.h"

extern type_object namespace_type;

/* A new namespace holding the str keys of dict d (V_NULL: empty). */
TP_MUST_CHECK value namespace_new(value d);

#endif
