/* Running what the command line chose (cli.h): a source program (a file,
 * `-c cmd`, stdin) is parsed and compiled with the front end's own error
 * printing, as before the options existed; `-m mod` and a folder holding
 * __main__.py find their code through the import system, as CPython's
 * runpy does (its messages included: "No module named x", "... is a
 * package and cannot be directly executed", "can't find '__main__'
 * module in ..."); a .pyc runs the code cached in it. The process's end
 * follows CPython: SystemExit's code, 1 after a traceback, death by
 * SIGINT after an uncaught KeyboardInterrupt, 120 when stdout cannot be
 * flushed at exit. SIGPIPE is ignored, so a closed pipe is a
 * BrokenPipeError the program sees (sysstream.c raises it). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "cli_internal.h"
#include "repl.h"
#include "front/compile.h"
#include "front/diag.h"
#include "front/parser.h"
#include "modules/builtins.h"
#include "modules/modules.h"
#include "modules/sysmodule.h"
#include "modules/threadmodule.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/exc.h"
#include "vm/import.h"
#include "vm/import_internal.h"
#include "vm/pyc.h"
#include "vm/pycompile.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

const char *cli_env_warnings;
int cli_unbuffered, cli_skip_first_line;

/* -- Files and warnings ---------------------------------------------------------- */

char *cli_read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f)) {
                free(buf);
                buf = NULL;
            }
            break;
        }
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (!nb)
            free(buf);
        buf = nb;
    }
    int saved = errno;
    if (f != stdin)
        fclose(f);
    errno = saved;
    *len = n;
    return buf;
}

int cli_cant_open(const char *program, const char *path)
{
    fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program, path, errno, strerror(errno));
    return 2;
}

void cli_print_warning(void *ctx, int lineno, const char *msg)
{
    cli_warn_ctx *w = ctx;
    if (w->show_line)
        pycompile_print_warning(w->filename, lineno, msg, w->src, w->len);
    else {
        fflush(stdout);
        fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", w->filename, lineno, msg);
    }
}

/* CPython reports the main script by its absolute path: the working
 * directory joined to the path as given, not normalised. */
char *cli_abs(const char *path)
{
    if (path[0] == '/')
        return strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s/%s", cwd, path);
    return s;
}

/* -- Start-up ----------------------------------------------------------------------- */

static int cli_set_item(value d, const char *key, const char *s)
{
    value v = s ? str_from_cstr(s) : V_NONE;
    return v ? dict_set_cstr(d, key, v) : -1;
}

/* sys.warnoptions: -X dev's 'default', PYTHONWARNINGS, -W, then -b's. */
static int cli_set_warnoptions(void)
{
    value l = sys_get("warnoptions");
    if (!l || !v_is_list(l))
        return 0;
    if (sys_config.dev_mode && list_append(l, str_from_cstr("default")) < 0)
        return -1;
    for (const char *p = cli_env_warnings; p && *p;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        value s = n ? str_from_utf8(p, n) : V_NONE;
        if (!s || (n && list_append(l, s) < 0))
            return -1;
        p = e ? e + 1 : p + n;
    }
    for (int i = 0; i < cli_warnoptions.n; i++)
        if (list_append(l, str_from_cstr(cli_warnoptions.items[i])) < 0)
            return -1;
    if (sys_config.bytes_warning)
        return list_append(l, str_from_cstr(sys_config.bytes_warning > 1 ? "error::BytesWarning"
                                                                          : "default::BytesWarning"));
    return 0;
}

/* sys._xoptions: -X name=value -> 'name': 'value', -X name -> True. */
static int cli_set_xoptions(void)
{
    value d = sys_get("_xoptions");
    if (!d || !v_is_dict(d))
        return 0;
    for (int i = 0; i < cli_xoptions.n; i++) {
        const char *o = cli_xoptions.items[i], *eq = strchr(o, '=');
        value k = eq ? str_from_utf8(o, (size_t)(eq - o)) : str_from_cstr(o);
        value v = eq ? str_from_cstr(eq + 1) : V_TRUE;
        if (!k || !v || dict_set(d, k, v) < 0)
            return -1;
    }
    return 0;
}

/* sys.path[0]: `first` (a C string), or no entry at all under -P / -I. */
static int cli_set_path0(const char *first)
{
    value path = sys_get("path");
    if (!path || !v_is_list(path) || list_len(path) == 0)
        return 0;
    if (sys_config.safe_path) {
        value zero = v_small(0);
        return obj_call_method(path, "pop", 1, &zero) ? 0 : -1;
    }
    if (!first)
        return 0;
    value s = str_from_cstr(first);
    if (!s)
        return -1;
    v_list(path)->items[0] = s;
    return 0;
}

