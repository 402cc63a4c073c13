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

/* __reduce__ of the builtin callables: a module function pickles as its
 * name, a bound builtin method / method-wrapper as (getattr, (self,
 * name)), a method or slot descriptor as (getattr, (objclass, name)). */
value reduce_builtin_function(value self, int argc, const value *argv, value kwnames);  /* METH_NOARGS */
value reduce_bound_wrapper(value self, int argc, const value *argv, value kwnames);     /* METH_NOARGS */
value reduce_descriptor(value self, int argc, const value *argv, value kwnames);        /* METH_NOARGS */

#endif
