/* The builtins that talk to the user or to the event loop: input(),
 * breakpoint() (and the default sys.breakpointhook), aiter() and anext()
 * (with the `anext_awaitable` that anext(it, default) returns), and the
 * objects CPython's site module adds to builtins, written here in C with
 * _sitebuiltins' names and behaviour: exit and quit (Quitter: calling one
 * raises SystemExit), copyright, credits and license (_Printer: the repr
 * is the text, or an invitation to call it when the text is long; the
 * call pages through it), and help (_Helper: help(x) is pydoc.help(x),
 * imported through __import__, so it works once the standard library
 * can be imported and raises the ImportError until then). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "builtins_internal.h"
#include "sysmodule.h"
#include "../gc/gc.h"
#include "../objects/bytes.h"
#include "../objects/codecs.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/generator.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/code.h"
#include "../vm/exc.h"
#include "../vm/frame.h"
#include "../vm/pycompile.h"

/* -- Helpers ------------------------------------------------------------------------- */

/* sys.NAME for input(): RuntimeError "input(): lost sys.NAME" when sys
 * exists without it; V_NULL without an exception when there is no sys. */
static value sys_stream(const char *name, bool *failed)
{
    *failed = false;
    if (!sys_module)
        return V_NULL;
    value s = sys_get(name);
    if (!s || s == V_NONE) {
        exc_raise(&exc_RuntimeError, "input(): lost sys.%s", name);
        *failed = true;
        return V_NULL;
    }
    return s;
}

/* The module `name` (dotted: the submodule itself) through builtins'
 * __import__, as CPython's PyImport_Import does it. */
static value import_by_name(const char *name)
{
    value imp = dict_get_cstr(module_dict(builtins_module), "__import__");
    if (!imp)
        return exc_raise(&exc_ImportError, "__import__ not found");
    value n = str_from_cstr(name);
    value doc = n ? str_from_cstr("__doc__") : V_NULL;
    value fromlist = doc ? tuple_pack(1, doc) : V_NULL;
    if (!fromlist)
        return V_NULL;
    value args[5] = { n, V_NONE, V_NONE, fromlist, v_small(0) };
    return obj_call(imp, 5, args, V_NULL);
}

/* A warning about the running Python code's current line, printed as
 * warnings.showwarning does by default ("FILE:LINE: CATEGORY: MSG"). */
static void warn_here(const char *category, const char *msg)
{
    frame *f = ts()->frame;
    fflush(stdout);
    if (!f) {
        fprintf(stderr, "sys:1: %s: %s\n", category, msg);
        return;
    }
    const char *file = str_data(v_code(f->code)->filename);
    int line = frame_lineno(f);
    fprintf(stderr, "%s:%d: %s: %s\n", file, line, category, msg);
    char *text = pycompile_file_line(file, line);
    const char *s = text;
    while (s && (*s == ' ' || *s == '\t' || *s == '\f'))
        s++;
    size_t n = s ? strlen(s) : 0;
    while (n && strchr(" \t\f\r\n", s[n - 1]))
        n--;
    if (n)
        fprintf(stderr, "  %.*s\n", (int)n, s);
    free(text);
}

/* -- input ------------------------------------------------------------------------------ */

/* A line from the C stdin (before sys exists), without its newline. */
static value read_stdin_line(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return exc_raise(&exc_EOFError, "EOF when reading a line");
    }
    if (n > 0 && line[n - 1] == '\n')
        n--;
    value b = bytes_from(line, (size_t)n);
    value s = b ? codec_decode(b, line, (size_t)n, "utf-8", "strict") : V_NULL;
    free(line);
    return s;
}

/* fin.readline() without its newline; EOFError at the end (PyFile_GetLine). */
static value read_stream_line(value fin)
{
    value r = obj_call_method(fin, "readline", 0, NULL);
    if (!r)
        return V_NULL;
    bool is_str = v_isinstance(r, &str_type);
    if (!is_str && !v_isinstance(r, &bytes_type))
        return exc_raise(&exc_TypeError, "object.readline() returned non-string");
    size_t n = is_str ? str_size(r) : bytes_size(r);
    const char *d = is_str ? str_data(r) : bytes_data(r);
    if (n == 0)
        return exc_raise(&exc_EOFError, "EOF when reading a line");
    if (d[n - 1] != '\n')
        return r;
    return is_str ? str_from_utf8(d, n - 1) : bytes_from(d, n - 1);
}

