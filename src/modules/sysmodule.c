/* The `sys` module (sysmodule.h): what the interpreter tells a program
 * about itself (version, implementation, limits, flags, paths), the
 * command line, the standard streams and the hooks (excepthook,
 * displayhook, audit). Values that describe the platform are CPython
 * 3.11's on x86-64 Linux where Taipan behaves the same (maxsize,
 * float_info, hash_info); where Taipan differs it says so
 * (sys.implementation.name is 'taipan', sys.version names Taipan, the
 * cache tag is taipan-311). The import system's attributes (modules,
 * meta_path, path_hooks, path_importer_cache) are added by import.c.
 *
 * sys.path is CPython's order: the script's folder ('' for -c and the
 * REPL), PYTHONPATH's entries, Taipan's own lib/ folder of the
 * repository the binary was built in, then the CPython 3.11 standard
 * library (TAIPAN_STDLIB, else /usr/lib/python3.11). */
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "sysmodule.h"
#include "modules.h"
#include "builtins.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/namespace.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/structseq.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"
#include "../vm/trace.h"
#include "../vm/frame.h"
#include "../vm/gil.h"
#include "../vm/import.h"
#include "../vm/traceback.h"

#define TAIPAN_VERSION_STR "0.1"
#define PY_MAJOR 3
#define PY_MINOR 11
#define PY_MICRO 7
#define PY_HEXVERSION 0x030B07F0

sys_config_t sys_config;
value sys_module;

static value sys_dict(void) { return module_dict(sys_module); }

value sys_get(const char *name)
{
    return sys_module ? dict_get_cstr(sys_dict(), name) : V_NULL;
}

/* -- Paths ----------------------------------------------------------------------- */

/* `path` made absolute against the working directory, with "." and ".."
 * components and repeated slashes folded (malloc'd). */
static char *abs_path(const char *path)
{
    char cwd[PATH_MAX];
    size_t cap = strlen(path) + sizeof cwd + 2;
    char *joined = malloc(cap), *out = malloc(cap);
    if (!joined || !out) {
        free(joined);
        free(out);
        return NULL;
    }
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
        snprintf(joined, cap, "%s", path);
    else
        snprintf(joined, cap, "%s/%s", cwd, path);
    size_t n = 0;
    for (char *p = joined; *p;) {
        while (*p == '/')
            p++;
        char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 0)
            break;
        if (len == 1 && p[0] == '.') {
            /* skip */
        } else if (len == 2 && p[0] == '.' && p[1] == '.') {
            while (n > 0 && out[--n] != '/')
                ;
        } else {
            out[n++] = '/';
            memcpy(out + n, p, len);
            n += len;
        }
        p += len;
    }
    if (n == 0)
        out[n++] = '/';
    out[n] = 0;
    free(joined);
    return out;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The binary's own path (malloc'd), "" when unknown. */
static char *exe_path(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    return strdup(buf);
}

/* Taipan's lib/ folder when the binary lives in (a build folder of) the
 * repository: the nearest ancestor of the binary's folder holding both
 * lib/ and src/main.c. NULL when there is none. */
static char *repo_lib(const char *exe)
{
    char *dir = strdup(exe);
    char *found = NULL;
    for (int up = 0; dir && up < 5 && !found; up++) {
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir)
            break;
        *slash = 0;
        size_t n = strlen(dir) + 16;
        char *lib = malloc(n), *marker = malloc(n);
        if (lib && marker) {
            snprintf(lib, n, "%s/lib", dir);
            snprintf(marker, n, "%s/src/main.c", dir);
            if (is_dir(lib) && is_file(marker)) {
                found = lib;
                lib = NULL;
            }
        }
        free(lib);
        free(marker);
    }
    free(dir);
    return found;
}

/* The CPython 3.11 standard library Taipan runs (malloc'd), or NULL. */
static char *stdlib_dir(void)
{
    const char *env = getenv("TAIPAN_STDLIB");
    if (env && *env)
        return abs_path(env);
    if (is_file("/usr/lib/python3.11/os.py"))
        return strdup("/usr/lib/python3.11");
    return NULL;
}

static int list_append_cstr(value l, const char *s)
{
    value v = s ? str_from_cstr(s) : V_NULL;
    return v ? list_append(l, v) : -1;
}

/* PYTHONPATH's entries, made absolute; an empty entry is the working
 * directory, as CPython reads it. */
