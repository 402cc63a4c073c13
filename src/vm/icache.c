/* The slow paths of the attribute inline caches (icache.h): each runs the
 * generic operation, then works out, without running any Python code,
 * whether what happened can be replayed for the same (type version,
 * shape) and stores an entry saying how. */
#include <stdlib.h>
#include <string.h>
#include "icache.h"
#include "../objects/str.h"
#include "../objects/module.h"
#include "../objects/function.h"
#include "../objects/type.h"
#include "../gc/gc.h"
#include "exc.h"

/* Misses a code object takes before it gets a cache: code that runs once
 * (most module bodies) never allocates one. */
enum { ICACHE_WARMUP = 16 };

static bool is_site(int op)
{
    return op == OP_LOAD_ATTR || op == OP_STORE_ATTR || op == OP_LOAD_METHOD;
}

/* -- Operand facts ------------------------------------------------------ */

/* The stack effect of op (pops, pushes) for the instructions an operand's
 * value may travel past: they leave the items below the ones they pop
 * alone and never copy a reference to one (COPY, SWAP, stores and the
 * rest are not listed). false: unknown. */
static bool stack_effect(int op, int arg, int *pop, int *push)
{
    *pop = 0;
    *push = 1;
    switch (op) {
    case OP_LOAD_FAST: case OP_LOAD_CONST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE:
    case OP_PUSH_NULL:
        return true;
    case OP_LOAD_GLOBAL: *push = 1 + (arg & 1); return true;
    case OP_LOAD_ATTR: *pop = 1; return true;
    case OP_LOAD_METHOD: *pop = 1; *push = 2; return true;
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT:
        *pop = 1;
        return true;
    case OP_BINARY_OP: case OP_BINARY_SUBSCR: case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP:
        *pop = 2;
        return true;
    case OP_CALL: *pop = arg + 2; return true;
    case OP_KW_NAMES: *push = 0; return true;
    default: return false;
    }
}

/* The instruction that pushed the item `depth` below the top (0: the top)
 * of the stack that instruction i starts with, when that is certain: the
 * same straight-line run of code (no jump lands in between) made only of
 * instructions stack_effect knows. -1 otherwise. */
static int producer(code_object *co, const uint8_t *landing, int i, int depth)
{
    for (int k = i - 1; k >= 0; k--) {
        if (landing[k + 1] || (k > 0 && code_op(co->instrs[k - 1]) == OP_EXTENDED_ARG))
            return -1;
        int pop, push;
        if (!stack_effect(code_op(co->instrs[k]), code_arg(co->instrs[k]), &pop, &push))
            return -1;
        if (depth < push)
            return k;
        depth += pop - push;
    }
    return -1;
}

static int jump_target(int op, int arg)
{
    switch (op) {
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SEND:
        return arg;
    default:
        return -1;
    }
}

/* Fills facts[] (IC_TEMP_*) for every BINARY_OP of co. */
static void find_facts(code_object *co, uint8_t *facts)
{
    int n = co->ninstrs;
    uint8_t *landing = calloc((size_t)n + 1, 1);   /* where a jump or handler may land */
    if (!landing)
        return;
    int arg = 0;
    for (int i = 0; i < n; i++) {
        int op = code_op(co->instrs[i]);
        arg = arg << 8 | code_arg(co->instrs[i]);
        if (op == OP_EXTENDED_ARG)
            continue;
        int t = jump_target(op, arg);
        if (t >= 0 && t <= n)
            landing[t] = 1;
        arg = 0;
    }
    for (int e = 0; e < co->nexc; e++)
        if (co->exctable[e].target >= 0 && co->exctable[e].target <= n)
            landing[co->exctable[e].target] = 1;
    for (int i = 0; i < n; i++) {
        if (code_op(co->instrs[i]) != OP_BINARY_OP)
            continue;
        int l = producer(co, landing, i, 1), r = producer(co, landing, i, 0);
        if (l >= 0 && code_op(co->instrs[l]) == OP_BINARY_OP)
            facts[i] |= IC_TEMP_LEFT;
        if (r >= 0 && code_op(co->instrs[r]) == OP_BINARY_OP)
            facts[i] |= IC_TEMP_RIGHT;
    }
    free(landing);
}

/* -- The cache block ------------------------------------------------------ */

/* Makes co's cache: one site per attribute instruction. NULL when out of
 * memory (the error is cleared: the instructions still work uncached). */
