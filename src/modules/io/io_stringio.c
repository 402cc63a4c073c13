/* _io's StringIO: an in-memory text stream. The text is kept as an array
 * of code points (not as a str), so that writing at the position, reading
 * from it and many small appends each cost only the size of the piece;
 * getvalue() builds the str (and keeps it until the next change). The
 * newline argument works as CPython's: None translates \r and \r\n to \n
 * when writing, '' only records which newlines were seen, '\r' and '\r\n'
 * replace \n when writing; reading splits lines accordingly. */
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"
#include "../../gc/gc.h"
#include "../../objects/dict.h"
#include "../../objects/int.h"
#include "../../objects/list.h"
#include "../../objects/module.h"
#include "../../objects/sequtil.h"
#include "../../objects/str.h"
#include "../../objects/tuple.h"
#include "../../unicode/unicode.h"
#include "../../vm/exc.h"

typedef struct stringio_object {
    io_object head;
    uint32_t *buf;        /* raw block of cap code points; len in use */
    size_t len, cap;
    int64_t pos;
    value decoder;        /* IncrementalNewlineDecoder for newline None or '', else V_NULL */
    value readnl;         /* the newline argument (str) or V_NULL for None */
    value writenl;        /* what \n becomes when writing, or V_NULL */
    value cache;          /* getvalue()'s last result while unchanged, or V_NULL */
    bool ready, closed, readuniversal, readtranslate;
} stringio_object;

#define SIO(v) ((stringio_object *)v_obj(v))

static void sio_trace(object *o, gc_tracer *t)
{
    stringio_object *s = (stringio_object *)o;
    io_trace_head(o, t);
    gc_mark_raw(t, s->buf);
    gc_mark_value(t, s->decoder);
    gc_mark_value(t, s->readnl);
    gc_mark_value(t, s->writenl);
    gc_mark_value(t, s->cache);
}

static int sio_check(value self)
{
    stringio_object *s = SIO(self);
    if (!s->ready) {
        exc_raise(&exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        exc_raise(&exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

#define CHECK(self)                 \
    do {                            \
        if (sio_check(self) < 0)    \
            return V_NULL;          \
    } while (0)

static int sio_reserve(stringio_object *s, size_t n)
{
    if (n <= s->cap)
        return 0;
    size_t cap = s->cap < 32 ? 32 : s->cap;
    while (cap < n)
        cap = cap > SIZE_MAX / 8 ? n : cap * 2;
    if (cap > gc_max_request() / sizeof(uint32_t)) {
        exc_no_memory();
        return -1;
    }
    uint32_t *b = s->buf ? gc_realloc_raw(s->buf, s->cap * sizeof(uint32_t), cap * sizeof(uint32_t))
                         : gc_alloc_raw(cap * sizeof(uint32_t));
    if (!b)
        return -1;
    s->buf = b;
    s->cap = cap;
    return 0;
}

/* The code points cps[0..n) as a str. */
static value cps_to_str(const uint32_t *cps, size_t n)
{
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = cps[i] < 0x80;
    size_t size = ascii ? n : n * 4;
    char small[256] = { 0 };
    char *d = size <= sizeof small ? small : malloc(size);
    if (!d)
        return exc_no_memory();
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (cps[i] < 0x80)
            d[k++] = (char)cps[i];
        else
            k += (size_t)utf8_encode(cps[i], d + k);
    }
    value r = str_from_utf8(d, k);
    if (d != small)
        free(d);
    return r;
}

/* Writes the str at the position (zero-filling a gap), advancing it. */
static int sio_put(value self, value str)
{
    stringio_object *s = SIO(self);
    size_t n = str_len(str);
    if (n == 0)
        return 0;
    size_t pos = (size_t)s->pos;
    if (pos > SIZE_MAX / 8 - n) {
        exc_no_memory();
        return -1;
    }
    if (sio_reserve(s, pos + n) < 0)
        return -1;
    if (pos > s->len)
        memset(s->buf + s->len, 0, (pos - s->len) * sizeof(uint32_t));
    const char *p = str_data(str);
    size_t size = str_size(str);
    uint32_t *dst = s->buf + pos;
    if (size == n) {
        for (size_t i = 0; i < n; i++)
            dst[i] = (unsigned char)p[i];
    } else {
        size_t i = 0, k = 0;
        while (i < size) {
            uint32_t cp;
            int used = utf8_decode(p + i, size - i, &cp);
            if (used <= 0) {
                cp = (unsigned char)p[i];
                used = 1;
            }
            dst[k++] = cp;
            i += (size_t)used;
        }
    }
    if (pos + n > s->len)
        s->len = pos + n;
    s->pos = (int64_t)(pos + n);
    s->cache = V_NULL;
    return 0;
}

/* s.replace("\n", nl). */
static value replace_lf(value str, value nl)
{
    const char *p = str_data(str);
    size_t n = str_size(str), nls = str_size(nl), count = 0;
    for (size_t i = 0; i < n; i++)
        count += p[i] == '\n';
    if (!count)
        return str;
    char *d = malloc(n + count * nls);
    if (!d)
        return exc_no_memory();
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') {
            memcpy(d + k, str_data(nl), nls);
            k += nls;
        } else {
            d[k++] = p[i];
        }
    }
    value r = str_from_utf8(d, k);
    free(d);
    return r;
}

/* The newline handling of a write, then the write. */
static int sio_write_str(value self, value str)
{
    stringio_object *s = SIO(self);
    if (!v_is_str(str) && !(str = str_from_utf8(str_data(str), str_size(str))))
        return -1;
    if (s->decoder && !(str = io_nldecoder_decode(s->decoder, str, true)))
        return -1;
    if (s->writenl && !(str = replace_lf(str, s->writenl)))
        return -1;
    return sio_put(self, str);
}

static value sio_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return io_alloc(type, sizeof(stringio_object));
}

