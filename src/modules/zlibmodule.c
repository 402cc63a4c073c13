/* The `zlib` module over the system's libz: one-shot compress and
 * decompress, the streaming Compress and Decompress objects (compressobj,
 * decompressobj) with flush, copy, zdict, max_length and the
 * unused_data / unconsumed_tail / eof attributes, crc32 and adler32,
 * zlib.error and the constants, with CPython 3.11's argument checks and
 * messages. Output grows in a malloc'd buffer and becomes one bytes
 * object at the end; libz never sees a heap object. A stream object keeps
 * its z_stream inline (the collector does not move objects, and libz's
 * state points back at the z_stream) and ends it when swept. Input longer
 * than a uInt is fed in slices. The GIL is kept while libz works: no
 * Python code runs in between, so a bytearray argument cannot change
 * under it. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

#define DEF_BUF_SIZE (16 * 1024)
#define DEF_MEM_LEVEL 8

static value zlib_error_type;   /* zlib.error (a GC root) */

/* zlib.error("Error <err> <what>[: <why>]"): libz's message when it left
 * one, else a fixed reading of the code, as CPython words them. */
static value z_raise(const z_stream *zs, int err, const char *what)
{
    const char *why = err == Z_VERSION_ERROR ? "library version mismatch" : zs->msg;
    if (!why)
        why = err == Z_BUF_ERROR      ? "incomplete or truncated stream"
              : err == Z_STREAM_ERROR ? "inconsistent stream state"
              : err == Z_DATA_ERROR   ? "invalid input data"
                                      : NULL;
    type_object *t = (type_object *)v_obj(zlib_error_type);
    if (why)
        return exc_raise(t, "Error %d %s: %.200s", err, what, why);
    return exc_raise(t, "Error %d %s", err, what);
}

static value z_raise_msg(const char *msg)
{
    return exc_raise((type_object *)v_obj(zlib_error_type), "%s", msg);
}

/* -- Arguments ------------------------------------------------------------------- */

static int z_data(value v, const char **d, size_t *n)
{
    if (buffer_get(v, d, n))
        return 0;
    exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return -1;
}

/* num_parse_args with a positional-only `data` first: its absence is
 * worded as argument clinic words it. */
static int z_parse(const char *fn, int argc, const value *argv, value kwnames, const char *const *names, int n,
                   value *out)
{
    if (argc < 1) {
        exc_raise(&exc_TypeError, "%s() takes at least 1 positional argument (0 given)", fn);
        return -1;
    }
    return num_parse_args(fn, argc, argv, kwnames, names, n, n, 1, out);
}

