/* The Unicode facts of unicode.h, answered from the tables that
 * tools/gen_unicode.py generates into unicode_tables.c (Unicode 14.0, the
 * version CPython 3.11 uses). Per-code-point properties are two-level tables:
 * the high bits of a code point pick a shared block, the low bits an entry.
 * NFKC is the textbook algorithm: full compatibility decomposition (from a
 * table of already fully decomposed strings; Hangul syllables by formula),
 * canonical reordering of combining marks, then canonical composition from a
 * sorted pair table. Character names live in one sorted, front-coded blob
 * searched by binary search over blocks; CJK unified ideographs and Hangul
 * syllables are named by formula, as CPython does (those two are matched
 * case-sensitively, again as CPython does). */
#include "unicode.h"
#include "unicode_tables.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* -- Two-level look-ups -------------------------------------------------- */

#define TWO_LEVEL(tab, shift, cp) \
    tab##_data[((uint32_t)tab##_index[(cp) >> (shift)] << (shift)) + ((cp) & ((1u << (shift)) - 1))]

static unsigned flags_of(uint32_t cp)
{
    return cp < 0x110000 ? TWO_LEVEL(uni_flags, UNI_FLAGS_SHIFT, cp) : 0;
}

static unsigned ccc_of(uint32_t cp)
{
    return cp < 0x110000 ? TWO_LEVEL(uni_ccc, UNI_CCC_SHIFT, cp) : 0;
}

static unsigned decomp_of(uint32_t cp)
{
    return cp < 0x110000 ? TWO_LEVEL(uni_decomp, UNI_DECOMP_SHIFT, cp) : 0;
}

int uni_is_xid_start(uint32_t cp) { return (flags_of(cp) & UNI_F_XID_START) != 0; }
int uni_is_xid_continue(uint32_t cp) { return (flags_of(cp) & UNI_F_XID_CONTINUE) != 0; }
int uni_is_printable(uint32_t cp) { return (flags_of(cp) & UNI_F_PRINTABLE) != 0; }

/* -- UTF-8 ---------------------------------------------------------------- */

int utf8_decode(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3; v = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4; v = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (n < (size_t)len)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF)
        return 0;
    *cp = v;
    return len;
}

int utf8_encode(uint32_t cp, char *buf)
{
    if (cp < 0x80) {
        buf[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        buf[0] = (char)(0xC0 | (cp >> 6));
        buf[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | (cp >> 12));
        buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | ((cp >> 18) & 0x07));
    buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_count(const char *s, size_t n)
{
    size_t count = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
        } else {
            uint32_t cp;
            int k = utf8_decode(s + i, n - i, &cp);
            i += k ? (size_t)k : 1;
        }
        count++;
    }
    return count;
}

/* -- NFKC ----------------------------------------------------------------- */

/* Bytes that are not valid UTF-8 travel through NFKC unchanged, as
 * BAD_BYTE | byte: never decomposed, combining class 0, never composed. */
#define BAD_BYTE 0x80000000u

enum {
    H_SBASE = 0xAC00, H_LBASE = 0x1100, H_VBASE = 0x1161, H_TBASE = 0x11A7,
    H_LCOUNT = 19, H_VCOUNT = 21, H_TCOUNT = 28,
    H_NCOUNT = H_VCOUNT * H_TCOUNT, H_SCOUNT = H_LCOUNT * H_NCOUNT,
};

typedef struct cpvec {
    uint32_t *v;
    size_t len, cap;
} cpvec;

static int vec_push(cpvec *b, uint32_t cp)
{
    if (b->len == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        if (ncap > ((size_t)-1) / sizeof(uint32_t))
            return -1;
        uint32_t *n = realloc(b->v, ncap * sizeof(uint32_t));
        if (!n)
            return -1;
        b->v = n;
        b->cap = ncap;
    }
    b->v[b->len++] = cp;
    return 0;
}

static unsigned ccc_any(uint32_t cp) { return (cp & BAD_BYTE) ? 0 : ccc_of(cp); }

