/* The `_codecs` module, under CPython's codecs.py and encodings package:
 * the codec registry (register, lookup, encode, decode: search functions
 * asked in order, results cached by normalised name), the error-handler
 * registry (register_error, lookup_error and the built-in handlers as
 * Python-callable functions), and the codec entry points the encodings
 * modules call: utf_8/utf_16/utf_32/latin_1/ascii encode and decode with
 * (output, length consumed) results and incremental `final` handling,
 * charmap (the tables of cp437, iso8859_x, mac_roman, ...), the escape
 * codecs (escape_*, unicode_escape_*, raw_unicode_escape_*) and
 * readbuffer_encode. The text codecs themselves are src/objects/codecs.c;
 * str.encode and bytes.decode come here (codecs_registry_encode/decode)
 * for an encoding that file does not know, as CPython's do through the
 * registry. Error handlers registered from Python apply to codecs written
 * in Python; the C codecs know the built-in handler names only. */
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include "modules.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/codecs.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../gc/gc.h"
#include "../unicode/unicode.h"
#include "../util/strbuf.h"
#include "../vm/exc.h"
#include "../vm/import.h"

static value search_functions;   /* list */
static value codec_cache;        /* dict: normalised name -> CodecInfo */
static value error_handlers;     /* dict: name -> callable */

static int ensure_tables(void)
{
    if (search_functions)
        return 0;
    value l = list_new(0), c = dict_new(), e = dict_new();
    if (!l || !c || !e)
        return -1;
    search_functions = l;
    codec_cache = c;
    error_handlers = e;
    gc_root(&search_functions);
    gc_root(&codec_cache);
    gc_root(&error_handlers);
    return 0;
}

/* -- Small helpers ------------------------------------------------------ */

static value pair(value a, size_t n)
{
    value len = int_from_i64((int64_t)n);
    return a && len ? tuple_pack(2, a, len) : V_NULL;
}

/* errors argument: None or absent -> "strict". NULL with TypeError. */
static const char *errors_arg(const char *fname, value v)
{
    if (!v || v == V_NONE)
        return "strict";
    if (!v_is_str(v)) {
        exc_raise(&exc_TypeError, "%s() argument 'errors' must be str or None, not %s", fname,
                  v_type_name(v));
        return NULL;
    }
    if (codec_check_name(v) < 0)
        return NULL;
    return str_data(v);
}

static bool str_arg(const char *fname, const char *what, value v)
{
    if (v_is_str(v))
        return true;
    exc_raise(&exc_TypeError, "%s() argument %s must be str, not %s", fname, what, v_type_name(v));
    return false;
}

static bool buffer_arg(const char *fname, value v, const char **data, size_t *n)
{
    if (v_is_str(v)) {   /* the decoders accept str and take its UTF-8, as CPython's s* */
        *data = str_data(v);
        *n = str_size(v);
        return true;
    }
    if (buffer_get(v, data, n))
        return true;
    exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return false;
}

static bool is_callable(value v) { return v_type(v)->call != NULL; }

static int truthy(value v)
{
    return !v ? 0 : obj_truthy(v);
}

/* CPython's normalizestring for the registry: lower case, spaces to
 * underscores. */
static value normalize_name(value enc)
{
    str_builder b;
    sb_str_init(&b);
    const char *s = str_data(enc);
    for (size_t i = 0; i < str_size(enc); i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        else if (c == ' ')
            c = '_';
        sb_str_add(&b, &c, 1);
    }
    return sb_str_finish(&b);
}

/* -- The registry -------------------------------------------------------- */

static value c_register(value self, int argc, const value *argv, value kwnames)
{
    if (!is_callable(argv[0]))
        return exc_raise(&exc_TypeError, "argument must be callable");
    if (ensure_tables() < 0 || list_append(search_functions, argv[0]) < 0)
        return V_NULL;
    return V_NONE;
}

static value c_unregister(value self, int argc, const value *argv, value kwnames)
{
    if (ensure_tables() < 0)
        return V_NULL;
    for (size_t i = 0; i < list_len(search_functions); i++)
        if (list_get(search_functions, i) == argv[0]) {
            value r = obj_call_method(search_functions, "pop", 1, (value[]){ v_small((int64_t)i) });
            if (!r)
                return V_NULL;
            dict_clear(codec_cache);
            return V_NONE;
        }
    return V_NONE;
}

/* The encodings package registers the standard search function when it
 * is imported; CPython imports it at start-up, Taipan at the first
 * look-up that needs it. */
static int load_encodings(void)
{
    static bool tried;
    if (tried)
        return 0;
    tried = true;
    value m = import_module_cstr("encodings");
    if (!m) {
        exc_clear();   /* no stdlib: only the built-in codecs exist */
    }
    return 0;
}

value codecs_lookup(value encoding)
{
    if (ensure_tables() < 0 || load_encodings() < 0)
        return V_NULL;
    if (codec_check_name(encoding) < 0)
        return V_NULL;
    value key = normalize_name(encoding);
    if (!key)
        return V_NULL;
    value hit = dict_get_str(codec_cache, key);
    if (hit)
        return hit;
    for (size_t i = 0; i < list_len(search_functions); i++) {
        value r = obj_call1(list_get(search_functions, i), key);
        if (!r)
            return V_NULL;
        if (r == V_NONE)
            continue;
        if (!v_isinstance(r, &tuple_type) || tuple_len(r) != 4)
            return exc_raise(&exc_TypeError, "codec search functions must return 4-tuples");
        if (dict_set(codec_cache, key, r) < 0)
            return V_NULL;
        return r;
    }
    return exc_raise(&exc_LookupError, "unknown encoding: %S", encoding);
}

static value c_lookup(value self, int argc, const value *argv, value kwnames)
{
    if (!str_arg("lookup", "", argv[0]))
        return V_NULL;
    return codecs_lookup(argv[0]);
}

static value c_forget_codec(value self, int argc, const value *argv, value kwnames)
{
    if (!str_arg("_forget_codec", "", argv[0]) || ensure_tables() < 0)
        return V_NULL;
    value key = normalize_name(argv[0]);
    if (!key)
        return V_NULL;
    if (dict_get_str(codec_cache, key) && dict_del(codec_cache, key) < 0)
        return V_NULL;
    return V_NONE;
}

/* codec.encode/decode(obj, errors) through the registry: the first item
 * of the 2-tuple it must return. */
static value registry_code(value obj, value encoding, const char *errors, bool encode)
{
    value info = codecs_lookup(encoding);
    if (!info)
        return V_NULL;
    value fn = tuple_get(info, encode ? 0 : 1);
    value args[2] = { obj, V_NULL };
    if (!(args[1] = str_from_cstr(errors)))
        return V_NULL;
    value r = obj_call(fn, 2, args, V_NULL);
    if (!r)
        return V_NULL;
    if (!v_isinstance(r, &tuple_type) || tuple_len(r) != 2)
        return exc_raise(&exc_TypeError, "%s must return a tuple (object, integer)",
                         encode ? "encoder" : "decoder");
    return tuple_get(r, 0);
}

