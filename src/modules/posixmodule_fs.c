/* More file-system calls of the posix module, the ones shutil, pathlib
 * and tempfile reach for: readlink, symlink, link, chmod, utime,
 * truncate/ftruncate, fsync, dup/dup2, pipe and the inheritable and
 * blocking flags of descriptors. Argument names and defaults follow
 * CPython's signatures; dir_fd arguments are honoured through the *at
 * calls. Registered by posixmodule.c from posix_fs_functions. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "posixmodule.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

/* An int argument (via __index__) that fits a C int. */
static int fs_int(value v, int *out)
{
    value i = obj_index(v);
    int64_t x;
    if (!i || int_as_i64(i, &x) < 0)
        return -1;
    if (x < INT_MIN || x > INT_MAX) {
        exc_raise(&exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* dir_fd=None|int. */
static int dir_fd_arg(value v, int *out)
{
    *out = AT_FDCWD;
    return v && v != V_NONE ? fs_int(v, out) : 0;
}

static int bool_arg(value v, bool dflt, bool *out)
{
    *out = dflt;
    if (!v)
        return 0;
    int t = obj_truthy(v);
    if (t < 0)
        return -1;
    *out = t;
    return 0;
}

/* readlink(path, *, dir_fd=None) */
static value px_readlink(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "dir_fd" };
    value a[2];
    path_t p;
    int dfd;
    if (num_parse_args("readlink", argc, argv, kwnames, names, 2, 1, 1, a) < 0 ||
        path_conv("readlink", "path", a[0], 0, &p) < 0 || dir_fd_arg(a[1], &dfd) < 0)
        return V_NULL;
    char buf[PATH_MAX + 1];
    ssize_t n = readlinkat(dfd, p.cpath, buf, sizeof buf - 1);
    if (n < 0)
        return raise_os(errno, a[0]);
    return make_path(buf, (size_t)n, p.is_bytes);
}

/* symlink(src, dst, target_is_directory=False, *, dir_fd=None) */
static value px_symlink(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "src", "dst", "target_is_directory", "dir_fd" };
    value a[4];
    path_t s, d;
    int dfd;
    if (num_parse_args("symlink", argc, argv, kwnames, names, 4, 3, 2, a) < 0 ||
        path_conv("symlink", "src", a[0], 0, &s) < 0 || path_conv("symlink", "dst", a[1], 0, &d) < 0 ||
        dir_fd_arg(a[3], &dfd) < 0)
        return V_NULL;
    if (symlinkat(s.cpath, dfd, d.cpath) < 0)
        return raise_os2(errno, a[0], a[1]);
    return V_NONE;
}

/* link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True) */
static value px_link(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks" };
    value a[5];
    path_t s, d;
    int sfd, dfd;
    bool follow;
    if (num_parse_args("link", argc, argv, kwnames, names, 5, 2, 2, a) < 0 ||
        path_conv("link", "src", a[0], 0, &s) < 0 || path_conv("link", "dst", a[1], 0, &d) < 0 ||
        dir_fd_arg(a[2], &sfd) < 0 || dir_fd_arg(a[3], &dfd) < 0 || bool_arg(a[4], true, &follow) < 0)
        return V_NULL;
    if (linkat(sfd, s.cpath, dfd, d.cpath, follow ? AT_SYMLINK_FOLLOW : 0) < 0)
        return raise_os2(errno, a[0], a[1]);
    return V_NONE;
}

/* chmod(path, mode, *, dir_fd=None, follow_symlinks=True); Linux cannot
 * change a link's own mode: NotImplementedError then, as in CPython. */
static value px_chmod(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "mode", "dir_fd", "follow_symlinks" };
    value a[4];
    path_t p;
    int mode, dfd;
    bool follow;
    if (num_parse_args("chmod", argc, argv, kwnames, names, 4, 2, 2, a) < 0 ||
        path_conv("chmod", "path", a[0], ALLOW_FD, &p) < 0 || fs_int(a[1], &mode) < 0 ||
        dir_fd_arg(a[2], &dfd) < 0 || bool_arg(a[3], true, &follow) < 0)
        return V_NULL;
    int r = p.fd >= 0 ? fchmod(p.fd, (mode_t)mode)
                      : fchmodat(dfd, p.cpath, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0 && !follow && (errno == ENOTSUP || errno == EOPNOTSUPP))
        return exc_raise(&exc_NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
    if (r < 0)
        return raise_os(errno, a[0]);
    return V_NONE;
}

/* A (atime, mtime) pair of seconds (int or float) as timespecs. */
static int times_arg(value t, struct timespec ts[2])
{
    if (!v_is_tuple(t) || tuple_len(t) != 2) {
        exc_raise(&exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        return -1;
    }
    for (int i = 0; i < 2; i++) {
        double d;
        if (obj_as_double(tuple_get(t, (size_t)i), &d) < 0)
            return -1;
        double sec = floor(d);
        ts[i].tv_sec = (time_t)sec;
        ts[i].tv_nsec = (long)((d - sec) * 1e9);
    }
    return 0;
}

static int ns_arg(value t, struct timespec ts[2])
{
    if (!v_is_tuple(t) || tuple_len(t) != 2) {
        exc_raise(&exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        return -1;
    }
    for (int i = 0; i < 2; i++) {
        value v = obj_index(tuple_get(t, (size_t)i));
        int64_t ns;
        if (!v || int_as_i64(v, &ns) < 0)
            return -1;
        int64_t s = ns / 1000000000, r = ns % 1000000000;
        if (r < 0) {
            r += 1000000000;
            s--;
        }
        ts[i].tv_sec = (time_t)s;
        ts[i].tv_nsec = (long)r;
    }
    return 0;
}

/* utime(path, times=None, *, ns=<unset>, dir_fd=None, follow_symlinks=True) */
static value px_utime(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "times", "ns", "dir_fd", "follow_symlinks" };
    value a[5];
    path_t p;
    int dfd;
    bool follow;
    if (num_parse_args("utime", argc, argv, kwnames, names, 5, 2, 1, a) < 0 ||
        path_conv("utime", "path", a[0], ALLOW_FD, &p) < 0 || dir_fd_arg(a[3], &dfd) < 0 ||
        bool_arg(a[4], true, &follow) < 0)
        return V_NULL;
    struct timespec ts[2], *tp = NULL;
    bool has_times = a[1] && a[1] != V_NONE;
    if (has_times && a[2])
        return exc_raise(&exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    if (has_times) {
        if (times_arg(a[1], ts) < 0)
            return V_NULL;
        tp = ts;
    } else if (a[2]) {
        if (ns_arg(a[2], ts) < 0)
            return V_NULL;
        tp = ts;
    }
    int r = p.fd >= 0 ? futimens(p.fd, tp) : utimensat(dfd, p.cpath, tp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0)
        return raise_os(errno, a[0]);
    return V_NONE;
}

/* truncate(path, length): a path or a descriptor. */
static value px_truncate(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "length" };
    value a[2];
    path_t p;
    int64_t len;
    value lv;
    if (num_parse_args("truncate", argc, argv, kwnames, names, 2, 2, 2, a) < 0 ||
        path_conv("truncate", "path", a[0], ALLOW_FD, &p) < 0 || !(lv = obj_index(a[1])) ||
        int_as_i64(lv, &len) < 0)
        return V_NULL;
    if ((p.fd >= 0 ? ftruncate(p.fd, (off_t)len) : truncate(p.cpath, (off_t)len)) < 0)
        return raise_os(errno, a[0]);
    return V_NONE;
}

static value px_ftruncate(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "ftruncate expected 2 arguments, got %d", argc);
    int fd;
    int64_t len;
    value lv;
    if (fs_int(argv[0], &fd) < 0 || !(lv = obj_index(argv[1])) || int_as_i64(lv, &len) < 0)
        return V_NULL;
    if (ftruncate(fd, (off_t)len) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

/* fsync(fd): an int or an object with fileno(). */
static value px_fsync(value self, int argc, const value *argv, value kw)
{
    value v = argv[0];
    if (!v_is_int_exact(v)) {
        value r = obj_getattr_cstr(v, "fileno");
        if (!r) {
            exc_clear();
            return exc_raise(&exc_TypeError,
                             "argument must be an int, or have a fileno() method.");
        }
        if (!(v = obj_call0(r)))
            return V_NULL;
    }
    int fd;
    if (fs_int(v, &fd) < 0)
        return V_NULL;
    if (fsync(fd) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

/* dup(fd): the copy is non-inheritable (PEP 446). */
static value px_dup(value self, int argc, const value *argv, value kw)
{
    int fd;
    if (fs_int(argv[0], &fd) < 0)
        return V_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return raise_os(errno, V_NULL);
    return v_small(r);
}

/* dup2(fd, fd2, inheritable=True) */
static value px_dup2(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "fd", "fd2", "inheritable" };
    value a[3];
    int fd, fd2;
    bool inh;
    if (num_parse_args("dup2", argc, argv, kwnames, names, 3, 3, 2, a) < 0 || fs_int(a[0], &fd) < 0 ||
        fs_int(a[1], &fd2) < 0 || bool_arg(a[2], true, &inh) < 0)
        return V_NULL;
    int r = dup3(fd, fd2, inh ? 0 : O_CLOEXEC);
    if (r < 0 && errno == EINVAL && fd == fd2)   /* dup3 refuses equal fds; dup2 allows them */
        r = dup2(fd, fd2);
    if (r < 0)
        return raise_os(errno, V_NULL);
    return v_small(r);
}

static value px_pipe(value self, int argc, const value *argv, value kw)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return raise_os(errno, V_NULL);
    return tuple_pack(2, v_small(fds[0]), v_small(fds[1]));
}

/* get/set of one fcntl flag bit: FD_CLOEXEC (inverted) or O_NONBLOCK. */
static value fd_flag(int argc, const value *argv, int getcmd, int setcmd, int bit, bool inverted)
{
    int fd;
    if (fs_int(argv[0], &fd) < 0)
        return V_NULL;
    int flags = fcntl(fd, getcmd);
    if (flags < 0)
        return raise_os(errno, V_NULL);
    if (argc < 2)
        return v_bool(((flags & bit) != 0) != inverted);
    int t = obj_truthy(argv[1]);
    if (t < 0)
        return V_NULL;
    flags = (t != inverted) ? flags | bit : flags & ~bit;
    if (fcntl(fd, setcmd, flags) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

static value px_get_inheritable(value self, int argc, const value *argv, value kw)
{
    return fd_flag(1, argv, F_GETFD, F_SETFD, FD_CLOEXEC, true);
}

static value px_set_inheritable(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "set_inheritable expected 2 arguments, got %d", argc);
    return fd_flag(2, argv, F_GETFD, F_SETFD, FD_CLOEXEC, true);
}

static value px_get_blocking(value self, int argc, const value *argv, value kw)
{
    return fd_flag(1, argv, F_GETFL, F_SETFL, O_NONBLOCK, true);
}

static value px_set_blocking(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "set_blocking expected 2 arguments, got %d", argc);
    return fd_flag(2, argv, F_GETFL, F_SETFL, O_NONBLOCK, true);
}

const method_def posix_fs_functions[] = {
    { "readlink", px_readlink, METH_KEYWORDS, "readlink(path, *, dir_fd=None)\n--\n\nReturn a string representing the path to which the symbolic link points." },
    { "symlink", px_symlink, METH_KEYWORDS, "symlink(src, dst, target_is_directory=False, *, dir_fd=None)\n--\n\nCreate a symbolic link pointing to src named dst." },
    { "link", px_link, METH_KEYWORDS, "link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)\n--\n\nCreate a hard link to a file." },
    { "chmod", px_chmod, METH_KEYWORDS, "chmod(path, mode, *, dir_fd=None, follow_symlinks=True)\n--\n\nChange the access permissions of a file." },
    { "utime", px_utime, METH_KEYWORDS, "utime(path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)\n--\n\nSet the access and modified time of path." },
    { "truncate", px_truncate, METH_KEYWORDS, "truncate(path, length)\n--\n\nTruncate a file, specified by path, to a specific length." },
    { "ftruncate", px_ftruncate, METH_FAST, "ftruncate(fd, length, /)\n--\n\nTruncate a file, specified by file descriptor, to a specific length." },
    { "fsync", px_fsync, METH_O, "fsync(fd)\n--\n\nForce write of fd to disk." },
    { "dup", px_dup, METH_O, "dup(fd, /)\n--\n\nReturn a duplicate of a file descriptor." },
    { "dup2", px_dup2, METH_KEYWORDS, "dup2(fd, fd2, inheritable=True)\n--\n\nDuplicate file descriptor." },
    { "pipe", px_pipe, METH_NOARGS, "pipe()\n--\n\nCreate a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)" },
    { "get_inheritable", px_get_inheritable, METH_O, "get_inheritable(fd, /)\n--\n\nGet the close-on-exe flag of the specified file descriptor." },
    { "set_inheritable", px_set_inheritable, METH_FAST, "set_inheritable(fd, inheritable, /)\n--\n\nSet the inheritable flag of the specified file descriptor." },
    { "get_blocking", px_get_blocking, METH_O, "get_blocking(fd, /)\n--\n\nGet the blocking mode of the file descriptor." },
    { "set_blocking", px_set_blocking, METH_FAST, "set_blocking(fd, blocking, /)\n--\n\nSet the blocking mode of the specified file descriptor." },
    { NULL, NULL, 0, NULL },
};
