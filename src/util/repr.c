/* repr() of str and bytes, as CPython 3.11 writes them. Both pick the quote
 * the same way (single quotes unless the text has a ' and no "), escape the
 * chosen quote and the backslash, write \t \n \r by name, and hex-escape what
 * is not printable: for bytes every byte below 0x20 or from 0x7f up, for str
 * every code point that str.isprintable() rejects (\xNN up to 0xff, \uNNNN up
 * to 0xffff, \UNNNNNNNN beyond). Lone surrogates, held as their 3-byte
 * UTF-8 form, are not printable, so they come out as \udc80. Runs of plain
 * ASCII are copied in one append, since reprs of long strings are common in
 * AST dumps. */
#include "repr.h"
#include <string.h>
#include "../unicode/unicode.h"

static const char hexdigits[] = "0123456789abcdef";

static char pick_quote(const char *s, size_t len)
{
    return memchr(s, '\'', len) && !memchr(s, '"', len) ? '"' : '\'';
}

/* Plain: printable ASCII other than the quote and the backslash. */
static int plain(unsigned char c, char quote)
{
    return c >= 0x20 && c < 0x7f && c != '\\' && c != (unsigned char)quote;
}

static void put_hex(strbuf *sb, char kind, uint32_t v, int digits)
{
    char buf[10];
    buf[0] = '\\';
    buf[1] = kind;
    for (int i = 0; i < digits; i++)
        buf[2 + i] = hexdigits[(v >> (4 * (digits - 1 - i))) & 0xF];
    sb_append(sb, buf, (size_t)digits + 2);
}

/* Escapes for the ASCII bytes that are not plain; 0 when none applies. */
static int put_ascii_escape(strbuf *sb, unsigned char c, char quote)
{
    switch (c) {
    case '\\': sb_append(sb, "\\\\", 2); return 1;
    case '\t': sb_append(sb, "\\t", 2); return 1;
    case '\n': sb_append(sb, "\\n", 2); return 1;
    case '\r': sb_append(sb, "\\r", 2); return 1;
    }
    if (c == (unsigned char)quote) {
        char e[2] = { '\\', quote };
        sb_append(sb, e, 2);
        return 1;
    }
    if (c < 0x20 || c == 0x7f) {
        put_hex(sb, 'x', c, 2);
        return 1;
    }
    return 0;
}

static void put_code_point(strbuf *sb, const char *s, int n, uint32_t cp)
{
    if (uni_is_printable(cp))
        sb_append(sb, s, (size_t)n);
    else if (cp <= 0xFF)
        put_hex(sb, 'x', cp, 2);
    else if (cp <= 0xFFFF)
        put_hex(sb, 'u', cp, 4);
    else
        put_hex(sb, 'U', cp, 8);
}

void repr_str(strbuf *sb, const char *s, size_t len)
{
    char quote = pick_quote(s, len);
    sb_putc(sb, quote);
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && plain((unsigned char)s[j], quote))
            j++;
        if (j > i) {
            sb_append(sb, s + i, j - i);
            i = j;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            put_ascii_escape(sb, c, quote);
            i++;
            continue;
        }
        uint32_t cp;
        int n = utf8_decode(s + i, len - i, &cp);
        if (n == 0) {   /* not UTF-8: cannot happen for parsed text */
            put_hex(sb, 'x', c, 2);
            i++;
            continue;
        }
        put_code_point(sb, s + i, n, cp);
        i += (size_t)n;
    }
    sb_putc(sb, quote);
}

void repr_bytes(strbuf *sb, const char *s, size_t len)
{
    char quote = pick_quote(s, len);
    sb_putc(sb, 'b');
    sb_putc(sb, quote);
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && plain((unsigned char)s[j], quote))
            j++;
        if (j > i) {
            sb_append(sb, s + i, j - i);
            i = j;
            continue;
        }
        unsigned char c = (unsigned char)s[i++];
        if (!put_ascii_escape(sb, c, quote))
            put_hex(sb, 'x', c, 2);
    }
    sb_putc(sb, quote);
}
