/* The text streams behind sys.stdin, sys.stdout and sys.stderr until
 * Taipan has an `_io` module: a small C type over a C FILE, typed
 * `_io.TextIOWrapper` as CPython's are, with no binary `buffer` below it.
 * Text is UTF-8 both ways; write(str) returns the number of characters
 * written, and a str holding lone surrogates is refused as CPython's
 * 'strict' stdout refuses it (stderr escapes them: 'backslashreplace').
 * print() writes through sysstream_write when sys.stdout is such a
 * stream, without a Python-level call. */
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sysmodule.h"
#include "../gc/gc.h"
#include "../objects/bytes.h"
#include "../objects/codecs.h"
#include "../objects/exceptions.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/interrupt.h"

typedef struct stream_object {
    object hdr;
    FILE *fp;
    int fd;
    bool readable, closed;
    const char *name;     /* "<stdout>" */
    const char *errors;   /* "strict", "backslashreplace" */
} stream_object;

/* PYTHONIOENCODING's encoding part, or NULL (UTF-8), and the codec's own
 * name for it (what .encoding shows), set by sysstream_set_encoding. */
static const char *stream_codec;
static value stream_codec_name;

static bool is_utf8(void) { return !stream_codec; }

/* The codec text goes through: the BOM-less form of utf-16/32, as
 * CPython's TextIOWrapper writes no BOM on a stream it cannot seek. */
static const char *write_codec(void)
{
    const char *n = str_data(stream_codec_name);
    if (!strcmp(n, "utf-16"))
        return "utf-16-le";
    if (!strcmp(n, "utf-32"))
        return "utf-32-le";
    return stream_codec;
}

int sysstream_set_encoding(const char *encoding)
{
    if (!encoding || !*encoding)
        return 0;
    value name = str_from_cstr(encoding);
    value info = name ? codecs_lookup(name) : V_NULL;
    value canon = info ? obj_getattr_cstr(info, "name") : V_NULL;
    if (!canon || !v_is_str(canon))
        return -1;
    if (!strcmp(str_data(canon), "utf-8"))
        return 0;
    stream_codec = encoding;
    stream_codec_name = canon;
    gc_root(&stream_codec_name);
    return 0;
}

static stream_object *as_stream(value v) { return (stream_object *)v_obj(v); }

value sysstream_new(FILE *fp, int fd, const char *name, bool readable, const char *errors)
{
    stream_object *s = (stream_object *)gc_alloc(&sysstream_type, sizeof *s);
    if (!s)
        return V_NULL;
    s->fp = fp;
    s->fd = fd;
    s->readable = readable;
    s->closed = false;
    s->name = name;
    s->errors = errors;
    return v_from_obj(s);
}

FILE *sysstream_file(value v)
{
    if (!v_is_ptr(v) || v_obj(v)->type != &sysstream_type || as_stream(v)->closed || as_stream(v)->readable ||
        !is_utf8())   /* another encoding: every write goes through the codec */
        return NULL;
    return as_stream(v)->fp;
}

static int check_open(stream_object *s)
{
    if (!s->closed)
        return 0;
    exc_raise(&exc_ValueError, "I/O operation on closed file.");
    return -1;
}

/* Whether UTF-8 text s[0..n) holds an encoded surrogate (ED A0..BF). */
static bool has_surrogate(const char *s, size_t n)
{
    for (const char *p = s; (p = memchr(p, 0xED, (size_t)(s + n - p))) && p + 1 < s + n; p++)
        if ((unsigned char)p[1] >= 0xA0)
            return true;
    return false;
}

/* A failed write as CPython's: OSError of the errno's class
 * (BrokenPipeError when the reader went away, SIGPIPE being ignored).
 * What was buffered is dropped, as it can never be written, so the exit
 * does not fail on it again. */
static int stream_write_error(stream_object *s)
{
    int err = errno;
    __fpurge(s->fp);
    clearerr(s->fp);
    value args[2] = { v_small(err), str_from_cstr(strerror(err)) };
    value e = args[1] ? exc_new(&exc_OSError, 2, args) : V_NULL;
    if (e)
        exc_raise_value(e);
    return -1;
}

