/* Exception groups (PEP 654): BaseExceptionGroup and ExceptionGroup, whose
 * bases are (BaseExceptionGroup, Exception). Construction checks its
 * arguments with CPython 3.11's messages and picks the class as CPython
 * does (BaseExceptionGroup of Exceptions only becomes an ExceptionGroup;
 * an ExceptionGroup may not hold a BaseException). subgroup() and split()
 * walk the nested groups and rebuild the matching (and the rest) through
 * derive(), copying __traceback__, __cause__, __context__ and __notes__
 * onto every group they make, so a user subclass overriding derive() gets
 * its own class back. The instance layout is exceptions.h's; the group's
 * message and exceptions tuple sit in its slots. */
#include <string.h>
#include "../vm/exc.h"
#include "dict.h"
#include "exceptions.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* The exceptions argument as a tuple, or V_NULL with TypeError. */
static value as_exception_tuple(value excs)
{
    if (v_is_tuple(excs))
        return excs;
    if (v_isinstance(excs, &list_type))
        return list_as_tuple(excs);
    /* any other sequence: something with __getitem__ that is not a mapping */
    if (v_type(excs)->getitem && !v_isinstance(excs, &dict_type))
        return obj_call1(v_from_obj(&tuple_type), excs);
    return exc_raise(&exc_TypeError, "second argument (exceptions) must be a sequence");
}

