/* Module specs and the finders that need no file system (import.h):
 * ModuleSpec -- what a finder returns and what becomes a module's
 * __spec__, with importlib's fields, its computed `parent`, `cached` and
 * `has_location`, repr and == -- BuiltinImporter, which finds and makes
 * the C modules of src/modules/modules.c's registry, FrozenImporter,
 * which finds nothing (Taipan freezes no module, but sys.meta_path keeps
 * CPython's three entries), and NamespaceLoader, the loader of namespace
 * packages. Specs keep their fields as ordinary attributes (an inst_attrs)
 * because importlib's code and finders written in Python set and read
 * any attribute on them (_initializing, loader_state, ...). */
#include <stdlib.h>
#include <string.h>
#include "import_internal.h"
#include "import.h"
#include "exc.h"
#include "../gc/gc.h"
#include "../modules/modules.h"
#include "../modules/sysmodule.h"
#include "../objects/dict.h"
#include "../objects/instance.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/pyc.h"

/* -- ModuleSpec ---------------------------------------------------------------- */

typedef struct spec_object {
    object hdr;
    inst_attrs attrs;
} spec_object;

static void attrs_trace(object *o, gc_tracer *t) { inst_attrs_trace(&((spec_object *)o)->attrs, t); }

static value alloc_with_attrs(type_object *t)
{
    object *o = gc_alloc(t, t->basicsize);
    if (!o)
        return V_NULL;
    inst_attrs_init(v_from_obj(o));
    return v_from_obj(o);
}

int spec_set(value spec, const char *attr, value v)
{
    value n = str_intern_cstr(attr);
    return n ? obj_setattr(spec, n, v) : -1;
}

/* An attribute of self, None when it is missing. */
static value attr_or_none(value self, const char *name)
{
    value n = str_intern_cstr(name);
    if (!n)
        return V_NULL;
    value v = obj_getattr(self, n);
    if (!v && exc_matches(&exc_AttributeError)) {
        exc_clear();
        return V_NONE;
    }
    return v;
}

static int spec_init_fields(value s, value name, value loader, value origin, bool is_package)
{
    value smsl = is_package ? list_new(0) : V_NONE;
    value uninit = list_new(0);
    if (!smsl || !uninit || spec_set(s, "name", name) < 0 || spec_set(s, "loader", loader) < 0 ||
        spec_set(s, "origin", origin) < 0 || spec_set(s, "loader_state", V_NONE) < 0 ||
        spec_set(s, "submodule_search_locations", smsl) < 0 ||
        spec_set(s, "_uninitialized_submodules", uninit) < 0 ||
        spec_set(s, "_set_fileattr", V_FALSE) < 0 || spec_set(s, "_cached", V_NONE) < 0)
        return -1;
    return 0;
}

value spec_new(value name, value loader, value origin, bool is_package)
{
    value s = alloc_with_attrs(&modulespec_type);
    if (!s || spec_init_fields(s, name, loader, origin, is_package) < 0)
        return V_NULL;
    return s;
}

static value spec_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    return alloc_with_attrs(t);
}

/* ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None) */
static int spec_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "name", "loader", "origin", "loader_state", "is_package" };
    value a[5];
    if (num_parse_args("ModuleSpec", argc, argv, kwnames, names, 5, 2, 2, a) < 0)
        return -1;
    int pkg = a[4] ? obj_truthy(a[4]) : 0;
    if (pkg < 0 || spec_init_fields(self, a[0], a[1], a[2] ? a[2] : V_NONE, pkg) < 0)
        return -1;
    return a[3] ? spec_set(self, "loader_state", a[3]) : 0;
}

/* __pycache__ path of a source, or the .pyc itself (importlib's _get_cached). */
static value cached_for(value origin)
{
    if (!v_is_str(origin))
        return V_NONE;
    const char *o = str_data(origin);
    size_t n = str_size(origin);
    if (n >= 3 && !strcmp(o + n - 3, ".py")) {
        value pfx = sys_get("pycache_prefix");
        char *p = pyc_cache_path_opt(o, pfx && v_is_str(pfx) ? str_data(pfx) : NULL, sys_config.optimize);
        value r = p ? str_from_cstr(p) : exc_no_memory();
        free(p);
        return r;
    }
    if (n >= 4 && !strcmp(o + n - 4, ".pyc"))
        return origin;
    return V_NONE;
}

