/* The growable byte buffer of strbuf.h. */
#include "strbuf.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sb_init(strbuf *sb)
{
    sb->data = NULL;
    sb->len = sb->cap = 0;
    sb->failed = 0;
}

void sb_free(strbuf *sb)
{
    free(sb->data);
    sb_init(sb);
}

static int grow(strbuf *sb, size_t extra)
{
    if (sb->failed)
        return -1;
    if (sb->len + extra + 1 <= sb->cap)
        return 0;
    size_t ncap = sb->cap ? sb->cap : 64;
    while (ncap < sb->len + extra + 1) {
        if (ncap > ((size_t)-1) / 2) {
            sb->failed = 1;
            return -1;
        }
        ncap *= 2;
    }
    char *n = realloc(sb->data, ncap);
    if (!n) {
        sb->failed = 1;
        return -1;
    }
    sb->data = n;
    sb->cap = ncap;
    return 0;
}

void sb_append(strbuf *sb, const char *s, size_t n)
{
    if (grow(sb, n) < 0)
        return;
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = 0;
}

void sb_puts(strbuf *sb, const char *s) { sb_append(sb, s, strlen(s)); }
void sb_putc(strbuf *sb, char c) { sb_append(sb, &c, 1); }

void sb_printf(strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        sb_append(sb, tmp, (size_t)n);
        return;
    }
    if (grow(sb, (size_t)n) < 0)
        return;
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

char *sb_detach(strbuf *sb, size_t *len)
{
    if (sb->failed) {
        sb_free(sb);
        return NULL;
    }
    if (!sb->data && grow(sb, 0) < 0)
        return NULL;
    if (sb->len == 0)
        sb->data[0] = 0;
    char *d = sb->data;
    if (len)
        *len = sb->len;
    sb_init(sb);
    return d;
}