/* str.encode / bytes.decode for an encoding codecs.c does not know: the
 * registry's codec, which must give bytes / str (CPython's messages). */
value codecs_registry_encode(value s, const char *encoding, const char *errors)
{
    value enc = str_from_cstr(encoding);
    value r = enc ? registry_code(s, enc, errors, true) : V_NULL;
    if (r && !v_is_bytes(r))
        return exc_raise(&exc_TypeError, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                         encoding, v_type_name(r));
    return r;
}

value codecs_registry_decode(value obj, const char *encoding, const char *errors)
{
    value enc = str_from_cstr(encoding);
    value r = enc ? registry_code(obj, enc, errors, false) : V_NULL;
    if (r && !v_is_str(r))
        return exc_raise(&exc_TypeError, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                         encoding, v_type_name(r));
    return r;
}

/* encode(obj, encoding='utf-8', errors='strict') / decode: any codec, any types. */
static value encode_decode(const char *fname, int argc, const value *argv, value kwnames, bool encode)
{
    static const char *const names[] = { "obj", "encoding", "errors" };
    value a[3];
    if (num_parse_args(fname, argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return V_NULL;
    value enc = a[1];
    if (!enc && !(enc = str_from_cstr("utf-8")))
        return V_NULL;
    if (!str_arg(fname, "'encoding'", enc))
        return V_NULL;
    if (a[2] && !str_arg(fname, "'errors'", a[2]))
        return V_NULL;
    const char *errors = a[2] ? str_data(a[2]) : "strict";
    return registry_code(a[0], enc, errors, encode);
}

static value c_encode(value self, int argc, const value *argv, value kwnames)
{
    return encode_decode("encode", argc, argv, kwnames, true);
}

static value c_decode(value self, int argc, const value *argv, value kwnames)
{
    return encode_decode("decode", argc, argv, kwnames, false);
}

/* -- Error handlers ------------------------------------------------------ */

static value c_register_error(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("register_error", kwnames) < 0 || args_count("register_error", argc, 2, 2) < 0)
        return V_NULL;
    if (!str_arg("register_error", "1", argv[0]))
        return V_NULL;
    if (!is_callable(argv[1]))
        return exc_raise(&exc_TypeError, "handler must be callable");
    if (ensure_tables() < 0 || dict_set(error_handlers, argv[0], argv[1]) < 0)
        return V_NULL;
    return V_NONE;
}

static value builtin_handlers;   /* module-level functions by name, filled at init */

static value c_lookup_error(value self, int argc, const value *argv, value kwnames)
{
    if (!str_arg("lookup_error", "", argv[0]) || ensure_tables() < 0)
        return V_NULL;
    value h = dict_get_str(error_handlers, argv[0]);
    if (!h && builtin_handlers)
        h = dict_get_str(builtin_handlers, argv[0]);
    if (!h)
        return exc_raise(&exc_LookupError, "unknown error handler name '%S'", argv[0]);
    return h;
}

enum { UE_ENCODE, UE_DECODE, UE_TRANSLATE, UE_OTHER };

static int unicode_error_kind(value exc)
{
    type_object *t = v_type(exc);
    if (type_is_subtype(t, &exc_UnicodeEncodeError))
        return UE_ENCODE;
    if (type_is_subtype(t, &exc_UnicodeDecodeError))
        return UE_DECODE;
    if (type_is_subtype(t, &exc_UnicodeTranslateError))
        return UE_TRANSLATE;
    return UE_OTHER;
}

static value cant_handle(value exc)
{
    return exc_raise(&exc_TypeError, "don't know how to handle %s in error callback", v_type_name(exc));
}

/* exc.start, exc.end, exc.object, with CPython's clamping of start/end. */
static bool error_span(value exc, value *object, int64_t *start, int64_t *end)
{
    value o = obj_getattr_cstr(exc, "object"), s = o ? obj_getattr_cstr(exc, "start") : V_NULL,
          e = s ? obj_getattr_cstr(exc, "end") : V_NULL;
    if (!e || args_index(s, start) < 0 || args_index(e, end) < 0)
        return false;
    int64_t len = v_is_str(o) ? (int64_t)str_len(o) : obj_len(o);
    if (len < 0)
        return false;
    if (*start < 0)
        *start = 0;
    if (*start > len)
        *start = len;
    if (*end < *start)
        *end = *start;
    if (*end > len)
        *end = len;
    *object = o;
    return true;
}

/* What a handler is called with: the error's kind (a UE_*), object and
 * [start, end). False with the exception set when the error is not one
 * of the kinds in `kinds` (bits 1 << UE_*) or its fields are bad. */
typedef struct handler_call {
    int kind;
    value obj;
    int64_t start, end;
} handler_call;

static bool handler_begin(value exc, unsigned kinds, handler_call *h)
{
    h->kind = unicode_error_kind(exc);
    if (!(kinds & (1u << h->kind))) {
        cant_handle(exc);
        return false;
    }
    return error_span(exc, &h->obj, &h->start, &h->end);
}

#define ANY_UNICODE_ERROR ((1u << UE_ENCODE) | (1u << UE_DECODE) | (1u << UE_TRANSLATE))

static uint32_t cp_at(value s, int64_t i) { return str_char_at(s, (size_t)i); }

static void add_cp(str_builder *b, uint32_t c)
{
    char buf[4];
    sb_str_add(b, buf, (size_t)utf8_encode(c, buf));
}

static void add_backslash_cp(str_builder *b, uint32_t c)
{
    char buf[16];
    int n = c < 0x100 ? snprintf(buf, sizeof buf, "\\x%02x", c)
          : c < 0x10000 ? snprintf(buf, sizeof buf, "\\u%04x", c)
                        : snprintf(buf, sizeof buf, "\\U%08x", c);
    sb_str_add(b, buf, (size_t)n);
}

static value handler_result(str_builder *b, int64_t end)
{
    value s = sb_str_finish(b);
    return s ? pair(s, (size_t)end) : V_NULL;
}

static value h_strict(value self, int argc, const value *argv, value kwnames)
{
    if (!v_is_exc(argv[0]))
        return exc_raise(&exc_TypeError, "codec must pass exception instance");
    return exc_raise_value(argv[0]);
}

static value h_ignore(value self, int argc, const value *argv, value kwnames)
{
    handler_call h;
    if (!handler_begin(argv[0], ANY_UNICODE_ERROR, &h))
        return V_NULL;
    int64_t e = h.end;
    str_builder b;
    sb_str_init(&b);
    return handler_result(&b, e);
}

static value h_replace(value self, int argc, const value *argv, value kwnames)
{
    handler_call h;
    if (!handler_begin(argv[0], ANY_UNICODE_ERROR, &h))
        return V_NULL;
    str_builder b;
    sb_str_init(&b);
    if (h.kind == UE_DECODE)
        add_cp(&b, 0xFFFD);
    else
        for (int64_t i = h.start; i < h.end; i++)
            add_cp(&b, h.kind == UE_ENCODE ? '?' : 0xFFFD);
    return handler_result(&b, h.end);
}

static value h_xmlcharref(value self, int argc, const value *argv, value kwnames)
{
    handler_call h;
    if (!handler_begin(argv[0], 1u << UE_ENCODE, &h))
        return V_NULL;
    value o = h.obj;
    int64_t s = h.start, e = h.end;
    str_builder b;
    sb_str_init(&b);
    for (int64_t i = s; i < e; i++) {
        char buf[16];
        int n = snprintf(buf, sizeof buf, "&#%u;", cp_at(o, i));
        sb_str_add(&b, buf, (size_t)n);
    }
    return handler_result(&b, e);
}

static value h_backslash(value self, int argc, const value *argv, value kwnames)
{
    handler_call h;
    if (!handler_begin(argv[0], ANY_UNICODE_ERROR, &h))
        return V_NULL;
    value o = h.obj;
    int64_t s = h.start, e = h.end;
    int kind = h.kind;
    str_builder b;
    sb_str_init(&b);
    if (kind == UE_DECODE) {
        const char *d;
        size_t n;
        if (!buffer_get(o, &d, &n))
            return cant_handle(argv[0]);
        for (int64_t i = s; i < e; i++)
            add_backslash_cp(&b, (unsigned char)d[i]);
    } else {
        for (int64_t i = s; i < e; i++)
            add_backslash_cp(&b, cp_at(o, i));
    }
    return handler_result(&b, e);
}

static value h_namereplace(value self, int argc, const value *argv, value kwnames)
{
    handler_call h;
    if (!handler_begin(argv[0], 1u << UE_ENCODE, &h))
        return V_NULL;
    value o = h.obj;
    int64_t s = h.start, e = h.end;
    str_builder b;
    sb_str_init(&b);
    for (int64_t i = s; i < e; i++) {
        uint32_t c = cp_at(o, i);
        char name[128];
        if (uni_name_of(c, name, sizeof name)) {
            sb_str_add(&b, "\\N{", 3);
            sb_str_add(&b, name, strlen(name));
            sb_str_add(&b, "}", 1);
        } else {
            add_backslash_cp(&b, c);
        }
    }
    return handler_result(&b, e);
}

/* surrogateescape: undecodable bytes 0x80..0xff <-> U+DC80..U+DCFF. */
static value h_surrogateescape(value self, int argc, const value *argv, value kwnames)
{
    handler_call h;
    if (!handler_begin(argv[0], (1u << UE_ENCODE) | (1u << UE_DECODE), &h))
        return V_NULL;
    value o = h.obj;
    int64_t s = h.start, e = h.end;
    if (h.kind == UE_DECODE) {
        const char *d;
        size_t n;
        if (!buffer_get(o, &d, &n))
            return cant_handle(argv[0]);
        str_builder b;
        sb_str_init(&b);
        int64_t i = s;
        for (; i < e && i < s + 4; i++) {
            unsigned char c = (unsigned char)d[i];
            if (c < 0x80)
                break;
            add_cp(&b, 0xDC00 + c);
        }
        if (i == s) {
            sb_str_abandon(&b);
            return exc_raise_value(argv[0]);
        }
        return handler_result(&b, i);
    }
    strbuf out;
    sb_init(&out);
    for (int64_t i = s; i < e; i++) {
        uint32_t c = cp_at(o, i);
        if (c < 0xDC80 || c > 0xDCFF) {
            sb_free(&out);
            return exc_raise_value(argv[0]);
        }
        char byte = (char)(c - 0xDC00);
        sb_append(&out, &byte, 1);
    }
    value bytes = bytes_from(out.data ? out.data : "", out.len);
    sb_free(&out);
    return bytes ? pair(bytes, (size_t)e) : V_NULL;
}

/* surrogatepass, for the UTF-8 family: lone surrogates as their 3-byte
 * form, both ways. Other encodings: the error stands. */
static value h_surrogatepass(value self, int argc, const value *argv, value kwnames)
{
    handler_call h;
    if (!handler_begin(argv[0], (1u << UE_ENCODE) | (1u << UE_DECODE), &h))
        return V_NULL;
    value o = h.obj;
    int64_t s = h.start, e = h.end;
    value enc = obj_getattr_cstr(argv[0], "encoding");
    if (!enc)
        return V_NULL;
    if (!v_is_str(enc) || (!str_eq_cstr(enc, "utf-8") && !str_eq_cstr(enc, "utf8")))
        return exc_raise_value(argv[0]);
    if (h.kind == UE_DECODE) {
        const char *d;
        size_t n;
        uint32_t c;
        if (!buffer_get(o, &d, &n) || (size_t)s + 3 > n)
            return exc_raise_value(argv[0]);
        unsigned char b0 = (unsigned char)d[s], b1 = (unsigned char)d[s + 1], b2 = (unsigned char)d[s + 2];
        if (b0 != 0xED || (b1 & 0xE0) != 0xA0 || (b2 & 0xC0) != 0x80)
            return exc_raise_value(argv[0]);
        c = 0xD000 | (uint32_t)(b1 & 0x3F) << 6 | (b2 & 0x3F);
        str_builder b;
        sb_str_init(&b);
        add_cp(&b, c);
        return handler_result(&b, s + 3);
    }
    strbuf out;
    sb_init(&out);
    for (int64_t i = s; i < e; i++) {
        uint32_t c = cp_at(o, i);
        if (c < 0xD800 || c > 0xDFFF) {
            sb_free(&out);
            return exc_raise_value(argv[0]);
        }
        char buf[4];
        sb_append(&out, buf, (size_t)utf8_encode(c, buf));
    }
    value bytes = bytes_from(out.data ? out.data : "", out.len);
    sb_free(&out);
    return bytes ? pair(bytes, (size_t)e) : V_NULL;
}

/* -- The UTF and 8-bit codecs ------------------------------------------- */

/* How many bytes at the end of d[0..n) start a UTF-8 sequence that more
 * input could complete (0 when none). */
static size_t utf8_incomplete(const unsigned char *d, size_t n)
{
    for (size_t k = 1; k <= 3 && k <= n; k++) {
        unsigned char c = d[n - k];
        if ((c & 0xC0) == 0x80)
            continue;   /* a continuation byte: look further back */
        size_t need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        if (need <= k)
            return 0;
        if (k >= 2) {   /* the second byte's range depends on the first */
            unsigned char c1 = d[n - k + 1];
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
                (c == 0xF4 && c1 > 0x8F))
                return 0;
        }
        return k;
    }
    return 0;
}

