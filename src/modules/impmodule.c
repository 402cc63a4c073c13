/* The `_imp` module: what CPython's importlib package asks of the
 * interpreter when it sets itself up (_bootstrap._setup) and while it
 * runs: the built-in registry (is_builtin, create_builtin), the frozen
 * modules (Taipan freezes none), the import lock (Taipan imports on one
 * thread at a time, so a counter), extension modules (none loadable:
 * extension_suffixes() is empty), source_hash and _fix_co_filename.
 * Two additions of Taipan's own, _pyc_magic and _pyc_image, let
 * lib/importlib/__init__.py make importlib write and accept Taipan's
 * bytecode-cache format (pyc.h) instead of CPython's, so py_compile and
 * compileall produce caches the import system loads. */
#include <stdlib.h>
#include <string.h>
#include "modules.h"
#include "../objects/bytes.h"
#include "../objects/bytearray.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/code.h"
#include "../vm/import.h"
#include "../vm/pyc.h"

static int64_t lock_count;   /* acquire_lock()s not yet released */

static value imp_lock_held(value self, int argc, const value *argv, value kwnames)
{
    return v_bool(lock_count > 0);
}

static value imp_acquire_lock(value self, int argc, const value *argv, value kwnames)
{
    lock_count++;
    return V_NONE;
}

static value imp_release_lock(value self, int argc, const value *argv, value kwnames)
{
    if (lock_count == 0)
        return exc_raise(&exc_RuntimeError, "not holding the import lock");
    lock_count--;
    return V_NONE;
}

static bool need_str(const char *fname, const char *what, value v)
{
    if (v_is_str(v))
        return true;
    exc_raise(&exc_TypeError, "%s() %s must be str, not %s", fname, what, v_type_name(v));
    return false;
}

/* 1: a built-in module that can be initialised; -1: sys and builtins,
 * which exist from the start and cannot be made again; 0: none. */
static value imp_is_builtin(value self, int argc, const value *argv, value kwnames)
{
    if (!need_str("is_builtin", "argument", argv[0]))
        return V_NULL;
    const char *name = str_data(argv[0]);
    if (!strcmp(name, "sys") || !strcmp(name, "builtins"))
        return v_small(-1);
    return v_small(modules_is_builtin(name));
}

static value spec_name(value spec)
{
    value name = obj_getattr_cstr(spec, "name");
    if (name && !v_is_str(name))
        return exc_raise(&exc_TypeError, "spec.name must be a string, not %s", v_type_name(name));
    return name;
}

static value imp_create_builtin(value self, int argc, const value *argv, value kwnames)
{
    value name = spec_name(argv[0]);
    if (!name)
        return V_NULL;
    value m = modules_import(name);
    if (!m && !exc_occurred())
        return V_NONE;
    return m;
}

static value imp_exec_zero(value self, int argc, const value *argv, value kwnames)
{
    return v_small(0);
}

static value imp_false(value self, int argc, const value *argv, value kwnames)
{
    if (!need_str("is_frozen", "argument", argv[0]))
        return V_NULL;
    return V_FALSE;
}

static value imp_none(value self, int argc, const value *argv, value kwnames)
{
    return V_NONE;
}

static value no_frozen(value name)
{
    return exc_raise(&exc_ImportError, "No such frozen object named %R", name);
}

static value imp_is_frozen_package(value self, int argc, const value *argv, value kwnames)
{
    if (!need_str("is_frozen_package", "argument", argv[0]))
        return V_NULL;
    return no_frozen(argv[0]);
}

static value imp_get_frozen_object(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("get_frozen_object", kwnames) < 0 || args_count("get_frozen_object", argc, 1, 2) < 0)
        return V_NULL;
    if (!need_str("get_frozen_object", "argument 1", argv[0]))
        return V_NULL;
    return no_frozen(argv[0]);
}

static value imp_find_frozen(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "withdata" };
    value a[2];
    if (num_parse_args("find_frozen", argc, argv, kwnames, names, 2, 1, 1, a) < 0)
        return V_NULL;
    if (!need_str("find_frozen", "argument 1", a[0]))
        return V_NULL;
    return V_NONE;
}

static value imp_frozen_module_names(value self, int argc, const value *argv, value kwnames)
{
    return tuple_new(0);
}

static value imp_extension_suffixes(value self, int argc, const value *argv, value kwnames)
{
    return list_new(0);
}

static value imp_create_dynamic(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("create_dynamic", kwnames) < 0 || args_count("create_dynamic", argc, 1, 2) < 0)
        return V_NULL;
    value name = spec_name(argv[0]);
    if (!name)
        return V_NULL;
    return exc_raise(&exc_ImportError, "Taipan cannot load extension modules (%S)", name);
}

static value imp_fix_co_filename(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("_fix_co_filename", kwnames) < 0 || args_count("_fix_co_filename", argc, 2, 2) < 0)
        return V_NULL;
    if (!v_is_code(argv[0]))
        return exc_raise(&exc_TypeError, "_fix_co_filename() argument 1 must be code, not %s",
                         v_type_name(argv[0]));
    if (!need_str("_fix_co_filename", "argument 2", argv[1]))
        return V_NULL;
    value old = v_code(argv[0])->filename;
    if (v_is_str(old) && !str_eq(old, argv[1]))
        import_fix_co_filename(argv[0], old, argv[1]);
    return V_NONE;
}

