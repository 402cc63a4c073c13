/* Ctrl-C as an exception. The interactive prompt (src/repl.c) installs a
 * SIGINT handler that only sets interrupt_pending, since nothing else is
 * safe in a signal handler; the eval loop looks at the flag on backward
 * jumps (every loop) and at RESUME (every call) and raises
 * KeyboardInterrupt there through interrupt_raise, so a running
 * `while True: pass` stops with a traceback and the prompt comes back;
 * a stdin read the signal cut short (sysstream.c) raises it too. Outside the prompt no handler is
 * installed and SIGINT keeps its default action. */
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

#endif
