/* _io's BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair.
 * The first three share one object layout and one buffer: it holds
 * either read-ahead (bytes of the raw stream past the logical position)
 * or pending writes, never both, so BufferedRandom flushes writes before
 * reading and gives back unread read-ahead (seeking the raw stream back)
 * before writing. The raw stream's position is cached (abs_pos) so
 * seeks inside the buffer cost no call (tell() asks the raw stream, as
 * CPython's does). A raw stream that is exactly a FileIO is read and
 * written in C (io_fileio_read/write); any other is called through its
 * methods (readinto with a memoryview, write with a read-only one), as
 * CPython does. Python code may run in the middle of a method (the raw
 * stream's, or another thread's while the GIL is released), so each
 * method that uses the buffer holds the object's lock, as CPython's:
 * the same thread re-entering gets RuntimeError, another thread waits. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "io_internal.h"
#include "../../gc/gc.h"
#include "../../objects/bytearray.h"
#include "../../objects/bytes.h"
#include "../../objects/dict.h"
#include "../../objects/exceptions.h"
#include "../../objects/int.h"
#include "../../objects/memoryview.h"
#include "../../objects/module.h"
#include "../../objects/sequtil.h"
#include "../../objects/str.h"
#include "../../objects/tuple.h"
#include "../../vm/exc.h"
#include "../../vm/gil.h"

extern type_object io_bufferedreader_type, io_bufferedwriter_type, io_bufferedrandom_type,
    io_bufferedrwpair_type;

typedef struct buffered_object {
    io_object head;
    value raw;            /* V_NULL before __init__ and after detach() */
    bool ok, detached;
    bool readable, writable;   /* the class's roles */
    bool fast;            /* raw is exactly a FileIO */
    char *buf;            /* gc_alloc_raw'd, size bytes */
    size_t size;
    size_t rpos, rlen;    /* read-ahead: buf[rpos, rlen) */
    size_t wlen;          /* pending writes: buf[0, wlen) */
    int64_t abs_pos;      /* the raw stream's position; -1: unknown */
    /* CPython's per-object lock: held by the thread inside a method (the
     * raw stream's Python code or another thread may run meanwhile); the
     * same thread coming back in gets RuntimeError, another one waits */
    bool busy;
    thread_state *owner;
} buffered_object;

#define BUF(v) ((buffered_object *)v_obj(v))

static void buffered_trace(object *o, gc_tracer *t)
{
    buffered_object *b = (buffered_object *)o;
    io_trace_head(o, t);
    gc_mark_value(t, b->raw);
    gc_mark_raw(t, b->buf);
}

/* -- Checks ----------------------------------------------------------------- */

static int check_init(buffered_object *b)
{
    if (b->ok)
        return 0;
    exc_raise(&exc_ValueError, b->detached ? "raw stream has been detached"
                                           : "I/O operation on uninitialized object");
    return -1;
}

/* raw.closed, as a C truth value (-1 on error). */
static int raw_closed(buffered_object *b)
{
    value c = obj_getattr_cstr(b->raw, "closed");
    return c ? obj_truthy(c) : -1;
}

/* Init and closed checks; msg is the ValueError for a closed stream.
 * As in CPython, read-ahead still held when the raw stream was closed
 * under us can be consumed (writes are refused at once: write_check). */
static int check_open_ex(buffered_object *b, const char *msg, bool allow_ahead)
{
    if (check_init(b) < 0)
        return -1;
    int c = raw_closed(b);
    if (c < 0)
        return -1;
    if (c && !(allow_ahead && b->rlen > b->rpos)) {
        exc_raise(&exc_ValueError, "%s", msg);
        return -1;
    }
    return 0;
}

static int check_open(buffered_object *b, const char *msg) { return check_open_ex(b, msg, true); }

/* -- Raw stream calls ------------------------------------------------------- */

/* One read of up to n bytes into dst: the count, -2 when a non-blocking
 * raw stream has nothing, -1 on error. */
static int64_t raw_read(buffered_object *b, char *dst, size_t n)
{
    int64_t r;
    if (b->fast) {
        r = io_fileio_read(b->raw, dst, n);
    } else {
        value ba = bytearray_from(NULL, n);
        value mv = ba ? obj_call1(v_from_obj(&memoryview_type), ba) : V_NULL;
        value res = mv ? obj_call_method(b->raw, "readinto", 1, &mv) : V_NULL;
        if (mv && !obj_call_method(mv, "release", 0, NULL))
            exc_clear();
        if (!res)
            return -1;
        if (res == V_NONE)
            return -2;
        if (args_index(res, &r) < 0)
            return -1;
        if (r < 0 || (uint64_t)r > n) {
            exc_raise(&exc_OSError, "raw readinto() returned invalid length %lld (should have been between 0 and %zu)",
                      (long long)r, n);
            return -1;
        }
        if ((size_t)r > v_bytearray(ba)->size)
            r = (int64_t)v_bytearray(ba)->size;
        if (r)
            memcpy(dst, v_bytearray(ba)->data, (size_t)r);
    }
    if (r > 0 && b->abs_pos >= 0)
        b->abs_pos += r;
    return r;
}

