/* Unicode facts Taipan needs, from tables generated out of Unicode 14.0 (the
 * version CPython 3.11 uses) by tools/gen_unicode.py: identifier classes
 * (XID_Start / XID_Continue), printability (str.isprintable, repr), and NFKC
 * normalisation (for non-ASCII identifiers, PEP 3131). Plus UTF-8 helpers
 * that treat an encoded surrogate (ED A0..BF xx) as a code point, since
 * Taipan strings may hold lone surrogates. */
#ifndef TAIPAN_UNICODE_H
#define TAIPAN_UNICODE_H
#include <stddef.h>
#include <stdint.h>

int uni_is_xid_start(uint32_t cp);
int uni_is_xid_continue(uint32_t cp);
int uni_is_printable(uint32_t cp);   /* as str.isprintable for one character */

/* NFKC of UTF-8 text; returns a malloc'd NUL-terminated UTF-8 string and its
 * length in *outlen, NULL when out of memory. */
char *uni_nfkc(const char *utf8, size_t len, size_t *outlen);

/* The code point named `name` (as in "\N{...}" escapes: character names and
 * name aliases, case-insensitive; also "CJK UNIFIED IDEOGRAPH-XXXX" and Hangul
 * syllables). Returns 1 and sets *cp, or 0 when no such name. */
int uni_lookup_name(const char *name, size_t len, uint32_t *cp);

/* The name of cp (as unicodedata.name) into buf (size bytes, NUL-ended):
 * 1, or 0 when cp has none. Slow (a scan of the name table): for the
 * namereplace error handler. */
int uni_name_of(uint32_t cp, char *buf, size_t size);

/* Decodes one code point at s (at most n bytes). Returns the number of bytes
 * used (1-4), or 0 when the bytes are not valid UTF-8 (surrogates encoded in
 * 3 bytes are accepted). */
int utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Encodes cp (surrogates included) into buf (4 bytes); returns the length. */
int utf8_encode(uint32_t cp, char *buf);
/* Number of code points in s[0..n) (invalid bytes count one each). */
size_t utf8_count(const char *s, size_t n);

#endif
