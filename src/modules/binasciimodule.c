/* The `binascii` module: conversions between binary data and ASCII
 * encodings -- hex (hexlify/unhexlify, b2a_hex/a2b_hex with sep and
 * bytes_per_sep), base64 (b2a_base64 with newline, a2b_base64 with
 * strict_mode), uuencode lines (b2a_uu/a2b_uu with backtick), quoted-
 * printable (b2a_qp/a2b_qp) and the CRCs (crc32, crc_hqx), with
 * binascii.Error (a ValueError) and binascii.Incomplete. The a2b_*
 * functions take bytes-like objects or ASCII-only str, as CPython's do. */
#include <stdio.h>
#include <string.h>
#include "modules.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/type.h"
#include "../util/strbuf.h"
#include "../objects/tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

static value binascii_error, binascii_incomplete;   /* the two exception classes */

static value raise_error(const char *msg)
{
    return exc_raise((type_object *)v_obj(binascii_error), "%s", msg);
}

/* Input for the b2a_* functions: any bytes-like object. */
static bool data_arg(value v, const char **d, size_t *n)
{
    if (buffer_get(v, d, n))
        return true;
    exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return false;
}

/* Input for the a2b_* functions: bytes-like, or a str of ASCII only. */
static bool ascii_arg(value v, const char **d, size_t *n)
{
    if (v_is_str(v)) {
        if (!(v_obj(v)->flags & STR_ASCII)) {
            exc_raise(&exc_ValueError, "string argument should contain only ASCII characters");
            return false;
        }
        *d = str_data(v);
        *n = str_size(v);
        return true;
    }
    if (buffer_get(v, d, n))
        return true;
    exc_raise(&exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", v_type_name(v));
    return false;
}

static value finish(strbuf *sb)
{
    if (sb->failed) {
        sb_free(sb);
        return exc_no_memory();
    }
    value b = bytes_from(sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return b;
}

/* -- hex ------------------------------------------------------------------- */

static value hex_encode(const char *fname, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "data", "sep", "bytes_per_sep" };
    value a[3];
    if (num_parse_args(fname, argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!data_arg(a[0], &d, &n))
        return V_NULL;
    char sep = 0;
    int64_t per = 1;
    if (a[1]) {
        const char *s;
        size_t sn;
        if (v_is_str(a[1])) {
            s = str_data(a[1]);
            sn = str_size(a[1]);
            if (str_len(a[1]) != sn)
                return exc_raise(&exc_ValueError, "sep must be ASCII.");
        } else if (!buffer_get(a[1], &s, &sn)) {
            return exc_raise(&exc_TypeError, "sep must be str or bytes.");
        }
        if (sn != 1)
            return exc_raise(&exc_ValueError, "sep must be length 1.");
        sep = s[0];
    }
    if (a[2] && args_index(a[2], &per) < 0)
        return V_NULL;
    static const char digits[] = "0123456789abcdef";
    strbuf sb;
    sb_init(&sb);
    uint64_t group = per < 0 ? (uint64_t)-per : (uint64_t)per;
    for (size_t i = 0; i < n; i++) {
        if (sep && group && i) {
            /* separators count from the right for a positive bytes_per_sep */
            size_t pos = per > 0 ? n - i : i;
            if (pos % group == 0)
                sb_append(&sb, &sep, 1);
        }
        char pair[2] = { digits[(unsigned char)d[i] >> 4], digits[(unsigned char)d[i] & 15] };
        sb_append(&sb, pair, 2);
    }
    return finish(&sb);
}

static value b_hexlify(value self, int argc, const value *argv, value kwnames)
{
    return hex_encode("hexlify", argc, argv, kwnames);
}

static value b_b2a_hex(value self, int argc, const value *argv, value kwnames)
{
    return hex_encode("b2a_hex", argc, argv, kwnames);
}

static int hexdigit(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static value hex_decode(const char *fname, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "hexstr" };
    value a[1];
    if (num_parse_args(fname, argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!ascii_arg(a[0], &d, &n))
        return V_NULL;
    if (n % 2)
        return raise_error("Odd-length string");
    strbuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i += 2) {
        int hi = hexdigit((unsigned char)d[i]), lo = hexdigit((unsigned char)d[i + 1]);
        if (hi < 0 || lo < 0) {
            sb_free(&sb);
            return raise_error("Non-hexadecimal digit found");
        }
        char c = (char)(hi << 4 | lo);
        sb_append(&sb, &c, 1);
    }
    return finish(&sb);
}

static value b_unhexlify(value self, int argc, const value *argv, value kwnames)
{
    return hex_decode("unhexlify", argc, argv, kwnames);
}

static value b_a2b_hex(value self, int argc, const value *argv, value kwnames)
{
    return hex_decode("a2b_hex", argc, argv, kwnames);
}

/* -- base64 ------------------------------------------------------------------ */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static value b_b2a_base64(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "data", "newline" };
    value a[2];
    if (num_parse_args("b2a_base64", argc, argv, kwnames, names, 2, 1, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!data_arg(a[0], &d, &n))
        return V_NULL;
    int newline = a[1] ? obj_truthy(a[1]) : 1;
    if (newline < 0)
        return V_NULL;
    strbuf sb;
    sb_init(&sb);
    const unsigned char *u = (const unsigned char *)d;
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)u[i] << 16 | (uint32_t)u[i + 1] << 8 | u[i + 2];
        char q[4] = { b64_alphabet[v >> 18], b64_alphabet[(v >> 12) & 63], b64_alphabet[(v >> 6) & 63],
                      b64_alphabet[v & 63] };
        sb_append(&sb, q, 4);
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)u[i] << 16;
        char q[4] = { b64_alphabet[v >> 18], b64_alphabet[(v >> 12) & 63], '=', '=' };
        sb_append(&sb, q, 4);
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)u[i] << 16 | (uint32_t)u[i + 1] << 8;
        char q[4] = { b64_alphabet[v >> 18], b64_alphabet[(v >> 12) & 63], b64_alphabet[(v >> 6) & 63], '=' };
        sb_append(&sb, q, 4);
    }
    if (newline)
        sb_append(&sb, "\n", 1);
    return finish(&sb);
}

