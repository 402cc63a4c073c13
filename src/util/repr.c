/* Stub: being written. */
#include "repr.h"
void repr_str(strbuf *sb, const char *utf8, size_t len) { sb_putc(sb, '\''); sb_append(sb, utf8, len); sb_putc(sb, '\''); }
void repr_bytes(strbuf *sb, const char *s, size_t len) { sb_puts(sb, "b'"); sb_append(sb, s, len); sb_putc(sb, '\''); }
