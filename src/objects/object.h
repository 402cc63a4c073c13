/* The object model's core contract. Every heap object starts with an
 * `object` header naming its type; a type is itself an object
 * (type_object) holding its behaviour as C function pointers ("slots"),
 * filled for builtin types by their own file and, for classes defined in
 * Python, by type.c from the matching dunder methods. The generic
 * operations every part of Taipan uses (obj_repr, obj_getattr, obj_call,
 * binary operators, ...) are declared here and live in object.c; they
 * follow CPython 3.11's protocols (reflected operands, NotImplemented,
 * __eq__/__hash__ rules, error messages).
 *
 * Error convention (DESIGN.md, "Errors"): a function returning `value`
 * returns V_NULL with an exception set in the thread state (exc.h); a
 * function returning int returns -1 with an exception set. Functions that
 * can fail are marked TP_MUST_CHECK so ignoring the result is a compile
 * error. Allocation is gc_alloc (gc.h); nothing is freed by hand. */
#ifndef TAIPAN_OBJECT_H
#define TAIPAN_OBJECT_H
#include <stddef.h>
#include <stdint.h>
#include "value.h"

#define TP_MUST_CHECK __attribute__((warn_unused_result))

typedef struct type_object type_object;
typedef struct gc_tracer gc_tracer;

typedef struct object {
    type_object *type;
    uint32_t gc_bits;     /* owned by the collector */
    uint32_t flags;       /* owned by the object's type (e.g. str: ASCII, interned) */
} object;

/* The type of any value (small ints are ints). */
extern type_object int_type;
static inline type_object *v_type(value v)
{
    return v_is_int(v) ? &int_type : v_obj(v)->type;
}

/* -- Slot signatures -------------------------------------------------------- */

/* Calls use one convention everywhere ("vectorcall"): argv holds the
 * positional arguments then the values of the keyword arguments, whose
 * names are in kwnames (a tuple of str, or V_NULL when there are none);
 * argc counts the positional ones only. */
typedef value (*call_fn)(value callable, int argc, const value *argv, value kwnames);
typedef value (*unary_fn)(value a);
typedef value (*binary_fn)(value a, value b);
typedef value (*ternary_fn)(value a, value b, value c);
typedef int (*hash_fn)(value a, int64_t *out);             /* -1 on error */
typedef value (*richcmp_fn)(value a, value b, int op);     /* may return NotImplemented */
typedef value (*getattr_fn)(value obj, value name);        /* name: a str */
typedef int (*setattr_fn)(value obj, value name, value v); /* v == V_NULL: delete */
typedef value (*descr_get_fn)(value descr, value obj, value type); /* obj V_NULL: class access */
typedef int (*descr_set_fn)(value descr, value obj, value v);      /* v == V_NULL: delete */
typedef int64_t (*len_fn)(value a);                        /* -1 on error */
typedef value (*getitem_fn)(value a, value key);
typedef int (*setitem_fn)(value a, value key, value v);    /* v == V_NULL: delete */
typedef int (*contains_fn)(value a, value item);           /* 1, 0, or -1 on error */
typedef value (*iternext_fn)(value it);  /* V_NULL and no exception: exhausted */
typedef int (*bool_fn)(value a);         /* 1, 0, or -1 on error */
typedef value (*new_fn)(type_object *type, int argc, const value *argv, value kwnames);
typedef int (*init_fn)(value self, int argc, const value *argv, value kwnames);
typedef void (*trace_fn)(object *o, gc_tracer *t);   /* mark every value o holds */
typedef void (*finalize_fn)(object *o);  /* release C resources when o is swept (not __del__) */

/* Comparison operators (richcompare's op), in CPython's order. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary number slots, in the order of the AST's operator enum minus one
 * (AST_OP_Add - 1 == NB_ADD), so the compiler's BINARY_OP argument indexes
 * them directly. */
enum {
    NB_ADD, NB_SUB, NB_MUL, NB_MATMUL, NB_TRUEDIV, NB_MOD, NB_POW, NB_LSHIFT,
    NB_RSHIFT, NB_OR, NB_XOR, NB_AND, NB_FLOORDIV, NB_COUNT
};

/* -- Builtin methods and attributes ---------------------------------------- */

/* A C function exposed to Python: self is the bound object (V_NULL for
 * module-level functions and static methods). */
typedef value (*cfunc)(value self, int argc, const value *argv, value kwnames);

enum {
    METH_FAST = 0,        /* any arguments, no keywords: the function checks argc */
    METH_KEYWORDS = 1,    /* keywords allowed: the function parses kwnames */
    METH_NOARGS = 2,      /* no arguments: the caller checks ("takes no arguments (1 given)") */
    METH_O = 4,           /* exactly one argument: the caller checks */
    METH_CLASS = 8,       /* a classmethod: self is the type */
    METH_STATIC = 16,     /* a staticmethod: self is V_NULL */
};

typedef struct method_def {
    const char *name;
    cfunc fn;
    int flags;
    const char *doc;
} method_def;