/* One write of up to n bytes: the count, -2 when it would block, -1. */
static int64_t raw_write(buffered_object *b, const char *src, size_t n)
{
    int64_t r;
    if (b->fast) {
        r = io_fileio_write(b->raw, src, n);
    } else {
        value data = bytes_from(src, n);
        value mv = data ? obj_call1(v_from_obj(&memoryview_type), data) : V_NULL;
        value res = mv ? obj_call_method(b->raw, "write", 1, &mv) : V_NULL;
        if (!res)
            return -1;
        if (res == V_NONE)
            return -2;
        if (args_index(res, &r) < 0)
            return -1;
        if (r < 0 || (uint64_t)r > n) {
            exc_raise(&exc_OSError, "raw write() returned invalid length %lld (should have been between 0 and %zu)",
                      (long long)r, n);
            return -1;
        }
    }
    if (r > 0 && b->abs_pos >= 0)
        b->abs_pos += r;
    return r;
}

static int64_t check_position(value r)
{
    int64_t n;
    if (!r || args_index(r, &n) < 0)
        return -1;
    if (n < 0) {
        exc_raise(&exc_OSError, "Raw stream returned invalid position %lld", (long long)n);
        return -1;
    }
    return n;
}

static int64_t raw_tell(buffered_object *b)
{
    int64_t n = check_position(obj_call_method(b->raw, "tell", 0, NULL));
    if (n >= 0)
        b->abs_pos = n;
    return n;
}

static int64_t raw_seek(buffered_object *b, int64_t target, int whence)
{
    value t = int_from_i64(target);
    if (!t)
        return -1;
    value args[2] = { t, v_small(whence) };
    int64_t n = check_position(obj_call_method(b->raw, "seek", 2, args));
    b->abs_pos = n;   /* -1 (unknown) on error */
    return n;
}

/* A non-blocking raw stream took `done` bytes and would block on the
 * rest: BlockingIOError with characters_written. */
static void raise_blocking(size_t done)
{
    value args[3] = { v_small(EAGAIN), V_NULL, v_small((int64_t)done) };
    args[1] = str_from_cstr("write could not complete without blocking");
    value e = args[1] ? exc_new(&exc_BlockingIOError, 3, args) : V_NULL;
    if (e)
        exc_raise_value(e);
}

/* Writes out the pending bytes. */
static int flush_writes(buffered_object *b)
{
    size_t done = 0;
    while (done < b->wlen) {
        int64_t n = raw_write(b, b->buf + done, b->wlen - done);
        if (n < 0) {
            if (n == -2)
                raise_blocking(done);
            memmove(b->buf, b->buf + done, b->wlen - done);
            b->wlen -= done;
            return -1;
        }
        done += (size_t)n;
    }
    b->wlen = 0;
    return 0;
}

/* Gives back unread read-ahead: the raw stream goes back to the logical
 * position and the buffer is empty. */
static int drop_readahead(buffered_object *b)
{
    size_t ahead = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    if (ahead && raw_seek(b, -(int64_t)ahead, 1) < 0)
        return -1;
    return 0;
}

/* Before reading: pending writes go out. */
static int prepare_read(buffered_object *b)
{
    return b->writable && b->wlen ? flush_writes(b) : 0;
}

/* -- Reading ---------------------------------------------------------------- */

/* Fills the (empty) buffer with one raw read: the count, -2, or -1. */
static int64_t fill_buffer(buffered_object *b)
{
    b->rpos = b->rlen = 0;
    int64_t n = raw_read(b, b->buf, b->size);
    if (n > 0)
        b->rlen = (size_t)n;
    return n;
}

/* Up to len bytes into dst, CPython's readinto loop: buffered bytes
 * first, then large reads straight from the raw stream and small ones
 * through the buffer; `one` (read1/readinto1) makes at most one raw
 * read and none when something was buffered. The count, -2 when
 * nothing was available from a non-blocking stream, -1 on error. */
static int64_t read_into(buffered_object *b, char *dst, size_t len, bool one)
{
    size_t written = b->rlen - b->rpos;
    if (written >= len) {
        memcpy(dst, b->buf + b->rpos, len);
        b->rpos += len;
        return (int64_t)len;
    }
    if (written)
        memcpy(dst, b->buf + b->rpos, written);
    b->rpos = b->rlen = 0;
    while (written < len) {
        size_t remaining = len - written;
        int64_t n;
        if (remaining > b->size) {
            n = raw_read(b, dst + written, remaining);
        } else if (!(one && written)) {
            n = fill_buffer(b);
            if (n > 0) {
                size_t k = (size_t)n < remaining ? (size_t)n : remaining;
                memcpy(dst + written, b->buf, k);
                b->rpos = k;
                written += k;
                continue;
            }
        } else {
            n = 0;
        }
        if (n == 0 || (n == -2 && written > 0))
            break;
        if (n < 0)
            return n;
        written += (size_t)n;
        if (one)
            break;
    }
    return (int64_t)written;
}

/* read(n) for n beyond the read-ahead, CPython's way: whole blocks
 * straight from the raw stream, then the rest through the buffer,
 * appending to it, with no raw read once n bytes are there. */
