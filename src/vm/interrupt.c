/* The SIGINT flag and its exception (interrupt.h): the handler records the
 * signal, the eval loop turns it into KeyboardInterrupt at its next
 * backward jump. */
#include <string.h>
#include "interrupt.h"
#include "exc.h"
#include "../objects/exceptions.h"

volatile sig_atomic_t interrupt_pending;

static void interrupt_handler(int sig)
{
    (void)sig;
    interrupt_pending = 1;
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
