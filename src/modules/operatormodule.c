/* The `_operator` module: the C side of operator.py (which imports * from
 * here and keeps its pure-Python definitions for anything missing). The
 * functions are thin wrappers over the generic operations of object.h;
 * itemgetter, attrgetter and methodcaller are callable types with
 * CPython's reprs and __reduce__; _compare_digest compares two strs or
 * bytes-like objects in time that depends only on their lengths (hmac
 * imports it). */
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/bytearray.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"
#include "../vm/import.h"

extern type_object itemgetter_type, attrgetter_type, methodcaller_type;

/* -- Plain functions ------------------------------------------------------------ */

#define BINARY(fname, expr)                                                                  \
    static value op_##fname(value self, int argc, const value *argv, value kwnames)         \
    {                                                                                       \
        if (args_no_kw(#fname, kwnames) < 0 || args_count(#fname, argc, 2, 2) < 0)          \
            return V_NULL;                                                                  \
        value a = argv[0], b = argv[1];                                                     \
        return expr;                                                                        \
    }

BINARY(lt, obj_richcompare(a, b, CMP_LT))
BINARY(le, obj_richcompare(a, b, CMP_LE))
BINARY(eq, obj_richcompare(a, b, CMP_EQ))
BINARY(ne, obj_richcompare(a, b, CMP_NE))
BINARY(ge, obj_richcompare(a, b, CMP_GE))
BINARY(gt, obj_richcompare(a, b, CMP_GT))
BINARY(is_, v_bool(a == b))
BINARY(is_not, v_bool(a != b))
BINARY(add, obj_binary_op(a, b, NB_ADD))
BINARY(and_, obj_binary_op(a, b, NB_AND))
BINARY(floordiv, obj_binary_op(a, b, NB_FLOORDIV))
BINARY(lshift, obj_binary_op(a, b, NB_LSHIFT))
BINARY(mod, obj_binary_op(a, b, NB_MOD))
BINARY(mul, obj_binary_op(a, b, NB_MUL))
BINARY(matmul, obj_binary_op(a, b, NB_MATMUL))
BINARY(or_, obj_binary_op(a, b, NB_OR))
BINARY(pow, obj_pow(a, b, V_NONE))
BINARY(rshift, obj_binary_op(a, b, NB_RSHIFT))
BINARY(sub, obj_binary_op(a, b, NB_SUB))
BINARY(truediv, obj_binary_op(a, b, NB_TRUEDIV))
BINARY(xor, obj_binary_op(a, b, NB_XOR))
BINARY(iadd, obj_inplace_op(a, b, NB_ADD))
BINARY(iand, obj_inplace_op(a, b, NB_AND))
BINARY(ifloordiv, obj_inplace_op(a, b, NB_FLOORDIV))
BINARY(ilshift, obj_inplace_op(a, b, NB_LSHIFT))
BINARY(imod, obj_inplace_op(a, b, NB_MOD))
BINARY(imul, obj_inplace_op(a, b, NB_MUL))
BINARY(imatmul, obj_inplace_op(a, b, NB_MATMUL))
BINARY(ior, obj_inplace_op(a, b, NB_OR))
BINARY(ipow, obj_inplace_op(a, b, NB_POW))
BINARY(irshift, obj_inplace_op(a, b, NB_RSHIFT))
BINARY(isub, obj_inplace_op(a, b, NB_SUB))
BINARY(itruediv, obj_inplace_op(a, b, NB_TRUEDIV))
BINARY(ixor, obj_inplace_op(a, b, NB_XOR))
BINARY(getitem, obj_getitem(a, b))

static value op_contains(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("contains", kwnames) < 0 || args_count("contains", argc, 2, 2) < 0)
        return V_NULL;
    int r = obj_contains(argv[0], argv[1]);
    return r < 0 ? V_NULL : v_bool(r);
}

static value op_delitem(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("delitem", kwnames) < 0 || args_count("delitem", argc, 2, 2) < 0)
        return V_NULL;
    return obj_delitem(argv[0], argv[1]) < 0 ? V_NULL : V_NONE;
}

static value op_setitem(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("setitem", kwnames) < 0 || args_count("setitem", argc, 3, 3) < 0)
        return V_NULL;
    return obj_setitem(argv[0], argv[1], argv[2]) < 0 ? V_NULL : V_NONE;
}

