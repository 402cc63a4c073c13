# threading over real threads: Queue, Event, Condition, Semaphore, Barrier,
# local, excepthook, names, a non-daemon thread joined at exit.
import threading, queue, _thread, sys

# Queue between producer and consumers
q = queue.Queue()
results = []
lock = threading.Lock()
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs: c.start()
for i in range(200):
    q.put(i)
for _ in cs: q.put(None)
q.join()
for c in cs: c.join()
print(len(results), sum(results))

# Event ordering
ev1, ev2 = threading.Event(), threading.Event()
order = []
def a():
    ev1.wait(); order.append("a"); ev2.set()
t = threading.Thread(target=a); t.start()
order.append("main"); ev1.set(); ev2.wait(); t.join()
print(order)

# Condition
cond = threading.Condition()
items = []
def prod():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
got = []
t = threading.Thread(target=prod); t.start()
while len(got) < 5:
    with cond:
        while not items:
            cond.wait()
        got.append(items.pop(0))
t.join()
print(got)

# Semaphore / BoundedSemaphore
sem = threading.BoundedSemaphore(2)
active = [0]; peak = [0]
def s():
    with sem:
        with lock:
            active[0] += 1; peak[0] = max(peak[0], active[0])
        x = 0
        for i in range(20000): x += i
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=s) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak<=2", peak[0] <= 2)
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

# threading.local
loc = threading.local()
loc.v = "main"
seen = []
def l(i):
    seen.append(hasattr(loc, "v"))
    loc.v = i
    x = 0
    for k in range(10000): x += k
    seen.append(loc.v == i)
ts = [threading.Thread(target=l, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(seen.count(False), seen.count(True), loc.v)

# exceptions in threads: the default hook's report (its traceback passes
# through threading.py, whose path differs: first and last lines only)
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
c = Collect()
sys.stderr = c
def bad():
    raise ValueError("in thread")
t = threading.Thread(target=bad, name="Bad-1"); t.start(); t.join()
sys.stderr = sys.__stderr__
lines = "".join(c.parts).splitlines()
print(lines[0], "|", lines[1], "|", lines[-1])
captured = []
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=bad, name="Bad-2"); t.start(); t.join()
print(captured)
threading.excepthook = threading.__excepthook__

# RLock across threads, Barrier
r = threading.RLock()
b = threading.Barrier(3)
out = []
def br(i):
    b.wait()
    with r:
        with r:
            out.append(i)
ts = [threading.Thread(target=br, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
names = []
t = threading.Thread(target=lambda: names.append(threading.current_thread().name), name="Named")
t.start(); t.join(); print(names, t.is_alive())
print(threading.active_count(), len(threading.enumerate()))

# Timer and non-daemon at exit
def late():
    print("late thread done")
t = threading.Thread(target=lambda: (ev3.wait(0.05), late()))
ev3 = threading.Event()
t.start()
print("main ends")

# a _local whose __init__ fails in another thread: the error reaches each access
import _thread
class L(_thread._local):
    def __init__(self):
        if threading.current_thread() is not threading.main_thread():
            raise ValueError("no init here")
        self.a = 1
loc2 = L()
out2 = []
def use():
    for _ in range(2):
        try:
            out2.append(loc2.a)
        except ValueError as e:
            out2.append(str(e))
    try:
        loc2.a = 2
    except ValueError as e:
        out2.append("set: " + str(e))
t = threading.Thread(target=use); t.start(); t.join()
print(out2, loc2.a)