/* Appends the full compatibility decomposition of cp. */
static int decompose_one(cpvec *b, uint32_t cp)
{
    if (cp >= H_SBASE && cp < H_SBASE + H_SCOUNT) {
        uint32_t s = cp - H_SBASE;
        if (vec_push(b, H_LBASE + s / H_NCOUNT) < 0 ||
            vec_push(b, H_VBASE + (s % H_NCOUNT) / H_TCOUNT) < 0)
            return -1;
        return s % H_TCOUNT ? vec_push(b, H_TBASE + s % H_TCOUNT) : 0;
    }
    unsigned off = decomp_of(cp);
    if (!off)
        return vec_push(b, cp);
    const char *d = (const char *)uni_decomp_blob + off + 1;
    size_t n = uni_decomp_blob[off];
    for (size_t i = 0; i < n;) {
        uint32_t c;
        int k = utf8_decode(d + i, n - i, &c);
        if (!k || vec_push(b, c) < 0)
            return -1;
        i += (size_t)k;
    }
    return 0;
}

static int decompose(cpvec *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = utf8_decode(s + i, n - i, &cp);
        if (!k) {
            cp = BAD_BYTE | (unsigned char)s[i];
            k = 1;
        }
        if ((cp & BAD_BYTE) ? vec_push(b, cp) < 0 : decompose_one(b, cp) < 0)
            return -1;
        i += (size_t)k;
    }
    return 0;
}

/* Stable sort of v[0..n) by combining class (insertion sort: runs of
 * combining marks are short in real text; long ones still finish). */
static void sort_run(uint32_t *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        uint32_t x = v[i];
        unsigned cx = ccc_any(x);
        size_t j = i;
        while (j > 0 && ccc_any(v[j - 1]) > cx) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

static int reorder(cpvec *b)
{
    size_t i = 0;
    while (i < b->len) {
        if (!ccc_any(b->v[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < b->len && ccc_any(b->v[j]))
            j++;
        if (j - i > 1)
            sort_run(b->v + i, j - i);
        i = j;
    }
    return 0;
}

/* The primary composite of a + b, or 0 when there is none. */
static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a >= H_LBASE && a < H_LBASE + H_LCOUNT && b >= H_VBASE && b < H_VBASE + H_VCOUNT)
        return H_SBASE + ((a - H_LBASE) * H_VCOUNT + (b - H_VBASE)) * H_TCOUNT;
    if (a >= H_SBASE && a < H_SBASE + H_SCOUNT && (a - H_SBASE) % H_TCOUNT == 0 &&
        b > H_TBASE && b < H_TBASE + H_TCOUNT)
        return a + (b - H_TBASE);
    size_t lo = 0, hi = UNI_NPAIRS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const uni_pair *p = &uni_pairs[mid];
        if (p->first < a || (p->first == a && p->second < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < UNI_NPAIRS && uni_pairs[lo].first == a && uni_pairs[lo].second == b)
        return uni_pairs[lo].composite;
    return 0;
}

/* Canonical composition in place. */
static void compose(cpvec *b)
{
    size_t out = 0;
    long starter = -1;   /* index in the output of the last starter */
    int last_cc = -1;    /* class of the last kept mark after it; -1: none */
    for (size_t i = 0; i < b->len; i++) {
        uint32_t cp = b->v[i];
        int cc = (int)ccc_any(cp);
        int blocked = last_cc != -1 && (last_cc == 0 || last_cc >= cc);
        if (starter >= 0 && !blocked && !(cp & BAD_BYTE) && !(b->v[starter] & BAD_BYTE)) {
            uint32_t c = compose_pair(b->v[starter], cp);
            if (c) {
                b->v[starter] = c;
                continue;
            }
        }
        if (cc == 0) {
            starter = (long)out;
            last_cc = -1;
        } else {
            last_cc = cc;
        }
        b->v[out++] = cp;
    }
    b->len = out;
}

static char *encode_all(const cpvec *b, size_t *outlen)
{
    size_t n = 0;
    for (size_t i = 0; i < b->len; i++) {
        uint32_t cp = b->v[i];
        n += (cp & BAD_BYTE) ? 1 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < b->len; i++) {
        uint32_t cp = b->v[i];
        if (cp & BAD_BYTE)
            s[o++] = (char)(cp & 0xFF);
        else
            o += (size_t)utf8_encode(cp, s + o);
    }
    s[o] = 0;
    *outlen = o;
    return s;
}

static char *copy_text(const char *s, size_t n, size_t *outlen)
{
    char *r = malloc(n + 1);
    if (!r)
        return NULL;
    memcpy(r, s, n);
    r[n] = 0;
    *outlen = n;
    return r;
}

char *uni_nfkc(const char *utf8, size_t len, size_t *outlen)
{
    size_t i = 0;
    while (i < len && (unsigned char)utf8[i] < 0x80)
        i++;
    if (i == len)
        return copy_text(utf8, len, outlen);
    cpvec b = {0};
    char *r = NULL;
    if (decompose(&b, utf8, len) == 0 && reorder(&b) == 0) {
        compose(&b);
        r = encode_all(&b, outlen);
    }
    free(b.v);
    return r;
}

/* -- Character names ------------------------------------------------------ */

#define MAX_NAME 256

static const char *const jamo_l[H_LCOUNT] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
    "C", "K", "T", "P", "H",
};
static const char *const jamo_v[H_VCOUNT] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
    "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
};
static const char *const jamo_t[H_TCOUNT] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
    "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
    "P", "H",
};

