/* A growable byte buffer for building text (reprs, dumps, messages).
 * Out of memory is sticky: the buffer stops growing and sb->failed is set,
 * so callers append freely and check once at the end. */
#ifndef TAIPAN_STRBUF_H
#define TAIPAN_STRBUF_H
#include <stddef.h>

typedef struct strbuf {
    char *data;     /* NUL-terminated when not failed */
    size_t len, cap;
    int failed;
} strbuf;

void sb_init(strbuf *sb);
void sb_free(strbuf *sb);
void sb_append(strbuf *sb, const char *s, size_t n);
void sb_puts(strbuf *sb, const char *s);
void sb_putc(strbuf *sb, char c);
void sb_printf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the data over (caller frees); the buffer is reset. NULL if failed. */
char *sb_detach(strbuf *sb, size_t *len);

#endif
