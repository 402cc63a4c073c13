/* The builtins that consume an iterable: sum, any, all, min, max,
 * sorted. */
#include "builtins_internal.h"
#include "../objects/exceptions.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

static value bi_sum(value self, int argc, const value *argv, value kwnames)
{
    static const char *const kws[] = { "start", NULL };
    if (bi_check_kwargs("sum", kwnames, kws) < 0)
        return V_NULL;
    value start = bi_kwarg(argc, argv, kwnames, "start");
    if (argc == 2 && !start)
        start = argv[1];
    else if (bi_check_argc("sum", argc, 1, 1) < 0 && !(argc == 2))
        return V_NULL;
    if (!start)
        start = v_small(0);
    if (v_is_str(start))
        return exc_raise(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
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
    static const char *const kws[] = { "key", "default", NULL };
    if (bi_check_kwargs(name, kwnames, kws) < 0)
        return V_NULL;
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
    static const char *const kws[] = { "key", "reverse", NULL };
    if (bi_check_kwargs("sorted", kwnames, kws) < 0)
        return V_NULL;
    if (argc != 1)
        return exc_raise(&exc_TypeError, argc == 0 ? "sorted expected 1 argument, got 0"
                                                   : "sorted expected 1 argument, got %d", argc);
    value key = bi_kwarg(argc, argv, kwnames, "key");
    value rev = bi_kwarg(argc, argv, kwnames, "reverse");
    int r = 0;
    if (rev && list_sort_reverse_arg(rev, &r) < 0)
        return V_NULL;
    value l = list_new(0);
    if (!l || list_extend(l, argv[0]) < 0)
        return V_NULL;
    if (list_sort(l, key == V_NONE ? V_NULL : key, r) < 0)
        return V_NULL;
    return l;
}

const method_def builtins_iter_functions[] = {
    { "sum", bi_sum, METH_KEYWORDS, NULL },
    { "any", bi_any, METH_O, NULL },
    { "all", bi_all, METH_O, NULL },
    { "min", bi_min, METH_KEYWORDS, NULL },
    { "max", bi_max, METH_KEYWORDS, NULL },
    { "sorted", bi_sorted, METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL },
};
