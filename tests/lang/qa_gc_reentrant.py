# gc.collect() called again from inside a collection (a gc.callbacks
# entry, a __del__ run by it) must return at once instead of recursing.
import gc

nested = []

def collecting_callback(phase, info):
    nested.append((phase, gc.collect()))

gc.callbacks.append(collecting_callback)
r = gc.collect()
gc.callbacks.remove(collecting_callback)
print(type(r).__name__, nested)

# a finalizer (of objects in a cycle, so only a collection frees them)
# that collects and allocates
seen = []

class Node:
    def __init__(self):
        self.me = self
    def __del__(self):
        seen.append(type(gc.collect()).__name__)
        self.junk = [[i] for i in range(50)]

for i in range(5):
    Node()
gc.collect()
gc.collect()
print(len(seen) > 0, sorted(set(seen)))

# gc.disable() in a finalizer; enable again afterwards
class Off:
    def __init__(self):
        self.me = self
    def __del__(self):
        gc.disable()

Off()
gc.collect()
gc.enable()
print("enabled", gc.isenabled())
