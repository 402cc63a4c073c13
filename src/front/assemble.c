/* The assembler: a compiled unit's basic blocks -> a code object.
 *   1. stack depths, by a walk over the control-flow graph from the entry
 *      (handlers are entered from the SETUP pseudo-instruction that
 *      pushed them, with the exception, and lasti when asked, pushed);
 *      blocks never reached are dropped;
 *   2. layout: instruction indexes, with EXTENDED_ARG prefixes for big
 *      arguments, repeated until jump arguments stop growing;
 *   3. emission of the words, the positions, and the exception table (runs
 *      of instructions with the same handler). */
#include <stdlib.h>
#include <string.h>
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "compile_internal.h"

static bool is_jump(int op)
{
    switch (op) {
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SEND: case PSEUDO_JUMP: case PSEUDO_JUMP_NO_INTERRUPT:
        return true;
    default:
        return false;
    }
}

static bool is_unconditional(int op)
{
    return op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT || op == OP_JUMP_FORWARD ||
           op == OP_JUMP_BACKWARD || op == OP_JUMP_BACKWARD_NO_INTERRUPT;
}

static bool ends_flow(int op)
{
    return is_unconditional(op) || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* The change in stack depth; `jump` selects the branch-taken effect. */
int stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: case OP_EXTENDED_ARG: case OP_RESUME: case OP_SWAP: case OP_DELETE_FAST:
    case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_MAKE_CELL: case OP_COPY_FREE_VARS:
    case OP_DELETE_DEREF: case OP_LOAD_ATTR: case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE:
    case OP_UNARY_NOT: case OP_UNARY_INVERT: case OP_LIST_TO_TUPLE: case OP_JUMP_FORWARD:
    case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT: case OP_GET_ITER: case OP_KW_NAMES:
    case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH: case OP_SETUP_ANNOTATIONS:
    case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_GET_AWAITABLE: case OP_GET_AITER:
    case OP_ASYNC_GEN_WRAP: case PSEUDO_JUMP: case PSEUDO_JUMP_NO_INTERRUPT: case PSEUDO_SETUP:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_NAME: case OP_STORE_GLOBAL:
    case OP_STORE_DEREF: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP:
    case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_LIST_APPEND: case OP_SET_ADD:
    case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE:
    case OP_RETURN_VALUE: case OP_RERAISE: case OP_POP_EXCEPT: case OP_PREP_RERAISE_STAR:
    case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_PRINT_EXPR: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
        return -1;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_NAME:
    case OP_LOAD_CLOSURE: case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_LOAD_METHOD:
    case OP_PUSH_EXC_INFO: case OP_WITH_EXCEPT_START: case OP_BEFORE_WITH:
    case OP_BEFORE_ASYNC_WITH: case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR:
    case OP_IMPORT_FROM: case OP_GET_ANEXT: case OP_GET_LEN: case OP_MATCH_MAPPING:
    case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
    case OP_RETURN_GENERATOR:   /* resumed with the sent value pushed (popped next) */
        return 1;
    case OP_LOAD_GLOBAL: return 1 + (arg & 1);
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_END_ASYNC_FOR: case OP_MAP_ADD:
    case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR: case OP_BINARY_SLICE: return op == OP_STORE_SUBSCR ? -3 : -2;
    case OP_STORE_SLICE: return -4;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP: return -arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_CALL: return -arg - 1;
    case OP_CALL_FUNCTION_EX: return -2 - (arg & 1);
    case OP_MAKE_FUNCTION:
        return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case OP_RAISE_VARARGS: return -arg;
    default: return 0;
    }
}

/* -- 1. Stack depth ---------------------------------------------------------- */

typedef struct worklist {
    block **items;
    int n, cap;
} worklist;

static bool push_block(worklist *w, block *b, int depth, bool *bad)
{
    if (b->startdepth >= 0) {
        if (b->startdepth != depth)
            *bad = true;
        return true;
    }
    b->startdepth = depth;
    if (w->n == w->cap) {
        int cap = w->cap ? w->cap * 2 : 64;
        block **ni = realloc(w->items, (size_t)cap * sizeof *ni);
        if (!ni)
            return false;
        w->items = ni;
        w->cap = cap;
    }
    w->items[w->n++] = b;
    return true;
}

