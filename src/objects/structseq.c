/* Struct sequences (structseq.h): tuple subtypes with named fields.
 * Each field is a read-only getset descriptor in the type's dict, whose
 * getter reads a fixed index; since a getset's getter takes no closure,
 * one getter per index is generated below. The field names of each type
 * live in a small table kept here (a handful of C modules make such
 * types), which repr and the constructor consult. An instance made by
 * structseq_new of a type with hidden fields is a tuple whose length is
 * the visible count but whose block holds every field: the hidden ones
 * follow the items, and the header's flags word (unused by tuples) says
 * how many there are, for the getters and the trace function. A Python
 * subclass's instances keep their __dict__ in the word after the items
 * (type.c), so they have no hidden values: those fields read None. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "structseq.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "sequtil.h"
#include "str.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

typedef struct structseq_info {
    type_object *type;
    const char *const *fields;
    int nfields;
    int nvisible;   /* fields[nvisible..nfields) are hidden */
    bool instantiable;
} structseq_info;

#define MAX_TYPES 32
static structseq_info infos[MAX_TYPES];
static int ninfos;

static const structseq_info *info_of(type_object *t)
{
    for (; t; t = t->base)   /* a Python subclass shares its base's fields */
        for (int i = 0; i < ninfos; i++)
            if (infos[i].type == t)
                return &infos[i];
    return NULL;
}

/* -- One getter per index ------------------------------------------------------ */

/* The hidden values an instance holds after its items (file comment). */
static size_t hidden_count(object *o) { return o->flags; }

#define GETTER(i)                                                                          \
    static value get_##i(value self)                                                      \
    {                                                                                     \
        return tuple_len(self) + hidden_count(v_obj(self)) > (i) ? tuple_get(self, i) : V_NONE; \
    }
GETTER(0) GETTER(1) GETTER(2) GETTER(3) GETTER(4) GETTER(5) GETTER(6) GETTER(7)
GETTER(8) GETTER(9) GETTER(10) GETTER(11) GETTER(12) GETTER(13) GETTER(14) GETTER(15)
GETTER(16) GETTER(17) GETTER(18) GETTER(19) GETTER(20) GETTER(21) GETTER(22) GETTER(23)
#undef GETTER

static value (*const getters[STRUCTSEQ_MAX_FIELDS])(value) = {
    get_0, get_1, get_2, get_3, get_4, get_5, get_6, get_7, get_8, get_9, get_10, get_11,
    get_12, get_13, get_14, get_15, get_16, get_17, get_18, get_19, get_20, get_21, get_22, get_23,
};

/* -- Slots --------------------------------------------------------------------- */

static value structseq_repr(value self)
{
    const structseq_info *info = info_of(v_type(self));
    if (!info)
        return exc_raise(&exc_SystemError, "not a struct sequence");
    int r = repr_enter(self);
    if (r != 0)
        return r > 0 ? str_format("%s(...)", v_type(self)->name) : V_NULL;
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, v_type(self)->name, strlen(v_type(self)->name));
    sb_str_add(&b, "(", 1);
    for (int i = 0; i < info->nvisible && (size_t)i < tuple_len(self); i++) {
        value s = obj_repr(tuple_get(self, (size_t)i));
        if (!s) {
            sb_str_abandon(&b);
            repr_leave(self);
            return V_NULL;
        }
        if (i)
            sb_str_add(&b, ", ", 2);
        sb_str_add(&b, info->fields[i], strlen(info->fields[i]));
        sb_str_add(&b, "=", 1);
        sb_str_add_value(&b, s);
    }
    sb_str_add(&b, ")", 1);
    repr_leave(self);
    return sb_str_finish(&b);
}

/* An instance of t from the visible items and the hidden ones (each
 * V_NULL for None); t is a struct sequence type or a subclass. */
static value make(type_object *t, const structseq_info *info, const value *visible, const value *hidden)
{
    size_t nv = (size_t)info->nvisible, nh = (size_t)(info->nfields - info->nvisible);
    if (t->flags & TYPE_HEAPTYPE) {   /* no room for hidden values (file comment) */
        value tup = tuple_from_array(visible, nv);
        return tup ? tuple_type.new(t, 1, &tup, V_NULL) : V_NULL;
    }
    tuple_object *o = (tuple_object *)seq_alloc(t, sizeof(tuple_object), (nv + nh) * sizeof(value));
    if (!o)
        return V_NULL;
    o->hash = -1;
    o->len = nv;
    o->hdr.flags = (uint32_t)nh;
    for (size_t i = 0; i < nv; i++)
        o->items[i] = visible[i];
    for (size_t i = 0; i < nh; i++)
        o->items[nv + i] = hidden[i] ? hidden[i] : V_NONE;
    return v_from_obj(o);
}

/* T(sequence[, dict]): as CPython's struct sequences, the sequence holds
 * the visible fields and perhaps some hidden ones; the dict may name
 * the hidden fields the sequence lacks. */
