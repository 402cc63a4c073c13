/* The per-thread frame stack and heap frame objects (frame.h). The stack
 * is one large anonymous mapping reserved up front (the OS commits pages
 * as frames reach them), so pushing a frame is a pointer bump and the
 * zeroing of its locals. The collector reaches every live frame through a
 * root object whose trace walks the thread's frame chain. */
#include <string.h>
#include <sys/mman.h>
#include "frame.h"
#include "code.h"
#include "exc.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/function.h"

/* 256 MB of address space: far more than recursion_limit frames of any
 * sensible size; a frame that does not fit is a MemoryError. */
#define FRAME_STACK_BYTES ((size_t)256 << 20)

/* per thread (docs/threads.md): each has its own frame stack */
static __thread char *stack_base;
__thread char *frame_stack_top, *frame_stack_end;   /* frame.h's inline push reads them */

/* -- The GC root ---------------------------------------------------------- */

void frame_trace(frame *f, gc_tracer *t)
{
    gc_mark_value(t, f->code);
    gc_mark_value(t, f->func);
    gc_mark_value(t, f->globals);
    gc_mark_value(t, f->builtins);
    gc_mark_value(t, f->locals);
    gc_mark_value(t, f->frame_obj);
    gc_mark_value(t, f->gen);
    /* locals, cells and frees are zeroed at push; the value stack is not:
     * above its top it holds what earlier frames left, maybe dead */
    int nlocals = f->code ? v_code(f->code)->nlocalsplus : 0;
    gc_mark_values(t, f->localsplus, (size_t)nlocals);
    gc_mark_conservative(t, f->localsplus + nlocals, (size_t)(f->nslots - nlocals));
}

static void root_trace(object *o, gc_tracer *t)
{
    (void)o;
    if (!ts_current)
        return;
    for (frame *f = ts_current->frame; f; f = f->back)
        frame_trace(f, t);
}

static type_object frame_root_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "frame_root",
    .basicsize = sizeof(object),
    .trace = root_trace,
};
static object *frame_root;

