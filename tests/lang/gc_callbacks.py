# gc.callbacks: called with ("start", info) and ("stop", info) around a
# gc.collect(); info has generation, collected and uncollectable. Only
# explicit collections are observed here (automatic ones differ between
# implementations).
import gc

events = []

def cb(phase, info):
    events.append((phase, info['generation'], sorted(info), info['uncollectable'],
                   type(info['collected']).__name__))

gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)

# two callbacks, in order
order = []
def first(phase, info):
    order.append('first ' + phase)
def second(phase, info):
    order.append('second ' + phase)
gc.callbacks.extend([first, second])
gc.collect()
gc.callbacks.clear()
print(order)

# a callback may allocate, and sees the collected count grow after garbage
seen = []
def counter(phase, info):
    if phase == 'stop':
        seen.append(info['collected'] > 0)

class Node:
    pass

def garbage():
    for i in range(100):
        n = Node()
        n.me = n

gc.callbacks.append(counter)
garbage()
gc.collect()
gc.callbacks.remove(counter)
print(seen)
