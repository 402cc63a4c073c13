/* Function objects, bound methods and cells (function.h). A function's
 * call slot is the eval loop's entry for calls from C (eval.h); CALL in
 * the eval loop recognises functions itself and pushes their frame
 * without going through here. Functions keep their attributes in fixed
 * fields exposed as getsets, and arbitrary ones (f.attr = 1) in a
 * __dict__ made on first use. */
#include <stdlib.h>
#include <string.h>
#include "function.h"
#include "dict.h"
#include "exceptions.h"
#include "str.h"
#include "tuple.h"
#include "names.h"
#include "int.h"
#include "sequtil.h"
#include "../gc/gc.h"
#include "../vm/code.h"
#include "../vm/eval.h"
#include "../vm/exc.h"
#include "../vm/frame.h"
#include "../vm/import.h"

/* -- function ------------------------------------------------------------ */

value function_new(value code, value globals)
{
    function_object *f = (function_object *)gc_alloc(&function_type, sizeof(function_object));
    if (!f)
        return V_NULL;
    code_object *co = v_code(code);
    f->code = code;
    f->globals = globals;
    f->name = co->name;
    f->qualname = co->qualname;
    f->doc = V_NONE;
    /* consts[0] is the docstring of a def (None otherwise, and for lambdas) */
    if (tuple_len(co->consts) > 0 && v_is_str(tuple_get(co->consts, 0)) &&
        !str_eq_cstr(co->name, "<lambda>"))
        f->doc = tuple_get(co->consts, 0);
    value mod = dict_get_cstr(globals, "__name__");
    f->module = mod ? mod : V_NONE;
    value b = dict_get_cstr(globals, "__builtins__");
    if (b && !v_is_dict(b)) {
        value d = obj_getattr_cstr(b, "__dict__");
        if (!d)
            exc_clear();
        b = d && v_is_dict(d) ? d : V_NULL;
    }
    /* without __builtins__ in globals: the running code's builtins (bpo-42990) */
    if (!b)
        b = ts()->frame ? ts()->frame->builtins : eval_builtins;
    f->builtins = b;
    return v_from_obj(f);
}

static void function_trace(object *o, gc_tracer *t)
{
    function_object *f = (function_object *)o;
    gc_mark_value(t, f->code);
    gc_mark_value(t, f->globals);
    gc_mark_value(t, f->builtins);
    gc_mark_value(t, f->name);
    gc_mark_value(t, f->qualname);
    gc_mark_value(t, f->defaults);
    gc_mark_value(t, f->kwdefaults);
    gc_mark_value(t, f->closure);
    gc_mark_value(t, f->annotations);
    gc_mark_value(t, f->dict);
    gc_mark_value(t, f->doc);
    gc_mark_value(t, f->module);
}

static value function_repr(value self)
{
    return str_format("<function %S at %p>", v_function(self)->qualname, (void *)v_obj(self));
}

static value function_descr_get(value descr, value obj, value type)
{
    if (obj == V_NULL || obj == V_NONE)
        return descr;
    return method_new(descr, obj);
}

/* Attributes: getsets (data descriptors on the type) win, then the
 * function's own __dict__, then the rest of the type. */
static value function_getattr(value self, value name)
{
    function_object *f = v_function(self);
    value d = type_lookup(v_type(self), name);
    if (d && v_type(d)->descr_set)
        return obj_generic_getattr(self, name);
    if (f->dict) {
        value v = dict_get(f->dict, name);
        if (v || exc_occurred())
            return v;
    }
    return obj_generic_getattr(self, name);
}

static int function_setattr(value self, value name, value v)
{
    function_object *f = v_function(self);
    value d = type_lookup(v_type(self), name);
    if (d && v_type(d)->descr_set)
        return obj_generic_setattr(self, name, v);
    if (!f->dict) {
        if (!v)
            goto missing;
        f->dict = dict_new();
        if (!f->dict)
            return -1;
    }
    if (v)
        return dict_set(f->dict, name, v);
    int r = dict_del(f->dict, name);
    if (r != 0)
        return r < 0 ? -1 : 0;
missing:
    exc_raise_attribute_error(self, name, "'function' object has no attribute '%S'", name);
    return -1;
}

