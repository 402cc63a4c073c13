/* The global interpreter lock (gil.h). Until a second thread exists the
 * lock is not used at all. */
#include <pthread.h>
#include "gil.h"

bool gil_active;

static pthread_t main_thread;
static bool main_known;

/* The thread that first asks is the main one: runtime start-up asks
 * before any other thread can exist. */
static void note_main(void)
{
    if (!main_known) {
        main_thread = pthread_self();
        main_known = true;
    }
}

__attribute__((constructor)) static void gil_note_main(void) { note_main(); }

bool gil_is_main_thread(void)
{
    note_main();
    return pthread_equal(pthread_self(), main_thread);
}

void gil_release(void)
{
    if (!gil_active)
        return;
}

void gil_acquire(void)
{
    if (!gil_active)
        return;
}
