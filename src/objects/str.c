/* str, the core: construction from UTF-8, the lazily built index that maps
 * code points to byte offsets for non-ASCII strings (one sampled offset
 * every 64 code points, so s[i] costs at most 64 steps), hashing (SipHash-1-3
 * over the same bytes CPython hashes: latin-1, UCS-2 or UCS-4 by the widest
 * character, so PYTHONHASHSEED=0 gives CPython's hashes), the intern table,
 * the str builder, str_format (PyUnicode_FromFormat's cousin), and the type
 * object with its slots (repr, hash, compare, len, indexing, in, +, *, %,
 * iteration). The methods live in str_methods.c, % in str_mod.c, str.format
 * in str_format.c, case mappings and character classes in str_case.c. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include "str_internal.h"
#include "int.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"
#include "../util/repr.h"
#include "../util/strbuf.h"
#include "../unicode/unicode.h"

#define INDEX_STEP 64

/* -- Hashing ---------------------------------------------------------------- */

static uint64_t hash_k0, hash_k1;
static int hash_ready;
bool str_hash_ignore_env;

/* CPython's rule: PYTHONHASHSEED unset or "random" randomises; "0" keeps the
 * key zero (CPython's own hashes); another number seeds a fixed key. */
void str_hash_init(void)
{
    if (hash_ready) return;    /* hashes already handed out must stay valid */
    hash_ready = 1;
    const char *seed = str_hash_ignore_env ? NULL : getenv("PYTHONHASHSEED");
    if (seed && *seed && strcmp(seed, "random") != 0) {
        unsigned long n = strtoul(seed, NULL, 10);
        if (n == 0) { hash_k0 = hash_k1 = 0; return; }
        uint64_t x = n * 0x9E3779B97F4A7C15ULL;
        hash_k0 = x ^ 0x736f6d6570736575ULL;
        hash_k1 = (x * 0xBF58476D1CE4E5B9ULL) ^ 0x646f72616e646f6dULL;
        return;
    }
    uint64_t k[2] = {0, 0};
    if (getrandom(k, sizeof k, 0) != (ssize_t)sizeof k) {
        k[0] = (uint64_t)(uintptr_t)&k ^ 0x9E3779B97F4A7C15ULL;
        k[1] = (uint64_t)(uintptr_t)&hash_k0 * 0xBF58476D1CE4E5B9ULL;
    }
    hash_k0 = k[0];
    hash_k1 = k[1];
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

typedef struct sip {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;      /* pending bytes, little-endian */
    unsigned ntail;
    uint64_t total;
} sip;

static inline void sip_round(sip *s)
{
    s->v0 += s->v1; s->v1 = ROTL(s->v1, 13); s->v1 ^= s->v0; s->v0 = ROTL(s->v0, 32);
    s->v2 += s->v3; s->v3 = ROTL(s->v3, 16); s->v3 ^= s->v2;
    s->v0 += s->v3; s->v3 = ROTL(s->v3, 21); s->v3 ^= s->v0;
    s->v2 += s->v1; s->v1 = ROTL(s->v1, 17); s->v1 ^= s->v2; s->v2 = ROTL(s->v2, 32);
}

static void sip_init(sip *s)
{
    s->v0 = hash_k0 ^ 0x736f6d6570736575ULL;
    s->v1 = hash_k1 ^ 0x646f72616e646f6dULL;
    s->v2 = hash_k0 ^ 0x6c7967656e657261ULL;
    s->v3 = hash_k1 ^ 0x7465646279746573ULL;
    s->tail = 0;
    s->ntail = 0;
    s->total = 0;
}

static inline void sip_byte(sip *s, unsigned char b)
{
    s->tail |= (uint64_t)b << (8 * s->ntail);
    s->total++;
    if (++s->ntail == 8) {
        s->v3 ^= s->tail;
        sip_round(s);          /* SipHash-1-3: one compression round */
        s->v0 ^= s->tail;
        s->tail = 0;
        s->ntail = 0;
    }
}

static uint64_t sip_final(sip *s)
{
    uint64_t b = (s->total << 56) | s->tail;
    s->v3 ^= b;
    sip_round(s);
    s->v0 ^= b;
    s->v2 ^= 0xff;
    sip_round(s); sip_round(s); sip_round(s);
    return s->v0 ^ s->v1 ^ s->v2 ^ s->v3;
}

/* Hashes the text as CPython stores it: one, two or four bytes per
 * character, by the widest character. */
static int64_t compute_hash(const str_object *so)
{
    if (so->len == 0) return 0;
    if (!hash_ready) str_hash_init();
    const char *d = so->data;
    sip s;
    sip_init(&s);
    if (so->hdr.flags & STR_ASCII) {
        for (size_t i = 0; i < so->size; i++) sip_byte(&s, (unsigned char)d[i]);
    } else {
        uint32_t maxc = 0;
        for (size_t p = 0; p < so->size;) {
            uint32_t c = str_next_cp(d, so->size, &p);
            if (c > maxc) maxc = c;
        }
        int width = maxc < 256 ? 1 : maxc < 65536 ? 2 : 4;
        for (size_t p = 0; p < so->size;) {
            uint32_t c = str_next_cp(d, so->size, &p);
            for (int k = 0; k < width; k++) sip_byte(&s, (unsigned char)(c >> (8 * k)));
        }
    }
    int64_t h = (int64_t)sip_final(&s);
    return h == -1 ? -2 : h;
}

int64_t str_hash_bytes(const char *p, size_t n)
{
    if (n == 0) return 0;
    if (!hash_ready) str_hash_init();
    sip s;
    sip_init(&s);
    for (size_t i = 0; i < n; i++) sip_byte(&s, (unsigned char)p[i]);
    int64_t h = (int64_t)sip_final(&s);
    return h == -1 ? -2 : h;
}

int64_t str_hash(value v)
{
    str_object *so = v_str(v);
    if (so->hash == -1) so->hash = compute_hash(so);
    return so->hash;
}

/* -- Construction ------------------------------------------------------------ */

/* An exact str is a leaf for the collector (gc_alloc_leaf): marked
 * without being read, and not zero-filled, since its bytes are written at
 * once. Its one block, the code point index, is kept alive by the weak
 * table below instead of a trace function. */
value str_new_uninit(size_t size)
{
    if (size > ((size_t)1 << 60)) { exc_no_memory(); return V_NULL; }
    object *o = gc_alloc_leaf(&str_type, sizeof(str_object) + size + 1);
    if (!o) return V_NULL;
    str_object *so = (str_object *)o;
    so->hash = -1;
    so->len = 0;
    so->size = size;
    so->data[size] = 0;
    return v_from_obj(o);
}

size_t str_count_cps(const char *s, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += ((unsigned char)s[i] & 0xC0) != 0x80;
    return len;
}

value str_finish_new(value s)
{
    str_object *so = v_str(s);
    so->len = str_count_cps(so->data, so->size);
    if (so->len == so->size) so->hdr.flags |= STR_ASCII;
    return s;
}

value str_from_utf8(const char *s, size_t size)
{
    if (size == 0) return str_empty();
    if (size == 1 && (unsigned char)s[0] < 128) return str_from_cp((unsigned char)s[0]);
    value v = str_new_uninit(size);
    if (!v) return V_NULL;
    memcpy(v_str(v)->data, s, size);
    return str_finish_new(v);
}

value str_from_utf8_len(const char *s, size_t size, size_t len)
{
    if (size == 0) return str_empty();
    if (size == 1) return str_from_cp((unsigned char)s[0]);
    value v = str_new_uninit(size);
    if (!v) return V_NULL;
    memcpy(v_str(v)->data, s, size);
    v_str(v)->len = len;
    if (len == size) v_str(v)->hdr.flags |= STR_ASCII;
    return v;
}

value str_from_cstr(const char *s) { return str_from_utf8(s, strlen(s)); }

static value empty_str;
static value ascii_chars[128];

value str_empty(void)
{
    if (!empty_str) {
        value v = str_new_uninit(0);
        if (!v) return V_NULL;   /* only at start-up, before anything can fail */
        v_str(v)->hdr.flags |= STR_ASCII;
        value i = str_intern(v);
        if (!i) return V_NULL;
        empty_str = i;
    }
    return empty_str;
}

value str_from_cp(uint32_t cp)
{
    if (cp < 128 && ascii_chars[cp]) return ascii_chars[cp];
    char buf[4];
    int n = utf8_encode(cp, buf);
    value v = str_new_uninit((size_t)n);
    if (!v) return V_NULL;
    memcpy(v_str(v)->data, buf, (size_t)n);
    v_str(v)->len = 1;
    if (cp < 128) {
        v_str(v)->hdr.flags |= STR_ASCII;
        value i = str_intern(v);     /* one-character strs are shared and immortal */
        if (!i) return V_NULL;
        ascii_chars[cp] = i;
        return i;
    }
    return v;
}

value str_concat(value a, value b)
{
    str_object *x = v_str(a), *y = v_str(b);
    if (y->size == 0 && v_is_str(a)) return a;
    if (x->size == 0 && v_is_str(b)) return b;
    if (x->size + y->size < x->size) return exc_no_memory();
    value v = str_new_uninit(x->size + y->size);
    if (!v) return V_NULL;
    str_object *r = v_str(v);
    memcpy(r->data, x->data, x->size);
    memcpy(r->data + x->size, y->data, y->size);
    r->len = x->len + y->len;
    if ((x->hdr.flags & y->hdr.flags) & STR_ASCII) r->hdr.flags |= STR_ASCII;
    return v;
}

value str_new_ascii(size_t n, char **data)
{
    value v = str_new_uninit(n);
    if (!v) return V_NULL;
    v_str(v)->len = n;
    v_obj(v)->flags |= STR_ASCII;
    *data = v_str(v)->data;
    return v;
}

value str_concat_array(const value *items, size_t n)
{
    size_t size = 0, len = 0;
    uint32_t ascii = STR_ASCII;
    for (size_t i = 0; i < n; i++) {
        str_object *x = v_str(items[i]);
        size += x->size;
        len += x->len;
        ascii &= x->hdr.flags;
        if (size < x->size) return exc_no_memory();
    }
    if (size == 0) return str_empty();
    if (n == 1 && v_is_str(items[0])) return items[0];
    value v = str_new_uninit(size);
    if (!v) return V_NULL;
    str_object *r = v_str(v);
    char *d = r->data;
    for (size_t i = 0; i < n; i++) {
        memcpy(d, v_str(items[i])->data, v_str(items[i])->size);
        d += v_str(items[i])->size;
    }
    r->len = len;
    r->hdr.flags |= ascii & STR_ASCII;
    return v;
}

bool str_eq(value a, value b)
{
    if (a == b) return true;
    str_object *x = v_str(a), *y = v_str(b);
    if (x->size != y->size) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->size) == 0;
}

