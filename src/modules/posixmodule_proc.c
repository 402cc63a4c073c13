/* Process calls of the posix module: fork, waitpid and the W* macros
 * that decode its status, waitstatus_to_exitcode, execv/execve, the
 * process group and session calls, getloadavg and chown. os.py builds
 * its spawn* helpers on fork/execv/waitpid when these exist.
 * Registered by posixmodule.c from posix_proc_functions. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "posixmodule.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/gil.h"
#include "../vm/finalize.h"
#include "../gc/gc.h"

static int proc_int(value v, int *out)
{
    value i = obj_index(v);
    int64_t x;
    if (!i || int_as_i64(i, &x) < 0)
        return -1;
    if (x < INT32_MIN || x > INT32_MAX) {
        exc_raise(&exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* register_at_fork's callables (lists, GC roots): `before` ones run
 * newest first, the others in registration order; an exception in one
 * is reported as unraisable and the rest still run, as CPython. */
static value fork_hooks[3];   /* before, after_in_child, after_in_parent */

static void run_fork_hooks(int which)
{
    value l = fork_hooks[which];
    if (!l)
        return;
    size_t n = list_len(l);
    for (size_t i = 0; i < n && i < list_len(l); i++) {
        value f = list_get(l, which == 0 ? list_len(l) - 1 - i : i);
        if (!obj_call0(f))
            finalize_unraisable(f);
    }
}

static value px_register_at_fork(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "before", "after_in_child", "after_in_parent" };
    value a[3];
    if (argc > 0)
        return exc_raise(&exc_TypeError, "register_at_fork() takes no positional arguments");
    if (num_parse_args("register_at_fork", argc, argv, kwnames, names, 3, 0, 0, a) < 0)
        return V_NULL;
    if (!a[0] && !a[1] && !a[2])
        return exc_raise(&exc_TypeError, "At least one argument is required.");
    for (int i = 0; i < 3; i++)
        if (a[i] && !v_type(a[i])->call)
            return exc_raise(&exc_TypeError, "'%s' must be callable, not %s", names[i], v_type_name(a[i]));
    for (int i = 0; i < 3; i++) {
        if (!a[i])
            continue;
        if (!fork_hooks[i]) {
            if (!(fork_hooks[i] = list_new(0)))
                return V_NULL;
            gc_root(&fork_hooks[i]);
        }
        if (list_append(fork_hooks[i], a[i]) < 0)
            return V_NULL;
    }
    return V_NONE;
}

static value px_fork(value self, int argc, const value *argv, value kw)
{
    run_fork_hooks(0);
    pid_t pid = fork();
    if (pid < 0)
        return raise_os(errno, V_NULL);
    run_fork_hooks(pid == 0 ? 1 : 2);
    return int_from_i64(pid);
}

/* waitpid(pid, options, /) -> (pid, status) */
static value px_waitpid(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "waitpid expected 2 arguments, got %d", argc);
    int pid, options, status = 0;
    if (proc_int(argv[0], &pid) < 0 || proc_int(argv[1], &options) < 0)
        return V_NULL;
    pid_t r;
    do {
        GIL_BLOCKING_BEGIN();
        r = waitpid(pid, &status, options);
        GIL_BLOCKING_END();
    } while (r < 0 && errno == EINTR);
    if (r < 0)
        return raise_os(errno, V_NULL);
    return tuple_pack(2, int_from_i64(r), v_small(status));
}

