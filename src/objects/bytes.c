/* bytes, minimal: construction (bytes(), bytes(n), bytes(str, encoding),
 * bytes(iterable of ints)), repr, len, indexing and slicing, comparison,
 * + and *, `in`, iteration (bytes_iterator), hash (the same SipHash as
 * str, so PYTHONHASHSEED=0 matches CPython), and decode; plus the codecs shared with str.encode: utf-8, ascii, latin-1
 * and the error handlers strict, ignore, replace, surrogateescape,
 * backslashreplace, xmlcharrefreplace. */
#include <stdio.h>
#include <string.h>
#include "bytes.h"
#include "bytearray.h"
#include "exceptions.h"
#include "int.h"
#include "sequtil.h"
#include "slice.h"
#include "str_internal.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"
#include "../util/repr.h"
#include "../util/strbuf.h"
#include "../unicode/unicode.h"

value bytes_from(const char *s, size_t n)
{
    if (n > ((size_t)1 << 60)) return exc_no_memory();
    bytes_object *b = (bytes_object *)gc_alloc(&bytes_type, sizeof(bytes_object) + n + 1);
    if (!b) return V_NULL;
    b->hash = -1;
    b->size = n;
    if (n && s) memcpy(b->data, s, n);
    return v_from_obj(b);
}

/* -- Codecs --------------------------------------------------------------------- */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN };
enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_SURROGATEESCAPE, ERR_BACKSLASH, ERR_XMLCHAR,
       ERR_SURROGATEPASS, ERR_UNKNOWN };

static int codec_of(const char *enc)
{
    char n[32];
    size_t k = 0;
    for (; enc[k] && k < sizeof n - 1; k++) {
        char c = enc[k];
        n[k] = c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
    }
    n[k] = 0;
    if (!strcmp(n, "utf-8") || !strcmp(n, "utf8") || !strcmp(n, "u8") || !strcmp(n, "utf")) return CODEC_UTF8;
    if (!strcmp(n, "ascii") || !strcmp(n, "us-ascii") || !strcmp(n, "646")) return CODEC_ASCII;
    if (!strcmp(n, "latin-1") || !strcmp(n, "latin1") || !strcmp(n, "iso-8859-1") ||
        !strcmp(n, "iso8859-1") || !strcmp(n, "l1") || !strcmp(n, "latin") || !strcmp(n, "8859"))
        return CODEC_LATIN1;
    return CODEC_UNKNOWN;
}

static const char *codec_name[] = {"utf-8", "ascii", "latin-1"};

static int errors_of(const char *e)
{
    static const char *names[] = {"strict", "ignore", "replace", "surrogateescape",
                                  "backslashreplace", "xmlcharrefreplace", "surrogatepass"};
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (!strcmp(e, names[i])) return i;
    return ERR_UNKNOWN;
}

