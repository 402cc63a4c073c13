/* The `unicodedata` module of CPython 3.11: the Unicode 14.0.0 character
 * database (properties, names, decompositions, the four normalisation
 * forms) and `ucd_3_2_0`, a UCD object answering as Unicode 3.2.0 for
 * IDNA and stringprep. Properties come from src/unicode/ucd_tables.c
 * (tools/gen_unicodedata.py); combining classes, composition pairs and the
 * name table are the ones src/unicode/unicode_tables.c holds for the
 * tokenizer. The module functions get no self; the UCD object's methods
 * run the same code with self telling which version answers. 3.2.0
 * differs by per-character records (a character it does not know has no
 * name, decomposition or numeric value; it knows no aliases or named
 * sequences) and by five corrected
 * normalisation mappings it keeps in their old form. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "modules.h"
#include "../objects/bytearray.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../unicode/ucd_tables.h"
#include "../unicode/unicode.h"
#include "../unicode/unicode_tables.h"
#include "../vm/exc.h"

#define UD_TWO_LEVEL(tab, shift, cp) \
    tab##_data[((uint32_t)tab##_index[(cp) >> (shift)] << (shift)) | ((cp) & ((1u << (shift)) - 1))]

#define UD_NAME_MAX 256
#define UD_SBASE 0xAC00
#define UD_LBASE 0x1100
#define UD_VBASE 0x1161
#define UD_TBASE 0x11A7
#define UD_LCOUNT 19
#define UD_VCOUNT 21
#define UD_TCOUNT 28
#define UD_NCOUNT (UD_VCOUNT * UD_TCOUNT)
#define UD_SCOUNT (UD_LCOUNT * UD_NCOUNT)

typedef struct ucd_object {
    object hdr;
    int old;   /* 1: Unicode 3.2.0 */
} ucd_object;

extern type_object ucd_type;

static const char *const ud_categories[] = { UCD_CAT_NAMES };
static const char *const ud_bidi[] = { UCD_BIDI_NAMES };
static const char *const ud_eaw[] = { UCD_EAW_NAMES };

/* str or a str subclass instance (they share str's layout). */
static bool ud_is_str(value v)
{
    return v_is_ptr(v) && (v_obj(v)->type == &str_type || (v_obj(v)->type->flags & TYPE_STR_SUBCLASS));
}

static bool ud_is_old(value self)
{
    return self && v_is_ptr(self) && v_obj(self)->type == &ucd_type && ((ucd_object *)v_obj(self))->old;
}

static const ucd_record *ud_record(bool old, uint32_t cp)
{
    if (cp >= 0x110000)
        return &ucd_records[0];
    return &ucd_records[old ? UD_TWO_LEVEL(ucd_rec32, UCD_REC32_SHIFT, cp) : UD_TWO_LEVEL(ucd_rec, UCD_REC_SHIFT, cp)];
}

/* Whether 3.2.0 does not know cp (CPython's "unassigned in 3.2"). */
static bool ud_unknown_old(uint32_t cp) { return ud_record(true, cp)->category == 0; }

static unsigned ud_ccc(uint32_t cp)
{
    return cp < 0x110000 ? UD_TWO_LEVEL(uni_ccc, UNI_CCC_SHIFT, cp) : 0;
}

/* The raw decomposition entry of cp: items[0] is tag << 8 | count, the
 * code points follow; NULL when none. */
static const uint32_t *ud_decomp(bool old, uint32_t cp)
{
    if (cp >= 0x110000 || (old && ud_unknown_old(cp)))
        return NULL;
    unsigned i = UD_TWO_LEVEL(ucd_dec, UCD_DEC_SHIFT, cp);
    return i ? &ucd_dec_items[ucd_dec_offsets[i]] : NULL;
}

/* -- Arguments ----------------------------------------------------------------------- */

static const char *ud_prefix(value self) { return self ? "UCD" : "unicodedata"; }

/* Checks the argument count (min..max) and that no keywords came, with
 * CPython's messages: the one-argument functions say "takes exactly one
 * argument", the others "expected at least ...". */
