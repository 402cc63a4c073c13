/* object.__reduce_ex__, __reduce__ and __getstate__ (reduce.c), the
 * methods baseobject.c lists in object's method table. */
#ifndef TAIPAN_REDUCE_H
#define TAIPAN_REDUCE_H
#include "object.h"

value reduce_object_reduce_ex(value self, int argc, const value *argv, value kwnames);  /* METH_O */
value reduce_object_reduce(value self, int argc, const value *argv, value kwnames);     /* METH_NOARGS */
value reduce_object_getstate(value self, int argc, const value *argv, value kwnames);   /* METH_NOARGS */
/* obj.__getstate__() (object's own without a call): what containers'
 * __reduce__ methods put in their third item. */
TP_MUST_CHECK value reduce_getstate(value obj);

#endif
