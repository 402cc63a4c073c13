/* The builtin exception classes of Python 3.11 (exceptions.def), with
 * CPython's hierarchy, constructors, attributes, str() and repr().
 *
 * Every class shares one instance layout (exceptions.h): BaseException's
 * fields plus eight class-specific slots. BaseException supplies the
 * behaviour most classes inherit unchanged (args, __traceback__, __cause__,
 * __context__, __suppress_context__, add_note, with_traceback, an attribute
 * dict); the classes with their own attributes (StopIteration, SystemExit,
 * ImportError, NameError, AttributeError, OSError, SyntaxError, the
 * Unicode errors) add an __init__ that fills their slots and, where CPython
 * has one, their own __str__. Exception groups (PEP 654) have their own
 * file, exc_group.c. The classes are static type_objects; exceptions_ready
 * readies them, parent first, from runtime.c. */
#include "exceptions.h"
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include "../gc/gc.h"
#include "../unicode/unicode.h"
#include "../vm/exc.h"
#include "../vm/traceback.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

int exc_group_ready(void);   /* exc_group.c */

/* -- Small helpers ---------------------------------------------------------- */

value exc_slot(value exc, int i)
{
    value v = v_exc(exc)->slot[i];
    return v ? v : V_NONE;
}

static value none_if_null(value v) { return v ? v : V_NONE; }

/* The class name CPython's repr and messages use: tp_name without a
 * module prefix. */
