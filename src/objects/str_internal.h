/* Shared internals of the str implementation (str.c core, str_methods.c,
 * str_mod.c printf-style %, str_format.c str.format, str_case.c case and
 * character classes): raw construction, code point <-> byte offset
 * conversion, argument helpers. Not for use outside src/objects/str*.c and
 * bytes.c. */
#ifndef TAIPAN_STR_INTERNAL_H
#define TAIPAN_STR_INTERNAL_H
#include <stdint.h>
#include "str.h"

/* str or an instance of a str subclass. */
static inline bool v_is_str_like(value v)
{
    return v_is_ptr(v) && (v_obj(v)->type == &str_type ||
                           (v_obj(v)->type->flags & TYPE_STR_SUBCLASS));
}

/* A str of `size` bytes to be filled by the caller (data[size] is NUL),
 * then completed with str_finish_new. */
TP_MUST_CHECK value str_new_uninit(size_t size);
/* Computes len and the ASCII flag of a str built by str_new_uninit. */
value str_finish_new(value s);
/* A str from UTF-8 with a known code point count and ASCII-ness. */
TP_MUST_CHECK value str_from_utf8_len(const char *s, size_t size, size_t len);
value str_empty(void);
int64_t str_hash_bytes(const char *p, size_t n);   /* bytes' hash, CPython's */
TP_MUST_CHECK value str_from_cp(uint32_t cp);   /* one character */
/* Byte offset of code point i (0 <= i <= len). */
size_t str_offset(value s, size_t i);
uint32_t str_char_at(value s, size_t i);
/* s[start:end] in code points (clamped by the caller). */
TP_MUST_CHECK value str_substr(value s, size_t start, size_t end);
/* Byte range -> str; the range holds whole characters. */
TP_MUST_CHECK value str_from_range(value s, size_t b0, size_t b1);
/* Decodes the code point at byte offset *pos and advances it. */
static inline uint32_t str_next_cp(const char *d, size_t size, size_t *pos)
{
    unsigned char c = (unsigned char)d[*pos];
    if (c < 0x80) { (*pos)++; return c; }
    uint32_t cp;
    int n = 0;
    if (c >= 0xF0 && *pos + 3 < size + 1) {
        cp = ((uint32_t)(c & 7) << 18) | ((uint32_t)(d[*pos + 1] & 0x3F) << 12) |
             ((uint32_t)(d[*pos + 2] & 0x3F) << 6) | (uint32_t)(d[*pos + 3] & 0x3F);
        n = 4;
    } else if (c >= 0xE0) {
        cp = ((uint32_t)(c & 0xF) << 12) | ((uint32_t)(d[*pos + 1] & 0x3F) << 6) |
             (uint32_t)(d[*pos + 2] & 0x3F);
        n = 3;
    } else {
        cp = ((uint32_t)(c & 0x1F) << 6) | (uint32_t)(d[*pos + 1] & 0x3F);
        n = 2;
    }
    *pos += (size_t)n;
    return cp;
}
/* Code point count of s[0..n) (n on a character boundary). */
size_t str_count_cps(const char *s, size_t n);

/* -- Argument helpers (messages as CPython's) ----------------------------- */

/* Binds positional and keyword arguments to `names` (NULL-terminated);
 * out[i] = V_NULL when absent. `fname` names the function in messages;
 * nmin positional-or-keyword arguments are required. Returns -1 on error. */
TP_MUST_CHECK int str_parse_args(const char *fname, int argc, const value *argv, value kwnames,
                                 const char *const *names, int nmin, value *out);
/* An int argument (anything with __index__) as int64, clamped to the
 * int64 range when `clamp` (slice indices), else OverflowError. */
TP_MUST_CHECK int str_arg_index(value v, int64_t *out, int clamp);
/* The type name argument-clinic messages use: "None" for None (CPython's
 * _PyArg_BadArgument), else the type's name. */
static inline const char *str_arg_type_name(value v)
{
    return v == V_NONE ? "None" : v_type_name(v);
}
/* "must be str, not int" */
value str_arg_type_error(const char *what, value v);
/* Clamps Python start/end arguments (None or int, may be V_NULL) to [0, len]. */
TP_MUST_CHECK int str_arg_range(value start, value end, size_t len, int64_t *s, int64_t *e);

/* Searching (str_methods.c) in bytes: the byte offset of needle in
 * hay[b0..b1), or -1. */
int64_t str_find_bytes(const char *hay, size_t b0, size_t b1, const char *nd, size_t nn, int reverse);

/* Per-character Unicode facts and case mappings (str_case.c). */
enum {
    UC_ALPHA = 1, UC_DECIMAL = 2, UC_DIGIT = 4, UC_NUMERIC = 8, UC_SPACE = 16,
    UC_LOWER = 32, UC_UPPER = 64, UC_TITLE = 128, UC_CASED = 256, UC_CASE_IGNORABLE = 512,
    UC_LINEBREAK = 1024, UC_ALNUM = UC_ALPHA | UC_DECIMAL | UC_DIGIT | UC_NUMERIC,
};
unsigned uc_flags(uint32_t cp);
int uc_decimal_value(uint32_t cp);   /* -1 when not a decimal digit */
/* Full case mappings: writes up to 3 code points to out, returns the count. */
int uc_lower(uint32_t cp, uint32_t out[3]);
int uc_upper(uint32_t cp, uint32_t out[3]);
int uc_title(uint32_t cp, uint32_t out[3]);
int uc_fold(uint32_t cp, uint32_t out[3]);
static inline int uc_isspace(uint32_t cp)
{
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    return (uc_flags(cp) & UC_SPACE) != 0;
}

/* % formatting (str_mod.c) and str.format / __format__ (str_format.c). */
TP_MUST_CHECK value str_mod_format(value fmt, value args);
TP_MUST_CHECK value str_format_method(value self, int argc, const value *argv, value kwnames);
TP_MUST_CHECK value str_format_map_method(value self, int argc, const value *argv, value kwnames);
TP_MUST_CHECK value str_dunder_format(value self, int argc, const value *argv, value kwnames);

/* The method table (str_methods.c) used by str_type (str.c). */
extern const method_def str_methods[];
TP_MUST_CHECK value str_type_new(type_object *type, int argc, const value *argv, value kwnames);

#endif
