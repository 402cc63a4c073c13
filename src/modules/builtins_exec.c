/* The builtins that run code given at run time: compile(), exec() and
 * eval(), with CPython 3.11's argument checks and messages, and the
 * display hook behind the PRINT_EXPR of 'single' code. Source text is
 * turned into code by src/vm/pycompile.c (SyntaxErrors as exceptions);
 * code runs through eval_code_ex (src/vm/eval.c) with a globals dict and
 * any mapping as its locals, as class bodies run.
 *
 * compile() to and from ast objects is the `_ast` module's
 * (astmodule.h). Not done: the flags that only codeop and asyncio's REPL use (top-level
 * await, incomplete input, no implied dedent: accepted, no effect), and
 * the inheritance of the caller's `from __future__` flags (dont_inherit
 * is accepted; Taipan's code objects do not record future flags). The
 * annotations future flag given explicitly does work. */
#include <stdio.h>
#include <string.h>
#include "builtins.h"
#include "builtins_internal.h"
#include "astmodule.h"
#include "sysmodule.h"
#include "../front/parser.h"
#include "../objects/bytearray.h"
#include "../objects/codecs.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/function.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/code.h"
#include "../vm/eval.h"
#include "../vm/exc.h"
#include "../vm/frame.h"
#include "../vm/pycompile.h"

/* CPython's compiler flags (PyCF_*, CO_FUTURE_*) that compile() accepts. */
enum {
    CF_NESTED = 0x10,                   /* obsolete, accepted */
    CF_DONT_IMPLY_DEDENT = 0x200,
    CF_ONLY_AST = 0x400,
    CF_TYPE_COMMENTS = 0x1000,
    CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
    CF_ALLOW_INCOMPLETE_INPUT = 0x4000,
    CF_FUTURE_MASK = 0x1fe0000,         /* division ... annotations */
    CF_FUTURE_ANNOTATIONS = 0x1000000,
    CF_ALLOWED = CF_NESTED | CF_DONT_IMPLY_DEDENT | CF_ONLY_AST | CF_TYPE_COMMENTS |
                 CF_ALLOW_TOP_LEVEL_AWAIT | CF_ALLOW_INCOMPLETE_INPUT | CF_FUTURE_MASK,
};

/* -- Arguments ------------------------------------------------------------------ */