/* The newline argument as a C string (NULL for None), validated. CPython
 * reads it as a C string, so text after an embedded NUL is ignored. */
static int parse_newline(value nl, const char **out)
{
    *out = NULL;
    if (!nl || nl == V_NONE)
        return 0;
    if (!v_isinstance(nl, &str_type)) {
        exc_raise(&exc_TypeError, "newline must be str or None, not %s", v_type_name(nl));
        return -1;
    }
    const char *c = str_data(nl);
    if (strcmp(c, "") && strcmp(c, "\n") && strcmp(c, "\r") && strcmp(c, "\r\n")) {
        exc_raise(&exc_ValueError, "illegal newline value: %R", nl);
        return -1;
    }
    *out = c;
    return 0;
}

static int sio_setup(value self, value initial, value newline)
{
    stringio_object *s = SIO(self);
    const char *nl;
    if (parse_newline(newline, &nl) < 0)
        return -1;
    if (initial && initial != V_NONE && !v_isinstance(initial, &str_type)) {
        exc_raise(&exc_TypeError, "initial_value must be str or None, not %s", v_type_name(initial));
        return -1;
    }
    s->ready = false;
    s->decoder = s->readnl = s->writenl = s->cache = V_NULL;
    if (nl && !(s->readnl = str_from_cstr(nl)))
        return -1;
    s->readuniversal = !nl || !nl[0];
    s->readtranslate = !nl;
    if (nl && nl[0] == '\r')
        s->writenl = s->readnl;
    if (s->readuniversal && !(s->decoder = io_nldecoder_new(V_NONE, s->readtranslate)))
        return -1;
    s->len = 0;
    s->pos = 0;
    s->closed = false;
    s->ready = true;
    if (initial && initial != V_NONE && str_len(initial) > 0) {
        if (sio_write_str(self, initial) < 0)
            return -1;
        s->pos = 0;
    }
    return 0;
}

static int sio_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "initial_value", "newline" };
    value a[2];
    if (num_parse_args("StringIO", argc, argv, kwnames, names, 2, 2, 0, a) < 0)
        return -1;
    if (!a[1]) {
        if (!(a[1] = str_from_cstr("\n")))
            return -1;
    }
    return sio_setup(self, a[0], a[1]);
}

static value sio_read_n(value self, int64_t size)
{
    stringio_object *s = SIO(self);
    int64_t avail = (int64_t)s->len - s->pos;
    if (avail <= 0)
        return str_from_cstr("");
    if (size < 0 || size > avail)
        size = avail;
    if (s->pos == 0 && size == (int64_t)s->len && s->cache) {
        s->pos = size;
        return s->cache;
    }
    value r = cps_to_str(s->buf + s->pos, (size_t)size);
    if (r)
        s->pos += size;
    return r;
}

static value sio_read(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("StringIO.read", kwnames) < 0 || args_count("read", argc, 0, 1) < 0)
        return V_NULL;
    int64_t size = -1;
    if (argc && io_size_arg(argv[0], -1, &size) < 0)
        return V_NULL;
    CHECK(self);
    return sio_read_n(self, size);
}

/* The length of the next line (its newline included) from the position,
 * at most limit (< 0: no limit), per the newline mode. */
