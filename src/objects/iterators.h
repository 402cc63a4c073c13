/* The iterator types of the containers (list, tuple, dict views, set,
 * range) and of the builtins enumerate, zip, map, filter and reversed.
 * The builtin ones are callable types (their `new` slot parses the
 * arguments), so the builtins module binds the type objects themselves. */
#ifndef TAIPAN_ITERATORS_H
#define TAIPAN_ITERATORS_H
#include "object.h"

extern type_object enumerate_type, zip_type, map_type, filter_type, reversed_type;
/* Iterator over any object with __len__/__getitem__ (the old protocol
 * that iter() falls back to); exhausted at IndexError/StopIteration. */
extern type_object seq_iterator_type;
TP_MUST_CHECK value seq_iter_new(value seq);
/* iter(callable, sentinel) */
extern type_object callable_iterator_type;
TP_MUST_CHECK value callable_iter_new(value callable, value sentinel);

#endif
