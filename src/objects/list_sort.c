/* list.sort: a stable, adaptive merge sort in timsort's spirit. The list
 * is detached (emptied) while it sorts, so a comparison or key function
 * that mutates it is detected afterwards ("list modified during sort")
 * and can never make the sort read freed or moved memory. Natural runs
 * (ascending, or strictly descending then reversed) are found first and
 * short ones extended to MIN_RUN by binary insertion; adjacent runs are
 * then merged pairwise, so sorted or reversed input costs O(n). With a
 * key function the keys are sorted with the values carried alongside.
 * reverse=True reverses before and after the sort, which keeps equal
 * items in their original order as CPython does. Arrays that comparisons
 * can see are owned by temporary list objects so the collector traces
 * them; a failed comparison leaves every item in the list. */
#include <stdlib.h>
#include <string.h>
#include "list.h"
#include "sequtil.h"
#include "str.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

#define MIN_RUN 32

void list_reverse_items(value *items, size_t n);

typedef struct sorter {
    value *keys;     /* what is compared */
    value *vals;     /* carried along (NULL without a key function) */
    value *tkeys, *tvals;   /* merge buffers, n each */
    int kind;        /* 0 generic, 1 all small ints, 2 all str, 3 one type */
    type_object *type;   /* kind 3: the keys' type, which has richcompare */
} sorter;

/* lt for keys that are not all small ints. */
static int lt_other(sorter *s, value a, value b)
{
    if (s->kind == 2)
        return str_compare(a, b) < 0;
    if (s->kind == 3) {
        /* keys of one type: its slot directly, as CPython's sort does
         * (which also leaves out the comparison's recursion guard) */
        value r = s->type->richcompare(a, b, CMP_LT);
        if (r == V_NOTIMPL)
            return obj_richcompare_bool(a, b, CMP_LT);
        if (!r)
            return -1;
        return r == V_TRUE ? 1 : r == V_FALSE ? 0 : obj_truthy(r);
    }
    return obj_richcompare_bool(a, b, CMP_LT);
}

/* 1 if a < b, 0 if not, -1 on error. Inline for small ints (1M of them
 * sort several times faster when the merge loop compares in place). */
static inline int lt(sorter *s, value a, value b)
{
    if (s->kind == 1)
        return v_int(a) < v_int(b);
    return lt_other(s, a, b);
}

static void swap_range(sorter *s, size_t lo, size_t hi)
{
    list_reverse_items(s->keys + lo, hi - lo);
    if (s->vals)
        list_reverse_items(s->vals + lo, hi - lo);
}

/* Sorts [lo, hi) given [lo, start) already sorted. */
static int binary_insertion(sorter *s, size_t lo, size_t hi, size_t start)
{
    for (size_t i = start; i < hi; i++) {
        value pk = s->keys[i], pv = s->vals ? s->vals[i] : 0;
        size_t l = lo, r = i;
        while (l < r) {
            size_t mid = l + (r - l) / 2;
            int c = lt(s, pk, s->keys[mid]);
            if (c < 0)
                return -1;
            if (c)
                r = mid;
            else
                l = mid + 1;
        }
        values_move(s->keys + l + 1, s->keys + l, (i - l));
        s->keys[l] = pk;
        if (s->vals) {
            values_move(s->vals + l + 1, s->vals + l, (i - l));
            s->vals[l] = pv;
        }
    }
    return 0;
}

