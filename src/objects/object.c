/* The generic operations of object.h: what the VM, the builtins and every
 * type call to repr, compare, hash, call, iterate, index and combine
 * values of any type. Each follows CPython 3.11's protocol: a slot of the
 * operand's type does the work, reflected operands get their turn when a
 * slot answers NotImplemented (the right operand first when its type is a
 * proper subclass of the left's), and when nothing applies the TypeError
 * carries CPython's exact message. Types fill the slots (their own file for
 * builtins, typeslots.c for classes defined in Python). */
#include <string.h>
#include "object.h"
#include "type.h"
#include "names.h"
#include "str.h"
#include "int.h"
#include "tuple.h"
#include "dict.h"
#include "iterators.h"
#include "instance.h"
#include "exceptions.h"
#include "function.h"
#include "cfunction.h"
#include "descr.h"
#include "bytes.h"
#include "genericalias.h"
#include "bytearray.h"
#include "../vm/exc.h"

/* -- repr, str, hash ------------------------------------------------------- */

value obj_repr(value v)
{
    type_object *t = v_type(v);
    if (!t->repr)
        return exc_raise(&exc_TypeError, "cannot get the repr of a '%s' object", t->name);
    if (!exc_enter_recursive(" while getting the repr of an object"))
        return V_NULL;
    value r = t->repr(v);
    exc_leave_recursive();
    if (r && !v_isinstance(r, &str_type))
        return exc_raise(&exc_TypeError, "__repr__ returned non-string (type %s)", v_type_name(r));
    return r;
}

value obj_str(value v)
{
    if (v_is_str(v))
        return v;
    type_object *t = v_type(v);
    if (!t->str)
        return obj_repr(v);
    /* only Python-level __str__ can recurse without bound (builtin str
     * slots of containers go through obj_repr, which is guarded) */
    bool guard = (t->flags & TYPE_HEAPTYPE) != 0;
    if (guard && !exc_enter_recursive(" while getting the str of an object"))
        return V_NULL;
    value r = t->str(v);
    if (guard)
        exc_leave_recursive();
    if (r && !v_isinstance(r, &str_type))
        return exc_raise(&exc_TypeError, "__str__ returned non-string (type %s)", v_type_name(r));
    return r;
}

int obj_hash(value v, int64_t *out)
{
    if (v_is_str(v)) {
        *out = str_hash(v);
        return 0;
    }
    type_object *t = v_type(v);
    if (!t->hash) {
        exc_raise(&exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v, out);
}

/* -- Comparisons ----------------------------------------------------------- */

static const int swapped_op[] = {
    [CMP_LT] = CMP_GT, [CMP_LE] = CMP_GE, [CMP_EQ] = CMP_EQ,
    [CMP_NE] = CMP_NE, [CMP_GT] = CMP_LT, [CMP_GE] = CMP_LE,
};
static const char *const cmp_symbol[] = { "<", "<=", "==", "!=", ">", ">=" };

/* The core of a == b etc.: CPython's do_richcompare. */
static value do_richcompare(value a, value b, int op)
{
    type_object *ta = v_type(a), *tb = v_type(b);
    bool reflected_done = false;
    value r;
    if (ta != tb && tb->richcompare && type_issubtype(tb, ta)) {
        reflected_done = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != V_NOTIMPL)
            return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != V_NOTIMPL)
            return r;
    }
    if (!reflected_done && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != V_NOTIMPL)
            return r;
    }
    if (op == CMP_EQ)
        return v_bool(a == b);
    if (op == CMP_NE)
        return v_bool(a != b);
    return exc_raise(&exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbol[op], ta->name, tb->name);
}

value obj_richcompare(value a, value b, int op)
{
    if (v_is_int(a) && v_is_int(b)) {
        int64_t x = v_int(a), y = v_int(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        default: return v_bool(x >= y);
        }
    }
    if (!exc_enter_recursive(" in comparison"))
        return V_NULL;
    value r = do_richcompare(a, b, op);
    exc_leave_recursive();
    return r;
}

int obj_richcompare_bool(value a, value b, int op)
{
    if (a == b) {
        if (op == CMP_EQ)
            return 1;
        if (op == CMP_NE)
            return 0;
    }
    value r = obj_richcompare(a, b, op);
    if (!r)
        return -1;
    if (r == V_TRUE)
        return 1;
    if (r == V_FALSE)
        return 0;
    return obj_truthy(r);
}

