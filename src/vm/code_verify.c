/* The structural check of loaded code objects (code_verify.h). Four
 * passes over one code object, each cheap and linear:
 *   1. the fields: counts in range, tuples of the right types, slot kinds
 *      that form localsplus as the VM expects (arguments are plain locals,
 *      free variables come last);
 *   2. the words: every opcode known, EXTENDED_ARG chains short and never
 *      last, every argument in range for its opcode (consts, names and
 *      slot indexes, operator numbers, jump targets that land on the first
 *      word of an instruction);
 *   3. the exception table: entries in range, sorted, disjoint, handlers
 *      on instruction starts, not covering the prologue;
 *   4. the stack: a walk of the control-flow graph from instruction 0 and
 *      from every handler, as the assembler's own depth pass, requiring
 *      each instruction to find the items it reads, never to leave more
 *      than co->stacksize, to be reached with one depth only, and never to
 *      fall off the end of the code. The walk also tracks which stack
 *      slots may hold NULL (PUSH_NULL, LOAD_GLOBAL's low bit and
 *      LOAD_METHOD make one): the VM reads such a slot only as the
 *      callable-or-NULL of CALL / CALL_FUNCTION_EX or moves it with
 *      COPY, SWAP and POP_TOP, so every other reader must find a value
 *      there, and paths that meet must agree on the set as on the depth.
 * Plus the prologue rule that makes cell slots safe to dereference: a
 * generator starts with RETURN_GENERATOR, every cell slot is made by a
 * MAKE_CELL and the free slots filled by COPY_FREE_VARS before any other
 * instruction runs, nothing jumps or unwinds into that prologue, and the
 * plain *_FAST instructions never touch a cell or free slot. The stack effects are written here again rather than shared
 * with the compiler's (src/front/assemble.c): this table also says what
 * each instruction *reads*, which the compiler's net effects do not, and
 * a new opcode that one table forgets makes the loader refuse compiled
 * code, which the unit tests catch at once. */
#include <stdlib.h>
#include <string.h>
#include "code_verify.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

/* A frame's slots are counted in 16 bits (frame.h: nslots). */
#define MAX_SLOTS 0xffff
/* EXTENDED_ARG prefixes before one instruction: 3 give 32-bit arguments. */
#define MAX_PREFIXES 3

/* One instruction as pass 2 found it, for the walk of pass 4: where its
 * real word is, its whole argument, and its stack effect (bounded by
 * the frame's size, so it fits an int). */
typedef struct vinstr {
    int j, op, arg;
    int in, fall, jump;
    bool jumps, ends;
} vinstr;

typedef struct vctx {
    code_object *co;
    int n;                   /* ninstrs */
    int64_t nconsts, nnames;
    int nfree;
    bool generator;          /* any of the generator/coroutine flags */
    uint8_t *starts;         /* starts[i]: word i begins an instruction */
    int *depth;              /* per word, -1 until reached */
    int *nulls_at;           /* per word: where its may-be-NULL set starts in pool */
    int *nulls_n;            /* per word: that set's size */
    int *pool;               /* the sets: ascending absolute stack positions */
    size_t pool_len, pool_cap;
    int *cur;                /* the set being computed (stacksize + 1 entries) */
    vinstr *info;            /* per instruction start */
    int *work;               /* the walk's pending instruction starts */
    int nwork;
    int prologue_end;        /* first word after the prologue */
} vctx;

/* What an instruction does to the value stack: it reads the top `in`
 * items; execution continues at the next instruction `fall` items deeper
 * (unless `ends`), or at `target` `jump` items deeper (when `jumps`). */
typedef struct effect {
    int64_t in, fall, jump;
    bool jumps, ends;
} effect;

/* -- Pass 1: the fields ------------------------------------------------- */

static bool all_str(value t)
{
    for (size_t i = 0; i < tuple_len(t); i++)
        if (!v_is_str(tuple_get(t, i)))
            return false;
    return true;
}

