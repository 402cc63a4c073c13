# After MemoryError the program goes on: the heap is intact, the failed
# operation left its operands unchanged, `finally` blocks and handlers
# run, a MemoryError can be raised and caught many times in a row, and
# the collector still works afterwards.
import gc

data = [list(range(10)) for i in range(100)]
failures = 0
for i in range(50):
    try:
        junk = [i] * (2**62 + i)
    except MemoryError:
        failures += 1
print('failures', failures)
print('data intact', sum(map(sum, data)))

def nested(depth):
    try:
        if depth == 0:
            return 'x' * 2**62
        return nested(depth - 1)
    finally:
        log.append(depth)

log = []
try:
    nested(5)
except MemoryError as e:
    print('MemoryError through 6 frames', log, repr(e), e.args)

def handler_allocates():
    try:
        bytes(10**14)
    except MemoryError:
        return [str(i) for i in range(1000)]

print('handler result', len(handler_allocates()))

# a MemoryError is an ordinary exception: chaining, context, notes
try:
    try:
        bytearray(10**14)
    except MemoryError as first:
        raise ValueError('after') from first
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__)

class Holder:
    def __init__(self):
        self.items = []
    def grow(self, n):
        self.items.extend([0] * n)

h = Holder()
h.grow(10)
try:
    h.grow(10**13)
except MemoryError:
    pass
print('holder', len(h.items))

# the collector still reclaims garbage after the failures
def churn():
    total = 0
    for i in range(2000):
        node = {'i': i, 'payload': [i] * 10}
        node['self'] = node
        total += len(node['payload'])
    return total

print('churn', churn())
print(type(gc.collect()).__name__)
print('after collection', sum(map(sum, data)), len(h.items))
print(isinstance(MemoryError(), Exception), MemoryError.__mro__[1].__name__)
