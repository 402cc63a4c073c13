/* Importing from the file system (import.h): PathFinder, the meta-path
 * finder for sys.path and packages' __path__; FileFinder, the finder of
 * one folder (what the default sys.path_hooks entry makes); and the
 * loaders of what it finds, SourceFileLoader (m.py) and
 * SourcelessFileLoader (a lone m.pyc).
 *
 * FileFinder looks, as CPython's does, first for a package (m/__init__.py
 * or m/__init__.pyc), then for m.py, then m.pyc; a folder m/ without
 * __init__ is remembered as a namespace portion, which PathFinder
 * gathers over all entries when nothing else is found. It stats the
 * candidates each time rather than caching the folder's listing, so a
 * module written while the program runs is found without
 * importlib.invalidate_caches(). Extension modules (.so) are not
 * loadable and not looked for.
 *
 * The bytecode cache: SourceFileLoader.get_code stats the source, asks
 * pyc_read for __pycache__/m.taipan-311.pyc (valid for this mtime and
 * size), and only when that fails reads and compiles the source, then
 * writes the cache unless sys.dont_write_bytecode (pyc_write is atomic
 * and silent: a read-only folder just means no cache). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pycompile.h"
#include "import_internal.h"
#include "import.h"
#include "code.h"
#include "eval.h"
#include "exc.h"
#include "pyc.h"
#include "../front/compile.h"
#include "../front/parser.h"
#include "../gc/gc.h"
#include "../modules/builtins.h"
#include "../modules/sysmodule.h"
#include "../objects/bytes.h"
#include "../objects/cfunction.h"
#include "../objects/codecs.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

/* -- Small file helpers --------------------------------------------------------------- */

static bool stat_is(const char *p, mode_t kind)
{
    struct stat st;
    return stat(p, &st) == 0 && (st.st_mode & S_IFMT) == kind;
}

/* A str naming a path that C can take (no embedded NUL). */
static bool c_path_ok(value s) { return v_is_str(s) && strlen(str_data(s)) == str_size(s); }

static value raise_os_error(int err, const char *path)
{
    value args[3] = { v_small(err), str_from_cstr(strerror(err)), str_from_cstr(path) };
    if (!args[1] || !args[2])
        return V_NULL;
    value e = exc_new(&exc_OSError, 3, args);
    return e ? exc_raise_value(e) : V_NULL;
}

/* The whole file (malloc'd, *len bytes), or NULL with OSError set. */
static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        raise_os_error(errno, path);
        return NULL;
    }
    size_t cap = 1 << 14, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb)
            free(buf);
        buf = nb;
        cap *= 2;
    }
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (!buf) {
        exc_no_memory();
        return NULL;
    }
    if (err) {
        free(buf);
        raise_os_error(err, path);
        return NULL;
    }
    *len = n;
    return buf;
}

static value join(value dir, const char *name, const char *suffix)
{
    return str_format("%S/%s%s", dir, name, suffix);
}

/* -- File loaders --------------------------------------------------------------------- */

typedef struct file_loader {
    object hdr;
    value name;   /* the module's full name */
    value path;   /* the file */
} file_loader;

static file_loader *as_loader(value v) { return (file_loader *)v_obj(v); }

static bool is_file_loader(value v)
{
    return v_is_ptr(v) && (v_obj(v)->type == &source_loader_type || v_obj(v)->type == &sourceless_loader_type);
}

static value loader_new(type_object *t, value name, value path)
{
    file_loader *l = (file_loader *)gc_alloc(t, t->basicsize);
    if (!l)
        return V_NULL;
    l->name = name;
    l->path = path;
    return v_from_obj(l);
}

static void loader_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((file_loader *)o)->name);
    gc_mark_value(t, ((file_loader *)o)->path);
}

static value loader_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "fullname", "path" };
    value a[2];
    if (num_parse_args(t->name, argc, argv, kwnames, names, 2, 2, 2, a) < 0)
        return V_NULL;
    return loader_new(t, a[0], a[1]);
}