/* Returns the maximum depth, or -1 (MemoryError or an internal error). */
static int stack_depths(compiler *c, block *entry)
{
    worklist w = { 0 };
    bool bad = false;
    int maxdepth = 0;
    if (!push_block(&w, entry, 0, &bad))
        goto oom;
    while (w.n) {
        block *b = w.items[--w.n];
        int depth = b->startdepth;
        bool falls = true;
        for (int i = 0; i < b->n; i++) {
            instr *in = &b->instrs[i];
            if (in->op == PSEUDO_SETUP) {
                block *h = in->target;
                h->handler_depth = depth - in->arg;
                if (!push_block(&w, h, h->handler_depth + 1 + h->handler_lasti, &bad))
                    goto oom;
                continue;
            }
            if (is_jump(in->op)) {
                int d = depth + stack_effect(in->op, in->arg, true);
                if (d > maxdepth)
                    maxdepth = d;
                if (!push_block(&w, in->target, d, &bad))
                    goto oom;
            }
            depth += stack_effect(in->op, in->arg, false);
            if (depth > maxdepth)
                maxdepth = depth;
            if (depth < 0)
                bad = true;
            if (ends_flow(in->op)) {
                falls = false;
                break;
            }
        }
        if (falls && b->next && !push_block(&w, b->next, depth, &bad))
            goto oom;
    }
    free(w.items);
    if (bad) {
        exc_raise(&exc_SystemError, "compiler: inconsistent stack depth in %s", c->u->name);
        c->failed = true;
        return -1;
    }
    return maxdepth;
oom:
    free(w.items);
    c_oom(c);
    return -1;
}

/* -- 2. Layout -------------------------------------------------------------- */

static int arg_words(int arg)
{
    if (arg < 0)
        return 1;
    int n = 1;
    while (arg > 0xff) {
        arg >>= 8;
        n++;
    }
    return n;
}

static bool emitted(int op) { return op != PSEUDO_SETUP; }

static int real_op(instr *in, int here)
{
    if (in->op == PSEUDO_JUMP)
        return in->target->offset > here ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD;
    if (in->op == PSEUDO_JUMP_NO_INTERRUPT)
        return in->target->offset > here ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD_NO_INTERRUPT;
    return in->op;
}

static int final_arg(instr *in)
{
    return in->target ? in->target->offset : in->arg;
}

/* Offsets of blocks until stable; returns the total number of words. */
static int layout(block *first)
{
    for (block *b = first; b; b = b->next)
        b->offset = 0;
    for (int round = 0; round < 16; round++) {
        bool changed = false;
        int off = 0;
        for (block *b = first; b; b = b->next) {
            if (b->offset != off)
                changed = true;
            b->offset = off;
            for (int i = 0; i < b->n; i++)
                if (emitted(b->instrs[i].op))
                    off += arg_words(final_arg(&b->instrs[i]));
        }
        if (!changed && round > 0)
            return off;
    }
    return -1;
}

/* -- 3. Emission ------------------------------------------------------------ */

static value names_tuple(compiler *c, const char **names, int n)
{
    value t = tuple_new((size_t)n);
    if (!t) {
        c_oom(c);
        return V_NULL;
    }
    for (int i = 0; i < n; i++) {
        value s = c_str(c, names[i]);
        if (!s)
            return V_NULL;
        tuple_items(t)[i] = s;
    }
    return t;
}

