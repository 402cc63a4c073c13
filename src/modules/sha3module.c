/* The `_sha3` module: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202)
 * for hashlib. All six are the Keccak-f[1600] sponge with a different
 * rate (block_size: 200 bytes minus twice the security level) and
 * domain suffix (0x06 for SHA-3, 0x1f for SHAKE). A hash object keeps
 * the 25-lane state and the partial block; digest() pads and squeezes a
 * copy, so update() may go on after it. SHAKE's digest(length) and
 * hexdigest(length) squeeze as many bytes as asked (below 2**29, as
 * CPython). The round constants and rotation offsets are the
 * standard's. Plain C data: nothing for the GC. */
#include <string.h>
#include "hashutil.h"
#include "modules.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../vm/exc.h"

typedef struct sha3_state {
    uint64_t a[25];            /* lane (x, y) at a[x + 5 * y] */
    unsigned char buf[168];    /* the block being filled (the largest rate) */
    size_t buflen;
} sha3_state;

typedef struct sha3_object {
    object hdr;
    const struct sha3_kind *kind;
    sha3_state s;
} sha3_object;

/* What tells the six apart. */
typedef struct sha3_kind {
    const char *name;
    type_object *type;
    size_t rate;               /* bytes absorbed per permutation */
    size_t digest_size;        /* 0 for SHAKE */
    unsigned char suffix;      /* domain bits and the first padding bit */
} sha3_kind;

extern type_object sha3_224_type, sha3_256_type, sha3_384_type, sha3_512_type,
    shake_128_type, shake_256_type;

static const sha3_kind kinds[] = {
    { "sha3_224", &sha3_224_type, 144, 28, 0x06 },
    { "sha3_256", &sha3_256_type, 136, 32, 0x06 },
    { "sha3_384", &sha3_384_type, 104, 48, 0x06 },
    { "sha3_512", &sha3_512_type, 72, 64, 0x06 },
    { "shake_128", &shake_128_type, 168, 0, 0x1f },
    { "shake_256", &shake_256_type, 136, 0, 0x1f },
};

#define SHA3(v) ((sha3_object *)v_obj(v))

static const uint64_t RC[24] = {
    0x0000000000000001ull, 0x0000000000008082ull, 0x800000000000808aull, 0x8000000080008000ull,
    0x000000000000808bull, 0x0000000080000001ull, 0x8000000080008081ull, 0x8000000000008009ull,
    0x000000000000008aull, 0x0000000000000088ull, 0x0000000080008009ull, 0x000000008000000aull,
    0x000000008000808bull, 0x800000000000008bull, 0x8000000000008089ull, 0x8000000000008003ull,
    0x8000000000008002ull, 0x8000000000000080ull, 0x000000000000800aull, 0x800000008000000aull,
    0x8000000080008081ull, 0x8000000000008080ull, 0x0000000080000001ull, 0x8000000080008008ull,
};

/* rho's rotation of lane x + 5 * y, and where pi moves it: lane (x, y)
 * goes to (y, 2x + 3y). */
static const unsigned char ROT[25] = {
    0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39,
    41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
};
static const unsigned char PI[25] = {
    0, 10, 20, 5, 15, 16, 1, 11, 21, 6, 7, 17, 2, 12, 22, 23, 8, 18, 3, 13, 14, 24, 9, 19, 4
};

static void keccak_f(uint64_t a[25])
{
    uint64_t b[25];
    for (int r = 0; r < 24; r++) {
        /* theta: each lane takes the parities of two neighbouring columns */
        uint64_t c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20], c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
        uint64_t c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22], c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
        uint64_t c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
        uint64_t d0 = c4 ^ hash_rol64(c1, 1), d1 = c0 ^ hash_rol64(c2, 1), d2 = c1 ^ hash_rol64(c3, 1);
        uint64_t d3 = c2 ^ hash_rol64(c4, 1), d4 = c3 ^ hash_rol64(c0, 1);
        for (int y = 0; y < 25; y += 5) {
            a[y] ^= d0; a[y + 1] ^= d1; a[y + 2] ^= d2; a[y + 3] ^= d3; a[y + 4] ^= d4;
        }
        /* rho and pi */
        for (int i = 0; i < 25; i++)
            b[PI[i]] = hash_rol64(a[i], ROT[i]);
        /* chi, row by row */
        for (int y = 0; y < 25; y += 5) {
            uint64_t b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3], b4 = b[y + 4];
            a[y] = b0 ^ (~b1 & b2);
            a[y + 1] = b1 ^ (~b2 & b3);
            a[y + 2] = b2 ^ (~b3 & b4);
            a[y + 3] = b3 ^ (~b4 & b0);
            a[y + 4] = b4 ^ (~b0 & b1);
        }
        /* iota */
        a[0] ^= RC[r];
    }
}

