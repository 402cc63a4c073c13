/* Ctrl-C as an exception. The interactive prompt (src/repl.c) installs a
 * SIGINT handler that only sets interrupt_pending, since nothing else is
 * safe in a signal handler; the eval loop looks at the flag on backward
 * jumps (every loop) and at RESUME (every call) and raises
 * KeyboardInterrupt there through interrupt_raise, so a running
 * `while True: pass` stops with a traceback and the prompt comes back;
 * a stdin read the signal cut short (sysstream.c) raises it too. Outside the prompt no handler is
 * installed and SIGINT keeps its default action, until the _signal
 * module (src/modules/signalmodule.c) installs handlers: its C handler
 * calls interrupt_trip, which records the signal and sets the same flag,
 * and interrupt_check then runs the Python handlers in the main thread
 * through interrupt_hook. */
#ifndef TAIPAN_INTERRUPT_H
#define TAIPAN_INTERRUPT_H
#include <signal.h>
#include "../objects/object.h"

extern volatile sig_atomic_t interrupt_pending;

/* Clears the flag and raises KeyboardInterrupt; returns -1 for the
 * caller's error path. */
int interrupt_raise(void);

/* Installs (on) or removes (off) the flag-setting SIGINT handler. It is
 * installed without SA_RESTART, so a blocking read or select in progress
 * returns EINTR and its caller can look at the flag. */
void interrupt_install(bool on);

/* Called by a C signal handler: records `sig` as tripped and sets
 * interrupt_pending. Async-signal-safe. */
void interrupt_trip(int sig);
/* Takes the tripped mark of `sig` (1 if it was set). */
int interrupt_take(int sig);

/* Set by the _signal module: runs the Python handlers of the tripped
 * signals; -1 when one raised. */
extern int (*interrupt_hook)(void);

/* What a safe point (the eval loop, a sleep or select cut short by a
 * signal) does when interrupt_pending is set: in the main thread, runs
 * the pending handlers (or, without the _signal module, raises
 * KeyboardInterrupt); 0, or -1 with the handler's exception. Other
 * threads leave the signals to the main thread and get 0. */
int interrupt_check(void);

/* After a system call failed: whether to make it again, as PEP 475
 * wants -- errno is EINTR and the pending handlers ran without raising.
 * false with the handler's exception set, or with errno untouched for
 * any other error. */
bool interrupt_retry(void);

#endif
