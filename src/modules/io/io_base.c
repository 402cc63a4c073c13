/* _io's abstract bases: _IOBase (close, closed, the finalizer that closes
 * a forgotten stream, context manager, line iteration, readline /
 * readlines / writelines built on read / peek / write), _RawIOBase (read
 * through readinto, readall), _BufferedIOBase (readinto through read),
 * _TextIOBase, and UnsupportedOperation, plus the helpers every _io type
 * shares (io_internal.h). The bases call the stream's methods by name, so
 * classes written in Python (io.py's ABCs, _pyio-style streams) supply
 * read / readinto / write and get the rest. */
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"
#include "../modules.h"
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
#include "../../objects/type.h"
#include "../../util/strbuf.h"
#include "../../vm/exc.h"

value io_unsupported_operation;

/* -- Streams flushed at exit ------------------------------------------------ */

/* Every _io object alive, held weakly: when the program ends, the open
 * ones are flushed, newest first (a text wrapper before the buffer under
 * it), since CPython's shutdown finalizes them and Taipan's collector
 * may never get to them. */
static object **live;
static size_t nlive, caplive;

static void live_prune(gc_tracer *t)
{
    size_t j = 0;
    for (size_t i = 0; i < nlive; i++)
        if (gc_is_live(live[i]))
            live[j++] = live[i];
    nlive = j;
}

static void live_flush_at_exit(void)
{
    /* a list holds them while Python code runs, which may collect */
    value l = list_new(0);
    if (!l) {
        exc_clear();
        return;
    }
    for (size_t i = nlive; i-- > 0;)
        if (list_append(l, v_from_obj(live[i])) < 0) {
            exc_clear();
            return;
        }
    for (size_t i = 0; i < list_len(l); i++) {
        value s = list_get(l, i);
        value c = obj_getattr_cstr(s, "closed");
        int closed = c ? obj_truthy(c) : -1;
        if (closed == 0 && !obj_call_method(s, "flush", 0, NULL))
            closed = -1;
        if (closed < 0)
            exc_clear();
    }
}

static void live_add(object *o)
{
    if (nlive == caplive) {
        size_t cap = caplive ? caplive * 2 : 64;
        object **w = realloc(live, cap * sizeof *w);
        if (!w)
            return;   /* only the exit flush is lost */
        live = w;
        caplive = cap;
    }
    live[nlive++] = o;
}

/* -- Shared helpers --------------------------------------------------------- */

value io_alloc(type_object *t, size_t size)
{
    if (size < t->basicsize)
        size = t->basicsize;
    object *o = gc_alloc(t, size);
    if (!o)
        return V_NULL;
    value v = v_from_obj(o);
    inst_attrs_init(v);
    if (gc_register_finalizer(o) < 0)
        return V_NULL;
    live_add(o);
    return v;
}

void io_trace_head(object *o, gc_tracer *t)
{
    inst_attrs_trace(&((io_object *)o)->attrs, t);
}

value io_unsupported(const char *msg)
{
    value m = str_from_cstr(msg);
    value e = m ? obj_call1(io_unsupported_operation, m) : V_NULL;
    return e ? exc_raise_value(e) : V_NULL;
}

