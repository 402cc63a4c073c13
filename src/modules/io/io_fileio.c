/* _io's FileIO: the raw binary stream over a file descriptor. Each
 * method is one system call (read, write, lseek, ftruncate), retried on
 * EINTR, with CPython's checks in its order: argument types first, then
 * closed ("I/O operation on closed file", without the full stop of the
 * other classes), then the mode ("File not open for reading"). A
 * non-blocking descriptor that has nothing gives None. The name given
 * to the constructor is kept as the instance attribute `name`, as in
 * CPython. The Buffered* classes call io_fileio_read / io_fileio_write
 * directly when their raw stream is a plain FileIO. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "io_internal.h"
#include "../modules.h"
#include "../posixmodule.h"
#include "../warningsmodule.h"
#include "../../gc/gc.h"
#include "../../objects/bytearray.h"
#include "../../objects/bytes.h"
#include "../../objects/dict.h"
#include "../../objects/exceptions.h"
#include "../../objects/float.h"
#include "../../objects/int.h"
#include "../../objects/module.h"
#include "../../objects/sequtil.h"
#include "../../objects/str.h"
#include "../../objects/tuple.h"
#include "../../vm/exc.h"
#include "../../vm/gil.h"
#include "../../vm/interrupt.h"

typedef struct fileio_object {
    io_object head;
    int fd;                  /* -1: closed (or never opened) */
    bool created, readable, writable, appending, closefd;
    signed char seekable;    /* -1: not asked yet */
    int64_t blksize;
} fileio_object;

#define FIO(v) ((fileio_object *)v_obj(v))

static value err_closed(void) { return exc_raise(&exc_ValueError, "I/O operation on closed file"); }

static value err_mode(const char *action)
{
    char msg[64];
    snprintf(msg, sizeof msg, "File not open for %s", action);
    return io_unsupported(msg);
}

/* EINTR: a signal with a Python-level effect (Ctrl-C at the prompt)
 * stops the call; otherwise it is retried. */
static bool interrupted(void)
{
    if (errno != EINTR)
        return false;
    if (interrupt_pending) {
        interrupt_raise();
        return false;
    }
    return true;
}

static value fileio_new(type_object *type, int argc, const value *argv, value kwnames)
{
    value v = io_alloc(type, sizeof(fileio_object));
    if (!v)
        return V_NULL;
    fileio_object *f = FIO(v);
    f->fd = -1;
    f->closefd = true;
    f->seekable = -1;
    f->blksize = IO_DEFAULT_BUFFER_SIZE;
    return v;
}

/* The file-system form of a path argument (str, bytes, os.PathLike), as
 * CPython's FileIO converts it: bytes without NULs. */
static value fs_path(value v)
{
    value p = v;
    if (!v_is_str(p) && !v_isinstance(p, &bytes_type)) {
        value name = str_intern_cstr("__fspath__");
        if (!name)
            return V_NULL;
        if (!type_lookup(v_type(v), name))
            return exc_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                             v_type_name(v));
        p = obj_call_method(v, "__fspath__", 0, NULL);
        if (!p)
            return V_NULL;
        if (!v_isinstance(p, &str_type) && !v_isinstance(p, &bytes_type))
            return exc_raise(&exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                             v_type_name(v), v_type_name(p));
    }
    if (v_isinstance(p, &str_type)) {
        value s = p;
        p = str_encode(s, "utf-8", "surrogateescape");
        if (!p)
            return V_NULL;
    }
    if (memchr(bytes_data(p), 0, bytes_size(p)))
        return exc_raise(&exc_ValueError, "embedded null byte");
    return p;
}

