/* Unit test of the collector, src/gc/gc.c and heap.c, with fake types of
 * its own (nodes that link to two others, a vector over a raw item array,
 * a static holder object): reachable objects survive (from C locals, from
 * interior pointers, from registered roots, from static objects, from raw
 * blocks that only a local points to) with their contents intact; dropped
 * ones are freed and their memory reused; a 1,000,000-node chain is marked
 * without overflowing the C stack; large objects and raw blocks; the
 * __del__ hook runs once per object, resurrection included; a huge request
 * is a MemoryError; and a long random workload keeps its checksums. The
 * `make stress` build (a collection at every allocation) runs smaller
 * sizes. Counts of freed objects allow for a few words of stale stack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/gc/gc.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/runtime.h"

#ifdef TAIPAN_GC_STRESS
#define SCALE 100
#else
#define SCALE 1
#endif

static int failures;

#define CHECK(cond, ...) do { \
    if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
                   printf(__VA_ARGS__); putchar('\n'); } } while (0)

/* -- Fake types ------------------------------------------------------------- */

typedef struct node {
    object hdr;
    value next, left;
    int64_t val;
} node;

static size_t nodes_freed;

static void node_trace(object *o, gc_tracer *t)
{
    node *n = (node *)o;
    gc_mark_value(t, n->next);
    gc_mark_value(t, n->left);
}

static void node_finalize(object *o)
{
    (void)o;
    nodes_freed++;
}

static type_object node_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "test_node",
    .basicsize = sizeof(node),
    .trace = node_trace,
    .finalize = node_finalize,
};

/* A growable vector of values over a gc_alloc_raw block. */
typedef struct vec {
    object hdr;
    value *items;
    size_t len, cap;
} vec;

static void vec_trace(object *o, gc_tracer *t)
{
    vec *v = (vec *)o;
    gc_mark_raw(t, v->items);
    gc_mark_values(t, v->items, v->len);
}

static type_object vec_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "test_vec",
    .basicsize = sizeof(vec),
    .trace = vec_trace,
};

/* A big object: a header and many values inline. */
typedef struct big {
    object hdr;
    size_t n;
    value items[];
} big;

static void big_trace(object *o, gc_tracer *t)
{
    big *b = (big *)o;
    gc_mark_values(t, b->items, b->n);
}

static size_t bigs_freed;
static void big_finalize(object *o) { (void)o; bigs_freed++; }

static type_object big_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "test_big",
    .basicsize = sizeof(big),
    .trace = big_trace,
    .finalize = big_finalize,
};

/* A static object (not in the heap) that holds values. */
static int holder_traces;
static struct {
    object hdr;
    value a, b;
} holder;

static void holder_trace(object *o, gc_tracer *t)
{
    (void)o;
    holder_traces++;
    gc_mark_value(t, holder.a);
    gc_mark_value(t, holder.b);
}

static type_object holder_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "test_holder",
    .basicsize = sizeof(holder),
    .trace = holder_trace,
};

/* -- Helpers ---------------------------------------------------------------- */

static node *new_node(int64_t val, value next)
{
    node *n = (node *)gc_alloc(&node_type, sizeof(node));
    if (!n) {
        printf("FATAL: allocation failed\n");
        exit(1);
    }
    n->val = val;
    n->next = next;
    return n;
}

/* A chain of n nodes, values n-1 .. 0 from the head. */
__attribute__((noinline)) static value make_chain(int64_t n)
{
    value head = V_NULL;
    for (int64_t i = 0; i < n; i++) head = v_from_obj(new_node(i, head));
    return head;
}

static int64_t chain_check(value head, int64_t n)
{
    int64_t count = 0;
    for (value v = head; v; v = ((node *)v_obj(v))->next) {
        if (((node *)v_obj(v))->val != n - 1 - count) return -1;
        count++;
    }
    return count;
}

/* Overwrites the dead part of the stack so stale words do not retain
 * what a test has dropped (uninstrumented: AddressSanitizer's red zones
 * between locals would otherwise keep old words). */
