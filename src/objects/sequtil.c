/* Helpers shared by the container types (sequtil.h): the repr cycle
 * guard is a small per-thread stack of the containers whose repr is being
 * built, searched linearly (depth is bounded by obj_repr's recursion guard). */
#include <stdlib.h>
#include "sequtil.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../gc/gc.h"
#include "../vm/exc.h"

static __thread value *repr_stack;
static __thread size_t repr_len, repr_cap;

int repr_enter(value o)
{
    for (size_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == o)
            return 1;
    /* no recursion guard of its own: obj_repr, the way into every
     * container's repr, has it (one count per level, as CPython) */
    if (repr_len == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 16;
        value *s = realloc(repr_stack, cap * sizeof(value));
        if (!s) {
            exc_no_memory();
            return -1;
        }
        repr_stack = s;
        repr_cap = cap;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void repr_leave(value o)
{
    /* Normally o is on top; search anyway so a mismatch cannot corrupt. */
    for (size_t i = repr_len; i-- > 0;) {
        if (repr_stack[i] == o) {
            repr_stack[i] = repr_stack[--repr_len];
            break;
        }
    }
}

int args_no_kw(const char *name, value kwnames)
{
    if (kwnames != V_NULL && tuple_len(kwnames) > 0) {
        exc_raise(&exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

int args_count(const char *name, int argc, int min, int max)
{
    if (argc < min) {
        exc_raise(&exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                  min == max ? "" : "at least ", min, min == 1 ? "" : "s", argc);
        return -1;
    }
    if (argc > max) {
        exc_raise(&exc_TypeError, "%s expected %s%d argument%s, got %d", name,
                  min == max ? "" : "at most ", max, max == 1 ? "" : "s", argc);
        return -1;
    }
    return 0;
}

int args_index(value v, int64_t *out)
{
    if (v_is_int(v)) {
        *out = v_int(v);
        return 0;
    }
    value i = obj_index(v);
    if (!i)
        return -1;
    if (int_as_i64(i, out) < 0) {
        /* these arguments are Py_ssize_t in CPython, hence its wording */
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

int seq_length_hint(value o, int64_t dflt, int64_t *out)
{
    type_object *t = v_type(o);
    if (t->len) {
        int64_t n = t->len(o);
        if (n >= 0) {
            *out = n;
            return 0;
        }
        if (!exc_matches(&exc_TypeError))
            return -1;
        exc_clear();
    }
    int found;
    value r = call_special(o, str_intern_cstr("__length_hint__"), 0, NULL, &found);
    if (!found) {
        *out = dflt;
        return 0;
    }
    if (!r) {
        if (!exc_matches(&exc_TypeError))   /* a TypeError means "no hint", as CPython */
            return -1;
        exc_clear();
        *out = dflt;
        return 0;
    }
    if (r == V_NOTIMPL) {
        *out = dflt;
        return 0;
    }
    if (!v_is_int_like(r)) {
        exc_raise(&exc_TypeError, "__length_hint__ must be an integer, not %s", v_type_name(r));
        return -1;
    }
    int64_t n;
    if (args_index(r, &n) < 0)
        return -1;
    if (n < 0) {
        exc_raise(&exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    *out = n;
    return 0;
}

bool seq_other_may_reflect(value other, int nb)
{
    type_object *t = v_type(other);
    return (t->flags & TYPE_HEAPTYPE) && t->nb[nb] != NULL;
}

object *seq_alloc(type_object *type, size_t base_size, size_t extra)
{
    size_t size = type->basicsize > base_size ? type->basicsize : base_size;
    if (extra > SIZE_MAX / 2 - size) {
        exc_no_memory();
        return NULL;
    }
    return gc_alloc(type, size + extra);
}
