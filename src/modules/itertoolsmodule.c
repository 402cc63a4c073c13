/* The `itertools` module: CPython 3.11's iterator building blocks (count,
 * cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
 * filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest and
 * the combinatoric product, permutations, combinations,
 * combinations_with_replacement). Each is a type whose `new` slot parses
 * the call with CPython's checks and messages and whose iternext slot
 * does one step lazily; iternext returns V_NULL with no exception at the
 * end and V_NULL with one when an input iterator or callback raised.
 * Index arrays of the combinatoric types are tuples of small ints mutated
 * in place, so the GC needs nothing special for them. */
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/dict.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

static value iter_self(value self) { return self; }

#define OBJ(T, v) ((T *)v_obj(v))
#define NEW(T, type) ((T *)seq_alloc((type), sizeof(T), 0))

extern type_object count_type, cycle_type, repeat_type, accumulate_type, chain_type,
    compress_type, dropwhile_type, takewhile_type, filterfalse_type, groupby_type, grouper_type,
    islice_type, pairwise_type, starmap_type, tee_type, teedata_type, zip_longest_type,
    product_type, permutations_type, combinations_type, cwr_type;

/* The positional-only, no-keyword calls most of these types take. */
static int plain_args(const char *name, type_object *type, type_object *base, int argc,
                      value kwnames, int min, int max)
{
    if ((type == base || type->init == base->init) && args_no_kw(name, kwnames) < 0)
        return -1;
    return args_count(name, argc, min, max);
}

/* Small-int index tuple access (see the file comment). */
static int64_t ix(value t, size_t i) { return v_int(tuple_get(t, i)); }
static void ix_set(value t, size_t i, int64_t v) { tuple_items(t)[i] = v_small(v); }

/* -- count ------------------------------------------------------------------ */

typedef struct count_object {
    object hdr;
    value cnt, step;
} count_object;

static bool is_number(value v)
{
    type_object *t = v_type(v);
    if (v_is_int(v) || type_is_subtype(t, &int_type) || type_is_subtype(t, &float_type))
        return true;
    static const char *const names[] = { "__index__", "__int__", "__float__", "__complex__", NULL };
    for (int i = 0; names[i]; i++) {
        value n = str_intern_cstr(names[i]);
        if (n && type_lookup(t, n))
            return true;
    }
    return false;
}

/* An int (or subclass) equal to 1: a step that reprs omit. */
static bool is_int_one(value v)
{
    int64_t i;
    if (!type_is_subtype(v_type(v), &int_type))
        return false;
    if (int_as_i64(v, &i) < 0) {
        exc_clear();
        return false;
    }
    return i == 1;
}

static value count_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "start", "step" };
    value a[2];
    if (num_parse_args("count", argc, argv, kwnames, names, 2, 2, 0, a) < 0)
        return V_NULL;
    value start = a[0] ? a[0] : v_small(0), step = a[1] ? a[1] : v_small(1);
    if (!is_number(start) || !is_number(step))
        return exc_raise(&exc_TypeError, "a number is required");
    /* CPython counts int starts with a step of int 1 in machine words, so
     * bools and int subclasses there become plain ints */
    int64_t i;
    if (is_int_one(step) && type_is_subtype(v_type(start), &int_type)) {
        if (int_as_i64(start, &i) == 0) {
            if (!(start = int_from_i64(i)))
                return V_NULL;
        } else {
            exc_clear();
        }
        step = v_small(1);
    }
    count_object *c = NEW(count_object, type);
    if (!c)
        return V_NULL;
    c->cnt = start;
    c->step = step;
    return v_from_obj(c);
}

static value count_next(value self)
{
    count_object *c = OBJ(count_object, self);
    value r = c->cnt, n = obj_binary_op(r, c->step, NB_ADD);
    if (!n)
        return V_NULL;
    c->cnt = n;
    return r;
}

/* The type's short name, as CPython's reprs show it (subclasses included). */
static const char *short_name(value self)
{
    const char *name = v_type(self)->name;
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

static value count_repr(value self)
{
    count_object *c = OBJ(count_object, self);
    const char *name = short_name(self);
    /* the step is shown unless it is the int 1 */
    if (is_int_one(c->step))
        return str_format("%s(%R)", name, c->cnt);
    return str_format("%s(%R, %R)", name, c->cnt, c->step);
}

static void count_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((count_object *)o)->cnt);
    gc_mark_value(t, ((count_object *)o)->step);
}

/* -- cycle ------------------------------------------------------------------ */

typedef struct cycle_object {
    object hdr;
    value it, saved;   /* saved: list of the first pass's items */
    int64_t index;
    bool firstpass_done;
} cycle_object;

static value cycle_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (plain_args("cycle", type, &cycle_type, argc, kwnames, 1, 1) < 0)
        return V_NULL;
    value it = obj_iter(argv[0]);
    value saved = it ? list_new(0) : V_NULL;
    cycle_object *c = saved ? NEW(cycle_object, type) : NULL;
    if (!c)
        return V_NULL;
    c->it = it;
    c->saved = saved;
    return v_from_obj(c);
}