__attribute__((noinline, no_sanitize_address)) static void clear_stack(void)
{
    volatile char buf[1 << 16];
    memset((char *)buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

__attribute__((noinline)) static void collect_clean(void)
{
    clear_stack();
    gc_collect();
    gc_run_pending();   /* __del__ calls wait for a safe point */
}

static size_t pages(void)
{
    gc_stats s;
    gc_get_stats(&s);
    return s.pages;
}

/* -- Tests -------------------------------------------------------------------- */

__attribute__((noinline)) static void drop_chain(int64_t n)
{
    value head = make_chain(n);
    CHECK(chain_check(head, n) == n, "chain built");
}

static void test_locals_and_drop(void)
{
    int64_t n = 10000 / SCALE;
    value head = make_chain(n);
    gc_collect();
    gc_collect();
    CHECK(chain_check(head, n) == n, "chain from a local survives");

    nodes_freed = 0;
    drop_chain(n);
    collect_clean();
    CHECK(nodes_freed >= (size_t)n * 9 / 10, "dropped chain freed: %zu of %lld",
          nodes_freed, (long long)n);
    CHECK(chain_check(head, n) == n, "kept chain still intact");
    __asm__ volatile("" : : "r"(head) : "memory");
}

static void test_reuse(void)
{
    collect_clean();
    drop_chain(20000 / SCALE);
    collect_clean();
    size_t before = pages();
    for (int round = 0; round < 20; round++) {
        drop_chain(20000 / SCALE);
        collect_clean();
    }
    CHECK(pages() <= before + 2, "memory reused: %zu pages, then %zu", before, pages());
}

static void test_interior_pointer(void)
{
    nodes_freed = 0;
    node *n = new_node(4242, V_NULL);
    volatile uintptr_t inner = (uintptr_t)n + offsetof(node, val);
    n = NULL;
    collect_clean();
    node *back = (node *)(inner - offsetof(node, val));
    CHECK(back->val == 4242 && back->hdr.type == &node_type, "object held by an interior pointer");
    CHECK(nodes_freed == 0, "interior-pointed object not finalized");
}

/* A heap object whose header was copied over (gc_bits lost) is still
 * recognised as one, and marked in the heap, not taken for a static. */
static void test_clobbered_bits(void)
{
    collect_clean();
    nodes_freed = 0;
    node *n = new_node(777, v_from_obj(new_node(778, V_NULL)));
    object copy = { &node_type, 0, 0 };
    n->hdr = copy;
    collect_clean();
    collect_clean();
    CHECK(nodes_freed == 0 && n->val == 777 && ((node *)v_obj(n->next))->val == 778,
          "object with clobbered gc_bits survives (%zu freed)", nodes_freed);
    __asm__ volatile("" : : "r"(n) : "memory");
}

static value root_slot;
static object *root_obj;

static void test_roots(void)
{
    gc_root(&root_slot);
    gc_root_object(&root_obj);
    root_slot = make_chain(1000 / SCALE + 1);
    root_obj = v_obj(make_chain(500 / SCALE + 1));
    collect_clean();
    collect_clean();
    CHECK(chain_check(root_slot, 1000 / SCALE + 1) == 1000 / SCALE + 1, "gc_root chain survives");
    CHECK(chain_check(v_from_obj(root_obj), 500 / SCALE + 1) == 500 / SCALE + 1,
          "gc_root_object chain survives");
    nodes_freed = 0;
    root_slot = V_NULL;
    root_obj = NULL;
    collect_clean();
    CHECK(nodes_freed >= (1000 / SCALE + 1) + (500 / SCALE + 1) - 4, "cleared roots freed (%zu)",
          nodes_freed);
}

static void test_static_object(void)
{
    holder.hdr.type = &holder_type;
    static object *h, *h2;
    h = &holder.hdr;
    gc_root_object(&h);
    h2 = &holder.hdr;
    gc_root_object(&h2);        /* reached twice: traced once per cycle */
    holder.a = make_chain(300 / SCALE + 1);
    holder.b = holder.a;
    holder_traces = 0;
    collect_clean();
    CHECK(holder_traces == 1, "static object traced once per collection (%d)", holder_traces);
    collect_clean();
    CHECK(holder_traces == 2, "and again in the next (%d)", holder_traces);
    CHECK(chain_check(holder.a, 300 / SCALE + 1) == 300 / SCALE + 1, "static holder's values survive");
    holder.a = holder.b = V_NULL;
    h = NULL;
    h2 = NULL;
}

__attribute__((noinline)) static void build_long_chain(int64_t n)
{
    root_slot = make_chain(n);
}

static void test_million(void)
{
    int64_t n = 1000000 / (SCALE * SCALE);
    build_long_chain(n);
    collect_clean();
    CHECK(chain_check(root_slot, n) == n, "a %lld-node chain survives", (long long)n);
    nodes_freed = 0;
    root_slot = V_NULL;
    collect_clean();
    CHECK(nodes_freed >= (size_t)n - 10, "the long chain is freed (%zu)", nodes_freed);
}

/* Trees: each node's `left` and `next` are subtrees. */
static value make_tree(int depth, int64_t *count)
{
    if (depth == 0) return V_NULL;
    value l = make_tree(depth - 1, count);
    value r = make_tree(depth - 1, count);
    node *n = new_node((*count)++, r);
    n->left = l;
    return v_from_obj(n);
}

static int64_t tree_sum(value t)
{
    if (!t) return 0;
    node *n = (node *)v_obj(t);
    return n->val + tree_sum(n->left) + tree_sum(n->next);
}

static void test_trees(void)
{
    int depth = SCALE > 1 ? 8 : 14;
    int64_t count = 0;
    value t = make_tree(depth, &count);
    int64_t want = count * (count - 1) / 2;
    for (int i = 0; i < 3; i++) {
        int64_t scratch = 0;
        (void)make_tree(depth - 2, &scratch);   /* garbage in between */
        gc_collect();
    }
    CHECK(tree_sum(t) == want, "tree survives: %lld vs %lld", (long long)tree_sum(t), (long long)want);
    __asm__ volatile("" : : "r"(t) : "memory");
}

__attribute__((noinline)) static void drop_big(void)
{
    big *b = (big *)gc_alloc(&big_type, sizeof(big) + 50000 * sizeof(value));
    CHECK(b != NULL, "big allocated");
    if (b) b->n = 0;
}

static void test_large(void)
{
    collect_clean();            /* the garbage of earlier tests */
    size_t n = 20000;
    big *b = (big *)gc_alloc(&big_type, sizeof(big) + n * sizeof(value));
    CHECK(b != NULL, "large object allocated");
    if (!b) return;
    int zero = 1;
    for (size_t i = 0; i < n; i++) zero &= b->items[i] == 0;
    CHECK(zero, "large object zero-filled");
    b->n = n;
    for (size_t i = 0; i < n; i += 100 / SCALE > 0 ? 100 / SCALE : 1)
        b->items[i] = v_from_obj(new_node((int64_t)i, V_NULL));
    volatile uintptr_t inner = (uintptr_t)&b->items[n - 1];   /* interior of a large block */
    b = NULL;
    collect_clean();
    b = (big *)(inner - offsetof(big, items) - (n - 1) * sizeof(value));
    int ok = 1;
    for (size_t i = 0; i < n; i++)
        if (b->items[i]) ok &= ((node *)v_obj(b->items[i]))->val == (int64_t)i;
    CHECK(ok, "large object's values survive");

    gc_stats s0, s1;
    bigs_freed = 0;
    gc_get_stats(&s0);
    for (int i = 0; i < 10; i++) drop_big();
    collect_clean();
    gc_get_stats(&s1);
    CHECK(bigs_freed >= 9, "dropped large objects freed (%zu)", bigs_freed);
    CHECK(s1.large_blocks <= s0.large_blocks + 1, "large blocks %zu -> %zu", s0.large_blocks,
          s1.large_blocks);
    __asm__ volatile("" : : "r"(b) : "memory");
}

static int vec_append(vec *v, value x)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        value *items = gc_realloc_raw(v->items, v->cap * sizeof(value), cap * sizeof(value));
        if (!items) return -1;
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = x;
    return 0;
}

static void test_raw(void)
{
    vec *v = (vec *)gc_alloc(&vec_type, sizeof(vec));
    CHECK(v != NULL, "vec allocated");
    if (!v) return;
    size_t n = 100000 / SCALE;
    for (size_t i = 0; i < n; i++)
        if (vec_append(v, v_from_obj(new_node((int64_t)i, V_NULL))) < 0) {
            CHECK(0, "vec append failed");
            return;
        }
    collect_clean();
    int ok = 1;
    for (size_t i = 0; i < n; i++) ok &= ((node *)v_obj(v->items[i]))->val == (int64_t)i;
    CHECK(ok, "values held by a raw block of a traced owner survive");

    /* A raw array known only to this frame, filled while allocating. */
    size_t m = 1000 / SCALE + 10;
    value *arr = gc_alloc_raw(m * sizeof(value));
    CHECK(arr != NULL, "raw block allocated");
    if (!arr) return;
    for (size_t i = 0; i < m; i++) arr[i] = v_from_obj(new_node((int64_t)i * 3, V_NULL));
    collect_clean();
    ok = 1;
    for (size_t i = 0; i < m; i++) ok &= ((node *)v_obj(arr[i]))->val == (int64_t)i * 3;
    CHECK(ok, "raw block on the C stack keeps its items");

    /* Shrinking and growing keep contents and zero new space. */
    value *r = gc_alloc_raw(16);
    r[0] = 7;
    r = gc_realloc_raw(r, 16, 5000);
    CHECK(r && r[0] == 7 && r[1] == 0 && r[624] == 0, "realloc to large keeps contents");
    r = gc_realloc_raw(r, 5000, 24);
    CHECK(r && r[0] == 7, "realloc to small keeps contents");
    __asm__ volatile("" : : "r"(v), "r"(arr) : "memory");
}

/* __del__: the hook is called once per object; it may resurrect. */
static int del_calls;
static object *del_last;
static value resurrected;
static int64_t del_seen_val;

static void del_hook(object *o)
{
    del_calls++;
    del_last = o;
    node *n = (node *)o;
    /* What the object reaches is still alive while __del__ runs. */
    del_seen_val = n->next ? ((node *)v_obj(n->next))->val : -1;
    /* Allocation and collection inside __del__ are allowed. */
    (void)make_chain(100);
    gc_collect();
    resurrected = v_from_obj(o);
}

__attribute__((noinline)) static uintptr_t make_finalizable(void)
{
    node *child = new_node(99, V_NULL);
    node *n = new_node(1, v_from_obj(child));
    CHECK(gc_register_finalizer(&n->hdr) == 0, "register finalizer");
    return (uintptr_t)n ^ 0x5555;    /* hidden from the stack scan */
}

/* Apart, so that the unhidden pointer stays out of test_finalizer's frame. */
__attribute__((noinline)) static void check_first_del(uintptr_t hidden)
{
    CHECK(del_calls == 1, "__del__ called once (%d)", del_calls);
    CHECK(del_last == (object *)(hidden ^ 0x5555), "on the right object");
    CHECK(del_seen_val == 99, "its referents alive during __del__ (%lld)", (long long)del_seen_val);
    gc_set_del_hook(NULL);
    collect_clean();
    CHECK(del_calls == 1, "resurrected object kept, not finalized again");
    CHECK(resurrected && ((node *)v_obj(resurrected))->val == 1, "resurrected object intact");
    del_last = NULL;
}

static void test_finalizer(void)
{
    gc_root(&resurrected);
    gc_set_del_hook(del_hook);
    uintptr_t hidden = make_finalizable();
    collect_clean();
    check_first_del(hidden);
    gc_set_del_hook(del_hook);
    nodes_freed = 0;
    resurrected = V_NULL;
    collect_clean();
    CHECK(del_calls == 1, "dying again: no second __del__ (%d)", del_calls);
    CHECK(nodes_freed >= 2, "and it is freed (%zu)", nodes_freed);
    gc_set_del_hook(NULL);
}

/* Finalizers wait for a safe point: a collection only queues them. */
__attribute__((noinline)) static void drop_finalizable(void)
{
    node *n = new_node(5, V_NULL);
    CHECK(gc_register_finalizer(&n->hdr) == 0, "register finalizer");
}

static void test_pending(void)
{
    gc_set_del_hook(del_hook);
    resurrected = V_NULL;
    int before = del_calls;
    drop_finalizable();
    clear_stack();
    gc_collect();
    CHECK(del_calls == before, "no __del__ inside the collection (%d)", del_calls - before);
    CHECK(gc_has_pending(), "but one is pending");
    gc_run_pending();
    CHECK(del_calls == before + 1, "run at the safe point (%d)", del_calls - before);
    CHECK(!gc_has_pending(), "nothing left pending");
    gc_set_del_hook(NULL);
    resurrected = V_NULL;
}

/* A del check saying "no longer needed": freed without resurrection. */
static bool refuse(object *o)
{
    (void)o;
    return false;
}

static void test_del_check(void)
{
    gc_set_del_hook(del_hook);
    gc_set_del_check(refuse);
    int before = del_calls;
    nodes_freed = 0;
    drop_finalizable();
    collect_clean();
    CHECK(del_calls == before, "declined: no __del__ (%d)", del_calls - before);
    CHECK(nodes_freed >= 1, "and freed in the same collection (%zu)", nodes_freed);
    gc_set_del_check(NULL);
    gc_set_del_hook(NULL);
}

static void test_max_request(void)
{
    size_t m = gc_max_request();
    CHECK(m > ((size_t)1 << 20) && m <= ((size_t)1 << 40), "a sane request limit (%zu)", m);
    exc_clear();
    CHECK(gc_alloc_raw(m + 1) == NULL, "beyond the limit: refused at once");
    exc_clear();
}

static void test_memory_error(void)
{
    exc_clear();
    object *o = gc_alloc(&node_type, (size_t)1 << 62);
    CHECK(o == NULL, "huge object request fails");
    /* Before the exception classes exist nothing can be set. */
    if (exc_occurred()) CHECK(exc_matches(&exc_MemoryError), "MemoryError set");
    exc_clear();
    CHECK(gc_alloc_raw((size_t)-8) == NULL, "huge raw request fails");
    exc_clear();
    CHECK(gc_alloc(&node_type, sizeof(node)) != NULL, "allocation works afterwards");
}

/* A random workload: a rooted vector of slots, replaced at random by new
 * chains of random length and by large objects, checked at the end. */
static value work_root;

static void test_stress(void)
{
    gc_root(&work_root);
    vec *slots = (vec *)gc_alloc(&vec_type, sizeof(vec));
    work_root = v_from_obj(slots);
    size_t nslots = 512;
    for (size_t i = 0; i < nslots; i++)
        if (vec_append(slots, V_NULL) < 0) return;
    int64_t *lens = calloc(nslots, sizeof *lens);
    uint64_t seed = 12345;
    size_t steps = 200000 / (SCALE * 4);
    for (size_t s = 0; s < steps; s++) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        size_t i = (seed >> 33) % nslots;
        int64_t len = (int64_t)((seed >> 20) % 20);
        if ((seed >> 12) % 100 == 0) {
            big *b = (big *)gc_alloc(&big_type, sizeof(big) + ((seed >> 40) % 4000) * sizeof(value));
            if (b) b->n = 0;
        }
        slots->items[i] = make_chain(len);
        lens[i] = len;
    }
    collect_clean();
    int ok = 1;
    for (size_t i = 0; i < nslots; i++) ok &= chain_check(slots->items[i], lens[i]) == lens[i];
    CHECK(ok, "random workload intact");
    gc_stats st;
    gc_get_stats(&st);
    printf("stress: %zu collections, %zu bytes live, %zu pages, %zu MB allocated\n",
           st.collections, st.heap_bytes, st.pages, st.total_allocated >> 20);
    free(lens);
    work_root = V_NULL;
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    if (runtime_init() != 0) {
        printf("runtime_init failed: testing the collector alone\n");
        gc_init();
    }
    test_locals_and_drop();
    test_reuse();
    test_interior_pointer();
    test_clobbered_bits();
    test_roots();
    test_static_object();
    test_million();
    test_trees();
    test_large();
    test_raw();
    test_finalizer();
    test_pending();
    test_del_check();
    test_max_request();
    test_memory_error();
    test_stress();
    if (failures) {
        printf("%d failures\n", failures);
        return 1;
    }
    printf("gc: all tests passed\n");
    return 0;
}
