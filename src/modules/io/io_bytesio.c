/* _io's BytesIO: an in-memory binary stream. The bytes live in a private
 * bytearray, so getbuffer() can hand out an ordinary memoryview of it and
 * the bytearray's export count is what forbids resizing while a view
 * lives ("Existing exports of data: object cannot be re-sized"), as in
 * CPython. The position may lie past the end; a write there fills the gap
 * with zero bytes. */
#include <string.h>
#include "io_internal.h"
#include "../../gc/gc.h"
#include "../../objects/bytearray.h"
#include "../../objects/bytes.h"
#include "../../objects/dict.h"
#include "../../objects/exceptions.h"
#include "../../objects/int.h"
#include "../../objects/list.h"
#include "../../objects/memoryview.h"
#include "../../objects/module.h"
#include "../../objects/sequtil.h"
#include "../../objects/str.h"
#include "../../objects/tuple.h"
#include "../../vm/exc.h"

typedef struct bytesio_object {
    io_object head;
    value buf;        /* the private bytearray; V_NULL once closed */
    int64_t pos;
} bytesio_object;

#define BIO(v) ((bytesio_object *)v_obj(v))

/* -- Helpers the in-memory and text streams share (io_internal.h) -- */

value io_closed_error(void)
{
    return exc_raise(&exc_ValueError, "I/O operation on closed file.");
}

int io_one_arg(const char *qualname, int argc, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(&exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (argc != 1) {
        exc_raise(&exc_TypeError, "%s() takes exactly one argument (%d given)", qualname, argc);
        return -1;
    }
    return 0;
}

/* -- BytesIO -- */

static void bio_trace(object *o, gc_tracer *t)
{
    io_trace_head(o, t);
    gc_mark_value(t, ((bytesio_object *)o)->buf);
}

static bytearray_object *bio_ba(value self) { return v_bytearray(BIO(self)->buf); }

/* Refuses when a getbuffer() view is alive (dropped views are found by a
 * collection first, as bytearray does). */
static int bio_check_exports(value self)
{
    bytearray_object *b = bio_ba(self);
    if (b->exports > 0)
        gc_collect();
    if (b->exports > 0) {
        exc_raise(&exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

/* Makes room for n bytes in the bytearray (size unchanged). */
static int bio_reserve(bytearray_object *b, size_t n)
{
    if (n <= b->cap)
        return 0;
    size_t cap = b->cap < 64 ? 64 : b->cap;
    while (cap < n)
        cap = cap > SIZE_MAX / 2 ? n : cap * 2;
    if (cap > gc_max_request()) {
        exc_no_memory();
        return -1;
    }
    char *d = b->data ? gc_realloc_raw(b->data, b->cap, cap) : gc_alloc_raw(cap);
    if (!d)
        return -1;
    b->data = d;
    b->cap = cap;
    return 0;
}

/* Replaces the content with data[0..n) (for __init__ and __setstate__). */
static int bio_set_content(value self, const char *data, size_t n)
{
    bytearray_object *b = bio_ba(self);
    if (bio_reserve(b, n) < 0)
        return -1;
    if (n)
        memmove(b->data, data, n);
    b->size = n;
    return 0;
}

static int bio_write_bytes(value self, const char *data, size_t n)
{
    bytesio_object *o = BIO(self);
    bytearray_object *b = bio_ba(self);
    if (n == 0)
        return 0;
    size_t pos = (size_t)o->pos;
    if (pos > (size_t)INT64_MAX - n) {
        exc_raise(&exc_OverflowError, "new position too large");
        return -1;
    }
    size_t end = pos + n;
    if (bio_reserve(b, end) < 0)
        return -1;
    if (pos > b->size)
        memset(b->data + b->size, 0, pos - b->size);
    memmove(b->data + pos, data, n);
    if (end > b->size)
        b->size = end;
    o->pos = (int64_t)end;
    return 0;
}

#define CHECK_CLOSED(self)              \
    do {                                \
        if (!BIO(self)->buf)            \
            return io_closed_error();   \
    } while (0)

static value bio_new(type_object *type, int argc, const value *argv, value kwnames)
{
    value self = io_alloc(type, sizeof(bytesio_object));
    if (!self)
        return V_NULL;
    value ba = bytearray_from("", 0);
    if (!ba)
        return V_NULL;
    BIO(self)->buf = ba;
    return self;
}

static int bio_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "initial_bytes" };
    value a[1];
    if (num_parse_args("BytesIO", argc, argv, kwnames, names, 1, 1, 0, a) < 0)
        return -1;
    bytesio_object *o = BIO(self);
    if (!o->buf) {
        value ba = bytearray_from("", 0);
        if (!ba)
            return -1;
        o->buf = ba;
    }
    if (bio_check_exports(self) < 0)
        return -1;
    o->pos = 0;
    bio_ba(self)->size = 0;
    if (a[0] && a[0] != V_NONE) {
        const char *d;
        size_t n;
        if (!buffer_get(a[0], &d, &n)) {
            exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(a[0]));
            return -1;
        }
        if (bio_set_content(self, d, n) < 0)
            return -1;
    }
    return 0;
}

/* The bytes from the position, at most `size` (< 0: all), advancing. */
static value bio_read_n(value self, int64_t size)
{
    bytesio_object *o = BIO(self);
    bytearray_object *b = bio_ba(self);
    int64_t avail = (int64_t)b->size - o->pos;
    if (avail < 0)
        avail = 0;
    if (size < 0 || size > avail)
        size = avail;
    value r = bytes_from(size ? b->data + o->pos : "", (size_t)size);
    if (r)
        o->pos += size;
    return r;
}

static value bio_read(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("BytesIO.read", kwnames) < 0 || args_count("read", argc, 0, 1) < 0)
        return V_NULL;
    int64_t size = -1;
    if (argc && io_size_arg(argv[0], -1, &size) < 0)
        return V_NULL;
    CHECK_CLOSED(self);
    return bio_read_n(self, size);
}

