/* Unit test of the object model: src/objects/object.c, type.c,
 * typeslots.c, instance.c (shapes), descr.c, cfunction.c, super.c and
 * baseobject.c. Classes are made with type_new_class from dicts of C
 * methods (method descriptors of `object`, so they bind to any
 * instance), which is what a class statement does with Python functions.
 * Expected messages were taken from python3.11. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/gc/gc.h"
#include "../../src/objects/object.h"
#include "../../src/objects/type.h"
#include "../../src/objects/names.h"
#include "../../src/objects/instance.h"
#include "../../src/objects/descr.h"
#include "../../src/objects/cfunction.h"
#include "../../src/objects/super.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"
#include "../../src/objects/list.h"
#include "../../src/objects/dict.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/runtime.h"

static int failures, checks;

#define CHECK(cond)                                                       \
    do {                                                                  \
        checks++;                                                         \
        if (!(cond)) {                                                    \
            failures++;                                                   \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);        \
        }                                                                 \
    } while (0)

static value S(const char *s)
{
    value v = str_intern_cstr(s);
    if (!v) {
        printf("FATAL: str_intern_cstr failed\n");
        exit(1);
    }
    return v;
}

/* The pending exception is of `type` with message `want`; clears it. */
static void check_error(type_object *type, const char *want, int line)
{
    checks++;
    value e = exc_fetch();
    if (!e || v_type(e) != type) {
        failures++;
        printf("FAIL line %d: wanted %s, got %s\n", line, type->name, e ? v_type_name(e) : "no exception");
        return;
    }
    value s = obj_str(e);
    if (!s || strcmp(str_data(s), want) != 0) {
        failures++;
        printf("FAIL line %d: wanted \"%s\", got \"%s\"\n", line, want, s ? str_data(s) : "?");
        exc_clear();
    }
}
#define CHECK_ERROR(type, want) check_error(&exc_##type, want, __LINE__)

static void check_str(value v, const char *want, int line)
{
    checks++;
    if (!v || !v_is_str(v) || strcmp(str_data(v), want) != 0) {
        failures++;
        printf("FAIL line %d: wanted \"%s\", got \"%s\"\n", line, want, v && v_is_str(v) ? str_data(v) : "?");
        exc_clear();
    }
}
#define CHECK_STR(v, want) check_str(v, want, __LINE__)

/* -- Helpers: C methods for classes ------------------------------------------- */

static value m_repr(value self, int argc, const value *argv, value kw) { return str_from_cstr("A!"); }
static value m_add(value self, int argc, const value *argv, value kw) { return v_small(42); }
static value m_radd(value self, int argc, const value *argv, value kw) { return v_small(-42); }
static value m_eq(value self, int argc, const value *argv, value kw) { return V_TRUE; }
static value m_len(value self, int argc, const value *argv, value kw) { return v_small(3); }
static value m_getitem(value self, int argc, const value *argv, value kw)
{
    if (v_is_int(argv[0]) && v_int(argv[0]) < 3)
        return v_small(v_int(argv[0]) * 10);
    return exc_raise(&exc_IndexError, "out of range");
}

static const method_def def_repr = { "__repr__", m_repr, METH_NOARGS, NULL };
static const method_def def_add = { "__add__", m_add, METH_O, NULL };
static const method_def def_radd = { "__radd__", m_radd, METH_O, NULL };
static const method_def def_eq = { "__eq__", m_eq, METH_O, NULL };
static const method_def def_len = { "__len__", m_len, METH_NOARGS, NULL };
static const method_def def_getitem = { "__getitem__", m_getitem, METH_O, NULL };

static value method(const method_def *d) { return method_descr_new(&object_type, d); }

/* class NAME(*bases): dict with (name, value) pairs, NULL-terminated */
static value make_class(const char *name, value bases, ...)
{
    value d = dict_new();
    CHECK(d && dict_set(d, N(__module__), S("__main__")) == 0);
    va_list ap;
    va_start(ap, bases);
    for (const char *k; (k = va_arg(ap, const char *));) {
        value v = va_arg(ap, value);
        CHECK(dict_set(d, S(k), v) == 0);
    }
    va_end(ap);
    return type_new_class(&type_type, S(name), bases ? bases : tuple_empty(), d, V_NULL, NULL);
}