/* PySequence_Check's idea of a sequence: item access, and not a dict. */
static bool is_sequence(value v)
{
    type_object *t = v_type(v);
    return t->getitem && !type_is_subtype(t, &dict_type);
}

static value concat(const char *name, value a, value b, bool inplace)
{
    if (!is_sequence(a))
        return exc_raise(&exc_TypeError, "'%s' object can't be concatenated", v_type_name(a));
    return inplace ? obj_inplace_op(a, b, NB_ADD) : obj_binary_op(a, b, NB_ADD);
}

static value op_concat(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("concat", kwnames) < 0 || args_count("concat", argc, 2, 2) < 0)
        return V_NULL;
    return concat("concat", argv[0], argv[1], false);
}

static value op_iconcat(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("iconcat", kwnames) < 0 || args_count("iconcat", argc, 2, 2) < 0)
        return V_NULL;
    return concat("iconcat", argv[0], argv[1], true);
}

/* countOf / indexOf: items that are b or equal to it. */
static value seq_search(const char *name, int argc, const value *argv, value kwnames, bool count)
{
    if (args_no_kw(name, kwnames) < 0 || args_count(name, argc, 2, 2) < 0)
        return V_NULL;
    value it = obj_iter(argv[0]);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "argument of type '%s' is not iterable", v_type_name(argv[0]));
        }
        return V_NULL;
    }
    int64_t n = 0;
    for (int64_t i = 0;; i++) {
        value v = obj_next(it);
        if (!v)
            break;
        int r = v == argv[1] ? 1 : obj_richcompare_bool(v, argv[1], CMP_EQ);
        if (r < 0)
            return V_NULL;
        if (r && !count)
            return int_from_i64(i);
        n += r;
    }
    if (exc_occurred())
        return V_NULL;
    if (!count)
        return exc_raise(&exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(n);
}

static value op_countOf(value self, int argc, const value *argv, value kwnames)
{
    return seq_search("countOf", argc, argv, kwnames, true);
}

static value op_indexOf(value self, int argc, const value *argv, value kwnames)
{
    return seq_search("indexOf", argc, argv, kwnames, false);
}

static value op_not_(value self, int argc, const value *argv, value kwnames)
{
    int r = obj_truthy(argv[0]);
    return r < 0 ? V_NULL : v_bool(!r);
}

static value op_truth(value self, int argc, const value *argv, value kwnames)
{
    int r = obj_truthy(argv[0]);
    return r < 0 ? V_NULL : v_bool(r);
}

static value op_abs(value self, int argc, const value *argv, value kwnames)
{
    unary_fn f = v_type(argv[0])->nb_abs;
    if (!f)
        return exc_raise(&exc_TypeError, "bad operand type for abs(): '%s'", v_type_name(argv[0]));
    return f(argv[0]);
}

static value op_index(value self, int argc, const value *argv, value kwnames) { return obj_index(argv[0]); }
static value op_neg(value self, int argc, const value *argv, value kwnames) { return obj_neg(argv[0]); }
static value op_pos(value self, int argc, const value *argv, value kwnames) { return obj_pos(argv[0]); }
static value op_inv(value self, int argc, const value *argv, value kwnames) { return obj_invert(argv[0]); }

static value op_length_hint(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("length_hint", kwnames) < 0 || args_count("length_hint", argc, 1, 2) < 0)
        return V_NULL;
    int64_t dflt = 0, n;
    if (argc == 2) {
        if (!v_is_int(argv[1]) && !v_isinstance(argv[1], &int_type))
            return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             v_type_name(argv[1]));
        if (args_index(argv[1], &dflt) < 0)
            return V_NULL;
    }
    if (seq_length_hint(argv[0], dflt, &n) < 0)
        return V_NULL;
    return int_from_i64(n);
}

static value op_call(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "call expected at least 1 argument, got 0");
    return obj_call(argv[0], argc - 1, argv + 1, kwnames);
}