/* CPython's decoder: non-alphabet characters are skipped (strict_mode
 * refuses them), padding ends a quad, leftovers are errors. */
static value b_a2b_base64(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "data", "strict_mode" };
    value a[2];
    if (num_parse_args("a2b_base64", argc, argv, kwnames, names, 2, 1, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!ascii_arg(a[0], &d, &n))
        return V_NULL;
    int strict = a[1] ? obj_truthy(a[1]) : 0;
    if (strict < 0)
        return V_NULL;
    strbuf sb;
    sb_init(&sb);
    const unsigned char *u = (const unsigned char *)d;
    int quad = 0, pads = 0;
    uint32_t acc = 0;
    bool padding_started = false;
    if (strict && n && u[0] == '=') {
        sb_free(&sb);
        return raise_error("Leading padding not allowed");
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = u[i];
        if (c == '=') {
            padding_started = true;
            if (strict && quad == 0) {
                sb_free(&sb);
                return raise_error("Excess padding not allowed");
            }
            if (quad >= 2 && quad + ++pads >= 4) {
                /* padding ends the data: the rest is not looked at */
                if (strict && i + 1 < n) {
                    sb_free(&sb);
                    return raise_error("Excess data after padding");
                }
                quad = 0;
                break;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) {
                sb_free(&sb);
                return raise_error("Only base64 data is allowed");
            }
            continue;
        }
        if (strict && padding_started) {
            sb_free(&sb);
            return raise_error("Discontinuous padding not allowed");
        }
        pads = 0;
        acc = acc << 6 | (uint32_t)v;
        quad++;
        if (quad == 2) {
            char c0 = (char)(acc >> 4);
            sb_append(&sb, &c0, 1);
            acc &= 0xF;
        } else if (quad == 3) {
            char c1 = (char)(acc >> 2);
            sb_append(&sb, &c1, 1);
            acc &= 0x3;
        } else if (quad == 4) {
            char c2 = (char)acc;
            sb_append(&sb, &c2, 1);
            quad = 0;
            acc = 0;
        }
    }
    if (quad) {
        sb_free(&sb);
        if (quad == 1) {
            char msg[160];
            size_t count = 0;
            for (size_t i = 0; i < n; i++)
                count += b64_value(u[i]) >= 0;
            snprintf(msg, sizeof msg,
                     "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more than a multiple of 4",
                     count);
            return raise_error(msg);
        }
        return raise_error("Incorrect padding");
    }
    return finish(&sb);
}

