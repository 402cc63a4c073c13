/* The _io module's shared declarations: the abstract base classes every
 * concrete stream derives from (io_base.c), and the init function each
 * file exports to add its types to the module (iomodule.c calls them in
 * order). One file per concern: io_base.c (_IOBase, _RawIOBase,
 * _BufferedIOBase, _TextIOBase, UnsupportedOperation), io_fileio.c
 * (FileIO), io_buffered.c (BufferedReader/Writer/Random/RWPair),
 * io_bytesio.c (BytesIO), io_stringio.c (StringIO), io_textio.c
 * (TextIOWrapper, IncrementalNewlineDecoder), iomodule.c (open,
 * open_code, text_encoding, the module). */
#ifndef TAIPAN_IO_INTERNAL_H
#define TAIPAN_IO_INTERNAL_H
#include "../../objects/object.h"

extern type_object io_iobase_type;          /* _io._IOBase */
extern type_object io_rawiobase_type;       /* _io._RawIOBase */
extern type_object io_bufferediobase_type;  /* _io._BufferedIOBase */
extern type_object io_textiobase_type;      /* _io._TextIOBase */

/* Each adds its types (and anything else it owns) to the module m;
 * -1 with an exception set on failure. */
int io_base_init(value m);
int io_fileio_init(value m);
int io_buffered_init(value m);
int io_bytesio_init(value m);
int io_stringio_init(value m);
int io_textio_init(value m);

/* -- Shared by every _io type (appended; io_base.c defines these) ---------- */
#include <stddef.h>
#include "../../objects/instance.h"

/* Every _io instance starts with this header, so the bases and all
 * concrete types share one attribute layout (CPython's io objects have a
 * __dict__, and io.py's ABCs subclass several of them at once): a
 * concrete type's struct begins with an io_object and its type sets
 * .attrs_offset = IO_ATTRS_OFFSET and TYPE_WEAKREFABLE. */
typedef struct io_object {
    object hdr;
    inst_attrs attrs;      /* the instance __dict__ */
    bool iobase_closed;    /* _IOBase.close() has run (CPython's __IOBase_closed) */
    bool finalizing;       /* close() is being called by the finalizer */
    /* Wrapped by another _io stream (a Buffered* over a FileIO, a text
     * wrapper over a buffer) that closes it: its own finalizer leaves it
     * alone, since when both are collected together the order is
     * arbitrary and the wrapper must flush into it first. Set by the
     * wrapper's __init__, cleared by detach(). */
    bool owned;
} io_object;
#define IO_ATTRS_OFFSET offsetof(io_object, attrs)

/* A new zeroed instance of type t (size bytes: the concrete struct, at
 * least t->basicsize is used) with its attributes initialised and, as
 * CPython's io objects close themselves when collected, registered for
 * finalisation (_IOBase.__del__ calls close()). */
TP_MUST_CHECK value io_alloc(type_object *t, size_t size);
/* Marks the header's attributes; a concrete type's trace calls it. */
void io_trace_head(object *o, gc_tracer *t);

/* io.UnsupportedOperation (a class deriving OSError and ValueError). */
extern value io_unsupported_operation;
/* Raises UnsupportedOperation(msg); returns V_NULL. */
value io_unsupported(const char *msg);
/* self.closed is true: ValueError "I/O operation on closed file." and -1;
 * 0 when open. */
TP_MUST_CHECK int io_check_closed(value self);
/* self.readable() / writable() / seekable() is not True: UnsupportedOperation
 * "File or stream is not readable." (etc.) and -1. */
TP_MUST_CHECK int io_check_readable(value self);
TP_MUST_CHECK int io_check_writable(value self);
TP_MUST_CHECK int io_check_seekable(value self);
/* The writable bytes of a read-write bytes-like object (bytearray, a
 * writable contiguous memoryview): true with *data and *size set, false
 * (no exception) otherwise. */
bool io_buffer_writable(value v, char **data, size_t *size);
/* An optional size argument: None or absent -> dflt, else an int
 * (__index__); TypeError "argument should be integer or None, not 'X'". */
