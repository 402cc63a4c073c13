/* _io's IncrementalNewlineDecoder and TextIOWrapper: text over a buffered
 * binary stream. The newline decoder wraps any incremental decoder (or
 * none: StringIO feeds it str) and turns \r\n and \r into \n when asked,
 * holding back a final \r until it knows whether \n follows.
 * TextIOWrapper decodes through an io_codec (io_textcodec.c) and, when
 * reading universal newlines, a newline decoder over None; it keeps the
 * decoded text of the last chunk and a snapshot (decoder state, bytes fed
 * since) from which tell() rebuilds CPython's opaque cookie: the byte
 * position of a point where the decoder state is known, plus the state,
 * the bytes to feed and the characters to skip from there. Writes are
 * encoded at once and collected until a chunk's worth is pending. Methods
 * of the buffer are called by name, so any binary stream object works. */
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"
#include "../../gc/gc.h"
#include "../../objects/bytearray.h"
#include "../../objects/bytes.h"
#include "../../objects/codecs.h"
#include "../../objects/list.h"
#include "../../objects/dict.h"
#include "../../objects/int.h"
#include "../../objects/module.h"
#include "../../objects/sequtil.h"
#include "../../objects/str.h"
#include "../../objects/tuple.h"
#include "../../unicode/unicode.h"
#include "../../vm/exc.h"

/* -- IncrementalNewlineDecoder ----------------------------------------------- */

enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

typedef struct nldecoder_object {
    object hdr;
    value decoder;     /* None, or an object with decode/getstate/setstate/reset */
    value errors;
    bool translate, pendingcr, ready;
    int seennl;
} nldecoder_object;

#define NLD(v) ((nldecoder_object *)v_obj(v))

static void nld_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((nldecoder_object *)o)->decoder);
    gc_mark_value(t, ((nldecoder_object *)o)->errors);
}

static value nld_new(type_object *type, int argc, const value *argv, value kwnames)
{
    object *o = seq_alloc(type, sizeof(nldecoder_object), 0);
    if (!o)
        return V_NULL;
    ((nldecoder_object *)o)->decoder = V_NONE;
    ((nldecoder_object *)o)->errors = V_NONE;
    return v_from_obj(o);
}

static int nld_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "decoder", "translate", "errors" };
    value a[3];
    if (num_parse_args("IncrementalNewlineDecoder", argc, argv, kwnames, names, 3, 3, 2, a) < 0)
        return -1;
    int64_t tr;
    if (args_index(a[1], &tr) < 0)
        return -1;
    nldecoder_object *d = NLD(self);
    d->decoder = a[0];
    if (a[2])
        d->errors = a[2];
    else if (!(d->errors = str_intern_cstr("strict")))
        return -1;
    d->translate = tr != 0;
    d->pendingcr = false;
    d->seennl = 0;
    d->ready = true;
    return 0;
}

value io_nldecoder_new(value decoder, bool translate)
{
    value self = nld_new(&io_newlinedecoder_type, 0, NULL, V_NULL);
    if (!self)
        return V_NULL;
    nldecoder_object *d = NLD(self);
    d->decoder = decoder;
    if (!(d->errors = str_intern_cstr("strict")))
        return V_NULL;
    d->translate = translate;
    d->ready = true;
    return self;
}

static int nld_check(value self)
{
    if (!NLD(self)->ready) {
        exc_raise(&exc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
        return -1;
    }
    return 0;
}

/* \r\n and lone \r as \n, in a fresh str. */
static value translate_newlines(value s)
{
    const char *p = str_data(s);
    size_t n = str_size(s);
    char *buf = malloc(n ? n : 1);
    if (!buf)
        return exc_no_memory();
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r') {
            buf[k++] = '\n';
            if (i + 1 < n && p[i + 1] == '\n')
                i++;
        } else {
            buf[k++] = p[i];
        }
    }
    value r = str_from_utf8(buf, k);
    free(buf);
    return r;
}

/* The newline handling of one decoded piece `out` (a str). */
static value nld_process(nldecoder_object *d, value out, bool final)
{
    if (d->pendingcr && (final || str_size(out) > 0)) {
        value cr = str_from_utf8("\r", 1);
        if (!cr || !(out = str_concat(cr, out)))
            return V_NULL;
        d->pendingcr = false;
    }
    size_t n = str_size(out);
    if (!final && n > 0 && str_data(out)[n - 1] == '\r') {
        if (!(out = str_from_utf8(str_data(out), n - 1)))
            return V_NULL;
        d->pendingcr = true;
        n--;
    }
    const char *p = str_data(out);
    const char *cr = memchr(p, '\r', n);
    if (!cr) {
        if (memchr(p, '\n', n))
            d->seennl |= SEEN_LF;
        return out;
    }
    bool lf = false, lone_cr = false, crlf = false;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') {
            lf = true;
        } else if (p[i] == '\r') {
            if (i + 1 < n && p[i + 1] == '\n') {
                crlf = true;
                i++;
            } else {
                lone_cr = true;
            }
        }
    }
    d->seennl |= (lf ? SEEN_LF : 0) | (lone_cr ? SEEN_CR : 0) | (crlf ? SEEN_CRLF : 0);
    return d->translate ? translate_newlines(out) : out;
}

value io_nldecoder_decode(value self, value input, bool final)
{
    nldecoder_object *d = NLD(self);
    value out = input;
    if (d->decoder != V_NONE) {
        value args[2] = { input, v_bool(final) };
        value kw = tuple_pack(1, str_intern_cstr("final"));
        value m = kw ? obj_getattr_cstr(d->decoder, "decode") : V_NULL;
        if (!m || !(out = obj_call(m, 1, args, kw)))
            return V_NULL;
    }
    if (!v_isinstance(out, &str_type))
        return exc_raise(&exc_TypeError, "decoder should return a string result, not '%s'", v_type_name(out));
    if (!v_is_str(out) && !(out = str_from_utf8(str_data(out), str_size(out))))
        return V_NULL;
    return nld_process(d, out, final);
}