typedef struct getset_def {
    const char *name;
    value (*get)(value self);
    int (*set)(value self, value v);   /* NULL: read-only; v == V_NULL: delete */
    const char *doc;
} getset_def;

/* -- Types ----------------------------------------------------------------- */

enum {
    TYPE_BASETYPE = 1,     /* may be subclassed */
    TYPE_HEAPTYPE = 2,     /* created by a class statement */
    TYPE_READY = 4,        /* type_ready has run */
    TYPE_INT_SUBCLASS = 8, TYPE_STR_SUBCLASS = 16, TYPE_TUPLE_SUBCLASS = 32,
    TYPE_LIST_SUBCLASS = 64, TYPE_DICT_SUBCLASS = 128, TYPE_TYPE_SUBCLASS = 256,
    TYPE_EXC_SUBCLASS = 512,   /* BaseException and subclasses */
    TYPE_ABSTRACT = 1024,
    TYPE_HAS_SHAPE = 2048,     /* instances store attributes through shapes */
    /* Calling descr_get(d, obj, type) and then the result with args is the
     * same as calling d with (obj, *args): set by function and method
     * descriptor types so callers can skip the bound-method allocation. */
    TYPE_METHOD_DESCR = 4096,
    /* Instances of a class derived from a var-sized builtin (str, bytes,
     * tuple) keep their __dict__ in one word after their items, not in an
     * inst_attrs (attrs_offset is 0): type_var_dict (type.h) finds it. */
    TYPE_VAR_DICT = 8192,
    /* Instances may be weakly referenced (weakref.c): set on the builtin
     * types CPython allows (type, function, set, ...) and on classes that
     * get a __weakref__ (set_layout). */
    TYPE_WEAKREFABLE = 16384,
    /* What a `match` sequence / mapping pattern accepts beyond the builtin
     * types (CPython's Py_TPFLAGS_SEQUENCE / _MAPPING): set by _abc from
     * collections.abc's __abc_tpflags__ and by register(), inherited. */
    TYPE_SEQUENCE = 32768, TYPE_MAPPING = 65536,
};

struct type_object {
    object hdr;
    const char *name;          /* tp_name: "int", "collections.OrderedDict" */
    size_t basicsize;          /* bytes for an instance, header included */
    size_t itemsize;           /* per item, for variable-size objects */
    uint32_t flags;            /* TYPE_* */
    uint32_t version;          /* changes whenever the type or a base changes (inline caches) */
    type_object *base;         /* the solid base */
    value bases;               /* tuple of types */
    value mro;                 /* tuple of types, C3 order */
    value dict;                /* dict: the class namespace (methods, attributes) */
    value name_str, qualname;  /* str __name__ / __qualname__ */
    value module;              /* str __module__ or V_NULL */

    trace_fn trace;
    finalize_fn finalize;

    unary_fn repr, str;
    hash_fn hash;              /* NULL with TYPE_HEAPTYPE unset: unhashable */
    richcmp_fn richcompare;
    getattr_fn getattr;
    setattr_fn setattr;
    descr_get_fn descr_get;
    descr_set_fn descr_set;
    call_fn call;
    unary_fn iter;
    iternext_fn iternext;
    len_fn len;
    getitem_fn getitem;
    setitem_fn setitem;
    contains_fn contains;
    /* Number slots are called with the operands in their source order, as
     * CPython's: obj_binary_op(a, b) calls type(a)->nb[i](a, b) and, if that
     * gives NotImplemented, type(b)->nb[i](a, b). So a slot must check both
     * operands' types and return NotImplemented when it cannot handle them. */
    binary_fn nb[NB_COUNT];          /* a + b, ...; ternary pow uses nb_pow3 */
    binary_fn nb_inplace[NB_COUNT];  /* a += b, ...; NULL: fall back to nb */
    ternary_fn nb_pow3;
    unary_fn nb_neg, nb_pos, nb_invert, nb_abs, nb_index, nb_int, nb_float;
    bool_fn nb_bool;
    /* Sequence concatenation and repetition (list, tuple, str, bytes): tried
     * by obj_binary_op only after both operands' nb slots gave
     * NotImplemented, as CPython does. sq_concat(a, b) raises its own error
     * ("can only concatenate list (not \"tuple\") to list");
     * sq_repeat(seq, n) gets n as an int (obj_binary_op converts through
     * __index__ and raises "can't multiply sequence by non-int of type
     * 'X'"). The inplace ones serve += and *= (NULL: use the plain one). */
    binary_fn sq_concat, sq_repeat, sq_inplace_concat, sq_inplace_repeat;
    new_fn new;
    init_fn init;

    const method_def *methods;   /* NULL-name terminated */
    const getset_def *getsets;   /* NULL-name terminated */

    /* Where an instance keeps its attributes (an inst_attrs, instance.h):
     * the byte offset in the object, or 0 when instances have no __dict__.
     * Set by type_new for classes; a builtin type whose instances take
     * attributes (exceptions, functions, modules) reserves an inst_attrs in
     * its struct and sets this to its offsetof. */
    size_t attrs_offset;
    struct shape *root_shape;    /* the empty shape of this type's instances (lazily made) */
    /* A static type's docstring (__doc__), or NULL: then type_ready looks
     * in typedocs.c's table by name, else __doc__ is None. */
    const char *doc;
};