static int ud_check_args(value self, const char *fn, int argc, value kwnames, int min, int max)
{
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(&exc_TypeError, "%s.%s() takes no keyword arguments", ud_prefix(self), fn);
        return -1;
    }
    if (argc >= min && argc <= max)
        return 0;
    if (min == 1 && max == 1)
        exc_raise(&exc_TypeError, "%s.%s() takes exactly one argument (%d given)", ud_prefix(self), fn, argc);
    else if (min == max)
        exc_raise(&exc_TypeError, "%s expected %d arguments, got %d", fn, min, argc);
    else if (argc < min)
        exc_raise(&exc_TypeError, "%s expected at least %d argument%s, got %d", fn, min, min == 1 ? "" : "s", argc);
    else
        exc_raise(&exc_TypeError, "%s expected at most %d arguments, got %d", fn, max, argc);
    return -1;
}

/* A one-character str argument; argn 0 for the one-argument functions. */
static int ud_char(value v, const char *fn, int argn, uint32_t *cp)
{
    if (!ud_is_str(v) || str_len(v) != 1) {
        if (argn)
            exc_raise(&exc_TypeError, "%s() argument %d must be a unicode character, not %V", fn, argn, v);
        else
            exc_raise(&exc_TypeError, "%s() argument must be a unicode character, not %V", fn, v);
        return -1;
    }
    if (!utf8_decode(str_data(v), str_size(v), cp)) {
        exc_raise(&exc_SystemError, "%s(): bad string", fn);
        return -1;
    }
    return 0;
}

/* One argument, one character: the property functions. */
static int ud_one_char(value self, const char *fn, int argc, const value *argv, value kwnames, uint32_t *cp)
{
    if (ud_check_args(self, fn, argc, kwnames, 1, 1) < 0)
        return -1;
    return ud_char(argv[0], fn, 0, cp);
}

/* -- Properties ---------------------------------------------------------------------- */

static value ud_category(value self, int argc, const value *argv, value kwnames)
{
    uint32_t cp;
    if (ud_one_char(self, "category", argc, argv, kwnames, &cp) < 0)
        return V_NULL;
    return str_from_cstr(ud_categories[ud_record(ud_is_old(self), cp)->category]);
}

static value ud_bidirectional(value self, int argc, const value *argv, value kwnames)
{
    uint32_t cp;
    if (ud_one_char(self, "bidirectional", argc, argv, kwnames, &cp) < 0)
        return V_NULL;
    return str_from_cstr(ud_bidi[ud_record(ud_is_old(self), cp)->bidi]);
}

static value ud_east_asian_width(value self, int argc, const value *argv, value kwnames)
{
    uint32_t cp;
    if (ud_one_char(self, "east_asian_width", argc, argv, kwnames, &cp) < 0)
        return V_NULL;
    return str_from_cstr(ud_eaw[ud_record(ud_is_old(self), cp)->eaw]);
}

static value ud_mirrored(value self, int argc, const value *argv, value kwnames)
{
    uint32_t cp;
    if (ud_one_char(self, "mirrored", argc, argv, kwnames, &cp) < 0)
        return V_NULL;
    return v_small(ud_record(ud_is_old(self), cp)->mirrored);
}

static value ud_combining(value self, int argc, const value *argv, value kwnames)
{
    uint32_t cp;
    if (ud_one_char(self, "combining", argc, argv, kwnames, &cp) < 0)
        return V_NULL;
    if (ud_is_old(self) && ud_unknown_old(cp))
        return v_small(0);
    return v_small(ud_ccc(cp));
}

