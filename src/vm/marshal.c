/* Serialising values (marshal.h): the writer, which walks a value and
 * appends records to a strbuf, and the reader, which turns records back
 * into values while checking everything it reads. The record kinds and
 * their layouts are documented in docs/pyc.md; the two halves below must
 * stay in step with that page.
 *
 * Strings are the bulk of any image and repeat a lot (every code object
 * names its file; names recur across functions), so each str is written
 * once: the writer numbers strs in the order it first writes them (by
 * identity, which for interned names is by value) and writes a later
 * occurrence as a back-reference to its number; the reader keeps the strs
 * it has made, in order, in a list (a GC-visible object, so the strs
 * stay alive while nothing else holds them yet). Interned strs are
 * written as such and interned again on load; the names of code objects
 * (co_names, co_varnames ...) are interned on load whatever the record
 * says, since the VM compares them by pointer. */
#include <gmp.h>
#include <stdlib.h>
#include <string.h>
#include "marshal.h"
#include "code.h"
#include "code_verify.h"
#include "exc.h"
#include "../gc/gc.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../unicode/unicode.h"

/* The record kinds: one byte each (docs/pyc.md, "Records"). */
enum {
    R_NONE = 'N', R_TRUE = 'T', R_FALSE = 'F', R_ELLIPSIS = '.',
    R_INT = 'i',        /* zigzag varint (int64) */
    R_LONG = 'l',       /* sign byte, varint n, n magnitude bytes little-endian */
    R_FLOAT = 'g',      /* 8 bytes: IEEE 754 double, little-endian */
    R_COMPLEX = 'y',    /* 16 bytes: real, imaginary */
    R_STR = 'u',        /* varint n, n bytes of UTF-8 */
    R_INTERNED = 'n',   /* the same, interned on load */
    R_REF = 'r',        /* varint: index of an earlier str */
    R_BYTES = 'b',      /* varint n, n bytes */
    R_TUPLE = '(', R_LIST = '[', R_SET = '<', R_FROZENSET = '>',   /* varint n, n records */
    R_DICT = '{',       /* varint n, n key and value records */
    R_CODE = 'c',       /* see w_code */
};

/* -- Writing ------------------------------------------------------------ */

/* The strs written so far: an open-addressed table from the str's address
 * to its back-reference number. */
typedef struct str_table {
    value *keys;
    uint32_t *idx;
    size_t cap, n;
} str_table;

typedef struct writer {
    strbuf *out;
    str_table strs;
    int depth;
    const char *error;   /* set once: the ValueError to raise */
    bool no_memory;
} writer;

static size_t ptr_hash(value v)
{
    uint64_t h = (uint64_t)v * 0x9E3779B97F4A7C15u;
    return (size_t)(h >> 17);
}

/* The number of str s when it was written before, else -1 after giving it
 * the next number. */
static int64_t str_table_find_or_add(writer *w, value s)
{
    str_table *t = &w->strs;
    if (t->n * 2 >= t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        value *keys = calloc(cap, sizeof(value));
        uint32_t *idx = malloc(cap * sizeof(uint32_t));
        if (!keys || !idx) {
            free(keys);
            free(idx);
            w->no_memory = true;
            return -1;
        }
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->keys[i])
                continue;
            size_t j = ptr_hash(t->keys[i]) & (cap - 1);
            while (keys[j])
                j = (j + 1) & (cap - 1);
            keys[j] = t->keys[i];
            idx[j] = t->idx[i];
        }
        free(t->keys);
        free(t->idx);
        t->keys = keys;
        t->idx = idx;
        t->cap = cap;
    }
    size_t j = ptr_hash(s) & (t->cap - 1);
    while (t->keys[j]) {
        if (t->keys[j] == s)
            return t->idx[j];
        j = (j + 1) & (t->cap - 1);
    }
    t->keys[j] = s;
    t->idx[j] = (uint32_t)t->n++;
    return -1;
}

static void w_byte(writer *w, int b)
{
    sb_putc(w->out, (char)b);
}

static void w_bytes(writer *w, const void *p, size_t n)
{
    sb_append(w->out, p, n);
}

