/* The structural check of a code object that did not come from Taipan's
 * own compiler in this process: one read from a .pyc file or built by
 * marshal.loads (src/vm/marshal.c). The eval loop trusts its code objects:
 * it indexes consts, names and localsplus slots without bounds checks,
 * jumps wherever an argument says, keeps the value stack inside
 * co->stacksize slots because the compiler computed that bound, and
 * dereferences cell slots as cells. code_verify checks every one of those
 * promises on the code object itself (not on its nested code objects:
 * the loader verifies each as it is made), so a corrupt file cannot make
 * the VM read or write outside the frame or the tables. What it does not
 * check is the Python type of values on the stack (that KW_NAMES pairs
 * with CALL is checked; that MAKE_FUNCTION pops a code object is not):
 * docs/pyc.md lists exactly what is and is not covered. */
#ifndef TAIPAN_CODE_VERIFY_H
#define TAIPAN_CODE_VERIFY_H
#include "code.h"

/* NULL when co is sound; else a short static description of the first
 * problem found ("jump target out of range"), for error messages. May
 * fail only for want of memory, reported as "out of memory" (no
 * exception is set in any case). */
const char *code_verify(code_object *co);

#endif
