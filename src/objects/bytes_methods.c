/* The methods bytes and bytearray share (bytes_methods.h). Each works on
 * self's (pointer, length) and makes its results with `make`, which gives
 * self's kind. Text classification and case mapping are ASCII-only, as
 * for CPython's bytes.
 *
 * A bytearray's buffer moves when it is resized, and Python code (an
 * __index__, an iterator's __next__) can resize it. So every method
 * converts its arguments first and only then takes the pointers to self's
 * bytes and to its bytes-like arguments, and runs no Python code after
 * that. */
#include <stdio.h>
#include <string.h>
#include "bytes_methods.h"
#include "bytearray.h"
#include "bytes.h"
#include "codecs.h"
#include "exceptions.h"
#include "int.h"
#include "list.h"
#include "sequtil.h"
#include "str_internal.h"
#include "tuple.h"
#include "type.h"
#include "../gc/gc.h"
#include "../util/strbuf.h"
#include "../vm/exc.h"

#define METHOD(name) value name(value self, int argc, const value *argv, value kwnames)

/* -- Self, results, arguments ------------------------------------------------ */

static bool is_bytes_kind(value self) { return v_isinstance(self, &bytes_type); }

/* self's bytes (bytes or bytearray). */
static const char *sdata(value self, size_t *n)
{
    if (is_bytes_kind(self)) {
        *n = bytes_size(self);
        return bytes_data(self);
    }
    bytearray_object *b = v_bytearray(self);
    *n = b->size;
    return b->data ? b->data : "";
}

/* A new object of self's kind holding d[0..n). */
static value make(value self, const char *d, size_t n)
{
    return is_bytes_kind(self) ? bytes_from(d, n) : bytearray_from(d, n);
}

/* d[0..n) as self's kind, or self itself when that is an exact bytes
 * object with the same bytes (immutable, so sharing is invisible). */
static value make_or_self(value self, const char *d, size_t n)
{
    size_t sn;
    const char *sd = sdata(self, &sn);
    if (v_is_bytes(self) && d == sd && n == sn)
        return self;
    return make(self, d, n);
}

/* A result built in a strbuf. */
static value make_sb(value self, strbuf *sb)
{
    if (sb->failed) {
        sb_free(sb);
        return exc_no_memory();
    }
    value r = make(self, sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return r;
}

/* A bytes-like argument; -1 with "a bytes-like object is required". */
static int bytes_arg(value v, const char **d, size_t *n)
{
    if (buffer_get(v, d, n))
        return 0;
    exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(v));
    return -1;
}

static bool is_index(value v) { return v_is_int(v) || v_type(v)->nb_index; }

/* The needle of find/count/index/`in`: a byte value or a bytes-like
 * object. An int needle is stored in *one. */