static const char *short_type_name(type_object *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static int kw_count(value kwnames)
{
    return kwnames ? (int)tuple_len(kwnames) : 0;
}

static value no_keywords(type_object *t, value kwnames)
{
    if (kw_count(kwnames) == 0)
        return V_NONE;
    return exc_raise(&exc_TypeError, "%s() takes no keyword arguments", short_type_name(t));
}

/* -- BaseException: creation ---------------------------------------------- */

static void exc_trace(object *o, gc_tracer *t)
{
    exc_object *e = (exc_object *)o;
    gc_mark_value(t, e->args);
    gc_mark_value(t, e->traceback);
    gc_mark_value(t, e->cause);
    gc_mark_value(t, e->context);
    gc_mark_value(t, e->dict);
    gc_mark_values(t, e->slot, EXC_NSLOTS);
}

/* The instance, with its args; keywords are left to __init__ to judge. */
static value base_new(type_object *type, int argc, const value *argv, value kwnames)
{
    size_t size = type->basicsize < sizeof(exc_object) ? sizeof(exc_object) : type->basicsize;
    object *o = gc_alloc(type, size);
    if (!o)
        return V_NULL;
    exc_object *e = (exc_object *)o;
    e->args = argc ? tuple_from_array(argv, (size_t)argc) : tuple_empty();
    if (!e->args)
        return V_NULL;
    return v_from_obj(o);
}

static int set_args(value self, int argc, const value *argv)
{
    value args = argc ? tuple_from_array(argv, (size_t)argc) : tuple_empty();
    if (!args)
        return -1;
    v_exc(self)->args = args;
    return 0;
}

static int base_init(value self, int argc, const value *argv, value kwnames)
{
    if (!no_keywords(v_type(self), kwnames))
        return -1;
    return set_args(self, argc, argv);
}

value exc_new(type_object *type, int argc, const value *argv)
{
    if (type->flags & TYPE_HEAPTYPE)
        return obj_call(v_from_obj(type), argc, argv, V_NULL);
    /* the slots are looked up along the bases, so that an exception can
     * be raised even while the types are being readied */
    type_object *t = type;
    while (!t->new && t->base)
        t = t->base;
    new_fn new = t->new ? t->new : base_new;
    t = type;
    while (!t->init && t->base)
        t = t->base;
    init_fn init = t->init ? t->init : base_init;
    value e = new(type, argc, argv, V_NULL);
    if (!e)
        return V_NULL;
    if (init(e, argc, argv, V_NULL) < 0)
        return V_NULL;
    return e;
}

/* -- BaseException: str and repr ------------------------------------------ */

static value base_str(value self)
{
    value args = v_exc(self)->args;
    switch (tuple_len(args)) {
    case 0: return str_from_cstr("");
    case 1: return obj_str(tuple_get(args, 0));
    default: return obj_str(args);
    }
}

static value base_repr(value self)
{
    value args = v_exc(self)->args;
    const char *name = short_type_name(v_type(self));
    if (tuple_len(args) == 1)
        return str_format("%s(%R)", name, tuple_get(args, 0));
    return str_format("%s%R", name, args);
}

/* -- BaseException: attributes -------------------------------------------- */

/* Builtin exception instances accept any attribute (CPython gives them a
 * __dict__): names not found through the type live in e->dict. Instances
 * of Python subclasses store theirs through the object model (shapes). */
static value exc_getattr(value self, value name)
{
    value v = obj_generic_getattr(self, name);
    if (v || !exc_matches(&exc_AttributeError))
        return v;
    value d = v_exc(self)->dict;
    if (!d)
        return V_NULL;
    /* dict_get_str clears what is pending: keep the AttributeError aside */
    value err = exc_fetch();
    value r = dict_get_str(d, name);
    if (!r)
        exc_restore(err);
    return r;
}

static int exc_setattr(value self, value name, value v)
{
    type_object *t = v_type(self);
    value found = type_lookup(t, name);
    if ((found && v_type(found)->descr_set) || (t->flags & TYPE_HAS_SHAPE))
        return obj_generic_setattr(self, name, v);
    exc_object *e = v_exc(self);
    if (!v) {
        int r = e->dict ? dict_del(e->dict, name) : 0;
        if (r == 0)
            exc_raise_attribute_error(self, name, "'%s' object has no attribute '%S'", t->name, name);
        return r > 0 ? 0 : -1;
    }
    if (!e->dict && !(e->dict = dict_new()))
        return -1;
    return dict_set(e->dict, name, v);
}

static value get_dict(value self)
{
    exc_object *e = v_exc(self);
    if (!e->dict && !(e->dict = dict_new()))
        return V_NULL;
    return e->dict;
}

static int set_dict(value self, value v)
{
    if (!v)
        return exc_raise(&exc_TypeError, "__dict__ may not be deleted"), -1;
    if (!v_is_dict(v))
        return exc_raise(&exc_TypeError, "__dict__ must be a dictionary, not a '%s'", v_type_name(v)), -1;
    v_exc(self)->dict = v;
    return 0;
}

static value get_args(value self) { return v_exc(self)->args; }

static int set_args_attr(value self, value v)
{
    if (!v)
        return exc_raise(&exc_TypeError, "args may not be deleted"), -1;
    value t = v_is_tuple(v) ? v : obj_call1(v_from_obj(&tuple_type), v);
    if (!t)
        return -1;
    v_exc(self)->args = t;
    return 0;
}

static value get_traceback(value self) { return none_if_null(v_exc(self)->traceback); }

static int set_traceback(value self, value v)
{
    if (!v)
        return exc_raise(&exc_TypeError, "__traceback__ may not be deleted"), -1;
    if (v != V_NONE && !v_is_traceback(v))
        return exc_raise(&exc_TypeError, "__traceback__ must be a traceback or None"), -1;
    v_exc(self)->traceback = v == V_NONE ? V_NULL : v;
    return 0;
}

static value get_cause(value self) { return none_if_null(v_exc(self)->cause); }

static int set_cause(value self, value v)
{
    if (!v)
        return exc_raise(&exc_TypeError, "__cause__ may not be deleted"), -1;
    if (v != V_NONE && !v_is_exc(v))
        return exc_raise(&exc_TypeError, "exception cause must be None or derive from BaseException"), -1;
    exc_set_cause(self, v == V_NONE ? V_NULL : v);
    return 0;
}

static value get_context(value self) { return none_if_null(v_exc(self)->context); }

static int set_context(value self, value v)
{
    if (!v)
        return exc_raise(&exc_TypeError, "__context__ may not be deleted"), -1;
    if (v != V_NONE && !v_is_exc(v))
        return exc_raise(&exc_TypeError, "exception context must be None or derive from BaseException"), -1;
    v_exc(self)->context = v == V_NONE ? V_NULL : v;
    return 0;
}

static value get_suppress(value self) { return v_bool(v_exc(self)->suppress_context); }

static int set_suppress(value self, value v)
{
    if (!v)
        return exc_raise(&exc_TypeError, "can't delete numeric/char attribute"), -1;
    if (v != V_TRUE && v != V_FALSE)
        return exc_raise(&exc_TypeError, "attribute value type must be bool"), -1;
    v_exc(self)->suppress_context = v == V_TRUE;
    return 0;
}

void exc_set_traceback(value exc, value tb) { v_exc(exc)->traceback = tb; }
void exc_set_context(value exc, value context) { v_exc(exc)->context = context; }

void exc_set_cause(value exc, value cause)
{
    v_exc(exc)->cause = cause;
    v_exc(exc)->suppress_context = true;
}

/* -- BaseException: methods ------------------------------------------------ */

static value m_with_traceback(value self, int argc, const value *argv, value kwnames)
{
    if (set_traceback(self, argv[0]) < 0)
        return V_NULL;
    return self;
}

static value m_add_note(value self, int argc, const value *argv, value kwnames)
{
    value note = argv[0];
    if (!v_is_str(note) && !v_isinstance(note, &str_type))
        return exc_raise(&exc_TypeError, "note must be a str, not '%s'", v_type_name(note));
    value name = str_intern_cstr("__notes__");
    if (!name)
        return V_NULL;
    value notes = obj_getattr(self, name);
    if (!notes) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
        if (!(notes = list_new(0)) || obj_setattr(self, name, notes) < 0)
            return V_NULL;
    }
    if (!v_isinstance(notes, &list_type))
        return exc_raise(&exc_TypeError, "Cannot add note: __notes__ is not a list");
    if (list_append(notes, note) < 0)
        return V_NULL;
    return V_NONE;
}

