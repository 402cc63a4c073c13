/* The `_sha512` module: SHA-512 and SHA-384 (FIPS 180-4) for hashlib and
 * for random.py, which hashes str and bytes seeds with sha512. Each hash
 * object keeps the eight 64-bit chaining words, the count of bytes fed
 * and the partial block; digest() pads a copy, so update() may go on
 * after it. The constants are the standard's (fractional parts of the
 * cube and square roots of the first primes). Plain C data: nothing for
 * the GC to trace. */
#include <string.h>
#include "modules.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

typedef struct sha_state {
    uint64_t h[8];
    uint64_t count;          /* bytes hashed so far */
    unsigned char buf[128];  /* the block being filled */
    size_t buflen;
} sha_state;

typedef struct sha_object {
    object hdr;
    sha_state s;
} sha_object;

extern type_object sha512_type, sha384_type;

#define SHA(v) (&((sha_object *)v_obj(v))->s)

static const uint64_t K[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full,
    0xe9b5dba58189dbbcull, 0x3956c25bf348b538ull, 0x59f111f1b605d019ull,
    0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull, 0xd807aa98a3030242ull,
    0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull,
    0xc19bf174cf692694ull, 0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull,
    0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull, 0x2de92c6f592b0275ull,
    0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full,
    0xbf597fc7beef0ee4ull, 0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull,
    0x06ca6351e003826full, 0x142929670a0e6e70ull, 0x27b70a8546d22ffcull,
    0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull,
    0x92722c851482353bull, 0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull,
    0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull, 0xd192e819d6ef5218ull,
    0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull,
    0x34b0bcb5e19b48a8ull, 0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull,
    0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull, 0x748f82ee5defb2fcull,
    0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull,
    0xc67178f2e372532bull, 0xca273eceea26619cull, 0xd186b8c721c0c207ull,
    0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull, 0x06f067aa72176fbaull,
    0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull,
    0x431d67c49c100d4cull, 0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull,
    0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

static const uint64_t init512[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
    0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
    0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};

static const uint64_t init384[8] = {
    0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull,
    0x152fecd8f70e5939ull, 0x67332667ffc00b31ull, 0x8eb44a8768581511ull,
    0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull,
};

static inline uint64_t ror(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void compress(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t x = 0;
        for (int j = 0; j < 8; j++)
            x = x << 8 | p[i * 8 + j];
        w[i] = x;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror(w[i - 15], 1) ^ ror(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror(w[i - 2], 19) ^ ror(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ror(e, 14) ^ ror(e, 18) ^ ror(e, 41)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint64_t t2 = (ror(a, 28) ^ ror(a, 34) ^ ror(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
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

static void sha_update(sha_state *s, const unsigned char *p, size_t n)
{
    s->count += n;
    if (s->buflen) {
        size_t take = 128 - s->buflen < n ? 128 - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        n -= take;
        if (s->buflen < 128)
            return;
        compress(s->h, s->buf);
        s->buflen = 0;
    }
    for (; n >= 128; p += 128, n -= 128)
        compress(s->h, p);
    memcpy(s->buf, p, n);
    s->buflen = n;
}

/* The padded final state of a copy of s, as 64 big-endian bytes. */
static void sha_final(const sha_state *s0, unsigned char out[64])
{
    sha_state s = *s0;
    uint64_t bits = s.count << 3, bits_hi = s.count >> 61;
    static const unsigned char pad[128] = { 0x80 };
    size_t padlen = s.buflen < 112 ? 112 - s.buflen : 240 - s.buflen;
    unsigned char len[16];
    for (int i = 0; i < 8; i++) {
        len[i] = (unsigned char)(bits_hi >> (56 - 8 * i));
        len[8 + i] = (unsigned char)(bits >> (56 - 8 * i));
    }
    sha_update(&s, pad, padlen);
    sha_update(&s, len, 16);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            out[i * 8 + j] = (unsigned char)(s.h[i] >> (56 - 8 * j));
}

/* -- Python side ---------------------------------------------------------------------- */

static bool is384(value self) { return v_type(self) == &sha384_type; }
static size_t digest_size(value self) { return is384(self) ? 48 : 64; }

/* obj's bytes, with hashlib's messages for str and non-buffers. */
static int data_of(value obj, const char **p, size_t *n)
{
    if (v_isinstance(obj, &str_type)) {
        exc_raise(&exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!buffer_get(obj, p, n)) {
        exc_raise(&exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return 0;
}

static value sha_update_m(value self, int argc, const value *argv, value kwnames)
{
    const char *p;
    size_t n;
    if (data_of(argv[0], &p, &n) < 0)
        return V_NULL;
    sha_update(SHA(self), (const unsigned char *)p, n);
    return V_NONE;
}

static value sha_digest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[64];
    sha_final(SHA(self), out);
    return bytes_from((const char *)out, digest_size(self));
}

static value sha_hexdigest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[64];
    char hex[129];
    sha_final(SHA(self), out);
    size_t n = digest_size(self);
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    hex[2 * n] = 0;
    return str_from_cstr(hex);
}

static value sha_make(type_object *type)
{
    sha_object *o = (sha_object *)seq_alloc(type, sizeof(sha_object), 0);
    if (!o)
        return V_NULL;
    memcpy(o->s.h, type == &sha384_type ? init384 : init512, sizeof o->s.h);
    return v_from_obj(o);
}

static value sha_copy(value self, int argc, const value *argv, value kwnames)
{
    value c = sha_make(v_type(self));
    if (c)
        *SHA(c) = *SHA(self);
    return c;
}

static value sha_get_block_size(value self) { return v_small(128); }
static value sha_get_digest_size(value self) { return v_small((int64_t)digest_size(self)); }
static value sha_get_name(value self) { return str_from_cstr(is384(self) ? "sha384" : "sha512"); }

static void sha_trace(object *o, gc_tracer *t) { (void)o, (void)t; }

static const method_def sha_methods[] = {
    { "copy", sha_copy, METH_NOARGS, "Return a copy of the hash object." },
    { "digest", sha_digest, METH_NOARGS, "Return the digest value as a bytes object." },
    { "hexdigest", sha_hexdigest, METH_NOARGS, "Return the digest value as a string of hexadecimal digits." },
    { "update", sha_update_m, METH_O, "Update this hash object's state with the provided string." },
    { NULL, NULL, 0, NULL },
};

static const getset_def sha_getsets[] = {
    { "block_size", sha_get_block_size, NULL, NULL },
    { "name", sha_get_name, NULL, NULL },
    { "digest_size", sha_get_digest_size, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object sha512_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sha512.sha512",
    .basicsize = sizeof(sha_object),
    .trace = sha_trace,
    .getattr = obj_generic_getattr,
    .methods = sha_methods,
    .getsets = sha_getsets,
};

type_object sha384_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sha512.sha384",
    .basicsize = sizeof(sha_object),
    .trace = sha_trace,
    .getattr = obj_generic_getattr,
    .methods = sha_methods,
    .getsets = sha_getsets,
};

/* sha512(string=b'', *, usedforsecurity=True) and sha384 alike. */
static value sha_new(const char *fname, type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "string", "usedforsecurity" };
    value a[2];
    if (num_parse_args(fname, argc, argv, kwnames, names, 2, 1, 0, a) < 0)
        return V_NULL;
    const char *p = NULL;
    size_t n = 0;
    if (a[0] && data_of(a[0], &p, &n) < 0)
        return V_NULL;
    value h = sha_make(type);
    if (h && n)
        sha_update(SHA(h), (const unsigned char *)p, n);
    return h;
}

static value sha512_fn(value self, int argc, const value *argv, value kwnames)
{
    return sha_new("sha512", &sha512_type, argc, argv, kwnames);
}

static value sha384_fn(value self, int argc, const value *argv, value kwnames)
{
    return sha_new("sha384", &sha384_type, argc, argv, kwnames);
}

static const method_def sha_functions[] = {
    { "sha512", sha512_fn, METH_KEYWORDS, "Return a new SHA-512 hash object; optionally initialized with a string." },
    { "sha384", sha384_fn, METH_KEYWORDS, "Return a new SHA-384 hash object; optionally initialized with a string." },
    { NULL, NULL, 0, NULL },
};

value sha512module_init(void)
{
    value m = module_new("_sha512");
    if (!m || modules_add_functions(m, sha_functions) < 0)
        return V_NULL;
    type_object *types[] = { &sha512_type, &sha384_type };
    for (int i = 0; i < 2; i++)
        if (!(types[i]->flags & TYPE_READY) && type_ready(types[i]) < 0)
            return V_NULL;
    return m;
}
