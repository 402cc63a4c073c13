/* Shared by the builtins module's files: argument helpers and the
 * function tables each file contributes. */
#ifndef TAIPAN_BUILTINS_INTERNAL_H
#define TAIPAN_BUILTINS_INTERNAL_H
#include "../objects/object.h"

value bi_kwarg(int argc, const value *argv, value kwnames, const char *name);
TP_MUST_CHECK int bi_check_kwargs(const char *fname, value kwnames, const char *const *allowed);
TP_MUST_CHECK int bi_check_argc(const char *fname, int argc, int min, int max);
extern const method_def builtins_iter_functions[];

#endif