static value ud_decomposition(value self, int argc, const value *argv, value kwnames)
{
    uint32_t cp;
    if (ud_one_char(self, "decomposition", argc, argv, kwnames, &cp) < 0)
        return V_NULL;
    const uint32_t *d = ud_decomp(ud_is_old(self), cp);
    if (!d)
        return str_from_cstr("");
    char buf[256];
    size_t n = 0;
    unsigned tag = d[0] >> 8, count = d[0] & 255;
    if (tag)
        n += (size_t)snprintf(buf, sizeof buf, "%s", ucd_tags[tag]);
    for (unsigned i = 0; i < count && n + 10 < sizeof buf; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%04X", n ? " " : "", d[1 + i]);
    return str_from_utf8(buf, n);
}

/* decimal / digit / numeric: (chr[, default]). */
static value ud_number(value self, int argc, const value *argv, value kwnames, const char *fn, int which)
{
    uint32_t cp;
    if (ud_check_args(self, fn, argc, kwnames, 1, 2) < 0 || ud_char(argv[0], fn, 1, &cp) < 0)
        return V_NULL;
    const ucd_record *r = ud_record(ud_is_old(self), cp);
    if (which == 0 && r->decimal >= 0)
        return v_small(r->decimal);
    if (which == 1 && r->digit >= 0)
        return v_small(r->digit);
    if (which == 2 && r->numeric)
        return float_new(ucd_numerics[r->numeric]);
    if (argc == 2)
        return argv[1];
    return exc_raise(&exc_ValueError, "%s", which == 0 ? "not a decimal" : which == 1 ? "not a digit"
                                                                          : "not a numeric character");
}

static value ud_decimal(value self, int argc, const value *argv, value kwnames)
{
    return ud_number(self, argc, argv, kwnames, "decimal", 0);
}

static value ud_digit(value self, int argc, const value *argv, value kwnames)
{
    return ud_number(self, argc, argv, kwnames, "digit", 1);
}

static value ud_numeric(value self, int argc, const value *argv, value kwnames)
{
    return ud_number(self, argc, argv, kwnames, "numeric", 2);
}

/* -- Names --------------------------------------------------------------------------- */

static const char *const ud_jamo_l[UD_LCOUNT] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H",
};
static const char *const ud_jamo_v[UD_VCOUNT] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
    "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
};
static const char *const ud_jamo_t[UD_TCOUNT] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
    "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
};

/* The name of cp into buf (UD_NAME_MAX + 1 bytes); its length, 0 if none. */
static size_t ud_name_of(bool old, uint32_t cp, char *buf)
{
    if (cp >= 0x110000 || (old && ud_unknown_old(cp)))
        return 0;
    if (cp >= UD_SBASE && cp < UD_SBASE + UD_SCOUNT) {
        uint32_t s = cp - UD_SBASE;
        return (size_t)snprintf(buf, UD_NAME_MAX + 1, "HANGUL SYLLABLE %s%s%s", ud_jamo_l[s / UD_NCOUNT],
                                ud_jamo_v[(s % UD_NCOUNT) / UD_TCOUNT], ud_jamo_t[s % UD_TCOUNT]);
    }
    for (int i = 0; i < UNI_NCJK; i++)
        if (cp >= uni_cjk_ranges[i].lo && cp <= uni_cjk_ranges[i].hi)
            return (size_t)snprintf(buf, UD_NAME_MAX + 1, "CJK UNIFIED IDEOGRAPH-%X", cp);
    unsigned entry = UD_TWO_LEVEL(ucd_name, UCD_NAME_SHIFT, cp);
    if (!entry)
        return 0;
    entry--;
    /* Front-coded in blocks: decode from the block's first entry. */
    const unsigned char *e = uni_name_blob + uni_name_block_starts[entry / UNI_NAME_BLOCK];
    size_t len = 0;
    for (unsigned i = 0; i <= entry % UNI_NAME_BLOCK; i++) {
        size_t prefix = e[0], suffix = e[1];
        if (prefix + suffix > UD_NAME_MAX)
            return 0;
        memcpy(buf + prefix, e + 2, suffix);
        len = prefix + suffix;
        e += 2 + suffix + 3;
    }
    buf[len] = 0;
    return len;
}

static value ud_name(value self, int argc, const value *argv, value kwnames)
{
    uint32_t cp;
    if (ud_check_args(self, "name", argc, kwnames, 1, 2) < 0 || ud_char(argv[0], "name", 1, &cp) < 0)
        return V_NULL;
    char buf[UD_NAME_MAX + 1];
    size_t n = ud_name_of(ud_is_old(self), cp, buf);
    if (n)
        return str_from_utf8(buf, n);
    if (argc == 2)
        return argv[1];
    return exc_raise(&exc_ValueError, "no such name");
}

/* The named sequence called s[0..n) (case-insensitive), as a str; V_NULL
 * without an exception when there is none. */
