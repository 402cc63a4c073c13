/* What the hash modules behind hashlib share (_md5, _sha1, _sha256,
 * _blake2, _sha3; hashutil.c): reading bytes-like arguments with
 * CPython's messages, the hex form of a digest, and the constructor
 * signature of the Merkle-Damgard hashes (md5(string=b'', *,
 * usedforsecurity=True)). Each hash object keeps its state as plain C
 * data, so their types' trace functions have nothing to mark. */
#ifndef TAIPAN_HASHUTIL_H
#define TAIPAN_HASHUTIL_H
#include <stddef.h>
#include "../objects/object.h"

/* The bytes of the data argument of a constructor or update(): str gives
 * "Strings must be encoded before hashing", a non-buffer "object
 * supporting the buffer API required", a strided memoryview BufferError.
 * -1 with the exception set. */
TP_MUST_CHECK int hash_data(value obj, const char **p, size_t *n);
/* The same for a bytes-like parameter such as blake2's key: a non-buffer
 * (str included) gives "a bytes-like object is required, not 'T'". */
TP_MUST_CHECK int hash_bytes_param(value obj, const char **p, size_t *n);
/* The lowercase hex str of d[0..n). */
TP_MUST_CHECK value hash_hex(const unsigned char *d, size_t n);
/* FNAME(string=b'', *, usedforsecurity=True): *p, *n are the initial
 * data (NULL, 0 when none). -1 with the exception set. */
TP_MUST_CHECK int hash_parse_string_args(const char *fname, int argc, const value *argv,
                                         value kwnames, const char **p, size_t *n);
/* An int parameter converted as CPython's "i" format (__index__;
 * "'T' object cannot be interpreted as an integer", "Python int too
 * large to convert to C int"). -1 with the exception set. */
TP_MUST_CHECK int hash_c_int(value v, int *out);
/* An unsigned parameter converted as CPython's unsigned long converters:
 * an int (no __index__) or "an integer is required", non-negative or
 * ValueError "value must be positive", below 2**64 or OverflowError
 * with overflow_msg. -1 with the exception set. */
TP_MUST_CHECK int hash_c_unsigned(value v, const char *overflow_msg, uint64_t *out);
/* copy() of the md5/sha1/sha256 objects: CPython words its positional
 * argument error without the type name ("copy() takes no arguments"). */
TP_MUST_CHECK int hash_copy_noargs(int argc);

/* Little- and big-endian loads and stores. */
static inline uint32_t hash_le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t hash_le64(const unsigned char *p)
{
    return (uint64_t)hash_le32(p) | (uint64_t)hash_le32(p + 4) << 32;
}
static inline uint32_t hash_be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}
static inline void hash_put_le32(unsigned char *p, uint32_t x)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(x >> (8 * i));
}
static inline void hash_put_le64(unsigned char *p, uint64_t x)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(x >> (8 * i));
}
static inline void hash_put_be32(unsigned char *p, uint32_t x)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(x >> (24 - 8 * i));
}
static inline uint32_t hash_rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t hash_ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static inline uint64_t hash_ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
static inline uint64_t hash_rol64(uint64_t x, int n) { return (x << n) | (x >> ((64 - n) & 63)); }

#endif
