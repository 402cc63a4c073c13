/* The `_contextvars` module (PEP 567), behind `contextvars`: ContextVar
 * (get / set / reset), Token (var, old_value, Token.MISSING), Context (a
 * read-only mapping of variables to values, run, copy) and copy_context.
 * Each thread has its current Context in its thread_state (`context`,
 * made empty on first use, so a new thread starts with an empty one).
 * A Context's mapping is a dict that is never changed once made: set and
 * reset build a new one and swap it in, so copy() is O(1) and a copy
 * never sees later changes to the original. Contexts are small in
 * practice (decimal's one variable, a few per asyncio task), so copying
 * the dict on a set costs less than a persistent map would. */
#include <stdio.h>
#include <string.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/genericalias.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

typedef struct context_object {
    object hdr;
    value vars;      /* dict ContextVar -> value, never mutated once published */
    value prev;      /* the context run() replaced, while entered */
    bool entered;
} context_object;

typedef struct contextvar_object {
    object hdr;
    value name;      /* str */
    value dflt;      /* the default, or V_NULL */
} contextvar_object;

typedef struct token_object {
    object hdr;
    value ctx, var, old;   /* old: the previous value, or the MISSING marker */
    bool used;
} token_object;

static type_object context_type, contextvar_type, token_type, missing_type;
static object missing_obj = { &missing_type, 0, 0 };
#define V_MISSING v_from_obj(&missing_obj)

/* "0x..." for a repr, as %p prints it. */
static const char *addr(value v, char *buf, size_t n)
{
    snprintf(buf, n, "%p", (void *)v_obj(v));
    return buf;
}

/* Raises type(arg): KeyError and LookupError carry the variable itself. */
static value raise_with(type_object *type, value arg)
{
    value e = exc_new(type, 1, &arg);
    return e ? exc_raise_value(e) : V_NULL;
}

static bool v_is_context(value v) { return v_is_ptr(v) && v_obj(v)->type == &context_type; }
static bool v_is_contextvar(value v) { return v_is_ptr(v) && v_obj(v)->type == &contextvar_type; }
static context_object *CTX(value v) { return (context_object *)v_obj(v); }
static contextvar_object *VAR(value v) { return (contextvar_object *)v_obj(v); }
static token_object *TOK(value v) { return (token_object *)v_obj(v); }

/* -- Contexts -------------------------------------------------------------------- */

static void context_trace(object *o, gc_tracer *t)
{
    context_object *c = (context_object *)o;
    gc_mark_value(t, c->vars);
    gc_mark_value(t, c->prev);
}

static value context_make(value vars)
{
    if (!vars && !(vars = dict_new()))
        return V_NULL;
    context_object *c = (context_object *)gc_alloc(&context_type, sizeof *c);
    if (!c)
        return V_NULL;
    c->vars = vars;
    return v_from_obj(c);
}

/* The running thread's context, made on first use. */
static value context_current(void)
{
    thread_state *t = ts();
    if (!t->context) {
        value c = context_make(V_NULL);
        if (!c)
            return V_NULL;
        t->context = c;
    }
    return t->context;
}

static value context_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (argc || (kwnames && tuple_len(kwnames)))
        return exc_raise(&exc_TypeError, "Context() does not accept any arguments");
    return context_make(V_NULL);
}

static int context_key(value key)
{
    if (v_is_contextvar(key))
        return 0;
    exc_raise(&exc_TypeError, "a ContextVar key was expected, got %R", key);
    return -1;
}

static value context_getitem(value self, value key)
{
    if (context_key(key) < 0)
        return V_NULL;
    value v = dict_get(CTX(self)->vars, key);
    if (!v && !exc_occurred())
        raise_with(&exc_KeyError, key);
    return v;
}

static int context_contains(value self, value key)
{
    if (context_key(key) < 0)
        return -1;
    value v = dict_get(CTX(self)->vars, key);
    return v ? 1 : exc_occurred() ? -1 : 0;
}

static int64_t context_len(value self) { return (int64_t)dict_len(CTX(self)->vars); }

static value context_iter(value self) { return obj_iter(CTX(self)->vars); }

