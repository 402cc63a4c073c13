/* Text codecs (codecs.h): name lookup, then one encoder loop and one
 * decoder loop shared by every codec, each with its error handlers.
 *
 * Names are normalised as CPython's `encodings.normalize_encoding` does
 * (lower case; each run of characters other than letters, digits and '.'
 * becomes one '_'; leading and trailing '_' dropped) and looked up in the
 * alias table of encodings/aliases.py restricted to the codecs Taipan has.
 * The bytes<->bytes codecs of the stdlib (hex, rot13, ...) are known by
 * name only, to give CPython's "is not a text encoding" LookupError.
 *
 * Encoding walks the str's UTF-8 by code point. Characters a codec cannot
 * encode are handed to the error handler in runs, as CPython's encoders
 * do: ascii, latin-1, cp1252 and utf-8 pass a whole run of consecutive
 * unencodable characters (so "characters in position 1-3"), utf-16 and
 * utf-32 one character at a time. Decoding asks the codec for one code
 * point at a time; a failure names the reason and the end of the bad
 * bytes, and the handler decides what to put in their place. */
#include <stdio.h>
#include <string.h>
#include "codecs.h"
#include "bytes.h"
#include "bytearray.h"
#include "exceptions.h"
#include "str_internal.h"
#include "../vm/exc.h"
#include "../util/strbuf.h"
#include "../unicode/unicode.h"

/* -- Names ------------------------------------------------------------------ */

enum {
    CD_UTF8, CD_UTF8_SIG, CD_ASCII, CD_LATIN1, CD_CP1252, CD_UTF16, CD_UTF16_LE, CD_UTF16_BE,
    CD_UTF32, CD_UTF32_LE, CD_UTF32_BE, CD_NOT_TEXT, CD_UNKNOWN
};

/* The name a codec gives itself in Unicode errors. */
static const char *const codec_display[] = {
    "utf-8", "utf-8", "ascii", "latin-1", "charmap", "utf-16", "utf-16-le", "utf-16-be",
    "utf-32", "utf-32-le", "utf-32-be",
};

static const struct codec_alias {
    const char *name;
    int id;
} codec_aliases[] = {
    {"utf_8", CD_UTF8}, {"u8", CD_UTF8}, {"utf", CD_UTF8}, {"utf8", CD_UTF8},
    {"utf8_ucs2", CD_UTF8}, {"utf8_ucs4", CD_UTF8}, {"cp65001", CD_UTF8},
    {"utf_8_sig", CD_UTF8_SIG},
    {"ascii", CD_ASCII}, {"646", CD_ASCII}, {"ansi_x3.4_1968", CD_ASCII},
    {"ansi_x3_4_1968", CD_ASCII}, {"ansi_x3.4_1986", CD_ASCII}, {"cp367", CD_ASCII},
    {"csascii", CD_ASCII}, {"ibm367", CD_ASCII}, {"iso646_us", CD_ASCII},
    {"iso_646.irv_1991", CD_ASCII}, {"iso_ir_6", CD_ASCII}, {"us", CD_ASCII}, {"us_ascii", CD_ASCII},
    {"latin_1", CD_LATIN1}, {"8859", CD_LATIN1}, {"cp819", CD_LATIN1}, {"csisolatin1", CD_LATIN1},
    {"ibm819", CD_LATIN1}, {"iso8859", CD_LATIN1}, {"iso8859_1", CD_LATIN1},
    {"iso_8859_1", CD_LATIN1}, {"iso_8859_1_1987", CD_LATIN1}, {"iso_ir_100", CD_LATIN1},
    {"l1", CD_LATIN1}, {"latin", CD_LATIN1}, {"latin1", CD_LATIN1},
    {"cp1252", CD_CP1252}, {"1252", CD_CP1252}, {"windows_1252", CD_CP1252},
    {"utf_16", CD_UTF16}, {"u16", CD_UTF16}, {"utf16", CD_UTF16},
    {"utf_16_le", CD_UTF16_LE}, {"utf_16le", CD_UTF16_LE}, {"unicodelittleunmarked", CD_UTF16_LE},
    {"utf_16_be", CD_UTF16_BE}, {"utf_16be", CD_UTF16_BE}, {"unicodebigunmarked", CD_UTF16_BE},
    {"utf_32", CD_UTF32}, {"u32", CD_UTF32}, {"utf32", CD_UTF32},
    {"utf_32_le", CD_UTF32_LE}, {"utf_32le", CD_UTF32_LE},
    {"utf_32_be", CD_UTF32_BE}, {"utf_32be", CD_UTF32_BE},
    {"base64_codec", CD_NOT_TEXT}, {"base64", CD_NOT_TEXT}, {"base_64", CD_NOT_TEXT},
    {"bz2_codec", CD_NOT_TEXT}, {"bz2", CD_NOT_TEXT}, {"hex_codec", CD_NOT_TEXT},
    {"hex", CD_NOT_TEXT}, {"quopri_codec", CD_NOT_TEXT}, {"quopri", CD_NOT_TEXT},
    {"quoted_printable", CD_NOT_TEXT}, {"quotedprintable", CD_NOT_TEXT},
    {"rot_13", CD_NOT_TEXT}, {"rot13", CD_NOT_TEXT}, {"uu_codec", CD_NOT_TEXT},
    {"uu", CD_NOT_TEXT}, {"zlib_codec", CD_NOT_TEXT}, {"zip", CD_NOT_TEXT}, {"zlib", CD_NOT_TEXT},
};