/* A code object loaded from a cache that was written for a source at
 * another path (the folder was moved or copied): its co_filename, and
 * that of every code object inside, becomes the real path, as
 * importlib's _fix_up_module / _imp._fix_co_filename do. */
void import_fix_co_filename(value code, value old, value path)
{
    code_object *co = v_code(code);
    if (!v_is_str(co->filename) || !str_eq(co->filename, old))
        return;
    co->filename = path;
    for (size_t i = 0; i < tuple_len(co->consts); i++)
        if (v_is_code(tuple_get(co->consts, i)))
            import_fix_co_filename(tuple_get(co->consts, i), old, path);
}

/* The SyntaxWarnings met while compiling an imported module, printed as
 * CPython's warnings module prints them: "path:line: SyntaxWarning: msg"
 * and the line. */
typedef struct warn_src {
    const char *path, *src;
    size_t len;
} warn_src;

static void print_warning(void *ctx, int lineno, const char *msg)
{
    warn_src *w = ctx;
    pycompile_print_warning(w->path, lineno, msg, w->src, w->len);
}

/* Parses and compiles a module's source. */
static value compile_module(const char *src, size_t len, const char *path)
{
    ast_arena a;
    arena_init(&a);
    diag err;
    diag_init(&err);
    warn_src w = { path, src, len };
    value code = V_NULL;
    ast_node *mod = parse_source_ex(src, len, path, PARSE_FILE, 0, &a, &err, print_warning, &w);
    /* -O / -OO (sys.flags.optimize) shape every module compiled */
    int flags = sys_config.optimize >= 2 ? COMPILE_OPTIMIZE | COMPILE_NO_DOCSTRINGS
                : sys_config.optimize ? COMPILE_OPTIMIZE : 0;
    if (mod)
        code = compile_ast_warn(mod, path, PARSE_FILE, flags, src, len, &err, print_warning, &w);
    arena_free(&a);
    if (!code && err.type != DIAG_NONE)
        import_raise_diag(&err);
    diag_clear(&err);
    if (code)
        import_compile_count++;
    return code;
}

static const char *cache_prefix(void)
{
    value p = sys_get("pycache_prefix");
    return p && c_path_ok(p) ? str_data(p) : NULL;
}

static bool may_write_bytecode(void)
{
    value d = sys_get("dont_write_bytecode");
    if (!d)
        return true;
    int t = obj_truthy(d);
    if (t < 0) {
        exc_clear();
        return true;
    }
    return !t;
}

/* The code of a source module: from its cache when valid, else compiled
 * (and cached). */
static value source_get_code(value path)
{
    if (!c_path_ok(path))
        return exc_raise(&exc_ValueError, "embedded null character in path");
    const char *p = str_data(path);
    struct stat st;
    pyc_source src = { 0, 0, NULL, 0, p };
    char *cache = NULL;
    if (stat(p, &st) == 0) {
        src.mtime = (int64_t)st.st_mtime;
        src.size = (uint64_t)st.st_size;
        cache = pyc_cache_path_opt(p, cache_prefix(), sys_config.optimize);
        value code = cache ? pyc_read(cache, &src, (enum pyc_check)import_check_hash_pycs) : V_NULL;
        if (code) {
            import_trace(1, "# %s matches %s", cache, p);
            import_trace(1, "# code object from '%s'", cache);
            free(cache);
            import_fix_co_filename(code, v_code(code)->filename, path);
            return code;
        }
        exc_clear();   /* pyc_read raises nothing; be safe */
    }
    size_t len;
    char *text = read_all(p, &len);
    if (!text) {
        free(cache);
        return V_NULL;
    }
    value code = compile_module(text, len, p);
    if (code) {
        import_trace(1, "# code object from %s", p);
        src.bytes = (const uint8_t *)text;
        src.len = len;
        if (cache && may_write_bytecode() && pyc_write(cache, code, &src, false, false) == 0)
            import_trace(1, "# created '%s'", cache);
    }
    free(text);
    free(cache);
    return code;
}

