/* The eval loop: runs code objects. Python-to-Python calls made by CALL
 * push a frame and continue in the same C loop; a call from C (obj_call
 * on a function, a generator being resumed, a module body) enters the
 * loop afresh with an "entry" frame that returns to its C caller. */
#ifndef TAIPAN_EVAL_H
#define TAIPAN_EVAL_H
#include "../objects/object.h"
#include "frame.h"

/* Runs a module or class body (or exec'd code): LOAD_NAME looks in
 * `locals` (any mapping; V_NULL means globals), then globals, then
 * builtins. Returns what the code returns. */
TP_MUST_CHECK value eval_code(value code, value globals, value locals);
/* exec()/eval() of any code object: module-like code as eval_code; a
 * function's code (CO_NEWLOCALS) through a function made for the call,
 * so missing arguments are reported as a call would report them; and
 * free variables from `closure` (a tuple of cells, or V_NULL). */
TP_MUST_CHECK value eval_code_ex(value code, value globals, value locals, value closure);
/* Calls a Python function object: the call slot of function_type. */
TP_MUST_CHECK value eval_call_function(value func, int argc, const value *argv, value kwnames);
/* Resumes a generator frame: `sent` is pushed as the value of the yield
 * (ignored at the first resume), or `exc` (when not V_NULL) is raised at
 * the yield. Returns the yielded value with *done = 0, or the return value
 * with *done = 1, or V_NULL with an exception (the frame is finished). */
TP_MUST_CHECK value eval_resume(frame *f, value sent, value exc, int *done);

/* The builtins dict every new module frame sees (set by builtins.c). */
extern value eval_builtins;

#endif

/* Runs a class body: func's code with `ns` as its locals mapping (what
 * __build_class__ does). Returns the body's return value (the
 * __classcell__ cell, or None). */
TP_MUST_CHECK value eval_class_body(value func, value ns);