static value ud_named_sequence(const char *s, size_t n)
{
    char key[UD_NAME_MAX + 1];
    for (size_t i = 0; i < n; i++)
        key[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 'a' + 'A') : s[i];
    key[n] = 0;
    if (strlen(key) != n)
        return V_NULL;
    size_t lo = 0, hi = UCD_NSEQS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(ucd_named_seqs[mid].name, key);
        if (c == 0) {
            char out[16];
            size_t len = 0;
            for (uint32_t i = 0; i < ucd_named_seqs[mid].len; i++)
                len += (size_t)utf8_encode(ucd_named_seqs[mid].cps[i], out + len);
            return str_from_utf8(out, len);
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return V_NULL;
}

static value ud_lookup(value self, int argc, const value *argv, value kwnames)
{
    if (ud_check_args(self, "lookup", argc, kwnames, 1, 1) < 0)
        return V_NULL;
    const char *s;
    size_t n;
    if (ud_is_str(argv[0])) {
        s = str_data(argv[0]);
        n = str_size(argv[0]);
    } else if (v_is_bytes(argv[0])) {
        s = bytes_data(argv[0]);
        n = bytes_size(argv[0]);
    } else if (v_is_ptr(argv[0]) && v_obj(argv[0])->type == &bytearray_type) {
        return exc_raise(&exc_TypeError, "lookup() argument must be read-only bytes-like object, not bytearray");
    } else {
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%V'", argv[0]);
    }
    if (n > UD_NAME_MAX)
        return exc_raise(&exc_KeyError, "name too long");
    uint32_t cp;
    bool old = ud_is_old(self);
    if (uni_lookup_name(s, n, &cp)) {
        /* 3.2.0 takes neither aliases nor names of characters it lacks;
         * algorithmic names it takes all (as CPython). */
        char buf[UD_NAME_MAX + 1];
        bool algorithmic = (n > 16 && memcmp(s, "HANGUL SYLLABLE ", 16) == 0) ||
                           (n > 22 && memcmp(s, "CJK UNIFIED IDEOGRAPH-", 22) == 0);
        if (!old || algorithmic || (ud_name_of(true, cp, buf) == n && strncasecmp(buf, s, n) == 0)) {
            char out[4];
            return str_from_utf8(out, (size_t)utf8_encode(cp, out));
        }
    }
    if (!old) {
        value seq = ud_named_sequence(s, n);
        if (seq || exc_occurred())
            return seq;
    }
    /* The message stops at a NUL, as CPython's %s does. */
    size_t shown = strnlen(s, n);
    value name = str_from_utf8(s, shown);
    if (!name)
        return V_NULL;
    return exc_raise(&exc_KeyError, "undefined character name '%S'", name);
}

/* -- Normalisation ------------------------------------------------------------------- */

typedef struct ud_vec {
    uint32_t *v;
    size_t n, cap;
} ud_vec;

static int ud_push(ud_vec *b, uint32_t cp)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        uint32_t *v = realloc(b->v, cap * sizeof *v);
        if (!v)
            return -1;
        b->v = v;
        b->cap = cap;
    }
    b->v[b->n++] = cp;
    return 0;
}

static int ud_decompose_one(ud_vec *b, uint32_t cp, bool compat, bool old)
{
    if (cp >= UD_SBASE && cp < UD_SBASE + UD_SCOUNT) {
        uint32_t s = cp - UD_SBASE;
        if (ud_push(b, UD_LBASE + s / UD_NCOUNT) < 0 || ud_push(b, UD_VBASE + (s % UD_NCOUNT) / UD_TCOUNT) < 0)
            return -1;
        return s % UD_TCOUNT ? ud_push(b, UD_TBASE + s % UD_TCOUNT) : 0;
    }
    if (old)
        for (int i = 0; i < UCD_NCORRECTIONS; i++)
            if (ucd_corrections[i].cp == cp)
                return ud_push(b, ucd_corrections[i].old);
    const uint32_t *d = ud_decomp(old, cp);
    if (!d || (!compat && (d[0] >> 8)))
        return ud_push(b, cp);
    for (unsigned i = 0; i < (d[0] & 255); i++)
        if (ud_decompose_one(b, d[1 + i], compat, old) < 0)
            return -1;
    return 0;
}