static value op_compare_digest(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("_compare_digest", kwnames) < 0 || args_count("_compare_digest", argc, 2, 2) < 0)
        return V_NULL;
    value a = argv[0], b = argv[1];
    const char *pa, *pb;
    size_t na, nb;
    if (v_isinstance(a, &str_type) && v_isinstance(b, &str_type)) {
        if (!(v_str(a)->hdr.flags & STR_ASCII) || !(v_str(b)->hdr.flags & STR_ASCII))
            return exc_raise(&exc_TypeError, "comparing strings with non-ASCII characters is not supported");
        pa = str_data(a);
        na = str_size(a);
        pb = str_data(b);
        nb = str_size(b);
    } else {
        bool ba = buffer_get(a, &pa, &na), bb = buffer_get(b, &pb, &nb);
        if (!ba && !bb)
            return exc_raise(&exc_TypeError,
                             "unsupported operand types(s) or combination of types: '%s' and '%s'",
                             v_type_name(a), v_type_name(b));
        if (!ba || !bb)
            return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'",
                             v_type_name(ba ? b : a));
    }
    /* loop over b's length whatever a's is, so the time says nothing
     * about where they differ */
    unsigned result = na != nb;
    const char *left = na == nb ? pa : pb;
    for (size_t i = 0; i < nb; i++)
        result |= (unsigned char)left[i] ^ (unsigned char)pb[i];
    return v_bool(result == 0);
}

/* -- itemgetter ------------------------------------------------------------------ */

typedef struct getter_object {
    object hdr;
    value items;     /* tuple: the items, or the attribute names as given */
    value paths;     /* attrgetter: tuple of tuples of interned names */
} getter_object;

#define GT(v) ((getter_object *)v_obj(v))

static value getter_make(type_object *type, value items, value paths)
{
    getter_object *g = (getter_object *)gc_alloc(type, sizeof *g);
    if (!g)
        return V_NULL;
    g->items = items;
    g->paths = paths;
    return v_from_obj(g);
}

static value itemgetter_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("itemgetter", kwnames) < 0)
        return V_NULL;
    if (argc < 1)
        return exc_raise(&exc_TypeError, "itemgetter expected 1 argument, got 0");
    value items = tuple_from_array(argv, (size_t)argc);
    return items ? getter_make(type, items, V_NULL) : V_NULL;
}

static int getter_args(const char *name, int argc, value kwnames)
{
    if (args_no_kw(name, kwnames) < 0)
        return -1;
    if (argc != 1) {
        exc_raise(&exc_TypeError, "%s expected 1 argument, got %d", name, argc);
        return -1;
    }
    return 0;
}

static value itemgetter_call(value self, int argc, const value *argv, value kwnames)
{
    if (getter_args("itemgetter", argc, kwnames) < 0)
        return V_NULL;
    value items = GT(self)->items, obj = argv[0];
    size_t n = tuple_len(items);
    if (n == 1)
        return obj_getitem(obj, tuple_get(items, 0));
    value r = tuple_new(n);
    if (!r)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value v = obj_getitem(obj, tuple_get(items, i));
        if (!v)
            return V_NULL;
        tuple_items(r)[i] = v;
    }
    return r;
}

/* "operator.NAME(repr, repr, ...)" with the repr cycle guard. */
static value getter_repr(value self, const char *name)
{
    int rr = repr_enter(self);
    if (rr != 0)
        return rr > 0 ? str_format("%s(...)", v_type(self)->name) : V_NULL;
    value items = GT(self)->items;
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, v_type(self)->name, strlen(v_type(self)->name));
    sb_str_add(&b, "(", 1);
    for (size_t i = 0; i < tuple_len(items); i++) {
        value s = obj_repr(tuple_get(items, i));
        if (!s) {
            sb_str_abandon(&b);
            repr_leave(self);
            return V_NULL;
        }
        if (i)
            sb_str_add(&b, ", ", 2);
        sb_str_add_value(&b, s);
    }
    sb_str_add(&b, ")", 1);
    repr_leave(self);
    (void)name;
    return sb_str_finish(&b);
}

static value itemgetter_repr(value self) { return getter_repr(self, "itemgetter"); }
static value attrgetter_repr(value self) { return getter_repr(self, "attrgetter"); }

static value getter_reduce(value self, int argc, const value *argv, value kwnames)
{
    return tuple_pack(2, v_from_obj(v_type(self)), GT(self)->items);
}

static void getter_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((getter_object *)o)->items);
    gc_mark_value(t, ((getter_object *)o)->paths);
}