static void w_uvar(writer *w, uint64_t v)
{
    uint8_t buf[10];
    int n = 0;
    while (v >= 0x80) {
        buf[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    buf[n++] = (uint8_t)v;
    w_bytes(w, buf, (size_t)n);
}

/* Signed ints as zigzag varints: small magnitudes of either sign are short. */
static void w_svar(writer *w, int64_t v)
{
    w_uvar(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void w_u64le(writer *w, uint64_t v)
{
    uint8_t buf[8];
    for (int i = 0; i < 8; i++)
        buf[i] = (uint8_t)(v >> (8 * i));
    w_bytes(w, buf, 8);
}

static void w_double(writer *w, double d)
{
    uint64_t bits;
    memcpy(&bits, &d, 8);
    w_u64le(w, bits);
}

static void w_object(writer *w, value v);

static void w_int(writer *w, value v)
{
    if (v_is_int(v)) {
        w_byte(w, R_INT);
        w_svar(w, v_int(v));
        return;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    if (mpz_fits_slong_p(z)) {
        w_byte(w, R_INT);
        w_svar(w, mpz_get_si(z));
    } else {
        size_t n = 0;
        void *mag = mpz_export(NULL, &n, -1, 1, 0, 0, z);   /* least significant byte first */
        if (!mag) {
            w->no_memory = true;
        } else {
            w_byte(w, R_LONG);
            w_byte(w, mpz_sgn(z) < 0);
            w_uvar(w, n);
            w_bytes(w, mag, n);
            void (*gmp_free)(void *, size_t);
            mp_get_memory_functions(NULL, NULL, &gmp_free);
            gmp_free(mag, n);
        }
    }
    mpz_clear(z);
}

static void w_str(writer *w, value s)
{
    int64_t ref = str_table_find_or_add(w, s);
    if (ref >= 0) {
        w_byte(w, R_REF);
        w_uvar(w, (uint64_t)ref);
        return;
    }
    w_byte(w, (v_obj(s)->flags & STR_INTERNED) ? R_INTERNED : R_STR);
    w_uvar(w, str_size(s));
    w_bytes(w, str_data(s), str_size(s));
}

static void w_items(writer *w, int kind, const value *items, size_t n)
{
    w_byte(w, kind);
    w_uvar(w, n);
    for (size_t i = 0; i < n && !w->error; i++)
        w_object(w, items[i]);
}

static void w_set(writer *w, value s)
{
    w_byte(w, v_obj(s)->type == &frozenset_type ? R_FROZENSET : R_SET);
    w_uvar(w, set_len(s));
    size_t pos = 0;
    value k;
    while (!w->error && set_next(s, &pos, &k))
        w_object(w, k);
}

static void w_dict(writer *w, value d)
{
    w_byte(w, R_DICT);
    w_uvar(w, dict_len(d));
    size_t pos = 0;
    value k, v;
    while (!w->error && dict_next(d, &pos, &k, &v)) {
        w_object(w, k);
        w_object(w, v);
    }
}

/* The positions, as runs of instructions that share one: the run's
 * length, then the line as a delta from the previous run's, the end line
 * from the line, the column, the end column from the column. */
static void w_positions(writer *w, code_object *co)
{
    int64_t prev_line = 0;
    for (int i = 0; i < co->ninstrs;) {
        const code_pos *p = &co->positions[i];
        int k = i + 1;
        while (k < co->ninstrs && !memcmp(&co->positions[k], p, sizeof *p))
            k++;
        w_uvar(w, (uint64_t)(k - i));
        w_svar(w, (int64_t)p->lineno - prev_line);
        w_svar(w, (int64_t)p->end_lineno - p->lineno);
        w_svar(w, p->col);
        w_svar(w, (int64_t)p->end_col - p->col);
        prev_line = p->lineno;
        i = k;
    }
}

static void w_code(writer *w, code_object *co)
{
    w_byte(w, R_CODE);
    w_svar(w, co->argcount);
    w_svar(w, co->posonlyargcount);
    w_svar(w, co->kwonlyargcount);
    w_svar(w, co->flags);
    w_svar(w, co->firstlineno);
    w_svar(w, co->stacksize);
    w_uvar(w, (uint64_t)co->ninstrs);
    for (int i = 0; i < co->ninstrs; i++) {
        uint8_t word[2] = { (uint8_t)co->instrs[i], (uint8_t)(co->instrs[i] >> 8) };
        w_bytes(w, word, 2);
    }
    w_object(w, co->localsplusnames);
    w_bytes(w, co->localspluskinds, (size_t)co->nlocalsplus);
    w_object(w, co->consts);
    w_object(w, co->names);
    w_object(w, co->filename);
    w_object(w, co->name);
    w_object(w, co->qualname);
    w_uvar(w, (uint64_t)co->nexc);
    for (int i = 0; i < co->nexc; i++) {
        const code_exc_entry *e = &co->exctable[i];
        w_uvar(w, (uint64_t)e->start);
        w_uvar(w, (uint64_t)(e->end - e->start));
        w_uvar(w, (uint64_t)e->target);
        w_uvar(w, (uint64_t)e->depth << 1 | e->lasti);
    }
    w_positions(w, co);
}

static void w_object(writer *w, value v)
{
    if (w->error)
        return;
    if (++w->depth > MARSHAL_MAX_DEPTH) {
        w->error = "object too deeply nested to marshal";
        return;
    }
    const char *data;
    size_t size;
    type_object *t = v_type(v);
    if (v == V_NONE)
        w_byte(w, R_NONE);
    else if (v == V_TRUE)
        w_byte(w, R_TRUE);
    else if (v == V_FALSE)
        w_byte(w, R_FALSE);
    else if (v == V_ELLIPSIS)
        w_byte(w, R_ELLIPSIS);
    else if (t == &int_type)
        w_int(w, v);
    else if (t == &float_type) {
        w_byte(w, R_FLOAT);
        w_double(w, v_float(v));
    } else if (t == &complex_type) {
        complex_object *c = (complex_object *)v_obj(v);
        w_byte(w, R_COMPLEX);
        w_double(w, c->re);
        w_double(w, c->im);
    } else if (t == &str_type)
        w_str(w, v);
    else if (t == &tuple_type)
        w_items(w, R_TUPLE, tuple_items(v), tuple_len(v));
    else if (t == &list_type)
        w_items(w, R_LIST, v_list(v)->items, list_len(v));
    else if (t == &set_type || t == &frozenset_type)
        w_set(w, v);
    else if (t == &dict_type)
        w_dict(w, v);
    else if (t == &code_type)
        w_code(w, v_code(v));
    else if (buffer_get(v, &data, &size)) {   /* bytes and any bytes-like object, as CPython */
        w_byte(w, R_BYTES);
        w_uvar(w, size);
        w_bytes(w, data, size);
    } else
        w->error = "unmarshallable object";
    w->depth--;
}

int marshal_dump(value v, strbuf *out)
{
    writer w = { .out = out };
    w_object(&w, v);
    free(w.strs.keys);
    free(w.strs.idx);
    if (w.error) {
        exc_raise(&exc_ValueError, "%s", w.error);
        return -1;
    }
    if (w.no_memory || out->failed) {
        exc_no_memory();
        return -1;
    }
    return 0;
}

/* -- Reading ------------------------------------------------------------ */

typedef struct reader {
    const uint8_t *p, *end;
    value strs;          /* list: the strs read so far, for R_REF */
    int depth;
    bool trusted;        /* checksummed cache data: code_verify is skipped */
} reader;

static value bad(const char *why)
{
    return exc_raise(&exc_ValueError, "bad marshal data (%s)", why);
}

static value too_short(void)
{
    return exc_raise(&exc_EOFError, "marshal data too short");
}

static size_t left(reader *r)
{
    return (size_t)(r->end - r->p);
}

static bool r_uvar_long(reader *r, uint64_t *out);

/* Most varints (positions, counts, small args) are one byte: that case
 * inline, the others out of line. */
static inline bool r_uvar(reader *r, uint64_t *out)
{
    if (__builtin_expect(r->p < r->end && *r->p < 0x80, 1)) {
        *out = *r->p++;
        return true;
    }
    return r_uvar_long(r, out);
}

__attribute__((noinline))
static bool r_uvar_long(reader *r, uint64_t *out)
{
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        if (r->p >= r->end) {
            too_short();
            return false;
        }
        uint8_t b = *r->p++;
        if (shift == 63 && b > 1) {
            bad("varint overflow");
            return false;
        }
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
        if (shift == 63) {
            bad("varint overflow");
            return false;
        }
    }
    *out = v;
    return true;
}

static inline bool r_svar(reader *r, int64_t *out)
{
    uint64_t u;
    if (!r_uvar(r, &u))
        return false;
    *out = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
    return true;
}

/* A signed int that must fit an int field. */
static bool r_int32(reader *r, int *out)
{
    int64_t v;
    if (!r_svar(r, &v))
        return false;
    if (v < INT32_MIN || v > INT32_MAX) {
        bad("int field out of range");
        return false;
    }
    *out = (int)v;
    return true;
}

/* A count of items each at least `unit` bytes long: never more than the
 * bytes left could hold, so a huge count fails before anything is
 * allocated for it. */
static bool r_count(reader *r, size_t unit, size_t *out)
{
    uint64_t n;
    if (!r_uvar(r, &n))
        return false;
    if (n > INT32_MAX) {
        bad("size out of range");
        return false;
    }
    if (n > left(r) / unit) {
        too_short();
        return false;
    }
    *out = (size_t)n;
    return true;
}

static bool r_u64le(reader *r, uint64_t *out)
{
    if (left(r) < 8) {
        too_short();
        return false;
    }
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)r->p[i] << (8 * i);
    r->p += 8;
    *out = v;
    return true;
}

static bool r_double(reader *r, double *out)
{
    uint64_t bits;
    if (!r_u64le(r, &bits))
        return false;
    memcpy(out, &bits, 8);
    return true;
}

static bool utf8_valid(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        int k = utf8_decode((const char *)s + i, n - i, &cp);
        if (!k)
            return false;
        i += (size_t)k;
    }
    return true;
}

static value r_object(reader *r);

static value r_long(reader *r)
{
    if (left(r) < 1)
        return too_short();
    int neg = *r->p++;
    if (neg > 1)
        return bad("long sign");
    size_t n;
    if (!r_count(r, 1, &n))
        return V_NULL;
    if (n == 0)
        return bad("empty long");
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, -1, 1, 0, 0, r->p);
    r->p += n;
    if (neg)
        mpz_neg(z, z);
    value v = int_from_mpz(z);
    mpz_clear(z);
    return v;
}

static value r_str(reader *r, bool interned)
{
    size_t n;
    if (!r_count(r, 1, &n))
        return V_NULL;
    if (!utf8_valid(r->p, n))
        return bad("invalid UTF-8");
    value s = str_from_utf8((const char *)r->p, n);
    r->p += n;
    if (s && interned)
        s = str_intern(s);
    if (!s || list_append(r->strs, s) < 0)
        return V_NULL;
    return s;
}

static value r_ref(reader *r)
{
    uint64_t i;
    if (!r_uvar(r, &i))
        return V_NULL;
    if (i >= list_len(r->strs))
        return bad("back-reference out of range");
    return list_get(r->strs, (size_t)i);
}

/* n records into a new tuple. */
static value r_tuple(reader *r)
{
    size_t n;
    if (!r_count(r, 1, &n))
        return V_NULL;
    value t = tuple_new(n);
    if (!t)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value x = r_object(r);
        if (!x)
            return V_NULL;
        tuple_items(t)[i] = x;
    }
    return t;
}