static value context_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_context(a) || !v_is_context(b))
        return V_NOTIMPL;
    return obj_richcompare(CTX(a)->vars, CTX(b)->vars, op);
}

/* get(key, default=None, /) */
static value context_get(value self, int argc, const value *argv, value kw)
{
    if (argc < 1 || argc > 2)
        return exc_raise(&exc_TypeError, "get expected %s, got %d", argc < 1 ? "at least 1 argument" : "at most 2 arguments",
                         argc);
    if (context_key(argv[0]) < 0)
        return V_NULL;
    value v = dict_get(CTX(self)->vars, argv[0]);
    if (v || exc_occurred())
        return v;
    return argc > 1 ? argv[1] : V_NONE;
}

static value context_keys(value self, int argc, const value *argv, value kw)
{
    return obj_call_method(CTX(self)->vars, "keys", 0, NULL);
}

static value context_values(value self, int argc, const value *argv, value kw)
{
    return obj_call_method(CTX(self)->vars, "values", 0, NULL);
}

static value context_items(value self, int argc, const value *argv, value kw)
{
    return obj_call_method(CTX(self)->vars, "items", 0, NULL);
}

static value context_copy(value self, int argc, const value *argv, value kw)
{
    return context_make(CTX(self)->vars);
}

/* run(callable, /, *args, **kwargs): calls it with this context current. */
static value context_run(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "run() missing 1 required positional argument");
    context_object *c = CTX(self);
    if (c->entered)
        return exc_raise(&exc_RuntimeError, "cannot enter context: %R is already entered", self);
    thread_state *t = ts();
    c->prev = t->context;
    c->entered = true;
    t->context = self;
    value r = obj_call(argv[0], argc - 1, argv + 1, kwnames);
    /* run() may have been entered on this thread only: t is still ours */
    t->context = c->prev;
    c->prev = V_NULL;
    c->entered = false;
    return r;
}

static const method_def context_methods[] = {
    { "run", context_run, METH_KEYWORDS, NULL },
    { "copy", context_copy, METH_NOARGS, "copy($self, /)\n--\n\nReturn a shallow copy of the context object." },
    { "get", context_get, METH_FAST,
      "get($self, key, default=None, /)\n--\n\nReturn the value for `key` if `key` has the value in the context object.\n\n"
      "If `key` does not exist, return `default`. If `default` is not given,\nreturn None." },
    { "items", context_items, METH_NOARGS,
      "items($self, /)\n--\n\nReturn all variables and their values in the context object.\n\n"
      "The result is returned as a list of 2-tuples (variable, value)." },
    { "keys", context_keys, METH_NOARGS, "keys($self, /)\n--\n\nReturn a list of all variables in the context object." },
    { "values", context_values, METH_NOARGS,
      "values($self, /)\n--\n\nReturn a list of all variables' values in the context object." },
    { NULL, NULL, 0, NULL },
};

static type_object context_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_contextvars.Context",
    .basicsize = sizeof(context_object),
    .trace = context_trace,
    .getattr = obj_generic_getattr,
    .richcompare = context_richcompare,
    .getitem = context_getitem,
    .contains = context_contains,
    .len = context_len,
    .iter = context_iter,
    .new = context_new,
    .methods = context_methods,
};

static value cv_copy_context(value self, int argc, const value *argv, value kw)
{
    value c = context_current();
    return c ? context_make(CTX(c)->vars) : V_NULL;
}

/* -- ContextVar ------------------------------------------------------------------ */

static void contextvar_trace(object *o, gc_tracer *t)
{
    contextvar_object *v = (contextvar_object *)o;
    gc_mark_value(t, v->name);
    gc_mark_value(t, v->dflt);
}