static int needle_arg(value v, const char **d, size_t *n, char *one)
{
    if (!is_index(v)) {
        if (buffer_get(v, d, n))
            return 0;
        exc_raise(&exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                  v_type_name(v));
        return -1;
    }
    int64_t c;
    if (str_arg_index(v, &c, 1) < 0)
        return -1;
    if (c < 0 || c > 255) {
        exc_raise(&exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *one = (char)c;
    *d = one;
    *n = 1;
    return 0;
}

static bool is_ws(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static char to_upper(char c) { return is_lower(c) ? (char)(c - 32) : c; }
static char to_lower(char c) { return is_upper(c) ? (char)(c + 32) : c; }

/* -- Searching ---------------------------------------------------------------- */

/* The arguments of find/rfind/index/rindex/count: the needle and the
 * [s, e) range (s may exceed the length: then nothing matches). */
typedef struct search_args {
    const char *hay, *nd;
    size_t hn, nn;
    int64_t s, e;
    char one;
} search_args;

static int parse_search(const char *name, value self, int argc, const value *argv, search_args *a)
{
    if (argc < 1) {
        exc_raise(&exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return -1;
    }
    if (argc > 3) {
        exc_raise(&exc_TypeError, "%s() takes at most 3 arguments (%d given)", name, argc);
        return -1;
    }
    /* type checks first (CPython's order of messages), conversions that
     * may run Python code next, pointers last */
    if (!is_index(argv[0]) && !buffer_get(argv[0], &a->nd, &a->nn))
        return needle_arg(argv[0], &a->nd, &a->nn, &a->one);
    size_t len;
    sdata(self, &len);
    if (str_arg_range(argc > 1 ? argv[1] : V_NULL, argc > 2 ? argv[2] : V_NULL, len, &a->s, &a->e) < 0)
        return -1;
    if (needle_arg(argv[0], &a->nd, &a->nn, &a->one) < 0)
        return -1;
    a->hay = sdata(self, &a->hn);
    if (a->e > (int64_t)a->hn)
        a->e = (int64_t)a->hn;
    return 0;
}

static int64_t find_in(const search_args *a, int reverse)
{
    if (a->s > a->e || (int64_t)a->nn > a->e - a->s)
        return -1;
    return str_find_bytes(a->hay, (size_t)a->s, (size_t)a->e, a->nd, a->nn, reverse);
}

static value find_common(const char *name, value self, int argc, const value *argv, value kwnames,
                         int reverse, bool raise)
{
    search_args a;
    if (parse_search(name, self, argc, argv, &a) < 0)
        return V_NULL;
    int64_t r = find_in(&a, reverse);
    if (r < 0 && raise)
        return exc_raise(&exc_ValueError, "subsection not found");
    return v_small(r);
}

METHOD(bm_find) { return find_common("find", self, argc, argv, kwnames, 0, false); }
METHOD(bm_rfind) { return find_common("rfind", self, argc, argv, kwnames, 1, false); }
METHOD(bm_index) { return find_common("index", self, argc, argv, kwnames, 0, true); }
METHOD(bm_rindex) { return find_common("rindex", self, argc, argv, kwnames, 1, true); }

METHOD(bm_count)
{
    search_args a;
    if (parse_search("count", self, argc, argv, &a) < 0)
        return V_NULL;
    if (a.s > a.e)
        return v_small(0);
    if (a.nn == 0)
        return v_small(a.e - a.s + 1);
    int64_t c = 0;
    for (size_t p = (size_t)a.s;;) {
        int64_t f = str_find_bytes(a.hay, p, (size_t)a.e, a.nd, a.nn, 0);
        if (f < 0)
            break;
        c++;
        p = (size_t)f + a.nn;
    }
    return v_small(c);
}

/* startswith/endswith against one candidate, as CPython's tailmatch. */
static bool tail_match(const char *h, int64_t len, int64_t s, int64_t e, const char *p, int64_t pn, bool end)
{
    if (!end) {
        if (s > len - pn)
            return false;
    } else {
        if (e - s < pn || s > len)
            return false;
        if (e - pn > s)
            s = e - pn;
    }
    if (e - s < pn)
        return false;
    return memcmp(h + s, p, (size_t)pn) == 0;
}

static value affix_common(const char *name, value self, int argc, const value *argv, bool end)
{
    if (argc < 1) {
        exc_raise(&exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return V_NULL;
    }
    if (argc > 3) {
        exc_raise(&exc_TypeError, "%s() takes at most 3 arguments (%d given)", name, argc);
        return V_NULL;
    }
    value p = argv[0];
    bool tuple = v_isinstance(p, &tuple_type);
    const char *d;
    size_t n;
    if (!tuple && !buffer_get(p, &d, &n))
        return exc_raise(&exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                         v_type_name(p));
    size_t len;
    sdata(self, &len);
    int64_t s, e;
    if (str_arg_range(argc > 1 ? argv[1] : V_NULL, argc > 2 ? argv[2] : V_NULL, len, &s, &e) < 0)
        return V_NULL;
    size_t count = tuple ? tuple_len(p) : 1;
    for (size_t i = 0; i < count; i++) {
        /* (again for a single one: the range's __index__ may have changed it) */
        if (bytes_arg(tuple ? tuple_get(p, i) : p, &d, &n) < 0)
            return V_NULL;
        const char *h = sdata(self, &len);
        if (tail_match(h, (int64_t)len, s, e, d, (int64_t)n, end))
            return V_TRUE;
    }
    return V_FALSE;
}

METHOD(bm_startswith) { return affix_common("startswith", self, argc, argv, false); }
METHOD(bm_endswith) { return affix_common("endswith", self, argc, argv, true); }

METHOD(bm_removeprefix)
{
    const char *p;
    size_t pn, n;
    if (bytes_arg(argv[0], &p, &pn) < 0)
        return V_NULL;
    const char *d = sdata(self, &n);
    if (pn <= n && memcmp(d, p, pn) == 0)
        return make_or_self(self, d + pn, n - pn);
    return make_or_self(self, d, n);
}

METHOD(bm_removesuffix)
{
    const char *p;
    size_t pn, n;
    if (bytes_arg(argv[0], &p, &pn) < 0)
        return V_NULL;
    const char *d = sdata(self, &n);
    if (pn && pn <= n && memcmp(d + n - pn, p, pn) == 0)
        return make_or_self(self, d, n - pn);
    return make_or_self(self, d, n);
}

/* -- join, split, partition ------------------------------------------------- */

METHOD(bm_join)
{
    value it = obj_iter(argv[0]);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "can only join an iterable");
        }
        return V_NULL;
    }
    /* the items first (their iteration may run Python code), then the bytes */
    value items = list_new(0);
    if (!items)
        return V_NULL;
    for (int64_t i = 0;; i++) {
        value x = obj_next(it);
        if (!x) {
            if (exc_occurred())
                return V_NULL;
            break;
        }
        const char *d;
        size_t n;
        if (!buffer_get(x, &d, &n))
            return exc_raise(&exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                             (long long)i, v_type_name(x));
        if (list_append(items, x) < 0)
            return V_NULL;
    }
    size_t count = list_len(items);
    if (count == 1 && v_is_bytes(list_get(items, 0)) && v_is_bytes(self))
        return list_get(items, 0);
    /* sized first: a result no memory can hold fails at once */
    uint64_t total = 0;
    size_t sepn;
    (void)sdata(self, &sepn);
    for (size_t i = 0; i < count; i++) {
        const char *d;
        size_t n;
        if (buffer_get(list_get(items, i), &d, &n))
            total += n + (i ? sepn : 0);
    }
    if (total > gc_max_request())
        return exc_no_memory();
    strbuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < count; i++) {
        const char *d;
        size_t n, sn;
        if (!buffer_get(list_get(items, i), &d, &n)) {   /* a released view */
            sb_free(&sb);
            return exc_raise(&exc_ValueError, "operation forbidden on released memoryview object");
        }
        if (i) {
            const char *sd = sdata(self, &sn);
            sb_append(&sb, sd, sn);
        }
        sb_append(&sb, d, n);
    }
    return make_sb(self, &sb);
}

/* split's and rsplit's arguments: the separator (NULL for whitespace)
 * and maxsplit (INT64_MAX for no limit). */
static int parse_split(const char *name, int argc, const value *argv, value kwnames, const char **sep,
                       size_t *sn, int64_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    value a[2];
    if (str_parse_args(name, argc, argv, kwnames, names, 0, a) < 0)
        return -1;
    *maxsplit = -1;
    if (a[1] && str_arg_index(a[1], maxsplit, 0) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    *sep = NULL;
    if (a[0] && a[0] != V_NONE) {
        if (bytes_arg(a[0], sep, sn) < 0)
            return -1;
        if (*sn == 0) {
            exc_raise(&exc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

static int add_piece(value list, value self, const char *d, size_t n)
{
    value p = make_or_self(self, d, n);
    return p ? list_append(list, p) : -1;
}

METHOD(bm_split)
{
    const char *sep;
    size_t sn, n;
    int64_t maxsplit;
    if (parse_split("split", argc, argv, kwnames, &sep, &sn, &maxsplit) < 0)
        return V_NULL;
    value out = list_new(0);
    if (!out)
        return V_NULL;
    const char *h = sdata(self, &n);
    size_t i = 0;
    if (!sep) {
        for (;;) {
            while (i < n && is_ws(h[i]))
                i++;
            if (i == n)
                break;
            size_t j = i;
            if (maxsplit-- <= 0)
                j = n;
            else
                while (j < n && !is_ws(h[j]))
                    j++;
            if (add_piece(out, self, h + i, j - i) < 0)
                return V_NULL;
            i = j;
        }
        return out;
    }
    for (;;) {
        int64_t f = maxsplit-- > 0 ? str_find_bytes(h, i, n, sep, sn, 0) : -1;
        size_t j = f < 0 ? n : (size_t)f;
        if (add_piece(out, self, h + i, j - i) < 0)
            return V_NULL;
        if (f < 0)
            break;
        i = j + sn;
    }
    return out;
}

/* Reverses a list in place (rsplit collects its pieces from the right). */
static void reverse_list(value list)
{
    size_t n = list_len(list);
    for (size_t i = 0; i < n / 2; i++) {
        value a = list_get(list, i), b = list_get(list, n - 1 - i);
        v_list(list)->items[i] = b;
        v_list(list)->items[n - 1 - i] = a;
    }
}

METHOD(bm_rsplit)
{
    const char *sep;
    size_t sn, n;
    int64_t maxsplit;
    if (parse_split("rsplit", argc, argv, kwnames, &sep, &sn, &maxsplit) < 0)
        return V_NULL;
    value out = list_new(0);
    if (!out)
        return V_NULL;
    const char *h = sdata(self, &n);
    size_t j = n;
    if (!sep) {
        for (;;) {
            while (j > 0 && is_ws(h[j - 1]))
                j--;
            if (j == 0)
                break;
            size_t i = j;
            if (maxsplit-- <= 0)
                i = 0;
            else
                while (i > 0 && !is_ws(h[i - 1]))
                    i--;
            if (add_piece(out, self, h + i, j - i) < 0)
                return V_NULL;
            j = i;
        }
    } else {
        for (;;) {
            int64_t f = maxsplit-- > 0 ? str_find_bytes(h, 0, j, sep, sn, 1) : -1;
            size_t i = f < 0 ? 0 : (size_t)f + sn;
            if (add_piece(out, self, h + i, j - i) < 0)
                return V_NULL;
            if (f < 0)
                break;
            j = (size_t)f;
        }
    }
    reverse_list(out);
    return out;
}

METHOD(bm_splitlines)
{
    static const char *const names[] = {"keepends", NULL};
    value a[1];
    if (str_parse_args("splitlines", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    int64_t keep = 0;
    if (a[0]) {
        if (v_isinstance(a[0], &float_type))
            return exc_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
        if (str_arg_index(a[0], &keep, 1) < 0)
            return V_NULL;
    }
    value out = list_new(0);
    if (!out)
        return V_NULL;
    size_t n;
    const char *h = sdata(self, &n);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && h[j] != '\n' && h[j] != '\r')
            j++;
        size_t eol = j;
        if (j < n)
            j += h[j] == '\r' && j + 1 < n && h[j + 1] == '\n' ? 2 : 1;
        if (add_piece(out, self, h + i, (keep ? j : eol) - i) < 0)
            return V_NULL;
        i = j;
    }
    return out;
}

static value partition_common(value self, value sepv, bool reverse)
{
    const char *sep;
    size_t sn, n;
    if (bytes_arg(sepv, &sep, &sn) < 0)
        return V_NULL;
    if (sn == 0)
        return exc_raise(&exc_ValueError, "empty separator");
    const char *h = sdata(self, &n);
    int64_t f = str_find_bytes(h, 0, n, sep, sn, reverse);
    value empty = make(self, "", 0);
    if (!empty)
        return V_NULL;
    if (f < 0) {
        value whole = make_or_self(self, h, n);
        if (!whole)
            return V_NULL;
        value other = make(self, "", 0);
        if (!other)
            return V_NULL;
        return reverse ? tuple_pack(3, empty, other, whole) : tuple_pack(3, whole, empty, other);
    }
    /* bytes keep the separator object as given; bytearray copies it */
    value mid = is_bytes_kind(self) ? sepv : make(self, sep, sn);
    if (!mid)
        return V_NULL;
    value left = make(self, h, (size_t)f);
    if (!left)
        return V_NULL;
    value right = make(self, h + f + sn, n - (size_t)f - sn);
    if (!right)
        return V_NULL;
    return tuple_pack(3, left, mid, right);
}

METHOD(bm_partition) { return partition_common(self, argv[0], false); }
METHOD(bm_rpartition) { return partition_common(self, argv[0], true); }

/* -- strip, replace -------------------------------------------------------------- */

static value strip_common(const char *name, value self, int argc, const value *argv, bool left, bool right)
{
    if (args_count(name, argc, 0, 1) < 0)
        return V_NULL;
    const char *cs = NULL;
    size_t cn = 0, n;
    if (argc && argv[0] != V_NONE && bytes_arg(argv[0], &cs, &cn) < 0)
        return V_NULL;
    const char *h = sdata(self, &n);
    size_t i = 0, j = n;
#define STRIPPED(c) (cs ? memchr(cs, (c), cn) != NULL : is_ws(c))
    if (left)
        while (i < j && STRIPPED(h[i]))
            i++;
    if (right)
        while (j > i && STRIPPED(h[j - 1]))
            j--;
#undef STRIPPED
    return make_or_self(self, h + i, j - i);
}

METHOD(bm_strip) { return strip_common("strip", self, argc, argv, true, true); }
METHOD(bm_lstrip) { return strip_common("lstrip", self, argc, argv, true, false); }
METHOD(bm_rstrip) { return strip_common("rstrip", self, argc, argv, false, true); }

/* The size of h with up to `count` occurrences of old (on bytes)
 * replaced by nn bytes (saturating). */
static uint64_t replaced_size(const char *h, size_t n, const char *od, size_t on, size_t nn, int64_t count)
{
    uint64_t found = 0;
    if (on == 0) {
        found = (uint64_t)count < (uint64_t)n + 1 ? (uint64_t)count : (uint64_t)n + 1;
    } else {
        for (size_t i = 0; (int64_t)found < count;) {
            int64_t f = str_find_bytes(h, i, n, od, on, 0);
            if (f < 0)
                break;
            found++;
            i = (size_t)f + on;
        }
    }
    uint64_t grow;
    if (__builtin_mul_overflow(found, (uint64_t)(nn - on), &grow) || grow > UINT64_MAX - n)
        return UINT64_MAX;
    return n + grow;
}

METHOD(bm_replace)
{
    if (args_count("replace", argc, 2, 3) < 0)
        return V_NULL;
    const char *od, *nd;
    size_t on, nn, n;
    if (!buffer_get(argv[0], &od, &on))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[0]));
    if (!buffer_get(argv[1], &nd, &nn))
        return exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(argv[1]));
    int64_t count = -1;
    if (argc > 2 && str_arg_index(argv[2], &count, 0) < 0)
        return V_NULL;
    /* again: the count's __index__ may have resized or released them */
    if (bytes_arg(argv[0], &od, &on) < 0 || bytes_arg(argv[1], &nd, &nn) < 0)
        return V_NULL;
    const char *h = sdata(self, &n);
    if (count < 0)
        count = INT64_MAX;
    if (nn > on && replaced_size(h, n, od, on, nn, count) > gc_max_request())
        return exc_no_memory();   /* sized first: fails at once, not after growing */
    strbuf sb;
    sb_init(&sb);
    size_t i = 0;
    bool changed = false;
    for (; count > 0; count--) {
        int64_t f;
        if (on == 0)
            f = i <= n ? (int64_t)i : -1;
        else
            f = str_find_bytes(h, i, n, od, on, 0);
        if (f < 0)
            break;
        changed = true;
        sb_append(&sb, h + i, (size_t)f - i);
        sb_append(&sb, nd, nn);
        if (on == 0) {
            if ((size_t)f < n)
                sb_putc(&sb, h[f]);
            i = (size_t)f + 1;
        } else {
            i = (size_t)f + on;
        }
    }
    if (!changed) {
        sb_free(&sb);
        return make_or_self(self, h, n);
    }
    if (i < n)
        sb_append(&sb, h + i, n - i);
    return make_sb(self, &sb);
}

/* -- Case mapping and classification (ASCII) ----------------------------------- */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static value map_case(value self, int mode)
{
    size_t n;
    sdata(self, &n);
    value r = make(self, NULL, n);
    if (!r)
        return V_NULL;
    const char *d = sdata(self, &n);
    char *w = (char *)sdata(r, &n);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        switch (mode) {
        case CASE_UPPER: c = to_upper(c); break;
        case CASE_LOWER: c = to_lower(c); break;
        case CASE_SWAP: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case CASE_CAPITALIZE: c = i == 0 ? to_upper(c) : to_lower(c); break;
        default: {
            bool cased = is_upper(c) || is_lower(c);
            c = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = cased;
            break;
        }
        }
        w[i] = c;
    }
    return r;
}

METHOD(bm_upper) { return map_case(self, CASE_UPPER); }
METHOD(bm_lower) { return map_case(self, CASE_LOWER); }
METHOD(bm_swapcase) { return map_case(self, CASE_SWAP); }
METHOD(bm_capitalize) { return map_case(self, CASE_CAPITALIZE); }
METHOD(bm_title) { return map_case(self, CASE_TITLE); }

/* True when every byte satisfies pred (False for no bytes). */
static value all_bytes(value self, bool (*pred)(char))
{
    size_t n;
    const char *d = sdata(self, &n);
    if (n == 0)
        return V_FALSE;
    for (size_t i = 0; i < n; i++)
        if (!pred(d[i]))
            return V_FALSE;
    return V_TRUE;
}

static bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
static bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

METHOD(bm_isalnum) { return all_bytes(self, is_alnum); }
METHOD(bm_isalpha) { return all_bytes(self, is_alpha); }
METHOD(bm_isdigit) { return all_bytes(self, is_digit); }
METHOD(bm_isspace) { return all_bytes(self, is_ws); }

METHOD(bm_isascii)
{
    size_t n;
    const char *d = sdata(self, &n);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)d[i] >= 0x80)
            return V_FALSE;
    return V_TRUE;
}

