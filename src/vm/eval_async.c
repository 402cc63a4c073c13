/* The run-time half of `await`, `async for` and `async with`
 * (eval_internal.h): GET_AWAITABLE, GET_AITER, GET_ANEXT and
 * BEFORE_ASYNC_WITH, with CPython 3.11's checks and messages. The
 * compiler turns each await into a SEND/YIELD_VALUE loop over the
 * iterator GET_AWAITABLE returns, exactly like `yield from`, so a
 * coroutine suspends by passing the innermost yield up to whoever calls
 * send() on the outermost coroutine (the event loop). */
#include "eval_internal.h"
#include "code.h"
#include "exc.h"
#include "frame.h"
#include "../objects/exceptions.h"
#include "../objects/generator.h"
#include "../objects/str.h"
#include "../objects/type.h"

/* A generator marked by types.coroutine can be awaited directly. */
static bool is_iterable_coroutine(value v)
{
    return v_is_generator(v) &&
           (v_code(((gen_object *)v_obj(v))->frame->code)->flags & CO_ITERABLE_COROUTINE);
}

static bool is_awaitable_coroutine(value v) { return v_is_coroutine(v) || is_iterable_coroutine(v); }

static value await_type_error(value v, int where)
{
    if (where == 1)
        return exc_raise(&exc_TypeError, "'async with' received an object from __aenter__ "
                         "that does not implement __await__: %s", v_type_name(v));
    if (where == 2)
        return exc_raise(&exc_TypeError, "'async with' received an object from __aexit__ "
                         "that does not implement __await__: %s", v_type_name(v));
    return exc_raise(&exc_TypeError, "object %s can't be used in 'await' expression", v_type_name(v));
}

/* v.__await__() (looked up on the type), which must give an iterator
 * that is not itself a coroutine. V_NULL without an exception: no
 * __await__. */
static value call_await(value v)
{
    value m = type_lookup(v_type(v), str_intern_cstr("__await__"));
    if (!m)
        return V_NULL;
    value it = obj_call_method(v, "__await__", 0, NULL);
    if (!it)
        return V_NULL;
    if (is_awaitable_coroutine(it))
        return exc_raise(&exc_TypeError, "__await__() returned a coroutine");
    if (!v_type(it)->iternext)
        return exc_raise(&exc_TypeError, "__await__() returned non-iterator of type '%s'",
                         v_type_name(it));
    return it;
}

value eval_get_awaitable(value v, int where)
{
    if (is_awaitable_coroutine(v)) {
        if (v_is_coroutine(v) && gen_delegate(v))
            return exc_raise(&exc_RuntimeError, "coroutine is being awaited already");
        return v;
    }
    value it = call_await(v);
    if (!it && !exc_occurred())
        return await_type_error(v, where);
    return it;
}

value eval_get_aiter(value v)
{
    if (!type_lookup(v_type(v), str_intern_cstr("__aiter__")))
        return exc_raise(&exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                         v_type_name(v));
    value it = obj_call_method(v, "__aiter__", 0, NULL);
    if (!it)
        return V_NULL;
    if (!type_lookup(v_type(it), str_intern_cstr("__anext__")))
        return exc_raise(&exc_TypeError, "'async for' received an object from __aiter__ "
                         "that does not implement __anext__: %s", v_type_name(it));
    return it;
}

value eval_get_anext(value aiter)
{
    if (v_is_async_gen(aiter))
        return async_gen_anext(aiter);
    if (!type_lookup(v_type(aiter), str_intern_cstr("__anext__")))
        return exc_raise(&exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                         v_type_name(aiter));
    value aw = obj_call_method(aiter, "__anext__", 0, NULL);
    if (!aw)
        return V_NULL;
    if (is_awaitable_coroutine(aw))
        return aw;
    value it = call_await(aw);
    if (it)
        return it;
    if (!exc_occurred() || exc_matches(&exc_TypeError)) {
        value cause = exc_occurred() ? exc_fetch() : V_NULL;
        exc_raise(&exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                  v_type_name(aw));
        if (cause) {
            value e = exc_fetch();
            exc_set_cause(e, cause);
            exc_restore(e);
        }
    }
    return V_NULL;
}

value eval_before_async_with(value mgr, value *exit_out)
{
    if (!type_lookup(v_type(mgr), str_intern_cstr("__aenter__")))
        return exc_raise(&exc_TypeError, "'%s' object does not support the asynchronous context "
                         "manager protocol", v_type_name(mgr));
    if (!type_lookup(v_type(mgr), str_intern_cstr("__aexit__")))
        return exc_raise(&exc_TypeError, "'%s' object does not support the asynchronous context "
                         "manager protocol (missed __aexit__ method)", v_type_name(mgr));
    *exit_out = obj_getattr_cstr(mgr, "__aexit__");
    if (!*exit_out)
        return V_NULL;
    value e = obj_getattr_cstr(mgr, "__aenter__");
    if (!e)
        return V_NULL;
    return obj_call0(e);
}