void frame_stack_init(void)
{
    if (stack_base)
        return;
    void *p = mmap(NULL, FRAME_STACK_BYTES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        p = NULL;
    stack_base = frame_stack_top = p;
    frame_stack_end = p ? stack_base + FRAME_STACK_BYTES : NULL;
    if (frame_root)   /* one root for all threads: it traces the running one's */
        return;
    frame_root = gc_alloc(&frame_root_type, sizeof(object));
    if (frame_root)
        gc_root_object(&frame_root);
    else
        exc_clear();
}

void frame_stack_fini(void)
{
    if (stack_base)
        munmap(stack_base, FRAME_STACK_BYTES);
    stack_base = frame_stack_top = frame_stack_end = NULL;
}

/* -- Push and pop ------------------------------------------------------------ */

size_t frame_size(value code)
{
    code_object *co = v_code(code);
    return sizeof(frame) + (size_t)(co->nlocalsplus + co->stacksize) * sizeof(value);
}

frame *frame_push(value code, value func, value globals, value builtins, value locals)
{
    /* A safe point: run the __del__ calls and weakref callbacks the last
     * collection queued (gc.h), before this frame exists. */
    if (__builtin_expect(gc_has_pending(), 0))
        gc_run_pending();
    thread_state *t = ts();
    /* frames and C-level guards count against one limit, as in CPython */
    if (t->recursion_depth + t->c_depth >= t->recursion_limit) {
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    size_t size = frame_size(code);
    if (!stack_base || (size_t)(frame_stack_end - frame_stack_top) < size) {
        exc_no_memory();
        return NULL;
    }
    frame *f = (frame *)frame_stack_top;
    frame_stack_top += (size + 7) & ~(size_t)7;
    code_object *co = v_code(code);
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->frame_obj = V_NULL;
    f->gen = V_NULL;
    f->lasti = -1;
    f->owner = FRAME_ON_STACK;
    f->entry = false;
    f->init_call = false;
    f->nslots = (uint16_t)(co->nlocalsplus + co->stacksize);
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(value));   /* not the value stack: frame_trace */
    f->sp = f->localsplus + co->nlocalsplus;
    f->back = t->frame;
    t->frame = f;
    t->recursion_depth++;
    return f;
}

/* A frame object outliving its frame keeps what it saw last. */
void frame_detach_object(frame *f)
{
    frame_object *fo = (frame_object *)v_obj(f->frame_obj);
    fo->lasti = f->lasti;
    fo->lineno = frame_lineno(f);
    /* its locals stay readable (post-mortem debugging, tracebacks with
     * locals), as CPython's frame object keeps them; out of memory here
     * just loses them, never the value or exception being passed on */
    if (!fo->locals) {
        value saved = exc_fetch();
        if (frame_fast_to_locals(f->frame_obj) < 0)
            exc_clear();
        exc_restore(saved);
    }
    fo->f = NULL;
    f->frame_obj = V_NULL;
}

int frame_lineno(frame *f)
{
    return code_addr_to_line(v_code(f->code), f->lasti < 0 ? 0 : f->lasti);
}

/* -- Frame objects ------------------------------------------------------- */

value frame_get_object(frame *f)
{
    if (f->frame_obj)
        return f->frame_obj;
    frame_object *fo = (frame_object *)gc_alloc(&frame_type, sizeof(frame_object));
    if (!fo)
        return V_NULL;
    fo->f = f;
    fo->code = f->code;
    fo->globals = f->globals;
    fo->builtins = f->builtins;
    fo->locals = f->locals;
    fo->back = V_NULL;
    fo->fast_locals = V_NULL;
    fo->lasti = f->lasti;
    fo->lineno = frame_lineno(f);
    fo->trace = V_NULL;
    fo->trace_lines = true;
    fo->trace_opcodes = false;
    f->frame_obj = v_from_obj(fo);
    return f->frame_obj;
}

static void frame_object_trace(object *o, gc_tracer *t)
{
    frame_object *fo = (frame_object *)o;
    gc_mark_value(t, fo->code);
    gc_mark_value(t, fo->globals);
    gc_mark_value(t, fo->builtins);
    gc_mark_value(t, fo->locals);
    gc_mark_value(t, fo->back);
    gc_mark_value(t, fo->fast_locals);
    gc_mark_value(t, fo->trace);
}

#define FO(self) ((frame_object *)v_obj(self))
static value get_f_code(value self) { return FO(self)->code; }
static value get_f_globals(value self) { return FO(self)->globals; }
static value get_f_builtins(value self) { return FO(self)->builtins; }

static value get_f_lineno(value self)
{
    frame_object *fo = FO(self);
    return v_small(fo->f ? frame_lineno(fo->f) : fo->lineno);
}

static value get_f_lasti(value self)
{
    frame_object *fo = FO(self);
    return v_small(2 * (fo->f ? fo->f->lasti : fo->lasti));
}

static value get_f_back(value self)
{
    frame_object *fo = FO(self);
    if (fo->f && fo->f->back) {
        value b = frame_get_object(fo->f->back);
        return b;
    }
    return fo->back ? fo->back : V_NONE;
}

int frame_fast_to_locals(value self)
{
    frame_object *fo = FO(self);
    if (fo->locals)
        return 0;
    /* a function frame: its bound fast locals copied into one dict, whose
     * other keys (what exec() stored there) stay, as in CPython */
    if (!fo->fast_locals && !(fo->fast_locals = dict_new()))
        return -1;
    value d = fo->fast_locals;
    if (!fo->f)
        return 0;   /* the frame has returned: what was seen last */
    code_object *co = v_code(fo->code);
    for (int i = 0; i < co->nlocalsplus; i++) {
        value v = fo->f->localsplus[i];
        if (v && (co->localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && v_is_cell(v))
            v = v_cell(v)->ref;
        value name = tuple_get(co->localsplusnames, i);
        if (v ? dict_set(d, name, v) < 0 : dict_del(d, name) < 0)
            return -1;
    }
    return 0;
}

static value get_f_locals(value self)
{
    frame_object *fo = FO(self);
    if (fo->locals)
        return fo->locals;
    return frame_fast_to_locals(self) < 0 ? V_NULL : fo->fast_locals;
}

void frame_locals_to_fast(value self)
{
    frame_object *fo = FO(self);
    if (fo->locals || !fo->fast_locals || !fo->f)
        return;
    code_object *co = v_code(fo->code);
    for (int i = 0; i < co->nlocalsplus; i++) {
        value v = dict_get_str(fo->fast_locals, tuple_get(co->localsplusnames, i));
        value *slot = &fo->f->localsplus[i];
        if ((co->localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && *slot && v_is_cell(*slot))
            slot = &v_cell(*slot)->ref;
        else if (co->localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE))
            continue;   /* a cell not made yet (the prologue): nothing to store into */
        *slot = v;      /* absent from the dict: unbound, as CPython's clear=1 */
    }
}

static value get_f_trace(value self)
{
    return FO(self)->trace ? FO(self)->trace : V_NONE;
}

static int set_f_trace(value self, value v)
{
    FO(self)->trace = v == V_NULL || v == V_NONE ? V_NULL : v;
    return 0;
}

static value get_f_trace_lines(value self) { return v_bool(FO(self)->trace_lines); }
static value get_f_trace_opcodes(value self) { return v_bool(FO(self)->trace_opcodes); }

static int set_flag(bool *flag, value v, const char *name)
{
    if (v == V_NULL) {
        exc_raise(&exc_AttributeError, "cannot delete %s", name);
        return -1;
    }
    if (v != V_TRUE && v != V_FALSE) {
        exc_raise(&exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    *flag = v == V_TRUE;
    return 0;
}

static int set_f_trace_lines(value self, value v) { return set_flag(&FO(self)->trace_lines, v, "f_trace_lines"); }
static int set_f_trace_opcodes(value self, value v) { return set_flag(&FO(self)->trace_opcodes, v, "f_trace_opcodes"); }

static value frame_repr(value self)
{
    frame_object *fo = FO(self);
    code_object *co = v_code(fo->code);
    return str_format("<frame at %p, file %R, line %d, code %S>", (void *)v_obj(self),
                      co->filename, fo->f ? frame_lineno(fo->f) : fo->lineno, co->name);
}

static const getset_def frame_getsets[] = {
    { "f_code", get_f_code, NULL, NULL },
    { "f_globals", get_f_globals, NULL, NULL },
    { "f_builtins", get_f_builtins, NULL, NULL },
    { "f_lineno", get_f_lineno, NULL, NULL },
    { "f_lasti", get_f_lasti, NULL, NULL },
    { "f_back", get_f_back, NULL, NULL },
    { "f_locals", get_f_locals, NULL, NULL },
    { "f_trace", get_f_trace, set_f_trace, NULL },
    { "f_trace_lines", get_f_trace_lines, set_f_trace_lines, NULL },
    { "f_trace_opcodes", get_f_trace_opcodes, set_f_trace_opcodes, NULL },
    { NULL, NULL, NULL, NULL },
};

/* frame.clear(): drops what a finished frame still holds (its locals as
 * last seen, its trace function); a frame still on the stack cannot be
 * cleared, as in CPython (traceback.clear_frames catches that). */
static value frame_clear(value self, int argc, const value *argv, value kwnames)
{
    frame_object *fo = FO(self);
    if (fo->f)
        return exc_raise(&exc_RuntimeError, "cannot clear an executing frame");
    if (fo->fast_locals)
        dict_clear(fo->fast_locals);
    fo->trace = V_NULL;
    return V_NONE;
}

static const method_def frame_methods[] = {
    { "clear", frame_clear, METH_NOARGS, "F.clear(): clear most references held by the frame" },
    { NULL, NULL, 0, NULL },
};

type_object frame_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "frame",
    .basicsize = sizeof(frame_object),
    .trace = frame_object_trace,
    .repr = frame_repr,
    .methods = frame_methods,
    .getsets = frame_getsets,
};