static value cycle_next(value self)
{
    cycle_object *c = OBJ(cycle_object, self);
    if (!c->firstpass_done) {
        value item = obj_next(c->it);
        if (item) {
            if (list_append(c->saved, item) < 0)
                return V_NULL;
            return item;
        }
        if (exc_occurred())
            return V_NULL;
        c->firstpass_done = true;
    }
    size_t n = list_len(c->saved);
    if (n == 0)
        return V_NULL;
    value r = list_get(c->saved, (size_t)c->index);
    c->index = (c->index + 1) % (int64_t)n;
    return r;
}

static void cycle_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((cycle_object *)o)->it);
    gc_mark_value(t, ((cycle_object *)o)->saved);
}

/* -- repeat ----------------------------------------------------------------- */

typedef struct repeat_object {
    object hdr;
    value element;
    int64_t cnt;   /* -1: forever */
} repeat_object;

static value repeat_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "object", "times" };
    value a[2];
    if (num_parse_args("repeat", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    int64_t cnt = -1;
    if (a[1] && args_index(a[1], &cnt) < 0)
        return V_NULL;
    if (a[1] && cnt < 0)
        cnt = 0;   /* negative times means none, as CPython */
    repeat_object *r = NEW(repeat_object, type);
    if (!r)
        return V_NULL;
    r->element = a[0];
    r->cnt = cnt;
    return v_from_obj(r);
}

static value repeat_next(value self)
{
    repeat_object *r = OBJ(repeat_object, self);
    if (r->cnt == 0)
        return V_NULL;
    if (r->cnt > 0)
        r->cnt--;
    return r->element;
}

static value repeat_repr(value self)
{
    repeat_object *r = OBJ(repeat_object, self);
    if (r->cnt < 0)
        return str_format("%s(%R)", short_name(self), r->element);
    return str_format("%s(%R, %lld)", short_name(self), r->element, (long long)r->cnt);
}

static value repeat_hint(value self, int argc, const value *argv, value kwnames)
{
    repeat_object *r = OBJ(repeat_object, self);
    if (r->cnt < 0)
        return exc_raise(&exc_TypeError, "len() of unsized object");
    return int_from_i64(r->cnt);
}

static void repeat_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((repeat_object *)o)->element); }

/* -- accumulate ------------------------------------------------------------- */

typedef struct accumulate_object {
    object hdr;
    value it, func, total, initial;   /* func/total/initial may be V_NULL */
} accumulate_object;

static value accumulate_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "iterable", "func", "initial" };
    value a[3];
    if (num_parse_args("accumulate", argc, argv, kwnames, names, 3, 2, 1, a) < 0)
        return V_NULL;
    value it = obj_iter(a[0]);
    accumulate_object *o = it ? NEW(accumulate_object, type) : NULL;
    if (!o)
        return V_NULL;
    o->it = it;
    o->func = a[1] == V_NONE ? V_NULL : a[1];
    o->initial = a[2] == V_NONE ? V_NULL : a[2];
    return v_from_obj(o);
}

static value accumulate_next(value self)
{
    accumulate_object *o = OBJ(accumulate_object, self);
    if (o->initial) {
        o->total = o->initial;
        o->initial = V_NULL;
        return o->total;
    }
    value v = obj_next(o->it);
    if (!v)
        return V_NULL;
    if (o->total) {
        value args[2] = { o->total, v };
        v = o->func ? obj_call(o->func, 2, args, V_NULL) : obj_binary_op(o->total, v, NB_ADD);
        if (!v)
            return V_NULL;
    }
    o->total = v;
    return v;
}

static void accumulate_trace(object *o, gc_tracer *t)
{
    accumulate_object *a = (accumulate_object *)o;
    gc_mark_value(t, a->it);
    gc_mark_value(t, a->func);
    gc_mark_value(t, a->total);
    gc_mark_value(t, a->initial);
}

/* -- chain ------------------------------------------------------------------ */

typedef struct chain_object {
    object hdr;
    value source;   /* iterator over the iterables; V_NULL when done */
    value active;   /* the current iterable's iterator, or V_NULL */
} chain_object;

static value chain_make(type_object *type, value source)
{
    chain_object *c = NEW(chain_object, type);
    if (!c)
        return V_NULL;
    c->source = source;
    return v_from_obj(c);
}

static value chain_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if ((type == &chain_type || type->init == chain_type.init) && args_no_kw("chain", kwnames) < 0)
        return V_NULL;
    value t = tuple_from_array(argv, (size_t)argc);
    value src = t ? obj_iter(t) : V_NULL;
    return src ? chain_make(type, src) : V_NULL;
}

static value chain_from_iterable(value cls, int argc, const value *argv, value kwnames)
{
    value src = obj_iter(argv[0]);
    return src ? chain_make((type_object *)v_obj(cls), src) : V_NULL;
}

static value chain_next(value self)
{
    chain_object *c = OBJ(chain_object, self);
    while (c->source) {
        if (!c->active) {
            value iterable = obj_next(c->source);
            /* a failing source or a non-iterable ends the chain, as CPython */
            if (!iterable || !(c->active = obj_iter(iterable))) {
                c->source = V_NULL;
                return V_NULL;
            }
        }
        value item = obj_next(c->active);
        if (item || exc_occurred())
            return item;
        c->active = V_NULL;
    }
    return V_NULL;
}

static void chain_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((chain_object *)o)->source);
    gc_mark_value(t, ((chain_object *)o)->active);
}

/* -- compress --------------------------------------------------------------- */

typedef struct compress_object {
    object hdr;
    value data, selectors;
} compress_object;

