/* The bytecode cache's file format (DESIGN.md, "Import and the bytecode
 * cache"; the layout is in docs/pyc.md). A module imported from X.py is
 * cached as __pycache__/X.taipan-311.pyc: a 16-byte header -- Taipan's
 * magic (which changes whenever the format or the instruction set does),
 * PEP 552's flags, then the source's mtime and size or a hash of the
 * source -- the marshalled code object (marshal.h), and an 8-byte
 * checksum of everything before it. This file reads and writes such
 * files and names them; deciding when to use them (sys.flags, -B,
 * sys.dont_write_bytecode, the import machinery) is the import system's
 * business. Reading never raises and never trusts the file: anything
 * wrong with it just means "no usable cache". */
#ifndef TAIPAN_PYC_H
#define TAIPAN_PYC_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../objects/object.h"

/* The version of the file and marshal layout: bump it whenever either
 * changes. It and the instruction set (opcodes.def) go into the magic. */
#define PYC_FORMAT_VERSION 2
#define PYC_HEADER_SIZE 16
#define PYC_CHECKSUM_SIZE 8
#define PYC_CACHE_TAG "taipan-311"      /* sys.implementation.cache_tag */

/* Header flags (PEP 552). */
enum {
    PYC_FLAG_HASH_BASED = 1,     /* validated by a source hash, not mtime and size */
    PYC_FLAG_CHECK_SOURCE = 2,   /* hash-based: check the hash at each import */
};

typedef struct pyc_source {      /* what the cache is checked against */
    int64_t mtime;               /* st_mtime seconds */
    uint64_t size;               /* st_size */
    const uint8_t *bytes;        /* source text, or NULL if not read (needed only for hash-based checking) */
    size_t len;
    /* The source file, read by pyc_read / pyc_write themselves when they
     * need the text for a hash and `bytes` is NULL; NULL: not known (a
     * hash-based cache that must be checked then counts as stale). */
    const char *path;
} pyc_source;

enum pyc_check { PYC_CHECK_DEFAULT, PYC_CHECK_ALWAYS, PYC_CHECK_NEVER };   /* --check-hash-based-pycs */

/* The code object cached in `pyc_path` if the file is a valid Taipan pyc
 * for this source, else V_NULL with NO exception pending (missing,
 * truncated, corrupt, foreign, other version, stale: the caller
 * recompiles and rewrites). Never raises, never crashes. `src` NULL:
 * sourceless load (a lone m.pyc): header checked, freshness not. The
 * code is verified (code_verify.h) and shaped as a module body (no
 * arguments, locals slots, cells or generator flags). */
value pyc_read(const char *pyc_path, const pyc_source *src, enum pyc_check check);
/* The same checks on a file image already in memory (the fuzz target's
 * entry); V_NULL without an exception when it is not usable. */
value pyc_read_image(const uint8_t *image, size_t len, const pyc_source *src, enum pyc_check check);

/* Writes code to pyc_path atomically: creates the __pycache__ folder (and
 * with a cache prefix, every missing folder) if needed, writes a
 * temporary file in the same folder (unique name: pid + counter), then
 * rename()s it over pyc_path. hash_based/check_source select PEP 552's
 * modes. Any failure (read-only folder, disk full, an unmarshallable
 * constant): returns -1 silently (no exception pending), removing the
 * temporary file. */
int pyc_write(const char *pyc_path, value code, const pyc_source *src, bool hash_based, bool check_source);
/* The file image pyc_write writes, as a malloc'd buffer (*len bytes);
 * NULL (no exception pending) on failure. */
uint8_t *pyc_build_image(value code, const pyc_source *src, bool hash_based, bool check_source,
                         size_t *len);

/* The same with the header's flags word and last 8 bytes given (what
 * importlib's _code_to_timestamp_pyc / _code_to_hash_pyc make, for
 * py_compile and compileall through _imp); NULL with an exception set
 * when the code cannot be marshalled. */
uint8_t *pyc_build_image_fields(value code, uint32_t flags, const uint8_t field[8], size_t *len);

/* The cache path for a source path: dir/__pycache__/name.taipan-311.pyc,
 * or under prefix (PYTHONPYCACHEPREFIX / -X pycache_prefix, NULL if
 * unset) as CPython lays it out: prefix + absolute source dir +
 * name.taipan-311.pyc. Malloc'd string; NULL when out of memory (or, with
 * a prefix and a relative source path, when the working directory is
 * unknown). */
char *pyc_cache_path(const char *source_path, const char *prefix);
/* The same for an optimisation level (-O: 1, -OO: 2), which CPython
 * names name.taipan-311.opt-1.pyc; level 0 is pyc_cache_path. */
char *pyc_cache_path_opt(const char *source_path, const char *prefix, int optimization);

/* The 4-byte magic this Taipan writes and accepts. */
void pyc_magic(uint8_t out[4]);
/* The source hash of hash-based pycs: SipHash-1-3 with a fixed key. */
uint64_t pyc_source_hash(const uint8_t *bytes, size_t len);
/* SipHash-1-3 with key (k0, k1), the function behind the source hash and
 * the checksum (CPython's str/bytes hash with PYTHONHASHSEED=0 is this
 * function with a zero key, which is how the unit test checks it). */
uint64_t pyc_siphash13(uint64_t k0, uint64_t k1, const uint8_t *data, size_t len);

#endif