/* islower/isupper: some cased byte, all cased bytes in the wanted case. */
static value case_is(value self, bool (*want)(char), bool (*other)(char))
{
    size_t n;
    const char *d = sdata(self, &n);
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        if (other(d[i]))
            return V_FALSE;
        any |= want(d[i]);
    }
    return v_bool(any);
}

METHOD(bm_islower) { return case_is(self, is_lower, is_upper); }
METHOD(bm_isupper) { return case_is(self, is_upper, is_lower); }

METHOD(bm_istitle)
{
    size_t n;
    const char *d = sdata(self, &n);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        if (is_upper(c)) {
            if (prev_cased)
                return V_FALSE;
            prev_cased = cased = true;
        } else if (is_lower(c)) {
            if (!prev_cased)
                return V_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return v_bool(cased);
}

/* -- Padding and tabs ------------------------------------------------------------ */

static value pad(value self, int64_t left, int64_t right, char fill)
{
    size_t n;
    sdata(self, &n);
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return make_or_self(self, sdata(self, &n), n);
    if ((uint64_t)left + (uint64_t)right > gc_max_request() - n)   /* no memory could hold it */
        return exc_no_memory();
    value r = make(self, NULL, n + (size_t)left + (size_t)right);
    if (!r)
        return V_NULL;
    size_t rn;
    char *w = (char *)sdata(r, &rn);
    const char *d = sdata(self, &n);
    memset(w, fill, (size_t)left);
    memcpy(w + left, d, n);
    memset(w + left + n, fill, (size_t)right);
    return r;
}

/* width and the optional fill byte of center/ljust/rjust. */
static int pad_args(const char *name, int argc, const value *argv, int64_t *width, char *fill)
{
    if (args_count(name, argc, 1, 2) < 0)
        return -1;
    if (str_arg_index(argv[0], width, 0) < 0)
        return -1;
    if (*width < 0)
        *width = 0;   /* pads like 0; keeps width - len from overflowing */
    *fill = ' ';
    if (argc > 1) {
        const char *d;
        size_t n;
        if ((!v_isinstance(argv[1], &bytes_type) && !v_is_bytearray(argv[1])) || !buffer_get(argv[1], &d, &n) ||
            n != 1) {
            exc_raise(&exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                      v_type_name(argv[1]));
            return -1;
        }
        *fill = d[0];
    }
    return 0;
}

METHOD(bm_center)
{
    int64_t width;
    char fill;
    size_t n;
    if (pad_args("center", argc, argv, &width, &fill) < 0)
        return V_NULL;
    sdata(self, &n);
    int64_t padn = width - (int64_t)n;
    if (padn <= 0)
        return pad(self, 0, 0, fill);
    int64_t left = padn / 2 + (padn & width & 1);
    return pad(self, left, padn - left, fill);
}

METHOD(bm_ljust)
{
    int64_t width;
    char fill;
    size_t n;
    if (pad_args("ljust", argc, argv, &width, &fill) < 0)
        return V_NULL;
    sdata(self, &n);
    return pad(self, 0, width - (int64_t)n, fill);
}

METHOD(bm_rjust)
{
    int64_t width;
    char fill;
    size_t n;
    if (pad_args("rjust", argc, argv, &width, &fill) < 0)
        return V_NULL;
    sdata(self, &n);
    return pad(self, width - (int64_t)n, 0, fill);
}

METHOD(bm_zfill)
{
    int64_t width;
    if (str_arg_index(argv[0], &width, 0) < 0)
        return V_NULL;
    size_t n;
    sdata(self, &n);
    if (width <= (int64_t)n)
        return pad(self, 0, 0, '0');
    value r = pad(self, width - (int64_t)n, 0, '0');
    if (!r)
        return V_NULL;
    /* a sign moves to the front of the zeros */
    size_t rn;
    char *w = (char *)sdata(r, &rn);
    char first = w[rn - n];
    if (n && (first == '+' || first == '-')) {
        w[0] = first;
        w[rn - n] = '0';
    }
    return r;
}

METHOD(bm_expandtabs)
{
    static const char *const names[] = {"tabsize", NULL};
    value a[1];
    if (str_parse_args("expandtabs", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    int64_t tab = 8;
    if (a[0]) {
        if (v_isinstance(a[0], &float_type))
            return exc_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
        if (str_arg_index(a[0], &tab, 0) < 0)
            return V_NULL;
        if (tab > INT32_MAX || tab < INT32_MIN)
            return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    }
    size_t n;
    const char *d = sdata(self, &n);
    /* sized first (CPython's way): an impossible result fails at once */
    uint64_t total = 0;
    int64_t col = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t k = d[i] == '\t' ? (tab > 0 ? tab - col % tab : 0) : 1;
        col = d[i] == '\t' ? col + k : d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
        if (__builtin_add_overflow(total, (uint64_t)k, &total) || total > (uint64_t)INT64_MAX)
            return exc_raise(&exc_OverflowError, "result too long");
    }
    if (total > gc_max_request())
        return exc_no_memory();
    static const char spaces[64] = "                                                                ";
    strbuf sb;
    sb_init(&sb);
    col = 0;
    for (size_t i = 0; i < n && !sb.failed; i++) {
        char c = d[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                col += k;
                for (; k > 0; k -= 64)
                    sb_append(&sb, spaces, k < 64 ? (size_t)k : 64);
            }
        } else {
            sb_putc(&sb, c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return make_sb(self, &sb);
}

/* -- translate, maketrans ------------------------------------------------------ */

METHOD(bm_translate)
{
    static const char *const names[] = {"table", "delete", NULL};
    value a[2];
    if (argc < 1)   /* the table is positional-only */
        return exc_raise(&exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    if (str_parse_args("translate", argc, argv, kwnames, names, 1, a) < 0)
        return V_NULL;
    const char *table = NULL, *del = "";
    size_t tn = 0, dn = 0;
    if (a[0] != V_NONE) {
        if (bytes_arg(a[0], &table, &tn) < 0)
            return V_NULL;
        if (tn != 256)
            return exc_raise(&exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && bytes_arg(a[1], &del, &dn) < 0)
        return V_NULL;
    bool gone[256] = {false};
    for (size_t i = 0; i < dn; i++)
        gone[(unsigned char)del[i]] = true;
    size_t n;
    const char *d = sdata(self, &n);
    strbuf sb;
    sb_init(&sb);
    bool changed = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (gone[c]) {
            changed = true;
            continue;
        }
        char t = table ? table[c] : (char)c;
        changed |= t != (char)c;
        sb_putc(&sb, t);
    }
    if (!changed) {
        sb_free(&sb);
        return make_or_self(self, d, n);
    }
    return make_sb(self, &sb);
}

METHOD(bm_maketrans)
{
    if (args_count("maketrans", argc, 2, 2) < 0)
        return V_NULL;
    const char *f, *t;
    size_t fn, tn;
    if (bytes_arg(argv[0], &f, &fn) < 0 || bytes_arg(argv[1], &t, &tn) < 0)
        return V_NULL;
    if (fn != tn)
        return exc_raise(&exc_ValueError, "maketrans arguments must have same length");
    value r = bytes_from(NULL, 256);
    if (!r)
        return V_NULL;
    char *w = v_bytes(r)->data;
    for (int i = 0; i < 256; i++)
        w[i] = (char)i;
    for (size_t i = 0; i < fn; i++)
        w[(unsigned char)f[i]] = t[i];
    return r;
}

/* -- hex, fromhex --------------------------------------------------------------- */

int bytes_hex_args(value sepv, value perv, char *sep, int64_t *per)
{
    *sep = 0;
    *per = 1;
    if (sepv) {
        const char *sd;
        size_t sn;
        if (v_is_str_like(sepv)) {
            sd = str_data(sepv);
            sn = str_len(sepv);
        } else if (!buffer_get(sepv, &sd, &sn)) {
            exc_raise(&exc_TypeError, "object of type '%s' has no len()", v_type_name(sepv));
            return -1;
        }
        if (sn != 1) {
            exc_raise(&exc_ValueError, "sep must be length 1.");
            return -1;
        }
        if ((unsigned char)sd[0] >= 0x80) {
            exc_raise(&exc_ValueError, "sep must be ASCII.");
            return -1;
        }
        *sep = sd[0];
    }
    if (perv && sepv) {
        if (v_isinstance(perv, &float_type)) {
            exc_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        if (str_arg_index(perv, per, 0) < 0)
            return -1;
        if (*per > INT32_MAX || *per < INT32_MIN) {
            exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
    }
    return 0;
}

value bytes_hex_str(const char *d, size_t n, char sep, int64_t per)
{
    uint64_t group = per < 0 ? (uint64_t)-per : (uint64_t)per;
    if (!sep)
        group = 0;
    strbuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (group && i) {
            /* a separator before byte i when a group boundary falls there:
             * groups count from the right, or from the left for per < 0 */
            uint64_t pos = per < 0 ? i : n - i;
            if (pos % group == 0)
                sb_putc(&sb, sep);
        }
        unsigned char c = (unsigned char)d[i];
        sb_putc(&sb, "0123456789abcdef"[c >> 4]);
        sb_putc(&sb, "0123456789abcdef"[c & 15]);
    }
    if (sb.failed) {
        sb_free(&sb);
        return exc_no_memory();
    }
    value r = str_from_utf8(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

METHOD(bm_hex)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    value a[2];
    if (str_parse_args("hex", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    char sep;
    int64_t per;
    if (bytes_hex_args(a[0], a[1], &sep, &per) < 0)
        return V_NULL;
    size_t n;
    const char *d = sdata(self, &n);
    return bytes_hex_str(d, n, sep, per);
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

METHOD(bm_fromhex)
{
    if (!v_is_str_like(argv[0]))
        return exc_raise(&exc_TypeError, "fromhex() argument must be str, not %s", v_type_name(argv[0]));
    const char *s = str_data(argv[0]);
    size_t n = str_size(argv[0]);
    strbuf sb;
    sb_init(&sb);
    /* positions in messages count characters, so count them as we go */
    size_t pos = 0;
    for (size_t i = 0; i < n;) {
        if (is_ws(s[i])) {
            i++, pos++;
            continue;
        }
        int hi = hex_digit(s[i]);
        int lo = hi >= 0 && i + 1 < n ? hex_digit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            sb_free(&sb);
            return exc_raise(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                             hi < 0 ? pos : pos + 1);
        }
        sb_putc(&sb, (char)(hi * 16 + lo));
        i += 2, pos += 2;
    }
    type_object *cls = v_as_type(self);
    bool ba = type_is_subtype(cls, &bytearray_type);
    if (sb.failed) {
        sb_free(&sb);
        return exc_no_memory();
    }
    value r = ba ? bytearray_from(sb.data, sb.len) : bytes_from(sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    if (!r || cls == &bytes_type || cls == &bytearray_type)
        return r;
    return obj_call1(self, r);
}

/* -- decode ---------------------------------------------------------------------- */

METHOD(bm_decode)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    value a[2];
    if (str_parse_args("decode", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    for (int i = 0; i < 2; i++) {
        if (a[i] && !v_is_str_like(a[i]))
            return exc_raise(&exc_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                             str_arg_type_name(a[i]));
        if (a[i] && codec_check_name(a[i]) < 0)
            return V_NULL;
    }
    size_t n;
    const char *d = sdata(self, &n);
    return codec_decode(self, d, n, a[0] ? str_data(a[0]) : "utf-8", a[1] ? str_data(a[1]) : "strict");
}