/* -- attrgetter ------------------------------------------------------------------- */

/* "a.b.c" as a tuple of interned names. */
static value split_dotted(value name)
{
    const char *s = str_data(name);
    size_t n = str_size(name), parts = 1;
    for (size_t i = 0; i < n; i++)
        parts += s[i] == '.';
    value t = tuple_new(parts);
    if (!t)
        return V_NULL;
    size_t start = 0, k = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            value part = str_from_utf8(s + start, i - start);
            if (!part || !(part = str_intern(part)))
                return V_NULL;
            tuple_items(t)[k++] = part;
            start = i + 1;
        }
    }
    return t;
}

static value attrgetter_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("attrgetter", kwnames) < 0)
        return V_NULL;
    if (argc < 1)
        return exc_raise(&exc_TypeError, "attrgetter expected 1 argument, got 0");
    value items = tuple_from_array(argv, (size_t)argc), paths = tuple_new((size_t)argc);
    if (!items || !paths)
        return V_NULL;
    for (int i = 0; i < argc; i++) {
        if (!v_isinstance(argv[i], &str_type))
            return exc_raise(&exc_TypeError, "attribute name must be a string");
        value p = split_dotted(v_is_str(argv[i]) ? argv[i] : obj_str(argv[i]));
        if (!p)
            return V_NULL;
        tuple_items(paths)[i] = p;
    }
    return getter_make(type, items, paths);
}

static value attr_path(value obj, value path)
{
    for (size_t i = 0; i < tuple_len(path) && obj; i++)
        obj = obj_getattr(obj, tuple_get(path, i));
    return obj;
}

static value attrgetter_call(value self, int argc, const value *argv, value kwnames)
{
    if (getter_args("attrgetter", argc, kwnames) < 0)
        return V_NULL;
    value paths = GT(self)->paths;
    size_t n = tuple_len(paths);
    if (n == 1)
        return attr_path(argv[0], tuple_get(paths, 0));
    value r = tuple_new(n);
    if (!r)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value v = attr_path(argv[0], tuple_get(paths, i));
        if (!v)
            return V_NULL;
        tuple_items(r)[i] = v;
    }
    return r;
}

/* -- methodcaller ------------------------------------------------------------------- */

typedef struct methodcaller_object {
    object hdr;
    value name;      /* interned str */
    value args;      /* tuple */
    value kwnames;   /* tuple of str, or V_NULL */
    value kwvalues;  /* tuple */
} methodcaller_object;

#define MC(v) ((methodcaller_object *)v_obj(v))

static value methodcaller_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (argc < 1)
        return exc_raise(&exc_TypeError, "methodcaller needs at least one argument, the method name");
    if (!v_isinstance(argv[0], &str_type))
        return exc_raise(&exc_TypeError, "method name must be a string");
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    value name = str_intern(v_is_str(argv[0]) ? argv[0] : obj_str(argv[0]));
    value args = name ? tuple_from_array(argv + 1, (size_t)argc - 1) : V_NULL;
    value kwv = args ? tuple_from_array(argv + argc, nkw) : V_NULL;
    methodcaller_object *m = kwv ? (methodcaller_object *)gc_alloc(type, sizeof *m) : NULL;
    if (!m)
        return V_NULL;
    m->name = name;
    m->args = args;
    m->kwnames = nkw ? kwnames : V_NULL;
    m->kwvalues = kwv;
    return v_from_obj(m);
}

static value methodcaller_call(value self, int argc, const value *argv, value kwnames)
{
    if (getter_args("methodcaller", argc, kwnames) < 0)
        return V_NULL;
    methodcaller_object *m = MC(self);
    value meth = obj_getattr(argv[0], m->name);
    if (!meth)
        return V_NULL;
    size_t na = tuple_len(m->args), nk = tuple_len(m->kwvalues);
    value buf = tuple_new(na + nk);
    if (!buf)
        return V_NULL;
    for (size_t i = 0; i < na; i++)
        tuple_items(buf)[i] = tuple_get(m->args, i);
    for (size_t i = 0; i < nk; i++)
        tuple_items(buf)[na + i] = tuple_get(m->kwvalues, i);
    return obj_call(meth, (int)na, tuple_items(buf), m->kwnames);
}

