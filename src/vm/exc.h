/* The thread state and the exception convention (DESIGN.md, "Errors"): a
 * failing C function sets the current exception here and returns its
 * sentinel (V_NULL or -1); callers propagate it by returning their own
 * sentinel. The builtin exception classes are listed in exceptions.def and
 * defined in src/objects/exceptions.c. */
#ifndef TAIPAN_EXC_H
#define TAIPAN_EXC_H
#include <stdarg.h>
#include <stdbool.h>
#include "../objects/object.h"

typedef struct thread_state {
    value exc;                /* the exception being raised, or V_NULL */
    value handled;            /* the exception the running frame's own layer handles, or V_NULL */
    value handled_below;      /* what the callers handle, under a running generator's layer */
    int recursion_depth;      /* Python-level call depth */
    int recursion_limit;      /* sys.getrecursionlimit(), default 1000 */
    int c_depth;              /* C-level recursion (repr, ==, ...) */
    struct frame *frame;      /* the innermost running frame (vm) */
    void *stack_base;         /* C stack start, for the GC's conservative scan */
    value trace_func;         /* sys.settrace's function, or V_NULL (trace.h) */
    value profile_func;       /* sys.setprofile's function, or V_NULL */
    int tracing;              /* >0 while a trace or profile function runs: no events */
    value context;            /* the current contextvars.Context, or V_NULL until one is needed */
} thread_state;

extern __thread thread_state *ts_current;
static inline thread_state *ts(void) { return ts_current; }

/* The exception being handled (sys.exception(), bare raise, implicit
 * chaining): as CPython's chain of exception states, a generator has its
 * own layer (`handled`, saved by PUSH_EXC_INFO and restored by
 * POP_EXCEPT), and where it handles nothing, its caller's shows through
 * (`handled_below`, set when the generator is resumed). */
static inline value exc_handled(void)
{
    value h = ts_current->handled;
    return h ? h : ts_current->handled_below;
}

#define EXC_TYPE(name) extern type_object exc_##name;
#include "../objects/exceptions.def"
#undef EXC_TYPE

/* Raise a new exception of `type` with a message formatted as
 * PyErr_Format: %s (C string), %d %ld %lld %zd %u %x %c, %R (repr of a
 * value), %S (str of a value), %N (a type's name, from a value), %V (the
 * name of v's type). Always returns V_NULL. */
value exc_raise(type_object *type, const char *fmt, ...);
value exc_raise_va(type_object *type, const char *fmt, va_list ap);
/* The message alone, as a str (V_NULL with the error set when a %R/%S
 * conversion failed); str_format can be built on it. */
TP_MUST_CHECK value exc_format(const char *fmt, ...);
TP_MUST_CHECK value exc_format_va(const char *fmt, va_list ap);
/* Sets exc as the current exception. Like every raise here, an exception
 * raised while another is handled (ts->handled) gets it as __context__. */
value exc_raise_value(value exc);          /* raise an instance (or a class: instantiated) */
value exc_no_memory(void);                 /* MemoryError; works when the heap is exhausted */
static inline bool exc_occurred(void) { return ts_current->exc != V_NULL; }
bool exc_matches(type_object *type);      /* the current exception is an instance of type */
value exc_fetch(void);                    /* take the current exception, clearing it */
void exc_restore(value exc);              /* set it back */
static inline void exc_clear(void) { ts_current->exc = V_NULL; }

/* C-level recursion guard for repr/eq/hash chains: false (RecursionError
 * set: "maximum recursion depth exceeded while getting the repr of an
 * object" etc., `where` completes the message) when too deep. */
bool exc_enter_recursive(const char *where);
static inline void exc_leave_recursive(void) { ts_current->c_depth--; }

#endif