static int alias_id(const char *n)
{
    for (size_t i = 0; i < sizeof codec_aliases / sizeof codec_aliases[0]; i++)
        if (!strcmp(codec_aliases[i].name, n))
            return codec_aliases[i].id;
    return CD_UNKNOWN;
}

static bool is_alnum_ascii(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* normalize_encoding's form of enc into n (size 64): lower case, each run
 * of characters other than letters, digits and '.' one '_', none at the
 * ends. False when it does not fit (no codec has so long a name). */
static bool normalize(const char *enc, char *n)
{
    size_t k = 0;
    bool punct = false;
    for (const char *p = enc; *p; p++) {
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        if (is_alnum_ascii(c) || c == '.') {
            if (punct && k)
                n[k++] = '_';
            punct = false;
            n[k++] = c;
        } else if ((unsigned char)c < 0x80) {
            punct = true;
        }
        /* non-ASCII bytes are dropped, as normalize_encoding drops
         * non-ASCII letters (and this list has no such names anyway) */
        if (k >= 62)
            return false;
    }
    n[k] = 0;
    return true;
}

/* The codec called `enc`; the commonest spellings are tried before the
 * normalisation, since nearly every call names one of them. */
static int codec_of(const char *enc)
{
    if (!strcmp(enc, "utf-8") || !strcmp(enc, "utf8"))
        return CD_UTF8;
    char n[64];
    if (!normalize(enc, n))
        return CD_UNKNOWN;
    int id = alias_id(n);
    if (id == CD_UNKNOWN && strchr(n, '.')) {
        for (char *p = n; *p; p++)
            if (*p == '.')
                *p = '_';
        id = alias_id(n);
    }
    return id;
}

/* CPython calls the C codecs directly for these spellings and through
 * its codec registry for all others, and the registry wraps a plain
 * TypeError or LookupError from the codec as "decoding with 'x' codec
 * failed (TypeError: ...)". Taipan calls its own codecs directly for
 * every name they know, and wraps the same. */
static bool fast_path_name(const char *enc)
{
    static const char *const fast[] = {"utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii",
                                       "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1"};
    char n[64];
    if (!normalize(enc, n))
        return false;
    for (size_t i = 0; i < sizeof fast / sizeof fast[0]; i++)
        if (!strcmp(n, fast[i]))
            return true;
    return false;
}

static void wrap_codec_error(const char *enc, bool encoding)
{
    if (fast_path_name(enc) || !exc_occurred())
        return;
    value old = exc_fetch();
    type_object *t = v_type(old);
    if (t != &exc_TypeError && t != &exc_LookupError) {
        exc_restore(old);
        return;
    }
    value msg = obj_str(old);
    if (!msg)
        return;
    exc_raise(t, "%s with '%s' codec failed (%s: %S)", encoding ? "encoding" : "decoding", enc, t->name, msg);
    value now = exc_fetch();
    if (obj_setattr(now, str_intern_cstr("__cause__"), old) < 0)
        exc_clear();
    exc_restore(now);
}

/* The codec id, or -1 with LookupError raised. */
static int find_codec(const char *enc, bool encoding)
{
    int id = codec_of(enc);
    if (id == CD_NOT_TEXT) {
        exc_raise(&exc_LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                  enc, encoding ? "encode" : "decode");
        return -1;
    }
    if (id == CD_UNKNOWN) {
        exc_raise(&exc_LookupError, "unknown encoding: %s", enc);
        return -1;
    }
    return id;
}

bool codec_is_builtin_text(const char *encoding)
{
    int id = codec_of(encoding);
    return id != CD_UNKNOWN && id != CD_NOT_TEXT;
}

int codec_check_name(value name)
{
    if (memchr(str_data(name), 0, str_size(name))) {
        exc_raise(&exc_ValueError, "embedded null character");
        return -1;
    }
    return 0;
}

enum {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHAR, ERR_NAME,
    ERR_SURROGATEESCAPE, ERR_SURROGATEPASS, ERR_UNKNOWN
};

static int errors_of(const char *e)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "namereplace", "surrogateescape",
                                        "surrogatepass"};
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (!strcmp(e, names[i]))
            return i;
    return ERR_UNKNOWN;
}