/* The runtime, sys (with argv, path[0], warnoptions, _xoptions) and an
 * empty __main__ module (registered unless `register_main` is false:
 * a folder's __main__ must be found by import first). */
/* site, as CPython imports it at start-up unless -S: the site-packages
 * folders and their .pth files on sys.path, help/exit/quit/license and
 * friends in builtins, sitecustomize / usercustomize. A failure is
 * reported and the program runs anyway (without the stdlib there is no
 * site to import: nothing is said then). */
static void cli_import_site(void)
{
    if (sys_config.no_site)
        return;
    if (!import_module_cstr("site")) {
        if (exc_matches(&exc_ModuleNotFoundError)) {
            exc_clear();
            return;
        }
        fflush(stdout);
        fputs("Error in site import; continuing without it:\n", stderr);
        sys_print_exception(exc_fetch());
    }
}

value cli_start(const cli_options *o, const char *script, const char *path0, bool register_main)
{
    /* site comes before sys.path[0] is added, as in CPython (whose site
     * would otherwise make '' absolute) */
    if (runtime_init() < 0 || builtins_init() < 0 || import_init() < 0 || cli_set_warnoptions() < 0 ||
        cli_set_xoptions() < 0 || (cli_import_site(), false) || sys_apply_io_encoding() < 0 ||
        sys_set_argv(o->orig_argc, o->orig_argv, o->argc, o->argv, script) < 0 || cli_set_path0(path0) < 0) {
        fprintf(stderr, "taipan: cannot start the runtime\n");
        return V_NULL;
    }
    value mod = module_new("__main__");
    if (!mod || dict_set_cstr(module_dict(mod), "__annotations__", dict_new()) < 0 ||
        dict_set_cstr(module_dict(mod), "__builtins__", builtins_module) < 0 ||
        (register_main && import_set_main(mod) < 0)) {
        fprintf(stderr, "taipan: cannot start the runtime\n");
        return V_NULL;
    }
    return mod;
}

/* -- The end ---------------------------------------------------------------------- */

/* The exit status for an uncaught SystemExit, printing its message as
 * CPython does: None -> 0, an int -> itself, anything else printed to
 * stderr -> 1. */
static int cli_system_exit_status(value exc)
{
    value code = exc_slot(exc, EXC_SYSEXIT_CODE);
    if (code == V_NONE)
        return 0;
    if (v_is_int_like(code)) {
        int64_t n;
        if (int_as_i64(code, &n) < 0) {
            exc_clear();
            return -1;
        }
        return (int)(n & 0xff);
    }
    value s = obj_str(code);
    fflush(stdout);
    if (s)
        fprintf(stderr, "%s\n", str_data(s));
    else
        exc_clear();
    return 1;
}

/* The status after the program raised: SystemExit's, else 1 after the
 * report; *interrupted for an uncaught KeyboardInterrupt. */
static int cli_status_of(value exc, bool *interrupted)
{
    if (exc && v_isinstance(exc, &exc_SystemExit))
        return cli_system_exit_status(exc);
    sys_print_exception(exc);
    *interrupted = exc && v_isinstance(exc, &exc_KeyboardInterrupt);
    return 1;
}

/* What every run ends with: finalizers, the last flush. */
int cli_finish(const cli_options *o, int status, bool interrupted)
{
    thread_shutdown();   /* threading._shutdown(): join the non-daemon threads */
    modules_at_exit();   /* queued __del__ calls, weakref.finalize's atexit ones */
    if (fflush(stdout) != 0) {
        if (errno == EPIPE)
            fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                            "encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
        status = 120;
    }
    if (interrupted) {
        /* as CPython: an uncaught KeyboardInterrupt ends the process by
         * SIGINT, so the parent sees the interruption; 130 if that fails */
        fflush(stderr);
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        status = 128 + SIGINT;
    }
    return status;
}

/* Runs code in __main__; the exit status. */
int cli_exec(const cli_options *o, value code, value main)
{
    bool interrupted = false;
    int status = 0;
    if (code && builtins_run_main(code, main) == 0)
        return cli_finish(o, o->inspect ? repl_run(main, false) : 0, false);
    value exc = exc_fetch();
    if (o->inspect) {
        /* as CPython's -i: every exception, SystemExit too, is reported
         * and the prompt would come next; its end is a normal exit */
        sys_print_exception(exc);
        return cli_finish(o, repl_run(main, false), false);
    }
    status = cli_status_of(exc, &interrupted);
    return cli_finish(o, status, interrupted);
}

/* -- Source programs: a file, -c, stdin -------------------------------------------- */

