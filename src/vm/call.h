/* Argument binding (call.c): the arguments of a call, in the vectorcall
 * convention (object.h), stored into the parameter slots of a new frame
 * of the Python function `func`, defaults applied, *args / **kwargs
 * built; CPython 3.11's TypeErrors otherwise. */
#ifndef TAIPAN_CALL_H
#define TAIPAN_CALL_H
#include "../objects/object.h"

/* slots: the new frame's zeroed localsplus. Returns 0, or -1 with a
 * TypeError (or MemoryError) set. */
TP_MUST_CHECK int call_bind_args(value func, value *slots, int argc, const value *argv, value kwnames);

#endif
