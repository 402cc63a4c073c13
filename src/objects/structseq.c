/* Struct sequences (structseq.h): tuple subtypes with named fields.
 * Each field is a read-only getset descriptor in the type's dict, whose
 * getter reads a fixed index; since a getset's getter takes no closure,
 * one getter per index is generated below. The field names of each type
 * live in a small table kept here (a handful of C modules make such
 * types), which repr and the constructor consult. */
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
#include "../vm/exc.h"

typedef struct structseq_info {
    type_object *type;
    const char *const *fields;
    int nfields;
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

#define GETTER(i) \
    static value get_##i(value self) { return tuple_len(self) > (i) ? tuple_get(self, i) : V_NONE; }
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
    for (int i = 0; i < info->nfields && (size_t)i < tuple_len(self); i++) {
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

/* T(sequence): what CPython's struct sequences accept (no dict argument
 * for the fields here: none of Taipan's types has hidden ones). */
static value structseq_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    const structseq_info *info = info_of(type);
    if (!info || !info->instantiable)
        return exc_raise(&exc_TypeError, "cannot create '%s' instances", type->name);
    static const char *const names[] = { "sequence", "dict" };
    value args[2];
    if (num_parse_args(type->name, argc, argv, kwnames, names, 2, 2, 1, args) < 0)
        return V_NULL;
    value l = list_new(0);
    if (!l || list_extend(l, args[0]) < 0)
        return V_NULL;
    size_t n = list_len(l);
    if (n != (size_t)info->nfields)
        return exc_raise(&exc_TypeError, "%s() takes a %d-sequence (%zu-sequence given)", type->name,
                         info->nfields, n);
    value items = list_as_tuple(l);
    return items ? tuple_type.new(type, 1, &items, V_NULL) : V_NULL;
}

/* __match_args__ and the n_* counts CPython's struct sequences carry. */
static int add_class_attrs(type_object *t, const structseq_info *info)
{
    value names = tuple_new((size_t)info->nfields);
    if (!names)
        return -1;
    for (int i = 0; i < info->nfields; i++) {
        value s = str_intern_cstr(info->fields[i]);
        if (!s)
            return -1;
        tuple_items(names)[i] = s;
    }
    value n = v_small(info->nfields);
    if (dict_set_cstr(t->dict, "__match_args__", names) < 0 || dict_set_cstr(t->dict, "n_fields", n) < 0 ||
        dict_set_cstr(t->dict, "n_sequence_fields", n) < 0 ||
        dict_set_cstr(t->dict, "n_unnamed_fields", v_small(0)) < 0)
        return -1;
    return 0;
}

int structseq_init_type(type_object *t, const char *const *fields, bool instantiable)
{
    if (t->flags & TYPE_READY)
        return 0;
    int n = 0;
    while (fields[n])
        n++;
    if (n > STRUCTSEQ_MAX_FIELDS || ninfos == MAX_TYPES) {
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
    t->flags |= TYPE_TUPLE_SUBCLASS;
    infos[ninfos++] = (structseq_info){ t, fields, n, instantiable };
    if (type_ready(t) < 0)
        return -1;
    return add_class_attrs(t, &infos[ninfos - 1]);
}

value structseq_new(type_object *t, const value *items)
{
    const structseq_info *info = info_of(t);
    value tup = info ? tuple_from_array(items, (size_t)info->nfields) : V_NULL;
    if (!tup)
        return info ? V_NULL : exc_raise(&exc_SystemError, "not a struct sequence");
    return tuple_type.new(t, 1, &tup, V_NULL);
}