static value r_list(reader *r)
{
    size_t n;
    if (!r_count(r, 1, &n))
        return V_NULL;
    value l = list_new(0);
    if (!l)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value x = r_object(r);
        if (!x || list_append(l, x) < 0)
            return V_NULL;
    }
    return l;
}

static value r_set(reader *r, bool frozen)
{
    value items = r_tuple(r);
    if (!items)
        return V_NULL;
    return frozen ? frozenset_new(items) : set_new(items);
}

static value r_dict(reader *r)
{
    size_t n;
    if (!r_count(r, 2, &n))
        return V_NULL;
    value d = dict_new();
    if (!d)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value k = r_object(r);
        value v = k ? r_object(r) : V_NULL;
        if (!v || dict_set(d, k, v) < 0)
            return V_NULL;
    }
    return d;
}

/* -- Reading code objects ---------------------------------------------- */

/* The arrays a code object is made from, while they are read: blocks of
 * gc_alloc_raw that the code object adopts (code_init.adopt_arrays).
 * Until then the C stack holds them, which keeps them alive; on an error
 * they are garbage. */
typedef struct code_parts {
    code_unit *instrs;
    code_pos *positions;
    uint8_t *kinds;
    code_exc_entry *exc;
} code_parts;

/* A record that must be a tuple of str, interned (names the VM compares
 * by pointer). */