/* -- uuencode ---------------------------------------------------------------- */

static value b_b2a_uu(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "data", "backtick" };
    value a[2];
    if (num_parse_args("b2a_uu", argc, argv, kwnames, names, 2, 1, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!data_arg(a[0], &d, &n))
        return V_NULL;
    int backtick = a[1] ? obj_truthy(a[1]) : 0;
    if (backtick < 0)
        return V_NULL;
    if (n > 45)
        return raise_error("At most 45 bytes at once");
    strbuf sb;
    sb_init(&sb);
    char c = (char)(backtick && n == 0 ? '`' : ' ' + n);
    sb_append(&sb, &c, 1);
    const unsigned char *u = (const unsigned char *)d;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)u[i] << 16 | (uint32_t)(i + 1 < n ? u[i + 1] : 0) << 8 | (i + 2 < n ? u[i + 2] : 0);
        for (int k = 3; k >= 0; k--) {
            unsigned s = (v >> (6 * k)) & 63;
            char o = (char)(backtick && s == 0 ? '`' : ' ' + s);
            sb_append(&sb, &o, 1);
        }
    }
    sb_append(&sb, "\n", 1);
    return finish(&sb);
}

static value b_a2b_uu(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "data" };
    value a[1];
    if (num_parse_args("a2b_uu", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!ascii_arg(a[0], &d, &n))
        return V_NULL;
    const unsigned char *u = (const unsigned char *)d;
    size_t want = n ? (size_t)((u[0] - ' ') & 63) : 0;
    strbuf sb;
    sb_init(&sb);
    size_t i = 1, got = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (; got < want; i++) {
        unsigned char c = i < n ? u[i] : ' ';
        if (i < n && (c == '\n' || c == '\r'))
            c = ' ';
        if (c < ' ' || c > ' ' + 64) {
            sb_free(&sb);
            return raise_error("Illegal char");
        }
        acc = acc << 6 | ((c - ' ') & 63);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            char o = (char)(acc >> bits);
            sb_append(&sb, &o, 1);
            got++;
            acc &= (1u << bits) - 1;
        }
    }
    for (; i < n; i++) {   /* trailing garbage must be whitespace or padding */
        unsigned char c = u[i];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
            sb_free(&sb);
            return raise_error("Trailing garbage");
        }
    }
    return finish(&sb);
}

/* -- quoted-printable ------------------------------------------------------- */

static value b_a2b_qp(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "data", "header" };
    value a[2];
    if (num_parse_args("a2b_qp", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!ascii_arg(a[0], &d, &n))
        return V_NULL;
    int header = a[1] ? obj_truthy(a[1]) : 0;
    if (header < 0)
        return V_NULL;
    strbuf sb;
    sb_init(&sb);
    const unsigned char *u = (const unsigned char *)d;
    for (size_t i = 0; i < n;) {
        if (u[i] == '=') {
            i++;
            if (i >= n)
                break;
            if (u[i] == '\n' || u[i] == '\r') {   /* soft line break */
                if (u[i] != '\n')
                    while (i < n && u[i] != '\n')
                        i++;
                if (i < n)
                    i++;
            } else if (u[i] == '=') {
                sb_append(&sb, "=", 1);
                i++;
            } else if (i + 1 < n && hexdigit(u[i]) >= 0 && hexdigit(u[i + 1]) >= 0) {
                char c = (char)(hexdigit(u[i]) << 4 | hexdigit(u[i + 1]));
                sb_append(&sb, &c, 1);
                i += 2;
            } else {
                sb_append(&sb, "=", 1);
            }
        } else if (header && u[i] == '_') {
            sb_append(&sb, " ", 1);
            i++;
        } else {
            sb_append(&sb, (const char *)&u[i], 1);
            i++;
        }
    }
    return finish(&sb);
}

