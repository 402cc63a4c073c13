/* The incremental codecs under TextIOWrapper (io_internal.h, io_codec).
 * Taipan's own codecs (codecs.h) decode whole buffers; this adds what
 * streaming needs: holding back the bytes of a character split between two
 * reads (UTF-8, UTF-16 with surrogate pairs, UTF-32), the byte-order mark
 * of utf-8-sig, utf-16 and utf-32 (read once, written once), and the
 * (buffered bytes, flags) state CPython's incremental codecs report, with
 * the same flag values, since TextIOWrapper's tell() cookies carry it.
 * The family of one of codecs.c's own codecs is found by encoding a probe
 * text, so every alias it knows works. Other encodings go through the
 * codec registry: the `codecs` module's incremental decoder and encoder. */
#include <string.h>
#include "io_internal.h"
#include "../../gc/gc.h"
#include "../../objects/bytearray.h"
#include "../../objects/bytes.h"
#include "../../objects/codecs.h"
#include "../../objects/exceptions.h"
#include "../../objects/int.h"
#include "../../objects/str.h"
#include "../../objects/tuple.h"
#include "../../vm/exc.h"
#include "../../vm/import.h"

/* The family of a codec name, from how it encodes probe texts; codecs
 * codecs.c does not know itself come from the registry (IO_CK_PYTHON). */
static int probe_kind(value encoding)
{
    if (!codec_is_builtin_text(str_data(encoding)))
        return IO_CK_PYTHON;
    value a = str_from_cstr("a");
    value b = a ? codec_encode(a, str_data(encoding), "strict") : V_NULL;
    if (!b)
        return -1;
    const char *d = bytes_data(b);
    switch (bytes_size(b)) {
    case 1: {
        value e = str_from_cstr("\xc3\xa9");   /* U+00E9 */
        value r = e ? codec_encode(e, str_data(encoding), "strict") : V_NULL;
        if (!r) {
            if (!e)
                return -1;
            exc_clear();
            return IO_CK_SINGLE;
        }
        return bytes_size(r) == 2 ? IO_CK_UTF8 : IO_CK_SINGLE;
    }
    case 2: return d[0] ? IO_CK_UTF16LE : IO_CK_UTF16BE;
    case 4:
        if ((unsigned char)d[0] == 0xEF)
            return IO_CK_UTF8SIG;
        if ((unsigned char)d[0] == 0xFF || (unsigned char)d[0] == 0xFE)
            return IO_CK_UTF16;
        return d[0] ? IO_CK_UTF32LE : IO_CK_UTF32BE;
    case 8: return IO_CK_UTF32;
    default: return IO_CK_PYTHON;
    }
}

/* codecs.getincrementaldecoder(encoding)(errors) and the encoder. */
static int python_codec(io_codec *c, bool dec, bool enc)
{
    value mod = import_module_cstr("codecs");
    if (!mod) {
        if (exc_matches(&exc_ImportError) || exc_matches(&exc_SystemError)) {
            exc_clear();
            exc_raise(&exc_LookupError, "unknown encoding: %s", str_data(c->encname));
        }
        return -1;
    }
    value info = obj_call_method(mod, "lookup", 1, &c->encname);
    if (!info)
        return -1;
    value is_text = obj_getattr_cstr(info, "_is_text_encoding");
    if (!is_text)
        exc_clear();
    else if (obj_truthy(is_text) == 0) {
        exc_raise(&exc_LookupError, "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs",
                  str_data(c->encname));
        return -1;
    }
    if (dec) {
        value f = obj_getattr_cstr(info, "incrementaldecoder");
        if (!f || !(c->pydec = obj_call1(f, c->errors)))
            return -1;
    }
    if (enc) {
        value f = obj_getattr_cstr(info, "incrementalencoder");
        if (!f || !(c->pyenc = obj_call1(f, c->errors)))
            return -1;
    }
    return 0;
}

int io_codec_setup(io_codec *c, value encoding, value errors, bool dec, bool enc)
{
    memset(c, 0, sizeof *c);
    c->encname = encoding;
    c->errors = errors;
    int k = probe_kind(encoding);
    if (k < 0)
        return -1;
    c->kind = k;
    io_codec_reset_decoder(c);
    c->enc_bom = k == IO_CK_UTF8SIG || k == IO_CK_UTF16 || k == IO_CK_UTF32;
    if (k == IO_CK_PYTHON)
        return python_codec(c, dec, enc);
    return 0;
}