#define FN(self) v_function(self)
static value or_none(value v) { return v ? v : V_NONE; }
static value get_name(value self) { return FN(self)->name; }
static value get_qualname(value self) { return FN(self)->qualname; }
static value get_doc(value self) { return FN(self)->doc; }
static value get_module(value self) { return FN(self)->module; }
static value get_defaults(value self) { return or_none(FN(self)->defaults); }
static value get_kwdefaults(value self) { return or_none(FN(self)->kwdefaults); }
static value get_closure(value self) { return or_none(FN(self)->closure); }
static value get_code(value self) { return FN(self)->code; }
static value get_globals(value self) { return FN(self)->globals; }
static value get_builtins(value self) { return FN(self)->builtins; }

static value get_dict(value self)
{
    if (!FN(self)->dict)
        FN(self)->dict = dict_new();
    return FN(self)->dict;
}

static value get_annotations(value self)
{
    if (!FN(self)->annotations)
        FN(self)->annotations = dict_new();
    return FN(self)->annotations;
}

static int set_str_field(value *field, value v, const char *what)
{
    if (!v || !v_is_str(v)) {
        exc_raise(&exc_TypeError, "__%s__ must be set to a string object", what);
        return -1;
    }
    *field = v;
    return 0;
}
static int set_name(value self, value v) { return set_str_field(&FN(self)->name, v, "name"); }
static int set_qualname(value self, value v) { return set_str_field(&FN(self)->qualname, v, "qualname"); }
static int set_doc(value self, value v) { FN(self)->doc = or_none(v); return 0; }
static int set_module(value self, value v) { FN(self)->module = or_none(v); return 0; }

