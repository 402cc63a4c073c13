/* The methods of str, most used first: join, split/rsplit/splitlines,
 * strip family, startswith/endswith, find/rfind/index/rindex/count,
 * replace, partition, padding (center/ljust/rjust/zfill), expandtabs,
 * encode, removeprefix/removesuffix, maketrans/translate, then case
 * mapping (str_case.c supplies the Unicode tables) and the is* predicates.
 * Each checks its arguments with CPython 3.11's messages (argument clinic
 * methods say "center expected at least 1 argument, got 0", older ones
 * "find() takes at least 1 argument (0 given)"). The method table that
 * str_type (str_type.c) uses is at the end. */
#include <stdlib.h>
#include <string.h>
#include "str_internal.h"
#include "bytes.h"
#include "codecs.h"
#include "dict.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "sequtil.h"
#include "tuple.h"
#include "../gc/gc.h"
#include "../vm/exc.h"
#include "../unicode/unicode.h"

#define METHOD(name) static value name(value self, int argc, const value *argv, value kwnames)

/* -- Searching -------------------------------------------------------------- */

int64_t str_find_bytes(const char *hay, size_t b0, size_t b1, const char *nd, size_t nn, int reverse)
{
    if (b1 < b0 || nn > b1 - b0) return -1;
    if (nn == 0) return (int64_t)(reverse ? b1 : b0);
    if (!reverse) {
        const char *p = hay + b0, *end = hay + b1 - nn + 1;
        while (p < end) {
            p = memchr(p, nd[0], (size_t)(end - p));
            if (!p) return -1;
            if (memcmp(p, nd, nn) == 0) return p - hay;
            p++;
        }
    } else {
        for (size_t i = b1 - nn + 1; i-- > b0;)
            if (hay[i] == nd[0] && memcmp(hay + i, nd, nn) == 0) return (int64_t)i;
    }
    return -1;
}

/* The byte offset of code point index i, or of the end. */
static size_t off(value s, int64_t i) { return str_offset(s, (size_t)i); }

/* Code point index of byte offset b. */
static size_t cp_index(value s, size_t b)
{
    if (v_obj(s)->flags & STR_ASCII) return b;
    return str_count_cps(str_data(s), b);
}

