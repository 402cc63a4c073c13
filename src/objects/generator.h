/* Generators, coroutines and async generators (coroutine.c): a suspended
 * frame kept in the generator object. RETURN_GENERATOR copies the frame
 * off the thread's frame stack into the generator; each send/next links
 * it back into the frame chain and resumes the eval loop there (eval.h:
 * eval_resume). */
#ifndef TAIPAN_GENERATOR_H
#define TAIPAN_GENERATOR_H
#include "object.h"

struct frame;

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct gen_object {
    object hdr;
    value name, qualname;
    int state;             /* GEN_* */
    value handled;         /* the exception its except block handles while suspended */
    struct frame *frame;   /* points into this object's own storage */
    bool running_async;    /* async generator: an asend/athrow is in progress */
    bool ag_closed;        /* async generator: finished or aclose()d */
    /* the frame follows, sized by the code object */
} gen_object;

extern type_object generator_type, coroutine_type, async_generator_type;
static inline bool v_is_generator(value v) { return v_is_ptr(v) && v_obj(v)->type == &generator_type; }
static inline bool v_is_coroutine(value v) { return v_is_ptr(v) && v_obj(v)->type == &coroutine_type; }
static inline bool v_is_gen_or_coro(value v) { return v_is_generator(v) || v_is_coroutine(v); }
static inline bool v_is_async_gen(value v) { return v_is_ptr(v) && v_obj(v)->type == &async_generator_type; }

/* Moves the (running, innermost) frame f into a new generator object of
 * the kind its code's flags say; f is not popped (the caller does). */
TP_MUST_CHECK value gen_from_frame(struct frame *f);
/* gen.send(v): the next yielded value; V_NULL with StopIteration (its
 * value the return value) or another exception when done.
 * gen_send_ex returns V_NULL and no exception for a plain return when
 * *retval is non-NULL (set to the return value) -- what `yield from` and
 * FOR_ITER need without building a StopIteration. */
TP_MUST_CHECK value gen_send(value gen, value v);
TP_MUST_CHECK value gen_send_ex(value gen, value v, value exc, value *retval);
/* gen.throw(exc) and gen.close(). */
TP_MUST_CHECK value gen_throw(value gen, value exc);
TP_MUST_CHECK value gen_close(value gen);
/* throw with the retval contract of gen_send_ex. */
TP_MUST_CHECK value gen_throw_ex(value gen, value exc, value *retval);
/* The awaitable/iterator a suspended gen is delegating to (yield from,
 * await), or V_NULL. */
value gen_delegate(value gen);
/* One `yield from` step over a non-generator iterator (nothing sent):
 * V_NULL with StopIteration(value) kept when it ends with a value. */
TP_MUST_CHECK value gen_iter_step(value it);
/* throw()'s arguments (type[, value] or an instance) as an exception. */
TP_MUST_CHECK value gen_make_exception(value typ, value val);
/* Shared with coroutine.c (the coroutine and async generator types). */
void gen_trace(object *o, gc_tracer *t);
value gen_repr(value self);
int gen_set_name(value self, value v);       /* __name__ / __qualname__ setters */
int gen_set_qualname(value self, value v);
value gen_m_throw(value self, int argc, const value *argv, value kwnames);
extern const method_def coro_methods[], agen_methods[];
extern const getset_def coro_getsets[], agen_getsets[];
/* ASYNC_GEN_WRAP: marks a value an async generator yields (as opposed to
 * what an await inside it passes up to the event loop). */
TP_MUST_CHECK value async_gen_wrap(value v);
extern type_object coro_wrapper_type, async_gen_wrapped_type, async_gen_asend_type,
    async_gen_athrow_type;
/* agen.__anext__(): an awaitable. */
TP_MUST_CHECK value async_gen_anext(value agen);

#endif