static value new_instance(value cls)
{
    value o = obj_call0(cls);
    CHECK(o != V_NULL);
    return o;
}

/* -- Tests --------------------------------------------------------------------- */

static void test_builtin_types(void)
{
    CHECK(type_type.hdr.type == &type_type);
    CHECK(v_type(v_from_obj(&int_type)) == &type_type);
    CHECK(tuple_len(int_type.mro) == 2 && tuple_get(int_type.mro, 1) == v_from_obj(&object_type));
    CHECK(type_is_subtype(&bool_type, &int_type));
    CHECK_STR(obj_repr(v_from_obj(&int_type)), "<class 'int'>");
    CHECK_STR(obj_repr(V_NONE), "None");
    CHECK_STR(obj_repr(V_NOTIMPL), "NotImplemented");
    CHECK_STR(obj_repr(V_ELLIPSIS), "Ellipsis");
    CHECK(obj_truthy(V_NONE) == 0);
    /* slot wrappers and method descriptors in builtin dicts */
    CHECK_STR(obj_repr(dict_get_str(object_type.dict, N(__repr__))), "<slot wrapper '__repr__' of 'object' objects>");
    CHECK_STR(obj_repr(dict_get_str(list_type.dict, S("append"))), "<method 'append' of 'list' objects>");
    CHECK(dict_get_str(list_type.dict, N(__hash__)) == V_NONE);
    int64_t h;
    value l = list_new(0);
    CHECK(obj_hash(l, &h) < 0);
    CHECK_ERROR(TypeError, "unhashable type: 'list'");
    /* list.append(l, 1) through the descriptor, and its argument checks */
    value append = obj_getattr(l, S("append"));
    CHECK(append && v_is_cfunc(append));
    CHECK(obj_call1(append, v_small(1)) == V_NONE && list_len(l) == 1);
    CHECK(!obj_call0(append));
    CHECK_ERROR(TypeError, "list.append() takes exactly one argument (0 given)");
    value ud = dict_get_str(list_type.dict, S("append"));
    CHECK(!obj_call1(ud, v_small(1)));
    CHECK_ERROR(TypeError, "descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
    /* object.__repr__ through the wrapper */
    value o = new_instance(v_from_obj(&object_type));
    value r = obj_call1(dict_get_str(object_type.dict, N(__repr__)), o);
    CHECK(r && v_is_str(r) && strncmp(str_data(r), "<object object at 0x", 20) == 0);
    CHECK(!obj_call1(v_from_obj(&object_type), v_small(1)));
    CHECK_ERROR(TypeError, "object() takes no arguments");
    CHECK(obj_setattr(o, S("x"), v_small(1)) < 0);
    CHECK_ERROR(AttributeError, "'object' object has no attribute 'x'");
    CHECK(obj_setattr(v_from_obj(&int_type), S("x"), v_small(1)) < 0);
    CHECK_ERROR(TypeError, "cannot set 'x' attribute of immutable type 'int'");
    CHECK(!obj_getattr(v_small(1), S("x")));
    CHECK_ERROR(AttributeError, "'int' object has no attribute 'x'");
    CHECK(!obj_getattr(v_from_obj(&int_type), S("x")));
    CHECK_ERROR(AttributeError, "type object 'int' has no attribute 'x'");
    CHECK(!obj_call0(v_small(1)));
    CHECK_ERROR(TypeError, "'int' object is not callable");
    CHECK(!obj_iter(v_small(1)));
    CHECK_ERROR(TypeError, "'int' object is not iterable");
    CHECK(obj_len(v_small(1)) < 0);
    CHECK_ERROR(TypeError, "object of type 'int' has no len()");
    CHECK(!obj_getitem(v_small(1), v_small(0)));
    CHECK_ERROR(TypeError, "'int' object is not subscriptable");
    CHECK(!obj_binary_op(v_small(1), S("a"), NB_ADD));
    CHECK_ERROR(TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(!obj_inplace_op(v_small(1), S("a"), NB_ADD));
    CHECK_ERROR(TypeError, "unsupported operand type(s) for +=: 'int' and 'str'");
    CHECK(!obj_neg(S("a")));
    CHECK_ERROR(TypeError, "bad operand type for unary -: 'str'");
    /* type(x) and type's attributes */
    CHECK(obj_call1(v_from_obj(&type_type), v_small(5)) == v_from_obj(&int_type));
    CHECK_STR(obj_getattr(v_from_obj(&int_type), N(__name__)), "int");
}

static void test_user_class(void)
{
    value A = make_class("A", V_NULL, "__repr__", method(&def_repr), "k", v_small(7), NULL);
    CHECK(A && v_is_type(A));
    if (!A)
        return;
    CHECK_STR(obj_repr(A), "<class '__main__.A'>");
    value a = new_instance(A);
    CHECK_STR(obj_repr(a), "A!");
    CHECK_STR(obj_str(a), "A!");
    CHECK(obj_getattr(a, S("k")) == v_small(7));
    CHECK(!obj_call1(A, v_small(1)));
    CHECK_ERROR(TypeError, "A() takes no arguments");
    /* default comparisons: identity for ==, TypeError for < */
    value b = new_instance(A);
    CHECK(obj_richcompare(a, b, CMP_EQ) == V_FALSE);
    CHECK(obj_richcompare(a, a, CMP_EQ) == V_TRUE);
    CHECK(obj_richcompare(a, b, CMP_NE) == V_TRUE);
    CHECK(!obj_richcompare(a, b, CMP_LT));
    CHECK_ERROR(TypeError, "'<' not supported between instances of 'A' and 'A'");
    int64_t h1, h2;
    CHECK(obj_hash(a, &h1) == 0 && obj_hash(a, &h2) == 0 && h1 == h2);
    /* class attribute assignment updates slots */
    CHECK(obj_setattr(A, N(__repr__), dict_get_str(object_type.dict, N(__repr__))) == 0);
    value r = obj_repr(a);
    CHECK(r && strncmp(str_data(r), "<__main__.A object at 0x", 24) == 0);
    /* __eq__ without __hash__: unhashable */
    value E = make_class("E", V_NULL, "__eq__", method(&def_eq), NULL);
    value e = new_instance(E);
    CHECK(obj_hash(e, &h1) < 0);
    CHECK_ERROR(TypeError, "unhashable type: 'E'");
    CHECK(obj_richcompare_bool(e, v_small(3), CMP_EQ) == 1);
    CHECK(obj_richcompare_bool(v_small(3), e, CMP_EQ) == 1);   /* reflected */
    /* binary operators with reflection */
    value N_ = make_class("Num", V_NULL, "__add__", method(&def_add), "__radd__", method(&def_radd), NULL);
    value n = new_instance(N_);
    CHECK(obj_binary_op(n, v_small(1), NB_ADD) == v_small(42));
    CHECK(obj_binary_op(v_small(1), n, NB_ADD) == v_small(-42));
    CHECK(obj_inplace_op(n, v_small(1), NB_ADD) == v_small(42));
    /* the old sequence protocol: __len__ / __getitem__ */
    value Q = make_class("Seq", V_NULL, "__len__", method(&def_len), "__getitem__", method(&def_getitem), NULL);
    value q = new_instance(Q);
    CHECK(obj_len(q) == 3);
    CHECK(obj_truthy(q) == 1);
    value it = obj_iter(q);
    CHECK(it && obj_next(it) == v_small(0) && obj_next(it) == v_small(10) && obj_next(it) == v_small(20));
    CHECK(it && !obj_next(it) && !exc_occurred());
    CHECK(obj_contains(q, v_small(10)) == 1 && obj_contains(q, v_small(11)) == 0);
    /* isinstance / issubclass */
    value tup = tuple_pack(2, v_from_obj(&int_type), A);
    CHECK(obj_isinstance(a, tup) == 1 && obj_isinstance(v_small(1), tup) == 1);
    CHECK(obj_isinstance(S("x"), tup) == 0);
    CHECK(obj_isinstance(a, v_small(1)) < 0);
    CHECK_ERROR(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    CHECK(obj_issubclass(A, v_from_obj(&object_type)) == 1);
    CHECK(obj_issubclass(v_small(1), A) < 0);
    CHECK_ERROR(TypeError, "issubclass() arg 1 must be a class");
}

static void test_mro(void)
{
    value A = make_class("A", V_NULL, NULL);
    value B = make_class("B", tuple_pack(1, A), NULL);
    value C = make_class("C", tuple_pack(1, A), NULL);
    value D = make_class("D", tuple_pack(2, B, C), NULL);
    CHECK(D != V_NULL);
    if (!D)
        return;
    value mro = v_as_type(D)->mro;
    CHECK(tuple_len(mro) == 5 && tuple_get(mro, 0) == D && tuple_get(mro, 1) == B && tuple_get(mro, 2) == C
          && tuple_get(mro, 3) == A && tuple_get(mro, 4) == v_from_obj(&object_type));
    CHECK(!make_class("X", tuple_pack(2, A, B), NULL));
    CHECK_ERROR(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
    CHECK(!make_class("X", tuple_pack(2, A, A), NULL));
    CHECK_ERROR(TypeError, "duplicate base class A");
    CHECK(!make_class("X", tuple_pack(1, v_from_obj(&bool_type)), NULL));
    CHECK_ERROR(TypeError, "type 'bool' is not an acceptable base type");
    CHECK(!make_class("X", tuple_pack(2, v_from_obj(&int_type), v_from_obj(&str_type)), NULL));
    CHECK_ERROR(TypeError, "multiple bases have instance lay-out conflict");
    /* super(B, d).__repr__ finds object's via C after B */
    value d = new_instance(D);
    value s = super_new(B, d);
    CHECK(s != V_NULL);
    value r = s ? obj_call_method(s, "__repr__", 0, NULL) : V_NULL;
    CHECK(r && strncmp(str_data(r), "<__main__.D object at", 21) == 0);
    /* a subclass sees a class attribute added to its base later */
    value b = new_instance(D);
    CHECK(!obj_getattr(b, S("late")));
    exc_clear();
    CHECK(obj_setattr(A, S("late"), v_small(5)) == 0);
    CHECK(obj_getattr(b, S("late")) == v_small(5));
}

static void test_shapes(void)
{
    value P = make_class("P", V_NULL, NULL);
    enum { N_INST = 200 };
    value insts[N_INST];
    for (int i = 0; i < N_INST; i++) {
        insts[i] = new_instance(P);
        CHECK(obj_setattr(insts[i], S("x"), v_small(i)) == 0);
        CHECK(obj_setattr(insts[i], S("y"), v_small(-i)) == 0);
    }
    gc_collect();
    shape *s0 = inst_attrs_of(insts[0])->shape;
    bool same = true, right = true;
    for (int i = 0; i < N_INST; i++) {
        same &= inst_attrs_of(insts[i])->shape == s0;
        right &= obj_getattr(insts[i], S("x")) == v_small(i) && obj_getattr(insts[i], S("y")) == v_small(-i);
    }
    CHECK(same && s0 && s0->count == 2);
    CHECK(right);
    CHECK(shape_index(s0, S("y")) == 1);
    /* many attributes grow the values array */
    value big = new_instance(P);
    char name[16];
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "a%d", i);
        CHECK(obj_setattr(big, S(name), v_small(i)) == 0);
    }
    gc_collect();
    CHECK(obj_getattr(big, S("a39")) == v_small(39) && obj_getattr(big, S("a0")) == v_small(0));
    /* deleting the last name added goes back to the parent shape; deleting
     * another leaves shape mode (instance.c shape_delete) */
    value one = new_instance(P);
    CHECK(obj_setattr(one, S("x"), v_small(1)) == 0);
    CHECK(obj_setattr(insts[4], S("y"), V_NULL) == 0);
    CHECK(inst_attrs_of(insts[4])->shape == inst_attrs_of(one)->shape);
    CHECK(obj_getattr(insts[4], S("x")) == v_small(4));
    CHECK(obj_setattr(insts[1], S("x"), V_NULL) == 0);
    CHECK(obj_getattr(insts[1], S("y")) == v_small(-1));
    CHECK(!obj_getattr(insts[1], S("x")));
    CHECK_ERROR(AttributeError, "'P' object has no attribute 'x'");
    CHECK(obj_setattr(insts[1], S("x"), V_NULL) < 0);
    CHECK_ERROR(AttributeError, "'P' object has no attribute 'x'");
    /* __dict__ materialises and stays in sync */
    value d = obj_getattr(insts[2], N(__dict__));
    CHECK(d && v_is_dict(d) && dict_len(d) == 2);
    CHECK(d && dict_get_cstr(d, "x") == v_small(2));
    CHECK(obj_setattr(insts[2], S("z"), v_small(9)) == 0);
    CHECK(d && dict_get_cstr(d, "z") == v_small(9));
    CHECK(d && dict_set_cstr(d, "w", v_small(8)) == 0);
    CHECK(obj_getattr(insts[2], S("w")) == v_small(8));
    /* a str name that is not interned finds the interned attribute */
    value xs = str_from_utf8("x", 1);
    CHECK(obj_getattr(insts[3], xs) == v_small(3));
    CHECK(obj_setattr(insts[3], v_small(1), v_small(1)) < 0);
    CHECK_ERROR(TypeError, "attribute name must be string, not 'int'");
}

static void test_descriptors(void)
{
    /* __slots__ */
    value slots = tuple_pack(1, S("a"));
    value Sl = make_class("S", V_NULL, "__slots__", slots, NULL);
    CHECK(Sl != V_NULL);
    if (Sl) {
        value s = new_instance(Sl);
        CHECK(!obj_getattr(s, S("a")));
        CHECK_ERROR(AttributeError, "'S' object has no attribute 'a'");
        CHECK(obj_setattr(s, S("a"), v_small(4)) == 0 && obj_getattr(s, S("a")) == v_small(4));
        CHECK(obj_setattr(s, S("b"), v_small(4)) < 0);
        CHECK_ERROR(AttributeError, "'S' object has no attribute 'b'");
        CHECK_STR(obj_repr(dict_get_cstr(v_as_type(Sl)->dict, "a")), "<member 'a' of 'S' objects>");
        gc_collect();
        CHECK(obj_getattr(s, S("a")) == v_small(4));
    }
    /* property without setter */
    value p = obj_call0(v_from_obj(&property_type));
    value P = make_class("PP", V_NULL, "x", p, NULL);
    value pi = new_instance(P);
    CHECK(!obj_getattr(pi, S("x")));
    CHECK_ERROR(AttributeError, "property 'x' of 'PP' object has no getter");
    CHECK(obj_setattr(pi, S("x"), v_small(1)) < 0);
    CHECK_ERROR(AttributeError, "property 'x' of 'PP' object has no setter");
    /* staticmethod and classmethod around builtins */
    value len = dict_get_str(list_type.dict, S("__len__"));
    CHECK(len != V_NULL);
    value sm = staticmethod_new(len);
    CHECK(sm && obj_call1(sm, list_new(2)) == v_small(2));
    CHECK_STR(obj_repr(sm), "<staticmethod(<slot wrapper '__len__' of 'list' objects>)>");
}

int main(void)
{
    if (runtime_init() < 0)
        return 1;
    test_builtin_types();
    test_user_class();
    test_mro();
    test_shapes();
    test_descriptors();
    printf("%d checks, %d failures\n", checks, failures);
    return failures != 0;
}