static value compress_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "data", "selectors" };
    value a[2];
    if (num_parse_args("compress", argc, argv, kwnames, names, 2, 2, 2, a) < 0)
        return V_NULL;
    value d = obj_iter(a[0]);
    value s = d ? obj_iter(a[1]) : V_NULL;
    compress_object *c = s ? NEW(compress_object, type) : NULL;
    if (!c)
        return V_NULL;
    c->data = d;
    c->selectors = s;
    return v_from_obj(c);
}

static value compress_next(value self)
{
    compress_object *c = OBJ(compress_object, self);
    for (;;) {
        value d = obj_next(c->data);
        if (!d)
            return V_NULL;
        value s = obj_next(c->selectors);
        if (!s)
            return V_NULL;
        int ok = obj_truthy(s);
        if (ok < 0)
            return V_NULL;
        if (ok)
            return d;
    }
}

static void compress_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((compress_object *)o)->data);
    gc_mark_value(t, ((compress_object *)o)->selectors);
}

/* -- dropwhile, takewhile, filterfalse: a predicate and an iterator ------------ */

typedef struct pred_object {
    object hdr;
    value func, it;
    bool done;   /* dropwhile: dropping over; takewhile: stopped */
} pred_object;

static value pred_new(const char *name, type_object *base, type_object *type, int argc,
                      const value *argv, value kwnames)
{
    if (plain_args(name, type, base, argc, kwnames, 2, 2) < 0)
        return V_NULL;
    value it = obj_iter(argv[1]);
    pred_object *p = it ? NEW(pred_object, type) : NULL;
    if (!p)
        return V_NULL;
    p->func = argv[0];
    p->it = it;
    return v_from_obj(p);
}

/* The predicate's truth for item: 1/0/-1; filterfalse's None means bool. */
static int pred_test(value func, value item)
{
    value r = func == V_NONE || func == v_from_obj(&bool_type) ? item : obj_call1(func, item);
    return r ? obj_truthy(r) : -1;
}

static int call_truth(value func, value item)
{
    value r = obj_call1(func, item);
    return r ? obj_truthy(r) : -1;
}

static value dropwhile_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return pred_new("dropwhile", &dropwhile_type, type, argc, argv, kwnames);
}

static value takewhile_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return pred_new("takewhile", &takewhile_type, type, argc, argv, kwnames);
}

static value filterfalse_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return pred_new("filterfalse", &filterfalse_type, type, argc, argv, kwnames);
}

static value dropwhile_next(value self)
{
    pred_object *p = OBJ(pred_object, self);
    for (;;) {
        value item = obj_next(p->it);
        if (!item || p->done)
            return item;
        int ok = call_truth(p->func, item);
        if (ok < 0)
            return V_NULL;
        if (!ok) {
            p->done = true;
            return item;
        }
    }
}

static value takewhile_next(value self)
{
    pred_object *p = OBJ(pred_object, self);
    if (p->done)
        return V_NULL;
    value item = obj_next(p->it);
    if (!item)
        return V_NULL;
    int ok = call_truth(p->func, item);
    if (ok < 0)
        return V_NULL;
    if (ok)
        return item;
    p->done = true;
    return V_NULL;
}

static value filterfalse_next(value self)
{
    pred_object *p = OBJ(pred_object, self);
    for (;;) {
        value item = obj_next(p->it);
        if (!item)
            return V_NULL;
        int ok = pred_test(p->func, item);
        if (ok < 0)
            return V_NULL;
        if (!ok)
            return item;
    }
}

static void pred_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((pred_object *)o)->func);
    gc_mark_value(t, ((pred_object *)o)->it);
}

/* -- starmap ---------------------------------------------------------------- */

static value starmap_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return pred_new("starmap", &starmap_type, type, argc, argv, kwnames);
}

static value starmap_next(value self)
{
    pred_object *p = OBJ(pred_object, self);
    value args = obj_next(p->it);
    if (!args)
        return V_NULL;
    if (!v_is_ptr(args) || v_obj(args)->type != &tuple_type) {
        value l = list_new(0);
        if (!l || list_extend(l, args) < 0 || !(args = list_as_tuple(l)))
            return V_NULL;
    }
    return obj_call(p->func, (int)tuple_len(args), tuple_items(args), V_NULL);
}

/* -- groupby and its _grouper ----------------------------------------------- */

typedef struct groupby_object {
    object hdr;
    value it, keyfunc;            /* keyfunc: V_NULL for identity */
    value tgtkey, currkey, currvalue;
    value currgrouper;            /* the only grouper still allowed to yield */
} groupby_object;

typedef struct grouper_object {
    object hdr;
    value parent, tgtkey;
} grouper_object;