static value bi_input(value self, int argc, const value *argv, value kwnames)
{
    if (bi_check_argc("input", argc, 0, 1) < 0)
        return V_NULL;
    bool failed;
    value fin = sys_stream("stdin", &failed);
    value fout = failed ? V_NULL : sys_stream("stdout", &failed);
    value ferr = failed ? V_NULL : sys_stream("stderr", &failed);
    if (failed)
        return V_NULL;
    if (ferr && !obj_call_method(ferr, "flush", 0, NULL))
        exc_clear();
    if (argc == 1) {
        value p = obj_str(argv[0]);
        if (!p)
            return V_NULL;
        if (fout) {
            if (!obj_call_method(fout, "write", 1, &p))
                return V_NULL;
        } else {
            fwrite(str_data(p), 1, str_size(p), stdout);
        }
    }
    if (fout) {
        if (!obj_call_method(fout, "flush", 0, NULL))
            exc_clear();
    } else {
        fflush(stdout);
    }
    return fin ? read_stream_line(fin) : read_stdin_line();
}

/* -- breakpoint ------------------------------------------------------------------------ */

value builtins_breakpointhook(value self, int argc, const value *argv, value kwnames)
{
    const char *env = sys_config.ignore_environment ? NULL : getenv("PYTHONBREAKPOINT");
    if (!env || !*env)
        env = "pdb.set_trace";
    else if (!strcmp(env, "0"))
        return V_NONE;   /* breakpoints turned off */
    const char *dot = strrchr(env, '.');
    char *modname = dot ? strndup(env, (size_t)(dot - env)) : strdup("builtins");
    if (!modname)
        return exc_no_memory();
    value mod = import_by_name(modname);
    free(modname);
    value hook = mod ? obj_getattr_cstr(mod, dot ? dot + 1 : env) : V_NULL;
    if (hook)
        return obj_call(hook, argc, argv, kwnames);
    if (!exc_matches(&exc_ImportError) && !exc_matches(&exc_AttributeError))
        return V_NULL;
    exc_clear();
    char msg[512];
    snprintf(msg, sizeof msg, "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", env);
    warn_here("RuntimeWarning", msg);
    return V_NONE;
}

static value bi_breakpoint(value self, int argc, const value *argv, value kwnames)
{
    if (!sys_module)
        return builtins_breakpointhook(self, argc, argv, kwnames);
    value hook = sys_get("breakpointhook");
    if (hook)
        return obj_call(hook, argc, argv, kwnames);
    /* a sys that never had the hook (rather than one whose hook was
     * deleted) gets the default behaviour */
    if (!sys_get("__breakpointhook__"))
        return builtins_breakpointhook(self, argc, argv, kwnames);
    return exc_raise(&exc_RuntimeError, "lost sys.breakpointhook");
}

/* -- aiter, anext -------------------------------------------------------------------- */

static bool has_special(value v, const char *name)
{
    value n = str_intern_cstr(name);
    return n && type_lookup(v_type(v), n);
}

static value bi_aiter(value self, int argc, const value *argv, value kwnames)
{
    value o = argv[0];
    if (!has_special(o, "__aiter__"))
        return exc_raise(&exc_TypeError, "'%s' object is not an async iterable", v_type_name(o));
    value it = obj_call_method(o, "__aiter__", 0, NULL);
    if (it && !has_special(it, "__anext__"))
        return exc_raise(&exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                         v_type_name(it));
    return it;
}

/* What anext(it, default) returns: awaiting it awaits it.__anext__(), and
 * the end of the iteration (StopAsyncIteration) becomes the result
 * `default` (a StopIteration carrying it). */
typedef struct anext_object {
    object hdr;
    value wrapped;     /* the awaitable __anext__() returned */
    value dflt;
} anext_object;

static type_object anext_awaitable_type;

static anext_object *as_anext(value v) { return (anext_object *)v_obj(v); }

/* The iterator that drives the wrapped awaitable one step: a coroutine's
 * __await__() (asked anew at each step, as CPython does), a generator
 * marked as a coroutine itself, or what __await__ gives. */
static value anext_iter(anext_object *o)
{
    value w = o->wrapped;
    if (v_is_coroutine(w))
        return obj_call_method(w, "__await__", 0, NULL);
    if (v_is_generator(w) &&
        (v_code(((gen_object *)v_obj(w))->frame->code)->flags & CO_ITERABLE_COROUTINE))
        return w;
    if (!has_special(w, "__await__"))
        return exc_raise(&exc_TypeError, "object %s can't be used in 'await' expression", v_type_name(w));
    value it = obj_call_method(w, "__await__", 0, NULL);
    if (!it)
        return V_NULL;
    if (v_is_coroutine(it))
        return exc_raise(&exc_TypeError, "__await__() returned a coroutine");
    if (!v_type(it)->iternext)
        return exc_raise(&exc_TypeError, "__await__() returned non-iterator of type '%s'", v_type_name(it));
    return it;
}