static int bad_mode(void)
{
    exc_raise(&exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
}

/* The mode string into f's flags and the open(2) flags. */
static int parse_mode(fileio_object *f, value mode, int *flags)
{
    bool rwa = false, plus = false;
    *flags = 0;
    const char *s = str_data(mode);
    for (size_t i = 0; i < str_size(mode); i++) {
        switch (s[i]) {
        case 'x':
            if (rwa)
                return bad_mode();
            rwa = f->created = f->writable = true;
            *flags |= O_EXCL | O_CREAT;
            break;
        case 'r':
            if (rwa)
                return bad_mode();
            rwa = f->readable = true;
            break;
        case 'w':
            if (rwa)
                return bad_mode();
            rwa = f->writable = true;
            *flags |= O_CREAT | O_TRUNC;
            break;
        case 'a':
            if (rwa)
                return bad_mode();
            rwa = f->writable = f->appending = true;
            *flags |= O_APPEND | O_CREAT;
            break;
        case 'b':
            break;
        case '+':
            if (plus)
                return bad_mode();
            f->readable = f->writable = plus = true;
            break;
        default:
            exc_raise(&exc_ValueError, "invalid mode: %s", s);
            return -1;
        }
    }
    if (!rwa)
        return bad_mode();
    *flags |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    *flags |= O_CLOEXEC;
    return 0;
}

static void internal_close(fileio_object *f, int *err)
{
    int fd = f->fd;
    f->fd = -1;
    if (fd >= 0 && close(fd) < 0 && err)
        *err = errno;
}

static int fileio_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "file", "mode", "closefd", "opener" };
    value a[4];
    if (num_parse_args("FileIO", argc, argv, kwnames, names, 4, 4, 1, a) < 0)
        return -1;
    fileio_object *f = FIO(self);
    value nameobj = a[0], mode = a[1], opener = a[3];
    if (mode && !v_isinstance(mode, &str_type)) {
        exc_raise(&exc_TypeError, "FileIO() argument 'mode' must be str, not %s", v_type_name(mode));
        return -1;
    }
    bool closefd = true;
    if (a[2]) {
        int t = obj_truthy(a[2]);
        if (t < 0)
            return -1;
        closefd = t;
    }
    if (f->fd >= 0) {   /* __init__ again on an open file */
        if (f->closefd)
            internal_close(f, NULL);
        f->fd = -1;
    }
    f->created = f->readable = f->writable = f->appending = false;
    f->seekable = -1;
    int fd = -1;
    if (v_is_int_like(nameobj) || (!v_isinstance(nameobj, &float_type) && !v_is_str(nameobj)
                                   && type_lookup(v_type(nameobj), str_intern_cstr("__index__")))) {
        int64_t i;
        if (args_index(nameobj, &i) == 0 && i >= INT32_MIN && i <= INT32_MAX) {
            if (i < 0) {
                exc_raise(&exc_ValueError, "negative file descriptor");
                return -1;
            }
            fd = (int)i;
        } else {
            exc_clear();
        }
    }
    value path = V_NULL;
    if (fd < 0 && !(path = fs_path(nameobj)))
        return -1;
    int flags;
    if (!mode) {
        mode = str_from_cstr("r");
        if (!mode)
            return -1;
    }
    if (parse_mode(f, mode, &flags) < 0)
        return -1;
    bool own = false;
    if (fd >= 0) {
        f->fd = fd;
        f->closefd = closefd;
    } else {
        f->closefd = true;
        if (!closefd) {
            exc_raise(&exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        if (!opener || opener == V_NONE) {
            const char *cpath = bytes_data(path);   /* path stays on this stack: alive */
            do {
                GIL_BLOCKING_BEGIN();
                fd = open(cpath, flags, 0666);
                int e = errno;
                GIL_BLOCKING_END();
                errno = e;
            } while (fd < 0 && interrupted());
            if (fd < 0) {
                if (!exc_occurred())
                    raise_os(errno, nameobj);
                return -1;
            }
        } else {
            value fl = v_small(flags);
            value args[2] = { nameobj, fl };
            value r = obj_call(opener, 2, args, V_NULL);
            if (!r)
                return -1;
            if (!v_is_int_like(r)) {
                exc_raise(&exc_TypeError, "expected integer from opener");
                return -1;
            }
            int64_t i;
            if (int_as_i64(r, &i) < 0 || i > INT32_MAX || i < INT32_MIN) {
                exc_clear();
                exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            if (i < 0) {
                exc_raise(&exc_ValueError, "opener returned %d", (int)i);
                return -1;
            }
            fd = (int)i;
        }
        f->fd = fd;
        own = true;
    }
    struct stat st;
    if (fstat(fd, &st) < 0) {
        raise_os(errno, V_NULL);
        goto fail;
    }
    if (S_ISDIR(st.st_mode)) {
        raise_os(EISDIR, nameobj);
        goto fail;
    }
    f->blksize = st.st_blksize > 1 ? (int64_t)st.st_blksize : IO_DEFAULT_BUFFER_SIZE;
    value name_key = str_intern_cstr("name");
    if (!name_key || inst_set(self, name_key, nameobj) < 0)
        goto fail;
    if (f->appending && lseek(fd, 0, SEEK_END) < 0 && errno != ESPIPE) {
        raise_os(errno, V_NULL);
        goto fail;
    }
    return 0;
fail:
    if (own)
        internal_close(f, NULL);
    f->fd = -1;
    return -1;
}

/* -- Reading and writing ---------------------------------------------------- */

int64_t io_fileio_read(value self, char *buf, size_t n)
{
    fileio_object *f = FIO(self);
    if (f->fd < 0) {
        err_closed();
        return -1;
    }
    if (!f->readable) {
        err_mode("reading");
        return -1;
    }
    ssize_t r;
    int fd = f->fd;
    do {
        GIL_BLOCKING_BEGIN();
        r = read(fd, buf, n);
        int e = errno;
        GIL_BLOCKING_END();
        errno = e;
    } while (r < 0 && interrupted());
    if (r < 0) {
        if (exc_occurred())
            return -1;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return -2;
        raise_os(errno, V_NULL);
        return -1;
    }
    return r;
}

int64_t io_fileio_write(value self, const char *buf, size_t n)
{
    fileio_object *f = FIO(self);
    if (f->fd < 0) {
        err_closed();
        return -1;
    }
    if (!f->writable) {
        err_mode("writing");
        return -1;
    }
    ssize_t r;
    int fd = f->fd;
    do {
        GIL_BLOCKING_BEGIN();
        r = write(fd, buf, n);
        int e = errno;
        GIL_BLOCKING_END();
        errno = e;
    } while (r < 0 && interrupted());
    if (r < 0) {
        if (exc_occurred())
            return -1;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return -2;
        raise_os(errno, V_NULL);
        return -1;
    }
    return r;
}

static value fileio_readall(value self, int argc, const value *argv, value kwnames)
{
    fileio_object *f = FIO(self);
    if (f->fd < 0)
        return err_closed();
    /* the size left, when known, is read in one go */
    size_t chunk = IO_DEFAULT_BUFFER_SIZE;
    struct stat st;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos >= 0 && fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > pos
        && (uint64_t)(st.st_size - pos) < gc_max_request())
        chunk = (size_t)(st.st_size - pos) + 1;
    size_t len = 0, cap = 0;
    char *data = NULL;
    for (;;) {
        if (cap - len < chunk) {
            char *nd = len + chunk < gc_max_request() ? realloc(data, len + chunk) : NULL;
            if (!nd) {
                free(data);
                return exc_no_memory();
            }
            data = nd;
            cap = len + chunk;
        }
        ssize_t r;
        int fd = f->fd;
        do {
            GIL_BLOCKING_BEGIN();
            r = read(fd, data + len, cap - len);
            int e = errno;
            GIL_BLOCKING_END();
            errno = e;
        } while (r < 0 && interrupted());
        if (r < 0) {
            if (!exc_occurred() && (errno == EAGAIN || errno == EWOULDBLOCK) && len)
                break;
            value res = exc_occurred() ? V_NULL
                        : errno == EAGAIN || errno == EWOULDBLOCK ? V_NONE : raise_os(errno, V_NULL);
            free(data);
            return res;
        }
        if (r == 0)
            break;
        len += (size_t)r;
        if (chunk < 1 << 20)
            chunk *= 2;
    }
    value r = bytes_from(data ? data : "", len);
    free(data);
    return r;
}

static value fileio_read(value self, int argc, const value *argv, value kwnames)
{
    int64_t size;
    if (args_count("read", argc, 0, 1) < 0 || io_size_arg(argc ? argv[0] : V_NULL, -1, &size) < 0)
        return V_NULL;
    fileio_object *f = FIO(self);
    if (f->fd < 0)
        return err_closed();
    if (!f->readable)
        return err_mode("reading");
    if (size < 0)
        return fileio_readall(self, 0, NULL, V_NULL);
    if ((uint64_t)size >= gc_max_request())
        return exc_no_memory();
    char small[4096];
    char *buf = (size_t)size <= sizeof small ? small : malloc((size_t)size);
    if (!buf)
        return exc_no_memory();
    int64_t n = io_fileio_read(self, buf, (size_t)size);
    value r = n == -2 ? V_NONE : n < 0 ? V_NULL : bytes_from(buf, (size_t)n);
    if (buf != small)
        free(buf);
    return r;
}

static value fileio_readinto(value self, int argc, const value *argv, value kwnames)
{
    char *d;
    size_t n;
    if (!io_buffer_writable(argv[0], &d, &n))
        return exc_raise(&exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                         v_type_name(argv[0]));
    if (!gil_active || v_is_bytes(argv[0])) {
        int64_t r = io_fileio_read(self, d, n);
        return r == -2 ? V_NONE : r < 0 ? V_NULL : v_small(r);
    }
    /* another thread may resize a bytearray while the GIL is released */
    char *tmp = malloc(n ? n : 1);
    if (!tmp)
        return exc_no_memory();
    int64_t r = io_fileio_read(self, tmp, n);
    if (r > 0) {
        if (!io_buffer_writable(argv[0], &d, &n) || (size_t)r > n) {
            free(tmp);
            return exc_raise(&exc_ValueError, "buffer changed size during read");
        }
        memcpy(d, tmp, (size_t)r);
    }
    free(tmp);
    return r == -2 ? V_NONE : r < 0 ? V_NULL : v_small(r);
}

static value fileio_write(value self, int argc, const value *argv, value kwnames)
{
    const char *d;
    size_t n;
    if (!buffer_get(argv[0], &d, &n))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[0]));
    char *copy = NULL;
    if (gil_active && !v_is_bytes(argv[0])) {   /* see fileio_readinto */
        if (!(copy = malloc(n ? n : 1)))
            return exc_no_memory();
        memcpy(copy, d, n);
        d = copy;
    }
    int64_t r = io_fileio_write(self, d, n);
    free(copy);
    return r == -2 ? V_NONE : r < 0 ? V_NULL : v_small(r);
}