static code_icache *make_cache(code_object *co)
{
    uint32_t nsites = 0;
    for (int i = 0; i < co->ninstrs; i++)
        if (is_site(code_op(co->instrs[i])) && nsites < ICACHE_NONE)
            nsites++;
    size_t head = sizeof(code_icache) + (size_t)co->ninstrs * (sizeof(uint16_t) + 1) + nsites;
    head = (head + 15) & ~(size_t)15;
    code_icache *c = gc_alloc_raw(head + (size_t)nsites * ICACHE_WAYS * sizeof(icache_entry));
    if (!c) {
        exc_clear();
        return NULL;
    }
    c->nsites = nsites;
    c->entries = (icache_entry *)((char *)c + head);
    c->facts = (uint8_t *)(c->site_of + co->ninstrs);
    c->victim = c->facts + co->ninstrs;
    uint32_t s = 0;
    for (int i = 0; i < co->ninstrs; i++)
        c->site_of[i] = is_site(code_op(co->instrs[i])) && s < nsites ? (uint16_t)s++ : ICACHE_NONE;
    find_facts(co, c->facts);
    co->icache = c;
    return c;
}

code_icache *icache_warm(code_object *co)
{
    if (co->icache)
        return co->icache;
    if (++co->icache_misses < ICACHE_WARMUP)
        return NULL;
    return make_cache(co);
}

/* Stores `e` as the entry of instruction instr for its (version, key):
 * over an entry with the same keys, else in an empty way, else over the
 * ways in turn. */
static void store_entry(code_object *co, int instr, const icache_entry *e)
{
    code_icache *c = icache_warm(co);
    if (!c)
        return;
    if (c->site_of[instr] == ICACHE_NONE)
        return;
    icache_entry *site = c->entries + (size_t)c->site_of[instr] * ICACHE_WAYS;
    icache_entry *slot = NULL;
    for (int w = 0; w < ICACHE_WAYS && !slot; w++)
        if (site[w].version == e->version && site[w].key == e->key)
            slot = &site[w];
    for (int w = 0; w < ICACHE_WAYS && !slot; w++)
        if (site[w].kind == IC_EMPTY)
            slot = &site[w];
    if (!slot) {
        uint8_t *victim = &c->victim[c->site_of[instr]];
        slot = &site[*victim % ICACHE_WAYS];
        *victim = (uint8_t)((*victim + 1) % ICACHE_WAYS);
    }
    *slot = *e;
}

/* A class attribute whose type is a heap type could gain a __get__ or
 * __set__ later without the version of the class holding it changing:
 * such look-ups are not cached. */
static bool stable_descr(value d)
{
    return !d || !(v_type(d)->flags & TYPE_HEAPTYPE);
}

/* Fills e->offset and e->key for an answer that holds only while the
 * instance does not have `name` itself (its shape does not contain it);
 * false when that cannot be checked by shape (dict mode). */
static bool require_absent(value obj, value name, icache_entry *e)
{
    inst_attrs *a = inst_attrs_of(obj);
    if (!a && (v_type(obj)->flags & TYPE_VAR_DICT))
        return false;   /* a str/bytes/tuple subclass instance: its dict is not an inst_attrs */
    if (!a) {
        e->offset = 0;
        e->key = NULL;
        return true;
    }
    if (!a->shape || a->dict || shape_index(a->shape, name) >= 0)
        return false;
    e->offset = (uint32_t)v_type(obj)->attrs_offset;
    e->key = a->shape;
    return true;
}

/* What obj_generic_getattr(obj, name) does, as an entry; false when it
 * cannot be cached. */
static bool analyse_load(value obj, value name, icache_entry *e)
{
    type_object *tp = v_type(obj);
    if (tp->getattr != obj_generic_getattr || !tp->version)
        return false;
    value d = type_lookup(tp, name);
    if (!stable_descr(d))
        return false;
    type_object *dt = d ? v_type(d) : NULL;
    memset(e, 0, sizeof *e);
    e->version = tp->version;
    e->v = d;
    if (dt && dt->descr_get && dt->descr_set) {   /* a data descriptor wins */
        e->kind = IC_DESCR_GET;
        return true;
    }
    inst_attrs *a = inst_attrs_of(obj);
    if (a && a->shape && !a->dict) {
        int i = shape_index(a->shape, name);
        if (i >= 0 && i <= 0xffff) {
            e->kind = IC_INST_VALUE;
            e->index = (uint16_t)i;
            e->offset = (uint32_t)tp->attrs_offset;
            e->key = a->shape;
            e->v = V_NULL;
            return true;
        }
    }
    if (!d || !require_absent(obj, name, e))
        return false;
    e->kind = dt->descr_get ? IC_DESCR_GET : IC_CLASS_VALUE;
    return true;
}

/* `module.name` found in the module's dict (an exact dict) under the
 * very key `name`, not shadowed by a data descriptor of the module type:
 * the entry that reads it from there. */
