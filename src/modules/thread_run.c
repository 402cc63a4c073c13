/* Starting and ending threads for `_thread` (threadmodule.h; design in
 * docs/threads.md). start_new_thread turns the GIL on (the first time),
 * parks the function and its arguments in a rooted list so the collector
 * keeps them while the new thread is being born, and starts an OS
 * thread. That thread makes its own thread_state and frame stack, takes
 * the GIL, registers itself with the collector (gil.c), calls the
 * function, and on the way out reports an escaping exception (SystemExit
 * ends it quietly), releases its _set_sentinel() locks (what
 * threading.Thread.join waits on), drops its _local dicts, and gives the
 * GIL up for good. At exit the runtime calls threading._shutdown(),
 * which joins the non-daemon threads (thread_shutdown). */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include "threadmodule.h"
#include "sysmodule.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/frame.h"
#include "../vm/gil.h"

/* ident -> list of sentinel locks the thread releases when it ends */
static value sentinels;
/* id -> (func, args, kwargs) of threads started but not yet running */
static value boots;
static int64_t next_boot_id;
/* threads started by start_new_thread and not yet ended (_count) */
static int64_t nthreads;

static int ensure_roots(void)
{
    if (!sentinels) {
        if (!(sentinels = dict_new()))
            return -1;
        gc_root(&sentinels);
    }
    if (!boots) {
        if (!(boots = dict_new()))
            return -1;
        gc_root(&boots);
    }
    return 0;
}

int thread_add_sentinel(value lock)
{
    if (ensure_roots() < 0)
        return -1;
    value key = int_from_u64(thread_ident());
    if (!key)
        return -1;
    value l = dict_get(sentinels, key);
    if (!l) {
        if (exc_occurred() || !(l = list_new(0)) || dict_set(sentinels, key, l) < 0)
            return -1;
    }
    return list_append(l, lock);
}

int64_t thread_count(void)
{
    return nthreads;
}

/* -- The thread's life ----------------------------------------------------------- */

typedef struct boot {
    value rec;              /* the (func, args, kwargs) tuple, kept alive in `boots` */
    int64_t id;             /* its key there */
    int recursion_limit;
} boot;

static void *stack_top(void)
{
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return __builtin_frame_address(0);
    int r = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return r == 0 ? (char *)addr + size : __builtin_frame_address(0);
}

/* f(*args, **kwargs) */
static value call_rec(value rec)
{
    value f = tuple_get(rec, 0), args = tuple_get(rec, 1), kw = tuple_get(rec, 2);
    size_t na = tuple_len(args), nk = kw != V_NONE ? dict_len(kw) : 0;
    if (!nk)
        return obj_call(f, (int)na, tuple_items(args), V_NULL);
    value argv = tuple_new(na + nk), names = tuple_new(nk);
    if (!argv || !names)
        return V_NULL;
    for (size_t i = 0; i < na; i++)
        tuple_items(argv)[i] = tuple_get(args, i);
    size_t pos = 0, k = 0;
    value key, val;
    while (k < nk && dict_next(kw, &pos, &key, &val)) {
        if (!v_isinstance(key, &str_type))
            return exc_raise(&exc_TypeError, "keywords must be strings");
        tuple_items(names)[k] = key;
        tuple_items(argv)[na + k++] = val;
    }
    return obj_call(f, (int)na, tuple_items(argv), names);
}

/* As CPython's default unraisablehook prints an exception that escaped a
 * thread started by start_new_thread. */
static void report(value func)
{
    value exc = exc_fetch();
    value err = sys_get("stderr");
    if (!err || err == V_NONE)
        return;
    value r = obj_repr(func);
    value line = r ? str_format("Exception ignored in thread started by: %S\n", r) : V_NULL;
    if (!line || !obj_call_method(err, "write", 1, &line) || sys_write_exception(exc, err) < 0)
        exc_clear();
}

/* What the ending thread leaves behind: its sentinels released (join()
 * returns), its _local dicts dropped. */