static value unknown_handler(const char *errors)
{
    return exc_raise(&exc_LookupError, "unknown error handler name '%s'", errors);
}

static bool is_surrogate(uint32_t c) { return c >= 0xD800 && c < 0xE000; }

/* -- cp1252 ----------------------------------------------------------------- */

/* 0x80..0x9F; 0 marks the five undefined bytes. The rest is latin-1. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The cp1252 byte for c, or -1. */
static int cp1252_byte(uint32_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return (int)c;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] && cp1252_high[i] == c)
            return 0x80 + i;
    return -1;
}

/* -- Encoding --------------------------------------------------------------- */

typedef struct encoder {
    int codec, err;       /* as asked for: CD_UTF16 names itself 'utf-16' */
    bool big;             /* utf-16/32 byte order (the BOM forms: native, little) */
    const char *errors;
    value s;
    strbuf out;
} encoder;

static void put_unit(strbuf *out, uint32_t u, int width, bool big)
{
    for (int i = 0; i < width; i++) {
        int shift = big ? 8 * (width - 1 - i) : 8 * i;
        sb_putc(out, (char)((u >> shift) & 0xFF));
    }
}

static bool encodable(int codec, uint32_t c)
{
    switch (codec) {
    case CD_ASCII: return c < 0x80;
    case CD_LATIN1: return c < 0x100;
    case CD_CP1252: return cp1252_byte(c) >= 0;
    default: return !is_surrogate(c);   /* the UTFs */
    }
}

/* Appends c, which the codec can encode (or a surrogate the UTFs pass
 * through for surrogatepass). */
static void emit(encoder *e, uint32_t c)
{
    char buf[4];
    switch (e->codec) {
    case CD_UTF8:
    case CD_UTF8_SIG:
        sb_append(&e->out, buf, (size_t)utf8_encode(c, buf));
        break;
    case CD_ASCII:
    case CD_LATIN1:
        sb_putc(&e->out, (char)c);
        break;
    case CD_CP1252:
        sb_putc(&e->out, (char)cp1252_byte(c));
        break;
    case CD_UTF16:
    case CD_UTF16_LE:
    case CD_UTF16_BE:
        if (c >= 0x10000) {
            put_unit(&e->out, 0xD800 + ((c - 0x10000) >> 10), 2, e->big);
            put_unit(&e->out, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, e->big);
        } else {
            put_unit(&e->out, c, 2, e->big);
        }
        break;
    default:
        put_unit(&e->out, c, 4, e->big);
        break;
    }
}

static void emit_ascii(encoder *e, const char *s)
{
    for (; *s; s++)
        emit(e, (unsigned char)*s);
}

