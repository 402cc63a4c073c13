/* Warnings issued from C (warningsmodule.c): they go through CPython's
 * pure-Python `warnings` module, so filters, -W options, the "once per
 * location" registry and catch_warnings all apply as they do to
 * warnings.warn() called from Python. */
#ifndef TAIPAN_WARNINGSMODULE_H
#define TAIPAN_WARNINGSMODULE_H
#include "../objects/object.h"

/* Issues a warning of `category` (a Warning subclass) with a message
 * formatted as exc_raise's, attributed to the Python frame `stacklevel`
 * levels up (1: the running one). 0, or -1 with an exception set when a
 * filter turned the warning into an error. */
TP_MUST_CHECK int warn_emit(type_object *category, int stacklevel, const char *fmt, ...);

#endif
