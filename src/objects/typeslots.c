/* The link between dunder methods and type slots, both ways.
 *   Python -> C: a class defined in Python that defines __repr__ (or
 *   inherits it from another Python class) gets slot_repr in its repr
 *   slot; slot_repr looks __repr__ up on the type at each call (so later
 *   assignments to the class work) and calls it. typeslots_fixup does this
 *   for every slot from the table below.
 *   C -> Python: a static builtin type that fills a slot gets a "slot
 *   wrapper" in its dict (int.__add__, object.__repr__), a
 *   wrapper_descriptor that calls the C slot, so Python code can call it,
 *   super() can find it, and classes inherit it by name.
 * Binary operators follow CPython's rules for reflected operands: the
 * slot of a class defining __add__/__radd__ tries self.__add__(other),
 * and other.__radd__(self) when other's class defines it (first when
 * other's class is a subclass of self's). */
#include <stdio.h>
#include <string.h>
#include "type.h"
#include "names.h"
#include "str.h"
#include "int.h"
#include "tuple.h"
#include "dict.h"
#include "descr.h"
#include "reduce.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

/* -- Calling special methods -------------------------------------------------- */

static value call_found(value self, value m, int argc, const value *argv, value kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    type_object *mt = v_type(m);
    if (mt->flags & TYPE_METHOD_DESCR) {
        size_t n = (size_t)argc + nkw + 1;
        value buf[8];
        value *args = n <= 8 ? buf : __builtin_alloca(n * sizeof(value));
        args[0] = self;
        if (argc + nkw)     /* argv may be NULL when empty */
            memcpy(args + 1, argv, ((size_t)argc + nkw) * sizeof(value));
        return obj_call(m, argc + 1, args, kwnames);
    }
    if (mt->descr_get) {
        m = mt->descr_get(m, self, v_from_obj(v_type(self)));
        if (!m)
            return V_NULL;
    }
    return obj_call(m, argc, argv, kwnames);
}

static value call_special_kw(value self, value name, int argc, const value *argv, value kwnames, int *found)
{
    value m = type_lookup(v_type(self), name);
    *found = m != V_NULL;
    if (!m)
        return V_NULL;
    return call_found(self, m, argc, argv, kwnames);
}

value call_special(value self, value name, int argc, const value *argv, int *found)
{
    return call_special_kw(self, name, argc, argv, V_NULL, found);
}

/* self.name(args) where absence is an AttributeError (a method the type
 * was supposed to have, since the slot points here). */
static value call_required(value self, value name, int argc, const value *argv)
{
    int found;
    value r = call_special(self, name, argc, argv, &found);
    if (!found)   /* CPython's lookup_method names only the method */
        return exc_raise(&exc_AttributeError, "%S", name);
    return r;
}

static type_object *wrapper_objtype(value w);

/* -- Slot functions for classes defined in Python ------------------------------ */

static value slot_repr(value self) { return call_required(self, N(__repr__), 0, NULL); }
static value slot_str(value self) { return call_required(self, N(__str__), 0, NULL); }