value c_assemble(compiler *c, int flags)
{
    if (c->failed)
        return V_NULL;
    cunit *u = c->u;
    /* a body that falls off its end returns None */
    if (u->cur->n == 0 || !ends_flow(u->cur->instrs[u->cur->n - 1].op)) {
        c_set_loc_none(c);
        c_load_none(c);
        c_emit(c, OP_RETURN_VALUE, 0);
    }
    if (c->failed)
        return V_NULL;
    int maxdepth = stack_depths(c, u->first);
    if (maxdepth < 0)
        return V_NULL;
    /* drop the blocks never reached */
    block *first = NULL, **link = &first;
    for (block *b = u->first; b; b = b->next) {
        if (b->startdepth < 0)
            continue;
        *link = b;
        link = &b->next;
    }
    *link = NULL;
    int nwords = layout(first);
    if (nwords < 0) {
        exc_raise(&exc_SystemError, "compiler: jump layout does not converge");
        c->failed = true;
        return V_NULL;
    }
    code_unit *words = malloc(sizeof(code_unit) * (size_t)(nwords ? nwords : 1));
    code_pos *pos = malloc(sizeof(code_pos) * (size_t)(nwords ? nwords : 1));
    code_exc_entry *exc = malloc(sizeof(code_exc_entry) * (size_t)(nwords ? nwords : 1));
    int nexc = 0;
    value result = V_NULL;
    if (!words || !pos || !exc) {
        c_oom(c);
        goto done;
    }
    int k = 0;
    block *cur_handler = NULL;
    for (block *b = first; b; b = b->next) {
        const code_pos *prev = NULL;   /* the block's last emitted position */
        for (int i = 0; i < b->n; i++) {
            instr *in = &b->instrs[i];
            if (!emitted(in->op))
                continue;
            /* an instruction without a line (an artificial jump) takes the
             * line of the one before it in its block, as CPython's
             * propagate_line_numbers does */
            if (in->pos.lineno < 0 && prev)
                in->pos = *prev;
            prev = &in->pos;
            int arg = final_arg(in);
            int op = real_op(in, k);
            int nw = arg_words(arg);
            int start = k;
            for (int j = nw - 1; j >= 0; j--) {
                int part = (arg >> (8 * j)) & 0xff;
                words[k] = (code_unit)((j ? OP_EXTENDED_ARG : op) | (part << 8));
                pos[k] = in->pos;
                k++;
            }
            /* the exception table, run by run */
            block *h = in->handler;
            if (h && h->startdepth < 0)
                h = NULL;
            if (h != cur_handler || (h && nexc && exc[nexc - 1].end != start)) {
                if (h) {
                    exc[nexc].start = start;
                    exc[nexc].target = h->offset;
                    exc[nexc].depth = h->handler_depth;
                    exc[nexc].lasti = h->handler_lasti;
                    nexc++;
                }
                cur_handler = h;
            }
            if (h)
                exc[nexc - 1].end = k;
        }
    }
    /* localsplus */
    int nlp = u->nfast + u->ncells + u->nfrees;
    uint8_t *kinds = malloc((size_t)(nlp ? nlp : 1));
    if (!kinds) {
        c_oom(c);
        goto done;
    }
    const char **lpnames = arena_alloc(c->arena, sizeof(char *) * (size_t)(nlp ? nlp : 1));
    if (!lpnames) {
        free(kinds);
        c_oom(c);
        goto done;
    }
    for (int i = 0; i < u->nfast; i++) {
        lpnames[i] = u->fast[i];
        kinds[i] = CO_FAST_LOCAL;
        for (int j = 0; j < u->nargcells; j++)
            if (!strcmp(u->argcells[j], u->fast[i]))
                kinds[i] |= CO_FAST_CELL;
    }
    for (int i = 0; i < u->ncells; i++) {
        lpnames[u->nfast + i] = u->cells[i];
        kinds[u->nfast + i] = CO_FAST_CELL;
    }
    for (int i = 0; i < u->nfrees; i++) {
        lpnames[u->nfast + u->ncells + i] = u->frees[i];
        kinds[u->nfast + u->ncells + i] = CO_FAST_FREE;
    }
    value lpt = names_tuple(c, lpnames, nlp);
    value names = lpt ? names_tuple(c, u->names, u->nnames) : V_NULL;
    value consts = names ? list_as_tuple(u->consts) : V_NULL;
    value name = consts ? c_str(c, u->name) : V_NULL;
    if (!name) {
        free(kinds);
        c_oom(c);
        goto done;
    }
    code_init init = {
        .argcount = u->argcount,
        .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount,
        .flags = flags,
        .firstlineno = u->firstlineno,
        .stacksize = maxdepth,
        .ninstrs = nwords,
        .instrs = words,
        .positions = pos,
        .nlocalsplus = nlp,
        .localsplusnames = lpt,
        .localspluskinds = kinds,
        .consts = consts,
        .names = names,
        .filename = c->filename_str,
        .name = name,
        .qualname = u->qualname,
        .nexc = nexc,
        .exctable = exc,
    };
    result = code_new(&init);
    free(kinds);
    if (!result)
        c_oom(c);
done:
    free(words);
    free(pos);
    free(exc);
    return result;
}
