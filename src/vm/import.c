/* The import algorithm (import.h), as CPython 3.11's import.c and
 * importlib._bootstrap run it: resolve a relative name against the
 * importing module's package, look in sys.modules, else import the
 * parent packages first, ask each sys.meta_path finder for a spec, make
 * the module from the spec (loader.create_module, then the module's
 * __name__, __loader__, __package__, __spec__, __path__, __file__ and
 * __cached__), put it in sys.modules *before* running it (so an import
 * cycle finds it, partially initialised), run it (loader.exec_module),
 * take it out again if that fails, and bind it in its parent. Taipan's
 * own finders and loaders are recognised and called in C; any other
 * object is used through its Python methods, so finders and loaders
 * written in Python work as they do under CPython.
 *
 * Single-threaded for now: there are no module locks, and a module being
 * initialised is simply returned to whoever imports it meanwhile. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "import.h"
#include "import_internal.h"
#include "exc.h"
#include "frame.h"
#include "../gc/gc.h"
#include "../modules/builtins.h"
#include "../modules/modules.h"
#include "../modules/sysmodule.h"
#include "../objects/cfunction.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/names.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

int import_verbose;
int import_check_hash_pycs;
uint64_t import_compile_count;

static value modules;       /* sys.modules as made at start-up */
static value import_func;   /* the builtin __import__, to recognise an override */

value import_modules(void) { return modules; }

/* -- Helpers -------------------------------------------------------------------------- */

