/* Coroutines and async generators (generator.h): the Python-level faces
 * of a gen_object whose code is `async def`. The frame machinery is the
 * generator's (generator.c); this file adds
 *   - the coroutine's methods and coro.__await__() (a "coroutine_wrapper"
 *     iterator over the coroutine);
 *   - the async generator's asend/athrow/aclose/__anext__, each returning
 *     an awaitable object (async_generator_asend / _athrow) that drives
 *     the generator one step per send, as CPython 3.11 does.
 * An async generator's frame yields two kinds of values: what its `yield`
 * produces, wrapped by ASYNC_GEN_WRAP, and whatever an `await` inside it
 * passes up to the event loop (unwrapped). The awaitables tell them
 * apart: a wrapped value ends the step (StopIteration(value) to the
 * awaiter), anything else goes on up. */
#include "generator.h"
#include "exceptions.h"
#include "str.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/code.h"
#include "../vm/exc.h"
#include "../vm/frame.h"

#define G(self) ((gen_object *)v_obj(self))

/* -- Coroutine ------------------------------------------------------------------ */

typedef struct {
    object hdr;
    value coro;
} coro_wrapper;

static void wrapper_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((coro_wrapper *)o)->coro); }

static value coro_await(value self, int argc, const value *argv, value kwnames)
{
    coro_wrapper *w = (coro_wrapper *)gc_alloc(&coro_wrapper_type, sizeof(coro_wrapper));
    if (!w)
        return V_NULL;
    w->coro = self;
    return v_from_obj(&w->hdr);
}

static value coro_send(value self, int argc, const value *argv, value kwnames)
{
    return gen_send(self, argv[0]);
}

static value coro_close(value self, int argc, const value *argv, value kwnames) { return gen_close(self); }

const method_def coro_methods[] = {
    { "send", coro_send, METH_O, NULL },
    { "throw", gen_m_throw, METH_FAST, NULL },
    { "close", coro_close, METH_NOARGS, NULL },
    { "__await__", coro_await, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static value get_name(value self) { return G(self)->name; }
static value get_qualname(value self) { return G(self)->qualname; }
static value get_running(value self) { return v_bool(G(self)->state == GEN_RUNNING); }
static value get_frame(value self)
{
    return G(self)->state == GEN_CLOSED ? V_NONE : frame_get_object(G(self)->frame);
}
static value get_code(value self) { return G(self)->frame->code; }
static value get_suspended(value self) { return v_bool(G(self)->state == GEN_SUSPENDED); }
static value get_await(value self)
{
    value d = gen_delegate(self);
    return d ? d : V_NONE;
}

const getset_def coro_getsets[] = {
    { "__name__", get_name, gen_set_name, NULL },
    { "__qualname__", get_qualname, gen_set_qualname, NULL },
    { "cr_running", get_running, NULL, NULL },
    { "cr_frame", get_frame, NULL, NULL },
    { "cr_code", get_code, NULL, NULL },
    { "cr_await", get_await, NULL, NULL },
    { "cr_suspended", get_suspended, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

#define W(self) (((coro_wrapper *)v_obj(self))->coro)
static value wrapper_iter(value self) { return self; }
/* raises StopIteration(value) at the end, so that SEND sees the value */
static value wrapper_next(value self) { return gen_send(W(self), V_NONE); }
static value wrapper_send(value self, int argc, const value *argv, value kwnames)
{
    return gen_send(W(self), argv[0]);
}
static value wrapper_throw(value self, int argc, const value *argv, value kwnames)
{
    return gen_m_throw(W(self), argc, argv, kwnames);
}
static value wrapper_close(value self, int argc, const value *argv, value kwnames)
{
    return gen_close(W(self));
}

static const method_def wrapper_methods[] = {
    { "send", wrapper_send, METH_O, NULL },
    { "throw", wrapper_throw, METH_FAST, NULL },
    { "close", wrapper_close, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object coro_wrapper_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "coroutine_wrapper",
    .basicsize = sizeof(coro_wrapper),
    .trace = wrapper_trace,
    .iter = wrapper_iter,
    .iternext = wrapper_next,
    .methods = wrapper_methods,
};

/* -- Wrapped values (ASYNC_GEN_WRAP) -------------------------------------------- */

typedef struct {
    object hdr;
    value v;
} wrapped_value;

static void wrapped_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((wrapped_value *)o)->v); }

type_object async_gen_wrapped_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(wrapped_value),
    .trace = wrapped_trace,
};

value async_gen_wrap(value v)
{
    wrapped_value *w = (wrapped_value *)gc_alloc(&async_gen_wrapped_type, sizeof(wrapped_value));
    if (!w)
        return V_NULL;
    w->v = v;
    return v_from_obj(&w->hdr);
}

static bool is_wrapped(value v) { return v_is_ptr(v) && v_obj(v)->type == &async_gen_wrapped_type; }

/* What one step of the async generator gave (r, or V_NULL with an
 * exception or a plain finish): a wrapped value is a `yield`, so the step
 * is over, StopIteration(value); a finish is StopAsyncIteration. */
static value unwrap(value agen, value r)
{
    gen_object *g = G(agen);
    if (!r) {
        if (!exc_occurred())
            exc_raise_value(v_from_obj(&exc_StopAsyncIteration));
        if (exc_matches(&exc_StopAsyncIteration) || exc_matches(&exc_GeneratorExit))
            g->ag_closed = true;
        g->running_async = false;
        return V_NULL;
    }
    if (is_wrapped(r)) {
        g->running_async = false;
        value si = exc_stop_iteration(((wrapped_value *)v_obj(r))->v);
        return si ? exc_raise_value(si) : V_NULL;
    }
    return r;
}

/* One step of the frame: a plain return gives V_NULL and no exception. */
static value step(value agen, value v, value exc)
{
    value ret = V_NULL;
    value r = exc ? gen_throw_ex(agen, exc, &ret) : gen_send_ex(agen, v, V_NULL, &ret);
    return r;
}

/* throw(type[, value[, tb]]) into the generator, as one step. */
static value throw_args(value agen, int argc, const value *argv)
{
    if (argc < 1 || argc > 3)
        return exc_raise(&exc_TypeError, "throw expected at least 1 argument, got %d", argc);
    value e = gen_make_exception(argv[0], argc > 1 ? argv[1] : V_NULL);
    if (!e)
        return V_NULL;
    return step(agen, V_NONE, e);
}

/* -- asend / __anext__ ----------------------------------------------------------- */

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct {
    object hdr;
    value agen, arg;   /* asend: the value to send; athrow: the exception (V_NULL: aclose) */
    int state;
} agen_awaitable;

static void awaitable_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((agen_awaitable *)o)->agen);
    gc_mark_value(t, ((agen_awaitable *)o)->arg);
}