static value sourceless_get_code(value name, value path)
{
    if (!c_path_ok(path))
        return exc_raise(&exc_ValueError, "embedded null character in path");
    value code = pyc_read(str_data(path), NULL, (enum pyc_check)import_check_hash_pycs);
    if (code) {
        import_trace(1, "# code object from %s", str_data(path));
        return code;
    }
    exc_clear();
    value msg = str_format("bad magic number or corrupt bytecode in %R", name);
    return msg ? import_error(&exc_ImportError, msg, name, path) : V_NULL;
}

static value loader_get_code(value self)
{
    file_loader *l = as_loader(self);
    return v_obj(self)->type == &source_loader_type ? source_get_code(l->path)
                                                    : sourceless_get_code(l->name, l->path);
}

/* Runs the module's code in its namespace (exec(code, module.__dict__)). */
static int exec_in(value code, value module)
{
    value d = obj_getattr_cstr(module, "__dict__");
    if (!d)
        return -1;
    if (!v_is_dict(d)) {
        exc_raise(&exc_TypeError, "module __dict__ is not a dict");
        return -1;
    }
    if (!dict_get_cstr(d, "__builtins__") && dict_set_cstr(d, "__builtins__", module_dict(builtins_module)) < 0)
        return -1;
    return eval_code(code, d, d) ? 0 : -1;
}

bool file_loader_exec(value loader, value module, int *status)
{
    if (!is_file_loader(loader))
        return false;
    value code = loader_get_code(loader);
    *status = code ? exec_in(code, module) : -1;
    return true;
}

static value fl_create_module(value self, int argc, const value *argv, value kwnames) { return V_NONE; }

static value fl_exec_module(value self, int argc, const value *argv, value kwnames)
{
    int status;
    file_loader_exec(self, argv[0], &status);
    return status < 0 ? V_NULL : V_NONE;
}

/* The loader answers only for its own module ("loader for a cannot
 * handle b"), as importlib's _check_name. */
static int check_name(value self, value name)
{
    if (!name || name == V_NONE)
        return 0;
    int eq = obj_richcompare_bool(name, as_loader(self)->name, CMP_EQ);
    if (eq < 0)
        return -1;
    if (!eq) {
        value msg = str_format("loader for %S cannot handle %S", as_loader(self)->name, name);
        if (msg)
            import_error(&exc_ImportError, msg, name, V_NULL);
        return -1;
    }
    return 0;
}

static value fl_get_filename(value self, int argc, const value *argv, value kwnames)
{
    if (argc > 1)
        return exc_raise(&exc_TypeError, "get_filename() takes at most 1 argument");
    return check_name(self, argc ? argv[0] : V_NULL) < 0 ? V_NULL : as_loader(self)->path;
}

static value fl_get_code(value self, int argc, const value *argv, value kwnames)
{
    return check_name(self, argv[0]) < 0 ? V_NULL : loader_get_code(self);
}

static value fl_is_package(value self, int argc, const value *argv, value kwnames)
{
    value path = as_loader(self)->path, name = argv[0];
    if (!v_is_str(path) || !v_is_str(name))
        return V_FALSE;
    const char *base = strrchr(str_data(path), '/');
    base = base ? base + 1 : str_data(path);
    const char *tail = strrchr(str_data(name), '.');
    tail = tail ? tail + 1 : str_data(name);
    return v_bool(!strncmp(base, "__init__.", 9) && strchr(base + 9, '.') == NULL && strcmp(tail, "__init__"));
}

