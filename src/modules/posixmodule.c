/* The `posix` module: the operating-system calls CPython's os.py imports
 * with `from posix import *` (stat, listdir, open, environ, ...). Path
 * arguments go through path_conv, which accepts str (encoded as UTF-8
 * with surrogateescape, the file-system encoding), bytes and
 * os.PathLike objects, and where allowed an int file descriptor or None,
 * with CPython's TypeError messages; a str path gives str results, a
 * bytes path bytes results. A failing call raises OSError built from
 * errno, which OSError's constructor turns into the PEP 3151 subclass
 * (FileNotFoundError, ...). stat_result keeps its ten fields in the
 * sequence; because struct sequences have no hidden fields yet, items
 * 7..9 are the float times (CPython's are ints there) and the *_ns
 * fields are descriptors computed from them. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "modules.h"
#include "posixmodule.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/descr.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/structseq.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/gil.h"
#include "../vm/interrupt.h"

extern char **environ;

static type_object stat_result_type = { .name = "os.stat_result" };
static type_object uname_result_type = { .name = "posix.uname_result" };
static type_object terminal_size_type = { .name = "os.terminal_size" };
static type_object times_result_type = { .name = "posix.times_result" };

/* -- Errors --------------------------------------------------------------------- */

/* OSError(err, strerror(err)[, f1[, None, f2]]); the constructor picks the
 * subclass. Returns V_NULL. */
value raise_os2(int err, value f1, value f2)
{
    value args[5] = { v_small(err), str_from_cstr(strerror(err)), f1 ? f1 : V_NONE, V_NONE, f2 };
    if (!args[1])
        return V_NULL;
    int n = f2 ? 5 : f1 ? 3 : 2;
    value e = exc_new(&exc_OSError, n, args);
    return e ? exc_raise_value(e) : V_NULL;
}

value raise_os(int err, value f1) { return raise_os2(err, f1, V_NULL); }

/* -- Paths ---------------------------------------------------------------------- */


/* os.fspath(v): str and bytes as they are, else v.__fspath__(). */
static value do_fspath(value v)
{
    if (v_is_str(v) || v_is_bytes(v))
        return v;
    value name = str_intern_cstr("__fspath__");
    if (!name)
        return V_NULL;
    if (!type_lookup(v_type(v), name))
        return exc_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s", v_type_name(v));
    value r = obj_call_method(v, "__fspath__", 0, NULL);
    if (r && !v_is_str(r) && !v_is_bytes(r))
        return exc_raise(&exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                         v_type_name(v), v_type_name(r));
    return r;
}

static value encode_fs(value s)
{
    return str_encode(s, "utf-8", "surrogateescape");
}

static value decode_fs(const char *s, size_t n)
{
    value b = bytes_from(s, n);
    return b ? bytes_decode(b, "utf-8", "surrogateescape") : V_NULL;
}

/* A result path in the argument's kind (str or bytes). */
value make_path(const char *s, size_t n, bool as_bytes)
{
    return as_bytes ? bytes_from(s, n) : decode_fs(s, n);
}

int path_conv(const char *fn, const char *argname, value v, int allow, path_t *p)
{
    *p = (path_t){ .obj = v, .fd = -1 };
    if (v == V_NONE && (allow & ALLOW_NONE)) {
        p->cpath = ".";
        return 0;
    }
    if ((allow & ALLOW_FD) && v_is_int_exact(v)) {
        int64_t fd;
        if (int_as_i64(v, &fd) < 0 || fd < INT32_MIN || fd > INT32_MAX) {
            exc_clear();
            exc_raise(&exc_OverflowError, "fd is greater than maximum");
            return -1;
        }
        p->fd = (int)fd;
        return 0;
    }
    value s = v;
    if (!v_is_str(v) && !v_is_bytes(v)) {
        value name = str_intern_cstr("__fspath__");
        if (!name)
            return -1;
        if (!type_lookup(v_type(v), name)) {
            const char *kinds = (allow & ALLOW_NONE) ? "string, bytes, os.PathLike, integer or None"
                                : (allow & ALLOW_FD) ? "string, bytes, os.PathLike or integer"
                                                      : "string, bytes or os.PathLike";
            exc_raise(&exc_TypeError, "%s: %s should be %s, not %s", fn, argname, kinds, v_type_name(v));
            return -1;
        }
        if (!(s = do_fspath(v)))
            return -1;
    }
    p->is_bytes = v_is_bytes(s);
    p->bytes = p->is_bytes ? s : encode_fs(s);
    if (!p->bytes)
        return -1;
    p->cpath = bytes_data(p->bytes);
    if (strlen(p->cpath) != bytes_size(p->bytes)) {
        /* CPython's wording differs by kind: the str one comes from its
         * file-system encoder, the bytes one from the path converter. */
        if (p->is_bytes)
            exc_raise(&exc_ValueError, "%s: embedded null character in %s", fn, argname);
        else
            exc_raise(&exc_ValueError, "embedded null byte");
        return -1;
    }
    return 0;
}