static value bio_read1(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("BytesIO.read1", kwnames) < 0 || args_count("read1", argc, 0, 1) < 0)
        return V_NULL;
    int64_t size = -1;
    if (argc && io_size_arg(argv[0], -1, &size) < 0)
        return V_NULL;
    CHECK_CLOSED(self);
    return bio_read_n(self, size);
}

/* The length of the next line from the position (up to and including a
 * newline), at most `limit` when limit >= 0. */
static int64_t bio_line_len(value self, int64_t limit)
{
    bytesio_object *o = BIO(self);
    bytearray_object *b = bio_ba(self);
    if (o->pos >= (int64_t)b->size)
        return 0;
    int64_t avail = (int64_t)b->size - o->pos;
    if (limit >= 0 && limit < avail)
        avail = limit;
    const char *start = b->data + o->pos;
    const char *nl = memchr(start, '\n', (size_t)avail);
    return nl ? nl - start + 1 : avail;
}

static value bio_readline(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("BytesIO.readline", kwnames) < 0 || args_count("readline", argc, 0, 1) < 0)
        return V_NULL;
    int64_t size = -1;
    if (argc && io_size_arg(argv[0], -1, &size) < 0)
        return V_NULL;
    CHECK_CLOSED(self);
    return bio_read_n(self, bio_line_len(self, size));
}

static value bio_readlines(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("BytesIO.readlines", kwnames) < 0 || args_count("readlines", argc, 0, 1) < 0)
        return V_NULL;
    int64_t hint = -1;
    if (argc && argv[0] != V_NONE) {
        if (!v_isinstance(argv[0], &int_type))
            return exc_raise(&exc_TypeError, "integer argument expected, got '%s'", v_type_name(argv[0]));
        if (args_index(argv[0], &hint) < 0)
            return V_NULL;
    }
    CHECK_CLOSED(self);
    value l = list_new(0);
    if (!l)
        return V_NULL;
    int64_t total = 0, n;
    while ((n = bio_line_len(self, -1)) > 0) {
        value line = bio_read_n(self, n);
        if (!line || list_append(l, line) < 0)
            return V_NULL;
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return l;
}

static value bio_readinto(value self, int argc, const value *argv, value kwnames)
{
    if (io_one_arg("BytesIO.readinto", argc, kwnames) < 0)
        return V_NULL;
    char *dst;
    size_t len;
    if (!io_buffer_writable(argv[0], &dst, &len))
        return exc_raise(&exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                         v_type_name(argv[0]));
    CHECK_CLOSED(self);
    bytesio_object *o = BIO(self);
    bytearray_object *b = bio_ba(self);
    int64_t avail = (int64_t)b->size - o->pos;
    if (avail < 0)
        avail = 0;
    if ((int64_t)len > avail)
        len = (size_t)avail;
    if (len)
        memmove(dst, b->data + o->pos, len);
    o->pos += (int64_t)len;
    return v_small((int64_t)len);
}