static int slot_hash(value self, int64_t *out)
{
    value r = call_required(self, N(__hash__), 0, NULL);
    if (!r)
        return -1;
    if (!v_is_int(r) && !v_isinstance(r, &int_type)) {
        exc_raise(&exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* a value that fits a C hash is used as it is (beyond the small-int
     * range too), as CPython does; a bigger one is hashed as an int */
    int64_t h;
    if (v_is_int(r) || int_as_i64(r, &h) == 0) {
        if (v_is_int(r))
            h = v_int(r);
        *out = h == -1 ? -2 : h;
        return 0;
    }
    exc_clear();
    return obj_hash(r, out);
}

static const int cmp_name_id[] = { NAME___lt__, NAME___le__, NAME___eq__, NAME___ne__, NAME___gt__, NAME___ge__ };

/* An error while binding the method (a property raising, say) counts as
 * no method, NotImplemented, as CPython; errors of the call propagate. */
static value slot_richcompare(value a, value b, int op)
{
    value m = type_lookup(v_type(a), names_table[cmp_name_id[op]]);
    if (!m)
        return V_NOTIMPL;
    type_object *mt = v_type(m);
    if (!(mt->flags & TYPE_METHOD_DESCR) && mt->descr_get) {
        m = mt->descr_get(m, a, v_from_obj(v_type(a)));
        if (!m) {
            exc_clear();
            return V_NOTIMPL;
        }
        return obj_call(m, 1, &b, V_NULL);
    }
    return call_found(a, m, 1, &b, V_NULL);
}

static value slot_getattr(value self, value name)
{
    type_object *t = v_type(self);
    value ga = type_lookup(t, N(__getattribute__));
    value r;
    if (!ga)
        r = obj_generic_getattr(self, name);
    else if (v_type(ga) == &wrapper_descr_type)   /* object's or type's own: call it directly */
        r = wrapper_objtype(ga)->getattr(self, name);
    else
        r = call_found(self, ga, 1, &name, V_NULL);
    if (r || !exc_matches(&exc_AttributeError))
        return r;
    value gf = type_lookup(t, N(__getattr__));
    if (!gf)
        return V_NULL;
    exc_clear();
    return call_found(self, gf, 1, &name, V_NULL);
}

static int slot_setattr(value self, value name, value v)
{
    value args[2] = { name, v };
    value r = v ? call_required(self, N(__setattr__), 2, args) : call_required(self, N(__delattr__), 1, args);
    return r ? 0 : -1;
}

static value slot_descr_get(value d, value obj, value type)
{
    value args[2] = { obj ? obj : V_NONE, type ? type : V_NONE };
    return call_required(d, N(__get__), 2, args);
}

/* A descriptor class may define only one of __set__ and __delete__: the
 * other is an AttributeError naming the missing method, as in CPython. */
static int slot_descr_set(value d, value obj, value v)
{
    value args[2] = { obj, v };
    value name = v ? N(__set__) : N(__delete__);
    int found;
    value r = call_special(d, name, v ? 2 : 1, args, &found);
    if (!found) {
        exc_raise(&exc_AttributeError, "%S", name);
        return -1;
    }
    return r ? 0 : -1;
}

static value slot_call(value self, int argc, const value *argv, value kwnames)
{
    int found;
    value r = call_special_kw(self, N(__call__), argc, argv, kwnames, &found);
    if (!found)
        return exc_raise(&exc_TypeError, "'%s' object is not callable", v_type_name(self));
    return r;
}

static value slot_iter(value self)
{
    value m = type_lookup(v_type(self), N(__iter__));
    if (!m || m == V_NONE)
        return exc_raise(&exc_TypeError, "'%s' object is not iterable", v_type_name(self));
    return call_found(self, m, 0, NULL, V_NULL);
}

static value slot_iternext(value self)
{
    value r = call_required(self, N(__next__), 0, NULL);
    if (!r && exc_matches(&exc_StopIteration))
        exc_clear();
    return r;
}

static int64_t slot_len(value self)
{
    value r = call_required(self, N(__len__), 0, NULL);
    if (!r)
        return -1;
    value i = obj_index(r);
    if (!i)
        return -1;
    int64_t n;   /* i may be a bool or an int subclass instance */
    if (int_as_i64(i, &n) < 0) {
        /* CPython checks the sign first, then the size */
        exc_clear();
        int neg = obj_richcompare_bool(i, v_small(0), CMP_LT);
        if (neg < 0)
            return -1;
        if (!neg) {
            exc_raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        n = -1;
    }
    if (n < 0) {
        exc_raise(&exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static value slot_getitem(value self, value key) { return call_required(self, N(__getitem__), 1, &key); }

static int slot_setitem(value self, value key, value v)
{
    value args[2] = { key, v };
    value r = v ? call_required(self, N(__setitem__), 2, args) : call_required(self, N(__delitem__), 1, args);
    return r ? 0 : -1;
}

static int slot_contains(value self, value item)
{
    value m = type_lookup(v_type(self), N(__contains__));
    if (m == V_NONE) {   /* __contains__ = None: no fallback to iteration */
        exc_raise(&exc_TypeError, "'%s' object is not a container", v_type_name(self));
        return -1;
    }
    if (!m)
        return obj_contains_by_iter(self, item);
    value r = call_found(self, m, 1, &item, V_NULL);
    return r ? obj_truthy(r) : -1;
}

static int slot_bool(value self)
{
    value r = call_required(self, N(__bool__), 0, NULL);
    if (!r)
        return -1;
    if (r != V_TRUE && r != V_FALSE) {
        exc_raise(&exc_TypeError, "__bool__ should return bool, returned %s", v_type_name(r));
        return -1;
    }
    return r == V_TRUE;
}

static value slot_neg(value a) { return call_required(a, N(__neg__), 0, NULL); }
static value slot_pos(value a) { return call_required(a, N(__pos__), 0, NULL); }
static value slot_invert(value a) { return call_required(a, N(__invert__), 0, NULL); }
static value slot_abs(value a) { return call_required(a, N(__abs__), 0, NULL); }
static value slot_index(value a) { return call_required(a, N(__index__), 0, NULL); }
static value slot_int(value a) { return call_required(a, N(__int__), 0, NULL); }
static value slot_float(value a) { return call_required(a, N(__float__), 0, NULL); }

static value slot_new(type_object *t, int argc, const value *argv, value kwnames)
{
    value f = type_lookup(t, N(__new__));
    if (!f)
        return exc_raise(&exc_TypeError, "cannot create '%s' instances", t->name);
    descr_get_fn get = v_type(f)->descr_get;
    if (get && !(v_type(f)->flags & TYPE_METHOD_DESCR)) {
        f = get(f, V_NULL, v_from_obj(t));
        if (!f)
            return V_NULL;
    }
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    size_t n = (size_t)argc + nkw + 1;
    value buf[8];
    value *args = n <= 8 ? buf : __builtin_alloca(n * sizeof(value));
    args[0] = v_from_obj(t);
    if (argc + nkw)   /* argv may be NULL when there are no arguments */
        memcpy(args + 1, argv, ((size_t)argc + nkw) * sizeof(value));
    return obj_call(f, argc + 1, args, kwnames);
}

static int slot_init(value self, int argc, const value *argv, value kwnames)
{
    int found;
    value r = call_special_kw(self, N(__init__), argc, argv, kwnames, &found);
    if (!r)
        return found ? -1 : 0;
    if (r != V_NONE) {
        exc_raise(&exc_TypeError, "__init__() should return None, not '%s'", v_type_name(r));
        return -1;
    }
    return 0;
}

static value slot_pow3(value a, value b, value c)
{
    int found;
    value args[2] = { b, c };
    value r = call_special(a, N(__pow__), 2, args, &found);
    return found ? r : V_NOTIMPL;
}

/* -- Binary operators ---------------------------------------------------------- */

static const int nb_name_id[NB_COUNT] = {
    NAME___add__, NAME___sub__, NAME___mul__, NAME___matmul__, NAME___truediv__, NAME___mod__,
    NAME___pow__, NAME___lshift__, NAME___rshift__, NAME___or__, NAME___xor__, NAME___and__,
    NAME___floordiv__,
};
static const int nb_rname_id[NB_COUNT] = {
    NAME___radd__, NAME___rsub__, NAME___rmul__, NAME___rmatmul__, NAME___rtruediv__, NAME___rmod__,
    NAME___rpow__, NAME___rlshift__, NAME___rrshift__, NAME___ror__, NAME___rxor__, NAME___rand__,
    NAME___rfloordiv__,
};
static const int nb_iname_id[NB_COUNT] = {
    NAME___iadd__, NAME___isub__, NAME___imul__, NAME___imatmul__, NAME___itruediv__, NAME___imod__,
    NAME___ipow__, NAME___ilshift__, NAME___irshift__, NAME___ior__, NAME___ixor__, NAME___iand__,
    NAME___ifloordiv__,
};

/* CPython's SLOT1BINFULL: `self` is the left operand, `me` this slot. */
static value slot_binary(value a, value b, int i, binary_fn me)
{
    type_object *ta = v_type(a), *tb = v_type(b);
    value rname = names_table[nb_rname_id[i]];
    bool do_other = ta != tb && tb->nb[i] == me && type_lookup(tb, rname);
    value r;
    int found;
    if (ta->nb[i] == me) {
        /* the right operand's class first, when it is a subclass that
         * overrides the reflected method (CPython's method_is_overloaded) */
        if (do_other && type_issubtype(tb, ta) && type_lookup(tb, rname) != type_lookup(ta, rname)) {
            r = call_special(b, rname, 1, &a, &found);
            if (r != V_NOTIMPL)
                return r;
            do_other = false;
        }
        r = call_special(a, names_table[nb_name_id[i]], 1, &b, &found);
        if (!found)
            r = V_NOTIMPL;
        if (r != V_NOTIMPL || ta == tb)
            return r;
    }
    if (do_other) {
        r = call_special(b, rname, 1, &a, &found);
        return found ? r : V_NOTIMPL;
    }
    return V_NOTIMPL;
}

static value slot_inplace(value a, value b, int i)
{
    int found;
    value r = call_special(a, names_table[nb_iname_id[i]], 1, &b, &found);
    return found ? r : V_NOTIMPL;
}

#define NB_SLOT(i) \
    static value slot_nb_##i(value a, value b) { return slot_binary(a, b, i, slot_nb_##i); } \
    static value slot_nbi_##i(value a, value b) { return slot_inplace(a, b, i); }
NB_SLOT(0) NB_SLOT(1) NB_SLOT(2) NB_SLOT(3) NB_SLOT(4) NB_SLOT(5) NB_SLOT(6)
NB_SLOT(7) NB_SLOT(8) NB_SLOT(9) NB_SLOT(10) NB_SLOT(11) NB_SLOT(12)
#undef NB_SLOT

/* -- The slot table -------------------------------------------------------------- */

/* How a slot wrapper calls its slot. */
enum {
    W_NONE, W_UNARY, W_NEXT, W_BINARY, W_RBINARY, W_RICHCMP, W_HASH, W_CALL, W_GETATTR,
    W_SETATTR, W_DELATTR, W_GET, W_SET, W_DELETE, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM,
    W_CONTAINS, W_BOOL, W_INIT, W_POW, W_RPOW, W_REPEAT, W_INQUIRY_NONE,
};

typedef struct slotdef {
    int name_id;
    size_t offset;     /* of the slot in type_object */
    void *heap_fn;     /* what a class defining the dunder gets */
    int wrap;          /* the wrapper kind for static types */
    int arg;           /* the comparison op */
} slotdef;

#define OFF(f) offsetof(type_object, f)
#define SD(name, field, fn, wrap, arg) { NAME_##name, OFF(field), (void *)(fn), wrap, arg }
#define NBSD(i, name, rname, iname) \
    SD(name, nb[i], slot_nb_##i, W_BINARY, i), SD(rname, nb[i], slot_nb_##i, W_RBINARY, i), \
    SD(iname, nb_inplace[i], slot_nbi_##i, W_BINARY, i)

static const slotdef slotdefs[] = {
    SD(__repr__, repr, slot_repr, W_UNARY, 0),
    SD(__str__, str, slot_str, W_UNARY, 0),
    SD(__hash__, hash, slot_hash, W_HASH, 0),
    SD(__getattribute__, getattr, slot_getattr, W_GETATTR, 0),
    SD(__getattr__, getattr, slot_getattr, W_NONE, 0),
    SD(__setattr__, setattr, slot_setattr, W_SETATTR, 0),
    SD(__delattr__, setattr, slot_setattr, W_DELATTR, 0),
    SD(__lt__, richcompare, slot_richcompare, W_RICHCMP, CMP_LT),
    SD(__le__, richcompare, slot_richcompare, W_RICHCMP, CMP_LE),
    SD(__eq__, richcompare, slot_richcompare, W_RICHCMP, CMP_EQ),
    SD(__ne__, richcompare, slot_richcompare, W_RICHCMP, CMP_NE),
    SD(__gt__, richcompare, slot_richcompare, W_RICHCMP, CMP_GT),
    SD(__ge__, richcompare, slot_richcompare, W_RICHCMP, CMP_GE),
    SD(__iter__, iter, slot_iter, W_UNARY, 0),
    SD(__next__, iternext, slot_iternext, W_NEXT, 0),
    SD(__get__, descr_get, slot_descr_get, W_GET, 0),
    SD(__set__, descr_set, slot_descr_set, W_SET, 0),
    SD(__delete__, descr_set, slot_descr_set, W_DELETE, 0),
    SD(__init__, init, slot_init, W_INIT, 0),
    SD(__new__, new, slot_new, W_NONE, 0),
    SD(__call__, call, slot_call, W_CALL, 0),
    SD(__len__, len, slot_len, W_LEN, 0),
    SD(__getitem__, getitem, slot_getitem, W_GETITEM, 0),
    SD(__setitem__, setitem, slot_setitem, W_SETITEM, 0),
    SD(__delitem__, setitem, slot_setitem, W_DELITEM, 0),
    SD(__contains__, contains, slot_contains, W_CONTAINS, 0),
    NBSD(0, __add__, __radd__, __iadd__),
    NBSD(1, __sub__, __rsub__, __isub__),
    NBSD(2, __mul__, __rmul__, __imul__),
    NBSD(3, __matmul__, __rmatmul__, __imatmul__),
    NBSD(4, __truediv__, __rtruediv__, __itruediv__),
    NBSD(5, __mod__, __rmod__, __imod__),
    SD(__pow__, nb[NB_POW], slot_nb_6, W_POW, NB_POW),
    SD(__rpow__, nb[NB_POW], slot_nb_6, W_RPOW, NB_POW),
    SD(__ipow__, nb_inplace[NB_POW], slot_nbi_6, W_BINARY, NB_POW),
    SD(__pow__, nb_pow3, slot_pow3, W_NONE, 0),
    NBSD(7, __lshift__, __rlshift__, __ilshift__),
    NBSD(8, __rshift__, __rrshift__, __irshift__),
    NBSD(9, __or__, __ror__, __ior__),
    NBSD(10, __xor__, __rxor__, __ixor__),
    NBSD(11, __and__, __rand__, __iand__),
    NBSD(12, __floordiv__, __rfloordiv__, __ifloordiv__),
    SD(__neg__, nb_neg, slot_neg, W_UNARY, 0),
    SD(__pos__, nb_pos, slot_pos, W_UNARY, 0),
    SD(__invert__, nb_invert, slot_invert, W_UNARY, 0),
    SD(__abs__, nb_abs, slot_abs, W_UNARY, 0),
    SD(__bool__, nb_bool, slot_bool, W_BOOL, 0),
    SD(__index__, nb_index, slot_index, W_UNARY, 0),
    SD(__int__, nb_int, slot_int, W_UNARY, 0),
    SD(__float__, nb_float, slot_float, W_UNARY, 0),
    /* sequences: wrappers only (classes reach them through nb slots) */
    SD(__add__, sq_concat, NULL, W_BINARY, 0),
    SD(__mul__, sq_repeat, NULL, W_REPEAT, 0),
    SD(__rmul__, sq_repeat, NULL, W_REPEAT, 0),
    SD(__iadd__, sq_inplace_concat, NULL, W_BINARY, 0),
    SD(__imul__, sq_inplace_repeat, NULL, W_REPEAT, 0),
};
#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

static void *slot_at(type_object *t, size_t off)
{
    void *p;
    memcpy(&p, (char *)t + off, sizeof p);
    return p;
}

static void slot_put(type_object *t, size_t off, void *fn)
{
    memcpy((char *)t + off, &fn, sizeof fn);
}

/* Where along t's MRO `name` is first found: 1 in a class defined in
 * Python, 0 in a builtin type or nowhere. *v gets the value. */
static int heap_defined(type_object *t, value name, value *v)
{
    value mro = t->mro;
    for (size_t i = 0; i < tuple_len(mro); i++) {
        type_object *b = v_as_type(tuple_get(mro, i));
        value x = dict_get_str(b->dict, name);
        if (x) {
            *v = x;
            return (b->flags & TYPE_HEAPTYPE) != 0;
        }
    }
    *v = V_NULL;
    return 0;
}

void typeslots_fixup(type_object *t)
{
    if (!(t->flags & TYPE_HEAPTYPE) || !t->mro)
        return;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const slotdef *sd = &slotdefs[i];
        if (!sd->heap_fn)
            continue;
        /* every entry sharing this slot decides together: handle the group once */
        bool first = true;
        for (size_t j = 0; j < i; j++)
            if (slotdefs[j].offset == sd->offset && slotdefs[j].heap_fn)
                first = false;
        if (!first)
            continue;
        bool heap = false, none_hash = false;
        for (size_t j = i; j < NSLOTDEFS; j++) {
            if (slotdefs[j].offset != sd->offset || !slotdefs[j].heap_fn)
                continue;
            value v;
            if (heap_defined(t, names_table[slotdefs[j].name_id], &v)) {
                heap = true;
                if (slotdefs[j].name_id == NAME___hash__ && v == V_NONE)
                    none_hash = true;
            }
        }
        if (none_hash)
            slot_put(t, sd->offset, NULL);
        else if (heap)
            slot_put(t, sd->offset, sd->heap_fn);
        else
            slot_put(t, sd->offset, t->base ? slot_at(t->base, sd->offset) : NULL);
    }
}

void typeslots_update(type_object *t, value name)
{
    typeslots_fixup(t);
}

/* -- Slot wrappers (wrapper_descriptor, method-wrapper) ---------------------------- */

typedef struct wrapper_descr {
    object hdr;
    type_object *objtype;
    const slotdef *sd;
} wrapper_descr;

typedef struct method_wrapper {
    object hdr;
    value descr;
    value self;
} method_wrapper;

static type_object *wrapper_objtype(value w) { return ((wrapper_descr *)v_obj(w))->objtype; }

static value wd_name(const wrapper_descr *d) { return names_table[d->sd->name_id]; }

static bool check_nargs(const wrapper_descr *d, int argc, value kwnames, int want)
{
    if (kwnames && tuple_len(kwnames) > 0 && d->sd->wrap != W_CALL && d->sd->wrap != W_INIT) {
        exc_raise(&exc_TypeError, "wrapper %S() takes no keyword arguments", wd_name(d));
        return false;
    }
    if (want >= 0 && argc != want) {
        exc_raise(&exc_TypeError, "expected %d argument%s, got %d", want, want == 1 ? "" : "s", argc);
        return false;
    }
    return true;
}

static value int_result(int r)
{
    return r < 0 ? V_NULL : v_bool(r);
}

/* object.__setattr__(int, "x", 1) must not bypass type's own setattr:
 * the C-level setattr that self's class really uses (skipping classes
 * that define __setattr__ in Python) must be the one being called. */
static bool setattr_applies(value self, void *fn, const char *what)
{
    type_object *b = v_type(self);
    while (b && b->setattr == slot_setattr)
        b = b->base;
    if (!b || (void *)b->setattr == fn)
        return true;
    exc_raise(&exc_TypeError, "can't apply this %s to %s object", what, v_type_name(self));
    return false;
}

static value wrapper_call_slot(const wrapper_descr *d, value self, int argc, const value *argv, value kwnames)
{
    void *fn = slot_at(d->objtype, d->sd->offset);
    if (!fn)
        return exc_raise(&exc_TypeError, "slot wrapper %S is not available", wd_name(d));
    static const int nargs[] = {
        [W_UNARY] = 0, [W_NEXT] = 0, [W_BINARY] = 1, [W_RBINARY] = 1, [W_RICHCMP] = 1, [W_HASH] = 0,
        [W_CALL] = -1, [W_GETATTR] = 1, [W_SETATTR] = 2, [W_DELATTR] = 1, [W_GET] = -1, [W_SET] = 2,
        [W_DELETE] = 1, [W_LEN] = 0, [W_GETITEM] = 1, [W_SETITEM] = 2, [W_DELITEM] = 1,
        [W_CONTAINS] = 1, [W_BOOL] = 0, [W_INIT] = -1, [W_POW] = -1, [W_RPOW] = -1, [W_REPEAT] = 1,
    };
    int w = d->sd->wrap;
    if (!check_nargs(d, argc, kwnames, nargs[w]))
        return V_NULL;
    if ((w == W_GETATTR || w == W_SETATTR || w == W_DELATTR) && !v_isinstance(argv[0], &str_type))
        return exc_raise(&exc_TypeError, "attribute name must be string, not '%s'", v_type_name(argv[0]));
    switch (w) {
    case W_UNARY: return ((unary_fn)fn)(self);
    case W_NEXT: {
        value r = ((iternext_fn)fn)(self);
        if (!r && !exc_occurred())
            exc_raise_value(v_from_obj(&exc_StopIteration));
        return r;
    }
    case W_BINARY: return ((binary_fn)fn)(self, argv[0]);
    case W_RBINARY: return ((binary_fn)fn)(argv[0], self);
    case W_RICHCMP: return ((richcmp_fn)fn)(self, argv[0], d->sd->arg);
    case W_HASH: {
        int64_t h;
        if (((hash_fn)fn)(self, &h) < 0)
            return V_NULL;
        return int_from_i64(h);
    }
    case W_CALL: return ((call_fn)fn)(self, argc, argv, kwnames);
    case W_GETATTR: return ((getattr_fn)fn)(self, argv[0]);
    case W_SETATTR:
        if (!setattr_applies(self, fn, "__setattr__"))
            return V_NULL;
        return ((setattr_fn)fn)(self, argv[0], argv[1]) < 0 ? V_NULL : V_NONE;
    case W_DELATTR:
        if (!setattr_applies(self, fn, "__delattr__"))
            return V_NULL;
        return ((setattr_fn)fn)(self, argv[0], V_NULL) < 0 ? V_NULL : V_NONE;
    case W_GET: {   /* CPython unpacks these with an empty function name */
        if (argc < 1)
            return exc_raise(&exc_TypeError, " expected at least 1 argument, got %d", argc);
        if (argc > 2)
            return exc_raise(&exc_TypeError, " expected at most 2 arguments, got %d", argc);
        value obj = argv[0] == V_NONE ? V_NULL : argv[0];
        value type = argc > 1 && argv[1] != V_NONE ? argv[1] : V_NULL;
        if (!obj && !type)
            return exc_raise(&exc_TypeError, "__get__(None, None) is invalid");
        return ((descr_get_fn)fn)(self, obj, type);
    }
    case W_SET: return ((descr_set_fn)fn)(self, argv[0], argv[1]) < 0 ? V_NULL : V_NONE;
    case W_DELETE: return ((descr_set_fn)fn)(self, argv[0], V_NULL) < 0 ? V_NULL : V_NONE;
    case W_LEN: {
        int64_t n = ((len_fn)fn)(self);
        return n < 0 ? V_NULL : int_from_i64(n);
    }
    case W_GETITEM: return ((getitem_fn)fn)(self, argv[0]);
    case W_SETITEM: return ((setitem_fn)fn)(self, argv[0], argv[1]) < 0 ? V_NULL : V_NONE;
    case W_DELITEM: return ((setitem_fn)fn)(self, argv[0], V_NULL) < 0 ? V_NULL : V_NONE;
    case W_CONTAINS: return int_result(((contains_fn)fn)(self, argv[0]));
    case W_BOOL: return int_result(((bool_fn)fn)(self));
    case W_INIT: return ((init_fn)fn)(self, argc, argv, kwnames) < 0 ? V_NULL : V_NONE;
    case W_POW:
    case W_RPOW: {
        if (argc < 1 || argc > 2)
            return exc_raise(&exc_TypeError, "expected 1 or 2 arguments, got %d", argc);
        if (argc == 2 && argv[1] != V_NONE) {
            if (!d->objtype->nb_pow3)
                return V_NOTIMPL;
            /* x.__rpow__(y, m) is pow(y, x, m), as CPython's wrapper does */
            return w == W_POW ? d->objtype->nb_pow3(self, argv[0], argv[1])
                              : d->objtype->nb_pow3(argv[0], self, argv[1]);
        }
        return w == W_POW ? ((binary_fn)fn)(self, argv[0]) : ((binary_fn)fn)(argv[0], self);
    }
    case W_REPEAT: {
        value n = obj_index(argv[0]);
        return n ? ((binary_fn)fn)(self, n) : V_NULL;
    }
    }
    return exc_raise(&exc_SystemError, "bad slot wrapper");
}

static bool wrapper_check_self(const wrapper_descr *d, value self)
{
    if (v_isinstance(self, d->objtype))
        return true;
    exc_raise(&exc_TypeError, "descriptor '%S' requires a '%s' object but received a '%s'", wd_name(d),
              d->objtype->name, v_type_name(self));
    return false;
}

static value wd_call(value callable, int argc, const value *argv, value kwnames)
{
    wrapper_descr *d = (wrapper_descr *)v_obj(callable);
    if (argc < 1)
        return exc_raise(&exc_TypeError, "descriptor '%S' of '%s' object needs an argument", wd_name(d),
                         d->objtype->name);
    if (!wrapper_check_self(d, argv[0]))
        return V_NULL;
    return wrapper_call_slot(d, argv[0], argc - 1, argv + 1, kwnames);
}

static value wd_repr(value self)
{
    wrapper_descr *d = (wrapper_descr *)v_obj(self);
    return str_format("<slot wrapper '%S' of '%s' objects>", wd_name(d), d->objtype->name);
}

static void wd_trace(object *o, gc_tracer *tr) { gc_mark_object(tr, (object *)((wrapper_descr *)o)->objtype); }

static value wd_get(value descr, value obj, value type)
{
    if (!obj)
        return descr;
    wrapper_descr *d = (wrapper_descr *)v_obj(descr);
    if (!wrapper_check_self(d, obj))
        return V_NULL;
    method_wrapper *m = (method_wrapper *)gc_alloc(&method_wrapper_type, sizeof *m);
    if (!m)
        return V_NULL;
    m->descr = descr;
    m->self = obj;
    return v_from_obj(m);
}

static value wd_get_name(value self) { return wd_name((wrapper_descr *)v_obj(self)); }
static value wd_get_qualname(value self)
{
    wrapper_descr *d = (wrapper_descr *)v_obj(self);
    return str_format("%s.%S", d->objtype->name, wd_name(d));
}
static value wd_get_objclass(value self) { return v_from_obj(((wrapper_descr *)v_obj(self))->objtype); }

/* A slot wrapper's docstring, from the shape of its call (the wording is
 * generic: the dunder's name tells what it implements). */
static value wd_doc(const wrapper_descr *d)
{
    static const char *const how[] = {
        [W_UNARY] = "()", [W_NEXT] = "()", [W_BINARY] = "(value)", [W_RBINARY] = "(value)",
        [W_RICHCMP] = "(value)", [W_HASH] = "()", [W_CALL] = "(*args, **kwargs)",
        [W_GETATTR] = "(name)", [W_SETATTR] = "(name, value)", [W_DELATTR] = "(name)",
        [W_GET] = "(instance, owner=None)", [W_SET] = "(instance, value)", [W_DELETE] = "(instance)",
        [W_LEN] = "()", [W_GETITEM] = "(key)", [W_SETITEM] = "(key, value)", [W_DELITEM] = "(key)",
        [W_CONTAINS] = "(key)", [W_BOOL] = "()", [W_INIT] = "(*args, **kwargs)",
        [W_POW] = "(value, mod=None)", [W_RPOW] = "(value, mod=None)", [W_REPEAT] = "(value)",
    };
    const char *h = d->sd->wrap > W_NONE && d->sd->wrap <= W_REPEAT && how[d->sd->wrap] ? how[d->sd->wrap] : "()";
    return str_format("Call self.%S%s through the type's slot.", wd_name(d), h);
}

static value wd_get_doc(value self) { return wd_doc((wrapper_descr *)v_obj(self)); }

static const getset_def wd_getsets[] = {
    { "__doc__", wd_get_doc, NULL, NULL },
    { "__name__", wd_get_name, NULL, NULL },
    { "__qualname__", wd_get_qualname, NULL, NULL },
    { "__objclass__", wd_get_objclass, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def wd_methods[] = {
    { "__reduce__", reduce_descriptor, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const method_def mw_methods[] = {
    { "__reduce__", reduce_bound_wrapper, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

type_object wrapper_descr_type = {
    .name = "wrapper_descriptor",
    .basicsize = sizeof(wrapper_descr),
    .flags = TYPE_METHOD_DESCR,
    .trace = wd_trace,
    .repr = wd_repr,
    .call = wd_call,
    .descr_get = wd_get,
    .methods = wd_methods,
    .getsets = wd_getsets,
};

static void mw_trace(object *o, gc_tracer *tr)
{
    method_wrapper *m = (method_wrapper *)o;
    gc_mark_value(tr, m->descr);
    gc_mark_value(tr, m->self);
}

static value mw_call(value callable, int argc, const value *argv, value kwnames)
{
    method_wrapper *m = (method_wrapper *)v_obj(callable);
    return wrapper_call_slot((wrapper_descr *)v_obj(m->descr), m->self, argc, argv, kwnames);
}

static value mw_repr(value self)
{
    method_wrapper *m = (method_wrapper *)v_obj(self);
    wrapper_descr *d = (wrapper_descr *)v_obj(m->descr);
    char buf[32];
    snprintf(buf, sizeof buf, "%p", (void *)m->self);
    return str_format("<method-wrapper '%S' of %s object at %s>", wd_name(d), v_type_name(m->self), buf);
}

static value mw_get_self(value self) { return ((method_wrapper *)v_obj(self))->self; }
static value mw_get_name(value self)
{
    return wd_name((wrapper_descr *)v_obj(((method_wrapper *)v_obj(self))->descr));
}

static value mw_get_doc(value self)
{
    return wd_doc((wrapper_descr *)v_obj(((method_wrapper *)v_obj(self))->descr));
}

static const getset_def mw_getsets[] = {
    { "__doc__", mw_get_doc, NULL, NULL },
    { "__self__", mw_get_self, NULL, NULL },
    { "__name__", mw_get_name, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object method_wrapper_type = {
    .name = "method-wrapper",
    .basicsize = sizeof(method_wrapper),
    .trace = mw_trace,
    .repr = mw_repr,
    .call = mw_call,
    .methods = mw_methods,
    .getsets = mw_getsets,
};

int typeslots_add_wrappers(type_object *t)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const slotdef *sd = &slotdefs[i];
        if (sd->wrap == W_NONE)
            continue;
        void *fn = slot_at(t, sd->offset);
        if (!fn || (t->base && slot_at(t->base, sd->offset) == fn))
            continue;
        value name = names_table[sd->name_id];
        if (dict_get_str(t->dict, name))
            continue;
        wrapper_descr *d = (wrapper_descr *)gc_alloc(&wrapper_descr_type, sizeof *d);
        if (!d)
            return -1;
        d->objtype = t;
        d->sd = sd;
        if (dict_set(t->dict, name, v_from_obj(d)) < 0)
            return -1;
    }
    return 0;
}
