/* The `_blake2` module: BLAKE2b and BLAKE2s (RFC 7693, with the tree
 * parameters of the BLAKE2 paper) for hashlib. A hash object keeps the
 * eight chaining words, the byte counter and the block being filled;
 * BLAKE2 flags the last block, so update() always keeps the latest
 * block buffered (even a full one) and digest() finishes a copy. The
 * parameter block (digest length, key length, fanout, depth, leaf size,
 * node offset, node depth, inner length, salt, personalisation) is
 * XORed into the IV, which is SHA-512's (b) or SHA-256's (s). The two
 * variants share the Python side; `wide` tells them apart. Plain C
 * data: nothing for the GC. */
#include <stdio.h>
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

typedef struct b2b_state {
    uint64_t h[8];
    uint64_t t[2];            /* bytes compressed, 128-bit */
    unsigned char buf[128];
    size_t buflen;
} b2b_state;

typedef struct b2s_state {
    uint32_t h[8];
    uint32_t t[2];            /* bytes compressed, 64-bit */
    unsigned char buf[64];
    size_t buflen;
} b2s_state;

typedef struct blake2_object {
    object hdr;
    bool wide;                /* blake2b */
    bool last_node;           /* finalise as the last node of its tree level */
    unsigned char digest_size;
    union {
        b2b_state b;
        b2s_state s;
    } u;
} blake2_object;

extern type_object blake2b_type, blake2s_type;

#define B2(v) ((blake2_object *)v_obj(v))

static const uint64_t ivb[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};