TP_MUST_CHECK int io_size_arg(value v, int64_t dflt, int64_t *out);

/* io_fileio.c: FileIO, and its read / write for the Buffered* classes
 * when their raw stream is exactly a FileIO: the byte count, -2 when a
 * non-blocking descriptor has nothing (None at Python level), -1 with
 * an exception (closed, wrong mode, OSError). */
extern type_object io_fileio_type;
TP_MUST_CHECK int64_t io_fileio_read(value self, char *buf, size_t n);
TP_MUST_CHECK int64_t io_fileio_write(value self, const char *buf, size_t n);

/* io_buffered.c */
extern type_object io_bufferedreader_type, io_bufferedwriter_type, io_bufferedrandom_type,
    io_bufferedrwpair_type;

/* The DEFAULT_BUFFER_SIZE. */
#define IO_DEFAULT_BUFFER_SIZE 8192

/* -- Part 2: in-memory streams and text (io_bytesio.c, io_stringio.c,
 * io_textio.c) -- */
extern type_object io_bytesio_type;              /* _io.BytesIO */
extern type_object io_stringio_type;             /* _io.StringIO */
extern type_object io_textiowrapper_type;        /* _io.TextIOWrapper */
extern type_object io_newlinedecoder_type;       /* _io.IncrementalNewlineDecoder */
/* ValueError "I/O operation on closed file."; always V_NULL (io_bytesio.c). */
value io_closed_error(void);
/* The checks of CPython's one-argument methods, named by qualname
 * ("BytesIO.write"): no keywords, exactly one argument. */
TP_MUST_CHECK int io_one_arg(const char *qualname, int argc, value kwnames);
/* An IncrementalNewlineDecoder over `decoder` (None: input is str) and its
 * operations, for StringIO and TextIOWrapper (io_textio.c). */
TP_MUST_CHECK value io_nldecoder_new(value decoder, bool translate);
TP_MUST_CHECK value io_nldecoder_decode(value self, value input, bool final);
TP_MUST_CHECK value io_nldecoder_newlines(value self);   /* None, a str or a tuple */

/* An incremental text codec for TextIOWrapper (io_textcodec.c): Taipan's
 * own codecs with split characters held back between calls, or the
 * `codecs` module's incremental decoder/encoder for other encodings. The
 * (buffered bytes, flag) state is CPython's for the same codec. */
enum {
    IO_CK_SINGLE, IO_CK_UTF8, IO_CK_UTF8SIG, IO_CK_UTF16, IO_CK_UTF16LE, IO_CK_UTF16BE,
    IO_CK_UTF32, IO_CK_UTF32LE, IO_CK_UTF32BE, IO_CK_PYTHON
};
typedef struct io_codec {
    int kind;               /* IO_CK_* */
    value encname, errors;  /* str */
    value pydec, pyenc;     /* IO_CK_PYTHON: the codecs module's objects (V_NULL if unused) */
    char pend[8];           /* decoder: bytes of an incomplete character */
    int npend;
    int flag;               /* decoder: BOM state as CPython reports it */
    bool enc_bom;           /* encoder: the BOM is still to be written */
} io_codec;
/* LookupError for unknown or non-text encodings. */
TP_MUST_CHECK int io_codec_setup(io_codec *c, value encoding, value errors, bool dec, bool enc);
void io_codec_trace(io_codec *c, gc_tracer *t);
TP_MUST_CHECK value io_codec_decode(io_codec *c, value input, bool final);   /* -> str (unchecked for Python codecs) */
TP_MUST_CHECK value io_codec_getstate(io_codec *c);
TP_MUST_CHECK int io_codec_setstate(io_codec *c, value buf, int64_t flag);
TP_MUST_CHECK int io_codec_reset(io_codec *c);
void io_codec_reset_decoder(io_codec *c);
TP_MUST_CHECK value io_codec_encode(io_codec *c, value text);
TP_MUST_CHECK int io_codec_encoder_start(io_codec *c, bool at_start);

#endif
