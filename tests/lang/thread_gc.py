# The collector with several threads: objects held only by another thread's
# locals, frames and value stack survive collections run by whichever
# thread holds the GIL; generators and exceptions in flight across switches;
# sys.setswitchinterval.
import gc
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(1e-4)
print(sys.getswitchinterval())
for v in [0, -1, "x"]:
    try:
        sys.setswitchinterval(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

def chain(n, tag):
    head = None
    for i in range(n):
        head = Node((tag, i, [i] * 3, str(i)), head)
    return head

def total(head):
    s = 0
    while head:
        s += head.v[1] + len(head.v[2]) + len(head.v[3])
        head = head.nxt
    return s

def gen(n):
    for i in range(n):
        yield [i, str(i)]

results = {}
lock = threading.Lock()
def worker(tag):
    mine = []
    for round in range(8):
        head = chain(300, tag)          # only this thread's frame holds it
        g = gen(50)
        first = next(g)
        if round % 3 == 0:
            gc.collect()
        try:
            raise KeyError(tag)
        except KeyError as e:
            held = e
            gc.collect()
        rest = sum(len(x) for x in g)
        mine.append((total(head), first, rest, held.args))
    with lock:
        results[tag] = mine

threads = [threading.Thread(target=worker, args=("t%d" % i,)) for i in range(4)]
for t in threads:
    t.start()
main_side = [chain(200, "main") for _ in range(5)]
for _ in range(5):
    gc.collect()
for t in threads:
    t.join()
for tag in sorted(results):
    print(tag, len(results[tag]), results[tag][0], results[tag][-1] == results[tag][0][:1] + results[tag][-1][1:])
print([total(h) for h in main_side])

# CPU-bound threads all make progress: the GIL is handed over
stop = threading.Event()
counts = [0, 0, 0]
def spin(i):
    while not stop.is_set():
        counts[i] += 1
ts = [threading.Thread(target=spin, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
while min(counts) < 1000:
    pass
stop.set()
for t in ts:
    t.join()
print("all ran", min(counts) >= 1000)
sys.setswitchinterval(0.005)