static value new_awaitable(type_object *type, value agen, value arg)
{
    agen_awaitable *a = (agen_awaitable *)gc_alloc(type, sizeof(agen_awaitable));
    if (!a)
        return V_NULL;
    a->agen = agen;
    a->arg = arg;
    a->state = AW_INIT;
    return v_from_obj(&a->hdr);
}

#define A(self) ((agen_awaitable *)v_obj(self))

static value asend_send_v(value self, value v)
{
    agen_awaitable *a = A(self);
    gen_object *g = G(a->agen);
    if (a->state == AW_CLOSED)
        return exc_raise(&exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AW_INIT) {
        if (g->running_async)
            return exc_raise(&exc_RuntimeError, "anext(): asynchronous generator is already running");
        if (v == V_NONE)
            v = a->arg;
        a->state = AW_ITER;
    }
    g->running_async = true;
    value r = unwrap(a->agen, step(a->agen, v, V_NULL));
    if (!r)
        a->state = AW_CLOSED;
    return r;
}

static value asend_next(value self) { return asend_send_v(self, V_NONE); }

static value asend_send(value self, int argc, const value *argv, value kwnames)
{
    return asend_send_v(self, argv[0]);
}

static value asend_throw(value self, int argc, const value *argv, value kwnames)
{
    agen_awaitable *a = A(self);
    if (a->state == AW_CLOSED)
        return exc_raise(&exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    value r = unwrap(a->agen, throw_args(a->agen, argc, argv));
    if (!r)
        a->state = AW_CLOSED;
    return r;
}

static value awaitable_close(value self, int argc, const value *argv, value kwnames)
{
    A(self)->state = AW_CLOSED;
    return V_NONE;
}

static value awaitable_self(value self) { return self; }
static value awaitable_await(value self, int argc, const value *argv, value kwnames) { return self; }

static const method_def asend_methods[] = {
    { "send", asend_send, METH_O, NULL },
    { "throw", asend_throw, METH_FAST, NULL },
    { "close", awaitable_close, METH_NOARGS, NULL },
    { "__await__", awaitable_await, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object async_gen_asend_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "async_generator_asend",
    .basicsize = sizeof(agen_awaitable),
    .trace = awaitable_trace,
    .iter = awaitable_self,
    .iternext = asend_next,
    .methods = asend_methods,
};

value async_gen_anext(value agen) { return new_awaitable(&async_gen_asend_type, agen, V_NONE); }

/* -- athrow / aclose ---------------------------------------------------------- */

static value ignored_exit(agen_awaitable *a)
{
    G(a->agen)->running_async = false;
    a->state = AW_CLOSED;
    return exc_raise(&exc_RuntimeError, "async generator ignored GeneratorExit");
}

/* The generator stopped (r == V_NULL): aclose() turns the expected
 * endings into StopIteration (the awaiter's normal return). */
static value athrow_error(agen_awaitable *a)
{
    G(a->agen)->running_async = false;
    a->state = AW_CLOSED;
    if (!a->arg && (exc_matches(&exc_StopAsyncIteration) || exc_matches(&exc_GeneratorExit))) {
        exc_clear();
        exc_raise_value(v_from_obj(&exc_StopIteration));
    }
    return V_NULL;
}

/* What athrow's step r means: for athrow, as asend; for aclose, a yield
 * is "ignored GeneratorExit", an await passes up. */
static value athrow_result(agen_awaitable *a, value r)
{
    if (a->arg) {
        r = unwrap(a->agen, r);
        if (!r)
            a->state = AW_CLOSED;
        return r;
    }
    if (r)
        return is_wrapped(r) ? ignored_exit(a) : r;
    if (!exc_occurred())
        exc_raise_value(v_from_obj(&exc_StopAsyncIteration));
    return athrow_error(a);
}

static value athrow_send_v(value self, value v)
{
    agen_awaitable *a = A(self);
    gen_object *g = G(a->agen);
    if (a->state == AW_CLOSED)
        return exc_raise(&exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    /* only a fresh awaitable checks: aclose() itself marks the generator
     * closed, then may resume it through awaits in its finally blocks */
    if (a->state == AW_INIT && (g->state == GEN_CLOSED || g->ag_closed)) {
        a->state = AW_CLOSED;
        return exc_raise_value(v_from_obj(&exc_StopIteration));
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            a->state = AW_CLOSED;
            return exc_raise(&exc_RuntimeError, a->arg ? "athrow(): asynchronous generator is already running"
                                                       : "aclose(): asynchronous generator is already running");
        }
        if (v != V_NONE)
            return exc_raise(&exc_RuntimeError, "can't send non-None value to a just-started coroutine");
        a->state = AW_ITER;
        g->running_async = true;
        value exc = a->arg;
        if (!exc) {
            g->ag_closed = true;
            exc = obj_call0(v_from_obj(&exc_GeneratorExit));
            if (!exc)
                return V_NULL;
        }
        return athrow_result(a, step(a->agen, V_NONE, exc));
    }
    return athrow_result(a, step(a->agen, v, V_NULL));
}

static value athrow_next(value self) { return athrow_send_v(self, V_NONE); }

static value athrow_send(value self, int argc, const value *argv, value kwnames)
{
    return athrow_send_v(self, argv[0]);
}

static value athrow_throw(value self, int argc, const value *argv, value kwnames)
{
    agen_awaitable *a = A(self);
    if (a->state == AW_CLOSED)
        return exc_raise(&exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return athrow_result(a, throw_args(a->agen, argc, argv));
}

static const method_def athrow_methods[] = {
    { "send", athrow_send, METH_O, NULL },
    { "throw", athrow_throw, METH_FAST, NULL },
    { "close", awaitable_close, METH_NOARGS, NULL },
    { "__await__", awaitable_await, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object async_gen_athrow_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "async_generator_athrow",
    .basicsize = sizeof(agen_awaitable),
    .trace = awaitable_trace,
    .iter = awaitable_self,
    .iternext = athrow_next,
    .methods = athrow_methods,
};

/* -- The async generator's methods ----------------------------------------------- */

static value agen_aiter(value self, int argc, const value *argv, value kwnames) { return self; }

static value agen_anext(value self, int argc, const value *argv, value kwnames)
{
    return async_gen_anext(self);
}

static value agen_asend(value self, int argc, const value *argv, value kwnames)
{
    return new_awaitable(&async_gen_asend_type, self, argv[0]);
}

static value agen_athrow(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1 || argc > 3)
        return exc_raise(&exc_TypeError, "athrow expected at least 1 argument, got %d", argc);
    value e = gen_make_exception(argv[0], argc > 1 ? argv[1] : V_NULL);
    if (!e)
        return V_NULL;
    return new_awaitable(&async_gen_athrow_type, self, e);
}

static value agen_aclose(value self, int argc, const value *argv, value kwnames)
{
    return new_awaitable(&async_gen_athrow_type, self, V_NULL);
}

const method_def agen_methods[] = {
    { "__aiter__", agen_aiter, METH_NOARGS, NULL },
    { "__anext__", agen_anext, METH_NOARGS, NULL },
    { "asend", agen_asend, METH_O, NULL },
    { "athrow", agen_athrow, METH_FAST, NULL },
    { "aclose", agen_aclose, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static value get_running_async(value self) { return v_bool(G(self)->running_async); }

const getset_def agen_getsets[] = {
    { "__name__", get_name, gen_set_name, NULL },
    { "__qualname__", get_qualname, gen_set_qualname, NULL },
    { "ag_running", get_running_async, NULL, NULL },
    { "ag_frame", get_frame, NULL, NULL },
    { "ag_code", get_code, NULL, NULL },
    { "ag_await", get_await, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};
