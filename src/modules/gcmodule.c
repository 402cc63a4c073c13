/* The `gc` module over Taipan's collector (src/gc). Taipan's collector is
 * one full mark-sweep, not CPython's three generations, so the
 * generational knobs (thresholds, debug flags, freeze) are kept and
 * reported but change nothing; collect() returns the number of objects
 * the collection found unreachable, which cannot equal CPython's count.
 * gc.callbacks are called around explicit gc.collect() calls only: an
 * automatic collection happens inside an allocation, where no Python code
 * may run. */
#include <string.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/code.h"
#include "../vm/exc.h"
#include "../vm/frame.h"
#include "../vm/finalize.h"

static value gc_module;                         /* for gc.callbacks */
static int64_t thresholds[3] = { 700, 10, 10 };
static int64_t debug_flags;
static int64_t collected_total;                 /* by gc.collect(), for get_stats */

/* gc.callbacks(phase, info) for each callback; errors are unraisable. */
static void run_callbacks(const char *phase, int64_t generation, int64_t collected)
{
    value cbs = dict_get_cstr(module_dict(gc_module), "callbacks");
    if (!cbs || !v_isinstance(cbs, &list_type) || list_len(cbs) == 0)
        return;
    value ph = str_from_cstr(phase), info = dict_new(), g, c;
    if (!ph || !info || !(g = int_from_i64(generation)) || !(c = int_from_i64(collected)) ||
        dict_set_cstr(info, "generation", g) < 0 || dict_set_cstr(info, "collected", c) < 0 ||
        dict_set_cstr(info, "uncollectable", v_small(0)) < 0) {
        finalize_unraisable(V_NULL);
        return;
    }
    for (size_t i = 0; i < list_len(cbs); i++) {
        value cb = list_get(cbs, i);
        value args[2] = { ph, info };
        if (!obj_call(cb, 2, args, V_NULL))
            finalize_unraisable(cb);
    }
}

/* Frames are traced whole (frame.h), so values a frame has popped stay
 * alive above its stack top until overwritten, and an object just dropped
 * (`del x; gc.collect()`) would survive the collection meant to see it.
 * Before an explicit collection the dead slots are cleared where the
 * stack top is known exactly: in the frame calling gc.collect(), when
 * argv points into its value stack (the call's arguments are then the
 * top of the stack: everything above is dead); and in each frame that
 * called the next one inline (the callee's `entry` is false), whose saved
 * sp the eval loop resumes from. A frame waiting in a C call made by some
 * other instruction may have a stale saved sp: it is left alone. */
static void clear_dead_slots(const value *argv, int argc, value kwnames)
{
    frame *f = ts()->frame;
    if (!f)
        return;
    value *top = (value *)argv + argc + (kwnames ? tuple_len(kwnames) : 0);
    value *lo = f->localsplus + v_code(f->code)->nlocalsplus, *hi = f->localsplus + f->nslots;
    if (argv >= lo && top <= hi)
        memset(top, 0, (size_t)(hi - top) * sizeof(value));
    for (frame *callee = f; (f = callee->back); callee = f) {
        if (callee->entry)
            continue;
        hi = f->localsplus + f->nslots;
        if (f->sp >= f->localsplus && f->sp <= hi)
            memset(f->sp, 0, (size_t)(hi - f->sp) * sizeof(value));
    }
}

static value gc_collect_m(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "generation" };
    value gen;
    if (num_parse_args("collect", argc, argv, kwnames, names, 1, 1, 0, &gen) < 0)
        return V_NULL;
    int64_t g = 2;
    if (gen) {
        value i = obj_index(gen);
        if (!i)
            return V_NULL;
        if (int_as_i64(i, &g) < 0 || g < 0 || g > 2) {
            exc_clear();
            return exc_raise(&exc_ValueError, "invalid generation");
        }
    }
    /* gc.collect() from a callback, a __del__ or a weakref callback run
     * by this one returns 0 at once, as in CPython: otherwise a callback
     * that collects would recurse without end */
    static bool collecting;
    if (collecting)
        return v_small(0);
    collecting = true;
    clear_dead_slots(argv, argc, kwnames);
    run_callbacks("start", g, 0);
    gc_collect();
    gc_stats st;
    gc_get_stats(&st);
    int64_t n = (int64_t)st.objects_freed_last;
    collected_total += n;
    gc_run_pending();   /* weakref callbacks and __del__ run before collect() returns */
    run_callbacks("stop", g, n);
    collecting = false;
    return int_from_i64(n);
}

static value gc_enable_m(value self, int argc, const value *argv, value kwnames)
{
    gc_enable();
    return V_NONE;
}

static value gc_disable_m(value self, int argc, const value *argv, value kwnames)
{
    gc_disable();
    return V_NONE;
}

static value gc_isenabled_m(value self, int argc, const value *argv, value kwnames)
{
    return v_bool(gc_is_enabled());
}

/* The first count is the allocation since the last collection, in units of
 * a small object: what CPython's first count measures, roughly. */
static value gc_get_count_m(value self, int argc, const value *argv, value kwnames)
{
    gc_stats st;
    gc_get_stats(&st);
    value c = int_from_i64((int64_t)(st.allocated_since / 64));
    return c ? tuple_pack(3, c, v_small(0), v_small(0)) : V_NULL;
}

static value gc_get_threshold_m(value self, int argc, const value *argv, value kwnames)
{
    return tuple_pack(3, v_small(thresholds[0]), v_small(thresholds[1]), v_small(thresholds[2]));
}

