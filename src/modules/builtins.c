/* The builtins module: its functions (print, len, isinstance, min, ...),
 * the builtin types and exception classes bound under their names, and
 * __build_class__, which runs a class body and calls the metaclass. Also
 * the start-up of the VM's own types and the hooks the object model
 * leaves to the VM (zero-argument super(), __classcell__). More builtins
 * (sorted, min/max, sum, ...) are in builtins_iter.c. */
#include <stdio.h>
#include <string.h>
#include "builtins.h"
#include "builtins_internal.h"
#include "modules.h"
#include "sysmodule.h"
#include "../gc/gc.h"
#include "../objects/complex.h"
#include "../objects/bytearray.h"
#include "../objects/memoryview.h"
#include "../objects/cfunction.h"
#include "../objects/descr.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/function.h"
#include "../objects/generator.h"
#include "../objects/int.h"
#include "../objects/iterators.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/names.h"
#include "../objects/range.h"
#include "../objects/set.h"
#include "../objects/slice.h"
#include "../objects/str.h"
#include "../objects/super.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/float.h"
#include "../vm/code.h"
#include "../vm/eval.h"
#include "../vm/eval_ops.h"
#include "../vm/exc.h"
#include "../vm/frame.h"

value builtins_module;

/* -- Argument helpers ---------------------------------------------------------- */

/* The value of keyword `name` in a vectorcall, or V_NULL. */
value bi_kwarg(int argc, const value *argv, value kwnames, const char *name)
{
    if (!kwnames)
        return V_NULL;
    for (size_t i = 0; i < tuple_len(kwnames); i++)
        if (str_eq_cstr(tuple_get(kwnames, i), name))
            return argv[argc + (int)i];
    return V_NULL;
}

/* Rejects keywords other than those in `allowed` (NULL-terminated). */
int bi_check_kwargs(const char *fname, value kwnames, const char *const *allowed)
{
    if (!kwnames)
        return 0;
    for (size_t i = 0; i < tuple_len(kwnames); i++) {
        value k = tuple_get(kwnames, i);
        bool ok = false;
        for (const char *const *a = allowed; a && *a; a++)
            ok |= str_eq_cstr(k, *a);
        if (!ok) {
            exc_raise(&exc_TypeError, "%s() got an unexpected keyword argument '%S'", fname, k);
            return -1;
        }
    }
    return 0;
}

int bi_check_argc(const char *fname, int argc, int min, int max)
{
    if (argc >= min && argc <= max)
        return 0;
    if (min == max)
        exc_raise(&exc_TypeError, "%s expected %d argument%s, got %d", fname, min,
                  min == 1 ? "" : "s", argc);
    else if (argc < min)
        exc_raise(&exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                  min == 1 ? "" : "s", argc);
    else
        exc_raise(&exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
                  max == 1 ? "" : "s", argc);
    return -1;
}

/* -- print ------------------------------------------------------------------- */

static int write_str_or(value s, const char *dflt, FILE *out)
{
    if (s && s != V_NONE) {
        if (!v_is_str(s)) {
            exc_raise(&exc_TypeError, "sep must be None or a string, not %s", v_type_name(s));
            return -1;
        }
        fwrite(str_data(s), 1, str_size(s), out);
    } else {
        fputs(dflt, out);
    }
    return 0;
}