/* A C int argument (CPython's 'i'). */
static int z_int(value v, int *out)
{
    value i = obj_index(v);
    int64_t x;
    if (!i)
        return -1;
    if (int_as_i64(i, &x) < 0 || x < INT_MIN || x > INT_MAX) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* A Py_ssize_t argument (bufsize, max_length, length). */
static int z_ssize(value v, int64_t *out)
{
    value i = obj_index(v);
    if (!i)
        return -1;
    if (int_as_i64(i, out) < 0) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* -- Output buffer --------------------------------------------------------------- */

typedef struct zbuf {
    char *p;
    size_t len, cap;
} zbuf;

/* Points the stream's output at free room in b (growing it: first to
 * `first`, then doubling), never past `limit` bytes in all. 0, or -1 with
 * MemoryError; 1 when the limit is reached. */
static int zbuf_arrange(zbuf *b, z_stream *zs, size_t first, size_t limit)
{
    b->len = (size_t)((char *)zs->next_out - b->p);
    if (b->len >= limit)
        return 1;
    if (b->len == b->cap) {
        size_t ncap = b->cap ? (b->cap > SIZE_MAX / 2 ? SIZE_MAX : b->cap * 2) : (first ? first : 1);
        if (ncap > limit)
            ncap = limit;
        char *np = realloc(b->p, ncap ? ncap : 1);
        if (!np) {
            exc_no_memory();
            return -1;
        }
        b->p = np;
        b->cap = ncap;
    }
    size_t room = b->cap - b->len;
    zs->next_out = (Bytef *)b->p + b->len;
    zs->avail_out = room > UINT_MAX ? UINT_MAX : (uInt)room;
    return 0;
}

static void zbuf_start(zbuf *b, z_stream *zs)
{
    *b = (zbuf){ 0 };
    zs->next_out = NULL;
    zs->avail_out = 0;
}

static size_t zbuf_len(const zbuf *b, const z_stream *zs) { return (size_t)((const char *)zs->next_out - b->p); }

static value zbuf_finish(zbuf *b, const z_stream *zs)
{
    value r = bytes_from(b->p ? b->p : "", b->p ? zbuf_len(b, zs) : 0);
    free(b->p);
    b->p = NULL;
    return r;
}

/* Feeds the next slice of the input (*rest bytes left after it). */
static void z_arrange_input(z_stream *zs, size_t *rest)
{
    size_t n = *rest > UINT_MAX ? UINT_MAX : *rest;
    zs->avail_in = (uInt)n;
    *rest -= n;
}

/* -- One-shot functions ---------------------------------------------------------- */

/* compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS) */
static value zl_compress(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "level", "wbits" };
    value a[3];
    const char *data;
    size_t n;
    int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    if (z_parse("compress", argc, argv, kwnames, names, 3, a) < 0 || z_data(a[0], &data, &n) < 0 ||
        (a[1] && z_int(a[1], &level) < 0) || (a[2] && z_int(a[2], &wbits) < 0))
        return V_NULL;
    z_stream zs = { 0 };
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR)
        return exc_raise(&exc_MemoryError, "Out of memory while compressing data");
    if (err == Z_STREAM_ERROR)
        return z_raise_msg("Bad compression level");
    if (err != Z_OK) {
        deflateEnd(&zs);
        return z_raise(&zs, err, "while compressing data");
    }
    zbuf b;
    zbuf_start(&b, &zs);
    zs.next_in = (Bytef *)data;
    size_t rest = n;
    int flush;
    do {
        z_arrange_input(&zs, &rest);
        flush = rest == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (zbuf_arrange(&b, &zs, DEF_BUF_SIZE, SIZE_MAX) < 0)
                goto fail;
            err = deflate(&zs, flush);
            if (err == Z_STREAM_ERROR) {
                z_raise(&zs, err, "while compressing data");
                goto fail;
            }
        } while (zs.avail_out == 0);
    } while (flush != Z_FINISH);
    err = deflateEnd(&zs);
    if (err != Z_OK) {
        free(b.p);
        return z_raise(&zs, err, "while finishing compression");
    }
    return zbuf_finish(&b, &zs);
fail:
    deflateEnd(&zs);
    free(b.p);
    return V_NULL;
}

/* decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE) */
static value zl_decompress(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "wbits", "bufsize" };
    value a[3];
    const char *data;
    size_t n;
    int wbits = MAX_WBITS;
    int64_t bufsize = DEF_BUF_SIZE;
    if (z_parse("decompress", argc, argv, kwnames, names, 3, a) < 0 || z_data(a[0], &data, &n) < 0 ||
        (a[1] && z_int(a[1], &wbits) < 0) || (a[2] && z_ssize(a[2], &bufsize) < 0))
        return V_NULL;
    if (bufsize < 0)
        return exc_raise(&exc_ValueError, "bufsize must be non-negative");
    if (bufsize == 0)
        bufsize = 1;
    z_stream zs = { 0 };
    zs.next_in = (Bytef *)data;
    int err = inflateInit2(&zs, wbits);
    if (err == Z_MEM_ERROR)
        return exc_raise(&exc_MemoryError, "Out of memory while decompressing data");
    if (err != Z_OK) {
        inflateEnd(&zs);
        return z_raise(&zs, err, "while preparing to decompress data");
    }
    zbuf b;
    zbuf_start(&b, &zs);
    size_t rest = n;
    do {
        z_arrange_input(&zs, &rest);
        int flush = rest == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (zbuf_arrange(&b, &zs, (size_t)bufsize, SIZE_MAX) < 0)
                goto fail;
            err = inflate(&zs, flush);
            if (err == Z_MEM_ERROR) {
                exc_raise(&exc_MemoryError, "Out of memory while decompressing data");
                goto fail;
            }
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                z_raise(&zs, err, "while decompressing data");
                goto fail;
            }
        } while (zs.avail_out == 0);
    } while (err != Z_STREAM_END && rest != 0);
    if (err != Z_STREAM_END) {
        z_raise(&zs, err, "while decompressing data");
        goto fail;
    }
    err = inflateEnd(&zs);
    if (err != Z_OK) {
        free(b.p);
        return z_raise(&zs, err, "while finishing decompression");
    }
    return zbuf_finish(&b, &zs);