/* ContextVar(name, *, default=<missing>) */
static value contextvar_new(type_object *type, int argc, const value *argv, value kwnames)
{
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    if (argc + nkw > 2)
        return exc_raise(&exc_TypeError, "ContextVar() takes at most 2 arguments (%d given)", argc + nkw);
    if (argc > 1)
        return exc_raise(&exc_TypeError, "ContextVar() takes at most 1 positional argument (%d given)", argc);
    if (argc < 1)   /* name is positional-only: its absence comes first */
        return exc_raise(&exc_TypeError, "ContextVar() takes exactly 1 positional argument (0 given)");
    value name = argv[0], dflt = V_NULL;
    for (int i = 0; i < nkw; i++) {
        value k = tuple_get(kwnames, (size_t)i);
        if (!str_eq_cstr(k, "default"))
            return exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for ContextVar()", k);
        dflt = argv[argc + i];
    }
    if (!v_is_str(name))
        return exc_raise(&exc_TypeError, "context variable name must be a str");
    contextvar_object *v = (contextvar_object *)gc_alloc(&contextvar_type, sizeof *v);
    if (!v)
        return V_NULL;
    v->name = name;
    v->dflt = dflt;
    return v_from_obj(v);
}

static value contextvar_repr(value self)
{
    contextvar_object *v = VAR(self);
    char buf[32];
    if (v->dflt)
        return exc_format("<ContextVar name=%R default=%R at %s>", v->name, v->dflt, addr(self, buf, sizeof buf));
    return exc_format("<ContextVar name=%R at %s>", v->name, addr(self, buf, sizeof buf));
}

/* get([default]) */
static value contextvar_get(value self, int argc, const value *argv, value kw)
{
    if (argc > 1)
        return exc_raise(&exc_TypeError, "get expected at most 1 argument, got %d", argc);
    value c = ts()->context;
    if (c) {
        value v = dict_get(CTX(c)->vars, self);
        if (v || exc_occurred())
            return v;
    }
    if (argc == 1)
        return argv[0];
    if (VAR(self)->dflt)
        return VAR(self)->dflt;
    return raise_with(&exc_LookupError, self);
}

/* A new mapping for ctx: its current one with var set to v (or removed,
 * v == V_NULL). */
static int context_replace(value ctx, value var, value v)
{
    value d = dict_copy(CTX(ctx)->vars);
    if (!d || (v ? dict_set(d, var, v) : dict_del(d, var)) < 0)
        return -1;
    CTX(ctx)->vars = d;
    return 0;
}

static value contextvar_set(value self, int argc, const value *argv, value kw)
{
    value ctx = context_current();
    if (!ctx)
        return V_NULL;
    value old = dict_get(CTX(ctx)->vars, self);
    if (!old && exc_occurred())
        return V_NULL;
    token_object *t = (token_object *)gc_alloc(&token_type, sizeof *t);
    if (!t)
        return V_NULL;
    t->ctx = ctx;
    t->var = self;
    t->old = old ? old : V_MISSING;
    if (context_replace(ctx, self, argv[0]) < 0)
        return V_NULL;
    return v_from_obj(t);
}

static value contextvar_reset(value self, int argc, const value *argv, value kw)
{
    value tv = argv[0];
    if (!v_is_ptr(tv) || v_obj(tv)->type != &token_type)
        return exc_raise(&exc_TypeError, "expected an instance of Token, got %R", tv);
    token_object *t = TOK(tv);
    if (t->used)
        return exc_raise(&exc_RuntimeError, "%R has already been used once", tv);
    if (t->var != self)
        return exc_raise(&exc_ValueError, "%R was created by a different ContextVar", tv);
    value ctx = context_current();
    if (!ctx)
        return V_NULL;
    if (t->ctx != ctx)
        return exc_raise(&exc_ValueError, "%R was created in a different Context", tv);
    t->used = true;
    if (t->old == V_MISSING) {
        value cur = dict_get(CTX(ctx)->vars, self);
        if (!cur)
            return exc_occurred() ? V_NULL : raise_with(&exc_LookupError, self);
        return context_replace(ctx, self, V_NULL) < 0 ? V_NULL : V_NONE;
    }
    return context_replace(ctx, self, t->old) < 0 ? V_NULL : V_NONE;
}

static value contextvar_get_name(value self) { return VAR(self)->name; }

static value cv_class_getitem(value cls, int argc, const value *argv, value kw)
{
    return genericalias_new(cls, argv[0]);
}

