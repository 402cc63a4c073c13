# _signal: handlers run at the VM's safe points with (signum, frame),
# their exceptions propagate, waits are interrupted; the POSIX calls
# and the argument checks
import _signal as S, os, time, select

def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

print(S.NSIG, S.SIG_DFL, S.SIG_IGN, S.SIGINT, S.SIGTERM, S.SIGUSR1, S.SIGALRM, S.SIGRTMIN, S.SIGRTMAX)
print(S.SIG_BLOCK, S.SIG_UNBLOCK, S.SIG_SETMASK, S.ITIMER_REAL, S.ITIMER_VIRTUAL, S.ITIMER_PROF)
print(S.ItimerError.__name__, S.ItimerError.__module__, issubclass(S.ItimerError, OSError))
print(S.getsignal(S.SIGINT) is S.default_int_handler, S.getsignal(S.SIGPIPE), S.getsignal(S.SIGUSR1))
t(lambda: S.signal(0, S.SIG_DFL))
t(lambda: S.signal(65, S.SIG_DFL))
t(lambda: S.signal(-1, S.SIG_DFL))
t(lambda: S.signal(2**40, S.SIG_DFL))
t(lambda: S.signal('x', S.SIG_DFL))
t(lambda: S.signal(S.SIGUSR1, 5))
t(lambda: S.signal(S.SIGUSR1, None))
t(lambda: S.signal(S.SIGUSR1, True))
t(lambda: S.signal(S.SIGKILL, S.SIG_IGN))
t(lambda: S.signal(S.SIGSTOP, S.SIG_DFL))
t(lambda: S.signal(S.SIGUSR1))
t(lambda: S.signal(S.SIGUSR1, S.SIG_IGN))
t(lambda: S.getsignal(S.SIGUSR1))
t(lambda: S.signal(S.SIGUSR1, S.SIG_DFL))
t(lambda: S.getsignal(0))
t(lambda: S.getsignal(65))
t(lambda: S.getsignal(S.SIGKILL))
t(lambda: S.raise_signal(0))
t(lambda: S.raise_signal(65))
t(lambda: S.raise_signal(-1))

got = []
def h(sig, frame):
    got.append((sig, type(frame).__name__))
t(lambda: S.signal(S.SIGUSR1, h))
print(S.getsignal(S.SIGUSR1) is h)
S.raise_signal(S.SIGUSR1)              # runs before raise_signal returns
print(got)
os.kill(os.getpid(), S.SIGUSR1)         # runs at the next safe point
for i in range(10):
    pass
print(got)

def where(sig, frame):
    got.append(frame.f_code.co_name)
S.signal(S.SIGUSR2, where)
def inner():
    S.raise_signal(S.SIGUSR2)
inner()
print(got[-1])

def boom(sig, frame):
    raise ValueError('from handler %d' % sig)
S.signal(S.SIGUSR2, boom)
t(lambda: S.raise_signal(S.SIGUSR2))
try:
    os.kill(os.getpid(), S.SIGUSR2)
    for i in range(100):
        pass
    print('not reached')
except ValueError as e:
    print('caught', e)

# the default SIGINT handler
t(lambda: S.default_int_handler(2, None))
t(lambda: S.default_int_handler())
t(lambda: S.raise_signal(S.SIGINT))
try:
    os.kill(os.getpid(), S.SIGINT)
    while True:
        pass
except KeyboardInterrupt:
    print('KeyboardInterrupt in a loop')

# a handler's exception ends a sleep or a select; one that returns lets them go on
S.signal(S.SIGALRM, boom)
start = time.monotonic()
S.setitimer(S.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except ValueError as e:
    print('sleep interrupted:', e, time.monotonic() - start < 2)
r, w = os.pipe()
S.setitimer(S.ITIMER_REAL, 0.05)
try:
    select.select([r], [], [], 5)
except ValueError as e:
    print('select interrupted:', e)
S.setitimer(S.ITIMER_REAL, 0.05)
p = select.poll()
p.register(r)
try:
    p.poll(5000)
except ValueError as e:
    print('poll interrupted:', e)
ticks = []
S.signal(S.SIGALRM, lambda s, f: ticks.append(s))
start = time.monotonic()
S.setitimer(S.ITIMER_REAL, 0.02)
time.sleep(0.1)
print('sleep went on:', ticks, time.monotonic() - start >= 0.1)
S.setitimer(S.ITIMER_REAL, 0.02)
print(select.select([r], [], [], 0.1), ticks)
S.setitimer(S.ITIMER_REAL, 0.01, 0.01)
for i in range(3):
    S.pause()
print(S.setitimer(S.ITIMER_REAL, 0)[1], len(ticks))
S.signal(S.SIGALRM, S.SIG_DFL)

# strsignal, valid_signals
t(lambda: S.strsignal(S.SIGINT))
t(lambda: S.strsignal(S.SIGUSR1))
t(lambda: S.strsignal(0))
t(lambda: S.strsignal(65))
t(lambda: S.strsignal('x'))
v = S.valid_signals()
print(type(v).__name__, len(v), sorted(v)[:5], 32 in v, 64 in v)

# timers
t(lambda: S.alarm(0))
t(lambda: S.alarm('x'))
t(lambda: S.setitimer(S.ITIMER_REAL, 0))
t(lambda: S.getitimer(S.ITIMER_REAL))
t(lambda: S.setitimer(S.ITIMER_REAL, 10.5, 2.25)[1])
t(lambda: S.getitimer(S.ITIMER_REAL)[1])
t(lambda: S.setitimer(S.ITIMER_REAL, 0)[1])
t(lambda: S.setitimer(99, 0))
t(lambda: S.getitimer(99))
t(lambda: S.setitimer(S.ITIMER_REAL, -1))
t(lambda: S.setitimer(S.ITIMER_REAL, 'x'))
t(lambda: S.setitimer(S.ITIMER_VIRTUAL, 0))
try:
    S.getitimer(-5)
except S.ItimerError as e:
    print('ItimerError', e.errno)
t(lambda: S.siginterrupt(S.SIGUSR1, True))
t(lambda: S.siginterrupt(S.SIGUSR1, False))
t(lambda: S.siginterrupt(0, True))
t(lambda: S.siginterrupt(S.SIGUSR1))

# masks
got.clear()
S.signal(S.SIGUSR1, h)
t(lambda: S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR1]))
t(lambda: S.pthread_sigmask(S.SIG_BLOCK, []))
t(lambda: S.sigpending())
os.kill(os.getpid(), S.SIGUSR1)
for i in range(10):
    pass