static value groupby_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "iterable", "key" };
    value a[2];
    if (num_parse_args("groupby", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    value it = obj_iter(a[0]);
    groupby_object *g = it ? NEW(groupby_object, type) : NULL;
    if (!g)
        return V_NULL;
    g->it = it;
    g->keyfunc = a[1] == V_NONE ? V_NULL : a[1];
    return v_from_obj(g);
}

/* Reads the next item and its key into currvalue/currkey: 0, or -1 at
 * the end (no exception) or on error. */
static int groupby_step(groupby_object *g)
{
    value v = obj_next(g->it);
    if (!v)
        return -1;
    value k = g->keyfunc ? obj_call1(g->keyfunc, v) : v;
    if (!k)
        return -1;
    g->currvalue = v;
    g->currkey = k;
    return 0;
}

static value groupby_next(value self)
{
    groupby_object *g = OBJ(groupby_object, self);
    g->currgrouper = V_NULL;   /* earlier groups stop yielding */
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey)
                break;
            int eq = obj_richcompare_bool(g->tgtkey, g->currkey, CMP_EQ);
            if (eq < 0)
                return V_NULL;
            if (!eq)
                break;
        }
        if (groupby_step(g) < 0)
            return V_NULL;
    }
    g->tgtkey = g->currkey;
    grouper_object *gr = (grouper_object *)gc_alloc(&grouper_type, sizeof(grouper_object));
    if (!gr)
        return V_NULL;
    gr->parent = self;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = v_from_obj(gr);
    return tuple_pack(2, g->currkey, v_from_obj(gr));
}

static value grouper_next(value self)
{
    grouper_object *gr = OBJ(grouper_object, self);
    groupby_object *g = OBJ(groupby_object, gr->parent);
    if (g->currgrouper != self)
        return V_NULL;
    if (!g->currvalue && groupby_step(g) < 0)
        return V_NULL;
    int eq = obj_richcompare_bool(gr->tgtkey, g->currkey, CMP_EQ);
    if (eq <= 0)
        return V_NULL;
    value r = g->currvalue;
    g->currvalue = V_NULL;
    return r;
}

static void groupby_trace(object *o, gc_tracer *t)
{
    groupby_object *g = (groupby_object *)o;
    gc_mark_value(t, g->it);
    gc_mark_value(t, g->keyfunc);
    gc_mark_value(t, g->tgtkey);
    gc_mark_value(t, g->currkey);
    gc_mark_value(t, g->currvalue);
    gc_mark_value(t, g->currgrouper);
}

static void grouper_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((grouper_object *)o)->parent);
    gc_mark_value(t, ((grouper_object *)o)->tgtkey);
}

/* -- islice ----------------------------------------------------------------- */

typedef struct islice_object {
    object hdr;
    value it;              /* V_NULL once exhausted: nothing more is consumed */
    int64_t next, stop, step, cnt;   /* stop -1: None */
} islice_object;

/* None -> dflt, else an int in [0, sys.maxsize]; any failure becomes
 * the ValueError msg, as CPython words it. */
static int islice_arg(value v, int64_t dflt, const char *msg, int64_t *out)
{
    if (v == V_NONE) {
        *out = dflt;
        return 0;
    }
    value i = obj_index(v);
    if (!i || int_as_i64(i, out) < 0 || *out < 0) {
        exc_clear();
        exc_raise(&exc_ValueError, "%s", msg);
        return -1;
    }
    return 0;
}

static value islice_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const idx_msg =
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char *const stop_msg =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (plain_args("islice", type, &islice_type, argc, kwnames, 2, 4) < 0)
        return V_NULL;
    int64_t start = 0, stop = -1, step = 1;
    if (argc == 2) {
        if (islice_arg(argv[1], -1, stop_msg, &stop) < 0)
            return V_NULL;
    } else {
        if (islice_arg(argv[1], 0, idx_msg, &start) < 0 || islice_arg(argv[2], -1, stop_msg, &stop) < 0)
            return V_NULL;
        if (argc == 4) {
            if (argv[3] != V_NONE) {
                value i = obj_index(argv[3]);
                if (!i || int_as_i64(i, &step) < 0)
                    step = -1, exc_clear();
            }
            if (step < 1)
                return exc_raise(&exc_ValueError, "Step for islice() must be a positive integer or None.");
        }
    }
    value it = obj_iter(argv[0]);
    islice_object *s = it ? NEW(islice_object, type) : NULL;
    if (!s)
        return V_NULL;
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return v_from_obj(s);
}

static value islice_next(value self)
{
    islice_object *s = OBJ(islice_object, self);
    /* s->it is re-read after each call: a re-entrant __next__ may end us */
    while (s->it && s->cnt < s->next) {
        value skip = obj_next(s->it);
        if (!skip)
            goto empty;
        s->cnt++;
    }
    if (!s->it || (s->stop != -1 && s->cnt >= s->stop))
        goto empty;
    value item = obj_next(s->it);
    if (!item)
        goto empty;
    s->cnt++;
    int64_t old = s->next;
    if (__builtin_add_overflow(s->next, s->step, &s->next) || s->next < old ||
        (s->stop != -1 && s->next > s->stop))
        s->next = s->stop == -1 ? INT64_MAX : s->stop;
    return item;
empty:
    if (!exc_occurred())
        s->it = V_NULL;
    return V_NULL;
}

static void islice_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((islice_object *)o)->it); }

/* -- pairwise --------------------------------------------------------------- */

typedef struct pairwise_object {
    object hdr;
    value it, old;   /* it: V_NULL when exhausted */
} pairwise_object;

static value pairwise_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (plain_args("pairwise", type, &pairwise_type, argc, kwnames, 1, 1) < 0)
        return V_NULL;
    value it = obj_iter(argv[0]);
    pairwise_object *p = it ? NEW(pairwise_object, type) : NULL;
    if (!p)
        return V_NULL;
    p->it = it;
    return v_from_obj(p);
}