void io_codec_trace(io_codec *c, gc_tracer *t)
{
    gc_mark_value(t, c->encname);
    gc_mark_value(t, c->errors);
    gc_mark_value(t, c->pydec);
    gc_mark_value(t, c->pyenc);
}

/* -- Decoding ----------------------------------------------------------------- */

/* How many bytes at the end of p[0..n) begin a UTF-8 sequence that more
 * bytes could complete (0 when the end is complete or plainly invalid). */
static size_t utf8_tail(const unsigned char *p, size_t n)
{
    for (size_t k = 1; k <= 3 && k <= n; k++) {
        unsigned char c = p[n - k];
        if ((c & 0xC0) == 0x80)
            continue;
        size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (need <= k)
            return 0;
        if (k >= 2) {
            unsigned char c2 = p[n - k + 1];
            if ((c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 > 0x9F) || (c == 0xF0 && c2 < 0x90)
                || (c == 0xF4 && c2 > 0x8F))
                return 0;
        }
        return k;
    }
    return 0;
}

/* The bytes of an incomplete last character in a fixed-width encoding. */
static size_t wide_tail(const unsigned char *p, size_t n, int width, bool big)
{
    size_t hold = n % (size_t)width;
    if (width == 2 && n - hold >= 2) {
        const unsigned char *u = p + n - hold - 2;
        unsigned v = big ? (unsigned)(u[0] << 8 | u[1]) : (unsigned)(u[1] << 8 | u[0]);
        if (v >= 0xD800 && v <= 0xDBFF)
            hold += 2;
    }
    return hold;
}

static const char *const fixed_names[] = {
    [IO_CK_UTF8] = "utf-8", [IO_CK_UTF8SIG] = "utf-8",
    [IO_CK_UTF16LE] = "utf-16-le", [IO_CK_UTF16BE] = "utf-16-be",
    [IO_CK_UTF32LE] = "utf-32-le", [IO_CK_UTF32BE] = "utf-32-be",
};

void io_codec_reset_decoder(io_codec *c)
{
    c->npend = 0;
    c->flag = c->kind == IO_CK_UTF8SIG ? 1 : (c->kind == IO_CK_UTF16 || c->kind == IO_CK_UTF32) ? 2 : 0;
}

/* data[off..off+n) decoded; a UnicodeDecodeError is made to speak of the
 * whole input (data[0..total)), as CPython's decoders report positions in
 * what they were given, byte-order mark included. */
static value decode_at(const char *data, size_t off, size_t n, size_t total, const char *name, const char *errors)
{
    value whole = bytes_from(data, total);
    if (!whole)
        return V_NULL;
    value r = codec_decode(whole, data + off, n, name, errors);
    if (r || !off || !exc_matches(&exc_UnicodeDecodeError))
        return r;
    value e = exc_fetch();
    static const char *const fields[] = { "start", "end" };
    for (int i = 0; i < 2; i++) {
        value v = obj_getattr_cstr(e, fields[i]);
        int64_t k;
        value moved = v && int_as_i64(v, &k) == 0 ? int_from_i64(k + (int64_t)off) : V_NULL;
        if (!moved || obj_setattr(e, str_intern_cstr(fields[i]), moved) < 0)
            exc_clear();
    }
    if (obj_setattr(e, str_intern_cstr("object"), whole) < 0)
        exc_clear();
    exc_restore(e);
    return V_NULL;
}

/* A BOM-detecting codec that has not seen its BOM yet: decides from p,
 * returning the bytes to skip, -2 (need more), or -3 (no BOM). */