void import_trace(int level, const char *fmt, ...)
{
    if (import_verbose < level)
        return;
    va_list ap;
    va_start(ap, fmt);
    fflush(stdout);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

value import_error(type_object *type, value msg, value name, value path)
{
    value e = exc_new(type, 1, &msg);
    if (!e)
        return V_NULL;
    v_exc(e)->slot[EXC_IMPORT_NAME] = name ? name : V_NONE;
    v_exc(e)->slot[EXC_IMPORT_PATH] = path ? path : V_NONE;
    return exc_raise_value(e);
}

static value not_found(value name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    value msg = exc_format_va(fmt, ap);
    va_end(ap);
    return msg ? import_error(&exc_ModuleNotFoundError, msg, name, V_NULL) : V_NULL;
}

value import_raise_diag(diag *d)
{
    type_object *t = d->type == DIAG_INDENTATION_ERROR ? &exc_IndentationError
                     : d->type == DIAG_TAB_ERROR       ? &exc_TabError
                     : d->type == DIAG_RECURSION_ERROR ? &exc_RecursionError
                     : d->type == DIAG_VALUE_ERROR     ? &exc_ValueError
                                                       : &exc_SyntaxError;
    if (d->type == DIAG_MEMORY_ERROR)
        return exc_no_memory();
    value msg = str_from_cstr(d->msg ? d->msg : "invalid syntax");
    if (!msg)
        return V_NULL;
    if (t == &exc_RecursionError || t == &exc_ValueError)
        return exc_raise_value(exc_new(t, 1, &msg));
    value loc[6] = {
        d->filename ? str_from_cstr(d->filename) : V_NONE,
        d->lineno ? v_small(d->lineno) : V_NONE,
        d->offset ? v_small(d->offset) : V_NONE,
        d->text ? str_from_cstr(d->text) : V_NONE,
        d->end_lineno ? v_small(d->end_lineno) : V_NONE,
        d->end_offset ? v_small(d->end_offset) : V_NONE,
    };
    for (int i = 0; i < 6; i++)
        if (!loc[i])
            return V_NULL;
    value args[2] = { msg, tuple_from_array(loc, 6) };
    value e = args[1] ? exc_new(t, 2, args) : V_NULL;
    return e ? exc_raise_value(e) : V_NULL;
}

/* getattr(o, name) with AttributeError meaning "absent": V_NULL and no
 * exception then (CPython's _PyObject_LookupAttr). */
static value lookup_attr(value o, const char *name)
{
    value v = obj_getattr_cstr(o, name);
    if (!v && exc_matches(&exc_AttributeError))
        exc_clear();
    return v;
}

/* getattr(o, name, None) is None */
static int attr_is_none(value o, const char *name)
{
    value v = lookup_attr(o, name);
    if (!v)
        return exc_occurred() ? -1 : 1;
    return v == V_NONE;
}

static value cut_at_last_dot(value s, value *tail)
{
    const char *d = str_data(s), *dot = strrchr(d, '.');
    if (!dot)
        return V_NULL;
    if (tail && !(*tail = str_from_cstr(dot + 1)))
        return V_NULL;
    return str_from_utf8(d, (size_t)(dot - d));
}

/* -- Start-up ------------------------------------------------------------------------- */

/* __spec__ and __loader__ of a built-in module made before the import
 * system (sys, builtins). */
static int set_builtin_attrs(value m, const char *name)
{
    value n = str_from_cstr(name);
    value spec = n ? builtin_spec(n) : V_NULL;
    value d = module_dict(m);
    if (!spec || dict_set_cstr(d, "__spec__", spec) < 0 ||
        dict_set_cstr(d, "__loader__", v_from_obj(&builtin_importer_type)) < 0 ||
        dict_set_cstr(d, "__package__", str_from_cstr("")) < 0)
        return -1;
    return dict_set_cstr(modules, name, m);
}

static value bi_import(value self, int argc, const value *argv, value kwnames);

static const method_def import_def = {
    "__import__", bi_import, METH_KEYWORDS,
    "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\n"
    "Import a module. Because this function is meant for use by the Python\n"
    "interpreter and not for general use, it is better to use\n"
    "importlib.import_module() to programmatically import a module."
};

int import_init(void)
{
    if (modules)
        return 0;
    if (!builtins_module && builtins_init() < 0)
        return -1;
    value m = dict_new();
    if (!m)
        return -1;
    modules = m;
    gc_root(&modules);
    value sys = import_types_init() < 0 ? V_NULL : sysmodule_init();
    if (!sys)
        goto fail;
    value d = module_dict(sys);
    value meta = list_new(0), hooks = list_new(0), cache = dict_new(), hook = import_file_hook(),
          zhook = import_zip_hook();
    if (!meta || !hooks || !cache || !hook || !zhook || list_append(meta, v_from_obj(&builtin_importer_type)) < 0 ||
        list_append(meta, v_from_obj(&frozen_importer_type)) < 0 ||
        list_append(meta, v_from_obj(&path_finder_type)) < 0 || list_append(hooks, zhook) < 0 ||
        list_append(hooks, hook) < 0 ||
        dict_set_cstr(d, "modules", modules) < 0 || dict_set_cstr(d, "meta_path", meta) < 0 ||
        dict_set_cstr(d, "path_hooks", hooks) < 0 || dict_set_cstr(d, "path_importer_cache", cache) < 0 ||
        set_builtin_attrs(builtins_module, "builtins") < 0 || set_builtin_attrs(sys, "sys") < 0)
        goto fail;
    value modname = str_from_cstr("builtins");
    value f = modname ? cfunc_new(&import_def, V_NULL, modname) : V_NULL;
    if (!f || dict_set_cstr(module_dict(builtins_module), "__import__", f) < 0)
        goto fail;
    import_func = f;
    gc_root(&import_func);
    return 0;
fail:
    modules = V_NULL;
    return -1;
}

int import_set_main(value module)
{
    if (import_init() < 0)
        return -1;
    return dict_set_cstr(modules, "__main__", module);
}

/* -- Finding and loading ---------------------------------------------------------------- */

/* A spec from an old-style finder's find_module(name, path) (deprecated
 * since 3.4, still honoured by 3.11): importlib's spec_from_loader. */
static value legacy_spec(value finder, value name, value path)
{
    value fm = lookup_attr(finder, "find_module");
    if (!fm)
        return exc_occurred() ? V_NULL : V_NONE;
    value args[2] = { name, path ? path : V_NONE };
    value loader = obj_call(fm, 2, args, V_NULL);
    if (!loader || loader == V_NONE)
        return loader;
    int pkg = 0;
    value ip = lookup_attr(loader, "is_package");
    if (ip) {
        value r = obj_call1(ip, name);
        if (!r && exc_matches(&exc_ImportError))
            exc_clear();
        else if (!r || (pkg = obj_truthy(r)) < 0)
            return V_NULL;
    } else if (exc_occurred()) {
        return V_NULL;
    }
    return spec_new(name, loader, V_NONE, pkg);
}

/* Asks each sys.meta_path finder in turn; None when none knows `name`. */
static value find_spec(value name, value path)
{
    value meta = sys_get("meta_path");
    if (!meta || meta == V_NONE)
        return exc_raise(&exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
    value snapshot = list_new(0);
    if (!snapshot || list_extend(snapshot, meta) < 0)
        return V_NULL;
    bool is_reload = dict_get(modules, name) != V_NULL;
    if (exc_occurred())
        return V_NULL;
    for (size_t i = 0; i < list_len(snapshot); i++) {
        value finder = list_get(snapshot, i), spec;
        if (finder == v_from_obj(&builtin_importer_type)) {
            spec = builtin_find_spec(name, path);
        } else if (finder == v_from_obj(&frozen_importer_type)) {
            continue;
        } else if (finder == v_from_obj(&path_finder_type)) {
            spec = path_find_spec(name, path);
        } else {
            value fs = lookup_attr(finder, "find_spec");
            if (fs) {
                value args[3] = { name, path ? path : V_NONE, V_NONE };
                spec = obj_call(fs, 3, args, V_NULL);
            } else {
                spec = exc_occurred() ? V_NULL : legacy_spec(finder, name, path);
            }
        }
        if (!spec)
            return V_NULL;
        if (spec == V_NONE)
            continue;
        value m = is_reload ? V_NULL : dict_get(modules, name);
        if (m) {   /* the parent's import already made it */
            value s = lookup_attr(m, "__spec__");
            if (exc_occurred())
                return V_NULL;
            return s && s != V_NONE ? s : spec;
        }
        return exc_occurred() ? V_NULL : spec;
    }
    return V_NONE;
}

/* importlib's _init_module_attrs(spec, module) without override: only
 * attributes that are missing or None are set. */
static int init_module_attrs(value spec, value module)
{
    value name = obj_getattr_cstr(spec, "name"), loader = name ? obj_getattr_cstr(spec, "loader") : V_NULL;
    value smsl = loader ? obj_getattr_cstr(spec, "submodule_search_locations") : V_NULL;
    if (!smsl)
        return -1;
    int none;
    if ((none = attr_is_none(module, "__name__")) < 0 || (none && obj_setattr(module, N(__name__), name) < 0))
        return -1;
    if ((none = attr_is_none(module, "__loader__")) < 0)
        return -1;
    if (none) {
        if (loader == V_NONE && smsl != V_NONE) {   /* a namespace package */
            loader = namespace_loader_new(name, smsl);
            if (!loader || spec_set(spec, "loader", loader) < 0 || spec_set(module, "__file__", V_NONE) < 0)
                return -1;
        }
        if (spec_set(module, "__loader__", loader) < 0)
            return -1;
    }
    if ((none = attr_is_none(module, "__package__")) < 0)
        return -1;
    if (none) {
        value parent = obj_getattr_cstr(spec, "parent");
        if (!parent || spec_set(module, "__package__", parent) < 0)
            return -1;
    }
    if (spec_set(module, "__spec__", spec) < 0)
        return -1;
    if (smsl != V_NONE) {
        if ((none = attr_is_none(module, "__path__")) < 0 || (none && spec_set(module, "__path__", smsl) < 0))
            return -1;
    }
    value has_loc = obj_getattr_cstr(spec, "has_location");
    int t = has_loc ? obj_truthy(has_loc) : -1;
    if (t <= 0)
        return t;
    if ((none = attr_is_none(module, "__file__")) < 0)
        return -1;
    if (none) {
        value origin = obj_getattr_cstr(spec, "origin");
        if (!origin || spec_set(module, "__file__", origin) < 0)
            return -1;
    }
    if ((none = attr_is_none(module, "__cached__")) < 0)
        return -1;
    if (none) {
        value cached = obj_getattr_cstr(spec, "cached");
        if (!cached || (cached != V_NONE && spec_set(module, "__cached__", cached) < 0))
            return -1;
    }
    return 0;
}

/* importlib's module_from_spec. */
static value module_from_spec(value spec, value name, value loader)
{
    value module = V_NONE;
    if (loader == v_from_obj(&builtin_importer_type)) {
        module = modules_import(name);
        if (!module) {
            if (exc_occurred())
                return V_NULL;
            value msg = str_format("%R is not a built-in module", name);
            return msg ? import_error(&exc_ImportError, msg, name, V_NULL) : V_NULL;
        }
    } else {
        value cm = lookup_attr(loader, "create_module");
        if (cm) {
            module = obj_call1(cm, spec);
        } else if (!exc_occurred()) {
            value em = lookup_attr(loader, "exec_module");
            if (em)
                return exc_raise(&exc_ImportError, "loaders that define exec_module() must also define create_module()");
        }
        if (!module || exc_occurred())
            return V_NULL;
    }
    if (module == V_NONE) {
        if (!v_is_str(name))
            return exc_raise(&exc_TypeError, "module name must be a string");
        module = module_new(str_data(name));
        if (!module || obj_setattr(module, N(__name__), name) < 0)
            return V_NULL;
    }
    return init_module_attrs(spec, module) < 0 ? V_NULL : module;
}

/* loader.exec_module(module), in C for Taipan's own loaders. */
static int exec_module(value loader, value module)
{
    int status;
    if (loader == v_from_obj(&builtin_importer_type) || v_isinstance_exact(loader, &namespace_loader_type))
        return 0;
    if (file_loader_exec(loader, module, &status))
        return status;
    value r = obj_call_method(loader, "exec_module", 1, &module);
    return r ? 0 : -1;
}

/* Moves sys.modules[name] to the end (importlib does, so the order of
 * sys.modules is the order imports finished) and returns it. */
static value move_to_end(value name)
{
    value m = dict_get(modules, name);
    if (!m) {
        if (!exc_occurred())
            exc_raise_key_error(name);
        return V_NULL;
    }
    return dict_del(modules, name) < 0 || dict_set(modules, name, m) < 0 ? V_NULL : m;
}

/* A loader with load_module() but no exec_module() (importlib's
 * _load_backward_compatible): it puts the module in sys.modules itself. */
static value load_legacy(value spec, value name, value loader)
{
    if (!obj_call_method(loader, "load_module", 1, &name)) {
        value exc = exc_fetch();
        if (dict_get(modules, name) && !move_to_end(name))
            exc_clear();
        exc_restore(exc);
        return V_NULL;
    }
    value m = move_to_end(name);
    if (!m)
        return V_NULL;
    int none = attr_is_none(m, "__loader__");
    if (none > 0 && spec_set(m, "__loader__", loader) < 0)
        exc_clear();
    none = attr_is_none(m, "__spec__");
    if (none > 0 && spec_set(m, "__spec__", spec) < 0)
        exc_clear();
    return exc_occurred() ? V_NULL : m;
}

/* importlib's _load_unlocked: the module made from spec, in sys.modules
 * while it runs, taken out again if running it fails. */
static value load_spec(value spec)
{
    value name = obj_getattr_cstr(spec, "name"), loader = name ? obj_getattr_cstr(spec, "loader") : V_NULL;
    if (!loader)
        return V_NULL;
    if (loader != V_NONE && loader != v_from_obj(&builtin_importer_type) && v_type(loader) != &source_loader_type &&
        v_type(loader) != &sourceless_loader_type) {
        value em = lookup_attr(loader, "exec_module");
        if (!em)
            return exc_occurred() ? V_NULL : load_legacy(spec, name, loader);
    }
    value module = module_from_spec(spec, name, loader);
    if (!module || spec_set(spec, "_initializing", V_TRUE) < 0)
        return V_NULL;
    loader = obj_getattr_cstr(spec, "loader");   /* a namespace package got one */
    int r = loader && dict_set(modules, name, module) == 0 ? 0 : -1;
    if (r == 0) {
        if (loader == V_NONE) {
            value smsl = obj_getattr_cstr(spec, "submodule_search_locations");
            if (!smsl || (smsl == V_NONE && !import_error(&exc_ImportError, str_from_cstr("missing loader"), name, V_NULL)))
                r = -1;
        } else {
            r = exec_module(loader, module);
        }
    }
    if (r < 0) {
        value exc = exc_fetch();
        if (dict_del(modules, name) < 0)
            exc_clear();
        if (spec_set(spec, "_initializing", V_FALSE) < 0)
            exc_clear();
        exc_restore(exc);
        return V_NULL;
    }
    module = move_to_end(name);
    if (module && import_verbose) {
        value lr = obj_repr(loader);
        if (lr)
            import_trace(1, "import '%s' # %s", str_data(name), str_data(lr));
        exc_clear();
    }
    if (spec_set(spec, "_initializing", V_FALSE) < 0)
        return V_NULL;
    return module;
}

/* importlib's _find_and_load_unlocked: parents first, then the module. */
static value find_and_load(value name)
{
    value m = dict_get(modules, name);
    if (m == V_NONE)
        return not_found(name, "import of %S halted; None in sys.modules", name);
    if (m || exc_occurred())
        return m;
    value path = V_NULL, parent_spec = V_NONE, child = V_NULL;
    value parent = cut_at_last_dot(name, &child);
    if (parent) {
        if (!dict_get(modules, parent) && (exc_occurred() || !import_module(parent)))
            return V_NULL;
        if ((m = dict_get(modules, name)))   /* importing the parent imported it */
            return m;
        value pm = dict_get(modules, parent);
        if (!pm)
            return exc_occurred() ? V_NULL : exc_raise_key_error(parent);
        path = lookup_attr(pm, "__path__");
        if (!path) {
            if (exc_occurred())
                return V_NULL;
            return not_found(name, "No module named %R; %R is not a package", name, parent);
        }
        parent_spec = lookup_attr(pm, "__spec__");
        if (!parent_spec) {
            if (exc_occurred())
                return V_NULL;
            parent_spec = V_NONE;
        }
    } else if (exc_occurred()) {
        return V_NULL;
    }
    value spec = find_spec(name, path);
    if (!spec)
        return V_NULL;
    if (spec == V_NONE)
        return not_found(name, "No module named %R", name);
    /* the parent's spec lists the child while it loads, for the message
     * "cannot access submodule 'c' of module 'p' (most likely due to a
     * circular import)" */
    value pending = parent_spec != V_NONE ? lookup_attr(parent_spec, "_uninitialized_submodules") : V_NULL;
    if (exc_occurred() || (pending && v_is_list(pending) && list_append(pending, child) < 0))
        return V_NULL;
    m = load_spec(spec);
    if (pending && v_is_list(pending) && list_len(pending) > 0) {
        value exc = exc_fetch();
        if (!obj_call_method(pending, "pop", 0, NULL))
            exc_clear();
        exc_restore(exc);
    }
    if (!m || !parent)
        return m;
    value pm = dict_get(modules, parent);
    if (!pm)
        return exc_occurred() ? V_NULL : exc_raise_key_error(parent);
    if (obj_setattr(pm, child, m) < 0) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();   /* importlib only warns (ImportWarning) */
    }
    return m;
}

value import_module(value name)
{
    if (import_init() < 0)
        return V_NULL;
    value m = dict_get(modules, name);
    if (m && m != V_NONE)
        return m;
    return exc_occurred() ? V_NULL : find_and_load(name);
}

value import_module_cstr(const char *name)
{
    value n = str_from_cstr(name);
    return n ? import_module(n) : V_NULL;
}

/* importlib.util.find_spec for an absolute name (what `taipan -m` uses):
 * a module already in sys.modules gives its __spec__; otherwise the
 * parent package is imported and its __path__ searched. */
value import_find_spec(value name)
{
    if (import_init() < 0)
        return V_NULL;
    value m = dict_get(modules, name);
    if (m == V_NONE)
        return V_NONE;
    if (m) {
        value spec = lookup_attr(m, "__spec__");
        if (!spec && !exc_occurred())
            return exc_raise(&exc_ValueError, "%S.__spec__ is not set", name);
        if (spec == V_NONE)
            return exc_raise(&exc_ValueError, "%S.__spec__ is None", name);
        return spec;
    }
    if (exc_occurred())
        return V_NULL;
    value path = V_NULL, parent = cut_at_last_dot(name, NULL);
    if (parent) {
        value pm = import_module(parent);
        if (!pm)
            return V_NULL;
        path = lookup_attr(pm, "__path__");
        if (!path)
            return exc_occurred() ? V_NULL
                                  : not_found(name, "__path__ attribute not found on %R while trying to find %R",
                                              parent, name);
    } else if (exc_occurred()) {
        return V_NULL;
    }
    return find_spec(name, path);
}

/* -- __import__ ------------------------------------------------------------------------- */

/* The package a relative import in a module with these globals starts
 * from (CPython's resolve_name: __package__, then __spec__.parent, then
 * __name__ and __path__). */
static value calc_package(value globals)
{
    if (!globals)
        return exc_raise(&exc_KeyError, "'__name__' not in globals");
    if (!v_isinstance(globals, &dict_type))
        return exc_raise(&exc_TypeError, "globals must be a dict");
    value package = dict_get_cstr(globals, "__package__");
    value spec = dict_get_cstr(globals, "__spec__");
    if (package && package != V_NONE) {
        if (!v_is_str(package))
            return exc_raise(&exc_TypeError, "package must be a string");
        return package;   /* CPython warns (ImportWarning) when it differs from __spec__.parent */
    }
    if (spec && spec != V_NONE) {
        value parent = obj_getattr_cstr(spec, "parent");
        if (parent && !v_is_str(parent))
            return exc_raise(&exc_TypeError, "__spec__.parent must be a string");
        return parent;
    }
    value name = dict_get_cstr(globals, "__name__");
    if (!name)
        return exc_raise(&exc_KeyError, "'__name__' not in globals");
    if (!v_is_str(name))
        return exc_raise(&exc_TypeError, "__name__ must be a string");
    if (dict_get_cstr(globals, "__path__"))
        return name;
    value parent = cut_at_last_dot(name, NULL);
    return parent ? parent : exc_occurred() ? V_NULL : str_from_cstr("");
}

static value resolve_name(value name, value globals, int64_t level)
{
    value package = calc_package(globals);
    if (!package)
        return V_NULL;
    if (str_size(package) == 0)
        return exc_raise(&exc_ImportError, "attempted relative import with no known parent package");
    const char *p = str_data(package);
    size_t end = str_size(package);
    for (int64_t up = 1; up < level; up++) {
        while (end > 0 && p[end - 1] != '.')
            end--;
        if (end == 0)
            return exc_raise(&exc_ImportError, "attempted relative import beyond top-level package");
        end--;
    }
    value base = str_from_utf8(p, end);
    if (!base || str_size(name) == 0)
        return base;
    return str_format("%S.%S", base, name);
}

/* importlib's _handle_fromlist: `from package import x` imports the
 * submodule package.x when the package has no attribute x. */
static int handle_fromlist(value module, value fromlist, bool recursive)
{
    value it = obj_iter(fromlist);
    if (!it)
        return -1;
    for (value x; (x = obj_next(it));) {
        if (!v_is_str(x)) {
            if (!recursive) {
                exc_raise(&exc_TypeError, "Item in ``from list'' must be str, not %s", v_type_name(x));
                return -1;
            }
            value mn = obj_getattr_cstr(module, "__name__");
            if (mn)
                exc_raise(&exc_TypeError, "Item in %S.__all__ must be str, not %s", mn, v_type_name(x));
            return -1;
        }
        if (str_eq_cstr(x, "*")) {
            if (recursive)
                continue;
            value all = lookup_attr(module, "__all__");
            if (!all && exc_occurred())
                return -1;
            if (all && handle_fromlist(module, all, true) < 0)
                return -1;
            continue;
        }
        value has = obj_getattr(module, x);
        if (has)
            continue;
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
        value mn = obj_getattr_cstr(module, "__name__");
        value from_name = mn ? str_format("%S.%S", mn, x) : V_NULL;
        if (!from_name)
            return -1;
        if (import_module(from_name))
            continue;
        /* a missing submodule is not an error: IMPORT_FROM reports it */
        if (!exc_matches(&exc_ModuleNotFoundError))
            return -1;
        value exc = exc_fetch();
        value en = exc_slot(exc, EXC_IMPORT_NAME);
        value there = dict_get(modules, from_name);
        if (en && v_is_str(en) && str_eq(en, from_name) && there != V_NONE && !exc_occurred())
            continue;
        exc_restore(exc);
        return -1;
    }
    return exc_occurred() ? -1 : 0;
}

value import_module_level(value name, value globals, value fromlist, int64_t level)
{
    if (import_init() < 0)
        return V_NULL;
    if (!v_isinstance(name, &str_type))
        return exc_raise(&exc_TypeError, "module name must be a string");
    if (level < 0)
        return exc_raise(&exc_ValueError, "level must be >= 0");
    value abs_name = name;
    if (level > 0) {
        if (!(abs_name = resolve_name(name, globals, level)))
            return V_NULL;
    } else if (str_size(name) == 0) {
        return exc_raise(&exc_ValueError, "Empty module name");
    }
    value mod = dict_get(modules, abs_name);
    if (exc_occurred())
        return V_NULL;
    if (!mod || mod == V_NONE)
        mod = find_and_load(abs_name);
    if (!mod)
        return V_NULL;
    int has_from = fromlist && fromlist != V_NONE ? obj_truthy(fromlist) : 0;
    if (has_from < 0)
        return V_NULL;
    if (has_from) {
        value path = lookup_attr(mod, "__path__");
        if (!path)
            return exc_occurred() ? V_NULL : mod;
        return handle_fromlist(mod, fromlist, false) < 0 ? V_NULL : mod;
    }
    const char *n = str_data(name), *dot = memchr(n, '.', str_size(name));
    if (!dot || (level > 0 && str_size(name) == 0))
        return mod;
    if (level == 0) {   /* `import a.b.c` binds a */
        value front = str_from_utf8(n, (size_t)(dot - n));
        return front ? import_module_level(front, V_NULL, V_NULL, 0) : V_NULL;
    }
    size_t cut = str_size(name) - (size_t)(dot - n);
    value to_return = str_from_utf8(str_data(abs_name), str_size(abs_name) - cut);
    value r = to_return ? dict_get(modules, to_return) : V_NULL;
    if (!r && !exc_occurred() && to_return)
        exc_raise(&exc_KeyError, "%R not in sys.modules as expected", to_return);
    return r;
}

/* builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0) */
static value bi_import(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level" };
    value a[5];
    if (num_parse_args("__import__", argc, argv, kwnames, names, 5, 5, 1, a) < 0)
        return V_NULL;
    int64_t level = 0;
    if (a[4]) {
        if (v_is_float(a[4]) || !v_type(a[4])->nb_index)
            return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             v_type_name(a[4]));
        value i = obj_index(a[4]);
        if (!i || int_as_i64(i, &level) < 0 || level < INT32_MIN || level > INT32_MAX) {
            if (i) {
                exc_clear();
                exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
            }
            return V_NULL;
        }
    }
    value globals = a[1] && a[1] != V_NONE ? a[1] : V_NULL;
    if (globals && !v_isinstance(globals, &dict_type) && level > 0)
        return exc_raise(&exc_TypeError, "globals must be a dict");
    return import_module_level(a[0], globals, a[3], level);
}

