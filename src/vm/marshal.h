/* Taipan's serialised form of values: code objects and the constants they
 * hold, for the bytecode cache (pyc.h) and the `marshal` module
 * (src/modules/marshalmodule.c). The format is Taipan's own (docs/pyc.md):
 * one type byte per record, little-endian varints for counts and small
 * ints, raw bytes for text and wordcode, and a table of back-references
 * so a string that appears many times in one image (a name, the file
 * name) is stored once. Loading trusts nothing: any byte string either
 * loads into sound values -- every code object passes code_verify, so
 * the VM can run it without reading or writing out of bounds -- or fails
 * with ValueError / EOFError; it never crashes, never reads past the end,
 * and bounds every count by the bytes that remain and every nesting by
 * MARSHAL_MAX_DEPTH. */
#ifndef TAIPAN_MARSHAL_H
#define TAIPAN_MARSHAL_H
#include <stddef.h>
#include <stdint.h>
#include "../objects/object.h"
#include "../util/strbuf.h"

/* The `marshal.version` the module reports (CPython 3.11's; the format
 * itself is versioned by the .pyc magic, pyc.h). */
#define MARSHAL_VERSION 4
/* Nesting depth (tuples in tuples, code in code) that dump and load
 * accept, as CPython's marshal bounds it. */
#define MARSHAL_MAX_DEPTH 1000

/* Appends the serialised form of v to out. v may be a code object, None,
 * True, False, Ellipsis, an int, float, complex, str, bytes (bytearray:
 * as bytes), tuple, list, set, frozenset or dict of those (exact types
 * only). Returns 0, or -1 with ValueError("unmarshallable object"),
 * ValueError (too deeply nested) or MemoryError set. */
TP_MUST_CHECK int marshal_dump(value v, strbuf *out);

/* The value serialised in buf[0..len), which must hold exactly one
 * record. V_NULL with an exception: EOFError("marshal data too short")
 * when the data ends early, ValueError("bad marshal data (...)") when it
 * is corrupt, MemoryError. */
TP_MUST_CHECK value marshal_load(const uint8_t *buf, size_t len);
/* The same for the first record of buf, bytes after it allowed (as
 * marshal.loads does); *used: the record's length. */
TP_MUST_CHECK value marshal_load_prefix(const uint8_t *buf, size_t len, size_t *used);
/* marshal_load for bytes known to be what marshal_dump wrote (a cache
 * file whose checksum matched, pyc.h): the same parsing and range
 * checks, without code_verify's structural walk of each code object. */
TP_MUST_CHECK value marshal_load_trusted(const uint8_t *buf, size_t len);

#endif