fail:
    inflateEnd(&zs);
    free(b.p);
    return V_NULL;
}

/* crc32 / adler32 (data, value, /): the start value is taken modulo 2**32. */
static value z_checksum(const char *fn, int argc, const value *argv, value kwnames, uLong start, bool crc)
{
    if (kwnames && tuple_len(kwnames))
        return exc_raise(&exc_TypeError, "zlib.%s() takes no keyword arguments", fn);
    if (argc < 1)
        return exc_raise(&exc_TypeError, "%s expected at least 1 argument, got %d", fn, argc);
    if (argc > 2)
        return exc_raise(&exc_TypeError, "%s expected at most 2 arguments, got %d", fn, argc);
    const char *data;
    size_t n;
    if (z_data(argv[0], &data, &n) < 0)
        return V_NULL;
    uLong v = start;
    if (argc > 1) {
        value i = obj_index(argv[1]);
        int64_t x;
        if (!i)
            return V_NULL;
        if (int_as_i64(i, &x) == 0)
            v = (uint32_t)x;
        else {
            exc_clear();
            value m = int_from_i64(0xffffffffLL);
            value r = m ? obj_binary_op(i, m, NB_AND) : V_NULL;
            if (!r || int_as_i64(r, &x) < 0)
                return V_NULL;
            v = (uint32_t)x;
        }
    }
    v = crc ? crc32_z(v, (const Bytef *)data, n) : adler32_z(v, (const Bytef *)data, n);
    return int_from_i64((int64_t)(v & 0xffffffffUL));
}

static value zl_crc32(value self, int argc, const value *argv, value kwnames)
{
    return z_checksum("crc32", argc, argv, kwnames, 0, true);
}

static value zl_adler32(value self, int argc, const value *argv, value kwnames)
{
    return z_checksum("adler32", argc, argv, kwnames, 1, false);
}

/* -- Stream objects -------------------------------------------------------------- */

typedef struct zstream_object {
    object hdr;
    z_stream zs;
    bool inited;        /* between *Init2 and *End */
    bool eof;           /* Decompress: the end of the stream was seen */
    value zdict;        /* Decompress: the zdict object, or V_NULL */
    value unused_data, unconsumed_tail;
} zstream_object;

static type_object compress_type, decompress_type;

static void zstream_trace(object *o, gc_tracer *t)
{
    zstream_object *z = (zstream_object *)o;
    gc_mark_value(t, z->zdict);
    gc_mark_value(t, z->unused_data);
    gc_mark_value(t, z->unconsumed_tail);
}

static void zstream_finalize(object *o)
{
    zstream_object *z = (zstream_object *)o;
    if (!z->inited)
        return;
    z->inited = false;
    if (o->type == &compress_type)
        deflateEnd(&z->zs);
    else
        inflateEnd(&z->zs);
}

static zstream_object *zstream_alloc(type_object *t)
{
    value empty = bytes_from("", 0);
    if (!empty)
        return NULL;
    zstream_object *z = (zstream_object *)gc_alloc(t, sizeof(zstream_object));
    if (!z)
        return NULL;
    z->unused_data = empty;
    z->unconsumed_tail = empty;
    /* libz's own state (a deflate stream holds some 256 KiB) lives outside
     * the heap: count it so dropped streams are collected in time */
    gc_charge(t == &compress_type ? 256 * 1024 : 40 * 1024);
    return z;
}

static zstream_object *Z(value v) { return (zstream_object *)v_obj(v); }

/* compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=8,
 *             strategy=Z_DEFAULT_STRATEGY, zdict=None) */