static const char *check_fields(vctx *c)
{
    code_object *co = c->co;
    if (co->ninstrs < 1)
        return "empty code";
    if (co->argcount < 0 || co->posonlyargcount < 0 || co->kwonlyargcount < 0 ||
        co->posonlyargcount > co->argcount || co->stacksize < 0 || co->nlocalsplus < 0 ||
        co->nexc < 0)
        return "negative count";
    if ((int64_t)co->nlocalsplus + co->stacksize > MAX_SLOTS)
        return "frame too large";
    if (!v_is_tuple(co->consts) || !v_is_tuple(co->names) || !all_str(co->names) ||
        !v_is_tuple(co->localsplusnames) || !all_str(co->localsplusnames) ||
        tuple_len(co->localsplusnames) != (size_t)co->nlocalsplus)
        return "bad code tables";
    if (!v_is_str(co->filename) || !v_is_str(co->name) || !v_is_str(co->qualname))
        return "bad code names";
    int64_t nargs = (int64_t)co->argcount + co->kwonlyargcount + ((co->flags & CO_VARARGS) != 0) +
                    ((co->flags & CO_VARKEYWORDS) != 0);
    if (nargs > co->nlocalsplus)
        return "more arguments than slots";
    bool seen_free = false;
    for (int i = 0; i < co->nlocalsplus; i++) {
        int k = co->localspluskinds[i];
        if (k != CO_FAST_LOCAL && k != CO_FAST_CELL && k != (CO_FAST_LOCAL | CO_FAST_CELL) &&
            k != CO_FAST_FREE)
            return "bad slot kind";
        if (i < nargs && !(k & CO_FAST_LOCAL))
            return "argument slot is not a local";
        if (k == CO_FAST_FREE)
            seen_free = true;
        else if (seen_free)
            return "free variables are not last";
        c->nfree += k == CO_FAST_FREE;
    }
    c->nconsts = (int64_t)tuple_len(co->consts);
    c->nnames = (int64_t)tuple_len(co->names);
    c->generator = (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    return NULL;
}

/* -- Pass 2: the words -------------------------------------------------- */

/* The real instruction that starts at word i: its index, opcode and whole
 * argument (pass 2 has checked the chain is short and not last). */
static int decode(code_object *co, int i, int *op, int64_t *arg)
{
    int64_t a = code_arg(co->instrs[i]);
    while (code_op(co->instrs[i]) == OP_EXTENDED_ARG) {
        i++;
        a = a << 8 | code_arg(co->instrs[i]);
    }
    *op = code_op(co->instrs[i]);
    *arg = a;
    return i;
}

static bool is_target(vctx *c, int64_t t)
{
    return t >= 0 && t < c->n && c->starts[t];
}

static bool slot_kind(vctx *c, int64_t slot, int kinds)
{
    return slot >= 0 && slot < c->co->nlocalsplus && (c->co->localspluskinds[slot] & kinds);
}

/* KW_NAMES (at word j, argument arg) names the keyword arguments of the
 * CALL right after it: a tuple of str no longer than the CALL's count. */
static const char *check_kw_names(vctx *c, int j, int64_t arg)
{
    if (arg >= c->nconsts)
        return "const index out of range";
    value names = tuple_get(c->co->consts, (size_t)arg);
    if (!v_is_tuple(names) || !all_str(names))
        return "KW_NAMES without a tuple of str";
    if (j + 1 >= c->n)
        return "KW_NAMES without CALL";
    int op;
    int64_t n;
    decode(c->co, j + 1, &op, &n);
    if (op != OP_CALL || (int64_t)tuple_len(names) > n)
        return "KW_NAMES without a matching CALL";
    return NULL;
}

static void set(effect *e, int64_t in, int64_t fall)
{
    e->in = in;
    e->fall = fall;
}

static void set_jump(effect *e, int64_t in, int64_t fall, int64_t jump, bool ends)
{
    e->in = in;
    e->fall = fall;
    e->jump = jump;
    e->jumps = true;
    e->ends = ends;
}

/* The effect of the instruction at word j, after checking its argument.
 * Returns NULL or the reason it is unsound. */
static const char *instr_effect(vctx *c, int j, int op, int64_t arg, effect *e)
{
    memset(e, 0, sizeof *e);
    switch (op) {
    case OP_NOP: case OP_RESUME: case OP_SETUP_ANNOTATIONS:
        return NULL;
    case OP_POP_TOP: case OP_PRINT_EXPR: case OP_IMPORT_STAR: set(e, 1, -1); return NULL;
    case OP_PUSH_NULL: case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR: set(e, 0, 1); return NULL;
    case OP_COPY:
        if (arg < 1)
            return "bad COPY";
        set(e, arg, 1);
        return NULL;
    case OP_SWAP:
        if (arg < 1)
            return "bad SWAP";
        set(e, arg, 0);
        return NULL;
    case OP_LOAD_CONST:
        if (arg >= c->nconsts)
            return "const index out of range";
        set(e, 0, 1);
        return NULL;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        /* plain locals only: a cell slot must always hold its cell */
        if (arg >= c->co->nlocalsplus || c->co->localspluskinds[arg] != CO_FAST_LOCAL)
            return "local slot out of range";
        set(e, op == OP_STORE_FAST, op == OP_LOAD_FAST ? 1 : op == OP_STORE_FAST ? -1 : 0);
        return NULL;
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_STORE_GLOBAL:
    case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_LOAD_METHOD: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        if (arg >= c->nnames)
            return "name index out of range";
        switch (op) {
        case OP_LOAD_NAME: set(e, 0, 1); break;
        case OP_STORE_NAME: case OP_STORE_GLOBAL: case OP_DELETE_ATTR: set(e, 1, -1); break;
        case OP_LOAD_ATTR: set(e, 1, 0); break;
        case OP_LOAD_METHOD: case OP_IMPORT_FROM: set(e, 1, 1); break;
        case OP_STORE_ATTR: set(e, 2, -2); break;
        case OP_IMPORT_NAME: set(e, 2, -1); break;
        default: break;   /* the deletes of names and globals */
        }
        return NULL;
    case OP_LOAD_GLOBAL:
        if ((arg >> 1) >= c->nnames)
            return "name index out of range";
        set(e, 0, 1 + (arg & 1));
        return NULL;
    case OP_MAKE_CELL:
        if (!slot_kind(c, arg, CO_FAST_CELL))
            return "MAKE_CELL of a slot that is no cell";
        if (j >= c->prologue_end)
            return "MAKE_CELL outside the prologue";
        return NULL;
    case OP_COPY_FREE_VARS:
        if (arg != c->nfree || j >= c->prologue_end)
            return "bad COPY_FREE_VARS";
        return NULL;
    case OP_LOAD_CLOSURE: case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_STORE_DEREF:
    case OP_DELETE_DEREF:
        if (!slot_kind(c, arg, CO_FAST_CELL | CO_FAST_FREE))
            return "cell slot out of range";
        set(e, op == OP_STORE_DEREF, op == OP_STORE_DEREF ? -1 : op == OP_DELETE_DEREF ? 0 : 1);
        return NULL;
    case OP_BINARY_OP:
        if (arg >= 2 * NB_COUNT)
            return "bad BINARY_OP";
        set(e, 2, -1);
        return NULL;
    case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT:
    case OP_LIST_TO_TUPLE: case OP_GET_ITER: case OP_GET_YIELD_FROM_ITER: case OP_GET_AITER:
    case OP_ASYNC_GEN_WRAP:
        set(e, 1, 0);
        return NULL;
    case OP_COMPARE_OP:
        if (arg > CMP_GE)
            return "bad COMPARE_OP";
        set(e, 2, -1);
        return NULL;
    case OP_IS_OP: case OP_CONTAINS_OP:
        if (arg > 1)
            return "bad IS_OP/CONTAINS_OP";
        set(e, 2, -1);
        return NULL;
    case OP_BINARY_SUBSCR: set(e, 2, -1); return NULL;
    case OP_STORE_SUBSCR: set(e, 3, -3); return NULL;
    case OP_DELETE_SUBSCR: set(e, 2, -2); return NULL;
    case OP_BINARY_SLICE: set(e, 3, -2); return NULL;
    case OP_STORE_SLICE: set(e, 4, -4); return NULL;
    case OP_BUILD_SLICE:
        if (arg != 2 && arg != 3)
            return "bad BUILD_SLICE";
        set(e, arg, 1 - arg);
        return NULL;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        set(e, arg, 1 - arg);
        return NULL;
    case OP_BUILD_MAP: set(e, 2 * arg, 1 - 2 * arg); return NULL;
    case OP_BUILD_CONST_KEY_MAP: set(e, arg + 1, -arg); return NULL;
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
        /* pops one, then works on PEEK(arg) */
        if (arg < 1)
            return "bad container index";
        set(e, arg + 1, -1);
        return NULL;
    case OP_MAP_ADD:
        if (arg < 1)
            return "bad container index";
        set(e, arg + 2, -2);
        return NULL;
    case OP_DICT_MERGE:
        /* also names the callee, PEEK(arg + 2), in its errors */
        if (arg < 1)
            return "bad container index";
        set(e, arg + 3, -1);
        return NULL;
    case OP_FORMAT_VALUE:
        if (arg > 7)
            return "bad FORMAT_VALUE";
        set(e, 1 + ((arg & 4) != 0), -((arg & 4) != 0));
        return NULL;
    case OP_UNPACK_SEQUENCE: set(e, 1, arg - 1); return NULL;
    case OP_UNPACK_EX:
        if (arg > 0xffff)
            return "bad UNPACK_EX";
        set(e, 1, (arg & 0xff) + (arg >> 8));
        return NULL;
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
        set_jump(e, 0, 0, 0, true);
        break;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
        set_jump(e, 1, -1, -1, false);
        break;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: set_jump(e, 1, -1, 0, false); break;
    case OP_FOR_ITER: set_jump(e, 1, 1, -1, false); break;
    case OP_SEND: set_jump(e, 2, 0, -1, false); break;
    case OP_KW_NAMES: return check_kw_names(c, j, arg);
    case OP_CALL: set(e, arg + 2, -arg - 1); return NULL;
    case OP_CALL_FUNCTION_EX:
        if (arg > 1)
            return "bad CALL_FUNCTION_EX";
        set(e, 3 + arg, -2 - arg);
        return NULL;
    case OP_MAKE_FUNCTION: {
        if (arg > 15)
            return "bad MAKE_FUNCTION";
        int parts = __builtin_popcount((unsigned)arg);
        set(e, 1 + parts, -parts);
        return NULL;
    }
    case OP_RETURN_VALUE: set(e, 1, -1); e->ends = true; return NULL;
    case OP_RAISE_VARARGS:
        if (arg > 2)
            return "bad RAISE_VARARGS";
        set(e, arg, -arg);
        e->ends = true;
        return NULL;
    case OP_RERAISE:
        /* pops the exception, then reads lasti at PEEK(arg) */
        set(e, 1 + arg, -1);
        e->ends = true;
        return NULL;
    case OP_PUSH_EXC_INFO: case OP_BEFORE_WITH: case OP_BEFORE_ASYNC_WITH: case OP_GET_ANEXT:
    case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
        set(e, 1, 1);
        return NULL;
    case OP_POP_EXCEPT: set(e, 1, -1); return NULL;
    case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH: set(e, 2, 0); return NULL;
    case OP_PREP_RERAISE_STAR: set(e, 2, -1); return NULL;
    case OP_WITH_EXCEPT_START: set(e, 4, 1); return NULL;
    case OP_RETURN_GENERATOR:
        /* only as a generator's first instruction, resumed with the sent
         * value pushed */
        if (!c->generator || j != 0)
            return "misplaced RETURN_GENERATOR";
        set(e, 0, 1);
        return NULL;
    case OP_YIELD_VALUE:
        if (!c->generator)
            return "YIELD_VALUE outside a generator";
        set(e, 1, 0);
        return NULL;
    case OP_GET_AWAITABLE:
        if (arg > 2)
            return "bad GET_AWAITABLE";
        set(e, 1, 0);
        return NULL;
    case OP_END_ASYNC_FOR: set(e, 2, -2); return NULL;
    case OP_MATCH_KEYS: set(e, 2, 1); return NULL;
    case OP_MATCH_CLASS: set(e, 3, -2); return NULL;
    default:
        return "unknown opcode";
    }
    /* the jumps */
    if (!is_target(c, arg))
        return "jump target out of range";
    if (arg < c->prologue_end)
        return "jump into the prologue";
    return NULL;
}

/* Where the prologue ends: [RETURN_GENERATOR POP_TOP], MAKE_CELL for
 * every cell slot (in any order), then [COPY_FREE_VARS] when there are
 * free variables. Every cell slot must be made there, and the free slots
 * filled, before any other instruction can run. */
static const char *find_prologue(vctx *c)
{
    code_object *co = c->co;
    int i = 0, op;
    int64_t arg;
    if (c->generator) {
        if (co->ninstrs < 2 || code_op(co->instrs[0]) != OP_RETURN_GENERATOR ||
            code_op(co->instrs[1]) != OP_POP_TOP)
            return "generator without RETURN_GENERATOR";
        i = 2;
    }
    uint8_t *made = calloc((size_t)co->nlocalsplus + 1, 1);
    if (!made)
        return "out of memory";
    while (i < co->ninstrs && c->starts[i]) {
        int j = decode(co, i, &op, &arg);
        if (op != OP_MAKE_CELL || arg >= co->nlocalsplus)
            break;
        made[arg] = 1;
        i = j + 1;
    }
    const char *bad = NULL;
    if (c->nfree) {
        int j = i < co->ninstrs ? decode(co, i, &op, &arg) : -1;   /* i is a start */
        if (j < 0 || op != OP_COPY_FREE_VARS)
            bad = "free variables not copied in the prologue";
        else
            i = j + 1;
    }
    c->prologue_end = i;
    for (int s = 0; s < co->nlocalsplus && !bad; s++)
        if ((co->localspluskinds[s] & CO_FAST_CELL) && !made[s])
            bad = "cell slot not made in the prologue";
    free(made);
    return bad;
}

/* Records the instruction starting at word i; its effect must fit the
 * frame (a bigger one could never be satisfied anyway). */
static const char *record(vctx *c, int i, int j, int64_t arg, const effect *e)
{
    int64_t lim = c->co->stacksize;
    if (e->in > lim)
        return "stack underflow";
    if (e->fall > lim || e->fall < -lim - 1 || e->jump > lim || e->jump < -lim - 1)
        return "stack overflow";
    c->info[i] = (vinstr){ .j = j, .op = code_op(c->co->instrs[j]), .arg = (int)arg, .in = (int)e->in, .fall = (int)e->fall,
                           .jump = (int)e->jump, .jumps = e->jumps, .ends = e->ends };
    return NULL;
}

static const char *check_words(vctx *c)
{
    code_object *co = c->co;
    int prefixes = 0;
    for (int i = 0; i < c->n; i++) {
        int op = code_op(co->instrs[i]);
        if (op >= OP_COUNT)
            return "opcode out of range";
        c->starts[i] = prefixes == 0;
        if (op == OP_EXTENDED_ARG) {
            if (++prefixes > MAX_PREFIXES || i + 1 == c->n)
                return "bad EXTENDED_ARG";
        } else {
            prefixes = 0;
        }
    }
    const char *bad = find_prologue(c);
    if (bad)
        return bad;
    for (int i = 0; i < c->n; i++) {
        if (!c->starts[i])
            continue;
        int op;
        int64_t arg;
        int j = decode(co, i, &op, &arg);
        if (arg > INT32_MAX)
            return "argument out of range";
        effect e;
        if ((bad = instr_effect(c, j, op, arg, &e)) || (bad = record(c, i, j, arg, &e)))
            return bad;
    }
    return NULL;
}

/* -- Pass 3: the exception table --------------------------------------- */

static const char *check_exc_table(vctx *c)
{
    code_object *co = c->co;
    for (int k = 0; k < co->nexc; k++) {
        const code_exc_entry *x = &co->exctable[k];
        if (x->start < 0 || x->end <= x->start || x->end > c->n)
            return "exception range out of range";
        if (k > 0 && x->start < co->exctable[k - 1].end)
            return "exception table not sorted";
        if (!is_target(c, x->target) || x->target < c->prologue_end || x->start < c->prologue_end)
            return "bad exception handler";
        if (x->depth < 0 || (int64_t)x->depth + 1 + x->lasti > co->stacksize)
            return "exception handler depth out of range";
    }
    return NULL;
}

/* -- Pass 4: the stack -------------------------------------------------- */

/* Reaches the instruction at word i with depth d and the may-be-NULL
 * set (set, n): recorded when first reached, else required to match. */
static const char *reach(vctx *c, int64_t i, int64_t d, const int *set, int n)
{
    if (d < 0)
        return "stack underflow";
    if (d > c->co->stacksize)
        return "stack overflow";
    if (i >= c->n)
        return "code falls off its end";
    if (c->depth[i] < 0) {
        if (c->pool_len + (size_t)n > c->pool_cap) {
            size_t cap = c->pool_cap * 2 + (size_t)n + 64;
            int *p = realloc(c->pool, cap * sizeof(int));
            if (!p)
                return "out of memory";
            c->pool = p;
            c->pool_cap = cap;
        }
        if (n)   /* the pool may still be NULL: memcpy(NULL, ..., 0) is undefined */
            memcpy(c->pool + c->pool_len, set, (size_t)n * sizeof(int));
        c->nulls_at[i] = (int)c->pool_len;
        c->nulls_n[i] = n;
        c->pool_len += (size_t)n;
        c->depth[i] = (int)d;
        c->work[c->nwork++] = (int)i;
    } else if (c->depth[i] != d) {
        return "inconsistent stack depth";
    } else if (c->nulls_n[i] != n || (n && memcmp(c->pool + c->nulls_at[i], set, (size_t)n * sizeof(int)))) {
        return "inconsistent NULL stack items";
    }
    return NULL;
}

/* The positions of set below `limit`: a prefix, the set being ascending. */
static int below(const int *set, int n, int64_t limit)
{
    int k = 0;
    while (k < n && set[k] < limit)
        k++;
    return k;
}

/* Whether the instruction may find NULL at absolute position p (depth d). */
static bool null_read_ok(const vinstr *in, int64_t d, int p)
{
    switch (in->op) {
    case OP_POP_TOP: case OP_COPY: case OP_SWAP: return true;
    case OP_CALL: return p == d - (in->arg + 2);
    case OP_CALL_FUNCTION_EX: return p == d - (in->arg + 3);
    default: return false;
    }
}

/* The may-be-NULL set after the instruction falls through, in c->cur;
 * returns its size, or -1 when the instruction reads a NULL it must not. */
static int nulls_after(vctx *c, const vinstr *in, int64_t d, const int *set, int n)
{
    int64_t lo = d - in->in;
    int k = below(set, n, lo);
    for (int m = k; m < n; m++)
        if (!null_read_ok(in, d, set[m]))
            return -1;
    int *out = c->cur;
    if (in->op == OP_SWAP && in->arg == 1) {
        for (int m = 0; m < n; m++)   /* a loop, not memcpy: set may be NULL when empty */
            out[m] = set[m];
        return n;
    }
    if (in->op == OP_COPY || in->op == OP_SWAP) {
        /* items keep or exchange their NULL-ness */
        int src = (int)(d - in->arg);
        bool src_null = false, top_null = false;
        int len = 0;
        for (int m = 0; m < n; m++) {
            if (set[m] == src)
                src_null = true;
            if (set[m] == d - 1)
                top_null = true;
        }
        for (int m = 0; m < n; m++)
            if (in->op == OP_COPY || (set[m] != src && set[m] != d - 1))
                out[len++] = set[m];
        if (in->op == OP_COPY) {
            if (src_null)
                out[len++] = (int)d;
        } else {
            /* re-insert in ascending order: src < d - 1 */
            int64_t a = src_null ? d - 1 : -1, b = top_null ? src : -1;
            int tmp[2], t = 0;
            if (b >= 0)
                tmp[t++] = (int)b;
            if (a >= 0)
                tmp[t++] = (int)a;
            for (int q = 0; q < t; q++) {
                int pos = len++;
                while (pos > 0 && out[pos - 1] > tmp[q]) {
                    out[pos] = out[pos - 1];
                    pos--;
                }
                out[pos] = tmp[q];
            }
        }
        return len;
    }
    for (int m = 0; m < k; m++)   /* set may be NULL when empty */
        out[m] = set[m];
    if (in->op == OP_PUSH_NULL || (in->op == OP_LOAD_GLOBAL && (in->arg & 1)))
        out[k++] = (int)d;
    else if (in->op == OP_LOAD_METHOD)
        out[k++] = (int)(d - 1);
    return k;
}

/* The handler of the instruction at word j, or NULL (the VM's look-up). */
static const code_exc_entry *handler_of(code_object *co, int j)
{
    int lo = 0, hi = co->nexc;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (j < co->exctable[mid].start)
            hi = mid;
        else if (j >= co->exctable[mid].end)
            lo = mid + 1;
        else
            return &co->exctable[mid];
    }
    return NULL;
}

