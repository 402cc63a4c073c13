/* The eval loop (eval.h, docs/vm.md). One C function, run_frame, runs
 * bytecode with computed-goto dispatch over opcodes.def. A CALL of a
 * Python function pushes the callee's frame on the thread's frame stack
 * and continues in the same loop; RETURN_VALUE pops it and resumes the
 * caller. Only frames entered from C (eval_code, eval_call_function,
 * eval_resume) return from run_frame. An exception unwinds through the
 * code object's exception table, frame by frame, adding a traceback entry
 * for each frame it leaves, up to the entry frame. The C stack is checked
 * at every entry from C, so deep re-entry (a __repr__ calling repr ...)
 * ends in RecursionError, never in a crash. */
#include <math.h>
#include <string.h>
#include <sys/resource.h>
#include "eval.h"
#include "import.h"
#include "call.h"
#include "code.h"
#include "exc.h"
#include "traceback.h"
#include "eval_ops.h"
#include "eval_internal.h"
#include "icache.h"
#include "interrupt.h"
#include "gil.h"
#include "trace.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/function.h"
#include "../objects/generator.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/names.h"
#include "../objects/set.h"
#include "../objects/slice.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/instance.h"
#include "../objects/range.h"
#include "../objects/module.h"
#include "../modules/builtins.h"
#include "../modules/modules.h"
#include "../gc/gc.h"
#include "../gc/alloc_inline.h"
#include <stdlib.h>

value eval_builtins;

/* The helpers of the hot instructions: the loop is one huge function, in
 * which GCC would otherwise keep some of them as calls. */
#define ALWAYS_INLINE static inline __attribute__((always_inline))

/* -- The C stack guard ---------------------------------------------------- */

static __thread char *c_stack_limit;   /* per thread: each has its own stack */

/* Leaves 256 KB of the C stack's soft limit (or of 8 MB) for C code that
 * runs below the last check; in other threads, of their own stack. */
static bool c_stack_ok(void)
{
    char here;
    if (!c_stack_limit) {
        struct rlimit rl;
        size_t size = 8u << 20;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size)
            size = rl.rlim_cur;
        c_stack_limit = &here - size + (256u << 10) + (64u << 10);
        char *lo = gil_is_main_thread() ? NULL : gil_stack_low();
        if (lo)
            c_stack_limit = lo + (256u << 10) + (64u << 10);
    }
    if (&here < c_stack_limit) {
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    return true;
}

/* -- Entry points ------------------------------------------------------------ */

static value run_frame(frame *f, value throw_exc);

value eval_code(value code, value globals, value locals)
{
    if (!c_stack_ok())
        return V_NULL;
    value b = dict_get_cstr(globals, "__builtins__");
    if (b && !v_is_dict(b))
        b = obj_getattr_cstr(b, "__dict__");
    if (!b) {
        exc_clear();
        b = eval_builtins;
    }
    frame *f = frame_push(code, V_NULL, globals, b, locals ? locals : globals);
    if (!f)
        return V_NULL;
    f->entry = true;
    return run_frame(f, V_NULL);
}

value eval_code_ex(value code, value globals, value locals, value closure)
{
    code_object *co = v_code(code);
    if (!closure && !(co->flags & CO_NEWLOCALS))
        return eval_code(code, globals, locals);
    if (!c_stack_ok())
        return V_NULL;
    /* a function made for the occasion carries the closure and lets the
     * arguments be bound: none are given, so required ones are missing */
    value func = function_new(code, globals);
    if (!func)
        return V_NULL;
    v_function(func)->closure = closure;
    v_function(func)->qualname = co->name;   /* CPython's errors name the code */
    frame *f = frame_push(code, func, globals, v_function(func)->builtins,
                          co->flags & CO_NEWLOCALS ? V_NULL : locals);
    if (!f)
        return V_NULL;
    if (call_bind_args(func, f->localsplus, 0, NULL, V_NULL) < 0) {
        frame_pop(f);
        return V_NULL;
    }
    f->entry = true;
    return run_frame(f, V_NULL);
}

/* Pushes a frame for calling func and binds the arguments; NULL with an
 * exception (the frame already popped) on failure. */
static frame *push_function_frame(value func, int argc, const value *argv, value kwnames)
{
    function_object *fn = v_function(func);
    frame *f = frame_push(fn->code, func, fn->globals, fn->builtins, V_NULL);
    if (!f)
        return NULL;
    if (call_bind_args(func, f->localsplus, argc, argv, kwnames) < 0) {
        frame_pop(f);
        return NULL;
    }
    return f;
}

/* The frame for calling the Python function func: arguments that bind by
 * position alone are copied, anything else goes through the binder.
 * NULL with an exception. */
ALWAYS_INLINE frame *push_call_frame(value func, const value *args, int total, int nkw, value kw)
{
    function_object *fn = v_function(func);
    code_object *co = v_code(fn->code);
    frame *nf = NULL;
    if (!kw && total == co->argcount && !co->kwonlyargcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)))
        nf = frame_push_positional(fn->code, func, fn->globals, fn->builtins, args, total);
    return nf ? nf : push_function_frame(func, total - nkw, args, kw);
}

/* A class whose call CALL can run itself: its metaclass is `type` (so
 * type.__call__: __new__ then __init__), its instances come from
 * object.__new__ and its __init__ is a Python function, which is
 * returned; V_NULL otherwise. */
static inline value class_init_function(value callable)
{
    if (!v_is_ptr(callable) || v_obj(callable)->type != &type_type)
        return V_NULL;
    type_object *t = v_as_type(callable);
    if (t->new != object_type.new)
        return V_NULL;
    value init = type_lookup(t, N(__init__));
    return init && v_is_function(init) ? init : V_NULL;
}

value eval_call_function(value func, int argc, const value *argv, value kwnames)
{
    if (!c_stack_ok())
        return V_NULL;
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    frame *f = push_call_frame(func, argv, argc + nkw, nkw, kwnames);
    if (!f)
        return V_NULL;
    f->entry = true;
    return run_frame(f, V_NULL);
}

value eval_class_body(value func, value ns)
{
    if (!c_stack_ok())
        return V_NULL;
    function_object *fn = v_function(func);
    frame *f = frame_push(fn->code, func, fn->globals, fn->builtins, ns);
    if (!f)
        return V_NULL;
    f->entry = true;
    return run_frame(f, V_NULL);
}

value eval_resume(frame *f, value sent, value exc, int *done)
{
    if (!c_stack_ok())
        return V_NULL;
    thread_state *t = ts();
    if (t->recursion_depth + t->c_depth >= t->recursion_limit)
        return exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
    f->back = t->frame;
    t->frame = f;
    t->recursion_depth++;
    f->entry = true;
    if (!exc)
        *f->sp++ = sent;
    value r = run_frame(f, exc);
    /* run_frame leaves a finished generator frame with lasti = -2, after
     * a return (r set) or an uncaught exception (r == V_NULL): only the
     * first is `done` (a StopIteration for the caller) */
    *done = r && f->lasti == -2;
    return r;
}

/* -- Helpers used by the opcodes --------------------------------------------- */

static value unbound_local(code_object *co, int i)
{
    return exc_raise_name_error(&exc_UnboundLocalError, tuple_get(co->localsplusnames, i),
                                "cannot access local variable '%S' where it is not associated with a value",
                                tuple_get(co->localsplusnames, i));
}

static value unbound_deref(code_object *co, int i)
{
    value name = tuple_get(co->localsplusnames, i);
    if (co->localspluskinds[i] & CO_FAST_FREE)
        return exc_raise_name_error(&exc_NameError, name,
                                    "cannot access free variable '%S' where it is not associated with a value in enclosing scope",
                                    name);
    return unbound_local(co, i);
}

static value name_error(value name)
{
    return exc_raise_name_error(&exc_NameError, name, "name '%S' is not defined", name);
}

/* A mapping look-up that treats KeyError as absence. */
static value mapping_get(value map, value key)
{
    if (v_is_dict(map))
        return dict_get(map, key);
    value v = obj_getitem(map, key);
    if (!v && exc_matches(&exc_KeyError))
        exc_clear();
    return v;
}

static value load_global(frame *f, value name)
{
    value v = dict_get(f->globals, name);
    if (v || exc_occurred())
        return v;
    v = mapping_get(f->builtins, name);
    if (v || exc_occurred())
        return v;
    return name_error(name);
}

/* A LOAD_GLOBAL cache entry (code_object.global_cache, one per name):
 * where the name's entry was, in the globals dict or (absent from the
 * globals) in the builtins dict, when they had these versions. A dict's
 * version changes whenever a key is added or removed or its entries
 * move, but not when a value is replaced, and versions come from one
 * global counter: equal versions mean the very same dicts with the same
 * keys in the same places, so the value is read from that entry. */
typedef struct global_cache_entry {
    uint64_t gver, bver;
    uint32_t ix;          /* entry index in the dict that holds the name */
    bool in_globals;
} global_cache_entry;

/* The index of the entry whose key is `name` itself (an interned str),
 * or -1; only used when (re)filling a cache entry. */
static int64_t entry_index(value d, value name)
{
    dict_object *o = v_dict(d);
    for (size_t i = 0; i < o->nentries; i++)
        if (o->entries[i].key == name)
            return (int64_t)i;
    return -1;
}

static value load_global_miss(frame *f, code_object *co, int ni, value name, int lasti);