static value zl_compressobj(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "level", "method", "wbits", "memLevel", "strategy", "zdict" };
    value a[6];
    int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS, memlevel = DEF_MEM_LEVEL,
        strategy = Z_DEFAULT_STRATEGY;
    const char *zd = NULL;
    size_t zdn = 0;
    if (num_parse_args("compressobj", argc, argv, kwnames, names, 6, 6, 0, a) < 0 ||
        (a[0] && z_int(a[0], &level) < 0) || (a[1] && z_int(a[1], &method) < 0) ||
        (a[2] && z_int(a[2], &wbits) < 0) || (a[3] && z_int(a[3], &memlevel) < 0) ||
        (a[4] && z_int(a[4], &strategy) < 0) || (a[5] && a[5] != V_NONE && z_data(a[5], &zd, &zdn) < 0))
        return V_NULL;
    if (zd && zdn > UINT_MAX)
        return exc_raise(&exc_OverflowError, "zdict length does not fit in an unsigned int");
    zstream_object *z = zstream_alloc(&compress_type);
    if (!z)
        return V_NULL;
    int err = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    if (err == Z_OK) {
        z->inited = true;
        if (zd && deflateSetDictionary(&z->zs, (const Bytef *)zd, (uInt)zdn) != Z_OK)
            return exc_raise(&exc_ValueError, "Invalid dictionary");
        return v_from_obj(z);
    }
    if (err == Z_MEM_ERROR)
        return exc_raise(&exc_MemoryError, "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR)
        return exc_raise(&exc_ValueError, "Invalid initialization option");
    return z_raise(&z->zs, err, "while creating compression object");
}

static int z_set_inflate_zdict(zstream_object *z)
{
    const char *d;
    size_t n;
    if (!buffer_get(z->zdict, &d, &n)) {
        exc_raise(&exc_TypeError, "zdict argument must support the buffer protocol");
        return -1;
    }
    if (n > UINT_MAX) {
        exc_raise(&exc_OverflowError, "zdict length does not fit in an unsigned int");
        return -1;
    }
    int err = inflateSetDictionary(&z->zs, (const Bytef *)d, (uInt)n);
    if (err != Z_OK) {
        z_raise(&z->zs, err, "while setting zdict");
        return -1;
    }
    return 0;
}

/* decompressobj(wbits=MAX_WBITS, zdict=b'') */
static value zl_decompressobj(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "wbits", "zdict" };
    value a[2];
    int wbits = MAX_WBITS;
    if (num_parse_args("decompressobj", argc, argv, kwnames, names, 2, 2, 0, a) < 0 ||
        (a[0] && z_int(a[0], &wbits) < 0))
        return V_NULL;
    const char *d;
    size_t n;
    if (a[1] && !buffer_get(a[1], &d, &n))
        return exc_raise(&exc_TypeError, "zdict argument must support the buffer protocol");
    zstream_object *z = zstream_alloc(&decompress_type);
    if (!z)
        return V_NULL;
    z->zdict = a[1];
    int err = inflateInit2(&z->zs, wbits);
    if (err == Z_OK) {
        z->inited = true;
        /* a raw stream never asks for its dictionary: it is set now */
        if (z->zdict && wbits < 0 && z_set_inflate_zdict(z) < 0)
            return V_NULL;
        return v_from_obj(z);
    }
    if (err == Z_STREAM_ERROR)
        return exc_raise(&exc_ValueError, "Invalid initialization option");
    if (err == Z_MEM_ERROR)
        return exc_raise(&exc_MemoryError, "Can't allocate memory for decompression object");
    return z_raise(&z->zs, err, "while creating decompression object");
}

/* Compress.compress(data, /) */
static value comp_compress(value self, int argc, const value *argv, value kw)
{
    zstream_object *z = Z(self);
    const char *data;
    size_t n;
    if (z_data(argv[0], &data, &n) < 0)
        return V_NULL;
    zbuf b;
    zbuf_start(&b, &z->zs);
    z->zs.next_in = (Bytef *)data;
    size_t rest = n;
    do {
        z_arrange_input(&z->zs, &rest);
        do {
            if (zbuf_arrange(&b, &z->zs, DEF_BUF_SIZE, SIZE_MAX) < 0)
                goto fail;
            int err = deflate(&z->zs, Z_NO_FLUSH);
            if (err == Z_STREAM_ERROR) {
                z_raise(&z->zs, err, "while compressing data");
                goto fail;
            }
        } while (z->zs.avail_out == 0);
    } while (rest != 0);
    return zbuf_finish(&b, &z->zs);
fail:
    free(b.p);
    return V_NULL;
}