static value fl_get_data(value self, int argc, const value *argv, value kwnames)
{
    if (!c_path_ok(argv[0]))
        return exc_raise(&exc_TypeError, "get_data() argument must be a path str");
    size_t len;
    char *d = read_all(str_data(argv[0]), &len);
    if (!d)
        return V_NULL;
    value b = bytes_from(d, len);
    free(d);
    return b;
}

/* The source text, decoded as UTF-8 with universal newlines. */
static value fl_get_source(value self, int argc, const value *argv, value kwnames)
{
    if (check_name(self, argv[0]) < 0)
        return V_NULL;
    if (v_obj(self)->type == &sourceless_loader_type)
        return V_NONE;
    value b = fl_get_data(self, 1, &as_loader(self)->path, V_NULL);
    if (!b)
        return V_NULL;
    char *t = malloc(bytes_size(b) + 1);
    if (!t)
        return exc_no_memory();
    size_t n = 0;
    const char *s = bytes_data(b);
    for (size_t i = 0; i < bytes_size(b); i++) {
        if (s[i] == '\r') {
            t[n++] = '\n';
            if (i + 1 < bytes_size(b) && s[i + 1] == '\n')
                i++;
        } else {
            t[n++] = s[i];
        }
    }
    value r = codec_decode(b, t, n, "utf-8", "strict");
    free(t);
    return r;
}

static value fl_path_stats(value self, int argc, const value *argv, value kwnames)
{
    struct stat st;
    if (!c_path_ok(argv[0]))
        return exc_raise(&exc_TypeError, "path_stats() argument must be a path str");
    if (stat(str_data(argv[0]), &st) < 0)
        return raise_os_error(errno, str_data(argv[0]));
    value d = dict_new(), mt = float_new((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
    value sz = int_from_i64((int64_t)st.st_size);
    if (!d || !mt || !sz || dict_set_cstr(d, "mtime", mt) < 0 || dict_set_cstr(d, "size", sz) < 0)
        return V_NULL;
    return d;
}

static value fl_get_name(value self) { return as_loader(self)->name; }
static value fl_get_path(value self) { return as_loader(self)->path; }

static int no_delete(void)
{
    exc_raise(&exc_AttributeError, "can't delete attribute");
    return -1;
}

static int fl_set_name(value self, value v)
{
    if (!v)
        return no_delete();
    as_loader(self)->name = v;
    return 0;
}

static int fl_set_path(value self, value v)
{
    if (!v)
        return no_delete();
    as_loader(self)->path = v;
    return 0;
}

/* importlib's FileLoader: equal when of the same class with the same
 * name and path; hash(name) ^ hash(path). */
static value fl_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || v_type(a) != v_type(b))
        return V_NOTIMPL;
    int eq = obj_richcompare_bool(as_loader(a)->name, as_loader(b)->name, CMP_EQ);
    if (eq > 0)
        eq = obj_richcompare_bool(as_loader(a)->path, as_loader(b)->path, CMP_EQ);
    return eq < 0 ? V_NULL : v_bool((op == CMP_EQ) == (eq == 1));
}

static int fl_hash(value self, int64_t *out)
{
    int64_t a, b;
    if (obj_hash(as_loader(self)->name, &a) < 0 || obj_hash(as_loader(self)->path, &b) < 0)
        return -1;
    *out = (a ^ b) == -1 ? -2 : (a ^ b);
    return 0;
}

