/* memoryview (basic): a view of the bytes of a bytes or bytearray object,
 * format 'B', one dimension, possibly strided after slicing. */
#ifndef TAIPAN_MEMORYVIEW_H
#define TAIPAN_MEMORYVIEW_H
#include "object.h"

typedef struct memoryview_object {
    object hdr;
    value obj;          /* the exporter (bytes or bytearray); V_NULL once released */
    int64_t start, step, len;
    bool readonly;
} memoryview_object;

extern type_object memoryview_type;

/* The bytes of a contiguous view (false when strided or released). */
bool memoryview_buffer(value v, const char **data, size_t *size);

#endif