static int64_t read_generic(buffered_object *b, char *out, size_t n)
{
    size_t written = b->rlen - b->rpos, remaining = n - written;
    memcpy(out, b->buf + b->rpos, written);
    b->rpos = b->rlen = 0;
    while (remaining > 0) {
        size_t want = remaining - remaining % b->size;
        if (want == 0)
            break;
        int64_t r = raw_read(b, out + written, want);
        if (r == -1)
            return -1;
        if (r <= 0)
            return r == -2 && written == 0 ? -2 : (int64_t)written;
        written += (size_t)r;
        remaining -= (size_t)r;
    }
    while (remaining > 0 && b->rlen < b->size) {
        int64_t r = raw_read(b, b->buf + b->rlen, b->size - b->rlen);
        if (r == -1)
            return -1;
        if (r <= 0)
            return r == -2 && written == 0 ? -2 : (int64_t)written;
        b->rlen += (size_t)r;
        size_t k = (size_t)r < remaining ? (size_t)r : remaining;
        memcpy(out + written, b->buf + b->rpos, k);
        b->rpos += k;
        written += k;
        remaining -= k;
    }
    return (int64_t)written;
}

static value read_all(buffered_object *b)
{
    size_t ahead = b->rlen - b->rpos;
    value head = bytes_from(b->buf + b->rpos, ahead);
    if (!head)
        return V_NULL;
    b->rpos = b->rlen = 0;
    value rest = obj_call_method(b->raw, "readall", 0, NULL);
    b->abs_pos = -1;
    if (!rest)
        return V_NULL;
    if (rest == V_NONE)
        return ahead ? head : V_NONE;
    if (!v_isinstance(rest, &bytes_type))
        return exc_raise(&exc_TypeError, "readall() should return bytes");
    if (!ahead)
        return rest;
    return obj_binary_op(head, rest, NB_ADD);
}

static value buffered_read_unlocked(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    int64_t n;
    if (check_init(b) < 0 || args_count("read", argc, 0, 1) < 0
        || io_size_arg(argc ? argv[0] : V_NULL, -1, &n) < 0)
        return V_NULL;
    if (n < -1)
        return exc_raise(&exc_ValueError, "read length must be non-negative or -1");
    if (!b->readable)
        return io_unsupported("read");
    if (check_open(b, "read of closed file") < 0 || prepare_read(b) < 0)
        return V_NULL;
    if (n == -1)
        return read_all(b);
    size_t ahead = b->rlen - b->rpos;
    if ((size_t)n <= ahead) {
        value r = bytes_from(b->buf + b->rpos, (size_t)n);
        if (r)
            b->rpos += (size_t)n;
        return r;
    }
    if ((uint64_t)n >= gc_max_request())
        return exc_no_memory();
    char *out = malloc((size_t)n);
    if (!out)
        return exc_no_memory();
    int64_t r = read_generic(b, out, (size_t)n);
    value res = r == -2 ? V_NONE : r < 0 ? V_NULL : bytes_from(out, (size_t)r);
    free(out);
    return res;
}

static value buffered_read1_unlocked(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    int64_t n;
    if (check_init(b) < 0 || args_count("read1", argc, 0, 1) < 0
        || io_size_arg(argc ? argv[0] : V_NULL, -1, &n) < 0)
        return V_NULL;
    if (n < 0)
        n = (int64_t)b->size;
    if (check_open(b, "read of closed file") < 0)
        return V_NULL;
    if (n == 0)
        return bytes_from("", 0);
    if (prepare_read(b) < 0)
        return V_NULL;
    size_t ahead = b->rlen - b->rpos;
    if (ahead) {
        size_t k = (uint64_t)n < ahead ? (size_t)n : ahead;
        value r = bytes_from(b->buf + b->rpos, k);
        if (r)
            b->rpos += k;
        return r;
    }
    if ((uint64_t)n >= gc_max_request())
        return exc_no_memory();
    char *out = malloc((size_t)n);
    if (!out)
        return exc_no_memory();
    b->rpos = b->rlen = 0;
    int64_t r = raw_read(b, out, (size_t)n);
    value res = r == -1 ? V_NULL : bytes_from(out, r < 0 ? 0 : (size_t)r);
    free(out);
    return res;
}

static value buffered_peek_unlocked(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    if (check_init(b) < 0 || args_count("peek", argc, 0, 1) < 0)
        return V_NULL;
    int64_t ignored;
    if (argc && args_index(argv[0], &ignored) < 0)
        return V_NULL;
    if (check_open(b, "peek of closed file") < 0 || prepare_read(b) < 0)
        return V_NULL;
    if (b->rlen == b->rpos && fill_buffer(b) == -1)
        return V_NULL;
    return bytes_from(b->buf + b->rpos, b->rlen - b->rpos);
}