static value bi_print(value self, int argc, const value *argv, value kwnames)
{
    static const char *const kws[] = { "sep", "end", "file", "flush", NULL };
    if (bi_check_kwargs("print", kwnames, kws) < 0)
        return V_NULL;
    value sep = bi_kwarg(argc, argv, kwnames, "sep");
    value end = bi_kwarg(argc, argv, kwnames, "end");
    value file = bi_kwarg(argc, argv, kwnames, "file");
    value flush = bi_kwarg(argc, argv, kwnames, "flush");
    if (sep && sep != V_NONE && !v_is_str(sep))
        return exc_raise(&exc_TypeError, "sep must be None or a string, not %s", v_type_name(sep));
    if (end && end != V_NONE && !v_is_str(end))
        return exc_raise(&exc_TypeError, "end must be None or a string, not %s", v_type_name(end));
    /* sys.stdout unless file= is given; Taipan's own streams are written
     * in C, any other object through its write() */
    FILE *out = NULL;
    value stream = V_NULL;
    if (!file || file == V_NONE) {
        file = sys_stdout_for_print(&out);
        if (!file)
            return V_NULL;
        if (file == V_NONE && !out)
            return V_NONE;   /* sys.stdout is None */
    } else {
        out = sysstream_file(file);
    }
    if (out) {
        stream = file == V_NONE ? V_NULL : file;
        file = V_NULL;
    }
    if (file) {
        value w = obj_getattr_cstr(file, "write");
        if (!w)
            return V_NULL;
        /* a Python file-like object: write each piece through it */
        for (int i = 0; i < argc; i++) {
            value s = obj_str(argv[i]);
            if (!s || (i > 0 && !obj_call1(w, sep && sep != V_NONE ? sep : str_from_cstr(" "))) ||
                !obj_call1(w, s))
                return V_NULL;
        }
        if (!obj_call1(w, end && end != V_NONE ? end : str_from_cstr("\n")))
            return V_NULL;
        int t = flush ? obj_truthy(flush) : 0;
        if (t < 0 || (t && !obj_call_method(file, "flush", 0, NULL)))
            return V_NULL;
        return V_NONE;
    }
    for (int i = 0; i < argc; i++) {
        value s = obj_str(argv[i]);
        if (!s)
            return V_NULL;
        if (i > 0 && write_str_or(sep, " ", out) < 0)
            return V_NULL;
        if (stream) {
            if (sysstream_write(stream, s) < 0)
                return V_NULL;
        } else {
            fwrite(str_data(s), 1, str_size(s), out);
        }
    }
    if (write_str_or(end, "\n", out) < 0)
        return V_NULL;
    if (flush) {
        int t = obj_truthy(flush);
        if (t < 0)
            return V_NULL;
        if (t)
            fflush(out);
    }
    return V_NONE;
}

/* -- Simple functions ------------------------------------------------------------ */

static value bi_repr(value self, int argc, const value *argv, value kw) { return obj_repr(argv[0]); }

value eval_ascii(value v)
{
    value r = obj_repr(v);
    if (!r || (v_obj(r)->flags & STR_ASCII))
        return r;
    str_builder b;
    sb_str_init(&b);
    const unsigned char *s = (const unsigned char *)str_data(r), *e = s + str_size(r);
    while (s < e) {
        if (*s < 0x80) {
            sb_str_add(&b, (const char *)s++, 1);
            continue;
        }
        unsigned c;
        int n = *s >= 0xf0 ? 4 : *s >= 0xe0 ? 3 : 2;
        c = *s & (0xff >> (n + 1));
        for (int i = 1; i < n; i++)
            c = c << 6 | (s[i] & 0x3f);
        s += n;
        char buf[16];
        int len = c <= 0xff ? snprintf(buf, sizeof buf, "\\x%02x", c)
                  : c <= 0xffff ? snprintf(buf, sizeof buf, "\\u%04x", c)
                                : snprintf(buf, sizeof buf, "\\U%08x", c);
        sb_str_add(&b, buf, (size_t)len);
    }
    return sb_str_finish(&b);
}

static value bi_ascii(value self, int argc, const value *argv, value kw) { return eval_ascii(argv[0]); }

value eval_format(value v, value spec)
{
    int found = 0;
    value r = call_special(v, N(__format__), 1, &spec, &found);
    if (!r && !found && !exc_occurred())
        return exc_raise(&exc_TypeError, "Type %s doesn't define __format__", v_type_name(v));
    if (r && !v_is_str(r))
        return exc_raise(&exc_TypeError, "__format__ must return a str, not %s", v_type_name(r));
    return r;
}