/* load_global through co's cache; only exact dicts are cached. */
ALWAYS_INLINE value load_global_cached(frame *f, code_object *co, int ni, value name, int lasti)
{
    global_cache_entry *cache = co->global_cache;
    if (cache && cache[ni].gver == v_dict(f->globals)->version && v_is_dict(f->globals)) {
        if (cache[ni].in_globals)
            return v_dict(f->globals)->entries[cache[ni].ix].val;
        if (cache[ni].bver == v_dict(f->builtins)->version && v_is_dict(f->builtins))
            return v_dict(f->builtins)->entries[cache[ni].ix].val;
    }
    return load_global_miss(f, co, ni, name, lasti);
}

/* load_global_cached when the cache does not answer: the look-up, then
 * the entry for next time. */
static value load_global_miss(frame *f, code_object *co, int ni, value name, int lasti)
{
    global_cache_entry *cache = co->global_cache;
    bool dicts = v_is_dict(f->globals) && v_is_dict(f->builtins);
    f->lasti = lasti;   /* the look-up may run code (a key's __eq__) */
    if (!dicts)
        return load_global(f, name);
    uint64_t gver = v_dict(f->globals)->version, bver = v_dict(f->builtins)->version;
    value v = load_global(f, name);
    /* the look-up may run code (a key's __eq__) that changes the dicts:
     * then nothing is cached */
    if (!v || gver != v_dict(f->globals)->version || bver != v_dict(f->builtins)->version)
        return v;
    int64_t ix = entry_index(f->globals, name);
    bool in_globals = ix >= 0;
    if (!in_globals)
        ix = entry_index(f->builtins, name);
    if (ix < 0 || ix > UINT32_MAX)
        return v;   /* found under an equal but not identical key: not cached */
    if (!cache) {
        cache = gc_alloc_raw(tuple_len(co->names) * sizeof(global_cache_entry));
        if (!cache) {
            exc_clear();   /* no cache: still a correct look-up */
            return v;
        }
        co->global_cache = cache;
    }
    cache[ni].gver = gver;
    cache[ni].bver = bver;
    cache[ni].ix = (uint32_t)ix;
    cache[ni].in_globals = in_globals;
    return v;
}

/* A store to a global that LOAD_GLOBAL's cache already knows the entry
 * of: the value replaced in place (what dict_set does for an existing
 * key, version unchanged). false: not cached, use dict_set. */
static inline bool store_global_cached(frame *f, code_object *co, int ni, value v)
{
    global_cache_entry *cache = co->global_cache;
    if (!cache || !v_is_dict(f->globals) || !cache[ni].in_globals ||
        cache[ni].gver != v_dict(f->globals)->version)
        return false;
    v_dict(f->globals)->entries[cache[ni].ix].val = v;
    return true;
}

static value load_name(frame *f, value name)
{
    if (f->locals) {
        value v = mapping_get(f->locals, name);
        if (v || exc_occurred())
            return v;
    }
    return load_global(f, name);
}

static bool is_exc_class(value t) { return v_is_type(t) && (v_as_type(t)->flags & TYPE_EXC_SUBCLASS); }

/* `except T:` needs T to be an exception class or a flat tuple of them
 * (a nested tuple is refused, as in CPython). */