extern type_object type_type, object_type, none_type, bool_type, float_type, str_type,
    bytes_type, tuple_type, list_type, dict_type, notimplemented_type, ellipsis_type;

/* The singletons. */
extern object none_obj, true_obj, false_obj, notimplemented_obj, ellipsis_obj;
#define V_NONE v_from_obj(&none_obj)
#define V_TRUE v_from_obj(&true_obj)
#define V_FALSE v_from_obj(&false_obj)
#define V_NOTIMPL v_from_obj(&notimplemented_obj)
#define V_ELLIPSIS v_from_obj(&ellipsis_obj)
static inline value v_bool(int b) { return b ? V_TRUE : V_FALSE; }

/* Fills a static builtin type's dict from its methods/getsets, computes
 * its MRO and inherits slots from its base. Returns -1 on error. */
TP_MUST_CHECK int type_ready(type_object *t);
static inline int type_is_subtype(type_object *a, type_object *b);
int type_issubtype(type_object *a, type_object *b);   /* walks the MRO */
static inline int type_is_subtype(type_object *a, type_object *b) { return a == b || type_issubtype(a, b); }
static inline int v_isinstance_exact(value v, type_object *t) { return v_type(v) == t; }
static inline int v_isinstance(value v, type_object *t) { return type_is_subtype(v_type(v), t); }
/* Looks `name` (a str) up along t's MRO, without descriptors; V_NULL (no
 * exception) when absent. */
value type_lookup(type_object *t, value name);

/* -- Generic operations (object.c) ----------------------------------------- */

TP_MUST_CHECK value obj_repr(value v);        /* a str */
TP_MUST_CHECK value obj_str(value v);         /* a str */
TP_MUST_CHECK int obj_hash(value v, int64_t *out);
TP_MUST_CHECK value obj_richcompare(value a, value b, int op);  /* any value */
TP_MUST_CHECK int obj_richcompare_bool(value a, value b, int op); /* 1/0/-1; identity implies equality for EQ/NE */
TP_MUST_CHECK int obj_truthy(value v);        /* 1/0/-1 */
TP_MUST_CHECK value obj_getattr(value obj, value name);
TP_MUST_CHECK value obj_getattr_cstr(value obj, const char *name);
TP_MUST_CHECK int obj_setattr(value obj, value name, value v);  /* v == V_NULL: delete */
/* object.__getattribute__ / __setattr__: the generic lookup through the type's
 * MRO (data descriptors, then the instance's attributes, then non-data
 * descriptors and class attributes); types use these as their getattr. */
TP_MUST_CHECK value obj_generic_getattr(value obj, value name);
TP_MUST_CHECK int obj_generic_setattr(value obj, value name, value v);
TP_MUST_CHECK value obj_call(value callable, int argc, const value *argv, value kwnames);
TP_MUST_CHECK value obj_call0(value callable);
TP_MUST_CHECK value obj_call1(value callable, value a);
TP_MUST_CHECK value obj_call_method(value obj, const char *name, int argc, const value *argv);
TP_MUST_CHECK value obj_iter(value v);
TP_MUST_CHECK value obj_next(value it);      /* V_NULL and no exception: exhausted */
TP_MUST_CHECK int64_t obj_len(value v);      /* -1 on error */
TP_MUST_CHECK value obj_getitem(value a, value key);
TP_MUST_CHECK int obj_setitem(value a, value key, value v);
TP_MUST_CHECK int obj_delitem(value a, value key);
TP_MUST_CHECK int obj_contains(value container, value item);  /* `item in container` */
/* The same by iterating (what `in` does when there is no __contains__). */
TP_MUST_CHECK int obj_contains_by_iter(value container, value item);
TP_MUST_CHECK value obj_binary_op(value a, value b, int nb);   /* a OP b with reflection */
TP_MUST_CHECK value obj_inplace_op(value a, value b, int nb);  /* a OP= b */
TP_MUST_CHECK value obj_pow(value a, value b, value mod);      /* pow(a, b, mod); mod may be V_NONE */
TP_MUST_CHECK value obj_neg(value a);
TP_MUST_CHECK value obj_pos(value a);
TP_MUST_CHECK value obj_invert(value a);
TP_MUST_CHECK value obj_index(value a);   /* operator.index: an int */
TP_MUST_CHECK int obj_isinstance(value obj, value cls);   /* isinstance(): tuples, __instancecheck__ */
TP_MUST_CHECK int obj_issubclass(value cls, value base);
/* Raise AttributeError "'X' object has no attribute 'y'" with its .name
 * and .obj set (for "Did you mean" suggestions); always V_NULL. */
value obj_attribute_error(value obj, value name);
/* Set .name and .obj on the pending AttributeError (if that is what is pending). */
void obj_set_attribute_info(value obj, value name);
/* The type's name for messages ("'int' object is not callable"). */
static inline const char *v_type_name(value v) { return v_type(v)->name; }

#endif