/* (type(e), e.args[, e.__dict__]): what copy and pickle rebuild it from. */
static value m_reduce(value self, int argc, const value *argv, value kwnames)
{
    value d = obj_getattr_cstr(self, "__dict__");
    if (!d)
        return V_NULL;
    value t = v_from_obj(v_type(self)), args = v_exc(self)->args;
    if (!args)
        args = tuple_empty();
    if (v_isinstance(d, &dict_type) && dict_len(d) > 0)
        return tuple_pack(3, t, args, d);
    return tuple_pack(2, t, args);
}

static value m_setstate(value self, int argc, const value *argv, value kwnames)
{
    value st = argv[0];
    if (st == V_NONE)
        return V_NONE;
    if (!v_isinstance(st, &dict_type))
        return exc_raise(&exc_TypeError, "state is not a dictionary");
    value items = dict_copy(st);
    size_t pos = 0;
    value k, v;
    while (items && dict_next(items, &pos, &k, &v))
        if (obj_setattr(self, k, v) < 0)
            return V_NULL;
    return items ? V_NONE : V_NULL;
}

static const method_def base_methods[] = {
    {"__reduce__", m_reduce, METH_NOARGS, NULL},
    {"__setstate__", m_setstate, METH_O, NULL},
    {"with_traceback", m_with_traceback, METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", m_add_note, METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL, NULL, 0, NULL},
};

static const getset_def base_getsets[] = {
    {"args", get_args, set_args_attr, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__context__", get_context, set_context, "exception context"},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {"__dict__", get_dict, set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

/* -- Slot attributes ------------------------------------------------------- */

/* Read-write attributes backed by slot i: one getter and setter per slot
 * index, since a getset has no closure. */
#define SLOT_ACCESSORS(i)                                                      \
    static value get_slot##i(value self) { return exc_slot(self, i); }        \
    static int set_slot##i(value self, value v)                               \
    {                                                                          \
        v_exc(self)->slot[i] = v;                                             \
        return 0;                                                              \
    }
SLOT_ACCESSORS(0)
SLOT_ACCESSORS(1)
SLOT_ACCESSORS(2)
SLOT_ACCESSORS(3)
SLOT_ACCESSORS(4)
SLOT_ACCESSORS(5)
SLOT_ACCESSORS(6)
SLOT_ACCESSORS(7)
#define SLOT_ATTR(name, i, doc) {name, get_slot##i, set_slot##i, doc}
#define GETSET_END {NULL, NULL, NULL, NULL}

/* -- StopIteration, SystemExit -------------------------------------------- */

static int stopiter_init(value self, int argc, const value *argv, value kwnames)
{
    if (base_init(self, argc, argv, kwnames) < 0)
        return -1;
    v_exc(self)->slot[EXC_STOPITER_VALUE] = argc ? argv[0] : V_NONE;
    return 0;
}

value exc_stop_iteration(value v)
{
    return exc_new(&exc_StopIteration, 1, &v);
}

static int sysexit_init(value self, int argc, const value *argv, value kwnames)
{
    if (base_init(self, argc, argv, kwnames) < 0)
        return -1;
    v_exc(self)->slot[EXC_SYSEXIT_CODE] = argc == 0 ? V_NONE : argc == 1 ? argv[0] : v_exc(self)->args;
    return 0;
}

static const getset_def stopiter_getsets[] = {
    SLOT_ATTR("value", 0, "generator return value"), GETSET_END};
static const getset_def sysexit_getsets[] = {
    SLOT_ATTR("code", 0, "exception code"), GETSET_END};

/* -- Keyword-taking initialisers: ImportError, NameError, AttributeError --- */

/* Stores the keyword arguments named in `names` into the matching slots;
 * any other keyword is CPython's "'x' is an invalid keyword argument for
 * Cls()" (the class named as CPython names it, not the subclass). */
static int take_keywords(value self, int argc, const value *argv, value kwnames,
                         const char *cls, const char *const *names, const int *slots)
{
    int nkw = kw_count(kwnames);
    for (int k = 0; k < nkw; k++) {
        value key = tuple_get(kwnames, (size_t)k);
        int i = 0;
        while (names[i] && !str_eq_cstr(key, names[i]))
            i++;
        if (!names[i]) {
            exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for %s()", key, cls);
            return -1;
        }
        v_exc(self)->slot[slots[i]] = argv[argc + k];
    }
    return 0;
}

static int import_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"name", "path", NULL};
    static const int slots[] = {EXC_IMPORT_NAME, EXC_IMPORT_PATH};
    if (set_args(self, argc, argv) < 0)
        return -1;
    if (take_keywords(self, argc, argv, kwnames, "ImportError", names, slots) < 0)
        return -1;
    v_exc(self)->slot[EXC_IMPORT_MSG] = argc == 1 ? argv[0] : V_NULL;
    return 0;
}

static value import_str(value self)
{
    value msg = v_exc(self)->slot[EXC_IMPORT_MSG];
    if (msg && v_is_str(msg))
        return msg;
    return base_str(self);
}

static int name_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"name", NULL};
    static const int slots[] = {EXC_NAME_NAME};
    if (set_args(self, argc, argv) < 0)
        return -1;
    return take_keywords(self, argc, argv, kwnames, "NameError", names, slots);
}

