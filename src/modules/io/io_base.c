/* _io's abstract bases: _IOBase (close, closed, context manager, line
 * iteration, readline/readlines/writelines on top of read/write),
 * _RawIOBase, _BufferedIOBase and _TextIOBase, and UnsupportedOperation.
 * (Skeleton: the methods are added as they are written.) */
#include <string.h>
#include "io_internal.h"
#include "../../objects/dict.h"
#include "../../objects/module.h"
#include "../../objects/type.h"

type_object io_iobase_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io._IOBase",
    .basicsize = sizeof(object),
    .flags = TYPE_BASETYPE,
    .getattr = obj_generic_getattr,
};

type_object io_rawiobase_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io._RawIOBase",
    .basicsize = sizeof(object),
    .flags = TYPE_BASETYPE,
    .base = &io_iobase_type,
    .getattr = obj_generic_getattr,
};

type_object io_bufferediobase_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io._BufferedIOBase",
    .basicsize = sizeof(object),
    .flags = TYPE_BASETYPE,
    .base = &io_iobase_type,
    .getattr = obj_generic_getattr,
};

type_object io_textiobase_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_io._TextIOBase",
    .basicsize = sizeof(object),
    .flags = TYPE_BASETYPE,
    .base = &io_iobase_type,
    .getattr = obj_generic_getattr,
};

static type_object *const base_types[] = {
    &io_iobase_type, &io_rawiobase_type, &io_bufferediobase_type, &io_textiobase_type, NULL,
};

int io_base_init(value m)
{
    value d = module_dict(m);
    for (int i = 0; base_types[i]; i++) {
        type_object *t = base_types[i];
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return -1;
        if (dict_set_cstr(d, strrchr(t->name, '.') + 1, v_from_obj(t)) < 0)
            return -1;
    }
    return 0;
}
