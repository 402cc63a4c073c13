/* The `_signal` module, which Lib/signal.py wraps: Python-level signal
 * handlers and the POSIX signal calls (alarm, pause, setitimer,
 * pthread_sigmask, sigpending, sigwait(info), sigtimedwait, strsignal,
 * set_wakeup_fd, ...).
 * A signal with a Python handler gets a C handler that only records it
 * (interrupt_trip, src/vm/interrupt.c) and writes its number to the
 * wakeup fd if one is set; the eval loop, and waits that a signal cut
 * short (time.sleep, select), then call interrupt_check, which in the
 * main thread runs run_handlers below: each tripped signal's Python
 * handler is called with the signal number and the current frame, and
 * an exception it raises propagates from there. As CPython does, the
 * module installs default_int_handler for SIGINT when it is first
 * imported (Ctrl-C becomes KeyboardInterrupt), and getsignal reports
 * SIG_DFL / SIG_IGN for the dispositions it finds, None for handlers
 * installed by C code. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "modules.h"
#include "posixmodule.h"
#include "timemodule.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/structseq.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"
#include "../vm/gil.h"
#include "../vm/frame.h"
#include "../vm/interrupt.h"

static value handlers;        /* list of NSIG: the Python handler of each signal, or None */
static value itimer_error;    /* signal.itimer_error (ItimerError) */
static value default_int;     /* the default_int_handler function */
static volatile sig_atomic_t wakeup_fd = -1;
static bool wakeup_warn = true;

/* -- The C handler and the safe-point hook --------------------------------------- */

static void c_handler(int sig)
{
    int saved = errno;
    interrupt_trip(sig);
    int fd = wakeup_fd;
    if (fd >= 0) {
        unsigned char byte = (unsigned char)sig;
        ssize_t r = write(fd, &byte, 1);
        (void)r;
    }
    errno = saved;
}

static bool is_handler_int(value h, int which)
{
    return v_is_int(h) && v_int(h) == which;
}

/* interrupt_hook: the Python handlers of the tripped signals, in signal
 * number order. After an exception the signals still tripped stay
 * pending for the next safe point. */
static int run_handlers(void)
{
    for (int sig = 1; sig < NSIG; sig++) {
        if (!interrupt_take(sig))
            continue;
        value h = list_get(handlers, (size_t)sig);
        /* SIGINT trapped by C code (the prompt's handler, interrupt.h) is
         * still Ctrl-C */
        bool ctrl_c = sig == SIGINT && h == V_NONE;
        if (!ctrl_c && (h == V_NONE || is_handler_int(h, 0) || is_handler_int(h, 1)))
            continue;
        frame *f = ts()->frame;
        value fobj = ctrl_c ? V_NONE : f ? frame_get_object(f) : V_NONE;
        value args[2] = { v_small(sig), fobj };
        if (ctrl_c ? interrupt_raise() < 0 : !fobj || !obj_call(h, 2, args, V_NULL)) {
            for (int rest = sig + 1; rest < NSIG; rest++)
                if (interrupt_take(rest))
                    interrupt_trip(rest);
            return -1;
        }
    }
    return 0;
}

/* -- Argument helpers -------------------------------------------------------------- */