static const method_def contextvar_methods[] = {
    { "get", contextvar_get, METH_FAST,
      "get($self, default=<unrepresentable>, /)\n--\n\nReturn a value for the context variable for the current context.\n\n"
      "If there is no value for the variable in the current context, the method will:\n"
      " * return the value of the default argument of the method, if provided; or\n"
      " * return the default value for the context variable, if it was created\n   with one; or\n"
      " * raise a LookupError." },
    { "set", contextvar_set, METH_O,
      "set($self, value, /)\n--\n\nCall to set a new value for the context variable in the current context.\n\n"
      "The required value argument is the new value for the context variable.\n\n"
      "Returns a Token object that can be used to restore the variable to its previous\n"
      "value via the `ContextVar.reset()` method." },
    { "reset", contextvar_reset, METH_O,
      "reset($self, token, /)\n--\n\nReset the context variable.\n\n"
      "The variable is reset to the value it had before the `ContextVar.set()` that\n"
      "created the token was used." },
    { "__class_getitem__", cv_class_getitem, METH_O | METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static const getset_def contextvar_getsets[] = {
    { "name", contextvar_get_name, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static type_object contextvar_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_contextvars.ContextVar",
    .basicsize = sizeof(contextvar_object),
    .trace = contextvar_trace,
    .repr = contextvar_repr,
    .getattr = obj_generic_getattr,
    .new = contextvar_new,
    .methods = contextvar_methods,
    .getsets = contextvar_getsets,
};

/* -- Token ----------------------------------------------------------------------- */

static void token_trace(object *o, gc_tracer *t)
{
    token_object *k = (token_object *)o;
    gc_mark_value(t, k->ctx);
    gc_mark_value(t, k->var);
    gc_mark_value(t, k->old);
}

static value token_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return exc_raise(&exc_RuntimeError, "Tokens can only be created by ContextVars");
}

static value token_repr(value self)
{
    token_object *t = TOK(self);
    char buf[32];
    return exc_format("<Token%s var=%R at %s>", t->used ? " used" : "", t->var, addr(self, buf, sizeof buf));
}

static value token_get_var(value self) { return TOK(self)->var; }
static value token_get_old_value(value self) { return TOK(self)->old; }

static const method_def token_methods[] = {
    { "__class_getitem__", cv_class_getitem, METH_O | METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static const getset_def token_getsets[] = {
    { "var", token_get_var, NULL, NULL },
    { "old_value", token_get_old_value, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static type_object token_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_contextvars.Token",
    .basicsize = sizeof(token_object),
    .trace = token_trace,
    .repr = token_repr,
    .getattr = obj_generic_getattr,
    .new = token_new,
    .methods = token_methods,
    .getsets = token_getsets,
};

static value missing_repr(value self) { return str_from_cstr("<Token.MISSING>"); }

static type_object missing_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "Token.MISSING",
    .basicsize = sizeof(object),
    .repr = missing_repr,
    .getattr = obj_generic_getattr,
};

/* -- The module ------------------------------------------------------------------ */

static const method_def contextvars_functions[] = {
    { "copy_context", cv_copy_context, METH_NOARGS, "copy_context($module, /)\n--\n\n" },
    { NULL, NULL, 0, NULL },
};

value contextvarsmodule_init(void)
{
    value m = module_new("_contextvars");
    if (!m || modules_add_functions(m, contextvars_functions) < 0)
        return V_NULL;
    type_object *types[] = { &context_type, &contextvar_type, &token_type, &missing_type };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (!(types[i]->flags & TYPE_READY) && type_ready(types[i]) < 0)
            return V_NULL;
    value d = module_dict(m);
    value doc = str_from_cstr("Context Variables");
    if (!doc || dict_set_cstr(d, "__doc__", doc) < 0 ||
        dict_set_cstr(d, "Context", v_from_obj(&context_type)) < 0 ||
        dict_set_cstr(d, "ContextVar", v_from_obj(&contextvar_type)) < 0 ||
        dict_set_cstr(d, "Token", v_from_obj(&token_type)) < 0 ||
        dict_set_cstr(token_type.dict, "MISSING", V_MISSING) < 0)
        return V_NULL;
    return m;
}
