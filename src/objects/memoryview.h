/* memoryview: a view of the bytes of a bytes or bytearray object (or of
 * another view), with a struct format (native single-character formats,
 * as cast() accepts them), a shape and strides. Views of a bytearray
 * count as its exports while they live and are not released, so the
 * bytearray cannot change size meanwhile (BufferError), as in CPython. */
#ifndef TAIPAN_MEMORYVIEW_H
#define TAIPAN_MEMORYVIEW_H
#include "object.h"

#define MV_MAXDIM 8

typedef struct memoryview_object {
    object hdr;
    value obj;          /* the exporter (bytes or bytearray); V_NULL once released */
    int64_t start;      /* byte offset of the first item in the exporter */
    int64_t shape[MV_MAXDIM], strides[MV_MAXDIM];   /* strides in bytes */
    int ndim, itemsize;
    char format[3];     /* "B", or "@h" as given to cast */
    bool readonly;
    bool exporting;     /* counted in the bytearray's exports */
} memoryview_object;

extern type_object memoryview_type;
extern type_object memory_iterator_type;

static inline bool v_is_memoryview(value v)
{
    return v_is_ptr(v) && v_obj(v)->type == &memoryview_type;
}

/* The bytes of a C-contiguous view (false when strided or released). */
bool memoryview_buffer(value v, const char **data, size_t *size);

#endif
