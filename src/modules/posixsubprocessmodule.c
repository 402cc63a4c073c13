/* The `_posixsubprocess` module: fork_exec, the fork-and-exec primitive
 * CPython's subprocess.Popen is built on, with 3.11's 23 positional
 * arguments and argument checks. Everything the child needs (argv, the
 * executable candidates, envp, cwd, the fds to keep, groups) is turned
 * into C arrays before the fork, because between fork and exec the child
 * may only make async-signal-safe calls: another thread of the parent may
 * have held the allocator's lock. The one exception is preexec_fn, which
 * runs Python code in the child by the caller's own choice. A failure in
 * the child is written to errpipe_write as "OSError:<hex errno>:" (with
 * "noexec" when it happened before preexec_fn and exec, so subprocess.py
 * blames cwd rather than the executable) or as "SubprocessError:0:<msg>";
 * a successful exec closes that close-on-exec pipe, which the parent sees
 * as EOF. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>
#include "modules.h"
#include "posixmodule.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

/* -- Argument conversion (before the fork) -------------------------------------- */

/* A C int from an int argument (a format 'i' of CPython's). */
static int sp_int(value v, int *out)
{
    value i = obj_index(v);
    int64_t x;
    if (!i || int_as_i64(i, &x) < 0)
        return -1;
    if (x < INT_MIN || x > INT_MAX) {
        exc_raise(&exc_OverflowError, "signed integer is %s than %s", x > 0 ? "greater" : "less",
                  x > 0 ? "maximum" : "minimum");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* A uid or gid: -1 means "unchanged", other negatives are out of range. */
static int sp_id(value v, const char *what, unsigned *out)
{
    if (!v_is_int_like(v)) {
        value name = str_intern_cstr("__index__");
        if (!name)
            return -1;
        if (!type_lookup(v_type(v), name)) {
            exc_raise(&exc_TypeError, "%s should be integer, not %s", what, v_type_name(v));
            return -1;
        }
    }
    value i = obj_index(v);
    int64_t x;
    if (!i)
        return -1;
    if (int_as_i64(i, &x) < 0) {   /* beyond 64 bits: by its sign */
        exc_clear();
        int neg = obj_richcompare_bool(i, v_small(0), CMP_LT);
        if (neg < 0)
            return -1;
        exc_raise(&exc_OverflowError, "%s is %s", what, neg ? "less than minimum" : "greater than maximum");
        return -1;
    }
    if (x > (int64_t)UINT_MAX || x < -1) {   /* CPython calls every 64-bit miss "less" */
        exc_raise(&exc_OverflowError, "%s is less than minimum", what);
        return -1;
    }
    *out = (unsigned)x;
    return 0;
}

/* A list of the items of a sequence argument (list, tuple, or anything
 * with a length that iterates); `notseq` is the TypeError message when it
 * is not one (NULL: CPython's "has no len()"). */
static value sp_items(value seq, const char *notseq)
{
    if (v_is_list(seq) || v_is_tuple(seq)) {
        value l = list_new(0);
        return l && list_extend(l, seq) == 0 ? l : V_NULL;
    }
    if (notseq) {
        value it = obj_iter(seq);
        if (!it) {
            if (exc_matches(&exc_TypeError)) {
                exc_clear();
                exc_raise(&exc_TypeError, "%s", notseq);
            }
            return V_NULL;
        }
        value l = list_new(0);
        return l && list_extend(l, it) == 0 ? l : V_NULL;
    }
    if (obj_len(seq) < 0)
        return V_NULL;
    value l = list_new(0);
    return l && list_extend(l, seq) == 0 ? l : V_NULL;
}

/* A NULL-terminated array of the bytes items of seq (executable_list,
 * env): pointers into the bytes objects, which `keep` holds. */
static char **sp_bytes_array(value seq, value *keep)
{
    value l = sp_items(seq, NULL);
    if (!l)
        return NULL;
    *keep = l;
    size_t n = list_len(l);
    char **out = calloc(n + 1, sizeof *out);
    if (!out) {
        exc_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        value b = list_get(l, i);
        if (!v_is_bytes(b)) {
            free(out);
            exc_raise(&exc_TypeError, "expected bytes, %s found", v_type_name(b));
            return NULL;
        }
        out[i] = (char *)bytes_data(b);
    }
    return out;
}

/* os.fsencode as CPython's PyUnicode_FSConverter: str (surrogateescape),
 * bytes, or an os.PathLike; no embedded NUL. */
static value sp_fsencode(value v)
{
    value s = v;
    if (!v_is_str(v) && !v_is_bytes(v)) {
        value name = str_intern_cstr("__fspath__");
        if (!name)
            return V_NULL;
        if (!type_lookup(v_type(v), name))
            return exc_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s", v_type_name(v));
        if (!(s = obj_call_method(v, "__fspath__", 0, NULL)))
            return V_NULL;
        if (!v_is_str(s) && !v_is_bytes(s))
            return exc_raise(&exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                             v_type_name(v), v_type_name(s));
    }
    value b = v_is_bytes(s) ? s : str_encode(s, "utf-8", "surrogateescape");
    if (!b)
        return V_NULL;
    if (strlen(bytes_data(b)) != bytes_size(b))
        return exc_raise(&exc_ValueError, "embedded null byte");
    return b;
}

/* pass_fds: a sorted tuple of distinct non-negative ints. */
static int sp_fds_to_keep(value t, int **out, size_t *n)
{
    size_t len = tuple_len(t);
    int *fds = malloc((len ? len : 1) * sizeof *fds);
    if (!fds) {
        exc_no_memory();
        return -1;
    }
    int64_t prev = -1;
    for (size_t i = 0; i < len; i++) {
        value v = tuple_get(t, i);
        int64_t x;
        if (!v_is_int_like(v) || int_as_i64(v, &x) < 0 || x < 0 || x <= prev || x > INT_MAX) {
            exc_clear();
            free(fds);
            exc_raise(&exc_ValueError, "bad value(s) in fds_to_keep");
            return -1;
        }
        fds[i] = (int)x;
        prev = x;
    }
    *out = fds;
    *n = len;
    return 0;
}

/* -- The child (async-signal-safe up to preexec_fn and after it) ------------------- */

typedef struct child_plan {
    char **argv, **exec_list, **envp;
    const char *cwd;
    const int *keep;
    size_t nkeep;
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
    int close_fds, restore_signals, call_setsid, pgid_to_set, child_umask;
    gid_t *groups;
    size_t ngroups;
    bool set_groups, set_gid, set_uid;
    gid_t gid;
    uid_t uid;
    value preexec_fn;   /* V_NULL when None */
    int max_fd;         /* the fallback bound for closing fds */
} child_plan;

static void child_write(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

static int child_set_inheritable(int fd)
{
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0)
        return -1;
    if (flags & FD_CLOEXEC)
        return fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
    return 0;
}

/* Closes [lo, hi] (hi may be INT_MAX): close_range when the kernel has
 * it, else one close per fd up to max_fd. */
static void child_close_range(int lo, int hi, int max_fd)
{
    if (lo > hi)
        return;
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)lo, (unsigned)hi, 0u) == 0)
        return;
