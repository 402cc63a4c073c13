/* builtin_function_or_method (cfunction.h): a method_def bound to its
 * self. The METH_* flags say which argument checks the caller does, so
 * the C functions behind builtins and methods need not repeat them; the
 * messages are CPython's, naming the function as its __qualname__ would
 * ("list.append", "len"). */
#include <stdio.h>
#include <string.h>
#include "cfunction.h"
#include "reduce.h"
#include "type.h"
#include "str.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

value cfunc_call_def(const method_def *def, const char *owner, value self, int argc, const value *argv,
                     value kwnames)
{
    const char *dot = owner ? "." : "";
    if (!owner)
        owner = "";
    int kind = def->flags & (METH_KEYWORDS | METH_NOARGS | METH_O);
    if (kind != METH_KEYWORDS && kwnames && tuple_len(kwnames) > 0)
        return exc_raise(&exc_TypeError, "%s%s%s() takes no keyword arguments", owner, dot, def->name);
    if (kind == METH_NOARGS && argc != 0)
        return exc_raise(&exc_TypeError, "%s%s%s() takes no arguments (%d given)", owner, dot, def->name, argc);
    if (kind == METH_O && argc != 1)
        return exc_raise(&exc_TypeError, "%s%s%s() takes exactly one argument (%d given)", owner, dot,
                         def->name, argc);
    if (kind == METH_KEYWORDS || kind == 0)
        return def->fn(self, argc, argv, kind == METH_KEYWORDS ? kwnames : V_NULL);
    /* CPython bounds its one-argument and no-argument builtins (not the
     * fastcall ones); doing the same keeps RecursionError messages equal */
    if (!exc_enter_recursive(" while calling a Python object"))
        return V_NULL;
    value r = def->fn(self, argc, argv, V_NULL);
    exc_leave_recursive();
    return r;
}

/* The owner part of the qualname: the type of self (self itself for a
 * class method), nothing for module functions. */
static const char *owner_of(value self)
{
    if (!self)
        return NULL;
    type_object *t = v_is_type(self) ? v_as_type(self) : v_type(self);
    /* a builtin type's qualname drops its module ("_thread.lock" -> "lock") */
    const char *dot = (t->flags & TYPE_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static bool self_is_module(value self)
{
    return self && strcmp(v_type_name(self), "module") == 0;
}

static value cfunc_call(value callable, int argc, const value *argv, value kwnames)
{
    cfunc_object *f = (cfunc_object *)v_obj(callable);
    const char *owner = self_is_module(f->self) ? NULL : owner_of(f->self);
    /* a module function's messages name its module, as CPython's
     * ("time.sleep() takes exactly one argument"), except the builtins' */
    if (!f->self && f->module && v_is_str(f->module) && !str_eq_cstr(f->module, "builtins"))
        owner = str_data(f->module);
    return cfunc_call_def(f->def, owner, f->self, argc, argv, kwnames);
}

static void cfunc_trace(object *o, gc_tracer *tr)
{
    cfunc_object *f = (cfunc_object *)o;
    gc_mark_value(tr, f->self);
    gc_mark_value(tr, f->module);
}

static value cfunc_repr(value v)
{
    cfunc_object *f = (cfunc_object *)v_obj(v);
    if (!f->self || self_is_module(f->self))
        return str_format("<built-in function %s>", f->def->name);
    char buf[32];
    snprintf(buf, sizeof buf, "%p", (void *)f->self);
    return str_format("<built-in method %s of %s object at %s>", f->def->name,
                      v_is_type(f->self) ? "type" : v_type_name(f->self), buf);
}

static value cfunc_get_name(value v) { return str_from_cstr(((cfunc_object *)v_obj(v))->def->name); }

static value cfunc_get_qualname(value v)
{
    cfunc_object *f = (cfunc_object *)v_obj(v);
    const char *owner = self_is_module(f->self) ? NULL : owner_of(f->self);
    if (!owner)
        return str_from_cstr(f->def->name);
    return str_format("%s.%s", owner, f->def->name);
}

static value cfunc_get_self(value v)
{
    cfunc_object *f = (cfunc_object *)v_obj(v);
    return f->self ? f->self : V_NONE;
}

static value cfunc_get_module(value v)
{
    cfunc_object *f = (cfunc_object *)v_obj(v);
    return f->module ? f->module : V_NONE;
}

static value cfunc_get_doc(value v)
{
    cfunc_object *f = (cfunc_object *)v_obj(v);
    return f->def->doc ? str_from_cstr(f->def->doc) : V_NONE;
}

static const getset_def cfunc_getsets[] = {
    { "__name__", cfunc_get_name, NULL, NULL },
    { "__qualname__", cfunc_get_qualname, NULL, NULL },
    { "__self__", cfunc_get_self, NULL, NULL },
    { "__module__", cfunc_get_module, NULL, NULL },
    { "__doc__", cfunc_get_doc, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static value cfunc_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_cfunc(b))
        return V_NOTIMPL;
    cfunc_object *x = (cfunc_object *)v_obj(a), *y = (cfunc_object *)v_obj(b);
    bool eq = x->def == y->def && x->self == y->self;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int cfunc_hash(value v, int64_t *out)
{
    cfunc_object *f = (cfunc_object *)v_obj(v);
    *out = (int64_t)(((uintptr_t)f->def >> 4) ^ (uintptr_t)f->self);
    if (*out == -1)
        *out = -2;
    return 0;
}

static const method_def cfunc_methods[] = {
    { "__reduce__", reduce_builtin_function, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object cfunc_type = {
    .name = "builtin_function_or_method",
    .basicsize = sizeof(cfunc_object),
    .trace = cfunc_trace,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcompare = cfunc_richcompare,
    .call = cfunc_call,
    .methods = cfunc_methods,
    .getsets = cfunc_getsets,
};

value cfunc_new(const method_def *def, value self, value module)
{
    cfunc_object *f = (cfunc_object *)gc_alloc(&cfunc_type, sizeof *f);
    if (!f)
        return V_NULL;
    f->def = def;
    f->self = self;
    f->module = module;
    return v_from_obj(f);
}