static const uint32_t ivs[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

/* The message word schedule of each round (BLAKE2b's rounds 10, 11
 * reuse rows 0, 1). */
static const unsigned char SIGMA[10][16] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
    { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
    { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
    { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
    { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
    { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
    { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
    { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
    { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
    { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
};

/* The columns, then the diagonals, of the 4x4 working state. */
static const unsigned char GIDX[8][4] = {
    { 0, 4, 8, 12 }, { 1, 5, 9, 13 }, { 2, 6, 10, 14 }, { 3, 7, 11, 15 },
    { 0, 5, 10, 15 }, { 1, 6, 11, 12 }, { 2, 7, 8, 13 }, { 3, 4, 9, 14 },
};

/* -- BLAKE2b -------------------------------------------------------------------------- */

static void b2b_compress(b2b_state *s, const unsigned char *p, bool final, bool last_node)
{
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = hash_le64(p + 8 * i);
    for (int i = 0; i < 8; i++) {
        v[i] = s->h[i];
        v[i + 8] = ivb[i];
    }
    v[12] ^= s->t[0];
    v[13] ^= s->t[1];
    if (final) {
        v[14] = ~v[14];
        if (last_node)
            v[15] = ~v[15];
    }
    for (int r = 0; r < 12; r++) {
        const unsigned char *sg = SIGMA[r % 10];
        for (int g = 0; g < 8; g++) {
            int a = GIDX[g][0], b = GIDX[g][1], c = GIDX[g][2], d = GIDX[g][3];
            v[a] += v[b] + m[sg[2 * g]];
            v[d] = hash_ror64(v[d] ^ v[a], 32);
            v[c] += v[d];
            v[b] = hash_ror64(v[b] ^ v[c], 24);
            v[a] += v[b] + m[sg[2 * g + 1]];
            v[d] = hash_ror64(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = hash_ror64(v[b] ^ v[c], 63);
        }
    }
    for (int i = 0; i < 8; i++)
        s->h[i] ^= v[i] ^ v[i + 8];
}

static void b2b_count(b2b_state *s, size_t n)
{
    s->t[0] += n;
    if (s->t[0] < n)
        s->t[1]++;
}

static void b2b_update(b2b_state *s, const unsigned char *p, size_t n)
{
    while (n) {
        if (s->buflen == 128) {
            b2b_count(s, 128);
            b2b_compress(s, s->buf, false, false);
            s->buflen = 0;
        }
        if (!s->buflen)
            for (; n > 128; p += 128, n -= 128) {
                b2b_count(s, 128);
                b2b_compress(s, p, false, false);
            }
        size_t take = 128 - s->buflen < n ? 128 - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        n -= take;
    }
}

static void b2b_final(const b2b_state *s0, bool last_node, unsigned char out[64])
{
    b2b_state s = *s0;
    b2b_count(&s, s.buflen);
    memset(s.buf + s.buflen, 0, 128 - s.buflen);
    b2b_compress(&s, s.buf, true, last_node);
    for (int i = 0; i < 8; i++)
        hash_put_le64(out + 8 * i, s.h[i]);
}

/* -- BLAKE2s -------------------------------------------------------------------------- */

static void b2s_compress(b2s_state *s, const unsigned char *p, bool final, bool last_node)
{
    uint32_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = hash_le32(p + 4 * i);
    for (int i = 0; i < 8; i++) {
        v[i] = s->h[i];
        v[i + 8] = ivs[i];
    }
    v[12] ^= s->t[0];
    v[13] ^= s->t[1];
    if (final) {
        v[14] = ~v[14];
        if (last_node)
            v[15] = ~v[15];
    }
    for (int r = 0; r < 10; r++) {
        const unsigned char *sg = SIGMA[r];
        for (int g = 0; g < 8; g++) {
            int a = GIDX[g][0], b = GIDX[g][1], c = GIDX[g][2], d = GIDX[g][3];
            v[a] += v[b] + m[sg[2 * g]];
            v[d] = hash_ror32(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = hash_ror32(v[b] ^ v[c], 12);
            v[a] += v[b] + m[sg[2 * g + 1]];
            v[d] = hash_ror32(v[d] ^ v[a], 8);
            v[c] += v[d];
            v[b] = hash_ror32(v[b] ^ v[c], 7);
        }
    }
    for (int i = 0; i < 8; i++)
        s->h[i] ^= v[i] ^ v[i + 8];
}

static void b2s_count(b2s_state *s, size_t n)
{
    uint32_t k = (uint32_t)n;
    s->t[0] += k;
    if (s->t[0] < k)
        s->t[1]++;
}

static void b2s_update(b2s_state *s, const unsigned char *p, size_t n)
{
    while (n) {
        if (s->buflen == 64) {
            b2s_count(s, 64);
            b2s_compress(s, s->buf, false, false);
            s->buflen = 0;
        }
        if (!s->buflen)
            for (; n > 64; p += 64, n -= 64) {
                b2s_count(s, 64);
                b2s_compress(s, p, false, false);
            }
        size_t take = 64 - s->buflen < n ? 64 - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        n -= take;
    }
}

static void b2s_final(const b2s_state *s0, bool last_node, unsigned char out[32])
{
    b2s_state s = *s0;
    b2s_count(&s, s.buflen);
    memset(s.buf + s.buflen, 0, 64 - s.buflen);
    b2s_compress(&s, s.buf, true, last_node);
    for (int i = 0; i < 8; i++)
        hash_put_le32(out + 4 * i, s.h[i]);
}

/* -- Python side ---------------------------------------------------------------------- */

static void b2_update(blake2_object *o, const unsigned char *p, size_t n)
{
    if (o->wide)
        b2b_update(&o->u.b, p, n);
    else
        b2s_update(&o->u.s, p, n);
}

static void b2_final(blake2_object *o, unsigned char out[64])
{
    if (o->wide)
        b2b_final(&o->u.b, o->last_node, out);
    else
        b2s_final(&o->u.s, o->last_node, out);
}

static value b2_update_m(value self, int argc, const value *argv, value kwnames)
{
    const char *p;
    size_t n;
    if (hash_data(argv[0], &p, &n) < 0)
        return V_NULL;
    b2_update(B2(self), (const unsigned char *)p, n);
    return V_NONE;
}

static value b2_digest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[64];
    b2_final(B2(self), out);
    return bytes_from((const char *)out, B2(self)->digest_size);
}

static value b2_hexdigest(value self, int argc, const value *argv, value kwnames)
{
    unsigned char out[64];
    b2_final(B2(self), out);
    return hash_hex(out, B2(self)->digest_size);
}

static value b2_copy(value self, int argc, const value *argv, value kwnames)
{
    blake2_object *c = (blake2_object *)seq_alloc(v_type(self), sizeof(blake2_object), 0);
    if (!c)
        return V_NULL;
    blake2_object *o = B2(self);
    c->wide = o->wide;
    c->last_node = o->last_node;
    c->digest_size = o->digest_size;
    c->u = o->u;
    return v_from_obj(c);
}

static value b2_get_block_size(value self) { return v_small(B2(self)->wide ? 128 : 64); }
static value b2_get_digest_size(value self) { return v_small(B2(self)->digest_size); }
static value b2_get_name(value self) { return str_from_cstr(B2(self)->wide ? "blake2b" : "blake2s"); }

static void b2_trace(object *o, gc_tracer *t) { (void)o, (void)t; }

/* The limits of a variant: digest and key bytes, salt and person bytes. */
typedef struct b2_limits {
    const char *name;
    int max_digest, max_key, salt, person;
} b2_limits;

static const b2_limits limits_b = { "blake2b", 64, 64, 16, 16 };
static const b2_limits limits_s = { "blake2s", 32, 32, 8, 8 };

/* blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
 * fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
 * inner_size=0, last_node=False, usedforsecurity=True) and blake2s
 * alike. Arguments are converted in their order (type errors), then
 * range-checked in CPython's order; the bytes-like ones are read again
 * after the conversions, which may run __index__ and __bool__ code that
 * resizes a bytearray. (Finalizers run only at safe points, so the
 * allocation below leaves the pointers valid.) */
static value b2_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {
        "", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
        "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity",
    };
    enum { DATA, DIGEST, KEY, SALT, PERSON, FANOUT, DEPTH, LEAF, OFFSET, NDEPTH, INNER, LAST, USED };
    bool wide = type_is_subtype(type, &blake2b_type);
    const b2_limits *lim = wide ? &limits_b : &limits_s;
    value a[13];
    if (num_parse_args(lim->name, argc, argv, kwnames, names, 13, 1, 0, a) < 0)
        return V_NULL;
    int digest_size = lim->max_digest, fanout = 1, depth = 1, node_depth = 0, inner_size = 0;
    uint64_t leaf_size = 0, node_offset = 0;
    int last_node = 0;
    const char *key = NULL, *salt = NULL, *person = NULL;
    size_t keylen = 0, saltlen = 0, personlen = 0;
    if ((a[DIGEST] && hash_c_int(a[DIGEST], &digest_size) < 0)
        || (a[KEY] && hash_bytes_param(a[KEY], &key, &keylen) < 0)
        || (a[SALT] && hash_bytes_param(a[SALT], &salt, &saltlen) < 0)
        || (a[PERSON] && hash_bytes_param(a[PERSON], &person, &personlen) < 0)
        || (a[FANOUT] && hash_c_int(a[FANOUT], &fanout) < 0)
        || (a[DEPTH] && hash_c_int(a[DEPTH], &depth) < 0)
        || (a[LEAF] && hash_c_unsigned(a[LEAF], "Python int too large to convert to C unsigned long",
                                       &leaf_size) < 0)
        || (a[OFFSET] && hash_c_unsigned(a[OFFSET], "int too big to convert", &node_offset) < 0)
        || (a[NDEPTH] && hash_c_int(a[NDEPTH], &node_depth) < 0)
        || (a[INNER] && hash_c_int(a[INNER], &inner_size) < 0)
        || (a[LAST] && (last_node = obj_truthy(a[LAST])) < 0)
        || (a[USED] && obj_truthy(a[USED]) < 0))
        return V_NULL;
    if ((a[KEY] && hash_bytes_param(a[KEY], &key, &keylen) < 0)
        || (a[SALT] && hash_bytes_param(a[SALT], &salt, &saltlen) < 0)
        || (a[PERSON] && hash_bytes_param(a[PERSON], &person, &personlen) < 0))
        return V_NULL;
    if (digest_size < 1 || digest_size > lim->max_digest)
        return exc_raise(&exc_ValueError, "digest_size must be between 1 and %d bytes", lim->max_digest);
    if (saltlen > (size_t)lim->salt)
        return exc_raise(&exc_ValueError, "maximum salt length is %d bytes", lim->salt);
    if (personlen > (size_t)lim->person)
        return exc_raise(&exc_ValueError, "maximum person length is %d bytes", lim->person);
    if (fanout < 0 || fanout > 255)
        return exc_raise(&exc_ValueError, "fanout must be between 0 and 255");
    if (depth < 1 || depth > 255)
        return exc_raise(&exc_ValueError, "depth must be between 1 and 255");
    if (leaf_size > 0xffffffffu)
        return exc_raise(&exc_OverflowError, "leaf_size is too large");
    if (!wide && node_offset > 0xffffffffffffull)
        return exc_raise(&exc_OverflowError, "node_offset is too large");
    if (node_depth < 0 || node_depth > 255)
        return exc_raise(&exc_ValueError, "node_depth must be between 0 and 255");
    if (inner_size < 0 || inner_size > lim->max_digest)
        return exc_raise(&exc_ValueError, "inner_size must be between 0 and is %d", lim->max_digest);
    if (keylen > (size_t)lim->max_key)
        return exc_raise(&exc_ValueError, "maximum key length is %d bytes", lim->max_key);
    const char *data = NULL;
    size_t datalen = 0;
    if (a[DATA] && hash_data(a[DATA], &data, &datalen) < 0)
        return V_NULL;

    /* the parameter block, little-endian, laid out as the BLAKE2 paper */
    unsigned char pb[64] = { 0 };
    pb[0] = (unsigned char)digest_size;
    pb[1] = (unsigned char)keylen;
    pb[2] = (unsigned char)fanout;
    pb[3] = (unsigned char)depth;
    hash_put_le32(pb + 4, (uint32_t)leaf_size);
    if (wide) {
        hash_put_le64(pb + 8, node_offset);
        pb[16] = (unsigned char)node_depth;
        pb[17] = (unsigned char)inner_size;
        if (saltlen)
            memcpy(pb + 32, salt, saltlen);
        if (personlen)
            memcpy(pb + 48, person, personlen);
    } else {
        for (int i = 0; i < 6; i++)
            pb[8 + i] = (unsigned char)(node_offset >> (8 * i));
        pb[14] = (unsigned char)node_depth;
        pb[15] = (unsigned char)inner_size;
        if (saltlen)
            memcpy(pb + 16, salt, saltlen);
        if (personlen)
            memcpy(pb + 24, person, personlen);
    }
    /* a key is the first block, zero-padded (objects come zero-filled) */
    blake2_object *o = (blake2_object *)seq_alloc(type, sizeof(blake2_object), 0);
    if (!o)
        return V_NULL;
    o->wide = wide;
    o->last_node = last_node;
    o->digest_size = (unsigned char)digest_size;
    if (wide) {
        for (int i = 0; i < 8; i++)
            o->u.b.h[i] = ivb[i] ^ hash_le64(pb + 8 * i);
        if (keylen) {
            memcpy(o->u.b.buf, key, keylen);
            o->u.b.buflen = 128;
        }
    } else {
        for (int i = 0; i < 8; i++)
            o->u.s.h[i] = ivs[i] ^ hash_le32(pb + 4 * i);
        if (keylen) {
            memcpy(o->u.s.buf, key, keylen);
            o->u.s.buflen = 64;
        }
    }
    if (datalen)
        b2_update(o, (const unsigned char *)data, datalen);
    return v_from_obj(o);
}

static const method_def b2_methods[] = {
    { "copy", b2_copy, METH_NOARGS, "Return a copy of the hash object." },
    { "digest", b2_digest, METH_NOARGS, "Return the digest value as a bytes object." },
    { "hexdigest", b2_hexdigest, METH_NOARGS, "Return the digest value as a string of hexadecimal digits." },
    { "update", b2_update_m, METH_O, "Update this hash object's state with the provided bytes-like object." },
    { NULL, NULL, 0, NULL },
};

static const getset_def b2_getsets[] = {
    { "block_size", b2_get_block_size, NULL, NULL },
    { "name", b2_get_name, NULL, NULL },
    { "digest_size", b2_get_digest_size, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object blake2b_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_blake2.blake2b",
    .basicsize = sizeof(blake2_object),
    .trace = b2_trace,
    .getattr = obj_generic_getattr,
    .new = b2_new,
    .methods = b2_methods,
    .getsets = b2_getsets,
    .doc = "A BLAKE2b hash (RFC 7693): 64-bit words, digests up to 64 bytes.",
};

type_object blake2s_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_blake2.blake2s",
    .basicsize = sizeof(blake2_object),
    .trace = b2_trace,
    .getattr = obj_generic_getattr,
    .new = b2_new,
    .methods = b2_methods,
    .getsets = b2_getsets,
    .doc = "A BLAKE2s hash (RFC 7693): 32-bit words, digests up to 32 bytes.",
};

value blake2module_init(void)
{
    value m = module_new("_blake2");
    if (!m)
        return V_NULL;
    value d = module_dict(m);
    type_object *types[] = { &blake2b_type, &blake2s_type };
    const b2_limits *lims[] = { &limits_b, &limits_s };
    const char *prefix[] = { "BLAKE2B_", "BLAKE2S_" };
    for (int i = 0; i < 2; i++) {
        type_object *t = types[i];
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return V_NULL;
        const char *names[] = { "MAX_DIGEST_SIZE", "MAX_KEY_SIZE", "SALT_SIZE", "PERSON_SIZE" };
        int vals[] = { lims[i]->max_digest, lims[i]->max_key, lims[i]->salt, lims[i]->person };
        for (int j = 0; j < 4; j++) {
            char full[40];
            snprintf(full, sizeof full, "%s%s", prefix[i], names[j]);
            if (dict_set_cstr(t->dict, names[j], v_small(vals[j])) < 0
                || dict_set_cstr(d, full, v_small(vals[j])) < 0)
                return V_NULL;
        }
        if (dict_set_cstr(d, lims[i]->name, v_from_obj(t)) < 0)
            return V_NULL;
    }
    return m;
}
