/* sys.settrace / sys.setprofile events (trace.h), sent as CPython 3.11's
 * trace_trampoline and profile_trampoline send them: 'call' goes to the
 * global trace function and what it returns (unless None) becomes the
 * frame's f_trace, which then gets the frame's other events and may
 * replace itself by returning another function; a trace function that
 * raises switches tracing off for the thread. The frame's f_locals are
 * refreshed before a call and written back after it, so a debugger can
 * change a variable. */
#include "trace.h"
#include "../gc/gc.h"
#include "../objects/cfunction.h"
#include "../objects/descr.h"
#include "../objects/exceptions.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

int trace_active;

enum { EV_CALL, EV_LINE, EV_RETURN, EV_EXCEPTION, EV_OPCODE, EV_C_CALL, EV_C_RETURN, EV_C_EXCEPTION,
       EV_COUNT };
static const char *const event_names[EV_COUNT] = {
    "call", "line", "return", "exception", "opcode", "c_call", "c_return", "c_exception",
};
static value events[EV_COUNT];   /* interned str, made once */

static void update(thread_state *t, value trace, value profile)
{
    bool before = t->trace_func || t->profile_func;
    t->trace_func = trace == V_NONE ? V_NULL : trace;
    t->profile_func = profile == V_NONE ? V_NULL : profile;
    bool after = t->trace_func || t->profile_func;
    if (before != after) {
        trace_active += after ? 1 : -1;
        eval_set_tracing(trace_active > 0);
    }
}

void trace_set(value func) { update(ts(), func, ts()->profile_func); }
void trace_set_profile(value func) { update(ts(), ts()->trace_func, func); }

static value event_str(int ev)
{
    if (!events[ev]) {
        value s = str_intern_cstr(event_names[ev]);
        if (!s)
            return V_NULL;
        events[ev] = s;
        gc_root(&events[ev]);
    }
    return events[ev];
}

/* fn(frame, event, arg) with the frame's locals in step. */
static value call_tracer(value fn, value fo, int ev, value arg)
{
    thread_state *t = ts();
    frame_object *o = (frame_object *)v_obj(fo);
    value name = event_str(ev);
    if (!name || (o->fast_locals && frame_fast_to_locals(fo) < 0))
        return V_NULL;
    value args[3] = { fo, name, arg ? arg : V_NONE };
    t->tracing++;
    value r = obj_call(fn, 3, args, V_NULL);
    t->tracing--;
    frame_locals_to_fast(fo);
    return r;
}

/* One event to the trace function: the global one for 'call', the
 * frame's f_trace for the others. */
static int send_trace(frame *f, int ev, value arg)
{
    thread_state *t = ts();
    if (!t->trace_func)
        return 0;
    value fo = frame_get_object(f);
    if (!fo)
        return -1;
    frame_object *o = (frame_object *)v_obj(fo);
    value fn = ev == EV_CALL ? t->trace_func : o->trace;
    if (!fn)
        return 0;
    value r = call_tracer(fn, fo, ev, arg);
    if (!r) {
        trace_set(V_NULL);
        o->trace = V_NULL;
        return -1;
    }
    if (r != V_NONE)
        o->trace = r;
    return 0;
}

static int send_profile(frame *f, int ev, value arg)
{
    thread_state *t = ts();
    if (!t->profile_func)
        return 0;
    value fo = frame_get_object(f);
    if (!fo)
        return -1;
    if (!call_tracer(t->profile_func, fo, ev, arg)) {
        trace_set_profile(V_NULL);
        return -1;
    }
    return 0;
}

/* Both, trace first, the current exception (if any) kept unless one of
 * them raised: CPython's call_trace_protected. */
static int send_both(frame *f, int ev, value arg)
{
    value saved = exc_fetch();
    if (send_trace(f, ev, arg) < 0 || send_profile(f, ev, arg) < 0)
        return -1;
    exc_restore(saved);
    return 0;
}

/* CPython 3.11's rule: a line event when the instruction's line differs
 * from the previous instruction's, or when a backward jump lands (but not
 * on the SEND of a `yield from` / `await` loop); the first instruction
 * after a function's start always gets one. */