/* Bytes at the end of a UTF-16 input that more input could complete: an
 * odd byte, and a high surrogate waiting for its low half. */
static size_t utf16_incomplete(const unsigned char *d, size_t n, bool big)
{
    size_t tail = n % 2;
    if (n - tail >= 2) {
        const unsigned char *u = d + n - tail - 2;
        unsigned v = big ? (unsigned)u[0] << 8 | u[1] : (unsigned)u[1] << 8 | u[0];
        if (v >= 0xD800 && v < 0xDC00)
            tail += 2;
    }
    return tail;
}

enum { K_UTF8, K_UTF16, K_UTF16_LE, K_UTF16_BE, K_UTF32, K_UTF32_LE, K_UTF32_BE, K_LATIN1, K_ASCII };
static const char *const kind_names[] = {
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "ascii",
};

static size_t incomplete(int kind, const unsigned char *d, size_t n)
{
    switch (kind) {
    case K_UTF8: return utf8_incomplete(d, n);
    case K_UTF16: case K_UTF16_LE: return utf16_incomplete(d, n, false);
    case K_UTF16_BE: return utf16_incomplete(d, n, true);
    case K_UTF32: case K_UTF32_LE: case K_UTF32_BE: return n % 4;
    default: return 0;
    }
}

/* (str, consumed) for data decoded by `kind`; without final, a sequence
 * cut at the end is left for the next call. */
