/* The _io module: creates it, lets each file add its types (io_internal.h),
 * and defines open (also builtins.open), open_code, text_encoding and
 * DEFAULT_BUFFER_SIZE. open() checks its arguments and mode as CPython
 * does, then stacks FileIO, a Buffered* class chosen by the mode, and a
 * TextIOWrapper for text; on an error after the file is open, what was
 * built is closed. The functions report __module__ 'io', as CPython's. */
#include <string.h>
#include "io_internal.h"
#include "../modules.h"
#include "../warningsmodule.h"
#include "../../gc/gc.h"
#include "../../objects/cfunction.h"
#include "../../objects/dict.h"
#include "../../objects/exceptions.h"
#include "../../objects/float.h"
#include "../../objects/int.h"
#include "../../objects/module.h"
#include "../../objects/sequtil.h"
#include "../../objects/str.h"
#include "../../objects/tuple.h"
#include "../../vm/exc.h"

static value io_module;   /* for TextIOWrapper, found by name at call time */

static int str_or_none(value v, const char *arg)
{
    if (v && v != V_NONE && !v_isinstance(v, &str_type)) {
        exc_raise(&exc_TypeError, "open() argument '%s' must be str or None, not %s", arg, v_type_name(v));
        return -1;
    }
    return 0;
}

static bool given(value v) { return v && v != V_NONE; }

/* The open stream `result` is closed after an error, which stays. */
static value close_on_error(value result)
{
    value err = exc_fetch();
    if (result && !obj_call_method(result, "close", 0, NULL))
        exc_clear();
    exc_restore(err);
    return V_NULL;
}

static value io_open(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors", "newline",
                                         "closefd", "opener" };
    value a[8];
    if (num_parse_args("open", argc, argv, kwnames, names, 8, 8, 1, a) < 0)
        return V_NULL;
    value file = a[0], mode = a[1], encoding = a[3], errors = a[4], newline = a[5];
    value opener = a[7] ? a[7] : V_NONE;
    if (mode && !v_isinstance(mode, &str_type))
        return exc_raise(&exc_TypeError, "open() argument 'mode' must be str, not %s", v_type_name(mode));
    int64_t buffering = -1, closefd = 1;
    if (a[2] && args_index(a[2], &buffering) < 0)
        return V_NULL;
    if (str_or_none(encoding, "encoding") < 0 || str_or_none(errors, "errors") < 0
        || str_or_none(newline, "newline") < 0)
        return V_NULL;
    if (a[6] && args_index(a[6], &closefd) < 0)
        return V_NULL;
    /* a path-like is turned into its str or bytes here, as CPython does */
    if (!v_isinstance(file, &str_type) && !v_isinstance(file, &bytes_type) && !v_is_int_like(file)
        && !v_isinstance(file, &float_type)) {
        value fsp = str_intern_cstr("__fspath__");
        if (!fsp)
            return V_NULL;
        if (!type_lookup(v_type(file), fsp) && !type_lookup(v_type(file), str_intern_cstr("__index__")))
            return exc_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                             v_type_name(file));
        if (type_lookup(v_type(file), fsp)) {
            value p = obj_call_method(file, "__fspath__", 0, NULL);
            if (!p)
                return V_NULL;
            if (!v_isinstance(p, &str_type) && !v_isinstance(p, &bytes_type))
                return exc_raise(&exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                                 v_type_name(file), v_type_name(p));
            file = p;
        }
    }
    const char *m = mode ? str_data(mode) : "r";
    size_t mlen = mode ? str_size(mode) : 1;
    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
    for (size_t i = 0; i < mlen; i++) {
        char c = m[i];
        switch (c) {
        case 'x': creating = true; break;
        case 'r': reading = true; break;
        case 'w': writing = true; break;
        case 'a': appending = true; break;
        case '+': updating = true; break;
        case 't': text = true; break;
        case 'b': binary = true; break;
        default: return exc_raise(&exc_ValueError, "invalid mode: '%s'", m);
        }
        if (memchr(m + i + 1, c, mlen - i - 1))
            return exc_raise(&exc_ValueError, "invalid mode: '%s'", m);
    }
    char rawmode[6], *rm = rawmode;
    if (creating) *rm++ = 'x';
    if (reading) *rm++ = 'r';
    if (writing) *rm++ = 'w';
    if (appending) *rm++ = 'a';
    if (updating) *rm++ = '+';
    *rm = 0;
    if (text && binary)
        return exc_raise(&exc_ValueError, "can't have text and binary mode at once");
    if (creating + reading + writing + appending > 1)
        return exc_raise(&exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (binary && given(encoding))
        return exc_raise(&exc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && given(errors))
        return exc_raise(&exc_ValueError, "binary mode doesn't take an errors argument");
    if (binary && given(newline))
        return exc_raise(&exc_ValueError, "binary mode doesn't take a newline argument");
    if (binary && buffering == 1
        && warn_emit(&exc_RuntimeWarning, 1, "line buffering (buffering=1) isn't supported in binary mode, "
                     "the default buffer size will be used") < 0)
        return V_NULL;
    value rm_str = str_from_cstr(rawmode);
    if (!rm_str)
        return V_NULL;
    value fargs[4] = { file, rm_str, v_bool(closefd != 0), opener };
    value raw = obj_call(v_from_obj(&io_fileio_type), 4, fargs, V_NULL);
    if (!raw)
        return V_NULL;
    value result = raw;
    bool line_buffering = buffering == 1;
    if (buffering < 0 || buffering == 1) {
        value r = obj_call_method(raw, "isatty", 0, NULL);
        int tty = r ? obj_truthy(r) : -1;
        if (tty < 0)
            return close_on_error(result);
        if (tty && buffering < 0)
            line_buffering = true;
    }
    if (buffering < 0) {
        value bs = obj_getattr_cstr(raw, "_blksize");
        if (!bs || args_index(bs, &buffering) < 0)
            return close_on_error(result);
    }
    if (buffering < 0) {
        exc_raise(&exc_ValueError, "invalid buffering size");
        return close_on_error(result);
    }
    if (buffering == 0) {
        if (binary)
            return result;
        exc_raise(&exc_ValueError, "can't have unbuffered text I/O");
        return close_on_error(result);
    }
    type_object *cls = updating ? &io_bufferedrandom_type
                       : creating || writing || appending ? &io_bufferedwriter_type
                       : reading ? &io_bufferedreader_type : NULL;
    if (!cls) {
        exc_raise(&exc_ValueError, "unknown mode: '%s'", m);
        return close_on_error(result);
    }
    value bsize = int_from_i64(buffering);
    value bargs[2] = { raw, bsize };
    value buffer = bsize ? obj_call(v_from_obj(cls), 2, bargs, V_NULL) : V_NULL;
    if (!buffer)
        return close_on_error(result);
    result = buffer;
    if (binary)
        return result;
    value wrapper_cls = dict_get_cstr(module_dict(io_module), "TextIOWrapper");
    if (!wrapper_cls) {
        exc_raise(&exc_NotImplementedError, "text mode needs _io.TextIOWrapper");
        return close_on_error(result);
    }
    value targs[5] = { buffer, encoding ? encoding : V_NONE, errors ? errors : V_NONE,
                       newline ? newline : V_NONE, v_bool(line_buffering) };
    value wrapper = obj_call(wrapper_cls, 5, targs, V_NULL);
    if (!wrapper)
        return close_on_error(result);
    result = wrapper;
    /* the wrapper flushes into the buffer when both are collected: the
     * buffer's own finalizer must not close it first (io_internal.h) */
    ((io_object *)v_obj(buffer))->owned = true;
    value mode_str = mode ? mode : str_from_cstr("r");
    if (!mode_str || obj_setattr(wrapper, str_intern_cstr("mode"), mode_str) < 0)
        return close_on_error(result);
    return result;
}

