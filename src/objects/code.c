/* The code object type (src/vm/code.h): construction from what the
 * compiler assembled, the look-ups the VM needs (line and position of an
 * instruction, exception handler of an instruction), the co_* attributes,
 * and the disassembler behind `taipan --dis`. Code objects are immutable
 * from Python; their arrays are raw blocks owned by the object and traced
 * through it. */
#include <inttypes.h>
#include <string.h>
#include "../gc/gc.h"
#include "../vm/code.h"
#include "../vm/exc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "bytes.h"
#include "list.h"

const char *const opcode_names[OP_COUNT] = {
#define OP(name, has_arg, doc) [OP_##name] = #name,
#include "../vm/opcodes.def"
#undef OP
};

const unsigned char opcode_has_arg[OP_COUNT] = {
#define OP(name, has_arg, doc) [OP_##name] = has_arg,
#include "../vm/opcodes.def"
#undef OP
};

/* -- Construction ------------------------------------------------------- */

/* A raw copy of n items of `size` bytes; NULL with MemoryError set. A zero
 * count still gets a (1-byte) block so the fields are never NULL. */
static void *raw_copy(const void *src, size_t n, size_t size)
{
    void *p = gc_alloc_raw(n ? n * size : 1);
    if (p && n)
        memcpy(p, src, n * size);
    return p;
}

value code_new(const code_init *in)
{
    code_object *co = (code_object *)gc_alloc(&code_type, sizeof(code_object));
    if (!co)
        return V_NULL;
    co->argcount = in->argcount;
    co->posonlyargcount = in->posonlyargcount;
    co->kwonlyargcount = in->kwonlyargcount;
    co->flags = in->flags;
    co->firstlineno = in->firstlineno;
    co->stacksize = in->stacksize;
    co->localsplusnames = in->localsplusnames;
    co->consts = in->consts;
    co->names = in->names;
    co->filename = in->filename;
    co->name = in->name;
    co->qualname = in->qualname;
    if (in->adopt_arrays) {
        co->instrs = (code_unit *)in->instrs;
        co->positions = (code_pos *)in->positions;
        co->localspluskinds = (uint8_t *)in->localspluskinds;
        co->exctable = (code_exc_entry *)in->exctable;
    } else if (!(co->instrs = raw_copy(in->instrs, (size_t)in->ninstrs, sizeof(code_unit))) ||
               !(co->positions = raw_copy(in->positions, (size_t)in->ninstrs, sizeof(code_pos))) ||
               !(co->localspluskinds = raw_copy(in->localspluskinds, (size_t)in->nlocalsplus, 1)) ||
               !(co->exctable = raw_copy(in->exctable, (size_t)in->nexc, sizeof(code_exc_entry)))) {
        return V_NULL;
    }
    co->ninstrs = in->ninstrs;
    co->nlocalsplus = in->nlocalsplus;
    for (int i = 0; i < in->nlocalsplus; i++) {
        uint8_t k = in->localspluskinds[i];
        co->nlocals += (k & CO_FAST_LOCAL) != 0;
        co->ncellvars += (k & CO_FAST_CELL) != 0;
        co->nfreevars += (k & CO_FAST_FREE) != 0;
    }
    co->nexc = in->nexc;
    return v_from_obj(co);
}

/* -- Look-ups for the VM ------------------------------------------------ */

int code_addr_to_line(code_object *co, int i)
{
    if (i < 0 || i >= co->ninstrs)
        return -1;
    return co->positions[i].lineno;
}

bool code_addr_to_pos(code_object *co, int i, int *line, int *end_line, int *col, int *end_col)
{
    if (i < 0 || i >= co->ninstrs || co->positions[i].lineno < 0)
        return false;
    const code_pos *p = &co->positions[i];
    *line = p->lineno;
    *end_line = p->end_lineno;
    *col = p->col;
    *end_col = p->end_col;
    return true;
}

/* Entries are sorted by start and disjoint: a binary search. */
bool code_find_handler(code_object *co, int i, int *target, int *depth, int *lasti)
{
    int lo = 0, hi = co->nexc;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const code_exc_entry *e = &co->exctable[mid];
        if (i < e->start) {
            hi = mid;
        } else if (i >= e->end) {
            lo = mid + 1;
        } else {
            *target = e->target;
            *depth = e->depth;
            *lasti = e->lasti;
            return true;
        }
    }
    return false;
}

/* The names of the slots whose kind has `kind`, as a new tuple. */
static value names_of_kind(code_object *co, int kind)
{
    int n = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        n += (co->localspluskinds[i] & kind) != 0;
    value t = tuple_new((size_t)n);
    if (!t)
        return V_NULL;
    int j = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kind)
            tuple_items(t)[j++] = tuple_get(co->localsplusnames, (size_t)i);
    return t;
}

