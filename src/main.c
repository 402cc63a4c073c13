/* The `taipan` command. Its command line is python3.11's (cli.h: options,
 * -c, -m, a file, stdin; cli.c parses it, cli_run.c runs the program);
 * here are only Taipan's debugging switches, each alone on the line:
 * `taipan --dump-ast FILE` prints the AST as `python3.11 -m ast -a FILE`
 * does, `--tokens FILE` lists the tokens, `--dis FILE` the bytecode,
 * `--parse-only FILE...` parses many files in one process. */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
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

/* Parses one file; prints its error to stderr. Returns the mod node or NULL. */
static ast_node *parse_file(const char *path, const char *shown_name, int flags, ast_arena *arena,
                            int *status)
{
    size_t len;
    char *src = cli_read_file(path, &len);
    if (!src) {
        *status = cli_cant_open("taipan", path);
        return NULL;
    }
    diag err;
    diag_init(&err);
    cli_warn_ctx w = { shown_name, src, len, true };
    /* only a program being run shows warnings (`python -m ast` has them
     * too, but the check compares stdout) */
    bool warn = !(flags & PARSE_STRING_INPUT);
    ast_node *mod = parse_source_ex(src, len, shown_name, PARSE_FILE, flags, arena, &err,
                                    warn ? cli_print_warning : NULL, &w);
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
    char *src = cli_read_file(path, &len);
    if (!src)
        return cli_cant_open("taipan", path);
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

/* Prints the bytecode of every code object of FILE (the compiler's view). */
static int cmd_dis(const char *path)
{
    size_t len;
    char *src = cli_read_file(path, &len);
    if (!src)
        return cli_cant_open("taipan", path);
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

int main(int argc, char **argv)
{
    static char outbuf[1 << 16];
    /* full buffering into a pipe or file, line buffering on a terminal
     * (-u turns it off before anything is written) */
    setvbuf(stdout, outbuf, isatty(1) ? _IOLBF : _IOFBF, sizeof outbuf);
    const char *a = argc > 1 ? argv[1] : "";
    if (!strcmp(a, "--dump-ast") && argc == 3)
        return cmd_dump_ast(argv[2]);
    if (!strcmp(a, "--dis") && argc == 3)
        return cmd_dis(argv[2]);
    if (!strcmp(a, "--tokens") && argc == 3)
        return cmd_tokens(argv[2]);
    if (!strcmp(a, "--parse-only"))
        return cmd_parse_only(argc - 2, argv + 2);
    cli_options o;
    int status = cli_parse(argc, argv, &o);
    return status >= 0 ? status : cli_run(&o);
}
