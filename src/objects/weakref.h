/* Weak references: weakref.ref (ReferenceType, subclassable) and the
 * proxies weakref.proxy makes (ProxyType, CallableProxyType). A weak
 * reference does not keep its referent alive. The weakrefs to an object
 * are kept in a side table keyed by the object's address (the collector
 * never moves objects), as a list in CPython's order: the basic ref (no
 * callback, exact type) first, then the basic proxy, then the others,
 * newest first. Each collection clears the weakrefs whose referent was
 * not reached, before finalizers resurrect anything (PEP 442), and queues
 * their callbacks; gc_run_pending calls them at a safe point (gc.h).
 * Which objects may be weakly referenced is a type flag,
 * TYPE_WEAKREFABLE: the builtin types CPython allows, and classes with a
 * __weakref__ (type.c's set_layout). */
#ifndef TAIPAN_WEAKREF_H
#define TAIPAN_WEAKREF_H
#include "object.h"

typedef struct weakref_object {
    object hdr;
    object *referent;                    /* NULL once dead; not traced */
    value callback;                      /* V_NULL: none (or already called) */
    int64_t hash;                        /* valid when hashed */
    bool hashed;
    struct weakref_object *prev, *next;  /* the referent's list (not traced) */
} weakref_object;

extern type_object weakref_type, weakproxy_type, weakcallableproxy_type;

static inline bool v_is_weakref(value v)
{
    return v_is_ptr(v) && type_is_subtype(v_obj(v)->type, &weakref_type);
}
static inline bool v_is_weakproxy(value v)
{
    return v_is_ptr(v) && (v_obj(v)->type == &weakproxy_type ||
                           v_obj(v)->type == &weakcallableproxy_type);
}

/* Readies the types, marks the builtin types that allow weak references
 * and registers the collector's hooks. Called by runtime_init. */
TP_MUST_CHECK int weakref_init(void);
/* Whether obj may be weakly referenced; if not, sets CPython's TypeError
 * ("cannot create weak reference to 'int' object") when `raise` is set. */
bool weakref_check(value obj, bool raise);
/* weakref.ref(obj[, callback]) and weakref.proxy(obj[, callback]);
 * callback V_NULL or None for none. */
TP_MUST_CHECK value weakref_ref(value obj, value callback);
TP_MUST_CHECK value weakref_proxy(value obj, value callback);
/* The referent of a ref or proxy, or V_NULL when it is dead. */
value weakref_referent(value wr);
/* getweakrefcount / getweakrefs / an instance's __weakref__ (the first
 * weakref to obj, or None). */
int64_t weakref_count(value obj);
TP_MUST_CHECK value weakref_list(value obj);
value weakref_first(value obj);

#endif