static int add_pythonpath(value path)
{
    const char *env = sys_config.ignore_environment ? NULL : getenv("PYTHONPATH");
    if (!env || !*env)
        return 0;
    const char *p = env;
    for (;;) {
        const char *e = strchr(p, ':');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char *entry = strndup(p, len);
        char *a = entry ? abs_path(len ? entry : ".") : NULL;
        int r = list_append_cstr(path, a);
        free(entry);
        free(a);
        if (r < 0)
            return -1;
        if (!e)
            return 0;
        p = e + 1;
    }
}

/* sys.path without its first entry (sys_set_argv adds that), and the
 * prefixes, which point at the installation whose stdlib is used. */
static int set_paths(value d, const char *exe)
{
    value path = list_new(0);
    if (!path || add_pythonpath(path) < 0)
        return -1;
    char *lib = repo_lib(exe), *std = stdlib_dir();
    int r = (lib && list_append_cstr(path, lib) < 0) || (std && list_append_cstr(path, std) < 0) ? -1 : 0;
    /* prefix: /usr for /usr/lib/python3.11, else the binary's folder */
    char *prefix = strdup(std ? std : exe);
    for (int i = 0; prefix && i < 2; i++) {
        char *slash = strrchr(prefix, '/');
        if (slash && slash != prefix)
            *slash = 0;
    }
    value pv = prefix ? str_from_cstr(prefix) : V_NULL;
    value sv = std ? str_from_cstr(std) : V_NONE;
    free(lib);
    free(std);
    free(prefix);
    if (r < 0 || !pv || !sv || dict_set_cstr(d, "path", path) < 0)
        return -1;
    static const char *const prefixes[] = { "prefix", "base_prefix", "exec_prefix", "base_exec_prefix" };
    for (size_t i = 0; i < 4; i++)
        if (dict_set_cstr(d, prefixes[i], pv) < 0)
            return -1;
    return dict_set_cstr(d, "_stdlib_dir", sv);
}

int sys_set_argv(int orig_argc, char **orig_argv, int argc, char **argv, const char *script)
{
    if (!sys_module && !sysmodule_init())
        return -1;
    value d = sys_dict(), av = list_new(0), ov = list_new(0);
    if (!av || !ov)
        return -1;
    for (int i = 0; i < argc; i++)
        if (list_append_cstr(av, argv[i]) < 0)
            return -1;
    if (argc == 0 && list_append_cstr(av, "") < 0)
        return -1;
    for (int i = 0; i < orig_argc; i++)
        if (list_append_cstr(ov, orig_argv[i]) < 0)
            return -1;
    if (dict_set_cstr(d, "argv", av) < 0 || dict_set_cstr(d, "orig_argv", ov) < 0)
        return -1;
    char *dir = NULL;
    if (script) {
        char *real = realpath(script, NULL);
        dir = real ? real : abs_path(script);
        char *slash = dir ? strrchr(dir, '/') : NULL;
        if (slash)
            slash == dir ? (void)(slash[1] = 0) : (void)(*slash = 0);
    }
    value path = dict_get_cstr(d, "path");
    value first = str_from_cstr(dir ? dir : "");
    free(dir);
    if (!first)
        return -1;
    if (path && v_is_list(path)) {
        /* insert at 0 */
        if (list_append(path, V_NONE) < 0)
            return -1;
        value *items = v_list(path)->items;
        memmove(items + 1, items, (list_len(path) - 1) * sizeof(value));
        items[0] = first;
    }
    return 0;
}

/* -- Struct sequences ------------------------------------------------------------ */

static type_object version_info_type = { .hdr = { &type_type, 0, 0 }, .name = "sys.version_info" };
static type_object flags_type = { .hdr = { &type_type, 0, 0 }, .name = "sys.flags" };
static type_object float_info_type = { .hdr = { &type_type, 0, 0 }, .name = "sys.float_info" };
static type_object int_info_type = { .hdr = { &type_type, 0, 0 }, .name = "sys.int_info" };
static type_object hash_info_type = { .hdr = { &type_type, 0, 0 }, .name = "sys.hash_info" };
static type_object thread_info_type = { .hdr = { &type_type, 0, 0 }, .name = "sys.thread_info" };

static value version_info(int major, int minor, int micro, const char *level, int serial)
{
    value rl = str_from_cstr(level);
    if (!rl)
        return V_NULL;
    value items[5] = { v_small(major), v_small(minor), v_small(micro), rl, v_small(serial) };
    return structseq_new(&version_info_type, items);
}