static value get_cached(value self)
{
    value c = attr_or_none(self, "_cached"), origin, fa;
    if (!c || c != V_NONE)
        return c;
    if (!(origin = attr_or_none(self, "origin")) || !(fa = attr_or_none(self, "_set_fileattr")))
        return V_NULL;
    int t = obj_truthy(fa);
    if (t < 0)
        return V_NULL;
    if (origin == V_NONE || !t)
        return V_NONE;
    c = cached_for(origin);
    if (!c || spec_set(self, "_cached", c) < 0)
        return V_NULL;
    return c;
}

static int set_cached(value self, value v) { return spec_set(self, "_cached", v ? v : V_NONE); }

static value get_parent(value self)
{
    value smsl = attr_or_none(self, "submodule_search_locations");
    value name = smsl ? obj_getattr_cstr(self, "name") : V_NULL;
    if (!name)
        return V_NULL;
    if (smsl != V_NONE || !v_is_str(name))
        return name;
    const char *s = str_data(name), *dot = strrchr(s, '.');
    return str_from_utf8(s, dot ? (size_t)(dot - s) : 0);
}

static value get_has_location(value self) { return attr_or_none(self, "_set_fileattr"); }

static int set_has_location(value self, value v)
{
    int t = v ? obj_truthy(v) : 0;
    return t < 0 ? -1 : spec_set(self, "_set_fileattr", v_bool(t));
}

static value spec_repr(value self)
{
    value name = attr_or_none(self, "name"), loader = name ? attr_or_none(self, "loader") : V_NULL;
    value origin = loader ? attr_or_none(self, "origin") : V_NULL;
    value smsl = origin ? attr_or_none(self, "submodule_search_locations") : V_NULL;
    if (!smsl)
        return V_NULL;
    value s = str_format("%s(name=%R, loader=%R", str_data(v_type(self)->name_str), name, loader);
    if (s && origin != V_NONE)
        s = str_format("%S, origin=%R", s, origin);
    if (s && smsl != V_NONE)
        s = str_format("%S, submodule_search_locations=%S", s, smsl);
    return s ? str_format("%S)", s) : V_NULL;
}

static value spec_richcompare(value a, value b, int op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return V_NOTIMPL;
    static const char *const fields[] = { "name", "loader", "origin", "submodule_search_locations",
                                          "cached", "has_location" };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        value x = obj_getattr_cstr(a, fields[i]), y = x ? obj_getattr_cstr(b, fields[i]) : V_NULL;
        if (!y) {
            if (!exc_matches(&exc_AttributeError))
                return V_NULL;
            exc_clear();
            return V_NOTIMPL;
        }
        int eq = obj_richcompare_bool(x, y, CMP_EQ);
        if (eq < 0)
            return V_NULL;
        if (!eq)
            return v_bool(op == CMP_NE);
    }
    return v_bool(op == CMP_EQ);
}

