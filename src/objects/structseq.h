/* Struct sequences: the named tuples written in C that CPython's C
 * modules return (sys.version_info, sys.flags, sys.float_info, later
 * os.stat_result, time.struct_time). A struct-sequence type is a static
 * type derived from tuple: instances are tuples (indexing, slicing,
 * comparison with tuples, hashing, unpacking) whose items can also be
 * read by field name, and whose repr names them:
 * "sys.version_info(major=3, minor=11, ...)". Trailing fields may be
 * hidden, as CPython's: read by name only, not part of the sequence
 * (time.struct_time's tm_zone and tm_gmtoff). */
#ifndef TAIPAN_STRUCTSEQ_H
#define TAIPAN_STRUCTSEQ_H
#include <stdbool.h>
#include "object.h"

#define STRUCTSEQ_MAX_FIELDS 24

/* Prepares t, a zero-initialised static type whose `name` is set
 * ("sys.version_info"), as a struct sequence of the NULL-terminated
 * `fields` (at most STRUCTSEQ_MAX_FIELDS; the array must outlive t).
 * `instantiable`: whether Python code may call the type with a
 * sequence, as it may sys.float_info's (sys.version_info's refuses:
 * "cannot create 'sys.version_info' instances"). Runs type_ready. */
TP_MUST_CHECK int structseq_init_type(type_object *t, const char *const *fields, bool instantiable);

/* The same where only the first `nvisible` fields are the sequence's
 * items and the others are hidden. */
TP_MUST_CHECK int structseq_init_type_hidden(type_object *t, const char *const *fields, int nvisible,
                                             bool instantiable);

/* A new instance of t holding items[0..nfields), hidden fields included. */
TP_MUST_CHECK value structseq_new(type_object *t, const value *items);

#endif