static value make_flags(void)
{
    const sys_config_t *c = &sys_config;
    const char *seed = c->ignore_environment ? NULL : getenv("PYTHONHASHSEED");
    int hash_random = !(seed && *seed && strcmp(seed, "random") != 0 && strtoul(seed, NULL, 10) == 0);
    value items[] = {
        v_small(c->debug), v_small(c->inspect), v_small(c->interactive), v_small(c->optimize),
        v_small(c->dont_write_bytecode), v_small(c->no_user_site), v_small(c->no_site),
        v_small(c->ignore_environment), v_small(c->verbose), v_small(c->bytes_warning),
        v_small(c->quiet), v_small(hash_random), v_small(c->isolated), v_bool(c->dev_mode),
        v_small(c->utf8_mode), v_small(c->warn_default_encoding), v_bool(c->safe_path),
        v_small(int_max_str_digits == 4300 ? -1 : int_max_str_digits),
    };
    return structseq_new(&flags_type, items);
}

static value make_float_info(void)
{
    value items[] = {
        float_new(DBL_MAX), v_small(DBL_MAX_EXP), v_small(DBL_MAX_10_EXP), float_new(DBL_MIN),
        v_small(DBL_MIN_EXP), v_small(DBL_MIN_10_EXP), v_small(DBL_DIG), v_small(DBL_MANT_DIG),
        float_new(DBL_EPSILON), v_small(FLT_RADIX), v_small(FLT_ROUNDS),
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++)
        if (!items[i])
            return V_NULL;
    return structseq_new(&float_info_type, items);
}

/* CPython's digits: Taipan's big ints are GMP's, but code that sizes
 * buffers or picks algorithms by these values expects CPython's. */
static value make_int_info(void)
{
    value items[] = { v_small(30), v_small(4), v_small(4300), v_small(640) };
    return structseq_new(&int_info_type, items);
}

/* The hash of numbers is CPython's (modulus 2**61 - 1), and str/bytes
 * hashing is SipHash-1-3 with a 128-bit key, as CPython's. */
static value make_hash_info(void)
{
    value alg = str_from_cstr("siphash13");
    value mod = int_from_i64(((int64_t)1 << 61) - 1);
    if (!alg || !mod)
        return V_NULL;
    value items[] = { v_small(64), mod, v_small(314159), v_small(0), v_small(1000003), alg,
                      v_small(64), v_small(128), v_small(0) };
    return structseq_new(&hash_info_type, items);
}

static value make_thread_info(void)
{
    value name = str_from_cstr("pthread"), lock = str_from_cstr("semaphore");
    if (!name || !lock)
        return V_NULL;
    value items[] = { name, lock, V_NONE };
    return structseq_new(&thread_info_type, items);
}

