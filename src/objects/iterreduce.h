/* Pickling support shared by the builtin iterators (iterreduce.c): the
 * (builtins.iter, (seq,), index) triples their __reduce__ returns and the
 * integer their __setstate__ takes, with CPython's messages. */
#ifndef TAIPAN_ITERREDUCE_H
#define TAIPAN_ITERREDUCE_H
#include "object.h"

/* (builtins.NAME, (seq,), index), or (builtins.NAME, (seq,)) when index
 * is V_NULL: what a C iterator's __reduce__ returns. */
TP_MUST_CHECK value iterreduce_pack(const char *name, value seq, value index);
/* The index a sequence iterator's __setstate__ receives, as
 * PyLong_AsSsize_t reads it: an int, or TypeError "an integer is
 * required"; -1 with the exception set on failure. */
TP_MUST_CHECK int iterreduce_index(value state, int64_t *out);
/* __reduce__ (METH_NOARGS) of an iterator over an unordered container
 * (dict and set iterators): (builtins.iter, (list,)) with the items it
 * has still to produce, read from a copy so self does not advance. The
 * iterator's struct must hold only values and plain integers. */
value iterreduce_remaining(value self, int argc, const value *argv, value kwnames);

#endif
