/* Starting and ending threads for `_thread` (threadmodule.h): what
 * start_new_thread runs, the count of running threads (_count), and the
 * per-thread sentinel locks threading.py waits on in join(). */
#include "threadmodule.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../vm/exc.h"

/* ident -> list of sentinel locks the thread releases when it ends */
static value sentinels;

int thread_add_sentinel(value lock)
{
    if (!sentinels) {
        if (!(sentinels = dict_new()))
            return -1;
        gc_root(&sentinels);
    }
    value key = int_from_u64(thread_ident());
    if (!key)
        return -1;
    value l = dict_get(sentinels, key);
    if (!l) {
        if (exc_occurred() || !(l = list_new(0)) || dict_set(sentinels, key, l) < 0)
            return -1;
    }
    return list_append(l, lock);
}

int64_t thread_count(void)
{
    return 0;
}

value thread_start(value func, value args, value kwargs)
{
    return exc_raise(&exc_RuntimeError, "can't start new thread");
}