static value readinto_common(value self, value arg, bool one, const char *name)
{
    buffered_object *b = BUF(self);
    char *d;
    size_t n;
    if (check_init(b) < 0)
        return V_NULL;
    if (!io_buffer_writable(arg, &d, &n))
        return exc_raise(&exc_TypeError, "%s() argument must be read-write bytes-like object, not %s", name,
                         v_type_name(arg));
    if (check_open(b, "readinto of closed file") < 0 || prepare_read(b) < 0)
        return V_NULL;
    /* through a C block, since a raw stream written in Python could
     * resize the caller's buffer while we hold a pointer into it */
    char *tmp = malloc(n ? n : 1);
    if (!tmp)
        return exc_no_memory();
    int64_t r = read_into(b, tmp, n, one);
    if (r > 0) {
        if (!io_buffer_writable(arg, &d, &n) || (size_t)r > n) {
            free(tmp);
            return exc_raise(&exc_ValueError, "buffer changed size during read");
        }
        memcpy(d, tmp, (size_t)r);
    }
    free(tmp);
    return r == -2 ? V_NONE : r < 0 ? V_NULL : v_small(r);
}

static value buffered_readinto_unlocked(value self, int argc, const value *argv, value kwnames)
{
    return readinto_common(self, argv[0], false, "readinto");
}

static value buffered_readinto1_unlocked(value self, int argc, const value *argv, value kwnames)
{
    return readinto_common(self, argv[0], true, "readinto1");
}

/* One line (up to limit bytes when limit >= 0). */
static value read_line(buffered_object *b, int64_t limit)
{
    if (check_open(b, "readline of closed file") < 0 || prepare_read(b) < 0)
        return V_NULL;
    size_t max = limit < 0 ? SIZE_MAX : (size_t)limit;
    size_t ahead = b->rlen - b->rpos, k = ahead < max ? ahead : max;
    char *nl = memchr(b->buf + b->rpos, '\n', k);
    if (nl || k == max) {
        size_t len = nl ? (size_t)(nl - (b->buf + b->rpos)) + 1 : k;
        value r = bytes_from(b->buf + b->rpos, len);
        if (r)
            b->rpos += len;
        return r;
    }
    size_t len = k, cap = k + b->size;
    char *out = malloc(cap);
    if (!out)
        return exc_no_memory();
    memcpy(out, b->buf + b->rpos, k);
    b->rpos = b->rlen = 0;
    for (;;) {
        int64_t n = fill_buffer(b);
        if (n == -1) {
            free(out);
            return V_NULL;
        }
        if (n <= 0)
            break;
        size_t take = b->rlen < max - len ? b->rlen : max - len;
        nl = memchr(b->buf, '\n', take);
        if (nl)
            take = (size_t)(nl - b->buf) + 1;
        if (len + take > cap) {
            cap = (len + take) * 2;
            char *o = realloc(out, cap);
            if (!o) {
                free(out);
                return exc_no_memory();
            }
            out = o;
        }
        memcpy(out + len, b->buf, take);
        len += take;
        b->rpos = take;
        if (nl || len == max)
            break;
    }
    value r = bytes_from(out, len);
    free(out);
    return r;
}

static value buffered_readline_unlocked(value self, int argc, const value *argv, value kwnames)
{
    int64_t limit;
    if (check_init(BUF(self)) < 0 || args_count("readline", argc, 0, 1) < 0
        || io_size_arg(argc ? argv[0] : V_NULL, -1, &limit) < 0)
        return V_NULL;
    return read_line(BUF(self), limit);
}

static value buffered_iternext_unlocked(value self)
{
    if (check_init(BUF(self)) < 0)
        return V_NULL;
    return read_line(BUF(self), -1);
}

/* -- Writing ---------------------------------------------------------------- */

static value buffered_write_unlocked(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    if (check_init(b) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!buffer_get(argv[0], &d, &n))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[0]));
    if (check_open_ex(b, "write to closed file", false) < 0)
        return V_NULL;
    if (b->rlen && drop_readahead(b) < 0)
        return V_NULL;
    /* the data may move if a Python raw stream runs: copy what is needed */
    if (b->wlen + n <= b->size) {
        if (!buffer_get(argv[0], &d, &n))
            return exc_raise(&exc_ValueError, "buffer changed during write");
        memcpy(b->buf + b->wlen, d, n);
        b->wlen += n;
        return v_small((int64_t)n);
    }
    if (flush_writes(b) < 0)
        return V_NULL;
    if (!buffer_get(argv[0], &d, &n))
        return exc_raise(&exc_ValueError, "buffer changed during write");
    if (n <= b->size) {
        memcpy(b->buf, d, n);
        b->wlen = n;
        return v_small((int64_t)n);
    }
    char *copy = b->fast ? NULL : malloc(n);
    if (!b->fast && !copy)
        return exc_no_memory();
    if (copy)
        memcpy(copy, d, n);
    const char *src = copy ? copy : d;
    size_t done = 0;
    while (done < n) {
        int64_t r = raw_write(b, src + done, n - done);
        if (r < 0) {
            if (r == -2)
                raise_blocking(done);
            free(copy);
            return V_NULL;
        }
        done += (size_t)r;
    }
    free(copy);
    return int_from_i64((int64_t)n);
}

static value buffered_flush_unlocked(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    if (check_init(b) < 0)
        return V_NULL;
    if (b->writable) {
        if (check_open(b, "flush of closed file") < 0 || flush_writes(b) < 0)
            return V_NULL;
        if (b->readable && drop_readahead(b) < 0)
            return V_NULL;
        return V_NONE;   /* as CPython's: the raw stream's flush() is close()'s business */
    }
    return obj_call_method(b->raw, "flush", 0, NULL);
}