static value nld_decode(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "input", "final" };
    value a[2];
    if (num_parse_args("decode", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    int64_t final = 0;
    if (a[1] && args_index(a[1], &final) < 0)
        return V_NULL;
    if (nld_check(self) < 0)
        return V_NULL;
    return io_nldecoder_decode(self, a[0], final != 0);
}

/* The wrapped decoder's (buffer, flag) with our pending \r as bit 0. */
static value nld_state_get(value self)
{
    nldecoder_object *d = NLD(self);
    value buf;
    int64_t flag = 0;
    if (d->decoder != V_NONE) {
        value st = obj_call_method(d->decoder, "getstate", 0, NULL);
        if (!st)
            return V_NULL;
        if (!v_isinstance(st, &tuple_type) || tuple_len(st) != 2
            || !v_isinstance(tuple_get(st, 1), &int_type))
            return exc_raise(&exc_TypeError, "illegal decoder state");
        buf = tuple_get(st, 0);
        if (int_as_i64(tuple_get(st, 1), &flag) < 0)
            return V_NULL;
    } else if (!(buf = bytes_from("", 0))) {
        return V_NULL;
    }
    flag = (int64_t)((uint64_t)flag << 1) | (d->pendingcr ? 1 : 0);
    value f = int_from_i64(flag);
    return f ? tuple_pack(2, buf, f) : V_NULL;
}

static value nld_getstate(value self, int argc, const value *argv, value kwnames)
{
    if (nld_check(self) < 0)
        return V_NULL;
    return nld_state_get(self);
}

static int nld_state_set(value self, value state)
{
    nldecoder_object *d = NLD(self);
    if (!v_isinstance(state, &tuple_type)) {
        exc_raise(&exc_TypeError, "state argument must be a tuple");
        return -1;
    }
    int64_t flag;
    if (tuple_len(state) != 2 || !v_isinstance(tuple_get(state, 1), &int_type)) {
        exc_raise(&exc_TypeError, "setstate(): illegal state argument");
        return -1;
    }
    if (int_as_i64(tuple_get(state, 1), &flag) < 0)
        return -1;
    d->pendingcr = flag & 1;
    if (d->decoder != V_NONE) {
        value f = int_from_i64(flag >> 1);
        value st = f ? tuple_pack(2, tuple_get(state, 0), f) : V_NULL;
        if (!st || !obj_call_method(d->decoder, "setstate", 1, &st))
            return -1;
    }
    return 0;
}

static value nld_setstate(value self, int argc, const value *argv, value kwnames)
{
    if (nld_check(self) < 0 || nld_state_set(self, argv[0]) < 0)
        return V_NULL;
    return V_NONE;
}

static int nld_state_reset(value self)
{
    nldecoder_object *d = NLD(self);
    d->seennl = 0;
    d->pendingcr = false;
    if (d->decoder != V_NONE && !obj_call_method(d->decoder, "reset", 0, NULL))
        return -1;
    return 0;
}

static value nld_reset(value self, int argc, const value *argv, value kwnames)
{
    if (nld_check(self) < 0 || nld_state_reset(self) < 0)
        return V_NULL;
    return V_NONE;
}

value io_nldecoder_newlines(value self)
{
    switch (NLD(self)->seennl) {
    case SEEN_LF: return str_from_cstr("\n");
    case SEEN_CR: return str_from_cstr("\r");
    case SEEN_CRLF: return str_from_cstr("\r\n");
    case SEEN_LF | SEEN_CR: return tuple_pack(2, str_from_cstr("\r"), str_from_cstr("\n"));
    case SEEN_LF | SEEN_CRLF: return tuple_pack(2, str_from_cstr("\n"), str_from_cstr("\r\n"));
    case SEEN_CR | SEEN_CRLF: return tuple_pack(2, str_from_cstr("\r"), str_from_cstr("\r\n"));
    case SEEN_LF | SEEN_CR | SEEN_CRLF:
        return tuple_pack(3, str_from_cstr("\r"), str_from_cstr("\n"), str_from_cstr("\r\n"));
    default: return V_NONE;
    }
}

static value nld_get_newlines(value self)
{
    if (nld_check(self) < 0)
        return V_NULL;
    return io_nldecoder_newlines(self);
}

static const getset_def nld_getsets[] = {
    { "newlines", nld_get_newlines, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def nld_methods[] = {
    { "decode", nld_decode, METH_KEYWORDS, NULL },
    { "getstate", nld_getstate, METH_NOARGS, NULL },
    { "setstate", nld_setstate, METH_O, NULL },
    { "reset", nld_reset, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object io_newlinedecoder_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io.IncrementalNewlineDecoder",
    .basicsize = sizeof(nldecoder_object),
    .flags = TYPE_BASETYPE,
    .trace = nld_trace,
    .getattr = obj_generic_getattr,
    .new = nld_new,
    .init = nld_init,
    .methods = nld_methods,
    .getsets = nld_getsets,
    .doc = "Codec used when reading a file in universal newlines mode.\n\n"
           "It wraps another incremental decoder, translating \\r\\n and \\r into \\n.\n"
           "It also records the types of newlines encountered.  When used with\n"
           "translate=False, it ensures that the newline sequence is returned in\n"
           "one piece. When used with decoder=None, it expects unicode strings as\n"
           "decode input and translates newlines without first invoking an external\n"
           "decoder.",
};

/* -- TextIOWrapper ------------------------------------------------------------ */

typedef struct textio_object {
    io_object head;
    value buffer;            /* V_NULL when detached or not initialised */
    value encoding, errors;  /* str */
    io_codec codec;
    bool has_decoder, has_encoder;
    value nl;                /* the newline layer (an IncrementalNewlineDecoder over
                              * None) when reading universal newlines, else V_NULL */
    value readnl;            /* the newline argument, V_NULL for None */
    const char *writenl;     /* what \n becomes when writing, or NULL */
    bool readuniversal, readtranslate, writetranslate;
    bool line_buffering, write_through;
    bool ok, detached, seekable, telling, has_read1;
    value decoded;           /* decoded text not yet returned (from dec_used on), or V_NULL */
    size_t dec_used, dec_used_b;   /* code points / bytes of it already returned */
    value snap_input;        /* snapshot: the bytes fed since the decoder state snap_flags,
                              * or V_NULL for no snapshot */
    int64_t snap_flags;
    double b2cratio;
    int64_t chunk_size;
    value pending;           /* list of encoded bytes not yet written, or V_NULL */
    int64_t pending_count;
} textio_object;

#define TW(v) ((textio_object *)v_obj(v))

static void tw_trace(object *o, gc_tracer *t)
{
    textio_object *w = (textio_object *)o;
    io_trace_head(o, t);
    gc_mark_value(t, w->buffer);
    gc_mark_value(t, w->encoding);
    gc_mark_value(t, w->errors);
    io_codec_trace(&w->codec, t);
    gc_mark_value(t, w->nl);
    gc_mark_value(t, w->readnl);
    gc_mark_value(t, w->decoded);
    gc_mark_value(t, w->snap_input);
    gc_mark_value(t, w->pending);
}

static int tw_check_attached(value self)
{
    textio_object *w = TW(self);
    if (!w->ok) {
        exc_raise(&exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (w->detached) {
        exc_raise(&exc_ValueError, "underlying buffer has been detached");
        return -1;
    }
    return 0;
}

#define CHECK_ATTACHED(self)                \
    do {                                    \
        if (tw_check_attached(self) < 0)    \
            return V_NULL;                  \
    } while (0)

/* buffer.name(*args); the buffer is looked up at each call since Python
 * code run meanwhile (a codec, __index__, the buffer itself) may have
 * detached it. */
static value tw_buf_call(textio_object *w, const char *name, int argc, const value *argv)
{
    if (!w->buffer)
        return exc_raise(&exc_ValueError, "underlying buffer has been detached");
    return obj_call_method(w->buffer, name, argc, argv);
}

static value tw_buf_attr(textio_object *w, const char *name)
{
    if (!w->buffer)
        return exc_raise(&exc_ValueError, "underlying buffer has been detached");
    return obj_getattr_cstr(w->buffer, name);
}

/* self.closed, through the buffer for the exact type. */
static int tw_is_closed(value self)
{
    value c = v_type(self) == &io_textiowrapper_type ? tw_buf_attr(TW(self), "closed")
                                                      : obj_getattr_cstr(self, "closed");
    return c ? obj_truthy(c) : -1;
}

static int tw_check_closed(value self)
{
    int c = tw_is_closed(self);
    if (c < 0)
        return -1;
    if (c) {
        io_closed_error();
        return -1;
    }
    return 0;
}

#define CHECK_CLOSED(self)                  \
    do {                                    \
        if (tw_check_closed(self) < 0)      \
            return V_NULL;                  \
    } while (0)

/* -- the decoder: the codec, then the newline layer -- */

static value tw_decode(textio_object *w, value input, bool final)
{
    value s = io_codec_decode(&w->codec, input, final);
    if (!s)
        return V_NULL;
    if (!v_isinstance(s, &str_type))
        return exc_raise(&exc_TypeError, "decoder should return a string result, not '%s'", v_type_name(s));
    if (!v_is_str(s) && !(s = str_from_utf8(str_data(s), str_size(s))))
        return V_NULL;
    return w->nl ? nld_process(NLD(w->nl), s, final) : s;
}

static int tw_dec_getstate(textio_object *w, value *buf, int64_t *flags)
{
    value st = io_codec_getstate(&w->codec);
    if (!st)
        return -1;
    if (!v_isinstance(st, &tuple_type) || tuple_len(st) != 2) {
        exc_raise(&exc_TypeError, "illegal decoder state");
        return -1;
    }
    *buf = tuple_get(st, 0);
    if (!v_isinstance(*buf, &bytes_type)) {
        exc_raise(&exc_TypeError, "illegal decoder state: the first item should be a bytes object, not '%s'",
                  v_type_name(*buf));
        return -1;
    }
    if (!v_isinstance(tuple_get(st, 1), &int_type)) {
        exc_raise(&exc_TypeError, "illegal decoder state");
        return -1;
    }
    if (int_as_i64(tuple_get(st, 1), flags) < 0)
        return -1;
    if (w->nl)
        *flags = (int64_t)((uint64_t)*flags << 1) | NLD(w->nl)->pendingcr;
    return 0;
}

static int tw_dec_setstate(textio_object *w, value buf, int64_t flags)
{
    if (w->nl) {
        NLD(w->nl)->pendingcr = flags & 1;
        flags >>= 1;
    }
    return io_codec_setstate(&w->codec, buf, flags);
}

static int tw_dec_reset(textio_object *w)
{
    if (w->nl) {
        NLD(w->nl)->pendingcr = false;
        NLD(w->nl)->seennl = 0;
    }
    return io_codec_reset(&w->codec);
}

/* -- decoded text -- */

static void tw_set_decoded(textio_object *w, value s)
{
    w->decoded = s;
    w->dec_used = w->dec_used_b = 0;
}

static size_t tw_avail(textio_object *w)
{
    return w->decoded ? str_len(w->decoded) - w->dec_used : 0;
}

/* Byte offset k code points after byte offset b in s. */
static size_t text_advance(value s, size_t b, size_t k)
{
    if (str_len(s) == str_size(s))
        return b + k;
    const unsigned char *p = (const unsigned char *)str_data(s);
    size_t n = str_size(s);
    while (k && b < n) {
        b++;
        while (b < n && (p[b] & 0xC0) == 0x80)
            b++;
        k--;
    }
    return b;
}

static size_t text_cps_between(value s, size_t b0, size_t b1)
{
    if (str_len(s) == str_size(s))
        return b1 - b0;
    return utf8_count(str_data(s) + b0, b1 - b0);
}

static value text_range(value s, size_t b0, size_t b1)
{
    if (b0 == 0 && b1 == str_size(s))
        return s;
    return str_from_utf8(str_data(s) + b0, b1 - b0);
}

/* Up to n (< 0: all) of the decoded characters, consumed. */
static value tw_take_decoded(textio_object *w, int64_t n)
{
    size_t avail = tw_avail(w);
    if (avail == 0)
        return str_from_cstr("");
    if (n < 0 || (uint64_t)n > avail)
        n = (int64_t)avail;
    size_t b1 = text_advance(w->decoded, w->dec_used_b, (size_t)n);
    value r = text_range(w->decoded, w->dec_used_b, b1);
    if (r) {
        w->dec_used += (size_t)n;
        w->dec_used_b = b1;
    }
    return r;
}

/* -- writing -- */

static int tw_writeflush(textio_object *w)
{
    if (!w->pending)
        return 0;
    value pending = w->pending;
    w->pending = V_NULL;
    w->pending_count = 0;
    value b;
    if (list_len(pending) == 1) {
        b = list_get(pending, 0);
    } else {
        value empty = bytes_from("", 0);
        b = empty ? obj_call_method(empty, "join", 1, &pending) : V_NULL;
        if (!b)
            return -1;
    }
    value r = tw_buf_call(w, "write", 1, &b);
    return r ? 0 : -1;
}

static value tw_write(value self, int argc, const value *argv, value kwnames)
{
    if (io_one_arg("TextIOWrapper.write", argc, kwnames) < 0)
        return V_NULL;
    CHECK_ATTACHED(self);
    textio_object *w = TW(self);
    value text = argv[0];
    if (!v_isinstance(text, &str_type))
        return exc_raise(&exc_TypeError, "write() argument must be str, not %s", v_type_name(text));
    CHECK_CLOSED(self);
    if (!w->has_encoder)
        return io_unsupported("not writable");
    if (!v_is_str(text) && !(text = str_from_utf8(str_data(text), str_size(text))))
        return V_NULL;
    size_t text_len = str_len(text);
    bool haslf = false;
    if ((w->writetranslate && w->writenl) || w->line_buffering)
        haslf = memchr(str_data(text), '\n', str_size(text)) != NULL;
    if (haslf && w->writetranslate && w->writenl) {
        value nl = str_from_cstr(w->writenl);
        value lf = str_from_cstr("\n");
        value args[2] = { lf, nl };
        if (!nl || !lf || !(text = obj_call_method(text, "replace", 2, args)))
            return V_NULL;
    }
    bool needflush = w->line_buffering && (haslf || memchr(str_data(text), '\r', str_size(text)));
    value b = io_codec_encode(&w->codec, text);
    if (!b)
        return V_NULL;
    if (!v_isinstance(b, &bytes_type))
        return exc_raise(&exc_TypeError, "encoder should return a bytes object, not '%s'", v_type_name(b));
    int64_t blen = (int64_t)bytes_size(b);
    if (w->pending && w->pending_count + blen > w->chunk_size && tw_writeflush(w) < 0)
        return V_NULL;
    if (!w->pending && !(w->pending = list_new(0)))
        return V_NULL;
    if (list_append(w->pending, b) < 0)
        return V_NULL;
    w->pending_count += blen;
    if ((w->pending_count >= w->chunk_size || needflush || w->write_through) && tw_writeflush(w) < 0)
        return V_NULL;
    if (needflush && !tw_buf_call(w, "flush", 0, NULL))
        return V_NULL;
    tw_set_decoded(w, V_NULL);
    w->snap_input = V_NULL;
    if (w->has_decoder && tw_dec_reset(w) < 0)
        return V_NULL;
    return int_from_i64((int64_t)text_len);
}

/* -- reading -- */

/* Reads and decodes one chunk: 1, 0 at the end of the stream, -1 on error. */
static int tw_read_chunk(value self, int64_t size_hint)
{
    textio_object *w = TW(self);
    if (!w->has_decoder) {
        io_unsupported("not readable");
        return -1;
    }
    value dec_buf = V_NULL;
    int64_t dec_flags = 0;
    if (w->telling && tw_dec_getstate(w, &dec_buf, &dec_flags) < 0)
        return -1;
    if (size_hint > 0) {
        double r = (w->b2cratio > 1.0 ? w->b2cratio : 1.0) * (double)size_hint;
        size_hint = r < 4e18 ? (int64_t)r : (int64_t)4e18;
    }
    int64_t chunk = size_hint > w->chunk_size ? size_hint : w->chunk_size;
    value n = int_from_i64(chunk);
    if (!n)
        return -1;
    const char *meth = w->has_read1 ? "read1" : "read";
    value input = tw_buf_call(w, meth, 1, &n);
    if (!input)
        return -1;
    const char *data;
    size_t nbytes;
    if (!buffer_get(input, &data, &nbytes)) {
        exc_raise(&exc_TypeError, "underlying %s() should have returned a bytes-like object, not '%s'", meth,
                  v_type_name(input));
        return -1;
    }
    bool eof = nbytes == 0;
    value decoded = tw_decode(w, input, eof);
    if (!decoded)
        return -1;
    tw_set_decoded(w, decoded);
    size_t nchars = str_len(decoded);
    w->b2cratio = nchars ? (double)nbytes / (double)nchars : 0.0;
    if (nchars)
        eof = false;
    if (w->telling) {
        value inb = v_isinstance(input, &bytes_type) ? input : bytes_from(data, nbytes);
        if (!inb)
            return -1;
        value next = bytes_size(dec_buf) ? obj_binary_op(dec_buf, inb, NB_ADD) : inb;
        if (!next)
            return -1;
        w->snap_flags = dec_flags;
        w->snap_input = next;
    }
    return eof ? 0 : 1;
}

static value tw_read(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("TextIOWrapper.read", kwnames) < 0 || args_count("read", argc, 0, 1) < 0)
        return V_NULL;
    int64_t n = -1;
    if (argc && io_size_arg(argv[0], -1, &n) < 0)
        return V_NULL;
    CHECK_ATTACHED(self);
    CHECK_CLOSED(self);
    textio_object *w = TW(self);
    if (!w->has_decoder)
        return io_unsupported("not readable");
    if (tw_writeflush(w) < 0)
        return V_NULL;
    if (n < 0) {
        value b = tw_buf_call(w, "read", 0, NULL);
        if (!b)
            return V_NULL;
        value d = tw_decode(w, b, true);
        value head = d ? tw_take_decoded(w, -1) : V_NULL;
        value r = head ? str_concat(head, d) : V_NULL;
        if (!r)
            return V_NULL;
        tw_set_decoded(w, V_NULL);
        w->snap_input = V_NULL;
        return r;
    }
    value r = tw_take_decoded(w, n);
    if (!r)
        return V_NULL;
    int64_t remaining = n - (int64_t)str_len(r);
    while (remaining > 0) {
        int res = tw_read_chunk(self, remaining);
        if (res < 0)
            return V_NULL;
        if (res == 0)
            break;
        value more = tw_take_decoded(w, remaining);
        if (!more || !(r = str_concat(r, more)))
            return V_NULL;
        remaining -= (int64_t)str_len(more);
    }
    return r;
}

/* Where the first line ending in s's bytes [start, end) ends (the byte
 * after it), or -1 with *consumed: how many bytes surely belong to the
 * line (all, except a final \r that may begin a \r\n separator). */
static int64_t find_line_end(textio_object *w, const char *s, size_t start, size_t end, size_t *consumed)
{
    if (w->readtranslate) {
        const char *p = memchr(s + start, '\n', end - start);
        if (p)
            return p - s + 1;
    } else if (w->readuniversal) {
        for (size_t i = start; i < end; i++) {
            if (s[i] == '\n')
                return (int64_t)i + 1;
            if (s[i] == '\r')
                return (int64_t)i + (i + 1 < end && s[i + 1] == '\n' ? 2 : 1);
        }
    } else {
        const char *nl = str_data(w->readnl);
        size_t k = str_size(w->readnl);
        for (size_t i = start; i + k <= end; i++)
            if (s[i] == nl[0] && (k == 1 || s[i + 1] == nl[1]))
                return (int64_t)(i + k);
        if (k == 2 && end > start && s[end - 1] == nl[0]) {
            *consumed = end - 1 - start;
            return -1;
        }
    }
    *consumed = end - start;
    return -1;
}

static value tw_readline_impl(value self, int64_t limit)
{
    textio_object *w = TW(self);
    CHECK_CLOSED(self);
    if (tw_writeflush(w) < 0)
        return V_NULL;
    value chunks = V_NULL, carry = V_NULL, line = V_NULL;
    int64_t chunked = 0;
    size_t start = 0, endpos = 0, offset = 0;   /* bytes in `line` */
    for (;;) {
        int res = 1;
        while (tw_avail(w) == 0) {
            res = tw_read_chunk(self, 0);
            if (res < 0)
                return V_NULL;
            if (res == 0)
                break;
        }
        if (res == 0) {
            tw_set_decoded(w, V_NULL);
            w->snap_input = V_NULL;
            line = V_NULL;
            break;
        }
        if (!carry) {
            line = w->decoded;
            start = w->dec_used_b;
            offset = 0;
        } else {
            value rest = text_range(w->decoded, w->dec_used_b, str_size(w->decoded));
            if (!rest || !(line = str_concat(carry, rest)))
                return V_NULL;
            start = 0;
            offset = str_size(carry) - w->dec_used_b;   /* line byte i is decoded byte i - offset */
            carry = V_NULL;
        }
        const char *s = str_data(line);
        size_t size = str_size(line), consumed = 0;
        int64_t e = find_line_end(w, s, start, size, &consumed);
        if (e >= 0) {
            endpos = (size_t)e;
            if (limit >= 0 && (int64_t)text_cps_between(line, start, endpos) + chunked >= limit)
                endpos = text_advance(line, start, (size_t)(limit - chunked));
            break;
        }
        endpos = start + consumed;
        size_t ncps = text_cps_between(line, start, endpos);
        if (limit >= 0 && (int64_t)ncps + chunked >= limit) {
            endpos = text_advance(line, start, (size_t)(limit - chunked));
            break;
        }
        if (endpos > start) {
            value piece = str_from_utf8(s + start, endpos - start);
            if (!piece || (!chunks && !(chunks = list_new(0))) || list_append(chunks, piece) < 0)
                return V_NULL;
            chunked += (int64_t)ncps;
        }
        if (endpos < size && !(carry = str_from_utf8(s + endpos, size - endpos)))
            return V_NULL;
        tw_set_decoded(w, V_NULL);
    }
    value result;
    if (line && (!w->decoded || endpos < offset || endpos - offset > str_size(w->decoded))) {
        /* Python code run by the buffer or codec replaced the decoded
         * text under us: give what was found, consume nothing */
        line = V_NULL;
        if (!(result = str_from_cstr("")))
            return V_NULL;
    } else if (line) {
        /* the line ends in the decoded text: consume up to endpos */
        size_t new_b = endpos - offset;
        if (line == w->decoded)
            w->dec_used += text_cps_between(line, start, endpos);
        else
            w->dec_used = text_cps_between(w->decoded, 0, new_b);
        w->dec_used_b = new_b;
        if (!(result = text_range(line, start, endpos)))
            return V_NULL;
    } else if (!(result = str_from_cstr(""))) {
        return V_NULL;
    }
    if (carry) {
        if ((!chunks && !(chunks = list_new(0))) || list_append(chunks, carry) < 0)
            return V_NULL;
    }
    if (chunks) {
        if (list_append(chunks, result) < 0)
            return V_NULL;
        value empty = str_from_cstr("");
        result = empty ? obj_call_method(empty, "join", 1, &chunks) : V_NULL;
    }
    return result;
}

static value tw_readline(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("TextIOWrapper.readline", kwnames) < 0 || args_count("readline", argc, 0, 1) < 0)
        return V_NULL;
    int64_t limit = -1;
    if (argc && args_index(argv[0], &limit) < 0)
        return V_NULL;
    CHECK_ATTACHED(self);
    return tw_readline_impl(self, limit);
}

static value tw_iter(value self)
{
    CHECK_ATTACHED(self);
    CHECK_CLOSED(self);
    return self;
}

static value tw_next(value self)
{
    if (tw_check_attached(self) < 0)
        return V_NULL;
    textio_object *w = TW(self);
    w->telling = false;
    value line;
    if (v_type(self) == &io_textiowrapper_type) {
        line = tw_readline_impl(self, -1);
    } else {
        line = obj_call_method(self, "readline", 0, NULL);
        if (line && !v_isinstance(line, &str_type))
            return exc_raise(&exc_OSError, "readline() should have returned a str object, not '%s'",
                             v_type_name(line));
    }
    if (!line)
        return V_NULL;
    if (str_size(line) == 0) {
        w->snap_input = V_NULL;
        w->telling = w->seekable;
        return V_NULL;
    }
    return line;
}

/* -- positions: CPython's cookie layout (start position 64 bits, then the
 * decoder flags, bytes to feed and characters to skip 32 bits each, then
 * the need-EOF byte) -- */

typedef struct tw_cookie {
    int64_t start_pos;
    int32_t dec_flags, bytes_to_feed, chars_to_skip;
    uint8_t need_eof;
} tw_cookie;

static value cookie_build(const tw_cookie *c)
{
    if (!c->dec_flags && !c->bytes_to_feed && !c->chars_to_skip && !c->need_eof && c->start_pos >= 0)
        return int_from_i64(c->start_pos);
    mpz_t z;
    mpz_init_set_ui(z, c->need_eof);
    mpz_mul_2exp(z, z, 32);
    mpz_add_ui(z, z, (uint32_t)c->chars_to_skip);
    mpz_mul_2exp(z, z, 32);
    mpz_add_ui(z, z, (uint32_t)c->bytes_to_feed);
    mpz_mul_2exp(z, z, 32);
    mpz_add_ui(z, z, (uint32_t)c->dec_flags);
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, (uint64_t)c->start_pos);
    value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static int cookie_parse(value v, tw_cookie *c)
{
    mpz_t z, part;
    mpz_init(z);
    mpz_init(part);
    int_to_mpz(v, z);
    int rc = 0;
    if (mpz_sizeinbase(z, 2) > 168) {
        exc_raise(&exc_OverflowError, "int too big to convert");
        rc = -1;
    } else {
        uint64_t f[5];
        static const int widths[5] = { 64, 32, 32, 32, 8 };
        for (int i = 0; i < 5; i++) {
            mpz_fdiv_r_2exp(part, z, (mp_bitcnt_t)widths[i]);
            f[i] = 0;
            mpz_export(&f[i], NULL, -1, sizeof f[i], 0, 0, part);
            mpz_fdiv_q_2exp(z, z, (mp_bitcnt_t)widths[i]);
        }
        c->start_pos = (int64_t)f[0];
        c->dec_flags = (int32_t)(uint32_t)f[1];
        c->bytes_to_feed = (int32_t)(uint32_t)f[2];
        c->chars_to_skip = (int32_t)(uint32_t)f[3];
        c->need_eof = (uint8_t)f[4];
    }
    mpz_clear(z);
    mpz_clear(part);
    return rc;
}

/* The decoder at a cookie's state: reset at the very start of the stream
 * (some codecs' initial state is not (b"", 0)), else (b"", flags). */
static int tw_decoder_to(textio_object *w, const tw_cookie *c)
{
    if (c->start_pos == 0 && c->dec_flags == 0)
        return tw_dec_reset(w);
    value empty = bytes_from("", 0);
    return empty ? tw_dec_setstate(w, empty, c->dec_flags) : -1;
}

static int tw_encoder_to(textio_object *w, const tw_cookie *c)
{
    return io_codec_encoder_start(&w->codec, c->start_pos == 0 && c->dec_flags == 0);
}

/* Decodes data[0..n) (not final), returning how many characters came out. */
static int64_t tw_decode_count(textio_object *w, const char *data, size_t n)
{
    value b = bytes_from(data, n);
    value s = b ? tw_decode(w, b, false) : V_NULL;
    return s ? (int64_t)str_len(s) : -1;
}

static value tw_tell(value self, int argc, const value *argv, value kwnames)
{
    CHECK_ATTACHED(self);
    CHECK_CLOSED(self);
    textio_object *w = TW(self);
    if (!w->seekable)
        return io_unsupported("underlying stream is not seekable");
    if (!w->telling)
        return exc_raise(&exc_OSError, "telling position disabled by next() call");
    if (tw_writeflush(w) < 0 || !obj_call_method(self, "flush", 0, NULL))
        return V_NULL;
    value posobj = tw_buf_call(w, "tell", 0, NULL);
    if (!posobj)
        return V_NULL;
    if (!w->has_decoder || !w->snap_input)
        return posobj;
    tw_cookie c = { 0 };
    value pi = obj_index(posobj);
    if (!pi || int_as_i64(pi, &c.start_pos) < 0)
        return V_NULL;
    value next_input = w->snap_input;
    c.dec_flags = (int32_t)w->snap_flags;
    c.start_pos -= (int64_t)bytes_size(next_input);
    if (w->dec_used == 0)
        return cookie_build(&c);
    int64_t chars_to_skip = (int64_t)w->dec_used;
    value saved_buf;
    int64_t saved_flags;
    if (tw_dec_getstate(w, &saved_buf, &saved_flags) < 0)
        return V_NULL;
    const char *input = bytes_data(next_input);
    size_t input_len = bytes_size(next_input);
    int64_t skip_bytes = (int64_t)(w->b2cratio * (double)chars_to_skip), skip_back = 1;
    if (skip_bytes > (int64_t)input_len)
        skip_bytes = (int64_t)input_len;
    value failed = V_NULL;
    while (skip_bytes > 0) {
        if (tw_decoder_to(w, &c) < 0)
            goto fail;
        int64_t n = tw_decode_count(w, input, (size_t)skip_bytes);
        if (n < 0)
            goto fail;
        if (n <= chars_to_skip) {
            value db;
            int64_t df;
            if (tw_dec_getstate(w, &db, &df) < 0)
                goto fail;
            if (bytes_size(db) == 0) {
                c.dec_flags = (int32_t)df;
                chars_to_skip -= n;
                break;
            }
            skip_bytes -= (int64_t)bytes_size(db);
            skip_back = 1;
        } else {
            skip_bytes -= skip_back;
            skip_back *= 2;
        }
    }
    if (skip_bytes <= 0) {
        skip_bytes = 0;
        if (tw_decoder_to(w, &c) < 0)
            goto fail;
    }
    c.start_pos += skip_bytes;
    c.chars_to_skip = (int32_t)chars_to_skip;
    if (chars_to_skip != 0) {
        int64_t chars_decoded = 0;
        size_t i = (size_t)skip_bytes;
        for (; i < input_len; i++) {
            int64_t n = tw_decode_count(w, input + i, 1);
            if (n < 0)
                goto fail;
            chars_decoded += n;
            c.bytes_to_feed += 1;
            value db;
            int64_t df;
            if (tw_dec_getstate(w, &db, &df) < 0)
                goto fail;
            if (bytes_size(db) == 0 && chars_decoded <= chars_to_skip) {
                c.start_pos += c.bytes_to_feed;
                chars_to_skip -= chars_decoded;
                c.dec_flags = (int32_t)df;
                c.bytes_to_feed = 0;
                chars_decoded = 0;
            }
            if (chars_decoded >= chars_to_skip)
                break;
        }
        if (i == input_len) {
            value empty = bytes_from("", 0);
            value s = empty ? tw_decode(w, empty, true) : V_NULL;
            if (!s)
                goto fail;
            chars_decoded += (int64_t)str_len(s);
            c.need_eof = 1;
            if (chars_decoded < chars_to_skip) {
                exc_raise(&exc_OSError, "can't reconstruct logical file position");
                goto fail;
            }
        }
    }
    if (tw_dec_setstate(w, saved_buf, saved_flags) < 0)
        return V_NULL;
    c.chars_to_skip = (int32_t)chars_to_skip;
    return cookie_build(&c);
fail:
    failed = exc_fetch();
    if (tw_dec_setstate(w, saved_buf, saved_flags) < 0)
        exc_clear();
    exc_restore(failed);
    return V_NULL;
}

static value tw_seek(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("TextIOWrapper.seek", kwnames) < 0 || args_count("seek", argc, 1, 2) < 0)
        return V_NULL;
    int64_t whence = 0;
    if (argc > 1 && args_index(argv[1], &whence) < 0)
        return V_NULL;
    CHECK_ATTACHED(self);
    CHECK_CLOSED(self);
    textio_object *w = TW(self);
    value cookie = argv[0];
    if (!w->seekable)
        return io_unsupported("underlying stream is not seekable");
    if (whence == 1 || whence == 2) {
        int z = obj_richcompare_bool(cookie, v_small(0), CMP_EQ);
        if (z < 0)
            return V_NULL;
        if (!z)
            return io_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                              : "can't do nonzero end-relative seeks");
    }
    if (whence == 1) {
        if (!(cookie = obj_call_method(self, "tell", 0, NULL)))
            return V_NULL;
    } else if (whence == 2) {
        if (!obj_call_method(self, "flush", 0, NULL))
            return V_NULL;
        tw_set_decoded(w, V_NULL);
        w->snap_input = V_NULL;
        if (w->has_decoder && tw_dec_reset(w) < 0)
            return V_NULL;
        value args[2] = { v_small(0), v_small(2) };
        value res = tw_buf_call(w, "seek", 2, args);
        if (!res)
            return V_NULL;
        if (w->has_encoder) {
            int z = obj_richcompare_bool(res, v_small(0), CMP_EQ);
            if (z < 0 || io_codec_encoder_start(&w->codec, z) < 0)
                return V_NULL;
        }
        return res;
    } else if (whence != 0) {
        return exc_raise(&exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    }
    int neg = obj_richcompare_bool(cookie, v_small(0), CMP_LT);
    if (neg < 0)
        return V_NULL;
    if (neg)
        return exc_raise(&exc_ValueError, "negative seek position %R", cookie);
    if (!obj_call_method(self, "flush", 0, NULL))
        return V_NULL;
    value ci = obj_call1(v_from_obj(&int_type), cookie);
    tw_cookie c;
    if (!ci || cookie_parse(ci, &c) < 0)
        return V_NULL;
    value pos = int_from_i64(c.start_pos);
    if (!pos || !tw_buf_call(w, "seek", 1, &pos))
        return V_NULL;
    tw_set_decoded(w, V_NULL);
    w->snap_input = V_NULL;
    if (w->has_decoder) {
        if (tw_decoder_to(w, &c) < 0)
            return V_NULL;
        w->snap_flags = c.dec_flags;
        if (!(w->snap_input = bytes_from("", 0)))
            return V_NULL;
    }
    if (c.chars_to_skip) {
        value n = int_from_i64(c.bytes_to_feed);
        value input = n ? tw_buf_call(w, "read", 1, &n) : V_NULL;
        if (!input)
            return V_NULL;
        if (!v_isinstance(input, &bytes_type))
            return exc_raise(&exc_TypeError, "underlying read() should have returned a bytes object, not '%s'",
                             v_type_name(input));
        value d = tw_decode(w, input, c.need_eof);
        if (!d)
            return V_NULL;
        tw_set_decoded(w, d);
        w->snap_flags = c.dec_flags;
        w->snap_input = input;
        if (str_len(d) < (size_t)c.chars_to_skip)
            return exc_raise(&exc_OSError, "can't restore logical file position");
        w->dec_used = (size_t)c.chars_to_skip;
        w->dec_used_b = text_advance(d, 0, w->dec_used);
    }
    if (w->has_encoder && tw_encoder_to(w, &c) < 0)
        return V_NULL;
    return cookie;
}

/* -- the rest of the methods -- */

static value tw_flush(value self, int argc, const value *argv, value kwnames)
{
    CHECK_ATTACHED(self);
    CHECK_CLOSED(self);
    textio_object *w = TW(self);
    w->telling = w->seekable;
    if (tw_writeflush(w) < 0)
        return V_NULL;
    return tw_buf_call(w, "flush", 0, NULL);
}

static value tw_close(value self, int argc, const value *argv, value kwnames)
{
    CHECK_ATTACHED(self);
    int c = tw_is_closed(self);
    if (c < 0)
        return V_NULL;
    if (c)
        return V_NONE;
    if (((io_object *)v_obj(self))->finalizing) {
        /* collected while open: the raw file warns (ResourceWarning) */
        if (!tw_buf_call(TW(self), "_dealloc_warn", 1, &self))
            exc_clear();
    }
    value r = obj_call_method(self, "flush", 0, NULL);
    value flush_exc = r ? V_NULL : exc_fetch();
    r = tw_buf_call(TW(self), "close", 0, NULL);
    if (flush_exc) {
        if (!r) {
            /* the close error is the one raised, with the flush error as
             * its context, as CPython chains them */
            value close_exc = exc_fetch();
            if (obj_setattr(close_exc, str_intern_cstr("__context__"), flush_exc) < 0)
                exc_clear();
            exc_restore(close_exc);
            return V_NULL;
        }
        exc_restore(flush_exc);
        return V_NULL;
    }
    return r ? V_NONE : V_NULL;
}

static value tw_call_buffer(value self, const char *name)
{
    CHECK_ATTACHED(self);
    return tw_buf_call(TW(self), name, 0, NULL);
}

static value tw_fileno(value self, int argc, const value *argv, value kwnames) { return tw_call_buffer(self, "fileno"); }
static value tw_isatty(value self, int argc, const value *argv, value kwnames) { return tw_call_buffer(self, "isatty"); }
static value tw_seekable(value self, int argc, const value *argv, value kwnames) { return tw_call_buffer(self, "seekable"); }
static value tw_readable(value self, int argc, const value *argv, value kwnames) { return tw_call_buffer(self, "readable"); }
static value tw_writable(value self, int argc, const value *argv, value kwnames) { return tw_call_buffer(self, "writable"); }

static value tw_truncate(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("TextIOWrapper.truncate", kwnames) < 0 || args_count("truncate", argc, 0, 1) < 0)
        return V_NULL;
    CHECK_ATTACHED(self);
    if (!obj_call_method(self, "flush", 0, NULL))
        return V_NULL;
    value pos = argc ? argv[0] : V_NONE;
    return tw_buf_call(TW(self), "truncate", 1, &pos);
}

static value tw_detach(value self, int argc, const value *argv, value kwnames)
{
    CHECK_ATTACHED(self);
    if (!obj_call_method(self, "flush", 0, NULL))
        return V_NULL;
    textio_object *w = TW(self);
    value b = w->buffer;
    w->buffer = V_NULL;
    w->detached = true;
    if (v_isinstance(b, &io_iobase_type))
        ((io_object *)v_obj(b))->owned = false;
    return b;
}

static value tw_repr(value self)
{
    textio_object *w = TW(self);
    if (!w->ok)
        return exc_raise(&exc_ValueError, "I/O operation on uninitialized object");
    int r = repr_enter(self);
    if (r < 0)
        return V_NULL;
    if (r > 0)
        return exc_raise(&exc_RuntimeError, "reentrant call inside %s.__repr__", v_type_name(self));
    value result = V_NULL, name = V_NULL, mode = V_NULL;
    value nameobj = obj_getattr_cstr(self, "name");
    if (!nameobj) {
        if (!exc_matches(&exc_ValueError) && !exc_matches(&exc_AttributeError))
            goto done;
        exc_clear();
    } else if (!(name = str_format(" name=%R", nameobj))) {
        goto done;
    }
    value modeobj = obj_getattr_cstr(self, "mode");
    if (!modeobj) {
        if (!exc_matches(&exc_AttributeError))
            goto done;
        exc_clear();
    } else if (!(mode = str_format(" mode=%R", modeobj))) {
        goto done;
    }
    result = str_format("<_io.TextIOWrapper%s%s encoding=%R>", name ? str_data(name) : "",
                        mode ? str_data(mode) : "", w->encoding);
done:
    repr_leave(self);
    return result;
}

/* -- construction and reconfiguration -- */

static int check_newline(value nl, const char *who)
{
    if (!nl || nl == V_NONE)
        return 0;
    if (!v_isinstance(nl, &str_type)) {
        exc_raise(&exc_TypeError, "%s() argument 'newline' must be str or None, not %s", who, v_type_name(nl));
        return -1;
    }
    const char *c = str_data(nl);
    if (strlen(c) != str_size(nl)) {
        exc_raise(&exc_ValueError, "embedded null character");
        return -1;
    }
    if (strcmp(c, "") && strcmp(c, "\n") && strcmp(c, "\r") && strcmp(c, "\r\n")) {
        exc_raise(&exc_ValueError, "illegal newline value: %s", c);
        return -1;
    }
    return 0;
}

static void tw_set_newline(textio_object *w, value nl)
{
    if (nl == V_NONE)
        nl = V_NULL;
    w->readnl = nl;
    const char *c = nl ? str_data(nl) : NULL;
    w->readuniversal = !c || !c[0];
    w->readtranslate = !c;
    w->writetranslate = !c || c[0];
    w->writenl = NULL;
    if (!w->readuniversal && c && strcmp(c, "\n"))
        w->writenl = !strcmp(c, "\r") ? "\r" : "\r\n";
}

static int check_str_arg(value v, const char *who, const char *what)
{
    if (v && v != V_NONE && !v_isinstance(v, &str_type)) {
        exc_raise(&exc_TypeError, "%s() argument '%s' must be str or None, not %s", who, what, v_type_name(v));
        return -1;
    }
    return 0;
}

/* Builds the codec for the current encoding and errors; the newline
 * layer when reading universal newlines. */
static int tw_set_codec(value self)
{
    textio_object *w = TW(self);
    io_codec c;
    if (io_codec_setup(&c, w->encoding, w->errors, w->has_decoder, w->has_encoder) < 0)
        return -1;
    w->codec = c;
    w->nl = V_NULL;
    if (w->has_decoder && w->readuniversal && !(w->nl = io_nldecoder_new(V_NONE, w->readtranslate)))
        return -1;
    return 0;
}

/* Not at the start of a seekable stream: no BOM to write. */
static int tw_fix_encoder_state(value self)
{
    textio_object *w = TW(self);
    if (!w->seekable || !w->has_encoder)
        return 0;
    value pos = tw_buf_call(w, "tell", 0, NULL);
    if (!pos)
        return -1;
    int z = obj_richcompare_bool(pos, v_small(0), CMP_EQ);
    if (z < 0)
        return -1;
    return io_codec_encoder_start(&w->codec, z);
}

static value tw_new(type_object *type, int argc, const value *argv, value kwnames)
{
    value self = io_alloc(type, sizeof(textio_object));
    if (self)
        TW(self)->chunk_size = 8192;
    return self;
}

static int tw_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "buffer", "encoding", "errors", "newline", "line_buffering",
                                         "write_through" };
    value a[6];
    textio_object *w = TW(self);
    w->ok = false;   /* a failed re-initialisation leaves it unusable, as CPython */
    w->detached = false;
    if (num_parse_args("TextIOWrapper", argc, argv, kwnames, names, 6, 6, 1, a) < 0)
        return -1;
    if (check_str_arg(a[1], "TextIOWrapper", "encoding") < 0 || check_str_arg(a[2], "TextIOWrapper", "errors") < 0
        || check_newline(a[3], "TextIOWrapper") < 0)
        return -1;
    int64_t lb = 0, wt = 0;
    if ((a[4] && args_index(a[4], &lb) < 0) || (a[5] && args_index(a[5], &wt) < 0))
        return -1;
    value enc = a[1] && a[1] != V_NONE ? a[1] : V_NULL;
    if (enc && (codec_check_name(enc) < 0))
        return -1;
    if (!enc || str_eq_cstr(enc, "locale"))
        enc = str_from_cstr("UTF-8");
    value errors = a[2] && a[2] != V_NONE ? a[2] : str_from_cstr("strict");
    if (!enc || !errors || codec_check_name(errors) < 0)
        return -1;
    w->encoding = enc;
    w->errors = errors;
    tw_set_newline(w, a[3] ? a[3] : V_NONE);
    w->line_buffering = lb != 0;
    w->write_through = wt != 0;
    w->chunk_size = 8192;
    w->b2cratio = 0.0;
    w->pending = V_NULL;
    w->pending_count = 0;
    tw_set_decoded(w, V_NULL);
    w->snap_input = V_NULL;
    /* the codec must exist before the buffer is asked anything */
    io_codec probe;
    if (io_codec_setup(&probe, enc, errors, false, false) < 0)
        return -1;
    value buffer = a[0];
    w->buffer = buffer;
    value r = obj_call_method(buffer, "readable", 0, NULL);
    int t = r ? obj_truthy(r) : -1;
    if (t < 0)
        return -1;
    w->has_decoder = t;
    r = obj_call_method(buffer, "writable", 0, NULL);
    if ((t = r ? obj_truthy(r) : -1) < 0)
        return -1;
    w->has_encoder = t;
    if (tw_set_codec(self) < 0)
        return -1;
    r = obj_call_method(buffer, "seekable", 0, NULL);
    if ((t = r ? obj_truthy(r) : -1) < 0)
        return -1;
    w->seekable = w->telling = t;
    value rd1 = obj_getattr_cstr(buffer, "read1");
    if (!rd1) {
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
    }
    w->has_read1 = rd1 != V_NULL;
    if (tw_fix_encoder_state(self) < 0)
        return -1;
    /* when both are collected, the wrapper flushes into the buffer and
     * closes it: the buffer's own finalizer leaves it alone (io_object) */
    if (v_isinstance(buffer, &io_iobase_type))
        ((io_object *)v_obj(buffer))->owned = true;
    w->ok = true;
    return 0;
}