static void cleanup(unsigned long ident)
{
    value saved = exc_fetch();
    value key = int_from_u64(ident);
    value l = key ? dict_get(sentinels, key) : V_NULL;
    if (l) {
        for (size_t i = 0; i < list_len(l); i++) {
            tlock *lk = thread_lock_of(list_get(l, i));
            if (tlock_locked(lk))
                tlock_release(lk);
        }
        if (dict_del(sentinels, key) < 0)
            exc_clear();
    }
    exc_clear();
    thread_forget_locals(ident);
    exc_restore(saved);
}

static void remove_boot(int64_t id)
{
    if (dict_del(boots, v_small(id)) < 0)
        exc_clear();
}

static void *thread_main(void *arg)
{
    boot *b = arg;
    thread_state *s = calloc(1, sizeof *s);
    if (!s)
        abort();   /* nothing can be reported without a thread state */
    s->recursion_limit = b->recursion_limit;
    s->stack_base = stack_top();
    ts_current = s;
    gil_acquire();
    value rec = b->rec;
    int64_t id = b->id;
    free(b);
    if (gil_register(s) < 0) {   /* no memory for the record: the thread cannot run */
        exc_clear();
        remove_boot(id);
        __atomic_sub_fetch(&nthreads, 1, __ATOMIC_SEQ_CST);
        gil_release();
        return NULL;
    }
    frame_stack_init();
    remove_boot(id);
    value r = call_rec(rec);
    if (!r) {
        if (exc_matches(&exc_SystemExit))
            exc_clear();
        else
            report(tuple_get(rec, 0));
    }
    rec = V_NULL;
    cleanup(thread_ident());
    frame_stack_fini();
    __atomic_sub_fetch(&nthreads, 1, __ATOMIC_SEQ_CST);
    gil_unregister_and_release();
    ts_current = NULL;
    free(s);
    return NULL;
}

/* the child of a fork() has only the thread that forked */
static void after_fork_child(void) { nthreads = 0; }

value thread_start(value func, value args, value kwargs)
{
    static bool atfork;
    if (!atfork) {
        pthread_atfork(NULL, NULL, after_fork_child);
        atfork = true;
    }
    if (ensure_roots() < 0 || gil_start() < 0)
        return V_NULL;
    value rec = tuple_pack(3, func, args, kwargs ? kwargs : V_NONE);
    int64_t id = next_boot_id++;
    if (!rec || dict_set(boots, v_small(id), rec) < 0)
        return V_NULL;
    boot *b = malloc(sizeof *b);
    if (!b) {
        remove_boot(id);
        return exc_no_memory();
    }
    b->rec = rec;
    b->id = id;
    b->recursion_limit = ts_current->recursion_limit;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    /* the eval loop keeps 320 KB of a stack for C code below its checks:
     * a smaller stack_size() setting is raised to 1 MiB */
    size_t want = thread_stack_size() ? thread_stack_size() : (size_t)8 << 20;
    pthread_attr_setstacksize(&attr, want < ((size_t)1 << 20) ? (size_t)1 << 20 : want);
    __atomic_add_fetch(&nthreads, 1, __ATOMIC_SEQ_CST);
    pthread_t t;
    int err = pthread_create(&t, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (err) {
        __atomic_sub_fetch(&nthreads, 1, __ATOMIC_SEQ_CST);
        free(b);
        remove_boot(id);
        return exc_raise(&exc_RuntimeError, "can't start new thread");
    }
    return int_from_u64((unsigned long)t);
}

void thread_shutdown(void)
{
    value mods = sys_get("modules");
    value th = mods && v_isinstance(mods, &dict_type) ? dict_get_cstr(mods, "threading") : V_NULL;
    if (!th)
        return;
    value saved = exc_fetch();
    if (!obj_call_method(th, "_shutdown", 0, NULL)) {
        value exc = exc_fetch();
        value err = sys_get("stderr");
        value r = obj_repr(th);
        value line = r ? str_format("Exception ignored in: %S\n", r) : V_NULL;
        if (!err || err == V_NONE || !line || !obj_call_method(err, "write", 1, &line) ||
            sys_write_exception(exc, err) < 0)
            exc_clear();
    }
    exc_restore(saved);
}