static int int_arg(value v, int *out)
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

/* -- stat ----------------------------------------------------------------------- */

static double ts_float(struct timespec t) { return (double)t.tv_sec + t.tv_nsec * 1e-9; }

value make_stat(const struct stat *st)
{
    value items[10] = {
        int_from_u64(st->st_mode), int_from_u64(st->st_ino), int_from_u64(st->st_dev),
        int_from_u64(st->st_nlink), int_from_u64(st->st_uid), int_from_u64(st->st_gid),
        int_from_i64(st->st_size), float_new(ts_float(st->st_atim)),
        float_new(ts_float(st->st_mtim)), float_new(ts_float(st->st_ctim)),
    };
    for (int i = 0; i < 10; i++)
        if (!items[i])
            return V_NULL;
    return structseq_new(&stat_result_type, items);
}

/* st_atime_ns etc.: nanoseconds from the float item (exact to about a
 * microsecond until hidden fields exist). */
static value ns_of(value self, size_t i)
{
    double d = v_float(tuple_get(self, i));
    return int_from_i64((int64_t)(d * 1e9));
}
static value get_atime_ns(value self) { return ns_of(self, 7); }
static value get_mtime_ns(value self) { return ns_of(self, 8); }
static value get_ctime_ns(value self) { return ns_of(self, 9); }

static const getset_def stat_extra[] = {
    { "st_atime_ns", get_atime_ns, NULL, "time of last access in nanoseconds" },
    { "st_mtime_ns", get_mtime_ns, NULL, "time of last modification in nanoseconds" },
    { "st_ctime_ns", get_ctime_ns, NULL, "time of last change in nanoseconds" },
    { NULL, NULL, NULL, NULL },
};

static value do_stat(const char *fn, int argc, const value *argv, value kwnames, bool lstat_default)
{
    static const char *const names[] = { "path", "dir_fd", "follow_symlinks" };
    value a[3];
    if (num_parse_args(fn, argc, argv, kwnames, names, 3, 1, 1, a) < 0)
        return V_NULL;
    path_t p;
    if (path_conv(fn, "path", a[0], lstat_default ? 0 : ALLOW_FD, &p) < 0)
        return V_NULL;
    int dir_fd = AT_FDCWD;
    if (a[1] && a[1] != V_NONE && int_arg(a[1], &dir_fd) < 0)
        return V_NULL;
    bool follow = !lstat_default;
    if (a[2]) {
        int t = obj_truthy(a[2]);
        if (t < 0)
            return V_NULL;
        follow = t;
    }
    struct stat st;
    int r = p.fd >= 0 ? fstat(p.fd, &st) : fstatat(dir_fd, p.cpath, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0)
        return raise_os(errno, a[0]);
    return make_stat(&st);
}

static value px_stat(value self, int argc, const value *argv, value kw) { return do_stat("stat", argc, argv, kw, false); }
static value px_lstat(value self, int argc, const value *argv, value kw) { return do_stat("lstat", argc, argv, kw, true); }

static value px_fstat(value self, int argc, const value *argv, value kw)
{
    value arg = argv[0];
    int fd;
    if (int_arg(arg, &fd) < 0)
        return V_NULL;
    struct stat st;
    if (fstat(fd, &st) < 0)
        return raise_os(errno, V_NULL);
    return make_stat(&st);
}

/* -- Directories ---------------------------------------------------------------- */

