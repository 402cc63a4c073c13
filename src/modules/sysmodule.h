/* The `sys` module (sysmodule.c) and the text streams behind sys.stdin,
 * sys.stdout and sys.stderr (sysstream.c). sys is a built-in module of
 * modules.c's registry that exists from start-up: import_init
 * (src/vm/import.h) makes it and adds what the import system owns
 * (modules, meta_path, path_hooks, path_importer_cache). main.c then
 * gives it the command line with sys_set_argv.
 *
 * sys_config holds what the command line and the environment decide
 * (sys.flags, sys.dont_write_bytecode, ...): main.c sets its fields
 * before import_init, which reads them once to build sys. */
#ifndef TAIPAN_SYSMODULE_H
#define TAIPAN_SYSMODULE_H
#include <stdbool.h>
#include <stdio.h>
#include "../objects/object.h"

typedef struct sys_config {
    int debug, inspect, interactive, optimize, dont_write_bytecode, no_user_site, no_site;
    int ignore_environment, verbose, bytes_warning, quiet, isolated, utf8_mode;
    int warn_default_encoding;
    bool dev_mode, safe_path;
    const char *pycache_prefix;   /* -X pycache_prefix=; NULL: PYTHONPYCACHEPREFIX */
} sys_config_t;
extern sys_config_t sys_config;

/* The sys module once made (V_NULL before). */
extern value sys_module;
/* The registry's init function: makes the module (once). */
value sysmodule_init(void);

/* sys.argv = argv[0..argc) (argv[0]: the script as given, '-c', or ''),
 * sys.orig_argv = orig_argv[0..orig_argc) (the whole command line), and
 * sys.path[0]: the folder of `script` with symbolic links resolved, as
 * CPython puts it there, or '' when script is NULL (-c, the REPL).
 * Returns 0, or -1 with an exception set. */
TP_MUST_CHECK int sys_set_argv(int orig_argc, char **orig_argv, int argc, char **argv,
                               const char *script);

/* sys.NAME, or V_NULL (no exception) when sys or the name is missing. */
value sys_get(const char *name);

/* Where print() writes when given no file: sys.stdout. Returns V_NULL with
 * an exception ("lost sys.stdout") or the stream object (None: print
 * nothing); *fast is its C FILE when it is one of Taipan's own open
 * streams (then write with sysstream_write, no Python call), else NULL.
 * Before sys exists: None with *fast = stdout. */
TP_MUST_CHECK value sys_stdout_for_print(FILE **fast);

/* Reports an uncaught exception as CPython's top level does: through
 * sys.excepthook (by default: the traceback, written to sys.stderr).
 * Never fails. */
void sys_print_exception(value exc);

/* Writes exc's traceback to the stream object `f` (a Taipan stream or
 * any object with write()); what sys.excepthook does. -1 on error. */
TP_MUST_CHECK int sys_write_exception(value exc, value f);

/* -- Text streams (sysstream.c) --------------------------------------------------------- */

extern type_object sysstream_type;
/* A stream over fp (a fd of `fd`), named like "<stdout>"; errors is the
 * error handler for text that UTF-8 cannot carry ("strict"). */
TP_MUST_CHECK value sysstream_new(FILE *fp, int fd, const char *name, bool readable, const char *errors);
/* The C stream of v when v is an open writable Taipan stream, else NULL. */
FILE *sysstream_file(value v);
/* The standard streams' encoding (PYTHONIOENCODING's encoding part;
 * NULL or "": UTF-8), looked up in the codec registry. -1 with
 * LookupError for an unknown codec. */
TP_MUST_CHECK int sysstream_set_encoding(const char *encoding);
/* Applies PYTHONIOENCODING's encoding part (unless -E) once the codec
 * registry can be used; -1 after printing CPython's fatal error. */
TP_MUST_CHECK int sys_apply_io_encoding(void);
/* Writes str to a Taipan stream (sysstream_type). 0, or -1 with an exception. */
TP_MUST_CHECK int sysstream_write(value stream, value str);

#endif
