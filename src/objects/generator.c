/* Generators (generator.h). The generator object holds its frame inline,
 * after the object's fields: RETURN_GENERATOR copies the frame there,
 * and eval_resume links it into the thread's frame chain for each
 * send/next/throw. `yield from` is compiled to SEND/YIELD_VALUE loops, so
 * the delegate is the top of the suspended frame's value stack; throw()
 * and close() reach it there. */
#include <string.h>
#include "generator.h"
#include "exceptions.h"
#include "function.h"
#include "str.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/code.h"
#include "../vm/eval.h"
#include "../vm/exc.h"
#include "../vm/frame.h"
#include "../vm/traceback.h"

static type_object *kind_of(code_object *co)
{
    if (co->flags & CO_COROUTINE)
        return &coroutine_type;
    if (co->flags & CO_ASYNC_GENERATOR)
        return &async_generator_type;
    return &generator_type;
}

value gen_from_frame(frame *f)
{
    code_object *co = v_code(f->code);
    size_t fsize = frame_size(f->code);
    gen_object *g = (gen_object *)gc_alloc(kind_of(co), sizeof(gen_object) + fsize);
    if (!g)
        return V_NULL;
    frame *nf = (frame *)(g + 1);
    memcpy(nf, f, fsize);
    nf->sp = nf->localsplus + (f->sp - f->localsplus);
    nf->owner = FRAME_IN_GENERATOR;
    nf->back = NULL;
    nf->gen = v_from_obj(g);
    if (f->frame_obj)
        ((frame_object *)v_obj(f->frame_obj))->f = nf;
    g->frame = nf;
    g->state = GEN_CREATED;
    if (f->func) {
        g->name = v_function(f->func)->name;
        g->qualname = v_function(f->func)->qualname;
    } else {
        g->name = co->name;
        g->qualname = co->qualname;
    }
    return v_from_obj(g);
}

void gen_trace(object *o, gc_tracer *t)
{
    gen_object *g = (gen_object *)o;
    gc_mark_value(t, g->name);
    gc_mark_value(t, g->qualname);
    gc_mark_value(t, g->handled);
    if (g->state != GEN_CLOSED)
        frame_trace(g->frame, t);
}

static const char *kind_name(gen_object *g)
{
    if (g->hdr.type == &coroutine_type)
        return "coroutine";
    return g->hdr.type == &async_generator_type ? "async generator" : "generator";
}

/* The delegate of a `yield from` the generator is suspended in, or V_NULL:
 * the frame stopped at YIELD_VALUE right after a SEND. */
static value gen_yf(gen_object *g)
{
    if (g->state != GEN_SUSPENDED)
        return V_NULL;
    frame *f = g->frame;
    code_object *co = v_code(f->code);
    if (f->lasti < 1 || code_op(co->instrs[f->lasti]) != OP_YIELD_VALUE ||
        code_op(co->instrs[f->lasti - 1]) != OP_SEND)
        return V_NULL;
    return f->sp[-1];
}

/* Resumes g; see gen_send_ex. */
static value resume(gen_object *g, value v, value exc, value *retval)
{
    thread_state *t = ts();
    if (g->state == GEN_RUNNING)
        return exc_raise(&exc_ValueError, "%s already executing", kind_name(g));
    if (g->state == GEN_CLOSED) {
        if (g->hdr.type == &coroutine_type && !exc)
            return exc_raise(&exc_RuntimeError, "cannot reuse already awaited coroutine");
        if (exc)
            return exc_raise_value(exc);
        if (retval) {
            *retval = V_NONE;
            return V_NULL;
        }
        return exc_raise_value(v_from_obj(&exc_StopIteration));
    }
    if (g->state == GEN_CREATED && v != V_NONE && !exc)
        return exc_raise(&exc_TypeError, "can't send non-None value to a just-started %s",
                         kind_name(g));
    /* the generator runs in its own exception-state layer over its
     * caller's (exc.h: exc_handled) */
    value prev = t->handled, prev_below = t->handled_below;
    t->handled_below = prev ? prev : prev_below;
    t->handled = g->handled;
    int before = g->state;
    g->state = GEN_RUNNING;
    int done = 0;
    value r = eval_resume(g->frame, v, exc, &done);
    g->handled = t->handled;
    t->handled = prev;
    t->handled_below = prev_below;
    if (!r && !done) {
        /* an exception ended it, or eval_resume could not start it (a
         * RecursionError: the frame is as it was, still resumable) */
        g->state = g->frame->lasti == -2 ? GEN_CLOSED : before;
        bool agen = g->hdr.type == &async_generator_type;
        if (exc_matches(&exc_StopIteration) || (agen && exc_matches(&exc_StopAsyncIteration))) {
            /* a subclass is named by its base, as CPython does */
            const char *what = exc_matches(&exc_StopIteration) ? "StopIteration" : "StopAsyncIteration";
            value e = exc_fetch();
            exc_raise(&exc_RuntimeError, "%s raised %s", kind_name(g), what);
            value n = exc_fetch();
            exc_set_cause(n, e);
            exc_set_context(n, e);
            exc_restore(n);
        }
        return V_NULL;
    }
    if (done) {
        g->state = GEN_CLOSED;
        if (retval) {
            *retval = r;
            return V_NULL;
        }
        if (r == V_NONE)   /* StopIteration(), args () */
            return exc_raise_value(v_from_obj(&exc_StopIteration));
        value si = exc_stop_iteration(r);
        if (!si)
            return V_NULL;
        return exc_raise_value(si);
    }
    g->state = GEN_SUSPENDED;
    /* First suspension: from now on, collecting it must close it so its
     * finally blocks run (gc.h, src/vm/finalize.c). Async generators are
     * finalized through their event loop's hooks instead (not yet). If
     * there is no memory to register it, it is only never closed. */
    if (before == GEN_CREATED && g->hdr.type != &async_generator_type &&
        gc_register_finalizer(&g->hdr) < 0)
        exc_clear();
    return r;
}