static const char *encode_reason(int codec)
{
    switch (codec) {
    case CD_ASCII: return "ordinal not in range(128)";
    case CD_LATIN1: return "ordinal not in range(256)";
    case CD_CP1252: return "character maps to <undefined>";
    default: return "surrogates not allowed";
    }
}

static value raise_encode(encoder *e, size_t start, size_t end)
{
    return exc_raise_unicode(&exc_UnicodeEncodeError, codec_display[e->codec], e->s, start, end,
                             encode_reason(e->codec));
}

static bool is_utf8_codec(int c) { return c == CD_UTF8 || c == CD_UTF8_SIG; }
static bool is_wide_codec(int c) { return c >= CD_UTF16 && c <= CD_UTF32_BE; }

/* Applies the error handler to the characters [start, end) (code point
 * indices), which begin at byte offset p of the str. Returns -1 on error. */
static int encode_run(encoder *e, size_t start, size_t end, size_t p)
{
    const char *d = str_data(e->s);
    size_t n = str_size(e->s);
    if (e->err == ERR_STRICT) {
        raise_encode(e, start, end);
        return -1;
    }
    if (e->err == ERR_UNKNOWN) {
        unknown_handler(e->errors);
        return -1;
    }
    if (e->err == ERR_SURROGATEESCAPE && is_wide_codec(e->codec)) {
        /* the handler's single byte is no whole code unit */
        raise_encode(e, start, end);
        return -1;
    }
    if (e->err == ERR_SURROGATEPASS && !is_utf8_codec(e->codec) && !is_wide_codec(e->codec)) {
        raise_encode(e, start, end);
        return -1;
    }
    for (size_t i = start; i < end; i++) {
        uint32_t c = str_next_cp(d, n, &p);
        char buf[300];
        switch (e->err) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            emit(e, '?');
            break;
        case ERR_NAME: {
            char name[260];
            if (uni_name_of(c, name, sizeof name)) {
                snprintf(buf, sizeof buf, "\\N{%s}", name);
                emit_ascii(e, buf);
                break;
            }
            __attribute__((fallthrough));   /* no name: as backslashreplace */
        }
        case ERR_BACKSLASH:
            snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
            emit_ascii(e, buf);
            break;
        case ERR_XMLCHAR:
            snprintf(buf, sizeof buf, "&#%u;", c);
            emit_ascii(e, buf);
            break;
        case ERR_SURROGATEESCAPE:
            if (c < 0xDC80 || c > 0xDCFF) {
                raise_encode(e, i, end);
                return -1;
            }
            sb_putc(&e->out, (char)(c - 0xDC00));
            break;
        default:   /* surrogatepass in a UTF: the surrogate as it is */
            emit(e, c);
            break;
        }
    }
    return 0;
}

/* Whether UTF-8 text holds an encoded surrogate (ED A0..BF xx). */
static bool has_surrogate(const char *d, size_t n)
{
    for (const char *p = d; (p = memchr(p, 0xED, (size_t)(d + n - p))); p++)
        if (p + 1 < d + n && (unsigned char)p[1] >= 0xA0)
            return true;
    return false;
}

value codec_encode(value s, const char *encoding, const char *errors)
{
    if (codec_of(encoding) == CD_UNKNOWN)
        return codecs_registry_encode(s, encoding, errors);
    int codec = find_codec(encoding, true);
    if (codec < 0)
        return V_NULL;
    const char *d = str_data(s);
    size_t n = str_size(s);
    bool ascii = (v_obj(s)->flags & STR_ASCII) != 0;
    if ((codec == CD_UTF8 && !has_surrogate(d, n)) || (ascii && (codec == CD_ASCII || codec == CD_LATIN1)))
        return bytes_from(d, n);
    encoder e = {.codec = codec, .err = errors_of(errors), .errors = errors, .s = s,
                 .big = codec == CD_UTF16_BE || codec == CD_UTF32_BE};
    sb_init(&e.out);
    if (codec == CD_UTF8_SIG)
        sb_append(&e.out, "\xEF\xBB\xBF", 3);
    else if (codec == CD_UTF16)
        sb_append(&e.out, "\xFF\xFE", 2);
    else if (codec == CD_UTF32)
        sb_append(&e.out, "\xFF\xFE\0\0", 4);
    size_t idx = 0;
    for (size_t p = 0; p < n;) {
        size_t p0 = p;
        uint32_t c = str_next_cp(d, n, &p);
        if (encodable(codec, c)) {
            if (is_utf8_codec(codec))
                sb_append(&e.out, d + p0, p - p0);
            else
                emit(&e, c);
            idx++;
            continue;
        }
        size_t end = idx + 1;
        if (!is_wide_codec(codec)) {
            for (size_t q = p; q < n; end++) {
                uint32_t c2 = str_next_cp(d, n, &q);
                if (encodable(codec, c2))
                    break;
                p = q;
            }
        }
        if (encode_run(&e, idx, end, p0) < 0) {
            sb_free(&e.out);
            wrap_codec_error(encoding, true);
            return V_NULL;
        }
        idx = end;
    }
    if (e.out.failed) {
        sb_free(&e.out);
        return exc_no_memory();
    }
    value r = bytes_from(e.out.data ? e.out.data : "", e.out.len);
    sb_free(&e.out);
    return r;
}

