/* What the time module shares with the other modules that wait (select):
 * CPython's conversion of a timeout object to nanoseconds. */
#ifndef TAIPAN_TIMEMODULE_H
#define TAIPAN_TIMEMODULE_H
#include "../objects/object.h"

/* v (an int or float) counted in units of `unit` nanoseconds (1e9 for
 * seconds, 1e6 for milliseconds) as nanoseconds, a fraction rounded away
 * from zero as CPython rounds timeouts: -1 with ValueError for NaN,
 * OverflowError out of range, TypeError (from __index__) for others. */
TP_MUST_CHECK int time_obj_to_ns(value v, int64_t unit, int64_t *out);

#endif
