/* The text codecs behind str.encode, bytes.decode, str(b, encoding) and
 * bytes(s, encoding): utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16 and
 * utf-32 (with and without BOM, both byte orders), found by any of the
 * names and aliases CPython's `encodings` package accepts. Error handlers:
 * strict, ignore, replace, backslashreplace, xmlcharrefreplace,
 * namereplace (encoding only), surrogateescape and surrogatepass, with
 * CPython 3.11's UnicodeEncodeError/UnicodeDecodeError positions and
 * reasons. There is no codec registry: these are all Taipan knows. */
#ifndef TAIPAN_CODECS_H
#define TAIPAN_CODECS_H
#include <stdbool.h>
#include <stddef.h>
#include "object.h"

/* s (a str) encoded -> bytes. */
TP_MUST_CHECK value codec_encode(value s, const char *encoding, const char *errors);
/* data[0..n) decoded -> str. `obj` is what the bytes came from (bytes,
 * bytearray, memoryview): a UnicodeDecodeError's .object is bytes(obj). */
TP_MUST_CHECK value codec_decode(value obj, const char *data, size_t n, const char *encoding,
                                 const char *errors);
/* Checks an encoding/errors argument given as a str for an embedded NUL
 * (CPython: "ValueError: embedded null character"); -1 when it has one. */
TP_MUST_CHECK int codec_check_name(value name);

/* Whether `encoding` names one of the text codecs above (not a registry
 * codec, nor a bytes-to-bytes one like hex): for io's incremental codecs. */
bool codec_is_builtin_text(const char *encoding);

/* The codec registry's way (src/modules/codecsmodule.c: codecs.register,
 * the encodings package) for an encoding this file does not know:
 * str.encode / bytes.decode with any codec Python code provides. */
TP_MUST_CHECK value codecs_registry_encode(value s, const char *encoding, const char *errors);
TP_MUST_CHECK value codecs_registry_decode(value obj, const char *encoding, const char *errors);
/* codecs.lookup(encoding): the CodecInfo, or V_NULL with LookupError. */
TP_MUST_CHECK value codecs_lookup(value encoding);

#endif
