/* The `_thread` module's internal interface (threadmodule.c: the lock
 * types and Python-visible functions; thread_run.c: starting threads,
 * their exit and bookkeeping). See docs/threads.md. */
#ifndef TAIPAN_THREADMODULE_H
#define TAIPAN_THREADMODULE_H
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include "../objects/object.h"

/* A lock usable across OS threads: `locked` is guarded by `mu`; waiters
 * sleep on `cv`. Read `locked` outside `mu` only through tlock_locked. */
typedef struct tlock {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool locked;
} tlock;

void tlock_init(tlock *l);
void tlock_destroy(tlock *l);
bool tlock_try(tlock *l);
void tlock_release(tlock *l);
static inline bool tlock_locked(tlock *l) { return __atomic_load_n(&l->locked, __ATOMIC_ACQUIRE); }
/* Waits up to timeout_ns (-1: forever; 0: not at all) with the GIL
 * released. 1 acquired, 0 timed out, -1 KeyboardInterrupt raised (a
 * Ctrl-C came while the main thread waited). */
TP_MUST_CHECK int tlock_acquire(tlock *l, int64_t timeout_ns);

extern type_object thread_lock_type;   /* _thread.lock */
TP_MUST_CHECK value thread_new_lock(void);
tlock *thread_lock_of(value lock);      /* lock: a _thread.lock */

/* get_ident() of the running thread. */
unsigned long thread_ident(void);
/* _thread.stack_size()'s setting (0: the default). */
size_t thread_stack_size(void);
/* Drops every _local's dict for the thread `ident` (at its exit). */
void thread_forget_locals(unsigned long ident);

/* thread_run.c */
TP_MUST_CHECK value thread_start(value func, value args, value kwargs);
int64_t thread_count(void);
/* Remembers a _set_sentinel() lock, released when this thread ends. */
TP_MUST_CHECK int thread_add_sentinel(value lock);
/* At exit: threading._shutdown() if threading was imported (joins the
 * non-daemon threads); errors are reported, not raised. */
void thread_shutdown(void);

#endif
