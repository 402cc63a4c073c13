/* Instance attributes through shapes (instance.h has the model). A shape
 * is a GC object: its parent, the names it describes (a raw array copied
 * from the parent plus the new one, so a look-up is a linear scan of
 * pointer compares over a short array, or a dict index for long ones),
 * and its transitions (a dict name -> child shape, shared by all
 * instances). The values array of an instance is a raw block owned by the
 * instance and grown by doubling. */
#include <string.h>
#include "instance.h"
#include "str.h"
#include "dict.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

enum { SHAPE_INDEX_MIN = 12 };   /* from this many names, look up through a dict */
/* An instance with more names than this goes to dict mode: each shape
 * copies its parent's names, so a chain of n costs n*n/2 words (a program
 * that uses an instance as a dict would otherwise take quadratic time and
 * memory). */
enum { SHAPE_MAX_NAMES = 256 };

static void shape_trace(object *o, gc_tracer *tr)
{
    shape *s = (shape *)o;
    gc_mark_object(tr, (object *)s->parent);
    gc_mark_object(tr, (object *)s->type);
    gc_mark_value(tr, s->name);
    gc_mark_value(tr, s->transitions);
    gc_mark_object(tr, (object *)s->last_child);
    if (s->names) {
        gc_mark_raw(tr, s->names);
        gc_mark_values(tr, s->names, s->count);
    }
}

type_object shape_type = {
    .name = "shape",
    .basicsize = sizeof(shape),
    .trace = shape_trace,
};

shape *shape_root(type_object *t)
{
    if (t->root_shape)
        return t->root_shape;
    shape *s = (shape *)gc_alloc(&shape_type, sizeof(shape));
    if (!s)
        return NULL;
    s->type = t;
    t->root_shape = s;
    return s;
}

int shape_index(shape *s, value name)
{
    for (uint32_t i = 0; i < s->count; i++)
        if (s->names[i] == name)
            return (int)i;
    return -1;
}

/* The child of s that adds `name` (interned), made on first use. */
static shape *shape_add(shape *s, value name)
{
    shape *c = s->last_child;
    if (c && c->name == name)
        return c;
    if (s->transitions) {
        value found = dict_get_str(s->transitions, name);
        if (found) {
            s->last_child = (shape *)v_obj(found);
            return s->last_child;
        }
    }
    c = (shape *)gc_alloc(&shape_type, sizeof(shape));
    if (!c)
        return NULL;
    c->parent = s;
    c->type = s->type;
    c->name = name;
    c->count = s->count + 1;
    c->names = gc_alloc_raw(c->count * sizeof(value));
    if (!c->names)
        return NULL;
    if (s->count)
        memcpy(c->names, s->names, s->count * sizeof(value));
    c->names[s->count] = name;
    if (!s->transitions) {
        s->transitions = dict_new();
        if (!s->transitions)
            return NULL;
    }
    if (dict_set(s->transitions, name, v_from_obj(c)) < 0)
        return NULL;
    s->ntrans++;
    s->last_child = c;
    return c;
}

void inst_attrs_init(value obj)
{
    inst_attrs *a = inst_attrs_of(obj);
    if (a)
        a->shape = shape_root(v_type(obj));   /* NULL if out of memory: set creates it */
}

void inst_attrs_trace(inst_attrs *a, gc_tracer *tr)
{
    gc_mark_object(tr, (object *)a->shape);
    gc_mark_value(tr, a->dict);
    if (a->values) {
        gc_mark_raw(tr, a->values);
        if (a->shape)
            gc_mark_values(tr, a->values, a->shape->count);
    }
}

/* Names that shapes can hold: exact, interned-able str. */
static value shape_key(value name)
{
    if (!v_is_str(name))
        return V_NULL;
    if (v_obj(name)->flags & STR_INTERNED)
        return name;
    return str_intern(name);
}

