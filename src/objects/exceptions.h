/* The instances of the builtin exception classes (exceptions.def). Every
 * exception, of any class, has the same layout: the fields of
 * BaseException (args, __traceback__, __cause__, __context__,
 * __suppress_context__, __notes__, an attribute dict) and eight extra
 * slots whose meaning depends on the class (StopIteration.value,
 * OSError.errno, SyntaxError.lineno, ...). One layout means one trace
 * function and one size for every class, and a user class deriving from
 * two different builtin exceptions needs no layout check. The classes are
 * static type_objects readied by exceptions_ready (called from runtime.c).
 */
#ifndef TAIPAN_EXCEPTIONS_H
#define TAIPAN_EXCEPTIONS_H
#include <stdbool.h>
#include "object.h"

enum { EXC_NSLOTS = 8 };

typedef struct exc_object {
    object hdr;
    value args;            /* tuple */
    value traceback;       /* a traceback object, or V_NULL (None) */
    value cause;           /* V_NULL: None */
    value context;         /* V_NULL: None */
    value dict;            /* attributes set on a builtin-class instance (__notes__
                              among them, as in CPython), or V_NULL */
    bool suppress_context;
    value slot[EXC_NSLOTS]; /* class-specific fields, named below; V_NULL reads as None */
} exc_object;

/* The class-specific slots. */
enum {
    EXC_STOPITER_VALUE = 0,
    EXC_SYSEXIT_CODE = 0,
    EXC_NAME_NAME = 0,                       /* NameError.name */
    EXC_ATTR_NAME = 0, EXC_ATTR_OBJ = 1,     /* AttributeError.name, .obj */
    EXC_IMPORT_MSG = 0, EXC_IMPORT_NAME = 1, EXC_IMPORT_PATH = 2,
    EXC_OS_ERRNO = 0, EXC_OS_STRERROR = 1, EXC_OS_FILENAME = 2, EXC_OS_FILENAME2 = 3,
    EXC_OS_WINERROR = 4, EXC_OS_WRITTEN = 5,  /* BlockingIOError.characters_written (V_NULL: unset) */
    EXC_SYN_MSG = 0, EXC_SYN_FILENAME = 1, EXC_SYN_LINENO = 2, EXC_SYN_OFFSET = 3,
    EXC_SYN_TEXT = 4, EXC_SYN_END_LINENO = 5, EXC_SYN_END_OFFSET = 6, EXC_SYN_PRINT_FL = 7,
    EXC_UNI_ENCODING = 0, EXC_UNI_OBJECT = 1, EXC_UNI_START = 2, EXC_UNI_END = 3,
    EXC_UNI_REASON = 4,
    EXC_GROUP_MSG = 0, EXC_GROUP_EXCS = 1,   /* message (str), exceptions (tuple) */
};

static inline bool v_is_exc(value v) { return v_is_ptr(v) && (v_obj(v)->type->flags & TYPE_EXC_SUBCLASS); }
static inline exc_object *v_exc(value v) { return (exc_object *)v_obj(v); }
/* A slot's value, None for an unset one. */
value exc_slot(value exc, int i);

/* Readies every class of exceptions.def (after object, type, tuple, str and
 * dict are ready) and preallocates the MemoryError instance exc_no_memory
 * raises. Returns -1 on failure. */
TP_MUST_CHECK int exceptions_ready(void);

/* type(*args): a new instance as calling the class would make it. */
TP_MUST_CHECK value exc_new(type_object *type, int argc, const value *argv);
/* The instance exc_no_memory raises; preallocated and rooted. */
value exc_memory_error_instance(void);

/* Attribute helpers the VM and the printer use; all never fail. */
static inline value exc_args(value exc) { return v_exc(exc)->args; }
void exc_set_traceback(value exc, value tb);      /* tb: traceback or V_NULL */
void exc_set_cause(value exc, value cause);       /* also sets __suppress_context__ */
void exc_set_context(value exc, value context);
/* StopIteration(value) for a generator's return; V_NULL on failure. */
TP_MUST_CHECK value exc_stop_iteration(value v);

/* KeyError(key) raised as CPython does (a tuple key is wrapped so it is
 * not taken as args). Returns V_NULL. */
value exc_raise_key_error(value key);
/* AttributeError with .name and .obj set, message as given. */
value exc_raise_attribute_error(value obj, value name, const char *fmt, ...);
/* UnicodeEncodeError / UnicodeDecodeError (type) with its five fields
 * set as CPython's codecs set them: encoding (C string), the object
 * being coded (str or bytes), [start, end) and the reason; its str() is
 * CPython's message. Returns V_NULL. */
value exc_raise_unicode(type_object *type, const char *encoding, value object,
                        size_t start, size_t end, const char *reason);
/* except*: splits exc by the handler's type into *match (an exception
 * group, a naked exception wrapped in one) and *rest, each None when
 * empty, as CPython's CHECK_EG_MATCH does. -1 on error. */
TP_MUST_CHECK int exc_group_match(value exc, value type, value *match, value *rest);
/* except*: what to raise after the handlers ran, from the original
 * exception and the list of what each handler raised or re-raised (None
 * entries: nothing); None when nothing is left. */
TP_MUST_CHECK value exc_group_prep_reraise(value orig, value excs);
/* NameError("name 'x' is not defined") with .name set. */
value exc_raise_name_error(type_object *type, value name, const char *fmt, ...);

#endif
