/* The builtins that consume an iterable: sum, any, all, min, max,
 * sorted. */
#include "builtins_internal.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/exceptions.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

static value bi_sum(value self, int argc, const value *argv, value kwnames)
{
    /* Argument Clinic's order and messages: sum(iterable, /, start=0) */
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (argc == 0)
        return exc_raise(&exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (argc + (int)nkw > 2)
        return exc_raise(&exc_TypeError, "sum() takes at most 2 arguments (%d given)", argc + (int)nkw);
    if (nkw && !str_eq_cstr(tuple_get(kwnames, 0), "start"))
        return exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for sum()", tuple_get(kwnames, 0));
    value start = bi_kwarg(argc, argv, kwnames, "start");
    if (argc == 2)
        start = argv[1];
    if (!start)
        start = v_small(0);
    type_object *st = v_type(start);
    if (type_is_subtype(st, &str_type))
        return exc_raise(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (type_is_subtype(st, &bytes_type))
        return exc_raise(&exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (type_is_subtype(st, &bytearray_type))
        return exc_raise(&exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    value acc = start, x;
    while ((x = obj_next(it))) {
        acc = obj_binary_op(acc, x, NB_ADD);
        if (!acc)
            return V_NULL;
    }
    return exc_occurred() ? V_NULL : acc;
}

static value any_all(value iterable, int want)
{
    value it = obj_iter(iterable);
    if (!it)
        return V_NULL;
    value x;
    while ((x = obj_next(it))) {
        int t = obj_truthy(x);
        if (t < 0)
            return V_NULL;
        if (t == want)
            return v_bool(want);
    }
    return exc_occurred() ? V_NULL : v_bool(!want);
}

static value bi_any(value self, int argc, const value *argv, value kw) { return any_all(argv[0], 1); }
static value bi_all(value self, int argc, const value *argv, value kw) { return any_all(argv[0], 0); }

static value min_max(const char *name, int op, int argc, const value *argv, value kwnames)
{
    for (size_t i = 0; kwnames && i < tuple_len(kwnames); i++) {
        value k = tuple_get(kwnames, i);
        if (!str_eq_cstr(k, "key") && !str_eq_cstr(k, "default"))
            return exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for %s()", k, name);
    }
    value key = bi_kwarg(argc, argv, kwnames, "key");
    value dflt = bi_kwarg(argc, argv, kwnames, "default");
    if (key == V_NONE)
        key = V_NULL;
    if (argc == 0)
        return exc_raise(&exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (argc > 1 && dflt)
        return exc_raise(&exc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments", name);
    value it = argc == 1 ? obj_iter(argv[0]) : obj_iter(tuple_from_array(argv, (size_t)argc));
    if (!it)
        return V_NULL;
    value best = V_NULL, bestkey = V_NULL, x;
    while ((x = obj_next(it))) {
        value k = key ? obj_call1(key, x) : x;
        if (!k)
            return V_NULL;
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int r = obj_richcompare_bool(k, bestkey, op);
        if (r < 0)
            return V_NULL;
        if (r) {
            best = x;
            bestkey = k;
        }
    }
    if (exc_occurred())
        return V_NULL;
    if (!best) {
        if (dflt)
            return dflt;
        return exc_raise(&exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static value bi_min(value self, int argc, const value *argv, value kw) { return min_max("min", CMP_LT, argc, argv, kw); }
static value bi_max(value self, int argc, const value *argv, value kw) { return min_max("max", CMP_GT, argc, argv, kw); }

static value bi_sorted(value self, int argc, const value *argv, value kwnames)
{
    /* CPython checks the positional count, copies the iterable, then hands
     * the keywords to list.sort: hence this order and the "sort()" name */
    static const char *const kws[] = { "key", "reverse", NULL };
    if (argc != 1)
        return exc_raise(&exc_TypeError, "sorted expected 1 argument, got %d", argc);
    value l = list_new(0);
    if (!l || list_extend(l, argv[0]) < 0)
        return V_NULL;
    if (bi_check_kwargs("sort", kwnames, kws) < 0)
        return V_NULL;
    value key = bi_kwarg(argc, argv, kwnames, "key");
    value rev = bi_kwarg(argc, argv, kwnames, "reverse");
    int r = 0;
    if (rev && list_sort_reverse_arg(rev, &r) < 0)
        return V_NULL;
    if (list_sort(l, key == V_NONE ? V_NULL : key, r) < 0)
        return V_NULL;
    return l;
}

const method_def builtins_iter_functions[] = {
    { "sum", bi_sum, METH_KEYWORDS, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers." },
    { "any", bi_any, METH_O, "Return True if bool(x) is True for any x in the iterable." },
    { "all", bi_all, METH_O, "Return True if bool(x) is True for all values x in the iterable." },
    { "min", bi_min, METH_KEYWORDS, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nReturn the smallest item." },
    { "max", bi_max, METH_KEYWORDS, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nReturn the largest item." },
    { "sorted", bi_sorted, METH_KEYWORDS, "Return a new list containing all items from the iterable in ascending order." },
    { NULL, NULL, 0, NULL },
};