bool str_eq_cstr(value a, const char *s)
{
    size_t n = strlen(s);
    return v_str(a)->size == n && memcmp(v_str(a)->data, s, n) == 0;
}

/* -- The code point index ----------------------------------------------------- */

/* The strs that have an index, with it: a weak hash table keyed by the
 * str's address (malloc'd, so invisible to the collector), open
 * addressing with tombstones. At each collection the hook marks the index
 * of every live str and turns the entries of dead ones into tombstones
 * before their memory can be reused, without allocating. */
typedef struct index_entry {
    str_object *s;           /* NULL: empty; IX_TOMB: a dead str's entry */
    size_t *index;
} index_entry;
#define IX_TOMB ((str_object *)1)
static index_entry *ix_tab;
static size_t ix_mask, ix_used;      /* ix_used: live entries and tombstones */

static size_t ix_slot(const str_object *so)
{
    return (size_t)((((uintptr_t)so >> 4) * 0x9E3779B97F4A7C15ull) >> 32) & ix_mask;
}

static void index_weak_hook(gc_tracer *t)
{
    for (size_t i = 0; ix_tab && i <= ix_mask; i++) {
        str_object *so = ix_tab[i].s;
        if (!so || so == IX_TOMB) continue;
        if (gc_is_live(&so->hdr)) gc_mark_raw(t, ix_tab[i].index);
        else ix_tab[i].s = IX_TOMB;
    }
}

