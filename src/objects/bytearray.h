/* bytearray: a mutable byte string (bytearray.c), and the buffer view the
 * bytes-like types share (bytes, bytearray, memoryview): buffer_get gives
 * the bytes of any of them. */
#ifndef TAIPAN_BYTEARRAY_H
#define TAIPAN_BYTEARRAY_H
#include <stddef.h>
#include "object.h"

typedef struct bytearray_object {
    object hdr;
    char *data;        /* a gc_alloc_raw block of cap bytes (NULL when cap == 0) */
    size_t size, cap;
    int64_t exports;   /* live memoryviews: no resizing while > 0 */
} bytearray_object;

extern type_object bytearray_type, bytearray_iterator_type;

static inline bool v_is_bytearray(value v)
{
    return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &bytearray_type);
}
static inline bytearray_object *v_bytearray(value v) { return (bytearray_object *)v_obj(v); }

TP_MUST_CHECK value bytearray_from(const char *s, size_t n);
/* The bytes of a bytes-like object (bytes, bytearray, memoryview): true
 * with *data and *size set, false (no exception) for anything else. The
 * pointer is valid until the object is resized or the view released. */
bool buffer_get(value v, const char **data, size_t *size);

/* A writable exporter defined outside src/objects (array.array): how to
 * reach its bytes, its export count (views block resizing while > 0)
 * and its struct format character and item size, for memoryview. */
typedef struct buffer_exporter {
    type_object *type;   /* instances of it and of its subclasses */
    bool (*get)(value v, const char **data, size_t *size);
    int64_t *(*exports)(value v);
    char (*format)(value v, int *itemsize);
} buffer_exporter;
void buffer_register(const buffer_exporter *e);
/* The registered exporter that serves v, or NULL. */
const buffer_exporter *buffer_exporter_of(value v);
/* The export count of a writable exporter (bytearray or registered), or NULL. */
int64_t *buffer_exports(value v);

#endif