static int64_t sio_line_len(value self, int64_t limit)
{
    stringio_object *s = SIO(self);
    if (s->pos >= (int64_t)s->len)
        return 0;
    const uint32_t *p = s->buf + s->pos;
    size_t n = s->len - (size_t)s->pos;
    if (limit >= 0 && (uint64_t)limit < n)
        n = (size_t)limit;
    if (s->readtranslate) {
        for (size_t i = 0; i < n; i++)
            if (p[i] == '\n')
                return (int64_t)i + 1;
    } else if (s->readuniversal) {
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n')
                return (int64_t)i + 1;
            if (p[i] == '\r')
                return (int64_t)i + (i + 1 < n && p[i + 1] == '\n' ? 2 : 1);
        }
    } else {
        const char *nl = str_data(s->readnl);
        size_t k = strlen(nl);
        for (size_t i = 0; i + k <= n; i++) {
            if (p[i] == (unsigned char)nl[0] && (k == 1 || p[i + 1] == (unsigned char)nl[1]))
                return (int64_t)(i + k);
        }
    }
    return (int64_t)n;
}

static value sio_readline(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("StringIO.readline", kwnames) < 0 || args_count("readline", argc, 0, 1) < 0)
        return V_NULL;
    int64_t size = -1;
    if (argc && io_size_arg(argv[0], -1, &size) < 0)
        return V_NULL;
    CHECK(self);
    return sio_read_n(self, sio_line_len(self, size));
}

static value sio_write(value self, int argc, const value *argv, value kwnames)
{
    if (io_one_arg("StringIO.write", argc, kwnames) < 0)
        return V_NULL;
    if (!SIO(self)->ready)
        return exc_raise(&exc_ValueError, "I/O operation on uninitialized object");
    if (!v_isinstance(argv[0], &str_type))
        return exc_raise(&exc_TypeError, "string argument expected, got '%s'", v_type_name(argv[0]));
    CHECK(self);
    size_t n = str_len(argv[0]);
    if (n && sio_write_str(self, argv[0]) < 0)
        return V_NULL;
    return int_from_i64((int64_t)n);
}

static value sio_seek(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("StringIO.seek", kwnames) < 0 || args_count("seek", argc, 1, 2) < 0)
        return V_NULL;
    int64_t pos, whence = 0;
    if (args_index(argv[0], &pos) < 0 || (argc > 1 && args_index(argv[1], &whence) < 0))
        return V_NULL;
    CHECK(self);
    stringio_object *s = SIO(self);
    if (whence < 0 || whence > 2)
        return exc_raise(&exc_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (pos < 0 && whence == 0)
        return exc_raise(&exc_ValueError, "Negative seek position %lld", (long long)pos);
    if (whence != 0 && pos != 0)
        return exc_raise(&exc_OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 1)
        pos = s->pos;
    else if (whence == 2)
        pos = (int64_t)s->len;
    s->pos = pos;
    return int_from_i64(pos);
}

static value sio_tell(value self, int argc, const value *argv, value kwnames)
{
    CHECK(self);
    return int_from_i64(SIO(self)->pos);
}

static value sio_truncate(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("StringIO.truncate", kwnames) < 0 || args_count("truncate", argc, 0, 1) < 0)
        return V_NULL;
    CHECK(self);
    stringio_object *s = SIO(self);
    int64_t size = s->pos;
    if (argc && io_size_arg(argv[0], size, &size) < 0)
        return V_NULL;
    CHECK(self);
    if (size < 0)
        return exc_raise(&exc_ValueError, "Negative size value %lld", (long long)size);
    if ((uint64_t)size < s->len) {
        s->len = (size_t)size;
        s->cache = V_NULL;
    }
    return int_from_i64(size);
}

static value sio_getvalue(value self, int argc, const value *argv, value kwnames)
{
    CHECK(self);
    stringio_object *s = SIO(self);
    if (!s->cache && !(s->cache = cps_to_str(s->buf, s->len)))
        return V_NULL;
    return s->cache;
}

static value sio_true(value self, int argc, const value *argv, value kwnames)
{
    CHECK(self);
    return V_TRUE;
}

static value sio_close(value self, int argc, const value *argv, value kwnames)
{
    stringio_object *s = SIO(self);
    s->closed = true;
    s->buf = NULL;
    s->len = s->cap = 0;
    s->cache = V_NULL;
    return V_NONE;
}

static value sio_get_closed(value self)
{
    if (!SIO(self)->ready)
        return exc_raise(&exc_ValueError, "I/O operation on uninitialized object");
    return v_bool(SIO(self)->closed);
}

static value sio_get_line_buffering(value self)
{
    CHECK(self);
    return V_FALSE;
}

static value sio_get_newlines(value self)
{
    CHECK(self);
    stringio_object *s = SIO(self);
    return s->decoder ? io_nldecoder_newlines(s->decoder) : V_NONE;
}

static value sio_getstate(value self, int argc, const value *argv, value kwnames)
{
    value v = sio_getvalue(self, 0, NULL, V_NULL);
    if (!v)
        return V_NULL;
    stringio_object *s = SIO(self);
    inst_attrs *a = inst_attrs_of(self);
    value d = V_NONE;
    if (a->dict || (a->shape && a->shape->count > 0)) {
        value mine = inst_get_dict(self);
        if (!mine || !(d = dict_copy(mine)))
            return V_NULL;
    }
    value pos = int_from_i64(s->pos);
    return pos ? tuple_pack(4, v, s->readnl ? s->readnl : V_NONE, pos, d) : V_NULL;
}