static value methodcaller_repr(value self)
{
    methodcaller_object *m = MC(self);
    int rr = repr_enter(self);
    if (rr != 0)
        return rr > 0 ? str_format("%s(...)", v_type(self)->name) : V_NULL;
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, v_type(self)->name, strlen(v_type(self)->name));
    sb_str_add(&b, "(", 1);
    value s = obj_repr(m->name);
    if (!s)
        goto fail;
    sb_str_add_value(&b, s);
    for (size_t i = 0; i < tuple_len(m->args); i++) {
        if (!(s = obj_repr(tuple_get(m->args, i))))
            goto fail;
        sb_str_add(&b, ", ", 2);
        sb_str_add_value(&b, s);
    }
    for (size_t i = 0; i < tuple_len(m->kwvalues); i++) {
        if (!(s = obj_repr(tuple_get(m->kwvalues, i))))
            goto fail;
        sb_str_add(&b, ", ", 2);
        sb_str_add_value(&b, tuple_get(m->kwnames, i));
        sb_str_add(&b, "=", 1);
        sb_str_add_value(&b, s);
    }
    sb_str_add(&b, ")", 1);
    repr_leave(self);
    return sb_str_finish(&b);
fail:
    sb_str_abandon(&b);
    repr_leave(self);
    return V_NULL;
}

/* Without keywords (methodcaller, (name, *args)); with them
 * (partial(methodcaller, name, **kwargs), args). */
static value methodcaller_reduce(value self, int argc, const value *argv, value kwnames)
{
    methodcaller_object *m = MC(self);
    value cls = v_from_obj(v_type(self));
    size_t na = tuple_len(m->args), nk = tuple_len(m->kwvalues);
    if (nk == 0) {
        value a = tuple_new(na + 1);
        if (!a)
            return V_NULL;
        tuple_items(a)[0] = m->name;
        for (size_t i = 0; i < na; i++)
            tuple_items(a)[i + 1] = tuple_get(m->args, i);
        return tuple_pack(2, cls, a);
    }
    value ft = import_module_cstr("functools");
    value partial = ft ? obj_getattr_cstr(ft, "partial") : V_NULL;
    value buf = partial ? tuple_new(2 + nk) : V_NULL;
    if (!buf)
        return V_NULL;
    tuple_items(buf)[0] = cls;
    tuple_items(buf)[1] = m->name;
    for (size_t i = 0; i < nk; i++)
        tuple_items(buf)[2 + i] = tuple_get(m->kwvalues, i);
    value p = obj_call(partial, 2, tuple_items(buf), m->kwnames);
    return p ? tuple_pack(2, p, m->args) : V_NULL;
}

static void methodcaller_trace(object *o, gc_tracer *t)
{
    methodcaller_object *m = (methodcaller_object *)o;
    gc_mark_value(t, m->name);
    gc_mark_value(t, m->args);
    gc_mark_value(t, m->kwnames);
    gc_mark_value(t, m->kwvalues);
}

/* -- Types and the module ------------------------------------------------------------- */