static value bio_write(value self, int argc, const value *argv, value kwnames)
{
    if (io_one_arg("BytesIO.write", argc, kwnames) < 0)
        return V_NULL;
    CHECK_CLOSED(self);
    if (bio_check_exports(self) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!buffer_get(argv[0], &d, &n))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[0]));
    /* writing a view of our own buffer: copy first, the buffer may move */
    value keep = V_NULL;
    if (n && d >= bio_ba(self)->data && d < bio_ba(self)->data + bio_ba(self)->cap) {
        if (!(keep = bytes_from(d, n)))
            return V_NULL;
        d = bytes_data(keep);
    }
    if (bio_write_bytes(self, d, n) < 0)
        return V_NULL;
    (void)keep;
    return v_small((int64_t)n);
}

static value bio_writelines(value self, int argc, const value *argv, value kwnames)
{
    if (io_one_arg("BytesIO.writelines", argc, kwnames) < 0)
        return V_NULL;
    CHECK_CLOSED(self);
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    value item;
    while ((item = obj_next(it))) {
        value r = bio_write(self, 1, &item, V_NULL);
        if (!r)
            return V_NULL;
    }
    return exc_occurred() ? V_NULL : V_NONE;
}

static value bio_seek(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("BytesIO.seek", kwnames) < 0 || args_count("seek", argc, 1, 2) < 0)
        return V_NULL;
    int64_t pos, whence = 0;
    if (args_index(argv[0], &pos) < 0 || (argc > 1 && args_index(argv[1], &whence) < 0))
        return V_NULL;
    CHECK_CLOSED(self);
    bytesio_object *o = BIO(self);
    if (whence < 0 || whence > 2)
        return exc_raise(&exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (whence == 0 && pos < 0)
        return exc_raise(&exc_ValueError, "negative seek value %lld", (long long)pos);
    int64_t base = whence == 1 ? o->pos : whence == 2 ? (int64_t)bio_ba(self)->size : 0;
    if (pos > 0 && base > INT64_MAX - pos)
        return exc_raise(&exc_OverflowError, "new position too large");
    pos += base;
    if (pos < 0)
        pos = 0;
    o->pos = pos;
    return int_from_i64(pos);
}

static value bio_tell(value self, int argc, const value *argv, value kwnames)
{
    CHECK_CLOSED(self);
    return int_from_i64(BIO(self)->pos);
}

static value bio_truncate(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("BytesIO.truncate", kwnames) < 0 || args_count("truncate", argc, 0, 1) < 0)
        return V_NULL;
    CHECK_CLOSED(self);
    int64_t size = BIO(self)->pos;
    if (argc && io_size_arg(argv[0], size, &size) < 0)
        return V_NULL;
    /* the size's __index__ may have run any code */
    CHECK_CLOSED(self);
    if (bio_check_exports(self) < 0)
        return V_NULL;
    if (size < 0)
        return exc_raise(&exc_ValueError, "negative size value %lld", (long long)size);
    if (size < (int64_t)bio_ba(self)->size)
        bio_ba(self)->size = (size_t)size;
    return int_from_i64(size);
}

static value bio_getvalue(value self, int argc, const value *argv, value kwnames)
{
    CHECK_CLOSED(self);
    bytearray_object *b = bio_ba(self);
    return bytes_from(b->size ? b->data : "", b->size);
}

static value bio_getbuffer(value self, int argc, const value *argv, value kwnames)
{
    CHECK_CLOSED(self);
    return obj_call1(v_from_obj(&memoryview_type), BIO(self)->buf);
}

static value bio_true(value self, int argc, const value *argv, value kwnames)
{
    CHECK_CLOSED(self);
    return V_TRUE;
}

static value bio_isatty(value self, int argc, const value *argv, value kwnames)
{
    CHECK_CLOSED(self);
    return V_FALSE;
}

static value bio_flush(value self, int argc, const value *argv, value kwnames)
{
    CHECK_CLOSED(self);
    return V_NONE;
}

static value bio_close(value self, int argc, const value *argv, value kwnames)
{
    bytesio_object *o = BIO(self);
    if (o->buf && bio_check_exports(self) < 0)
        return V_NULL;
    o->buf = V_NULL;
    return V_NONE;
}

static value bio_get_closed(value self) { return v_bool(!BIO(self)->buf); }

/* The instance __dict__ for pickling: None when nothing was ever set. */
static value io_state_dict(value self)
{
    inst_attrs *a = inst_attrs_of(self);
    if (!a || (!a->dict && (!a->shape || a->shape->count == 0)))
        return V_NONE;
    value d = inst_get_dict(self);
    return d ? dict_copy(d) : V_NULL;
}

