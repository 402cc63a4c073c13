/* The `select` module: select() over fd_sets, the poll object
 * (register / modify / unregister / poll) and the epoll object (the
 * same over an epoll fd, which selectors.DefaultSelector picks), with CPython 3.11's argument
 * checks and messages; `error` is OSError. Waits restart after a signal
 * (PEP 475) once the Python handlers have run, with the time left;
 * a handler's exception (KeyboardInterrupt) ends the wait. A poll
 * object keeps its registrations in a dict fd -> event mask, so poll()
 * reports in registration order, as CPython's does. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>
#include <time.h>
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
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"
#include "../vm/gil.h"
#include "../vm/interrupt.h"

/* -- Helpers ----------------------------------------------------------------------- */

static int to_c_int(value v, int *out)
{
    int64_t x;
    if (int_as_i64(v, &x) < 0 || x > INT_MAX || x < INT_MIN) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* An int argument (through __index__) as a C int. */
static int index_int(value v, int *out)
{
    value i = obj_index(v);
    return i ? to_c_int(i, out) : -1;
}

/* A file descriptor: an int, or what the object's fileno() returns. */
static int fd_of(value v, int *fd)
{
    if (!v_is_int_like(v)) {
        value name = str_intern_cstr("fileno");
        if (!name)
            return -1;
        if (!type_lookup(v_type(v), name)) {
            exc_raise(&exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        if (!(v = obj_call_method(v, "fileno", 0, NULL)))
            return -1;
        if (!v_is_int_like(v)) {
            exc_raise(&exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    if (to_c_int(v, fd) < 0)
        return -1;
    if (*fd < 0) {
        exc_raise(&exc_ValueError, "file descriptor cannot be a negative integer (%d)", *fd);
        return -1;
    }
    return 0;
}

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* After EINTR: runs the signal handlers; -1 when one raised. */
static int after_signal(void)
{
    return interrupt_pending ? interrupt_check() : 0;
}

/* -- select ------------------------------------------------------------------------ */

/* One of select's three lists: its items as a list, their fds in *fds. */
static value seq_fds(value seq, fd_set *set, int *maxfd, int **fds)
{
    value it = obj_iter(seq);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "arguments 1-3 must be sequences");
        }
        return V_NULL;
    }
    value l = list_new(0);
    if (!l || list_extend(l, it) < 0)
        return V_NULL;
    size_t n = list_len(l);
    *fds = malloc((n ? n : 1) * sizeof **fds);
    if (!*fds)
        return exc_no_memory();
    for (size_t i = 0; i < n; i++) {
        int fd;
        if (fd_of(list_get(l, i), &fd) < 0)
            return V_NULL;
        if (fd >= FD_SETSIZE)
            return exc_raise(&exc_ValueError, "filedescriptor out of range in select()");
        FD_SET(fd, set);
        if (fd > *maxfd)
            *maxfd = fd;
        (*fds)[i] = fd;
    }
    return l;
}

/* The items of l whose fd is in set. */
static value ready(value l, const int *fds, fd_set *set)
{
    value r = list_new(0);
    for (size_t i = 0; r && i < list_len(l); i++)
        if (FD_ISSET(fds[i], set) && list_append(r, list_get(l, i)) < 0)
            return V_NULL;
    return r;
}

static value sel_select(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("select", argc, 3, 4) < 0)
        return V_NULL;
    int64_t timeout = -1;
    if (argc == 4 && argv[3] != V_NONE) {
        if (time_obj_to_ns(argv[3], 1000000000, &timeout) < 0) {
            if (exc_matches(&exc_TypeError)) {
                exc_clear();
                exc_raise(&exc_TypeError, "timeout must be a float or None");
            }
            return V_NULL;
        }
        if (timeout < 0)
            return exc_raise(&exc_ValueError, "timeout must be non-negative");
    }
    fd_set sets[3];
    int *fds[3] = { NULL, NULL, NULL };
    value lists[3] = { V_NULL, V_NULL, V_NULL };
    int maxfd = -1;
    value result = V_NULL;
    for (int k = 0; k < 3; k++) {
        FD_ZERO(&sets[k]);
        if (!(lists[k] = seq_fds(argv[k], &sets[k], &maxfd, &fds[k])))
            goto done;
    }
    int64_t deadline = timeout >= 0 ? now_ns() + timeout : 0;
    for (;;) {
        fd_set work[3] = { sets[0], sets[1], sets[2] };
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            int64_t left = deadline - now_ns();
            if (left < 0)
                left = 0;
            tv.tv_sec = (time_t)(left / 1000000000);
            tv.tv_usec = (suseconds_t)((left % 1000000000 + 999) / 1000);
            if (tv.tv_usec >= 1000000) {
                tv.tv_sec++;
                tv.tv_usec -= 1000000;
            }
            tvp = &tv;
        }
        GIL_BLOCKING_BEGIN();   /* the fd sets are C locals */
        int r = select(maxfd + 1, &work[0], &work[1], &work[2], tvp);
        GIL_BLOCKING_END();
        if (r >= 0) {
            value a = ready(lists[0], fds[0], &work[0]);
            value b = a ? ready(lists[1], fds[1], &work[1]) : V_NULL;
            value c = b ? ready(lists[2], fds[2], &work[2]) : V_NULL;
            result = c ? tuple_pack(3, a, b, c) : V_NULL;
            break;
        }
        if (errno != EINTR) {
            raise_os(errno, V_NULL);
            break;
        }
        if (after_signal() < 0)
            break;
    }
done:
    for (int k = 0; k < 3; k++)
        free(fds[k]);
    return result;
}

/* -- poll ------------------------------------------------------------------------- */

typedef struct poll_object {
    object hdr;
    value fds;       /* dict: fd -> event mask */
    bool polling;    /* a poll() is waiting: another would race on the table */
} poll_object;

static type_object poll_type;

static void poll_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((poll_object *)o)->fds); }