static value tw_reconfigure(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "encoding", "errors", "newline", "line_buffering", "write_through" };
    value a[5];
    if (argc > 0)
        return exc_raise(&exc_TypeError, "reconfigure() takes no positional arguments");
    if (num_parse_args("reconfigure", argc, argv, kwnames, names, 5, 0, 0, a) < 0)
        return V_NULL;
    CHECK_ATTACHED(self);
    if (check_str_arg(a[0], "reconfigure", "encoding") < 0 || check_str_arg(a[1], "reconfigure", "errors") < 0
        || check_newline(a[2], "reconfigure") < 0)
        return V_NULL;
    int lb = -1, wt = -1;
    if (a[3] && a[3] != V_NONE && (lb = obj_truthy(a[3])) < 0)
        return V_NULL;
    if (a[4] && a[4] != V_NONE && (wt = obj_truthy(a[4])) < 0)
        return V_NULL;
    textio_object *w = TW(self);
    value enc = a[0] && a[0] != V_NONE ? a[0] : V_NULL;
    value errors = a[1] && a[1] != V_NONE ? a[1] : V_NULL;
    if (w->decoded && (enc || errors || a[2]))
        return io_unsupported("It is not possible to set the encoding or newline of stream after the first read");
    if ((enc && codec_check_name(enc) < 0) || (errors && codec_check_name(errors) < 0))
        return V_NULL;
    if (!obj_call_method(self, "flush", 0, NULL))
        return V_NULL;
    w->b2cratio = 0.0;
    if (a[2])
        tw_set_newline(w, a[2]);
    if (enc || errors || a[2]) {
        if (!enc) {
            enc = w->encoding;
            if (!errors)
                errors = w->errors;
        } else {
            if (str_eq_cstr(enc, "locale") && !(enc = str_from_cstr("UTF-8")))
                return V_NULL;
            if (!errors && !(errors = str_from_cstr("strict")))
                return V_NULL;
        }
        io_codec probe;
        if (io_codec_setup(&probe, enc, errors, false, false) < 0)
            return V_NULL;
        w->encoding = enc;
        w->errors = errors;
        if (tw_set_codec(self) < 0 || tw_fix_encoder_state(self) < 0)
            return V_NULL;
    }
    if (lb >= 0)
        w->line_buffering = lb;
    if (wt >= 0)
        w->write_through = wt;
    return V_NONE;
}