/* Canonical ordering: a stable insertion sort of each run of non-starters. */
static void ud_reorder(ud_vec *b)
{
    for (size_t i = 1; i < b->n; i++) {
        uint32_t c = b->v[i];
        unsigned cc = ud_ccc(c);
        if (!cc)
            continue;
        size_t j = i;
        while (j > 0) {
            unsigned pc = ud_ccc(b->v[j - 1]);
            if (pc <= cc)
                break;
            b->v[j] = b->v[j - 1];
            j--;
        }
        b->v[j] = c;
    }
}

static uint32_t ud_compose_pair(uint32_t a, uint32_t c)
{
    if (a >= UD_LBASE && a < UD_LBASE + UD_LCOUNT && c >= UD_VBASE && c < UD_VBASE + UD_VCOUNT)
        return UD_SBASE + ((a - UD_LBASE) * UD_VCOUNT + (c - UD_VBASE)) * UD_TCOUNT;
    if (a >= UD_SBASE && a < UD_SBASE + UD_SCOUNT && (a - UD_SBASE) % UD_TCOUNT == 0 && c > UD_TBASE &&
        c < UD_TBASE + UD_TCOUNT)
        return a + (c - UD_TBASE);
    size_t lo = 0, hi = UNI_NPAIRS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const uni_pair *p = &uni_pairs[mid];
        if (p->first < a || (p->first == a && p->second < c))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < UNI_NPAIRS && uni_pairs[lo].first == a && uni_pairs[lo].second == c)
        return uni_pairs[lo].composite;
    return 0;
}

/* Canonical composition in place: a character joins the last starter
 * when nothing between blocks it (a starter, or a mark of a class at
 * least its own). */
static void ud_compose(ud_vec *b)
{
    size_t w = 0;
    long starter = -1;
    for (size_t i = 0; i < b->n; i++) {
        uint32_t c = b->v[i];
        unsigned cc = ud_ccc(c);
        if (starter >= 0) {
            bool adjacent = w == (size_t)starter + 1;
            unsigned pc = adjacent ? 0 : ud_ccc(b->v[w - 1]);
            if (adjacent || (pc != 0 && pc < cc)) {
                uint32_t comp = ud_compose_pair(b->v[starter], c);
                if (comp) {
                    b->v[starter] = comp;
                    continue;
                }
            }
        }
        if (cc == 0)
            starter = (long)w;
        b->v[w++] = c;
    }
    b->n = w;
}

/* The form named by v: 0 NFC, 1 NFKC, 2 NFD, 3 NFKD; -1 with the error set. */
static int ud_form(value v, const char *fn)
{
    static const char *const forms[] = { "NFC", "NFKC", "NFD", "NFKD" };
    if (!ud_is_str(v)) {
        exc_raise(&exc_TypeError, "%s() argument 1 must be str, not %V", fn, v);
        return -1;
    }
    for (int i = 0; i < 4; i++)
        if (str_eq_cstr(v, forms[i]))
            return i;
    exc_raise(&exc_ValueError, "invalid normalization form");
    return -1;
}

/* Normalises str s; returns s itself when unchanged. *changed tells. */
static value ud_normalize_str(value s, int form, bool old, bool *changed)
{
    const char *p = str_data(s);
    size_t n = str_size(s);
    ud_vec b = { NULL, 0, 0 };
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = utf8_decode(p + i, n - i, &cp);
        if (!k) {
            cp = (unsigned char)p[i];
            k = 1;
        }
        i += (size_t)k;
        if (ud_decompose_one(&b, cp, form == 1 || form == 3, old) < 0)
            goto nomem;
    }
    ud_reorder(&b);
    if (form < 2)
        ud_compose(&b);
    char *out = malloc(b.n * 4 + 1);
    if (!out)
        goto nomem;
    size_t len = 0;
    for (size_t j = 0; j < b.n; j++)
        len += (size_t)utf8_encode(b.v[j], out + len);
    free(b.v);
    *changed = len != n || memcmp(out, p, n) != 0;
    value r = *changed ? str_from_utf8(out, len) : s;
    free(out);
    return r;
nomem:
    free(b.v);
    return exc_no_memory();
}

