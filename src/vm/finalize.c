/* Finalization, the VM's part (finalize.h). The collector keeps an
 * unreachable object that registered a finalizer alive for one more cycle
 * and, at the next safe point, calls the hook installed here on it, once
 * in the object's life (gc.h). For an instance that is its class's
 * __del__; for a generator or coroutine suspended inside its body it is
 * close(), which throws GeneratorExit in so that `finally` blocks and
 * `with` exits run, as CPython does when it collects one. Errors cannot
 * propagate from there: they are printed as CPython's default
 * unraisable hook prints them, and the program goes on. */
#include <stdio.h>
#include "finalize.h"
#include "exc.h"
#include "traceback.h"
#include "../gc/gc.h"
#include "../objects/generator.h"
#include "../objects/names.h"
#include "../objects/str.h"

void finalize_unraisable(value obj)
{
    value exc = exc_fetch();
    if (!exc)
        return;
    fflush(stdout);
    if (obj) {
        value r = obj_repr(obj);
        if (r) {
            fprintf(stderr, "Exception ignored in: %s\n", str_data(r));
        } else {
            exc_clear();
            fprintf(stderr, "Exception ignored in: <object repr() failed>\n");
        }
    }
    exc_print(exc, stderr);
    fflush(stderr);
}

/* type(o).__del__(o); the function found is what an error report names
 * ("Exception ignored in: <function C.__del__ at 0x...>"). */
static void call_del(value self)
{
    type_object *t = v_type(self);
    value d = type_lookup(t, N(__del__));
    if (!d)
        return;
    descr_get_fn get = v_type(d)->descr_get;
    value bound = get ? get(d, self, v_from_obj(t)) : d;
    if (!bound || !obj_call0(bound))
        finalize_unraisable(d);
}

static void close_generator(value gen)
{
    if (!gen_close(gen))
        finalize_unraisable(gen);
}

static void del_hook(object *o)
{
    value v = v_from_obj(o);
    if (v_is_gen_or_coro(v))
        close_generator(v);
    else
        call_del(v);
}

/* A generator needs closing only while suspended in its body: one not
 * started or already finished is freed without being resurrected. */
static bool needs_del(object *o)
{
    value v = v_from_obj(o);
    if (v_is_gen_or_coro(v))
        return ((gen_object *)o)->state == GEN_SUSPENDED;
    return true;
}

void finalize_init(void)
{
    gc_set_del_hook(del_hook);
    gc_set_del_check(needs_del);
}
