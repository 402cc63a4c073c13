/* Operations the eval loop shares with the builtins module (builtins.c):
 * ascii(v) and format(v, spec). */
#ifndef TAIPAN_EVAL_OPS_H
#define TAIPAN_EVAL_OPS_H
#include "../objects/object.h"

TP_MUST_CHECK value eval_ascii(value v);
TP_MUST_CHECK value eval_format(value v, value spec);

#endif