/* Compress.flush(mode=Z_FINISH, /) */
static value comp_flush(value self, int argc, const value *argv, value kw)
{
    zstream_object *z = Z(self);
    int mode = Z_FINISH;
    if (argc > 1)
        return exc_raise(&exc_TypeError, "flush expected at most 1 argument, got %d", argc);
    if (argc == 1 && z_int(argv[0], &mode) < 0)
        return V_NULL;
    if (mode == Z_NO_FLUSH)
        return bytes_from("", 0);
    zbuf b;
    zbuf_start(&b, &z->zs);
    z->zs.avail_in = 0;
    int err;
    do {
        if (zbuf_arrange(&b, &z->zs, DEF_BUF_SIZE, SIZE_MAX) < 0)
            goto fail;
        err = deflate(&z->zs, mode);
        if (err == Z_STREAM_ERROR) {
            z_raise(&z->zs, err, "while flushing");
            goto fail;
        }
    } while (z->zs.avail_out == 0);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        z->inited = false;
        err = deflateEnd(&z->zs);
        if (err != Z_OK) {
            z_raise(&z->zs, err, "while finishing compression");
            goto fail;
        }
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        z_raise(&z->zs, err, "while flushing");
        goto fail;
    }
    return zbuf_finish(&b, &z->zs);
fail:
    free(b.p);
    return V_NULL;
}

static value zstream_copy(value self, int argc, const value *argv, value kw)
{
    zstream_object *z = Z(self);
    bool comp = v_obj(self)->type == &compress_type;
    if (!z->inited)
        return exc_raise(&exc_ValueError, "Inconsistent stream state");
    zstream_object *c = zstream_alloc(v_obj(self)->type);
    if (!c)
        return V_NULL;
    int err = comp ? deflateCopy(&c->zs, &z->zs) : inflateCopy(&c->zs, &z->zs);
    if (err == Z_OK) {
        c->inited = true;
        c->eof = z->eof;
        c->zdict = z->zdict;
        c->unused_data = z->unused_data;
        c->unconsumed_tail = z->unconsumed_tail;
        return v_from_obj(c);
    }
    if (err == Z_STREAM_ERROR)
        return exc_raise(&exc_ValueError, "Inconsistent stream state");
    if (err == Z_MEM_ERROR)
        return exc_raise(&exc_MemoryError, comp ? "Can't allocate memory for compression object"
                                                : "Can't allocate memory for decompression object");
    return z_raise(&z->zs, err, comp ? "while copying compression object" : "while copying decompression object");
}

static value zstream_deepcopy(value self, int argc, const value *argv, value kw)
{
    if (argc != 1)
        return exc_raise(&exc_TypeError, "__deepcopy__() takes exactly 1 positional argument (%d given)", argc);
    return zstream_copy(self, 0, NULL, V_NULL);
}

/* After a decompress or flush step: input past the end of the stream goes
 * to unused_data; input left because the output limit was reached (or
 * none, clearing it) to unconsumed_tail. `end` is where the input ended. */
static int z_save_unconsumed(zstream_object *z, const char *end, int err)
{
    size_t left = (size_t)(end - (const char *)z->zs.next_in);
    if (err == Z_STREAM_END && left > 0) {
        size_t old = bytes_size(z->unused_data);
        char *tmp = malloc(old + left);
        if (!tmp) {
            exc_no_memory();
            return -1;
        }
        memcpy(tmp, bytes_data(z->unused_data), old);
        memcpy(tmp + old, z->zs.next_in, left);
        value nu = bytes_from(tmp, old + left);
        free(tmp);
        if (!nu)
            return -1;
        z->unused_data = nu;
        z->zs.next_in = (Bytef *)end;
        z->zs.avail_in = 0;
        left = 0;
    }
    if (left > 0 || bytes_size(z->unconsumed_tail) > 0) {
        value t = bytes_from((const char *)z->zs.next_in, left);
        if (!t)
            return -1;
        z->unconsumed_tail = t;
    }
    return 0;
}

/* Runs inflate over data[0..n) with `flush` (Z_SYNC_FLUSH, or Z_FINISH
 * on the last slice when finishing), output at most `limit` bytes;
 * supplies the zdict when the stream asks. Returns the last inflate
 * result, or a value below Z_VERSION_ERROR (-7) with an exception set. */