static value pairwise_next(value self)
{
    pairwise_object *p = OBJ(pairwise_object, self);
    value it = p->it, old = p->old;   /* locals: a re-entrant __next__ may clear the fields */
    if (!it)
        return V_NULL;
    if (!old && !(old = p->old = obj_next(it)))
        goto end;
    value n = obj_next(it);
    if (!n)
        goto end;
    value r = tuple_pack(2, old, n);
    p->old = n;
    return r;
end:
    if (!exc_occurred())
        p->it = p->old = V_NULL;
    return V_NULL;
}

static void pairwise_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((pairwise_object *)o)->it);
    gc_mark_value(t, ((pairwise_object *)o)->old);
}

/* -- zip_longest ------------------------------------------------------------ */

typedef struct zip_longest_object {
    object hdr;
    value iters;      /* tuple; an exhausted iterator's slot becomes V_NONE */
    value fill;
    int64_t active;
} zip_longest_object;

static value zip_longest_new(type_object *type, int argc, const value *argv, value kwnames)
{
    value fill = V_NONE;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (!str_eq_cstr(tuple_get(kwnames, i), "fillvalue"))
            return exc_raise(&exc_TypeError, "zip_longest() got an unexpected keyword argument");
        fill = argv[argc + (int)i];
    }
    value iters = tuple_new((size_t)argc);
    if (!iters)
        return V_NULL;
    for (int i = 0; i < argc; i++)
        if (!(tuple_items(iters)[i] = obj_iter(argv[i])))
            return V_NULL;
    zip_longest_object *z = NEW(zip_longest_object, type);
    if (!z)
        return V_NULL;
    z->iters = iters;
    z->fill = fill;
    z->active = argc;
    return v_from_obj(z);
}

static value zip_longest_next(value self)
{
    zip_longest_object *z = OBJ(zip_longest_object, self);
    size_t n = tuple_len(z->iters);
    if (n == 0 || z->active <= 0)
        return V_NULL;
    value r = tuple_new(n);
    if (!r)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        value it = tuple_get(z->iters, i), item = z->fill;
        if (it != V_NONE && !(item = obj_next(it))) {
            if (exc_occurred())
                return V_NULL;
            tuple_items(z->iters)[i] = V_NONE;
            if (--z->active <= 0)
                return V_NULL;
            item = z->fill;
        }
        tuple_items(r)[i] = item;
    }
    return r;
}

static void zip_longest_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((zip_longest_object *)o)->iters);
    gc_mark_value(t, ((zip_longest_object *)o)->fill);
}

/* -- The combinatoric iterators: a pool (tuple), indices, the last result -------- */

typedef struct combo_object {
    object hdr;
    value pools;     /* product: tuple of tuples; the others: the pool tuple */
    value indices;   /* tuple of small ints */
    value cycles;    /* permutations only: tuple of small ints */
    value result;    /* the last tuple returned, V_NULL before the first */
    int64_t r;
    bool stopped;
} combo_object;

static value as_tuple(value iterable)
{
    if (v_is_ptr(iterable) && v_obj(iterable)->type == &tuple_type)
        return iterable;
    value l = list_new(0);
    if (!l || list_extend(l, iterable) < 0)
        return V_NULL;
    return list_as_tuple(l);
}

static value small_ints(int64_t n, bool count_up)
{
    value t = tuple_new((size_t)n);
    if (!t)
        return V_NULL;
    for (int64_t i = 0; i < n; i++)
        ix_set(t, (size_t)i, count_up ? i : 0);
    return t;
}

static void combo_trace(object *o, gc_tracer *t)
{
    combo_object *c = (combo_object *)o;
    gc_mark_value(t, c->pools);
    gc_mark_value(t, c->indices);
    gc_mark_value(t, c->cycles);
    gc_mark_value(t, c->result);
}

static value product_new(type_object *type, int argc, const value *argv, value kwnames)
{
    int64_t repeat = 1;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (!str_eq_cstr(tuple_get(kwnames, i), "repeat"))
            return exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for product()",
                             tuple_get(kwnames, i));
        if (args_index(argv[argc + (int)i], &repeat) < 0)
            return V_NULL;
    }
    if (repeat < 0)
        return exc_raise(&exc_ValueError, "repeat argument cannot be negative");
    if (argc && repeat > INT32_MAX / argc)
        return exc_raise(&exc_OverflowError, "repeat argument too large");
    int64_t n = argc * repeat;
    value pools = tuple_new((size_t)n);
    if (!pools)
        return V_NULL;
    for (int i = 0; i < argc; i++) {
        value p = as_tuple(argv[i]);
        if (!p)
            return V_NULL;
        for (int64_t k = 0; k < repeat; k++)
            tuple_items(pools)[k * argc + i] = p;
    }
    value indices = small_ints(n, false);
    combo_object *c = indices ? NEW(combo_object, type) : NULL;
    if (!c)
        return V_NULL;
    c->pools = pools;
    c->indices = indices;
    c->r = n;
    return v_from_obj(c);
}

/* A copy of the last result, so callers that keep results see them unchanged. */
static value result_copy(combo_object *c)
{
    value r = tuple_from_array(tuple_items(c->result), tuple_len(c->result));
    if (r)
        c->result = r;
    return r;
}