/* find/rfind/index/rindex/count share their argument handling. */
static int search_args(const char *name, int argc, const value *argv, value kwnames, value self,
                       value *sub, size_t *b0, size_t *b1, int *empty_range)
{
    if (args_no_kw(name, kwnames) < 0) return -1;
    if (argc < 1) {
        exc_raise(&exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return -1;
    }
    if (argc > 3) {
        exc_raise(&exc_TypeError, "%s() takes at most 3 arguments (%d given)", name, argc);
        return -1;
    }
    if (!v_is_str_like(argv[0])) {
        exc_raise(&exc_TypeError, "must be str, not %s", v_type_name(argv[0]));
        return -1;
    }
    *sub = argv[0];
    int64_t s, e;
    if (str_arg_range(argc > 1 ? argv[1] : V_NULL, argc > 2 ? argv[2] : V_NULL, str_len(self), &s, &e) < 0)
        return -1;
    *empty_range = s > e || s > (int64_t)str_len(self);
    if (*empty_range) { *b0 = *b1 = 0; return 0; }
    *b0 = off(self, s);
    *b1 = off(self, e);
    return 0;
}

static value do_find(const char *name, value self, int argc, const value *argv, value kwnames,
                     int reverse, int raise)
{
    value sub;
    size_t b0, b1;
    int empty;
    if (search_args(name, argc, argv, kwnames, self, &sub, &b0, &b1, &empty) < 0) return V_NULL;
    int64_t r = empty ? -1 : str_find_bytes(str_data(self), b0, b1, str_data(sub), str_size(sub), reverse);
    if (r < 0) {
        if (raise) return exc_raise(&exc_ValueError, "substring not found");
        return v_small(-1);
    }
    return v_small((int64_t)cp_index(self, (size_t)r));
}

METHOD(s_find) { return do_find("find", self, argc, argv, kwnames, 0, 0); }
METHOD(s_rfind) { return do_find("rfind", self, argc, argv, kwnames, 1, 0); }
METHOD(s_index) { return do_find("index", self, argc, argv, kwnames, 0, 1); }
METHOD(s_rindex) { return do_find("rindex", self, argc, argv, kwnames, 1, 1); }

static size_t count_in(const char *d, size_t b0, size_t b1, const char *nd, size_t nn, size_t maxcount)
{
    size_t n = 0;
    while (n < maxcount) {
        int64_t r = str_find_bytes(d, b0, b1, nd, nn, 0);
        if (r < 0) break;
        n++;
        b0 = (size_t)r + nn;
    }
    return n;
}

METHOD(s_count)
{
    value sub;
    size_t b0, b1;
    int empty;
    if (search_args("count", argc, argv, kwnames, self, &sub, &b0, &b1, &empty) < 0) return V_NULL;
    if (empty) return v_small(0);
    if (str_size(sub) == 0)   /* one more than the characters in range */
        return v_small((int64_t)str_count_cps(str_data(self) + b0, b1 - b0) + 1);
    return v_small((int64_t)count_in(str_data(self), b0, b1, str_data(sub), str_size(sub), SIZE_MAX));
}

/* startswith / endswith */
static value prefix_check(const char *name, value self, int argc, const value *argv, value kwnames, int end)
{
    if (args_no_kw(name, kwnames) < 0) return V_NULL;
    if (argc < 1) return exc_raise(&exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
    if (argc > 3) return exc_raise(&exc_TypeError, "%s() takes at most 3 arguments (%d given)", name, argc);
    int64_t s, e;
    if (str_arg_range(argc > 1 ? argv[1] : V_NULL, argc > 2 ? argv[2] : V_NULL, str_len(self), &s, &e) < 0)
        return V_NULL;
    value pat = argv[0];
    size_t n = 1;
    int is_tuple = v_isinstance(pat, &tuple_type);
    if (is_tuple) n = tuple_len(pat);
    else if (!v_is_str_like(pat))
        return exc_raise(&exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                         v_type_name(pat));
    for (size_t i = 0; i < n; i++) {
        value p = is_tuple ? tuple_get(pat, i) : pat;
        if (!v_is_str_like(p))
            return exc_raise(&exc_TypeError, "tuple for %s must only contain str, not %s", name, v_type_name(p));
        if (s > (int64_t)str_len(self)) continue;
        if (e - s < (int64_t)str_len(p)) continue;
        size_t b0 = off(self, s), b1 = off(self, e), np = str_size(p);
        if (b1 - b0 < np) continue;
        const char *at = str_data(self) + (end ? b1 - np : b0);
        if (memcmp(at, str_data(p), np) == 0) return V_TRUE;
    }
    return V_FALSE;
}

METHOD(s_startswith) { return prefix_check("startswith", self, argc, argv, kwnames, 0); }
METHOD(s_endswith) { return prefix_check("endswith", self, argc, argv, kwnames, 1); }

/* -- join, split ---------------------------------------------------------------- */

METHOD(s_join)
{
    value seq = argv[0];
    value items = seq;
    if (!v_is_list(seq) && !v_is_tuple(seq)) {
        value it = obj_iter(seq);
        if (!it) {
            if (exc_matches(&exc_TypeError)) {
                exc_clear();
                return exc_raise(&exc_TypeError, "can only join an iterable");
            }
            return V_NULL;
        }
        items = list_new(0);
        if (!items) return V_NULL;
        for (;;) {
            value x = obj_next(it);
            if (!x) { if (exc_occurred()) return V_NULL; break; }
            if (list_append(items, x) < 0) return V_NULL;
        }
    }
    size_t n = v_is_list(items) ? list_len(items) : tuple_len(items);
    const value *vs = v_is_list(items) ? v_list(items)->items : tuple_items(items);
    if (n == 1 && v_is_str(vs[0])) return vs[0];
    size_t total = 0, len = 0;
    for (size_t i = 0; i < n; i++) {
        if (!v_is_str_like(vs[i]))
            return exc_raise(&exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                             v_type_name(vs[i]));
        total += str_size(vs[i]);
        len += str_len(vs[i]);
    }
    if (n > 1) { total += (n - 1) * str_size(self); len += (n - 1) * str_len(self); }
    value r = str_new_uninit(total);
    if (!r) return V_NULL;
    char *d = v_str(r)->data;
    for (size_t i = 0; i < n; i++) {
        /* items may have changed length if a list was mutated... lists are
         * only read here, nothing runs between the two passes */
        if (i) { memcpy(d, str_data(self), str_size(self)); d += str_size(self); }
        memcpy(d, str_data(vs[i]), str_size(vs[i]));
        d += str_size(vs[i]);
    }
    v_str(r)->len = len;
    if (len == total) v_obj(r)->flags |= STR_ASCII;
    return r;
}

static int add_piece(value list, value s, size_t b0, size_t b1)
{
    value piece = str_from_range(s, b0, b1);
    if (!piece) return -1;
    return list_append(list, piece);
}

/* Whitespace at byte offset p: its length in bytes, or 0. */
static int space_at(const char *d, size_t n, size_t p)
{
    unsigned char c = (unsigned char)d[p];
    if (c < 0x80) return uc_isspace(c) ? 1 : 0;
    size_t q = p;
    uint32_t cp = str_next_cp(d, n, &q);
    return uc_isspace(cp) ? (int)(q - p) : 0;
}

/* The start of the character ending at byte q (exclusive). */
static size_t prev_char(const char *d, size_t q)
{
    q--;
    while (q > 0 && ((unsigned char)d[q] & 0xC0) == 0x80) q--;
    return q;
}

static int split_args(const char *name, value self, int argc, const value *argv, value kwnames,
                      value *sep, int64_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    value a[2];
    if (str_parse_args(name, argc, argv, kwnames, names, 0, a) < 0) return -1;
    *sep = a[0] && a[0] != V_NONE ? a[0] : V_NULL;
    if (*sep && !v_is_str_like(*sep)) {
        exc_raise(&exc_TypeError, "must be str or None, not %s", v_type_name(*sep));
        return -1;
    }
    if (*sep && str_size(*sep) == 0) {
        exc_raise(&exc_ValueError, "empty separator");
        return -1;
    }
    *maxsplit = -1;
    if (a[1] && str_arg_index(a[1], maxsplit, 0) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return 0;
}

METHOD(s_split)
{
    value sep;
    int64_t maxsplit;
    if (split_args("split", self, argc, argv, kwnames, &sep, &maxsplit) < 0) return V_NULL;
    value list = list_new(0);
    if (!list) return V_NULL;
    const char *d = str_data(self);
    size_t n = str_size(self), p = 0;
    if (sep) {
        const char *sd = str_data(sep);
        size_t sn = str_size(sep);
        for (int64_t k = 0; k < maxsplit; k++) {
            int64_t r = str_find_bytes(d, p, n, sd, sn, 0);
            if (r < 0) break;
            if (add_piece(list, self, p, (size_t)r) < 0) return V_NULL;
            p = (size_t)r + sn;
        }
        if (add_piece(list, self, p, n) < 0) return V_NULL;
        return list;
    }
    for (int64_t k = 0;; k++) {
        int w;
        while (p < n && (w = space_at(d, n, p))) p += (size_t)w;
        if (p >= n) break;
        if (k >= maxsplit) {     /* the rest, trailing whitespace kept */
            if (add_piece(list, self, p, n) < 0) return V_NULL;
            break;
        }
        size_t q = p;
        while (q < n && !space_at(d, n, q)) {
            q++;   /* to the next character: a continuation byte is no start */
            while (q < n && ((unsigned char)d[q] & 0xC0) == 0x80) q++;
        }
        if (add_piece(list, self, p, q) < 0) return V_NULL;
        p = q;
    }
    return list;
}

static int list_reverse_inplace(value list)
{
    size_t n = list_len(list);
    value *it = v_list(list)->items;
    for (size_t i = 0; i < n / 2; i++) { value t = it[i]; it[i] = it[n - 1 - i]; it[n - 1 - i] = t; }
    return 0;
}

METHOD(s_rsplit)
{
    value sep;
    int64_t maxsplit;
    if (split_args("rsplit", self, argc, argv, kwnames, &sep, &maxsplit) < 0) return V_NULL;
    value list = list_new(0);
    if (!list) return V_NULL;
    const char *d = str_data(self);
    size_t q = str_size(self);
    if (sep) {
        const char *sd = str_data(sep);
        size_t sn = str_size(sep);
        for (int64_t k = 0; k < maxsplit; k++) {
            int64_t r = str_find_bytes(d, 0, q, sd, sn, 1);
            if (r < 0) break;
            if (add_piece(list, self, (size_t)r + sn, q) < 0) return V_NULL;
            q = (size_t)r;
        }
        if (add_piece(list, self, 0, q) < 0) return V_NULL;
    } else {
        size_t n = str_size(self);
        for (int64_t k = 0;; k++) {
            while (q > 0) {
                size_t p = prev_char(d, q);
                if (!space_at(d, n, p)) break;
                q = p;
            }
            if (q == 0) break;
            if (k >= maxsplit) {
                if (add_piece(list, self, 0, q) < 0) return V_NULL;
                break;
            }
            size_t p = q;
            while (p > 0) {
                size_t pp = prev_char(d, p);
                if (space_at(d, n, pp)) break;
                p = pp;
            }
            if (add_piece(list, self, p, q) < 0) return V_NULL;
            q = p;
        }
    }
    list_reverse_inplace(list);
    return list;
}

/* A line break at byte p: its length (\r\n is 2), or 0. */
static int linebreak_at(const char *d, size_t n, size_t p)
{
    unsigned char c = (unsigned char)d[p];
    if (c == '\r') return p + 1 < n && d[p + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)) return 1;
    if (c == 0xC2 && p + 1 < n && (unsigned char)d[p + 1] == 0x85) return 2;
    if (c == 0xE2 && p + 2 < n && (unsigned char)d[p + 1] == 0x80 &&
        ((unsigned char)d[p + 2] == 0xA8 || (unsigned char)d[p + 2] == 0xA9))
        return 3;
    return 0;
}

METHOD(s_splitlines)
{
    static const char *const names[] = {"keepends", NULL};
    value a[1];
    if (str_parse_args("splitlines", argc, argv, kwnames, names, 0, a) < 0) return V_NULL;
    int64_t keep = 0;
    if (a[0]) {   /* a C int in CPython: anything with __index__ */
        if (v_is_float(a[0])) return exc_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
        if (str_arg_index(a[0], &keep, 1) < 0) return V_NULL;
    }
    value list = list_new(0);
    if (!list) return V_NULL;
    const char *d = str_data(self);
    size_t n = str_size(self), p = 0;
    while (p < n) {
        size_t q = p;
        int w = 0;
        while (q < n && !(w = linebreak_at(d, n, q))) q++;
        if (add_piece(list, self, p, keep ? q + (size_t)w : q) < 0) return V_NULL;
        p = q + (size_t)w;
    }
    return list;
}

/* -- strip -------------------------------------------------------------------- */

static int in_chars(value chars, uint32_t c)
{
    const char *d = str_data(chars);
    size_t n = str_size(chars);
    if (c < 128) return memchr(d, (int)c, n) != NULL;
    for (size_t p = 0; p < n;)
        if (str_next_cp(d, n, &p) == c) return 1;
    return 0;
}

static value do_strip(const char *name, value self, int argc, const value *argv, int left, int right)
{
    if (args_count(name, argc, 0, 1) < 0) return V_NULL;
    value chars = argc > 0 && argv[0] != V_NONE ? argv[0] : V_NULL;
    if (chars && !v_is_str_like(chars)) return exc_raise(&exc_TypeError, "%s arg must be None or str", name);
    const char *d = str_data(self);
    size_t n = str_size(self), p = 0, q = n;
    if (left) {
        while (p < n) {
            size_t t = p;
            uint32_t c = str_next_cp(d, n, &t);
            if (chars ? !in_chars(chars, c) : !uc_isspace(c)) break;
            p = t;
        }
    }
    if (right) {
        while (q > p) {
            size_t t = prev_char(d, q), u = t;
            uint32_t c = str_next_cp(d, n, &u);
            if (chars ? !in_chars(chars, c) : !uc_isspace(c)) break;
            q = t;
        }
    }
    return str_from_range(self, p, q);
}

METHOD(s_strip) { if (args_no_kw("strip", kwnames) < 0) return V_NULL; return do_strip("strip", self, argc, argv, 1, 1); }
METHOD(s_lstrip) { if (args_no_kw("lstrip", kwnames) < 0) return V_NULL; return do_strip("lstrip", self, argc, argv, 1, 0); }
METHOD(s_rstrip) { if (args_no_kw("rstrip", kwnames) < 0) return V_NULL; return do_strip("rstrip", self, argc, argv, 0, 1); }

/* -- replace, partition ---------------------------------------------------------- */

METHOD(s_replace)
{
    if (args_no_kw("replace", kwnames) < 0 || args_count("replace", argc, 2, 3) < 0) return V_NULL;
    for (int i = 0; i < 2; i++)
        if (!v_is_str_like(argv[i]))
            return exc_raise(&exc_TypeError, "replace() argument %d must be str, not %s", i + 1,
                             str_arg_type_name(argv[i]));
    int64_t count = -1;
    if (argc > 2 && str_arg_index(argv[2], &count, 0) < 0) return V_NULL;
    value old = argv[0], new = argv[1];
    size_t maxc = count < 0 ? SIZE_MAX : (size_t)count;
    const char *d = str_data(self);
    size_t n = str_size(self), on = str_size(old);
    if (maxc == 0) return v_is_str(self) ? self : str_from_range(self, 0, n);
    size_t nn = str_size(new);
    if (nn > on) {   /* a growing result is sized first: an impossible one fails at once */
        uint64_t found = 0;
        if (on == 0) {
            found = (uint64_t)str_len(self) + 1;
        } else {
            for (size_t p = 0; found < maxc;) {
                int64_t r = str_find_bytes(d, p, n, str_data(old), on, 0);
                if (r < 0) break;
                found++;
                p = (size_t)r + on;
            }
        }
        if (found > maxc) found = maxc;
        uint64_t grow;
        if (__builtin_mul_overflow(found, (uint64_t)(nn - on), &grow) || grow > (uint64_t)INT64_MAX - n)
            return exc_raise(&exc_OverflowError, "replace string is too long");
        if (n + grow > gc_max_request()) return exc_no_memory();
    }
    str_builder b;
    sb_str_init(&b);
    if (on == 0) {     /* insert `new` before every character and at the end */
        size_t p = 0, k = 0;
        while (k < maxc) {
            sb_str_add_value(&b, new);
            k++;
            if (p >= n) break;
            size_t q = p;
            (void)str_next_cp(d, n, &q);
            sb_str_add(&b, d + p, q - p);
            p = q;
        }
        sb_str_add(&b, d + p, n - p);
        return sb_str_finish(&b);
    }
    size_t p = 0, k = 0;
    while (k < maxc) {
        int64_t r = str_find_bytes(d, p, n, str_data(old), on, 0);
        if (r < 0) break;
        sb_str_add(&b, d + p, (size_t)r - p);
        sb_str_add_value(&b, new);
        p = (size_t)r + on;
        k++;
    }
    if (k == 0 && v_is_str(self)) { sb_str_abandon(&b); return self; }
    sb_str_add(&b, d + p, n - p);
    return sb_str_finish(&b);
}

static value do_partition(value self, value sep, int reverse)
{
    if (!v_is_str_like(sep)) return exc_raise(&exc_TypeError, "must be str, not %s", v_type_name(sep));
    if (str_size(sep) == 0) return exc_raise(&exc_ValueError, "empty separator");
    size_t n = str_size(self);
    int64_t r = str_find_bytes(str_data(self), 0, n, str_data(sep), str_size(sep), reverse);
    value e = str_empty();
    if (r < 0) {
        value whole = str_from_range(self, 0, n);
        if (!whole) return V_NULL;
        return reverse ? tuple_pack(3, e, e, whole) : tuple_pack(3, whole, e, e);
    }
    value a = str_from_range(self, 0, (size_t)r);
    if (!a) return V_NULL;
    value c = str_from_range(self, (size_t)r + str_size(sep), n);
    if (!c) return V_NULL;
    value s = v_is_str(sep) ? sep : str_from_range(sep, 0, str_size(sep));
    if (!s) return V_NULL;
    return tuple_pack(3, a, s, c);
}

METHOD(s_partition) { return do_partition(self, argv[0], 0); }
METHOD(s_rpartition) { return do_partition(self, argv[0], 1); }

METHOD(s_removeprefix)
{
    if (!v_is_str_like(argv[0]))
        return exc_raise(&exc_TypeError, "removeprefix() argument must be str, not %s", str_arg_type_name(argv[0]));
    size_t n = str_size(self), pn = str_size(argv[0]);
    if (pn <= n && memcmp(str_data(self), str_data(argv[0]), pn) == 0) return str_from_range(self, pn, n);
    return str_from_range(self, 0, n);
}

METHOD(s_removesuffix)
{
    if (!v_is_str_like(argv[0]))
        return exc_raise(&exc_TypeError, "removesuffix() argument must be str, not %s", str_arg_type_name(argv[0]));
    size_t n = str_size(self), pn = str_size(argv[0]);
    if (pn && pn <= n && memcmp(str_data(self) + n - pn, str_data(argv[0]), pn) == 0)
        return str_from_range(self, 0, n - pn);
    return str_from_range(self, 0, n);
}

/* -- Padding ---------------------------------------------------------------------- */

static value pad(value self, int64_t left, int64_t right, uint32_t fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_from_range(self, 0, str_size(self));
    char fb[4];
    int fn = utf8_encode(fill, fb);
    str_builder b;
    sb_str_init(&b);
    /* the whole result at once: an impossible width is a MemoryError now */
    size_t total = (size_t)left + (size_t)right;
    if (total > ((size_t)1 << 60) / 4)
        b.failed = 1;
    if (!sb_str_reserve(&b, total * (size_t)fn + str_size(self)))
        return sb_str_finish(&b);   /* MemoryError */
    for (int64_t i = 0; i < left; i++) sb_str_add(&b, fb, (size_t)fn);
    sb_str_add_value(&b, self);
    for (int64_t i = 0; i < right; i++) sb_str_add(&b, fb, (size_t)fn);
    return sb_str_finish(&b);
}

static int pad_args(const char *name, int argc, const value *argv, value kwnames, int64_t *width, uint32_t *fill)
{
    if (args_no_kw(name, kwnames) < 0 || args_count(name, argc, 1, 2) < 0) return -1;
    if (str_arg_index(argv[0], width, 0) < 0) return -1;
    if (*width < 0) *width = 0;   /* pads like 0; keeps width - len from overflowing */
    *fill = ' ';
    if (argc > 1) {
        if (!v_is_str_like(argv[1])) {
            exc_raise(&exc_TypeError, "The fill character must be a unicode character, not %s",
                      v_type_name(argv[1]));
            return -1;
        }
        if (str_len(argv[1]) != 1) {
            exc_raise(&exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = str_char_at(argv[1], 0);
    }
    return 0;
}

METHOD(s_center)
{
    int64_t w;
    uint32_t fill;
    if (pad_args("center", argc, argv, kwnames, &w, &fill) < 0) return V_NULL;
    int64_t n = (int64_t)str_len(self), marg = w - n;
    if (marg <= 0) return str_from_range(self, 0, str_size(self));
    int64_t left = marg / 2 + (marg & w & 1);   /* CPython's rounding */
    return pad(self, left, marg - left, fill);
}

METHOD(s_ljust)
{
    int64_t w;
    uint32_t fill;
    if (pad_args("ljust", argc, argv, kwnames, &w, &fill) < 0) return V_NULL;
    return pad(self, 0, w - (int64_t)str_len(self), fill);
}

METHOD(s_rjust)
{
    int64_t w;
    uint32_t fill;
    if (pad_args("rjust", argc, argv, kwnames, &w, &fill) < 0) return V_NULL;
    return pad(self, w - (int64_t)str_len(self), 0, fill);
}

METHOD(s_zfill)
{
    int64_t w;
    if (str_arg_index(argv[0], &w, 0) < 0) return V_NULL;
    int64_t n = (int64_t)str_len(self);
    if (w <= n) return str_from_range(self, 0, str_size(self));
    str_builder b;
    sb_str_init(&b);
    if (!sb_str_reserve(&b, (size_t)(w - n) + str_size(self)))
        return sb_str_finish(&b);   /* MemoryError */
    const char *d = str_data(self);
    size_t p = 0;
    if (str_size(self) && (d[0] == '+' || d[0] == '-')) { sb_str_add(&b, d, 1); p = 1; }
    for (int64_t i = 0; i < w - n; i++) sb_str_add(&b, "0", 1);
    sb_str_add(&b, d + p, str_size(self) - p);
    return sb_str_finish(&b);
}

/* The length of s with its tabs expanded, in bytes; -1 with
 * OverflowError when it does not fit Py_ssize_t (CPython's check). */
static int64_t expanded_size(const char *d, size_t n, int64_t ts)
{
    int64_t col = 0, total = 0;
    for (size_t p = 0; p < n;) {
        size_t q = p;
        uint32_t c = str_next_cp(d, n, &q);
        int64_t add = (int64_t)(q - p);
        if (c == '\t') {
            add = ts > 0 ? ts - col % ts : 0;
            col += add;
        } else {
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        if (__builtin_add_overflow(total, add, &total)) {
            exc_raise(&exc_OverflowError, "new string is too long");
            return -1;
        }
        p = q;
    }
    return total;
}

METHOD(s_expandtabs)
{
    static const char *const names[] = {"tabsize", NULL};
    value a[1];
    if (str_parse_args("expandtabs", argc, argv, kwnames, names, 0, a) < 0) return V_NULL;
    int64_t ts = 8;
    if (a[0]) {   /* a C int in CPython */
        if (str_arg_index(a[0], &ts, 1) < 0) return V_NULL;
        if (ts > INT32_MAX || ts < INT32_MIN)
            return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    }
    const char *d = str_data(self);
    size_t n = str_size(self);
    /* sized first, so an impossible result is an error at once */
    int64_t total = expanded_size(d, n, ts);
    if (total < 0) return V_NULL;
    if ((uint64_t)total > gc_max_request()) return exc_no_memory();
    str_builder b;
    sb_str_init(&b);
    if (!sb_str_reserve(&b, (size_t)total)) {
        sb_str_abandon(&b);
        return exc_no_memory();
    }
    static const char spaces[64] = "                                                                ";
    int64_t col = 0;
    for (size_t p = 0; p < n;) {
        size_t q = p;
        uint32_t c = str_next_cp(d, n, &q);
        if (c == '\t') {
            if (ts > 0) {
                int64_t k = ts - col % ts;
                col += k;
                for (; k > 0; k -= 64) sb_str_add(&b, spaces, k < 64 ? (size_t)k : 64);
            }
        } else {
            sb_str_add(&b, d + p, q - p);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        p = q;
    }
    return sb_str_finish(&b);
}

/* -- encode, translate -------------------------------------------------------------- */

METHOD(s_encode)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    value a[2];
    if (str_parse_args("encode", argc, argv, kwnames, names, 0, a) < 0) return V_NULL;
    for (int i = 0; i < 2; i++) {
        if (a[i] && !v_is_str_like(a[i]))
            return exc_raise(&exc_TypeError, "encode() argument '%s' must be str, not %s", names[i],
                             str_arg_type_name(a[i]));
        if (a[i] && codec_check_name(a[i]) < 0) return V_NULL;
    }
    return str_encode(self, a[0] ? str_data(a[0]) : "utf-8", a[1] ? str_data(a[1]) : "strict");
}

METHOD(s_maketrans)
{
    if (args_no_kw("maketrans", kwnames) < 0 || args_count("maketrans", argc, 1, 3) < 0) return V_NULL;
    value d = dict_new();
    if (!d) return V_NULL;
    if (argc == 1) {
        value m = argv[0];
        if (!v_isinstance(m, &dict_type))
            return exc_raise(&exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        value k, v;
        while (dict_next(m, &pos, &k, &v)) {
            value key = k;
            if (v_is_str_like(k)) {
                if (str_len(k) != 1)
                    return exc_raise(&exc_ValueError, "string keys in translate table must be of length 1");
                key = v_small(str_char_at(k, 0));
            } else if (!v_is_int_like(k)) {
                return exc_raise(&exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set(d, key, v) < 0) return V_NULL;
        }
        return d;
    }
    if (!v_is_str_like(argv[0]))
        return exc_raise(&exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    for (int i = 1; i < argc; i++)
        if (!v_is_str_like(argv[i]))
            return exc_raise(&exc_TypeError, "maketrans() argument %d must be str, not %s", i + 1,
                             str_arg_type_name(argv[i]));
    value x = argv[0], y = argv[1];
    if (str_len(x) != str_len(y))
        return exc_raise(&exc_ValueError, "the first two maketrans arguments must have equal length");
    size_t px = 0, py = 0;
    for (size_t i = 0; i < str_len(x); i++) {
        uint32_t a = str_next_cp(str_data(x), str_size(x), &px);
        uint32_t b = str_next_cp(str_data(y), str_size(y), &py);
        if (dict_set(d, v_small(a), v_small(b)) < 0) return V_NULL;
    }
    if (argc == 3) {
        value z = argv[2];
        for (size_t p = 0; p < str_size(z);)
            if (dict_set(d, v_small(str_next_cp(str_data(z), str_size(z), &p)), V_NONE) < 0) return V_NULL;
    }
    return d;
}

METHOD(s_translate)
{
    value table = argv[0];
    str_builder b;
    sb_str_init(&b);
    const char *d = str_data(self);
    size_t n = str_size(self);
    for (size_t p = 0; p < n;) {
        size_t p0 = p;
        uint32_t c = str_next_cp(d, n, &p);
        value r = obj_getitem(table, v_small(c));
        if (!r) {
            if (exc_matches(&exc_LookupError)) { exc_clear(); sb_str_add(&b, d + p0, p - p0); continue; }
            sb_str_abandon(&b);
            return V_NULL;
        }
        if (r == V_NONE) continue;
        if (v_is_str_like(r)) { sb_str_add_value(&b, r); continue; }
        if (!v_is_int_like(r)) {
            sb_str_abandon(&b);
            return exc_raise(&exc_TypeError, "character mapping must return integer, None or str");
        }
        int64_t k;
        if (int_as_i64(r, &k) < 0 || k < 0 || k > 0x10FFFF) {
            exc_clear();
            sb_str_abandon(&b);
            return exc_raise(&exc_ValueError, "character mapping must be in range(0x110000)");
        }
        char buf[4];
        sb_str_add(&b, buf, (size_t)utf8_encode((uint32_t)k, buf));
    }
    return sb_str_finish(&b);
}

/* -- Case mapping ----------------------------------------------------------------- */

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/* Whether Σ at code point i of the decoded text is final: a cased letter
 * before it and none after it (case-ignorable characters skipped). */
static int final_sigma(const uint32_t *cps, size_t n, size_t i)
{
    size_t j = i;
    int before = 0;
    while (j > 0) {
        unsigned f = uc_flags(cps[--j]);
        if (f & UC_CASE_IGNORABLE) continue;
        before = (f & UC_CASED) != 0;
        break;
    }
    if (!before) return 0;
    for (j = i + 1; j < n; j++) {
        unsigned f = uc_flags(cps[j]);
        if (f & UC_CASE_IGNORABLE) continue;
        return (f & UC_CASED) == 0;
    }
    return 1;
}

static int lower_at(const uint32_t *cps, size_t n, size_t i, uint32_t out[3])
{
    if (cps[i] == 0x3A3) { out[0] = final_sigma(cps, n, i) ? 0x3C2 : 0x3C3; return 1; }
    return uc_lower(cps[i], out);
}

static value map_case(value self, int mode)
{
    const char *d = str_data(self);
    size_t n = str_size(self), len = str_len(self);
    str_builder b;
    sb_str_init(&b);
    if (v_obj(self)->flags & STR_ASCII && mode <= CASE_SWAP) {
        value r = str_new_uninit(n);
        if (!r) return V_NULL;
        char *o = v_str(r)->data;
        for (size_t i = 0; i < n; i++) {
            char c = d[i];
            int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            if ((mode == CASE_LOWER || mode == CASE_FOLD || mode == CASE_SWAP) && up) c = (char)(c + 32);
            else if ((mode == CASE_UPPER || mode == CASE_SWAP) && lo) c = (char)(c - 32);
            o[i] = c;
        }
        v_str(r)->len = n;
        v_obj(r)->flags |= STR_ASCII;
        return r;
    }
    uint32_t *cps = malloc((len + 1) * sizeof(uint32_t));
    if (!cps) return exc_no_memory();
    for (size_t p = 0, i = 0; p < n; i++) cps[i] = str_next_cp(d, n, &p);
    int prev_cased = 0;
    for (size_t i = 0; i < len; i++) {
        uint32_t out[3], c = cps[i];
        int k;
        unsigned f = uc_flags(c);
        switch (mode) {
        case CASE_LOWER: k = lower_at(cps, len, i, out); break;
        case CASE_UPPER: k = uc_upper(c, out); break;
        case CASE_FOLD: k = uc_fold(c, out); break;
        case CASE_SWAP:
            if (f & UC_UPPER) k = lower_at(cps, len, i, out);
            else if (f & UC_LOWER) k = uc_upper(c, out);
            else { out[0] = c; k = 1; }
            break;
        case CASE_TITLE:
            k = prev_cased ? lower_at(cps, len, i, out) : uc_title(c, out);
            prev_cased = (f & UC_CASED) != 0;
            break;
        default:   /* capitalize */
            k = i == 0 ? uc_title(c, out) : lower_at(cps, len, i, out);
            break;
        }
        for (int j = 0; j < k; j++) {
            char buf[4];
            sb_str_add(&b, buf, (size_t)utf8_encode(out[j], buf));
        }
    }
    free(cps);
    return sb_str_finish(&b);
}

METHOD(s_lower) { return map_case(self, CASE_LOWER); }
METHOD(s_upper) { return map_case(self, CASE_UPPER); }
METHOD(s_casefold) { return map_case(self, CASE_FOLD); }
METHOD(s_swapcase) { return map_case(self, CASE_SWAP); }
METHOD(s_title) { return map_case(self, CASE_TITLE); }
METHOD(s_capitalize) { return map_case(self, CASE_CAPITALIZE); }

/* -- Predicates ---------------------------------------------------------------------- */

/* True when the str is non-empty and every character has one of `flags`. */
static value all_chars(value self, unsigned flags)
{
    const char *d = str_data(self);
    size_t n = str_size(self);
    if (n == 0) return V_FALSE;
    for (size_t p = 0; p < n;)
        if (!(uc_flags(str_next_cp(d, n, &p)) & flags)) return V_FALSE;
    return V_TRUE;
}

METHOD(s_isalpha) { return all_chars(self, UC_ALPHA); }
METHOD(s_isdigit) { return all_chars(self, UC_DIGIT); }
METHOD(s_isdecimal) { return all_chars(self, UC_DECIMAL); }
METHOD(s_isnumeric) { return all_chars(self, UC_NUMERIC); }
METHOD(s_isalnum) { return all_chars(self, UC_ALNUM); }

METHOD(s_isspace)
{
    const char *d = str_data(self);
    size_t n = str_size(self);
    if (n == 0) return V_FALSE;
    for (size_t p = 0; p < n;)
        if (!uc_isspace(str_next_cp(d, n, &p))) return V_FALSE;
    return V_TRUE;
}

/* islower / isupper: no character of the other case or titlecase, and at
 * least one cased character. */
static value case_pred(value self, unsigned want, unsigned reject)
{
    const char *d = str_data(self);
    size_t n = str_size(self);
    int cased = 0;
    for (size_t p = 0; p < n;) {
        unsigned f = uc_flags(str_next_cp(d, n, &p));
        if (f & reject) return V_FALSE;
        if (f & want) cased = 1;
    }
    return v_bool(cased);
}

METHOD(s_islower) { return case_pred(self, UC_LOWER, UC_UPPER | UC_TITLE); }
METHOD(s_isupper) { return case_pred(self, UC_UPPER, UC_LOWER | UC_TITLE); }

METHOD(s_istitle)
{
    const char *d = str_data(self);
    size_t n = str_size(self);
    int cased = 0, prev_cased = 0;
    for (size_t p = 0; p < n;) {
        unsigned f = uc_flags(str_next_cp(d, n, &p));
        if (f & (UC_UPPER | UC_TITLE)) {
            if (prev_cased) return V_FALSE;
            prev_cased = cased = 1;
        } else if (f & UC_LOWER) {
            if (!prev_cased) return V_FALSE;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return v_bool(cased);
}

METHOD(s_isidentifier)
{
    const char *d = str_data(self);
    size_t n = str_size(self);
    if (n == 0) return V_FALSE;
    size_t p = 0;
    uint32_t c = str_next_cp(d, n, &p);
    if (c != '_' && !uni_is_xid_start(c)) return V_FALSE;
    while (p < n)
        if (!uni_is_xid_continue(str_next_cp(d, n, &p))) return V_FALSE;
    return V_TRUE;
}

METHOD(s_isprintable)
{
    const char *d = str_data(self);
    size_t n = str_size(self);
    for (size_t p = 0; p < n;)
        if (!uni_is_printable(str_next_cp(d, n, &p))) return V_FALSE;
    return V_TRUE;
}

METHOD(s_isascii) { return v_bool((v_obj(self)->flags & STR_ASCII) != 0); }

/* -- Odds and ends -------------------------------------------------------------------- */

METHOD(s_getnewargs)
{
    value s = str_from_utf8_len(str_data(self), str_size(self), str_len(self));
    if (!s) return V_NULL;
    return tuple_pack(1, s);
}

/* CPython's figures: a compact ASCII str is 49 bytes + 1 per character;
 * others 73 + the character width, plus the UTF-8 copy if one exists
 * (CPython has none for a str it never encoded). */
METHOD(s_sizeof)
{
    if (v_obj(self)->flags & STR_ASCII) return v_small(49 + (int64_t)str_len(self));
    uint32_t maxc = 0;
    const char *d = str_data(self);
    size_t n = str_size(self);
    for (size_t p = 0; p < n;) {
        uint32_t c = str_next_cp(d, n, &p);
        if (c > maxc) maxc = c;
    }
    int64_t w = maxc < 256 ? 1 : maxc < 65536 ? 2 : 4;
    return v_small(73 + w * ((int64_t)str_len(self) + 1));
}

METHOD(s_mod_method) { return str_mod_format(self, argv[0]); }
METHOD(s_rmod_method) { return V_NOTIMPL; }

const method_def str_methods[] = {
    {"join", s_join, METH_O, NULL},
    {"split", s_split, METH_KEYWORDS, NULL},
    {"rsplit", s_rsplit, METH_KEYWORDS, NULL},
    {"splitlines", s_splitlines, METH_KEYWORDS, NULL},
    {"strip", s_strip, METH_FAST, NULL},
    {"lstrip", s_lstrip, METH_FAST, NULL},
    {"rstrip", s_rstrip, METH_FAST, NULL},
    {"startswith", s_startswith, METH_FAST, NULL},
    {"endswith", s_endswith, METH_FAST, NULL},
    {"find", s_find, METH_FAST, NULL},
    {"rfind", s_rfind, METH_FAST, NULL},
    {"index", s_index, METH_FAST, NULL},
    {"rindex", s_rindex, METH_FAST, NULL},
    {"count", s_count, METH_FAST, NULL},
    {"replace", s_replace, METH_FAST, NULL},
    {"partition", s_partition, METH_O, NULL},
    {"rpartition", s_rpartition, METH_O, NULL},
    {"removeprefix", s_removeprefix, METH_O, NULL},
    {"removesuffix", s_removesuffix, METH_O, NULL},
    {"center", s_center, METH_FAST, NULL},
    {"ljust", s_ljust, METH_FAST, NULL},
    {"rjust", s_rjust, METH_FAST, NULL},
    {"zfill", s_zfill, METH_O, NULL},
    {"expandtabs", s_expandtabs, METH_KEYWORDS, NULL},
    {"encode", s_encode, METH_KEYWORDS, NULL},
    {"format", str_format_method, METH_KEYWORDS, NULL},
    {"format_map", str_format_map_method, METH_O, NULL},
    {"__format__", str_dunder_format, METH_O, NULL},
    {"maketrans", s_maketrans, METH_FAST | METH_STATIC, NULL},
    {"translate", s_translate, METH_O, NULL},
    {"lower", s_lower, METH_NOARGS, NULL},
    {"upper", s_upper, METH_NOARGS, NULL},
    {"casefold", s_casefold, METH_NOARGS, NULL},
    {"swapcase", s_swapcase, METH_NOARGS, NULL},
    {"title", s_title, METH_NOARGS, NULL},
    {"capitalize", s_capitalize, METH_NOARGS, NULL},
    {"isalpha", s_isalpha, METH_NOARGS, NULL},
    {"isdigit", s_isdigit, METH_NOARGS, NULL},
    {"isdecimal", s_isdecimal, METH_NOARGS, NULL},
    {"isnumeric", s_isnumeric, METH_NOARGS, NULL},
    {"isalnum", s_isalnum, METH_NOARGS, NULL},
    {"isspace", s_isspace, METH_NOARGS, NULL},
    {"islower", s_islower, METH_NOARGS, NULL},
    {"isupper", s_isupper, METH_NOARGS, NULL},
    {"istitle", s_istitle, METH_NOARGS, NULL},
    {"isidentifier", s_isidentifier, METH_NOARGS, NULL},
    {"isprintable", s_isprintable, METH_NOARGS, NULL},
    {"isascii", s_isascii, METH_NOARGS, NULL},
    {"__getnewargs__", s_getnewargs, METH_NOARGS, NULL},
    {"__sizeof__", s_sizeof, METH_NOARGS, NULL},
    {"__mod__", s_mod_method, METH_O, NULL},
    {"__rmod__", s_rmod_method, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};