static int line_event(frame *f, frame_object *o, int prev, int index)
{
    code_object *co = v_code(f->code);
    if (o->trace_lines) {
        int line = code_addr_to_line(co, index);
        if (line >= 0) {
            int prev_line = -1;
            if (prev >= 0 && prev < co->ninstrs &&
                !(code_op(co->instrs[prev]) == OP_RESUME && code_arg(co->instrs[prev]) == 0))
                prev_line = code_addr_to_line(co, prev);
            bool back = prev >= 0 && index < prev && code_op(co->instrs[index]) != OP_SEND;
            if ((line != prev_line || back) && send_trace(f, EV_LINE, V_NONE) < 0)
                return -1;
        }
    }
    if (o->trace_opcodes && o->trace && send_trace(f, EV_OPCODE, V_NONE) < 0)
        return -1;
    return 0;
}

int trace_instruction(frame *f, int prev, int index, int op, value top)
{
    thread_state *t = ts();
    if (t->tracing || (!t->trace_func && !t->profile_func))
        return 0;
    if (op == OP_RESUME)
        return send_both(f, EV_CALL, V_NONE);
    if (op == OP_EXTENDED_ARG)
        return 0;   /* the instruction it prefixes comes through here next */
    frame_object *o = f->frame_obj ? (frame_object *)v_obj(f->frame_obj) : NULL;
    if (o && o->trace && t->trace_func && line_event(f, o, prev, index) < 0)
        return -1;
    if (op == OP_RETURN_VALUE || op == OP_YIELD_VALUE)
        return send_both(f, EV_RETURN, top);
    return 0;
}

int trace_throw_entry(frame *f)
{
    thread_state *t = ts();
    if (t->tracing || (!t->trace_func && !t->profile_func))
        return 0;
    return send_both(f, EV_CALL, V_NONE);
}

int trace_send_stop(frame *f, value result)
{
    thread_state *t = ts();
    if (t->tracing || !t->trace_func)
        return 0;
    value e = obj_call1(v_from_obj(&exc_StopIteration), result ? result : V_NONE);
    if (!e)
        return -1;
    exc_restore(e);
    if (trace_exception(f) < 0)
        return -1;
    exc_clear();
    return 0;
}

int trace_exception(frame *f)
{
    thread_state *t = ts();
    if (t->tracing || !t->trace_func || !exc_occurred())
        return 0;
    value exc = exc_fetch();
    value tb = v_is_exc(exc) ? ((exc_object *)v_obj(exc))->traceback : V_NULL;
    value arg = tuple_pack(3, v_from_obj(v_type(exc)), exc, tb ? tb : V_NONE);
    if (!arg || send_trace(f, EV_EXCEPTION, arg) < 0)
        return -1;
    exc_restore(exc);
    return 0;
}

void trace_unwind(frame *f)
{
    thread_state *t = ts();
    if (t->tracing || (!t->trace_func && !t->profile_func))
        return;
    (void)send_both(f, EV_RETURN, V_NONE);
}

int trace_c_call(value callable, int argc, const value *argv, value kwnames, value *result)
{
    thread_state *t = ts();
    if (t->tracing || !t->profile_func || !t->frame)
        return 0;
    value fn = callable;
    type_object *ty = v_type(callable);
    if (ty == &method_descr_type) {
        if (argc < 1)
            return 0;   /* the call itself will say what is missing */
        fn = ty->descr_get(callable, argv[0], v_from_obj(v_type(argv[0])));
        if (!fn) {
            *result = V_NULL;
            return 1;
        }
        argv++;
        argc--;
    } else if (ty != &cfunc_type) {
        return 0;
    }
    frame *f = t->frame;
    *result = V_NULL;
    if (send_profile(f, EV_C_CALL, fn) < 0)
        return 1;
    value r = obj_call(fn, argc, argv, kwnames);
    if (!t->profile_func) {
        *result = r;
        return 1;
    }
    if (!r) {
        value saved = exc_fetch();
        if (send_profile(f, EV_C_EXCEPTION, fn) == 0)
            exc_restore(saved);
        return 1;
    }
    if (send_profile(f, EV_C_RETURN, fn) == 0)
        *result = r;
    return 1;
}