#define Z_FAILED (-100)
static int z_inflate(zstream_object *z, const char *data, size_t n, bool finishing, size_t first, size_t limit,
                     zbuf *b)
{
    int err = Z_OK;
    z->zs.next_in = (Bytef *)data;
    size_t rest = n;
    do {
        z_arrange_input(&z->zs, &rest);
        int flush = finishing && rest == 0 ? Z_FINISH : finishing ? Z_NO_FLUSH : Z_SYNC_FLUSH;
        do {
            int r = zbuf_arrange(b, &z->zs, first, limit);
            if (r < 0)
                return Z_FAILED;
            if (r > 0)
                return err;   /* the output limit: the rest waits in unconsumed_tail */
            err = inflate(&z->zs, flush);
            if (err == Z_NEED_DICT && z->zdict) {
                if (z_set_inflate_zdict(z) < 0)
                    return Z_FAILED;
                continue;
            }
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
                return err;
        } while (z->zs.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && rest != 0);
    return err;
}

/* Decompress.decompress(data, /, max_length=0) */
static value decomp_decompress(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "max_length" };
    value a[2];
    zstream_object *z = Z(self);
    const char *data;
    size_t n;
    int64_t max_length = 0;
    if (z_parse("decompress", argc, argv, kwnames, names, 2, a) < 0 || z_data(a[0], &data, &n) < 0 ||
        (a[1] && z_ssize(a[1], &max_length) < 0))
        return V_NULL;
    if (max_length < 0)
        return exc_raise(&exc_ValueError, "max_length must be non-negative");
    size_t limit = max_length ? (size_t)max_length : SIZE_MAX;
    size_t first = DEF_BUF_SIZE < limit ? DEF_BUF_SIZE : limit;
    zbuf b;
    zbuf_start(&b, &z->zs);
    int err = z_inflate(z, data, n, false, first, limit, &b);
    if (err == Z_FAILED || z_save_unconsumed(z, data + n, err) < 0)
        goto fail;
    if (err == Z_STREAM_END)
        z->eof = true;
    else if (err != Z_OK && err != Z_BUF_ERROR) {
        z_raise(&z->zs, err, "while decompressing data");
        goto fail;
    }
    return zbuf_finish(&b, &z->zs);
fail:
    free(b.p);
    return V_NULL;
}

/* Decompress.flush(length=DEF_BUF_SIZE, /): what unconsumed_tail still gives. */
static value decomp_flush(value self, int argc, const value *argv, value kw)
{
    zstream_object *z = Z(self);
    int64_t length = DEF_BUF_SIZE;
    if (argc > 1)
        return exc_raise(&exc_TypeError, "flush expected at most 1 argument, got %d", argc);
    if (argc == 1 && z_ssize(argv[0], &length) < 0)
        return V_NULL;
    if (length <= 0)
        return exc_raise(&exc_ValueError, "length must be greater than zero");
    value tail = z->unconsumed_tail;
    const char *data = bytes_data(tail);
    size_t n = bytes_size(tail);
    zbuf b;
    zbuf_start(&b, &z->zs);
    int err = z_inflate(z, data, n, true, (size_t)length, SIZE_MAX, &b);
    if (err == Z_FAILED || z_save_unconsumed(z, data + n, err) < 0)
        goto fail;
    if (err == Z_STREAM_END) {
        z->eof = true;
        z->inited = false;
        err = inflateEnd(&z->zs);
        if (err != Z_OK) {
            z_raise(&z->zs, err, "while finishing decompression");
            goto fail;
        }
    }
    (void)tail;
    return zbuf_finish(&b, &z->zs);
fail:
    free(b.p);
    return V_NULL;
}

static value decomp_get_unused_data(value self) { return Z(self)->unused_data; }
static value decomp_get_unconsumed_tail(value self) { return Z(self)->unconsumed_tail; }
static value decomp_get_eof(value self) { return v_bool(Z(self)->eof); }

