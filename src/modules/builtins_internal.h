/* Shared by the builtins module's files: argument helpers and the
 * function tables each file contributes. */
#ifndef TAIPAN_BUILTINS_INTERNAL_H
#define TAIPAN_BUILTINS_INTERNAL_H
#include "../objects/object.h"

value bi_kwarg(int argc, const value *argv, value kwnames, const char *name);
TP_MUST_CHECK int bi_check_kwargs(const char *fname, value kwnames, const char *const *allowed);
TP_MUST_CHECK int bi_check_argc(const char *fname, int argc, int min, int max);
extern const method_def builtins_iter_functions[];
extern const method_def builtins_exec_functions[];   /* builtins_exec.c */
extern const method_def builtins_misc_functions[];   /* builtins_misc.c */
/* builtins_misc.c: readies its types and binds exit, quit, help, copyright,
 * credits and license in the builtins dict d. */
TP_MUST_CHECK int builtins_misc_init(value d);

#endif
