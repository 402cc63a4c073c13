/* The code object: what the compiler (src/front/compile*.c) produces for a
 * module, class body, function, lambda or comprehension, and what the VM
 * runs. Its shape follows CPython 3.11's: wordcode instructions (opcodes.def),
 * "localsplus" slots (locals with the arguments first, then cell variables
 * that are not arguments, then free variables) each with a kind, constants
 * and names tuples, a zero-cost exception table and a position per
 * instruction. A code object is immutable from Python; the VM may rewrite
 * instruction words in place (adaptive specialisation), nothing else.
 * The type and its attributes (co_name, co_consts, ...) live in
 * src/objects/code.c; the opcode enum below is generated from opcodes.def. */
#ifndef TAIPAN_CODE_H
#define TAIPAN_CODE_H
#include <stdbool.h>
#include <stdint.h>
#include "../objects/object.h"

/* -- Opcodes ------------------------------------------------------------- */

enum {
#define OP(name, has_arg, doc) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
};
extern const char *const opcode_names[OP_COUNT];   /* "LOAD_CONST" */
extern const unsigned char opcode_has_arg[OP_COUNT];

/* One instruction word: opcode in the low byte, argument in the high byte.
 * Arguments over 255 are built by EXTENDED_ARG prefixes (each prefix shifts
 * the accumulated argument left by 8 bits). Jump arguments are absolute
 * instruction indexes, counting EXTENDED_ARG words too. */
typedef uint16_t code_unit;
static inline int code_op(code_unit u) { return u & 0xff; }
static inline int code_arg(code_unit u) { return u >> 8; }

/* -- Flags (CPython's values, so co_flags reads the same) ---------------- */

enum {
    CO_OPTIMIZED = 0x0001,          /* locals are fast slots (functions) */
    CO_NEWLOCALS = 0x0002,          /* a new locals dict/slots per call */
    CO_VARARGS = 0x0004,            /* has *args (its slot follows the kw-only args) */
    CO_VARKEYWORDS = 0x0008,        /* has **kwargs (its slot follows *args) */
    CO_NESTED = 0x0010,             /* defined inside a function */
    CO_GENERATOR = 0x0020,
    CO_NOFREE = 0x0040,             /* no free and no cell variables */
    CO_COROUTINE = 0x0080,
    CO_ITERABLE_COROUTINE = 0x0100, /* types.coroutine */
    CO_ASYNC_GENERATOR = 0x0200,
};

/* Kinds of the localsplus slots (CPython 3.11's values). An argument that a
 * nested function captures is LOCAL|CELL: same slot, turned into a cell by
 * MAKE_CELL at entry. */
enum {
    CO_FAST_LOCAL = 0x20,
    CO_FAST_CELL = 0x40,
    CO_FAST_FREE = 0x80,
};

/* An exception-table entry: an exception raised by an instruction in
 * [start, end) pops the value stack down to `depth` items, pushes the
 * instruction index of the raiser (as an int) when `lasti` is set, pushes
 * the exception, and jumps to `target`. Entries do not overlap (the
 * compiler emits the innermost handler's range only). */
typedef struct code_exc_entry {
    int start, end;      /* instruction indexes, end exclusive */
    int target;          /* handler's instruction index */
    int depth;           /* stack depth to restore */
    bool lasti;          /* push lasti before the exception */
} code_exc_entry;

/* The source range of one instruction: 1-based lines, 0-based UTF-8 byte
 * columns (as the AST has them). -1 in a field: unknown (e.g. lineno -1 for
 * compiler-generated cleanup code, which tracebacks do not show). */
typedef struct code_pos {
    int lineno, end_lineno;
    int col, end_col;
} code_pos;