static void absorb_block(uint64_t a[25], const unsigned char *p, size_t rate)
{
    for (size_t i = 0; i < rate / 8; i++)
        a[i] ^= hash_le64(p + 8 * i);
    keccak_f(a);
}

static void sha3_update(sha3_state *s, size_t rate, const unsigned char *p, size_t n)
{
    if (s->buflen) {
        size_t take = rate - s->buflen < n ? rate - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        n -= take;
        if (s->buflen < rate)
            return;
        absorb_block(s->a, s->buf, rate);
        s->buflen = 0;
    }
    for (; n >= rate; p += rate, n -= rate)
        absorb_block(s->a, p, rate);
    if (n)
        memcpy(s->buf, p, n);
    s->buflen = n;
}

/* Pads a copy of s and squeezes n bytes into out. */
static void sha3_final(const sha3_state *s0, const sha3_kind *k, unsigned char *out, size_t n)
{
    sha3_state s = *s0;
    memset(s.buf + s.buflen, 0, k->rate - s.buflen);
    s.buf[s.buflen] ^= k->suffix;
    s.buf[k->rate - 1] ^= 0x80;
    absorb_block(s.a, s.buf, k->rate);
    for (;;) {
        size_t take = n < k->rate ? n : k->rate;
        for (size_t i = 0; i < take; i++)
            out[i] = (unsigned char)(s.a[i / 8] >> (8 * (i % 8)));
        out += take;
        n -= take;
        if (!n)
            break;
        keccak_f(s.a);
    }
}

/* -- Python side ---------------------------------------------------------------------- */

static value sha3_update_m(value self, int argc, const value *argv, value kwnames)
{
    const char *p;
    size_t n;
    if (hash_data(argv[0], &p, &n) < 0)
        return V_NULL;
    sha3_update(&SHA3(self)->s, SHA3(self)->kind->rate, (const unsigned char *)p, n);
    return V_NONE;
}

static value sha3_digest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[64];
    const sha3_kind *k = SHA3(self)->kind;
    sha3_final(&SHA3(self)->s, k, out, k->digest_size);
    return bytes_from((const char *)out, k->digest_size);
}

static value sha3_hexdigest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[64];
    const sha3_kind *k = SHA3(self)->kind;
    sha3_final(&SHA3(self)->s, k, out, k->digest_size);
    return hash_hex(out, k->digest_size);
}

/* SHAKE's length argument: an int below 2**29. */
static int shake_length(value v, size_t *n)
{
    uint64_t len;
    if (hash_c_unsigned(v, "Python int too large to convert to C unsigned long", &len) < 0)
        return -1;
    if (len >= (1u << 29)) {
        exc_raise(&exc_ValueError, "length is too large");
        return -1;
    }
    *n = (size_t)len;
    return 0;
}

static value shake_digest(value self, value length)
{
    size_t n;
    if (shake_length(length, &n) < 0)
        return V_NULL;
    value b = bytes_from(NULL, n);
    if (b && n)
        sha3_final(&SHA3(self)->s, SHA3(self)->kind, (unsigned char *)v_bytes(b)->data, n);
    return b;
}

static value shake_digest_m(value self, int argc, const value *argv, value kwnames)
{
    return shake_digest(self, argv[0]);
}

static value shake_hexdigest_m(value self, int argc, const value *argv, value kwnames)
{
    value b = shake_digest(self, argv[0]);
    if (!b)
        return V_NULL;
    return hash_hex((const unsigned char *)bytes_data(b), bytes_size(b));
}

static value sha3_copy(value self, int argc, const value *argv, value kwnames)
{
    sha3_object *c = (sha3_object *)seq_alloc(v_type(self), sizeof(sha3_object), 0);
    if (!c)
        return V_NULL;
    c->kind = SHA3(self)->kind;
    c->s = SHA3(self)->s;
    return v_from_obj(c);
}

static value sha3_get_block_size(value self) { return v_small((int64_t)SHA3(self)->kind->rate); }
static value sha3_get_digest_size(value self) { return v_small((int64_t)SHA3(self)->kind->digest_size); }
static value sha3_get_name(value self) { return str_from_cstr(SHA3(self)->kind->name); }
static value sha3_get_rate_bits(value self) { return v_small((int64_t)SHA3(self)->kind->rate * 8); }
static value sha3_get_capacity_bits(value self) { return v_small(1600 - (int64_t)SHA3(self)->kind->rate * 8); }

static value sha3_get_suffix(value self)
{
    char c = (char)SHA3(self)->kind->suffix;
    return bytes_from(&c, 1);
}

