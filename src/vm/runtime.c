/* Bringing the runtime up (runtime.h): the main thread's state, the
 * collector, the interned names, then every builtin type in the order of
 * the table below (type_ready readies a type's base first, so the order
 * only matters for types that use others while being readied). Add a new
 * builtin type with one line in builtin_types. Static objects that hold
 * values are made GC roots here. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pthread.h>
#include <stdio.h>
#include "runtime.h"
#include "exc.h"
#include "../gc/gc.h"
#include "../objects/object.h"
#include "../objects/names.h"
#include "../objects/type.h"
#include "../objects/descr.h"
#include "../objects/cfunction.h"
#include "../objects/super.h"
#include "../objects/instance.h"
#include "../objects/exceptions.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/set.h"
#include "../objects/slice.h"
#include "../objects/range.h"
#include "../objects/complex.h"
#include "../objects/bytearray.h"
#include "../objects/memoryview.h"
#include "../objects/iterators.h"
#include "../objects/function.h"
#include "../objects/generator.h"
#include "../objects/module.h"
#include "code.h"
#include "frame.h"
#include "traceback.h"
#include "finalize.h"
#include "../objects/weakref.h"
#include "../objects/genericalias.h"

static type_object *const builtin_types[] = {
    &object_type, &type_type,
    &str_type, &dict_type, &tuple_type, &list_type,
    &none_type, &notimplemented_type, &ellipsis_type,
    &int_type, &bool_type, &float_type, &complex_type, &bytearray_type, &memoryview_type,
    &cfunc_type, &method_descr_type, &classmethod_descr_type, &getset_descr_type,
    &member_descr_type, &wrapper_descr_type, &method_wrapper_type,
    &classmethod_type, &staticmethod_type, &property_type, &super_type,
    &genericalias_type, &uniontype_type,
    &shape_type,
    &range_type, &range_iterator_type, &longrange_iterator_type, &enumerate_type, &zip_type,
    &map_type, &filter_type, &reversed_type, &seq_iterator_type, &callable_iterator_type,
    /* containers and their helpers: ready before first use, so that
     * type(iter([])) has its name and dict */
    &set_type, &frozenset_type, &slice_type,
    &str_iterator_type, &str_ascii_iterator_type, &bytes_type, &bytes_iterator_type, &memory_iterator_type, &bytearray_iterator_type,
    &tuple_iterator_type, &list_iterator_type, &list_reverseiterator_type, &set_iterator_type,
    &dict_keys_type, &dict_values_type, &dict_items_type,
    &dict_keyiterator_type, &dict_valueiterator_type, &dict_itemiterator_type,
    &dict_reversekeyiterator_type, &dict_reversevalueiterator_type, &dict_reverseitemiterator_type,
};

static thread_state main_thread;

/* The highest address of this thread's C stack: the GC scans from the
 * current stack pointer up to it. */
static void *stack_top(void)
{
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return __builtin_frame_address(0);
    int r = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return r == 0 ? (char *)addr + size : __builtin_frame_address(0);
}

int runtime_init(void)
{
    static bool done;
    if (done)
        return 0;
    main_thread.recursion_limit = 1000;
    main_thread.stack_base = stack_top();
    ts_current = &main_thread;
    gc_init();
    if (names_init() < 0)
        goto fail;
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++) {
        type_object *t = builtin_types[i];
        if (type_ready(t) < 0)   /* also makes t a GC root */
            goto fail;
    }
    if (exceptions_ready() < 0)
        goto fail;
    if (weakref_init() < 0)   /* weak references and finalizers (gc.h) */
        goto fail;
    finalize_init();
    done = true;
    return 0;
fail:
    fprintf(stderr, "taipan: cannot start the runtime\n");
    return -1;
}

void runtime_fini(void)
{
}