static int check_except_type(value t)
{
    bool ok = true;
    if (v_is_tuple(t)) {
        for (size_t i = 0; i < tuple_len(t) && ok; i++)
            ok = is_exc_class(tuple_get(t, i));
    } else {
        ok = is_exc_class(t);
    }
    if (ok)
        return 0;
    exc_raise(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* Whether `except t:` catches exc (t checked already): by the real class
 * hierarchy, as in CPython; a metaclass's __instancecheck__ and
 * __subclasscheck__ are not consulted. */
static bool exc_class_matches(value exc, value t)
{
    if (!v_is_tuple(t))
        return type_is_subtype(v_type(exc), v_as_type(t));
    for (size_t i = 0; i < tuple_len(t); i++)
        if (type_is_subtype(v_type(exc), v_as_type(tuple_get(t, i))))
            return true;
    return false;
}

/* `except* T:` also refuses exception-group classes in T. */
static int check_except_star_type(value t)
{
    if (check_except_type(t) < 0)
        return -1;
    size_t n = v_is_tuple(t) ? tuple_len(t) : 1;
    for (size_t i = 0; i < n; i++) {
        value c = v_is_tuple(t) ? tuple_get(t, i) : t;
        if (type_is_subtype(v_as_type(c), &exc_BaseExceptionGroup)) {
            exc_raise(&exc_TypeError,
                      "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

/* raise exc from cause. */
static void do_raise(value exc, value cause)
{
    value inst = exc;
    if (v_is_type(exc)) {
        if (!(v_as_type(exc)->flags & TYPE_EXC_SUBCLASS)) {
            exc_raise(&exc_TypeError, "exceptions must derive from BaseException");
            return;
        }
        inst = obj_call0(exc);
        if (!inst)
            return;
        if (!v_is_exc(inst)) {
            exc_raise(&exc_TypeError,
                      "calling %R should have returned an instance of BaseException, not %s", exc,
                      v_type_name(inst));
            return;
        }
    } else if (!v_is_exc(exc)) {
        exc_raise(&exc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        if (cause == V_NONE) {
            exc_set_cause(inst, V_NULL);
        } else if (v_is_type(cause) && (v_as_type(cause)->flags & TYPE_EXC_SUBCLASS)) {
            value c = obj_call0(cause);
            if (!c)
                return;
            exc_set_cause(inst, c);
        } else if (v_is_exc(cause)) {
            exc_set_cause(inst, cause);
        } else {
            exc_raise(&exc_TypeError, "exception causes must derive from BaseException");
            return;
        }
    }
    exc_raise_value(inst);
}

/* MAKE_FUNCTION's optional parts, popped by the caller. */
static value make_function(frame *f, value code, int flags, value *parts)
{
    value fn = function_new(code, f->globals);
    if (!fn)
        return V_NULL;
    function_object *fo = v_function(fn);
    fo->builtins = f->builtins;
    if (flags & 8)
        fo->closure = parts[3];
    if (flags & 4) {
        value ann = parts[2];
        if (v_is_tuple(ann)) {
            value d = dict_new();
            if (!d)
                return V_NULL;
            for (size_t i = 0; i + 1 < tuple_len(ann); i += 2)
                if (dict_set(d, tuple_get(ann, i), tuple_get(ann, i + 1)) < 0)
                    return V_NULL;
            ann = d;
        }
        fo->annotations = ann;
    }
    if (flags & 2)
        fo->kwdefaults = parts[1];
    if (flags & 1)
        fo->defaults = parts[0];
    return fn;
}

/* Pushes the items of seq for UNPACK_SEQUENCE / UNPACK_EX: `before`
 * items, then (star) a list of the rest but `after`, then `after` items;
 * the first item ends on top. Returns the new stack top or NULL. */
static value *unpack(value seq, int before, int after, bool star, value *sp)
{
    int want = before + after;
    if (!star && (v_is_tuple(seq) || v_is_list(seq))) {
        size_t n = v_is_tuple(seq) ? tuple_len(seq) : list_len(seq);
        value *items = v_is_tuple(seq) ? tuple_items(seq) : v_list(seq)->items;
        if ((int)n == want) {
            for (int i = want - 1; i >= 0; i--)
                *sp++ = items[i];
            return sp;
        }
        if ((int)n < want)
            exc_raise(&exc_ValueError, "not enough values to unpack (expected %d, got %zd)", want,
                      (ssize_t)n);
        else
            exc_raise(&exc_ValueError, "too many values to unpack (expected %d)", want);
        return NULL;
    }
    value it = obj_iter(seq);
    if (!it) {
        if (exc_matches(&exc_TypeError) && !v_type(seq)->iter && !v_type(seq)->getitem) {
            exc_clear();
            exc_raise(&exc_TypeError, "cannot unpack non-iterable %s object", v_type_name(seq));
        }
        return NULL;
    }
    /* pull only what is needed, as CPython: `before` items (all `want`
     * without a star, plus one to see there are no more), the rest as a
     * list when starred; an endless iterator must not hang here */
    int first = star ? before : want;
    value l = list_new(0);
    if (!l)
        return NULL;
    for (int i = 0; i < first; i++) {
        value x = obj_next(it);
        if (!x) {
            if (exc_occurred())
                return NULL;
            if (star)
                exc_raise(&exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                          want, i);
            else
                exc_raise(&exc_ValueError, "not enough values to unpack (expected %d, got %d)", want, i);
            return NULL;
        }
        if (list_append(l, x) < 0)
            return NULL;
    }
    if (!star) {
        value extra = obj_next(it);
        if (extra)
            exc_raise(&exc_ValueError, "too many values to unpack (expected %d)", want);
        if (extra || exc_occurred())
            return NULL;
    } else if (list_extend(l, it) < 0) {
        return NULL;
    }
    int n = (int)list_len(l);
    if (star && n < want) {
        exc_raise(&exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                  want, n);
        return NULL;
    }
    value *items = v_list(l)->items;
    for (int i = n - 1; i >= n - after; i--)
        *sp++ = items[i];
    if (star) {
        value mid = list_from_array(items + before, (size_t)(n - after - before));
        if (!mid)
            return NULL;
        *sp++ = mid;
    }
    for (int i = before - 1; i >= 0; i--)
        *sp++ = items[i];
    return sp;
}

/* f(*args, **kwargs) */
/* A callable as call-error messages name it: "mod.Qual.name()", without
 * the module for builtins, str(callable) when it has no __qualname__
 * (what CPython's _PyObject_FunctionStr gives). Never fails: "?" at worst. */
static value eval_callable_name(value callable)
{
    value q = obj_getattr_cstr(callable, "__qualname__");
    if (!q || !v_is_str(q)) {
        exc_clear();
        value s = obj_str(callable);
        if (!s)
            exc_clear();
        return s ? s : str_from_cstr("?");
    }
    value m = obj_getattr_cstr(callable, "__module__");
    value r;
    if (m && v_is_str(m) && !str_eq_cstr(m, "builtins"))
        r = str_format("%S.%S()", m, q);
    else
        r = str_format("%S()", q);
    if (!r) {
        exc_clear();
        r = str_from_cstr("?");
    }
    return r;
}

/* After a failed dict_update(d, m) for f(**m): true (error cleared) when
 * m failed for not being a mapping at all (no keys()), which CPython
 * reports as "argument after ** must be a mapping". */
static bool not_a_mapping(value m)
{
    if (!exc_matches(&exc_AttributeError) && !exc_matches(&exc_TypeError))
        return false;
    value saved = exc_fetch();
    value keys = obj_getattr_cstr(m, "keys");
    if (keys) {
        exc_restore(saved);
        return false;
    }
    exc_clear();
    return true;
}

static value call_ex(value callable, value args, value kwargs)
{
    if (!v_is_tuple(args)) {
        value l = list_new(0);
        if (!l)
            return V_NULL;
        if (list_extend(l, args) < 0) {
            if (exc_matches(&exc_TypeError) && !v_type(args)->iter && !v_type(args)->getitem) {
                exc_clear();
                return exc_raise(&exc_TypeError, "%S argument after * must be an iterable, not %s",
                                 eval_callable_name(callable), v_type_name(args));
            }
            return V_NULL;
        }
        args = list_as_tuple(l);
        if (!args)
            return V_NULL;
    }
    size_t n = tuple_len(args);
    if (!kwargs || (v_is_dict(kwargs) && dict_len(kwargs) == 0))
        return obj_call(callable, (int)n, tuple_items(args), V_NULL);
    if (!v_is_dict(kwargs)) {
        value d = dict_new();
        if (!d)
            return V_NULL;
        if (dict_update(d, kwargs) < 0) {
            if (not_a_mapping(kwargs)) {
                exc_clear();
                exc_raise(&exc_TypeError, "%S argument after ** must be a mapping, not %s",
                          eval_callable_name(callable), v_type_name(kwargs));
            }
            return V_NULL;
        }
        kwargs = d;
    }
    size_t nk = dict_len(kwargs);
    value names = tuple_new(nk);
    if (!names)
        return V_NULL;
    value *argv = malloc((n + nk) * sizeof(value));
    if (!argv)
        return exc_no_memory();
    memcpy(argv, tuple_items(args), n * sizeof(value));
    size_t pos = 0, i = 0;
    value k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!v_is_str(k)) {
            free(argv);
            return exc_raise(&exc_TypeError, "keywords must be strings");
        }
        tuple_items(names)[i] = k;
        argv[n + i++] = v;
    }
    value r = obj_call(callable, (int)n, argv, names);
    free(argv);
    return r;
}

/* format(v, spec) for f-strings. */
static value format_value(value v, int conv, value spec)
{
    if (conv == 1)
        v = obj_str(v);
    else if (conv == 2)
        v = obj_repr(v);
    else if (conv == 3)
        v = eval_ascii(v);
    if (!v)
        return V_NULL;
    if (v_is_str(v) && (!spec || str_size(spec) == 0))
        return v;
    /* format(x, '') is str(x) for exact ints and floats: no spec object */
    if (!spec && (v_is_int(v) || v_type(v) == &int_type || v_type(v) == &float_type))
        return obj_str(v);
    if (!spec) {
        spec = str_from_cstr("");
        if (!spec)
            return V_NULL;
    }
    return eval_format(v, spec);
}

static value build_string(value *items, int n)
{
    return str_concat_array(items, (size_t)n);
}

/* The `exc` of WITH_EXCEPT_START: calls exit(type, exc, tb). */
static value call_exit(value exit_fn, value exc)
{
    value args[3] = { v_from_obj(v_type(exc)), exc, V_NONE };
    if (v_is_exc(exc) && v_exc(exc)->traceback)
        args[2] = v_exc(exc)->traceback;
    return obj_call(exit_fn, 3, args, V_NULL);
}

static value before_with(value mgr, value *exit_out)
{
    value enter = type_lookup(v_type(mgr), str_intern_cstr("__enter__"));
    value exit = type_lookup(v_type(mgr), str_intern_cstr("__exit__"));
    if (!enter)
        return exc_raise(&exc_TypeError, "'%s' object does not support the context manager protocol",
                         v_type_name(mgr));
    if (!exit)
        return exc_raise(&exc_TypeError,
                         "'%s' object does not support the context manager protocol (missed __exit__ method)",
                         v_type_name(mgr));
    *exit_out = obj_getattr_cstr(mgr, "__exit__");
    if (!*exit_out)
        return V_NULL;
    value e = obj_getattr_cstr(mgr, "__enter__");
    if (!e)
        return V_NULL;
    return obj_call0(e);
}


/* IMPORT_NAME: the import system (import.c). */
static value eval_import(value name, value globals, value fromlist, value level)
{
    return import_name(name, globals, fromlist, level);
}

/* -- The loop ------------------------------------------------------------------ */

/* Small-int fast paths for BINARY_OP; V_NULL (no exception): take the
 * generic path. */
ALWAYS_INLINE value small_binop(value a, value b, int op)
{
    int64_t x = v_int(a), y = v_int(b), r;
    switch (op) {
    case NB_ADD: r = x + y; break;
    case NB_SUB: r = x - y; break;
    case NB_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            return V_NULL;
        break;
    case NB_AND: return v_small(x & y);
    case NB_OR: return v_small(x | y);
    case NB_XOR: return v_small(x ^ y);
    case NB_RSHIFT:
        if (y < 0)
            return V_NULL;   /* ValueError */
        return v_small(x >> (y > 63 ? 63 : y));   /* arithmetic: floors, as Python */
    case NB_LSHIFT:
        if (y < 0 || y > 62)
            return V_NULL;
        r = (int64_t)((uint64_t)x << y);
        if ((r >> y) != x)
            return V_NULL;   /* overflowed int64 */
        break;
    case NB_FLOORDIV:
        if (y == 0)
            return V_NULL;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            r--;
        break;
    case NB_MOD:
        if (y == 0)
            return V_NULL;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        break;
    default: return V_NULL;
    }
    return v_fits_small(r) ? v_small(r) : V_NULL;
}

/* Float fast paths for BINARY_OP and COMPARE_OP: both operands exact
 * floats, or an exact float and a small int of at most 53 bits (exactly a
 * double, so the result is the one float.c computes). *x, *y: the
 * operands as doubles; false: take the generic path. */
#define EXACT_INT_BOUND ((int64_t)1 << 53)

/* v as a double, when it is an exact float or a small int that a double
 * holds exactly. */
ALWAYS_INLINE bool float_or_exact_int(value v, double *x)
{
    if (v_is_float(v)) {
        *x = v_float(v);
        return true;
    }
    if (v_is_int(v) && v_int(v) <= EXACT_INT_BOUND && v_int(v) >= -EXACT_INT_BOUND) {
        *x = (double)v_int(v);
        return true;
    }
    return false;
}

ALWAYS_INLINE bool float_operands(value a, value b, double *x, double *y)
{
    if (v_is_float(a)) {
        *x = v_float(a);
        if (v_is_float(b)) {
            *y = v_float(b);
            return true;
        }
        if (v_is_int(b) && v_int(b) <= EXACT_INT_BOUND && v_int(b) >= -EXACT_INT_BOUND) {
            *y = (double)v_int(b);
            return true;
        }
        return false;
    }
    if (v_is_float(b) && v_is_int(a) && v_int(a) <= EXACT_INT_BOUND && v_int(a) >= -EXACT_INT_BOUND) {
        *x = (double)v_int(a);
        *y = v_float(b);
        return true;
    }
    return false;
}

/* x op y into *r; false: take the generic path (division by zero, a
 * pow with special cases, an unhandled operator). */
ALWAYS_INLINE bool float_binop(double x, double y, int op, double *r)
{
    switch (op) {
    case NB_ADD: *r = x + y; return true;
    case NB_SUB: *r = x - y; return true;
    case NB_MUL: *r = x * y; return true;
    case NB_TRUEDIV:
        if (y == 0.0)
            return false;
        *r = x / y;
        return true;
    case NB_POW:
        /* positive finite base, finite exponent: float.c's pow_double
         * reduces to pow() there; overflow goes the generic way */
        if (!(x > 0.0 && isfinite(x) && isfinite(y)))
            return false;
        *r = pow(x, y);
        return !isinf(*r);
    default: return false;
    }
}

/* A new exact float, from the collector's inline path. */
static gc_inline_class float_class;

ALWAYS_INLINE value float_box(double d)
{
    float_object *f = (float_object *)gc_alloc_leaf_inline(&float_class, &float_type, sizeof(float_object));
    if (!f)
        return V_NULL;
    f->d = d;
    if (__builtin_expect(!float_class.free, 0)) {   /* the heap is ready now */
        float_class.free = heap_free_list(HEAP_LEAF, sizeof(float_object));
        float_class.cell_size = heap_cell_size(sizeof(float_object));
    }
    return v_from_obj(f);
}

/* The facts (icache.h) of instruction instr of co when its cache is
 * made now; *facts: the cache's array, for the next ones. */
static int warm_facts(code_object *co, const uint8_t **facts, int instr)
{
    code_icache *c = icache_warm(co);
    if (!c)
        return 0;
    *facts = c->facts;
    return c->facts[instr];
}

/* The box for a float fast path's result d. An operand that the bytecode
 * says is another BINARY_OP's result (facts IC_TEMP_*), and that is one of
 * the last two boxes the fast paths made (fresh[]: so no generic path
 * returned it from somewhere else), is seen by nobody but this
 * instruction: its box is reused. Otherwise a new box, remembered in
 * fresh[]. V_NULL: out of memory. */
ALWAYS_INLINE value float_result(int facts, value a, value b, double d, value fresh[2])
{
    if ((facts & IC_TEMP_LEFT) && (a == fresh[0] || a == fresh[1])) {
        ((float_object *)v_obj(a))->d = d;
        return a;
    }
    if ((facts & IC_TEMP_RIGHT) && (b == fresh[0] || b == fresh[1])) {
        ((float_object *)v_obj(b))->d = d;
        return b;
    }
    value r = float_box(d);
    fresh[1] = fresh[0];
    fresh[0] = r;
    return r;
}

ALWAYS_INLINE bool float_compare(double x, double y, int op)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

ALWAYS_INLINE bool small_compare(value a, value b, int op)
{
    int64_t x = v_int(a), y = v_int(b);
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* The dispatch table every instruction jumps through: the instructions'
 * labels, or, while a trace or profile function is set (trace.h), the
 * trace step for every opcode. run_frame fills real_targets from its
 * labels at its first run. */
static const void *targets[OP_COUNT];
static const void *real_targets[OP_COUNT];
static const void *trace_target;

void eval_set_tracing(bool on)
{
    if (!trace_target)
        return;   /* run_frame looks at trace_active when it fills the table */
    for (int i = 0; i < OP_COUNT; i++)
        targets[i] = on ? trace_target : real_targets[i];
}

/* Runs f (an entry frame, already linked as the innermost) until it
 * returns or an exception leaves it. throw_exc: raise this at the current
 * instruction first (generator.throw). */
static value run_frame(frame *f, value throw_exc)
{
    if (__builtin_expect(!trace_target, 0)) {
        static const void *const labels[OP_COUNT] = {
#define OP(name, has_arg, doc) [OP_##name] = &&op_##name,
#include "opcodes.def"
#undef OP
        };
        memcpy(real_targets, labels, sizeof labels);
        trace_target = &&op_TRACE;
        eval_set_tracing(trace_active > 0);
    }
    code_object *co;
    const code_unit *first, *ip;
    value *sp, *consts;
    const uint8_t *facts;   /* co->icache->facts, or NULL */
    value kwnames = V_NULL;
    value fresh[2] = { V_NULL, V_NULL };   /* float_result's new boxes */
    int op, oparg, prev_lasti;
    value retval;

#define LOAD_FRAME()                                         \
    do {                                                     \
        co = v_code(f->code);                                \
        first = co->instrs;                                  \
        ip = first + f->lasti + 1;                           \
        sp = f->sp;                                          \
        consts = tuple_items(co->consts);                    \
        facts = co->icache ? co->icache->facts : NULL;      \
    } while (0)
/* Derived from f and co rather than kept in variables of their own: the
 * loop has more live values than the machine has registers, and these
 * are cheap to recompute (one addressing mode, or two loads in rare
 * instructions). */
#define LOCALS (f->localsplus)
#define NAMES (tuple_items(co->names))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
/* f->lasti (the instruction being run) is not stored at every dispatch:
 * an instruction that can call out (any code that may look at the frame,
 * switch frames, or suspend it) stores it first with SAVE_LASTI; the few
 * that cannot (LOAD_FAST, jumps, ...) and the fast paths of the hot ones
 * skip it, and `error` sets it from ip for whichever instruction failed.
 * ip is past the instruction (and past its EXTENDED_ARG prefixes). */
#define INSTR_INDEX() ((int)(ip - first) - 1)
/* This instruction's facts (icache.h), once co has a cache. */
#define OP_FACTS() (facts ? facts[INSTR_INDEX()] : warm_facts(co, &facts, INSTR_INDEX()))
#define SAVE_LASTI() (f->lasti = INSTR_INDEX())
#define DISPATCH()                                           \
    do {                                                     \
        code_unit w_ = *ip++;                                \
        op = code_op(w_);                                    \
        oparg = code_arg(w_);                                \
        goto *targets[op];                                   \
    } while (0)
#define JUMPTO(i) (ip = first + (i))
/* The result of a compare whose operands are popped: a POP_JUMP_IF_FALSE
 * or _TRUE right after it is done at once, without pushing the bool. */
#define PUSH_COMPARE(res)                                    \
    do {                                                     \
        code_unit n_ = *ip;                                  \
        if (code_op(n_) == OP_POP_JUMP_IF_FALSE) {           \
            ip++;                                            \
            if (!(res))                                      \
                JUMPTO(code_arg(n_));                        \
        } else if (code_op(n_) == OP_POP_JUMP_IF_TRUE) {     \
            ip++;                                            \
            if (res)                                         \
                JUMPTO(code_arg(n_));                        \
        } else {                                             \
            PUSH(v_bool(res));                               \
        }                                                    \
    } while (0)
#define ERROR() goto error

    LOAD_FRAME();
    if (throw_exc) {
        if (__builtin_expect(trace_active, 0) && trace_throw_entry(f) < 0)
            goto error;
        exc_raise_value(throw_exc);
        goto error;
    }
    DISPATCH();

op_TRACE:
    /* while tracing (trace.h): the event for the instruction decoded into
     * op and oparg, then the instruction itself */
    prev_lasti = f->lasti;   /* the instruction that ran before this one */
    SAVE_LASTI();
    f->sp = sp;
    if (trace_instruction(f, prev_lasti, INSTR_INDEX(), op,
                          op == OP_RETURN_VALUE || op == OP_YIELD_VALUE ? TOP() : V_NULL) < 0)
        ERROR();
    if (op == OP_CALL && ts()->profile_func) {
        /* a builtin called while profiling: c_call, c_return and
         * c_exception around it (trace_c_call makes the call itself) */
        value *base = sp - oparg - 2, r;
        bool meth = base[0] != V_NULL;
        int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
        int handled = trace_c_call(meth ? base[0] : base[1], oparg + meth - nkw, base + 2 - meth,
                                   kwnames, &r);
        if (handled) {
            kwnames = V_NULL;
            if (!r)
                ERROR();
            sp = base;
            PUSH(r);
            DISPATCH();
        }
    }
    goto *real_targets[op];
op_RESUME:
    /* Ctrl-C and Python signal handlers (interrupt.h), for code that calls but never
     * loops: every function entry and resumption passes here */
    if (__builtin_expect(interrupt_pending | gil_drop_request, 0)) {
        SAVE_LASTI();
        if (gil_drop_request)   /* another thread waits for the GIL (gil.h) */
            gil_yield();
        if (interrupt_pending && interrupt_check() < 0)
            ERROR();
    }
    DISPATCH();
op_NOP:
    DISPATCH();
op_EXTENDED_ARG: {
    code_unit w = *ip++;
    op = code_op(w);
    oparg = oparg << 8 | code_arg(w);
    goto *targets[op];
}
op_POP_TOP:
    sp--;
    DISPATCH();
op_PUSH_NULL:
    PUSH(V_NULL);
    DISPATCH();
op_COPY: {
    value v = PEEK(oparg);
    PUSH(v);
    DISPATCH();
}
op_SWAP: {
    value v = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = v;
    DISPATCH();
}
op_LOAD_CONST:
    PUSH(consts[(unsigned)oparg]);   /* unsigned: no sign extension */
    DISPATCH();
op_LOAD_FAST: {
    value v = LOCALS[(unsigned)oparg];
    if (!v) {
        unbound_local(co, oparg);
        ERROR();
    }
    PUSH(v);
    DISPATCH();
}
op_STORE_FAST:
    LOCALS[(unsigned)oparg] = POP();
    DISPATCH();
op_DELETE_FAST:
    if (!LOCALS[oparg]) {
        unbound_local(co, oparg);
        ERROR();
    }
    LOCALS[oparg] = V_NULL;
    DISPATCH();
op_LOAD_NAME: {
    /* module code (locals is globals) looks names up as LOAD_GLOBAL does,
     * through the same per-name cache */
    value v = f->locals == f->globals ? load_global_cached(f, co, oparg, NAMES[oparg], INSTR_INDEX())
                                      : (SAVE_LASTI(), load_name(f, NAMES[oparg]));
    if (!v)
        ERROR();
    PUSH(v);
    DISPATCH();
}
op_STORE_NAME: {
    SAVE_LASTI();
    value v = POP();
    if (!f->locals) {
        exc_raise(&exc_SystemError, "no locals found when storing %R", NAMES[oparg]);
        ERROR();
    }
    if (f->locals == f->globals && store_global_cached(f, co, oparg, v))
        DISPATCH();
    int r = v_is_dict(f->locals) ? dict_set(f->locals, NAMES[oparg], v)
                                 : obj_setitem(f->locals, NAMES[oparg], v);
    if (r < 0)
        ERROR();
    DISPATCH();
}
op_DELETE_NAME: {
    SAVE_LASTI();
    /* dict_del: 1 deleted, 0 absent; obj_delitem: 0 deleted, KeyError absent */
    int r = v_is_dict(f->locals) ? dict_del(f->locals, NAMES[oparg])
                                 : (obj_delitem(f->locals, NAMES[oparg]) < 0 ? -1 : 1);
    if (r == 0 || (r < 0 && exc_matches(&exc_KeyError))) {
        exc_clear();
        name_error(NAMES[oparg]);
        ERROR();
    }
    if (r < 0)
        ERROR();
    DISPATCH();
}
op_LOAD_GLOBAL: {
    value v = load_global_cached(f, co, oparg >> 1, NAMES[oparg >> 1], (int)(ip - first) - 1);
    if (!v)
        ERROR();
    if (oparg & 1)
        PUSH(V_NULL);
    PUSH(v);
    DISPATCH();
}
op_STORE_GLOBAL:
    SAVE_LASTI();
    if (dict_set(f->globals, NAMES[oparg], POP()) < 0)
        ERROR();
    DISPATCH();
op_DELETE_GLOBAL: {
    SAVE_LASTI();
    int r = dict_del(f->globals, NAMES[oparg]);
    if (r == 0)
        name_error(NAMES[oparg]);
    if (r <= 0)
        ERROR();
    DISPATCH();
}
op_MAKE_CELL: {
    SAVE_LASTI();
    value c = cell_new(LOCALS[oparg]);
    if (!c)
        ERROR();
    LOCALS[oparg] = c;
    DISPATCH();
}
op_COPY_FREE_VARS: {
    value closure = v_function(f->func)->closure;
    int base = co->nlocalsplus - oparg;
    for (int i = 0; i < oparg; i++)
        LOCALS[base + i] = tuple_get(closure, (size_t)i);
    DISPATCH();
}
op_LOAD_CLOSURE:
    PUSH(LOCALS[oparg]);
    DISPATCH();
op_LOAD_DEREF: {
    value v = v_cell(LOCALS[oparg])->ref;
    if (!v) {
        unbound_deref(co, oparg);
        ERROR();
    }
    PUSH(v);
    DISPATCH();
}
op_LOAD_CLASSDEREF: {
    SAVE_LASTI();
    value name = tuple_get(co->localsplusnames, (size_t)oparg);
    value v = f->locals ? mapping_get(f->locals, name) : V_NULL;
    if (!v && exc_occurred())
        ERROR();
    if (!v) {
        v = v_cell(LOCALS[oparg])->ref;
        if (!v) {
            unbound_deref(co, oparg);
            ERROR();
        }
    }
    PUSH(v);
    DISPATCH();
}
op_STORE_DEREF:
    v_cell(LOCALS[oparg])->ref = POP();
    DISPATCH();
op_DELETE_DEREF:
    if (!v_cell(LOCALS[oparg])->ref) {
        unbound_deref(co, oparg);
        ERROR();
    }
    v_cell(LOCALS[oparg])->ref = V_NULL;
    DISPATCH();
op_LOAD_ATTR: {
    /* the inline cache (icache.h): an instance slot or a plain class
     * attribute without a call; a known descriptor without the MRO walk */
    value obj = TOP(), v;
    icache_entry *e = icache_find(co, INSTR_INDEX(), obj);
    if (e && e->kind == IC_INST_VALUE) {
        TOP() = icache_attrs(obj, e)->values[e->index];
        DISPATCH();
    }
    if (e && e->kind == IC_CLASS_VALUE) {
        TOP() = e->v;
        DISPATCH();
    }
    if (e && e->kind == IC_MODULE_VALUE && (v = icache_module_value(e))) {
        TOP() = v;
        DISPATCH();
    }
    if (e && e->kind == IC_TYPE_VALUE) {
        TOP() = e->v;
        DISPATCH();
    }
    SAVE_LASTI();
    if (e && e->kind == IC_TYPE_GET)
        v = v_type(e->v)->descr_get(e->v, V_NULL, obj);
    else if (e && e->kind == IC_DESCR_GET)
        v = v_type(e->v)->descr_get(e->v, obj, v_from_obj(v_type(obj)));
    else
        v = icache_load_attr(co, INSTR_INDEX(), obj, NAMES[oparg]);
    if (!v)
        ERROR();
    TOP() = v;
    DISPATCH();
}
op_LOAD_METHOD: {
    /* a method found on the type, not shadowed by the instance: pushed
     * unbound with self, so CALL makes no bound method; anything else:
     * NULL and the attribute */
    value obj = TOP(), v;
    icache_entry *e = icache_find(co, INSTR_INDEX(), obj);
    if (e && e->kind == IC_METHOD) {
        TOP() = e->v;
        PUSH(obj);
        DISPATCH();
    }
    if (e && e->kind == IC_INST_VALUE) {
        TOP() = V_NULL;
        PUSH(icache_attrs(obj, e)->values[e->index]);
        DISPATCH();
    }
    if (e && e->kind == IC_MODULE_VALUE && (v = icache_module_value(e))) {   /* math.sqrt(x) */
        TOP() = V_NULL;
        PUSH(v);
        DISPATCH();
    }
    if (e && e->kind == IC_TYPE_VALUE) {   /* Class.function(x) */
        TOP() = V_NULL;
        PUSH(e->v);
        DISPATCH();
    }
    SAVE_LASTI();
    if (e && e->kind == IC_TYPE_GET) {
        v = v_type(e->v)->descr_get(e->v, V_NULL, obj);
    } else if (e && e->kind == IC_DESCR_GET) {
        v = v_type(e->v)->descr_get(e->v, obj, v_from_obj(v_type(obj)));
    } else if (e && e->kind == IC_CLASS_VALUE) {
        v = e->v;
    } else {
        int r = icache_load_method(co, INSTR_INDEX(), obj, NAMES[oparg], &v);
        if (r < 0)
            ERROR();
        if (r) {
            TOP() = v;
            PUSH(obj);
            DISPATCH();
        }
    }
    if (!v)
        ERROR();
    TOP() = V_NULL;
    PUSH(v);
    DISPATCH();
}
op_STORE_ATTR: {
    value obj = TOP(), x = PEEK(2);
    icache_entry *e = icache_find(co, INSTR_INDEX(), obj);
    if (e && e->kind == IC_STORE_VALUE) {
        icache_attrs(obj, e)->values[e->index] = x;
        sp -= 2;
        DISPATCH();
    }
    SAVE_LASTI();
    if (e && e->kind == IC_STORE_ADD) {
        /* the next slot, and the child shape every instance takes here */
        inst_attrs *a = icache_attrs(obj, e);
        if (e->index >= a->cap && inst_reserve(a, e->index + 1u) < 0)
            ERROR();
        a->values[e->index] = x;
        a->shape = (shape *)v_obj(e->v);
    } else if (e && e->kind == IC_STORE_DESCR) {
        if (v_type(e->v)->descr_set(e->v, obj, x) < 0)
            ERROR();
    } else if (icache_store_attr(co, INSTR_INDEX(), obj, NAMES[oparg], x) < 0) {
        ERROR();
    }
    sp -= 2;
    DISPATCH();
}
op_DELETE_ATTR:
    SAVE_LASTI();
    if (obj_setattr(POP(), NAMES[oparg], V_NULL) < 0)
        ERROR();
    DISPATCH();
op_BINARY_OP: {
    value b = POP(), a = TOP(), r = V_NULL;
    double x, y, d;
    int nb = oparg < NB_COUNT ? oparg : oparg - NB_COUNT;
    if (v_is_int(a) && v_is_int(b)) {
        r = small_binop(a, b, nb);
        /* int / int of at most 53 bits each: both exact doubles, so one
         * correctly rounded division, as int.c's true division */
        if (!r && nb == NB_TRUEDIV && v_int(b) != 0 && v_int(a) <= EXACT_INT_BOUND &&
            v_int(a) >= -EXACT_INT_BOUND && v_int(b) <= EXACT_INT_BOUND && v_int(b) >= -EXACT_INT_BOUND) {
            r = float_result(OP_FACTS(), a, b, (double)v_int(a) / (double)v_int(b), fresh);
            if (!r) {
                sp--;
                ERROR();
            }
        }
    } else if (float_operands(a, b, &x, &y) && float_binop(x, y, nb, &d)) {
        /* a result that only feeds the compare after it needs no box:
         * `c < a op b` (COMPARE_OP next) or `a op b < c` (c a constant or
         * a local, then COMPARE_OP) */
        code_unit n0 = ip[0];
        double c;
        if (code_op(n0) == OP_COMPARE_OP && float_or_exact_int(PEEK(2), &c)) {
            bool res = float_compare(c, d, code_arg(n0));
            sp -= 2;
            ip++;
            PUSH_COMPARE(res);
            DISPATCH();
        }
        if ((code_op(n0) == OP_LOAD_CONST || code_op(n0) == OP_LOAD_FAST) && code_op(ip[1]) == OP_COMPARE_OP) {
            value cv = code_op(n0) == OP_LOAD_CONST ? consts[code_arg(n0)] : LOCALS[code_arg(n0)];
            if (cv && float_or_exact_int(cv, &c)) {
                bool res = float_compare(d, c, code_arg(ip[1]));
                sp--;
                ip += 2;
                PUSH_COMPARE(res);
                DISPATCH();
            }
        }
        r = float_result(OP_FACTS(), a, b, d, fresh);
        if (!r) {
            sp--;
            ERROR();
        }
    } else if (nb == NB_ADD && v_is_str(a) && v_is_str(b)) {
        /* perf-data: exact str + str (and +=) never calls out */
        r = str_concat(a, b);
        if (!r) {
            sp--;
            ERROR();
        }
    }
    if (!r) {
        SAVE_LASTI();
        r = oparg < NB_COUNT ? obj_binary_op(a, b, oparg) : obj_inplace_op(a, b, oparg - NB_COUNT);
        /* what the generic path returns may be any box, even one of
         * fresh[] that the program also holds: none is reused now */
        fresh[0] = fresh[1] = V_NULL;
        if (!r) {
            sp--;
            ERROR();
        }
    }
    TOP() = r;
    DISPATCH();
}
op_UNARY_POSITIVE: {
    SAVE_LASTI();
    value r = obj_pos(TOP());
    if (!r)
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_UNARY_NEGATIVE: {
    value a = TOP(), r;
    if (v_is_int(a) && v_int(a) != V_SMALL_MIN)
        r = v_small(-v_int(a));
    else if (SAVE_LASTI(), !(r = obj_neg(a)))
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_UNARY_NOT: {
    SAVE_LASTI();
    int b = obj_truthy(TOP());
    if (b < 0)
        ERROR();
    TOP() = v_bool(!b);
    DISPATCH();
}
op_UNARY_INVERT: {
    SAVE_LASTI();
    value r = obj_invert(TOP());
    if (!r)
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_COMPARE_OP: {
    value b = POP(), a = TOP(), r;
    double x, y;
    if (v_is_int(a) && v_is_int(b)) {
        bool res = small_compare(a, b, oparg);
        sp--;
        PUSH_COMPARE(res);
        DISPATCH();
    }
    if (float_operands(a, b, &x, &y)) {
        bool res = float_compare(x, y, oparg);
        sp--;
        PUSH_COMPARE(res);
        DISPATCH();
    }
    if (v_is_str(a) && v_is_str(b)) {   /* perf-data: exact strs never call out */
        bool res = str_compare_op(a, b, oparg);
        sp--;
        PUSH_COMPARE(res);
        DISPATCH();
    }
    SAVE_LASTI();
    if (!(r = obj_richcompare(a, b, oparg)))
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_IS_OP: {
    value b = POP();
    TOP() = v_bool((TOP() == b) ^ oparg);
    DISPATCH();
}
op_CONTAINS_OP: {
    SAVE_LASTI();
    value b = POP();
    int r = obj_contains(b, TOP());
    if (r < 0)
        ERROR();
    TOP() = v_bool(r ^ oparg);
    DISPATCH();
}
op_BINARY_SUBSCR: {
    value k = POP(), c = TOP(), r = V_NULL;
    if (v_is_list(c) && v_is_int(k)) {
        int64_t i = v_int(k), n = (int64_t)list_len(c);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n)
            r = list_get(c, (size_t)i);
    }
    if (!r && (SAVE_LASTI(), !(r = obj_getitem(c, k))))
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_STORE_SUBSCR: {
    value k = TOP(), c = PEEK(2);
    if (v_is_list(c) && v_is_int(k)) {
        int64_t i = v_int(k), n = (int64_t)list_len(c);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n) {
            v_list(c)->items[i] = PEEK(3);
            sp -= 3;
            DISPATCH();
        }
    }
    SAVE_LASTI();
    sp -= 2;
    value v = POP();
    if (obj_setitem(c, k, v) < 0)
        ERROR();
    DISPATCH();
}
op_DELETE_SUBSCR: {
    SAVE_LASTI();
    value k = POP(), c = POP();
    if (obj_delitem(c, k) < 0)
        ERROR();
    DISPATCH();
}
op_BINARY_SLICE: {
    SAVE_LASTI();
    value hi = POP(), lo = POP();
    value s = slice_new(lo, hi, V_NONE);
    if (!s)
        ERROR();
    value r = obj_getitem(TOP(), s);
    if (!r)
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_STORE_SLICE: {
    SAVE_LASTI();
    value hi = POP(), lo = POP(), c = POP(), v = POP();
    value s = slice_new(lo, hi, V_NONE);
    if (!s || obj_setitem(c, s, v) < 0)
        ERROR();
    DISPATCH();
}
op_BUILD_SLICE: {
    SAVE_LASTI();
    value step = oparg == 3 ? POP() : V_NONE;
    value hi = POP(), lo = TOP();
    value s = slice_new(lo, hi, step);
    if (!s)
        ERROR();
    TOP() = s;
    DISPATCH();
}
op_BUILD_TUPLE: {
    if (code_op(*ip) == OP_UNPACK_SEQUENCE && code_arg(*ip) == oparg) {
        /* `a, b = b, a`: the unpacked items are the packed ones, first on
         * top, so the tuple is never made */
        for (value *lo = sp - oparg, *hi = sp - 1; lo < hi; lo++, hi--) {
            value t = *lo;
            *lo = *hi;
            *hi = t;
        }
        ip++;
        DISPATCH();
    }
    SAVE_LASTI();
    value r = tuple_from_array(sp - oparg, (size_t)oparg);
    if (!r)
        ERROR();
    sp -= oparg;
    PUSH(r);
    DISPATCH();
}
op_BUILD_LIST: {
    SAVE_LASTI();
    value r = list_from_array(sp - oparg, (size_t)oparg);
    if (!r)
        ERROR();
    sp -= oparg;
    PUSH(r);
    DISPATCH();
}
op_BUILD_SET: {
    SAVE_LASTI();
    value r = set_new(V_NULL);
    if (!r)
        ERROR();
    for (int i = oparg; i > 0; i--)
        if (set_add(r, PEEK(i)) < 0)
            ERROR();
    sp -= oparg;
    PUSH(r);
    DISPATCH();
}
op_BUILD_MAP: {
    SAVE_LASTI();
    value r = dict_new();
    if (!r)
        ERROR();
    for (int i = 2 * oparg; i > 0; i -= 2)
        if (dict_set(r, PEEK(i), PEEK(i - 1)) < 0)
            ERROR();
    sp -= 2 * oparg;
    PUSH(r);
    DISPATCH();
}
op_BUILD_CONST_KEY_MAP: {
    SAVE_LASTI();
    value keys = TOP(), r = dict_new();
    if (!r)
        ERROR();
    for (int i = 0; i < oparg; i++)
        if (dict_set(r, tuple_get(keys, (size_t)i), PEEK(oparg + 1 - i)) < 0)
            ERROR();
    sp -= oparg + 1;
    PUSH(r);
    DISPATCH();
}
op_BUILD_STRING: {
    SAVE_LASTI();
    value r = build_string(sp - oparg, oparg);
    if (!r)
        ERROR();
    sp -= oparg;
    PUSH(r);
    DISPATCH();
}
op_LIST_APPEND: {
    SAVE_LASTI();
    value v = POP();
    if (list_append(PEEK(oparg), v) < 0)
        ERROR();
    DISPATCH();
}
op_SET_ADD: {
    SAVE_LASTI();
    value v = POP();
    if (set_add(PEEK(oparg), v) < 0)
        ERROR();
    DISPATCH();
}
op_MAP_ADD: {
    SAVE_LASTI();
    value v = POP(), k = POP();
    if (dict_set(PEEK(oparg), k, v) < 0)
        ERROR();
    DISPATCH();
}
op_LIST_EXTEND: {
    SAVE_LASTI();
    value it = POP();
    if (list_extend(PEEK(oparg), it) < 0) {
        if (exc_matches(&exc_TypeError) && !v_type(it)->iter && !v_type(it)->getitem) {
            exc_clear();
            exc_raise(&exc_TypeError, "Value after * must be an iterable, not %s", v_type_name(it));
        }
        ERROR();
    }
    DISPATCH();
}
op_SET_UPDATE: {
    SAVE_LASTI();
    value it = POP();
    if (set_update(PEEK(oparg), it) < 0)
        ERROR();
    DISPATCH();
}
op_DICT_UPDATE: {
    SAVE_LASTI();
    value d = POP();
    if (dict_update_mapping(PEEK(oparg), d) < 0) {
        if (exc_matches(&exc_AttributeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "'%s' object is not a mapping", v_type_name(d));
        }
        ERROR();
    }
    DISPATCH();
}
op_DICT_MERGE: {
    SAVE_LASTI();
    value d = POP(), target = PEEK(oparg);
    if (!v_is_dict(d)) {
        value c = dict_new();
        if (!c || dict_update_mapping(c, d) < 0) {
            if (not_a_mapping(d)) {
                exc_clear();
                exc_raise(&exc_TypeError, "%S argument after ** must be a mapping, not %s",
                          eval_callable_name(PEEK(oparg + 2)), v_type_name(d));
            }
            ERROR();
        }
        d = c;
    }
    size_t pos = 0;
    value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        value old = dict_get(target, k);
        if (old) {
            exc_raise(&exc_TypeError, "%S got multiple values for keyword argument '%S'",
                      eval_callable_name(PEEK(oparg + 2)), k);
            ERROR();
        }
        if (exc_occurred() || dict_set(target, k, v) < 0)
            ERROR();
    }
    DISPATCH();
}
op_LIST_TO_TUPLE: {
    SAVE_LASTI();
    value r = list_as_tuple(TOP());
    if (!r)
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_FORMAT_VALUE: {
    SAVE_LASTI();
    value spec = (oparg & 4) ? POP() : V_NULL;
    value r = format_value(TOP(), oparg & 3, spec);
    if (!r)
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_UNPACK_SEQUENCE: {
    value seq = TOP();
    if (v_is_tuple(seq) && tuple_len(seq) == (size_t)oparg) {   /* `for k, v in pairs` */
        value *items = tuple_items(seq);
        sp--;
        for (int i = oparg - 1; i >= 0; i--)
            PUSH(items[i]);
        DISPATCH();
    }
    SAVE_LASTI();
    sp--;
    value *nsp = unpack(seq, oparg, 0, false, sp);
    if (!nsp) {
        PUSH(seq);
        ERROR();
    }
    sp = nsp;
    DISPATCH();
}
op_UNPACK_EX: {
    SAVE_LASTI();
    value seq = POP();
    value *nsp = unpack(seq, oparg & 0xff, oparg >> 8, true, sp);
    if (!nsp) {
        PUSH(seq);
        ERROR();
    }
    sp = nsp;
    DISPATCH();
}
op_JUMP_FORWARD:   /* no loop without a backward jump: no Ctrl-C check */
    JUMPTO(oparg);
    DISPATCH();
op_JUMP_BACKWARD:
    /* Ctrl-C and Python signal handlers (interrupt.h): every loop passes here */
    if (__builtin_expect(interrupt_pending | gil_drop_request, 0)) {
        SAVE_LASTI();
        if (gil_drop_request)   /* another thread waits for the GIL (gil.h) */
            gil_yield();
        if (interrupt_pending && interrupt_check() < 0)
            ERROR();
    }
    JUMPTO(oparg);
    DISPATCH();
op_JUMP_BACKWARD_NO_INTERRUPT:
    JUMPTO(oparg);
    DISPATCH();
op_POP_JUMP_IF_FALSE: {
    value v = POP();
    int b = v == V_TRUE ? 1 : v == V_FALSE ? 0 : v_is_int(v) ? v != v_small(0) : (SAVE_LASTI(), obj_truthy(v));
    if (b < 0)
        ERROR();
    if (!b)
        JUMPTO(oparg);
    DISPATCH();
}
op_POP_JUMP_IF_TRUE: {
    value v = POP();
    int b = v == V_TRUE ? 1 : v == V_FALSE ? 0 : v_is_int(v) ? v != v_small(0) : (SAVE_LASTI(), obj_truthy(v));
    if (b < 0)
        ERROR();
    if (b)
        JUMPTO(oparg);
    DISPATCH();
}
op_POP_JUMP_IF_NONE:
    if (POP() == V_NONE)
        JUMPTO(oparg);
    DISPATCH();
op_POP_JUMP_IF_NOT_NONE:
    if (POP() != V_NONE)
        JUMPTO(oparg);
    DISPATCH();
op_JUMP_IF_FALSE_OR_POP: {
    SAVE_LASTI();
    int b = obj_truthy(TOP());
    if (b < 0)
        ERROR();
    if (!b)
        JUMPTO(oparg);
    else
        sp--;
    DISPATCH();
}
op_JUMP_IF_TRUE_OR_POP: {
    SAVE_LASTI();
    int b = obj_truthy(TOP());
    if (b < 0)
        ERROR();
    if (b)
        JUMPTO(oparg);
    else
        sp--;
    DISPATCH();
}
op_GET_ITER: {
    SAVE_LASTI();
    value it = obj_iter(TOP());
    if (!it)
        ERROR();
    TOP() = it;
    DISPATCH();
}
op_FOR_ITER: {
    value it = TOP(), v;
    type_object *itp = v_type(it);
    if (itp == &range_iterator_type) {
        range_iter_object *ri = (range_iter_object *)v_obj(it);
        if (ri->left > 0 && v_fits_small(ri->next)) {
            v = v_small(ri->next);
            ri->left--;
            ri->next = (int64_t)((uint64_t)ri->next + (uint64_t)ri->step);   /* may wrap after the last */
            PUSH(v);
            DISPATCH();
        }
    } else if (itp == &list_iterator_type) {
        list_iter *li = (list_iter *)v_obj(it);
        if (li->seq && li->i < (int64_t)list_len(li->seq)) {
            PUSH(list_get(li->seq, (size_t)li->i++));
            DISPATCH();
        }
    }
    SAVE_LASTI();
    iternext_fn next = itp->iternext;
    v = next ? next(it) : obj_next(it);
    if (v) {
        PUSH(v);
        DISPATCH();
    }
    if (exc_occurred()) {
        if (!exc_matches(&exc_StopIteration))
            ERROR();
        exc_clear();
    }
    sp--;
    JUMPTO(oparg);
    DISPATCH();
}
op_KW_NAMES:
    kwnames = consts[oparg];
    DISPATCH();
op_CALL: {
    SAVE_LASTI();
    /* stack: [callable, self, args...] or [NULL, callable, args...] */
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    int total = oparg;
    value *args = sp - oparg;
    value callable = PEEK(oparg + 2);
    if (callable) {
        args--;
        total++;
    } else {
        callable = PEEK(oparg + 1);
        if (v_is_method(callable)) {
            PEEK(oparg + 2) = v_method(callable)->func;
            PEEK(oparg + 1) = v_method(callable)->self;
            callable = PEEK(oparg + 2);
            args--;
            total++;
        }
    }
    value kw = kwnames, init;
    kwnames = V_NULL;
    if (v_is_function(callable)) {
        f->sp = sp;
        frame *nf = push_call_frame(callable, args, total, nkw, kw);
        if (!nf)
            ERROR();
        f->sp = sp - oparg - 2;
        f = nf;
        LOAD_FRAME();
        DISPATCH();
    }
    f->sp = sp;
    if (args == sp - oparg && (init = class_init_function(callable))) {
        /* [NULL, class, args...] -> [NULL, instance, args...]: __init__
         * runs as a frame of this loop; its return leaves the instance,
         * kept in the NULL's slot, as the result */
        type_object *t = v_as_type(callable);
        value obj = t->new(t, total - nkw, args, kw);
        if (!obj)
            ERROR();
        args[-1] = obj;
        frame *nf = push_call_frame(init, args - 1, total + 1, nkw, kw);
        if (!nf)
            ERROR();
        nf->init_call = true;
        PEEK(oparg + 2) = obj;
        f->sp = sp - oparg - 1;
        f = nf;
        LOAD_FRAME();
        DISPATCH();
    }
    value r = obj_call(callable, total - nkw, args, kw);
    sp -= oparg + 2;
    if (!r)
        ERROR();
    PUSH(r);
    DISPATCH();
}
op_CALL_FUNCTION_EX: {
    SAVE_LASTI();
    value kwargs = (oparg & 1) ? POP() : V_NULL;
    value args = POP(), callable = POP();
    sp--;   /* the NULL below the callable */
    f->sp = sp;
    value r = call_ex(callable, args, kwargs);
    if (!r)
        ERROR();
    PUSH(r);
    DISPATCH();
}
op_MAKE_FUNCTION: {
    SAVE_LASTI();
    value code = POP(), parts[4] = { 0, 0, 0, 0 };
    for (int bit = 3; bit >= 0; bit--)
        if (oparg & (1 << bit))
            parts[bit] = POP();
    value fn = make_function(f, code, oparg, parts);
    if (!fn)
        ERROR();
    PUSH(fn);
    DISPATCH();
}
op_RETURN_VALUE:
    SAVE_LASTI();
    retval = POP();
    goto do_return;
op_RAISE_VARARGS: {
    SAVE_LASTI();
    if (oparg == 0) {
        value h = exc_handled();
        if (!h || h == V_NONE) {
            exc_raise(&exc_RuntimeError, "No active exception to reraise");
            ERROR();
        }
        exc_restore(h);
        goto unwind;
    }
    value cause = oparg == 2 ? POP() : V_NULL;
    do_raise(POP(), cause);
    ERROR();
}
op_RERAISE: {
    SAVE_LASTI();
    value exc = POP();
    if (oparg) {
        value l = PEEK(oparg);
        /* range-checked: loaded bytecode may put any int there */
        if (v_is_int(l) && v_int(l) >= 0 && v_int(l) < co->ninstrs)
            f->lasti = (int)v_int(l);
    }
    if (!v_is_exc(exc)) {   /* only hand-made bytecode gets here */
        exc_raise(&exc_SystemError, "RERAISE of a non-exception (%s)", exc ? v_type_name(exc) : "NULL");
        goto unwind;
    }
    exc_restore(exc);
    goto unwind;
}
op_PUSH_EXC_INFO: {
    value exc = TOP();
    TOP() = ts()->handled ? ts()->handled : V_NONE;
    PUSH(exc);
    ts()->handled = exc;
    DISPATCH();
}
op_POP_EXCEPT: {
    value prev = POP();
    ts()->handled = prev == V_NONE ? V_NULL : prev;
    DISPATCH();
}
op_CHECK_EXC_MATCH: {
    SAVE_LASTI();
    value typ = POP();
    if (check_except_type(typ) < 0)
        ERROR();
    bool r = exc_class_matches(TOP(), typ);
    PUSH(v_bool(r));
    DISPATCH();
}
op_CHECK_EG_MATCH: {
    SAVE_LASTI();
    value typ = POP();
    if (check_except_star_type(typ) < 0)
        ERROR();
    value match, rest;
    if (exc_group_match(TOP(), typ, &match, &rest) < 0)
        ERROR();
    if (match != V_NONE) {
        /* [exc] -> [rest match]; the handler runs with match handled */
        TOP() = rest;
        ts()->handled = match;
    }
    PUSH(match);
    DISPATCH();
}
op_PREP_RERAISE_STAR: {
    SAVE_LASTI();
    value excs = POP(), orig = POP();
    if (!v_is_list(excs)) {
        exc_raise(&exc_SystemError, "PREP_RERAISE_STAR expects a list");
        ERROR();
    }
    value r = exc_group_prep_reraise(orig, excs);
    if (!r)
        ERROR();
    PUSH(r);
    DISPATCH();
}
op_BEFORE_ASYNC_WITH: {
    SAVE_LASTI();
    value exit_fn = V_NULL;
    value r = eval_before_async_with(TOP(), &exit_fn);
    if (!r)
        ERROR();
    TOP() = exit_fn;
    PUSH(r);
    DISPATCH();
}
op_GET_AWAITABLE: {
    SAVE_LASTI();
    value it = eval_get_awaitable(TOP(), oparg);
    if (!it)
        ERROR();
    TOP() = it;
    DISPATCH();
}
op_GET_AITER: {
    SAVE_LASTI();
    value it = eval_get_aiter(TOP());
    if (!it)
        ERROR();
    TOP() = it;
    DISPATCH();
}
op_GET_ANEXT: {
    SAVE_LASTI();
    value aw = eval_get_anext(TOP());
    if (!aw)
        ERROR();
    PUSH(aw);
    DISPATCH();
}
op_END_ASYNC_FOR: {
    SAVE_LASTI();
    /* [aiter exc]: StopAsyncIteration ends the loop, anything else
     * propagates (as a re-raise: no new traceback entry) */
    value exc = POP();
    if (v_isinstance(exc, &exc_StopAsyncIteration)) {
        sp--;
        DISPATCH();
    }
    exc_restore(exc);
    goto unwind;
}
op_ASYNC_GEN_WRAP: {
    SAVE_LASTI();
    value w = async_gen_wrap(TOP());
    if (!w)
        ERROR();
    TOP() = w;
    DISPATCH();
}
op_MATCH_KEYS: {
    SAVE_LASTI();
    value r = eval_match_keys(PEEK(2), TOP());
    if (!r)
        ERROR();
    PUSH(r);
    DISPATCH();
}
op_MATCH_CLASS: {
    SAVE_LASTI();
    /* subject cls kwnames -> attrs | None */
    value kw = POP(), cls = POP();
    value r = eval_match_class(TOP(), cls, oparg, kw);
    if (!r)
        ERROR();
    TOP() = r;
    DISPATCH();
}
op_IMPORT_STAR: {
    SAVE_LASTI();
    value m = POP();
    if (import_star(m, f->locals ? f->locals : f->globals) < 0)
        ERROR();
    DISPATCH();
}
op_PRINT_EXPR: {
    SAVE_LASTI();
    value v = POP();
    if (!builtins_print_expr(v))
        ERROR();
    DISPATCH();
}
op_WITH_EXCEPT_START: {
    SAVE_LASTI();
    value r = call_exit(PEEK(4), TOP());
    if (!r)
        ERROR();
    PUSH(r);
    DISPATCH();
}
op_BEFORE_WITH: {
    SAVE_LASTI();
    value exit_fn = V_NULL;
    value r = before_with(TOP(), &exit_fn);
    if (!r)
        ERROR();
    TOP() = exit_fn;
    PUSH(r);
    DISPATCH();
}
op_LOAD_BUILD_CLASS: {
    SAVE_LASTI();
    value v = mapping_get(f->builtins, str_intern_cstr("__build_class__"));
    if (!v) {
        if (!exc_occurred())
            exc_raise(&exc_NameError, "__build_class__ not found");
        ERROR();
    }
    PUSH(v);
    DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
    PUSH(v_from_obj(&exc_AssertionError));
    DISPATCH();
op_SETUP_ANNOTATIONS: {
    SAVE_LASTI();
    value key = N(__annotations__);
    value v = mapping_get(f->locals, key);
    if (!v && exc_occurred())
        ERROR();
    if (!v) {
        value d = dict_new();
        if (!d || obj_setitem(f->locals, key, d) < 0)
            ERROR();
    }
    DISPATCH();
}
op_IMPORT_NAME: {
    SAVE_LASTI();
    value fromlist = POP(), level = TOP();
    value m = eval_import(NAMES[oparg], f->globals, fromlist, level);
    if (!m)
        ERROR();
    TOP() = m;
    DISPATCH();
}
op_IMPORT_FROM: {
    SAVE_LASTI();
    value v = import_from(TOP(), NAMES[oparg]);
    if (!v)
        ERROR();
    PUSH(v);
    DISPATCH();
}
op_RETURN_GENERATOR: {
    SAVE_LASTI();
    f->sp = sp;
    value gen = gen_from_frame(f);
    if (!gen)
        ERROR();
    retval = gen;
    f->frame_obj = V_NULL;   /* moved into the generator's frame */
    goto do_return;
}
op_YIELD_VALUE: {
    SAVE_LASTI();
    retval = POP();
    f->sp = sp;
    ts()->frame = f->back;
    ts()->recursion_depth--;
    return retval;
}
op_SEND: {
    SAVE_LASTI();
    value v = POP(), recv = TOP(), r, ret = V_NULL;
    if (v_is_gen_or_coro(recv)) {
        r = gen_send_ex(recv, v, V_NULL, &ret);
    } else if (v == V_NONE && v_type(recv)->iternext) {
        r = gen_iter_step(recv);
    } else {
        r = obj_call_method(recv, "send", 1, &v);
    }
    if (!r) {
        if (!ret && exc_occurred()) {
            if (!exc_matches(&exc_StopIteration))
                ERROR();
            value e = exc_fetch();
            ret = exc_slot(e, EXC_STOPITER_VALUE);
        }
        if (__builtin_expect(trace_active, 0) && trace_send_stop(f, ret) < 0)
            ERROR();
        TOP() = ret ? ret : V_NONE;
        JUMPTO(oparg);
        DISPATCH();
    }
    PUSH(r);
    DISPATCH();
}
op_GET_YIELD_FROM_ITER: {
    SAVE_LASTI();
    value v = TOP();
    if (v_is_coroutine(v)) {
        if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
            exc_raise(&exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            ERROR();
        }
    } else if (!v_is_generator(v)) {
        value it = obj_iter(v);
        if (!it)
            ERROR();
        TOP() = it;
    }
    DISPATCH();
}
op_GET_LEN: {
    SAVE_LASTI();
    int64_t n = obj_len(TOP());
    if (n < 0)
        ERROR();
    value v = int_from_i64(n);
    if (!v)
        ERROR();
    PUSH(v);
    DISPATCH();
}
op_MATCH_MAPPING: {
    SAVE_LASTI();
    bool m = eval_match_mapping(TOP());
    PUSH(v_bool(m));
    DISPATCH();
}
op_MATCH_SEQUENCE: {
    SAVE_LASTI();
    bool m = eval_match_sequence(TOP());
    PUSH(v_bool(m));
    DISPATCH();
}

do_return:
    if (f->entry) {
        if (f->owner == FRAME_IN_GENERATOR)
            f->lasti = -2;
        frame_pop(f);
        return retval;
    }
    {
        frame *caller = f->back;
        bool init_call = f->init_call;
        frame_pop(f);
        f = caller;
        LOAD_FRAME();
        if (init_call) {   /* the instance is on the stack already */
            if (retval != V_NONE) {
                exc_raise(&exc_TypeError, "__init__() should return None, not '%s'", v_type_name(retval));
                ERROR();
            }
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

error:
    /* the failing instruction (a frame below that failed: its CALL, as
     * LOAD_FRAME set ip from its lasti); then a new entry for this frame
     * in the exception's traceback */
    SAVE_LASTI();
    {
        /* a C function that failed without saying why: CPython's SystemError,
         * rather than a NULL exception for the handler to meet */
        if (__builtin_expect(!ts()->exc, 0))
            exc_raise(&exc_SystemError, "error return without exception set");
        value exc = ts()->exc;
        if (exc && v_is_exc(exc) &&
            traceback_here(exc, frame_get_object(f), f->code, f->lasti, frame_lineno(f)) < 0) {
            /* MemoryError replaced it */
        }
        if (__builtin_expect(trace_active, 0) && trace_exception(f) < 0) {
            /* the trace function's exception replaced it */
        }
    }
unwind:
    {
        /* The handler is found from the instruction that failed (ip - 1),
         * not f->lasti: RERAISE with an argument restores f->lasti to the
         * original raise site (for tracebacks and the pushed lasti), and
         * looking that up would find the same handler again, forever. */
        int target, depth, push_lasti;
        int here = (int)(ip - first) - 1;
        if (code_find_handler(co, here, &target, &depth, &push_lasti)) {
            sp = LOCALS + co->nlocalsplus + depth;
            if (push_lasti)
                PUSH(v_small(f->lasti));
            PUSH(exc_fetch());
            JUMPTO(target);
            DISPATCH();
        }
    }
    kwnames = V_NULL;
    if (__builtin_expect(trace_active, 0))
        trace_unwind(f);
    if (f->entry) {
        if (f->owner == FRAME_IN_GENERATOR)
            f->lasti = -2;
        frame_pop(f);
        return V_NULL;
    }
    {
        frame *caller = f->back;
        frame_pop(f);
        f = caller;
        LOAD_FRAME();
        goto error;
    }
}
