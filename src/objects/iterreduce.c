/* Pickling support shared by the builtin iterators: building the
 * (builtins.iter, (seq,), index) triple of __reduce__ (the callable is
 * looked up in the builtins module, so a rebound builtins.iter is not
 * what pickles) and reading the index __setstate__ receives. */
#include "iterreduce.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include <string.h>
#include "../gc/gc.h"
#include "../modules/builtins.h"
#include "../vm/exc.h"

value iterreduce_pack(const char *name, value seq, value index)
{
    value fn = obj_getattr_cstr(builtins_module, name);
    value args = fn ? tuple_pack(1, seq) : V_NULL;
    if (!args)
        return V_NULL;
    return index ? tuple_pack(3, fn, args, index) : tuple_pack(2, fn, args);
}

int iterreduce_index(value state, int64_t *out)
{
    if (!v_is_int_like(state)) {
        exc_raise(&exc_TypeError, "an integer is required");
        return -1;
    }
    if (int_as_i64(state, out) < 0) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

value iterreduce_remaining(value self, int argc, const value *argv, value kwnames)
{
    object *src = v_obj(self);
    type_object *tp = src->type;
    object *copy = gc_alloc(tp, tp->basicsize);
    if (!copy)
        return V_NULL;
    memcpy((char *)copy + sizeof(object), (char *)src + sizeof(object), tp->basicsize - sizeof(object));
    value it = v_from_obj(copy);
    value items = list_new(0);
    if (!items)
        return V_NULL;
    for (;;) {
        value v = tp->iternext(it);
        if (!v) {
            if (exc_occurred())
                return V_NULL;
            break;
        }
        if (list_append(items, v) < 0)
            return V_NULL;
    }
    return iterreduce_pack("iter", items, V_NULL);
}
