/* The global interpreter lock and the thread registry (gil.h). The lock
 * is a flag guarded by a mutex: waiters sleep on `free_cv` in slices of
 * the switch interval and, when a whole slice passes without the holder
 * changing, set gil_drop_request; the holder, in gil_yield, lets go and
 * waits on `switch_cv` until someone else has taken it (so the request
 * is not simply ignored by re-taking at once). Registered threads are a
 * list guarded by the GIL itself. */
#define _GNU_SOURCE 1   /* pthread_getattr_np */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gil.h"
#include "frame.h"
#include "../gc/gc.h"

bool gil_active;
volatile int gil_drop_request;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t free_cv, switch_cv;
static bool locked;
static unsigned long switch_number;   /* how many times the GIL changed hands */
static int waiters;
static unsigned long interval_us = 5000;   /* 5 ms, CPython's default */

/* -- Threads ------------------------------------------------------------------- */

typedef struct gil_thread {
    struct gil_thread *next;
    thread_state *ts;
    void *stack_lo;   /* its stack pointer when it last released the GIL */
    /* its callee-saved registers then: while it blocks they live in the
     * kernel, and its caller may keep values only there */
    uintptr_t regs[16];
    jmp_buf jb;
} gil_thread;

static gil_thread *threads;
static __thread gil_thread *me;

static pthread_t main_thread;
__attribute__((constructor)) static void note_main(void) { main_thread = pthread_self(); }

bool gil_is_main_thread(void) { return pthread_equal(pthread_self(), main_thread); }

char *gil_stack_low(void)
{
    pthread_attr_t a;
    void *lo = NULL;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &a) != 0)
        return NULL;
    if (pthread_attr_getstack(&a, &lo, &size) != 0)
        lo = NULL;
    pthread_attr_destroy(&a);
    return lo;
}

/* Every thread but the collecting one: it is outside the heap (waiting
 * for the GIL or blocked), so what it holds is on its stack, in its
 * thread state and in its frames. */
static void trace_threads(gc_tracer *t)
{
    for (gil_thread *g = threads; g; g = g->next) {
        if (g == me)
            continue;
        thread_state *s = g->ts;
        gc_mark_value(t, s->exc);
        gc_mark_value(t, s->handled);
        gc_mark_value(t, s->handled_below);
        gc_mark_value(t, s->trace_func);
        gc_mark_value(t, s->profile_func);
        gc_mark_value(t, s->context);
        for (frame *f = s->frame; f; f = f->back)
            frame_trace(f, t);
        if (g->stack_lo)
            gc_mark_stack_range(t, g->stack_lo, s->stack_base);
        gc_mark_stack_range(t, g->regs, g->regs + 16);
        gc_mark_stack_range(t, &g->jb, (char *)&g->jb + sizeof g->jb);
    }
}

int gil_register(thread_state *t)
{
    gil_thread *g = calloc(1, sizeof *g);
    if (!g) {
        exc_no_memory();
        return -1;
    }
    g->ts = t;
    g->next = threads;
    threads = g;
    me = g;
    return 0;
}

/* -- The lock ------------------------------------------------------------------ */

static void init_conds(void)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&free_cv, &ca);
    pthread_cond_init(&switch_cv, &ca);
    pthread_condattr_destroy(&ca);
}

static void take(void)
{
    pthread_mutex_lock(&mu);
    if (locked) {
        waiters++;
        while (locked) {
            unsigned long seen = switch_number;
            struct timespec until;
            clock_gettime(CLOCK_MONOTONIC, &until);
            long long ns = until.tv_nsec + (long long)(interval_us ? interval_us : 1) * 1000;
            until.tv_sec += ns / 1000000000;
            until.tv_nsec = ns % 1000000000;
            int r = pthread_cond_timedwait(&free_cv, &mu, &until);
            if (r == ETIMEDOUT && locked && switch_number == seen)
                gil_drop_request = 1;
        }
        waiters--;
    }
    locked = true;
    switch_number++;
    gil_drop_request = 0;
    pthread_cond_broadcast(&switch_cv);
    pthread_mutex_unlock(&mu);
}

static void give(void)
{
    pthread_mutex_lock(&mu);
    locked = false;
    pthread_cond_signal(&free_cv);
    pthread_mutex_unlock(&mu);
}