static value bi_format(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("format", argc, 1, 2) < 0)
        return V_NULL;
    value spec = argc > 1 ? argv[1] : str_from_cstr("");
    if (!spec)
        return V_NULL;
    if (!v_is_str(spec))
        return exc_raise(&exc_TypeError, "format() argument 2 must be str, not %s", v_type_name(spec));
    return eval_format(argv[0], spec);
}

static value bi_len(value self, int argc, const value *argv, value kw)
{
    int64_t n = obj_len(argv[0]);
    return n < 0 ? V_NULL : int_from_i64(n);
}

static value bi_isinstance(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("isinstance", argc, 2, 2) < 0)
        return V_NULL;
    int r = obj_isinstance(argv[0], argv[1]);
    return r < 0 ? V_NULL : v_bool(r);
}

static value bi_issubclass(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("issubclass", argc, 2, 2) < 0)
        return V_NULL;
    int r = obj_issubclass(argv[0], argv[1]);
    return r < 0 ? V_NULL : v_bool(r);
}

static value bi_id(value self, int argc, const value *argv, value kw)
{
    return int_from_u64((uint64_t)argv[0]);
}

static value bi_hash(value self, int argc, const value *argv, value kw)
{
    int64_t h;
    if (obj_hash(argv[0], &h) < 0)
        return V_NULL;
    return int_from_i64(h);
}

static value bi_iter(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("iter", argc, 1, 2) < 0)
        return V_NULL;
    if (argc == 2) {
        if (!v_type(argv[0])->call)
            return exc_raise(&exc_TypeError, "iter(v, w): v must be callable");
        return callable_iter_new(argv[0], argv[1]);
    }
    return obj_iter(argv[0]);
}

static value bi_next(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("next", argc, 1, 2) < 0)
        return V_NULL;
    if (!v_type(argv[0])->iternext)
        return exc_raise(&exc_TypeError, "'%s' object is not an iterator", v_type_name(argv[0]));
    /* a generator's `return x` is StopIteration(x) for next() */
    value r = v_is_generator(argv[0]) ? gen_send(argv[0], V_NONE) : obj_next(argv[0]);
    if (r)
        return r;
    if (exc_occurred()) {
        if (argc < 2 || !exc_matches(&exc_StopIteration))
            return V_NULL;
        exc_clear();
        return argv[1];
    }
    if (argc == 2)
        return argv[1];
    return exc_raise_value(v_from_obj(&exc_StopIteration));
}

static value attr_name(value v, const char *fname)
{
    if (!v_isinstance(v, &str_type))
        return exc_raise(&exc_TypeError, "attribute name must be string, not '%s'", v_type_name(v));
    return v;
}

static value bi_getattr(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("getattr", argc, 2, 3) < 0 || !attr_name(argv[1], "getattr"))
        return V_NULL;
    value r = obj_getattr(argv[0], argv[1]);
    if (!r && argc == 3 && exc_matches(&exc_AttributeError)) {
        exc_clear();
        return argv[2];
    }
    return r;
}

static value bi_setattr(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("setattr", argc, 3, 3) < 0 || !attr_name(argv[1], "setattr"))
        return V_NULL;
    return obj_setattr(argv[0], argv[1], argv[2]) < 0 ? V_NULL : V_NONE;
}

static value bi_delattr(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("delattr", argc, 2, 2) < 0 || !attr_name(argv[1], "delattr"))
        return V_NULL;
    return obj_setattr(argv[0], argv[1], V_NULL) < 0 ? V_NULL : V_NONE;
}

static value bi_hasattr(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("hasattr", argc, 2, 2) < 0 || !attr_name(argv[1], "hasattr"))
        return V_NULL;
    value r = obj_getattr(argv[0], argv[1]);
    if (r)
        return V_TRUE;
    if (exc_matches(&exc_AttributeError)) {
        exc_clear();
        return V_FALSE;
    }
    return V_NULL;
}

static value bi_callable(value self, int argc, const value *argv, value kw)
{
    return v_bool(v_type(argv[0])->call != NULL);
}

