/* bytes: an immutable byte string (minimal for now: construction, repr,
 * len, indexing, slicing, comparison, hash, +, *, `in`, iteration, decode), plus the codecs str.encode and
 * bytes.decode share: utf-8, ascii and latin-1 with the error handlers
 * strict, ignore, replace, surrogateescape, backslashreplace and
 * xmlcharrefreplace. */
#ifndef TAIPAN_BYTES_H
#define TAIPAN_BYTES_H
#include <stddef.h>
#include "object.h"

typedef struct bytes_object {
    object hdr;
    int64_t hash;       /* -1 until computed */
    size_t size;
    char data[];        /* size + 1 bytes, NUL-terminated */
} bytes_object;

static inline bool v_is_bytes(value v) { return v_is_ptr(v) && v_obj(v)->type == &bytes_type; }
static inline bytes_object *v_bytes(value v) { return (bytes_object *)v_obj(v); }
static inline const char *bytes_data(value v) { return v_bytes(v)->data; }
static inline size_t bytes_size(value v) { return v_bytes(v)->size; }

extern type_object bytes_iterator_type;   /* iter(bytes); runtime_init readies it */

TP_MUST_CHECK value bytes_from(const char *s, size_t n);
/* bytes.decode(encoding, errors) -> str */
TP_MUST_CHECK value bytes_decode(value b, const char *encoding, const char *errors);
/* str.encode(encoding, errors) -> bytes */
TP_MUST_CHECK value str_encode(value s, const char *encoding, const char *errors);

#endif