/* The longest jamo short name that starts s[0..n); its index, or -1. */
static int match_jamo(const char *const *tab, int count, const char *s, size_t n, size_t *used)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(tab[i]);
        if (l <= n && memcmp(s, tab[i], l) == 0 && (best < 0 || l > best_len)) {
            best = i;
            best_len = l;
        }
    }
    *used = best_len;
    return best;
}

static int lookup_hangul(const char *s, size_t n, uint32_t *cp)
{
    size_t u;
    int l = match_jamo(jamo_l, H_LCOUNT, s, n, &u);
    if (l < 0)
        return 0;
    s += u, n -= u;
    int v = match_jamo(jamo_v, H_VCOUNT, s, n, &u);
    if (v < 0)
        return 0;
    s += u, n -= u;
    int t = match_jamo(jamo_t, H_TCOUNT, s, n, &u);
    if (t < 0 || u != n)
        return 0;
    *cp = H_SBASE + ((uint32_t)l * H_VCOUNT + (uint32_t)v) * H_TCOUNT + (uint32_t)t;
    return 1;
}

static int lookup_cjk(const char *s, size_t n, uint32_t *cp)
{
    if (n != 4 && n != 5)
        return 0;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            v = v * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F')
            v = v * 16 + (uint32_t)(c - 'A' + 10);
        else
            return 0;
    }
    for (int i = 0; i < UNI_NCJK; i++) {
        if (v >= uni_cjk_ranges[i].lo && v <= uni_cjk_ranges[i].hi) {
            *cp = v;
            return 1;
        }
    }
    return 0;
}

/* Compares a NUL-free key with the NUL-terminated first name of a block
 * (stored as [0][len][name][cp]). */
static int cmp_block_start(const char *key, size_t n, uint32_t block)
{
    const unsigned char *e = uni_name_blob + uni_name_block_starts[block];
    size_t len = e[1];
    int c = memcmp(key, e + 2, n < len ? n : len);
    if (c)
        return c;
    return n < len ? -1 : n > len ? 1 : 0;
}

static int lookup_table(const char *key, size_t n, uint32_t *cp)
{
    /* The last block whose first name is <= key. */
    uint32_t lo = 0, hi = UNI_NNAME_BLOCKS;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (cmp_block_start(key, n, mid) >= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return 0;
    uint32_t block = lo - 1;
    const unsigned char *e = uni_name_blob + uni_name_block_starts[block];
    uint32_t count = block + 1 < UNI_NNAME_BLOCKS ? UNI_NAME_BLOCK
                     : UNI_NNAMES - block * UNI_NAME_BLOCK;
    char name[MAX_NAME + 1];
    for (uint32_t i = 0; i < count; i++) {
        size_t prefix = e[0], suffix = e[1];
        memcpy(name + prefix, e + 2, suffix);
        e += 2 + suffix;
        if (prefix + suffix == n && memcmp(name, key, n) == 0) {
            *cp = ((uint32_t)e[0] << 16) | ((uint32_t)e[1] << 8) | e[2];
            return 1;
        }
        e += 3;
    }
    return 0;
}

int uni_lookup_name(const char *name, size_t len, uint32_t *cp)
{
    static const char hangul[] = "HANGUL SYLLABLE ", cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len == 0 || len > MAX_NAME)
        return 0;
    if (len >= sizeof hangul - 1 && memcmp(name, hangul, sizeof hangul - 1) == 0)
        return lookup_hangul(name + sizeof hangul - 1, len - (sizeof hangul - 1), cp);
    if (len >= sizeof cjk - 1 && memcmp(name, cjk, sizeof cjk - 1) == 0)
        return lookup_cjk(name + sizeof cjk - 1, len - (sizeof cjk - 1), cp);
    char key[MAX_NAME];
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    return lookup_table(key, len, cp);
}

