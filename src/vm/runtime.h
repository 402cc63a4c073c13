/* Bringing the runtime up and down: the collector, the main thread's
 * state, every builtin type (type_ready, in dependency order), the
 * interned names, the builtins module. C unit tests call runtime_init()
 * first, as main does. */
#ifndef TAIPAN_RUNTIME_H
#define TAIPAN_RUNTIME_H

/* Returns 0, or -1 (after printing why) when the runtime cannot start. */
int runtime_init(void);
void runtime_fini(void);

#endif
