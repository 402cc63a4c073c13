/* Unit test of the containers (src/objects/tuple.c, list.c, list_sort.c,
 * dict.c, set.c, slice.c): tuple hashes equal CPython 3.11's, list
 * growth and slicing, sort stability on 10,000 keyed items, reverse
 * sorts, a key function that mutates the list during the sort
 * ("list modified during sort"), dict ordering after deletes, resizing
 * under many inserts, set membership and CPython's iteration order for
 * small ints, frozenset hashes, and slice index arithmetic. */
#include <stdio.h>
#include <string.h>
#include "../../src/gc/gc.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/runtime.h"
#include "../../src/objects/tuple.h"
#include "../../src/objects/list.h"
#include "../../src/objects/dict.h"
#include "../../src/objects/set.h"
#include "../../src/objects/slice.h"
#include "../../src/objects/str.h"

static int failures;

#define CHECK(cond, ...) do { \
    if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
                   printf(__VA_ARGS__); putchar('\n'); } } while (0)

static void test_tuple(void)
{
    value t = tuple_pack(2, v_small(1), v_small(2));
    int64_t h = 0;
    CHECK(t && tuple_type.hash(t, &h) == 0 && h == -3550055125485641917LL,
          "hash((1, 2)) = %lld", (long long)h);
    value e = tuple_new(0);
    CHECK(e && e == tuple_empty(), "shared empty tuple");
    CHECK(tuple_type.hash(e, &h) == 0 && h == 5740354900026072187LL, "hash(()) = %lld",
          (long long)h);
    value big = tuple_pack(3, v_small(-1), v_small(0), v_small(1000000));
    CHECK(big && tuple_type.hash(big, &h) == 0 && h == 747255074622213134LL,
          "hash((-1, 0, 1000000)) = %lld", (long long)h);
    value s = slice_new(V_NONE, V_NONE, v_small(-1));
    value r = s ? tuple_type.getitem(big, s) : V_NULL;
    CHECK(r && tuple_len(r) == 3 && tuple_get(r, 0) == v_small(1000000), "t[::-1]");
}

static void test_slice(void)
{
    int64_t a, b, st, n;
    value s = slice_new(v_small(-3), V_NONE, V_NONE);
    CHECK(s && slice_unpack(s, 10, &a, &b, &st, &n) == 0 && a == 7 && b == 10 && n == 3,
          "[-3:] of 10: %lld %lld %lld", (long long)a, (long long)b, (long long)n);
    s = slice_new(V_NONE, V_NONE, v_small(-2));
    CHECK(s && slice_unpack(s, 5, &a, &b, &st, &n) == 0 && a == 4 && b == -1 && n == 3,
          "[::-2] of 5");
    s = slice_new(v_small(1), v_small(2), v_small(0));
    CHECK(s && slice_unpack(s, 5, &a, &b, &st, &n) == -1 && exc_matches(&exc_ValueError),
          "step 0 is a ValueError");
    exc_clear();
}

static void test_list_basics(void)
{
    value l = list_new(0);
    for (int i = 0; i < 1000; i++)
        CHECK(list_append(l, v_small(i)) == 0, "append");
    CHECK(list_len(l) == 1000 && list_get(l, 999) == v_small(999), "1000 appends");
    /* l[10:990] = [] */
    value s = slice_new(v_small(10), v_small(990), V_NONE);
    CHECK(list_type.setitem(l, s, list_new(0)) == 0 && list_len(l) == 20, "del slice: %zu",
          list_len(l));
    CHECK(list_get(l, 10) == v_small(990), "items after the hole moved");
    /* extended slice of the wrong size */
    s = slice_new(V_NONE, V_NONE, v_small(2));
    value three = list_from_array((value[]){ v_small(1), v_small(2), v_small(3) }, 3);
    CHECK(list_type.setitem(l, s, three) == -1 && exc_matches(&exc_ValueError),
          "extended slice size mismatch");
    exc_clear();
    CHECK(list_type.getitem(l, v_small(20)) == V_NULL && exc_matches(&exc_IndexError),
          "index out of range");
    exc_clear();
    CHECK(list_extend(l, l) == 0 && list_len(l) == 40, "l.extend(l)");
}

/* A key that returns the item's value divided by 10: stability visible. */
static value key_div10(value self, int argc, const value *argv, value kwnames)
{
    return v_small(v_int(argv[0]) / 10);
}

/* A callable of our own (a type with a call slot), so keyed sorts do not
 * depend on builtin function objects. */
typedef struct fake_fn {
    object hdr;
    cfunc fn;
} fake_fn;

static value fake_call(value callable, int argc, const value *argv, value kwnames)
{
    return ((fake_fn *)v_obj(callable))->fn(V_NULL, argc, argv, kwnames);
}

static type_object fake_fn_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "fake_fn",
    .basicsize = sizeof(fake_fn),
    .call = fake_call,
};

static value fake_new(cfunc fn)
{
    fake_fn *f = (fake_fn *)gc_alloc(&fake_fn_type, sizeof(fake_fn));
    if (!f)
        return V_NULL;
    f->fn = fn;
    return v_from_obj(f);
}

static value key_mutating_list;
static value key_mutate(value self, int argc, const value *argv, value kwnames)
{
    /* key functions run before the sort; append during comparisons instead
     * is what CPython detects too, and appending here is detected the same */
    if (list_append(key_mutating_list, v_small(0)) < 0)
        return V_NULL;
    return argv[0];
}

static void test_sort_plain(void)
{
    bool ok;
    /* ints without a key: ascending, then already sorted input */
    value m = list_new(0);
    for (int i = 0; i < 500; i++)
        CHECK(list_append(m, v_small((i * 7919) % 500)) == 0, "append");
    CHECK(list_sort(m, V_NULL, 0) == 0, "plain sort");
    ok = true;
    for (int i = 0; i < 500; i++)
        ok = ok && list_get(m, i) == v_small(i);
    CHECK(ok, "plain sort result");

}