static value sel_poll(value self, int argc, const value *argv, value kwnames)
{
    value d = dict_new();
    poll_object *p = d ? (poll_object *)gc_alloc(&poll_type, sizeof(poll_object)) : NULL;
    if (!p)
        return V_NULL;
    p->fds = d;
    return v_from_obj(p);
}

/* An event mask: an unsigned short. */
static int mask_arg(value v, int *out)
{
    if (!v_is_int_like(v)) {
        exc_raise(&exc_TypeError, "an integer is required");
        return -1;
    }
    int64_t x;
    if (int_as_i64(v, &x) < 0) {
        if (!exc_matches(&exc_OverflowError))
            return -1;
        exc_clear();
        x = int_as_double(v, &(int){ 0 }) < 0 ? -1 : 1 << 16;
    }
    if (x < 0) {
        exc_raise(&exc_ValueError, "value must be positive");
        return -1;
    }
    if (x > 0xFFFF) {
        exc_raise(&exc_OverflowError, "Python int too large for C unsigned short");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static value poll_register(value self, int argc, const value *argv, value kwnames)
{
    poll_object *p = (poll_object *)v_obj(self);
    if (args_count("register", argc, 1, 2) < 0)
        return V_NULL;
    int fd, mask = POLLIN | POLLPRI | POLLOUT;
    if (fd_of(argv[0], &fd) < 0 || (argc == 2 && mask_arg(argv[1], &mask) < 0))
        return V_NULL;
    return dict_set(p->fds, v_small(fd), v_small(mask)) < 0 ? V_NULL : V_NONE;
}

static value poll_modify(value self, int argc, const value *argv, value kwnames)
{
    poll_object *p = (poll_object *)v_obj(self);
    if (args_count("modify", argc, 2, 2) < 0)
        return V_NULL;
    int fd, mask;
    if (fd_of(argv[0], &fd) < 0 || mask_arg(argv[1], &mask) < 0)
        return V_NULL;
    value had = dict_get(p->fds, v_small(fd));
    if (!had)
        return exc_occurred() ? V_NULL : raise_os(ENOENT, V_NULL);
    return dict_set(p->fds, v_small(fd), v_small(mask)) < 0 ? V_NULL : V_NONE;
}

static value poll_unregister(value self, int argc, const value *argv, value kwnames)
{
    poll_object *p = (poll_object *)v_obj(self);
    int fd;
    if (fd_of(argv[0], &fd) < 0)
        return V_NULL;
    value had = dict_get(p->fds, v_small(fd));
    if (!had)
        return exc_occurred() ? V_NULL : exc_raise_key_error(v_small(fd));
    return dict_del(p->fds, v_small(fd)) < 0 ? V_NULL : V_NONE;
}

static value poll_poll(value self, int argc, const value *argv, value kwnames)
{
    poll_object *p = (poll_object *)v_obj(self);
    if (args_count("poll", argc, 0, 1) < 0)
        return V_NULL;
    int64_t timeout = -1;   /* ns; negative: wait for ever */
    if (argc == 1 && argv[0] != V_NONE) {
        if (time_obj_to_ns(argv[0], 1000000, &timeout) < 0) {
            if (exc_matches(&exc_TypeError)) {
                exc_clear();
                exc_raise(&exc_TypeError, "timeout must be an integer or None");
            }
            return V_NULL;
        }
        if (timeout < 0)
            timeout = -1;
        else if ((timeout + 999999) / 1000000 > INT_MAX)
            return exc_raise(&exc_OverflowError, "Timeout value is too large");
    }
    if (p->polling)
        return exc_raise(&exc_RuntimeError, "concurrent poll() invocation");
    value items = obj_call_method(p->fds, "items", 0, NULL);
    value l = items ? list_new(0) : V_NULL;
    if (!l || list_extend(l, items) < 0)
        return V_NULL;
    size_t n = list_len(l);
    struct pollfd *ufds = malloc((n ? n : 1) * sizeof *ufds);
    if (!ufds)
        return exc_no_memory();
    for (size_t i = 0; i < n; i++) {
        value kv = list_get(l, i);
        ufds[i] = (struct pollfd){ .fd = (int)v_int(tuple_get(kv, 0)), .events = (short)v_int(tuple_get(kv, 1)) };
    }
    int64_t deadline = timeout >= 0 ? now_ns() + timeout : 0;
    value result = V_NULL;
    p->polling = true;
    for (;;) {
        int ms = -1;
        if (timeout >= 0) {
            int64_t left = deadline - now_ns();
            ms = left <= 0 ? 0 : (int)((left + 999999) / 1000000);
        }
        GIL_BLOCKING_BEGIN();
        int r = poll(ufds, (nfds_t)n, ms);
        GIL_BLOCKING_END();
        if (r >= 0) {
            result = list_new(0);
            for (size_t i = 0; result && i < n; i++) {
                if (!ufds[i].revents)
                    continue;
                value t = tuple_pack(2, v_small(ufds[i].fd), v_small(ufds[i].revents & 0xFFFF));
                if (!t || list_append(result, t) < 0)
                    result = V_NULL;
            }
            break;
        }
        if (errno != EINTR) {
            raise_os(errno, V_NULL);
            break;
        }
        if (after_signal() < 0)
            break;
    }
    p->polling = false;
    free(ufds);
    return result;
}

static const method_def poll_methods[] = {
    { "register", poll_register, METH_FAST, "register(fd, eventmask=POLLIN|POLLPRI|POLLOUT): watch fd." },
    { "modify", poll_modify, METH_FAST, "modify(fd, eventmask): change what a registered fd is watched for." },
    { "unregister", poll_unregister, METH_O, "unregister(fd): stop watching fd." },
    { "poll", poll_poll, METH_FAST, "poll(timeout=None): the (fd, events) ready, waiting up to timeout ms." },
    { NULL, NULL, 0, NULL },
};

static type_object poll_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "select.poll",
    .basicsize = sizeof(poll_object),
    .trace = poll_trace,
    .getattr = obj_generic_getattr,
    .methods = poll_methods,
};

/* -- epoll ------------------------------------------------------------------------ */

typedef struct epoll_object {
    object hdr;
    int fd;   /* -1 once closed */
} epoll_object;

static type_object epoll_type;

/* The finalizer: an epoll object dropped unclosed releases its fd. */
static void epoll_finalize(object *o)
{
    epoll_object *e = (epoll_object *)o;
    if (e->fd >= 0)
        close(e->fd);
    e->fd = -1;
}

static value epoll_make(type_object *type, int fd)
{
    epoll_object *e = (epoll_object *)gc_alloc(type, type->basicsize > sizeof(epoll_object) ? type->basicsize : sizeof(epoll_object));
    if (!e) {
        close(fd);
        return V_NULL;
    }
    e->fd = fd;
    return v_from_obj(e);
}

static value epoll_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "sizehint", "flags" };
    value a[2];
    int sizehint = -1, flags = 0;
    if (num_parse_args("epoll", argc, argv, kwnames, names, 2, 2, 0, a) < 0 ||
        (a[0] && index_int(a[0], &sizehint) < 0) || (a[1] && index_int(a[1], &flags) < 0))
        return V_NULL;
    if (sizehint == 0 || sizehint < -1)
        return exc_raise(&exc_ValueError, "negative sizehint");
    if (flags & ~EPOLL_CLOEXEC) {
        value msg = str_from_cstr("invalid flags");
        value e = msg ? exc_new(&exc_OSError, 1, &msg) : V_NULL;
        return e ? exc_raise_value(e) : V_NULL;
    }
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0)
        return raise_os(errno, V_NULL);
    return epoll_make(type, fd);
}

