/* The `_ast` module: ast.AST and a class per node kind of Python 3.11's
 * AST, made at import from the generated tables (ast_classes.c), as
 * CPython makes them: heap classes of module 'ast' with _fields,
 * __match_args__, _attributes, a None class attribute for each optional
 * field (and for end_lineno / end_col_offset where those are optional),
 * abstract categories (stmt, expr, operator, ...) between AST and the
 * kinds, and the PyCF_* flags. AST.__init__ takes the fields
 * positionally (in _fields order) and any attribute by keyword; the
 * instances keep their attributes in an inst_attrs (shapes), as a class
 * instance does. */
#include <string.h>
#include "ast_internal.h"
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/instance.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/names.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

astmod_state astmod;

typedef struct ast_object {
    object hdr;
    inst_attrs attrs;
} ast_object;

/* -- ast.AST ------------------------------------------------------------------ */

static void ast_trace(object *o, gc_tracer *t) { inst_attrs_trace(&((ast_object *)o)->attrs, t); }

value astmod_alloc(type_object *t)
{
    object *o = gc_alloc(t, t->basicsize);
    if (!o)
        return V_NULL;
    inst_attrs_init(v_from_obj(o));
    return v_from_obj(o);
}

static value ast_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    return astmod_alloc(t);
}

/* The short name CPython's messages use (_PyType_Name: after the last dot). */
static const char *short_name(type_object *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* AST(*args, **kwargs): args fill type(self)._fields in order, keywords
 * set any attribute (a field given both ways is an error). */
static int ast_init(value self, int argc, const value *argv, value kwnames)
{
    type_object *t = v_type(self);
    value fields = obj_getattr(v_from_obj(t), str_intern_cstr("_fields"));
    if (!fields) {
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
    }
    int64_t nfields = 0;
    if (fields && (nfields = obj_len(fields)) < 0)
        return -1;
    if (argc > nfields) {
        exc_raise(&exc_TypeError, "%s constructor takes at most %lld positional argument%s",
                  short_name(t), (long long)nfields, nfields == 1 ? "" : "s");
        return -1;
    }
    for (int i = 0; i < argc; i++) {
        value name = obj_getitem(fields, v_small(i));
        if (!name || obj_setattr(self, name, argv[i]) < 0)
            return -1;
    }
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        value key = tuple_get(kwnames, i);
        if (fields && argc) {
            int has = obj_contains(fields, key);
            if (has < 0)
                return -1;
            if (has) {
                value pos = obj_call_method(fields, "index", 1, &key);
                int64_t p;
                if (!pos || int_as_i64(pos, &p) < 0)
                    return -1;
                if (p < argc) {
                    exc_raise(&exc_TypeError, "%s got multiple values for argument '%S'", t->name, key);
                    return -1;
                }
            }
        }
        if (obj_setattr(self, key, argv[argc + i]) < 0)
            return -1;
    }
    return 0;
}

/* pickle and copy: (type, (), __dict__) */
static value ast_reduce(value self, int argc, const value *argv, value kwnames)
{
    value d = obj_getattr(self, N(__dict__));
    if (!d) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
        return tuple_pack(2, v_from_obj(v_type(self)), tuple_empty());
    }
    return tuple_pack(3, v_from_obj(v_type(self)), tuple_empty(), d);
}

static value ast_get_dict(value self) { return inst_get_dict(self); }

static int ast_set_dict(value self, value d)
{
    if (!d) {
        exc_raise(&exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!v_isinstance(d, &dict_type)) {
        exc_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v_type_name(d));
        return -1;
    }
    return inst_set_dict(self, d);
}