static value px_getcwd_impl(bool as_bytes)
{
    char *s = getcwd(NULL, 0);
    if (!s)
        return raise_os(errno, V_NULL);
    value r = make_path(s, strlen(s), as_bytes);
    free(s);
    return r;
}
static value px_getcwd(value self, int argc, const value *argv, value kw) { return px_getcwd_impl(false); }
static value px_getcwdb(value self, int argc, const value *argv, value kw) { return px_getcwd_impl(true); }

/* Parses f(path) with one required path argument. */
static int one_path(const char *fn, int argc, const value *argv, value kwnames, int allow, path_t *p)
{
    static const char *const names[] = { "path" };
    value a[1];
    if (num_parse_args(fn, argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return -1;
    return path_conv(fn, "path", a[0], allow, p);
}

static value px_chdir(value self, int argc, const value *argv, value kw)
{
    path_t p;
    if (one_path("chdir", argc, argv, kw, ALLOW_FD, &p) < 0)
        return V_NULL;
    if ((p.fd >= 0 ? fchdir(p.fd) : chdir(p.cpath)) < 0)
        return raise_os(errno, p.obj);
    return V_NONE;
}

/* A DIR over a copy of fd (closedir must not close the caller's). */
static DIR *open_dir_fd(int fd)
{
    int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return NULL;
    DIR *d = fdopendir(copy);
    if (!d) {
        int err = errno;
        close(copy);
        errno = err;
    }
    return d;
}

static value px_listdir(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path" };
    value a[1];
    if (num_parse_args("listdir", argc, argv, kwnames, names, 1, 1, 0, a) < 0)
        return V_NULL;
    path_t p;
    if (path_conv("listdir", "path", a[0] ? a[0] : V_NONE, ALLOW_NONE | ALLOW_FD, &p) < 0)
        return V_NULL;
    DIR *d = p.fd >= 0 ? open_dir_fd(p.fd) : opendir(p.cpath);
    if (!d)
        return raise_os(errno, p.fd >= 0 ? V_NULL : a[0] ? a[0] : str_from_cstr("."));
    value l = list_new(0);
    struct dirent *e;
    errno = 0;
    while (l && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        value name = make_path(e->d_name, strlen(e->d_name), p.is_bytes);
        if (!name || list_append(l, name) < 0)
            l = V_NULL;
        errno = 0;
    }
    int err = errno;
    if (p.fd >= 0)
        rewinddir(d);   /* the caller's descriptor shares the position */
    closedir(d);
    if (l && err)
        return raise_os(err, p.obj);
    return l;
}

/* mkdir(path, mode=0o777, *, dir_fd=None) */
static value px_mkdir(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "mode", "dir_fd" };
    value a[3];
    if (num_parse_args("mkdir", argc, argv, kwnames, names, 3, 2, 1, a) < 0)
        return V_NULL;
    path_t p;
    int mode = 0777, dir_fd = AT_FDCWD;
    if (path_conv("mkdir", "path", a[0], 0, &p) < 0 || (a[1] && int_arg(a[1], &mode) < 0) ||
        (a[2] && a[2] != V_NONE && int_arg(a[2], &dir_fd) < 0))
        return V_NULL;
    if (mkdirat(dir_fd, p.cpath, (mode_t)mode) < 0)
        return raise_os(errno, a[0]);
    return V_NONE;
}

/* rmdir / unlink / remove: path, *, dir_fd=None */
static value unlink_like(const char *fn, int flags, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "dir_fd" };
    value a[2];
    if (num_parse_args(fn, argc, argv, kwnames, names, 2, 1, 1, a) < 0)
        return V_NULL;
    path_t p;
    int dir_fd = AT_FDCWD;
    if (path_conv(fn, "path", a[0], 0, &p) < 0 || (a[1] && a[1] != V_NONE && int_arg(a[1], &dir_fd) < 0))
        return V_NULL;
    if (unlinkat(dir_fd, p.cpath, flags) < 0)
        return raise_os(errno, a[0]);
    return V_NONE;
}
static value px_rmdir(value self, int argc, const value *argv, value kw) { return unlink_like("rmdir", AT_REMOVEDIR, argc, argv, kw); }
static value px_unlink(value self, int argc, const value *argv, value kw) { return unlink_like("unlink", 0, argc, argv, kw); }
static value px_remove(value self, int argc, const value *argv, value kw) { return unlink_like("remove", 0, argc, argv, kw); }