static const method_def compress_methods[] = {
    { "compress", comp_compress, METH_O,
      "compress($self, data, /)\n--\n\nReturns a bytes object containing compressed data.\n\n"
      "  data\n    Binary data to be compressed.\n\n"
      "After calling this function, some of the input data may still\n"
      "be stored in internal buffers for later processing.\n"
      "Call the flush() method to clear these buffers." },
    { "flush", comp_flush, METH_FAST,
      "flush($self, mode=zlib.Z_FINISH, /)\n--\n\nReturn a bytes object containing any remaining compressed data.\n\n"
      "  mode\n    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.\n"
      "    If mode == Z_FINISH, the compressor object can no longer be\n"
      "    used after calling the flush() method.  Otherwise, more data\n"
      "    can still be compressed." },
    { "copy", zstream_copy, METH_NOARGS, "copy($self, /)\n--\n\nReturn a copy of the compression object." },
    { "__copy__", zstream_copy, METH_NOARGS, "__copy__($self, /)\n--\n\n" },
    { "__deepcopy__", zstream_deepcopy, METH_FAST, "__deepcopy__($self, memo, /)\n--\n\n" },
    { NULL, NULL, 0, NULL },
};

static const method_def decompress_methods[] = {
    { "decompress", decomp_decompress, METH_KEYWORDS,
      "decompress($self, data, /, max_length=0)\n--\n\nReturn a bytes object containing the decompressed version of the data.\n\n"
      "  data\n    The binary data to decompress.\n"
      "  max_length\n    The maximum allowable length of the decompressed data.\n"
      "    Unconsumed input data will be stored in\n    the unconsumed_tail attribute.\n\n"
      "After calling this function, some of the input data may still be stored in\n"
      "internal buffers for later processing.\n"
      "Call the flush() method to clear these buffers." },
    { "flush", decomp_flush, METH_FAST,
      "flush($self, length=zlib.DEF_BUF_SIZE, /)\n--\n\nReturn a bytes object containing any remaining decompressed data.\n\n"
      "  length\n    the initial size of the output buffer." },
    { "copy", zstream_copy, METH_NOARGS, "copy($self, /)\n--\n\nReturn a copy of the decompression object." },
    { "__copy__", zstream_copy, METH_NOARGS, "__copy__($self, /)\n--\n\n" },
    { "__deepcopy__", zstream_deepcopy, METH_FAST, "__deepcopy__($self, memo, /)\n--\n\n" },
    { NULL, NULL, 0, NULL },
};

static const getset_def decompress_getsets[] = {
    { "unused_data", decomp_get_unused_data, NULL, NULL },
    { "unconsumed_tail", decomp_get_unconsumed_tail, NULL, NULL },
    { "eof", decomp_get_eof, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static type_object compress_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "zlib.Compress",
    .basicsize = sizeof(zstream_object),
    .trace = zstream_trace,
    .finalize = zstream_finalize,
    .getattr = obj_generic_getattr,
    .methods = compress_methods,
};

static type_object decompress_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "zlib.Decompress",
    .basicsize = sizeof(zstream_object),
    .trace = zstream_trace,
    .finalize = zstream_finalize,
    .getattr = obj_generic_getattr,
    .methods = decompress_methods,
    .getsets = decompress_getsets,
};

/* -- The module ------------------------------------------------------------------ */

static const method_def zlib_functions[] = {
    { "adler32", zl_adler32, METH_KEYWORDS,
      "adler32($module, data, value=1, /)\n--\n\nCompute an Adler-32 checksum of data.\n\n"
      "  value\n    Starting value of the checksum.\n\n"
      "The returned checksum is an integer." },
    { "compress", zl_compress, METH_KEYWORDS,
      "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\n"
      "Returns a bytes object containing compressed data.\n\n"
      "  data\n    Binary data to be compressed.\n"
      "  level\n    Compression level, in 0-9 or -1.\n"
      "  wbits\n    The window buffer size and container format." },
    { "compressobj", zl_compressobj, METH_KEYWORDS,
      "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n"
      "            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n"
      "            strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\n"
      "Return a compressor object." },
    { "crc32", zl_crc32, METH_KEYWORDS,
      "crc32($module, data, value=0, /)\n--\n\nCompute a CRC-32 checksum of data.\n\n"
      "  value\n    Starting value of the checksum.\n\n"
      "The returned checksum is an integer." },
    { "decompress", zl_decompress, METH_KEYWORDS,
      "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\n"
      "Returns a bytes object containing the uncompressed data.\n\n"
      "  data\n    Compressed data.\n"
      "  wbits\n    The window buffer size and container format.\n"
      "  bufsize\n    The initial output buffer size." },
    { "decompressobj", zl_decompressobj, METH_KEYWORDS,
      "decompressobj($module, /, wbits=MAX_WBITS, zdict=b'')\n--\n\n"
      "Return a decompressor object.\n\n"
      "  wbits\n    The window buffer size and container format.\n"
      "  zdict\n    The predefined compression dictionary.  This must be the same\n"
      "    dictionary as used by the compressor that produced the input data." },
    { NULL, NULL, 0, NULL },
};

