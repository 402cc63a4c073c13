/* sys.settrace and sys.setprofile: the events debuggers (bdb, pdb) and
 * profilers (profile, cProfile-style code) see, as CPython 3.11 sends
 * them. 'call' when a frame starts or a generator resumes (its RESUME),
 * 'line' when an instruction starts a new source line or a backward jump
 * lands, 'return' at RETURN_VALUE / YIELD_VALUE (and with None when an
 * exception leaves the frame), 'exception' when an exception is raised
 * in or passes through a frame, 'opcode' when f_trace_opcodes is set;
 * the profile function gets 'call' and 'return'.
 *
 * Cost when off: nothing on the hot path. The eval loop dispatches
 * through a table; while any thread traces or profiles, every entry of
 * that table points at one trace step (eval.c's op_TRACE), which calls
 * trace_instruction and then jumps to the real instruction. The error
 * path asks trace_active before sending 'exception'. */
#ifndef TAIPAN_TRACE_H
#define TAIPAN_TRACE_H
#include "frame.h"

/* Nonzero while some trace or profile function is set. */
extern int trace_active;

/* sys.settrace / sys.setprofile for the running thread (func None or
 * V_NULL: off). */
void trace_set(value func);
void trace_set_profile(value func);

/* Called before the instruction at index (opcode op) of f runs while
 * tracing is active, prev being the one that ran before it in f (-1:
 * none); top is the value on the stack top (the value of a
 * RETURN_VALUE / YIELD_VALUE). -1 with an exception set when a trace
 * function raised (tracing is then switched off, as CPython does). */
TP_MUST_CHECK int trace_instruction(frame *f, int prev, int index, int op, value top);
/* The 'call' event of a generator resumed by throw() or close(). */
TP_MUST_CHECK int trace_throw_entry(frame *f);
/* The 'exception' event CPython sends when the iterator of a
 * `yield from` / `await` loop (SEND) finishes with `result`. */
TP_MUST_CHECK int trace_send_stop(frame *f, value result);
/* While profiling: when `callable` is a builtin function, or a method
 * descriptor with a self among the arguments, calls it between the
 * profile function's 'c_call' and 'c_return' (or 'c_exception') events,
 * as CPython's C_TRACE does, and returns 1 with *result (V_NULL with an
 * exception set on failure); returns 0 without calling anything for
 * other callables. */
int trace_c_call(value callable, int argc, const value *argv, value kwnames, value *result);
/* The 'exception' event for f (the current exception, set). -1 when the
 * trace function raised: its exception replaces the original. */
TP_MUST_CHECK int trace_exception(frame *f);
/* The 'return' event with None for a frame an exception leaves. Keeps
 * the current exception unless the trace function raised. */
void trace_unwind(frame *f);

/* eval.c: points the dispatch table at the trace step (on) or back. */
void eval_set_tracing(bool on);

#endif
