/* The _io module: creates it, lets each file add its types (io_internal.h),
 * and defines open, open_code, text_encoding and DEFAULT_BUFFER_SIZE. */
#include "io_internal.h"
#include "../modules.h"
#include "../../objects/dict.h"
#include "../../objects/module.h"

static const method_def io_functions[] = {
    { NULL, NULL, 0, NULL },
};

value iomodule_init(void)
{
    value m = module_new("_io");
    if (!m || modules_add_functions(m, io_functions) < 0)
        return V_NULL;
    if (dict_set_cstr(module_dict(m), "DEFAULT_BUFFER_SIZE", v_small(8192)) < 0)
        return V_NULL;
    if (io_base_init(m) < 0 || io_fileio_init(m) < 0 || io_buffered_init(m) < 0
        || io_bytesio_init(m) < 0 || io_stringio_init(m) < 0 || io_textio_init(m) < 0)
        return V_NULL;
    return m;
}
