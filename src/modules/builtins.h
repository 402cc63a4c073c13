/* The builtins module, and the start-up of the VM's own types (function,
 * method, cell, module, generator, frame). runtime.c calls
 * builtins_init() once every other builtin type is ready. */
#ifndef TAIPAN_BUILTINS_H
#define TAIPAN_BUILTINS_H
#include "../objects/object.h"

TP_MUST_CHECK int builtins_init(void);
/* The builtins module object (after builtins_init). */
extern value builtins_module;

/* Runs a compiled module body: the module's __main__-style run used by
 * main.c. Returns 0, or -1 with the exception set. */
TP_MUST_CHECK int builtins_run_main(value code, value module);

/* sys.displayhook's default behaviour (builtins_exec.c): None prints
 * nothing; anything else has its repr written to sys.stdout (C stdout
 * before sys exists) and is kept as builtins._ . Returns None, or V_NULL
 * with an exception. */
TP_MUST_CHECK value builtins_displayhook(value v);
/* PRINT_EXPR ('single' code): sys.displayhook(v), or builtins_displayhook
 * before sys exists. */
TP_MUST_CHECK value builtins_print_expr(value v);
/* sys.breakpointhook's default behaviour (builtins_misc.c): honours
 * PYTHONBREAKPOINT ("0": do nothing; unset: pdb.set_trace; else the
 * callable it names, warned about when it cannot be imported) and calls
 * the hook with the arguments. */
TP_MUST_CHECK value builtins_breakpointhook(value self, int argc, const value *argv, value kwnames);

#endif