value code_varnames(code_object *co) { return names_of_kind(co, CO_FAST_LOCAL); }
value code_cellvars(code_object *co) { return names_of_kind(co, CO_FAST_CELL); }
value code_freevars(code_object *co) { return names_of_kind(co, CO_FAST_FREE); }

/* -- The type ------------------------------------------------------------ */

static void code_trace(object *o, gc_tracer *t)
{
    code_object *co = (code_object *)o;
    gc_mark_value(t, co->localsplusnames);
    gc_mark_value(t, co->consts);
    gc_mark_value(t, co->names);
    gc_mark_value(t, co->filename);
    gc_mark_value(t, co->name);
    gc_mark_value(t, co->qualname);
    gc_mark_raw(t, co->instrs);
    gc_mark_raw(t, co->positions);
    gc_mark_raw(t, co->localspluskinds);
    gc_mark_raw(t, co->exctable);
    gc_mark_raw(t, co->global_cache);
    gc_mark_raw(t, co->icache);
}

static value code_repr(value v)
{
    code_object *co = v_code(v);
    return str_format("<code object %S at %p, file \"%S\", line %d>", co->name, (void *)co,
                      co->filename, co->firstlineno);
}

static value get_int(int i) { return int_from_i64(i); }
static value co_argcount(value s) { return get_int(v_code(s)->argcount); }
static value co_posonlyargcount(value s) { return get_int(v_code(s)->posonlyargcount); }
static value co_kwonlyargcount(value s) { return get_int(v_code(s)->kwonlyargcount); }
static value co_flags(value s) { return get_int(v_code(s)->flags); }
static value co_firstlineno(value s) { return get_int(v_code(s)->firstlineno); }
static value co_stacksize(value s) { return get_int(v_code(s)->stacksize); }
static value co_nlocals(value s) { return get_int(v_code(s)->nlocals); }
static value co_consts(value s) { return v_code(s)->consts; }
static value co_names(value s) { return v_code(s)->names; }
static value co_filename(value s) { return v_code(s)->filename; }
static value co_name(value s) { return v_code(s)->name; }
static value co_qualname(value s) { return v_code(s)->qualname; }
static value co_varnames(value s) { return code_varnames(v_code(s)); }
static value co_cellvars(value s) { return code_cellvars(v_code(s)); }
static value co_freevars(value s) { return code_freevars(v_code(s)); }

/* (lineno, end_lineno, col, end_col) per instruction, None where unknown. */
static value position_tuple(const code_pos *p)
{
    value f[4];
    int nums[4] = { p->lineno, p->end_lineno, p->col, p->end_col };
    for (int k = 0; k < 4; k++)
        f[k] = p->lineno < 0 || nums[k] < 0 ? V_NONE : int_from_i64(nums[k]);
    return tuple_pack(4, f[0], f[1], f[2], f[3]);
}

static value code_co_positions(value self, int argc, const value *argv, value kwnames)
{
    code_object *co = v_code(self);
    value l = list_new(0);
    if (!l)
        return V_NULL;
    for (int i = 0; i < co->ninstrs; i++) {
        value t = position_tuple(&co->positions[i]);
        if (!t || list_append(l, t) < 0)
            return V_NULL;
    }
    return obj_iter(l);
}

/* (start, end, line) byte ranges with one line each (None: no line). */
static value code_co_lines(value self, int argc, const value *argv, value kwnames)
{
    code_object *co = v_code(self);
    value l = list_new(0);
    if (!l)
        return V_NULL;
    int start = 0;
    for (int i = 1; i <= co->ninstrs; i++) {
        if (i < co->ninstrs && co->positions[i].lineno == co->positions[start].lineno)
            continue;
        int line = co->positions[start].lineno;
        value t = tuple_pack(3, v_small(2 * start), v_small(2 * i), line < 0 ? V_NONE : v_small(line));
        if (!t || list_append(l, t) < 0)
            return V_NULL;
        start = i;
    }
    return obj_iter(l);
}

/* co_code: the instruction words as bytes (Taipan's opcodes, not CPython's). */
static value co_code(value s)
{
    code_object *co = v_code(s);
    return bytes_from((const char *)co->instrs, (size_t)co->ninstrs * sizeof(code_unit));
}

static const method_def code_methods[] = {
    { "co_positions", code_co_positions, METH_NOARGS,
      "Return an iterator of (lineno, end_lineno, col, end_col) for each instruction." },
    { "co_lines", code_co_lines, METH_NOARGS,
      "Return an iterator of (start, end, lineno) for the ranges of instruction offsets." },
    { NULL, NULL, 0, NULL },
};