int io_check_closed(value self)
{
    value c = obj_getattr_cstr(self, "closed");
    int t = c ? obj_truthy(c) : -1;
    if (t < 0)
        return -1;
    if (t) {
        exc_raise(&exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int check_ability(value self, const char *meth, const char *msg)
{
    value r = obj_call_method(self, meth, 0, NULL);
    if (!r)
        return -1;
    if (r != V_TRUE) {
        io_unsupported(msg);
        return -1;
    }
    return 0;
}

int io_check_readable(value self) { return check_ability(self, "readable", "File or stream is not readable."); }
int io_check_writable(value self) { return check_ability(self, "writable", "File or stream is not writable."); }
int io_check_seekable(value self) { return check_ability(self, "seekable", "File or stream is not seekable."); }

bool io_buffer_writable(value v, char **data, size_t *size)
{
    const char *d;
    if (v_is_bytearray(v)) {
        bytearray_object *b = v_bytearray(v);
        *data = b->data;
        *size = b->size;
        return true;
    }
    if (v_is_memoryview(v) && !((memoryview_object *)v_obj(v))->readonly && memoryview_buffer(v, &d, size)) {
        *data = (char *)d;
        return true;
    }
    if (buffer_exporter_of(v) && buffer_get(v, &d, size)) {   /* array.array */
        *data = (char *)d;
        return true;
    }
    return false;
}

int io_size_arg(value v, int64_t dflt, int64_t *out)
{
    if (!v || v == V_NONE) {
        *out = dflt;
        return 0;
    }
    if (!v_is_int_like(v) && !type_lookup(v_type(v), str_intern_cstr("__index__"))) {
        exc_raise(&exc_TypeError, "argument should be integer or None, not '%s'", v_type_name(v));
        return -1;
    }
    return args_index(v, out);
}

/* -- _IOBase ---------------------------------------------------------------- */

#define IOB(v) ((io_object *)v_obj(v))

static value iobase_seek(value self, int argc, const value *argv, value kwnames)
{
    return io_unsupported("seek");
}

static value iobase_tell(value self, int argc, const value *argv, value kwnames)
{
    value args[2] = { v_small(0), v_small(1) };
    return obj_call_method(self, "seek", 2, args);
}

static value iobase_truncate(value self, int argc, const value *argv, value kwnames)
{
    return io_unsupported("truncate");
}

static value iobase_fileno(value self, int argc, const value *argv, value kwnames)
{
    return io_unsupported("fileno");
}

static value iobase_flush(value self, int argc, const value *argv, value kwnames)
{
    if (IOB(self)->iobase_closed)
        return exc_raise(&exc_ValueError, "I/O operation on closed file.");
    return V_NONE;
}

static value iobase_close(value self, int argc, const value *argv, value kwnames)
{
    if (IOB(self)->iobase_closed)
        return V_NONE;
    value r = obj_call_method(self, "flush", 0, NULL);
    IOB(self)->iobase_closed = true;
    return r ? V_NONE : V_NULL;
}

static value iobase_false(value self, int argc, const value *argv, value kwnames) { return V_FALSE; }

static value iobase_isatty(value self, int argc, const value *argv, value kwnames)
{
    return io_check_closed(self) < 0 ? V_NULL : V_FALSE;
}

static value iobase_check_closed_m(value self, int argc, const value *argv, value kwnames)
{
    return io_check_closed(self) < 0 ? V_NULL : V_NONE;
}

static value iobase_check_readable_m(value self, int argc, const value *argv, value kwnames)
{
    return io_check_readable(self) < 0 ? V_NULL : V_TRUE;
}

static value iobase_check_writable_m(value self, int argc, const value *argv, value kwnames)
{
    return io_check_writable(self) < 0 ? V_NULL : V_TRUE;
}

static value iobase_check_seekable_m(value self, int argc, const value *argv, value kwnames)
{
    return io_check_seekable(self) < 0 ? V_NULL : V_TRUE;
}

static value iobase_enter(value self, int argc, const value *argv, value kwnames)
{
    return io_check_closed(self) < 0 ? V_NULL : self;
}

static value iobase_exit(value self, int argc, const value *argv, value kwnames)
{
    return obj_call_method(self, "close", 0, NULL);
}

static value iobase_iter(value self)
{
    return io_check_closed(self) < 0 ? V_NULL : self;
}

static value iobase_next(value self)
{
    value line = obj_call_method(self, "readline", 0, NULL);
    if (!line)
        return V_NULL;
    int64_t n = obj_len(line);
    if (n < 0)
        return V_NULL;
    return n ? line : V_NULL;
}

/* The finalizer: a stream collected while open is closed, errors ignored
 * (CPython reports them only in development mode). */
static value iobase_del(value self, int argc, const value *argv, value kwnames)
{
    if (IOB(self)->owned)
        return V_NONE;
    value c = obj_getattr_cstr(self, "closed");
    int closed = c ? obj_truthy(c) : -1;
    if (closed < 0) {
        exc_clear();
        return V_NONE;
    }
    if (!closed) {
        IOB(self)->finalizing = true;
        if (!obj_call_method(self, "close", 0, NULL))
            exc_clear();
    }
    return V_NONE;
}

/* A stream with peek() is read a line at a time; without, byte by byte,
 * so nothing past the line is consumed. */
static value iobase_readline(value self, int argc, const value *argv, value kwnames)
{
    int64_t limit;
    if (args_count("readline", argc, 0, 1) < 0 || io_size_arg(argc ? argv[0] : V_NULL, -1, &limit) < 0)
        return V_NULL;
    value peek_name = str_intern_cstr("peek");
    if (!peek_name)
        return V_NULL;
    value peek = obj_getattr(self, peek_name);
    if (!peek) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
    }
    strbuf sb;
    sb_init(&sb);
    while (limit < 0 || (int64_t)sb.len < limit) {
        int64_t want = 1;
        if (peek) {
            value ahead = obj_call1(peek, v_small(1));
            if (!ahead)
                goto fail;
            if (!v_isinstance(ahead, &bytes_type)) {
                exc_raise(&exc_OSError, "peek() should have returned a bytes object, not '%s'",
                          v_type_name(ahead));
                goto fail;
            }
            size_t n = bytes_size(ahead);
            if (n > 0) {
                const char *d = bytes_data(ahead);
                size_t k = 0;
                while (k < n && (limit < 0 || (int64_t)k < limit - (int64_t)sb.len))
                    if (d[k++] == '\n')
                        break;
                want = (int64_t)k;
            }
        }
        value arg = v_small(want);
        value b = obj_call_method(self, "read", 1, &arg);
        if (!b)
            goto fail;
        if (!v_isinstance(b, &bytes_type)) {
            exc_raise(&exc_OSError, "read() should have returned a bytes object, not '%s'", v_type_name(b));
            goto fail;
        }
        size_t n = bytes_size(b);
        if (n == 0)
            break;
        sb_append(&sb, bytes_data(b), n);
        if (sb.failed) {
            exc_no_memory();
            goto fail;
        }
        if (bytes_data(b)[n - 1] == '\n')
            break;
    }
    value r = bytes_from(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
fail:
    sb_free(&sb);
    return V_NULL;
}

static value iobase_readlines(value self, int argc, const value *argv, value kwnames)
{
    int64_t hint;
    if (args_count("readlines", argc, 0, 1) < 0 || io_size_arg(argc ? argv[0] : V_NULL, -1, &hint) < 0)
        return V_NULL;
    value result = list_new(0);
    if (!result)
        return V_NULL;
    if (hint <= 0)
        return list_extend(result, self) < 0 ? V_NULL : result;
    value it = obj_iter(self);
    if (!it)
        return V_NULL;
    int64_t total = 0;
    for (;;) {
        value line = obj_next(it);
        if (!line)
            return exc_occurred() ? V_NULL : result;
        if (list_append(result, line) < 0)
            return V_NULL;
        int64_t n = obj_len(line);
        if (n < 0)
            return V_NULL;
        if (n > hint - total)
            break;
        total += n;
    }
    return result;
}

static value iobase_writelines(value self, int argc, const value *argv, value kwnames)
{
    if (io_check_closed(self) < 0)
        return V_NULL;
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    for (;;) {
        value line = obj_next(it);
        if (!line)
            return exc_occurred() ? V_NULL : V_NONE;
        if (!obj_call_method(self, "write", 1, &line))
            return V_NULL;
    }
}

/* What object.__new__ does, plus the finalizer registration (io_alloc). */
static value iobase_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if ((argc || (kwnames && tuple_len(kwnames))) && type->init == object_type.init) {
        const char *dot = strrchr(type->name, '.');
        return exc_raise(&exc_TypeError, "%s() takes no arguments", dot ? dot + 1 : type->name);
    }
    return io_alloc(type, type->basicsize);
}

static value iobase_get_closed(value self) { return v_bool(IOB(self)->iobase_closed); }

static value iobase_get_dict(value self) { return inst_get_dict(self); }

static int iobase_set_dict(value self, value d)
{
    if (!d || !v_isinstance(d, &dict_type)) {
        exc_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                  d ? v_type_name(d) : "NoneType");
        return -1;
    }
    return inst_set_dict(self, d);
}

static const method_def iobase_methods[] = {
    { "seek", iobase_seek, METH_FAST, NULL },
    { "tell", iobase_tell, METH_NOARGS, NULL },
    { "truncate", iobase_truncate, METH_FAST, NULL },
    { "flush", iobase_flush, METH_NOARGS, NULL },
    { "close", iobase_close, METH_NOARGS, NULL },
    { "seekable", iobase_false, METH_NOARGS, NULL },
    { "readable", iobase_false, METH_NOARGS, NULL },
    { "writable", iobase_false, METH_NOARGS, NULL },
    { "_checkClosed", iobase_check_closed_m, METH_NOARGS, NULL },
    { "_checkSeekable", iobase_check_seekable_m, METH_NOARGS, NULL },
    { "_checkReadable", iobase_check_readable_m, METH_NOARGS, NULL },
    { "_checkWritable", iobase_check_writable_m, METH_NOARGS, NULL },
    { "fileno", iobase_fileno, METH_NOARGS, NULL },
    { "isatty", iobase_isatty, METH_NOARGS, NULL },
    { "__enter__", iobase_enter, METH_NOARGS, NULL },
    { "__exit__", iobase_exit, METH_FAST, NULL },
    { "readline", iobase_readline, METH_FAST, NULL },
    { "readlines", iobase_readlines, METH_FAST, NULL },
    { "writelines", iobase_writelines, METH_O, NULL },
    { "__del__", iobase_del, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def iobase_getsets[] = {
    { "closed", iobase_get_closed, NULL, NULL },
    { "__dict__", iobase_get_dict, iobase_set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object io_iobase_type = {
    .new = iobase_new,
    .hdr = { &type_type, 0, 0 },
    .name = "_io._IOBase",
    .basicsize = sizeof(io_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .getattr = obj_generic_getattr,
    .trace = io_trace_head,
    .iter = iobase_iter,
    .iternext = iobase_next,
    .methods = iobase_methods,
    .getsets = iobase_getsets,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "The base of every stream: close() and closed, the context manager,\n"
        "iteration over lines, readline(), readlines() and writelines().",
};

/* -- _RawIOBase ------------------------------------------------------------- */

static value not_implemented(void)
{
    return exc_raise_value(v_from_obj(&exc_NotImplementedError));
}

static value rawiobase_read(value self, int argc, const value *argv, value kwnames)
{
    int64_t size;
    if (args_count("read", argc, 0, 1) < 0 || io_size_arg(argc ? argv[0] : V_NULL, -1, &size) < 0)
        return V_NULL;
    if (size < 0)
        return obj_call_method(self, "readall", 0, NULL);
    value b = bytearray_from(NULL, (size_t)size);
    if (!b)
        return V_NULL;
    value r = obj_call_method(self, "readinto", 1, &b);
    if (!r)
        return V_NULL;
    if (r == V_NONE)
        return V_NONE;
    int64_t n;
    if (args_index(r, &n) < 0)
        return V_NULL;
    if (n < 0 || n > size)
        return exc_raise(&exc_ValueError, "readinto returned %lld outside buffer size %lld", (long long)n,
                         (long long)size);
    bytearray_object *ba = v_bytearray(b);
    if ((size_t)n > ba->size)
        n = (int64_t)ba->size;
    return bytes_from(ba->data ? ba->data : "", (size_t)n);
}

static value rawiobase_readall(value self, int argc, const value *argv, value kwnames)
{
    strbuf sb;
    sb_init(&sb);
    bool any = false;
    for (;;) {
        value arg = v_small(IO_DEFAULT_BUFFER_SIZE);
        value data = obj_call_method(self, "read", 1, &arg);
        if (!data)
            goto fail;
        if (data == V_NONE) {
            if (!any) {
                sb_free(&sb);
                return V_NONE;
            }
            break;
        }
        if (!v_isinstance(data, &bytes_type)) {
            exc_raise(&exc_TypeError, "read() should return bytes");
            goto fail;
        }
        if (bytes_size(data) == 0)
            break;
        any = true;
        sb_append(&sb, bytes_data(data), bytes_size(data));
        if (sb.failed) {
            exc_no_memory();
            goto fail;
        }
    }
    value r = bytes_from(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
fail:
    sb_free(&sb);
    return V_NULL;
}

static value rawiobase_not_impl(value self, int argc, const value *argv, value kwnames)
{
    return not_implemented();
}

static const method_def rawiobase_methods[] = {
    { "read", rawiobase_read, METH_FAST, NULL },
    { "readall", rawiobase_readall, METH_NOARGS, NULL },
    { "readinto", rawiobase_not_impl, METH_FAST, NULL },
    { "write", rawiobase_not_impl, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

type_object io_rawiobase_type = {
    .new = iobase_new,
    .hdr = { &type_type, 0, 0 },
    .name = "_io._RawIOBase",
    .basicsize = sizeof(io_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .base = &io_iobase_type,
    .getattr = obj_generic_getattr,
    .trace = io_trace_head,
    .methods = rawiobase_methods,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "The base of raw binary streams: read() and readall() built on readinto().",
};

/* -- _BufferedIOBase -------------------------------------------------------- */

static value bufiobase_read(value self, int argc, const value *argv, value kwnames) { return io_unsupported("read"); }
static value bufiobase_read1(value self, int argc, const value *argv, value kwnames) { return io_unsupported("read1"); }
static value bufiobase_write(value self, int argc, const value *argv, value kwnames) { return io_unsupported("write"); }
static value bufiobase_detach(value self, int argc, const value *argv, value kwnames) { return io_unsupported("detach"); }

static value readinto_via(value self, value buf, const char *meth, const char *argname)
{
    char *d;
    size_t n;
    if (!io_buffer_writable(buf, &d, &n))
        return exc_raise(&exc_TypeError, "%s() argument must be read-write bytes-like object, not %s", argname,
                         v_type_name(buf));
    value arg = v_small((int64_t)n);
    value data = obj_call_method(self, meth, 1, &arg);
    if (!data)
        return V_NULL;
    if (!v_isinstance(data, &bytes_type))
        return exc_raise(&exc_TypeError, "read() should return bytes");
    size_t got = bytes_size(data);
    if (!io_buffer_writable(buf, &d, &n))   /* the call may have changed it */
        return exc_raise(&exc_ValueError, "buffer changed size during read");
    if (got > n)
        return exc_raise(&exc_ValueError, "read() returned too much data: %zu bytes requested, %zu returned", n,
                         got);
    if (got)
        memcpy(d, bytes_data(data), got);
    return v_small((int64_t)got);
}

static value bufiobase_readinto(value self, int argc, const value *argv, value kwnames)
{
    return readinto_via(self, argv[0], "read", "readinto");
}

static value bufiobase_readinto1(value self, int argc, const value *argv, value kwnames)
{
    return readinto_via(self, argv[0], "read1", "readinto1");
}

static const method_def bufiobase_methods[] = {
    { "detach", bufiobase_detach, METH_NOARGS, NULL },
    { "read", bufiobase_read, METH_FAST, NULL },
    { "read1", bufiobase_read1, METH_FAST, NULL },
    { "readinto", bufiobase_readinto, METH_O, NULL },
    { "readinto1", bufiobase_readinto1, METH_O, NULL },
    { "write", bufiobase_write, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

type_object io_bufferediobase_type = {
    .new = iobase_new,
    .hdr = { &type_type, 0, 0 },
    .name = "_io._BufferedIOBase",
    .basicsize = sizeof(io_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .base = &io_iobase_type,
    .getattr = obj_generic_getattr,
    .trace = io_trace_head,
    .methods = bufiobase_methods,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "The base of buffered binary streams: readinto() built on read().",
};

/* -- _TextIOBase ------------------------------------------------------------ */

static value textiobase_detach(value self, int argc, const value *argv, value kwnames) { return io_unsupported("detach"); }
static value textiobase_read(value self, int argc, const value *argv, value kwnames) { return io_unsupported("read"); }
static value textiobase_readline(value self, int argc, const value *argv, value kwnames) { return io_unsupported("readline"); }
static value textiobase_write(value self, int argc, const value *argv, value kwnames) { return io_unsupported("write"); }
static value textiobase_none(value self) { return V_NONE; }

static const method_def textiobase_methods[] = {
    { "detach", textiobase_detach, METH_NOARGS, NULL },
    { "read", textiobase_read, METH_FAST, NULL },
    { "readline", textiobase_readline, METH_FAST, NULL },
    { "write", textiobase_write, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def textiobase_getsets[] = {
    { "encoding", textiobase_none, NULL, NULL },
    { "newlines", textiobase_none, NULL, NULL },
    { "errors", textiobase_none, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object io_textiobase_type = {
    .new = iobase_new,
    .hdr = { &type_type, 0, 0 },
    .name = "_io._TextIOBase",
    .basicsize = sizeof(io_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .base = &io_iobase_type,
    .getattr = obj_generic_getattr,
    .trace = io_trace_head,
    .methods = textiobase_methods,
    .getsets = textiobase_getsets,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "The base of text streams.",
};

/* -- The module's part ------------------------------------------------------ */

static type_object *const base_types[] = {
    &io_iobase_type, &io_rawiobase_type, &io_bufferediobase_type, &io_textiobase_type, NULL,
};

/* io.UnsupportedOperation(OSError, ValueError), a class as io.py expects. */
static int make_unsupported(void)
{
    if (io_unsupported_operation)
        return 0;
    value name = str_from_cstr("UnsupportedOperation");
    value bases = tuple_pack(2, v_from_obj(&exc_OSError), v_from_obj(&exc_ValueError));
    value d = dict_new();
    value mod = str_from_cstr("io");
    if (!name || !bases || !d || !mod || dict_set_cstr(d, "__module__", mod) < 0)
        return -1;
    value cls = type_new_class(&type_type, name, bases, d, V_NULL, NULL);
    if (!cls)
        return -1;
    io_unsupported_operation = cls;
    gc_root(&io_unsupported_operation);
    return 0;
}

int io_base_init(value m)
{
    value d = module_dict(m);
    for (int i = 0; base_types[i]; i++) {
        type_object *t = base_types[i];
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return -1;
        if (dict_set_cstr(d, strrchr(t->name, '.') + 1, v_from_obj(t)) < 0)
            return -1;
    }
    /* registered when the module is made, at start-up (builtins.open),
     * so the flush runs after every other exit function (newest first),
     * atexit's callbacks included, as CPython's final collection does */
    static bool hooked;
    if (!hooked) {
        gc_add_weak_hook(live_prune);
        modules_register_exit(live_flush_at_exit);
        hooked = true;
    }
    if (make_unsupported() < 0 || dict_set_cstr(d, "UnsupportedOperation", io_unsupported_operation) < 0
        || dict_set_cstr(d, "BlockingIOError", v_from_obj(&exc_BlockingIOError)) < 0)
        return -1;
    return 0;
}