static size_t *index_find(str_object *so)
{
    for (size_t i = ix_slot(so); ix_tab[i].s; i = (i + 1) & ix_mask)
        if (ix_tab[i].s == so) return ix_tab[i].index;
    return NULL;
}

/* Rebuilds the table with room for twice its live entries, dropping the
 * tombstones. */
static bool index_rehash(void)
{
    size_t live = 0;
    for (size_t i = 0; ix_tab && i <= ix_mask; i++)
        if (ix_tab[i].s && ix_tab[i].s != IX_TOMB) live++;
    size_t cap = 64;
    while (cap < 4 * (live + 1)) cap *= 2;
    index_entry *old = ix_tab, *tab = calloc(cap, sizeof *tab);
    if (!tab) return false;
    size_t old_cap = old ? ix_mask + 1 : 0;
    ix_tab = tab;
    ix_mask = cap - 1;
    ix_used = live;
    for (size_t i = 0; i < old_cap; i++) {
        if (!old[i].s || old[i].s == IX_TOMB) continue;
        size_t j = ix_slot(old[i].s);
        while (tab[j].s) j = (j + 1) & ix_mask;
        tab[j] = old[i];
    }
    free(old);
    return true;
}

static bool index_register(str_object *so, size_t *ix)
{
    static bool hooked;
    if (!hooked) {
        gc_add_weak_hook(index_weak_hook);
        hooked = true;
    }
    if ((ix_used + 1) * 2 > (ix_tab ? ix_mask + 1 : 0) && !index_rehash()) return false;
    size_t i = ix_slot(so);
    while (ix_tab[i].s && ix_tab[i].s != IX_TOMB) i = (i + 1) & ix_mask;
    if (!ix_tab[i].s) ix_used++;
    ix_tab[i].s = so;
    ix_tab[i].index = ix;
    so->hdr.flags |= STR_INDEXED;
    return true;
}