static const struct { const char *name; int v; } zlib_constants[] = {
    { "MAX_WBITS", MAX_WBITS }, { "DEFLATED", Z_DEFLATED }, { "DEF_MEM_LEVEL", DEF_MEM_LEVEL },
    { "DEF_BUF_SIZE", DEF_BUF_SIZE }, { "Z_NO_COMPRESSION", Z_NO_COMPRESSION }, { "Z_BEST_SPEED", Z_BEST_SPEED },
    { "Z_BEST_COMPRESSION", Z_BEST_COMPRESSION }, { "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION },
    { "Z_FILTERED", Z_FILTERED }, { "Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY }, { "Z_RLE", Z_RLE }, { "Z_FIXED", Z_FIXED },
    { "Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY }, { "Z_NO_FLUSH", Z_NO_FLUSH },
    { "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH }, { "Z_SYNC_FLUSH", Z_SYNC_FLUSH }, { "Z_FULL_FLUSH", Z_FULL_FLUSH },
    { "Z_FINISH", Z_FINISH }, { "Z_BLOCK", Z_BLOCK }, { "Z_TREES", Z_TREES },
};

static value make_error_class(void)
{
    value ns = dict_new(), nm = str_from_cstr("error"), mod = str_from_cstr("zlib");
    value bases = tuple_pack(1, v_from_obj(&exc_Exception));
    if (!ns || !nm || !mod || !bases || dict_set_cstr(ns, "__module__", mod) < 0)
        return V_NULL;
    value args[3] = { nm, bases, ns };
    return obj_call(v_from_obj(&type_type), 3, args, V_NULL);
}

value zlibmodule_init(void)
{
    value m = module_new("zlib");
    if (!m || modules_add_functions(m, zlib_functions) < 0)
        return V_NULL;
    if ((!(compress_type.flags & TYPE_READY) && type_ready(&compress_type) < 0) ||
        (!(decompress_type.flags & TYPE_READY) && type_ready(&decompress_type) < 0))
        return V_NULL;
    if (!zlib_error_type) {
        value e = make_error_class();
        if (!e)
            return V_NULL;
        zlib_error_type = e;
        gc_root(&zlib_error_type);
    }
    value d = module_dict(m);
    value ver = str_from_cstr(ZLIB_VERSION), rver = str_from_cstr(zlibVersion()), mver = str_from_cstr("1.0");
    value doc = str_from_cstr(
        "The functions in this module allow compression and decompression using the\n"
        "zlib library, which is based on GNU zip.\n\n"
        "adler32(string[, start]) -- Compute an Adler-32 checksum.\n"
        "compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n"
        "compressobj([level[, ...]]) -- Return a compressor object.\n"
        "crc32(string[, start]) -- Compute a CRC-32 checksum.\n"
        "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n"
        "decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n"
        "'wbits' is window buffer size and container format.\n"
        "Compressor objects support compress() and flush() methods; decompressor\n"
        "objects support decompress() and flush().");
    if (!ver || !rver || !mver || !doc || dict_set_cstr(d, "error", zlib_error_type) < 0 ||
        dict_set_cstr(d, "ZLIB_VERSION", ver) < 0 || dict_set_cstr(d, "ZLIB_RUNTIME_VERSION", rver) < 0 ||
        dict_set_cstr(d, "__version__", mver) < 0 || dict_set_cstr(d, "__doc__", doc) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof zlib_constants / sizeof *zlib_constants; i++)
        if (dict_set_cstr(d, zlib_constants[i].name, v_small(zlib_constants[i].v)) < 0)
            return V_NULL;
    return m;
}