static const getset_def fl_getsets[] = {
    { "name", fl_get_name, fl_set_name, NULL },
    { "path", fl_get_path, fl_set_path, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def fl_methods[] = {
    { "create_module", fl_create_module, METH_O, "Use default semantics for module creation." },
    { "exec_module", fl_exec_module, METH_O, "Execute the module." },
    { "get_filename", fl_get_filename, METH_FAST, "Return the path to the source file as found by the finder." },
    { "get_code", fl_get_code, METH_O, "Return the code object of the module." },
    { "is_package", fl_is_package, METH_O, "Whether the file is a package's __init__." },
    { "get_data", fl_get_data, METH_O, "Return the data from path as raw bytes." },
    { "get_source", fl_get_source, METH_O, "Return the source of the module (None without one)." },
    { "path_stats", fl_path_stats, METH_O, "Return the metadata for the path." },
    { NULL, NULL, 0, NULL },
};

type_object source_loader_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_frozen_importlib_external.SourceFileLoader",
    .basicsize = sizeof(file_loader),
    .flags = TYPE_BASETYPE,
    .trace = loader_trace,
    .hash = fl_hash,
    .richcompare = fl_richcompare,
    .new = loader_tp_new,
    .methods = fl_methods,
    .getsets = fl_getsets,
    .doc = "Concrete implementation of SourceLoader using the file system.",
};

type_object sourceless_loader_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_frozen_importlib_external.SourcelessFileLoader",
    .basicsize = sizeof(file_loader),
    .flags = TYPE_BASETYPE,
    .trace = loader_trace,
    .hash = fl_hash,
    .richcompare = fl_richcompare,
    .new = loader_tp_new,
    .methods = fl_methods,
    .getsets = fl_getsets,
    .doc = "Loader which handles sourceless file imports.",
};

/* -- FileFinder ----------------------------------------------------------------------- */

typedef struct file_finder {
    object hdr;
    value path;   /* the folder, absolute */
} file_finder;

static void finder_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((file_finder *)o)->path); }

/* A finder for folder `path` ('' and '.' mean the working directory; a
 * relative folder is taken from there). */
static value finder_new(value path)
{
    value abs = path;
    if (!c_path_ok(path))
        return exc_raise(&exc_ValueError, "embedded null character in path");
    if (str_size(path) == 0 || str_eq_cstr(path, ".") || str_data(path)[0] != '/') {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd))
            return raise_os_error(errno, ".");
        abs = str_size(path) == 0 || str_eq_cstr(path, ".") ? str_from_cstr(cwd) : str_format("%s/%S", cwd, path);
        if (!abs)
            return V_NULL;
    }
    file_finder *f = (file_finder *)gc_alloc(&file_finder_type, sizeof *f);
    if (!f)
        return V_NULL;
    f->path = abs;
    return v_from_obj(f);
}

/* spec_from_file_location(name, location, loader=loader, submodule_search_locations=smsl) */
static value file_spec(value name, value location, type_object *loader_type, value smsl)
{
    value loader = loader_new(loader_type, name, location);
    value spec = loader ? spec_new(name, loader, location, false) : V_NULL;
    if (!spec || spec_set(spec, "_set_fileattr", V_TRUE) < 0)
        return V_NULL;
    if (smsl && spec_set(spec, "submodule_search_locations", smsl) < 0)
        return V_NULL;
    return spec;
}

static const struct { const char *suffix; type_object *loader; } suffixes[] = {
    { ".py", &source_loader_type },
    { ".pyc", &sourceless_loader_type },
};

/* FileFinder.find_spec(fullname): a package, a module or a namespace
 * portion in this folder, else None. */
static value finder_find_spec(value self, value fullname)
{
    value dir = ((file_finder *)v_obj(self))->path;
    if (!c_path_ok(fullname) || !c_path_ok(dir))
        return V_NONE;
    const char *full = str_data(fullname), *dot = strrchr(full, '.');
    const char *tail = dot ? dot + 1 : full;
    value base = join(dir, tail, "");
    if (!base)
        return V_NULL;
    bool is_namespace = false;
    if (stat_is(str_data(base), S_IFDIR)) {
        for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
            value init = str_format("%S/__init__%s", base, suffixes[i].suffix);
            if (!init)
                return V_NULL;
            import_trace(2, "# trying %s", str_data(init));
            if (stat_is(str_data(init), S_IFREG)) {
                value smsl = list_from_array(&base, 1);
                return smsl ? file_spec(fullname, init, suffixes[i].loader, smsl) : V_NULL;
            }
        }
        is_namespace = true;
    }
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        value file = join(dir, tail, suffixes[i].suffix);
        if (!file)
            return V_NULL;
        import_trace(2, "# trying %s", str_data(file));
        if (stat_is(str_data(file), S_IFREG))
            return file_spec(fullname, file, suffixes[i].loader, V_NULL);
    }
    if (!is_namespace)
        return V_NONE;
    import_trace(1, "# possible namespace for %s", str_data(base));
    value spec = spec_new(fullname, V_NONE, V_NONE, false);
    value smsl = spec ? list_from_array(&base, 1) : V_NULL;
    if (!smsl || spec_set(spec, "submodule_search_locations", smsl) < 0)
        return V_NULL;
    return spec;
}

