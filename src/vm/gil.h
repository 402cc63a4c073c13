/* The global interpreter lock (docs/threads.md). Only the thread holding
 * it may touch heap objects, run bytecode or allocate. It is inert until
 * the first extra thread starts (gil_active false: release and acquire do
 * nothing), so a program without threads pays one predictable branch.
 * A thread about to block (a lock acquire, a sleep, a read) releases it
 * around the blocking call with GIL_BLOCKING_BEGIN / GIL_BLOCKING_END and
 * must not touch any heap object in between; what it needs it copies to
 * C locals first (heap objects it points to stay put: the collector does
 * not move them, and the thread's C stack is still scanned). */
#ifndef TAIPAN_GIL_H
#define TAIPAN_GIL_H
#include <stdbool.h>

extern bool gil_active;

/* Gives the GIL up / takes it back (waiting for it). Each records where
 * the calling thread's C stack is, for the collector. No-ops while
 * gil_active is false. */
void gil_release(void);
void gil_acquire(void);

#define GIL_BLOCKING_BEGIN() gil_release()
#define GIL_BLOCKING_END() gil_acquire()

/* Whether the running thread is the main one (signals, KeyboardInterrupt). */
bool gil_is_main_thread(void);

#endif