static value structseq_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    const structseq_info *info = info_of(type);
    if (!info || !info->instantiable)
        return exc_raise(&exc_TypeError, "cannot create '%s' instances", type->name);
    static const char *const names[] = { "sequence", "dict" };
    value args[2];
    if (num_parse_args(type->name, argc, argv, kwnames, names, 2, 2, 1, args) < 0)
        return V_NULL;
    value it = obj_iter(args[0]);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "constructor requires a sequence");
        }
        return V_NULL;
    }
    value l = list_new(0);
    if (!l || list_extend(l, it) < 0)
        return V_NULL;
    size_t n = list_len(l), min = (size_t)info->nvisible, max = (size_t)info->nfields;
    if (args[1] && args[1] != V_NONE && !v_isinstance(args[1], &dict_type))
        return exc_raise(&exc_TypeError, "%s() takes a dict as second arg, if any", type->name);
    if (min == max && n != min)
        return exc_raise(&exc_TypeError, "%s() takes a %zu-sequence (%zu-sequence given)", type->name, min, n);
    if (n < min)
        return exc_raise(&exc_TypeError, "%s() takes an at least %zu-sequence (%zu-sequence given)",
                         type->name, min, n);
    if (n > max)
        return exc_raise(&exc_TypeError, "%s() takes an at most %zu-sequence (%zu-sequence given)",
                         type->name, max, n);
    value hidden[STRUCTSEQ_MAX_FIELDS] = { 0 };
    for (size_t i = min; i < max; i++) {
        if (i < n) {
            hidden[i - min] = list_get(l, i);
        } else if (args[1] && args[1] != V_NONE) {
            value k = str_from_cstr(info->fields[i]), v = k ? dict_get(args[1], k) : V_NULL;
            if (!k || (!v && exc_occurred()))
                return V_NULL;
            hidden[i - min] = v;
        }
    }
    value items = list_as_tuple(l);
    return items ? make(type, info, tuple_items(items), hidden) : V_NULL;
}

/* __reduce__: (type, (visible items, {hidden field: value})), which the
 * constructor takes back. */
static value structseq_reduce(value self, int argc, const value *argv, value kwnames)
{
    const structseq_info *info = info_of(v_type(self));
    if (!info)
        return exc_raise(&exc_SystemError, "not a struct sequence");
    value tup = tuple_from_array(tuple_items(self), tuple_len(self)), d = dict_new();
    if (!tup || !d)
        return V_NULL;
    for (int i = info->nvisible; i < info->nfields; i++) {
        value v = getters[i](self);
        if (dict_set_cstr(d, info->fields[i], v) < 0)
            return V_NULL;
    }
    value args = tuple_pack(2, tup, d);
    return args ? tuple_pack(2, v_from_obj(v_type(self)), args) : V_NULL;
}

static const method_def structseq_methods[] = {
    { "__reduce__", structseq_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static void structseq_trace(object *o, gc_tracer *t)
{
    tuple_object *tu = (tuple_object *)o;
    gc_mark_values(t, tu->items, tu->len + hidden_count(o));
}

/* __match_args__ and the n_* counts CPython's struct sequences carry. */
static int add_class_attrs(type_object *t, const structseq_info *info)
{
    value names = tuple_new((size_t)info->nvisible);
    if (!names)
        return -1;
    for (int i = 0; i < info->nvisible; i++) {
        value s = str_intern_cstr(info->fields[i]);
        if (!s)
            return -1;
        tuple_items(names)[i] = s;
    }
    if (dict_set_cstr(t->dict, "__match_args__", names) < 0 ||
        dict_set_cstr(t->dict, "n_fields", v_small(info->nfields)) < 0 ||
        dict_set_cstr(t->dict, "n_sequence_fields", v_small(info->nvisible)) < 0 ||
        dict_set_cstr(t->dict, "n_unnamed_fields", v_small(0)) < 0)
        return -1;
    return 0;
}

int structseq_init_type_hidden(type_object *t, const char *const *fields, int nvisible, bool instantiable)
{
    if (t->flags & TYPE_READY)
        return 0;
    int n = 0;
    while (fields[n])
        n++;
    if (n > STRUCTSEQ_MAX_FIELDS || ninfos == MAX_TYPES || nvisible > n) {
        exc_raise(&exc_SystemError, "struct sequence %s: too many fields or types", t->name);
        return -1;
    }
    getset_def *gs = calloc((size_t)n + 1, sizeof *gs);   /* lives as long as the type: never freed */
    if (!gs) {
        exc_no_memory();
        return -1;
    }
    for (int i = 0; i < n; i++)
        gs[i] = (getset_def){ fields[i], getters[i], NULL, NULL };
    t->base = &tuple_type;
    t->getsets = gs;
    t->repr = structseq_repr;
    t->new = structseq_tp_new;
    t->trace = structseq_trace;
    if (!t->methods)
        t->methods = structseq_methods;
    t->flags |= TYPE_TUPLE_SUBCLASS;
    infos[ninfos++] = (structseq_info){ t, fields, n, nvisible, instantiable };
    if (type_ready(t) < 0)
        return -1;
    return add_class_attrs(t, &infos[ninfos - 1]);
}

int structseq_init_type(type_object *t, const char *const *fields, bool instantiable)
{
    int n = 0;
    while (fields[n])
        n++;
    return structseq_init_type_hidden(t, fields, n, instantiable);
}

value structseq_new(type_object *t, const value *items)
{
    const structseq_info *info = info_of(t);
    if (!info)
        return exc_raise(&exc_SystemError, "not a struct sequence");
    return make(t, info, items, items + info->nvisible);
}
