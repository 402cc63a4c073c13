/* The SIGINT flag and its exception (interrupt.h): the handler records the
 * signal, the eval loop turns it into KeyboardInterrupt at its next
 * backward jump; signals trapped by the _signal module are recorded per
 * number and their Python handlers run at the same points. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include "interrupt.h"
#include "exc.h"
#include "gil.h"
#include "../objects/exceptions.h"

/* Bit PENDING_TRIPPED: some tripped[] mark is set; bit PENDING_PROMPT:
 * the prompt's SIGINT handler ran. The prompt consumes a Ctrl-C by
 * storing 0, so its SIGINT is not a tripped[] mark that could outlive
 * that and raise later. */
enum { PENDING_TRIPPED = 1, PENDING_PROMPT = 2 };
volatile sig_atomic_t interrupt_pending;
static volatile sig_atomic_t tripped[NSIG];
int (*interrupt_hook)(void);

/* Python signal handlers run in the main thread (gil.h knows it). */
static bool on_main_thread(void) { return gil_is_main_thread(); }

void interrupt_trip(int sig)
{
    if (sig > 0 && sig < NSIG)
        tripped[sig] = 1;
    interrupt_pending |= PENDING_TRIPPED;
}

int interrupt_take(int sig)
{
    if (sig <= 0 || sig >= NSIG || !tripped[sig])
        return 0;
    tripped[sig] = 0;
    return 1;
}

int interrupt_check(void)
{
    if (!on_main_thread())
        return 0;
    bool prompt_sigint = interrupt_pending & PENDING_PROMPT;
    interrupt_pending = 0;
    if (!interrupt_hook)
        return prompt_sigint ? interrupt_raise() : 0;
    if (prompt_sigint)
        tripped[SIGINT] = 1;
    return interrupt_hook();
}

bool interrupt_retry(void)
{
    if (errno != EINTR)
        return false;
    return !interrupt_pending || interrupt_check() == 0;
}

static void interrupt_handler(int sig)
{
    (void)sig;
    interrupt_pending |= PENDING_PROMPT;
}

int interrupt_raise(void)
{
    interrupt_pending = 0;
    exc_raise_value(v_from_obj(&exc_KeyboardInterrupt));
    return -1;
}

void interrupt_install(bool on)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on ? interrupt_handler : SIG_DFL;
    sigaction(SIGINT, &sa, NULL);
}