static void test_sort(void)
{
    enum { N = 10000 };
    value l = list_new(0);
    uint64_t x = 12345;
    for (int i = 0; i < N; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        CHECK(list_append(l, v_small((int64_t)(x >> 40) % 1000 * 10 + 0)) == 0, "append");
    }
    /* encode the original position in the low digit's place: value*N + i */
    for (int i = 0; i < N; i++)
        v_list(l)->items[i] = v_small(v_int(list_get(l, i)) / 10 * 10 * N + i);
    value key = fake_new(key_div10);
    CHECK(key, "key function");
    if (!key)
        return;
    CHECK(list_sort(l, key, 0) == 0, "sort with key");
    bool ok = true;
    for (int i = 1; i < N; i++) {
        int64_t a = v_int(list_get(l, i - 1)), b = v_int(list_get(l, i));
        if (a / 10 > b / 10 || (a / 10 == b / 10 && a % N > b % N))
            ok = false;
    }
    CHECK(ok, "sorted and stable");
    CHECK(list_sort(l, key, 1) == 0, "reverse sort");
    ok = true;
    for (int i = 1; i < N; i++) {
        int64_t a = v_int(list_get(l, i - 1)), b = v_int(list_get(l, i));
        if (a / 10 < b / 10 || (a / 10 == b / 10 && a % N > b % N))
            ok = false;
    }
    CHECK(ok, "reverse sorted and stable");

    gc_root(&key_mutating_list);   /* a global: invisible to the collector otherwise */
    key_mutating_list = list_from_array((value[]){ v_small(3), v_small(1), v_small(2) }, 3);
    value mk = fake_new(key_mutate);
    CHECK(mk && list_sort(key_mutating_list, mk, 0) == -1 && exc_matches(&exc_ValueError),
          "list modified during sort");
    exc_clear();
    CHECK(list_len(key_mutating_list) == 3, "the sorted items are kept: %zu",
          list_len(key_mutating_list));
}

static void test_dict(void)
{
    value d = dict_new();
    enum { N = 20000 };
    for (int i = 0; i < N; i++)
        CHECK(dict_set(d, v_small(i * 7), v_small(i)) == 0, "set");
    CHECK(dict_len(d) == N, "len after %d inserts", N);
    bool ok = true;
    for (int i = 0; i < N; i++)
        ok = ok && dict_get(d, v_small(i * 7)) == v_small(i);
    CHECK(ok, "all found after resizes");
    CHECK(dict_get(d, v_small(3)) == V_NULL && !exc_occurred(), "absent key");
    for (int i = 0; i < N; i += 2)
        CHECK(dict_del(d, v_small(i * 7)) == 1, "del");
    CHECK(dict_del(d, v_small(0)) == 0, "del absent");
    /* re-insert a deleted key: it goes to the end */
    CHECK(dict_set(d, v_small(0), V_NONE) == 0, "reinsert");
    size_t pos = 0;
    value k, v;
    int64_t expect = 1, seen = 0;
    ok = true;
    while (dict_next(d, &pos, &k, &v)) {
        if (seen < N / 2) {
            ok = ok && k == v_small(expect * 7);
            expect += 2;
        } else {
            ok = ok && k == v_small(0);
        }
        seen++;
    }
    CHECK(ok && seen == N / 2 + 1, "order after deletes (%lld)", (long long)seen);
    value key = str_intern_cstr("spam");
    CHECK(key && dict_set(d, key, v_small(42)) == 0, "str key");
    CHECK(dict_get_cstr(d, "spam") == v_small(42), "dict_get_cstr");
    value c = dict_copy(d);
    CHECK(c && dict_len(c) == dict_len(d), "copy");
    value unhashable = list_new(0);
    CHECK(dict_set(d, unhashable, V_NONE) == -1 && exc_matches(&exc_TypeError), "unhashable");
    exc_clear();
}

static void test_set(void)
{
    value s = set_new(V_NULL);
    int order[] = { 5, 3, 9, 1, 100 };
    for (int i = 0; i < 5; i++)
        CHECK(set_add(s, v_small(order[i])) == 0, "add");
    /* CPython: list({5, 3, 9, 1, 100}) == [1, 3, 100, 5, 9] */
    int want[] = { 1, 3, 100, 5, 9 };
    size_t pos = 0;
    value k;
    int i = 0;
    bool ok = true;
    while (set_next(s, &pos, &k))
        ok = ok && i < 5 && k == v_small(want[i++]);
    CHECK(ok && i == 5, "CPython's order");
    CHECK(set_contains(s, v_small(9)) == 1 && set_contains(s, v_small(8)) == 0, "contains");
    CHECK(set_discard(s, v_small(9)) == 1 && set_len(s) == 4, "discard");
    for (int j = 0; j < 10000; j++)
        CHECK(set_add(s, v_small(j)) == 0, "add many");
    CHECK(set_len(s) == 10000, "len %zu", set_len(s));
    value f = frozenset_new(V_NULL);
    CHECK(f && set_add(f, v_small(1)) == 0 && set_add(f, v_small(2)) == 0, "frozenset");
    int64_t h = 0;
    CHECK(frozenset_type.hash(f, &h) == 0 && h == -1826646154956904602LL,
          "hash(frozenset({1, 2})) = %lld", (long long)h);
}

int main(void)
{
    if (runtime_init() < 0)
        return 1;
    test_tuple();
    test_slice();
    test_list_basics();
    test_sort_plain();
    test_sort();
    test_dict();
    test_set();
    if (failures) {
        printf("%d failures\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