/* index[k] is the byte offset of code point k * INDEX_STEP. */
static size_t *build_index(str_object *so)
{
    size_t n = so->len / INDEX_STEP + 1;
    size_t *ix = gc_alloc_raw(n * sizeof(size_t));
    if (!ix) { exc_clear(); return NULL; }   /* fall back to scanning */
    size_t cp = 0, k = 0;
    for (size_t p = 0; p < so->size; p++) {
        if (((unsigned char)so->data[p] & 0xC0) == 0x80) continue;
        if (cp % INDEX_STEP == 0) ix[k++] = p;
        cp++;
    }
    return index_register(so, ix) ? ix : NULL;
}

size_t str_offset(value s, size_t i)
{
    str_object *so = v_str(s);
    if (so->hdr.flags & STR_ASCII) return i;
    if (i >= so->len) return so->size;
    size_t p = 0, cp = 0;
    if (so->len > INDEX_STEP) {
        size_t *ix = (so->hdr.flags & STR_INDEXED) ? index_find(so) : NULL;
        if (!ix) ix = build_index(so);
        if (ix) { p = ix[i / INDEX_STEP]; cp = i - i % INDEX_STEP; }
    }
    while (cp < i) {
        p++;
        while (((unsigned char)so->data[p] & 0xC0) == 0x80) p++;
        cp++;
    }
    return p;
}

uint32_t str_char_at(value s, size_t i)
{
    size_t p = str_offset(s, i);
    return str_next_cp(v_str(s)->data, v_str(s)->size, &p);
}

value str_from_range(value s, size_t b0, size_t b1)
{
    if (b0 == 0 && b1 == v_str(s)->size && v_is_str(s)) return s;
    if (v_str(s)->hdr.flags & STR_ASCII)
        return str_from_utf8_len(v_str(s)->data + b0, b1 - b0, b1 - b0);
    return str_from_utf8(v_str(s)->data + b0, b1 - b0);
}

