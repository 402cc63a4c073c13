/* The `_sre` module (sre.h): compile() turning re._compiler's code list
 * into a Pattern, the Pattern methods (match, fullmatch, search, findall,
 * finditer, sub, subn, split, scanner), the Match object and the
 * SRE_Scanner that finditer and re.Scanner step. A subject is read as
 * code points: ASCII strs and bytes-like objects a byte each, other strs
 * decoded once into an array of uint32 that a one-entry cache keeps, so a
 * tokenizer calling pattern.match(s, pos) on one long str decodes it once.
 * Mutable subjects (bytearray, memoryview) are matched over a snapshot.
 * Template replacements are expanded by re._subx / re._expand in Python,
 * as CPython does. */
#include <stdio.h>
#include <string.h>
#include "sre.h"
#include "../modules.h"
#include "../builtins.h"
#include "../../gc/gc.h"
#include "../../objects/bytearray.h"
#include "../../objects/bytes.h"
#include "../../objects/dict.h"
#include "../../objects/genericalias.h"
#include "../../objects/int.h"
#include "../../objects/iterators.h"
#include "../../objects/list.h"
#include "../../objects/module.h"
#include "../../objects/sequtil.h"
#include "../../objects/str_internal.h"
#include "../../objects/tuple.h"
#include "../../objects/type.h"
#include "../../vm/exc.h"
#include "../../vm/import.h"

extern type_object sre_pattern_type, sre_match_type, sre_scanner_type;
static type_object cps_type;

/* -- Subjects ---------------------------------------------------------------- */

/* A non-ASCII str's code points (a leaf object: nothing to trace). */
typedef struct cps_object {
    object hdr;
    size_t len;
    uint32_t data[];
} cps_object;

static value cache_key, cache_cps;   /* the last str decoded, its code points */

static value decode_str(value s)
{
    if (cache_key == s)
        return cache_cps;
    size_t len = str_len(s);
    if (len > (SIZE_MAX - sizeof(cps_object)) / 4) {
        exc_no_memory();
        return V_NULL;
    }
    cps_object *c = (cps_object *)gc_alloc_leaf(&cps_type, sizeof(cps_object) + len * 4);
    if (!c)
        return V_NULL;
    c->len = len;
    const char *d = str_data(s);
    size_t size = str_size(s), p = 0;
    for (size_t i = 0; i < len && p < size; i++)
        c->data[i] = str_next_cp(d, size, &p);
    if (!cache_key) {
        gc_root(&cache_key);
        gc_root(&cache_cps);
    }
    cache_key = s;
    cache_cps = v_from_obj(c);
    return cache_cps;
}

/* A subject ready to match: its characters, the object that keeps them
 * alive, and whether they are bytes. */
typedef struct subject {
    sre_subject s;
    value string;   /* what the caller passed */
    value keep;
    bool isbytes;
} subject;

static int get_subject(value string, int64_t pos, int64_t endpos, subject *out)
{
    out->string = string;
    out->s.b = NULL;
    out->s.w = NULL;
    if (v_is_str_like(string)) {
        out->isbytes = false;
        out->s.len = (int64_t)str_len(string);
        if (v_str(string)->hdr.flags & STR_ASCII) {
            out->s.b = (const uint8_t *)str_data(string);
            out->keep = string;
        } else {
            value c = decode_str(string);
            if (!c)
                return -1;
            out->s.w = ((cps_object *)v_obj(c))->data;
            out->keep = c;
        }
    } else {
        const char *data;
        size_t size;
        if (!buffer_get(string, &data, &size)) {
            exc_raise(&exc_TypeError, "expected string or bytes-like object, got '%s'",
                      v_type_name(string));
            return -1;
        }
        out->isbytes = true;
        out->keep = string;
        if (!v_is_bytes(string)) {   /* may change under a callback: match over a copy */
            if (!(out->keep = bytes_from(data, size)))
                return -1;
            data = bytes_data(out->keep);
        }
        out->s.b = (const uint8_t *)data;
        out->s.len = (int64_t)size;
    }
    int64_t len = out->s.len;
    out->s.pos = pos < 0 ? 0 : pos > len ? len : pos;
    out->s.endpos = endpos < 0 ? 0 : endpos > len ? len : endpos;
    return 0;
}

/* string[start:end] as the match's group values are: a str for strs, bytes
 * for any bytes-like subject (read afresh, clamped to its current size). */
static value subject_slice(value string, int64_t start, int64_t end)
{
    if (v_is_str_like(string)) {
        int64_t len = (int64_t)str_len(string);
        if (end > len) end = len;
        if (start > end) start = end;
        return str_substr(string, (size_t)start, (size_t)end);
    }
    const char *data;
    size_t size;
    if (!buffer_get(string, &data, &size))
        return exc_raise(&exc_TypeError, "expected string or bytes-like object, got '%s'",
                         v_type_name(string));
    if (end > (int64_t)size) end = (int64_t)size;
    if (start > end) start = end;
    if (v_is_bytes(string) && start == 0 && end == (int64_t)size)
        return string;
    return bytes_from(data + start, (size_t)(end - start));
}