static value bio_getstate(value self, int argc, const value *argv, value kwnames)
{
    value v = bio_getvalue(self, 0, NULL, V_NULL);
    value d = v ? io_state_dict(self) : V_NULL;
    value pos = d ? int_from_i64(BIO(self)->pos) : V_NULL;
    return pos ? tuple_pack(3, v, pos, d) : V_NULL;
}

static value bio_setstate(value self, int argc, const value *argv, value kwnames)
{
    value st = argv[0];
    if (!v_isinstance(st, &tuple_type) || tuple_len(st) < 3)
        return exc_raise(&exc_TypeError, "%s.__setstate__ argument should be 3-tuple, got %s",
                         v_type_name(self), v_type_name(st));
    CHECK_CLOSED(self);
    if (bio_check_exports(self) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    value data = tuple_get(st, 0), pos = tuple_get(st, 1), dict = tuple_get(st, 2);
    if (!buffer_get(data, &d, &n))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(data));
    if (bio_set_content(self, d, n) < 0)
        return V_NULL;
    if (!v_isinstance(pos, &int_type))
        return exc_raise(&exc_TypeError, "second item of state must be an integer, not %s",
                         v_type_name(pos));
    int64_t p;
    if (args_index(pos, &p) < 0)
        return V_NULL;
    if (p < 0)
        return exc_raise(&exc_ValueError, "position value cannot be negative");
    BIO(self)->pos = p;
    if (dict != V_NONE) {
        if (!v_isinstance(dict, &dict_type))
            return exc_raise(&exc_TypeError, "third item of state should be a dict, got a %s",
                             v_type_name(dict));
        value mine = inst_get_dict(self);
        if (!mine || dict_update(mine, dict) < 0)
            return V_NULL;
    }
    return V_NONE;
}

static value bio_iter(value self) { return self; }

static value bio_next(value self)
{
    CHECK_CLOSED(self);
    int64_t n = bio_line_len(self, -1);
    return n ? bio_read_n(self, n) : V_NULL;
}

static const getset_def bio_getsets[] = {
    { "closed", bio_get_closed, NULL, "True if the file is closed." },
    { NULL, NULL, NULL, NULL },
};

static const method_def bio_methods[] = {
    { "read", bio_read, METH_FAST, "Read at most size bytes, returned as a bytes object." },
    { "read1", bio_read1, METH_FAST, "Read at most size bytes, returned as a bytes object." },
    { "readline", bio_readline, METH_FAST, "Next line from the file, as a bytes object." },
    { "readlines", bio_readlines, METH_FAST, "List of bytes objects, each a line from the file." },
    { "readinto", bio_readinto, METH_FAST, "Read bytes into buffer." },
    { "write", bio_write, METH_FAST, "Write bytes to file." },
    { "writelines", bio_writelines, METH_FAST, "Write lines to the file." },
    { "seek", bio_seek, METH_FAST, "Change stream position." },
    { "tell", bio_tell, METH_NOARGS, "Current file position, an integer." },
    { "truncate", bio_truncate, METH_FAST, "Truncate the file to at most size bytes." },
    { "getvalue", bio_getvalue, METH_NOARGS, "Retrieve the entire contents of the BytesIO object." },
    { "getbuffer", bio_getbuffer, METH_NOARGS, "Get a read-write view over the contents of the BytesIO object." },
    { "readable", bio_true, METH_NOARGS, "Returns True if the IO object can be read." },
    { "writable", bio_true, METH_NOARGS, "Returns True if the IO object can be written." },
    { "seekable", bio_true, METH_NOARGS, "Returns True if the IO object can be seeked." },
    { "isatty", bio_isatty, METH_NOARGS, "Always returns False." },
    { "flush", bio_flush, METH_NOARGS, "Does nothing." },
    { "close", bio_close, METH_NOARGS, "Disable all I/O operations." },
    { "__getstate__", bio_getstate, METH_NOARGS, NULL },
    { "__setstate__", bio_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object io_bytesio_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io.BytesIO",
    .basicsize = sizeof(bytesio_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .base = &io_bufferediobase_type,
    .trace = bio_trace,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .iter = bio_iter,
    .iternext = bio_next,
    .new = bio_new,
    .init = bio_init,
    .methods = bio_methods,
    .getsets = bio_getsets,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
};

int io_bytesio_init(value m)
{
    if (!(io_bytesio_type.flags & TYPE_READY) && type_ready(&io_bytesio_type) < 0)
        return -1;
    return dict_set_cstr(module_dict(m), "BytesIO", v_from_obj(&io_bytesio_type));
}