/* -- Truth ------------------------------------------------------------------ */

int obj_truthy(value v)
{
    if (v == V_TRUE)
        return 1;
    if (v == V_FALSE || v == V_NONE)
        return 0;
    if (v_is_int(v))
        return v_int(v) != 0;
    type_object *t = v_type(v);
    if (t->nb_bool)
        return t->nb_bool(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* -- Attributes ------------------------------------------------------------- */

static bool check_name(value name)
{
    if (v_isinstance(name, &str_type))
        return true;
    exc_raise(&exc_TypeError, "attribute name must be string, not '%s'", v_type_name(name));
    return false;
}

value obj_getattr(value obj, value name)
{
    if (!check_name(name))
        return V_NULL;
    type_object *t = v_type(obj);
    value r = t->getattr ? t->getattr(obj, name) : obj_generic_getattr(obj, name);
    if (!r)   /* an AttributeError from __getattr__ or a property learns where it came from */
        obj_set_attribute_info(obj, name);
    return r;
}

value obj_getattr_cstr(value obj, const char *name)
{
    value n = str_intern_cstr(name);
    if (!n)
        return V_NULL;
    return obj_getattr(obj, n);
}

int obj_setattr(value obj, value name, value v)
{
    if (!check_name(name))
        return -1;
    type_object *t = v_type(obj);
    if (t->setattr)
        return t->setattr(obj, name, v);
    return obj_generic_setattr(obj, name, v);
}

/* AttributeError with .name and .obj set, which the traceback printer
 * uses for its "Did you mean" suggestions, as CPython 3.11's does. */
value obj_attribute_error(value obj, value name)
{
    exc_raise(&exc_AttributeError, "'%s' object has no attribute '%S'", v_type_name(obj), name);
    obj_set_attribute_info(obj, name);
    return V_NULL;
}

void obj_set_attribute_info(value obj, value name)
{
    value e = ts()->exc;
    if (e && v_is_exc(e) && v_isinstance(e, &exc_AttributeError)) {
        value *slot = v_exc(e)->slot;
        bool named = slot[EXC_ATTR_NAME] && slot[EXC_ATTR_NAME] != V_NONE;
        if (named || (slot[EXC_ATTR_OBJ] && slot[EXC_ATTR_OBJ] != V_NONE))
            return;   /* set already (by the raiser, or deeper down): keep it */
        v_exc(e)->slot[EXC_ATTR_NAME] = name;
        v_exc(e)->slot[EXC_ATTR_OBJ] = obj;
    }
}

static value no_attribute(value obj, value name)
{
    return obj_attribute_error(obj, name);
}

value obj_generic_getattr(value obj, value name)
{
    type_object *t = v_type(obj);
    value descr = type_lookup(t, name);
    descr_get_fn get = NULL;
    if (descr) {
        type_object *dt = v_type(descr);
        get = dt->descr_get;
        if (get && dt->descr_set)
            return get(descr, obj, v_from_obj(t));
    }
    if (t->attrs_offset) {
        value v = inst_get(obj, name);
        if (v || exc_occurred())
            return v;
    } else if (t->flags & TYPE_VAR_DICT) {
        value d = type_var_dict(obj, false);
        value v = d ? dict_get(d, name) : V_NULL;
        if (v || exc_occurred())
            return v;
    }
    if (get)
        return get(descr, obj, v_from_obj(t));
    if (descr)
        return descr;
    return no_attribute(obj, name);
}

/* Setting or deleting an attribute of a str/bytes/tuple subclass instance. */
static int var_dict_setattr(value obj, value name, value v)
{
    value d = type_var_dict(obj, v != V_NULL);
    if (!d && exc_occurred())
        return -1;
    if (v)
        return dict_set(d, name, v);
    int r = d ? dict_del(d, name) : 0;
    if (r == 0)
        no_attribute(obj, name);
    return r > 0 ? 0 : -1;
}

int obj_generic_setattr(value obj, value name, value v)
{
    type_object *t = v_type(obj);
    value descr = type_lookup(t, name);
    if (descr) {
        descr_set_fn set = v_type(descr)->descr_set;
        if (set)
            return set(descr, obj, v);
    }
    if (t->attrs_offset) {
        int r = inst_set(obj, name, v);
        if (r == 1) {
            no_attribute(obj, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    if (t->flags & TYPE_VAR_DICT)
        return var_dict_setattr(obj, name, v);
    if (descr)
        exc_raise(&exc_AttributeError, "'%s' object attribute '%S' is read-only", t->name, name);
    else
        no_attribute(obj, name);
    return -1;
}

/* -- Calls ------------------------------------------------------------------ */

value obj_call(value callable, int argc, const value *argv, value kwnames)
{
    type_object *t = v_type(callable);
    if (!t->call)
        return exc_raise(&exc_TypeError, "'%s' object is not callable", t->name);
    /* A Python function guards itself when its frame is entered, with
     * CPython's plain message; bound methods pass the call on, builtins
     * guard only for METH_O / METH_NOARGS (cfunc_call_def). Other calls
     * nest in C (a __call__ calling itself), so bound them here, as
     * CPython's tp_call path does: the same count of guards per level
     * gives a RecursionError the same wording as CPython's. */
    if (v_is_function(callable) || v_is_method(callable) || t == &cfunc_type ||
        t == &method_descr_type)
        return t->call(callable, argc, argv, kwnames);
    if (!exc_enter_recursive(" while calling a Python object"))
        return V_NULL;
    value r = t->call(callable, argc, argv, kwnames);
    exc_leave_recursive();
    return r;
}

value obj_call0(value callable) { return obj_call(callable, 0, NULL, V_NULL); }
value obj_call1(value callable, value a) { return obj_call(callable, 1, &a, V_NULL); }

value obj_call_method(value obj, const char *name, int argc, const value *argv)
{
    value n = str_intern_cstr(name);
    if (!n)
        return V_NULL;
    type_object *t = v_type(obj);
    /* the common case: a plain method found on the type, called unbound */
    if (!t->getattr || t->getattr == obj_generic_getattr) {
        value m = type_lookup(t, n);
        if (m && (v_type(m)->flags & TYPE_METHOD_DESCR)
            && !(t->attrs_offset && inst_get(obj, n)) && !(t->flags & TYPE_VAR_DICT)) {
            value buf[8];
            value *args = buf;
            if (argc + 1 > 8) {
                args = __builtin_alloca(sizeof(value) * (size_t)(argc + 1));
            }
            args[0] = obj;
            if (argc)
                memcpy(args + 1, argv, sizeof(value) * (size_t)argc);
            return obj_call(m, argc + 1, args, V_NULL);
        }
    }
    value f = obj_getattr(obj, n);
    if (!f)
        return V_NULL;
    return obj_call(f, argc, argv, V_NULL);
}

/* -- Iteration -------------------------------------------------------------- */

value obj_iter(value v)
{
    type_object *t = v_type(v);
    if (t->iter) {
        value it = t->iter(v);
        if (it && !v_type(it)->iternext)
            return exc_raise(&exc_TypeError, "iter() returned non-iterator of type '%s'", v_type_name(it));
        return it;
    }
    if (t->getitem && !type_is_subtype(t, &dict_type))
        return seq_iter_new(v);
    return exc_raise(&exc_TypeError, "'%s' object is not iterable", t->name);
}

value obj_next(value it)
{
    type_object *t = v_type(it);
    if (!t->iternext)
        return exc_raise(&exc_TypeError, "'%s' object is not an iterator", t->name);
    return t->iternext(it);
}

/* -- Containers ------------------------------------------------------------- */

int64_t obj_len(value v)
{
    type_object *t = v_type(v);
    if (!t->len) {
        exc_raise(&exc_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(v);
}

value obj_getitem(value a, value key)
{
    type_object *t = v_type(a);
    if (t->getitem)
        return t->getitem(a, key);
    if (v_is_type(a)) {
        if (a == v_from_obj(&type_type))   /* type[int] */
            return genericalias_new(a, key);
        value m = type_lookup(v_as_type(a), N(__class_getitem__));
        if (m && m != V_NONE) {
            value meth;
            descr_get_fn get = v_type(m)->descr_get;
            if (get) {
                meth = get(m, V_NULL, a);
                if (!meth)
                    return V_NULL;
            } else {
                meth = m;
            }
            return obj_call1(meth, key);
        }
        return exc_raise(&exc_TypeError, "type '%s' is not subscriptable", v_as_type(a)->name);
    }
    return exc_raise(&exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(value a, value key, value v)
{
    type_object *t = v_type(a);
    if (!t->setitem) {
        exc_raise(&exc_TypeError, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    return t->setitem(a, key, v);
}

int obj_delitem(value a, value key)
{
    type_object *t = v_type(a);
    if (!t->setitem) {
        /* CPython words it by path: an index key on a type with sequence
         * methods fails in PySequence_DelItem ("doesn't"), anything else
         * in PyObject_DelItem ("does not"). */
        bool seq = (t->flags & TYPE_HEAPTYPE) || t->len || t->contains;
        bool idx = v_is_int(key) || v_type(key)->nb_index;
        exc_raise(&exc_TypeError, "'%s' object %s support item deletion", t->name,
                  seq && idx ? "doesn't" : "does not");
        return -1;
    }
    return t->setitem(a, key, V_NULL);
}

int obj_contains(value container, value item)
{
    type_object *t = v_type(container);
    if (t->contains)
        return t->contains(container, item);
    return obj_contains_by_iter(container, item);
}

int obj_contains_by_iter(value container, value item)
{
    type_object *t = v_type(container);
    if (!t->iter && !t->getitem) {
        exc_raise(&exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    value it = obj_iter(container);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    for (;;) {
        value x = obj_next(it);
        if (!x)
            return exc_occurred() ? -1 : 0;
        int eq = obj_richcompare_bool(x, item, CMP_EQ);
        if (eq != 0)
            return eq;
    }
}

/* -- Arithmetic ------------------------------------------------------------- */

static const char *const nb_symbol[NB_COUNT] = {
    "+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//",
};
static const char *const nb_isymbol[NB_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=",
};

/* a OP b through the nb slots of both operands (CPython's binary_op1):
 * NotImplemented when neither applies. */
static value binary_op1(value a, value b, int nb)
{
    type_object *ta = v_type(a), *tb = v_type(b);
    binary_fn fa = ta->nb[nb];
    binary_fn fb = tb != ta ? tb->nb[nb] : NULL;
    if (fb == fa)
        fb = NULL;
    value r;
    if (fa) {
        if (fb && type_issubtype(tb, ta)) {
            r = fb(a, b);
            if (r != V_NOTIMPL)
                return r;
            fb = NULL;
        }
        r = fa(a, b);
        if (r != V_NOTIMPL)
            return r;
    }
    if (fb)
        return fb(a, b);
    return V_NOTIMPL;
}

/* seq * n with n converted through __index__. */
static value sequence_repeat(binary_fn repeat, value seq, value n)
{
    type_object *tn = v_type(n);
    if (!tn->nb_index)
        return exc_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", tn->name);
    value i = obj_index(n);
    if (!i)
        return V_NULL;
    return repeat(seq, i);
}

static value binary_fail(value a, value b, const char *sym)
{
    /* `print >> f`, Python 2's redirection: CPython adds a hint */
    if (!strcmp(sym, ">>") && v_is_cfunc(a) && !strcmp(((cfunc_object *)v_obj(a))->def->name, "print"))
        return exc_raise(&exc_TypeError,
                         "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, "
                         "file=<output_stream>)\"?", sym, v_type_name(a), v_type_name(b));
    return exc_raise(&exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                     v_type_name(a), v_type_name(b));
}

/* The builtin sequence a type derives from, for messages, or NULL. */
static const char *seq_kind(type_object *t)
{
    if (t->flags & TYPE_STR_SUBCLASS)
        return "str";
    if (t->flags & TYPE_LIST_SUBCLASS)
        return "list";
    if (t->flags & TYPE_TUPLE_SUBCLASS)
        return "tuple";
    if (type_is_subtype(t, &bytes_type))
        return "bytes";
    if (type_is_subtype(t, &bytearray_type))
        return "bytearray";
    return NULL;
}

/* The builtin sequences' + and * decline (NotImplemented) when the other
 * operand's class might reflect; when it did not, the error is theirs. */
static value seq_binary_fail(value a, value b, int nb)
{
    const char *ka = seq_kind(v_type(a));
    if (nb == NB_ADD && ka) {
        if (ka[0] == 'b')
            return exc_raise(&exc_TypeError, "can't concat %s to %s", v_type_name(b), ka);
        return exc_raise(&exc_TypeError, "can only concatenate %s (not \"%s\") to %s", ka,
                         v_type_name(b), ka);
    }
    if (nb == NB_MUL && (ka || seq_kind(v_type(b))))
        return exc_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         v_type_name(ka ? b : a));
    return V_NULL;
}

value obj_binary_op(value a, value b, int nb)
{
    value r = binary_op1(a, b, nb);
    if (r != V_NOTIMPL)
        return r;
    if (nb == NB_ADD && v_type(a)->sq_concat)
        return v_type(a)->sq_concat(a, b);
    if (nb == NB_MUL) {
        if (v_type(a)->sq_repeat)
            return sequence_repeat(v_type(a)->sq_repeat, a, b);
        if (v_type(b)->sq_repeat)
            return sequence_repeat(v_type(b)->sq_repeat, b, a);
    }
    if ((nb == NB_ADD || nb == NB_MUL) && seq_binary_fail(a, b, nb) == V_NULL && exc_occurred())
        return V_NULL;
    return binary_fail(a, b, nb_symbol[nb]);
}

value obj_inplace_op(value a, value b, int nb)
{
    type_object *ta = v_type(a);
    binary_fn f = ta->nb_inplace[nb];
    if (f) {
        value r = f(a, b);
        if (r != V_NOTIMPL)
            return r;
    }
    value r = binary_op1(a, b, nb);
    if (r != V_NOTIMPL)
        return r;
    if (nb == NB_ADD) {
        binary_fn c = ta->sq_inplace_concat ? ta->sq_inplace_concat : ta->sq_concat;
        if (c)
            return c(a, b);
    }
    if (nb == NB_MUL) {
        binary_fn rep = ta->sq_inplace_repeat ? ta->sq_inplace_repeat : ta->sq_repeat;
        if (rep)
            return sequence_repeat(rep, a, b);
        if (v_type(b)->sq_repeat)
            return sequence_repeat(v_type(b)->sq_repeat, b, a);
    }
    return binary_fail(a, b, nb_isymbol[nb]);
}

value obj_pow(value a, value b, value mod)
{
    if (mod == V_NONE || mod == V_NULL)
        return obj_binary_op(a, b, NB_POW);
    /* ternary pow: each operand's type gets a turn, left first */
    type_object *types[3] = { v_type(a), v_type(b), v_type(mod) };
    for (int i = 0; i < 3; i++) {
        ternary_fn f = types[i]->nb_pow3;
        bool seen = false;
        for (int j = 0; j < i; j++)
            seen |= types[j]->nb_pow3 == f;
        if (!f || seen)
            continue;
        value r = f(a, b, mod);
        if (r != V_NOTIMPL)
            return r;
    }
    return exc_raise(&exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                     types[0]->name, types[1]->name, types[2]->name);
}

static value unary(value a, unary_fn f, const char *sym)
{
    if (!f)
        return exc_raise(&exc_TypeError, "bad operand type for unary %s: '%s'", sym, v_type_name(a));
    return f(a);
}

value obj_neg(value a) { return unary(a, v_type(a)->nb_neg, "-"); }
value obj_pos(value a) { return unary(a, v_type(a)->nb_pos, "+"); }
value obj_invert(value a) { return unary(a, v_type(a)->nb_invert, "~"); }

value obj_index(value a)
{
    if (v_is_int(a) || v_isinstance(a, &int_type))
        return a;
    type_object *t = v_type(a);
    if (!t->nb_index)
        return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    value r = t->nb_index(a);
    if (r && !v_is_int(r) && !v_isinstance(r, &int_type))
        return exc_raise(&exc_TypeError, "__index__ returned non-int (type %s)", v_type_name(r));
    return r;
}

/* -- isinstance / issubclass ----------------------------------------------- */

/* Calls type(cls).__instancecheck__ / __subclasscheck__ when the metaclass
 * overrides it; *done = 0 when it does not. */
static int call_check_hook(value cls, value name, value arg, int *done)
{
    type_object *meta = v_type(cls);
    *done = 0;
    if (meta == &type_type)
        return 0;
    value m = type_lookup(meta, name);
    if (!m || !(meta->flags & TYPE_HEAPTYPE))
        return 0;
    int found;
    value r = call_special(cls, name, 1, &arg, &found);
    if (!found)
        return 0;
    *done = 1;
    if (!r)
        return -1;
    return obj_truthy(r);
}

/* isinstance's second chance, as CPython's: an object whose __class__
 * claims another type (a weakref proxy, a mock) is an instance of it. */
static int class_attr_isinstance(value obj, type_object *cls)
{
    value c = obj_getattr(obj, N(__class__));
    if (!c) {
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
        return 0;
    }
    return c != v_from_obj(v_type(obj)) && v_is_type(c) && type_is_subtype(v_as_type(c), cls);
}

/* -- The "abstract class" protocol: objects that are not types but have a
 * __bases__ tuple take part in isinstance() and issubclass(). */

/* cls.__bases__ when it is a tuple; V_NULL otherwise (with an exception
 * only when looking it up failed with something else than AttributeError). */
static value abstract_bases(value cls)
{
    value b = obj_getattr(cls, N(__bases__));
    if (!b) {
        if (exc_matches(&exc_AttributeError))
            exc_clear();
        return V_NULL;
    }
    return v_is_tuple(b) ? b : V_NULL;
}

static int abstract_issubclass(value derived, value cls)
{
    while (derived != cls) {
        value bases = abstract_bases(derived);
        if (!bases)
            return exc_occurred() ? -1 : 0;
        size_t n = tuple_len(bases);
        if (n != 1) {   /* one base: iterate, several: recurse */
            if (!exc_enter_recursive(" in __issubclass__"))
                return -1;
            int r = 0;
            for (size_t i = 0; i < n && r == 0; i++)
                r = abstract_issubclass(tuple_get(bases, i), cls);
            exc_leave_recursive();
            return r;
        }
        derived = tuple_get(bases, 0);
    }
    return 1;
}

static bool check_class(value cls, const char *msg)
{
    if (abstract_bases(cls))
        return true;
    if (!exc_occurred())
        exc_raise(&exc_TypeError, "%s", msg);
    return false;
}

int obj_isinstance(value obj, value cls)
{
    if (v_type(obj) == (type_object *)v_obj(cls))
        return 1;
    if (v_is_tuple(cls)) {
        if (!exc_enter_recursive(" in __instancecheck__"))
            return -1;
        for (size_t i = 0; i < tuple_len(cls); i++) {
            int r = obj_isinstance(obj, tuple_get(cls, i));
            if (r != 0) {
                exc_leave_recursive();
                return r;
            }
        }
        exc_leave_recursive();
        return 0;
    }
    if (v_is_type(cls)) {
        int done, r = call_check_hook(cls, N(__instancecheck__), obj, &done);
        if (done)
            return r;
        if (v_isinstance(obj, v_as_type(cls)))
            return 1;
        return class_attr_isinstance(obj, v_as_type(cls));
    }
    int found;   /* other objects may answer themselves (a union, a generic alias) */
    value r = call_special(cls, N(__instancecheck__), 1, &obj, &found);
    if (found)
        return r ? obj_truthy(r) : -1;
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        return -1;
    value icls = obj_getattr(obj, N(__class__));
    if (!icls) {
        if (!exc_matches(&exc_AttributeError))
            return -1;
        exc_clear();
        return 0;
    }
    return abstract_issubclass(icls, cls);
}

int obj_issubclass(value cls, value base)
{
    if (v_is_tuple(base)) {
        if (!exc_enter_recursive(" in __subclasscheck__"))
            return -1;
        for (size_t i = 0; i < tuple_len(base); i++) {
            int r = obj_issubclass(cls, tuple_get(base, i));
            if (r != 0) {
                exc_leave_recursive();
                return r;
            }
        }
        exc_leave_recursive();
        return 0;
    }
    if (v_is_type(base)) {
        int done, r = call_check_hook(base, N(__subclasscheck__), cls, &done);
        if (done)
            return r;
        if (v_is_type(cls))
            return type_is_subtype(v_as_type(cls), v_as_type(base));
    } else {
        int found;
        value r = call_special(base, N(__subclasscheck__), 1, &cls, &found);
        if (found)
            return r ? obj_truthy(r) : -1;
    }
    if (!check_class(cls, "issubclass() arg 1 must be a class")
        || !check_class(base, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        return -1;
    return abstract_issubclass(cls, base);
}