static value bi_abs(value self, int argc, const value *argv, value kw)
{
    value a = argv[0];
    if (v_is_int(a) && v_int(a) != V_SMALL_MIN)
        return v_small(v_int(a) < 0 ? -v_int(a) : v_int(a));
    unary_fn f = v_type(a)->nb_abs;
    if (!f)
        return exc_raise(&exc_TypeError, "bad operand type for abs(): '%s'", v_type_name(a));
    return f(a);
}

/* self.name(other), or NotImplemented when the type has no such method. */
static value try_divmod(value self, const char *name, value other)
{
    value n = str_intern_cstr(name);
    if (!n)
        return V_NULL;
    int found = 0;
    value r = call_special(self, n, 1, &other, &found);
    return found ? r : V_NOTIMPL;
}

/* divmod(a, b) as a binary operator: a.__divmod__(b), then
 * b.__rdivmod__(a) when the types differ -- first when b's type is a
 * subclass of a's that overrides __rdivmod__. */
static value bi_divmod(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("divmod", argc, 2, 2) < 0)
        return V_NULL;
    value a = argv[0], b = argv[1];
    type_object *ta = v_type(a), *tb = v_type(b);
    bool reflect = ta != tb;
    value rname = str_intern_cstr("__rdivmod__");
    if (!rname)
        return V_NULL;
    value r;
    if (reflect && type_is_subtype(tb, ta) && type_lookup(tb, rname) != type_lookup(ta, rname)) {
        if ((r = try_divmod(b, "__rdivmod__", a)) != V_NOTIMPL)
            return r;
        reflect = false;
    }
    if ((r = try_divmod(a, "__divmod__", b)) != V_NOTIMPL)
        return r;
    if (reflect && (r = try_divmod(b, "__rdivmod__", a)) != V_NOTIMPL)
        return r;
    return exc_raise(&exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     v_type_name(argv[0]), v_type_name(argv[1]));
}

static value bi_pow(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "base", "exp", "mod" };
    value a[3];
    if (num_parse_args("pow", argc, argv, kwnames, names, 3, 3, 2, a) < 0)
        return V_NULL;
    return obj_pow(a[0], a[1], a[2] ? a[2] : V_NONE);
}