/* -- Positioning ------------------------------------------------------------ */

static value fileio_seek(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("seek", argc, 1, 2) < 0)
        return V_NULL;
    int64_t pos, whence = 0;
    if (args_index(argv[0], &pos) < 0 || (argc > 1 && args_index(argv[1], &whence) < 0))
        return V_NULL;
    fileio_object *f = FIO(self);
    if (f->fd < 0)
        return err_closed();
    if (whence < INT32_MIN || whence > INT32_MAX) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return V_NULL;
    }
    off_t r = lseek(f->fd, (off_t)pos, (int)whence);
    if (r < 0)
        return raise_os(errno, V_NULL);
    if (f->seekable < 0)
        f->seekable = 1;
    return int_from_i64((int64_t)r);
}

static value fileio_tell(value self, int argc, const value *argv, value kwnames)
{
    fileio_object *f = FIO(self);
    if (f->fd < 0)
        return err_closed();
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0)
        return raise_os(errno, V_NULL);
    return int_from_i64((int64_t)r);
}

static value fileio_truncate(value self, int argc, const value *argv, value kwnames)
{
    if (args_count("truncate", argc, 0, 1) < 0)
        return V_NULL;
    fileio_object *f = FIO(self);
    if (f->fd < 0)
        return err_closed();
    if (!f->writable)
        return err_mode("writing");
    value posobj = argc ? argv[0] : V_NONE;
    int64_t pos;
    if (posobj == V_NONE) {
        off_t r = lseek(f->fd, 0, SEEK_CUR);
        if (r < 0)
            return raise_os(errno, V_NULL);
        pos = (int64_t)r;
        if (!(posobj = int_from_i64(pos)))
            return V_NULL;
    } else if (args_index(posobj, &pos) < 0) {
        return V_NULL;
    }
    int rc;
    do {
        rc = ftruncate(f->fd, (off_t)pos);
    } while (rc < 0 && interrupted());
    if (rc < 0)
        return exc_occurred() ? V_NULL : raise_os(errno, V_NULL);
    return posobj;
}