static int set_defaults(value self, value v)
{
    if (v && v != V_NONE && !v_is_tuple(v)) {
        exc_raise(&exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    FN(self)->defaults = v == V_NONE ? V_NULL : v;
    return 0;
}

static int set_kwdefaults(value self, value v)
{
    if (v && v != V_NONE && !v_is_dict(v)) {
        exc_raise(&exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    FN(self)->kwdefaults = v == V_NONE ? V_NULL : v;
    return 0;
}

static int set_dict(value self, value v)
{
    if (!v || !v_is_dict(v)) {
        exc_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                  v ? v_type_name(v) : "NoneType");
        return -1;
    }
    FN(self)->dict = v;
    return 0;
}

static int set_annotations(value self, value v)
{
    if (v && v != V_NONE && !v_is_dict(v)) {
        exc_raise(&exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    FN(self)->annotations = v == V_NONE ? V_NULL : v;
    return 0;
}

/* __closure__, __globals__ and __builtins__ are read-only members in
 * CPython, with its members' message. */
static int set_readonly(value self, value v)
{
    exc_raise(&exc_AttributeError, "readonly attribute");
    return -1;
}

/* A new code object must use as many free variables as the closure has. */
static int set_code(value self, value v)
{
    if (!v || !v_is_code(v)) {
        exc_raise(&exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    function_object *f = FN(self);
    int64_t nclosure = f->closure ? (int64_t)tuple_len(f->closure) : 0;
    int64_t nfree = v_code(v)->nfreevars;
    if (nfree != nclosure) {
        exc_raise(&exc_ValueError, "%S() requires a code object with %lld free vars, not %lld", f->name,
                  (long long)nclosure, (long long)nfree);
        return -1;
    }
    f->code = v;
    return 0;
}

/* function(code, globals, name=None, argdefs=None, closure=None), with
 * CPython's checks and messages. */
static value function_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "code", "globals", "name", "argdefs", "closure" };
    value a[5];
    if (num_parse_args("function", argc, argv, kwnames, names, 5, 5, 2, a) < 0)
        return V_NULL;
    value code = a[0], globals = a[1];
    value name = a[2] ? a[2] : V_NONE, defs = a[3] ? a[3] : V_NONE, closure = a[4] ? a[4] : V_NONE;
    if (!v_is_code(code))
        return exc_raise(&exc_TypeError, "function() argument 'code' must be code, not %s", v_type_name(code));
    if (!v_is_dict(globals))
        return exc_raise(&exc_TypeError, "function() argument 'globals' must be dict, not %s",
                         v_type_name(globals));
    if (name != V_NONE && !v_isinstance(name, &str_type))
        return exc_raise(&exc_TypeError, "arg 3 (name) must be None or string");
    if (defs != V_NONE && !v_is_tuple(defs))
        return exc_raise(&exc_TypeError, "arg 4 (defaults) must be None or tuple");
    code_object *co = v_code(code);
    if (!v_is_tuple(closure)) {
        if (co->nfreevars && closure == V_NONE)
            return exc_raise(&exc_TypeError, "arg 5 (closure) must be tuple");
        if (closure != V_NONE)
            return exc_raise(&exc_TypeError, "arg 5 (closure) must be None or tuple");
    }
    int64_t nclosure = closure == V_NONE ? 0 : (int64_t)tuple_len(closure);
    if (co->nfreevars != nclosure)
        return exc_raise(&exc_ValueError, "%S requires closure of length %lld, not %lld", co->name,
                         (long long)co->nfreevars, (long long)nclosure);
    for (int64_t i = 0; i < nclosure; i++)
        if (!v_is_cell(tuple_get(closure, (size_t)i)))
            return exc_raise(&exc_TypeError, "arg 5 (closure) expected cell, found %s",
                             v_type_name(tuple_get(closure, (size_t)i)));
    value f = function_new(code, globals);
    if (!f)
        return V_NULL;
    if (name != V_NONE)
        FN(f)->name = name;
    if (defs != V_NONE)
        FN(f)->defaults = defs;
    if (closure != V_NONE)
        FN(f)->closure = closure;
    return f;
}

/* cell([contents]): an empty cell without an argument. */
static value cell_tp_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("cell", kwnames) < 0)
        return V_NULL;
    if (argc > 1)
        return exc_raise(&exc_TypeError, "cell expected at most 1 argument, got %d", argc);
    return cell_new(argc ? argv[0] : V_NULL);
}

static const getset_def function_getsets[] = {
    { "__name__", get_name, set_name, NULL },
    { "__qualname__", get_qualname, set_qualname, NULL },
    { "__doc__", get_doc, set_doc, NULL },
    { "__module__", get_module, set_module, NULL },
    { "__defaults__", get_defaults, set_defaults, NULL },
    { "__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL },
    { "__closure__", get_closure, set_readonly, NULL },
    { "__code__", get_code, set_code, NULL },
    { "__globals__", get_globals, set_readonly, NULL },
    { "__builtins__", get_builtins, set_readonly, NULL },
    { "__dict__", get_dict, set_dict, NULL },
    { "__annotations__", get_annotations, set_annotations, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object function_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "function",
    .basicsize = sizeof(function_object),
    .flags = TYPE_METHOD_DESCR,
    .trace = function_trace,
    .repr = function_repr,
    .call = eval_call_function,
    .descr_get = function_descr_get,
    .getattr = function_getattr,
    .setattr = function_setattr,
    .getsets = function_getsets,
    .new = function_tp_new,
};

/* -- bound method -------------------------------------------------------- */

value method_new(value func, value self)
{
    method_object *m = (method_object *)gc_alloc(&method_type, sizeof(method_object));
    if (!m)
        return V_NULL;
    m->func = func;
    m->self = self;
    return v_from_obj(m);
}

static void method_trace(object *o, gc_tracer *t)
{
    method_object *m = (method_object *)o;
    gc_mark_value(t, m->func);
    gc_mark_value(t, m->self);
}

/* Calls func(self, *args): the arguments are copied behind self into a
 * buffer on the C stack (small calls) or the heap. */
static value method_call(value callable, int argc, const value *argv, value kwnames)
{
    method_object *m = v_method(callable);
    size_t total = (size_t)argc + (kwnames ? tuple_len(kwnames) : 0) + 1;
    value small[16];
    value *buf = total <= 16 ? small : malloc(total * sizeof(value));
    if (!buf)
        return exc_no_memory();
    buf[0] = m->self;
    if (total > 1)                   /* argv may be NULL when there are no arguments */
        memcpy(buf + 1, argv, (total - 1) * sizeof(value));
    value r = obj_call(m->func, argc + 1, buf, kwnames);
    if (buf != small)
        free(buf);
    return r;
}

static value method_repr(value self)
{
    method_object *m = v_method(self);
    value name = obj_getattr_cstr(m->func, "__qualname__");
    if (!name) {
        exc_clear();
        name = obj_getattr_cstr(m->func, "__name__");
        if (!name) {
            exc_clear();
            name = str_from_cstr("?");
            if (!name)
                return V_NULL;
        }
    }
    return str_format("<bound method %S of %R>", name, m->self);
}

static value method_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_method(b))
        return V_NOTIMPL;
    int eq = v_method(a)->self == v_method(b)->self;
    if (eq) {
        eq = obj_richcompare_bool(v_method(a)->func, v_method(b)->func, CMP_EQ);
        if (eq < 0)
            return V_NULL;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int method_hash(value self, int64_t *out)
{
    int64_t a, b;
    if (obj_hash(v_method(self)->func, &a) < 0)
        return -1;
    b = (int64_t)(v_method(self)->self >> 4);
    *out = a ^ b;
    if (*out == -1)
        *out = -2;
    return 0;
}

/* Unknown attributes come from the function (m.__name__, m.__doc__). */
static value method_getattr(value self, value name)
{
    value d = type_lookup(v_type(self), name);
    if (d)
        return obj_generic_getattr(self, name);
    return obj_getattr(v_method(self)->func, name);
}

static value get_m_func(value self) { return v_method(self)->func; }
static value get_m_self(value self) { return v_method(self)->self; }

/* A getset, so it wins over method_type's own __doc__ (None). */
static value get_m_doc(value self) { return obj_getattr(v_method(self)->func, N(__doc__)); }

/* (getattr, (self, name)): how copy and pickle rebuild a bound method. */
static value method_reduce(value self, int argc, const value *argv, value kwnames)
{
    value b = import_module_cstr("builtins");
    value ga = b ? obj_getattr_cstr(b, "getattr") : V_NULL;
    value name = ga ? obj_getattr(v_method(self)->func, N(__name__)) : V_NULL;
    value args = name ? tuple_pack(2, v_method(self)->self, name) : V_NULL;
    return args ? tuple_pack(2, ga, args) : V_NULL;
}

/* types.MethodType(func, obj) */
static value method_tp_new(type_object *t, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "method() takes no keyword arguments");
    if (argc != 2)
        return exc_raise(&exc_TypeError, "method expected 2 arguments, got %d", argc);
    if (!v_type(argv[0])->call)
        return exc_raise(&exc_TypeError, "first argument must be callable");
    if (argv[1] == V_NONE)
        return exc_raise(&exc_TypeError, "instance must not be None");
    return method_new(argv[0], argv[1]);
}

static const method_def method_methods[] = {
    { "__reduce__", method_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def method_getsets[] = {
    { "__doc__", get_m_doc, NULL, NULL },
    { "__func__", get_m_func, NULL, NULL },
    { "__self__", get_m_self, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object method_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "method",
    .basicsize = sizeof(method_object),
    .trace = method_trace,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattr,
    .methods = method_methods,
    .getsets = method_getsets,
    .new = method_tp_new,
};

/* -- cell ---------------------------------------------------------------- */

value cell_new(value contents)
{
    cell_object *c = (cell_object *)gc_alloc(&cell_type, sizeof(cell_object));
    if (!c)
        return V_NULL;
    c->ref = contents;
    return v_from_obj(c);
}

static void cell_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((cell_object *)o)->ref); }

static value cell_repr(value self)
{
    value r = v_cell(self)->ref;
    if (!r)
        return str_format("<cell at %p: empty>", (void *)v_obj(self));
    return str_format("<cell at %p: %s object at %p>", (void *)v_obj(self), v_type_name(r),
                      (void *)r);
}

static value get_cell_contents(value self)
{
    value r = v_cell(self)->ref;
    if (!r)
        return exc_raise(&exc_ValueError, "Cell is empty");
    return r;
}

static int set_cell_contents(value self, value v)
{
    v_cell(self)->ref = v;
    return 0;
}

static const getset_def cell_getsets[] = {
    { "cell_contents", get_cell_contents, set_cell_contents, NULL },
    { NULL, NULL, NULL, NULL },
};

/* Cells compare by contents; an empty cell comes before any full one. */
static value cell_richcompare(value a, value b, int op)
{
    if (!v_is_ptr(b) || v_obj(b)->type != &cell_type)
        return V_NOTIMPL;
    value x = v_cell(a)->ref, y = v_cell(b)->ref;
    if (x && y)
        return obj_richcompare(x, y, op);
    int ex = x != V_NULL, ey = y != V_NULL;   /* compare "is full" flags */
    switch (op) {
    case CMP_LT: return v_bool(ex < ey);
    case CMP_LE: return v_bool(ex <= ey);
    case CMP_EQ: return v_bool(ex == ey);
    case CMP_NE: return v_bool(ex != ey);
    case CMP_GT: return v_bool(ex > ey);
    default: return v_bool(ex >= ey);
    }
}

type_object cell_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "cell",
    .basicsize = sizeof(cell_object),
    .trace = cell_trace,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .getsets = cell_getsets,
    .new = cell_tp_new,
};