#endif
    for (int fd = lo; fd <= hi && fd < max_fd; fd++)
        close(fd);
}

/* close_fds: every fd from 3 up except the sorted keep list. */
static void child_close_fds(const child_plan *p)
{
    int lo = 3;
    for (size_t i = 0; i < p->nkeep; i++) {
        int k = p->keep[i];
        if (k < lo)
            continue;
        child_close_range(lo, k - 1, p->max_fd);
        lo = k + 1;
    }
    child_close_range(lo, INT_MAX, p->max_fd);
}

static void child_report(const child_plan *p, int err, bool noexec, const char *msg)
{
    if (msg) {
        child_write(p->errpipe_write, "SubprocessError:0:", 18);
        child_write(p->errpipe_write, msg, strlen(msg));
        return;
    }
    char hex[2 * sizeof(int) + 1];
    char *cur = hex + sizeof hex;
    unsigned e = (unsigned)err;
    do {
        *--cur = "0123456789abcdef"[e % 16];
        e /= 16;
    } while (e && cur > hex);
    child_write(p->errpipe_write, "OSError:", 8);
    child_write(p->errpipe_write, cur, (size_t)(hex + sizeof hex - cur));
    child_write(p->errpipe_write, ":", 1);
    if (noexec)
        child_write(p->errpipe_write, "noexec", 6);
}