static const getset_def ast_getsets[] = {
    { "__dict__", ast_get_dict, ast_set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def ast_methods[] = {
    { "__reduce__", ast_reduce, METH_NOARGS, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

type_object astmod_ast_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "ast.AST",
    .basicsize = sizeof(ast_object),
    .flags = TYPE_BASETYPE,
    .trace = ast_trace,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new = ast_tp_new,
    .init = ast_init,
    .methods = ast_methods,
    .getsets = ast_getsets,
    .attrs_offset = offsetof(ast_object, attrs),
};

/* -- Making the classes ------------------------------------------------------------ */

static void astmod_trace_roots(gc_tracer *t)
{
    gc_mark_values(t, astmod.enum_objs[0], sizeof astmod.enum_objs / sizeof(value));
    gc_mark_values(t, astmod.field_names[0], sizeof astmod.field_names / sizeof(value));
    gc_mark_values(t, astmod.attr_names, 4);
    for (int i = 0; i < ASTMOD_CAT_COUNT; i++) {
        gc_mark_object(t, (object *)astmod.cat_types[i]);
        for (int j = 0; j < ASTMOD_ENUM_MAX; j++)
            gc_mark_object(t, (object *)astmod.enum_types[i][j]);
    }
    for (int i = 0; i < AST_KIND_COUNT; i++)
        gc_mark_object(t, (object *)astmod.kind_types[i]);
}

static value str_tuple(const char *const *names, int n)
{
    value t = tuple_new((size_t)n);
    if (!t)
        return V_NULL;
    for (int i = 0; i < n; i++) {
        value s = str_intern_cstr(names[i]);
        if (!s)
            return V_NULL;
        tuple_items(t)[i] = s;
    }
    return t;
}

static const char *const attr_cstrs[4] = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

/* The namespace every class starts with: _fields, __match_args__,
 * __module__, __doc__ (CPython's order). */
static value class_dict(value fields, const char *doc)
{
    value d = dict_new();
    value docs = doc ? str_from_cstr(doc) : V_NONE;
    if (!d || !docs || dict_set_cstr(d, "_fields", fields) < 0 ||
        dict_set_cstr(d, "__match_args__", fields) < 0 ||
        dict_set_cstr(d, "__module__", str_intern_cstr("ast")) < 0 ||
        dict_set_cstr(d, "__doc__", docs) < 0)
        return V_NULL;
    return d;
}

/* _attributes, and None for the end positions where they are optional. */
static int add_attributes(value d, int attributes)
{
    value attrs = attributes ? str_tuple(attr_cstrs, 4) : tuple_empty();
    if (!attrs || dict_set_cstr(d, "_attributes", attrs) < 0)
        return -1;
    if (attributes == 1 &&
        (dict_set_cstr(d, "end_lineno", V_NONE) < 0 || dict_set_cstr(d, "end_col_offset", V_NONE) < 0))
        return -1;
    return 0;
}

static type_object *make_class(value module_dict, const char *name, type_object *base, value d)
{
    value bases = tuple_pack(1, v_from_obj(base));
    value n = str_intern_cstr(name);
    if (!bases || !n)
        return NULL;
    value cls = type_new_class(&type_type, n, bases, d, V_NULL, NULL);
    if (!cls || dict_set(module_dict, n, cls) < 0)
        return NULL;
    return (type_object *)v_obj(cls);
}

/* The fields of a kind as a tuple, and their None defaults into d. */
static value kind_fields(int kind)
{
    const ast_kind_info *k = &ast_kind_infos[kind];
    const char *names[ASTMOD_FIELDS_MAX];
    for (int i = 0; i < k->nfields; i++)
        names[i] = k->fields[i].name;
    return str_tuple(names, k->nfields);
}

static int add_optional_defaults(value d, int kind)
{
    const ast_kind_info *k = &ast_kind_infos[kind];
    for (int i = 0; i < k->nfields; i++)
        if (k->fields[i].optional && dict_set_cstr(d, k->fields[i].name, V_NONE) < 0)
            return -1;
    return 0;
}

static int make_kind(value md, int kind, type_object *base, int product_attributes)
{
    value fields = kind_fields(kind);
    value d = fields ? class_dict(fields, astmod_kinds[kind].doc) : V_NULL;
    if (!d || (product_attributes >= 0 && add_attributes(d, product_attributes) < 0) ||
        add_optional_defaults(d, kind) < 0)
        return -1;
    /* CPython puts a product's optional fields before its end positions */
    if (product_attributes == 1 &&
        (dict_del(d, str_intern_cstr("end_lineno")) < 0 || dict_del(d, str_intern_cstr("end_col_offset")) < 0 ||
         dict_set_cstr(d, "end_lineno", V_NONE) < 0 || dict_set_cstr(d, "end_col_offset", V_NONE) < 0))
        return -1;
    type_object *t = make_class(md, ast_kind_infos[kind].name, base, d);
    if (!t)
        return -1;
    astmod.kind_types[kind] = t;
    for (int i = 0; i < ast_kind_infos[kind].nfields; i++) {
        value n = str_intern_cstr(ast_kind_infos[kind].fields[i].name);
        if (!n)
            return -1;
        astmod.field_names[kind][i] = n;
    }
    return 0;
}

static int make_category(value md, int cat)
{
    const astmod_cat_def *c = &astmod_cats[cat];
    if (c->product) {
        for (int k = 1; k < AST_KIND_COUNT; k++) {
            if (astmod_kinds[k].cat == cat) {
                if (make_kind(md, k, &astmod_ast_type, c->attributes) < 0)
                    return -1;
                astmod.cat_types[cat] = astmod.kind_types[k];
                return 0;
            }
        }
        return 0;
    }
    value d = class_dict(tuple_empty(), c->doc);
    if (!d || add_attributes(d, c->attributes) < 0)
        return -1;
    type_object *abstract = make_class(md, c->name, &astmod_ast_type, d);
    if (!abstract)
        return -1;
    astmod.cat_types[cat] = abstract;
    for (int i = 0; i < c->nmembers; i++) {
        d = class_dict(tuple_empty(), c->members[i]);
        type_object *t = d ? make_class(md, c->members[i], abstract, d) : NULL;
        value inst = t ? astmod_alloc(t) : V_NULL;
        if (!inst)
            return -1;
        astmod.enum_types[cat][i] = t;
        astmod.enum_objs[cat][i] = inst;
    }
    for (int k = 1; k < AST_KIND_COUNT; k++)
        if (astmod_kinds[k].cat == cat && make_kind(md, k, abstract, -1) < 0)
            return -1;
    return 0;
}

static value the_module;

static value make_module(void)
{
    value m = module_new("_ast");
    if (!m)
        return V_NULL;
    value md = module_dict(m);
    if (!(astmod_ast_type.flags & TYPE_READY) && type_ready(&astmod_ast_type) < 0)
        return V_NULL;
    value td = astmod_ast_type.dict;
    if (dict_set_cstr(td, "_fields", tuple_empty()) < 0 ||
        dict_set_cstr(td, "__match_args__", tuple_empty()) < 0 ||
        dict_set_cstr(td, "_attributes", tuple_empty()) < 0)
        return V_NULL;
    type_modified(&astmod_ast_type);
    if (dict_set_cstr(md, "AST", v_from_obj(&astmod_ast_type)) < 0)
        return V_NULL;
    for (int i = 0; i < 4; i++)
        if (!(astmod.attr_names[i] = str_intern_cstr(attr_cstrs[i])))
            return V_NULL;
    for (int c = 0; c < ASTMOD_CAT_COUNT; c++)
        if (make_category(md, c) < 0)
            return V_NULL;
    if (dict_set_cstr(md, "PyCF_ONLY_AST", v_small(ASTMOD_CF_ONLY_AST)) < 0 ||
        dict_set_cstr(md, "PyCF_TYPE_COMMENTS", v_small(ASTMOD_CF_TYPE_COMMENTS)) < 0 ||
        dict_set_cstr(md, "PyCF_ALLOW_TOP_LEVEL_AWAIT", v_small(ASTMOD_CF_ALLOW_TOP_LEVEL_AWAIT)) < 0)
        return V_NULL;
    return m;
}

value astmodule_init(void)
{
    if (astmod_ready() < 0)
        return V_NULL;
    return the_module;
}

int astmod_ready(void)
{
    if (astmod.ready)
        return 0;
    static bool rooted;
    if (!rooted) {
        gc_root(&the_module);
        gc_add_root_tracer(astmod_trace_roots);
        rooted = true;
    }
    value m = make_module();
    if (!m)
        return -1;
    the_module = m;
    astmod.ready = true;
    return 0;
}

bool astmod_is_ast(value v)
{
    /* before the module exists there are no AST objects */
    return astmod.ready && v_is_ptr(v) && v_isinstance(v, &astmod_ast_type);
}
