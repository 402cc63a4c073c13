/* The `marshal` module over src/vm/marshal.c: dumps(value[, version]) and
 * loads(bytes), with CPython's argument checks and messages. The bytes
 * are Taipan's own format (docs/pyc.md), not CPython's, so only Taipan
 * can read what Taipan dumps; `version` is accepted and ignored (Taipan
 * has one format), and marshal.version reports CPython 3.11's 4 for
 * programs that test it. dump/load on files are not provided yet: loading
 * exactly one record from a stream needs a pull-based reader. */
#include "modules.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../util/strbuf.h"
#include "../vm/exc.h"
#include "../vm/marshal.h"

static value m_dumps(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames)
        return exc_raise(&exc_TypeError, "marshal.dumps() takes no keyword arguments");
    if (argc < 1)
        return exc_raise(&exc_TypeError, "dumps expected at least 1 argument, got %d", argc);
    if (argc > 2)
        return exc_raise(&exc_TypeError, "dumps expected at most 2 arguments, got %d", argc);
    if (argc == 2 && !obj_index(argv[1]))
        return V_NULL;
    strbuf sb;
    sb_init(&sb);
    if (marshal_dump(argv[0], &sb) < 0) {
        sb_free(&sb);
        return V_NULL;
    }
    value b = bytes_from(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return b;
}

static value m_loads(value self, int argc, const value *argv, value kwnames)
{
    value arg = argv[0];
    const char *data;
    size_t size;
    if (!buffer_get(arg, &data, &size))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(arg));
    size_t used;
    return marshal_load_prefix((const uint8_t *)data, size, &used);
}

static const method_def marshal_functions[] = {
    { "dumps", m_dumps, METH_KEYWORDS,
      "dumps(value, version=4, /)\n--\n\nReturn the bytes object that would be written to a file by dump(value, file).\n\n"
      "Raise a ValueError exception if value has (or contains an object that has) an unsupported type." },
    { "loads", m_loads, METH_O,
      "loads(bytes, /)\n--\n\nConvert the bytes-like object to a value.\n\n"
      "If no valid value is found, raise EOFError, ValueError or TypeError. Extra bytes in the input are ignored." },
    { NULL, NULL, 0, NULL },
};

value marshalmodule_init(void)
{
    value m = module_new("marshal");
    if (!m || modules_add_functions(m, marshal_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    value doc = str_from_cstr("This module contains functions that can read and write Python values in\n"
                              "a binary format. The format is specific to Taipan (it is not CPython's),\n"
                              "but independent from machine architecture issues.");
    if (!doc || dict_set_cstr(d, "__doc__", doc) < 0 ||
        dict_set_cstr(d, "version", v_small(MARSHAL_VERSION)) < 0)
        return V_NULL;
    return m;
}