static value rename_like(const char *fn, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "src", "dst", "src_dir_fd", "dst_dir_fd" };
    value a[4];
    if (num_parse_args(fn, argc, argv, kwnames, names, 4, 2, 2, a) < 0)
        return V_NULL;
    path_t s, d;
    int sfd = AT_FDCWD, dfd = AT_FDCWD;
    if (path_conv(fn, "src", a[0], 0, &s) < 0 || path_conv(fn, "dst", a[1], 0, &d) < 0 ||
        (a[2] && a[2] != V_NONE && int_arg(a[2], &sfd) < 0) || (a[3] && a[3] != V_NONE && int_arg(a[3], &dfd) < 0))
        return V_NULL;
    if (s.is_bytes != d.is_bytes)
        return exc_raise(&exc_TypeError, "%s: src and dst must be the same type", fn);
    if (renameat(sfd, s.cpath, dfd, d.cpath) < 0)
        return raise_os2(errno, a[0], a[1]);
    return V_NONE;
}
static value px_rename(value self, int argc, const value *argv, value kw) { return rename_like("rename", argc, argv, kw); }
static value px_replace(value self, int argc, const value *argv, value kw) { return rename_like("replace", argc, argv, kw); }

/* access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True) */
static value px_access(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "mode", "dir_fd", "effective_ids", "follow_symlinks" };
    value a[5];
    if (num_parse_args("access", argc, argv, kwnames, names, 5, 2, 2, a) < 0)
        return V_NULL;
    path_t p;
    int mode, dir_fd = AT_FDCWD;
    if (path_conv("access", "path", a[0], 0, &p) < 0 || int_arg(a[1], &mode) < 0 ||
        (a[2] && a[2] != V_NONE && int_arg(a[2], &dir_fd) < 0))
        return V_NULL;
    return v_bool(faccessat(dir_fd, p.cpath, mode, 0) == 0);
}

/* -- Files ---------------------------------------------------------------------- */

/* open(path, flags, mode=0o777, *, dir_fd=None) */
static value px_open(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path", "flags", "mode", "dir_fd" };
    value a[4];
    if (num_parse_args("open", argc, argv, kwnames, names, 4, 3, 2, a) < 0)
        return V_NULL;
    path_t p;
    int flags, mode = 0777, dir_fd = AT_FDCWD;
    if (path_conv("open", "path", a[0], 0, &p) < 0 || int_arg(a[1], &flags) < 0 ||
        (a[2] && int_arg(a[2], &mode) < 0) || (a[3] && a[3] != V_NONE && int_arg(a[3], &dir_fd) < 0))
        return V_NULL;
    int fd;
    do
        fd = openat(dir_fd, p.cpath, flags | O_CLOEXEC, mode);
    while (fd < 0 && interrupt_retry());
    if (fd < 0)
        return exc_occurred() ? V_NULL : raise_os(errno, a[0]);
    return v_small(fd);
}

static value px_close(value self, int argc, const value *argv, value kw)
{
    value arg = argv[0];
    int fd;
    if (int_arg(arg, &fd) < 0)
        return V_NULL;
    if (close(fd) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

static value px_read(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "read expected 2 arguments, got %d", argc);
    int fd;
    int64_t n;
    value nv = obj_index(argv[1]);
    if (int_arg(argv[0], &fd) < 0 || !nv || int_as_i64(nv, &n) < 0)
        return V_NULL;
    if (n < 0) {
        errno = EINVAL;
        return raise_os(EINVAL, V_NULL);
    }
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return exc_no_memory();
    ssize_t r;
    do {
        GIL_BLOCKING_BEGIN();   /* buf is malloc'd: no heap object is touched */
        r = read(fd, buf, (size_t)n);
        GIL_BLOCKING_END();
    } while (r < 0 && interrupt_retry());
    if (r < 0) {
        int err = errno;
        free(buf);
        return exc_occurred() ? V_NULL : raise_os(err, V_NULL);
    }
    value b = bytes_from(buf, (size_t)r);
    free(buf);
    return b;
}

static value px_write(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "write expected 2 arguments, got %d", argc);
    int fd;
    const char *data;
    size_t size;
    if (int_arg(argv[0], &fd) < 0)
        return V_NULL;
    if (!buffer_get(argv[1], &data, &size))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[1]));
    ssize_t r;
    /* without the GIL only for bytes: another thread could resize a bytearray */
    bool release = v_is_bytes(argv[1]);
    do {
        if (release)
            GIL_BLOCKING_BEGIN();
        r = write(fd, data, size);
        if (release)
            GIL_BLOCKING_END();
    } while (r < 0 && interrupt_retry());
    if (r < 0)
        return exc_occurred() ? V_NULL : raise_os(errno, V_NULL);
    return int_from_i64(r);
}

