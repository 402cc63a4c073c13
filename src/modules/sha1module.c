/* The `_sha1` module: SHA-1 (FIPS 180-4) for hashlib, which falls back on
 * it when there is no OpenSSL. A hash object keeps the five 32-bit
 * chaining words, the count of bytes fed and the partial 64-byte block;
 * digest() pads a copy, so update() may go on after it. Plain C data:
 * nothing for the GC. */
#include <string.h>
#include "hashutil.h"
#include "modules.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../vm/exc.h"

typedef struct sha1_state {
    uint32_t h[5];
    uint64_t count;          /* bytes hashed so far */
    unsigned char buf[64];   /* the block being filled */
    size_t buflen;
} sha1_state;

typedef struct sha1_object {
    object hdr;
    sha1_state s;
} sha1_object;

extern type_object sha1_type;

#define SHA1(v) (&((sha1_object *)v_obj(v))->s)

static const uint32_t init[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };

static void compress(uint32_t h[5], const unsigned char *p)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = hash_be32(p + 4 * i);
    for (int i = 16; i < 80; i++)
        w[i] = hash_rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = hash_rol32(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = hash_rol32(b, 30);
        b = a;
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

static void sha1_update(sha1_state *s, const unsigned char *p, size_t n)
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

/* The padded final state of a copy of s, as 20 big-endian bytes. */
static void sha1_final(const sha1_state *s0, unsigned char out[20])
{
    sha1_state s = *s0;
    static const unsigned char pad[64] = { 0x80 };
    unsigned char len[8];
    uint64_t bits = s.count << 3;
    hash_put_be32(len, (uint32_t)(bits >> 32));
    hash_put_be32(len + 4, (uint32_t)bits);
    sha1_update(&s, pad, s.buflen < 56 ? 56 - s.buflen : 120 - s.buflen);
    sha1_update(&s, len, 8);
    for (int i = 0; i < 5; i++)
        hash_put_be32(out + 4 * i, s.h[i]);
}

/* -- Python side ---------------------------------------------------------------------- */

static value sha1_update_m(value self, int argc, const value *argv, value kwnames)
{
    const char *p;
    size_t n;
    if (hash_data(argv[0], &p, &n) < 0)
        return V_NULL;
    sha1_update(SHA1(self), (const unsigned char *)p, n);
    return V_NONE;
}

static value sha1_digest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[20];
    sha1_final(SHA1(self), out);
    return bytes_from((const char *)out, 20);
}

static value sha1_hexdigest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[20];
    sha1_final(SHA1(self), out);
    return hash_hex(out, 20);
}

static value sha1_make(void)
{
    sha1_object *o = (sha1_object *)seq_alloc(&sha1_type, sizeof(sha1_object), 0);
    if (!o)
        return V_NULL;
    memcpy(o->s.h, init, sizeof o->s.h);
    return v_from_obj(o);
}

static value sha1_copy(value self, int argc, const value *argv, value kwnames)
{
    if (hash_copy_noargs(argc) < 0)
        return V_NULL;
    value c = sha1_make();
    if (c)
        *SHA1(c) = *SHA1(self);
    return c;
}

static value sha1_get_block_size(value self) { return v_small(64); }
static value sha1_get_digest_size(value self) { return v_small(20); }
static value sha1_get_name(value self) { return str_from_cstr("sha1"); }

static void sha1_trace(object *o, gc_tracer *t) { (void)o, (void)t; }

static const method_def sha1_methods[] = {
    { "copy", sha1_copy, METH_KEYWORDS, "Return a copy of the hash object." },
    { "digest", sha1_digest, METH_NOARGS, "Return the digest value as a bytes object." },
    { "hexdigest", sha1_hexdigest, METH_NOARGS, "Return the digest value as a string of hexadecimal digits." },
    { "update", sha1_update_m, METH_O, "Update this hash object's state with the provided string." },
    { NULL, NULL, 0, NULL },
};

static const getset_def sha1_getsets[] = {
    { "block_size", sha1_get_block_size, NULL, NULL },
    { "name", sha1_get_name, NULL, NULL },
    { "digest_size", sha1_get_digest_size, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object sha1_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sha1.sha1",
    .basicsize = sizeof(sha1_object),
    .trace = sha1_trace,
    .getattr = obj_generic_getattr,
    .methods = sha1_methods,
    .getsets = sha1_getsets,
};

/* sha1(string=b'', *, usedforsecurity=True) */
static value sha1_fn(value self, int argc, const value *argv, value kwnames)
{
    const char *p;
    size_t n;
    if (hash_parse_string_args("sha1", argc, argv, kwnames, &p, &n) < 0)
        return V_NULL;
    value h = sha1_make();
    if (h && n)
        sha1_update(SHA1(h), (const unsigned char *)p, n);
    return h;
}

static const method_def sha1_functions[] = {
    { "sha1", sha1_fn, METH_KEYWORDS, "Return a new SHA1 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};

value sha1module_init(void)
{
    value m = module_new("_sha1");
    if (!m || modules_add_functions(m, sha1_functions) < 0)
        return V_NULL;
    if (!(sha1_type.flags & TYPE_READY) && type_ready(&sha1_type) < 0)
        return V_NULL;
    if (dict_set_cstr(module_dict(m), "SHA1Type", v_from_obj(&sha1_type)) < 0)
        return V_NULL;
    return m;
}