static value gc_set_threshold_m(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (argc > 3)
        return exc_raise(&exc_TypeError, "set_threshold() takes at most 3 arguments (%d given)", argc);
    int64_t t[3] = { thresholds[0], thresholds[1], thresholds[2] };
    for (int i = 0; i < argc; i++) {
        value v = argv[i];
        if (!v_is_int_like(v))
            return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        if (int_as_i64(v, &t[i]) < 0 || t[i] < INT32_MIN || t[i] > INT32_MAX) {
            exc_clear();
            return exc_raise(&exc_OverflowError, "signed integer is greater than maximum");
        }
    }
    for (int i = 0; i < 3; i++)
        thresholds[i] = t[i];
    return V_NONE;
}

static value gc_get_debug_m(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64(debug_flags);
}

static value gc_set_debug_m(value self, int argc, const value *argv, value kwnames)
{
    value i = obj_index(argv[0]);
    if (!i || int_as_i64(i, &debug_flags) < 0)
        return V_NULL;
    return V_NONE;
}

/* An atom: nothing the collector would have to follow from it. */
static bool is_atomic(value v)
{
    if (!v_is_ptr(v))
        return true;
    type_object *t = v_type(v);
    return !(t->flags & TYPE_HEAPTYPE) && !t->trace;
}

/* CPython tracks what can be part of a cycle: not atoms, not static
 * types, not dicts and tuples holding only atoms (it untracks those). */
static value gc_is_tracked_m(value self, int argc, const value *argv, value kwnames)
{
    value obj = argv[0];
    if (is_atomic(obj))
        return V_FALSE;
    if (v_is_type(obj))
        return v_bool(v_as_type(obj)->flags & TYPE_HEAPTYPE);
    if (v_is_tuple(obj)) {
        for (size_t i = 0; i < tuple_len(obj); i++)
            if (!is_atomic(tuple_get(obj, i)))
                return V_TRUE;
        return V_FALSE;
    }
    if (v_is_dict(obj)) {
        size_t pos = 0;
        value k, v;
        while (dict_next(obj, &pos, &k, &v))
            if (!is_atomic(k) || !is_atomic(v))
                return V_TRUE;
        return V_FALSE;
    }
    return V_TRUE;
}

static value gc_is_finalized_m(value self, int argc, const value *argv, value kwnames)
{
    return v_bool(v_is_ptr(argv[0]) && gc_is_finalized(v_obj(argv[0])));
}

static value gc_freeze_m(value self, int argc, const value *argv, value kwnames) { return V_NONE; }

static value gc_get_freeze_count_m(value self, int argc, const value *argv, value kwnames)
{
    return v_small(0);
}

static value stats_dict(int64_t collections, int64_t collected)
{
    value d = dict_new(), a, b;
    if (!d || !(a = int_from_i64(collections)) || !(b = int_from_i64(collected)) ||
        dict_set_cstr(d, "collections", a) < 0 || dict_set_cstr(d, "collected", b) < 0 ||
        dict_set_cstr(d, "uncollectable", v_small(0)) < 0)
        return V_NULL;
    return d;
}

/* Every collection is a full one: Taipan's counts are generation 2's. */
static value gc_get_stats_m(value self, int argc, const value *argv, value kwnames)
{
    gc_stats st;
    gc_get_stats(&st);
    value l = list_new(0), d;
    for (int g = 0; g < 3 && l; g++) {
        d = g < 2 ? stats_dict(0, 0) : stats_dict((int64_t)st.collections, collected_total);
        if (!d || list_append(l, d) < 0)
            return V_NULL;
    }
    return l;
}

static const method_def gc_functions[] = {
    { "collect", gc_collect_m, METH_KEYWORDS, NULL },
    { "enable", gc_enable_m, METH_NOARGS, NULL },
    { "disable", gc_disable_m, METH_NOARGS, NULL },
    { "isenabled", gc_isenabled_m, METH_NOARGS, NULL },
    { "get_count", gc_get_count_m, METH_NOARGS, NULL },
    { "get_threshold", gc_get_threshold_m, METH_NOARGS, NULL },
    { "set_threshold", gc_set_threshold_m, METH_FAST, NULL },
    { "get_debug", gc_get_debug_m, METH_NOARGS, NULL },
    { "set_debug", gc_set_debug_m, METH_O, NULL },
    { "is_tracked", gc_is_tracked_m, METH_O, NULL },
    { "is_finalized", gc_is_finalized_m, METH_O, NULL },
    { "freeze", gc_freeze_m, METH_NOARGS, NULL },
    { "unfreeze", gc_freeze_m, METH_NOARGS, NULL },
    { "get_freeze_count", gc_get_freeze_count_m, METH_NOARGS, NULL },
    { "get_stats", gc_get_stats_m, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

value gcmodule_init(void)
{
    value m = module_new("gc");
    if (!m || modules_add_functions(m, gc_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    value garbage = list_new(0), callbacks = list_new(0);
    value doc = str_from_cstr("This module provides access to the garbage collector for reference cycles.\n\n"
                              "Taipan's collector is a tracing mark-sweep: every collection is a full one.");
    if (!garbage || !callbacks || !doc || dict_set_cstr(d, "garbage", garbage) < 0 ||
        dict_set_cstr(d, "callbacks", callbacks) < 0 || dict_set_cstr(d, "__doc__", doc) < 0)
        return V_NULL;
    static const struct { const char *name; int v; } flags[] = {
        { "DEBUG_STATS", 1 }, { "DEBUG_COLLECTABLE", 2 }, { "DEBUG_UNCOLLECTABLE", 4 },
        { "DEBUG_SAVEALL", 32 }, { "DEBUG_LEAK", 38 },
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (dict_set_cstr(d, flags[i].name, v_small(flags[i].v)) < 0)
            return V_NULL;
    gc_module = m;
    gc_root(&gc_module);
    return m;
}