static int attr_init(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = {"name", "obj", NULL};
    static const int slots[] = {EXC_ATTR_NAME, EXC_ATTR_OBJ};
    if (set_args(self, argc, argv) < 0)
        return -1;
    return take_keywords(self, argc, argv, kwnames, "AttributeError", names, slots);
}

static const getset_def import_getsets[] = {
    SLOT_ATTR("msg", 0, "exception message"),
    SLOT_ATTR("name", 1, "module name"),
    SLOT_ATTR("path", 2, "module path"),
    GETSET_END};
static const getset_def name_getsets[] = {SLOT_ATTR("name", 0, "name"), GETSET_END};
static const getset_def attr_getsets[] = {
    SLOT_ATTR("name", 0, "attribute name"), SLOT_ATTR("obj", 1, "object"), GETSET_END};

/* Raises an instance of `type` with message `msg` and the given slots set. */
static value raise_with_slots(type_object *type, value msg, int n, const int *slots, const value *vals)
{
    if (!msg)
        return V_NULL;
    value e = exc_new(type, 1, &msg);
    if (!e)
        return V_NULL;
    for (int i = 0; i < n; i++)
        v_exc(e)->slot[slots[i]] = vals[i];
    return exc_raise_value(e);
}

value exc_raise_attribute_error(value obj, value name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    value msg = exc_format_va(fmt, ap);
    va_end(ap);
    static const int slots[] = {EXC_ATTR_NAME, EXC_ATTR_OBJ};
    value vals[] = {name, obj};
    return raise_with_slots(&exc_AttributeError, msg, 2, slots, vals);
}

value exc_raise_name_error(type_object *type, value name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    value msg = exc_format_va(fmt, ap);
    va_end(ap);
    static const int slots[] = {EXC_NAME_NAME};
    return raise_with_slots(type, msg, 1, slots, &name);
}

/* -- KeyError -------------------------------------------------------------- */

/* str(KeyError(k)) is repr(k), so that KeyError('') does not print as an
 * empty message. */
static value keyerror_str(value self)
{
    value args = v_exc(self)->args;
    if (tuple_len(args) == 1)
        return obj_repr(tuple_get(args, 0));
    return base_str(self);
}

value exc_raise_key_error(value key)
{
    value e = exc_new(&exc_KeyError, 1, &key);
    if (!e)
        return V_NULL;
    return exc_raise_value(e);
}

/* -- OSError ---------------------------------------------------------------- */

/* The errno -> subclass table of PEP 3151. */
static type_object *errno_subclass(int64_t err)
{
    switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return &exc_BlockingIOError;
    case ECHILD: return &exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc_BrokenPipeError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case EEXIST: return &exc_FileExistsError;
    case ENOENT: return &exc_FileNotFoundError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EINTR: return &exc_InterruptedError;
    case EACCES: case EPERM: return &exc_PermissionError;
    case ESRCH: return &exc_ProcessLookupError;
    case ETIMEDOUT: return &exc_TimeoutError;
    default: return NULL;
    }
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to
 * 5 arguments the fields are set, and a filename trims args to the first
 * two, as CPython does. */
