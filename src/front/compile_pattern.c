/* Code generation for the match statement (PEP 634), in the shape of
 * CPython 3.11's compiler. Each case works on the subject (a copy of it
 * for all but the last case); a pattern consumes the value it matches and
 * leaves its captured values on the stack, rotated below whatever is still
 * being matched, until the whole pattern has succeeded and the names are
 * stored. A failing test jumps to a "fail_pop" block that pops exactly the
 * values pushed so far (fail_pop[n] pops n, falling through to n-1).
 * SyntaxErrors found here (unreachable patterns, duplicate names or keys,
 * different names in alternatives) carry CPython's messages and positions:
 * the position of the last pattern visited. */
#include <string.h>
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "compile_internal.h"

#define MAX_STORES 256

typedef struct pattern_ctx {
    const char **stores;   /* captured names, in capture order */
    int nstores, capstores;
    bool allow_irrefutable;
    block **fail_pop;
    int nfail_pop;
    int on_top;            /* values above the captures that a failure pops */
} pattern_ctx;

static void compile_pattern(compiler *c, ast_node *p, pattern_ctx *pc);

/* A SyntaxError at the current position (the last pattern visited). */
static void loc_error(compiler *c, const char *fmt, const char *arg)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, arg);
    c_error_here(c, msg);
}

