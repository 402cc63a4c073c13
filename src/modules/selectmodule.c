/* The `select` module: select() over fd_sets and the poll object
 * (register / modify / unregister / poll), with CPython 3.11's argument
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
#include <sys/select.h>
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
#include "../vm/exc.h"
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
        int r = select(maxfd + 1, &work[0], &work[1], &work[2], tvp);
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
        int r = poll(ufds, (nfds_t)n, ms);
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

/* -- The module ------------------------------------------------------------------- */

static const method_def select_functions[] = {
    { "select", sel_select, METH_FAST, "select(rlist, wlist, xlist[, timeout]): the items of each list that are ready." },
    { "poll", sel_poll, METH_NOARGS, "A new poll object." },
    { NULL, NULL, 0, NULL },
};

#define C(name) { #name, name }
static const struct { const char *name; int v; } select_constants[] = {
    C(POLLIN), C(POLLPRI), C(POLLOUT), C(POLLERR), C(POLLHUP), C(POLLNVAL), C(POLLRDNORM), C(POLLRDBAND),
    C(POLLWRNORM), C(POLLWRBAND), C(POLLMSG), C(POLLRDHUP), C(PIPE_BUF),
};

value selectmodule_init(void)
{
    value m = module_new("select");
    if (!m || modules_add_functions(m, select_functions) < 0)
        return V_NULL;
    if (!(poll_type.flags & TYPE_READY) && type_ready(&poll_type) < 0)
        return V_NULL;
    value d = module_dict(m);
    if (dict_set_cstr(d, "error", v_from_obj(&exc_OSError)) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof select_constants / sizeof *select_constants; i++)
        if (dict_set_cstr(d, select_constants[i].name, v_small(select_constants[i].v)) < 0)
            return V_NULL;
    return m;
}
