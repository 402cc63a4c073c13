/* Traceback objects and the printer of uncaught exceptions.
 *
 * When an exception leaves a frame, the VM prepends one traceback entry
 * (traceback_here) to the exception's __traceback__, so the chain runs from
 * the outermost frame to the innermost, as CPython's does. An entry holds
 * what printing needs without keeping a heap frame: the code object (name,
 * filename, position table), the instruction index and its line; `frame`
 * is the frame object once the VM makes heap frames (V_NULL until then).
 *
 * exc_print writes an exception as CPython 3.11's default sys.excepthook
 * does: chained causes and contexts first, each "Traceback (most recent
 * call last):" with its frames, source lines and carets, repeated frames
 * folded, then "Type: message", __notes__, and exception groups drawn in
 * their boxes. SyntaxError's location block shares src/front/diag.c's
 * printer. */
#ifndef TAIPAN_TRACEBACK_H
#define TAIPAN_TRACEBACK_H
#include <stdio.h>
#include "../objects/object.h"

typedef struct traceback_object {
    object hdr;
    value next;       /* the next (inner) entry, or V_NULL */
    value frame;      /* the frame object, or V_NULL while frames are not objects */
    value code;       /* the code object that was running, or V_NULL */
    value globals;    /* the frame's globals and builtins (NameError's "Did you */
    value builtins;   /* mean"), or V_NULL */
    int lasti;        /* the instruction index that raised, -1 unknown */
    int lineno;       /* its line (1-based), -1 unknown */
} traceback_object;

extern type_object traceback_type;
static inline bool v_is_traceback(value v) { return v_is_ptr(v) && v_obj(v)->type == &traceback_type; }
static inline traceback_object *v_traceback(value v) { return (traceback_object *)v_obj(v); }

/* A new entry in front of `next` (V_NULL or a traceback). */
TP_MUST_CHECK value traceback_new(value next, value frame, value code, int lasti, int lineno);
/* Records that `exc` (an exception instance) passed through the frame
 * running `code` at instruction `lasti`: exc.__traceback__ becomes a new
 * entry whose next is the old __traceback__. Returns -1 (MemoryError set,
 * replacing exc) on failure. */
TP_MUST_CHECK int traceback_here(value exc, value frame, value code, int lasti, int lineno);

/* Prints exc (any value; normally an exception instance) as CPython 3.11's
 * sys.excepthook does, on f. Never fails: problems printing a part are
 * reported inline as CPython does ("<exception str() failed>"). */
void exc_print(value exc, FILE *f);

#endif