typedef struct code_object {
    object hdr;
    int argcount;            /* positional parameters, positional-only included */
    int posonlyargcount;     /* positional-only ones (a prefix of argcount) */
    int kwonlyargcount;      /* keyword-only ones (after the positional ones) */
    int flags;               /* CO_* */
    int firstlineno;         /* line of the def/class/lambda (decorators: the first decorator's line), 1 for modules */
    int stacksize;           /* maximum value-stack depth the code needs */

    int ninstrs;             /* number of code units */
    code_unit *instrs;       /* gc_alloc_raw'd; op | arg << 8 */

    /* localsplus: slot i has name tuple_get(localsplusnames, i) and kind
     * localspluskinds[i]. Slots: argcount + kwonlyargcount arguments, then
     * *args, then **kwargs (when the flags say so), then other locals, then
     * cells that are not arguments, then free variables (the closure's
     * cells, in the order of the function's __closure__). */
    int nlocalsplus;         /* all slots */
    int nlocals;             /* slots with CO_FAST_LOCAL (co_nlocals, co_varnames) */
    int ncellvars;           /* slots with CO_FAST_CELL, args that are cells included (co_cellvars) */
    int nfreevars;           /* slots with CO_FAST_FREE (co_freevars), always the last ones */
    value localsplusnames;   /* tuple of interned str */
    uint8_t *localspluskinds;/* gc_alloc_raw'd, nlocalsplus bytes */

    /* consts[0] of a function (not a lambda, module or class) is its
     * docstring, or None when it has none: the VM sets __doc__ from it when
     * it is a str. A lambda's consts[0] is None too. */
    value consts;            /* tuple */
    value names;             /* tuple of interned str: globals, attributes, imports */
    value filename;          /* str */
    value name;              /* str: "f", "<module>", "<lambda>", "<listcomp>" */
    value qualname;          /* str: "C.f.<locals>.g" */

    int nexc;                /* exception-table entries, sorted by start */
    code_exc_entry *exctable;/* gc_alloc_raw'd */
    code_pos *positions;     /* gc_alloc_raw'd, one per instruction (ninstrs) */

    /* The eval loop's LOAD_GLOBAL cache (eval.c): NULL until first used,
     * then gc_alloc_raw'd, one entry per name. Untraced: an entry's value
     * is used only while the globals and builtins dicts still have the
     * versions it was found at, which proves it is still in them. */
    void *global_cache;
    /* The attribute inline caches (icache.h): NULL until the code has
     * missed a few times, then a gc_alloc_raw'd block, untraced inside. */
    struct code_icache *icache;
    uint32_t icache_misses;
} code_object;

extern type_object code_type;
static inline bool v_is_code(value v) { return v_is_ptr(v) && v_obj(v)->type == &code_type; }
static inline code_object *v_code(value v) { return (code_object *)v_obj(v); }

/* What the compiler hands to code_new; the arrays are copied, the values
 * stored as they are (the compiler makes the tuples). */
typedef struct code_init {
    int argcount, posonlyargcount, kwonlyargcount, flags, firstlineno, stacksize;
    int ninstrs;
    const code_unit *instrs;
    const code_pos *positions;       /* ninstrs entries */
    int nlocalsplus;
    value localsplusnames;           /* tuple, nlocalsplus items */
    const uint8_t *localspluskinds;  /* nlocalsplus entries */
    value consts, names, filename, name, qualname;
    int nexc;
    const code_exc_entry *exctable;
    /* The four arrays are gc_alloc_raw blocks (a zero count: a 1-byte
     * one) that the code object takes over instead of copying (the
     * marshal reader's, which allocates them so). */
    bool adopt_arrays;
} code_init;

TP_MUST_CHECK value code_new(const code_init *init);

/* The line of instruction i (-1 when it has none or i is out of range). */
int code_addr_to_line(code_object *co, int instr_index);
/* The whole position of instruction i; false when there is none. */
bool code_addr_to_pos(code_object *co, int i, int *line, int *end_line, int *col, int *end_col);
/* The handler of an exception raised at instruction i; false: none here,
 * the exception leaves the frame. For RERAISE, i is the RERAISE itself,
 * never the lasti it restores (that one is only for tracebacks and for the
 * lasti pushed to the next handler): looking up the restored lasti finds
 * the same handler again and loops, as CPython's eval loop notes. */
bool code_find_handler(code_object *co, int instr_index, int *target, int *depth, int *lasti);

/* co_varnames / co_cellvars / co_freevars: new tuples of the slot names of
 * that kind. */
TP_MUST_CHECK value code_varnames(code_object *co);
TP_MUST_CHECK value code_cellvars(code_object *co);
TP_MUST_CHECK value code_freevars(code_object *co);

/* Writes a readable listing of co and, after it, of every code object in
 * its constants (`taipan --dis FILE`). Returns -1 with an exception set
 * when a repr fails. */
#include <stdio.h>
TP_MUST_CHECK int code_disassemble(value co, FILE *f);

#endif