static value product_next(value self)
{
    combo_object *c = OBJ(combo_object, self);
    if (c->stopped)
        return V_NULL;
    size_t n = (size_t)c->r;
    if (!c->result) {
        value r = tuple_new(n);
        if (!r)
            return V_NULL;
        for (size_t i = 0; i < n; i++) {
            value pool = tuple_get(c->pools, i);
            if (tuple_len(pool) == 0) {
                c->stopped = true;
                return V_NULL;
            }
            tuple_items(r)[i] = tuple_get(pool, 0);
        }
        c->result = r;
        return r;
    }
    if (!result_copy(c))
        return V_NULL;
    /* advance the rightmost index that can move; those right of it wrap */
    for (size_t k = n; k-- > 0;) {
        value pool = tuple_get(c->pools, k);
        int64_t i = ix(c->indices, k) + 1;
        if (i < (int64_t)tuple_len(pool)) {
            ix_set(c->indices, k, i);
            tuple_items(c->result)[k] = tuple_get(pool, (size_t)i);
            return c->result;
        }
        ix_set(c->indices, k, 0);
        tuple_items(c->result)[k] = tuple_get(pool, 0);
    }
    c->stopped = true;
    return V_NULL;
}

/* combinations / combinations_with_replacement(iterable, r) */
static value combo_new(const char *name, type_object *type, int argc, const value *argv,
                       value kwnames, bool with_replacement)
{
    static const char *const names[] = { "iterable", "r" };
    value a[2];
    if (num_parse_args(name, argc, argv, kwnames, names, 2, 2, 2, a) < 0)
        return V_NULL;
    int64_t r;
    if (args_index(a[1], &r) < 0)
        return V_NULL;
    if (r < 0)
        return exc_raise(&exc_ValueError, "r must be non-negative");
    value pool = as_tuple(a[0]);
    if (!pool)
        return V_NULL;
    int64_t n = (int64_t)tuple_len(pool);
    /* combinations with r > n yield nothing: no index array to allocate */
    value indices = small_ints(!with_replacement && r > n ? 0 : r, !with_replacement);
    combo_object *c = indices ? NEW(combo_object, type) : NULL;
    if (!c)
        return V_NULL;
    c->pools = pool;
    c->indices = indices;
    c->r = r;
    c->stopped = with_replacement ? (n == 0 && r > 0) : r > n;
    return v_from_obj(c);
}

static value combinations_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return combo_new("combinations", type, argc, argv, kwnames, false);
}

static value cwr_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return combo_new("combinations_with_replacement", type, argc, argv, kwnames, true);
}

/* The first result: pool items at the current indices. */
static value combo_first(combo_object *c)
{
    value r = tuple_new((size_t)c->r);
    if (!r)
        return V_NULL;
    for (int64_t i = 0; i < c->r; i++)
        tuple_items(r)[i] = tuple_get(c->pools, (size_t)ix(c->indices, (size_t)i));
    c->result = r;
    return r;
}

static value combinations_next(value self)
{
    combo_object *c = OBJ(combo_object, self);
    if (c->stopped)
        return V_NULL;
    if (!c->result)
        return combo_first(c);
    int64_t n = (int64_t)tuple_len(c->pools), r = c->r, i;
    /* the rightmost index not at its maximum n - r + i */
    for (i = r - 1; i >= 0 && ix(c->indices, (size_t)i) == i + n - r; i--)
        ;
    if (i < 0) {
        c->stopped = true;
        return V_NULL;
    }
    if (!result_copy(c))
        return V_NULL;
    ix_set(c->indices, (size_t)i, ix(c->indices, (size_t)i) + 1);
    for (int64_t j = i + 1; j < r; j++)
        ix_set(c->indices, (size_t)j, ix(c->indices, (size_t)j - 1) + 1);
    for (int64_t j = i; j < r; j++)
        tuple_items(c->result)[j] = tuple_get(c->pools, (size_t)ix(c->indices, (size_t)j));
    return c->result;
}

static value cwr_next(value self)
{
    combo_object *c = OBJ(combo_object, self);
    if (c->stopped)
        return V_NULL;
    if (!c->result)
        return combo_first(c);
    int64_t n = (int64_t)tuple_len(c->pools), r = c->r, i;
    for (i = r - 1; i >= 0 && ix(c->indices, (size_t)i) == n - 1; i--)
        ;
    if (i < 0) {
        c->stopped = true;
        return V_NULL;
    }
    if (!result_copy(c))
        return V_NULL;
    int64_t v = ix(c->indices, (size_t)i) + 1;
    for (int64_t j = i; j < r; j++) {
        ix_set(c->indices, (size_t)j, v);
        tuple_items(c->result)[j] = tuple_get(c->pools, (size_t)v);
    }
    return c->result;
}

