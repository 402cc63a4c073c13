/* str: immutable Unicode text stored as UTF-8 (lone surrogates in their
 * 3-byte form) with its length in code points, an ASCII flag (ASCII strings
 * index in O(1)), a cached hash, and an interned flag. Identifiers and
 * attribute names are interned, so name look-ups compare pointers. The
 * bytes are NUL-terminated for the convenience of C code. */
#ifndef TAIPAN_STR_H
#define TAIPAN_STR_H
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include "object.h"

/* 40 bytes before the text, so a short word takes a 48-byte cell. The
 * code point index of a long non-ASCII str is not a field: str.c keeps it
 * in a side table (STR_INDEXED says there is one), which also keeps it
 * alive, since the collector never reads a str (gc_alloc_leaf). */
typedef struct str_object {
    object hdr;          /* hdr.flags: STR_ASCII, STR_INTERNED, STR_INDEXED */
    int64_t hash;        /* -1 until computed */
    size_t len;          /* code points */
    size_t size;         /* bytes, without the NUL */
    char data[];         /* size + 1 bytes */
} str_object;

enum { STR_ASCII = 1, STR_INTERNED = 2, STR_INDEXED = 4 };

/* iter(str): str_ascii_iterator for ASCII strings, else str_iterator, as
 * CPython names them; runtime_init readies both. */
extern type_object str_iterator_type, str_ascii_iterator_type;

static inline bool v_is_str(value v) { return v_is_ptr(v) && v_obj(v)->type == &str_type; }
static inline str_object *v_str(value v) { return (str_object *)v_obj(v); }
static inline const char *str_data(value v) { return v_str(v)->data; }
static inline size_t str_size(value v) { return v_str(v)->size; }
static inline size_t str_len(value v) { return v_str(v)->len; }

/* From UTF-8 the caller vouches for (surrogates allowed). */
TP_MUST_CHECK value str_from_utf8(const char *s, size_t size);
TP_MUST_CHECK value str_from_cstr(const char *s);
/* printf-style, with the %R %S %N %V conversions of exc_raise. */
TP_MUST_CHECK value str_format(const char *fmt, ...);
TP_MUST_CHECK value str_format_va(const char *fmt, va_list ap);
/* Seeds string hashing (PYTHONHASHSEED); runtime_init calls it first. */
void str_hash_init(void);
/* -E / -I: str_hash_init ignores PYTHONHASHSEED (set before it runs). */
extern bool str_hash_ignore_env;
/* The interned str equal to s (creating it): identifiers, attribute names. */
TP_MUST_CHECK value str_intern(value s);
TP_MUST_CHECK value str_intern_cstr(const char *s);
TP_MUST_CHECK value str_concat(value a, value b);
/* An ASCII str of n bytes that the caller fills at once through *data,
 * for formatters that know their result's size (no builder copy). */
TP_MUST_CHECK value str_new_ascii(size_t n, char **data);
/* items[0] + items[1] + ... (all str): one allocation, no builder (the
 * eval loop's BUILD_STRING, join). */
TP_MUST_CHECK value str_concat_array(const value *items, size_t n);
/* One replacement field of a str.format string, parsed from just after
 * its '{' (d[*p]) to just after its '}' (*p moves there), with
 * str.format's grammar and messages: the name is d[name[0]..name[1]),
 * the conversion character *conv (0: none), the spec
 * d[spec[0]..spec[1]). -1 with ValueError. (_string.formatter_parser.) */
TP_MUST_CHECK int str_format_parse_field(const char *d, size_t n, size_t *p, size_t name[2], size_t spec[2],
                                         uint32_t *conv);
bool str_eq(value a, value b);              /* both str */
bool str_eq_cstr(value a, const char *s);
int64_t str_hash(value s);                  /* never fails */
/* Code point order of two strs (byte order of their UTF-8): <0, 0, >0.
 * Most comparisons are decided by the first byte ("a" <= ch <= "z"). */
static inline int str_compare(value a, value b)
{
    str_object *x = v_str(a), *y = v_str(b);
    if (x->size && y->size && x->data[0] != y->data[0])
        return (unsigned char)x->data[0] < (unsigned char)y->data[0] ? -1 : 1;
    size_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, n);
    if (c) return c;
    return x->size < y->size ? -1 : x->size > y->size;
}
/* a <op> b for strs, op a CMP_* (the eval loop's COMPARE_OP). */
static inline bool str_compare_op(value a, value b, int op)
{
    switch (op) {
    case CMP_EQ: return str_eq(a, b);
    case CMP_NE: return !str_eq(a, b);
    case CMP_LT: return str_compare(a, b) < 0;
    case CMP_LE: return str_compare(a, b) <= 0;
    case CMP_GT: return str_compare(a, b) > 0;
    default: return str_compare(a, b) >= 0;
    }
}
TP_MUST_CHECK value str_repr(value s);      /* repr(): quotes and escapes as CPython */
TP_MUST_CHECK value str_ascii(value v);     /* ascii(v): repr(v) with non-ASCII escaped */
/* A builder for str results: append pieces, then finish into a str. */
typedef struct str_builder {
    char *data;
    size_t size, cap;
    int failed;
} str_builder;
void sb_str_init(str_builder *b);
void sb_str_add(str_builder *b, const char *s, size_t n);
void sb_str_add_value(str_builder *b, value s);   /* s: a str */
bool sb_str_reserve(str_builder *b, size_t n);     /* false (builder failed) when impossible */
TP_MUST_CHECK value sb_str_finish(str_builder *b); /* frees the builder */
void sb_str_abandon(str_builder *b);

#endif