print(got)
t(lambda: S.sigpending())
t(lambda: S.pthread_sigmask(S.SIG_UNBLOCK, {S.SIGUSR1}))
print(got)
t(lambda: S.pthread_sigmask(99, []))
t(lambda: S.pthread_sigmask(S.SIG_BLOCK, [0]))
t(lambda: S.pthread_sigmask(S.SIG_BLOCK, [65]))
t(lambda: S.pthread_sigmask(S.SIG_BLOCK, 5))
t(lambda: S.pthread_sigmask(S.SIG_BLOCK, ['x']))
t(lambda: S.pthread_sigmask(S.SIG_SETMASK, []))
S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR2])
os.kill(os.getpid(), S.SIGUSR2)
t(lambda: S.sigwait([S.SIGUSR2]))
S.pthread_sigmask(S.SIG_UNBLOCK, [S.SIGUSR2])

# the wakeup fd
t(lambda: S.set_wakeup_fd(-1))
t(lambda: S.set_wakeup_fd(w))
os.set_blocking(w, False)
t(lambda: S.set_wakeup_fd(w))
S.raise_signal(S.SIGUSR1)
t(lambda: os.read(r, 10))
t(lambda: S.set_wakeup_fd(-1))
t(lambda: S.set_wakeup_fd(999))
t(lambda: S.set_wakeup_fd(w, warn_on_full_buffer=False))
t(lambda: S.set_wakeup_fd(-1, True))
t(lambda: S.set_wakeup_fd('x'))
t(lambda: S.set_wakeup_fd(-1))
S.signal(S.SIGUSR1, S.SIG_DFL)
S.signal(S.SIGUSR2, S.SIG_DFL)
print(got)

# os.read cut short by a signal: the handler runs; its exception ends the
# read, else the read goes on (here the handler itself writes the data)
r, w = os.pipe()
S.signal(S.SIGALRM, boom)
S.setitimer(S.ITIMER_REAL, 0.05)
try:
    os.read(r, 10)
except ValueError as e:
    print('read interrupted:', e)
S.signal(S.SIGALRM, lambda s, f: os.write(w, b'from handler'))
S.setitimer(S.ITIMER_REAL, 0.05)
print(os.read(r, 100))
S.signal(S.SIGALRM, S.SIG_DFL)
os.close(r)
os.close(w)

# sigwaitinfo / sigtimedwait
S.pthread_sigmask(S.SIG_BLOCK, [S.SIGUSR1])
os.kill(os.getpid(), S.SIGUSR1)
info = S.sigwaitinfo([S.SIGUSR1])
print(type(info).__name__, len(info), info.si_signo, info.si_code, info.si_errno, info.si_pid == os.getpid(),
      info.si_uid == os.getuid(), info.si_status)
print(S.struct_siginfo.n_fields, S.struct_siginfo.__module__ if hasattr(S.struct_siginfo, '__module__') else '')
t(lambda: S.sigtimedwait([S.SIGUSR1], 0))
t(lambda: S.sigtimedwait([S.SIGUSR1], 0.01))
os.kill(os.getpid(), S.SIGUSR1)
t(lambda: S.sigtimedwait([S.SIGUSR1], 1)[0])
t(lambda: S.sigtimedwait([S.SIGUSR1], -1))
t(lambda: S.sigtimedwait([S.SIGUSR1], 'x'))
t(lambda: S.sigtimedwait([S.SIGUSR1]))
t(lambda: S.sigwaitinfo(5))
t(lambda: S.sigwaitinfo([0]))
S.pthread_sigmask(S.SIG_UNBLOCK, [S.SIGUSR1])