static value px_lseek(value self, int argc, const value *argv, value kw)
{
    if (argc != 3)
        return exc_raise(&exc_TypeError, "lseek expected 3 arguments, got %d", argc);
    int fd, how;
    int64_t pos;
    value pv = obj_index(argv[1]);
    if (int_arg(argv[0], &fd) < 0 || !pv || int_as_i64(pv, &pos) < 0 || int_arg(argv[2], &how) < 0)
        return V_NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0)
        return raise_os(errno, V_NULL);
    return int_from_i64(r);
}

static value px_isatty(value self, int argc, const value *argv, value kw)
{
    value arg = argv[0];
    int fd;
    if (int_arg(arg, &fd) < 0)
        return V_NULL;
    return v_bool(isatty(fd));
}

static value px_device_encoding(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "fd" };
    value a[1];
    int fd;
    if (num_parse_args("device_encoding", argc, argv, kwnames, names, 1, 1, 1, a) < 0 || int_arg(a[0], &fd) < 0)
        return V_NULL;
    return isatty(fd) ? str_from_cstr("utf-8") : V_NONE;
}

static value px_get_terminal_size(value self, int argc, const value *argv, value kw)
{
    int fd = 1;
    if (argc > 1)
        return exc_raise(&exc_TypeError, "get_terminal_size expected at most 1 argument, got %d", argc);
    if (argc == 1 && int_arg(argv[0], &fd) < 0)
        return V_NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return raise_os(errno, V_NULL);
    value items[2] = { v_small(w.ws_col), v_small(w.ws_row) };
    return structseq_new(&terminal_size_type, items);
}

/* -- Process and misc ----------------------------------------------------------- */

static value px_fspath(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path" };
    value a[1];
    if (num_parse_args("fspath", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    return do_fspath(a[0]);
}

static value px_strerror(value self, int argc, const value *argv, value kw)
{
    value arg = argv[0];
    int code;
    if (int_arg(arg, &code) < 0)
        return V_NULL;
    return str_from_cstr(strerror(code));
}

static value px_getpid(value self, int argc, const value *argv, value kw) { return int_from_i64(getpid()); }
static value px_getppid(value self, int argc, const value *argv, value kw) { return int_from_i64(getppid()); }
static value px_getuid(value self, int argc, const value *argv, value kw) { return int_from_i64(getuid()); }
static value px_geteuid(value self, int argc, const value *argv, value kw) { return int_from_i64(geteuid()); }
static value px_getgid(value self, int argc, const value *argv, value kw) { return int_from_i64(getgid()); }
static value px_getegid(value self, int argc, const value *argv, value kw) { return int_from_i64(getegid()); }

static value px_umask(value self, int argc, const value *argv, value kw)
{
    value arg = argv[0];
    int m;
    if (int_arg(arg, &m) < 0)
        return V_NULL;
    return v_small(umask((mode_t)m));
}

static value px_urandom(value self, int argc, const value *argv, value kw)
{
    value arg = argv[0];
    value nv = obj_index(arg);
    int64_t n;
    if (!nv || int_as_i64(nv, &n) < 0)
        return V_NULL;
    if (n < 0)
        return exc_raise(&exc_ValueError, "negative argument not allowed");
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return exc_no_memory();
    for (size_t got = 0; got < (size_t)n;) {
        ssize_t r = getrandom(buf + got, (size_t)n - got, 0);
        if (r < 0 && errno != EINTR) {
            int err = errno;
            free(buf);
            return raise_os(err, V_NULL);
        }
        if (r > 0)
            got += (size_t)r;
    }
    value b = bytes_from(buf, (size_t)n);
    free(buf);
    return b;
}

static value px_cpu_count(value self, int argc, const value *argv, value kw)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? V_NONE : int_from_i64(n);
}

static value px_uname(value self, int argc, const value *argv, value kw)
{
    struct utsname u;
    if (uname(&u) < 0)
        return raise_os(errno, V_NULL);
    const char *parts[5] = { u.sysname, u.nodename, u.release, u.version, u.machine };
    value items[5];
    for (int i = 0; i < 5; i++)
        if (!(items[i] = decode_fs(parts[i], strlen(parts[i]))))
            return V_NULL;
    return structseq_new(&uname_result_type, items);
}

static value px_times(value self, int argc, const value *argv, value kw)
{
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1)
        return raise_os(errno, V_NULL);
    double hz = (double)sysconf(_SC_CLK_TCK);
    value items[5] = { float_new(t.tms_utime / hz), float_new(t.tms_stime / hz), float_new(t.tms_cutime / hz),
                       float_new(t.tms_cstime / hz), float_new(c / hz) };
    for (int i = 0; i < 5; i++)
        if (!items[i])
            return V_NULL;
    return structseq_new(&times_result_type, items);
}