static value permutations_new(type_object *type, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "iterable", "r" };
    value a[2];
    if (num_parse_args("permutations", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    value pool = as_tuple(a[0]);
    if (!pool)
        return V_NULL;
    int64_t n = (int64_t)tuple_len(pool), r = n;
    if (a[1] && a[1] != V_NONE) {
        if (!v_is_int_exact(a[1]) && !type_is_subtype(v_type(a[1]), &int_type))
            return exc_raise(&exc_TypeError, "Expected int as r");
        if (int_as_i64(a[1], &r) < 0)
            return V_NULL;
        if (r < 0)
            return exc_raise(&exc_ValueError, "r must be non-negative");
    }
    value indices = small_ints(n, true);
    value cycles = indices ? small_ints(r > n ? 0 : r, false) : V_NULL;   /* r > n: nothing */
    combo_object *c = cycles ? NEW(combo_object, type) : NULL;
    if (!c)
        return V_NULL;
    for (size_t i = 0; i < tuple_len(cycles); i++)
        ix_set(cycles, (size_t)i, n - (int64_t)i);
    c->pools = pool;
    c->indices = indices;
    c->cycles = cycles;
    c->r = r;
    c->stopped = r > n;
    return v_from_obj(c);
}

static value permutations_next(value self)
{
    combo_object *c = OBJ(combo_object, self);
    if (c->stopped)
        return V_NULL;
    if (!c->result)
        return combo_first(c);
    int64_t n = (int64_t)tuple_len(c->pools), r = c->r;
    if (n == 0)
        goto stop;
    if (!result_copy(c))
        return V_NULL;
    value *idx = tuple_items(c->indices);
    for (int64_t i = r - 1; i >= 0; i--) {
        int64_t cy = ix(c->cycles, (size_t)i) - 1;
        if (cy == 0) {
            /* rotate indices[i:] left by one */
            value first = idx[i];
            for (int64_t j = i; j < n - 1; j++)
                idx[j] = idx[j + 1];
            idx[n - 1] = first;
            ix_set(c->cycles, (size_t)i, n - i);
        } else {
            ix_set(c->cycles, (size_t)i, cy);
            value tmp = idx[i];
            idx[i] = idx[n - cy];
            idx[n - cy] = tmp;
            for (int64_t k = i; k < r; k++)
                tuple_items(c->result)[k] = tuple_get(c->pools, (size_t)v_int(idx[k]));
            return c->result;
        }
    }
stop:
    c->stopped = true;
    return V_NULL;
}

/* -- tee: iterators sharing a linked list of buffered blocks ----------------- */

enum { TEE_CELLS = 57 };

typedef struct teedata_object {
    object hdr;
    value it;
    value next;                 /* the following block, made on demand */
    int numread;
    bool running;               /* guards against re-entry from it's __next__ */
    value values[TEE_CELLS];
} teedata_object;

typedef struct tee_object {
    object hdr;
    value data;
    int index;
} tee_object;

static value teedata_make(value it)
{
    teedata_object *d = (teedata_object *)gc_alloc(&teedata_type, sizeof(teedata_object));
    if (!d)
        return V_NULL;
    d->it = it;
    return v_from_obj(d);
}

static value teedata_item(teedata_object *d, int i)
{
    if (i < d->numread)
        return d->values[i];
    if (d->running)
        return exc_raise(&exc_RuntimeError, "cannot re-enter the tee iterator");
    d->running = true;
    value v = obj_next(d->it);
    d->running = false;
    if (v)
        d->values[d->numread++] = v;
    return v;
}

static void teedata_trace(object *o, gc_tracer *t)
{
    teedata_object *d = (teedata_object *)o;
    gc_mark_value(t, d->it);
    gc_mark_value(t, d->next);
    for (int i = 0; i < d->numread; i++)
        gc_mark_value(t, d->values[i]);
}

static value tee_make(value data, int index)
{
    tee_object *t = (tee_object *)gc_alloc(&tee_type, sizeof(tee_object));
    if (!t)
        return V_NULL;
    t->data = data;
    t->index = index;
    return v_from_obj(t);
}

static value tee_copy(value self, int argc, const value *argv, value kwnames)
{
    return tee_make(OBJ(tee_object, self)->data, OBJ(tee_object, self)->index);
}

/* A tee over iterable: a copy when it already is one. */
static value tee_from_iterable(value iterable)
{
    value it = obj_iter(iterable);
    if (!it)
        return V_NULL;
    if (v_type(it) == &tee_type)
        return tee_copy(it, 0, NULL, V_NULL);
    value d = teedata_make(it);
    return d ? tee_make(d, 0) : V_NULL;
}

static value tee_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (plain_args("_tee", type, &tee_type, argc, kwnames, 1, 1) < 0)
        return V_NULL;
    return tee_from_iterable(argv[0]);
}

static value tee_next(value self)
{
    tee_object *t = OBJ(tee_object, self);
    teedata_object *d = OBJ(teedata_object, t->data);
    if (t->index >= TEE_CELLS) {
        if (!d->next && !(d->next = teedata_make(d->it)))
            return V_NULL;
        t->data = d->next;
        t->index = 0;
        d = OBJ(teedata_object, t->data);
    }
    value v = teedata_item(d, t->index);
    if (v)
        t->index++;
    return v;
}

static void tee_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((tee_object *)o)->data); }

static value it_tee(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("itertools.tee", kwnames) < 0 || args_count("tee", argc, 1, 2) < 0)
        return V_NULL;
    int64_t n = 2;
    if (argc == 2 && args_index(argv[1], &n) < 0)
        return V_NULL;
    if (n < 0)
        return exc_raise(&exc_ValueError, "n must be >= 0");
    value result = tuple_new((size_t)n);
    if (!result || n == 0)
        return result;
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    /* an iterator with __copy__ copies itself; others get a tee */
    value copy_name = str_intern_cstr("__copy__");
    if (!copy_name)
        return V_NULL;
    value to = it;
    if (!type_lookup(v_type(it), copy_name) && !(to = tee_from_iterable(it)))
        return V_NULL;
    tuple_items(result)[0] = to;
    for (int64_t i = 1; i < n; i++) {
        if (!(to = obj_call_method(to, "__copy__", 0, NULL)))
            return V_NULL;
        tuple_items(result)[i] = to;
    }
    return result;
}

