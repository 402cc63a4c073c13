/* The `_sha256` module: SHA-256 and SHA-224 (FIPS 180-4) for hashlib,
 * which falls back on them when there is no OpenSSL. A hash object keeps
 * the eight 32-bit chaining words, the count of bytes fed and the partial
 * 64-byte block; digest() pads a copy, so update() may go on after it.
 * The two differ only in their initial words and digest length. The
 * constants are the standard's (fractional parts of the cube and square
 * roots of the first primes). Plain C data: nothing for the GC. */
#include <string.h>
#include "hashutil.h"
#include "modules.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../vm/exc.h"

typedef struct sha256_state {
    uint32_t h[8];
    uint64_t count;          /* bytes hashed so far */
    unsigned char buf[64];   /* the block being filled */
    size_t buflen;
} sha256_state;

typedef struct sha256_object {
    object hdr;
    sha256_state s;
} sha256_object;

extern type_object sha256_type, sha224_type;

#define SHA256(v) (&((sha256_object *)v_obj(v))->s)

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static const uint32_t init256[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

static const uint32_t init224[8] = {
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
};

static void compress(uint32_t h[8], const unsigned char *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = hash_be32(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = hash_ror32(w[i - 15], 7) ^ hash_ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = hash_ror32(w[i - 2], 17) ^ hash_ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (hash_ror32(e, 6) ^ hash_ror32(e, 11) ^ hash_ror32(e, 25))
                      + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (hash_ror32(a, 2) ^ hash_ror32(a, 13) ^ hash_ror32(a, 22))
                      + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha256_update(sha256_state *s, const unsigned char *p, size_t n)
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

/* The padded final state of a copy of s, as 32 big-endian bytes. */
static void sha256_final(const sha256_state *s0, unsigned char out[32])
{
    sha256_state s = *s0;
    static const unsigned char pad[64] = { 0x80 };
    unsigned char len[8];
    uint64_t bits = s.count << 3;
    hash_put_be32(len, (uint32_t)(bits >> 32));
    hash_put_be32(len + 4, (uint32_t)bits);
    sha256_update(&s, pad, s.buflen < 56 ? 56 - s.buflen : 120 - s.buflen);
    sha256_update(&s, len, 8);
    for (int i = 0; i < 8; i++)
        hash_put_be32(out + 4 * i, s.h[i]);
}

/* -- Python side ---------------------------------------------------------------------- */

static bool is224(value self) { return v_type(self) == &sha224_type; }
static size_t digest_size(value self) { return is224(self) ? 28 : 32; }

static value sha256_update_m(value self, int argc, const value *argv, value kwnames)
{
    const char *p;
    size_t n;
    if (hash_data(argv[0], &p, &n) < 0)
        return V_NULL;
    sha256_update(SHA256(self), (const unsigned char *)p, n);
    return V_NONE;
}

static value sha256_digest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[32];
    sha256_final(SHA256(self), out);
    return bytes_from((const char *)out, digest_size(self));
}

static value sha256_hexdigest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[32];
    sha256_final(SHA256(self), out);
    return hash_hex(out, digest_size(self));
}

static value sha256_make(type_object *type)
{
    sha256_object *o = (sha256_object *)seq_alloc(type, sizeof(sha256_object), 0);
    if (!o)
        return V_NULL;
    memcpy(o->s.h, type == &sha224_type ? init224 : init256, sizeof o->s.h);
    return v_from_obj(o);
}

static value sha256_copy(value self, int argc, const value *argv, value kwnames)
{
    if (hash_copy_noargs(argc) < 0)
        return V_NULL;
    value c = sha256_make(v_type(self));
    if (c)
        *SHA256(c) = *SHA256(self);
    return c;
}

static value sha256_get_block_size(value self) { return v_small(64); }
static value sha256_get_digest_size(value self) { return v_small((int64_t)digest_size(self)); }
static value sha256_get_name(value self) { return str_from_cstr(is224(self) ? "sha224" : "sha256"); }

static void sha256_trace(object *o, gc_tracer *t) { (void)o, (void)t; }

static const method_def sha256_methods[] = {
    { "copy", sha256_copy, METH_KEYWORDS, "Return a copy of the hash object." },
    { "digest", sha256_digest, METH_NOARGS, "Return the digest value as a bytes object." },
    { "hexdigest", sha256_hexdigest, METH_NOARGS, "Return the digest value as a string of hexadecimal digits." },
    { "update", sha256_update_m, METH_O, "Update this hash object's state with the provided string." },
    { NULL, NULL, 0, NULL },
};

static const getset_def sha256_getsets[] = {
    { "block_size", sha256_get_block_size, NULL, NULL },
    { "name", sha256_get_name, NULL, NULL },
    { "digest_size", sha256_get_digest_size, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object sha256_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sha256.sha256",
    .basicsize = sizeof(sha256_object),
    .trace = sha256_trace,
    .getattr = obj_generic_getattr,
    .methods = sha256_methods,
    .getsets = sha256_getsets,
};

type_object sha224_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sha256.sha224",
    .basicsize = sizeof(sha256_object),
    .trace = sha256_trace,
    .getattr = obj_generic_getattr,
    .methods = sha256_methods,
    .getsets = sha256_getsets,
};

/* sha256(string=b'', *, usedforsecurity=True) and sha224 alike. */
static value sha256_new(const char *fname, type_object *type, int argc, const value *argv,
                        value kwnames)
{
    const char *p;
    size_t n;
    if (hash_parse_string_args(fname, argc, argv, kwnames, &p, &n) < 0)
        return V_NULL;
    value h = sha256_make(type);
    if (h && n)
        sha256_update(SHA256(h), (const unsigned char *)p, n);
    return h;
}

static value sha256_fn(value self, int argc, const value *argv, value kwnames)
{
    return sha256_new("sha256", &sha256_type, argc, argv, kwnames);
}

static value sha224_fn(value self, int argc, const value *argv, value kwnames)
{
    return sha256_new("sha224", &sha224_type, argc, argv, kwnames);
}

static const method_def sha256_functions[] = {
    { "sha256", sha256_fn, METH_KEYWORDS, "Return a new SHA-256 hash object; optionally initialized with a string." },
    { "sha224", sha224_fn, METH_KEYWORDS, "Return a new SHA-224 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};

value sha256module_init(void)
{
    value m = module_new("_sha256");
    if (!m || modules_add_functions(m, sha256_functions) < 0)
        return V_NULL;
    type_object *types[] = { &sha256_type, &sha224_type };
    const char *names[] = { "SHA256Type", "SHA224Type" };
    for (int i = 0; i < 2; i++) {
        if (!(types[i]->flags & TYPE_READY) && type_ready(types[i]) < 0)
            return V_NULL;
        if (dict_set_cstr(module_dict(m), names[i], v_from_obj(types[i])) < 0)
            return V_NULL;
    }
    return m;
}