/* -- Decoding --------------------------------------------------------------- */

typedef struct decoder {
    int codec, err;
    bool big;                  /* utf-16/32 byte order, once the BOM is read */
    const char *errors;
    value obj;
    const unsigned char *d;
    size_t n;
    str_builder out;
} decoder;

/* The name decode errors give: utf-16 and utf-32 name the byte order
 * they settled on. */
static const char *decode_name(const decoder *dc)
{
    if (dc->codec == CD_UTF16)
        return dc->big ? "utf-16-be" : "utf-16-le";
    if (dc->codec == CD_UTF32)
        return dc->big ? "utf-32-be" : "utf-32-le";
    return codec_display[dc->codec];
}

static value raise_decode(decoder *dc, size_t start, size_t end, const char *reason)
{
    value obj = dc->obj;
    if (!obj || !v_is_bytes(obj))
        obj = bytes_from((const char *)dc->d, dc->n);
    if (!obj)
        return V_NULL;
    return exc_raise_unicode(&exc_UnicodeDecodeError, decode_name(dc), obj, start, end, reason);
}

static void put_cp(decoder *dc, uint32_t c)
{
    char buf[4];
    sb_str_add(&dc->out, buf, (size_t)utf8_encode(c, buf));
}

/* Length of a valid UTF-8 sequence at s (no surrogates, no overlongs), or
 * 0 with *reason and *bad (the length of the maximal invalid part, which
 * one replacement character stands for). */
static int utf8_valid(const unsigned char *s, size_t n, const char **reason, size_t *bad)
{
    unsigned char c = s[0];
    *bad = 1;
    if (c < 0x80)
        return 1;
    int need;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 2;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 3;
    else {
        *reason = "invalid start byte";
        return 0;
    }
    for (int i = 1; i <= need; i++) {
        if ((size_t)i >= n) {
            *reason = "unexpected end of data";
            *bad = (size_t)i;
            return 0;
        }
        unsigned char x = s[i];
        /* the second byte's range depends on the first: this excludes
         * overlong forms, surrogates and code points past U+10FFFF */
        unsigned char lo = 0x80, hi = 0xBF;
        if (i == 1) {
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
            else if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        }
        if (x < lo || x > hi) {
            *reason = "invalid continuation byte";
            *bad = (size_t)i;
            return 0;
        }
    }
    return need + 1;
}

static uint32_t read_unit(const unsigned char *p, int width, bool big)
{
    uint32_t u = 0;
    for (int i = 0; i < width; i++)
        u |= (uint32_t)p[i] << (big ? 8 * (width - 1 - i) : 8 * i);
    return u;
}

/* One code point at dc->d[i]: 1 with *c and *used, or 0 with *reason
 * and *end (where the bad bytes stop). UTF-8 and latin-1 take faster
 * paths in codec_decode and come here only for their errors. */
