/* The `_thread` module: CPython 3.11's low-level threading primitives
 * that threading.py builds on. lock (allocate_lock) and RLock are real
 * locks (a pthread mutex + condition variable guarding a flag), so they
 * block other OS threads; a blocking acquire gives up the GIL while it
 * waits (gil.h) and, in the main thread, wakes now and then to turn a
 * pending Ctrl-C into KeyboardInterrupt. _local keeps one attribute dict
 * per thread: the object's own attribute storage (an inst_attrs in dict
 * mode) is pointed at the running thread's dict before every attribute
 * access. The thread machinery itself (start_new_thread, thread exit,
 * _count) lives in thread_run.c; this file has the types and functions
 * Python sees. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "modules.h"
#include "sysmodule.h"
#include "threadmodule.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/instance.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/structseq.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/gil.h"
#include "../vm/interrupt.h"
#include "../vm/traceback.h"

/* What CPython calls PY_TIMEOUT_MAX, in microseconds: the longest wait. */
#define TIMEOUT_MAX_US (LLONG_MAX / 1000)
#define NS_PER_SEC 1000000000LL
/* How often a main thread blocked on a lock looks for Ctrl-C. */
#define INTERRUPT_POLL_NS 20000000LL

/* -- The lock primitive -------------------------------------------------------- */

void tlock_init(tlock *l)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&l->mu, NULL);
    pthread_cond_init(&l->cv, &ca);
    pthread_condattr_destroy(&ca);
    __atomic_store_n(&l->locked, false, __ATOMIC_RELEASE);
}

void tlock_destroy(tlock *l)
{
    pthread_mutex_destroy(&l->mu);
    pthread_cond_destroy(&l->cv);
}

bool tlock_try(tlock *l)
{
    pthread_mutex_lock(&l->mu);
    bool got = !l->locked;
    __atomic_store_n(&l->locked, true, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&l->mu);
    return got;
}

void tlock_release(tlock *l)
{
    pthread_mutex_lock(&l->mu);
    __atomic_store_n(&l->locked, false, __ATOMIC_RELEASE);
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
}

static void add_ns(struct timespec *ts, int64_t ns)
{
    ts->tv_sec += ns / NS_PER_SEC;
    ts->tv_nsec += ns % NS_PER_SEC;
    if (ts->tv_nsec >= NS_PER_SEC) {
        ts->tv_sec++;
        ts->tv_nsec -= NS_PER_SEC;
    }
}