static value group_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames))
        return exc_raise(&exc_TypeError, "%s() takes no keyword arguments", type->name);
    if (argc != 2)
        return exc_raise(&exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", argc);
    value msg = argv[0];
    if (!v_isinstance(msg, &str_type))
        return exc_raise(&exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                         v_type_name(msg));
    value excs = as_exception_tuple(argv[1]);
    if (!excs)
        return V_NULL;
    size_t n = tuple_len(excs);
    if (n == 0)
        return exc_raise(&exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        value e = tuple_get(excs, i);
        if (!v_is_exc(e))
            return exc_raise(&exc_ValueError, "Item %zd of second argument (exceptions) is not an exception",
                             (ptrdiff_t)i);
        if (!v_isinstance(e, &exc_Exception))
            nested_base = true;
    }
    if (type == &exc_BaseExceptionGroup) {
        if (!nested_base)
            type = &exc_ExceptionGroup;
    } else if (type == &exc_ExceptionGroup) {
        if (nested_base)
            return exc_raise(&exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && type_is_subtype(type, &exc_Exception)) {
        return exc_raise(&exc_TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    /* BaseException.__new__ with the original arguments: args keeps the
     * sequence as given, as CPython's does */
    value self = exc_BaseException.new(type, argc, argv, V_NULL);
    if (!self)
        return V_NULL;
    v_exc(self)->slot[EXC_GROUP_MSG] = msg;
    v_exc(self)->slot[EXC_GROUP_EXCS] = excs;
    return self;
}

static int group_init(value self, int argc, const value *argv, value kwnames)
{
    if (kwnames && tuple_len(kwnames)) {
        exc_raise(&exc_TypeError, "%s() takes no keyword arguments", v_type_name(self));
        return -1;
    }
    value args = tuple_from_array(argv, (size_t)argc);
    if (!args)
        return -1;
    v_exc(self)->args = args;
    return 0;
}

static value group_str(value self)
{
    size_t n = tuple_len(exc_slot(self, EXC_GROUP_EXCS));
    return str_format("%S (%zd sub-exception%s)", exc_slot(self, EXC_GROUP_MSG), (ptrdiff_t)n,
                      n > 1 ? "s" : "");
}

static value get_message(value self) { return exc_slot(self, EXC_GROUP_MSG); }
static value get_exceptions(value self) { return exc_slot(self, EXC_GROUP_EXCS); }

/* -- derive, subgroup, split ------------------------------------------------ */

static value m_derive(value self, int argc, const value *argv, value kwnames)
{
    value args[2] = {exc_slot(self, EXC_GROUP_MSG), argv[0]};
    return exc_new(&exc_BaseExceptionGroup, 2, args);
}

/* self.derive(excs) with self's traceback, cause, context and notes. */
static value derive_and_copy(value self, value excs)
{
    value list = list_from_array(tuple_items(excs), tuple_len(excs));
    if (!list)
        return V_NULL;
    value eg = obj_call_method(self, "derive", 1, &list);
    if (!eg)
        return V_NULL;
    if (!v_isinstance(eg, &exc_BaseExceptionGroup))
        return exc_raise(&exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    exc_object *src = v_exc(self), *dst = v_exc(eg);
    dst->traceback = src->traceback;
    dst->cause = src->cause;
    dst->context = src->context;
    value notes = obj_getattr_cstr(self, "__notes__");
    if (!notes) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
        return eg;
    }
    if (v_is_tuple(notes) || v_isinstance(notes, &list_type)) {
        value copy = obj_call1(v_from_obj(&list_type), notes);
        if (!copy || obj_setattr(eg, str_intern_cstr("__notes__"), copy) < 0)
            return V_NULL;
    }
    return eg;
}

/* MATCH_LEAVES (except*'s re-raise): cond is a list of leaf exceptions,
 * matched by identity; a group never matches as a whole. */
enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_LEAVES };

/* split/subgroup's condition: an exception type, a tuple of them, or a
 * callable. */
static int matcher_kind(value cond, int *kind)
{
    if (v_isinstance(cond, &type_type)
        && type_is_subtype((type_object *)v_obj(cond), &exc_BaseException)) {
        *kind = MATCH_TYPE;
        return 0;
    }
    if (v_is_tuple(cond)) {
        for (size_t i = 0; i < tuple_len(cond); i++) {
            value t = tuple_get(cond, i);
            if (!v_isinstance(t, &type_type) || !type_is_subtype((type_object *)v_obj(t), &exc_BaseException))
                goto bad;
        }
        *kind = MATCH_TYPE;
        return 0;
    }
    if (v_type(cond)->call && !v_isinstance(cond, &type_type)) {
        *kind = MATCH_PREDICATE;
        return 0;
    }
bad:
    exc_raise(&exc_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int matches(value exc, value cond, int kind)
{
    if (kind == MATCH_TYPE)
        return obj_isinstance(exc, cond);
    if (kind == MATCH_LEAVES) {
        if (v_isinstance(exc, &exc_BaseExceptionGroup))
            return 0;
        for (size_t i = 0; i < list_len(cond); i++)
            if (list_get(cond, i) == exc)
                return 1;
        return 0;
    }
    value r = obj_call1(cond, exc);
    if (!r)
        return -1;
    return obj_truthy(r);
}

/* Splits exc by cond into *match and *rest (V_NULL: empty). */
static int split_rec(value exc, value cond, int kind, bool want_rest, value *match, value *rest)
{
    *match = *rest = V_NULL;
    int m = matches(exc, cond, kind);
    if (m < 0)
        return -1;
    if (m) {
        *match = exc;
        return 0;
    }
    if (!v_isinstance(exc, &exc_BaseExceptionGroup)) {
        if (want_rest)
            *rest = exc;
        return 0;
    }
    value excs = exc_slot(exc, EXC_GROUP_EXCS);
    value mlist = list_new(0), rlist = list_new(0);
    if (!mlist || !rlist)
        return -1;
    for (size_t i = 0; i < tuple_len(excs); i++) {
        value m1, r1;
        if (!exc_enter_recursive(" in split"))
            return -1;
        int res = split_rec(tuple_get(excs, i), cond, kind, want_rest, &m1, &r1);
        exc_leave_recursive();
        if (res < 0)
            return -1;
        if ((m1 && list_append(mlist, m1) < 0) || (r1 && list_append(rlist, r1) < 0))
            return -1;
    }
    if (list_len(mlist)) {
        value t = list_as_tuple(mlist);
        if (!t || !(*match = derive_and_copy(exc, t)))
            return -1;
    }
    if (want_rest && list_len(rlist)) {
        value t = list_as_tuple(rlist);
        if (!t || !(*rest = derive_and_copy(exc, t)))
            return -1;
    }
    return 0;
}

static value m_split(value self, int argc, const value *argv, value kwnames)
{
    int kind;
    if (matcher_kind(argv[0], &kind) < 0)
        return V_NULL;
    value m, r;
    if (split_rec(self, argv[0], kind, true, &m, &r) < 0)
        return V_NULL;
    return tuple_pack(2, m ? m : V_NONE, r ? r : V_NONE);
}

static value m_subgroup(value self, int argc, const value *argv, value kwnames)
{
    int kind;
    if (matcher_kind(argv[0], &kind) < 0)
        return V_NULL;
    value m, r;
    if (split_rec(self, argv[0], kind, false, &m, &r) < 0)
        return V_NULL;
    return m ? m : V_NONE;
}

/* -- except* support (the VM's CHECK_EG_MATCH and PREP_RERAISE_STAR) ------- */

int exc_group_match(value exc, value type, value *match, value *rest)
{
    *match = *rest = V_NONE;
    if (exc == V_NONE)
        return 0;
    int r = obj_isinstance(exc, type);
    if (r < 0)
        return -1;
    if (r) {
        if (v_isinstance(exc, &exc_BaseExceptionGroup)) {
            *match = exc;
            return 0;
        }
        /* a naked exception: wrapped in a group with its traceback */
        value args[2] = {str_from_cstr(""), tuple_pack(1, exc)};
        if (!args[0] || !args[1])
            return -1;
        value eg = exc_new(&exc_BaseExceptionGroup, 2, args);
        if (!eg)
            return -1;
        v_exc(eg)->traceback = v_exc(exc)->traceback;
        *match = eg;
        return 0;
    }
    if (!v_isinstance(exc, &exc_BaseExceptionGroup))
        return 0;
    value pair = obj_call_method(exc, "split", 1, &type);
    if (!pair)
        return -1;
    if (!v_is_tuple(pair) || tuple_len(pair) != 2) {
        exc_raise(&exc_TypeError, "%s.split must return a 2-tuple, got %s", v_type_name(exc),
                  v_type_name(pair));
        return -1;
    }
    *match = tuple_get(pair, 0);
    *rest = tuple_get(pair, 1);
    return 0;
}

/* The leaves (non-group exceptions) under e, appended to list. */
static int collect_leaves(value e, value list)
{
    if (e == V_NONE)
        return 0;
    if (!v_isinstance(e, &exc_BaseExceptionGroup))
        return list_append(list, e);
    value excs = exc_slot(e, EXC_GROUP_EXCS);
    for (size_t i = 0; i < tuple_len(excs); i++) {
        if (!exc_enter_recursive(" in except*"))
            return -1;
        int r = collect_leaves(tuple_get(excs, i), list);
        exc_leave_recursive();
        if (r < 0)
            return -1;
    }
    return 0;
}

/* A handler's exception is a re-raise of (part of) orig when it carries
 * the same metadata: the split copied traceback, cause, context, notes. */
static bool same_metadata(value a, value b)
{
    exc_object *x = v_exc(a), *y = v_exc(b);
    value nx = x->dict ? dict_get(x->dict, str_intern_cstr("__notes__")) : V_NULL;
    value ny = y->dict ? dict_get(y->dict, str_intern_cstr("__notes__")) : V_NULL;
    return nx == ny && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

value exc_group_prep_reraise(value orig, value excs)
{
    size_t n = list_len(excs);
    if (n == 0)
        return V_NONE;
    if (!v_isinstance(orig, &exc_BaseExceptionGroup)) {
        /* a naked exception was wrapped: one handler ran at most */
        return list_get(excs, 0);
    }
    value raised = list_new(0), reraised = list_new(0);
    if (!raised || !reraised)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value e = list_get(excs, i);
        if (e == V_NONE)
            continue;
        if (list_append(v_is_exc(e) && same_metadata(e, orig) ? reraised : raised, e) < 0)
            return V_NULL;
    }
    /* the re-raised leaves, in orig's nesting */
    value reraised_eg = V_NONE;
    if (list_len(reraised)) {
        value leaves = list_new(0);
        if (!leaves)
            return V_NULL;
        for (size_t i = 0; i < list_len(reraised); i++)
            if (collect_leaves(list_get(reraised, i), leaves) < 0)
                return V_NULL;
        value m, r;
        if (split_rec(orig, leaves, MATCH_LEAVES, false, &m, &r) < 0)
            return V_NULL;
        if (m)
            reraised_eg = m;
    }
    if (list_len(raised) == 0)
        return reraised_eg;
    if (reraised_eg != V_NONE && list_append(raised, reraised_eg) < 0)
        return V_NULL;
    if (list_len(raised) == 1)
        return list_get(raised, 0);
    value args[2] = {str_from_cstr(""), raised};
    if (!args[0])
        return V_NULL;
    return exc_new(&exc_BaseExceptionGroup, 2, args);
}

static value m_class_getitem(value self, int argc, const value *argv, value kwnames)
{
    return self;   /* types.GenericAlias comes with the typing machinery */
}

static const method_def group_methods[] = {
    {"derive", m_derive, METH_O, NULL},
    {"split", m_split, METH_O, NULL},
    {"subgroup", m_subgroup, METH_O, NULL},
    {"__class_getitem__", m_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const getset_def group_getsets[] = {
    {"message", get_message, NULL, "exception message"},
    {"exceptions", get_exceptions, NULL, "nested exceptions"},
    {NULL, NULL, NULL, NULL},
};

type_object exc_BaseExceptionGroup = {
    .hdr = {&type_type, 0, 0},
    .name = "BaseExceptionGroup",
    .basicsize = sizeof(exc_object),
    .flags = TYPE_BASETYPE | TYPE_EXC_SUBCLASS,
    .base = &exc_BaseException,
    .new = group_new,
    .init = group_init,
    .str = group_str,
    .methods = group_methods,
    .getsets = group_getsets,
};

type_object exc_ExceptionGroup = {
    .hdr = {&type_type, 0, 0},
    .name = "ExceptionGroup",
    .basicsize = sizeof(exc_object),
    .flags = TYPE_BASETYPE | TYPE_EXC_SUBCLASS,
    .base = &exc_BaseExceptionGroup,
};

/* Readies both classes; ExceptionGroup's second base, Exception, must be
 * ready first (exceptions_ready sees to it). */
int exc_group_ready(void)
{
    if (!(exc_BaseExceptionGroup.flags & TYPE_READY) && type_ready(&exc_BaseExceptionGroup) < 0)
        return -1;
    value bases = tuple_pack(2, v_from_obj(&exc_BaseExceptionGroup), v_from_obj(&exc_Exception));
    if (!bases)
        return -1;
    exc_ExceptionGroup.bases = bases;
    return type_ready(&exc_ExceptionGroup);
}
