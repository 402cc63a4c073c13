# _signal with threads: handlers are set and run only in the main thread;
# sleeping threads run side by side
import threading, signal, os, time
res = []
def worker():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        res.append(str(e))
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        res.append(str(e))
    t0 = time.monotonic()
    time.sleep(0.05)
    res.append(time.monotonic() - t0 >= 0.05)
th = threading.Thread(target=worker); th.start(); th.join()
print(res)
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(threading.current_thread() is threading.main_thread()))
def killer():
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(1000): pass
th = threading.Thread(target=killer); th.start(); th.join()
for i in range(100): pass
print(got)
# sleeping threads run concurrently
t0 = time.monotonic()
ths = [threading.Thread(target=time.sleep, args=(0.1,)) for i in range(5)]
for t in ths: t.start()
for t in ths: t.join()
print(time.monotonic() - t0 < 0.4)