static int init_structseq_types(void)
{
    static const char *const vi[] = { "major", "minor", "micro", "releaselevel", "serial", NULL };
    static const char *const fl[] = { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                      "no_user_site", "no_site", "ignore_environment", "verbose",
                                      "bytes_warning", "quiet", "hash_randomization", "isolated",
                                      "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                                      "int_max_str_digits", NULL };
    static const char *const fi[] = { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                      "dig", "mant_dig", "epsilon", "radix", "rounds", NULL };
    static const char *const ii[] = { "bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                      "str_digits_check_threshold", NULL };
    static const char *const hi[] = { "width", "modulus", "inf", "nan", "imag", "algorithm",
                                      "hash_bits", "seed_bits", "cutoff", NULL };
    static const char *const ti[] = { "name", "lock", "version", NULL };
    if (structseq_init_type(&version_info_type, vi, false) < 0 ||
        structseq_init_type(&flags_type, fl, false) < 0 ||
        structseq_init_type(&float_info_type, fi, true) < 0 ||
        structseq_init_type(&int_info_type, ii, false) < 0 ||
        structseq_init_type(&hash_info_type, hi, false) < 0 ||
        structseq_init_type(&thread_info_type, ti, false) < 0)
        return -1;
    return 0;
}

/* -- Functions -------------------------------------------------------------------- */

static value sys_exit(value self, int argc, const value *argv, value kwnames)
{
    if (argc > 1)
        return exc_raise(&exc_TypeError, "exit expected at most 1 argument, got %d", argc);
    /* exit(None) raises SystemExit() with no arguments, as CPython */
    value e = exc_new(&exc_SystemExit, argc == 1 && argv[0] == V_NONE ? 0 : argc, argv);
    return e ? exc_raise_value(e) : V_NULL;
}

static value sys_getrecursionlimit(value self, int argc, const value *argv, value kwnames)
{
    return v_small(ts()->recursion_limit);
}

/* An int argument that must fit a C int ("Python int too large to
 * convert to C int"). */
static int c_int_arg(value v, int *out)
{
    if (v_is_float(v) || !v_type(v)->nb_index) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    value i = obj_index(v);
    int64_t n;
    if (!i)
        return -1;
    if (int_as_i64(i, &n) < 0 || n < INT_MIN || n > INT_MAX) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)n;
    return 0;
}

static value sys_setrecursionlimit(value self, int argc, const value *argv, value kwnames)
{
    int n;
    if (c_int_arg(argv[0], &n) < 0)
        return V_NULL;
    if (n < 1)
        return exc_raise(&exc_ValueError, "recursion limit must be greater or equal than 1");
    int depth = ts()->recursion_depth;
    if (depth >= n)
        return exc_raise(&exc_RecursionError,
                         "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                         n, depth);
    ts()->recursion_limit = n;
    return V_NONE;
}

/* Objects CPython does not track in its cycle collector carry no GC header. */
static bool untracked(type_object *t)
{
    static type_object *const atomic[] = { &int_type, &bool_type, &float_type, &str_type, &bytes_type,
                                           &none_type, &type_type };
    for (size_t i = 0; i < sizeof atomic / sizeof atomic[0]; i++)
        if (t == atomic[i])
            return true;
    return false;
}

static value sys_getsizeof(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "object", "default" };
    value a[2];
    if (num_parse_args("getsizeof", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    int found = 0;
    value r = call_special(a[0], str_intern_cstr("__sizeof__"), 0, NULL, &found);
    if (!r && !found && !exc_occurred())
        exc_raise(&exc_TypeError, "Type %s doesn't define __sizeof__", v_type_name(a[0]));
    if (!r) {
        if (a[1] && exc_matches(&exc_TypeError)) {
            exc_clear();
            return a[1];
        }
        return V_NULL;
    }
    int64_t n;
    if (!v_is_int_like(r))
        return exc_raise(&exc_TypeError, "an integer is required");
    if (int_as_i64(r, &n) < 0)
        return V_NULL;
    if (n < 0)
        return exc_raise(&exc_ValueError, "__sizeof__() should return >= 0");
    return int_from_i64(n + (untracked(v_type(a[0])) ? 0 : 16));
}

static value sys_intern(value self, int argc, const value *argv, value kwnames)
{
    value s = argv[0];
    if (!v_isinstance(s, &str_type))
        return exc_raise(&exc_TypeError, "intern() argument must be str, not %s", v_type_name(s));
    if (!v_is_str(s))
        return exc_raise(&exc_TypeError, "can't intern %s", v_type_name(s));
    return str_intern(s);
}

static value sys_utf8(value self, int argc, const value *argv, value kwnames) { return str_from_cstr("utf-8"); }

static value sys_fs_errors(value self, int argc, const value *argv, value kwnames)
{
    return str_from_cstr("surrogateescape");
}

static value sys_exc_info(value self, int argc, const value *argv, value kwnames)
{
    value e = exc_handled();
    if (!e || e == V_NONE)
        return tuple_pack(3, V_NONE, V_NONE, V_NONE);
    value tb = v_is_exc(e) && v_exc(e)->traceback ? v_exc(e)->traceback : V_NONE;
    return tuple_pack(3, v_from_obj(v_type(e)), e, tb);
}

static value sys_exception(value self, int argc, const value *argv, value kwnames)
{
    value e = exc_handled();
    return e ? e : V_NONE;
}

static value sys_getframe(value self, int argc, const value *argv, value kwnames)
{
    if (argc > 1)
        return exc_raise(&exc_TypeError, "_getframe expected at most 1 argument, got %d", argc);
    int depth = 0;
    if (argc == 1 && c_int_arg(argv[0], &depth) < 0)
        return V_NULL;
    frame *f = ts()->frame;
    for (; f && depth > 0; depth--)
        f = f->back;
    if (!f)
        return exc_raise(&exc_ValueError, "call stack is not deep enough");
    return frame_get_object(f);
}

static value sys_getswitchinterval(value self, int argc, const value *argv, value kwnames)
{
    return float_new(gil_get_interval());
}

static value sys_setswitchinterval(value self, int argc, const value *argv, value kwnames)
{
    double d;
    if (obj_as_double(argv[0], &d) < 0)
        return V_NULL;
    if (d <= 0)
        return exc_raise(&exc_ValueError, "switch interval must be strictly positive");
    gil_set_interval(d);
    return V_NONE;
}

static value sys_false(value self, int argc, const value *argv, value kwnames) { return V_FALSE; }

static value sys_settrace(value self, int argc, const value *argv, value kwnames)
{
    trace_set(argv[0]);
    return V_NONE;
}

static value sys_setprofile(value self, int argc, const value *argv, value kwnames)
{
    trace_set_profile(argv[0]);
    return V_NONE;
}

static value sys_gettrace(value self, int argc, const value *argv, value kwnames)
{
    return ts()->trace_func ? ts()->trace_func : V_NONE;
}

static value sys_getprofile(value self, int argc, const value *argv, value kwnames)
{
    return ts()->profile_func ? ts()->profile_func : V_NONE;
}

static value sys_get_int_max_str_digits(value self, int argc, const value *argv, value kwnames)
{
    return v_small(int_max_str_digits);
}

static value sys_set_int_max_str_digits(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "maxdigits" };
    value a[1];
    int n;
    if (num_parse_args("set_int_max_str_digits", argc, argv, kwnames, names, 1, 1, 1, a) < 0 ||
        c_int_arg(a[0], &n) < 0)
        return V_NULL;
    if (n != 0 && n < 640)
        return exc_raise(&exc_ValueError, "maxdigits must be 0 or larger than %d", 640);
    int_max_str_digits = n;
    return V_NONE;
}

/* sys.audit(event, *args): each hook added by addaudithook is called
 * with (event, args). */
static value audit_hooks;   /* list, or V_NULL before the first hook */

static value sys_audit(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "audit() missing 1 required positional argument: 'event'");
    if (!v_is_str(argv[0]))
        return exc_raise(&exc_TypeError, "expected str for argument 'event', not %s", v_type_name(argv[0]));
    value hooks = audit_hooks;
    if (!hooks || list_len(hooks) == 0)
        return V_NONE;
    value args = tuple_from_array(argv + 1, (size_t)argc - 1);
    if (!args)
        return V_NULL;
    for (size_t i = 0; i < list_len(hooks); i++) {
        value a[2] = { argv[0], args };
        if (!obj_call(list_get(hooks, i), 2, a, V_NULL))
            return V_NULL;
    }
    return V_NONE;
}

static value sys_addaudithook(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "hook" };
    value a[1];
    if (num_parse_args("addaudithook", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    if (!audit_hooks) {
        value hooks = list_new(0);
        if (!hooks)
            return V_NULL;
        audit_hooks = hooks;
        gc_root(&audit_hooks);
    }
    return list_append(audit_hooks, a[0]) < 0 ? V_NULL : V_NONE;
}

static value sys_compile_count(value self, int argc, const value *argv, value kwnames)
{
    return int_from_u64(import_compile_count);
}

/* -- Streams, excepthook, displayhook ------------------------------------------------ */

/* Writes a C string to a stream object: Taipan's own, or any with write(). */
static int write_text(value f, const char *s, size_t n)
{
    value str = str_from_utf8(s, n);
    if (!str)
        return -1;
    if (v_isinstance_exact(f, &sysstream_type))
        return sysstream_write(f, str);
    value r = obj_call_method(f, "write", 1, &str);
    return r ? 0 : -1;
}

int sys_write_exception(value exc, value f)
{
    FILE *fast = sysstream_file(f);
    if (fast) {
        fflush(stdout);
        exc_print(exc, fast);
        return 0;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) {
        exc_no_memory();
        return -1;
    }
    exc_print(exc, mem);
    fclose(mem);
    int r = write_text(f, buf, len);
    free(buf);
    return r;
}

static value sys_excepthook(value self, int argc, const value *argv, value kwnames)
{
    if (argc != 3)
        return exc_raise(&exc_TypeError, "excepthook expected 3 arguments, got %d", argc);
    value err = sys_get("stderr");
    if (!err || err == V_NONE)
        return exc_raise(&exc_RuntimeError, "lost sys.stderr");
    value exc = argv[1];
    if (v_is_exc(exc) && argv[2] != V_NONE && v_is_traceback(argv[2]))
        exc_set_traceback(exc, argv[2]);
    return sys_write_exception(exc, err) < 0 ? V_NULL : V_NONE;
}

static value sys_displayhook(value self, int argc, const value *argv, value kwnames)
{
    value v = argv[0];
    if (v == V_NONE)
        return V_NONE;
    value bd = module_dict(builtins_module);
    if (dict_set_cstr(bd, "_", V_NONE) < 0)
        return V_NULL;
    value out = sys_get("stdout");
    if (!out || out == V_NONE)
        return exc_raise(&exc_RuntimeError, "lost sys.stdout");
    value r = obj_repr(v);
    value nl = str_from_cstr("\n");
    if (!r || !nl || !obj_call_method(out, "write", 1, &r) || !obj_call_method(out, "write", 1, &nl))
        return V_NULL;
    return dict_set_cstr(bd, "_", v) < 0 ? V_NULL : V_NONE;
}

value sys_stdout_for_print(FILE **fast)
{
    *fast = NULL;
    if (!sys_module) {   /* before start-up has made sys */
        *fast = stdout;
        return V_NONE;
    }
    value out = sys_get("stdout");
    if (!out)
        return exc_raise(&exc_RuntimeError, "lost sys.stdout");
    *fast = sysstream_file(out);
    return out;
}

void sys_print_exception(value exc)
{
    fflush(stdout);
    value hook = sys_get("excepthook"), orig = sys_get("__excepthook__");
    value err = sys_get("stderr");
    if (hook && hook == orig && err && sysstream_file(err)) {
        exc_print(exc, sysstream_file(err));   /* the usual case: no Python call */
        return;
    }
    if (!hook) {
        fputs("sys.excepthook is missing\n", stderr);
        exc_print(exc, stderr);
        return;
    }
    value tb = v_is_exc(exc) && v_exc(exc)->traceback ? v_exc(exc)->traceback : V_NONE;
    value args[3] = { v_from_obj(v_type(exc)), exc, tb };
    if (obj_call(hook, 3, args, V_NULL))
        return;
    value hook_exc = exc_fetch();
    fflush(stdout);
    fputs("Error in sys.excepthook:\n", stderr);
    exc_print(hook_exc, stderr);
    fputs("\nOriginal exception was:\n", stderr);
    exc_print(exc, stderr);
}

/* -- The module --------------------------------------------------------------------- */

static const method_def sys_functions[] = {
    { "exit", sys_exit, METH_FAST, "Exit the interpreter by raising SystemExit(status)." },
    { "getrecursionlimit", sys_getrecursionlimit, METH_NOARGS, "Return the current value of the recursion limit." },
    { "setrecursionlimit", sys_setrecursionlimit, METH_O, "Set the maximum depth of the Python interpreter stack to n." },
    { "getsizeof", sys_getsizeof, METH_KEYWORDS, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes." },
    { "intern", sys_intern, METH_O, "``Intern'' the given string." },
    { "getdefaultencoding", sys_utf8, METH_NOARGS, "Return the current default encoding used by the Unicode implementation." },
    { "getfilesystemencoding", sys_utf8, METH_NOARGS, "Return the encoding used to convert Unicode filenames to OS filenames." },
    { "getfilesystemencodeerrors", sys_fs_errors, METH_NOARGS, "Return the error mode used Unicode to OS filename conversion." },
    { "exc_info", sys_exc_info, METH_NOARGS, "Return current exception information: (type, value, traceback)." },
    { "exception", sys_exception, METH_NOARGS, "Return the current exception." },
    { "_getframe", sys_getframe, METH_FAST, "Return a frame object from the call stack." },
    { "getswitchinterval", sys_getswitchinterval, METH_NOARGS, "Return the current thread switch interval; see sys.setswitchinterval()." },
    { "setswitchinterval", sys_setswitchinterval, METH_O, "Set the ideal thread switching delay inside the Python interpreter." },
    { "is_finalizing", sys_false, METH_NOARGS, "Return True if Python is exiting." },
    { "gettrace", sys_gettrace, METH_NOARGS, "Return the global debug tracing function set with sys.settrace." },
    { "getprofile", sys_getprofile, METH_NOARGS, "Return the profiling function set with sys.setprofile." },
    { "settrace", sys_settrace, METH_O, "Set the global debug tracing function." },
    { "setprofile", sys_setprofile, METH_O, "Set the profiling function." },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS, "Return the maximum string digits limit for non-binary int<->str conversions." },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, METH_KEYWORDS, "Set the maximum string digits limit for non-binary int<->str conversions." },
    { "audit", sys_audit, METH_FAST, "Passes the event to any audit hooks that are attached." },
    { "addaudithook", sys_addaudithook, METH_KEYWORDS, "Adds a new audit hook callback." },
    { "excepthook", sys_excepthook, METH_FAST, "Handle an exception by displaying it with a traceback on sys.stderr." },
    { "displayhook", sys_displayhook, METH_O, "Print an object to sys.stdout and also save it in builtins._" },
    { "_compile_count", sys_compile_count, METH_NOARGS, "Taipan only: how many modules the import system has compiled from source (not loaded from their cache)." },
    { NULL, NULL, 0, NULL },
};

static const char *const stdlib_names[] = {
#include "stdlib_names.inc"
};

/* sys.builtin_module_names: the registry's names, sorted. */
static value builtin_names(void)
{
    value l = list_new(0);
    for (size_t i = 0; l && i < modules_count(); i++)
        if (list_append_cstr(l, modules_name(i)) < 0)
            return V_NULL;
    if (!l || list_sort(l, V_NULL, 0) < 0)
        return V_NULL;
    return list_as_tuple(l);
}

static value stdlib_module_names(void)
{
    value s = set_new(V_NULL);
    for (size_t i = 0; s && i < sizeof stdlib_names / sizeof stdlib_names[0]; i++) {
        value n = str_from_cstr(stdlib_names[i]);
        if (!n || set_add(s, n) < 0)
            return V_NULL;
    }
    return s ? frozenset_new(s) : V_NULL;
}

static value make_version(void)
{
#ifdef __clang__
    const char *cc = "Clang " __clang_version__;
#elif defined(__GNUC__)
    const char *cc = "GCC " __VERSION__;
#else
    const char *cc = "C compiler";
#endif
    return str_format("%d.%d.%d (Taipan " TAIPAN_VERSION_STR ", %s, %s) [%s]", PY_MAJOR, PY_MINOR,
                      PY_MICRO, __DATE__, __TIME__, cc);
}

static value make_implementation(void)
{
    value d = dict_new();
    value name = str_from_cstr("taipan"), tag = str_from_cstr("taipan-311");
    value ver = version_info(0, 1, 0, "alpha", 0), arch = str_from_cstr("x86_64-linux-gnu");
    if (!d || !name || !tag || !ver || !arch || dict_set_cstr(d, "name", name) < 0 ||
        dict_set_cstr(d, "cache_tag", tag) < 0 || dict_set_cstr(d, "version", ver) < 0 ||
        dict_set_cstr(d, "hexversion", v_small(0x000100A0)) < 0 || dict_set_cstr(d, "_multiarch", arch) < 0)
        return V_NULL;
    return namespace_new(d);
}

/* CPython's stdin/stdout error handler: 'surrogateescape' under the C or
 * POSIX locale and the UTF-8 locales it coerces to, else 'strict'. Taipan
 * does not call setlocale, so the locale is read as the C library would
 * pick it: LC_ALL, then LC_CTYPE, then LANG. */
static const char *stdio_errors(void)
{
    /* PYTHONIOENCODING=[encoding][:errors]: its error handler wins (the
     * streams are UTF-8 whatever encoding it names) */
    const char *io = sys_config.ignore_environment ? NULL : getenv("PYTHONIOENCODING");
    const char *colon = io ? strchr(io, ':') : NULL;
    if (colon && colon[1])
        return colon + 1;
    if (io && *io && *io != ':')
        return "strict";   /* an encoding chosen, not the locale's: no surrogateescape */
    static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
    const char *loc = "C";
    for (size_t i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) {
            loc = v;
            break;
        }
    }
    static const char *const c_like[] = { "C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8" };
    for (size_t i = 0; i < sizeof c_like / sizeof c_like[0]; i++)
        if (!strcmp(loc, c_like[i]))
            return "surrogateescape";
    return "strict";
}