static value px_kill(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "kill expected 2 arguments, got %d", argc);
    int pid, sig;
    if (int_arg(argv[0], &pid) < 0 || int_arg(argv[1], &sig) < 0)
        return V_NULL;
    if (kill(pid, sig) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

static value px__exit(value self, int argc, const value *argv, value kw)
{
    value arg = argv[0];
    int code;
    if (int_arg(arg, &code) < 0)
        return V_NULL;
    _exit(code);
}

/* putenv / unsetenv: os.environ's _Environ calls these to keep the C
 * environment in step with its mapping. */
static value px_putenv(value self, int argc, const value *argv, value kw)
{
    if (argc != 2)
        return exc_raise(&exc_TypeError, "putenv expected 2 arguments, got %d", argc);
    path_t k, v;
    if (path_conv("putenv", "name", argv[0], 0, &k) < 0 || path_conv("putenv", "value", argv[1], 0, &v) < 0)
        return V_NULL;
    if (!*k.cpath || strchr(k.cpath, '='))
        return exc_raise(&exc_ValueError, "illegal environment variable name");
    if (setenv(k.cpath, v.cpath, 1) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

static value px_unsetenv(value self, int argc, const value *argv, value kw)
{
    value arg = argv[0];
    path_t k;
    if (path_conv("unsetenv", "name", arg, 0, &k) < 0)
        return V_NULL;
    if (!*k.cpath || strchr(k.cpath, '='))
        return exc_raise(&exc_ValueError, "illegal environment variable name");
    if (unsetenv(k.cpath) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

static const method_def posix_functions[] = {
    { "stat", px_stat, METH_KEYWORDS, "stat(path, *, dir_fd=None, follow_symlinks=True)\n--\n\nPerform a stat system call on the given path." },
    { "lstat", px_lstat, METH_KEYWORDS, "lstat(path, *, dir_fd=None)\n--\n\nPerform a stat system call on the given path, without following symbolic links." },
    { "fstat", px_fstat, METH_O, "fstat(fd)\n--\n\nPerform a stat system call on the given file descriptor." },
    { "getcwd", px_getcwd, METH_NOARGS, "getcwd()\n--\n\nReturn a unicode string representing the current working directory." },
    { "getcwdb", px_getcwdb, METH_NOARGS, "getcwdb()\n--\n\nReturn a bytes string representing the current working directory." },
    { "chdir", px_chdir, METH_KEYWORDS, "chdir(path)\n--\n\nChange the current working directory to the specified path." },
    { "listdir", px_listdir, METH_KEYWORDS, "listdir(path=None)\n--\n\nReturn a list containing the names of the files in the directory." },
    { "mkdir", px_mkdir, METH_KEYWORDS, "mkdir(path, mode=511, *, dir_fd=None)\n--\n\nCreate a directory." },
    { "rmdir", px_rmdir, METH_KEYWORDS, "rmdir(path, *, dir_fd=None)\n--\n\nRemove a directory." },
    { "unlink", px_unlink, METH_KEYWORDS, "unlink(path, *, dir_fd=None)\n--\n\nRemove a file (same as remove())." },
    { "remove", px_remove, METH_KEYWORDS, "remove(path, *, dir_fd=None)\n--\n\nRemove a file (same as unlink())." },
    { "rename", px_rename, METH_KEYWORDS, "rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory." },
    { "replace", px_replace, METH_KEYWORDS, "replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory, overwriting the destination." },
    { "access", px_access, METH_KEYWORDS, "access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)\n--\n\nUse the real uid/gid to test for access to a path." },
    { "open", px_open, METH_KEYWORDS, "open(path, flags, mode=511, *, dir_fd=None)\n--\n\nOpen a file for low level IO.  Returns a file descriptor (integer)." },
    { "close", px_close, METH_O, "close(fd)\n--\n\nClose a file descriptor." },
    { "read", px_read, METH_FAST, "read(fd, length, /)\n--\n\nRead from a file descriptor.  Returns a bytes object." },
    { "write", px_write, METH_FAST, "write(fd, data, /)\n--\n\nWrite a bytes object to a file descriptor." },
    { "lseek", px_lseek, METH_FAST, "lseek(fd, position, whence, /)\n--\n\nSet the position of a file descriptor.  Return the new position." },
    { "isatty", px_isatty, METH_O, "isatty(fd, /)\n--\n\nReturn True if the fd is connected to a terminal." },
    { "device_encoding", px_device_encoding, METH_KEYWORDS, "device_encoding(fd)\n--\n\nReturn a string describing the encoding of a terminal's file descriptor." },
    { "get_terminal_size", px_get_terminal_size, METH_FAST, "Return the size of the terminal window as (columns, lines)." },
    { "fspath", px_fspath, METH_KEYWORDS, "fspath(path)\n--\n\nReturn the file system path representation of the object." },
    { "strerror", px_strerror, METH_O, "strerror(code, /)\n--\n\nTranslate an error code to a message string." },
    { "getpid", px_getpid, METH_NOARGS, "getpid()\n--\n\nReturn the current process id." },
    { "getppid", px_getppid, METH_NOARGS, "getppid()\n--\n\nReturn the parent's process id." },
    { "getuid", px_getuid, METH_NOARGS, "getuid()\n--\n\nReturn the current process's user id." },
    { "geteuid", px_geteuid, METH_NOARGS, "geteuid()\n--\n\nReturn the current process's effective user id." },
    { "getgid", px_getgid, METH_NOARGS, "getgid()\n--\n\nReturn the current process's group id." },
    { "getegid", px_getegid, METH_NOARGS, "getegid()\n--\n\nReturn the current process's effective group id." },
    { "umask", px_umask, METH_O, "umask(mask, /)\n--\n\nSet the current numeric umask and return the previous umask." },
    { "urandom", px_urandom, METH_O, "urandom(size, /)\n--\n\nReturn a bytes object containing random bytes suitable for cryptographic use." },
    { "cpu_count", px_cpu_count, METH_NOARGS, "cpu_count()\n--\n\nReturn the number of CPUs in the system; return None if indeterminable." },
    { "uname", px_uname, METH_NOARGS, "uname()\n--\n\nReturn an object identifying the current operating system." },
    { "times", px_times, METH_NOARGS, "times()\n--\n\nReturn a collection containing process timing information." },
    { "kill", px_kill, METH_FAST, "kill(pid, signal, /)\n--\n\nKill a process with a signal." },
    { "_exit", px__exit, METH_O, "_exit(status)\n--\n\nExit to the system with specified status, without normal exit processing." },
    { "scandir", px_scandir, METH_KEYWORDS, "scandir(path=None)\n--\n\nReturn an iterator of DirEntry objects for given path." },
    { "putenv", px_putenv, METH_FAST, "putenv(name, value, /)\n--\n\nChange or add an environment variable." },
    { "unsetenv", px_unsetenv, METH_O, "unsetenv(name, /)\n--\n\nDelete an environment variable." },
    { NULL, NULL, 0, NULL },
};

/* posix.environ: bytes -> bytes, a snapshot of the C environment. */
static value make_environ(void)
{
    value d = dict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        value k = bytes_from(*e, (size_t)(eq - *e)), v = bytes_from(eq + 1, strlen(eq + 1));
        if (!k || !v)
            return V_NULL;
        int has = dict_get(d, k) != V_NULL;   /* the first of duplicate names wins, as in CPython */
        if (!has && dict_set(d, k, v) < 0)
            return V_NULL;
    }
    return d;
}

#define CONST(name) { #name, name }
static const struct { const char *name; long v; } int_constants[] = {
    CONST(F_OK), CONST(R_OK), CONST(W_OK), CONST(X_OK),
    CONST(O_RDONLY), CONST(O_WRONLY), CONST(O_RDWR), CONST(O_APPEND), CONST(O_CREAT), CONST(O_EXCL),
    CONST(O_TRUNC), CONST(O_NONBLOCK), CONST(O_NDELAY), CONST(O_SYNC), CONST(O_DSYNC), CONST(O_RSYNC),
    CONST(O_NOCTTY), CONST(O_CLOEXEC), CONST(O_DIRECTORY), CONST(O_NOFOLLOW), CONST(O_ACCMODE),
    CONST(O_ASYNC), CONST(O_DIRECT), CONST(O_LARGEFILE), CONST(O_NOATIME), CONST(O_PATH), CONST(O_TMPFILE),
    CONST(SEEK_SET), CONST(SEEK_CUR), CONST(SEEK_END), CONST(SEEK_DATA), CONST(SEEK_HOLE),
    CONST(EX_OK), CONST(WNOHANG), CONST(WUNTRACED), CONST(WCONTINUED),
    CONST(F_LOCK), CONST(F_TLOCK), CONST(F_ULOCK), CONST(F_TEST),
};

/* The HAVE_* names os.py consults to fill supports_dir_fd etc.: only
 * those whose functions here take dir_fd / fd / follow_symlinks. */
static const char *const have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT", "HAVE_FSTATAT", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
    "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
};

static int init_types(value d)
{
    static const char *const st[] = { "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                                      "st_size", "st_atime", "st_mtime", "st_ctime", NULL };
    static const char *const un[] = { "sysname", "nodename", "release", "version", "machine", NULL };
    static const char *const ts[] = { "columns", "lines", NULL };
    static const char *const tm[] = { "user", "system", "children_user", "children_system", "elapsed", NULL };
    if (structseq_init_type(&stat_result_type, st, true) < 0 || structseq_init_type(&uname_result_type, un, true) < 0 ||
        structseq_init_type(&terminal_size_type, ts, true) < 0 || structseq_init_type(&times_result_type, tm, true) < 0)
        return -1;
    for (const getset_def *g = stat_extra; g->name; g++) {
        value desc = getset_descr_new(&stat_result_type, g);
        if (!desc || dict_set_cstr(stat_result_type.dict, g->name, desc) < 0)
            return -1;
    }
    return dict_set_cstr(d, "stat_result", v_from_obj(&stat_result_type)) < 0 ||
           dict_set_cstr(d, "uname_result", v_from_obj(&uname_result_type)) < 0 ||
           dict_set_cstr(d, "terminal_size", v_from_obj(&terminal_size_type)) < 0 ||
           dict_set_cstr(d, "times_result", v_from_obj(&times_result_type)) < 0 ? -1 : 0;
}

value posixmodule_init(void)
{
    value m = module_new("posix");
    if (!m || modules_add_functions(m, posix_functions) < 0 || modules_add_functions(m, posix_fs_functions) < 0 ||
        modules_add_functions(m, posix_proc_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    value env = make_environ(), have = list_new(0);
    if (!env || !have || dict_set_cstr(d, "environ", env) < 0 || dict_set_cstr(d, "_have_functions", have) < 0 ||
        dict_set_cstr(d, "error", v_from_obj(&exc_OSError)) < 0 || init_types(d) < 0 || posixmodule_scandir_init(d) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof have_functions / sizeof *have_functions; i++) {
        value s = str_from_cstr(have_functions[i]);
        if (!s || list_append(have, s) < 0)
            return V_NULL;
    }
    for (size_t i = 0; i < sizeof int_constants / sizeof *int_constants; i++)
        if (dict_set_cstr(d, int_constants[i].name, int_from_i64(int_constants[i].v)) < 0)
            return V_NULL;
    return m;
}
