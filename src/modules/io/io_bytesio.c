/* _io's BytesIO: an in-memory binary stream. (Skeleton: the types are added as they are written.) */
#include "io_internal.h"

int io_bytesio_init(value m)
{
    (void)m;
    return 0;
}