static bool before(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

int tlock_acquire(tlock *l, int64_t timeout_ns)
{
    if (tlock_try(l))
        return 1;
    if (timeout_ns == 0)
        return 0;
    bool main = gil_is_main_thread();
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    /* past TIMEOUT_MAX, or forever: the deadline is simply never reached */
    bool forever = timeout_ns < 0;
    if (!forever)
        add_ns(&deadline, timeout_ns);
    for (;;) {
        bool interrupted = false, got;
        GIL_BLOCKING_BEGIN();
        pthread_mutex_lock(&l->mu);
        for (;;) {
            if (!l->locked)
                break;
            if (main && interrupt_pending) {
                interrupted = true;
                break;
            }
            struct timespec now, until;
            clock_gettime(CLOCK_MONOTONIC, &now);
            if (!forever && !before(&now, &deadline))
                break;
            if (main) {   /* wake up to look for Ctrl-C and signals */
                until = now;
                add_ns(&until, INTERRUPT_POLL_NS);
                if (!forever && before(&deadline, &until))
                    until = deadline;
                pthread_cond_timedwait(&l->cv, &l->mu, &until);
            } else if (forever) {
                pthread_cond_wait(&l->cv, &l->mu);
            } else {
                pthread_cond_timedwait(&l->cv, &l->mu, &deadline);
            }
        }
        got = !l->locked;
        if (got)
            __atomic_store_n(&l->locked, true, __ATOMIC_RELEASE);
        pthread_mutex_unlock(&l->mu);
        GIL_BLOCKING_END();
        if (got)
            return 1;
        if (!interrupted)
            return 0;
        /* the signal's handlers run here; if none raises, keep waiting */
        if (interrupt_check() < 0)
            return -1;
    }
}

/* -- Arguments ----------------------------------------------------------------- */

/* A timeout in seconds (int or float) as nanoseconds, rounded away from
 * zero, with the messages of CPython's _PyTime conversions. */
static int timeout_to_ns(value v, int64_t *out)
{
    if (v_isinstance(v, &float_type)) {
        double d = v_float(v);
        if (isnan(d)) {
            exc_raise(&exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d *= 1e9;
        d = d >= 0 ? ceil(d) : floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            exc_raise(&exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (int64_t)d;
        return 0;
    }
    value i = obj_index(v);
    if (!i)
        return -1;
    int64_t s;
    if (int_as_i64(i, &s) < 0 || __builtin_mul_overflow(s, NS_PER_SEC, out)) {
        exc_clear();
        exc_raise(&exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    return 0;
}

/* A C int argument, as CPython's "i" format converts it. */
static int arg_c_int(value v, int *out)
{
    value i = obj_index(v);
    int64_t n;
    if (!i || int_as_i64(i, &n) < 0)
        return -1;
    if (n > INT_MAX || n < INT_MIN) {
        exc_raise(&exc_OverflowError, n > 0 ? "signed integer is greater than maximum"
                                            : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* acquire(blocking=True, timeout=-1): the wait in nanoseconds (-1:
 * forever, 0: don't wait). */
static int acquire_args(int argc, const value *argv, value kwnames, int64_t *wait_ns)
{
    static const char *const names[] = { "blocking", "timeout" };
    value a[2];
    if (num_parse_args("acquire", argc, argv, kwnames, names, 2, 2, 0, a) < 0)
        return -1;
    int blocking = 1;
    int64_t timeout = -NS_PER_SEC;   /* -1 s: CPython's "unset" */
    if (a[0] && arg_c_int(a[0], &blocking) < 0)
        return -1;
    if (a[1] && timeout_to_ns(a[1], &timeout) < 0)
        return -1;
    if (!blocking && timeout != -NS_PER_SEC) {
        exc_raise(&exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (timeout < 0 && timeout != -NS_PER_SEC) {
        exc_raise(&exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (!blocking) {
        *wait_ns = 0;
        return 0;
    }
    if (timeout == -NS_PER_SEC) {
        *wait_ns = -1;
        return 0;
    }
    int64_t us = timeout / 1000 + (timeout % 1000 != 0);
    if (us > TIMEOUT_MAX_US) {
        exc_raise(&exc_OverflowError, "timeout value is too large");
        return -1;
    }
    *wait_ns = timeout;
    return 0;
}

/* -- lock ---------------------------------------------------------------------- */

typedef struct lock_object {
    object hdr;
    tlock lock;
} lock_object;

#define LOCK(v) (&((lock_object *)v_obj(v))->lock)

tlock *thread_lock_of(value lock) { return LOCK(lock); }

static void lock_finalize(object *o)
{
    tlock_destroy(&((lock_object *)o)->lock);
}

static value no_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return exc_raise(&exc_TypeError, "cannot create '%s' instances", type->name);
}

value thread_new_lock(void)
{
    lock_object *l = (lock_object *)gc_alloc(&thread_lock_type, sizeof(lock_object));
    if (!l)
        return V_NULL;
    tlock_init(&l->lock);
    return v_from_obj(l);
}

static value lock_acquire(value self, int argc, const value *argv, value kwnames)
{
    int64_t wait;
    if (acquire_args(argc, argv, kwnames, &wait) < 0)
        return V_NULL;
    int r = tlock_acquire(LOCK(self), wait);
    return r < 0 ? V_NULL : v_bool(r);
}

static value lock_release(value self, int argc, const value *argv, value kwnames)
{
    tlock *l = LOCK(self);
    if (!tlock_locked(l))
        return exc_raise(&exc_RuntimeError, "release unlocked lock");
    tlock_release(l);
    return V_NONE;
}

static value lock_exit(value self, int argc, const value *argv, value kwnames)
{
    return lock_release(self, 0, NULL, V_NULL);
}

static value lock_locked(value self, int argc, const value *argv, value kwnames)
{
    return v_bool(tlock_locked(LOCK(self)));
}

static value lock_reinit(value self, int argc, const value *argv, value kwnames)
{
    /* after fork() only this thread exists: whoever held it is gone */
    tlock_destroy(LOCK(self));
    tlock_init(LOCK(self));
    return V_NONE;
}

static value lock_repr(value self)
{
    return str_format("<%s %s object at %p>", tlock_locked(LOCK(self)) ? "locked" : "unlocked",
                      v_type_name(self), (void *)v_obj(self));
}

static const method_def lock_methods[] = {
    { "acquire_lock", lock_acquire, METH_KEYWORDS, NULL },
    { "acquire", lock_acquire, METH_KEYWORDS, NULL },
    { "release_lock", lock_release, METH_NOARGS, NULL },
    { "release", lock_release, METH_NOARGS, NULL },
    { "locked_lock", lock_locked, METH_NOARGS, NULL },
    { "locked", lock_locked, METH_NOARGS, NULL },
    { "__enter__", lock_acquire, METH_KEYWORDS, NULL },
    { "__exit__", lock_exit, METH_FAST, NULL },
    { "_at_fork_reinit", lock_reinit, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object thread_lock_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_thread.lock",
    .basicsize = sizeof(lock_object),
    .flags = TYPE_WEAKREFABLE,
    .finalize = lock_finalize,
    .getattr = obj_generic_getattr,
    .repr = lock_repr,
    .new = no_new,
    .methods = lock_methods,
    .doc = "A lock object is a synchronization primitive: acquire() takes it, waiting\n"
           "if another thread holds it; release() gives it back. Only one thread holds\n"
           "it at a time.",
};

/* -- RLock --------------------------------------------------------------------- */

typedef struct rlock_object {
    object hdr;
    tlock lock;
    unsigned long owner;     /* get_ident() of the holder; meaningful while count > 0 */
    unsigned long count;
} rlock_object;

#define RLOCK(v) ((rlock_object *)v_obj(v))

static value rlock_new(type_object *type, int argc, const value *argv, value kwnames)
{
    rlock_object *r = (rlock_object *)seq_alloc(type, sizeof(rlock_object), 0);
    if (!r)
        return V_NULL;
    tlock_init(&r->lock);
    return v_from_obj(r);
}

static void rlock_finalize(object *o)
{
    tlock_destroy(&((rlock_object *)o)->lock);
}

static value rlock_acquire(value self, int argc, const value *argv, value kwnames)
{
    int64_t wait;
    if (acquire_args(argc, argv, kwnames, &wait) < 0)
        return V_NULL;
    rlock_object *r = RLOCK(self);
    unsigned long me = thread_ident();
    if (r->count > 0 && r->owner == me) {
        if (r->count == ULONG_MAX)
            return exc_raise(&exc_OverflowError, "Internal lock count overflowed");
        r->count++;
        return V_TRUE;
    }
    int got = tlock_acquire(&r->lock, wait);
    if (got <= 0)
        return got < 0 ? V_NULL : V_FALSE;
    r->owner = me;
    r->count = 1;
    return V_TRUE;
}

static value rlock_release(value self, int argc, const value *argv, value kwnames)
{
    rlock_object *r = RLOCK(self);
    if (r->count == 0 || r->owner != thread_ident())
        return exc_raise(&exc_RuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        tlock_release(&r->lock);
    }
    return V_NONE;
}

static value rlock_exit(value self, int argc, const value *argv, value kwnames)
{
    return rlock_release(self, 0, NULL, V_NULL);
}

static value rlock_release_save(value self, int argc, const value *argv, value kwnames)
{
    rlock_object *r = RLOCK(self);
    if (r->count == 0)
        return exc_raise(&exc_RuntimeError, "cannot release un-acquired lock");
    value c = int_from_u64(r->count), o = int_from_u64(r->owner);
    value t = c && o ? tuple_pack(2, c, o) : V_NULL;
    if (!t)
        return V_NULL;
    r->count = 0;
    r->owner = 0;
    tlock_release(&r->lock);
    return t;
}

/* An unsigned long as CPython's "k" format takes it: any int, modulo 2**64. */
static int arg_ulong_mask(value v, const char *where, unsigned long *out)
{
    if (!v_isinstance(v, &int_type)) {
        exc_raise(&exc_TypeError, "%s must be int, not %s", where, v_type_name(v));
        return -1;
    }
    value m = obj_binary_op(v, int_from_u64(UINT64_MAX), NB_AND);
    value hi = m ? obj_binary_op(m, v_small(32), NB_RSHIFT) : V_NULL;
    value lo = m ? obj_binary_op(m, v_small(0xffffffff), NB_AND) : V_NULL;
    int64_t h, l;
    if (!hi || !lo || int_as_i64(hi, &h) < 0 || int_as_i64(lo, &l) < 0)
        return -1;
    *out = ((unsigned long)h << 32) | (unsigned long)l;
    return 0;
}

static value rlock_acquire_restore(value self, int argc, const value *argv, value kwnames)
{
    value st = argv[0];
    if (!v_isinstance(st, &tuple_type) && !v_isinstance(st, &list_type))
        return exc_raise(&exc_TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not %s",
                         st == V_NONE ? "None" : v_type_name(st));
    int64_t n = obj_len(st);
    if (n < 0)
        return V_NULL;
    if (n != 2)
        return exc_raise(&exc_TypeError,
                         "_acquire_restore() argument 1 must be sequence of length 2, not %lld", (long long)n);
    unsigned long count, owner;
    for (int i = 0; i < 2; i++) {
        value item = obj_getitem(st, v_small(i));
        const char *where = i ? "_acquire_restore() argument 1, item 1" : "_acquire_restore() argument 1, item 0";
        if (!item || arg_ulong_mask(item, where, i ? &owner : &count) < 0)
            return V_NULL;
    }
    rlock_object *r = RLOCK(self);
    if (tlock_acquire(&r->lock, -1) < 0)
        return V_NULL;
    r->owner = owner;
    r->count = count;
    return V_NONE;
}

static value rlock_is_owned(value self, int argc, const value *argv, value kwnames)
{
    rlock_object *r = RLOCK(self);
    return v_bool(r->count > 0 && r->owner == thread_ident());
}

static value rlock_recursion_count(value self, int argc, const value *argv, value kwnames)
{
    rlock_object *r = RLOCK(self);
    return int_from_u64(r->owner == thread_ident() ? r->count : 0);
}

static value rlock_reinit(value self, int argc, const value *argv, value kwnames)
{
    rlock_object *r = RLOCK(self);
    tlock_destroy(&r->lock);
    tlock_init(&r->lock);
    r->owner = 0;
    r->count = 0;
    return V_NONE;
}

static value rlock_repr(value self)
{
    rlock_object *r = RLOCK(self);
    return str_format("<%s %s object owner=%lu count=%lu at %p>", r->count ? "locked" : "unlocked",
                      v_type_name(self), r->owner, r->count, (void *)v_obj(self));
}

static const method_def rlock_methods[] = {
    { "acquire", rlock_acquire, METH_KEYWORDS, NULL },
    { "release", rlock_release, METH_NOARGS, NULL },
    { "_is_owned", rlock_is_owned, METH_NOARGS, NULL },
    { "_recursion_count", rlock_recursion_count, METH_NOARGS, NULL },
    { "_acquire_restore", rlock_acquire_restore, METH_O, NULL },
    { "_release_save", rlock_release_save, METH_NOARGS, NULL },
    { "_at_fork_reinit", rlock_reinit, METH_NOARGS, NULL },
    { "__enter__", rlock_acquire, METH_KEYWORDS, NULL },
    { "__exit__", rlock_exit, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

static type_object rlock_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_thread.RLock",
    .basicsize = sizeof(rlock_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .finalize = rlock_finalize,
    .getattr = obj_generic_getattr,
    .repr = rlock_repr,
    .new = rlock_new,
    .methods = rlock_methods,
    .doc = "A reentrant lock: the thread holding it may acquire it again; it is free\n"
           "once released as many times as it was acquired.",
};

/* -- _local -------------------------------------------------------------------- */

/* The attribute storage (attrs) always holds the dict of the thread that
 * touched the object last; `dicts` maps each thread's ident to its dict.
 * `args`/`kw` are the constructor's, for __init__ in other threads. */
typedef struct local_object {
    object hdr;
    inst_attrs attrs;
    value dicts;          /* dict: ident -> dict */
    value args, kw;       /* tuple, dict or V_NULL */
    unsigned long cur;    /* the ident whose dict attrs holds */
} local_object;

#define LOCAL(v) ((local_object *)v_obj(v))

static void local_trace(object *o, gc_tracer *t)
{
    local_object *l = (local_object *)o;
    inst_attrs_trace(&l->attrs, t);
    gc_mark_value(t, l->dicts);
    gc_mark_value(t, l->args);
    gc_mark_value(t, l->kw);
}

/* Every live _local, so that a thread's dicts go when it ends: a weak
 * table (gc_add_weak_hook forgets the dead ones). */
static object **locals_tab;
static size_t nlocals, locals_cap;

static void locals_weak_hook(gc_tracer *t)
{
    (void)t;
    size_t j = 0;
    for (size_t i = 0; i < nlocals; i++)
        if (gc_is_live(locals_tab[i]))
            locals_tab[j++] = locals_tab[i];
    nlocals = j;
}

static int locals_register(object *o)
{
    if (nlocals == locals_cap) {
        size_t cap = locals_cap ? locals_cap * 2 : 16;
        object **p = realloc(locals_tab, cap * sizeof *p);
        if (!p) {
            exc_no_memory();
            return -1;
        }
        locals_tab = p;
        locals_cap = cap;
    }
    locals_tab[nlocals++] = o;
    return 0;
}

void thread_forget_locals(unsigned long ident)
{
    value key = int_from_u64(ident);
    if (!key) {
        exc_clear();
        return;
    }
    for (size_t i = 0; i < nlocals; i++) {
        local_object *l = (local_object *)locals_tab[i];
        if (dict_del(l->dicts, key) < 0)
            exc_clear();
        if (l->cur == ident)   /* a later thread may get the same ident */
            l->cur = 0;
    }
}

static bool has_own_init(type_object *t)
{
    value n = str_intern_cstr("__init__");
    value mine = n ? type_lookup(t, n) : V_NULL, base = n ? type_lookup(&object_type, n) : V_NULL;
    return mine && mine != base;
}

/* Calls f(*args, **kw) (kw: a dict or V_NULL). */
static value call_args_kw(value f, value self, value args, value kw)
{
    size_t na = args ? tuple_len(args) : 0, nk = kw ? dict_len(kw) : 0;
    value names = nk ? tuple_new(nk) : V_NULL;
    value *argv = malloc((na + nk + 1) * sizeof(value));
    if ((nk && !names) || !argv) {
        free(argv);
        return argv ? V_NULL : exc_no_memory();
    }
    argv[0] = self;
    for (size_t i = 0; i < na; i++)
        argv[1 + i] = tuple_get(args, i);
    size_t pos = 0, k = 0;
    value key, val;
    while (nk && dict_next(kw, &pos, &key, &val)) {
        tuple_items(names)[k] = key;
        argv[1 + na + k++] = val;
    }
    value r = obj_call(f, (int)na + 1, argv, names);
    free(argv);
    return r;
}

/* Makes attrs hold the running thread's dict, creating it (and running
 * __init__ for it) the first time this thread comes. */
static int local_prepare(value self)
{
    local_object *l = LOCAL(self);
    unsigned long me = thread_ident();
    if (l->cur == me && l->attrs.dict)
        return 0;
    value key = int_from_u64(me);
    value d = key ? dict_get(l->dicts, key) : V_NULL;
    if (!d && exc_occurred())
        return -1;
    bool fresh = !d;
    if (fresh && (!(d = dict_new()) || dict_set(l->dicts, key, d) < 0))
        return -1;
    if (inst_set_dict(self, d) < 0)
        return -1;
    l->cur = me;
    if (fresh && has_own_init(v_type(self))) {
        value init = obj_getattr_cstr(v_from_obj(v_type(self)), "__init__");
        value r = init ? call_args_kw(init, self, l->args, l->kw) : V_NULL;
        if (!r) {   /* the next access makes a fresh dict and tries again */
            value saved = exc_fetch();
            if (dict_del(l->dicts, key) < 0)
                exc_clear();
            exc_restore(saved);
            l->cur = 0;
            return -1;
        }
        /* __init__ may have run code in other threads: point attrs back at ours */
        if (inst_set_dict(self, d) < 0)
            return -1;
        l->cur = me;
    }
    return 0;
}

static value local_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if ((argc || (kwnames && tuple_len(kwnames))) && !has_own_init(type))
        return exc_raise(&exc_TypeError, "Initialization arguments are not supported");
    local_object *l = (local_object *)seq_alloc(type, sizeof(local_object), 0);
    if (!l)
        return V_NULL;
    value self = v_from_obj(l);
    inst_attrs_init(self);
    if (!(l->dicts = dict_new()) || !(l->args = tuple_from_array(argv, (size_t)argc)))
        return V_NULL;
    size_t nk = kwnames ? tuple_len(kwnames) : 0;
    if (nk) {
        if (!(l->kw = dict_new()))
            return V_NULL;
        for (size_t i = 0; i < nk; i++)
            if (dict_set(l->kw, tuple_get(kwnames, i), argv[argc + i]) < 0)
                return V_NULL;
    }
    /* the creating thread's dict now; the type call runs __init__ on it */
    value key = int_from_u64(thread_ident()), d = dict_new();
    if (!key || !d || dict_set(l->dicts, key, d) < 0 || inst_set_dict(self, d) < 0 ||
        locals_register(&l->hdr) < 0)
        return V_NULL;
    l->cur = thread_ident();
    return self;
}

static bool is_dict_name(value name)
{
    return v_is_ptr(name) && v_isinstance(name, &str_type) && str_eq_cstr(name, "__dict__");
}

static value local_getattr(value self, value name)
{
    if (local_prepare(self) < 0)
        return V_NULL;
    if (is_dict_name(name))
        return LOCAL(self)->attrs.dict;
    return obj_generic_getattr(self, name);
}

static int local_setattr(value self, value name, value v)
{
    if (is_dict_name(name)) {
        exc_raise(&exc_AttributeError, "'%s' object attribute '__dict__' is read-only", v_type_name(self));
        return -1;
    }
    if (local_prepare(self) < 0)
        return -1;
    return obj_generic_setattr(self, name, v);
}

static type_object local_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_thread._local",
    .basicsize = sizeof(local_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .trace = local_trace,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .new = local_new,
    .attrs_offset = offsetof(local_object, attrs),
    .doc = "Thread-local data: each thread sees its own attributes.",
};

/* -- _ExceptHookArgs and _excepthook ------------------------------------------- */

static type_object hookargs_type = { .name = "_thread._ExceptHookArgs" };

static int write_str(value file, const char *s)
{
    value t = str_from_cstr(s);
    return t && obj_call_method(file, "write", 1, &t) ? 0 : -1;
}

static int flush(value file)
{
    return obj_call_method(file, "flush", 0, NULL) ? 0 : -1;
}

static value thread_excepthook(value self, value args)
{
    if (v_type(args) != &hookargs_type)
        return exc_raise(&exc_TypeError, "_thread.excepthook argument type must be ExceptHookArgs");
    value type = tuple_get(args, 0), exc = tuple_get(args, 1), tb = tuple_get(args, 2),
          thread = tuple_get(args, 3);
    if (type == v_from_obj(&exc_SystemExit))
        return V_NONE;   /* a thread that called sys.exit() ends quietly */
    value file = sys_get("stderr");
    if (!file || file == V_NONE) {
        if (thread == V_NONE)
            return V_NONE;
        if (!(file = obj_getattr_cstr(thread, "_stderr")))
            return V_NULL;
        if (file == V_NONE)
            return V_NONE;
    }
    if (write_str(file, "Exception in thread ") < 0)
        return V_NULL;
    value name = thread != V_NONE ? obj_getattr_cstr(thread, "name") : V_NULL;
    if (!name) {
        exc_clear();
        name = int_from_u64(thread_ident());
    }
    value s = name ? obj_str(name) : V_NULL;
    if (!s || !obj_call_method(file, "write", 1, &s) || write_str(file, ":\n") < 0)
        return V_NULL;
    if (v_is_exc(exc)) {
        if (tb != V_NONE && v_is_traceback(tb))
            exc_set_traceback(exc, tb);
        if (sys_write_exception(exc, file) < 0)
            return V_NULL;
    } else {
        value msg = str_format("TypeError: print_exception(): Exception expected for value, %s found\n",
                               v_type_name(exc));
        if (!msg || !obj_call_method(file, "write", 1, &msg))
            return V_NULL;
    }
    /* the traceback printer flushes, then the hook does: twice, as CPython */
    return flush(file) < 0 || flush(file) < 0 ? V_NULL : V_NONE;
}

/* -- Module functions ---------------------------------------------------------- */

unsigned long thread_ident(void)
{
    return (unsigned long)pthread_self();
}

static value thr_allocate_lock(value self, int argc, const value *argv, value kwnames)
{
    return thread_new_lock();
}

static value thr_get_ident(value self, int argc, const value *argv, value kwnames)
{
    return int_from_u64(thread_ident());
}

static value thr_get_native_id(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64((int64_t)syscall(SYS_gettid));
}

static value thr_count(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64(thread_count());
}

static size_t stack_size_setting;

size_t thread_stack_size(void) { return stack_size_setting; }

static value thr_stack_size(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("stack_size", kwnames) < 0)
        return V_NULL;
    if (argc > 1)
        return exc_raise(&exc_TypeError, "stack_size() takes at most 1 argument (%d given)", argc);
    size_t old = stack_size_setting;
    if (argc) {
        value i = obj_index(argv[0]);
        int64_t n;
        if (!i)
            return V_NULL;
        if (int_as_i64(i, &n) < 0) {
            exc_clear();
            return exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        if (n < 0)
            return exc_raise(&exc_ValueError, "size must be 0 or a positive value");
        if (n != 0 && n < 32768)
            return exc_raise(&exc_ValueError, "size not valid: %lld bytes", (long long)n);
        stack_size_setting = (size_t)n;
    }
    return int_from_u64(old);
}

static value thr_exit(value self, int argc, const value *argv, value kwnames)
{
    return exc_raise_value(v_from_obj(&exc_SystemExit));
}

static value thr_interrupt_main(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("interrupt_main", kwnames) < 0)
        return V_NULL;
    if (argc > 1)   /* sic: CPython names the format, not the function */
        return exc_raise(&exc_TypeError, "signum() takes at most 1 argument (%d given)", argc);
    int sig = SIGINT;
    if (argc && arg_c_int(argv[0], &sig) < 0)
        return V_NULL;
    if (sig < 1 || sig >= NSIG)
        return exc_raise(&exc_ValueError, "signal number out of range");
    /* as if the signal arrived: its Python handler runs at the main
     * thread's next check (SIGINT's is default_int_handler, which raises
     * KeyboardInterrupt; for SIG_DFL/SIG_IGN nothing happens). The _signal
     * module sets the handlers up when first imported, as CPython's
     * start-up does. */
    value name = str_from_cstr("_signal");
    if (!name || (!modules_import(name) && exc_occurred()))
        return V_NULL;
    if (interrupt_hook)
        interrupt_trip(sig);
    return V_NONE;
}

static value thr_set_sentinel(value self, int argc, const value *argv, value kwnames)
{
    value l = thread_new_lock();
    if (!l || thread_add_sentinel(l) < 0)
        return V_NULL;
    return l;
}

static value thr_start_new_thread(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("start_new_thread", kwnames) < 0 || args_count("start_new_thread", argc, 2, 3) < 0)
        return V_NULL;
    if (!v_type(argv[0])->call)
        return exc_raise(&exc_TypeError, "first arg must be callable");
    if (!v_isinstance(argv[1], &tuple_type))
        return exc_raise(&exc_TypeError, "2nd arg must be a tuple");
    if (argc > 2 && !v_isinstance(argv[2], &dict_type))
        return exc_raise(&exc_TypeError, "optional 3rd arg must be a dictionary");
    return thread_start(argv[0], argv[1], argc > 2 ? argv[2] : V_NULL);
}

static value thr_excepthook(value self, int argc, const value *argv, value kwnames)
{
    return thread_excepthook(self, argv[0]);
}

static const method_def thread_functions[] = {
    { "allocate_lock", thr_allocate_lock, METH_NOARGS, NULL },
    { "allocate", thr_allocate_lock, METH_NOARGS, NULL },
    { "get_ident", thr_get_ident, METH_NOARGS, NULL },
    { "get_native_id", thr_get_native_id, METH_NOARGS, NULL },
    { "_count", thr_count, METH_NOARGS, NULL },
    { "stack_size", thr_stack_size, METH_KEYWORDS, NULL },
    { "exit", thr_exit, METH_NOARGS, NULL },
    { "exit_thread", thr_exit, METH_NOARGS, NULL },
    { "interrupt_main", thr_interrupt_main, METH_KEYWORDS, NULL },
    { "_set_sentinel", thr_set_sentinel, METH_NOARGS, NULL },
    { "start_new_thread", thr_start_new_thread, METH_KEYWORDS, NULL },
    { "start_new", thr_start_new_thread, METH_KEYWORDS, NULL },
    { "_excepthook", thr_excepthook, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static int init_types(void)
{
    static const char *const hook_fields[] = { "exc_type", "exc_value", "exc_traceback", "thread", NULL };
    static bool done;
    if (done)
        return 0;
    if (type_ready(&thread_lock_type) < 0 || type_ready(&rlock_type) < 0 || type_ready(&local_type) < 0 ||
        structseq_init_type(&hookargs_type, hook_fields, true) < 0)
        return -1;
    /* a dotted static type carries its module in its dict, as CPython's */
    value mod = str_from_cstr("_thread");
    type_object *types[] = { &thread_lock_type, &rlock_type, &local_type };
    for (int i = 0; i < 3; i++)
        if (!mod || dict_set_cstr(types[i]->dict, "__module__", mod) < 0)
            return -1;
    gc_add_weak_hook(locals_weak_hook);
    done = true;
    return 0;
}

value threadmodule_init(void)
{
    value m = module_new("_thread");
    if (!m || init_types() < 0 || modules_add_functions(m, thread_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    value doc = str_from_cstr("Low-level threads: OS threads that share the interpreter, and the locks\n"
                              "they synchronise with. The threading module is the friendlier interface.");
    value tmax = float_new(floor((double)TIMEOUT_MAX_US * 1e-6));
    if (!doc || !tmax || dict_set_cstr(d, "__doc__", doc) < 0 || dict_set_cstr(d, "TIMEOUT_MAX", tmax) < 0 ||
        dict_set_cstr(d, "LockType", v_from_obj(&thread_lock_type)) < 0 ||
        dict_set_cstr(d, "RLock", v_from_obj(&rlock_type)) < 0 ||
        dict_set_cstr(d, "_local", v_from_obj(&local_type)) < 0 ||
        dict_set_cstr(d, "_ExceptHookArgs", v_from_obj(&hookargs_type)) < 0 ||
        dict_set_cstr(d, "error", v_from_obj(&exc_RuntimeError)) < 0)
        return V_NULL;
    return m;
}