static value decode_kind(const char *fname, int kind, int argc, const value *argv, value kwnames,
                         bool has_final)
{
    static const char *const names[] = { "", "", "" };
    value a[3];
    if (num_parse_args(fname, argc, argv, kwnames, names, has_final ? 3 : 2, has_final ? 3 : 2, 1, a) < 0)
        return V_NULL;
    const char *data;
    size_t n;
    const char *errors = errors_arg(fname, a[1]);
    if (!errors || !buffer_arg(fname, a[0], &data, &n))
        return V_NULL;
    int final = has_final ? truthy(a[2]) : 1;
    if (final < 0)
        return V_NULL;
    size_t use = final ? n : n - incomplete(kind, (const unsigned char *)data, n);
    value obj = v_is_bytes(a[0]) && use == n ? a[0] : bytes_from(data, use);
    if (!obj)
        return V_NULL;
    value s = codec_decode(obj, data, use, kind_names[kind], errors);
    return pair(s, use);
}

static value encode_kind(const char *fname, const char *codec, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "" };
    value a[2];
    if (num_parse_args(fname, argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    if (!str_arg(fname, "1", a[0]))
        return V_NULL;
    const char *errors = errors_arg(fname, a[1]);
    if (!errors)
        return V_NULL;
    return pair(codec_encode(a[0], codec, errors), str_len(a[0]));
}

#define CODEC_PAIR(name, kind, codec)                                                             \
    static value c_##name##_decode(value self, int argc, const value *argv, value kwnames)       \
    {                                                                                             \
        return decode_kind(#name "_decode", kind, argc, argv, kwnames, true);                     \
    }                                                                                             \
    static value c_##name##_encode(value self, int argc, const value *argv, value kwnames)       \
    {                                                                                             \
        return encode_kind(#name "_encode", codec, argc, argv, kwnames);                          \
    }

CODEC_PAIR(utf_8, K_UTF8, "utf-8")
CODEC_PAIR(utf_16_le, K_UTF16_LE, "utf-16-le")
CODEC_PAIR(utf_16_be, K_UTF16_BE, "utf-16-be")
CODEC_PAIR(utf_32_le, K_UTF32_LE, "utf-32-le")
CODEC_PAIR(utf_32_be, K_UTF32_BE, "utf-32-be")

static value c_latin_1_decode(value self, int argc, const value *argv, value kwnames)
{
    return decode_kind("latin_1_decode", K_LATIN1, argc, argv, kwnames, false);
}

static value c_latin_1_encode(value self, int argc, const value *argv, value kwnames)
{
    return encode_kind("latin_1_encode", "latin-1", argc, argv, kwnames);
}

static value c_ascii_decode(value self, int argc, const value *argv, value kwnames)
{
    return decode_kind("ascii_decode", K_ASCII, argc, argv, kwnames, false);
}

static value c_ascii_encode(value self, int argc, const value *argv, value kwnames)
{
    return encode_kind("ascii_encode", "ascii", argc, argv, kwnames);
}

/* utf_16_decode / utf_32_decode: a BOM picks the byte order. */
static value c_utf_16_decode(value self, int argc, const value *argv, value kwnames)
{
    return decode_kind("utf_16_decode", K_UTF16, argc, argv, kwnames, true);
}

static value c_utf_32_decode(value self, int argc, const value *argv, value kwnames)
{
    return decode_kind("utf_32_decode", K_UTF32, argc, argv, kwnames, true);
}

/* utf_16_encode(str, errors=None, byteorder=0): 0 writes a BOM. */
static value wide_encode(const char *fname, int width, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "", "" };
    value a[3];
    if (num_parse_args(fname, argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return V_NULL;
    if (!str_arg(fname, "1", a[0]))
        return V_NULL;
    const char *errors = errors_arg(fname, a[1]);
    int64_t order = 0;
    if (!errors || (a[2] && args_index(a[2], &order) < 0))
        return V_NULL;
    const char *codec = width == 2 ? (order < 0 ? "utf-16-le" : order > 0 ? "utf-16-be" : "utf-16")
                                   : (order < 0 ? "utf-32-le" : order > 0 ? "utf-32-be" : "utf-32");
    return pair(codec_encode(a[0], codec, errors), str_len(a[0]));
}

static value c_utf_16_encode(value self, int argc, const value *argv, value kwnames)
{
    return wide_encode("utf_16_encode", 2, argc, argv, kwnames);
}

static value c_utf_32_encode(value self, int argc, const value *argv, value kwnames)
{
    return wide_encode("utf_32_encode", 4, argc, argv, kwnames);
}

/* utf_16_ex_decode(data, errors=None, byteorder=0, final=False) ->
 * (str, consumed, byteorder): byteorder 0 looks for a BOM (-1 little,
 * 1 big; 0 when there is none yet, and then little-endian, the native
 * order here). */
static value wide_ex_decode(const char *fname, int width, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "", "", "" };
    value a[4];
    if (num_parse_args(fname, argc, argv, kwnames, names, 4, 4, 1, a) < 0)
        return V_NULL;
    const char *data;
    size_t n;
    const char *errors = errors_arg(fname, a[1]);
    int64_t order = 0;
    if (!errors || !buffer_arg(fname, a[0], &data, &n) || (a[2] && args_index(a[2], &order) < 0))
        return V_NULL;
    int final = truthy(a[3]);
    if (final < 0)
        return V_NULL;
    const unsigned char *d = (const unsigned char *)data;
    size_t skip = 0;
    if (order == 0) {
        if (width == 2 && n >= 2) {
            if (d[0] == 0xFF && d[1] == 0xFE)
                order = -1, skip = 2;
            else if (d[0] == 0xFE && d[1] == 0xFF)
                order = 1, skip = 2;
        } else if (width == 4 && n >= 4) {
            if (d[0] == 0xFF && d[1] == 0xFE && !d[2] && !d[3])
                order = -1, skip = 4;
            else if (!d[0] && !d[1] && d[2] == 0xFE && d[3] == 0xFF)
                order = 1, skip = 4;
        }
        if (!skip && !final && n < (size_t)width) {   /* not enough to see a BOM yet */
            value empty = str_from_cstr("");
            return empty ? tuple_pack(3, empty, v_small(0), v_small(0)) : V_NULL;
        }
    }
    int kind = width == 2 ? (order > 0 ? K_UTF16_BE : K_UTF16_LE) : (order > 0 ? K_UTF32_BE : K_UTF32_LE);
    size_t rest = n - skip;
    size_t use = final ? rest : rest - incomplete(kind, d + skip, rest);
    value obj = bytes_from(data + skip, use);
    value s = obj ? codec_decode(obj, data + skip, use, kind_names[kind], errors) : V_NULL;
    value consumed = int_from_i64((int64_t)(skip + use));
    return s && consumed ? tuple_pack(3, s, consumed, v_small(order)) : V_NULL;
}

static value c_utf_16_ex_decode(value self, int argc, const value *argv, value kwnames)
{
    return wide_ex_decode("utf_16_ex_decode", 2, argc, argv, kwnames);
}

static value c_utf_32_ex_decode(value self, int argc, const value *argv, value kwnames)
{
    return wide_ex_decode("utf_32_ex_decode", 4, argc, argv, kwnames);
}

static value c_readbuffer_encode(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "" };
    value a[2];
    if (num_parse_args("readbuffer_encode", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    const char *data;
    size_t n;
    if (!buffer_arg("readbuffer_encode", a[0], &data, &n))
        return V_NULL;
    return pair(bytes_from(data, n), n);
}

/* -- charmap ----------------------------------------------------------- */

/* A decoding error at [pos, pos + 1) handled by name; -1 to raise. */
static int charmap_decode_error(str_builder *b, const char *errors, value obj, size_t pos,
                                unsigned char byte)
{
    if (!strcmp(errors, "strict"))
        return -1;
    if (!strcmp(errors, "ignore"))
        return 0;
    if (!strcmp(errors, "replace"))
        return add_cp(b, 0xFFFD), 0;
    if (!strcmp(errors, "backslashreplace"))
        return add_backslash_cp(b, byte), 0;
    if (!strcmp(errors, "surrogateescape") && byte >= 0x80)
        return add_cp(b, 0xDC00 + byte), 0;
    (void)obj;
    (void)pos;
    return -1;
}

static value c_charmap_decode(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "", "" };
    value a[3];
    if (num_parse_args("charmap_decode", argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return V_NULL;
    const char *data;
    size_t n;
    const char *errors = errors_arg("charmap_decode", a[1]);
    if (!errors || !buffer_arg("charmap_decode", a[0], &data, &n))
        return V_NULL;
    value map = a[2] && a[2] != V_NONE ? a[2] : V_NULL;
    value obj = bytes_from(data, n);
    if (!obj)
        return V_NULL;
    if (!map)
        return pair(codec_decode(obj, data, n, "latin-1", errors), n);
    str_builder b;
    sb_str_init(&b);
    size_t maplen = v_is_str(map) ? str_len(map) : 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char byte = (unsigned char)data[i];
        uint32_t c = 0xFFFE;
        if (v_is_str(map)) {
            if (byte < maplen)
                c = str_char_at(map, byte);
        } else {
            value r = obj_getitem(map, v_small(byte));
            if (!r) {
                if (!exc_matches(&exc_LookupError)) {
                    sb_str_abandon(&b);
                    return V_NULL;
                }
                exc_clear();
            } else if (v_is_str(r)) {
                if (str_len(r) == 1)
                    c = str_char_at(r, 0);
                else {
                    sb_str_add_value(&b, r);
                    continue;
                }
            } else if (v_is_int(r)) {
                int64_t k = v_int(r);
                if (k < 0 || k > 0x10FFFF) {
                    sb_str_abandon(&b);
                    return exc_raise(&exc_TypeError, "character mapping must be in range(0x110000)");
                }
                c = (uint32_t)k;
            } else if (r != V_NONE) {
                sb_str_abandon(&b);
                return exc_raise(&exc_TypeError, "character mapping must return integer, None or str");
            }
        }
        if (c == 0xFFFE) {
            if (charmap_decode_error(&b, errors, obj, i, byte) < 0) {
                sb_str_abandon(&b);
                return exc_raise_unicode(&exc_UnicodeDecodeError, "charmap", obj, i, i + 1,
                                         "character maps to <undefined>");
            }
            continue;
        }
        add_cp(&b, c);
    }
    return pair(sb_str_finish(&b), n);
}

/* charmap_build(decoding_table) -> {code point: byte}: what the encodings
 * modules hand to charmap_encode (CPython makes an EncodingMap; a dict
 * maps the same). */
static value c_charmap_build(value self, int argc, const value *argv, value kwnames)
{
    if (!str_arg("charmap_build", "", argv[0]))
        return V_NULL;
    value d = dict_new();
    if (!d)
        return V_NULL;
    size_t n = str_len(argv[0]);
    for (size_t i = 0; i < n && i < 256; i++) {
        uint32_t c = str_char_at(argv[0], i);
        if (c == 0xFFFE)
            continue;
        value k = int_from_i64(c);
        if (!k || dict_get(d, k) || (!exc_occurred() && dict_set(d, k, v_small((int64_t)i)) < 0))
            if (exc_occurred())
                return V_NULL;
    }
    return d;
}

/* The bytes the mapping gives for c, appended; 0 when unmapped, -1 on error. */
static int charmap_put(strbuf *out, value map, uint32_t c)
{
    value k = int_from_i64(c);
    value r = k ? obj_getitem(map, k) : V_NULL;
    if (!r) {
        if (!exc_matches(&exc_LookupError))
            return -1;
        exc_clear();
        return 0;
    }
    if (r == V_NONE)
        return 0;
    if (v_is_int(r)) {
        int64_t b = v_int(r);
        if (b < 0 || b > 255) {
            exc_raise(&exc_TypeError, "character mapping must be in range(256)");
            return -1;
        }
        char ch = (char)b;
        sb_append(out, &ch, 1);
        return 1;
    }
    if (v_is_bytes(r)) {
        sb_append(out, bytes_data(r), bytes_size(r));
        return 1;
    }
    exc_raise(&exc_TypeError, "character mapping must return integer, bytes or None, not %s", v_type_name(r));
    return -1;
}

static value c_charmap_encode(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "", "" };
    value a[3];
    if (num_parse_args("charmap_encode", argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return V_NULL;
    if (!str_arg("charmap_encode", "1", a[0]))
        return V_NULL;
    const char *errors = errors_arg("charmap_encode", a[1]);
    if (!errors)
        return V_NULL;
    value s = a[0], map = a[2] && a[2] != V_NONE ? a[2] : V_NULL;
    if (!map)
        return pair(codec_encode(s, "latin-1", errors), str_len(s));
    strbuf out;
    sb_init(&out);
    size_t n = str_len(s);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(s, i);
        int r = charmap_put(&out, map, c);
        if (r < 0)
            goto fail;
        if (r > 0)
            continue;
        /* unmapped: the longest run of unmapped characters is the error */
        size_t end = i + 1;
        if (!strcmp(errors, "ignore")) {
            continue;
        } else if (!strcmp(errors, "replace")) {
            if ((r = charmap_put(&out, map, '?')) <= 0)
                goto undefined;
        } else if (!strcmp(errors, "xmlcharrefreplace") || !strcmp(errors, "backslashreplace")) {
            char buf[16];
            int len = !strcmp(errors, "xmlcharrefreplace") ? snprintf(buf, sizeof buf, "&#%u;", c)
                    : c < 0x100 ? snprintf(buf, sizeof buf, "\\x%02x", c)
                    : c < 0x10000 ? snprintf(buf, sizeof buf, "\\u%04x", c)
                                  : snprintf(buf, sizeof buf, "\\U%08x", c);
            for (int k = 0; k < len; k++)
                if ((r = charmap_put(&out, map, (unsigned char)buf[k])) <= 0)
                    goto undefined;
        } else {
            while (end < n) {
                value probe = int_from_i64(str_char_at(s, end));
                value got = probe ? obj_getitem(map, probe) : V_NULL;
                if (got && got != V_NONE)
                    break;
                exc_clear();
                end++;
            }
            sb_free(&out);
            return exc_raise_unicode(&exc_UnicodeEncodeError, "charmap", s, i, end,
                                     "character maps to <undefined>");
        }
        continue;
    undefined:
        if (r < 0)
            goto fail;
        sb_free(&out);
        return exc_raise_unicode(&exc_UnicodeEncodeError, "charmap", s, i, end,
                                 "character maps to <undefined>");
    }
    value b = bytes_from(out.data ? out.data : "", out.len);
    sb_free(&out);
    return pair(b, n);
fail:
    sb_free(&out);
    return V_NULL;
}

/* -- The escape codecs ---------------------------------------------------- */

static int hexval(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* escape_decode(data, errors=None): Python's bytes-literal escapes. */
static value c_escape_decode(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "" };
    value a[2];
    if (num_parse_args("escape_decode", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    const char *data;
    size_t n;
    const char *errors = errors_arg("escape_decode", a[1]);
    if (!errors || !buffer_arg("escape_decode", a[0], &data, &n))
        return V_NULL;
    strbuf out;
    sb_init(&out);
    const unsigned char *d = (const unsigned char *)data;
    for (size_t i = 0; i < n;) {
        unsigned char c = d[i];
        if (c != '\\') {
            sb_append(&out, (const char *)&c, 1);
            i++;
            continue;
        }
        if (++i >= n) {
            sb_free(&out);
            return exc_raise(&exc_ValueError, "Trailing \\ in string");
        }
        c = d[i++];
        char ch;
        switch (c) {
        case '\n': continue;
        case '\\': ch = '\\'; break;
        case '\'': ch = '\''; break;
        case '"': ch = '"'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 't': ch = '\t'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 'v': ch = '\v'; break;
        case 'a': ch = '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0';
            for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++)
                v = v * 8 + (d[i++] - '0');
            ch = (char)(v & 0xff);
            break;
        }
        case 'x':
            if (i + 1 < n && hexval(d[i]) >= 0 && hexval(d[i + 1]) >= 0) {
                ch = (char)(hexval(d[i]) * 16 + hexval(d[i + 1]));
                i += 2;
                break;
            }
            if (!strcmp(errors, "ignore")) {
                while (i < n && hexval(d[i]) >= 0 && i < n)
                    i++;
                continue;
            }
            if (!strcmp(errors, "replace")) {
                sb_append(&out, "?", 1);
                while (i < n && hexval(d[i]) >= 0)
                    i++;
                continue;
            }
            sb_free(&out);
            if (strcmp(errors, "strict"))
                return exc_raise(&exc_ValueError, "decoding error; unknown error handling code: %s", errors);
            return exc_raise(&exc_ValueError, "invalid \\x escape at position %zd", (ssize_t)(i - 2));
        default:
            sb_append(&out, "\\", 1);
            ch = (char)c;
            break;
        }
        sb_append(&out, &ch, 1);
    }
    value b = bytes_from(out.data ? out.data : "", out.len);
    sb_free(&out);
    return pair(b, n);
}

/* escape_encode(bytes, errors=None): repr's escapes, ' escaped, no quotes. */
static value c_escape_encode(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "" };
    value a[2];
    if (num_parse_args("escape_encode", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    if (!v_is_bytes(a[0]))
        return exc_raise(&exc_TypeError, "escape_encode() argument 1 must be bytes, not %s", v_type_name(a[0]));
    const unsigned char *d = (const unsigned char *)bytes_data(a[0]);
    size_t n = bytes_size(a[0]);
    strbuf out;
    sb_init(&out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        char buf[8];
        int len;
        if (c == '\'' || c == '\\')
            len = snprintf(buf, sizeof buf, "\\%c", c);
        else if (c == '\t')
            len = snprintf(buf, sizeof buf, "\\t");
        else if (c == '\n')
            len = snprintf(buf, sizeof buf, "\\n");
        else if (c == '\r')
            len = snprintf(buf, sizeof buf, "\\r");
        else if (c < ' ' || c >= 0x7f)
            len = snprintf(buf, sizeof buf, "\\x%02x", c);
        else
            buf[0] = (char)c, len = 1;
        sb_append(&out, buf, (size_t)len);
    }
    value b = bytes_from(out.data ? out.data : "", out.len);
    sb_free(&out);
    return pair(b, n);
}

/* unicode_escape_encode / raw_unicode_escape_encode. */
static value escape_encode_str(const char *fname, bool raw, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "" };
    value a[2];
    if (num_parse_args(fname, argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    if (!str_arg(fname, "1", a[0]))
        return V_NULL;
    value s = a[0];
    const char *p = str_data(s), *end = p + str_size(s);
    strbuf out;
    sb_init(&out);
    while (p < end) {
        uint32_t c;
        int used = utf8_decode(p, (size_t)(end - p), &c);
        if (used <= 0)
            c = (unsigned char)*p, used = 1;
        p += used;
        char buf[16];
        int len;
        if (raw) {
            if (c < 0x100)
                buf[0] = (char)c, len = 1;
            else
                len = c < 0x10000 ? snprintf(buf, sizeof buf, "\\u%04x", c) : snprintf(buf, sizeof buf, "\\U%08x", c);
        } else if (c == '\\') {
            len = snprintf(buf, sizeof buf, "\\\\");
        } else if (c == '\t') {
            len = snprintf(buf, sizeof buf, "\\t");
        } else if (c == '\n') {
            len = snprintf(buf, sizeof buf, "\\n");
        } else if (c == '\r') {
            len = snprintf(buf, sizeof buf, "\\r");
        } else if (c >= ' ' && c < 0x7f) {
            buf[0] = (char)c, len = 1;
        } else {
            len = c < 0x100 ? snprintf(buf, sizeof buf, "\\x%02x", c)
                : c < 0x10000 ? snprintf(buf, sizeof buf, "\\u%04x", c)
                              : snprintf(buf, sizeof buf, "\\U%08x", c);
        }
        sb_append(&out, buf, (size_t)len);
    }
    value b = bytes_from(out.data ? out.data : "", out.len);
    sb_free(&out);
    return pair(b, str_len(s));
}

static value c_unicode_escape_encode(value self, int argc, const value *argv, value kwnames)
{
    return escape_encode_str("unicode_escape_encode", false, argc, argv, kwnames);
}

static value c_raw_unicode_escape_encode(value self, int argc, const value *argv, value kwnames)
{
    return escape_encode_str("raw_unicode_escape_encode", true, argc, argv, kwnames);
}

/* One escape error: handled by name (ignore, replace, backslashreplace),
 * else UnicodeDecodeError over [start, end). */
static int escape_error(str_builder *b, const char *errors, const char *codec, value obj,
                        size_t start, size_t end, const char *reason)
{
    if (!strcmp(errors, "ignore"))
        return 0;
    if (!strcmp(errors, "replace"))
        return add_cp(b, 0xFFFD), 0;
    exc_raise_unicode(&exc_UnicodeDecodeError, codec, obj, start, end, reason);
    return -1;
}

static value escape_decode_str(const char *fname, bool raw, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "", "" };
    value a[3];
    if (num_parse_args(fname, argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return V_NULL;
    const char *data;
    size_t n;
    const char *errors = errors_arg(fname, a[1]);
    if (!errors || !buffer_arg(fname, a[0], &data, &n))
        return V_NULL;
    int final = a[2] ? truthy(a[2]) : 1;
    if (final < 0)
        return V_NULL;
    const char *codec = raw ? "rawunicodeescape" : "unicodeescape";
    value obj = bytes_from(data, n);
    if (!obj)
        return V_NULL;
    const unsigned char *d = (const unsigned char *)data;
    str_builder b;
    sb_str_init(&b);
    size_t i = 0;
    while (i < n) {
        unsigned char c = d[i];
        if (c != '\\') {
            add_cp(&b, c);
            i++;
            continue;
        }
        size_t start = i;
        if (raw) {
            /* only \u and \U escape; an even run of backslashes is literal */
            size_t run = 0;
            while (i + run < n && d[i + run] == '\\')
                run++;
            if (run % 2 == 0 || i + run >= n || (d[i + run] != 'u' && d[i + run] != 'U')) {
                for (size_t k = 0; k < run; k++)
                    add_cp(&b, '\\');
                i += run;
                continue;
            }
            for (size_t k = 0; k + 1 < run; k++)
                add_cp(&b, '\\');
            start = i + run - 1;
            i = start + 1;
        } else {
            i++;
        }
        if (i >= n) {
            if (!final) {
                i = start;
                break;
            }
            if (escape_error(&b, errors, codec, obj, start, n, "\\ at end of string") < 0)
                goto fail;
            break;
        }
        c = d[i++];
        int digits = 0;
        switch (c) {
        case '\n': continue;
        case '\\': add_cp(&b, '\\'); continue;
        case '\'': add_cp(&b, '\''); continue;
        case '"': add_cp(&b, '"'); continue;
        case 'b': add_cp(&b, '\b'); continue;
        case 'f': add_cp(&b, '\f'); continue;
        case 't': add_cp(&b, '\t'); continue;
        case 'n': add_cp(&b, '\n'); continue;
        case 'r': add_cp(&b, '\r'); continue;
        case 'v': add_cp(&b, '\v'); continue;
        case 'a': add_cp(&b, '\a'); continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++)
                v = v * 8 + (d[i++] - '0');
            add_cp(&b, v);
            continue;
        }
        case 'x': digits = 2; break;
        case 'u': digits = 4; break;
        case 'U': digits = 8; break;
        case 'N': {
            const char *reason = "malformed \\N character escape";
            if (i < n && d[i] == '{') {
                size_t close = i + 1;
                while (close < n && d[close] != '}')
                    close++;
                uint32_t cp;
                if (close < n && close > i + 1 &&
                    uni_lookup_name((const char *)d + i + 1, close - i - 1, &cp)) {
                    add_cp(&b, cp);
                    i = close + 1;
                    continue;
                }
                if (close < n) {
                    reason = "unknown Unicode character name";
                    i = close + 1;
                } else if (!final) {
                    i = start;
                    goto partial;
                }
            }
            if (escape_error(&b, errors, codec, obj, start, i < n ? i : n, reason) < 0)
                goto fail;
            continue;
        }
        default:
            add_cp(&b, '\\');
            add_cp(&b, c);
            continue;
        }
        uint32_t v = 0;
        int k = 0;
        for (; k < digits && i < n && hexval(d[i]) >= 0; k++)
            v = v * 16 + (uint32_t)hexval(d[i++]);
        if (k < digits) {
            if (!final && i >= n) {
                i = start;
                goto partial;
            }
            static const char *const why[] = { "truncated \\xXX escape", "truncated \\uXXXX escape",
                                               "truncated \\UXXXXXXXX escape" };
            if (escape_error(&b, errors, codec, obj, start, i, why[digits == 2 ? 0 : digits == 4 ? 1 : 2]) < 0)
                goto fail;
            continue;
        }
        if (v > 0x10FFFF) {
            if (escape_error(&b, errors, codec, obj, start, i,
                             raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character") < 0)
                goto fail;
            continue;
        }
        add_cp(&b, v);
    }
partial:
    return pair(sb_str_finish(&b), i);
fail:
    sb_str_abandon(&b);
    return V_NULL;
}

static value c_unicode_escape_decode(value self, int argc, const value *argv, value kwnames)
{
    return escape_decode_str("unicode_escape_decode", false, argc, argv, kwnames);
}

static value c_raw_unicode_escape_decode(value self, int argc, const value *argv, value kwnames)
{
    return escape_decode_str("raw_unicode_escape_decode", true, argc, argv, kwnames);
}

/* -- The module ----------------------------------------------------------- */

static const method_def handler_functions[] = {
    { "strict_errors", h_strict, METH_O, "Implements the 'strict' error handling, which raises a UnicodeError on coding errors." },
    { "ignore_errors", h_ignore, METH_O, "Implements the 'ignore' error handling, which ignores malformed data and continues." },
    { "replace_errors", h_replace, METH_O, "Implements the 'replace' error handling, which replaces malformed data with a replacement marker." },
    { "xmlcharrefreplace_errors", h_xmlcharref, METH_O, "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference." },
    { "backslashreplace_errors", h_backslash, METH_O, "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence." },
    { "namereplace_errors", h_namereplace, METH_O, "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence." },
    { NULL, NULL, 0, NULL },
};

/* lookup_error's names for them (and for the two with no module-level name). */
static const struct { const char *handler, *function; } handler_names[] = {
    { "strict", "strict_errors" }, { "ignore", "ignore_errors" }, { "replace", "replace_errors" },
    { "xmlcharrefreplace", "xmlcharrefreplace_errors" },
    { "backslashreplace", "backslashreplace_errors" }, { "namereplace", "namereplace_errors" },
};

static const method_def hidden_handlers[] = {
    { "surrogateescape", h_surrogateescape, METH_O, NULL },
    { "surrogatepass", h_surrogatepass, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def codecs_functions[] = {
    { "register", c_register, METH_O, "Register a codec search function." },
    { "unregister", c_unregister, METH_O, "Unregister a codec search function and clear the registry's cache." },
    { "lookup", c_lookup, METH_O, "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object." },
    { "_forget_codec", c_forget_codec, METH_O, "Purge the named codec from the internal codec lookup cache" },
    { "encode", c_encode, METH_KEYWORDS, "Encodes obj using the codec registered for encoding." },
    { "decode", c_decode, METH_KEYWORDS, "Decodes obj using the codec registered for encoding." },
    { "register_error", c_register_error, METH_FAST, "Register the specified error handler under the name errors." },
    { "lookup_error", c_lookup_error, METH_O, "lookup_error(errors) -> handler" },
    { "utf_8_encode", c_utf_8_encode, METH_KEYWORDS, NULL },
    { "utf_8_decode", c_utf_8_decode, METH_KEYWORDS, NULL },
    { "utf_16_encode", c_utf_16_encode, METH_KEYWORDS, NULL },
    { "utf_16_decode", c_utf_16_decode, METH_KEYWORDS, NULL },
    { "utf_16_le_encode", c_utf_16_le_encode, METH_KEYWORDS, NULL },
    { "utf_16_le_decode", c_utf_16_le_decode, METH_KEYWORDS, NULL },
    { "utf_16_be_encode", c_utf_16_be_encode, METH_KEYWORDS, NULL },
    { "utf_16_be_decode", c_utf_16_be_decode, METH_KEYWORDS, NULL },
    { "utf_16_ex_decode", c_utf_16_ex_decode, METH_KEYWORDS, NULL },
    { "utf_32_encode", c_utf_32_encode, METH_KEYWORDS, NULL },
    { "utf_32_decode", c_utf_32_decode, METH_KEYWORDS, NULL },
    { "utf_32_le_encode", c_utf_32_le_encode, METH_KEYWORDS, NULL },
    { "utf_32_le_decode", c_utf_32_le_decode, METH_KEYWORDS, NULL },
    { "utf_32_be_encode", c_utf_32_be_encode, METH_KEYWORDS, NULL },
    { "utf_32_be_decode", c_utf_32_be_decode, METH_KEYWORDS, NULL },
    { "utf_32_ex_decode", c_utf_32_ex_decode, METH_KEYWORDS, NULL },
    { "latin_1_encode", c_latin_1_encode, METH_KEYWORDS, NULL },
    { "latin_1_decode", c_latin_1_decode, METH_KEYWORDS, NULL },
    { "ascii_encode", c_ascii_encode, METH_KEYWORDS, NULL },
    { "ascii_decode", c_ascii_decode, METH_KEYWORDS, NULL },
    { "charmap_encode", c_charmap_encode, METH_KEYWORDS, NULL },
    { "charmap_decode", c_charmap_decode, METH_KEYWORDS, NULL },
    { "charmap_build", c_charmap_build, METH_O, NULL },
    { "escape_encode", c_escape_encode, METH_KEYWORDS, NULL },
    { "escape_decode", c_escape_decode, METH_KEYWORDS, NULL },
    { "unicode_escape_encode", c_unicode_escape_encode, METH_KEYWORDS, NULL },
    { "unicode_escape_decode", c_unicode_escape_decode, METH_KEYWORDS, NULL },
    { "raw_unicode_escape_encode", c_raw_unicode_escape_encode, METH_KEYWORDS, NULL },
    { "raw_unicode_escape_decode", c_raw_unicode_escape_decode, METH_KEYWORDS, NULL },
    { "readbuffer_encode", c_readbuffer_encode, METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL },
};

value codecsmodule_init(void)
{
    value m = module_new("_codecs");
    if (!m || ensure_tables() < 0 || modules_add_functions(m, codecs_functions) < 0 ||
        modules_add_functions(m, handler_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    value hidden = module_new("_codecs");   /* a scratch namespace for the two unnamed handlers */
    if (!hidden || modules_add_functions(hidden, hidden_handlers) < 0)
        return V_NULL;
    if (!builtin_handlers) {
        if (!(builtin_handlers = dict_new()))
            return V_NULL;
        gc_root(&builtin_handlers);
    }
    for (size_t i = 0; i < sizeof handler_names / sizeof handler_names[0]; i++)
        if (dict_set_cstr(builtin_handlers, handler_names[i].handler,
                          dict_get_cstr(d, handler_names[i].function)) < 0)
            return V_NULL;
    for (const method_def *h = hidden_handlers; h->name; h++)
        if (dict_set_cstr(builtin_handlers, h->name, dict_get_cstr(module_dict(hidden), h->name)) < 0)
            return V_NULL;
    return m;
}
