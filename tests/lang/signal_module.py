# signal (Lib/signal.py over _signal): the enums, handlers, masks
import signal, os
print(repr(signal.SIGINT), repr(signal.SIGTERM), repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.Signals(2), signal.Signals.SIGTERM.name, signal.Handlers.SIG_IGN.value, signal.Sigmasks.SIG_BLOCK)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGPIPE)))
print(signal.strsignal(signal.SIGTERM), sorted(signal.valid_signals())[:3], signal.NSIG)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)), repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
seen = []
def handler(signum, frame):
    seen.append(signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR2, handler)
print(repr(old))
signal.raise_signal(signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR2)
for i in range(5):
    pass
print(seen, signal.getsignal(signal.SIGUSR2) is handler)
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
signal.raise_signal(signal.SIGUSR2)
print(seen, signal.sigpending())
print(sorted(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])), seen)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.signal(signal.SIGUSR1, 'nope')
except TypeError as e:
    print(type(e).__name__, e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.ItimerError is signal.itimer_error if hasattr(signal, 'itimer_error') else signal.ItimerError.__name__)
