/* The methods bytes and bytearray share (bytes_methods.c): one C function
 * per method works on the (pointer, length) of either and builds its
 * result in self's kind (bytes for bytes and its subclasses, bytearray for
 * bytearray and its subclasses), as CPython's bytes_methods.c and stringlib
 * do. BYTES_SHARED_METHODS expands to their method_def entries, for the
 * method tables of bytes.c and bytearray.c. Also the % operator of both
 * (bytes_format.c). */
#ifndef TAIPAN_BYTES_METHODS_H
#define TAIPAN_BYTES_METHODS_H
#include "object.h"

#define BM(name) value name(value self, int argc, const value *argv, value kwnames)
BM(bm_count); BM(bm_find); BM(bm_rfind); BM(bm_index); BM(bm_rindex);
BM(bm_startswith); BM(bm_endswith); BM(bm_join); BM(bm_split); BM(bm_rsplit);
BM(bm_splitlines); BM(bm_partition); BM(bm_rpartition); BM(bm_strip); BM(bm_lstrip);
BM(bm_rstrip); BM(bm_replace); BM(bm_upper); BM(bm_lower); BM(bm_swapcase);
BM(bm_capitalize); BM(bm_title); BM(bm_isalnum); BM(bm_isalpha); BM(bm_isascii);
BM(bm_isdigit); BM(bm_islower); BM(bm_isspace); BM(bm_istitle); BM(bm_isupper);
BM(bm_center); BM(bm_ljust); BM(bm_rjust); BM(bm_zfill); BM(bm_expandtabs);
BM(bm_translate); BM(bm_maketrans); BM(bm_hex); BM(bm_fromhex); BM(bm_removeprefix);
BM(bm_removesuffix); BM(bm_decode);
#undef BM

#define BYTES_SHARED_METHODS                                            \
    {"count", bm_count, METH_FAST, NULL},                                \
    {"find", bm_find, METH_FAST, NULL},                                  \
    {"rfind", bm_rfind, METH_FAST, NULL},                                \
    {"index", bm_index, METH_FAST, NULL},                                \
    {"rindex", bm_rindex, METH_FAST, NULL},                              \
    {"startswith", bm_startswith, METH_FAST, NULL},                    \
    {"endswith", bm_endswith, METH_FAST, NULL},                         \
    {"join", bm_join, METH_O, NULL},                                    \
    {"split", bm_split, METH_KEYWORDS, NULL},                           \
    {"rsplit", bm_rsplit, METH_KEYWORDS, NULL},                         \
    {"splitlines", bm_splitlines, METH_KEYWORDS, NULL},                 \
    {"partition", bm_partition, METH_O, NULL},                          \
    {"rpartition", bm_rpartition, METH_O, NULL},                        \
    {"strip", bm_strip, METH_FAST, NULL},                               \
    {"lstrip", bm_lstrip, METH_FAST, NULL},                             \
    {"rstrip", bm_rstrip, METH_FAST, NULL},                             \
    {"replace", bm_replace, METH_FAST, NULL},                           \
    {"upper", bm_upper, METH_NOARGS, NULL},                             \
    {"lower", bm_lower, METH_NOARGS, NULL},                             \
    {"swapcase", bm_swapcase, METH_NOARGS, NULL},                       \
    {"capitalize", bm_capitalize, METH_NOARGS, NULL},                   \
    {"title", bm_title, METH_NOARGS, NULL},                             \
    {"isalnum", bm_isalnum, METH_NOARGS, NULL},                         \
    {"isalpha", bm_isalpha, METH_NOARGS, NULL},                         \
    {"isascii", bm_isascii, METH_NOARGS, NULL},                         \
    {"isdigit", bm_isdigit, METH_NOARGS, NULL},                         \
    {"islower", bm_islower, METH_NOARGS, NULL},                         \
    {"isspace", bm_isspace, METH_NOARGS, NULL},                         \
    {"istitle", bm_istitle, METH_NOARGS, NULL},                         \
    {"isupper", bm_isupper, METH_NOARGS, NULL},                         \
    {"center", bm_center, METH_FAST, NULL},                             \
    {"ljust", bm_ljust, METH_FAST, NULL},                               \
    {"rjust", bm_rjust, METH_FAST, NULL},                               \
    {"zfill", bm_zfill, METH_O, NULL},                                  \
    {"expandtabs", bm_expandtabs, METH_KEYWORDS, NULL},                 \
    {"translate", bm_translate, METH_KEYWORDS, NULL},                   \
    {"maketrans", bm_maketrans, METH_FAST | METH_STATIC, NULL},         \
    {"hex", bm_hex, METH_KEYWORDS, NULL},                               \
    {"fromhex", bm_fromhex, METH_O | METH_CLASS, NULL},                 \
    {"removeprefix", bm_removeprefix, METH_O, NULL},                    \
    {"removesuffix", bm_removesuffix, METH_O, NULL},                    \
    {"decode", bm_decode, METH_KEYWORDS, NULL}

/* hex(sep, bytes_per_sep) of bytes, bytearray and memoryview: the
 * arguments (either may be V_NULL) checked and converted, then the text. */
TP_MUST_CHECK int bytes_hex_args(value sepv, value perv, char *sep, int64_t *per);
TP_MUST_CHECK value bytes_hex_str(const char *d, size_t n, char sep, int64_t per);

/* self % args for bytes and bytearray (bytes_format.c); the result has
 * self's kind. NotImplemented when self is neither. */
TP_MUST_CHECK value bytes_mod(value self, value args);

#endif