int sys_apply_io_encoding(void)
{
    const char *io = sys_config.ignore_environment ? NULL : getenv("PYTHONIOENCODING");
    if (!io || !*io || *io == ':')
        return 0;
    static char name[64];
    size_t n = strcspn(io, ":");
    if (n >= sizeof name)
        n = sizeof name - 1;
    memcpy(name, io, n);
    name[n] = 0;
    if (sysstream_set_encoding(name) == 0)
        return 0;
    value exc = exc_fetch();
    value msg = exc ? obj_str(exc) : V_NULL;
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n"
                    "%s: %s\n", exc ? v_type_name(exc) : "LookupError", msg ? str_data(msg) : "");
    return -1;
}

static int set_streams(value d)
{
    const char *errors = stdio_errors();
    value in = sysstream_new(stdin, 0, "<stdin>", true, errors);
    value out = sysstream_new(stdout, 1, "<stdout>", false, errors);
    value err = sysstream_new(stderr, 2, "<stderr>", false, "backslashreplace");
    if (!in || !out || !err)
        return -1;
    return dict_set_cstr(d, "stdin", in) < 0 || dict_set_cstr(d, "stdout", out) < 0 ||
                   dict_set_cstr(d, "stderr", err) < 0 || dict_set_cstr(d, "__stdin__", in) < 0 ||
                   dict_set_cstr(d, "__stdout__", out) < 0 || dict_set_cstr(d, "__stderr__", err) < 0
               ? -1 : 0;
}

