/* The global interpreter lock and the registry of Python threads
 * (docs/threads.md). Only the thread holding the GIL may touch heap
 * objects, run bytecode or allocate. It is inert until the first extra
 * thread starts (gil_active false: release and acquire do nothing), so a
 * program without threads pays one predictable branch.
 *
 * A thread about to block (a lock acquire, a sleep, a read) releases it
 * around the blocking call with GIL_BLOCKING_BEGIN / GIL_BLOCKING_END and
 * must not touch any heap object in between; what it needs it copies to
 * C locals first (objects it points to stay put: the collector does not
 * move them, and the thread's stack is still scanned). A thread that has
 * held the GIL for the switch interval while another waits is asked to
 * let go (gil_drop_request): the eval loop honours that where it looks
 * for signals, at RESUME and JUMP_BACKWARD.
 *
 * The collector runs in whichever thread holds the GIL; gil.c gives it a
 * root tracer over every other registered thread: its thread_state, its
 * frame chain, and its C stack from where it released the GIL (registers
 * spilled there) to its base. */
#ifndef TAIPAN_GIL_H
#define TAIPAN_GIL_H
#include <stdbool.h>
#include "exc.h"

extern bool gil_active;
extern volatile int gil_drop_request;

/* Gives the GIL up / takes it back (waiting for it). No-ops while
 * gil_active is false. */
void gil_release(void);
void gil_acquire(void);
/* Lets another thread run if one waits (the eval loop, on a drop request). */
void gil_yield(void);

#define GIL_BLOCKING_BEGIN() gil_release()
#define GIL_BLOCKING_END() gil_acquire()

/* Turns the GIL on (the caller, holding the interpreter, takes it) and
 * registers the calling thread: done before the first extra thread
 * starts. */
TP_MUST_CHECK int gil_start(void);
/* Registers / forgets the calling thread (with its thread_state) as one
 * the collector must scan. Called with the GIL held. gil_unregister also
 * releases the GIL for good: the thread must not touch the heap after. */
TP_MUST_CHECK int gil_register(thread_state *t);
void gil_unregister_and_release(void);

/* sys.setswitchinterval / getswitchinterval, in seconds. */
void gil_set_interval(double seconds);
double gil_get_interval(void);

/* Whether the running thread is the main one (signals, KeyboardInterrupt). */
bool gil_is_main_thread(void);
/* The lowest address of the running thread's C stack, or NULL. */
char *gil_stack_low(void);

#endif