static const getset_def code_getsets[] = {
    { "co_code", co_code, NULL, NULL },
    { "co_argcount", co_argcount, NULL, NULL },
    { "co_posonlyargcount", co_posonlyargcount, NULL, NULL },
    { "co_kwonlyargcount", co_kwonlyargcount, NULL, NULL },
    { "co_flags", co_flags, NULL, NULL },
    { "co_firstlineno", co_firstlineno, NULL, NULL },
    { "co_stacksize", co_stacksize, NULL, NULL },
    { "co_nlocals", co_nlocals, NULL, NULL },
    { "co_consts", co_consts, NULL, NULL },
    { "co_names", co_names, NULL, NULL },
    { "co_filename", co_filename, NULL, NULL },
    { "co_name", co_name, NULL, NULL },
    { "co_qualname", co_qualname, NULL, NULL },
    { "co_varnames", co_varnames, NULL, NULL },
    { "co_cellvars", co_cellvars, NULL, NULL },
    { "co_freevars", co_freevars, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object code_type = {
    .hdr = { .type = &type_type },
    .name = "code",
    .basicsize = sizeof(code_object),
    .trace = code_trace,
    .repr = code_repr,
    .getattr = obj_generic_getattr,
    .methods = code_methods,
    .getsets = code_getsets,
};

/* -- The disassembler ----------------------------------------------------- */

/* Prints the repr of v; -1 when repr fails. */
static int print_repr(value v, FILE *f)
{
    value r = obj_repr(v);
    if (!r)
        return -1;
    fwrite(str_data(r), 1, str_size(r), f);
    return 0;
}

static const char *const cmp_names[] = { "<", "<=", "==", "!=", ">", ">=" };

/* The human hint after an argument: the constant, the name, the slot. */
static int print_hint(code_object *co, int op, int arg, FILE *f)
{
    value names = co->names;
    switch (op) {
    case OP_LOAD_CONST: case OP_KW_NAMES:
        if (arg < (int)tuple_len(co->consts)) {
            fputs(" (", f);
            if (print_repr(tuple_get(co->consts, (size_t)arg), f) < 0)
                return -1;
            fputs(")", f);
        }
        return 0;
    case OP_LOAD_GLOBAL:
        if ((arg >> 1) < (int)tuple_len(names))
            fprintf(f, " (%s%s)", (arg & 1) ? "NULL + " : "", str_data(tuple_get(names, (size_t)(arg >> 1))));
        return 0;
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_STORE_GLOBAL:
    case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_LOAD_METHOD: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        if (arg < (int)tuple_len(names))
            fprintf(f, " (%s)", str_data(tuple_get(names, (size_t)arg)));
        return 0;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_MAKE_CELL:
    case OP_LOAD_CLOSURE: case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_STORE_DEREF:
    case OP_DELETE_DEREF:
        if (arg < co->nlocalsplus)
            fprintf(f, " (%s)", str_data(tuple_get(co->localsplusnames, (size_t)arg)));
        return 0;
    case OP_COMPARE_OP:
        if (arg >= 0 && arg < 6)
            fprintf(f, " (%s)", cmp_names[arg]);
        return 0;
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
    case OP_SEND: case OP_JUMP_BACKWARD_NO_INTERRUPT:
        fprintf(f, " (to %d)", arg);
        return 0;
    default:
        return 0;
    }
}

static int dis_one(code_object *co, FILE *f)
{
    fputs("Disassembly of ", f);
    if (print_repr(v_from_obj(co), f) < 0)
        return -1;
    fprintf(f, ":\n");
    int arg = 0, last_line = -1;
    for (int i = 0; i < co->ninstrs; i++) {
        int op = code_op(co->instrs[i]);
        arg = (arg << 8) | code_arg(co->instrs[i]);
        int line = co->positions[i].lineno;
        if (line != last_line && line >= 0) {
            if (i > 0)
                fputc('\n', f);
            fprintf(f, "%4d", line);
            last_line = line;
        } else {
            fputs("    ", f);
        }
        fprintf(f, " %6d %-24s", i, op < OP_COUNT ? opcode_names[op] : "<bad>");
        if (op < OP_COUNT && opcode_has_arg[op]) {
            fprintf(f, " %d", arg);
            if (op != OP_EXTENDED_ARG && print_hint(co, op, arg, f) < 0)
                return -1;
        }
        fputc('\n', f);
        if (op != OP_EXTENDED_ARG)
            arg = 0;
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", f);
        for (int i = 0; i < co->nexc; i++) {
            const code_exc_entry *e = &co->exctable[i];
            fprintf(f, "  %d to %d -> %d [%d]%s\n", e->start, e->end, e->target, e->depth,
                    e->lasti ? " lasti" : "");
        }
    }
    fputc('\n', f);
    return 0;
}

int code_disassemble(value v, FILE *f)
{
    code_object *co = v_code(v);
    if (dis_one(co, f) < 0)
        return -1;
    for (size_t i = 0; i < tuple_len(co->consts); i++) {
        value c = tuple_get(co->consts, i);
        if (v_is_code(c) && code_disassemble(c, f) < 0)
            return -1;
    }
    return 0;
}
