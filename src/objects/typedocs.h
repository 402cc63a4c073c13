/* Docstrings of builtin types by name (typedocs.c), for type_ready. */
#ifndef TAIPAN_TYPEDOCS_H
#define TAIPAN_TYPEDOCS_H

/* The docstring of the builtin type called `name`, or NULL. */
const char *typedocs_find(const char *name);

#endif