/* -- Queries and close ------------------------------------------------------ */

static value fileio_seekable(value self, int argc, const value *argv, value kwnames)
{
    fileio_object *f = FIO(self);
    if (f->fd < 0)
        return err_closed();
    if (f->seekable < 0)
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return v_bool(f->seekable);
}

static value fileio_readable(value self, int argc, const value *argv, value kwnames)
{
    return FIO(self)->fd < 0 ? err_closed() : v_bool(FIO(self)->readable);
}

static value fileio_writable(value self, int argc, const value *argv, value kwnames)
{
    return FIO(self)->fd < 0 ? err_closed() : v_bool(FIO(self)->writable);
}

static value fileio_fileno(value self, int argc, const value *argv, value kwnames)
{
    return FIO(self)->fd < 0 ? err_closed() : v_small(FIO(self)->fd);
}

static value fileio_isatty(value self, int argc, const value *argv, value kwnames)
{
    return FIO(self)->fd < 0 ? err_closed() : v_bool(isatty(FIO(self)->fd));
}

/* ResourceWarning "unclosed file <source>", issued when an open file is
 * collected (source: the outermost stream, which forwards here). Only
 * once the warnings module is loaded: before that no filter can show it
 * (they ignore ResourceWarning by default), and the finalizer need not
 * import it. Errors are dropped: nobody could catch them here. */