static _Noreturn void child_exec(const child_plan *p)
{
    int err = 0;
    /* pass_fds survive the exec; errpipe_write must not (its EOF is
     * how the parent learns the exec succeeded). */
    for (size_t i = 0; i < p->nkeep; i++)
        if (p->keep[i] != p->errpipe_write && child_set_inheritable(p->keep[i]) < 0)
            goto fail;
    if (p->p2cwrite != -1)
        close(p->p2cwrite);
    if (p->c2pread != -1)
        close(p->c2pread);
    if (p->errread != -1)
        close(p->errread);
    close(p->errpipe_read);

    /* Moving c2pwrite / errwrite off 0 and 1 first keeps the dup2s below
     * from overwriting a source with an earlier target. */
    int c2pwrite = p->c2pwrite, errwrite = p->errwrite;
    if (c2pwrite == 0 && (c2pwrite = dup(c2pwrite)) < 0)
        goto fail;
    while (errwrite == 0 || errwrite == 1)
        if ((errwrite = dup(errwrite)) < 0)
            goto fail;
    if (p->p2cread == 0) {
        if (child_set_inheritable(0) < 0)
            goto fail;
    } else if (p->p2cread != -1 && dup2(p->p2cread, 0) < 0)
        goto fail;
    if (c2pwrite == 1) {
        if (child_set_inheritable(1) < 0)
            goto fail;
    } else if (c2pwrite != -1 && dup2(c2pwrite, 1) < 0)
        goto fail;
    if (errwrite == 2) {
        if (child_set_inheritable(2) < 0)
            goto fail;
    } else if (errwrite != -1 && dup2(errwrite, 2) < 0)
        goto fail;

    if (p->cwd && chdir(p->cwd) < 0)
        goto fail;
    if (p->child_umask >= 0)
        umask((mode_t)p->child_umask);
    if (p->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (p->call_setsid && setsid() < 0)
        goto fail;
    if (p->pgid_to_set >= 0 && setpgid(0, p->pgid_to_set) < 0)
        goto fail;
    if (p->set_groups && setgroups(p->ngroups, p->groups) < 0)
        goto fail;
    if (p->set_gid && setregid(p->gid, p->gid) < 0)
        goto fail;
    if (p->set_uid && setreuid(p->uid, p->uid) < 0)
        goto fail;

    if (p->preexec_fn && !obj_call0(p->preexec_fn)) {
        exc_clear();
        child_report(p, 0, false, "Exception occurred in preexec_fn.");
        _exit(255);
    }
    if (p->close_fds)
        child_close_fds(p);

    /* The first error other than "not there" wins, as execvpe reports it. */
    int first = 0;
    for (char **e = p->exec_list; *e; e++) {
        if (p->envp)
            execve(*e, p->argv, p->envp);
        else
            execv(*e, p->argv);
        if (errno != ENOENT && errno != ENOTDIR && first == 0)
            first = errno;
    }
    err = first ? first : errno;
    child_report(p, err, false, NULL);
    _exit(255);
fail:
    child_report(p, errno, true, NULL);
    _exit(255);
}

/* -- fork_exec -------------------------------------------------------------------- */

static value sp_fork_exec(value self, int argc, const value *argv, value kw)
{
    if (argc != 23)
        return exc_raise(&exc_TypeError, "fork_exec() takes exactly 23 arguments (%d given)", argc);
    child_plan p = { .pgid_to_set = -1, .child_umask = -1 };
    int close_fds = obj_truthy(argv[2]);
    if (close_fds < 0)
        return V_NULL;
    p.close_fds = close_fds;
    if (!v_is_tuple(argv[3]))
        return exc_raise(&exc_TypeError, "fork_exec() argument 4 must be tuple, not %s", v_type_name(argv[3]));
    int *ints[] = { &p.p2cread, &p.p2cwrite, &p.c2pread, &p.c2pwrite,
                    &p.errread, &p.errwrite, &p.errpipe_read, &p.errpipe_write };
    for (int i = 0; i < 8; i++)
        if (sp_int(argv[6 + i], ints[i]) < 0)
            return V_NULL;
    int flag;
    if ((flag = obj_truthy(argv[14])) < 0)
        return V_NULL;
    p.restore_signals = flag;
    if ((flag = obj_truthy(argv[15])) < 0)
        return V_NULL;
    p.call_setsid = flag;
    if (sp_int(argv[16], &p.pgid_to_set) < 0 || sp_int(argv[20], &p.child_umask) < 0 ||
        obj_truthy(argv[22]) < 0)
        return V_NULL;
    if (p.close_fds && p.errpipe_write < 3)
        return exc_raise(&exc_ValueError, "errpipe_write must be >= 3");

    int *keep = NULL;
    char **exec_list = NULL, **cargv = NULL, **envp = NULL;
    value keep_exec = V_NULL, keep_args = V_NULL, keep_env = V_NULL, keep_cwd = V_NULL;
    value result = V_NULL;
    if (sp_fds_to_keep(argv[3], &keep, &p.nkeep) < 0)
        return V_NULL;
    p.keep = keep;
    if (!(exec_list = sp_bytes_array(argv[1], &keep_exec)))
        goto done;
    if (argv[0] != V_NONE) {
        value items = sp_items(argv[0], "argv must be a tuple"), l = items ? list_new(0) : V_NULL;
        if (!l)
            goto done;
        for (size_t i = 0; i < list_len(items); i++) {
            value b = sp_fsencode(list_get(items, i));
            if (!b || list_append(l, b) < 0)
                goto done;
        }
        if (!(cargv = sp_bytes_array(l, &keep_args)))
            goto done;
    }
    if (argv[5] != V_NONE && !(envp = sp_bytes_array(argv[5], &keep_env)))
        goto done;
    if (argv[4] != V_NONE) {
        if (!(keep_cwd = sp_fsencode(argv[4])))
            goto done;
        p.cwd = bytes_data(keep_cwd);
    }
    if (argv[18] != V_NONE) {
        value gl = argv[18];
        if (!v_is_list(gl)) {
            exc_raise(&exc_TypeError, "setgroups argument must be a list");
            goto done;
        }
        size_t n = list_len(gl);
        long max = sysconf(_SC_NGROUPS_MAX);
        if (max > 0 && n > (size_t)max) {
            exc_raise(&exc_ValueError, "too many groups");
            goto done;
        }
        if (!(p.groups = malloc((n ? n : 1) * sizeof *p.groups))) {
            exc_no_memory();
            goto done;
        }
        for (size_t i = 0; i < n && i < list_len(gl); i++) {
            value g = list_get(gl, i);
            unsigned id;
            if (!v_is_int_like(g)) {
                exc_raise(&exc_TypeError, "groups must be integers");
                goto done;
            }
            if (sp_id(g, "gid", &id) < 0) {
                if (exc_matches(&exc_OverflowError)) {
                    exc_clear();
                    exc_raise(&exc_ValueError, "invalid group id");
                }
                goto done;
            }
            p.groups[i] = (gid_t)id;
        }
        p.ngroups = n;
        p.set_groups = true;
    }
    unsigned id;
    if (argv[17] != V_NONE) {
        if (sp_id(argv[17], "gid", &id) < 0)
            goto done;
        p.gid = (gid_t)id;
        p.set_gid = true;
    }
    if (argv[19] != V_NONE) {
        if (sp_id(argv[19], "uid", &id) < 0)
            goto done;
        p.uid = (uid_t)id;
        p.set_uid = true;
    }
    p.argv = cargv;
    static char *no_args[] = { NULL };
    if (!p.argv)
        p.argv = no_args;
    p.exec_list = exec_list;
    p.envp = envp;
    p.preexec_fn = argv[21] == V_NONE ? V_NULL : argv[21];
    long open_max = sysconf(_SC_OPEN_MAX);
    p.max_fd = open_max > 0 && open_max < INT_MAX ? (int)open_max : 256;

    pid_t pid = fork();
    if (pid == 0)
        child_exec(&p);
    if (pid < 0) {
        raise_os(errno, V_NULL);
        goto done;
    }
    result = int_from_i64(pid);
done:
    free(keep);
    free(exec_list);
    free(cargv);
    free(envp);
    free(p.groups);
    /* the lists and bytes lived until here on this frame (the C stack is scanned) */
    (void)keep_exec, (void)keep_args, (void)keep_env, (void)keep_cwd;
    return result;
}

static const method_def posixsubprocess_functions[] = {
    { "fork_exec", sp_fork_exec, METH_FAST,
      "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,\n"
      "          p2cread, p2cwrite, c2pread, c2pwrite,\n"
      "          errread, errwrite, errpipe_read, errpipe_write,\n"
      "          restore_signals, call_setsid, pgid_to_set,\n"
      "          gid, groups_list, uid,\n"
      "          preexec_fn)\n\n"
      "Forks a child process, closes parent file descriptors as appropriate in the\n"
      "child and dups the few that are needed before calling exec() in the child\n"
      "process.\n\n"
      "If close_fds is true, close file descriptors 3 and higher, except those listed\n"
      "in the sorted tuple pass_fds.\n\n"
      "The preexec_fn, if supplied, will be called immediately before closing file\n"
      "descriptors and exec.\n"
      "WARNING: preexec_fn is NOT SAFE if your application uses threads.\n"
      "         It may trigger infrequent, difficult to debug deadlocks.\n\n"
      "If an error occurs in the child process before the exec, it is\n"
      "serialized and written to the errpipe_write fd per subprocess.py.\n\n"
      "Returns: the child process's PID.\n\n"
      "Raises: Only on an error in the parent process.\n" },
    { NULL, NULL, 0, NULL },
};

value posixsubprocessmodule_init(void)
{
    value m = module_new("_posixsubprocess");
    if (!m || modules_add_functions(m, posixsubprocess_functions) < 0)
        return V_NULL;
    value doc = str_from_cstr("A POSIX helper for the subprocess module.");
    if (!doc || dict_set_cstr(module_dict(m), "__doc__", doc) < 0)
        return V_NULL;
    return m;
}