static value bi_round(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "number", "ndigits" };
    value a[2];
    if (num_parse_args("round", argc, argv, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    int found = 0;
    /* ndigits=None is the same as no ndigits */
    int n = a[1] && a[1] != V_NONE ? 1 : 0;
    value r = call_special(a[0], str_intern_cstr("__round__"), n, a + 1, &found);
    if (!r && !found && !exc_occurred())
        return exc_raise(&exc_TypeError, "type %s doesn't define __round__ method",
                         v_type_name(a[0]));
    return r;
}

static value bi_chr(value self, int argc, const value *argv, value kw)
{
    int64_t c;
    value i = obj_index(argv[0]);
    if (!i || int_as_i64(i, &c) < 0)
        return V_NULL;
    if (c < INT32_MIN || c > INT32_MAX)   /* CPython reads a C int first */
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10ffff)
        return exc_raise(&exc_ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    int n;
    if (c < 0x80) { buf[0] = (char)c; n = 1; }
    else if (c < 0x800) { buf[0] = (char)(0xc0 | c >> 6); buf[1] = (char)(0x80 | (c & 0x3f)); n = 2; }
    else if (c < 0x10000) { buf[0] = (char)(0xe0 | c >> 12); buf[1] = (char)(0x80 | ((c >> 6) & 0x3f)); buf[2] = (char)(0x80 | (c & 0x3f)); n = 3; }
    else { buf[0] = (char)(0xf0 | c >> 18); buf[1] = (char)(0x80 | ((c >> 12) & 0x3f)); buf[2] = (char)(0x80 | ((c >> 6) & 0x3f)); buf[3] = (char)(0x80 | (c & 0x3f)); n = 4; }
    return str_from_utf8(buf, (size_t)n);
}

static value bi_ord(value self, int argc, const value *argv, value kw)
{
    value s = argv[0];
    if (!v_is_str(s))
        return exc_raise(&exc_TypeError, "ord() expected string of length 1, but %s found", v_type_name(s));
    if (str_len(s) != 1)
        return exc_raise(&exc_TypeError, "ord() expected a character, but string of length %zd found",
                         (ssize_t)str_len(s));
    const unsigned char *p = (const unsigned char *)str_data(s);
    unsigned c = p[0];
    int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (n > 1)
        c &= 0xff >> (n + 1);
    for (int i = 1; i < n; i++)
        c = c << 6 | (p[i] & 0x3f);
    return v_small(c);
}

static value int_text(value v, const char *spec)
{
    value i = obj_index(v);
    if (!i)
        return V_NULL;
    value s = str_from_cstr(spec);
    return s ? eval_format(i, s) : V_NULL;
}
static value bi_hex(value self, int argc, const value *argv, value kw) { return int_text(argv[0], "#x"); }
static value bi_oct(value self, int argc, const value *argv, value kw) { return int_text(argv[0], "#o"); }
static value bi_bin(value self, int argc, const value *argv, value kw) { return int_text(argv[0], "#b"); }

static value bi_globals(value self, int argc, const value *argv, value kw)
{
    frame *f = ts()->frame;
    return f ? f->globals : V_NONE;
}

static value bi_locals(value self, int argc, const value *argv, value kw)
{
    frame *f = ts()->frame;
    if (!f)
        return V_NONE;
    if (f->locals)
        return f->locals;
    value fo = frame_get_object(f);
    return fo ? obj_getattr_cstr(fo, "f_locals") : V_NULL;
}

static value bi_vars(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("vars", argc, 0, 1) < 0)
        return V_NULL;
    if (argc == 0)
        return bi_locals(self, 0, argv, kw);
    value d = obj_getattr(argv[0], N(__dict__));
    if (!d && exc_matches(&exc_AttributeError)) {
        exc_clear();
        return exc_raise(&exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static value bi_dir(value self, int argc, const value *argv, value kw)
{
    if (bi_check_argc("dir", argc, 0, 1) < 0)
        return V_NULL;
    value l;
    if (argc == 0) {
        value loc = bi_locals(self, 0, argv, kw);
        if (!loc)
            return V_NULL;
        l = list_new(0);
        if (!l || list_extend(l, loc) < 0)
            return V_NULL;
    } else {
        int found = 0;
        value r = call_special(argv[0], str_intern_cstr("__dir__"), 0, NULL, &found);
        if (!r) {
            if (!found && !exc_occurred())
                return exc_raise(&exc_TypeError, "object does not provide __dir__");
            return V_NULL;
        }
        l = list_new(0);
        if (!l || list_extend(l, r) < 0)
            return V_NULL;
    }
    if (list_sort(l, V_NULL, 0) < 0)
        return V_NULL;
    return l;
}

/* -- __build_class__ ----------------------------------------------------------- */

/* PEP 560: a base that is not a class may stand for others through its
 * __mro_entries__(bases) (list[int] stands for list). Returns `bases`
 * itself when nothing changed. */
static value resolve_bases(value bases)
{
    value out = V_NULL;
    size_t n = tuple_len(bases);
    for (size_t i = 0; i < n; i++) {
        value b = tuple_get(bases, i);
        value m = v_is_type(b) ? V_NULL : obj_getattr_cstr(b, "__mro_entries__");
        if (!m) {
            if (exc_occurred() && !exc_matches(&exc_AttributeError))
                return V_NULL;
            exc_clear();
            if (out && list_append(out, b) < 0)
                return V_NULL;
            continue;
        }
        value r = obj_call1(m, bases);
        if (!r)
            return V_NULL;
        if (!v_is_tuple(r))
            return exc_raise(&exc_TypeError, "__mro_entries__ must return a tuple");
        if (!out) {
            out = list_new(0);
            for (size_t j = 0; out && j < i; j++)
                if (list_append(out, tuple_get(bases, j)) < 0)
                    return V_NULL;
            if (!out)
                return V_NULL;
        }
        if (list_extend(out, r) < 0)
            return V_NULL;
    }
    return out ? list_as_tuple(out) : bases;
}

static value bi_build_class(value self, int argc, const value *argv, value kwnames)
{
    if (argc < 2)
        return exc_raise(&exc_TypeError, "__build_class__: not enough arguments");
    value func = argv[0], name = argv[1];
    if (!v_is_function(func))
        return exc_raise(&exc_TypeError, "__build_class__: func must be a function");
    if (!v_is_str(name))
        return exc_raise(&exc_TypeError, "__build_class__: name is not a string");
    value orig_bases = tuple_from_array(argv + 2, (size_t)(argc - 2));
    value bases = orig_bases ? resolve_bases(orig_bases) : V_NULL;
    if (!bases)
        return V_NULL;
    /* keywords other than metaclass go to __prepare__ and the metaclass */
    value meta = V_NULL;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    value kwn[nkw + 1], kwv[nkw + 1];
    size_t nk = 0;
    for (size_t i = 0; i < nkw; i++) {
        if (str_eq_cstr(tuple_get(kwnames, i), "metaclass")) {
            meta = argv[argc + (int)i];
        } else {
            kwn[nk] = tuple_get(kwnames, i);
            kwv[nk++] = argv[argc + (int)i];
        }
    }
    value rest_names = nk ? tuple_from_array(kwn, nk) : V_NULL;
    if (nk && !rest_names)
        return V_NULL;
    bool is_class = false;
    if (!meta)
        meta = tuple_len(bases) ? v_from_obj(v_type(tuple_get(bases, 0))) : v_from_obj(&type_type);
    is_class = v_is_type(meta);
    if (is_class) {
        type_object *m = type_calculate_meta(v_as_type(meta), bases);
        if (!m)
            return V_NULL;
        meta = v_from_obj(m);
    }
    value ns;
    value prep = obj_getattr(meta, N(__prepare__));
    if (!prep) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
        ns = dict_new();
    } else {
        value pargs[2 + nkw];
        pargs[0] = name;
        pargs[1] = bases;
        memcpy(pargs + 2, kwv, nk * sizeof(value));
        ns = obj_call(prep, 2, pargs, rest_names);
    }
    if (!ns)
        return V_NULL;
    if (!v_is_dict(ns) && !v_type(ns)->getitem)
        return exc_raise(&exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                         is_class ? v_as_type(meta)->name : "<metaclass>", v_type_name(ns));
    value cell = eval_class_body(func, ns);
    if (!cell)
        return V_NULL;
    if (bases != orig_bases && obj_setitem(ns, str_intern_cstr("__orig_bases__"), orig_bases) < 0)
        return V_NULL;
    value margs[3 + nkw];
    margs[0] = name;
    margs[1] = bases;
    margs[2] = ns;
    memcpy(margs + 3, kwv, nk * sizeof(value));
    value cls = obj_call(meta, 3, margs, rest_names);
    if (!cls)
        return V_NULL;
    if (v_is_cell(cell) && v_is_type(cls) && v_cell(cell)->ref != cls) {
        if (!v_cell(cell)->ref)
            return exc_raise(&exc_RuntimeError,
                             "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                             name, cls);
        return exc_raise(&exc_TypeError, "__class__ set to %R defining %R as %R", v_cell(cell)->ref,
                         name, cls);
    }
    return cls;
}

static int set_classcell(value cell, value cls)
{
    if (!v_is_cell(cell)) {
        exc_raise(&exc_TypeError, "__classcell__ must be a nonlocal cell, not %R", v_from_obj(v_type(cell)));
        return -1;
    }
    v_cell(cell)->ref = cls;
    return 0;
}

/* super() with no arguments: the calling function's first argument and
 * its __class__ cell. */
static int super_zero_args(value *type, value *obj)
{
    frame *f = ts()->frame;
    if (!f || !f->func) {
        exc_raise(&exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    code_object *co = v_code(f->code);
    if (co->argcount == 0) {
        exc_raise(&exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    if (!f->localsplus[0]) {
        exc_raise(&exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    value first = f->localsplus[0];
    if ((co->localspluskinds[0] & CO_FAST_CELL) && v_is_cell(first))
        first = v_cell(first)->ref;
    if (!first) {
        exc_raise(&exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        if (!str_eq_cstr(tuple_get(co->localsplusnames, (size_t)i), "__class__"))
            continue;
        value cell = f->localsplus[i];
        value cls = cell && v_is_cell(cell) ? v_cell(cell)->ref : V_NULL;
        if (!cls) {
            exc_raise(&exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!v_is_type(cls)) {
            exc_raise(&exc_RuntimeError, "super(): __class__ is not a type (%s)", v_type_name(cls));
            return -1;
        }
        *type = cls;
        *obj = first;
        return 0;
    }
    exc_raise(&exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

/* -- The module ------------------------------------------------------------------ */

static const method_def builtin_functions[] = {
    { "__build_class__", bi_build_class, METH_KEYWORDS, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper behind the class statement." },
    { "print", bi_print, METH_KEYWORDS, "Print the values to a stream (sys.stdout by default), separated by sep and followed by end." },
    { "repr", bi_repr, METH_O, "Return the canonical string representation of the object." },
    { "ascii", bi_ascii, METH_O, "Return repr(obj) with its non-ASCII characters escaped." },
    { "format", bi_format, METH_FAST, "Return value.__format__(format_spec)." },
    { "len", bi_len, METH_O, "Return how many items a container holds." },
    { "isinstance", bi_isinstance, METH_FAST, "Return whether an object is an instance of a class, or of a subclass thereof." },
    { "issubclass", bi_issubclass, METH_FAST, "Return whether 'cls' is derived from another class or is the same class." },
    { "id", bi_id, METH_O, "Return the identity of an object, unique among simultaneously existing objects." },
    { "hash", bi_hash, METH_O, "Return the hash value of the given object." },
    { "iter", bi_iter, METH_FAST, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object." },
    { "next", bi_next, METH_FAST, "next(iterator[, default])\n\nReturn the next item from the iterator; when it is exhausted, return default if given, else raise StopIteration." },
    { "getattr", bi_getattr, METH_FAST, "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is x.y." },
    { "setattr", bi_setattr, METH_FAST, "Set the named attribute on the given object to the given value; setattr(x, 'y', v) is x.y = v." },
    { "delattr", bi_delattr, METH_FAST, "Delete the named attribute from the given object; delattr(x, 'y') is del x.y." },
    { "hasattr", bi_hasattr, METH_FAST, "Return whether the object has an attribute with the given name." },
    { "callable", bi_callable, METH_O, "Return whether the object is callable (its class has a __call__ method)." },
    { "abs", bi_abs, METH_O, "Return the absolute value of the argument." },
    { "divmod", bi_divmod, METH_FAST, "Return the tuple (x//y, x%y)." },
    { "pow", bi_pow, METH_KEYWORDS, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments." },
    { "round", bi_round, METH_KEYWORDS, "Round a number to a given precision in decimal digits." },
    { "chr", bi_chr, METH_O, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff." },
    { "ord", bi_ord, METH_O, "Return the Unicode code point for a one-character string." },
    { "hex", bi_hex, METH_O, "Return the hexadecimal representation of an integer." },
    { "oct", bi_oct, METH_O, "Return the octal representation of an integer." },
    { "bin", bi_bin, METH_O, "Return the binary representation of an integer." },
    { "globals", bi_globals, METH_NOARGS, "Return the dictionary holding the current global variables." },
    { "locals", bi_locals, METH_NOARGS, "Return a dictionary holding the current scope's local variables." },
    { "vars", bi_vars, METH_FAST, "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals(). With an argument, equivalent to object.__dict__." },
    { "dir", bi_dir, METH_FAST, "dir([object]) -> list of strings\n\nReturn an alphabetized list of names in the current scope, or of the attributes of the object." },
    { NULL, NULL, 0, NULL },
};

static int add_functions(value d, const method_def *defs, value modname)
{
    for (const method_def *m = defs; m->name; m++) {
        value f = cfunc_new(m, V_NULL, modname);
        if (!f || dict_set_cstr(d, m->name, f) < 0)
            return -1;
    }
    return 0;
}

static int add_type(value d, const char *name, type_object *t)
{
    return dict_set_cstr(d, name, v_from_obj(t));
}

static type_object *const vm_types[] = {
    &function_type, &method_type, &cell_type, &module_type, &generator_type,
    &coroutine_type, &async_generator_type, &frame_type, &coro_wrapper_type,
    &async_gen_wrapped_type, &async_gen_asend_type, &async_gen_athrow_type, &code_type,
};

/* Idempotent: runtime.c and main.c may both call it. */
int builtins_init(void)
{
    if (builtins_module)
        return 0;
    for (size_t i = 0; i < sizeof vm_types / sizeof vm_types[0]; i++)
        if (!(vm_types[i]->flags & TYPE_READY) && type_ready(vm_types[i]) < 0)
            return -1;
    type_set_classcell_hook = set_classcell;
    super_zero_args_hook = super_zero_args;
    frame_stack_init();
    builtins_module = module_new("builtins");
    if (!builtins_module)
        return -1;
    gc_root(&builtins_module);
    value d = module_dict(builtins_module);
    eval_builtins = d;
    gc_root(&eval_builtins);
    value modname = str_from_cstr("builtins");
    if (!modname || add_functions(d, builtin_functions, modname) < 0 ||
        add_functions(d, builtins_iter_functions, modname) < 0 ||
        add_functions(d, builtins_exec_functions, modname) < 0 ||
        add_functions(d, builtins_misc_functions, modname) < 0 || builtins_misc_init(d) < 0)
        return -1;
    struct { const char *name; type_object *t; } types[] = {
        { "object", &object_type }, { "type", &type_type }, { "int", &int_type },
        { "float", &float_type }, { "bool", &bool_type }, { "str", &str_type },
        { "bytes", &bytes_type }, { "tuple", &tuple_type }, { "list", &list_type },
        { "dict", &dict_type }, { "set", &set_type }, { "frozenset", &frozenset_type },
        { "range", &range_type }, { "slice", &slice_type }, { "enumerate", &enumerate_type },
        { "zip", &zip_type }, { "map", &map_type }, { "filter", &filter_type },
        { "reversed", &reversed_type }, { "super", &super_type }, { "property", &property_type },
        { "classmethod", &classmethod_type }, { "staticmethod", &staticmethod_type },
        { "complex", &complex_type }, { "bytearray", &bytearray_type },
        { "memoryview", &memoryview_type },
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (add_type(d, types[i].name, types[i].t) < 0)
            return -1;
#define EXC_TYPE(name) \
    if (add_type(d, #name, &exc_##name) < 0) \
        return -1;
#include "../objects/exceptions.def"
#undef EXC_TYPE
    /* the old names of OSError, kept as aliases since 3.3 */
    if (add_type(d, "IOError", &exc_OSError) < 0 || add_type(d, "EnvironmentError", &exc_OSError) < 0)
        return -1;
    if (dict_set_cstr(d, "None", V_NONE) < 0 || dict_set_cstr(d, "True", V_TRUE) < 0 ||
        dict_set_cstr(d, "False", V_FALSE) < 0 || dict_set_cstr(d, "Ellipsis", V_ELLIPSIS) < 0 ||
        dict_set_cstr(d, "NotImplemented", V_NOTIMPL) < 0 ||
        dict_set_cstr(d, "__debug__", V_TRUE) < 0)
        return -1;
    /* builtins.open is io.open: the same object, made by the _io module */
    value io = modules_import(str_intern_cstr("_io"));
    value io_open = io ? dict_get_cstr(module_dict(io), "open") : V_NULL;
    if (!io_open || dict_set_cstr(d, "open", io_open) < 0)
        return -1;
    return 0;
}

int builtins_run_main(value code, value module)
{
    value d = module_dict(module);
    if (dict_set_cstr(d, "__builtins__", builtins_module) < 0)
        return -1;
    value r = eval_code(code, d, d);
    return r ? 0 : -1;
}