static int c_int(value v, int *out)
{
    int64_t x;
    if (args_index(v, &x) < 0)
        return -1;
    if (x > INT_MAX || x < INT_MIN) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static int signum_arg(value v, int *sig)
{
    if (c_int(v, sig) < 0)
        return -1;
    if (*sig < 1 || *sig >= NSIG) {
        exc_raise(&exc_ValueError, "signal number out of range");
        return -1;
    }
    return 0;
}

static bool on_main_thread(void) { return gil_is_main_thread(); }

/* -- signal / getsignal / raise_signal ---------------------------------------------- */

static value sg_signal(value self, int argc, const value *argv, value kw)
{
    int sig;
    if (args_count("signal", argc, 2, 2) < 0 || signum_arg(argv[0], &sig) < 0)
        return V_NULL;
    value h = argv[1];
    if (!on_main_thread())
        return exc_raise(&exc_ValueError, "signal only works in main thread of the main interpreter");
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    /* CPython compares with its SIG_DFL and SIG_IGN objects by identity:
     * only plain 0 and 1 (signal.py turns its enums into those) */
    if (is_handler_int(h, 0))
        sa.sa_handler = SIG_DFL;
    else if (is_handler_int(h, 1))
        sa.sa_handler = SIG_IGN;
    else if (v_type(h)->call && !v_is_int_like(h))
        sa.sa_handler = c_handler;
    else
        return exc_raise(&exc_TypeError,
                         "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    if (sigaction(sig, &sa, NULL) < 0)
        return raise_os(errno, V_NULL);
    value old = list_get(handlers, (size_t)sig);
    v_list(handlers)->items[sig] = h;
    return old;
}

static value sg_getsignal(value self, int argc, const value *argv, value kw)
{
    int sig;
    if (signum_arg(argv[0], &sig) < 0)
        return V_NULL;
    return list_get(handlers, (size_t)sig);
}

static value sg_raise_signal(value self, int argc, const value *argv, value kw)
{
    int sig;
    if (c_int(argv[0], &sig) < 0)
        return V_NULL;
    if (raise(sig) != 0)
        return raise_os(errno, V_NULL);
    if (interrupt_pending && interrupt_check() < 0)
        return V_NULL;
    return V_NONE;
}

static value sg_default_int_handler(value self, int argc, const value *argv, value kw)
{
    if (args_count("default_int_handler", argc, 2, 2) < 0)
        return V_NULL;
    return exc_raise_value(v_from_obj(&exc_KeyboardInterrupt));
}

static value sg_strsignal(value self, int argc, const value *argv, value kw)
{
    int sig;
    if (signum_arg(argv[0], &sig) < 0)
        return V_NULL;
    const char *s = strsignal(sig);
    if (!s || !strncmp(s, "Unknown signal", 14) || !strncmp(s, "Real-time signal", 16))
        return V_NONE;
    return str_from_cstr(s);
}

/* -- Signal sets ------------------------------------------------------------------- */

static value set_from_sigset(const sigset_t *s)
{
    value r = set_new(V_NULL);
    for (int sig = 1; r && sig < NSIG; sig++)
        if (sigismember(s, sig) == 1 && set_add(r, v_small(sig)) < 0)
            return V_NULL;
    return r;
}

static int sigset_from(value iterable, sigset_t *out)
{
    sigemptyset(out);
    value it = obj_iter(iterable);
    if (!it)
        return -1;
    value item;
    while ((item = obj_next(it))) {
        int sig;
        if (c_int(item, &sig) < 0)
            return -1;
        if (sig < 1 || sig >= NSIG) {
            exc_raise(&exc_ValueError, "signal number %d out of range [1; %d]", sig, NSIG - 1);
            return -1;
        }
        sigaddset(out, sig);
    }
    return exc_occurred() ? -1 : 0;
}

static value sg_valid_signals(value self, int argc, const value *argv, value kw)
{
    sigset_t s;
    if (sigemptyset(&s) < 0 || sigfillset(&s) < 0)
        return raise_os(errno, V_NULL);
    return set_from_sigset(&s);
}

static value sg_pthread_sigmask(value self, int argc, const value *argv, value kw)
{
    int how;
    sigset_t mask, old;
    if (args_count("pthread_sigmask", argc, 2, 2) < 0 || c_int(argv[0], &how) < 0 ||
        sigset_from(argv[1], &mask) < 0)
        return V_NULL;
    int err = pthread_sigmask(how, &mask, &old);
    if (err)
        return raise_os(err, V_NULL);
    /* signals just unblocked may be waiting for their handlers */
    if (interrupt_pending && interrupt_check() < 0)
        return V_NULL;
    return set_from_sigset(&old);
}

static value sg_sigpending(value self, int argc, const value *argv, value kw)
{
    sigset_t s;
    if (sigpending(&s) < 0)
        return raise_os(errno, V_NULL);
    return set_from_sigset(&s);
}

static value sg_sigwait(value self, int argc, const value *argv, value kw)
{
    sigset_t s;
    int sig;
    if (sigset_from(argv[0], &s) < 0)
        return V_NULL;
    GIL_BLOCKING_BEGIN();
    int err = sigwait(&s, &sig);
    GIL_BLOCKING_END();
    if (err)
        return raise_os(err, V_NULL);
    return v_small(sig);
}

static type_object siginfo_type = { .name = "signal.struct_siginfo" };

static value make_siginfo(const siginfo_t *si)
{
    value items[7] = { v_small(si->si_signo), v_small(si->si_code), v_small(si->si_errno),
                       int_from_i64(si->si_pid), int_from_u64(si->si_uid), v_small(si->si_status),
                       int_from_i64(si->si_band) };
    for (int i = 0; i < 7; i++)
        if (!items[i])
            return V_NULL;
    return structseq_new(&siginfo_type, items);
}

/* sigwaitinfo(sigset) and sigtimedwait(sigset, timeout): a signal cut
 * short by another one runs the handlers and waits on (PEP 475), for
 * the time left. timeout_ns < 0: no timeout. */
static value wait_info(value sigset, int64_t timeout_ns)
{
    sigset_t s;
    if (sigset_from(sigset, &s) < 0)
        return V_NULL;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    int64_t t0 = (int64_t)start.tv_sec * 1000000000 + start.tv_nsec;
    for (;;) {
        siginfo_t si;
        int r;
        if (timeout_ns < 0) {
            GIL_BLOCKING_BEGIN();   /* other threads run meanwhile (gil.h) */
            r = sigwaitinfo(&s, &si);
            GIL_BLOCKING_END();
        } else {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            int64_t left = timeout_ns - ((int64_t)now.tv_sec * 1000000000 + now.tv_nsec - t0);
            if (left < 0)
                left = 0;
            struct timespec ts = { .tv_sec = (time_t)(left / 1000000000), .tv_nsec = (long)(left % 1000000000) };
            GIL_BLOCKING_BEGIN();
            r = sigtimedwait(&s, &si, &ts);
            GIL_BLOCKING_END();
        }
        if (r >= 0)
            return make_siginfo(&si);
        if (errno == EAGAIN && timeout_ns >= 0)
            return V_NONE;
        if (!interrupt_retry())
            return exc_occurred() ? V_NULL : raise_os(errno, V_NULL);
    }
}

static value sg_sigwaitinfo(value self, int argc, const value *argv, value kw)
{
    return wait_info(argv[0], -1);
}

static value sg_sigtimedwait(value self, int argc, const value *argv, value kw)
{
    int64_t ns;
    if (args_count("sigtimedwait", argc, 2, 2) < 0 || time_obj_to_ns(argv[1], 1000000000, &ns) < 0)
        return V_NULL;
    if (ns < 0)
        return exc_raise(&exc_ValueError, "timeout must be non-negative");
    return wait_info(argv[0], ns);
}

static value sg_pthread_kill(value self, int argc, const value *argv, value kw)
{
    if (args_count("pthread_kill", argc, 2, 2) < 0)
        return V_NULL;
    value idv = obj_index(argv[0]);
    int64_t id;
    int sig;
    if (!idv || int_as_i64(idv, &id) < 0 || c_int(argv[1], &sig) < 0)
        return V_NULL;
    /* glibc dereferences the thread handle: 0 would crash, not fail */
    if (id == 0)
        return raise_os(ESRCH, V_NULL);
    int err = pthread_kill((pthread_t)id, sig);
    if (err)
        return raise_os(err, V_NULL);
    if (interrupt_pending && interrupt_check() < 0)
        return V_NULL;
    return V_NONE;
}

/* -- Timers, pause, siginterrupt, wakeup fd ----------------------------------------- */

static value sg_alarm(value self, int argc, const value *argv, value kw)
{
    int secs;
    if (c_int(argv[0], &secs) < 0)
        return V_NULL;
    return int_from_u64(alarm((unsigned)secs));
}

static value sg_pause(value self, int argc, const value *argv, value kw)
{
    GIL_BLOCKING_BEGIN();
    pause();
    GIL_BLOCKING_END();
    if (interrupt_pending && interrupt_check() < 0)
        return V_NULL;
    return V_NONE;
}

static value sg_siginterrupt(value self, int argc, const value *argv, value kw)
{
    int sig, flag;
    if (args_count("siginterrupt", argc, 2, 2) < 0 || signum_arg(argv[0], &sig) < 0 || c_int(argv[1], &flag) < 0)
        return V_NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0)
        return raise_os(errno, V_NULL);
    if (flag)
        sa.sa_flags &= ~SA_RESTART;
    else
        sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

static value itimer_raise(int err)
{
    value args[2] = { v_small(err), str_from_cstr(strerror(err)) };
    if (!args[1])
        return V_NULL;
    value e = obj_call(itimer_error, 2, args, V_NULL);
    return e ? exc_raise_value(e) : V_NULL;
}

static value itimer_tuple(const struct itimerval *v)
{
    value a = float_new((double)v->it_value.tv_sec + v->it_value.tv_usec * 1e-6);
    value b = a ? float_new((double)v->it_interval.tv_sec + v->it_interval.tv_usec * 1e-6) : V_NULL;
    return b ? tuple_pack(2, a, b) : V_NULL;
}

/* Seconds as a timeval, a fraction rounded up to the microsecond. */
static int timeval_arg(value v, struct timeval *tv)
{
    double d;
    if (v_is_float(v)) {
        d = v_float(v);
    } else {
        value i = obj_index(v);
        if (!i)
            return -1;
        d = int_as_double(i, &(int){ 0 });
    }
    if (isnan(d)) {
        exc_raise(&exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (!(fabs(d) < 9.2e18)) {
        exc_raise(&exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    double whole = floor(d);
    double us = ceil((d - whole) * 1e6);
    tv->tv_sec = (time_t)whole;
    tv->tv_usec = (suseconds_t)us;
    if (tv->tv_usec >= 1000000) {
        tv->tv_sec++;
        tv->tv_usec -= 1000000;
    }
    return 0;
}

static value sg_setitimer(value self, int argc, const value *argv, value kw)
{
    int which;
    struct itimerval nv, old;
    memset(&nv, 0, sizeof nv);
    if (args_count("setitimer", argc, 2, 3) < 0 || c_int(argv[0], &which) < 0 ||
        timeval_arg(argv[1], &nv.it_value) < 0 || (argc == 3 && timeval_arg(argv[2], &nv.it_interval) < 0))
        return V_NULL;
    if (setitimer(which, &nv, &old) < 0)
        return itimer_raise(errno);
    return itimer_tuple(&old);
}

static value sg_getitimer(value self, int argc, const value *argv, value kw)
{
    int which;
    struct itimerval v;
    if (c_int(argv[0], &which) < 0)
        return V_NULL;
    if (getitimer(which, &v) < 0)
        return itimer_raise(errno);
    return itimer_tuple(&v);
}

/* set_wakeup_fd(fd, /, *, warn_on_full_buffer=True) -> the previous fd */
static value sg_set_wakeup_fd(value self, int argc, const value *argv, value kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (argc > 1)
        return exc_raise(&exc_TypeError, "set_wakeup_fd() takes at most 1 positional argument (%d given)", argc);
    if (argc < 1)
        return exc_raise(&exc_TypeError, "set_wakeup_fd() missing required argument 'fd' (pos 1)");
    bool warn = true;
    for (size_t i = 0; i < nkw; i++) {
        if (!str_eq_cstr(tuple_get(kwnames, i), "warn_on_full_buffer"))
            return exc_raise(&exc_TypeError, "set_wakeup_fd() got an unexpected keyword argument '%S'",
                             tuple_get(kwnames, i));
        int t = obj_truthy(argv[argc + (int)i]);
        if (t < 0)
            return V_NULL;
        warn = t;
    }
    int fd;
    if (c_int(argv[0], &fd) < 0)
        return V_NULL;
    if (!on_main_thread())
        return exc_raise(&exc_ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1) {
        int flags = fcntl(fd, F_GETFL);
        if (flags < 0)
            return raise_os(errno, V_NULL);
        if (!(flags & O_NONBLOCK))
            return exc_raise(&exc_ValueError, "the fd %d must be in non-blocking mode", fd);
    }
    int old = wakeup_fd;
    wakeup_fd = fd;
    wakeup_warn = warn;
    return v_small(old);
}

/* -- The module ------------------------------------------------------------------- */

static const method_def signal_functions[] = {
    { "signal", sg_signal, METH_FAST, "signal(signalnum, handler): sets a signal's handler; the old one." },
    { "getsignal", sg_getsignal, METH_O, "getsignal(signalnum): the signal's handler." },
    { "raise_signal", sg_raise_signal, METH_O, "raise_signal(signalnum): sends the signal to this process." },
    { "default_int_handler", sg_default_int_handler, METH_FAST, "The SIGINT handler: raises KeyboardInterrupt." },
    { "strsignal", sg_strsignal, METH_O, "strsignal(signalnum): the signal's description, or None." },
    { "valid_signals", sg_valid_signals, METH_NOARGS, "The set of signal numbers this system has." },
    { "pthread_sigmask", sg_pthread_sigmask, METH_FAST, "pthread_sigmask(how, mask): changes this thread's mask; the old one." },
    { "sigpending", sg_sigpending, METH_NOARGS, "The set of signals waiting while blocked." },
    { "sigwait", sg_sigwait, METH_O, "sigwait(sigset): waits for one of the signals; its number." },
    { "sigwaitinfo", sg_sigwaitinfo, METH_O, "sigwaitinfo(sigset): waits for one of the signals; a struct_siginfo." },
    { "sigtimedwait", sg_sigtimedwait, METH_FAST, "sigtimedwait(sigset, timeout): sigwaitinfo for at most timeout seconds; None then." },
    { "pthread_kill", sg_pthread_kill, METH_FAST, "pthread_kill(thread_id, signalnum): sends a signal to a thread." },
    { "alarm", sg_alarm, METH_O, "alarm(seconds): SIGALRM after that long; the seconds left of the old alarm." },
    { "pause", sg_pause, METH_NOARGS, "Waits for a signal." },
    { "siginterrupt", sg_siginterrupt, METH_FAST, "siginterrupt(signalnum, flag): whether the signal interrupts system calls." },
    { "setitimer", sg_setitimer, METH_FAST, "setitimer(which, seconds, interval=0.0): arms a timer; the old (delay, interval)." },
    { "getitimer", sg_getitimer, METH_O, "getitimer(which): the timer's (delay, interval)." },
    { "set_wakeup_fd", sg_set_wakeup_fd, METH_KEYWORDS, "set_wakeup_fd(fd): each signal writes its number there; the old fd." },
    { NULL, NULL, 0, NULL },
};

#define C(name) { #name, name }
static const struct { const char *name; int v; } signal_constants[] = {
    C(SIGHUP), C(SIGINT), C(SIGQUIT), C(SIGILL), C(SIGTRAP), C(SIGABRT), C(SIGIOT), C(SIGBUS), C(SIGFPE),
    C(SIGKILL), C(SIGUSR1), C(SIGSEGV), C(SIGUSR2), C(SIGPIPE), C(SIGALRM), C(SIGTERM), C(SIGSTKFLT),
    C(SIGCHLD), C(SIGCLD), C(SIGCONT), C(SIGSTOP), C(SIGTSTP), C(SIGTTIN), C(SIGTTOU), C(SIGURG), C(SIGXCPU),
    C(SIGXFSZ), C(SIGVTALRM), C(SIGPROF), C(SIGWINCH), C(SIGIO), C(SIGPOLL), C(SIGPWR), C(SIGSYS),
    C(SIG_BLOCK), C(SIG_UNBLOCK), C(SIG_SETMASK), C(ITIMER_REAL), C(ITIMER_VIRTUAL), C(ITIMER_PROF),
    { "NSIG", NSIG }, { "SIG_DFL", 0 }, { "SIG_IGN", 1 },
};

/* itimer_error: a subclass of OSError named signal.itimer_error. */
static value make_itimer_error(void)
{
    value name = str_from_cstr("itimer_error"), bases = tuple_pack(1, v_from_obj(&exc_OSError)), ns = dict_new();
    value mod = str_from_cstr("signal");
    if (!name || !bases || !ns || !mod || dict_set_cstr(ns, "__module__", mod) < 0)
        return V_NULL;
    value args[3] = { name, bases, ns };
    return obj_call(v_from_obj(&type_type), 3, args, V_NULL);
}

/* The first import: the handler table from the current dispositions,
 * SIGINT -> default_int_handler, the hook. */
static int first_init(value module_dict)
{
    gc_root(&handlers);
    gc_root(&itimer_error);
    gc_root(&default_int);
    if (!(handlers = list_new(0)) || !(itimer_error = make_itimer_error()))
        return -1;
    default_int = dict_get_cstr(module_dict, "default_int_handler");
    for (int sig = 0; sig < NSIG; sig++) {
        struct sigaction sa;
        value h = V_NONE;
        if (sig > 0 && sigaction(sig, NULL, &sa) == 0 && !(sa.sa_flags & SA_SIGINFO))
            h = sa.sa_handler == SIG_DFL ? v_small(0) : sa.sa_handler == SIG_IGN ? v_small(1) : V_NONE;
        if (list_append(handlers, h) < 0)
            return -1;
    }
    if (is_handler_int(list_get(handlers, SIGINT), 0)) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_ONSTACK;
        sa.sa_handler = c_handler;
        if (sigaction(SIGINT, &sa, NULL) == 0)
            v_list(handlers)->items[SIGINT] = default_int;
    }
    interrupt_hook = run_handlers;
    return 0;
}

value signalmodule_init(void)
{
    value m = module_new("_signal");
    if (!m || modules_add_functions(m, signal_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    if (!handlers && first_init(d) < 0)
        return V_NULL;
    static const char *const siginfo_fields[] = { "si_signo", "si_code", "si_errno", "si_pid", "si_uid",
                                                  "si_status", "si_band", NULL };
    if (structseq_init_type(&siginfo_type, siginfo_fields, true) < 0 ||
        dict_set_cstr(d, "struct_siginfo", v_from_obj(&siginfo_type)) < 0 ||
        dict_set_cstr(d, "ItimerError", itimer_error) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof signal_constants / sizeof *signal_constants; i++)
        if (dict_set_cstr(d, signal_constants[i].name, v_small(signal_constants[i].v)) < 0)
            return V_NULL;
    if (dict_set_cstr(d, "SIGRTMIN", v_small(SIGRTMIN)) < 0 || dict_set_cstr(d, "SIGRTMAX", v_small(SIGRTMAX)) < 0)
        return V_NULL;
    return m;
}