static int decode_one(decoder *dc, size_t i, uint32_t *c, size_t *used, const char **reason, size_t *end)
{
    const unsigned char *p = dc->d + i;
    size_t left = dc->n - i;
    switch (dc->codec) {
    case CD_UTF8:
    case CD_UTF8_SIG: {
        size_t bad;
        int k = utf8_valid(p, left, reason, &bad);
        if (!k) {
            *end = i + bad;
            return 0;
        }
        *used = (size_t)k;
        utf8_decode((const char *)p, left, c);
        return 1;
    }
    case CD_ASCII:
        if (*p >= 0x80) {
            *reason = "ordinal not in range(128)";
            *end = i + 1;
            return 0;
        }
        *c = *p, *used = 1;
        return 1;
    case CD_LATIN1:
        *c = *p, *used = 1;
        return 1;
    case CD_CP1252:
        *used = 1;
        *c = *p >= 0x80 && *p < 0xA0 ? cp1252_high[*p - 0x80] : *p;
        if (*c == 0 && *p != 0) {
            *reason = "character maps to <undefined>";
            *end = i + 1;
            return 0;
        }
        return 1;
    case CD_UTF16:
    case CD_UTF16_LE:
    case CD_UTF16_BE: {
        if (left < 2) {
            *reason = "truncated data", *end = dc->n;
            return 0;
        }
        uint32_t u = read_unit(p, 2, dc->big);
        if (!is_surrogate(u)) {
            *c = u, *used = 2;
            return 1;
        }
        if (u >= 0xDC00) {
            *reason = "illegal encoding", *end = i + 2;
            return 0;
        }
        if (left < 4) {
            *reason = "unexpected end of data", *end = dc->n;
            return 0;
        }
        uint32_t u2 = read_unit(p + 2, 2, dc->big);
        if (u2 < 0xDC00 || u2 > 0xDFFF) {
            *reason = "illegal UTF-16 surrogate", *end = i + 2;
            return 0;
        }
        *c = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00), *used = 4;
        return 1;
    }
    default: {
        if (left < 4) {
            *reason = "truncated data", *end = dc->n;
            return 0;
        }
        uint32_t u = read_unit(p, 4, dc->big);
        *end = i + 4;
        if (u > 0x10FFFF) {
            *reason = "code point not in range(0x110000)";
            return 0;
        }
        if (is_surrogate(u)) {
            *reason = "code point in surrogate code point range(0xd800, 0xe000)";
            return 0;
        }
        *c = u, *used = 4;
        return 1;
    }
    }
}

/* surrogatepass: the lone surrogate the bytes at i encode, or 0. */
static size_t surrogate_at(decoder *dc, size_t i, uint32_t *c)
{
    const unsigned char *p = dc->d + i;
    size_t left = dc->n - i;
    if (is_utf8_codec(dc->codec)) {
        if (left >= 3 && p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xBF && p[2] >= 0x80 && p[2] <= 0xBF) {
            *c = 0xD000 | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            return 3;
        }
        return 0;
    }
    int width = dc->codec >= CD_UTF32 ? 4 : 2;
    if (!is_wide_codec(dc->codec) || left < (size_t)width)
        return 0;
    *c = read_unit(p, width, dc->big);
    return is_surrogate(*c) ? (size_t)width : 0;
}

/* Applies the error handler to the bad bytes [i, end); returns where
 * decoding resumes, or 0 with an exception (the bad bytes are never empty,
 * so a resumption point is always > i >= 0). */
