/* Attributes of instances (DESIGN.md, "Values and objects"): an instance
 * whose type has attrs_offset != 0 holds an inst_attrs there. Normally the
 * attributes live in a values array described by a SHAPE (a hidden class,
 * PyPy's map): a shape maps each attribute name to its index in the
 * array, and adding an attribute follows a transition to a child shape
 * that is shared by every instance that gained the same names in the same
 * order. So instances built by the same __init__ share one shape, and an
 * attribute read is a shape check and a load at a fixed index (what inline
 * caches and the JIT guard on). Each type has its own root shape, so a
 * shape also implies the type.
 *
 * When Python asks for `obj.__dict__` (or an attribute name is not an
 * exact str) the instance switches to DICT MODE: the attributes move into
 * a real dict, shape becomes NULL, and from then on the dict is the
 * storage, so the dict a program holds is always in sync. Deleting an
 * attribute keeps shape mode: the instance moves to the shape of its
 * remaining names. */
#ifndef TAIPAN_INSTANCE_H
#define TAIPAN_INSTANCE_H
#include "object.h"

typedef struct shape {
    object hdr;
    struct shape *parent;     /* NULL for a root */
    type_object *type;        /* the type whose instances use this shape */
    value name;               /* the name this shape added (interned str); V_NULL in roots */
    uint32_t count;           /* attributes described: the values array needs this many */
    uint32_t ntrans;          /* transitions in use */
    value *names;             /* count names, index order (raw block) */
    value transitions;        /* dict name -> child shape, or V_NULL */
    struct shape *last_child; /* one-entry cache of the last transition taken */
} shape;

typedef struct inst_attrs {
    shape *shape;             /* NULL: dict mode (or nothing stored yet and no type root) */
    value *values;            /* shape mode: shape->count values (raw block) */
    uint32_t cap;             /* capacity of values */
    value dict;               /* dict mode: the dict; else V_NULL */
} inst_attrs;

extern type_object shape_type;

static inline inst_attrs *inst_attrs_of(value obj)
{
    size_t off = v_type(obj)->attrs_offset;
    return off ? (inst_attrs *)((char *)v_obj(obj) + off) : NULL;
}

/* Prepare a freshly allocated instance's attributes (empty, shape mode). */
void inst_attrs_init(value obj);
/* For trace functions of types holding an inst_attrs. */
void inst_attrs_trace(inst_attrs *a, gc_tracer *t);

/* The attribute `name` (a str), or V_NULL with no exception when absent. */
value inst_get(value obj, value name);
/* Set (v != V_NULL) or delete (v == V_NULL: returns 0 deleted, 1 absent,
 * with no exception). -1 with an exception on failure. */
TP_MUST_CHECK int inst_set(value obj, value name, value v);
/* The instance's __dict__, switching it to dict mode. */
TP_MUST_CHECK value inst_get_dict(value obj);
/* obj.__dict__ = d (d must be a dict). */
TP_MUST_CHECK int inst_set_dict(value obj, value d);

/* Makes room for `need` values in a shape-mode instance's array (the
 * attribute caches add a slot themselves). 0, or -1 with MemoryError. */
TP_MUST_CHECK int inst_reserve(inst_attrs *a, uint32_t need);

/* Shape look-ups, for inline caches: the index of name in s, or -1. */
int shape_index(shape *s, value name);
TP_MUST_CHECK shape *shape_root(type_object *t);

#endif
