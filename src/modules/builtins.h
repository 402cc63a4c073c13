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

#endif
