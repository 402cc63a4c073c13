/* Interned identifier strs for C code (names.def): N(__init__) is the
 * interned str "__init__", made by names_init() at start-up (runtime.c)
 * and kept alive as a GC root. Attribute look-ups with these compare
 * pointers. */
#ifndef TAIPAN_NAMES_H
#define TAIPAN_NAMES_H
#include "object.h"

enum {
#define NAME(id) NAME_##id,
#include "names.def"
#undef NAME
    NAME_COUNT
};

extern value names_table[NAME_COUNT];
#define N(id) (names_table[NAME_##id])

/* Interns every name; -1 (exception set) when out of memory. */
TP_MUST_CHECK int names_init(void);

#endif