static const method_def getter_methods[] = {
    { "__reduce__", getter_reduce, METH_NOARGS, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

static const method_def methodcaller_methods[] = {
    { "__reduce__", methodcaller_reduce, METH_NOARGS, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

type_object itemgetter_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "operator.itemgetter",
    .basicsize = sizeof(getter_object),
    .trace = getter_trace,
    .repr = itemgetter_repr,
    .getattr = obj_generic_getattr,
    .call = itemgetter_call,
    .new = itemgetter_new,
    .methods = getter_methods,
    .doc = "itemgetter(item, ...) --> itemgetter object\n\n"
           "Return a callable object that fetches the given item(s) from its operand.\n"
           "After f = itemgetter(2), the call f(r) returns r[2].\n"
           "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
};

type_object attrgetter_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "operator.attrgetter",
    .basicsize = sizeof(getter_object),
    .trace = getter_trace,
    .repr = attrgetter_repr,
    .getattr = obj_generic_getattr,
    .call = attrgetter_call,
    .new = attrgetter_new,
    .methods = getter_methods,
    .doc = "attrgetter(attr, ...) --> attrgetter object\n\n"
           "Return a callable object that fetches the given attribute(s) from its operand.\n"
           "After f = attrgetter('name'), the call f(r) returns r.name.\n"
           "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
           "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
           "(r.name.first, r.name.last).",
};

type_object methodcaller_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "operator.methodcaller",
    .basicsize = sizeof(methodcaller_object),
    .trace = methodcaller_trace,
    .repr = methodcaller_repr,
    .getattr = obj_generic_getattr,
    .call = methodcaller_call,
    .new = methodcaller_new,
    .methods = methodcaller_methods,
    .doc = "methodcaller(name, ...) --> methodcaller object\n\n"
           "Return a callable object that calls the given method on its operand.\n"
           "After f = methodcaller('name'), the call f(r) returns r.name().\n"
           "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
           "r.name('date', foo=1).",
};

#define F(name, doc) { #name, op_##name, METH_FAST, doc }
#define F1(name, doc) { #name, op_##name, METH_O, doc }

static const method_def op_functions[] = {
    F(lt, "Same as a < b."), F(le, "Same as a <= b."), F(eq, "Same as a == b."),
    F(ne, "Same as a != b."), F(ge, "Same as a >= b."), F(gt, "Same as a > b."),
    F1(not_, "Same as not a."), F1(truth, "Return True if a is true, False otherwise."),
    F(is_, "Same as a is b."), F(is_not, "Same as a is not b."),
    F1(abs, "Same as abs(a)."), F(add, "Same as a + b."), F(and_, "Same as a & b."),
    F(floordiv, "Same as a // b."), F1(index, "Same as a.__index__()"),
    F1(inv, "Same as ~a."), { "invert", op_inv, METH_O, "Same as ~a." },
    F(lshift, "Same as a << b."), F(mod, "Same as a % b."), F(mul, "Same as a * b."),
    F(matmul, "Same as a @ b."), F1(neg, "Same as -a."), F(or_, "Same as a | b."),
    F1(pos, "Same as +a."), F(pow, "Same as a ** b."), F(rshift, "Same as a >> b."),
    F(sub, "Same as a - b."), F(truediv, "Same as a / b."), F(xor, "Same as a ^ b."),
    F(concat, "Same as a + b, for a and b sequences."),
    F(contains, "Same as b in a (note reversed operands)."),
    F(countOf, "Return the number of items in a which are, or which equal, b."),
    F(delitem, "Same as del a[b]."), F(getitem, "Same as a[b]."),
    F(indexOf, "Return the first index of b in a."), F(setitem, "Same as a[b] = c."),
    F(length_hint, "Return an estimate of the number of items in obj."),
    { "call", op_call, METH_KEYWORDS, "Same as obj(*args, **kwargs)." },
    F(iadd, "Same as a += b."), F(iand, "Same as a &= b."),
    F(iconcat, "Same as a += b, for a and b sequences."),
    F(ifloordiv, "Same as a //= b."), F(ilshift, "Same as a <<= b."), F(imod, "Same as a %= b."),
    F(imul, "Same as a *= b."), F(imatmul, "Same as a @= b."), F(ior, "Same as a |= b."),
    F(ipow, "Same as a **= b."), F(irshift, "Same as a >>= b."), F(isub, "Same as a -= b."),
    F(itruediv, "Same as a /= b."), F(ixor, "Same as a ^= b."),
    { "_compare_digest", op_compare_digest, METH_FAST, "Return 'a == b'." },
    { NULL, NULL, 0, NULL },
};

value operatormodule_init(void)
{
    value m = module_new("_operator");
    if (!m || modules_add_functions(m, op_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    value doc = str_from_cstr("Operator interface.\n\n"
                              "This module exports a set of functions implemented in C corresponding\n"
                              "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                              "is equivalent to the expression x+y.  The function names are those\n"
                              "used for special methods; variants without leading and trailing\n"
                              "'__' are also provided for convenience.");
    if (!doc || dict_set_cstr(d, "__doc__", doc) < 0)
        return V_NULL;
    type_object *types[] = { &itemgetter_type, &attrgetter_type, &methodcaller_type };
    for (int i = 0; i < 3; i++) {
        if (!(types[i]->flags & TYPE_READY) && type_ready(types[i]) < 0)
            return V_NULL;
        if (dict_set_cstr(d, strrchr(types[i]->name, '.') + 1, v_from_obj(types[i])) < 0)
            return V_NULL;
    }
    return m;
}