/* The W* status decoders: each takes `status` (also by keyword). */
static int status_arg(const char *fn, int argc, const value *argv, value kwnames, int *status)
{
    static const char *const names[] = { "status" };
    value a[1];
    if (num_parse_args(fn, argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return -1;
    return proc_int(a[0], status);
}

#define STATUS_FN(pyname, expr, box)                                                          \
    static value px_##pyname(value self, int argc, const value *argv, value kwnames)          \
    {                                                                                         \
        int status;                                                                           \
        if (status_arg(#pyname, argc, argv, kwnames, &status) < 0)                            \
            return V_NULL;                                                                    \
        return box(expr);                                                                     \
    }
STATUS_FN(WIFEXITED, WIFEXITED(status), v_bool)
STATUS_FN(WEXITSTATUS, WEXITSTATUS(status), v_small)
STATUS_FN(WIFSIGNALED, WIFSIGNALED(status), v_bool)
STATUS_FN(WTERMSIG, WTERMSIG(status), v_small)
STATUS_FN(WIFSTOPPED, WIFSTOPPED(status), v_bool)
STATUS_FN(WSTOPSIG, WSTOPSIG(status), v_small)
STATUS_FN(WIFCONTINUED, WIFCONTINUED(status), v_bool)
STATUS_FN(WCOREDUMP, WCOREDUMP(status), v_bool)
#undef STATUS_FN

static value px_waitstatus_to_exitcode(value self, int argc, const value *argv, value kwnames)
{
    int status;
    if (status_arg("waitstatus_to_exitcode", argc, argv, kwnames, &status) < 0)
        return V_NULL;
    if (WIFEXITED(status))
        return v_small(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return v_small(-WTERMSIG(status));
    return exc_raise(&exc_ValueError, "invalid wait status: %d", status);
}

/* A NULL-terminated C array of the encoded items of seq (a list or
 * tuple); the encoded bytes are kept in *keep (a list) so the C stack
 * reference keeps them alive until the exec. */
static char **c_strings(const char *fn, value seq, const char *argname, value *keep)
{
    if (!v_is_list(seq) && !v_is_tuple(seq)) {
        if (!strcmp(fn, "execv"))
            exc_raise(&exc_TypeError, "execv() arg 2 must be a tuple or list");
        else
            exc_raise(&exc_TypeError, "%s: %s must be a tuple or list", fn, argname);
        return NULL;
    }
    size_t n = v_is_list(seq) ? list_len(seq) : tuple_len(seq);
    char **out = calloc(n + 1, sizeof *out);
    if (!out) {
        exc_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        value item = v_is_list(seq) ? list_get(seq, i) : tuple_get(seq, i);
        path_t p;
        if (path_conv(fn, argname, item, 0, &p) < 0 || list_append(*keep, p.bytes) < 0) {
            free(out);
            return NULL;
        }
        out[i] = (char *)p.cpath;
    }
    return out;
}

/* Whether env looks like a mapping (has keys()), as CPython checks. */
static bool has_keys_method(value env)
{
    value name = str_intern_cstr("keys");
    return name && type_lookup(v_type(env), name);
}

/* execve(path, argv, env) / execv(path, argv): returns only on failure. */
static value do_exec(const char *fn, value path, value args, value env)
{
    path_t p;
    value keep = list_new(0);
    if (!keep || path_conv(fn, "path", path, 0, &p) < 0)
        return V_NULL;
    char **cargv = c_strings(fn, args, "argv", &keep);
    if (!cargv)
        return V_NULL;
    if (!cargv[0] || !cargv[0][0]) {
        bool empty = !cargv[0];
        free(cargv);
        const char *what = empty ? "must not be empty" : "first element cannot be empty";
        if (!strcmp(fn, "execv"))   /* CPython words execv's and execve's differently */
            return exc_raise(&exc_ValueError, "execv() arg 2 %s", what);
        return exc_raise(&exc_ValueError, "%s: argv %s", fn, what);
    }
    char **cenv = NULL;
    if (env) {
        if (!v_is_dict(env) && !has_keys_method(env)) {
            free(cargv);
            return exc_raise(&exc_TypeError, "%s: environment must be a mapping object", fn);
        }
        value items = obj_call_method(env, "items", 0, NULL), lst = items ? list_new(0) : V_NULL;
        if (!lst || list_extend(lst, items) < 0) {
            free(cargv);
            return V_NULL;
        }
        cenv = calloc(list_len(lst) + 1, sizeof *cenv);
        for (size_t i = 0; cenv && i < list_len(lst); i++) {
            value kv = list_get(lst, i);
            path_t k, v;
            if (!v_is_tuple(kv) || tuple_len(kv) != 2 || path_conv(fn, "key", tuple_get(kv, 0), 0, &k) < 0 ||
                path_conv(fn, "value", tuple_get(kv, 1), 0, &v) < 0) {
                if (!exc_occurred())
                    exc_raise(&exc_TypeError, "%s: environment must be a mapping object", fn);
                goto fail;
            }
            size_t kl = strlen(k.cpath), vl = strlen(v.cpath);
            if (!(cenv[i] = malloc(kl + vl + 2))) {
                exc_no_memory();
                goto fail;
            }
            memcpy(cenv[i], k.cpath, kl);
            cenv[i][kl] = '=';
            memcpy(cenv[i] + kl + 1, v.cpath, vl + 1);
        }
        if (!cenv) {
            exc_no_memory();
            goto fail;
        }
    }
    if (cenv)
        execve(p.cpath, cargv, cenv);
    else
        execv(p.cpath, cargv);
    raise_os(errno, V_NULL);
fail:
    for (size_t i = 0; cenv && cenv[i]; i++)
        free(cenv[i]);
    free(cenv);
    free(cargv);
    return V_NULL;
}

static value px_execv(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "execv expected 2 arguments, got %d", argc);
    return do_exec("execv", argv[0], argv[1], V_NULL);
}

static value px_execve(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "argv", "env" };
    value a[3];
    if (num_parse_args("execve", argc, argv, kwnames, names, 3, 3, 3, a) < 0)
        return V_NULL;
    return do_exec("execve", a[0], a[1], a[2]);
}

static value px_getpgrp(value self, int argc, const value *argv, value kw) { return int_from_i64(getpgrp()); }

static value px_getpgid(value self, int argc, const value *argv, value kw)
{
    int pid;
    if (proc_int(argv[0], &pid) < 0)
        return V_NULL;
    pid_t r = getpgid(pid);
    return r < 0 ? raise_os(errno, V_NULL) : int_from_i64(r);
}

static value px_getsid(value self, int argc, const value *argv, value kw)
{
    int pid;
    if (proc_int(argv[0], &pid) < 0)
        return V_NULL;
    pid_t r = getsid(pid);
    return r < 0 ? raise_os(errno, V_NULL) : int_from_i64(r);
}

static value px_setsid(value self, int argc, const value *argv, value kw)
{
    return setsid() < 0 ? raise_os(errno, V_NULL) : V_NONE;
}

static value px_getloadavg(value self, int argc, const value *argv, value kw)
{
    double l[3];
    if (getloadavg(l, 3) != 3)
        return exc_raise(&exc_OSError, "Load averages are unobtainable");
    value a = float_new(l[0]), b = float_new(l[1]), c = float_new(l[2]);
    return a && b && c ? tuple_pack(3, a, b, c) : V_NULL;
}

/* chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True) */
static value px_chown(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "uid", "gid", "dir_fd", "follow_symlinks" };
    value a[5];
    path_t p;
    int uid, gid, dfd = AT_FDCWD, follow = 1;
    if (num_parse_args("chown", argc, argv, kwnames, names, 5, 3, 3, a) < 0 ||
        path_conv("chown", "path", a[0], ALLOW_FD, &p) < 0 || proc_int(a[1], &uid) < 0 || proc_int(a[2], &gid) < 0 ||
        (a[3] && a[3] != V_NONE && proc_int(a[3], &dfd) < 0) || (a[4] && (follow = obj_truthy(a[4])) < 0))
        return V_NULL;
    int r = p.fd >= 0 ? fchown(p.fd, (uid_t)uid, (gid_t)gid)
                      : fchownat(dfd, p.cpath, (uid_t)uid, (gid_t)gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return r < 0 ? raise_os(errno, a[0]) : V_NONE;
}

const method_def posix_proc_functions[] = {
    { "fork", px_fork, METH_NOARGS, "fork()\n--\n\nFork a child process.\n\nReturn 0 to child process and PID of child to parent process." },
    { "register_at_fork", px_register_at_fork, METH_KEYWORDS, "register_at_fork($module, /, *, before=<unrepresentable>,\n                 after_in_child=<unrepresentable>,\n                 after_in_parent=<unrepresentable>)\n--\n\nRegister callables to be called when forking a new process." },
    { "waitpid", px_waitpid, METH_FAST, "waitpid(pid, options, /)\n--\n\nWait for completion of a given child process." },
    { "WIFEXITED", px_WIFEXITED, METH_KEYWORDS, "WIFEXITED(status)\n--\n\nReturn True if the process returning status exited via the exit() system call." },
    { "WEXITSTATUS", px_WEXITSTATUS, METH_KEYWORDS, "WEXITSTATUS(status)\n--\n\nReturn the process return code from status." },
    { "WIFSIGNALED", px_WIFSIGNALED, METH_KEYWORDS, "WIFSIGNALED(status)\n--\n\nReturn True if the process returning status was terminated by a signal." },
    { "WTERMSIG", px_WTERMSIG, METH_KEYWORDS, "WTERMSIG(status)\n--\n\nReturn the signal that terminated the process that provided the status value." },
    { "WIFSTOPPED", px_WIFSTOPPED, METH_KEYWORDS, "WIFSTOPPED(status)\n--\n\nReturn True if the process returning status was stopped." },
    { "WSTOPSIG", px_WSTOPSIG, METH_KEYWORDS, "WSTOPSIG(status)\n--\n\nReturn the signal that stopped the process that provided the status value." },
    { "WIFCONTINUED", px_WIFCONTINUED, METH_KEYWORDS, "WIFCONTINUED(status)\n--\n\nReturn True if a particular process was continued from a job control stop." },
    { "WCOREDUMP", px_WCOREDUMP, METH_KEYWORDS, "WCOREDUMP(status, /)\n--\n\nReturn True if the process returning status was dumped to a core file." },
    { "waitstatus_to_exitcode", px_waitstatus_to_exitcode, METH_KEYWORDS, "waitstatus_to_exitcode(status)\n--\n\nConvert a wait status to an exit code." },
    { "execv", px_execv, METH_FAST, "execv(path, argv, /)\n--\n\nExecute an executable path with arguments, replacing current process." },
    { "execve", px_execve, METH_KEYWORDS, "execve(path, argv, env)\n--\n\nExecute an executable path with arguments, replacing current process." },
    { "getpgrp", px_getpgrp, METH_NOARGS, "getpgrp()\n--\n\nReturn the current process group id." },
    { "getpgid", px_getpgid, METH_O, "getpgid(pid, /)\n--\n\nCall the system call getpgid(), and return the result." },
    { "getsid", px_getsid, METH_O, "getsid(pid, /)\n--\n\nCall the system call getsid(pid) and return the result." },
    { "setsid", px_setsid, METH_NOARGS, "setsid()\n--\n\nCall the system call setsid()." },
    { "getloadavg", px_getloadavg, METH_NOARGS, "getloadavg()\n--\n\nReturn average recent system load information." },
    { "chown", px_chown, METH_KEYWORDS, "chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)\n--\n\nChange the owner and group id of path to the numeric uid and gid." },
    { NULL, NULL, 0, NULL },
};