/* The end of the wrapped iteration is the default value as a result. */
static value anext_result(anext_object *o, value r)
{
    if (!r && exc_matches(&exc_StopAsyncIteration)) {
        exc_clear();
        value stop = exc_stop_iteration(o->dflt);
        if (stop)
            exc_raise_value(stop);
    }
    return r;
}

static value anext_iternext(value self)
{
    anext_object *o = as_anext(self);
    value it = anext_iter(o);
    if (!it)
        return V_NULL;
    return anext_result(o, v_type(it)->iternext(it));
}

static value anext_proxy(value self, const char *method, int argc, const value *argv)
{
    anext_object *o = as_anext(self);
    value it = anext_iter(o);
    if (!it)
        return V_NULL;
    return anext_result(o, obj_call_method(it, method, argc, argv));
}

static value anext_send(value self, int argc, const value *argv, value kwnames)
{
    return anext_proxy(self, "send", 1, argv);
}

static value anext_throw(value self, int argc, const value *argv, value kwnames)
{
    if (bi_check_argc("throw", argc, 1, 3) < 0)
        return V_NULL;
    return anext_proxy(self, "throw", argc, argv);
}

static value anext_close(value self, int argc, const value *argv, value kwnames)
{
    return anext_proxy(self, "close", 0, NULL);
}

static value anext_self(value self) { return self; }

static value anext_await(value self, int argc, const value *argv, value kwnames) { return self; }

static void anext_trace(object *obj, gc_tracer *t)
{
    anext_object *o = (anext_object *)obj;
    gc_mark_value(t, o->wrapped);
    gc_mark_value(t, o->dflt);
}

static const method_def anext_methods[] = {
    { "send", anext_send, METH_O, "Send a value into the awaitable being driven; the value it yields next is returned." },
    { "throw", anext_throw, METH_FAST, "Raise an exception in the awaitable being driven." },
    { "close", anext_close, METH_NOARGS, "Close the awaitable being driven." },
    { "__await__", anext_await, METH_NOARGS, "The iterator an await drives: the object itself." },
    { NULL, NULL, 0, NULL },
};

static type_object anext_awaitable_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "anext_awaitable",
    .basicsize = sizeof(anext_object),
    .trace = anext_trace,
    .getattr = obj_generic_getattr,
    .iter = anext_self,
    .iternext = anext_iternext,
    .methods = anext_methods,
};

static value bi_anext(value self, int argc, const value *argv, value kwnames)
{
    if (bi_check_argc("anext", argc, 1, 2) < 0)
        return V_NULL;
    value it = argv[0];
    if (!has_special(it, "__anext__"))
        return exc_raise(&exc_TypeError, "'%s' object is not an async iterator", v_type_name(it));
    value aw = obj_call_method(it, "__anext__", 0, NULL);
    if (!aw || argc == 1)
        return aw;
    anext_object *o = (anext_object *)gc_alloc(&anext_awaitable_type, sizeof *o);
    if (!o)
        return V_NULL;
    o->wrapped = aw;
    o->dflt = argv[1];
    return v_from_obj(&o->hdr);
}

/* -- exit and quit (_sitebuiltins.Quitter) ------------------------------------------------- */

typedef struct quitter_object {
    object hdr;
    value name, eof;   /* str */
} quitter_object;

static quitter_object *as_quitter(value v) { return (quitter_object *)v_obj(v); }

static value quitter_repr(value self)
{
    return str_format("Use %S() or %S to exit", as_quitter(self)->name, as_quitter(self)->eof);
}

/* exit(code=None): closes sys.stdin (ignoring errors, as site does) and
 * raises SystemExit(code). */