/* -- Positioning ------------------------------------------------------------ */

static value buffered_seek_unlocked(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    int64_t target, whence = 0;
    if (check_init(b) < 0 || args_count("seek", argc, 1, 2) < 0
        || (argc > 1 && args_index(argv[1], &whence) < 0))
        return V_NULL;
    if (whence < 0 || whence > 4)
        return exc_raise(&exc_ValueError, "whence value %lld unsupported", (long long)whence);
    if (check_open(b, "seek of closed file") < 0 || io_check_seekable(b->raw) < 0)
        return V_NULL;
    if (args_index(argv[0], &target) < 0)
        return V_NULL;
    /* inside the read-ahead: no call at all */
    if ((whence == 0 || whence == 1) && b->rlen && b->abs_pos >= 0) {
        int64_t start = b->abs_pos - (int64_t)b->rlen;
        int64_t want = whence == 0 ? target : start + (int64_t)b->rpos + target;
        if (want >= start && want <= b->abs_pos) {
            b->rpos = (size_t)(want - start);
            return int_from_i64(want);
        }
    }
    if (b->writable && flush_writes(b) < 0)
        return V_NULL;
    if (whence == 1)
        target -= (int64_t)(b->rlen - b->rpos);
    b->rpos = b->rlen = 0;
    int64_t n = raw_seek(b, target, (int)whence);
    return n < 0 ? V_NULL : int_from_i64(n);
}

static value buffered_tell_unlocked(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    if (check_init(b) < 0)
        return V_NULL;
    int64_t pos = raw_tell(b);
    if (pos < 0)
        return V_NULL;
    pos = pos - (int64_t)(b->rlen - b->rpos) + (int64_t)b->wlen;
    return int_from_i64(pos < 0 ? 0 : pos);
}

static value buffered_truncate_unlocked(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    if (check_init(b) < 0 || args_count("truncate", argc, 0, 1) < 0
        || check_open(b, "truncate of closed file") < 0)
        return V_NULL;
    if (!b->writable)
        return io_unsupported("truncate");
    if (flush_writes(b) < 0 || drop_readahead(b) < 0)
        return V_NULL;
    value pos = argc ? argv[0] : V_NONE;
    value r = obj_call_method(b->raw, "truncate", 1, &pos);
    b->abs_pos = -1;
    return r;
}

/* -- The lock --------------------------------------------------------------- */

static int buffered_lock(value self)
{
    buffered_object *b = BUF(self);
    while (b->busy) {
        if (b->owner == ts()) {
            exc_raise(&exc_RuntimeError, "reentrant call inside %R", self);
            return -1;
        }
        GIL_BLOCKING_BEGIN();
        usleep(50);
        GIL_BLOCKING_END();
    }
    b->busy = true;
    b->owner = ts();
    return 0;
}

static void buffered_unlock(value self)
{
    BUF(self)->busy = false;
    BUF(self)->owner = NULL;
}

#define LOCKED(name)                                                                \
    static value name(value self, int argc, const value *argv, value kwnames)      \
    {                                                                               \
        if (buffered_lock(self) < 0)                                                \
            return V_NULL;                                                          \
        value r = name##_unlocked(self, argc, argv, kwnames);                       \
        buffered_unlock(self);                                                      \
        return r;                                                                   \
    }
LOCKED(buffered_read)
LOCKED(buffered_read1)
LOCKED(buffered_peek)
LOCKED(buffered_readinto)
LOCKED(buffered_readinto1)
LOCKED(buffered_readline)
LOCKED(buffered_write)
LOCKED(buffered_flush)
LOCKED(buffered_seek)
LOCKED(buffered_tell)
LOCKED(buffered_truncate)

/* next(): the C readline for the exact classes, else the subclass's own
 * readline(); an empty line ends the iteration. */
static value buffered_iternext(value self)
{
    type_object *t = v_type(self);
    value line;
    if (t == &io_bufferedreader_type || t == &io_bufferedrandom_type) {
        if (buffered_lock(self) < 0)
            return V_NULL;
        line = buffered_iternext_unlocked(self);
        buffered_unlock(self);
    } else {
        line = obj_call_method(self, "readline", 0, NULL);
    }
    if (!line)
        return V_NULL;
    int64_t n = obj_len(line);
    return n < 0 ? V_NULL : n ? line : V_NULL;
}

/* -- The rest --------------------------------------------------------------- */

static value buffered_close(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    if (check_init(b) < 0)
        return V_NULL;
    int c = raw_closed(b);
    if (c < 0)
        return V_NULL;
    if (c)
        return V_NONE;
    if (b->head.finalizing) {
        value m = obj_getattr_cstr(b->raw, "_dealloc_warn");
        if (!m || !obj_call1(m, self))
            exc_clear();
    }
    value flushed = obj_call_method(self, "flush", 0, NULL);
    value ferr = flushed ? V_NULL : exc_fetch();
    if (buffered_lock(self) < 0) {
        if (ferr)
            exc_set_context(ts()->exc, ferr);
        return V_NULL;
    }
    value closed = b->ok ? obj_call_method(b->raw, "close", 0, NULL) : V_NONE;
    b->rpos = b->rlen = b->wlen = 0;
    buffered_unlock(self);
    if (!closed) {
        if (ferr) {
            value cerr = exc_fetch();
            exc_set_context(cerr, ferr);
            exc_restore(cerr);
        }
        return V_NULL;
    }
    if (ferr) {
        exc_restore(ferr);
        return V_NULL;
    }
    return V_NONE;
}