/* The hooks' originals, as sys.__excepthook__ and sys.__displayhook__. */
static int set_hooks(value d)
{
    static const char *const hooks[] = { "excepthook", "displayhook" };
    for (size_t i = 0; i < 2; i++) {
        char orig[32];
        snprintf(orig, sizeof orig, "__%s__", hooks[i]);
        value f = dict_get_cstr(d, hooks[i]);
        if (!f || dict_set_cstr(d, orig, f) < 0)
            return -1;
    }
    return 0;
}

/* Scalars: what describes the platform and this build. */
static int set_scalars(value d)
{
    uint16_t one = 1;
    struct { const char *name; value v; } items[] = {
        { "platform", str_from_cstr("linux") },
        { "byteorder", str_from_cstr(*(uint8_t *)&one ? "little" : "big") },
        { "maxsize", int_from_i64(INT64_MAX) },
        { "maxunicode", v_small(0x10FFFF) },
        { "hexversion", v_small(PY_HEXVERSION) },
        { "api_version", v_small(1013) },
        { "abiflags", str_from_cstr("") },
        { "platlibdir", str_from_cstr("lib") },
        { "float_repr_style", str_from_cstr("short") },
        { "copyright", str_from_cstr("Taipan: its own C code.\nPython's standard library: Copyright (c) 2001-2023 Python Software Foundation.") },
        { "warnoptions", list_new(0) },
        { "_xoptions", dict_new() },
        { "_git", tuple_pack(3, V_NONE, V_NONE, V_NONE) },
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++)
        if (!items[i].v || dict_set_cstr(d, items[i].name, items[i].v) < 0)
            return -1;
    return 0;
}