static value quitter_call(value self, int argc, const value *argv, value kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (argc > 1)
        return exc_raise(&exc_TypeError,
                         "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                         argc + 1);
    value code = argc ? argv[0] : V_NONE;
    for (size_t i = 0; i < nkw; i++) {
        value k = tuple_get(kwnames, i);
        if (!str_eq_cstr(k, "code"))
            return exc_raise(&exc_TypeError, "Quitter.__call__() got an unexpected keyword argument '%S'", k);
        if (argc)
            return exc_raise(&exc_TypeError, "Quitter.__call__() got multiple values for argument 'code'");
        code = argv[argc + (int)i];
    }
    value in = sys_module ? sys_get("stdin") : V_NULL;
    if (in && !obj_call_method(in, "close", 0, NULL))
        exc_clear();
    value exc = exc_new(&exc_SystemExit, 1, &code);
    return exc ? exc_raise_value(exc) : V_NULL;
}

static value quitter_get_name(value self) { return as_quitter(self)->name; }
static value quitter_get_eof(value self) { return as_quitter(self)->eof; }

static void quitter_trace(object *obj, gc_tracer *t)
{
    quitter_object *q = (quitter_object *)obj;
    gc_mark_value(t, q->name);
    gc_mark_value(t, q->eof);
}

static const getset_def quitter_getsets[] = {
    { "name", quitter_get_name, NULL, NULL },
    { "eof", quitter_get_eof, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static type_object quitter_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(quitter_object),
    .trace = quitter_trace,
    .repr = quitter_repr,
    .getattr = obj_generic_getattr,
    .call = quitter_call,
    .getsets = quitter_getsets,
};

static value quitter_new(const char *name)
{
    quitter_object *q = (quitter_object *)gc_alloc(&quitter_type, sizeof *q);
    if (!q)
        return V_NULL;
    value self = v_from_obj(&q->hdr);
    q->name = str_from_cstr(name);
    q->eof = q->name ? str_from_cstr("Ctrl-D (i.e. EOF)") : V_NULL;
    return q->eof ? self : V_NULL;
}

/* -- copyright, credits, license (_sitebuiltins._Printer) ------------------------------------ */

enum { PRINTER_MAXLINES = 23 };

typedef struct printer_object {
    object hdr;
    const char *name;     /* "license" */
    const char *data;     /* the text when no file holds it */
    bool files;           /* look for LICENSE.txt / LICENSE first */
    value lines;          /* list of str once read, else V_NULL */
} printer_object;

static printer_object *as_printer(value v) { return (printer_object *)v_obj(v); }

/* The text of the first license file found where site.py looks: beside
 * and above the standard library, then the current folder. V_NULL
 * without an exception when none can be read. */
static value license_file_text(void)
{
    value here = sys_module ? sys_get("_stdlib_dir") : V_NULL;
    const char *dir = here && v_is_str(here) ? str_data(here) : "/usr/lib/python3.11";
    /* os.path.join(here, os.pardir), here, os.curdir */
    const char *const dirs[3][2] = { { dir, "/.." }, { dir, "" }, { ".", "" } };
    static const char *const names[] = { "LICENSE.txt", "LICENSE" };
    for (int d = 0; d < 3; d++) {
        for (int n = 0; n < 2; n++) {
            char path[4096];
            int pl = snprintf(path, sizeof path, "%s%s/%s", dirs[d][0], dirs[d][1], names[n]);
            if (pl < 0 || (size_t)pl >= sizeof path)
                continue;
            FILE *f = fopen(path, "rb");
            if (!f)
                continue;
            char *buf = NULL;
            size_t cap = 0, len = 0;
            FILE *mem = open_memstream(&buf, &cap);
            char chunk[8192];
            size_t got;
            while (mem && (got = fread(chunk, 1, sizeof chunk, f)) > 0)
                fwrite(chunk, 1, got, mem);
            fclose(f);
            if (!mem)
                return exc_no_memory();
            fclose(mem);
            len = cap;
            value b = bytes_from(buf, len);
            value s = b ? codec_decode(b, buf, len, "utf-8", "strict") : V_NULL;
            free(buf);
            return s;
        }
    }
    return V_NULL;
}

static int printer_setup(printer_object *p)
{
    if (p->lines)
        return 0;
    value text = p->files ? license_file_text() : V_NULL;
    if (!text && exc_occurred())
        return -1;
    if (!text || str_size(text) == 0)
        text = str_from_cstr(p->data);
    value nl = text ? str_from_cstr("\n") : V_NULL;
    value lines = nl ? obj_call_method(text, "split", 1, &nl) : V_NULL;
    if (!lines)
        return -1;
    p->lines = lines;
    return 0;
}

static value printer_repr(value self)
{
    printer_object *p = as_printer(self);
    if (printer_setup(p) < 0)
        return V_NULL;
    if (list_len(p->lines) > PRINTER_MAXLINES)
        return str_format("Type %s() to see the full %s text", p->name, p->name);
    value nl = str_from_cstr("\n");
    return nl ? obj_call_method(nl, "join", 1, &p->lines) : V_NULL;
}

/* Prints the text a screen (23 lines) at a time, asking between them. */
static value printer_call(value self, int argc, const value *argv, value kwnames)
{
    printer_object *p = as_printer(self);
    if (argc || kwnames)
        return exc_raise(&exc_TypeError, "_Printer.__call__() takes 1 positional argument but %d were given",
                         argc + 1);
    if (printer_setup(p) < 0)
        return V_NULL;
    value print = dict_get_cstr(module_dict(builtins_module), "print");
    value prompt = str_from_cstr("Hit Return for more, or q (and Return) to quit: ");
    if (!print || !prompt)
        return exc_occurred() ? V_NULL : exc_raise(&exc_RuntimeError, "lost builtins.print");
    for (size_t at = 0;;) {
        for (size_t i = at; i < at + PRINTER_MAXLINES; i++) {
            if (i >= list_len(p->lines))
                return V_NONE;
            if (!obj_call1(print, list_get(p->lines, i)))
                return V_NULL;
        }
        at += PRINTER_MAXLINES;
        for (;;) {
            value key = bi_input(V_NULL, 1, &prompt, V_NULL);
            if (!key)
                return V_NULL;
            if (str_eq_cstr(key, "q"))
                return V_NONE;
            if (str_eq_cstr(key, ""))
                break;
        }
    }
}

static void printer_trace(object *obj, gc_tracer *t)
{
    gc_mark_value(t, ((printer_object *)obj)->lines);
}

static type_object printer_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sitebuiltins._Printer",
    .basicsize = sizeof(printer_object),
    .trace = printer_trace,
    .repr = printer_repr,
    .getattr = obj_generic_getattr,
    .call = printer_call,
};

static value printer_new(const char *name, const char *data, bool files)
{
    printer_object *p = (printer_object *)gc_alloc(&printer_type, sizeof *p);
    if (!p)
        return V_NULL;
    p->name = name;
    p->data = data;
    p->files = files;
    return v_from_obj(&p->hdr);
}

static const char copyright_text[] =
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

static const char credits_text[] =
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
    "    for supporting Python development.  See www.python.org for more information.";

/* -- help (_sitebuiltins._Helper) ----------------------------------------------------------- */

static value helper_repr(value self)
{
    return str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

static value helper_call(value self, int argc, const value *argv, value kwnames)
{
    value pydoc = import_by_name("pydoc");
    value help = pydoc ? obj_getattr_cstr(pydoc, "help") : V_NULL;
    return help ? obj_call(help, argc, argv, kwnames) : V_NULL;
}

static type_object helper_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(object),
    .repr = helper_repr,
    .getattr = obj_generic_getattr,
    .call = helper_call,
};

/* -- Registration ------------------------------------------------------------------------- */

const method_def builtins_misc_functions[] = {
    { "input", bi_input, METH_FAST, "input(prompt='', /)\n\nRead a string from standard input; the trailing newline is stripped.\nThe prompt, if given, is written to standard output first.\nAt end of file, EOFError is raised." },
    { "breakpoint", bi_breakpoint, METH_KEYWORDS, "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws), which by default enters the debugger\nnamed by $PYTHONBREAKPOINT (pdb.set_trace; '0' turns breakpoints off)." },
    { "aiter", bi_aiter, METH_O, "aiter(async_iterable, /)\n\nReturn the async iterator of an async iterable: its __aiter__()." },
    { "anext", bi_anext, METH_FAST, "anext(aiterator[, default])\n\nReturn the next item from the async iterator; if default is given and the\niterator is exhausted, it is returned instead of raising StopAsyncIteration." },
    { NULL, NULL, 0, NULL },
};

int builtins_misc_init(value d)
{
    type_object *types[] = { &anext_awaitable_type, &quitter_type, &printer_type, &helper_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (types[i]->flags & TYPE_READY)
            continue;
        types[i]->hash = object_type.hash;   /* identity, as object's */
        if (type_ready(types[i]) < 0)
            return -1;
    }
    value exit_obj = quitter_new("exit"), quit_obj = quitter_new("quit");
    value copyright = printer_new("copyright", copyright_text, false);
    value credits = printer_new("credits", credits_text, false);
    value license = printer_new("license", "See https://www.python.org/psf/license/", true);
    object *help = gc_alloc(&helper_type, sizeof(object));
    if (!exit_obj || !quit_obj || !copyright || !credits || !license || !help)
        return -1;
    if (dict_set_cstr(d, "exit", exit_obj) < 0 || dict_set_cstr(d, "quit", quit_obj) < 0 ||
        dict_set_cstr(d, "copyright", copyright) < 0 || dict_set_cstr(d, "credits", credits) < 0 ||
        dict_set_cstr(d, "license", license) < 0 || dict_set_cstr(d, "help", v_from_obj(help)) < 0)
        return -1;
    return 0;
}
