/* Helpers the container types share: the repr cycle guard ("[...]",
 * "{...}"), keyword-argument checks of builtin methods, and the messages
 * of sequence concatenation/repetition. Internal to src/objects. */
#ifndef TAIPAN_SEQUTIL_H
#define TAIPAN_SEQUTIL_H
#include <string.h>
#include "object.h"

/* Cycle guard for repr: 1 when o's repr is already being built further up
 * (print "..."), 0 when entered (call repr_leave after), -1 on error
 * (RecursionError when too deep, MemoryError). */
TP_MUST_CHECK int repr_enter(value o);
void repr_leave(value o);

/* For methods that take no keyword arguments: -1 with "NAME() takes no
 * keyword arguments" when kwnames is non-empty. */
TP_MUST_CHECK int args_no_kw(const char *name, value kwnames);
/* argc within [min, max], else TypeError as CPython's argument clinic
 * words it ("pop expected at most 1 argument, got 2"). */
TP_MUST_CHECK int args_count(const char *name, int argc, int min, int max);
/* An int argument as int64 (with __index__); -1 with TypeError/OverflowError. */
TP_MUST_CHECK int args_index(value v, int64_t *out);
/* operator.length_hint(o, dflt): len(o) if it has one (a TypeError from
 * __len__ is ignored), else o.__length_hint__() if defined and not
 * NotImplemented, else dflt. -1 with the exception set on errors
 * ("__length_hint__() should return >= 0", ...). */
TP_MUST_CHECK int seq_length_hint(value o, int64_t dflt, int64_t *out);
/* Whether the other operand of a sequence + or * is a class defined in
 * Python that may answer with its reflected method (then return
 * NotImplemented rather than raising the sequence's own TypeError). */
bool seq_other_may_reflect(value other, int nb);
/* A heap object of `type` with `size` bytes for the builtin base plus
 * whatever a Python subclass adds. */
TP_MUST_CHECK object *seq_alloc(type_object *type, size_t base_size, size_t extra);

/* Lexicographic comparison of two sequences given accessors (tuple.c). */
TP_MUST_CHECK value seq_richcompare(value a, const value *(*items)(value), size_t (*len)(value),
                                    value b, int op);
/* Decodes seq * n in either order: 1 with *seq and *count set (count >= 0),
 * 0 for NotImplemented, -1 on error (tuple.c). */
TP_MUST_CHECK int seq_repeat_args(value a, value b, bool (*is_seq)(value), value *seq,
                                  int64_t *count);
/* The optional start/stop of index(x, start, stop), clipped to [0, len]. */
TP_MUST_CHECK int seq_index_bounds(int argc, const value *argv, int64_t len, int64_t *start,
                                   int64_t *stop);
/* CPython 3.11's tuple hash of n item values. */
TP_MUST_CHECK int tuple_hash_items(const value *items, size_t n, int64_t *out);

/* memmove of n values; n == 0 is allowed with NULL pointers (an empty
 * list has no block, and memcpy(NULL, ..., 0) is undefined behaviour). */
static inline void values_move(value *dst, const value *src, size_t n)
{
    if (n)
        memmove(dst, src, n * sizeof(value));
}

#endif