static value buffered_detach(value self, int argc, const value *argv, value kwnames)
{
    buffered_object *b = BUF(self);
    if (check_init(b) < 0 || !obj_call_method(self, "flush", 0, NULL) || check_init(b) < 0
        || buffered_lock(self) < 0)
        return V_NULL;
    value raw = b->raw;
    b->raw = V_NULL;
    if (v_isinstance(raw, &io_iobase_type))
        ((io_object *)v_obj(raw))->owned = false;
    b->ok = false;
    b->detached = true;
    b->rpos = b->rlen = b->wlen = 0;
    buffered_unlock(self);
    return raw;
}

#define RAW_FORWARD(cname, meth)                                                   \
    static value cname(value self, int argc, const value *argv, value kwnames)      \
    {                                                                               \
        if (check_init(BUF(self)) < 0)                                              \
            return V_NULL;                                                          \
        return obj_call_method(BUF(self)->raw, meth, 0, NULL);                      \
    }
RAW_FORWARD(buffered_fileno, "fileno")
RAW_FORWARD(buffered_isatty, "isatty")
RAW_FORWARD(buffered_seekable, "seekable")
RAW_FORWARD(buffered_readable, "readable")
RAW_FORWARD(buffered_writable, "writable")

static value raw_attr(value self, const char *name)
{
    if (check_init(BUF(self)) < 0)
        return V_NULL;
    return obj_getattr_cstr(BUF(self)->raw, name);
}

static value buffered_get_closed(value self) { return raw_attr(self, "closed"); }
static value buffered_get_name(value self) { return raw_attr(self, "name"); }
static value buffered_get_mode(value self) { return raw_attr(self, "mode"); }
static value buffered_get_raw(value self) { return BUF(self)->raw ? BUF(self)->raw : V_NONE; }
static value buffered_get_finalizing(value self) { return v_bool(BUF(self)->head.finalizing); }