static value io_open_code(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path" };
    value a[1];
    if (num_parse_args("open_code", argc, argv, kwnames, names, 1, 1, 1, a) < 0)
        return V_NULL;
    if (!v_isinstance(a[0], &str_type))
        return exc_raise(&exc_TypeError, "open_code() argument 'path' must be str, not %s", v_type_name(a[0]));
    value mode = str_from_cstr("rb");
    value args[2] = { a[0], mode };
    return mode ? io_open(V_NULL, 2, args, V_NULL) : V_NULL;
}

static value io_text_encoding(value self, int argc, const value *argv, value kwnames)
{
    if (args_no_kw("text_encoding", kwnames) < 0 || args_count("text_encoding", argc, 1, 2) < 0)
        return V_NULL;
    int64_t stacklevel;
    if (argc > 1 && args_index(argv[1], &stacklevel) < 0)
        return V_NULL;
    if (argv[0] != V_NONE)
        return argv[0];
    /* "utf-8" under UTF-8 mode (sys.flags.utf8_mode), else "locale" */
    value sys = modules_import(str_intern_cstr("sys"));
    value flags = sys ? obj_getattr_cstr(sys, "flags") : V_NULL;
    value utf8 = flags ? obj_getattr_cstr(flags, "utf8_mode") : V_NULL;
    int on = utf8 ? obj_truthy(utf8) : 0;
    if (on < 0 || !utf8)
        exc_clear();
    return str_from_cstr(on > 0 ? "utf-8" : "locale");
}

static const method_def io_functions[] = {
    { "open", io_open, METH_KEYWORDS,
      "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, "
      "opener=None)\n--\n\n"
      "Open a file and return a stream: a TextIOWrapper in text mode (the\n"
      "default, 't'), else a BufferedReader, BufferedWriter or BufferedRandom\n"
      "as the mode asks ('r', 'w', 'x', 'a', '+', 'b'), or the FileIO itself\n"
      "with buffering=0." },
    { "open_code", io_open_code, METH_KEYWORDS,
      "open_code(path)\n--\n\nOpen path (a str) for reading code: open(path, 'rb')." },
    { "text_encoding", io_text_encoding, METH_FAST,
      "text_encoding(encoding, stacklevel=2, /)\n--\n\n"
      "The encoding argument, or the default text encoding when it is None." },
    { NULL, NULL, 0, NULL },
};

value iomodule_init(void)
{
    value m = module_new("_io");
    if (!m)
        return V_NULL;
    value d = module_dict(m);
    value modname = str_from_cstr("io");
    if (!modname)
        return V_NULL;
    for (const method_def *f = io_functions; f->name; f++) {
        value fn = cfunc_new(f, V_NULL, modname);
        if (!fn || dict_set_cstr(d, f->name, fn) < 0)
            return V_NULL;
    }
    if (dict_set_cstr(d, "DEFAULT_BUFFER_SIZE", v_small(IO_DEFAULT_BUFFER_SIZE)) < 0)
        return V_NULL;
    if (io_base_init(m) < 0 || io_fileio_init(m) < 0 || io_buffered_init(m) < 0
        || io_bytesio_init(m) < 0 || io_stringio_init(m) < 0 || io_textio_init(m) < 0)
        return V_NULL;
    io_module = m;
    gc_root(&io_module);
    return m;
}
