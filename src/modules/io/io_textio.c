/* _io's TextIOWrapper and IncrementalNewlineDecoder: text over a buffered binary stream. (Skeleton: the types are added as they are written.) */
#include "io_internal.h"

int io_textio_init(value m)
{
    (void)m;
    return 0;
}