static value buffered_repr(value self)
{
    const char *tname = v_type_name(self);
    value name = obj_getattr_cstr(self, "name");
    if (!name) {
        if (!exc_matches(&exc_ValueError) && !exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
        return str_format("<%s>", tname);
    }
    int st = repr_enter(self);
    if (st < 0)
        return V_NULL;
    if (st > 0)
        return exc_raise(&exc_RuntimeError, "reentrant call inside %s.__repr__", tname);
    value r = str_format("<%s name=%R>", tname, name);
    repr_leave(self);
    return r;
}

static value buffered_new(type_object *type, int argc, const value *argv, value kwnames)
{
    value v = io_alloc(type, sizeof(buffered_object));
    if (v)
        BUF(v)->abs_pos = -1;
    return v;
}

static int buffered_init_common(value self, int argc, const value *argv, value kwnames, const char *name,
                                bool readable, bool writable)
{
    static const char *const names[] = { "raw", "buffer_size" };
    value a[2];
    if (BUF(self)->busy) {   /* the buffer must not change under a running method */
        exc_raise(&exc_RuntimeError, "reentrant call inside %s.__init__", name);
        return -1;
    }
    BUF(self)->ok = false;   /* a failed __init__ leaves it unusable, as in CPython */
    if (num_parse_args(name, argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return -1;
    int64_t size = IO_DEFAULT_BUFFER_SIZE;
    if (a[1] && args_index(a[1], &size) < 0)
        return -1;
    value raw = a[0];
    if (readable && writable && io_check_seekable(raw) < 0)
        return -1;
    if ((readable && io_check_readable(raw) < 0) || (writable && io_check_writable(raw) < 0))
        return -1;
    if (size <= 0) {
        exc_raise(&exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    if ((uint64_t)size >= gc_max_request()) {
        exc_no_memory();
        return -1;
    }
    buffered_object *b = BUF(self);
    char *buf = gc_alloc_raw((size_t)size);
    if (!buf)
        return -1;
    b->ok = false;
    b->raw = raw;
    b->buf = buf;
    b->size = (size_t)size;
    b->rpos = b->rlen = b->wlen = 0;
    b->readable = readable;
    b->writable = writable;
    b->detached = false;
    b->fast = v_type(raw) == &io_fileio_type;
    b->abs_pos = -1;
    b->ok = true;
    if (v_isinstance(raw, &io_iobase_type))
        ((io_object *)v_obj(raw))->owned = true;
    /* CPython asks the position up front; a stream that cannot tell is
     * still accepted */
    if (raw_tell(b) < 0)
        exc_clear();
    return 0;
}

static int reader_init(value self, int argc, const value *argv, value kwnames)
{
    return buffered_init_common(self, argc, argv, kwnames, "BufferedReader", true, false);
}

static int writer_init(value self, int argc, const value *argv, value kwnames)
{
    return buffered_init_common(self, argc, argv, kwnames, "BufferedWriter", false, true);
}

static int random_init(value self, int argc, const value *argv, value kwnames)
{
    return buffered_init_common(self, argc, argv, kwnames, "BufferedRandom", true, true);
}

static value buffered_dealloc_warn(value self, int argc, const value *argv, value kwnames)
{
    value raw = BUF(self)->raw;
    if (BUF(self)->ok && raw) {
        value m = obj_getattr_cstr(raw, "_dealloc_warn");
        if (!m) {
            exc_clear();
            return V_NONE;
        }
        if (!obj_call1(m, argv[0]))
            return V_NULL;
    }
    return V_NONE;
}

static value buffered_sizeof(value self, int argc, const value *argv, value kwnames)
{
    return int_from_i64((int64_t)(v_type(self)->basicsize + (BUF(self)->buf ? BUF(self)->size : 0)));
}

#define COMMON_METHODS                                                  \
    { "_dealloc_warn", buffered_dealloc_warn, METH_O, NULL },           \
    { "__sizeof__", buffered_sizeof, METH_NOARGS, NULL },               \
    { "close", buffered_close, METH_NOARGS, NULL },                     \
    { "detach", buffered_detach, METH_NOARGS, NULL },                   \
    { "fileno", buffered_fileno, METH_NOARGS, NULL },                   \
    { "isatty", buffered_isatty, METH_NOARGS, NULL },                   \
    { "seekable", buffered_seekable, METH_NOARGS, NULL },               \
    { "flush", buffered_flush, METH_NOARGS, NULL },                     \
    { "seek", buffered_seek, METH_FAST, NULL },                         \
    { "tell", buffered_tell, METH_NOARGS, NULL },                       \
    { "truncate", buffered_truncate, METH_FAST, NULL }

#define READ_METHODS                                                    \
    { "readable", buffered_readable, METH_NOARGS, NULL },               \
    { "read", buffered_read, METH_FAST, NULL },                         \
    { "peek", buffered_peek, METH_FAST, NULL },                         \
    { "read1", buffered_read1, METH_FAST, NULL },                       \
    { "readinto", buffered_readinto, METH_O, NULL },                    \
    { "readinto1", buffered_readinto1, METH_O, NULL },                  \
    { "readline", buffered_readline, METH_FAST, NULL }

#define WRITE_METHODS                                                   \
    { "writable", buffered_writable, METH_NOARGS, NULL },               \
    { "write", buffered_write, METH_O, NULL }

static const method_def reader_methods[] = { COMMON_METHODS, READ_METHODS, { NULL, NULL, 0, NULL } };
static const method_def writer_methods[] = { COMMON_METHODS, WRITE_METHODS, { NULL, NULL, 0, NULL } };
static const method_def random_methods[] = { COMMON_METHODS, READ_METHODS, WRITE_METHODS,
                                             { NULL, NULL, 0, NULL } };

static const getset_def buffered_getsets[] = {
    { "closed", buffered_get_closed, NULL, NULL },
    { "name", buffered_get_name, NULL, NULL },
    { "mode", buffered_get_mode, NULL, NULL },
    { "raw", buffered_get_raw, NULL, NULL },
    { "_finalizing", buffered_get_finalizing, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

#define BUFFERED_TYPE(cname, pyname, initfn, meths, next, docstr)         \
    type_object cname = {                                                 \
        .hdr = { &type_type, 0, 0 },                                      \
        .name = pyname,                                                   \
        .basicsize = sizeof(buffered_object),                             \
        .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,                        \
        .base = &io_bufferediobase_type,                                  \
        .getattr = obj_generic_getattr,                                   \
        .trace = buffered_trace,                                          \
        .repr = buffered_repr,                                            \
        .iternext = next,                                                 \
        .new = buffered_new,                                              \
        .init = initfn,                                                   \
        .methods = meths,                                                 \
        .getsets = buffered_getsets,                                      \
        .attrs_offset = IO_ATTRS_OFFSET,                                  \
        .doc = docstr,                                                    \
    }

BUFFERED_TYPE(io_bufferedreader_type, "_io.BufferedReader", reader_init, reader_methods, buffered_iternext,
              "BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
              "A buffer over a readable raw stream: reads ahead in blocks.");
BUFFERED_TYPE(io_bufferedwriter_type, "_io.BufferedWriter", writer_init, writer_methods, NULL,
              "BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
              "A buffer over a writable raw stream: collects writes into blocks.");
BUFFERED_TYPE(io_bufferedrandom_type, "_io.BufferedRandom", random_init, random_methods, buffered_iternext,
              "BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n"
              "A buffer over a seekable raw stream that is both read and written.");

/* -- BufferedRWPair --------------------------------------------------------- */

typedef struct rwpair_object {
    io_object head;
    value reader, writer;   /* a BufferedReader and a BufferedWriter */
} rwpair_object;

#define RWP(v) ((rwpair_object *)v_obj(v))

static void rwpair_trace(object *o, gc_tracer *t)
{
    io_trace_head(o, t);
    gc_mark_value(t, ((rwpair_object *)o)->reader);
    gc_mark_value(t, ((rwpair_object *)o)->writer);
}

static value rwpair_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return io_alloc(type, sizeof(rwpair_object));
}

static int rwpair_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "reader", "writer", "buffer_size" };
    value a[3];
    if (args_no_kw("BufferedRWPair", kwnames) < 0
        || num_parse_args("BufferedRWPair", argc, argv, V_NULL, names, 3, 3, 2, a) < 0)
        return -1;
    if (io_check_readable(a[0]) < 0 || io_check_writable(a[1]) < 0)
        return -1;
    value size = a[2] ? a[2] : v_small(IO_DEFAULT_BUFFER_SIZE);
    value ra[2] = { a[0], size }, wa[2] = { a[1], size };
    value r = obj_call(v_from_obj(&io_bufferedreader_type), 2, ra, V_NULL);
    value w = r ? obj_call(v_from_obj(&io_bufferedwriter_type), 2, wa, V_NULL) : V_NULL;
    if (!w)
        return -1;
    RWP(self)->reader = r;
    RWP(self)->writer = w;
    return 0;
}

static value rwpair_side(value self, bool writer)
{
    value s = writer ? RWP(self)->writer : RWP(self)->reader;
    if (!s)
        return exc_raise(&exc_ValueError, "I/O operation on uninitialized object");
    return s;
}

#define PAIR_FORWARD(cname, meth, writer)                                          \
    static value cname(value self, int argc, const value *argv, value kwnames)      \
    {                                                                               \
        value s = rwpair_side(self, writer);                                        \
        return s ? obj_call_method(s, meth, argc, argv) : V_NULL;                   \
    }
PAIR_FORWARD(rwpair_read, "read", false)
PAIR_FORWARD(rwpair_peek, "peek", false)
PAIR_FORWARD(rwpair_read1, "read1", false)
PAIR_FORWARD(rwpair_readinto, "readinto", false)
PAIR_FORWARD(rwpair_readinto1, "readinto1", false)
PAIR_FORWARD(rwpair_readable, "readable", false)
PAIR_FORWARD(rwpair_write, "write", true)
PAIR_FORWARD(rwpair_flush, "flush", true)
PAIR_FORWARD(rwpair_writable, "writable", true)

static value rwpair_isatty(value self, int argc, const value *argv, value kwnames)
{
    value w = rwpair_side(self, true);
    value r = w ? obj_call_method(w, "isatty", 0, NULL) : V_NULL;
    if (!r || r != V_FALSE)
        return r;
    return obj_call_method(RWP(self)->reader, "isatty", 0, NULL);
}

static value rwpair_close(value self, int argc, const value *argv, value kwnames)
{
    value w = rwpair_side(self, true);
    if (!w)
        return V_NULL;
    value wr = obj_call_method(w, "close", 0, NULL);
    value werr = wr ? V_NULL : exc_fetch();
    value rr = obj_call_method(RWP(self)->reader, "close", 0, NULL);
    if (!rr) {
        if (werr) {
            value rerr = exc_fetch();
            exc_set_context(rerr, werr);
            exc_restore(rerr);
        }
        return V_NULL;
    }
    if (werr) {
        exc_restore(werr);
        return V_NULL;
    }
    return V_NONE;
}

static value rwpair_get_closed(value self)
{
    value w = RWP(self)->writer;
    if (!w)
        return exc_raise(&exc_RuntimeError, "the BufferedRWPair object is being garbage-collected");
    return obj_getattr_cstr(w, "closed");
}

static const method_def rwpair_methods[] = {
    { "read", rwpair_read, METH_FAST, NULL },
    { "peek", rwpair_peek, METH_FAST, NULL },
    { "read1", rwpair_read1, METH_FAST, NULL },
    { "readinto", rwpair_readinto, METH_FAST, NULL },
    { "readinto1", rwpair_readinto1, METH_FAST, NULL },
    { "write", rwpair_write, METH_FAST, NULL },
    { "flush", rwpair_flush, METH_NOARGS, NULL },
    { "readable", rwpair_readable, METH_NOARGS, NULL },
    { "writable", rwpair_writable, METH_NOARGS, NULL },
    { "close", rwpair_close, METH_NOARGS, NULL },
    { "isatty", rwpair_isatty, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def rwpair_getsets[] = {
    { "closed", rwpair_get_closed, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object io_bufferedrwpair_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io.BufferedRWPair",
    .basicsize = sizeof(rwpair_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .base = &io_bufferediobase_type,
    .getattr = obj_generic_getattr,
    .trace = rwpair_trace,
    .new = rwpair_new,
    .init = rwpair_init,
    .methods = rwpair_methods,
    .getsets = rwpair_getsets,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)\n--\n\n"
           "One stream made of two raw streams: reads from reader, writes to writer.",
};

int io_buffered_init(value m)
{
    type_object *types[] = { &io_bufferedreader_type, &io_bufferedwriter_type, &io_bufferedrandom_type,
                             &io_bufferedrwpair_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        type_object *t = types[i];
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return -1;
        if (dict_set_cstr(module_dict(m), strrchr(t->name, '.') + 1, v_from_obj(t)) < 0)
            return -1;
    }
    return 0;
}