static size_t decode_error(decoder *dc, size_t i, size_t end, const char *reason)
{
    switch (dc->err) {
    case ERR_IGNORE:
        return end;
    case ERR_REPLACE:
        put_cp(dc, 0xFFFD);
        return end;
    case ERR_BACKSLASH:
        for (size_t j = i; j < end; j++) {
            char t[8];
            snprintf(t, sizeof t, "\\x%02x", dc->d[j]);
            sb_str_add(&dc->out, t, 4);
        }
        return end;
    case ERR_SURROGATEESCAPE:
        for (size_t j = i; j < end; j++)
            if (dc->d[j] < 0x80) {
                raise_decode(dc, i, end, reason);
                return 0;
            }
        for (size_t j = i; j < end; j++)
            put_cp(dc, 0xDC00 + dc->d[j]);
        return end;
    case ERR_SURROGATEPASS: {
        uint32_t c;
        size_t k = surrogate_at(dc, i, &c);
        if (k) {
            put_cp(dc, c);
            return i + k;
        }
        raise_decode(dc, i, end, reason);
        return 0;
    }
    case ERR_XMLCHAR:
    case ERR_NAME:
        exc_raise(&exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return 0;
    case ERR_UNKNOWN:
        unknown_handler(dc->errors);
        return 0;
    default:
        raise_decode(dc, i, end, reason);
        return 0;
    }
}

/* Reads a byte order mark for utf-16/utf-32 (native little-endian when
 * there is none); returns its length. */
static size_t read_bom(decoder *dc)
{
    const unsigned char *d = dc->d;
    if (dc->codec == CD_UTF16 && dc->n >= 2) {
        if (d[0] == 0xFF && d[1] == 0xFE)
            return 2;
        if (d[0] == 0xFE && d[1] == 0xFF) {
            dc->big = true;
            return 2;
        }
    }
    if (dc->codec == CD_UTF32 && dc->n >= 4) {
        if (!memcmp(d, "\xFF\xFE\0\0", 4))
            return 4;
        if (!memcmp(d, "\0\0\xFE\xFF", 4)) {
            dc->big = true;
            return 4;
        }
    }
    if (dc->codec == CD_UTF8_SIG && dc->n >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3))
        return 3;
    return 0;
}

/* The length of the run at d[i] that decodes to itself in UTF-8: ASCII
 * for every ASCII-compatible codec, whole valid sequences for UTF-8. */
static size_t plain_run(decoder *dc, size_t i)
{
    const unsigned char *d = dc->d;
    size_t j = i;
    if (is_utf8_codec(dc->codec)) {
        while (j < dc->n) {
            if (d[j] < 0x80) {
                j++;
                continue;
            }
            const char *reason;
            size_t bad;
            int k = utf8_valid(d + j, dc->n - j, &reason, &bad);
            if (!k)
                break;
            j += (size_t)k;
        }
    } else if (!is_wide_codec(dc->codec)) {
        while (j < dc->n && d[j] < 0x80)
            j++;
    }
    return j - i;
}

value codec_decode(value obj, const char *data, size_t n, const char *encoding, const char *errors)
{
    if (codec_of(encoding) == CD_UNKNOWN) {
        value b = obj ? obj : bytes_from(data, n);
        return b ? codecs_registry_decode(b, encoding, errors) : V_NULL;
    }
    int codec = find_codec(encoding, false);
    if (codec < 0)
        return V_NULL;
    decoder dc = {.codec = codec, .err = errors_of(errors), .errors = errors, .obj = obj,
                  .d = (const unsigned char *)data, .n = n,
                  .big = codec == CD_UTF16_BE || codec == CD_UTF32_BE};
    sb_str_init(&dc.out);
    /* A UTF-8 sig codec reports positions after its BOM, on the bytes
     * after it, as the Python-level codec in CPython does. */
    size_t i = read_bom(&dc);
    if (codec == CD_UTF8_SIG && i) {
        dc.d += i, dc.n -= i, i = 0;
        dc.obj = V_NULL;
    }
    while (i < dc.n) {
        size_t run = plain_run(&dc, i);
        if (run) {
            sb_str_add(&dc.out, (const char *)dc.d + i, run);
            i += run;
            continue;
        }
        uint32_t c;
        size_t used, end;
        const char *reason;
        if (decode_one(&dc, i, &c, &used, &reason, &end)) {
            put_cp(&dc, c);
            i += used;
            continue;
        }
        i = decode_error(&dc, i, end, reason);
        if (!i) {
            sb_str_abandon(&dc.out);
            wrap_codec_error(encoding, false);
            return V_NULL;
        }
    }
    return sb_str_finish(&dc.out);
}

/* -- The entry points bytes.h declares --------------------------------------- */

value str_encode(value s, const char *encoding, const char *errors)
{
    return codec_encode(s, encoding, errors);
}

value bytes_decode(value b, const char *encoding, const char *errors)
{
    const char *d;
    size_t n;
    if (!buffer_get(b, &d, &n))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(b));
    return codec_decode(b, d, n, encoding, errors);
}