int sysstream_write(value stream, value str)
{
    stream_object *s = as_stream(stream);
    if (check_open(s) < 0)
        return -1;
    if (s->readable) {
        exc_raise(&exc_OSError, "not writable");   /* io.UnsupportedOperation in CPython */
        return -1;
    }
    const char *d = str_data(str);
    size_t n = str_size(str);
    if (!is_utf8() || has_surrogate(d, n)) {
        value b = codec_encode(str, is_utf8() ? "utf-8" : write_codec(), s->errors);
        if (!b)
            return -1;
        d = bytes_data(b);
        n = bytes_size(b);
    }
    if (n && fwrite(d, 1, n, s->fp) != n)
        return stream_write_error(s);
    return 0;
}

/* -- Methods --------------------------------------------------------------------- */

static value st_write(value self, int argc, const value *argv, value kwnames)
{
    if (!v_is_str(argv[0]))
        return exc_raise(&exc_TypeError, "write() argument must be str, not %s",
                         argv[0] == V_NONE ? "None" : v_type_name(argv[0]));
    if (sysstream_write(self, argv[0]) < 0)
        return V_NULL;
    return int_from_i64((int64_t)str_len(argv[0]));
}

static value st_flush(value self, int argc, const value *argv, value kwnames)
{
    stream_object *s = as_stream(self);
    if (check_open(s) < 0)
        return V_NULL;
    if (!s->readable)
        fflush(s->fp);
    return V_NONE;
}

static value st_close(value self, int argc, const value *argv, value kwnames)
{
    stream_object *s = as_stream(self);
    if (!s->closed && !s->readable)
        fflush(s->fp);
    s->closed = true;   /* the C stream stays open: the runtime still writes to it */
    return V_NONE;
}

static value st_fileno(value self, int argc, const value *argv, value kwnames)
{
    return v_small(as_stream(self)->fd);
}

static value st_isatty(value self, int argc, const value *argv, value kwnames)
{
    stream_object *s = as_stream(self);
    if (check_open(s) < 0)
        return V_NULL;
    return v_bool(isatty(s->fd));
}

static value st_readable(value self, int argc, const value *argv, value kwnames)
{
    return check_open(as_stream(self)) < 0 ? V_NULL : v_bool(as_stream(self)->readable);
}

static value st_writable(value self, int argc, const value *argv, value kwnames)
{
    return check_open(as_stream(self)) < 0 ? V_NULL : v_bool(!as_stream(self)->readable);
}

static value st_seekable(value self, int argc, const value *argv, value kwnames)
{
    return check_open(as_stream(self)) < 0 ? V_NULL : V_FALSE;
}

/* Reads one line (limit < 0: unbounded) as UTF-8; "" at end of input. */
static value read_line(stream_object *s, int64_t limit)
{
    char buf[4096];
    size_t n = 0, cap = sizeof buf;
    char *data = buf;
    int c;
    if (interrupt_pending && interrupt_check() < 0)
        return V_NULL;
again:
    while ((limit < 0 || (int64_t)n < limit) && (c = getc(s->fp)) != EOF) {
        if (n == cap) {
            char *nd = data == buf ? malloc(cap * 2) : realloc(data, cap * 2);
            if (!nd) {
                if (data != buf)
                    free(data);
                return exc_no_memory();
            }
            if (data == buf)
                memcpy(nd, buf, n);
            data = nd;
            cap *= 2;
        }
        data[n++] = (char)c;
        if (c == '\n')
            break;
    }
    if (interrupt_pending && ferror(s->fp)) {
        /* a signal cut the read short (interrupt.h): Ctrl-C at the
         * prompt's input() is a KeyboardInterrupt, and so is what a
         * Python signal handler raises; after one that returns, the line
         * goes on */
        int err = errno;
        clearerr(s->fp);
        if (interrupt_check() == 0 && err == EINTR)
            goto again;
        if (data != buf)
            free(data);
        return exc_occurred() ? V_NULL : exc_raise_value(v_from_obj(&exc_KeyboardInterrupt));
    }
    value b = bytes_from(data, n);
    value r = b ? codec_decode(b, data, n, is_utf8() ? "utf-8" : write_codec(), s->errors) : V_NULL;
    if (data != buf)
        free(data);
    return r;
}

static int64_t size_arg(int argc, const value *argv)
{
    int64_t n = -1;
    if (argc > 0 && argv[0] != V_NONE && int_as_i64(argv[0], &n) < 0)
        return -2;
    return n;
}

static int check_readable(stream_object *s)
{
    if (check_open(s) < 0)
        return -1;
    if (!s->readable) {
        exc_raise(&exc_OSError, "not readable");
        return -1;
    }
    return 0;
}

static value st_readline(value self, int argc, const value *argv, value kwnames)
{
    stream_object *s = as_stream(self);
    int64_t limit = size_arg(argc, argv);
    if (limit == -2 || check_readable(s) < 0)
        return V_NULL;
    return read_line(s, limit);
}

