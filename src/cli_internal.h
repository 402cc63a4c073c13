/* What the option parser (cli.c) hands the runner (cli_run.c) besides
 * sys_config and cli_options: the -W and -X lists in command-line order,
 * PYTHONWARNINGS, -u and -x. */
#ifndef TAIPAN_CLI_INTERNAL_H
#define TAIPAN_CLI_INTERNAL_H
#include <stdbool.h>
#include "objects/object.h"

typedef struct cli_strlist {
    const char **items;
    int n, cap;
} cli_strlist;

extern cli_strlist cli_warnoptions, cli_xoptions;
extern const char *cli_env_warnings;   /* PYTHONWARNINGS, or NULL */
extern int cli_unbuffered;             /* -u / PYTHONUNBUFFERED */
extern int cli_skip_first_line;        /* -x */

struct cli_options;
/* cli_runmod.c: `-m mod` and a folder holding __main__.py, as runpy. */
int cli_run_module(const struct cli_options *o);
int cli_run_folder(const struct cli_options *o);

/* cli_run.c, for cli_runmod.c: the runtime with sys set up and an empty
 * __main__ (registered in sys.modules when register_main); running code
 * in it to the process's exit status; the end without running. */
value cli_start(const struct cli_options *o, const char *script, const char *path0, bool register_main);
int cli_exec(const struct cli_options *o, value code, value main);
int cli_finish(const struct cli_options *o, int status, bool interrupted);
char *cli_abs(const char *path);

#endif