/* sys.flags, sys.dont_write_bytecode, sys.pycache_prefix from sys_config
 * and the environment (PYTHONDONTWRITEBYTECODE, PYTHONVERBOSE,
 * PYTHONPYCACHEPREFIX), as CPython reads them. */
static int set_config(value d)
{
    sys_config_t *c = &sys_config;
    if (!c->ignore_environment) {
        const char *e;
        if ((e = getenv("PYTHONDONTWRITEBYTECODE")) && *e)
            c->dont_write_bytecode = 1;
        if ((e = getenv("PYTHONVERBOSE")) && *e && c->verbose == 0)
            c->verbose = atoi(e) > 0 ? atoi(e) : 1;
        if (!c->pycache_prefix && (e = getenv("PYTHONPYCACHEPREFIX")) && *e)
            c->pycache_prefix = e;
    }
    import_verbose = c->verbose;
    value prefix = V_NONE;
    if (c->pycache_prefix) {
        char *a = abs_path(c->pycache_prefix);
        prefix = a ? str_from_cstr(a) : V_NULL;
        free(a);
    }
    value flags = make_flags();
    if (!prefix || !flags || dict_set_cstr(d, "flags", flags) < 0 ||
        dict_set_cstr(d, "dont_write_bytecode", v_bool(c->dont_write_bytecode)) < 0 ||
        dict_set_cstr(d, "pycache_prefix", prefix) < 0)
        return -1;
    return 0;
}

