/* Unit test of range (src/objects/range.c) and the iterator builtins
 * (src/objects/iterators.c) through their C entry points and type
 * slots: range lengths, indexing and membership on small and big ranges,
 * CPython's range hash, both range iterator types and reversal, and
 * enumerate / zip(strict=True) / map / filter / reversed called as types,
 * plus the sequence and callable iterators iter() falls back to. */
#include <stdio.h>
#include <string.h>
#include "../../src/gc/gc.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/runtime.h"
#include "../../src/objects/int.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"
#include "../../src/objects/list.h"
#include "../../src/objects/slice.h"
#include "../../src/objects/range.h"
#include "../../src/objects/iterators.h"

static int failures;

#define CHECK(cond, ...) do { \
    if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
                   printf(__VA_ARGS__); putchar('\n'); } } while (0)

/* repr(v) equals s */
static bool repr_is(value v, const char *s)
{
    value r = v ? obj_repr(v) : V_NULL;
    if (!r) {
        exc_clear();
        return false;
    }
    return str_eq_cstr(r, s);
}

/* The items of an iterable as a list's repr. */
static bool items_are(value iterable, const char *s)
{
    value l = list_new(0);
    if (!l || list_extend(l, iterable) < 0) {
        exc_clear();
        return false;
    }
    return repr_is(l, s);
}

static value big(const char *digits) { return int_from_str(digits, strlen(digits), 10); }

static void test_range(void)
{
    value r = range_new(v_small(0), v_small(10), v_small(3));
    CHECK(r && range_type.len(r) == 4, "len(range(0, 10, 3))");
    CHECK(repr_is(r, "range(0, 10, 3)"), "repr");
    CHECK(range_type.getitem(r, v_small(-1)) == v_small(9), "r[-1]");
    CHECK(range_type.getitem(r, v_small(4)) == V_NULL && exc_matches(&exc_IndexError), "r[4]");
    exc_clear();
    CHECK(range_type.contains(r, v_small(6)) == 1 && range_type.contains(r, v_small(7)) == 0,
          "6 in r, 7 not in r");
    value s = slice_new(V_NONE, V_NONE, v_small(-1));
    CHECK(s && repr_is(range_type.getitem(r, s), "range(9, -3, -3)"), "r[::-1]");
    CHECK(items_are(r, "[0, 3, 6, 9]"), "list(r)");

    int64_t h = 0;
    value r2 = range_new(v_small(0), v_small(10), v_small(2));
    CHECK(r2 && range_type.hash(r2, &h) == 0 && h == -6143170332311272345LL,
          "hash(range(0, 10, 2)) = %lld", (long long)h);
    value r3 = range_new(v_small(0), v_small(9), v_small(2));
    CHECK(r3 && obj_richcompare_bool(r2, r3, CMP_EQ) == 1, "range(0,10,2) == range(0,9,2)");
    value e1 = range_new(v_small(3), v_small(3), v_small(1));
    value e2 = range_new(v_small(9), v_small(2), v_small(5));
    CHECK(e1 && e2 && obj_richcompare_bool(e1, e2, CMP_EQ) == 1, "empty ranges are equal");

    CHECK(range_new(v_small(1), v_small(2), v_small(0)) == V_NULL && exc_matches(&exc_ValueError),
          "step 0");
    exc_clear();

    /* big ranges */
    value b = range_new(v_small(0), big("1000000000000000000000000000000"), v_small(7));
    CHECK(b && range_type.len(b) == -1 && exc_matches(&exc_OverflowError), "len overflows");
    exc_clear();
    CHECK(b && repr_is(range_type.getitem(b, big("100000000000000000000")),
                       "700000000000000000000"), "big index");
    CHECK(b && range_type.contains(b, big("700000000000000000007")) == 1, "big contains");
    value b2 = range_new(big("10000000000000000000"), big("10000000000000000003"), v_small(1));
    value it = b2 ? obj_iter(b2) : V_NULL;
    CHECK(it && v_type(it) == &longrange_iterator_type, "longrange_iterator");
    CHECK(items_are(b2, "[10000000000000000000, 10000000000000000001, 10000000000000000002]"),
          "list of a big range");

    /* the small iterator near the edge of the small-int range */
    value edge = range_new(v_small(V_SMALL_MAX - 1), big("4611686018427387905"), v_small(1));
    CHECK(edge && items_are(edge, "[4611686018427387902, 4611686018427387903, 4611686018427387904]"),
          "iteration across the small-int limit");
    value sm = range_new(v_small(V_SMALL_MAX - 2), v_small(V_SMALL_MAX), v_small(1));
    it = sm ? obj_iter(sm) : V_NULL;
    CHECK(it && v_type(it) == &range_iterator_type, "range_iterator");
    CHECK(items_are(sm, "[4611686018427387901, 4611686018427387902]"), "small edge");
    value rev = sm ? obj_call_method(sm, "__reversed__", 0, NULL) : V_NULL;
    CHECK(rev && items_are(rev, "[4611686018427387902, 4611686018427387901]"), "reversed");
    exc_clear();
}

static value call_type(type_object *t, int argc, const value *argv, value kwnames)
{
    return obj_call(v_from_obj(t), argc, argv, kwnames);
}

static void test_iterators(void)
{
    value abc = str_from_cstr("abc");
    value e = call_type(&enumerate_type, 2, (value[]){ abc, v_small(5) }, V_NULL);
    CHECK(items_are(e, "[(5, 'a'), (6, 'b'), (7, 'c')]"), "enumerate");

    value l1 = list_from_array((value[]){ v_small(1), v_small(2) }, 2);
    value l2 = list_from_array((value[]){ v_small(3) }, 1);
    value kw = tuple_pack(1, str_intern_cstr("strict"));
    value z = call_type(&zip_type, 2, (value[]){ l1, l2, V_TRUE }, kw);
    value l = list_new(0);
    CHECK(z && l && list_extend(l, z) == -1 && exc_matches(&exc_ValueError), "zip strict");
    exc_clear();
    z = call_type(&zip_type, 2, (value[]){ l1, l2 }, V_NULL);
    CHECK(items_are(z, "[(1, 3)]"), "zip");

    value r5 = range_new(v_small(0), v_small(5), v_small(1));
    value f = call_type(&filter_type, 2, (value[]){ V_NONE, r5 }, V_NULL);
    CHECK(items_are(f, "[1, 2, 3, 4]"), "filter(None, ...)");
    value rv = call_type(&reversed_type, 1, (value[]){ abc }, V_NULL);
    CHECK(items_are(rv, "['c', 'b', 'a']"), "reversed(str)");
    CHECK(call_type(&reversed_type, 1, (value[]){ v_small(5) }, V_NULL) == V_NULL &&
          exc_matches(&exc_TypeError), "reversed(5)");
    exc_clear();
    CHECK(call_type(&map_type, 1, (value[]){ V_NONE }, V_NULL) == V_NULL &&
          exc_matches(&exc_TypeError), "map(None)");
    exc_clear();

    value si = seq_iter_new(abc);
    CHECK(items_are(si, "['a', 'b', 'c']"), "sequence iterator");
}

int main(void)
{
    if (runtime_init() < 0)
        return 1;
    test_range();
    test_iterators();
    gc_collect();
    test_range();
    if (failures) {
        printf("%d failures\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