static value ff_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    if (argc < 1 || kwnames)
        return exc_raise(&exc_TypeError, "FileFinder() takes a path and loader details");
    return finder_new(argv[0]);   /* the loader details are Taipan's own, whatever is asked */
}

static value ff_find_spec(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "fullname", "target" };
    value a[2];
    if (num_parse_args("find_spec", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    return finder_find_spec(self, a[0]);
}

static value ff_invalidate(value self, int argc, const value *argv, value kwnames) { return V_NONE; }

static value ff_get_path(value self) { return ((file_finder *)v_obj(self))->path; }

static value ff_repr(value self) { return str_format("FileFinder(%R)", ff_get_path(self)); }

/* The sys.path_hooks entry: a FileFinder for a folder, ImportError else. */
static value path_hook(value self, int argc, const value *argv, value kwnames)
{
    value p = argv[0];
    if (!c_path_ok(p) || !stat_is(str_size(p) ? str_data(p) : ".", S_IFDIR)) {
        value msg = str_from_cstr("only directories are supported");
        return msg ? import_error(&exc_ImportError, msg, V_NULL, p) : V_NULL;
    }
    return finder_new(p);
}

static const method_def hook_def = { "path_hook_for_FileFinder", path_hook, METH_O,
                                     "Path hook for importlib.machinery.FileFinder." };
static value hook_func;

value import_file_hook(void)
{
    if (!hook_func) {
        value name = str_from_cstr("_frozen_importlib_external");
        value f = name ? cfunc_new(&hook_def, V_NULL, name) : V_NULL;
        if (!f)
            return V_NULL;
        hook_func = f;
        gc_root(&hook_func);
    }
    return hook_func;
}

static value ff_path_hook(value cls, int argc, const value *argv, value kwnames) { return import_file_hook(); }

static const getset_def ff_getsets[] = {
    { "path", ff_get_path, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def ff_methods[] = {
    { "find_spec", ff_find_spec, METH_KEYWORDS, "Try to find a spec for the specified module." },
    { "invalidate_caches", ff_invalidate, METH_NOARGS, "Invalidate the directory mtime (Taipan keeps no cache)." },
    { "path_hook", ff_path_hook, METH_FAST | METH_CLASS, "The path hook making FileFinders (loader details are ignored)." },
    { NULL, NULL, 0, NULL },
};

type_object file_finder_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_frozen_importlib_external.FileFinder",
    .basicsize = sizeof(file_finder),
    .trace = finder_trace,
    .repr = ff_repr,
    .new = ff_tp_new,
    .methods = ff_methods,
    .getsets = ff_getsets,
    .doc = "File-based finder.",
};

/* -- Zip archives ----------------------------------------------------------------------- */

/* The first sys.path_hooks entry, as CPython's zipimport.zipimporter: a
 * path naming a file (a zip archive, or a folder inside one) gets
 * CPython's zipimport.zipimporter, imported the first time one is met;
 * anything else is refused at once, so start-up never loads zipimport. */
static value zip_hook(value self, int argc, const value *argv, value kwnames)
{
    value p = argv[0];
    if (!c_path_ok(p) || !str_size(p) || stat_is(str_data(p), S_IFDIR)) {
        value msg = str_from_cstr("not a Zip file");
        return msg ? import_error(&exc_ImportError, msg, V_NULL, p) : V_NULL;
    }
    /* zipimport needs importlib's bootstrap modules (lib/importlib).
     * Importing them walks sys.path, which may hold this very archive:
     * meanwhile the hook refuses, so that walk skips it (the None cached
     * for it then is replaced by the finder made here). */
    static bool loading;
    if (loading) {
        value msg = str_from_cstr("zipimport is being loaded");
        return msg ? import_error(&exc_ImportError, msg, V_NULL, p) : V_NULL;
    }
    loading = true;
    value m = import_module_cstr("importlib");
    value zi = m ? import_module_cstr("zipimport") : V_NULL;
    loading = false;
    value cls = zi ? obj_getattr_cstr(zi, "zipimporter") : V_NULL;
    if (!cls) {
        if (!exc_matches(&exc_ImportError))
            return V_NULL;
        exc_clear();
        value msg = str_from_cstr("zipimport is not available");
        return msg ? import_error(&exc_ImportError, msg, V_NULL, p) : V_NULL;
    }
    return obj_call1(cls, p);
}

static const method_def zip_hook_def = { "zipimporter", zip_hook, METH_O,
                                         "Path hook for zip archives (CPython's zipimport.zipimporter)." };
static value zip_hook_func;

value import_zip_hook(void)
{
    if (!zip_hook_func) {
        value name = str_from_cstr("zipimport");
        value f = name ? cfunc_new(&zip_hook_def, V_NULL, name) : V_NULL;
        if (!f)
            return V_NULL;
        zip_hook_func = f;
        gc_root(&zip_hook_func);
    }
    return zip_hook_func;
}

/* -- PathFinder ------------------------------------------------------------------------- */

/* The finder for one sys.path entry, through sys.path_hooks; None when no
 * hook takes it. */
static value hooks_finder(value entry)
{
    value hooks = sys_get("path_hooks");
    if (!hooks || hooks == V_NONE)
        return V_NONE;
    value it = obj_iter(hooks);
    if (!it)
        return V_NULL;
    for (value hook; (hook = obj_next(it));) {
        value f;
        if (hook == hook_func) {   /* Taipan's own: no Python call, no ImportError made */
            if (!c_path_ok(entry) || !stat_is(str_data(entry), S_IFDIR))
                continue;
            f = finder_new(entry);
        } else if (hook == zip_hook_func && (!c_path_ok(entry) || stat_is(str_data(entry), S_IFDIR))) {
            continue;   /* a folder: not a zip archive, no ImportError made */
        } else {
            f = obj_call1(hook, entry);
        }
        if (f)
            return f;
        if (!exc_matches(&exc_ImportError))
            return V_NULL;
        exc_clear();
    }
    return exc_occurred() ? V_NULL : V_NONE;
}

/* sys.path_importer_cache[entry], filled through the hooks when missing
 * ('' is the working directory). */
static value cached_finder(value entry)
{
    if (str_size(entry) == 0) {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd))
            return V_NONE;
        entry = str_from_cstr(cwd);
        if (!entry)
            return V_NULL;
    }
    value cache = sys_get("path_importer_cache");
    if (!cache)
        return exc_raise(&exc_ImportError, "lost sys.path_importer_cache");
    value f = v_is_dict(cache) ? dict_get(cache, entry) : obj_getitem(cache, entry);
    if (f)
        return f;
    if (exc_occurred()) {
        if (!exc_matches(&exc_KeyError))
            return V_NULL;
        exc_clear();
    }
    f = hooks_finder(entry);
    if (!f || obj_setitem(cache, entry, f) < 0)
        return V_NULL;
    return f;
}