value gen_send_ex(value gen, value v, value exc, value *retval)
{
    return resume((gen_object *)v_obj(gen), v, exc, retval);
}

value gen_delegate(value gen) { return gen_yf((gen_object *)v_obj(gen)); }

value gen_iter_step(value it)
{
    type_object *t = v_type(it);
    /* a class's __next__ is called as a method: the iternext slot would
     * drop the StopIteration that carries the delegate's return value */
    if (t->flags & TYPE_HEAPTYPE)
        return obj_call_method(it, "__next__", 0, NULL);
    return t->iternext(it);
}

value gen_send(value gen, value v) { return resume((gen_object *)v_obj(gen), v, V_NULL, NULL); }

/* The delegate finished with `ret`: resume g at the SEND's target with
 * ret as the value of the `yield from`. */
static value finish_delegation(gen_object *g, value ret, value *retval)
{
    frame *f = g->frame;
    code_object *co = v_code(f->code);
    int send = f->lasti - 1, arg = code_arg(co->instrs[send]);
    for (int i = send - 1, shift = 8; i >= 0 && code_op(co->instrs[i]) == OP_EXTENDED_ARG; i--, shift += 8)
        arg |= code_arg(co->instrs[i]) << shift;
    f->sp--;
    f->lasti = arg - 1;
    return resume(g, ret, V_NULL, retval);
}

static value throw_ex(gen_object *g, value exc, value *retval)
{
    value yf = gen_yf(g);
    if (yf && v_isinstance(exc, &exc_GeneratorExit)) {
        g->state = GEN_RUNNING;
        value r = v_is_gen_or_coro(yf) ? gen_close(yf) : obj_call_method(yf, "close", 0, NULL);
        g->state = GEN_SUSPENDED;
        if (!r) {
            if (exc_matches(&exc_AttributeError) && !v_is_gen_or_coro(yf))
                exc_clear();
            else
                return resume(g, V_NONE, exc_fetch(), retval);
        }
    } else if (yf) {
        value ret = V_NULL, r;
        g->state = GEN_RUNNING;
        if (v_is_gen_or_coro(yf)) {
            r = throw_ex((gen_object *)v_obj(yf), exc, &ret);
        } else {
            value m = obj_getattr_cstr(yf, "throw");
            if (!m) {
                g->state = GEN_SUSPENDED;
                exc_clear();
                return resume(g, V_NONE, exc, retval);
            }
            r = obj_call1(m, exc);
        }
        g->state = GEN_SUSPENDED;
        if (r)
            return r;
        if (!ret && exc_matches(&exc_StopIteration)) {
            value e = exc_fetch();
            ret = exc_slot(e, EXC_STOPITER_VALUE);
        }
        if (ret)
            return finish_delegation(g, ret, retval);
        return resume(g, V_NONE, exc_fetch(), retval);
    }
    return resume(g, V_NONE, exc, retval);
}

value gen_throw_ex(value gen, value exc, value *retval)
{
    return throw_ex((gen_object *)v_obj(gen), exc, retval);
}

/* throw(exc) / throw(type[, value]) as an exception instance. */
value gen_make_exception(value typ, value val)
{
    if (v_is_exc(typ)) {
        if (val && val != V_NONE)
            return exc_raise(&exc_TypeError, "instance exception may not have a separate value");
        return typ;
    }
    if (v_is_ptr(typ) && v_isinstance(typ, &type_type) &&
        (((type_object *)v_obj(typ))->flags & TYPE_EXC_SUBCLASS)) {
        if (val && v_is_exc(val))
            return val;
        if (!val || val == V_NONE)
            return obj_call0(typ);
        if (v_is_tuple(val))
            return obj_call(typ, (int)tuple_len(val), tuple_items(val), V_NULL);
        return obj_call1(typ, val);
    }
    return exc_raise(&exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                     v_type_name(typ));
}