static epoll_object *open_epoll(value self)
{
    epoll_object *e = (epoll_object *)v_obj(self);
    if (e->fd < 0) {
        exc_raise(&exc_ValueError, "I/O operation on closed epoll object");
        return NULL;
    }
    return e;
}

/* An event mask: the low 32 bits of an int, as CPython's unsigned int. */
static int epoll_mask(value v, uint32_t *out)
{
    value i = obj_index(v);
    value low = i ? obj_binary_op(i, int_from_i64(0xFFFFFFFF), NB_AND) : V_NULL;
    int64_t x;
    if (!low || int_as_i64(low, &x) < 0)
        return -1;
    *out = (uint32_t)x;
    return 0;
}

static value epoll_ctl_call(value self, int op, int argc, const value *argv, value kwnames, const char *fn,
                            int nreq)
{
    static const char *const names[] = { "fd", "eventmask" };
    value a[2];
    int fd;
    uint32_t mask = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (num_parse_args(fn, argc, argv, kwnames, names, op == EPOLL_CTL_DEL ? 1 : 2, op == EPOLL_CTL_DEL ? 1 : 2,
                       nreq, a) < 0 || fd_of(a[0], &fd) < 0 || (op != EPOLL_CTL_DEL && a[1] && epoll_mask(a[1], &mask) < 0))
        return V_NULL;
    epoll_object *e = open_epoll(self);
    if (!e)
        return V_NULL;
    struct epoll_event ev = { .events = mask, .data.fd = fd };
    if (epoll_ctl(e->fd, op, fd, &ev) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

static value epoll_register(value self, int argc, const value *argv, value kw)
{
    return epoll_ctl_call(self, EPOLL_CTL_ADD, argc, argv, kw, "register", 1);
}

static value epoll_modify(value self, int argc, const value *argv, value kw)
{
    return epoll_ctl_call(self, EPOLL_CTL_MOD, argc, argv, kw, "modify", 2);
}

static value epoll_unregister(value self, int argc, const value *argv, value kw)
{
    return epoll_ctl_call(self, EPOLL_CTL_DEL, argc, argv, kw, "unregister", 1);
}

static value epoll_poll(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "timeout", "maxevents" };
    value a[2];
    int maxevents = -1;
    if (num_parse_args("poll", argc, argv, kwnames, names, 2, 2, 0, a) < 0 ||
        (a[1] && index_int(a[1], &maxevents) < 0))
        return V_NULL;
    int64_t timeout = -1;
    if (a[0] && a[0] != V_NONE) {
        if (time_obj_to_ns(a[0], 1000000000, &timeout) < 0) {
            if (exc_matches(&exc_TypeError)) {
                exc_clear();
                exc_raise(&exc_TypeError, "timeout must be an integer or None");
            }
            return V_NULL;
        }
        if (timeout < 0)
            timeout = -1;
        else if ((timeout + 999999) / 1000000 > INT_MAX)
            return exc_raise(&exc_OverflowError, "timeout is too large");
    }
    epoll_object *e = open_epoll(self);
    if (!e)
        return V_NULL;
    if (maxevents == -1)
        maxevents = FD_SETSIZE - 1;
    else if (maxevents < 1)
        return exc_raise(&exc_ValueError, "maxevents must be greater than 0, got %d", maxevents);
    struct epoll_event *evs = malloc((size_t)maxevents * sizeof *evs);
    if (!evs)
        return exc_no_memory();
    int64_t deadline = timeout >= 0 ? now_ns() + timeout : 0;
    value result = V_NULL;
    for (;;) {
        int ms = -1;
        if (timeout >= 0) {
            int64_t left = deadline - now_ns();
            ms = left <= 0 ? 0 : (int)((left + 999999) / 1000000);
        }
        int efd = e->fd;   /* no heap object is read without the GIL */
        GIL_BLOCKING_BEGIN();
        int n = epoll_wait(efd, evs, maxevents, ms);
        GIL_BLOCKING_END();
        if (n >= 0) {
            result = list_new(0);
            for (int i = 0; result && i < n; i++) {
                value ev = int_from_u64(evs[i].events);
                value t = ev ? tuple_pack(2, v_small(evs[i].data.fd), ev) : V_NULL;
                if (!t || list_append(result, t) < 0)
                    result = V_NULL;
            }
            break;
        }
        if (errno != EINTR) {
            raise_os(errno, V_NULL);
            break;
        }
        if (after_signal() < 0 || !open_epoll(self))   /* a handler may have closed it */
            break;
    }
    free(evs);
    return result;
}

static value epoll_close(value self, int argc, const value *argv, value kw)
{
    epoll_object *e = (epoll_object *)v_obj(self);
    if (e->fd >= 0) {
        int fd = e->fd;
        e->fd = -1;
        if (close(fd) < 0)
            return raise_os(errno, V_NULL);
    }
    return V_NONE;
}

static value epoll_fileno(value self, int argc, const value *argv, value kw)
{
    epoll_object *e = open_epoll(self);
    return e ? v_small(e->fd) : V_NULL;
}

static value epoll_fromfd(value cls, int argc, const value *argv, value kw)
{
    int fd;
    if (index_int(argv[0], &fd) < 0)
        return V_NULL;
    return epoll_make(v_as_type(cls), fd);
}

static value epoll_enter(value self, int argc, const value *argv, value kw)
{
    return open_epoll(self) ? self : V_NULL;
}

static value epoll_exit(value self, int argc, const value *argv, value kw)
{
    return epoll_close(self, 0, NULL, V_NULL);
}

static value epoll_get_closed(value self) { return v_bool(((epoll_object *)v_obj(self))->fd < 0); }

static const method_def epoll_methods[] = {
    { "register", epoll_register, METH_KEYWORDS, "register(fd, eventmask=EPOLLIN|EPOLLPRI|EPOLLOUT): watch fd." },
    { "modify", epoll_modify, METH_KEYWORDS, "modify(fd, eventmask): change what a registered fd is watched for." },
    { "unregister", epoll_unregister, METH_KEYWORDS, "unregister(fd): stop watching fd." },
    { "poll", epoll_poll, METH_KEYWORDS, "poll(timeout=None, maxevents=-1): the (fd, events) ready, waiting up to timeout seconds." },
    { "close", epoll_close, METH_NOARGS, "Closes the epoll file descriptor." },
    { "fileno", epoll_fileno, METH_NOARGS, "The epoll file descriptor." },
    { "fromfd", epoll_fromfd, METH_O | METH_CLASS, "An epoll object over an existing epoll file descriptor." },
    { "__enter__", epoll_enter, METH_NOARGS, NULL },
    { "__exit__", epoll_exit, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def epoll_getsets[] = {
    { "closed", epoll_get_closed, NULL, "True if the epoll handler is closed" },
    { NULL, NULL, NULL, NULL },
};

static type_object epoll_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "select.epoll",
    .basicsize = sizeof(epoll_object),
    .flags = TYPE_BASETYPE,
    .finalize = epoll_finalize,
    .getattr = obj_generic_getattr,
    .new = epoll_new,
    .methods = epoll_methods,
    .getsets = epoll_getsets,
};

/* -- The module ------------------------------------------------------------------- */

static const method_def select_functions[] = {
    { "select", sel_select, METH_FAST, "select(rlist, wlist, xlist[, timeout]): the items of each list that are ready." },
    { "poll", sel_poll, METH_NOARGS, "A new poll object." },
    { NULL, NULL, 0, NULL },
};

/* as unsigned: EPOLLET is bit 31 */
#define C(name) { #name, (uint32_t)(name) }
static const struct { const char *name; uint32_t v; } select_constants[] = {
    C(POLLIN), C(POLLPRI), C(POLLOUT), C(POLLERR), C(POLLHUP), C(POLLNVAL), C(POLLRDNORM), C(POLLRDBAND),
    C(POLLWRNORM), C(POLLWRBAND), C(POLLMSG), C(POLLRDHUP), C(PIPE_BUF),
    C(EPOLLIN), C(EPOLLOUT), C(EPOLLPRI), C(EPOLLERR), C(EPOLLHUP), C(EPOLLET), C(EPOLLONESHOT), C(EPOLLEXCLUSIVE),
    C(EPOLLRDHUP), C(EPOLLRDNORM), C(EPOLLRDBAND), C(EPOLLWRNORM), C(EPOLLWRBAND), C(EPOLLMSG), C(EPOLL_CLOEXEC),
};

value selectmodule_init(void)
{
    value m = module_new("select");
    if (!m || modules_add_functions(m, select_functions) < 0)
        return V_NULL;
    if ((!(poll_type.flags & TYPE_READY) && type_ready(&poll_type) < 0) ||
        (!(epoll_type.flags & TYPE_READY) && type_ready(&epoll_type) < 0))
        return V_NULL;
    value d = module_dict(m);
    if (dict_set_cstr(d, "error", v_from_obj(&exc_OSError)) < 0 ||
        dict_set_cstr(d, "epoll", v_from_obj(&epoll_type)) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof select_constants / sizeof *select_constants; i++)
        if (dict_set_cstr(d, select_constants[i].name, v_small((int64_t)select_constants[i].v)) < 0)
            return V_NULL;
    return m;
}
