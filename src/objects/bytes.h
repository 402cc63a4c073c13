/* bytes: the immutable byte string (bytes.c; its text methods, shared
 * with bytearray, in bytes_methods.c; % in bytes_format.c). str_encode and
 * bytes_decode are the entry points of the codecs (codecs.c). */
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
/* The bytes of an iterable of ints, or of a bytes-like object, appended to
 * sb; `what` ("bytes" or "bytearray") words the errors. -1 on error. */
struct strbuf;
TP_MUST_CHECK int bytes_collect(value src, struct strbuf *sb, const char *what);
/* `item in hay[0..n)` for bytes and bytearray: an int byte value or a
 * bytes-like substring; 1, 0, or -1 on error. */
TP_MUST_CHECK int bytes_contains(const char *hay, size_t n, value item);
/* The decoding of any bytes-like object -> str */
TP_MUST_CHECK value bytes_decode(value b, const char *encoding, const char *errors);
/* str.encode(encoding, errors) -> bytes */
TP_MUST_CHECK value str_encode(value s, const char *encoding, const char *errors);

#endif