/* Length of the run at lo (reversed in place if descending). */
static int64_t count_run(sorter *s, size_t lo, size_t hi)
{
    size_t i = lo + 1;
    if (i == hi)
        return 1;
    int c = lt(s, s->keys[i], s->keys[lo]);
    if (c < 0)
        return -1;
    if (c) {   /* strictly descending: stability allows reversing it */
        for (i++; i < hi; i++) {
            c = lt(s, s->keys[i], s->keys[i - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        swap_range(s, lo, i);
    } else {
        for (i++; i < hi; i++) {
            c = lt(s, s->keys[i], s->keys[i - 1]);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return (int64_t)(i - lo);
}

/* Merges the sorted runs [lo, mid) and [mid, hi). On a failed comparison
 * the unmerged left items are put back, so no item is lost. */
static int merge(sorter *s, size_t lo, size_t mid, size_t hi)
{
    size_t nl = mid - lo;
    values_move(s->tkeys, s->keys + lo, nl);
    if (s->vals)
        values_move(s->tvals, s->vals + lo, nl);
    size_t li = 0, ri = mid, d = lo;
    int err = 0;
    while (li < nl && ri < hi) {
        int c = lt(s, s->keys[ri], s->tkeys[li]);
        if (c < 0) {
            err = -1;
            break;
        }
        if (c) {
            s->keys[d] = s->keys[ri];
            if (s->vals)
                s->vals[d] = s->vals[ri];
            ri++;
        } else {
            s->keys[d] = s->tkeys[li];
            if (s->vals)
                s->vals[d] = s->tvals[li];
            li++;
        }
        d++;
    }
    values_move(s->keys + d, s->tkeys + li, (nl - li));
    if (s->vals)
        values_move(s->vals + d, s->tvals + li, (nl - li));
    return err;
}

static int sort_all(sorter *s, size_t n)
{
    size_t *runs = malloc((n / MIN_RUN + 2) * sizeof(size_t) + (n + 2) * sizeof(size_t));
    if (!runs) {
        exc_no_memory();
        return -1;
    }
    size_t nruns = 0, lo = 0;
    int err = 0;
    runs[nruns++] = 0;
    while (lo < n) {
        int64_t r = count_run(s, lo, n);
        if (r < 0) {
            err = -1;
            break;
        }
        size_t end = lo + (size_t)r;
        if (end < n && end - lo < MIN_RUN) {
            size_t want = lo + MIN_RUN < n ? lo + MIN_RUN : n;
            if (binary_insertion(s, lo, want, end) < 0) {
                err = -1;
                break;
            }
            end = want;
        }
        runs[nruns++] = end;
        lo = end;
    }
    /* runs[0..nruns) are boundaries; merge neighbours until one run is left */
    while (!err && nruns > 2) {
        size_t w = 1;
        size_t i = 1;
        for (; i + 1 < nruns; i += 2) {
            if (merge(s, runs[i - 1], runs[i], runs[i + 1]) < 0) {
                err = -1;
                break;
            }
            runs[w++] = runs[i + 1];
        }
        if (err)
            break;
        if (i < nruns)
            runs[w++] = runs[i];
        nruns = w;
    }
    free(runs);
    return err;
}

static int kind_of(const value *keys, size_t n)
{
    bool ints = true, strs = true;
    for (size_t i = 0; i < n && (ints || strs); i++) {
        if (!v_is_int(keys[i]))
            ints = false;
        if (!v_is_str(keys[i]))
            strs = false;
    }
    if (ints || strs)
        return ints ? 1 : 2;
    type_object *t = n ? v_type(keys[0]) : NULL;
    for (size_t i = 1; i < n && t; i++)
        if (v_type(keys[i]) != t)
            t = NULL;
    return t && t->richcompare ? 3 : 0;
}

int list_sort(value lv, value key, int reverse)
{
    list_object *l = v_list(lv);
    /* hold owns the detached items so the collector keeps tracing them */
    value hold = list_new(0);
    if (!hold)
        return -1;
    list_object *h = v_list(hold);
    h->items = l->items;
    h->len = l->len;
    h->cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    size_t n = h->len;
    int err = 0;
    value keys = V_NULL, tmp = V_NULL;
    if (key && n > 0) {
        keys = list_new(n);
        if (!keys) {
            err = -1;
            goto restore;
        }
        for (size_t i = 0; i < n; i++) {
            value k = obj_call1(key, h->items[i]);
            if (!k) {
                err = -1;
                goto restore;
            }
            v_list(keys)->items[i] = k;
        }
    }
    if (n > 1) {
        tmp = list_new(2 * n);
        if (!tmp) {
            err = -1;
            goto restore;
        }
        sorter s = {
            .keys = keys ? v_list(keys)->items : h->items,
            .vals = keys ? h->items : NULL,
            .tkeys = v_list(tmp)->items,
            .tvals = v_list(tmp)->items + n,
        };
        s.kind = kind_of(s.keys, n);
        s.type = n ? v_type(s.keys[0]) : NULL;
        if (reverse)
            swap_range(&s, 0, n);
        err = sort_all(&s, n);
        if (reverse)
            swap_range(&s, 0, n);
    }
restore:;
    bool modified = l->items != NULL || l->len != 0;
    l->items = h->items;
    l->len = h->len;
    l->cap = h->cap;
    h->items = NULL;
    h->len = h->cap = 0;
    if (modified && !err) {
        exc_raise(&exc_ValueError, "list modified during sort");
        return -1;
    }
    return err;
}