static value fileio_dealloc_warn(value self, int argc, const value *argv, value kwnames)
{
    fileio_object *f = FIO(self);
    if (f->fd < 0 || !f->closefd)
        return V_NONE;
    value sys = modules_import(str_intern_cstr("sys"));
    value mods = sys ? obj_getattr_cstr(sys, "modules") : V_NULL;
    if (!mods || !v_isinstance(mods, &dict_type) || !dict_get_cstr(mods, "warnings")) {
        exc_clear();
        return V_NONE;
    }
    if (warn_emit(&exc_ResourceWarning, 1, "unclosed file %R", argv[0]) < 0)
        exc_clear();
    return V_NONE;
}

/* _RawIOBase.close (flush, mark closed), then the descriptor itself
 * unless it was lent (closefd=False); the first error wins. */
static value fileio_close(value self, int argc, const value *argv, value kwnames)
{
    fileio_object *f = FIO(self);
    if (f->head.finalizing && f->closefd && f->fd >= 0)
        fileio_dealloc_warn(self, 1, &self, V_NULL);
    value close_m = type_lookup(&io_rawiobase_type, str_intern_cstr("close"));
    value r = close_m ? obj_call1(close_m, self) : V_NULL;
    value err = r ? V_NULL : exc_fetch();
    if (!f->closefd) {
        f->fd = -1;
    } else {
        int e = 0;
        internal_close(f, &e);
        if (e && !err) {
            raise_os(e, V_NULL);
            return V_NULL;
        }
    }
    if (err) {
        exc_restore(err);
        return V_NULL;
    }
    return V_NONE;
}

