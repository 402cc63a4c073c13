/* `taipan -m mod` and `taipan FOLDER` (a folder holding __main__.py), as
 * CPython's runpy runs them (its _run_module_as_main, written here in C
 * since Taipan has no importlib package yet): the module's spec comes
 * from the import system (import_find_spec: the parent package is
 * imported first, a package runs its __main__ submodule), its loader
 * gives the code, and the code runs in the __main__ module with
 * __name__ '__main__', __spec__, __file__, __loader__, __package__ and
 * __cached__ from the spec. A module that cannot be run is reported as
 * runpy reports it, "<sys.executable>: <message>", exit status 1; an
 * exception raised while importing a parent package is an ordinary
 * uncaught exception. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "cli_internal.h"
#include "modules/sysmodule.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/exc.h"
#include "vm/import.h"

/* What finding a module gives: its spec and code, or runpy's message. */
typedef struct cli_found {
    value name, spec, code;
    value msg;      /* str: the module cannot be run, and why */
} cli_found;

/* getattr(o, name), absent (AttributeError) as V_NULL without exception. */
static value cli_attr(value o, const char *name)
{
    value v = obj_getattr_cstr(o, name);
    if (!v && exc_matches(&exc_AttributeError))
        exc_clear();
    return v;
}

/* Whether `exc` (an ImportError raised importing pkg) is about pkg or one
 * of its ancestors being missing: then find_spec reports it. */
static bool cli_missing_parent(value exc, value pkg)
{
    if (!exc || !v_isinstance(exc, &exc_ImportError))
        return false;
    value n = exc_slot(exc, EXC_IMPORT_NAME);
    if (!v_is_str(n))
        return false;
    const char *e = str_data(n), *p = str_data(pkg);
    size_t len = strlen(e);
    return !strcmp(e, p) || (!strncmp(p, e, len) && p[len] == '.');
}

static int cli_fail(cli_found *f, value msg)
{
    f->msg = msg;
    return msg ? 1 : -1;
}

/* The package part: imports the parent first (so its own errors show as
 * such). 0 on, -1 an exception to report. */
static int cli_import_parent(value name)
{
    const char *s = str_data(name), *dot = strrchr(s, '.');
    if (!dot)
        return 0;
    value pkg = str_from_utf8(s, (size_t)(dot - s));
    if (!pkg)
        return -1;
    if (import_module(pkg))
        return 0;
    value exc = exc_fetch();
    if (cli_missing_parent(exc, pkg))
        return 0;
    exc_restore(exc);
    return -1;
}

/* The errors of find_spec that runpy turns into its message. */
static bool cli_finder_error(value exc)
{
    return v_isinstance(exc, &exc_ImportError) || v_isinstance(exc, &exc_AttributeError) ||
           v_isinstance(exc, &exc_TypeError) || v_isinstance(exc, &exc_ValueError);
}

static int cli_find(value name, cli_found *f);

/* A package: its __main__ submodule, with runpy's message when that is
 * missing too. */
static int cli_find_package_main(value name, cli_found *f)
{
    const char *s = str_data(name);
    size_t n = strlen(s);
    if (!strcmp(s, "__main__") || (n > 9 && !strcmp(s + n - 9, ".__main__")))
        return cli_fail(f, str_from_cstr("Cannot use package as __main__ module"));
    value sub = str_format("%S.__main__", name);
    if (!sub)
        return -1;
    int r = cli_find(sub, f);
    if (r != 1)
        return r;
    value m = dict_get(import_modules(), name);
    if (!m)
        return exc_occurred() ? -1 : 1;   /* nothing loaded: being a package is irrelevant */
    return cli_fail(f, str_format("%S; %R is a package and cannot be directly executed", f->msg, name));
}

/* The code of the module named `name`: 0 (f->spec, f->code set), 1
 * (f->msg says why not), -1 (an exception to report). */
