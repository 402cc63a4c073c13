/* The `_md5` module: MD5 (RFC 1321) for hashlib, which falls back on it
 * when there is no OpenSSL. A hash object keeps the four 32-bit chaining
 * words, the count of bytes fed and the partial 64-byte block; digest()
 * pads a copy, so update() may go on after it. The sine table and the
 * shift amounts are the RFC's. Plain C data: nothing for the GC. */
#include <string.h>
#include "hashutil.h"
#include "modules.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../vm/exc.h"

typedef struct md5_state {
    uint32_t h[4];
    uint64_t count;          /* bytes hashed so far */
    unsigned char buf[64];   /* the block being filled */
    size_t buflen;
} md5_state;

typedef struct md5_object {
    object hdr;
    md5_state s;
} md5_object;

extern type_object md5_type;

#define MD5(v) (&((md5_object *)v_obj(v))->s)

static const uint32_t K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* Left-rotation amounts, four per round. */
static const unsigned char S[4][4] = {
    { 7, 12, 17, 22 }, { 5, 9, 14, 20 }, { 4, 11, 16, 23 }, { 6, 10, 15, 21 },
};

static const uint32_t init[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };

static void compress(uint32_t h[4], const unsigned char *p)
{
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = hash_le32(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g, round = i >> 4;
        switch (round) {
        case 0: f = (b & c) | (~b & d); g = i; break;
        case 1: f = (d & b) | (~d & c); g = (5 * i + 1) & 15; break;
        case 2: f = b ^ c ^ d; g = (3 * i + 5) & 15; break;
        default: f = c ^ (b | ~d); g = (7 * i) & 15; break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + hash_rol32(a + f + K[i] + m[g], S[round][i & 3]);
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

static void md5_update(md5_state *s, const unsigned char *p, size_t n)
{
    s->count += n;
    if (s->buflen) {
        size_t take = 64 - s->buflen < n ? 64 - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        n -= take;
        if (s->buflen < 64)
            return;
        compress(s->h, s->buf);
        s->buflen = 0;
    }
    for (; n >= 64; p += 64, n -= 64)
        compress(s->h, p);
    if (n)
        memcpy(s->buf, p, n);
    s->buflen = n;
}

/* The padded final state of a copy of s, as 16 little-endian bytes. */
static void md5_final(const md5_state *s0, unsigned char out[16])
{
    md5_state s = *s0;
    static const unsigned char pad[64] = { 0x80 };
    unsigned char len[8];
    hash_put_le64(len, s.count << 3);
    md5_update(&s, pad, s.buflen < 56 ? 56 - s.buflen : 120 - s.buflen);
    md5_update(&s, len, 8);
    for (int i = 0; i < 4; i++)
        hash_put_le32(out + 4 * i, s.h[i]);
}

/* -- Python side ---------------------------------------------------------------------- */

static value md5_update_m(value self, int argc, const value *argv, value kwnames)
{
    const char *p;
    size_t n;
    if (hash_data(argv[0], &p, &n) < 0)
        return V_NULL;
    md5_update(MD5(self), (const unsigned char *)p, n);
    return V_NONE;
}

static value md5_digest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[16];
    md5_final(MD5(self), out);
    return bytes_from((const char *)out, 16);
}

static value md5_hexdigest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[16];
    md5_final(MD5(self), out);
    return hash_hex(out, 16);
}

static value md5_make(void)
{
    md5_object *o = (md5_object *)seq_alloc(&md5_type, sizeof(md5_object), 0);
    if (!o)
        return V_NULL;
    memcpy(o->s.h, init, sizeof o->s.h);
    return v_from_obj(o);
}

static value md5_copy(value self, int argc, const value *argv, value kwnames)
{
    if (hash_copy_noargs(argc) < 0)
        return V_NULL;
    value c = md5_make();
    if (c)
        *MD5(c) = *MD5(self);
    return c;
}

static value md5_get_block_size(value self) { return v_small(64); }
static value md5_get_digest_size(value self) { return v_small(16); }
static value md5_get_name(value self) { return str_from_cstr("md5"); }

static void md5_trace(object *o, gc_tracer *t) { (void)o, (void)t; }

static const method_def md5_methods[] = {
    { "copy", md5_copy, METH_KEYWORDS, "Return a copy of the hash object." },
    { "digest", md5_digest, METH_NOARGS, "Return the digest value as a bytes object." },
    { "hexdigest", md5_hexdigest, METH_NOARGS, "Return the digest value as a string of hexadecimal digits." },
    { "update", md5_update_m, METH_O, "Update this hash object's state with the provided string." },
    { NULL, NULL, 0, NULL },
};

static const getset_def md5_getsets[] = {
    { "block_size", md5_get_block_size, NULL, NULL },
    { "name", md5_get_name, NULL, NULL },
    { "digest_size", md5_get_digest_size, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object md5_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_md5.md5",
    .basicsize = sizeof(md5_object),
    .trace = md5_trace,
    .getattr = obj_generic_getattr,
    .methods = md5_methods,
    .getsets = md5_getsets,
};

/* md5(string=b'', *, usedforsecurity=True) */
static value md5_fn(value self, int argc, const value *argv, value kwnames)
{
    const char *p;
    size_t n;
    if (hash_parse_string_args("md5", argc, argv, kwnames, &p, &n) < 0)
        return V_NULL;
    value h = md5_make();
    if (h && n)
        md5_update(MD5(h), (const unsigned char *)p, n);
    return h;
}

static const method_def md5_functions[] = {
    { "md5", md5_fn, METH_KEYWORDS, "Return a new MD5 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};

value md5module_init(void)
{
    value m = module_new("_md5");
    if (!m || modules_add_functions(m, md5_functions) < 0)
        return V_NULL;
    if (!(md5_type.flags & TYPE_READY) && type_ready(&md5_type) < 0)
        return V_NULL;
    if (dict_set_cstr(module_dict(m), "MD5Type", v_from_obj(&md5_type)) < 0)
        return V_NULL;
    return m;
}