/* -- attributes -- */

/* encoding, buffer, line_buffering and write_through are plain members in
 * CPython: read without checks (None before __init__), never written. */
static value tw_get_encoding(value self) { return TW(self)->encoding ? TW(self)->encoding : V_NONE; }
static value tw_get_buffer(value self) { return TW(self)->buffer ? TW(self)->buffer : V_NONE; }
static value tw_get_line_buffering(value self) { return v_bool(TW(self)->line_buffering); }
static value tw_get_write_through(value self) { return v_bool(TW(self)->write_through); }

static int tw_set_readonly(value self, value v)
{
    exc_raise(&exc_AttributeError, "readonly attribute");
    return -1;
}

/* CPython's member for the finalizer's flag: a bool, writable. */
static value tw_get_finalizing(value self) { return v_bool(((io_object *)v_obj(self))->finalizing); }

static int tw_set_finalizing(value self, value v)
{
    if (!v) {
        exc_raise(&exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!v_isinstance(v, &bool_type)) {
        exc_raise(&exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    ((io_object *)v_obj(self))->finalizing = v == V_TRUE;
    return 0;
}

static value tw_get_errors(value self)
{
    if (!TW(self)->ok)
        return exc_raise(&exc_ValueError, "I/O operation on uninitialized object");
    return TW(self)->errors;
}

static value tw_get_closed(value self)
{
    CHECK_ATTACHED(self);
    return tw_buf_attr(TW(self), "closed");
}

static value tw_get_name(value self)
{
    CHECK_ATTACHED(self);
    return tw_buf_attr(TW(self), "name");
}

static value tw_get_newlines(value self)
{
    CHECK_ATTACHED(self);
    textio_object *w = TW(self);
    if (!w->has_decoder)
        return V_NONE;
    if (w->nl)
        return io_nldecoder_newlines(w->nl);
    if (w->codec.kind != IO_CK_PYTHON)
        return V_NONE;
    value r = obj_getattr_cstr(w->codec.pydec, "newlines");
    if (!r && exc_matches(&exc_AttributeError)) {
        exc_clear();
        return V_NONE;
    }
    return r;
}

static value tw_get_chunk_size(value self)
{
    CHECK_ATTACHED(self);
    return int_from_i64(TW(self)->chunk_size);
}

static int tw_set_chunk_size(value self, value v)
{
    if (tw_check_attached(self) < 0)
        return -1;
    if (!v) {
        exc_raise(&exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    int64_t n;
    if (args_index(v, &n) < 0)
        return -1;
    if (n <= 0) {
        exc_raise(&exc_ValueError, "a strictly positive integer is required");
        return -1;
    }
    TW(self)->chunk_size = n;
    return 0;
}

static const getset_def tw_getsets[] = {
    { "encoding", tw_get_encoding, tw_set_readonly, NULL },
    { "errors", tw_get_errors, NULL, NULL },
    { "line_buffering", tw_get_line_buffering, tw_set_readonly, NULL },
    { "write_through", tw_get_write_through, tw_set_readonly, NULL },
    { "buffer", tw_get_buffer, tw_set_readonly, NULL },
    { "closed", tw_get_closed, NULL, NULL },
    { "name", tw_get_name, NULL, NULL },
    { "newlines", tw_get_newlines, NULL, NULL },
    { "_CHUNK_SIZE", tw_get_chunk_size, tw_set_chunk_size, NULL },
    { "_finalizing", tw_get_finalizing, tw_set_finalizing, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def tw_methods[] = {
    { "detach", tw_detach, METH_NOARGS, NULL },
    { "reconfigure", tw_reconfigure, METH_KEYWORDS, "Reconfigure the text stream with new parameters." },
    { "write", tw_write, METH_FAST, NULL },
    { "read", tw_read, METH_FAST, NULL },
    { "readline", tw_readline, METH_FAST, NULL },
    { "flush", tw_flush, METH_NOARGS, NULL },
    { "close", tw_close, METH_NOARGS, NULL },
    { "fileno", tw_fileno, METH_NOARGS, NULL },
    { "seekable", tw_seekable, METH_NOARGS, NULL },
    { "readable", tw_readable, METH_NOARGS, NULL },
    { "writable", tw_writable, METH_NOARGS, NULL },
    { "isatty", tw_isatty, METH_NOARGS, NULL },
    { "tell", tw_tell, METH_NOARGS, NULL },
    { "seek", tw_seek, METH_FAST, NULL },
    { "truncate", tw_truncate, METH_FAST, NULL },
    { NULL, NULL, 0, NULL },
};

type_object io_textiowrapper_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(textio_object),
    .flags = TYPE_BASETYPE | TYPE_WEAKREFABLE,
    .base = &io_textiobase_type,
    .trace = tw_trace,
    .repr = tw_repr,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .iter = tw_iter,
    .iternext = tw_next,
    .new = tw_new,
    .init = tw_init,
    .methods = tw_methods,
    .getsets = tw_getsets,
    .attrs_offset = IO_ATTRS_OFFSET,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
};

int io_textio_init(value m)
{
    value d = module_dict(m);
    type_object *types[] = { &io_newlinedecoder_type, &io_textiowrapper_type, NULL };
    for (int i = 0; types[i]; i++) {
        type_object *t = types[i];
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return -1;
        if (dict_set_cstr(d, strrchr(t->name, '.') + 1, v_from_obj(t)) < 0)
            return -1;
    }
    return 0;
}