/* -- Pattern ------------------------------------------------------------------ */

typedef struct pattern_object {
    object hdr;
    value pattern;      /* str, bytes or None */
    value groupindex;   /* dict name -> number */
    value indexgroup;   /* tuple number -> name or None */
    uint32_t *code;     /* gc_alloc_raw, ncode words plus a zero pad */
    size_t ncode;
    int64_t flags;
    size_t groups;      /* capturing groups */
    int isbytes;        /* -1: pattern None, either kind of subject */
} pattern_object;

#define CODE_PAD 8
#define PAT(v) ((pattern_object *)v_obj(v))

static void pattern_trace(object *o, gc_tracer *t)
{
    pattern_object *p = (pattern_object *)o;
    gc_mark_value(t, p->pattern);
    gc_mark_value(t, p->groupindex);
    gc_mark_value(t, p->indexgroup);
    gc_mark_raw(t, p->code);
}

static int check_kind(pattern_object *p, const subject *s)
{
    if (p->isbytes == 0 && s->isbytes) {
        exc_raise(&exc_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    if (p->isbytes == 1 && !s->isbytes) {
        exc_raise(&exc_TypeError, "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    return 0;
}

static void state_start(sre_state *st, pattern_object *p, const subject *s)
{
    sre_state_init(st, p->code, p->ncode, p->groups, &s->s);
}

/* -- Match -------------------------------------------------------------------- */

typedef struct match_object {
    object hdr;
    value string, pattern, regs;   /* regs: the cached .regs tuple or V_NULL */
    int64_t pos, endpos, lastindex;
    size_t n;                      /* groups + 1 */
    int64_t spans[];               /* 2 * n */
} match_object;

#define MATCH(v) ((match_object *)v_obj(v))

static void match_trace(object *o, gc_tracer *t)
{
    match_object *m = (match_object *)o;
    gc_mark_value(t, m->string);
    gc_mark_value(t, m->pattern);
    gc_mark_value(t, m->regs);
}

static value match_new(value pattern, const subject *s, const sre_state *st)
{
    size_t n = PAT(pattern)->groups + 1;
    match_object *m = (match_object *)gc_alloc(&sre_match_type,
                                               sizeof(match_object) + 2 * n * sizeof(int64_t));
    if (!m)
        return V_NULL;
    m->string = s->string;
    m->pattern = pattern;
    m->pos = s->s.pos;
    m->endpos = s->s.endpos;
    m->lastindex = sre_lastindex(st);
    m->n = n;
    m->spans[0] = st->start;
    m->spans[1] = st->end;
    for (size_t g = 1; g < n; g++)
        sre_group_span(st, g - 1, &m->spans[2 * g], &m->spans[2 * g + 1]);
    return v_from_obj(m);
}

/* The group number `index` names (an int or a group name), or -1 with
 * IndexError. */
static int64_t match_index(match_object *m, value index)
{
    int64_t i = -1;
    if (v_is_int_like(index) || v_type(index)->nb_index) {
        if (args_index(index, &i) < 0) {
            if (!exc_matches(&exc_OverflowError))
                return -1;
            exc_clear();
            i = -1;
        }
    } else {
        value gi = PAT(m->pattern)->groupindex;
        if (gi && v_is_dict(gi)) {
            value r = dict_get(gi, index);
            if (!r && exc_occurred())
                return -1;   /* unhashable: CPython lets the TypeError through */
            if (r && v_is_int_like(r) && int_as_i64(r, &i) < 0) {
                exc_clear();
                i = -1;
            }
        }
    }
    if (i < 0 || (uint64_t)i >= m->n) {
        exc_raise(&exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static value match_group_value(match_object *m, int64_t g, value dflt)
{
    int64_t s = m->spans[2 * g], e = m->spans[2 * g + 1];
    if (s < 0 || e < 0)
        return dflt;
    return subject_slice(m->string, s, e);
}

static value match_getslice(match_object *m, value index, value dflt)
{
    int64_t g = match_index(m, index);
    if (g < 0)
        return V_NULL;
    return match_group_value(m, g, dflt);
}

static value match_group(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("group", kwnames) < 0)
        return V_NULL;
    match_object *m = MATCH(self);
    if (argc == 0)
        return match_group_value(m, 0, V_NONE);
    if (argc == 1)
        return match_getslice(m, argv[0], V_NONE);
    value t = tuple_new((size_t)argc);
    if (!t)
        return V_NULL;
    for (int i = 0; i < argc; i++) {
        value v = match_getslice(m, argv[i], V_NONE);
        if (!v)
            return V_NULL;
        tuple_items(t)[i] = v;
    }
    return t;
}

static value match_getitem(value self, value key)
{
    return match_getslice(MATCH(self), key, V_NONE);
}

static value match_groups(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "default" };
    value a[1];
    if (num_parse_args("groups", argc, argv, kwnames, names, 1, 1, 0, a) < 0)
        return V_NULL;
    value dflt = a[0] ? a[0] : V_NONE;
    match_object *m = MATCH(self);
    value t = tuple_new(m->n - 1);
    if (!t)
        return V_NULL;
    for (size_t g = 1; g < m->n; g++) {
        value v = match_group_value(m, (int64_t)g, dflt);
        if (!v)
            return V_NULL;
        tuple_items(t)[g - 1] = v;
    }
    return t;
}

static value match_groupdict(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "default" };
    value a[1];
    if (num_parse_args("groupdict", argc, argv, kwnames, names, 1, 1, 0, a) < 0)
        return V_NULL;
    value dflt = a[0] ? a[0] : V_NONE;
    match_object *m = MATCH(self);
    value d = dict_new();
    if (!d)
        return V_NULL;
    value gi = PAT(m->pattern)->groupindex;
    size_t it = 0;
    value k, v;
    while (gi && dict_next(gi, &it, &k, &v)) {
        value g = match_getslice(m, k, dflt);
        if (!g || dict_set(d, k, g) < 0)
            return V_NULL;
    }
    return d;
}

static int span_arg(const char *name, value self, int argc, const value *argv, value kwnames,
                    int64_t *g)
{
    if (args_no_kw(name, kwnames) < 0 || args_count(name, argc, 0, 1) < 0)
        return -1;
    *g = 0;
    if (argc == 1 && (*g = match_index(MATCH(self), argv[0])) < 0)
        return -1;
    return 0;
}

static value match_start(value self, int argc, const value *argv, value kwnames)
{
    int64_t g;
    if (span_arg("start", self, argc, argv, kwnames, &g) < 0)
        return V_NULL;
    return int_from_i64(MATCH(self)->spans[2 * g]);
}

static value match_end(value self, int argc, const value *argv, value kwnames)
{
    int64_t g;
    if (span_arg("end", self, argc, argv, kwnames, &g) < 0)
        return V_NULL;
    return int_from_i64(MATCH(self)->spans[2 * g + 1]);
}

static value span_tuple(int64_t s, int64_t e)
{
    value a = int_from_i64(s), b = a ? int_from_i64(e) : V_NULL;
    return b ? tuple_pack(2, a, b) : V_NULL;
}

static value match_span(value self, int argc, const value *argv, value kwnames)
{
    int64_t g;
    if (span_arg("span", self, argc, argv, kwnames, &g) < 0)
        return V_NULL;
    return span_tuple(MATCH(self)->spans[2 * g], MATCH(self)->spans[2 * g + 1]);
}

static value call_re(const char *fn, int argc, const value *argv)
{
    value re = import_module_cstr("re");
    value f = re ? obj_getattr_cstr(re, fn) : V_NULL;
    return f ? obj_call(f, argc, argv, V_NULL) : V_NULL;
}

static value match_expand(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "template" };
    value a[1];
    if (num_parse_args("expand", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    value args[3] = { MATCH(self)->pattern, self, a[0] };
    return call_re("_expand", 3, args);
}

static value return_self(value self, int argc, const value *argv, value kwnames)
{
    return self;
}

static value deepcopy_self(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("__deepcopy__", kwnames) < 0 || args_count("__deepcopy__", argc, 1, 1) < 0)
        return V_NULL;
    return self;
}

static value class_getitem(value cls, int argc, const value *argv, value kwnames)
{
    return genericalias_new(cls, argv[0]);
}

static value match_get_string(value self) { return MATCH(self)->string; }
static value match_get_re(value self) { return MATCH(self)->pattern; }
static value match_get_pos(value self) { return int_from_i64(MATCH(self)->pos); }
static value match_get_endpos(value self) { return int_from_i64(MATCH(self)->endpos); }

static value match_get_lastindex(value self)
{
    int64_t i = MATCH(self)->lastindex;
    return i >= 0 ? int_from_i64(i) : V_NONE;
}

static value match_get_lastgroup(value self)
{
    match_object *m = MATCH(self);
    value ig = PAT(m->pattern)->indexgroup;
    if (m->lastindex < 0 || !ig || !v_is_tuple(ig) || (size_t)m->lastindex >= tuple_len(ig))
        return V_NONE;
    return tuple_get(ig, (size_t)m->lastindex);
}

static value match_get_regs(value self)
{
    match_object *m = MATCH(self);
    if (m->regs)
        return m->regs;
    value t = tuple_new(m->n);
    if (!t)
        return V_NULL;
    for (size_t g = 0; g < m->n; g++) {
        value s = span_tuple(m->spans[2 * g], m->spans[2 * g + 1]);
        if (!s)
            return V_NULL;
        tuple_items(t)[g] = s;
    }
    m->regs = t;
    return t;
}

/* repr(v) cut to n characters (CPython's %.<n>R). */
static value repr_cut(value v, size_t n)
{
    value r = obj_repr(v);
    if (r && str_len(r) > n)
        r = str_substr(r, 0, n);
    return r;
}

static value match_repr(value self)
{
    match_object *m = MATCH(self);
    value g = match_group_value(m, 0, V_NONE);
    value r = g ? repr_cut(g, 50) : V_NULL;
    if (!r)
        return V_NULL;
    return str_format("<re.Match object; span=(%lld, %lld), match=%S>", (long long)m->spans[0],
                      (long long)m->spans[1], r);
}

/* -- Pattern methods ------------------------------------------------------------ */

/* (string, pos=0, endpos=sys.maxsize) */
static int parse_spe(const char *fname, int argc, const value *argv, value kwnames,
                     value *string, int64_t *pos, int64_t *endpos)
{
    static const char *const names[] = { "string", "pos", "endpos" };
    value a[3];
    if (num_parse_args(fname, argc, argv, kwnames, names, 3, 3, 1, a) < 0)
        return -1;
    *string = a[0];
    *pos = 0;
    *endpos = INT64_MAX;
    if (a[1] && args_index(a[1], pos) < 0)
        return -1;
    if (a[2] && args_index(a[2], endpos) < 0)
        return -1;
    return 0;
}

enum { RUN_MATCH, RUN_FULLMATCH, RUN_SEARCH };

static value pattern_run(value self, int argc, const value *argv, value kwnames,
                         const char *fname, int how)
{
    value string;
    int64_t pos, endpos;
    if (parse_spe(fname, argc, argv, kwnames, &string, &pos, &endpos) < 0)
        return V_NULL;
    pattern_object *p = PAT(self);
    subject s;
    if (get_subject(string, pos, endpos, &s) < 0 || check_kind(p, &s) < 0)
        return V_NULL;
    sre_state st;
    state_start(&st, p, &s);
    st.match_all = how == RUN_FULLMATCH;
    int r = how == RUN_SEARCH ? sre_search(&st) : sre_match(&st);
    value res = r < 0 ? V_NULL : r == 0 ? V_NONE : match_new(self, &s, &st);
    sre_state_free(&st);
    return res;
}

static value pattern_match(value self, int argc, const value *argv, value kwnames)
{
    return pattern_run(self, argc, argv, kwnames, "match", RUN_MATCH);
}

static value pattern_fullmatch(value self, int argc, const value *argv, value kwnames)
{
    return pattern_run(self, argc, argv, kwnames, "fullmatch", RUN_FULLMATCH);
}

static value pattern_search(value self, int argc, const value *argv, value kwnames)
{
    return pattern_run(self, argc, argv, kwnames, "search", RUN_SEARCH);
}

/* The empty str or bytes of the subject's kind. */
static value empty_of(const subject *s)
{
    return s->isbytes ? bytes_from("", 0) : str_empty();
}

static value pattern_findall(value self, int argc, const value *argv, value kwnames)
{
    value string;
    int64_t pos, endpos;
    if (parse_spe("findall", argc, argv, kwnames, &string, &pos, &endpos) < 0)
        return V_NULL;
    pattern_object *p = PAT(self);
    subject s;
    if (get_subject(string, pos, endpos, &s) < 0 || check_kind(p, &s) < 0)
        return V_NULL;
    value list = list_new(0), empty = empty_of(&s);
    if (!list || !empty)
        return V_NULL;
    sre_state st;
    state_start(&st, p, &s);
    value res = list;
    for (;;) {
        int r = sre_search(&st);
        if (r <= 0) {
            if (r < 0)
                res = V_NULL;
            break;
        }
        value item;
        if (p->groups == 0) {
            item = subject_slice(string, st.start, st.end);
        } else if (p->groups == 1) {
            int64_t gs, ge;
            sre_group_span(&st, 0, &gs, &ge);
            item = gs < 0 ? empty : subject_slice(string, gs, ge);
        } else {
            item = tuple_new(p->groups);
            for (size_t g = 0; item && g < p->groups; g++) {
                int64_t gs, ge;
                sre_group_span(&st, g, &gs, &ge);
                value v = gs < 0 ? empty : subject_slice(string, gs, ge);
                if (!v)
                    item = V_NULL;
                else
                    tuple_items(item)[g] = v;
            }
        }
        if (!item || list_append(list, item) < 0) {
            res = V_NULL;
            break;
        }
        st.must_advance = st.end == st.start;
        st.s.pos = st.end;
    }
    sre_state_free(&st);
    return res;
}

static value pattern_split(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "string", "maxsplit" };
    value a[2];
    if (num_parse_args("split", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    int64_t maxsplit = 0;
    if (a[1] && args_index(a[1], &maxsplit) < 0)
        return V_NULL;
    value string = a[0];
    pattern_object *p = PAT(self);
    subject s;
    if (get_subject(string, 0, INT64_MAX, &s) < 0 || check_kind(p, &s) < 0)
        return V_NULL;
    value list = list_new(0);
    if (!list)
        return V_NULL;
    sre_state st;
    state_start(&st, p, &s);
    value res = list;
    int64_t last = 0, n = 0;
    while (!maxsplit || n < maxsplit) {
        int r = sre_search(&st);
        if (r <= 0) {
            if (r < 0)
                res = V_NULL;
            break;
        }
        value item = subject_slice(string, last, st.start);
        if (!item || list_append(list, item) < 0) {
            res = V_NULL;
            break;
        }
        for (size_t g = 0; g < p->groups; g++) {
            int64_t gs, ge;
            sre_group_span(&st, g, &gs, &ge);
            item = gs < 0 ? V_NONE : subject_slice(string, gs, ge);
            if (!item || list_append(list, item) < 0) {
                res = V_NULL;
                break;
            }
        }
        if (!res)
            break;
        n++;
        st.must_advance = st.end == st.start;
        last = st.s.pos = st.end;
    }
    if (res) {
        value item = subject_slice(string, last, s.s.len);
        if (!item || list_append(list, item) < 0)
            res = V_NULL;
    }
    sre_state_free(&st);
    return res;
}

static bool has_backslash(value repl)
{
    const char *data;
    size_t size;
    if (v_is_str_like(repl))
        return memchr(str_data(repl), '\\', str_size(repl)) != NULL;
    if (buffer_get(repl, &data, &size))
        return memchr(data, '\\', size) != NULL;
    return true;
}

static value pattern_subx(value self, value repl, value string, int64_t count, bool subn)
{
    pattern_object *p = PAT(self);
    value filter = repl;
    bool callable = v_type(repl)->call != NULL;
    if (!callable && has_backslash(repl)) {
        value args[2] = { self, repl };
        if (!(filter = call_re("_subx", 2, args)))
            return V_NULL;
        callable = v_type(filter)->call != NULL;
    }
    subject s;
    if (get_subject(string, 0, INT64_MAX, &s) < 0 || check_kind(p, &s) < 0)
        return V_NULL;
    value list = list_new(0);
    if (!list)
        return V_NULL;
    sre_state st;
    state_start(&st, p, &s);
    value res = list;
    int64_t last = 0, n = 0;
    while (!count || n < count) {
        int r = sre_search(&st);
        if (r <= 0) {
            if (r < 0)
                res = V_NULL;
            break;
        }
        if (last < st.start) {
            value item = subject_slice(string, last, st.start);
            if (!item || list_append(list, item) < 0) {
                res = V_NULL;
                break;
            }
        }
        value item = filter;
        if (callable) {
            value m = match_new(self, &s, &st);
            item = m ? obj_call1(filter, m) : V_NULL;
        }
        if (!item || (item != V_NONE && list_append(list, item) < 0)) {
            res = V_NULL;
            break;
        }
        n++;
        st.must_advance = st.end == st.start;
        last = st.s.pos = st.end;
    }
    sre_state_free(&st);
    if (!res)
        return V_NULL;
    if (last < s.s.len) {
        value item = subject_slice(string, last, s.s.len);
        if (!item || list_append(list, item) < 0)
            return V_NULL;
    }
    value joiner = empty_of(&s);
    value joined = joiner ? obj_call_method(joiner, "join", 1, &list) : V_NULL;
    if (!joined || !subn)
        return joined;
    value nv = int_from_i64(n);
    return nv ? tuple_pack(2, joined, nv) : V_NULL;
}

static value pattern_sub_common(value self, int argc, const value *argv, value kwnames,
                                const char *name, bool subn)
{
    static const char *const names[] = { "repl", "string", "count" };
    value a[3];
    if (num_parse_args(name, argc, argv, kwnames, names, 3, 3, 2, a) < 0)
        return V_NULL;
    int64_t count = 0;
    if (a[2] && args_index(a[2], &count) < 0)
        return V_NULL;
    return pattern_subx(self, a[0], a[1], count, subn);
}

static value pattern_sub(value self, int argc, const value *argv, value kwnames)
{
    return pattern_sub_common(self, argc, argv, kwnames, "sub", false);
}

static value pattern_subn(value self, int argc, const value *argv, value kwnames)
{
    return pattern_sub_common(self, argc, argv, kwnames, "subn", true);
}

/* -- Scanner ------------------------------------------------------------------- */

typedef struct scanner_object {
    object hdr;
    value pattern, string, keep;
    sre_subject s;
    bool isbytes, must_advance, done, busy;
} scanner_object;

#define SCANNER(v) ((scanner_object *)v_obj(v))

static void scanner_trace(object *o, gc_tracer *t)
{
    scanner_object *sc = (scanner_object *)o;
    gc_mark_value(t, sc->pattern);
    gc_mark_value(t, sc->string);
    gc_mark_value(t, sc->keep);
}

static value pattern_scanner(value self, int argc, const value *argv, value kwnames)
{
    value string;
    int64_t pos, endpos;
    if (parse_spe("scanner", argc, argv, kwnames, &string, &pos, &endpos) < 0)
        return V_NULL;
    subject s;
    if (get_subject(string, pos, endpos, &s) < 0 || check_kind(PAT(self), &s) < 0)
        return V_NULL;
    scanner_object *sc = (scanner_object *)gc_alloc(&sre_scanner_type, sizeof(scanner_object));
    if (!sc)
        return V_NULL;
    sc->pattern = self;
    sc->string = string;
    sc->keep = s.keep;
    sc->s = s.s;
    sc->isbytes = s.isbytes;
    return v_from_obj(sc);
}

static value scanner_step(value self, bool search)
{
    scanner_object *sc = SCANNER(self);
    if (sc->done)
        return V_NONE;
    if (sc->busy)
        return exc_raise(&exc_ValueError, "regular expression scanner already executing");
    pattern_object *p = PAT(sc->pattern);
    subject s = { sc->s, sc->string, sc->keep, sc->isbytes };
    sre_state st;
    state_start(&st, p, &s);
    st.must_advance = sc->must_advance;
    sc->busy = true;
    int r = search ? sre_search(&st) : sre_match(&st);
    sc->busy = false;
    value res;
    if (r < 0) {
        res = V_NULL;
    } else if (r == 0) {
        sc->done = true;
        res = V_NONE;
    } else {
        res = match_new(sc->pattern, &s, &st);
        sc->must_advance = st.end == st.start;
        sc->s.pos = st.end;
    }
    sre_state_free(&st);
    return res;
}

static value scanner_match(value self, int argc, const value *argv, value kwnames)
{
    return scanner_step(self, false);
}

static value scanner_search(value self, int argc, const value *argv, value kwnames)
{
    return scanner_step(self, true);
}

static value scanner_get_pattern(value self) { return SCANNER(self)->pattern; }

static value pattern_finditer(value self, int argc, const value *argv, value kwnames)
{
    value sc = pattern_scanner(self, argc, argv, kwnames);
    if (!sc)
        return V_NULL;
    value search = obj_getattr_cstr(sc, "search");
    return search ? callable_iter_new(search, V_NONE) : V_NULL;
}

/* -- Pattern attributes, repr, ==, hash ----------------------------------------- */

static value pattern_get_pattern(value self) { return PAT(self)->pattern; }
static value pattern_get_flags(value self) { return int_from_i64(PAT(self)->flags); }
static value pattern_get_groups(value self) { return int_from_i64((int64_t)PAT(self)->groups); }

static value pattern_get_groupindex(value self)
{
    value gi = PAT(self)->groupindex;
    if (!gi) {
        if (!(gi = dict_new()))
            return V_NULL;
    }
    return mappingproxy_new(gi);
}

static value pattern_repr(value self)
{
    static const struct { const char *name; int64_t flag; } names[] = {
        { "re.TEMPLATE", 1 }, { "re.IGNORECASE", 2 }, { "re.LOCALE", 4 },
        { "re.MULTILINE", 8 }, { "re.DOTALL", 16 }, { "re.UNICODE", 32 },
        { "re.VERBOSE", 64 }, { "re.DEBUG", 128 }, { "re.ASCII", 256 },
    };
    pattern_object *p = PAT(self);
    value r = repr_cut(p->pattern, 200);
    if (!r)
        return V_NULL;
    int64_t flags = p->flags;
    /* the default for str patterns goes unsaid */
    if ((flags & (4 | 32 | 256)) == 32)
        flags &= ~(int64_t)32;
    if (!flags)
        return str_format("re.compile(%S)", r);
    str_builder b;
    sb_str_init(&b);
    sb_str_add(&b, "re.compile(", 11);
    sb_str_add_value(&b, r);
    sb_str_add(&b, ", ", 2);
    bool first = true;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (flags & names[i].flag) {
            if (!first)
                sb_str_add(&b, "|", 1);
            sb_str_add(&b, names[i].name, strlen(names[i].name));
            flags &= ~names[i].flag;
            first = false;
        }
    }
    if (flags) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%s0x%llx", first ? "" : "|", (unsigned long long)flags);
        sb_str_add(&b, buf, (size_t)n);
    }
    sb_str_add(&b, ")", 1);
    return sb_str_finish(&b);
}

static value pattern_richcompare(value a, value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || v_type(a) != &sre_pattern_type ||
        v_type(b) != &sre_pattern_type)
        return V_NOTIMPL;
    pattern_object *x = PAT(a), *y = PAT(b);
    int eq = 1;
    if (a != b) {
        eq = x->flags == y->flags && x->isbytes == y->isbytes && x->ncode == y->ncode &&
             !memcmp(x->code, y->code, x->ncode * sizeof(uint32_t));
        if (eq && (eq = obj_richcompare_bool(x->pattern, y->pattern, CMP_EQ)) < 0)
            return V_NULL;
    }
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static int pattern_hash(value self, int64_t *out)
{
    pattern_object *p = PAT(self);
    int64_t h;
    if (obj_hash(p->pattern, &h) < 0)
        return -1;
    h ^= str_hash_bytes((const char *)p->code, p->ncode * sizeof(uint32_t));
    h ^= p->flags ^ p->isbytes ^ (int64_t)p->ncode;
    *out = h == -1 ? -2 : h;
    return 0;
}

/* -- Module functions ------------------------------------------------------------ */

static value sre_compile(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "pattern", "flags", "code", "groups", "groupindex",
                                         "indexgroup" };
    value a[6];
    if (num_parse_args("compile", argc, argv, kwnames, names, 6, 6, 6, a) < 0)
        return V_NULL;
    int64_t flags, groups;
    if (!v_is_int_like(a[1]))
        return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         v_type_name(a[1]));
    if (int_as_i64(a[1], &flags) < 0 || args_index(a[3], &groups) < 0)
        return V_NULL;
    if (!v_isinstance(a[2], &list_type))
        return exc_raise(&exc_TypeError, "compile() argument 'code' must be list, not %s",
                         str_arg_type_name(a[2]));
    if (!v_isinstance(a[4], &dict_type))
        return exc_raise(&exc_TypeError, "compile() argument 'groupindex' must be dict, not %s",
                         str_arg_type_name(a[4]));
    if (!v_isinstance(a[5], &tuple_type))
        return exc_raise(&exc_TypeError, "compile() argument 'indexgroup' must be tuple, not %s",
                         str_arg_type_name(a[5]));
    if (groups < 0 || groups > SRE_MAXGROUPS)
        return exc_raise(&exc_RuntimeError, "invalid SRE code");
    int isbytes = -1;
    if (a[0] != V_NONE) {
        const char *d;
        size_t n;
        if (v_is_str_like(a[0]))
            isbytes = 0;
        else if (buffer_get(a[0], &d, &n))
            isbytes = 1;
        else
            return exc_raise(&exc_TypeError, "expected string or bytes-like object, got '%s'",
                             v_type_name(a[0]));
    }
    value code = a[2];
    size_t n = list_len(code);
    if (n > (SIZE_MAX / 4) - CODE_PAD - 1)
        return exc_no_memory();
    pattern_object *p = (pattern_object *)gc_alloc(&sre_pattern_type, sizeof(pattern_object));
    if (!p)
        return V_NULL;
    uint32_t *words = gc_alloc_raw((n + CODE_PAD) * sizeof(uint32_t));
    if (!words)
        return V_NULL;
    memset(words, 0, (n + CODE_PAD) * sizeof(uint32_t));
    p->code = words;
    for (size_t i = 0; i < n && i < list_len(code); i++) {
        value v = list_get(code, i);
        int64_t w;
        if (!v_is_int_like(v))
            return exc_raise(&exc_TypeError, "an integer is required");
        if (int_as_i64(v, &w) < 0) {
            exc_clear();
            if (obj_richcompare_bool(v, v_small(0), CMP_LT) == 1)
                return exc_raise(&exc_OverflowError, "can't convert negative value to unsigned int");
            return exc_raise(&exc_OverflowError, "Python int too large to convert to C unsigned long");
        }
        if (w < 0)
            return exc_raise(&exc_OverflowError, "can't convert negative value to unsigned int");
        if (w > (int64_t)0xFFFFFFFF)
            return exc_raise(&exc_OverflowError, "regular expression code size limit exceeded");
        words[i] = (uint32_t)w;
    }
    if (list_len(code) != n)
        return exc_raise(&exc_RuntimeError, "invalid SRE code");
    p->ncode = n;
    p->pattern = a[0];
    p->flags = flags;
    p->groups = (size_t)groups;
    p->isbytes = isbytes;
    p->groupindex = dict_len(a[4]) ? a[4] : V_NULL;
    p->indexgroup = tuple_len(a[5]) ? a[5] : V_NULL;
    if (n == 0 || sre_validate(words, n, (size_t)groups) < 0) {
        if (n == 0)
            exc_raise(&exc_RuntimeError, "invalid SRE code");
        return V_NULL;
    }
    return v_from_obj(p);
}

static int char_arg(const char *name, value v, uint32_t *out)
{
    int64_t i;
    if (!v_is_int_like(v)) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    if (int_as_i64(v, &i) < 0)
        return -1;
    if (i < INT32_MIN || i > INT32_MAX) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (uint32_t)(int32_t)i;
    return 0;
}

static value sre_getcodesize(value self, int argc, const value *argv, value kwnames)
{
    return v_small(4);
}

static value sre_ascii_iscased_fn(value self, int argc, const value *argv, value kwnames)
{
    uint32_t ch;
    return char_arg("ascii_iscased", argv[0], &ch) < 0 ? V_NULL : v_bool(sre_ascii_iscased(ch));
}

static value sre_unicode_iscased_fn(value self, int argc, const value *argv, value kwnames)
{
    uint32_t ch;
    if (char_arg("unicode_iscased", argv[0], &ch) < 0)
        return V_NULL;
    return v_bool(ch <= 0x10FFFF && sre_unicode_iscased(ch));
}

static value sre_ascii_tolower_fn(value self, int argc, const value *argv, value kwnames)
{
    uint32_t ch;
    if (char_arg("ascii_tolower", argv[0], &ch) < 0)
        return V_NULL;
    return int_from_i64((int32_t)sre_lower_ascii(ch));
}

static value sre_unicode_tolower_fn(value self, int argc, const value *argv, value kwnames)
{
    uint32_t ch;
    if (char_arg("unicode_tolower", argv[0], &ch) < 0)
        return V_NULL;
    return int_from_i64((int32_t)(ch <= 0x10FFFF ? sre_lower_unicode(ch) : ch));
}

/* -- Types and the module ------------------------------------------------------- */

static const method_def pattern_methods[] = {
    { "match", pattern_match, METH_KEYWORDS, "Matches zero or more characters at the beginning of the string." },
    { "fullmatch", pattern_fullmatch, METH_KEYWORDS, "Matches against all of the string." },
    { "search", pattern_search, METH_KEYWORDS, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches." },
    { "sub", pattern_sub, METH_KEYWORDS, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl." },
    { "subn", pattern_subn, METH_KEYWORDS, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl." },
    { "findall", pattern_findall, METH_KEYWORDS, "Return a list of all non-overlapping matches of pattern in string." },
    { "split", pattern_split, METH_KEYWORDS, "Split string by the occurrences of pattern." },
    { "finditer", pattern_finditer, METH_KEYWORDS, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object." },
    { "scanner", pattern_scanner, METH_KEYWORDS, NULL },
    { "__copy__", return_self, METH_NOARGS, NULL },
    { "__deepcopy__", deepcopy_self, METH_FAST, NULL },
    { "__class_getitem__", class_getitem, METH_O | METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static const getset_def pattern_getsets[] = {
    { "pattern", pattern_get_pattern, NULL, "The pattern string from which the RE object was compiled." },
    { "flags", pattern_get_flags, NULL, "The regex matching flags." },
    { "groups", pattern_get_groups, NULL, "The number of capturing groups in the pattern." },
    { "groupindex", pattern_get_groupindex, NULL, "A dictionary mapping group names to group numbers." },
    { NULL, NULL, NULL, NULL },
};

static const method_def match_methods[] = {
    { "group", match_group, METH_KEYWORDS, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match." },
    { "start", match_start, METH_KEYWORDS, "Return index of the start of the substring matched by group." },
    { "end", match_end, METH_KEYWORDS, "Return index of the end of the substring matched by group." },
    { "span", match_span, METH_KEYWORDS, "For match object m, return the 2-tuple (m.start(group), m.end(group))." },
    { "groups", match_groups, METH_KEYWORDS, "Return a tuple containing all the subgroups of the match, from 1." },
    { "groupdict", match_groupdict, METH_KEYWORDS, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name." },
    { "expand", match_expand, METH_KEYWORDS, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method." },
    { "__copy__", return_self, METH_NOARGS, NULL },
    { "__deepcopy__", deepcopy_self, METH_FAST, NULL },
    { "__class_getitem__", class_getitem, METH_O | METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static const getset_def match_getsets[] = {
    { "string", match_get_string, NULL, "The string passed to match() or search()." },
    { "re", match_get_re, NULL, "The regular expression object." },
    { "pos", match_get_pos, NULL, "The index into the string at which the RE engine started looking for a match." },
    { "endpos", match_get_endpos, NULL, "The index into the string beyond which the RE engine will not go." },
    { "lastindex", match_get_lastindex, NULL, "The integer index of the last matched capturing group." },
    { "lastgroup", match_get_lastgroup, NULL, "The name of the last matched capturing group." },
    { "regs", match_get_regs, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def scanner_methods[] = {
    { "match", scanner_match, METH_NOARGS, NULL },
    { "search", scanner_search, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static const getset_def scanner_getsets[] = {
    { "pattern", scanner_get_pattern, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

type_object sre_pattern_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "re.Pattern",
    .basicsize = sizeof(pattern_object),
    .flags = TYPE_WEAKREFABLE,
    .trace = pattern_trace,
    .getattr = obj_generic_getattr,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
    .doc = "Compiled regular expression object.",
};

type_object sre_match_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "re.Match",
    .basicsize = sizeof(match_object),
    .trace = match_trace,
    .getattr = obj_generic_getattr,
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getsets = match_getsets,
    .doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
};

type_object sre_scanner_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sre.SRE_Scanner",
    .basicsize = sizeof(scanner_object),
    .trace = scanner_trace,
    .getattr = obj_generic_getattr,
    .methods = scanner_methods,
    .getsets = scanner_getsets,
};

static type_object cps_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sre.codepoints",
    .basicsize = sizeof(cps_object),
};

static const method_def sre_functions[] = {
    { "compile", sre_compile, METH_KEYWORDS, NULL },
    { "getcodesize", sre_getcodesize, METH_NOARGS, NULL },
    { "ascii_iscased", sre_ascii_iscased_fn, METH_O, NULL },
    { "unicode_iscased", sre_unicode_iscased_fn, METH_O, NULL },
    { "ascii_tolower", sre_ascii_tolower_fn, METH_O, NULL },
    { "unicode_tolower", sre_unicode_tolower_fn, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

value sremodule_init(void)
{
    value m = module_new("_sre");
    if (!m || modules_add_functions(m, sre_functions) < 0)
        return V_NULL;
    type_object *types[] = { &sre_pattern_type, &sre_match_type, &sre_scanner_type };
    for (size_t i = 0; i < 3; i++)
        if (!(types[i]->flags & TYPE_READY) && type_ready(types[i]) < 0)
            return V_NULL;
    value d = module_dict(m);
    value maxrepeat = int_from_i64(SRE_MAXREPEAT);
    if (!maxrepeat || dict_set_cstr(d, "MAGIC", v_small(SRE_MAGIC)) < 0 ||
        dict_set_cstr(d, "CODESIZE", v_small(4)) < 0 ||
        dict_set_cstr(d, "MAXREPEAT", maxrepeat) < 0 ||
        dict_set_cstr(d, "MAXGROUPS", v_small(SRE_MAXGROUPS)) < 0)
        return V_NULL;
    return m;
}
