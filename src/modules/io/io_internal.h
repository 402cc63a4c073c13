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

#endif