/* The spec one path entry's finder gives (None: not there). */
static value entry_spec(value finder, value fullname)
{
    if (v_isinstance_exact(finder, &file_finder_type))
        return finder_find_spec(finder, fullname);
    value fs = obj_getattr_cstr(finder, "find_spec");
    if (!fs) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();   /* a finder without find_spec (3.12 drops find_module too) */
        return V_NONE;
    }
    value args[2] = { fullname, V_NONE };
    return obj_call(fs, 2, args, V_NULL);
}

value path_find_spec(value fullname, value path)
{
    if (!path || path == V_NONE) {
        path = sys_get("path");
        if (!path)
            return exc_raise(&exc_ImportError, "sys.path is missing");
    }
    value it = obj_iter(path);
    value ns_path = it ? list_new(0) : V_NULL;
    if (!ns_path)
        return V_NULL;
    for (value entry; (entry = obj_next(it));) {
        if (!v_is_str(entry))
            continue;
        value finder = cached_finder(entry);
        if (!finder)
            return V_NULL;
        if (finder == V_NONE)
            continue;
        value spec = entry_spec(finder, fullname);
        if (!spec)
            return V_NULL;
        if (spec == V_NONE)
            continue;
        value loader = obj_getattr_cstr(spec, "loader");
        if (!loader)
            return V_NULL;
        if (loader != V_NONE)
            return spec;
        value portions = obj_getattr_cstr(spec, "submodule_search_locations");
        if (!portions)
            return V_NULL;
        if (portions == V_NONE)
            return exc_raise(&exc_ImportError, "spec missing loader");
        if (list_extend(ns_path, portions) < 0)
            return V_NULL;
    }
    if (exc_occurred())
        return V_NULL;
    if (list_len(ns_path) == 0)
        return V_NONE;
    value spec = spec_new(fullname, V_NONE, V_NONE, false);
    if (!spec || spec_set(spec, "submodule_search_locations", ns_path) < 0)
        return V_NULL;
    return spec;
}

