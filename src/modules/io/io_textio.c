/* _io's IncrementalNewlineDecoder and TextIOWrapper: text over a buffered
 * binary stream. The newline decoder wraps any incremental decoder (or
 * none: StringIO feeds it str) and turns \r\n and \r into \n when asked,
 * holding back a final \r until it knows whether \n follows. It is also
 * the part of the decoder state TextIOWrapper's opaque tell() cookies
 * encode. */
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"
#include "../../gc/gc.h"
#include "../../objects/bytes.h"
#include "../../objects/dict.h"
#include "../../objects/int.h"
#include "../../objects/module.h"
#include "../../objects/sequtil.h"
#include "../../objects/str.h"
#include "../../objects/tuple.h"
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
    int final = 0;
    if (a[1] && (final = obj_truthy(a[1])) < 0)
        return V_NULL;
    if (nld_check(self) < 0)
        return V_NULL;
    return io_nldecoder_decode(self, a[0], final);
}

/* The wrapped decoder's (buffer, flag) with our pending \r as bit 0. */
static value io_nldecoder_getstate(value self)
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
    return io_nldecoder_getstate(self);
}

static int io_nldecoder_setstate(value self, value state)
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
    if (nld_check(self) < 0 || io_nldecoder_setstate(self, argv[0]) < 0)
        return V_NULL;
    return V_NONE;
}

static int io_nldecoder_reset(value self)
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
    if (nld_check(self) < 0 || io_nldecoder_reset(self) < 0)
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

int io_textio_init(value m)
{
    value d = module_dict(m);
    type_object *types[] = { &io_newlinedecoder_type, NULL };
    for (int i = 0; types[i]; i++) {
        type_object *t = types[i];
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return -1;
        if (dict_set_cstr(d, strrchr(t->name, '.') + 1, v_from_obj(t)) < 0)
            return -1;
    }
    return 0;
}