static value b_b2a_qp(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "data", "quotetabs", "istext", "header" };
    value a[4];
    if (num_parse_args("b2a_qp", argc, argv, kwnames, names, 4, 4, 1, a) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!data_arg(a[0], &d, &n))
        return V_NULL;
    int quotetabs = a[1] ? obj_truthy(a[1]) : 0, istext = a[2] ? obj_truthy(a[2]) : 1,
        header = a[3] ? obj_truthy(a[3]) : 0;
    if (quotetabs < 0 || istext < 0 || header < 0)
        return V_NULL;
    const unsigned char *u = (const unsigned char *)d;
    /* CRLF line ends are kept when the data's first line ends so */
    bool crlf = false;
    const unsigned char *nl = memchr(u, '\n', n);
    if (nl && nl > u && nl[-1] == '\r')
        crlf = true;
    static const char hexd[] = "0123456789ABCDEF";
    const size_t maxline = 76;
    strbuf sb;
    sb_init(&sb);
    size_t linelen = 0, in = 0;
    while (in < n) {
        unsigned char c = u[in];
        bool last = in + 1 == n;
        bool quote = c > 126 || c == '=' || (header && c == '_') ||
                     (c == '.' && linelen == 0 &&
                      (last || u[in + 1] == '\n' || u[in + 1] == '\r' || u[in + 1] == 0)) ||
                     (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
                     (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
        if (quote) {
            if (linelen + 3 >= maxline) {
                sb_append(&sb, crlf ? "=\r\n" : "=\n", crlf ? 3 : 2);
                linelen = 0;
            }
            char q[3] = { '=', hexd[c >> 4], hexd[c & 15] };
            sb_append(&sb, q, 3);
            in++;
            linelen += 3;
        } else if (istext && (c == '\n' || (!last && c == '\r' && u[in + 1] == '\n'))) {
            linelen = 0;
            /* whitespace before a line end is quoted */
            if (sb.len && (sb.data[sb.len - 1] == ' ' || sb.data[sb.len - 1] == '\t')) {
                unsigned char w = (unsigned char)sb.data[sb.len - 1];
                sb.data[sb.len - 1] = '=';
                char q[2] = { hexd[w >> 4], hexd[w & 15] };
                sb_append(&sb, q, 2);
            }
            sb_append(&sb, crlf ? "\r\n" : "\n", crlf ? 2 : 1);
            in += c == '\r' ? 2 : 1;
        } else {
            if (!last && u[in + 1] != '\n' && linelen + 1 >= maxline) {
                sb_append(&sb, crlf ? "=\r\n" : "=\n", crlf ? 3 : 2);
                linelen = 0;
            }
            linelen++;
            char o = header && c == ' ' ? '_' : (char)c;
            sb_append(&sb, &o, 1);
            in++;
        }
    }
    return finish(&sb);
}

/* -- CRCs ------------------------------------------------------------------ */

static uint32_t crc32_table[256];

static void crc32_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc32_table[i] = c;
    }
}