/* -- Names of code points (the reverse look-up) ----------------------------- */

/* Code points whose alias (also in the name table) is longer than or as
 * long as their name, so the longest-candidate rule below would pick the
 * alias: their names, from unicodedata.name. */
static const struct { uint32_t cp; const char *name; } name_overrides[] = {
    {0x1A2, "LATIN CAPITAL LETTER OI"}, {0x1A3, "LATIN SMALL LETTER OI"},
    {0xCDE, "KANNADA LETTER FA"}, {0xE9D, "LAO LETTER FO TAM"},
    {0x11EC, "HANGUL JONGSEONG IEUNG-KIYEOK"}, {0x11ED, "HANGUL JONGSEONG IEUNG-SSANGKIYEOK"},
    {0x11EE, "HANGUL JONGSEONG SSANGIEUNG"}, {0x11EF, "HANGUL JONGSEONG IEUNG-KHIEUKH"},
    {0x2118, "SCRIPT CAPITAL P"}, {0x2448, "OCR DASH"}, {0xA015, "YI SYLLABLE WU"},
    {0xAA6E, "MYANMAR LETTER KHAMTI HHA"},
    {0xFE18, "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET"},
    {0x122D4, "CUNEIFORM SIGN SHIR TENU"}, {0x122D5, "CUNEIFORM SIGN SHIR OVER SHIR BUR OVER BUR"},
    {0x16E57, "MEDEFAIDRIN CAPITAL LETTER NY"}, {0x16E77, "MEDEFAIDRIN SMALL LETTER NY"},
    {0x1D0C5, "BYZANTINE MUSICAL SYMBOL FHTORA SKLIRON CHROMA VASIS"},
};

/* The table is sorted by name, so this scans all of it (well under a
 * millisecond); only the namereplace error handler asks. Aliases share
 * the table: controls have aliases only (so no name), and elsewhere an
 * alias is shorter than the name (VS1, BYTE ORDER MARK) except for the
 * overrides above. */
int uni_name_of(uint32_t cp, char *buf, size_t size)
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
        return 0;
    if (cp >= H_SBASE && cp < H_SBASE + H_SCOUNT) {
        uint32_t s = cp - H_SBASE;
        snprintf(buf, size, "HANGUL SYLLABLE %s%s%s", jamo_l[s / H_NCOUNT],
                 jamo_v[(s % H_NCOUNT) / H_TCOUNT], jamo_t[s % H_TCOUNT]);
        return 1;
    }
    for (int i = 0; i < UNI_NCJK; i++)
        if (cp >= uni_cjk_ranges[i].lo && cp <= uni_cjk_ranges[i].hi) {
            snprintf(buf, size, "CJK UNIFIED IDEOGRAPH-%X", cp);
            return 1;
        }
    for (size_t i = 0; i < sizeof name_overrides / sizeof name_overrides[0]; i++)
        if (name_overrides[i].cp == cp) {
            snprintf(buf, size, "%s", name_overrides[i].name);
            return 1;
        }
    const unsigned char *e = uni_name_blob;
    char name[MAX_NAME + 1];
    size_t best = 0;
    for (uint32_t i = 0; i < UNI_NNAMES; i++) {
        size_t prefix = e[0], suffix = e[1];
        memcpy(name + prefix, e + 2, suffix);
        e += 2 + suffix;
        uint32_t c = ((uint32_t)e[0] << 16) | ((uint32_t)e[1] << 8) | e[2];
        e += 3;
        if (c == cp && prefix + suffix > best && prefix + suffix < size) {
            best = prefix + suffix;
            memcpy(buf, name, best);
            buf[best] = 0;
        }
    }
    return best > 0;
}