value inst_get(value obj, value name)
{
    inst_attrs *a = inst_attrs_of(obj);
    if (!a)
        return V_NULL;
    if (a->dict)
        return dict_get(a->dict, name);
    if (!a->shape)
        return V_NULL;
    if (v_is_str(name) && !(v_obj(name)->flags & STR_INTERNED)) {
        /* compare by value: a computed name equal to a stored one */
        for (uint32_t i = 0; i < a->shape->count; i++)
            if (str_eq(a->shape->names[i], name))
                return a->values[i];
        return V_NULL;
    }
    int i = shape_index(a->shape, name);
    return i < 0 ? V_NULL : a->values[i];
}

/* Leave shape mode: move the attributes into a dict. */
static int to_dict_mode(value obj, inst_attrs *a)
{
    value d = dict_new();
    if (!d)
        return -1;
    if (a->shape)
        for (uint32_t i = 0; i < a->shape->count; i++)
            if (dict_set(d, a->shape->names[i], a->values[i]) < 0)
                return -1;
    a->dict = d;
    a->shape = NULL;
    a->values = NULL;
    a->cap = 0;
    return 0;
}

int inst_reserve(inst_attrs *a, uint32_t need)
{
    if (need <= a->cap)
        return 0;
    uint32_t cap = a->cap ? a->cap * 2 : 4;
    while (cap < need)
        cap *= 2;
    value *v = a->values ? gc_realloc_raw(a->values, a->cap * sizeof(value), cap * sizeof(value))
                         : gc_alloc_raw(cap * sizeof(value));
    if (!v)
        return -1;
    a->values = v;
    a->cap = cap;
    return 0;
}

/* Deleting attribute i: the last one added goes back to the parent shape;
 * any other leaves shape mode, since rebuilding the path would make a new
 * shape (and copy of the names) per remaining name at every delete. */
static int shape_delete(value obj, inst_attrs *a, int i)
{
    shape *old = a->shape;
    if ((uint32_t)i == old->count - 1 && old->parent) {
        a->values[i] = V_NULL;
        a->shape = old->parent;
        return 0;
    }
    value name = old->names[i];
    if (to_dict_mode(obj, a) < 0)
        return -1;
    return dict_del(a->dict, name) < 0 ? -1 : 0;
}

int inst_set(value obj, value name, value v)
{
    inst_attrs *a = inst_attrs_of(obj);
    if (!a) {
        exc_raise(&exc_AttributeError, "'%s' object has no attribute '%S'", v_type_name(obj), name);
        return -1;
    }
    if (!a->dict) {
        value key = shape_key(name);
        if (!key && exc_occurred())
            return -1;
        if (!key || (!a->shape && !(a->shape = shape_root(v_type(obj))))) {
            if (exc_occurred() || to_dict_mode(obj, a) < 0)
                return -1;
        }
    }
    if (a->dict) {
        if (v)
            return dict_set(a->dict, name, v);
        int r = dict_del(a->dict, name);
        return r < 0 ? -1 : r == 1 ? 0 : 1;
    }
    value key = shape_key(name);
    int i = shape_index(a->shape, key);
    if (!v) {
        if (i < 0)
            return 1;
        return shape_delete(obj, a, i);
    }
    if (i >= 0) {
        a->values[i] = v;
        return 0;
    }
    if (a->shape->count >= SHAPE_MAX_NAMES) {
        if (to_dict_mode(obj, a) < 0)
            return -1;
        return dict_set(a->dict, name, v);
    }
    shape *c = shape_add(a->shape, key);
    if (!c || inst_reserve(a, c->count) < 0)
        return -1;
    a->values[c->count - 1] = v;
    a->shape = c;
    return 0;
}

value inst_get_dict(value obj)
{
    inst_attrs *a = inst_attrs_of(obj);
    if (!a)
        return exc_raise(&exc_AttributeError, "'%s' object has no attribute '__dict__'", v_type_name(obj));
    if (!a->dict && to_dict_mode(obj, a) < 0)
        return V_NULL;
    return a->dict;
}

int inst_set_dict(value obj, value d)
{
    inst_attrs *a = inst_attrs_of(obj);
    if (!a) {
        exc_raise(&exc_AttributeError, "'%s' object has no attribute '__dict__'", v_type_name(obj));
        return -1;
    }
    a->dict = d;
    a->shape = NULL;
    a->values = NULL;
    a->cap = 0;
    return 0;
}