/* Parses, starts the runtime, compiles and runs src as `shown`. */
static int cli_run_source(const cli_options *o, const char *src, size_t len, const char *shown,
                          const char *script, const char *path0, bool real_file)
{
    if (cli_skip_first_line) {
        const char *nl = memchr(src, '\n', len);
        len -= nl ? (size_t)(nl - src) : len;
        src = nl ? nl : src + len;
    }
    ast_arena arena;
    arena_init(&arena);
    diag err;
    diag_init(&err);
    cli_warn_ctx w = { shown, src, len, real_file };
    ast_node *tree = parse_source_ex(src, len, shown, PARSE_FILE, 0, &arena, &err, cli_print_warning, &w);
    if (!tree) {
        fflush(stdout);
        diag_print(&err, stderr);
        diag_clear(&err);
        arena_free(&arena);
        return 1;
    }
    value main = cli_start(o, script, path0, true);
    if (!main) {
        arena_free(&arena);
        return 1;
    }
    int flags = sys_config.optimize >= 2 ? COMPILE_OPTIMIZE | COMPILE_NO_DOCSTRINGS
                : sys_config.optimize ? COMPILE_OPTIMIZE : 0;
    value code = compile_ast_warn(tree, shown, PARSE_FILE, flags, src, len, &err, cli_print_warning, &w);
    arena_free(&arena);
    if (!code && err.type != DIAG_NONE) {
        fflush(stdout);
        diag_print(&err, stderr);
        diag_clear(&err);
        return cli_finish(o, 1, false);
    }
    value d = module_dict(main);
    if (o->mode != CLI_RUN_COMMAND &&
        (cli_set_item(d, "__file__", shown) < 0 || cli_set_item(d, "__cached__", NULL) < 0))
        code = V_NULL;
    /* CPython names BuiltinImporter the loader of code that has no file */
    if (!real_file && dict_set_cstr(d, "__loader__", v_from_obj(&builtin_importer_type)) < 0)
        code = V_NULL;
    return cli_exec(o, code, main);
}

/* A .pyc file given as the script: the code cached in it, unchecked
 * against any source. */
static int cli_run_pyc(const cli_options *o, const char *shown)
{
    value main = cli_start(o, o->target, NULL, true);
    if (!main)
        return 1;
    value code = pyc_read(o->target, NULL, (enum pyc_check)o->check_hash_pycs);
    if (!code) {
        exc_clear();
        fflush(stdout);
        fprintf(stderr, "%s: can't run '%s': not a Taipan .pyc file (bad magic number or corrupt)\n",
                o->program, shown);
        return cli_finish(o, 1, false);
    }
    value d = module_dict(main);
    if (cli_set_item(d, "__file__", shown) < 0 || cli_set_item(d, "__cached__", NULL) < 0)
        code = V_NULL;
    return cli_exec(o, code, main);
}

static bool cli_is_pyc(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && !strcmp(path + n - 4, ".pyc");
}

static int cli_run_file(const cli_options *o)
{
    struct stat st;
    if (stat(o->target, &st) == 0 && S_ISDIR(st.st_mode))
        return cli_run_folder(o);
    char *shown = cli_abs(o->target);
    if (!shown)
        return 1;
    int status;
    if (cli_is_pyc(o->target) && stat(o->target, &st) == 0) {
        status = cli_run_pyc(o, shown);
    } else {
        size_t len;
        char *src = cli_read_file(o->target, &len);
        if (!src) {
            status = cli_cant_open(o->program, shown);
        } else if (len >= 4 && !memcmp(src, "PK\3\4", 4)) {
            /* a zip archive with __main__.py: run as a folder is, through
             * the zip path hook */
            free(src);
            free(shown);
            return cli_run_folder(o);
        } else {
            status = cli_run_source(o, src, len, shown, o->target, NULL, true);
            free(src);
        }
    }
    free(shown);
    return status;
}

static int cli_run_command(const cli_options *o)
{
    return cli_run_source(o, o->target, strlen(o->target), "<string>", NULL, NULL, false);
}

static int cli_run_stdin(const cli_options *o)
{
    size_t len;
    char *src = cli_read_file("-", &len);
    if (!src)
        return cli_cant_open(o->program, "<stdin>");
    int status = cli_run_source(o, src, len, "<stdin>", NULL, NULL, false);
    free(src);
    return status;
}

int cli_run(const cli_options *o)
{
    /* a reader that goes away is a BrokenPipeError, not death by signal */
    signal(SIGPIPE, SIG_IGN);
    import_check_hash_pycs = o->check_hash_pycs;
    if (cli_unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }
    switch (o->mode) {
    case CLI_RUN_COMMAND: return cli_run_command(o);
    case CLI_RUN_MODULE: return cli_run_module(o);
    /* -i with stdin as the program: stdin is read at the prompt */
    case CLI_RUN_STDIN: return o->inspect ? repl_main(o) : cli_run_stdin(o);
    case CLI_RUN_PROMPT: return repl_main(o);
    case CLI_RUN_FILE:
    default:
        return cli_run_file(o);
    }
}
