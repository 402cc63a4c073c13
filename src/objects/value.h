/* A Python value is one machine word (DESIGN.md, "Values and objects"):
 *   ...xxx1  a small int: the word shifted right by one (63-bit signed)
 *   ...xx00  a pointer to a heap object (see object.h); 0 is "no value",
 *            the error sentinel of every function that returns a value
 * Ints outside the small range are heap big ints (int.h). Everything else
 * is a heap object whose header names its type. */
#ifndef TAIPAN_VALUE_H
#define TAIPAN_VALUE_H
#include <stdbool.h>
#include <stdint.h>

typedef uintptr_t value;

#define V_NULL ((value)0)                    /* error / absent */
#define V_SMALL_MAX ((int64_t)(((uint64_t)1 << 62) - 1))
#define V_SMALL_MIN (-V_SMALL_MAX - 1)

static inline bool v_is_int(value v) { return (v & 1) != 0; }
static inline bool v_is_ptr(value v) { return (v & 3) == 0 && v != 0; }
static inline int64_t v_int(value v) { return (int64_t)(intptr_t)v >> 1; }
static inline bool v_fits_small(int64_t i) { return i >= V_SMALL_MIN && i <= V_SMALL_MAX; }
/* only for i within [V_SMALL_MIN, V_SMALL_MAX]; int_from_i64 handles any */
static inline value v_small(int64_t i) { return (value)(((uint64_t)i << 1) | 1); }

struct object;
static inline struct object *v_obj(value v) { return (struct object *)v; }
static inline value v_from_obj(const void *o) { return (value)o; }

#endif
