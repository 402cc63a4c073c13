/* The `taipan` command: `taipan FILE` runs a program (parse, compile, run in
 * a __main__ module; output, errors and tracebacks as `python3.11 FILE`
 * prints them), `taipan --dump-ast
 * FILE` prints the AST as `python3.11 -m ast -a FILE` does, and `taipan
 * --tokens FILE` lists the tokens. */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "front/ast_dump.h"
#include "front/diag.h"
#include "front/parser.h"
#include "front/tokenizer.h"
#include "front/compile.h"
#include "vm/code.h"
#include "modules/builtins.h"
#include "modules/modules.h"
#include "modules/sysmodule.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/exc.h"
#include "vm/import.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

#define TAIPAN_VERSION "Taipan 0.1 (Python 3.11.7)"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: taipan [option] file\n"
            "  file            run a Python 3.11 program\n"
            "  --dump-ast FILE print the AST as `python3.11 -m ast -a FILE` does\n"
            "  --tokens FILE   print the tokens of FILE\n"
            "  --dis FILE      print the bytecode of FILE\n"
            "  --parse-only FILE...  parse each file, print nothing but errors\n"
            "  -V, --version   print the version\n"
            "  -h, --help      print this help\n");
}

/* The whole file in a malloc'd buffer; NULL with errno set on failure. */
static char *read_file(const char *path, size_t *len)
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

static int cant_open(const char *path)
{
    fprintf(stderr, "taipan: can't open file '%s': [Errno %d] %s\n", path, errno, strerror(errno));
    return 2;
}

/* CPython reports the main script by its absolute path: the current
 * directory joined to the path as given, without normalising it. */
static char *script_path(const char *path)
{
    if (path[0] == '/' || strcmp(path, "-") == 0)
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

/* What a SyntaxWarning handler needs to print the warning as CPython's
 * warnings module does: "FILE:LINE: SyntaxWarning: MSG" and the line. */
typedef struct warn_ctx {
    const char *filename;
    const char *src;
    size_t len;
} warn_ctx;

static void print_warning(void *ctx, int lineno, const char *msg)
{
    warn_ctx *w = ctx;
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", w->filename, lineno, msg);
    const char *s = w->src, *end = w->src + w->len;
    for (int i = 1; i < lineno && s < end; i++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl ? nl + 1 : end;
    }
    const char *e = memchr(s, '\n', (size_t)(end - s));
    if (!e)
        e = end;
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f'))
        e--;
    if (e > s)
        fprintf(stderr, "  %.*s\n", (int)(e - s), s);
}

/* Parses one file; prints its error to stderr. Returns the mod node or NULL. */
static ast_node *parse_file(const char *path, const char *shown_name, int flags, ast_arena *arena,
                            int *status)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        *status = cant_open(path);
        return NULL;
    }
    diag err;
    diag_init(&err);
    warn_ctx w = { shown_name, src, len };
    /* only a program being run shows warnings (`python -m ast` has them
     * too, but the check compares stdout) */
    bool warn = !(flags & PARSE_STRING_INPUT);
    ast_node *mod = parse_source_ex(src, len, shown_name, PARSE_FILE, flags, arena, &err,
                                    warn ? print_warning : NULL, &w);
    free(src);
    if (!mod) {
        fflush(stdout);
        diag_print(&err, stderr);
        diag_clear(&err);
        *status = 1;
    }
    return mod;
}

static int cmd_dump_ast(const char *path)
{
    ast_arena arena;
    arena_init(&arena);
    int status = 0;
    ast_node *mod = parse_file(path, path, PARSE_TYPE_COMMENTS | PARSE_STRING_INPUT, &arena, &status);
    if (mod && ast_depth_exceeds(mod, AST_DUMP_CPYTHON_MAX_DEPTH)) {
        fprintf(stderr, "RecursionError: maximum recursion depth exceeded during ast construction\n");
        status = 1;
    } else if (mod && ast_dump(mod, stdout) < 0) {
        status = 1;
    }
    arena_free(&arena);
    return status;
}

static int cmd_tokens(const char *path)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return cant_open(path);
    int r = tok_dump(src, len, path, stdout);
    free(src);
    return r;
}

