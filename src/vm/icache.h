/* Inline caches for attribute access (docs/vm.md, "Inline caches").
 * LOAD_ATTR, STORE_ATTR and LOAD_METHOD remember, per instruction, what
 * the generic look-up did for the last few (type, shape) pairs they saw,
 * so the next time they see the same pair they read or write an
 * instance slot directly, push a method without binding it, or call a
 * known descriptor without searching the MRO.
 *
 * An entry is keyed on the object's type version and, when the answer
 * depends on which attributes the instance holds, on its shape. A type's
 * version changes whenever the type or one of its bases is modified
 * (type_modified), and versions are never reused, so a matching version
 * proves the class dicts along the MRO are the ones the entry was made
 * from. A shape belongs to one type (__class__ assignment moves the
 * instance to dict mode first) and lives as long as the type, so a
 * matching shape proves the instance's slot layout. What the entry
 * cached (a descriptor, a function, a child shape) is untraced: it is
 * only used while those proofs hold, and then it is still reachable from
 * the class or the shape tree.
 *
 * Only answers that cannot change while the keys match are cached: the
 * type uses the generic getattr/setattr, and a class attribute involved
 * has a builtin (static, immutable) type, so it cannot later gain a
 * __get__ or __set__ that would change the precedence between it and
 * the instance's attributes.
 *
 * A class's own attributes (`Class.attr`, for classes whose metaclass is
 * `type`) are keyed on the metaclass's version, which never changes for
 * `type`, and on the word of the class holding its flags and its own
 * version, unique to the class in its current state.
 *
 * A module's attributes are its dict's: an entry for `module.name` is
 * keyed on the module's dict and says where the name's entry is in it,
 * valid while the dict's version (which changes when keys come or go,
 * not when values are replaced) is the one seen; the value is read from
 * the entry, as LOAD_GLOBAL does.
 *
 * The cache of a code object is one raw block made after a few misses
 * (code that runs once never pays for it): a site number and a byte of
 * facts per instruction, then ICACHE_WAYS entries per site. */
#ifndef TAIPAN_ICACHE_H
#define TAIPAN_ICACHE_H
#include <stddef.h>
#include <string.h>
#include "code.h"
#include "../objects/instance.h"
#include "../objects/dict.h"

enum { ICACHE_WAYS = 4, ICACHE_NONE = 0xffff };

enum {
    IC_EMPTY,
    IC_INST_VALUE,   /* the instance's values[index] */
    IC_CLASS_VALUE,  /* v: a class attribute without __get__ */
    IC_DESCR_GET,    /* get(v, obj, type): a descriptor of a builtin type */
    IC_METHOD,       /* LOAD_METHOD: v (a method descriptor) unbound, then obj */
    IC_STORE_VALUE,  /* STORE_ATTR: values[index] = x */
    IC_STORE_ADD,    /* STORE_ATTR: values[index] = x, the shape becomes v */
    IC_STORE_DESCR,  /* STORE_ATTR: set(v, obj, x) */
    IC_MODULE_VALUE, /* a module's dict (key) entry `index`, while its version is v */
    IC_TYPE_VALUE,   /* on a class: v, an attribute without __get__ */
    IC_TYPE_GET,     /* on a class: get(v, NULL, class) */
};

typedef struct icache_entry {
    uint32_t version;        /* the object's type version; 0: empty */
    uint16_t kind;           /* IC_* */
    uint16_t index;          /* slot in the instance's values, entry in a module's dict */
    uint32_t offset;         /* where the object must hold `key`, or 0: no second key */
    uint32_t unused;
    void *key;               /* an instance's shape (inst_attrs' first field), a module's
                                dict, a class's flags and version (ICACHE_CLASS_KEY) */
    value v;
} icache_entry;

/* Per-instruction facts found by reading the bytecode once: for a
 * BINARY_OP, whether an operand is the result of another BINARY_OP that
 * nothing else can have seen (it went straight from that instruction's
 * push to this one over instructions that only worked above it), so its
 * float box may be reused for this result (eval.c, float fast path). */
enum { IC_TEMP_LEFT = 1, IC_TEMP_RIGHT = 2 };

typedef struct code_icache {
    uint32_t nsites;
    icache_entry *entries;   /* nsites * ICACHE_WAYS, in this block after site_of */
    uint8_t *facts;          /* per instruction: IC_TEMP_*, in this block */
    uint8_t *victim;         /* per site: the way a new entry replaces next, in this block */
    uint16_t site_of[];      /* per instruction: its site, or ICACHE_NONE */
} code_icache;

/* co's cache, made when co has been through enough misses (or other
 * events counted in icache_misses); NULL until then. */
code_icache *icache_warm(code_object *co);

static inline inst_attrs *icache_attrs(value obj, const icache_entry *e)
{
    return (inst_attrs *)((char *)v_obj(obj) + e->offset);
}

/* The word at e->offset in obj (memcpy: it may be two 32-bit fields). */
static inline void *icache_key_of(value obj, const icache_entry *e)
{
    void *k;
    memcpy(&k, (char *)v_obj(obj) + e->offset, sizeof k);
    return k;
}

/* A class's second key: the word holding its flags and its version,
 * which changes whenever the class does and is unique to it. */
#define ICACHE_CLASS_KEY offsetof(type_object, flags)
_Static_assert(offsetof(type_object, version) == offsetof(type_object, flags) + 4 &&
                   offsetof(type_object, flags) % 8 == 0,
               "a class's flags and version share one aligned word");

/* The entry of instruction `instr` that matches obj, or NULL. */
static inline icache_entry *icache_find(code_object *co, int instr, value obj)
{
    code_icache *c = co->icache;
    if (!c || c->site_of[instr] == ICACHE_NONE)
        return NULL;
    icache_entry *e = c->entries + (size_t)c->site_of[instr] * ICACHE_WAYS;
    /* an empty way has version 0, which only a static type never readied
     * can have: the instructions treat a found IC_EMPTY as a miss */
    uint32_t version = v_type(obj)->version;
    for (int w = 0; w < ICACHE_WAYS; w++, e++) {
        if (e->version != version)
            continue;
        if (e->offset && icache_key_of(obj, e) != e->key)
            continue;
        return e;
    }
    return NULL;
}

/* An IC_MODULE_VALUE entry's value, or V_NULL when the dict has changed
 * keys since. */
static inline value icache_module_value(const icache_entry *e)
{
    struct dict_object *d = e->key;
    return d->version == (uint64_t)e->v ? d->entries[e->index].val : V_NULL;
}

/* The slow paths: the generic operation, then an entry for what it did
 * when that can be cached. They may run any code. */
/* LOAD_ATTR: the attribute, or V_NULL with an exception. */
TP_MUST_CHECK value icache_load_attr(code_object *co, int instr, value obj, value name);
/* LOAD_METHOD: 1 with *out a method to call unbound with obj first, 0
 * with *out the attribute itself, -1 with an exception. */
TP_MUST_CHECK int icache_load_method(code_object *co, int instr, value obj, value name, value *out);
/* STORE_ATTR / its cached IC_STORE_ADD when the values array is full:
 * 0, or -1 with an exception. */
TP_MUST_CHECK int icache_store_attr(code_object *co, int instr, value obj, value name, value x);

#endif