static void sha3_trace(object *o, gc_tracer *t) { (void)o, (void)t; }

/* sha3_224(data=b'', /, *, usedforsecurity=True) and the other five. */
static value sha3_new(type_object *type, int argc, const value *argv, value kwnames)
{
    const sha3_kind *k = kinds;
    while (!type_is_subtype(type, k->type))
        k++;
    static const char *const names[] = { "", "usedforsecurity" };
    value a[2];
    /* CPython's six share one argument parser, named after the first */
    if (num_parse_args("sha3_224", argc, argv, kwnames, names, 2, 1, 0, a) < 0)
        return V_NULL;
    if (a[1] && obj_truthy(a[1]) < 0)
        return V_NULL;
    const char *p = NULL;
    size_t n = 0;
    if (a[0] && hash_data(a[0], &p, &n) < 0)
        return V_NULL;
    sha3_object *o = (sha3_object *)seq_alloc(type, sizeof(sha3_object), 0);
    if (!o)
        return V_NULL;
    o->kind = k;
    if (n)
        sha3_update(&o->s, k->rate, (const unsigned char *)p, n);
    return v_from_obj(o);
}

static const method_def sha3_methods[] = {
    { "copy", sha3_copy, METH_NOARGS, "Return a copy of the hash object." },
    { "digest", sha3_digest, METH_NOARGS, "Return the digest value as a bytes object." },
    { "hexdigest", sha3_hexdigest, METH_NOARGS, "Return the digest value as a string of hexadecimal digits." },
    { "update", sha3_update_m, METH_O, "Update this hash object's state with the provided bytes-like object." },
    { NULL, NULL, 0, NULL },
};

static const method_def shake_methods[] = {
    { "copy", sha3_copy, METH_NOARGS, "Return a copy of the hash object." },
    { "digest", shake_digest_m, METH_O, "Return the digest value as a bytes object." },
    { "hexdigest", shake_hexdigest_m, METH_O, "Return the digest value as a string of hexadecimal digits." },
    { "update", sha3_update_m, METH_O, "Update this hash object's state with the provided bytes-like object." },
    { NULL, NULL, 0, NULL },
};

static const getset_def sha3_getsets[] = {
    { "block_size", sha3_get_block_size, NULL, NULL },
    { "name", sha3_get_name, NULL, NULL },
    { "digest_size", sha3_get_digest_size, NULL, NULL },
    { "_capacity_bits", sha3_get_capacity_bits, NULL, NULL },
    { "_rate_bits", sha3_get_rate_bits, NULL, NULL },
    { "_suffix", sha3_get_suffix, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

#define SHA3_TYPE(var, pyname, meths, docstr)  \
    type_object var = {                        \
        .hdr = { &type_type, 0, 0 },           \
        .name = "_sha3." pyname,               \
        .basicsize = sizeof(sha3_object),      \
        .trace = sha3_trace,                   \
        .getattr = obj_generic_getattr,        \
        .new = sha3_new,                       \
        .methods = meths,                      \
        .getsets = sha3_getsets,               \
        .doc = docstr,                         \
    };

SHA3_TYPE(sha3_224_type, "sha3_224", sha3_methods, "A SHA3 hash of 28 bytes (FIPS 202).")
SHA3_TYPE(sha3_256_type, "sha3_256", sha3_methods, "A SHA3 hash of 32 bytes (FIPS 202).")
SHA3_TYPE(sha3_384_type, "sha3_384", sha3_methods, "A SHA3 hash of 48 bytes (FIPS 202).")
SHA3_TYPE(sha3_512_type, "sha3_512", sha3_methods, "A SHA3 hash of 64 bytes (FIPS 202).")
SHA3_TYPE(shake_128_type, "shake_128", shake_methods, "A SHAKE128 extendable-output hash (FIPS 202).")
SHA3_TYPE(shake_256_type, "shake_256", shake_methods, "A SHAKE256 extendable-output hash (FIPS 202).")

value sha3module_init(void)
{
    value m = module_new("_sha3");
    if (!m)
        return V_NULL;
    value d = module_dict(m);
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        type_object *t = kinds[i].type;
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return V_NULL;
        if (dict_set_cstr(d, kinds[i].name, v_from_obj(t)) < 0)
            return V_NULL;
    }
    /* CPython reports its bundled Keccak code; "tiny_sha3" with no
     * optimisation level, as 3.11 does */
    value impl = str_from_cstr("tiny_sha3");
    if (!impl || dict_set_cstr(d, "implementation", impl) < 0
        || dict_set_cstr(d, "keccakopt", v_small(0)) < 0)
        return V_NULL;
    return m;
}