value str_encode(value s, const char *encoding, const char *errors)
{
    int codec = codec_of(encoding), err = errors_of(errors);
    if (codec == CODEC_UNKNOWN) return exc_raise(&exc_LookupError, "unknown encoding: %s", encoding);
    const char *d = str_data(s);
    size_t n = str_size(s);
    if (codec == CODEC_UTF8 && (v_obj(s)->flags & STR_ASCII)) return bytes_from(d, n);
    strbuf sb;
    sb_init(&sb);
    uint32_t limit = codec == CODEC_ASCII ? 128 : codec == CODEC_LATIN1 ? 256 : 0x110000;
    size_t idx = 0;
    for (size_t p = 0; p < n; idx++) {
        size_t p0 = p;
        uint32_t c = str_next_cp(d, n, &p);
        int surrogate = c >= 0xD800 && c < 0xE000;
        if (c < limit && !(codec == CODEC_UTF8 && surrogate)) {
            if (codec == CODEC_UTF8) sb_append(&sb, d + p0, p - p0);
            else sb_putc(&sb, (char)c);
            continue;
        }
        switch (err) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: sb_putc(&sb, '?'); break;
        case ERR_SURROGATEESCAPE:
            if (c >= 0xDC80 && c <= 0xDCFF) { sb_putc(&sb, (char)(c - 0xDC00)); break; }
            goto strict;
        case ERR_SURROGATEPASS:
            if (codec == CODEC_UTF8 && surrogate) { sb_append(&sb, d + p0, p - p0); break; }
            goto strict;
        case ERR_BACKSLASH:
            if (c < 256) sb_printf(&sb, "\\x%02x", c);
            else if (c < 65536) sb_printf(&sb, "\\u%04x", c);
            else sb_printf(&sb, "\\U%08x", c);
            break;
        case ERR_XMLCHAR:
            sb_printf(&sb, "&#%u;", c);
            break;
        case ERR_UNKNOWN:
            sb_free(&sb);
            return exc_raise(&exc_LookupError, "unknown error handler name '%s'", errors);
        default:
        strict: {
            sb_free(&sb);
            /* the error covers the whole run of unencodable characters */
            size_t end = idx + 1;
            while (p < n) {
                uint32_t c2 = str_next_cp(d, n, &p);
                int bad = codec == CODEC_UTF8 ? c2 >= 0xD800 && c2 < 0xE000 : c2 >= limit;
                if (!bad) break;
                end++;
            }
            if (codec == CODEC_UTF8)
                return exc_raise_unicode(&exc_UnicodeEncodeError, "utf-8", s, idx, end,
                                         "surrogates not allowed");
            return exc_raise_unicode(&exc_UnicodeEncodeError, codec_name[codec], s, idx, end,
                                     limit == 128 ? "ordinal not in range(128)"
                                                  : "ordinal not in range(256)");
        }
        }
    }
    if (sb.failed) { sb_free(&sb); return exc_no_memory(); }
    value r = bytes_from(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

/* Length of a valid UTF-8 sequence at s (strict: no surrogates, no
 * overlongs), or 0 with *reason set. */
static int utf8_valid(const unsigned char *s, size_t n, const char **reason, size_t *bad_len)
{
    unsigned char c = s[0];
    *bad_len = 1;
    if (c < 0x80) return 1;
    int need;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
    else { *reason = "invalid start byte"; return 0; }
    uint32_t cp = c & (0x3F >> need);
    for (int i = 1; i <= need; i++) {
        if ((size_t)i >= n) { *reason = "unexpected end of data"; *bad_len = (size_t)i; return 0; }
        unsigned char x = s[i];
        /* the second byte's allowed range depends on the first */
        unsigned char lo = 0x80, hi = 0xBF;
        if (i == 1) {
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
            else if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        }
        if (x < lo || x > hi) { *reason = "invalid continuation byte"; *bad_len = (size_t)i; return 0; }
        cp = (cp << 6) | (x & 0x3F);
    }
    (void)min;
    return need + 1;
}

value bytes_decode(value b, const char *encoding, const char *errors)
{
    int codec = codec_of(encoding), err = errors_of(errors);
    if (codec == CODEC_UNKNOWN) return exc_raise(&exc_LookupError, "unknown encoding: %s", encoding);
    const unsigned char *d = (const unsigned char *)bytes_data(b);
    size_t n = bytes_size(b);
    str_builder sb;
    sb_str_init(&sb);
    char buf[4];
    for (size_t i = 0; i < n;) {
        const char *reason = "ordinal not in range(128)";
        size_t bad = 1;
        if (codec == CODEC_LATIN1 || d[i] < 0x80) {
            int k = utf8_encode(d[i], buf);
            sb_str_add(&sb, buf, (size_t)k);
            i++;
            continue;
        }
        if (codec == CODEC_UTF8) {
            int k = utf8_valid(d + i, n - i, &reason, &bad);
            if (k) { sb_str_add(&sb, (const char *)d + i, (size_t)k); i += (size_t)k; continue; }
        }
        switch (err) {
        case ERR_IGNORE: i += bad; break;
        case ERR_REPLACE: sb_str_add(&sb, "\xEF\xBF\xBD", 3); i += bad; break;
        case ERR_SURROGATEESCAPE:
            for (size_t j = 0; j < bad; j++) {
                int k = utf8_encode(0xDC00 + d[i + j], buf);
                sb_str_add(&sb, buf, (size_t)k);
            }
            i += bad;
            break;
        case ERR_BACKSLASH:
            for (size_t j = 0; j < bad; j++) {
                char t[8];
                snprintf(t, sizeof t, "\\x%02x", d[i + j]);
                sb_str_add(&sb, t, 4);
            }
            i += bad;
            break;
        case ERR_STRICT:
        default:
            sb_str_abandon(&sb);
            if (err != ERR_STRICT)
                return exc_raise(&exc_LookupError, "unknown error handler name '%s'", errors);
            return exc_raise_unicode(&exc_UnicodeDecodeError, codec_name[codec], b, i, i + bad, reason);
        }
    }
    return sb_str_finish(&sb);
}

/* -- The type -------------------------------------------------------------------- */

static value b_repr(value v)
{
    strbuf sb;
    sb_init(&sb);
    repr_bytes(&sb, bytes_data(v), bytes_size(v));
    if (sb.failed) { sb_free(&sb); return exc_no_memory(); }
    value r = str_from_utf8(sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static int b_hash(value v, int64_t *out)
{
    bytes_object *b = v_bytes(v);
    if (b->hash == -1) b->hash = str_hash_bytes(b->data, b->size);
    *out = b->hash;
    return 0;
}

static value b_richcompare(value a, value b, int op)
{
    if (!v_isinstance(a, &bytes_type) || !v_isinstance(b, &bytes_type)) return V_NOTIMPL;
    size_t na = bytes_size(a), nb = bytes_size(b);
    int c = memcmp(bytes_data(a), bytes_data(b), na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb;
    switch (op) {
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_EQ: return v_bool(c == 0);
    case CMP_NE: return v_bool(c != 0);
    case CMP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static int64_t b_len(value v) { return (int64_t)bytes_size(v); }

static value b_getitem(value v, value key)
{
    int64_t n = (int64_t)bytes_size(v);
    if (v_is_slice(key)) {
        int64_t start, stop, step, len;
        if (slice_unpack(key, n, &start, &stop, &step, &len) < 0) return V_NULL;
        if (step == 1) return bytes_from(bytes_data(v) + start, len > 0 ? (size_t)len : 0);
        value r = bytes_from(NULL, len > 0 ? (size_t)len : 0);
        if (!r) return V_NULL;
        for (int64_t i = 0; i < len; i++) v_bytes(r)->data[i] = bytes_data(v)[start + i * step];
        return r;
    }
    if (!v_is_int(key) && !v_type(key)->nb_index)
        return exc_raise(&exc_TypeError, "byte indices must be integers or slices, not %s", v_type_name(key));
    int64_t i;
    if (seq_index(key, n, "byte", &i) < 0) return V_NULL;
    if (i < 0 || i >= n) return exc_raise(&exc_IndexError, "index out of range");
    return v_small((unsigned char)bytes_data(v)[i]);
}

static value b_add(value a, value b)
{
    if (!v_isinstance(a, &bytes_type)) return V_NOTIMPL;
    const char *db;
    size_t nb;
    if (!buffer_get(b, &db, &nb)) {   /* bytes, bytearray, memoryview */
        if (seq_other_may_reflect(b, NB_ADD)) return V_NOTIMPL;
        return exc_raise(&exc_TypeError, "can't concat %s to %s", v_type_name(b), v_type_name(a));
    }
    size_t na = bytes_size(a);
    value r = bytes_from(NULL, na + nb);
    if (!r) return V_NULL;
    memcpy(v_bytes(r)->data, bytes_data(a), na);
    memcpy(v_bytes(r)->data + na, db, nb);
    return r;
}

static bool is_bytes_like(value v) { return v_isinstance(v, &bytes_type); }

/* bytes * n, n * bytes */
static value b_mul(value a, value b)
{
    value seq;
    int64_t n;
    int r = seq_repeat_args(a, b, is_bytes_like, &seq, &n);
    if (r <= 0) return r == 0 ? V_NOTIMPL : V_NULL;
    size_t sz = bytes_size(seq);
    if (n == 1 && v_is_bytes(seq)) return seq;
    if (sz && (uint64_t)n > ((uint64_t)1 << 60) / sz) return exc_no_memory();
    size_t total = sz * (size_t)n;
    value res = bytes_from(NULL, total);
    if (!res) return V_NULL;
    char *d = v_bytes(res)->data;
    for (size_t done = 0; done < total; done += sz) memcpy(d + done, bytes_data(seq), sz);
    return res;
}

/* `x in b`: an int in range(256), or a bytes substring. */
static int b_contains(value self, value item)
{
    if (v_is_int(item) || v_type(item)->nb_index) {
        int64_t c;
        if (str_arg_index(item, &c, 1) < 0) return -1;
        if (c < 0 || c > 255) {
            exc_raise(&exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(bytes_data(self), (int)c, bytes_size(self)) != NULL;
    }
    if (!is_bytes_like(item)) {
        exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(item));
        return -1;
    }
    return str_find_bytes(bytes_data(self), 0, bytes_size(self), bytes_data(item), bytes_size(item), 0) >= 0;
}

/* -- The iterator ------------------------------------------------------------------ */

typedef struct bytes_iter {
    object hdr;
    value b;        /* V_NULL when exhausted */
    size_t pos;
} bytes_iter;

static void bi_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((bytes_iter *)o)->b); }
static value bi_iter(value it) { return it; }

static value bi_next(value v)
{
    bytes_iter *it = (bytes_iter *)v_obj(v);
    if (!it->b) return V_NULL;
    if (it->pos >= bytes_size(it->b)) { it->b = V_NULL; return V_NULL; }
    return v_small((unsigned char)bytes_data(it->b)[it->pos++]);
}

static value bi_length_hint(value self, int argc, const value *argv, value kwnames)
{
    bytes_iter *it = (bytes_iter *)v_obj(self);
    return v_small(it->b ? (int64_t)(bytes_size(it->b) - it->pos) : 0);
}

static const method_def bi_methods[] = {
    {"__length_hint__", bi_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

type_object bytes_iterator_type = {
    .hdr = {.type = &type_type},
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter),
    .trace = bi_trace,
    .getattr = obj_generic_getattr,
    .iter = bi_iter,
    .iternext = bi_next,
    .methods = bi_methods,
};

static value b_iter(value b)
{
    bytes_iter *it = (bytes_iter *)gc_alloc(&bytes_iterator_type, sizeof(bytes_iter));
    if (!it) return V_NULL;
    it->b = b;
    it->pos = 0;
    return v_from_obj(it);
}

static value b_decode(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    value a[2];
    if (str_parse_args("decode", argc, argv, kwnames, names, 0, a) < 0) return V_NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !v_is_str_like(a[i]))
            return exc_raise(&exc_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                             str_arg_type_name(a[i]));
    return bytes_decode(self, a[0] ? str_data(a[0]) : "utf-8", a[1] ? str_data(a[1]) : "strict");
}

static value b_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    value a[3];
    if (str_parse_args("bytes", argc, argv, kwnames, names, 0, a) < 0) return V_NULL;
    if (!a[0]) return bytes_from("", 0);
    if (v_is_str_like(a[0])) {
        if (!a[1]) return exc_raise(&exc_TypeError, "string argument without an encoding");
        if (!v_is_str_like(a[1]))
            return exc_raise(&exc_TypeError, "bytes() argument 'encoding' must be str, not %s", str_arg_type_name(a[1]));
        return str_encode(a[0], str_data(a[1]), a[2] && v_is_str_like(a[2]) ? str_data(a[2]) : "strict");
    }
    if (a[1] || a[2])
        return exc_raise(&exc_TypeError, a[1] ? "encoding without a string argument"
                                              : "errors without a string argument");
    if (v_isinstance(a[0], &bytes_type)) return bytes_from(bytes_data(a[0]), bytes_size(a[0]));
    if (v_is_int(a[0]) || v_type(a[0])->nb_index) {
        int64_t n;
        if (str_arg_index(a[0], &n, 0) < 0) return V_NULL;
        if (n < 0) return exc_raise(&exc_ValueError, "negative count");
        return bytes_from(NULL, (size_t)n);
    }
    value it = obj_iter(a[0]);
    if (!it) {
        exc_clear();
        return exc_raise(&exc_TypeError, "cannot convert '%s' object to bytes", v_type_name(a[0]));
    }
    strbuf sb;
    sb_init(&sb);
    for (;;) {
        value x = obj_next(it);
        if (!x) {
            if (exc_occurred()) { sb_free(&sb); return V_NULL; }
            break;
        }
        int64_t c;
        if (str_arg_index(x, &c, 0) < 0) { sb_free(&sb); return V_NULL; }
        if (c < 0 || c > 255) { sb_free(&sb); return exc_raise(&exc_ValueError, "bytes must be in range(0, 256)"); }
        sb_putc(&sb, (char)c);
    }
    if (sb.failed) { sb_free(&sb); return exc_no_memory(); }
    value r = bytes_from(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

static const method_def bytes_methods[] = {
    {"decode", b_decode, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

type_object bytes_type = {
    .hdr = {.type = &type_type},
    .name = "bytes",
    .basicsize = sizeof(bytes_object),
    .itemsize = 1,
    .flags = TYPE_BASETYPE,
    .repr = b_repr,
    .hash = b_hash,
    .richcompare = b_richcompare,
    .getattr = obj_generic_getattr,
    .len = b_len,
    .getitem = b_getitem,
    .iter = b_iter,
    .contains = b_contains,
    .nb = {[NB_ADD] = b_add, [NB_MUL] = b_mul},
    .new = b_new,
    .methods = bytes_methods,
};