static const char *walk_stack(vctx *c)
{
    code_object *co = c->co;
    const char *bad = reach(c, 0, 0, NULL, 0);
    while (!bad && c->nwork) {
        int i = c->work[--c->nwork];
        int64_t d = c->depth[i];
        const vinstr *in = &c->info[i];
        /* the set is copied out: reach() may move the pool */
        int n = c->nulls_n[i];
        int *set = c->cur + co->stacksize + 1;
        if (n)   /* the pool may still be NULL: memcpy(..., NULL, 0) is undefined */
            memcpy(set, c->pool + c->nulls_at[i], (size_t)n * sizeof(int));
        const code_exc_entry *h = co->nexc ? handler_of(co, in->j) : NULL;
        if (h) {
            if (h->depth > d)
                return "exception handler depth above the stack";
            if ((bad = reach(c, h->target, (int64_t)h->depth + 1 + h->lasti, set,
                             below(set, n, h->depth))))
                break;
        }
        if (d < in->in)
            return "stack underflow";
        int m = nulls_after(c, in, d, set, n);
        if (m < 0)
            return "NULL stack item where a value is needed";
        if (in->jumps && (bad = reach(c, in->arg, d + in->jump, c->cur, below(c->cur, m, d + in->jump))))
            break;
        if (!in->ends)
            bad = reach(c, in->j + 1, d + in->fall, c->cur, below(c->cur, m, d + in->fall));
    }
    return bad;
}

/* -- Entry -------------------------------------------------------------- */

const char *code_verify(code_object *co)
{
    vctx c = { .co = co, .n = co->ninstrs };
    const char *bad = check_fields(&c);
    if (bad)
        return bad;
    /* one block for the per-word arrays, widest first */
    size_t n = (size_t)c.n;
    size_t sets = 2 * ((size_t)co->stacksize + 1);   /* c.cur and walk_stack's copy */
    char *block = malloc(n * (sizeof(vinstr) + 4 * sizeof(int) + 1) + sets * sizeof(int));
    if (!block)
        return "out of memory";
    c.info = (vinstr *)block;
    c.depth = (int *)(c.info + n);
    c.work = c.depth + n;
    c.nulls_at = c.work + n;
    c.nulls_n = c.nulls_at + n;
    c.cur = c.nulls_n + n;
    c.starts = (uint8_t *)(c.cur + sets);
    memset(c.depth, 0xff, n * sizeof(int));   /* -1: not reached */
    if (!(bad = check_words(&c)) && !(bad = check_exc_table(&c)))
        bad = walk_stack(&c);
    free(c.pool);
    free(block);
    return bad;
}