static int cmd_parse_only(int argc, char **argv)
{
    int status = 0;
    for (int i = 0; i < argc; i++) {
        ast_arena arena;
        arena_init(&arena);
        int st = 0;
        parse_file(argv[i], argv[i], PARSE_TYPE_COMMENTS | PARSE_STRING_INPUT, &arena, &st);
        if (st)
            status = st;
        arena_free(&arena);
    }
    return status;
}

/* The exit status for an uncaught SystemExit, printing its message as
 * CPython does: None -> 0, an int -> itself, anything else printed to
 * stderr -> 1. */
static int system_exit_status(value exc)
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

/* Prints the bytecode of every code object of FILE (the compiler's view). */
static int cmd_dis(const char *path)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return cant_open(path);
    if (runtime_init() < 0) {
        free(src);
        return 1;
    }
    diag err;
    diag_init(&err);
    value code = compile_source(src, len, path, PARSE_FILE, 0, &err);
    int status = 0;
    if (!code) {
        if (err.type != DIAG_NONE) {
            diag_print(&err, stderr);
            diag_clear(&err);
        } else {
            exc_print(exc_fetch(), stderr);
        }
        status = 1;
    } else if (code_disassemble(code, stdout) < 0) {
        exc_print(exc_fetch(), stderr);
        status = 1;
    }
    free(src);
    return status;
}

/* Runs the program: compile, then execute in a fresh __main__ module. */
static int cmd_run(const char *path, int argc, char **argv)
{
    bool interrupted = false;
    char *shown = script_path(path);
    if (!shown)
        return 1;
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        free(shown);
        return cant_open(path);
    }
    int status = 0;
    ast_arena arena;
    arena_init(&arena);
    /* parse_file prints SyntaxWarnings and the SyntaxError as before */
    ast_node *tree = parse_file(path, shown, 0, &arena, &status);
    if (!tree) {
        arena_free(&arena);
        free(src);
        free(shown);
        return status;
    }
    if (runtime_init() < 0 || builtins_init() < 0 || import_init() < 0 ||
        sys_set_argv(argc, argv, argc - 1, argv + 1, strcmp(path, "-") ? path : NULL) < 0) {
        fprintf(stderr, "taipan: cannot start the runtime\n");
        return 1;
    }
    diag err;
    diag_init(&err);
    warn_ctx w = { shown, src, len };
    value code = compile_ast_warn(tree, shown, PARSE_FILE, 0, src, len, &err, print_warning, &w);
    arena_free(&arena);
    if (!code) {
        fflush(stdout);
        if (err.type != DIAG_NONE) {
            diag_print(&err, stderr);
            diag_clear(&err);
        } else {
            exc_print(exc_fetch(), stderr);
        }
        status = 1;
    } else {
        value mod = module_new("__main__");
        value file = str_from_cstr(shown);
        if (!mod || !file || dict_set_cstr(module_dict(mod), "__file__", file) < 0 ||
            import_set_main(mod) < 0 || builtins_run_main(code, mod) < 0) {
            value exc = exc_fetch();
            if (exc && v_isinstance(exc, &exc_SystemExit)) {
                status = system_exit_status(exc);
            } else {
                sys_print_exception(exc);
                status = 1;
                interrupted = exc && v_isinstance(exc, &exc_KeyboardInterrupt);
            }
        }
    }
    modules_at_exit();   /* queued __del__ calls, weakref.finalize's atexit ones */
    if (fflush(stdout) != 0 && status == 0)
        status = 120;
    free(src);
    free(shown);
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

int main(int argc, char **argv)
{
    static char outbuf[1 << 16];
    /* full buffering into a pipe or file, line buffering on a terminal */
    setvbuf(stdout, outbuf, isatty(1) ? _IOLBF : _IOFBF, sizeof outbuf);
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *a = argv[1];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
        printf("%s\n", TAIPAN_VERSION);
        return 0;
    }
    if (!strcmp(a, "--dump-ast") && argc == 3)
        return cmd_dump_ast(argv[2]);
    if (!strcmp(a, "--dis") && argc == 3)
        return cmd_dis(argv[2]);
    if (!strcmp(a, "--tokens") && argc == 3)
        return cmd_tokens(argv[2]);
    if (!strcmp(a, "--parse-only"))
        return cmd_parse_only(argc - 2, argv + 2);
    if (a[0] == '-' && a[1]) {
        fprintf(stderr, "taipan: unknown option %s\n", a);
        usage(stderr);
        return 2;
    }
    return cmd_run(a, argc, argv);
}
