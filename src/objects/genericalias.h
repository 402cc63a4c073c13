/* types.GenericAlias (list[int]) and types.UnionType (int | None):
 * genericalias.c. */
#ifndef TAIPAN_GENERICALIAS_H
#define TAIPAN_GENERICALIAS_H
#include "object.h"

extern type_object genericalias_type, uniontype_type;

/* origin[args]: args a tuple, or one argument. */
TP_MUST_CHECK value genericalias_new(value origin, value args);
/* a | b where both are None, classes, aliases or unions; NotImplemented
 * otherwise (type's nb_or). */
TP_MUST_CHECK value genericalias_or(value a, value b);
/* __class_getitem__ of list, dict, tuple, ...: type_ready adds it to the
 * builtin types genericalias_builtin_generic names. */
extern const method_def genericalias_class_getitem_def;
bool genericalias_builtin_generic(const char *type_name);

#endif