static int oserror_parse(value self, int argc, const value *argv)
{
    exc_object *e = v_exc(self);
    if (argc < 2 || argc > 5)
        return 0;
    e->slot[EXC_OS_ERRNO] = argv[0];
    e->slot[EXC_OS_STRERROR] = argv[1];
    value filename = argc >= 3 ? argv[2] : V_NULL;
    if (argc == 5)
        e->slot[EXC_OS_FILENAME2] = argv[4];
    if (argc >= 4)
        e->slot[EXC_OS_WINERROR] = argv[3];
    if (filename && filename != V_NONE) {
        if (type_is_subtype(v_type(self), &exc_BlockingIOError) && v_is_int_like(filename)) {
            e->slot[EXC_OS_WRITTEN] = filename;
        } else {
            e->slot[EXC_OS_FILENAME] = filename;
            value two = tuple_from_array(argv, 2);
            if (!two)
                return -1;
            e->args = two;
        }
    }
    return 0;
}

static value oserror_new(type_object *type, int argc, const value *argv, value kwnames)
{
    if (type == &exc_OSError && argc >= 2 && v_is_int(argv[0])) {
        type_object *sub = errno_subclass(v_int(argv[0]));
        if (sub)
            type = sub;
    }
    value self = base_new(type, argc, argv, kwnames);
    if (!self)
        return V_NULL;
    if (!no_keywords(type, kwnames) || oserror_parse(self, argc, argv) < 0)
        return V_NULL;
    return self;
}

static int oserror_init(value self, int argc, const value *argv, value kwnames)
{
    if (base_init(self, argc, argv, kwnames) < 0)
        return -1;
    return oserror_parse(self, argc, argv);
}

static value oserror_str(value self)
{
    exc_object *e = v_exc(self);
    value err = e->slot[EXC_OS_ERRNO], msg = e->slot[EXC_OS_STRERROR];
    value f1 = e->slot[EXC_OS_FILENAME], f2 = e->slot[EXC_OS_FILENAME2];
    err = none_if_null(err);
    msg = none_if_null(msg);
    if (f1 && f1 != V_NONE) {
        if (f2 && f2 != V_NONE)
            return str_format("[Errno %S] %S: %R -> %R", err, msg, f1, f2);
        return str_format("[Errno %S] %S: %R", err, msg, f1);
    }
    if (e->slot[EXC_OS_ERRNO] && e->slot[EXC_OS_STRERROR])
        return str_format("[Errno %S] %S", err, msg);
    return base_str(self);
}

static value get_written(value self)
{
    value w = v_exc(self)->slot[EXC_OS_WRITTEN];
    if (!w)
        return exc_raise(&exc_AttributeError, "characters_written");
    return w;
}

static int set_written(value self, value v)
{
    if (!v && !v_exc(self)->slot[EXC_OS_WRITTEN])
        return exc_raise(&exc_AttributeError, "characters_written"), -1;
    v_exc(self)->slot[EXC_OS_WRITTEN] = v;
    return 0;
}

static const getset_def oserror_getsets[] = {
    SLOT_ATTR("errno", 0, "POSIX exception code"),
    SLOT_ATTR("strerror", 1, "exception strerror"),
    SLOT_ATTR("filename", 2, "exception filename"),
    SLOT_ATTR("filename2", 3, "second exception filename"),
    {"characters_written", get_written, set_written, NULL},
    GETSET_END};