static bool is_wildcard(ast_node *p)
{
    return p->kind == AST_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_star_wildcard(ast_node *p)
{
    return p->kind == AST_MatchStar && !p->v.MatchStar.name;
}

static void ensure_fail_pop(compiler *c, pattern_ctx *pc, int n)
{
    if (n < pc->nfail_pop)
        return;
    block **nb = arena_alloc(c->arena, sizeof(block *) * (size_t)(n + 1));
    if (!nb) {
        c_oom(c);
        return;
    }
    if (pc->nfail_pop)
        memcpy(nb, pc->fail_pop, sizeof(block *) * (size_t)pc->nfail_pop);
    for (int i = pc->nfail_pop; i <= n; i++)
        nb[i] = c_new_block(c);
    pc->fail_pop = nb;
    pc->nfail_pop = n + 1;
}

static void jump_to_fail_pop(compiler *c, pattern_ctx *pc, int op)
{
    int pops = pc->on_top + pc->nstores;
    ensure_fail_pop(c, pc, pops);
    if (!c_ok(c))
        return;
    c_emit_jump(c, op, pc->fail_pop[pops]);
}

/* The failure path: each block pops one value and falls into the next. */
static void emit_and_reset_fail_pop(compiler *c, pattern_ctx *pc)
{
    if (!pc->nfail_pop)
        return;
    c_set_loc_none(c);
    for (int i = pc->nfail_pop - 1; i > 0; i--) {
        c_use_block(c, pc->fail_pop[i]);
        c_emit(c, OP_POP_TOP, 0);
    }
    c_use_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->nfail_pop = 0;
}

/* Moves TOS down `count` places (count-1 swaps). */
static void rotate(compiler *c, int count)
{
    while (count > 1)
        c_emit(c, OP_SWAP, count--);
}

static bool has_store(pattern_ctx *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (!strcmp(pc->stores[i], name))
            return true;
    return false;
}

static void add_store(compiler *c, pattern_ctx *pc, const char *name)
{
    if (pc->nstores == pc->capstores) {
        int cap = pc->capstores ? pc->capstores * 2 : 8;
        const char **ns = arena_alloc(c->arena, sizeof(char *) * (size_t)cap);
        if (!ns) {
            c_oom(c);
            return;
        }
        if (pc->nstores)
            memcpy(ns, pc->stores, sizeof(char *) * (size_t)pc->nstores);
        pc->stores = ns;
        pc->capstores = cap;
    }
    pc->stores[pc->nstores++] = name;
}

static void store_name(compiler *c, const char *name, pattern_ctx *pc)
{
    if (!name) {
        c_emit(c, OP_POP_TOP, 0);
        return;
    }
    if (!strcmp(name, "__debug__")) {
        loc_error(c, "cannot assign to %s", name);
        return;
    }
    if (has_store(pc, name)) {
        char q[300];
        snprintf(q, sizeof q, "'%s'", name);
        loc_error(c, "multiple assignments to name %s in pattern", q);
        return;
    }
    /* below what is still being matched and the earlier captures */
    rotate(c, pc->on_top + pc->nstores + 1);
    add_store(c, pc, name);
}

static void subpattern(compiler *c, ast_node *p, pattern_ctx *pc)
{
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    compile_pattern(c, p, pc);
    pc->allow_irrefutable = saved;
}

/* -- Sequences -------------------------------------------------------------- */

static void sequence_unpack(compiler *c, ast_seq *pats, int star, pattern_ctx *pc)
{
    int size = ast_seq_len(pats);
    if (star >= 0)
        c_emit(c, OP_UNPACK_EX, star | ((size - star - 1) << 8));
    else
        c_emit(c, OP_UNPACK_SEQUENCE, size);
    pc->on_top += size;
    for (int i = 0; i < size && c_ok(c); i++) {
        pc->on_top--;
        subpattern(c, ast_seq_node(pats, i), pc);
    }
}

/* [a, *_, b]: index the subject rather than unpacking all of it. */
static void sequence_subscr(compiler *c, ast_seq *pats, int star, pattern_ctx *pc)
{
    int size = ast_seq_len(pats);
    pc->on_top++;
    for (int i = 0; i < size && c_ok(c); i++) {
        ast_node *p = ast_seq_node(pats, i);
        if (is_wildcard(p) || i == star)
            continue;
        c_emit(c, OP_COPY, 1);
        if (i < star) {
            c_load_const(c, v_small(i));
        } else {
            c_emit(c, OP_GET_LEN, 0);
            c_load_const(c, v_small(size - i));
            c_emit(c, OP_BINARY_OP, NB_SUB);
        }
        c_emit(c, OP_BINARY_SUBSCR, 0);
        subpattern(c, p, pc);
    }
    pc->on_top--;
    c_emit(c, OP_POP_TOP, 0);
}

static void pattern_sequence(compiler *c, ast_node *p, pattern_ctx *pc)
{
    ast_seq *pats = p->v.MatchSequence.patterns;
    int size = ast_seq_len(pats), star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        ast_node *q = ast_seq_node(pats, i);
        if (q->kind == AST_MatchStar) {
            if (star >= 0) {
                loc_error(c, "multiple starred names in sequence pattern%s", "");
                return;
            }
            star_wildcard = is_star_wildcard(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;
    c_emit(c, OP_MATCH_SEQUENCE, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star < 0) {
        c_emit(c, OP_GET_LEN, 0);
        c_load_const(c, v_small(size));
        c_emit(c, OP_COMPARE_OP, CMP_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    } else if (size - 1 > 0) {
        c_emit(c, OP_GET_LEN, 0);
        c_load_const(c, v_small(size - 1));
        c_emit(c, OP_COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcard)
        c_emit(c, OP_POP_TOP, 0);
    else if (star_wildcard)
        sequence_subscr(c, pats, star, pc);
    else
        sequence_unpack(c, pats, star, pc);
}

/* -- Mappings ------------------------------------------------------------------ */

/* A literal the parser allows as a key that is no constant here: complex
 * numbers (-1+2j), which CPython's AST optimiser folds. */
static bool is_literal(ast_node *k)
{
    switch (k->kind) {
    case AST_Constant: return true;
    case AST_UnaryOp: return is_literal(k->v.UnaryOp.operand);
    case AST_BinOp: return is_literal(k->v.BinOp.left) && is_literal(k->v.BinOp.right);
    default: return false;
    }
}

static void pattern_mapping(compiler *c, ast_node *p, pattern_ctx *pc)
{
    ast_seq *keys = p->v.MatchMapping.keys, *pats = p->v.MatchMapping.patterns;
    int size = ast_seq_len(keys);
    const char *rest = p->v.MatchMapping.rest;
    pc->on_top++;
    c_emit(c, OP_MATCH_MAPPING, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (!size && !rest) {
        pc->on_top--;
        c_emit(c, OP_POP_TOP, 0);
        return;
    }
    if (size) {
        c_emit(c, OP_GET_LEN, 0);
        c_load_const(c, v_small(size));
        c_emit(c, OP_COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    }
    value seen[size ? size : 1];
    int nseen = 0;
    for (int i = 0; i < size && c_ok(c); i++) {
        ast_node *k = ast_seq_node(keys, i);
        value v;
        if (c_const_of(c, k, &v)) {
            for (int j = 0; j < nseen; j++) {
                int eq = obj_richcompare_bool(seen[j], v, CMP_EQ);
                if (eq < 0) {
                    exc_clear();
                    continue;
                }
                if (eq) {
                    value r = obj_repr(v);
                    c_set_loc(c, p);
                    loc_error(c, "mapping pattern checks duplicate key (%s)", r ? str_data(r) : "?");
                    exc_clear();
                    return;
                }
            }
            seen[nseen++] = v;
        } else if (!c_ok(c)) {
            return;
        } else if (k->kind != AST_Attribute && !is_literal(k)) {
            loc_error(c, "mapping pattern keys may only match literals and attribute lookups%s", "");
            return;
        }
        c_expr(c, k);
    }
    c_emit(c, OP_BUILD_TUPLE, size);
    c_emit(c, OP_MATCH_KEYS, 0);
    pc->on_top += 2;
    c_emit(c, OP_COPY, 1);
    c_load_none(c);
    c_emit(c, OP_IS_OP, 1);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    c_emit(c, OP_UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size && c_ok(c); i++) {
        pc->on_top--;
        subpattern(c, ast_seq_node(pats, i), pc);
    }
    pc->on_top -= 2;
    if (rest) {
        /* rest = dict(subject) minus the matched keys */
        c_emit(c, OP_BUILD_MAP, 0);
        c_emit(c, OP_SWAP, 3);
        c_emit(c, OP_DICT_UPDATE, 2);
        c_emit(c, OP_UNPACK_SEQUENCE, size);
        while (size) {
            c_emit(c, OP_COPY, 1 + size--);
            c_emit(c, OP_SWAP, 2);
            c_emit(c, OP_DELETE_SUBSCR, 0);
        }
        store_name(c, rest, pc);
    } else {
        c_emit(c, OP_POP_TOP, 0);
        c_emit(c, OP_POP_TOP, 0);
    }
}

/* -- Classes ---------------------------------------------------------------------- */

static void pattern_class(compiler *c, ast_node *p, pattern_ctx *pc)
{
    ast_seq *pats = p->v.MatchClass.patterns, *attrs = p->v.MatchClass.kwd_attrs,
            *kwpats = p->v.MatchClass.kwd_patterns;
    int nargs = ast_seq_len(pats), nattrs = ast_seq_len(attrs);
    for (int i = 0; i < nattrs; i++) {
        const char *a = attrs->items[i];
        for (int j = i + 1; j < nattrs; j++) {
            if (!strcmp(a, attrs->items[j])) {
                c_set_loc(c, ast_seq_node(kwpats, j));
                loc_error(c, "attribute name repeated in class pattern: %s", a);
                return;
            }
        }
    }
    c_expr(c, p->v.MatchClass.cls);
    value names = tuple_new((size_t)nattrs);
    if (!names) {
        c_oom(c);
        return;
    }
    for (int i = 0; i < nattrs; i++)
        tuple_items(names)[i] = c_str(c, attrs->items[i]);
    c_load_const(c, names);
    c_emit(c, OP_MATCH_CLASS, nargs);
    c_emit(c, OP_COPY, 1);
    c_load_none(c);
    c_emit(c, OP_IS_OP, 1);
    pc->on_top++;
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    c_emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs && c_ok(c); i++) {
        pc->on_top--;
        ast_node *q = i < nargs ? ast_seq_node(pats, i) : ast_seq_node(kwpats, i - nargs);
        if (is_wildcard(q)) {
            c_emit(c, OP_POP_TOP, 0);
            continue;
        }
        subpattern(c, q, pc);
    }
}

/* -- Alternatives ----------------------------------------------------------------- */

static int index_of(const char **names, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(names[i], name))
            return i;
    return -1;
}

static void pattern_or(compiler *c, ast_node *p, pattern_ctx *pc)
{
    ast_seq *alts = p->v.MatchOr.patterns;
    int size = ast_seq_len(alts);
    block *end = c_new_block(c);
    pattern_ctx old = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    for (int i = 0; i < size && c_ok(c); i++) {
        ast_node *alt = ast_seq_node(alts, i);
        c_set_loc(c, alt);
        memset(pc, 0, sizeof *pc);
        pc->allow_irrefutable = i == size - 1 && old.allow_irrefutable;
        c_emit(c, OP_COPY, 1);
        compile_pattern(c, alt, pc);
        if (!c_ok(c))
            break;
        int nstores = pc->nstores;
        if (i == 0) {
            control = pc->stores;
            ncontrol = nstores;
        } else if (nstores != ncontrol) {
            loc_error(c, "alternative patterns bind different names%s", "");
            break;
        } else if (nstores) {
            /* same names, maybe in another order: reorder the stack */
            for (int ic = nstores - 1; ic >= 0 && c_ok(c); ic--) {
                int is = index_of(pc->stores, nstores, control[ic]);
                if (is < 0) {
                    loc_error(c, "alternative patterns bind different names%s", "");
                    break;
                }
                if (ic != is) {
                    int rotations = is + 1;
                    const char *rotated[MAX_STORES];
                    if (nstores > MAX_STORES) {
                        loc_error(c, "too many names in an alternative pattern%s", "");
                        break;
                    }
                    /* stores = stores[rotations:ic-is+rotations] with the first
                     * `rotations` moved to position ic - is */
                    memcpy(rotated, pc->stores, sizeof(char *) * (size_t)rotations);
                    memmove(pc->stores, pc->stores + rotations,
                            sizeof(char *) * (size_t)(nstores - rotations));
                    int at = ic - is;
                    memmove(pc->stores + at + rotations, pc->stores + at,
                            sizeof(char *) * (size_t)(nstores - rotations - at));
                    memcpy(pc->stores + at, rotated, sizeof(char *) * (size_t)rotations);
                    while (rotations--)
                        rotate(c, ic + 1);
                }
            }
        }
        c_emit_jump(c, PSEUDO_JUMP, end);
        emit_and_reset_fail_pop(c, pc);
    }
    if (!c_ok(c))
        return;
    *pc = old;
    /* no alternative matched: pop the subject and fail */
    c_emit(c, OP_POP_TOP, 0);
    jump_to_fail_pop(c, pc, PSEUDO_JUMP);
    c_use_block(c, end);
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol && c_ok(c); i++) {
        rotate(c, nrots);
        if (has_store(pc, control[i])) {
            char q[300];
            snprintf(q, sizeof q, "'%s'", control[i]);
            loc_error(c, "multiple assignments to name %s in pattern", q);
            return;
        }
        add_store(c, pc, control[i]);
    }
    c_emit(c, OP_POP_TOP, 0);
}

/* -- Dispatch ------------------------------------------------------------------------ */

static void compile_pattern(compiler *c, ast_node *p, pattern_ctx *pc)
{
    if (!c_ok(c))
        return;
    c_set_loc(c, p);
    switch (p->kind) {
    case AST_MatchValue:
        if (p->v.MatchValue.value->kind == AST_JoinedStr) {   /* the parser lets f-strings through */
            c_error(c, p->v.MatchValue.value, "patterns may only match literals and attribute lookups");
            break;
        }
        c_expr(c, p->v.MatchValue.value);
        c_set_loc(c, p);
        c_emit(c, OP_COMPARE_OP, CMP_EQ);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case AST_MatchSingleton:
        c_load_const(c, c_const_value(c, &p->v.MatchSingleton.value));
        c_emit(c, OP_IS_OP, 0);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
        break;
    case AST_MatchSequence: pattern_sequence(c, p, pc); break;
    case AST_MatchMapping: pattern_mapping(c, p, pc); break;
    case AST_MatchClass: pattern_class(c, p, pc); break;
    case AST_MatchStar: store_name(c, p->v.MatchStar.name, pc); break;
    case AST_MatchAs:
        if (!p->v.MatchAs.pattern) {
            if (!pc->allow_irrefutable) {
                if (p->v.MatchAs.name) {
                    char q[300];
                    snprintf(q, sizeof q, "'%s'", p->v.MatchAs.name);
                    loc_error(c, "name capture %s makes remaining patterns unreachable", q);
                } else {
                    loc_error(c, "wildcard makes remaining patterns unreachable%s", "");
                }
                return;
            }
            store_name(c, p->v.MatchAs.name, pc);
            break;
        }
        pc->on_top++;
        c_emit(c, OP_COPY, 1);
        compile_pattern(c, p->v.MatchAs.pattern, pc);
        pc->on_top--;
        store_name(c, p->v.MatchAs.name, pc);
        break;
    case AST_MatchOr: pattern_or(c, p, pc); break;
    default:
        c_error(c, p, "unknown pattern kind");
        break;
    }
}

void c_match(compiler *c, ast_node *n)
{
    c_expr(c, n->v.Match.subject);
    ast_seq *cases = n->v.Match.cases;
    int ncases = ast_seq_len(cases);
    ast_node *last = ast_seq_node(cases, ncases - 1);
    bool has_default = is_wildcard(last->v.match_case.pattern) && ncases > 1;
    block *end = c_new_block(c);
    pattern_ctx pc;
    for (int i = 0; i < ncases - has_default && c_ok(c); i++) {
        ast_node *m = ast_seq_node(cases, i);
        c_set_loc(c, m->v.match_case.pattern);
        bool copy = i != ncases - has_default - 1;
        if (copy)
            c_emit(c, OP_COPY, 1);
        memset(&pc, 0, sizeof pc);
        pc.allow_irrefutable = m->v.match_case.guard != NULL || i == ncases - 1;
        compile_pattern(c, m->v.match_case.pattern, &pc);
        if (!c_ok(c))
            return;
        for (int k = 0; k < pc.nstores; k++)
            c_nameop(c, pc.stores[k], AST_CTX_Store);
        if (m->v.match_case.guard) {
            ensure_fail_pop(c, &pc, 0);
            if (!c_ok(c))
                return;
            c_jump_if(c, m->v.match_case.guard, pc.fail_pop[0], false);
        }
        if (copy)
            c_emit(c, OP_POP_TOP, 0);
        c_stmts(c, m->v.match_case.body);
        c_set_loc_none(c);
        c_emit_jump(c, PSEUDO_JUMP, end);
        emit_and_reset_fail_pop(c, &pc);
    }
    if (has_default && c_ok(c)) {
        c_set_loc(c, last->v.match_case.pattern);
        c_emit(c, ncases == 1 ? OP_POP_TOP : OP_NOP, 0);
        if (last->v.match_case.guard)
            c_jump_if(c, last->v.match_case.guard, end, false);
        c_stmts(c, last->v.match_case.body);
    }
    c_use_block(c, end);
}
