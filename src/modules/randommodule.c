/* The `_random` module: the Random type random.py builds on, a Mersenne
 * Twister (MT19937) whose every output matches CPython 3.11's for the
 * same seed: an int seed is taken by absolute value and fed to
 * init_by_array as its 32-bit words, least significant first; any other
 * hashable seed by its hash as an unsigned 64-bit number; no seed (or
 * None) reads 624 words from the OS. random() builds a 53-bit float from
 * two outputs, getrandbits(k) fills k bits 32 at a time from the low end.
 * getstate/setstate exchange the 624 words and the position as a tuple.
 * The state is plain C data inside the object, so tracing has nothing to
 * mark. */
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/dict.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

#define MT_N 624
#define MT_M 397

typedef struct random_object {
    object hdr;
    int index;
    uint32_t mt[MT_N];
} random_object;

extern type_object random_type;

#define R(v) ((random_object *)v_obj(v))

/* -- The generator (Matsumoto and Nishimura's reference algorithm) -------------- */

static void init_genrand(random_object *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(random_object *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->mt;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;   /* a non-zero initial array */
}

static uint32_t genrand(random_object *r)
{
    static const uint32_t mag01[2] = { 0, 0x9908b0dfu };
    uint32_t *mt = r->mt, y;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* -- Seeding ---------------------------------------------------------------------- */

static void seed_from_os(random_object *r)
{
    uint32_t key[MT_N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t n = getrandom((char *)key + got, sizeof key - got, 0);
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    if (got < sizeof key) {
        /* no OS randomness: the time and the process id, as CPython falls back to */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)((uint64_t)ts.tv_sec >> 32);
        key[2] = (uint32_t)ts.tv_nsec;
        key[3] = (uint32_t)getpid();
        clock_gettime(CLOCK_MONOTONIC, &ts);
        key[4] = (uint32_t)ts.tv_sec;
        key[5] = (uint32_t)ts.tv_nsec;
        init_by_array(r, key, 6);
        return;
    }
    init_by_array(r, key, MT_N);
}

static int random_seed_with(value self, value arg)
{
    random_object *r = R(self);
    if (!arg || arg == V_NONE) {
        seed_from_os(r);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    if (v_is_int_like(arg)) {
        int_to_mpz(arg, z);   /* the int value itself: a subclass's __abs__ is not called */
        mpz_abs(z, z);
    } else {
        int64_t h;
        if (obj_hash(arg, &h) < 0) {
            mpz_clear(z);
            return -1;
        }
        mpz_set_ui(z, (unsigned long)(uint64_t)h);
    }
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32, count = 0;
    uint32_t *key = calloc(words ? words : 1, sizeof(uint32_t));
    if (!key) {
        mpz_clear(z);
        exc_no_memory();
        return -1;
    }
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    init_by_array(r, key, count ? count : 1);   /* a zero seed is the one word 0 */
    free(key);
    return 0;
}

/* -- Methods ------------------------------------------------------------------------ */

static value random_random(value self, int argc, const value *argv, value kwnames)
{
    random_object *r = R(self);
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static value random_seed(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("Random.seed", kwnames) < 0 || args_count("seed", argc, 0, 1) < 0)
        return V_NULL;
    if (random_seed_with(self, argc ? argv[0] : V_NULL) < 0)
        return V_NULL;
    return V_NONE;
}

static value random_getstate(value self, int argc, const value *argv, value kwnames)
{
    random_object *r = R(self);
    value t = tuple_new(MT_N + 1);
    if (!t)
        return V_NULL;
    for (int i = 0; i < MT_N; i++)
        tuple_items(t)[i] = v_small(r->mt[i]);
    tuple_items(t)[MT_N] = v_small(r->index);
    return t;
}

static value random_setstate(value self, int argc, const value *argv, value kwnames)
{
    value state = argv[0];
    if (!v_isinstance(state, &tuple_type))
        return exc_raise(&exc_TypeError, "state vector must be a tuple");
    if (tuple_len(state) != MT_N + 1)
        return exc_raise(&exc_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    mpz_t z;
    mpz_init(z);
    for (int i = 0; i < MT_N; i++) {
        value e = tuple_get(state, (size_t)i);
        if (!v_is_int_like(e)) {
            mpz_clear(z);
            return exc_raise(&exc_TypeError, "an integer is required");
        }
        int_to_mpz(e, z);
        if (mpz_sgn(z) < 0) {
            mpz_clear(z);
            return exc_raise(&exc_OverflowError, "can't convert negative value to unsigned int");
        }
        if (!mpz_fits_ulong_p(z)) {
            mpz_clear(z);
            return exc_raise(&exc_OverflowError, "Python int too large to convert to C unsigned long");
        }
        words[i] = (uint32_t)mpz_get_ui(z);
    }
    mpz_clear(z);
    value iv = obj_index(tuple_get(state, MT_N));
    int64_t index;
    if (!iv)
        return V_NULL;
    if (int_as_i64(iv, &index) < 0) {
        exc_clear();
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C long");
    }
    if (index < 0 || index > MT_N)
        return exc_raise(&exc_ValueError, "invalid state");
    random_object *r = R(self);
    r->index = (int)index;
    memcpy(r->mt, words, sizeof words);
    return V_NONE;
}

static value random_getrandbits(value self, int argc, const value *argv, value kwnames)
{
    value kv = obj_index(argv[0]);
    int64_t k;
    if (!kv)
        return V_NULL;
    if (int_as_i64(kv, &k) < 0 || k > INT32_MAX || k < INT32_MIN) {
        exc_clear();
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    }
    if (k < 0)
        return exc_raise(&exc_ValueError, "number of bits must be non-negative");
    random_object *r = R(self);
    if (k == 0)
        return v_small(0);
    if (k <= 32)
        return v_small(genrand(r) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    /* GMP aborts when its malloc fails: refuse what the heap could not hold */
    uint32_t *w = (double)k / 8 * 3 > (double)gc_max_request() ? NULL : malloc(words * sizeof(uint32_t));
    if (!w)
        return exc_no_memory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand(r);
        if (k < 32)
            x >>= 32 - k;   /* the last word keeps its high bits */
        w[i] = x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
    value result = int_from_mpz(z);
    mpz_clear(z);
    return result;
}

/* -- The type and the module -------------------------------------------------------- */

static value random_new(type_object *type, int argc, const value *argv, value kwnames)
{
    random_object *r = (random_object *)seq_alloc(type, sizeof(random_object), 0);
    if (!r)
        return V_NULL;
    r->index = MT_N + 1;   /* unseeded until __init__ runs */
    init_genrand(r, 19650218u);
    return v_from_obj(r);
}

static int random_init(value self, int argc, const value *argv, value kwnames)
{
    type_object *t = v_type(self);
    if ((t == &random_type || t->init == random_type.init) &&
        args_no_kw("Random", kwnames) < 0)
        return -1;
    if (argc > 1) {
        exc_raise(&exc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed_with(self, argc ? argv[0] : V_NULL);
}

static void random_trace(object *o, gc_tracer *t) { (void)o, (void)t; }

static const method_def random_methods[] = {
    { "random", random_random, METH_NOARGS, "random() -> x in the interval [0, 1)." },
    { "seed", random_seed, METH_FAST, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier." },
    { "getstate", random_getstate, METH_NOARGS, "getstate() -> tuple containing the current state." },
    { "setstate", random_setstate, METH_O, "setstate(state) -> None.  Restores generator state." },
    { "getrandbits", random_getrandbits, METH_O, "getrandbits(k) -> x.  Generates an int with k random bits." },
    { NULL, NULL, 0, NULL },
};

type_object random_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_random.Random",
    .basicsize = sizeof(random_object),
    .flags = TYPE_BASETYPE,
    .trace = random_trace,
    .getattr = obj_generic_getattr,
    .new = random_new,
    .init = random_init,
    .methods = random_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

value randommodule_init(void)
{
    value m = module_new("_random");
    if (!m)
        return V_NULL;
    if (!(random_type.flags & TYPE_READY) && type_ready(&random_type) < 0)
        return V_NULL;
    value d = module_dict(m);
    value doc = str_from_cstr("Module implements the Mersenne Twister random number generator.");
    if (!doc || dict_set_cstr(d, "Random", v_from_obj(&random_type)) < 0 ||
        dict_set_cstr(d, "__doc__", doc) < 0)
        return V_NULL;
    return m;
}