/* PathFinder.find_spec(fullname, path=None, target=None), classmethod */
static value pf_find_spec(value cls, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "fullname", "path", "target" };
    value a[3];
    if (num_parse_args("find_spec", argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return V_NULL;
    return path_find_spec(a[0], a[1]);
}

/* Drops cached None entries and relative ones, as importlib does. */
static value pf_invalidate(value cls, int argc, const value *argv, value kwnames)
{
    value cache = sys_get("path_importer_cache");
    if (!cache || !v_is_dict(cache))
        return V_NONE;
    value keys = list_new(0);
    size_t pos = 0;
    value k, v;
    while (keys && dict_next(cache, &pos, &k, &v))
        if ((v == V_NONE || !v_is_str(k) || str_data(k)[0] != '/') && list_append(keys, k) < 0)
            return V_NULL;
    for (size_t i = 0; keys && i < list_len(keys); i++)
        if (dict_del(cache, list_get(keys, i)) < 0)
            return V_NULL;
    return keys ? V_NONE : V_NULL;
}

static const method_def pf_methods[] = {
    { "find_spec", pf_find_spec, METH_KEYWORDS | METH_CLASS, "Try to find a spec for 'fullname' on sys.path or 'path'." },
    { "invalidate_caches", pf_invalidate, METH_NOARGS | METH_STATIC, "Call the invalidate_caches() method on all path entry finders." },
    { NULL, NULL, 0, NULL },
};

type_object path_finder_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_frozen_importlib_external.PathFinder",
    .basicsize = sizeof(object),
    .methods = pf_methods,
    .doc = "Meta path finder for sys.path and package __path__ attributes.",
};

int import_types_init(void)
{
    type_object *types[] = { &modulespec_type, &builtin_importer_type, &frozen_importer_type,
                             &namespace_loader_type, &path_finder_type, &file_finder_type,
                             &source_loader_type, &sourceless_loader_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return import_file_hook() ? 0 : -1;
}