/* A C int from an object with __index__, as CPython's _PyLong_AsInt. */
static int as_c_int(value v, int *out)
{
    value i = obj_index(v);
    int64_t n;
    if (!i || int_as_i64(i, &n) < 0) {
        if (exc_matches(&exc_OverflowError)) {
            exc_clear();
            exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (n < INT32_MIN || n > INT32_MAX) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* The text of a source argument: a str (UTF-8; lone surrogates refused
 * as CPython's UTF-8 encoder refuses them) or any bytes-like object. The
 * pointer stays valid while `src` lives unchanged. */
static int source_text(value src, const char *fname, const char *what, const char **data,
                       size_t *len, int *flags)
{
    if (v_isinstance(src, &str_type)) {
        *data = str_data(src);
        *len = str_size(src);
        if (!(v_obj(src)->flags & STR_ASCII)) {
            /* a lone surrogate is the only thing UTF-8 cannot carry */
            for (size_t i = 0; i + 1 < *len; i++) {
                if ((unsigned char)(*data)[i] == 0xED && (unsigned char)(*data)[i + 1] >= 0xA0) {
                    value r = codec_encode(src, "utf-8", "strict");
                    if (r)
                        exc_raise(&exc_SystemError, "a lone surrogate was not refused");
                    return -1;
                }
            }
        }
        *flags |= PYCOMPILE_STR;
        return 0;
    }
    if (buffer_get(src, data, len))
        return 0;
    exc_raise(&exc_TypeError, "%s() arg 1 must be a %s object", fname, what);
    return -1;
}

/* compile()'s filename: a str, bytes (a file system name), or an
 * os.PathLike; the str form is returned. */
static value filename_arg(value v)
{
    if (v_isinstance(v, &str_type))
        return v;
    const char *data;
    size_t n;
    if (v_isinstance(v, &bytes_type) || v_isinstance(v, &bytearray_type)) {
        if (!buffer_get(v, &data, &n))
            return V_NULL;
        return codec_decode(v, data, n, "utf-8", "surrogateescape");
    }
    value fspath = type_lookup(v_type(v), str_intern_cstr("__fspath__"));
    if (!fspath)
        return exc_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                         v_type_name(v));
    value r = obj_call_method(v, "__fspath__", 0, NULL);
    if (!r)
        return V_NULL;
    if (v_isinstance(r, &str_type) || v_isinstance(r, &bytes_type))
        return filename_arg(r);
    return exc_raise(&exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                     v_type_name(v), v_type_name(r));
}

/* A C string argument without embedded NULs. */
static const char *cstr_arg(value v)
{
    if (strlen(str_data(v)) != str_size(v)) {
        exc_raise(&exc_ValueError, "embedded null character");
        return NULL;
    }
    return str_data(v);
}

/* The optimisation level -1 stands for: the interpreter's (-O, -OO). */
static int compile_flags_for(int optimize)
{
    if (optimize < 0)
        optimize = sys_config.optimize;
    return optimize >= 2 ? PYCOMPILE_OPTIMIZE | PYCOMPILE_NO_DOCSTRINGS
           : optimize == 1 ? PYCOMPILE_OPTIMIZE : 0;
}

/* -- compile ---------------------------------------------------------------------- */

static value bi_compile(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", "_feature_version" };
    value a[7];
    if (num_parse_args("compile", argc, argv, kwnames, names, 7, 6, 3, a) < 0)
        return V_NULL;
    /* converted in the argument clinic's order */
    value filename = filename_arg(a[1]);
    if (!filename)
        return V_NULL;
    if (!v_isinstance(a[2], &str_type))
        return exc_raise(&exc_TypeError, "compile() argument 'mode' must be str, not %s",
                         v_type_name(a[2]));
    const char *mode = cstr_arg(a[2]);
    int flags = 0, dont_inherit = 0, optimize = -1, feature_version = -1;
    if (!mode || (a[3] && as_c_int(a[3], &flags) < 0) ||
        (a[4] && as_c_int(a[4], &dont_inherit) < 0) || (a[5] && as_c_int(a[5], &optimize) < 0) ||
        (a[6] && as_c_int(a[6], &feature_version) < 0))
        return V_NULL;
    if (flags & ~CF_ALLOWED)
        return exc_raise(&exc_ValueError, "compile(): unrecognised flags");
    if (optimize < -1 || optimize > 2)
        return exc_raise(&exc_ValueError, "compile(): invalid optimize value");
    int pmode;
    if (!strcmp(mode, "exec")) {
        pmode = PARSE_FILE;
    } else if (!strcmp(mode, "eval")) {
        pmode = PARSE_EVAL;
    } else if (!strcmp(mode, "single")) {
        pmode = PARSE_SINGLE;
    } else if (!strcmp(mode, "func_type")) {
        if (!(flags & CF_ONLY_AST))
            return exc_raise(&exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        pmode = PARSE_FUNC_TYPE;
    } else {
        return exc_raise(&exc_ValueError, flags & CF_ONLY_AST
                             ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                             : "compile() mode must be 'exec', 'eval' or 'single'");
    }
    const char *src;
    size_t len;
    int pflags = compile_flags_for(optimize);
    if (flags & CF_FUTURE_ANNOTATIONS)
        pflags |= PYCOMPILE_FUTURE_ANNOTATIONS;
    if (astmod_is_ast(a[0]))   /* an ast tree: given back as is, or compiled */
        return flags & CF_ONLY_AST ? a[0] : astmod_compile(a[0], str_data(filename), pmode, pflags);
    if (source_text(a[0], "compile", "string, bytes or AST", &src, &len, &pflags) < 0)
        return V_NULL;
    if (flags & CF_ONLY_AST)
        return astmod_parse(src, len, str_data(filename), pmode, pflags, flags);
    return pycompile_source(src, len, str_data(filename), pmode, pflags);
}

/* -- exec and eval ------------------------------------------------------------------ */

/* What the calling Python code sees as globals() and locals(); V_NULL
 * for both when no Python frame is running. */
static int caller_namespaces(value *globals, value *locals)
{
    frame *f = ts()->frame;
    *globals = f ? f->globals : V_NULL;
    if (!locals)
        return 0;
    if (!f) {
        *locals = V_NULL;
        return 0;
    }
    if (f->locals) {
        *locals = f->locals;
        return 0;
    }
    /* a function's frame: its f_locals snapshot (writes do not reach the
     * fast locals, as in CPython) */
    value fo = frame_get_object(f);
    *locals = fo ? obj_getattr_cstr(fo, "f_locals") : V_NULL;
    return *locals ? 0 : -1;
}

/* PyMapping_Check: anything subscriptable (lists too, as in CPython). */
static bool is_mapping(value v) { return v_type(v)->getitem != NULL; }

/* globals['__builtins__'] = the running code's builtins when missing. */
static int ensure_builtins(value globals)
{
    value key = str_intern_cstr("__builtins__");
    if (!key)
        return -1;
    value b = dict_get(globals, key);
    if (b || exc_occurred())
        return b ? 0 : -1;
    frame *f = ts()->frame;
    return dict_set(globals, key, f && f->builtins ? f->builtins : eval_builtins);
}

static value code_or_source(value src, const char *fname, int mode, bool strip)
{
    const char *data;
    size_t len;
    int flags = compile_flags_for(-1);
    if (source_text(src, fname, "string, bytes or code", &data, &len, &flags) < 0)
        return V_NULL;
    /* eval() ignores leading blanks; exec() does not (an indent is an error) */
    while (strip && len && (*data == ' ' || *data == '\t')) {
        data++;
        len--;
    }
    return pycompile_source(data, len, "<string>", mode, flags);
}

/* exec(source, globals=None, locals=None, /, *, closure=None) */
static value bi_exec(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "", "", "", "closure" };
    int nkw = kwnames ? (int)tuple_len(kwnames) : 0;
    value a[4];
    if (argc < 1 && argc + nkw <= 4)
        return exc_raise(&exc_TypeError, "exec() takes at least 1 positional argument (%d given)", argc);
    if (num_parse_args("exec", argc, argv, kwnames, names, 4, 3, 1, a) < 0)
        return V_NULL;
    value src = a[0], globals = a[1] ? a[1] : V_NONE, locals = a[2] ? a[2] : V_NONE;
    value closure = a[3] == V_NONE ? V_NULL : a[3];
    if (globals == V_NONE) {
        if (caller_namespaces(&globals, locals == V_NONE ? &locals : NULL) < 0)
            return V_NULL;
        if (!globals)
            return exc_raise(&exc_SystemError, "globals and locals cannot be NULL");
    } else if (locals == V_NONE) {
        locals = globals;
    }
    if (!v_isinstance(globals, &dict_type))
        return exc_raise(&exc_TypeError, "exec() globals must be a dict, not %s", v_type_name(globals));
    if (!is_mapping(locals))
        return exc_raise(&exc_TypeError, "locals must be a mapping or None, not %s", v_type_name(locals));
    if (ensure_builtins(globals) < 0)
        return V_NULL;
    value code;
    if (v_is_code(src)) {
        code_object *co = v_code(src);
        if (co->nfreevars == 0 && closure)
            return exc_raise(&exc_TypeError, "cannot use a closure with this code object");
        if (co->nfreevars) {
            bool ok = closure && v_is_tuple(closure) && tuple_len(closure) == (size_t)co->nfreevars;
            for (size_t i = 0; ok && i < tuple_len(closure); i++)
                ok = v_is_cell(tuple_get(closure, i));
            if (!ok)
                return exc_raise(&exc_TypeError, "code object requires a closure of exactly length %d",
                                 co->nfreevars);
        }
        code = src;
    } else {
        if (closure)
            return exc_raise(&exc_TypeError, "closure can only be used when source is a code object");
        code = code_or_source(src, "exec", PARSE_FILE, false);
        if (!code)
            return V_NULL;
    }
    value r = eval_code_ex(code, globals, locals, closure);
    return r ? V_NONE : V_NULL;
}

/* eval(source, globals=None, locals=None, /) */
static value bi_eval(value self, int argc, const value *argv, value kwnames)
{
    if (bi_check_argc("eval", argc, 1, 3) < 0)
        return V_NULL;
    value src = argv[0], globals = argc > 1 ? argv[1] : V_NONE, locals = argc > 2 ? argv[2] : V_NONE;
    if (locals != V_NONE && !is_mapping(locals))
        return exc_raise(&exc_TypeError, "locals must be a mapping");
    if (globals != V_NONE && !v_isinstance(globals, &dict_type))
        return exc_raise(&exc_TypeError, is_mapping(globals)
                                             ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                             : "globals must be a dict");
    if (globals == V_NONE) {
        if (caller_namespaces(&globals, locals == V_NONE ? &locals : NULL) < 0)
            return V_NULL;
    } else if (locals == V_NONE) {
        locals = globals;
    }
    if (!globals || !locals)
        return exc_raise(&exc_TypeError, "eval must be given globals and locals when called without a frame");
    if (ensure_builtins(globals) < 0)
        return V_NULL;
    value code = src;
    if (v_is_code(src)) {
        if (v_code(src)->nfreevars > 0)
            return exc_raise(&exc_TypeError, "code object passed to eval() may not contain free variables");
    } else if (!(code = code_or_source(src, "eval", PARSE_EVAL, true))) {
        return V_NULL;
    }
    return eval_code_ex(code, globals, locals, V_NULL);
}

/* -- The display hook ------------------------------------------------------------------ */

/* Writes s (a str) where print() would: sys.stdout, or the C stdout
 * before sys exists. */
static int write_stdout(value s)
{
    if (!sys_module) {
        fwrite(str_data(s), 1, str_size(s), stdout);
        return 0;
    }
    value out = sys_get("stdout");
    if (!out || out == V_NONE) {
        exc_raise(&exc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    return obj_call_method(out, "write", 1, &s) ? 0 : -1;
}

value builtins_displayhook(value v)
{
    if (v == V_NONE)
        return V_NONE;
    value bd = module_dict(builtins_module);
    /* `_` is None while repr runs, so a repr that shows `_` cannot recurse */
    if (dict_set_cstr(bd, "_", V_NONE) < 0)
        return V_NULL;
    value r = obj_repr(v);
    value nl = r ? str_from_cstr("\n") : V_NULL;
    if (!nl || write_stdout(r) < 0 || write_stdout(nl) < 0)
        return V_NULL;
    return dict_set_cstr(bd, "_", v) < 0 ? V_NULL : V_NONE;
}

value builtins_print_expr(value v)
{
    if (!sys_module)
        return builtins_displayhook(v);
    value hook = sys_get("displayhook");
    if (!hook)
        return exc_raise(&exc_RuntimeError, "lost sys.displayhook");
    return obj_call1(hook, v);
}

const method_def builtins_exec_functions[] = {
    { "compile", bi_compile, METH_KEYWORDS, "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)\n\nCompile source text (str or bytes) into a code object for exec() or eval().\nmode is 'exec' (a module), 'eval' (an expression) or 'single' (one interactive\nstatement); filename appears in tracebacks; flags select __future__ features." },
    { "exec", bi_exec, METH_KEYWORDS, "exec(source, globals=None, locals=None, /, *, closure=None)\n\nRun source (statements as str or bytes, or a code object) with the given\nglobals (a dict) and locals (any mapping), by default the caller's." },
    { "eval", bi_eval, METH_FAST, "eval(source, globals=None, locals=None, /)\n\nEvaluate source (an expression as str or bytes, or a code object) with the\ngiven globals (a dict) and locals (any mapping), by default the caller's." },
    { NULL, NULL, 0, NULL },
};