static int decide_bom(io_codec *c, const unsigned char *p, size_t n, bool final)
{
    if (c->kind == IO_CK_UTF8SIG) {
        /* CPython's utf-8-sig keeps a short BOM prefix even at the end */
        static const unsigned char bom[3] = { 0xEF, 0xBB, 0xBF };
        if (n < 3 && !memcmp(p, bom, n))
            return -2;
        c->flag = 0;
        return n >= 3 && !memcmp(p, bom, 3) ? 3 : 0;
    }
    size_t width = c->kind == IO_CK_UTF16 ? 2 : 4;
    if (n < width)
        return final ? 0 : -2;
    if (width == 2 && p[0] == 0xFF && p[1] == 0xFE)
        c->flag = 0;
    else if (width == 2 && p[0] == 0xFE && p[1] == 0xFF)
        c->flag = 1;
    else if (width == 4 && p[0] == 0xFF && p[1] == 0xFE && !p[2] && !p[3])
        c->flag = 0;
    else if (width == 4 && !p[0] && !p[1] && p[2] == 0xFE && p[3] == 0xFF)
        c->flag = 1;
    else
        return -3;
    return (int)width;
}

static value python_decode(io_codec *c, value input, bool final)
{
    value m = obj_getattr_cstr(c->pydec, "decode");
    value kw = m ? tuple_pack(1, str_intern_cstr("final")) : V_NULL;
    if (!kw)
        return V_NULL;
    value args[2] = { input, v_bool(final) };
    return obj_call(m, 1, args, kw);
}

value io_codec_decode(io_codec *c, value input, bool final)
{
    if (c->kind == IO_CK_PYTHON)
        return python_decode(c, input, final);
    const char *data;
    size_t size;
    if (!buffer_get(input, &data, &size)) {
        /* the messages of CPython's incremental decoders: the buffered
         * ones add their pending bytes to the input first */
        if (c->kind == IO_CK_SINGLE)
            return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(input));
        return exc_raise(&exc_TypeError, "can't concat %s to bytes", v_type_name(input));
    }
    if (c->kind == IO_CK_SINGLE)
        return codec_decode(input, data, size, str_data(c->encname), str_data(c->errors));
    /* the held-back bytes go first */
    value joined = V_NULL;
    if (c->npend) {
        if (!(joined = bytes_from(c->pend, (size_t)c->npend)))
            return V_NULL;
        if (size) {
            value more = bytes_from(data, size);
            if (!more || !(joined = obj_binary_op(joined, more, NB_ADD)))
                return V_NULL;
        }
        data = bytes_data(joined);
        size = bytes_size(joined);
        input = joined;
        c->npend = 0;
    }
    const unsigned char *p = (const unsigned char *)data;
    size_t start = 0;
    bool undecided = (c->kind == IO_CK_UTF8SIG && c->flag == 1)
                     || ((c->kind == IO_CK_UTF16 || c->kind == IO_CK_UTF32) && c->flag == 2);
    if (undecided) {
        int r = decide_bom(c, p, size, final);
        if (r == -3) {
            /* as CPython: what there is decodes in native order first (its
             * errors come first), then the missing BOM is an error once a
             * whole character was seen */
            int width = c->kind == IO_CK_UTF16 ? 2 : 4;
            size_t hold = final ? 0 : wide_tail(p, size, width, false);
            if (!decode_at(data, 0, size - hold, size, width == 2 ? "utf-16-le" : "utf-32-le",
                           str_data(c->errors)))
                return V_NULL;
            if (size - hold >= (size_t)width)
                return exc_raise(&exc_UnicodeError, "UTF-%d stream does not start with BOM", width * 8);
            r = -2;
        }
        if (r == -2) {
            memcpy(c->pend, p, size);
            c->npend = (int)size;
            return str_from_cstr("");
        }
        start = (size_t)r;
        if (start == 0 && size > 0 && c->kind != IO_CK_UTF8SIG)   /* short final input */
            return codec_decode(input, data, size, c->kind == IO_CK_UTF16 ? "utf-16" : "utf-32",
                                str_data(c->errors));
    }
    const char *name;
    size_t hold = 0, n = size - start;
    switch (c->kind) {
    case IO_CK_UTF8: case IO_CK_UTF8SIG:
        name = "utf-8";
        if (!final)
            hold = utf8_tail(p + start, n);
        break;
    case IO_CK_UTF16: case IO_CK_UTF16LE: case IO_CK_UTF16BE: {
        bool big = c->kind == IO_CK_UTF16BE || (c->kind == IO_CK_UTF16 && c->flag == 1);
        name = big ? "utf-16-be" : "utf-16-le";
        if (!final)
            hold = wide_tail(p + start, n, 2, big);
        break;
    }
    default: {
        bool big = c->kind == IO_CK_UTF32BE || (c->kind == IO_CK_UTF32 && c->flag == 1);
        name = big ? "utf-32-be" : "utf-32-le";
        if (!final)
            hold = wide_tail(p + start, n, 4, big);
        break;
    }
    }
    if (hold) {
        memcpy(c->pend, p + size - hold, hold);
        c->npend = (int)hold;
    }
    if (!start)
        return codec_decode(input, data, n - hold, name, str_data(c->errors));
    return decode_at(data, start, n - hold, size, name, str_data(c->errors));
}