static bool get_buffer(const char *fname, value v, const char **data, size_t *len)
{
    if (buffer_get(v, data, len))
        return true;
    exc_raise(&exc_TypeError, "%s() argument must be a bytes-like object, not '%s'", fname,
              v_type_name(v));
    return false;
}

/* The 8-byte hash of hash-based caches. Taipan's is SipHash-1-3 keyed by
 * its own cache format (pyc.h), whatever `key` (CPython passes its magic
 * number) says, so that importlib and the import system agree. */
static value imp_source_hash(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "key", "source" };
    value a[2];
    if (num_parse_args("source_hash", argc, argv, kwnames, names, 2, 2, 2, a) < 0)
        return V_NULL;
    int64_t key;
    if (args_index(a[0], &key) < 0)
        return V_NULL;
    const char *data;
    size_t len;
    if (!get_buffer("source_hash", a[1], &data, &len))
        return V_NULL;
    uint64_t h = pyc_source_hash((const uint8_t *)data, len);
    uint8_t out[8];
    for (int i = 0; i < 8; i++)
        out[i] = (uint8_t)(h >> (8 * i));
    return bytes_from((const char *)out, 8);
}

/* _pyc_image(code, flags, field): a whole cache file image, Taipan's
 * format, with the header's flags and its last 8 bytes (mtime and size,
 * or the source hash) as given. */
static value imp_pyc_image(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("_pyc_image", kwnames) < 0 || args_count("_pyc_image", argc, 3, 3) < 0)
        return V_NULL;
    if (!v_is_code(argv[0]))
        return exc_raise(&exc_TypeError, "_pyc_image() argument 1 must be code, not %s",
                         v_type_name(argv[0]));
    int64_t flags;
    if (args_index(argv[1], &flags) < 0)
        return V_NULL;
    const char *field;
    size_t len;
    if (!get_buffer("_pyc_image", argv[2], &field, &len))
        return V_NULL;
    if (len != 8 || flags < 0 || flags > 3)
        return exc_raise(&exc_ValueError, "_pyc_image() needs flags 0..3 and 8 bytes of header");
    size_t n;
    uint8_t *image = pyc_build_image_fields(argv[0], (uint32_t)flags, (const uint8_t *)field, &n);
    if (!image)
        return exc_occurred() ? V_NULL : exc_no_memory();
    value b = bytes_from((const char *)image, n);
    free(image);
    return b;
}

static const method_def imp_functions[] = {
    { "lock_held", imp_lock_held, METH_NOARGS, "Return True if the import lock is currently held, else False." },
    { "acquire_lock", imp_acquire_lock, METH_NOARGS, "Acquires the interpreter's import lock for the current thread." },
    { "release_lock", imp_release_lock, METH_NOARGS, "Release the interpreter's import lock." },
    { "is_builtin", imp_is_builtin, METH_O, "Returns True if the module name corresponds to a built-in module." },
    { "create_builtin", imp_create_builtin, METH_O, "Create an extension module." },
    { "exec_builtin", imp_exec_zero, METH_O, "Initialize a built-in module." },
    { "is_frozen", imp_false, METH_O, "Returns True if the module name corresponds to a frozen module." },
    { "is_frozen_package", imp_is_frozen_package, METH_O, "Returns True if the module name is of a frozen package." },
    { "get_frozen_object", imp_get_frozen_object, METH_KEYWORDS, "Create a code object for a frozen module." },
    { "init_frozen", imp_none, METH_O, "Initializes a frozen module." },
    { "find_frozen", imp_find_frozen, METH_KEYWORDS, "Return info about the corresponding frozen module (if there is one) or None." },
    { "_frozen_module_names", imp_frozen_module_names, METH_NOARGS, "Returns the list of available frozen modules." },
    { "_override_frozen_modules_for_tests", imp_none, METH_O, "(internal-only) Override PyConfig.use_frozen_modules." },
    { "extension_suffixes", imp_extension_suffixes, METH_NOARGS, "Returns the list of file suffixes used to identify extension modules." },
    { "create_dynamic", imp_create_dynamic, METH_KEYWORDS, "Create an extension module." },
    { "exec_dynamic", imp_exec_zero, METH_O, "Initialize an extension module." },
    { "_fix_co_filename", imp_fix_co_filename, METH_KEYWORDS, "Changes code.co_filename to specify the passed-in file path." },
    { "source_hash", imp_source_hash, METH_KEYWORDS, "" },
    { "_pyc_image", imp_pyc_image, METH_KEYWORDS, "_pyc_image(code, flags, field): a Taipan bytecode-cache file image." },
    { NULL, NULL, 0, NULL },
};

value impmodule_init(void)
{
    value m = module_new("_imp");
    if (!m || modules_add_functions(m, imp_functions) < 0)
        return V_NULL;
    static const char *const modes[] = { "default", "always", "never" };
    uint8_t magic[4];
    pyc_magic(magic);
    value d = module_dict(m), mode = str_from_cstr(modes[import_check_hash_pycs]);
    value mb = bytes_from((const char *)magic, 4);
    if (!mode || !mb || dict_set_cstr(d, "check_hash_based_pycs", mode) < 0
        || dict_set_cstr(d, "_pyc_magic", mb) < 0)
        return V_NULL;
    return m;
}