static value r_names(reader *r)
{
    value t = r_object(r);
    if (!t)
        return V_NULL;
    if (!v_is_tuple(t))
        return bad("names are not a tuple");
    for (size_t i = 0; i < tuple_len(t); i++) {
        value s = tuple_get(t, i);
        if (!v_is_str(s))
            return bad("name is not a str");
        if (!(v_obj(s)->flags & STR_INTERNED) && !(s = str_intern(s)))
            return V_NULL;
        tuple_items(t)[i] = s;
    }
    return t;
}

static value r_str_field(reader *r)
{
    value s = r_object(r);
    if (s && !v_is_str(s))
        return bad("code name is not a str");
    return s;
}

static bool r_instrs(reader *r, code_init *in, code_parts *parts)
{
    size_t n;
    if (!r_count(r, 2, &n))
        return false;
    if (n == 0) {
        bad("empty code");
        return false;
    }
    if (!(parts->instrs = gc_alloc_raw(n * sizeof(code_unit))) ||
        !(parts->positions = gc_alloc_raw(n * sizeof(code_pos))))
        return false;
    for (size_t i = 0; i < n; i++)
        parts->instrs[i] = (code_unit)(r->p[2 * i] | r->p[2 * i + 1] << 8);
    r->p += 2 * n;
    in->ninstrs = (int)n;
    in->instrs = parts->instrs;
    in->positions = parts->positions;
    return true;
}

