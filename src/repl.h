/* The interactive prompt: `taipan` with no program on a terminal, and
 * what `-i` leads to after the program. repl.c reads statements with GNU
 * readline (history, tab completion of names and attributes) when stdin
 * is a terminal, else line by line from stdin; asks for continuation
 * lines (sys.ps2) while the input is incomplete, as CPython's prompt
 * does; runs each statement compiled in 'single' mode in __main__, so
 * expression values go through sys.displayhook into `_`; reports
 * exceptions through sys.excepthook and carries on; ends on EOF (status
 * 0) or SystemExit (its status). */
#ifndef TAIPAN_REPL_H
#define TAIPAN_REPL_H
#include <stdbool.h>
#include "objects/object.h"

struct cli_options;

/* Runs the prompt in the module `main` (its globals); prints the banner
 * first when `banner`. Returns the process's exit status. */
int repl_run(value main, bool banner);

/* `taipan` with no program (cli.h's CLI_RUN_PROMPT): starts the runtime
 * with an empty __main__, runs the prompt (with the banner unless -q)
 * and ends as cli_finish does. */
int repl_main(const struct cli_options *o);

#endif