static value sio_setstate(value self, int argc, const value *argv, value kwnames)
{
    value st = argv[0];
    if (!v_isinstance(st, &tuple_type) || tuple_len(st) < 4)
        return exc_raise(&exc_TypeError, "%s.__setstate__ argument should be 4-tuple, got %s",
                         v_type_name(self), v_type_name(st));
    if (SIO(self)->closed)
        return exc_raise(&exc_ValueError, "I/O operation on closed file");
    value text = tuple_get(st, 0), pos = tuple_get(st, 2), dict = tuple_get(st, 3);
    /* __init__ with the value and newline validates them; then the value
     * replaces the content untranslated: it was translated when saved */
    if (sio_setup(self, text, tuple_get(st, 1)) < 0)
        return V_NULL;
    stringio_object *s = SIO(self);
    s->len = 0;
    s->pos = 0;
    if (text != V_NONE) {
        if (!v_is_str(text) && !(text = str_from_utf8(str_data(text), str_size(text))))
            return V_NULL;
        if (sio_put(self, text) < 0)
            return V_NULL;
    }
    if (!v_isinstance(pos, &int_type))
        return exc_raise(&exc_TypeError, "third item of state must be an integer, got %s", v_type_name(pos));
    int64_t p;
    if (args_index(pos, &p) < 0)
        return V_NULL;
    if (p < 0)
        return exc_raise(&exc_ValueError, "position value cannot be negative");
    s->pos = p;
    if (dict != V_NONE) {
        if (!v_isinstance(dict, &dict_type))
            return exc_raise(&exc_TypeError, "fourth item of state should be a dict, got a %s",
                             v_type_name(dict));
        value mine = inst_get_dict(self);
        if (!mine || dict_update(mine, dict) < 0)
            return V_NULL;
    }
    return V_NONE;
}

static value sio_iter(value self)
{
    if (!SIO(self)->ready)
        return exc_raise(&exc_ValueError, "I/O operation on uninitialized object");
    if (SIO(self)->closed)
        return io_closed_error();
    return self;
}

static value sio_next(value self)
{
    value line;
    if (v_type(self) == &io_stringio_type) {
        CHECK(self);
        line = sio_read_n(self, sio_line_len(self, -1));
    } else {
        line = obj_call_method(self, "readline", 0, NULL);
        if (line && !v_isinstance(line, &str_type))
            return exc_raise(&exc_OSError, "readline() should have returned a str object, not '%s'",
                             v_type_name(line));
    }
    if (!line || str_size(line) == 0)
        return V_NULL;
    return line;
}

static const getset_def sio_getsets[] = {
    { "closed", sio_get_closed, NULL, NULL },
    { "line_buffering", sio_get_line_buffering, NULL, NULL },
    { "newlines", sio_get_newlines, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def sio_methods[] = {
    { "read", sio_read, METH_FAST, "Read at most size characters, returned as a string." },
    { "readline", sio_readline, METH_FAST, "Read until newline or EOF." },
    { "write", sio_write, METH_FAST, "Write string to file." },
    { "seek", sio_seek, METH_FAST, "Change stream position." },
    { "tell", sio_tell, METH_NOARGS, "Tell the current file position." },
    { "truncate", sio_truncate, METH_FAST, "Truncate size to pos." },
    { "getvalue", sio_getvalue, METH_NOARGS, "Retrieve the entire contents of the object." },
    { "readable", sio_true, METH_NOARGS, "Returns True if the IO object can be read." },
    { "writable", sio_true, METH_NOARGS, "Returns True if the IO object can be written." },
    { "seekable", sio_true, METH_NOARGS, "Returns True if the IO object can be seeked." },
    { "close", sio_close, METH_NOARGS, "Close the IO object." },
    { "__getstate__", sio_getstate, METH_NOARGS, NULL },
    { "__setstate__", sio_setstate, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object io_stringio_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io.StringIO",
    .basicsize = sizeof(stringio_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .base = &io_textiobase_type,
    .trace = sio_trace,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .iter = sio_iter,
    .iternext = sio_next,
    .new = sio_new,
    .init = sio_init,
    .methods = sio_methods,
    .getsets = sio_getsets,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "Text I/O implementation using an in-memory buffer.",
};

int io_stringio_init(value m)
{
    if (!(io_stringio_type.flags & TYPE_READY) && type_ready(&io_stringio_type) < 0)
        return -1;
    return dict_set_cstr(module_dict(m), "StringIO", v_from_obj(&io_stringio_type));
}