static bool r_exc_table(reader *r, code_init *in, code_parts *parts)
{
    size_t n;
    if (!r_count(r, 4, &n))
        return false;
    if (!(parts->exc = gc_alloc_raw((n ? n : 1) * sizeof(code_exc_entry))))
        return false;
    for (size_t i = 0; i < n; i++) {
        uint64_t start, len, target, dl;
        if (!r_uvar(r, &start) || !r_uvar(r, &len) || !r_uvar(r, &target) || !r_uvar(r, &dl))
            return false;
        if (start > INT32_MAX || len > INT32_MAX || start + len > INT32_MAX || target > INT32_MAX ||
            dl >> 1 > INT32_MAX) {
            bad("exception table entry out of range");
            return false;
        }
        parts->exc[i] = (code_exc_entry){ .start = (int)start, .end = (int)(start + len),
                                          .target = (int)target, .depth = (int)(dl >> 1),
                                          .lasti = dl & 1 };
    }
    in->nexc = (int)n;
    in->exctable = parts->exc;
    return true;
}

static bool fits_int(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* A position delta: the difference of two ints, so within +-2^33. */
static bool small_delta(int64_t d) { return d >= -((int64_t)1 << 33) && d <= (int64_t)1 << 33; }

static bool r_positions(reader *r, code_init *in, code_parts *parts)
{
    int64_t line = 0;
    for (int i = 0; i < in->ninstrs;) {
        uint64_t run;
        int64_t dl, de, col, dc;
        if (!r_uvar(r, &run) || !r_svar(r, &dl) || !r_svar(r, &de) || !r_svar(r, &col) ||
            !r_svar(r, &dc))
            return false;
        if (run == 0 || run > (uint64_t)(in->ninstrs - i)) {
            bad("bad position run");
            return false;
        }
        if (!small_delta(dl) || !small_delta(de) || !small_delta(dc) || !fits_int(col) ||
            !fits_int(line + dl) || !fits_int(line + dl + de) || !fits_int(col + dc)) {
            bad("position out of range");
            return false;
        }
        line += dl;
        code_pos p = { (int)line, (int)(line + de), (int)col, (int)(col + dc) };
        for (uint64_t k = 0; k < run; k++)
            parts->positions[i++] = p;
    }
    return true;
}

static value r_code_body(reader *r, code_parts *parts)
{
    code_init in = { .adopt_arrays = true };
    if (!r_int32(r, &in.argcount) || !r_int32(r, &in.posonlyargcount) ||
        !r_int32(r, &in.kwonlyargcount) || !r_int32(r, &in.flags) || !r_int32(r, &in.firstlineno) ||
        !r_int32(r, &in.stacksize) || !r_instrs(r, &in, parts))
        return V_NULL;
    if (!(in.localsplusnames = r_names(r)))
        return V_NULL;
    size_t nlp = tuple_len(in.localsplusnames);
    if (left(r) < nlp)
        return too_short();
    if (!(parts->kinds = gc_alloc_raw(nlp ? nlp : 1)))
        return V_NULL;
    memcpy(parts->kinds, r->p, nlp);
    r->p += nlp;
    in.nlocalsplus = (int)nlp;
    in.localspluskinds = parts->kinds;
    if (!(in.consts = r_object(r)))
        return V_NULL;
    if (!v_is_tuple(in.consts))
        return bad("consts are not a tuple");
    if (!(in.names = r_names(r)) || !(in.filename = r_str_field(r)) || !(in.name = r_str_field(r)) ||
        !(in.qualname = r_str_field(r)) || !r_exc_table(r, &in, parts) || !r_positions(r, &in, parts))
        return V_NULL;
    value co = code_new(&in);
    if (!co || r->trusted)
        return co;
    const char *why = code_verify(v_code(co));
    if (why)
        return strcmp(why, "out of memory") ? bad(why) : exc_no_memory();
    return co;
}

static value r_code(reader *r)
{
    code_parts parts = { 0 };
    value co = r_code_body(r, &parts);
    __asm__ volatile("" : : "r"(&parts) : "memory");   /* the blocks stay on the stack until adopted */
    return co;
}

static value r_object(reader *r)
{
    if (r->p >= r->end)
        return too_short();
    if (++r->depth > MARSHAL_MAX_DEPTH) {
        r->depth--;
        return bad("nested too deeply");
    }
    value v = V_NULL;
    int kind = *r->p++;
    double re, im;
    int64_t i;
    switch (kind) {
    case R_NONE: v = V_NONE; break;
    case R_TRUE: v = V_TRUE; break;
    case R_FALSE: v = V_FALSE; break;
    case R_ELLIPSIS: v = V_ELLIPSIS; break;
    case R_INT:
        if (r_svar(r, &i))
            v = int_from_i64(i);
        break;
    case R_LONG: v = r_long(r); break;
    case R_FLOAT:
        if (r_double(r, &re))
            v = float_new(re);
        break;
    case R_COMPLEX:
        if (r_double(r, &re) && r_double(r, &im))
            v = complex_new(re, im);
        break;
    case R_STR: case R_INTERNED: v = r_str(r, kind == R_INTERNED); break;
    case R_REF: v = r_ref(r); break;
    case R_BYTES: {
        size_t n;
        if (r_count(r, 1, &n)) {
            v = bytes_from((const char *)r->p, n);
            r->p += n;
        }
        break;
    }
    case R_TUPLE: v = r_tuple(r); break;
    case R_LIST: v = r_list(r); break;
    case R_SET: case R_FROZENSET: v = r_set(r, kind == R_FROZENSET); break;
    case R_DICT: v = r_dict(r); break;
    case R_CODE: v = r_code(r); break;
    default: v = bad("unknown type code"); break;
    }
    r->depth--;
    return v;
}

static value load_prefix(const uint8_t *buf, size_t len, size_t *used, bool trusted)
{
    *used = 0;
    if (len == 0)
        return exc_raise(&exc_EOFError, "EOF read where object expected");
    reader r = { .p = buf, .end = buf + len, .trusted = trusted };
    r.strs = list_new(0);
    if (!r.strs)
        return V_NULL;
    value v = r_object(&r);
    *used = (size_t)(r.p - buf);
    return v;
}

value marshal_load_prefix(const uint8_t *buf, size_t len, size_t *used)
{
    return load_prefix(buf, len, used, false);
}

static value load_whole(const uint8_t *buf, size_t len, bool trusted)
{
    size_t used = 0;
    value v = load_prefix(buf, len, &used, trusted);
    if (v && used != len)
        return bad("bytes after the data");
    return v;
}

value marshal_load(const uint8_t *buf, size_t len) { return load_whole(buf, len, false); }
value marshal_load_trusted(const uint8_t *buf, size_t len) { return load_whole(buf, len, true); }
