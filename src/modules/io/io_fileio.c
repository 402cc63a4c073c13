/* _io's FileIO: a raw stream over a file descriptor. (Skeleton: the types are added as they are written.) */
#include "io_internal.h"

int io_fileio_init(value m)
{
    (void)m;
    return 0;
}