static const getset_def spec_getsets[] = {
    { "cached", get_cached, set_cached, NULL },
    { "parent", get_parent, NULL, "The name of the module's parent." },
    { "has_location", get_has_location, set_has_location, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object modulespec_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_frozen_importlib.ModuleSpec",
    .basicsize = sizeof(spec_object),
    .flags = TYPE_BASETYPE,
    .trace = attrs_trace,
    .repr = spec_repr,
    .richcompare = spec_richcompare,
    .new = spec_tp_new,
    .init = spec_init,
    .getsets = spec_getsets,
    .attrs_offset = offsetof(spec_object, attrs),
    .doc = "The specification for a module, used for loading.",
};

/* -- BuiltinImporter and FrozenImporter ------------------------------------------------ */

value builtin_spec(value name)
{
    value origin = str_from_cstr("built-in");
    return origin ? spec_new(name, v_from_obj(&builtin_importer_type), origin, false) : V_NULL;
}

/* 3.11.7's BuiltinImporter answers whatever `path` is (3.11.2's
 * refused any path). */
value builtin_find_spec(value name, value path)
{
    if (!v_is_str(name) || strlen(str_data(name)) != str_size(name) || !modules_is_builtin(str_data(name)))
        return V_NONE;
    return builtin_spec(name);
}

/* find_spec(fullname, path=None, target=None), classmethod */
static value bi_find_spec(value cls, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "fullname", "path", "target" };
    value a[3];
    if (num_parse_args("find_spec", argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return V_NULL;
    return builtin_find_spec(a[0], a[1]);
}

static value bi_create_module(value cls, int argc, const value *argv, value kwnames)
{
    value name = obj_getattr_cstr(argv[0], "name");
    if (!name)
        return V_NULL;
    value m = v_is_str(name) ? modules_import(name) : V_NULL;
    if (!m && !exc_occurred()) {
        value msg = str_format("%R is not a built-in module", name);
        return msg ? import_error(&exc_ImportError, msg, name, V_NULL) : V_NULL;
    }
    return m;
}

static value none_method(value cls, int argc, const value *argv, value kwnames) { return V_NONE; }
static value false_method(value cls, int argc, const value *argv, value kwnames) { return V_FALSE; }

static const method_def bi_methods[] = {
    { "find_spec", bi_find_spec, METH_KEYWORDS | METH_CLASS, "Find the spec of a built-in module." },
    { "create_module", bi_create_module, METH_O | METH_CLASS, "Create a built-in module" },
    { "exec_module", none_method, METH_O | METH_CLASS, "Exec a built-in module" },
    { "get_code", none_method, METH_O | METH_CLASS, "Return None as built-in modules do not have code objects." },
    { "get_source", none_method, METH_O | METH_CLASS, "Return None as built-in modules do not have source code." },
    { "is_package", false_method, METH_O | METH_CLASS, "Return False as built-in modules are never packages." },
    { NULL, NULL, 0, NULL },
};

type_object builtin_importer_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_frozen_importlib.BuiltinImporter",
    .basicsize = sizeof(object),
    .methods = bi_methods,
    .doc = "Meta path import for built-in modules.",
};

static value fz_find_spec(value cls, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "fullname", "path", "target" };
    value a[3];
    return num_parse_args("find_spec", argc, argv, kwnames, names, 3, 3, 1, a) < 0 ? V_NULL : V_NONE;
}

static const method_def fz_methods[] = {
    { "find_spec", fz_find_spec, METH_KEYWORDS | METH_CLASS, "Taipan freezes no module: finds nothing." },
    { NULL, NULL, 0, NULL },
};

type_object frozen_importer_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_frozen_importlib.FrozenImporter",
    .basicsize = sizeof(object),
    .methods = fz_methods,
    .doc = "Meta path import for frozen modules.",
};

/* -- NamespaceLoader ------------------------------------------------------------------ */

typedef struct ns_loader {
    object hdr;
    inst_attrs attrs;
} ns_loader;

value namespace_loader_new(value name, value path)
{
    value l = alloc_with_attrs(&namespace_loader_type);
    if (!l || spec_set(l, "_path", path) < 0 || spec_set(l, "name", name) < 0)
        return V_NULL;
    return l;
}

static value nsl_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    if (argc != 3 || kwnames)
        return exc_raise(&exc_TypeError, "NamespaceLoader() takes 3 arguments (name, path, path_finder)");
    return namespace_loader_new(argv[0], argv[1]);
}

static value true_method(value self, int argc, const value *argv, value kwnames) { return V_TRUE; }
static value empty_source(value self, int argc, const value *argv, value kwnames) { return str_from_cstr(""); }

static const method_def nsl_methods[] = {
    { "create_module", none_method, METH_O, "Use default semantics for module creation." },
    { "exec_module", none_method, METH_O, NULL },
    { "is_package", true_method, METH_O, NULL },
    { "get_source", empty_source, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

type_object namespace_loader_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_frozen_importlib_external.NamespaceLoader",
    .basicsize = sizeof(ns_loader),
    .trace = attrs_trace,
    .new = nsl_tp_new,
    .methods = nsl_methods,
    .attrs_offset = offsetof(ns_loader, attrs),
};
