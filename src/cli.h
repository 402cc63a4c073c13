/* The `taipan` command line as `python3.11` reads it: `taipan [option]
 * ... [-c cmd | -m mod | file | -] [arg] ...`. cli.c parses the options
 * and the PYTHON* environment variables into sys_config (sysmodule.h) and
 * a cli_options; cli_run.c runs what was chosen (a file, a directory with
 * __main__.py, a .pyc, a command, a module, stdin) and turns its end
 * (SystemExit, an uncaught exception, KeyboardInterrupt, a broken pipe)
 * into CPython's exit status. main.c keeps only the debugging switches
 * (--dump-ast, --tokens, --dis, --parse-only) and calls these. */
#ifndef TAIPAN_CLI_H
#define TAIPAN_CLI_H
#include <stdbool.h>
#include <stddef.h>

#define CLI_VERSION "Taipan 0.1 (Python 3.11.7)"

typedef enum cli_mode {
    CLI_RUN_FILE,      /* a script, a directory or a .pyc */
    CLI_RUN_COMMAND,   /* -c cmd */
    CLI_RUN_MODULE,    /* -m mod */
    CLI_RUN_STDIN,     /* - or nothing, stdin not a terminal */
    CLI_RUN_PROMPT,    /* nothing, stdin a terminal: the REPL's place */
} cli_mode;

typedef struct cli_options {
    cli_mode mode;
    const char *target;    /* the file, command or module name */
    int argc;              /* sys.argv: argv[0] as CPython shows it, then the args */
    char **argv;
    int orig_argc;         /* the whole command line: sys.orig_argv */
    char **orig_argv;
    const char *program;   /* argv[0] of the process, for messages */
    int inspect;           /* -i / PYTHONINSPECT */
    int check_hash_pycs;   /* enum pyc_check */
} cli_options;

/* Parses the command line and the environment, filling sys_config and *o.
 * Returns -1 when the program should run, else the exit status of what
 * was done already (--help, --version: 0; a usage error, printed: 2). */
int cli_parse(int argc, char **argv, cli_options *o);

/* Runs the program o selects; returns the process's exit status (or ends
 * the process by SIGINT after an uncaught KeyboardInterrupt). */
int cli_run(const cli_options *o);

/* The whole file ("-": stdin) in a malloc'd buffer; NULL with errno set. */
char *cli_read_file(const char *path, size_t *len);
/* "taipan: can't open file '...': [Errno N] ..." on stderr; returns 2. */
int cli_cant_open(const char *program, const char *path);

/* What a SyntaxWarning printer needs to show the warning as CPython's
 * warnings module does: "FILE:LINE: SyntaxWarning: MSG", then the line
 * when the source is a real file. */
typedef struct cli_warn_ctx {
    const char *filename;
    const char *src;
    size_t len;
    bool show_line;
} cli_warn_ctx;
void cli_print_warning(void *ctx, int lineno, const char *msg);

#endif