/* -- Types and the module ----------------------------------------------------- */

static const method_def repeat_methods[] = {
    { "__length_hint__", repeat_hint, METH_NOARGS, "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL },
};

static const method_def chain_methods[] = {
    { "from_iterable", chain_from_iterable, METH_O | METH_CLASS,
      "Alternative chain() constructor taking a single iterable argument that evaluates lazily." },
    { NULL, NULL, 0, NULL },
};

static const method_def tee_methods[] = {
    { "__copy__", tee_copy, METH_NOARGS, "Returns an independent iterator." },
    { NULL, NULL, 0, NULL },
};

#define ITER_TYPE(var, cname, T, tracefn, nextfn, newfn, ...)                                  \
    type_object var = {                                                                       \
        .hdr = { &type_type, 0, 0 },                                                          \
        .name = "itertools." cname,                                                           \
        .basicsize = sizeof(T),                                                               \
        .flags = TYPE_BASETYPE,                                                               \
        .trace = tracefn,                                                                     \
        .getattr = obj_generic_getattr,                                                       \
        .iter = iter_self,                                                                    \
        .iternext = nextfn,                                                                   \
        .new = newfn,                                                                         \
        __VA_ARGS__                                                                           \
    }

ITER_TYPE(count_type, "count", count_object, count_trace, count_next, count_new, .repr = count_repr);
ITER_TYPE(cycle_type, "cycle", cycle_object, cycle_trace, cycle_next, cycle_new);
ITER_TYPE(repeat_type, "repeat", repeat_object, repeat_trace, repeat_next, repeat_new,
          .repr = repeat_repr, .methods = repeat_methods);
ITER_TYPE(accumulate_type, "accumulate", accumulate_object, accumulate_trace, accumulate_next,
          accumulate_new);
ITER_TYPE(chain_type, "chain", chain_object, chain_trace, chain_next, chain_new,
          .methods = chain_methods);
ITER_TYPE(compress_type, "compress", compress_object, compress_trace, compress_next, compress_new);
ITER_TYPE(dropwhile_type, "dropwhile", pred_object, pred_trace, dropwhile_next, dropwhile_new);
ITER_TYPE(takewhile_type, "takewhile", pred_object, pred_trace, takewhile_next, takewhile_new);
ITER_TYPE(filterfalse_type, "filterfalse", pred_object, pred_trace, filterfalse_next,
          filterfalse_new);
ITER_TYPE(starmap_type, "starmap", pred_object, pred_trace, starmap_next, starmap_new);
ITER_TYPE(groupby_type, "groupby", groupby_object, groupby_trace, groupby_next, groupby_new);
ITER_TYPE(islice_type, "islice", islice_object, islice_trace, islice_next, islice_new);
ITER_TYPE(pairwise_type, "pairwise", pairwise_object, pairwise_trace, pairwise_next, pairwise_new);
ITER_TYPE(zip_longest_type, "zip_longest", zip_longest_object, zip_longest_trace, zip_longest_next,
          zip_longest_new);
ITER_TYPE(product_type, "product", combo_object, combo_trace, product_next, product_new);
ITER_TYPE(permutations_type, "permutations", combo_object, combo_trace, permutations_next,
          permutations_new);
ITER_TYPE(combinations_type, "combinations", combo_object, combo_trace, combinations_next,
          combinations_new);
ITER_TYPE(cwr_type, "combinations_with_replacement", combo_object, combo_trace, cwr_next, cwr_new);

type_object grouper_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "itertools._grouper",
    .basicsize = sizeof(grouper_object),
    .trace = grouper_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = grouper_next,
};

type_object tee_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "itertools._tee",
    .basicsize = sizeof(tee_object),
    .trace = tee_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = tee_next,
    .new = tee_new,
    .methods = tee_methods,
};

type_object teedata_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(teedata_object),
    .trace = teedata_trace,
    .getattr = obj_generic_getattr,
};

static type_object *const exported[] = {
    &count_type, &cycle_type, &repeat_type, &accumulate_type, &chain_type, &compress_type,
    &dropwhile_type, &takewhile_type, &filterfalse_type, &starmap_type, &groupby_type,
    &islice_type, &pairwise_type, &zip_longest_type, &product_type, &permutations_type,
    &combinations_type, &cwr_type, &grouper_type, &tee_type, &teedata_type, NULL,
};

static const method_def itertools_functions[] = {
    { "tee", it_tee, METH_KEYWORDS, "Returns a tuple of n independent iterators." },
    { NULL, NULL, 0, NULL },
};

value itertoolsmodule_init(void)
{
    value m = module_new("itertools");
    if (!m || modules_add_functions(m, itertools_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    for (int i = 0; exported[i]; i++) {
        type_object *t = exported[i];
        if (!(t->flags & TYPE_READY) && type_ready(t) < 0)
            return V_NULL;
        const char *name = strrchr(t->name, '.') + 1;
        if (dict_set_cstr(d, name, v_from_obj(t)) < 0)
            return V_NULL;
    }
    return m;
}