value import_name(value name, value globals, value fromlist, value level)
{
    if (import_init() < 0)
        return V_NULL;
    frame *f = ts()->frame;
    value imp = f && v_is_dict(f->builtins) ? dict_get_cstr(f->builtins, "__import__") : import_func;
    if (!imp)
        return exc_raise(&exc_ImportError, "__import__ not found");
    if (imp != import_func) {   /* a program replaced builtins.__import__ */
        value locals = f && f->locals ? f->locals : V_NONE;
        value args[5] = { name, globals ? globals : V_NONE, locals, fromlist, level };
        return obj_call(imp, 5, args, V_NULL);
    }
    int64_t lv;
    if (int_as_i64(level, &lv) < 0)
        return V_NULL;
    return import_module_level(name, globals, fromlist, lv);
}

/* -- IMPORT_FROM and IMPORT_STAR ------------------------------------------------------- */

static bool spec_initializing(value spec)
{
    value v = spec ? lookup_attr(spec, "_initializing") : V_NULL;
    int t = v ? obj_truthy(v) : 0;
    exc_clear();
    return t > 0;
}

value import_from(value module, value name)
{
    value v = obj_getattr(module, name);
    if (v || !exc_matches(&exc_AttributeError))
        return v;
    exc_clear();
    /* a submodule in an import cycle is in sys.modules before its parent
     * gets the attribute */
    value pkgname = lookup_attr(module, "__name__");
    if (pkgname && v_is_str(pkgname)) {
        value full = str_format("%S.%S", pkgname, name);
        value m = full ? dict_get(modules, full) : V_NULL;
        if (m || exc_occurred())
            return m;
    }
    if (exc_occurred())
        return V_NULL;
    if (pkgname && !v_is_str(pkgname))
        pkgname = V_NULL;
    value shown = pkgname ? pkgname : str_from_cstr("<unknown module name>");
    value file = v_is_module(module) ? dict_get_cstr(module_dict(module), "__file__") : V_NULL;
    value msg;
    if (!shown)
        return V_NULL;
    if (!file || !v_is_str(file)) {
        msg = str_format("cannot import name %R from %R (unknown location)", name, shown);
        file = V_NULL;
    } else if (spec_initializing(lookup_attr(module, "__spec__"))) {
        msg = str_format("cannot import name %R from partially initialized module %R "
                         "(most likely due to a circular import) (%S)", name, shown, file);
    } else {
        msg = str_format("cannot import name %R from %R (%S)", name, shown, file);
    }
    return msg ? import_error(&exc_ImportError, msg, pkgname, file) : V_NULL;
}