value str_substr(value s, size_t start, size_t end)
{
    if (start >= end) return str_empty();
    size_t b0 = str_offset(s, start);
    size_t b1 = str_offset(s, end);
    if (v_str(s)->hdr.flags & STR_ASCII) return str_from_range(s, b0, b1);
    if (b0 == 0 && b1 == v_str(s)->size && v_is_str(s)) return s;
    return str_from_utf8_len(v_str(s)->data + b0, b1 - b0, end - start);
}

/* -- Interning ---------------------------------------------------------------- */

/* An open-addressing hash set of interned strs. It lives in a heap object
 * rooted once, whose trace marks every entry: interned strs are immortal. */
typedef struct intern_table {
    object hdr;
    size_t used, mask;
    value *slots;       /* gc_alloc_raw'd, so leak checkers see it reachable */
} intern_table;

static void intern_trace(object *o, gc_tracer *t)
{
    intern_table *it = (intern_table *)o;
    if (!it->slots) return;
    gc_mark_raw(t, it->slots);
    gc_mark_values(t, it->slots, it->mask + 1);
}

static type_object intern_table_type = {
    .hdr = {.type = &type_type},
    .name = "intern_table",
    .basicsize = sizeof(intern_table),
    .trace = intern_trace,
};

static object *interned;

static int intern_grow(intern_table *it)
{
    size_t ncap = it->slots ? (it->mask + 1) * 2 : 1024;
    value *ns = gc_alloc_raw(ncap * sizeof(value));   /* zero-filled */
    if (!ns) return -1;
    for (size_t i = 0; it->slots && i <= it->mask; i++) {
        value v = it->slots[i];
        if (!v) continue;
        size_t j = (size_t)str_hash(v) & (ncap - 1);
        while (ns[j]) j = (j + 1) & (ncap - 1);
        ns[j] = v;
    }
    it->slots = ns;     /* the old block is reclaimed when no longer marked */
    it->mask = ncap - 1;
    return 0;
}

value str_intern(value s)
{
    if (v_obj(s)->flags & STR_INTERNED) return s;
    if (!interned) {
        object *o = gc_alloc(&intern_table_type, sizeof(intern_table));
        if (!o) return V_NULL;
        interned = o;
        gc_root_object(&interned);
    }
    intern_table *it = (intern_table *)interned;
    if ((it->used + 1) * 2 > (it->slots ? it->mask + 1 : 0) && intern_grow(it) < 0) return V_NULL;
    int64_t h = str_hash(s);
    size_t j = (size_t)h & it->mask;
    while (it->slots[j]) {
        if (str_eq(it->slots[j], s)) return it->slots[j];
        j = (j + 1) & it->mask;
    }
    if (!v_is_str(s)) {     /* a subclass instance: intern an exact copy */
        s = str_from_utf8_len(v_str(s)->data, v_str(s)->size, v_str(s)->len);
        if (!s) return V_NULL;
        if (v_obj(s)->flags & STR_INTERNED) return s;
    }
    v_obj(s)->flags |= STR_INTERNED;
    it->slots[j] = s;
    it->used++;
    return s;
}

value str_intern_cstr(const char *s)
{
    value v = str_from_cstr(s);
    if (!v) return V_NULL;
    return str_intern(v);
}

/* -- The builder --------------------------------------------------------------- */

void sb_str_init(str_builder *b)
{
    b->data = NULL;
    b->size = b->cap = 0;
    b->failed = 0;
}

void sb_str_add(str_builder *b, const char *s, size_t n)
{
    if (b->failed || n == 0) return;
    if (b->size + n > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->size + n) ncap *= 2;
        if (b->size + n < b->size || b->size + n > gc_max_request()) { b->failed = 1; return; }
        if (ncap > gc_max_request()) ncap = b->size + n;   /* doubling must not overshoot memory */
        char *nd = realloc(b->data, ncap);
        if (!nd) { b->failed = 1; return; }
        b->data = nd;
        b->cap = ncap;
    }
    memcpy(b->data + b->size, s, n);
    b->size += n;
}