static value ud_normalize(value self, int argc, const value *argv, value kwnames)
{
    if (ud_check_args(self, "normalize", argc, kwnames, 2, 2) < 0)
        return V_NULL;
    int form = ud_form(argv[0], "normalize");
    if (form < 0)
        return V_NULL;
    if (!ud_is_str(argv[1]))
        return exc_raise(&exc_TypeError, "normalize() argument 2 must be str, not %V", argv[1]);
    bool changed;
    return ud_normalize_str(argv[1], form, ud_is_old(self), &changed);
}

static value ud_is_normalized(value self, int argc, const value *argv, value kwnames)
{
    if (ud_check_args(self, "is_normalized", argc, kwnames, 2, 2) < 0)
        return V_NULL;
    int form = ud_form(argv[0], "is_normalized");
    if (form < 0)
        return V_NULL;
    if (!ud_is_str(argv[1]))
        return exc_raise(&exc_TypeError, "is_normalized() argument 2 must be str, not %V", argv[1]);
    bool changed;
    if (!ud_normalize_str(argv[1], form, ud_is_old(self), &changed))
        return V_NULL;
    return changed ? V_FALSE : V_TRUE;
}

/* -- The module and the UCD type ----------------------------------------------------- */

#define UD_METHODS(F)                                                                                     \
    F(bidirectional, "Returns the bidirectional class assigned to the character chr as string.")          \
    F(category, "Returns the general category assigned to the character chr as string.")                \
    F(combining, "Returns the canonical combining class assigned to the character chr as integer.")     \
    F(decimal, "Converts a Unicode character into its equivalent decimal value.")                        \
    F(decomposition, "Returns the character decomposition mapping assigned to the character chr as string.") \
    F(digit, "Converts a Unicode character into its equivalent digit value.")                            \
    F(east_asian_width, "Returns the east asian width assigned to the character chr as string.")        \
    F(is_normalized, "Return whether the Unicode string unistr is in the normal form 'form'.")           \
    F(lookup, "Look up character by name.")                                                              \
    F(mirrored, "Returns the mirrored property assigned to the character chr as integer.")              \
    F(name, "Returns the name assigned to the character chr as a string.")                               \
    F(normalize, "Return the normal form 'form' for the Unicode string unistr.")                         \
    F(numeric, "Converts a Unicode character into its equivalent numeric value.")

#define UD_DEF(n, doc) { #n, ud_##n, METH_KEYWORDS, doc },
static const method_def ud_functions[] = {
    UD_METHODS(UD_DEF)
    { NULL, NULL, 0, NULL },
};
#undef UD_DEF

static value ud_get_version(value self)
{
    return str_from_cstr(((ucd_object *)v_obj(self))->old ? "3.2.0" : "14.0.0");
}

static void ud_trace(object *o, gc_tracer *t) { (void)o, (void)t; }

static const getset_def ud_getsets[] = {
    { "unidata_version", ud_get_version, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object ucd_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "unicodedata.UCD",
    .basicsize = sizeof(ucd_object),
    .trace = ud_trace,
    .getattr = obj_generic_getattr,
    .methods = ud_functions,
    .getsets = ud_getsets,
};

value unicodedatamodule_init(void)
{
    value m = module_new("unicodedata");
    if (!m || modules_add_functions(m, ud_functions) < 0)
        return V_NULL;
    if (!(ucd_type.flags & TYPE_READY) && type_ready(&ucd_type) < 0)
        return V_NULL;
    ucd_object *o = (ucd_object *)seq_alloc(&ucd_type, sizeof(ucd_object), 0);
    if (!o)
        return V_NULL;
    o->old = 1;
    value d = module_dict(m);
    value ver = str_from_cstr("14.0.0");
    value doc = ver ? str_from_cstr("This module provides access to the Unicode Character Database which\n"
                                    "defines character properties for all Unicode characters. The data in\n"
                                    "this database is based on the UnicodeData.txt file version\n"
                                    "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
                                    "The module uses the same names and symbols as defined by the\n"
                                    "UnicodeData File Format 14.0.0.")
                    : V_NULL;
    if (!doc || dict_set_cstr(d, "unidata_version", ver) < 0 || dict_set_cstr(d, "__doc__", doc) < 0 ||
        dict_set_cstr(d, "UCD", v_from_obj(&ucd_type)) < 0 || dict_set_cstr(d, "ucd_3_2_0", v_from_obj(o)) < 0)
        return V_NULL;
    return m;
}