static bool analyse_module(value obj, value name, value found, icache_entry *e)
{
    value d = type_lookup(&module_type, name);
    value dict = module_dict(obj);
    if ((d && v_type(d)->descr_set) || !module_type.version || !v_is_dict(dict))
        return false;
    dict_object *o = v_dict(dict);
    for (size_t i = 0; i < o->nentries && i <= 0xffff; i++) {
        if (o->entries[i].key != name)
            continue;
        if (o->entries[i].val != found)
            return false;
        memset(e, 0, sizeof *e);
        e->kind = IC_MODULE_VALUE;
        e->version = module_type.version;
        e->offset = (uint32_t)offsetof(module_object, dict);
        e->key = o;
        e->index = (uint16_t)i;
        e->v = (value)o->version;
        return true;
    }
    return false;
}

/* `Class.name` for a class whose metaclass is `type` (static, so its own
 * attributes never change): type.__getattribute__ finds no data
 * descriptor of `type` named so, and finds `name` along the class's MRO
 * with a builtin type. A function is its own __get__ on a class: cached
 * as the value. */
static bool analyse_class(value obj, value name, icache_entry *e)
{
    type_object *t = v_as_type(obj);
    value ma = type_lookup(&type_type, name);
    if ((ma && v_type(ma)->descr_set) || !type_type.version || !t->version)
        return false;
    value a = type_lookup(t, name);
    if (!a || !stable_descr(a))
        return false;
    memset(e, 0, sizeof *e);
    e->kind = v_type(a)->descr_get && !v_is_function(a) ? IC_TYPE_GET : IC_TYPE_VALUE;
    e->version = type_type.version;
    e->offset = (uint32_t)ICACHE_CLASS_KEY;
    e->key = icache_key_of(obj, e);
    e->v = a;
    return true;
}

value icache_load_attr(code_object *co, int instr, value obj, value name)
{
    value v = obj_getattr(obj, name);
    icache_entry e;
    bool ok = false;
    if (v && v_is_module(obj))
        ok = analyse_module(obj, name, v, &e);
    else if (v && v_is_ptr(obj) && v_obj(obj)->type == &type_type)
        ok = analyse_class(obj, name, &e);
    else if (v)
        ok = analyse_load(obj, name, &e);
    if (ok)
        store_entry(co, instr, &e);
    return v;
}

int icache_load_method(code_object *co, int instr, value obj, value name, value *out)
{
    type_object *tp = v_type(obj);
    if (tp->getattr == obj_generic_getattr && !(tp->flags & TYPE_VAR_DICT)) {
        value d = type_lookup(tp, name);
        if (d && (v_type(d)->flags & TYPE_METHOD_DESCR)) {
            value own = inst_attrs_of(obj) ? inst_get(obj, name) : V_NULL;
            if (!own && exc_occurred())
                return -1;
            if (!own) {
                icache_entry e;
                memset(&e, 0, sizeof e);
                e.kind = IC_METHOD;
                e.version = tp->version;
                e.v = d;
                if (tp->version && stable_descr(d) && require_absent(obj, name, &e))
                    store_entry(co, instr, &e);
                *out = d;
                return 1;
            }
        }
    }
    value v = icache_load_attr(co, instr, obj, name);
    if (!v)
        return -1;
    *out = v;
    return 0;
}

/* What obj_generic_setattr(obj, name, x) did, given the instance's shape
 * before it: false when it cannot be cached. */
static bool analyse_store(value obj, value name, shape *before, icache_entry *e)
{
    type_object *tp = v_type(obj);
    if (tp->setattr != obj_generic_setattr || !tp->version)
        return false;
    value d = type_lookup(tp, name);
    if (!stable_descr(d))
        return false;
    memset(e, 0, sizeof *e);
    e->version = tp->version;
    if (d && v_type(d)->descr_set) {
        e->kind = IC_STORE_DESCR;
        e->v = d;
        return true;
    }
    inst_attrs *a = inst_attrs_of(obj);
    if (!a || !a->shape || a->dict || !before)
        return false;
    int i = shape_index(a->shape, name);
    if (i < 0 || i > 0xffff)
        return false;
    e->index = (uint16_t)i;
    e->offset = (uint32_t)tp->attrs_offset;
    e->key = before;
    if (a->shape == before) {
        e->kind = IC_STORE_VALUE;
        return true;
    }
    if (a->shape->parent == before && a->shape->name == name) {
        e->kind = IC_STORE_ADD;
        e->v = v_from_obj(a->shape);
        return true;
    }
    return false;
}

int icache_store_attr(code_object *co, int instr, value obj, value name, value x)
{
    inst_attrs *a = inst_attrs_of(obj);
    shape *before = a && !a->dict ? a->shape : NULL;
    if (obj_setattr(obj, name, x) < 0)
        return -1;
    icache_entry e;
    if (analyse_store(obj, name, before, &e))
        store_entry(co, instr, &e);
    return 0;
}