static int cli_find(value name, cli_found *f)
{
    f->name = name;
    if (str_data(name)[0] == '.')
        return cli_fail(f, str_from_cstr("Relative module names not supported"));
    if (cli_import_parent(name) < 0)
        return -1;
    value spec = import_find_spec(name);
    if (!spec) {
        value exc = exc_fetch();
        if (!exc || !cli_finder_error(exc)) {
            exc_restore(exc);
            return -1;
        }
        const char *s = str_data(name);
        size_t n = strlen(s);
        value msg = str_format("Error while finding module specification for %R (%s: %S)", name,
                               v_type_name(exc), exc);
        value stem = n > 3 && !strcmp(s + n - 3, ".py") ? str_from_utf8(s, n - 3) : V_NULL;
        if (msg && stem)
            msg = str_format("%S. Try using '%S' instead of '%S' as the module name.", msg, stem, name);
        return cli_fail(f, msg);
    }
    if (spec == V_NONE)
        return cli_fail(f, str_format("No module named %S", name));
    value smsl = obj_getattr_cstr(spec, "submodule_search_locations");
    if (!smsl)
        return -1;
    if (smsl != V_NONE)
        return cli_find_package_main(name, f);
    value loader = obj_getattr_cstr(spec, "loader");
    if (!loader)
        return -1;
    if (loader == V_NONE)
        return cli_fail(f, str_format("%R is a namespace package and cannot be executed", name));
    value get_code = cli_attr(loader, "get_code");
    value code = get_code ? obj_call1(get_code, name) : exc_occurred() ? V_NULL : V_NONE;
    if (!code) {
        if (!exc_matches(&exc_ImportError))
            return -1;
        value e = exc_fetch();
        return cli_fail(f, obj_str(e));
    }
    if (code == V_NONE)
        return cli_fail(f, str_format("No code object available for %S", name));
    f->spec = spec;
    f->code = code;
    return 0;
}

/* runpy's _run_code: the spec's attributes as the module's globals. */
static int cli_init_main(value main, value spec)
{
    value d = module_dict(main);
    value loader = obj_getattr_cstr(spec, "loader");
    value parent = loader ? obj_getattr_cstr(spec, "parent") : V_NULL;
    value cached = parent ? obj_getattr_cstr(spec, "cached") : V_NULL;
    value has_loc = cached ? obj_getattr_cstr(spec, "has_location") : V_NULL;
    int t = has_loc ? obj_truthy(has_loc) : -1;
    if (t < 0)
        return -1;
    value origin = t ? obj_getattr_cstr(spec, "origin") : V_NONE;
    if (!origin)
        return -1;
    value name = str_from_cstr("__main__");
    return !name || dict_set_cstr(d, "__name__", name) < 0 || dict_set_cstr(d, "__file__", origin) < 0 ||
                   dict_set_cstr(d, "__cached__", cached) < 0 || dict_set_cstr(d, "__doc__", V_NONE) < 0 ||
                   dict_set_cstr(d, "__loader__", loader) < 0 || dict_set_cstr(d, "__package__", parent) < 0 ||
                   dict_set_cstr(d, "__spec__", spec) < 0
               ? -1 : 0;
}

/* runpy's error exit: "<sys.executable>: <message>", status 1. */
static int cli_cannot_run(const cli_options *o, value msg)
{
    value exe = sys_get("executable");
    fflush(stdout);
    fprintf(stderr, "%s: %s\n", exe && v_is_str(exe) ? str_data(exe) : o->program, str_data(msg));
    return cli_finish(o, 1, false);
}

/* Looks `name` up and runs it in main; argv0: sys.argv[0] becomes the
 * module's file (-m), else stays. `folder`: the folder run as a program
 * (its __main__ is registered only once found). */
static int cli_run_found(const cli_options *o, value main, value name, bool argv0, const char *folder)
{
    cli_found f = { 0 };
    int r = name ? cli_find(name, &f) : -1;
    if (r == 1 && f.msg && folder && strstr(str_data(f.msg), "__main__"))
        f.msg = str_format("can't find '__main__' module in '%s'", folder);
    if (r == 1 && f.msg)
        return cli_cannot_run(o, f.msg);
    if (r != 0 || (folder && import_set_main(main) < 0) || cli_init_main(main, f.spec) < 0)
        return cli_exec(o, V_NULL, main);   /* reports the exception */
    value argv = sys_get("argv"), origin = argv0 ? obj_getattr_cstr(f.spec, "origin") : V_NONE;
    if (!origin)
        return cli_exec(o, V_NULL, main);
    if (argv0 && argv && v_is_list(argv) && list_len(argv) > 0)
        v_list(argv)->items[0] = origin;
    return cli_exec(o, f.code, main);
}

int cli_run_module(const cli_options *o)
{
    char cwd[4096];
    const char *path0 = getcwd(cwd, sizeof cwd) ? cwd : "";
    value main = cli_start(o, NULL, path0, true);
    if (!main)
        return 1;
    value name = str_from_cstr(o->target);
    return cli_run_found(o, main, name, true, NULL);
}

int cli_run_folder(const cli_options *o)
{
    char *dir = cli_abs(o->target);
    if (!dir)
        return 1;
    value main = cli_start(o, NULL, dir, false);
    int status = 1;
    if (main) {
        value name = str_from_cstr("__main__");
        status = cli_run_found(o, main, name, false, dir);
    }
    free(dir);
    return status;
}