/* Records where this thread's stack ends and what its caller kept in
 * callee-saved registers (regs: rbx, rbp, r12..r15 as the caller left
 * them, or NULL), then lets go. */
__attribute__((noinline, used)) void taipan_gil_release_regs(const uintptr_t *regs)
{
    volatile char here = 0;
    if (!gil_active)
        return;
    if (me) {
        if (regs)
            memcpy(me->regs, regs, 6 * sizeof *regs);
        (void)setjmp(me->jb);
        me->stack_lo = (void *)&here;
    }
    give();
}

#if defined(__x86_64__)
/* gil_release in assembly: no C prologue may overwrite a callee-saved
 * register (rbp as frame pointer) before it is saved. The six are stored
 * into a buffer on the stack (keeping it 16-byte aligned at the call). */
__asm__(".text\n"
        ".globl gil_release\n"
        ".type gil_release, @function\n"
        "gil_release:\n"
        "\tsubq $56, %rsp\n"
        "\tmovq %rbx, 0(%rsp)\n"
        "\tmovq %rbp, 8(%rsp)\n"
        "\tmovq %r12, 16(%rsp)\n"
        "\tmovq %r13, 24(%rsp)\n"
        "\tmovq %r14, 32(%rsp)\n"
        "\tmovq %r15, 40(%rsp)\n"
        "\tmovq %rsp, %rdi\n"
        "\tcall taipan_gil_release_regs@PLT\n"
        "\taddq $56, %rsp\n"
        "\tret\n"
        ".size gil_release, .-gil_release\n");
#else
/* Elsewhere the registers are spilled into this frame, which stays below
 * the recorded stack end only as long as the caller does not call deeper
 * (setjmp's copy in the record is the backstop). */
__attribute__((noinline)) void gil_release(void)
{
    if (!gil_active)
        return;
    __builtin_unwind_init();
    taipan_gil_release_regs(NULL);
    __asm__ volatile("" : : : "memory");   /* no tail call: the spill area must stay */
}
#endif

void gil_acquire(void)
{
    if (!gil_active)
        return;
    int saved = errno;   /* the blocking call's, for its caller to read */
    take();
    errno = saved;
}

void gil_yield(void)
{
    if (!gil_active)
        return;
    pthread_mutex_lock(&mu);
    unsigned long seen = switch_number;
    bool others = waiters > 0;
    pthread_mutex_unlock(&mu);
    if (!others) {
        gil_drop_request = 0;
        return;
    }
    gil_release();
    pthread_mutex_lock(&mu);
    while (switch_number == seen && waiters > 0)
        pthread_cond_wait(&switch_cv, &mu);
    pthread_mutex_unlock(&mu);
    take();
}

/* In a child of fork() only the forking thread exists: it holds the GIL
 * (it called fork holding it), nobody waits, and the others' records go. */
static void after_fork_child(void)
{
    pthread_mutex_init(&mu, NULL);
    init_conds();
    locked = true;
    waiters = 0;
    gil_drop_request = 0;
    for (gil_thread *g = threads, *next; g; g = next) {
        next = g->next;
        if (g != me)
            free(g);
    }
    threads = me;
    if (me)
        me->next = NULL;
    main_thread = pthread_self();
}

int gil_start(void)
{
    if (gil_active)
        return 0;
    if (!me && gil_register(ts_current) < 0)
        return -1;
    init_conds();
    gc_add_root_tracer(trace_threads);
    pthread_atfork(NULL, NULL, after_fork_child);
    locked = true;
    switch_number = 1;
    gil_active = true;
    return 0;
}

void gil_unregister_and_release(void)
{
    for (gil_thread **p = &threads; *p; p = &(*p)->next)
        if (*p == me) {
            *p = me->next;
            break;
        }
    free(me);
    me = NULL;
    give();
}

void gil_set_interval(double seconds)
{
    double us = seconds * 1e6;   /* kept in microseconds, as CPython keeps it */
    /* past what an unsigned long holds, CPython's conversion gives 0 */
    interval_us = us >= 18446744073709551616.0 ? 0 : (unsigned long)us;
}

double gil_get_interval(void)
{
    return 1e-6 * (double)interval_us;
}
