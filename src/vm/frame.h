/* Frames (DESIGN.md, "Bytecode and the VM"): the activation record of one
 * running code object. Frames live on a per-thread contiguous frame stack
 * (a malloc'd area, not the C stack): a frame is a header followed by its
 * `localsplus` slots -- the fast locals, then cells and free variables
 * (the code object's localsplusnames order), then the value stack -- so a
 * Python-to-Python call just pushes the next frame above the caller's and
 * the eval loop continues with it. A generator's frame is copied into the
 * generator object (RETURN_GENERATOR) and linked back into the chain
 * while it runs. A heap frame object (frame_object: what tracebacks and
 * sys._getframe see) is made only when asked for.
 *
 * The collector sees every frame of the chain through a root registered
 * by frame_stack_init: each frame's header values and all its slots. The
 * locals, cells and frees are zeroed when the frame is pushed and traced
 * exactly; the value stack is not zeroed (a call would pay for slots it
 * may never use) and is scanned like the C stack, since above its top it
 * holds whatever earlier frames left there, maybe dead objects. */
#ifndef TAIPAN_FRAME_H
#define TAIPAN_FRAME_H
#include <stdbool.h>
#include <stdint.h>
#include "../objects/object.h"
#include "code.h"
#include "exc.h"
#include "../gc/gc.h"

enum { FRAME_ON_STACK = 0, FRAME_IN_GENERATOR = 1 };

typedef struct frame {
    value code;              /* the code object */
    value func;              /* the function being run, or V_NULL (module/exec code) */
    value globals, builtins; /* dicts */
    value locals;            /* mapping for LOAD_NAME (module and class bodies), else V_NULL */
    value frame_obj;         /* the heap frame object made for it, or V_NULL */
    struct frame *back;      /* the caller (or whoever resumed a generator) */
    value *sp;               /* the value stack's top, saved when the frame is not running */
    int lasti;               /* index of the instruction being run (wordcode units) */
    uint8_t owner;           /* FRAME_ON_STACK / FRAME_IN_GENERATOR */
    bool entry;              /* RETURN_VALUE leaves the eval loop (a C caller waits) */
    bool init_call;          /* __init__ run by CALL of a class: must return None, the
                                instance waits on the caller's stack */
    uint16_t nslots;         /* nlocalsplus + stacksize */
    value gen;               /* the generator owning this frame, or V_NULL */
    value localsplus[];      /* locals, cells, frees, then the value stack */
} frame;

/* The frame stack of the running thread: made by frame_stack_init
 * (each thread calls it), unmapped by frame_stack_fini when it ends. */
void frame_stack_init(void);
void frame_stack_fini(void);
/* A new frame for `code` on top of the frame stack, linked as the innermost
 * frame (ts()->frame), its locals zeroed. V_NULL-like NULL with
 * RecursionError / MemoryError set when the stack is full. */
TP_MUST_CHECK frame *frame_push(value code, value func, value globals, value builtins, value locals);
/* Unlinks and releases the innermost frame f (which must be on the stack). */
static inline void frame_pop(frame *f);
/* Bytes a frame for `code` needs (header + slots): generators copy it. */
size_t frame_size(value code);
/* Traces a frame's values (for generator objects holding one). */
void frame_trace(frame *f, gc_tracer *t);

/* The source line of the instruction f is running. */
int frame_lineno(frame *f);

/* Heap frame objects, Python's `frame` type: f_code, f_globals,
 * f_builtins, f_lineno, f_lasti, f_back, f_locals. For a frame that has
 * returned, the values seen last are kept. */
typedef struct frame_object {
    object hdr;
    frame *f;            /* NULL once the frame is gone */
    value code, globals, builtins, locals;
    value back;          /* frame object of the caller, or None, filled lazily */
    value fast_locals;   /* a function frame's f_locals: one dict, made at the first
                            look and refreshed from the fast locals at each (so what
                            exec() stored in it stays, as in CPython), or V_NULL */
    int lasti, lineno;
    value trace;         /* f_trace: the local trace function, or V_NULL (trace.h) */
    bool trace_lines, trace_opcodes;   /* f_trace_lines (default True), f_trace_opcodes */
} frame_object;
extern type_object frame_type;
/* The frame object of f (made once, kept in f->frame_obj). */
TP_MUST_CHECK value frame_get_object(frame *f);
/* f_locals of a function frame, freshly copied from the fast locals, and
 * back: what a trace function changed there is stored into the frame
 * (CPython's PyFrame_FastToLocals / PyFrame_LocalsToFast). -1 with an
 * exception set on failure. */
TP_MUST_CHECK int frame_fast_to_locals(value frame_obj);
void frame_locals_to_fast(value frame_obj);

/* -- The call fast path (inline: eval.c's CALL and return) ---------------- */

/* The free part of the running thread's frame stack: [frame_stack_top,
 * frame_stack_end). */
extern __thread char *frame_stack_top, *frame_stack_end;
/* Called when a frame with a heap frame object is popped. */
void frame_detach_object(frame *f);

/* frame_push for a call whose arguments all bind by position: argv[0..argc)
 * become the first locals (the caller checked argc against the code), the
 * other locals are zeroed. NULL, with nothing raised, when the recursion
 * limit or the end of the frame stack is reached (frame_push raises), or
 * when the collector has finalizers waiting (frame_push runs them). */
static inline __attribute__((always_inline)) frame *
frame_push_positional(value code, value func, value globals, value builtins, const value *argv, int argc)
{
    thread_state *t = ts();
    code_object *co = v_code(code);
    int nslots = co->nlocalsplus + co->stacksize;
    size_t size = sizeof(frame) + (size_t)nslots * sizeof(value);
    /* pending finalizers: frame_push runs them first (gc.h's safe point);
     * frames and C-level guards count against one limit, as there */
    if (t->recursion_depth + t->c_depth >= t->recursion_limit ||
        (size_t)(frame_stack_end - frame_stack_top) < size || gc_has_pending())
        return NULL;
    frame *f = (frame *)frame_stack_top;
    frame_stack_top += size;
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = V_NULL;
    f->frame_obj = V_NULL;
    f->gen = V_NULL;
    f->lasti = -1;
    f->owner = FRAME_ON_STACK;
    f->entry = false;
    f->init_call = false;
    f->nslots = (uint16_t)nslots;
    int i = 0;
    for (; i < argc; i++)
        f->localsplus[i] = argv[i];
    for (; i < co->nlocalsplus; i++)   /* not the value stack: frame_trace */
        f->localsplus[i] = V_NULL;
    f->sp = f->localsplus + co->nlocalsplus;
    f->back = t->frame;
    t->frame = f;
    t->recursion_depth++;
    return f;
}

static inline void frame_pop(frame *f)
{
    thread_state *t = ts();
    /* first, while f is still the innermost frame the collector traces:
     * detaching copies its locals into a dict, which allocates */
    if (f->frame_obj)
        frame_detach_object(f);
    t->frame = f->back;
    t->recursion_depth--;
    if (f->owner == FRAME_ON_STACK)
        frame_stack_top = (char *)f;
}

#endif