static int fill(value m)
{
    value d = module_dict(m);
    if (init_structseq_types() < 0 || (!(namespace_type.flags & TYPE_READY) && type_ready(&namespace_type) < 0) ||
        (!(sysstream_type.flags & TYPE_READY) && type_ready(&sysstream_type) < 0))
        return -1;
    if (modules_add_functions(m, sys_functions) < 0 || set_hooks(d) < 0 || set_scalars(d) < 0 ||
        set_config(d) < 0 || set_streams(d) < 0)
        return -1;
    char *exe = exe_path();
    int r = exe ? set_paths(d, exe) : -1;
    value exe_v = exe ? str_from_cstr(exe) : V_NULL;
    free(exe);
    if (r < 0 || !exe_v || dict_set_cstr(d, "executable", exe_v) < 0 ||
        dict_set_cstr(d, "_base_executable", exe_v) < 0)
        return -1;
    struct { const char *name; value v; } items[] = {
        { "version", make_version() },
        { "version_info", version_info(PY_MAJOR, PY_MINOR, PY_MICRO, "final", 0) },
        { "implementation", make_implementation() },
        { "float_info", make_float_info() },
        { "int_info", make_int_info() },
        { "hash_info", make_hash_info() },
        { "thread_info", make_thread_info() },
        { "builtin_module_names", builtin_names() },
        { "stdlib_module_names", stdlib_module_names() },
        { "argv", list_new(0) },
        { "orig_argv", list_new(0) },
        { "__doc__", str_from_cstr("This module provides access to some objects used or maintained by the\n"
                                   "interpreter and to functions that interact strongly with the interpreter.") },
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++)
        if (!items[i].v || dict_set_cstr(d, items[i].name, items[i].v) < 0)
            return -1;
    return 0;
}

value sysmodule_init(void)
{
    if (sys_module)
        return sys_module;
    value m = module_new("sys");
    if (!m)
        return V_NULL;
    sys_module = m;
    gc_root(&sys_module);
    if (fill(m) < 0) {
        sys_module = V_NULL;
        return V_NULL;
    }
    return m;
}