/* -- SyntaxError ------------------------------------------------------------ */

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static int syntax_init(value self, int argc, const value *argv, value kwnames)
{
    if (base_init(self, argc, argv, kwnames) < 0)
        return -1;
    exc_object *e = v_exc(self);
    e->slot[EXC_SYN_PRINT_FL] = V_NULL;
    if (argc >= 1)
        e->slot[EXC_SYN_MSG] = argv[0];
    if (argc != 2)
        return 0;
    value info = v_is_tuple(argv[1]) ? argv[1] : obj_call1(v_from_obj(&tuple_type), argv[1]);
    if (!info)
        return -1;
    size_t n = tuple_len(info);
    if (n < 4) {
        exc_raise(&exc_TypeError, "function takes at least 4 arguments (%zd given)", (ptrdiff_t)n);
        return -1;
    }
    if (n > 6) {
        exc_raise(&exc_TypeError, "function takes at most 6 arguments (%zd given)", (ptrdiff_t)n);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        e->slot[EXC_SYN_FILENAME + i] = tuple_get(info, i);
    return 0;
}

/* "msg (file.py, line 3)": the file's base name, the line when it is an
 * int, as CPython's SyntaxError.__str__. */
static value syntax_str(value self)
{
    exc_object *e = v_exc(self);
    value msg = none_if_null(e->slot[EXC_SYN_MSG]);
    value filename = e->slot[EXC_SYN_FILENAME];
    value lineno = e->slot[EXC_SYN_LINENO];
    const char *base = NULL;
    if (filename && v_is_str(filename)) {
        const char *s = str_data(filename);
        const char *slash = strrchr(s, '/');
        base = slash ? slash + 1 : s;
    }
    bool have_line = lineno && v_is_int_exact(lineno);
    if (base && have_line)
        return str_format("%S (%s, line %S)", msg, base, lineno);
    if (base)
        return str_format("%S (%s)", msg, base);
    if (have_line)
        return str_format("%S (line %S)", msg, lineno);
    return obj_str(msg);
}

static const getset_def syntax_getsets[] = {
    SLOT_ATTR("msg", 0, "exception msg"),
    SLOT_ATTR("filename", 1, "exception filename"),
    SLOT_ATTR("lineno", 2, "exception lineno"),
    SLOT_ATTR("offset", 3, "exception offset"),
    SLOT_ATTR("text", 4, "exception text"),
    SLOT_ATTR("end_lineno", 5, "exception end lineno"),
    SLOT_ATTR("end_offset", 6, "exception end offset"),
    SLOT_ATTR("print_file_and_line", 7, "exception print_file_and_line"),
    GETSET_END};

/* -- Unicode errors --------------------------------------------------------- */

static int unicode_init_common(value self, int argc, const value *argv, value kwnames, int first)
{
    int want = first == EXC_UNI_ENCODING ? 5 : 4;
    if (base_init(self, argc, argv, kwnames) < 0)
        return -1;
    if (argc != want) {
        exc_raise(&exc_TypeError, "function takes exactly %d arguments (%d given)", want, argc);
        return -1;
    }
    for (int i = 0; i < want; i++)
        v_exc(self)->slot[first + i] = argv[i];
    return 0;
}

static int unicode_coding_init(value self, int argc, const value *argv, value kwnames)
{
    return unicode_init_common(self, argc, argv, kwnames, EXC_UNI_ENCODING);
}

static int unicode_translate_init(value self, int argc, const value *argv, value kwnames)
{
    return unicode_init_common(self, argc, argv, kwnames, EXC_UNI_OBJECT);
}

/* The one code point or byte at `start` when the error covers exactly
 * one; -1 otherwise (or when the fields are not what they should be). */
static int64_t single_unit(value self, int64_t *start, int64_t *end)
{
    exc_object *e = v_exc(self);
    value s = e->slot[EXC_UNI_START], en = e->slot[EXC_UNI_END], obj = e->slot[EXC_UNI_OBJECT];
    if (!s || !en || !v_is_int(s) || !v_is_int(en) || !obj)
        return -2;
    *start = v_int(s);
    *end = v_int(en);
    if (*end != *start + 1)
        return -1;
    if (v_is_str(obj)) {
        if (*start < 0 || (size_t)*start >= str_len(obj))
            return -1;
        value ch = obj_getitem(obj, v_small(*start));
        if (!ch) {
            exc_clear();
            return -1;
        }
        uint32_t cp = 0;
        utf8_decode(str_data(ch), str_size(ch), &cp);
        return cp;
    }
    value b = obj_getitem(obj, v_small(*start));
    if (!b || !v_is_int(b)) {
        exc_clear();
        return -1;
    }
    return v_int(b);
}

/* '\x..', '\u....' or '\U........' as CPython writes the failing char. */
static void escape_char(char *buf, size_t n, int64_t c)
{
    if (c <= 0xff)
        snprintf(buf, n, "\\x%02x", (unsigned)c);
    else if (c <= 0xffff)
        snprintf(buf, n, "\\u%04x", (unsigned)c);
    else
        snprintf(buf, n, "\\U%08x", (unsigned)c);
}

static value unicode_str(value self)
{
    exc_object *e = v_exc(self);
    type_object *t = v_type(self);
    int64_t start = 0, end = 0;
    int64_t c = single_unit(self, &start, &end);
    value reason = e->slot[EXC_UNI_REASON], enc = e->slot[EXC_UNI_ENCODING];
    if (c == -2 || !reason || !v_is_str(reason))
        return str_from_cstr("");
    char esc[16];
    if (type_is_subtype(t, &exc_UnicodeTranslateError)) {
        if (c >= 0) {
            escape_char(esc, sizeof esc, c);
            return str_format("can't translate character '%s' in position %lld: %S", esc, (long long)start, reason);
        }
        return str_format("can't translate characters in position %lld-%lld: %S",
                          (long long)start, (long long)end - 1, reason);
    }
    if (!enc || !v_is_str(enc))
        return str_from_cstr("");
    if (type_is_subtype(t, &exc_UnicodeDecodeError)) {
        if (c >= 0)
            return str_format("'%S' codec can't decode byte 0x%02x in position %lld: %S", enc,
                              (unsigned)c, (long long)start, reason);
        return str_format("'%S' codec can't decode bytes in position %lld-%lld: %S", enc,
                          (long long)start, (long long)end - 1, reason);
    }
    if (c >= 0) {
        escape_char(esc, sizeof esc, c);
        return str_format("'%S' codec can't encode character '%s' in position %lld: %S", enc, esc,
                          (long long)start, reason);
    }
    return str_format("'%S' codec can't encode characters in position %lld-%lld: %S", enc,
                      (long long)start, (long long)end - 1, reason);
}

value exc_raise_unicode(type_object *type, const char *encoding, value object,
                        size_t start, size_t end, const char *reason)
{
    value args[5];
    args[0] = str_from_cstr(encoding);
    if (!args[0])
        return V_NULL;
    args[1] = object;
    args[2] = v_small((int64_t)start);
    args[3] = v_small((int64_t)end);
    args[4] = str_from_cstr(reason);
    if (!args[4])
        return V_NULL;
    value e = exc_new(type, 5, args);
    if (!e)
        return V_NULL;
    return exc_raise_value(e);
}

static const getset_def unicode_getsets[] = {
    SLOT_ATTR("encoding", 0, "exception encoding"),
    SLOT_ATTR("object", 1, "exception object"),
    SLOT_ATTR("start", 2, "exception start"),
    SLOT_ATTR("end", 3, "exception end"),
    SLOT_ATTR("reason", 4, "exception reason"),
    GETSET_END};

/* -- The class table --------------------------------------------------------- */

#define EXC_HEADER(NAME)                                                       \
    .hdr = {&type_type, 0, 0}, .name = #NAME, .basicsize = sizeof(exc_object), \
    .flags = TYPE_BASETYPE | TYPE_EXC_SUBCLASS
#define SIMPLE_EXC(NAME, BASE) \
    type_object exc_##NAME = {EXC_HEADER(NAME), .base = &exc_##BASE};

type_object exc_BaseException = {
    EXC_HEADER(BaseException),
    .base = &object_type,
    .trace = exc_trace,
    .repr = base_repr,
    .str = base_str,
    .getattr = exc_getattr,
    .setattr = exc_setattr,
    .new = base_new,
    .init = base_init,
    .methods = base_methods,
    .getsets = base_getsets,
};

SIMPLE_EXC(Exception, BaseException)
SIMPLE_EXC(GeneratorExit, BaseException)
SIMPLE_EXC(KeyboardInterrupt, BaseException)
type_object exc_SystemExit = {EXC_HEADER(SystemExit), .base = &exc_BaseException,
                              .init = sysexit_init, .getsets = sysexit_getsets};

SIMPLE_EXC(ArithmeticError, Exception)
SIMPLE_EXC(FloatingPointError, ArithmeticError)
SIMPLE_EXC(OverflowError, ArithmeticError)
SIMPLE_EXC(ZeroDivisionError, ArithmeticError)
SIMPLE_EXC(AssertionError, Exception)
type_object exc_AttributeError = {EXC_HEADER(AttributeError), .base = &exc_Exception,
                                  .init = attr_init, .getsets = attr_getsets};
SIMPLE_EXC(BufferError, Exception)
SIMPLE_EXC(EOFError, Exception)
type_object exc_ImportError = {EXC_HEADER(ImportError), .base = &exc_Exception,
                               .init = import_init, .str = import_str, .getsets = import_getsets};
SIMPLE_EXC(ModuleNotFoundError, ImportError)
SIMPLE_EXC(LookupError, Exception)
SIMPLE_EXC(IndexError, LookupError)
type_object exc_KeyError = {EXC_HEADER(KeyError), .base = &exc_LookupError, .str = keyerror_str};
SIMPLE_EXC(MemoryError, Exception)
type_object exc_NameError = {EXC_HEADER(NameError), .base = &exc_Exception,
                             .init = name_init, .getsets = name_getsets};
SIMPLE_EXC(UnboundLocalError, NameError)

type_object exc_OSError = {EXC_HEADER(OSError), .base = &exc_Exception, .new = oserror_new,
                           .init = oserror_init, .str = oserror_str, .getsets = oserror_getsets};
SIMPLE_EXC(BlockingIOError, OSError)
SIMPLE_EXC(ChildProcessError, OSError)
SIMPLE_EXC(ConnectionError, OSError)
SIMPLE_EXC(BrokenPipeError, ConnectionError)
SIMPLE_EXC(ConnectionAbortedError, ConnectionError)
SIMPLE_EXC(ConnectionRefusedError, ConnectionError)
SIMPLE_EXC(ConnectionResetError, ConnectionError)
SIMPLE_EXC(FileExistsError, OSError)
SIMPLE_EXC(FileNotFoundError, OSError)
SIMPLE_EXC(InterruptedError, OSError)
SIMPLE_EXC(IsADirectoryError, OSError)
SIMPLE_EXC(NotADirectoryError, OSError)
SIMPLE_EXC(PermissionError, OSError)
SIMPLE_EXC(ProcessLookupError, OSError)
SIMPLE_EXC(TimeoutError, OSError)

SIMPLE_EXC(ReferenceError, Exception)
SIMPLE_EXC(RuntimeError, Exception)
SIMPLE_EXC(NotImplementedError, RuntimeError)
SIMPLE_EXC(RecursionError, RuntimeError)
SIMPLE_EXC(StopAsyncIteration, Exception)
type_object exc_StopIteration = {EXC_HEADER(StopIteration), .base = &exc_Exception,
                                 .init = stopiter_init, .getsets = stopiter_getsets};
type_object exc_SyntaxError = {EXC_HEADER(SyntaxError), .base = &exc_Exception,
                               .init = syntax_init, .str = syntax_str, .getsets = syntax_getsets};
SIMPLE_EXC(IndentationError, SyntaxError)
SIMPLE_EXC(TabError, IndentationError)
SIMPLE_EXC(SystemError, Exception)
SIMPLE_EXC(TypeError, Exception)
SIMPLE_EXC(ValueError, Exception)
SIMPLE_EXC(UnicodeError, ValueError)
type_object exc_UnicodeDecodeError = {EXC_HEADER(UnicodeDecodeError), .base = &exc_UnicodeError,
                                      .init = unicode_coding_init, .str = unicode_str,
                                      .getsets = unicode_getsets};
type_object exc_UnicodeEncodeError = {EXC_HEADER(UnicodeEncodeError), .base = &exc_UnicodeError,
                                      .init = unicode_coding_init, .str = unicode_str,
                                      .getsets = unicode_getsets};
type_object exc_UnicodeTranslateError = {EXC_HEADER(UnicodeTranslateError), .base = &exc_UnicodeError,
                                         .init = unicode_translate_init, .str = unicode_str,
                                         .getsets = unicode_getsets};

SIMPLE_EXC(Warning, Exception)
SIMPLE_EXC(BytesWarning, Warning)
SIMPLE_EXC(DeprecationWarning, Warning)
SIMPLE_EXC(EncodingWarning, Warning)
SIMPLE_EXC(FutureWarning, Warning)
SIMPLE_EXC(ImportWarning, Warning)
SIMPLE_EXC(PendingDeprecationWarning, Warning)
SIMPLE_EXC(ResourceWarning, Warning)
SIMPLE_EXC(RuntimeWarning, Warning)
SIMPLE_EXC(SyntaxWarning, Warning)
SIMPLE_EXC(UnicodeWarning, Warning)
SIMPLE_EXC(UserWarning, Warning)

/* -- Start-up ----------------------------------------------------------------- */

static value memory_error;   /* the preallocated instance exc_no_memory raises */

value exc_memory_error_instance(void) { return memory_error; }

static type_object *const all_types[] = {
#define EXC_TYPE(name) &exc_##name,
#include "exceptions.def"
#undef EXC_TYPE
};

/* Readies t after its base, so inherited slots are there to copy. */
static int ready_one(type_object *t)
{
    if (t->flags & TYPE_READY)
        return 0;
    if (t->base && t->base != &object_type && ready_one(t->base) < 0)
        return -1;
    return type_ready(t);
}

int exceptions_ready(void)
{
    if (ready_one(&exc_BaseException) < 0 || ready_one(&exc_Exception) < 0)
        return -1;
    if (exc_group_ready() < 0)   /* ExceptionGroup's two bases */
        return -1;
    for (size_t i = 0; i < sizeof all_types / sizeof all_types[0]; i++)
        if (ready_one(all_types[i]) < 0)
            return -1;
    if (type_ready(&traceback_type) < 0)
        return -1;
    gc_root(&memory_error);
    memory_error = exc_new(&exc_MemoryError, 0, NULL);
    return memory_error ? 0 : -1;
}