value gen_throw(value gen, value exc)
{
    value e = gen_make_exception(exc, V_NULL);
    if (!e)
        return V_NULL;
    return throw_ex((gen_object *)v_obj(gen), e, NULL);
}

value gen_close(value gen)
{
    gen_object *g = (gen_object *)v_obj(gen);
    if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
        g->state = GEN_CLOSED;
        return V_NONE;
    }
    value e = obj_call0(v_from_obj(&exc_GeneratorExit));
    if (!e)
        return V_NULL;
    value ret = V_NULL;
    value r = throw_ex(g, e, &ret);
    if (r)
        return exc_raise(&exc_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
    if (!exc_occurred())
        return V_NONE;
    if (exc_matches(&exc_GeneratorExit) || exc_matches(&exc_StopIteration)) {
        exc_clear();
        return V_NONE;
    }
    return V_NULL;
}

/* -- Python-level methods ------------------------------------------------- */

static value gen_iternext(value self)
{
    value ret = V_NULL;
    /* the iternext contract: exhausted is V_NULL without an exception, so
     * the return value is dropped here; next() uses gen_send, which
     * raises StopIteration(value) */
    value r = resume((gen_object *)v_obj(self), V_NONE, V_NULL, &ret);
    return r;
}

static value gen_iter(value self) { return self; }

static value m_send(value self, int argc, const value *argv, value kwnames)
{
    return gen_send(self, argv[0]);
}

value gen_m_throw(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1 || argc > 3)
        return exc_raise(&exc_TypeError, "throw expected at least 1 argument, got %d", argc);
    if (argc > 2 && argv[2] != V_NONE && !v_is_traceback(argv[2]))
        return exc_raise(&exc_TypeError, "throw() third argument must be a traceback object");
    value e = gen_make_exception(argv[0], argc > 1 ? argv[1] : V_NULL);
    if (!e)
        return V_NULL;
    return throw_ex((gen_object *)v_obj(self), e, NULL);
}

static value m_close(value self, int argc, const value *argv, value kwnames) { return gen_close(self); }

/* Not the iternext slot's wrapper: that drops a `return x` value (the
 * slot contract), while g.__next__() must raise StopIteration(x). */
static value m_next(value self, int argc, const value *argv, value kwnames)
{
    return gen_send(self, V_NONE);
}

static const method_def gen_methods[] = {
    { "send", m_send, METH_O, NULL },
    { "throw", gen_m_throw, METH_FAST, NULL },
    { "close", m_close, METH_NOARGS, NULL },
    { "__next__", m_next, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

value gen_repr(value self)
{
    gen_object *g = (gen_object *)v_obj(self);
    return str_format("<%s object %S at %p>", kind_name(g), g->qualname, (void *)g);
}

#define G(self) ((gen_object *)v_obj(self))
static value get_name(value self) { return G(self)->name; }
static value get_qualname(value self) { return G(self)->qualname; }
static int set_str_field(value *field, value v, const char *what)
{
    if (!v || !v_is_str(v)) {
        exc_raise(&exc_TypeError, "__%s__ must be set to a string object", what);
        return -1;
    }
    *field = v;
    return 0;
}
int gen_set_name(value self, value v) { return set_str_field(&G(self)->name, v, "name"); }
int gen_set_qualname(value self, value v) { return set_str_field(&G(self)->qualname, v, "qualname"); }
static value get_running(value self) { return v_bool(G(self)->state == GEN_RUNNING); }
static value get_frame(value self)
{
    return G(self)->state == GEN_CLOSED ? V_NONE : frame_get_object(G(self)->frame);
}
static value get_code(value self) { return G(self)->frame->code; }
static value get_suspended(value self) { return v_bool(G(self)->state == GEN_SUSPENDED); }
static value get_yieldfrom(value self)
{
    value d = G(self)->state == GEN_SUSPENDED ? gen_yf(G(self)) : V_NULL;
    return d ? d : V_NONE;
}

static const getset_def gen_getsets[] = {
    { "__name__", get_name, gen_set_name, NULL },
    { "__qualname__", get_qualname, gen_set_qualname, NULL },
    { "gi_running", get_running, NULL, NULL },
    { "gi_frame", get_frame, NULL, NULL },
    { "gi_code", get_code, NULL, NULL },
    { "gi_suspended", get_suspended, NULL, NULL },
    { "gi_yieldfrom", get_yieldfrom, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object generator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "generator",
    .basicsize = sizeof(gen_object),
    .trace = gen_trace,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

type_object coroutine_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "coroutine",
    .basicsize = sizeof(gen_object),
    .trace = gen_trace,
    .repr = gen_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

type_object async_generator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "async_generator",
    .basicsize = sizeof(gen_object),
    .trace = gen_trace,
    .repr = gen_repr,
    .methods = agen_methods,
    .getsets = agen_getsets,
};