void sb_str_add_value(str_builder *b, value s) { sb_str_add(b, str_data(s), str_size(s)); }

/* Room for n more bytes in one allocation: a result whose size is known up
 * front is asked for at once, so an impossible one fails at once with
 * MemoryError, as CPython's does, instead of growing towards it. */
bool sb_str_reserve(str_builder *b, size_t n)
{
    if (b->failed)
        return false;
    if (b->size + n < b->size || b->size + n > gc_max_request()) {   /* more than memory: gc.h */
        b->failed = 1;
        return false;
    }
    if (b->size + n <= b->cap)
        return true;
    char *nd = realloc(b->data, b->size + n);
    if (!nd) {
        b->failed = 1;
        return false;
    }
    b->data = nd;
    b->cap = b->size + n;
    return true;
}

value sb_str_finish(str_builder *b)
{
    if (b->failed) { sb_str_abandon(b); return exc_no_memory(); }
    value v = str_from_utf8(b->data ? b->data : "", b->size);
    sb_str_abandon(b);
    return v;
}

void sb_str_abandon(str_builder *b)
{
    free(b->data);
    sb_str_init(b);
}

/* -- str_format ------------------------------------------------------------------ */

/* A type's name for %N: v is a type object. */
static const char *type_name_of(value v)
{
    if (v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &type_type)) return ((type_object *)v_obj(v))->name;
    return v_type_name(v);
}

value str_format_va(const char *fmt, va_list ap)
{
    str_builder b;
    sb_str_init(&b);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (q[1] && q[1] != '%') q++;
            sb_str_add(&b, p, (size_t)(q - p + 1));
            p = q;
            continue;
        }
        /* collect the spec: flags, width, precision, length modifiers */
        char spec[32];
        size_t sn = 0;
        spec[sn++] = '%';
        p++;
        while (*p && strchr("-+ #0123456789.", *p) && sn < 20) spec[sn++] = *p++;
        int lmod = 0;   /* 0 int, 1 long, 2 long long, 3 size_t */
        if (*p == 'l') { p++; lmod = 1; if (*p == 'l') { p++; lmod = 2; } }
        else if (*p == 'z') { p++; lmod = 3; }
        char conv = *p;
        char tmp[128];
        int n = 0;
        value v, r;
        switch (conv) {
        case '%':
            sb_str_add(&b, "%", 1);
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            const char *mod = lmod == 1 ? "l" : lmod == 2 ? "ll" : lmod == 3 ? "z" : "";
            memcpy(spec + sn, mod, strlen(mod));
            spec[sn + strlen(mod)] = conv;
            spec[sn + strlen(mod) + 1] = 0;
            if (lmod == 1) n = snprintf(tmp, sizeof tmp, spec, va_arg(ap, long));
            else if (lmod == 2) n = snprintf(tmp, sizeof tmp, spec, va_arg(ap, long long));
            else if (lmod == 3) n = snprintf(tmp, sizeof tmp, spec, va_arg(ap, size_t));
            else n = snprintf(tmp, sizeof tmp, spec, va_arg(ap, int));
            sb_str_add(&b, tmp, n > 0 ? (size_t)n : 0);
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            char buf[4];
            int k = utf8_encode((uint32_t)c, buf);
            sb_str_add(&b, buf, (size_t)k);
            break;
        }
        case 'p':
            n = snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
            sb_str_add(&b, tmp, n > 0 ? (size_t)n : 0);
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t len = strlen(s);
            const char *dot = memchr(spec, '.', sn);
            if (dot) {   /* precision in characters, as PyUnicode_FromFormat */
                size_t prec = strtoul(dot + 1, NULL, 10), cps = 0, q = 0;
                while (q < len && cps < prec) { q++; while (q < len && ((unsigned char)s[q] & 0xC0) == 0x80) q++; cps++; }
                len = q;
            }
            sb_str_add(&b, s, len);
            break;
        }
        case 'R': case 'S':
            v = va_arg(ap, value);
            r = conv == 'R' ? obj_repr(v) : obj_str(v);
            if (!r) { sb_str_abandon(&b); return V_NULL; }
            sb_str_add_value(&b, r);
            break;
        case 'N': case 'V': {
            v = va_arg(ap, value);
            const char *name = conv == 'N' ? type_name_of(v) : v_type_name(v);
            sb_str_add(&b, name, strlen(name));
            break;
        }
        default:   /* unknown: copy verbatim, as CPython does */
            sb_str_add(&b, spec, sn);
            if (conv) sb_str_add(&b, &conv, 1);
            else p--;
            break;
        }
    }
    return sb_str_finish(&b);
}

