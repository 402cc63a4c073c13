/* The format-spec mini-language shared by int, float, str (and later
 * complex, Decimal-like types): format_spec_parse splits
 * "[[fill]align][sign][z][#][0][width][grouping][.precision][type]" into
 * a struct, with CPython 3.11's error messages; format_spec_pad lays out
 * a formatted number (sign, prefix, grouped integer digits, the rest)
 * or a plain text in the field, as CPython does (zero padding is grouped
 * too: format(1234, '09,') == '0,001,234'). Owner: the numbers engineer. */
#ifndef TAIPAN_FORMAT_SPEC_H
#define TAIPAN_FORMAT_SPEC_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "object.h"

typedef struct format_spec {
    char fill[5];          /* UTF-8 of the fill character, NUL-terminated (default " ") */
    char align;            /* 0 (default), '<', '>', '=', '^' */
    char sign;             /* 0 (default), '+', '-', ' ' */
    bool no_neg_zero;      /* 'z' (3.11) */
    bool alternate;        /* '#' */
    bool zero;             /* '0' before the width */
    int64_t width;         /* -1: none */
    char grouping;         /* 0, ',' or '_' */
    int64_t precision;     /* -1: none */
    uint32_t type;         /* 0: none, else the presentation type's code point */
    bool type_nul;         /* the type given was a NUL: an unknown code for int and
                              str, the default for float and complex (as CPython) */
} format_spec;

/* Parses spec (a UTF-8 text of n bytes) for an object of type `tname`
 * (used in messages). Returns -1 with ValueError set on a bad spec. */
TP_MUST_CHECK int format_spec_parse(const char *s, size_t n, const char *tname, format_spec *out);

/* A type no spec can name (past the last code point): repr's digits
 * without the ".0" of integral values, as complex formats its parts
 * when no type is given. */
#define FORMAT_TYPE_REPR 0x110000u

/* Raises CPython's ValueError for an unknown presentation type; returns
 * V_NULL. Codes outside the printable ASCII range show as '\x..'. */
value format_spec_unknown(const format_spec *spec, const char *tname);
/* The type is one of the ASCII letters in `set`. */
static inline bool format_spec_type_in(const format_spec *spec, const char *set)
{
    return spec->type && spec->type < 128 && strchr(set, (int)spec->type);
}

/* Lays out a number: sign ("", "-", "+", " "), prefix ("0x", ...), the
 * integer digits (grouped by spec->grouping every `group` digits), then
 * `rest` (fraction, exponent, '%'), padded to spec->width; numbers align
 * right by default. Returns a new str. */
TP_MUST_CHECK value format_spec_number(const format_spec *spec, const char *sign, const char *prefix,
                                       const char *digits, size_t ndigits, int group,
                                       const char *rest, size_t nrest);
/* Pads a text of `len` code points (UTF-8 `s`, n bytes) to the width;
 * default_align is '<' for strings, '>' for numbers. Returns a new str. */
TP_MUST_CHECK value format_spec_text(const format_spec *spec, const char *s, size_t n, size_t len,
                                     char default_align);
/* snprintf(fmt, prec, d) for one conversion like "%#.*e" (e f g in
 * either case) into a malloc'd string, fast for huge precisions; NULL
 * with MemoryError set. For printf-style % formatting too. */
char *format_spec_cprintf(const char *fmt, int prec, double d);
/* float's presentation types (e E f F g G n % and none) for a double;
 * int's __format__ uses it for those types too. Returns a new str. */
TP_MUST_CHECK value format_spec_float(double d, const format_spec *spec, const char *tname);

#endif
