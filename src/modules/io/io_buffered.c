/* _io's BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair. (Skeleton: the types are added as they are written.) */
#include "io_internal.h"

int io_buffered_init(value m)
{
    (void)m;
    return 0;
}