static const char *mode_string(fileio_object *f)
{
    if (f->created)
        return f->readable ? "xb+" : "xb";
    if (f->appending)
        return f->readable ? "ab+" : "ab";
    if (f->readable)
        return f->writable ? "rb+" : "rb";
    return "wb";
}

static value fileio_repr(value self)
{
    fileio_object *f = FIO(self);
    if (f->fd < 0)
        return str_from_cstr("<_io.FileIO [closed]>");
    const char *cfd = f->closefd ? "True" : "False";
    value name = obj_getattr_cstr(self, "name");
    if (!name) {
        if (!exc_matches(&exc_AttributeError) && !exc_matches(&exc_ValueError))
            return V_NULL;
        exc_clear();
        return str_format("<_io.FileIO fd=%d mode='%s' closefd=%s>", f->fd, mode_string(f), cfd);
    }
    int st = repr_enter(self);
    if (st < 0)
        return V_NULL;
    if (st > 0)
        return exc_raise(&exc_RuntimeError, "reentrant call inside %s.__repr__", v_type_name(self));
    value r = str_format("<_io.FileIO name=%R mode='%s' closefd=%s>", name, mode_string(f), cfd);
    repr_leave(self);
    return r;
}

static value fileio_get_closed(value self) { return v_bool(FIO(self)->fd < 0); }
static value fileio_get_closefd(value self) { return v_bool(FIO(self)->closefd); }
static value fileio_get_mode(value self) { return str_from_cstr(mode_string(FIO(self))); }
static value fileio_get_blksize(value self) { return int_from_i64(FIO(self)->blksize); }
static value fileio_get_finalizing(value self) { return v_bool(FIO(self)->head.finalizing); }

static const method_def fileio_methods[] = {
    { "_dealloc_warn", fileio_dealloc_warn, METH_O, NULL },
    { "read", fileio_read, METH_FAST, NULL },
    { "readall", fileio_readall, METH_NOARGS, NULL },
    { "readinto", fileio_readinto, METH_O, NULL },
    { "write", fileio_write, METH_O, NULL },
    { "seek", fileio_seek, METH_FAST, NULL },
    { "tell", fileio_tell, METH_NOARGS, NULL },
    { "truncate", fileio_truncate, METH_FAST, NULL },
    { "close", fileio_close, METH_NOARGS, NULL },
    { "seekable", fileio_seekable, METH_NOARGS, NULL },
    { "readable", fileio_readable, METH_NOARGS, NULL },
    { "writable", fileio_writable, METH_NOARGS, NULL },
    { "fileno", fileio_fileno, METH_NOARGS, NULL },
    { "isatty", fileio_isatty, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def fileio_getsets[] = {
    { "closed", fileio_get_closed, NULL, "True if the file is closed" },
    { "closefd", fileio_get_closefd, NULL, "True if the file descriptor will be closed by close()." },
    { "mode", fileio_get_mode, NULL, "String giving the file mode" },
    { "_blksize", fileio_get_blksize, NULL, NULL },
    { "_finalizing", fileio_get_finalizing, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object io_fileio_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io.FileIO",
    .basicsize = sizeof(fileio_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .base = &io_rawiobase_type,
    .getattr = obj_generic_getattr,
    .trace = io_trace_head,
    .repr = fileio_repr,
    .new = fileio_new,
    .init = fileio_init,
    .methods = fileio_methods,
    .getsets = fileio_getsets,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "FileIO(file, mode='r', closefd=True, opener=None)\n--\n\n"
           "A raw binary stream over an operating-system file descriptor: a\n"
           "path to open, or an int descriptor. mode is 'r', 'w', 'x' or 'a',\n"
           "optionally with '+'; closefd=False keeps a given descriptor open\n"
           "on close(); opener(path, flags) may return the descriptor.",
};

int io_fileio_init(value m)
{
    if (!(io_fileio_type.flags & TYPE_READY) && type_ready(&io_fileio_type) < 0)
        return -1;
    return dict_set_cstr(module_dict(m), "FileIO", v_from_obj(&io_fileio_type));
}