/* One name of `from m import *` into locals. */
static int star_bind(value module, value locals, value name)
{
    value v = obj_getattr(module, name);
    if (!v)
        return -1;
    return v_is_dict(locals) ? dict_set(locals, name, v) : obj_setitem(locals, name, v);
}

int import_star(value module, value locals)
{
    if (!locals) {
        exc_raise(&exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    bool public_only = false;
    value all = lookup_attr(module, "__all__");
    if (!all) {
        if (exc_occurred())
            return -1;
        value d = lookup_attr(module, "__dict__");
        if (!d) {
            if (!exc_occurred())
                exc_raise(&exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = obj_call_method(d, "keys", 0, NULL);
        value l = all ? list_new(0) : V_NULL;
        if (!l || list_extend(l, all) < 0)
            return -1;
        all = l;
        public_only = true;
    }
    /* __all__ is read as a sequence, by index until IndexError */
    if (!v_type(all)->getitem) {
        exc_raise(&exc_TypeError, "'%s' object does not support indexing", v_type_name(all));
        return -1;
    }
    if (v_isinstance(all, &dict_type)) {
        exc_raise(&exc_TypeError, "'%s' object is not a sequence", v_type_name(all));
        return -1;
    }
    for (int64_t i = 0;; i++) {
        value name = obj_getitem(all, v_small(i));
        if (!name) {
            if (!exc_matches(&exc_IndexError))
                return -1;
            exc_clear();
            return 0;
        }
        if (!v_isinstance(name, &str_type)) {
            value mn = obj_getattr_cstr(module, "__name__");
            if (!mn)
                return -1;
            if (!v_is_str(mn))
                exc_raise(&exc_TypeError, "module __name__ must be a string, not %s", v_type_name(mn));
            else
                exc_raise(&exc_TypeError, "%s in %S.%s must be str, not %s", public_only ? "Key" : "Item", mn,
                          public_only ? "__dict__" : "__all__", v_type_name(name));
            return -1;
        }
        if (public_only && str_data(name)[0] == '_')
            continue;
        if (star_bind(module, locals, name) < 0)
            return -1;
    }
}