static value b_crc32(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("crc32", kwnames) < 0 || args_count("crc32", argc, 1, 2) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!data_arg(argv[0], &d, &n))
        return V_NULL;
    uint32_t crc = 0;
    if (argc == 2) {
        value v = obj_index(argv[1]);
        if (!v)
            return V_NULL;
        value m = obj_binary_op(v, int_from_i64(0xFFFFFFFF), NB_AND);   /* any int, taken mod 2**32 */
        if (!m)
            return V_NULL;
        crc = (uint32_t)v_int(m);
    }
    if (!crc32_table[1])
        crc32_init();
    crc = ~crc;
    for (size_t i = 0; i < n; i++)
        crc = crc32_table[(crc ^ (unsigned char)d[i]) & 0xFF] ^ (crc >> 8);
    return int_from_i64((int64_t)(uint32_t)~crc);
}

static value b_crc_hqx(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("crc_hqx", kwnames) < 0 || args_count("crc_hqx", argc, 2, 2) < 0)
        return V_NULL;
    const char *d;
    size_t n;
    if (!data_arg(argv[0], &d, &n))
        return V_NULL;
    value v = obj_index(argv[1]);
    value m = v ? obj_binary_op(v, v_small(0xFFFF), NB_AND) : V_NULL;
    if (!m)
        return V_NULL;
    uint32_t crc = (uint32_t)v_int(m);
    for (size_t i = 0; i < n; i++) {
        crc ^= (uint32_t)(unsigned char)d[i] << 8;
        for (int k = 0; k < 8; k++)
            crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xFFFF;
    }
    return v_small(crc);
}

static const method_def binascii_functions[] = {
    { "hexlify", b_hexlify, METH_KEYWORDS, "Hexadecimal representation of binary data." },
    { "b2a_hex", b_b2a_hex, METH_KEYWORDS, "Hexadecimal representation of binary data." },
    { "unhexlify", b_unhexlify, METH_KEYWORDS, "Binary data of hexadecimal representation." },
    { "a2b_hex", b_a2b_hex, METH_KEYWORDS, "Binary data of hexadecimal representation." },
    { "b2a_base64", b_b2a_base64, METH_KEYWORDS, "Base64-code line of data." },
    { "a2b_base64", b_a2b_base64, METH_KEYWORDS, "Decode a line of base64 data." },
    { "b2a_uu", b_b2a_uu, METH_KEYWORDS, "Uuencode line of data." },
    { "a2b_uu", b_a2b_uu, METH_KEYWORDS, "Decode a line of uuencoded data." },
    { "b2a_qp", b_b2a_qp, METH_KEYWORDS, "Encode a string using quoted-printable encoding." },
    { "a2b_qp", b_a2b_qp, METH_KEYWORDS, "Decode a string of qp-encoded data." },
    { "crc32", b_crc32, METH_FAST, "Compute CRC-32 incrementally." },
    { "crc_hqx", b_crc_hqx, METH_FAST, "Compute CRC-CCITT incrementally." },
    { NULL, NULL, 0, NULL },
};

/* class NAME(base): made by calling type(), so it behaves as a class
 * defined in Python would (module binascii). */
static value make_exception(const char *name, type_object *base)
{
    value ns = dict_new(), nm = str_from_cstr(name), bases = tuple_pack(1, v_from_obj(base));
    value mod = str_from_cstr("binascii");
    if (!ns || !nm || !bases || !mod || dict_set_cstr(ns, "__module__", mod) < 0)
        return V_NULL;
    value args[3] = { nm, bases, ns };
    return obj_call(v_from_obj(&type_type), 3, args, V_NULL);
}

value binasciimodule_init(void)
{
    value m = module_new("binascii");
    if (!m || modules_add_functions(m, binascii_functions) < 0)
        return V_NULL;
    if (!binascii_error) {
        value e = make_exception("Error", &exc_ValueError), inc = make_exception("Incomplete", &exc_Exception);
        if (!e || !inc)
            return V_NULL;
        binascii_error = e;
        binascii_incomplete = inc;
        gc_root(&binascii_error);
        gc_root(&binascii_incomplete);
    }
    value d = module_dict(m);
    if (dict_set_cstr(d, "Error", binascii_error) < 0 || dict_set_cstr(d, "Incomplete", binascii_incomplete) < 0)
        return V_NULL;
    return m;
}
