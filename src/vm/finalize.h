/* The VM's side of finalization (gc.h, PEP 442): what the collector's del
 * hook does with an unreachable object that registered a finalizer --
 * call its class's __del__, or close a suspended generator or coroutine
 * so its `finally` blocks run -- and the report of an exception nobody can
 * catch there, printed as CPython's default sys.unraisablehook does. */
#ifndef TAIPAN_FINALIZE_H
#define TAIPAN_FINALIZE_H
#include "../objects/object.h"

/* Installs the hooks in the collector. Called by runtime_init. */
void finalize_init(void);

/* Prints the current exception (and clears it) as an unraisable one:
 * "Exception ignored in: <repr of obj>" then the traceback, on stderr.
 * obj may be V_NULL (no "in" line's object: "Exception ignored in: None"
 * is not printed then, only the traceback). */
void finalize_unraisable(value obj);

#endif
