/* Python's repr() of str and bytes values, appended to a strbuf: the quote
 * choice ('...' unless the text holds ' and no "), the escapes (\\ \n \r \t,
 * \xNN, \uNNNN, \UNNNNNNNN for what is not printable), printable non-ASCII
 * kept as is. Strings are UTF-8 where a lone surrogate is its 3-byte form. */
#ifndef TAIPAN_REPR_H
#define TAIPAN_REPR_H
#include <stddef.h>
#include "strbuf.h"

void repr_str(strbuf *sb, const char *utf8, size_t len);
void repr_bytes(strbuf *sb, const char *s, size_t len);

#endif