value str_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    value v = str_format_va(fmt, ap);
    va_end(ap);
    return v;
}

value str_repr(value s)
{
    strbuf sb;
    sb_init(&sb);
    repr_str(&sb, str_data(s), str_size(s));
    if (sb.failed) { sb_free(&sb); return exc_no_memory(); }
    value v = str_from_utf8(sb.data, sb.len);
    sb_free(&sb);
    return v;
}

/* -- Argument helpers ----------------------------------------------------------- */

int str_parse_args(const char *fname, int argc, const value *argv, value kwnames,
                   const char *const *names, int nmin, value *out)
{
    int nmax = 0;
    while (names[nmax]) nmax++;
    for (int i = 0; i < nmax; i++) out[i] = V_NULL;
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    if (argc + nkw > nmax) {
        /* "keyword" when all were given by name, as CPython's clinic says */
        exc_raise(&exc_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, nmax,
                  argc == 0 ? "keyword " : "", nmax == 1 ? "" : "s", argc + nkw);
        return -1;
    }
    for (int i = 0; i < argc; i++) out[i] = argv[i];
    for (int k = 0; k < nkw; k++) {
        value name = tuple_get(kwnames, (size_t)k);
        int j = 0;
        while (j < nmax && !str_eq_cstr(name, names[j])) j++;
        if (j == nmax) {
            exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
        if (out[j]) {
            exc_raise(&exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                      fname, names[j], j + 1);
            return -1;
        }
        out[j] = argv[argc + k];
    }
    for (int i = 0; i < nmin; i++) {
        if (!out[i]) {
            if (i < argc + nkw)
                exc_raise(&exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            else
                exc_raise(&exc_TypeError, "%s() takes at least %d argument%s (%d given)", fname, nmin,
                          nmin == 1 ? "" : "s", argc + nkw);
            return -1;
        }
    }
    return 0;
}

int str_arg_index(value v, int64_t *out, int clamp)
{
    if (v_is_int(v)) { *out = v_int(v); return 0; }
    if (!v_type(v)->nb_index) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    value i = obj_index(v);
    if (!i) return -1;
    if (v_is_int(i)) { *out = v_int(i); return 0; }
    if (int_as_i64(i, out) == 0) return 0;
    if (!clamp) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    exc_clear();
    value zero = v_small(0);
    int neg = obj_richcompare_bool(i, zero, CMP_LT);
    if (neg < 0) return -1;
    *out = neg ? INT64_MIN : INT64_MAX;
    return 0;
}

value str_arg_type_error(const char *what, value v)
{
    return exc_raise(&exc_TypeError, "%s must be str, not %s", what, v_type_name(v));
}

int str_arg_range(value start, value end, size_t len, int64_t *s, int64_t *e)
{
    int64_t n = (int64_t)len;
    *s = 0;
    *e = n;
    if (start && start != V_NONE) {
        if (!v_is_int(start) && !v_type(start)->nb_index) {
            exc_raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (str_arg_index(start, s, 1) < 0) return -1;
    }
    if (end && end != V_NONE) {
        if (!v_is_int(end) && !v_type(end)->nb_index) {
            exc_raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (str_arg_index(end, e, 1) < 0) return -1;
    }
    if (*s < 0) { *s += n; if (*s < 0) *s = 0; }
    if (*e < 0) { *e += n; if (*e < 0) *e = 0; }
    if (*e > n) *e = n;
    return 0;
}