value io_codec_getstate(io_codec *c)
{
    if (c->kind == IO_CK_PYTHON)
        return obj_call_method(c->pydec, "getstate", 0, NULL);
    value b = bytes_from(c->pend, (size_t)c->npend);
    return b ? tuple_pack(2, b, v_small(c->flag)) : V_NULL;
}

int io_codec_setstate(io_codec *c, value buf, int64_t flag)
{
    if (c->kind == IO_CK_PYTHON) {
        value f = int_from_i64(flag);
        value st = f ? tuple_pack(2, buf, f) : V_NULL;
        return st && obj_call_method(c->pydec, "setstate", 1, &st) ? 0 : -1;
    }
    const char *d;
    size_t n;
    if (!buffer_get(buf, &d, &n)) {
        exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(buf));
        return -1;
    }
    if (n > sizeof c->pend)
        n = sizeof c->pend;
    memcpy(c->pend, d, n);
    c->npend = (int)n;
    switch (c->kind) {
    case IO_CK_UTF8SIG: c->flag = flag ? 1 : 0; break;
    case IO_CK_UTF16: case IO_CK_UTF32: c->flag = flag == 0 ? 0 : flag == 1 ? 1 : 2; break;
    default: c->flag = 0; break;
    }
    return 0;
}

int io_codec_reset(io_codec *c)
{
    if (c->kind == IO_CK_PYTHON)
        return obj_call_method(c->pydec, "reset", 0, NULL) ? 0 : -1;
    io_codec_reset_decoder(c);
    return 0;
}

/* -- Encoding ----------------------------------------------------------------- */

value io_codec_encode(io_codec *c, value text)
{
    if (c->kind == IO_CK_PYTHON) {
        value m = obj_getattr_cstr(c->pyenc, "encode");
        return m ? obj_call1(m, text) : V_NULL;
    }
    const char *name = str_data(c->encname);
    switch (c->kind) {
    case IO_CK_UTF8: case IO_CK_UTF8SIG: name = c->enc_bom ? "utf-8-sig" : "utf-8"; break;
    case IO_CK_UTF16: name = c->enc_bom ? "utf-16" : "utf-16-le"; break;
    case IO_CK_UTF32: name = c->enc_bom ? "utf-32" : "utf-32-le"; break;
    case IO_CK_UTF16LE: case IO_CK_UTF16BE: case IO_CK_UTF32LE: case IO_CK_UTF32BE:
        name = fixed_names[c->kind];
        break;
    default: break;
    }
    if (c->kind == IO_CK_UTF8SIG || c->kind == IO_CK_UTF16 || c->kind == IO_CK_UTF32) {
        if (str_len(text) == 0)
            return bytes_from("", 0);
        value r = codec_encode(text, name, str_data(c->errors));
        if (r)
            c->enc_bom = false;
        return r;
    }
    return codec_encode(text, name, str_data(c->errors));
}

/* Encoder state 0 (no BOM to write: not at the start of the stream) or
 * the reset one (a BOM first). */
int io_codec_encoder_start(io_codec *c, bool at_start)
{
    if (c->kind == IO_CK_PYTHON) {
        if (!c->pyenc)
            return 0;
        if (at_start)
            return obj_call_method(c->pyenc, "reset", 0, NULL) ? 0 : -1;
        value zero = v_small(0);
        return obj_call_method(c->pyenc, "setstate", 1, &zero) ? 0 : -1;
    }
    c->enc_bom = at_start && (c->kind == IO_CK_UTF8SIG || c->kind == IO_CK_UTF16 || c->kind == IO_CK_UTF32);
    return 0;
}