static value st_read(value self, int argc, const value *argv, value kwnames)
{
    stream_object *s = as_stream(self);
    int64_t limit = size_arg(argc, argv);
    if (limit == -2 || check_readable(s) < 0)
        return V_NULL;
    str_builder b;
    sb_str_init(&b);
    for (;;) {
        value line = read_line(s, limit);
        if (!line) {
            sb_str_abandon(&b);
            return V_NULL;
        }
        if (str_size(line) == 0)
            break;
        sb_str_add_value(&b, line);
        if (limit >= 0 && (limit -= (int64_t)str_len(line)) <= 0)
            break;
    }
    return sb_str_finish(&b);
}

static value st_readlines(value self, int argc, const value *argv, value kwnames)
{
    stream_object *s = as_stream(self);
    if (check_readable(s) < 0)
        return V_NULL;
    value l = list_new(0);
    for (value line; l && (line = read_line(s, -1)) && str_size(line);)
        if (list_append(l, line) < 0)
            return V_NULL;
    return exc_occurred() ? V_NULL : l;
}

static value st_iter(value self)
{
    return check_readable(as_stream(self)) < 0 ? V_NULL : self;
}

static value st_next(value self)
{
    value line = read_line(as_stream(self), -1);
    if (!line || str_size(line) == 0)
        return V_NULL;   /* an error, or exhausted */
    return line;
}

static value st_enter(value self, int argc, const value *argv, value kwnames) { return self; }

static value st_exit(value self, int argc, const value *argv, value kwnames)
{
    return st_close(self, 0, NULL, V_NULL);
}

/* -- Attributes -------------------------------------------------------------------- */

static value st_repr(value self)
{
    stream_object *s = as_stream(self);
    return str_format("<_io.TextIOWrapper name='%s' mode='%s' encoding='%s'>", s->name,
                      s->readable ? "r" : "w", is_utf8() ? "utf-8" : str_data(stream_codec_name));
}

static value get_name(value self) { return str_from_cstr(as_stream(self)->name); }
static value get_mode(value self) { return str_from_cstr(as_stream(self)->readable ? "r" : "w"); }
static value get_encoding(value self) { return is_utf8() ? str_from_cstr("utf-8") : stream_codec_name; }
static value get_errors(value self) { return str_from_cstr(as_stream(self)->errors); }
static value get_closed(value self) { return v_bool(as_stream(self)->closed); }
static value get_line_buffering(value self) { return v_bool(isatty(as_stream(self)->fd)); }
static value get_none(value self) { return V_NONE; }

static const getset_def st_getsets[] = {
    { "name", get_name, NULL, NULL },
    { "mode", get_mode, NULL, NULL },
    { "encoding", get_encoding, NULL, "Encoding of the text stream." },
    { "errors", get_errors, NULL, "The error setting of the decoder or encoder." },
    { "closed", get_closed, NULL, NULL },
    { "line_buffering", get_line_buffering, NULL, NULL },
    { "newlines", get_none, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def st_methods[] = {
    { "write", st_write, METH_O, "Write string to stream. Returns the number of characters written." },
    { "flush", st_flush, METH_NOARGS, "Flush the write buffers of the stream if applicable." },
    { "close", st_close, METH_NOARGS, "Flush and close the stream." },
    { "fileno", st_fileno, METH_NOARGS, "Return the underlying file descriptor." },
    { "isatty", st_isatty, METH_NOARGS, "Return whether this is an 'interactive' stream." },
    { "readable", st_readable, METH_NOARGS, "Return whether the stream was opened for reading." },
    { "writable", st_writable, METH_NOARGS, "Return whether the stream was opened for writing." },
    { "seekable", st_seekable, METH_NOARGS, "Return whether the stream supports random access." },
    { "read", st_read, METH_FAST, "Read at most size characters from the stream (all if size is negative)." },
    { "readline", st_readline, METH_FAST, "Read until newline or EOF." },
    { "readlines", st_readlines, METH_NOARGS, "Return a list of lines from the stream." },
    { "__enter__", st_enter, METH_NOARGS, NULL },
    { "__exit__", st_exit, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

type_object sysstream_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(stream_object),
    .repr = st_repr,
    .iter = st_iter,
    .iternext = st_next,
    .methods = st_methods,
    .getsets = st_getsets,
    .doc = "Character and line based layer over a C stream (Taipan's stand-in for io.TextIOWrapper).",
};
